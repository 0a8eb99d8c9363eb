//! Exports: JSON, CSV (RFC 4180 with a UTF-8 BOM), Markdown, TSV, and file names.
//!
//! Pure string builders, tested natively; the browser side (download, clipboard) is in `dom.rs`.

use findings::{Block, Cell, Paragraph, Report, Table};

/// Byte-order mark that makes Excel read a CSV file as UTF-8.
pub const BOM: &str = "\u{FEFF}";

/// A cell as exported: its text followed by its footnote marks ("Agriculture†").
pub fn cell_text(cell: &Cell) -> String {
    let mut s = cell.text.clone();
    for m in &cell.marks {
        s.push_str(m);
    }
    s
}

/// One CSV field, quoted when it holds a comma, quote, CR or LF (RFC 4180 §2.6–2.7).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// A table as CSV: UTF-8 BOM, header row, CRLF after every record.
pub fn table_csv(table: &Table) -> String {
    let mut out = String::from(BOM);
    push_record(&mut out, table.columns.iter().map(|c| csv_field(c)));
    for row in &table.rows {
        push_record(&mut out, row.cells.iter().map(|c| csv_field(&cell_text(c))));
    }
    out
}

fn push_record(out: &mut String, fields: impl Iterator<Item = String>) {
    let fields: Vec<String> = fields.collect();
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

/// A table as tab-separated values for the clipboard; tabs and line breaks inside a cell
/// become spaces so every row stays one line.
pub fn table_tsv(table: &Table) -> String {
    let clean = |s: &str| s.replace(['\t', '\r', '\n'], " ");
    let mut out = table
        .columns
        .iter()
        .map(|c| clean(c))
        .collect::<Vec<_>>()
        .join("\t");
    out.push('\n');
    for row in &table.rows {
        let cells: Vec<String> = row.cells.iter().map(|c| clean(&cell_text(c))).collect();
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out
}

/// The report as pretty-printed JSON (the crate's public serde form).
pub fn report_json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// Report text as Markdown text: characters that would start HTML, a link or code are escaped
/// (report text is untrusted; a renderer that passes HTML through must get none from it).
fn md_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '<' | '>' | '[' | ']' | '`' | '&') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// [`md_text`] for a table cell: pipes escaped, line breaks flattened.
fn md_escape(s: &str) -> String {
    md_text(s)
        .replace('|', "\\|")
        .replace(['\r', '\n', '\t'], " ")
}

fn md_paragraph(out: &mut String, p: &Paragraph) {
    out.push_str(&md_text(p.text.trim()));
    out.push_str("\n\n");
}

/// A table as a Markdown pipe table with its caption and notes.
pub fn table_markdown(out: &mut String, t: &Table) {
    out.push_str(&format!(
        "**Table {}. {}**\n\n",
        t.number,
        md_text(&t.title)
    ));
    if !t.columns.is_empty() {
        let head: Vec<String> = t.columns.iter().map(|c| md_escape(c)).collect();
        out.push_str(&format!("| {} |\n", head.join(" | ")));
        out.push_str(&format!("|{}\n", " --- |".repeat(t.columns.len())));
        for r in &t.rows {
            let cells: Vec<String> = r.cells.iter().map(|c| md_escape(&cell_text(c))).collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        out.push('\n');
    }
    for n in &t.notes {
        match &n.mark {
            Some(m) => out.push_str(&format!("{} {}\n", md_escape(m), md_text(&n.text))),
            None => out.push_str(&format!("{}\n", md_text(&n.text))),
        }
    }
    if !t.notes.is_empty() {
        out.push('\n');
    }
}

/// The whole report as Markdown.
pub fn report_markdown(report: &Report) -> String {
    let mut out = String::new();
    let country = report.country.as_deref().unwrap_or("Unknown country");
    match report.year {
        Some(y) => out.push_str(&format!("# {country} ({y})\n\n")),
        None => out.push_str(&format!("# {country}\n\n")),
    }
    if let Some(a) = &report.assessment {
        out.push_str(&format!("**Assessment:** {}\n\n", a.label));
    }
    for p in &report.summary {
        md_paragraph(&mut out, p);
    }
    let mut placed = vec![false; report.tables.len()];
    let mut blocks = |out: &mut String, blocks: &[Block]| {
        for b in blocks {
            match b {
                Block::Paragraph(p) => md_paragraph(out, p),
                Block::Table { index, .. } => {
                    if let (Some(t), Some(false)) = (report.tables.get(*index), placed.get(*index))
                    {
                        table_markdown(out, t);
                        placed[*index] = true;
                    }
                }
                _ => {}
            }
        }
    };
    for s in &report.sections {
        out.push_str(&format!("## {}. {}\n\n", s.numeral, s.title));
        blocks(&mut out, &s.blocks);
        for sub in &s.subsections {
            out.push_str(&format!("### {}\n\n", sub.title));
            blocks(&mut out, &sub.blocks);
        }
    }
    for (t, done) in report.tables.iter().zip(&placed) {
        if !done {
            table_markdown(&mut out, t);
        }
    }
    if !report.references.is_empty() {
        out.push_str("## References\n\n");
        for r in &report.references {
            out.push_str(&format!("{}. {}\n", r.number, md_text(r.text.trim())));
        }
    }
    out
}

/// A file-name-safe slug: lower-case ASCII letters and digits joined by single dashes.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Base file name for a report's exports: "kazakhstan-2013".
pub fn base_name(report: &Report) -> String {
    let mut s = slug(report.country.as_deref().unwrap_or("report"));
    if s.is_empty() {
        s.push_str("report");
    }
    if let Some(y) = report.year {
        s.push_str(&format!("-{y}"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use findings::{Note, Row};

    fn table() -> Table {
        let cell = |t: &str| Cell::text(t);
        Table {
            id: "table-2".into(),
            number: 2,
            title: "Overview".into(),
            section: Some(1),
            columns: vec!["Sector/Industry".into(), "Activity".into()],
            rows: vec![
                Row {
                    line: 5,
                    cells: vec![cell("Agriculture"), {
                        let mut c = cell("Cotton farming");
                        c.marks.push("†".into());
                        c
                    }],
                },
                Row {
                    line: 6,
                    cells: vec![
                        Cell {
                            carried: true,
                            ..cell("Agriculture")
                        },
                        cell("Say \"hi\", then\nleave\t|"),
                    ],
                },
            ],
            notes: vec![Note {
                mark: Some("†".into()),
                text: "Hazardous.".into(),
                line: 9,
            }],
            line: 3,
            continued: vec![],
        }
    }

    #[test]
    fn csv_is_rfc4180_with_bom() {
        let csv = table_csv(&table());
        assert_eq!(
            csv,
            "\u{FEFF}Sector/Industry,Activity\r\nAgriculture,Cotton farming†\r\n\
             Agriculture,\"Say \"\"hi\"\", then\nleave\t|\"\r\n"
        );
    }

    #[test]
    fn tsv_keeps_one_line_per_row() {
        let tsv = table_tsv(&table());
        assert_eq!(
            tsv,
            "Sector/Industry\tActivity\nAgriculture\tCotton farming†\nAgriculture\tSay \"hi\", then leave |\n"
        );
    }

    #[test]
    fn markdown_escapes_html_and_links() {
        assert_eq!(
            md_text("<script>x</script> [a](javascript:alert(1)) `c` & d"),
            "\\<script\\>x\\</script\\> \\[a\\](javascript:alert(1)) \\`c\\` \\& d"
        );
        assert_eq!(md_escape("a|b\nc"), "a\\|b c");
    }

    #[test]
    fn markdown_escapes_pipes() {
        let mut r = Report {
            country: Some("Kazakhstan".into()),
            year: Some(2013),
            ..Report::default()
        };
        r.tables.push(table());
        let md = report_markdown(&r);
        assert!(md.starts_with("# Kazakhstan (2013)\n"));
        assert!(md.contains("| Sector/Industry | Activity |\n| --- | --- |\n"));
        assert!(md.contains("then leave \\| |"));
        assert!(md.contains("† Hazardous."));
    }

    #[test]
    fn names_and_json() {
        let r = Report {
            country: Some("Côte d'Ivoire".into()),
            year: Some(2018),
            ..Report::default()
        };
        assert_eq!(base_name(&r), "c-te-d-ivoire-2018");
        assert_eq!(base_name(&Report::default()), "report");
        assert!(report_json(&r).contains("\"country\": \"Côte d'Ivoire\""));
    }
}
