//! Every input under `tests/regressions/` (inputs that once crashed the parser or made it
//! super-linear) parses without panicking, keeps the report invariants and round-trips as JSON.

use findings::Report;

fn check(name: &str, report: &Report) {
    for table in &report.tables {
        for row in &table.rows {
            assert_eq!(
                row.cells.len(),
                table.columns.len(),
                "{name}: table {} row on line {} is not as wide as its header",
                table.number,
                row.line
            );
        }
    }
    let json = serde_json::to_string(report).expect("serialises");
    let back: Report = serde_json::from_str(&json).expect("reads back");
    assert_eq!(&back, report, "{name}: JSON round trip");
}

#[test]
fn every_regression_input_parses() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut seen = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/regressions")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        let text = findings::decode(&bytes).text;
        check(&name, &findings::parse(&text));
        for report in findings::parse_all(&text) {
            check(&name, &report);
        }
        seen += 1;
    }
    assert!(seen > 0, "no regression inputs found in {}", dir.display());
}
