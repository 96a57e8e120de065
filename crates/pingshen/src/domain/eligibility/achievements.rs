//! Items of achievement (业绩、论文、著作、成果、奖励) and the window they
//! count in (「五、相关政策规定」3): strictly after the current title, on or
//! before the achievements cutoff ([`achievement_in_window`]).

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::eligibility::cutoffs::Cutoffs;
use crate::domain::eligibility::format::zh;
use crate::domain::eligibility::kinds::AchievementKind;

/// One item of achievement (业绩、论文、著作、成果、奖励) listed in the files.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Achievement {
    /// What it is.
    pub kind: AchievementKind,
    /// Its title, as written in the files.
    pub title: String,
    /// When it was obtained (published, granted, awarded…).
    #[serde(deserialize_with = "crate::domain::dates::ymd")]
    pub date: NaiveDate,
}

/// Why an item of achievement does not count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AchievementError {
    /// The title is empty.
    EmptyTitle,
    /// Obtained on or before the date of the current title.
    NotAfterTitle {
        /// When the item was obtained.
        obtained: NaiveDate,
        /// When the current title was obtained.
        title_date: NaiveDate,
    },
    /// Obtained after the achievements cutoff.
    AfterCutoff {
        /// When the item was obtained.
        obtained: NaiveDate,
        /// The achievements cutoff.
        cutoff: NaiveDate,
    },
}

impl fmt::Display for AchievementError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EmptyTitle => write!(f, "请填写材料名称"),
            Self::NotAfterTitle {
                obtained,
                title_date,
            } => write!(
                f,
                "该材料取得于{}，不晚于取得现职称的日期{}：只有取得现级别资格之后获得的材料才能计入",
                zh(*obtained),
                zh(*title_date)
            ),
            Self::AfterCutoff { obtained, cutoff } => write!(
                f,
                "该材料取得于{}，晚于申报材料截止日{}，不能计入",
                zh(*obtained),
                zh(*cutoff)
            ),
        }
    }
}

impl std::error::Error for AchievementError {}

/// Whether an item obtained on `obtained` counts (「五、相关政策规定」3):
/// strictly after the current title's date (when there is one), and on or
/// before the achievements cutoff.
///
/// # Errors
///
/// [`AchievementError::NotAfterTitle`] or [`AchievementError::AfterCutoff`].
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::eligibility::achievement_in_window;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let title = Some(d(2019, 12, 31));
/// assert!(achievement_in_window(d(2024, 7, 31), title, d(2024, 7, 31)).is_ok());
/// assert!(achievement_in_window(d(2024, 8, 1), title, d(2024, 7, 31)).is_err());
/// assert!(achievement_in_window(d(2019, 12, 31), title, d(2024, 7, 31)).is_err());
/// ```
pub fn achievement_in_window(
    obtained: NaiveDate,
    title_date: Option<NaiveDate>,
    cutoff: NaiveDate,
) -> Result<(), AchievementError> {
    if let Some(title_date) = title_date {
        if obtained <= title_date {
            return Err(AchievementError::NotAfterTitle {
                obtained,
                title_date,
            });
        }
    }
    if obtained > cutoff {
        return Err(AchievementError::AfterCutoff { obtained, cutoff });
    }
    Ok(())
}

impl Achievement {
    /// Checks the item: a non-empty title, and a date in the window of
    /// [`achievement_in_window`] (「五、相关政策规定」3).
    ///
    /// # Errors
    ///
    /// The first [`AchievementError`] found.
    pub fn check(
        &self,
        title_date: Option<NaiveDate>,
        cutoffs: &Cutoffs,
    ) -> Result<(), AchievementError> {
        if self.title.trim().is_empty() {
            return Err(AchievementError::EmptyTitle);
        }
        achievement_in_window(self.date, title_date, cutoffs.achievements)
    }

    /// A warning when the item is dated after the day the unit posted the
    /// publicity: all materials are shown at the unit during the publicity
    /// (「六、申报流程」（三）), so something obtained later was never shown.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pingshen::domain::eligibility::{Achievement, AchievementKind};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
    /// let paper = Achievement { kind: AchievementKind::Paper, title: "论文".into(), date: d(7, 28) };
    /// assert!(paper.posting_warning(Some(d(7, 24))).unwrap().contains("晚于公示张贴日"));
    /// assert_eq!(paper.posting_warning(Some(d(7, 28))), None);
    /// assert_eq!(paper.posting_warning(None), None);
    /// ```
    pub fn posting_warning(&self, posted: Option<NaiveDate>) -> Option<String> {
        let posted = posted.filter(|p| self.date > *p)?;
        Some(format!(
            "取得日期晚于公示张贴日 {}：公示时还没有这项材料，未经公示（「六、申报流程」（三）要求全部申报材料集中公示），请与单位核实",
            zh(posted)
        ))
    }
}

/// Why an item of achievement as typed cannot be listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AchievementEntryError {
    /// No title typed.
    NoTitle,
    /// The day obtained is not a date.
    Date(crate::domain::dates::DateError),
}

impl fmt::Display for AchievementEntryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoTitle => write!(f, "请填写业绩成果的名称"),
            Self::Date(e) => write!(f, "取得日期：{e}"),
        }
    }
}

impl std::error::Error for AchievementEntryError {}

impl Achievement {
    /// An item as typed: the title trimmed, the day obtained parsed.
    /// Whether it counts is [`Achievement::check`]'s question, not this one.
    ///
    /// # Errors
    ///
    /// [`AchievementEntryError`]: the title first, then the date.
    pub fn from_entry(
        kind: AchievementKind,
        title: &str,
        date: &str,
    ) -> Result<Self, AchievementEntryError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(AchievementEntryError::NoTitle);
        }
        let date = crate::domain::dates::parse_date(date).map_err(AchievementEntryError::Date)?;
        Ok(Achievement {
            kind,
            title: title.to_string(),
            date,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::eligibility::tests::cutoffs;
    use crate::domain::test_dates::d;

    #[test]
    fn achievement_entries_table() {
        let paper = AchievementKind::Paper;
        assert_eq!(
            Achievement::from_entry(paper, "  论文甲 ", "2023-03-01"),
            Ok(Achievement {
                kind: paper,
                title: "论文甲".into(),
                date: d(2023, 3, 1)
            })
        );
        let no_title = Achievement::from_entry(paper, " ", "不是日期").unwrap_err();
        assert_eq!(no_title, AchievementEntryError::NoTitle);
        assert_eq!(no_title.to_string(), "请填写业绩成果的名称");
        let bad_date = Achievement::from_entry(paper, "论文甲", "2023-02-30").unwrap_err();
        assert!(matches!(bad_date, AchievementEntryError::Date(_)));
        assert!(bad_date.to_string().starts_with("取得日期："), "{bad_date}");
    }

    #[test]
    fn achievement_window_table() {
        let cutoff = d(2024, 7, 31);
        let title = Some(d(2019, 12, 31));
        let table = [
            (d(2020, 1, 1), title, None),
            (d(2024, 7, 31), title, None),
            (d(2019, 12, 31), title, Some("不晚于取得现职称的日期")),
            (d(2018, 5, 1), title, Some("只有取得现级别资格之后")),
            (
                d(2024, 8, 1),
                title,
                Some("晚于申报材料截止日2024年7月31日"),
            ),
            (d(2010, 1, 1), None, None),
            (d(2024, 8, 1), None, Some("晚于申报材料截止日")),
        ];
        for (obtained, title_date, error) in table {
            let result = achievement_in_window(obtained, title_date, cutoff);
            match error {
                None => assert!(result.is_ok(), "{obtained}: {result:?}"),
                Some(text) => {
                    let msg = result.unwrap_err().to_string();
                    assert!(msg.contains(text), "{obtained}: {msg}");
                }
            }
        }
        let c = cutoffs();
        let item = |title: &str, date| Achievement {
            kind: AchievementKind::Standard,
            title: title.into(),
            date,
        };
        assert_eq!(
            item("  ", d(2022, 1, 1)).check(title, &c),
            Err(AchievementError::EmptyTitle)
        );
        assert_eq!(AchievementError::EmptyTitle.to_string(), "请填写材料名称");
        assert!(item("DB21/T 1234", d(2022, 1, 1)).check(title, &c).is_ok());
        assert!(matches!(
            item("DB21/T 1234", d(2024, 8, 1)).check(title, &c),
            Err(AchievementError::AfterCutoff { .. })
        ));
    }
}
