//! Time and peak heap of `parse_all` on 1, 10 and 100 MB of each adversarial input
//! (`common/adversarial.rs`), printed as a markdown table with seconds per MB, so linear growth
//! is visible: a linear case keeps the same s/MB across sizes.
//!
//! ```text
//! cargo bench -p findings --bench complexity                  1, 10 and 100 MB
//! FINDINGS_SIZES_MB=1,10 cargo bench -p findings --bench complexity
//! ```
//! A case that already takes over `SLOW_S` seconds, or whose next size would need over
//! `MAX_PEAK` of heap by extrapolation, is not run at the next size (shown as "skipped").

use std::hint::black_box;
use std::time::Instant;

use peakmem_alloc::{PeakMemAlloc, PeakMemAllocTrait, INSTRUMENTED_SYSTEM};

#[path = "common/adversarial.rs"]
mod adversarial;

#[global_allocator]
static GLOBAL: &PeakMemAlloc<std::alloc::System> = &INSTRUMENTED_SYSTEM;

/// A case slower than this at one size is not tried at the next.
const SLOW_S: f64 = 30.0;
/// Heap the next size may be extrapolated to need before it is skipped.
const MAX_PEAK: f64 = 4e9;

/// Builds a case's input at a size in bytes.
type Build = Box<dyn Fn(usize) -> String>;

struct Measure {
    secs: f64,
    peak: usize,
}

fn measure(text: &str) -> Measure {
    GLOBAL.reset_peak_memory();
    let t = Instant::now();
    let reports = findings::parse_all(black_box(text));
    let secs = t.elapsed().as_secs_f64();
    let peak = GLOBAL.get_peak_memory();
    drop(black_box(reports));
    Measure { secs, peak }
}

fn main() {
    let sizes: Vec<f64> = std::env::var("FINDINGS_SIZES_MB")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1.0, 10.0, 100.0]);
    let filter = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .unwrap_or_default();
    print!("| input |");
    for mb in &sizes {
        print!(" {mb} MB: s (s/MB) |");
    }
    println!(" peak heap / input at the largest size |");
    print!("| --- |");
    for _ in &sizes {
        print!(" ---: |");
    }
    println!(" ---: |");
    let mut cases: Vec<(String, Build)> = adversarial::CASES
        .iter()
        .map(|c| (c.name.to_string(), Box::new(move |b| c.build(b)) as Build))
        .collect();
    cases.push((
        "invalid UTF-8 bytes (decode)".into(),
        Box::new(|b| findings::decode(&vec![0xFFu8; b]).text),
    ));
    for (name, build) in &cases {
        if !name.contains(filter.as_str()) {
            continue;
        }
        print!("| {name} |");
        let mut last: Option<(f64, Measure)> = None;
        let mut peak_ratio = String::from("–");
        for &mb in &sizes {
            let bytes = (mb * 1e6) as usize;
            let skip = last.as_ref().is_some_and(|(prev_mb, m)| {
                let grow = mb / prev_mb;
                m.secs > SLOW_S || m.peak as f64 * grow > MAX_PEAK
            });
            if skip {
                print!(" skipped |");
                continue;
            }
            let text = build(bytes);
            let m = measure(&text);
            print!(" {:.3} ({:.3}) |", m.secs, m.secs / mb);
            peak_ratio = format!("{:.2}×", m.peak as f64 / text.len().max(1) as f64);
            drop(text);
            last = Some((mb, m));
        }
        println!(" {peak_ratio} |");
    }
}
