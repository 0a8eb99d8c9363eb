//! Residue of the tools that produced the text: markdown emphasis and escapes, HTML tags that OCR
//! and PDF-to-Markdown tools leave (`<sup>`, `<i>`, `<a href>`), and LaTeX marks
//! (`$^{\dagger}$`). Everything here maps text to plain text; nothing is ever rendered as HTML.

use std::borrow::Cow;

/// Footnote marks used by the reports.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c, '*' | '†' | '‡' | '§')
}

/// Inline clean-up: HTML tags dropped (their text kept), markdown escapes and emphasis removed,
/// LaTeX math turned into the marks it stands for, white space runs folded to one space.
pub(crate) fn clean(s: &str) -> String {
    clean_cow(s).into_owned()
}

/// [`clean`] without a copy when `s`, trimmed, is already clean (the common line).
pub(crate) fn clean_cow(s: &str) -> Cow<'_, str> {
    let t = s.trim();
    if is_clean(t) {
        Cow::Borrowed(t)
    } else {
        Cow::Owned(clean_owned(s))
    }
}

/// True when [`clean_owned`] would return the trimmed `t` unchanged: no white space but single
/// spaces, no control characters, and none of the bytes that may start markup (`< \\ $ [`,
/// `**`). Conservative: a `false` only means the full clean runs. One table look-up per byte.
fn is_clean(t: &str) -> bool {
    let mut prev = 0;
    t.bytes().enumerate().all(|(i, x)| {
        let ok = match BYTES[usize::from(x)] {
            Byte::Plain => true,
            Byte::Single => x != prev,
            Byte::Lead => !t
                .get(i..)
                .and_then(|r| r.chars().next())
                .is_some_and(|c| c.is_whitespace() || c == LINE_END_HYPHEN),
            Byte::Markup => false,
        };
        prev = x;
        ok
    })
}

/// What a byte means to [`is_clean`].
#[derive(Clone, Copy)]
enum Byte {
    /// Kept as it is wherever it stands: printable ASCII, non-ASCII characters.
    Plain,
    /// Kept unless it repeats the byte before: a space (runs are folded), `*` (`**` is bold).
    Single,
    /// Lead byte of the non-ASCII white space characters (U+0085, U+00A0, U+1680,
    /// U+2000–U+205F, U+3000), of [`LINE_END_HYPHEN`] and of others: the character decides.
    Lead,
    /// May start markup (`< \\ $ [`), or a control character (white space among them) or DEL.
    Markup,
}

/// The hyphen at a line's end where a word was broken, as PDFium (Chrome's and Edge's PDF
/// viewers) gives it: U+FFFE, which is no character ("Cross\u{fffe}Border"). Cleaned to `-`.
pub(crate) const LINE_END_HYPHEN: char = '\u{fffe}';

/// [`Byte`] of every byte value.
const BYTES: [Byte; 256] = {
    let mut table = [Byte::Markup; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = match i as u8 {
            b'<' | b'\\' | b'$' | b'[' => Byte::Markup,
            b' ' | b'*' => Byte::Single,
            b'!'..=b'~' => Byte::Plain,
            0xc2 | 0xe1..=0xe3 | 0xef => Byte::Lead,
            0x80.. => Byte::Plain,
            _ => Byte::Markup,
        };
        i += 1;
    }
    table
};

/// The character-by-character clean.
fn clean_owned(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    loop {
        // Fast path: a run of plain ASCII is copied at once; nothing in it is changed below.
        let run = plain_run(rest.as_bytes());
        if run > 0 {
            out.push_str(&rest[..run]);
            rest = &rest[run..];
        }
        let Some(c) = rest.chars().next() else {
            break;
        };
        let step = c.len_utf8();
        match c {
            '<' => {
                if let Some((len, breaks)) = html_tag(rest) {
                    // "Legal<br>Framework": a line break inside a cell stands for a space.
                    if breaks && !out.is_empty() && !out.ends_with(' ') {
                        out.push(' ');
                    }
                    rest = &rest[len..];
                    continue;
                }
                out.push('<');
            }
            '\\' => {
                // Markdown escape: "\*" → "*", "\_" → "_", "\$" → "$".
                if let Some(next) = rest[1..].chars().next() {
                    if next.is_ascii_punctuation() {
                        out.push(next);
                        rest = &rest[1 + next.len_utf8()..];
                        continue;
                    }
                }
                out.push('\\');
            }
            '$' => {
                if let Some((len, text)) = math_span(rest) {
                    out.push_str(&text);
                    rest = &rest[len..];
                    continue;
                }
                out.push('$');
            }
            '*' if rest.starts_with("**") => {
                // Bold markers; a lone "*" is a footnote mark and stays.
                rest = &rest[2..];
                continue;
            }
            '[' => {
                // "[†]" → "†"
                let inner: String = rest[1..].chars().take_while(|&c| is_mark(c)).collect();
                if !inner.is_empty() && rest[1 + inner.len()..].starts_with(']') {
                    out.push_str(&inner);
                    rest = &rest[2 + inner.len()..];
                    continue;
                }
                out.push('[');
            }
            LINE_END_HYPHEN => out.push('-'),
            c if c.is_whitespace() => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
                // The spaces that follow add nothing: skipped at once (`-layout` gaps).
                let run = rest[step..].bytes().take_while(|&b| b == b' ').count();
                rest = &rest[step + run..];
                continue;
            }
            c => out.push(c),
        }
        rest = &rest[step..];
    }
    out.trim().to_string()
}

/// Length of the run of bytes at the start of `b` that [`clean`] copies unchanged: printable
/// ASCII other than `< \\ $ * [`, with single spaces between (a space never follows a space and
/// the run never starts with one, so no white space folding is skipped).
fn plain_run(b: &[u8]) -> usize {
    let plain = |x: u8| x > b' ' && x < 0x80 && !matches!(x, b'<' | b'\\' | b'$' | b'*' | b'[');
    if !b.first().is_some_and(|&x| plain(x)) {
        return 0;
    }
    let mut i = 1;
    while i < b.len() && (plain(b[i]) || b[i] == b' ' && b[i - 1] != b' ') {
        i += 1;
    }
    i
}

/// The first character of `strip_line_markup(s)` when it is known without cleaning: a plain
/// first character (not white space, not the start of markup `< \\ $ * [`) is kept by [`clean`]
/// as it is. `None` when cleaning must decide, or `s` is empty. Lets the line recognisers refuse
/// the common line without allocating a cleaned copy.
pub(crate) fn plain_first_char(s: &str) -> Option<char> {
    // The common line starts with a printable ASCII byte other than '#': that is the character.
    if let Some(&x) = s
        .as_bytes()
        .first()
        .filter(|x| x.is_ascii_graphic() && **x != b'#')
    {
        return (!matches!(x, b'<' | b'\\' | b'$' | b'*' | b'[')).then_some(char::from(x));
    }
    let c = s.trim_start().trim_start_matches('#').chars().next()?;
    (!c.is_whitespace() && !matches!(c, '<' | '\\' | '$' | '*' | '[')).then_some(c)
}

/// [`clean`], plus line-level markdown: heading hashes and list markers are dropped. Borrows
/// from `s` when nothing else changes.
pub(crate) fn strip_line_markup(s: &str) -> Cow<'_, str> {
    let t = s.trim_start();
    let t = t.trim_start_matches('#');
    clean_cow(t)
}

/// Length of an HTML tag at the start of `s` (`<sup>`, `</i>`, `<a href="…">`, `<br/>`), if it is
/// one of the tags these reports carry, and whether it breaks the line (`<br>`, `<p>`).
/// PDF-to-Markdown tools add `<u>` (underlined links, running heads) and `<mark>` (highlighted
/// captions).
fn html_tag(s: &str) -> Option<(usize, bool)> {
    const NAMES: [&str; 18] = [
        "sup", "sub", "i", "b", "u", "em", "strong", "mark", "a", "br", "span", "p", "table",
        "thead", "tbody", "tr", "td", "th",
    ];
    let inner = s.strip_prefix('<')?;
    let inner = inner.strip_prefix('/').unwrap_or(inner);
    let name_len = inner
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(inner.len());
    let name = &inner[..name_len];
    if !NAMES.iter().any(|n| n.eq_ignore_ascii_case(name)) {
        return None;
    }
    // A tag ends at the next '>' within a short distance; attribute values hold no '>'.
    let close = s.get(..s.len().min(2048))?.find('>')?;
    let after = &inner[name_len..];
    let breaks = ["br", "p"].iter().any(|n| n.eq_ignore_ascii_case(name));
    after
        .starts_with(['>', ' ', '/'])
        .then_some((close + 1, breaks))
}

/// A `$…$` span at the start of `s`: its length and the marks it stands for.
fn math_span(s: &str) -> Option<(usize, String)> {
    let body_end = s[1..].find('$')?;
    let body = &s[1..1 + body_end];
    if body.len() > 40 {
        return None;
    }
    let mut text = body.replace("ddagger", "‡").replace("dagger", "†");
    text = text.replace("\\ast", "*").replace("\\star", "*");
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '\\' | '^' | '{' | '}' | '[' | ']' | ' '))
        .collect();
    Some((body_end + 2, text))
}

/// Byte offset of the first ASCII case-insensitive occurrence of the ASCII `needle` in `hay`.
/// Only the places holding the needle's first byte (in either case) are compared, so no
/// searcher is built per call.
pub(crate) fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let (&first, _) = n.split_first()?;
    let last_start = h.len().checked_sub(n.len())?;
    memchr::memchr2_iter(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        &h[..=last_start],
    )
    .find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// Title case as the reports print titles: small words lower case except first, acronyms kept.
pub(crate) fn title_case(s: &str) -> String {
    const SMALL: [&str; 17] = [
        "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
        "its", "but", "nor",
    ];
    let mut out = String::with_capacity(s.len());
    for (i, word) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let upper = word.chars().filter(|c| c.is_uppercase()).count();
        let lower = crate::case::lower_str(word);
        let is_all_caps = letters > 0 && upper == letters;
        if i > 0 && SMALL.contains(&lower.as_str()) {
            out.push_str(&lower);
        } else if !is_all_caps && upper > 0 {
            // Already mixed case ("NGOs", "Child"): keep as printed.
            out.push_str(word);
        } else {
            // The first letter, after any opening bracket or quote ("(Keeling)").
            let at = lower.find(char::is_alphabetic).unwrap_or(0);
            out.push_str(&lower[..at]);
            let mut chars = lower[at..].chars();
            if let Some(first) = chars.next() {
                out.push(crate::case::upper(first));
                out.push_str(chars.as_str());
            }
        }
    }
    out
}

/// Lower-case words joined by '-', for anchor ids: the first `max_words` runs of alphanumeric
/// characters. One pass over the characters, ASCII ones read as bytes.
pub(crate) fn slug(s: &str, max_words: usize) -> String {
    let mut out = String::with_capacity(s.len().min(128));
    let mut words = 0;
    let mut in_word = false;
    let mut rest = s;
    while let Some(&b) = rest.as_bytes().first() {
        let (c, len) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            let c = rest.chars().next().unwrap_or_default();
            (c, c.len_utf8())
        };
        if c.is_alphanumeric() {
            if !in_word {
                if words == max_words {
                    break;
                }
                if words > 0 {
                    out.push('-');
                }
                words += 1;
                in_word = true;
            }
            out.push(if len == 1 {
                c.to_ascii_lowercase()
            } else {
                crate::case::lower(c)
            });
        } else {
            in_word = false;
        }
        rest = &rest[len..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tool_residue() {
        assert_eq!(clean("<sup>\\*</sup> Evidence"), "* Evidence");
        assert_eq!(clean("the <i>oblast</i> -level"), "the oblast -level");
        assert_eq!(clean("12<sup>th</sup> session"), "12th session");
        assert_eq!(clean("**Table 4. Laws** "), "Table 4. Laws");
        assert_eq!(clean("farming$^{\\dagger}$ (1)"), "farming† (1)");
        assert_eq!(clean(" $[\\]dagger$ Policy"), "† Policy");
        assert_eq!(clean("[‡] Age"), "‡ Age");
        assert_eq!(
            clean("A-HRC-24-43-Add1\\_en.pdf"),
            "A-HRC-24-43-Add1_en.pdf"
        );
        assert_eq!(clean("a  <  b\t c"), "a < b c");
        assert_eq!(clean("\\$1.4 million"), "$1.4 million");
        assert_eq!(clean("**Legal<br>Framework**"), "Legal Framework");
        assert_eq!(clean("cannabis*<br>(2,4)<br>"), "cannabis* (2,4)");
        assert_eq!(
            clean("**<mark>Table 9. Actions</mark>**"),
            "Table 9. Actions"
        );
        assert_eq!(clean("# <u>Albania</u>"), "# Albania");
    }

    #[test]
    fn borrows_only_what_needs_no_cleaning() {
        for s in [
            "Plain text, one space.",
            "  padded  ",
            "two  spaces",
            "tab\there",
            "non\u{a0}breaking",
            "em\u{2003}space",
            "curly ’quotes’ – dash † mark",
            "a * star",
            "**bold**",
            "<i>x</i>",
            "\\_",
            "$^{\\dagger}$",
            "[†] x",
            "",
            " ",
        ] {
            assert_eq!(clean_cow(s), clean_owned(s), "{s:?}");
        }
        assert!(matches!(clean_cow(" a b ’ c "), Cow::Borrowed("a b ’ c")));
        assert!(matches!(clean_cow("a  b"), Cow::Owned(_)));
    }

    proptest::proptest! {
        /// The screen of [`is_clean`] never lets through a line the full clean would change:
        /// runs of letters with the bytes that matter (doubled spaces, bold, tags, escapes,
        /// white space, marks) between them.
        #[test]
        fn clean_cow_agrees_with_the_full_clean(s in "([a-z]{0,40}(  |\\*\\*| |\\*|<i>|\\$|\\\\|\\[|\t|\u{a0}|\u{2003}|\u{fffe}|’|†)?){0,6}") {
            proptest::prop_assert_eq!(clean_cow(&s), Cow::<str>::Owned(clean_owned(&s)));
        }
    }

    #[test]
    fn plain_first_characters() {
        for (s, c) in [
            ("Table 4", Some('T')),
            ("  ## II. X", None),
            ("##II. X", Some('I')),
            ("\u{a0}Área", Some('Á')),
            ("<sup>*</sup>", None),
            ("*x", None),
            ("\\_", None),
            ("", None),
            ("’quote", Some('’')),
        ] {
            assert_eq!(plain_first_char(s), c, "{s:?}");
        }
    }

    #[test]
    fn finds_ignoring_ascii_case() {
        assert_eq!(find_ci("see <A href", "<a "), Some(4));
        assert_eq!(find_ci("Visit WWW.x", "www."), Some(6));
        assert_eq!(find_ci("ab", "abc"), None);
        assert_eq!(find_ci("x://y", "://"), Some(1));
        assert_eq!(find_ci("wwx www.", "www."), Some(4));
    }

    #[test]
    fn title_cases_upper_headings() {
        assert_eq!(
            title_case("LEGAL FRAMEWORK FOR CHILD LABOR"),
            "Legal Framework for Child Labor"
        );
        assert_eq!(title_case("MINIMAL ADVANCEMENT"), "Minimal Advancement");
        assert_eq!(title_case("Labor Law Enforcement"), "Labor Law Enforcement");
        assert_eq!(
            title_case("COCOS (KEELING) ISLANDS"),
            "Cocos (Keeling) Islands"
        );
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Labor Law Enforcement", 8), "labor-law-enforcement");
        assert_eq!(slug("Increase the NCCCL's access", 3), "increase-the-ncccl");
        assert_eq!(slug("  Côte d’Ivoire: ÉTAT 2 ", 8), "côte-d-ivoire-état-2");
        assert_eq!(slug("İstanbul", 1), "istanbul");
        assert_eq!(
            (slug("a b", 0), slug("--", 3)),
            (String::new(), String::new())
        );
    }
}
