//! Lays out the rows of an HTML table (cells with `rowspan` / `colspan`) as tab-separated lines,
//! the form a browser copy of a table takes: a cell spanning rows leaves blank cells below it
//! (which the parser's carry-down fills and marks), a cell spanning columns leaves blank cells
//! beside it, so every row keeps its cells under the right header.

/// Largest `rowspan` / `colspan` honoured; larger values (hostile input) are clamped.
pub const MAX_SPAN: usize = 50;
/// Most columns a table may have; cells beyond are dropped.
pub const MAX_COLUMNS: usize = 64;

/// One `<td>` / `<th>` as read from the page: its text and spans (0 or missing reads as 1).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SpanCell {
    /// The cell's text on one line.
    pub text: String,
    /// Rows the cell covers, itself included.
    pub rowspan: usize,
    /// Columns the cell covers, itself included.
    pub colspan: usize,
}

/// Places `rows` on a grid and returns one tab-separated line per row, every row as wide as
/// the widest. Tabs and line breaks inside a cell's text become spaces.
pub fn to_tsv(rows: &[Vec<SpanCell>]) -> Vec<String> {
    // covered[c]: how many more rows a cell from above still occupies in column c.
    let mut covered: Vec<usize> = Vec::new();
    let mut grid: Vec<Vec<String>> = Vec::with_capacity(rows.len());
    for row in rows {
        let mut out: Vec<String> = Vec::new();
        let mut col = 0;
        let mut cells = row.iter();
        loop {
            if covered.get(col).is_some_and(|&n| n > 0) {
                covered[col] -= 1;
                out.push(String::new());
                col += 1;
                continue;
            }
            let Some(cell) = cells.next() else { break };
            if col >= MAX_COLUMNS {
                break;
            }
            let span = cell.colspan.clamp(1, MAX_SPAN).min(MAX_COLUMNS - col);
            let down = cell.rowspan.clamp(1, MAX_SPAN) - 1;
            if covered.len() < col + span {
                covered.resize(col + span, 0);
            }
            for k in 0..span {
                out.push(if k == 0 {
                    one_line(&cell.text)
                } else {
                    String::new()
                });
                covered[col + k] = down;
            }
            col += span;
        }
        // Columns still covered past the row's last cell are blank in this row too.
        while col < covered.len() {
            if covered[col] > 0 {
                covered[col] -= 1;
            }
            out.push(String::new());
            col += 1;
        }
        grid.push(out);
    }
    let width = grid.iter().map(Vec::len).max().unwrap_or(0);
    grid.into_iter()
        .map(|mut r| {
            r.resize(width, String::new());
            r.join("\t")
        })
        .collect()
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(text: &str, rowspan: usize, colspan: usize) -> SpanCell {
        SpanCell {
            text: text.into(),
            rowspan,
            colspan,
        }
    }

    #[test]
    fn a_rowspan_leaves_blank_cells_below() {
        let rows = vec![
            vec![cell("Sector", 1, 1), cell("Activity", 1, 1)],
            vec![cell("Agriculture", 3, 1), cell("Cotton", 1, 1)],
            vec![cell("Tobacco", 1, 1)],
            vec![cell("Vegetables", 1, 1)],
            vec![cell("Industry", 0, 0), cell("Bricks", 1, 1)],
        ];
        assert_eq!(
            to_tsv(&rows),
            [
                "Sector\tActivity",
                "Agriculture\tCotton",
                "\tTobacco",
                "\tVegetables",
                "Industry\tBricks"
            ]
        );
    }

    #[test]
    fn a_colspan_pads_and_a_rowspan_in_the_last_column_keeps_rows_wide() {
        let rows = vec![
            vec![
                cell("Area", 1, 1),
                cell("Action", 1, 1),
                cell("Year(s)", 1, 1),
            ],
            vec![cell("Enforcement", 1, 2), cell("2013 – 2018", 2, 1)],
            vec![
                cell("Coordination", 1, 1),
                cell("Fund the\n committee.\t", 1, 1),
            ],
            vec![cell("Policies", 1, 1)],
        ];
        assert_eq!(
            to_tsv(&rows),
            [
                "Area\tAction\tYear(s)",
                "Enforcement\t\t2013 – 2018",
                "Coordination\tFund the committee.\t",
                "Policies\t\t"
            ]
        );
    }

    #[test]
    fn hostile_spans_are_clamped() {
        let rows = vec![vec![cell("x", usize::MAX, usize::MAX)], vec![]];
        let tsv = to_tsv(&rows);
        assert_eq!(tsv.len(), 2);
        assert_eq!(tsv[0].split('\t').count(), MAX_SPAN);
        assert_eq!(tsv[1], "\t".repeat(MAX_SPAN - 1));
    }
}
