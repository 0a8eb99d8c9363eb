use super::ReportCtx;
use crate::ids;
use crate::state::AppState;
use leptos::prelude::*;

/// The parser's warnings, each linking to its line in the Source view.
#[component]
pub fn Diagnostics() -> impl IntoView {
    let state = AppState::get();
    let ctx = ReportCtx::get();
    let warnings = &ctx.report.warnings;
    let items = warnings
        .iter()
        .map(|w| {
            let at = (w.line > 0).then(|| {
                view! {
                    <a href=state.href(&format!("line-{}", w.line)) data-testid=ids::WARNING_LINK>
                        {format!("line {}", w.line)}
                    </a>
                    ": "
                }
            });
            view! { <li>{at}{w.message.clone()}</li> }
        })
        .collect_view();
    view! {
        <section class="section diagnostics" id="diagnostics" data-testid=ids::DIAGNOSTICS>
            <h2>{format!("Diagnostics ({})", warnings.len())}</h2>
            {if warnings.is_empty() {
                Some(view! { <p>"The parser reported nothing unusual."</p> })
            } else {
                None
            }}
            <ul>{items}</ul>
        </section>
    }
}
