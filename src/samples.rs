//! The bundled sample reports (compiled into the wasm, so the bundle is self-contained).

use std::borrow::Cow;

/// A bundled sample report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample {
    /// Name used in the URL hash ("kazakhstan-2013").
    pub name: &'static str,
    /// Button label.
    pub label: &'static str,
    /// The report text.
    pub text: &'static str,
}

/// All samples, oldest first.
pub const SAMPLES: &[Sample] = &[
    Sample {
        name: "kazakhstan-2013",
        label: "Kazakhstan 2013",
        text: include_str!("../assets/samples/kazakhstan-2013.txt"),
    },
    Sample {
        name: "kazakhstan-2018",
        label: "Kazakhstan 2018",
        text: include_str!("../assets/samples/kazakhstan-2018.txt"),
    },
];

/// Sample names, for the hash router.
pub fn names() -> Vec<&'static str> {
    SAMPLES.iter().map(|s| s.name).collect()
}

/// The sample with this name.
pub fn by_name(name: &str) -> Option<&'static Sample> {
    SAMPLES.iter().find(|s| s.name == name)
}

/// The `i`-th text the page parses while it waits for a first paste (`app::warm_up`): the
/// browser compiles the parser's code lazily, on first call, so each input form's code is run
/// once before the user's text needs it. The samples as bundled (tab, pipe), then the
/// tab-separated one re-printed as plain `pdftotext` prints a table (a cell per line) and as
/// `pdftotext -layout` does (cells apart by runs of spaces). `None` after the last.
pub fn warm_up_text(i: usize) -> Option<Cow<'static, str>> {
    let tab = SAMPLES.first()?.text;
    match i.checked_sub(SAMPLES.len()) {
        None => Some(Cow::Borrowed(SAMPLES[i].text)),
        Some(0) => Some(Cow::Owned(tab.replace('\t', "\n"))),
        Some(1) => Some(Cow::Owned(tab.replace('\t', "    "))),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use findings::Format;

    #[test]
    fn warm_up_runs_every_common_form() {
        let forms: Vec<Format> = (0..)
            .map_while(super::warm_up_text)
            .map(|t| findings::parse(&t).source.format)
            .collect();
        assert_eq!(
            forms,
            [Format::Tab, Format::Pipe, Format::Plain, Format::Layout]
        );
        // Each is read as a report with its tables, not as stray text.
        for t in (0..).map_while(super::warm_up_text) {
            let r = findings::parse(&t);
            assert!(r.is_recognised() && r.tables.len() >= 5, "{:?}", r.source);
        }
    }

    #[test]
    fn samples_are_bundled() {
        assert_eq!(super::SAMPLES.len(), 2);
        assert!(super::by_name("kazakhstan-2013")
            .unwrap()
            .text
            .contains("In 2013, Kazakhstan"));
    }
}
