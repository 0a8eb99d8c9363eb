//! Work grows linearly with the input (STYLE.md item 7): every adversarial case of
//! `benches/common/adversarial.rs` is parsed at n and 8n bytes, and a *count* of work, never a
//! time, must grow at most 10×:
//!
//! - always: heap allocations, as a number and in bytes (an instrumented global allocator);
//! - when valgrind is installed: instructions executed inside `parse_all`, counted by callgrind
//!   in a child process (3 KB → 24 KB in a debug build, about 25 s; `scripts/bench-native` runs
//!   it in release at 64 KB → 512 KB; `FINDINGS_LINEARITY_BYTES` sets n).
//!
//! Allocations catch a blow-up that allocates (ids retried, cells copied); only instructions
//! catch a loop that rescans without allocating (a look-ahead from every line), which is what
//! most of the super-linear paths found so far were.

use std::alloc::System;
use std::hint::black_box;
use std::process::Command;

use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

#[path = "../benches/common/adversarial.rs"]
mod adversarial;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// The allocation counter is process-wide: a test running beside `allocations_grow_linearly`
/// (building its texts, reading valgrind's output) would be counted in its regions. The tests
/// of this file take this lock, so they run one at a time.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Input size is multiplied by this…
const GROWTH: usize = 8;
/// …and work may grow by at most this.
const MAX_RATIO: f64 = 10.0;

/// What callgrind counts (`--toggle-collect=linearity::run_parse`).
#[inline(never)]
fn run_parse(text: &str) -> usize {
    black_box(findings::parse_all(black_box(text))).len()
}

fn ratio(small: usize, big: usize) -> f64 {
    big as f64 / small.max(1) as f64
}

#[test]
fn allocations_grow_linearly() {
    let _serial = serial();
    // Small enough for a debug build, large enough that every case repeats its unit hundreds
    // of times.
    let n = 24_000;
    let mut failures = Vec::new();
    for case in adversarial::CASES {
        let (small, big) = (case.build(n), case.build(n * GROWTH));
        let measure = |text: &str| {
            let region = Region::new(GLOBAL);
            run_parse(text);
            let c = region.change();
            (c.allocations + c.reallocations, c.bytes_allocated)
        };
        let (a1, b1) = measure(&small);
        let (a2, b2) = measure(&big);
        let (ra, rb) = (ratio(a1, a2), ratio(b1, b2));
        println!(
            "{:40} allocations {a1:>8} → {a2:>9} ({ra:.1}×)   bytes {b1:>10} → {b2:>11} ({rb:.1}×)",
            case.name
        );
        if ra > MAX_RATIO || rb > MAX_RATIO {
            failures.push(format!(
                "{}: allocations {ra:.1}×, bytes {rb:.1}×",
                case.name
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "super-linear for {GROWTH}× input:\n{}",
        failures.join("\n")
    );
}

/// Child side of [`instructions_grow_linearly`]: parses one case at one size when asked to.
#[test]
fn callgrind_child() {
    let Ok(spec) = std::env::var("FINDINGS_LINEARITY_CHILD") else {
        return;
    };
    let (index, bytes) = spec.split_once(':').expect("index:bytes");
    let case = &adversarial::CASES[index.parse::<usize>().unwrap()];
    let text = case.build(bytes.parse().unwrap());
    run_parse(&text);
}

fn callgrind_instructions(index: usize, bytes: usize) -> Option<u64> {
    let exe = std::env::current_exe().ok()?;
    let out_file = std::env::temp_dir().join(format!(
        "findings-linearity-{}-{index}-{bytes}.out",
        std::process::id()
    ));
    let output = Command::new("valgrind")
        .arg("--tool=callgrind")
        .arg("--toggle-collect=linearity::run_parse")
        .arg(format!("--callgrind-out-file={}", out_file.display()))
        .arg(&exe)
        .args(["callgrind_child", "--exact", "--test-threads=1"])
        .env("FINDINGS_LINEARITY_CHILD", format!("{index}:{bytes}"))
        .output()
        .ok()?;
    let _ = std::fs::remove_file(&out_file);
    let stderr = String::from_utf8_lossy(&output.stderr);
    // "==123== Collected : 55053608"
    stderr
        .lines()
        .find_map(|l| l.split("Collected :").nth(1))
        .and_then(|n| n.trim().parse().ok())
}

#[test]
fn instructions_grow_linearly() {
    let _serial = serial();
    if Command::new("valgrind").arg("--version").output().is_err() {
        eprintln!("valgrind is not installed: instruction counts skipped");
        return;
    }
    let n: usize = std::env::var("FINDINGS_LINEARITY_BYTES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) {
            3_000
        } else {
            64_000
        });
    let mut failures = Vec::new();
    println!(
        "| input | instructions at {n} B | at {} B | growth |",
        n * GROWTH
    );
    println!("| --- | ---: | ---: | ---: |");
    for (i, case) in adversarial::CASES.iter().enumerate() {
        let small = callgrind_instructions(i, n).expect("callgrind ran");
        let big = callgrind_instructions(i, n * GROWTH).expect("callgrind ran");
        let r = ratio(small as usize, big as usize);
        println!("| {} | {small} | {big} | {r:.1}× |", case.name);
        if r > MAX_RATIO {
            failures.push(format!("{}: {r:.1}×", case.name));
        }
    }
    assert!(
        failures.is_empty(),
        "instructions super-linear for {GROWTH}× input:\n{}",
        failures.join("\n")
    );
}
