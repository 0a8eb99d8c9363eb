//! The report's identity: country, year and assessment level, read from the opening sentence
//! ("In 2018, Kazakhstan made a minimal advancement …") and the page-top label lines
//! ("MINIMAL ADVANCEMENT", with the country name above it in PDF copies).

use crate::lines::{Kind, Line};
use crate::markup;
use crate::report::Assessment;

/// How many lines from the top are searched for the opening sentence and label.
const MAX_OPENING_LINES: usize = 120;
/// Longest country name accepted ("the Democratic Republic of the Congo" fits).
const MAX_COUNTRY_LEN: usize = 60;

/// Country, year and assessment, each when found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Identity {
    pub country: Option<String>,
    pub year: Option<u16>,
    pub assessment: Option<Assessment>,
    /// A combined report's territories ("Overseas Territories of the United Kingdom": Anguilla,
    /// British Virgin Islands, …), each with the line of its label, when the labels name two or
    /// more; empty for a report on one country.
    pub territories: Vec<(usize, String)>,
}

/// The grades a report gives, first word of the label.
const LEVELS: [&str; 4] = ["significant", "moderate", "minimal", "no"];

/// Reads the identity from the opening lines and every label line of the report.
pub(crate) fn read(lines: &[Line]) -> Identity {
    let opening: String = lines
        .iter()
        .take(MAX_OPENING_LINES)
        .filter(|l| l.kind() != Kind::Blank)
        .map(|l| l.text())
        .collect::<Vec<_>>()
        .join(" ");
    let opening = markup::clean(&opening);
    let sentence = opening_sentence(&opening);

    let labels = label_lines(lines);
    let sentence_level = sentence.as_ref().and_then(|s| s.level.clone());
    // The sentence is the most reliable grade (page-one labels have been printed wrong); the
    // label lines give the full wording.
    let level = sentence_level.or_else(|| most_common(labels.iter().map(|(_, l)| level_of(l))));
    let assessment = level.map(|level| {
        let label = most_common(
            labels
                .iter()
                .filter(|(_, l)| level_of(l).as_deref() == Some(level.as_str()))
                .map(|(_, l)| Some(l.clone())),
        )
        .map(|l| markup::title_case(&without_mixed_case(&l)))
        .unwrap_or_else(|| markup::title_case(&format!("{level} advancement")));
        Assessment { level, label }
    });

    // The name printed above the label is the one the report is filed under ("Tanzania" where
    // the sentence says "the United Republic of Tanzania", "Western Sahara" where it names
    // Morocco's government); the sentence's subject serves where there is no such line.
    // Where the two differ by a letter or two, the heading's font was misread ("Cote d’lvoire",
    // "Somolia") and the sentence has it right.
    let header_country = labels.first().and_then(|&(i, _)| country_above(lines, i));
    let sentence_country = sentence.as_ref().and_then(|s| s.country.clone());
    let country = match (header_country, sentence_country) {
        (Some(h), Some(s))
            if edit_distance(&crate::case::lower_str(&h), &crate::case::lower_str(&s)) <= 2 =>
        {
            Some(s)
        }
        (h, s) => h.or(s),
    }
    .or_else(|| prevalence_country(lines));
    let year = sentence
        .as_ref()
        .and_then(|s| s.year)
        .or_else(|| reporting_period_year(&opening))
        .or_else(|| furniture_year(lines));
    Identity {
        country,
        year,
        assessment,
        territories: territories(lines, &labels),
    }
}

/// The territories of a combined report, when its labels name two or more: each a name printed
/// above a label line whose next lines open with that territory's own sentence ("ANGUILLA /
/// MINIMAL ADVANCEMENT / In 2017, Anguilla made …"; page furniture above a label has no such
/// sentence). A name within two letters of one already seen is the same name misread.
fn territories(lines: &[Line], labels: &[(usize, String)]) -> Vec<(usize, String)> {
    /// Lines after a label searched for the territory's opening sentence.
    const SENTENCE_LINES: usize = 3;
    let mut names: Vec<(usize, String)> = Vec::new();
    for &(i, _) in labels {
        let Some(name) = country_above(lines, i) else {
            continue;
        };
        let lower = crate::case::lower_str(&name);
        let after: Vec<&str> = lines[i + 1..]
            .iter()
            .filter(|l| l.kind() != Kind::Blank)
            .take(SENTENCE_LINES)
            .map(|l| l.text())
            .collect();
        let own = opening_sentence(&markup::clean(&after.join(" ")))
            .and_then(|s| s.country)
            .is_some_and(|c| same_name(&c, &name));
        if own
            && !names
                .iter()
                .any(|(_, n)| edit_distance(&crate::case::lower_str(n), &lower) <= 2)
        {
            names.push((lines[i].no(), name));
        }
    }
    if names.len() < 2 {
        names.clear();
    }
    names
}

struct Sentence {
    year: Option<u16>,
    country: Option<String>,
    level: Option<String>,
}

/// "In 2013, Kazakhstan made a minimal advancement", "in 2021, the government made no
/// advancement", "In 2016, Uzbekistan made efforts …".
fn opening_sentence(text: &str) -> Option<Sentence> {
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = lower[from..].find("in ").map(|p| p + from) {
        from = pos + 3;
        let rest = &text[pos + 3..];
        let Some(year) = rest.get(..4).and_then(|y| y.parse::<u16>().ok()) else {
            continue;
        };
        // "In 2021,The Gambia made": some PDFs lose the space after the comma.
        if !(1990..=2100).contains(&year) || !rest[4..].starts_with(',') {
            continue;
        }
        let after = rest[5..].trim_start();
        // " made " is looked for only as far as a country name can reach: searching the whole
        // rest from every "in 2000, " is quadratic on a line of them.
        let mut reach = after.len().min(MAX_COUNTRY_LEN + 4 + " made ".len());
        while !after.is_char_boundary(reach) {
            reach -= 1;
        }
        let Some(made) = after[..reach].find(" made ") else {
            continue;
        };
        let subject = after[..made].trim();
        let subject = subject
            .strip_prefix("the ")
            .or_else(|| subject.strip_prefix("The "))
            .unwrap_or(subject);
        // "the Central African Republic (CAR)": the abbreviation is no part of the name.
        let subject = match subject.strip_suffix(')').and_then(|s| s.rsplit_once(" (")) {
            Some((name, abbr)) if abbr.chars().all(|c| c.is_ascii_alphabetic()) => name,
            _ => subject,
        };
        let country = (subject.starts_with(char::is_uppercase)
            && !subject.eq_ignore_ascii_case("government"))
        .then(|| subject.to_string());
        let verb = &after[made + 6..];
        let verb_lower = verb.to_ascii_lowercase();
        let words: Vec<&str> = verb_lower.split_whitespace().take(3).collect();
        let level = match words.as_slice() {
            ["a" | "an", level, adv, ..] | [level, adv, ..] if adv.starts_with("advancement") => {
                LEVELS.contains(level).then(|| level.to_string())
            }
            _ => None,
        };
        return Some(Sentence {
            year: Some(year),
            country,
            level,
        });
    }
    None
}

/// Lines that are an assessment label ("MINIMAL ADVANCEMENT", "Moderate Advancement",
/// "NO ADVANCEMENT – EFFORTS MADE BUT …"), with their index.
pub(crate) fn label_lines(lines: &[Line]) -> Vec<(usize, String)> {
    lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| scan_label(l.text()).map(|s| (i, s)))
        .collect()
}

/// A label in lower case when a word of it mixes cases inside ("MiniMal advanceMent": pdf.js's
/// reading of small capitals), so that title case can be made of it; else as it is.
fn without_mixed_case(label: &str) -> std::borrow::Cow<'_, str> {
    let mixed = label.split([' ', '-']).any(|w| {
        let mut chars = w.chars().skip_while(|c| !c.is_lowercase());
        chars.any(char::is_uppercase)
    });
    if mixed {
        crate::case::lower_str(label).into()
    } else {
        label.into()
    }
}

/// A line with page one's running footer run into its end, as pdf.js copies it: "NO
/// ADVANCEMENT12019 FINDINGS ON THE WORST FORMS OF CHILD LABOR", "West Bank and the Gaza
/// Strip12018 fIndInGS on the WorSt …" (small capitals read as mixed case). Returns the text before
/// the footer's page number and year, or the line as it is.
fn without_joined_footer(text: &str) -> &str {
    let Some(at) = markup::find_ci(text, "FINDINGS ON THE WORST FORMS OF CHILD LABOR") else {
        return text;
    };
    let head = text[..at].trim_end();
    let cut = head.trim_end_matches(|c: char| c.is_ascii_digit());
    // A page number and a year (five digits or more) right after a letter: run together.
    if head.len() - cut.len() >= 5 && cut.ends_with(char::is_alphabetic) {
        cut
    } else {
        text
    }
}

/// A label line: a known grade followed by "ADVANCEMENT" and nothing that reads like a sentence.
pub(crate) fn scan_label(text: &str) -> Option<String> {
    let text = without_joined_footer(text);
    if text.len() > 160 {
        return None;
    }
    // The first word is a level: "significant", "moderate", "minimal" or "no".
    if markup::plain_first_char(text)
        .is_some_and(|c| !matches!(c.to_ascii_lowercase(), 's' | 'm' | 'n'))
    {
        return None;
    }
    let t = markup::strip_line_markup(text);
    let mut words = t.split_whitespace();
    let first = words.next()?;
    let second = words.next()?;
    let graded = LEVELS.iter().any(|l| first.eq_ignore_ascii_case(l))
        && second.eq_ignore_ascii_case("advancement");
    let ungraded = first.eq_ignore_ascii_case("no") && second.eq_ignore_ascii_case("assessment");
    if !graded && !ungraded {
        return None;
    }
    // Labels are upper case or title case ("Minimal Advancement – Efforts Made but Continued
    // Practice that Delayed Advancement"); the opening sentence is neither.
    let shouting = t
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_uppercase());
    let title = words.all(|w| {
        !w.starts_with(char::is_lowercase) || ["but", "that", "in", "of", "and", "to"].contains(&w)
    });
    (shouting || title).then(|| t.to_string())
}

/// The grade a label gives: its first word, or "no-assessment" for "No Assessment" (territories with no
/// child labor problem are not assessed).
fn level_of(label: &str) -> Option<String> {
    let mut words = label.split_whitespace().map(str::to_ascii_lowercase);
    let first = words.next()?;
    if first == "no" && words.next().is_some_and(|w| w == "assessment") {
        return Some("no-assessment".into());
    }
    LEVELS.contains(&first.as_str()).then_some(first)
}

/// The most frequent value (first seen wins a tie).
fn most_common(items: impl Iterator<Item = Option<String>>) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for item in items.flatten() {
        match counts.iter_mut().find(|(v, _)| *v == item) {
            Some((_, n)) => *n += 1,
            None => counts.push((item, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(v, _)| v)
}

/// Lines of page furniture (a running footer, a page number) that may stand between the country
/// name and the label under it: a browser PDF viewer's copy prints page one's footer there.
const MAX_FURNITURE_ABOVE_LABEL: usize = 2;

/// The country name printed above the first label line in PDF copies ("Afghanistan").
fn country_above(lines: &[Line], label: usize) -> Option<String> {
    let above = lines[..label]
        .iter()
        .rev()
        .filter(|l| l.kind() != Kind::Blank)
        .enumerate()
        .find(|(k, l)| {
            *k >= MAX_FURNITURE_ABOVE_LABEL
                || !crate::tables::is_furniture(&markup::strip_line_markup(without_joined_footer(
                    l.text(),
                )))
        })?
        .1;
    let t = markup::strip_line_markup(without_joined_footer(above.text()));
    let plausible = !t.is_empty()
        && t.len() <= MAX_COUNTRY_LEN
        && t.starts_with(char::is_uppercase)
        && t.chars()
            .all(|c| c.is_alphabetic() || " '’-,.()".contains(c));
    // Combined territory reports print each territory's name in capitals ("COOK ISLANDS").
    let shouting = t.chars().all(|c| !c.is_lowercase());
    plausible.then(|| {
        if shouting {
            markup::title_case(&t)
        } else {
            t.into_owned()
        }
    })
}

/// True when one name's words are all among the other's ("Falkland Islands" and "FALKLAND
/// ISLANDS (ISLAS MALVINAS)"; "SAINT HELENA)", the end of a name wrapped over two lines, and
/// "Saint Helena, Ascensión, and Tristán da Cunha"), case and punctuation aside.
fn same_name(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        crate::case::lower_str(s)
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let within = |x: &[String], y: &[String]| !x.is_empty() && x.iter().all(|w| y.contains(w));
    within(&a, &b) || within(&b, &a)
}

/// Levenshtein distance in characters; both are at most a country name long (checked by the
/// callers' plausibility tests), so the quadratic table is small.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (diag + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diag = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// "For the 2020 reporting period, no assessment has been made …".
fn reporting_period_year(text: &str) -> Option<u16> {
    let pos = text.find(" reporting period")?;
    let year = text.get(pos.checked_sub(4)?..pos)?.parse().ok()?;
    (1990..=2100).contains(&year).then_some(year)
}

/// How many lines are searched for the prevalence sentence when nothing else named the country.
const MAX_PREVALENCE_LINES: usize = 400;

/// "Children in Anguilla engage in …", the first sentence of section I, when neither the opening
/// sentence nor a page header named the country.
fn prevalence_country(lines: &[Line]) -> Option<String> {
    lines.iter().take(MAX_PREVALENCE_LINES).find_map(|l| {
        let pos = l.text().find("Children in ")?;
        let rest = &l.text()[pos + "Children in ".len()..];
        let end = [" engage", " are ", " work", " were "]
            .iter()
            .filter_map(|v| rest.find(v))
            .min()?;
        let name = rest[..end].trim();
        let name = name.strip_prefix("the ").unwrap_or(name);
        let plausible = !name.is_empty()
            && name.len() <= MAX_COUNTRY_LEN
            && name.split_whitespace().all(|w| {
                w.starts_with(char::is_uppercase)
                    || ["of", "the", "and", "d’Ivoire", "d'Ivoire"].contains(&w)
            });
        plausible.then(|| name.to_string())
    })
}

/// "2016 FINDINGS ON THE WORST FORMS OF CHILD LABOR" page footers name the year.
fn furniture_year(lines: &[Line]) -> Option<u16> {
    const FOOTER: &str = "FINDINGS ON THE WORST FORMS";
    // Short lines (blank ones above all) cannot hold it: skip them before building a searcher.
    lines
        .iter()
        .filter(|l| l.text().len() >= FOOTER.len())
        .find_map(|l| {
            // Any letter case: pdf.js reads the footer's small capitals as "fIndIngS on the WorSt".
            let idx = markup::find_ci(l.text(), FOOTER)?;
            let before = l.text()[..idx].trim_end();
            let year = before.get(before.len().checked_sub(4)?..)?;
            year.parse().ok()
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    #[test]
    fn reads_a_heading_with_the_footer_run_into_it() {
        // pdf.js runs page one's footer (page number, year, small capitals) into the line above.
        let text = "West Bank and the Gaza Strip12018 fIndInGS on the WorSt forMS of chIld labor\nminimal advancement\nIn 2018, the Palestinian Authority made a minimal advancement in efforts.\n";
        let id = read(&split(text));
        assert_eq!(id.country.as_deref(), Some("West Bank and the Gaza Strip"));
        let text = "Montserrat\nMiniMal advanceMent12018 fIndIngS on the WorSt formS of chIld labor\nAlthough research found no evidence that child labor exists in Montserrat, the government made a minimal advancement in 2018.\n";
        let id = read(&split(text));
        assert_eq!(id.year, Some(2018));
        assert_eq!(
            id.assessment.map(|a| a.label).as_deref(),
            Some("Minimal Advancement")
        );
        let text = "Niue\nNO ADVANCEMENT12019 FINDINGS ON THE WORST FORMS OF CHILD LABOR\nResearch found no evidence that child labor exists in Niue.\n";
        let id = read(&split(text));
        assert_eq!(id.country.as_deref(), Some("Niue"));
        assert_eq!(id.year, Some(2019));
        assert_eq!(id.assessment.map(|a| a.level).as_deref(), Some("no"));
        // A browser PDF viewer's copy: page one's footer between the name and its label.
        let text = "Niue\n2019 FINDINGS ON THE WORST FORMS OF CHILD LABOR 1\nNO ADVANCEMENT\nResearch found no evidence that child labor exists in Niue.\n";
        assert_eq!(read(&split(text)).country.as_deref(), Some("Niue"));
        // A footer line on its own is left as it is.
        assert_eq!(
            without_joined_footer("2019 FINDINGS ON THE WORST FORMS OF CHILD LABOR 1"),
            "2019 FINDINGS ON THE WORST FORMS OF CHILD LABOR 1"
        );
    }

    #[test]
    fn reads_sentence_and_label() {
        let text = "Ghana\nMODERATE ADVANCEMENT\n\nIn 2016, Ghana made a significant advancement in efforts to\n\nGhana\nSIGNIFICANT ADVANCEMENT\n";
        let id = read(&split(text));
        assert_eq!(id.country.as_deref(), Some("Ghana"));
        assert_eq!(id.year, Some(2016));
        let a = id.assessment.unwrap();
        assert_eq!(
            (a.level.as_str(), a.label.as_str()),
            ("significant", "Significant Advancement")
        );
    }

    #[test]
    fn the_country_and_no_level_in_sentence() {
        let id = read(&split("Philippines\nModerate Advancement\nIn 2018, the Philippines made a moderate advancement"));
        assert_eq!(id.country.as_deref(), Some("Philippines"));
        let id = read(&split(
            "Uzbekistan\nNO ADVANCEMENT – EFFORTS MADE BUT COMPLICIT IN FORCED CHILD LABOR\nIn 2016, Uzbekistan made efforts to eliminate",
        ));
        let a = id.assessment.unwrap();
        assert_eq!(a.level, "no");
        assert_eq!(
            a.label,
            "No Advancement – Efforts Made but Complicit in Forced Child Labor"
        );
        let id = read(&split("Anguilla\nNO ADVANCEMENT\nAlthough research found no evidence, in 2021, the government made no advancement in efforts"));
        assert_eq!(
            (id.country.as_deref(), id.year),
            (Some("Anguilla"), Some(2021))
        );
        assert_eq!(id.assessment.unwrap().level, "no");
    }

    #[test]
    fn country_from_the_prevalence_sentence() {
        let text = "NO ADVANCEMENT\n\nAlthough research found no evidence of child labor, in 2021, the government made no advancement in efforts.\n\nI. PREVALENCE AND SECTORAL DISTRIBUTION OF CHILD LABOR\n\nChildren in the Turks and Caicos Islands are not known to engage in child labor.\n";
        let id = read(&split(text));
        assert_eq!(id.country.as_deref(), Some("Turks and Caicos Islands"));
        assert_eq!(id.year, Some(2021));
    }

    #[test]
    fn territories_with_no_assessment() {
        let text = "Cocos (Keeling) Islands\nNO ASSESSMENT\nFor the 2020 reporting period, no assessment has been made regarding the Cocos (Keeling) Islands' efforts\n";
        let id = read(&split(text));
        assert_eq!(id.country.as_deref(), Some("Cocos (Keeling) Islands"));
        assert_eq!(id.year, Some(2020));
        let a = id.assessment.unwrap();
        assert_eq!(
            (a.level.as_str(), a.label.as_str()),
            ("no-assessment", "No Assessment")
        );
    }

    /// Openings of real `pdftotext` copies (Tanzania 2018, The Gambia 2021, Central African
    /// Republic 2014, Côte d'Ivoire 2019, Western Sahara 2019).
    #[test]
    fn heading_names_the_country_and_title_case_labels() {
        let id = read(&split("Tanzania\nMinimal Advancement – Efforts Made but Continued Practice that Delayed Advancement\n\nIn 2018,The United Republic of Tanzania made a minimal\nadvancement in efforts"));
        assert_eq!(
            (id.country.as_deref(), id.year),
            (Some("Tanzania"), Some(2018))
        );
        let a = id.assessment.unwrap();
        assert_eq!(a.level, "minimal");
        assert!(a
            .label
            .to_lowercase()
            .ends_with("practice that delayed advancement"));
        let id = read(&split("The Gambia\nMODERATE ADVANCEMENT\nIn 2021,The Gambia made moderate\nadvancement in efforts"));
        assert_eq!(
            (id.country.as_deref(), id.year),
            (Some("The Gambia"), Some(2021))
        );
        let id = read(&split(
            "In 2014, the Central African Republic (CAR) made no advancement in efforts",
        ));
        assert_eq!(id.country.as_deref(), Some("Central African Republic"));
        // The heading's font misread: the sentence's spelling wins.
        let id = read(&split("Côte d’lvoire\nSIGNIFICANT ADVANCEMENT\nIn 2019, Côte d’Ivoire made a significant advancement"));
        assert_eq!(id.country.as_deref(), Some("Côte d’Ivoire"));
        let id = read(&split("Western Sahara\nMINIMAL ADVANCEMENT\nIn 2019, Morocco made a minimal advancement in efforts"));
        assert_eq!(id.country.as_deref(), Some("Western Sahara"));
        assert_eq!(edit_distance("somolia", "somalia"), 1);
        assert_eq!(edit_distance("phillippines", "philippines"), 1);
        assert_eq!(edit_distance("", "chad"), 4);
    }

    #[test]
    fn nothing_from_a_recipe() {
        let id = read(&split(
            "Pancakes\n\nMix 2 eggs with flour. In 2019, we made pancakes.",
        ));
        assert_eq!(id.assessment, None);
        assert_eq!(id.country.as_deref(), None);
    }

    /// "Overseas Territories of the United Kingdom" 2017 (plain `pdftotext`): each territory's
    /// name, label and own sentence at the top; the report is read under the first, with a
    /// warning that names them (the fifth's name is wrapped over two lines and its sentence is
    /// longer than a name can be: not among them).
    #[test]
    fn a_combined_report_names_its_territories() {
        let r = crate::parse(include_str!(
            "../tests/data/plain_uk_territories_2017_opening.txt"
        ));
        assert_eq!(r.country.as_deref(), Some("Anguilla"));
        let w: Vec<_> = r
            .warnings
            .iter()
            .filter(|w| w.message.contains("several territories"))
            .collect();
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, 13);
        assert!(
            w[0].message.contains(
                "(Anguilla, British Virgin Islands, Falkland Islands (Islas Malvinas), Montserrat)"
            ),
            "{}",
            w[0].message
        );
    }

    #[test]
    fn a_report_on_one_country_names_no_territories() {
        for text in [
            include_str!("../tests/data/kazakhstan-2013.pdf-plain.txt"),
            include_str!("../tests/data/kazakhstan-2018.pdf-layout.txt"),
            include_str!("../tests/data/kazakhstan-2018.pipe.txt"),
            "Ghana\nMODERATE ADVANCEMENT\nIn 2016, Ghana made a moderate advancement in efforts\n\n\
             BUREAU OF INTERNATIONAL LABOR AFFAIRS\nMODERATE ADVANCEMENT\nChildren in Ghana …\n",
        ] {
            let id = read(&split(text));
            assert!(id.territories.is_empty(), "{:?}", id.territories);
        }
    }
}
