//! Top-level state, shared through one typed context ([`AppState`]), and the actions that change
//! it: loading text, following a route.

use crate::decimal::fixed;
use crate::{dom, route, samples};
use findings::Report;
use leptos::prelude::*;
use std::sync::Arc;

/// The two views of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Sections, tables, references.
    Structured,
    /// The raw text with line numbers.
    Source,
}

/// A message above the input area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// True for "this is not a report", false for information.
    pub error: bool,
    /// What to say.
    pub text: String,
}

/// A parsed report with the text it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The parse result.
    pub report: Arc<Report>,
    /// The text that was parsed (for the Source view).
    pub text: Arc<str>,
    /// The sample it is, if it is one (deep links keep it in the hash).
    pub sample: Option<&'static str>,
    /// Milliseconds the parse took.
    pub parse_ms: f64,
    /// Every recognised report of the text (several when a chapter or book was pasted).
    pub book: Arc<Vec<Arc<Report>>>,
    /// Position of `report` in `book`.
    pub index: usize,
    /// True while the rest of a large text is still being parsed (its first report shown early).
    pub parsing: bool,
}

/// All shared state. `Copy`: every field is a signal handle.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// The text in the paste area.
    pub input: RwSignal<String>,
    /// The report on screen.
    pub loaded: RwSignal<Option<Loaded>>,
    /// Message about the last input.
    pub notice: RwSignal<Option<Notice>>,
    /// Structured or Source.
    pub view: RwSignal<View>,
    /// Search query.
    pub query: RwSignal<String>,
    /// Current search hit (0-based).
    pub hit: RwSignal<usize>,
    /// Status line for copy/download feedback.
    pub status: RwSignal<String>,
    /// The citation whose popover is open (one at a time).
    pub popover: RwSignal<Option<usize>>,
    /// True when the report on screen must be rendered whole at once (a deep link or a search
    /// needs every part in the page); otherwise a new report shows its first part in the paste's
    /// own frame and the others one per task after it (`report::ReportView`).
    pub reveal: RwSignal<bool>,
    /// Counts the loads begun: the slices of a large text stop when a newer load has begun, so
    /// a text pasted while a book is still parsing is not replaced by the book.
    loads: StoredValue<u64>,
}

/// Where a text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A bundled sample.
    Sample(&'static str),
    /// Pasted, dropped, picked or typed.
    User,
}

impl AppState {
    /// Fresh state.
    pub fn new() -> Self {
        AppState {
            input: RwSignal::new(String::new()),
            loaded: RwSignal::new(None),
            notice: RwSignal::new(None),
            view: RwSignal::new(View::Structured),
            query: RwSignal::new(String::new()),
            hit: RwSignal::new(0),
            status: RwSignal::new(String::new()),
            popover: RwSignal::new(None),
            reveal: RwSignal::new(false),
            loads: StoredValue::new(0),
        }
    }

    /// Starts a load: any large text still being parsed is dropped. Returns the load's number.
    fn begin_load(self) -> u64 {
        self.reveal.set(false);
        self.loads.update_value(|n| *n += 1);
        self.loads.get_value()
    }

    /// True while the report on screen must be in the page whole: a deep link or printing asked
    /// for it ([`AppState::reveal`]), or a search is highlighting its matches.
    pub fn wants_whole(self) -> bool {
        self.reveal.get() || !self.query.with(String::is_empty)
    }

    /// True while `load` is the newest load begun.
    fn is_current(self, load: u64) -> bool {
        self.loads.get_value() == load
    }

    /// The state from context (provided by `App`).
    pub fn get() -> Self {
        expect_context::<AppState>()
    }

    /// Like [`AppState::load`], for text the user brought. A large text (a chapter or a book) is
    /// parsed one report at a time, yielding to the browser between slices of
    /// [`PARSE_SLICE_MS`], so the page keeps answering and shows its progress.
    pub fn load_user(self, text: String, note: Option<String>) {
        if text.len() < LARGE_TEXT {
            return self.load(text, Origin::User, note);
        }
        let load = self.begin_load();
        dom::mark(MARK_LOAD);
        self.status.set(format!("Parsing {} MB…", mb(text.len())));
        // Three tasks of their own: finding the reports (one pass over the whole text), parsing
        // them slice by slice, showing the first one as soon as it is parsed.
        request_animation_frame(move || {
            if !self.is_current(load) {
                return;
            }
            let t0 = dom::now();
            let parts = findings::split_book(&text);
            let text = Arc::from(text);
            set_timeout(
                move || self.parse_slices(load, text, parts, Vec::new(), t0, note),
                std::time::Duration::ZERO,
            );
        });
    }

    /// Parses the next parts of a large text for up to [`PARSE_SLICE_MS`], then yields; shows the
    /// first recognised report as soon as it is parsed (alone: the picker comes with the rest),
    /// and every report when every part is parsed.
    fn parse_slices(
        self,
        load: u64,
        text: Arc<str>,
        parts: Vec<findings::Part>,
        mut done: Vec<Report>,
        t0: f64,
        note: Option<String>,
    ) {
        if !self.is_current(load) {
            return;
        }
        let slice_start = dom::now();
        let shown_before = done.iter().any(Report::is_recognised);
        while let Some(part) = parts.get(done.len()) {
            let report = findings::parse_part(&text, part);
            // The first report is shown in a task of its own, with no more parsing in it.
            let first = !shown_before && report.is_recognised();
            done.push(report);
            if first || dom::now() - slice_start > PARSE_SLICE_MS {
                break;
            }
        }
        if done.len() < parts.len() {
            if !shown_before {
                if let Some(first) = done.iter().find(|r| r.is_recognised()).cloned() {
                    let (text, parse_ms) = (text.clone(), dom::now() - t0);
                    set_timeout(
                        move || {
                            if self.is_current(load) {
                                self.show_first(&text, first, parse_ms);
                            }
                        },
                        std::time::Duration::ZERO,
                    );
                }
            }
            self.status.set(format!(
                "Parsing {} MB… {} of {} reports",
                mb(text.len()),
                done.len(),
                parts.len()
            ));
            set_timeout(
                move || self.parse_slices(load, text, parts, done, t0, note),
                std::time::Duration::ZERO,
            );
            return;
        }
        dom::measure("fv:parse", MARK_LOAD, "fv:parsed");
        self.show(text.to_string(), done, dom::now() - t0, Origin::User, note);
    }

    /// Shows the first report of a large text while the rest is still being parsed.
    fn show_first(self, text: &Arc<str>, first: Report, parse_ms: f64) {
        dom::replace_hash("");
        self.hit.set(0);
        let report = Arc::new(first);
        self.loaded.set(Some(Loaded {
            report: report.clone(),
            text: text.clone(),
            sample: None,
            parse_ms,
            book: Arc::new(vec![report]),
            index: 0,
            parsing: true,
        }));
        dom::after_paint(|| {
            dom::measure("fv:paste-to-first-paint", MARK_LOAD, "fv:first-painted");
        });
    }

    /// Parses `text` and shows it, or keeps it in the box with a message when it is not a report.
    pub fn load(self, text: String, origin: Origin, note: Option<String>) {
        self.begin_load();
        // A large text's "Parsing…" progress, if one was under way, is over.
        self.status.set(String::new());
        dom::mark(MARK_LOAD);
        let t0 = dom::now();
        let all = findings::parse_all(&text);
        let parse_ms = dom::now() - t0;
        dom::measure("fv:parse", MARK_LOAD, "fv:parsed");
        self.show(text, all, parse_ms, origin, note);
    }

    /// Shows parsed reports, or keeps the text in the box with a message when none is a report.
    fn show(
        self,
        text: String,
        all: Vec<Report>,
        parse_ms: f64,
        origin: Origin,
        note: Option<String>,
    ) {
        if text.len() >= LARGE_TEXT {
            self.status.set(format!(
                "Parsed {} MB in {} ms: {} report(s)",
                mb(text.len()),
                fixed(parse_ms, 0),
                all.iter().filter(|r| r.is_recognised()).count()
            ));
        }
        self.input.set(text.clone());
        self.hit.set(0);
        let first_warning = all.first().and_then(|r| r.warnings.first()).cloned();
        let book: Vec<Arc<Report>> = all
            .into_iter()
            .filter(|r| r.is_recognised())
            .map(Arc::new)
            .collect();
        if let Some(report) = book.first().cloned() {
            let sample = match origin {
                Origin::Sample(name) => Some(name),
                Origin::User => None,
            };
            if sample.is_none() {
                dom::replace_hash("");
            }
            if let Some(n) = &note {
                self.status.set(n.clone());
            }
            self.notice
                .set(note.map(|text| Notice { error: false, text }));
            self.loaded.set(Some(Loaded {
                report,
                text: Arc::from(text),
                sample,
                parse_ms,
                book: Arc::new(book),
                index: 0,
                parsing: false,
            }));
            dom::after_paint(|| dom::measure("fv:paste-to-paint", MARK_LOAD, "fv:painted"));
        } else {
            self.loaded.set(None);
            self.notice.set(Some(Notice {
                error: true,
                text: not_a_report(&text, first_warning.as_ref(), note.as_deref()),
            }));
        }
    }

    /// Follows a URL hash: loads the sample it names, picks the view, scrolls to its target.
    pub fn follow(self, hash: &str) {
        let names = samples::names();
        let r = route::parse_hash(hash, &names);
        if let Some(sample) = r.sample.as_deref().and_then(samples::by_name) {
            let current = self
                .loaded
                .with_untracked(|l| l.as_ref().and_then(|l| l.sample));
            if current != Some(sample.name) {
                self.load(sample.text.to_owned(), Origin::Sample(sample.name), None);
            }
        }
        let source = r.wants_source();
        let Some(target) = r.target else { return };
        self.reveal.set(true);
        self.view.set(if source {
            View::Source
        } else {
            View::Structured
        });
        // Two frames: the first lets the view render, the second lays it out.
        request_animation_frame(move || {
            request_animation_frame(move || {
                dom::scroll_to_id(&target);
            })
        });
    }

    /// Shows another report of the same pasted book.
    pub fn select(self, index: usize) {
        self.hit.set(0);
        self.loaded.update(|l| {
            if let Some(l) = l {
                if let Some(r) = l.book.get(index) {
                    l.report = r.clone();
                    l.index = index;
                }
            }
        });
    }

    /// The hash for a target in the report on screen (keeps the sample name).
    pub fn href(self, target: &str) -> String {
        let sample = self
            .loaded
            .with_untracked(|l| l.as_ref().and_then(|l| l.sample));
        route::format_hash(sample, Some(target))
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

/// Texts from this size on are parsed after a "Parsing…" message has been painted.
const LARGE_TEXT: usize = 512 * 1024;

/// The `performance.mark` set when a text starts loading; measures of its parse (`fv:parse`) and
/// of the time until the structured view is painted (`fv:paste-to-paint`) start there.
const MARK_LOAD: &str = "fv:load";

/// Longest stretch of parsing between two yields to the browser, in milliseconds.
const PARSE_SLICE_MS: f64 = 40.0;

fn mb(bytes: usize) -> String {
    fixed(bytes as f64 / 1_048_576.0, 1)
}

/// The message for text that is not a Findings report.
fn not_a_report(text: &str, warning: Option<&findings::Warning>, note: Option<&str>) -> String {
    if text.trim().is_empty() {
        return "The text is empty. Paste a country report from the U.S. Department of Labor's \
                “Findings on the Worst Forms of Child Labor”."
            .to_owned();
    }
    let mut msg = "This does not look like a Findings country report; your text is still in the \
                   box. "
        .to_owned();
    match warning {
        // The parser says what it looked for.
        Some(w) => msg.push_str(&format!(
            "The parser reports: {}.",
            w.message.trim_end_matches('.')
        )),
        None => msg.push_str(
            "Expected the text of a report from the U.S. Department of Labor's “Findings on the \
             Worst Forms of Child Labor”: a line such as “In 2018, Kazakhstan made a minimal \
             advancement…” and numbered sections (“I. Prevalence and Sectoral Distribution of \
             Child Labor”).",
        ),
    }
    if let Some(n) = note {
        msg.push_str(&format!(" ({n})"));
    }
    msg
}

#[cfg(test)]
mod tests {
    use super::not_a_report;

    #[test]
    fn not_a_report_says_what_was_expected() {
        assert!(not_a_report("  \n", None, None).starts_with("The text is empty."));
        let m = not_a_report("cake", None, Some("Decoded as UTF-16LE."));
        assert!(m.contains("still in the box") && m.contains("numbered sections"));
        assert!(m.ends_with("(Decoded as UTF-16LE.)"));
        let w = findings::Warning {
            line: 0,
            message: "no Findings report recognised: expected X.".into(),
        };
        let m = not_a_report("cake", Some(&w), None);
        assert!(m.ends_with("The parser reports: no Findings report recognised: expected X."));
        assert!(!m.contains("numbered sections"));
    }
}
