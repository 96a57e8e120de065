//! An applicant's answers, as stored: what [`assess`](super::assess) judges.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::eligibility::kinds::{Education, Level, Specialty, UnitLevel};
use crate::domain::eligibility::patent::Patent;

/// An applicant's answers. `None` means "not answered yet", except for
/// [`current_title`](Self::current_title) (`None` = no title yet) and
/// [`patent`](Self::patent) (`None` = no patent to claim).
///
/// Stored with every field (`null` when unanswered); missing fields read as
/// their default.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Applicant {
    /// Whether the applicant is a civil servant (公务员).
    pub civil_servant: Option<bool>,
    /// Whether the applicant does quality-technical-supervision work in
    /// Liaoning.
    pub in_sector: Option<bool>,
    /// The specialty applied for.
    pub specialty: Option<Specialty>,
    /// The level applied for.
    pub target: Option<Level>,
    /// The level of the applicant's unit.
    pub unit: Option<UnitLevel>,
    /// The highest education completed.
    pub education: Option<Education>,
    /// The title held now; `None` = no title yet.
    pub current_title: Option<Level>,
    /// When the current title was obtained.
    #[serde(deserialize_with = "crate::domain::dates::ymd_opt")]
    pub title_date: Option<NaiveDate>,
    /// A patent claimed for the patent route, if any.
    pub patent: Option<Patent>,
    /// Applying as an exception (破格).
    pub exceptional: bool,
    /// For 破格: the two 正高级工程师 of the specialty who recommend the
    /// applicant (names as given; blank ones do not count).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub recommenders: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::eligibility::assess;
    use crate::domain::eligibility::kinds::PatentKind;
    use crate::domain::eligibility::tests::{base, cutoffs};

    #[test]
    fn applicant_round_trips_and_accepts_partial_json() {
        let mut a = base();
        a.patent = Some(Patent {
            kind: PatentKind::UtilityModel,
            annual_benefit_yuan: 3_000_000,
            obtained: None,
        });
        let json = serde_json::to_string(&a).unwrap();
        assert!(json.contains("\"senior-engineer\""), "{json}");
        assert!(json.contains("\"utility-model\""), "{json}");
        assert_eq!(serde_json::from_str::<Applicant>(&json).unwrap(), a);
        let partial: Applicant = serde_json::from_str(r#"{"target":"engineer"}"#).unwrap();
        assert_eq!(partial.target, Some(Level::Engineer));
        assert_eq!(partial.civil_servant, None);
        // The assessment serialises for the UI.
        let out = serde_json::to_string(&assess(&a, &cutoffs())).unwrap();
        assert!(out.contains("\"verdict\":\"eligible\""), "{out}");
        assert!(out.contains("\"rule\":\"patent-route\""), "{out}");
    }
}
