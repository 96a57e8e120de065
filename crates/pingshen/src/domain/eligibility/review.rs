//! Who reviews an application and who takes the defense
//! (「一、评审范围及权限」, 「七、时间安排及报卷地点」): by the level applied
//! for and the applicant's unit.

use crate::domain::eligibility::kinds::{Level, UnitLevel};

crate::labelled_enum! {
    /// Who reviews an application (「一、评审范围及权限」).
    pub serde enum ReviewingBody {
        /// The provincial committee (辽宁省工程系列质量技术监督行业高级评审
        /// 委员会): 正高 for the whole province, 副高 and below for
        /// provincial-level units.
        ProvincialCommittee = "provincial-committee" => "省质监行业高级评审委员会",
        /// The city's HR department (当地人社部门) arranges it: 副高 and below
        /// outside provincial-level units.
        CityHr = "city-hr" => "当地人社部门",
    }
}

/// Who reviews an application for `target` from a unit at `unit`
/// (「一、评审范围及权限」): the provincial committee takes 正高 for the whole
/// province and 副高 and below only for provincial-level units; otherwise the
/// city's HR department arranges it (「六、申报流程」(四)2).
///
/// # Example
///
/// ```
/// use pingshen::domain::eligibility::{reviewing_body, Level, ReviewingBody, UnitLevel};
/// // 「一、评审范围及权限」: 全省正高级 and 省直有关部门(单位)副高级及以下.
/// assert_eq!(
///     reviewing_body(Level::ProfessorEngineer, UnitLevel::County),
///     ReviewingBody::ProvincialCommittee
/// );
/// assert_eq!(
///     reviewing_body(Level::Engineer, UnitLevel::Provincial),
///     ReviewingBody::ProvincialCommittee
/// );
/// // 「六、申报流程」(四)2: 各市副高资格及以下由当地人社部门安排.
/// assert_eq!(
///     reviewing_body(Level::SeniorEngineer, UnitLevel::City),
///     ReviewingBody::CityHr
/// );
/// ```
pub fn reviewing_body(target: Level, unit: UnitLevel) -> ReviewingBody {
    if target == Level::ProfessorEngineer || unit == UnitLevel::Provincial {
        ReviewingBody::ProvincialCommittee
    } else {
        ReviewingBody::CityHr
    }
}

/// Whether the applicant must take the defense (「七、时间安排及报卷地点」,
/// last paragraph): every 正高 applicant, and provincial-level-unit
/// applicants for 高级工程师.
///
/// # Example
///
/// ```
/// use pingshen::domain::eligibility::{defense_required, Level, UnitLevel};
/// // 全省申报正高级工程师及省直申报高级工程师资格评审人员须参加答辩.
/// assert!(defense_required(Level::ProfessorEngineer, UnitLevel::County));
/// assert!(defense_required(Level::SeniorEngineer, UnitLevel::Provincial));
/// assert!(!defense_required(Level::SeniorEngineer, UnitLevel::City));
/// assert!(!defense_required(Level::Engineer, UnitLevel::Provincial));
/// ```
pub fn defense_required(target: Level, unit: UnitLevel) -> bool {
    target == Level::ProfessorEngineer
        || (target == Level::SeniorEngineer && unit == UnitLevel::Provincial)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::eligibility::tests::check_labelled;

    #[test]
    fn reviewing_bodies_have_codes_labels_and_serde_names() {
        check_labelled(
            ReviewingBody::ALL,
            ReviewingBody::code,
            ReviewingBody::label,
        );
    }
}
