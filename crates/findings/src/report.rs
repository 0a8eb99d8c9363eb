//! The data model: what [`crate::parse`] returns. Its serde (JSON) form is a public contract;
//! see the crate docs for the field list. Line numbers are 1-based lines of the input text.

use serde::{Deserialize, Serialize};

/// One country report, as recovered from its text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Country or territory name as printed ("Kazakhstan").
    pub country: Option<String>,
    /// Reporting year ("In 2018, Kazakhstan made …" → 2018).
    pub year: Option<u16>,
    /// Assessment level of the government's efforts.
    pub assessment: Option<Assessment>,
    /// The opening summary paragraph(s), before section I.
    pub summary: Vec<Paragraph>,
    /// Numbered sections I–VII in document order.
    pub sections: Vec<Section>,
    /// Every table, continuations merged, in document order.
    pub tables: Vec<Table>,
    /// Rows of the "Suggested Government Actions" table.
    pub recommendations: Vec<Recommendation>,
    /// The numbered reference list.
    pub references: Vec<Reference>,
    /// Everything the parser dropped, guessed or could not place.
    pub warnings: Vec<Warning>,
    /// What the input looked like.
    pub source: Source,
}

/// How far the government advanced, as the report grades it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// Normalised grade: "significant", "moderate", "minimal", "no" (advancement), or
    /// "no-assessment" for a country or territory the report does not grade ("No Assessment";
    /// its first word is the label's, as for every other grade).
    pub level: String,
    /// The label as printed, in title case ("Minimal Advancement – Efforts Made but …").
    pub label: String,
}

/// A paragraph of prose with its in-text citations located.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Text with line breaks and hyphenation from the source joined.
    pub text: String,
    /// First source line.
    pub line: usize,
    /// Citations such as "(1-5)" found in `text`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub citations: Vec<Citation>,
}

/// A citation group inside a paragraph: `text[start..end]` is "(1-5)", standing for `numbers`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    /// Byte offset of "(" in the paragraph text.
    pub start: usize,
    /// Byte offset just past ")".
    pub end: usize,
    /// The reference numbers, ranges expanded, in printed order.
    pub numbers: Vec<u32>,
}

/// A numbered section ("II. Legal Framework for Child Labor").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// Anchor id, e.g. "section-2".
    pub id: String,
    /// Roman numeral ("II"; a heading a markdown tool renumbered "2." is given as "II").
    pub numeral: String,
    /// Its value (2).
    pub number: u8,
    /// Title in title case ("Legal Framework for Child Labor").
    pub title: String,
    /// Source line of the heading.
    pub line: usize,
    /// Content before the first subsection.
    pub blocks: Vec<Block>,
    /// Subsections such as "Labor Law Enforcement".
    pub subsections: Vec<Subsection>,
}

/// An unnumbered subsection heading and its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subsection {
    /// Anchor id, e.g. "section-3-labor-law-enforcement".
    pub id: String,
    /// Title as printed, in title case.
    pub title: String,
    /// Source line of the heading.
    pub line: usize,
    /// Content.
    pub blocks: Vec<Block>,
}

/// A piece of section content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Block {
    /// Prose.
    Paragraph(Paragraph),
    /// A table placed here; `index` is its position in [`Report::tables`].
    Table {
        /// Position in [`Report::tables`].
        index: usize,
        /// The table's printed number.
        number: u32,
    },
}

/// A table with its continuations merged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    /// Anchor id, "table-4".
    pub id: String,
    /// Table number (OCR'd numerals such as "Table II." resolved to 11).
    pub number: u32,
    /// Title after "Table N." ("Laws and Regulations on Child Labor").
    pub title: String,
    /// Number of the section the table stands in.
    pub section: Option<u8>,
    /// Column headers.
    pub columns: Vec<String>,
    /// Body rows; each has exactly `columns.len()` cells.
    pub rows: Vec<Row>,
    /// Footnote legends under the table (the mark each explains).
    pub notes: Vec<Note>,
    /// Source line of the caption.
    pub line: usize,
    /// Source lines of "(Cont.)" captions merged into this table.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub continued: Vec<usize>,
}

/// A table row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// First source line of the row.
    pub line: usize,
    /// Cells, one per column.
    pub cells: Vec<Cell>,
}

/// A table cell: clean text, with footnote marks and citations taken out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    /// Text without marks, citations or markup residue.
    pub text: String,
    /// Footnote marks ("*", "†", "‡") in printed order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<String>,
    /// Reference numbers cited in the cell.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub citations: Vec<u32>,
    /// True when the cell was blank and its text carried down from the row above.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub carried: bool,
}

/// A footnote legend under a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// The mark it explains ("*", "†", "‡"), if it starts with one.
    pub mark: Option<String>,
    /// The legend text without its mark.
    pub text: String,
    /// Source line.
    pub line: usize,
}

/// One suggested government action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recommendation {
    /// Stable id: country and normalised action text ("kazakhstan-increase-the-number-of-…").
    pub id: String,
    /// Area ("Legal Framework", "Enforcement", …), carried down from the row above.
    pub area: String,
    /// The action.
    pub action: String,
    /// "Year(s) Suggested", when the table has that column.
    pub years: Option<YearSpan>,
    /// First source line.
    pub line: usize,
}

/// A "Year(s) Suggested" span such as "2009 – 2013".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearSpan {
    /// As printed.
    pub text: String,
    /// First year.
    pub first: u16,
    /// Last year (equal to `first` for a single year).
    pub last: u16,
}

/// An entry of the reference list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    /// Reference number (by position when the printed one is missing or garbled).
    pub number: u32,
    /// Text, continuation lines joined.
    pub text: String,
    /// http(s) URLs in the text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub urls: Vec<String>,
    /// First source line.
    pub line: usize,
}

/// A located problem: what was dropped, guessed or not understood.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// 1-based source line (0 when it concerns the whole input).
    pub line: usize,
    /// What happened, and what was expected.
    pub message: String,
}

/// What the input looked like.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Detected form of the tables.
    pub format: Format,
    /// Number of lines.
    pub lines: usize,
    /// Number of bytes.
    pub bytes: usize,
    /// First line of this report in the input (for reports split out of a book).
    pub first_line: usize,
}

/// The detected form of the input's tables.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Format {
    /// Tab-separated cells (a browser copy).
    Tab,
    /// Markdown pipe tables (OCR / PDF-to-Markdown tools).
    Pipe,
    /// Markdown with raw HTML `<table>` elements (PDF-to-Markdown tools, CommonMark writers).
    Html,
    /// `pdftotext -layout`: columns aligned with spaces.
    Layout,
    /// Plain `pdftotext`: one cell per line.
    #[default]
    Plain,
}

impl Format {
    /// Its name in the JSON ("tab", "pipe", "html", "layout", "plain").
    pub fn name(self) -> &'static str {
        match self {
            Format::Tab => "tab",
            Format::Pipe => "pipe",
            Format::Html => "html",
            Format::Layout => "layout",
            Format::Plain => "plain",
        }
    }
}

impl Report {
    /// True when the text was recognised as a Findings report (identity or structure found).
    pub fn is_recognised(&self) -> bool {
        self.country.is_some() && (!self.sections.is_empty() || self.assessment.is_some())
            || self.sections.len() >= 2
    }

    /// The table with this printed number.
    pub fn table(&self, number: u32) -> Option<&Table> {
        self.tables.iter().find(|t| t.number == number)
    }

    /// The reference with this number.
    pub fn reference(&self, number: u32) -> Option<&Reference> {
        self.references.iter().find(|r| r.number == number)
    }
}

impl Cell {
    /// A cell holding plain text.
    pub fn text(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }
}

/// Drops the growth slack of what has been built: the parser's strings and vectors grow by
/// doubling, and a report's parts are many small ones, so the slack is a large share of a small
/// report's heap. Linear in the size of what it visits; a part already tight costs one compare.
pub(crate) trait Shrink {
    /// Shrinks every string and vector inside to its length.
    fn shrink(&mut self);
}

impl Shrink for String {
    fn shrink(&mut self) {
        self.shrink_to_fit();
    }
}

impl<T: Shrink> Shrink for Vec<T> {
    fn shrink(&mut self) {
        self.iter_mut().for_each(Shrink::shrink);
        self.shrink_to_fit();
    }
}

impl<T: Shrink> Shrink for Option<T> {
    fn shrink(&mut self) {
        if let Some(x) = self {
            x.shrink();
        }
    }
}

impl Shrink for u32 {
    fn shrink(&mut self) {}
}

impl Shrink for usize {
    fn shrink(&mut self) {}
}

impl Shrink for Report {
    fn shrink(&mut self) {
        self.country.shrink();
        self.summary.shrink();
        self.sections.shrink();
        self.tables.shrink();
        self.recommendations.shrink();
        self.references.shrink();
        self.warnings.shrink();
    }
}

impl Shrink for Paragraph {
    fn shrink(&mut self) {
        self.text.shrink();
        self.citations.shrink();
    }
}

impl Shrink for Citation {
    fn shrink(&mut self) {
        self.numbers.shrink();
    }
}

impl Shrink for Section {
    fn shrink(&mut self) {
        self.id.shrink();
        self.numeral.shrink();
        self.title.shrink();
        self.blocks.shrink();
        self.subsections.shrink();
    }
}

impl Shrink for Subsection {
    fn shrink(&mut self) {
        self.id.shrink();
        self.title.shrink();
        self.blocks.shrink();
    }
}

impl Shrink for Block {
    fn shrink(&mut self) {
        match self {
            Block::Paragraph(p) => p.shrink(),
            Block::Table { .. } => {}
        }
    }
}

impl Shrink for Table {
    fn shrink(&mut self) {
        self.id.shrink();
        self.title.shrink();
        self.columns.shrink();
        self.rows.shrink();
        self.notes.shrink();
        self.continued.shrink();
    }
}

impl Shrink for Row {
    fn shrink(&mut self) {
        self.cells.shrink();
    }
}

impl Shrink for Cell {
    fn shrink(&mut self) {
        self.text.shrink();
        self.marks.shrink();
        self.citations.shrink();
    }
}

impl Shrink for Note {
    fn shrink(&mut self) {
        self.mark.shrink();
        self.text.shrink();
    }
}

impl Shrink for Recommendation {
    fn shrink(&mut self) {
        self.id.shrink();
        self.area.shrink();
        self.action.shrink();
        if let Some(years) = &mut self.years {
            years.text.shrink();
        }
    }
}

impl Shrink for Reference {
    fn shrink(&mut self) {
        self.text.shrink();
        self.urls.shrink();
    }
}

impl Shrink for Warning {
    fn shrink(&mut self) {
        self.message.shrink();
    }
}

#[cfg(test)]
mod tests {
    use super::Format;

    #[test]
    fn a_format_name_is_its_json_name() {
        for f in [
            Format::Tab,
            Format::Pipe,
            Format::Html,
            Format::Layout,
            Format::Plain,
        ] {
            assert_eq!(
                serde_json::to_string(&f).unwrap(),
                format!("\"{}\"", f.name())
            );
        }
    }
}
