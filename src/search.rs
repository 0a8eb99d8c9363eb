//! Search: case-insensitive matching over the text the structured view shows.
//!
//! Pure functions, tested natively. The renderer and the counter both go through
//! [`segments`] / [`find_all`] over the same pieces ([`paragraph_pieces`], [`searchable`]), so the
//! count shown next to the search box equals the number of highlighted marks.

use findings::{case, Paragraph, Report};

/// Most matches reported for one query; a one-letter query in a multi-megabyte book would
/// otherwise create hundreds of thousands of `<mark>` elements.
pub const MAX_MATCHES: usize = 5_000;

/// Byte ranges of non-overlapping, case-insensitive matches of `needle` in `hay`.
pub fn find_all(hay: &str, needle: &str) -> Vec<(usize, usize)> {
    let pattern: Vec<char> = needle.chars().map(case::lower).collect();
    if pattern.is_empty() || needle.trim().is_empty() {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = hay.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() && out.len() < MAX_MATCHES {
        if let Some(len) = match_at(&chars[i..], &pattern) {
            let start = chars[i].0;
            let end = chars.get(i + len).map_or(hay.len(), |c| c.0);
            out.push((start, end));
            i += len; // len ≥ 1: the loop advances
        } else {
            i += 1;
        }
    }
    out
}

/// Number of chars of `hay` matched by `pattern` (already lower-cased) at its start: its length,
/// each character matching one.
fn match_at(hay: &[(usize, char)], pattern: &[char]) -> Option<usize> {
    if pattern.is_empty() || hay.len() < pattern.len() {
        return None;
    }
    hay.iter()
        .zip(pattern)
        .all(|(&(_, c), &p)| case::lower(c) == p)
        .then_some(pattern.len())
}

/// A run of text, highlighted or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    /// The text.
    pub text: &'a str,
    /// True when it matches the query.
    pub hit: bool,
}

/// Splits `hay` into plain and matching runs.
pub fn segments<'a>(hay: &'a str, needle: &str) -> Vec<Segment<'a>> {
    let mut out = Vec::new();
    let mut at = 0;
    for (s, e) in find_all(hay, needle) {
        if s > at {
            out.push(Segment {
                text: &hay[at..s],
                hit: false,
            });
        }
        out.push(Segment {
            text: &hay[s..e],
            hit: true,
        });
        at = e;
    }
    if at < hay.len() || out.is_empty() {
        out.push(Segment {
            text: &hay[at..],
            hit: false,
        });
    }
    out
}

/// A paragraph cut at its citations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Prose.
    Text(&'a str),
    /// A citation group as printed ("(1-5)") with its numbers.
    Cite(&'a str, &'a [u32]),
}

/// The paragraph's text split into prose and citations. Citation offsets that do not fall on
/// character boundaries, overlap or run past the end are ignored rather than trusted.
pub fn paragraph_pieces(p: &Paragraph) -> Vec<Piece<'_>> {
    let text = p.text.as_str();
    let mut out = Vec::new();
    let mut at = 0;
    for c in &p.citations {
        let (Some(before), Some(cite)) = (text.get(at..c.start), text.get(c.start..c.end)) else {
            continue;
        };
        if !before.is_empty() {
            out.push(Piece::Text(before));
        }
        out.push(Piece::Cite(cite, &c.numbers));
        at = c.end;
    }
    if let Some(rest) = text.get(at..) {
        if !rest.is_empty() {
            out.push(Piece::Text(rest));
        }
    }
    out
}

/// Every piece of text the structured view highlights, in no particular order.
pub fn searchable(report: &Report) -> Vec<&str> {
    fn para<'a>(p: &'a Paragraph, out: &mut Vec<&'a str>) {
        for piece in paragraph_pieces(p) {
            if let Piece::Text(t) = piece {
                out.push(t);
            }
        }
    }
    let mut out: Vec<&str> = Vec::new();
    for p in &report.summary {
        para(p, &mut out);
    }
    for s in &report.sections {
        out.push(&s.title);
        for b in &s.blocks {
            if let findings::Block::Paragraph(p) = b {
                para(p, &mut out);
            }
        }
        for sub in &s.subsections {
            out.push(&sub.title);
            for b in &sub.blocks {
                if let findings::Block::Paragraph(p) = b {
                    para(p, &mut out);
                }
            }
        }
    }
    for t in &report.tables {
        out.push(&t.title);
        out.extend(t.columns.iter().map(String::as_str));
        for r in &t.rows {
            out.extend(r.cells.iter().map(|c| c.text.as_str()));
        }
        out.extend(t.notes.iter().map(|n| n.text.as_str()));
    }
    out.extend(report.references.iter().map(|r| r.text.as_str()));
    out
}

/// How many highlighted matches the structured view shows for `needle` (capped at
/// [`MAX_MATCHES`]).
pub fn count(report: &Report, needle: &str) -> usize {
    let mut n = 0;
    for t in searchable(report) {
        n += find_all(t, needle).len();
        if n >= MAX_MATCHES {
            return MAX_MATCHES;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use findings::Citation;

    #[test]
    fn case_insensitive_non_overlapping() {
        assert_eq!(find_all("Cotton cotton COTTON", "cotton").len(), 3);
        assert_eq!(find_all("aaaa", "aa"), vec![(0, 2), (2, 4)]);
        assert!(find_all("abc", "").is_empty());
        assert!(find_all("abc", "  ").is_empty());
        assert_eq!(find_all("Año año", "AÑO"), vec![(0, 4), (5, 9)]);
    }

    #[test]
    fn segments_cover_the_text() {
        let s = segments("Child labor in cotton", "LABOR");
        let joined: String = s.iter().map(|s| s.text).collect();
        assert_eq!(joined, "Child labor in cotton");
        assert_eq!(s.iter().filter(|s| s.hit).count(), 1);
        assert_eq!(s[1].text, "labor");
        assert_eq!(
            segments("", "x"),
            vec![Segment {
                text: "",
                hit: false
            }]
        );
    }

    #[test]
    fn pieces_split_at_citations_and_survive_bad_offsets() {
        let p = Paragraph {
            text: "Cotton farming.(1-5) More.".into(),
            line: 1,
            citations: vec![
                Citation {
                    start: 15,
                    end: 20,
                    numbers: vec![1, 2, 3, 4, 5],
                },
                Citation {
                    start: 99,
                    end: 120,
                    numbers: vec![9],
                },
            ],
        };
        let pieces = paragraph_pieces(&p);
        assert_eq!(
            pieces,
            vec![
                Piece::Text("Cotton farming."),
                Piece::Cite("(1-5)", &[1, 2, 3, 4, 5]),
                Piece::Text(" More."),
            ]
        );
    }

    #[test]
    fn count_matches_the_searchable_pieces() {
        let mut r = Report::default();
        r.summary.push(Paragraph {
            text: "cotton and (1) cotton".into(),
            line: 1,
            citations: vec![Citation {
                start: 11,
                end: 14,
                numbers: vec![1],
            }],
        });
        assert_eq!(count(&r, "Cotton"), 2);
        assert_eq!(count(&r, "(1)"), 0, "citations are not searched");
    }
}
