//! Tab-separated tables, as a browser copy of the report's web page gives them.

use super::{ends_table, Grid, RawRow, MAX_ROWS};
use crate::lines::{Kind, Line};
use crate::report::Warning;

/// Blank lines allowed between a caption and its first row, or between two rows.
const MAX_BLANK_GAP: usize = 3;

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
        match line.kind {
            Kind::Blank => {
                let gap = lines[i..]
                    .iter()
                    .take_while(|l| l.kind == Kind::Blank)
                    .count();
                let next_is_row = lines.get(i + gap).is_some_and(|l| l.kind == Kind::TabRow);
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
                            line: line.no,
                            message: "dropped a row of stray marks above the table header".into(),
                        });
                    }
                } else if grid.rows.len() < MAX_ROWS {
                    grid.rows.push(RawRow {
                        line: line.no,
                        cells,
                    });
                }
                end = i + 1;
            }
            _ => break,
        }
        i += 1;
    }
    grid.columns = header.unwrap_or_default();
    grid.end = end;
    grid
}
