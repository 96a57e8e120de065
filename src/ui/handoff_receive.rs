//! Handoff links (issue 21), the receiving side: a link opened (on load or
//! on `hashchange`) shows what it holds and what confirming would change
//! (`handoff-preview`); nothing is stored until `handoff-confirm`. A link
//! that cannot be read says why (`handoff-error`) and changes nothing.

use leptos::prelude::*;

use crate::browser;
use crate::domain::dates;
use crate::domain::eligibility::{self, Applicant, Cutoffs};
use crate::domain::workspace::Record;
use crate::state::AppState;
use crate::store::handoff::{
    apply_applicant, apply_list, preview_applicant, preview_list, ApplicantMatch, Decision,
    Handoff, Sent, PRIVACY_NOTE,
};

/// The link being received, if any: its preview or why it was refused.
#[component]
pub fn HandoffReceive() -> impl IntoView {
    let state = expect_context::<AppState>();
    let done = RwSignal::new(None::<String>);
    let close = move || {
        state.incoming.set(None);
        browser::clear_fragment();
    };
    let confirmed = Callback::new(move |text: String| {
        close();
        state.show_workspace();
        done.set(Some(text));
    });
    view! {
        {move || state.incoming.get().map(|incoming| {
            done.set(None);
            match incoming {
                Err(e) => view! {
                    <section class="card card--highlight" aria-labelledby="handoff-title" data-testid="handoff-error-card">
                        <h2 id="handoff-title" class="card__title">"无法读取转交链接"</h2>
                        <p class="notice notice--error" role="alert" data-testid="handoff-error">{e}</p>
                        <p>"本机保存的数据没有任何改动。"</p>
                        <button type="button" class="button button--ghost" data-testid="handoff-dismiss" on:click=move |_| close()>"关闭"</button>
                    </section>
                }.into_any(),
                Ok(h) => view! { <Preview handoff=h confirmed=confirmed /> }.into_any(),
            }
        })}
        {move || done.get().map(|text| view! {
            <p class="notice notice--ok" role="status" data-testid="handoff-done">{text}</p>
        })}
    }
}

#[component]
fn Preview(handoff: Handoff, confirmed: Callback<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let contents = handoff.contents();
    let body = match handoff {
        Handoff::Applicant(sent) => view! { <ApplicantPreview sent=sent confirmed=confirmed /> }.into_any(),
        Handoff::UnitList {
            unit_name,
            round,
            records,
        } => view! { <ListPreviewView unit_name=unit_name round=round records=records confirmed=confirmed /> }.into_any(),
    };
    view! {
        <section class="card card--highlight" aria-labelledby="handoff-title" data-testid="handoff-preview">
            <h2 id="handoff-title" class="card__title">"收到转交链接"</h2>
            <p data-testid="handoff-contents">{format!("链接内容：{contents}。")}</p>
            <p class="notice notice--warn" role="note">{PRIVACY_NOTE}</p>
            <p class="muted">"确认之前，本机不保存链接中的任何内容。"</p>
            {body}
            <button type="button" class="button button--ghost" data-testid="handoff-dismiss"
                on:click=move |_| { state.incoming.set(None); browser::clear_fragment(); }>"不保存，关闭"</button>
        </section>
    }
}

/// One applicant's self-check, as the unit sees it before adding it.
#[component]
fn ApplicantPreview(sent: Sent, confirmed: Callback<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let year = state.shown_year_untracked();
    // The verdict as 资格自查 gives it for the round shown.
    let cutoffs = state.notice.with_untracked(|n| Cutoffs {
        achievements: n.achievements_cutoff,
        seniority: n.seniority_cutoff,
        today: state.today.get_untracked(),
        publicity_days: n.publicity_working_days,
    });
    let verdict = eligibility::assess(&sent.applicant, &cutoffs).verdict;
    let matched = state.stored.with_untracked(|s| preview_applicant(s, &sent));
    let existing = |id: &str| state.stored.with_untracked(|s| s.applicant(id).cloned());
    let choice = RwSignal::new(match &matched {
        ApplicantMatch::Ask(_) => None,
        _ => Some(Decision::Add),
    });
    let (change, ask) = match &matched {
        ApplicantMatch::New => ("new", view! { <p data-testid="handoff-change">"单位总览中没有此人：确认后新增一行。"</p> }.into_any()),
        ApplicantMatch::Unchanged(_) => ("unchanged", view! { <p data-testid="handoff-change">"单位总览中已有此人，内容完全相同：确认不会改动任何内容。"</p> }.into_any()),
        ApplicantMatch::Update(id) => {
            let diff = existing(id).map(|r| differences(&r, &sent)).unwrap_or_default();
            ("update", view! {
                <p data-testid="handoff-change">"单位总览中已有此人（姓名和取得现职称日期相同）：确认后更新这一行，单位的备注、张贴日期和历史记录保留。"</p>
                <ul data-testid="handoff-diff">{diff.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
            }.into_any())
        }
        ApplicantMatch::Ask(ids) => {
            let options = ids.iter().filter_map(|id| existing(id)).map(|r| {
                let id = r.id.clone();
                let id_checked = id.clone();
                let date = r.applicant.title_date.map_or("未填".to_string(), dates::long_zh);
                view! {
                    <label class="check">
                        <input type="radio" name="handoff-choice" data-testid="handoff-choice-update" data-id=id.clone()
                            prop:checked=move || choice.get() == Some(Decision::Update(id_checked.clone()))
                            on:change=move |_| choice.set(Some(Decision::Update(id.clone()))) />
                        {format!("是同一个人：更新已有的 {}（取得现职称日期 {date}）", r.name)}
                    </label>
                }
            }).collect_view();
            ("ask", view! {
                <fieldset data-testid="handoff-ask">
                    <legend>"单位总览中已有同名的人，但取得现职称日期不同：是同一个人吗？"</legend>
                    {options}
                    <label class="check">
                        <input type="radio" name="handoff-choice" data-testid="handoff-choice-add"
                            prop:checked=move || choice.get() == Some(Decision::Add)
                            on:change=move |_| choice.set(Some(Decision::Add)) />
                        "不是同一个人：另加一行"
                    </label>
                </fieldset>
            }.into_any())
        }
    };
    let other_round = (sent.round != year).then(|| {
        format!(
            "对方按 {} 年度自查；本页按 {year} 年度判断，材料勾选只在同一年度计入。",
            sent.round
        )
    });
    let name = sent.name.clone();
    let who = if sent.unit_name.is_empty() {
        sent.name.clone()
    } else {
        format!("{}（{}）", sent.name, sent.unit_name)
    };
    let answers = answers(&sent.applicant);
    let achievements = sent.achievements.clone();
    let ticks = sent.ticks.len();
    let confirm = move |_| {
        let Some(decision) = choice.get_untracked() else {
            return;
        };
        let now = browser::now_ms();
        state.persist(|s| *s = apply_applicant(s, &sent, &decision, now));
        confirmed.run(format!("已保存到单位总览：{name}。"));
    };
    view! {
        <div data-testid="handoff-applicant" data-change=change>
            <p>"申报人："<strong data-testid="handoff-who">{who}</strong></p>
            <p>
                {format!("按 {year} 年度核对的资格结果：")}
                <span class=format!("badge badge--{}", verdict.badge())
                    data-testid="handoff-verdict" data-verdict=verdict.code()>{verdict.label()}</span>
            </p>
            {other_round.map(|t| view! { <p class="notice notice--warn" role="note" data-testid="handoff-other-round">{t}</p> })}
            <details class="handoff-answers" data-testid="handoff-answers">
                <summary>"填写的内容"</summary>
                <dl class="handoff-answers__list">
                    {answers.into_iter().map(|(label, value)| view! { <div><dt>{label}</dt><dd>{value}</dd></div> }).collect_view()}
                    <div><dt>"业绩成果"</dt><dd data-testid="handoff-achievements">{
                        if achievements.is_empty() { "无".to_string() } else {
                            achievements.iter().map(|a| format!("{} {}（{}）", a.kind.label(), a.title, dates::long_zh(a.date))).collect::<Vec<_>>().join("；")
                        }
                    }</dd></div>
                    <div><dt>"材料已备齐"</dt><dd>{format!("{ticks} 份")}</dd></div>
                </dl>
            </details>
            {ask}
            <button type="button" class="button handoff__confirm" data-testid="handoff-confirm"
                disabled=move || choice.get().is_none() on:click=confirm>"确认保存"</button>
        </div>
    }
}

/// What the answers say, field by field, in Chinese.
fn answers(a: &Applicant) -> Vec<(&'static str, String)> {
    let yes_no = |v: Option<bool>| match v {
        Some(true) => "是".to_string(),
        Some(false) => "否".to_string(),
        None => "未答".to_string(),
    };
    let or_none = |v: Option<&'static str>| v.unwrap_or("未答").to_string();
    vec![
        ("公务员", yes_no(a.civil_servant)),
        ("在辽宁从事质监工作", yes_no(a.in_sector)),
        ("申报专业", or_none(a.specialty.map(|v| v.label()))),
        ("申报级别", or_none(a.target.map(|v| v.label()))),
        ("单位级别", or_none(a.unit.map(|v| v.label()))),
        ("学历", or_none(a.education.map(|v| v.label()))),
        (
            "现职称",
            a.current_title
                .map_or("无".to_string(), |v| v.label().to_string()),
        ),
        (
            "取得现职称日期",
            a.title_date.map_or("未填".to_string(), dates::long_zh),
        ),
        (
            "专利",
            a.patent.map_or("无".to_string(), |p| {
                format!(
                    "{}，年创经济效益 {} 元",
                    p.kind.label(),
                    p.annual_benefit_yuan
                )
            }),
        ),
        (
            "破格",
            if a.exceptional {
                "是".to_string()
            } else {
                "否".to_string()
            },
        ),
    ]
}

/// How `sent` differs from the unit's row `r` of the same person.
fn differences(r: &Record, sent: &Sent) -> Vec<String> {
    let mut out: Vec<String> = answers(&r.applicant)
        .into_iter()
        .zip(answers(&sent.applicant))
        .filter(|(old, new)| old.1 != new.1)
        .map(|(old, new)| format!("{}：{} → {}", old.0, old.1, new.1))
        .collect();
    if r.applicant.recommenders != sent.applicant.recommenders {
        out.push("破格推荐人有变化".to_string());
    }
    if r.achievements != sent.achievements {
        out.push(format!(
            "业绩成果：{} 项 → {} 项",
            r.achievements.len(),
            sent.achievements.len()
        ));
    }
    if !sent.unit_name.is_empty() && r.unit_name.trim() != sent.unit_name {
        out.push(format!("所在单位：{} → {}", r.unit_name, sent.unit_name));
    }
    if r.ticks != sent.ticks {
        out.push(format!(
            "材料勾选：{} 份 → {} 份",
            r.ticks.len(),
            sent.ticks.len()
        ));
    }
    if out.is_empty() {
        out.push("答题相同，其他记录有变化".to_string());
    }
    out
}

/// A unit's list, as the bureau sees it before taking it in.
#[component]
fn ListPreviewView(
    unit_name: String,
    round: i32,
    records: Vec<Record>,
    confirmed: Callback<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let p = state
        .stored
        .with_untracked(|s| preview_list(s, &unit_name, &records));
    let names = |v: &[String]| {
        if v.is_empty() {
            "无".to_string()
        } else {
            v.join("、")
        }
    };
    let year = state.shown_year_untracked();
    let other_round =
        (round != year).then(|| format!("这份名单是 {round} 年度的；本页按 {year} 年度显示。"));
    let count = records.len();
    let unit = unit_name.clone();
    let shown_unit = unit_name.clone();
    let confirm = move |_| {
        let now = browser::now_ms();
        state.persist(|s| *s = apply_list(s, &unit_name, &records, now));
        confirmed.run(format!("已保存 {unit} 的名单（{count} 人）。"));
    };
    view! {
        <div data-testid="handoff-list">
            <p>"单位："<strong data-testid="handoff-who">{shown_unit}</strong>{format!("，{count} 人")}</p>
            {other_round.map(|t| view! { <p class="notice notice--warn" role="note" data-testid="handoff-other-round">{t}</p> })}
            <p class="muted">"同一单位再次发来的名单会替换它之前的名单；每个人保留自己的所在单位。"</p>
            <dl class="handoff-answers__list">
                <div><dt>"新增"</dt><dd data-testid="handoff-added">{names(&p.added)}</dd></div>
                <div><dt>"有变化"</dt><dd data-testid="handoff-changed">{names(&p.changed)}</dd></div>
                <div><dt>"移除"</dt><dd data-testid="handoff-removed">{names(&p.removed)}</dd></div>
                <div><dt>"不变"</dt><dd data-testid="handoff-unchanged">{format!("{} 人", p.unchanged)}</dd></div>
            </dl>
            {p.duplicates.into_iter().map(|d| view! {
                <p class="notice notice--warn" role="note" data-testid="handoff-duplicate" data-name=d.name.clone()>
                    {format!("可能重复：{} 同时出现在 {}。两行都保留，不会自动合并，请核实。", d.name, d.units.join("、"))}
                </p>
            }).collect_view()}
            <button type="button" class="button handoff__confirm" data-testid="handoff-confirm" on:click=confirm>"确认保存"</button>
        </div>
    }
}
