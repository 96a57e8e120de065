//! The app's header, as in the static shell of `index.html`: the series
//! name, the round switcher, 复制本页链接, the tabs and the live region that
//! announces each change of page. Mounted by `crate::app::mount`.

use leptos::prelude::*;

use crate::browser;
use crate::domain::pages::Page;
use crate::domain::request;
use crate::domain::rounds::Round;
use crate::state::AppState;

/// The inside of `<header id="app-header">`, as in the static shell. The
/// tabs are real links (a new tab, a copied link, a page load without the
/// app all work); a plain click switches the page without a page load
/// (see `crate::app::mount`). Every link keeps `round=` and `today=`.
#[component]
pub fn Header() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="app-header__inner">
            <h1 class="app-title">"质监职称申报助手"</h1>
            <RoundSwitcher />
            <ShareLink />
        </div>
        <nav class="tabs" aria-label="页面">
            <Tab page=Page::Calculator label="公示计算" query="" />
            <Tab page=Page::Timeline label="时间安排" query=move || timeline_query(state) />
            <Tab page=Page::Eligibility label="资格自查" query="?page=eligibility" />
            <Tab page=Page::Workspace label="单位总览" query="?page=workspace" />
            <Tab page=Page::Years label="年度数据" query="?page=years" />
        </nav>
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

/// The timeline tab's address: the unit kind, city date and seal days
/// stored for the round shown (another round's are not this round's).
fn timeline_query(state: AppState) -> String {
    let year = state.shown_year();
    state.stored.with(|s| {
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
}

/// One tab: a link to the address `query` (with the address's `round=`
/// and `today=`), marked current while `page` is shown.
#[component(transparent)]
fn Tab(page: Page, label: &'static str, #[prop(into)] query: Signal<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    // 材料文书 belongs to the 单位总览 tab.
    let current = move || match state.page.get() {
        Page::Documents => Page::Workspace,
        other => other,
    };
    view! {
        <a
            class="tabs__tab"
            href=move || format!("./{}", state.context.get().on(&query.get()))
            aria-current=move || (current() == page).then_some("page")
        >
            {label}
        </a>
    }
}
