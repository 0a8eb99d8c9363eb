use super::{hl, ReportCtx};
use crate::{ids, links};
use leptos::either::Either;
use leptos::prelude::*;

/// The numbered reference list; only http(s) URLs become links.
#[component]
pub fn References() -> impl IntoView {
    let ctx = ReportCtx::get();
    let items = ctx
        .report
        .references
        .iter()
        .map(|r| {
            let runs = links::runs(&r.text, &r.urls)
                .into_iter()
                .map(|run| match run.url {
                    Some(url) => Either::Left(view! {
                        <a href=url.to_owned() target="_blank" rel="noopener noreferrer">{hl(run.text.to_owned())}</a>
                    }),
                    None => Either::Right(hl(run.text.to_owned())),
                })
                .collect_view();
            view! { <li id=format!("ref-{}", r.number) value=r.number>{runs}</li> }
        })
        .collect_view();
    view! {
        <section class="section references" id="references" data-testid=ids::REFERENCES>
            <h2>{format!("References ({})", ctx.report.references.len())}</h2>
            <ol>{items}</ol>
        </section>
    }
}
