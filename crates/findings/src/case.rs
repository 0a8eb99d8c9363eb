//! Letter case for the scripts reports print: ASCII, Latin-1, Latin Extended-A, modern Greek and
//! basic Cyrillic. Outside those a character is its own lower and upper case.
//!
//! The standard library's `char::to_lowercase` / `to_uppercase` carry the whole Unicode case
//! tables (24 KB, ~9 KB gzipped in the wasm bundle) for letters an English report never holds;
//! parser and viewer use these one-to-one mappings instead, which agree with the standard ones on
//! every letter they cover (tested below).

/// The lower-case form of `c`.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let to = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            u + 0x20
        }
        0x400..=0x40F => u + 0x50,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 0x3F,
        0x130 => u32::from(b'i'),
        0x178 => 0xFF,
        _ if pair(u) == Some(false) => u + 1,
        _ => u,
    };
    char::from_u32(to).unwrap_or(c)
}

/// The upper-case form of `c`.
pub fn upper(c: char) -> char {
    let u = c as u32;
    let to = match u {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE | 0x3B1..=0x3C1 | 0x3C3..=0x3CB | 0x430..=0x44F => {
            u - 0x20
        }
        0x3C2 => 0x3A3,
        0x450..=0x45F => u - 0x50,
        0x3AC => 0x386,
        0x3AD..=0x3AF => u - 0x25,
        0x3CC => 0x38C,
        0x3CD..=0x3CE => u - 0x3F,
        0xB5 => 0x39C,
        0xFF => 0x178,
        0x131 => u32::from(b'I'),
        0x17F => u32::from(b'S'),
        _ if pair(u) == Some(true) => u - 1,
        _ => u,
    };
    char::from_u32(to).unwrap_or(c)
}

/// Within Latin Extended-A's upper/lower pairs: `Some(false)` for the upper-case letter of a pair
/// (its lower case follows it), `Some(true)` for the lower-case one, `None` outside the pairs.
fn pair(u: u32) -> Option<bool> {
    match u {
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 => Some(u % 2 == 1),
        0x139..=0x148 | 0x179..=0x17E => Some(u.is_multiple_of(2)),
        _ => None,
    }
}

/// `s` in lower case ([`lower`] on each character).
pub fn lower_str(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(lower).collect()
}

/// True when `s` in lower case ([`lower_str`]) is `lower`, without building it.
pub fn eq_lower(s: &str, lower: &str) -> bool {
    // Lower case never makes a character longer in UTF-8.
    s.len() >= lower.len() && s.chars().map(self::lower).eq(lower.chars())
}

/// True when `s` in lower case ([`lower_str`]) is one of `words`, which hold no upper-case ASCII
/// letter: an ASCII `s` is compared only with the words of its length, its lower case never built.
pub(crate) fn lower_is_any(s: &str, words: &[&str]) -> bool {
    debug_assert!(words
        .iter()
        .all(|w| !w.bytes().any(|b| b.is_ascii_uppercase())));
    if s.is_ascii() {
        return words
            .iter()
            .any(|w| w.len() == s.len() && s.eq_ignore_ascii_case(w));
    }
    words.iter().any(|w| eq_lower(s, w))
}

/// `s` in upper case ([`upper`] on each character).
pub fn upper_str(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    s.chars().map(upper).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The standard mapping of `c` when it is one character.
    fn one(mut it: impl Iterator<Item = char>) -> Option<char> {
        let c = it.next()?;
        it.next().is_none().then_some(c)
    }

    #[test]
    fn agrees_with_the_standard_library_on_the_letters_it_covers() {
        let covered = (0u32..0x180).chain(0x386..0x3CF).chain(0x400..0x460);
        let mut folded = 0;
        for c in covered.filter_map(char::from_u32) {
            if let Some(l) = one(c.to_lowercase()).filter(|&l| l != c) {
                assert_eq!(lower(c), l, "lower({c:?} U+{:04X})", c as u32);
                folded += 1;
            }
            if let Some(u) = one(c.to_uppercase()).filter(|&u| u != c) {
                assert_eq!(upper(c), u, "upper({c:?} U+{:04X})", c as u32);
            }
        }
        assert!(folded > 150, "{folded}");
    }

    #[test]
    fn leaves_other_characters_alone() {
        for c in ['ß', 'ĸ', 'ŉ', '1', '—', '中', 'Ա', '\u{1E9E}'] {
            assert_eq!(lower(c), c);
            assert_eq!(upper(c), c);
        }
        assert_eq!(lower_str("CÔTE D’IVOIRE"), "côte d’ivoire");
        assert_eq!(upper_str("são tomé"), "SÃO TOMÉ");
        assert_eq!(lower_str("ŁÓDŹ"), "łódź");
        assert_eq!(lower_str("КАЗАХСТАН"), "казахстан");
        assert!(eq_lower("CÔTE D’IVOIRE", "côte d’ivoire") && eq_lower("İs", "is"));
        assert!(lower_is_any("AREA", &["year", "area"]) && lower_is_any("POLİCY", &["policy"]));
        assert!(!lower_is_any("Areas", &["area"]) && !lower_is_any("Ağe", &["age"]));
        assert!(!eq_lower("Côte", "cote") && !eq_lower("Age", "ages") && !eq_lower("Ages", "age"));
    }
}
