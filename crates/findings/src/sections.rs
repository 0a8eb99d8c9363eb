//! Page furniture (running headers and footers) and unnumbered subsection headings.

use crate::identity::scan_label;
use crate::lines::{Kind, Line};
use crate::markup;

/// Longest subsection heading, in bytes.
const MAX_SUBSECTION_LEN: usize = 70;

/// Marks the lines that are page furniture ([`Line::set_furniture`]): the assessment label and
/// country name repeated at page tops, "2016 FINDINGS ON THE WORST FORMS OF CHILD LABOR" and
/// "BUREAU OF INTERNATIONAL LABOR AFFAIRS" footers, and page numbers next to them.
pub(crate) fn mark_furniture(lines: &mut [Line], country: Option<&str>) {
    for line in lines.iter_mut() {
        if is_running_line(line, country) {
            line.set_furniture();
        }
    }
    // A bare page number counts when the nearest non-blank line above or below is a running
    // line (not another number: a run of reference numbers under a page header is not furniture),
    // so the numbers are marked only once every one has been looked at.
    let mut numbers = Vec::new();
    for i in 0..lines.len() {
        if lines[i].is_furniture() || !is_page_number(lines[i].text()) {
            continue;
        }
        let is_running = |j: Option<usize>| j.is_some_and(|j| lines[j].is_furniture());
        let above = (0..i).rev().find(|&j| lines[j].kind() != Kind::Blank);
        let below = (i + 1..lines.len()).find(|&j| lines[j].kind() != Kind::Blank);
        if is_running(above) || is_running(below) {
            numbers.push(i);
        }
    }
    for i in numbers {
        lines[i].set_furniture();
    }
}

fn is_running_line(line: &Line, country: Option<&str>) -> bool {
    let t = markup::strip_line_markup(line.text());
    if t.is_empty() {
        return false;
    }
    if scan_label(&t).is_some() {
        return true;
    }
    if is_letter_spaced(&t) {
        return true;
    }
    let core = t.trim_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    // Length first: a substring search builds its searcher on every call, on every line.
    let findings =
        |s: &str| s.len() < 60 && s.contains("FINDINGS ON THE WORST FORMS OF CHILD LABOR");
    if findings(core) || core.eq_ignore_ascii_case("BUREAU OF INTERNATIONAL LABOR AFFAIRS") {
        return true;
    }
    // Both footers on one line, as a browser's PDF viewer copies a page's foot: "8 BUREAU OF
    // INTERNATIONAL LABOR AFFAIRS 2019 FINDINGS ON THE WORST FORMS OF CHILD LABOR".
    if let Some(rest) = core.strip_prefix("BUREAU OF INTERNATIONAL LABOR AFFAIRS") {
        return findings(rest.trim_start());
    }
    country.is_some_and(|c| {
        core.eq_ignore_ascii_case(c)
            || core.len() == c.len() + 4 && core.eq_ignore_ascii_case(&format!("the {c}"))
            || misread_name(core, c)
    })
}

/// Letters a heading font's capital I is misread as, and the reverse ("Côte d’lvoire").
const MISREAD: [char; 3] = ['I', 'l', '1'];

/// The country's name with one letter misread, as a PDF's heading font can give it at each
/// page top ("Côte d’lvoire" for "Côte d’Ivoire"): the same letters but one, an I read as l
/// or 1 (or the reverse).
fn misread_name(core: &str, country: &str) -> bool {
    if core.len() != country.len() {
        return false;
    }
    let mut diffs = core.chars().zip(country.chars()).filter(|(a, b)| a != b);
    matches!(
        (diffs.next(), diffs.next()),
        (Some((a, b)), None) if MISREAD.contains(&a) && MISREAD.contains(&b)
    )
}

/// Fewest letters a letter-spaced footer has.
const MIN_SPACED_LETTERS: usize = 12;

/// A footer printed letter-spaced ("U N I T E D S TAT E S D E PA R T M E N T O F L A B O R"):
/// mostly one- and two-letter upper-case tokens.
fn is_letter_spaced(t: &str) -> bool {
    // Upper case first: it refuses a line of prose at its first lower-case letter.
    let letters = t.chars().filter(|c| c.is_alphabetic());
    if !letters.clone().all(char::is_uppercase) || letters.count() < MIN_SPACED_LETTERS {
        return false;
    }
    let (mut tokens, mut short) = (0, 0);
    for w in t.split_whitespace() {
        tokens += 1;
        short += usize::from(w.chars().count() <= 3);
    }
    short * 10 >= tokens * 8
}

fn is_page_number(t: &str) -> bool {
    !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit())
}

/// An unnumbered subsection heading ("Labor Law Enforcement", "## Criminal Law Enforcement"):
/// a short line of capitalised words with no sentence end, digits or citation.
pub(crate) fn scan_subsection(text: &str) -> Option<String> {
    let marked = text.trim_start().starts_with('#');
    let t = markup::strip_line_markup(text);
    if t.is_empty() || t.len() > MAX_SUBSECTION_LEN || t.ends_with(['.', ',', ';', ':', ')']) {
        return None;
    }
    if t.chars()
        .any(|c| c.is_ascii_digit() || crate::markup::is_mark(c) || c == '(')
    {
        return None;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if !(2..=8).contains(&words.len()) && !marked {
        return None;
    }
    const SMALL: [&str; 9] = ["and", "of", "the", "for", "on", "to", "in", "a", "with"];
    let capitalised = words
        .iter()
        .all(|w| w.starts_with(char::is_uppercase) || SMALL.contains(w));
    (capitalised
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase)))
    .then(|| markup::title_case(&t))
}

/// "REFERENCES", "References", "#### **REFERENCES**": the start of the reference list.
pub(crate) fn is_references_heading(text: &str) -> bool {
    // Refused by a plain first character before cleaning.
    if markup::plain_first_char(text).is_some_and(|c| !matches!(c, 'r' | 'R' | 'e' | 'E')) {
        return false;
    }
    let t = markup::strip_line_markup(text);
    t.eq_ignore_ascii_case("references") || t.eq_ignore_ascii_case("endnotes")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    #[test]
    fn running_headers_and_footers() {
        let text = "Text.\n\n2013 FINDINGS ON THE WORST FORMS OF CHILD LABOR\n\n1\n\nAfghanistan\n\nMODERATE ADVANCEMENT\n\n8        BUREAU OF INTERNATIONAL LABOR AFFAIRS\n12\n";
        let mut lines = split(text);
        mark_furniture(&mut lines, Some("Afghanistan"));
        let kept: Vec<&str> = lines
            .iter()
            .filter(|l| !l.is_furniture() && l.kind() != Kind::Blank)
            .map(|l| l.text())
            .collect();
        assert_eq!(kept, ["Text."]);
        // A browser's PDF viewer copies a page's two footers as one line.
        let mut lines = split(
            "8 BUREAU OF INTERNATIONAL LABOR AFFAIRS 2019 FINDINGS ON THE WORST FORMS OF CHILD LABOR\nBUREAU OF INTERNATIONAL LABOR AFFAIRS funds projects.\n",
        );
        mark_furniture(&mut lines, None);
        assert!(lines[0].is_furniture());
        assert!(!lines[1].is_furniture());
        // The name at a page top with one letter misread by the heading's font.
        let mut lines = split("Côte d’lvoire\nCôte d’Ivoire\nCote\n");
        mark_furniture(&mut lines, Some("Côte d’Ivoire"));
        assert!(lines.iter().take(2).all(Line::is_furniture));
        assert!(!lines[2].is_furniture());
        assert!(!misread_name("Guyana", "Guinea"));
        assert!(!misread_name("Colombian", "Colombia"));
    }

    #[test]
    fn letter_spaced_footers_and_runs_of_numbers() {
        let text = "U N I T E D S TAT E S D E PA R T M E N T O F L A B O R ’ S B U R E A U\nKazakhstan\n16\n\n1\n2\n3\n";
        let mut lines = split(text);
        mark_furniture(&mut lines, Some("Kazakhstan"));
        let mask: Vec<bool> = lines.iter().map(Line::is_furniture).collect();
        assert_eq!(mask, [true, true, true, false, false, false, false]);
        assert!(!is_letter_spaced("ILO C. 138, Minimum Age"));
        assert!(!is_letter_spaced("UN CRC"));
    }

    #[test]
    fn subsections() {
        assert_eq!(
            scan_subsection("Labor Law Enforcement").as_deref(),
            Some("Labor Law Enforcement")
        );
        assert_eq!(
            scan_subsection("# Criminal Law Enforcement").as_deref(),
            Some("Criminal Law Enforcement")
        );
        assert!(scan_subsection("Working (% and population)").is_none());
        assert!(scan_subsection("The government did this.").is_none());
        assert!(scan_subsection("Kazakhstan").is_none());
    }
}
