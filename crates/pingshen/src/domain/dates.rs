//! Dates as people type and read them, and the day in China at an instant
//! (the clock itself is read in `browser::clock`).

use std::fmt;
use std::ops::RangeInclusive;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Utc, Weekday};

/// The years the tools accept.
pub const SUPPORTED_YEARS: RangeInclusive<i32> = 2000..=2099;

/// Whether `date` lies in [`SUPPORTED_YEARS`].
pub fn is_supported(date: NaiveDate) -> bool {
    SUPPORTED_YEARS.contains(&date.year())
}

/// Why a typed date was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Nothing was entered.
    Empty,
    /// Not of the form `YYYY-MM-DD`, or no such day (2024-02-30).
    Invalid(String),
    /// A real date outside [`SUPPORTED_YEARS`].
    OutOfRange(NaiveDate),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "请填写日期"),
            Self::Invalid(s) => write!(
                f,
                "“{}”不是有效日期，请按 年-月-日 填写，例如 2024-07-24",
                shorten(s)
            ),
            Self::OutOfRange(d) => write!(
                f,
                "{} 超出支持范围：请填写 {}–{} 年之间的日期",
                d,
                SUPPORTED_YEARS.start(),
                SUPPORTED_YEARS.end()
            ),
        }
    }
}

impl std::error::Error for DateError {}

/// Cuts a user's text to a length that fits in a message.
pub fn shorten(s: &str) -> String {
    const MAX: usize = 24;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        s.chars().take(MAX).chain("…".chars()).collect()
    }
}

/// Parses a date written `YYYY-MM-DD` (exactly four, two and two digits).
///
/// # Errors
///
/// [`DateError`] for empty text, malformed text, a day that does not exist,
/// or a year outside [`SUPPORTED_YEARS`].
///
/// # Example
///
/// ```
/// use pingshen::domain::dates::parse_date;
/// assert!(parse_date("2024-02-29").is_ok());
/// assert!(parse_date("2024-02-30").is_err());
/// assert!(parse_date("1999-12-31").is_err());
/// ```
pub fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DateError::Empty);
    }
    let date = parse_ymd(text).ok_or_else(|| DateError::Invalid(text.to_string()))?;
    if is_supported(date) {
        Ok(date)
    } else {
        Err(DateError::OutOfRange(date))
    }
}

/// Parses an optional date field: blank text is no date, anything else
/// must be a date ([`parse_date`]).
///
/// # Errors
///
/// [`DateError`] for text that is not blank and not a supported date.
///
/// ```
/// use pingshen::domain::dates::parse_optional_date;
/// assert_eq!(parse_optional_date("  "), Ok(None));
/// assert_eq!(parse_optional_date("2024-07-24").unwrap().unwrap().to_string(), "2024-07-24");
/// assert!(parse_optional_date("明天").is_err());
/// ```
pub fn parse_optional_date(text: &str) -> Result<Option<NaiveDate>, DateError> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse_date(text).map(Some)
    }
}

/// The value of a date field (`YYYY-MM-DD`) showing `date`; empty for none.
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::dates::input_value;
/// assert_eq!(input_value(NaiveDate::from_ymd_opt(2024, 7, 1)), "2024-07-01");
/// assert_eq!(input_value(None), "");
/// ```
pub fn input_value(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// The first and last days a date field offers (its `min` and `max`): those
/// of [`SUPPORTED_YEARS`].
///
/// ```
/// use pingshen::domain::dates::input_bounds;
/// assert_eq!(input_bounds(), ("2000-01-01".to_string(), "2099-12-31".to_string()));
/// ```
pub fn input_bounds() -> (String, String) {
    (
        format!("{}-01-01", SUPPORTED_YEARS.start()),
        format!("{}-12-31", SUPPORTED_YEARS.end()),
    )
}

/// Reads exactly `YYYY-MM-DD` (digits and dashes) as a real calendar date.
/// Written by hand rather than with chrono's format parser, which would
/// add its whole parsing machinery to the download.
///
/// ```
/// use pingshen::domain::dates::parse_ymd;
/// assert_eq!(parse_ymd("2024-02-29").unwrap().to_string(), "2024-02-29");
/// assert_eq!(parse_ymd("2023-02-29"), None);
/// assert_eq!(parse_ymd("2024-2-9"), None);
/// ```
pub fn parse_ymd(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shape_ok {
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        bytes[range]
            .iter()
            .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'))
    };
    NaiveDate::from_ymd_opt(number(0..4) as i32, number(5..7), number(8..10))
}

/// Reads a stored `YYYY-MM-DD` date through [`parse_ymd`] (serde's
/// `deserialize_with`): the stored format is exactly the one the app
/// writes, and a bad date is named in Chinese.
///
/// ```
/// #[derive(serde::Deserialize)]
/// struct Day {
///     #[serde(deserialize_with = "pingshen::domain::dates::ymd")]
///     date: chrono::NaiveDate,
/// }
/// assert!(serde_json::from_str::<Day>(r#"{"date":"2024-02-29"}"#).is_ok());
/// let error = serde_json::from_str::<Day>(r#"{"date":"2024-02-30"}"#).err().unwrap();
/// assert!(error.to_string().starts_with("无效日期 2024-02-30"));
/// ```
///
/// # Errors
///
/// When the value is not a string or not a real date in that form.
pub fn ymd<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
    parse_ymd(&text).ok_or_else(|| serde::de::Error::custom(format_args!("无效日期 {text}")))
}

/// As [`ymd`], for an optional date (`null` or missing: `None`).
///
/// # Errors
///
/// As [`ymd`].
pub fn ymd_opt<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<NaiveDate>, D::Error> {
    let text =
        <Option<std::borrow::Cow<'de, str>> as serde::Deserialize>::deserialize(deserializer)?;
    text.map(|text| {
        parse_ymd(&text).ok_or_else(|| serde::de::Error::custom(format_args!("无效日期 {text}")))
    })
    .transpose()
}

/// `周一` … `周日`.
pub fn weekday_zh(date: NaiveDate) -> &'static str {
    match date.weekday() {
        Weekday::Mon => "周一",
        Weekday::Tue => "周二",
        Weekday::Wed => "周三",
        Weekday::Thu => "周四",
        Weekday::Fri => "周五",
        Weekday::Sat => "周六",
        Weekday::Sun => "周日",
    }
}

/// `2024年7月31日（周三）`.
pub fn long_zh(date: NaiveDate) -> String {
    format!(
        "{}年{}月{}日（{}）",
        date.year(),
        date.month(),
        date.day(),
        weekday_zh(date)
    )
}

/// `7月31日`.
pub fn month_day_zh(date: NaiveDate) -> String {
    format!("{}月{}日", date.month(), date.day())
}

/// `7月31日` in `today`'s year, `2024年7月31日` in another: a date of
/// another year never passes for this year's.
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::dates::month_day_as_of;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(month_day_as_of(d(2024, 7, 31), d(2024, 12, 1)), "7月31日");
/// assert_eq!(month_day_as_of(d(2024, 7, 31), d(2026, 12, 2)), "2024年7月31日");
/// ```
pub fn month_day_as_of(date: NaiveDate, today: NaiveDate) -> String {
    if date.year() == today.year() {
        month_day_zh(date)
    } else {
        format!("{}年{}", date.year(), month_day_zh(date))
    }
}

/// `YYYYMMDD`, written by hand (chrono's `format` would bring its formatter
/// into the download).
///
/// ```
/// use chrono::NaiveDate;
/// assert_eq!(pingshen::domain::dates::compact(NaiveDate::from_ymd_opt(2024, 8, 9).unwrap()), "20240809");
/// ```
pub fn compact(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// An instant in UTC as `YYYY-MM-DDTHH:MM:SSZ` (RFC 3339), or with
/// `basic`, `YYYYMMDDTHHMMSSZ` (the iCalendar form).
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use pingshen::domain::dates::utc_stamp;
/// let t = Utc.with_ymd_and_hms(2026, 11, 28, 5, 0, 9).unwrap();
/// assert_eq!(utc_stamp(t, false), "2026-11-28T05:00:09Z");
/// assert_eq!(utc_stamp(t, true), "20261128T050009Z");
/// ```
pub fn utc_stamp(at: DateTime<Utc>, basic: bool) -> String {
    use chrono::Timelike;
    let (d, t) = (at.date_naive(), at.time());
    let (dash, colon) = if basic { ("", "") } else { ("-", ":") };
    format!(
        "{:04}{dash}{:02}{dash}{:02}T{:02}{colon}{:02}{colon}{:02}Z",
        d.year(),
        d.month(),
        d.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// The calendar date in China (UTC+8, no daylight saving) at instant `now`,
/// whatever the device's own time zone.
///
/// # Example
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use pingshen::domain::dates::china_date_at;
/// // 17:00 UTC on 07-31 is already 01:00 on 08-01 in Beijing.
/// let now = Utc.with_ymd_and_hms(2024, 7, 31, 17, 0, 0).unwrap();
/// assert_eq!(china_date_at(now).to_string(), "2024-08-01");
/// ```
pub fn china_date_at(now: DateTime<Utc>) -> NaiveDate {
    let china = FixedOffset::east_opt(8 * 3600).expect("UTC+8 is a valid offset");
    now.with_timezone(&china).date_naive()
}

/// Milliseconds from instant `now` to the next midnight in China (UTC+8,
/// no daylight saving), whatever the device's own time zone: when "today"
/// next changes. At midnight itself that is the following one, so the
/// result is always 1 to 86 400 000 (a day), never 0.
///
/// # Example
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use pingshen::domain::dates::ms_until_china_midnight;
/// // 15:50 UTC on 08-09 is 23:50 in Beijing: ten minutes to go.
/// let now = Utc.with_ymd_and_hms(2024, 8, 9, 15, 50, 0).unwrap();
/// assert_eq!(ms_until_china_midnight(now), 10 * 60 * 1000);
/// ```
pub fn ms_until_china_midnight(now: DateTime<Utc>) -> u32 {
    const DAY_MS: i64 = 24 * 3600 * 1000;
    const CHINA_OFFSET_MS: i64 = 8 * 3600 * 1000;
    let since_china_midnight = (now.timestamp_millis() + CHINA_OFFSET_MS).rem_euclid(DAY_MS);
    // Within 1..=DAY_MS, which fits a u32.
    u32::try_from(DAY_MS - since_china_midnight).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn date_fields_offer_the_supported_years() {
        let (min, max) = input_bounds();
        assert_eq!(parse_date(&min).map(is_supported), Ok(true));
        assert_eq!(parse_date(&max).map(is_supported), Ok(true));
        assert!(!is_supported(parse_ymd(&min).unwrap().pred_opt().unwrap()));
        assert!(!is_supported(parse_ymd(&max).unwrap().succ_opt().unwrap()));
    }

    #[test]
    fn optional_date_fields_table() {
        use crate::domain::test_dates::d;
        let table = [
            ("", Ok(None)),
            ("   ", Ok(None)),
            ("2024-07-24", Ok(Some(d(2024, 7, 24)))),
            (" 2024-07-24 ", Ok(Some(d(2024, 7, 24)))),
            ("2024-02-30", Err(DateError::Invalid("2024-02-30".into()))),
            ("1999-12-31", Err(DateError::OutOfRange(d(1999, 12, 31)))),
        ];
        for (text, expected) in table {
            assert_eq!(parse_optional_date(text), expected, "{text:?}");
            if let Ok(date) = expected {
                let shown = input_value(date);
                assert_eq!(parse_optional_date(&shown), Ok(date), "{shown}");
            }
        }
    }

    #[test]
    fn parse_table() {
        let ok = [
            "2024-07-24",
            "2024-02-29",
            "2000-01-01",
            "2099-12-31",
            " 2024-07-24 ",
        ];
        for s in ok {
            assert!(parse_date(s).is_ok(), "{s}");
        }
        let bad = [
            ("", "请填写"),
            ("abc", "不是有效日期"),
            ("2024-02-30", "不是有效日期"),
            ("2023-02-29", "不是有效日期"),
            ("2024-13-01", "不是有效日期"),
            ("2024-7-24", "不是有效日期"),
            ("+2024-07-2", "不是有效日期"),
            ("２０２４-07-24", "不是有效日期"),
            ("1999-12-31", "超出支持范围"),
            ("2100-01-01", "超出支持范围"),
            ("<script>alert(1)</script>", "不是有效日期"),
        ];
        for (s, expected) in bad {
            let err = parse_date(s).unwrap_err().to_string();
            assert!(err.contains(expected), "{s}: {err}");
        }
    }

    #[test]
    fn long_input_is_shortened_in_messages() {
        let long = "x".repeat(1000);
        let msg = parse_date(&long).unwrap_err().to_string();
        assert!(msg.chars().count() < 80, "{msg}");
    }

    #[test]
    fn china_today_across_the_utc_day_boundary() {
        let table = [
            (
                Utc.with_ymd_and_hms(2024, 7, 31, 15, 59, 59).unwrap(),
                "2024-07-31",
            ),
            (
                Utc.with_ymd_and_hms(2024, 7, 31, 16, 0, 0).unwrap(),
                "2024-08-01",
            ),
            (
                Utc.with_ymd_and_hms(2024, 12, 31, 16, 0, 0).unwrap(),
                "2025-01-01",
            ),
        ];
        for (now, expected) in table {
            assert_eq!(china_date_at(now).to_string(), expected);
        }
    }

    #[test]
    fn ms_until_china_midnight_table() {
        let at = |y, mo, d, h, mi, s, ms: i64| {
            Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap() + chrono::Duration::milliseconds(ms)
        };
        const MINUTE: u32 = 60 * 1000;
        let table = [
            // 23:50 in Beijing on the last window day of the 2024 round.
            (at(2024, 8, 9, 15, 50, 0, 0), 10 * MINUTE),
            (at(2024, 8, 9, 15, 59, 30, 0), 30 * 1000),
            (at(2024, 8, 9, 15, 59, 59, 999), 1),
            // Midnight itself: the next change is a whole day away.
            (at(2024, 8, 9, 16, 0, 0, 0), 24 * 60 * MINUTE),
            (at(2024, 8, 9, 16, 0, 0, 1), 24 * 60 * MINUTE - 1),
            // Midnight UTC is 08:00 in Beijing.
            (at(2024, 8, 10, 0, 0, 0, 0), 16 * 60 * MINUTE),
            (at(2024, 12, 31, 15, 59, 0, 0), MINUTE),
            // Before 1970 (a negative timestamp) works the same.
            (at(1969, 12, 31, 15, 0, 0, 0), 60 * MINUTE),
        ];
        for (now, expected) in table {
            let wait = ms_until_china_midnight(now);
            assert_eq!(wait, expected, "{now}");
            // The wait ends exactly when the China date changes.
            let then = now + chrono::Duration::milliseconds(i64::from(wait));
            let just_before = then - chrono::Duration::milliseconds(1);
            assert_eq!(china_date_at(just_before), china_date_at(now), "{now}");
            assert_eq!(
                china_date_at(then),
                china_date_at(now).succ_opt().unwrap(),
                "{now}"
            );
        }
    }

    #[test]
    fn chinese_formats() {
        let date = NaiveDate::from_ymd_opt(2024, 7, 31).unwrap();
        assert_eq!(long_zh(date), "2024年7月31日（周三）");
        assert_eq!(month_day_zh(date), "7月31日");
    }
}
