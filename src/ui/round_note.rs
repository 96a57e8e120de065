//! The round note under each page's introduction: which round the page
//! answers for and why, with its caveats.

use leptos::prelude::*;

use crate::domain::dates;
use crate::domain::rounds::RoundKind;
use crate::state::AppState;

/// Which round the page answers for and why, in words: projected or
/// user-entered dates, a missing holiday schedule, a round already over.
/// One line (the round and its caveats in short) with the details on
/// demand: the page's answer comes right after it, and each date there
/// carries its own 预计 or 非官方 badge. A round already over is said in
/// full: nothing on the page is for today.
#[component]
pub fn RoundNote() -> impl IntoView {
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
