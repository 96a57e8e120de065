//! A unit's workspace: several applicants, an overview by urgency, and the
//! export/import of everything the app stores.
//!
//! Each applicant ([`Record`]) carries the eligibility answers
//! ([`crate::eligibility::Applicant`]), the day their materials were posted
//! for publicity, the forms ticked as ready and notes. The overview is
//! computed, never stored.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::eligibility::Applicant;

/// One applicant of the unit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Stable id (merge key for imports), e.g. `a1732760000000-3`.
    pub id: String,
    /// The applicant's name, shown as text only.
    pub name: String,
    /// The eligibility answers (specialty, target level, unit level, …).
    #[serde(default)]
    pub applicant: Applicant,
    /// The day the applicant's materials were posted for publicity.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::dates::ymd_opt")]
    pub posted: Option<NaiveDate>,
    /// Ids of the forms ticked as ready (`form-1`, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ticks: Vec<String>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}
