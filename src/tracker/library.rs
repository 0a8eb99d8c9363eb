//! The library: every report opened, kept in the browser so it reopens without pasting again.

use super::ids;
use super::model;
use super::{Pane, Tracker};
use crate::decimal::fixed;
use crate::samples;
use crate::state::{AppState, Origin};
use crate::storage::Write;
use leptos::prelude::*;
use std::collections::HashMap;

/// One row of the library list (no text: a book's worth of entries is cheap to re-sort).
#[derive(Debug, Clone, PartialEq)]
struct Row {
    id: String,
    title: String,
    kilobytes: f64,
    added: f64,
}

/// Longest stretch of counting entries' suggested actions between two yields, in milliseconds.
const COUNT_SLICE_MS: f64 = 30.0;

/// The library pane. Each entry's count of suggested actions needs a parse of its text: they are
/// counted a slice at a time after the list shows, so a library of hundreds of reports opens
/// without freezing the page.
#[component]
pub fn LibraryPane() -> impl IntoView {
    let t = Tracker::get();
    let state = AppState::get();
    let entries = Memo::new(move |_| {
        let mut v: Vec<(String, u16, Row)> = t.data.with(|d| {
            d.library
                .values()
                .map(|e| {
                    let row = Row {
                        id: e.id.clone(),
                        title: e.title(),
                        kilobytes: e.text.len() as f64 / 1024.0,
                        added: e.added,
                    };
                    (
                        findings::case::lower_str(&e.country),
                        e.year.unwrap_or(0),
                        row,
                    )
                })
                .collect()
        });
        findings::sort::sort_by(&mut v, |a, b| {
            (&a.0, a.1)
                .cmp(&(&b.0, b.1))
                .then(a.2.added.total_cmp(&b.2.added))
        });
        v.into_iter().map(|(_, _, row)| row).collect::<Vec<Row>>()
    });
    let counts = RwSignal::new(HashMap::<String, usize>::new());
    let counting = StoredValue::new(false);
    Effect::new(move |_| {
        entries.track();
        if !counting.get_value() {
            counting.set_value(true);
            count_slice(t, counts, counting);
        }
    });
    let open = move |id: String| {
        let Some(e) = t.data.with_untracked(|d| d.library.get(&id).cloned()) else {
            return;
        };
        let origin = samples::SAMPLES
            .iter()
            .find(|s| s.text == e.text)
            .map_or(Origin::User, |s| Origin::Sample(s.name));
        state.load(e.text, origin, None);
        t.pane.set(Pane::Report);
    };
    let remove = move |id: String| t.commit(vec![Write::RemoveReport(id)]);
    view! {
        <section class="library pane" data-testid=ids::LIBRARY aria-label="Library">
            <h2>"Library"</h2>
            <p class="cmp-help">
                "Every report you open is kept here, in this browser (IndexedDB), with its text, so it \
                 reopens without pasting again. Tracking data stays when a report is removed."
            </p>
            {move || entries.with(|e| e.is_empty()).then(|| view! {
                <p class="tracker-empty">"No reports yet: paste one or try a sample."</p>
            })}
            <ul class="library-list">
                <For each=move || entries.get() key=|e| e.id.clone() let:e>
                    {
                        let (id1, id2, id3) = (e.id.clone(), e.id.clone(), e.id.clone());
                        let rest = format!(
                            "{} KB · added {}",
                            fixed(e.kilobytes, 0),
                            model::iso_time(e.added).get(..10).unwrap_or_default()
                        );
                        let meta = move || match counts.with(|c| c.get(&id3).copied()) {
                            Some(n) => format!("{n} suggested action{} · {rest}", if n == 1 { "" } else { "s" }),
                            None => format!("counting suggested actions… · {rest}"),
                        };
                        let label = format!("Remove {} from the library", e.title);
                        view! {
                            <li data-testid=ids::LIBRARY_ENTRY data-id=e.id.clone()>
                                <span class="lib-title">{e.title}</span>
                                <span class="lib-meta">{meta}</span>
                                <button type="button" on:click=move |_| open(id1.clone())>"Open"</button>
                                <button type="button" on:click=move |_| remove(id2.clone())
                                    aria-label=label>"Remove"</button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
    }
}

/// Counts the suggested actions of library entries not counted yet, for at most
/// [`COUNT_SLICE_MS`], then yields and goes on until every entry has its count.
fn count_slice(t: Tracker, counts: RwSignal<HashMap<String, usize>>, counting: StoredValue<bool>) {
    let start = crate::dom::now();
    let mut found = Vec::new();
    // The pane may have closed since the last slice: its signals are gone, and so is the work.
    let Some(more) = t.data.with_untracked(|d| {
        counts.try_with_untracked(|c| {
            for e in d.library.values().filter(|e| !c.contains_key(&e.id)) {
                if crate::dom::now() - start > COUNT_SLICE_MS {
                    return true;
                }
                found.push((e.id.clone(), findings::parse(&e.text).recommendations.len()));
            }
            false
        })
    }) else {
        return;
    };
    if !found.is_empty() && counts.try_update(|c| c.extend(found)).is_none() {
        return;
    }
    if more {
        set_timeout(
            move || count_slice(t, counts, counting),
            std::time::Duration::ZERO,
        );
    } else {
        counting.try_set_value(false);
    }
}
