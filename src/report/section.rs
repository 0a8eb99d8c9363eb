use super::{hl, table::TableView, ParagraphView, ReportCtx};
use findings::Block;
use leptos::either::EitherOf3;
use leptos::prelude::*;

fn blocks(ctx: &ReportCtx, s: usize, sub: usize, blocks: &[Block]) -> impl IntoView {
    blocks
        .iter()
        .enumerate()
        .map(|(b, block)| match block {
            Block::Paragraph(p) => EitherOf3::A(view! { <ParagraphView paragraph=p.clone()/> }),
            Block::Table { index, .. } if ctx.placement.render_at.contains(&(s, sub, b)) => {
                EitherOf3::B(view! { <TableView index=*index/> })
            }
            _ => EitherOf3::C(()),
        })
        .collect_view()
}

/// A numbered section with its subsections.
#[component]
pub fn SectionView(index: usize) -> impl IntoView {
    let ctx = ReportCtx::get();
    let sec = ctx.report.sections.get(index)?;
    let own = blocks(&ctx, index, 0, &sec.blocks);
    let subs = sec
        .subsections
        .iter()
        .enumerate()
        .map(|(j, sub)| {
            view! {
                <section class="subsection" id=sub.id.clone()>
                    <h3>{hl(sub.title.clone())}</h3>
                    {blocks(&ctx, index, j + 1, &sub.blocks)}
                </section>
            }
        })
        .collect_view();
    Some(view! {
        <section class="section" id=sec.id.clone()>
            <h2><span class="numeral">{format!("{}. ", sec.numeral)}</span>{hl(sec.title.clone())}</h2>
            {own}
            {subs}
        </section>
    })
}
