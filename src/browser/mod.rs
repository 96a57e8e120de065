//! The few places that touch the browser: the address bar, the clock and
//! localStorage. Everything here degrades to a message, never a panic.

pub mod clock;
pub mod storage;

use wasm_bindgen::JsValue;

use crate::domain::request::Query;

/// The current query string, with its `?` (empty when there is none).
pub fn location_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The parameters of the current query string, decoded by the browser.
pub fn location_query() -> Query {
    query_of(&location_search())
}

/// The parameters of `query` (with or without its `?`), decoded by the
/// browser's `URLSearchParams` (`%XX`, `+`, UTF-8; an invalid escape is
/// kept as written, invalid UTF-8 becomes U+FFFD), in order.
pub fn query_of(query: &str) -> Query {
    use wasm_bindgen::JsCast;
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(query) else {
        return Query::default();
    };
    Query::from_pairs(params.entries().into_iter().filter_map(|entry| {
        let entry = entry.ok()?.dyn_into::<js_sys::Array>().ok()?;
        Some((entry.get(0).as_string()?, entry.get(1).as_string()?))
    }))
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

/// Goes to `query` of this page without a page load: a new history entry
/// (none when the address is already `query`), scrolled to the top.
pub fn push_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.location().search().ok().as_deref() != Some(query) {
        let path = window.location().pathname().unwrap_or_else(|_| "/".into());
        if let Ok(history) = window.history() {
            let _ =
                history.push_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}")));
        }
    }
    window.scroll_to_with_x_and_y(0.0, 0.0);
}

/// Names the page on `<html data-page>`: the static shell's CSS shows that
/// page's introduction (`scripts/route.js` sets it first, before the body).
pub fn set_page_attribute(name: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-page", name);
    }
}

/// Calls `follow` with the query string (`?…`) of every plain click on a
/// link to this page's own address: main button, no modifier key, no
/// `target` or `download`, same origin and path, no `#fragment`. When
/// `follow` returns true the page load is prevented (the app has gone there
/// itself); every other click stays a normal link.
pub fn on_app_link_click(follow: impl Fn(&str) -> bool + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let location = window.location();
    let closure = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.ctrl_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let Some(anchor) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        let same_page = location.origin().ok().as_deref() == Some(anchor.origin().as_str())
            && location.pathname().ok().as_deref() == Some(anchor.pathname().as_str());
        if !same_page
            || !anchor.target().is_empty()
            || anchor.has_attribute("download")
            || !anchor.hash().is_empty()
        {
            return;
        }
        if follow(&anchor.search()) {
            ev.prevent_default();
        }
    });
    listen(&document, "click", closure);
}

/// Keeps `listener` on each `event` of `target` (the window or the
/// document) for as long as the page lives.
fn listen<T: ?Sized + wasm_bindgen::closure::WasmClosure>(
    target: &web_sys::EventTarget,
    event: &str,
    listener: wasm_bindgen::closure::Closure<T>,
) {
    use wasm_bindgen::JsCast;
    let _ = target.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Calls `f` on each `event` of the window, for as long as the page lives.
fn on_window_event(event: &str, f: impl Fn() + 'static) {
    if let Some(window) = web_sys::window() {
        listen(
            &window,
            event,
            wasm_bindgen::closure::Closure::<dyn Fn()>::new(f),
        );
    }
}

/// Calls `f` whenever the user goes back or forward in history.
pub fn on_popstate(f: impl Fn() + 'static) {
    on_window_event("popstate", f);
}

/// Offers `text` as a file download (a Blob; nothing leaves the device).
///
/// # Errors
///
/// A Chinese message when the browser refuses (some in-app browsers).
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let fail = |_| "此浏览器无法下载文件，请复制下方文本".to_string();
    let window = web_sys::window().ok_or("此浏览器无法下载文件，请复制下方文本".to_string())?;
    let document = window
        .document()
        .ok_or("此浏览器无法下载文件，请复制下方文本".to_string())?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let anchor = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "此浏览器无法下载文件，请复制下方文本".to_string())?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    // Revoked later: revoking at once can cancel the download in some browsers.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 30_000);
    Ok(())
}

/// Calls `f` once after `ms` milliseconds. A page's timer must be cleared
/// when the page goes ([`Timer::clear`], from `on_cleanup`): its callback
/// would otherwise touch signals that are gone.
pub fn after_ms(ms: i32, f: impl FnOnce() + 'static) -> Timer {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return Timer(None);
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    Timer(
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms)
            .ok(),
    )
}

/// Calls `f` once the browser has painted the next frame: a task posted
/// from the frame's animation callback runs after that frame's paint. A
/// page draws its answer first and what lies below it then (issue 22: the
/// tab switch waits only for the answer's frame). `f` may find its page
/// gone: it should use `try_` signal calls.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    use std::{cell::Cell, rc::Rc};
    use wasm_bindgen::JsCast;
    let pending = Rc::new(Cell::new(Some(f)));
    let run_later = {
        let pending = Rc::clone(&pending);
        move || {
            if let Some(f) = pending.take() {
                after_ms(0, f);
            }
        }
    };
    let frame = wasm_bindgen::closure::Closure::once_into_js(run_later);
    let asked = web_sys::window().is_some_and(|window| {
        window
            .request_animation_frame(frame.unchecked_ref())
            .is_ok()
    });
    if !asked {
        // No frame will come: draw it now rather than never.
        if let Some(f) = pending.take() {
            f();
        }
    }
}

/// A timer set by [`after_ms`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Timer(Option<i32>);

impl Timer {
    /// Stops the timer (nothing if it has fired already).
    pub fn clear(self) {
        if let (Some(window), Some(id)) = (web_sys::window(), self.0) {
            window.clear_timeout_with_handle(id);
        }
    }
}

/// The shell's element with this id (where the app mounts).
pub fn html_element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        // A document's mark left where `afterprint` never came (a WebView
        // whose print does nothing) must not narrow this print to it.
        if let Some(body) = window.document().and_then(|d| d.body()) {
            let _ = body.remove_attribute("data-print");
        }
        let _ = window.print();
    }
}

/// Prints only the part marked `data-doc={id}` (the print stylesheet hides
/// the others and the app chrome while `<body data-print>` names it). The
/// mark comes off on `afterprint`: Safari's `print()` returns before the
/// page is printed; Chromium's returns after it fires `afterprint`.
pub fn print_only(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(body) = window.document().and_then(|d| d.body()) {
        let _ = body.set_attribute("data-print", id);
        let handler = window.clone();
        let restore = wasm_bindgen::closure::Closure::once_into_js(move || {
            handler.set_onafterprint(None);
            let _ = body.remove_attribute("data-print");
        });
        window.set_onafterprint(Some(restore.unchecked_ref()));
    }
    let _ = window.print();
}

/// Prints with every `<details>` open, so that each clause is on paper.
pub fn print_with_details_open() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(list) = window
        .document()
        .and_then(|d| d.query_selector_all("details").ok())
    {
        for i in 0..list.length() {
            if let Some(el) = list
                .item(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            {
                let _ = el.set_attribute("open", "");
            }
        }
    }
    let _ = window.print();
}

/// Puts `text` on the clipboard and says whether it really got there:
/// first `navigator.clipboard.writeText` (its promise must resolve), then a
/// hidden textarea selected and `document.execCommand('copy')` (in-app
/// browsers often refuse the first). `done(false)` when both fail: the
/// caller shows the text to copy by hand, never 「已复制」.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        return done(false);
    };
    let text = text.to_string();
    let write = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .and_then(|clipboard| {
            let write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")).ok()?;
            let write = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&write)?;
            let promise = write.call1(&clipboard, &JsValue::from_str(&text)).ok()?;
            wasm_bindgen::JsCast::dyn_into::<js_sys::Promise>(promise).ok()
        });
    leptos::task::spawn_local(async move {
        let written = match write {
            Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
            None => false,
        };
        done(written || copy_by_selection(&text));
    });
}

/// The old way: a textarea selected, then `execCommand('copy')`.
fn copy_by_selection(text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let (Some(body), Ok(area)) = (document.body(), document.create_element("textarea")) else {
        return false;
    };
    let Ok(area) = area.dyn_into::<web_sys::HtmlTextAreaElement>() else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    // A class, not a style attribute: the policy allows no inline style.
    area.set_class_name("offscreen-copy");
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let copied = document
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    copied
}

/// Selects the whole text of the textarea or input `id` and focuses it, so
/// that a long press copies it where the clipboard is refused.
pub fn select_all_in(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    } else if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    }
}

/// The id of the element that has the focus, if it has one (a field the
/// user is typing in).
pub fn focused_id() -> Option<String> {
    let id = web_sys::window()?.document()?.active_element()?.id();
    (!id.is_empty()).then_some(id)
}

/// The browser's user agent string (empty when it cannot be read).
pub fn user_agent() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default()
}

/// The page's full current address.
pub fn current_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Asks the browser to keep this site's storage (`navigator.storage.persist()`)
/// unless it already does, and hands `done` whether storage is persisted
/// now (`None`: the browser has no such API).
pub fn persist_storage(done: impl FnOnce(Option<bool>) + 'static) {
    let call = |target: &JsValue, name: &str| -> Option<js_sys::Promise> {
        let f = js_sys::Reflect::get(target, &JsValue::from_str(name)).ok()?;
        let f = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&f)?;
        wasm_bindgen::JsCast::dyn_into::<js_sys::Promise>(f.call0(target).ok()?).ok()
    };
    let storage = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("storage")).ok())
        .filter(|s| !s.is_undefined() && !s.is_null());
    let Some(storage) = storage else {
        return done(None);
    };
    let Some(persisted) = call(&storage, "persisted") else {
        return done(None);
    };
    leptos::task::spawn_local(async move {
        let already = wasm_bindgen_futures::JsFuture::from(persisted)
            .await
            .ok()
            .and_then(|v| v.as_bool());
        if already == Some(true) {
            return done(Some(true));
        }
        let granted = match call(&storage, "persist") {
            Some(promise) => wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_bool()),
            None => None,
        };
        done(granted.or(already));
    });
}

/// Reads the file chosen in the `<input type=file>` of `ev` as text and
/// hands it (or a Chinese message) to `done`. Files over `max_bytes` are
/// refused before reading. The input is cleared so the same file can be
/// chosen again.
pub fn read_file_input(
    ev: &web_sys::Event,
    max_bytes: usize,
    done: impl FnOnce(Result<String, String>) + 'static,
) {
    use wasm_bindgen::JsCast;
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return;
    };
    input.set_value("");
    if file.size() > max_bytes as f64 {
        done(Err(format!(
            "文件太大（上限 {} KB），未导入",
            max_bytes / 1024
        )));
        return;
    }
    leptos::task::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string());
        done(text.ok_or_else(|| "无法读取这个文件，未导入".to_string()));
    });
}

/// Calls `f` when another tab changes the app's stored document.
pub fn on_storage_change(f: impl Fn() + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let closure =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
            // `key` is null when another tab cleared the whole storage.
            if ev.key().is_none_or(|k| k == crate::store::KEY) {
                f();
            }
        });
    listen(&window, "storage", closure);
}

/// Calls `f` whenever the day in China may have changed since the page
/// opened: an installed app or a tab resumed the next morning, or a page
/// left open over midnight. That is when the page comes back into view
/// (`visibilitychange` to visible, `focus`, `pageshow`, which also covers a
/// page restored from the back-forward cache) and at each midnight China
/// time. `f` reads the clock itself; it may be called when nothing changed.
pub fn on_day_may_change(f: impl Fn() + 'static) {
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    let f: Rc<dyn Fn()> = Rc::new(f);
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let on_visible = {
            let f = Rc::clone(&f);
            let document = document.clone();
            Closure::<dyn Fn()>::new(move || {
                if !document.hidden() {
                    f();
                }
            })
        };
        listen(&document, "visibilitychange", on_visible);
    }
    for event in ["focus", "pageshow"] {
        let f = Rc::clone(&f);
        on_window_event(event, move || f());
    }
    at_each_china_midnight(f);
}

/// Calls `f` just after the next midnight China time, and again after each
/// one that follows. The wait is worked out afresh from the clock each
/// time: a timer that fires before the date changed (the device clock was
/// set back meanwhile) waits again for the rest, and one that fires late (a
/// sleeping device) still aims at the midnight after.
fn at_each_china_midnight(f: std::rc::Rc<dyn Fn()>) {
    // A second late: timers and the wall clock drift apart a little, and a
    // timer a hair early would find the old day. It also keeps a clock that
    // stands still (a test's fixed time) from spinning the timer.
    const MARGIN_MS: u32 = 1000;
    let wait = clock::ms_until_china_midnight().saturating_add(MARGIN_MS);
    after_ms(i32::try_from(wait).unwrap_or(i32::MAX), move || {
        f();
        at_each_china_midnight(f);
    });
}

/// Milliseconds since the Unix epoch (ids, backup keys): the clock's.
pub use clock::now_ms;

/// The address's fragment, without its `#` (empty when there is none).
pub fn current_fragment() -> String {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// Takes the fragment off the address (no new history entry, no page
/// load): a handoff link's data does not stay in the address bar.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_else(|_| "/".into());
    let query = location.search().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}")));
    }
}

/// The absolute address of this site's page named by `query` (`?page=…`),
/// with `fragment` after a `#`: the link a handoff sends.
pub fn site_address(query: &str, fragment: &str) -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let location = window.location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_else(|_| "/".into());
    format!("{origin}{path}{query}#{fragment}")
}

/// Calls `f` whenever only the fragment of the address changes (a link
/// opened in a tab where the app is already open: no page load).
pub fn on_hash_change(f: impl Fn() + 'static) {
    on_window_event("hashchange", f);
}
