//! The composite score of a senior applicant (「四、评价方式」): quantitative
//! score × 50% + defense score × 50%, exact in fixed point
//! ([`composite_score`]), each part checked as typed ([`ScoreError`]).

use std::fmt;

/// The clause of the composite score ([`composite_score`]).
pub const CLAUSE_SCORE: &str = "「四、评价方式」";

crate::labelled_enum! {
    /// The two parts of a senior composite score (「四、评价方式」).
    pub serde enum ScorePart {
        /// 量化赋分.
        Quantitative = "quantitative" => "量化赋分",
        /// 答辩分.
        Defense = "defense" => "答辩分",
    }
}

/// Why a composite score could not be computed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScoreError {
    /// Not a plain decimal with at most two places.
    NotNumber(ScorePart, crate::domain::decimal::DecimalError),
    /// Over 100.
    OutOfRange(ScorePart),
}

impl fmt::Display for ScoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotNumber(part, e) => write!(f, "{}：{e}", part.label()),
            Self::OutOfRange(part) => write!(f, "{}须在 0 到 100 之间", part.label()),
        }
    }
}

impl std::error::Error for ScoreError {}

/// A composite score in thousandths of a point: exact, since each part is
/// typed in hundredths and counts half.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CompositeScore(pub u64);

impl fmt::Display for CompositeScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::domain::decimal::format_fixed(self.0, 3))
    }
}

/// The composite score of a senior applicant (「四、评价方式」): total 100 =
/// quantitative score × 50% + defense score × 50%, from the two parts as
/// typed (each 0–100, at most two decimal places), in fixed point.
///
/// `None` while either part is blank: there is nothing to say yet.
///
/// # Errors
///
/// [`ScoreError`] for the first part (quantitative, then defense) that is
/// not a number of 0–100 with at most two places.
///
/// # Example
///
/// ```
/// use pingshen::domain::eligibility::composite_score;
/// let total = |q, d| composite_score(q, d).map(|r| r.map(|s| s.to_string()));
/// assert_eq!(total("80", "70"), Some(Ok("75".to_string())));
/// assert_eq!(total("90.25", "80"), Some(Ok("85.125".to_string())));
/// assert_eq!(total("80", " "), None);
/// assert!(composite_score("101", "70").unwrap().is_err());
/// ```
pub fn composite_score(
    quantitative: &str,
    defense: &str,
) -> Option<Result<CompositeScore, ScoreError>> {
    if quantitative.trim().is_empty() || defense.trim().is_empty() {
        return None;
    }
    let part = |part: ScorePart, text: &str| {
        crate::domain::decimal::parse_fixed(text, 2, 10_000).map_err(|e| match e {
            crate::domain::decimal::DecimalError::TooLarge => ScoreError::OutOfRange(part),
            other => ScoreError::NotNumber(part, other),
        })
    };
    Some(part(ScorePart::Quantitative, quantitative).and_then(|q| {
        // Hundredths halved are thousandths × 5.
        part(ScorePart::Defense, defense).map(|d| CompositeScore((q + d) * 5))
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composite_score_table() {
        let ok = [
            ("80", "70", CompositeScore(75_000), "75"),
            ("0", "0", CompositeScore(0), "0"),
            ("100", "100", CompositeScore(100_000), "100"),
            ("90.5", "60", CompositeScore(75_250), "75.25"),
            // Exact where a float is not: 0.01 × 0.5 is no binary fraction.
            ("90.25", "80", CompositeScore(85_125), "85.125"),
            ("0.01", "0", CompositeScore(5), "0.005"),
            (" 85 ", "85.00", CompositeScore(85_000), "85"),
        ];
        for (q, dfn, total, text) in ok {
            assert_eq!(composite_score(q, dfn), Some(Ok(total)), "{q} {dfn}");
            assert_eq!(total.to_string(), text);
        }
        let blank = [("", "70"), ("80", ""), ("  ", "  ")];
        for (q, dfn) in blank {
            assert_eq!(composite_score(q, dfn), None, "{q:?} {dfn:?}");
        }
        let bad = [
            ("NaN", "50", "量化赋分：“NaN”不是数字"),
            ("50", "inf", "答辩分：“inf”不是数字"),
            ("100.1", "50", "量化赋分须在 0 到 100 之间"),
            ("50", "-1", "答辩分：不能为负数"),
            ("50", "60.125", "答辩分：最多保留 2 位小数"),
            // The quantitative part is checked first.
            ("abc", "101", "量化赋分：“abc”不是数字"),
        ];
        for (q, dfn, message) in bad {
            let err = composite_score(q, dfn).unwrap().unwrap_err().to_string();
            assert_eq!(err, message);
        }
    }
}
