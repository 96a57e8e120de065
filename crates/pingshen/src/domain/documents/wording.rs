//! What the documents' texts share: blanks to fill in by hand, dates in
//! words, the remarks on a publicity period's counted days
//! (「六、申报流程」(三)) and the applicants as listed.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::domain::dates;
use crate::domain::eligibility::{Level, Specialty};
use crate::domain::publicity::{self, Period};
use crate::domain::text::one_line;
use crate::domain::workspace::Record;

/// What a blank to fill in by hand looks like in the texts.
pub(super) const BLANK: &str = "__________";

/// `text` on one line, or a blank to fill in by hand when empty.
pub(super) fn or_blank(text: &str) -> String {
    let line = one_line(text);
    if line.is_empty() {
        BLANK.to_string()
    } else {
        line
    }
}

/// `2024年7月24日` (no weekday), for signatures.
pub(super) fn ymd_zh(date: NaiveDate) -> String {
    format!("{}年{}月{}日", date.year(), date.month(), date.day())
}

/// `自2024年7月25日（周四）至2024年7月31日（周三）`: the first counted working
/// day to the end day.
pub(super) fn span_zh(period: &Period) -> String {
    format!(
        "自{}至{}",
        dates::long_zh(period.first_day()),
        dates::long_zh(period.end_day())
    )
}

/// Notes on the counted days a reader could find odd: weekend days counted
/// because they were make-up working days (调休上班), and weekdays inside
/// the period that were not counted (days off).
pub(super) fn period_remarks(period: &Period) -> Vec<String> {
    let weekend = |d: &NaiveDate| matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
    let mut remarks = Vec::new();
    let make_up: Vec<String> = period
        .counted
        .iter()
        .filter(|d| weekend(d))
        .map(|d| format!("{}（{}）", dates::month_day_zh(*d), dates::weekday_zh(*d)))
        .collect();
    if !make_up.is_empty() {
        remarks.push(format!(
            "其中{}为调休上班日，计入公示期",
            make_up.join("、")
        ));
    }
    let skipped = period
        .first_day()
        .iter_days()
        .take_while(|d| *d < period.end_day())
        .any(|d| !weekend(&d) && !period.counted.contains(&d));
    if skipped {
        remarks.push("期间法定节假日不计入".into());
    }
    remarks
}

/// The warnings for a period that passed through years without an official
/// holiday schedule, or through years of the user's own holiday data.
pub(super) fn estimated_warning(period: &Period) -> impl Iterator<Item = String> {
    let user = publicity::user_data_note(&period.user_years);
    let estimated = period.is_estimated().then(|| {
        let years: Vec<String> = period
            .estimated_years
            .iter()
            .map(|y| format!("{y}年"))
            .collect();
        format!(
            "公示期经过{}，该年尚无国务院公布的节假日安排，工作日暂按周一至周五估算；安排公布后请核对公示结束日期",
            years.join("、")
        )
    });
    estimated.into_iter().chain(user)
}

/// One applicant as listed in a document: name, specialty, target level.
pub type ListedApplicant = (String, Option<Specialty>, Option<Level>);

pub(super) fn listed(records: &[&Record]) -> Vec<ListedApplicant> {
    records
        .iter()
        .map(|r| (r.name.clone(), r.applicant.specialty, r.applicant.target))
        .collect()
}

pub(super) fn specialty_zh(s: Option<Specialty>) -> &'static str {
    s.map_or("（专业未填）", Specialty::label)
}

pub(super) fn level_zh(l: Option<Level>) -> &'static str {
    l.map_or("（级别未填）", Level::label)
}

pub(super) fn missing_fields(applicants: &[ListedApplicant]) -> Option<String> {
    let missing: Vec<String> = applicants
        .iter()
        .filter(|(_, s, l)| s.is_none() || l.is_none())
        .map(|(name, _, _)| or_blank(name))
        .collect();
    (!missing.is_empty())
        .then(|| format!("以下申报人的专业或申报级别尚未填写：{}", missing.join("、")))
}
