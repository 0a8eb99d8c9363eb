//! Markdown pipe tables, as OCR and PDF-to-Markdown tools give them.

use super::{ends_table, Grid, RawRow, MAX_ROWS};
use crate::lines::{Kind, Line};

/// Blank lines allowed between a caption and the table.
const MAX_LEADING_BLANKS: usize = 3;

/// Reads the pipe rows after a caption: the first row is the header, `|---|` separator rows are
/// skipped, and the table ends at the first line that is not a pipe row.
pub(crate) fn scan(lines: &[Line], start: usize) -> Grid {
    let mut grid = Grid::default();
    let mut header: Option<Vec<String>> = None;
    let mut i = start;
    let leading = lines[start.min(lines.len())..]
        .iter()
        .take_while(|l| l.kind() == Kind::Blank)
        .count();
    if leading > MAX_LEADING_BLANKS {
        grid.end = start;
        return grid;
    }
    i += leading;
    let mut end = start;
    let outer = lines.get(i).is_some_and(|l| l.text().starts_with('|'));
    while i < lines.len() && lines[i].kind() == Kind::PipeRow && !ends_table(&lines[i]) {
        let line = &lines[i];
        let mut cells = split_row(line.text(), outer);
        if !is_separator(&cells) {
            match header {
                None => {
                    if let Some(first) = split_header(&mut cells) {
                        grid.rows.push(RawRow {
                            line: line.no(),
                            cells: first,
                        });
                    }
                    header = Some(cells);
                }
                Some(_) if grid.rows.len() < MAX_ROWS => grid.rows.push(RawRow {
                    line: line.no(),
                    cells,
                }),
                Some(_) => {}
            }
        }
        end = i + 1;
        i += 1;
    }
    grid.columns = header.unwrap_or_default();
    grid.end = end;
    grid
}

/// "| a | b |" → ["a", "b"]; an escaped "\|" stays in its cell. In a table written without
/// outer pipes (`outer` false), a leading pipe marks a blank first cell.
fn split_row(text: &str, outer: bool) -> Vec<String> {
    let t = text.trim();
    let t = if outer {
        t.strip_prefix('|').unwrap_or(t)
    } else {
        t
    };
    let t = t.strip_suffix('|').unwrap_or(t);
    let mut cells = Vec::new();
    let mut cur = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cur.push('|');
                chars.next();
            }
            '|' => cells.push(without_glyph_lines(std::mem::take(&mut cur).trim())),
            c => cur.push(c),
        }
    }
    cells.push(without_glyph_lines(cur.trim()));
    cells
}

/// A cell without the lines (between `<br>`s) that hold nothing but the letters a converter
/// reads from the PDF's icons and rules: "…child labor.<br>i", "i<br>Improve access …",
/// "**Role & Description**<br>f   fi   fi".
fn without_glyph_lines(cell: &str) -> String {
    let glyphs = |l: &str| {
        let l = l.trim();
        !l.is_empty() && l.chars().all(|c| matches!(c, 'i' | 'f' | 't' | 'l' | ' '))
    };
    if !cell.contains("<br>") {
        return cell.to_string();
    }
    let kept: Vec<&str> = cell.split("<br>").filter(|l| !glyphs(l)).collect();
    kept.join("<br>").trim().to_string()
}

/// A converter may print the first body row inside the header row, each cell's text a line
/// below its bold header ("**Area**<br>Legal Framework"): when every header cell is bold and
/// some go on in plain text, the header keeps the bold lines and the rest is the first row.
fn split_header(cells: &mut [String]) -> Option<Vec<String>> {
    if !cells.iter().all(|c| c.is_empty() || c.starts_with("**")) {
        return None;
    }
    // Where a cell's plain text starts: after the first `<br>` not followed by bold.
    let plain_at = |c: &str| {
        c.match_indices("<br>").map(|(i, _)| i).find(|&i| {
            let after = c[i + 4..].trim_start_matches(|ch: char| ch.is_whitespace());
            !after.starts_with("**") && !after.starts_with("<br>")
        })
    };
    let cuts: Vec<Option<usize>> = cells.iter().map(|c| plain_at(c)).collect();
    cuts.iter().any(Option::is_some).then(|| {
        cells
            .iter_mut()
            .zip(cuts)
            .map(|(c, cut)| match cut {
                Some(i) => {
                    let rest = c[i + 4..].trim().to_string();
                    c.truncate(i);
                    rest
                }
                None => String::new(),
            })
            .collect()
    })
}

/// "|---|:--:|" rows.
fn is_separator(cells: &[String]) -> bool {
    cells
        .iter()
        .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
        || cells
            .iter()
            .all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
            && cells.iter().any(|c| c.contains('-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_split_on_unescaped_pipes() {
        assert_eq!(split_row("| a | b \\| c | |", true), ["a", "b | c", ""]);
        assert!(is_separator(&split_row("|---|:--|", true)));
        assert!(is_separator(&split_row(
            "|---------|--|--------------|",
            true
        )));
        assert!(!is_separator(&split_row("| | | |", true)));
    }

    #[test]
    fn glyph_lines_dropped_from_cells() {
        assert_eq!(
            split_row("|**Policy**<br>i i|Adopt a policy.<br>ii  fi i|2016|", true),
            ["**Policy**", "Adopt a policy.", "2016"]
        );
        assert_eq!(
            split_row(
                "||i<br>Improve access to education<br>in rural areas.|",
                true
            ),
            ["", "Improve access to education<br>in rural areas."]
        );
        // A word of those letters that is text, not a line of its own, stays.
        assert_eq!(split_row("|it is fit|", true), ["it is fit"]);
    }

    #[test]
    fn first_row_split_off_a_bold_header() {
        let mut header = split_row(
            "|**Area**<br>Laws|**Year(s)**<br>**Suggested**<br>2016|**Note**|",
            true,
        );
        assert_eq!(split_header(&mut header).unwrap(), ["Laws", "2016", ""]);
        assert_eq!(
            header,
            ["**Area**", "**Year(s)**<br>**Suggested**", "**Note**"]
        );
        let mut plain = split_row("|Area<br>Laws|Action|", true);
        assert!(split_header(&mut plain).is_none());
    }
}

#[cfg(test)]
mod outer_pipes {
    #[test]
    fn a_table_without_outer_pipes() {
        let text = "In 2020, Ruritania made a moderate advancement in efforts.\n\n\
                    VII. SUGGESTED GOVERNMENT ACTIONS TO ELIMINATE CHILD LABOR\n\n\
                    Table 9. Suggested Government Actions to Eliminate Child Labor\n\n\
                    Area | Suggested Action | Year(s) Suggested\n--- | --- | ---\n\
                    Enforcement | Publish inspection data. | 2019 – 2020\n | Fund the inspectorate. | 2020\n";
        let r = crate::parse(text);
        assert_eq!(r.recommendations.len(), 2);
        assert_eq!(r.recommendations[1].area, "Enforcement");
        assert_eq!(r.source.format, crate::Format::Pipe);
    }
}

/// Excerpts of pymupdf4llm's Markdown of real report PDFs (`tests/data/md_*.txt`).
#[cfg(test)]
mod converter {
    /// Albania 2014: the caption is `**<mark>Table 9. …</mark>**`, an action's cell wraps with
    /// `<br>`, the header cells are bold, glyph letters stand on lines of their own.
    #[test]
    fn marked_caption_and_line_breaks_in_cells() {
        let r = crate::parse(include_str!(
            "../../tests/data/md_albania_2014_actions_marked_caption.txt"
        ));
        let t = r.tables.last().unwrap();
        assert_eq!(t.number, 9);
        assert_eq!(
            t.title,
            "Suggested Government Actions to Eliminate Child Labor, Including its Worst Forms"
        );
        let a = &r.recommendations;
        assert_eq!(a.len(), 13);
        assert!(a[0].action.starts_with(
            "Define permissible work, including hours and conditions thereof, for children between"
        ));
        assert_eq!(a[0].area, "Legal Framework");
        assert_eq!(a[6].area, "Enforcement");
        assert_eq!(a[12].area, "Social Programs");
        // The glyph letters after a `<br>` ("…child laborproblem.<br>i") are no text.
        assert_eq!(t.columns[1], "Suggested Action");
        assert!(a[5].action.ends_with("possession of childpornography."));
        assert!(a[8].action.ends_with("engagingin child labor."));
    }

    /// Fiji 2021: the converter prints a two-line area label a line per row ("Legal" over
    /// "Framework", "Social" over "Programs"); both rows' actions are in the whole label's area.
    #[test]
    fn area_label_printed_over_two_rows() {
        let r = crate::parse(include_str!(
            "../../tests/data/md_fiji_2021_actions_label_over_two_rows.txt"
        ));
        let areas: Vec<&str> = r.recommendations.iter().map(|a| a.area.as_str()).collect();
        assert_eq!(
            areas,
            [
                "Legal Framework",
                "Legal Framework",
                "Enforcement",
                "Enforcement",
                "Enforcement",
                "Coordination",
                "Social Programs",
                "Social Programs",
                "Social Programs",
            ]
        );
    }

    /// South Sudan 2016: the first row is printed inside the header row, a line below each
    /// bold header ("**Area**<br>Legal Framework"); it is the first action, and its area goes on
    /// down the blank cells below.
    #[test]
    fn first_row_printed_inside_the_header() {
        let r = crate::parse(include_str!(
            "../../tests/data/md_south_sudan_2016_actions_first_row_in_header.txt"
        ));
        let t = r.tables.last().unwrap();
        assert_eq!(t.columns, ["Area", "Suggested Action", "Year(s) Suggested"]);
        let a = &r.recommendations;
        assert_eq!(a.len(), 7);
        assert!(a[0].action.starts_with(
            "Complete ratification of the UN CRC Optional Protocol on Armed Conflict"
        ));
        assert_eq!(a[0].years.as_ref().map(|y| y.first), Some(2013));
        assert!(a[..5].iter().all(|a| a.area == "Legal Framework"));
        assert_eq!(a[5].area, "Enforcement");
    }
}
