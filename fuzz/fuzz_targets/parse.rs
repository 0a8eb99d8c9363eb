//! No input makes the parser panic, hang or break its own invariants: bytes go through
//! `decode`, then `parse_all` (the book split, which is `parse` when the text holds one report)
//! and, when the text was split, `parse` too.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let decoded = findings::decode(data);
    let reports = findings::parse_all(&decoded.text);
    assert!(!reports.is_empty(), "parse_all always returns a report");
    if reports.len() > 1 {
        check(&findings::parse(&decoded.text));
    }
    for report in &reports {
        check(report);
    }
});

/// Invariants every report keeps, whatever the input.
fn check(report: &findings::Report) {
    for table in &report.tables {
        for row in &table.rows {
            assert_eq!(
                row.cells.len(),
                table.columns.len(),
                "row as wide as its header"
            );
        }
    }
}
