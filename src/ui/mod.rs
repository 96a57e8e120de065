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

pub use calculator::Calculator;
pub use documents::Documents;
pub use eligibility::Eligibility;
pub use timeline::Timeline;
pub use workspace::Workspace;
pub use years::Years;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::calendar::Calendar;
use crate::notice::Notice;
pub use crate::pages::Page;
use crate::request;
use crate::storage::Stored;
/// Mounts the app for `page` into the static shell of `index.html`: the
/// header (`#app-header`) and the page body (`#app`, below the page's static
/// introduction, which is never re-rendered: the largest text of the page
/// paints before the wasm arrives and stays put).
///
/// Every page is its own wasm binary (`src/bin/*.rs`, chosen by
/// `scripts/route.js` from the query string), so that the first load of any
/// page stays within the size budget: `body` is the only page component
/// linked in.
pub fn mount<V: IntoView + 'static>(page: Page, body: fn() -> V) {
    let element = |id: &str| {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    };
    let (Some(header), Some(root)) = (element("app-header"), element("app")) else {
        return;
    };
    // The state outlives both mounts: its owner is never disposed.
    let owner = Owner::new();
    let state = owner.with(|| AppState::load(page));
    std::mem::forget(owner);
    header.set_inner_html("");
    root.set_inner_html("");
    leptos::mount::mount_to(header, move || {
        provide_context(state);
        view! { <Header /> }
    })
    .forget();
    leptos::mount::mount_to(root, move || {
        provide_context(state);
        view! { <Body body=body /> }
    })
    .forget();
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
    /// The page this binary shows.
    pub page: Page,
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
}

impl AppState {
    /// Reads storage and sets up the state of `page`.
    fn load(page: Page) -> Self {
        let loaded = browser::storage::load();
        let stored = RwSignal::new(loaded.stored);
        // Back or forward to an entry of another page: load that page's binary.
        browser::on_popstate(move || {
            if Page::from_query(&browser::location_search()) != page {
                browser::reload();
            }
        });
        AppState {
            stored,
            notice: Memo::new(move |_| stored.with(Stored::active_notice)),
            // Rebuilt only when the user's holiday data changes, not on every save.
            calendar: {
                let holidays = Memo::new(move |_| stored.with(|s| s.holidays.clone()));
                Memo::new(move |_| holidays.with(|h| crate::storage::calendar_with(h)))
            },
            storage_notice: RwSignal::new(loaded.notice),
            unsaved: RwSignal::new(false),
            page,
        }
    }
}

/// The inside of `<header id="app-header">`, as in the static shell.
#[component]
fn Header() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
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
    }
}

/// The page under its introduction, after any storage or profile warning,
/// and the footer.
#[component]
fn Body<V: IntoView + 'static>(body: fn() -> V) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
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
        {body()}
        // Here, not in the static shell: a static footer would move down
        // when the page replaces the loading card (a layout shift).
        <footer class="app-footer">
            <p>"所有计算在本机浏览器内完成，数据只保存在本机。结果仅供参考，请以主管部门正式通知为准。"</p>
        </footer>
    }
}

/// The tabs are plain links: each page is its own binary, so going to
/// another tab is a normal page load.
#[component]
fn Tabs() -> impl IntoView {
    let state = expect_context::<AppState>();
    // 公示材料 belongs to the 单位总览 tab.
    let current = match state.page {
        Page::Documents => Page::Workspace,
        other => other,
    };
    let timeline_href = move || {
        let query = state.stored.with(|s| {
            s.timeline.map_or("?page=timeline".to_string(), |t| {
                request::timeline_query(&request::TimelineRequest {
                    unit: t.unit,
                    city_deadline: t.city_deadline,
                    today: None,
                })
            })
        });
        format!("./{query}")
    };
    let tab = move |page: Page, label: &'static str, href: &'static str| {
        view! {
            <a class="tabs__tab" href=href aria-current=(current == page).then_some("page")>
                {label}
            </a>
        }
    };
    view! {
        <nav class="tabs" aria-label="页面">
            {tab(Page::Calculator, "公示计算", "./")}
            <a
                class="tabs__tab"
                href=timeline_href
                aria-current=(current == Page::Timeline).then_some("page")
            >
                "时间安排"
            </a>
            {tab(Page::Eligibility, "资格自查", "./?page=eligibility")}
            {tab(Page::Workspace, "单位总览", "./?page=workspace")}
            {tab(Page::Years, "年度数据", "./?page=years")}
        </nav>
    }
}
