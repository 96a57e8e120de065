//! A month view that marks the counted days, days off and make-up days.
//! Every mark is written out in text, not shown by colour alone.

use chrono::{Datelike, Months, NaiveDate};
use leptos::prelude::*;

use crate::domain::calendar::{Calendar, DayKind};
use crate::domain::dates;
use crate::domain::request::Outcome;

/// The days a result singles out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Highlights {
    pub posted: NaiveDate,
    pub counted: Vec<NaiveDate>,
    /// Backward mode: the day the publicity must end by.
    pub end_by: Option<NaiveDate>,
    /// Backward mode: the latest working day to post on.
    pub posting_workday: Option<NaiveDate>,
}

impl Highlights {
    pub fn from_outcome(outcome: &Outcome) -> Self {
        match outcome {
            Outcome::Forward(p) => Self {
                posted: p.posted,
                counted: p.counted.clone(),
                end_by: None,
                posting_workday: None,
            },
            Outcome::Backward(b) => Self {
                posted: b.latest_posting,
                counted: b.period.counted.clone(),
                end_by: Some(b.end_by),
                posting_workday: Some(b.latest_posting_workday),
            },
        }
    }

    fn first(&self) -> NaiveDate {
        self.posting_workday.unwrap_or(self.posted).min(self.posted)
    }

    fn last(&self) -> NaiveDate {
        let end = self.counted.last().copied().unwrap_or(self.posted);
        self.end_by.map_or(end, |e| e.max(end))
    }
}

const WEEKDAY_HEADS: [&str; 7] = ["一", "二", "三", "四", "五", "六", "日"];

#[component]
pub fn MonthCalendar(
    highlights: Highlights,
    today: NaiveDate,
    calendar: Memo<Calendar>,
) -> impl IntoView {
    let first_month = highlights.first().with_day(1).expect("day 1 exists");
    let last = highlights.last();
    let months: Vec<NaiveDate> =
        std::iter::successors(Some(first_month), |m| m.checked_add_months(Months::new(1)))
            .take_while(|m| *m <= last)
            .collect();
    let months_view = months
        .into_iter()
        .map(|month| calendar.with(|cal| month_view(cal, month, &highlights, today)))
        .collect_view();
    view! {
        <div class="calendar" data-testid="month-calendar">
            {months_view}
            <ul class="legend" aria-label="图例">
                <li><span class="swatch day--posted">"张贴"</span>"张贴日（不计入）"</li>
                <li><span class="swatch day--counted">"第1天"</span>"计入公示的工作日"</li>
                <li><span class="swatch day--off">"休"</span>"法定节假日"</li>
                <li><span class="swatch day--makeup">"班"</span>"调休上班（照常计算）"</li>
                <li><span class="swatch day--weekend">"六"</span>"周末"</li>
            </ul>
        </div>
    }
}

/// The cells of a month view starting Monday: blanks before the 1st, the
/// month's days, blanks to the end of the last week.
fn month_cells(month: NaiveDate) -> Vec<Option<NaiveDate>> {
    let mut cells: Vec<Option<NaiveDate>> =
        vec![None; month.weekday().num_days_from_monday() as usize];
    cells.extend(
        month
            .iter_days()
            .take_while(|d| d.month() == month.month())
            .map(Some),
    );
    while !cells.len().is_multiple_of(7) {
        cells.push(None);
    }
    cells
}

/// A month as a table of weeks starting Monday, each day's cell drawn by
/// `day` (shared by the result's calendar and the pasted notice's preview).
pub(super) fn month_table(month: NaiveDate, day: impl Fn(NaiveDate) -> AnyView) -> AnyView {
    let title = format!("{}年{}月", month.year(), month.month());
    let rows = month_cells(month)
        .chunks(7)
        .map(|week| {
            let tds = week
                .iter()
                .map(|cell| match cell {
                    None => view! { <td class="day day--blank"></td> }.into_any(),
                    Some(date) => day(*date),
                })
                .collect_view();
            view! { <tr>{tds}</tr> }
        })
        .collect_view();
    view! {
        <table class="month">
            <caption>{title}</caption>
            <thead>
                <tr>{WEEKDAY_HEADS.iter().map(|w| view! { <th scope="col">{*w}</th> }).collect_view()}</tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

fn month_view(cal: &Calendar, month: NaiveDate, h: &Highlights, today: NaiveDate) -> AnyView {
    month_table(month, |date| day_cell(cal, date, h, today).into_any())
}

fn day_cell(cal: &Calendar, date: NaiveDate, h: &Highlights, today: NaiveDate) -> impl IntoView {
    let info = cal.day(date);
    let mut classes = vec!["day"];
    let mut marks: Vec<String> = Vec::new();
    let mut spoken: Vec<String> = vec![format!(
        "{}（{}）",
        dates::month_day_zh(date),
        dates::weekday_zh(date)
    )];
    match &info.kind {
        DayKind::DayOff { holiday } => {
            classes.push("day--off");
            marks.push("休".into());
            marks.push(holiday.clone());
            spoken.push(format!("{holiday}放假"));
        }
        DayKind::MakeUpWorkday { holiday } => {
            classes.push("day--makeup");
            marks.push("班".into());
            spoken.push(format!("{holiday}调休上班"));
        }
        DayKind::Weekend => {
            classes.push("day--weekend");
            spoken.push("周末".into());
        }
        DayKind::Weekday => {}
    }
    if info.estimated {
        classes.push("day--estimated");
        spoken.push("无官方数据，按周一至周五估算".into());
    }
    if date == h.posted {
        classes.push("day--posted");
        marks.push("张贴".into());
        spoken.push("张贴日".into());
    }
    if h.posting_workday == Some(date) && date != h.posted {
        classes.push("day--posted-workday");
        marks.push("最晚工作日".into());
        spoken.push("最晚可张贴的工作日".into());
    }
    if let Some(index) = h.counted.iter().position(|d| *d == date) {
        classes.push("day--counted");
        marks.push(format!("第{}天", index + 1));
        spoken.push(format!("公示第 {} 个工作日", index + 1));
    }
    if h.end_by == Some(date) {
        classes.push("day--deadline");
        marks.push("截止".into());
        spoken.push("最晚结束日".into());
    }
    if date == today {
        classes.push("day--today");
        spoken.push("今天".into());
    }
    let class = classes.join(" ");
    let label = spoken.join("，");
    view! {
        <td class=class data-date=date.to_string() aria-label=label.clone() title=label>
            <span class="day__num">{date.day()}</span>
            {marks.into_iter().map(|m| view! { <span class="day__mark">{m}</span> }).collect_view()}
        </td>
    }
}
