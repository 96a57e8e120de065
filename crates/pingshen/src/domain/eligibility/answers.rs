//! What is wrong with an answer that is a date or an amount
//! ([`AnswerProblem`]): a title date in the future, after the seniority
//! cutoff or before [`EARLIEST_TITLE_YEAR`]; a patent granted outside the
//! achievements window (「五、相关政策规定」3); an absurd benefit. The
//! seniority and patent findings of [`assess`](super::assess) and the
//! form's field errors ([`validate`](crate::domain::applicant_form::validate))
//! say the same.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::domain::eligibility::achievements::{achievement_in_window, AchievementError};
use crate::domain::eligibility::cutoffs::Cutoffs;
use crate::domain::eligibility::format::zh;
use crate::domain::eligibility::patent::Patent;
use crate::domain::eligibility::seniority::EARLIEST_TITLE_YEAR;

/// What is wrong with an answer that is a date or an amount, said in
/// Chinese with the day or cutoff it breaks
/// ([`validate`](crate::domain::applicant_form::validate) shows it at its
/// field).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerProblem {
    /// The current title obtained after today.
    TitleAfterToday {
        /// The day given.
        date: NaiveDate,
        /// Today.
        today: NaiveDate,
    },
    /// The current title obtained after the seniority cutoff
    /// (「五、相关政策规定」3).
    TitleAfterSeniorityCutoff {
        /// The day given.
        date: NaiveDate,
        /// The seniority cutoff.
        cutoff: NaiveDate,
    },
    /// The current title obtained before [`EARLIEST_TITLE_YEAR`].
    TitleTooEarly {
        /// The day given.
        date: NaiveDate,
    },
    /// The patent granted on or before the day of the current title
    /// (「五、相关政策规定」3: only what comes after the title counts).
    PatentNotAfterTitle {
        /// The day the patent was granted.
        obtained: NaiveDate,
        /// The day of the current title.
        title: NaiveDate,
    },
    /// The patent granted after the achievements cutoff
    /// (「五、相关政策规定」3).
    PatentAfterCutoff {
        /// The day the patent was granted.
        obtained: NaiveDate,
        /// The achievements cutoff.
        cutoff: NaiveDate,
    },
    /// An annual benefit above
    /// [`MAX_ANNUAL_BENEFIT_YUAN`](super::MAX_ANNUAL_BENEFIT_YUAN), in yuan.
    BenefitTooLarge(u64),
}

impl fmt::Display for AnswerProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::TitleAfterToday { date, today } => write!(
                f,
                "取得现职称的日期（{}）不能晚于今天（{}），请核对",
                zh(date),
                zh(today)
            ),
            Self::TitleAfterSeniorityCutoff { date, cutoff } => write!(
                f,
                "取得现职称的日期（{}）不能晚于资历计算截止日（{}），请核对",
                zh(date),
                zh(cutoff)
            ),
            Self::TitleTooEarly { date } => write!(
                f,
                "取得现职称的日期（{}）不能早于{}年，请核对",
                zh(date),
                EARLIEST_TITLE_YEAR
            ),
            Self::PatentNotAfterTitle { obtained, title } => write!(
                f,
                "专利取得日期{}不晚于取得现职称的日期{}：只有取得现级别资格之后取得的专利才能计入（「五、相关政策规定」3）",
                zh(obtained),
                zh(title)
            ),
            Self::PatentAfterCutoff { obtained, cutoff } => write!(
                f,
                "专利取得日期{}晚于申报材料截止日{}，不能计入（「五、相关政策规定」3）",
                zh(obtained),
                zh(cutoff)
            ),
            Self::BenefitTooLarge(yuan) => write!(
                f,
                "年创经济效益 {yuan} 元超过1000亿元，请核对（单位为元）"
            ),
        }
    }
}

impl AnswerProblem {
    /// What is wrong with the day a current title was obtained, if
    /// anything: after today, after the seniority cutoff (「五、相关政策规定」3:
    /// seniority is counted to it), or before [`EARLIEST_TITLE_YEAR`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pingshen::domain::eligibility::AnswerProblem;
    /// use pingshen::domain::{notice::Notice, workspace::cutoffs};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let cutoffs = cutoffs(&Notice::official_2024(), d(2024, 7, 20));
    /// assert_eq!(AnswerProblem::of_title_date(d(2019, 12, 31), &cutoffs), None);
    /// assert_eq!(
    ///     AnswerProblem::of_title_date(d(2024, 7, 21), &cutoffs),
    ///     Some(AnswerProblem::TitleAfterToday { date: d(2024, 7, 21), today: d(2024, 7, 20) })
    /// );
    /// ```
    pub fn of_title_date(date: NaiveDate, cutoffs: &Cutoffs) -> Option<Self> {
        if date > cutoffs.today {
            Some(Self::TitleAfterToday {
                date,
                today: cutoffs.today,
            })
        } else if date > cutoffs.seniority {
            Some(Self::TitleAfterSeniorityCutoff {
                date,
                cutoff: cutoffs.seniority,
            })
        } else if date.year() < EARLIEST_TITLE_YEAR {
            Some(Self::TitleTooEarly { date })
        } else {
            None
        }
    }

    /// Why a patent's grant date keeps it from counting, if it does: the
    /// same window as every achievement ([`achievement_in_window`],
    /// 「五、相关政策规定」3: strictly after the current title, on or before
    /// the achievements cutoff). `None` when it counts or has no date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pingshen::domain::eligibility::{AnswerProblem, Patent, PatentKind};
    /// use pingshen::domain::{notice::Notice, workspace::cutoffs};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let cutoffs = cutoffs(&Notice::official_2024(), d(2024, 7, 20));
    /// let granted = |day| Patent { kind: PatentKind::Invention, annual_benefit_yuan: 6_000_000, obtained: Some(day) };
    /// let title = Some(d(2019, 12, 31));
    /// // 申报材料截止时间为2024年7月31日: the 31st counts, the 1st of August not.
    /// assert_eq!(AnswerProblem::of_patent_date(granted(d(2024, 7, 31)), title, &cutoffs), None);
    /// assert_eq!(
    ///     AnswerProblem::of_patent_date(granted(d(2024, 8, 1)), title, &cutoffs),
    ///     Some(AnswerProblem::PatentAfterCutoff { obtained: d(2024, 8, 1), cutoff: d(2024, 7, 31) })
    /// );
    /// ```
    pub fn of_patent_date(
        patent: Patent,
        title_date: Option<NaiveDate>,
        cutoffs: &Cutoffs,
    ) -> Option<Self> {
        let obtained = patent.obtained?;
        match achievement_in_window(obtained, title_date, cutoffs.achievements) {
            Ok(()) | Err(AchievementError::EmptyTitle) => None,
            Err(AchievementError::NotAfterTitle { title_date, .. }) => {
                Some(Self::PatentNotAfterTitle {
                    obtained,
                    title: title_date,
                })
            }
            Err(AchievementError::AfterCutoff { cutoff, .. }) => {
                Some(Self::PatentAfterCutoff { obtained, cutoff })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::eligibility::kinds::PatentKind;
    use crate::domain::eligibility::patent::MAX_ANNUAL_BENEFIT_YUAN;
    use crate::domain::eligibility::tests::cutoffs_2024;
    use crate::domain::test_dates::d;

    /// Today 2024-06-15 in the 2024 round: seniority to 2024-12-31,
    /// achievements to 2024-07-31 (「五、相关政策规定」3); each expected
    /// problem written out by hand.
    #[test]
    fn title_date_problems_table() {
        let june = cutoffs_2024(d(2024, 6, 15));
        let table = [
            (d(2019, 12, 31), None),
            (d(2024, 6, 15), None),
            (
                d(2024, 6, 16),
                Some(AnswerProblem::TitleAfterToday {
                    date: d(2024, 6, 16),
                    today: d(2024, 6, 15),
                }),
            ),
            (d(1950, 1, 1), None),
            (
                d(1949, 12, 31),
                Some(AnswerProblem::TitleTooEarly {
                    date: d(1949, 12, 31),
                }),
            ),
        ];
        for (date, expected) in table {
            assert_eq!(
                AnswerProblem::of_title_date(date, &june),
                expected,
                "{date}"
            );
        }
        // Assessed in 2025, a title of 2025-01-02 is after the seniority cutoff.
        let later = cutoffs_2024(d(2025, 2, 1));
        assert_eq!(
            AnswerProblem::of_title_date(d(2025, 1, 2), &later),
            Some(AnswerProblem::TitleAfterSeniorityCutoff {
                date: d(2025, 1, 2),
                cutoff: d(2024, 12, 31),
            })
        );
    }

    #[test]
    fn patent_date_problems_table() {
        let june = cutoffs_2024(d(2024, 6, 15));
        let title = Some(d(2019, 12, 31));
        let granted = |obtained| Patent {
            kind: PatentKind::UtilityModel,
            annual_benefit_yuan: 3_000_000,
            obtained,
        };
        let table = [
            (None, title, None),
            (Some(d(2020, 1, 1)), title, None),
            (Some(d(2024, 7, 31)), title, None),
            (
                Some(d(2019, 12, 31)),
                title,
                Some(AnswerProblem::PatentNotAfterTitle {
                    obtained: d(2019, 12, 31),
                    title: d(2019, 12, 31),
                }),
            ),
            (
                Some(d(2024, 8, 1)),
                title,
                Some(AnswerProblem::PatentAfterCutoff {
                    obtained: d(2024, 8, 1),
                    cutoff: d(2024, 7, 31),
                }),
            ),
            // No current title: only the cutoff bounds it.
            (Some(d(2001, 1, 1)), None, None),
        ];
        for (obtained, title_date, expected) in table {
            assert_eq!(
                AnswerProblem::of_patent_date(granted(obtained), title_date, &june),
                expected,
                "{obtained:?} {title_date:?}"
            );
        }
    }

    #[test]
    fn problems_say_the_day_in_chinese() {
        let table = [
            (
                AnswerProblem::TitleAfterToday {
                    date: d(2024, 6, 16),
                    today: d(2024, 6, 15),
                },
                "取得现职称的日期（2024年6月16日）不能晚于今天（2024年6月15日），请核对",
            ),
            (
                AnswerProblem::TitleTooEarly {
                    date: d(1949, 12, 31),
                },
                "取得现职称的日期（1949年12月31日）不能早于1950年，请核对",
            ),
            (
                AnswerProblem::PatentAfterCutoff {
                    obtained: d(2024, 8, 1),
                    cutoff: d(2024, 7, 31),
                },
                "专利取得日期2024年8月1日晚于申报材料截止日2024年7月31日，不能计入（「五、相关政策规定」3）",
            ),
            (
                AnswerProblem::BenefitTooLarge(MAX_ANNUAL_BENEFIT_YUAN + 1),
                "年创经济效益 100000000001 元超过1000亿元，请核对（单位为元）",
            ),
        ];
        for (problem, text) in table {
            assert_eq!(problem.to_string(), text);
        }
    }
}
