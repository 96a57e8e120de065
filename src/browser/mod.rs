//! The few places that touch the browser: the address bar, the clock and
//! localStorage. Everything here degrades to a message, never a panic.

pub mod storage;

use wasm_bindgen::JsValue;

/// The current query string, with its `?` (empty when there is none).
pub fn location_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Replaces the address bar's query (no new history entry), so that it is
/// always a link to what the page shows.
pub fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.location().search().ok().as_deref() == Some(query) {
        return;
    }
    let path = window.location().pathname().unwrap_or_else(|_| "/".into());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}")));
    }
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}
