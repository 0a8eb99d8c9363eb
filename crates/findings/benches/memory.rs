//! Peak heap while parsing, against the input size; and a parse-once mode for callgrind.
//!
//! ```text
//! cargo bench -p findings --bench memory                     table of peak heap / input size
//! <bench exe> once findings|cmark|comrak FILE|book           parse once (for valgrind)
//! ```
//! Heap is counted by an instrumented global allocator (peakmem-alloc): the bytes live at the
//! worst moment of `parse_all`, input text excluded.

use std::hint::black_box;

use peakmem_alloc::{PeakMemAlloc, PeakMemAllocTrait, INSTRUMENTED_SYSTEM};

#[path = "common/inputs.rs"]
mod inputs;
#[path = "common/peers.rs"]
mod peers;

#[global_allocator]
static GLOBAL: &PeakMemAlloc<std::alloc::System> = &INSTRUMENTED_SYSTEM;

/// What callgrind counts (`--toggle-collect=memory::run_findings`): one full parse.
#[inline(never)]
fn run_findings(text: &str) -> usize {
    black_box(findings::parse_all(black_box(text))).len()
}

/// The peers, counted the same way (`--toggle-collect=memory::run_cmark`, `run_comrak`).
#[inline(never)]
fn run_cmark(text: &str) -> usize {
    peers::cmark_events(black_box(text))
}

#[inline(never)]
fn run_comrak(text: &str) -> usize {
    peers::comrak_nodes(black_box(text))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("once") {
        let which = args.get(1).map(String::as_str).unwrap_or("findings");
        let input = match args.get(2).map(String::as_str) {
            Some("book") | None => inputs::book(5_000_000),
            Some(path) => inputs::read(std::path::Path::new(path)),
        };
        let n = match which {
            "cmark" => run_cmark(&input.text),
            "comrak" => run_comrak(&input.text),
            _ => run_findings(&input.text),
        };
        println!("{} {} bytes -> {n}", input.name, input.text.len());
        return;
    }
    // `cargo bench` passes --bench; anything else is ignored.
    let mut all = inputs::reports();
    for mb in [1, 5, 20] {
        all.push(inputs::book(mb * 1_000_000));
    }
    println!("| input | bytes | peak heap | peak / input |");
    println!("| --- | ---: | ---: | ---: |");
    for input in &all {
        GLOBAL.reset_peak_memory();
        let reports = findings::parse_all(&input.text);
        let peak = GLOBAL.get_peak_memory();
        drop(black_box(reports));
        println!(
            "| {} | {} | {} | {:.2}× |",
            input.name,
            input.text.len(),
            human(peak),
            peak as f64 / input.text.len() as f64
        );
    }
}

fn human(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1e6)
    } else {
        format!("{:.0} KB", bytes as f64 / 1e3)
    }
}
