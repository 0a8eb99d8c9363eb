//! The laws and regulations table as plain `pdftotext` prints it: the standards first, then the
//! other columns in blocks of a few rows each, one cell a line, the columns interleaved.
//!
//! ```text
//! Standard
//! Minimum Age for Work
//! Minimum Age for Hazardous Work
//! Prohibition of Military Recruitment by Nonstate Armed Groups
//!
//! Meets
//! International
//! Standards
//! Yes
//! Yes
//!
//! 16
//! 18
//!
//! Article 403 of the Labor Code (48)
//! Article 2 of the Hazardous Work List (49)
//!
//! No
//!
//! N/A
//!
//! N/A
//! ```
//!
//! Nothing but order ties a value to its row, and each column keeps its rows' order. The
//! standards are the family's ([`STANDARDS`], a name wrapped over lines joined while it is the
//! start of one); every row has an answer; an age is printed for the age standards only, or an
//! age or "N/A" for every row; a row's legislation runs to its citation, or is "N/A", or (with
//! an answer other than "Yes") is not printed. A lone "N/A" takes the column of the values in
//! its block, or else the first column still short of a value for a row already answered
//! ([`label`]). A table whose counts do not add up is left to the other readers.

use super::legal::{is_age, ANSWERS};
use super::{
    ends_table, is_page_furniture, is_page_number, is_subheading, join_text, Grid, RawRow,
};
use crate::cells::ends_with_citation;
use crate::lines::{Kind, Line};
use crate::markup::is_mark;

/// The family's standards, as printed over the years; compared by [`key`].
const STANDARDS: [&str; 27] = [
    "Minimum Age for Work",
    "Minimum Age for Hazardous Work",
    "Identification of Hazardous Occupations or Activities Prohibited for Children",
    "Identification of Hazardous Occupations or Activities for Children",
    "List of Hazardous Occupations Prohibited for Children",
    "Prohibition of Hazardous Occupations or Activities for Children",
    "Prohibition of Hazardous Occupations and/or Activities for Children",
    "Prohibitions of Hazardous Occupations or Activities for Children",
    "Prohibition of Forced Labor",
    "Prohibition of Child Trafficking",
    "Prohibition of Commercial Sexual Exploitation of Children",
    "Prohibition of Using Children in Illicit Activities",
    "Minimum Age for Compulsory Military Recruitment",
    "Minimum Age for Compulsory Military Service",
    "Minimum Age for Voluntary Military Service",
    "Minimum Age for Voluntary Military Recruitment",
    "Minimum Age for Voluntary State Military Recruitment",
    "Prohibition of Compulsory Recruitment of Children by (State) Military",
    "Prohibition of Military Recruitment by Non-state Armed Groups",
    "Minimum Age for Military Recruitment",
    "Prohibition of Military Recruitment",
    "State Compulsory",
    "State Voluntary",
    "Non-state Compulsory",
    "Non-state",
    "Compulsory Education Age",
    "Free Public Education",
];
/// Standards that are sub-rows of the one before them ("Prohibition of Military Recruitment"
/// over "State Compulsory" …), which then has no values of its own.
const SUB_STANDARDS: [&str; 4] = [
    "State Compulsory",
    "State Voluntary",
    "Non-state Compulsory",
    "Non-state",
];
/// Standards printed over sub-rows only (the sub-rows may stand on the next page).
const GROUPS: [&str; 2] = [
    "Minimum Age for Military Recruitment",
    "Prohibition of Military Recruitment",
];
/// Words of the header's lines ("Meets" / "International" / "Standards: Yes/No" / "Age" /
/// "Related Legislation"), compared by [`key`].
const HEADER_WORDS: [&str; 8] = [
    "Standard",
    "Meets",
    "International",
    "Standards",
    "Yes/No",
    "Age",
    "Related",
    "Legislation",
];
/// The ages a standard may give; a number outside is a page number.
const AGES: std::ops::RangeInclusive<u8> = 5..=25;
/// Most lines the table may take.
const MAX_LINES: usize = 400;
/// Most rows of the family's table.
const MAX_STANDARDS: usize = 24;
/// Most lines of one legislation cell.
const MAX_CELL_LINES: usize = 16;
/// A line at least this share of the prose width, after a blank line, is the prose after the
/// table once every row has its answer.
const PROSE_SHARE: f32 = 0.85;

/// The columns of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Answer,
    Age,
    Legislation,
}

/// A value cell in the order printed: its column (`None` for a lone "N/A" not yet placed), its
/// text and the block (lines between blank lines) it stands in.
#[derive(Debug)]
struct Value {
    column: Option<Column>,
    text: String,
    block: usize,
}

/// Where the standards printed right under the "Standard" header stand among those read: plain
/// `pdftotext` may print the header and the first rows' names after the rest of the table.
#[derive(Debug, Default)]
struct Head {
    /// Standards read before the header.
    from: Option<usize>,
    /// Standards read when the first line that is none came after it.
    to: Option<usize>,
}

impl Head {
    /// A line that is no standard, with `count` standards read.
    fn end(&mut self, count: usize) {
        if self.from.is_some_and(|from| count > from) && self.to.is_none() {
            self.to = Some(count);
        }
    }
}

/// Reads the table whose body starts at `start` with the line "Standard" and goes on as plain
/// `pdftotext` prints it, `width` giving the prose width (asked only of a table that starts
/// like one). `None` leaves it to other readers.
pub(crate) fn scan(lines: &[Line], start: usize, width: impl FnOnce() -> usize) -> Option<Grid> {
    let first = (start..lines.len().min(start + 4)).find(|&i| {
        let l = &lines[i];
        l.kind() != Kind::Blank && !is_page_number(l.text().trim())
    })?;
    if !is_header(lines[first].text()) && !starts_standard(lines[first].text()) {
        return None;
    }
    let width = width();
    // The standards read, with the line numbers they start on.
    let mut standards: Vec<String> = Vec::new();
    let mut starts: Vec<usize> = Vec::new();
    // The standard being read: its line number, text and key so far.
    let mut open: Option<(usize, String, String)> = None;
    let mut values: Vec<Value> = Vec::new();
    let mut cell: Option<(String, usize, usize)> = None;
    let mut header = String::new();
    let mut block = 0usize;
    let mut new_block = true;
    let mut head = Head::default();
    let mut end = lines.len().min(first + MAX_LINES);
    let mut i = first;
    while i < end {
        let line = &lines[i];
        let t = line.text().trim();
        if ends_table(line) || line.kind() == Kind::Legend || is_subheading(t) {
            end = i;
            break;
        }
        // A number the document took for the page's is one.
        let age = is_age_value(t) && !line.is_furniture();
        if line.kind() == Kind::Blank || !age && (is_page_furniture(line) || is_page_number(t)) {
            new_block = true;
            i += 1;
            continue;
        }
        if new_block {
            block += 1;
            new_block = false;
        }
        let core = t.trim_end_matches(is_mark);
        let column = if ANSWERS[..2].contains(&core) {
            Some(Some(Column::Answer))
        } else if core == "N/A" {
            Some(None)
        } else if age {
            Some(Some(Column::Age))
        } else {
            None
        };
        if let Some(column) = column {
            // A name cut short by a value goes on after it ("Prohibition of Using Children in
            // Illicit" / "Yes" / "Activities").
            if open.as_ref().is_none_or(|(_, _, acc)| is_standard(acc)) {
                close(&mut open, &mut standards, &mut starts)?;
            }
            head.end(standards.len());
            values.push(Value {
                column,
                text: t.to_string(),
                block,
            });
            i += 1;
            continue;
        }
        // A standard's line with its answer run in ("Minimum Age for Voluntary State Military
        // Yes"): the name, then the answer.
        let (t, run_in) = split_answer(t, open.as_ref().map(|(_, _, acc)| acc.as_str()));
        let answer = |values: &mut Vec<Value>| {
            if let Some(text) = run_in {
                values.push(Value {
                    column: Some(Column::Answer),
                    text: text.to_string(),
                    block,
                });
            }
        };
        let k = key(t);
        // A standard's name, or the next line of one.
        if let Some((_, text, acc)) = open.as_mut() {
            let longer = format!("{acc}{k}");
            if starts_key(&longer) {
                join_text(text, t);
                *acc = longer;
                answer(&mut values);
                i += 1;
                continue;
            }
        }
        close(&mut open, &mut standards, &mut starts)?;
        if starts_key(&k) {
            open = Some((line.no(), t.to_string(), k));
            answer(&mut values);
            i += 1;
            continue;
        }
        head.end(standards.len());
        if is_header(t) {
            if k == "standard" && head.from.is_none() {
                head.from = Some(standards.len());
            }
            join_text(&mut header, t);
            i += 1;
            continue;
        }
        // Legislation, or the prose after the table.
        let answered = values
            .iter()
            .filter(|v| matches!(v.column, None | Some(Column::Answer)))
            .count();
        if cell.is_none()
            && block_starts(lines, i)
            && t.chars().count() as f32 >= width as f32 * PROSE_SHARE
            && answered >= value_rows(&standards)
        {
            end = i;
            break;
        }
        let (text, _, count) = cell.get_or_insert_with(|| (String::new(), i, 0));
        join_text(text, t);
        *count += 1;
        if *count > MAX_CELL_LINES {
            return None;
        }
        if ends_cell(text) {
            values.push(Value {
                column: Some(Column::Legislation),
                text: std::mem::take(text),
                block,
            });
            cell = None;
        }
        i += 1;
    }
    close(&mut open, &mut standards, &mut starts)?;
    // The standards printed under the column's header come first, wherever it stands, when
    // they come before the first one read in the family's order (not the last rows of a page
    // whose header pdftotext printed after its first rows).
    let rank = |name: &str| STANDARDS.iter().position(|s| key_is(s, &key(name)));
    let earlier = |from: usize| match (standards.get(from), standards.first()) {
        (Some(under), Some(first)) => rank(under) < rank(first),
        _ => false,
    };
    if let Some(from) = head.from.filter(|&from| from > 0 && earlier(from)) {
        let to = head.to.unwrap_or(standards.len());
        standards[..to].rotate_right(to - from);
        starts[..to].rotate_right(to - from);
    }
    // An unfinished cell at the end is the prose after the table.
    if let Some((_, from, _)) = cell {
        end = from;
    }
    if standards.is_empty()
        || standards.len() > MAX_STANDARDS
        || !key(&header).contains("legislation")
    {
        return None;
    }
    let rows = fill(&standards, values)?;
    Some(Grid {
        columns: columns(&header),
        rows: rows
            .into_iter()
            .zip(starts)
            .map(|(cells, line)| RawRow { line, cells })
            .collect(),
        end,
        warnings: Vec::new(),
    })
}

/// Ends the standard being read: one of [`STANDARDS`] whole, or `None`.
fn close(
    open: &mut Option<(usize, String, String)>,
    standards: &mut Vec<String>,
    starts: &mut Vec<usize>,
) -> Option<()> {
    if let Some((line, text, acc)) = open.take() {
        if !is_standard(&acc) {
            return None;
        }
        standards.push(text);
        starts.push(line);
    }
    Some(())
}

/// A legislation cell's end: its citation, not an article's paragraph number ("Article
/// 26.1(2)", whose bracket follows a digit).
fn ends_cell(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| is_mark(c) || c == ' ');
    ends_with_citation(t)
        && t.rfind('(')
            .and_then(|open| t[..open].chars().next_back())
            .is_none_or(|c| !c.is_ascii_digit())
}

/// The start of one of [`STANDARDS`] (or all of it), by its [`key`].
pub(super) fn starts_standard(text: &str) -> bool {
    starts_key(&key(text))
}

/// A [`key`] that is the start of one of [`STANDARDS`]' (or all of it).
fn starts_key(k: &str) -> bool {
    !k.is_empty() && STANDARDS.iter().any(|s| key_starts(s, k))
}

/// A line of a standard's name with its answer after it ("Prohibition of Compulsory
/// Recruitment Yes*"): the name and the answer, when the name starts a standard or goes on
/// the one `open` (its key so far); else the line and `None`.
fn split_answer<'t>(t: &'t str, open: Option<&str>) -> (&'t str, Option<&'t str>) {
    let Some((name, last)) = t.rsplit_once(' ') else {
        return (t, None);
    };
    let name = name.trim_end();
    let k = key(name);
    let named = starts_key(&k) || open.is_some_and(|acc| starts_key(&format!("{acc}{k}")));
    if named && ANSWERS[..2].contains(&last.trim_end_matches(is_mark)) {
        (name, Some(last))
    } else {
        (t, None)
    }
}

/// One of [`STANDARDS`], by its [`key`] (a key's key is itself).
pub(super) fn is_standard(text: &str) -> bool {
    let k = key(text);
    STANDARDS.iter().any(|s| key_is(s, &k))
}

/// A line of the header's words only ("Meets", "Standards: Yes/No", "Related Legislation").
fn is_header(t: &str) -> bool {
    let mut words = t.split_whitespace().peekable();
    words.peek().is_some()
        && words.all(|w| HEADER_WORDS.iter().any(|h| key_chars(h).eq(key_chars(w))))
}

/// An age as the family prints one: a number from [`AGES`] or a range of them, marks aside.
fn is_age_value(t: &str) -> bool {
    let core = t.trim_end_matches(is_mark);
    core != "N/A"
        && is_age(core)
        && core
            .split(['-', '–'])
            .all(|n| n.parse().is_ok_and(|n: u8| AGES.contains(&n)))
}

/// True when `lines[i]` starts a block: the line before is blank or furniture.
fn block_starts(lines: &[Line], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| lines.get(p))
        .is_none_or(|l| l.kind() == Kind::Blank || is_page_furniture(l))
}

/// How many of `standards` have values: all but those over sub-rows.
fn value_rows(standards: &[String]) -> usize {
    (0..standards.len())
        .filter(|&k| !is_group(standards, k))
        .count()
}

/// A standard over sub-rows: one of [`GROUPS`], or one followed by a sub-row.
fn is_group(standards: &[String], k: usize) -> bool {
    let name = key(&standards[k]);
    GROUPS.iter().any(|g| key_is(g, &name))
        || !is_sub(&name) && standards.get(k + 1).is_some_and(|next| is_sub(next))
}

/// One of [`SUB_STANDARDS`].
fn is_sub(standard: &str) -> bool {
    SUB_STANDARDS
        .iter()
        .any(|s| key_chars(s).eq(key_chars(standard)))
}

/// A standard that has an age: a minimum age, the compulsory education age, a sub-row.
fn has_age(standards: &[String], k: usize) -> bool {
    let name = key(&standards[k]);
    name.contains("age") && !name.contains("hazardousoccupations") || is_sub(&name)
}

/// The column headers, from the header's words as printed.
fn columns(header: &str) -> Vec<String> {
    let h = key(header);
    let answer = match (h.contains("meets"), h.contains("yesno")) {
        (true, true) => "Meets International Standards: Yes/No",
        (true, false) => "Meets International Standards",
        _ => "Yes/No",
    };
    let legislation = if h.contains("related") {
        "Related Legislation"
    } else {
        "Legislation"
    };
    ["Standard", answer, "Age", legislation]
        .map(String::from)
        .to_vec()
}

/// The rows: each standard with its answer, age and legislation, when the values' counts fit
/// the standards; `None` otherwise.
fn fill(standards: &[String], mut values: Vec<Value>) -> Option<Vec<Vec<String>>> {
    let rows: Vec<usize> = (0..standards.len())
        .filter(|&k| !is_group(standards, k))
        .collect();
    let n = rows.len();
    label(&mut values, n)?;
    let of = |c: Column| -> Vec<&str> {
        values
            .iter()
            .filter(|v| v.column == Some(c))
            .map(|v| v.text.as_str())
            .collect()
    };
    let answers = of(Column::Answer);
    if answers.len() != n {
        return None;
    }
    // How likely a row is to have no cell printed: a row not answered "Yes" most.
    let unanswered = |r: usize| match answers[r].trim_end_matches(is_mark) {
        "Yes" => 0,
        "No" => 2,
        _ => 3,
    };
    let ages = of(Column::Age);
    let age_rows: Vec<usize> = (0..n).filter(|&r| has_age(standards, rows[r])).collect();
    let age_at = if ages.len() == n {
        (0..n).collect()
    } else {
        choose(&age_rows, ages.len(), |r| {
            unanswered(r) + usize::from(key(&standards[rows[r]]).starts_with("nonstate"))
        })?
    };
    let laws = of(Column::Legislation);
    let law_at = choose(&(0..n).collect::<Vec<_>>(), laws.len(), |r| {
        unanswered(r) + usize::from(age_rows.contains(&r) && !age_at.contains(&r))
    })?;
    let mut out = Vec::with_capacity(standards.len());
    let mut r = 0;
    for (k, name) in standards.iter().enumerate() {
        let mut cells = vec![name.clone(), String::new(), String::new(), String::new()];
        if !is_group(standards, k) {
            cells[1] = answers[r].to_string();
            if let Some(a) = age_at.iter().position(|&x| x == r) {
                cells[2] = ages[a].to_string();
            }
            if let Some(l) = law_at.iter().position(|&x| x == r) {
                cells[3] = laws[l].to_string();
            }
            r += 1;
        }
        out.push(cells);
    }
    Some(out)
}

/// Which `count` of `rows` get a value: all but those most likely to have none by `blank`,
/// the later of two alike; `None` when there are too few rows.
fn choose(rows: &[usize], count: usize, blank: impl Fn(usize) -> usize) -> Option<Vec<usize>> {
    let skip = rows.len().checked_sub(count)?;
    let mut order: Vec<usize> = rows.to_vec();
    crate::sort::sort_by_key(&mut order, |&r| {
        (std::cmp::Reverse(blank(r)), std::cmp::Reverse(r))
    });
    let dropped = &order[..skip];
    Some(
        rows.iter()
            .copied()
            .filter(|r| !dropped.contains(r))
            .collect(),
    )
}

/// Places each lone "N/A" in a column for `n` rows: the column of the nearest placed value in
/// its block, else by the counts: the answers short of `n` take as many; the ages take as many
/// as they are short of `n` when the rest are enough (an age or "N/A" for every row), the
/// legislation the rest. In order, one goes to the age or the legislation column when that
/// column is behind the answers (a row answered, its age or legislation not yet printed).
/// `None` when the counts do not add up.
fn label(values: &mut [Value], n: usize) -> Option<()> {
    for k in 0..values.len() {
        if values[k].column.is_some() {
            continue;
        }
        let block = values[k].block;
        let near = values[..k]
            .iter()
            .rev()
            .take_while(|v| v.block == block)
            .chain(values[k + 1..].iter().take_while(|v| v.block == block))
            .find_map(|v| v.column);
        values[k].column = near;
    }
    let total = |c: Column| values.iter().filter(|v| v.column == Some(c)).count();
    let lone = values.iter().filter(|v| v.column.is_none()).count();
    let mut qa = n.checked_sub(total(Column::Answer))?;
    let rest = lone.checked_sub(qa)?;
    let ages_short = n.checked_sub(total(Column::Age))?;
    let mut qg = if rest >= ages_short { ages_short } else { 0 };
    let mut ql = rest - qg;
    if ql > n.checked_sub(total(Column::Legislation))? {
        return None;
    }
    let (mut a, mut g, mut l) = (0usize, 0usize, 0usize);
    for v in values.iter_mut() {
        let column = match v.column {
            Some(c) => c,
            None if qg > 0 && g < a => Column::Age,
            None if ql > 0 && l < a => Column::Legislation,
            None if qa > 0 => Column::Answer,
            None if qg > 0 => Column::Age,
            None => Column::Legislation,
        };
        if v.column.is_none() {
            match column {
                Column::Answer => qa -= 1,
                Column::Age => qg -= 1,
                Column::Legislation => ql = ql.checked_sub(1)?,
            }
        }
        v.column = Some(column);
        match column {
            Column::Answer => a += 1,
            Column::Age => g += 1,
            Column::Legislation => l += 1,
        }
    }
    Some(())
}

/// Letters, digits and brackets of `s`, lower case: what a standard's name is compared by,
/// whatever its spacing, hyphens and marks ("Non- state" is "Nonstate").
fn key(s: &str) -> String {
    key_chars(s).map(char::from).collect()
}

/// The [`key`] of `s`, byte by byte, without building it.
fn key_chars(s: &str) -> impl Iterator<Item = u8> + '_ {
    s.bytes()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, b'(' | b')'))
        .map(|c| c.to_ascii_lowercase())
}

/// The [`key`] of `s` is `k`.
fn key_is(s: &str, k: &str) -> bool {
    key_chars(s).eq(k.bytes())
}

/// The [`key`] of `s` starts with `k`.
fn key_starts(s: &str, k: &str) -> bool {
    let mut chars = key_chars(s);
    k.bytes().all(|b| chars.next() == Some(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    #[test]
    fn splits_an_answer_run_into_a_standards_line() {
        assert_eq!(
            split_answer("Prohibition of Compulsory Recruitment Yes*", None),
            ("Prohibition of Compulsory Recruitment", Some("Yes*"))
        );
        // The next line of a standard being read, with the answer after it.
        assert_eq!(
            split_answer(
                "Recruitment No",
                Some("minimumageforvoluntarystatemilitary")
            ),
            ("Recruitment", Some("No"))
        );
        // No standard before the answer: a line of legislation, a lone word.
        assert_eq!(
            split_answer("Article 3 of the Labor Code No", None),
            ("Article 3 of the Labor Code No", None)
        );
        assert_eq!(split_answer("Yes", None), ("Yes", None));
    }

    /// Plain `pdftotext` of a 2013 report's table (Azerbaijan): ages for the age standards
    /// only, a legislation cell left out on the row answered "No".
    const SPARSE: &str = "Standard\nMinimum Age for Work\nMinimum Age for Hazardous Work\n\n\
        Yes/No\nYes\nYes\n\nList of Hazardous Occupations\nProhibited for Children\n\nYes\n\n\
        Prohibition of Forced Labor\nMinimum Age for Voluntary Military\nService\n\
        Compulsory Education Age\n\nYes\n\nAge\n15\n18\n\nRelated Legislation\n\
        Section 42 of the Labor Code of the Republic of Azerbaijan (21)\n\
        Section 250 of the Labor Code of the Republic of\nAzerbaijan (21)\n\
        Sections 98 and 250-254 of the Labor Code (21, 22)\n\
        Article 35 of the Constitution of the Azerbaijan Republic (23)\n\nNo\nYes\n\n17\n\n\
        Education Law of Azerbaijan (16, 29, 31, 32)\n\n\
        In 2013, the president signed amendments to the Criminal Code and to the Law of the Republic of Azerbaijan on the\n";

    #[test]
    fn reads_columns_printed_in_blocks() {
        let lines = split(SPARSE);
        let grid = scan(&lines, 0, || 120).expect("a laws table");
        assert_eq!(
            grid.columns,
            ["Standard", "Yes/No", "Age", "Related Legislation"]
        );
        assert_eq!(
            grid.texts(),
            [
                vec![
                    "Minimum Age for Work",
                    "Yes",
                    "15",
                    "Section 42 of the Labor Code of the Republic of Azerbaijan (21)"
                ],
                vec![
                    "Minimum Age for Hazardous Work",
                    "Yes",
                    "18",
                    "Section 250 of the Labor Code of the Republic of Azerbaijan (21)"
                ],
                vec![
                    "List of Hazardous Occupations Prohibited for Children",
                    "Yes",
                    "",
                    "Sections 98 and 250-254 of the Labor Code (21, 22)"
                ],
                vec![
                    "Prohibition of Forced Labor",
                    "Yes",
                    "",
                    "Article 35 of the Constitution of the Azerbaijan Republic (23)"
                ],
                vec!["Minimum Age for Voluntary Military Service", "No", "", ""],
                vec![
                    "Compulsory Education Age",
                    "Yes",
                    "17",
                    "Education Law of Azerbaijan (16, 29, 31, 32)"
                ],
            ]
        );
        // The prose after the table is not a cell.
        assert_eq!(lines[grid.end].text().split(',').next(), Some("In 2013"));
    }

    #[test]
    fn the_standards_under_a_late_header_come_first() {
        // Plain `pdftotext` of a 2019 report (Armenia): the header's "Standard" and the first
        // row's name printed after the other rows, an article's paragraph number at a line end.
        let text = "Meets\nInternational\nStandards\nYes\n\nAge\n\nLegislation\n\n16\n\n\
            Minimum Age for Hazardous Work\n\nYes\n\n18\n\n\
            Articles 15 and 17 of the Labor Code; Article 41.6(2)\nof the Administrative Code (28)\n\n\
            Standard\nMinimum Age for Work\n\nArticle 257 of the Labor Code (16,28)\n";
        let lines = split(text);
        let grid = scan(&lines, 0, || 120).expect("a laws table");
        assert_eq!(
            grid.texts(),
            [
                vec!["Minimum Age for Work", "Yes", "16", "Articles 15 and 17 of the Labor Code; Article 41.6(2) of the Administrative Code (28)"],
                vec!["Minimum Age for Hazardous Work", "Yes", "18", "Article 257 of the Labor Code (16,28)"],
            ]
        );
        let named = lines.iter().find(|l| l.text() == "Minimum Age for Work");
        assert_eq!(Some(grid.rows[0].line), named.map(Line::no));
        assert!(!ends_cell("Article 41.6(2)"));
        assert!(ends_cell("Labor Code (16,28)"));
    }

    #[test]
    fn a_name_cut_short_by_a_value_goes_on_after_it() {
        let text =
            "Standard\nProhibition of Forced Labor\nProhibition of Using Children in Illicit\n\
            Yes\nActivities\n\nYes\n\nLegislation\nPenal Code (4)\nDrug Law (5)\n";
        let grid = scan(&split(text), 0, || 120).expect("a laws table");
        let names: Vec<&str> = grid.rows.iter().map(|r| r.cells[0].as_str()).collect();
        assert_eq!(
            names,
            [
                "Prohibition of Forced Labor",
                "Prohibition of Using Children in Illicit Activities"
            ]
        );
    }

    #[test]
    fn a_lone_na_takes_its_blocks_column_or_the_column_behind() {
        let value = |column, text: &str, block| Value {
            column,
            text: text.to_string(),
            block,
        };
        // Two rows: "Yes" / "16" "N/A" (ages, one block) / a law / "No" / "N/A" / "N/A".
        let mut values = vec![
            value(Some(Column::Answer), "Yes", 1),
            value(Some(Column::Age), "16", 2),
            value(None, "N/A", 2),
            value(Some(Column::Legislation), "Labor Code (4)", 3),
            value(Some(Column::Answer), "No", 4),
            value(None, "N/A", 5),
        ];
        label(&mut values, 2).expect("the counts add up");
        let columns: Vec<Column> = values.iter().filter_map(|v| v.column).collect();
        assert_eq!(
            columns,
            [
                Column::Answer,
                Column::Age,
                Column::Age,
                Column::Legislation,
                Column::Answer,
                Column::Legislation
            ]
        );
        // More answers than rows: not this table.
        let mut values: Vec<Value> = (0..3)
            .map(|_| value(Some(Column::Answer), "Yes", 1))
            .collect();
        assert!(label(&mut values, 2).is_none());
    }

    #[test]
    fn leaves_other_tables_alone() {
        // Not the family's header or standards.
        assert!(scan(
            &split("Policy\nDescription\nNational Plan (4)\n"),
            0,
            || 100
        )
        .is_none());
        // A standard the family does not print.
        let odd = "Standard\nMinimum Age for Work\nMinimum Age for Fishing\nYes/No\nYes\nYes\n\
            Related Legislation\nLabor Code (1)\nFishing Act (2)\n";
        assert!(scan(&split(odd), 0, || 100).is_none());
        // The counts do not add up: three answers for two standards.
        let over = "Standard\nMinimum Age for Work\nFree Public Education\nYes/No\nYes\nYes\nNo\n\
            Related Legislation\nLabor Code (1)\nConstitution (2)\n";
        assert!(scan(&split(over), 0, || 100).is_none());
    }
}
