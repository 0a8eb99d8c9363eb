//! The JSON contract round-trips: whatever a report holds serialises and reads back equal,
//! for one report and for every report of a book split.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = findings::decode(data).text;
    for report in std::iter::once(findings::parse(&text)).chain(findings::parse_all(&text)) {
        let json = serde_json::to_string(&report).expect("a report serialises");
        let back: findings::Report = serde_json::from_str(&json).expect("its JSON reads back");
        assert_eq!(report, back, "JSON round trip changed the report");
    }
});
