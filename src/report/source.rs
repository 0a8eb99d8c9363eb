use super::ReportCtx;
use crate::ids;
use crate::state::AppState;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// The raw text with line numbers; lines with warnings are marked and explained.
#[component]
pub fn SourceView(text: Arc<str>) -> impl IntoView {
    let state = AppState::get();
    let ctx = ReportCtx::get();
    let mut by_line: HashMap<usize, Vec<String>> = HashMap::new();
    for w in &ctx.report.warnings {
        by_line.entry(w.line).or_default().push(w.message.clone());
    }
    // A report split out of a book shows its own lines only (line numbers stay the book's).
    let first = ctx.report.source.first_line.max(1);
    let count = if ctx.report.source.lines == 0 {
        usize::MAX
    } else {
        ctx.report.source.lines
    };
    let lines = text
        .split('\n')
        .enumerate()
        .skip(first - 1)
        .take(count)
        .map(|(i, line)| {
            let n = i + 1;
            let notes = by_line.remove(&n);
            let warn = notes.is_some();
            let notes = notes.map(|v| {
                v.into_iter()
                    .map(|m| view! { <div class="src-warning" role="note">{format!("⚠ {m}")}</div> })
                    .collect_view()
            });
            view! {
                <div class="src-line" class:warn=warn id=format!("line-{n}")>
                    <a class="ln" href=state.href(&format!("line-{n}")) aria-label=format!("Line {n}")>{n}</a>
                    <span class="src-text">{line.to_owned()}</span>
                </div>
                {notes}
            }
        })
        .collect_view();
    view! {
        <section class="source" data-testid=ids::SOURCE aria-label="Source text">
            <h2>"Source"</h2>
            <div class="src-lines">{lines}</div>
        </section>
    }
}
