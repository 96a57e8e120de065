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
//! One concept a file, each re-exported here (every public item is used
//! as `documents::…`): `publicity_notice`, `publicity_report`, `paperwork`
//! (both for 材料文书), `summary` (附件5), `bag`; `wording` (what their
//! texts share), `selection` ([`selected`], [`route_of`]) and `error`
//! ([`DocumentError`]). The files import each other, never this module, so
//! the imports between them have no cycle.
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

mod bag;
mod error;
mod paperwork;
mod publicity_notice;
mod publicity_report;
mod selection;
mod summary;
#[cfg(test)]
mod test_records;
mod wording;

pub use bag::{bag_checklist, BagChecklist, BagItem};
pub use error::DocumentError;
pub use paperwork::{publicity_documents, PublicityDocuments, UnitPaperwork};
pub use publicity_notice::{publicity_notice, PublicityNotice};
pub use publicity_report::{publicity_report, PublicityReport};
pub use selection::{route_of, selected};
pub use summary::{summary_csv, summary_filename, summary_rows, summary_tsv, SUMMARY_COLUMNS};
pub use wording::ListedApplicant;
