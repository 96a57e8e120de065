//! Why a stored document or an imported file cannot be used: structured
//! variants, shown in Chinese.

use std::fmt;

use chrono::NaiveDate;

use crate::domain::calendar::ScheduleError;
use crate::domain::dates;
use crate::domain::notice::NoticeError;
use crate::domain::parse::NumberError;

/// Why a stored value could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// Not JSON, or not the shape of the schema.
    Unreadable(ReadError),
    /// Written by a newer version of the app.
    FutureVersion(u32),
    /// A schema number no version of the app ever wrote (0).
    UnknownVersion(u32),
    /// Readable, but a value in it is not valid.
    Invalid(Problem),
}

/// What kind of reading problem serde_json met.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadErrorKind {
    /// Not JSON (or nested too deeply).
    Syntax,
    /// The text stops in the middle (a cut-off file).
    Truncated,
    /// JSON, but a field is missing, given twice, or of the wrong type.
    Shape,
}

/// Where and why a text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    /// What kind of problem it is.
    pub kind: ReadErrorKind,
    /// 1-based line of the problem.
    pub line: usize,
    /// 1-based column of the problem.
    pub column: usize,
    /// serde's description of a shape problem, in Chinese where it is one
    /// of the usual ones (a missing, repeated or unknown name).
    pub detail: String,
}

impl From<serde_json::Error> for ReadError {
    fn from(e: serde_json::Error) -> Self {
        use serde_json::error::Category;
        let kind = match e.classify() {
            Category::Eof => ReadErrorKind::Truncated,
            Category::Data => ReadErrorKind::Shape,
            Category::Syntax | Category::Io => ReadErrorKind::Syntax,
        };
        let full = e.to_string();
        let place = format!(" at line {} column {}", e.line(), e.column());
        let message = full.strip_suffix(&place).unwrap_or(&full);
        ReadError {
            kind,
            line: e.line(),
            column: e.column(),
            detail: in_chinese(message),
        }
    }
}

/// serde's usual messages, said in Chinese; others are kept as they are.
fn in_chinese(message: &str) -> String {
    let quoted = |prefix: &str| {
        message
            .strip_prefix(prefix)
            .and_then(|rest| rest.split('`').next())
            .map(str::to_string)
    };
    if let Some(name) = quoted("missing field `") {
        format!("缺少字段 {name}")
    } else if let Some(name) = quoted("duplicate field `") {
        format!("字段 {name} 出现两次")
    } else if let Some(name) = quoted("unknown variant `") {
        format!("未知的取值 {}", dates::shorten(&name))
    } else if message.starts_with("invalid type") {
        "某个值的类型不对".into()
    } else if message.starts_with("invalid value") || message.starts_with("invalid length") {
        "某个值不在允许的范围内".into()
    } else if message.starts_with("recursion limit exceeded") {
        "嵌套层数过多".into()
    } else {
        dates::shorten(message)
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, column) = (self.line, self.column);
        match self.kind {
            ReadErrorKind::Syntax if self.detail == "嵌套层数过多" => {
                write!(f, "嵌套层数过多，第 {line} 行第 {column} 列")
            }
            ReadErrorKind::Syntax => write!(f, "不是有效的 JSON，第 {line} 行第 {column} 列"),
            ReadErrorKind::Truncated => write!(f, "内容在第 {line} 行第 {column} 列中断"),
            ReadErrorKind::Shape => write!(f, "{}，第 {line} 行第 {column} 列", self.detail),
        }
    }
}

impl std::error::Error for ReadError {}

/// A value that reads but is not valid (the same checks on load and on
/// import).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Seal or review days beyond the maximum.
    SealDays(u32),
    /// A calculator date outside the supported years.
    UnsupportedDate(NaiveDate),
    /// The calculator's number of working days.
    CalculatorDays(NumberError),
    /// A user's profile claims to be official.
    ProfileMarkedOfficial(i32),
    /// A user's profile that fails its checks.
    Profile {
        /// The profile's year.
        year: i32,
        /// The first check it fails.
        error: NoticeError,
    },
    /// Two profiles for one year.
    ProfileTwice(i32),
    /// An item of achievement without a title.
    UntitledAchievement,
    /// A patent benefit beyond belief (of the named applicant, if any).
    ImplausiblePatent(Option<String>),
    /// A user holiday year given twice, or for a year with official data.
    HolidayYearTwice(i32),
    /// A user holiday year that fails its checks.
    Holiday(ScheduleError),
    /// The n-th applicant (from 1) has no name.
    UnnamedApplicant(usize),
    /// The named applicant has no id.
    ApplicantWithoutId(String),
    /// This id is given to two applicants.
    ApplicantIdTwice(String),
    /// The named applicant's posting day is outside the supported years.
    UnsupportedPosting {
        /// The applicant's name.
        who: String,
        /// The posting day.
        posted: NaiveDate,
    },
    /// A round's year outside the supported years.
    UnsupportedRound(i32),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::SealDays(days) => write!(f, "盖章/审核工作日 {days} 超出范围"),
            Self::UnsupportedDate(date) => write!(f, "日期 {date} 超出支持范围"),
            Self::CalculatorDays(e) => write!(f, "{e}"),
            Self::ProfileMarkedOfficial(year) => {
                write!(f, "自行填写的 {year} 年度被标为官方")
            }
            Self::Profile { year, error } => write!(f, "{year} 年度：{error}"),
            Self::ProfileTwice(year) => write!(f, "{year} 年度出现两次"),
            Self::UntitledAchievement => write!(f, "有一项业绩成果没有名称"),
            Self::ImplausiblePatent(None) => write!(f, "专利年经济效益数额不合理"),
            Self::ImplausiblePatent(Some(who)) => {
                write!(f, "申报人“{who}”的专利年经济效益数额不合理")
            }
            Self::HolidayYearTwice(year) => write!(f, "{year} 年的节假日数据重复"),
            Self::Holiday(e) => write!(f, "{e}"),
            Self::UnnamedApplicant(n) => write!(f, "第 {n} 位申报人没有姓名"),
            Self::ApplicantWithoutId(who) => write!(f, "申报人“{who}”没有编号"),
            Self::ApplicantIdTwice(id) => write!(f, "申报人编号 {id} 出现两次"),
            Self::UnsupportedPosting { who, posted } => {
                write!(f, "申报人“{who}”的公示张贴日期 {posted} 超出支持范围")
            }
            Self::UnsupportedRound(year) => write!(f, "评审年度 {year} 超出支持范围"),
        }
    }
}

impl std::error::Error for Problem {}

impl From<ReadError> for StorageError {
    fn from(e: ReadError) -> Self {
        Self::Unreadable(e)
    }
}

impl From<Problem> for StorageError {
    fn from(e: Problem) -> Self {
        Self::Invalid(e)
    }
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable(e) => write!(f, "本机保存的数据无法读取（{e}）"),
            Self::FutureVersion(v) => write!(
                f,
                "本机数据由更新版本的助手保存（数据版本 {v}），当前版本无法读取"
            ),
            Self::UnknownVersion(v) => {
                write!(f, "本机保存的数据无法读取（未知的数据版本 {v}）")
            }
            Self::Invalid(e) => write!(f, "本机保存的数据有误：{e}"),
        }
    }
}

impl std::error::Error for StorageError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> ReadError {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Two {
            a: u32,
            b: Vec<String>,
        }
        ReadError::from(serde_json::from_str::<Two>(text).unwrap_err())
    }

    #[test]
    fn reading_problems_are_told_in_chinese_with_their_place() {
        let table = [
            ("{", ReadErrorKind::Truncated, "内容在第 1 行第 1 列中断"),
            (
                "{x",
                ReadErrorKind::Syntax,
                "不是有效的 JSON，第 1 行第 2 列",
            ),
            (
                r#"{"a":1}"#,
                ReadErrorKind::Shape,
                "缺少字段 b，第 1 行第 7 列",
            ),
            (
                r#"{"a":1,"a":2,"b":[]}"#,
                ReadErrorKind::Shape,
                "字段 a 出现两次，第 1 行第 10 列",
            ),
            (
                r#"{"a":"1","b":[]}"#,
                ReadErrorKind::Shape,
                "某个值的类型不对，第 1 行第 8 列",
            ),
            (
                r#"{"a":-1,"b":[]}"#,
                ReadErrorKind::Shape,
                "某个值不在允许的范围内，第 1 行第 7 列",
            ),
        ];
        for (text, kind, shown) in table {
            let e = read(text);
            assert_eq!(e.kind, kind, "{text}");
            assert_eq!(e.to_string(), shown, "{text}");
        }
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        let too_deep = serde_json::from_str::<serde_json::Value>(&deep).unwrap_err();
        assert!(ReadError::from(too_deep)
            .to_string()
            .starts_with("嵌套层数过多"));
    }

    #[test]
    fn problems_name_what_is_wrong() {
        let shown = StorageError::Invalid(Problem::ApplicantIdTwice("a1".into())).to_string();
        assert_eq!(shown, "本机保存的数据有误：申报人编号 a1 出现两次");
        assert!(StorageError::UnknownVersion(0)
            .to_string()
            .contains("未知的数据版本 0"));
    }
}
