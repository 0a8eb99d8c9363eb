//! Tab-separated tables, as a browser copy of the report's web page gives them.

use super::{ends_table, Grid, RawRow, MAX_ROWS};
use crate::lines::{Kind, Line};
use crate::report::Warning;

/// Blank lines allowed between a caption and its first row, or between two rows.
const MAX_BLANK_GAP: usize = 3;

/// Most lines of one cell that a browser copy may put on lines of their own.
const MAX_CELL_LINES: usize = 8;

/// True when the text line at `i` is followed (after at most a few more text lines and blank
/// lines) by another tab row: it continues a cell rather than starting prose.
fn continues_cell(lines: &[Line], i: usize) -> bool {
    lines[i..]
        .iter()
        .filter(|l| l.kind() != Kind::Blank)
        .take(MAX_CELL_LINES)
        .find(|l| l.kind() != Kind::Text)
        .is_some_and(|l| l.kind() == Kind::TabRow)
}

/// Reads the tab rows after a caption: the first row with text is the header (a row of stray
/// marks before it is dropped), the table ends at the first line that is not a tab row.
pub(crate) fn scan(lines: &[Line], start: usize) -> Grid {
    let mut grid = Grid::default();
    let mut header: Option<Vec<String>> = None;
    let mut i = start;
    let mut end = start;
    while i < lines.len() {
        let line = &lines[i];
        if ends_table(line) {
            break;
        }
        match line.kind() {
            Kind::Blank => {
                let gap = lines[i..]
                    .iter()
                    .take_while(|l| l.kind() == Kind::Blank)
                    .count();
                let next_is_row = lines.get(i + gap).is_some_and(|l| l.kind() == Kind::TabRow);
                if gap > MAX_BLANK_GAP || !next_is_row {
                    break;
                }
                i += gap;
                continue;
            }
            Kind::TabRow => {
                let cells: Vec<String> =
                    line.raw.split('\t').map(|c| c.trim().to_string()).collect();
                let has_text = cells.iter().any(|c| c.chars().any(char::is_alphanumeric));
                if header.is_none() {
                    if has_text {
                        header = Some(cells);
                    } else {
                        grid.warnings.push(Warning {
                            line: line.no(),
                            message: "dropped a row of stray marks above the table header".into(),
                        });
                    }
                } else if grid.rows.len() < MAX_ROWS {
                    grid.rows.push(RawRow {
                        line: line.no(),
                        cells,
                    });
                }
                end = i + 1;
            }
            // A cell holding several paragraphs: a browser copy puts the later ones on lines
            // of their own. Such a line belongs to the row above when a tab row follows it.
            Kind::Text if header.is_some() && continues_cell(lines, i) => {
                if let Some(cell) = grid
                    .rows
                    .last_mut()
                    .and_then(|r| r.cells.iter_mut().rev().find(|c| !c.is_empty()))
                {
                    cell.push(' ');
                    cell.push_str(line.text());
                    end = i + 1;
                } else {
                    break;
                }
            }
            _ => break,
        }
        i += 1;
    }
    grid.columns = header.unwrap_or_default();
    grid.end = end;
    grid
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    #[test]
    fn a_cell_of_several_paragraphs_stays_in_its_row() {
        let text = "Organization\tRole\nMinistry of Labor\tEnforces laws.(3)\nAlso inspects farms.(4)\n\nPolice\tInvestigates.(5)\n\nProse after the table.\n";
        let lines = split(text);
        let grid = scan(&lines, 0);
        assert_eq!(grid.rows.len(), 2);
        assert_eq!(
            grid.rows[0].cells[1],
            "Enforces laws.(3) Also inspects farms.(4)"
        );
        assert_eq!(lines[grid.end].text(), "");
        assert_eq!(grid.end, 5);
    }
}
