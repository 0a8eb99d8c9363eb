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

/// Decodes a file's bytes: BOM sniffing, UTF-16, lossy UTF-8, line ends.
pub fn decode(bytes: &[u8]) -> Decoded {
    let (text, note) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        utf8(rest)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes, "UTF-16LE")
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes, "UTF-16BE")
    } else {
        utf8(bytes)
    };
    Decoded {
        text: normalize_newlines(&text),
        note,
    }
}

fn utf8(bytes: &[u8]) -> (String, Option<String>) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), None),
        Err(_) => (
            String::from_utf8_lossy(bytes).into_owned(),
            Some("The file is not valid UTF-8: unreadable bytes were replaced by �.".to_owned()),
        ),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, name: &str) -> (String, Option<String>) {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut bad = bytes.len() % 2 == 1;
    let text: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                bad = true;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    let note = if bad {
        format!("Decoded as {name}; invalid code units were replaced by �.")
    } else {
        format!("Decoded as {name}.")
    };
    (text, Some(note))
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
        let d = decode(b"ok \xC3 x");
        assert_eq!(d.text, "ok \u{FFFD} x");
        assert!(d.note.is_some());
    }
}
