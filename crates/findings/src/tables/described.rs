//! Tables of a name column and a text column (agencies and their roles, coordinating bodies,
//! policies and programs and their descriptions, sectors and their activities) as a browser PDF
//! viewer copies them (PDFium in Chrome and Edge, pdf.js in Firefox): a visual line at a time,
//! the cells of one line joined by a space.
//!
//! ```text
//! Organization/Agency Role
//! Ministry of Interior (MOI) Enforce laws related to forced child labor.(11, 13)
//! Afghanistan Independent Human
//! Rights Commission (AIHRC)
//! Raise awareness on human trafficking through monitoring of cases.(39)
//! ```
//!
//! Nothing marks where the name ends, but each row's text ends with its citation ("(11, 13)"),
//! a name is a proper name (capitalised words, connectives, an abbreviation in brackets) and a
//! description starts with a verb ("Enforce", "Coordinates"), an article or a funder
//! ("USDOL-funded"): [`split_name`] finds that point on the line that holds both. In the
//! sectors table the name is a sector label, printed on its first activity's line only
//! ([`super::stream::sector_of_label`]). Anything unclear ends the reading; a table with too few
//! rows is left to the plain reader.

use super::{
    ends_table, is_page_furniture, is_subheading, join_text, past_furniture, Grid, RawRow, MAX_ROWS,
};
use crate::case;
use crate::cells::ends_with_citation;
use crate::lines::{Kind, Line};
use crate::markup::is_mark;

/// Header lines of the family: the name column's label, then the text column's.
const HEADERS: [(&str, &str); 7] = [
    ("Organization/Agency", "Role"),
    ("Coordinating Body", "Role & Description"),
    ("Coordinating Body", "Role and Description"),
    ("Policy", "Description"),
    ("Program", "Description"),
    ("Program", "Description and Objectives"),
    ("Sector/Industry", "Activity"),
];

/// Most lines a name takes before its description begins.
const MAX_NAME_LINES: usize = 6;
/// Most lines one row takes (a long program description).
const MAX_ROW_LINES: usize = 30;
/// Most lines of one activity row, its sector label included.
const MAX_ACTIVITY_LINES: usize = 6;
/// Most lines a sector label takes ("Categorical Worst" / "Forms of Child" / "Labor‡").
const MAX_SECTOR_LINES: usize = 3;
/// Lower-case words a proper name holds between its capitalised ones.
const CONNECTIVES: [&str; 31] = [
    "of", "and", "the", "its", "for", "on", "to", "in", "against", "with", "at", "by", "from",
    "under", "within", "between", "through", "de", "la", "del", "des", "du", "y", "e", "et", "a",
    "an", "or", "el", "da", "do",
];

/// Stems of the verbs a description starts with ("Enforce", "Coordinates", "Oversees",
/// "Established"), lower case; [`is_verb`] allows the endings in [`VERB_ENDINGS`].
const VERB_STEMS: &[&str] = &[
    "acknowledg",
    "address",
    "adjudicat",
    "administer",
    "adopt",
    "advis",
    "aim",
    "articulat",
    "assess",
    "assign",
    "assist",
    "authoriz",
    "bas",
    "build",
    "call",
    "carri",
    "carry",
    "chair",
    "collaborat",
    "collect",
    "combat",
    "commit",
    "compris",
    "conduct",
    "consist",
    "contain",
    "contribut",
    "conven",
    "continu",
    "coordinat",
    "creat",
    "deal",
    "defin",
    "describ",
    "design",
    "detail",
    "determin",
    "develop",
    "direct",
    "draft",
    "emphasiz",
    "employ",
    "encourag",
    "enforc",
    "ensur",
    "establish",
    "facilitat",
    "focus",
    "formulat",
    "guid",
    "handl",
    "head",
    "hous",
    "identifi",
    "identify",
    "implement",
    "improv",
    "initiat",
    "includ",
    "incorporat",
    "increas",
    "inspect",
    "integrat",
    "investigat",
    "launch",
    "lay",
    "lead",
    "led",
    "maintain",
    "manag",
    "mandat",
    "monitor",
    "offer",
    "operat",
    "organiz",
    "outlin",
    "overse",
    "participat",
    "perform",
    "prevent",
    "prioritiz",
    "prohibit",
    "promot",
    "propos",
    "prosecut",
    "protect",
    "provid",
    "rais",
    "receiv",
    "recogniz",
    "refer",
    "register",
    "remov",
    "report",
    "represent",
    "requir",
    "respond",
    "review",
    "run",
    "safeguard",
    "seek",
    "serv",
    "set",
    "sought",
    "specifi",
    "specify",
    "strengthen",
    "subsidiz",
    "supervis",
    "support",
    "target",
    "track",
    "train",
    "work",
    "assum",
    "approv",
    "financ",
    "fund",
    "help",
];
/// Articles a verb may be followed by (other connectives follow nouns: "Fund for …").
const ARTICLES: [&str; 3] = ["the", "a", "an"];
/// Endings a verb stem may take.
const VERB_ENDINGS: [&str; 8] = ["", "e", "s", "es", "d", "ed", "ies", "ied"];
/// Endings that make a stem a verb whatever follows it ("Coordinates", "Established"); the
/// others ("Support", "Review") are nouns in names too and need a lower-case word after them.
const FINITE_ENDINGS: [&str; 5] = ["s", "es", "ed", "ies", "ied"];

/// Words a description starts with that are no verb: articles and prepositions.
const OPENERS: [&str; 9] = [
    "the", "a", "an", "this", "in", "under", "through", "during", "as",
];
/// Endings of a funder or operator word a program's description starts with ("USDOL-funded",
/// "Government-run").
const FUNDED: [&str; 9] = [
    "-funded",
    "-run",
    "-implemented",
    "-supported",
    "-operated",
    "-administered",
    "-sponsored",
    "-led",
    "-financed",
];

/// Reads the table whose first line (after any blank lines) is at `start`, when it is a header
/// of the family's labels joined by a space (a viewer repeats it on a continued table's page).
/// `None` leaves the table to other readers.
pub(crate) fn scan(lines: &[Line], start: usize) -> Option<Grid> {
    let first = (start..lines.len()).find(|&i| lines[i].kind() != Kind::Blank)?;
    let columns = header_of(lines[first].text())?;
    let body = first + 1;
    let sectors = columns[0].eq_ignore_ascii_case("Sector/Industry");
    let mut rows: Vec<RawRow> = Vec::new();
    let mut i = body;
    while i < lines.len() && rows.len() < MAX_ROWS {
        let line = &lines[i];
        if line.kind() == Kind::Blank {
            i += 1;
            continue;
        }
        if is_page_furniture(line) {
            // A page break inside the table: the header printed again means it goes on.
            match past_furniture(lines, i) {
                Some(j) if header_of(lines[j].text()).as_ref() == Some(&columns) => {
                    i = j + 1;
                    continue;
                }
                _ => break,
            }
        }
        let mut at = i;
        let row = if sectors {
            read_activity(lines, i)
        } else {
            read_row(lines, i, rows.is_empty(), true)
        };
        let row = match row {
            Some(row) => row,
            None if sectors => break,
            None => {
                // More of the last row's description after a citation that ended a line, if a
                // row follows it.
                let Some((more, after)) = read_continuation(lines, i) else {
                    break;
                };
                let Some(row) = read_row(lines, after, false, true).filter(|r| !r.0[0].is_empty())
                else {
                    break;
                };
                if let Some(last) = rows.last_mut().and_then(|r| r.cells.last_mut()) {
                    join_text(last, &more);
                }
                at = after;
                row
            }
        };
        let (cells, next) = row;
        rows.push(RawRow {
            line: lines.get(at).map_or(line.no(), Line::no),
            cells,
        });
        i = next;
    }
    (!rows.is_empty()).then(|| Grid {
        columns,
        rows,
        end: i,
        warnings: Vec::new(),
    })
}

/// The header cells of a line that is one of [`HEADERS`] ("Policy Description").
fn header_of(text: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let text = words.join(" ");
    HEADERS
        .iter()
        .find(|(a, b)| {
            text.len() == a.len() + 1 + b.len()
                && text
                    .get(..a.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(a))
                && text
                    .get(a.len() + 1..)
                    .is_some_and(|t| t.eq_ignore_ascii_case(b))
        })
        .map(|(a, b)| vec![a.to_string(), b.to_string()])
}

/// A line the table cannot go on past: the next caption, heading or legend.
fn stops(line: &Line) -> bool {
    ends_table(line) || line.kind() == Kind::Legend || is_page_furniture(line)
}

/// A name that cannot end where it stands: after a connective ("… Working Group to"), or
/// inside brackets or quotation marks.
fn name_goes_on(name: &str) -> bool {
    name.split_whitespace().last().is_some_and(is_connective)
        || name.matches('(').count() > name.matches(')').count()
        || name.matches('“').count() > name.matches('”').count()
}

/// Reads one name-and-description row from `lines[i]`: its two cells and the index after it,
/// or `None` when no row starts there. `first`: the table's first row, which may be a
/// description's end carried over a page break (its name left empty). `look`: a description
/// that ends a sentence may end the row where the next row starts ([`next_row_starts`], which
/// reads that row without looking further: each line is read a bounded number of times).
fn read_row(lines: &[Line], i: usize, first: bool, look: bool) -> Option<(Vec<String>, usize)> {
    let mut name = String::new();
    let mut desc = String::new();
    let mut name_lines = 0;
    let mut j = i;
    while let Some(line) = lines.get(j) {
        if j - i >= MAX_ROW_LINES || line.kind() == Kind::Blank && desc.is_empty() {
            return None;
        }
        if line.kind() == Kind::Blank {
            j += 1;
            continue;
        }
        if stops(line) {
            // A last row printed without a citation.
            break;
        }
        let text = line.text().trim();
        if name_lines == 0 && desc.is_empty() && is_subheading(text) {
            return None;
        }
        if desc.is_empty() {
            let words: Vec<&str> = text.split_whitespace().collect();
            if name_lines == 0 && words.first().is_some_and(|w| w.starts_with('(')) {
                // A citation on a line of its own, or a bracket: no name starts so.
                return None;
            }
            if name_lines == 0 && opens_description(&words) {
                // A description's end carried over a page break, on the table's first row.
                if !first {
                    return None;
                }
                join_text(&mut desc, text);
            } else if name_lines > 0
                && !name_goes_on(&name)
                && (starts_description(&words, 0)
                    || name.split_whitespace().last().is_some_and(ends_name)
                        && words.first().is_some_and(|w| is_capital(w)))
            {
                join_text(&mut desc, text);
            } else if let Some(at) = split_name(&words) {
                join_words(&mut name, &words[..at]);
                join_words(&mut desc, &words[at..]);
            } else if is_name(&words) && name_lines < MAX_NAME_LINES {
                join_text(&mut name, text);
                name_lines += 1;
            } else if name_lines > 0 {
                join_text(&mut desc, text);
            } else {
                return None;
            }
        } else {
            join_text(&mut desc, text);
        }
        j += 1;
        let ends =
            ends_with_citation(&desc) || look && desc.ends_with('.') && next_row_starts(lines, j);
        if !desc.is_empty() && ends {
            return Some((vec![name, desc], j));
        }
    }
    (!desc.is_empty() && !name.is_empty()).then(|| (vec![name, desc], j))
}

/// Reads the lines from `lines[i]` that go on a description, up to the one that ends with a
/// citation: their text and the index after them.
fn read_continuation(lines: &[Line], i: usize) -> Option<(String, usize)> {
    let words: Vec<&str> = lines.get(i)?.text().split_whitespace().collect();
    if !opens_description(&words) {
        return None;
    }
    let mut text = String::new();
    for (j, line) in lines.iter().enumerate().skip(i).take(MAX_ROW_LINES) {
        if line.kind() != Kind::Text || stops(line) {
            return None;
        }
        join_text(&mut text, line.text().trim());
        if ends_with_citation(&text) {
            return Some((text, j + 1));
        }
    }
    None
}

/// Reads one activity row of the sectors table from `lines[i]`: the sector label that opens it,
/// if any, and the activity up to its citation.
fn read_activity(lines: &[Line], i: usize) -> Option<(Vec<String>, usize)> {
    let mut label = String::new();
    let mut activity = String::new();
    let mut j = i;
    // A sector label on lines of its own, or opening the activity's first line.
    let mut joined = String::new();
    for take in 1..=MAX_SECTOR_LINES {
        let Some(line) = lines.get(i + take - 1).filter(|l| l.kind() == Kind::Text) else {
            break;
        };
        join_text(&mut joined, line.text().trim());
        if super::stream::sector_of_label(&joined).is_some() {
            label = std::mem::take(&mut joined);
            j = i + take;
            break;
        }
    }
    if label.is_empty() {
        let words: Vec<&str> = lines.get(i)?.text().split_whitespace().collect();
        if let Some(at) = (1..words.len().min(MAX_SECTOR_WORDS + 1))
            .rev()
            .find(|&n| super::stream::sector_of_label(&words[..n].join(" ")).is_some())
        {
            join_words(&mut label, &words[..at]);
            join_words(&mut activity, &words[at..]);
            j = i + 1;
        }
    }
    while activity.is_empty() || !ends_with_citation(&activity) {
        let Some(line) = lines.get(j) else { break };
        if stops(line) || line.kind() == Kind::Blank || j - i >= MAX_ACTIVITY_LINES {
            break;
        }
        join_text(&mut activity, line.text().trim());
        j += 1;
    }
    ends_with_citation(&activity).then(|| (vec![label, activity], j))
}

/// Most words a sector label opening an activity's line takes ("Categorical Worst Forms of
/// Child Labor‡": six).
const MAX_SECTOR_WORDS: usize = 6;

/// Appends words to a cell, a space between them.
fn join_words(cell: &mut String, words: &[&str]) {
    for w in words {
        join_text(cell, w);
    }
}

/// Whether a named row starts at `lines[j]` (after blank lines): a description that ends a
/// sentence but no citation ("… Research was unable to determine whether it was active.") ends
/// there.
fn next_row_starts(lines: &[Line], j: usize) -> bool {
    let Some(j) = (j..lines.len()).find(|&k| lines[k].kind() != Kind::Blank) else {
        return false;
    };
    let words: Vec<&str> = lines[j].text().split_whitespace().collect();
    !opens_description(&words)
        && (split_name(&words).is_some() || is_name(&words))
        && read_row(lines, j, false, false).is_some_and(|r| !r.0[0].is_empty())
}

/// Where the description starts on a line that holds the end of a name and the start of its
/// description: the first word after a proper name ([`is_name`]) that starts a description
/// ([`starts_description`]), else the last capitalised word of the name before a lower-case
/// word ("Social Protection Program MOLSAMD program funded by …": "MOLSAMD").
fn split_name(words: &[&str]) -> Option<usize> {
    if words.len() < 2 {
        return None;
    }
    let name_end = name_len(words);
    let valid = |k: usize| k >= 1 && k < words.len() && !is_connective(words[k - 1]);
    // A word after the name's abbreviation in brackets, or one that starts a description.
    if let Some(k) = (1..=name_end.min(words.len() - 1)).find(|&k| {
        valid(k)
            && is_name(&words[..k])
            && (starts_description(words, k) || ends_name(words[k - 1]) && is_capital(words[k]))
    }) {
        return Some(k);
    }
    // The name runs up to a lower-case word: the description began at the last capital.
    if name_end < words.len() && name_end >= 2 && !is_connective(words[name_end]) {
        let k = (1..name_end)
            .rev()
            .find(|&k| is_capital(words[k]) && !is_connective(words[k - 1]))?;
        // Only connectives between it and the lower-case word ("Initiates and coordinates"),
        // and no sentence's subject ("The Special Criminal Court was …").
        let article = words
            .first()
            .is_some_and(|w| ARTICLES.iter().any(|a| w.eq_ignore_ascii_case(a)));
        return (is_name(&words[..k])
            && !article
            && words[k + 1..name_end].iter().all(|w| is_connective(w)))
        .then_some(k);
    }
    None
}

/// Words that may make a proper name: capitalised words and connectives, anything in
/// brackets or quotation marks ("(Retrait des enfants de la Rue)", "(MOLSAMD)"), not ending a
/// sentence.
fn is_name(words: &[&str]) -> bool {
    !words.is_empty()
        && name_len(words) == words.len()
        && !words.last().is_some_and(|w| ends_sentence(w))
}

/// A word that ends a sentence ("2021.", "Center."), not an abbreviation ("U.S.", "No.").
fn ends_sentence(w: &str) -> bool {
    w.strip_suffix('.')
        .is_some_and(|t| t.chars().count() >= MIN_SENTENCE_WORD && !t.contains('.'))
}

/// Fewest letters of a word whose full stop ends a sentence ("No." and "Inc." are abbreviations).
const MIN_SENTENCE_WORD: usize = 4;

/// How many of `words` from the first make a proper name ([`is_name`]).
fn name_len(words: &[&str]) -> usize {
    let mut depth = 0usize;
    for (k, w) in words.iter().enumerate() {
        if depth == 0 && !name_word(w) {
            return k;
        }
        let opens = w.matches(['(', '“']).count();
        depth = (depth + opens).saturating_sub(w.matches([')', '”']).count());
    }
    words.len()
}

/// A word of a proper name: capitalised, a number, a connective, bracketed or punctuation.
fn name_word(w: &str) -> bool {
    let t = w.trim_start_matches(['(', '"', '“', '‘', '[']);
    t.is_empty() || !t.starts_with(char::is_lowercase) || is_connective(w) || w.starts_with('(')
}

/// A lower-case connective of a name ("of", "and", "the").
fn is_connective(w: &str) -> bool {
    let t = w.trim_end_matches([',', ';', ':']);
    CONNECTIVES.contains(&t)
}

/// A word that starts with a capital letter, a digit or a currency sign.
fn is_capital(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '$')
}

/// A word that ends a name: a bracketed group ("(MOLSAMD)", "(2010)") or a footnote mark
/// ("Centers†").
fn ends_name(w: &str) -> bool {
    w.ends_with(is_mark) || w.trim_end_matches(',').ends_with(')')
}

/// Whether a row's first line starts with its description, not a name: [`starts_description`],
/// but an article or preposition only before a word that is no capitalised name ("In 2017,
/// …", not "The National Committee …").
fn opens_description(words: &[&str]) -> bool {
    let opener = words.first().is_some_and(|w| {
        OPENERS.contains(&case::lower_str(w.trim_end_matches([',', ';', ':'])).as_str())
    });
    if opener {
        words
            .get(1)
            .is_some_and(|n| !n.starts_with(char::is_uppercase))
    } else {
        starts_description(words, 0)
    }
}

/// Whether `words[k]` starts a description: a verb ([`is_verb`]), an article or preposition
/// ([`OPENERS`]), a funder ("USDOL-funded"), an amount ("$2"), or a capitalised word before a
/// lower-case one that is no connective ("Government program …").
fn starts_description(words: &[&str], k: usize) -> bool {
    let Some(w) = words
        .get(k)
        .filter(|w| w.starts_with(|c: char| c.is_uppercase() || c == '$'))
    else {
        return false;
    };
    let next = words.get(k + 1).copied();
    let lower_next = next.is_some_and(|n| n.starts_with(char::is_lowercase) && !is_connective(n));
    let t = case::lower_str(w.trim_end_matches([',', ';', ':', '.']));
    is_verb(&t, words.get(k + 1..).unwrap_or_default())
        || OPENERS.contains(&t.as_str()) && next.is_some_and(|n| k == 0 || opener_before(&t, n))
        || FUNDED
            .iter()
            .any(|f| w.trim_end_matches([',', ';', ':', '.']).ends_with(f))
        || w.starts_with('$')
        || lower_next
}

/// After a name on its line, an article or preposition starts the description only as an
/// article, or before a number or a lower-case word that is no article ("In 2017, …", "Through
/// its …"; not "… During the Anti-Terrorist Operation").
fn opener_before(opener: &str, next: &str) -> bool {
    ARTICLES.contains(&opener)
        || next.starts_with(|c: char| c.is_ascii_digit())
        || next.starts_with(char::is_lowercase) && !ARTICLES.contains(&next)
}

/// `word` (lower case) is one of [`VERB_STEMS`] with an ending; a stem's bare form only before
/// a lower-case word or article ("Support children", not "Family Support Program").
fn is_verb(word: &str, next: &[&str]) -> bool {
    // "Support the victims", "Coordinate efforts", "Investigate and prosecute", "Led by", "Work with"; not "Fund for
    // Children".
    let lower = |n: &&str| n.starts_with(char::is_lowercase);
    let lower_next = next.first().is_some_and(|n| {
        lower(n)
            && (!is_connective(n)
                || ARTICLES.contains(n)
                || ["by", "with"].contains(n)
                || ["and", "or"].contains(n) && next.get(1).is_some_and(lower))
    });
    VERB_STEMS.iter().any(|stem| {
        word.strip_prefix(stem).is_some_and(|end| {
            VERB_ENDINGS.contains(&end) && (lower_next || FINITE_ENDINGS.contains(&end))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    fn at(line: &str) -> Option<String> {
        let words: Vec<&str> = line.split_whitespace().collect();
        split_name(&words).map(|k| words[..k].join(" "))
    }

    #[test]
    fn finds_where_the_name_ends() {
        assert_eq!(
            at("Ministry of Interior (MOI) Enforce laws related to forced child labor.(11)"),
            Some("Ministry of Interior (MOI)".into())
        );
        assert_eq!(
            at("Ministry of Economy Oversees the Special Secretariat of Social Security and Labor, which"),
            Some("Ministry of Economy".into())
        );
        assert_eq!(
            at("Child Protection Action Network Refer child labor cases to government agencies"),
            Some("Child Protection Action Network".into())
        );
        assert_eq!(
            at("Social Protection Program MOLSAMD program funded by European Commission that"),
            Some("Social Protection Program".into())
        );
        assert_eq!(
            at("Family Support Program Provides cash transfers to families.(4)"),
            Some("Family Support Program".into())
        );
        assert_eq!(
            at("Child Protection Centers† Childhood Division of the Ministry of Youth program that"),
            Some("Child Protection Centers†".into())
        );
        assert_eq!(
            at("Bolsa Família USDOL-funded, 4-year project"),
            Some("Bolsa Família".into())
        );
        // Prose is no row.
        assert_eq!(
            at("The Government of Afghanistan has established policies related to child labor"),
            None
        );
        assert_eq!(
            at("Law enforcement agencies in Afghanistan took actions to combat child labor."),
            None
        );
    }

    #[test]
    fn reads_rows_of_names_and_descriptions() {
        let text = "Organization/Agency Role\n\
            Ministry of Labor, Social Affairs, Martyrs, \n\
            and Disabled (MOLSAMD)\n\
            Enforce laws related to child labor, including hazardous child labor.(11)\n\
            Child Protection Action Network Refer child labor cases to government agencies such as Women’s \n\
            Affairs, shelters, and various NGOs.(11) \n\
            Afghanistan Independent Human \n\
            Rights Commission (AIHRC)\n\
            Raise awareness on human trafficking through monitoring of cases and advocacy on the issue.\n\
            (39)\n\
            Law enforcement agencies in Afghanistan took actions to combat child labor, including its worst forms.\n";
        let lines = split(text);
        let grid = scan(&lines, 0).expect("a described table");
        assert_eq!(grid.columns, ["Organization/Agency", "Role"]);
        let cells: Vec<&[String]> = grid.rows.iter().map(|r| r.cells.as_slice()).collect();
        assert_eq!(cells.len(), 3);
        assert_eq!(
            cells[0],
            [
                "Ministry of Labor, Social Affairs, Martyrs, and Disabled (MOLSAMD)",
                "Enforce laws related to child labor, including hazardous child labor.(11)"
            ]
        );
        assert_eq!(cells[1][0], "Child Protection Action Network");
        assert_eq!(
            cells[2][0],
            "Afghanistan Independent Human Rights Commission (AIHRC)"
        );
        assert!(cells[2][1].ends_with("on the issue. (39)"));
        // The table ends before the sentence after it.
        assert_eq!(grid.end, 10);
    }

    #[test]
    fn reads_sectors_and_their_activities() {
        let text = "Sector/Industry Activity\n\
            Agriculture Farming, including harvesting poppies (1, 6, 7)\n\
            Tending livestock (8, 9)\n\
            Industry\n\
            Home-based carpet weaving (1, 10-12)\n\
            Categorical Worst Forms of \n\
            Child Labor‡\n\
            Drug trafficking (1, 10, 11, 13, 22)\n\
            * Evidence of this activity is limited and/or the extent of the problem is unknown.\n";
        let lines = split(text);
        let grid = scan(&lines, 0).expect("a sectors table");
        let cells = grid.texts();
        assert_eq!(
            cells,
            [
                vec![
                    "Agriculture",
                    "Farming, including harvesting poppies (1, 6, 7)"
                ],
                vec!["", "Tending livestock (8, 9)"],
                vec!["Industry", "Home-based carpet weaving (1, 10-12)"],
                vec![
                    "Categorical Worst Forms of Child Labor‡",
                    "Drug trafficking (1, 10, 11, 13, 22)"
                ],
            ]
        );
        assert_eq!(grid.end, 8);
    }

    #[test]
    fn leaves_other_tables_alone() {
        assert!(scan(
            &split("Policy\nDescription\nNational Plan Aims to end it.(2)\n"),
            0
        )
        .is_none());
        assert!(header_of("Policy Description of the plan").is_none());
        assert_eq!(
            header_of("Coordinating Body Role & Description "),
            Some(vec![
                "Coordinating Body".into(),
                "Role & Description".into()
            ])
        );
        assert_eq!(
            header_of("Program Description and Objectives"),
            Some(vec!["Program".into(), "Description and Objectives".into()])
        );
    }
}
