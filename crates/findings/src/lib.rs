//! Parser for the U.S. Department of Labor's *Findings on the Worst Forms of Child Labor*
//! country reports, in the forms people copy them: tab-separated tables (a browser copy),
//! markdown pipe tables (OCR / PDF-to-Markdown tools), and plain or `-layout` `pdftotext`
//! output; LF or CRLF; with or without a BOM.
//!
//! # Passes
//! 1. [`decode`] — bytes → text (BOM, UTF-16, invalid UTF-8 with located warnings).
//! 2. `lines` — split and classify every line once (blank, caption, heading, pipe row, tab row,
//!    legend, text).
//! 3. `identity` and `sections` — country, year, assessment; page furniture; subsections.
//! 4. `document` — one walk over the lines: paragraphs, tables (one body scanner per input form
//!    in `tables/`, continuation merge, carry-down), legends, references, recommendations.
//!
//! Parsing never fails and never panics: whatever is not understood becomes a
//! [`Warning`] with its line. Work is linear in the input: every scan over lines advances, every
//! look-around is bounded by a named limit.
//!
//! # JSON contract
//! [`Report`] serialises (serde) to:
//! ```text
//! { "country": "Kazakhstan", "year": 2018,
//!   "assessment": { "level": "minimal", "label": "Minimal Advancement" },
//!   "summary": [ { "text", "line", "citations": [ { "start", "end", "numbers": [1,2] } ] } ],
//!   "sections": [ { "id": "section-2", "numeral": "II", "number": 2, "title", "line",
//!                   "blocks": [ { "kind": "paragraph", "text", "line", "citations" }
//!                             | { "kind": "table", "index", "number" } ],
//!                   "subsections": [ { "id", "title", "line", "blocks" } ] } ],
//!   "tables": [ { "id": "table-4", "number": 4, "title", "section": 2, "columns": ["Standard", …],
//!                 "rows": [ { "line", "cells": [ { "text", "marks": ["†"], "citations": [1,2],
//!                                                  "carried": true } ] } ],
//!                 "notes": [ { "mark": "†", "text", "line" } ], "line", "continued": [61] } ],
//!   "recommendations": [ { "id", "area": "Enforcement", "action",
//!                          "years": { "text": "2009 – 2013", "first": 2009, "last": 2013 }, "line" } ],
//!   "references": [ { "number": 1, "text", "urls": ["http://…"], "line" } ],
//!   "warnings": [ { "line": 12, "message" } ],
//!   "source": { "format": "tab" | "pipe" | "layout" | "plain", "lines", "bytes", "first_line" } }
//! ```
//! Empty `marks`, `citations`, `urls`, `continued` and a false `carried` are left out.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod book;
pub mod case;
mod cells;
mod decode;
mod document;
mod identity;
mod lines;
mod markup;
mod recommendations;
mod references;
mod report;
mod sections;
pub mod sort;
mod tables;

pub use decode::{decode, Decoded};
pub use report::*;

/// The text without its byte-order mark.
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Parses one country report. Never panics; problems become [`Report::warnings`].
pub fn parse(text: &str) -> Report {
    let text = without_bom(text);
    let lines = lines::split(text);
    document::parse_lines(lines, text.len())
}

/// Parses a text holding one or more country reports (a chapter or a whole annual book),
/// split at report boundaries; each report has its own warnings. Always returns at least one.
pub fn parse_all(text: &str) -> Vec<Report> {
    let text = without_bom(text);
    let mut lines = lines::split(text);
    let ranges = book::split_reports(&lines);
    if ranges.len() <= 1 {
        // One report: its lines are those just split (what `parse_part` would split again).
        return vec![document::parse_lines(lines, text.len())];
    }
    let parts = parts_of(text, &lines, &ranges);
    // Several: each report takes its lines out of the whole text's (as `parse_part` would split
    // them), the last report first, so that the lines left shrink as the reports grow.
    let mut reports: Vec<Report> = parts
        .iter()
        .zip(&ranges)
        .rev()
        .map(|(part, r)| {
            lines.truncate(r.end);
            let own = lines.split_off(r.start.min(lines.len()));
            lines.shrink_to_fit();
            let slice = text.get(part.bytes.clone()).unwrap_or_default();
            document::parse_lines(lines::lines_of_part(slice, own), slice.len())
        })
        .collect();
    reports.reverse();
    reports
}

/// Where one report of a text stands: its bytes and the line number of its first line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Byte range of the report in the text.
    pub bytes: std::ops::Range<usize>,
    /// 1-based number of the report's first line in the text.
    pub first_line: usize,
}

/// Finds the reports of a text without parsing them, so a caller can parse them one at a time
/// with [`parse_part`] (and stay responsive between them). Always returns at least one part.
pub fn split_book(text: &str) -> Vec<Part> {
    let body = without_bom(text);
    parts(text, &lines::split(body))
}

/// [`split_book`] on the lines of `text` (BOM stripped) already split.
fn parts(text: &str, lines: &[lines::Line]) -> Vec<Part> {
    let ranges = book::split_reports(lines);
    if ranges.len() <= 1 {
        return vec![Part {
            bytes: 0..text.len(),
            first_line: 1,
        }];
    }
    parts_of(text, lines, &ranges)
}

/// The parts of `text` whose lines are `ranges` of `lines` (two or more reports).
fn parts_of(text: &str, lines: &[lines::Line], ranges: &[std::ops::Range<usize>]) -> Vec<Part> {
    // Every `raw` borrows from `text`: its address gives the line's byte offset.
    let offset = |i: usize| {
        lines.get(i).map_or(text.len(), |l| {
            (l.raw.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
        })
    };
    let last = ranges.len().saturating_sub(1);
    ranges
        .iter()
        .enumerate()
        .map(|(k, r)| Part {
            bytes: if k == 0 { 0 } else { offset(r.start) }..if k == last {
                text.len()
            } else {
                offset(r.end)
            },
            first_line: lines.get(r.start).map_or(1, |l| l.no()),
        })
        .collect()
}

/// Parses one part found by [`split_book`]; line numbers stay those of the whole text.
pub fn parse_part(text: &str, part: &Part) -> Report {
    let slice = without_bom(text.get(part.bytes.clone()).unwrap_or_default());
    let mut lines = lines::split(slice);
    let shift = part.first_line.saturating_sub(1);
    for line in &mut lines {
        line.shift_no(shift);
    }
    document::parse_lines(lines, slice.len())
}
