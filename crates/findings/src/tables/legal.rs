//! The laws and regulations table as a browser PDF viewer copies it (PDFium in Chrome and Edge,
//! pdf.js in Firefox): a visual line at a time, the cells of one line joined by a space.
//!
//! ```text
//! Standard Meets International
//! Standards: Yes/No Age Legislation
//! Minimum Age for Work No 16 Article 31 of the Labor Code (24)
//! Prohibition of Commercial Sexual
//! Exploitation of Children
//! Yes Articles 134, 135, and 312 of the Criminal Code (26)
//! ```
//!
//! Each row is a standard of the family (its first word one of [`STANDARD_STARTS`]), then whether
//! it meets international standards ("Yes", "No", "N/A"), the age if one is printed, and the
//! legislation up to its citation: the standard ends at the first such answer. A standard with
//! no answer over its sub-rows ("Minimum Age for Military Recruitment" over "State Compulsory
//! Yes 18 …") is a row of its own. Anything unclear ends the reading.

use super::{ends_table, is_page_furniture, join_text, past_furniture, Grid, RawRow, MAX_ROWS};
use crate::cells::ends_with_citation;
use crate::lines::{Kind, Line};
use crate::markup::is_mark;

/// Header lines of the family, as their words run on (the viewer may wrap them over lines),
/// and the columns they give.
const HEADERS: [(&str, [&str; 4]); 4] = [
    (
        "Standard Yes/No Age Related Legislation",
        ["Standard", "Yes/No", "Age", "Related Legislation"],
    ),
    (
        "Standard Meets International Standards Age Legislation",
        [
            "Standard",
            "Meets International Standards",
            "Age",
            "Legislation",
        ],
    ),
    (
        "Standard Meets International Standards: Yes/No Age Legislation",
        [
            "Standard",
            "Meets International Standards: Yes/No",
            "Age",
            "Legislation",
        ],
    ),
    (
        "Standard Meets International Standards: Yes/No Age Related Legislation",
        [
            "Standard",
            "Meets International Standards: Yes/No",
            "Age",
            "Related Legislation",
        ],
    ),
];
/// Most lines the header is wrapped over ("Standard" / "Meets" / "International" /
/// "Standards" / "Age Legislation").
const MAX_HEADER_LINES: usize = 6;

/// First words of the family's standards ("Minimum Age for Work", "Prohibition of Forced
/// Labor", "State Compulsory" …): a row starts with one.
const STANDARD_STARTS: [&str; 11] = [
    "Minimum",
    "Military",
    "Prohibition",
    "Prohibitions",
    "Compulsory",
    "Free",
    "Identification",
    "List",
    "State",
    "Non-state",
    "Non-State",
];
/// Sub-rows of a standard printed with no answer of its own ("Minimum Age for Military
/// Recruitment": "State Compulsory", "State Voluntary", "Non-state Compulsory").
const SUB_STANDARDS: [&str; 4] = [
    "State Compulsory",
    "State Voluntary",
    "Non-state",
    "Non-State",
];
/// A sub-row's label on its own ("State Voluntary", "Non-state Compulsory"): one of
/// [`SUB_STANDARDS`], at most two words.
pub(super) fn is_sub_row(label: &str) -> bool {
    let t = label.trim();
    t.split_whitespace().count() <= 2 && SUB_STANDARDS.iter().any(|s| t.starts_with(s))
}

/// Answers of the second column.
pub(super) const ANSWERS: [&str; 3] = ["Yes", "No", "N/A"];
/// Most lines of one row, its wrapped standard and legislation included.
const MAX_ROW_LINES: usize = 12;

/// Reads the table whose first lines (after any blank lines) at `start` are the family's
/// header. `None` leaves the table to other readers.
pub(crate) fn scan(lines: &[Line], start: usize) -> Option<Grid> {
    let first = (start..lines.len()).find(|&i| lines[i].kind() != Kind::Blank)?;
    let (columns, body) = header_at(lines, first)?;
    let mut rows: Vec<RawRow> = Vec::new();
    let mut i = body;
    while i < lines.len() && rows.len() < MAX_ROWS {
        if is_page_furniture(&lines[i]) {
            // A page break inside the table: the header printed again means it goes on.
            match past_furniture(lines, i).and_then(|j| header_at(lines, j)) {
                Some((again, after)) if again == columns => {
                    i = after;
                    continue;
                }
                _ => break,
            }
        }
        let Some((cells, next)) = read_row(lines, i) else {
            break;
        };
        let line = lines[i].no();
        // A standard over its sub-rows: a row of its own, with no answer.
        if let Some(sub) = SUB_STANDARDS.iter().find_map(|s| sub_row_at(&cells[0], s)) {
            let mut cells = cells;
            let rest = cells[0].split_off(sub);
            let mut head = vec![cells[0].trim_end().to_string()];
            head.resize(columns.len(), String::new());
            rows.push(RawRow { line, cells: head });
            cells[0] = rest;
            rows.push(RawRow { line, cells });
        } else {
            rows.push(RawRow { line, cells });
        }
        i = next;
    }
    (!rows.is_empty()).then(|| Grid {
        columns: columns.iter().map(|c| c.to_string()).collect(),
        rows,
        end: i,
        warnings: Vec::new(),
    })
}

/// Where a sub-row's label starts in a standard that holds its group's name before it
/// ("Minimum Age for Military Recruitment State Compulsory").
fn sub_row_at(standard: &str, sub: &str) -> Option<usize> {
    let at = standard.rfind(sub)?;
    (at > 0 && standard[..at].ends_with(' ')).then_some(at)
}

/// The header's columns and the index of the first line after it, when the lines at `first`
/// run on into one of [`HEADERS`].
fn header_at(lines: &[Line], first: usize) -> Option<(&'static [&'static str; 4], usize)> {
    let mut text = String::new();
    for (j, line) in lines.iter().enumerate().skip(first).take(MAX_HEADER_LINES) {
        if line.kind() != Kind::Text {
            return None;
        }
        join_text(&mut text, line.text().trim());
        let words: Vec<&str> = text.split_whitespace().collect();
        let joined = words.join(" ");
        if let Some((_, columns)) = HEADERS
            .iter()
            .find(|(h, _)| h.eq_ignore_ascii_case(&joined))
        {
            return Some((columns, j + 1));
        }
        if !HEADERS
            .iter()
            .any(|(h, _)| h.len() > joined.len() && h[..joined.len()].eq_ignore_ascii_case(&joined))
        {
            return None;
        }
    }
    None
}

/// Reads one row from `lines[i]`: the standard, its answer, age and legislation, and the index
/// after it; `None` when no standard starts there.
fn read_row(lines: &[Line], i: usize) -> Option<(Vec<String>, usize)> {
    let starts = |l: &Line| {
        l.kind() == Kind::Text
            && l.text()
                .split_whitespace()
                .next()
                .is_some_and(|w| STANDARD_STARTS.contains(&w))
    };
    if !starts(lines.get(i)?) {
        return None;
    }
    let mut text = String::new();
    let mut j = i;
    while let Some(line) = lines.get(j) {
        if j - i >= MAX_ROW_LINES
            || line.kind() != Kind::Text
            || ends_table(line)
            || is_page_furniture(line)
        {
            break;
        }
        join_text(&mut text, line.text().trim());
        j += 1;
        if let Some(cells) = split_row(&text) {
            let legislation = &cells[3];
            let next_starts = lines
                .get(j)
                .is_none_or(|l| starts(l) || l.kind() != Kind::Text);
            // A legislation cell of "N/A" is whole (no law to cite).
            if ends_with_citation(legislation)
                || legislation.trim_end_matches(is_mark) == "N/A"
                || legislation.is_empty() && next_starts
            {
                return Some((cells, j));
            }
        }
    }
    split_row(&text).map(|cells| (cells, j))
}

/// Splits a row's text at its answer: the standard before it, the answer, the age after it if
/// one is printed ("16", "17‡", "N/A"), and the legislation.
fn split_row(text: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let v = (1..words.len()).find(|&k| ANSWERS.contains(&words[k].trim_end_matches(is_mark)))?;
    let age = words.get(v + 1).is_some_and(|w| is_age(w));
    let rest = v + 1 + usize::from(age);
    Some(vec![
        words[..v].join(" "),
        words[v].to_string(),
        if age {
            words[v + 1].to_string()
        } else {
            String::new()
        },
        words.get(rest..).unwrap_or_default().join(" "),
    ])
}

/// An age cell: one or two digits, a range of them ("14–15"), or "N/A", marks after it aside.
pub(super) fn is_age(w: &str) -> bool {
    let t = w.trim_end_matches(is_mark);
    t == "N/A"
        || !t.is_empty()
            && t.split(['-', '–'])
                .all(|n| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    #[test]
    fn reads_standards_answers_ages_and_legislation() {
        let text = "Standard Meets International \n\
            Standards: Yes/No Age Legislation\n\
            Minimum Age for Work No 16 Article 31 of the Labor Code (24)\n\
            Prohibition of Forced Labor No N/A N/A\n\
            Identification of Hazardous \n\
            Occupations or Activities Prohibited \n\
            for Children\n\
            Yes Article 26.1(2) of the Labor Code; Decree of the Minister of Health \n\
            and Social Development No. 944 of 2015 (24, 25)\n\
            Minimum Age for Military \n\
            Recruitment\n\
            State Compulsory Yes 18 Article 31 of the Military Service Act (27)\n\
            Prohibition of Child Trafficking\n\
            Yes\n\
            Decree of the President (44)\n\
            Minimum Age for Compulsory Military Recruitment N/A*\n\
            Compulsory Education Age Yes 17‡ Article 30 of the Constitution (29)\n\
            ‡ Age calculated based on available information\n";
        let lines = split(text);
        let grid = scan(&lines, 0).expect("a laws table");
        assert_eq!(
            grid.columns,
            [
                "Standard",
                "Meets International Standards: Yes/No",
                "Age",
                "Legislation"
            ]
        );
        let rows = grid.texts();
        assert_eq!(
            rows,
            [
                vec!["Minimum Age for Work", "No", "16", "Article 31 of the Labor Code (24)"],
                vec!["Prohibition of Forced Labor", "No", "N/A", "N/A"],
                vec![
                    "Identification of Hazardous Occupations or Activities Prohibited for Children",
                    "Yes",
                    "",
                    "Article 26.1(2) of the Labor Code; Decree of the Minister of Health and Social Development No. 944 of 2015 (24, 25)"
                ],
                vec!["Minimum Age for Military Recruitment", "", "", ""],
                vec!["State Compulsory", "Yes", "18", "Article 31 of the Military Service Act (27)"],
                vec!["Prohibition of Child Trafficking", "Yes", "", "Decree of the President (44)"],
                vec!["Minimum Age for Compulsory Military Recruitment", "N/A*", "", ""],
                vec!["Compulsory Education Age", "Yes", "17‡", "Article 30 of the Constitution (29)"],
            ]
        );
        assert_eq!(grid.end, 17);
    }

    #[test]
    fn leaves_other_tables_alone() {
        assert!(scan(&split("Standard\nPolicy Description\n"), 0).is_none());
        assert!(scan(
            &split("Standard Yes/No Age Related Legislation\nThe law says.\n"),
            0
        )
        .is_none());
    }
}
