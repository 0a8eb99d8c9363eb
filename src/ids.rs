//! `data-testid` values: the one list shared by the components and the browser tests
//! (`tests/ids.json` must hold the same pairs; a test below checks it).

/// The paste / edit area.
pub const PASTE_AREA: &str = "paste-area";
/// Hidden file input behind the "Open a file" button.
pub const FILE_INPUT: &str = "file-input";
/// The drop zone around the paste area.
pub const DROP_ZONE: &str = "drop-zone";
/// "Parse text" button.
pub const PARSE_BUTTON: &str = "parse-button";
/// Prefix of the "Try a sample" buttons ("sample-kazakhstan-2013").
pub const SAMPLE_PREFIX: &str = "sample-";
/// Message shown for input that is not a report, or a decoding note.
pub const NOTICE: &str = "notice";
/// The structured report.
pub const REPORT: &str = "report";
/// Country heading.
pub const COUNTRY: &str = "country";
/// Year.
pub const YEAR: &str = "year";
/// Assessment badge.
pub const ASSESSMENT: &str = "assessment";
/// Table of contents.
pub const TOC: &str = "toc";
/// A table figure.
pub const TABLE: &str = "table";
/// A citation link.
pub const CITATION: &str = "citation";
/// A citation's popover.
pub const CITATION_POPOVER: &str = "citation-popover";
/// Search input.
pub const SEARCH_INPUT: &str = "search-input";
/// Search count ("3 of 17"), with the total in `data-count`.
pub const SEARCH_COUNT: &str = "search-count";
/// Next search hit.
pub const SEARCH_NEXT: &str = "search-next";
/// Previous search hit.
pub const SEARCH_PREV: &str = "search-prev";
/// Structured view tab.
pub const VIEW_STRUCTURED: &str = "view-structured";
/// Source view tab.
pub const VIEW_SOURCE: &str = "view-source";
/// The Source view.
pub const SOURCE: &str = "source";
/// Diagnostics panel.
pub const DIAGNOSTICS: &str = "diagnostics";
/// A warning's link to its source line.
pub const WARNING_LINK: &str = "warning-link";
/// Export as JSON.
pub const EXPORT_JSON: &str = "export-json";
/// Export as Markdown.
pub const EXPORT_MARKDOWN: &str = "export-markdown";
/// A table's CSV export button.
pub const EXPORT_CSV: &str = "export-csv";
/// A table's "Copy table" (TSV) button.
pub const COPY_TABLE: &str = "copy-table";
/// References list.
pub const REFERENCES: &str = "references";
/// Status line (aria-live) for copies and downloads.
pub const STATUS: &str = "status";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tests_use_the_same_ids() {
        let json: serde_json::Value =
            serde_json::from_str(include_str!("../tests/ids.json")).expect("tests/ids.json");
        let ours = [
            ("PASTE_AREA", PASTE_AREA),
            ("FILE_INPUT", FILE_INPUT),
            ("DROP_ZONE", DROP_ZONE),
            ("PARSE_BUTTON", PARSE_BUTTON),
            ("SAMPLE_PREFIX", SAMPLE_PREFIX),
            ("NOTICE", NOTICE),
            ("REPORT", REPORT),
            ("COUNTRY", COUNTRY),
            ("YEAR", YEAR),
            ("ASSESSMENT", ASSESSMENT),
            ("TOC", TOC),
            ("TABLE", TABLE),
            ("CITATION", CITATION),
            ("CITATION_POPOVER", CITATION_POPOVER),
            ("SEARCH_INPUT", SEARCH_INPUT),
            ("SEARCH_COUNT", SEARCH_COUNT),
            ("SEARCH_NEXT", SEARCH_NEXT),
            ("SEARCH_PREV", SEARCH_PREV),
            ("VIEW_STRUCTURED", VIEW_STRUCTURED),
            ("VIEW_SOURCE", VIEW_SOURCE),
            ("SOURCE", SOURCE),
            ("DIAGNOSTICS", DIAGNOSTICS),
            ("WARNING_LINK", WARNING_LINK),
            ("EXPORT_JSON", EXPORT_JSON),
            ("EXPORT_MARKDOWN", EXPORT_MARKDOWN),
            ("EXPORT_CSV", EXPORT_CSV),
            ("COPY_TABLE", COPY_TABLE),
            ("REFERENCES", REFERENCES),
            ("STATUS", STATUS),
        ];
        let obj = json.as_object().expect("an object");
        assert_eq!(obj.len(), ours.len(), "same number of ids");
        for (k, v) in ours {
            assert_eq!(obj.get(k).and_then(|x| x.as_str()), Some(v), "{k}");
        }
    }
}
