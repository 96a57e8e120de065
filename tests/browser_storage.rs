//! The localStorage wrapper in a real browser (headless Chromium):
//! save, restore, and recovery from a value that cannot be read.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use pingshen::domain::request::{CalcInput, Mode};
use pingshen::store::{Stored, BACKUP_PREFIX, KEY};
use pingshen_app::browser::storage::{load, save, update, SaveError, BEFORE_SCHEMA_2_KEY};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A user profile for `year`, as the years page starts one: the 2024
/// notice projected to that year.
fn user_profile(year: i32) -> pingshen::domain::notice::Notice {
    use pingshen::domain::{calendar::Calendar, notice::Notice, rounds::project};
    project(&Notice::official_2024(), year, &Calendar::official())
}

fn clear() {
    local().clear().unwrap();
}

fn backups() -> Vec<(String, String)> {
    let s = local();
    (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .map(|k| {
            let v = s.get_item(&k).unwrap().unwrap();
            (k, v)
        })
        .collect()
}

fn sample(mode: Mode, day: u32) -> CalcInput {
    CalcInput {
        mode,
        date: NaiveDate::from_ymd_opt(2024, 7, day).unwrap(),
        days: 5,
    }
}

#[wasm_bindgen_test]
fn nothing_stored_loads_empty_without_a_notice() {
    clear();
    let loaded = load();
    assert_eq!(loaded.stored, Stored::default());
    assert!(loaded.notice.is_none());
}

#[wasm_bindgen_test]
fn save_then_restore() {
    clear();
    let stored = Stored {
        calculator: Some(sample(Mode::Backward, 31)),
        ..Stored::default()
    };
    save(&stored).unwrap();
    let loaded = load();
    assert_eq!(loaded.stored, stored);
    assert!(loaded.notice.is_none());
    // The stored text is the documented schema.
    let raw = local().get_item(KEY).unwrap().unwrap();
    assert!(raw.starts_with(r#"{"schema":2,"#), "{raw}");
}

/// A schema-1 document is upgraded on load and written at once (the round
/// of an undated fact is fixed on the day it is first opened); its old text
/// is kept, once, byte for byte. Opened again, nothing changes.
#[wasm_bindgen_test]
fn a_schema_1_document_is_upgraded_and_written_at_once() {
    clear();
    let old = r#"{"schema":1,"applicants":[{"id":"a1","name":"甲","posted":"2024-07-15","ticks":["form-1"]}],"paperwork":{"excluded":["a1"]}}"#;
    local().set_item(KEY, old).unwrap();
    let loaded = load();
    assert!(loaded.notice.is_none());
    let a1 = &loaded.stored.applicants[0];
    assert_eq!((a1.round, a1.excluded), (Some(2024), true));
    let raw = local().get_item(KEY).unwrap().unwrap();
    assert!(raw.starts_with(r#"{"schema":2,"#), "{raw}");
    assert!(raw.contains(r#""round":2024"#), "{raw}");
    let kept = local().get_item(BEFORE_SCHEMA_2_KEY).unwrap();
    assert_eq!(kept.as_deref(), Some(old));
    assert_eq!(load().stored, loaded.stored);
    assert_eq!(local().get_item(KEY).unwrap().unwrap(), raw);
    assert!(backups().is_empty(), "nothing was unreadable");
}

#[wasm_bindgen_test]
fn updating_the_calculation_replaces_only_the_calculator() {
    clear();
    update(|s| s.calculator = Some(sample(Mode::Forward, 24))).unwrap();
    update(|s| s.calculator = Some(sample(Mode::Backward, 25))).unwrap();
    assert_eq!(load().stored.calculator, Some(sample(Mode::Backward, 25)));
}

#[wasm_bindgen_test]
fn update_keeps_what_another_tab_wrote() {
    clear();
    update(|s| s.calculator = Some(sample(Mode::Forward, 24))).unwrap();
    // Another tab adds a year profile meanwhile…
    let mut other = load().stored;
    other.profiles.push(user_profile(2025));
    save(&other).unwrap();
    // …and this tab's next change keeps it.
    let written = update(|s| s.calculator = Some(sample(Mode::Backward, 31))).unwrap();
    assert_eq!(written.profiles[0].year, 2025);
    assert_eq!(load().stored.profiles.len(), 1);
    assert_eq!(load().stored.calculator, Some(sample(Mode::Backward, 31)));
}

#[wasm_bindgen_test]
fn a_corrupt_value_is_backed_up_and_the_app_starts_clean() {
    clear();
    let corrupt = "{\"schema\":1,\"calculator\":{\"mode\":\"forward\",\"date\":\"2024-02-30\"";
    local().set_item(KEY, corrupt).unwrap();
    let loaded = load();
    assert_eq!(loaded.stored, Stored::default());
    let notice = loaded.notice.expect("the user is told");
    assert!(notice.contains("备份"), "{notice}");
    let backups = backups();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].1, corrupt, "kept byte for byte");
    assert!(
        notice.contains(&backups[0].0),
        "the notice names the key: {notice}"
    );
    // The main key no longer holds the corrupt value; saving works again.
    assert!(local().get_item(KEY).unwrap().is_none());
    update(|s| s.calculator = Some(sample(Mode::Forward, 24))).unwrap();
    assert_eq!(load().stored.calculator, Some(sample(Mode::Forward, 24)));
    assert_eq!(self::backups().len(), 1, "the backup survives later saves");
}

/// The checks an import makes are made on load: a document with two
/// applicants of one id is not used, but kept, byte for byte, and the user
/// is told why in Chinese.
#[wasm_bindgen_test]
fn a_document_with_duplicate_applicant_ids_is_backed_up_not_used() {
    clear();
    let twice = r#"{"schema":1,"applicants":[{"id":"a1","name":"甲"},{"id":"a1","name":"乙"}]}"#;
    local().set_item(KEY, twice).unwrap();
    let loaded = load();
    assert_eq!(loaded.stored, Stored::default());
    let notice = loaded.notice.expect("the user is told");
    assert!(notice.contains("申报人编号 a1 出现两次"), "{notice}");
    assert_eq!(backups()[0].1, twice, "kept byte for byte");
}

#[wasm_bindgen_test]
fn a_future_schema_is_kept_not_overwritten() {
    clear();
    let future = r#"{"schema":99,"everything":"new"}"#;
    local().set_item(KEY, future).unwrap();
    let loaded = load();
    assert!(loaded.notice.unwrap().contains("更新版本"));
    assert_eq!(backups()[0].1, future);
}

#[wasm_bindgen_test]
fn a_value_corrupted_by_another_tab_is_backed_up_before_a_save() {
    clear();
    local().set_item(KEY, "garbage from another tab").unwrap();
    update(|s| s.calculator = Some(sample(Mode::Forward, 24))).unwrap();
    assert_eq!(backups()[0].1, "garbage from another tab");
    assert_eq!(load().stored.calculator, Some(sample(Mode::Forward, 24)));
}

/// Fills localStorage until the browser refuses, runs `body`, then frees it.
fn with_full_storage(body: impl FnOnce()) {
    let s = local();
    let mut n = 0;
    // Big pieces first, then small ones, until less than 1 KB is left.
    for size in [256 * 1024, 1024] {
        let chunk = "x".repeat(size);
        while s.set_item(&format!("filler.{n}"), &chunk).is_ok() {
            n += 1;
            assert!(n < 10_000, "the quota never ran out");
        }
    }
    body();
    for i in 0..n {
        s.remove_item(&format!("filler.{i}")).unwrap();
    }
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_the_old_value_survives() {
    clear();
    update(|s| s.calculator = Some(sample(Mode::Forward, 24))).unwrap();
    let before = local().get_item(KEY).unwrap();
    with_full_storage(|| {
        // A change large enough not to fit in what is left.
        let mut big = load().stored;
        big.profiles = (2030..2099).map(user_profile).collect();
        assert_eq!(save(&big), Err(SaveError::Full));
        assert!(SaveError::Full.to_string().contains("已满"));
        assert_eq!(
            local().get_item(KEY).unwrap(),
            before,
            "nothing half-written"
        );
    });
    assert_eq!(load().stored.calculator, Some(sample(Mode::Forward, 24)));
}

#[wasm_bindgen_test]
fn unavailable_storage_is_reported_not_a_panic() {
    clear();
    update(|s| s.calculator = Some(sample(Mode::Forward, 24))).unwrap();
    // Private modes and disabled storage throw on access to localStorage.
    js_sys::eval(
        "window.__realLocalStorage = Object.getOwnPropertyDescriptor(window, 'localStorage') || Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage');
         Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('denied', 'SecurityError'); } });",
    )
    .unwrap();
    let loaded = load();
    let error = update(|s| s.calculator = Some(sample(Mode::Backward, 31))).map(drop);
    js_sys::eval("Object.defineProperty(window, 'localStorage', window.__realLocalStorage);")
        .unwrap();
    assert!(loaded.notice.unwrap().contains("不允许"));
    assert_eq!(loaded.stored, Stored::default());
    assert_eq!(error, Err(SaveError::Unavailable));
    // Nothing was lost: the real storage still holds the old value.
    assert_eq!(load().stored.calculator, Some(sample(Mode::Forward, 24)));
}
