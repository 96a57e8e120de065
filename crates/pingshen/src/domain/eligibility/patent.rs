//! The patent route (「五、相关政策规定」1): one national invention or
//! utility-model patent whose annual economic benefit reaches the level's
//! threshold ([`PATENT_THRESHOLDS`]) supports an application, the other
//! conditions still met; the benefit as typed in 万元 ([`parse_benefit_wan`]).

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::eligibility::kinds::{Level, PatentKind};

/// The largest annual benefit accepted as plausible: 100,000,000,000 yuan
/// (1000亿元). Anything above is taken for a typing error.
pub const MAX_ANNUAL_BENEFIT_YUAN: u64 = 100_000_000_000;

/// The patent route's thresholds (「五、相关政策规定」1), highest first: the
/// annual economic benefit, in yuan, at or above which one national invention
/// or utility-model patent supports an application for the level.
pub const PATENT_THRESHOLDS: [(Level, u64); 3] = [
    (Level::ProfessorEngineer, 10_000_000),
    (Level::SeniorEngineer, 5_000_000),
    (Level::Engineer, 3_000_000),
];

/// One national patent and the annual economic benefit it brings
/// (「五、相关政策规定」1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Patent {
    /// Invention or utility model.
    pub kind: PatentKind,
    /// Annual economic benefit (年创经济效益), in yuan.
    pub annual_benefit_yuan: u64,
    /// When the patent was granted: like every achievement it must come
    /// after the current title and by the achievements cutoff
    /// (「五、相关政策规定」3).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::dates::ymd_opt"
    )]
    pub obtained: Option<NaiveDate>,
}

/// The highest level one patent with `annual_benefit_yuan` of annual
/// economic benefit supports (「五、相关政策规定」1; thresholds inclusive:
/// 以上 = at least), or `None` below 3,000,000 yuan.
///
/// # Example
///
/// ```
/// use pingshen::domain::eligibility::{patent_reaches, Level};
/// assert_eq!(patent_reaches(10_000_000), Some(Level::ProfessorEngineer));
/// assert_eq!(patent_reaches(9_999_999), Some(Level::SeniorEngineer));
/// assert_eq!(patent_reaches(2_999_999), None);
/// ```
pub fn patent_reaches(annual_benefit_yuan: u64) -> Option<Level> {
    PATENT_THRESHOLDS
        .iter()
        .find(|(_, min)| annual_benefit_yuan >= *min)
        .map(|(level, _)| *level)
}

/// The benefit a patent must bring for `level`, if the patent route covers
/// that level (工程师 and above; 「五、相关政策规定」1).
///
/// # Example
///
/// ```
/// use pingshen::domain::eligibility::{patent_threshold, Level};
/// // 年创经济效益 1000万元 (正高), 500万元 (副高), 300万元 (工程师) 以上.
/// assert_eq!(patent_threshold(Level::ProfessorEngineer), Some(10_000_000));
/// assert_eq!(patent_threshold(Level::SeniorEngineer), Some(5_000_000));
/// assert_eq!(patent_threshold(Level::Engineer), Some(3_000_000));
/// assert_eq!(patent_threshold(Level::AssistantEngineer), None);
/// ```
pub fn patent_threshold(level: Level) -> Option<u64> {
    PATENT_THRESHOLDS
        .iter()
        .find(|(l, _)| *l == level)
        .map(|(_, min)| *min)
}

/// Why an annual benefit as typed (in 万元) was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BenefitError {
    /// Nothing typed.
    Missing,
    /// Above [`MAX_ANNUAL_BENEFIT_YUAN`] (1000 亿元).
    TooLarge,
    /// Not a non-negative number with at most 4 decimals.
    Number(crate::domain::decimal::DecimalError),
}

impl fmt::Display for BenefitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing => f.write_str("请填写年经济效益（万元）"),
            Self::TooLarge => f.write_str("年经济效益超过 1000 亿元，请核对（单位：万元）"),
            Self::Number(e) => write!(f, "年经济效益（万元）：{e}"),
        }
    }
}

impl std::error::Error for BenefitError {}

/// Parses an annual benefit typed in 万元 (up to 4 decimals, i.e. exact to
/// the yuan) into yuan, at most [`MAX_ANNUAL_BENEFIT_YUAN`] (the patent
/// route of 「五、相关政策规定」1 is reckoned in 万元).
///
/// # Errors
///
/// [`BenefitError`] for blank text, text that is not a non-negative
/// number, or an absurd amount.
///
/// ```
/// use pingshen::domain::eligibility::{parse_benefit_wan, BenefitError};
/// assert_eq!(parse_benefit_wan("500.5"), Ok(5_005_000));
/// assert_eq!(parse_benefit_wan(" "), Err(BenefitError::Missing));
/// assert!(parse_benefit_wan("-1").is_err());
/// assert!(parse_benefit_wan("很多").is_err());
/// assert_eq!(parse_benefit_wan("100000001"), Err(BenefitError::TooLarge)); // over 1000 亿元
/// ```
pub fn parse_benefit_wan(text: &str) -> Result<u64, BenefitError> {
    use crate::domain::decimal::{parse_fixed, DecimalError};
    if text.trim().is_empty() {
        return Err(BenefitError::Missing);
    }
    parse_fixed(text, 4, MAX_ANNUAL_BENEFIT_YUAN).map_err(|e| match e {
        DecimalError::TooLarge => BenefitError::TooLarge,
        other => BenefitError::Number(other),
    })
}

/// The fields showing `patent`: its kind, the benefit in 万元 and the day
/// granted (empty texts for none).
pub fn patent_fields(patent: Option<Patent>) -> (Option<PatentKind>, String, String) {
    (
        patent.map(|p| p.kind),
        patent
            .map(|p| crate::domain::decimal::format_fixed(p.annual_benefit_yuan, 4))
            .unwrap_or_default(),
        crate::domain::dates::input_value(patent.and_then(|p| p.obtained)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patent_thresholds_are_inclusive() {
        let table = [
            (0, None),
            (2_999_999, None),
            (3_000_000, Some(Level::Engineer)),
            (4_999_999, Some(Level::Engineer)),
            (5_000_000, Some(Level::SeniorEngineer)),
            (9_999_999, Some(Level::SeniorEngineer)),
            (10_000_000, Some(Level::ProfessorEngineer)),
            (u64::MAX, Some(Level::ProfessorEngineer)),
        ];
        for (yuan, level) in table {
            assert_eq!(patent_reaches(yuan), level, "{yuan}");
        }
        assert_eq!(patent_threshold(Level::Technician), None);
        assert_eq!(patent_threshold(Level::SeniorEngineer), Some(5_000_000));
    }
}
