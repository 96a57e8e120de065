//! 公示计算: the publicity calculator, both ways.

use leptos::prelude::*;

use super::month_calendar::{Highlights, MonthCalendar};
use super::widgets::{
    Card, DateEntry, DateText, Field, InputErrors, NumberEntry, Radios, TodayLine, Warning,
};
use crate::browser;
use crate::domain::calendar::Calendar;
use crate::domain::dates;
use crate::domain::notice::Notice;
use crate::domain::publicity::MAX_WORKING_DAYS;
use crate::domain::request::{self, CalcInput, Mode, Outcome, RawInput};
use crate::state::AppState;

type Answer = Result<(CalcInput, Outcome), Vec<String>>;

/// The calculator's starting inputs: the link's, else the saved ones, else
/// today with the round's number of working days. A link's `days` alone
/// applies to the saved or default date; a bad one is reported, not ignored.
fn starting_inputs(
    query: &request::Query,
    saved: Option<RawInput>,
    today: chrono::NaiveDate,
    round_days: u32,
) -> (RawInput, Option<String>) {
    let fallback = || {
        saved.clone().unwrap_or_else(|| RawInput {
            mode: Mode::Forward,
            date: today.to_string(),
            days: round_days.to_string(),
        })
    };
    match request::raw_from_query(query) {
        Ok(Some(raw)) => (raw, None),
        Ok(None) => match request::days_from_query(query) {
            None => (fallback(), None),
            Some(Ok(days)) => (
                RawInput {
                    days: days.to_string(),
                    ..fallback()
                },
                None,
            ),
            Some(Err(error)) => (fallback(), Some(error.to_string())),
        },
        Err(error) => (fallback(), Some(error.to_string())),
    }
}

#[component]
pub fn Calculator() -> impl IntoView {
    let state = expect_context::<AppState>();
    let saved = state
        .stored
        .with_untracked(|s| s.calculator.map(RawInput::from));
    // Today follows the clock (a page left open over midnight); the inputs
    // start from the day the page opened and then are the user's.
    let today = state.today;
    let round_days = state.notice.with_untracked(|n| n.publicity_working_days);
    let (initial, link_error) = starting_inputs(
        &browser::location_query(),
        saved,
        today.get_untracked(),
        round_days,
    );
    let mode = RwSignal::new(initial.mode);
    let date = RwSignal::new(initial.date);
    let days = RwSignal::new(initial.days);
    let link_error = RwSignal::new(link_error);
    let what_if = move || state.context.with(|c| c.today.is_some());
    let calendar = state.calendar;

    let answer: Memo<Answer> = Memo::new(move |_| {
        let raw = RawInput {
            mode: mode.get(),
            date: date.get(),
            days: days.get(),
        };
        let input = request::validate(&raw)
            .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        let outcome = calendar
            .with(|cal| request::calculate(cal, &input))
            .map_err(|e| vec![e.to_string()])?;
        Ok((input, outcome))
    });

    // The last calculation shown is saved at once and mirrored in the URL.
    Effect::new(move |_| {
        if let Ok((input, _)) = answer.get() {
            state.show_in_address(&request::to_query(&input));
            if state.stored.with_untracked(|s| s.calculator) != Some(input) {
                state.persist(|s| s.calculator = Some(input));
            }
        }
    });

    let edited = move || link_error.set(None);
    let errors = move || {
        let input = answer.get().err().into_iter().flatten();
        link_error.get().into_iter().chain(input).collect()
    };

    view! {
        <Card id="calc-title" title="公示期计算">
            // The year in its own box: the page's first answer before the
            // app (static/first-answers.html) leaves it blank, the same width.
            <p class="card__lead" data-testid="calc-lead">
                {move || format!("公示不少于 {} 个工作日（", state.notice.with(|n| n.publicity_working_days))}
                <span class="round-year">{move || state.round.with(|r| r.year())}</span>
                " 年度通知），从张贴次日起算。"
            </p>
            <fieldset class="mode-switch">
                <legend class="visually-hidden">"我想知道"</legend>
                <Radios name="mode" class="mode-switch__option" options=Mode::ALL code=Mode::code
                    value=move || mode.get() on_change=move |m| { edited(); mode.set(m) }
                    text=|m: Mode| view! { <span>{m.question()}</span> } />
            </fieldset>
            <div class="fields">
                <Field id="calc-date" label=move || mode.get().date_label()>
                    <div class="field__row">
                        <DateEntry id="calc-date" testid="date-input" bounded=true value=date on_change=move |text| { edited(); date.set(text) } />
                        <button
                            type="button"
                            class="button button--ghost"
                            on:click=move |_| { edited(); date.set(today.get_untracked().to_string()) }
                        >
                            "今天"
                        </button>
                    </div>
                </Field>
                <Field id="calc-days" label="公示工作日数" class="field field--narrow">
                    <NumberEntry id="calc-days" testid="days-input" min="1" max=MAX_WORKING_DAYS.to_string()
                        value=days on_input=move |text| { edited(); days.set(text) } />
                </Field>
            </div>
            <TodayLine what_if=what_if today=move || today.get() />
            <InputErrors errors=errors />
        </Card>
        {move || answer.get().ok().map(|(input, outcome)| view! { <ResultView input=input outcome=outcome today=today.get() calendar=calendar /> })}
        <RuleCard />
    }
}

#[component]
fn ResultView(
    input: CalcInput,
    outcome: Outcome,
    today: chrono::NaiveDate,
    calendar: Memo<Calendar>,
) -> impl IntoView {
    let estimated_years = outcome.estimated_years();
    let user_note = outcome.user_data_note();
    let estimated = !estimated_years.is_empty();
    let period = outcome.period().clone();
    let span = period.calendar_days();
    let summary = format!(
        "自 {} 起算，共 {} 个工作日，至 {} 结束，跨 {} 个自然日。",
        dates::month_day_zh(period.first_day()),
        period.counted.len(),
        dates::month_day_zh(period.end_day()),
        span
    );
    let headline = match &outcome {
        Outcome::Forward(p) => view! {
            <div class="answer">
                <p class="answer__label">"公示结束日"</p>
                <p class="answer__value"><DateText date=p.end_day() testid="publicity-end" estimated=estimated /></p>
                <dl class="facts">
                    <div><dt>"张贴日"</dt><dd><DateText date=p.posted testid="publicity-posted" /></dd></div>
                    <div><dt>"起算日"</dt><dd><DateText date=p.first_day() testid="publicity-start" estimated=estimated /></dd></div>
                    <div><dt>"公示期"</dt><dd data-testid="publicity-summary">{summary.clone()}</dd></div>
                </dl>
            </div>
        }
        .into_any(),
        Outcome::Backward(plan) => {
            let posting_is_workday = plan.latest_posting == plan.latest_posting_workday;
            view! {
                <div class="answer">
                    <p class="answer__label">"最晚张贴日"</p>
                    <p class="answer__value"><DateText date=plan.latest_posting testid="latest-posting" estimated=estimated /></p>
                    <dl class="facts">
                        <div><dt>"须结束于"</dt><dd>{dates::long_zh(plan.end_by)}</dd></div>
                        <div>
                            <dt>"最晚张贴工作日"</dt>
                            <dd><DateText date=plan.latest_posting_workday testid="latest-posting-workday" estimated=estimated /></dd>
                        </div>
                        <div><dt>"按此张贴"</dt><dd data-testid="publicity-summary">{summary.clone()}</dd></div>
                    </dl>
                    {(!posting_is_workday).then(|| view! {
                        <p class="hint">
                            {format!(
                                "{} 不是工作日，单位通常在工作日张贴，因此最晚应在 {} 张贴。",
                                dates::long_zh(plan.latest_posting),
                                dates::long_zh(plan.latest_posting_workday)
                            )}
                        </p>
                    })}
                    <p class="hint">"张贴日再晚一天，公示就会在截止日之后结束。"</p>
                </div>
            }
            .into_any()
        }
    };
    // The round's own minimum (「六、申报流程」（三）: 5 in 2024).
    let minimum = expect_context::<AppState>()
        .notice
        .with_untracked(|n| n.publicity_working_days);
    let below_minimum = input.days < minimum;
    let years_text = estimated_years
        .iter()
        .map(|y| format!("{y} 年"))
        .collect::<Vec<_>>()
        .join("、");
    let highlights = Highlights::from_outcome(&outcome);
    view! {
        <Card id="result-title" title="计算结果" class="card result" testid="result">
            {below_minimum.then(|| view! {
                <Warning testid="days-warning">
                    {format!("注意：通知要求公示不少于 {minimum} 个工作日，按 {} 个工作日公示不符合要求。", input.days)}
                </Warning>
            })}
            {estimated.then(|| view! {
                <Warning testid="data-warning">
                    {format!("{years_text}的国务院节假日安排尚未收录，该年按周一至周五估算（未计节假日和调休），结果可能不准，请以正式公布的安排为准。")}
                </Warning>
            })}
            {user_note.map(|note| view! { <Warning testid="user-data-note">{note}</Warning> })}
            {headline}
            <MonthCalendar highlights=highlights today=today calendar=calendar />
        </Card>
    }
}

#[component]
fn RuleCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let cited = move || {
        state.round.with(|round| match round.basis_year {
            // A projection follows the wording of its basis notice.
            Some(basis) => Notice::official_notices()
                .iter()
                .find(|n| n.year == basis)
                .map_or_else(String::new, |n| {
                    format!(
                        "《{}》（{} 年度通知尚未收录，沿用此条）",
                        n.title,
                        round.year()
                    )
                }),
            None => format!("《{}》", round.notice.title),
        })
    };
    let covered = Calendar::official()
        .covered_years()
        .map(|y| y.to_string())
        .collect::<Vec<_>>();
    let coverage = format!(
        "节假日与调休：按国务院办公厅公布的 {}–{} 年部分节假日安排计算；其他年份尚无官方数据时按周一至周五估算，并在结果中明确提示。",
        covered.first().cloned().unwrap_or_default(),
        covered.last().cloned().unwrap_or_default()
    );
    view! {
        <section class="card rule" aria-labelledby="rule-title">
            <h2 id="rule-title" class="card__title">"依据"</h2>
            <p>
                <cite data-testid="rule-cite">{cited}"「六、申报流程」（三）集中公示"</cite>
                {move || format!(
                    "：经考评、审核合格的申请人，其全部申报材料要在本单位集中公示，公示期不少于 {} 个工作日，从公示的第二天开始计算。",
                    state.notice.with(|n| n.publicity_working_days)
                )}
            </p>
            <p>"公示无异议后，单位才能按程序逐级上报（「六、申报流程」（四））；材料一次性报送，不得补报。"</p>
            <p class="muted" data-testid="data-coverage">{coverage}</p>
        </section>
    }
}
