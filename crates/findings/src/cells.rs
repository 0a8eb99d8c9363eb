//! Inline constructs: citation groups "(1-5)", "(2,7-14)", footnote marks, and the clean cell
//! they leave behind.

use std::borrow::Cow;

use crate::markup::{self, is_mark};
use crate::report::{Cell, Citation};

/// Largest reference number believed: larger numbers in parentheses are years or quantities
/// ("(2012–2014)", "(79,690)"), not citations.
pub(crate) const MAX_REFERENCE_NUMBER: u32 = 999;

/// Largest range expanded: "(1-4294967295)" must not allocate billions of entries.
pub(crate) const MAX_RANGE_SPAN: u32 = 300;

/// Finds the citation groups in `text`.
pub(crate) fn find_citations(text: &str) -> Vec<Citation> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // Numbers a text may expand to: one per byte keeps memory within a few times the input even
    // for a text of nothing but "(1-300)" (real reports cite far fewer: ranges of at most ~20).
    let mut budget = text.len().max(MIN_CITATION_BUDGET);
    for open in memchr::memchr_iter(b'(', bytes) {
        // A group is short; look for its ')' within a bounded window so scanning stays linear.
        let window = &bytes[open + 1..bytes.len().min(open + 1 + MAX_GROUP_LEN)];
        let Some(close) = memchr::memchr(b')', window) else {
            continue;
        };
        let inner = &text[open + 1..open + 1 + close];
        let end = open + close + 2;
        // "Article 26.1(2)": a group glued to a number is part of that number.
        if text[..open].ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        if let Some(numbers) = read_group(inner) {
            if looks_like_quantity(&text[..open], inner)
                || looks_like_enumeration(text, open, end, &numbers)
            {
                continue;
            }
            let Some(left) = budget.checked_sub(numbers.len()) else {
                break;
            };
            budget = left;
            out.push(Citation {
                start: open,
                end,
                numbers,
            });
        }
    }
    out
}

/// A text that ends with a citation group ("… child labor.(11, 13)", "… (1-5)*"), footnote
/// marks after it aside: the group as [`find_citations`] reads one (no year, "(2015 – 2019)").
pub(crate) fn ends_with_citation(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| is_mark(c) || c == ' ');
    t.strip_suffix(')')
        .and_then(|body| body.rfind('(').map(|open| &body[open + 1..]))
        .is_some_and(|inner| inner.len() <= MAX_GROUP_LEN && read_group(inner).is_some())
}

/// Citation numbers a short text may always hold, whatever its length.
const MIN_CITATION_BUDGET: usize = 1_000;

/// Longest text between parentheses considered as a citation group.
const MAX_GROUP_LEN: usize = 120;

/// "1-5", "2,7-14", "3, 6, 10, 14", "1–3": numbers and ranges, nothing else.
fn read_group(inner: &str) -> Option<Vec<u32>> {
    let inner = inner.trim();
    if inner.is_empty() {
        return None;
    }
    let mut numbers = Vec::new();
    for part in inner.split([',', ';']) {
        let part = part.trim();
        let (a, b) = match part.split_once(['-', '–', '—']) {
            Some((a, b)) => (a.trim(), Some(b.trim())),
            None => (part, None),
        };
        let a = read_number(a)?;
        match b {
            Some(b) => {
                let b = read_number(b)?;
                if b < a || b - a > MAX_RANGE_SPAN {
                    return None;
                }
                numbers.extend(a..=b);
            }
            None => numbers.push(a),
        }
    }
    Some(numbers)
}

fn read_number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = s.parse().ok()?;
    (1..=MAX_REFERENCE_NUMBER).contains(&n).then_some(n)
}

/// "3.2 (79,690)": a number with thousands separators after a figure is a quantity.
fn looks_like_quantity(before: &str, inner: &str) -> bool {
    let groups: Vec<&str> = inner.split(',').collect();
    let thousands = groups.len() >= 2
        && groups[1..]
            .iter()
            .all(|g| g.len() == 3 && !g.starts_with(' '));
    thousands
        && before
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit() || c == '%')
}

/// "including (1) prevention of …, (2) exchange …": a lone small number in running text
/// followed by a lower-case word is an enumeration.
fn looks_like_enumeration(text: &str, open: usize, end: usize, numbers: &[u32]) -> bool {
    if numbers.len() != 1 {
        return false;
    }
    let before_ok = text[..open].ends_with([' ', ',']) || open == 0;
    let after = &text[end..];
    before_ok && after.starts_with(' ') && after[1..].starts_with(|c: char| c.is_lowercase())
}

/// Turns a raw cell into a [`Cell`]: markup cleaned, citations and footnote marks taken out.
pub(crate) fn parse_cell(raw: &str) -> Cell {
    let cleaned = markup::clean_cow(raw);
    let found = find_citations(&cleaned);
    let mut citations = Vec::new();
    // The common cell cites nothing: its clean text is read as it is.
    let uncited = if found.is_empty() {
        Cow::Borrowed(&*cleaned)
    } else {
        let mut text = String::with_capacity(cleaned.len());
        let mut last = 0;
        for c in found {
            text.push_str(&cleaned[last..c.start]);
            for n in c.numbers {
                if !citations.contains(&n) {
                    citations.push(n);
                }
            }
            last = c.end;
        }
        text.push_str(&cleaned[last..]);
        Cow::Owned(text)
    };
    let (text, marks) = take_marks(&uncited);
    Cell {
        text,
        marks,
        citations,
        carried: false,
    }
}

/// Removes footnote marks that follow a word ("farming†", "Construction,†", "Program‡*"),
/// returning the text and the marks in printed order. A lone "*" between spaces stays text.
fn take_marks(s: &str) -> (String, Vec<String>) {
    if is_plain_cell(s) {
        return (s.to_string(), Vec::new());
    }
    take_marks_by_char(s)
}

/// [`take_marks`] character by character, for a text that [`is_plain_cell`] does not vouch for.
fn take_marks_by_char(s: &str) -> (String, Vec<String>) {
    let mut marks = Vec::new();
    let mut out = String::with_capacity(s.len());
    let mut prev: Option<char> = None;
    for c in s.chars() {
        let after_word = prev.is_some_and(|p| !p.is_whitespace() || is_mark(p));
        if is_mark(c) && (after_word || c != '*') {
            let m = c.to_string();
            if !marks.contains(&m) {
                marks.push(m);
            }
        } else {
            out.push(c);
        }
        prev = Some(c);
    }
    let mut text = String::with_capacity(out.len());
    for word in out.split_whitespace() {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(word);
    }
    let text = close_up(&text);
    (text.trim_end_matches([',', ';']).trim().to_string(), marks)
}

/// True when [`take_marks`] would return `s` as it is, with no marks: no mark character, single
/// spaces only between words, no space before a comma or full stop, no comma or semicolon at
/// the end.
fn is_plain_cell(s: &str) -> bool {
    let mut after_space = true;
    for c in s.chars() {
        if is_mark(c) || c.is_whitespace() && (c != ' ' || after_space) {
            return false;
        }
        if after_space && matches!(c, ',' | '.') {
            return false;
        }
        after_space = c == ' ';
    }
    !after_space && !s.ends_with([',', ';'])
}

/// `s.replace(" ,", ",").replace(" .", ".")` in one pass: a space right before a comma or a
/// full stop is dropped (a dropped space is always followed by ',', so the second replace
/// finds no pair the first one made).
fn close_up(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for i in memchr::memchr2_iter(b',', b'.', b) {
        if i > last && b[i - 1] == b' ' {
            out.push_str(&s[last..i - 1]);
            last = i;
        }
    }
    out.push_str(&s[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nums(s: &str) -> Vec<Vec<u32>> {
        find_citations(s).into_iter().map(|c| c.numbers).collect()
    }

    #[test]
    fn plain_cells_are_kept_as_they_are() {
        for s in [
            "Ministry of Labor",
            "Ages 5-14, 2016",
            "Farming† and herding",
            "a * b",
            "two  spaces",
            " lead",
            "trail ",
            "tab\there",
            "non\u{a0}breaking",
            "word , next",
            "end .",
            "list,",
            "list;",
            ",start",
            ".5 km",
            "",
            "Côte d’Ivoire – 2019",
        ] {
            let slow = take_marks_by_char(s);
            assert_eq!(take_marks(s), slow, "{s:?}");
            if is_plain_cell(s) {
                assert_eq!(slow, (s.to_string(), Vec::new()), "{s:?}");
            }
        }
        assert!(is_plain_cell("Ministry of Labor"));
        assert!(!is_plain_cell("Farming† and herding"));
        assert!(!is_plain_cell("word , next"));
    }

    #[test]
    fn citation_groups() {
        assert_eq!(nums("in cotton farming.(1-5) There"), [vec![1, 2, 3, 4, 5]]);
        assert_eq!(
            nums("harvesting cotton† (2,7-14)"),
            [vec![2, 7, 8, 9, 10, 11, 12, 13, 14]]
        );
        assert_eq!(nums("(3, 6, 10, 14)"), [vec![3, 6, 10, 14]]);
        assert!(nums("3.2 (79,690)").is_empty());
        assert!(nums("Plan (2012–2014)*").is_empty());
        assert!(nums("including (1) prevention of forced labor").is_empty());
        assert!(nums("(1-4294967295)").is_empty());
        // A text of nothing but wide ranges expands to at most one number per byte.
        let flood = "(1-300)".repeat(10_000);
        let total: usize = nums(&flood).iter().map(Vec::len).sum();
        assert!(total <= flood.len(), "{total}");
        assert!(nums("(24 September to 1 October 2012)").is_empty());
        assert_eq!(nums("children. (29) Two"), [vec![29]]);
        assert!(nums("Article 26.1(2) of the Labor Code (20,21)").len() == 1);
    }

    #[test]
    fn spaces_before_commas_and_stops_are_closed_up() {
        for s in [" , a , b . c ,. d", "a  ,", ". x", "none"] {
            assert_eq!(
                close_up(s),
                s.replace(" ,", ",").replace(" .", "."),
                "{s:?}"
            );
        }
    }

    #[test]
    fn cells_lose_marks_and_citations() {
        let c = parse_cell("Cotton farming† (1-5)");
        assert_eq!(c.text, "Cotton farming");
        assert_eq!(c.marks, ["†"]);
        assert_eq!(c.citations, [1, 2, 3, 4, 5]);
        let c = parse_cell("Construction,† activities unknown (4,12,14)");
        assert_eq!(c.text, "Construction, activities unknown");
        assert_eq!(c.marks, ["†"]);
        let c = parse_cell("100 Schools, 100 Hospitals Program‡*");
        assert_eq!(c.marks, ["‡", "*"]);
        assert_eq!(c.text, "100 Schools, 100 Hospitals Program");
        let c = parse_cell("3.2 (79,690)");
        assert_eq!(c.text, "3.2 (79,690)");
        assert!(c.citations.is_empty());
        let c = parse_cell("Working in restaurants$^{\\dagger}$ as waiters (15,16,19)");
        assert_eq!(
            (c.text.as_str(), c.marks.len()),
            ("Working in restaurants as waiters", 1)
        );
    }
}
