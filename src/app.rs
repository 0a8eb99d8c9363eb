//! The top-level component: layout, global listeners (paste anywhere, hash changes).

use crate::input::{paste_text, InputPanel};
use crate::report::ReportView;
use crate::state::{AppState, Origin};
use crate::toolbar::Toolbar;
use crate::{dom, ids};
use leptos::prelude::*;

/// The application.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    crate::tracker::provide();

    // Ctrl+V anywhere on the page parses immediately (the search box keeps its own paste).
    let paste = window_event_listener(leptos::ev::paste, move |ev| {
        let in_field = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
            .is_some();
        if in_field {
            return;
        }
        if let Some(text) = paste_text(&ev) {
            ev.prevent_default();
            state.load(text, Origin::User, None);
        }
    });
    let hash = window_event_listener(leptos::ev::hashchange, move |_| {
        state.follow(&dom::hash());
    });
    on_cleanup(move || {
        paste.remove();
        hash.remove();
    });
    // A deep link opens where it points.
    request_animation_frame(move || state.follow(&dom::hash()));

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
