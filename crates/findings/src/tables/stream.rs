//! Plain `pdftotext` tables: one cell per line, in the PDF's reading order.
//!
//! Plain output loses the grid: a table comes out as its header cells, each followed by that
//! column's text, a column at a time (first the labels of the first column, then the wrapped
//! lines of the next one), sometimes split over several blocks, and a page footer or the
//! reference list may stand between one column and the next. Two readers:
//!
//! * **Suggested Government Actions** ([`scan_actions`]). The area labels ("Legal" /
//!   "Framework"), the action lines and the "Year(s) Suggested" spans come as separate runs
//!   (or, from a converter that keeps rows together, interleaved). The count of year spans fixes
//!   the number of actions; the action lines are cut into that many actions at the likeliest
//!   places ([`split_points`]: a sentence end, a line that stops short of the column width, a
//!   capital after it); and the actions are given to the areas found, in the areas' canonical
//!   order, by a dynamic programme over a keyword score ([`assign_areas`]), helped by where a
//!   label stood when it stood among the actions and by how the labels stood apart: two labels
//!   on consecutive lines mean a short row, a blank line between them a tall one
//!   ([`spacing_of`]); a label printed on its first action's line ("Legal Framework Ensure
//!   that …") starts its area there.
//!   A "Related Entity" column (the part of the country an action concerns) comes out as runs
//!   of short lines ([`entity_run`]), cut into as many cells as there are actions. Lone numbers
//!   (the reference list's, printed beside the table) and a "REFERENCES" title among the labels
//!   close the table only when no more action lines follow on the same page
//!   ([`next_action_on_page`]).
//! * **Any other table** ([`scan_generic`]). Header cells (the `known` columns of a continued
//!   table, or the labels these reports use) start the runs of each column; a page footer
//!   between two columns is crossed when a header follows. Value columns ("Yes (2)", "274 (2)")
//!   give one cell per line and set the number of rows; otherwise the text column with the most
//!   text does, and the other runs are cut to fit. Sector labels are given to their activities
//!   by the same ordered keyword split as the areas. Where a column cannot be fitted, its cells
//!   are given in reading order with a warning. A table printed a row at a time, each cell a
//!   block of its own (the statistics and ratification tables of many reports), is read row by
//!   row ([`row_major`]).

// Running headers and footers are the same lines in plain and `-layout` text.
use super::area_words;
use super::layout::is_furniture;
use super::{ends_table, join_text, Grid, RawRow, MAX_COLUMNS, MAX_ROWS};
use crate::lines::{Caption, Kind, Line};
use crate::report::Warning;
use crate::{case, markup};

/// Lines the actions reader looks through after the caption for area labels, action lines and
/// the year spans (which may stand after the page footer or even after the start of the
/// reference list). Bounds the look-ahead so one table never reads the rest of a book.
const ACTIONS_WINDOW: usize = 400;
/// Most lines one generic table region may span.
const MAX_REGION_LINES: usize = 600;
/// Lines looked back before the caption to measure the width of a full prose line.
const WIDTH_SAMPLE: usize = 80;
/// A line that would have had room for the next line's first word, with this share of the
/// column's width, ended its paragraph. Below 1 because fonts are proportional.
const FIT_RATIO: f32 = 0.85;
/// A line at least this share of the page's text width is prose when it follows a blank line
/// after the table's columns have all begun.
const PROSE_RATIO: f32 = 0.85;
/// Longest "short" cell: "Yes", "18", "Unknown* (12)".
const SHORT_CELL: usize = 18;
/// Longest line of a "Related Entity" cell ("Mainland and", "BD, FBiH, RS", "coordinating with"):
/// the column is narrow, so its lines are much shorter than the action lines beside it.
const ENTITY_CELL: usize = 24;
/// Most lines one run of "Related Entity" cells is looked through (bounds the look-ahead).
const MAX_ENTITY_RUN: usize = 16;
/// Lines a header cell may wrap over ("Meets" / "International" / "Standards").
const MAX_HEADER_PARTS: usize = 3;

/// Areas of the Suggested Government Actions table in their printed order, with the labels
/// reports have used for each and the keywords that score an action for it.
///
/// The keyword score sums the weights of the keywords (word prefixes, or phrases, lower case) an
/// action contains: 2 for words that name the area's business ("inspect…", "prohibit",
/// "coordinat…", "plan", "program"), 1 for words that lean to it ("law", "school"); [`assign_areas`] only needs it to rank areas for one action, since the split is
/// also bound by the areas' order.
/// An area: its canonical name, the labels printed for it (lower case), and its keywords with
/// their weights.
type Group = (
    &'static str,
    &'static [&'static str],
    &'static [(&'static str, u32)],
);

const AREAS: [Group; 5] = [
    (
        "Legal Framework",
        &["legal framework", "laws", "laws and regulations"],
        &[
            ("law", 1),
            ("legal", 1),
            ("regulation", 1),
            ("legislat", 2),
            ("prohibit", 2),
            ("ratif", 2),
            ("minimum age", 2),
            ("criminaliz", 2),
            ("amend", 2),
            ("penal code", 2),
            ("decree", 2),
            ("define", 2),
            ("hazardous work", 2),
            ("hazardous occupation", 2),
            ("compulsory education", 2),
            ("free basic", 2),
            ("free public", 2),
        ],
    ),
    (
        "Enforcement",
        &["enforcement"],
        &[
            ("inspect", 2),
            ("penalt", 2),
            ("investigat", 2),
            ("prosecut", 2),
            ("enforc", 2),
            ("violation", 1),
            ("convict", 1),
            ("police", 1),
            ("complaint", 1),
            ("referral", 1),
            ("raids", 1),
            ("officials", 1),
        ],
    ),
    (
        "Coordination",
        &["coordination"],
        &[
            ("coordinat", 2),
            ("committee", 1),
            ("commission", 1),
            ("council", 1),
            ("working group", 1),
            ("mandate", 1),
        ],
    ),
    (
        "Government Policies",
        &["government policies", "policies", "policy"],
        &[
            ("polic", 2),
            ("plan", 2),
            ("strateg", 2),
            ("mainstream", 1),
            ("integrate", 1),
            ("roadmap", 2),
            ("framework", 1),
        ],
    ),
    (
        "Social Programs",
        &["social programs", "programs", "social program"],
        &[
            ("program", 2),
            ("research", 2),
            ("survey", 2),
            ("educat", 1),
            ("school", 1),
            ("data", 1),
            ("services", 1),
            ("shelter", 1),
            ("access", 1),
            ("birth registration", 1),
            ("awareness", 1),
            ("rehabilitat", 1),
            ("reintegrat", 1),
            ("vulnerable", 1),
            ("teacher", 1),
            ("enrol", 1),
        ],
    ),
];

/// The sectors of the "Overview of Children's Work by Sector and Activity" table in their
/// printed order, with keywords that score an activity for each (weights as in [`AREAS`]).
const SECTORS: [Group; 4] = [
    (
        "Agriculture",
        &["agriculture"],
        &[
            ("farm", 2),
            ("harvest", 2),
            ("herd", 2),
            ("fish", 2),
            ("livestock", 2),
            ("cattle", 2),
            ("plantation", 2),
            ("forestry", 2),
            ("logging", 2),
            ("planting", 2),
            ("weeding", 2),
            ("growing", 2),
            ("agricultur", 2),
            ("raising", 1),
            ("crops", 1),
            ("cotton", 1),
            ("cocoa", 1),
            ("coffee", 1),
            ("tobacco", 1),
            ("sugarcane", 1),
            ("vegetables", 1),
            ("fruit", 1),
            ("animals", 1),
        ],
    ),
    (
        "Industry",
        &["industry"],
        &[
            ("construction", 2),
            ("mining", 2),
            ("quarr", 2),
            ("manufactur", 2),
            ("brick", 2),
            ("factor", 2),
            ("carpentry", 2),
            ("weaving", 2),
            ("welding", 2),
            ("processing", 1),
            ("production of", 1),
            ("textile", 1),
            ("garment", 1),
            ("gold", 1),
            ("footwear", 1),
            ("ceramic", 1),
            ("slaughter", 1),
            ("charcoal", 1),
        ],
    ),
    (
        "Services",
        &["services"],
        &[
            ("domestic", 2),
            ("street", 2),
            ("vending", 2),
            ("selling", 2),
            ("market", 2),
            ("car wash", 2),
            ("restaurant", 2),
            ("transport", 2),
            ("scaveng", 2),
            ("hotel", 2),
            ("gas station", 2),
            ("shop", 2),
            ("porter", 2),
            ("delivery", 2),
            ("begging", 1),
            ("washing", 1),
            ("garbage", 1),
            ("recycling", 1),
            ("childcare", 1),
            ("child care", 1),
        ],
    ),
    (
        "Categorical Worst Forms of Child Labor",
        &["categorical worst forms of child labor"],
        &[
            ("commercial sexual", 3),
            ("sexual exploitation", 3),
            ("forced", 3),
            ("illicit", 3),
            ("armed", 3),
            ("pornograph", 3),
            ("trafficking", 2),
            ("drug", 2),
            ("recruitment", 2),
            ("gangs", 2),
        ],
    ),
];

/// The sector a label names: "Agriculture", "Services", "Categorical Worst Forms of Child
/// Labor‡" …
pub(crate) fn sector_of_label(label: &str) -> Option<usize> {
    let l = case::lower_str(&markup::clean_cow(label));
    let l = l.trim_end_matches(['*', '†', '‡', ' ']);
    SECTORS
        .iter()
        .position(|(name, labels, _)| name.eq_ignore_ascii_case(l) || labels.contains(&l))
}

/// Most of the prose width a line of the name column takes ("Department of Social" /
/// "Welfare (DSW)"), in plain output where the names stand in a narrow column.
const NAME_SHARE: f32 = 0.45;

/// The headers of a column of names beside a column of descriptions.
const NAME_HEADERS: [&str; 4] = [
    "organization/agency",
    "coordinating body",
    "policy",
    "program",
];

/// One of [`NAME_HEADERS`], in any letter case.
fn is_name_header(name: &str) -> bool {
    case::lower_is_any(name.trim(), &NAME_HEADERS)
}

/// The number of lines from `i` (before `limit`) of a block of names: up to a blank line or
/// page furniture, each line at most [`NAME_SHARE`] of the prose `width`, starting with a
/// capital and ending no sentence; `None` for any other block.
fn name_block_at(lines: &[Line], i: usize, limit: usize, width: usize) -> Option<usize> {
    let mut took = 0;
    while let Some(line) = lines.get(i + took).filter(|_| i + took < limit) {
        if line.kind() != Kind::Text
            || is_furniture(line.text())
            || header_at(lines, i + took, None).is_some()
        {
            break;
        }
        let t = line.text().trim();
        let short = t.chars().count() as f32 <= width as f32 * NAME_SHARE;
        if !short || t.ends_with('.') || took == 0 && !t.starts_with(char::is_uppercase) {
            return None;
        }
        took += 1;
    }
    (took > 0).then_some(took)
}

/// The header of the sectors table's first column ("Sector/Industry").
fn is_sector_header(name: &str) -> bool {
    case::lower_str(name).starts_with("sector")
}

/// The number of lines from `i` (one to three, before `limit`) that make a sector label alone
/// ("Services", "Categorical Worst Forms" / "of Child Labor‡"), a blank line or the end after it.
fn sector_label_at(lines: &[Line], i: usize, limit: usize) -> Option<usize> {
    let mut joined = String::new();
    for take in 1..=MAX_HEADER_PARTS.min(limit.saturating_sub(i)) {
        let line = lines.get(i + take - 1).filter(|l| l.kind() == Kind::Text)?;
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(line.text().trim());
        let alone = lines
            .get(i + take)
            .is_none_or(|n| n.kind() != Kind::Text || is_furniture(n.text()));
        if alone && sector_of_label(&joined).is_some() {
            return Some(take);
        }
    }
    None
}

/// Reads a run of sector labels, each on one to three lines ("Categorical Worst" / "Forms of
/// Child Labor‡"): the labels as printed with their sector, or `None` if a line is not part of
/// a sector label.
fn read_sector_labels(run: &[RunLine]) -> Option<Vec<(String, usize)>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < run.len() {
        let mut found = None;
        let mut joined = String::new();
        for take in 1..=MAX_HEADER_PARTS {
            let Some(line) = run.get(i + take - 1) else {
                break;
            };
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(line.1.trim());
            if let Some(g) = sector_of_label(&joined) {
                found = Some((joined.clone(), g, take));
                break;
            }
        }
        let (label, g, take) = found?;
        out.push((label, g));
        i += take;
    }
    Some(out)
}

/// Gives labels of a known family (the areas of the actions table, or the sectors) to the
/// rows of `items` they head: `labels` are (row the label was printed beside, label text), in
/// printed order. The split is the ordered keyword split of [`assign_areas`], with each label
/// required near its printed row. Returns the label for each row (on the first row of its group
/// only), or `None` when the labels are not all of one family in its order.
pub(crate) fn regroup_labels(items: &[String], labels: &[(usize, String)]) -> Option<Vec<String>> {
    let sectors = labels.iter().all(|l| sector_of_label(&l.1).is_some());
    let family: &[Group] = if sectors { &SECTORS } else { &AREAS };
    let of = |l: &str| {
        if sectors {
            sector_of_label(l)
        } else {
            area_of_label(l)
        }
    };
    let groups: Vec<usize> = labels.iter().filter_map(|l| of(&l.1)).collect();
    if groups.len() != labels.len() || groups.windows(2).any(|w| w[0] >= w[1]) {
        return None;
    }
    let hints: Vec<Option<usize>> = labels.iter().map(|l| Some(l.0)).collect();
    let assigned = assign_groups(items, &groups, &hints, Rows::default(), family, !sectors);
    let mut out = vec![String::new(); items.len()];
    let mut prev = None;
    for (k, g) in assigned.iter().enumerate() {
        if prev != Some(*g) {
            if let (Some(slot), Some(label)) = (
                out.get_mut(k),
                groups
                    .iter()
                    .position(|x| x == g)
                    .and_then(|i| labels.get(i)),
            ) {
                *slot = label.1.clone();
            }
        }
        prev = Some(*g);
    }
    Some(out)
}

/// Header labels of the report family's tables, lower case, by table: a line (or two or three
/// wrapped lines) equal to one of them starts a column's run, and a table's later headers are
/// of its first header's table ("Children", the statistics table's, is a line of a program's
/// name there).
const HEADER_SETS: [&[&str]; 10] = [
    &["children", "age", "percent"],
    &["sector/industry", "activity"],
    &["convention", "ratification"],
    &[
        "standard",
        "meets international standards",
        "meets international standards: yes/no",
        "age",
        "legislation",
    ],
    &["organization/agency", "role"],
    &[
        "overview of labor law enforcement",
        "overview of criminal law enforcement",
    ],
    &[
        "coordinating body",
        "role & description",
        "role and description",
        "role",
        "description",
    ],
    &["policy", "description"],
    &["program", "description"],
    &["area", "suggested action", "year(s) suggested", "year(s)"],
];

/// How an enforcement table's first header starts ("Overview of Labor Law Enforcement").
const OVERVIEW: &str = "overview of";

/// A header `next` may follow the table's first header `first`: both are of one of
/// [`HEADER_SETS`], or `first` is of none; a year follows an enforcement table's first header.
fn follows_header(first: &str, next: &str) -> bool {
    let first = first.trim();
    let sets = || {
        HEADER_SETS
            .iter()
            .filter(|set| case::lower_is_any(first, set))
    };
    if sets().next().is_none() {
        return true;
    }
    if is_year_span(next) {
        return first
            .get(..OVERVIEW.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(OVERVIEW));
    }
    sets().any(|set| case::lower_is_any(next.trim(), set))
}

/// Headers of the family's columns of descriptions, which always have text under them (a
/// value column such as "Ratification" may have none: its check marks are images). Until such
/// a column has begun, a line as long as prose is its first line ("Farming, including …").
const TEXT_HEADERS: [&str; 5] = [
    "activity",
    "role",
    "role & description",
    "role and description",
    "description",
];

/// One of [`TEXT_HEADERS`], in any letter case.
fn holds_text(name: &str) -> bool {
    TEXT_HEADERS
        .iter()
        .any(|h| h.eq_ignore_ascii_case(name.trim()))
}

/// One of [`HEADER_SETS`]' labels, in any letter case.
fn is_header_label(t: &str) -> bool {
    HEADER_SETS.iter().any(|set| case::lower_is_any(t, set))
}

/// "2016 – 2021", "2020-2021", "2018 -- 2019", "2021": a Year(s) Suggested span; also a list of them for an
/// action suggested, dropped and suggested again ("2009, 2011 – 2016"), whose line may wrap
/// after a comma ("2010 – 2011," / "2013 – 2016": see [`continues_years`]).
pub(crate) fn is_year_span(t: &str) -> bool {
    let t = t.trim();
    // A space misplaced inside a year by the PDF ("2009 –2 013") does not count.
    let year = |s: &str| {
        let s = s.trim();
        let mut digits = s.bytes().filter(|b| *b != b' ');
        s.len() <= 5
            && s.bytes().filter(|b| *b != b' ').count() == 4
            && digits.clone().all(|b| b.is_ascii_digit())
            && matches!(
                (digits.next(), digits.next()),
                (Some(b'1'), Some(b'9')) | (Some(b'2'), Some(b'0'))
            )
    };
    // A dash may be doubled ("2018 -- 2019").
    let span = |p: &str| match p.split_once(['–', '-', '—']) {
        Some((a, b)) => year(a) && year(b.trim_start_matches(['–', '-', '—'])),
        None => year(p),
    };
    let list = t.strip_suffix(',').unwrap_or(t);
    !list.is_empty() && list.split(',').all(span)
}

/// A year list wrapped after its comma ("2010 – 2011," then "2013 – 2016"): the second line
/// belongs to the same action as the first.
fn continues_years(prev: &str) -> bool {
    prev.trim_end().ends_with(',')
}

/// Most space-separated words of a span printed at the end of an action line ("2009, 2011 –
/// 2016": four).
const MAX_SPAN_WORDS: usize = 4;

/// "… for prostitution. 2019", "… technical advice. 2014 – 2019": an action line that ends its
/// sentence and then, on the same line, the row's Year(s) Suggested span, as a copy out of a
/// browser's PDF viewer gives a row (its cells a line at a time, joined by one space). Returns
/// the action text and the span.
fn trailing_span(t: &str) -> Option<(&str, &str)> {
    let t = t.trim_end();
    let first = t
        .rmatch_indices(' ')
        .take(MAX_SPAN_WORDS)
        .filter(|&(at, _)| t.get(at..).is_some_and(is_year_span))
        .last()?
        .0;
    let (text, span) = (t.get(..first)?, t.get(first..)?.trim());
    (ends_finished(text) && text.chars().any(char::is_alphabetic)).then_some((text, span))
}

/// Windows of [`WIDTH_SAMPLE`] lines, before the table and after, the laws table's prose width
/// is the widest of.
const PROSE_WINDOWS: usize = 3;

/// The width of a full prose line near the table, in characters: the 90th percentile of the
/// line lengths before the caption (a stray long URL line does not count).
fn page_width(lines: &[Line], start: usize) -> usize {
    let from = start.saturating_sub(WIDTH_SAMPLE);
    let mut lens: Vec<usize> = lines
        .get(from..start.min(lines.len()))
        .unwrap_or(&[])
        .iter()
        .filter(|l| l.kind() != Kind::Blank)
        .map(|l| l.text().chars().count())
        .collect();
    crate::sort::sort_by_key(&mut lens, |&l| l);
    let p90 = lens.get(lens.len() * 9 / 10).copied().unwrap_or(0);
    p90.max(60)
}

/// Ends a sentence, a citation or a quotation.
fn ends_finished(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| markup::is_mark(c) || c == ' ');
    t.ends_with(['.', ')', '”', '"', '!', '?'])
}

/// Stops mid-phrase: a comma, a hyphen, "to", "of" …, or an open parenthesis.
fn ends_unfinished(s: &str) -> bool {
    const WORDS: [&str; 17] = [
        "to", "in", "of", "and", "the", "for", "with", "a", "an", "on", "by", "or", "from", "at",
        "as", "that", "such",
    ];
    let t = s.trim_end();
    t.matches('(').count() > t.matches(')').count()
        || t.ends_with([',', ';', '(', '-', '–', '/'])
        || WORDS.contains(&t.rsplit(' ').next().unwrap_or(""))
}

/// The report family's closing sentences of a program's or body's description ("Research was
/// unable to determine whether activities were undertaken …"): they never start a cell.
const DESCRIPTION_CODAS: [&str; 4] = [
    "Research was unable to determine",
    "Research found no",
    "Additional information is available",
    "For additional information",
];

/// A line that opens one of [`DESCRIPTION_CODAS`].
fn goes_on_description(s: &str) -> bool {
    DESCRIPTION_CODAS.iter().any(|c| s.starts_with(c))
}

/// Starts a new phrase: a capital, a quotation mark or an amount ("$1.3 million Government of
/// Spain-funded …", how the family's project descriptions open).
fn starts_new(s: &str) -> bool {
    s.starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '"' | '‘'))
        || s.strip_prefix('$')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// How likely a cell ends between line `a` and line `b`: `None` when it cannot (the next line
/// starts in lower case, or the line stops mid-phrase), else a score — a sentence end or a
/// footnote mark counts 2, a line that stops short of the column width (the next word would have fit) counts 2.
fn gap_score(a: &str, b: &str, width: usize) -> Option<u32> {
    if !starts_new(b) || ends_unfinished(a) || goes_on_description(b) {
        return None;
    }
    let mut score = 0;
    // A footnote mark closes a name ("Voucher 10,000†", "Youth Pathways (2015–2019)*").
    if ends_finished(a) || a.trim_end().ends_with(markup::is_mark) {
        score += 2;
    }
    let first = b.split_whitespace().next().map_or(0, |w| w.chars().count());
    if (a.chars().count() + 1 + first) as f32 <= width as f32 * FIT_RATIO {
        score += 2;
    }
    Some(score)
}

/// Joins wrapped lines: a hyphen at a line end is dropped when the word goes on in lower case.
fn join_lines(parts: &[&str]) -> String {
    let mut out = String::new();
    for p in parts {
        let p = p.trim();
        if !p.is_empty() {
            join_text(&mut out, p);
        }
    }
    out
}

/// Cuts wrapped lines into cells. With `n`, into (at most) `n` cells at the `n - 1` likeliest
/// gaps; without, at every gap that scores at least 2 (a sentence end or a short line before a
/// capital). Linear apart from sorting the gaps.
#[cfg(test)]
fn split_entries(lines: &[&str], n: Option<usize>) -> Vec<String> {
    split_points(lines, n)
        .windows(2)
        .filter_map(|w| lines.get(w[0]..w[1]).map(join_lines))
        .collect()
}

/// Where to cut wrapped lines into cells: 0, each cut, and `lines.len()`. With `n`, into (at
/// most) `n` cells at the `n - 1` likeliest gaps; without, at every gap that scores at least 2.
pub(crate) fn split_points(lines: &[&str], n: Option<usize>) -> Vec<usize> {
    split_points_marked(lines, n, &[])
}

/// A line longer than this many tenths of the upper-quartile line length is no measure of the
/// column: plain output joined it with a line of the next column or ran it under a neighbour
/// ("… nonstate armed groups." at 103 characters among lines of at most 90, Brazil 2016).
const WIDE_LINE_TENTHS: usize = 12;

/// Fewest lines among which one much longer than most is left out of the column's width.
const WIDTH_MIN_LINES: usize = 4;

/// The width of a column of wrapped lines, in characters: its longest line, leaving out lines
/// much longer than most (see [`WIDE_LINE_TENTHS`]) when there are enough lines to tell.
fn column_width(lines: &[&str]) -> usize {
    let mut lens: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
    crate::sort::sort_by_key(&mut lens, |&l| l);
    let longest = lens.last().copied().unwrap_or(0);
    if lens.len() < WIDTH_MIN_LINES {
        return longest;
    }
    let upper = lens.get((lens.len() - 1) * 3 / 4).copied().unwrap_or(0);
    lens.iter()
        .rev()
        .copied()
        .find(|&l| l * 10 <= upper * WIDE_LINE_TENTHS)
        .unwrap_or(longest)
}

/// A line more than this many tenths of the widest wrapped line is two lines run together.
const JOINED_LINE_TENTHS: usize = 11;

/// The lines each cell between `points` (as [`split_points`] gives them) took in the PDF. A
/// line wider than any line that wrapped (one the next line goes on from in lower case), by
/// more than [`JOINED_LINE_TENTHS`], is lines plain output joined ("… under 18 into nonstate
/// armed groups." at 104 characters where the column wraps at 91, Chile 2016) and counts as
/// the lines it fills.
fn printed_lines(lines: &[&str], points: &[usize]) -> Vec<usize> {
    let wrapped = lines
        .windows(2)
        .filter(|w| w[1].starts_with(char::is_lowercase))
        .map(|w| w[0].chars().count())
        .max();
    let width = wrapped.unwrap_or_else(|| column_width(lines)).max(1);
    let count = |l: &&str| {
        let len = l.chars().count();
        if len * 10 > width * JOINED_LINE_TENTHS {
            len.div_ceil(width)
        } else {
            1
        }
    };
    points
        .windows(2)
        .map(|w| lines.get(w[0]..w[1]).unwrap_or(&[]).iter().map(count).sum())
        .collect()
}

/// Score added to a gap where a blank line stood: plain output starts a new block there.
const BLANK_GAP_SCORE: u32 = 3;

/// [`split_points`] where `blank_before[i]` says a blank line stood before line `i`. Among gaps
/// of equal score the one after the shorter line is taken first (it more likely ended its
/// cell), then the earlier one.
pub(crate) fn split_points_marked(
    lines: &[&str],
    n: Option<usize>,
    blank_before: &[bool],
) -> Vec<usize> {
    if lines.is_empty() {
        return Vec::new();
    }
    let width = column_width(lines);
    let mut gaps: Vec<(usize, u32, usize)> = lines
        .windows(2)
        .enumerate()
        .filter_map(|(i, w)| {
            let blank = blank_before.get(i + 1).copied().unwrap_or(false);
            let score = gap_score(w[0], w[1], width)?;
            let slack = width.saturating_sub(w[0].chars().count());
            Some((
                i + 1,
                score + if blank { BLANK_GAP_SCORE } else { 0 },
                slack,
            ))
        })
        .collect();
    let mut cuts: Vec<usize> = match n {
        Some(n) => {
            crate::sort::sort_by(&mut gaps, |a, b| {
                b.1.cmp(&a.1).then(b.2.cmp(&a.2)).then(a.0.cmp(&b.0))
            });
            gaps.into_iter()
                .take(n.saturating_sub(1))
                .map(|g| g.0)
                .collect()
        }
        None => gaps.into_iter().filter(|g| g.1 >= 2).map(|g| g.0).collect(),
    };
    crate::sort::sort_by_key(&mut cuts, |&c| c);
    let mut points = Vec::with_capacity(cuts.len() + 2);
    points.push(0);
    points.extend(cuts);
    points.push(lines.len());
    points
}

/// The words of a lower-cased action, as [`group_score`] matches keywords against them.
fn words_of(lower: &str) -> Vec<&str> {
    lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect()
}

/// Keyword score for group `g` of `groups` (see [`AREAS`]) of an action, given lower-cased
/// and as its [`words_of`].
fn group_score(groups: &[Group], lower: &str, words: &[&str], g: usize) -> u32 {
    let Some((_, _, keys)) = groups.get(g) else {
        return 0;
    };
    keys.iter()
        .map(|(k, weight)| {
            let hits = if k.contains(' ') {
                lower.matches(k).count() as u32
            } else {
                // A keyword among the first words (the verb and its object: "Improve policy
                // implementation …") says more than one in a trailing clause.
                words
                    .iter()
                    .enumerate()
                    .filter(|(_, w)| w.starts_with(k))
                    .map(|(i, _)| if i < LEAD_WORDS { 2 } else { 1 })
                    .sum::<u32>()
            };
            hits * weight
        })
        .sum()
}

/// Words at the start of an action whose keywords count double.
const LEAD_WORDS: usize = 4;

/// Letters of a word that make its stem in [`area_words`] (as `scripts/area-words.py` cuts them).
const STEM_LETTERS: usize = 6;
/// Words at the start of an action whose stems are looked up in [`area_words::LEAD`] too.
const LEAD_STEMS: usize = 4;

/// Weight of one point of the hand-written keyword score against one of the learned word
/// weights: learned on the big corpus, keywords ten and learned weights one gave an ordered
/// split 98.8 % right (98.0 % with the keywords alone), trained on the countries of one half
/// and tested on the other.
const KEYWORD_SCALE: i64 = 10;

/// The records of one of [`area_words`]' tables.
fn records(table: &str) -> &[[u8; area_words::RECORD]] {
    table.as_bytes().as_chunks().0
}

/// The index in `records` of `stem`'s record, if it has one.
fn record_of(records: &[[u8; area_words::RECORD]], stem: &str) -> Option<usize> {
    let width = area_words::RECORD - 5;
    records
        .binary_search_by(|r| {
            let padded = &r[..width];
            let len = padded.iter().position(|&b| b == b'.').unwrap_or(width);
            padded[..len].cmp(stem.as_bytes())
        })
        .ok()
}

/// The learned weights ([`area_words`]) of an action's word stems for each of the five areas of
/// [`AREAS`], each stem counted once.
fn learned_scores(words: &[&str]) -> [i64; 5] {
    let (any, lead) = (records(area_words::ANY), records(area_words::LEAD));
    let mut out = [0i64; 5];
    let mut seen = vec![0u64; (any.len() + lead.len()) / 64 + 1];
    let mut add = |table: &[[u8; area_words::RECORD]], base: usize, stem: &str| {
        if let Some(k) = record_of(table, stem) {
            let bit = base + k;
            if seen[bit / 64] & (1 << (bit % 64)) == 0 {
                seen[bit / 64] |= 1 << (bit % 64);
                for (o, &digit) in out.iter_mut().zip(&table[k][area_words::RECORD - 5..]) {
                    *o += i64::from((digit as char).to_digit(16).unwrap_or(8)) - 8;
                }
            }
        }
    };
    for (i, w) in words.iter().enumerate() {
        let stem = w
            .char_indices()
            .nth(STEM_LETTERS)
            .map_or(*w, |(at, _)| &w[..at]);
        add(any, 0, stem);
        if i < LEAD_STEMS {
            add(lead, any.len(), stem);
        }
    }
    out
}

/// Score for a group that holds the action its label was printed beside: eight keyword points
/// (three before the learned weights, whose sum over an action's stems can outweigh a label).
const HINT_BONUS: i64 = 8 * KEYWORD_SCALE;

/// How the next area label printed stood below a label in plain output, where the labels'
/// column comes out as blocks of lines with a blank line between blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Spacing {
    /// Not known: the label is the last, or other lines stood between the two.
    #[default]
    Unknown,
    /// The next label on the very next line: one block, so the label's row was short.
    Close,
    /// Only blank lines between the two: a new block, so the label's row was tall.
    Apart,
}

/// Tenths of a line each action after the first adds to a row's height (the padding between
/// rows), in [`spacing_of`].
const ROW_PADDING_TENTHS: usize = 3;
/// Widest gap, in tenths of a line, below a label's last line to the next label that plain
/// `pdftotext` still prints in the label's block.
const CLOSE_GAP_TENTHS: usize = 21;

/// How the next label stands below the label of an area whose actions take `lines` lines in
/// all and are `actions` in number, the label itself taking `label_lines`: the gap is the
/// row's lines beyond the label's plus each further action's padding. Checked against the
/// `-layout` text of the big corpus (1,351 pairs of labels with only blank lines or nothing
/// between them in plain output): all but 2 agree.
fn spacing_of(lines: usize, actions: usize, label_lines: usize) -> Spacing {
    let gap =
        10 * lines.saturating_sub(label_lines) + ROW_PADDING_TENTHS * actions.saturating_sub(1);
    if gap <= CLOSE_GAP_TENTHS {
        Spacing::Close
    } else {
        Spacing::Apart
    }
}

/// What the labels' spacing says of the areas' rows: the lines each action was printed on, and
/// for each area the lines of its label and how the next label stood. Empty: nothing known.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Rows<'a> {
    pub(crate) lines: &'a [usize],
    pub(crate) labels: &'a [(usize, Spacing)],
    /// For each area, whether its label stood just before the first line of the action its hint
    /// names, so that the area likely starts there. Empty: nothing known.
    pub(crate) starts: &'a [bool],
}

/// Score for a group that starts at the action its label stood just before.
const START_BONUS: i64 = 5 * KEYWORD_SCALE;

/// Score lost by a split that gives an area a row its label's spacing rules out.
const SPACING_PENALTY: i64 = 20 * KEYWORD_SCALE;
/// Score for a lone action under a label the next one stood close to (nine in ten such areas
/// have one action).
const CLOSE_SINGLE_BONUS: i64 = KEYWORD_SCALE;

/// Splits `actions` into contiguous groups, one per area of `areas` (indices into [`AREAS`], in
/// canonical order), each group non-empty when there are enough actions, maximising the summed
/// keyword score plus [`HINT_BONUS`] for each group holding the action `hints` names (where its
/// label stood among the action lines) and less [`SPACING_PENALTY`] for each group whose row
/// its label's spacing in `rows` rules out. Returns the area index of each action.
/// O(actions² × areas) with both small: actions are bounded by the table's window, areas by five.
pub(crate) fn assign_areas(
    actions: &[String],
    areas: &[usize],
    hints: &[Option<usize>],
    rows: Rows,
) -> Vec<usize> {
    assign_groups(actions, areas, hints, rows, &AREAS, true)
}

/// [`assign_areas`] for any ordered groups (`areas` are indices into `groups`), with their
/// keyword score, and with the learned word weights of [`AREAS`] when `learned`.
fn assign_groups(
    actions: &[String],
    areas: &[usize],
    hints: &[Option<usize>],
    rows: Rows,
    groups: &[Group],
    learned: bool,
) -> Vec<usize> {
    let n = actions.len();
    let k = areas.len();
    if k == 0 {
        return Vec::new();
    }
    if k == 1 || n == 0 {
        return vec![areas[0]; n];
    }
    // Prefix sums of scores per area; each action lower-cased and cut into words once.
    let mut prefix = vec![vec![0i64; n + 1]; k];
    for (i, act) in actions.iter().enumerate() {
        let lower = case::lower_str(act);
        let words = words_of(&lower);
        let weights = if learned {
            learned_scores(&words)
        } else {
            [0; 5]
        };
        for (g, &a) in areas.iter().enumerate() {
            prefix[g][i + 1] = prefix[g][i]
                + KEYWORD_SCALE * i64::from(group_score(groups, &lower, &words, a))
                + weights.get(a).copied().unwrap_or(0);
        }
    }
    // Prefix sums of the actions' lines, when known for each.
    let mut line_prefix = vec![0usize; n + 1];
    let lines_known = rows.lines.len() == n;
    for (i, l) in rows.lines.iter().enumerate().take(n) {
        line_prefix[i + 1] = line_prefix[i] + l;
    }
    // The spacing score of group g holding actions j..i.
    let spacing = |g: usize, j: usize, i: usize| -> i64 {
        match rows.labels.get(g) {
            Some(&(label_lines, want)) if lines_known && want != Spacing::Unknown && i > j => {
                let lines = line_prefix[i] - line_prefix[j];
                if spacing_of(lines, i - j, label_lines) != want {
                    -SPACING_PENALTY
                } else if want == Spacing::Close && i - j == 1 {
                    CLOSE_SINGLE_BONUS
                } else {
                    0
                }
            }
            _ => 0,
        }
    };
    // best[g][i]: best score placing the first i actions into the first g + 1 groups, with
    // group g ending at i. Groups may be empty only when actions are fewer than areas.
    let allow_empty = n < k;
    let min = usize::from(!allow_empty);
    const NONE: i64 = i64::MIN / 4;
    let mut best = vec![vec![NONE; n + 1]; k];
    let mut from = vec![vec![0usize; n + 1]; k];
    for i in min..=n {
        let hinted = hints.first().copied().flatten().is_some_and(|h| h < i);
        best[0][i] = prefix[0][i] + if hinted { HINT_BONUS } else { 0 } + spacing(0, 0, i);
    }
    for g in 1..k {
        for i in 0..=n {
            for j in 0..=i {
                if i - j < min || best[g - 1][j] == NONE {
                    continue;
                }
                let hint = hints.get(g).copied().flatten();
                let hinted = hint.is_some_and(|h| j <= h && h < i);
                let started = hint == Some(j) && rows.starts.get(g) == Some(&true);
                let v = best[g - 1][j]
                    + (prefix[g][i] - prefix[g][j])
                    + if hinted { HINT_BONUS } else { 0 }
                    + if started { START_BONUS } else { 0 }
                    + spacing(g, j, i);
                // Ties go to the later cut: an action with no keyword stays with the area above.
                if v >= best[g][i] {
                    best[g][i] = v;
                    from[g][i] = j;
                }
            }
        }
    }
    let mut out = vec![areas[0]; n];
    let mut i = n;
    for g in (0..k).rev() {
        let j = if g == 0 { 0 } else { from[g][i] };
        for slot in out.iter_mut().take(i).skip(j) {
            *slot = areas[g];
        }
        i = j;
    }
    out
}

/// The area a label names, if any: "Legal Framework", "Laws", "Social Programs" …
pub(crate) fn area_of_label(label: &str) -> Option<usize> {
    let l = case::lower_str(&markup::clean_cow(label));
    let l = l.trim_end_matches([':', '*', '†', '‡']).trim();
    AREAS
        .iter()
        .position(|(name, labels, _)| name.eq_ignore_ascii_case(l) || labels.contains(&l))
}

/// True for the Suggested Government Actions table.
fn is_actions_table(caption: &Caption, known: Option<&[String]>) -> bool {
    let t = case::lower_str(&caption.title);
    t.contains("suggested") && t.contains("action")
        || known.is_some_and(|k| {
            k.iter()
                .any(|c| case::lower_str(c).contains("suggested action"))
        })
}

/// Reads a plain-text table body.
pub(crate) fn scan(
    lines: &[Line],
    start: usize,
    caption: &Caption,
    known: Option<&[String]>,
) -> Grid {
    if lines.get(start).is_none() {
        return Grid {
            end: start,
            ..Grid::default()
        };
    }
    if is_actions_table(caption, known) {
        scan_actions(lines, start, known)
    } else {
        scan_generic(lines, start, known)
    }
}

/// One line of the actions region, classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    Area(usize),
    /// An area label and, after it on the same line, the first line of its first action.
    LabeledAction(usize),
    Action,
    Year,
    Header,
    Entity,
    Skip,
}

/// An area label of the actions table, as read.
#[derive(Debug, Clone)]
struct AreaLabel {
    area: usize,
    /// Line number of its first line.
    line: usize,
    /// Action lines read before it.
    before: usize,
    /// The label as printed.
    printed: String,
    /// Printed on its first action's line.
    on_action_line: bool,
    /// Lines it was printed on ("Legal" / "Framework": two).
    lines: usize,
    /// How the next label printed stood below it.
    next: Spacing,
}

/// Reads the Suggested Government Actions table (see the module docs).
fn scan_actions(lines: &[Line], start: usize, known: Option<&[String]>) -> Grid {
    let mut grid = Grid {
        end: start,
        ..Grid::default()
    };
    let limit = start.saturating_add(ACTIONS_WINDOW).min(lines.len());
    let mut areas: Vec<AreaLabel> = Vec::new();
    // The last label's last line index, and whether only blank lines stood after it since.
    let mut after_label: Option<(usize, bool)> = None;
    let mut printed = String::new();
    let mut actions: Vec<(usize, &str)> = Vec::new(); // (line no, text)
    let mut years: Vec<String> = Vec::new();
    // Actions are taken until the page footer or the reference list closes the body; after
    // that only the "Year(s) Suggested" run is looked for. Year spans may also stand between
    // the action lines (a converter that keeps rows together): then the body closes the scan.
    let mut body_open = true;
    let mut years_in_body = false;
    let mut blank_since_action = false;
    // Some spans between the action lines and some after them: matched in reading order.
    let mut years_apart = false;
    let mut in_years = false;
    let mut body_end = start;
    let mut end_after_years: Option<usize> = None;
    // Lines crossed after the body that are not page furniture, the page header or labels:
    // if any, the year spans stand inside other content and `end` stays at the body's end.
    let mut crossed_content = false;
    // Action lines that end a sentence: an upper bound on the actions, so a lower count of
    // year spans means some spans are still to come.
    let mut sentence_ends = 0usize;
    // For each span read among the action lines, the action lines before it: where spans end
    // rows (a converter that keeps rows together), the rows' exact ends.
    let mut span_cuts: Vec<usize> = Vec::new();
    // A fourth column ("Related Entity": the part of the country an action concerns), named by
    // its header or by the first part's columns: its short lines are no action lines.
    let mut entity_column = known.is_some_and(|k| k.iter().any(|c| is_entity_header(c)));
    // (text, first line of a run): the entity column's lines in reading order.
    let mut entities: Vec<(&str, bool)> = Vec::new();
    let mut last_item = Item::Skip;
    // Anything of the table read yet: a header cell, a label, an action, a span.
    let mut started = false;
    // The widest action line so far: the action column's width.
    let mut widest_action = 0usize;
    // The table went on after a "REFERENCES" title printed among its labels; the first blank
    // line after the action lines that follow it closes the body (the list's texts come next).
    let mut resumed = false;
    let mut resumed_actions = false;
    let mut i = skip_caption_tail(lines, start, &mut grid.warnings, |t| {
        is_actions_header(t) || area_of_label(t).is_some()
    });
    while i < limit {
        let Some(line) = lines.get(i) else { break };
        if ends_table(line) {
            break;
        }
        let at = i;
        let t = line.text();
        // The reference list's title or an entry of it before anything of the table: the
        // caption ("(Cont.)", which a browser's PDF viewer prints after the part it heads) has
        // no body here.
        let furniture = is_furniture(t) || line.is_furniture();
        if !started && !furniture && (is_references(t) || starts_reference(t)) {
            break;
        }
        // The action text of the line: all of it, or what follows a label printed before it.
        let mut text = t;
        let item = if line.kind() == Kind::Blank {
            Item::Skip
        } else if is_year_span(t) {
            Item::Year
        } else if is_actions_header(t) {
            entity_column |= is_entity_header(t);
            Item::Header
        } else if let Some(a) = lines
            .get(i + 1)
            .filter(|n| n.kind() == Kind::Text && t.len() < 30)
            .and_then(|n| area_of_label(&format!("{t} {}", n.text())))
        {
            // A label wrapped over two lines: "Legal" / "Framework".
            printed = lines
                .get(i + 1)
                .map_or_else(|| t.to_string(), |n| format!("{t} {}", n.text()));
            i += 1;
            Item::Area(a)
        } else if let Some(a) = area_of_label(t) {
            printed = t.to_string();
            Item::Area(a)
        } else if let Some((a, label, entity)) = entity_column.then(|| area_and_entity(t)).flatten()
        {
            // "Legal Framework BD, FBiH, RS": a label and the entity cell beside it on one line.
            printed = label.to_string();
            entities.push((entity, true));
            Item::Area(a)
        } else if let Some((a, label, rest)) = (body_open && !entity_column)
            .then(|| area_before_action(t))
            .flatten()
        {
            printed = label.to_string();
            text = rest;
            Item::LabeledAction(a)
        } else if let Some(run) = (entity_column && body_open && last_item != Item::Action)
            .then(|| entity_run(lines, i))
            .flatten()
        {
            entities.extend(
                lines
                    .iter()
                    .skip(i)
                    .take(run)
                    .enumerate()
                    .map(|(k, l)| (l.text().trim(), k == 0)),
            );
            i += run - 1;
            Item::Entity
        } else if furniture || line.kind() == Kind::Legend {
            // A footer or the reference list closes the body once it has actions; before that
            // it is a run of another column printed first (the "REFERENCES" title stands
            // among the area labels when the table ends a page). A page number that the PDF
            // printed among the action lines, with more of them after it on the same page, is
            // no footer; nor is a page's furniture that the table's header follows, with no
            // "(Cont.)" caption (a browser's PDF viewer prints that caption after the rows).
            body_open &= actions.is_empty()
                || stray_page_number(lines, i)
                || header_after_furniture(lines, i);
            Item::Skip
        } else if body_open
            && line.kind() == Kind::Text
            && !is_references(t)
            && !(blank_since_action && starts_reference(t))
        {
            Item::Action
        } else {
            // After the action block and a blank line, a numbered entry starts the reference
            // list that follows the table on its page: not part of the table.
            if line.kind() == Kind::Text && !is_references(t) {
                body_open &= actions.is_empty();
            }
            if is_references(t) && !actions.is_empty() {
                let resume = !resumed && references_beside(lines, i, widest_action);
                resumed |= resume;
                body_open &= resume;
            }
            if !body_open && !is_page_top(lines, i) {
                crossed_content = true;
            }
            Item::Skip
        };
        // A row's span printed at the end of its last action line.
        let span = matches!(item, Item::Action | Item::LabeledAction(_))
            .then(|| trailing_span(text))
            .flatten();
        if let Some((rest, _)) = span {
            text = rest;
        }
        if line.kind() == Kind::Blank && !actions.is_empty() {
            blank_since_action = true;
            body_open &= !resumed_actions;
        }
        // Lines a run of year spans may cross: blanks, headers, page furniture, page tops.
        let quiet = matches!(item, Item::Year | Item::Header)
            || line.kind() == Kind::Blank
            || is_furniture(t)
            || is_page_top(lines, i);
        // Fewer spans than the action lines that end a sentence: the rest of the spans may stand
        // after other content (the first page of the reference list), so keep looking for them.
        let short_of_years = years.len() < sentence_ends;
        if !body_open && years_in_body && !quiet && !short_of_years {
            break;
        }
        if let Some(after) = after_label.as_mut() {
            after.1 &= line.kind() == Kind::Blank
                || matches!(item, Item::Area(_) | Item::LabeledAction(_));
        }
        match item {
            Item::Year => {
                years_apart |= years_in_body && !body_open;
                match years.last_mut() {
                    Some(prev) if in_years && continues_years(prev) => {
                        prev.push(' ');
                        prev.push_str(t.trim());
                    }
                    _ => {
                        if body_open && !actions.is_empty() {
                            span_cuts.push(actions.len());
                        }
                        years.push(t.trim().to_string());
                    }
                }
                in_years = true;
                years_in_body |= body_open && !actions.is_empty();
                if !crossed_content {
                    end_after_years = Some(i + 1);
                }
            }
            Item::Header | Item::Area(_) | Item::Entity | Item::LabeledAction(_) => {
                if let Item::Area(a) | Item::LabeledAction(a) = item {
                    if areas.iter().any(|x| x.area == a) {
                        after_label = None;
                    } else {
                        if let (Some(prev), Some((end, quiet))) = (areas.last_mut(), after_label) {
                            prev.next = if at == end + 1 {
                                Spacing::Close
                            } else if quiet {
                                Spacing::Apart
                            } else {
                                Spacing::Unknown
                            };
                        }
                        areas.push(AreaLabel {
                            area: a,
                            line: line.no(),
                            before: actions.len(),
                            printed: std::mem::take(&mut printed),
                            on_action_line: matches!(item, Item::LabeledAction(_)),
                            lines: i + 1 - at,
                            next: Spacing::Unknown,
                        });
                        after_label = Some((i, true));
                    }
                }
                if body_open {
                    body_end = i + 1;
                }
            }
            Item::Action | Item::Skip => {}
        }
        if matches!(item, Item::Action | Item::LabeledAction(_)) {
            blank_since_action = false;
            widest_action = widest_action.max(text.chars().count());
            resumed_actions |= resumed;
            sentence_ends += usize::from(ends_finished(text));
            actions.push((line.no(), text));
            body_end = i + 1;
        }
        if let Some((_, span)) = span {
            span_cuts.push(actions.len());
            years.push(span.to_string());
            years_in_body = true;
            if !crossed_content {
                end_after_years = Some(i + 1);
            }
        }
        last_item = item;
        started |= item != Item::Skip;
        if in_years && !quiet {
            in_years = false;
            // The run of spans after the body: the table is complete (unless spans are still
            // missing: the run was the last of the spans printed among the actions).
            if !body_open && !actions.is_empty() && !short_of_years {
                break;
            }
        }
        i += 1;
    }
    grid.end = end_after_years.unwrap_or(body_end).max(body_end);
    grid.columns = match known {
        Some(k) if !k.is_empty() => k.to_vec(),
        _ if entity_column => vec![
            "Area".into(),
            "Related Entity".into(),
            "Suggested Action".into(),
            "Year(s) Suggested".into(),
        ],
        _ => vec![
            "Area".into(),
            "Suggested Action".into(),
            "Year(s) Suggested".into(),
        ],
    };
    let entity_col = grid.columns.iter().position(|c| is_entity_header(c));
    if actions.is_empty() {
        return grid;
    }
    let texts: Vec<&str> = actions.iter().map(|a| a.1).collect();
    let n = if years.is_empty() {
        None
    } else {
        Some(years.len())
    };
    // Every span stood after its row's last action line, in order: the rows end there. (Beside
    // a row's first line instead, as plain output may print it, a span stands before a line
    // that goes on from the one above: no row ends there.)
    let ends_row = |c: usize| {
        texts
            .get(c)
            .is_none_or(|next| starts_new(next.trim_start()))
            && c.checked_sub(1)
                .and_then(|p| texts.get(p))
                .is_some_and(|last| ends_finished(last))
    };
    let exact = !years_apart
        && span_cuts.len() == years.len()
        && span_cuts.last() == Some(&texts.len())
        && span_cuts.windows(2).all(|w| w[0] < w[1])
        && span_cuts.iter().all(|&c| ends_row(c));
    let points = if exact {
        std::iter::once(0)
            .chain(span_cuts.iter().copied())
            .collect()
    } else {
        split_points(&texts, n)
    };
    let entries: Vec<String> = points
        .windows(2)
        .filter_map(|w| texts.get(w[0]..w[1]).map(join_lines))
        .collect();
    // Line number of each entry's first line.
    let starts: Vec<usize> = points
        .iter()
        .filter_map(|&p| actions.get(p).map(|a| a.0))
        .collect();
    // The entry a label stands beside, when it stands among the action lines rather than
    // above or below them all: a hint for the area's place.
    let entry_at = |pos: usize| points.windows(2).position(|w| w[0] <= pos && pos < w[1]);
    if years_apart {
        grid.warnings.push(Warning {
            line: actions.first().map_or(0, |a| a.0),
            message: "suggested actions: some year spans stand apart from their actions; spans matched to actions in reading order, some may be misplaced".into(),
        });
    }
    if let Some(n) = n {
        if entries.len() != n {
            grid.warnings.push(Warning {
                line: actions.first().map_or(0, |a| a.0),
                message: format!(
                    "suggested actions: {} year spans but only {} actions could be told apart; years matched in order",
                    n,
                    entries.len()
                ),
            });
        }
    } else {
        grid.warnings.push(Warning {
            line: actions.first().map_or(0, |a| a.0),
            message: "suggested actions: no \"Year(s) Suggested\" spans found; actions split at sentence ends".into(),
        });
    }
    let mut sorted = areas.clone();
    crate::sort::sort_by_key(&mut sorted, |a| a.area);
    let area_ids: Vec<usize> = sorted.iter().map(|a| a.area).collect();
    let hints: Vec<Option<usize>> = sorted
        .iter()
        .map(|a| {
            (a.before > 0 && a.before < texts.len())
                .then(|| entry_at(a.before))
                .flatten()
        })
        .collect();
    // Each label's lines and how the next stood below it, when the labels were printed in
    // their order and no entity cells stood among them; each entry's lines.
    let spacing: Vec<(usize, Spacing)> =
        if !entity_column && areas.windows(2).all(|w| w[0].area < w[1].area) {
            sorted.iter().map(|a| (a.lines, a.next)).collect()
        } else {
            Vec::new()
        };
    let entry_lines = printed_lines(&texts, &points);
    let label_starts: Vec<bool> = sorted
        .iter()
        .map(|a| a.before > 0 && points.binary_search(&a.before).is_ok())
        .collect();
    // An area whose label stood on its first action's line starts at that action: the areas
    // are split by keyword between such starts, run by run.
    let mut bounds: Vec<(usize, usize)> = vec![(0, 0)]; // (first entry, first area) of a run
    for (g, a) in sorted.iter().enumerate().skip(1) {
        let start = a.on_action_line.then(|| entry_at(a.before)).flatten();
        if let Some(e) = start.filter(|&e| bounds.last().is_some_and(|b| e > b.0)) {
            bounds.push((e, g));
        }
    }
    bounds.push((entries.len(), sorted.len()));
    let mut assigned = Vec::with_capacity(entries.len());
    for w in bounds.windows(2) {
        let ((e0, g0), (e1, g1)) = (w[0], w[1]);
        let run_hints: Vec<Option<usize>> = hints
            .get(g0..g1)
            .unwrap_or(&[])
            .iter()
            .map(|h| h.filter(|h| (e0..e1).contains(h)).map(|h| h - e0))
            .collect();
        let rows = Rows {
            lines: entry_lines.get(e0..e1).unwrap_or(&[]),
            labels: spacing.get(g0..g1).unwrap_or(&[]),
            starts: label_starts.get(g0..g1).unwrap_or(&[]),
        };
        assigned.extend(assign_areas(
            entries.get(e0..e1).unwrap_or(&[]),
            area_ids.get(g0..g1).unwrap_or(&[]),
            &run_hints,
            rows,
        ));
    }
    if areas.len() > entries.len() {
        grid.warnings.push(Warning {
            line: areas.first().map_or(0, |a| a.line),
            message: format!(
                "suggested actions: {} areas for {} actions; some areas were left without an action",
                areas.len(),
                entries.len()
            ),
        });
    }
    // The entity cells, cut at the likeliest places into as many cells as there are actions
    // (a cell wraps after "and" or a comma: "Mainland and" / "Zanzibar"), or matched in order.
    let entity_cells: Vec<String> = if entity_col.is_some() && !entities.is_empty() {
        let texts: Vec<&str> = entities.iter().map(|e| e.0).collect();
        let runs: Vec<bool> = entities.iter().map(|e| e.1).collect();
        let cells: Vec<String> = split_points_marked(&texts, Some(entries.len()), &runs)
            .windows(2)
            .filter_map(|w| texts.get(w[0]..w[1]).map(join_lines))
            .collect();
        if cells.len() != entries.len() {
            grid.warnings.push(Warning {
                line: actions.first().map_or(0, |a| a.0),
                message: format!(
                    "suggested actions: {} related-entity cells for {} actions; matched in order",
                    cells.len(),
                    entries.len()
                ),
            });
        }
        cells
    } else {
        Vec::new()
    };
    let mut prev_area: Option<usize> = None;
    for (k, entry) in entries.into_iter().enumerate() {
        if grid.rows.len() >= MAX_ROWS {
            break;
        }
        let area = assigned.get(k).copied();
        let area_cell = match area {
            Some(a) if prev_area != Some(a) => areas
                .iter()
                .find(|x| x.area == a)
                .map_or(String::new(), |x| x.printed.trim().to_string()),
            _ => String::new(),
        };
        prev_area = area.or(prev_area);
        let year = years.get(k).map_or(String::new(), |y| y.trim().to_string());
        let mut cells = vec![area_cell, entry, year];
        if let Some(e) = entity_col {
            let entity = entity_cells.get(k).cloned().unwrap_or_default();
            cells.insert(e.min(cells.len()), entity);
        }
        cells.truncate(grid.columns.len().max(2));
        grid.rows.push(RawRow {
            line: starts.get(k).copied().unwrap_or(0),
            cells,
        });
    }
    if years.len() > grid.rows.len() {
        grid.warnings.push(Warning {
            line: grid.rows.last().map_or(0, |r| r.line),
            message: format!(
                "suggested actions: dropped {} year span(s) with no action",
                years.len() - grid.rows.len()
            ),
        });
    }
    grid
}

/// Lines [`next_action_on_page`] looks through for the next action line: lone numbers (a
/// page number, or the reference list's numbers: 26 lines of them and blanks in Kiribati 2018)
/// and year spans printed beside the table on the same page.
const STRAY_LOOKAHEAD: usize = 32;

/// A lone number that plain `pdftotext` printed in the middle of a page, with more action lines
/// after it on the same page: a page number (Honduras 2019: after the first action), or the
/// reference numbers of the list that starts beside the table ("2" / "3" "4" / "5", then year
/// spans, then more actions: Afghanistan 2018). No page break follows, and the next line with
/// text after the lone numbers and year spans is an action line, not a header, label, footer
/// or the reference list.
fn stray_page_number(lines: &[Line], i: usize) -> bool {
    lines.get(i).is_some_and(is_lone_number) && next_action_on_page(lines, i).is_some()
}

/// Page furniture at `i` and then, before any other text, the actions table's whole header on
/// one line ("Area Suggested Action Year(s)"): the table goes on on the next page. (Plain
/// `pdftotext` prints the header a cell a line, and may print the last column's after the
/// footer: "Year(s)" there starts the column of spans, not a page.)
fn header_after_furniture(lines: &[Line], i: usize) -> bool {
    lines
        .iter()
        .skip(i + 1)
        .take(FURNITURE_LOOKAHEAD)
        .find(|l| l.kind() != Kind::Blank && !l.is_furniture() && !is_furniture(l.text()))
        .is_some_and(|l| {
            let t = l.text().trim_start();
            is_actions_header(t)
                && t.split_whitespace().count() >= 3
                && t.split_whitespace()
                    .next()
                    .is_some_and(|w| case::lower_is_any(w, &["area", "areas"]))
        })
}

/// A "REFERENCES" title that plain `pdftotext` printed among the area labels of a table that
/// goes on after the reference list's numbers on the same page (Kiribati 2018 and 2020: the
/// Social Programs actions come after "References", "1", "2" …). The next action line must be
/// about as wide as the widest action line before it (`width`, with [`WIDTH_SLACK`]): the
/// list's own texts stand in a narrower column, or run wider when plain output joined a line
/// of each of its two columns (Niger 2018, Oman 2018). Nor may a sentence end inside it, as
/// the entries' "Source. Title. Date." do ("U.S. Department of State. Trafficking in …" is as
/// wide as the actions in Guinea-Bissau 2021).
fn references_beside(lines: &[Line], i: usize, width: usize) -> bool {
    let fits = |n: &Line| {
        let len = n.text().chars().count();
        len as f32 >= width as f32 * FIT_RATIO
            && len <= width + width / WIDTH_SLACK
            && !n.text().trim_end().contains(". ")
    };
    lines.get(i).is_some_and(|l| is_references(l.text()))
        && next_action_on_page(lines, i).is_some_and(fits)
}

/// A line may be this fraction (1/n) wider than the widest action line before it and still be
/// in the action column.
const WIDTH_SLACK: usize = 20;

/// A line holding only a page number or a reference number printed apart from its text.
fn is_lone_number(l: &Line) -> bool {
    super::layout::is_page_number(l.text().trim())
}

/// The next line with text after line `i`, past blank lines, lone numbers and year spans (at
/// most [`STRAY_LOOKAHEAD`] lines), if it is an action line on the same page: not a year span,
/// header, label, footer or the reference list.
fn next_action_on_page<'a, 'b>(lines: &'b [Line<'a>], i: usize) -> Option<&'b Line<'a>> {
    let next = lines.iter().skip(i + 1).take(STRAY_LOOKAHEAD).find(|l| {
        l.page_break() || !(l.kind() == Kind::Blank || is_lone_number(l) || is_year_span(l.text()))
    });
    next.filter(|n| {
        let t = n.text();
        n.kind() == Kind::Text
            && !n.page_break()
            && starts_new(t)
            && !is_year_span(t)
            && !is_actions_header(t)
            && area_of_label(t).is_none()
            && !is_furniture(t)
            && !is_references(t)
            && !starts_reference(t)
    })
}

/// The header of the actions table, or cells of it: alone on its line or wrapped ("Suggested" /
/// "Action"), or the whole header on one line ("Area Suggested Action Year(s)", as a copy out of
/// a browser's PDF viewer gives it at each page top).
fn is_actions_header(t: &str) -> bool {
    let mut words = t.split_whitespace().peekable();
    words.peek().is_some()
        && words.all(|w| {
            case::lower_is_any(
                w,
                &[
                    "area",
                    "areas",
                    "suggested",
                    "action",
                    "year(s)",
                    "related",
                    "entity",
                ],
            )
        })
}

/// The header of the actions table's "Related Entity" column, whole or its wrapped last line.
fn is_entity_header(t: &str) -> bool {
    case::lower_is_any(t.trim(), &["entity", "related entity"])
}

/// A run of "Related Entity" lines starting at `i`: lines no longer than [`ENTITY_CELL`] up to a
/// blank line, a label, a header, a year span, page furniture or the references title, at most [`MAX_ENTITY_RUN`] of
/// them; `None` if a longer line comes first (an action) or the run is one line that ends a
/// sentence (a short action such as "Ratify ILO C. 138.").
fn entity_run(lines: &[Line], i: usize) -> Option<usize> {
    let mut n = 0;
    for (k, l) in lines.iter().enumerate().skip(i).take(MAX_ENTITY_RUN) {
        let t = l.text().trim();
        let wrapped_label = lines
            .get(k + 1)
            .filter(|next| next.kind() == Kind::Text && t.len() < 30)
            .is_some_and(|next| area_of_label(&format!("{t} {}", next.text())).is_some());
        if l.kind() != Kind::Text
            || is_year_span(t)
            || is_actions_header(t)
            || is_furniture(t)
            || is_references(t)
            || is_page_top(lines, k)
            || area_of_label(t).is_some()
            || wrapped_label
        {
            break;
        }
        if t.chars().count() > ENTITY_CELL {
            return None;
        }
        n += 1;
    }
    let first = lines.get(i).map_or("", |l| l.text());
    (n > 1 || n == 1 && !ends_finished(first)).then_some(n)
}

/// Words of an area label that may start a line ("Government Policies" is two).
const MAX_LABEL_WORDS: usize = 3;

/// An area label, then on the same line the start of the cell beside it, a new phrase.
/// Returns the area, the label as printed and the rest of the line.
fn area_then(t: &str) -> Option<(usize, &str, &str)> {
    let t = t.trim();
    t.match_indices(' ')
        .take(MAX_LABEL_WORDS)
        .find_map(|(at, _)| {
            let (label, rest) = (t.get(..at)?, t.get(at..)?.trim());
            area_of_label(label)
                .filter(|_| starts_new(rest))
                .map(|a| (a, label, rest))
        })
}

/// "Legal Framework BD, FBiH, RS": an area label, then a short entity cell on the same line.
/// Returns the area, the label as printed and the entity text.
fn area_and_entity(t: &str) -> Option<(usize, &str, &str)> {
    area_then(t).filter(|(_, _, rest)| rest.chars().count() <= ENTITY_CELL && !ends_finished(rest))
}

/// "Legal Framework Ensure that the minimum age …": an area label printed on the first line
/// of its first action (Thailand 2018). Returns the area, the label as printed and the action
/// line's text. The label is capitalised: "programs Sustaining …" is a wrapped action line.
pub(crate) fn area_before_action(t: &str) -> Option<(usize, &str, &str)> {
    area_then(t).filter(|(_, label, rest)| {
        label.starts_with(char::is_uppercase) && rest.chars().count() > ENTITY_CELL
    })
}

/// Most words of a caption's wrapped tail ("Forms" after "… Including its Worst").
const MAX_TAIL_WORDS: usize = 4;

/// Skips the wrapped end of a long caption ("Table 9. … Including its Worst" / "Forms") when a
/// header cell follows within a few lines; returns the index of the first body line.
fn skip_caption_tail(
    lines: &[Line],
    start: usize,
    warnings: &mut Vec<Warning>,
    is_header: impl Fn(&str) -> bool,
) -> usize {
    let Some(first) = lines.get(start) else {
        return start;
    };
    let t = first.text();
    let tail_like = first.kind() == Kind::Text
        && t.split_whitespace().count() <= MAX_TAIL_WORDS
        && !t.chars().any(|c| c.is_ascii_digit())
        && !t.ends_with('.')
        && !is_header(t);
    let header_follows = lines
        .iter()
        .skip(start + 1)
        .take(3)
        .any(|l| l.kind() == Kind::Text && is_header(l.text()));
    if tail_like && header_follows {
        warnings.push(Warning {
            line: first.no(),
            message: format!("{t:?} read as the end of the caption above, not as a table cell"),
        });
        start + 1
    } else {
        start
    }
}

/// "1. ILO. …", "12 U.S. Embassy …": an entry of the reference list.
fn starts_reference(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && t.get(digits..).is_some_and(|r| {
            r.starts_with(". ")
                || r.starts_with(' ') && r.trim_start().starts_with(char::is_uppercase)
        })
}

/// "REFERENCES", "References", "REFERENCES ON FILE": the start of the reference list.
pub(crate) fn is_references(t: &str) -> bool {
    let t = t.trim();
    crate::lines::strip_prefix_ci(t, "references").is_some_and(|rest| {
        rest.is_empty()
            || rest.starts_with(' ') && t.split_whitespace().count() <= 4 && !t.ends_with('.')
    })
}

/// A line of the running page header: the country name and the assessment label printed at the
/// top of each page, just after a page break.
fn is_page_top(lines: &[Line], i: usize) -> bool {
    // The header is at most the two lines after the break.
    (0..=2).any(|back| {
        i.checked_sub(back)
            .and_then(|j| lines.get(j))
            .is_some_and(|l| l.page_break())
    }) && lines.get(i).is_some_and(|l| {
        l.kind() == Kind::Text && l.text().chars().count() <= 100 && !l.text().ends_with('.')
    })
}

/// A header cell: one of the family's labels, a year (enforcement tables), or a `known` column,
/// possibly wrapped over a few lines. Returns the column name and the lines it took.
fn header_at(lines: &[Line], i: usize, known: Option<&[String]>) -> Option<(String, usize)> {
    let mut joined = String::new();
    // The known columns' slugs, made once (not per line joined and column).
    let mut known_slugs: Option<Vec<String>> = None;
    for take in 1..=MAX_HEADER_PARTS {
        let line = lines.get(i + take - 1)?;
        if line.kind() != Kind::Text {
            return None;
        }
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(line.text());
        let is_known = known.is_some_and(|k| {
            let slug = markup::slug(&joined, 12);
            !slug.is_empty()
                && known_slugs
                    .get_or_insert_with(|| k.iter().map(|c| markup::slug(c, 12)).collect())
                    .contains(&slug)
        });
        let is_label = is_header_label(&joined);
        let is_year = take == 1 && joined.len() == 4 && is_year_span(&joined);
        if is_known || is_label || is_year {
            return Some((joined, take));
        }
        if joined.chars().count() > 60 {
            return None;
        }
    }
    None
}

/// Share (in tenths) of a column's lines that must be short for it to be a value column.
const VALUE_SHARE: usize = 7;

/// Lines looked ahead past page furniture for the next column's header: a table whose columns
/// are split by a page footer ("Overview of …" labels, footer, then the "2020" column).
const FURNITURE_LOOKAHEAD: usize = 8;

/// One line of a column run: source line number, text, and whether a blank line stood before.
type RunLine<'a> = (usize, &'a str, bool);

/// A figure's caption ("Figure 1. Working Children by Sector, Ages 5-14"): the chart beside a
/// table, not a cell of it.
fn is_figure_caption(t: &str) -> bool {
    t.strip_prefix("Figure ")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// Rows of a table printed a row at a time, each cell a block of its own ("Working (% and
/// population)", "5-14 yrs.", "25.7 (694,458)", "Attending School (%)", …: the statistics and
/// ratification tables of many reports), which the column reader puts, after the first row,
/// all in the last column's run. Each later row is a label and one or more cells; a row that is
/// not full goes on with a short cell and ends at a longer one (the next label); a row with
/// fewer cells than columns lacks its middle ones (no age for "Primary Completion Rate"), so its
/// cells fill the last columns; a block of several labels followed by a block of as many cells
/// for each further column is as many rows. A figure's caption among the cells is dropped with
/// a warning. Reading stops at the first line that fits no row (a note under the table, chart labels).
/// Returns the rows and the run line reading stopped at (`last.len()` for none), or `None` for
/// any other table.
fn row_major(
    cols: &[(String, Vec<RunLine>)],
    warnings: &mut Vec<Warning>,
) -> Option<(Vec<RawRow>, usize)> {
    let ((_, last), head) = cols.split_last()?;
    if head.is_empty() || last.len() < 2 || head.iter().any(|c| c.1.len() != 1) {
        return None;
    }
    let n = cols.len();
    let first = head
        .iter()
        .filter_map(|c| c.1.first())
        .chain(last.first())
        .map(|r| r.1.to_string())
        .collect();
    let mut rows = vec![RawRow {
        line: head.first()?.1.first()?.0,
        cells: first,
    }];
    // The row being read: the run line of its label, the label and its short cells.
    let mut row: Option<(usize, &str, Vec<&str>)> = None;
    let mut dropped = Vec::new();
    // Cells of the last column printed before their rows' labels.
    let mut pending = std::collections::VecDeque::new();
    let mut stop = last.len();
    let mut k = 1;
    while let Some(&(_, text, after_blank)) = last.get(k) {
        if !after_blank {
            stop = k;
            break;
        }
        if is_figure_caption(text) {
            dropped.push((k, text));
            k += 1;
            // The caption's wrapped lines go with it.
            while last.get(k).is_some_and(|r| !r.2) {
                k += 1;
            }
            continue;
        }
        let len = block_len(last, k);
        if len > 1 {
            // A few rows printed a column at a time: a block of labels, then a block of as
            // many short cells for each further column; the last may go on with the cells of
            // the rows after it, printed before their labels ("UN CRC" … then "✓ ✓ ✓ N/A",
            // then "Palermo Protocol …"). Any other block is no cells.
            let group = (1..n).try_fold(k + len, |at, c| {
                let took = block_len(last, at);
                let fits = if c + 1 == n { took >= len } else { took == len };
                (fits
                    && last
                        .get(at..at + took)?
                        .iter()
                        .all(|r| r.1.chars().count() <= SHORT_CELL))
                .then_some(at + took)
            });
            // Labels are no figures ("Services" over "17.1%" is a chart's).
            let labels = last.get(k..k + len).is_some_and(|b| {
                b.iter()
                    .all(|r| !r.1.starts_with(|c: char| c.is_ascii_digit()))
            });
            let open_label = row.as_ref().is_some_and(|r| r.2.is_empty());
            let Some(after) = group.filter(|_| labels && !open_label) else {
                // Labels that fit no cells (no sentence among them, so no note under the
                // table): the table goes on in an order this reader does not know.
                let prose = last
                    .get(k..k + len)
                    .is_some_and(|b| b.iter().any(|r| ends_finished(r.1)));
                if labels && !prose {
                    return None;
                }
                stop = k;
                break;
            };
            if let Some(done) = row.take() {
                rows.push(full_row(done, last, n));
            }
            for r in k..k + len {
                let cells = (0..n)
                    .filter_map(|c| last.get(r + c * len).map(|x| x.1.to_string()))
                    .collect();
                let line = last.get(r).map_or(0, |x| x.0);
                rows.push(RawRow { line, cells });
            }
            let extra = k + n * len;
            pending.extend(
                last.get(extra..after)
                    .unwrap_or_default()
                    .iter()
                    .map(|r| r.1),
            );
            k = after;
            continue;
        }
        // A label with no cell takes the first cell printed before it.
        if let Some((_, _, cells)) = row.as_mut().filter(|r| r.2.is_empty()) {
            cells.extend(pending.pop_front());
        }
        let short = text.chars().count() <= SHORT_CELL;
        match &mut row {
            Some((_, _, cells)) if short && cells.len() + 1 < n => cells.push(text),
            // A full row, or a label after a row's first cell: the next row.
            Some((_, _, cells)) if cells.len() + 1 == n || !short && !cells.is_empty() => {
                if let Some(done) = row.replace((k, text, Vec::new())) {
                    rows.push(full_row(done, last, n));
                }
            }
            None => row = Some((k, text, Vec::new())),
            // A label after a label.
            _ => {
                stop = k;
                break;
            }
        }
        k += 1;
    }
    if let Some((_, _, cells)) = row.as_mut().filter(|r| r.2.is_empty()) {
        cells.extend(pending.pop_front());
    }
    match row {
        Some(done) if !done.2.is_empty() => rows.push(full_row(done, last, n)),
        // A label with no cell is no row.
        Some((label, _, _)) => stop = label,
        None => {}
    }
    // Cells left over fit no row.
    if rows.len() < 2 || !pending.is_empty() {
        return None;
    }
    for (at, text) in dropped.into_iter().filter(|d| d.0 < stop) {
        warnings.push(Warning {
            line: last.get(at).map_or(0, |r| r.0),
            message: format!("dropped {text:?} beside the table (not in any column)"),
        });
    }
    Some((rows, stop))
}

/// The lines of the block that starts at `run[at]`: it and the lines after it with no blank
/// line between (0 past the end).
fn block_len(run: &[RunLine], at: usize) -> usize {
    run.get(at).map_or(0, |_| {
        1 + run.iter().skip(at + 1).take_while(|r| !r.2).count()
    })
}

/// A row of `n` cells from a label (at run line `at` of `last`) and its short cells, these
/// filling the last columns.
fn full_row((at, label, cells): (usize, &str, Vec<&str>), last: &[RunLine], n: usize) -> RawRow {
    let line = last.get(at).map_or(0, |r| r.0);
    let mut out = vec![String::new(); n];
    if let Some(slot) = out.first_mut() {
        *slot = label.to_string();
    }
    let from = n.saturating_sub(cells.len());
    for (slot, cell) in out.iter_mut().skip(from.max(1)).zip(cells) {
        *slot = cell.to_string();
    }
    RawRow { line, cells: out }
}

/// Reads any other table: column runs started by header cells, cut into cells, fitted into rows.
fn scan_generic(lines: &[Line], start: usize, known: Option<&[String]>) -> Grid {
    if let Some(grid) = super::joined::scan(lines, start) {
        return grid;
    }
    if let Some(grid) = super::described::scan(lines, start) {
        return grid;
    }
    if let Some(grid) = super::legal::scan(lines, start) {
        return grid;
    }
    // The prose width, from the text after the table too (a continued part may follow another
    // table's lines, and other tables may follow it).
    let prose = || {
        (0..PROSE_WINDOWS)
            .map(|k| page_width(lines, (start + 2 * k * WIDTH_SAMPLE).min(lines.len())))
            .max()
            .unwrap_or(0)
    };
    if let Some(grid) = super::enforcement_blocks::scan(lines, start, prose) {
        return grid;
    }
    if let Some(grid) = super::legal_blocks::scan(lines, start, prose) {
        return grid;
    }
    let width = page_width(lines, start);
    let mut grid = Grid {
        end: start,
        ..Grid::default()
    };
    let limit = start.saturating_add(MAX_REGION_LINES).min(lines.len());
    let want = known.map_or(0, <[String]>::len);
    // Column runs: (header, lines).
    let mut cols: Vec<(String, Vec<RunLine>)> = Vec::new();
    // The run new lines go to: a block after a blank line fills the first column whose header
    // had no text under it yet (plain output often prints the header row, then the columns).
    let mut current = 0usize;
    let mut after_blank = false;
    // The last line read was a header standing alone (see below).
    let mut under_header = false;
    // The block before was a sector label put in the first column (see below): its
    // activities follow, however long their lines.
    let mut after_label = false;
    let mut end = start;
    let mut i = skip_caption_tail(lines, start, &mut grid.warnings, |t| {
        header_at(lines, 0, None).is_none() && is_header_label(t)
            || known.is_some_and(|k| k.iter().any(|c| c.eq_ignore_ascii_case(t)))
    });
    while i < limit {
        let Some(line) = lines.get(i) else { break };
        if ends_table(line) || line.kind() == Kind::Legend || super::is_subheading(line.text()) {
            break;
        }
        // The page's furniture before the part's first line is no row either: a browser PDF
        // viewer prints a continued caption at the foot of a page, then the page's country
        // (marked by the document) over its level and footer.
        let furniture = |j: usize, l: &Line| {
            is_furniture(l.text())
                || is_page_top(lines, j)
                || cols.is_empty()
                    && l.is_furniture()
                    && lines.get(j + 1).is_some_and(|n| is_furniture(n.text()))
        };
        if furniture(i, line) {
            // A page footer inside the table: go on only if a column header follows shortly.
            let next = (i + 1..limit.min(i + 1 + FURNITURE_LOOKAHEAD)).find(|&j| {
                lines
                    .get(j)
                    .is_some_and(|l| ends_table(l) || l.kind() != Kind::Blank && !furniture(j, l))
            });
            match next {
                Some(j) if header_at(lines, j, known).is_some() => {
                    // j > i: the scan always moves on.
                    i = j;
                    after_blank = true;
                    continue;
                }
                _ => break,
            }
        }
        // A section's numeral printed inside the table, its title after it ("V."): no cell.
        if line.kind() == Kind::Blank || crate::lines::is_lone_numeral(line.text()) {
            after_blank = true;
            i += 1;
            continue;
        }
        // A label that goes on a line stopped mid-phrase is that cell's ("Office of the
        // Public Prosecutor for" / "Children").
        let wraps = !after_blank
            && cols
                .get(current)
                .and_then(|c| c.1.last())
                .is_some_and(|l| l.0 + 1 == line.no() && ends_unfinished(l.1));
        let header = header_at(lines, i, known).filter(|(name, _)| {
            // A header already read is a line of a cell ("Decent Work Country" / "Program" /
            // "(2013–2017)").
            !wraps
                && !cols.iter().any(|c| c.0.eq_ignore_ascii_case(name))
                && (cols.first().is_none_or(|c| follows_header(&c.0, name))
                    || known.is_some_and(|k| k.iter().any(|c| c.eq_ignore_ascii_case(name))))
        });
        if let Some((name, took)) = header {
            if cols.len() < MAX_COLUMNS {
                cols.push((name, Vec::new()));
                current = cols.len() - 1;
            }
            // A header after a blank line, not in a row of headers: the line right under it
            // is its column's ("Sector/Industry" / "" / "Activity" / "Harvesting coffee …").
            under_header = after_blank;
            i += took;
            end = i;
            after_blank = false;
            continue;
        }
        let all_begun = !cols.is_empty()
            && (want == 0 || cols.len() >= want)
            && cols.iter().any(|c| !c.1.is_empty())
            && !cols.iter().any(|c| c.1.is_empty() && holds_text(&c.0));
        let long = line.text().chars().count() as f32 >= width as f32 * PROSE_RATIO;
        if after_blank && all_begun && long && !after_label {
            break;
        }
        after_label = false;
        if after_blank && current != 0 {
            // A sector label printed after the activities it heads (plain output places a
            // label by the middle of its rows, so it may follow some of them): the first
            // column's, and the activities go on in their column after it.
            let first_is = |is: fn(&str) -> bool| cols.first().is_some_and(|c| is(&c.0));
            let label = sector_label_at(lines, i, limit).filter(|_| first_is(is_sector_header));
            // A block of names printed after the descriptions they head ("Department of
            // Labor" / "Child Protection Alliance (CPA)" after the first agency's role): the
            // first column's.
            let described = cols.get(current).is_some_and(|c| {
                holds_text(&c.0)
                    && c.1
                        .iter()
                        .any(|l| l.1.chars().count() as f32 > width as f32 * NAME_SHARE)
            });
            let names = || {
                name_block_at(lines, i, limit, width)
                    .filter(|_| described && first_is(is_name_header))
            };
            let block = label
                .map(|took| (took, true))
                .or_else(|| names().map(|took| (took, false)));
            if let (Some((took, is_label)), Some(c)) = (block, cols.first_mut()) {
                for (k, l) in lines
                    .get(i..i + took)
                    .unwrap_or_default()
                    .iter()
                    .enumerate()
                {
                    c.1.push((l.no(), l.text(), k == 0));
                }
                i += took;
                end = i;
                after_blank = false;
                after_label = is_label;
                continue;
            }
        }
        if cols.is_empty() {
            // Text before any header: a continued table whose header was not repeated, or a
            // table whose header we do not know. Its first column.
            let name = known.and_then(|k| k.first().cloned()).unwrap_or_default();
            cols.push((name, Vec::new()));
            current = 0;
        }
        let under = std::mem::take(&mut under_header) && !after_blank;
        if !under && (after_blank || cols.get(current).is_some_and(|c| c.1.is_empty())) {
            if let Some(empty) = cols.iter().position(|c| c.1.is_empty()) {
                current = empty;
            }
        }
        if let Some(c) = cols.get_mut(current) {
            c.1.push((line.no(), line.text(), after_blank));
        }
        after_blank = false;
        i += 1;
        end = i;
    }
    grid.end = end;
    let first_line = lines.get(start).map_or(0, |l| l.no());
    if cols.is_empty() || cols.iter().all(|c| c.1.is_empty()) {
        grid.columns = cols.into_iter().map(|c| c.0).collect();
        return grid;
    }
    // Columns: the known ones when the runs are a subset of them, else the headers read.
    grid.columns = cols.iter().map(|c| c.0.clone()).collect();
    if let Some(k) = known {
        let named_in_k = |name: &str| {
            k.iter()
                .any(|x| markup::slug(x, 12) == markup::slug(name, 12))
        };
        if cols.len() <= k.len() && cols.iter().all(|c| c.0.is_empty() || named_in_k(&c.0)) {
            grid.columns = k.to_vec();
        }
    }
    if grid.columns.len() == cols.len() {
        if let Some((rows, stop)) = row_major(&cols, &mut grid.warnings) {
            // The lines from where reading stopped are no part of the table.
            if let Some(&(no, _, _)) = cols.last().and_then(|c| c.1.get(stop)) {
                if let Some(at) = lines
                    .get(start..end)
                    .and_then(|r| r.iter().position(|l| l.no() == no))
                {
                    grid.end = start + at;
                }
            }
            grid.rows = rows;
            return grid;
        }
    }
    // Cut each run into cells (with the source line of each); the run with the most text sets
    // the row count, and the others are cut to fit it.
    // A value column (right of the labels, most lines short: "Yes (2)", "274 (2)", "2016"):
    // one cell per line, a line opening with "(" or a lower-case word going on the cell above.
    let is_value = |c: usize, run: &[RunLine]| {
        c > 0
            && !run.is_empty()
            && run
                .iter()
                .filter(|r| r.1.chars().count() <= SHORT_CELL)
                .count()
                * 10
                >= run.len() * VALUE_SHARE
    };
    let cut_values = |run: &[RunLine]| -> Vec<(usize, String)> {
        let mut out: Vec<(usize, String)> = Vec::new();
        for &(no, text, _) in run {
            match out.last_mut() {
                Some(last)
                    if text.starts_with(['(', '$']) && last.1.ends_with('-')
                        || text.starts_with('(')
                        || text.starts_with(char::is_lowercase) =>
                {
                    last.1.push(' ');
                    last.1.push_str(text);
                }
                _ => out.push((no, text.to_string())),
            }
        }
        out
    };
    let cut_run = |run: &[RunLine], n: Option<usize>| -> Vec<(usize, String)> {
        let texts: Vec<&str> = run.iter().map(|r| r.1).collect();
        let blanks: Vec<bool> = run.iter().map(|r| r.2).collect();
        // A list of one-line items: every line opens a new phrase and none stops mid-phrase.
        let one_per_line =
            n.is_none() && texts.iter().all(|t| starts_new(t) && !ends_unfinished(t));
        let points = if one_per_line {
            (0..=texts.len()).collect()
        } else {
            split_points_marked(&texts, n, &blanks)
        };
        points
            .windows(2)
            .filter_map(|w| {
                let no = run.get(w[0])?.0;
                Some((no, join_lines(texts.get(w[0]..w[1])?)))
            })
            .collect()
    };
    // The row count: the most values of a value column, else the cells of the text column with
    // the most text.
    let first_cut: Vec<(bool, Vec<(usize, String)>)> = cols
        .iter()
        .enumerate()
        .map(|(c, (_, run))| {
            if is_value(c, run) {
                (true, cut_values(run))
            } else {
                (false, cut_run(run, None))
            }
        })
        .collect();
    let main = cols
        .iter()
        .enumerate()
        .filter(|(c, _)| !first_cut.get(*c).is_some_and(|f| f.0))
        .max_by_key(|(_, c)| c.1.iter().map(|l| l.1.len()).sum::<usize>())
        .map_or(0, |(i, _)| i);
    let rows = first_cut
        .iter()
        .filter(|f| f.0)
        .map(|f| f.1.len())
        .max()
        .or_else(|| first_cut.get(main).map(|f| f.1.len()))
        .unwrap_or(0)
        .min(MAX_ROWS);
    let mut fitted: Vec<Vec<(usize, String)>> = Vec::with_capacity(cols.len());
    let mut misfit = Vec::new();
    for ((name, run), (value, cells)) in cols.iter().zip(first_cut) {
        if cells.len() == rows || run.is_empty() {
            fitted.push(cells);
            continue;
        }
        if !value && run.len() >= rows {
            let refit = cut_run(run, Some(rows));
            if refit.len() == rows {
                fitted.push(refit);
                continue;
            }
        }
        misfit.push(name.clone());
        fitted.push(cells);
    }
    // Sector labels over their activities: given to the rows by the same ordered split as the
    // areas of the actions table.
    if let (Some((name, run)), Some(items)) = (cols.first(), fitted.get(main)) {
        if main != 0 && misfit.first() == Some(name) {
            if let Some(labels) = read_sector_labels(run) {
                let mut groups: Vec<usize> = labels.iter().map(|l| l.1).collect();
                crate::sort::sort_by_key(&mut groups, |&g| g);
                groups.dedup();
                let texts: Vec<String> = items.iter().map(|c| c.1.clone()).collect();
                let assigned =
                    assign_groups(&texts, &groups, &[], Rows::default(), &SECTORS, false);
                let mut cells: Vec<(usize, String)> = Vec::with_capacity(items.len());
                let mut prev = None;
                for (k, item) in items.iter().enumerate() {
                    let g = assigned.get(k).copied();
                    let label = match g {
                        Some(g) if prev != Some(g) => labels
                            .iter()
                            .find(|l| l.1 == g)
                            .map_or(String::new(), |l| l.0.clone()),
                        _ => String::new(),
                    };
                    prev = g.or(prev);
                    cells.push((item.0, label));
                }
                if let Some(slot) = fitted.first_mut() {
                    *slot = cells;
                }
                misfit.remove(0);
                grid.warnings.push(Warning {
                    line: first_line,
                    message: "plain-text table: sectors given to activities by keyword, in the sectors' printed order".into(),
                });
            }
        }
    }
    if !misfit.is_empty() {
        grid.warnings.push(Warning {
            line: first_line,
            message: format!(
                "plain-text table: the rows of column(s) {} could not be lined up with the others; their cells are given in reading order",
                misfit
                    .iter()
                    .map(|m| format!("{m:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        });
    }
    // Map run columns onto the output columns by name where possible.
    let positions: Vec<usize> = cols
        .iter()
        .enumerate()
        .map(|(c, (name, _))| {
            grid.columns
                .iter()
                .position(|k| !name.is_empty() && markup::slug(k, 12) == markup::slug(name, 12))
                .unwrap_or(c)
        })
        .collect();
    let total_rows = fitted.iter().map(Vec::len).max().unwrap_or(0).min(MAX_ROWS);
    let width_out = grid
        .columns
        .len()
        .max(positions.iter().map(|p| p + 1).max().unwrap_or(0));
    for r in 0..total_rows {
        let mut cells = vec![String::new(); width_out];
        for (c, col) in fitted.iter().enumerate() {
            if let (Some((_, text)), Some(&p)) = (col.get(r), positions.get(c)) {
                if let Some(slot) = cells.get_mut(p) {
                    if !slot.is_empty() {
                        slot.push(' ');
                    }
                    slot.push_str(text);
                }
            }
        }
        let line = fitted
            .get(main)
            .and_then(|m| m.get(r))
            .or_else(|| fitted.iter().find_map(|c| c.get(r)))
            .map_or(first_line, |x| x.0);
        grid.rows.push(RawRow { line, cells });
    }
    grid
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    fn caption(title: &str) -> Caption {
        Caption {
            number_text: "11".into(),
            number: Some(11),
            title: title.into(),
            continued: false,
        }
    }

    #[test]
    fn header_labels_in_any_case() {
        for t in [
            "Sector/Industry",
            "YEAR(S) SUGGESTED",
            "area",
            "Meets International Standards",
        ] {
            assert!(is_header_label(t), "{t}");
        }
        for t in ["Areas", "Year", "Ağe", "Role of the agency", ""] {
            assert!(!is_header_label(t), "{t}");
        }
        // Not ASCII: the characters' lower case decides ("İ" is "i").
        assert!(is_header_label("POLİCY") && is_header_label("ROLE & DESCRİPTİON"));
    }

    #[test]
    fn year_spans() {
        for y in [
            "2016 – 2021",
            "2020-2021",
            "2021",
            "2009 — 2013",
            "2018 -- 2019",
        ] {
            assert!(is_year_span(y), "{y}");
        }
        for y in [
            "21",
            "2016 –",
            "2016 --",
            "Page 2021",
            "1800",
            "2021 – 2022 – 2023",
        ] {
            assert!(!is_year_span(y), "{y}");
        }
    }

    #[test]
    fn entries_split_at_the_likeliest_gaps() {
        let lines = [
            "Ensure that minimum age provisions and hazardous work prohibitions apply to all children, including those",
            "working without an employment contract.",
            "Criminally prohibit and penalize the use of a child for prostitution.",
            "Strengthen the labor inspection system by eliminating barriers for onsite and unannounced inspections.",
            "Publish information on the labor inspectorate's funding and provide trainings for new labor inspectors as well",
            "as trainings on new labor laws.",
        ];
        let e = split_entries(&lines, Some(4));
        assert_eq!(e.len(), 4);
        assert!(e[0].ends_with("without an employment contract."));
        assert!(e[3].starts_with("Publish") && e[3].ends_with("new labor laws."));
        assert_eq!(split_entries(&lines, None), e);
        // Asked for more cells than there are possible cuts: as many as can be told apart.
        assert_eq!(split_entries(&lines, Some(9)).len(), 4);
        assert!(split_entries(&[], Some(3)).is_empty());
    }

    #[test]
    fn a_descriptions_closing_sentence_starts_no_cell() {
        let lines = [
            "Government program that provides shelter to street children. (44)",
            "Research was unable to determine whether activities were undertaken during the reporting period.",
            "A $2.5 million fund that provides assistance to poor households. (45)",
        ];
        let e = split_entries(&lines, Some(2));
        assert!(e[0].ends_with("during the reporting period."), "{e:?}");
        assert!(e[1].starts_with("A $2.5 million fund"));
        assert_eq!(split_entries(&lines, None).len(), 2);
    }

    #[test]
    fn hyphens_at_line_ends_rejoin() {
        assert_eq!(
            join_lines(&["the inspec-", "tions and", "Labor-", "Ministry"]),
            "the inspections and Labor- Ministry"
        );
    }

    #[test]
    fn areas_split_in_order_by_keyword_score() {
        let acts: Vec<String> = [
            "Ensure that the law prohibits the use of children in illicit activities.",
            "Raise the minimum age for work to 15.",
            "Increase the number of labor inspectors.",
            "Publish information on penalties imposed.",
            "Conduct research on child labor in agriculture.",
            "Institute programs to address child labor.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            assign_areas(&acts, &[0, 1, 4], &[], Rows::default()),
            [0, 0, 1, 1, 4, 4]
        );
        // Every area keeps at least one action even when its keywords are weak.
        assert_eq!(
            assign_areas(&acts[..3], &[0, 1, 4], &[], Rows::default()),
            [0, 1, 4]
        );
        // Fewer actions than areas: the order still holds.
        let two = assign_areas(&acts[..2], &[0, 1, 4], &[], Rows::default());
        assert!(two.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(assign_areas(&acts, &[3], &[], Rows::default()), [3; 6]);
        assert!(assign_areas(&acts, &[], &[], Rows::default()).is_empty());
    }

    #[test]
    fn area_labels() {
        assert_eq!(area_of_label("Legal Framework"), Some(0));
        assert_eq!(area_of_label("Laws and Regulations"), Some(0));
        assert_eq!(area_of_label("Laws"), Some(0));
        assert_eq!(area_of_label("Social Programs"), Some(4));
        assert_eq!(area_of_label("Government Policies"), Some(3));
        assert_eq!(area_of_label("Publish information"), None);
    }

    fn scan_fixture(text: &str) -> Vec<Grid> {
        scan_fixture_of(text, None)
    }

    /// [`scan_fixture`] with the page furniture of a report on `country` marked, as the
    /// document walk marks it.
    fn scan_fixture_of(text: &str, country: Option<&str>) -> Vec<Grid> {
        let mut lines = split(text);
        crate::sections::mark_furniture(&mut lines, country);
        let mut out: Vec<Grid> = Vec::new();
        for (i, l) in lines.iter().enumerate() {
            if let Some(c) = crate::lines::scan_caption(l.text()) {
                let known = if c.continued {
                    out.first().map(|g| g.columns.clone())
                } else {
                    None
                };
                out.push(scan(&lines, i + 1, &c, known.as_deref()));
            }
        }
        out
    }

    use super::super::action_rows as rows;

    #[test]
    fn kazakhstan_2021_actions_over_two_pages() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_kazakhstan_2021_actions.txt"
        ));
        assert_eq!(g.len(), 2);
        let a = rows(&g[0]);
        assert_eq!(a.len(), 11);
        assert_eq!(a[0].0, "Legal Framework");
        assert!(a[0].1.ends_with("working without an employment contract."));
        assert_eq!(a[0].2, "2016 – 2021");
        assert_eq!(a[2].0, "Legal Framework");
        assert_eq!(a[3].0, "Enforcement");
        assert!(a[3].1.starts_with("Strengthen the labor inspection system"));
        assert_eq!(a[3].2, "2020-2021");
        assert_eq!(a[8].0, "Enforcement");
        assert_eq!(a[9].0, "Social Programs");
        assert!(a[9].1.starts_with("Conduct research"));
        assert_eq!(a[10].2, "2021");
        let b = rows(&g[1]);
        assert_eq!(b.len(), 3);
        assert!(b.iter().all(|r| r.0 == "Social Programs"));
        assert_eq!(b[0].2, "2018 – 2021");
        assert_eq!(b[2].1, "Institute programs to address child labor, particularly in the agriculture and service sectors.");
    }

    #[test]
    fn brazil_2021_actions_with_areas_after_the_actions() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_brazil_2021_actions.txt"
        ));
        assert_eq!(g.len(), 2);
        let a = rows(&g[0]);
        assert_eq!(a.len(), 6);
        assert_eq!(a.iter().filter(|r| r.0 == "Legal Framework").count(), 3);
        assert_eq!(a[5].0, "Enforcement");
        assert_eq!(a[5].2, "2021");
        let b = rows(&g[1]);
        assert_eq!(b.len(), 9);
        assert_eq!(b[0].0, "Enforcement");
        assert_eq!(b[2].0, "Coordination");
        assert_eq!(b[4].0, "Government Policies");
        assert_eq!(b[5].0, "Social Programs");
        assert!(b[5].1.starts_with("Remove barriers to education"));
        assert_eq!(b[8].2, "2012 – 2021");
    }

    #[test]
    fn afghanistan_2013_actions_with_laws_area() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_afghanistan_2013_actions.txt"
        ));
        let a = rows(&g[0]);
        assert_eq!(a.len(), 13);
        assert_eq!(a[7].1, "Ratify the Palermo Protocol");
        // The label as printed; the area is read from it later.
        assert_eq!(a[7].0, "Laws");
        assert_eq!(a[8].0, "Enforcement");
        let b = rows(&g[1]);
        assert_eq!(b.len(), 11);
        assert_eq!(b[2].0, "Enforcement");
        assert_eq!(b[3].0, "Coordination");
        assert_eq!(b[10].0, "Social Programs");
    }

    #[test]
    fn generic_table_fits_labels_to_descriptions() {
        let text = "Table 9. Key Policies Related to Child Labor\nPolicy\nNational Action Plan on\nElimination of the Worst\nForms of Child Labor\n(2020–2022)†\nNational Action Plan to\nCounter Trafficking in Persons\n(2018–2020)\n\nDescription\nAddresses three priority areas, including (a) the creation of policies and laws to combat the worst forms of\nchild labor; (b) the creation of programs to monitor vulnerable communities. (44)\nAddresses priority areas, including (a) prevention of forced child labor in the cotton and construction sectors;\n(b) exchange of information among government agencies. (15)\n\n† Policy was approved during the reporting period.\n";
        let g = scan_fixture(text);
        assert_eq!(g[0].columns, ["Policy", "Description"]);
        assert_eq!(g[0].rows.len(), 2);
        assert_eq!(
            g[0].rows[0].cells[0],
            "National Action Plan on Elimination of the Worst Forms of Child Labor (2020–2022)†"
        );
        assert_eq!(
            g[0].rows[1].cells[0],
            "National Action Plan to Counter Trafficking in Persons (2018–2020)"
        );
        assert!(g[0].rows[1].cells[1].ends_with("agencies. (15)"));
        assert!(g[0].warnings.is_empty());
    }

    #[test]
    fn hostile_input_never_panics() {
        let junk =
            "Table 11. Suggested Government Actions\nArea\n\u{1F600}é\nLegal\n2021\n\u{c}x\n"
                .repeat(100);
        let _ = scan_fixture(&junk);
        let junk = "Table 2. Sectors\nSector/Industry\né\n\nActivity\n\u{c}2021\n".repeat(100);
        let _ = scan_fixture(&junk);
        let empty = split("");
        assert_eq!(scan(&empty, 3, &caption("X"), None).end, 3);
    }

    /// Work grows linearly: the actions reader never looks past its window, however long the
    /// input after the caption.
    #[test]
    fn actions_window_bounds_the_look_ahead() {
        let body = "Ensure that the law prohibits child labor in all sectors of the economy.\n"
            .repeat(5000);
        let text = format!("Table 11. Suggested Government Actions\nArea\nSuggested Action\nLegal Framework\n{body}");
        let g = scan_fixture(&text);
        assert!(g[0].end <= ACTIONS_WINDOW + 1);
        assert!(g[0].rows.len() <= ACTIONS_WINDOW);
    }

    /// A converter that keeps table rows together (Chromium's print of the HTML report): the
    /// year spans and area labels stand between the action lines, the header repeats on each
    /// page, and the caption wraps.
    #[test]
    fn interleaved_rows_with_labels_beside_their_actions() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_chromium_kazakhstan_2013_actions.txt"
        ));
        let a = rows(&g[0]);
        assert_eq!(a.len(), 8);
        let areas: Vec<&str> = a.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(
            areas,
            [
                "Enforcement",
                "Enforcement",
                "Enforcement",
                "Coordination",
                "Coordination",
                "Government Policies",
                "Social Programs",
                "Social Programs"
            ]
        );
        assert!(a[0].1.starts_with("Collect and make available"));
        assert_eq!(
            a[2].1,
            "Supply adequate funding for child labor inspections."
        );
        assert_eq!(a[2].2, "2010 – 2013");
        assert_eq!(
            a[7].1,
            "Assess the impact that existing programs have on child labor."
        );
        assert!(g[0].warnings.iter().any(|w| w.message.contains("Forms")));
    }

    #[test]
    fn learned_weights_rank_areas_and_count_a_stem_once() {
        let best = |t: &str| {
            let lower = case::lower_str(t);
            let w = learned_scores(&words_of(&lower));
            (0..5).max_by_key(|&a| w[a]).unwrap_or(9)
        };
        assert_eq!(best("Increase the number of labor inspectors."), 1);
        assert_eq!(best("Adopt a national action plan on child labor."), 3);
        assert_eq!(best("Ensure that the law criminally prohibits the use of children in illicit activities."), 0);
        assert_eq!(
            best("Expand existing social programs to reach children in agriculture."),
            4
        );
        let w = |t: &str| learned_scores(&words_of(t));
        assert_eq!(w("publish publishing published"), w("publish"));
        assert_ne!(w("publish"), [0; 5]);
        // An action starting with a stem counts it once anywhere and once among the lead words.
        assert_ne!(w("publish"), w("data on it publish"));
    }

    #[test]
    fn a_label_just_before_an_action_starts_its_area_there() {
        // A browser PDF viewer's copy (Comoros 2019): "Government" / "Policies" stood just
        // before the third action; the second, about a plan, leans to Government Policies.
        let acts: Vec<String> = [
            "Ensure that the coordinating mechanisms are active and receive adequate funding to fulfill their missions.",
            "Develop a national action plan and corresponding coordinating body to address trafficking in persons.",
            "Ensure that relevant policies are implemented, address child labor-related mandates, and report on yearly activities.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let hints = [None, Some(2)];
        assert_eq!(
            assign_areas(&acts, &[2, 3], &hints, Rows::default()),
            [2, 3, 3]
        );
        let rows = Rows {
            starts: &[false, true],
            ..Rows::default()
        };
        assert_eq!(assign_areas(&acts, &[2, 3], &hints, rows), [2, 2, 3]);
    }

    #[test]
    fn a_part_opening_with_the_pages_country_and_level_has_no_row_of_them() {
        // A browser PDF viewer's copy: "Table 6 … (Cont.)" printed at the foot of the page,
        // then the page's country (marked furniture by the document), level and footer.
        let text = "Argentina\nSIGNIFICANT ADVANCEMENT\n6 BUREAU OF INTERNATIONAL LABOR AFFAIRS 2019 FINDINGS ON THE WORST FORMS OF CHILD LABOR\nDuring 2019, the Special Prosecutor’s Office reported convictions for trafficking.\n";
        let known: Vec<String> = ["Overview of Labor Law Enforcement", "2018", "2019"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let mut lines = split(text);
        assert_eq!(scan_generic(&lines, 0, Some(&known)).rows.len(), 1);
        lines[0].set_furniture();
        assert!(scan_generic(&lines, 0, Some(&known)).rows.is_empty());
    }

    #[test]
    fn label_hints_outweigh_weak_keywords() {
        let acts: Vec<String> = [
            "Increase inspections.",
            "Improve the NCCCL's plan.",
            "Assess policies.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Without a hint the plan goes to Government Policies; the label beside it says
        // Coordination.
        assert_eq!(
            assign_areas(&acts, &[1, 2, 3], &[], Rows::default()),
            [1, 2, 3]
        );
        assert_eq!(
            assign_areas(&acts, &[1, 2, 3], &[None, Some(1), None], Rows::default()),
            [1, 2, 3]
        );
        let acts2: Vec<String> = [
            "Increase inspections.",
            "Publish inspection data.",
            "Improve the plan.",
            "Adopt a policy.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            assign_areas(&acts2, &[1, 2, 3], &[], Rows::default()),
            [1, 1, 2, 3]
        );
        assert_eq!(
            assign_areas(&acts2, &[1, 2, 3], &[None, Some(1), None], Rows::default()),
            [1, 2, 3, 3]
        );
    }

    fn texts(g: &Grid) -> Vec<Vec<&str>> {
        g.rows
            .iter()
            .map(|r| r.cells.iter().map(String::as_str).collect())
            .collect()
    }

    /// Labels, then the page footer, then the "2020" and "2021" columns of values.
    #[test]
    fn value_columns_after_a_page_footer() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_kazakhstan_2021_enforcement.txt"
        ));
        let g = &g[0];
        assert_eq!(
            g.columns,
            ["Overview of Labor Law Enforcement", "2020", "2021"]
        );
        let t = texts(g);
        assert_eq!(t.len(), 6);
        assert_eq!(
            t[0],
            [
                "Labor Inspectorate Funding",
                "$3.1 million (1.3 billion KZT) (2)",
                "Unknown"
            ]
        );
        assert_eq!(t[1], ["Number of Labor Inspectors", "274 (2)", "256 (1)"]);
        assert_eq!(t[5], ["Refresher Courses Provided", "Yes (2)", "Yes (1)"]);
        assert!(g.warnings.is_empty());
    }

    /// "Convention" and "Ratification" headers first, then the conventions (the ticks are
    /// images); prose after a blank line ends the table.
    #[test]
    fn header_row_first_then_the_first_column() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_kazakhstan_2021_ratification.txt"
        ));
        let t = texts(&g[0]);
        assert_eq!(t.len(), 6);
        assert_eq!(t[0], ["ILO C. 138, Minimum Age", ""]);
        assert_eq!(t[5], ["Palermo Protocol on Trafficking in Persons", ""]);
        assert_eq!(g[0].end, 24, "ends after \"Palermo …\" (line 143)");
    }

    /// Wrapped agency names, split over two blocks, fitted to the roles' count.
    #[test]
    fn labels_fitted_to_descriptions() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_kazakhstan_2021_agencies.txt"
        ));
        let t = texts(&g[0]);
        assert_eq!(t.len(), 5);
        assert_eq!(t[0][0], "Ministry of Labor and Social Protection (MLSP)");
        assert!(t[0][1].starts_with("Enforces child labor laws"));
        assert_eq!(t[2][0], "Ministry of Internal Affairs (MOIA)");
        assert!(t[4][1].starts_with("Receive reports of illegal child labor."));
        // The prose after the table is not part of it.
        assert!(!t.iter().any(|r| r[1].contains("mobile squads")));
    }

    /// Plain `pdftotext` of the Uzbekistan 2016 PDF: the "REFERENCES" title stands among the
    /// area labels, the reference list follows the actions after a blank line, and the year
    /// spans come after the page number.
    #[test]
    fn references_beside_the_table_are_not_actions() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_uzbekistan_2016_actions.txt"
        ));
        let a = rows(&g[0]);
        assert_eq!(a.len(), 18);
        assert_eq!(a[17].1, "Expand programs to address the worst forms of child labor, with a particular focus on child trafficking and children involved in cotton production.");
        assert_eq!(a[17].2, "2009 – 2016");
        assert_eq!(a[0].0, "Legal Framework");
        assert_eq!(a[2].0, "Enforcement");
        assert_eq!(a[11].0, "Coordination");
        assert_eq!(a[12].0, "Government Policies");
    }

    #[test]
    fn sectors_split_over_activities_in_order() {
        let acts: Vec<String> = [
            "Farming, including harvesting vegetables (1,6-9)",
            "Herding cattle (6)",
            "Construction† and road repair, activities unknown (1,6,10)",
            "Working in markets and on the streets (1,2)",
            "Domestic work, including childcare (1,6)",
            "Commercial sexual exploitation (1,3,8)",
            "Forced begging (3,10)",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let got = assign_groups(&acts, &[0, 1, 2, 3], &[], Rows::default(), &SECTORS, false);
        assert_eq!(got, [0, 0, 1, 2, 2, 3, 3]);
        let run: Vec<RunLine> = vec![
            (1, "Services", false),
            (2, "Categorical Worst", false),
            (3, "Forms of Child Labor‡", false),
        ];
        let labels = read_sector_labels(&run).unwrap();
        assert_eq!(
            labels[1],
            ("Categorical Worst Forms of Child Labor‡".to_string(), 3)
        );
        assert!(read_sector_labels(&[(1, "Ministry of Labor", false)]).is_none());
    }

    /// Plain `pdftotext` of the Mexico 2021 PDF: one action, a blank line and the area labels,
    /// then the other eighteen actions.
    #[test]
    fn actions_on_both_sides_of_the_area_labels() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_mexico_2021_actions.txt"
        ));
        let a = rows(&g[0]);
        assert_eq!(a.len(), 19);
        assert_eq!(a[0].0, "Legal Framework");
        assert!(a[1]
            .1
            .starts_with("Significantly increase the number of labor inspectors"));
        assert_eq!(a[1].0, "Enforcement");
        assert!(a[18]
            .1
            .starts_with("Implement or expand social protection programs"));
        assert_eq!(a[18].0, "Social Programs");
    }

    /// Plain `pdftotext` of the Sri Lanka 2017 PDF: most year spans stand between the actions,
    /// three after the page number; every span counts.
    #[test]
    fn year_spans_between_and_after_the_actions() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_sri_lanka_2017_actions.txt"
        ));
        let a = rows(&g[0]);
        assert_eq!(a.len(), 10);
        assert!(a[9]
            .1
            .starts_with("Ensure that the definition of child labor used in the NCLS report"));
        assert_eq!(a[6].0, "Coordination");
        assert_eq!(a[7].0, "Government Policies");
        assert!(g[0]
            .warnings
            .iter()
            .any(|w| w.message.contains("apart from their actions")));
    }

    /// Plain `pdftotext` of the Venezuela 2016 PDF: year lists ("2009, 2011 – 2016", and
    /// "2010 – 2011," wrapped before "2013 – 2016"); on the "(cont)" page two spans stand among
    /// the actions and the other seven after the first column of the reference list.
    #[test]
    fn year_lists_and_spans_after_the_reference_list() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_venezuela_2016_actions_year_lists.txt"
        ));
        assert_eq!(g.len(), 2);
        let first = rows(&g[0]);
        assert_eq!(first.len(), 7);
        assert_eq!(first[0].2, "2009, 2011 – 2016");
        let cont = rows(&g[1]);
        assert_eq!(cont.len(), 9);
        assert!(cont.iter().any(|r| r.2 == "2010 – 2011, 2013 – 2016"));
        assert!(cont[8]
            .1
            .starts_with("Increase funding and follow-up services"));
        assert_eq!(cont[8].0, "Social Programs");
        assert!(is_year_span("2009, 2011 – 2016"));
        assert!(is_year_span("2010 – 2011,"));
        assert!(!is_year_span(","));
        assert!(!is_year_span("2016, and"));
        // Ghana 2013.
        assert!(is_year_span("2009 –2 013"));
    }

    /// Plain `pdftotext` of the Chad 2016 PDF: two spans among the actions (the second just
    /// before the REFERENCES title), the other fifteen after the list's first entries. The run
    /// before the title does not complete the table while spans are missing.
    #[test]
    fn year_run_before_the_references_title_is_not_the_last() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_chad_2016_actions_spans_after_references.txt"
        ));
        let a = rows(&g[0]);
        assert_eq!(a.len(), 17);
        assert!(a.iter().all(|r| !r.2.is_empty()));
        assert!(a[0]
            .1
            .starts_with("Ensure that laws specifically prohibit children"));
        assert!(a[16]
            .1
            .starts_with("Establish or expand programs to provide services"));
        assert_eq!(a[16].0, "Social Programs");
        assert!(a.iter().all(|r| !r.1.contains("Embassy")));
    }

    /// Plain `pdftotext` of the Honduras 2019 PDF: the page number printed after the first
    /// action, with the other nine after it on the same page, does not close the table.
    #[test]
    fn page_number_among_the_actions_is_no_footer() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_honduras_2019_actions_page_number.txt"
        ));
        let a = rows(&g[0]);
        assert_eq!(a.len(), 10);
        assert!(a.iter().all(|r| !r.2.is_empty()));
        assert!(a[0].1.starts_with("Raise the minimum working age of 14"));
        assert_eq!(a[0].0, "Legal Framework");
        assert!(a[1]
            .1
            .starts_with("Ensure that labor and criminal law enforcement"));
        assert_eq!(a[1].0, "Enforcement");
        assert!(a[9].1.ends_with("African descent and indigenous children."));
        assert_eq!(a[9].0, "Social Programs");
        assert_eq!(a[9].2, "2017 – 2019");
    }

    /// Plain `pdftotext` of the Tanzania 2020 PDF: a four-column table whose "Related Entity"
    /// column ("Mainland and" / "Zanzibar") comes out between the area labels and the actions.
    /// Its short lines are entity cells, not actions.
    #[test]
    fn related_entity_column_is_no_action() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_tanzania_2020_actions_related_entity.txt"
        ));
        assert_eq!(
            g[0].columns,
            [
                "Area",
                "Related Entity",
                "Suggested Action",
                "Year(s) Suggested"
            ]
        );
        let a = rows(&g[0]);
        assert_eq!(a.len(), 6);
        assert!(a.iter().all(|r| r.0 == "Legal Framework"));
        assert!(a[0]
            .1
            .starts_with("Ensure that minimum age protections apply"));
        assert_eq!(a[5].1, "Establish by law free basic public education.");
        assert_eq!(a[5].2, "2016 – 2020");
        let entity: Vec<&str> = g[0].rows.iter().map(|r| r.cells[1].as_str()).collect();
        assert_eq!(entity[0], "Mainland and Zanzibar");
        assert_eq!(entity[1], "Mainland");
        assert_eq!(entity[5], "Mainland");
    }

    /// Plain `pdftotext` of the Bosnia and Herzegovina 2019 PDF: the first entity cell is printed
    /// on the area label's line ("Legal Framework BD, FBiH, RS"), under a wrapped header.
    #[test]
    fn entity_cell_beside_its_area_label() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_bosnia_and_herzegovina_2019_actions_entity_beside_label.txt"
        ));
        let a = rows(&g[0]);
        assert_eq!(a.len(), 8);
        assert!(a.iter().all(|r| r.0 == "Legal Framework"));
        assert!(a[0]
            .1
            .starts_with("Ensure that the minimum age for work applies"));
        assert!(a[7].1.starts_with("Ensure that the hazardous occupations"));
        let entity: Vec<&str> = g[0].rows.iter().map(|r| r.cells[1].as_str()).collect();
        assert_eq!(entity[0], "BD, FBiH, RS");
        assert_eq!(entity[6], "BiH, BD, FBiH, RS");
        assert!(area_and_entity("Laws and Regulations").is_none());
        assert!(area_and_entity("Government Policies Mainland").is_some());
    }

    /// Plain `pdftotext` of the Afghanistan 2018 PDF: the reference list's first numbers
    /// ("2" / "3" "4" / "5" / "6") stand after the area labels, then year spans, then eight more
    /// actions on the same page; the numbers close no table.
    #[test]
    fn reference_numbers_among_the_actions_are_no_footer() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_afghanistan_2018_actions_reference_numbers_among.txt"
        ));
        let a = rows(&g[0]);
        assert_eq!(a.len(), 19);
        assert!(a.iter().all(|r| !r.2.is_empty()));
        assert!(a[11]
            .1
            .starts_with("Ensure that labor inspectors and criminal investigators are available"));
        assert!(a[18]
            .1
            .starts_with("Provide financial support to open shelters"));
        assert_eq!(a[18].0, "Social Programs");
    }

    /// Plain `pdftotext` of the Kiribati 2020 PDF: the "REFERENCES" title and the list's first
    /// numbers stand among the area labels, and the last three actions come after them on the
    /// same page, before the list's texts; the title closes no table, and the blank line after
    /// those actions ends it.
    #[test]
    fn actions_after_a_references_title_among_the_labels() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_kiribati_2020_actions_after_references_title.txt"
        ));
        let a = rows(&g[0]);
        assert_eq!(a.len(), 12);
        assert!(a[8].1.starts_with("Adopt a policy that addresses"));
        assert_eq!(a[8].0, "Government Policies");
        assert!(a[9].1.starts_with("Collect and publish data on the extent"));
        assert!(a[11]
            .1
            .ends_with("crew members from foreign fishing vessels."));
        assert_eq!(a[11].0, "Social Programs");
        assert!(a.iter().all(|r| !r.1.contains("Embassy")));
    }

    /// Plain `pdftotext` of the Mongolia 2016 PDF: year spans stand between the blocks of
    /// action lines, and after the last block, a span and a blank line the reference list's
    /// numbered entries begin ("1. ILO, National Statistical Office …") before the other spans;
    /// the entries close the table's body and are no actions.
    #[test]
    fn reference_entries_after_spans_among_the_actions_are_no_actions() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_mongolia_2016_actions_references_after_spans.txt"
        ));
        let a = rows(&g[0]);
        assert_eq!(a.len(), 13);
        assert!(a.iter().all(|r| !r.2.is_empty()));
        assert!(a[6].1.starts_with("Institutionalize child labor training"));
        assert_eq!(a[6].0, "Enforcement");
        assert_eq!(
            a[12].1,
            "Institute programs to address child labor in relevant sectors, including in herding."
        );
        assert_eq!(a[12].0, "Social Programs");
        assert!(a
            .iter()
            .all(|r| !r.1.contains("UNESCO") && !r.1.contains("ILO,")));
    }

    /// Plain `pdftotext` of the Grenada 2019 PDF: three of the fifteen spans are printed with a
    /// doubled dash ("2018 -- 2019"); they count, so the fifteen actions are told apart.
    #[test]
    fn spans_with_a_doubled_dash() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_grenada_2019_actions_doubled_dash.txt"
        ));
        let a = rows(&g[0]);
        assert_eq!(a.len(), 15);
        assert!(a[6]
            .1
            .starts_with("Provide sufficient funding and resources"));
        assert_eq!(a[6].0, "Enforcement");
        assert_eq!(
            a[8].1,
            "Authorize the labor inspectorate to assess penalties."
        );
        assert!(a[12]
            .1
            .starts_with("Create and implement a complaint mechanism"));
        assert_eq!(a[12].2, "2018 -- 2019");
        assert_eq!(a[13].0, "Government Policies");
        assert_eq!(a[14].0, "Social Programs");
    }

    /// What a copy out of Chrome's PDF viewer gives of the Nepal 2019 table (PDFium's text,
    /// CRLF): rows a visual line at a time, a row's span at the end of its last line ("… in
    /// Persons. 2013 – 2019") or on a line of its own after it, short labels on the first line
    /// ("Enforcement Publish data …"), and the page top and the header again in between. Each
    /// span ends its row, so the 23 actions are cut exactly there.
    #[test]
    fn spans_ending_the_rows_of_a_pdf_viewer_copy() {
        let g = scan_fixture_of(
            include_str!("../../tests/data/pdfium_nepal_2019_actions.txt"),
            Some("Nepal"),
        );
        let a = rows(&g[0]);
        assert_eq!(a.len(), 23);
        assert_eq!(
            a[0],
            (
                "Legal Framework".to_string(),
                "Accede to the Palermo Protocol on Trafficking in Persons.".to_string(),
                "2013 – 2019".to_string()
            )
        );
        assert!(a[1].1.ends_with("for entry into hazardous work."));
        assert_eq!(a[1].2, "2009 – 2019");
        assert_eq!(a[6].0, "Enforcement");
        assert!(a[6]
            .1
            .starts_with("Publish data on labor law enforcement actions"));
        assert!(a[6].1.ends_with("the worst forms of child labor."));
        assert_eq!(
            a[15].1,
            "Institutionalize refresher training for labor inspectors on laws related to child labor, including its worst forms."
        );
        assert_eq!(a[15].2, "2019");
        assert_eq!(a[16].0, "Government Policies");
        assert_eq!(a[18].0, "Social Programs");
        assert_eq!(a[22].2, "2019");
        assert!(a[22].1.ends_with("disabilities and refugee children."));
        assert!(a
            .iter()
            .all(|r| !r.1.contains("2019 ") && !r.1.contains("Suggested")));
        assert_eq!(
            trailing_span("… prostitution. 2019"),
            Some(("… prostitution.", "2019"))
        );
        assert_eq!(
            trailing_span("… advice. 2009, 2011 – 2016 "),
            Some(("… advice.", "2009, 2011 – 2016"))
        );
        assert_eq!(trailing_span("… adopted in 2019"), None);
        assert_eq!(trailing_span("2019"), None);
    }

    /// Plain `pdftotext` of the Algeria 2013 PDF: the letter-spaced footer ("U N I T E D S TAT E
    /// S D E PA R T M E N T …") and the country at the next page top stand after the spans. The
    /// document marks them as furniture, so they are no action: eight actions for eight spans.
    #[test]
    fn marked_furniture_is_no_action() {
        let g = scan_fixture_of(
            include_str!("../../tests/data/plain_algeria_2013_actions_letter_spaced_footer.txt"),
            Some("Algeria"),
        );
        let a = rows(&g[0]);
        assert_eq!(a.len(), 8);
        assert!(a
            .iter()
            .all(|r| !r.1.contains("U N I T E D") && !r.1.contains("Algeria")));
        assert_eq!(
            a[1].1,
            "Establish the minimum age for hazardous work as 18 in the Labor Code."
        );
        assert!(a[2].1.starts_with("Prohibit the use of a child"));
        assert_eq!(a[7].2, "2011 – 2013");
    }

    /// A copy out of Chrome's PDF viewer of Armenia 2020: the actions table's "(Cont.)" caption
    /// stands after the part it heads, right before the "REFERENCES" title. That caption has no
    /// body: the list is no action, and every one of its entries is kept.
    #[test]
    fn a_caption_over_the_reference_list_has_no_body() {
        let r = crate::parse(include_str!(
            "../../tests/data/pdfium_armenia_2020_cont_caption_over_references.txt"
        ));
        assert_eq!(r.recommendations.len(), 19);
        assert!(r
            .recommendations
            .iter()
            .all(|a| !a.action.contains("Reporting.")));
        assert_eq!(r.references.len(), 38);
        assert!(r.references[0]
            .text
            .starts_with("U.S. Embassy- Yerevan. Reporting."));
        assert_eq!(r.references[24].number, 25);
        assert!(r.references[24].text.starts_with("GRETA."));
        assert!(!r.warnings.iter().any(|w| w.message.contains("by position")));
    }

    /// Plain `pdftotext` of the Paraguay 2019 PDF: two spans printed at the end of their action
    /// lines ("… armed groups. 2016 – 2019") and one beside a row's first line. The spans at the
    /// line ends count, so the four actions are told apart.
    #[test]
    fn spans_at_the_ends_of_plain_action_lines() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_paraguay_2019_actions_spans_at_line_ends.txt"
        ));
        let a = rows(&g[0]);
        assert_eq!(a.len(), 4);
        assert!(a[0].1.ends_with("by non-state armed groups."));
        assert_eq!(a[0].2, "2016 – 2019");
        assert_eq!(a[2].2, "2019");
        assert!(a[3].1.ends_with("penalties for child labor violations."));
        assert_eq!(a[3].2, "2016 – 2019");
    }

    /// Plain `pdftotext` of the Brazil 2015 PDF: the statistics table comes out a row at a
    /// time, each cell a block of its own, with the chart's caption among the cells and its
    /// labels after them. Four rows (no age for the completion rate), the caption dropped with a
    /// warning, and the table ends before the chart labels and the notes under it.
    #[test]
    fn a_table_printed_a_row_at_a_time() {
        let text = include_str!("../../tests/data/plain_brazil_2015_statistics_row_at_a_time.txt");
        let lines = split(text);
        let g = scan_fixture(text);
        let t = &g[0];
        assert_eq!(t.columns, ["Children", "Age", "Percent"]);
        let cells = t.texts();
        assert_eq!(
            cells,
            [
                ["Working (% and population)", "5-14 yrs.", "2.7 (839,620)"],
                ["Attending School (%)", "5-14 yrs.", "97.6"],
                ["Combining Work and School (%)", "7-14 yrs.", "3.1"],
                ["Primary Completion Rate (%)", "", "Unavailable"],
            ]
        );
        assert_eq!(t.rows[3].line, 31);
        assert!(t
            .warnings
            .iter()
            .any(|w| w.line == 33 && w.message.contains("Figure 1. Working Children by Sector")));
        assert_eq!(lines[t.end].text(), "Services");
    }

    /// Plain `pdftotext` of the Eswatini 2019 PDF: the ratification table comes out a row at a
    /// time, except three rows printed a column at a time (three labels, then three marks).
    #[test]
    fn rows_printed_a_column_at_a_time_among_rows() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_eswatini_2019_ratification_rows_and_a_column.txt"
        ));
        let labels: Vec<&str> = g[0].rows.iter().map(|r| r.cells[0].as_str()).collect();
        assert_eq!(
            labels,
            [
                "ILO C. 138, Minimum Age",
                "ILO C. 182, Worst Forms of Child Labor",
                "UN CRC",
                "UN CRC Optional Protocol on Armed Conflict",
                "UN CRC Optional Protocol on the Sale of Children, Child Prostitution and Child Pornography",
                "Palermo Protocol on Trafficking in Persons",
            ]
        );
        assert!(g[0].rows.iter().all(|r| r.cells[1] == "✓"));
    }

    /// Plain `pdftotext` of the Dominican Republic 2019 PDF (second part of the table): one
    /// action line is printed joined with the next (177 characters among lines of at most 113).
    /// It does not set the column's width, so "… the Office of the Attorney" is a full line
    /// and the cut falls after "… discrimination in schools." instead.
    #[test]
    fn a_joined_line_sets_no_column_width() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_dominican_republic_2019_actions_joined_line.txt"
        ));
        let a = rows(&g[0]);
        assert_eq!(a.len(), 17);
        assert!(a[6].1.starts_with("Improve coordination and case tracking"));
        assert!(a[6]
            .1
            .ends_with("Attorney General to ensure that violations are adequately investigated and prosecuted."));
        assert!(a[14].1.ends_with("reduce discrimination in schools."));
        assert!(a[15]
            .1
            .starts_with("Ensure that children without birth certificates"));
        let (full, joined) = ("x".repeat(100), "x".repeat(177));
        assert_eq!(column_width(&[&full, &full, &joined, "short."]), 100);
        assert_eq!(column_width(&[&full, "short."]), 100);
    }

    /// Plain `pdftotext` of the Thailand 2018 PDF: two area labels are printed on the first
    /// line of their first action ("Legal Framework Ensure that …", "Social Programs Improve
    /// access …"). The label is no part of the action, and its area starts at that action.
    #[test]
    fn label_on_its_first_actions_line() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_thailand_2018_actions_label_on_action_line.txt"
        ));
        let a = rows(&g[0]);
        assert_eq!(a.len(), 13);
        assert!(a[0]
            .1
            .starts_with("Ensure that the minimum age for work applies"));
        assert_eq!(a[0].0, "Legal Framework");
        assert_eq!(a[3].0, "Legal Framework");
        assert!(a[7].1.starts_with("Increase collaboration with NGOs"));
        assert_eq!(a[7].0, "Enforcement");
        assert!(a[8].1.starts_with("Improve access to education"));
        assert_eq!(a[8].0, "Social Programs");
        assert_eq!(a[12].2, "2018");
        assert!(area_before_action("Enforcement of the law").is_none());
        assert!(
            area_before_action("programs Sustaining Strengthened National Capacities").is_none()
        );
    }

    /// Plain `pdftotext` of The Gambia 2019 PDF: "Legal" / "Framework" and "Enforcement" stand
    /// in one block (the first row is short: one action on two lines), "Coordination",
    /// "Government" / "Policies" and "Social" / "Programs" each in its own (their rows are
    /// tall), the actions in between. An action with no keyword of either area ("Ensure
    /// neighborhood watch groups …") no longer stays with the short row above.
    #[test]
    fn label_spacing_bounds_the_rows() {
        let g = scan_fixture(include_str!(
            "../../tests/data/plain_gambia_2019_actions_labels_close_and_apart.txt"
        ));
        let a = rows(&g[0]);
        assert_eq!(a.len(), 17);
        assert!(a[0].1.starts_with("Harmonize provisions of the Children"));
        assert_eq!(a[0].0, "Legal Framework");
        assert!(a[1].1.starts_with("Ensure neighborhood watch groups"));
        assert!(a[1..9].iter().all(|r| r.0 == "Enforcement"));
        assert!(a[9..11].iter().all(|r| r.0 == "Coordination"));
        assert!(a[12].1.starts_with("Adopt a policy"));
        assert!(a[11..13].iter().all(|r| r.0 == "Government Policies"));
        assert!(a[14..].iter().all(|r| r.0 == "Social Programs"));
        // One action on the label's two lines, or two short ones: close; three lines of two
        // actions under a one-line label, or four lines: apart.
        assert_eq!(spacing_of(2, 1, 2), Spacing::Close);
        assert_eq!(spacing_of(3, 1, 1), Spacing::Close);
        assert_eq!(spacing_of(2, 2, 1), Spacing::Close);
        assert_eq!(spacing_of(3, 2, 1), Spacing::Apart);
        assert_eq!(spacing_of(4, 1, 1), Spacing::Apart);
        assert_eq!(spacing_of(4, 2, 2), Spacing::Apart);
        // A line joined with the next counts as the two it fills.
        let (wrapped, joined) = ("x".repeat(90), "x".repeat(104));
        let lines = [wrapped.as_str(), "goes on.", joined.as_str(), "Short."];
        assert_eq!(printed_lines(&lines, &[0, 2, 3, 4]), [2, 2, 1]);
    }

    /// Guinea-Bissau 2021 (plain): after the "REFERENCES" title and its numbers comes an entry
    /// as wide as the action lines; a sentence ends inside it, so the table does not go on.
    #[test]
    fn reference_entry_after_the_title_is_no_action() {
        let text = "Table 11. Suggested Government Actions to Eliminate Child Labor\nArea\n\nSuggested Action\n\nEnsure that the minimum age for work applies to all children, including children without a work contract.\nExpand existing programs to address the scope of the child labor problem.\n\nLegal Framework\n\nSocial\nPrograms\n\nREFERENCES\n1\n\n2\n\nU.S. Department of State. Trafficking in Persons Report- 2021: GuineaBissau. Washington, D.C., July 1, 2021.\nILO Committee of Experts. Individual Direct Request concerning Worst\n\nYear(s)\nSuggested\n2015 – 2021\n2009 – 2021\n";
        let a = rows(&scan_fixture(text)[0]);
        assert_eq!(a.len(), 2);
        assert!(a.iter().all(|r| !r.1.contains("Department of State")));
    }
}
