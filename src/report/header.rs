use super::{ParagraphView, ReportCtx};
use crate::decimal::fixed;
use crate::ids;
use crate::state::AppState;
use findings::Report;
use leptos::prelude::*;
use std::sync::Arc;

/// "Report 3 of 150" picker for a pasted chapter or book.
fn book_picker(book: &[Arc<Report>], index: usize) -> Option<impl IntoView> {
    if book.len() < 2 {
        return None;
    }
    let state = AppState::get();
    let options = book
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let name = r.country.clone().unwrap_or_else(|| format!("Report {}", i + 1));
            let year = r.year.map(|y| format!(" {y}")).unwrap_or_default();
            view! { <option value=i.to_string() selected=i == index>{format!("{name}{year}")}</option> }
        })
        .collect_view();
    Some(view! {
        <label class="book-picker">
            {format!("Report {} of {}: ", index + 1, book.len())}
            <select aria-label="Report in this text" on:change=move |ev| {
                if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                    state.select(i);
                }
            }>{options}</select>
        </label>
    })
}

/// Country, year, assessment badge, summary.
#[component]
pub fn ReportHeader(parse_ms: f64, book: Arc<Vec<Arc<Report>>>, index: usize) -> impl IntoView {
    let ctx = ReportCtx::get();
    let r = &ctx.report;
    let country = r
        .country
        .clone()
        .unwrap_or_else(|| "Unknown country".into());
    let year = r.year.map(|y| y.to_string()).unwrap_or_default();
    let badge = r.assessment.clone().map(|a| {
        let level: String = a
            .level
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        view! {
            <span class=format!("badge level-{level}") data-testid=ids::ASSESSMENT
                title="Assessment of the government's efforts">{a.label}</span>
        }
    });
    let summary = r
        .summary
        .iter()
        .map(|p| view! { <ParagraphView paragraph=p.clone()/> })
        .collect_view();
    let meta = format!(
        "{} lines · {} tables · {} references · {} format · parsed in {} ms",
        r.source.lines,
        r.tables.len(),
        r.references.len(),
        r.source.format.name(),
        fixed(parse_ms, 1)
    );
    view! {
        {book_picker(&book, index)}
        <header class="report-header">
            <h2 class="country" id="top">
                <span data-testid=ids::COUNTRY>{country}</span>
                " "
                <span class="year" data-testid=ids::YEAR>{year}</span>
            </h2>
            {badge}
            <p class="meta">{meta}</p>
        </header>
        <div class="summary">{summary}</div>
    }
}
