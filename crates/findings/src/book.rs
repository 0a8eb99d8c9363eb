//! Splitting a text that holds several country reports (a chapter or a whole annual book).

use crate::identity::scan_label;
use crate::lines::{scan_heading, Kind, Line};

/// How far above a report's "I." heading its label and country lines are looked for.
const MAX_HEADER_LOOKBACK: usize = 200;

/// Index ranges of the reports in `lines`. A new report starts where a section "I." heading
/// follows a later-numbered section; its start is moved up to the assessment label above its
/// summary (and the country name above that), so each report keeps its own header.
pub(crate) fn split_reports(lines: &[Line]) -> Vec<std::ops::Range<usize>> {
    let mut starts = vec![0];
    let mut highest = 0u8;
    for (i, line) in lines.iter().enumerate() {
        if line.kind() != Kind::Heading {
            continue;
        }
        let Some((_, number, _)) = scan_heading(line.text()) else {
            continue;
        };
        let prev = *starts.last().unwrap_or(&0);
        if number == 1 && highest >= 2 {
            starts.push(header_start(lines, prev, i));
            highest = 1;
        } else {
            highest = highest.max(number);
        }
    }
    starts.dedup();
    let mut ranges: Vec<_> = starts.windows(2).map(|w| w[0]..w[1]).collect();
    if let Some(&last) = starts.last() {
        ranges.push(last..lines.len());
    }
    ranges.retain(|r| !r.is_empty());
    ranges
}

/// The first line of the report whose "I." heading is at `heading`: the nearest label line above
/// it (and the country line above the label), not before `floor`.
fn header_start(lines: &[Line], floor: usize, heading: usize) -> usize {
    let low = heading.saturating_sub(MAX_HEADER_LOOKBACK).max(floor + 1);
    let Some(label) = (low..heading)
        .rev()
        .find(|&j| scan_label(lines[j].text()).is_some())
    else {
        return heading;
    };
    let above = (low..label).rev().find(|&j| lines[j].kind() != Kind::Blank);
    match above {
        Some(j) if is_name_line(lines[j].text()) => j,
        _ => label,
    }
}

fn is_name_line(t: &str) -> bool {
    t.len() <= 60
        && t.starts_with(char::is_uppercase)
        && !t.ends_with('.')
        && t.chars()
            .all(|c| c.is_alphabetic() || " '’-,()".contains(c))
}
