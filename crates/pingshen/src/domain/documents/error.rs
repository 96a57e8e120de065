//! Why a document could not be made ([`DocumentError`]).

use std::fmt;

use crate::domain::publicity::PublicityError;
use crate::domain::text::one_line;

/// Why a document could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentError {
    /// The publicity period could not be counted (「六、申报流程」(三)).
    Publicity(PublicityError),
    /// A publicity notice with nobody on it.
    NoApplicants,
    /// An applicant without a target level: which forms go in the bag
    /// depends on it (「五、报卷说明」1, 「六、申报流程」(四)1).
    NoTarget {
        /// The applicant's name.
        name: String,
    },
    /// The applicant's files do not go to the province: the city's HR
    /// department arranges it (「六、申报流程」（四）2), with its own list.
    CityHr {
        /// The applicant's name.
        name: String,
    },
    /// No posting day yet: every date of the documents follows from it.
    NoPostingDate,
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Publicity(e) => write!(f, "无法计算公示期：{e}"),
            Self::NoApplicants => write!(f, "公示名单为空：请至少选择一名申报人"),
            Self::NoTarget { name } => write!(
                f,
                "申报人“{}”尚未选择申报级别，无法确定材料袋中的材料（是否需要附件4取决于级别）",
                one_line(name)
            ),
            Self::NoPostingDate => write!(f, "请先填写公示张贴日期"),
            Self::CityHr { name } => write!(
                f,
                "申报人“{}”的申报由当地人社部门安排，不报省评委会：所需材料以当地人社部门的通知为准，不使用本通知的材料袋",
                one_line(name)
            ),
        }
    }
}

impl std::error::Error for DocumentError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Publicity(e) => Some(e),
            _ => None,
        }
    }
}

impl From<PublicityError> for DocumentError {
    fn from(e: PublicityError) -> Self {
        Self::Publicity(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::Calendar;
    use crate::domain::documents::test_records::two;
    use crate::domain::documents::{publicity_notice, PublicityNotice};
    use crate::domain::notice::Notice;
    use crate::domain::test_dates::d;
    use crate::domain::workspace::Record;

    #[test]
    fn errors_are_typed_and_in_chinese() {
        let cal = Calendar::official();
        let official = Notice::official_2024();
        let (a, _) = two();
        let make = |posted, people: &[&Record], notice: &Notice| {
            publicity_notice("单位", "公告栏", "人事科", posted, people, &cal, notice)
        };
        let mut zero = official.clone();
        zero.publicity_working_days = 0;
        let table: [(Result<PublicityNotice, DocumentError>, DocumentError, &str); 3] = [
            (
                make(d(2024, 7, 24), &[], &official),
                DocumentError::NoApplicants,
                "公示名单为空",
            ),
            (
                make(d(1999, 12, 31), &[&a], &official),
                DocumentError::Publicity(PublicityError::OutOfRange(d(1999, 12, 31))),
                "无法计算公示期：日期 1999-12-31 超出",
            ),
            (
                make(d(2024, 7, 24), &[&a], &zero),
                DocumentError::Publicity(PublicityError::WorkingDays(0)),
                "不少于 5 个工作日",
            ),
        ];
        for (got, want, msg) in table {
            let err = got.unwrap_err();
            assert_eq!(err, want);
            assert!(err.to_string().contains(msg), "{err}");
        }
        let err = DocumentError::NoTarget {
            name: "张\n三".into(),
        };
        assert!(err.to_string().contains("“张 三”尚未选择申报级别"), "{err}");
        use std::error::Error;
        assert!(DocumentError::Publicity(PublicityError::WorkingDays(0))
            .source()
            .is_some());
    }
}
