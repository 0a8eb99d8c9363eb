//! The library: every report opened, kept in the browser so it reopens without pasting again.

use super::ids;
use super::model::{self, LibraryEntry};
use super::{Pane, Tracker};
use crate::decimal::fixed;
use crate::samples;
use crate::state::{AppState, Origin};
use crate::storage::Write;
use leptos::prelude::*;

/// The library pane.
#[component]
pub fn LibraryPane() -> impl IntoView {
    let t = Tracker::get();
    let state = AppState::get();
    let entries = Memo::new(move |_| {
        let mut v: Vec<LibraryEntry> = t.data.with(|d| d.library.values().cloned().collect());
        v.sort_by(|a, b| {
            (a.country.to_lowercase(), a.year)
                .cmp(&(b.country.to_lowercase(), b.year))
                .then(a.added.total_cmp(&b.added))
        });
        v
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
                        let (id1, id2) = (e.id.clone(), e.id.clone());
                        let recs = findings::parse(&e.text).recommendations.len();
                        let meta = format!(
                            "{recs} suggested action{} · {} KB · added {}",
                            if recs == 1 { "" } else { "s" },
                            fixed(e.text.len() as f64 / 1024.0, 0),
                            model::iso_time(e.added).get(..10).unwrap_or_default()
                        );
                        view! {
                            <li data-testid=ids::LIBRARY_ENTRY data-id=e.id.clone()>
                                <span class="lib-title">{e.title()}</span>
                                <span class="lib-meta">{meta}</span>
                                <button type="button" on:click=move |_| open(id1.clone())>"Open"</button>
                                <button type="button" on:click=move |_| remove(id2.clone())
                                    aria-label=format!("Remove {} from the library", e.title())>"Remove"</button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
    }
}
