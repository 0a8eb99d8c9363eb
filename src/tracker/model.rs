//! Tracker records and everything computed from them, as plain functions (no browser calls):
//! identity keys, statuses, "years outstanding", filters, counts, the first-suggested timeline,
//! CSV and JSON export, and import (validation, then a merge preview where the newest change wins).
//!
//! # Identity
//! A recommendation's tracker key is `country-slug:hash`, where `hash` is the 64-bit FNV-1a of
//! the action's normalised words ([`normalise`]: lower case, letters and digits only, hyphens
//! inside words removed, curly quotes and dashes treated as separators). The parser's own
//! `Recommendation.id` keeps only the first 12 words and adds `-2` for a collision in table
//! order, so two actions that differ late in the sentence share a prefix and an id can move when
//! rows move; the key here reads the whole action and nothing else, so the same action pasted in
//! another format (tab, pipe, `pdftotext` plain and `-layout`, CRLF/BOM, straight or curly
//! apostrophes) finds its record again (tested on the seed variants below).

use crate::export::{csv_field, slug, BOM};
use findings::{Recommendation, Report, YearSpan};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Name written into (and required from) every JSON export.
pub const FORMAT: &str = "findings-viewer-tracker";
/// Version of the export format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// Largest import file read: a guard against pasting a book or a binary by mistake
/// (a complete export with a dozen reports is well under 2 MB).
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;
/// Most records in one import; more is not a tracker export.
pub const MAX_IMPORT_RECORDS: usize = 50_000;
/// Longest text field kept from an import (notes included); longer is refused, not cut.
pub const MAX_FIELD_CHARS: usize = 20_000;
/// Longest report text accepted in an import's library (a whole annual book is ~6 MB).
pub const MAX_REPORT_CHARS: usize = 10 * 1024 * 1024;

/// Where an action stands.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Nothing done yet (the default for an untracked recommendation).
    #[default]
    NotStarted,
    /// Work under way.
    InProgress,
    /// Partly done.
    PartiallyImplemented,
    /// Done.
    Implemented,
    /// Overtaken by events.
    NoLongerRelevant,
}

impl Status {
    /// Every status, in the order shown.
    pub const ALL: [Status; 5] = [
        Status::NotStarted,
        Status::InProgress,
        Status::PartiallyImplemented,
        Status::Implemented,
        Status::NoLongerRelevant,
    ];

    /// Label shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Status::NotStarted => "Not started",
            Status::InProgress => "In progress",
            Status::PartiallyImplemented => "Partially implemented",
            Status::Implemented => "Implemented",
            Status::NoLongerRelevant => "No longer relevant",
        }
    }

    /// Machine name (JSON, CSV, `<option value>`, CSS class suffix).
    pub fn code(self) -> &'static str {
        match self {
            Status::NotStarted => "not_started",
            Status::InProgress => "in_progress",
            Status::PartiallyImplemented => "partially_implemented",
            Status::Implemented => "implemented",
            Status::NoLongerRelevant => "no_longer_relevant",
        }
    }

    /// The status with this machine name.
    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// What a person recorded about one recommendation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Tracker key ([`key`]).
    pub key: String,
    /// Country as printed.
    pub country: String,
    /// The action's text when the record was last changed (for exports and people).
    pub action: String,
    /// Its area.
    #[serde(default)]
    pub area: String,
    /// Reporting year of the report it was tracked in.
    #[serde(default)]
    pub year: Option<u16>,
    /// Status.
    #[serde(default)]
    pub status: Status,
    /// Who follows it up.
    #[serde(default)]
    pub owner: String,
    /// Due date, `YYYY-MM-DD` or empty.
    #[serde(default)]
    pub due: String,
    /// Free text.
    #[serde(default)]
    pub notes: String,
    /// Last change, milliseconds since 1970 (UTC).
    pub changed: f64,
}

impl Record {
    /// A fresh record for a recommendation of `report`.
    pub fn new(report: &Report, rec: &Recommendation, now: f64) -> Record {
        let country = report.country.clone().unwrap_or_default();
        Record {
            key: key(&country, &rec.action),
            country,
            action: rec.action.clone(),
            area: rec.area.clone(),
            year: report.year,
            changed: now,
            ..Record::default()
        }
    }

    /// True when nothing beyond the defaults was recorded.
    pub fn is_blank(&self) -> bool {
        self.status == Status::NotStarted
            && self.owner.is_empty()
            && self.due.is_empty()
            && self.notes.is_empty()
    }

    /// Same tracked content (ignores when it was changed and the action's wording).
    pub fn same_content(&self, other: &Record) -> bool {
        self.status == other.status
            && self.owner == other.owner
            && self.due == other.due
            && self.notes == other.notes
    }
}

/// One change a person makes to a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// New status.
    Status(Status),
    /// New owner.
    Owner(String),
    /// New due date (`YYYY-MM-DD` or empty).
    Due(String),
    /// New notes.
    Notes(String),
}

/// Applies an edit, stamping the time.
pub fn apply_edit(record: &mut Record, edit: Edit, now: f64) {
    match edit {
        Edit::Status(s) => record.status = s,
        Edit::Owner(s) => record.owner = s,
        Edit::Due(s) => record.due = s,
        Edit::Notes(s) => record.notes = s,
    }
    record.changed = now;
}

/// The words of a text, normalised for identity and similarity: lower case, letters and digits
/// only; a hyphen or apostrophe inside a word is dropped ("labor-law" → "laborlaw",
/// "NCCCL's" → "ncccls"), every other character separates words.
pub fn normalise(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            cur.push(findings::case::lower(c));
        } else if matches!(c, '-' | '\'' | '’' | '\u{00AD}')
            && !cur.is_empty()
            && chars.peek().is_some_and(|n| n.is_alphanumeric())
        {
            // inside a word: join
        } else if !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

/// FNV-1a, 64 bits: small, stable across builds and platforms (unlike `std`'s hasher).
fn fnv1a(bytes: impl IntoIterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The tracker key of an action: `country-slug:16 hex digits` (see the module docs).
pub fn key(country: &str, action: &str) -> String {
    let words = normalise(action).join(" ");
    let mut c = slug(country);
    if c.is_empty() {
        c.push_str("unknown");
    }
    format!("{c}:{:016x}", fnv1a(words.bytes()))
}

/// How many years an action has been open by its "Year(s) Suggested" span: 2009 – 2013 is 5.
pub fn years_outstanding(span: Option<&YearSpan>) -> Option<u16> {
    span.map(|s| s.last.saturating_sub(s.first) + 1)
}

/// The tracked state of one recommendation as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Tracker key.
    pub key: String,
    /// Position in `report.recommendations`.
    pub index: usize,
    /// Area.
    pub area: String,
    /// Action.
    pub action: String,
    /// Year(s) suggested.
    pub years: Option<YearSpan>,
    /// Years outstanding.
    pub outstanding: Option<u16>,
    /// Its own record, else one inherited from the matched action of an older report.
    pub record: Option<Record>,
    /// The year of the older report the record was inherited from.
    pub inherited_from: Option<u16>,
}

impl Row {
    /// The effective status.
    pub fn status(&self) -> Status {
        self.record.as_ref().map(|r| r.status).unwrap_or_default()
    }
}

/// Older records that carry over to a newer report's recommendations: (newer key, older report
/// year, older key), from [`crate::tracker::matching`]. A key may have several; the newest wins.
/// A plain list: a report has tens of them, and a map type of its own costs wasm code.
pub type Links = Vec<(String, u16, String)>;

/// Rows of a report's recommendations with their records. A recommendation without a record of
/// its own takes the record of its match in the newest older report that has one (status
/// carries over; the first edit gives it its own record).
pub fn rows(report: &Report, records: &BTreeMap<String, Record>, links: &Links) -> Vec<Row> {
    let country = report.country.as_deref().unwrap_or_default();
    report
        .recommendations
        .iter()
        .enumerate()
        .map(|(index, rec)| {
            let k = key(country, &rec.action);
            let own = records.get(&k).cloned();
            let (record, inherited_from) = match own {
                Some(r) => (Some(r), None),
                None => links
                    .iter()
                    .filter(|(newer, _, _)| *newer == k)
                    .filter_map(|(_, y, ok)| records.get(ok).map(|r| (*y, r)))
                    .max_by_key(|(y, _)| *y)
                    .map_or((None, None), |(y, r)| (Some(r.clone()), Some(y))),
            };
            Row {
                key: k,
                index,
                area: rec.area.clone(),
                action: rec.action.clone(),
                years: rec.years.clone(),
                outstanding: years_outstanding(rec.years.as_ref()),
                record,
                inherited_from,
            }
        })
        .collect()
}

/// The record a row gets after an edit: its own record, else a copy of the inherited one (the
/// carried-over status becomes its own), else a fresh one; then the edit, stamped `now`.
pub fn edited(row: &Row, country: &str, year: Option<u16>, edit: Edit, now: f64) -> Record {
    let mut r = row.record.clone().unwrap_or_default();
    if row.inherited_from.is_some() || r.key.is_empty() {
        r.key = row.key.clone();
        r.country = country.to_owned();
        r.year = year;
    }
    r.action = row.action.clone();
    r.area = row.area.clone();
    apply_edit(&mut r, edit, now);
    r
}

/// What the list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only this area.
    pub area: Option<String>,
    /// Only this status.
    pub status: Option<Status>,
    /// Only actions open at least this many years.
    pub min_years: Option<u16>,
}

impl Filter {
    /// True when the row passes.
    pub fn keeps(&self, row: &Row) -> bool {
        self.area.as_ref().is_none_or(|a| *a == row.area)
            && self.status.is_none_or(|s| s == row.status())
            && self
                .min_years
                .is_none_or(|m| row.outstanding.is_some_and(|o| o >= m))
    }
}

/// The rows a filter keeps.
pub fn filter<'a>(rows: &'a [Row], f: &Filter) -> Vec<&'a Row> {
    rows.iter().filter(|r| f.keeps(r)).collect()
}

/// Areas in the order they first appear.
pub fn areas(rows: &[Row]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in rows {
        if !out.contains(&r.area) {
            out.push(r.area.clone());
        }
    }
    out
}

/// Counts per area (in order of appearance) and status.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// (area, count per status in [`Status::ALL`] order, total).
    pub by_area: Vec<(String, [usize; 5], usize)>,
    /// Count per status in [`Status::ALL`] order.
    pub by_status: [usize; 5],
    /// All rows.
    pub total: usize,
}

fn status_index(s: Status) -> usize {
    Status::ALL.iter().position(|x| *x == s).unwrap_or(0)
}

/// Counts of rows per area and status.
pub fn counts(rows: &[Row]) -> Counts {
    let mut c = Counts::default();
    for area in areas(rows) {
        let mut per = [0usize; 5];
        let mut total = 0;
        for r in rows.iter().filter(|r| r.area == area) {
            per[status_index(r.status())] += 1;
            total += 1;
        }
        c.by_area.push((area, per, total));
    }
    for r in rows {
        c.by_status[status_index(r.status())] += 1;
    }
    c.total = rows.len();
    c
}

/// One year of the first-suggested timeline: the rows first suggested that year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearBucket {
    /// The year.
    pub year: u16,
    /// Indexes into the rows.
    pub rows: Vec<usize>,
}

/// Every year from the earliest first-suggested year to the latest (empty years included, so
/// gaps show), with the rows first suggested in it. Rows without a span are left out.
pub fn timeline(rows: &[Row]) -> Vec<YearBucket> {
    let firsts: Vec<(usize, u16)> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.years.as_ref().map(|y| (i, y.first)))
        .collect();
    let (Some(lo), Some(hi)) = (
        firsts.iter().map(|x| x.1).min(),
        firsts.iter().map(|x| x.1).max(),
    ) else {
        return Vec::new();
    };
    (lo..=hi)
        .map(|year| YearBucket {
            year,
            rows: firsts
                .iter()
                .filter(|(_, y)| *y == year)
                .map(|(i, _)| *i)
                .collect(),
        })
        .collect()
}

/// The open report's tracker as CSV: UTF-8 BOM, header, CRLF after every record (RFC 4180).
pub fn rows_csv(report: &Report, rows: &[Row]) -> String {
    let mut out = String::from(BOM);
    let header = [
        "Country",
        "Report year",
        "Area",
        "Suggested action",
        "Year(s) suggested",
        "Years outstanding",
        "Status",
        "Owner",
        "Due",
        "Notes",
        "Last changed (UTC)",
        "Key",
    ];
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for r in rows {
        let rec = r.record.as_ref();
        let fields = [
            report.country.clone().unwrap_or_default(),
            report.year.map(|y| y.to_string()).unwrap_or_default(),
            r.area.clone(),
            r.action.clone(),
            r.years.as_ref().map(|y| y.text.clone()).unwrap_or_default(),
            r.outstanding.map(|y| y.to_string()).unwrap_or_default(),
            r.status().label().to_owned(),
            rec.map(|x| x.owner.clone()).unwrap_or_default(),
            rec.map(|x| x.due.clone()).unwrap_or_default(),
            rec.map(|x| x.notes.clone()).unwrap_or_default(),
            rec.map(|x| iso_time(x.changed)).unwrap_or_default(),
            r.key.clone(),
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A report kept in the library: its text and what identifies it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LibraryEntry {
    /// `country-slug-year-hash` of the text.
    pub id: String,
    /// Country as printed.
    pub country: String,
    /// Reporting year.
    pub year: Option<u16>,
    /// When it was added, ms since 1970.
    pub added: f64,
    /// The text, as parsed.
    pub text: String,
}

impl LibraryEntry {
    /// An entry for a recognised report and the text it came from.
    pub fn new(report: &Report, text: &str, now: f64) -> LibraryEntry {
        let country = report.country.clone().unwrap_or_default();
        LibraryEntry {
            id: library_id(report, text),
            country,
            year: report.year,
            added: now,
            text: text.to_owned(),
        }
    }

    /// "Kazakhstan 2018".
    pub fn title(&self) -> String {
        match self.year {
            Some(y) => format!("{} {y}", self.country),
            None => self.country.clone(),
        }
    }
}

/// Where each line of a text starts, found in one pass, so that the reports of a pasted chapter
/// or book get their own texts ([`LineStarts::report_text`]) in time linear in the book rather
/// than in reports × book.
#[derive(Debug, Clone, Default)]
pub struct LineStarts {
    /// Byte offset of each line (a line ends after its `\n`, the last one at the end).
    starts: Vec<usize>,
}

impl LineStarts {
    /// The lines of `text`.
    pub fn new(text: &str) -> LineStarts {
        let mut starts = Vec::new();
        if !text.is_empty() {
            starts.push(0);
        }
        starts.extend(
            text.match_indices('\n')
                .map(|(i, _)| i + 1)
                .filter(|&i| i < text.len()),
        );
        LineStarts { starts }
    }

    /// The text of one report of `text` (the text these lines were found in): its own lines, by
    /// the `source.first_line` (1-based) and `source.lines` the parser gives it; the whole text
    /// when it held one report. Kept in the library, so each report reopens (and compares) alone.
    pub fn report_text<'a>(
        &self,
        text: &'a str,
        report: &Report,
        reports_in_text: usize,
    ) -> &'a str {
        if reports_in_text <= 1 || report.source.lines == 0 {
            return text;
        }
        let first = report.source.first_line.max(1) - 1;
        let last = first + report.source.lines;
        let end = self.starts.get(last).copied().unwrap_or(text.len());
        match self.starts.get(first) {
            Some(&s) if s < end => text.get(s..end).unwrap_or(text),
            _ => text,
        }
    }
}

/// The library id of a text: the same text gives the same id, so it is stored once.
pub fn library_id(report: &Report, text: &str) -> String {
    let mut c = slug(report.country.as_deref().unwrap_or("report"));
    if c.is_empty() {
        c.push_str("report");
    }
    let y = report.year.map(|y| y.to_string()).unwrap_or_default();
    format!("{c}-{y}-{:016x}", fnv1a(text.bytes()))
}

/// Everything the tracker keeps: what a JSON export holds and storage loads.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Data {
    /// Records by key.
    pub records: BTreeMap<String, Record>,
    /// Library entries by id.
    pub library: BTreeMap<String, LibraryEntry>,
}

/// The JSON export file.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportFile {
    format: String,
    version: u32,
    exported: String,
    records: Vec<Record>,
    #[serde(default)]
    library: Vec<LibraryEntry>,
}

/// What an import checks before reading its records: the header, and how many records there are
/// (each skipped unread). A typed header, not a `serde_json::Value`: no map and no
/// `deserialize_any` of the `Value` type in the wasm.
#[derive(Deserialize)]
struct ExportHead {
    format: Option<String>,
    version: Option<u64>,
    #[serde(default)]
    records: Vec<serde::de::IgnoredAny>,
}

/// The complete tracker (every record, every library report) as re-importable JSON.
pub fn export_json(data: &Data, now: f64) -> String {
    let file = ExportFile {
        format: FORMAT.to_owned(),
        version: FORMAT_VERSION,
        exported: iso_time(now),
        records: data.records.values().cloned().collect(),
        library: data.library.values().cloned().collect(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads an export file, refusing anything that is not one, with a message saying why.
pub fn parse_import(text: &str) -> Result<Data, String> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(format!(
            "The file is {} MB; a tracker export is far smaller (limit {} MB). Nothing was imported.",
            text.len() / (1024 * 1024),
            MAX_IMPORT_BYTES / (1024 * 1024)
        ));
    }
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let head: ExportHead = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            format!(
                "This JSON is not a Findings Viewer tracker export ({e}). Nothing was imported."
            )
        } else {
            format!(
                "This file is not valid JSON ({e}). Expected a Findings Viewer tracker export. \
                 Nothing was imported."
            )
        }
    })?;
    let format = head.format.as_deref();
    if format != Some(FORMAT) {
        return Err(format!(
            "This JSON is not a Findings Viewer tracker export (its \"format\" is {}, expected \
             \"{FORMAT}\"). Nothing was imported.",
            format.map_or("missing".to_owned(), |f| format!("\"{f}\""))
        ));
    }
    if head.version != Some(u64::from(FORMAT_VERSION)) {
        return Err(format!(
            "This export has version {}, this app reads version {FORMAT_VERSION}. Nothing was \
             imported.",
            head.version
                .map_or("(missing)".to_owned(), |v| v.to_string())
        ));
    }
    let n = head.records.len();
    if n > MAX_IMPORT_RECORDS {
        return Err(format!(
            "The export holds {n} records; at most {MAX_IMPORT_RECORDS} are read. Nothing was \
             imported."
        ));
    }
    let file: ExportFile = serde_json::from_str(text)
        .map_err(|e| format!("The export is damaged: {e}. Nothing was imported."))?;
    let mut data = Data::default();
    for (i, r) in file.records.into_iter().enumerate() {
        validate_record(&r).map_err(|e| {
            format!(
                "Record {} of the export is invalid: {e}. Nothing was imported.",
                i + 1
            )
        })?;
        if data.records.insert(r.key.clone(), r).is_some() {
            return Err(format!(
                "Record {} of the export repeats a key. Nothing was imported.",
                i + 1
            ));
        }
    }
    for (i, e) in file.library.into_iter().enumerate() {
        if e.id.is_empty() || e.text.chars().count() > MAX_REPORT_CHARS {
            return Err(format!(
                "Report {} of the export's library is invalid (no id, or text too long). \
                 Nothing was imported.",
                i + 1
            ));
        }
        data.library.insert(e.id.clone(), e);
    }
    Ok(data)
}

fn validate_record(r: &Record) -> Result<(), String> {
    let Some((country, hash)) = r.key.split_once(':') else {
        return Err(format!("its key \"{}\" is not country:hash", r.key));
    };
    if country.is_empty() || hash.len() != 16 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!("its key \"{}\" is not country:hash", r.key));
    }
    for (name, v) in [
        ("action", &r.action),
        ("owner", &r.owner),
        ("notes", &r.notes),
        ("area", &r.area),
        ("country", &r.country),
    ] {
        if v.chars().count() > MAX_FIELD_CHARS {
            return Err(format!(
                "its {name} is longer than {MAX_FIELD_CHARS} characters"
            ));
        }
    }
    if !r.due.is_empty() && !is_date(&r.due) {
        return Err(format!("its due date \"{}\" is not YYYY-MM-DD", r.due));
    }
    if !r.changed.is_finite() || r.changed < 0.0 {
        return Err("its change time is not a time".to_owned());
    }
    Ok(())
}

/// `YYYY-MM-DD` with a plausible month and day.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    matches!(
        (num(0..4), num(5..7), num(8..10)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

/// What an import would do, shown before it is applied.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MergePlan {
    /// Records that are new here.
    pub added: Vec<Record>,
    /// (current, incoming) where the incoming change is newer.
    pub updated: Vec<(Record, Record)>,
    /// Records where ours is newer (or equally new but different): kept.
    pub kept: usize,
    /// Records identical in content.
    pub unchanged: usize,
    /// Library reports that are new here.
    pub reports: Vec<LibraryEntry>,
}

impl MergePlan {
    /// True when applying changes nothing.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.updated.is_empty() && self.reports.is_empty()
    }

    /// The records to write.
    pub fn writes(&self) -> Vec<Record> {
        self.added
            .iter()
            .cloned()
            .chain(self.updated.iter().map(|(_, n)| n.clone()))
            .collect()
    }
}

/// Merges an import into the current data: per key, the newest change wins; on a tie the
/// current record stays. Library reports are added when missing.
pub fn plan_merge(current: &Data, incoming: &Data) -> MergePlan {
    let mut plan = MergePlan::default();
    for (k, new) in &incoming.records {
        match current.records.get(k) {
            None => plan.added.push(new.clone()),
            Some(cur) if cur.same_content(new) => plan.unchanged += 1,
            Some(cur) if new.changed > cur.changed => plan.updated.push((cur.clone(), new.clone())),
            Some(_) => plan.kept += 1,
        }
    }
    for (id, e) in &incoming.library {
        if !current.library.contains_key(id) {
            plan.reports.push(e.clone());
        }
    }
    plan
}

/// Applies a plan to data (what storage writes in one transaction).
pub fn apply_plan(data: &mut Data, plan: &MergePlan) {
    for r in plan.writes() {
        data.records.insert(r.key.clone(), r);
    }
    for e in &plan.reports {
        data.library.insert(e.id.clone(), e.clone());
    }
}

/// Milliseconds since 1970 → `2026-11-24T10:53:00Z`.
pub fn iso_time(ms: f64) -> String {
    if !ms.is_finite() || ms < 0.0 {
        return String::new();
    }
    let secs = (ms / 1000.0).floor() as i64;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_sample(name: &str) -> Report {
        let text = crate::samples::by_name(name).map(|s| s.text).unwrap_or("");
        findings::parse(text)
    }

    fn variant(file: &str) -> Report {
        let path = format!(
            "{}/crates/findings/tests/data/{file}",
            env!("CARGO_MANIFEST_DIR")
        );
        let bytes = std::fs::read(path).expect("seed variant");
        findings::parse(&crate::decode::decode(&bytes).text)
    }

    fn keys(r: &Report) -> Vec<String> {
        let c = r.country.clone().unwrap_or_default();
        r.recommendations
            .iter()
            .map(|x| key(&c, &x.action))
            .collect()
    }

    #[test]
    fn normalises_words() {
        assert_eq!(
            normalise("Increase the NCCCL’s access to labor-law data — (2012)."),
            ["increase", "the", "ncccls", "access", "to", "laborlaw", "data", "2012"]
        );
        assert_eq!(normalise("  -- "), Vec::<String>::new());
        assert_eq!(normalise("end-"), ["end"]);
    }

    #[test]
    fn keys_ignore_case_punctuation_and_spacing_but_not_words() {
        let a = key(
            "Kazakhstan",
            "Supply adequate funding for child labor inspections.",
        );
        let b = key(
            "KAZAKHSTAN",
            "supply  adequate\nfunding for child labor inspections",
        );
        assert_eq!(a, b);
        assert!(a.starts_with("kazakhstan:"));
        assert_eq!(a.len(), "kazakhstan:".len() + 16);
        let c = key(
            "Kazakhstan",
            "Supply adequate funding for child labor inspectors.",
        );
        assert_ne!(a, c, "a different word is a different action");
        let d = key(
            "Uzbekistan",
            "Supply adequate funding for child labor inspections.",
        );
        assert_ne!(a, d, "the country is part of the identity");
    }

    #[test]
    fn keys_survive_other_formats_of_the_same_report() {
        let tab = parse_sample("kazakhstan-2013");
        assert_eq!(tab.recommendations.len(), 8);
        // pdf-plain prints curly apostrophes ("NCCCL’s") where the others have straight ones.
        for file in [
            "kazakhstan-2013.crlf-bom.txt",
            "kazakhstan-2013.tab.txt",
            "kazakhstan-2013.pdf-layout.txt",
            "kazakhstan-2013.pdf-plain.txt",
        ] {
            assert_eq!(keys(&variant(file)), keys(&tab), "{file}");
        }
        let pipe = parse_sample("kazakhstan-2018");
        for file in [
            "kazakhstan-2018.pipe.txt",
            "kazakhstan-2018.pdf-layout.txt",
            "kazakhstan-2018.pdf-plain.txt",
        ] {
            assert_eq!(keys(&variant(file)), keys(&pipe), "{file}");
        }
    }

    #[test]
    fn years_outstanding_counts_both_ends() {
        let span = |first, last| YearSpan {
            text: String::new(),
            first,
            last,
        };
        assert_eq!(years_outstanding(Some(&span(2009, 2013))), Some(5));
        assert_eq!(years_outstanding(Some(&span(2013, 2013))), Some(1));
        assert_eq!(years_outstanding(Some(&span(2014, 2013))), Some(1));
        assert_eq!(years_outstanding(None), None);
    }

    fn tracked(report: &Report, i: usize, status: Status, now: f64) -> Record {
        let mut r = Record::new(report, &report.recommendations[i], 0.0);
        apply_edit(&mut r, Edit::Status(status), now);
        r
    }

    #[test]
    fn rows_filters_counts_and_timeline() {
        let r = parse_sample("kazakhstan-2013");
        let mut records = BTreeMap::new();
        let a = tracked(&r, 0, Status::InProgress, 10.0);
        let b = tracked(&r, 7, Status::Implemented, 11.0);
        records.insert(a.key.clone(), a);
        records.insert(b.key.clone(), b);
        let rows = rows(&r, &records, &Links::new());
        assert_eq!(rows.len(), 8);
        assert_eq!(rows[0].status(), Status::InProgress);
        assert_eq!(rows[1].status(), Status::NotStarted);
        assert_eq!(
            areas(&rows),
            [
                "Enforcement",
                "Coordination",
                "Government Policies",
                "Social Programs"
            ]
        );

        let f = |area: Option<&str>, status, min_years| Filter {
            area: area.map(str::to_owned),
            status,
            min_years,
        };
        assert_eq!(filter(&rows, &Filter::default()).len(), 8);
        assert_eq!(filter(&rows, &f(Some("Enforcement"), None, None)).len(), 3);
        assert_eq!(
            filter(&rows, &f(None, Some(Status::NotStarted), None)).len(),
            6
        );
        // 2009 – 2013 (5 years) and 2010 – 2013 (4) twice.
        let long: Vec<_> = filter(&rows, &f(None, None, Some(4)))
            .iter()
            .map(|r| r.index)
            .collect();
        assert_eq!(long, [0, 2, 7]);
        assert_eq!(
            filter(
                &rows,
                &f(Some("Social Programs"), Some(Status::Implemented), Some(4))
            )
            .len(),
            1
        );

        let c = counts(&rows);
        assert_eq!(c.total, 8);
        assert_eq!(c.by_status, [6, 1, 0, 1, 0]);
        assert_eq!(c.by_area[0], ("Enforcement".to_owned(), [2, 1, 0, 0, 0], 3));
        assert_eq!(
            c.by_area[3],
            ("Social Programs".to_owned(), [1, 0, 0, 1, 0], 2)
        );

        let t = timeline(&rows);
        let years: Vec<(u16, usize)> = t.iter().map(|b| (b.year, b.rows.len())).collect();
        assert_eq!(
            years,
            [(2009, 1), (2010, 2), (2011, 0), (2012, 2), (2013, 3)]
        );
    }

    #[test]
    fn inherited_records_come_from_the_newest_older_match() {
        let old = parse_sample("kazakhstan-2013");
        let new = parse_sample("kazakhstan-2018");
        let o = tracked(&old, 6, Status::InProgress, 5.0);
        let mut records = BTreeMap::new();
        records.insert(o.key.clone(), o.clone());
        let research = new
            .recommendations
            .iter()
            .position(|r| r.action.starts_with("Conduct research"))
            .expect("research action");
        let nk = key("Kazakhstan", &new.recommendations[research].action);
        let links = vec![(nk.clone(), 2013, o.key.clone())];
        let rs = rows(&new, &records, &links);
        assert_eq!(rs[research].status(), Status::InProgress);
        assert_eq!(rs[research].inherited_from, Some(2013));
        // Its own record wins.
        let own = tracked(&new, research, Status::Implemented, 6.0);
        records.insert(own.key.clone(), own);
        let rs = super::rows(&new, &records, &links);
        assert_eq!(rs[research].status(), Status::Implemented);
        assert_eq!(rs[research].inherited_from, None);
    }

    #[test]
    fn editing_an_inherited_row_gives_it_its_own_record() {
        let old = parse_sample("kazakhstan-2013");
        let o = tracked(&old, 6, Status::InProgress, 5.0);
        let row = Row {
            key: "kazakhstan:00000000000000aa".into(),
            index: 6,
            area: "Social Programs".into(),
            action: "Conduct research, reworded.".into(),
            years: None,
            outstanding: None,
            record: Some(o.clone()),
            inherited_from: Some(2013),
        };
        let r = edited(
            &row,
            "Kazakhstan",
            Some(2018),
            Edit::Owner("Dana".into()),
            9.0,
        );
        assert_eq!(r.key, row.key);
        assert_eq!(
            (r.status, r.owner.as_str(), r.year),
            (Status::InProgress, "Dana", Some(2018))
        );
        assert_eq!(r.action, "Conduct research, reworded.");
        assert_eq!(r.changed, 9.0);
        let fresh = Row {
            record: None,
            inherited_from: None,
            ..row
        };
        let r = edited(
            &fresh,
            "Kazakhstan",
            Some(2018),
            Edit::Status(Status::Implemented),
            1.0,
        );
        assert_eq!(
            (r.key.as_str(), r.status),
            ("kazakhstan:00000000000000aa", Status::Implemented)
        );
    }

    #[test]
    fn csv_quotes_and_ends_lines_with_crlf() {
        let r = parse_sample("kazakhstan-2013");
        let mut records = BTreeMap::new();
        let mut a = tracked(&r, 0, Status::InProgress, 0.0);
        apply_edit(
            &mut a,
            Edit::Notes("Asked \"MLSP\", no reply,\nyet".into()),
            86_400_000.0,
        );
        records.insert(a.key.clone(), a);
        let csv = rows_csv(&r, &rows(&r, &records, &Links::new()));
        assert!(csv.starts_with("\u{FEFF}Country,Report year,Area,"));
        assert_eq!(
            csv.matches("\r\n").count(),
            9,
            "header and 8 rows; the note's own newline stays LF"
        );
        assert!(csv.contains(",In progress,,,\"Asked \"\"MLSP\"\", no reply,\nyet\",1970-01-02T00:00:00Z,kazakhstan:"));
        assert!(csv.contains(",\"2009 – 2013\",5,") || csv.contains(",2009 – 2013,5,"));
    }

    fn data_with(records: Vec<Record>) -> Data {
        Data {
            records: records.into_iter().map(|r| (r.key.clone(), r)).collect(),
            library: BTreeMap::new(),
        }
    }

    #[test]
    fn each_report_of_a_book_keeps_its_own_text() {
        let a = crate::samples::SAMPLES[0].text;
        let b = crate::samples::SAMPLES[1].text;
        let book = format!("{a}\n\n{b}");
        let all = findings::parse_all(&book);
        assert_eq!(all.len(), 2);
        let lines = LineStarts::new(&book);
        let mut ends = Vec::new();
        for (r, year) in all.iter().zip([2013, 2018]) {
            let own = lines.report_text(&book, r, all.len());
            ends.push(own.as_ptr() as usize - book.as_ptr() as usize + own.len());
            let again = findings::parse(own);
            assert_eq!(again.year, Some(year));
            assert_eq!(again.recommendations.len(), r.recommendations.len());
            assert!(own.len() < book.len());
        }
        // The second report runs to the end of the book; the first ends where it does.
        assert_eq!(ends[1], book.len());
        assert!(ends[0] <= book.find("In 2018").unwrap_or(0));
        let single = parse_sample("kazakhstan-2013");
        assert_eq!(LineStarts::new(a).report_text(a, &single, 1), a);
    }

    #[test]
    fn line_starts_slice_whole_lines() {
        let text = "a\nbb\n\nccc";
        let lines = LineStarts::new(text);
        let mut r = findings::parse("");
        (r.source.first_line, r.source.lines) = (2, 2);
        assert_eq!(lines.report_text(text, &r, 2), "bb\n\n");
        (r.source.first_line, r.source.lines) = (4, 9); // runs past the end
        assert_eq!(lines.report_text(text, &r, 2), "ccc");
        (r.source.first_line, r.source.lines) = (7, 1); // past the end: the whole text
        assert_eq!(lines.report_text(text, &r, 2), text);
        assert_eq!(LineStarts::new("").report_text("", &r, 2), "");
    }

    #[test]
    fn export_then_import_gives_the_same_data() {
        let r = parse_sample("kazakhstan-2013");
        let text = crate::samples::SAMPLES[0].text;
        let mut a = tracked(&r, 1, Status::PartiallyImplemented, 1_700_000_000_000.0);
        a.owner = "Aigerim".into();
        a.due = "2027-03-31".into();
        a.notes = "Two lines\nof “notes”".into();
        let mut data = data_with(vec![a, tracked(&r, 2, Status::Implemented, 3.0)]);
        let e = LibraryEntry::new(&r, text, 1.0);
        data.library.insert(e.id.clone(), e);
        let json = export_json(&data, 0.0);
        assert_eq!(parse_import(&json), Ok(data.clone()));
        // Into an empty profile: the plan adds everything and the result is identical.
        let mut fresh = Data::default();
        let plan = plan_merge(&fresh, &parse_import(&json).unwrap_or_default());
        assert_eq!((plan.added.len(), plan.reports.len()), (2, 1));
        apply_plan(&mut fresh, &plan);
        assert_eq!(fresh, data);
    }

    #[test]
    fn imports_that_are_not_exports_are_refused_with_a_reason() {
        let err = |s: &str| parse_import(s).err().unwrap_or_default();
        assert!(err("{not json").contains("not valid JSON"));
        assert!(err("[1,2]").contains("not a Findings Viewer tracker export"));
        assert!(err(r#"{"format":"other","version":1}"#).contains("\"other\""));
        assert!(err(
            r#"{"format":"findings-viewer-tracker","version":9,"exported":"","records":[]}"#
        )
        .contains("version 9"));
        assert!(err(r#"{"format":"findings-viewer-tracker","version":1,"exported":"","records":[{"key":1}]}"#)
            .contains("damaged"));
        let bad_key = r#"{"format":"findings-viewer-tracker","version":1,"exported":"","records":[{"key":"x","country":"","action":"","changed":1}]}"#;
        assert!(err(bad_key).contains("Record 1"));
        let bad_due = r#"{"format":"findings-viewer-tracker","version":1,"exported":"","records":[{"key":"k:0123456789abcdef","country":"K","action":"a","due":"next week","changed":1}]}"#;
        assert!(err(bad_due).contains("due date"));
        let bad_status = r#"{"format":"findings-viewer-tracker","version":1,"exported":"","records":[{"key":"k:0123456789abcdef","country":"K","action":"a","status":"done","changed":1}]}"#;
        assert!(err(bad_status).contains("damaged"));
        let ok = r#"{"format":"findings-viewer-tracker","version":1,"exported":"","records":[{"key":"k:0123456789abcdef","country":"K","action":"a","status":"implemented","changed":1}]}"#;
        assert_eq!(parse_import(ok).map(|d| d.records.len()), Ok(1));
        assert!(parse_import(&format!("\u{FEFF}{ok}")).is_ok());
    }

    #[test]
    fn merge_keeps_the_newest_change() {
        let r = parse_sample("kazakhstan-2013");
        let mine_old = tracked(&r, 0, Status::InProgress, 100.0);
        let mine_new = tracked(&r, 1, Status::Implemented, 300.0);
        let same = tracked(&r, 2, Status::InProgress, 100.0);
        let current = data_with(vec![mine_old.clone(), mine_new.clone(), same.clone()]);
        let theirs_newer = tracked(&r, 0, Status::Implemented, 200.0);
        let theirs_older = tracked(&r, 1, Status::NotStarted, 200.0);
        let same_later = tracked(&r, 2, Status::InProgress, 999.0);
        let added = tracked(&r, 3, Status::NoLongerRelevant, 50.0);
        let incoming = data_with(vec![
            theirs_newer.clone(),
            theirs_older,
            same_later,
            added.clone(),
        ]);
        let plan = plan_merge(&current, &incoming);
        assert_eq!(plan.added, std::slice::from_ref(&added));
        assert_eq!(plan.updated, [(mine_old, theirs_newer.clone())]);
        assert_eq!((plan.kept, plan.unchanged), (1, 1));
        let mut merged = current.clone();
        apply_plan(&mut merged, &plan);
        assert_eq!(
            merged.records[&theirs_newer.key].status,
            Status::Implemented
        );
        assert_eq!(merged.records[&mine_new.key], mine_new);
        assert_eq!(merged.records[&added.key], added);
        // Merging the same file again changes nothing.
        assert!(plan_merge(&merged, &incoming).is_empty());
    }

    #[test]
    fn dates_and_times() {
        assert!(is_date("2027-03-31"));
        assert!(!is_date("2027-13-01"));
        assert!(!is_date("31/03/2027"));
        assert_eq!(iso_time(0.0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_time(1_764_000_000_000.0), "2025-11-24T16:00:00Z");
        assert_eq!(iso_time(f64::NAN), "");
    }

    #[test]
    fn statuses_round_trip_their_codes() {
        for s in Status::ALL {
            assert_eq!(Status::from_code(s.code()), Some(s));
            let json = serde_json::to_string(&s).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", s.code()));
        }
        assert_eq!(Status::from_code("done"), None);
    }
}
