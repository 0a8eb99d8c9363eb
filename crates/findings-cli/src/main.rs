//! `findings`: the Findings report parser on the command line.
//!
//! ```text
//! findings parse FILE [--json | --pretty]   print the Report(s) as JSON
//! findings check FILE                       one-screen summary; exit 0 report, 1 not a report, 2 I/O error
//! ```
//! FILE `-` reads standard input. Bytes are decoded with BOM / UTF-16 detection; invalid UTF-8
//! is replaced and reported as a warning.

use std::io::{Read, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use findings::{Format, Report};

#[derive(Parser)]
#[command(
    name = "findings",
    version,
    about = "Parse U.S. DOL Findings on the Worst Forms of Child Labor country reports"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the parsed report as JSON: one object, or an array when the text holds several
    /// reports (a chapter or a book).
    Parse {
        /// Input file, or `-` for standard input.
        file: String,
        /// Compact JSON on one line.
        #[arg(long, conflicts_with = "pretty")]
        json: bool,
        /// Indented JSON (the default).
        #[arg(long)]
        pretty: bool,
        /// Always print an array, even for one report.
        #[arg(long)]
        all: bool,
    },
    /// Print a one-screen summary: identity, counts, warnings with line numbers.
    Check {
        /// Input file, or `-` for standard input.
        file: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let file = match &cli.command {
        Command::Parse { file, .. } | Command::Check { file } => file,
    };
    let bytes = match read_input(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("findings: cannot read {file}: {e}");
            return ExitCode::from(2);
        }
    };
    let decoded = findings::decode(&bytes);
    let mut reports = findings::parse_all(&decoded.text);
    for r in &mut reports {
        r.warnings.splice(0..0, decoded.warnings.iter().cloned());
    }
    let mut out = std::io::stdout().lock();
    let result = match cli.command {
        Command::Parse { json, all, .. } => {
            let value = if reports.len() == 1 && !all {
                serde_json::to_value(&reports[0])
            } else {
                serde_json::to_value(&reports)
            };
            value
                .and_then(|v| {
                    if json {
                        serde_json::to_string(&v)
                    } else {
                        serde_json::to_string_pretty(&v)
                    }
                })
                .map_err(std::io::Error::other)
                .and_then(|s| writeln!(out, "{s}"))
                .map(|_| ExitCode::SUCCESS)
        }
        Command::Check { .. } => {
            let recognised = reports.iter().any(Report::is_recognised);
            let mut text = String::new();
            for r in &reports {
                summarize(r, &mut text);
            }
            if !recognised {
                text.push_str("\nnot a Findings report: expected a U.S. DOL country report with an opening sentence such as\n\"In 2018, Kazakhstan made a minimal advancement …\" and numbered sections \"I. …\" to \"VII. Suggested Government Actions …\"\n");
            }
            out.write_all(text.as_bytes()).map(|_| {
                if recognised {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(1)
                }
            })
        }
    };
    result.unwrap_or_else(|e| {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            ExitCode::SUCCESS
        } else {
            eprintln!("findings: cannot write output: {e}");
            ExitCode::from(2)
        }
    })
}

fn read_input(file: &str) -> std::io::Result<Vec<u8>> {
    if file == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(file)
    }
}

/// Most warnings listed by `check`; the rest are counted.
const MAX_LISTED_WARNINGS: usize = 20;

fn summarize(r: &Report, out: &mut String) {
    use std::fmt::Write as _;
    let or_unknown = |s: Option<String>| s.unwrap_or_else(|| "(not found)".into());
    let format = match r.source.format {
        Format::Tab => "tab-separated tables",
        Format::Pipe => "markdown pipe tables",
        Format::Html => "markdown with HTML tables",
        Format::Layout => "pdftotext -layout",
        _ => "plain text (pdftotext)",
    };
    let rows: usize = r.tables.iter().map(|t| t.rows.len()).sum();
    let subsections: usize = r.sections.iter().map(|s| s.subsections.len()).sum();
    let _ = writeln!(out, "country     {}", or_unknown(r.country.clone()));
    let _ = writeln!(
        out,
        "year        {}",
        or_unknown(r.year.map(|y| y.to_string()))
    );
    let _ = writeln!(
        out,
        "assessment  {}",
        or_unknown(r.assessment.as_ref().map(|a| a.label.clone()))
    );
    let _ = writeln!(
        out,
        "input       {format}, lines {}–{}, {} bytes",
        r.source.first_line,
        r.source.first_line + r.source.lines.saturating_sub(1),
        r.source.bytes
    );
    let _ = writeln!(
        out,
        "sections    {} ({} subsections)",
        r.sections.len(),
        subsections
    );
    let _ = writeln!(out, "tables      {} ({rows} rows)", r.tables.len());
    let _ = writeln!(out, "actions     {}", r.recommendations.len());
    let _ = writeln!(out, "references  {}", r.references.len());
    let _ = writeln!(out, "warnings    {}", r.warnings.len());
    for w in r.warnings.iter().take(MAX_LISTED_WARNINGS) {
        let _ = writeln!(out, "  line {:>5}: {}", w.line, w.message);
    }
    if r.warnings.len() > MAX_LISTED_WARNINGS {
        let _ = writeln!(
            out,
            "  … and {} more",
            r.warnings.len() - MAX_LISTED_WARNINGS
        );
    }
}
