//! Publicity (集中公示) periods.
//!
//! 「六、申报流程」(三) 集中公示: the materials of every approved applicant are
//! shown at the unit for **at least 5 working days, counted from the day after
//! posting** (从公示的第二天算起). So a publicity posted on day P with N
//! working days ends on the N-th working day strictly after P.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use pingshen::domain::{calendar::Calendar, publicity};
//!
//! let cal = Calendar::official();
//! let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
//! let period = publicity::period_from_posting(&cal, d(7, 24), 5).unwrap();
//! assert_eq!(period.first_day(), d(7, 25));
//! assert_eq!(period.end_day(), d(7, 31));
//!
//! let plan = publicity::latest_posting(&cal, d(7, 31), 5).unwrap();
//! assert_eq!(plan.latest_posting, d(7, 24));
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::{Datelike, Days, NaiveDate};

use crate::domain::calendar::{Calendar, Coverage, UserOrigin};
use crate::domain::dates::{self, SUPPORTED_YEARS};

/// The 2024 notice's minimum: 5 working days (「六、申报流程」(三)); a
/// round's own is [`crate::domain::notice::Notice::publicity_working_days`].
pub const NOTICE_MINIMUM_WORKING_DAYS: u32 = 5;
/// The most working days the calculator accepts.
pub const MAX_WORKING_DAYS: u32 = 30;
/// How far a search may walk before giving up (a user-supplied schedule
/// could declare a whole year off).
const MAX_SCAN_DAYS: u32 = 400;

/// Why a publicity could not be computed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PublicityError {
    /// N outside 1..=30.
    WorkingDays(u32),
    /// A date, given or reached, outside the supported years.
    OutOfRange(NaiveDate),
    /// No working day was found within a long stretch: the schedule is odd.
    NoWorkingDays(NaiveDate),
}

impl fmt::Display for PublicityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::WorkingDays(n) => write!(
                f,
                "公示工作日数须在 1 到 {MAX_WORKING_DAYS} 之间（2024 年通知要求不少于 {NOTICE_MINIMUM_WORKING_DAYS} 个工作日），收到的是 {n}"
            ),
            Self::OutOfRange(d) => write!(
                f,
                "日期 {} 超出本工具支持的范围（{}–{} 年）",
                d,
                SUPPORTED_YEARS.start(),
                SUPPORTED_YEARS.end()
            ),
            Self::NoWorkingDays(d) => {
                write!(f, "从 {d} 起一年多内找不到工作日，请检查自行添加的节假日数据")
            }
        }
    }
}

impl std::error::Error for PublicityError {}

/// A publicity posted on `posted` and lasting `counted.len()` working days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    /// The day the materials are put up (not itself counted).
    pub posted: NaiveDate,
    /// The working days counted, in order: the first is the first working
    /// day after `posted`, the last is the end day.
    pub counted: Vec<NaiveDate>,
    /// Years the count passed through that have no official schedule.
    pub estimated_years: BTreeSet<i32>,
    /// Years the count passed through whose schedule is the user's (not
    /// official), with how it was given.
    pub user_years: BTreeMap<i32, UserOrigin>,
}

impl Period {
    /// The first working day counted.
    pub fn first_day(&self) -> NaiveDate {
        self.counted[0]
    }

    /// The last day of the publicity (the N-th working day after posting).
    pub fn end_day(&self) -> NaiveDate {
        self.counted[self.counted.len() - 1]
    }

    /// Calendar days from the day after posting to the end day, both included.
    pub fn calendar_days(&self) -> i64 {
        (self.end_day() - self.posted).num_days()
    }

    /// Whether any counted day rests on an estimated (unofficial) year.
    pub fn is_estimated(&self) -> bool {
        !self.estimated_years.is_empty()
    }
}

/// The latest posting that still ends on or before a given day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LatestPosting {
    /// The publicity must end on or before this day.
    pub end_by: NaiveDate,
    /// The latest calendar day P whose publicity ends on or before `end_by`.
    pub latest_posting: NaiveDate,
    /// The latest working day on or before `latest_posting`: the last day a
    /// unit at work can actually put the materials up.
    pub latest_posting_workday: NaiveDate,
    /// The publicity if posted on `latest_posting`.
    pub period: Period,
    /// Years passed through without an official schedule.
    pub estimated_years: BTreeSet<i32>,
    /// Years passed through whose schedule is the user's.
    pub user_years: BTreeMap<i32, UserOrigin>,
}

impl LatestPosting {
    /// Whether the answer rests on an estimated (unofficial) year.
    pub fn is_estimated(&self) -> bool {
        !self.estimated_years.is_empty()
    }
}

/// Walks the calendar one day at a time, noting years without data.
struct Walk<'a> {
    cal: &'a Calendar,
    estimated_years: BTreeSet<i32>,
    user_years: BTreeMap<i32, UserOrigin>,
}

impl<'a> Walk<'a> {
    fn new(cal: &'a Calendar) -> Self {
        Self {
            cal,
            estimated_years: BTreeSet::new(),
            user_years: BTreeMap::new(),
        }
    }

    fn is_working(&mut self, date: NaiveDate) -> bool {
        let info = self.cal.day(date);
        if info.estimated {
            self.estimated_years.insert(date.year());
        }
        if let Coverage::User(origin) = self.cal.coverage(date.year()) {
            self.user_years.insert(date.year(), origin);
        }
        info.is_working()
    }

    /// The next working day strictly after (`forward`) or the working day on
    /// or before (`!forward`) `from`.
    fn find_working(
        &mut self,
        from: NaiveDate,
        forward: bool,
    ) -> Result<NaiveDate, PublicityError> {
        let mut date = from;
        for _ in 0..MAX_SCAN_DAYS {
            if forward {
                date = step(date, true)?;
                if self.is_working(date) {
                    return Ok(date);
                }
            } else {
                if self.is_working(date) {
                    return Ok(date);
                }
                date = step(date, false)?;
            }
        }
        Err(PublicityError::NoWorkingDays(from))
    }
}

fn check_days(n: u32) -> Result<(), PublicityError> {
    if (1..=MAX_WORKING_DAYS).contains(&n) {
        Ok(())
    } else {
        Err(PublicityError::WorkingDays(n))
    }
}

fn check_range(date: NaiveDate) -> Result<NaiveDate, PublicityError> {
    if dates::is_supported(date) {
        Ok(date)
    } else {
        Err(PublicityError::OutOfRange(date))
    }
}

/// One calendar day later or earlier, staying within the supported years.
fn step(date: NaiveDate, forward: bool) -> Result<NaiveDate, PublicityError> {
    let next = if forward {
        date.checked_add_days(Days::new(1))
    } else {
        date.checked_sub_days(Days::new(1))
    };
    next.ok_or(PublicityError::OutOfRange(date))
        .and_then(check_range)
}

/// The publicity posted on `posted` lasting `working_days` working days.
///
/// Implements 「六、申报流程」(三): counting starts the day after posting; the
/// end day is the `working_days`-th working day strictly after `posted`.
///
/// # Errors
///
/// [`PublicityError::WorkingDays`] unless `1 <= working_days <= 30`;
/// [`PublicityError::OutOfRange`] for dates outside the supported years.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::{calendar::Calendar, publicity::period_from_posting};
///
/// // Posted the Friday before 国庆 2024: Sunday 09-29 is worked, 10-01..07 off.
/// let posted = NaiveDate::from_ymd_opt(2024, 9, 27).unwrap();
/// let period = period_from_posting(&Calendar::official(), posted, 5).unwrap();
/// assert_eq!(period.end_day(), NaiveDate::from_ymd_opt(2024, 10, 10).unwrap());
/// ```
pub fn period_from_posting(
    cal: &Calendar,
    posted: NaiveDate,
    working_days: u32,
) -> Result<Period, PublicityError> {
    check_days(working_days)?;
    check_range(posted)?;
    let mut walk = Walk::new(cal);
    let mut counted = Vec::with_capacity(working_days as usize);
    let mut date = posted;
    while counted.len() < working_days as usize {
        date = walk.find_working(date, true)?;
        counted.push(date);
    }
    Ok(Period {
        posted,
        counted,
        estimated_years: walk.estimated_years,
        user_years: walk.user_years,
    })
}

/// The latest posting day whose publicity of `working_days` working days
/// ends on or before `end_by`.
///
/// Counting back from `end_by` (itself included when it is a working day),
/// the `working_days`-th working day is the first day counted; the posting
/// day is the calendar day before it. Posting one day later would end after
/// `end_by`.
///
/// # Errors
///
/// As [`period_from_posting`].
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::{calendar::Calendar, publicity::latest_posting};
///
/// // Files leave on 2024-07-26, so the publicity must end by 07-25.
/// let end_by = NaiveDate::from_ymd_opt(2024, 7, 25).unwrap();
/// let plan = latest_posting(&Calendar::official(), end_by, 5).unwrap();
/// assert_eq!(plan.latest_posting, NaiveDate::from_ymd_opt(2024, 7, 18).unwrap());
/// ```
pub fn latest_posting(
    cal: &Calendar,
    end_by: NaiveDate,
    working_days: u32,
) -> Result<LatestPosting, PublicityError> {
    check_days(working_days)?;
    check_range(end_by)?;
    let mut walk = Walk::new(cal);
    let mut first_counted = walk.find_working(end_by, false)?;
    for _ in 1..working_days {
        first_counted = walk.find_working(step(first_counted, false)?, false)?;
    }
    let latest_posting = step(first_counted, false)?;
    let latest_posting_workday = walk.find_working(latest_posting, false)?;
    let period = period_from_posting(cal, latest_posting, working_days)?;
    let mut estimated_years = walk.estimated_years;
    estimated_years.extend(period.estimated_years.iter().copied());
    let mut user_years = walk.user_years;
    user_years.extend(period.user_years.iter().map(|(y, o)| (*y, *o)));
    Ok(LatestPosting {
        end_by,
        latest_posting,
        latest_posting_workday,
        period,
        estimated_years,
        user_years,
    })
}

/// The sentence that labels a result resting on the user's holiday data
/// (非官方), naming each year and how it was given; `None` when none.
///
/// ```
/// use pingshen::domain::calendar::UserOrigin;
/// use pingshen::domain::publicity::user_data_note;
/// use std::collections::BTreeMap;
/// let mut years = BTreeMap::new();
/// years.insert(2027, UserOrigin::PastedNotice);
/// assert_eq!(
///     user_data_note(&years).unwrap(),
///     "结果用到了非官方的节假日数据：2027 年据粘贴的国务院通知（非官方），请以国务院正式公布的安排为准。"
/// );
/// ```
pub fn user_data_note(user_years: &BTreeMap<i32, UserOrigin>) -> Option<String> {
    if user_years.is_empty() {
        return None;
    }
    let parts: Vec<String> = user_years
        .iter()
        .map(|(year, origin)| format!("{year} 年{}", origin.label()))
        .collect();
    Some(format!(
        "结果用到了非官方的节假日数据：{}，请以国务院正式公布的安排为准。",
        parts.join("；")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::test_dates::d;

    /// Worked by hand from 「六、申报流程」(三) (5 working days counted from
    /// the day after posting) and the State Council schedules
    /// (`data/holiday-cn/2024.json`, `2025.json`).
    #[test]
    fn worked_examples_forward() {
        let cal = Calendar::official();
        let table = [
            (
                d(2024, 7, 24),
                d(2024, 7, 25),
                d(2024, 7, 31),
                7,
                "ordinary week",
            ),
            (
                d(2024, 2, 8),
                d(2024, 2, 9),
                d(2024, 2, 21),
                13,
                "除夕 worked, 春节 off, 02-18 worked",
            ),
            (
                d(2024, 9, 27),
                d(2024, 9, 29),
                d(2024, 10, 10),
                13,
                "09-29 worked, 国庆 off",
            ),
            (
                d(2024, 12, 27),
                d(2024, 12, 30),
                d(2025, 1, 6),
                10,
                "crosses the year",
            ),
            // Posted on a Saturday: counting starts the next working day.
            (
                d(2024, 7, 27),
                d(2024, 7, 29),
                d(2024, 8, 2),
                6,
                "posted on a Saturday",
            ),
            // Posted on a day off: the make-up Saturday 10-12 counts.
            (
                d(2024, 10, 3),
                d(2024, 10, 8),
                d(2024, 10, 12),
                9,
                "posted during 国庆",
            ),
        ];
        for (posted, first, end, span, why) in table {
            let p = period_from_posting(&cal, posted, 5).unwrap();
            assert_eq!(p.first_day(), first, "{why}");
            assert_eq!(p.end_day(), end, "{why}");
            assert_eq!(p.calendar_days(), span, "{why}");
            assert_eq!(p.counted.len(), 5);
            assert!(!p.is_estimated(), "{why}");
        }
    }

    #[test]
    fn the_counted_days_are_exactly_the_working_days_after_posting() {
        let cal = Calendar::official();
        let p = period_from_posting(&cal, d(2024, 2, 8), 5).unwrap();
        assert_eq!(
            p.counted,
            [
                d(2024, 2, 9),
                d(2024, 2, 18),
                d(2024, 2, 19),
                d(2024, 2, 20),
                d(2024, 2, 21)
            ]
        );
    }

    #[test]
    fn worked_examples_backward() {
        let cal = Calendar::official();
        // (end by, latest posting, latest posting on a working day)
        let table = [
            (d(2024, 7, 31), d(2024, 7, 24), d(2024, 7, 24)),
            (d(2024, 7, 25), d(2024, 7, 18), d(2024, 7, 18)),
            // Must end by Saturday 07-27: Friday 07-26 is the 5th day.
            (d(2024, 7, 27), d(2024, 7, 21), d(2024, 7, 19)),
            (d(2024, 10, 10), d(2024, 9, 28), d(2024, 9, 27)),
            (d(2024, 2, 21), d(2024, 2, 8), d(2024, 2, 8)),
            // Must end by 02-17 (off): the 5th working day back from it is 02-05.
            (d(2024, 2, 17), d(2024, 2, 4), d(2024, 2, 4)),
            (d(2025, 1, 6), d(2024, 12, 29), d(2024, 12, 27)),
        ];
        for (end_by, latest, workday) in table {
            let plan = latest_posting(&cal, end_by, 5).unwrap();
            assert_eq!(plan.latest_posting, latest, "end by {end_by}");
            assert_eq!(plan.latest_posting_workday, workday, "end by {end_by}");
            assert!(plan.period.end_day() <= end_by);
        }
    }

    /// For every day E of 2024–2026 and several N: posting on
    /// `latest_posting(E)` ends by E, and posting a day later ends after E;
    /// the latest working day to post is a working day of the official files
    /// (read without [`Calendar`]) with none of them after it up to the
    /// latest posting.
    #[test]
    fn round_trip_every_day_2024_to_2026() {
        let cal = Calendar::official();
        let working: BTreeSet<NaiveDate> = working_days_from_the_data_files().into_iter().collect();
        let mut checked = 0;
        for end_by in d(2024, 1, 1).iter_days().take_while(|x| x.year() <= 2026) {
            for n in [1, 5, 10] {
                let plan = latest_posting(&cal, end_by, n).unwrap();
                assert!(plan.period.end_day() <= end_by, "{end_by} n={n}");
                let later =
                    period_from_posting(&cal, step(plan.latest_posting, true).unwrap(), n).unwrap();
                assert!(later.end_day() > end_by, "{end_by} n={n}");
                assert!(working.contains(&plan.latest_posting_workday));
                assert!(plan.latest_posting_workday <= plan.latest_posting);
                // No working day lies strictly between the two.
                for between in plan
                    .latest_posting_workday
                    .iter_days()
                    .skip(1)
                    .take_while(|x| *x <= plan.latest_posting)
                {
                    assert!(!working.contains(&between), "{between}");
                }
                checked += 1;
            }
        }
        assert_eq!(checked, 3 * (366 + 365 + 365));
    }

    /// Posting day → the five working days counted, worked out by hand from
    /// `data/holiday-cn/2024.json` (and 2025.json for the last two rows):
    /// counting starts the day after posting (「六、申报流程」(三)), skips
    /// weekends and listed days off, and counts listed make-up days.
    #[test]
    fn forward_table_by_hand_2024() {
        let cal = Calendar::official();
        let table = [
            // Wed; an ordinary week: Thu, Fri, Mon–Wed.
            (
                d(2024, 7, 24),
                [
                    d(2024, 7, 25),
                    d(2024, 7, 26),
                    d(2024, 7, 29),
                    d(2024, 7, 30),
                    d(2024, 7, 31),
                ],
            ),
            // Fri; 12-30/31 a weekend, 元旦 Mon 01-01 off: Tue 01-02 .. Fri 01-05, Mon 01-08.
            (
                d(2023, 12, 29),
                [
                    d(2024, 1, 2),
                    d(2024, 1, 3),
                    d(2024, 1, 4),
                    d(2024, 1, 5),
                    d(2024, 1, 8),
                ],
            ),
            // Fri; Sat 02-03 off, Sun 02-04 a make-up day (1), Mon 02-05 .. Thu 02-08.
            (
                d(2024, 2, 2),
                [
                    d(2024, 2, 4),
                    d(2024, 2, 5),
                    d(2024, 2, 6),
                    d(2024, 2, 7),
                    d(2024, 2, 8),
                ],
            ),
            // Thu; Fri 02-09 (1), 春节 02-10..17 off, Sun 02-18 make-up (2), 02-19..21.
            (
                d(2024, 2, 8),
                [
                    d(2024, 2, 9),
                    d(2024, 2, 18),
                    d(2024, 2, 19),
                    d(2024, 2, 20),
                    d(2024, 2, 21),
                ],
            ),
            // Mon; Tue 04-02, Wed 04-03, 清明 04-04..06 off, Sun 04-07 make-up, Mon 04-08, Tue 04-09.
            (
                d(2024, 4, 1),
                [
                    d(2024, 4, 2),
                    d(2024, 4, 3),
                    d(2024, 4, 7),
                    d(2024, 4, 8),
                    d(2024, 4, 9),
                ],
            ),
            // Fri; Sat 04-27 off, Sun 04-28 make-up, Mon 04-29, Tue 04-30,
            // 劳动节 05-01..05 off, Mon 05-06, Tue 05-07.
            (
                d(2024, 4, 26),
                [
                    d(2024, 4, 28),
                    d(2024, 4, 29),
                    d(2024, 4, 30),
                    d(2024, 5, 6),
                    d(2024, 5, 7),
                ],
            ),
            // Mon; Tue 05-07 .. Fri 05-10, then Sat 05-11 a make-up day ends it.
            (
                d(2024, 5, 6),
                [
                    d(2024, 5, 7),
                    d(2024, 5, 8),
                    d(2024, 5, 9),
                    d(2024, 5, 10),
                    d(2024, 5, 11),
                ],
            ),
            // Wed; Thu 06-06, Fri 06-07, weekend, 端午 Mon 06-10 off, Tue 06-11 .. Thu 06-13.
            (
                d(2024, 6, 5),
                [
                    d(2024, 6, 6),
                    d(2024, 6, 7),
                    d(2024, 6, 11),
                    d(2024, 6, 12),
                    d(2024, 6, 13),
                ],
            ),
            // Wed; Thu 09-12, Fri 09-13, Sat 09-14 make-up, 中秋 09-15..17 off, Wed 09-18, Thu 09-19.
            (
                d(2024, 9, 11),
                [
                    d(2024, 9, 12),
                    d(2024, 9, 13),
                    d(2024, 9, 14),
                    d(2024, 9, 18),
                    d(2024, 9, 19),
                ],
            ),
            // Fri; Sat 09-28 off, Sun 09-29 make-up (1), Mon 09-30 (2),
            // 国庆 10-01..07 off, Tue 10-08 (3), Wed 10-09 (4), Thu 10-10 (5).
            (
                d(2024, 9, 27),
                [
                    d(2024, 9, 29),
                    d(2024, 9, 30),
                    d(2024, 10, 8),
                    d(2024, 10, 9),
                    d(2024, 10, 10),
                ],
            ),
            // Thu 10-03, during 国庆: Tue 10-08 .. Fri 10-11, Sat 10-12 make-up.
            (
                d(2024, 10, 3),
                [
                    d(2024, 10, 8),
                    d(2024, 10, 9),
                    d(2024, 10, 10),
                    d(2024, 10, 11),
                    d(2024, 10, 12),
                ],
            ),
            // Fri; Mon 12-30, Tue 12-31, 元旦 2025-01-01 off, Thu 01-02, Fri 01-03, Mon 01-06.
            (
                d(2024, 12, 27),
                [
                    d(2024, 12, 30),
                    d(2024, 12, 31),
                    d(2025, 1, 2),
                    d(2025, 1, 3),
                    d(2025, 1, 6),
                ],
            ),
            // Fri; Sat 01-25 off, Sun 01-26 make-up, Mon 01-27, 春节 01-28..02-04
            // off, Wed 02-05 .. Fri 02-07 (2025.json).
            (
                d(2025, 1, 24),
                [
                    d(2025, 1, 26),
                    d(2025, 1, 27),
                    d(2025, 2, 5),
                    d(2025, 2, 6),
                    d(2025, 2, 7),
                ],
            ),
        ];
        for (posted, counted) in table {
            let p = period_from_posting(&cal, posted, 5).unwrap();
            assert_eq!(p.counted, counted, "posted {posted}");
            assert_eq!(p.end_day(), counted[4], "posted {posted}");
            assert!(!p.is_estimated(), "posted {posted}");
        }
    }

    /// The working days of 2023–2026 read straight from the official files
    /// with `serde_json`, not through [`Calendar`]: a day listed with
    /// `isOffDay` is off (false) or a make-up working day (true); any other
    /// day is worked Monday to Friday.
    fn working_days_from_the_data_files() -> Vec<NaiveDate> {
        let files = [
            include_str!("../../data/holiday-cn/2023.json"),
            include_str!("../../data/holiday-cn/2024.json"),
            include_str!("../../data/holiday-cn/2025.json"),
            include_str!("../../data/holiday-cn/2026.json"),
        ];
        let mut listed = BTreeMap::new();
        for file in files {
            let json: serde_json::Value = serde_json::from_str(file).unwrap();
            for day in json["days"].as_array().unwrap() {
                let date: NaiveDate = day["date"].as_str().unwrap().parse().unwrap();
                listed.insert(date, !day["isOffDay"].as_bool().unwrap());
            }
        }
        d(2023, 1, 1)
            .iter_days()
            .take_while(|x| x.year() <= 2026)
            .filter(|x| {
                listed.get(x).copied().unwrap_or(!matches!(
                    x.weekday(),
                    chrono::Weekday::Sat | chrono::Weekday::Sun
                ))
            })
            .collect()
    }

    /// Every posting day from 2024-01-01 to 2026-12-24 (the last whose five
    /// days stay in 2026: Fri 12-25, Mon 12-28 .. Thu 12-31): the days
    /// counted are the five working days of the files that follow it.
    #[test]
    fn forward_every_posting_day_2024_to_2026_against_the_data_files() {
        let working = working_days_from_the_data_files();
        // The files' own counts, worked out by hand: 2024 has 262 weekdays,
        // 19 of them off (元旦 1, 春节 5, 清明 2, 劳动节 3, 端午 1, 中秋 2,
        // 国庆 5), and 8 make-up weekend days: 262 − 19 + 8 = 251. 2025: 261
        // weekdays − 18 off + 5 make-up = 248. 2026: 261 − 19 + 6 = 248.
        for (year, count) in [(2024, 251), (2025, 248), (2026, 248)] {
            assert_eq!(
                working.iter().filter(|x| x.year() == year).count(),
                count,
                "{year} in the files"
            );
        }
        let cal = Calendar::official();
        for posted in d(2024, 1, 1)
            .iter_days()
            .take_while(|x| *x <= d(2026, 12, 24))
        {
            let next = working.partition_point(|x| *x <= posted);
            let p = period_from_posting(&cal, posted, 5).unwrap();
            assert_eq!(p.counted, working[next..next + 5], "posted {posted}");
        }
    }

    /// Two whole years declared off by the user (2027 and 2028, as holiday
    /// files): no working day lies within the 400 days a search may walk, so
    /// both directions give up with [`PublicityError::NoWorkingDays`] naming
    /// the day the search started from.
    #[test]
    fn two_years_off_find_no_working_day() {
        use crate::domain::calendar::{Source, YearSchedule};
        let all_off = |year: i32| {
            let days: Vec<String> = d(year, 1, 1)
                .iter_days()
                .take_while(|x| x.year() == year)
                .map(|x| format!(r#"{{"name":"假","date":"{x}","isOffDay":true}}"#))
                .collect();
            let json = format!(r#"{{"year":{year},"days":[{}]}}"#, days.join(","));
            YearSchedule::parse_holiday_cn(&json, Source::User(UserOrigin::File)).unwrap()
        };
        let mut cal = Calendar::official();
        cal.add(all_off(2027));
        cal.add(all_off(2028));
        // Thu 2026-12-31 is a working day, but the search starts after it.
        let forward = period_from_posting(&cal, d(2026, 12, 31), 1).unwrap_err();
        assert_eq!(forward, PublicityError::NoWorkingDays(d(2026, 12, 31)));
        assert_eq!(
            forward.to_string(),
            "从 2026-12-31 起一年多内找不到工作日，请检查自行添加的节假日数据"
        );
        // Back from 2028-12-31: 400 days reach only 2027-11-27, still off.
        let backward = latest_posting(&cal, d(2028, 12, 31), 1).unwrap_err();
        assert_eq!(backward, PublicityError::NoWorkingDays(d(2028, 12, 31)));
        // Either side of the two years still works: posted 2026-12-30 ends
        // on Thu 2026-12-31.
        let p = period_from_posting(&cal, d(2026, 12, 30), 1).unwrap();
        assert_eq!(p.end_day(), d(2026, 12, 31));
    }

    #[test]
    fn user_holiday_data_is_named_in_the_result() {
        use crate::domain::calendar::{SpecialDay, YearSchedule};
        let day = |date| {
            (
                date,
                SpecialDay {
                    name: "元旦".into(),
                    off: true,
                },
            )
        };
        for (origin, estimated) in [(UserOrigin::File, false), (UserOrigin::SingleDays, true)] {
            let schedule = YearSchedule::user(2027, origin, [day(d(2027, 1, 1))]).unwrap();
            let cal = Calendar::with_user_years([schedule]);
            // Posted Tue 2026-12-29: 12-30, 12-31, (01-01 off, weekend), 01-04, 01-05, 01-06.
            let p = period_from_posting(&cal, d(2026, 12, 29), 5).unwrap();
            assert_eq!(p.end_day(), d(2027, 1, 6));
            assert_eq!(
                p.user_years
                    .iter()
                    .map(|(y, o)| (*y, *o))
                    .collect::<Vec<_>>(),
                [(2027, origin)]
            );
            assert_eq!(p.is_estimated(), estimated, "{origin:?}");
            assert!(user_data_note(&p.user_years).unwrap().contains("2027 年"));
            let plan = latest_posting(&cal, d(2027, 1, 6), 5).unwrap();
            assert!(plan.user_years.iter().any(|(y, _)| *y == 2027));
        }
        let official = period_from_posting(&Calendar::official(), d(2024, 7, 24), 5).unwrap();
        assert!(official.user_years.is_empty());
        assert_eq!(user_data_note(&official.user_years), None);
    }

    #[test]
    fn estimated_years_are_carried_into_the_result() {
        let cal = Calendar::official();
        let p = period_from_posting(&cal, d(2026, 12, 29), 5).unwrap();
        assert_eq!(
            p.estimated_years.iter().copied().collect::<Vec<_>>(),
            [2027]
        );
        let p = period_from_posting(&cal, d(2026, 12, 1), 5).unwrap();
        assert!(!p.is_estimated());
        let plan = latest_posting(&cal, d(2027, 1, 5), 5).unwrap();
        assert!(plan.is_estimated());
        let plan = latest_posting(&cal, d(2030, 7, 31), 5).unwrap();
        assert_eq!(
            plan.estimated_years.iter().copied().collect::<Vec<_>>(),
            [2030]
        );
    }

    #[test]
    fn bad_inputs_are_errors_not_panics() {
        let cal = Calendar::official();
        assert_eq!(
            period_from_posting(&cal, d(2024, 7, 24), 0),
            Err(PublicityError::WorkingDays(0))
        );
        assert_eq!(
            latest_posting(&cal, d(2024, 7, 24), 31),
            Err(PublicityError::WorkingDays(31))
        );
        assert!(matches!(
            period_from_posting(&cal, d(1999, 12, 31), 5),
            Err(PublicityError::OutOfRange(_))
        ));
        assert!(matches!(
            period_from_posting(&cal, d(2099, 12, 30), 5),
            Err(PublicityError::OutOfRange(_))
        ));
        assert!(matches!(
            latest_posting(&cal, d(2000, 1, 3), 5),
            Err(PublicityError::OutOfRange(_))
        ));
        let msg = PublicityError::WorkingDays(0).to_string();
        assert!(msg.contains("不少于 5 个工作日"), "{msg}");
    }

    #[test]
    fn a_schedule_with_no_working_days_ends_the_search() {
        let mut json = String::from(r#"{"year":2027,"days":["#);
        let days: Vec<String> = d(2027, 1, 1)
            .iter_days()
            .take_while(|x| x.year() == 2027)
            .map(|x| format!(r#"{{"name":"假","date":"{x}","isOffDay":true}}"#))
            .collect();
        json.push_str(&days.join(","));
        json.push_str("]}");
        let mut cal = Calendar::official();
        cal.add(
            crate::domain::calendar::YearSchedule::parse_holiday_cn(
                &json,
                crate::domain::calendar::Source::User(crate::domain::calendar::UserOrigin::File),
            )
            .unwrap(),
        );
        // 2028 is estimated Mon–Fri, so the search still ends.
        let p = period_from_posting(&cal, d(2026, 12, 31), 1).unwrap();
        assert_eq!(p.first_day(), d(2028, 1, 3));
        let plan = latest_posting(&cal, d(2027, 6, 1), 1);
        assert_eq!(plan.unwrap().period.first_day(), d(2026, 12, 31));
    }
}
