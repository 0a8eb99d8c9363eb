//! The numbered reference list at the end of a report.
//!
//! The list arrives in four shapes, and one pipeline reads them all:
//!
//! * **browser copy** (tab form): markdown list items, `- 3. text` or `- text` with the number
//!   lost, continuation lines indented, `<a href="…">…</a>` and `\_` residue;
//! * **OCR / markdown** (pipe form): `- I IOM…` (1), `- II Kenzhebekova…` (11), `- 4 U.S.…`,
//!   items whose bullet or number is missing, bulleted continuation pieces (`- http://…`,
//!   ` - G1607781.pdf.`);
//! * **`pdftotext`** (plain form): `1. U.S. Department of State…` with wrapped lines, or the numbers
//!   printed as a separate run of lines away from the texts (numbers are then only a count);
//! * **`pdftotext -layout`**: the list set in two columns side by side on each page.
//!
//! Passes: (1) [`pieces`] turns lines into pieces of text in reading order, cutting layout pages
//! into their left then right column; (2) [`scan_item`] reads each piece's bullet and printed
//! number; (3) [`start_score`] rates how much each unnumbered piece looks like the start of a
//! reference; (4) [`choose_starts`] picks the starts: printed numbers that fit the sequence are
//! anchors, and between two anchors exactly the missing count of best-rated pieces is chosen;
//! (5) [`build`] joins each start with its continuation pieces, numbers it, cleans the markup
//! and collects the URLs.
//!
//! Numbering: a legible printed number that fits the sequence is kept; a missing or garbled one
//! (`I`→1, `II`→11, `l`→1, `O`→0) is replaced by the position, with a warning. A number is read
//! as `3.`, `3)`, `[3]`, `3 ` after a list marker or before a capital, or `3` alone on its line.
//!
//! Text: continuation lines are joined with one space; a URL broken over two lines is rejoined
//! without one (also a URL that a copy split with a space: `…/kazakhstan. pdf`); a word
//! hyphenated at a line end joins a lower-case continuation and keeps its hyphen (the reports'
//! line-end hyphens are real ones: "Co-operation"). Markup goes through [`markup::clean`] after
//! the href of each `<a>` is taken out; markdown emphasis stars are dropped.
//!
//! URLs are the `http(s)://` ones plus `www.…` ones, which are given an `http://` prefix; each
//! once, in order, without trailing punctuation.
//!
//! Time is linear in the input: every pass is one walk over the pieces, a piece's rating looks
//! at a bounded prefix, and only the stretch between two anchors is sorted (the stretches
//! partition the list). Each bound is a named `const` below.

use std::borrow::Cow;
use std::collections::HashSet;

use crate::lines::Line;
use crate::markup::{self, find_ci};
use crate::report::{Format, Reference, Warning};

/// Longest printed reference number read, in characters: "1234." is a number, a longer digit
/// run is a year, an ID or a page of data. Bounds the number scan on 50 MB lines.
const MAX_NUMBER_CHARS: usize = 4;

/// How many references may be missing from the text between two printed numbers and still let
/// the later number count as an anchor. Larger values let a stray "2013." swallow a list.
const MAX_LOST: usize = 3;

/// Columns of `pdftotext -layout`: a right-column segment starts at least this far right.
const MIN_RIGHT_COL: usize = 24;

/// Histogram size for right-column positions; positions past it are ignored, so a 50 MB line
/// costs one pass and no allocation proportional to its width.
const MAX_COL: usize = 400;

/// A right-column start may sit this many columns left of the most common one (numbers are
/// right-aligned, "9." one column right of "10.").
const COL_SLACK: usize = 6;

/// Lines missing between two layout lines that mark a new page: the walk drops blank lines and
/// page furniture (footer, header, label) and with them the form feed. Inside a reference page
/// items are parted by one blank line at most (a gap of 2); the blank lines before a footer
/// alone make 3. A smaller value would cut a page in two and read its halves column by column.
const PAGE_GAP: usize = 3;

/// Spaces that separate the two columns of a layout line (the gutter).
const MIN_GUTTER: usize = 2;

/// Characters of a piece looked at when rating it as a reference start; rating is per piece, so
/// a huge line costs a bounded amount.
const MAX_SCORE_CHARS: usize = 200;

/// Bytes at the end of a reference's text looked at when joining the next line (the last word,
/// which may be a long URL). Keeps joining linear in the length of the reference.
const MAX_TOKEN_BYTES: usize = 1024;

/// Longest `<a …>` tag looked at when taking its href out; a longer one is left to `markup`.
const MAX_TAG_CHARS: usize = 2048;

/// Lines of a table-column header looked for above a run of year lines ("Year(s)",
/// "Suggested"); bounds how much text the residue rule can remove.
const MAX_RESIDUE_HEADER: usize = 2;

/// Score taken from a piece that follows a start candidate with neither a year nor a URL.
const UNFINISHED: i32 = 2;

/// Words an author head may span ("Government of the Philippines- National Statistics Office").
const MAX_HEAD_WORDS: usize = 8;

/// Score added to a doubtful piece whose author head also heads a sure start.
const REPEATED_AUTHOR: i32 = 3;

/// Bare numbers needed before they count as a run of reference numbers (fewer are page
/// numbers); also the fewest list markers that make a list markdown.
const MIN_DETACHED: usize = 3;

/// Longest run of dashes read as a ditto mark ("—", "———", "______"), in bytes; a longer
/// rule is not one.
const MAX_DITTO_BYTES: usize = 24;

/// Score of a piece that opens with a ditto mark: a start, as sure as an author head.
const DITTO: i32 = 6;

/// A piece is a start when its score reaches this.
const START_SCORE: i32 = 4;

/// Pieces scoring below this are never made starts, even to fill a gap (URL fragments, lower-case
/// continuations).
const MIN_ELIGIBLE: i32 = 1;

/// Pieces of text in reading order.
#[derive(Debug, Clone, Copy)]
struct Piece<'a> {
    /// Source line.
    no: usize,
    /// Trimmed text.
    text: &'a str,
    /// Leading spaces within its column (saturates at `u32::MAX`, as [`Line::indent`]).
    indent: u32,
    /// Something (a blank line, furniture) stood between this and the previous piece, or a page or
    /// column begins here.
    gap_before: bool,
}

/// Turns the lines into pieces in reading order: for the layout form each page's left column
/// then its right column.
fn pieces<'a>(lines: &[Line<'a>], format: Format) -> Vec<Piece<'a>> {
    let mut out = Vec::with_capacity(lines.len());
    if format != Format::Layout {
        let mut prev_no = None;
        for line in lines.iter().filter(|l| !l.text().is_empty()) {
            out.push(Piece {
                no: line.no(),
                text: line.text(),
                indent: line.indent(),
                gap_before: prev_no.is_none_or(|p: usize| line.no() > p + 1) || line.page_break(),
            });
            prev_no = Some(line.no());
        }
        return out;
    }
    // Layout: page by page.
    let mut start = 0;
    while start < lines.len() {
        let mut end = start + 1;
        while end < lines.len()
            && !lines[end].page_break()
            && lines[end].no() < lines[end - 1].no() + PAGE_GAP
        {
            end += 1;
        }
        layout_page(&lines[start..end], &mut out);
        // Always advances: end > start.
        start = end;
    }
    out
}

/// Splits one layout page into its columns and appends the left pieces, then the right ones.
fn layout_page<'a>(page: &[Line<'a>], out: &mut Vec<Piece<'a>>) {
    let boundary = right_column(page);
    let mut right = Vec::new();
    let mut prev_left: Option<usize> = None;
    let mut prev_right: Option<usize> = None;
    for line in page.iter().filter(|l| !l.text().is_empty()) {
        let (left, right_part) = match boundary {
            Some(b) => split_at_column(line.raw, b),
            None => (line.raw, ""),
        };
        for (part, target, prev) in [
            (left, &mut *out, &mut prev_left),
            (right_part, &mut right, &mut prev_right),
        ] {
            let text = part.trim();
            if text.is_empty() {
                continue;
            }
            let indent = u32::try_from(part.chars().take_while(|c| c.is_whitespace()).count())
                .unwrap_or(u32::MAX);
            target.push(Piece {
                no: line.no(),
                text,
                indent,
                gap_before: prev.is_none_or(|p| line.no() > p + 1),
            });
            *prev = Some(line.no());
        }
    }
    out.extend(right);
}

/// The column where a page's right column begins, if the page has two.
fn right_column(page: &[Line]) -> Option<usize> {
    let mut counts = vec![0usize; MAX_COL + 1];
    let mut nonblank = 0;
    for line in page.iter().filter(|l| !l.text().is_empty()) {
        nonblank += 1;
        let mut spaces = 0;
        for (col, c) in line.raw.chars().take(MAX_COL + 1).enumerate() {
            if c == ' ' {
                spaces += 1;
                continue;
            }
            // A segment after a wide gap, or the first text of a deeply indented line.
            if spaces >= 3 && col >= MIN_RIGHT_COL {
                counts[col] += 1;
            }
            spaces = 0;
        }
    }
    let (best, &max) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(col, n)| (*n, usize::MAX - col))?;
    if max < 3 || max * 5 < nonblank {
        return None;
    }
    // The leftmost well-used position near the most common one.
    let low = best.saturating_sub(COL_SLACK);
    (low..=best).find(|&c| counts[c] * 4 >= max || c == best)
}

/// Cuts a layout line at the right column starting near `boundary`: the first segment that
/// begins at or after `boundary - COL_SLACK` after at least [`MIN_GUTTER`] spaces.
fn split_at_column(raw: &str, boundary: usize) -> (&str, &str) {
    let from = boundary.saturating_sub(COL_SLACK);
    let mut spaces = 0;
    let mut seen_text = false;
    for (col, (byte, c)) in raw.char_indices().enumerate() {
        if c.is_whitespace() {
            spaces += 1;
            continue;
        }
        if col >= from && (spaces >= MIN_GUTTER || !seen_text) {
            return raw.split_at(byte);
        }
        seen_text = true;
        spaces = 0;
    }
    (raw, "")
}

/// A number printed at the start of a piece.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Printed<'a> {
    /// As printed ("4", "II", "l2").
    text: &'a str,
    /// As read, OCR letters mapped to digits.
    value: u32,
    /// Letters had to be read as digits.
    garbled: bool,
    /// Neither a dot nor a list marker nor a wide gap follows it ("82 Philippine…"): it counts
    /// only where the previous piece ends a reference.
    weak: bool,
}

/// What the start of a piece holds.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Scan<'a> {
    /// A markdown list marker ("- ", "* ", "• ").
    bullet: bool,
    /// The printed number, if any.
    number: Option<Printed<'a>>,
    /// The piece is a number and nothing else (numbers set apart from the texts).
    number_only: Option<u32>,
    /// The text after bullet and number.
    body: &'a str,
}

/// Reads a piece's bullet and number: "- 3. U.S. …", "- II Kenzhebekova…", "1. U.S. …",
/// "10   UNESCO…" (layout), "14" alone.
fn scan_item(text: &str) -> Scan<'_> {
    let mut rest = text.trim_start();
    let mut bullet = false;
    for marker in ["- ", "* ", "• ", "– ", "+ "] {
        if let Some(r) = rest.strip_prefix(marker) {
            rest = r.trim_start();
            bullet = true;
            break;
        }
    }
    let plain = Scan {
        bullet,
        number: None,
        number_only: None,
        body: rest,
    };
    // "[12] Text": a bracketed number, as some converters print endnotes.
    if let Some(inner) = rest.strip_prefix('[') {
        let close = inner.find(']').filter(|&c| c <= MAX_NUMBER_CHARS);
        let token = close.and_then(|c| inner.get(..c)).unwrap_or("");
        let body = close.and_then(|c| inner.get(c + 1..)).unwrap_or("");
        if let (Some((value, false)), true) = (
            read_number(token),
            body.starts_with(char::is_whitespace) && !body.trim().is_empty(),
        ) {
            return Scan {
                number: Some(Printed {
                    text: token,
                    value,
                    garbled: false,
                    weak: false,
                }),
                body: body.trim_start(),
                ..plain
            };
        }
        return plain;
    }
    let token_len = rest
        .char_indices()
        .find(|&(_, c)| !is_number_char(c))
        .map_or(rest.len(), |(i, _)| i);
    let Some(token) = rest.get(..token_len) else {
        return plain;
    };
    if token.is_empty() || token.chars().count() > MAX_NUMBER_CHARS {
        return plain;
    }
    let Some((value, garbled)) = read_number(token) else {
        return plain;
    };
    let after = rest.get(token_len..).unwrap_or("");
    if after.is_empty() || after == "." {
        // A bare number: a number set apart from its text (or a page number).
        if garbled || bullet {
            return plain;
        }
        return Scan {
            number_only: Some(value),
            ..plain
        };
    }
    // What may follow the number: "3. ", "3) ", "3 " (OCR, bulleted), "10   " (layout).
    let mut weak = false;
    let (sep_ok, body) = if let Some(b) = after.strip_prefix(['.', ')']) {
        (b.starts_with(char::is_whitespace) || b.is_empty(), b)
    } else {
        let spaces = after.chars().take_while(|c| c.is_whitespace()).count();
        // "82 Philippine National Police…" (three-digit numbers leave one space), but not a
        // date ("31 March 2006").
        let next_word = after.split_whitespace().next().unwrap_or("");
        let capital = next_word.starts_with(|c: char| c.is_uppercase()) && !is_month(next_word)
            || name_particle(after.trim_start());
        weak = spaces == 1 && !bullet;
        (spaces >= 1 && (bullet || spaces >= 2 || capital), after)
    };
    let body = body.trim_start();
    // The text must begin like a reference: a letter, a quote or a digit, not "3.5 million".
    let starts_well = body
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || "\"“‘'(<[*".contains(c))
        || is_ditto(body);
    // Letters read as digits only in list items ("- I IOM"), and never a lone lower-case "l"
    // or a word.
    if !sep_ok || !starts_well || (garbled && !bullet) {
        return plain;
    }
    Scan {
        bullet,
        number: Some(Printed {
            text: token,
            value,
            garbled,
            weak,
        }),
        number_only: None,
        body,
    }
}

/// "—. Reporting, March 5, 2015.": a dash standing for the previous reference's author (the
/// reports print it for a run of items by one author), then a dot or comma and a space.
fn is_ditto(body: &str) -> bool {
    let rest = body.trim_start_matches(['—', '–', '_']);
    rest.len() < body.len()
        && body.len() - rest.len() <= MAX_DITTO_BYTES
        && (rest.starts_with(". ") || rest.starts_with(", ") || rest == "." || rest == ",")
}

/// "March", "Dec.": a date follows, not a reference.
fn is_month(word: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let w = word.trim_end_matches(['.', ',']).to_ascii_lowercase();
    w.len() >= 3
        && MONTHS.iter().any(|m| w.starts_with(m))
        && w.chars().all(|c| c.is_ascii_alphabetic())
}

fn is_number_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, 'I' | 'l' | 'O' | '|')
}

/// Reads "14", and OCR'd "I" (1), "II" (11), "l2" (12), "1O" (10). Returns (value, garbled).
fn read_number(token: &str) -> Option<(u32, bool)> {
    let mut value: u32 = 0;
    let mut garbled = false;
    for c in token.chars() {
        let d = match c {
            '0'..='9' => c.to_digit(10)?,
            'I' | 'l' | '|' => {
                garbled = true;
                1
            }
            'O' => {
                garbled = true;
                0
            }
            _ => return None,
        };
        value = value.checked_mul(10)?.checked_add(d)?;
    }
    // "O" alone or a leading zero is not a reference number.
    (value > 0 && !token.starts_with(['0', 'O'])).then_some((value, garbled))
}

/// Words that begin a continuation rather than a reference when followed by a colon:
/// "Enacted: August 30, 1995.", "Accessed: March 3, 2022."
fn colon_word(body: &str) -> bool {
    let first = body.split_whitespace().next().unwrap_or("");
    first.len() > 1
        && first.ends_with(':')
        && first.chars().filter(|c| c.is_alphabetic()).count() > 2
}

/// An author name that opens with a lower-case particle: "de Souza, Alice.", "van Dijk, J.".
fn name_particle(body: &str) -> bool {
    let mut words = body.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    matches!(
        first,
        "de" | "da"
            | "do"
            | "dos"
            | "das"
            | "del"
            | "della"
            | "di"
            | "du"
            | "van"
            | "von"
            | "le"
            | "la"
            | "al"
            | "el"
            | "bin"
            | "ibn"
    ) && second.starts_with(char::is_uppercase)
        && second.ends_with(['.', ','])
}

/// Short words that do not count against a title-cased opening.
fn small_word(w: &str) -> bool {
    matches!(
        w,
        "of" | "and" | "for" | "the" | "on" | "in" | "to" | "a" | "an" | "de" | "du" | "la" | "et"
    )
}

/// Holds "://" (found without building a substring searcher per call: this runs per token).
fn has_scheme(s: &str) -> bool {
    find_ci(s, "://").is_some()
}

/// The last white-space separated token looks like (part of) a URL.
fn url_like(token: &str) -> bool {
    has_scheme(token)
        || token.starts_with("www.")
        || token.starts_with("http")
        || (token.contains('/') && !token.contains(' ') && token.len() > 8)
}

/// "Author. Title": the short capitalised run before the first '.' or ',' of a piece
/// ("Government of Kazakhstan", "Isa", "U.S"), if the piece opens with one.
fn author_head(body: &str) -> Option<&str> {
    let first = body.split_whitespace().next().unwrap_or("");
    // Abbreviations that open continuations: "No. 9775.", "Vol. 3,".
    if is_abbreviation(first) {
        return None;
    }
    for (k, (at, w)) in word_spans(body).take(MAX_HEAD_WORDS).enumerate() {
        // Authors are names, not numbers ("Act No. 149-A." is a title's tail).
        if w.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let ends = w.ends_with(['.', ','])
            && w.trim_end_matches(['.', ',']).chars().count() > 1
            && !is_abbreviation(w);
        // "Local NGO official." ends a head with a lower-case word; nothing else may be one.
        let lower = w.chars().next().is_some_and(char::is_lowercase) && !small_word(w);
        if lower && !(ends && k >= 1) {
            return None;
        }
        if ends {
            return body.get(..at + w.len() - 1);
        }
    }
    None
}

/// "No.", "Vol.": abbreviations that do not end an author's name.
fn is_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "No." | "Nos." | "Vol." | "Art." | "pp." | "p." | "Ch." | "Rep." | "Nr."
    )
}

/// Words with their byte offsets.
fn word_spans(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace().map(move |w| {
        // `w` is a sub-slice of `s`: its offset is the pointer difference.
        let at = w.as_ptr() as usize - s.as_ptr() as usize;
        (at, w)
    })
}

/// A year (1900–2099) or a URL: what every finished reference holds.
fn has_year_or_url(text: &str) -> bool {
    has_scheme(text)
        || text.contains("www.")
        || text
            .split(|c: char| !c.is_ascii_digit())
            .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
}

/// A token ending in a file extension ("2019.pdf", "index.htm"): the end of a URL.
fn file_name_end(token: &str) -> bool {
    let Some((stem, ext)) = token.rsplit_once('.') else {
        return false;
    };
    !stem.is_empty()
        && (2..=4).contains(&ext.len())
        && ext.chars().all(|c| c.is_ascii_lowercase())
        && matches!(
            ext,
            "pdf"
                | "doc"
                | "docx"
                | "htm"
                | "html"
                | "aspx"
                | "asp"
                | "php"
                | "xls"
                | "xlsx"
                | "jsp"
        )
}

/// Text that ends a reference, or a URL fragment (a reference often ends with its URL).
fn ends_reference(prev: &str) -> bool {
    let last = prev.split_whitespace().last().unwrap_or("");
    prev.ends_with(['.', ')', '”', '"', '/'])
        || file_name_end(last)
        || !prev.trim().contains(' ')
        || !prev.chars().any(char::is_alphabetic)
        || url_like(last) && !prev.ends_with([',', ';', ':', '-'])
}

/// How much a piece looks like the start of a reference (higher is more). `prev` is the text
/// of the previous piece in reading order, if it is in the same column run.
fn start_score(piece: &Piece, scan: &Scan, prev: Option<&Piece>) -> i32 {
    let body: &str = {
        let end = scan
            .body
            .char_indices()
            .nth(MAX_SCORE_CHARS)
            .map_or(scan.body.len(), |(i, _)| i);
        scan.body.get(..end).unwrap_or("")
    };
    let first = body.chars().next();
    let Some(first) = first else {
        return -10;
    };
    let mut score = 0;
    let first_token = body.split_whitespace().next().unwrap_or("");
    if url_like(first_token) || first_token.starts_with("http") {
        return -5;
    }
    // "—. Reporting, …": the author of the previous reference again; only starts print it.
    if is_ditto(body) {
        return score + DITTO + 3 * i32::from(scan.bullet || scan.number.is_some());
    }
    if (first.is_lowercase() && !name_particle(body))
        || matches!(first, ':' | ';' | ',' | ')' | '.' | '/' | '_' | '%')
    {
        return -5;
    }
    if !body.contains(' ') {
        // One token: a URL piece, "pdf", a date fragment.
        score -= 3;
    }
    if scan.bullet {
        score += 3;
    }
    if scan.number.is_some() {
        score += 3;
    }
    match prev {
        None => score += 2,
        Some(p) => {
            if ends_reference(p.text) {
                score += 2;
            } else {
                score -= 3;
            }
            if piece.gap_before {
                score += 1;
            }
            // Browser copies indent continuation lines under the item's text.
            if !scan.bullet && piece.indent.saturating_sub(p.indent) > 1 && scan_item(p.text).bullet
            {
                score -= 3;
            }
        }
    }
    if first.is_uppercase() || "\"“‘'".contains(first) || name_particle(body) {
        score += 1;
    }
    if first.is_ascii_digit() {
        score -= 1;
    }
    let words: Vec<&str> = body.split_whitespace().take(8).collect();
    if author_head(body).is_some() {
        score += 2;
    }
    let opening: Vec<&&str> = words.iter().filter(|w| !small_word(w)).take(3).collect();
    let capitalised = opening
        .iter()
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '(')
        })
        .count();
    if capitalised * 3 >= opening.len() * 2 {
        score += 1;
    } else {
        score -= 1;
    }
    if colon_word(body) {
        score -= 4;
    }
    // A date opens a continuation ("January 29, 2015.", "May 9, 2019.").
    if words.first().is_some_and(|w| is_month(w)) {
        score -= 3;
    }
    // A reference's first line holds an author and a title: a few words are residue or a
    // closing "Source on file.".
    if words.len() < 4 {
        score -= 2;
    }
    score
}

/// What one piece became.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Text that continues the reference before it.
    Continue,
    /// Starts a reference numbered by its printed number.
    Anchor(u32),
    /// Starts a reference numbered by position.
    Start,
    /// A number set apart from its text; not text.
    Number,
}

/// Decides which pieces start references.
///
/// Printed numbers that fit the sequence are anchors. Between two anchors exactly the missing
/// count of pieces must start, and the best-rated ones are taken. When numbers are printed apart
/// from the texts (a run of bare numbers), the largest of them is the count, which bounds the
/// stretch after the last anchor too.
fn choose_starts(
    pieces: &[Piece],
    scans: &[Scan],
    scores: &[i32],
    format: Format,
    warnings: &mut Vec<Warning>,
) -> (Vec<Role>, bool) {
    let n = pieces.len();
    let mut roles = vec![Role::Continue; n];
    let detached: Vec<usize> = (0..n).filter(|&i| scans[i].number_only.is_some()).collect();
    let bullets = scans.iter().filter(|s| s.bullet).count();
    for &i in &detached {
        roles[i] = Role::Number;
    }
    // Prefix counts of eligible pieces, so "how many could start between i and j" is O(1).
    let mut eligible = Vec::with_capacity(n + 1);
    eligible.push(0usize);
    for i in 0..n {
        let e = roles[i] != Role::Number && scores[i] >= MIN_ELIGIBLE;
        eligible.push(eligible[i] + usize::from(e));
    }
    let between = |a: usize, b: usize| eligible[b].saturating_sub(eligible[a.min(b)]);

    // The count told by numbers printed apart from the texts: the largest that continues a
    // run (its predecessor or the one before is there too; a filter upstream may have taken a
    // few), within reach of how many numbers there are (a lone page number or year is not).
    let detached_count = (detached.len() >= MIN_DETACHED)
        .then(|| {
            let values: HashSet<u32> = detached
                .iter()
                .filter_map(|&i| scans[i].number_only)
                .collect();
            let limit = u32::try_from(detached.len() * 2 + MAX_LOST).unwrap_or(u32::MAX);
            values
                .iter()
                .copied()
                .filter(|&v| v <= limit)
                .filter(|&v| {
                    v == 1 || values.contains(&(v - 1)) || v > 2 && values.contains(&(v - 2))
                })
                .max()
                .unwrap_or(0)
        })
        .filter(|&count| count > 0);

    // Anchors: printed numbers that fit the sequence, chosen greedily in reading order.
    let mut anchors: Vec<(usize, u32)> = Vec::new();
    for (i, scan) in scans.iter().enumerate() {
        let Some(p) = &scan.number else { continue };
        let (last_i, last_v) = anchors.last().copied().map_or((0, 0), |(i, v)| (i + 1, v));
        if p.value <= last_v {
            continue;
        }
        // Numbers printed apart from the texts cover 1..=count: a number inside the texts that
        // is one of them is a wrapped line's ("Convention No.\n15. 2016."), not a reference's.
        if detached_count.is_some_and(|c| p.value <= c) {
            continue;
        }
        let prev_ends = i
            .checked_sub(1)
            .is_none_or(|j| roles[j] == Role::Number || ends_reference(pieces[j].text));
        if p.weak && !prev_ends && p.value != last_v + 1 {
            continue;
        }
        let missing = (p.value - last_v - 1) as usize;
        if missing > between(last_i, i) + MAX_LOST {
            continue;
        }
        anchors.push((i, p.value));
    }
    for &(i, v) in &anchors {
        roles[i] = Role::Anchor(v);
    }

    // Base starts away from anchors: list items in markdown forms; in plain forms only when
    // nothing is numbered (then the score alone decides).
    let markdown = bullets >= MIN_DETACHED && bullets * 3 >= n;
    let numbered = anchors.len() >= 3
        || (!anchors.is_empty() && !matches!(format, Format::Tab | Format::Pipe));
    for i in 0..n {
        if roles[i] != Role::Continue {
            continue;
        }
        let base = if markdown {
            scans[i].bullet && scores[i] >= START_SCORE
        } else {
            !numbered && scores[i] >= START_SCORE
        };
        if base {
            roles[i] = Role::Start;
        }
    }

    // Stretches with a known count: before each anchor, and after the last one up to the count
    // of detached numbers.
    let mut bounds: Vec<(usize, u32)> = vec![(0, 0)];
    bounds.extend(anchors.iter().map(|&(i, v)| (i + 1, v)));
    if let Some(count) = detached_count {
        let last = bounds.last().map_or(0, |b| b.1);
        if count > last {
            bounds.push((n + 1, count + 1));
        }
    }
    for pair in bounds.windows(2) {
        let [(from, from_v), (to_excl, to_v)] = [pair[0], pair[1]];
        let to = to_excl - 1; // the anchor's own index, or `n` for the end
        let need = (to_v - from_v - 1) as usize;
        let gap: Vec<usize> = (from..to).filter(|&i| roles[i] != Role::Number).collect();
        let have = gap.iter().filter(|&&i| roles[i] == Role::Start).count();
        if have == need {
            continue;
        }
        let chosen = best_of(&gap, scores, need);
        for &i in &gap {
            roles[i] = Role::Continue;
        }
        for &i in &chosen {
            roles[i] = Role::Start;
        }
        // Before an anchor, `build` reports the numbers left over; at the end only this can.
        if chosen.len() < need && to >= n {
            let line = pieces.get(to).or(pieces.last()).map_or(0, |p| p.no);
            warnings.push(Warning {
                line,
                message: format!(
                    "references {}–{}: found {} of the {need} expected",
                    from_v + 1,
                    to_v - 1,
                    chosen.len()
                ),
            });
        }
    }
    let last_anchor = anchors.last().map_or(0, |a| a.1);
    let first_anchor = anchors.first().map_or(0, |a| a.1);
    // The bare numbers stand for texts: after the last anchor, or (some of them lost to the
    // page-number filter) those before the first.
    let detached_used = detached_count
        .is_some_and(|c| c > last_anchor || (first_anchor > 1 && c >= first_anchor / 2));
    if let (true, Some(&first)) = (detached_used, detached.first()) {
        warnings.push(Warning {
            line: pieces[first].no,
            message: "reference numbers printed apart from their texts; texts numbered by position"
                .to_string(),
        });
    }
    (roles, detached_used)
}

/// The `count` best-scoring eligible indices of `candidates`, in reading order. Ties go to the
/// earlier piece. Sorting is O(k log k) for a gap of k pieces; gaps partition the list.
fn best_of(candidates: &[usize], scores: &[i32], count: usize) -> Vec<usize> {
    let mut ranked: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| scores[i] >= MIN_ELIGIBLE)
        .collect();
    crate::sort::sort_by_key(&mut ranked, |&i| (std::cmp::Reverse(scores[i]), i));
    ranked.truncate(count);
    crate::sort::sort_by_key(&mut ranked, |&i| i);
    ranked
}

/// Reads the reference list from the lines after the "REFERENCES" heading (page furniture and
/// footnote legends already removed). A first line that still holds the heading (layout pages
/// print the right column beside it) is accepted; the heading word is dropped.
pub(crate) fn parse(lines: Vec<Line>, format: Format) -> (Vec<Reference>, Vec<Warning>) {
    let mut a = analyse(lines, format);
    let refs = build(&a.pieces, &a.scans, &a.roles, a.detached, &mut a.warnings);
    (refs, a.warnings)
}

/// The passes before [`build`], kept apart so tests can look at them.
struct Analysis<'a> {
    pieces: Vec<Piece<'a>>,
    scans: Vec<Scan<'a>>,
    roles: Vec<Role>,
    /// Numbers stood apart from the texts and gave the count.
    detached: bool,
    warnings: Vec<Warning>,
}

/// The lines are dropped once they are cut into pieces.
fn analyse<'a>(lines: Vec<Line<'a>>, format: Format) -> Analysis<'a> {
    let mut warnings = Vec::new();
    let mut pieces = pieces(&lines, format);
    drop(lines);
    pieces.retain(|p| !is_heading(p.text));
    drop_table_residue(&mut pieces, &mut warnings);
    let scans: Vec<Scan> = pieces.iter().map(|p| scan_item(p.text)).collect();
    let mut scores: Vec<i32> = (0..pieces.len())
        .map(|i| {
            // The previous text piece; a number run or a page/column start resets it.
            let prev = i
                .checked_sub(1)
                .filter(|&j| {
                    scans[j].number_only.is_none()
                        && !(pieces[i].gap_before && pieces[i].no < pieces[j].no)
                })
                .map(|j| &pieces[j]);
            start_score(&pieces[i], &scans[i], prev)
        })
        .collect();
    // A start candidate without a year or a URL has not ended: what follows it continues it
    // ("Duerr, Roxana Isabel. Philippines struggling to tackle child prostitution." / "Deutsche
    // Welle, October 3, 2015. http://…").
    let mut open: Option<bool> = None; // Some(finished) while a candidate's text runs
    let raw = scores.clone();
    for i in 0..pieces.len() {
        if scans[i].number_only.is_some() || pieces[i].gap_before {
            open = None;
        }
        if open == Some(false) {
            scores[i] -= UNFINISHED;
        }
        if raw[i] >= START_SCORE {
            open = Some(false);
        }
        if let Some(done) = &mut open {
            *done |= has_year_or_url(pieces[i].text);
        }
    }
    // An author seen at the head of a sure start makes a doubtful piece with the same head a
    // start too ("Government of Anguilla." after a URL broken by spaces).
    let heads: HashSet<&str> = (0..pieces.len())
        .filter(|&i| scores[i] > START_SCORE)
        .filter_map(|i| author_head(scans[i].body))
        .collect();
    for i in 0..pieces.len() {
        if (MIN_ELIGIBLE..=START_SCORE).contains(&scores[i])
            && word_spans(scans[i].body)
                .take(MAX_HEAD_WORDS)
                .any(|(at, w)| {
                    scans[i]
                        .body
                        .get(..at + w.len())
                        .is_some_and(|h| heads.contains(h.trim_end_matches(['.', ','])))
                })
        {
            scores[i] += REPEATED_AUTHOR;
        }
    }
    let (roles, detached) = choose_starts(&pieces, &scans, &scores, format, &mut warnings);
    Analysis {
        pieces,
        scans,
        roles,
        detached,
        warnings,
    }
}

/// A line of years only: "2009 – 2021", "2021".
fn is_year_line(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    digits >= 4
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '–' | '-' | '—' | ','))
}

/// `pdftotext` sets the "Year(s) Suggested" column of the last table beside the reference list
/// and prints it inside it: a run of year lines ("2009 – 2021", "2021") under a header of a word
/// or two. Such runs (two year lines or more) are dropped with one warning each.
fn drop_table_residue(pieces: &mut Vec<Piece>, warnings: &mut Vec<Warning>) {
    let n = pieces.len();
    let mut drop = vec![false; n];
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j < n && is_year_line(pieces[j].text) {
            j += 1;
        }
        if j - i >= 2 {
            let mut from = i;
            // The column header just above ("Year(s)", "Suggested").
            while from > 0
                && i - from < MAX_RESIDUE_HEADER
                && pieces[from - 1].text.split_whitespace().count() <= 2
                && !pieces[from - 1].text.ends_with('.')
                && scan_item(pieces[from - 1].text).number_only.is_none()
            {
                from -= 1;
            }
            for d in &mut drop[from..j] {
                *d = true;
            }
            warnings.push(Warning {
                line: pieces[from].no,
                message: format!(
                    "{} lines of table residue (a column of years) inside the reference list dropped",
                    j - from
                ),
            });
        }
        // Always advances.
        i = j.max(i + 1);
    }
    let mut k = 0;
    pieces.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// "REFERENCES", "#### **REFERENCES**", "References".
fn is_heading(text: &str) -> bool {
    // Refused by a plain first character before cleaning.
    markup::plain_first_char(text).is_none_or(|c| c.eq_ignore_ascii_case(&'r'))
        && markup::strip_line_markup(text).eq_ignore_ascii_case("references")
}

/// Joins starts with their continuations, numbers them and cleans them.
fn build(
    pieces: &[Piece],
    scans: &[Scan],
    roles: &[Role],
    detached: bool,
    warnings: &mut Vec<Warning>,
) -> Vec<Reference> {
    let mut refs: Vec<Reference> = Vec::new();
    let mut current: Option<(Reference, String)> = None;
    let mut next = 1u32;
    let mut dropped_lead = None;
    // A run of references numbered by position, reported as one warning: (line, first, last).
    let mut guessed: Option<(usize, u32, u32)> = None;
    let any_printed = roles.iter().any(|r| matches!(r, Role::Anchor(_)));
    for (i, piece) in pieces.iter().enumerate() {
        let role = roles[i];
        if role == Role::Continue {
            match &mut current {
                Some((_, raw)) => join_piece(raw, piece_text(&scans[i], piece)),
                None => {
                    dropped_lead.get_or_insert(piece.no);
                }
            }
            continue;
        }
        if role == Role::Number {
            continue;
        }
        if let Some((r, raw)) = current.take() {
            refs.push(finish(r, &raw));
        }
        let number = if let Role::Anchor(v) = role {
            flush_guessed(&mut guessed, warnings);
            if let Some(p) = scans[i].number.as_ref().filter(|p| p.garbled) {
                warnings.push(Warning {
                    line: piece.no,
                    message: format!(
                        "reference number printed as \"{}\" read as {}",
                        p.text, p.value
                    ),
                });
            }
            if v > next {
                warnings.push(Warning {
                    line: piece.no,
                    message: format!("references {next}–{} are missing from the list", v - 1),
                });
            }
            v
        } else if let Some(p) = &scans[i].number {
            flush_guessed(&mut guessed, warnings);
            warnings.push(Warning {
                line: piece.no,
                message: format!(
                    "reference number printed as \"{}\" does not fit the sequence; numbered {next} by position",
                    p.text
                ),
            });
            next
        } else {
            if any_printed && !detached {
                match &mut guessed {
                    Some((_, _, last)) => *last = next,
                    None => guessed = Some((piece.no, next, next)),
                }
            }
            next
        };
        next = number.saturating_add(1);
        let mut raw = String::new();
        join_piece(&mut raw, scans[i].body);
        current = Some((
            Reference {
                number,
                text: String::new(),
                urls: Vec::new(),
                line: piece.no,
            },
            raw,
        ));
    }
    flush_guessed(&mut guessed, warnings);
    if let Some((r, raw)) = current.take() {
        refs.push(finish(r, &raw));
    }
    if !any_printed && !detached && !refs.is_empty() {
        warnings.push(Warning {
            line: refs.first().map_or(0, |r| r.line),
            message: format!(
                "no reference numbers printed; {} references numbered by position",
                refs.len()
            ),
        });
    }
    if let Some(line) = dropped_lead {
        warnings.push(Warning {
            line,
            message: "text before the first reference dropped".to_string(),
        });
    }
    refs
}

/// Reports a run of references whose numbers were not printed.
fn flush_guessed(guessed: &mut Option<(usize, u32, u32)>, warnings: &mut Vec<Warning>) {
    if let Some((line, first, last)) = guessed.take() {
        let which = if first == last {
            format!("reference {first}")
        } else {
            format!("references {first}–{last}")
        };
        warnings.push(Warning {
            line,
            message: format!("{which}: number not printed; numbered by position"),
        });
    }
}

/// The text a continuation piece adds: a bulleted continuation ("- http://…") loses its bullet.
fn piece_text<'a>(scan: &Scan<'a>, piece: &Piece<'a>) -> &'a str {
    if scan.bullet && scan.number.is_none() {
        scan.body
    } else {
        piece.text
    }
}

/// Appends a line piece to the reference text: a URL broken over two lines is rejoined without a
/// space, a word hyphenated at the line end joins the next when it continues in lower case (the
/// hyphen is kept: the reports' line-end hyphens are real ones, "Co-operation"), otherwise one
/// space.
fn join_piece(raw: &mut String, next: &str) {
    let next = next.trim();
    if next.is_empty() {
        return;
    }
    if raw.is_empty() {
        raw.push_str(next);
        return;
    }
    // Only the end of the text so far is looked at, so joining stays linear however long a
    // reference grows.
    let last = tail(raw, MAX_TOKEN_BYTES)
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let first = next.split_whitespace().next().unwrap_or("");
    let bare = markup::clean_cow(last);
    let glue = if url_like(&bare) && !last.ends_with("</a>") {
        continues_url(&bare, first)
    } else {
        last.ends_with('-') && last.len() > 1 && next.chars().next().is_some_and(char::is_lowercase)
    };
    if !glue {
        raw.push(' ');
    }
    raw.push_str(next);
}

/// The last `max` bytes of `s` or fewer, cut at a character boundary.
fn tail(s: &str, max: usize) -> &str {
    let mut start = s.len().saturating_sub(max);
    while start < s.len() && !s.is_char_boundary(start) {
        start += 1;
    }
    s.get(start..).unwrap_or("")
}

/// The first `max` bytes of `s` or fewer, cut at a character boundary.
fn prefix(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while end > 0 && !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// Whether `first` (the next line's first token) continues the URL `last`.
fn continues_url(last: &str, first: &str) -> bool {
    let first = first.trim_start_matches(['<']);
    if matches!(last, "http://" | "https://") {
        return true;
    }
    if first.is_empty() || first.starts_with("http") || first.starts_with("www.") {
        return false;
    }
    let url_chars = first.contains(['/', '_', '?', '=', '%', '&', '#', '~'])
        || first.starts_with(':')
        || (first.contains(['.', '-']) && !first.ends_with(['.', ',']))
        || first.contains('.') && first.trim_end_matches('.').contains('.');
    let lower_word = first.chars().all(|c| {
        c.is_lowercase()
            || c.is_ascii_digit()
            || matches!(c, '.' | '-' | '(' | ')' | markup::LINE_END_HYPHEN)
    }) && first
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c == '(');
    // A URL that ends a sentence ("….pdf.") followed by a capitalised word is finished.
    url_chars
        || lower_word
        || (!last.ends_with('.')
            && first.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
            && !looks_like_word(first))
}

/// A capitalised plain word that starts a new sentence ("Data", "Please").
fn looks_like_word(token: &str) -> bool {
    let t = token.trim_end_matches(['.', ',', ';', ':']);
    let mut chars = t.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
}

/// Takes hrefs out of `<a>` tags and cleans the markup (each step copies only when it changes
/// something), then builds the text and collects the URLs in one walk over its words.
fn finish(mut r: Reference, raw: &str) -> Reference {
    let unwrapped = unwrap_links(raw);
    let (text, urls) = words(&markup::clean_cow(&unwrapped));
    r.text = text;
    r.urls = urls;
    r
}

/// One walk over the words of a cleaned reference text (single spaces between them) that
/// closes the spaces copying put inside URLs, drops markdown emphasis stars ([`strip_stars`])
/// and collects the URLs ([`url_of`]), each once, in order. Runs of words it leaves as they are
/// are copied at once.
///
/// "…/kazakhstan. pdf." and "…/natlex/docs/ MONOGRAPH/76433/…" are one URL each: only a URL
/// followed by a file extension or by a path piece (holding '/', '_', '%' or '=') after a '/',
/// '-', '_' or "%20" is mended.
fn words(text: &str) -> (String, Vec<String>) {
    let mut out = Words {
        source: text,
        text: String::new(),
        changed: false,
        copied: 0,
        urls: Vec::new(),
        seen: HashSet::new(),
    };
    // The word being built (a range of `text`), whether spaces inside it are closed, what its
    // tokens hold, and whether one of them starts a URL.
    let mut word = 0..0;
    let mut glued = false;
    let mut holds = 0u8;
    let mut in_url = false;
    let bytes = text.as_bytes();
    let mut at = 0;
    // `split(' ')` by hand: a token is a maximal run of non-spaces, empty only in an empty text.
    while at <= bytes.len() {
        let start = at;
        let mut flags = 0u8;
        while let Some(&b) = bytes.get(at).filter(|&&b| b != b' ') {
            flags |= byte_class(b);
            at += 1;
        }
        let token = text.get(start..at).unwrap_or("");
        let end = at;
        at += 1;
        let last = text.get(word.clone()).unwrap_or("");
        let glue = in_url && {
            let ext = token.trim_end_matches(['.', ',', ';']);
            (last.ends_with('.')
                && matches!(
                    ext,
                    "pdf" | "htm" | "html" | "doc" | "docx" | "aspx" | "php"
                ))
                || (last.ends_with(['/', '-', '_']) || last.ends_with("%20"))
                    && token.contains(['/', '_', '%', '='])
                    && !(flags & COLON != 0 && has_scheme(token))
        };
        if glue {
            word.end = end;
            glued = true;
            holds |= flags;
        } else {
            out.push(word, glued, holds);
            word = start..end;
            glued = false;
            holds = flags;
            in_url = false;
        }
        in_url |= flags & COLON != 0 && has_scheme(token) || token.starts_with("www.");
    }
    out.push(word, glued, holds);
    out.finish()
}

/// What a token holds, as [`byte_class`] flags.
const STAR: u8 = 1;
const COLON: u8 = 2;
const DOT: u8 = 4;
/// A byte of a non-ASCII character or a control character: other white space may be among them.
const OTHER: u8 = 8;

fn byte_class(b: u8) -> u8 {
    match b {
        b'*' => STAR,
        b':' => COLON,
        b'.' => DOT,
        b' '..=b'~' => 0,
        _ => OTHER,
    }
}

/// What [`words`] builds: `text` is `source` itself until a word is changed.
struct Words<'a> {
    source: &'a str,
    text: String,
    changed: bool,
    /// `source` up to here (a word's start) is in `text`, or stands for it while unchanged.
    copied: usize,
    urls: Vec<String>,
    seen: HashSet<String>,
}

impl Words<'_> {
    /// Takes a finished word of `source`: without its emphasis stars (a word of stars only is
    /// dropped) and the spaces of a mended URL; collects the URLs it holds.
    fn push(&mut self, range: std::ops::Range<usize>, glued: bool, holds: u8) {
        let source = self.source;
        let raw = source.get(range.clone()).unwrap_or("");
        let mended;
        let word = if glued {
            mended = raw.replace(' ', "");
            mended.as_str()
        } else {
            raw
        };
        let (core, punct) = if holds & STAR != 0 {
            strip_stars(word)
        } else {
            (word, "")
        };
        if holds & (COLON | DOT) != 0 {
            // A math span may leave other white space inside a word.
            if holds & OTHER != 0 {
                for token in format!("{core}{punct}").split_whitespace() {
                    self.url(token, holds);
                }
            } else if punct.is_empty() {
                self.url(core, holds);
            } else {
                self.url(&format!("{core}{punct}"), holds);
            }
        }
        if !glued && core.len() + punct.len() == raw.len() {
            return; // unchanged: copied with its run
        }
        // The unchanged words before this one, then this one.
        let run = source
            .get(self.copied..range.start.saturating_sub(1).max(self.copied))
            .unwrap_or("");
        self.changed = true;
        self.append(run);
        self.append(core);
        self.text.push_str(punct);
        self.copied = range.end + 1;
    }

    /// Appends words after a space unless the text is still empty.
    fn append(&mut self, words: &str) {
        if words.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push(' ');
        }
        self.text.push_str(words);
    }

    /// Collects the URL a token holds.
    fn url(&mut self, token: &str, holds: u8) {
        if let Some(url) = url_of(token, holds & COLON != 0) {
            if self.seen.insert(url.clone()) {
                self.urls.push(url);
            }
        }
    }

    /// The text and its URLs.
    fn finish(mut self) -> (String, Vec<String>) {
        if !self.changed {
            return (self.source.to_string(), self.urls);
        }
        let rest = self.source.get(self.copied..).unwrap_or("");
        self.append(rest);
        (self.text, self.urls)
    }
}

/// A word without the markdown emphasis stars around it ("*Trafficking", "Report-2013*."), as
/// (text, trailing punctuation): a reference holds no footnote marks, and URLs are left alone.
fn strip_stars(word: &str) -> (&str, &str) {
    if has_scheme(word) || word.starts_with("www.") {
        return (word, "");
    }
    let body = word.trim_start_matches('*');
    // The closing star may stand before trailing punctuation: "2013*." or "Report*,".
    let core_end = body
        .trim_end_matches(|c: char| ".,;:)\"”'".contains(c))
        .len();
    let (core, punct) = body.split_at(core_end);
    (core.trim_end_matches('*'), punct)
}

/// Replaces each `<a href="URL">TEXT</a>` by TEXT when it holds the URL, by URL when TEXT is a
/// part of it (a scheme-less or cut copy), else by "TEXT URL"; nothing of the href is lost and
/// nothing is doubled.
fn unwrap_links(s: &str) -> Cow<'_, str> {
    if find_ci(s, "<a ").is_none() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = find_ci(rest, "<a ") {
        out.push_str(rest.get(..at).unwrap_or(""));
        let tail = rest.get(at..).unwrap_or("");
        let Some((consumed, replacement)) = read_anchor(tail) else {
            out.push_str("<a ");
            rest = tail.get(3..).unwrap_or("");
            continue;
        };
        out.push_str(&replacement);
        // Always advances: consumed > 0.
        rest = tail.get(consumed..).unwrap_or("");
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Reads `<a … href="URL" …>TEXT</a>` at the start of `s`: (bytes consumed, replacement). A
/// missing `</a>` ends the anchor at the end of the text.
fn read_anchor(s: &str) -> Option<(usize, String)> {
    let limit = s
        .char_indices()
        .nth(MAX_TAG_CHARS)
        .map_or(s.len(), |(i, _)| i);
    let head = s.get(..limit)?;
    let close = head.find('>')?;
    let tag = head.get(..close)?;
    let href = find_ci(tag, "href=").and_then(|h| {
        let v = tag.get(h + 5..)?;
        let quote = v.chars().next().filter(|c| *c == '"' || *c == '\'');
        match quote {
            Some(q) => {
                let v = v.get(1..)?;
                Some(v.get(..v.find(q).unwrap_or(v.len()))?.to_string())
            }
            None => Some(v.split_whitespace().next().unwrap_or("").to_string()),
        }
    })?;
    let after = s.get(close + 1..)?;
    // Link texts are short: the closing tag is looked for nearby only, so a text full of
    // unclosed tags is not rescanned to its end for each.
    let (inner, consumed) = match find_ci(prefix(after, MAX_TAG_CHARS), "</a>") {
        Some(end) => (after.get(..end)?, close + 1 + end + 4),
        None => (after, s.len()),
    };
    let text = markup::clean(inner);
    let href = markup::clean(&href);
    let href = href.trim();
    let bare = |u: &str| {
        u.trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_end_matches(['/', '.'])
            .to_ascii_lowercase()
    };
    let replacement = if href.is_empty()
        || text.contains(href)
        || bare(&text) == bare(href) && text.starts_with("http")
    {
        text
    } else if text.is_empty() || bare(href).starts_with(&bare(&text)) {
        href.to_string()
    } else {
        format!("{text} {href}")
    };
    Some((consumed, replacement))
}

/// The http(s) URL a token holds, without trailing punctuation; a "www.…" URL gets an
/// "http://" prefix. `colon`: the token holds a ':' (else only "www." may start a URL).
fn url_of(token: &str, colon: bool) -> Option<String> {
    let prefixes: &[&str] = if colon {
        &["https://", "http://", "www."]
    } else {
        &["www."]
    };
    let start = prefixes.iter().filter_map(|p| find_ci(token, p)).min()?;
    let url = token.get(start..).unwrap_or("");
    let mut url = url.trim_end_matches(['.', ',', ';', ':', '"', '”', '’', '\'', ']', '>']);
    if url.ends_with(')') && url.matches('(').count() < url.matches(')').count() {
        url = url.get(..url.len() - 1).unwrap_or(url);
    }
    let url = if url.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www.")) {
        format!("http://{url}")
    } else {
        url.to_string()
    };
    // The host: what follows the first "://", up to a second one.
    let after = find_ci(&url, "://")
        .and_then(|i| url.get(i + 3..))
        .unwrap_or("");
    let host = after
        .get(..find_ci(after, "://").unwrap_or(after.len()))
        .unwrap_or("");
    (host.len() >= 4 && host.contains('.')).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    /// Reference-list excerpts of real reports, page furniture removed as the document walk
    /// removes it.
    const SEED_2013_TAB: &str = include_str!("../tests/data/references/seed2013_tab.txt");
    const SEED_2018_PIPE: &str = include_str!("../tests/data/references/seed2018_pipe.txt");
    const KAZ_2021_PLAIN: &str = include_str!("../tests/data/references/kazakhstan2021_plain.txt");
    const KAZ_2021_LAYOUT: &str =
        include_str!("../tests/data/references/kazakhstan2021_layout.txt");
    const AFG_2013_PLAIN: &str = include_str!("../tests/data/references/afghanistan2013_plain.txt");
    const PHL_2018_PLAIN: &str = include_str!("../tests/data/references/philippines2018_plain.txt");
    const GHANA_2016_LAYOUT: &str =
        include_str!("../tests/data/references/ghana2016_layout_page1.txt");

    /// Chile 2017 (`pdftotext`): "2. —. Reporting, March 5, 2015.", a dash for the author.
    const CHL_2017_PLAIN: &str = include_str!("../tests/data/references/chile2017_plain_ditto.txt");

    /// Somalia 2019 (`pdftotext`): numbers 1–45 apart from the texts; a wrapped law title puts
    /// "16. Enacted: December 1962." at the start of a line.
    const SOM_2019_PLAIN: &str =
        include_str!("../tests/data/references/somalia2019_plain_detached.txt");

    fn run(text: &str, format: Format) -> (Vec<Reference>, Vec<Warning>) {
        let lines = split(text);
        parse(lines, format)
    }

    fn numbers(refs: &[Reference]) -> Vec<u32> {
        refs.iter().map(|r| r.number).collect()
    }

    fn text_of(refs: &[Reference], n: u32) -> &str {
        refs.iter()
            .find(|r| r.number == n)
            .map_or("", |r| r.text.as_str())
    }

    fn urls_of(refs: &[Reference], n: u32) -> Vec<&str> {
        refs.iter()
            .find(|r| r.number == n)
            .map_or(Vec::new(), |r| r.urls.iter().map(String::as_str).collect())
    }

    #[test]
    fn browser_copy_2013_has_41_in_order() {
        let (refs, warnings) = run(SEED_2013_TAB, Format::Tab);
        assert_eq!(numbers(&refs), (1..=41).collect::<Vec<_>>());
        assert!(text_of(&refs, 3).starts_with("U.S. Embassy- Astana. reporting, January 17, 2014."));
        // Indented continuation lines joined, "http://" + "www…" rejoined, `\_` unescaped.
        assert!(text_of(&refs, 5).contains("of slavery, including its causes"));
        assert_eq!(
            urls_of(&refs, 5),
            ["http://www.ohchr.org/EN/HRBodies/HRC/RegularSessions/Session24/Documents/A-HRC-24-43-Add1_en.pdf"]
        );
        // href and link text are the same URL: kept once.
        assert_eq!(urls_of(&refs, 24).len(), 1);
        assert_eq!(text_of(&refs, 24).matches("zakon.kz").count(), 1);
        // A scheme-less link text gives way to its href.
        assert!(urls_of(&refs, 17)[0].starts_with("https://www.oit.org/dyn/natlex/docs/"));
        assert!(!text_of(&refs, 17).contains("<a"));
        assert!(text_of(&refs, 41).contains("May 9, 2014"));
        // The lost numbers are reported, a run at a time.
        assert!(warnings
            .iter()
            .any(|w| w.message.starts_with("references 10–13")));
    }

    #[test]
    fn ocr_2018_has_40_with_garbled_numbers() {
        let (refs, warnings) = run(SEED_2018_PIPE, Format::Pipe);
        assert_eq!(numbers(&refs), (1..=40).collect::<Vec<_>>());
        assert!(text_of(&refs, 1).starts_with("IOM. The World Day"));
        assert!(text_of(&refs, 11).starts_with("Kenzhebekova, Alma."));
        assert!(text_of(&refs, 4).starts_with("U.S. Embassy- Astana. Reporting. January 19, 2018."));
        // " - G1607781.pdf." continues reference 10.
        assert!(urls_of(&refs, 10)[0].ends_with("/G1607781.pdf"));
        assert!(text_of(&refs, 14).starts_with("International Federation for Human Rights"));
        // Bulleted URL and "Enacted:" pieces continue; unbulleted items start.
        assert!(urls_of(&refs, 23)[0].ends_with("doc_id=31130640"));
        assert!(text_of(&refs, 24).starts_with("Government of Kazakhstan. Law No. 345-II"));
        assert!(text_of(&refs, 25).starts_with("Sovernment of Kazakhstan. Constitution"));
        assert!(text_of(&refs, 25).contains("Enacted: August 30, 1995."));
        assert!(text_of(&refs, 26).starts_with("Government of Kazakhstan. Law No. 319-III"));
        assert_eq!(urls_of(&refs, 40), ["http://www.akorda.kz/upload/SPED.doc"]);
        for printed in ["\"I\" read as 1", "\"II\" read as 11"] {
            assert!(
                warnings.iter().any(|w| w.message.contains(printed)),
                "{printed}"
            );
        }
    }

    #[test]
    fn plain_numbered_with_wrapped_lines() {
        let (refs, warnings) = run(AFG_2013_PLAIN, Format::Plain);
        assert_eq!(numbers(&refs), (1..=18).collect::<Vec<_>>());
        // Wrapped over a page break (the page number between is dropped).
        assert_eq!(
            urls_of(&refs, 14),
            ["http://online.wsj.com/article/SB10001424052702303640804577491511393159548.html"]
        );
        // "2013. Kabul; 2014." is the wrapped tail of reference 3, not a number 2013.
        assert!(text_of(&refs, 3).contains("Afghanistan Annual Report 2013. Kabul; 2014."));
        assert_eq!(
            urls_of(&refs, 1),
            ["http://www.state.gov/documents/organization/220598.pdf"]
        );
        assert_eq!(
            urls_of(&refs, 4),
            ["http://www.uis.unesco.org/Pages/default.aspx?SPSLanguage=EN"]
        );
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn plain_with_numbers_apart_from_texts() {
        let (refs, _) = run(KAZ_2021_PLAIN, Format::Plain);
        assert_eq!(numbers(&refs), (1..=46).collect::<Vec<_>>());
        let starts = [
            (
                3,
                "U.S. Department of State. Trafficking in Persons Report- 2021: Kazakhstan.",
            ),
            (16, "Nazgul Abzhekenova."),
            (20, "Government of Kazakhstan, Minister of Health"),
            (
                26,
                "Organization for Economic Co-operation and Development (OECD).",
            ),
            (33, "Government of Kazakhstan. Code of the Republic"),
            (
                40,
                "Government of Kazakhstan. Ministry of Labor and Social Protection Decree",
            ),
            (
                46,
                "Government of Kazakhstan. Ministry of Education and Science. State",
            ),
        ];
        for (n, start) in starts {
            assert!(
                text_of(&refs, n).starts_with(start),
                "{n}: {}",
                text_of(&refs, n)
            );
        }
        assert!(text_of(&refs, 20).contains("There are no substantive changes"));
        assert_eq!(
            urls_of(&refs, 3),
            ["https://www.state.gov/reports/2021-trafficking-in-persons-report/kazakhstan/"]
        );
    }

    /// Numbers apart from the texts for 1–81, then printed in front of them ("82 Philippine…").
    #[test]
    fn plain_with_numbers_apart_then_inline() {
        let (refs, warnings) = run(PHL_2018_PLAIN, Format::Plain);
        assert_eq!(numbers(&refs), (1..=133).collect::<Vec<_>>());
        let starts = [
            (1, "Palatino, Mong."),
            (10, "UNESCO Institute for Statistics."),
            (43, "Local NGO official."),
            (48, "Duerr, Roxana Isabel."),
            (58, "Government of the Philippines Out-of-school"),
            (81, "Department of Labor and Employment. Bureau of Workers"),
            (82, "Philippine National Police official."),
            (
                133,
                "Government of the Philippines. Strengthening the Social",
            ),
        ];
        for (n, start) in starts {
            assert!(
                text_of(&refs, n).starts_with(start),
                "{n}: {}",
                text_of(&refs, n)
            );
        }
        assert!(text_of(&refs, 48).contains("Deutsche Welle, October 3, 2015."));
        // The "Year(s) Suggested" column printed beside the list is not part of any reference.
        assert!(refs.iter().all(|r| !r.text.contains("Year(s)")));
        assert!(warnings.iter().any(|w| w.message.contains("table residue")));
    }

    /// The same list as `pdftotext` and `pdftotext -layout` print it: the same references.
    #[test]
    fn plain_and_layout_agree() {
        let (plain, _) = run(KAZ_2021_PLAIN, Format::Plain);
        let (layout, _) = run(KAZ_2021_LAYOUT, Format::Layout);
        assert_eq!(numbers(&layout), numbers(&plain));
        for (p, l) in plain.iter().zip(&layout) {
            let head = |s: &str| s.chars().take(40).collect::<String>();
            assert_eq!(head(&p.text), head(&l.text), "reference {}", p.number);
            assert_eq!(p.urls.len(), l.urls.len(), "reference {}", p.number);
        }
    }

    /// As the document walk hands the lines over: blank lines and page furniture gone, and the
    /// form feed with them; pages are told by the gap in line numbers.
    #[test]
    fn layout_pages_without_form_feeds() {
        let lines: Vec<Line> = split(KAZ_2021_LAYOUT)
            .into_iter()
            .filter(|l| !l.text().is_empty())
            .map(|mut l| {
                l.set_page_break(false);
                l
            })
            .collect();
        let (refs, _) = parse(lines, Format::Layout);
        assert_eq!(numbers(&refs), (1..=46).collect::<Vec<_>>());
        assert!(text_of(&refs, 33).starts_with("Government of Kazakhstan. Code of the Republic"));
        assert!(text_of(&refs, 40).contains("Decree no. 428"));
    }

    #[test]
    fn layout_two_columns_read_left_then_right() {
        // The heading line itself carries the right column's first line.
        let (refs, warnings) = run(GHANA_2016_LAYOUT, Format::Layout);
        assert_eq!(numbers(&refs), (1..=19).collect::<Vec<_>>());
        assert!(text_of(&refs, 9).ends_with("of this report."));
        assert!(text_of(&refs, 10).starts_with("UCW. Analysis of Child Economic Activity"));
        assert!(text_of(&refs, 10).contains("Reference Materials section of this report."));
        assert_eq!(
            urls_of(&refs, 2),
            ["http://www.ohchr.org/EN/HRBodies/HRC/RegularSessions/Session26/Documents/A_HRC_26_25_Add.5_ENG.DOC"]
        );
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    /// Regression (Chile, Moldova, Kosovo, South Africa 2017, …): a numbered item whose author is
    /// a ditto dash was not read as numbered, and the list stopped at the item before it.
    #[test]
    fn ditto_dash_items_are_numbered() {
        let (refs, warnings) = run(CHL_2017_PLAIN, Format::Plain);
        assert_eq!(numbers(&refs), (1..=9).collect::<Vec<_>>());
        assert_eq!(text_of(&refs, 2), "—. Reporting, March 5, 2015.");
        assert!(text_of(&refs, 7).starts_with("—. Responses of Chile."));
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            scan_item("31. —. Collective Convention")
                .number
                .map(|p| p.value),
            Some(31)
        );
        assert_eq!(
            scan_item("- 3. ___. Law No. 9").number.map(|p| p.value),
            Some(3)
        );
        assert!(is_ditto("—. Reporting") && is_ditto("——, Decree") && !is_ditto("– Togo."));
        assert!(!is_ditto("2016 – 2017") && !is_ditto(&"—".repeat(40)));
        // Unnumbered, a ditto item still starts a reference.
        let (refs, _) = run("U.S. Embassy- Santiago. Reporting, January 27, 2016.\n—. Reporting, January 31, 2017.\n", Format::Plain);
        assert_eq!(refs.len(), 2);
    }

    /// Regression (Somalia 2019–2020, Togo 2019–2020, Fiji 2018, India 2019–2020): with the
    /// numbers printed apart, a number at the start of a wrapped line inside the texts
    /// ("Legislative Decree No. 5 of" / "16. Enacted: …") was taken for reference 16, and the
    /// stretch after it (16 to the count) got only the few texts left over.
    #[test]
    fn detached_numbers_outrank_numbers_inside_texts() {
        let (refs, warnings) = run(SOM_2019_PLAIN, Format::Plain);
        assert!(refs
            .iter()
            .all(|r| !r.text.starts_with("Enacted: December 1962")));
        assert!(
            !warnings.iter().any(|w| w.message.contains("\"16\"")),
            "{warnings:?}"
        );
        let penal = refs
            .iter()
            .find(|r| {
                r.text
                    .contains("Legislative Decree No. 5 of 16. Enacted: December 1962.")
            })
            .map(|r| r.number);
        assert_eq!(penal, Some(32));
        assert_eq!(numbers(&refs), (1..=45).collect::<Vec<_>>());
        assert!(text_of(&refs, 1).starts_with("U.S. Department of State. Trafficking"));
        assert!(text_of(&refs, 45)
            .starts_with("UN Security Council. Report of the Secretary-General on Somalia. May"));
    }

    #[test]
    fn scans_numbers_and_bullets() {
        let s = scan_item("- I IOM. The World Day");
        assert!(s.bullet);
        assert_eq!(s.number.map(|p| (p.value, p.garbled)), Some((1, true)));
        assert_eq!(
            scan_item("- II Kenzhebekova, Alma.")
                .number
                .map(|p| p.value),
            Some(11)
        );
        assert_eq!(
            scan_item("- 3. U.S. Embassy").number.map(|p| p.value),
            Some(3)
        );
        assert_eq!(
            scan_item("1. U.S. Department").number.map(|p| p.value),
            Some(1)
        );
        assert_eq!(
            scan_item("10   UNESCO Institute").number.map(|p| p.value),
            Some(10)
        );
        assert_eq!(
            scan_item("82 Philippine National").number.map(|p| p.weak),
            Some(true)
        );
        assert_eq!(scan_item("14").number_only, Some(14));
        assert_eq!(
            scan_item("13 de Souza, Alice.").number.map(|p| p.value),
            Some(13)
        );
        assert_eq!(
            scan_item("[7] ILO. Report.").number.map(|p| p.value),
            Some(7)
        );
        assert!(scan_item("[source on file]. Geneva").number.is_none());
        assert_eq!(scan_item("92.").number_only, Some(92));
        assert!(scan_item("14, 2013.").number.is_none());
        assert!(scan_item("31 March 2006 No. 73-p").number.is_none());
        assert!(scan_item("I Had to Run Away").number.is_none());
        assert!(scan_item("87 \"Freedom of Association").number.is_none());
        assert!(scan_item("O").number_only.is_none());
    }

    #[test]
    fn a_printed_number_out_of_sequence_is_replaced() {
        let text = "1. ILO. Report one. 2014.\n- 7 UNICEF. Report two. 2015.\n3. UN. Report three. 2016.\n";
        let (refs, warnings) = run(text, Format::Plain);
        assert_eq!(numbers(&refs), [1, 2, 3]);
        assert!(warnings
            .iter()
            .any(|w| w.line == 2 && w.message.contains("\"7\"")));
        // A gap that no text can fill: the printed number wins and the gap is reported.
        let (refs, warnings) = run("1. ILO. One. 2014.\n5. UN. Five. 2016.\n", Format::Plain);
        assert_eq!(numbers(&refs), [1, 5]);
        assert!(warnings.iter().any(|w| w.message.contains("2–4")));
    }

    #[test]
    fn joins_urls_and_hyphenated_words() {
        let mut s = String::from("Geneva; 2014. http://www.ohchr.org/");
        join_piece(&mut s, "EN/HRBodies/Session26.pdf. Data provided is");
        assert_eq!(
            s,
            "Geneva; 2014. http://www.ohchr.org/EN/HRBodies/Session26.pdf. Data provided is"
        );
        let mut s = String::from("see https://ilostat.ilo.org/data/");
        join_piece(&mut s, "Labor force data is");
        assert_eq!(s, "see https://ilostat.ilo.org/data/ Labor force data is");
        let mut s = String::from("the state-");
        join_piece(&mut s, "owned farms");
        assert_eq!(s, "the state-owned farms");
        let mut s = String::from("Embassy-");
        join_piece(&mut s, "Astana");
        assert_eq!(s, "Embassy- Astana");
    }

    #[test]
    fn emphasis_stars_dropped() {
        assert_eq!(
            words("in *Trafficking in Persons Report-2013*. Washington").0,
            "in Trafficking in Persons Report-2013. Washington"
        );
        assert_eq!(
            words("**bold**, http://x.org/a*b").0,
            "bold, http://x.org/a*b"
        );
        assert_eq!(words("é * ü").0, "é ü");
        // Changed words amid unchanged runs; a URL mended across a copied space.
        assert_eq!(
            words("* see http://x.org/kazakhstan. pdf. *Report*, and * end"),
            (
                "see http://x.org/kazakhstan.pdf. Report, and end".to_string(),
                vec!["http://x.org/kazakhstan.pdf".to_string()]
            )
        );
    }

    #[test]
    fn links_keep_their_href_once() {
        assert_eq!(
            unwrap_links(r#"see <a href="http://a.org/x">http://a.org/x</a>."#),
            "see http://a.org/x."
        );
        assert_eq!(
            unwrap_links(r#"<a href="https://www.oit.org/docs/">www.oit.org/docs/</a> more"#),
            "https://www.oit.org/docs/ more"
        );
        assert_eq!(
            unwrap_links(r#"<a href="http://b.org/">the report</a>"#),
            "the report http://b.org/"
        );
        // An unterminated tag is left as it is; its URL is still found.
        assert_eq!(
            words(&unwrap_links("<a href=\"http://c.org/é")).1,
            ["http://c.org/é"]
        );
        assert_eq!(
            words("at www.akorda.kz/upload/SPED.doc. and (http://x.org/a_(1).pdf)").1,
            [
                "http://www.akorda.kz/upload/SPED.doc",
                "http://x.org/a_(1).pdf"
            ]
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        let odd = [
            "",
            "\u{c}",
            "REFERENCES",
            "- ",
            "-",
            "1.",
            "I",
            "<a href=",
            "<a href=\"",
            "é".repeat(500).as_str().to_owned().leak(),
            "   \u{a0}\u{a0}  ٣. نص",
            "99999999999999999999. Overflow",
            "4294967296 Big",
            "1\n2\n3\n\n\n",
            "2021\n2020 – 2021\n2019",
        ];
        for text in odd {
            for format in [Format::Tab, Format::Pipe, Format::Layout, Format::Plain] {
                let _ = run(text, format);
            }
        }
        // Layout lines wider than the column histogram, with multi-byte characters.
        let wide = format!(
            "{}{}\n{}x\n",
            "é ".repeat(300),
            "   1. ILO. Wide.",
            " ".repeat(5000)
        );
        let _ = run(&wide, Format::Layout);
    }

    proptest::proptest! {
        /// Any mix of the constructs the parser looks at, in any order, never panics.
        #[test]
        fn arbitrary_lists_never_panic(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just("- ".to_string()),
                    proptest::strategy::Just("\n".to_string()),
                    proptest::strategy::Just("\u{c}".to_string()),
                    proptest::strategy::Just("     ".to_string()),
                    proptest::strategy::Just("12. ".to_string()),
                    proptest::strategy::Just("II ".to_string()),
                    proptest::strategy::Just("2021\n".to_string()),
                    proptest::strategy::Just("<a href=\"http://x.org/".to_string()),
                    proptest::strategy::Just("\">".to_string()),
                    proptest::strategy::Just("</a>".to_string()),
                    proptest::strategy::Just("www.".to_string()),
                    proptest::strategy::Just("*".to_string()),
                    proptest::strategy::Just("REFERENCES".to_string()),
                    "[A-Za-z .,;:/é€-]{0,12}",
                ],
                0..80,
            )
        ) {
            let text: String = parts.concat();
            for format in [Format::Tab, Format::Pipe, Format::Layout, Format::Plain] {
                let (refs, _) = run(&text, format);
                // Numbers only grow.
                proptest::prop_assert!(refs.windows(2).all(|w| w[0].number < w[1].number));
            }
        }
    }

    /// Inputs shaped to make a careless parser quadratic; each finishes in one pass.
    #[test]
    fn pathological_inputs_stay_linear() {
        // One reference with a very long tail of continuation lines.
        let mut one = String::from("1. ILO. A report. 2014.\n");
        one.push_str(&"continued text of the same reference http://x.org/a\n".repeat(40_000));
        let (refs, _) = run(&one, Format::Plain);
        assert_eq!(refs.len(), 1);
        // A giant word, then many short lines joining it.
        let mut giant = format!("1. ILO. http://x.org/{}\n", "a".repeat(2_000_000));
        giant.push_str(&"b/c\n".repeat(40_000));
        let (refs, _) = run(&giant, Format::Plain);
        assert_eq!(refs.len(), 1);
        // Unclosed links.
        let links = format!("- ILO. {}\n", "<a href=\"http://x.org/\">x ".repeat(40_000));
        let (refs, _) = run(&links, Format::Tab);
        assert_eq!(refs.len(), 1);
        // No printed numbers: every line a candidate.
        let line = "Government of Kazakhstan. Labor Code. Enacted: 2015. http://x.kz/a\n";
        let (refs, _) = run(&line.repeat(20_000), Format::Plain);
        assert_eq!(refs.len(), 20_000);
        // Bare numbers and texts, many times over.
        let (refs, _) = run(&KAZ_2021_PLAIN.repeat(64), Format::Plain);
        assert!(!refs.is_empty());
        // A layout page of one huge two-column line.
        let wide = format!("{}   1. ILO. Right.\n", "x ".repeat(500_000));
        let _ = run(&wide.repeat(8), Format::Layout);
    }
}
