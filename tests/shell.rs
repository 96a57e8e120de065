//! The static shell (index.html) and the route table (tests/routes.txt)
//! agree with the rules' pages (`Page`), in the app crate, where both live.

#![cfg(not(target_arch = "wasm32"))]

use pingshen::domain::pages::Page;
use pingshen::domain::request::Query;

#[test]
fn every_page_has_a_static_introduction() {
    let shell = include_str!("../index.html");
    for page in Page::ALL.iter().copied() {
        let name = page.code();
        assert!(
            shell.contains(&format!("data-intro=\"{name}\"")),
            "index.html: no introduction for {name}"
        );
    }
}

#[test]
fn one_binary_for_every_page() {
    let shell = include_str!("../index.html");
    let rust: Vec<&str> = shell
        .lines()
        .filter(|l| l.contains("data-trunk") && l.contains("rel=\"rust\""))
        .collect();
    assert_eq!(rust.len(), 1, "index.html: one rust link, {rust:?}");
    assert!(rust[0].contains("data-wasm-opt=\"z\""), "{}", rust[0]);
    assert!(!rust[0].contains("data-type"), "{}", rust[0]);
    assert!(!std::path::Path::new("src/bin").exists(), "no src/bin/");
}

#[test]
fn routes_table_matches_page_from_query() {
    // The same table is checked against scripts/route.js (tests/e2e);
    // its escaped queries (`?%75nit=city`), decoded by the browser, in
    // tests/browser_query.rs.
    let table = include_str!("routes.txt");
    let mut checked = 0;
    let mut seen = std::collections::BTreeSet::new();
    for line in table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let (query, page) = line.split_once('\t').expect("query<TAB>page");
        // Split as the browser would; escaped queries are left to it.
        let Some(decoded) = Query::unescaped(query) else {
            continue;
        };
        assert_eq!(Page::from_query(&decoded).code(), page, "{query}");
        checked += 1;
        seen.insert(page);
    }
    assert!(checked >= 20, "only {checked} routes");
    assert_eq!(seen.len(), Page::ALL.len(), "every page is in the table");
}
