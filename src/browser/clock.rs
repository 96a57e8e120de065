//! The clock, read here and nowhere else: everything else takes "today" as
//! an argument.

use chrono::{DateTime, NaiveDate, Utc};

/// The current instant.
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// Today in China (UTC+8), whatever the device's own time zone.
pub fn china_today() -> NaiveDate {
    crate::domain::dates::china_date_at(now())
}

/// Milliseconds until the next midnight in China: when "today" changes.
pub fn ms_until_china_midnight() -> u32 {
    crate::domain::dates::ms_until_china_midnight(now())
}
