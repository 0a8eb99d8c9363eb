//! Bad input never panics, never yields garbage structure, and says why; the same report in
//! another form gives the same facts; the JSON form round-trips.

use findings::{parse, parse_all, Report};
use proptest::prelude::*;

fn data(name: &str) -> String {
    let bytes = std::fs::read(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    findings::decode(&bytes).text
}

fn says_not_a_report(r: &Report) {
    assert!(!r.is_recognised(), "recognised: {:?}", r.country);
    assert!(r.sections.is_empty() && r.recommendations.is_empty());
    let w = r.warnings.first().expect("a warning");
    assert_eq!(w.line, 0);
    assert!(
        w.message.contains("no Findings report recognised"),
        "{}",
        w.message
    );
}

#[test]
fn non_reports_are_refused_with_a_reason() {
    says_not_a_report(&parse(""));
    says_not_a_report(&parse(
        "Pancakes\n\nMix 2 eggs with 200 g flour. In 2019, we made pancakes.\n1. Heat the pan.\n",
    ));
    let junk: String = (0..20_000u32)
        .map(|i| char::from_u32((i * 7919) % 0xD000).unwrap_or('x'))
        .collect();
    says_not_a_report(&parse(&junk));
    says_not_a_report(&parse(&"\0\u{1}\u{7f}|\t(1-99999)".repeat(1000)));
}

#[test]
fn a_fifty_megabyte_line_is_handled() {
    let line =
        "In 2018, Kazakhstan made a minimal advancement (1-5) | Table 1. X |\t".repeat(750_000);
    assert!(line.len() > 50_000_000);
    let r = parse(&line);
    assert_eq!(r.source.lines, 1);
    assert!(r.sections.is_empty());
}

#[test]
fn citation_ranges_are_capped() {
    let r = parse("I. PREVALENCE OF CHILD LABOR\n\nText.(1-4294967295) More (2-999999).\n");
    let para = match &r.sections[0].blocks[0] {
        findings::Block::Paragraph(p) => p,
        other => panic!("{other:?}"),
    };
    assert!(para.citations.is_empty());
}

#[test]
fn crlf_and_bom_change_nothing() {
    let a = parse(&data("kazakhstan-2013.tab.txt"));
    let b = parse(&data("kazakhstan-2013.crlf-bom.txt"));
    assert_eq!(a.tables, b.tables);
    assert_eq!(a.recommendations, b.recommendations);
    assert_eq!(a.references, b.references);
    assert_eq!(a.sections, b.sections);
}

/// PDFium (Chrome's and Edge's PDF viewers) gives a hyphen where a line broke a word as U+FFFE;
/// it is read as the hyphen it was, in prose, references and URLs, in every entry point.
#[test]
fn a_pdf_viewers_line_end_hyphen_is_a_hyphen() {
    let text = data("pdfium_armenia_2020_cont_caption_over_references.txt");
    assert!(text.contains('\u{fffe}'));
    let r = parse(&text);
    let json = serde_json::to_string(&r).unwrap();
    assert!(!json.contains('\u{fffe}'));
    let reference = r.references.iter().find(|x| x.number == 5).unwrap();
    assert!(reference
        .urls
        .iter()
        .any(|u| u.contains("-UN-committee-on-the-rights")));
    assert!(r
        .references
        .iter()
        .any(|x| x.text.contains("Human Rights Practices-2019: Armenia")));
    assert_eq!(parse_all(&text), vec![r.clone()]);
    let part = findings::split_book(&text).remove(0);
    assert_eq!(findings::parse_part(&text, &part), r);
}

/// A browser PDF viewer prints a table of values a visual line at a time, its cells joined by
/// spaces: the statistics, ratification and enforcement tables are still read as tables, the
/// enforcement table across its page break.
#[test]
fn a_pdf_viewers_value_tables_keep_their_columns() {
    let r = parse(&data("pdfium_afghanistan_2018_value_tables.txt"));
    let table = |n: u32| r.tables.iter().find(|t| t.number == n).unwrap();
    let texts = |n: u32, row: usize| -> Vec<String> {
        table(n).rows[row]
            .cells
            .iter()
            .map(|c| c.text.clone())
            .collect()
    };
    assert_eq!(table(1).columns, ["Children", "Age", "Percent"]);
    assert_eq!(
        texts(1, 0),
        ["Working (% and population)", "5 to 14", "7.5 (673,949)"]
    );
    assert_eq!(
        texts(1, 3),
        ["Primary Completion Rate (%)", "", "Unavailable"]
    );
    assert_eq!(table(3).rows.len(), 6);
    assert!(table(3).rows.iter().all(|row| row.cells[1].text == "✓"));
    let labor = table(6);
    assert_eq!(
        labor.columns,
        ["Overview of Labor Law Enforcement", "2017", "2018"]
    );
    assert_eq!(labor.rows.len(), 17);
    let inspectors = &labor.rows[1].cells;
    assert_eq!(inspectors[0].text, "Number of Labor Inspectors");
    assert_eq!(
        (
            inspectors[1].text.as_str(),
            inspectors[1].citations.as_slice()
        ),
        ("8", &[30][..])
    );
    assert_eq!(
        (
            inspectors[2].text.as_str(),
            inspectors[2].citations.as_slice()
        ),
        ("21", &[3][..])
    );
    assert_eq!(
        texts(6, 16)[0],
        "Reciprocal Referral Mechanism Exists Between Labor Authorities and Social Services"
    );
    assert_eq!(table(7).rows.len(), 9);
}

#[test]
fn json_round_trips() {
    for name in ["kazakhstan-2013.tab.txt", "kazakhstan-2018.pipe.txt"] {
        let r = parse(&data(name));
        let json = serde_json::to_string(&r).unwrap();
        let back: Report = serde_json::from_str(&json).unwrap();
        assert_eq!(r, back);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        // The contract's field names.
        for key in [
            "country",
            "year",
            "assessment",
            "sections",
            "tables",
            "recommendations",
            "references",
            "warnings",
            "source",
        ] {
            assert!(v.get(key).is_some(), "{key} missing");
        }
        assert!(v["tables"][1]["rows"][0]["cells"][0]["text"].is_string());
        assert!(v["recommendations"][0]["years"]["first"].is_number());
    }
}

#[test]
fn a_book_is_split_into_its_reports() {
    let book = format!(
        "{}\n\n{}",
        data("kazakhstan-2013.tab.txt"),
        data("kazakhstan-2018.pipe.txt")
    );
    let reports = parse_all(&book);
    assert_eq!(reports.len(), 2);
    assert_eq!((reports[0].year, reports[1].year), (Some(2013), Some(2018)));
    assert_eq!(reports[0].recommendations.len(), 8);
    assert_eq!(reports[1].recommendations.len(), 9);
    assert_eq!(reports[0].references.len(), 41);
    assert_eq!(reports[1].references.len(), 40);
    let second_start = reports[1].source.first_line;
    assert!(reports[1].sections[0].line > second_start && second_start > 200);
    assert_eq!(parse_all(&data("kazakhstan-2018.pipe.txt")).len(), 1);
    // The same reports one part at a time, as the app parses a large paste.
    let parts = findings::split_book(&book);
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[0].bytes.start, 0);
    assert_eq!(parts[0].bytes.end, parts[1].bytes.start);
    assert_eq!(parts[1].bytes.end, book.len());
    assert_eq!(parts[1].first_line, second_start);
    assert!(book[parts[1].bytes.clone()].starts_with("MINIMAL ADVANCEMENT"));
    let one_by_one: Vec<Report> = parts
        .iter()
        .map(|p| findings::parse_part(&book, p))
        .collect();
    assert_eq!(one_by_one, reports);
}

#[test]
fn a_book_parsed_whole_equals_its_parts_parsed_one_by_one() {
    // `parse_all` reuses the whole text's lines for each report; `parse_part` splits its part
    // again. Page breaks, line ends and a BOM at the cut must come out the same.
    let (a, b) = (
        data("kazakhstan-2013.tab.txt"),
        data("kazakhstan-2018.pipe.txt"),
    );
    for sep in [
        "\n\n",
        "\n\u{c}\n",
        "\n\u{c}",
        "\r\n\u{c}\u{c}",
        "\r",
        "\n\u{feff}",
        "\n\u{c}\u{feff}",
        "\n  \t",
    ] {
        for book in [
            format!("{a}{sep}{b}{sep}{a}"),
            format!("\u{feff}{a}{sep}{b}").replace('\n', "\r\n"),
        ] {
            let whole = parse_all(&book);
            assert_eq!(whole.len(), findings::split_book(&book).len(), "{sep:?}");
            assert!(whole.len() >= 2, "{sep:?}");
            let one_by_one: Vec<Report> = findings::split_book(&book)
                .iter()
                .map(|p| findings::parse_part(&book, p))
                .collect();
            assert_eq!(whole, one_by_one, "{sep:?}");
        }
    }
}

fn seed_lines() -> Vec<String> {
    let mut lines: Vec<String> = data("kazakhstan-2013.tab.txt")
        .lines()
        .map(str::to_string)
        .collect();
    lines.extend(data("kazakhstan-2018.pipe.txt").lines().map(str::to_string));
    lines
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,400}") {
        let r = parse(&s);
        let bom = s.starts_with('\u{feff}');
        prop_assert!(r.source.bytes == s.len() || bom);
        let _ = parse_all(&s);
    }

    #[test]
    fn report_like_junk_never_panics(parts in prop::collection::vec(prop_oneof![
        Just("Table 4. Laws (Cont.)".to_string()),
        Just("| a | b |".to_string()),
        Just("|---|".to_string()),
        Just("\ta\tb".to_string()),
        Just("I. PREVALENCE OF CHILD LABOR".to_string()),
        Just("MINIMAL ADVANCEMENT".to_string()),
        Just("REFERENCES".to_string()),
        Just("* legend text here".to_string()),
        Just("(1-5)(".to_string()),
        Just(String::new()),
        "[ \\t|a-z(0-9)†‡*\\-–.]{0,30}",
    ], 0..60)) {
        let text = parts.join("\n");
        let r = parse(&text);
        for t in &r.tables {
            for row in &t.rows {
                prop_assert_eq!(row.cells.len(), t.columns.len());
            }
        }
        let _ = parse_all(&text);
    }

    #[test]
    fn shuffled_and_cut_reports_never_panic(picks in prop::collection::vec(0usize..10_000, 0..120), cut in 0usize..200) {
        let lines = seed_lines();
        let mut text: String = picks.iter().map(|i| lines[i % lines.len()].as_str()).collect::<Vec<_>>().join("\n");
        let mut at = text.len().saturating_sub(cut);
        while !text.is_char_boundary(at) { at -= 1; }
        text.truncate(at);
        let crlf = text.replace('\n', "\r\n");
        let a = parse(&text);
        let b = parse(&crlf);
        prop_assert_eq!(a.tables.len(), b.tables.len());
        prop_assert_eq!(a.recommendations, b.recommendations);
    }
}

/// A browser PDF viewer prints a table of text a visual line at a time, a name's first line and
/// its description's joined by a space: the sectors, agencies, coordinating bodies and policies
/// tables still come out as two columns, names wrapped over lines joined, across a page break;
/// the laws table as its four columns.
#[test]
fn a_pdf_viewers_text_tables_keep_their_columns() {
    let r = parse(&data("pdfium_afghanistan_2013_text_tables.txt"));
    let table = |n: u32| r.tables.iter().find(|t| t.number == n).unwrap();
    let names = |n: u32| -> Vec<String> {
        table(n)
            .rows
            .iter()
            .map(|row| row.cells[0].text.clone())
            .collect()
    };
    let sectors = table(2);
    assert_eq!(sectors.columns, ["Sector/Industry", "Activity"]);
    assert_eq!(sectors.rows.len(), 15);
    let livestock = &sectors.rows[1].cells;
    assert_eq!(
        (livestock[0].text.as_str(), livestock[0].carried),
        ("Agriculture", true)
    );
    assert_eq!(livestock[1].text, "Tending livestock");
    assert_eq!(livestock[1].citations, [8, 9]);
    // The page break inside the table is crossed: services follow industry.
    assert_eq!(sectors.rows[6].cells[0].text, "Services");
    assert_eq!(
        sectors.rows[11].cells[0].text,
        "Categorical Worst Forms of Child Labor"
    );
    assert_eq!(table(5).columns, ["Organization/Agency", "Role"]);
    assert_eq!(
        names(5),
        [
            "Ministry of Labor, Social Affairs, Martyrs, and Disabled (MOLSAMD)",
            "Child Protection Action Network",
            "Ministry of Interior (MOI)",
            "National Directorate of Security (NDS)",
            "Attorney General’s Office (AGO)",
            "Ministry of Women’s Affairs (MOWA)",
            "Afghanistan Independent Human Rights Commission (AIHRC)",
        ]
    );
    let role = &table(5).rows[1].cells[1];
    assert!(role.text.starts_with("Refer child labor cases"));
    assert!(role.text.ends_with("and various NGOs."));
    assert_eq!(role.citations, [11]);
    assert_eq!(table(6).rows.len(), 2);
    assert!(names(6)[1].starts_with("Inter-Ministerial Steering Committee"));
    let policies = names(7);
    assert_eq!(policies.len(), 7);
    assert_eq!(policies[1], "National Strategy for Children at Risk (2004)");
    assert_eq!(policies[6], "National Social Protection Policy");
    let laws = table(4);
    assert_eq!(
        laws.columns,
        ["Standard", "Yes/No", "Age", "Related Legislation"]
    );
    assert_eq!(laws.rows.len(), 11);
    let texts = |row: usize| -> Vec<&str> {
        laws.rows[row]
            .cells
            .iter()
            .map(|c| c.text.as_str())
            .collect()
    };
    assert_eq!(texts(0), ["Minimum Age for Work", "Yes", "18", "Labor Law"]);
    assert_eq!(laws.rows[0].cells[3].citations, [40]);
    // A standard wrapped over two lines, its answer alone on a line, its legislation over three.
    assert_eq!(
        texts(4)[..3],
        ["Prohibition of Child Trafficking", "Yes", ""]
    );
    assert!(texts(4)[3].ends_with("Combating Abduction and Human Trafficking/Smuggling"));
    assert_eq!(
        texts(6)[0],
        "Prohibition of Using Children in Illicit Activities"
    );
    assert_eq!(
        texts(7)[0],
        "Minimum Age for Compulsory Military Recruitment"
    );
    assert_eq!(laws.rows[7].cells[1].marks, ["*"]);
}

/// In plain `pdftotext` text the enforcement section's subheading follows the agencies table
/// with no blank line or caption between: the table ends there, and the subheading and its
/// paragraph are the section's, not rows of the table.
#[test]
fn a_subheading_after_a_table_ends_it() {
    let r = parse(&data("plain_haiti_2019_agencies_before_subheading.txt"));
    let agencies = r.tables.iter().find(|t| t.number == 5).unwrap();
    let names: Vec<&str> = agencies
        .rows
        .iter()
        .map(|row| row.cells[0].text.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Ministry of Social Affairs and Labor (MAST)",
            "Brigade for the Protection of Minors (BPM)",
            "POLIFRONT"
        ]
    );
    let section = &r.sections[0];
    assert_eq!(section.subsections[0].title, "Labor Law Enforcement");
}

/// The laws table's cells of one row, as text.
fn law_rows(r: &Report, number: u32) -> Vec<Vec<String>> {
    let table = r.tables.iter().find(|t| t.number == number).unwrap();
    table
        .rows
        .iter()
        .map(|row| row.cells.iter().map(|c| c.text.clone()).collect())
        .collect()
}

#[test]
fn a_plain_laws_table_printed_in_blocks_keeps_its_rows() {
    // Plain pdftotext prints the standards, then answers, ages and laws in blocks of a few
    // rows each; an "N/A" stands for an age or a law.
    let r = parse(&data("plain_brazil_2019_laws_in_blocks.txt"));
    let rows = law_rows(&r, 4);
    assert_eq!(rows.len(), 12);
    assert_eq!(
        rows[0],
        [
            "Minimum Age for Work",
            "Yes",
            "16",
            "Article 403 of the Labor Code"
        ]
    );
    assert_eq!(
        rows[9],
        [
            "Prohibition of Military Recruitment by Nonstate Armed Groups",
            "No",
            "N/A",
            "N/A"
        ]
    );
    assert_eq!(
        rows[10],
        [
            "Compulsory Education Age",
            "Yes",
            "17",
            "Article 4 of the National Education Law"
        ]
    );
    let table = r.tables.iter().find(|t| t.number == 4).unwrap();
    assert_eq!(table.rows[10].cells[3].citations, [56]);
    // The paragraph after the table is prose, not a row.
    assert!(rows.iter().all(|row| !row[3].contains("Dirty List")));
}

#[test]
fn a_continued_plain_laws_table_places_its_sparse_cells() {
    // 2016: ages printed for the age standards only, a sub-row answered "N/A*" with no law,
    // and the part after the page break merged into the table.
    let r = parse(&data("plain_afghanistan_2016_laws_in_blocks_cont.txt"));
    let rows = law_rows(&r, 4);
    let names: Vec<&str> = rows.iter().map(|row| row[0].as_str()).collect();
    assert_eq!(names.len(), 13);
    assert_eq!(
        names[7..9],
        ["Minimum Age for Military Recruitment", "State Compulsory"]
    );
    assert_eq!(rows[7][1..], ["", "", ""]);
    assert_eq!(rows[8][1..], ["N/A", "", ""]);
    assert_eq!(
        rows[9],
        [
            "State Voluntary",
            "Yes",
            "18",
            "Article 3 of the Law on Prohibition of Recruitment of Children in Military Contingencies"
        ]
    );
    assert_eq!(
        rows[12],
        [
            "Free Public Education",
            "Yes",
            "",
            "Article 17 of the Education Law"
        ]
    );
}

#[test]
fn captions_and_headings_in_small_capitals_are_read() {
    // pdf.js copies small capitals in lower case, some capitals kept: "II. legal frameWork for
    // chIld labor", "table 4. laws and regulations on child labor".
    let r = parse(&data("pdfjs_gambia_2018_small_caps.txt"));
    let titles: Vec<(&str, &str)> = r
        .sections
        .iter()
        .map(|s| (s.numeral.as_str(), s.title.as_str()))
        .collect();
    assert_eq!(titles, [("II", "Legal Framework for Child Labor")]);
    let laws = r.tables.iter().find(|t| t.number == 4).unwrap();
    assert_eq!(laws.title, "Laws and regulations on child labor");
    assert_eq!(laws.columns.len(), 4);
    assert_eq!(law_rows(&r, 4).len(), 12);
    assert_eq!(law_rows(&r, 4)[0][2], "16");
}

#[test]
fn a_section_title_without_its_numeral_opens_its_section() {
    // Plain pdftotext of Albania 2014: "V." printed inside the coordinating bodies table, its
    // title after the table.
    let r = parse(&data(
        "plain_albania_2014_section_title_without_numeral.txt",
    ));
    let titles: Vec<(&str, &str)> = r
        .sections
        .iter()
        .map(|s| (s.numeral.as_str(), s.title.as_str()))
        .collect();
    assert_eq!(
        titles,
        [
            (
                "IV",
                "Coordination of Government Efforts on the Worst Forms of Child Labor"
            ),
            ("V", "Government Policies on the Worst Forms of Child Labor")
        ]
    );
    assert!(r
        .warnings
        .iter()
        .any(|w| w.line == 28 && w.message.contains("without its numeral")));
    let bodies = r.tables.iter().find(|t| t.number == 6).unwrap();
    assert_eq!(bodies.rows.len(), 2);
    assert!(bodies.rows.iter().all(|row| row
        .cells
        .iter()
        .all(|c| c.text != "V." && !c.text.contains("POLICIES"))));
}

#[test]
fn sector_labels_printed_after_their_activities_are_the_first_column() {
    // Plain pdftotext of India 2017: a sector label stands by the middle of its rows, so it
    // comes after some of them ("Industry" after the page's last activity), and the activity
    // lines are as long as prose.
    let r = parse(&data("plain_india_2017_sector_labels_after_rows.txt"));
    let rows = law_rows(&r, 2);
    assert_eq!(rows.len(), 19);
    assert!(rows[0][1].starts_with("Farming, including producing hybrid cottonseed"));
    let sector_of = |activity: &str| {
        rows.iter()
            .find(|row| row[1].starts_with(activity))
            .map(|row| row[0].as_str())
    };
    assert_eq!(sector_of("Farming"), Some("Agriculture"));
    assert_eq!(sector_of("Manufacturing glass bangles"), Some("Industry"));
    assert_eq!(sector_of("Domestic work"), Some("Services"));
    assert_eq!(
        sector_of("Use in illicit activities"),
        Some("Categorical Worst Forms of Child Labor")
    );
    assert!(rows
        .iter()
        .all(|row| !["Industry", "Services"].contains(&row[1].as_str())));
}

#[test]
fn a_header_word_that_ends_a_wrapped_cell_is_no_column() {
    // Plain pdftotext of West Bank and the Gaza Strip 2020: "Office of the Public Prosecutor
    // for" / "Children" (a header of another table) in a continued agencies table.
    let r = parse(&data("plain_west_bank_2020_wrapped_label_cell.txt"));
    let table = r.tables.iter().find(|t| t.number == 5).unwrap();
    assert_eq!(table.columns, ["Organization/Agency", "Role"]);
    let rows = law_rows(&r, 5);
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[3][0], "Office of the Public Prosecutor for Children");
    assert!(rows[3][1].starts_with("Investigates and prosecutes cases of child exploitation"));
}

#[test]
fn enforcement_tables_printed_as_blocks_of_each_years_values() {
    // Plain pdftotext of Colombia 2016: each enforcement table's labels, then (after the
    // legends and a page footer, in the labor table) each year's values in blocks that take
    // turns, the first under their year.
    let r = parse(&data("plain_colombia_2016_enforcement_blocks.txt"));
    let labor = r.tables.iter().find(|t| t.number == 6).unwrap();
    assert_eq!(
        labor.columns,
        ["Overview of Labor Law Enforcement", "2015", "2016"]
    );
    let rows = law_rows(&r, 6);
    assert_eq!(rows.len(), 20);
    assert_eq!(
        rows[0],
        ["Labor Inspectorate Funding", "Unknown", "$1,266,600"]
    );
    assert_eq!(rows[4], ["Training for Labor Inspectors", "", ""]);
    assert_eq!(
        rows[5],
        ["Initial Training for New Employees", "Yes", "Unknown"]
    );
    assert_eq!(
        rows[19],
        [
            "Reciprocal Referral Mechanism Exists Between Labor Authorities and Social Services",
            "Yes",
            "Yes"
        ]
    );
    // The marks are tied to the legends printed between the labels and the values.
    let funding = &labor.rows[0].cells[2];
    assert_eq!(
        (funding.marks.as_slice(), funding.citations.as_slice()),
        (&["‡".to_string()][..], &[11][..])
    );
    let marks: Vec<_> = labor.notes.iter().map(|n| n.mark.as_deref()).collect();
    assert_eq!(marks, [Some("†"), Some("‡")]);
    // The criminal table: its years' headers printed together before any block.
    let rows = law_rows(&r, 7);
    assert_eq!(rows.len(), 9);
    assert_eq!(rows[0], ["Training for Investigators", "", ""]);
    assert_eq!(rows[4], ["Number of Investigations", "Unknown", "2,240"]);
    assert_eq!(rows[8][2], "Yes");
    // No value is left over as prose.
    assert!(!r
        .warnings
        .iter()
        .any(|w| w.message.contains("could not be lined up")));
}

#[test]
fn program_names_end_at_their_footnote_marks() {
    // Plain pdftotext of Honduras 2015: the programs' names wrapped in a narrow column, most
    // ending in a mark, one ending in "Children" (the statistics table's header word, no header
    // of a programs table).
    let r = parse(&data("plain_honduras_2015_program_names_marked.txt"));
    let table = r.tables.iter().find(|t| t.number == 10).unwrap();
    assert_eq!(table.columns, ["Program", "Description"]);
    let names: Vec<String> = law_rows(&r, 10)
        .into_iter()
        .map(|row| row[0].clone())
        .collect();
    assert_eq!(
        names,
        [
            "Voucher 10,000",
            "Program to Combat Child Forced Begging",
            "The Friendly Hand Program",
            "Civic Saturdays",
            "Better Life Program",
            "Program for the Reintegration of Returned Unaccompanied Migrant Children",
            "Program to Prevent Sex Tourism Involving Children and Adolescents",
        ]
    );
    assert_eq!(table.rows[0].cells[0].marks, ["†"]);
    assert!(law_rows(&r, 10)[5][1].starts_with("Government program that provides assistance"));
}

#[test]
fn a_line_right_under_a_lone_header_is_that_columns() {
    // Plain pdftotext of Nicaragua 2013: "Sector/Industry", a blank line, "Activity" and the
    // first activity under it; the sector's label comes after.
    let r = parse(&data("plain_nicaragua_2013_activity_under_its_header.txt"));
    let rows = law_rows(&r, 2);
    assert_eq!(rows.len(), 17);
    assert_eq!(rows[0][0], "Agriculture");
    assert!(rows[0][1].starts_with("Harvesting coffee, bananas, tobacco"));
    assert_eq!(rows[7], ["Industry", "Production of gravel"]);
    assert_eq!(rows[16][0], "Categorical Worst Forms of Child Labor");
}

#[test]
fn a_header_word_read_again_is_a_line_of_a_cell() {
    // Plain pdftotext of Uganda 2015: "Decent Work Country" / "Program" / "(2013–2017)", a
    // program's name whose second line is the table's first header.
    let r = parse(&data("plain_uganda_2015_header_word_in_a_name.txt"));
    let table = r.tables.iter().find(|t| t.number == 10).unwrap();
    assert_eq!(table.columns, ["Program", "Description"]);
    assert!(law_rows(&r, 10)
        .iter()
        .any(|row| row[0] == "Decent Work Country Program (2013–2017)"));
}

#[test]
fn a_laws_answer_run_into_its_standards_line_is_read() {
    // Plain pdftotext of Togo 2018: "Minimum Age for Voluntary State Military Yes" /
    // "Recruitment", and the "Standard" header printed after the page's first rows, over its
    // last two (which stay where they are in the family's order).
    let r = parse(&data("plain_togo_2018_laws_answer_run_in.txt"));
    let rows = law_rows(&r, 4);
    let names: Vec<&str> = rows.iter().map(|row| row[0].as_str()).collect();
    assert_eq!(names.len(), 12);
    assert_eq!(names[0], "Minimum Age for Work");
    assert_eq!(
        names[7..9],
        [
            "Minimum Age for Voluntary State Military Recruitment",
            "Prohibition of Compulsory Recruitment of Children by (State) Military"
        ]
    );
    assert_eq!(rows[8][1], "Yes");
    assert!(rows[0][3].starts_with("Article 150 of the Labor Code"));
    assert!(rows[1][3].starts_with("Article 151 of the Labor Code"));
}

#[test]
fn role_and_description_heads_a_coordinating_bodies_column() {
    // Plain pdftotext of Nepal 2017, whose header reads "Role and Description".
    let r = parse(&data("plain_nepal_2017_role_and_description.txt"));
    let table = r.tables.iter().find(|t| t.number == 8).unwrap();
    assert_eq!(table.columns, ["Coordinating Body", "Role and Description"]);
    let names: Vec<String> = law_rows(&r, 8)
        .into_iter()
        .map(|row| row[0].clone())
        .collect();
    assert_eq!(names.len(), 7);
    assert_eq!(
        names[0],
        "Labor Relations, Child Labor Prevention, and Information Section"
    );
    assert!(names
        .iter()
        .any(|n| n == "National Human Rights Commission"));
    assert_eq!(names[6], "District Child Welfare Boards");
}

#[test]
fn agency_names_printed_after_their_roles_are_the_first_column() {
    // Plain pdftotext of The Gambia 2017: the first agency's name, then the roles, then the
    // other agencies' names in a block of short lines.
    let r = parse(&data("plain_gambia_2017_names_after_roles.txt"));
    let rows = law_rows(&r, 5);
    let names: Vec<&str> = rows.iter().map(|row| row[0].as_str()).collect();
    for name in [
        "Department of Labor",
        "Child Protection Alliance (CPA)",
        "Children’s Court",
    ] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    // No name is left in the roles' column.
    assert!(rows
        .iter()
        .all(|row| !row[1].contains("Child Protection Alliance (CPA)")));
    assert!(rows.iter().all(|row| row[1].len() > 40));
}

#[test]
fn a_viewer_copys_enforcement_table_goes_on_past_its_cont_mark() {
    // Chrome's PDF viewer copy of Uruguay 2016: Table 6 breaks after four rows with "(cont)",
    // the page's furniture and the caption and header printed again; the groups over
    // sub-rows ("Training for Labor Inspectors") are lines with no values.
    let r = parse(&data("pdfium_uruguay_2016_enforcement_cont.txt"));
    let labor = law_rows(&r, 6);
    assert_eq!(labor.len(), 20);
    assert_eq!(labor[1], ["Number of Labor Inspectors", "150", "120"]);
    assert_eq!(labor[4], ["Training for Labor Inspectors", "", ""]);
    assert_eq!(
        labor[5],
        ["Initial Training for New Employees", "Unknown", "Unknown"]
    );
    assert!(labor
        .iter()
        .all(|row| row[0] != "(cont)" && row[0] != "Uruguay"));
    let criminal = law_rows(&r, 7);
    assert_eq!(criminal[0], ["Training for Investigators", "", ""]);
    assert_eq!(criminal[3], ["Refresher Courses Provided", "Yes", "Yes"]);
}

#[test]
fn a_program_description_opening_with_its_amount_starts_a_cell() {
    // Plain pdftotext of Benin 2014: the project descriptions open with their amounts
    // ("$4.3 million, USAID-funded, 4-year project. …").
    let r = parse(&data("plain_benin_2014_program_amounts.txt"));
    let rows = law_rows(&r, 8);
    assert_eq!(rows.len(), 11);
    let described = |name: &str| {
        rows.iter()
            .find(|row| row[0] == name)
            .map(|row| row[1].clone())
            .unwrap_or_default()
    };
    assert!(described("Community Teacher Professional Training Program")
        .starts_with("$4.3 million, USAID-funded"));
    assert!(
        described("Girls Education and Community Participation Project")
            .starts_with("$6.9 million")
    );
    assert!(described("Second Chance Schools").starts_with("$3.5 million"));
}
