//! 开始 YYYY 年度 on 单位总览: a unit's facts of an earlier round moved
//! into history, with an undo.

use leptos::prelude::*;

use crate::state::AppState;
use crate::store::Stored;

/// 开始 YYYY 年度: offered while any of the unit's facts is an earlier
/// round's. One click moves them into history ([`Stored::start_round`]);
/// it can be undone while nothing else has changed.
#[component]
pub(super) fn NewRoundCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let year = Memo::new(move |_| state.shown_year());
    // Not for a round still to come (picked with round=): starting it early
    // would move the round in force's facts into history.
    let offered = Memo::new(move |_| {
        let year = year.get();
        year <= state.round_in_force.with(|r| r.year())
            && state.stored.with(|s| s.has_earlier_round_facts(year))
    });
    // (before, after, what was done): undo restores `before` only while
    // the document is still `after`.
    let done = RwSignal::new(None::<(Stored, Stored, String)>);
    let undo_error = RwSignal::new(None::<String>);
    let preview = move || {
        let year = year.get();
        state.stored.with(|s| s.clone().start_round(year))
    };
    let start = move |_| {
        let year = year.get_untracked();
        let before = state.stored.get_untracked();
        let report = before.clone().start_round(year);
        state.persist(|s| {
            s.start_round(year);
        });
        undo_error.set(None);
        done.set(Some((before, state.stored.get_untracked(), report.text())));
    };
    let undo = move |_| {
        let Some((before, after, _)) = done.get_untracked() else {
            return;
        };
        if state.stored.with_untracked(|s| *s != after) {
            undo_error.set(Some("开始新年度之后数据已有其他改动（可能在另一个标签页），无法整体撤销；上年度的记录保存在各人的历史中。".into()));
            return;
        }
        state.persist(|s| *s = before.clone());
        done.set(None);
    };
    view! {
        <Show when=move || offered.get()>
            {move || {
                let report = preview();
                let year = year.get();
                view! {
                    <div class="notice notice--warn" data-testid="new-round" role="note">
                        <p>
                            <strong>{format!("部分记录属于往年度，不计入 {year} 年度。")}</strong>
                            {format!(
                                "往年度的公示不能当作本年度的公示：本年度的申报材料须经本年度集中公示、无异议后才能报送，否则不予受理（「六、申报流程」（三）（四））。可先在各人的编辑中记下上年度评审结果（通过 / 未通过 / 未申报），再开始 {year} 年度：保留申报人（共 {} 人带入），上年度记录转为只读历史，可撤销。",
                                report.carried
                            )}
                        </p>
                        {(!report.passed.is_empty()).then(|| view! {
                            <p data-testid="new-round-passed">{format!("{}：不再以同一级别带入，转入「往届申报人」。", report.passed.join("、"))}</p>
                        })}
                        <button type="button" class="button" data-testid="start-round" on:click=start>{format!("开始 {year} 年度")}</button>
                    </div>
                }
            }}
        </Show>
        {move || done.get().map(|(_, _, text)| view! {
            <p class="notice notice--ok" role="status" data-testid="round-started">
                {text}
                <button type="button" class="button button--ghost button--small" data-testid="start-round-undo" on:click=undo>"撤销"</button>
            </p>
        })}
        {move || undo_error.get().map(|e| view! { <p class="field-error" role="alert" data-testid="start-round-undo-error">{e}</p> })}
    }
}
