//! What the reader or the checks found that the user must look at before
//! saving, each with the text it is about, in Chinese.

use std::fmt;

use chrono::NaiveDate;

use super::fields::NoticeField;
use crate::domain::dates;
use crate::domain::notice::Window;

/// Why a window part of 「报卷时间」 was not taken as one of the two windows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnusedWindow {
    /// Another part names the same kind of unit: the notice lists more than
    /// one window for it (e.g. 各主管部门 on their own days).
    SameKind(NoticeField),
    /// The part names 省直 and the cities or competent departments.
    BothKinds,
    /// The part names no kind of unit.
    NoKind,
    /// Another part names both kinds or none, so that no part is taken for
    /// sure.
    Undecided,
}

/// What the reader or the checks found that the user must look at before
/// saving. Each is shown with [`NoticeWarning::source`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeWarningKind {
    /// A part of 「报卷时间」 that was read but not used: the fields it could
    /// fill stay open (`could_fill`), for the user to choose it or enter
    /// the dates.
    UnusedWindow {
        /// The dates of the part.
        window: Window,
        /// Why it was not used.
        reason: UnusedWindow,
        /// The window fields it may belong to, left open.
        could_fill: Vec<NoticeField>,
    },
    /// A range left open: 「至」 with no last day (the text may be cut at a
    /// line break). Never read as a one-day window.
    OpenRange,
    /// A labelled value that may be cut by a line break.
    CutValue(NoticeField),
    /// The seniority cutoff is before the achievements cutoff.
    SeniorityBeforeAchievements {
        /// 资历计算截止日.
        seniority: NaiveDate,
        /// 申报材料截止日.
        achievements: NaiveDate,
    },
    /// A window opens on or before the achievements cutoff.
    WindowNotAfterCutoff {
        /// Which window.
        field: NoticeField,
        /// Its first day.
        first: NaiveDate,
        /// 申报材料截止日.
        cutoff: NaiveDate,
    },
    /// A day of a window is not a working day.
    WindowDayOff {
        /// Which window.
        field: NoticeField,
        /// The day.
        date: NaiveDate,
        /// 周末 or the holiday's name.
        what: String,
    },
    /// The year has no official holiday data: the window days could not be
    /// checked against holidays (only against weekends).
    WindowDaysUnchecked {
        /// The notice's year.
        year: i32,
    },
}

impl fmt::Display for NoticeWarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let window = |w: &Window| {
            format!(
                "{}至{}",
                dates::month_day_zh(w.first),
                dates::month_day_zh(w.last)
            )
        };
        match self {
            Self::UnusedWindow {
                window: w,
                reason,
                could_fill,
            } => {
                let fields: Vec<&str> = could_fill.iter().map(|f| f.label()).collect();
                let why = match reason {
                    UnusedWindow::SameKind(field) => {
                        format!("通知中不止一段是“{}”", field.label())
                    }
                    UnusedWindow::BothKinds => "这一段同时提到省直单位和各市/主管部门".to_string(),
                    UnusedWindow::NoKind => "这一段没有写明是哪类单位".to_string(),
                    UnusedWindow::Undecided => "通知中另有一段无法判断属于哪类单位".to_string(),
                };
                write!(
                    f,
                    "未采用的报卷时间（{}）：{why}，无法自动判断。请在“{}”处选择适用的一段或自行填写，并与通知核对",
                    window(w),
                    fields.join("”“")
                )
            }
            Self::OpenRange => write!(
                f,
                "这一段的日期范围没有写完（“至”之后没有日期），可能在换行处被截断：未按一天计算，请自行填写"
            ),
            Self::CutValue(field) => write!(
                f,
                "{}可能在换行处被截断，请与通知核对",
                field.label()
            ),
            Self::SeniorityBeforeAchievements {
                seniority,
                achievements,
            } => write!(
                f,
                "资历计算截止日 {} 早于申报材料截止日 {}，与往年通知不同，请核对",
                dates::long_zh(*seniority),
                dates::long_zh(*achievements)
            ),
            Self::WindowNotAfterCutoff {
                field,
                first,
                cutoff,
            } => write!(
                f,
                "{}从 {} 开始，不在申报材料截止日 {} 之后：请核对（保存时会被拒绝）",
                field.label(),
                dates::long_zh(*first),
                dates::long_zh(*cutoff)
            ),
            Self::WindowDayOff { field, date, what } => write!(
                f,
                "{}中的 {} 是{what}，不是工作日：请与通知核对",
                field.label(),
                dates::long_zh(*date)
            ),
            Self::WindowDaysUnchecked { year } => write!(
                f,
                "{year} 年还没有官方节假日安排：报卷日只核对了是否周末，未核对节假日"
            ),
        }
    }
}

/// A [`NoticeWarningKind`] and the text it is about, as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoticeWarning {
    /// What was found.
    pub kind: NoticeWarningKind,
    /// The part of the pasted text it is about.
    pub source: String,
}
