//! The `findings` binary as scripts use it: JSON out, exit codes, standard input, encodings.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn seed(name: &str) -> String {
    format!(
        "{}/../findings/tests/data/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_findings"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut pipe = child.stdin.take().expect("stdin");
    pipe.write_all(stdin.unwrap_or_default())
        .expect("stdin written");
    drop(pipe);
    child.wait_with_output().expect("output")
}

#[test]
fn parse_prints_the_report_as_json() {
    let out = run(
        &["parse", &seed("kazakhstan-2018.pipe.txt"), "--json"],
        None,
    );
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 1, "--json is one line");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["country"], "Kazakhstan");
    assert_eq!(v["year"], 2018);
    assert_eq!(v["assessment"]["level"], "minimal");
    assert_eq!(v["recommendations"].as_array().unwrap().len(), 9);
}

#[test]
fn check_summarises_and_exits_by_verdict() {
    let out = run(&["check", &seed("kazakhstan-2013.tab.txt")], None);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("country     Kazakhstan"), "{text}");
    assert!(text.contains("actions     8"), "{text}");
    assert!(
        text.contains("line    58:"),
        "warnings carry their line: {text}"
    );

    let out = run(&["check", "-"], Some(b"Pancakes\nMix eggs and flour.\n"));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("not a Findings report"));

    let out = run(&["check", "/no/such/file"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("cannot read /no/such/file"));
}

#[test]
fn utf16_and_invalid_utf8_are_decoded_with_a_warning() {
    let text = std::fs::read_to_string(seed("kazakhstan-2018.pipe.txt")).unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let out = run(&["parse", "-", "--json"], Some(&utf16));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["recommendations"].as_array().unwrap().len(), 9);

    let mut bad = text.into_bytes();
    bad.splice(0..0, b"\xFF\xFE\xFD junk\n".iter().copied());
    bad[0] = b'x';
    let out = run(&["parse", "-", "--json"], Some(&bad));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["year"], 2018);
    let w = &v["warnings"][0];
    assert_eq!(w["line"], 1);
    assert!(w["message"].as_str().unwrap().contains("not valid UTF-8"));
}

#[test]
fn a_book_prints_an_array() {
    let book = format!(
        "{}\n{}",
        std::fs::read_to_string(seed("kazakhstan-2013.tab.txt")).unwrap(),
        std::fs::read_to_string(seed("kazakhstan-2018.pipe.txt")).unwrap()
    );
    let out = run(&["parse", "-", "--json"], Some(book.as_bytes()));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let years: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["year"].clone())
        .collect();
    assert_eq!(years, [2013, 2018]);
}
