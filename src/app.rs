//! The top-level component: layout, global listeners (paste anywhere, hash changes).

use crate::input::{paste_text, InputPanel};
use crate::report::ReportView;
use crate::state::AppState;
use crate::toolbar::Toolbar;
use crate::{dom, ids};
use leptos::prelude::*;

/// The application.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    crate::tracker::provide();

    // Ctrl+V anywhere on the page parses immediately (other fields keep their own paste).
    let paste = window_event_listener(leptos::ev::paste, move |ev| {
        if dom::in_other_field(ev.target()) {
            return;
        }
        if let Some(text) = paste_text(&ev) {
            ev.prevent_default();
            state.load_user(text, None);
        }
    });
    let hash = window_event_listener(leptos::ev::hashchange, move |_| {
        state.follow(&dom::hash());
    });
    // "/" jumps to the search box; Escape closes an open citation popover.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| match ev.key().as_str() {
        "/" if !dom::in_any_field(ev.target()) && dom::focus_test_id(ids::SEARCH_INPUT) => {
            ev.prevent_default();
        }
        "Escape" => state.popover.set(None),
        _ => {}
    });
    // A click outside any citation closes the open popover.
    let clicks = window_event_listener(leptos::ev::click, move |ev| {
        if state.popover.get_untracked().is_some() && !dom::inside(ev.target(), ".cite") {
            state.popover.set(None);
        }
    });
    request_animation_frame(dom::watch_topbar_height);
    // Printing (the Print button or the browser's own) prints the whole report, even in the
    // moment after a paste when its later parts are still being built.
    let print = window_event_listener_untyped("beforeprint", move |_| state.reveal.set(true));
    on_cleanup(move || {
        print.remove();
        paste.remove();
        hash.remove();
        keys.remove();
        clicks.remove();
    });
    // A deep link opens where it points.
    request_animation_frame(move || state.follow(&dom::hash()));
    // While the page waits for a first paste: the parser's code is compiled lazily by the browser
    // on its first call (and optimised once hot), which makes a first parse many times slower
    // than later ones; parsing the bundled samples when the page is idle does that work before
    // the user's paste instead of during it. One text per idle period, in every input form;
    // skipped once a report is on screen.
    warm_up(state, 0);

    view! {
        <a class="skip" href="#main">"Skip to content"</a>
        <Toolbar/>
        <main id="main" tabindex="-1">
            <InputPanel/>
            <crate::tracker::Panes/>
            {move || state.loaded.get().map(|loaded| view! { <ReportView loaded/> })}
        </main>
        <p class="status" role="status" aria-live="polite" data-testid=ids::STATUS>
            {move || state.status.get()}
        </p>
    }
}

/// Parses the `i`-th warm-up text ([`crate::samples::warm_up_text`]) when the page is next idle,
/// then the following one.
fn warm_up(state: AppState, i: usize) {
    let Some(text) = crate::samples::warm_up_text(i) else {
        dom::mark("fv:warmed");
        return;
    };
    request_idle_callback(move || {
        if state.loaded.with_untracked(Option::is_none) {
            drop(findings::parse(&text));
            warm_up(state, i + 1);
        }
    });
}
