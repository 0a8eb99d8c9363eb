//! Tables: each input form has a body scanner that turns the lines after a caption into a
//! [`Grid`] of raw cell strings; this module then does what all forms share: noise rows and
//! columns, rows split over several lines, carry-down of blank cells, cell parsing (marks,
//! citations), continuation merge and number resolution.

mod area_words;
mod described;
mod enforcement_blocks;
mod html;
mod joined;
mod layout;
mod legal;
mod legal_blocks;
mod pipe;
mod stream;
mod tab;

pub(crate) use layout::{is_furniture, is_page_number};

use crate::cells::parse_cell;
use crate::lines::{Caption, Kind, Line};
use crate::markup;
use crate::report::{Cell, Format, Row, Table, Warning};

/// Raw result of a body scanner.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Grid {
    /// Header cells.
    pub columns: Vec<String>,
    /// Body rows of raw cell text; an empty string is a blank cell.
    pub rows: Vec<RawRow>,
    /// Index (into the scanned `lines`) of the first line after the table.
    pub end: usize,
    /// What the scanner dropped or guessed.
    pub warnings: Vec<Warning>,
}

#[cfg(test)]
impl Grid {
    /// The body rows' cell texts, for tests to compare.
    pub(crate) fn texts(&self) -> Vec<Vec<&str>> {
        self.rows
            .iter()
            .map(|r| r.cells.iter().map(String::as_str).collect())
            .collect()
    }
}

/// A body row before cell parsing.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct RawRow {
    /// Source line of the row's first line.
    pub line: usize,
    /// Raw cell texts.
    pub cells: Vec<String>,
}

/// Most rows one table may hold; more is not a report table and is cut with a warning.
pub(crate) const MAX_ROWS: usize = 2_000;
/// Most columns; wider rows are folded into the last column.
pub(crate) const MAX_COLUMNS: usize = 12;

/// Scans the body of a table whose caption is `lines[start - 1]`, in the given input form.
/// `known` holds the columns of the table a "(Cont.)" caption continues.
pub(crate) fn scan_body(
    format: Format,
    lines: &[Line],
    start: usize,
    caption: &Caption,
    known: Option<&[String]>,
) -> Grid {
    let mut grid = match format {
        _ if html::starts_here(lines, start) => html::scan(lines, start),
        Format::Pipe | Format::Html => pipe::scan(lines, start),
        Format::Tab => tab::scan(lines, start),
        Format::Layout => layout::scan(lines, start, caption, known),
        _ => stream::scan(lines, start, caption, known),
    };
    // A form-specific scanner may find nothing (a tab report whose table was pasted as lines):
    // fall back to the other scanners that apply to any text.
    if grid.rows.is_empty() && matches!(format, Format::Pipe | Format::Tab) {
        let other = if format == Format::Pipe {
            tab::scan(lines, start)
        } else {
            pipe::scan(lines, start)
        };
        if !other.rows.is_empty() {
            grid = other;
        }
    }
    grid.end = grid.end.max(start);
    grid
}

/// True for a line that can never belong to a table body: the next caption or heading, or a
/// section's title printed without its numeral.
pub(crate) fn ends_table(line: &Line) -> bool {
    match line.kind() {
        Kind::Caption | Kind::Heading => true,
        Kind::Text => crate::lines::section_of_title(line.text()).is_some(),
        _ => false,
    }
}

/// Headings of the enforcement section, printed after its agencies table: never a table's line.
const SUBHEADINGS: [&str; 2] = ["Labor Law Enforcement", "Criminal Law Enforcement"];

/// A line that is one of the enforcement section's [`SUBHEADINGS`].
pub(crate) fn is_subheading(text: &str) -> bool {
    let t = text.trim();
    SUBHEADINGS.iter().any(|h| h.eq_ignore_ascii_case(t))
}

/// Most lines of page furniture (footer, country, level, page number) at a page break.
const MAX_FURNITURE_LINES: usize = 6;

/// A running header or footer line, as the document marked it or by its text.
pub(crate) fn is_page_furniture(line: &Line) -> bool {
    line.is_furniture() || layout::is_furniture(line.text())
}

/// The first line past the page furniture that starts at `lines[i]` (a page break inside a
/// table of a browser PDF viewer's copy, where the header may be printed again), if it comes
/// within [`MAX_FURNITURE_LINES`].
pub(crate) fn past_furniture(lines: &[Line], i: usize) -> Option<usize> {
    (i..lines.len().min(i + MAX_FURNITURE_LINES))
        .find(|&j| lines[j].kind() != Kind::Blank && !is_page_furniture(&lines[j]))
}

/// Builds a [`Table`] from a scanned grid: normalises widths, drops noise, rejoins split rows,
/// carries blank cells down and parses cells.
pub(crate) fn build(
    grid: Grid,
    number: u32,
    title: &str,
    line: usize,
    warnings: &mut Vec<Warning>,
) -> Table {
    let Grid {
        mut columns,
        mut rows,
        warnings: scan_warnings,
        ..
    } = grid;
    warnings.extend(scan_warnings);
    columns.iter_mut().for_each(|c| *c = markup::clean(c));
    if columns.len() > MAX_COLUMNS {
        warnings.push(Warning {
            line,
            message: format!(
                "table {number} has {} columns; only the first {MAX_COLUMNS} are kept",
                columns.len()
            ),
        });
        columns.truncate(MAX_COLUMNS);
    }
    let width = columns
        .len()
        .max(rows.iter().map(|r| r.cells.len()).max().unwrap_or(0))
        .min(MAX_COLUMNS);
    columns.resize(width, String::new());
    for row in &mut rows {
        fit_width(row, width);
    }
    drop_noise_rows(&mut rows, number, warnings);
    drop_stray_columns(&mut columns, &mut rows, number, warnings);
    let rows = join_split_rows(rows);
    let rows = carry_down(rows);
    Table {
        id: format!("table-{number}"),
        number,
        title: markup::clean(title),
        section: None,
        columns,
        rows,
        notes: Vec::new(),
        line,
        continued: Vec::new(),
    }
}

/// Pads a short row; folds the cells of a too-wide row into its last cell.
fn fit_width(row: &mut RawRow, width: usize) {
    if row.cells.len() > width && width > 0 {
        let extra = row.cells.split_off(width);
        let last = &mut row.cells[width - 1];
        for e in extra.into_iter().filter(|e| !e.trim().is_empty()) {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(e.trim());
        }
    }
    row.cells.resize(width, String::new());
}

/// A cell of no letters or digits ("· · ·", "—", "|") is noise.
fn is_noise(cell: &str) -> bool {
    !cell.chars().any(char::is_alphanumeric) && !cell.contains('✓')
}

/// Drops rows whose every cell is blank or noise.
fn drop_noise_rows(rows: &mut Vec<RawRow>, number: u32, warnings: &mut Vec<Warning>) {
    rows.retain(|row| {
        let keep = row.cells.iter().any(|c| !is_noise(c));
        let had_text = row.cells.iter().any(|c| !c.trim().is_empty());
        if !keep && had_text {
            warnings.push(Warning {
                line: row.line,
                message: format!("table {number}: dropped a row of stray marks (no text)"),
            });
        }
        keep
    });
}

/// Drops a header-less column whose few cells hold stray text (OCR of a logo beside the table,
/// such as "STORY OF THE WAY"): no header, and at most a third of its cells filled.
fn drop_stray_columns(
    columns: &mut Vec<String>,
    rows: &mut [RawRow],
    number: u32,
    warnings: &mut Vec<Warning>,
) {
    let mut col = 0;
    while col < columns.len() && columns.len() > 1 {
        let filled: Vec<&RawRow> = rows
            .iter()
            .filter(|r| !r.cells[col].trim().is_empty())
            .collect();
        let stray = columns[col].trim().is_empty() && filled.len() * 3 <= rows.len();
        if stray {
            for r in &filled {
                warnings.push(Warning {
                    line: r.line,
                    message: format!(
                        "table {number}: dropped stray text {:?} from a column with no header",
                        r.cells[col].trim()
                    ),
                });
            }
            columns.remove(col);
            for r in rows.iter_mut() {
                r.cells.remove(col);
            }
        } else {
            col += 1;
        }
    }
}

/// Words a cell broken mid-phrase ends with.
const CONTINUING_WORDS: [&str; 16] = [
    "to", "in", "of", "and", "the", "for", "with", "a", "an", "on", "by", "or", "from", "at", "as",
    "that",
];

/// Appends a wrapped line to a cell: a hyphen at the line end is dropped when the word goes on
/// in lower case ("inspec-" + "tions"), otherwise a space joins.
pub(crate) fn join_text(cell: &mut String, t: &str) {
    if cell.is_empty() {
        cell.push_str(t);
    } else if cell.ends_with('-')
        && !cell.ends_with(" -")
        && t.starts_with(char::is_lowercase)
        && cell.chars().rev().nth(1).is_some_and(char::is_alphabetic)
    {
        cell.pop();
        cell.push_str(t);
    } else {
        cell.push(' ');
        cell.push_str(t);
    }
}

/// True when a cell's text stops mid-phrase ("National Action Plan to", "sectors,").
pub(crate) fn is_unfinished(cell: &str) -> bool {
    let t = cell.trim_end();
    if t.ends_with([',', ';', '(', '-', '–']) {
        return true;
    }
    let last = t.rsplit(' ').next().unwrap_or("");
    CONTINUING_WORDS.contains(&last)
}

/// Rejoins a row that a converter split over several rows: the row above stops mid-phrase in a
/// column the row below continues.
fn join_split_rows(rows: Vec<RawRow>) -> Vec<RawRow> {
    let mut out: Vec<RawRow> = Vec::with_capacity(rows.len());
    for row in rows {
        let continues = out.last().is_some_and(|prev: &RawRow| {
            prev.cells
                .iter()
                .zip(&row.cells)
                .any(|(a, b)| !a.trim().is_empty() && !b.trim().is_empty() && is_unfinished(a))
        });
        match out.last_mut() {
            Some(prev) if continues => {
                for (a, b) in prev.cells.iter_mut().zip(row.cells) {
                    let b = b.trim();
                    if b.is_empty() {
                        continue;
                    }
                    if a.ends_with('-') && b.starts_with(char::is_lowercase) {
                        a.pop();
                    } else if !a.is_empty() {
                        a.push(' ');
                    }
                    a.push_str(b);
                }
            }
            _ => out.push(row),
        }
    }
    out
}

/// Parses cells and carries a blank first cell down from the row above (kept as `carried`).
fn carry_down(rows: Vec<RawRow>) -> Vec<Row> {
    let mut out: Vec<Row> = Vec::with_capacity(rows.len());
    for raw in rows {
        let mut cells: Vec<Cell> = raw.cells.iter().map(|c| parse_cell(c)).collect();
        let others_filled = cells.iter().skip(1).any(|c| !c.text.is_empty());
        if let (Some(first), Some(prev)) = (cells.first_mut(), out.last()) {
            if first.text.is_empty() && first.marks.is_empty() && others_filled {
                if let Some(above) = prev.cells.first() {
                    *first = Cell {
                        carried: true,
                        ..above.clone()
                    };
                }
            }
        }
        out.push(Row {
            line: raw.line,
            cells,
        });
    }
    out
}

/// Appends the rows of a continuation table to the table it continues. A repeated header row is
/// dropped; a header that differs is kept as a warning.
pub(crate) fn merge_continuation(into: &mut Table, cont: Table, warnings: &mut Vec<Warning>) {
    let same = |a: &[String], b: &[String]| {
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .all(|(x, y)| markup::slug(x, 12) == markup::slug(y, 12))
    };
    if !cont.columns.is_empty() && !same(&into.columns, &cont.columns) {
        warnings.push(Warning {
            line: cont.line,
            message: format!(
                "table {} (Cont.): its columns differ from the first part's; rows merged by position",
                into.number
            ),
        });
    }
    let width = into.columns.len();
    let mut rows = cont.rows;
    // A continuation starting with a blank first cell carries from the first part's last row.
    if let (Some(first), Some(prev)) = (rows.first_mut(), into.rows.last()) {
        if let (Some(cell), Some(above)) = (first.cells.first_mut(), prev.cells.first()) {
            if cell.text.is_empty() && cell.marks.is_empty() {
                *cell = Cell {
                    carried: true,
                    ..above.clone()
                };
            }
        }
    }
    for mut row in rows {
        row.cells.resize(width, Cell::default());
        into.rows.push(row);
    }
    into.notes.extend(cont.notes);
    into.continued.push(cont.line);
}

/// Test helper: the (area, action, years) of an actions grid (columns found by name, else the
/// first three), the area carried down over blank cells.
#[cfg(test)]
pub(crate) fn action_rows(grid: &Grid) -> Vec<(String, String, String)> {
    let col = |word: &str, default: usize| {
        grid.columns
            .iter()
            .position(|c| c.to_lowercase().contains(word))
            .unwrap_or(default)
    };
    let (action, years) = (col("action", 1), col("year", 2));
    let mut area = String::new();
    grid.rows
        .iter()
        .map(|r| {
            if !r.cells[0].is_empty() {
                area = r.cells[0].clone();
            }
            (
                area.clone(),
                r.cells[action].clone(),
                r.cells[years].clone(),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(line: usize, cells: &[&str]) -> RawRow {
        RawRow {
            line,
            cells: cells.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn split_rows_rejoin_and_blank_cells_carry() {
        let grid = Grid {
            columns: vec!["Policy".into(), "Description".into()],
            rows: vec![
                raw(
                    1,
                    &[
                        "National Action Plan to",
                        "Addresses areas including (1) prevention,",
                    ],
                ),
                raw(
                    2,
                    &[
                        "Counter Trafficking (2018–2020)†",
                        "(2) exchange of information. (29)",
                    ],
                ),
                raw(3, &["", "Raises awareness. (4)"]),
            ],
            ..Grid::default()
        };
        let t = build(grid, 9, "Key Policies", 1, &mut Vec::new());
        assert_eq!(t.rows.len(), 2);
        assert_eq!(
            t.rows[0].cells[0].text,
            "National Action Plan to Counter Trafficking (2018–2020)"
        );
        assert_eq!(t.rows[0].cells[0].marks, ["†"]);
        assert!(t.rows[1].cells[0].carried);
        assert_eq!(t.rows[1].cells[0].text, t.rows[0].cells[0].text);
    }

    #[test]
    fn stray_column_and_noise_rows_dropped() {
        let grid = Grid {
            columns: vec!["".into(), "Convention".into(), "Ratification".into()],
            rows: vec![
                raw(1, &["· · · ·", "", ""]),
                raw(2, &["STORY OF THE WAY", "ILO C. 138", "✓"]),
                raw(3, &["", "ILO C. 182", "✓"]),
                raw(4, &["", "UN CRC", "✓"]),
            ],
            ..Grid::default()
        };
        let mut w = Vec::new();
        let t = build(grid, 3, "Ratification", 1, &mut w);
        assert_eq!(t.columns, ["Convention", "Ratification"]);
        assert_eq!(t.rows.len(), 3);
        assert_eq!(w.len(), 2);
    }
}
