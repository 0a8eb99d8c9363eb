//! `data-testid` values of the tracker, compare and library panes (`tests/tracker-ids.json`
//! must hold the same pairs; a test below checks it).

/// The pane tabs group in the top bar.
pub const PANE_TABS: &str = "pane-tabs";
/// "Report" tab (back to the report).
pub const TAB_REPORT: &str = "tab-report";
/// "Tracker" tab.
pub const TAB_TRACKER: &str = "tab-tracker";
/// "Compare" tab.
pub const TAB_COMPARE: &str = "tab-compare";
/// "Library" tab.
pub const TAB_LIBRARY: &str = "tab-library";
/// Plain warning that storage is unavailable or failed.
pub const STORAGE_WARNING: &str = "storage-warning";
/// Notice that changes made in another tab were loaded into this one.
pub const SYNC_NOTICE: &str = "sync-notice";
/// The tracker pane.
pub const TRACKER: &str = "tracker";
/// One tracked recommendation (with `data-key`, `data-status`).
pub const TRACK_ROW: &str = "track-row";
/// A row's status select.
pub const TRACK_STATUS: &str = "track-status";
/// A row's owner input.
pub const TRACK_OWNER: &str = "track-owner";
/// A row's due date input.
pub const TRACK_DUE: &str = "track-due";
/// A row's notes.
pub const TRACK_NOTES: &str = "track-notes";
/// A row's "carried over from" note.
pub const TRACK_INHERITED: &str = "track-inherited";
/// Counts table (per area and status).
pub const COUNTS: &str = "tracker-counts";
/// Prefix of a status total (`count-in_progress`), the number in `data-count`.
pub const COUNT_PREFIX: &str = "count-";
/// The first-suggested timeline.
pub const TIMELINE: &str = "timeline";
/// Area filter.
pub const FILTER_AREA: &str = "filter-area";
/// Status filter.
pub const FILTER_STATUS: &str = "filter-status";
/// Years-outstanding filter.
pub const FILTER_YEARS: &str = "filter-years";
/// "Showing n of m".
pub const SHOWN: &str = "tracker-shown";
/// Export the tracker as JSON.
pub const EXPORT_TRACKER_JSON: &str = "export-tracker-json";
/// Export the open report's tracker as CSV.
pub const EXPORT_TRACKER_CSV: &str = "export-tracker-csv";
/// File input of "Import JSON…".
pub const IMPORT_INPUT: &str = "import-input";
/// Import preview.
pub const IMPORT_PREVIEW: &str = "import-preview";
/// Apply the previewed import.
pub const IMPORT_APPLY: &str = "import-apply";
/// Cancel the previewed import.
pub const IMPORT_CANCEL: &str = "import-cancel";
/// Import error message.
pub const IMPORT_ERROR: &str = "import-error";
/// The compare pane.
pub const COMPARE: &str = "compare";
/// Older report select.
pub const COMPARE_OLD: &str = "compare-old";
/// Newer report select.
pub const COMPARE_NEW: &str = "compare-new";
/// One comparison line (with `data-change`).
pub const COMPARE_ROW: &str = "compare-row";
/// Key counts table of the comparison.
pub const COMPARE_COUNTS: &str = "compare-counts";
/// The library pane.
pub const LIBRARY: &str = "library";
/// One library report.
pub const LIBRARY_ENTRY: &str = "library-entry";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tests_use_the_same_ids() {
        let json: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/tracker-ids.json")).unwrap_or_default();
        let ours = [
            ("PANE_TABS", PANE_TABS),
            ("TAB_REPORT", TAB_REPORT),
            ("TAB_TRACKER", TAB_TRACKER),
            ("TAB_COMPARE", TAB_COMPARE),
            ("TAB_LIBRARY", TAB_LIBRARY),
            ("STORAGE_WARNING", STORAGE_WARNING),
            ("SYNC_NOTICE", SYNC_NOTICE),
            ("TRACKER", TRACKER),
            ("TRACK_ROW", TRACK_ROW),
            ("TRACK_STATUS", TRACK_STATUS),
            ("TRACK_OWNER", TRACK_OWNER),
            ("TRACK_DUE", TRACK_DUE),
            ("TRACK_NOTES", TRACK_NOTES),
            ("TRACK_INHERITED", TRACK_INHERITED),
            ("COUNTS", COUNTS),
            ("COUNT_PREFIX", COUNT_PREFIX),
            ("TIMELINE", TIMELINE),
            ("FILTER_AREA", FILTER_AREA),
            ("FILTER_STATUS", FILTER_STATUS),
            ("FILTER_YEARS", FILTER_YEARS),
            ("SHOWN", SHOWN),
            ("EXPORT_TRACKER_JSON", EXPORT_TRACKER_JSON),
            ("EXPORT_TRACKER_CSV", EXPORT_TRACKER_CSV),
            ("IMPORT_INPUT", IMPORT_INPUT),
            ("IMPORT_PREVIEW", IMPORT_PREVIEW),
            ("IMPORT_APPLY", IMPORT_APPLY),
            ("IMPORT_CANCEL", IMPORT_CANCEL),
            ("IMPORT_ERROR", IMPORT_ERROR),
            ("COMPARE", COMPARE),
            ("COMPARE_OLD", COMPARE_OLD),
            ("COMPARE_NEW", COMPARE_NEW),
            ("COMPARE_ROW", COMPARE_ROW),
            ("COMPARE_COUNTS", COMPARE_COUNTS),
            ("LIBRARY", LIBRARY),
            ("LIBRARY_ENTRY", LIBRARY_ENTRY),
        ];
        let obj = json.as_object().cloned().unwrap_or_default();
        assert_eq!(obj.len(), ours.len(), "same number of ids");
        for (k, v) in ours {
            assert_eq!(obj.get(k).and_then(|x| x.as_str()), Some(v), "{k}");
        }
    }
}
