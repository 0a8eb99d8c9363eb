//! Golden tests: every `fixtures/*.facts` file names an input under `data/` and lists facts read
//! off the report by hand, one per line. One runner checks them all and reports every mismatch.
//! The shared check in [`validate`] runs on every fixture too.
//!
//! Fact lines (`#` starts a comment):
//! ```text
//! input: kazakhstan-2013.tab.txt          country: Kazakhstan        year: 2013
//! level: minimal                          label: Minimal Advancement format: tab
//! sections: I, II, III                    section 3 subsections: Labor Law Enforcement; Criminal …
//! tables: 9                               table 9 rows: 8            table 9 columns: A | B | C
//! table 2 cell 2 1: Agriculture (carried) table 2 cell 1 2 marks: †  table 2 cell 1 2 citations: 1-5
//! table 2 notes: *, †, ‡                  table 4 continued: yes
//! recommendations: 8                      recommendation areas: Enforcement, Coordination
//! recommendation 1 years: 2009 – 2013     recommendation 7 starts: Conduct research
//! references: 41                          reference 11 starts: Kenzhebekova
//! summary starts: In 2013, Kazakhstan     warning at: 58
//! ```

use std::path::Path;

use findings::{Block, Report};

fn main_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn fixtures() {
    let dir = main_dir().join("tests/fixtures");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fixtures exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "facts"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures found in {}", dir.display());
    let mut failures = Vec::new();
    let mut checked = 0;
    for file in &files {
        let spec = std::fs::read_to_string(file).expect("readable fixture");
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let input = spec
            .lines()
            .find_map(|l| l.strip_prefix("input:"))
            .map(str::trim)
            .unwrap_or_else(|| panic!("{name}: no input line"));
        let bytes = std::fs::read(main_dir().join("tests/data").join(input)).expect("input file");
        let report = findings::parse(&findings::decode(&bytes).text);
        for problem in validate(&report) {
            failures.push(format!("{name}: {problem}"));
        }
        for (n, line) in spec.lines().enumerate() {
            let line = line.split(" #").next().unwrap_or("").trim();
            if line.is_empty() || line.starts_with('#') || line.starts_with("input:") {
                continue;
            }
            checked += 1;
            if let Err(e) = check(&report, line) {
                failures.push(format!("{name}:{}: {line}\n      {e}", n + 1));
            }
        }
    }
    assert!(checked > 50, "only {checked} facts checked");
    assert!(
        failures.is_empty(),
        "{} of {checked} facts failed:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

/// Checks that hold for every report: spans in order and inside the text, every row as wide as
/// its header, table blocks pointing at their table, citations inside their paragraph.
fn validate(r: &Report) -> Vec<String> {
    let mut problems = Vec::new();
    let last_line = r.source.first_line + r.source.lines;
    for t in &r.tables {
        for row in &t.rows {
            if row.cells.len() != t.columns.len() {
                problems.push(format!(
                    "table {} row at line {} has {} cells for {} columns",
                    t.number,
                    row.line,
                    row.cells.len(),
                    t.columns.len()
                ));
            }
            if row.line < t.line || row.line > last_line {
                problems.push(format!(
                    "table {} row line {} outside the table",
                    t.number, row.line
                ));
            }
        }
    }
    let mut prev = 0;
    for s in &r.sections {
        if s.line < prev {
            problems.push(format!("section {} out of order", s.numeral));
        }
        prev = s.line;
        for b in s
            .blocks
            .iter()
            .chain(s.subsections.iter().flat_map(|ss| &ss.blocks))
        {
            match b {
                Block::Table { index, number }
                    if r.tables.get(*index).map(|t| t.number) != Some(*number) =>
                {
                    problems.push(format!(
                        "block points at table {number} via index {index} wrongly"
                    ));
                }
                Block::Paragraph(p) => {
                    for c in &p.citations {
                        if p.text
                            .get(c.start..c.end)
                            .is_none_or(|s| !s.starts_with('(') || !s.ends_with(')'))
                        {
                            problems.push(format!(
                                "citation span {}..{} not a group in paragraph at line {}",
                                c.start, c.end, p.line
                            ));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    for w in &r.warnings {
        if w.line > last_line {
            problems.push(format!("warning line {} past the end", w.line));
        }
    }
    problems
}

fn list(v: &str, sep: char) -> Vec<String> {
    v.split(sep)
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn numbers(v: &str) -> Vec<u32> {
    let mut out = Vec::new();
    for part in list(v, ',') {
        match part.split_once('-') {
            Some((a, b)) => {
                out.extend(a.trim().parse::<u32>().unwrap()..=b.trim().parse::<u32>().unwrap())
            }
            None => out.push(part.parse().unwrap()),
        }
    }
    out
}

fn eq<T: PartialEq + std::fmt::Debug>(got: T, want: T) -> Result<(), String> {
    if got == want {
        Ok(())
    } else {
        Err(format!("got {got:?}, want {want:?}"))
    }
}

fn check(r: &Report, fact: &str) -> Result<(), String> {
    let (key, value) = fact.split_once(':').ok_or("a fact is `key: value`")?;
    let value = value.trim();
    let words: Vec<&str> = key.split_whitespace().collect();
    let table = |n: &str| -> Result<&findings::Table, String> {
        let n: u32 = n.parse().map_err(|_| "bad table number")?;
        r.table(n).ok_or_else(|| format!("no table {n}"))
    };
    match words.as_slice() {
        ["country"] => eq(r.country.as_deref(), Some(value)),
        ["year"] => eq(r.year.map(|y| y.to_string()), Some(value.to_string())),
        ["level"] => eq(r.assessment.as_ref().map(|a| a.level.as_str()), Some(value)),
        ["label"] => eq(r.assessment.as_ref().map(|a| a.label.as_str()), Some(value)),
        ["format"] => eq(
            format!("{:?}", r.source.format).to_lowercase(),
            value.to_string(),
        ),
        ["summary", "starts"] => {
            let first = r.summary.first().map(|p| p.text.as_str()).unwrap_or("");
            first.starts_with(value).then_some(()).ok_or(format!(
                "summary starts {:?}",
                &first[..first.len().min(60)]
            ))
        }
        ["sections"] => eq(
            r.sections
                .iter()
                .map(|s| s.numeral.clone())
                .collect::<Vec<_>>(),
            list(value, ','),
        ),
        ["section", n, "title"] => eq(
            r.sections
                .iter()
                .find(|s| s.number.to_string() == *n)
                .map(|s| s.title.as_str()),
            Some(value),
        ),
        ["section", n, "subsections"] => eq(
            r.sections
                .iter()
                .find(|s| s.number.to_string() == *n)
                .map(|s| {
                    s.subsections
                        .iter()
                        .map(|ss| ss.title.clone())
                        .collect::<Vec<_>>()
                }),
            Some(list(value, ';')),
        ),
        ["tables"] => eq(r.tables.len().to_string(), value.to_string()),
        ["table", n, "title"] => eq(table(n)?.title.as_str(), value),
        ["table", n, "section"] => eq(
            table(n)?.section.map(|s| s.to_string()),
            Some(value.to_string()),
        ),
        ["table", n, "rows"] => eq(table(n)?.rows.len().to_string(), value.to_string()),
        ["table", n, "columns"] => eq(table(n)?.columns.clone(), list(value, '|')),
        ["table", n, "notes"] => eq(
            table(n)?
                .notes
                .iter()
                .filter_map(|x| x.mark.clone())
                .collect::<Vec<_>>(),
            list(value, ','),
        ),
        ["table", n, "continued"] => eq(!table(n)?.continued.is_empty(), value == "yes"),
        ["table", n, "cell", row, col, rest @ ..] => {
            let t = table(n)?;
            let (row, col): (usize, usize) = (
                row.parse().map_err(|_| "row")?,
                col.parse().map_err(|_| "col")?,
            );
            let cell = t
                .rows
                .get(row - 1)
                .and_then(|r| r.cells.get(col - 1))
                .ok_or(format!("no cell {row},{col}"))?;
            match rest {
                [] => {
                    let (text, carried) = match value.strip_suffix("(carried)") {
                        Some(t) => (t.trim(), true),
                        None => (value, false),
                    };
                    eq((cell.text.as_str(), cell.carried), (text, carried))
                }
                ["starts"] => cell
                    .text
                    .starts_with(value)
                    .then_some(())
                    .ok_or(format!("cell is {:?}", cell.text)),
                ["marks"] => eq(cell.marks.clone(), list(value, ',')),
                ["citations"] => eq(cell.citations.clone(), numbers(value)),
                _ => Err("unknown cell fact".into()),
            }
        }
        ["recommendations"] => eq(r.recommendations.len().to_string(), value.to_string()),
        ["recommendation", "areas"] => {
            let mut areas: Vec<String> = Vec::new();
            for rec in &r.recommendations {
                if !areas.contains(&rec.area) {
                    areas.push(rec.area.clone());
                }
            }
            eq(areas, list(value, ','))
        }
        ["recommendation", n, rest @ ..] => {
            let n: usize = n.parse().map_err(|_| "bad recommendation number")?;
            let rec = r
                .recommendations
                .get(n - 1)
                .ok_or(format!("no recommendation {n}"))?;
            match rest {
                ["years"] => eq(rec.years.as_ref().map(|y| y.text.as_str()), Some(value)),
                ["area"] => eq(rec.area.as_str(), value),
                ["starts"] => rec
                    .action
                    .starts_with(value)
                    .then_some(())
                    .ok_or(format!("action is {:?}", rec.action)),
                ["action"] => eq(rec.action.as_str(), value),
                _ => Err("unknown recommendation fact".into()),
            }
        }
        ["references"] => eq(r.references.len().to_string(), value.to_string()),
        ["reference", n, "starts"] => {
            let n: u32 = n.parse().map_err(|_| "bad reference number")?;
            let re = r.reference(n).ok_or(format!("no reference {n}"))?;
            re.text.starts_with(value).then_some(()).ok_or(format!(
                "reference {n} is {:?}",
                &re.text[..re.text.len().min(60)]
            ))
        }
        ["reference", n, "url"] => {
            let n: u32 = n.parse().map_err(|_| "bad reference number")?;
            eq(
                r.reference(n).map(|x| x.urls.contains(&value.to_string())),
                Some(true),
            )
        }
        ["citations", "resolve"] => {
            let unresolved: Vec<_> = r
                .warnings
                .iter()
                .filter(|w| w.message.contains("has no entry in the reference list"))
                .map(|w| w.message.clone())
                .collect();
            eq(unresolved.is_empty(), value == "yes").map_err(|e| format!("{e}: {unresolved:?}"))
        }
        ["warning", "at"] => {
            let line: usize = value.parse().map_err(|_| "bad line")?;
            r.warnings
                .iter()
                .any(|w| w.line == line)
                .then_some(())
                .ok_or(format!("no warning at line {line}"))
        }
        _ => Err(format!("unknown fact key {key:?}")),
    }
}
