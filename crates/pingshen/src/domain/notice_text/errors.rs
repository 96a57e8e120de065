//! Why a pasted text was not read as this series' evaluation notice, in
//! Chinese.

use std::fmt;

use crate::domain::dates::{self, SUPPORTED_YEARS};
use crate::domain::pasted::MAX_CHARS;

/// Why a pasted text was not read as this series' evaluation notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeTextError {
    /// Nothing was pasted.
    Empty,
    /// Longer than [`MAX_CHARS`] characters (`chars` is at least that).
    TooLong {
        /// How long the text is, at least.
        chars: usize,
    },
    /// Not the province's notice for the 质量技术监督系列: another series,
    /// another province, the holiday notice… (`title`: what was pasted
    /// instead, if it has a title).
    NotEvaluationNotice {
        /// The title of what was pasted instead (empty if it has none).
        title: String,
    },
    /// The title has no four-digit year.
    MissingYear {
        /// The title found.
        title: String,
    },
    /// The year is outside 2000–2099.
    YearOutOfRange(i32),
}

impl fmt::Display for NoticeTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "没有粘贴内容：请粘贴评审安排通知全文"),
            Self::TooLong { chars } => write!(
                f,
                "粘贴的内容太长（超过 {MAX_CHARS} 字，实际约 {chars} 字）：请只粘贴评审安排通知本身"
            ),
            Self::NotEvaluationNotice { title } if title.is_empty() => write!(
                f,
                "这不是辽宁省质量技术监督系列职称评审安排的通知：请连同标题（关于做好YYYY年全省质量技术监督系列专业技术任职资格评审安排的通知）一起粘贴"
            ),
            Self::NotEvaluationNotice { title } => write!(
                f,
                "“{}”不是辽宁省质量技术监督系列职称评审安排的通知",
                dates::shorten(title)
            ),
            Self::MissingYear { title } => {
                write!(f, "标题“{}”中没有找到四位数的年份", dates::shorten(title))
            }
            Self::YearOutOfRange(year) => write!(
                f,
                "通知的年份 {year} 不在 {}–{} 之间",
                SUPPORTED_YEARS.start(),
                SUPPORTED_YEARS.end()
            ),
        }
    }
}

impl std::error::Error for NoticeTextError {}
