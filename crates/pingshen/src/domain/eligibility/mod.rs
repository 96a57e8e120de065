//! Eligibility (申报资格): who may apply, to whom, and with which files.
//!
//! [`assess`] turns an [`Applicant`]'s answers into an [`Assessment`]: one
//! [`Finding`] per rule of the notice, each naming the clause it rests on, a
//! [`Verdict`], and the list of files to hand in ([`FormItem`]).
//!
//! The notice (辽宁省市场监督管理局, 2024-05-29) defers the education and
//! seniority conditions to 辽人社职〔2021〕48号 (「三、评审标准」), which is not
//! available here. The engine therefore checks the **national minimum**
//! (工程技术人才职称评价基本标准, annex to 人社部发〔2019〕16号) and says so in
//! every seniority finding ([`NATIONAL_MINIMUM_CAVEAT`]); provincial rules may
//! be stricter, never looser.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use pingshen::domain::eligibility::*;
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let applicant = Applicant {
//!     civil_servant: Some(false),
//!     in_sector: Some(true),
//!     specialty: Some(Specialty::Metrology),
//!     target: Some(Level::SeniorEngineer),
//!     unit: Some(UnitLevel::Provincial),
//!     education: Some(Education::Bachelor),
//!     current_title: Some(Level::Engineer),
//!     title_date: Some(d(2019, 12, 31)),
//!     ..Applicant::default()
//! };
//! use pingshen::domain::{notice::Notice, workspace::cutoffs};
//! let result = assess(&applicant, &cutoffs(&Notice::official_2024(), d(2024, 6, 1)));
//! assert_eq!(result.verdict, Verdict::Eligible);
//! let seniority = result.findings.iter().find(|f| f.rule == Rule::Seniority).unwrap();
//! assert_eq!(seniority.full_years, Some(5));
//! assert!(result.findings.iter().any(|f| f.rule == Rule::Defense));
//! ```
//!
//! # Layout
//!
//! One concept a file, each re-exported here:
//!
//! - `kinds`: the fixed choices ([`Level`], [`Specialty`], [`UnitLevel`],
//!   [`Education`], [`PatentKind`], [`AchievementKind`]);
//! - `applicant`, `cutoffs`: the answers ([`Applicant`]) and the days they
//!   are judged against ([`Cutoffs`]);
//! - `seniority`: the national minimum and full years ([`national_minimum`],
//!   [`full_years`]);
//! - `patent`: the patent route's thresholds and the benefit as typed
//!   ([`patent_reaches`], [`parse_benefit_wan`]);
//! - `achievements`: items of achievement and their window
//!   ([`achievement_in_window`]);
//! - `answers`: what is wrong with a typed date or amount ([`AnswerProblem`]);
//! - `forms`: the files owed ([`forms_for`], [`forms_owed`]);
//! - `score`: the composite score ([`composite_score`]);
//! - `review`: who reviews and who takes the defense ([`reviewing_body`],
//!   [`defense_required`]);
//! - `assess`: the rules, findings and verdicts ([`assess`], [`Verdict`]).
//!
//! No file here imports [`applicant_form`](crate::domain::applicant_form),
//! and only `forms` (so `assess` through it) imports
//! [`route`](crate::domain::route): those two use `kinds`, `applicant`,
//! `cutoffs` and the other leaves directly, never this module, so the
//! imports between the files have no cycle.

pub(crate) mod achievements;
pub(crate) mod answers;
pub(crate) mod applicant;
pub(crate) mod assess;
pub(crate) mod cutoffs;
mod format;
pub(crate) mod forms;
pub(crate) mod kinds;
pub(crate) mod patent;
pub(crate) mod review;
pub(crate) mod score;
pub(crate) mod seniority;

pub use self::achievements::{
    achievement_in_window, Achievement, AchievementEntryError, AchievementError,
};
pub use self::answers::AnswerProblem;
pub use self::applicant::Applicant;
pub use self::assess::{assess, verdict_of, Assessment, Finding, FindingOutcome, Rule, Verdict};
pub use self::cutoffs::Cutoffs;
pub use self::forms::{forms_for, forms_owed, FormItem};
pub use self::kinds::{AchievementKind, Education, Level, PatentKind, Specialty, UnitLevel};
pub use self::patent::{
    parse_benefit_wan, patent_fields, patent_reaches, patent_threshold, BenefitError, Patent,
    MAX_ANNUAL_BENEFIT_YUAN, PATENT_THRESHOLDS,
};
pub use self::review::{defense_required, reviewing_body, ReviewingBody};
pub use self::score::{composite_score, CompositeScore, ScoreError, ScorePart, CLAUSE_SCORE};
pub use self::seniority::{
    anniversary, full_years, national_minimum, parse_title_date, Requirement, EARLIEST_TITLE_YEAR,
    NATIONAL_MINIMUM_CAVEAT,
};

/// The helpers the rules' unit tests share: the 2024 cutoffs, the base
/// applicant (also used by the route, applicant form and workspace tests),
/// and the check every labelled enum passes.
#[cfg(test)]
pub(crate) mod tests {
    use std::fmt;

    use chrono::NaiveDate;
    use serde::{Deserialize, Serialize};

    use super::*;
    use crate::domain::test_dates::d;

    /// The cutoffs of the 2024 notice on `today`, as the app makes them
    /// ([`crate::domain::workspace::cutoffs`]): achievements 2024-07-31,
    /// seniority 2024-12-31 (「五、相关政策规定」3), a publicity of 5 working
    /// days (「六、申报流程」（三）).
    pub(crate) fn cutoffs_2024(today: NaiveDate) -> Cutoffs {
        crate::domain::workspace::cutoffs(&crate::domain::notice::Notice::official_2024(), today)
    }

    /// The 2024 cutoffs on 2024-06-15, before the achievements cutoff.
    pub(crate) fn cutoffs() -> Cutoffs {
        cutoffs_2024(d(2024, 6, 15))
    }

    /// A provincial 本科 工程师 since 2019-12-31 applying for 高级工程师 in
    /// metrology: eligible. The route, applicant form and workspace tests use
    /// it too.
    pub(crate) fn base() -> Applicant {
        Applicant {
            civil_servant: Some(false),
            in_sector: Some(true),
            specialty: Some(Specialty::Metrology),
            target: Some(Level::SeniorEngineer),
            unit: Some(UnitLevel::Provincial),
            education: Some(Education::Bachelor),
            current_title: Some(Level::Engineer),
            title_date: Some(d(2019, 12, 31)),
            patent: None,
            exceptional: false,
            recommenders: Vec::new(),
        }
    }

    /// Leaves the base applicant as it is.
    pub(crate) fn noop(_: &mut Applicant) {}

    /// A change to the base applicant.
    pub(crate) type Edit = fn(&mut Applicant);

    /// Every value of a labelled enum (`all`) is stored as its code, reads
    /// back, has a lowercase ASCII code and a label.
    pub(crate) fn check_labelled<T>(
        all: &[T],
        code: fn(T) -> &'static str,
        label: fn(T) -> &'static str,
    ) where
        T: Copy + Serialize + for<'de> Deserialize<'de> + PartialEq + fmt::Debug,
    {
        assert!(!all.is_empty());
        for &v in all {
            let json = serde_json::to_string(&v).unwrap();
            assert_eq!(json, format!("\"{}\"", code(v)));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), v);
            assert!(code(v).chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            assert!(!label(v).is_empty());
        }
    }
}
