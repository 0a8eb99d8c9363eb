//! The labor and criminal law enforcement tables as plain `pdftotext` prints those of the
//! 2015–2017 reports: the labels first, then each year's values in blocks, the years' blocks
//! taking turns, each block as many rows long as the one beside it.
//!
//! ```text
//! Overview of Labor Law Enforcement
//! Labor Inspectorate Funding
//! Number of Labor Inspectors
//! Training for Labor Inspectors
//! Initial Training for New Employees
//! † Data are from January 2015 to December 2015.
//!
//! 2015
//! Unknown
//! 827† (2)
//!
//! 2016
//! $1,266,600‡ (11)
//! 836‡ (11)
//!
//! Yes (2)
//!
//! No (11)
//! ```
//!
//! A year's header may come just before its first block or with the other years before any
//! block; a block with no header of its own takes the year after the last block's, the first
//! after the last. Nothing but order ties a value to its label, so the reader is strict: every
//! year has one value for each label but the groups over sub-rows ("Training for Labor
//! Inspectors"), and the blocks of one turn are as long as each other; anything else is left
//! to the other readers. Legends and page furniture among the lines are skipped (the document
//! reads the legends).

use super::joined::{is_lone_value, is_year};
use super::{ends_table, is_page_furniture, is_page_number, is_subheading, Grid, RawRow};
use crate::lines::{Kind, Line};
use crate::markup::is_mark;

/// The headers of the tables' first column.
const HEADERS: [&str; 2] = [
    "Overview of Labor Law Enforcement",
    "Overview of Criminal Law Enforcement",
];
/// Most lines the table may take.
const MAX_LINES: usize = 200;
/// Most year columns.
const MAX_YEARS: usize = 3;
/// Most labels (the family's tables have about 20).
const MAX_LABELS: usize = 40;
/// A line longer than this is prose, not a label.
const MAX_LABEL_CHARS: usize = 110;
/// A line at least this share of the prose width, once every label has its values, is the
/// prose after the table.
const PROSE_SHARE: f32 = 0.85;
/// How a group over sub-rows starts ("Training for Labor Inspectors", "Training for
/// Investigators"): a label that has no values of its own.
pub(super) const GROUP_START: &str = "Training for";

/// A block of values: the year column it goes to, if its header said so, and its values.
struct Block {
    year: Option<usize>,
    values: Vec<String>,
}

/// Reads the table whose body starts at `start` when it is printed as described above, `width`
/// giving the prose width (asked only of a table with one of the [`HEADERS`]). `None` leaves
/// it to the other readers.
pub(crate) fn scan(lines: &[Line], start: usize, width: impl FnOnce() -> usize) -> Option<Grid> {
    let first = (start..lines.len().min(start + 4)).find(|&i| lines[i].kind() != Kind::Blank)?;
    let header = lines[first].text().trim();
    let header = *HEADERS.iter().find(|h| h.eq_ignore_ascii_case(header))?;
    let prose_chars = width() as f32 * PROSE_SHARE;
    let mut years: Vec<String> = Vec::new();
    // Year columns whose header no block has taken yet.
    let mut unclaimed: Vec<usize> = Vec::new();
    let mut labels: Vec<(usize, String)> = Vec::new();
    let mut blocks: Vec<Block> = Vec::new();
    // The last line read was a value of the last block, or a label.
    let (mut in_block, mut in_label) = (false, false);
    let mut end = first + 1;
    let limit = lines.len().min(first + MAX_LINES);
    for (i, line) in lines.iter().enumerate().take(limit).skip(first + 1) {
        let t = line.text().trim();
        let breaks = line.kind() == Kind::Blank
            || line.kind() == Kind::Legend
            || is_page_furniture(line)
            || is_page_number(t);
        if breaks {
            (in_block, in_label) = (false, false);
            continue;
        }
        if ends_table(line) || is_subheading(t) {
            break;
        }
        if is_year_header(t) {
            // A year after a block that took none is another table's.
            if years.len() == MAX_YEARS || blocks.iter().any(|b| b.year.is_none()) {
                return None;
            }
            unclaimed.push(years.len());
            years.push(t.to_string());
            (in_block, in_label) = (false, false);
            continue;
        }
        let joined = join_thousands(t);
        if is_lone_value(&joined) {
            let t = joined.as_str();
            if !in_block {
                let year = (!unclaimed.is_empty()).then(|| unclaimed.remove(0));
                blocks.push(Block {
                    year,
                    values: Vec::new(),
                });
            }
            blocks.last_mut()?.values.push(t.to_string());
            (in_block, in_label) = (true, false);
            end = i + 1;
            continue;
        }
        // Text: a label, the next line of one, or the prose after the table.
        let chars = t.chars().count();
        let complete = !blocks.is_empty() && columns_of(&blocks, years.len()).is_some();
        if chars > MAX_LABEL_CHARS
            || t.ends_with(['.', ')'])
            || complete && chars as f32 >= prose_chars
        {
            break;
        }
        match labels.last_mut() {
            Some((_, label)) if in_label && continues_label(label, t) => {
                label.push(' ');
                label.push_str(t);
            }
            _ => labels.push((line.no(), t.to_string())),
        }
        if labels.len() > MAX_LABELS {
            return None;
        }
        (in_block, in_label) = (false, true);
        end = i + 1;
    }
    let columns = columns_of(&blocks, years.len())?;
    let rows = rows(&labels, &columns)?;
    Some(Grid {
        columns: std::iter::once(header.to_string()).chain(years).collect(),
        rows,
        end,
        warnings: Vec::new(),
    })
}

/// `t` with a space the PDF put after a thousands comma taken out ("116, 535 (18)").
fn join_thousands(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        let digit_before =
            c == ',' && out.len() >= 2 && out.as_bytes()[out.len() - 2].is_ascii_digit();
        if digit_before && chars.peek() == Some(&' ') {
            let mut ahead = chars.clone();
            ahead.next();
            if ahead.take(3).filter(char::is_ascii_digit).count() == 3 {
                chars.next();
            }
        }
    }
    out
}

/// "2016", "2017‡": a year heading a column.
fn is_year_header(t: &str) -> bool {
    is_year(t.trim_end_matches(|c: char| is_mark(c) || c == ' '))
}

/// A label's line goes on the label above: that one stops mid-phrase, or this one opens in
/// lower case (not a bullet "n" of a sub-row, which the PDF's symbol font gives as a letter).
fn continues_label(above: &str, t: &str) -> bool {
    let bullet = t.starts_with("n ") && t[2..].starts_with(char::is_uppercase);
    !bullet && (super::is_unfinished(above) || t.starts_with(char::is_lowercase))
}

/// Each year column's values in order: the blocks taken in turns, each the next year after the
/// last block's unless its header said which. `None` unless every turn's blocks are as long as
/// each other and every year has as many values.
fn columns_of(blocks: &[Block], years: usize) -> Option<Vec<Vec<&str>>> {
    if years == 0 || blocks.is_empty() {
        return None;
    }
    let mut columns: Vec<Vec<&str>> = vec![Vec::new(); years];
    let mut last: Option<usize> = None;
    for (at, block) in blocks.iter().enumerate() {
        let year = block
            .year
            .unwrap_or_else(|| last.map_or(0, |y| (y + 1) % years));
        // Within a turn, a block as long as the first year's block of that turn (the block
        // `year` blocks back).
        let turn_start = at.checked_sub(year).and_then(|k| blocks.get(k));
        if year > 0 && turn_start.is_none_or(|b| b.values.len() != block.values.len()) {
            return None;
        }
        columns[year].extend(block.values.iter().map(String::as_str));
        last = Some(year);
    }
    let n = columns[0].len();
    columns.iter().all(|c| c.len() == n).then_some(columns)
}

/// The rows: each label with its value in every year, the groups over sub-rows (as many as
/// the labels outnumber the values) with none. `None` when the counts do not add up.
fn rows(labels: &[(usize, String)], columns: &[Vec<&str>]) -> Option<Vec<RawRow>> {
    let n = columns.first()?.len();
    let short = labels.len().checked_sub(n)?;
    if n == 0 {
        return None;
    }
    let groups: Vec<usize> = (0..labels.len())
        .filter(|&k| {
            labels[k].1.starts_with(GROUP_START)
                && labels
                    .get(k + 1)
                    .is_some_and(|next| !next.1.starts_with(GROUP_START))
        })
        .take(short)
        .collect();
    if groups.len() != short {
        return None;
    }
    let mut value = 0;
    let rows = labels
        .iter()
        .enumerate()
        .map(|(k, (line, label))| {
            let mut cells = vec![label.clone()];
            if groups.contains(&k) {
                cells.extend(columns.iter().map(|_| String::new()));
            } else {
                cells.extend(columns.iter().map(|c| c[value].to_string()));
                value += 1;
            }
            RawRow { line: *line, cells }
        })
        .collect();
    Some(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    /// Plain `pdftotext` of a 2016 report's table (Colombia): labels, a legend and a page
    /// footer, then each year's values, the first blocks under their years.
    const COLOMBIA: &str = "Overview of Labor Law Enforcement\nLabor Inspectorate Funding\n\
        Number of Labor Inspectors\nTraining for Labor Inspectors\n\
        Initial Training for New Employees\nNumber of Child Labor Violations for Which \
        Penalties Were Imposed\n† Data are from January 2015 to December 2015.\n\n4\n\n\
        BUREAU OF INTERNATIONAL LABOR AFFAIRS\n\n2015\nUnknown\n827† (2)\n\n2016\n\
        $1,266,600‡ (11)\n836‡ (11)\n\nYes (2)\n11† (2)\n\nUnknown\n6‡ (11)\n\n\
        The ministry did not publish its figures.\n";

    #[test]
    fn reads_the_years_blocks_in_turns() {
        let lines = split(COLOMBIA);
        let grid = scan(&lines, 0, || 100).expect("an enforcement table");
        assert_eq!(
            grid.columns,
            ["Overview of Labor Law Enforcement", "2015", "2016"]
        );
        assert_eq!(
            grid.texts(),
            [
                vec!["Labor Inspectorate Funding", "Unknown", "$1,266,600‡ (11)"],
                vec!["Number of Labor Inspectors", "827† (2)", "836‡ (11)"],
                vec!["Training for Labor Inspectors", "", ""],
                vec!["Initial Training for New Employees", "Yes (2)", "Unknown"],
                vec![
                    "Number of Child Labor Violations for Which Penalties Were Imposed",
                    "11† (2)",
                    "6‡ (11)"
                ],
            ]
        );
        // The table ends after its last value: the prose is not in it.
        assert_eq!(lines[grid.end - 1].text(), "6‡ (11)");
    }

    /// The 2015 form (Bhutan): both years' headers before any block, bulleted sub-rows.
    #[test]
    fn takes_headers_printed_together_in_order() {
        let text = "Overview of Labor Law Enforcement\nLabor Inspectorate Funding\n\n2014\n\n\
            2015\n\n$27,790 (5)\n\n$45,381 (5)\n\nTraining for Labor Inspectors\n\
            n Initial Training for New Employees\nn Refresher Courses Provided\n\nNo (5)\n\
            Yes (5)\n\nNo (5)\nYes (5)\n";
        let grid = scan(&split(text), 0, || 100).expect("an enforcement table");
        assert_eq!(
            grid.texts(),
            [
                vec!["Labor Inspectorate Funding", "$27,790 (5)", "$45,381 (5)"],
                vec!["Training for Labor Inspectors", "", ""],
                vec!["n Initial Training for New Employees", "No (5)", "No (5)"],
                vec!["n Refresher Courses Provided", "Yes (5)", "Yes (5)"],
            ]
        );
    }

    #[test]
    fn leaves_tables_whose_counts_do_not_fit() {
        // A block longer than the one beside it.
        let uneven = "Overview of Labor Law Enforcement\nA\nB\n\n2015\nYes\nNo\n\n2016\nYes\n\n\
            No\n";
        assert!(scan(&split(uneven), 0, || 100).is_none());
        // More labels than values, and none a group.
        let short = "Overview of Labor Law Enforcement\nA\nB\nC\n\n2015\nYes\nNo\n\n2016\nYes\n\
            No\n";
        assert!(scan(&split(short), 0, || 100).is_none());
        // Another table.
        assert!(scan(
            &split("Policy\nDescription\nNational Plan (4)\n"),
            0,
            || 100
        )
        .is_none());
    }

    #[test]
    fn joins_a_thousands_comma_split_by_a_space() {
        assert_eq!(join_thousands("116, 535 (18)"), "116,535 (18)");
        assert_eq!(join_thousands("Yes (18, 50)"), "Yes (18, 50)");
        assert_eq!(join_thousands("Yes (2, 57)"), "Yes (2, 57)");
        assert_eq!(join_thousands("1, 20"), "1, 20");
    }

    /// The later years' form, a row at a time, comes out the same way.
    #[test]
    fn reads_rows_printed_one_at_a_time() {
        let text = "Overview of Labor Law Enforcement\nLabor Inspectorate Funding\n\n2017\n\
            $23,000 (17)\n\n2018\nUnknown (6)\n\nNumber of Labor Inspectors\n\n23 (17)\n\n24 (6)\n";
        let grid = scan(&split(text), 0, || 100).expect("an enforcement table");
        assert_eq!(
            grid.texts(),
            [
                vec!["Labor Inspectorate Funding", "$23,000 (17)", "Unknown (6)"],
                vec!["Number of Labor Inspectors", "23 (17)", "24 (6)"],
            ]
        );
    }
}
