//! Tables of values printed a visual line at a time, each line's cells joined by one space, as a
//! browser PDF viewer copies them (PDFium in Chrome and Edge, pdf.js in Firefox):
//!
//! ```text
//! Overview of Labor Law Enforcement 2017 2018
//! Number of Labor Inspectors 8 (30) 21 (3)
//! Initial Training for New Labor Inspectors No (30) No (3)
//! ```
//!
//! Nothing marks where one cell ends, but the header line is made of the family's header labels,
//! and in the statistics, ratification and enforcement tables every column after the first holds
//! a value ("Yes", "Unknown (30)", "5 to 14", "7.5 (673,949)", "✓"): the cells are peeled off each
//! line from its right end ([`peel`]) and the rest is the row's label. Tables with a text column
//! after the first (agencies and their roles, policies and their descriptions) are left to the
//! plain reader.

use super::enforcement_blocks::GROUP_START;
use super::{ends_table, is_page_furniture, past_furniture, Grid, RawRow, MAX_COLUMNS, MAX_ROWS};
use crate::case;
use crate::lines::{Kind, Line};
use crate::markup::is_mark;

/// Most words one header label takes ("Overview of Criminal Law Enforcement": five).
const MAX_LABEL_WORDS: usize = 5;
/// Lines of a row label wrapped before the line that holds its values.
const MAX_LABEL_LINES: usize = 2;
/// Fewest rows that make the reading believable.
const MIN_ROWS: usize = 2;
/// Tokens a parenthesised group after a value may take ("(3, 8)": two).
const MAX_PAREN_TOKENS: usize = 4;

/// Header labels of the value columns (lower case); a year is one too.
const VALUE_HEADERS: [&str; 3] = ["age", "percent", "ratification"];
/// Header labels of a first column over value columns (lower case).
const LABEL_HEADERS: [&str; 4] = [
    "children",
    "convention",
    "overview of labor law enforcement",
    "overview of criminal law enforcement",
];

/// Words that are a whole value cell, lower case, after any footnote marks are dropped.
const VALUE_WORDS: [&str; 8] = [
    "yes",
    "no",
    "unknown",
    "n/a",
    "unavailable",
    "none",
    "✓",
    "✔",
];

/// Reads the table whose first line (after any blank lines) is at `start`, when that line is a
/// header of label and value columns joined by spaces. `None` leaves the table to other readers.
pub(crate) fn scan(lines: &[Line], start: usize) -> Option<Grid> {
    let first = (start..lines.len()).find(|&i| lines[i].kind() != Kind::Blank)?;
    let columns = split_header(lines.get(first)?.text())?;
    let values = columns.len() - 1;
    // Only statistics and ratification rows may leave a value out ("Primary Completion Rate
    // (%) Unavailable"); an enforcement row gives every year's, so a line ending in one number
    // ("… in 2021 from 13") is prose.
    let partial_ok = columns.iter().skip(1).any(|c| !is_year(c));
    let row_cells = |t| row_cells(t, values, partial_ok);
    let mut rows: Vec<RawRow> = Vec::new();
    let mut pending: Vec<&str> = Vec::new();
    let mut pending_line = 0;
    let mut end = first + 1;
    // Whether the reading stopped where the table ends (anything else: a layout this reader
    // does not know, left whole to the plain reader).
    let mut clean = true;
    let mut i = first;
    while let Some(line) = lines.get(i + 1) {
        i += 1;
        // "(cont)" at a page's foot: the page's furniture follows.
        let cont = is_cont_mark(line.text());
        if pending.is_empty() && (is_page_furniture(line) || cont) {
            // A page break inside the table: past the page's furniture (and, after "(cont)",
            // the caption printed again), the header printed again means the table goes on.
            let from = if cont { i + 1 } else { i };
            let past = past_furniture(lines, from).map(|j| match lines[j].kind() {
                Kind::Caption if cont => j + 1,
                _ => j,
            });
            match past {
                Some(j)
                    if lines.get(j).and_then(|l| split_header(l.text())).as_ref()
                        == Some(&columns) =>
                {
                    i = j;
                    continue;
                }
                _ => break,
            }
        }
        if line.kind() != Kind::Text || ends_table(line) || rows.len() >= MAX_ROWS {
            break;
        }
        let text = line.text().trim();
        let (label, cells) = match all_values(text, values).filter(|_| !pending.is_empty()) {
            // The values of a label wrapped over the lines before, on a line of their own.
            Some(cells) => ("", cells),
            None => row_cells(text),
        };
        if cells.is_empty() {
            // A row label wrapped onto a line of its own, if its values follow within the lines
            // a label may take, after lines that go on the label.
            let has_values = |t: &str| {
                !self::row_cells(t, values, partial_ok).1.is_empty()
                    || all_values(t, values).is_some()
            };
            let wraps = pending.len() < MAX_LABEL_LINES
                && !text.ends_with(['.', ':', ';'])
                && (i + 1..=i + MAX_LABEL_LINES - pending.len())
                    .map_while(|j| lines.get(j).filter(|n| n.kind() == Kind::Text))
                    .map(|n| n.text().trim())
                    .find(|t| has_values(t) || !t.starts_with(char::is_lowercase))
                    .is_some_and(|t| has_values(t) && !starts_row(&columns, t));
            // A group over sub-rows ("Training for Investigators" over "Initial Training for
            // New Employees Unknown Unknown"): a row of its own, with no values.
            let group = !partial_ok
                && text.starts_with(GROUP_START)
                && lines
                    .get(i + 1)
                    .is_some_and(|n| n.text().trim_start().starts_with(char::is_uppercase));
            // Or a convention with no mark: not ratified, or the mark drawn, not printed.
            if pending.is_empty() && (group || !wraps && starts_row(&columns, text)) {
                let mut row = vec![text.to_string()];
                row.resize(columns.len(), String::new());
                rows.push(RawRow {
                    line: line.no(),
                    cells: row,
                });
                end = i + 1;
                continue;
            }
            if !wraps && pending.is_empty() && !partial_ok {
                if let Some((block, next)) = read_block(lines, i, values) {
                    rows.extend(block);
                    end = next;
                    i = next - 1;
                    continue;
                }
            }
            if !wraps {
                clean = pending.is_empty() && ends_table_here(text);
                break;
            }
            if pending.is_empty() {
                pending_line = line.no();
            }
            pending.push(text);
            continue;
        }
        let mut head = String::new();
        for part in pending
            .drain(..)
            .chain(std::iter::once(label).filter(|l| !l.is_empty()))
        {
            super::join_text(&mut head, part);
        }
        let mut row = Vec::with_capacity(columns.len());
        row.push(head);
        row.resize(columns.len() - cells.len(), String::new());
        row.extend(cells);
        rows.push(RawRow {
            line: if pending_line > 0 {
                pending_line
            } else {
                line.no()
            },
            cells: row,
        });
        pending_line = 0;
        end = i + 1;
    }
    (clean && rows.len() >= MIN_ROWS).then(|| Grid {
        columns,
        rows,
        end,
        warnings: Vec::new(),
    })
}

/// "(cont)", "(Cont.)", "(continued)": a continued table's mark printed on a line of its own.
fn is_cont_mark(t: &str) -> bool {
    let t = t.trim();
    ["(cont)", "(cont.)", "(continued)"]
        .iter()
        .any(|m| m.eq_ignore_ascii_case(t))
}

/// Most row labels one block of sub-rows holds ("Training for Labor Inspectors" and its three
/// sub-rows: four).
const MAX_BLOCK_LABELS: usize = 8;

/// Rows printed as a block, as the enforcement tables of 2013–2015 print a row with sub-rows
/// ("Training for Labor Inspectors", "n Initial Training for New Employees" …): the labels on
/// lines of their own from `lines[i]`, then the values a line each, the first year's for every
/// row, then the next year's. A label with no values of its own heads the sub-rows (the labels
/// beyond the values' count, from the first). The rows and the index after them, or `None`.
fn read_block(lines: &[Line], i: usize, years: usize) -> Option<(Vec<RawRow>, usize)> {
    let text = |j: usize| {
        lines
            .get(j)
            .filter(|l| l.kind() == Kind::Text && !ends_table(l))
            .map(|l| l.text().trim())
    };
    let mut labels: Vec<(usize, String)> = Vec::new();
    let mut j = i;
    while let Some(t) = text(j).filter(|t| !is_lone_value(t)) {
        if labels.len() >= MAX_BLOCK_LABELS || !peel(t, 1, 1).1.is_empty() {
            return None;
        }
        match labels.last_mut() {
            // A label wrapped onto the next line.
            Some(last) if t.starts_with(char::is_lowercase) && !t.starts_with("n ") => {
                super::join_text(&mut last.1, t);
            }
            _ => labels.push((lines[j].no(), t.to_string())),
        }
        j += 1;
    }
    let mut values: Vec<&str> = Vec::new();
    while let Some(t) = text(j).filter(|t| is_lone_value(t)) {
        values.push(t);
        j += 1;
    }
    let per_year = values.len() / years.max(1);
    if per_year == 0 || !values.len().is_multiple_of(years) || per_year > labels.len() {
        return None;
    }
    let heads = labels.len() - per_year;
    // A sub-row ("n Refresher Courses Provided") has values of its own: too few values.
    if labels[..heads].iter().any(|l| l.1.starts_with("n ")) {
        return None;
    }
    let rows = labels
        .into_iter()
        .enumerate()
        .map(|(k, (line, label))| {
            let mut cells = vec![label];
            cells.extend((0..years).map(|y| match k.checked_sub(heads) {
                Some(r) => values[y * per_year + r].to_string(),
                None => String::new(),
            }));
            RawRow { line, cells }
        })
        .collect();
    Some((rows, j))
}

/// A line that is one value cell: a value ([`is_value`]) with an optional bracketed group
/// after it ("600 (16)", "Unknown* (10)", "$70,000").
pub(super) fn is_lone_value(t: &str) -> bool {
    let head = match t.strip_suffix(')').and_then(|b| b.rfind('(')) {
        Some(open) => t[..open].trim_end(),
        None => t,
    };
    !head.contains(' ') && is_value(head)
}

/// How the rows of the ratification table begin: one convention each.
const CONVENTIONS: [&str; 3] = ["ILO C.", "UN CRC", "Palermo Protocol"];

/// A line that starts a row whatever follows it: a convention of the ratification table.
fn starts_row(columns: &[String], text: &str) -> bool {
    columns
        .first()
        .is_some_and(|c| c.eq_ignore_ascii_case("convention"))
        && CONVENTIONS.iter().any(|p| text.starts_with(p))
}

/// [`peel`], with no cells for a line that leaves a value out unless `partial_ok`.
fn row_cells(text: &str, values: usize, partial_ok: bool) -> (&str, Vec<String>) {
    let (label, cells) = peel(text, values, 1);
    if cells.len() < values && !partial_ok {
        (label, Vec::new())
    } else {
        (label, cells)
    }
}

/// Fewest words of a sentence after a table (a source note, the next paragraph).
const MIN_PROSE_WORDS: usize = 8;

/// A line with no values that the table may end before: page furniture, a note or legend
/// ("Source for all other data: …", "* Data are …"), or a sentence.
fn ends_table_here(text: &str) -> bool {
    super::layout::is_furniture(text)
        || text.starts_with(is_mark)
        || text.starts_with("Source")
        || text.split_whitespace().count() >= MIN_PROSE_WORDS
            && (text.ends_with(['.', ')', ':']) || text.len() >= PROSE_CHARS)
}

/// A line this long with no value at its end is a line of prose.
const PROSE_CHARS: usize = 90;

/// The header cells of a line made wholly of header labels, a label column then value columns
/// ("Children Age Percent", "Overview of Labor Law Enforcement 2017 2018", "Convention
/// Ratification"), longest label first.
fn split_header(text: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() < 2 || text.len() > 120 {
        return None;
    }
    let mut cells: Vec<String> = Vec::new();
    let mut at = 0;
    while at < words.len() {
        let take = (1..=MAX_LABEL_WORDS.min(words.len() - at))
            .rev()
            .find(|&n| {
                let cell = words[at..at + n].join(" ");
                let lower = case::lower_str(&cell);
                if cells.is_empty() {
                    LABEL_HEADERS.contains(&lower.as_str())
                } else {
                    VALUE_HEADERS.contains(&lower.as_str()) || n == 1 && is_year(&cell)
                }
            })?;
        cells.push(words[at..at + take].join(" "));
        at += take;
    }
    (cells.len() >= 2 && cells.len() <= MAX_COLUMNS).then_some(cells)
}

/// "2017": a year heading a column of an enforcement table.
pub(super) fn is_year(t: &str) -> bool {
    t.len() == 4 && t.starts_with("20") && t.bytes().all(|b| b.is_ascii_digit())
}

/// Splits up to `n` value cells off the right end of a row line: the label before them and the
/// cells in order. A cell is a value ([`is_value`], or an age range "5 to 14") with an optional
/// parenthesised group after it ("(30)", "(673,949)"). The label keeps at least `keep` words.
fn peel(text: &str, n: usize, keep: usize) -> (&str, Vec<String>) {
    // Words with their byte offsets; viewers also put no-break spaces between cells.
    let tokens: Vec<(usize, &str)> = text
        .split(char::is_whitespace)
        .filter(|t| !t.is_empty())
        .map(|t| (t.as_ptr() as usize - text.as_ptr() as usize, t))
        .collect();
    let mut end = tokens.len();
    let mut cells: Vec<String> = Vec::new();
    while cells.len() < n && end > keep {
        let mut stop = end;
        if tokens[stop - 1].1.ends_with(')') {
            if let Some(open) = (stop.saturating_sub(MAX_PAREN_TOKENS)..stop)
                .rev()
                .find(|&k| tokens[k].1.starts_with('('))
            {
                stop = open;
            }
        }
        // An age's unit after it ("5-14 yrs.").
        let unit = usize::from(stop >= 2 && ["yrs.", "yrs", "years"].contains(&tokens[stop - 1].1));
        let last = stop - unit;
        let value_start = if last >= 3
            && tokens[last - 2].1 == "to"
            && is_number(tokens[last - 3].1)
            && is_number(tokens[last - 1].1)
        {
            Some(last - 3)
        } else if last >= 1
            && (is_age_range(tokens[last - 1].1) || unit == 0 && is_value(tokens[last - 1].1))
        {
            Some(last - 1)
        } else {
            None
        };
        match value_start {
            Some(v) if v >= keep => {
                let from = tokens[v].0;
                let to = tokens[end - 1].0 + tokens[end - 1].1.len();
                cells.push(text[from..to].to_string());
                end = v;
            }
            _ => break,
        }
    }
    cells.reverse();
    let label_end = end
        .checked_sub(1)
        .and_then(|k| tokens.get(k))
        .map_or(0, |&(at, t)| at + t.len());
    (&text[..label_end], cells)
}

/// The `n` value cells of a line that holds nothing else ("No (31) Yes (15)").
fn all_values(text: &str, n: usize) -> Option<Vec<String>> {
    let (label, cells) = peel(text, n, 0);
    (label.is_empty() && cells.len() == n).then_some(cells)
}

/// A whole value: one of [`VALUE_WORDS`] or a number ("21", "7.5", "42%", "$1,200"), footnote
/// marks after it aside ("Yes*", "Unknown†").
fn is_value(t: &str) -> bool {
    let t = t.trim_end_matches(is_mark);
    case::lower_is_any(t, &VALUE_WORDS) || is_number(t)
}

/// "5-14", "7–14": an age range in one word.
fn is_age_range(t: &str) -> bool {
    t.split_once(['-', '–']).is_some_and(|(a, b)| {
        !a.is_empty() && !b.is_empty() && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
    })
}

/// Digits with separators, a percent or a currency sign, ending in a digit or a percent sign.
fn is_number(t: &str) -> bool {
    t.bytes().any(|b| b.is_ascii_digit())
        && t.bytes()
            .all(|b| b.is_ascii_digit() || b",.%$".contains(&b))
        && t.ends_with(|c: char| c.is_ascii_digit() || c == '%')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    #[test]
    fn peels_values_off_the_right() {
        assert_eq!(
            peel("Number of Labor Inspectors 8 (30) 21 (3)", 2, 1),
            (
                "Number of Labor Inspectors",
                vec!["8 (30)".into(), "21 (3)".into()]
            )
        );
        assert_eq!(
            peel("Working (% and population) 5 to 14 7.5 (673,949)", 2, 1),
            (
                "Working (% and population)",
                vec!["5 to 14".into(), "7.5 (673,949)".into()]
            )
        );
        assert_eq!(
            peel("Attending School (%) 5-14 yrs. 92.5", 2, 1),
            (
                "Attending School (%)",
                vec!["5-14 yrs.".into(), "92.5".into()]
            )
        );
        assert_eq!(
            peel("Primary Completion Rate (%) Unavailable", 2, 1),
            ("Primary Completion Rate (%)", vec!["Unavailable".into()])
        );
        assert_eq!(
            peel("ILO C. 138, Minimum Age ✓", 1, 1),
            ("ILO C. 138, Minimum Age", vec!["✓".into()])
        );
        // Prose under a table has no value at its end ("2019." ends a sentence).
        assert!(peel(
            "unavailable from UNESCO Institute for Statistics, 2019. (6)",
            2,
            1
        )
        .1
        .is_empty());
        // The label is never left empty.
        assert_eq!(peel("No Yes", 2, 1), ("No", vec!["Yes".into()]));
        // With no word kept, a line of values alone gives an empty label.
        assert_eq!(
            all_values("No (31) Yes (15)", 2),
            Some(vec!["No (31)".into(), "Yes (15)".into()])
        );
    }

    #[test]
    fn reads_sub_rows_printed_as_a_block() {
        let text = "Overview of Labor Law Enforcement 2014 2015\n\
            Labor Inspectorate Funding Unknown (32) Unknown (6)\n\
            Number of Labor Inspectors\n\
            Number of Child Labor Dedicated Inspectors\n\
            600 (16)\n\
            Unknown\n\
            Unknown* (10)\n\
            Unknown\n\
            Training for Labor Inspectors\n\
            n Initial Training for New Employees\n\
            n Refresher Courses Provided\n\
            Unknown\n\
            Yes (32)\n\
            Yes (10)\n\
            Unknown (6)\n\
            Complaint Mechanism Exists Yes (12) Yes (12)\n\
            Reciprocal Referral Mechanism Exists Between Criminal Authorities\n\
            and Social Services\n\
            No (31) Yes (15)\n";
        let grid = scan(&split(text), 0).expect("a joined table");
        assert_eq!(
            grid.texts(),
            [
                ["Labor Inspectorate Funding", "Unknown (32)", "Unknown (6)"],
                ["Number of Labor Inspectors", "600 (16)", "Unknown* (10)"],
                [
                    "Number of Child Labor Dedicated Inspectors",
                    "Unknown",
                    "Unknown"
                ],
                ["Training for Labor Inspectors", "", ""],
                [
                    "n Initial Training for New Employees",
                    "Unknown",
                    "Yes (10)"
                ],
                ["n Refresher Courses Provided", "Yes (32)", "Unknown (6)"],
                ["Complaint Mechanism Exists", "Yes (12)", "Yes (12)"],
                [
                    "Reciprocal Referral Mechanism Exists Between Criminal Authorities and Social Services",
                    "No (31)",
                    "Yes (15)"
                ],
            ]
        );
    }

    #[test]
    fn splits_a_joined_header() {
        assert_eq!(
            split_header("Overview of Labor Law Enforcement 2017 2018"),
            Some(vec![
                "Overview of Labor Law Enforcement".into(),
                "2017".into(),
                "2018".into()
            ])
        );
        assert_eq!(
            split_header("Children Age Percent"),
            Some(vec!["Children".into(), "Age".into(), "Percent".into()])
        );
        // A text column after the first is not this reader's.
        assert_eq!(split_header("Organization/Agency Role"), None);
        assert_eq!(split_header("Children"), None);
    }

    #[test]
    fn reads_a_viewer_copy_of_an_enforcement_table() {
        let text = "Overview of Labor Law Enforcement 2017 2018\nNumber of Labor Inspectors 8 (30) 21 (3)\nNumber of Child Labor Violations for Which Penalties Were\nImposed Unknown (30) N/A\nInitial Training for New Labor Inspectors No (30) No (3)\nThe labor inspectorate received no funding of its own in 2018. (3)\n";
        let lines = split(text);
        let grid = scan(&lines, 0).expect("a joined table");
        assert_eq!(
            grid.columns,
            ["Overview of Labor Law Enforcement", "2017", "2018"]
        );
        let rows: Vec<Vec<String>> = grid.rows.iter().map(|r| r.cells.clone()).collect();
        assert_eq!(
            rows,
            [
                ["Number of Labor Inspectors", "8 (30)", "21 (3)"],
                [
                    "Number of Child Labor Violations for Which Penalties Were Imposed",
                    "Unknown (30)",
                    "N/A"
                ],
                [
                    "Initial Training for New Labor Inspectors",
                    "No (30)",
                    "No (3)"
                ],
            ]
        );
        assert_eq!(grid.rows[1].line, 3);
        // The prose after the table is not read into it.
        assert_eq!(grid.end, 5);
        // A page break: the footer, then the header again, and the rows go on.
        let text = "Overview of Labor Law Enforcement 2018 2019\nLabor Inspectorate Funding Unknown (4)\u{a0}\u{a0} Unknown (3)\nNumber of Labor Inspectors 395 (71)    315 (3)\n2019 FINDINGS ON THE WORST FORMS OF CHILD LABOR 5\nOverview of Labor Law Enforcement 2018 2019\nRoutine Inspections Conducted Yes (4)   Yes (3)\n";
        let grid = scan(&split(text), 0).expect("a joined table");
        assert_eq!(grid.rows.len(), 3);
        assert_eq!(
            grid.rows[2].cells,
            ["Routine Inspections Conducted", "Yes (4)", "Yes (3)"]
        );
        assert_eq!(grid.rows[1].cells[2], "315 (3)");
        assert_eq!(grid.rows[0].cells[1], "Unknown (4)");
        // A convention printed without a mark is a row of its own, blank where the mark was.
        let text = "Convention Ratification\nILO C. 138, Minimum Age ✓\nUN CRC Optional Protocol on Armed Conflict\nUN CRC Optional Protocol on the Sale of Children, Child Prostitution and Child\nPornography ✓\nPalermo Protocol on Trafficking in Persons\nThe government has established laws and regulations related to child labor (Table 4).\n";
        let grid = scan(&split(text), 0).expect("a joined table");
        let rows: Vec<Vec<String>> = grid.rows.iter().map(|r| r.cells.clone()).collect();
        assert_eq!(
            rows,
            [
                ["ILO C. 138, Minimum Age", "✓"],
                ["UN CRC Optional Protocol on Armed Conflict", ""],
                [
                    "UN CRC Optional Protocol on the Sale of Children, Child Prostitution and Child Pornography",
                    "✓"
                ],
                ["Palermo Protocol on Trafficking in Persons", ""],
            ]
        );
        // A sentence after an enforcement table that ends in a number is no row.
        let text = "Overview of Criminal Law Enforcement 2020 2021\nNumber of Investigations Unknown (4) 12 (3)\nNumber of Convictions 10 (4) 5 (3)\nIn September 2021, a court convicted two traffickers of the 11 children found, and set free 13\n";
        let grid = scan(&split(text), 0).expect("a joined table");
        assert_eq!(grid.rows.len(), 2);
        assert_eq!(grid.end, 3);
        // Sub-rows with fewer values after them than they need: a layout this reader does not
        // know.
        let text = "Overview of Labor Law Enforcement 2014 2015\nNumber of Labor Inspectors 60 (35) 60 (39)\nInspectorate Authorized to Assess Penalties Yes (40) Yes (39)\nTraining for Labor Inspectors\nn Initial Training for New Employees\nn Refresher Courses Provided\nUnknown\nYes (40)\n";
        assert!(scan(&split(text), 0).is_none());
    }
}
