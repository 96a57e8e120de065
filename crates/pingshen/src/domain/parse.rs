//! Whole numbers as people type them or links carry them, beside the date
//! parsing of [`dates`]: a publicity's working days
//! (`days=`, 「六、申报流程」（三）), the working days left for the seal or
//! review (`seal=`, 「六、申报流程」（四）) and a round's year (`round=`).
//!
//! Only digits are accepted (no sign, no spaces inside): `+5` or `5.0` in a
//! link is refused, not read as 5. The calculator, the timeline, the round
//! switcher, an entered profile and the stored document all read their
//! numbers here, so none of them depends on another for it.
//!
//! # Example
//!
//! ```
//! use pingshen::domain::parse::{parse_days, parse_round, parse_seal_days};
//! assert_eq!(parse_days(" 5 "), Ok(5));
//! assert_eq!(parse_seal_days("0"), Ok(0));
//! assert_eq!(parse_round("2027"), Ok(2027));
//! assert!(parse_days("0").unwrap_err().to_string().contains("超出范围"));
//! ```

use std::fmt;

use crate::domain::dates;
use crate::domain::publicity::{MAX_WORKING_DAYS, NOTICE_MINIMUM_WORKING_DAYS};

/// The most working days the seal or review step before the files leave
/// may take (`seal=`; 「六、申报流程」（四）).
pub const MAX_SEAL_DAYS: u32 = 30;

/// Why a typed or linked number was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// The publicity's working days are not a whole number.
    DaysNotNumber(String),
    /// The publicity's working days are a whole number outside 1–30.
    DaysOutOfRange(String),
    /// The seal days are not a whole number in 0..=[`MAX_SEAL_DAYS`].
    SealDays(String),
    /// The round is not a supported four-digit year.
    Round(String),
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DaysNotNumber(s) => write!(
                f,
                "公示工作日数“{}”不是整数，请填写 1 到 {MAX_WORKING_DAYS} 之间的整数",
                dates::shorten(s)
            ),
            Self::DaysOutOfRange(s) => write!(
                f,
                "公示工作日数 {} 超出范围，请填写 1 到 {MAX_WORKING_DAYS} 之间的整数（2024 年通知要求不少于 {NOTICE_MINIMUM_WORKING_DAYS} 个工作日）",
                dates::shorten(s)
            ),
            Self::SealDays(s) => write!(
                f,
                "盖章/审核所需工作日“{}”无效，请填写 0 到 {MAX_SEAL_DAYS} 之间的整数",
                dates::shorten(s)
            ),
            Self::Round(s) => write!(
                f,
                "评审年度“{}”无效：请写 {}–{} 之间的四位年份，例如 round=2027；现按今天适用的评审年度显示",
                dates::shorten(s),
                dates::SUPPORTED_YEARS.start(),
                dates::SUPPORTED_YEARS.end()
            ),
        }
    }
}

impl std::error::Error for NumberError {}

/// Parses a publicity's number of working days (「六、申报流程」（三）: not
/// fewer than 5 in the 2024 notice): a whole number in
/// 1..=[`MAX_WORKING_DAYS`], spaces around it ignored.
///
/// # Errors
///
/// [`NumberError::DaysNotNumber`] for text that is not digits,
/// [`NumberError::DaysOutOfRange`] for a number outside the range.
///
/// ```
/// use pingshen::domain::parse::{parse_days, NumberError};
/// assert_eq!(parse_days("7"), Ok(7));
/// assert_eq!(parse_days("-1"), Err(NumberError::DaysNotNumber("-1".into())));
/// assert_eq!(parse_days("31"), Err(NumberError::DaysOutOfRange("31".into())));
/// ```
pub fn parse_days(text: &str) -> Result<u32, NumberError> {
    let text = text.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NumberError::DaysNotNumber(text.to_string()));
    }
    match text.parse::<u32>() {
        Ok(n) if (1..=MAX_WORKING_DAYS).contains(&n) => Ok(n),
        _ => Err(NumberError::DaysOutOfRange(text.to_string())),
    }
}

/// Parses the working days left for the competent department's seal or
/// the city's review before the files leave (「六、申报流程」（四））: a
/// whole number in 0..=[`MAX_SEAL_DAYS`].
///
/// # Errors
///
/// [`NumberError::SealDays`] for anything else.
///
/// ```
/// use pingshen::domain::parse::parse_seal_days;
/// assert_eq!(parse_seal_days("2"), Ok(2));
/// assert!(parse_seal_days("31").unwrap_err().to_string().contains("0 到 30"));
/// ```
pub fn parse_seal_days(text: &str) -> Result<u32, NumberError> {
    let trimmed = text.trim();
    match trimmed.parse::<u32>() {
        Ok(n) if trimmed.bytes().all(|b| b.is_ascii_digit()) && n <= MAX_SEAL_DAYS => Ok(n),
        _ => Err(NumberError::SealDays(text.to_string())),
    }
}

/// Parses a `round=` value: a four-digit year (评审年度) within
/// [`SUPPORTED_YEARS`](crate::domain::dates::SUPPORTED_YEARS).
///
/// # Errors
///
/// [`NumberError::Round`] for anything else (`abc`, `1900`, `2024x`).
///
/// ```
/// use pingshen::domain::parse::parse_round;
/// assert_eq!(parse_round("2024"), Ok(2024));
/// assert!(parse_round("02024").is_err());
/// ```
pub fn parse_round(text: &str) -> Result<i32, NumberError> {
    let trimmed = text.trim();
    match trimmed.parse::<i32>() {
        Ok(year)
            if trimmed.len() == 4
                && trimmed.bytes().all(|b| b.is_ascii_digit())
                && dates::SUPPORTED_YEARS.contains(&year) =>
        {
            Ok(year)
        }
        _ => Err(NumberError::Round(text.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn working_days_are_one_to_thirty() {
        // (typed, parsed) — 「六、申报流程」（三）: 5 in 2024; the form allows 1–30.
        let ok = [("1", 1), ("5", 5), (" 30 ", 30), ("007", 7)];
        for (text, n) in ok {
            assert_eq!(parse_days(text), Ok(n), "{text:?}");
        }
        let bad = [
            ("", NumberError::DaysNotNumber(String::new())),
            ("abc", NumberError::DaysNotNumber("abc".into())),
            ("-1", NumberError::DaysNotNumber("-1".into())),
            ("+5", NumberError::DaysNotNumber("+5".into())),
            ("5.0", NumberError::DaysNotNumber("5.0".into())),
            ("0", NumberError::DaysOutOfRange("0".into())),
            ("31", NumberError::DaysOutOfRange("31".into())),
            (
                "99999999999999999999",
                NumberError::DaysOutOfRange("99999999999999999999".into()),
            ),
        ];
        for (text, error) in bad {
            assert_eq!(parse_days(text), Err(error), "{text:?}");
        }
    }

    #[test]
    fn seal_days_are_zero_to_thirty() {
        for (text, n) in [("0", 0), ("2", 2), (" 30", 30)] {
            assert_eq!(parse_seal_days(text), Ok(n), "{text:?}");
        }
        for text in ["31", "-1", "abc", "", "+2"] {
            assert_eq!(
                parse_seal_days(text),
                Err(NumberError::SealDays(text.into())),
                "{text:?}"
            );
        }
    }

    #[test]
    fn rounds_are_four_digit_supported_years() {
        for (text, year) in [("2000", 2000), ("2024", 2024), (" 2099 ", 2099)] {
            assert_eq!(parse_round(text), Ok(year), "{text:?}");
        }
        for text in ["1999", "2100", "02024", "+2024", "2024x", "abc", ""] {
            assert_eq!(
                parse_round(text),
                Err(NumberError::Round(text.into())),
                "{text:?}"
            );
        }
    }

    #[test]
    fn errors_are_in_chinese() {
        let table = [
            (
                NumberError::DaysNotNumber("abc".into()),
                "公示工作日数“abc”不是整数，请填写 1 到 30 之间的整数",
            ),
            (
                NumberError::DaysOutOfRange("0".into()),
                "公示工作日数 0 超出范围，请填写 1 到 30 之间的整数（2024 年通知要求不少于 5 个工作日）",
            ),
            (
                NumberError::SealDays("31".into()),
                "盖章/审核所需工作日“31”无效，请填写 0 到 30 之间的整数",
            ),
            (
                NumberError::Round("abc".into()),
                "评审年度“abc”无效：请写 2000–2099 之间的四位年份，例如 round=2027；现按今天适用的评审年度显示",
            ),
        ];
        for (error, text) in table {
            assert_eq!(error.to_string(), text);
        }
    }
}
