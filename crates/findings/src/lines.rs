//! Pass 2: split the text into lines and classify each line once.
//!
//! This is the only place that knows what a kind of line looks like. Each recogniser is a small
//! pure `scan_*` function; [`classify`] tries them in priority order.

use std::sync::LazyLock;

use memchr::memmem;

use crate::markup;

/// One source line: 24 bytes (the lines of a report are its largest allocation while it is
/// parsed), so the line number is a `u32`, and [`Line::text`]'s offset into `raw`, the kind and
/// the page break share one `u32`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// The line without its end, leading form feeds and trailing white space. Column positions
    /// of `pdftotext -layout` output are positions in this string.
    pub raw: &'a str,
    /// 1-based line number in the input (saturates at `u32::MAX`).
    number: u32,
    /// Where [`Line::text`] starts in `raw`, in bytes (the low [`TEXT_AT_BITS`] bits), the
    /// [`Kind`] (the next three), page furniture and the page break (the top two).
    packed: u32,
}

#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Line>() == 24);

/// Bits of [`Line::packed`] holding the leading white space's length: a line with more (128 MiB)
/// is kept without it ([`make_line`]).
const TEXT_AT_BITS: u32 = 27;
const TEXT_AT_MASK: u32 = (1 << TEXT_AT_BITS) - 1;
const FURNITURE: u32 = 1 << 30;
const PAGE_BREAK: u32 = 1 << 31;

impl<'a> Line<'a> {
    /// 1-based line number in the input.
    pub fn no(&self) -> usize {
        self.number as usize
    }

    /// Moves the line number on by `by` (a report cut out of a longer text).
    pub fn shift_no(&mut self, by: usize) {
        self.number = u32::try_from(self.no().saturating_add(by)).unwrap_or(u32::MAX);
    }

    /// `raw` without leading white space.
    pub fn text(&self) -> &'a str {
        self.raw
            .get((self.packed & TEXT_AT_MASK) as usize..)
            .unwrap_or_default()
    }

    /// Leading white space, in characters (tabs count one): counted when asked.
    pub fn indent(&self) -> u32 {
        let lead = &self.raw.as_bytes()[..self.raw.len() - self.text().len()];
        if lead.is_ascii() {
            return u32::try_from(lead.len()).unwrap_or(u32::MAX);
        }
        u32::try_from(self.raw[..lead.len()].chars().count()).unwrap_or(u32::MAX)
    }

    /// What the line is.
    pub fn kind(&self) -> Kind {
        match self.packed >> TEXT_AT_BITS & 0b111 {
            0 => Kind::Blank,
            1 => Kind::PipeRow,
            2 => Kind::TabRow,
            3 => Kind::Caption,
            4 => Kind::Heading,
            5 => Kind::Legend,
            _ => Kind::Text,
        }
    }

    /// A form feed (page break) stood before this line.
    pub fn page_break(&self) -> bool {
        self.packed & PAGE_BREAK != 0
    }

    /// Sets or clears the page break.
    pub fn set_page_break(&mut self, page_break: bool) {
        self.packed = self.packed & !PAGE_BREAK | if page_break { PAGE_BREAK } else { 0 };
    }

    /// Page furniture (a running header or footer, its page number), dropped by the document
    /// walk: decided from the lines around it ([`crate::sections::mark_furniture`]).
    pub fn is_furniture(&self) -> bool {
        self.packed & FURNITURE != 0
    }

    /// Marks the line as page furniture.
    pub fn set_furniture(&mut self) {
        self.packed |= FURNITURE;
    }

    /// Sets the kind; [`Line::kind`] reads it back by its discriminant.
    fn set_kind(&mut self, kind: Kind) {
        self.packed = self.packed & !(0b111 << TEXT_AT_BITS) | (kind as u32) << TEXT_AT_BITS;
    }
}

/// What a line is, decided from the line alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Empty or white space only.
    Blank,
    /// A markdown pipe-table row (`| a | b |`) or separator (`|---|`).
    PipeRow,
    /// Text with a tab between cells.
    TabRow,
    /// "Table 4. Laws and Regulations…" or "Table 4. … (Cont.)".
    Caption,
    /// A numbered section heading ("II. LEGAL FRAMEWORK …").
    Heading,
    /// A footnote legend starting with a mark ("* Evidence of…", "[†] …", "<sup>‡</sup> …").
    Legend,
    /// Anything else: prose, cell text, furniture decided later.
    Text,
}

/// Splits `text` into classified lines. `\n`, `\r\n` and lone `\r` all end a line.
pub(crate) fn split(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut no = 0;
    while start < bytes.len() {
        let end = memchr::memchr2(b'\n', b'\r', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        no += 1;
        out.push(make_line(no, &text[start..end]));
        // Advance past the line end: "\r\n" counts as one. Always moves forward.
        start = if bytes.get(end) == Some(&b'\r') && bytes.get(end + 1) == Some(&b'\n') {
            end + 2
        } else {
            end + 1
        };
    }
    out
}

/// What [`split`] gives for `part`, a piece of a text cut at the start of a line's `raw`, from
/// `lines`: the text's lines whose `raw` starts in `part` (numbered as in the text), so that the
/// piece is not split again. Only its ends can differ: its first line has no form feed before
/// it in `part` (nor a BOM, which the caller strips), and it may end in the form feeds that
/// start the next line, a line of its own.
pub(crate) fn lines_of_part<'a>(part: &'a str, mut lines: Vec<Line<'a>>) -> Vec<Line<'a>> {
    let Some(first_no) = lines.first().map(Line::no) else {
        return split(part);
    };
    let shift = first_no.saturating_sub(1);
    let bytes = part.as_bytes();
    let first_end = memchr::memchr2(b'\n', b'\r', bytes).unwrap_or(bytes.len());
    lines[0] = make_line(1, &part[..first_end]);
    lines[0].shift_no(shift);
    // The start of the last line of `part` (after its last line end): past the last `raw`, it is
    // a line `lines` do not hold.
    let tail = memchr::memrchr2(b'\n', b'\r', bytes).map_or(0, |i| i + 1);
    let last_raw = lines.last().map_or(0, |l| {
        (l.raw.as_ptr() as usize).saturating_sub(part.as_ptr() as usize)
    });
    if tail < bytes.len() && tail > last_raw {
        let mut line = make_line(lines.len() + 1, &part[tail..]);
        line.shift_no(shift);
        lines.push(line);
    }
    lines
}

fn make_line(no: usize, s: &str) -> Line<'_> {
    let without_ff = s.trim_start_matches('\u{c}');
    let page_break = without_ff.len() != s.len();
    let mut raw = without_ff.trim_end();
    let text = raw.trim_start();
    let mut lead = raw.len() - text.len();
    if lead > TEXT_AT_MASK as usize {
        // Too much leading white space to count: the line is kept without it (indent 0).
        raw = text;
        lead = 0;
    }
    let mut line = Line {
        raw,
        number: u32::try_from(no).unwrap_or(u32::MAX),
        packed: u32::try_from(lead).unwrap_or(0),
    };
    line.set_page_break(page_break);
    line.set_kind(classify(&line));
    line
}

/// The ordered dispatch: the first recogniser that matches decides. The plain first character
/// is read once: each recogniser refuses a line by it, so only those it may start are tried.
fn classify(line: &Line) -> Kind {
    let t = line.text();
    let first = markup::plain_first_char(t);
    let may = |starts: fn(char) -> bool| first.is_none_or(starts);
    if t.is_empty() || t.chars().all(char::is_whitespace) {
        Kind::Blank
    } else if scan_pipe_row(t) {
        Kind::PipeRow
    } else if may(caption_may_start) && scan_caption(t).is_some() {
        Kind::Caption
    } else if may(heading_may_start) && scan_heading(t).is_some() {
        Kind::Heading
    } else if may(markup::is_mark) && scan_legend(t).is_some() {
        Kind::Legend
    } else if line.raw.contains('\t') {
        Kind::TabRow
    } else {
        Kind::Text
    }
}

/// `| a | b |` or `|---|---|`: starts with a pipe and has another one; or a row written without
/// the outer pipes (`a | b | c`, `--- | ---`), which needs two pipes or a separator's dashes.
/// These reports' prose never holds a `|`.
pub(crate) fn scan_pipe_row(t: &str) -> bool {
    if let Some(rest) = t.strip_prefix('|') {
        return rest.contains('|');
    }
    // Most lines hold no pipe: the first search answers them without counting.
    let Some(first_pipe) = memchr::memchr(b'|', t.as_bytes()) else {
        return false;
    };
    let pipes = 1 + memchr::memchr_iter(b'|', &t.as_bytes()[first_pipe + 1..]).count();
    let separator = t.contains("---") && t.chars().all(|c| matches!(c, '-' | ':' | '|' | ' '));
    pipes >= 2 && t.contains(" | ") || separator
}

/// The run of spaces that separates columns in `pdftotext -layout` text.
pub(crate) const COLUMN_GAP: &str = "   ";

/// `s` up to its first [`COLUMN_GAP`]; all of `s` when it has none.
pub(crate) fn before_gap(s: &str) -> &str {
    // One searcher for the whole run, not one per line.
    static GAP: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(COLUMN_GAP));
    GAP.find(s.as_bytes()).map_or(s, |i| &s[..i])
}

/// A parsed table caption.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Caption {
    /// The number as printed ("4", "II", "l1").
    pub number_text: String,
    /// The number read from it; `None` when it cannot be read.
    pub number: Option<u32>,
    /// Title without "(Cont.)".
    pub title: String,
    /// Marked "(Cont.)" / "(cont)" / "(continued)".
    pub continued: bool,
}

/// "Table 4. Laws and Regulations on Child Labor (Cont.)", with markdown/bold residue allowed
/// around it. OCR'd numerals ("Table I.", "Table II.", "Table l1.") are accepted; the number is
/// resolved from context later.
pub(crate) fn scan_caption(t: &str) -> Option<Caption> {
    // Refused by its first character first: the text before a gap starts with the same one.
    if !markup::plain_first_char(t).is_none_or(caption_may_start) {
        return None;
    }
    // In `-layout` text, side material (a figure's caption) may share the line after a wide gap.
    let t = before_gap(t);
    let t = markup::strip_line_markup(t);
    let rest = strip_prefix_ci(&t, "table")?;
    if !rest.starts_with([' ', '\u{a0}']) {
        return None;
    }
    let rest = rest.trim_start();
    let num_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric()))
        .unwrap_or(rest.len());
    let number_text = &rest[..num_len];
    if number_text.is_empty() || num_len > 5 {
        return None;
    }
    let after = &rest[num_len..];
    // "Table 4. Title" (the usual), "Table 4: Title", "Table 4 Title" (OCR lost the dot).
    let title = after
        .strip_prefix(['.', ':'])
        .or_else(|| after.strip_prefix(' '))?
        .trim();
    // A caption set in small capitals comes out of pdf.js in lower case: "table 4. laws and
    // regulations on child labor".
    let small_caps = t.starts_with("table");
    let opens = |c: char| c.is_uppercase() || c == '"' || small_caps && c.is_lowercase();
    if !title.starts_with(opens) {
        return None;
    }
    let number = read_table_number(number_text);
    // A sentence that merely begins with "Table 1 provides …" is not a caption.
    if number.is_some_and(|_| number_text.bytes().all(|b| b.is_ascii_digit()))
        && after.starts_with(' ')
    {
        return None;
    }
    number?;
    let (title, continued) = strip_continued(title);
    let mut chars = title.chars();
    let title = match chars.next() {
        Some(first) if small_caps => crate::case::upper(first).to_string() + chars.as_str(),
        _ => title.to_string(),
    };
    Some(Caption {
        number_text: number_text.to_string(),
        number,
        title,
        continued,
    })
}

/// A caption's plain first character: the "T" of "Table".
fn caption_may_start(c: char) -> bool {
    c.eq_ignore_ascii_case(&'t')
}

/// A section heading's plain first character: a Roman numeral's (lower case too: small
/// capitals) or a number's ("+" included: `u8::from_str` takes it).
fn heading_may_start(c: char) -> bool {
    matches!(c, 'I' | 'V' | 'X' | 'i' | 'v' | 'x' | '0'..='9' | '+')
}

/// Reads "4", "11", and OCR'd "I" (1), "II" (11), "l1", "1l", "I0" as a table number.
/// Roman numerals are not used for tables in these reports: "II" is OCR for "11".
fn read_table_number(s: &str) -> Option<u32> {
    if s.len() > 3 {
        return None;
    }
    let mut n: u32 = 0;
    for c in s.chars() {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'I' | 'l' | '|' | 'i' => 1,
            'O' | 'o' => 0,
            'S' => 5,
            _ => return None,
        };
        n = n * 10 + d;
    }
    (n > 0).then_some(n)
}

/// Splits off a trailing "(Cont.)", "(cont)", "(continued)", "– continued".
pub(crate) fn strip_continued(title: &str) -> (&str, bool) {
    let lower = title.to_ascii_lowercase();
    for marker in [
        "(cont.)",
        "(cont)",
        "(continued)",
        "(cont’d)",
        "(cont'd)",
        "continued",
    ] {
        if let Some(stripped) = lower.strip_suffix(marker) {
            let cut = stripped.len();
            let head = title[..cut].trim_end().trim_end_matches(['–', '-', ',']);
            return (head.trim_end(), true);
        }
    }
    (title, false)
}

/// A numbered section heading: "I. PREVALENCE …", "# II. LEGAL FRAMEWORK …",
/// "VII. Suggested Government Actions …". Returns (numeral, number, title as printed).
pub(crate) fn scan_heading(t: &str) -> Option<(String, u8, String)> {
    printed_heading(t).or_else(|| small_caps_heading(t))
}

/// [`scan_heading`] for a heading printed as it is set.
fn printed_heading(t: &str) -> Option<(String, u8, String)> {
    // A Roman numeral or a number comes first.
    let first = markup::plain_first_char(t);
    if !first.is_none_or(heading_may_start) {
        return None;
    }
    if first.is_some() && !heading_may_follow(t) {
        return None;
    }
    let t = markup::strip_line_markup(t);
    let dot = t.find('.')?;
    let printed = &t[..dot];
    let title = t[dot + 1..].trim();
    // Markdown tools renumber "II." list-style as "2.": accepted for upper-case titles only.
    let number = roman(printed).or_else(|| {
        let n: u8 = printed.parse().ok()?;
        let shouting = || {
            title
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
        };
        ((1..=10).contains(&n) && shouting()).then_some(n)
    })?;
    let numeral = ROMAN
        .get(usize::from(number) - 1)
        .copied()
        .unwrap_or(printed);
    // Headings are short and start with a capital; a section title has at least two words.
    if title.len() < 8 || title.len() > 160 || !title.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let (mut letters, mut upper) = (0, 0);
    for c in title.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
    }
    // Either upper case, or a title-cased line without a sentence end.
    let is_upper = upper * 10 >= letters * 8;
    let words = title.split_whitespace().count();
    let capitalised = title
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    let title_case = capitalised * 2 >= words && !title.ends_with('.');
    if words < 2 || !(is_upper || title_case) {
        return None;
    }
    Some((numeral.to_string(), number, title.to_string()))
}

/// The family's section titles by their opening words, lower case.
const SECTION_OPENINGS: [&str; 7] = [
    "prevalence and sectoral",
    "legal framework",
    "enforcement of laws",
    "coordination of government",
    "government policies",
    "social programs",
    "suggested government actions",
];
/// The section an upper-case line without a numeral is the title of ("GOVERNMENT POLICIES ON
/// THE WORST FORMS OF CHILD LABOR": 5), by [`SECTION_OPENINGS`], whose order is the sections'.
pub(crate) fn section_of_title(t: &str) -> Option<u8> {
    let t = t.trim();
    let mut letters = t.chars().filter(|c| c.is_alphabetic()).peekable();
    if t.len() > 160
        || t.ends_with('.')
        || letters.peek().is_none()
        || !letters.all(char::is_uppercase)
    {
        return None;
    }
    let lower = crate::case::lower_str(t);
    let k = SECTION_OPENINGS.iter().position(|o| lower.starts_with(o))?;
    u8::try_from(k + 1).ok()
}

/// A section's numeral alone on its line: "V.".
pub(crate) fn is_lone_numeral(t: &str) -> bool {
    t.trim()
        .strip_suffix('.')
        .is_some_and(|n| roman(n).is_some())
}

/// Words a title keeps in lower case.
const TITLE_SMALL_WORDS: [&str; 8] = ["of", "and", "for", "on", "to", "the", "in", "its"];

/// A section heading set in small capitals as pdf.js copies it, the small letters in lower case
/// and some capitals kept ("Iv. coordInatIon of government effortS on chIld labor"): known by
/// its numeral in either case and the opening words of one of the family's titles
/// ([`SECTION_OPENINGS`]); the title comes back title-cased.
fn small_caps_heading(t: &str) -> Option<(String, u8, String)> {
    let t = markup::strip_line_markup(t);
    let (printed, title) = t.split_once('.')?;
    if printed.is_empty() || printed.len() > 4 {
        return None;
    }
    let number = roman(&crate::case::upper_str(printed))?;
    let lower = crate::case::lower_str(title.trim());
    if lower.len() > 160
        || lower.ends_with('.')
        || !SECTION_OPENINGS.iter().any(|o| lower.starts_with(o))
    {
        return None;
    }
    let title: Vec<String> = lower
        .split_whitespace()
        .enumerate()
        .map(|(k, w)| {
            let mut chars = w.chars();
            match chars.next() {
                Some(c) if k == 0 || !TITLE_SMALL_WORDS.contains(&w) => {
                    crate::case::upper(c).to_string() + chars.as_str()
                }
                _ => w.to_string(),
            }
        })
        .collect();
    Some((roman_numeral(number).to_string(), number, title.join(" ")))
}

/// False when `t`, whose plain first character starts a heading ([`heading_may_start`]),
/// cannot be a heading without cleaning it: plain ASCII is copied by cleaning as it is, so when
/// the run of digits, `I`, `V`, `X` and `+` it starts with is followed by such a byte, the clean
/// text's number printed (up to its first ".") is that run if the byte is ".", and a run with
/// that byte in it otherwise, which reads as no number. The run must then be I–X or a number
/// 1–10. Refuses prose ("In 2019, …", "It is …"), reference entries ("12. ILO. …") and years
/// ("2019. …").
fn heading_may_follow(t: &str) -> bool {
    let t = t.trim_start().trim_start_matches('#');
    let b = t.as_bytes();
    let run = b
        .iter()
        .take_while(|x| x.is_ascii_digit() || matches!(x, b'I' | b'V' | b'X' | b'+'))
        .count();
    match b.get(run) {
        Some(b'.') => {
            let printed = &t[..run];
            roman(printed).is_some() || printed.parse::<u8>().is_ok_and(|n| (1..=10).contains(&n))
        }
        Some(&x) => !x.is_ascii_graphic() || matches!(x, b'<' | b'\\' | b'$' | b'*' | b'['),
        None => false,
    }
}

/// Section numerals in order.
const ROMAN: [&str; 10] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/// The numeral of section `n` (1–10); "?" outside.
pub(crate) fn roman_numeral(n: u8) -> &'static str {
    ROMAN
        .get(usize::from(n).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// I–X as printed in section headings.
fn roman(s: &str) -> Option<u8> {
    let i = ROMAN.iter().position(|r| *r == s)?;
    u8::try_from(i + 1).ok()
}

/// A footnote legend: a line that starts with a mark (after markup is removed) followed by text.
/// Returns (mark, text).
pub(crate) fn scan_legend(t: &str) -> Option<(String, String)> {
    if markup::plain_first_char(t).is_some_and(|c| !markup::is_mark(c)) {
        return None;
    }
    let t = markup::strip_line_markup(t);
    // "[†]" with escaped brackets ("\\[†\\]") reaches here as "[†]".
    let t = t.trim_start().trim_start_matches('[');
    let mark_len = t
        .char_indices()
        .take_while(|&(_, c)| markup::is_mark(c))
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    let mark = &t[..mark_len];
    let text = t[mark_len..].trim_start_matches(']').trim();
    // "* Evidence of …", "†Determined by …"; not "** bold **" residue or a bare mark.
    if text.len() < 8 || mark.chars().count() > 3 || !text.starts_with(|c: char| c.is_alphabetic())
    {
        return None;
    }
    Some((mark.to_string(), text.to_string()))
}

/// Case-insensitive ASCII prefix strip.
pub(crate) fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_all_line_ends_and_form_feeds() {
        let lines = split("a\r\nb\rc\n\u{c}d  \n");
        let texts: Vec<_> = lines.iter().map(|l| l.raw).collect();
        assert_eq!(texts, ["a", "b", "c", "d"]);
        assert!(lines[3].page_break());
        assert_eq!(lines[3].no(), 4);
    }

    #[test]
    fn a_line_packs_its_text_kind_and_page_break() {
        let lines = split("\u{c}\t \u{3000}Table 4. Laws (Cont.)\n  \n    x\t y");
        assert_eq!(lines[0].text(), "Table 4. Laws (Cont.)");
        assert_eq!((lines[0].indent(), lines[0].kind()), (3, Kind::Caption));
        assert!(lines[0].page_break() && !lines[1].page_break());
        assert_eq!((lines[1].text(), lines[1].kind()), ("", Kind::Blank));
        assert_eq!((lines[2].indent(), lines[2].kind()), (4, Kind::TabRow));
        let mut line = lines[2];
        line.set_page_break(true);
        line.set_furniture();
        assert!(line.page_break() && line.is_furniture() && !lines[2].is_furniture());
        assert_eq!((line.text(), line.kind()), ("x\t y", Kind::TabRow));
    }

    #[test]
    fn pipe_rows_with_and_without_outer_pipes() {
        assert!(scan_pipe_row("| a | b |"));
        assert!(scan_pipe_row("Area | Suggested Action | Year(s) Suggested"));
        assert!(scan_pipe_row("--- | ---"));
        assert!(!scan_pipe_row("Agriculture | Cotton"));
        assert!(!scan_pipe_row("a|b|c"));
    }

    #[test]
    fn captions_in_their_printed_forms() {
        let c = scan_caption("Table 4. Laws and Regulations on Child Labor (Cont.)").unwrap();
        assert_eq!((c.number, c.continued), (Some(4), true));
        assert_eq!(c.title, "Laws and Regulations on Child Labor");
        let c = scan_caption("**Table 7. Policies Related to Child Labor** ").unwrap();
        assert_eq!(
            (c.number, c.title.as_str()),
            (Some(7), "Policies Related to Child Labor")
        );
        assert_eq!(
            scan_caption("Table II. Suggested Government Actions")
                .unwrap()
                .number,
            Some(11)
        );
        assert_eq!(
            scan_caption("Table I. Statistics on Children's Work")
                .unwrap()
                .number,
            Some(1)
        );
        let c = scan_caption("Table 2. Overview of Children’s Work by Sector and Activity (cont)");
        assert!(c.unwrap().continued);
        assert!(scan_caption("Table 1 provides key indicators on children's work").is_none());
        assert!(scan_caption("Tables are listed below.").is_none());
        // Small capitals as pdf.js copies them.
        let c = scan_caption("table 4. laws and regulations on child labor").unwrap();
        assert_eq!(
            (c.number, c.title.as_str()),
            (Some(4), "Laws and regulations on child labor")
        );
        assert!(scan_caption("Table 4. laws").is_none());
    }

    #[test]
    fn headings_upper_and_title_case() {
        let (n, v, t) =
            scan_heading("# I. PREVALENCE AND SECTORAL DISTRIBUTION OF CHILD LABOR").unwrap();
        assert_eq!((n.as_str(), v), ("I", 1));
        assert_eq!(t, "PREVALENCE AND SECTORAL DISTRIBUTION OF CHILD LABOR");
        assert_eq!(
            scan_heading("VII. Suggested Government Actions to Eliminate Child Labor")
                .unwrap()
                .1,
            7
        );
        assert!(scan_heading("I. the government did this.").is_none());
        // Small capitals as pdf.js copies them.
        assert_eq!(
            scan_heading("Iv. coordInatIon of government effortS on chIld labor"),
            Some((
                "IV".to_string(),
                4,
                "Coordination of Government Efforts on Child Labor".to_string()
            ))
        );
        assert!(scan_heading("v. government policies were weak.").is_none());
        assert!(scan_heading("v. Jones, the court held").is_none());
        assert_eq!(
            section_of_title("GOVERNMENT POLICIES ON THE WORST FORMS OF CHILD LABOR"),
            Some(5)
        );
        assert_eq!(section_of_title("Government policies on child labor"), None);
        assert_eq!(section_of_title("MINISTRY OF LABOR"), None);
        assert!(
            is_lone_numeral("V.") && !is_lone_numeral("V. GOVERNMENT") && !is_lone_numeral("Yes.")
        );
        assert_eq!(
            scan_heading("2.  LEGAL FRAMEWORK FOR CHILD LABOR")
                .unwrap()
                .0,
            "II"
        );
        assert!(scan_heading("2. Ensure that the law is enforced").is_none());
        assert!(scan_heading("II Kenzhebekova, Alma. Children's Personal Space.").is_none());
        assert!(scan_heading("12. ILO. CHILD LABOUR REPORT").is_none());
        assert!(scan_heading("In 2019. THE GOVERNMENT").is_none());
        assert_eq!(scan_heading("+5. LEGAL FRAMEWORK").unwrap().1, 5);
        assert_eq!(
            scan_heading("I<i>V</i>. Legal Framework Here").unwrap().1,
            4
        );
        assert_eq!(scan_heading("III . Legal Framework Here"), None);
        for (t, may) in [
            ("It is. A B", false),
            ("X-ray. A B", false),
            ("IX", false),
            ("IX. A", true),
            ("11. A", false),
            ("I\u{a0}. A", true),
            ("2 . A", true),
        ] {
            assert_eq!(heading_may_follow(t), may, "{t:?}");
        }
        assert!(scan_heading("011. LEGAL FRAMEWORK FOR CHILD LABOR").is_none());
        assert_eq!(scan_heading("## 03. LEGAL FRAMEWORK").unwrap().1, 3);
        assert_eq!(scan_heading("1<i>0</i>. LEGAL FRAMEWORK").unwrap().1, 10);
    }

    #[test]
    fn legends_with_marks() {
        assert_eq!(
            scan_legend("<sup>\\*</sup> Evidence of this activity is limited")
                .unwrap()
                .0,
            "*"
        );
        assert_eq!(
            scan_legend("[‡] Age calculated based on available information")
                .unwrap()
                .0,
            "‡"
        );
        assert_eq!(
            scan_legend(" $[\\]dagger$ Policy was approved during the period")
                .unwrap()
                .0,
            "†"
        );
        assert_eq!(
            scan_legend("\\[†\\] Determined by national law").unwrap(),
            ("†".to_string(), "Determined by national law".to_string())
        );
        assert!(scan_legend("Working (% and population)").is_none());
    }
}
