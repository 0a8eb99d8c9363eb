use super::ReportCtx;
use crate::state::AppState;
use crate::{dom, ids};
use leptos::prelude::*;

/// Sticky table of contents (sections, subsections, tables) with scroll-spy: the entry for the
/// part of the report at the top of the window is marked `aria-current`.
#[component]
pub fn Toc() -> impl IntoView {
    let state = AppState::get();
    let ctx = ReportCtx::get();
    let r = &ctx.report;
    let active = RwSignal::new(String::new());
    let mut order: Vec<String> = Vec::new();
    let mut link = |target: &str, text: String| {
        order.push(target.to_owned());
        let id = target.to_owned();
        let is_active = move || active.with(|a| *a == id);
        view! {
            <a href=state.href(target) class:active=is_active.clone()
                aria-current=move || is_active().then_some("location")>{text}</a>
        }
    };
    let mut items = Vec::new();
    for (s, sec) in r.sections.iter().enumerate() {
        let head = link(&sec.id, format!("{}. {}", sec.numeral, sec.title));
        let subs = sec
            .subsections
            .iter()
            .map(|sub| view! { <li>{link(&sub.id, sub.title.clone())}</li> })
            .collect::<Vec<_>>();
        let tables = ctx
            .placement
            .tables_in(r, s)
            .into_iter()
            .filter_map(|i| r.tables.get(i))
            .map(|t| {
                view! { <li class="toc-table">{link(&t.id, format!("Table {}. {}", t.number, t.title))}</li> }
            })
            .collect::<Vec<_>>();
        items.push(view! { <li>{head}<ol>{subs}{tables}</ol></li> }.into_any());
    }
    let unplaced = ctx.placement.unplaced();
    if !unplaced.is_empty() {
        let head = link("other-tables", "Other tables".to_owned());
        let tables = unplaced
            .into_iter()
            .filter_map(|i| r.tables.get(i))
            .map(|t| {
                view! { <li class="toc-table">{link(&t.id, format!("Table {}. {}", t.number, t.title))}</li> }
            })
            .collect::<Vec<_>>();
        items.push(view! { <li>{head}<ol>{tables}</ol></li> }.into_any());
    }
    let refs = link("references", format!("References ({})", r.references.len()));
    let diags = link("diagnostics", format!("Diagnostics ({})", r.warnings.len()));
    items.push(view! { <li>{refs}</li> }.into_any());
    items.push(view! { <li>{diags}</li> }.into_any());

    let spy = StoredValue::new_local(None::<dom::ScrollSpy>);
    request_animation_frame(move || {
        let handle = dom::scroll_spy(order, move |id| {
            if active.get_untracked() != id {
                active.set(id.to_owned());
                request_animation_frame(dom::reveal_active_toc_entry);
            }
        });
        spy.set_value(handle);
    });
    on_cleanup(move || spy.set_value(None));

    view! {
        <nav class="toc" aria-label="Contents" data-testid=ids::TOC>
            <h2>"Contents"</h2>
            <ol>{items}</ol>
        </nav>
    }
}
