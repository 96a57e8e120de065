//! The one date helper of the unit tests (domain and store alike), so that
//! a test names a day as `d(2024, 7, 31)`.

use chrono::NaiveDate;

/// The day `y-m-day`; panics if there is no such day (a typo in a test).
pub(crate) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
