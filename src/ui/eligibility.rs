//! 资格自查: an applicant's verdict, findings with their clauses, the forms
//! owed, achievements against the window, and the composite score.

use chrono::NaiveDate;
use leptos::prelude::*;

use std::sync::Arc;

use super::applicant_form::{ApplicantForm, FormState, Place, Writer};
use super::handoff::SendButton;
use super::widgets::{
    Card, DateEntry, DateText, Field, FieldError, FieldErrorOf, InAppGuide, NumberEntry,
    PostedDateInput, RoundBadge, Select, Warning,
};
use crate::domain::dates;
use crate::domain::eligibility::{
    self, Achievement, AchievementKind, Assessment, Cutoffs, Verdict,
};
use crate::state::AppState;
use crate::store::handoff::{Handoff, Sent};
use crate::store::Stored;

#[component]
pub fn Eligibility() -> impl IntoView {
    let state = expect_context::<AppState>();
    let cutoffs = Memo::new(move |_| {
        state.notice.with(|n| Cutoffs {
            achievements: n.achievements_cutoff,
            seniority: n.seniority_cutoff,
            today: state.today.get(),
            publicity_days: n.publicity_working_days,
        })
    });
    // Nothing stored reads as the empty answers: opening the page writes
    // nothing, each answer is saved alone as it changes.
    let stored = Memo::new(move |_| {
        state.stored.with(|s| {
            Some(
                s.eligibility
                    .as_ref()
                    .map(|e| e.applicant.clone())
                    .unwrap_or_default(),
            )
        })
    });
    let writer: Writer = Arc::new(move |change| {
        state.persist(|s| change(&mut s.eligibility_mut().applicant));
    });
    let form = FormState::new(Place::SelfCheck, stored, cutoffs, writer);
    // The answers as typed, a wrong field left out.
    let assessment = Memo::new(move |_| {
        form.parsed
            .with(|p| eligibility::assess(&p.applicant, &cutoffs.get()))
    });

    view! {
        // Nothing in this card depends on the round: its empty state is in the
        // static page (index.html), shown before the app (issue 22).
        <Card id="elig-title" title="申报资格自查">
            <SelfName />
            <div class="questions">
                <ApplicantForm form=form />
            </div>
            // After the questions: the first question stays on the first screen.
            <p class="cutoffs" data-testid="fraud-rule">
                "谁推荐谁负责：申报材料弄虚作假的，取消当年和以后 2 年的申报资格，并记入诚信档案。"
                <span class="clause">" 依据「五、相关政策规定」4"</span>
            </p>
        </Card>
        {move || view! { <VerdictView assessment=assessment.get() /> }}
        <FormsChecklist assessment=assessment />
        <AchievementsCard title_date=Signal::derive(move || form.parsed.with(|p| p.applicant.title_date)) cutoffs=cutoffs />
        <ScoreCard />
        <SendToUnit />
        <section class="card no-print">
            <button type="button" class="button" data-testid="print" on:click=move |_| crate::browser::print_with_details_open()>
                "打印自查结果"
            </button>
            <InAppGuide what="打印" />
        </section>
    }
}

/// Which round's cutoffs the check applies, above the verdict that rests
/// on them (「五、相关政策规定」3), marked as estimates for a projected round and as
/// unofficial for a user round.
#[component]
fn CutoffsNote() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Read in place: the round is not copied for a line.
    move || {
        state.round.with(|round| {
        let estimated = round.kind == crate::domain::rounds::RoundKind::Projected;
        view! {
            <p class="cutoffs" data-testid="cutoffs">
                {format!("按 {} 的截止日核对：业绩成果计算到 ", round.label())}
                <DateText date=round.notice.achievements_cutoff testid="achievements-cutoff" estimated=estimated />
                "，资历按周年计算到 "
                <DateText date=round.notice.seniority_cutoff testid="seniority-cutoff" estimated=estimated />
                "。"
                <RoundBadge kind=round.kind testid="cutoffs-badge" />
                <span class="clause">" 依据「五、相关政策规定」3"</span>
            </p>
        }
    })
    }
}

#[component]
fn VerdictView(assessment: Assessment) -> impl IntoView {
    let verdict = assessment.verdict;
    let explanation = match verdict {
        Verdict::Eligible => {
            "按通知和国家基本标准，能核对的条件都已满足。请再对照辽人社职〔2021〕48号的省级条件。"
        }
        Verdict::Ineligible => "有条件不满足，见下方标“不符合”的项。",
        Verdict::Check => "有需要核实或尚未回答的项，见下方标“需核实”“待补充”的项。",
    };
    view! {
        <section class="card verdict-card" aria-labelledby="verdict-title">
            <h2 id="verdict-title" class="card__title">"自查结果"</h2>
            // The round's cutoffs the answers are checked against.
            <CutoffsNote />
            <div class=format!("verdict verdict--{}", verdict.code()) data-testid="verdict" data-verdict=verdict.code() role="status">
                <span class="verdict__label">{verdict.label()}</span>
                <p>{explanation}</p>
            </div>
            <ul class="findings">
                {assessment.findings.into_iter().map(|f| view! {
                    <li>
                        <details
                            data-testid="finding"
                            data-rule=f.rule.code()
                            data-outcome=f.outcome.code()
                            data-full-years=f.full_years.map(|y| y.to_string())
                        >
                            <summary>
                                <span class=format!("badge badge--{}", f.outcome.code())>{f.outcome.label()}</span>
                                " "<strong>{f.rule.label()}</strong>"："{f.text}
                            </summary>
                            <p class="clause">"依据：通知" {f.clause}</p>
                        </details>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn FormsChecklist(assessment: Memo<Assessment>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let ticked = move |id: &str| state.stored.with(|s| s.form_ticked(id, state.shown_year()));
    let toggle = move |id: &'static str, on: bool| {
        let year = state.shown_year_untracked();
        state.persist(|s| s.tick_form(id, on, year));
    };
    // Ticks of another round do not count for this one: said, not hidden.
    let round_note = move || {
        let year = state.shown_year();
        state.stored.with(|s| {
            let own = s.eligibility.as_ref()?;
            match own.standing(year).other_year() {
                Some(other) => Some(format!(
                    "已保存的 {} 项材料勾选和公示张贴日期是 {other} 年度的，不计入 {year} 年度；在这里勾选即按 {year} 年度重新开始（{other} 年度的记录另行保留）。",
                    own.ticks.len()
                )),
                None => own.ticks_to_check.then(|| {
                    "这些勾选来自升级前的版本，所属年度按首次打开的日期推定，请逐项核对。".to_string()
                }),
            }
        })
    };
    move || {
        let forms = assessment.with(|a| a.forms.clone());
        let done = forms.iter().filter(|f| ticked(f.id)).count();
        view! {
            <Card id="forms-title" title="要交的材料">
                {round_note().map(|text| view! { <p class="notice notice--warn" data-testid="own-round-note" role="note">{text}</p> })}
                {if forms.is_empty() {
                    view! { <p class="muted" data-testid="forms-empty">"回答完上面的问题后显示；由当地人社部门受理或不符合条件时，这里不列省里的材料。"</p> }.into_any()
                } else {
                    view! {
                        <p data-testid="forms-progress">{format!("已备 {done}/{}", forms.len())}</p>
                        <ul class="checklist">
                            {forms.into_iter().map(|f| {
                                let id = f.id;
                                view! {
                                    <li data-testid="form-item" data-form=id>
                                        <label class="check">
                                            <input type="checkbox" prop:checked=move || ticked(id) on:change=move |ev| toggle(id, event_target_checked(&ev)) />
                                            <span><strong>{f.title}</strong><small>{f.detail}<span class="clause">{format!(" 依据{}", f.clause)}</span></small></span>
                                        </label>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            </Card>
        }
    }
}

#[component]
fn AchievementsCard(
    title_date: Signal<Option<NaiveDate>>,
    cutoffs: Memo<Cutoffs>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let kind = RwSignal::new(AchievementKind::Paper);
    let title = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let posted = move || {
        let year = state.shown_year();
        state
            .stored
            .with(|s| s.eligibility.as_ref().and_then(|e| e.posted_in(year)))
    };
    let posted_text = RwSignal::new(dates::input_value(posted()));
    let posted_error = RwSignal::new(None::<String>);
    let set_posted = move |day| {
        let year = state.shown_year_untracked();
        state.persist(|s| s.set_own_posted(day, year));
    };
    let items = move || {
        state.stored.with(|s| {
            s.eligibility
                .as_ref()
                .map(|e| e.achievements.clone())
                .unwrap_or_default()
        })
    };
    let add = move |_| match Achievement::from_entry(kind.get(), &title.get(), &date.get()) {
        Err(e) => error.set(Some(e.to_string())),
        Ok(item) => {
            state.persist(|s| s.eligibility_mut().achievements.push(item.clone()));
            title.set(String::new());
            error.set(None);
        }
    };
    let remove = move |index: usize| state.persist(|s| s.remove_achievement(index));
    view! {
        <Card id="ach-title" title="业绩成果是否计入">
            <p class="card__lead">
                {move || format!(
                    "须在取得现职称之后取得，且不晚于 {}（「五、相关政策规定」3）。",
                    dates::long_zh(cutoffs.get().achievements)
                )}
            </p>
            <div class="field">
                <label for="ach-posted">"单位公示张贴日期（知道时填写）"</label>
                <PostedDateInput id="ach-posted" text=posted_text error=posted_error prefix="公示张贴日期：" disabled=|| false
                    on_valid=set_posted />
            </div>
            <ul class="achievements">
                {move || items().into_iter().enumerate().map(|(i, a)| {
                    let verdict = a.check(title_date.get(), &cutoffs.get());
                    let unpublicised = a.posting_warning(posted());
                    let (code, text) = match &verdict {
                        Ok(()) => ("in", "计入".to_string()),
                        Err(e) => ("out", format!("不计入：{e}")),
                    };
                    view! {
                        <li data-testid="achievement" data-status=code>
                            <span class=format!("badge badge--{}", if code == "in" { "pass" } else { "fail" })>{if code == "in" { "计入" } else { "不计入" }}</span>
                            " "<strong>{a.kind.label()}</strong>" "{a.title.clone()}" · "{dates::long_zh(a.date)}
                            <p class="hint">{text}</p>
                            {unpublicised.map(|w| view! { <Warning testid="ach-unpublicised">{w}</Warning> })}
                            <button type="button" class="button button--ghost button--small" on:click=move |_| remove(i)>"删除"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <div class="fields">
                <Select id="ach-kind" label="类别" options=AchievementKind::ALL code=AchievementKind::code text=AchievementKind::label none="请选择"
                    value=move || Some(kind.get()) on_change={move |v: Option<AchievementKind>| kind.set(v.unwrap_or(AchievementKind::Other))} />
                <Field id="ach-title-input" label="名称">
                    <input id="ach-title-input" type="text" data-testid="ach-title" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev)) />
                </Field>
                <Field id="ach-date" label="取得日期">
                    <DateEntry id="ach-date" value=date on_change=move |t| date.set(t) />
                </Field>
            </div>
            <FieldErrorOf field="achievement" error=move || error.get() />
            <button type="button" class="button" data-testid="ach-add" on:click=add>"添加业绩成果"</button>
        </Card>
    }
}

#[component]
fn ScoreCard() -> impl IntoView {
    let quantitative = RwSignal::new(String::new());
    let defense = RwSignal::new(String::new());
    let result = move || eligibility::composite_score(&quantitative.get(), &defense.get());
    view! {
        <Card id="score-title" title="综合分数估算">
            <p class="card__lead">{format!("高级评审：量化赋分占 50%，答辩分占 50%，满分 100（{}）。", eligibility::CLAUSE_SCORE)}</p>
            <div class="fields">
                <Field id="score-q" label="量化赋分" class="field field--narrow">
                    <NumberEntry id="score-q" testid="score-quantitative" decimal=true value=quantitative on_input=move |t| quantitative.set(t) />
                </Field>
                <Field id="score-d" label="答辩分" class="field field--narrow">
                    <NumberEntry id="score-d" testid="score-defense" decimal=true value=defense on_input=move |t| defense.set(t) />
                </Field>
            </div>
            {move || result().map(|r| match r {
                Ok(total) => view! { <p class="answer__value" data-testid="composite-score">{format!("综合分数 {total}")}</p> }.into_any(),
                Err(e) => view! { <FieldError field="score" message=e.to_string() /> }.into_any(),
            })}
        </Card>
    }
}

/// The applicant's name and, optionally, their own unit: kept in the
/// stored self-check (each saved as it is typed) and sent with the link.
#[component]
fn SelfName() -> impl IntoView {
    let state = expect_context::<AppState>();
    let get = move |f: fn(&crate::store::EligibilityInput) -> &String| {
        move || {
            state.stored.with(|s| {
                s.eligibility
                    .as_ref()
                    .map(|e| f(e).clone())
                    .unwrap_or_default()
            })
        }
    };
    view! {
        <div class="fields">
            <Field id="self-name" label="你的姓名（发给单位人事时用）">
                <input id="self-name" type="text" autocomplete="name" data-testid="self-name"
                    prop:value=get(|e| &e.name)
                    on:input=move |ev| { let v = event_target_value(&ev); state.persist(|s| s.eligibility_mut().name.clone_from(&v)); } />
            </Field>
            <Field id="self-unit" label="所在单位（选填）">
                <input id="self-unit" type="text" autocomplete="organization" data-testid="self-unit"
                    prop:value=get(|e| &e.unit_name)
                    on:input=move |ev| { let v = event_target_value(&ev); state.persist(|s| s.eligibility_mut().unit_name.clone_from(&v)); } />
            </Field>
        </div>
    }
}

/// 发给单位人事: the self-check as a link for the unit's HR.
#[component]
fn SendToUnit() -> impl IntoView {
    view! {
        <Card id="send-unit-title" title="发给单位人事" class="card no-print"
            lead="把你的答题、业绩成果和材料勾选做成一个链接，发给单位人事；对方打开后确认，即加入单位总览，不用再逐项录入。">
            <SendButton testid="send-to-unit" label="生成发给单位的链接" make=self_check_link />
        </Card>
    }
}

/// The stored self-check as sent for the round `year`; not without the
/// applicant's name.
fn self_check_link(stored: &Stored, year: i32) -> Result<Handoff, String> {
    let check = stored.eligibility.clone().unwrap_or_default();
    if check.name.trim().is_empty() {
        return Err("请先在上面填写你的姓名。".to_string());
    }
    Ok(Handoff::Applicant(Sent::from_self_check(&check, year)))
}
