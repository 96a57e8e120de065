//! The user interface: components wire signals to the domain core and
//! nothing more.

mod calculator;
mod month_calendar;
mod widgets;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::publicity::NOTICE_MINIMUM_WORKING_DAYS;
use crate::request::{self, Mode, RawInput};
use calculator::Calculator;

/// Mounts the app into `#app`, replacing the static loading shell.
pub fn mount() {
    console_error_panic_hook::set_once();
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_inner_html("");
    leptos::mount::mount_to(root, App).forget();
}

/// The calculator's starting inputs: the link's, else the saved ones, else
/// today with the notice's 5 working days.
fn starting_inputs(query: &str, saved: Option<RawInput>) -> (RawInput, Option<String>) {
    let fallback = || {
        saved.clone().unwrap_or_else(|| RawInput {
            mode: Mode::Forward,
            date: crate::dates::china_today().to_string(),
            days: NOTICE_MINIMUM_WORKING_DAYS.to_string(),
        })
    };
    match request::raw_from_query(query) {
        Ok(Some(raw)) => (raw, None),
        Ok(None) => (fallback(), None),
        Err(error) => (fallback(), Some(error.to_string())),
    }
}

#[component]
fn App() -> impl IntoView {
    let loaded = browser::storage::load();
    let saved = loaded.stored.calculator.map(RawInput::from);
    let (initial, link_error) = starting_inputs(&browser::location_search(), saved);

    view! {
        <header class="app-header">
            <div class="app-header__inner">
                <h1 class="app-title">"质监职称申报助手"</h1>
                <p class="app-subtitle">"辽宁省质量技术监督系列职称评审 · 依据 2024 年评审安排通知"</p>
            </div>
        </header>
        <main class="app-main" id="main">
            <Calculator initial=initial link_error=link_error storage_notice=loaded.notice />
        </main>
        <footer class="app-footer">
            <p>"所有计算在本机浏览器内完成，数据只保存在本机。结果仅供参考，请以主管部门正式通知为准。"</p>
        </footer>
    }
}
