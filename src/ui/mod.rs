//! The user interface: components wire signals to the domain core and
//! nothing more.

mod calculator;
mod documents;
mod eligibility;
mod month_calendar;
mod timeline;
mod widgets;
mod workspace;
mod years;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::calendar::Calendar;
use crate::notice::Notice;
use crate::request;
use crate::storage::Stored;
use calculator::Calculator;
use documents::Documents;
use eligibility::Eligibility;
use timeline::Timeline;
use workspace::Workspace;
use years::Years;

/// Mounts the app into `#app`, replacing the static loading shell.
pub fn mount() {
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

/// The pages, chosen by the query string so that every URL works at the
/// site root without server rewrites.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Calculator,
    Timeline,
    Eligibility,
    Workspace,
    Documents,
    Years,
}

impl Page {
    fn from_query(query: &str) -> Self {
        let pairs = request::query_pairs(query);
        let has = |key: &str, value: Option<&str>| {
            pairs
                .iter()
                .any(|(k, v)| k == key && value.is_none_or(|value| v == value))
        };
        if has("unit", None) || has("page", Some("timeline")) {
            Page::Timeline
        } else if has("page", Some("eligibility")) {
            Page::Eligibility
        } else if has("page", Some("workspace")) {
            Page::Workspace
        } else if has("page", Some("documents")) {
            Page::Documents
        } else if has("page", Some("years")) {
            Page::Years
        } else {
            Page::Calculator
        }
    }
}

/// State shared by every page.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The stored document, as last read or written.
    pub stored: RwSignal<Stored>,
    /// The notice in use (official 2024 or the user's active profile).
    pub notice: Memo<Notice>,
    /// The official calendar plus the user's holiday data.
    pub calendar: Memo<Calendar>,
    /// A message about storage (unreadable value set aside, quota, …).
    pub storage_notice: RwSignal<Option<String>>,
    /// The last write failed: memory holds changes storage does not.
    pub unsaved: RwSignal<bool>,
    pub page: RwSignal<Page>,
}

impl AppState {
    /// Changes the stored document and writes it. When writing fails the
    /// change still applies in memory, and the user is told.
    ///
    /// After a failed write, the in-memory document holds changes the stored
    /// one lacks: the next write then saves the whole in-memory document, so
    /// those changes are not dropped by re-reading storage.
    pub fn persist(&self, change: impl Fn(&mut Stored)) {
        if self.unsaved.get_untracked() {
            self.stored.update(|s| change(s));
            match self.stored.with_untracked(browser::storage::save) {
                Ok(()) => {
                    self.unsaved.set(false);
                    self.storage_notice.set(None);
                }
                Err(error) => self.storage_notice.set(Some(error.to_string())),
            }
            return;
        }
        match browser::storage::update(&change) {
            Ok(stored) => self.stored.set(stored),
            Err(error) => {
                self.stored.update(|s| change(s));
                self.unsaved.set(true);
                self.storage_notice.set(Some(error.to_string()));
            }
        }
    }

    /// Goes to another page (a new history entry).
    pub fn navigate(&self, page: Page, query: &str) {
        browser::push_query(query);
        self.page.set(page);
    }
}

#[component]
fn App() -> impl IntoView {
    let loaded = browser::storage::load();
    let stored = RwSignal::new(loaded.stored);
    let state = AppState {
        stored,
        notice: Memo::new(move |_| stored.with(Stored::active_notice)),
        // Rebuilt only when the user's holiday data changes, not on every save.
        calendar: {
            let holidays = Memo::new(move |_| stored.with(|s| s.holidays.clone()));
            Memo::new(move |_| holidays.with(|h| crate::storage::calendar_with(h)))
        },
        storage_notice: RwSignal::new(loaded.notice),
        unsaved: RwSignal::new(false),
        page: RwSignal::new(Page::from_query(&browser::location_search())),
    };
    provide_context(state);
    browser::on_popstate(move || {
        state
            .page
            .set(Page::from_query(&browser::location_search()))
    });

    view! {
        <header class="app-header">
            <div class="app-header__inner">
                <h1 class="app-title">"质监职称申报助手"</h1>
                <p class="app-subtitle">
                    {move || {
                        let notice = state.notice.get();
                        if notice.official {
                            format!("辽宁省质量技术监督系列职称评审 · 依据 {} 年评审安排通知", notice.year)
                        } else {
                            format!("辽宁省质量技术监督系列职称评审 · {} 年（自行填写，非官方）", notice.year)
                        }
                    }}
                </p>
            </div>
            <Tabs />
        </header>
        <main class="app-main" id="main">
            {move || state.storage_notice.get().map(|text| view! {
                <p class="notice notice--warn" data-testid="storage-notice" role="status">{text}</p>
            })}
            {move || (!state.notice.get().official).then(|| view! {
                <p class="notice notice--warn" data-testid="profile-warning" role="note">
                    {format!(
                        "当前使用自行填写的 {} 年安排（非官方数据），请以当年正式通知为准。",
                        state.notice.get().year
                    )}
                </p>
            })}
            {move || match state.page.get() {
                Page::Calculator => view! { <Calculator /> }.into_any(),
                Page::Timeline => view! { <Timeline /> }.into_any(),
                Page::Eligibility => view! { <Eligibility /> }.into_any(),
                Page::Workspace => view! { <Workspace /> }.into_any(),
                Page::Documents => view! { <Documents /> }.into_any(),
                Page::Years => view! { <Years /> }.into_any(),
            }}
        </main>
        <footer class="app-footer">
            <p>"所有计算在本机浏览器内完成，数据只保存在本机。结果仅供参考，请以主管部门正式通知为准。"</p>
        </footer>
    }
}

#[component]
fn Tabs() -> impl IntoView {
    let state = expect_context::<AppState>();
    let timeline_query = move || {
        state.stored.with(|s| {
            s.timeline.map_or("?page=timeline".to_string(), |t| {
                request::timeline_query(&request::TimelineRequest {
                    unit: t.unit,
                    city_deadline: t.city_deadline,
                    today: None,
                })
            })
        })
    };
    let tab =
        move |page: Page, label: &'static str, query: Box<dyn Fn() -> String + Send + Sync>| {
            let query = std::sync::Arc::new(query);
            let href = {
                let query = query.clone();
                move || format!("./{}", query())
            };
            view! {
                <a
                    class="tabs__tab"
                    href=href
                    aria-current=move || {
                    let current = match state.page.get() {
                        Page::Documents => Page::Workspace,
                        other => other,
                    };
                    (current == page).then_some("page")
                }
                    on:click=move |ev| {
                        ev.prevent_default();
                        state.navigate(page, &query());
                    }
                >
                    {label}
                </a>
            }
        };
    view! {
        <nav class="tabs" aria-label="页面">
            {tab(Page::Calculator, "公示计算", Box::new(String::new))}
            {tab(Page::Timeline, "时间安排", Box::new(timeline_query))}
            {tab(Page::Eligibility, "资格自查", Box::new(|| "?page=eligibility".to_string()))}
            {tab(Page::Workspace, "单位总览", Box::new(|| "?page=workspace".to_string()))}
            {tab(Page::Years, "年度数据", Box::new(|| "?page=years".to_string()))}
        </nav>
    }
}
