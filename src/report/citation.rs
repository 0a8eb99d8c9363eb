use super::ReportCtx;
use crate::ids;
use crate::state::AppState;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// A citation such as "(1-5)": a link that opens the references in a popover; each entry
/// links on to the reference list. The popover is built only while it is open: a report cites
/// its references a hundred times or more, and their texts would double the page.
#[component]
pub fn Citation(label: String, numbers: Vec<u32>) -> impl IntoView {
    let state = AppState::get();
    let ctx = ReportCtx::get();
    // One popover at a time: the open one is named in `state.popover`.
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let is_open = move || state.popover.get() == Some(id);
    // Open towards the left when the link sits in the right part of the window.
    let flip = RwSignal::new(false);
    let first = numbers.first().copied().unwrap_or(0);
    view! {
        <span class="cite" on:keydown=move |ev: web_sys::KeyboardEvent| {
            if ev.key() == "Escape" { state.popover.set(None); }
        }>
            <a
                class="cite-link"
                href=state.href(&format!("ref-{first}"))
                role="button"
                aria-expanded=move || is_open().to_string()
                aria-label=format!("References {}", label.trim_matches(|c| c == '(' || c == ')'))
                data-testid=ids::CITATION
                on:click=move |ev| {
                    ev.prevent_default();
                    flip.set(crate::dom::in_right_half(&ev));
                    state
                        .popover
                        .update(|p| *p = if *p == Some(id) { None } else { Some(id) });
                }
            >
                {label.clone()}
            </a>
            {move || is_open().then(|| view! {
                <span class="popover" role="dialog" aria-label="Cited references"
                    data-testid=ids::CITATION_POPOVER class:flip=move || flip.get()>
                    <button type="button" class="pop-close" aria-label="Close"
                        on:click=move |_| state.popover.set(None)>"×"</button>
                    {popover_items(&ctx, state, &numbers)}
                </span>
            })}
        </span>
    }
}

/// The entries of an open popover: each cited reference's number (a link to the list) and text.
fn popover_items(ctx: &ReportCtx, state: AppState, numbers: &[u32]) -> impl IntoView {
    numbers
        .iter()
        .map(|&n| {
            let text = ctx
                .report
                .reference(n)
                .map(|r| r.text.clone())
                .unwrap_or_else(|| "This reference is not in the report's list.".to_owned());
            view! {
                <span class="pop-item">
                    <a class="pop-num" href=state.href(&format!("ref-{n}"))
                        on:click=move |_| state.popover.set(None)>{format!("{n}.")}</a>
                    " "
                    <span class="pop-text">{text}</span>
                </span>
            }
        })
        .collect_view()
}
