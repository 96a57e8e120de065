//! The app: the state every page shares, the routing between pages (one
//! binary; a click on a tab switches pages without a page load), the
//! header (`crate::ui::header`) and the page body under its round note
//! (`crate::ui::round_note`).

use crate::ui::widgets::InputErrors;
use crate::ui::{
    Calculator, Documents, Eligibility, HandoffReceive, Header, RoundNote, Timeline, Workspace,
    Years,
};
use leptos::prelude::*;

use crate::browser;
pub use crate::domain::pages::Page;
use crate::state::AppState;
/// Mounts the app into the static shell of `index.html`: the header
/// (`#app-header`) and the page body (`#app`, below the page's static
/// introduction, which is never re-rendered: the largest text of the page
/// paints before the wasm arrives and stays put).
///
/// One app shows every page: the page the address names. A plain click on a
/// link to another address of the app (the tabs, 材料文书, …) goes there
/// without a page load (`pushState`), and back and forward come back
/// (`popstate`); each time, the page is rendered afresh from the address
/// (see `AppState::enter`).
///
/// When another tab changes the stored document, this tab reads it again
/// (see `AppState::reload`).
pub fn mount() {
    let element = browser::html_element_by_id;
    let (Some(header), Some(root)) = (element("app-header"), element("app")) else {
        return;
    };
    // The state outlives both mounts: its owner is never disposed.
    let owner = Owner::new();
    let state = owner.with(|| AppState::load(Page::from_query(&browser::location_query())));
    std::mem::forget(owner);
    browser::on_app_link_click(move |query| {
        browser::push_query(query);
        state.enter();
        true
    });
    browser::on_popstate(move || state.enter());
    // A handoff link opened in this tab while the app is open: only the
    // fragment changed, so there is no page load.
    browser::on_hash_change(move || state.receive());
    browser::on_storage_change(move || state.reload());
    browser::on_day_may_change(move || state.follow_clock());
    header.set_inner_html("");
    root.set_inner_html("");
    leptos::mount::mount_to(header, move || {
        provide_context(state);
        view! { <Header /> }
    })
    .forget();
    leptos::mount::mount_to(root, move || {
        provide_context(state);
        view! { <Body /> }
    })
    .forget();
    // After mounting: the mount starts the executor the request needs.
    if state.stored.with_untracked(|s| !s.applicants.is_empty()) {
        state.keep_storage();
    }
}

/// The page under its introduction, after any storage or round notes,
/// and the footer.
#[component]
fn Body() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Rendered again each time a page is entered (`state.page` is set), and
    // only then: what the page reads while it is built is not tracked here.
    let body = move || {
        let page = state.page.get();
        untrack(move || match page {
            Page::Calculator => view! { <Calculator /> }.into_any(),
            Page::Timeline => view! { <Timeline /> }.into_any(),
            Page::Eligibility => view! { <Eligibility /> }.into_any(),
            Page::Workspace => view! { <Workspace /> }.into_any(),
            Page::Documents => view! { <Documents /> }.into_any(),
            Page::Years => view! { <Years /> }.into_any(),
        })
    };
    view! {
        {move || state.storage_notice.get().map(|text| view! {
            <p class="notice notice--warn" data-testid="storage-notice" role="status">{text}</p>
        })}
        <InputErrors errors=move || state.context_errors.get() />
        // A link being received comes first: it is what the page was opened for.
        <HandoffReceive />
        <RoundNote />
        {body}
        // Here, not in the static shell: a static footer would move down
        // when the page replaces the loading card (a layout shift).
        <footer class="app-footer">
            <p>"所有计算在本机浏览器内完成，数据只保存在本机。结果仅供参考，请以主管部门正式通知为准。"</p>
        </footer>
    }
}
