//! The structured view of one report and its parts.

mod citation;
mod diagnostics;
mod header;
mod references;
mod section;
mod source;
mod table;
mod toc;

use crate::outline::{self, Placement};
use crate::search::{self, Piece};
use crate::state::{AppState, Loaded, View};
use crate::{dom, ids};
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

/// Parts of a report built in the frame that first shows it: the header, the table of contents
/// and the first section. The other sections, "Other tables" and the references follow, one part
/// per task, once that frame is painted: a report paints its first screen without building and
/// laying out the whole document first.
const FIRST_PARTS: usize = 1;

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
    // Parts: each section, then "Other tables", then the references.
    let total = report.sections.len() + 2;
    let shown = progressive(FIRST_PARTS, total);
    let part = move |i: usize| {
        let on = Memo::new(move |_| shown.get() > i);
        move || on.get()
    };
    let sections = (0..report.sections.len())
        .map(|i| {
            let on = part(i);
            move || on().then(|| view! { <section::SectionView index=i/> })
        })
        .collect_view();
    let others_on = part(total - 2);
    let others = move || {
        let unplaced = placement.unplaced();
        (others_on() && !unplaced.is_empty()).then(|| {
            view! {
                <section class="section" id="other-tables">
                    <h2>"Other tables"</h2>
                    {unplaced.into_iter().map(|i| view! { <table::TableView index=i/> }).collect_view()}
                </section>
            }
        })
    };
    let references_on = part(total - 1);
    let references = move || references_on().then(|| view! { <references::References/> });
    let text = loaded.text.clone();
    let parse_ms = loaded.parse_ms;
    let book = loaded.book.clone();
    let index = loaded.index;
    view! {
        <div class="report-layout" class:source-mode=move || state.view.get() == View::Source>
            <toc::Toc/>
            <div class="report-main">
                <article class="report" data-testid=ids::REPORT
                    data-rendered=move || { if shown.get() >= total { "all" } else { "partial" } }
                    class:is-hidden=move || state.view.get() != View::Structured>
                    <header::ReportHeader parse_ms book index/>
                    {sections}
                    {others}
                    {references}
                </article>
                <Show when=move || state.view.get() == View::Source>
                    <source::SourceView text=text.clone()/>
                </Show>
                <diagnostics::Diagnostics/>
            </div>
        </div>
    }
}

/// How many of a view's `total` parts are built: `first` in the frame that shows the view, then
/// one more per task once that frame is painted; all at once while the whole report must be in
/// the page ([`AppState::wants_whole`]).
fn progressive(first: usize, total: usize) -> RwSignal<usize> {
    if first >= total {
        // Whole from the first frame (most tables are one part): nothing to watch or schedule.
        return RwSignal::new(total);
    }
    let state = AppState::get();
    let shown = RwSignal::new(if untrack(move || state.wants_whole()) {
        total
    } else {
        first
    });
    Effect::new(move |_| {
        if state.wants_whole() {
            shown.set(total);
        }
    });
    if shown.get_untracked() < total {
        dom::after_paint(move || reveal_next(shown, total));
    }
    shown
}

/// Builds the next part, then yields to the browser (which may paint) before the one after;
/// stops when every part is in, or when the view has left the screen.
fn reveal_next(shown: RwSignal<usize>, total: usize) {
    let more = shown.try_update(|n| {
        *n = (*n + 1).min(total);
        *n < total
    });
    if more == Some(true) {
        set_timeout(move || reveal_next(shown, total), std::time::Duration::ZERO);
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
