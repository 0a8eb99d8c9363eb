//! Bytes of a dropped or picked file → text the parser can read.
//!
//! Pure functions (no browser APIs) so they are tested natively. Handles a UTF-8 BOM, UTF-16
//! (LE/BE, with BOM), invalid UTF-8 (replaced, with a note) and CRLF / lone CR line ends.

/// Text decoded from bytes, with a note when something had to be repaired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, line ends normalised to `\n`.
    pub text: String,
    /// What was detected or repaired ("UTF-16LE", "invalid UTF-8 replaced"), if anything.
    pub note: Option<String>,
}

/// Decodes a file's bytes with the parser's own decoder (BOM sniffing, UTF-16, invalid UTF-8
/// replaced), then normalises line ends.
pub fn decode(bytes: &[u8]) -> Decoded {
    let encoding = match bytes {
        [0xFF, 0xFE, ..] => Some("UTF-16LE"),
        [0xFE, 0xFF, ..] => Some("UTF-16BE"),
        _ => None,
    };
    let decoded = findings::decode(bytes);
    let problem = decoded.warnings.first().map(|w| {
        let place = if w.line > 0 {
            format!(" (line {})", w.line)
        } else {
            String::new()
        };
        format!("{}{place}.", w.message)
    });
    let note = match (encoding, problem) {
        (Some(name), Some(p)) => Some(format!("Decoded as {name}; {p}")),
        (Some(name), None) => Some(format!("Decoded as {name}.")),
        (None, p) => p,
    };
    Decoded {
        text: normalize_newlines(&decoded.text),
        note,
    }
}

/// CRLF and lone CR become LF, so line numbers match what the Source view shows.
pub fn normalize_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_and_crlf() {
        let d = decode(b"\xEF\xBB\xBFa\r\nb\rc\n");
        assert_eq!(d.text, "a\nb\nc\n");
        assert_eq!(d.note, None);
    }

    #[test]
    fn utf16_le_and_be() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Año\r\n".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&le).text, "Año\n");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("†".encode_utf16().flat_map(|u| u.to_be_bytes()))
            .collect();
        let d = decode(&be);
        assert_eq!(d.text, "†");
        assert_eq!(d.note.as_deref(), Some("Decoded as UTF-16BE."));
    }

    #[test]
    fn lone_surrogate_and_invalid_utf8_are_replaced() {
        let d = decode(&[0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]);
        assert_eq!(d.text, "\u{FFFD}A");
        assert!(d.note.unwrap().contains("replaced"));
        let d = decode(b"ok\nok \xC3 x");
        assert_eq!(d.text, "ok\nok \u{FFFD} x");
        assert!(d.note.unwrap().contains("(line 2)"));
    }
}
