//! Both publicity documents as 材料文书 shows them: the notice and the
//! 《公示情况说明》, each with its warnings (「六、申报流程」（三）;
//! 「五、报卷说明」3).

use chrono::NaiveDate;

use super::error::DocumentError;
use super::publicity_notice::publicity_notice;
use super::publicity_report::publicity_report;
use crate::domain::calendar::Calendar;
use crate::domain::notice::Notice;
use crate::domain::workspace::Record;

/// What the unit fills in once for its documents (材料文书): its name, the
/// place and contact of the publicity, the day it was posted (if known
/// yet), the objections recorded and whether the integrity review found
/// nothing.
#[derive(Clone, Copy, Debug)]
pub struct UnitPaperwork<'a> {
    /// The unit's name, as on its seal.
    pub unit_name: &'a str,
    /// Where the publicity is posted.
    pub place: &'a str,
    /// Who takes objections, and how.
    pub contact: &'a str,
    /// The posting day, once known.
    pub posted: Option<NaiveDate>,
    /// The objections recorded (empty: none).
    pub objections: &'a str,
    /// Whether the integrity review found nothing.
    pub integrity_ok: bool,
}

/// The publicity notice and the 《公示情况说明》 as 材料文书 shows them: each
/// text with its warnings, and the publicity's first and last counted day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicityDocuments {
    /// The notice ([`PublicityNotice::text`](super::PublicityNotice::text)).
    pub notice_text: String,
    /// What to check before posting it: the round's own caveat first.
    pub notice_warnings: Vec<String>,
    /// The report ([`PublicityReport::text`](super::PublicityReport::text)).
    pub report_text: String,
    /// What to check before sending the report.
    pub report_warnings: Vec<String>,
    /// The first working day counted (the day after posting, or later).
    pub first_day: NaiveDate,
    /// The last working day of the publicity.
    pub end_day: NaiveDate,
}

/// Both publicity documents for `applicants` of a round whose notice is
/// `notice` (「六、申报流程」（三）; 「五、报卷说明」3). `round_reason` is why
/// the round's dates are not the published ones ([`Round::reason`](crate::domain::rounds::Round::reason)):
/// said first among the notice's warnings, since the text cannot cite a
/// notice that is not out.
///
/// ```
/// use pingshen::domain::calendar::Calendar;
/// use pingshen::domain::documents::{publicity_documents, DocumentError, UnitPaperwork};
/// use pingshen::domain::notice::Notice;
/// use pingshen::domain::workspace::Record;
/// let unit = UnitPaperwork { unit_name: "某所", place: "公告栏", contact: "王老师", posted: None, objections: "", integrity_ok: true };
/// let today = chrono::NaiveDate::from_ymd_opt(2024, 7, 20).unwrap();
/// let someone = Record { name: "张三".into(), ..Record::default() };
/// let cal = Calendar::official();
/// let missing = publicity_documents(&unit, &[&someone], &cal, &Notice::official_2024(), None, today);
/// assert_eq!(missing.unwrap_err(), DocumentError::NoPostingDate);
/// // Posted Wed 2024-07-24: counted from Thu 07-25, five working days end Wed 07-31.
/// let posted = UnitPaperwork { posted: chrono::NaiveDate::from_ymd_opt(2024, 7, 24), ..unit };
/// let docs = publicity_documents(&posted, &[&someone], &cal, &Notice::official_2024(), Some("预计"), today).unwrap();
/// assert_eq!(docs.first_day.to_string(), "2024-07-25");
/// assert_eq!(docs.end_day.to_string(), "2024-07-31");
/// assert_eq!(docs.notice_warnings[0], "预计：正文未引用通知名称，请在通知发布后核对日期。");
/// ```
///
/// # Errors
///
/// [`DocumentError::NoPostingDate`] before the posting day is known, and the
/// errors of [`publicity_notice`].
pub fn publicity_documents(
    unit: &UnitPaperwork<'_>,
    applicants: &[&Record],
    cal: &Calendar,
    notice: &Notice,
    round_reason: Option<&str>,
    today: NaiveDate,
) -> Result<PublicityDocuments, DocumentError> {
    let posted = unit.posted.ok_or(DocumentError::NoPostingDate)?;
    let n = publicity_notice(
        unit.unit_name,
        unit.place,
        unit.contact,
        posted,
        applicants,
        cal,
        notice,
    )?;
    let r = publicity_report(
        unit.unit_name,
        unit.place,
        &n.period,
        applicants,
        unit.objections,
        unit.integrity_ok,
        today,
    );
    let mut notice_warnings = n.warnings();
    if let Some(reason) = round_reason {
        notice_warnings.insert(
            0,
            format!("{reason}：正文未引用通知名称，请在通知发布后核对日期。"),
        );
    }
    Ok(PublicityDocuments {
        notice_text: n.text(),
        notice_warnings,
        report_text: r.text(),
        report_warnings: r.warnings(),
        first_day: n.period.first_day(),
        end_day: n.period.end_day(),
    })
}
