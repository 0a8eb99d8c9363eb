//! `cargo bench -p findings --bench parse`: `findings::parse` on every sample and corpus report
//! and on a ~5 MB synthetic book, and two markdown parsers on the same bytes in the same run:
//! pulldown-cmark tokenising them, comrak building its document tree. Each group holds all three,
//! so `scripts/bench-native` reads the throughput ratios (ours / theirs) from criterion's
//! estimates.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

#[path = "common/inputs.rs"]
mod inputs;
#[path = "common/peers.rs"]
mod peers;

/// Book size: an annual Findings book is ~150 reports, several MB.
const BOOK_BYTES: usize = 5_000_000;

fn bench(c: &mut Criterion) {
    let mut all = inputs::reports();
    all.push(inputs::book(BOOK_BYTES));
    for input in &all {
        let mut group = c.benchmark_group(&input.name);
        group.throughput(Throughput::Bytes(input.text.len() as u64));
        let big = input.text.len() > 1_000_000;
        group
            .sample_size(if big { 10 } else { 20 })
            .warm_up_time(Duration::from_millis(if big { 1000 } else { 500 }))
            .measurement_time(Duration::from_secs(if big { 6 } else { 2 }));
        group.bench_with_input(
            BenchmarkId::from_parameter("findings"),
            &input.text,
            |b, t| b.iter(|| findings::parse_all(black_box(t))),
        );
        group.bench_with_input(
            BenchmarkId::from_parameter("pulldown-cmark"),
            &input.text,
            |b, t| b.iter(|| peers::cmark_events(black_box(t))),
        );
        group.bench_with_input(
            BenchmarkId::from_parameter("comrak"),
            &input.text,
            |b, t| b.iter(|| peers::comrak_nodes(black_box(t))),
        );
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
