//! The clock, read here and nowhere else: everything else takes "today" as
//! an argument.

use chrono::{DateTime, NaiveDate, Utc};

/// The current instant.
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// Milliseconds since the Unix epoch, for ids and backup keys.
pub fn now_ms() -> u64 {
    u64::try_from(now().timestamp_millis()).unwrap_or(0)
}

/// Today in China (UTC+8), whatever the device's own time zone.
pub fn china_today() -> NaiveDate {
    crate::domain::dates::china_date_at(now())
}

/// Milliseconds until the next midnight in China: when "today" changes.
pub fn ms_until_china_midnight() -> u32 {
    crate::domain::dates::ms_until_china_midnight(now())
}
