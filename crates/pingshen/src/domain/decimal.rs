//! Fixed-point decimals typed by people (money in 万元, scores), parsed and
//! written with integers only: exact, and without the float formatting code
//! that would otherwise ship in the download.

use std::fmt;

/// Why a typed number was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecimalError {
    /// Not a plain decimal number (`12`, `12.5`).
    NotNumber(String),
    /// A minus sign: the quantities here are never negative.
    Negative,
    /// More decimal places than the quantity has.
    TooPrecise(u32),
    /// Larger than the quantity can be.
    TooLarge,
}

impl fmt::Display for DecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotNumber(s) => write!(f, "“{}”不是数字", crate::domain::dates::shorten(s)),
            Self::Negative => write!(f, "不能为负数"),
            Self::TooPrecise(places) => write!(f, "最多保留 {places} 位小数"),
            Self::TooLarge => write!(f, "数值过大"),
        }
    }
}

impl std::error::Error for DecimalError {}

/// Parses `text` as a non-negative decimal with at most `places` decimal
/// places, returning it in units of 10^-`places`, at most `max` units.
///
/// ```
/// use pingshen::domain::decimal::parse_fixed;
/// assert_eq!(parse_fixed("999.9999", 4, u64::MAX), Ok(9_999_999));
/// assert_eq!(parse_fixed(" 85 ", 2, 10_000), Ok(8_500));
/// assert!(parse_fixed("1e3", 2, 10_000).is_err());
/// ```
///
/// # Errors
///
/// [`DecimalError`] for anything but digits with one optional point.
pub fn parse_fixed(text: &str, places: u32, max: u64) -> Result<u64, DecimalError> {
    let text = text.trim();
    if text.starts_with('-') && text.len() > 1 {
        return Err(DecimalError::Negative);
    }
    let not_number = || DecimalError::NotNumber(text.to_string());
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) {
        return Err(not_number());
    }
    if fraction.len() > places as usize {
        return Err(DecimalError::TooPrecise(places));
    }
    let mut value: u64 = 0;
    let padded = fraction
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(places as usize);
    for b in whole.bytes().chain(padded) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(b - b'0')))
            .ok_or(DecimalError::TooLarge)?;
    }
    if value > max {
        return Err(DecimalError::TooLarge);
    }
    Ok(value)
}

/// Writes `value` units of 10^-`places` as a decimal without trailing zeros.
///
/// ```
/// use pingshen::domain::decimal::format_fixed;
/// assert_eq!(format_fixed(9_999_999, 4), "999.9999");
/// assert_eq!(format_fixed(85_000, 3), "85");
/// assert_eq!(format_fixed(85_500, 3), "85.5");
/// ```
pub fn format_fixed(value: u64, places: u32) -> String {
    let scale = 10u64.pow(places);
    let (whole, fraction) = (value / scale, value % scale);
    if fraction == 0 {
        return whole.to_string();
    }
    let fraction = format!("{fraction:0width$}", width = places as usize);
    format!("{whole}.{}", fraction.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_table() {
        let table = [
            ("0", 2, Ok(0)),
            ("100", 2, Ok(10_000)),
            ("99.5", 2, Ok(9_950)),
            (".5", 2, Ok(50)),
            ("5.", 2, Ok(500)),
            ("1000", 4, Ok(10_000_000)),
            ("", 2, Err(DecimalError::NotNumber(String::new()))),
            (".", 2, Err(DecimalError::NotNumber(".".into()))),
            ("abc", 2, Err(DecimalError::NotNumber("abc".into()))),
            ("1.2.3", 2, Err(DecimalError::NotNumber("1.2.3".into()))),
            ("-5", 2, Err(DecimalError::Negative)),
            ("1.234", 2, Err(DecimalError::TooPrecise(2))),
            ("99999999999999999999999", 2, Err(DecimalError::TooLarge)),
            ("NaN", 2, Err(DecimalError::NotNumber("NaN".into()))),
            ("１２", 2, Err(DecimalError::NotNumber("１２".into()))),
        ];
        for (text, places, expected) in table {
            assert_eq!(parse_fixed(text, places, u64::MAX), expected, "{text}");
        }
        assert_eq!(
            parse_fixed("100.01", 2, 10_000),
            Err(DecimalError::TooLarge)
        );
    }

    #[test]
    fn format_round_trips() {
        for value in [0, 1, 9, 10, 99, 100, 12_345, 10_000_000, 9_999_999] {
            for places in [0, 2, 4] {
                let text = format_fixed(value, places);
                assert_eq!(parse_fixed(&text, places, u64::MAX), Ok(value), "{text}");
            }
        }
    }
}
