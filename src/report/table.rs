use super::{citation::Citation, hl, progressive, ReportCtx};
use crate::outline::cite_label;
use crate::state::AppState;
use crate::{dom, export, ids};
use findings::{Cell, Note, Row};
use leptos::prelude::*;
use std::sync::Arc;

fn legend(notes: &[Note], mark: &str) -> String {
    notes
        .iter()
        .find(|n| n.mark.as_deref() == Some(mark))
        .map(|n| n.text.clone())
        .unwrap_or_else(|| format!("Footnote {mark}"))
}

fn cell_content(cell: &Cell, notes: &[Note]) -> impl IntoView {
    let marks = cell
        .marks
        .iter()
        .map(|m| {
            let legend = legend(notes, m);
            view! {
                <sup class="mark" tabindex="0" data-legend=legend.clone() aria-label=legend>{m.clone()}</sup>
            }
        })
        .collect_view();
    let cites = (!cell.citations.is_empty()).then(|| {
        let label = cite_label(&cell.citations);
        view! { " " <Citation label numbers=cell.citations.clone()/> }
    });
    view! { <span class="ct">{hl(cell.text.clone())}</span>{marks}{cites} }
}

/// Rows of a table built in one task.
const ROWS_PER_PART: usize = 100;

/// A body row: the first cell is the row's header.
fn row_view(row: &Row, notes: &[Note]) -> impl IntoView {
    let cells = row
        .cells
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let class = if c.carried { "carried" } else { "" };
            let title = c.carried.then_some("Carried down from the row above");
            let content = cell_content(c, notes);
            if i == 0 {
                leptos::either::Either::Left(
                    view! { <th scope="row" class=class title=title>{content}</th> },
                )
            } else {
                leptos::either::Either::Right(view! { <td class=class title=title>{content}</td> })
            }
        })
        .collect_view();
    view! { <tr data-line=row.line>{cells}</tr> }
}

/// A table as an accessible HTML table, with CSV export and "Copy table".
#[component]
pub fn TableView(index: usize) -> impl IntoView {
    let state = AppState::get();
    let ctx = ReportCtx::get();
    let mut t = ctx.report.tables.get(index).cloned()?;
    let notes = t.notes.clone();
    let head = t
        .columns
        .iter()
        .map(|c| view! { <th scope="col">{hl(c.clone())}</th> })
        .collect_view();
    // A long table (up to the parser's 2,000 rows) is built a part of rows per task, as the
    // report is built a section per task: its first rows paint without waiting for the rest.
    let rows = Arc::new(std::mem::take(&mut t.rows));
    let parts = rows.len().div_ceil(ROWS_PER_PART).max(1);
    let shown = progressive(1, parts);
    let body = (0..parts)
        .map(|p| {
            let (rows, notes) = (rows.clone(), notes.clone());
            let on = Memo::new(move |_| shown.get() > p);
            move || {
                on.get().then(|| {
                    let end = rows.len().min((p + 1) * ROWS_PER_PART);
                    rows.get(p * ROWS_PER_PART..end)
                        .unwrap_or_default()
                        .iter()
                        .map(|row| row_view(row, &notes))
                        .collect_view()
                })
            }
        })
        .collect_view();
    let note_list = (!t.notes.is_empty()).then(|| {
        view! {
            <ul class="notes">
                {t.notes.iter().map(|n| view! {
                    <li><sup>{n.mark.clone().unwrap_or_default()}</sup>" "{hl(n.text.clone())}</li>
                }).collect_view()}
            </ul>
        }
    });
    let base = export::base_name(&ctx.report);
    let number = t.number;
    let csv_report = ctx.report.clone();
    let save_csv = move |_| {
        let Some(t) = csv_report.tables.get(index) else {
            return;
        };
        let name = format!("{base}-table-{number}.csv");
        match dom::download(&name, "text/csv;charset=utf-8", &export::table_csv(t)) {
            Ok(()) => state.status.set(format!("Saved {name}")),
            Err(e) => state.status.set(format!("Could not save {name}: {e}")),
        }
    };
    let tsv_report = ctx.report.clone();
    let copy = move |_| {
        let Some(t) = tsv_report.tables.get(index) else {
            return;
        };
        let tsv = export::table_tsv(t);
        leptos::task::spawn_local(async move {
            match dom::copy_text(tsv).await {
                Ok(()) => state
                    .status
                    .set(format!("Copied Table {number} as tab-separated text")),
                Err(e) => state
                    .status
                    .set(format!("Could not copy Table {number}: {e}")),
            }
        });
    };
    Some(view! {
        <figure class="table-figure" id=t.id.clone() data-testid=ids::TABLE data-number=t.number
            data-rendered=move || { if shown.get() >= parts { "all" } else { "partial" } }>
            <div class="table-tools">
                <button type="button" data-testid=ids::EXPORT_CSV on:click=save_csv
                    aria-label=format!("Download Table {number} as CSV")>"CSV"</button>
                <button type="button" data-testid=ids::COPY_TABLE on:click=copy
                    aria-label=format!("Copy Table {number}")>"Copy table"</button>
            </div>
            <div class="table-scroll">
                <table>
                    <caption>{format!("Table {}. ", t.number)}{hl(t.title.clone())}</caption>
                    <thead><tr>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            {note_list}
        </figure>
    })
}
