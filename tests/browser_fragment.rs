//! The address's fragment, where a handoff link's data rides (issue 21),
//! read and cleared through the browser's own `location` and `history`, in
//! headless Chromium.
#![cfg(target_arch = "wasm32")]

use pingshen_app::browser::{clear_fragment, current_fragment, location_search, site_address};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Puts `address` (relative to the page) in the address bar, no page load.
fn go(address: &str) {
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(address))
        .unwrap();
}

#[wasm_bindgen_test]
fn the_fragment_is_read_without_its_hash_and_cleared_with_the_query_kept() {
    go("?page=workspace#h1.AbC-_9");
    assert_eq!(current_fragment(), "h1.AbC-_9");
    clear_fragment();
    assert_eq!(current_fragment(), "");
    assert_eq!(location_search(), "?page=workspace", "the query stays");
    let href = web_sys::window().unwrap().location().href().unwrap();
    assert!(!href.contains('#'), "no empty `#` left: {href}");
    go("?");
}

#[wasm_bindgen_test]
fn a_sent_link_is_this_sites_absolute_address_with_the_data_after_the_hash() {
    go("?page=eligibility&round=2024#old");
    let location = web_sys::window().unwrap().location();
    let origin = location.origin().unwrap();
    let path = location.pathname().unwrap();
    // The page's own query and fragment are not carried over.
    assert_eq!(
        site_address("?page=workspace", "h1.xyz"),
        format!("{origin}{path}?page=workspace#h1.xyz")
    );
    assert!(origin.starts_with("http"), "absolute: {origin}");
    go("?");
}
