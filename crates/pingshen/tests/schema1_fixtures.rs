//! Documents and export files written by earlier versions of the app
//! (`tests/fixtures/schema-1/`, captured from schema 1 as it shipped) still
//! load; the upgrade to schema 2 places every round-bound fact in a round,
//! and this test says where each went. Schema-2 documents and exports
//! (`tests/fixtures/schema-2/`, the schema-1 fixtures upgraded on
//! 2026-12-06) load and are written back byte for byte.
//!
//! `PINGSHEN_BLESS_FIXTURES=1 cargo test --test schema1_fixtures` writes
//! the schema-2 fixtures anew (review the diff before committing it).

#![cfg(not(target_arch = "wasm32"))]

use chrono::{NaiveDate, TimeZone, Utc};
use pingshen::store::transfer::{export, parse_import};
use pingshen::store::{decode, encode, Basis, Stored};

fn fixture(dir: &str, name: &str) -> String {
    let path = format!("{}/tests/fixtures/{dir}/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The day the upgrade is tested on: the 2027 round is in force.
fn opened() -> NaiveDate {
    d(2026, 12, 6)
}

const DOCUMENTS: [&str; 2] = ["document-full.json", "document-rich.json"];
const EXPORTS: [&str; 3] = ["export-full.json", "export-rich.json", "export-empty.json"];

/// Read, but not yet upgraded, a schema-1 document writes back the same
/// bytes but for its schema number: serde reads every field it had.
#[test]
fn schema_1_documents_load_with_every_field() {
    for name in DOCUMENTS {
        let text = fixture("schema-1", name);
        let stored = decode(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(stored.schema, 1, "{name}");
        assert_eq!(
            encode(&stored),
            text.replacen(r#"{"schema":1"#, r#"{"schema":2"#, 1),
            "{name}"
        );
    }
}

/// Where each fact of the schema-1 fixtures goes when first opened on
/// 2026-12-06. Rounds by hand: 2024's last window closed 08-09 (published
/// notice); document-rich has its own 2026 profile.
#[test]
fn the_upgrade_places_each_fact_in_its_round() {
    let mut full = decode(&fixture("schema-1", "document-full.json")).unwrap();
    let placed = full.assign_rounds(opened());
    let record = |s: &Stored, id: &str| s.applicant(id).cloned().unwrap();
    // a1 was posted 2024-07-24: the 2024 round's publicity and ticks.
    let a1 = record(&full, "a1");
    assert_eq!((a1.round, a1.ticks_to_check), (Some(2024), false));
    // a2 was left out of the documents, by id in the paperwork; with no
    // posting day, the exclusion goes to the round in force when opened.
    let a2 = record(&full, "a2");
    assert_eq!((a2.round, a2.excluded), (Some(2027), true));
    assert!(full.paperwork.as_ref().unwrap().excluded.is_empty());
    // The city date 2024-07-26 and the documents' posting day 2024-07-24.
    assert_eq!(full.timeline.unwrap().round, Some(2024));
    assert_eq!(full.paperwork.as_ref().unwrap().round, Some(2024));
    // The self-check was posted 2024-07-24 too.
    let own = full.eligibility.as_ref().unwrap();
    assert_eq!((own.round, own.ticks_to_check), (Some(2024), false));
    let bases: Vec<(i32, Basis)> = placed.iter().map(|p| (p.round, p.basis)).collect();
    assert_eq!(
        bases,
        [
            (2024, Basis::OwnDate(d(2024, 7, 24))),
            (2027, Basis::Opened(opened())),
            (2024, Basis::OwnDate(d(2024, 7, 26))),
            (2024, Basis::OwnDate(d(2024, 7, 24))),
            (2024, Basis::OwnDate(d(2024, 7, 24))),
        ]
    );

    let mut rich = decode(&fixture("schema-1", "document-rich.json")).unwrap();
    rich.assign_rounds(opened());
    assert_eq!(record(&rich, "a9").round, Some(2024));
    // Seal days, the documents' objections and the self-check's ticks have
    // no date of their own: the round in force when opened, ticks flagged.
    assert_eq!(rich.timeline.unwrap().round, Some(2027));
    assert_eq!(rich.paperwork.as_ref().unwrap().round, Some(2027));
    let own = rich.eligibility.as_ref().unwrap();
    assert_eq!((own.round, own.ticks_to_check), (Some(2027), true));

    // Nothing is dropped: the people and every fact are still there.
    let before = decode(&fixture("schema-1", "document-full.json")).unwrap();
    for (old, new) in before.applicants.iter().zip(&full.applicants) {
        assert_eq!(
            (&old.name, &old.applicant, old.posted, &old.ticks),
            (&new.name, &new.applicant, new.posted, &new.ticks)
        );
    }
    assert_eq!(before.profiles, full.profiles);
    assert_eq!(before.holidays, full.holidays);
}

#[test]
fn a_document_from_before_december_2026_loads_and_drops_what_is_gone() {
    let text = fixture("schema-1", "document-before-2026-12.json");
    let mut stored = decode(&text).unwrap();
    assert_eq!(stored.profiles.len(), 1);
    assert_eq!(stored.profiles[0].year, 2025);
    assert_eq!(stored.applicants.len(), 1);
    assert_eq!(stored.applicants[0].name, "O'Brien");
    assert_eq!(stored.applicants[0].unit_name, "");
    let timeline = stored.timeline.unwrap();
    assert_eq!(timeline.seal_days, None);
    // A holiday year stored without its origin reads as single days.
    assert_eq!(stored.holidays[0].origin.code(), "days");
    stored.assign_rounds(opened());
    // Its city date, 2024-07-26, was the 2024 round's.
    assert_eq!(stored.timeline.unwrap().round, Some(2024));
    let written = encode(&stored);
    assert!(!written.contains("active_year"), "{written}");
    assert!(written.contains(r#""origin":"days""#), "{written}");
    assert_eq!(decode(&written).unwrap(), stored);
}

/// Schema-1 export files import; upgraded, they export as the schema-2
/// fixtures, and a later export differs only in its time.
#[test]
fn schema_1_exports_import_and_upgrade() {
    let at = Utc.with_ymd_and_hms(2026, 11, 28, 5, 0, 0).unwrap();
    for name in EXPORTS {
        let mut stored =
            parse_import(&fixture("schema-1", name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        stored.assign_rounds(opened());
        let upgraded = export(&stored, at);
        bless_or_compare(name, &upgraded);
        let later = Utc.with_ymd_and_hms(2027, 3, 1, 0, 0, 0).unwrap();
        let again = export(&parse_import(&export(&stored, later)).unwrap(), at);
        assert_eq!(again, upgraded, "{name}");
    }
}

/// Schema-2 documents load and are written back byte for byte; upgrading
/// them again changes nothing.
#[test]
fn schema_2_documents_are_written_back_byte_for_byte() {
    for name in DOCUMENTS {
        let mut stored = decode(&fixture("schema-1", name)).unwrap();
        stored.assign_rounds(opened());
        bless_or_compare(name, &encode(&stored));
        let text = fixture("schema-2", name);
        let mut back = decode(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(encode(&back), text, "{name}");
        assert!(back.assign_rounds(d(2028, 1, 1)).is_empty(), "{name}");
    }
    let exported = parse_import(&fixture("schema-2", "export-full.json")).unwrap();
    assert_eq!(encode(&exported), fixture("schema-2", "document-full.json"));
}

/// Compares `text` with the schema-2 fixture `name`, or writes it when
/// `PINGSHEN_BLESS_FIXTURES` is set.
fn bless_or_compare(name: &str, text: &str) {
    if std::env::var_os("PINGSHEN_BLESS_FIXTURES").is_some() {
        let dir = format!("{}/tests/fixtures/schema-2", env!("CARGO_MANIFEST_DIR"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(format!("{dir}/{name}"), text).unwrap();
        return;
    }
    assert_eq!(text, fixture("schema-2", name), "{name}");
}
