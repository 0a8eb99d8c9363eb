//! Pass 1: bytes → text. UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and invalid UTF-8,
//! each problem reported with the line it was on.

use crate::report::Warning;

/// Text decoded from bytes, with what was repaired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte-order mark.
    pub text: String,
    /// Invalid sequences replaced by U+FFFD, with their line.
    pub warnings: Vec<Warning>,
}

/// Decodes a file's bytes: a UTF-16 BOM selects UTF-16, anything else is read as UTF-8. Invalid
/// sequences become U+FFFD and a warning names the first line that had one.
pub fn decode(bytes: &[u8]) -> Decoded {
    let mut warnings = Vec::new();
    let text = match bytes {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes, &mut warnings),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes, &mut warnings),
        _ => {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            match std::str::from_utf8(bytes) {
                Ok(s) => s.to_string(),
                Err(e) => {
                    let line = line_of(&bytes[..e.valid_up_to()]);
                    let text = String::from_utf8_lossy(bytes).into_owned();
                    let bad = text.matches('\u{FFFD}').count();
                    warnings.push(Warning {
                        line,
                        message: format!(
                            "the input is not valid UTF-8: {bad} invalid byte sequence(s) replaced by \u{FFFD} (first on this line)"
                        ),
                    });
                    text
                }
            }
        }
    };
    Decoded { text, warnings }
}

fn utf16(bytes: &[u8], read: fn([u8; 2]) -> u16, warnings: &mut Vec<Warning>) -> String {
    let units = bytes.chunks_exact(2).map(|c| read([c[0], c[1]]));
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut first_bad: Option<usize> = None;
    let mut bad = 0usize;
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => text.push(c),
            Err(_) => {
                bad += 1;
                first_bad.get_or_insert_with(|| line_of(text.as_bytes()));
                text.push('\u{FFFD}');
            }
        }
    }
    if bytes.len() % 2 == 1 {
        bad += 1;
        first_bad.get_or_insert_with(|| line_of(text.as_bytes()));
    }
    if let Some(line) = first_bad {
        warnings.push(Warning {
            line,
            message: format!("the UTF-16 input has {bad} invalid unit(s) (lone surrogates or an odd final byte), replaced by \u{FFFD}"),
        });
    }
    text.strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text)
}

/// 1-based line number of the end of `before`.
fn line_of(before: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', before).count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boms_and_encodings() {
        assert_eq!(decode(b"\xEF\xBB\xBFabc").text, "abc");
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hé\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&le).text, "Hé\n");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Hé".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be).text, "Hé");
    }

    #[test]
    fn invalid_input_is_located() {
        let d = decode(b"ok\nbad \xFF here\n");
        assert_eq!(d.text, "ok\nbad \u{FFFD} here\n");
        assert_eq!(d.warnings[0].line, 2);
        let lone: Vec<u8> = [0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'b', 0].to_vec();
        let d = decode(&lone);
        assert_eq!(d.text, "a\u{FFFD}b");
        assert_eq!(d.warnings.len(), 1);
    }
}
