//! What a pasted holiday notice says that does not add up (warnings, which
//! do not stop the reading) and why a text is not read at all (errors), in
//! Chinese.

use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::domain::dates::{self, SUPPORTED_YEARS};
use crate::domain::pasted::MAX_CHARS;

/// Something the text says that does not add up. It does not stop the
/// reading: the user decides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HolidayWarning {
    /// The weekday written next to a date is not that date's weekday.
    WeekdayMismatch {
        /// The date as read.
        date: NaiveDate,
        /// As written, e.g. `星期六`.
        written: String,
        /// The sentence, as written.
        source: String,
    },
    /// 「共N天」 or 「放假N天」 differs from the days the sentence gives off.
    DayCountMismatch {
        /// The N of 「共N天」.
        stated: u32,
        /// The days off the sentence lists.
        counted: usize,
        /// The sentence, as written.
        source: String,
    },
    /// A make-up working day on a Monday–Friday (they are always weekends).
    MakeUpOnWeekday {
        /// The Monday–Friday said to be worked.
        date: NaiveDate,
        /// The sentence, as written.
        source: String,
    },
    /// The same date is stated once as a day off and once as a working day.
    Contradiction {
        /// The date stated both ways.
        date: NaiveDate,
        /// The sentence of the second statement, as written.
        source: String,
    },
}

impl fmt::Display for HolidayWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::WeekdayMismatch {
                date,
                written,
                source,
            } => write!(
                f,
                "“{}”中 {} 写作“{written}”，但这一天是{}",
                dates::shorten(source),
                date_zh(*date),
                weekday_long(*date)
            ),
            Self::DayCountMismatch {
                stated,
                counted,
                source,
            } => write!(
                f,
                "“{}”写共 {stated} 天，但列出的放假日是 {counted} 天",
                dates::shorten(source)
            ),
            Self::MakeUpOnWeekday { date, source } => write!(
                f,
                "“{}”中的调休上班日 {} 是{}（调休上班只会落在周六或周日）",
                dates::shorten(source),
                date_zh(*date),
                weekday_long(*date)
            ),
            Self::Contradiction { date, source } => write!(
                f,
                "{} 既被写成放假又被写成上班（见“{}”）",
                date_zh(*date),
                dates::shorten(source)
            ),
        }
    }
}

/// Why a pasted text was not read as the State Council's holiday notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HolidayTextError {
    /// Nothing was pasted.
    Empty,
    /// Longer than [`MAX_CHARS`] characters (`chars` is at least that).
    TooLong {
        /// How long the text is, at least.
        chars: usize,
    },
    /// No title line 「国务院办公厅关于YYYY年部分节假日安排的通知」, and no year
    /// in the body either (「现将YYYY年…」).
    MissingTitle,
    /// A title without a year before 「年部分节假日安排」 (four digits or four
    /// Chinese numerals), and no year in the body either.
    MissingYear {
        /// The title found.
        title: String,
    },
    /// Another kind of text: a province's or a city's notice, another
    /// notice, or a title with no holiday in the text.
    NotStateCouncilNotice {
        /// The title of what was pasted instead (empty if it has none).
        title: String,
    },
    /// A year outside 2000–2099.
    YearOutOfRange(i32),
    /// The text names holidays but no day could be read.
    NoDays,
}

impl fmt::Display for HolidayTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "没有粘贴内容：请粘贴国务院办公厅关于部分节假日安排的通知全文"),
            Self::TooLong { chars } => write!(
                f,
                "粘贴的内容太长（超过 {} 字，实际约 {chars} 字）：请只粘贴节假日安排通知本身",
                MAX_CHARS
            ),
            Self::MissingTitle => write!(
                f,
                "没有找到通知标题，正文中也没有“现将YYYY年……”：请连同标题一行（国务院办公厅关于YYYY年部分节假日安排的通知）一起粘贴"
            ),
            Self::MissingYear { title } => write!(
                f,
                "标题“{}”中没有找到年份，正文中也没有“现将YYYY年……”",
                dates::shorten(title)
            ),
            Self::NotStateCouncilNotice { title } if title.is_empty() => {
                write!(f, "这不是国务院办公厅关于部分节假日安排的通知")
            }
            Self::NotStateCouncilNotice { title } => write!(
                f,
                "“{}”不是国务院办公厅关于部分节假日安排的通知（地方转发或其他通知请改贴国务院办公厅原文）",
                dates::shorten(title)
            ),
            Self::YearOutOfRange(year) => write!(
                f,
                "通知的年份 {year} 不在 {}–{} 之间",
                SUPPORTED_YEARS.start(),
                SUPPORTED_YEARS.end()
            ),
            Self::NoDays => write!(f, "通知中没有读到任何放假或上班日期"),
        }
    }
}

impl std::error::Error for HolidayTextError {}

/// `2024年10月1日`.
pub(super) fn date_zh(date: NaiveDate) -> String {
    format!("{}年{}月{}日", date.year(), date.month(), date.day())
}

fn weekday_long(date: NaiveDate) -> &'static str {
    match date.weekday() {
        Weekday::Mon => "星期一",
        Weekday::Tue => "星期二",
        Weekday::Wed => "星期三",
        Weekday::Thu => "星期四",
        Weekday::Fri => "星期五",
        Weekday::Sat => "星期六",
        Weekday::Sun => "星期日",
    }
}
