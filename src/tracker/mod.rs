//! The recommendation tracker, the year-to-year comparison and the library of reports.
//!
//! Logic lives in [`model`] (records, filters, counts, exports, import merge) and [`matching`]
//! (cross-year matching), both plain functions with native tests. This module holds the shared
//! state ([`Tracker`], one typed context), the one place that persists ([`Tracker::commit`]),
//! and the pane switch; `view`, `compare` and `library` are the components.

mod compare;
pub mod ids;
mod library;
pub mod matching;
pub mod model;
mod view;

use crate::state::AppState;
use crate::storage::{self, IndexedDb, Memory, Storage, Write};
use leptos::prelude::*;
use model::{Data, LibraryEntry, Record};
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// The `BroadcastChannel` on which each tab announces what it saved, so other tabs of the app
/// show it instead of later overwriting it with what they had loaded.
const CHANNEL: &str = "findings-viewer";

/// Longest stretch of adding a book's reports to the library between two yields, in
/// milliseconds (saving them, which follows in the same task, costs about as much again).
const LIBRARY_SLICE_MS: f64 = 15.0;

/// Which pane the main area shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    /// The report (helper views: Structured / Source).
    Report,
    /// The tracker of the open report.
    Tracker,
    /// Two reports of one country compared.
    Compare,
    /// Reports kept in the browser.
    Library,
}

/// Where persistence stands, shown plainly when it is not "saved".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    /// Opening the database.
    Opening,
    /// Saving to IndexedDB.
    Saved,
    /// Working in memory only, with the reason.
    MemoryOnly(String),
    /// The last save failed (kept in memory for this tab).
    Failed(String),
    /// Saving works, but this many stored items could not be read: they were set aside (left
    /// untouched in the database) and everything else loaded.
    Damaged(usize),
}

/// What one tab saved, announced to the others (JSON on [`CHANNEL`]).
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
struct Saved {
    records: Vec<Record>,
    library: Vec<LibraryEntry>,
    removed: Vec<String>,
}

impl Saved {
    fn of(batch: &[Write]) -> Saved {
        let mut s = Saved::default();
        for w in batch {
            match w {
                Write::Record(r) => s.records.push(r.clone()),
                Write::Report(e) => s.library.push(e.clone()),
                Write::RemoveReport(id) => s.removed.push(id.clone()),
            }
        }
        s
    }

    /// The writes that bring `data` up to date (a record only when it is newer than the one
    /// shown: last change wins per action), and how many tracker records changed.
    fn writes(self, data: &Data) -> (Vec<Write>, usize) {
        let mut batch = Vec::new();
        let mut records = 0;
        for r in self.records {
            let newer = match data.records.get(&r.key) {
                Some(mine) => mine.changed <= r.changed && *mine != r,
                None => true,
            };
            if newer {
                records += 1;
                batch.push(Write::Record(r));
            }
        }
        for e in self.library {
            if !data.library.contains_key(&e.id) {
                batch.push(Write::Report(e));
            }
        }
        for id in self.removed {
            if data.library.contains_key(&id) {
                batch.push(Write::RemoveReport(id));
            }
        }
        (batch, records)
    }
}

/// The tracker's shared state (typed context; `Copy`, every field is a handle).
#[derive(Clone, Copy)]
pub struct Tracker {
    /// Records and library (the persisted part; changed only through [`Tracker::commit`]).
    pub data: RwSignal<Data>,
    /// The pane on screen.
    pub pane: RwSignal<Pane>,
    /// Storage state.
    pub health: RwSignal<Health>,
    /// Set when changes saved in another tab were loaded into this one.
    pub synced: RwSignal<Option<String>>,
    channel: StoredValue<Option<web_sys::BroadcastChannel>, LocalStorage>,
    storage: StoredValue<Rc<dyn Storage>, LocalStorage>,
    /// Writes made before the database opened, written once it has.
    pending: StoredValue<Vec<Write>>,
    ready: RwSignal<bool>,
}

impl Tracker {
    /// The tracker from context.
    pub fn get() -> Self {
        expect_context::<Tracker>()
    }

    /// The one place that changes persisted data: applies the batch on screen at once, then
    /// writes it in one transaction (or queues it while the database is opening).
    pub fn commit(self, batch: Vec<Write>) {
        if batch.is_empty() {
            return;
        }
        self.data.update(|d| storage::apply(d, &batch));
        if !self.ready.get_untracked() {
            self.pending.update_value(|p| p.extend(batch));
            return;
        }
        let store = self.storage.get_value();
        leptos::task::spawn_local(async move {
            match store.write(batch.clone()).await {
                Ok(()) => self.announce(&batch),
                Err(e) => self.health.set(Health::Failed(e)),
            }
        });
    }

    /// Tells the other tabs what was saved.
    fn announce(self, batch: &[Write]) {
        let Ok(json) = serde_json::to_string(&Saved::of(batch)) else {
            return;
        };
        self.channel.with_value(|c| {
            if let Some(c) = c {
                let _ = c.post_message(&JsValue::from_str(&json));
            }
        });
    }

    /// Listens to the other tabs: what they saved is shown here at once (not written again).
    fn listen(self) {
        let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else {
            return; // no BroadcastChannel: tabs do not see each other's changes until reloaded
        };
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                let Some(saved) = ev
                    .data()
                    .as_string()
                    .and_then(|s| serde_json::from_str::<Saved>(&s).ok())
                else {
                    return;
                };
                let (batch, records) = self.data.with_untracked(|d| saved.writes(d));
                if batch.is_empty() {
                    return;
                }
                self.data.update(|d| storage::apply(d, &batch));
                if records > 0 {
                    self.synced.set(Some(format!(
                        "{records} tracker change(s) saved in another tab of this app were \
                         loaded here (the later change to an action wins)."
                    )));
                }
            });
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget(); // lives as long as the page: created once
        self.channel.set_value(Some(channel));
    }

    /// Adds the reports of `text` from `next` on to the library (those not in it yet), for at
    /// most [`LIBRARY_SLICE_MS`] per task, each slice its own transaction.
    fn keep_in_library(
        self,
        reports: Arc<Vec<Arc<findings::Report>>>,
        text: Arc<str>,
        lines: Arc<model::LineStarts>,
        mut next: usize,
    ) {
        let slice_start = crate::dom::now();
        let mut batch = Vec::new();
        let mut ids = std::collections::HashSet::new();
        while let Some(r) = reports.get(next) {
            next += 1;
            let own = lines.report_text(&text, r, reports.len());
            let id = model::library_id(r, own);
            if !self.data.with_untracked(|d| d.library.contains_key(&id)) && ids.insert(id) {
                batch.push(Write::Report(LibraryEntry::new(r, own, now())));
            }
            if crate::dom::now() - slice_start > LIBRARY_SLICE_MS {
                break;
            }
        }
        self.commit(batch);
        if next < reports.len() {
            set_timeout(
                move || self.keep_in_library(reports, text, lines, next),
                std::time::Duration::ZERO,
            );
        }
    }

    fn start(self) {
        leptos::task::spawn_local(async move {
            let opened = match IndexedDb::open().await {
                Ok(db) => {
                    let db: Rc<dyn Storage> = Rc::new(db);
                    match db.load().await {
                        Ok(loaded) => Ok((db, loaded)),
                        Err(e) => Err(e),
                    }
                }
                Err(e) => Err(e),
            };
            let pending = self.pending.with_value(|p| p.clone());
            self.pending.set_value(Vec::new());
            match opened {
                Ok((db, loaded)) => {
                    let mut data = loaded.data;
                    storage::apply(&mut data, &pending);
                    self.data.set(data);
                    self.storage.set_value(db.clone());
                    self.ready.set(true);
                    self.health.set(if loaded.unreadable > 0 {
                        Health::Damaged(loaded.unreadable)
                    } else {
                        Health::Saved
                    });
                    if !pending.is_empty() {
                        match db.write(pending.clone()).await {
                            Ok(()) => self.announce(&pending),
                            Err(e) => self.health.set(Health::Failed(e)),
                        }
                    }
                }
                Err(e) => {
                    let memory: Rc<dyn Storage> = Rc::new(Memory::default());
                    self.storage.set_value(memory);
                    self.ready.set(true);
                    self.health.set(Health::MemoryOnly(e));
                }
            }
        });
    }
}

/// Creates the tracker state, provides it, opens storage, and keeps every recognised report
/// that is opened in the library.
pub fn provide() {
    let state = AppState::get();
    let memory: Rc<dyn Storage> = Rc::new(Memory::default());
    let t = Tracker {
        data: RwSignal::new(Data::default()),
        pane: RwSignal::new(Pane::Report),
        health: RwSignal::new(Health::Opening),
        synced: RwSignal::new(None),
        channel: StoredValue::new_local(None),
        storage: StoredValue::new_local(memory),
        pending: StoredValue::new(Vec::new()),
        ready: RwSignal::new(false),
    };
    provide_context(t);
    t.listen();
    t.start();
    // Every report opened goes into the library (the same text once). A pasted book adds each
    // of its reports with its own text, a slice at a time (`keep_in_library`), so that showing
    // a book of hundreds of reports is not one long task; a book still being parsed waits for
    // its end. Picking another report of the same book changes `loaded` but not its book:
    // nothing to add then.
    let last_book = StoredValue::new_local(None::<Arc<Vec<Arc<findings::Report>>>>);
    Effect::new(move |_| {
        let Some((book, report, text)) = state.loaded.with(|l| {
            l.as_ref()
                .filter(|l| !l.parsing)
                .map(|l| (l.book.clone(), l.report.clone(), l.text.clone()))
        }) else {
            return;
        };
        let same = last_book.with_value(|b| b.as_ref().is_some_and(|b| Arc::ptr_eq(b, &book)));
        if same {
            return;
        }
        last_book.set_value(Some(book.clone()));
        let reports = if book.is_empty() {
            Arc::new(vec![report])
        } else {
            book
        };
        // After the frame that shows the report: saving is not what the user waits for.
        crate::dom::after_paint(move || {
            let lines = Arc::new(model::LineStarts::new(&text));
            t.keep_in_library(reports, text, lines, 0);
        });
    });
    // The report views' own tabs (Structured / Source), and deep links, bring the report back.
    Effect::new(move |first: Option<()>| {
        state.view.track();
        if first.is_some() {
            t.pane.set(Pane::Report);
        }
    });
}

/// Milliseconds since 1970.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Tabs for the panes, in the top bar.
#[component]
pub fn PaneTabs() -> impl IntoView {
    let t = Tracker::get();
    let state = AppState::get();
    let tab = move |pane, label, id| crate::toolbar::tab(t.pane, pane, label, id);
    view! {
        <div class="pane-tabs" role="group" aria-label="Tracker" data-testid=ids::PANE_TABS>
            <Show when=move || state.loaded.with(|l| l.is_some())>
                {tab(Pane::Report, "Report", ids::TAB_REPORT)}
            </Show>
            {tab(Pane::Tracker, "Tracker", ids::TAB_TRACKER)}
            {tab(Pane::Compare, "Compare", ids::TAB_COMPARE)}
            {tab(Pane::Library, "Library", ids::TAB_LIBRARY)}
        </div>
    }
}

/// True while a tracker pane covers the report.
pub fn covers_report() -> bool {
    use_context::<Tracker>().is_some_and(|t| t.pane.get() != Pane::Report)
}

/// The storage warning and the open pane.
#[component]
pub fn Panes() -> impl IntoView {
    let t = Tracker::get();
    let warning = move || match t.health.get() {
        Health::MemoryOnly(why) => Some(format!(
            "Browser storage is unavailable ({why}). The app works, but your library and \
             tracking changes will not be kept after this tab is closed — export them as JSON."
        )),
        Health::Failed(why) => Some(format!(
            "Could not save to browser storage: {why}. Changes are kept in this tab only — \
             export them as JSON."
        )),
        Health::Damaged(n) => Some(format!(
            "{n} stored item(s) could not be read (damaged) and were set aside: they are left \
             untouched in browser storage and not shown. Everything else loaded, and changes \
             are saved."
        )),
        Health::Opening | Health::Saved => None,
    };
    view! {
        {move || warning().map(|w| view! {
            <p class="notice error storage-warning" role="alert" data-testid=ids::STORAGE_WARNING>{w}</p>
        })}
        {move || t.synced.get().map(|m| view! {
            <p class="notice sync-notice" role="status" data-testid=ids::SYNC_NOTICE>{m}</p>
        })}
        {move || match t.pane.get() {
            Pane::Report => None,
            Pane::Tracker => Some(view! { <view::TrackerPane/> }.into_any()),
            Pane::Compare => Some(view! { <compare::ComparePane/> }.into_any()),
            Pane::Library => Some(view! { <library::LibraryPane/> }.into_any()),
        }}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::Status;

    fn record(key: &str, owner: &str, changed: f64) -> Record {
        Record {
            key: key.into(),
            country: "Kazakhstan".into(),
            action: "Act.".into(),
            owner: owner.into(),
            status: Status::InProgress,
            changed,
            ..Record::default()
        }
    }

    #[test]
    fn another_tabs_save_applies_only_when_newer() {
        let mut data = Data::default();
        storage::apply(
            &mut data,
            &[
                Write::Record(record("k:1", "mine", 10.0)),
                Write::Record(record("k:2", "mine", 10.0)),
            ],
        );
        let theirs = Saved::of(&[
            Write::Record(record("k:1", "theirs", 20.0)), // newer: applied
            Write::Record(record("k:2", "theirs", 5.0)),  // older: mine kept
            Write::Record(record("k:3", "theirs", 1.0)),  // new to this tab: applied
            Write::Record(record("k:2", "mine", 10.0)),   // what I have: nothing to do
            Write::RemoveReport("absent".into()),
        ]);
        let json = serde_json::to_string(&theirs).unwrap_or_default();
        let back: Saved = serde_json::from_str(&json).unwrap_or_default();
        let (batch, n) = back.writes(&data);
        assert_eq!(n, 2);
        storage::apply(&mut data, &batch);
        assert_eq!(data.records["k:1"].owner, "theirs");
        assert_eq!(data.records["k:2"].owner, "mine");
        assert_eq!(data.records["k:3"].owner, "theirs");
    }
}
