//! The tracker pane: counts, timeline, filters, one editable row per suggested action, and
//! export / import.

use super::ids;
use super::matching::links_for;
use super::model::{self, Edit, Filter, Links, MergePlan, Row, Status};
use super::{now, Tracker};
use crate::decimal::fixed;
use crate::dom;
use crate::state::AppState;
use crate::storage::Write;
use findings::Report;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Minimum years outstanding offered by the filter.
const YEAR_STEPS: &[u16] = &[2, 3, 4, 5, 8, 10];

/// The open report's tracker.
#[component]
pub fn TrackerPane() -> impl IntoView {
    let state = AppState::get();
    let t = Tracker::get();
    let report = Memo::new(move |_| state.loaded.with(|l| l.as_ref().map(|l| l.report.clone())));
    let library_ids = Memo::new(move |_| {
        t.data
            .with(|d| d.library.keys().cloned().collect::<Vec<_>>())
    });
    let links = Memo::new(move |_| {
        library_ids.track();
        match report.get() {
            Some(r) => t.data.with_untracked(|d| links_for(&r, d.library.values())),
            None => Links::new(),
        }
    });
    let rows = Memo::new(move |_| match report.get() {
        Some(r) => links.with(|l| t.data.with(|d| model::rows(&r, &d.records, l))),
        None => Vec::new(),
    });
    let filter = RwSignal::new(Filter::default());
    let visible = Memo::new(move |_| {
        filter.with(|f| {
            rows.with(|rs| {
                model::filter(rs, f)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });

    let body = move || {
        let Some(r) = report.get() else {
            return view! {
                <p class="tracker-empty">"Open a report (paste one, or pick it in the Library) to track its suggested actions."</p>
            }
            .into_any();
        };
        let title = format!(
            "Tracker — {} {}",
            r.country.clone().unwrap_or_default(),
            r.year.map(|y| y.to_string()).unwrap_or_default()
        );
        let none = r.recommendations.is_empty();
        view! {
            <h2>{title}</h2>
            {none.then(|| view! {
                <p class="tracker-empty">"This report has no “Suggested Government Actions” table that the parser could read."</p>
            })}
            <Counts rows/>
            <Timeline rows/>
            <Filters rows filter/>
            <p class="tracker-shown" data-testid=ids::SHOWN>
                {move || format!("Showing {} of {} suggested actions", visible.with(Vec::len), rows.with(Vec::len))}
            </p>
            <ol class="track-list">
                <For
                    each=move || visible.get()
                    key=|row| (row.key.clone(), row.index)
                    children=move |row| view! { <RowView report=r.clone() rows index=row.index/> }
                />
            </ol>
        }
        .into_any()
    };
    view! {
        <section class="tracker pane" data-testid=ids::TRACKER aria-label="Tracker">
            <TransferBar report rows/>
            {body}
        </section>
    }
}

/// Counts per area and status.
#[component]
fn Counts(rows: Memo<Vec<Row>>) -> impl IntoView {
    let counts = Memo::new(move |_| rows.with(|r| model::counts(r)));
    view! {
        <div class="status-totals" role="list" aria-label="Actions per status">
            {Status::ALL.iter().enumerate().map(|(i, s)| {
                let s = *s;
                view! {
                    <span role="listitem" class=format!("chip status-{}", s.code())
                        data-testid=format!("{}{}", ids::COUNT_PREFIX, s.code())
                        data-count=move || counts.with(|c| c.by_status[i]).to_string()>
                        {s.label()}": "<strong>{move || counts.with(|c| c.by_status[i])}</strong>
                    </span>
                }
            }).collect_view()}
        </div>
        <div class="table-scroll">
            <table class="counts" data-testid=ids::COUNTS>
                <caption>"Suggested actions per area and status"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Area"</th>
                        {Status::ALL.iter().map(|s| view! { <th scope="col">{s.label()}</th> }).collect_view()}
                        <th scope="col">"Total"</th>
                    </tr>
                </thead>
                <tbody>
                    {move || counts.with(|c| c.by_area.iter().map(|(area, per, total)| view! {
                        <tr>
                            <th scope="row">{area.clone()}</th>
                            {per.iter().map(|n| view! { <td class="num">{*n}</td> }).collect_view()}
                            <td class="num">{*total}</td>
                        </tr>
                    }).collect_view())}
                </tbody>
            </table>
        </div>
    }
}

/// One column per year from the earliest first-suggested year; one square per action.
#[component]
fn Timeline(rows: Memo<Vec<Row>>) -> impl IntoView {
    let buckets = Memo::new(move |_| rows.with(|r| model::timeline(r)));
    view! {
        <figure class="timeline-figure">
            <figcaption>"When each action was first suggested"</figcaption>
            <ol class="timeline" data-testid=ids::TIMELINE>
                {move || rows.with(|rs| buckets.with(|bs| bs.iter().map(|b| {
                    let dots = b.rows.iter().filter_map(|i| rs.get(*i)).map(|r| {
                        let tip = format!("{} — {}", r.status().label(), r.action);
                        view! { <li class=format!("dot status-{}", r.status().code()) title=tip.clone() aria-label=tip></li> }
                    }).collect_view();
                    let n = b.rows.len();
                    view! {
                        <li class="year" data-year=b.year data-count=n>
                            <ul class="dots">{dots}</ul>
                            <span class="year-label">{b.year}</span>
                            <span class="visually-hidden">{format!(": {n} first suggested")}</span>
                        </li>
                    }
                }).collect_view()))}
            </ol>
        </figure>
    }
}

/// Area, status and years-outstanding filters.
#[component]
fn Filters(rows: Memo<Vec<Row>>, filter: RwSignal<Filter>) -> impl IntoView {
    let areas = Memo::new(move |_| rows.with(|r| model::areas(r)));
    view! {
        <div class="filters" role="group" aria-label="Filters">
            <label>"Area "
                <select data-testid=ids::FILTER_AREA on:change=move |ev| {
                    let v = event_target_value(&ev);
                    filter.update(|f| f.area = (!v.is_empty()).then_some(v));
                }>
                    <option value="">"All areas"</option>
                    {move || areas.get().into_iter().map(|a| view! { <option value=a.clone()>{a.clone()}</option> }).collect_view()}
                </select>
            </label>
            <label>"Status "
                <select data-testid=ids::FILTER_STATUS on:change=move |ev| {
                    let v = event_target_value(&ev);
                    filter.update(|f| f.status = Status::from_code(&v));
                }>
                    <option value="">"All statuses"</option>
                    {Status::ALL.iter().map(|s| view! { <option value=s.code()>{s.label()}</option> }).collect_view()}
                </select>
            </label>
            <label>"Open for "
                <select data-testid=ids::FILTER_YEARS on:change=move |ev| {
                    let v = event_target_value(&ev);
                    filter.update(|f| f.min_years = v.parse().ok());
                }>
                    <option value="">"any number of years"</option>
                    {YEAR_STEPS.iter().map(|n| view! { <option value=n.to_string()>{format!("{n} years or more")}</option> }).collect_view()}
                </select>
            </label>
        </div>
    }
}

/// One suggested action with its status, owner, due date and notes.
#[component]
fn RowView(report: Arc<Report>, rows: Memo<Vec<Row>>, index: usize) -> impl IntoView {
    let t = Tracker::get();
    let row = Memo::new(move |_| rows.with(|rs| rs.iter().find(|r| r.index == index).cloned()));
    let country = report.country.clone().unwrap_or_default();
    let year = report.year;
    let edit = move |e: Edit| {
        let Some(r) = row.get_untracked() else { return };
        let rec = model::edited(&r, &country, year, e, now());
        t.commit(vec![Write::Record(rec)]);
    };
    let field = move |get: fn(&model::Record) -> String| {
        move || {
            row.with(|r| {
                r.as_ref()
                    .and_then(|r| r.record.as_ref())
                    .map(get)
                    .unwrap_or_default()
            })
        }
    };
    let status = move || row.with(|r| r.as_ref().map(Row::status).unwrap_or_default());
    let Some(r0) = row.get_untracked() else {
        return ().into_any();
    };
    let uid = format!("track-{index}");
    let years = r0.years.as_ref().map(|y| {
        let n = r0.outstanding.unwrap_or(1);
        format!(
            "Suggested {} · {n} year{} outstanding",
            y.text,
            if n == 1 { "" } else { "s" }
        )
    });
    let edit_status = edit.clone();
    let edit_owner = edit.clone();
    let edit_due = edit.clone();
    view! {
        <li class=move || format!("track-row status-{}", status().code())
            data-testid=ids::TRACK_ROW data-key=r0.key.clone()
            data-status=move || status().code()>
            <div class="track-head">
                <span class="track-area">{r0.area.clone()}</span>
                {years.map(|y| view! { <span class="track-years">{y}</span> })}
            </div>
            <p class="track-action" id=format!("{uid}-action")>{r0.action.clone()}</p>
            <div class="track-fields">
                <label>"Status"
                    <select data-testid=ids::TRACK_STATUS aria-describedby=format!("{uid}-action")
                        on:change=move |ev| {
                            if let Some(s) = Status::from_code(&event_target_value(&ev)) {
                                edit_status(Edit::Status(s));
                            }
                        }>
                        {Status::ALL.iter().map(|s| {
                            let s = *s;
                            view! { <option value=s.code() prop:selected=move || status() == s>{s.label()}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label>"Owner"
                    <input type="text" data-testid=ids::TRACK_OWNER maxlength="200"
                        prop:value=field(|r| r.owner.clone())
                        on:input=move |ev| edit_owner(Edit::Owner(event_target_value(&ev)))/>
                </label>
                <label>"Due"
                    <input type="date" data-testid=ids::TRACK_DUE
                        prop:value=field(|r| r.due.clone())
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if v.is_empty() || model::is_date(&v) {
                                edit_due(Edit::Due(v));
                            }
                        }/>
                </label>
                <label class="track-notes">"Notes"
                    // A paste here is notes, not a new report (the page-wide paste handler).
                    <textarea data-testid=ids::TRACK_NOTES rows="2"
                        on:paste=|ev| ev.stop_propagation()
                        prop:value=field(|r| r.notes.clone())
                        on:input=move |ev| edit(Edit::Notes(event_target_value(&ev)))></textarea>
                </label>
            </div>
            <p class="track-meta">
                {move || row.with(|r| {
                    let r = r.as_ref()?;
                    let rec = r.record.as_ref()?;
                    Some(match r.inherited_from {
                        Some(y) => view! {
                            <span class="track-inherited" data-testid=ids::TRACK_INHERITED>
                                {format!("Status carried over from the {y} report (matched action); editing gives this report its own record.")}
                            </span>
                        }.into_any(),
                        None => view! { <span>{format!("Last changed {}", model::iso_time(rec.changed).replace('T', " ").replace('Z', " UTC"))}</span> }.into_any(),
                    })
                })}
            </p>
        </li>
    }
    .into_any()
}

/// Export (JSON, CSV) and import with a preview.
#[component]
fn TransferBar(report: Memo<Option<Arc<Report>>>, rows: Memo<Vec<Row>>) -> impl IntoView {
    let t = Tracker::get();
    let state = AppState::get();
    let plan: RwSignal<Option<MergePlan>> = RwSignal::new(None);
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let save =
        move |name: String, mime: &str, content: String| match dom::download(&name, mime, &content)
        {
            Ok(()) => state.status.set(format!("Saved {name}")),
            Err(e) => state.status.set(format!("Could not save {name}: {e}")),
        };
    let export_json = move |_| {
        let json = t.data.with_untracked(|d| model::export_json(d, now()));
        let day = model::iso_time(now())
            .get(..10)
            .unwrap_or_default()
            .to_owned();
        save(
            format!("findings-tracker-{day}.json"),
            "application/json",
            json,
        );
    };
    let export_csv = move |_| {
        let Some(r) = report.get_untracked() else {
            return;
        };
        let csv = rows.with_untracked(|rs| model::rows_csv(&r, rs));
        save(
            format!("{}-tracker.csv", crate::export::base_name(&r)),
            "text/csv;charset=utf-8",
            csv,
        );
    };
    let on_file = move |ev: web_sys::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        let Some(input) = input else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let name = file.name();
        plan.set(None);
        if file.size() > model::MAX_IMPORT_BYTES as f64 {
            error.set(Some(format!(
                "{name}: the file is {} MB; a tracker export is far smaller. Nothing was imported.",
                fixed(file.size() / (1024.0 * 1024.0), 0)
            )));
            return;
        }
        leptos::task::spawn_local(async move {
            match dom::read_file(file).await {
                Err(e) => error.set(Some(format!("Could not read {name}: {e}"))),
                Ok(bytes) => {
                    // BOM, UTF-16 and invalid UTF-8 handled as for reports.
                    let text = crate::decode::decode(&bytes).text;
                    match model::parse_import(&text) {
                        Err(e) => error.set(Some(format!("{name}: {e}"))),
                        Ok(incoming) => {
                            error.set(None);
                            plan.set(Some(
                                t.data.with_untracked(|d| model::plan_merge(d, &incoming)),
                            ));
                        }
                    }
                }
            }
        });
    };
    let apply = move |_| {
        let Some(p) = plan.get_untracked() else {
            return;
        };
        let mut batch: Vec<Write> = p.writes().into_iter().map(Write::Record).collect();
        batch.extend(p.reports.iter().cloned().map(Write::Report));
        let n = batch.len();
        t.commit(batch);
        plan.set(None);
        state.status.set(format!("Imported {n} change(s)"));
    };
    view! {
        <div class="transfer" role="group" aria-label="Export and import">
            <button type="button" data-testid=ids::EXPORT_TRACKER_JSON on:click=export_json>"Export JSON"</button>
            <button type="button" data-testid=ids::EXPORT_TRACKER_CSV on:click=export_csv
                disabled=move || report.with(|r| r.is_none())>"Export CSV"</button>
            <label class="button file-button">"Import JSON…"
                <input type="file" accept=".json,application/json" data-testid=ids::IMPORT_INPUT on:change=on_file/>
            </label>
        </div>
        {move || error.get().map(|e| view! {
            <p class="notice error" role="alert" data-testid=ids::IMPORT_ERROR>{e}</p>
        })}
        {move || plan.get().map(|p| view! { <ImportPreview plan=p on_apply=apply on_cancel=move || plan.set(None)/> })}
    }
}

/// What an import will change, before it does.
#[component]
fn ImportPreview(
    plan: MergePlan,
    on_apply: impl Fn(web_sys::MouseEvent) + 'static,
    on_cancel: impl Fn() + 'static,
) -> impl IntoView {
    let summary = format!(
        "This import adds {} record(s) and {} report(s), updates {} record(s) with newer changes; \
         {} of yours are newer and stay, {} are the same.",
        plan.added.len(),
        plan.reports.len(),
        plan.updated.len(),
        plan.kept,
        plan.unchanged
    );
    let empty = plan.is_empty();
    let lines = plan
        .updated
        .iter()
        .map(|(old, new)| {
            format!(
                "Update: {} — {} → {}",
                short(&new.action),
                old.status.label(),
                new.status.label()
            )
        })
        .chain(
            plan.added
                .iter()
                .map(|r| format!("Add: {} — {}", short(&r.action), r.status.label())),
        )
        .chain(
            plan.reports
                .iter()
                .map(|e| format!("Add report: {}", e.title())),
        )
        .take(50)
        .map(|l| view! { <li>{l}</li> })
        .collect_view();
    view! {
        <div class="notice import-preview" role="region" aria-label="Import preview" data-testid=ids::IMPORT_PREVIEW>
            <p>{summary}</p>
            <ul>{lines}</ul>
            <button type="button" data-testid=ids::IMPORT_APPLY on:click=on_apply disabled=empty>"Apply import"</button>
            " "
            <button type="button" data-testid=ids::IMPORT_CANCEL on:click=move |_| on_cancel()>"Cancel"</button>
        </div>
    }
}

fn short(s: &str) -> String {
    const MAX: usize = 90;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    }
}
