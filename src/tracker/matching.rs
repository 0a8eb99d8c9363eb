//! Matching the suggested actions of two reports of one country across years.
//!
//! # The measure
//! Similarity is the Jaccard index of the two actions' *content-word sets*: words from
//! [`normalise`], minus a short list of function words ("the", "to", "and", …), so
//! `|A ∩ B| / |A ∪ B|`, between 0 (nothing shared) and 1 (same words). It ignores order and
//! repetition, which is what rewording between years mostly changes ("in construction and in
//! gas stations" → "in the construction and services industries").
//!
//! # The years evidence
//! The newer report's "Year(s) Suggested" says when an action was *first* suggested. If that
//! is later than the older report's year, the newer report itself says the action is new, so
//! such a pair needs near-identical wording ([`SAME_TEXT`]) to match; if it is no later, a
//! modest overlap ([`WITH_YEARS`]) is enough; without spans the plain threshold ([`PLAIN`])
//! applies.
//!
//! # The assignment
//! Every acceptable pair is scored (similarity, plus [`SAME_FIRST_YEAR_BONUS`] when both spans
//! start the same year) and pairs are taken greedily from the best down, each action used once:
//! a one-to-one matching that is deterministic (ties go to table order).

use super::model::{key, normalise, LibraryEntry, Links};
use findings::{Recommendation, Report};
use std::cmp::Ordering;

/// Similarity above which two actions match whatever the years say (a reformatted copy).
pub const SAME_TEXT: f64 = 0.85;
/// Similarity that matches when the spans give no evidence either way.
pub const PLAIN: f64 = 0.5;
/// Similarity that matches when the newer span says the action was already suggested by the
/// older report's year.
pub const WITH_YEARS: f64 = 0.3;
/// Added to a pair's score when both spans start the same year (breaks near ties).
pub const SAME_FIRST_YEAR_BONUS: f64 = 0.1;
/// Function words left out of the word sets.
const STOPWORDS: &[&str] = &[
    "a",
    "an",
    "and",
    "are",
    "as",
    "at",
    "be",
    "by",
    "for",
    "from",
    "in",
    "including",
    "into",
    "is",
    "it",
    "its",
    "of",
    "on",
    "or",
    "that",
    "the",
    "their",
    "this",
    "to",
    "with",
];

/// The content words of an action, sorted, each once (a sorted list rather than a `BTreeSet`:
/// the wasm then needs no set code for strings).
pub fn words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = normalise(text)
        .into_iter()
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .collect();
    findings::sort::sort_by(&mut words, String::cmp);
    words.dedup();
    words
}

/// Jaccard index of the content-word sets (1.0 for two empty texts).
pub fn similarity(a: &str, b: &str) -> f64 {
    jaccard(&words(a), &words(b))
}

/// Jaccard index of two sorted lists without repeats (from [`words`]).
fn jaccard(a: &[String], b: &[String]) -> f64 {
    let (mut i, mut j, mut common) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - common;
    if union == 0 {
        return 1.0;
    }
    common as f64 / union as f64
}

/// How an action changed between the two reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// In both reports with the same words.
    Carried,
    /// In both reports, worded differently.
    Reworded,
    /// Only in the newer report.
    New,
    /// Only in the older report.
    Dropped,
}

impl Change {
    /// Label shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Change::Carried => "Carried over",
            Change::Reworded => "Carried over (reworded)",
            Change::New => "New",
            Change::Dropped => "Dropped",
        }
    }

    /// Machine name (CSS class, test attribute).
    pub fn code(self) -> &'static str {
        match self {
            Change::Carried => "carried",
            Change::Reworded => "reworded",
            Change::New => "new",
            Change::Dropped => "dropped",
        }
    }
}

/// One line of the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    /// Index into the older report's recommendations.
    pub old: Option<usize>,
    /// Index into the newer report's recommendations.
    pub new: Option<usize>,
    /// What happened.
    pub change: Change,
    /// Similarity of the matched texts (0 when unmatched).
    pub similarity: f64,
}

/// The comparison of two reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Matched pairs in the newer report's order, then dropped actions in the older's order.
    pub pairs: Vec<Pair>,
}

impl Comparison {
    /// How many pairs have this change.
    pub fn count(&self, change: Change) -> usize {
        self.pairs.iter().filter(|p| p.change == change).count()
    }
}

fn first_year(r: &Recommendation) -> Option<u16> {
    r.years.as_ref().map(|y| y.first)
}

/// The score of a pair, or `None` when it must not match.
fn score(
    old: &Recommendation,
    new: &Recommendation,
    old_year: Option<u16>,
    sim: f64,
) -> Option<f64> {
    let threshold = match (first_year(new), old_year) {
        (Some(first), Some(year)) if first > year => SAME_TEXT,
        (Some(_), Some(_)) => WITH_YEARS,
        _ => PLAIN,
    };
    if sim < threshold {
        return None;
    }
    let bonus = match (first_year(old), first_year(new)) {
        (Some(a), Some(b)) if a == b => SAME_FIRST_YEAR_BONUS,
        _ => 0.0,
    };
    Some(sim + bonus)
}

/// Matches the recommendations of an older and a newer report (see the module docs).
pub fn compare(old: &Report, new: &Report) -> Comparison {
    compare_recs(&old.recommendations, old.year, &new.recommendations)
}

/// [`compare`] on the recommendation lists; `old_year` is the older report's year.
pub fn compare_recs(
    old: &[Recommendation],
    old_year: Option<u16>,
    new: &[Recommendation],
) -> Comparison {
    let ow: Vec<_> = old.iter().map(|r| words(&r.action)).collect();
    let nw: Vec<_> = new.iter().map(|r| words(&r.action)).collect();
    let mut candidates = Vec::new();
    for (i, o) in old.iter().enumerate() {
        for (j, n) in new.iter().enumerate() {
            let sim = jaccard(&ow[i], &nw[j]);
            if let Some(s) = score(o, n, old_year, sim) {
                candidates.push((s, sim, i, j));
            }
        }
    }
    // Best first; ties in table order (the sort is stable).
    findings::sort::sort_by(&mut candidates, |a, b| b.0.total_cmp(&a.0));
    let mut old_of_new: Vec<Option<(usize, f64)>> = vec![None; new.len()];
    let mut used_old = vec![false; old.len()];
    for (_, sim, i, j) in candidates {
        if used_old[i] || old_of_new[j].is_some() {
            continue;
        }
        used_old[i] = true;
        old_of_new[j] = Some((i, sim));
    }
    let mut pairs: Vec<Pair> = old_of_new
        .iter()
        .enumerate()
        .map(|(j, m)| match m {
            Some((i, sim)) => Pair {
                old: Some(*i),
                new: Some(j),
                change: if normalise(&old[*i].action) == normalise(&new[j].action) {
                    Change::Carried
                } else {
                    Change::Reworded
                },
                similarity: *sim,
            },
            None => Pair {
                old: None,
                new: Some(j),
                change: Change::New,
                similarity: 0.0,
            },
        })
        .collect();
    pairs.extend(
        used_old
            .iter()
            .enumerate()
            .filter(|(_, used)| !**used)
            .map(|(i, _)| Pair {
                old: Some(i),
                new: None,
                change: Change::Dropped,
                similarity: 0.0,
            }),
    );
    Comparison { pairs }
}

/// Carry-over links for a report from the older reports of its country in the library: for
/// each of its actions matched (carried over or reworded) in an older report, the older year
/// and key. Reports without a year, of another country, or not older are skipped.
pub fn links_for<'a>(report: &Report, older: impl IntoIterator<Item = &'a LibraryEntry>) -> Links {
    let mut links = Links::new();
    let (Some(country), Some(year)) = (report.country.as_deref(), report.year) else {
        return links;
    };
    for e in older {
        if !e.country.eq_ignore_ascii_case(country) || e.year.is_none_or(|y| y >= year) {
            continue;
        }
        let old = findings::parse(&e.text);
        let Some(old_year) = old.year else { continue };
        for p in compare(&old, report).pairs {
            if let (Some(i), Some(j), Change::Carried | Change::Reworded) = (p.old, p.new, p.change)
            {
                links.push((
                    key(country, &report.recommendations[j].action),
                    old_year,
                    key(country, &old.recommendations[i].action),
                ));
            }
        }
    }
    links
}

/// A key count read from a report's tables ("Number of Labor Inspectors": "23").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyCount {
    /// The row label as printed.
    pub label: String,
    /// The value for the report's year (the last column when no column names the year).
    pub value: String,
}

/// Labels of the enforcement rows worth comparing across years (matched case-insensitively as
/// a prefix of the row's first cell).
const KEY_ROWS: &[&str] = &[
    "number of labor inspectors",
    "number of child labor violations found",
    "number of labor inspections",
    "number of investigations",
    "number of violations found",
    "number of prosecutions initiated",
    "number of convictions",
    "labor inspectorate funding",
];

/// The key enforcement counts a report's tables give, in table order.
pub fn key_counts(report: &Report) -> Vec<KeyCount> {
    let mut out: Vec<KeyCount> = Vec::new();
    for t in &report.tables {
        let year_col = report.year.and_then(|y| {
            let y = y.to_string();
            t.columns.iter().position(|c| c.trim() == y)
        });
        for row in &t.rows {
            let Some(first) = row.cells.first() else {
                continue;
            };
            let label = first.text.trim();
            let lower = findings::case::lower_str(label);
            if !KEY_ROWS.iter().any(|k| lower.starts_with(k)) || row.cells.len() < 2 {
                continue;
            }
            let col = year_col
                .unwrap_or(row.cells.len() - 1)
                .min(row.cells.len() - 1);
            let value = row.cells[col].text.trim().to_owned();
            if value.is_empty() || out.iter().any(|k| k.label.eq_ignore_ascii_case(label)) {
                continue;
            }
            out.push(KeyCount {
                label: label.to_owned(),
                value,
            });
        }
    }
    out
}

/// Key counts of two reports side by side: (label, older value, newer value), labels matched
/// by their normalised words.
pub fn key_count_changes(
    old: &Report,
    new: &Report,
) -> Vec<(String, Option<String>, Option<String>)> {
    let o = key_counts(old);
    let n = key_counts(new);
    let same = |a: &str, b: &str| normalise(a) == normalise(b);
    let mut out: Vec<(String, Option<String>, Option<String>)> = o
        .iter()
        .map(|k| {
            let newer = n
                .iter()
                .find(|x| same(&x.label, &k.label))
                .map(|x| x.value.clone());
            (k.label.clone(), Some(k.value.clone()), newer)
        })
        .collect();
    for k in &n {
        if !o.iter().any(|x| same(&x.label, &k.label)) {
            out.push((k.label.clone(), None, Some(k.value.clone())));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use findings::YearSpan;

    fn rec(action: &str, years: Option<(u16, u16)>) -> Recommendation {
        Recommendation {
            id: String::new(),
            area: "Enforcement".into(),
            action: action.into(),
            years: years.map(|(first, last)| YearSpan {
                text: format!("{first} – {last}"),
                first,
                last,
            }),
            line: 1,
        }
    }

    fn sample(name: &str) -> Report {
        findings::parse(crate::samples::by_name(name).map_or("", |s| s.text))
    }

    #[test]
    fn similarity_is_jaccard_on_content_words() {
        assert_eq!(
            similarity("Fund the inspectorate.", "fund THE inspectorate"),
            1.0
        );
        assert_eq!(similarity("fund inspectors", "train judges"), 0.0);
        // {fund, labor, inspections} vs {fund, child, labor, inspections}: 3 / 4.
        assert!(
            (similarity("Fund labor inspections.", "Fund child labor inspections.") - 0.75).abs()
                < 1e-9
        );
        // Function words do not count: {increase, inspectors} both.
        assert_eq!(
            similarity("Increase the inspectors", "increase inspectors"),
            1.0
        );
        assert_eq!(similarity("", ""), 1.0);
        // Order does not matter.
        assert_eq!(similarity("adopt policy now", "now adopt policy"), 1.0);
    }

    #[test]
    fn years_decide_borderline_pairs() {
        let old = [rec(
            "Conduct research on child labor in cotton",
            Some((2012, 2013)),
        )];
        // Shares 4 of 7 content words (0.57): matches without years, and with consistent ones.
        let reworded = "Conduct research on child labor in agriculture and services";
        let m = compare_recs(&old, Some(2013), &[rec(reworded, None)]);
        assert_eq!(m.pairs[0].change, Change::Reworded);
        let m = compare_recs(&old, Some(2013), &[rec(reworded, Some((2012, 2016)))]);
        assert_eq!(m.pairs[0].change, Change::Reworded);
        // The newer report dates it after 2013: new, and the old one dropped.
        let m = compare_recs(&old, Some(2013), &[rec(reworded, Some((2015, 2016)))]);
        assert_eq!(m.count(Change::New), 1);
        assert_eq!(m.count(Change::Dropped), 1);
        // ... unless the words are the same (a copy with a wrong span).
        let m = compare_recs(
            &old,
            Some(2013),
            &[rec(&old[0].action.to_uppercase(), Some((2015, 2016)))],
        );
        assert_eq!(m.pairs[0].change, Change::Carried);
        // A weak overlap (2 of 9) never matches.
        let m = compare_recs(
            &old,
            Some(2013),
            &[rec("Publish research on forced labor", Some((2012, 2016)))],
        );
        assert_eq!(m.count(Change::Reworded) + m.count(Change::Carried), 0);
    }

    #[test]
    fn each_action_is_matched_once_best_first() {
        let old = [
            rec(
                "Increase the number of labor inspectors",
                Some((2012, 2013)),
            ),
            rec("Increase funding for labor inspectors", Some((2011, 2013))),
        ];
        let new = [
            rec("Increase funding for labor inspectors", Some((2011, 2015))),
            rec(
                "Increase the number of labor inspectors to meet ILO advice",
                Some((2012, 2015)),
            ),
        ];
        let m = compare_recs(&old, Some(2013), &new);
        assert_eq!(m.pairs.len(), 2);
        assert_eq!(
            (m.pairs[0].old, m.pairs[0].change),
            (Some(1), Change::Carried)
        );
        assert_eq!(
            (m.pairs[1].old, m.pairs[1].change),
            (Some(0), Change::Reworded)
        );
    }

    #[test]
    fn kazakhstan_2013_to_2018() {
        let old = sample("kazakhstan-2013");
        let new = sample("kazakhstan-2018");
        assert_eq!(
            (old.recommendations.len(), new.recommendations.len()),
            (8, 9)
        );
        let c = compare(&old, &new);
        let research = c
            .pairs
            .iter()
            .find(|p| {
                p.new.is_some_and(|j| {
                    new.recommendations[j]
                        .action
                        .starts_with("Conduct research")
                })
            })
            .expect("the research action of 2018");
        assert_eq!(research.change, Change::Reworded);
        let o = research.old.map(|i| old.recommendations[i].action.as_str());
        assert!(o.is_some_and(
            |a| a.starts_with("Conduct research to gather comprehensive data on child labor")
        ));
        assert!(research.similarity > 0.6, "{}", research.similarity);
        // Every other 2018 action was first suggested after 2013 and is new.
        for p in &c.pairs {
            let Some(j) = p.new else { continue };
            let first = new.recommendations[j].years.as_ref().map(|y| y.first);
            if first.is_some_and(|f| f > 2013) {
                assert_eq!(p.change, Change::New, "{}", new.recommendations[j].action);
            }
        }
        assert_eq!(c.count(Change::New), 8);
        assert_eq!(c.count(Change::Dropped), 7);
        assert_eq!(c.pairs.len(), 9 + 7);
    }

    #[test]
    fn links_carry_the_2013_research_record_to_2018() {
        let old = sample("kazakhstan-2013");
        let new = sample("kazakhstan-2018");
        let entries = [
            LibraryEntry::new(&old, crate::samples::SAMPLES[0].text, 0.0),
            LibraryEntry::new(&new, crate::samples::SAMPLES[1].text, 0.0),
        ];
        let links = links_for(&new, &entries);
        assert_eq!(links.len(), 1);
        let research = new
            .recommendations
            .iter()
            .find(|r| r.action.starts_with("Conduct research"))
            .map(|r| key("Kazakhstan", &r.action));
        let (newer, year, old_key) = links[0].clone();
        assert_eq!(Some(newer), research);
        assert_eq!(year, 2013);
        assert_eq!(old_key, key("Kazakhstan", &old.recommendations[6].action));
        // The older report gets no links from the newer one.
        assert!(links_for(&old, &entries).is_empty());
    }

    #[test]
    fn other_formats_of_the_samples_compare_the_same_way() {
        let read = |file: &str| {
            let path = format!(
                "{}/crates/findings/tests/data/{file}",
                env!("CARGO_MANIFEST_DIR")
            );
            findings::parse(&crate::decode::decode(&std::fs::read(path).unwrap_or_default()).text)
        };
        let kinds = |c: &Comparison| {
            c.pairs
                .iter()
                .map(|p| (p.old, p.new, p.change))
                .collect::<Vec<_>>()
        };
        let expected = kinds(&compare(
            &sample("kazakhstan-2013"),
            &sample("kazakhstan-2018"),
        ));
        let layout = compare(
            &read("kazakhstan-2013.pdf-layout.txt"),
            &read("kazakhstan-2018.pdf-layout.txt"),
        );
        assert_eq!(kinds(&layout), expected);
    }

    #[test]
    fn key_counts_pick_the_report_year() {
        let mut r = Report {
            year: Some(2018),
            ..Report::default()
        };
        r.tables.push(findings::Table {
            id: "table-6".into(),
            number: 6,
            title: "Labor Law Enforcement Efforts Related to Child Labor".into(),
            section: Some(3),
            columns: vec![
                "Overview of Labor Law Enforcement".into(),
                "2017".into(),
                "2018".into(),
            ],
            rows: vec![findings::Row {
                line: 1,
                cells: vec![
                    findings::Cell::text("Number of Labor Inspectors"),
                    findings::Cell::text("336"),
                    findings::Cell::text("338"),
                ],
            }],
            notes: vec![],
            line: 1,
            continued: vec![],
        });
        let k = key_counts(&r);
        assert_eq!(
            k,
            [KeyCount {
                label: "Number of Labor Inspectors".into(),
                value: "338".into()
            }]
        );
        let mut old = r.clone();
        old.year = Some(2017);
        let ch = key_count_changes(&old, &r);
        assert_eq!(
            ch,
            [(
                "Number of Labor Inspectors".into(),
                Some("336".into()),
                Some("338".into())
            )]
        );
    }
}
