//! The pasted notice as read: each day with its holiday and sentence, what
//! was not read, the warnings; and what it means as a schedule.

use chrono::{Datelike, NaiveDate, Weekday};

use super::errors::HolidayWarning;
use crate::domain::calendar::{ScheduleError, SpecialDay, UserOrigin, YearSchedule};

/// One day the pasted notice states.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedDay {
    /// The day.
    pub date: NaiveDate,
    /// `true`: a day off (放假/补休); `false`: a make-up working day (上班).
    pub off: bool,
    /// The holiday of the item it is in, e.g. `春节` or `国庆节、中秋节`; empty
    /// for a text without item headings.
    pub holiday: String,
    /// The sentence it came from, as written.
    pub source: String,
}

/// What the items of a notice say, without the title.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedItems {
    /// Every day stated, in the order of the text: each date of a range and
    /// each make-up day. A date stated twice with the same meaning is kept
    /// once.
    pub days: Vec<ParsedDay>,
    /// Sentences with a date that could not be interpreted, as written.
    pub unread: Vec<String>,
    /// What does not add up; it does not stop the reading.
    pub warnings: Vec<HolidayWarning>,
}

/// Where the year of a pasted notice was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearFrom {
    /// The title 「国务院办公厅关于YYYY年部分节假日安排的通知」.
    Title,
    /// The body (「现将YYYY年元旦、春节……」), the text having no title or a
    /// title without a year.
    Body,
}

/// The pasted notice, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedHolidayNotice {
    /// The year of the schedule: the title's, else the body's (see
    /// [`Self::year_from`]).
    pub year: i32,
    /// Where [`Self::year`] was read.
    pub year_from: YearFrom,
    /// The title, normalised (half-width digits, no spaces, joined if it was
    /// split over lines); empty if the text has none.
    pub title: String,
    /// As [`ParsedItems::days`]; may include days of the neighbouring year
    /// (2018-12-30 in the 2019 notice).
    pub days: Vec<ParsedDay>,
    /// As [`ParsedItems::unread`].
    pub unread: Vec<String>,
    /// As [`ParsedItems::warnings`].
    pub warnings: Vec<HolidayWarning>,
}

impl ParsedHolidayNotice {
    /// The days as a user-supplied schedule for [`Self::year`]
    /// (via [`YearSchedule::user`]); days of the neighbouring year are kept,
    /// as holiday-cn files keep them. What the warnings point at does not
    /// block saving: a "make-up" working day on a weekday changes nothing (a
    /// weekday is worked anyway) and is left out, and where the text states
    /// one date twice the first statement counts, as in [`Self::working_days`].
    ///
    /// # Errors
    ///
    /// [`ScheduleError`] only for what the checks above cannot mend (a year
    /// outside 2000–2099).
    pub fn to_schedule(&self) -> Result<YearSchedule, ScheduleError> {
        let mut seen = std::collections::BTreeSet::new();
        YearSchedule::user(
            self.year,
            UserOrigin::PastedNotice,
            self.days
                .iter()
                .filter(|day| {
                    day.off
                        || matches!(
                            day.date.weekday(),
                            chrono::Weekday::Sat | chrono::Weekday::Sun
                        )
                })
                .filter(|day| seen.insert(day.date))
                .map(|day| {
                    (
                        day.date,
                        SpecialDay {
                            name: day.holiday.clone(),
                            off: day.off,
                        },
                    )
                }),
        )
    }

    /// How many working days [`Self::year`] has with these days applied to a
    /// Monday–Friday week. Where the text contradicts itself the first
    /// statement counts.
    pub fn working_days(&self) -> usize {
        let Some(first) = NaiveDate::from_ymd_opt(self.year, 1, 1) else {
            return 0;
        };
        first
            .iter_days()
            .take_while(|d| d.year() == self.year)
            .filter(
                |date| match self.days.iter().find(|day| day.date == *date) {
                    Some(day) => !day.off,
                    None => !is_weekend(*date),
                },
            )
            .count()
    }
}

/// Saturday or Sunday.
pub(super) fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::holiday_text::{parse_holiday_notice, HolidayWarning};
    use crate::domain::test_dates::d;

    #[test]
    fn a_make_up_day_on_a_wednesday_is_warned_about_and_does_not_block_saving() {
        let text = "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日至3日放假，共3天。1月6日（星期三）上班。";
        let notice = parse_holiday_notice(text).unwrap();
        assert_eq!(notice.days.len(), 4);
        assert!(matches!(
            notice.warnings[..],
            [HolidayWarning::MakeUpOnWeekday { .. }]
        ));
        // A Wednesday is worked anyway: the schedule keeps the three days off.
        let schedule = notice.to_schedule().unwrap();
        let dates: Vec<NaiveDate> = schedule.days.keys().copied().collect();
        assert_eq!(dates, [d(2027, 1, 1), d(2027, 1, 2), d(2027, 1, 3)]);
    }

    #[test]
    fn the_neighbouring_years_days_are_kept_in_the_schedule() {
        let text = "国务院办公厅关于2019年部分节假日安排的通知\n\
                    一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。\n\
                    国务院办公厅\n2018年12月6日";
        let notice = parse_holiday_notice(text).unwrap();
        let schedule = notice.to_schedule().unwrap();
        assert_eq!(schedule.year, 2019);
        assert!(schedule.days.get(&d(2018, 12, 29)).is_some_and(|s| !s.off));
        assert!(schedule.days.get(&d(2018, 12, 30)).is_some_and(|s| s.off));
        assert_eq!(schedule.days.len(), 4);
        // The issue date at the end is not a holiday.
        assert!(notice.days.iter().all(|day| day.date != d(2018, 12, 6)));
    }
}
