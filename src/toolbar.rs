//! The top bar: title, search, view switch, exports.

use crate::state::{AppState, View};
use crate::{dom, export, ids, search};
use leptos::prelude::*;

/// Title bar; the report tools appear once a report is open.
#[component]
pub fn Toolbar() -> impl IntoView {
    let state = AppState::get();
    view! {
        <header class="topbar">
            <h1 class="app-title">"Findings Viewer"</h1>
            <Show when=move || state.loaded.with(|l| l.is_some())>
                <SearchBar/>
                <ViewSwitch/>
                <ExportButtons/>
            </Show>
            <crate::tracker::PaneTabs/>
        </header>
    }
}

/// Search box with a count and next/previous.
#[component]
fn SearchBar() -> impl IntoView {
    let state = AppState::get();
    let total = Memo::new(move |_| {
        let q = state.query.get();
        state
            .loaded
            .with(|l| l.as_ref().map_or(0, |l| search::count(&l.report, &q)))
    });
    let go = move |delta: isize| {
        let n = total.get_untracked();
        if n == 0 {
            return;
        }
        state.view.set(View::Structured);
        let cur = state.hit.get_untracked() as isize;
        let next = (cur + delta).rem_euclid(n as isize) as usize;
        state.hit.set(next);
        request_animation_frame(move || {
            dom::focus_hit(next);
        });
    };
    let on_input = move |ev| {
        state.query.set(event_target_value(&ev));
        state.hit.set(0);
        state.view.set(View::Structured);
        request_animation_frame(move || {
            dom::focus_hit(0);
        });
    };
    let on_key = move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            go(if ev.shift_key() { -1 } else { 1 });
        }
        "Escape" => {
            state.query.set(String::new());
        }
        _ => {}
    };
    let label = move || {
        let q = state.query.get();
        let n = total.get();
        if q.trim().is_empty() {
            String::new()
        } else if n == 0 {
            "No matches".to_owned()
        } else {
            let more = if n >= search::MAX_MATCHES { "+" } else { "" };
            format!("{} of {n}{more}", state.hit.get().min(n - 1) + 1)
        }
    };
    view! {
        <div class="search" role="search">
            <input
                type="search"
                placeholder="Search the report"
                aria-label="Search the report"
                data-testid=ids::SEARCH_INPUT
                prop:value=move || state.query.get()
                on:input=on_input
                on:keydown=on_key
            />
            <span class="search-count" aria-live="polite" data-testid=ids::SEARCH_COUNT
                data-count=move || total.get().to_string()>
                {label}
            </span>
            <button type="button" aria-label="Previous match" data-testid=ids::SEARCH_PREV
                on:click=move |_| go(-1) disabled=move || total.get() == 0>"↑"</button>
            <button type="button" aria-label="Next match" data-testid=ids::SEARCH_NEXT
                on:click=move |_| go(1) disabled=move || total.get() == 0>"↓"</button>
        </div>
    }
}

/// Structured / Source tabs.
#[component]
fn ViewSwitch() -> impl IntoView {
    let state = AppState::get();
    view! {
        <div class="view-switch" role="group" aria-label="View">
            {tab(state.view, View::Structured, "Structured", ids::VIEW_STRUCTURED)}
            {tab(state.view, View::Source, "Source", ids::VIEW_SOURCE)}
        </div>
    }
}

/// A tab button that shows `value` in `current`: pressed while it is the one shown.
pub fn tab<T>(
    current: RwSignal<T>,
    value: T,
    label: &'static str,
    id: &'static str,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <button
            type="button"
            class="tab"
            class:active=move || current.get() == value
            aria-pressed=move || (current.get() == value).to_string()
            data-testid=id
            on:click=move |_| current.set(value)
        >
            {label}
        </button>
    }
}

/// Whole-report exports.
#[component]
fn ExportButtons() -> impl IntoView {
    let state = AppState::get();
    let save = move |kind: &'static str| {
        let Some(l) = state.loaded.get_untracked() else {
            return;
        };
        let base = export::base_name(&l.report);
        let (name, mime, content) = match kind {
            "json" => (
                format!("{base}.json"),
                "application/json",
                export::report_json(&l.report),
            ),
            _ => (
                format!("{base}.md"),
                "text/markdown;charset=utf-8",
                export::report_markdown(&l.report),
            ),
        };
        match dom::download(&name, mime, &content) {
            Ok(()) => state.status.set(format!("Saved {name}")),
            Err(e) => state.status.set(format!("Could not save {name}: {e}")),
        }
    };
    view! {
        <div class="exports" role="group" aria-label="Export">
            <button type="button" data-testid=ids::EXPORT_JSON on:click=move |_| save("json")>"JSON"</button>
            <button type="button" data-testid=ids::EXPORT_MARKDOWN on:click=move |_| save("md")>"Markdown"</button>
            <button type="button" on:click=move |_| { let _ = web_sys::window().map(|w| w.print()); }>"Print"</button>
        </div>
    }
}
