//! Education and seniority (「三、评审标准」, 「五、相关政策规定」3): what the
//! national minimum asks of an education for a level ([`national_minimum`]),
//! and seniority counted in full years (周年) to the seniority cutoff
//! ([`full_years`], [`anniversary`]).
//!
//! The notice defers these conditions to 辽人社职〔2021〕48号, which is not
//! available here; the engine checks the national minimum and says so
//! ([`NATIONAL_MINIMUM_CAVEAT`]).

use chrono::{Datelike, NaiveDate};

use crate::domain::eligibility::kinds::{Education, Level};

/// The caveat every seniority finding carries: the engine knows only the
/// national minimum, the notice's own standard is provincial
/// (「三、评审标准」).
pub const NATIONAL_MINIMUM_CAVEAT: &str =
    "国家基本标准（人社部发〔2019〕16号附件），请再核对辽人社职〔2021〕48号的省级条件";

/// The earliest year a current title may have been obtained.
pub const EARLIEST_TITLE_YEAR: i32 = 1950;

/// What the national minimum asks of an education for a target level
/// (annex to 人社部发〔2019〕16号; the notice's 「三、评审标准」 defers to
/// 辽人社职〔2021〕48号, which may be stricter).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requirement {
    /// The education alone is enough.
    Direct,
    /// The education plus one year of probation (见习) in the specialty; the
    /// app has no start date for it, so a person must check.
    Probation,
    /// The education plus `title`, held for `years` full years.
    Title {
        /// The title that must be held.
        title: Level,
        /// Full years it must have been held by the seniority cutoff.
        years: u32,
    },
    /// The education cannot reach the level by the ordinary routes.
    Unreachable,
}

/// The national minimum for `education` applying for `target`
/// (「三、评审标准」 defers to 辽人社职〔2021〕48号, which the project does not
/// have: the routes are those of 工程技术人才职称评价基本标准, the annex to
/// 人社部发〔2019〕16号, which a province may make stricter, never looser).
///
/// # Example
///
/// ```
/// use pingshen::domain::eligibility::{national_minimum, Education, Level, Requirement};
/// assert_eq!(
///     national_minimum(Level::SeniorEngineer, Education::Bachelor),
///     Requirement::Title { title: Level::Engineer, years: 5 }
/// );
/// assert_eq!(
///     national_minimum(Level::ProfessorEngineer, Education::Secondary),
///     Requirement::Unreachable
/// );
/// ```
pub fn national_minimum(target: Level, education: Education) -> Requirement {
    use Education::*;
    use Level::*;
    use Requirement::{Direct, Probation, Unreachable};
    let title = |title, years| Requirement::Title { title, years };
    match (target, education) {
        (Technician, Doctorate | Master | Bachelor) => Direct,
        (Technician, College | Secondary) => Probation,
        (AssistantEngineer, Doctorate | Master) => Direct,
        (AssistantEngineer, Bachelor) => Probation,
        (AssistantEngineer, College) => title(Technician, 2),
        (AssistantEngineer, Secondary) => title(Technician, 4),
        (Engineer, Doctorate) => Direct,
        (Engineer, Master) => title(AssistantEngineer, 2),
        (Engineer, Bachelor | College) => title(AssistantEngineer, 4),
        (Engineer, Secondary) => Unreachable,
        (SeniorEngineer, Doctorate) => title(Engineer, 2),
        (SeniorEngineer, Master | Bachelor) => title(Engineer, 5),
        (SeniorEngineer, College | Secondary) => Unreachable,
        (ProfessorEngineer, Doctorate | Master | Bachelor) => title(SeniorEngineer, 5),
        (ProfessorEngineer, College | Secondary) => Unreachable,
    }
}

/// The `years`-th anniversary of `from`. A Feb 29 start has its anniversary
/// on Feb 28 in common years. Saturates at [`NaiveDate::MAX`] beyond the
/// calendar's range.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::eligibility::anniversary;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(anniversary(d(2020, 2, 29), 1), d(2021, 2, 28));
/// assert_eq!(anniversary(d(2020, 2, 29), 4), d(2024, 2, 29));
/// assert_eq!(anniversary(d(2019, 12, 31), 5), d(2024, 12, 31));
/// ```
pub fn anniversary(from: NaiveDate, years: u32) -> NaiveDate {
    let Some(year) = i32::try_from(years)
        .ok()
        .and_then(|y| from.year().checked_add(y))
    else {
        return NaiveDate::MAX;
    };
    NaiveDate::from_ymd_opt(year, from.month(), from.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 2, 28))
        .unwrap_or(NaiveDate::MAX)
}

/// Full years (周年) from `from` to `to`: only completed anniversaries count
/// (「五、相关政策规定」3, 资历年份为周年). Zero when `to` is not after `from`.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::eligibility::full_years;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let cutoff = d(2024, 12, 31);
/// assert_eq!(full_years(d(2019, 12, 31), cutoff), 5);
/// assert_eq!(full_years(d(2020, 1, 1), cutoff), 4);
/// assert_eq!(full_years(d(2020, 2, 29), d(2021, 2, 28)), 1);
/// assert_eq!(full_years(d(2020, 2, 29), cutoff), 4);
/// ```
pub fn full_years(from: NaiveDate, to: NaiveDate) -> u32 {
    if to <= from {
        return 0;
    }
    let mut years = u32::try_from(to.year() - from.year()).unwrap_or(0);
    if anniversary(from, years) > to {
        years -= 1;
    }
    years
}

/// The date of the current title as typed: none when there is no current
/// title (a first title is applied for) or nothing is typed yet.
///
/// ```
/// use pingshen::domain::eligibility::{parse_title_date, Level};
/// let engineer = Some(Level::Engineer);
/// assert_eq!(parse_title_date(engineer, "2019-06-30").unwrap().unwrap().to_string(), "2019-06-30");
/// assert_eq!(parse_title_date(None, "2019-06-30"), Ok(None));
/// assert_eq!(parse_title_date(engineer, " "), Ok(None));
/// assert!(parse_title_date(engineer, "2019-02-30").is_err());
/// ```
///
/// # Errors
///
/// [`DateError`](crate::domain::dates::DateError) for a date that is not
/// one (or out of the supported years).
pub fn parse_title_date(
    current_title: Option<Level>,
    text: &str,
) -> Result<Option<NaiveDate>, crate::domain::dates::DateError> {
    match current_title {
        None => Ok(None),
        Some(_) => crate::domain::dates::parse_optional_date(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::test_dates::d;

    #[test]
    fn full_years_and_anniversaries() {
        let table = [
            (d(2019, 12, 31), d(2024, 12, 31), 5),
            (d(2020, 1, 1), d(2024, 12, 31), 4),
            (d(2020, 2, 29), d(2024, 12, 31), 4),
            (d(2020, 2, 29), d(2021, 2, 28), 1),
            (d(2020, 2, 29), d(2021, 2, 27), 0),
            (d(2020, 2, 29), d(2024, 2, 28), 3),
            (d(2020, 2, 29), d(2024, 2, 29), 4),
            (d(2024, 12, 31), d(2024, 12, 31), 0),
            (d(2025, 1, 1), d(2024, 12, 31), 0),
            (d(2023, 12, 31), d(2024, 12, 30), 0),
            (d(1950, 1, 1), d(2024, 12, 31), 74),
        ];
        for (from, to, years) in table {
            assert_eq!(full_years(from, to), years, "{from} → {to}");
        }
        let anniversaries = [
            (d(2020, 2, 29), 1, d(2021, 2, 28)),
            (d(2020, 2, 29), 4, d(2024, 2, 29)),
            (d(2020, 2, 29), 5, d(2025, 2, 28)),
            (d(2019, 12, 31), 5, d(2024, 12, 31)),
            (d(2019, 3, 1), 0, d(2019, 3, 1)),
        ];
        for (from, years, expected) in anniversaries {
            assert_eq!(anniversary(from, years), expected, "{from} + {years}");
        }
        assert_eq!(anniversary(d(2020, 1, 1), u32::MAX), NaiveDate::MAX);
        assert_eq!(anniversary(d(2020, 1, 1), 1_000_000), NaiveDate::MAX);
    }

    #[test]
    fn national_minimum_table() {
        use Education::*;
        use Level::*;
        let t = |title, years| Requirement::Title { title, years };
        let table = [
            (Technician, Bachelor, Requirement::Direct),
            (Technician, Secondary, Requirement::Probation),
            (AssistantEngineer, Master, Requirement::Direct),
            (AssistantEngineer, Bachelor, Requirement::Probation),
            (AssistantEngineer, College, t(Technician, 2)),
            (AssistantEngineer, Secondary, t(Technician, 4)),
            (Engineer, Doctorate, Requirement::Direct),
            (Engineer, Master, t(AssistantEngineer, 2)),
            (Engineer, College, t(AssistantEngineer, 4)),
            (Engineer, Secondary, Requirement::Unreachable),
            (SeniorEngineer, Doctorate, t(Engineer, 2)),
            (SeniorEngineer, Master, t(Engineer, 5)),
            (SeniorEngineer, College, Requirement::Unreachable),
            (ProfessorEngineer, Bachelor, t(SeniorEngineer, 5)),
            (ProfessorEngineer, College, Requirement::Unreachable),
        ];
        for (target, edu, req) in table {
            assert_eq!(national_minimum(target, edu), req, "{target:?} {edu:?}");
        }
        // A required title is always one level below the target.
        for &target in Level::ALL {
            for &edu in Education::ALL {
                if let Requirement::Title { title, .. } = national_minimum(target, edu) {
                    assert!(title < target);
                    assert_eq!(
                        Level::ALL[Level::ALL.iter().position(|l| *l == title).unwrap() + 1],
                        target
                    );
                }
            }
        }
    }

    #[test]
    fn title_date_table() {
        /// (current title, text typed, the date read or `Err` for an error).
        type TitleCase = (Option<Level>, &'static str, Result<Option<NaiveDate>, ()>);
        let engineer = Some(Level::Engineer);
        let title_cases: [TitleCase; 5] = [
            (engineer, "2019-06-30", Ok(Some(d(2019, 6, 30)))),
            (engineer, "", Ok(None)),
            // No current title: a typed date is left over from before.
            (None, "2019-06-30", Ok(None)),
            (None, "不是日期", Ok(None)),
            (engineer, "2019-02-30", Err(())),
        ];
        for (title, text, expected) in title_cases {
            assert_eq!(
                parse_title_date(title, text).map_err(drop),
                expected,
                "{title:?} {text}"
            );
        }
    }
}
