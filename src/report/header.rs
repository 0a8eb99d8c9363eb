use super::{ParagraphView, ReportCtx};
use crate::ids;
use leptos::prelude::*;

/// Country, year, assessment badge, summary.
#[component]
pub fn ReportHeader(parse_ms: f64) -> impl IntoView {
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
    let format = format!("{:?}", r.source.format).to_lowercase();
    let meta = format!(
        "{} lines · {} tables · {} references · {format} format · parsed in {parse_ms:.1} ms",
        r.source.lines,
        r.tables.len(),
        r.references.len()
    );
    view! {
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
