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

use crate::domain::eligibility::applicant::Applicant;
use crate::domain::eligibility::kinds::{Level, UnitLevel};

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
    /// The route of an application for `target` from a unit at `unit`
    /// (「六、申报流程」（四）1、2; the module's table).
    ///
    /// ```
    /// use pingshen::domain::eligibility::{Level, UnitLevel};
    /// use pingshen::domain::route::Route;
    /// // 各市申报人员(正高)……由各市市场监管局统一报省: a county unit too.
    /// assert_eq!(
    ///     Route::of(Level::ProfessorEngineer, UnitLevel::County),
    ///     Route::ProvinceViaCityBureau
    /// );
    /// // 各市副高资格及以下由当地人社部门安排.
    /// assert_eq!(Route::of(Level::Engineer, UnitLevel::County), Route::CityHr);
    /// // 省直有关单位由主管部门盖章后报省, whatever the level.
    /// assert_eq!(
    ///     Route::of(Level::ProfessorEngineer, UnitLevel::Provincial),
    ///     Route::ProvinceViaDepartment
    /// );
    /// ```
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
    ///
    /// ```
    /// use pingshen::domain::route::Route;
    /// assert!(Route::ProvinceViaCityBureau.goes_to_province());
    /// assert!(!Route::CityHr.goes_to_province());
    /// ```
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

    /// Every unit level × level, written out from the notice:
    /// - 省直 units, any level: 「六、申报流程」(四)1 「省直事业单位、省属企业等部门
    ///   申报人员由主管部门盖章后报省」 (正高) and (四)2 「省直有关单位由主管部门
    ///   盖章后报省」 (副高 and below).
    /// - City or county units, 正高: (四)1 「各市申报人员由所在地区市级市场监管、
    ///   人力资源社会保障部门审核后由各市市场监管局统一报省」.
    /// - City or county units, 副高 and below: (四)2 「各市副高资格及以下由当地
    ///   人社部门安排」, and 「一、评审范围及权限」 gives the province only 省直
    ///   副高 and below: not to the province.
    ///
    /// The last two columns are the row's `data-route` and whether the
    /// files go to the province, written out, not derived from the route.
    #[test]
    fn route_table() {
        use Level::*;
        use Route::*;
        use UnitLevel::{City, County, Provincial};
        // (target, unit, route, data-route, to the province)
        let table = [
            (
                ProfessorEngineer,
                Provincial,
                ProvinceViaDepartment,
                "province",
                true,
            ),
            (
                SeniorEngineer,
                Provincial,
                ProvinceViaDepartment,
                "province",
                true,
            ),
            (
                Engineer,
                Provincial,
                ProvinceViaDepartment,
                "province",
                true,
            ),
            (
                AssistantEngineer,
                Provincial,
                ProvinceViaDepartment,
                "province",
                true,
            ),
            (
                Technician,
                Provincial,
                ProvinceViaDepartment,
                "province",
                true,
            ),
            (
                ProfessorEngineer,
                City,
                ProvinceViaCityBureau,
                "province",
                true,
            ),
            (SeniorEngineer, City, CityHr, "city-hr", false),
            (Engineer, City, CityHr, "city-hr", false),
            (AssistantEngineer, City, CityHr, "city-hr", false),
            (Technician, City, CityHr, "city-hr", false),
            (
                ProfessorEngineer,
                County,
                ProvinceViaCityBureau,
                "province",
                true,
            ),
            (SeniorEngineer, County, CityHr, "city-hr", false),
            (Engineer, County, CityHr, "city-hr", false),
            (AssistantEngineer, County, CityHr, "city-hr", false),
            (Technician, County, CityHr, "city-hr", false),
        ];
        assert_eq!(table.len(), Level::ALL.len() * UnitLevel::ALL.len());
        for (target, unit, expected, code, to_province) in table {
            let name = format!("{target:?} at {unit:?}");
            let route = Route::of(target, unit);
            assert_eq!(route, expected, "{name}");
            assert_eq!(route.code(), code, "{name}");
            assert_eq!(route.goes_to_province(), to_province, "{name}");
            // The same through the applicant.
            let mut a = crate::domain::eligibility::tests::base();
            a.target = Some(target);
            a.unit = Some(unit);
            assert_eq!(Route::of_applicant(&a), Some(expected), "{name}");
        }
        let mut a = crate::domain::eligibility::tests::base();
        a.unit = None;
        assert_eq!(Route::of_applicant(&a), None);
        let mut a = crate::domain::eligibility::tests::base();
        a.target = None;
        assert_eq!(Route::of_applicant(&a), None);
    }
}
