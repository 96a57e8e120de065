//! Query strings decoded by the browser's `URLSearchParams`
//! (`browser::query_of`) and read by the domain's parsers, in headless
//! Chromium: `%XX`, `+` and UTF-8 escapes mean what they always meant.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use pingshen::domain::pages::Page;
use pingshen::domain::request::{
    self, context_from_query, raw_from_query, timeline_raw_from_query, validate, CalcInput, Mode,
};
use pingshen_app::browser::query_of;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn calc(query: &str) -> Result<Option<CalcInput>, Vec<String>> {
    match raw_from_query(&query_of(query)) {
        Err(e) => Err(vec![e.to_string()]),
        Ok(None) => Ok(None),
        Ok(Some(raw)) => validate(&raw)
            .map(Some)
            .map_err(|errors| errors.iter().map(ToString::to_string).collect()),
    }
}

#[wasm_bindgen_test]
fn escaped_dates_decode_as_before() {
    let expected = CalcInput {
        mode: Mode::Forward,
        date: NaiveDate::from_ymd_opt(2024, 7, 22).unwrap(),
        days: 5,
    };
    assert_eq!(calc("?posted=2024%2D07%2D22"), Ok(Some(expected)));
    assert_eq!(calc("posted=2024%2d07%2d22&days=%35"), Ok(Some(expected)));
    // An escaped name is the same name.
    assert_eq!(calc("?%70osted=2024-07-22"), Ok(Some(expected)));
    // A `+` is a space, which the date parser trims.
    assert_eq!(calc("?posted=+2024-07-22+&days=+5"), Ok(Some(expected)));
    let backward = calc("?end_by=2024%2D07%2D31&days=7").unwrap().unwrap();
    assert_eq!(backward.mode, Mode::Backward);
    assert_eq!(backward.date, NaiveDate::from_ymd_opt(2024, 7, 31).unwrap());
    assert_eq!(backward.days, 7);
}

#[wasm_bindgen_test]
fn escaped_markup_is_decoded_and_reported_as_text() {
    let errors = calc("?posted=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E").unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("<img src=x onerror=alert")),
        "{errors:?}"
    );
}

#[wasm_bindgen_test]
fn plus_and_escapes_in_the_context() {
    // `%2B` is a literal plus: no four-digit year.
    let (context, errors) = context_from_query(&query_of("?round=%2B2024"));
    assert_eq!(context.round, None);
    assert!(
        errors[0].to_string().contains("评审年度“+2024”无效"),
        "{}",
        errors[0]
    );
    // `+` is a space, trimmed: the year is read.
    let (context, errors) = context_from_query(&query_of("?round=+2024&today=2024%2D07%2D20"));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(context.round, Some(2024));
    assert_eq!(context.today, NaiveDate::from_ymd_opt(2024, 7, 20));
}

#[wasm_bindgen_test]
fn utf8_and_broken_escapes_decode_as_before() {
    let query =
        query_of("?a=a%E4%B8%ADb&b=%zz&c=100%&d=+%20+&e=%E4%B8&f=%&g=%4&h=中文&i=%e4%b8%ad");
    let get = |name: &str| query.get(name).map(str::to_string);
    assert_eq!(get("a").as_deref(), Some("a中b"));
    assert_eq!(
        get("b").as_deref(),
        Some("%zz"),
        "an invalid escape stays as written"
    );
    assert_eq!(get("c").as_deref(), Some("100%"));
    assert_eq!(get("d").as_deref(), Some("   "));
    assert_eq!(
        get("e").as_deref(),
        Some("\u{FFFD}"),
        "invalid UTF-8 is replaced"
    );
    assert_eq!(get("f").as_deref(), Some("%"));
    assert_eq!(get("g").as_deref(), Some("%4"));
    assert_eq!(get("h").as_deref(), Some("中文"));
    assert_eq!(get("i").as_deref(), Some("中"));
    // A unit name written in an escape reaches the timeline's parser decoded.
    let raw = timeline_raw_from_query(&query_of("?unit=city%2Dunit&city_deadline=2024-07-26"));
    let request = request::validate_timeline(&raw.unwrap()).unwrap();
    assert_eq!(
        request::timeline_query(&request),
        "?unit=city-unit&city_deadline=2024-07-26"
    );
}

#[wasm_bindgen_test]
fn every_route_of_the_table_through_the_browser() {
    // tests/routes.txt, escaped rows included (checked against
    // scripts/route.js in tests/e2e/routes.test.mjs).
    let mut escaped = 0;
    for line in include_str!("routes.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let (query, page) = line.split_once('\t').expect("query<TAB>page");
        escaped += usize::from(query.contains('%'));
        assert_eq!(Page::from_query(&query_of(query)).code(), page, "{query}");
    }
    assert!(escaped >= 3, "the table has escaped rows");
}
