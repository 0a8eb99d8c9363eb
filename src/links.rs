//! Reference text → runs of plain text and http(s) links. Pure, tested natively.

/// True for the only URLs we turn into links: absolute `http:` or `https:` ones.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().get(..8).unwrap_or("").to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && !url.contains(char::is_whitespace)
}

/// A run of reference text: `url` is set when the run is a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run<'a> {
    /// The text shown.
    pub text: &'a str,
    /// The link target (always http/https).
    pub url: Option<&'a str>,
}

/// Splits `text` at each occurrence of the http(s) URLs in `urls` (in order of appearance).
/// Other schemes (`javascript:`, `data:`) stay plain text.
pub fn runs<'a>(text: &'a str, urls: &[String]) -> Vec<Run<'a>> {
    let mut out = Vec::new();
    let mut at = 0;
    loop {
        // The earliest remaining occurrence of any web URL.
        let next = urls
            .iter()
            .filter(|u| is_web_url(u))
            .filter_map(|u| text.get(at..)?.find(u.as_str()).map(|i| (at + i, u.len())))
            .min_by_key(|&(i, len)| (i, usize::MAX - len));
        let Some((start, len)) = next else { break };
        if start > at {
            out.push(Run {
                text: &text[at..start],
                url: None,
            });
        }
        let link = &text[start..start + len];
        out.push(Run {
            text: link,
            url: Some(link),
        });
        at = start + len; // len > 0 (is_web_url): the loop advances
    }
    if at < text.len() {
        out.push(Run {
            text: &text[at..],
            url: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_links() {
        assert!(is_web_url("https://www.dol.gov/x"));
        assert!(is_web_url("HTTP://EXAMPLE.ORG"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("data:text/html,<script>"));
        assert!(!is_web_url("http"));
    }

    #[test]
    fn splits_text_at_urls() {
        let urls = vec![
            "http://a.org/x".to_string(),
            "javascript:alert(1)".to_string(),
        ];
        let r = runs("See http://a.org/x and javascript:alert(1).", &urls);
        assert_eq!(
            r,
            vec![
                Run {
                    text: "See ",
                    url: None
                },
                Run {
                    text: "http://a.org/x",
                    url: Some("http://a.org/x")
                },
                Run {
                    text: " and javascript:alert(1).",
                    url: None
                },
            ]
        );
        assert_eq!(runs("", &urls), vec![]);
    }
}
