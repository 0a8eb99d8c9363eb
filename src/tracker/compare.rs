//! Two reports of one country side by side: assessment per year, suggested actions matched
//! across the years (carried over, reworded, new, dropped) with their tracker status, and key
//! enforcement counts.

use super::ids;
use super::matching::{self, Change};
use super::model::{self, LibraryEntry};
use super::Tracker;
use crate::decimal::fixed;
use crate::state::AppState;
use findings::Report;
use leptos::prelude::*;
use std::sync::Arc;

/// The library entries that can be compared: those whose country has two or more years.
fn comparable(lib: &[LibraryEntry]) -> Vec<LibraryEntry> {
    lib.iter()
        .filter(|e| {
            e.year.is_some()
                && lib.iter().any(|o| {
                    o.country.eq_ignore_ascii_case(&e.country)
                        && o.year.is_some()
                        && o.year != e.year
                })
        })
        .cloned()
        .collect()
}

/// Default pair: the open report's country if it has two years, else the first such country;
/// the newest year against the one before it.
fn default_pair(entries: &[LibraryEntry], country: Option<&str>) -> Option<(String, String)> {
    let pick = |c: &str| {
        let mut same: Vec<&LibraryEntry> = entries
            .iter()
            .filter(|e| e.country.eq_ignore_ascii_case(c))
            .collect();
        findings::sort::sort_by_key(&mut same, |e| e.year);
        let newest = same.last()?;
        let older = same.iter().rev().find(|e| e.year < newest.year)?;
        Some((older.id.clone(), newest.id.clone()))
    };
    country
        .and_then(pick)
        .or_else(|| entries.first().and_then(|e| pick(&e.country)))
}

/// Puts the bundled samples into the library (without opening them).
fn add_samples(t: Tracker) {
    let batch = t.data.with_untracked(|d| {
        crate::samples::SAMPLES
            .iter()
            .map(|s| LibraryEntry::new(&findings::parse(s.text), s.text, super::now()))
            .filter(|e| !d.library.contains_key(&e.id))
            .map(crate::storage::Write::Report)
            .collect::<Vec<_>>()
    });
    t.commit(batch);
}

/// An option's label: "Kazakhstan 2018", with the day it was added when two entries share it.
fn option_label(all: &[LibraryEntry], e: &LibraryEntry) -> String {
    let title = e.title();
    if all.iter().filter(|o| o.title() == title).count() > 1 {
        let added = model::iso_time(e.added).replace('T', " ");
        format!("{title} (added {})", added.get(..16).unwrap_or_default())
    } else {
        title
    }
}

/// The assessment of every year of a country in the library, oldest first (one per year):
/// (year, level, label).
fn assessments<'a>(
    library: impl IntoIterator<Item = &'a LibraryEntry>,
    country: &str,
) -> Vec<(u16, String, String)> {
    let mut out: Vec<(u16, String, String)> = Vec::new();
    for e in library {
        let Some(year) = e.year else { continue };
        if !e.country.eq_ignore_ascii_case(country) || out.iter().any(|x| x.0 == year) {
            continue;
        }
        let (level, label) = findings::parse(&e.text)
            .assessment
            .map(|a| (a.level, a.label))
            .unwrap_or_else(|| ("other".to_owned(), "No assessment found".to_owned()));
        out.push((year, level, label));
    }
    findings::sort::sort_by_key(&mut out, |x| x.0);
    out
}

/// The compare pane.
#[component]
pub fn ComparePane() -> impl IntoView {
    let t = Tracker::get();
    let state = AppState::get();
    let entries = Memo::new(move |_| {
        let mut v = t
            .data
            .with(|d| comparable(&d.library.values().cloned().collect::<Vec<_>>()));
        findings::sort::sort_by_key(&mut v, |a| (findings::case::lower_str(&a.country), a.year));
        v
    });
    let chosen: RwSignal<Option<(String, String)>> = RwSignal::new(None);
    let pair = Memo::new(move |_| {
        let es = entries.get();
        let valid = |id: &str| es.iter().any(|e| e.id == id);
        match chosen.get() {
            Some((a, b)) if valid(&a) && valid(&b) => Some((a, b)),
            _ => {
                let country = state
                    .loaded
                    .with(|l| l.as_ref().and_then(|l| l.report.country.clone()));
                default_pair(&es, country.as_deref())
            }
        }
    });
    let reports = Memo::new(move |_| {
        let (a, b) = pair.get()?;
        t.data.with_untracked(|d| {
            let old = d.library.get(&a)?;
            let new = d.library.get(&b)?;
            Some((
                Arc::new(findings::parse(&old.text)),
                Arc::new(findings::parse(&new.text)),
            ))
        })
    });
    let select = move |which: usize, id: &'static str, label: &'static str| {
        view! {
            <label>{label}
                <select data-testid=id on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let cur = pair.get_untracked().unwrap_or_default();
                    chosen.set(Some(if which == 0 { (v, cur.1) } else { (cur.0, v) }));
                }>
                    {move || {
                        let current = pair.get().map(|p| if which == 0 { p.0 } else { p.1 });
                        let es = entries.get();
                        es.iter().map(|e| {
                            let sel = current.as_deref() == Some(e.id.as_str());
                            view! { <option value=e.id.clone() prop:selected=sel>{option_label(&es, e)}</option> }
                        }).collect_view()
                    }}
                </select>
            </label>
        }
    };
    view! {
        <section class="compare pane" data-testid=ids::COMPARE aria-label="Compare reports">
            <h2>"Compare reports"</h2>
            {move || entries.with(|e| e.is_empty()).then(|| view! {
                <p class="tracker-empty">
                    "Open two reports of the same country from different years; every report you open \
                     is kept in the Library and can be compared here. "
                    <button type="button" on:click=move |_| add_samples(t)>
                        "Add both samples (Kazakhstan 2013 and 2018) to the library"
                    </button>
                </p>
            })}
            <Show when=move || !entries.with(|e| e.is_empty())>
                <div class="filters" role="group" aria-label="Reports to compare">
                    {select(0, ids::COMPARE_OLD, "Older ")}
                    {select(1, ids::COMPARE_NEW, "Newer ")}
                </div>
            </Show>
            {move || reports.get().map(|(old, new)| {
                let years = new
                    .country
                    .as_deref()
                    .map(|c| t.data.with_untracked(|d| assessments(d.library.values(), c)))
                    .unwrap_or_default();
                view! { <Comparison old new years/> }
            })}
        </section>
    }
}

fn year_label(r: &Report) -> String {
    r.year
        .map(|y| y.to_string())
        .unwrap_or_else(|| "?".to_owned())
}

/// The comparison of two parsed reports.
#[component]
fn Comparison(
    old: Arc<Report>,
    new: Arc<Report>,
    years: Vec<(u16, String, String)>,
) -> impl IntoView {
    let t = Tracker::get();
    if old.year >= new.year && old.year.is_some() {
        return view! {
            <p class="notice error" role="alert">"Pick an older report on the left and a newer one on the right."</p>
        }
        .into_any();
    }
    let c = matching::compare(&old, &new);
    let (oy, ny) = (year_label(&old), year_label(&new));
    let country = new.country.clone().unwrap_or_default();
    let assessment_list = years
        .into_iter()
        .map(|(year, level, label)| {
            view! {
                <li><span class="cmp-year">{year}</span>" "
                    <span class=format!("badge level-{level}")>{label}</span></li>
            }
        })
        .collect_view();
    let summary = format!(
        "{} carried over ({} reworded), {} new in {ny}, {} dropped since {oy}.",
        c.count(Change::Carried) + c.count(Change::Reworded),
        c.count(Change::Reworded),
        c.count(Change::New),
        c.count(Change::Dropped)
    );
    let status_of = {
        let country = country.clone();
        move |action: &str| {
            let k = model::key(&country, action);
            t.data.with(|d| d.records.get(&k).map(|r| r.status))
        }
    };
    let rows = c
        .pairs
        .iter()
        .map(|p| {
            let o = p.old.and_then(|i| old.recommendations.get(i)).cloned();
            let n = p.new.and_then(|j| new.recommendations.get(j)).cloned();
            let area = n.as_ref().or(o.as_ref()).map(|r| r.area.clone()).unwrap_or_default();
            let cell = |r: &Option<findings::Recommendation>| {
                r.as_ref().map(|r| {
                    let years = r.years.as_ref().map(|y| format!("Suggested {}", y.text));
                    view! { <p>{r.action.clone()}</p>{years.map(|y| view! { <p class="track-years">{y}</p> })} }
                })
            };
            let sim = (p.similarity > 0.0).then(|| format!("{}%", fixed(p.similarity * 100.0, 0)));
            let (oa, na) = (o.as_ref().map(|r| r.action.clone()), n.as_ref().map(|r| r.action.clone()));
            let st = status_of.clone();
            let from = oy.clone();
            let status = move || {
                let older = oa.as_deref().and_then(&st);
                let newer = na.as_deref().and_then(&st);
                match (older, newer) {
                    (_, Some(s)) => s.label().to_owned(),
                    (Some(s), None) if na.is_some() => format!("{} (carried over from {from})", s.label()),
                    (Some(s), None) => s.label().to_owned(),
                    (None, None) => "—".to_owned(),
                }
            };
            let change = p.change;
            view! {
                <tr data-testid=ids::COMPARE_ROW data-change=change.code() class=format!("change-{}", change.code())>
                    <th scope="row"><span class=format!("chip change-{}", change.code())>{change.label()}</span></th>
                    <td>{area}</td>
                    <td>{cell(&o)}</td>
                    <td>{cell(&n)}</td>
                    <td class="num">{sim}</td>
                    <td>{status}</td>
                </tr>
            }
        })
        .collect_view();
    let counts = matching::key_count_changes(&old, &new);
    let counts_table = (!counts.is_empty()).then(|| {
        let (oy, ny) = (oy.clone(), ny.clone());
        view! {
            <div class="table-scroll">
                <table class="counts" data-testid=ids::COMPARE_COUNTS>
                    <caption>"Key enforcement figures from the reports' tables"</caption>
                    <thead><tr><th scope="col">"Figure"</th><th scope="col">{oy}</th><th scope="col">{ny}</th></tr></thead>
                    <tbody>
                        {counts.into_iter().map(|(label, a, b)| view! {
                            <tr><th scope="row">{label}</th>
                                <td class="num">{a.unwrap_or_else(|| "—".into())}</td>
                                <td class="num">{b.unwrap_or_else(|| "—".into())}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    });
    view! {
        <h3>{format!("{country}: {oy} → {ny}")}</h3>
        <ul class="assessments" aria-label="Assessment per year">{assessment_list}</ul>
        <p class="cmp-summary">{summary}</p>
        <p class="cmp-help">
            "Actions are matched by their words (share of content words in common, ignoring “the”, “to”, …) \
             and the “Year(s) Suggested” span of the newer report: an action it dates after "
            {oy.clone()}" counts as new unless the wording is nearly the same. Tracker statuses of "
            {oy.clone()}" carry over to the matched action of "{ny.clone()}"."
        </p>
        <div class="table-scroll">
            <table class="compare-table">
                <caption>{format!("Suggested actions, {oy} and {ny}")}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Change"</th>
                        <th scope="col">"Area"</th>
                        <th scope="col">{oy.clone()}</th>
                        <th scope="col">{ny.clone()}</th>
                        <th scope="col">"Similarity"</th>
                        <th scope="col">"Tracker status"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {counts_table}
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(i: usize, added: f64) -> LibraryEntry {
        let s = crate::samples::SAMPLES[i];
        LibraryEntry::new(&findings::parse(s.text), s.text, added)
    }

    #[test]
    fn assessment_per_year_once_each_oldest_first() {
        let lib = [entry(1, 0.0), entry(0, 0.0), entry(1, 5.0)];
        let a = assessments(&lib, "kazakhstan");
        let years: Vec<u16> = a.iter().map(|x| x.0).collect();
        assert_eq!(years, [2013, 2018]);
        assert!(a.iter().all(|x| x.1 == "minimal"), "{a:?}");
        assert!(assessments(&lib, "Uzbekistan").is_empty());
    }

    #[test]
    fn duplicate_titles_get_their_date() {
        let lib = [entry(0, 0.0), entry(1, 0.0), entry(1, 86_400_000.0)];
        assert_eq!(option_label(&lib, &lib[0]), "Kazakhstan 2013");
        assert_eq!(
            option_label(&lib, &lib[2]),
            "Kazakhstan 2018 (added 1970-01-02 00:00)"
        );
        assert_eq!(
            default_pair(&lib, Some("Kazakhstan")).map(|p| p.0),
            Some(lib[0].id.clone())
        );
    }
}
