//! The app: the state every page shares, the routing between pages (one
//! binary; a click on a tab switches pages without a page load) and the
//! header with its round switcher.

use crate::ui::widgets;
use crate::ui::{Calculator, Documents, Eligibility, HandoffReceive, Timeline, Workspace, Years};
use leptos::prelude::*;

use crate::browser;
use crate::domain::dates;
pub use crate::domain::pages::Page;
use crate::domain::request;
use crate::domain::rounds::{Round, RoundKind};
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

/// The inside of `<header id="app-header">`, as in the static shell.
#[component]
fn Header() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="app-header__inner">
            <h1 class="app-title">"质监职称申报助手"</h1>
            <RoundSwitcher />
            <ShareLink />
        </div>
        <Tabs />
        <p class="visually-hidden" role="status" aria-live="polite" data-testid="page-announcement">
            {move || state.announcement.get()}
        </p>
    }
}

/// 复制本页链接: the page's full current address, copied and shown (on
/// iOS, WeChat shares the first address visited, not this one). Says
/// honestly whether the copy worked; if not, the address is selected.
#[component]
fn ShareLink() -> impl IntoView {
    let shown = RwSignal::new(None::<String>);
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let address = browser::current_address();
        shown.set(Some(address.clone()));
        copied.set(None);
        browser::copy_text(&address, move |ok| {
            copied.set(Some(ok));
            if !ok {
                let _ = browser::after_ms(30, || browser::select_all_in("link-text"));
            }
        });
    };
    view! {
        <div class="share-link">
            <button type="button" class="button button--ghost button--small share-link__button" data-testid="copy-link" on:click=copy>"复制本页链接"</button>
            {move || shown.get().map(|address| view! {
                <label class="visually-hidden" for="link-text">"本页链接"</label>
                <input id="link-text" class="share-link__text" type="text" readonly data-testid="link-text" prop:value=address />
            })}
            {move || copied.get().map(|ok| view! {
                <p class=if ok { "notice notice--ok copy-result" } else { "notice notice--warn copy-result" } data-testid="copy-result" data-ok=ok.to_string() role="status">
                    {if ok { "链接已复制到剪贴板。" } else { "这个浏览器不允许自动复制：链接已选中，请长按复制。" }}
                </p>
            })}
        </div>
    }
}

/// The round the page answers for, and a choice of another (kept in the
/// address as `round=`, never stored).
#[component]
fn RoundSwitcher() -> impl IntoView {
    let state = expect_context::<AppState>();
    let choices = Memo::new(move |_| {
        state.stored.with(|s| {
            state
                .calendar
                .with(|cal| s.rounds().choices(state.today.get(), cal))
        })
    });
    let pick = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let year = crate::domain::parse::parse_round(&value).ok();
        state.set_context(|c| c.round = year);
    };
    view! {
        <p
            class="app-subtitle round"
            data-testid="round"
            data-year=move || state.round.with(|r| r.year())
            data-kind=move || state.round.with(|r| r.kind.code())
        >
            <span>"辽宁省质量技术监督系列职称评审 · "</span>
            <label for="round-select" class="visually-hidden">"评审年度"</label>
            <select id="round-select" class="round__select" data-testid="round-select" on:change=pick>
                <option value="" selected=move || state.context.with(|c| c.round.is_none())>
                    {move || format!("{}（今天适用）", state.round_in_force.with(Round::label))}
                </option>
                {move || choices.get().into_iter().map(|r| {
                    let year = r.year();
                    view! {
                        <option
                            value=year.to_string()
                            selected=move || state.context.with(|c| c.round == Some(year))
                        >
                            {r.label()}
                        </option>
                    }
                }).collect_view()}
            </select>
        </p>
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
        {widgets::input_errors(move || state.context_errors.get())}
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

/// Which round the page answers for and why, in words: projected or
/// user-entered dates, a missing holiday schedule, a round already over.
/// One line (the round and its caveats in short) with the details on
/// demand: the page's answer comes right after it, and each date there
/// carries its own 预计 or 非官方 badge. A round already over is said in
/// full: nothing on the page is for today.
#[component]
fn RoundNote() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let round = state.round.get();
        let today = state.today.get();
        let in_force = state.round_in_force.get();
        let picked = state.context.with(|c| c.round).is_some();
        let what_if = state.context.with(|c| c.today).is_some();
        let has_holidays = state.calendar.with(|cal| cal.has_data(round.year()));
        let year = round.year();
        let why = if picked {
            format!("本页按链接所选的 {year} 年度作答。")
        } else if what_if {
            format!(
                "本页按假设的今天 {} 适用的 {year} 年度作答。",
                dates::long_zh(today)
            )
        } else {
            format!(
                "本页按今天（北京时间 {}）适用的 {year} 年度作答。",
                dates::long_zh(today)
            )
        };
        // The short line: how the round was chosen when it is not today's,
        // then each caveat in a few words.
        let mut short = Vec::new();
        if picked {
            short.push("链接所选年度".to_string());
        } else if what_if {
            short.push(format!("按假设的今天 {}", dates::long_zh(today)));
        }
        match round.kind {
            RoundKind::Projected => short.push("日期均为推算".to_string()),
            RoundKind::User => short.push("自行填写，非官方".to_string()),
            RoundKind::Official => {}
        }
        if !has_holidays {
            short.push("节假日安排未收录".to_string());
        }
        if short.is_empty() {
            short.push("已收录官方通知".to_string());
        }
        let over = round.over_text(today, &in_force.label());
        let kind = round.kind.code();
        view! {
            <section class="round-note" data-testid="round-note" data-kind=kind aria-label="评审年度说明">
                {over.map(|text| view! {
                    <p class="notice notice--warn" data-testid="round-over" role="status">{text}</p>
                })}
                <details class="round-note__details">
                    <summary class="round-note__summary" data-testid="round-summary">
                        // The round itself is named in the header's switcher.
                        <span>{short.join("；")}</span>
                        <span class="round-note__more">"说明"</span>
                    </summary>
                    <p data-testid="round-why">{why}</p>
                    {match round.kind {
                        RoundKind::Projected => Some(view! {
                            <p class="notice notice--warn" data-testid="round-estimate" role="note">
                                {format!("本年度的日期均为预计：{}。", round.reason().unwrap_or_default())}
                                {round.carried_over()}
                            </p>
                        }.into_any()),
                        RoundKind::User => Some(view! {
                            <p class="notice notice--warn" data-testid="profile-warning" role="note">
                                {format!("当前使用自行填写的 {year} 年安排（非官方数据），请以当年正式通知为准。")}
                            </p>
                        }.into_any()),
                        RoundKind::Official => None,
                    }}
                    {(!has_holidays).then(|| view! {
                        <p class="notice notice--warn" data-testid="round-holidays-missing" role="note">
                            {format!("另外，{year} 年的国务院节假日安排尚未收录：该年的工作日按周一至周五估算，结果可能不准。")}
                        </p>
                    })}
                </details>
            </section>
        }
    }
}

/// The tabs are real links (a new tab, a copied link, a page load without
/// the app all work); a plain click switches the page without a page load
/// (see [`mount`]). Every link keeps `round=` and `today=`.
#[component]
fn Tabs() -> impl IntoView {
    let state = expect_context::<AppState>();
    // 公示材料 belongs to the 单位总览 tab.
    let current = move || match state.page.get() {
        Page::Documents => Page::Workspace,
        other => other,
    };
    let timeline_query = move || {
        state.stored.with(|s| {
            // Another round's city date and seal days are not this round's.
            let year = state.shown_year();
            s.timeline
                .map(|t| t.in_round(year))
                .map_or("?page=timeline".to_string(), |t| {
                    request::timeline_query(&request::TimelineRequest {
                        unit: t.unit,
                        city_deadline: t.city_deadline,
                        seal_days: t.seal_days,
                    })
                })
        })
    };
    let tab = move |page: Page, label: &'static str, query: Signal<String>| {
        view! {
            <a
                class="tabs__tab"
                href=move || format!("./{}", state.context.get().on(&query.get()))
                aria-current=move || (current() == page).then_some("page")
            >
                {label}
            </a>
        }
    };
    let fixed = |query: &'static str| Signal::derive(move || query.to_string());
    view! {
        <nav class="tabs" aria-label="页面">
            {tab(Page::Calculator, "公示计算", fixed(""))}
            {tab(Page::Timeline, "时间安排", Signal::derive(timeline_query))}
            {tab(Page::Eligibility, "资格自查", fixed("?page=eligibility"))}
            {tab(Page::Workspace, "单位总览", fixed("?page=workspace"))}
            {tab(Page::Years, "年度数据", fixed("?page=years"))}
        </nav>
    }
}
