//! The "Suggested Government Actions" table → recommendations with stable ids.

use std::collections::{HashMap, HashSet};

use crate::markup;
use crate::report::{Recommendation, Table, Warning, YearSpan};

/// The areas of the Suggested Government Actions table, in the order the reports print them.
/// Older reports say "Laws" or "Laws and Regulations" for the first.
pub(crate) const AREAS: [&str; 5] = [
    "Legal Framework",
    "Enforcement",
    "Coordination",
    "Government Policies",
    "Social Programs",
];

/// Longest area label believed; a longer cell is text that a scanner misplaced.
const MAX_AREA_LEN: usize = 60;

/// Words of an action kept in its id: enough to tell actions apart, short enough for a URL.
const ID_WORDS: usize = 12;

/// True for the Suggested Government Actions table.
pub(crate) fn is_actions_table(table: &Table) -> bool {
    let title = table.title.to_ascii_lowercase();
    title.contains("suggested") && title.contains("action")
        || table
            .columns
            .iter()
            .any(|c| c.to_ascii_lowercase().contains("suggested action"))
}

/// The recommendations of an actions table; the area is carried down from the row above.
pub(crate) fn from_table(
    table: &Table,
    country: Option<&str>,
    warnings: &mut Vec<Warning>,
) -> Vec<Recommendation> {
    let find = |word: &str| {
        table
            .columns
            .iter()
            .position(|c| c.to_ascii_lowercase().contains(word))
    };
    let action_col = find("action").unwrap_or(1.min(table.columns.len().saturating_sub(1)));
    let area_col = find("area").unwrap_or(0);
    let years_col = find("year");
    let prefix = markup::slug(country.unwrap_or("report"), 6);
    let mut out: Vec<Recommendation> = Vec::new();
    let mut used: HashSet<String> = HashSet::new();
    let mut next_suffix: HashMap<String, usize> = HashMap::new();
    let mut area = String::new();
    // The area label as printed, the row it was last printed on and its first action.
    let (mut label, mut label_row, mut label_from) = (String::new(), None, 0);
    // True while sub-items are being joined to the action above.
    let mut joining = false;
    for (k, row) in table.rows.iter().enumerate() {
        let cell = |i: usize| row.cells.get(i).map(|c| c.text.as_str()).unwrap_or("");
        let printed = row
            .cells
            .get(area_col)
            .filter(|c| area_col != action_col && !c.carried && !c.text.is_empty());
        if let Some(printed) = printed {
            let next_row = label_row.is_some_and(|r: usize| r + 1 == k);
            if let Some(whole) = next_row
                .then(|| whole_area(&label, &printed.text))
                .flatten()
            {
                out[label_from..]
                    .iter_mut()
                    .for_each(|r| r.area = whole.clone());
                area = whole;
                label.push(' ');
                label.push_str(&printed.text);
            } else {
                area = canonical_area(&printed.text);
                label = printed.text.clone();
                label_from = out.len();
            }
            label_row = Some(k);
        }
        let action = cell(action_col).trim();
        if action.is_empty() {
            continue;
        }
        // "Increase access to education by taking the following actions:" and its sub-items,
        // printed as rows without a year of their own, are one action ("…: a; b; c.").
        let no_years = years_col.is_some_and(|i| cell(i).trim().is_empty());
        let opens_list = |p: &Recommendation| p.action.ends_with(':') || joining;
        if let Some(prev) = out
            .last_mut()
            .filter(|p| no_years && p.area == area && opens_list(p))
        {
            if joining {
                prev.action.pop();
                prev.action.push(';');
            }
            prev.action.push(' ');
            prev.action
                .push_str(&lower_first(action.trim_end_matches(['.', ';'])));
            prev.action.push('.');
            joining = true;
            continue;
        }
        joining = false;
        let text = years_col.map_or("", cell);
        let span = read_years(text);
        // A row holding several actions run together, each with its own span ("Increase … .
        // Ensure … ." beside "2013 – 2018 2012 – 2018"): one recommendation each.
        let merged = span
            .is_none()
            .then(|| several_spans(text))
            .flatten()
            .and_then(|spans| Some((sentences(action, spans.len())?, spans)));
        let pieces: Vec<(&str, Option<YearSpan>)> = match merged {
            Some((parts, spans)) => {
                warnings.push(Warning {
                    line: row.line,
                    message: format!(
                        "a row holds {} actions run together, each with its own year span \
                         ({text:?}): read as {} actions",
                        parts.len(),
                        parts.len()
                    ),
                });
                parts.into_iter().zip(spans.into_iter().map(Some)).collect()
            }
            None => {
                if span.is_none() && !text.is_empty() {
                    warnings.push(Warning {
                        line: row.line,
                        message: format!("could not read the year(s) suggested {text:?}; expected e.g. \"2009 – 2013\""),
                    });
                }
                vec![(action, span)]
            }
        };
        for (action, years) in pieces {
            let base = format!("{prefix}-{}", markup::slug(action, ID_WORDS));
            let mut id = base.clone();
            if used.contains(&id) {
                // "-2", "-3", …: resume where this base stopped, as every lower suffix is
                // taken (a table of many identical actions would otherwise retry them all:
                // cubic).
                let n = next_suffix.entry(base.clone()).or_insert(2);
                loop {
                    id = format!("{base}-{n}");
                    *n += 1;
                    if !used.contains(&id) {
                        break;
                    }
                }
            }
            used.insert(id.clone());
            out.push(Recommendation {
                id,
                area: area.clone(),
                action: action.to_string(),
                years,
                line: row.line,
            });
        }
    }
    out
}

/// The area named by a label a converter printed a line per row ("Legal" over "Framework",
/// "Government" over "Policies"): the piece on the row right after the label's goes on it when
/// the two together are an area's whole name.
fn whole_area(label: &str, piece: &str) -> Option<String> {
    let words = label
        .split_whitespace()
        .chain(piece.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ");
    AREAS
        .iter()
        .chain(&["Laws and Regulations"])
        .any(|a| a.eq_ignore_ascii_case(&words))
        .then(|| canonical_area(&words))
}

/// "Eliminating school fees" → "eliminating school fees" (acronyms kept).
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.clone().next()) {
        (Some(c), Some(d)) if c.is_uppercase() && !d.is_uppercase() => {
            std::iter::once(crate::case::lower(c))
                .chain(chars)
                .collect()
        }
        _ => s.to_string(),
    }
}

/// The area as the reports name it today; unknown names are kept as printed (title case).
pub(crate) fn canonical_area(printed: &str) -> String {
    let t = printed.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = t.to_ascii_lowercase();
    // Older reports say "Laws", "Laws and Regulations", "Policies", "Programs"; a page header
    // merged into the cell ("Tokelau Legal Framework") leaves the area's words at the end.
    let stems = [
        ("legal", 0),
        ("law", 0),
        ("regulation", 0),
        ("enforcement", 1),
        ("coordination", 2),
        ("polic", 3),
        ("program", 4),
    ];
    stems
        .iter()
        .filter_map(|&(stem, area)| lower.find(stem).map(|pos| (pos, area)))
        .min()
        .filter(|_| t.len() <= MAX_AREA_LEN)
        .map_or_else(
            || markup::title_case(&t),
            |(_, area)| AREAS[area].to_string(),
        )
}

/// The spans of a "Year(s) Suggested" cell that holds two or more whole spans one after the
/// other ("2013 – 2018 2012 – 2018", "2013 – 2015 2015"): the rows of several actions run into
/// one. `None` for anything else.
fn several_spans(text: &str) -> Option<Vec<YearSpan>> {
    let is_year = |t: &str| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit());
    let is_dash = |t: &str| matches!(t, "–" | "-" | "—" | "--");
    let limit = MAX_LISTED_YEARS * 3;
    let words: Vec<&str> = text.split_whitespace().take(limit + 1).collect();
    if words.len() > limit {
        return None;
    }
    let mut spans = Vec::new();
    let mut i = 0;
    while let Some(&w) = words.get(i) {
        let take = match (words.get(i + 1), words.get(i + 2)) {
            (Some(&d), Some(&y)) if is_year(w) && is_dash(d) && is_year(y) => 3,
            _ => 1,
        };
        let piece = words.get(i..i + take)?.join(" ");
        if take == 1 && !is_year(&piece) && !piece.contains(['–', '-', '—']) {
            return None;
        }
        spans.push(read_years(&piece)?);
        i += take;
    }
    (spans.len() >= 2).then_some(spans)
}

/// The sentences of an action when it holds exactly `n` (at least two words each): cut at a
/// sentence end followed by a capital ("… technical advice. Ensure …"), not after a word of one
/// or two letters or an abbreviation with dots inside ("ILO C. 182", "U.S. Embassy").
fn sentences(action: &str, n: usize) -> Option<Vec<&str>> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, _) in action.match_indices(". ") {
        let before = action[start..at].rsplit(' ').next().unwrap_or("");
        let next = action[at + 2..].chars().next();
        let word_end = before.chars().count() >= 3 && !before.contains('.');
        if word_end && next.is_some_and(char::is_uppercase) {
            parts.push(action[start..=at].trim());
            start = at + 2;
        }
    }
    parts.push(action[start..].trim());
    let words_each = parts.iter().all(|p| p.split_whitespace().nth(1).is_some());
    (parts.len() == n && words_each).then_some(parts)
}

/// Most years one "Year(s) Suggested" cell may list ("2009, 2011 – 2016"); a cell with more is
/// not a year span. Bounds the scan of a misplaced cell of prose.
const MAX_LISTED_YEARS: usize = 8;

/// "2009 – 2013", "2013", "2020-2021", "2015 — 2016", and lists of years and spans printed for
/// actions suggested, dropped and suggested again: "2009, 2011 – 2016", "2010 – 2011, 2013 – 2016"
/// (first and last year of the list). The years must not go back.
pub(crate) fn read_years(text: &str) -> Option<YearSpan> {
    let text = text.trim();
    // A space misplaced inside a year by the PDF ("2009 –2 013") is dropped.
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let mut first = None;
    let mut last = 0u16;
    for (k, s) in compact
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .enumerate()
    {
        let y = s
            .parse::<u16>()
            .ok()
            .filter(|y| (1990..=2100).contains(y))?;
        if k >= MAX_LISTED_YEARS || y < last {
            return None;
        }
        first.get_or_insert(y);
        last = y;
    }
    Some(YearSpan {
        text: text.to_string(),
        first: first?,
        last,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_and_sentences_of_rows_run_together() {
        let spans = |t: &str| {
            several_spans(t).map(|v| v.iter().map(|y| (y.first, y.last)).collect::<Vec<_>>())
        };
        assert_eq!(
            spans("2013 – 2018 2012 – 2018"),
            Some(vec![(2013, 2018), (2012, 2018)])
        );
        assert_eq!(
            spans("2013 – 2015 2015"),
            Some(vec![(2013, 2015), (2015, 2015)])
        );
        assert_eq!(
            spans("2014 2013–2014"),
            Some(vec![(2014, 2014), (2013, 2014)])
        );
        assert_eq!(spans("2009 – 2013"), None);
        assert_eq!(spans("2009 –2 013 2010"), None);
        assert_eq!(spans("Year(s) Suggested"), None);
        let two = "Increase the number of labor inspectors to meet ILO’s technical advice. Ensure that a dedicated labor officer is appointed.";
        assert_eq!(
            sentences(two, 2),
            Some(vec![
                "Increase the number of labor inspectors to meet ILO’s technical advice.",
                "Ensure that a dedicated labor officer is appointed."
            ])
        );
        assert_eq!(sentences(two, 3), None);
        // Abbreviations and bullets are no sentence ends.
        let one = "Amend laws in line with ILO C. 182 and the U.S. Embassy. n Raising the age.";
        assert_eq!(sentences(one, 1).map(|v| v.len()), Some(1));
    }

    /// `pdftotext -layout` of the Tanzania 2018 PDF: two actions beside one "Related Entity"
    /// printed over two lines, read as one row whose years cell holds both spans.
    #[test]
    fn a_row_of_two_actions_with_their_spans_is_two_recommendations() {
        let r = crate::parse(include_str!(
            "../tests/data/layout_tanzania_2018_actions_two_rows_in_one.txt"
        ));
        let found = |start: &str| {
            r.recommendations
                .iter()
                .find(|x| x.action.starts_with(start))
        };
        let inspectors = found("Increase the number of labor inspectors").unwrap();
        assert_eq!(
            inspectors.action,
            "Increase the number of labor inspectors to meet ILO’s technical advice."
        );
        assert_eq!(inspectors.area, "Enforcement");
        let officer = found("Ensure that a dedicated labor officer").unwrap();
        assert_eq!(
            officer.years.as_ref().map(|y| (y.first, y.last)),
            Some((2013, 2018))
        );
        assert_eq!(officer.area, "Enforcement");
        assert_ne!(inspectors.id, officer.id);
        assert_eq!(r.recommendations.len(), 12);
        assert!(r
            .warnings
            .iter()
            .any(|w| w.message.contains("2 actions run together")));
        assert!(!r
            .warnings
            .iter()
            .any(|w| w.message.contains("could not read the year")));
    }

    #[test]
    fn year_spans() {
        let y = read_years("2009 – 2013").unwrap();
        assert_eq!((y.first, y.last), (2009, 2013));
        assert_eq!(read_years("2018").unwrap().last, 2018);
        assert_eq!(read_years("2020-2021").unwrap().first, 2020);
        assert!(read_years("soon").is_none());
        assert!(read_years("2013 – 2009").is_none());
        // Venezuela 2016: actions suggested, dropped and suggested again.
        let y = read_years("2009, 2011 – 2016").unwrap();
        assert_eq!((y.first, y.last), (2009, 2016));
        let y = read_years("2010 – 2011, 2013 – 2016").unwrap();
        assert_eq!((y.first, y.last), (2010, 2016));
        assert!(read_years("2011, 2009").is_none());
        // Ghana 2013: a space misplaced inside a year.
        assert_eq!(read_years("2009 –2 013").unwrap().last, 2013);
    }

    #[test]
    fn sub_items_join_their_action() {
        use crate::report::{Cell, Row};
        let row = |cells: [&str; 3]| Row {
            line: 1,
            cells: cells.iter().map(|c| Cell::text(*c)).collect(),
        };
        let table = Table {
            id: "table-11".into(),
            number: 11,
            title: "Suggested Government Actions to Eliminate Child Labor".into(),
            section: Some(7),
            columns: vec![
                "Area".into(),
                "Suggested Action".into(),
                "Year(s) Suggested".into(),
            ],
            rows: vec![
                row([
                    "Social Programs",
                    "Increase access to education by taking the following actions:",
                    "2010 – 2015",
                ]),
                row(["", "Eliminating school-related fees.", ""]),
                row(["", "Increase school infrastructure.", ""]),
                row(["", "Expand existing programs.", "2014 – 2015"]),
            ],
            notes: Vec::new(),
            line: 1,
            continued: Vec::new(),
        };
        let recs = from_table(&table, Some("Mali"), &mut Vec::new());
        assert_eq!(recs.len(), 2);
        assert_eq!(
            recs[0].action,
            "Increase access to education by taking the following actions: eliminating school-related fees; increase school infrastructure."
        );
    }

    #[test]
    fn areas() {
        assert_eq!(canonical_area("Laws"), "Legal Framework");
        assert_eq!(canonical_area("Laws and Regulations"), "Legal Framework");
        assert_eq!(canonical_area("Social\nPrograms"), "Social Programs");
        assert_eq!(canonical_area("government policies"), "Government Policies");
        assert_eq!(canonical_area("Policies"), "Government Policies");
        assert_eq!(canonical_area("Tokelau Legal Framework"), "Legal Framework");
        assert_eq!(canonical_area("Education"), "Education");
    }
}
