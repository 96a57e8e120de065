//! Which way an applicant's files go: by the applicant's unit and the level
//! applied for (「一、评审范围及权限」, 「六、申报流程」（四）).
//!
//! | unit | 正高级工程师 | 高级工程师 and below |
//! |---|---|---|
//! | provincial-level (省直有关部门(单位)) | province, competent department's seal | province, competent department's seal |
//! | in a city (市级, 县区及以下) | city market-regulation + HR review, the city bureau hands in | the city's HR department (当地人社部门安排) |
//!
//! Files outside the proper route are not accepted (不予受理), so every
//! page that plans or lists files follows [`Route::of`].
//!
//! # Example
//!
//! ```
//! use pingshen::domain::route::Route;
//! use pingshen::domain::eligibility::{Level, UnitLevel};
//! assert_eq!(Route::of(Level::SeniorEngineer, UnitLevel::City), Route::CityHr);
//! assert_eq!(Route::of(Level::ProfessorEngineer, UnitLevel::City), Route::ProvinceViaCityBureau);
//! assert_eq!(Route::of(Level::Engineer, UnitLevel::Provincial), Route::ProvinceViaDepartment);
//! ```

use crate::domain::eligibility::{Applicant, Level, UnitLevel};

/// The way an applicant's files go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    /// A provincial-level unit's applicant: the competent department seals
    /// the files, which go to the province in the window of the unit that
    /// carries them (「六、申报流程」（四）1、2).
    ProvinceViaDepartment,
    /// A city's 正高 applicant: the city's market-regulation and HR
    /// departments review the files, and the city bureau hands them in to
    /// the province in its window (「六、申报流程」（四）1).
    ProvinceViaCityBureau,
    /// A city's 副高-and-below applicant: the local HR department arranges
    /// the evaluation; no provincial window applies (「六、申报流程」（四）2).
    CityHr,
}

impl Route {
    /// The route of an application for `target` from a unit at `unit`.
    pub fn of(target: Level, unit: UnitLevel) -> Self {
        match (target, unit) {
            (_, UnitLevel::Provincial) => Route::ProvinceViaDepartment,
            (Level::ProfessorEngineer, UnitLevel::City | UnitLevel::County) => {
                Route::ProvinceViaCityBureau
            }
            (_, UnitLevel::City | UnitLevel::County) => Route::CityHr,
        }
    }

    /// The route of an applicant's files, once the level applied for and
    /// the unit level are known.
    pub fn of_applicant(a: &Applicant) -> Option<Self> {
        Some(Route::of(a.target?, a.unit?))
    }

    /// `province` or `city-hr` (the rows' `data-route`).
    pub fn code(self) -> &'static str {
        match self {
            Route::ProvinceViaDepartment | Route::ProvinceViaCityBureau => "province",
            Route::CityHr => "city-hr",
        }
    }

    /// Whether the files go to the provincial committee (and so into a
    /// provincial window, 附件5 and the file bag of the notice).
    pub fn goes_to_province(self) -> bool {
        self != Route::CityHr
    }

    /// A short label.
    pub fn label(self) -> &'static str {
        match self {
            Route::ProvinceViaDepartment => "报省：主管部门盖章后报送",
            Route::ProvinceViaCityBureau => "报省：经市级市场监管、人社部门审核，由市局报送",
            Route::CityHr => "不报省：由当地人社部门安排",
        }
    }

    /// What happens, in plain words.
    pub fn explanation(self) -> &'static str {
        match self {
            Route::ProvinceViaDepartment => {
                "材料经主管部门审核盖章后报省市场监管局机关党委办公室（人事处），按报送单位的报卷时间一次性报送。"
            }
            Route::ProvinceViaCityBureau => {
                "正高级工程师：材料经所在市的市场监管、人力资源社会保障部门审核后，由市市场监管局在市局报卷时间内统一报省，并填写附件4。"
            }
            Route::CityHr => {
                "各市副高级及以下资格由当地人社部门安排：不报省市场监管局，没有省里的报卷时间，具体材料和时间以当地人社部门的通知为准。"
            }
        }
    }

    /// The clause it rests on.
    pub fn clause(self) -> &'static str {
        match self {
            Route::ProvinceViaDepartment => "「六、申报流程」（四）1、2",
            Route::ProvinceViaCityBureau => "「六、申报流程」（四）1",
            Route::CityHr => "「一、评审范围及权限」、「六、申报流程」（四）2",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every unit level × level, from the table in the module documentation.
    #[test]
    fn route_table() {
        use Level::*;
        use Route::*;
        use UnitLevel::{City, County, Provincial};
        let table = [
            (ProfessorEngineer, Provincial, ProvinceViaDepartment),
            (SeniorEngineer, Provincial, ProvinceViaDepartment),
            (Engineer, Provincial, ProvinceViaDepartment),
            (AssistantEngineer, Provincial, ProvinceViaDepartment),
            (Technician, Provincial, ProvinceViaDepartment),
            (ProfessorEngineer, City, ProvinceViaCityBureau),
            (SeniorEngineer, City, CityHr),
            (Engineer, City, CityHr),
            (AssistantEngineer, City, CityHr),
            (Technician, City, CityHr),
            (ProfessorEngineer, County, ProvinceViaCityBureau),
            (SeniorEngineer, County, CityHr),
            (Engineer, County, CityHr),
            (AssistantEngineer, County, CityHr),
            (Technician, County, CityHr),
        ];
        assert_eq!(table.len(), Level::ALL.len() * UnitLevel::ALL.len());
        for (target, unit, expected) in table {
            let route = Route::of(target, unit);
            assert_eq!(route, expected, "{target:?} at {unit:?}");
            assert_eq!(route.goes_to_province(), expected != CityHr);
            assert_eq!(
                route.code(),
                if expected == CityHr {
                    "city-hr"
                } else {
                    "province"
                }
            );
        }
    }

    /// The route agrees with who reviews (「一、评审范围及权限」).
    #[test]
    fn route_and_reviewing_body_agree() {
        use crate::domain::eligibility::{reviewing_body, ReviewingBody};
        for &target in Level::ALL {
            for &unit in UnitLevel::ALL {
                let province = reviewing_body(target, unit) == ReviewingBody::ProvincialCommittee;
                assert_eq!(Route::of(target, unit).goes_to_province(), province);
            }
        }
    }
}
