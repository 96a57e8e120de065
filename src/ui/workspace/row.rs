//! One applicant's row of the overview on 单位总览.

use leptos::prelude::*;

use crate::domain::dates;
use crate::domain::eligibility::Level;
use crate::domain::route::Route;
use crate::domain::workspace::Row;
use crate::state::AppState;

#[component]
pub(super) fn RowView(row: Row) -> impl IntoView {
    let verdict = row.verdict;
    // Which deadlines are estimates is the domain's (DeadlineKind::is_estimate).
    let state = expect_context::<AppState>();
    let round_kind = state.round.with_untracked(|r| r.kind);
    let publicity = row.publicity;
    view! {
        <div class="row" data-testid="applicant-row" data-id=row.id.clone() data-at-risk=row.at_risk.to_string() data-status=row.publicity.code() data-route=row.route.map(Route::code)>
            <div class="row__head">
                <strong data-testid="row-name">{row.name.clone()}</strong>
                <span class="muted">{row.level.map_or("未选级别", Level::label)}</span>
                <span class=format!("badge badge--{}", verdict.badge()) data-testid="row-verdict" data-verdict=verdict.code()>
                    {verdict.label()}
                </span>
            </div>
            <p class="row__line">
                <span data-testid="row-publicity">{move || publicity.text(state.today.get())}</span>
                {row.publicity_estimated.then_some("（含估算）")}
                {row.publicity_unofficial.then(|| view! { <span data-testid="row-unofficial">"（含非官方节假日数据）"</span> })}
                " · "
                <span data-testid="row-forms">{if row.route == Some(Route::CityHr) {
                    "材料以当地人社部门通知为准".to_string()
                } else {
                    format!("材料 {}/{}", row.forms_done, row.forms_total)
                }}</span>
            </p>
            {row.next_deadline.map(|d| {
                let estimated = d.kind.is_estimate(round_kind);
                view! {
                <p class="row__line">"下一期限："{d.kind.label()}" "<time datetime=d.date.to_string() data-testid="row-deadline" data-estimated=estimated.then_some("true")>{dates::long_zh(d.date)}</time></p>
                }
            })}
            {unit_line(&row.id, &row.name)}
            {row.route.map(|route| view! { <p class="row__line muted" data-testid="row-route">{route.label()}<span class="clause">{format!(" 依据{}", route.clause())}</span></p> })}
            {row.ticks_to_check.then(|| view! { <p class="row__line" data-testid="row-ticks-to-check">"材料勾选来自升级前的版本，所属年度按首次打开的日期推定，请逐项核对。"</p> })}
            {row.risk.map(|r| view! { <p class="row__risk" data-testid="row-risk">"⚠ "{r}</p> })}
            {row.history.iter().map(|h| view! { <p class="row__line muted" data-testid="row-history">{format!("历史：{h}")}</p> }).collect_view()}
        </div>
    }
}

/// The row's own unit, when it has one (lists received from units), and a
/// warning when the same name is found under another unit (possibly one
/// person: the rows are never merged).
fn unit_line(id: &str, name: &str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (id, name) = (id.to_string(), name.trim().to_string());
    move || {
        let (unit, others) = state.stored.with(|s| {
            let unit = s.applicant(&id)?.unit_name.trim().to_string();
            let mut others: Vec<String> = Vec::new();
            for r in s.applicants.iter().filter(|r| r.name.trim() == name) {
                let other = r.unit_name.trim();
                let other = if other.is_empty() {
                    "未填单位"
                } else {
                    other
                };
                if r.unit_name.trim() != unit && !others.iter().any(|o| o == other) {
                    others.push(other.to_string());
                }
            }
            Some((unit, others))
        })?;
        (!unit.is_empty() || !others.is_empty()).then(|| view! {
            <p class="row__line muted" data-testid="row-unit">
                {(!unit.is_empty()).then(|| format!("所在单位：{unit}"))}
                {(!others.is_empty()).then(|| view! {
                    <span class="row__risk" data-testid="row-duplicate">{format!(" 可能重复：同名者也出现在 {}，请核实是否同一人", others.join("、"))}</span>
                })}
            </p>
        })
    }
}
