//! The paperwork a unit writes (公示、公示情况说明、附件5 汇总表、材料袋清单),
//! with every date taken from the engine so the documents match the
//! overview by construction.
//!
//! - [`publicity_notice`] → [`PublicityNotice`]: the notice posted at the
//!   unit for the publicity of 「六、申报流程」(三) (集中公示), its period
//!   counted by
//!   [`publicity::period_from_posting`](crate::domain::publicity::period_from_posting).
//! - [`publicity_report`] → [`PublicityReport`]: the recommending unit's
//!   《公示情况说明》 of 「五、报卷说明」3.
//! - [`publicity_documents`] → [`PublicityDocuments`]: both of them with
//!   their warnings, as 材料文书 shows them.
//! - [`summary_rows`], [`summary_csv`], [`summary_tsv`], [`summary_filename`]:
//!   the 《申报质量技术监督专业技术资格人员汇总表》 (附件5, 「六、申报流程」(四),
//!   with its electronic copy) as a CSV file Excel and WPS open correctly,
//!   and as text to paste.
//! - [`bag_checklist`] → [`BagChecklist`]: what goes in one applicant's
//!   材料袋 (「五、报卷说明」1–2, 「六、申报流程」(四)1).
//! - [`selected`]: the applicants every document covers.
//!
//! Every document has a `text()`: plain Chinese, no markup, to copy or print.
//!
//! One file per document: `publicity_notice.rs`, `publicity_report.rs`,
//! `paperwork.rs` (both for 材料文书), `summary.rs` (附件5), `bag.rs`; what
//! their texts share is in `wording.rs`. Every public item is used from
//! here, as `documents::…`.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use pingshen::domain::{calendar::Calendar, documents, notice::Notice, workspace::Record};
//!
//! let posted = NaiveDate::from_ymd_opt(2024, 9, 27).unwrap();
//! let zhang = Record { id: "a1".into(), name: "张三".into(), ..Default::default() };
//! let notice = documents::publicity_notice(
//!     "某市计量测试所", "一楼公告栏", "人事科 024-12345678", posted,
//!     &[&zhang], &Calendar::official(), &Notice::official_2024(),
//! ).unwrap();
//! // Sunday 09-29 is a make-up working day; 10-01..07 are off.
//! assert!(notice.text().contains("自2024年9月29日（周日）至2024年10月10日（周四）"));
//! ```

use std::fmt;

use crate::domain::publicity::PublicityError;
use crate::domain::route::Route;
use crate::domain::text::one_line;
use crate::domain::workspace::Record;

mod bag;
mod paperwork;
mod publicity_notice;
mod publicity_report;
mod summary;
#[cfg(test)]
mod test_records;
mod wording;

pub use bag::{bag_checklist, BagChecklist, BagItem};
pub use paperwork::{publicity_documents, PublicityDocuments, UnitPaperwork};
pub use publicity_notice::{publicity_notice, PublicityNotice};
pub use publicity_report::{publicity_report, PublicityReport};
pub use summary::{summary_csv, summary_filename, summary_rows, summary_tsv, SUMMARY_COLUMNS};
pub use wording::ListedApplicant;

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

// ---------------------------------------------------------------------------
// Which applicants the documents cover
// ---------------------------------------------------------------------------

/// The applicants the unit's documents cover for the round of `shown`:
/// every record but those left out of that round's documents (列入文书的
/// 申报人), in the records' order. A record left out in another round is
/// listed again: a round's choice is that round's. Every document — the
/// publicity notice, the 公示情况说明, 附件5 and the bags — takes this.
///
/// ```
/// use pingshen::domain::documents::selected;
/// use pingshen::domain::workspace::Record;
/// let records = vec![
///     Record { id: "a".into(), name: "甲".into(), excluded: true, round: Some(2027), ..Record::default() },
///     Record { id: "b".into(), name: "乙".into(), ..Record::default() },
///     Record { id: "c".into(), name: "丙".into(), excluded: true, round: Some(2026), ..Record::default() },
/// ];
/// let names: Vec<&str> = selected(&records, 2027).iter().map(|r| r.name.as_str()).collect();
/// assert_eq!(names, ["乙", "丙"]);
/// ```
pub fn selected(records: &[Record], shown: i32) -> Vec<&Record> {
    records.iter().filter(|r| !r.excluded_in(shown)).collect()
}

/// The route of a record's files ([`Route::of_applicant`]).
pub fn route_of(record: &Record) -> Option<Route> {
    Route::of_applicant(&record.applicant)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::Calendar;
    use crate::domain::notice::Notice;
    use crate::domain::test_dates::d;
    use test_records::two;

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
