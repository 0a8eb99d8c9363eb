//! URL-hash deep links, as pure functions.
//!
//! Grammar: `#[SAMPLE/]TARGET` or `#SAMPLE`, where SAMPLE names a bundled sample
//! ("kazakhstan-2013") and TARGET is an element id of the view: `section-2`, `table-4`,
//! `ref-12`, `line-40` (Source view), `references`, `diagnostics`. A hash addressing a sample
//! loads it, so a deep link into a sample works from a fresh visit; a bare target addresses the
//! report already open.

/// Longest hash we look at; anything longer is not one of ours.
const MAX_HASH: usize = 200;

/// What a URL hash asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Route {
    /// A bundled sample to load.
    pub sample: Option<String>,
    /// An element id to scroll to.
    pub target: Option<String>,
}

impl Route {
    /// True when the target lives in the Source view.
    pub fn wants_source(&self) -> bool {
        self.target
            .as_deref()
            .is_some_and(|t| t.starts_with("line-"))
    }
}

/// Parses `location.hash` (with or without its `#`); `samples` are the known sample names.
pub fn parse_hash(hash: &str, samples: &[&str]) -> Route {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    if hash.is_empty() || hash.len() > MAX_HASH {
        return Route::default();
    }
    let (first, rest) = match hash.split_once('/') {
        Some((a, b)) => (a, Some(b)),
        None => (hash, None),
    };
    if samples.contains(&first) {
        return Route {
            sample: Some(first.to_owned()),
            target: rest.filter(|t| is_target(t)).map(str::to_owned),
        };
    }
    Route {
        sample: None,
        target: (rest.is_none() && is_target(first)).then(|| first.to_owned()),
    }
}

/// The hash for a target, keeping the sample prefix when a sample is open.
pub fn format_hash(sample: Option<&str>, target: Option<&str>) -> String {
    match (sample, target) {
        (Some(s), Some(t)) => format!("#{s}/{t}"),
        (Some(s), None) => format!("#{s}"),
        (None, Some(t)) => format!("#{t}"),
        (None, None) => String::new(),
    }
}

/// Element ids we generate: lower-case ASCII letters, digits and dashes.
fn is_target(t: &str) -> bool {
    !t.is_empty()
        && t.len() <= MAX_HASH
        && t.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The line number of a `line-N` target.
pub fn line_of(target: &str) -> Option<usize> {
    target.strip_prefix("line-")?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    const S: &[&str] = &["kazakhstan-2013", "kazakhstan-2018"];

    #[test]
    fn parses_targets_and_samples() {
        assert_eq!(parse_hash("", S), Route::default());
        assert_eq!(parse_hash("#", S), Route::default());
        assert_eq!(
            parse_hash("#table-4", S),
            Route {
                sample: None,
                target: Some("table-4".into())
            }
        );
        assert_eq!(
            parse_hash("#kazakhstan-2013", S),
            Route {
                sample: Some("kazakhstan-2013".into()),
                target: None
            }
        );
        let r = parse_hash("#kazakhstan-2018/line-40", S);
        assert_eq!(r.sample.as_deref(), Some("kazakhstan-2018"));
        assert!(r.wants_source());
        assert_eq!(line_of(r.target.as_deref().unwrap()), Some(40));
    }

    #[test]
    fn rejects_foreign_hashes() {
        assert_eq!(parse_hash("#<script>", S), Route::default());
        assert_eq!(parse_hash("#other/table-1", S), Route::default());
        assert_eq!(parse_hash("#kazakhstan-2013/Table 1", S).target, None);
        assert_eq!(parse_hash(&"a".repeat(500), S), Route::default());
    }

    #[test]
    fn formats_round_trip() {
        for (s, t) in [
            (Some("kazakhstan-2013"), Some("table-9")),
            (None, Some("section-2")),
            (Some("kazakhstan-2018"), None),
        ] {
            let h = format_hash(s, t);
            let r = parse_hash(&h, S);
            assert_eq!((r.sample.as_deref(), r.target.as_deref()), (s, t));
        }
        assert_eq!(format_hash(None, None), "");
    }
}
