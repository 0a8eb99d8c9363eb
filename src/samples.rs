//! The bundled sample reports (compiled into the wasm, so the bundle is self-contained).

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

#[cfg(test)]
mod tests {
    #[test]
    fn samples_are_bundled() {
        assert_eq!(super::SAMPLES.len(), 2);
        assert!(super::by_name("kazakhstan-2013")
            .unwrap()
            .text
            .contains("In 2013, Kazakhstan"));
    }
}
