//! Pass 3: walk the classified lines once and build the [`Report`]: sections and subsections,
//! paragraphs (rejoined across page breaks), tables (continuations merged), legends, the reference
//! list and the recommendations.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::cells::find_citations;
use crate::identity::{self, Identity};
use crate::lines::{scan_caption, scan_heading, scan_legend, Caption, Kind, Line};
use crate::report::{
    Block, Format, Note, Paragraph, Report, Section, Shrink, Source, Subsection, Table, Warning,
};
use crate::{markup, recommendations, references, sections, tables};

/// How many tables back a footnote legend looks for the table whose mark it explains.
const MAX_LEGEND_LOOKBACK: usize = 8;
/// Most lines one section heading may be wrapped over.
const MAX_HEADING_LINES: usize = 3;
/// Longest second line of a wrapped caption, in bytes.
const MAX_CAPTION_TAIL: usize = 60;
/// Most warnings kept per report; past this one summary warning says how many were left out.
pub(crate) const MAX_WARNINGS: usize = 500;

/// Parses the lines of one report. `bytes` is the size of the text they came from. Once the
/// walk is done (its per-line table dropped), the lines are cut down in place to the reference
/// list's, before that list is read, so they and the reference pieces are never alive together.
pub(crate) fn parse_lines(mut lines: Vec<Line>, bytes: usize) -> Report {
    let format = detect_format(&lines);
    let identity = identity::read(&lines);
    sections::mark_furniture(&mut lines, identity.country.as_deref());
    let source = Source {
        format,
        lines: lines.len(),
        bytes,
        first_line: lines.first().map_or(1, |l| l.no()),
    };
    let mut walker = Walker::new(&lines, format);
    walker.run();
    let walked = walker.done();
    let mut report = walked.finish(lines, identity);
    report.source = source;
    if !report.is_recognised() {
        report.warnings.insert(
            0,
            Warning {
                line: 0,
                message: "no Findings report recognised: expected an opening sentence such as \
                          \"In 2018, Kazakhstan made a minimal advancement …\" and numbered \
                          sections such as \"I. Prevalence and Sectoral Distribution of Child Labor\""
                    .into(),
            },
        );
    }
    cap_warnings(&mut report.warnings);
    // Tight before it is returned: a book's reports stay alive while the next ones are parsed.
    report.shrink();
    report
}

fn cap_warnings(warnings: &mut Vec<Warning>) {
    if warnings.len() > MAX_WARNINGS {
        let left = warnings.len() - MAX_WARNINGS;
        warnings.truncate(MAX_WARNINGS);
        warnings.push(Warning {
            line: 0,
            message: format!("{left} more warnings left out"),
        });
    }
}

/// Decides the form of the tables from the lines: pipe rows, tab rows, aligned columns or none.
pub(crate) fn detect_format(lines: &[Line]) -> Format {
    let (mut pipe, mut tab, mut aligned, mut text) = (0usize, 0usize, 0usize, 0usize);
    let mut html = 0usize;
    for l in lines {
        if l.text()
            .get(..6)
            .is_some_and(|t| t.eq_ignore_ascii_case("<table"))
        {
            html += 1;
        }
        match l.kind() {
            Kind::PipeRow => pipe += 1,
            Kind::TabRow => tab += 1,
            Kind::Blank => continue,
            _ => {}
        }
        text += 1;
        // `text` ends `raw`: a gap in `text` is one in both.
        if l.indent() >= 4 || crate::lines::before_gap(l.text()).len() < l.text().len() {
            aligned += 1;
        }
    }
    if html >= 2 && html * 3 >= pipe {
        Format::Html
    } else if pipe >= 3 && pipe >= tab {
        Format::Pipe
    } else if tab >= 3 {
        Format::Tab
    } else if aligned * 10 >= text && aligned >= 5 {
        Format::Layout
    } else {
        Format::Plain
    }
}

struct PendingLegend {
    line: usize,
    mark: String,
    text: String,
    /// Tables that existed when the legend was read.
    tables_before: usize,
}

struct Walker<'l, 'a> {
    lines: &'l [Line<'a>],
    format: Format,
    report: Report,
    para: Vec<&'l Line<'a>>,
    legends: Vec<PendingLegend>,
    /// The lines of the reference list, by index, in order; picked out of the lines once the
    /// walk is done ([`RefLine`]), so no copy of them lives beside the lines.
    ref_lines: Vec<RefLine>,
    in_refs: bool,
    /// The body went on after the reference list had begun (a browser's PDF viewer reads a
    /// page's reference column first): the list resumes after the actions table.
    refs_suspended: bool,
    /// The report's growth slack was dropped when the walk reached the reference list.
    body_shrunk: bool,
    /// A page break seen on a dropped furniture line, not yet given to a kept line.
    pending_break: bool,
    /// Typical width of a full prose line (plain and layout forms), in chars.
    full_width: usize,
    /// Table number → index in `report.tables`.
    by_number: HashMap<u32, usize>,
    /// Last "(Table N)" mentioned in prose, to read OCR'd captions.
    mentioned: Option<u32>,
    /// The last answer of [`Walker::next_content`], `(from, to)`: no line of `from..to` is
    /// content (starts empty). The walk asks at its own position, which only moves forward, so
    /// the look-ahead from every blank line of a long blank run reuses it instead of rescanning
    /// the run, and no per-line table is kept.
    next_content: std::cell::Cell<(usize, usize)>,
    /// Highest table number so far (tables are only ever added by `push_table`), so numbering a
    /// new table does not rescan every earlier one.
    max_number: u32,
}

impl<'l, 'a> Walker<'l, 'a> {
    fn new(lines: &'l [Line<'a>], format: Format) -> Self {
        Walker {
            lines,
            format,
            report: Report::default(),
            para: Vec::new(),
            legends: Vec::new(),
            ref_lines: Vec::new(),
            in_refs: false,
            refs_suspended: false,
            body_shrunk: false,
            pending_break: false,
            full_width: full_width(lines),
            by_number: HashMap::new(),
            mentioned: None,
            next_content: std::cell::Cell::new((1, 0)),
            max_number: 0,
        }
    }

    /// The first line at or after `i` that is neither blank nor furniture (`lines.len()` when
    /// none).
    fn next_content(&self, i: usize) -> usize {
        let (from, to) = self.next_content.get();
        if (from..=to).contains(&i) {
            return to;
        }
        let to = (i..self.lines.len())
            .find(|&j| self.lines[j].kind() != Kind::Blank && !self.lines[j].is_furniture())
            .unwrap_or(self.lines.len());
        self.next_content.set((i, to));
        to
    }

    /// Adds line `i` to the reference list; `page_break` when a dropped furniture line before it
    /// carried one. A line at or before the last one added is ignored, so the list stays in
    /// order (what [`pick_ref_lines`] relies on).
    fn ref_line(&mut self, i: usize, page_break: bool) {
        let Ok(at) = u32::try_from(i) else {
            return;
        };
        if self.ref_lines.last().is_none_or(|last| last.at < at) {
            self.ref_lines.push(RefLine { at, page_break });
        }
    }

    fn warn(&mut self, line: usize, message: impl Into<String>) {
        self.report.warnings.push(Warning {
            line,
            message: message.into(),
        });
    }

    fn run(&mut self) {
        let lines = self.lines;
        let mut i = 0;
        while i < lines.len() {
            // Every branch advances `i` by at least one.
            let line = &lines[i];
            if line.is_furniture() {
                // The page break a dropped header carried moves to the next kept line.
                self.pending_break |= line.page_break();
                i += 1;
                continue;
            }
            let page_break = std::mem::take(&mut self.pending_break);
            if self.in_refs {
                if !self.body_shrunk {
                    // What the walk built is finished: only the reference list is still to come.
                    self.report.shrink();
                    self.body_shrunk = true;
                }
                match line.kind() {
                    // A table's "(Cont.)" part printed after the list's first page (a browser's
                    // PDF viewer reads the page's references before the table beside them).
                    Kind::Caption if self.continues_a_table(line) => {
                        i = self.table(i).max(i + 1);
                        continue;
                    }
                    // The body's next section or next table: the list stood beside the body.
                    Kind::Heading | Kind::Caption if self.body_goes_on(line) => {
                        self.in_refs = false;
                        self.refs_suspended = true;
                        i = if line.kind() == Kind::Heading {
                            self.heading(i)
                        } else {
                            self.table(i)
                        }
                        .max(i + 1);
                        self.resume_refs();
                        continue;
                    }
                    // Or with no caption at all, under the header of the last table again.
                    Kind::Text => {
                        if let Some(caption) = self.header_of_last_table(i) {
                            i = self.table_part(line.no(), caption, i).max(i + 1);
                            continue;
                        }
                        self.ref_line(i, page_break);
                    }
                    Kind::Legend => self.legend(line),
                    Kind::Blank => {}
                    _ => self.ref_line(i, page_break),
                }
                i += 1;
                continue;
            }
            match line.kind() {
                Kind::Blank => {
                    if !self.paragraph_continues_after(i) {
                        self.flush();
                    }
                    i += 1;
                }
                Kind::Heading => {
                    i = self.heading(i);
                }
                Kind::Caption => {
                    self.flush();
                    i = self.table(i);
                    self.resume_refs();
                }
                Kind::Legend => {
                    self.flush();
                    self.legend(line);
                    i += 1;
                }
                Kind::PipeRow | Kind::TabRow => {
                    self.flush();
                    i = self.uncaptioned_rows(i);
                }
                Kind::Text => match self.split_heading(i) {
                    Some(next) => i = next,
                    None => {
                        self.text(i);
                        i += 1;
                    }
                },
            }
        }
        self.flush();
    }

    /// A numbered heading starts a section when its number follows the current one; otherwise
    /// (a stray "I. …" line) it is prose.
    fn heading(&mut self, i: usize) -> usize {
        let line = &self.lines[i];
        let Some((numeral, number, title)) = scan_heading(line.text()) else {
            self.text(i);
            return i + 1;
        };
        self.start_section(i, i + 1, numeral, number, title)
    }

    /// A numeral alone on its line ("II."), its title on the next non-blank line: some PDF
    /// copies split the heading so. Or the next section's upper-case title with no numeral
    /// before it (the numeral printed inside the table above, `lines::section_of_title`).
    fn split_heading(&mut self, i: usize) -> Option<usize> {
        let line = &self.lines[i];
        if let Some(number) = crate::lines::section_of_title(line.text()) {
            let current = self.report.sections.last().map_or(0, |s| s.number);
            if number == current + 1 {
                let numeral = crate::lines::roman_numeral(number).to_string();
                self.warn(
                    line.no(),
                    format!("section title without its numeral: read as section {numeral}"),
                );
                let title = line.text().trim().to_string();
                return Some(self.start_section(i, i + 1, numeral, number, title));
            }
        }
        let numeral = line.text().strip_suffix('.')?;
        if numeral.is_empty()
            || numeral.len() > 4
            || !numeral.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
        {
            return None;
        }
        let t =
            (i + 1..self.lines.len().min(i + 4)).find(|&j| self.lines[j].kind() != Kind::Blank)?;
        let joined = format!("{} {}", line.text(), self.lines[t].text());
        let (numeral, number, title) = scan_heading(&joined)?;
        if !title
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
        {
            return None;
        }
        Some(self.start_section(i, t + 1, numeral, number, title))
    }

    /// Opens a section for the heading at line `i` whose title ends before `next`. A number
    /// that does not follow the current one is renumbered from the sequence when the heading is
    /// upper case (reports have printed "V." twice), and is prose otherwise.
    fn start_section(
        &mut self,
        i: usize,
        mut next: usize,
        mut numeral: String,
        mut number: u8,
        mut title: String,
    ) -> usize {
        let line = &self.lines[i];
        let current = self.report.sections.last().map_or(0, |s| s.number);
        let shouting = title
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        if number <= current {
            if !shouting || current >= 10 {
                self.text(i);
                return i + 1;
            }
            let renumbered = current + 1;
            self.warn(
                line.no(),
                format!("section numbered {numeral}. after section {current}; numbered {renumbered} from the sequence"),
            );
            number = renumbered;
            numeral = crate::lines::roman_numeral(renumbered).to_string();
        }
        self.flush();
        // An upper-case title wrapped onto more lines ("… WORST FORMS OF\nCHILD LABOR").
        while let Some(cont) = self
            .lines
            .get(next)
            .filter(|_| next < i + MAX_HEADING_LINES)
        {
            let letters = || cont.text().chars().filter(|c| c.is_alphabetic());
            let upper_title = title
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
            if upper_title
                && cont.kind() == Kind::Text
                && !cont.is_furniture()
                && cont.text().len() < 60
                && letters().count() > 2
                && letters().all(char::is_uppercase)
                && !sections::is_references_heading(cont.text())
            {
                title.push(' ');
                title.push_str(cont.text());
                next += 1;
            } else {
                break;
            }
        }
        let title = markup::title_case(&title);
        // The section before is finished: its growth slack goes now, not at the walk's end.
        if let Some(done) = self.report.sections.last_mut() {
            done.shrink();
        }
        self.report.sections.push(Section {
            id: format!("section-{number}"),
            numeral,
            number,
            title,
            line: line.no(),
            blocks: Vec::new(),
            subsections: Vec::new(),
        });
        next
    }

    fn text(&mut self, i: usize) {
        let line = &self.lines[i];
        // In `-layout` text the heading shares its line with the list's right-hand column, so
        // the heading line itself goes to the reference parser too.
        let first_chunk = crate::lines::before_gap(line.text());
        if sections::is_references_heading(first_chunk) {
            self.flush();
            self.in_refs = true;
            self.ref_line(i, false);
            return;
        }
        if self.is_subsection(i) {
            if let Some(title) = sections::scan_subsection(line.text()) {
                self.flush();
                if let Some(section) = self.report.sections.last_mut() {
                    let id = format!("{}-{}", section.id, markup::slug(&title, 8));
                    section.subsections.push(Subsection {
                        id,
                        title,
                        line: line.no(),
                        blocks: Vec::new(),
                    });
                }
                return;
            }
        }
        if self.para_should_break_before(line) {
            self.flush();
        }
        self.para.push(line);
    }

    /// A subsection heading stands alone: inside a section, after a finished paragraph (or a
    /// blank line), with prose following.
    fn is_subsection(&self, i: usize) -> bool {
        if self.report.sections.is_empty() {
            return false;
        }
        let prev_ok = match self.para.last() {
            None => true,
            Some(l) => {
                ends_sentence(l.text()) && (self.blank_separated() || self.format_is_wrapped())
            }
        };
        let next = self.lines.get(self.next_content(i + 1));
        let next_ok = next.is_some_and(|l| l.kind() == Kind::Text && l.text().len() > 40);
        prev_ok && next_ok
    }

    fn format_is_wrapped(&self) -> bool {
        matches!(self.format, Format::Plain | Format::Layout)
    }

    fn blank_separated(&self) -> bool {
        !self.format_is_wrapped()
    }

    /// In wrapped (pdftotext) text, a new paragraph starts after a short line that ends a
    /// sentence; markdown-like forms break only at blank lines.
    fn para_should_break_before(&self, _line: &Line) -> bool {
        if !self.format_is_wrapped() {
            return false;
        }
        self.para.last().is_some_and(|prev| {
            ends_sentence(prev.text()) && prev.raw.chars().count() * 100 < self.full_width * 85
        })
    }

    /// After a blank line at `i`: a paragraph cut by a page break (and the furniture around it)
    /// goes on when it stopped mid-sentence and the next prose line starts lower case.
    fn paragraph_continues_after(&self, i: usize) -> bool {
        let Some(last) = self.para.last() else {
            return false;
        };
        if ends_sentence(last.text()) {
            return false;
        }
        let next = self.lines.get(self.next_content(i));
        next.is_some_and(|l| l.kind() == Kind::Text && l.text().starts_with(char::is_lowercase))
    }

    fn flush(&mut self) {
        if self.para.is_empty() {
            return;
        }
        let first = self.para[0].no();
        let wrapped = self.format_is_wrapped();
        let len = self.para.iter().map(|l| l.text().len() + 1).sum();
        let mut joined = String::with_capacity(len);
        for l in self.para.drain(..) {
            let t = l.text();
            if joined.ends_with('-')
                && wrapped
                && t.starts_with(char::is_lowercase)
                && joined[..joined.len() - 1].ends_with(char::is_lowercase)
            {
                joined.pop();
            } else if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(t);
        }
        // The common paragraph is clean already: it is kept, not copied.
        let cleaned = match markup::clean_cow(&joined) {
            Cow::Borrowed(t) if t.len() == joined.len() => None,
            other => Some(other.into_owned()),
        };
        let text = cleaned.unwrap_or(joined);
        if text.is_empty() {
            return;
        }
        if let Some(n) = last_table_mention(&text) {
            self.mentioned = Some(n);
        }
        let mut paragraph = Paragraph {
            citations: find_citations(&text),
            text,
            line: first,
        };
        paragraph.shrink();
        match self.report.sections.last_mut() {
            None => self.report.summary.push(paragraph),
            Some(section) => target_blocks(section).push(Block::Paragraph(paragraph)),
        }
    }

    fn legend(&mut self, line: &Line) {
        if let Some((mark, text)) = scan_legend(line.text()) {
            self.legends.push(PendingLegend {
                line: line.no(),
                mark,
                text,
                tables_before: self.report.tables.len(),
            });
        }
    }

    /// A caption at `i`: scan its body in the input's form, then add or merge the table.
    fn table(&mut self, i: usize) -> usize {
        let line = &self.lines[i];
        let Some(mut caption) = scan_caption(line.text()) else {
            self.text(i);
            return i + 1;
        };
        let mut body = i + 1;
        // A caption wrapped onto a second line ("… Children's Work and\nEducation").
        if let Some(next) = self.lines.get(body).filter(|l| l.kind() == Kind::Text) {
            let chunk = crate::lines::before_gap(next.text()).trim();
            let (chunk, continued) = crate::lines::strip_continued(chunk);
            // In small capitals as pdf.js copies them the tail is in lower case too.
            let small_caps = markup::strip_line_markup(line.text()).starts_with("table");
            if tables::is_unfinished(&caption.title)
                && chunk.len() <= MAX_CAPTION_TAIL
                && (chunk.starts_with(char::is_uppercase)
                    || small_caps && chunk.starts_with(char::is_lowercase))
                && !chunk.ends_with('.')
            {
                caption.title = format!("{} {chunk}", caption.title);
                caption.continued |= continued;
                body += 1;
            } else if chunk.is_empty() && continued {
                // "(cont)" printed on a line of its own under the caption.
                caption.continued = true;
                body += 1;
            }
        }
        self.table_part(line.no(), caption, body)
    }

    /// Reads the table whose caption (on line number `at`) is `caption`, its body from line
    /// index `body`: a table of its own, or the next part of one already read. Returns the index
    /// of the first line after it.
    fn table_part(&mut self, at: usize, caption: Caption, body: usize) -> usize {
        let mut number = self.resolve_number(&caption, at);
        let mut existing = self.by_number.get(&number).copied();
        // A "(Cont.)" caption printed with another table's number and title over the second page
        // of the table just before it (Afghanistan 2020, Botswana 2019: "Table 6. Labor Law
        // Enforcement Efforts … (Cont.)" above the Area / Suggested Action / Year(s) header):
        // the header says which table goes on.
        let last = self.report.tables.len().checked_sub(1);
        if let Some(t) = last.filter(|&t| caption.continued && existing != Some(t)) {
            let prev = self.report.tables[t].number;
            if header_matches(self.lines, body, &self.report.tables[t].columns) {
                self.warn(at, format!("table {number} (Cont.) has the columns of table {prev}, the table before it: read as its continuation"));
                number = prev;
                existing = Some(t);
            }
        }
        // The same number and title again, with no "(Cont.)": the table's next page, in any form.
        let continues = existing.filter(|&t| {
            self.goes_on(t, &caption)
                || matches!(self.format, Format::Pipe | Format::Tab | Format::Html)
        });
        if caption.continued && existing.is_none() {
            self.warn(at, format!("table {number} is marked (Cont.) but no earlier part was found; kept as a table of its own"));
        } else if existing.is_some() && !caption.continued {
            self.warn(at, format!("table {number} appears twice; the second caption lacks \"(Cont.)\" and is merged as a continuation"));
        }
        let known = continues.map(|t| self.report.tables[t].columns.clone());
        let grid = tables::scan_body(self.format, self.lines, body, &caption, known.as_deref());
        let end = grid.end.max(body);
        // Plain `pdftotext` can print the "REFERENCES" heading in the middle of the last table's
        // cells (reading order follows columns): the list starts after that table. The list's
        // numbers printed apart after the heading, inside the table's lines, go with it.
        let region = &self.lines[body.min(end)..end];
        if let Some(at) = region
            .iter()
            .position(|l| sections::is_references_heading(l.text()))
        {
            self.in_refs = true;
            let start = body.min(end);
            for (k, l) in region.iter().enumerate().skip(at) {
                if k == at || tables::is_page_number(l.text().trim()) {
                    self.ref_line(start + k, false);
                }
            }
        }
        if grid.rows.is_empty() {
            self.warn(
                at,
                format!(
                    "table {number}: no rows recognised after the caption \"{}\"",
                    caption.title
                ),
            );
        }
        let mut warnings = Vec::new();
        let mut table = tables::build(grid, number, &caption.title, at, &mut warnings);
        self.report.warnings.extend(warnings);
        table.section = self.report.sections.last().map(|s| s.number);
        match continues {
            Some(t) => {
                let mut warnings = Vec::new();
                tables::merge_continuation(&mut self.report.tables[t], table, &mut warnings);
                self.report.warnings.extend(warnings);
            }
            None => self.push_table(table),
        }
        // Legends a reader read past (plain `pdftotext` can print them between a table's
        // labels and its values) are the table's.
        for line in &self.lines[body.min(end)..end] {
            if line.kind() == Kind::Legend {
                self.legend(line);
            }
        }
        end
    }

    fn push_table(&mut self, table: Table) {
        let index = self.report.tables.len();
        let number = table.number;
        self.by_number.insert(number, index);
        self.max_number = self.max_number.max(number);
        self.report.tables.push(table);
        if let Some(section) = self.report.sections.last_mut() {
            target_blocks(section).push(Block::Table { index, number });
        }
    }

    /// Line `i` starts the header of the last table read, its first column's name first and the
    /// next columns' words after it ("Area Suggested Action Year(s)"): that table's caption, as
    /// its next part would have it.
    fn header_of_last_table(&self, i: usize) -> Option<Caption> {
        let t = self.report.tables.last()?;
        let first = t.columns.first()?;
        let text = self.lines[i].text().trim_start();
        let starts = text
            .get(..first.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(first));
        (!first.is_empty() && starts && header_matches(self.lines, i, &t.columns)).then(|| {
            Caption {
                number_text: t.number.to_string(),
                number: Some(t.number),
                title: t.title.clone(),
                continued: true,
            }
        })
    }

    /// Inside the reference list, the heading of the section after the last one read, or the
    /// caption of the table after the last one: the body goes on.
    fn body_goes_on(&self, line: &Line) -> bool {
        let next_section = self
            .report
            .sections
            .last()
            .map_or(1, |s| s.number.saturating_add(1));
        match line.kind() {
            Kind::Heading => scan_heading(line.text()).is_some_and(|h| h.1 == next_section),
            _ => scan_caption(line.text())
                .is_some_and(|c| !c.continued && c.number == self.max_number.checked_add(1)),
        }
    }

    /// The body that went on after the reference list had begun ends with the actions table:
    /// what follows is the list again.
    fn resume_refs(&mut self) {
        if self.refs_suspended
            && self
                .report
                .tables
                .last()
                .is_some_and(crate::recommendations::is_actions_table)
        {
            self.flush();
            self.refs_suspended = false;
            self.in_refs = true;
        }
    }

    /// A caption of a table already read, marked "(Cont.)" or printed again with its title.
    fn continues_a_table(&self, line: &Line) -> bool {
        scan_caption(line.text()).is_some_and(|c| {
            c.number
                .and_then(|n| self.by_number.get(&n))
                .is_some_and(|&t| self.goes_on(t, &c))
        })
    }

    /// `caption` heads the next part of table `t`: marked "(Cont.)", or `t`'s title again.
    fn goes_on(&self, t: usize, caption: &Caption) -> bool {
        caption.continued
            || self.report.tables[t]
                .title
                .eq_ignore_ascii_case(&caption.title)
    }

    /// The table number: printed digits are believed; OCR'd letters ("Table II.") are read with
    /// the sequence and the last "(Table N)" mention in the text.
    fn resolve_number(&mut self, caption: &Caption, line: usize) -> u32 {
        let last = self.max_number;
        let expected = if caption.continued {
            last.max(1)
        } else {
            last + 1
        };
        let digits = caption.number_text.bytes().all(|b| b.is_ascii_digit());
        match caption.number {
            Some(n) if digits => n,
            Some(n) if n == expected || self.mentioned == Some(n) => n,
            read => {
                let guess = match self.mentioned {
                    Some(m) if m >= expected => m,
                    _ => expected,
                };
                self.warn(
                    line,
                    format!(
                        "table number \"{}\" is not legible (read as {}); numbered {guess} from the tables before it",
                        caption.number_text,
                        read.map_or_else(|| "nothing".to_string(), |n| n.to_string()),
                    ),
                );
                guess
            }
        }
    }

    /// Table rows with no caption above them: the continuation of the table just before (when
    /// as wide), or else a table of their own.
    fn uncaptioned_rows(&mut self, i: usize) -> usize {
        let line = &self.lines[i];
        let caption = Caption {
            number_text: String::new(),
            number: None,
            title: String::new(),
            continued: true,
        };
        let grid = tables::scan_body(self.format, self.lines, i, &caption, None);
        let end = grid.end.max(i + 1);
        if grid.rows.is_empty() && grid.columns.is_empty() {
            self.text(i);
            return i + 1;
        }
        let mut warnings = Vec::new();
        let last = self.report.tables.len().checked_sub(1);
        let same_width =
            last.is_some_and(|t| self.report.tables[t].columns.len() == grid.columns.len());
        match last {
            Some(t) if same_width => {
                // The first row was read as a header: it is a body row of the earlier table.
                let mut grid = grid;
                let header = std::mem::take(&mut grid.columns);
                grid.rows.insert(
                    0,
                    tables::RawRow {
                        line: line.no(),
                        cells: header,
                    },
                );
                let number = self.report.tables[t].number;
                let cont = tables::build(grid, number, "", line.no(), &mut warnings);
                tables::merge_continuation(
                    &mut self.report.tables[t],
                    Table {
                        columns: Vec::new(),
                        ..cont
                    },
                    &mut warnings,
                );
                self.warn(
                    line.no(),
                    format!("table rows with no caption; merged into table {number} above"),
                );
            }
            _ => {
                let number = self.max_number + 1;
                let mut table = tables::build(grid, number, "", line.no(), &mut warnings);
                table.section = self.report.sections.last().map(|s| s.number);
                self.warn(
                    line.no(),
                    format!("table rows with no caption; kept as table {number}"),
                );
                self.push_table(table);
            }
        }
        self.report.warnings.extend(warnings);
        end
    }

    /// What the walk leaves for [`Walked::finish`]: nothing that borrows the lines.
    fn done(self) -> Walked {
        Walked {
            format: self.format,
            report: self.report,
            legends: self.legends,
            ref_lines: self.ref_lines,
        }
    }
}

/// A line of the reference list: its index in the report's lines.
struct RefLine {
    at: u32,
    /// A page break stood on a furniture line dropped just before it.
    page_break: bool,
}

/// The reference lines out of all the lines, in place: the lines' own allocation, cut down to
/// them. `picks` is in increasing order, so each line is read before its slot is written.
fn pick_ref_lines<'a>(mut lines: Vec<Line<'a>>, picks: &[RefLine]) -> Vec<Line<'a>> {
    let mut kept = 0;
    for pick in picks {
        let Some(mut line) = lines.get(pick.at as usize).copied() else {
            break;
        };
        line.set_page_break(line.page_break() || pick.page_break);
        lines[kept] = line;
        kept += 1;
    }
    lines.truncate(kept);
    lines.shrink_to_fit();
    lines
}

/// The report after the walk over the lines, with what is still to be read into it.
struct Walked {
    format: Format,
    report: Report,
    legends: Vec<PendingLegend>,
    ref_lines: Vec<RefLine>,
}

impl Walked {
    /// Reads the reference list out of `lines` (all the report's lines, consumed: they are
    /// dropped as soon as the list is cut into pieces) and the recommendations.
    fn finish(mut self, lines: Vec<Line>, identity: Identity) -> Report {
        self.attach_legends();
        let ref_lines = pick_ref_lines(lines, &std::mem::take(&mut self.ref_lines));
        let (refs, warnings) = references::parse(ref_lines, self.format);
        self.report.references = refs;
        self.report.warnings.extend(warnings);
        let country = identity.country.as_deref();
        let mut recs = Vec::new();
        let mut warnings = Vec::new();
        for table in self
            .report
            .tables
            .iter()
            .filter(|t| recommendations::is_actions_table(t))
        {
            recs.extend(recommendations::from_table(table, country, &mut warnings));
        }
        self.report.recommendations = recs;
        self.report.warnings.extend(warnings);
        self.check_citations();
        if let [(_, first), (line, _), ..] = identity.territories.as_slice() {
            let names: Vec<&str> = identity
                .territories
                .iter()
                .map(|(_, n)| n.as_str())
                .collect();
            self.report.warnings.push(Warning {
                line: *line,
                message: format!(
                    "this text reports on several territories ({}); it is read as one report, \
                     under {first}: the other territories' table rows and actions are read with \
                     its own, and some may be missing",
                    names.join(", ")
                ),
            });
        }
        self.report.country = identity.country;
        self.report.year = identity.year;
        self.report.assessment = identity.assessment;
        crate::sort::sort_by_key(&mut self.report.warnings, |w| w.line);
        self.report
    }

    /// Ties each legend to the nearest earlier table that uses its mark and has no note for it
    /// yet; a legend with no such table goes to the nearest earlier table.
    fn attach_legends(&mut self) {
        let tables = &mut self.report.tables;
        // Whether a table uses a mark is asked once per (table, mark), and the notes a table
        // already has are kept in a set: asking every legend to rescan the cells and notes of
        // its candidates is quadratic when a "(Cont.)" table keeps growing between legends.
        let mut uses: HashMap<(usize, String), bool> = HashMap::new();
        let mut noted: HashSet<(usize, String)> = tables
            .iter()
            .enumerate()
            .flat_map(|(t, table)| {
                table
                    .notes
                    .iter()
                    .filter_map(move |n| Some((t, n.mark.clone()?)))
            })
            .collect();
        for legend in std::mem::take(&mut self.legends) {
            let candidates = (0..legend.tables_before).rev().take(MAX_LEGEND_LOOKBACK);
            let best = candidates
                .clone()
                .find(|&t| {
                    let key = (t, legend.mark.clone());
                    let uses_mark = *uses.entry(key.clone()).or_insert_with(|| {
                        let table = &tables[t];
                        table
                            .rows
                            .iter()
                            .flat_map(|r| &r.cells)
                            .any(|c| c.marks.contains(&legend.mark))
                            || table
                                .columns
                                .iter()
                                .any(|c| c.contains(legend.mark.as_str()))
                    });
                    uses_mark && !noted.contains(&key)
                })
                .or_else(|| {
                    closest_by_title(
                        &legend.text,
                        candidates.clone().map(|t| (t, tables[t].title.as_str())),
                    )
                })
                .or_else(|| candidates.clone().next());
            match best {
                Some(t) => {
                    noted.insert((t, legend.mark.clone()));
                    tables[t].notes.push(Note {
                        mark: Some(legend.mark),
                        text: legend.text,
                        line: legend.line,
                    });
                }
                None => self.report.warnings.push(Warning {
                    line: legend.line,
                    message: format!("footnote legend \"{}\" has no table above it", legend.mark),
                }),
            }
        }
    }

    /// Warns once per citation number that no reference carries.
    fn check_citations(&mut self) {
        if self.report.references.is_empty() {
            return;
        }
        let known: std::collections::HashSet<u32> =
            self.report.references.iter().map(|r| r.number).collect();
        let mut missing: Vec<(u32, usize)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let paragraphs = self
            .report
            .summary
            .iter()
            .chain(self.report.sections.iter().flat_map(|s| {
                s.blocks
                    .iter()
                    .chain(s.subsections.iter().flat_map(|ss| ss.blocks.iter()))
                    .filter_map(|b| match b {
                        Block::Paragraph(p) => Some(p),
                        _ => None,
                    })
            }));
        for p in paragraphs {
            for n in p.citations.iter().flat_map(|c| &c.numbers) {
                if !known.contains(n) && seen.insert(*n) {
                    missing.push((*n, p.line));
                }
            }
        }
        for t in &self.report.tables {
            for r in &t.rows {
                for n in r.cells.iter().flat_map(|c| &c.citations) {
                    if !known.contains(n) && seen.insert(*n) {
                        missing.push((*n, r.line));
                    }
                }
            }
        }
        for (n, line) in missing {
            self.report.warnings.push(Warning {
                line,
                message: format!("citation {n} has no entry in the reference list"),
            });
        }
    }
}

/// Words too common in these reports to tell tables apart.
const COMMON_WORDS: [&str; 8] = [
    "child", "children", "labor", "with", "that", "this", "have", "from",
];

/// Among candidate tables (nearest first), the one whose title shares the most telling words with
/// a legend's text ("… other social programs …" → "Key Social Programs …"); none when no title
/// shares any.
fn closest_by_title<'t>(
    text: &str,
    candidates: impl Iterator<Item = (usize, &'t str)>,
) -> Option<usize> {
    let words = |s: &str| -> HashSet<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 3)
            .map(crate::case::lower_str)
            .filter(|w| !COMMON_WORDS.contains(&w.as_str()))
            .collect()
    };
    let legend = words(text);
    let mut best: Option<(usize, usize)> = None;
    for (t, title) in candidates {
        let shared = words(title).intersection(&legend).count();
        if shared > best.map_or(0, |(_, n)| n) {
            best = Some((t, shared));
        }
    }
    best.map(|(t, _)| t)
}

/// The block list new content goes to: the last subsection's, or the section's own.
fn target_blocks(section: &mut Section) -> &mut Vec<Block> {
    match section.subsections.last_mut() {
        Some(sub) => &mut sub.blocks,
        None => &mut section.blocks,
    }
}

/// Ends with a sentence end or a citation group.
fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end();
    t.ends_with(['.', '?', '!', ':', ')', '"', '”'])
}

/// The 90th-percentile length of text lines: the width of a full line of prose.
fn full_width(lines: &[Line]) -> usize {
    let widths = lines.iter().filter(|l| l.kind() == Kind::Text);
    percentile_90(widths.map(|l| l.raw.chars().count())).unwrap_or(80)
}

/// The `n * 9 / 10`-th smallest of `n` widths (0-based), as `select_nth_unstable` picks it.
///
/// Counted in a histogram (lines are short; the few longer than it holds are sorted on their
/// own): linear, and no selection algorithm of its own in the wasm.
fn percentile_90(widths: impl Iterator<Item = usize>) -> Option<usize> {
    const HELD: usize = 512;
    let mut counts = [0u32; HELD];
    let mut long: Vec<usize> = Vec::new();
    let mut n: usize = 0;
    for w in widths {
        match counts.get_mut(w) {
            Some(c) => *c += 1,
            None => long.push(w),
        }
        n += 1;
    }
    let k = (n * 9 / 10).min(n.checked_sub(1)?);
    let mut seen = 0;
    for (w, &c) in counts.iter().enumerate() {
        seen += c as usize;
        if seen > k {
            return Some(w);
        }
    }
    crate::sort::sort_by_key(&mut long, |&w| w);
    long.get(k - seen).copied()
}

/// The last "Table N" (as in "(Table 11)") mentioned in a paragraph.
fn last_table_mention(text: &str) -> Option<u32> {
    let pos = text.rfind("Table ")?;
    let digits: String = text[pos + 6..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// Lines after a caption searched for its header row.
const HEADER_WINDOW: usize = 6;

/// Whether the few lines at `body` (a header row, its cells possibly wrapped over lines) hold
/// every word of the first two of `columns`: "Area" / "Suggested Action" (plain `pdftotext`
/// prints the later header cells after the first column's cells). Two columns are needed to
/// tell one table's header from another's.
fn header_matches(lines: &[Line], body: usize, columns: &[String]) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(crate::case::lower_str)
            .collect()
    };
    let near: Vec<String> = lines
        .iter()
        .skip(body)
        .filter(|l| l.kind() != Kind::Blank)
        .take(HEADER_WINDOW)
        .flat_map(|l| words(l.text()))
        .collect();
    columns.len() >= 2
        && columns
            .iter()
            .take(2)
            .flat_map(|c| words(c))
            .all(|w| near.contains(&w))
}

#[cfg(test)]
mod tests {
    /// A copy out of Chrome's PDF viewer of Ghana 2020: the actions table's "(Cont.)" part comes
    /// after the first page of the reference list (entries 1–10). It is read as the table's
    /// second part, and the list goes on after it.
    #[test]
    fn a_continued_table_inside_the_reference_list() {
        let r = crate::parse(include_str!(
            "../tests/data/pdfium_ghana_2020_actions_cont_after_references.txt"
        ));
        let actions = &r.recommendations;
        assert_eq!(actions.len(), 20, "{actions:#?}");
        assert!(actions[4]
            .action
            .starts_with("Update the hazardous work list"));
        assert_eq!(actions[5].area, "Enforcement");
        assert_eq!(actions[15].area, "Coordination");
        assert_eq!(actions[16].area, "Government Policies");
        assert_eq!(actions[17].area, "Social Programs");
        assert!(r.references.len() >= 10);
        assert!(r.references[9]
            .text
            .starts_with("Ministry of Employment and Labour Relations"));
        assert!(r
            .references
            .iter()
            .all(|x| !x.text.contains("Suggested Action")));
    }

    /// The same from Timor-Leste 2018, whose second page prints the caption again with no
    /// "(Cont.)" ("Table 11. Suggested Government Actions to Eliminate Child Labor"): the same
    /// number and title continue the table, with a located warning.
    #[test]
    fn a_caption_printed_again_continues_its_table() {
        let r = crate::parse(include_str!(
            "../tests/data/pdfium_timor_leste_2018_actions_caption_again_after_references.txt"
        ));
        assert_eq!(r.tables.len(), 1);
        let actions = &r.recommendations;
        assert_eq!(actions.len(), 20);
        assert!(actions[8]
            .action
            .starts_with("Ensure that the Secretariat of State"));
        assert_eq!(actions[9].area, "Enforcement");
        assert!(actions[9].action.starts_with("Build enforcement capacity"));
        assert_eq!(actions[13].area, "Government Policies");
        assert_eq!(actions[19].area, "Social Programs");
        assert_eq!(r.references.len(), 22);
        assert!(r
            .warnings
            .iter()
            .any(|w| w.line > 0 && w.message.contains("appears twice")));
    }

    /// The same from Côte d’Ivoire 2020, whose second page of the actions table has no caption
    /// at all, only the header again ("Area Suggested Action Year(s)") after reference 27; the
    /// page-top name misread by a letter ("Côte d’lvoire") is furniture, not an action.
    #[test]
    fn the_header_again_continues_the_last_table() {
        let r = crate::parse(include_str!(
            "../tests/data/pdfium_cote_divoire_2020_actions_header_only_after_references.txt"
        ));
        let actions = &r.recommendations;
        assert_eq!(actions.len(), 14);
        assert_eq!(actions[7].area, "Government Policies");
        assert!(actions[7]
            .action
            .starts_with("Ensure that the National Action Plan"));
        assert_eq!(actions[9].area, "Social Programs");
        assert_eq!(
            actions[13].action,
            "Ensure that there are sufficient classrooms available for all students enrolled."
        );
        assert_eq!(r.references.len(), 27);
        assert!(r.references.iter().all(|x| !x.text.contains("Suggested")));
    }

    /// A copy out of Chrome's PDF viewer of Niue 2019 (whole): page 3's reference column comes
    /// before the end of its body, so sections V to VII and tables 5 and 6 stand after the list's
    /// first eleven entries. The body goes on at the next section's heading or the next table's
    /// caption, and the list is taken up again after the actions table.
    #[test]
    fn the_body_goes_on_after_the_reference_list_began() {
        let r = crate::parse(include_str!(
            "../tests/data/pdfium_niue_2019_body_after_references.txt"
        ));
        let numbers: Vec<u8> = r.sections.iter().map(|s| s.number).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(r.tables.len(), 6);
        assert_eq!(r.tables[4].title, "Key Policies Related to Child Labor");
        let actions = &r.recommendations;
        assert_eq!(actions.len(), 10);
        assert_eq!(actions[8].area, "Coordination");
        assert_eq!(actions[9].area, "Government Policies");
        assert_eq!(r.references.len(), 11);
        assert!(r.references.iter().all(|x| !x.text.contains("Suggested")));
    }

    #[test]
    fn percentile_90_is_the_sorted_widths_ninth_decile() {
        assert_eq!(super::percentile_90(std::iter::empty()), None);
        let mut seed: u64 = 7;
        for len in [1, 2, 9, 10, 11, 99, 100, 1000] {
            for spread in [40, 511, 512, 513, 3000] {
                let widths: Vec<usize> = (0..len)
                    .map(|_| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        (seed >> 33) as usize % spread
                    })
                    .collect();
                let mut sorted = widths.clone();
                sorted.sort_unstable();
                let k = (len * 9 / 10).min(len - 1);
                let got = super::percentile_90(widths.into_iter());
                assert_eq!(got, Some(sorted[k]), "{len} widths below {spread}");
            }
        }
    }

    use crate::report::Block;

    fn paragraphs(r: &crate::Report) -> Vec<String> {
        r.sections
            .iter()
            .flat_map(|s| {
                s.blocks
                    .iter()
                    .chain(s.subsections.iter().flat_map(|ss| &ss.blocks))
            })
            .filter_map(|b| match b {
                Block::Paragraph(p) => Some(p.text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_paragraph_cut_by_a_page_break_is_rejoined() {
        let text = "MINIMAL ADVANCEMENT\n\nIn 2018, Ruritania made a minimal advancement in efforts.\n\n\
                    I. PREVALENCE AND SECTORAL DISTRIBUTION OF CHILD LABOR\n\n\
                    Children work in the fields of the\n\nMINIMAL ADVANCEMENT\n\nnorthern provinces.(1)\n\nNext paragraph.\n";
        let r = crate::parse(text);
        assert_eq!(
            paragraphs(&r),
            [
                "Children work in the fields of the northern provinces.(1)",
                "Next paragraph."
            ]
        );
        assert_eq!(r.country.as_deref(), Some("Ruritania"));
    }

    #[test]
    fn wrapped_lines_join_and_short_sentence_ends_break() {
        let text = "Ruritania\nMODERATE ADVANCEMENT\nIn 2019, Ruritania made a moderate advancement in efforts to eliminate the worst forms of\n\
                    child labor.\nI. PREVALENCE AND SECTORAL DISTRIBUTION OF CHILD LABOR\n\
                    Children in Ruritania engage in the worst forms of child labor, including in agri-\n\
                    culture and in quarrying stone for the building trade in the capital city.\n\
                    A second paragraph starts here after a short line and goes on for a while longer.\n";
        let r = crate::parse(text);
        let p = paragraphs(&r);
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(
            p[0].contains("including in agriculture and in quarrying"),
            "{}",
            p[0]
        );
    }

    #[test]
    fn subsections_and_continued_tables() {
        let text = "In 2018, Ruritania made a minimal advancement in efforts.\n\n\
                    III. ENFORCEMENT OF LAWS ON CHILD LABOR\n\nIntro text.\n\nLabor Law Enforcement\n\n\
                    In 2018, labor law enforcement agencies took actions to combat child labor (Table 6).\n\n\
                    Table 6. Labor Law Enforcement Efforts\n\n| Overview | 2017 | 2018 |\n|---|---|---|\n| Inspectors | 320 (4) | 261 (29) |\n\n\
                    MINIMAL ADVANCEMENT\n\nTable 6. Labor Law Enforcement Efforts (Cont.)\n\n| Overview | 2017 | 2018 |\n|---|---|---|\n| Inspections | 10 | 11 |\n\n\
                    * Funded by the government of Ruritania.\n";
        let r = crate::parse(text);
        let s = &r.sections[0];
        assert_eq!(s.subsections[0].title, "Labor Law Enforcement");
        assert!(matches!(
            s.subsections[0].blocks[1],
            Block::Table { number: 6, .. }
        ));
        let t = r.table(6).unwrap();
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.continued.len(), 1);
        assert_eq!(t.notes[0].mark.as_deref(), Some("*"));
        assert_eq!(t.rows[0].cells[2].citations, [29]);
        assert_eq!(r.tables.len(), 1);
    }

    #[test]
    fn a_small_capital_caption_wrapped_onto_a_lower_case_line() {
        // pdf.js's copy of Gambia 2018's first table.
        let text = "I. PREVALENCE AND SECTORAL DISTRIBUTION OF CHILD LABOR\n\
            table 1. Statistics on children’s Work and\neducation\nchildren age Percent\n\
            Working (% and population) 5 to 14 20.1 (105,013)\n\
            Attending School (%) 5 to 14 63.6\n";
        let r = crate::parse(text);
        let t = &r.tables[0];
        assert_eq!(t.title, "Statistics on children’s Work and education");
        assert_eq!(t.columns, ["children", "age", "Percent"]);
        assert_eq!(t.rows[0].cells[0].text, "Working (% and population)");
    }

    #[test]
    fn misnumbered_and_split_headings() {
        let text = "In 2017, Ruritania made a minimal advancement in efforts.\n\n\
                    I. PREVALENCE AND SECTORAL DISTRIBUTION\nOF CHILD LABOR\nText one.\n\nII.\n\n\
                    LEGAL FRAMEWORK FOR CHILD LABOR\n\nText two.\n\nII. ENFORCEMENT OF LAWS ON CHILD LABOR\n\nText three.\n";
        let r = crate::parse(text);
        let got: Vec<_> = r
            .sections
            .iter()
            .map(|s| (s.numeral.as_str(), s.title.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("I", "Prevalence and Sectoral Distribution of Child Labor"),
                ("II", "Legal Framework for Child Labor"),
                ("III", "Enforcement of Laws on Child Labor")
            ]
        );
        assert!(r
            .warnings
            .iter()
            .any(|w| w.line == 13 && w.message.contains("numbered 3")));
    }

    #[test]
    fn an_ocr_table_number_follows_the_text_that_mentions_it() {
        let text = "In 2018, Ruritania made a minimal advancement in efforts.\n\n\
                    VII. SUGGESTED GOVERNMENT ACTIONS TO ELIMINATE CHILD LABOR\n\n\
                    Suggested actions are identified (Table 11).\n\nTable II. Suggested Government Actions\n\n\
                    | Area | Suggested Action | Year(s) Suggested |\n|---|---|---|\n\
                    | Enforcement | Increase the number of labor inspectors. | 2014 – 2018 |\n";
        let r = crate::parse(text);
        assert_eq!(r.tables[0].number, 11);
        assert_eq!(r.recommendations[0].area, "Enforcement");
        assert_eq!(
            r.recommendations[0].id,
            "ruritania-increase-the-number-of-labor-inspectors"
        );
    }

    /// `pdftotext -layout` and plain of the Afghanistan 2020 PDF: the actions table's second
    /// page is captioned "Table 6. Labor Law Enforcement Efforts … (Cont.)"; its Area / Suggested
    /// Action header makes it the continuation of table 11, not of table 6.
    #[test]
    fn misnumbered_continuation_goes_on_the_table_its_header_names() {
        for text in [
            include_str!("../tests/data/layout_afghanistan_2020_actions_cont_misnumbered.txt"),
            include_str!("../tests/data/plain_afghanistan_2020_actions_cont_misnumbered.txt"),
        ] {
            let r = crate::parse(text);
            let numbers: Vec<(u32, usize)> =
                r.tables.iter().map(|t| (t.number, t.rows.len())).collect();
            assert_eq!(numbers, [(6, 11), (11, 21)]);
            assert_eq!(r.recommendations.len(), 21);
            let last = r.recommendations.last().unwrap();
            assert!(last.action.starts_with("Build capacity for the government"));
            assert_eq!(last.area, "Social Programs");
            assert!(r
                .warnings
                .iter()
                .any(|w| w.message.contains("columns of table 11")));
        }
        let r = crate::parse(include_str!(
            "../tests/data/layout_afghanistan_2020_actions_cont_misnumbered.txt"
        ));
        assert!(!super::header_matches(
            &crate::lines::split("Overview of Labor Law Enforcement 2019 2020"),
            0,
            &r.tables[1].columns
        ));
    }
}
