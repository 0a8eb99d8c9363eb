use super::ReportCtx;
use crate::ids;
use crate::state::AppState;
use leptos::prelude::*;

/// Sticky table of contents: sections, subsections, tables.
#[component]
pub fn Toc() -> impl IntoView {
    let state = AppState::get();
    let ctx = ReportCtx::get();
    let r = &ctx.report;
    let link = move |target: &str, text: String| {
        view! { <a href=state.href(target)>{text}</a> }
    };
    let table_item = |i: usize| {
        r.tables.get(i).map(|t| {
            view! { <li class="toc-table">{link(&t.id, format!("Table {}. {}", t.number, t.title))}</li> }
        })
    };
    let sections = r
        .sections
        .iter()
        .enumerate()
        .map(|(s, sec)| {
            let subs = sec
                .subsections
                .iter()
                .map(|sub| view! { <li>{link(&sub.id, sub.title.clone())}</li> })
                .collect_view();
            let tables = ctx
                .placement
                .tables_in(r, s)
                .into_iter()
                .map(table_item)
                .collect_view();
            view! {
                <li>
                    {link(&sec.id, format!("{}. {}", sec.numeral, sec.title))}
                    <ol>{subs}{tables}</ol>
                </li>
            }
        })
        .collect_view();
    let unplaced = ctx.placement.unplaced();
    let others = (!unplaced.is_empty()).then(|| {
        view! {
            <li>
                {link("other-tables", "Other tables".to_owned())}
                <ol>{unplaced.into_iter().map(table_item).collect_view()}</ol>
            </li>
        }
    });
    view! {
        <nav class="toc" aria-label="Contents" data-testid=ids::TOC>
            <h2>"Contents"</h2>
            <ol>
                {sections}
                {others}
                <li>{link("references", format!("References ({})", r.references.len()))}</li>
                <li>{link("diagnostics", format!("Diagnostics ({})", r.warnings.len()))}</li>
            </ol>
        </nav>
    }
}
