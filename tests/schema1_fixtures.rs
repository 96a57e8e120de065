//! Documents and export files written by the app before the move to serde
//! (captured from schema 1 as it shipped, `tests/fixtures/schema-1/`): they
//! load unchanged, and what loads is written back byte for byte.

#![cfg(not(target_arch = "wasm32"))]

use chrono::{TimeZone, Utc};
use pingshen::store::transfer::{export, parse_import};
use pingshen::store::{decode, encode};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/schema-1/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

const DOCUMENTS: [&str; 2] = ["document-full.json", "document-rich.json"];
const EXPORTS: [&str; 3] = ["export-full.json", "export-rich.json", "export-empty.json"];

#[test]
fn stored_documents_load_and_are_written_back_byte_for_byte() {
    for name in DOCUMENTS {
        let text = fixture(name);
        let stored = decode(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(encode(&stored), text, "{name}");
    }
}

#[test]
fn a_document_from_before_december_2026_loads_and_drops_what_is_gone() {
    let text = fixture("document-before-2026-12.json");
    let stored = decode(&text).unwrap();
    assert_eq!(stored.profiles.len(), 1);
    assert_eq!(stored.profiles[0].year, 2025);
    assert_eq!(stored.applicants.len(), 1);
    assert_eq!(stored.applicants[0].name, "O'Brien");
    assert_eq!(stored.applicants[0].unit_name, "");
    let timeline = stored.timeline.unwrap();
    assert_eq!(timeline.seal_days, None);
    // A holiday year stored without its origin reads as single days.
    assert_eq!(stored.holidays[0].origin.code(), "days");
    let written = encode(&stored);
    assert!(!written.contains("active_year"), "{written}");
    assert!(written.contains(r#""origin":"days""#), "{written}");
    assert_eq!(decode(&written).unwrap(), stored);
}

#[test]
fn export_files_import_and_export_again_byte_for_byte() {
    let at = Utc.with_ymd_and_hms(2026, 11, 28, 5, 0, 0).unwrap();
    for name in EXPORTS {
        let text = fixture(name);
        let stored = parse_import(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(export(&stored, at), text, "{name}");
        // A later export differs only in its time.
        let later = Utc.with_ymd_and_hms(2027, 3, 1, 0, 0, 0).unwrap();
        let again = export(&parse_import(&export(&stored, later)).unwrap(), at);
        assert_eq!(again, text, "{name}");
    }
}

#[test]
fn the_export_holds_the_stored_document() {
    let document = fixture("document-full.json");
    let exported = parse_import(&fixture("export-full.json")).unwrap();
    assert_eq!(encode(&exported), document);
}
