//! HTML tables, as PDF-to-Markdown tools emit them for complex tables inside markdown text
//! (`<table><tr><td rowspan="2">…</td>…</tr></table>`, on one line or many). Read as text: tags are
//! recognised by name, nothing is ever rendered. `rowspan` leaves blank cells below, which the
//! shared carry-down then fills (and marks as carried); `colspan` repeats nothing and pads.

use super::{Grid, RawRow, MAX_COLUMNS, MAX_ROWS};
use crate::lines::{Kind, Line};
use crate::report::Warning;

/// Blank lines allowed between a caption and `<table>`.
const MAX_LEADING_BLANKS: usize = 3;
/// Most source lines one HTML table may span.
const MAX_TABLE_LINES: usize = 5_000;
/// Largest rowspan/colspan honoured; larger values (hostile input) are clamped.
const MAX_SPAN: usize = 50;

/// True when the table body after a caption is an HTML table.
pub(crate) fn starts_here(lines: &[Line], start: usize) -> bool {
    lines
        .get(start..)
        .unwrap_or_default()
        .iter()
        .take(MAX_LEADING_BLANKS + 1)
        .find(|l| l.kind() != Kind::Blank)
        .is_some_and(|l| {
            l.text()
                .get(..6)
                .is_some_and(|t| t.eq_ignore_ascii_case("<table"))
        })
}

/// Reads the HTML table starting at or after `start`.
pub(crate) fn scan(lines: &[Line], start: usize) -> Grid {
    let mut grid = Grid {
        end: start,
        ..Grid::default()
    };
    let Some(first) = (start..lines.len().min(start + MAX_LEADING_BLANKS + 1))
        .find(|&i| lines[i].kind() != Kind::Blank)
    else {
        return grid;
    };
    // Gather the table's text up to "</table>".
    let mut html = String::new();
    let mut end = first;
    for (i, line) in lines.iter().enumerate().skip(first).take(MAX_TABLE_LINES) {
        html.push_str(line.text());
        html.push('\n');
        end = i + 1;
        if contains_ci(line.text(), "</table") {
            break;
        }
    }
    grid.end = end;
    let first_no = lines[first].no();
    let mut rows: Vec<(usize, Vec<Cell>)> = Vec::new();
    let mut line_no = first_no;
    let mut rest = html.as_str();
    let mut current: Option<Vec<Cell>> = None;
    let mut cell: Option<Cell> = None;
    while let Some(lt) = rest.find('<') {
        let text = &rest[..lt];
        if let Some(c) = cell.as_mut() {
            c.text.push_str(text);
        }
        line_no += text.matches('\n').count();
        let after = &rest[lt..];
        let Some(gt) = after.find('>') else { break };
        let tag = &after[1..gt];
        line_no += tag.matches('\n').count();
        rest = &after[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        match (name.as_str(), closing) {
            ("tr", false) => {
                finish_cell(&mut cell, &mut current);
                if let Some(r) = current.take() {
                    rows.push((line_no, r));
                }
                current = Some(Vec::new());
            }
            ("tr", true) => {
                finish_cell(&mut cell, &mut current);
                if let Some(r) = current.take() {
                    rows.push((line_no, r));
                }
            }
            ("td" | "th", false) => {
                finish_cell(&mut cell, &mut current);
                cell = Some(Cell {
                    text: String::new(),
                    rowspan: attr(tag, "rowspan"),
                    colspan: attr(tag, "colspan"),
                });
            }
            ("td" | "th", true) => finish_cell(&mut cell, &mut current),
            ("br" | "p", _) => {
                if let Some(c) = cell.as_mut() {
                    c.text.push(' ');
                }
            }
            ("table", true) => break,
            _ => {
                // Inline tags (<sup>, <i>, <b>) keep their text; the tag itself is dropped.
            }
        }
    }
    finish_cell(&mut cell, &mut current);
    if let Some(r) = current.take() {
        rows.push((line_no, r));
    }
    let mut placed = place(rows, &mut grid.warnings, first_no);
    if placed.is_empty() {
        return grid;
    }
    let header = placed.remove(0);
    grid.columns = header.cells;
    grid.rows = placed;
    grid
}

struct Cell {
    text: String,
    rowspan: usize,
    colspan: usize,
}

fn finish_cell(cell: &mut Option<Cell>, row: &mut Option<Vec<Cell>>) {
    if let Some(c) = cell.take() {
        row.get_or_insert_with(Vec::new).push(c);
    }
}

/// Lays cells out on a grid: a cell spanning rows leaves blank cells in the rows below it.
fn place(rows: Vec<(usize, Vec<Cell>)>, warnings: &mut Vec<Warning>, line: usize) -> Vec<RawRow> {
    let mut out: Vec<RawRow> = Vec::new();
    // For each column, how many more rows a cell above still covers.
    let mut covered: Vec<usize> = Vec::new();
    for (no, cells) in rows.into_iter().take(MAX_ROWS) {
        let mut row: Vec<String> = Vec::new();
        let mut col = 0;
        let mut cells = cells.into_iter().peekable();
        while cells.peek().is_some() || covered.get(col).is_some_and(|&n| n > 0) {
            if col >= MAX_COLUMNS {
                warnings.push(Warning {
                    line,
                    message: format!(
                        "HTML table wider than {MAX_COLUMNS} columns; the rest is cut"
                    ),
                });
                break;
            }
            if covered.len() <= col {
                covered.resize(col + 1, 0);
            }
            if covered[col] > 0 {
                covered[col] -= 1;
                row.push(String::new());
                col += 1;
                continue;
            }
            let Some(c) = cells.next() else { break };
            let text = crate::markup::clean(&decode_entities(&c.text));
            let span = c.colspan.clamp(1, MAX_SPAN).min(MAX_COLUMNS - col);
            for k in 0..span {
                if covered.len() <= col + k {
                    covered.resize(col + k + 1, 0);
                }
                covered[col + k] = c.rowspan.clamp(1, MAX_SPAN) - 1;
                row.push(if k == 0 { text.clone() } else { String::new() });
            }
            col += span;
        }
        out.push(RawRow {
            line: no,
            cells: row,
        });
    }
    out
}

/// `rowspan="2"` → 2; absent or unreadable → 1.
fn attr(tag: &str, name: &str) -> usize {
    let lower = tag.to_ascii_lowercase();
    let Some(pos) = lower.find(name) else {
        return 1;
    };
    let digits: String = lower[pos + name.len()..]
        .trim_start_matches(['=', '"', '\'', ' '])
        .chars()
        .take_while(char::is_ascii_digit)
        .take(4)
        .collect();
    digits.parse().unwrap_or(1).max(1)
}

/// Named entities tools write in table text.
const ENTITIES: [(&str, char); 12] = [
    ("nbsp", ' '),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("amp", '&'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("dagger", '†'),
    ("Dagger", '‡'),
    ("rsquo", '’'),
    ("check", '✓'),
];

/// Decodes `&name;`, `&#8211;` and `&#x2013;`; anything else stays as written.
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let semi = after.get(..after.len().min(10)).and_then(|w| w.find(';'));
        let decoded = semi.and_then(|semi| {
            let name = &after[..semi];
            let c = match name.strip_prefix('#') {
                Some(num) => match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok().and_then(char::from_u32),
                    None => num.parse().ok().and_then(char::from_u32),
                },
                None => ENTITIES.iter().find(|(n, _)| *n == name).map(|&(_, c)| c),
            }?;
            Some((c, semi))
        });
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn contains_ci(hay: &str, needle: &str) -> bool {
    hay.to_ascii_lowercase().contains(needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    #[test]
    fn rows_with_rowspan_leave_blanks_to_carry() {
        let text = "<table><tr><th>Area</th><th>Suggested Action</th><th>Year(s) Suggested</th></tr>\n\
                    <tr><td rowspan=\"2\">Enforcement</td><td>Increase the number of inspectors.</td><td>2014 &ndash; 2018</td></tr>\n\
                    <tr><td>Train investigators<br>on the TIP Law.</td><td>2018</td></tr>\n\
                    <tr><td>Social Programs</td><td>Conduct research<sup>†</sup> (1-3)</td><td>2013 – 2018</td></tr></table>\nAfter.\n";
        let lines = split(text);
        assert!(starts_here(&lines, 0));
        let g = scan(&lines, 0);
        assert_eq!(g.columns, ["Area", "Suggested Action", "Year(s) Suggested"]);
        assert_eq!(g.rows.len(), 3);
        assert_eq!(
            g.rows[1].cells,
            ["", "Train investigators on the TIP Law.", "2018"]
        );
        assert_eq!(g.rows[2].cells[1], "Conduct research† (1-3)");
        assert_eq!(g.rows[2].line, 4);
        assert_eq!(g.end, 4);
        assert_eq!(g.rows[0].cells[2], "2014 – 2018");
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("a &amp; b &#8211; c &#x2713; &bogus; &"),
            "a & b – c ✓ &bogus; &"
        );
    }

    #[test]
    fn hostile_spans_are_clamped() {
        let lines = split(
            "<table><tr><td colspan=99999 rowspan=99999>x</td></tr><tr><td>y</td></tr></table>",
        );
        let g = scan(&lines, 0);
        assert!(g.columns.len() <= MAX_COLUMNS);
        assert!(g.rows.iter().all(|r| r.cells.len() <= MAX_COLUMNS));
    }
}
