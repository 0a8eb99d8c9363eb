//! Takes the styles out of clipboard HTML before the browser's `DOMParser` reads it. A copy from a
//! web page carries a `style` attribute on nearly every element (and Office copies `<style>`
//! blocks); Chromium checks those against the page's Content-Security-Policy even in a parsed,
//! never-rendered document and logs a violation for each. Only text and table structure are read
//! from the document, so the styles are not needed. A mistake here can only change the text
//! read, never run anything: `DOMParser` executes nothing.

/// `html` without `style` attributes and `<style>` elements; everything else byte for byte.
pub fn strip(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        rest = &rest[lt..];
        let end = if rest.starts_with("<!--") {
            let end = rest.find("-->").map_or(rest.len(), |e| e + 3);
            out.push_str(&rest[..end]);
            end
        } else if is_tag(rest, "style") {
            // The element and its text, up to and including "</style…>".
            find_ci(rest, "</style").map_or(rest.len(), |c| c + tag_end(&rest[c..]))
        } else if rest[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            let end = tag_end(rest);
            strip_attribute(&rest[..end], &mut out);
            end
        } else {
            out.push('<');
            1
        };
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// True when `s` opens the element `name` (`<style>`, `<STYLE media=…>`), not `<styles>`.
fn is_tag(s: &str, name: &str) -> bool {
    s.get(1..1 + name.len())
        .is_some_and(|n| n.eq_ignore_ascii_case(name))
        && s[1 + name.len()..]
            .starts_with(|c: char| c == '>' || c == '/' || c.is_ascii_whitespace())
}

/// Byte length of the tag at the start of `s`, its closing `>` included (quoted values may hold
/// `>`); the whole of `s` when it is never closed.
fn tag_end(s: &str) -> usize {
    let mut quote = None;
    for (i, b) in s.bytes().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return i + 1,
            _ => {}
        }
    }
    s.len()
}

/// Copies the tag `tag` to `out` without its `style` attribute(s).
fn strip_attribute(tag: &str, out: &mut String) {
    let bytes = tag.as_bytes();
    let mut i = 1;
    while i < bytes.len() && !is_separator(bytes[i]) {
        i += 1;
    }
    out.push_str(&tag[..i]);
    while i < bytes.len() {
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let name_start = i;
        while i < bytes.len() && !is_separator(bytes[i]) && bytes[i] != b'=' {
            i += 1;
        }
        let name = &tag[name_start..i];
        if name.is_empty() {
            // '>' or '/': the rest of the tag.
            out.push_str(&tag[start..]);
            return;
        }
        let mut j = i;
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        if bytes.get(j) == Some(&b'=') {
            j += 1;
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            match bytes.get(j) {
                Some(&q @ (b'"' | b'\'')) => {
                    j += 1;
                    while j < bytes.len() && bytes[j] != q {
                        j += 1;
                    }
                    j = (j + 1).min(bytes.len());
                }
                _ => {
                    while j < bytes.len() && !is_separator(bytes[j]) {
                        j += 1;
                    }
                }
            }
            i = j;
        }
        if !name.eq_ignore_ascii_case("style") {
            out.push_str(&tag[start..i]);
        }
    }
}

fn is_separator(b: u8) -> bool {
    b.is_ascii_whitespace() || b == b'>' || b == b'/'
}

/// Byte offset of the first ASCII-case-insensitive occurrence of `needle` (ASCII) in `hay`.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::strip;

    #[test]
    fn style_attributes_and_elements_go_the_rest_stays() {
        let html = "<meta charset='utf-8'><p style=\"color: red; content: '>'\" class=x>a > b</p>\
                    <STYLE>td { color: red }</style ><td rowspan=3 STYLE=color:red>c</td>\
                    <!-- <p style=\"x\"> --><span title='style=x'>d</span> < e <br/>";
        assert_eq!(
            strip(html),
            "<meta charset='utf-8'><p class=x>a > b</p><td rowspan=3>c</td>\
             <!-- <p style=\"x\"> --><span title='style=x'>d</span> < e <br/>"
        );
    }

    #[test]
    fn unclosed_markup_ends_the_text() {
        assert_eq!(strip("a<p style=\"x>b"), "a<p");
        assert_eq!(strip("a<style>b"), "a");
        assert_eq!(strip("<!-- a"), "<!-- a");
        assert_eq!(strip("ü<b>é</b>"), "ü<b>é</b>");
    }
}
