//! `pdftotext -layout` tables: columns aligned with spaces.
//!
//! The scan has four steps, each linear in the lines it looks at:
//! 1. **Header.** The first one to [`MAX_HEADER_LINES`] lines after the caption whose cells are
//!    short labels ("Area  Suggested Action", with "Year(s)" above and "Suggested" below). Their
//!    segments, grouped by horizontal overlap, give the column names and start positions. A
//!    caption's wrapped tail ("Forms") above the header is skipped with a warning. A "(Cont.)"
//!    caption whose header is not repeated takes the `known` columns, and column positions from
//!    clusters of the body's aligned text.
//! 2. **Extent.** Body lines are taken until the next caption or heading, a footnote legend, page
//!    furniture (running footer, page number, the assessment label of a page top), a line of
//!    prose (one run of text starting left of the table or crossing a column gutter), or a blank
//!    gap after which the text no longer lines up with the columns. A header repeated at a page
//!    top inside the body is skipped, and its positions are taken for the lines below it.
//! 3. **Cells.** Each line is cut at runs of two or more spaces; each piece goes to the column
//!    whose start is nearest. Text far right of the header (chart labels of "Figure 1" beside
//!    Table 1) is side material and dropped with a warning. An area label printed one space
//!    before its first action (one piece running into the action column, "Legal Framework
//!    Ensure that …") is split off into the first column.
//! 4. **Rows.** A line starts a new row when the first column gets text again, when a short
//!    column ("Yes", "2015 – 2016") gets text again, or when a cell's previous line ended a
//!    sentence or citation (or stopped short of the column's width) and the new text starts a new
//!    phrase; otherwise it continues the row. A wrapped label beside the next item stays with its
//!    row. Tables whose cells are centred vertically (labels and years beside the middle of an
//!    action, as a browser prints HTML tables) are detected and read by [`centred_rows`].
//!
//! Column positions are counted in characters of [`Line::raw`], never bytes.

use super::{ends_table, join_text, Grid, RawRow, MAX_COLUMNS, MAX_ROWS};
use crate::lines::{strip_prefix_ci, Caption, Kind, Line};
use crate::markup::find_ci;
use crate::report::Warning;

/// Blank lines allowed between the caption and the header.
const MAX_LEADING_BLANKS: usize = 3;
/// Blank lines allowed inside a body (between rows, or before a row on the same page).
const MAX_BLANK_GAP: usize = 3;
/// Lines a header may span ("Year(s)" / "Area  Suggested Action" / "Suggested"). Bounds the
/// header search so a page of short lines is not all taken as a header.
const MAX_HEADER_LINES: usize = 4;
/// Most lines one table body may span; a longer run is cut so that one malformed page cannot make
/// the scanner hold the whole input.
const MAX_TABLE_LINES: usize = 4_000;
/// Spaces that separate two cells on a line.
const MIN_GAP: usize = 2;
/// How far left of a column's start a piece of text may begin and still belong to it (centred
/// and right-aligned figures drift by a character or two).
const START_SLACK: usize = 3;
/// Text starting this many characters right of the header's right edge is side material.
const SIDE_MARGIN: usize = 8;
/// Longest text of a "short" column: a mark, an age, a year span, a figure with its citation.
const SHORT_CELL: usize = 18;
/// A line that would have had room for the next line's first word, with this share of the
/// column's width, ended its paragraph. Below 1 because fonts are proportional.
const FIT_RATIO: f32 = 0.85;
/// Words of a header cell at most.
const MAX_HEADER_WORDS: usize = 5;

/// A run of text on one line: `start..end` in characters.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Seg<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

/// Cuts a line into runs separated by at least [`MIN_GAP`] spaces (a tab counts as a gap).
fn segments(raw: &str) -> Vec<Seg<'_>> {
    let mut out = Vec::new();
    let mut seg_start: Option<(usize, usize)> = None; // (char col, byte)
    let mut last_end = (0usize, 0usize); // (char col, byte) just past the last non-space
    let mut spaces = 0usize;
    // Bytes, not chars: the separators are ASCII or U+00A0, and a character's length is read
    // from its lead byte (the text is valid UTF-8), so nothing is decoded.
    let b = raw.as_bytes();
    let (mut col, mut byte) = (0usize, 0usize);
    while let Some(&x) = b.get(byte) {
        let len = match x {
            0..=0x7f => 1,
            0x80..=0xdf => 2,
            0xe0..=0xef => 3,
            _ => 4,
        };
        if x == b' ' || x == b'\t' || x == 0xc2 && b.get(byte + 1) == Some(&0xa0) {
            spaces += if x == b'\t' { MIN_GAP } else { 1 };
        } else {
            if let Some((s_col, s_byte)) = seg_start {
                if spaces >= MIN_GAP {
                    if let Some(text) = raw.get(s_byte..last_end.1) {
                        out.push(Seg {
                            start: s_col,
                            end: last_end.0,
                            text,
                        });
                    }
                    seg_start = Some((col, byte));
                }
            } else {
                seg_start = Some((col, byte));
            }
            spaces = 0;
            last_end = (col + 1, byte + len);
        }
        col += 1;
        byte += len;
    }
    if let Some((s_col, s_byte)) = seg_start {
        if let Some(text) = raw.get(s_byte..last_end.1) {
            out.push(Seg {
                start: s_col,
                end: last_end.0,
                text,
            });
        }
    }
    out
}

/// The segments of the lines one table scan looks at, each line cut once: the scan asks for a
/// line's segments several times (the reference list's title, prose, a repeated header, its
/// cells). Lines before `base`, the scan's start, are never asked for.
struct Cut<'l, 'a> {
    lines: &'l [Line<'a>],
    base: usize,
    segs: Vec<Option<Vec<Seg<'a>>>>,
}

impl<'l, 'a> Cut<'l, 'a> {
    fn new(lines: &'l [Line<'a>], base: usize) -> Self {
        Cut {
            lines,
            base,
            segs: Vec::new(),
        }
    }

    /// The segments of `lines[i]`; none past the end.
    fn at(&mut self, i: usize) -> &[Seg<'a>] {
        let (Some(line), Some(k)) = (self.lines.get(i), i.checked_sub(self.base)) else {
            return &[];
        };
        if self.segs.len() <= k {
            self.segs.resize_with(k + 1, || None);
        }
        match self.segs.get_mut(k) {
            Some(slot) => slot.get_or_insert_with(|| segments(line.raw)),
            None => &[],
        }
    }
}

/// Running page header or footer: "2016 FINDINGS ON THE WORST FORMS OF CHILD LABOR   7",
/// "BUREAU OF INTERNATIONAL LABOR AFFAIRS", a lone page number.
pub(crate) fn is_furniture(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() {
        return false;
    }
    find_ci(t, "FINDINGS ON THE WORST FORMS OF CHILD LABOR").is_some() && !t.contains('.')
        || find_ci(t, "BUREAU OF INTERNATIONAL LABOR AFFAIRS").is_some()
        || is_page_number(t)
        || is_assessment_label(t)
}

/// A lone page number: up to four digits, but not a year ("2020" heads a column of figures).
pub(crate) fn is_page_number(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty()
        && t.len() <= 4
        && t.bytes().all(|b| b.is_ascii_digit())
        && !(t.len() == 4 && (t.starts_with("19") || t.starts_with("20")))
}

/// The assessment label printed at each page top: "MINIMAL ADVANCEMENT", "Moderate Advancement",
/// "NO ADVANCEMENT – EFFORTS MADE BUT COMPLICIT IN FORCED CHILD LABOR".
pub(crate) fn is_assessment_label(t: &str) -> bool {
    // ASCII case folding suffices: no other character lower-cases to these words' letters.
    let t = t.trim();
    ["significant", "moderate", "minimal", "no"]
        .iter()
        .any(|l| {
            strip_prefix_ci(t, l)
                .is_some_and(|r| strip_prefix_ci(r.trim_start(), "advancement").is_some())
        })
        && !t.ends_with('.')
}

/// "2015", "2009 – 2016": a year or a year span.
fn is_yearish(s: &str) -> bool {
    let digits: Vec<&str> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .collect();
    !digits.is_empty()
        && digits.len() <= 2
        && digits
            .iter()
            .all(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
}

/// A header cell: a short label, no sentence end, no citation, no figures other than years.
fn is_header_cell(s: &str) -> bool {
    // Words counted only as far as the limit: a body line may be a long sentence.
    let words = s.split_whitespace().take(MAX_HEADER_WORDS + 1).count();
    words <= MAX_HEADER_WORDS
        && !s.ends_with('.')
        && !s.contains([',', ';'])
        && (!s.chars().any(|c| c.is_ascii_digit()) || is_yearish(s))
        && s.chars().any(char::is_alphanumeric)
}

fn is_header_line(cut: &mut Cut, i: usize) -> bool {
    cut.lines
        .get(i)
        .is_some_and(|line| line.kind() == Kind::Text && !is_furniture(line.text()))
        && cut.at(i).iter().all(|s| is_header_cell(s.text))
}

/// Most words of each piece of a header line above or below the main one ("Year(s)",
/// "Suggested", "Standards").
const MAX_FRAGMENT_WORDS: usize = 2;

/// A line above or below the main header line: a few capitalised labels.
fn is_header_fragment(cut: &mut Cut, i: usize) -> bool {
    is_header_line(cut, i)
        && cut.at(i).iter().all(|s| {
            s.text.split_whitespace().count() <= MAX_FRAGMENT_WORDS
                && s.text.starts_with(|c: char| c.is_uppercase() || c == '(')
        })
}

/// A column found from the header (or from the body's aligned text).
#[derive(Debug, Clone)]
struct Col {
    start: usize,
    end: usize,
    name: Vec<String>,
}

/// Reads the header lines from `i`; returns the columns and the index after the header.
fn read_header(cut: &mut Cut, i: usize) -> Option<(Vec<Col>, usize)> {
    let lines = cut.lines;
    // Lines above the main header line: a lone label well right of the next line's start.
    let mut j = i;
    let mut pre = Vec::new();
    while j < lines.len() && j < i + MAX_HEADER_LINES {
        let (Some(line), Some(next)) = (lines.get(j), lines.get(j + 1)) else {
            break;
        };
        // Labels above the main line ("Year(s)", or "Related … Year(s)" over "Area  Related
        // Entity …"), starting right of the next line's start.
        if line.indent().saturating_sub(next.indent()) as usize > START_SLACK
            && is_header_fragment(cut, j)
            && is_header_line(cut, j + 1)
        {
            pre.push(j);
            j += 1;
        } else {
            break;
        }
    }
    let main = lines.get(j)?;
    if !is_header_line(cut, j) {
        return None;
    }
    let mut cols: Vec<Col> = cut
        .at(j)
        .iter()
        .map(|s| Col {
            start: s.start,
            end: s.end,
            name: vec![s.text.to_string()],
        })
        .collect();
    // Lines below: labels with nothing at the table's left margin.
    let mut k = j + 1;
    let mut post = Vec::new();
    while k < lines.len() && k < j + MAX_HEADER_LINES {
        match lines.get(k) {
            Some(l)
                if l.indent().saturating_sub(main.indent()) > 2 && is_header_fragment(cut, k) =>
            {
                post.push(k);
                k += 1;
            }
            _ => break,
        }
    }
    let attach = |cols: &mut Vec<Col>, seg: &Seg, above: bool| {
        let hit = cols
            .iter_mut()
            .find(|c| seg.start < c.end + 1 && c.start < seg.end + 1);
        match hit {
            Some(c) => {
                if above {
                    c.name.insert(0, seg.text.to_string());
                } else {
                    c.name.push(seg.text.to_string());
                }
                c.start = c.start.min(seg.start);
                c.end = c.end.max(seg.end);
            }
            None => cols.push(Col {
                start: seg.start,
                end: seg.end,
                name: vec![seg.text.to_string()],
            }),
        }
    };
    for &p in pre.iter().rev() {
        for s in cut.at(p) {
            attach(&mut cols, s, true);
        }
    }
    for &p in &post {
        for s in cut.at(p) {
            attach(&mut cols, s, false);
        }
    }
    crate::sort::sort_by_key(&mut cols, |c| c.start);
    cols.truncate(MAX_COLUMNS);
    Some((cols, k))
}

/// True when the header just read repeats the `known` columns of a continued table.
fn same_columns(cols: &[Col], known: &[String]) -> bool {
    let a: Vec<String> = cols.iter().map(|c| c.name.join(" ")).collect();
    let a = crate::markup::slug(&a.join(" "), 16);
    let b = crate::markup::slug(&known.join(" "), 16);
    a == b || !a.is_empty() && (b.starts_with(&a) || a.starts_with(&b))
}

/// Starts of pieces of text this close to a cluster's range join it (a centred column's values
/// start a few characters apart: "2016" and "2014 – 2016").
const CLUSTER_GAP: usize = 8;

/// Column starts found from the body alone: clusters of the positions where pieces of text
/// start, at most `want` of them — the leftmost (the table's margin) and the most used others —
/// left to right.
fn columns_from_body(cut: &mut Cut, from: usize, want: usize) -> Vec<Col> {
    const SAMPLE: usize = 60; // lines looked at: enough to see every column, bounded.
                              // (first position, last position, count)
    let mut clusters: Vec<(usize, usize, usize)> = Vec::new();
    let lines = cut.lines;
    for (i, line) in lines.iter().enumerate().skip(from).take(SAMPLE) {
        if ends_table(line) || is_furniture(line.text()) || line.kind() == Kind::Legend {
            break;
        }
        for s in cut.at(i) {
            let near = clusters
                .iter_mut()
                .find(|(lo, hi, _)| s.start + CLUSTER_GAP >= *lo && s.start <= hi + CLUSTER_GAP);
            match near {
                Some(c) => {
                    c.0 = c.0.min(s.start);
                    c.1 = c.1.max(s.start);
                    c.2 += 1;
                }
                None => clusters.push((s.start, s.start, 1)),
            }
        }
    }
    crate::sort::sort_by_key(&mut clusters, |c| c.0);
    let mut chosen: Vec<(usize, usize, usize)> = Vec::new();
    if !clusters.is_empty() {
        chosen.push(clusters.remove(0));
    }
    crate::sort::sort_by(&mut clusters, |a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    chosen.extend(
        clusters
            .into_iter()
            .take(want.clamp(1, MAX_COLUMNS).saturating_sub(1)),
    );
    crate::sort::sort_by_key(&mut chosen, |c| c.0);
    chosen
        .into_iter()
        .map(|(p, _, _)| Col {
            start: p,
            end: p,
            name: Vec::new(),
        })
        .collect()
}

/// Starts with a lower-case letter: the middle of a phrase.
fn starts_lower(s: &str) -> bool {
    s.starts_with(char::is_lowercase)
}

/// Starts with a citation group "(8,103) …": the tail of the sentence above.
fn starts_citation(s: &str) -> bool {
    s.strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .is_some_and(|(inner, _)| {
            !inner.is_empty()
                && inner
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ',' | '-' | '–' | ' '))
        })
}

/// Ends a sentence, a citation or a quotation: "… contract.", "(1-3,8)", "… Act”".
fn ends_finished(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| crate::markup::is_mark(c) || c == ' ');
    t.ends_with(['.', ')', '”', '"', '!', '?', ':'])
}

/// Ends with a citation group right after a word, not after a sentence: "… cotton (3-5, 9)".
/// Items of a list (activities, sectors) end so; sentences of a description end ".(40)".
fn ends_item_citation(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| crate::markup::is_mark(c) || c == ' ');
    let Some(body) = t.strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let inner = body.get(open + 1..).unwrap_or("");
    let before = body.get(..open).unwrap_or("").trim_end();
    !inner.is_empty()
        && inner
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '-' | '–' | ' '))
        && before.ends_with(|c: char| c.is_alphabetic() || crate::markup::is_mark(c))
}

/// Stops mid-phrase: a comma, a hyphen, "to", "of" …, or a connective before a word in brackets.
fn ends_unfinished(s: &str) -> bool {
    const WORDS: [&str; 16] = [
        "to", "in", "of", "and", "the", "for", "with", "a", "an", "on", "by", "or", "from", "at",
        "as", "that",
    ];
    let t = s.trim_end();
    let unclosed = t.matches('(').count() > t.matches(')').count();
    // A word in brackets after a connective goes on too: "Recruitment of Children by (State)".
    let bracketed = t
        .strip_suffix(')')
        .and_then(|b| b.rfind(" (").map(|open| (&b[..open], &b[open + 2..])))
        .filter(|(_, word)| !word.is_empty() && word.chars().all(char::is_alphabetic))
        .map_or("", |(before, _)| before);
    unclosed
        || t.ends_with([',', ';', '(', '-', '–', '/'])
        || WORDS.contains(&t.rsplit(' ').next().unwrap_or(""))
        || WORDS.contains(&bracketed.rsplit(' ').next().unwrap_or(""))
}

/// A laws table's standard wrapped over lines its values stand between: a line that goes on
/// with a standard cut short continues the row (unless it brings another value to a column of
/// short values the row has one in: a "Related Entity" sub-row), one that starts a standard
/// after a whole one starts a row (`legal_blocks::STANDARDS`); `None` for any other line.
fn standard_step(row: &RawRow, cells: &[Option<String>], short: &[bool]) -> Option<Step> {
    use super::legal_blocks::{is_standard, starts_standard};
    let t = cells.first()?.as_deref()?;
    let above = row.cells.first().filter(|a| !a.is_empty())?;
    let joined = format!("{above} {t}");
    let whole = is_standard(above);
    let second_value = cells.iter().enumerate().skip(1).any(|(c, text)| {
        text.is_some()
            && short.get(c).copied().unwrap_or(false)
            && row.cells.get(c).is_some_and(|x| !x.is_empty())
    });
    if !whole && starts_standard(above) && starts_standard(&joined) && !second_value {
        Some(Step::Continue)
    } else if whole && starts_standard(t) && !starts_standard(&joined) {
        Some(Step::New)
    } else {
        None
    }
}

/// Rows of a table body, built line by line.
struct Rows {
    rows: Vec<RawRow>,
    /// Per column: the last piece of text of the current row.
    last: Vec<Option<String>>,
    width: Vec<usize>,
    short: Vec<bool>,
    capped: bool,
}

/// How a line's text relates to the current row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Continue the current row.
    Continue,
    /// Start a new row.
    New,
    /// Start a new row, but the first column's text goes on the row above: its label wraps
    /// ("Categorical Worst Forms of" / "Child Labor‡") beside the next item.
    NewKeepLabel,
}

impl Rows {
    /// True when `prev` ended its paragraph: the next line's first word would have fit.
    fn hard_break(&self, c: usize, prev: &str, next: &str) -> bool {
        let first = next
            .split_whitespace()
            .next()
            .map_or(0, |w| w.chars().count());
        let room = self.width.get(c).copied().unwrap_or(0) as f32 * FIT_RATIO;
        (prev.chars().count() + 1 + first) as f32 <= room
    }

    fn step(&self, cells: &[Option<String>], after_blank: bool) -> Step {
        let Some(row) = self.rows.last() else {
            return Step::New;
        };
        if let Some(step) = standard_step(row, cells, &self.short) {
            return step;
        }
        let (mut new, mut cont) = (0u32, 0u32);
        let mut label_cont = false;
        let mut strong_new = false;
        for (c, text) in cells.iter().enumerate() {
            let Some(t) = text else { continue };
            let had = row.cells.get(c).is_some_and(|x| !x.is_empty());
            let prev = self.last.get(c).and_then(|p| p.as_deref());
            // A laws table's sub-row under its standard ("Prohibition of Military Recruitment" /
            // "State Compulsory   Yes   20 …") is a row of its own.
            if c == 0 && super::legal::is_sub_row(t) {
                return Step::New;
            }
            if !had {
                if c == 0 {
                    if starts_lower(t) {
                        cont += 2;
                    } else {
                        return Step::New;
                    }
                }
                continue;
            }
            let Some(prev) = prev else { continue };
            if starts_lower(t) || ends_unfinished(prev) || starts_citation(t) {
                cont += 2;
                label_cont |= c == 0;
            } else if self.short.get(c).copied().unwrap_or(false) && !t.starts_with('(') {
                return Step::New;
            } else if ends_finished(prev) {
                new += 2;
                strong_new |= c > 0 && (self.hard_break(c, prev, t) || ends_item_citation(prev));
            } else if self.hard_break(c, prev, t) {
                new += 1;
            } else {
                cont += 1;
                label_cont |= c == 0;
            }
        }
        if new > cont || after_blank && !cells.iter().flatten().all(|t| starts_lower(t)) {
            Step::New
        } else if strong_new && label_cont {
            Step::NewKeepLabel
        } else {
            Step::Continue
        }
    }

    fn push_line(
        &mut self,
        no: usize,
        mut cells: Vec<Option<String>>,
        after_blank: bool,
        warnings: &mut Vec<Warning>,
    ) {
        let mut step = self.step(&cells, after_blank);
        // A wrapped area or sector label ("Government" / "Policies") beside the next item: the
        // label goes on the row above when only the two lines together name one.
        if step == Step::New {
            let above = self.rows.last().and_then(|r| r.cells.first());
            if let (Some(above), Some(Some(t))) = (above, cells.first()) {
                let names = |l: &str| {
                    super::stream::area_of_label(l).is_some()
                        || super::stream::sector_of_label(l).is_some()
                };
                if !above.is_empty() && !names(above) && names(&format!("{above} {t}")) {
                    step = Step::NewKeepLabel;
                }
            }
        }
        if step != Step::Continue {
            if step == Step::NewKeepLabel {
                if let (Some(row), Some(label)) = (self.rows.last_mut(), cells.first_mut()) {
                    if let (Some(cell), Some(t)) = (row.cells.first_mut(), label.take()) {
                        join_text(cell, &t);
                    }
                }
            }
            if self.rows.len() >= MAX_ROWS {
                if !self.capped {
                    self.capped = true;
                    warnings.push(Warning {
                        line: no,
                        message: format!("table cut after {MAX_ROWS} rows"),
                    });
                }
                return;
            }
            self.rows.push(RawRow {
                line: no,
                cells: vec![String::new(); cells.len()],
            });
            self.last = vec![None; cells.len()];
        }
        let Some(row) = self.rows.last_mut() else {
            return;
        };
        for (c, text) in cells.into_iter().enumerate() {
            let Some(t) = text else { continue };
            if let Some(cell) = row.cells.get_mut(c) {
                join_text(cell, &t);
            }
            if let Some(l) = self.last.get_mut(c) {
                *l = Some(t);
            }
        }
    }
}

/// The column a piece of text starting at `start` belongs to: the one whose start is nearest.
/// Left-aligned cells start at their column's start; centred ones (a year under a wide
/// "Year(s) Suggested", or a body under a centred header) start near it on either side.
fn column_of(cols: &[Col], start: usize) -> usize {
    cols.iter()
        .enumerate()
        // On a tie, the later column: a left-aligned cell starts at its own column's start.
        .min_by_key(|(i, c)| (c.start.abs_diff(start), std::cmp::Reverse(*i)))
        .map_or(0, |(i, _)| i)
}

/// A line of prose: one run of at least six words that starts left of the table or crosses a
/// column gutter.
fn is_prose(cut: &mut Cut, i: usize, cols: &[Col]) -> bool {
    let [seg] = cut.at(i) else {
        return false;
    };
    if seg.text.split_whitespace().take(6).count() < 6 {
        return false;
    }
    let left = cols.first().map_or(0, |c| c.start);
    let crosses =
        column_of(cols, seg.start) == 0 && cols.get(1).is_some_and(|c1| seg.end > c1.start + 1);
    seg.start < left || crosses
}

/// The title of the reference list, alone or beside the list's first entries in the right-hand
/// column of a two-column page ("REFERENCES        6. U.S. Embassy- Nairobi. reporting, …"):
/// the table above has ended, whether or not the line was read as a heading.
fn starts_references(cut: &mut Cut, i: usize) -> bool {
    cut.at(i)
        .first()
        .is_some_and(|s| super::stream::is_references(s.text))
}

/// After a blank gap: does this line still line up with the columns?
fn lines_up(cut: &mut Cut, i: usize, cols: &[Col], right: usize) -> bool {
    if cut
        .lines
        .get(i)
        .is_none_or(|line| line.kind() != Kind::Text || is_furniture(line.text()))
        || is_prose(cut, i, cols)
    {
        return false;
    }
    let left = cols.first().map_or(0, |c| c.start);
    let segs = cut.at(i);
    segs.iter().all(|s| {
        s.start > right
            || cols
                .iter()
                .any(|c| s.start.abs_diff(c.start) <= START_SLACK)
            || cols.last().is_some_and(|c| s.start >= c.start)
    }) && segs
        .first()
        .is_some_and(|s| s.start <= right && s.start >= left)
}

/// Reads a layout table body.
pub(crate) fn scan(
    lines: &[Line],
    start: usize,
    _caption: &Caption,
    known: Option<&[String]>,
) -> Grid {
    let mut grid = Grid {
        end: start,
        ..Grid::default()
    };
    let leading = lines
        .iter()
        .skip(start)
        .take_while(|l| l.kind() == Kind::Blank)
        .count();
    if leading > MAX_LEADING_BLANKS {
        return grid;
    }
    let first = start + leading;
    let Some(first_line) = lines.get(first) else {
        return grid;
    };
    if ends_table(first_line) {
        return grid;
    }
    let cut = &mut Cut::new(lines, start);
    let mut header = read_header(cut, first);
    if header.as_ref().is_none_or(|h| h.0.len() < 2) {
        // The caption may wrap ("… Including its Worst" / "Forms", "… Work and" / "Education"
        // beside a chart title): a header with more columns just below wins.
        let next = (first + 1..first + 1 + MAX_LEADING_BLANKS)
            .find(|&j| lines.get(j).is_some_and(|l| l.kind() != Kind::Blank));
        if let Some((cols, after)) = next.and_then(|j| read_header(cut, j)) {
            if cols.len() >= 2 {
                grid.warnings.push(Warning {
                    line: first_line.no(),
                    message: format!(
                        "{:?} read as the end of the caption above, not as a table row",
                        first_line.text()
                    ),
                });
                header = Some((cols, after));
            }
        }
    }
    let (mut cols, body) = match (header, known) {
        (Some((cols, _)), Some(known)) if !same_columns(&cols, known) && cols.len() < 2 => {
            // Not a repeated header: a body line that happens to look like a label ("UN CRC").
            (columns_from_body(cut, first, known.len()), first)
        }
        (Some((cols, after)), _) => (cols, after),
        (None, Some(known)) => (columns_from_body(cut, first, known.len()), first),
        (None, None) => {
            grid.warnings.push(Warning {
                line: first_line.no(),
                message: "layout table without a recognisable header; columns taken from the aligned text".into(),
            });
            (columns_from_body(cut, first, MAX_COLUMNS), first)
        }
    };
    if cols.is_empty() {
        return grid;
    }
    let named = cols.iter().any(|c| !c.name.is_empty());
    grid.columns = match known {
        Some(k) if !named => k.to_vec(),
        _ => cols.iter().map(|c| c.name.join(" ")).collect(),
    };
    let mut right = if named {
        cols.iter().map(|c| c.end).max().unwrap_or(0) + SIDE_MARGIN
    } else {
        usize::MAX
    };

    // Pass 1: the body's extent and its cells, line by line.
    let mut body_lines: Vec<(usize, Vec<Option<String>>, bool)> = Vec::new();
    let mut after_blank = false;
    let mut i = body;
    let mut end = body;
    let limit = body.saturating_add(MAX_TABLE_LINES).min(lines.len());
    while i < limit {
        let Some(line) = lines.get(i) else { break };
        if ends_table(line)
            || line.kind() == Kind::Legend
            || is_furniture(line.text())
            || starts_references(cut, i)
        {
            break;
        }
        if line.kind() == Kind::Blank {
            let gap = lines
                .iter()
                .skip(i)
                .take(MAX_BLANK_GAP + 1)
                .take_while(|l| l.kind() == Kind::Blank)
                .count();
            match lines.get(i + gap) {
                Some(next)
                    if gap <= MAX_BLANK_GAP
                        && !ends_table(next)
                        && lines_up(cut, i + gap, &cols, right) =>
                {
                    i += gap;
                    after_blank = true;
                    continue;
                }
                _ => break,
            }
        }
        if is_prose(cut, i, &cols) || line.kind() != Kind::Text && line.kind() != Kind::TabRow {
            break;
        }
        // The header repeated at a page top inside the table (a converter that repeats table
        // headers): skip it, and take the column positions of the new page from it.
        if named && is_header_line(cut, i) {
            if let Some((again, after)) = read_header(cut, i) {
                if again.len() == cols.len() && same_columns(&again, &grid.columns) && after > i {
                    right = right.max(again.iter().map(|c| c.end).max().unwrap_or(0) + SIDE_MARGIN);
                    cols = again;
                    // after > i (checked above): the scan always moves on.
                    i = after;
                    end = i;
                    continue;
                }
            }
        }
        let mut cells: Vec<Option<String>> = vec![None; cols.len()];
        // (end, column) of the line's previous piece.
        let mut prev_seg: Option<(usize, usize)> = None;
        for seg in cut.at(i) {
            if seg.start > right {
                grid.warnings.push(Warning {
                    line: line.no(),
                    message: format!(
                        "dropped {:?} beside the table (not in any column)",
                        seg.text
                    ),
                });
                continue;
            }
            let mut c = column_of(&cols, seg.start);
            // A double space typed inside a sentence ("… governments on  the number of …")
            // is no gutter when the next piece starts well left of the column it is nearest.
            if let Some((end, pc)) = prev_seg {
                let narrow = seg.start.saturating_sub(end) <= MIN_GAP;
                let left_of_col = cols
                    .get(c)
                    .is_some_and(|col| seg.start + START_SLACK < col.start);
                if c > pc && narrow && left_of_col {
                    c = pc;
                }
            }
            prev_seg = Some((seg.end, c));
            // "Legal Framework Ensure that …": an area label printed one space before its first
            // action runs on into the next column as one piece (Thailand 2018).
            let split = (c == 0 && cols.get(1).is_some_and(|next| seg.end > next.start))
                .then(|| super::stream::area_before_action(seg.text))
                .flatten();
            match split {
                Some((_, label, rest)) => {
                    add_piece(&mut cells, 0, label);
                    add_piece(&mut cells, 1, rest);
                    prev_seg = Some((seg.end, 1));
                }
                None => add_piece(&mut cells, c, seg.text),
            }
        }
        if cells.iter().any(Option::is_some) {
            body_lines.push((line.no(), cells, after_blank));
            after_blank = false;
        }
        i += 1;
        end = i;
    }
    grid.end = end;

    // Column widths and short columns, from the body's text.
    let n = cols.len();
    let mut width = vec![0usize; n];
    let mut short = vec![true; n];
    let mut filled = vec![0usize; n];
    let mut prev: Option<&Vec<Option<String>>> = None;
    for (_, cells, _) in &body_lines {
        // Every line has one slot per column (`cells` is built `cols.len()` wide, and a repeated
        // header only replaces the columns with as many), so the zip loses nothing.
        let slots = width
            .iter_mut()
            .zip(short.iter_mut())
            .zip(filled.iter_mut());
        for (c, (t, ((w, sh), f))) in cells.iter().zip(slots).enumerate() {
            if let Some(t) = t {
                let len = t.chars().count();
                *w = (*w).max(len);
                // A column whose text wraps onto a lower-case line is a narrow text column,
                // not a column of short values.
                let wraps =
                    starts_lower(t) && prev.is_some_and(|p| p.get(c).is_some_and(Option::is_some));
                *sh &= len <= SHORT_CELL && !wraps;
                *f += 1;
            }
        }
        prev = Some(cells);
    }
    for (c, (s, f)) in short.iter_mut().zip(&filled).enumerate() {
        // The first column is never "short": its labels decide rows on their own.
        *s &= c > 0 && *f > 0;
    }

    // Pass 2: rows.
    if let Some(rows) = centred_rows(&body_lines, &short, &width_chars(&body_lines, n)) {
        grid.warnings.push(Warning {
            line: body_lines.first().map_or(0, |b| b.0),
            message: "layout table with vertically centred cells: rows cut at the ends of the longest column's cells".into(),
        });
        grid.rows = rows;
        return grid;
    }
    let mut rows = Rows {
        rows: Vec::new(),
        last: Vec::new(),
        width,
        short: short.clone(),
        capped: false,
    };
    for (no, cells, after_blank) in body_lines {
        rows.push_line(no, cells, after_blank, &mut grid.warnings);
    }
    grid.rows = merge_paragraphs(merge_keyless(rows.rows, &short));
    if known.is_none() {
        regroup_centred_labels(&mut grid);
    }
    grid
}

/// Adds a piece of a line to its column's text on that line.
fn add_piece(cells: &mut [Option<String>], c: usize, text: &str) {
    if let Some(cell) = cells.get_mut(c) {
        match cell {
            Some(t) => {
                t.push(' ');
                t.push_str(text);
            }
            None => *cell = Some(text.to_string()),
        }
    }
}

/// Characters of text per column over the body.
fn width_chars(body: &[BodyLine], n: usize) -> Vec<usize> {
    let mut out = vec![0usize; n];
    for (_, cells, _) in body {
        for (c, t) in cells.iter().enumerate() {
            if let (Some(t), Some(o)) = (t, out.get_mut(c)) {
                *o += t.chars().count();
            }
        }
    }
    out
}

/// Key values or label starts beside the inside of a main cell needed to read a table as
/// vertically centred (one could be a converter's slip).
const CENTRED_MIN: usize = 2;

/// One body line: its number, its text per column, and whether a blank gap stood before it.
type BodyLine = (usize, Vec<Option<String>>, bool);

/// Rows of a table whose cells are centred vertically (a converter's print of an HTML table):
/// the label and the year span of a row stand beside the middle of its main cell, not its
/// first line. Detected when key values (the short column with the most values) or the first
/// lines of labels stand beside lines that go on a cell of the main column (the column with the
/// most text). Then the main column alone is cut into cells — one per key value when there is a
/// key column, else at sentence ends before short lines — and every other piece of text joins
/// the row it stands beside. `None` for a table with top-aligned cells, as the reports print
/// them.
fn centred_rows(body: &[BodyLine], short: &[bool], chars: &[usize]) -> Option<Vec<RawRow>> {
    // The main column is a text column right of the labels.
    let main = (1..chars.len())
        .filter(|&c| !short.get(c).copied().unwrap_or(false))
        .max_by_key(|&c| chars.get(c).copied().unwrap_or(0))?;
    let key_count = |c: usize| {
        body.iter()
            .filter(|b| b.1.get(c).is_some_and(Option::is_some))
            .count()
    };
    let key = (0..chars.len())
        .filter(|&c| short.get(c).copied().unwrap_or(false))
        .max_by_key(|&c| key_count(c));
    let label = Some(0);
    // Key values and label starts, and how many of them stand beside the inside of a main cell.
    let (mut anchors, mut misplaced) = (0usize, 0usize);
    let mut prev_main: Option<&str> = None;
    let mut prev_label = false;
    for (_, cells, _) in body {
        let has = |c: Option<usize>| c.is_some_and(|c| cells.get(c).is_some_and(Option::is_some));
        let main_text = cells.get(main).and_then(|t| t.as_deref());
        let inside = match main_text {
            Some(t) => starts_lower(t) || starts_citation(t),
            None => prev_main.is_some_and(|p| !ends_finished(p)),
        };
        let label_start = has(label) && !prev_label;
        for anchor in [has(key), label_start] {
            if anchor {
                anchors += 1;
                misplaced += usize::from(inside);
            }
        }
        prev_label = has(label);
        if main_text.is_some() {
            prev_main = main_text;
        }
    }
    let all = misplaced >= 1 && misplaced == anchors;
    if !all && (misplaced < CENTRED_MIN || misplaced * 3 < anchors) {
        return None;
    }
    let keys = key.map(key_count);
    let mains: Vec<(usize, &str)> = body
        .iter()
        .enumerate()
        .filter_map(|(b, (_, cells, _))| cells.get(main).and_then(|t| t.as_deref()).map(|t| (b, t)))
        .collect();
    let points = row_points(body, key, &mains, keys);
    let ranges = cell_ranges(&points, &mains);
    let width = chars.len();
    let mut rows: Vec<RawRow> = ranges
        .iter()
        .map(|&(first, _)| RawRow {
            line: body.get(first).map_or(0, |b| b.0),
            cells: vec![String::new(); width],
        })
        .take(MAX_ROWS)
        .collect();
    if rows.is_empty() {
        return None;
    }
    // One pass: the row pointer only moves forward.
    let mut r = 0;
    for (b, (_, cells, _)) in body.iter().enumerate() {
        r = row_at(&ranges, r, b);
        let Some(row) = rows.get_mut(r) else { break };
        for (c, t) in cells.iter().enumerate() {
            if let (Some(t), Some(cell)) = (t, row.cells.get_mut(c)) {
                join_text(cell, t);
            }
        }
    }
    Some(rows)
}

/// Where to cut the main column's lines (`mains`: body line, text) into the rows of a centred
/// table: with a key column of `n` values, into `n` cells, unless cutting at every likely gap
/// gives more cells whose middles the key values stand beside better — a row printed with no
/// key value (an action with no year) — for a centred cell has its key beside its middle.
fn row_points(
    body: &[BodyLine],
    key: Option<usize>,
    mains: &[(usize, &str)],
    n: Option<usize>,
) -> Vec<usize> {
    let texts: Vec<&str> = mains.iter().map(|m| m.1).collect();
    let by_keys = super::stream::split_points(&texts, n);
    let Some(key) = key else { return by_keys };
    let by_gaps = super::stream::split_points(&texts, None);
    if by_gaps.len() <= by_keys.len() {
        return by_keys;
    }
    let keys: Vec<usize> = body
        .iter()
        .enumerate()
        .filter(|(_, b)| b.1.get(key).is_some_and(Option::is_some))
        .map(|(i, _)| i)
        .collect();
    if misfit(&by_gaps, mains, &keys) < misfit(&by_keys, mains, &keys) {
        by_gaps
    } else {
        by_keys
    }
}

/// How far the key values (at body lines `keys`, in order) stand from the middles of the cells
/// `points` cuts the main column into: per key, twice its distance in lines from its cell's
/// middle, and 2 more for each key after the first in one cell. A key between two cells counts
/// for the nearer.
fn misfit(points: &[usize], mains: &[(usize, &str)], keys: &[usize]) -> usize {
    let ranges = cell_ranges(points, mains);
    let (mut cost, mut r, mut prev) = (0, 0, None);
    for &k in keys {
        r = row_at(&ranges, r, k);
        let Some(&(first, last)) = ranges.get(r) else {
            break;
        };
        cost += (2 * k).abs_diff(first + last);
        if prev == Some(r) {
            cost += 2;
        }
        prev = Some(r);
    }
    cost
}

/// The body-line range (first, last) of each cell `points` cuts the main column's lines
/// (`mains`: body line, text) into.
fn cell_ranges(points: &[usize], mains: &[(usize, &str)]) -> Vec<(usize, usize)> {
    points
        .windows(2)
        .filter_map(|w| Some((mains.get(w[0])?.0, mains.get(w[1].checked_sub(1)?)?.0)))
        .collect()
}

/// The cell body line `b` goes with, from cell `r` on (lines come in order, so the cell only
/// moves forward): past a cell's last line, the next cell once it is as near.
fn row_at(ranges: &[(usize, usize)], mut r: usize, b: usize) -> usize {
    while let (Some(&(_, last)), Some(&(first, _))) = (ranges.get(r), ranges.get(r + 1)) {
        if last < b && (first <= b || first - b <= b - last) {
            r += 1;
        } else {
            break;
        }
    }
    r
}

/// Labels centred over a group of rows (sectors over their activities in some years' reports)
/// stand beside a middle row, so the first row of the table has none. When the labels are of a
/// known family (sectors, areas), they are given to their rows by the ordered keyword split,
/// each label kept near the row it was printed beside.
fn regroup_centred_labels(grid: &mut Grid) {
    let first_blank = grid
        .rows
        .first()
        .is_some_and(|r| r.cells.first().is_none_or(|c| c.is_empty()));
    if !first_blank || grid.rows.len() < 2 || grid.columns.len() < 2 {
        return;
    }
    let labels: Vec<(usize, String)> = grid
        .rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            r.cells
                .first()
                .filter(|c| !c.is_empty())
                .map(|c| (i, c.clone()))
        })
        .collect();
    if labels.is_empty() {
        return;
    }
    let items: Vec<String> = grid
        .rows
        .iter()
        .map(|r| r.cells.get(1).cloned().unwrap_or_default())
        .collect();
    if let Some(new) = super::stream::regroup_labels(&items, &labels) {
        for (row, label) in grid.rows.iter_mut().zip(new) {
            if let Some(c) = row.cells.first_mut() {
                *c = label;
            }
        }
        grid.warnings.push(Warning {
            line: grid.rows.first().map_or(0, |r| r.line),
            message: "labels centred beside their rows given to the rows by keyword, in their printed order".into(),
        });
    }
}

/// Share of rows a short column must fill to count as the key of each row (the "Year(s)
/// Suggested" column), in percent.
const KEY_SHARE: usize = 80;

/// When one short column is filled on nearly every row, a row with neither that column nor a
/// first cell is the tail of the row above that a sentence end split off ("… in schools. Make
/// additional efforts …"): merge it back.
fn merge_keyless(rows: Vec<RawRow>, short: &[bool]) -> Vec<RawRow> {
    let total = rows.len();
    let key = short
        .iter()
        .enumerate()
        .filter(|(_, s)| **s)
        .map(|(c, _)| c)
        .find(|&c| {
            let filled = rows
                .iter()
                .filter(|r| r.cells.get(c).is_some_and(|x| !x.is_empty()))
                .count();
            total >= 2 && filled * 100 >= total * KEY_SHARE
        });
    let Some(key) = key else {
        return rows;
    };
    let mut out: Vec<RawRow> = Vec::with_capacity(total);
    for row in rows {
        let keyless = row.cells.get(key).is_none_or(|x| x.is_empty())
            && row.cells.first().is_none_or(|x| x.is_empty());
        match out.last_mut() {
            Some(prev) if keyless => {
                for (a, b) in prev.cells.iter_mut().zip(row.cells) {
                    if !b.is_empty() {
                        join_text(a, &b);
                    }
                }
            }
            _ => out.push(row),
        }
    }
    out
}

/// Share of rows (percent) with a first cell above which the table is one-row-per-label (an
/// agency, a policy, a program) rather than a label over several items.
const LABELLED_SHARE: usize = 70;

/// In a table whose rows nearly all have a first cell, a row without one is a further paragraph
/// of the description above ("Includes: …", "During the reporting period, …"): merge it back.
fn merge_paragraphs(rows: Vec<RawRow>) -> Vec<RawRow> {
    let total = rows.len();
    let labelled = rows
        .iter()
        .filter(|r| r.cells.first().is_some_and(|x| !x.is_empty()))
        .count();
    if total < 3 || labelled * 100 < total * LABELLED_SHARE || labelled == total {
        return rows;
    }
    let mut out: Vec<RawRow> = Vec::with_capacity(total);
    for row in rows {
        let unlabelled = row.cells.first().is_none_or(|x| x.is_empty());
        match out.last_mut() {
            Some(prev) if unlabelled => {
                for (a, b) in prev.cells.iter_mut().zip(row.cells) {
                    if !b.is_empty() {
                        join_text(a, &b);
                    }
                }
            }
            _ => out.push(row),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    fn caption() -> Caption {
        Caption {
            number_text: "11".into(),
            number: Some(11),
            title: "Suggested Government Actions".into(),
            continued: false,
        }
    }

    fn scan_text(text: &str, known: Option<&[String]>) -> Grid {
        let lines = split(text);
        let cap = lines
            .iter()
            .position(|l| l.kind() == Kind::Caption)
            .unwrap_or(0);
        scan(&lines, cap + 1, &caption(), known)
    }

    #[test]
    fn a_word_in_brackets_after_a_connective_continues_the_cell() {
        // `pdftotext -layout` of Albania 2021's laws table.
        let text = "Table 4. Laws and Regulations on Child Labor\n\
            \x20                                           Meets\n\
            \x20Standard                                   International      Age       Legislation\n\
            \x20                                           Standards\n\
            \x20Minimum Age for Voluntary State            Yes                18        Article 9 of the Law on Military Service (37)\n\
            \x20Military Recruitment\n\
            \x20Prohibition of Compulsory                  N/A*                         Article 9 of the Law on Military Service (37)\n\
            \x20Recruitment of Children by (State)\n\
            \x20Military\n\
            \x20Compulsory Education Age                   Yes                16        Article 22 of the Law on Pre-University Education System (38)\n";
        let g = scan_text(text, None);
        let names: Vec<&str> = g.rows.iter().map(|r| r.cells[0].as_str()).collect();
        assert_eq!(
            names,
            [
                "Minimum Age for Voluntary State Military Recruitment",
                "Prohibition of Compulsory Recruitment of Children by (State) Military",
                "Compulsory Education Age"
            ]
        );
        assert!(!ends_unfinished("Ministry of Labor (MOL)"));
    }

    #[test]
    fn a_standard_wrapped_around_its_values_stays_one_row() {
        // `pdftotext -layout` of Afghanistan 2013 (values centred beside a wrapped standard)
        // and Chile 2017 (a standard's last word beside a law's last line).
        let text = "Table 4. Laws and Regulations Related to Child Labor\n\
            \x20Standard                                          Yes/No         Age      Related Legislation\n\
            \x20Minimum Age for Hazardous Work                       Yes         18       Labor Law (40)\n\
            \x20List of Hazardous Occupations Prohibited\n\
            \x20                                                     Yes                  List of Prohibited Jobs for Child Laborers (41, 42)\n\
            \x20for Children\n\
            \x20Prohibition of Using Children in Illicit            Yes                  Paragraph 1, Article 19 of Law No.\n\
            \x20Activities                                                                20.000; Law No. 20.084 (38; 39)\n\
            \x20Free Public Education                                Yes                  Constitution (43)\n";
        let g = scan_text(text, None);
        let rows: Vec<Vec<&str>> = g.texts();
        assert_eq!(
            rows,
            [
                vec![
                    "Minimum Age for Hazardous Work",
                    "Yes",
                    "18",
                    "Labor Law (40)"
                ],
                vec![
                    "List of Hazardous Occupations Prohibited for Children",
                    "Yes",
                    "",
                    "List of Prohibited Jobs for Child Laborers (41, 42)"
                ],
                vec![
                    "Prohibition of Using Children in Illicit Activities",
                    "Yes",
                    "",
                    "Paragraph 1, Article 19 of Law No. 20.000; Law No. 20.084 (38; 39)"
                ],
                vec!["Free Public Education", "Yes", "", "Constitution (43)"],
            ]
        );
    }

    #[test]
    fn a_laws_sub_row_is_a_row_of_its_own() {
        // `pdftotext -layout` of Angola 2017's laws table.
        let text = "Table 4. Laws and Regulations on Child Labor\n\
            \x20                                                 Meets International\n\
            \x20Standard                                                                     Age     Legislation\n\
            \x20                                                 Standards: Yes/No\n\
            \x20Prohibition of Military Recruitment\n\
            \x20     State Compulsory                            Yes                         20      Article 2 of the Military Service Law (1)\n\
            \x20     State Voluntary                             Yes                         18      Article 11 of the Military Service Law (2)\n\
            \x20     Non-state                                   No\n\
            \x20Compulsory Education Age                         No                          12      Articles 8 and 17 of the Basic Law (3)\n";
        let g = scan_text(text, None);
        let names: Vec<&str> = g.rows.iter().map(|r| r.cells[0].as_str()).collect();
        assert_eq!(
            names,
            [
                "Prohibition of Military Recruitment",
                "State Compulsory",
                "State Voluntary",
                "Non-state",
                "Compulsory Education Age"
            ]
        );
    }

    #[test]
    fn segments_are_char_positions() {
        let s = segments("  Ab c   d’é  x");
        let v: Vec<_> = s.iter().map(|s| (s.start, s.end, s.text)).collect();
        assert_eq!(v, [(2, 6, "Ab c"), (9, 12, "d’é"), (14, 15, "x")]);
        assert!(segments("").is_empty());
        assert!(segments("   ").is_empty());
    }

    fn cells(grid: &Grid, row: usize) -> Vec<&str> {
        grid.rows[row].cells.iter().map(String::as_str).collect()
    }

    #[test]
    fn actions_with_a_three_line_header_and_a_continuation() {
        let text = include_str!("../../tests/data/layout_philippines_2018_actions.txt");
        let lines = split(text);
        let caps: Vec<usize> = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.kind() == Kind::Caption)
            .map(|(i, _)| i)
            .collect();
        assert_eq!(caps.len(), 2);
        let g = scan(&lines, caps[0] + 1, &caption(), None);
        assert_eq!(g.columns, ["Area", "Suggested Action", "Year(s) Suggested"]);
        assert_eq!(g.rows.len(), 4);
        assert_eq!(
            cells(&g, 0),
            [
                "Legal Framework",
                "Raise the minimum age for work to the age up to which education is compulsory.",
                "2018"
            ]
        );
        assert_eq!(cells(&g, 1)[2], "2015 – 2018");
        assert!(cells(&g, 2)[1]
            .ends_with("particularly in rural areas where child labor is prevalent."));
        assert_eq!(cells(&g, 3)[0], "");
        // The table stops before the page footer.
        assert!(
            g.end < caps[1]
                && lines[g.end..caps[1]].iter().all(|l| l.kind() == Kind::Blank
                    || is_furniture(l.text())
                    || l.text().len() < 30)
        );
        let cont = scan(&lines, caps[1] + 1, &caption(), Some(&g.columns));
        assert_eq!(cont.columns, g.columns);
        assert_eq!(cont.rows.len(), 9);
        assert_eq!(cells(&cont, 4)[0], "Coordination");
        assert!(cells(&cont, 4)[1].ends_with("efforts to combat child labor."));
        assert_eq!(cells(&cont, 8)[2], "2017 – 2018");
        let next = lines[cont.end..]
            .iter()
            .find(|l| l.kind() != Kind::Blank)
            .unwrap();
        assert!(next.text().starts_with("References"));
    }

    /// `pdftotext -layout` of the Thailand 2018 PDF: two area labels stand one space before
    /// their first action ("Legal Framework Ensure that …"), so label and action are one piece
    /// running into the action column; it is split at the label.
    #[test]
    fn label_one_space_before_its_first_action() {
        let text =
            include_str!("../../tests/data/layout_thailand_2018_actions_label_on_action_line.txt");
        let g = scan_text(text, None);
        assert_eq!(g.rows.len(), 13);
        assert_eq!(cells(&g, 0)[0], "Legal Framework");
        assert!(cells(&g, 0)[1].starts_with("Ensure that the minimum age for work applies"));
        assert_eq!(cells(&g, 0)[2], "2017 – 2018");
        assert_eq!(cells(&g, 8)[0], "Social Programs");
        assert!(cells(&g, 8)[1].starts_with("Improve access to education"));
    }

    #[test]
    fn side_chart_labels_are_dropped_and_prose_ends_the_table() {
        let text = include_str!("../../tests/data/layout_ghana_2016_statistics.txt");
        let g = scan_text(text, None);
        assert_eq!(g.columns, ["Children", "Age", "Percent"]);
        assert_eq!(g.rows.len(), 4);
        assert_eq!(
            cells(&g, 0),
            ["Working (% and population)", "5 to 14", "24.7 (1,721,914)"]
        );
        assert_eq!(cells(&g, 3), ["Primary Completion Rate (%)", "", "101.1"]);
        assert!(g.warnings.iter().any(|w| w.message.contains("Services")));
    }

    #[test]
    fn wrapped_label_beside_a_new_item_stays_with_its_row() {
        let text = include_str!("../../tests/data/layout_uzbekistan_2016_sectors_cont.txt");
        let known = vec!["Sector/Industry".to_string(), "Activity".to_string()];
        let g = scan_text(text, Some(&known));
        assert_eq!(g.rows.len(), 4);
        assert_eq!(cells(&g, 0)[0], "Categorical Worst Forms of Child Labor‡");
        assert_eq!(
            cells(&g, 1),
            [
                "",
                "Forced labor in cultivating and harvesting cotton (3-5, 9, 10, 12-20, 36-42)"
            ]
        );
    }

    #[test]
    fn wrapped_first_cells_and_citations_continue_their_row() {
        let text = include_str!("../../tests/data/layout_philippines_2018_policies.txt");
        let g = scan_text(text, None);
        assert_eq!(g.columns, ["Policy", "Description"]);
        assert_eq!(g.rows.len(), 3);
        assert_eq!(
            cells(&g, 1)[0],
            "National Strategic Action Plan Against Trafficking in Persons (2017–2021)"
        );
        assert!(cells(&g, 1)[1]
            .ends_with("children. (111) This policy was active during the reporting period. (54)"));
        assert_eq!(cells(&g, 2)[0], "Philippine Development Plan (2017–2022)");
    }

    #[test]
    fn hostile_input_never_panics() {
        let junk = "Table 1. X\n  a  \u{1F600}  b\n\u{c}   é   é\n   |  |  \n".repeat(50);
        let g = scan_text(&junk, None);
        assert!(g.rows.len() <= MAX_ROWS);
        let empty = split("");
        let g = scan(&empty, 0, &caption(), None);
        assert!(g.rows.is_empty());
        let g = scan(&empty, 5, &caption(), Some(&["A".to_string()]));
        assert_eq!(g.end, 5);
    }

    /// Work (lines looked at) grows linearly: a table body n times as long takes about n times
    /// the rows, and the scan stops at the table's end rather than walking the rest.
    #[test]
    fn long_bodies_scan_linearly() {
        let row = "     Agriculture            Picking cotton (1)\n                            Weeding (2)\n";
        let small = format!(
            "Table 2. Sectors\n     Sector/Industry        Activity\n{}",
            row.repeat(100)
        );
        let big = format!(
            "Table 2. Sectors\n     Sector/Industry        Activity\n{}",
            row.repeat(800)
        );
        let a = scan_text(&small, None);
        let b = scan_text(&big, None);
        assert_eq!(a.rows.len(), 200);
        assert_eq!(b.rows.len(), 1600);
    }

    use super::super::action_rows as actions;

    /// A converter that centres cells vertically (Chromium's print of the HTML report): labels
    /// and years stand beside the middle of their action, the header spans three lines and is
    /// repeated at each page top, centred over narrower text.
    #[test]
    fn vertically_centred_cells_and_repeated_headers() {
        let g = scan_text(
            include_str!("../../tests/data/layout_chromium_kazakhstan_2018_actions.txt"),
            None,
        );
        assert_eq!(g.columns, ["Area", "Suggested Action", "Year(s) Suggested"]);
        let a = actions(&g);
        assert_eq!(a.len(), 9);
        assert_eq!(a[0].0, "Legal Framework");
        assert!(a[0]
            .1
            .starts_with("Ensure that the law’s minimum age provisions"));
        assert!(a[0].1.ends_with("without an employment contract."));
        assert_eq!(a[0].2, "2016 – 2018");
        assert_eq!(
            a[3].1,
            "Ensure that all investigators receive training on the TIP Law."
        );
        assert_eq!(a[5].0, "Government Policies");
        assert_eq!(a[6].0, "Social Programs");
        assert!(
            a[6].1.starts_with("Conduct research") && a[6].1.ends_with("policies and programs.")
        );
        assert_eq!(a[6].2, "2013 – 2018");
        assert_eq!(a[8].2, "2014 – 2018");
        assert!(g.warnings.iter().any(|w| w.message.contains("centred")));
    }

    #[test]
    fn wrapped_caption_and_header_repeated_mid_row() {
        let g = scan_text(
            include_str!("../../tests/data/layout_chromium_kazakhstan_2013_actions.txt"),
            None,
        );
        let a = actions(&g);
        assert_eq!(a.len(), 8);
        assert!(g.warnings.iter().any(|w| w.message.contains("\"Forms\"")));
        assert_eq!(
            a[1].1,
            "Create a labor inspection strategy that targets child labor in cotton fields and other places where children are commonly employed."
        );
        assert_eq!(a[2].2, "2010 – 2013");
        assert_eq!(a[3].0, "Coordination");
        assert_eq!(a[5].0, "Government Policies");
        assert_eq!(
            a[7].1,
            "Assess the impact that existing programs have on child labor."
        );
    }

    #[test]
    fn assessment_labels_are_page_furniture() {
        assert!(is_furniture("MINIMAL ADVANCEMENT"));
        assert!(is_furniture("Moderate Advancement"));
        assert!(is_furniture(
            "NO ADVANCEMENT – EFFORTS MADE BUT COMPLICIT IN FORCED CHILD LABOR"
        ));
        assert!(is_furniture(
            "2016 FINDINGS ON THE WORST FORMS OF CHILD LABOR   7"
        ));
        assert!(!is_furniture("No advancement was made in enforcement."));
        assert!(!is_furniture("Ensure that the law prohibits child labor."));
    }

    /// A "(Cont.)" table whose header is not repeated: the known columns, positions from the
    /// body's aligned text (area labels few, centred years at several positions).
    #[test]
    fn continuation_without_a_header_takes_known_columns() {
        let known: Vec<String> = ["Area", "Suggested Action", "Year(s) Suggested"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let g = scan_text(
            include_str!("../../tests/data/layout_ghana_2016_actions_cont_no_header.txt"),
            Some(&known),
        );
        assert_eq!(g.columns, known);
        let a = actions(&g);
        assert_eq!(a.len(), 9);
        assert_eq!(a[0].0, "Enforcement");
        assert_eq!(a[0].2, "2016");
        assert_eq!(a[2].0, "Coordination");
        assert_eq!(
            a[3].1,
            "Improve policy implementation by clarifying objectives and improving coordination."
        );
        assert_eq!(a[8].2, "2009 – 2016");
    }

    /// `pdftotext -layout` of the Brazil 2021 PDF: "Government" / "Policies" wraps beside two
    /// actions, each with its own year.
    #[test]
    fn wrapped_area_label_beside_two_actions() {
        let known: Vec<String> = ["Area", "Suggested Action", "Year(s) Suggested"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let g = scan_text(
            include_str!("../../tests/data/layout_brazil_2021_actions_cont.txt"),
            Some(&known),
        );
        let a = actions(&g);
        assert_eq!(a.len(), 9);
        assert_eq!(a[3].0, "Government Policies");
        assert_eq!(a[4].0, "Government Policies");
        assert!(a[4].1.starts_with("Ensure that activities are undertaken"));
        assert_eq!(a[4].2, "2021");
        assert_eq!(a[5].0, "Social Programs");
    }

    /// `pdftotext -layout` of the Kazakhstan 2021 PDF: "Categorical Worst" / "Forms of Child
    /// Labor‡" wraps beside two activities.
    #[test]
    fn wrapped_sector_label_beside_two_activities() {
        let known = vec!["Sector/Industry".to_string(), "Activity".to_string()];
        let g = scan_text(
            include_str!("../../tests/data/layout_kazakhstan_2021_sectors_cont.txt"),
            Some(&known),
        );
        assert_eq!(g.rows.len(), 5);
        assert_eq!(cells(&g, 2)[0], "Categorical Worst Forms of Child Labor‡");
        assert_eq!(cells(&g, 3), ["", "Forced begging (3,10)"]);
    }

    /// `pdftotext -layout` of the Afghanistan 2013 PDF: sector labels centred over their
    /// activities stand beside a middle row.
    #[test]
    fn centred_sector_labels_go_to_the_first_row_of_their_group() {
        let g = scan_text(
            include_str!("../../tests/data/layout_afghanistan_2013_sectors.txt"),
            None,
        );
        let labels: Vec<&str> = g.rows.iter().map(|r| r.cells[0].as_str()).collect();
        assert_eq!(labels, ["Agriculture", "", "Industry", "", "", ""]);
        assert_eq!(cells(&g, 2)[1], "Home-based carpet weaving (1, 10-12)");
    }

    /// `pdftotext -layout` of the Kenya 2015 PDF: the "REFERENCES" title shares its line with
    /// the right-hand column of the two-column reference list, so it is not a heading line; it
    /// still ends the table (the list was read as one more area label before).
    #[test]
    fn references_title_beside_the_list_ends_the_table() {
        let g = scan_text(
            include_str!("../../tests/data/layout_kenya_2015_actions_references_beside.txt"),
            None,
        );
        let a = actions(&g);
        let last = a.last().unwrap();
        assert!(last.1.starts_with("Expand existing programs"), "{last:?}");
        assert_eq!(last.0, "Social Programs");
        assert!(a
            .iter()
            .all(|r| !r.0.contains("ILO") && !r.1.contains("ILO-IPEC")));
    }

    /// `pdftotext -layout` of the Venezuela 2016 PDF: a year list wrapped over two lines
    /// ("2010 – 2011," / "2013 – 2016") stays in its row and reads as one span of years.
    #[test]
    fn wrapped_year_list_stays_in_its_row() {
        let g = scan_text(
            include_str!("../../tests/data/layout_venezuela_2016_actions_year_lists.txt"),
            None,
        );
        let a = actions(&g);
        assert_eq!(a.len(), 9);
        let research = a
            .iter()
            .find(|r| r.1.starts_with("Conduct and publish research"))
            .unwrap();
        assert_eq!(research.2, "2010 – 2011, 2013 – 2016");
        let y = crate::recommendations::read_years(&research.2).unwrap();
        assert_eq!((y.first, y.last), (2010, 2016));
        assert!(a
            .last()
            .unwrap()
            .1
            .ends_with("commercial sexual exploitation."));
    }

    /// `pdftotext -layout` of the India 2019 PDF: a double space inside an action ("… state
    /// governments on  the number of criminal") is no gutter; the piece after it stayed in the
    /// action, where it was read as the year cell and two actions merged.
    #[test]
    fn double_space_inside_an_action_is_no_gutter() {
        let g = scan_text(
            include_str!("../../tests/data/layout_india_2019_actions_double_space.txt"),
            None,
        );
        let a = actions(&g);
        let inspections = a
            .iter()
            .find(|r| {
                r.1.starts_with("Ensure that labor inspections are regularly conducted")
            })
            .unwrap();
        assert_eq!(inspections.2, "2019");
        assert!(inspections.1.ends_with("child labor occurs."));
        let collect = a
            .iter()
            .find(|r| {
                r.1.starts_with("Collect and publish national-level data from all state")
            })
            .unwrap();
        assert_eq!(collect.2, "2009 – 2019");
        assert!(collect
            .1
            .contains("governments on the number of criminal investigations"));
    }

    /// `pdftotext -layout` of the Ghana 2013 PDF: a year printed with a misplaced space
    /// ("2009 –2 013") beside the middle of its action.
    #[test]
    fn year_with_a_misplaced_space_is_read() {
        let g = scan_text(
            include_str!("../../tests/data/layout_ghana_2013_actions_split_year.txt"),
            None,
        );
        let a = actions(&g);
        assert!(a[0].1.starts_with("Fund the continued implementation"));
        let y = crate::recommendations::read_years(&a[0].2).unwrap();
        assert_eq!((y.first, y.last), (2009, 2013));
    }

    /// `pdftotext -layout` of the Madagascar 2013 PDF: years centred beside their actions, and
    /// one action printed with no year ("Provide funding for subsidies …"). The actions are not
    /// cut into one cell per year, which merged two of them ("Clarify …" with "Reinvigorate …").
    #[test]
    fn centred_years_and_a_row_without_a_year() {
        let g = scan_text(
            include_str!(
                "../../tests/data/layout_madagascar_2013_actions_centred_row_without_year.txt"
            ),
            None,
        );
        let rows: Vec<Vec<&str>> = (0..g.rows.len()).map(|r| cells(&g, r)).collect();
        assert_eq!(rows.len(), 8, "{rows:#?}");
        assert_eq!(rows[0], ["Laws", "Approve hazardous labor list", "2013"]);
        assert!(rows[1][1].ends_with("transportation for enforcement."));
        assert_eq!(rows[1][2], "2009 – 2013");
        assert_eq!(
            rows[2][1..],
            [
                "Clarify and ensure that information on prosecutions is publicly available.",
                "2013"
            ]
        );
        assert_eq!(rows[3][0], "Government Policies");
        assert!(rows[3][1].starts_with("Reinvigorate efforts"));
        assert_eq!(rows[3][2], "2010 – 2013");
        assert_eq!(
            rows[6][1..],
            [
                "Provide funding for subsidies for school fees, food, and school supplies.",
                ""
            ]
        );
        assert!(rows[7][1].starts_with("Establish and implement a program"));
        assert_eq!(rows[7][2], "2011 – 2013");
    }
}
