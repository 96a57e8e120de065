//! 粘贴国务院节假日安排通知: read the text, show what was read, and only then
//! save it as the user's holiday data for that year (never over official data).

use chrono::{Datelike, NaiveDate, Weekday};
use leptos::prelude::*;

use super::month_calendar::month_table;
use super::widgets::{PasteCard, SaveButton, Warning};
use crate::domain::calendar::{ignored_official_days, Calendar, SpecialDay, UserOrigin};
use crate::domain::dates;
use crate::domain::holiday_text::{parse_holiday_notice, Agreement, ParsedHolidayNotice, YearFrom};
use crate::domain::order;
use crate::state::AppState;
use crate::store::{holidays_open, UserYear};

/// The mark that ties a day to its sentence: ① … ⑳, then (21), ….
pub(super) fn sentence_mark(n: usize) -> String {
    match u32::try_from(n).ok().filter(|n| (1..=20).contains(n)) {
        Some(n) => char::from_u32(0x2460 + n - 1).map_or(format!("({n})"), String::from),
        None => format!("({n})"),
    }
}

#[component]
pub fn PasteHolidays() -> impl IntoView {
    let state = expect_context::<AppState>();
    let save = move |notice: ParsedHolidayNotice| {
        let year = notice.year;
        holidays_open(year)
            .map_err(|e| e.to_string())
            .and_then(|()| notice.to_schedule().map_err(|e| e.to_string()))
            // Days of a year with official data are never stored.
            .map(|schedule| schedule.without_official_days(&Calendar::official()))
            .map(|(schedule, dropped)| (UserYear::from_schedule(&schedule), dropped))
            .and_then(|(user, dropped)| {
                let replaced = state.stored.with_untracked(|s| s.check_holidays(&user));
                replaced
                    .map(|r| (user, r, dropped))
                    .map_err(|e| e.to_string())
            })
            .map(|(user, replaced, dropped)| {
                let count = user.days.len();
                state.persist(|s| s.set_holidays(user.clone()));
                let what = format!(
                    "{year} 年节假日安排（{count} 天），标记为{}{}",
                    UserOrigin::PastedNotice.label(),
                    ignored_official_days(&dropped).replace("文件中", "通知中")
                );
                (what, replaced)
            })
    };

    view! {
        <PasteCard prefix="holiday" title="粘贴节假日通知" label="节假日安排通知全文" lead="粘贴国务院办公厅关于某年部分节假日安排的通知全文（连同标题），先核对读取结果，确认后才保存。"
            read=parse_holiday_notice save=save earlier="该年数据" preview=|notice, on_confirm| view! { <Preview notice=notice on_confirm=on_confirm /> }.into_any() />
    }
}

#[component]
fn Preview(
    notice: ParsedHolidayNotice,
    on_confirm: Callback<ParsedHolidayNotice>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let year = notice.year;
    let official = state
        .calendar
        .with_untracked(|c| c.schedule(year).cloned())
        .filter(|_| state.calendar.with_untracked(|c| c.is_official(year)));
    // Each sentence once, in the order of the text.
    let mut sources: Vec<String> = Vec::new();
    for day in &notice.days {
        if !sources.contains(&day.source) {
            sources.push(day.source.clone());
        }
    }
    let mut months: Vec<NaiveDate> = notice
        .days
        .iter()
        .filter_map(|d| d.date.with_day(1))
        .collect();
    order::sort(&mut months);
    months.dedup();
    let calendars = months
        .into_iter()
        .map(|m| month_table(m, |date| day_cell(date, &notice, &sources).into_any()))
        .collect_view();
    let source_items = sources
        .iter()
        .enumerate()
        .map(|(i, source)| {
            let days = |off: bool| {
                notice
                    .days
                    .iter()
                    .filter(|d| d.source == *source && d.off == off)
                    .map(|d| dates::month_day_zh(d.date))
                    .collect::<Vec<_>>()
                    .join("、")
            };
            let (off, work) = (days(true), days(false));
            let said = [("放假 ", off), ("上班 ", work)]
                .into_iter()
                .filter(|(_, d)| !d.is_empty())
                .map(|(k, d)| format!("{k}{d}"))
                .collect::<Vec<_>>()
                .join("；");
            view! {
                <li data-testid="parsed-source">
                    <span class="paste-mark">{sentence_mark(i + 1)}</span>
                    <q>{source.clone()}</q>
                    <span class="paste-said">{format!("→ {said}")}</span>
                </li>
            }
        })
        .collect_view();
    let unread = (!notice.unread.is_empty()).then(|| {
        view! {
            <div class="notice notice--warn" role="note" data-testid="parsed-unread">
                <p>{format!("有 {} 句含日期但没有读懂，请对照原文自行核对：", notice.unread.len())}</p>
                <ul>
                    {notice.unread.iter().map(|s| view! { <li><q>{s.clone()}</q></li> }).collect_view()}
                </ul>
            </div>
        }
    });
    let warnings = notice
        .warnings
        .iter()
        .map(ToString::to_string)
        .map(|w| view! { <Warning testid="parsed-warning">{w}</Warning> })
        .collect_view();
    let outcome = match official {
        Some(schedule) => agreement_view(year, notice.compare(&schedule)).into_any(),
        None => {
            let to_save = notice.clone();
            let existing = state
                .stored
                .with_untracked(|s| s.user_holidays(year).map(|y| y.origin.label()));
            view! {
                {existing.map(|label| view! {
                    <Warning testid="holiday-paste-replaces">{format!("保存后将替换已有的 {year} 年数据（{label}）。")}</Warning>
                })}
                <SaveButton prefix="holiday" disabled=|| false what=format!("{year} 年节假日数据") on_save=move || on_confirm.run(to_save.clone()) />
            }
            .into_any()
        }
    };
    view! {
        <div class="paste-preview" data-testid="holiday-preview" data-year=year>
            <h3 class="subhead">{format!("读取结果：{year} 年（尚未保存）")}</h3>
            <p class="muted" data-testid="holiday-preview-title">{title_line(&notice)}</p>
            <p data-testid="parsed-working-days" data-count=notice.working_days()>
                {format!("按此安排，{year} 年共有 {} 个工作日；共读到 {} 个特殊日期。", notice.working_days(), notice.days.len())}
            </p>
            {warnings}
            {unread}
            <div class="calendar">
                {calendars}
                <ul class="legend" aria-label="图例">
                    <li><span class="swatch day--off">"休"</span>"通知中的放假日"</li>
                    <li><span class="swatch day--makeup">"班"</span>"通知中的调休上班日"</li>
                    <li><span class="swatch">"①"</span>"出自下面第几句"</li>
                </ul>
            </div>
            <ol class="paste-sources" aria-label="每个日期出自的句子">{source_items}</ol>
            {outcome}
        </div>
    }
}

fn day_word(day: Option<&SpecialDay>) -> &'static str {
    match day {
        Some(d) if d.off => "放假",
        Some(_) => "上班",
        None => "未列出",
    }
}

/// The title as read, and where the year came from when not from it.
fn title_line(notice: &ParsedHolidayNotice) -> String {
    match notice.year_from {
        YearFrom::Title => notice.title.clone(),
        YearFrom::Body => format!(
            "{}（{} 年取自正文，请核对）",
            if notice.title.is_empty() {
                "未粘贴标题"
            } else {
                &notice.title
            },
            notice.year
        ),
    }
}

fn agreement_view(year: i32, agreement: Agreement) -> impl IntoView {
    let (agrees, text, rows) = match agreement {
        Agreement::Same => (
            true,
            format!("与内置的 {year} 年官方数据一致。"),
            Vec::new(),
        ),
        Agreement::Different(days) => (
            false,
            format!(
                "与内置的 {year} 年官方数据有 {} 处不同，请核对：",
                days.len()
            ),
            days.into_iter()
                .map(|d| {
                    (
                        d.date,
                        format!(
                            "{}：粘贴的通知为{}，内置数据为{}",
                            dates::long_zh(d.date),
                            day_word(d.pasted.as_ref()),
                            day_word(d.official.as_ref())
                        ),
                    )
                })
                .collect(),
        ),
        Agreement::OtherYear { pasted, official } => (
            false,
            format!("粘贴的是 {pasted} 年的通知，内置数据是 {official} 年的。"),
            Vec::new(),
        ),
    };
    let class = if agrees {
        "notice notice--ok"
    } else {
        "notice notice--warn"
    };
    view! {
        <div class=class role="status" data-testid="holiday-agreement" data-agrees=agrees.to_string()>
            <p>{text}</p>
            {(!rows.is_empty()).then(|| view! {
                <ul>
                    {rows.into_iter().map(|(date, t)| view! {
                        <li data-testid="agreement-difference" data-date=date.to_string()>{t}</li>
                    }).collect_view()}
                </ul>
            })}
            <p>{format!("{year} 年已有官方数据，不会被覆盖，无需保存。")}</p>
        </div>
    }
}

fn day_cell(date: NaiveDate, notice: &ParsedHolidayNotice, sources: &[String]) -> impl IntoView {
    let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
    match notice.days.iter().find(|d| d.date == date) {
        None => {
            let class = if weekend { "day day--weekend" } else { "day" };
            view! { <td class=class><span class="day__num">{date.day()}</span></td> }.into_any()
        }
        Some(day) => {
            let n = sources.iter().position(|s| *s == day.source).unwrap_or(0) + 1;
            let mark = sentence_mark(n);
            let (class, short, word) = if day.off {
                ("day day--off", "休", "放假")
            } else {
                ("day day--makeup", "班", "调休上班")
            };
            let label = format!(
                "{}（{}），{}{}，见第 {n} 句",
                dates::month_day_zh(date),
                dates::weekday_zh(date),
                day.holiday,
                word
            );
            view! {
                <td
                    class=class
                    data-testid="parsed-day"
                    data-date=date.to_string()
                    data-off=day.off.to_string()
                    aria-label=label.clone()
                    title=label
                >
                    <span class="day__num">{date.day()}</span>
                    <span class="day__mark">{format!("{short}{mark}")}</span>
                </td>
            }
            .into_any()
        }
    }
}
