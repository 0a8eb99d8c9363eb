//! The structured view of one report and its parts.

mod citation;
mod diagnostics;
mod header;
mod references;
mod section;
mod source;
mod table;
mod toc;

use crate::ids;
use crate::outline::{self, Placement};
use crate::search::{self, Piece};
use crate::state::{AppState, Loaded, View};
use findings::{Paragraph, Report};
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

/// The report on screen, shared with its parts (typed context).
#[derive(Clone)]
pub struct ReportCtx {
    /// The report.
    pub report: Arc<Report>,
    /// Where tables go.
    pub placement: Arc<Placement>,
}

impl ReportCtx {
    fn get() -> Self {
        expect_context::<ReportCtx>()
    }
}

/// Structured and Source views of a loaded report.
#[component]
pub fn ReportView(loaded: Loaded) -> impl IntoView {
    let state = AppState::get();
    let report = loaded.report.clone();
    let placement = Arc::new(outline::place_tables(&report));
    provide_context(ReportCtx {
        report: report.clone(),
        placement: placement.clone(),
    });
    let sections = report
        .sections
        .iter()
        .enumerate()
        .map(|(i, _)| view! { <section::SectionView index=i/> })
        .collect_view();
    let unplaced = placement.unplaced();
    let others = (!unplaced.is_empty()).then(|| {
        view! {
            <section class="section" id="other-tables">
                <h2>"Other tables"</h2>
                {unplaced.into_iter().map(|i| view! { <table::TableView index=i/> }).collect_view()}
            </section>
        }
    });
    let text = loaded.text.clone();
    let parse_ms = loaded.parse_ms;
    let book = loaded.book.clone();
    let index = loaded.index;
    view! {
        <div class="report-layout" class:source-mode=move || state.view.get() == View::Source>
            <toc::Toc/>
            <div class="report-main">
                <article class="report" data-testid=ids::REPORT
                    class:is-hidden=move || state.view.get() != View::Structured>
                    <header::ReportHeader parse_ms book index/>
                    {sections}
                    {others}
                    <references::References/>
                </article>
                <Show when=move || state.view.get() == View::Source>
                    <source::SourceView text=text.clone()/>
                </Show>
                <diagnostics::Diagnostics/>
            </div>
        </div>
    }
}

/// Text with the current search matches highlighted (text nodes only, never HTML).
pub fn hl(text: String) -> impl IntoView {
    let state = AppState::get();
    move || {
        state.query.with(|q| {
            search::segments(&text, q)
                .into_iter()
                .map(|s| {
                    if s.hit {
                        Either::Left(view! { <mark class="hit">{s.text.to_owned()}</mark> })
                    } else {
                        Either::Right(s.text.to_owned())
                    }
                })
                .collect_view()
        })
    }
}

/// A paragraph: prose with citations as links.
#[component]
pub fn ParagraphView(paragraph: Paragraph) -> impl IntoView {
    let pieces = search::paragraph_pieces(&paragraph)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => Either::Left(hl(t.to_owned())),
            Piece::Cite(label, numbers) => Either::Right(view! {
                <citation::Citation label=label.to_owned() numbers=numbers.to_vec()/>
            }),
        })
        .collect_view();
    view! { <p data-line=paragraph.line>{pieces}</p> }
}
