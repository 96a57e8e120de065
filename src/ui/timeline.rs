//! 时间安排: the unit's window, its publicity plan and every key date.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::widgets::{
    Card, CopyButton, DateEntry, DateText, Field, InAppGuide, InputErrors, NumberEntry, Radios,
    RoundBadge, TodayLine, Warning,
};
use crate::browser;
use crate::domain::dates;
use crate::domain::ics;
use crate::domain::notice::UnitKind;
use crate::domain::parse;
use crate::domain::request::{self, InputError, TimelineRequest};
use crate::domain::timeline::{self, Countdown, KeyDate, State, UnitPlan};
use crate::state::AppState;
use crate::store::TimelineInput;

#[component]
pub fn Timeline() -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = Memo::new(move |_| state.shown_year());
    let stored_timeline = state.stored.with_untracked(|s| s.timeline);
    // Another round's city date and seal days are never planned on.
    let saved = stored_timeline.map(|t| t.in_round(shown.get_untracked()));
    let query = browser::location_query();
    let (from_link, link_errors) = match request::timeline_raw_from_query(&query)
        .map(|raw| request::validate_timeline(&raw))
    {
        Some(Ok(req)) => (Some(req), vec![]),
        Some(Err(errors)) => (None, errors.iter().map(ToString::to_string).collect()),
        None => (None, vec![]),
    };
    let start = from_link.unwrap_or(TimelineRequest {
        unit: saved.map_or(UnitKind::Provincial, |t| t.unit),
        city_deadline: saved.and_then(|t| t.city_deadline),
        seal_days: saved.and_then(|t| t.seal_days),
    });
    let seal_text = RwSignal::new(
        start
            .seal_days
            .unwrap_or(timeline::DEFAULT_SEAL_DAYS)
            .to_string(),
    );
    // The seal days as typed: a bad value is reported and the plan waits.
    let seal_days =
        Memo::new(move |_| parse::parse_seal_days(&seal_text.get()).map_err(|e| e.to_string()));
    let unit = RwSignal::new(start.unit);
    let deadline_text = RwSignal::new(
        start
            .city_deadline
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    let link_errors = RwSignal::new(link_errors);
    // Saved only once the user (or a link) gave something: opening the page
    // on another round must not overwrite that round's facts.
    let touched = RwSignal::new(from_link.is_some() || stored_timeline.is_none());
    let today = state.today;
    let what_if = move || state.context.with(|c| c.today.is_some());

    // The city deadline as typed: empty is "not given yet", not an error;
    // a date of another round is refused (typed or linked) for a 市内单位,
    // and for another unit kind (which does not plan on it) never saved.
    let deadline = Memo::new(move |_| {
        let date = dates::parse_optional_date(&deadline_text.get()).map_err(|error| {
            InputError::NamedDate {
                label: "市局收件日期",
                error,
            }
            .to_string()
        })?;
        shown.track();
        let Some(day) = date else {
            return Ok(None);
        };
        match state.check_in_round("市局收件日期", day) {
            Ok(()) => Ok(date),
            Err(error) if unit.get() == UnitKind::CityUnit => Err(error),
            Err(_) => Ok(None),
        }
    });
    // The stored city date and seal days of another round, said as such.
    let stale = move || {
        let year = shown.get();
        state.stored.with(|s| {
            let t = s.timeline?;
            let other = t.standing(year).other_year()?;
            Some(format!(
                "已保存的{}属于 {other} 年度，不用于 {year} 年度的计划{}。",
                match (t.city_deadline, t.seal_days) {
                    (Some(d), _) => format!("市局收件日期 {}", dates::long_zh(d)),
                    (None, Some(n)) => format!("盖章/审核工作日 {n} 天"),
                    (None, None) => "时间安排".to_string(),
                },
                if unit.get() == UnitKind::CityUnit {
                    format!("：请按 {year} 年度市局通知重新填写")
                } else {
                    String::new()
                }
            ))
        })
    };
    let plan = Memo::new(move |_| {
        let deadline = deadline.get()?;
        let seal = seal_days.get()?;
        let unit = unit.get();
        state.calendar.with(|cal| {
            state.notice.with(|notice| {
                timeline::plan(cal, notice, unit, deadline, seal).map_err(|e| e.to_string())
            })
        })
    });

    // Valid inputs are saved and mirrored in the address bar.
    Effect::new(move |_| {
        let (Ok(deadline), Ok(seal)) = (deadline.get(), seal_days.get()) else {
            return;
        };
        if !touched.get() {
            return;
        }
        let seal_days = (seal != timeline::DEFAULT_SEAL_DAYS).then_some(seal);
        let request = TimelineRequest {
            unit: unit.get(),
            city_deadline: deadline,
            seal_days,
        };
        state.show_in_address(&request::timeline_query(&request));
        let input = TimelineInput {
            unit: request.unit,
            city_deadline: deadline,
            seal_days,
            // The unit kind alone is no round's fact.
            round: (deadline.is_some() || seal_days.is_some()).then(|| shown.get_untracked()),
        };
        if state.stored.with_untracked(|s| s.timeline) != Some(input) {
            state.persist(|s| s.timeline = Some(input));
        }
    });

    let rest_drawn = RwSignal::new(false);
    browser::after_next_paint(move || {
        // The page may be gone by then (another tab chosen at once).
        let _ = rest_drawn.try_set(true);
    });

    let errors = move || {
        let input = [deadline.get().err(), seal_days.get().err()];
        link_errors
            .get()
            .into_iter()
            .chain(input.into_iter().flatten())
            .collect()
    };

    view! {
        <Card id="unit-title" title="报卷时间安排">
            <fieldset class="choice-list choice-list--compact">
                <legend class="visually-hidden">"由谁把材料报到省里"</legend>
                <Radios name="unit" class="choice" options=UnitKind::ALL code=UnitKind::code
                    value=move || unit.get() on_change=move |k| { link_errors.set(vec![]); touched.set(true); unit.set(k) }
                    text=|kind: UnitKind| view! { <span class="choice__text"><strong>{kind.choice_label()}</strong></span> } />
            </fieldset>
            // Who belongs to the chosen kind: one explanation, not three.
            <p class="hint unit-explanation" data-testid="unit-explanation">
                {move || state.notice.with(|n| unit.get().explanation(&n.contact))}
            </p>
            <Show when=move || unit.get() == UnitKind::CityUnit>
                <Field id="city-deadline" label="市局规定的收件日期（材料须送到市局的日期）">
                    <DateEntry id="city-deadline" testid="city-deadline-input" bounded=true
                        value=deadline_text on_change=move |text| { link_errors.set(vec![]); touched.set(true); deadline_text.set(text) } />
                </Field>
            </Show>
            <InputErrors errors=errors />
            {move || stale().map(|text| view! { <p class="notice notice--warn" data-testid="timeline-round-note" role="note">{text}</p> })}
        </Card>
        {move || match plan.get() {
            Ok(plan) => view! { <PlanView plan=plan today=today.get() part=PlanPart::Answer /> }.into_any(),
            Err(message) => view! {
                <section class="card">
                    <p class="notice notice--warn" data-testid="plan-missing" role="status">{message}</p>
                </section>
            }
            .into_any(),
        }}
        // Below the answer they refine: the seal days (the plan is
        // re-rendered on each change, so the field lives outside it) and
        // the day the countdowns count from.
        <section class="card no-print" aria-label="计划参数">
            <Show when=move || unit.get() != UnitKind::CityUnit>
                <Field id="seal-days" label="公示结束后留给盖章/审核的工作日" class="field field--narrow">
                    <NumberEntry id="seal-days" testid="seal-days-input" min="0" max=parse::MAX_SEAL_DAYS.to_string()
                        value=seal_text on_input=move |text| { link_errors.set(vec![]); touched.set(true); seal_text.set(text) } />
                    <small class="muted">"主管部门盖章、市级部门审核（正高）都要时间；默认 2 个工作日。"</small>
                </Field>
            </Show>
            <TodayLine what_if=what_if today=move || today.get()>
                {move || what_if().then(|| view! {
                    <button type="button" class="button button--ghost button--small" on:click=move |_| state.set_context(|c| c.today = None)>
                        "回到真实的今天"
                    </button>
                })}
            </TodayLine>
        </section>
        // The answer first: the window, the key dates, the steps and the
        // contact (below the fold on a phone) are drawn once the answer has
        // been painted, so a tab switch waits only for the answer's frame.
        <Show when=move || rest_drawn.get()>
            {move || plan.get().ok().map(|plan| view! { <PlanView plan=plan today=today.get() part=PlanPart::Dates /> })}
            <StepsCard />
            <ContactCard />
        </Show>
    }
}

fn state_badge(state: Option<State>) -> impl IntoView {
    let (code, label) = state.map_or(("later", "待通知"), |s| (s.code(), s.label()));
    view! { <span class=format!("badge badge--{code}")>{label}</span> }
}

/// Which part of the plan a [`PlanView`] shows: the answer (the latest
/// posting day), or the window and every key date below the plan's inputs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PlanPart {
    Answer,
    Dates,
}

#[component]
fn PlanView(plan: UnitPlan, today: NaiveDate, part: PlanPart) -> impl IntoView {
    let state = expect_context::<AppState>();
    let round = state.round.get_untracked();
    let notice = round.notice.clone();
    let round_kind = round.kind;
    // Whose window, which dates are estimates, whether the posting day has
    // passed and whom to contact: decided by the domain.
    let facts = timeline::plan_facts(&plan, &round, today);
    let duties = timeline::duties(plan.unit, notice.publicity_working_days);
    if part == PlanPart::Answer {
        return view! {
        <Card id="plan-title" title="公示最晚何时张贴" testid="plan">
            {plan.posting.is_estimated().then(|| view! {
                <Warning testid="data-warning">
                    {format!(
                        "{} 年的国务院节假日安排尚未收录，按周一至周五估算，结果可能不准。",
                        plan.posting.estimated_years.iter().map(|y| y.to_string()).collect::<Vec<_>>().join("、")
                    )}
                </Warning>
            })}
            {crate::domain::publicity::user_data_note(&plan.posting.user_years).map(|note| view! { <Warning testid="user-data-note">{note}</Warning> })}
            {facts.posting_passed.then(|| view! {
                <p class="notice notice--error" data-testid="posting-passed" role="status">
                    {format!(
                        "最晚张贴日 {} 已过：从今天张贴，公示结束时已赶不上报出日。请尽快与{}联系。",
                        dates::long_zh(plan.posting.latest_posting),
                        facts.contact().label()
                    )}
                </p>
            })}
            <div class="answer">
                // Units post on working days: the headline is the latest working day.
                <p class="answer__label">"最晚张贴日（工作日）"</p>
                <p class="answer__value"><DateText date=plan.posting.latest_posting_workday testid="post-by-workday" estimated=facts.estimated /></p>
                <dl class="facts">
                    <div><dt>"最晚张贴日（含周末、节假日）"</dt><dd><DateText date=plan.posting.latest_posting testid="post-by" estimated=facts.estimated /></dd></div>
                    <div><dt>"公示须结束于"</dt><dd><DateText date=plan.end_by testid="publicity-end-by" estimated=facts.estimated />" 或更早"</dd></div>
                    {plan.seal.map(|seal| match seal.span {
                        Some((first, last)) => view! {
                            <div data-testid="seal-step">
                                <dt>"盖章/审核"</dt>
                                <dd>
                                    <DateText date=first testid="seal-first" estimated=facts.estimated />
                                    " 至 "
                                    <DateText date=last testid="seal-last" estimated=facts.estimated />
                                    {format!("（{} 个工作日）", seal.days)}
                                </dd>
                            </div>
                        }.into_any(),
                        None => view! {
                            <div data-testid="seal-step">
                                <dt>"盖章/审核"</dt>
                                <dd class="warn-text" data-testid="seal-none">"未留时间：公示一结束材料就要报出，来不及盖章或审核时会误期"</dd>
                            </div>
                        }.into_any(),
                    })}
                    <div>
                        <dt>{facts.files_leave_label()}</dt>
                        <dd><DateText date=plan.files_leave testid="files-leave" estimated=facts.leave_estimated /></dd>
                    </div>
                    {plan.very_latest.map(|last| view! {
                        <div><dt>"最迟期限"</dt><dd><DateText date=last testid="very-latest" estimated=facts.round_estimated />"（窗口最后一天，不建议压线）"</dd></div>
                    })}
                </dl>
                <p class="hint">
                    {format!(
                        "公示不少于 {} 个工作日、从张贴次日起算，须在{}结束。",
                        notice.publicity_working_days,
                        if plan.seal.is_some_and(|s| s.days > 0) { "盖章/审核开始之前" } else { "材料报出的前一天或更早" }
                    )}
                    <a href=format!("./?end_by={}&days={}", plan.end_by, notice.publicity_working_days)>"在公示计算中查看"</a>
                </p>
            </div>
            <h3 class="subhead">"报出前须完成"</h3>
            <ul class="duties">{duties.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
        </Card>
        }
        .into_any();
    }
    // Only the dates part needs the key dates and the calendar file: each
    // plan change renders both parts.
    let keys = state
        .calendar
        .with_untracked(|cal| timeline::key_dates(cal, &round, &plan, today));
    let window_state = State::of(today, plan.window.first, plan.window.last);
    let window_countdown = state
        .calendar
        .with_untracked(|cal| Countdown::between(cal, today, plan.window.first));
    let events = timeline::calendar_events(&notice, &plan);
    let ics_text = ics::calendar(
        &format!("{}年质监职称评审", notice.year),
        &events,
        browser::clock::now(),
    );
    let filename = ics::filename(plan.unit.label(), notice.year);
    // In an app's own browser the download vanishes: the text comes first.
    let state_in_app = expect_context::<AppState>().in_app.is_some();
    let download_error = RwSignal::new(None::<String>);
    let ics_for_download = ics_text.clone();
    let download = move |_| {
        download_error.set(
            browser::download_text(&filename, "text/calendar;charset=utf-8", &ics_for_download)
                .err(),
        );
    };
    view! {
        <section class=if facts.own_window { "card card--highlight" } else { "card" } aria-labelledby="window-title" data-testid="window">
            <h2 id="window-title" class="card__title">
                {facts.window_title()}
            </h2>
            <p class="window-dates">
                <DateText date=plan.window.first testid="window-open" estimated=facts.round_estimated />
                " 至 "
                <DateText date=plan.window.last testid="window-close" estimated=facts.round_estimated />
                <RoundBadge kind=round_kind testid="window-badge" />
            </p>
            <p>
                <span data-testid="window-state" data-state=window_state.code() class=format!("badge badge--{}", window_state.code())>
                    {window_state.label()}
                </span>
                " "
                {(window_state == State::Upcoming).then(|| window_countdown.text())}
            </p>
            <p class="hint">{format!("地点：{}。一次性报卷，不得补报（「六、申报流程」（四））。", notice.place)}</p>
        </section>
        <Card id="keys-title" title="关键日期">
            <ol class="keys">
                {keys.into_iter().map(key_view).collect_view()}
            </ol>
            <div class="ics">
                <button type="button" class="button" data-testid="ics-download" on:click=download>
                    "下载到手机日历（.ics）"
                </button>
                {move || download_error.get().map(|e| view! { <p class="notice notice--warn" role="status">{e}</p> })}
                <InAppGuide what="下载日历文件" />
                <details open=state_in_app>
                    <summary>"无法下载？复制日历文本"</summary>
                    <label class="visually-hidden" for="ics-text">"日历文本"</label>
                    <textarea id="ics-text" readonly rows="6" data-testid="ics-text">{ics_text.clone()}</textarea>
                    <CopyButton text=ics_text.clone() label="复制日历文本" testid="copy-ics" />
                </details>
            </div>
        </Card>
    }
    .into_any()
}

fn key_view(key: KeyDate) -> impl IntoView {
    let KeyDate {
        id,
        label,
        when,
        detail,
        clause,
        highlight,
        state,
        countdown,
        estimated,
        unofficial,
    } = key;
    let countdown_text = match (state, countdown) {
        (Some(State::Upcoming), Some(c)) => Some(c.text()),
        _ => None,
    };
    view! {
        <li class=if highlight { "key key--highlight" } else { "key" } data-testid="key-date" data-id=id data-state=state.map_or("later", State::code) data-estimated=estimated.then_some("true")>
            <div class="key__head">
                <strong>{label}</strong>
                {state_badge(state)}
                {estimated.then(|| view! { <span class="badge badge--estimated" data-testid="key-estimated">"预计"</span> })}
                {unofficial.then(|| view! { <span class="badge badge--estimated" data-testid="key-unofficial">"自行填写，非官方"</span> })}
            </div>
            <p class="key__when">{when.text()}</p>
            {countdown_text.map(|t| view! { <p class="key__countdown">{t}</p> })}
            <p class="key__detail">{detail}<span class="clause">{format!(" 依据{clause}")}</span></p>
        </li>
    }
}

#[component]
fn StepsCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The round's own publicity length (「六、申报流程」（三）).
    let steps = move || timeline::procedure(state.notice.with(|n| n.publicity_working_days));
    view! {
        <Card id="steps-title" title="申报四步">
            <ol class="steps">
                {move || steps().into_iter().map(|s| view! {
                    <li>
                        <strong>{s.title}</strong>
                        <p><span class="muted">"谁来做："</span>{s.who}</p>
                        <p>{s.what}<span class="clause">{format!(" 依据{}", s.clause)}</span></p>
                    </li>
                }).collect_view()}
            </ol>
        </Card>
    }
}

#[component]
fn ContactCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let notice = state.notice.get();
        view! {
            <Card id="contact-title" title="报卷地点与联系人">
                <dl class="facts">
                    <div><dt>"地点"</dt><dd>{notice.place.clone()}</dd></div>
                    <div><dt>"联系人"</dt><dd>{notice.contact.name.clone()}</dd></div>
                    <div>
                        <dt>"电话"</dt>
                        <dd>
                            <a class="tel" href=notice.contact.tel.clone() data-testid="contact-tel">{notice.contact.phone.clone()}</a>
                            <small class="muted">"（沈阳 96315 热线，按 1 后转分机 5113）"</small>
                        </dd>
                    </div>
                    <div><dt>"传真"</dt><dd>{notice.contact.fax.clone()}</dd></div>
                </dl>
                <p class="clause">"依据「七、时间安排及报卷地点」"</p>
            </Card>
        }
    }
}
