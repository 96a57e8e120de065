//! The paperwork a unit writes (公示、公示情况说明、附件5 汇总表、材料袋清单),
//! with every date taken from the engine so the documents match the
//! overview by construction.
//!
//! - [`publicity_notice`] → [`PublicityNotice`]: the notice posted at the
//!   unit for the publicity of 「六、申报流程」(三) (集中公示), its period
//!   counted by [`publicity::period_from_posting`].
//! - [`publicity_report`] → [`PublicityReport`]: the recommending unit's
//!   《公示情况说明》 of 「五、报卷说明」3.
//! - [`summary_rows`], [`summary_csv`], [`summary_filename`]: the
//!   《申报质量技术监督专业技术资格人员汇总表》 (附件5, 「六、申报流程」(四),
//!   with its electronic copy) as a CSV file Excel and WPS open correctly.
//! - [`bag_checklist`] → [`BagChecklist`]: what goes in one applicant's
//!   材料袋 (「五、报卷说明」1–2, 「六、申报流程」(四)1).
//!
//! Every document has a `text()`: plain Chinese, no markup, to copy or print.
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

use crate::domain::route::Route;
use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::domain::text::one_line;

use crate::domain::calendar::Calendar;
use crate::domain::dates;
use crate::domain::eligibility::{self, Level, Specialty};
use crate::domain::notice::Notice;
use crate::domain::publicity::{self, Period, PublicityError};
use crate::domain::workspace::Record;

/// What a blank to fill in by hand looks like in the texts.
const BLANK: &str = "__________";

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
// Text helpers
// ---------------------------------------------------------------------------

/// `text` on one line, or a blank to fill in by hand when empty.
fn or_blank(text: &str) -> String {
    let line = one_line(text);
    if line.is_empty() {
        BLANK.to_string()
    } else {
        line
    }
}

/// `2024年7月24日` (no weekday), for signatures.
fn ymd_zh(date: NaiveDate) -> String {
    format!("{}年{}月{}日", date.year(), date.month(), date.day())
}

/// `自2024年7月25日（周四）至2024年7月31日（周三）`: the first counted working
/// day to the end day.
fn span_zh(period: &Period) -> String {
    format!(
        "自{}至{}",
        dates::long_zh(period.first_day()),
        dates::long_zh(period.end_day())
    )
}

/// Notes on the counted days a reader could find odd: weekend days counted
/// because they were make-up working days (调休上班), and weekdays inside
/// the period that were not counted (days off).
fn period_remarks(period: &Period) -> Vec<String> {
    let weekend = |d: &NaiveDate| matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
    let mut remarks = Vec::new();
    let make_up: Vec<String> = period
        .counted
        .iter()
        .filter(|d| weekend(d))
        .map(|d| format!("{}（{}）", dates::month_day_zh(*d), dates::weekday_zh(*d)))
        .collect();
    if !make_up.is_empty() {
        remarks.push(format!(
            "其中{}为调休上班日，计入公示期",
            make_up.join("、")
        ));
    }
    let skipped = period
        .first_day()
        .iter_days()
        .take_while(|d| *d < period.end_day())
        .any(|d| !weekend(&d) && !period.counted.contains(&d));
    if skipped {
        remarks.push("期间法定节假日不计入".into());
    }
    remarks
}

/// The warnings for a period that passed through years without an official
/// holiday schedule, or through years of the user's own holiday data.
fn estimated_warning(period: &Period) -> impl Iterator<Item = String> {
    let user = publicity::user_data_note(&period.user_years);
    let estimated = period.is_estimated().then(|| {
        let years: Vec<String> = period
            .estimated_years
            .iter()
            .map(|y| format!("{y}年"))
            .collect();
        format!(
            "公示期经过{}，该年尚无国务院公布的节假日安排，工作日暂按周一至周五估算；安排公布后请核对公示结束日期",
            years.join("、")
        )
    });
    estimated.into_iter().chain(user)
}

/// One applicant as listed in a document: name, specialty, target level.
pub type ListedApplicant = (String, Option<Specialty>, Option<Level>);

fn listed(records: &[&Record]) -> Vec<ListedApplicant> {
    records
        .iter()
        .map(|r| (r.name.clone(), r.applicant.specialty, r.applicant.target))
        .collect()
}

fn specialty_zh(s: Option<Specialty>) -> &'static str {
    s.map_or("（专业未填）", Specialty::label)
}

fn level_zh(l: Option<Level>) -> &'static str {
    l.map_or("（级别未填）", Level::label)
}

fn missing_fields(applicants: &[ListedApplicant]) -> Option<String> {
    let missing: Vec<String> = applicants
        .iter()
        .filter(|(_, s, l)| s.is_none() || l.is_none())
        .map(|(name, _, _)| or_blank(name))
        .collect();
    (!missing.is_empty())
        .then(|| format!("以下申报人的专业或申报级别尚未填写：{}", missing.join("、")))
}

// ---------------------------------------------------------------------------
// 公示 (「六、申报流程」(三))
// ---------------------------------------------------------------------------

/// The publicity notice (公示) a unit posts for its approved applicants
/// (「六、申报流程」(三) 集中公示: all materials of the applicants approved
/// after 民主评议 and review are shown at the unit for at least 5 working
/// days, counted from the day after posting).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicityNotice {
    /// The unit that posts the notice (and signs it).
    pub unit_name: String,
    /// Where the materials are shown.
    pub place: String,
    /// Whom to tell about an objection (office, person, phone).
    pub contact: String,
    /// The posting day (not itself counted).
    pub posted: NaiveDate,
    /// The period counted by [`publicity::period_from_posting`].
    pub period: Period,
    /// The applicants shown: name, specialty, target level.
    pub applicants: Vec<ListedApplicant>,
    /// The notice year (for the title).
    pub year: i32,
    /// The notice title when it is the official notice, to cite it; `None`
    /// for a profile the user filled in.
    pub notice_title: Option<String>,
    /// Applicants whose record gives another posting day than this notice,
    /// with that day: the overview would show another period for them.
    pub posted_elsewhere: Vec<(String, NaiveDate)>,
}

/// The publicity notice for `applicants` posted on `posted`, lasting
/// `notice.publicity_working_days` working days counted from the day after
/// posting (「六、申报流程」(三), [`publicity::period_from_posting`]).
///
/// # Errors
///
/// [`DocumentError::NoApplicants`] for an empty list;
/// [`DocumentError::Publicity`] when the period cannot be counted (a posting
/// day outside the supported years, a bad number of working days).
pub fn publicity_notice(
    unit_name: &str,
    place: &str,
    contact: &str,
    posted: NaiveDate,
    applicants: &[&Record],
    cal: &Calendar,
    notice: &Notice,
) -> Result<PublicityNotice, DocumentError> {
    if applicants.is_empty() {
        return Err(DocumentError::NoApplicants);
    }
    let period = publicity::period_from_posting(cal, posted, notice.publicity_working_days)?;
    let posted_elsewhere = applicants
        .iter()
        .filter_map(|r| match r.posted_in(notice.year) {
            Some(d) if d != posted => Some((r.name.clone(), d)),
            _ => None,
        })
        .collect();
    Ok(PublicityNotice {
        unit_name: unit_name.to_string(),
        place: place.to_string(),
        contact: contact.to_string(),
        posted,
        period,
        applicants: listed(applicants),
        year: notice.year,
        notice_title: notice.official.then(|| notice.title.clone()),
        posted_elsewhere,
    })
}

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
    /// The notice ([`PublicityNotice::text`]).
    pub notice_text: String,
    /// What to check before posting it: the round's own caveat first.
    pub notice_warnings: Vec<String>,
    /// The report ([`PublicityReport::text`]).
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

impl PublicityNotice {
    /// The notice as plain Chinese text: title; the basis (民主评议 and
    /// review, all materials shown, 「六、申报流程」(三)); the list (name,
    /// specialty, target level); the period from the first counted working
    /// day to the end day with weekdays, the posting day and the number of
    /// working days counted from the day after posting; the place; how to
    /// raise an objection; the unit and the posting day as signature. Empty
    /// fields become blanks to fill in by hand.
    pub fn text(&self) -> String {
        let n = self.period.counted.len();
        let basis = match &self.notice_title {
            Some(title) => format!("根据《{}》要求，", one_line(title)),
            None => format!("根据{}年质量技术监督系列专业技术资格评审安排，", self.year),
        };
        let mut lines = vec![
            format!(
                "{}年度质量技术监督系列专业技术资格评审申报人员公示",
                self.year
            ),
            String::new(),
            format!(
                "{basis}经本单位民主评议、综合考评和审核，以下{}名申请人审核合格。现将其全部申报材料集中在本单位进行公示，接受监督。",
                self.applicants.len()
            ),
            String::new(),
            "公示名单（序号. 姓名 专业 申报级别）：".into(),
        ];
        for (i, (name, specialty, level)) in self.applicants.iter().enumerate() {
            lines.push(format!(
                "{}. {} {} {}",
                i + 1,
                or_blank(name),
                specialty_zh(*specialty),
                level_zh(*level)
            ));
        }
        lines.push(String::new());
        let mut when = format!(
            "公示时间：{}。本公示于{}张贴，公示期为{n}个工作日，从张贴的第二天算起",
            span_zh(&self.period),
            dates::long_zh(self.posted)
        );
        for remark in period_remarks(&self.period) {
            when.push('；');
            when.push_str(&remark);
        }
        when.push('。');
        lines.push(when);
        lines.push(format!("公示地点：{}。", or_blank(&self.place)));
        lines.push(format!(
            "公示期间，如对上述人员的申报材料、职业操守或从业行为有异议，请以实名方式向{}反映。",
            or_blank(&self.contact)
        ));
        lines.push(String::new());
        lines.push(or_blank(&self.unit_name));
        lines.push(ymd_zh(self.posted));
        lines.join("\n")
    }

    /// What to check before posting: a period resting on estimated years
    /// (no official holiday schedule yet), empty fields, applicants without
    /// specialty or level, applicants whose record gives another posting
    /// day. Empty when all is in order.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings: Vec<String> = estimated_warning(&self.period).collect();
        for (value, what) in [
            (&self.unit_name, "单位名称"),
            (&self.place, "公示地点"),
            (&self.contact, "异议联系方式"),
        ] {
            if one_line(value).is_empty() {
                warnings.push(format!("{what}未填写，正文中留有空白"));
            }
        }
        warnings.extend(missing_fields(&self.applicants));
        for (name, day) in &self.posted_elsewhere {
            warnings.push(format!(
                "申报人“{}”记录的张贴日期为{}，与本公示的{}不同，请统一",
                or_blank(name),
                dates::long_zh(*day),
                dates::long_zh(self.posted)
            ));
        }
        warnings
    }
}

// ---------------------------------------------------------------------------
// 公示情况说明 (「五、报卷说明」3)
// ---------------------------------------------------------------------------

/// The recommending unit's 《公示情况说明》 (「五、报卷说明」3): publicity
/// time and place, that all materials were shown, objections, integrity
/// review (廉洁自律情况).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicityReport {
    /// The unit's name exactly as on its seal.
    pub unit_name: String,
    /// Where the materials were shown.
    pub place: String,
    /// The posting day.
    pub posted: NaiveDate,
    /// The publicity period.
    pub period: Period,
    /// The applicants shown: name, specialty, target level.
    pub applicants: Vec<ListedApplicant>,
    /// Objections raised, as recorded; empty = none.
    pub objections: String,
    /// Whether the integrity review found nothing against the applicants.
    pub integrity_ok: bool,
    /// The date written under the seal; `None` leaves it blank to fill in
    /// by hand when sealing. [`publicity_report`] sets `None`.
    pub dated: Option<NaiveDate>,
    /// The publicity had ended on the day the report was drawn up: before
    /// that, the report is a draft and says nothing of objections.
    pub publicity_over: bool,
}

/// The 《公示情况说明》 of the publicity `period` (from
/// [`publicity::period_from_posting`], so its dates are the engine's)
/// (「五、报卷说明」3). `objections` is the recorded text, empty when there
/// were none; `integrity_ok` whether the integrity review found nothing.
pub fn publicity_report(
    unit_name: &str,
    place: &str,
    period: &Period,
    applicants: &[&Record],
    objections: &str,
    integrity_ok: bool,
    today: NaiveDate,
) -> PublicityReport {
    PublicityReport {
        publicity_over: today > period.end_day(),
        unit_name: unit_name.to_string(),
        place: place.to_string(),
        posted: period.posted,
        period: period.clone(),
        applicants: listed(applicants),
        objections: objections.replace("\r\n", "\n").trim().to_string(),
        integrity_ok,
        dated: None,
    }
}

impl PublicityReport {
    /// The report as plain Chinese text: title; publicity time (from–to with
    /// weekdays, posting day, working days) and place; that all materials of
    /// the listed applicants were shown; objections (无异议 or the recorded
    /// text); the integrity review; the unit name as on its seal and a date
    /// line (blank unless [`dated`](Self::dated) is set).
    pub fn text(&self) -> String {
        let n = self.period.counted.len();
        let names: Vec<String> = self
            .applicants
            .iter()
            .map(|(name, s, l)| {
                format!(
                    "{}（{}，{}）",
                    or_blank(name),
                    specialty_zh(*s),
                    level_zh(*l)
                )
            })
            .collect();
        let mut when = format!(
            "一、公示时间：{}，共{n}个工作日（{}张贴，从公示的第二天算起",
            span_zh(&self.period),
            dates::long_zh(self.posted)
        );
        for remark in period_remarks(&self.period) {
            when.push('；');
            when.push_str(&remark);
        }
        when.push_str("）。");
        let objections = if !self.publicity_over {
            format!(
                "四、异议情况：{BLANK}（公示至{}结束，结束后如实填写）",
                dates::long_zh(self.period.end_day())
            )
        } else if self.objections.is_empty() {
            "四、异议情况：公示期间无异议。".to_string()
        } else {
            format!(
                "四、异议情况：公示期间收到异议，情况如下：\n{}",
                self.objections
            )
        };
        let integrity = if self.integrity_ok {
            "五、廉洁自律情况：经审核，上述人员遵守廉洁自律有关规定，未发现违反廉洁自律规定的情况。"
                .to_string()
        } else {
            format!("五、廉洁自律情况：{BLANK}（请如实写明审核情况）")
        };
        let dated = match self.dated {
            Some(d) => ymd_zh(d),
            None => "    年  月  日".into(),
        };
        let title = if self.publicity_over {
            "公示情况说明".to_string()
        } else {
            "公示情况说明（草稿：公示尚未结束，不得出具）".to_string()
        };
        [
            title,
            String::new(),
            format!(
                "本单位对经民主评议、综合考评和审核合格的{}名申报人员进行了集中公示：{}。现将公示情况说明如下：",
                self.applicants.len(),
                names.join("、")
            ),
            when,
            format!("二、公示地点：{}。", or_blank(&self.place)),
            "三、公示内容：上述人员的全部申报材料均已集中在本单位进行公示。".into(),
            objections,
            integrity,
            "特此说明。".into(),
            String::new(),
            format!("推荐单位（盖章）：{}", or_blank(&self.unit_name)),
            dated,
        ]
        .join("\n")
    }

    /// What to check before sealing: estimated years, objections recorded
    /// (files go up only after a publicity without objection,
    /// 「六、申报流程」(四)), integrity not confirmed, empty fields, and the
    /// reminder that the unit name must match the seal.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings: Vec<String> = estimated_warning(&self.period).collect();
        if !self.publicity_over {
            warnings.push(format!(
                "草稿：公示到{}才结束，结束且无异议后才能出具本说明并盖章",
                dates::long_zh(self.period.end_day())
            ));
        }
        if !self.objections.is_empty() {
            warnings.push(
                "公示期间有异议：按「六、申报流程」(四)，公示无异议方可逐级上报，请先核实处理"
                    .into(),
            );
        }
        if !self.integrity_ok {
            warnings.push("廉洁自律情况尚未确认，正文中留有空白".into());
        }
        if one_line(&self.place).is_empty() {
            warnings.push("公示地点未填写，正文中留有空白".into());
        }
        if one_line(&self.unit_name).is_empty() {
            warnings.push("单位名称未填写，正文中留有空白".into());
        }
        warnings.push("单位名称须与所盖公章完全一致".into());
        warnings.extend(missing_fields(&self.applicants));
        warnings
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

// ---------------------------------------------------------------------------
// 附件5 汇总表 (「六、申报流程」(四))
// ---------------------------------------------------------------------------

/// The columns of the 附件5 summary table (《申报质量技术监督专业技术资格
/// 人员汇总表》, 「六、申报流程」(四)), in order.
pub const SUMMARY_COLUMNS: [&str; 11] = [
    "序号",
    "姓名",
    "单位",
    "专业",
    "申报级别",
    "现职称",
    "取得现职称时间",
    "学历",
    "是否破格",
    "资历（周年）",
    "备注",
];

/// One row per record for the 附件5 summary table (「六、申报流程」(四)), in
/// [`SUMMARY_COLUMNS`] order. Cells are the record's own text (names are
/// not altered; [`summary_csv`] escapes them); unknown answers give empty
/// cells. 现职称 is `无` when the applicant holds no title
/// ([`eligibility::Applicant::current_title`] is `None`). 资历 is the full
/// years (周年) from the title date to `seniority_cutoff`
/// (「五、相关政策规定」3, [`eligibility::full_years`]), empty without a title
/// date. 备注 carries the record's notes.
///
/// Only applicants whose files go to the province are listed
/// ([`Route::goes_to_province`]; a record whose unit level is not known yet
/// is listed, to be checked): the table goes with the files to the
/// provincial committee. 单位 is the record's own unit, else `unit_name`.
pub fn summary_rows(
    unit_name: &str,
    records: &[&Record],
    seniority_cutoff: NaiveDate,
) -> Vec<Vec<String>> {
    records
        .iter()
        .filter(|r| route_of(r).is_none_or(Route::goes_to_province))
        .enumerate()
        .map(|(i, r)| {
            let a = &r.applicant;
            let unit = if one_line(&r.unit_name).is_empty() {
                unit_name
            } else {
                &r.unit_name
            };
            vec![
                (i + 1).to_string(),
                r.name.clone(),
                unit.to_string(),
                a.specialty.map_or("", Specialty::label).to_string(),
                a.target.map_or("", Level::label).to_string(),
                a.current_title.map_or("无", Level::label).to_string(),
                a.title_date.map(|d| d.to_string()).unwrap_or_default(),
                a.education
                    .map_or("", eligibility::Education::label)
                    .to_string(),
                if a.exceptional { "是" } else { "否" }.to_string(),
                a.title_date
                    .map(|d| eligibility::full_years(d, seniority_cutoff).to_string())
                    .unwrap_or_default(),
                r.notes.clone(),
            ]
        })
        .collect()
}

/// A cell a spreadsheet would take for a formula (starts with `=`, `+`,
/// `-`, `@`, tab or CR) gets a leading apostrophe.
fn guard_formula(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF,
/// with quotes doubled.
fn csv_field(cell: &str) -> String {
    quoted_if(cell, &[',', '"', '\r', '\n'])
}

/// `cell`, in double quotes (inner quotes doubled) when it holds any of
/// `specials`.
fn quoted_if(cell: &str, specials: &[char]) -> String {
    if cell.contains(specials) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// The 附件5 table as text to paste into Excel or WPS, where the clipboard
/// is the only way out (an in-app browser drops the CSV download):
/// tab-separated, as spreadsheets copy and paste their cells, a line per
/// row (`\n`), no byte-order mark; a cell holding a tab, a line break or a
/// quote is quoted as in CSV; the same formula guard as [`summary_csv`].
///
/// ```
/// use pingshen::domain::documents::summary_tsv;
/// let tsv = summary_tsv(&[vec!["1".into(), "李四, \"老李\"".into(), "=1+1".into()]]);
/// assert!(tsv.starts_with("序号\t姓名\t"));
/// assert!(tsv.ends_with("1\t\"李四, \"\"老李\"\"\"\t'=1+1\n"));
/// ```
pub fn summary_tsv(rows: &[Vec<String>]) -> String {
    let header: Vec<String> = SUMMARY_COLUMNS.iter().map(|c| c.to_string()).collect();
    let mut out = String::new();
    for row in std::iter::once(&header).chain(rows) {
        let fields: Vec<String> = row
            .iter()
            .map(|c| quoted_if(&guard_formula(c), &['\t', '"', '\r', '\n']))
            .collect();
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
    out
}

/// The 附件5 electronic copy (「六、申报流程」(四): 另附电子版) as CSV: a
/// UTF-8 byte-order mark (so Excel and WPS read the Chinese correctly), the
/// [`SUMMARY_COLUMNS`] header, then `rows`; RFC 4180 quoting, CRLF after
/// every line, and a formula-injection guard (a cell starting with `=`, `+`,
/// `-`, `@`, tab or CR gets a leading apostrophe).
///
/// ```
/// use pingshen::domain::documents::summary_csv;
/// let csv = summary_csv(&[vec!["1".into(), "王\"五\"".into(), "=1+1".into()]]);
/// assert!(csv.starts_with("\u{FEFF}序号,姓名,"));
/// assert!(csv.ends_with("1,\"王\"\"五\"\"\",'=1+1\r\n"));
/// ```
pub fn summary_csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{FEFF}");
    let header = SUMMARY_COLUMNS
        .iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>();
    for row in std::iter::once(&header).chain(rows) {
        let fields: Vec<String> = row.iter().map(|c| csv_field(&guard_formula(c))).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The file name of the 附件5 electronic copy: `附件5-汇总表-{unit}-{year}.csv`,
/// with characters unsafe in file names (`/ \ : * ? " < > |`, control
/// characters, whitespace runs) removed or collapsed and the unit name cut to
/// 40 characters; without a unit name, `附件5-汇总表-{year}.csv`.
///
/// ```
/// use pingshen::domain::documents::summary_filename;
/// assert_eq!(summary_filename("沈阳/计量:所", 2024), "附件5-汇总表-沈阳计量所-2024.csv");
/// assert_eq!(summary_filename(" ../ ", 2024), "附件5-汇总表-2024.csv");
/// ```
pub fn summary_filename(unit_name: &str, year: i32) -> String {
    let cleaned: String = unit_name
        .chars()
        .filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|'))
        .map(|c| {
            if c.is_control() || c.is_whitespace() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let cleaned: String = cleaned
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| c == '.' || c == ' ')
        .chars()
        .take(40)
        .collect();
    let cleaned = cleaned.trim_matches(|c: char| c == '.' || c == ' ');
    if cleaned.is_empty() {
        format!("附件5-汇总表-{year}.csv")
    } else {
        format!("附件5-汇总表-{cleaned}-{year}.csv")
    }
}

// ---------------------------------------------------------------------------
// 材料袋 (「五、报卷说明」1–2, 「六、申报流程」(四)1)
// ---------------------------------------------------------------------------

/// The forms of [`eligibility::forms_for`] that go in the applicant's own
/// bag; the unit's 《公示情况说明》 (`publicity-report`) and 附件5 (`form-5`)
/// do not.
const BAG_FORMS: [&str; 4] = ["form-1", "form-2", "form-3", "form-4"];

/// One item of an applicant's bag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BagItem {
    /// The form id of [`eligibility::FormItem`] (`form-1` … `form-4`), the
    /// same id a record ticks.
    pub id: &'static str,
    /// The form's name.
    pub title: String,
    /// How to prepare it.
    pub detail: String,
    /// Copies to put in the bag.
    pub copies: u32,
    /// Whether the record ticks it as ready.
    pub ticked: bool,
    /// The clause that asks for it.
    pub clause: &'static str,
}

/// What goes in one applicant's 材料袋 (「五、报卷说明」1–2,
/// 「六、申报流程」(四)1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BagChecklist {
    /// The applicant's name.
    pub name: String,
    /// The level applied for.
    pub target: Level,
    /// Applying as an exception (破格).
    pub exceptional: bool,
    /// The items, in attachment order.
    pub items: Vec<BagItem>,
}

/// The bag of `record`: exactly the forms of
/// [`eligibility::forms_for`]`(target, exceptional)` that the applicant hands
/// in — 附件1 ×3 with a 1-inch colour photo and 附件3 bound in catalogue
/// order (「五、报卷说明」1–2), 附件2 for 破格 (「五、报卷说明」1), 附件4 for
/// 正高 (「六、申报流程」(四)1). The unit's 《公示情况说明》 and 附件5 are not
/// in it. An item is ticked only by a tick of the round of `shown`.
///
/// # Errors
///
/// [`DocumentError::NoTarget`] while no target level is chosen: the bag
/// depends on it, and an empty list could be taken for "nothing to do".
pub fn bag_checklist(record: &Record, shown: i32) -> Result<BagChecklist, DocumentError> {
    let target = record
        .applicant
        .target
        .ok_or_else(|| DocumentError::NoTarget {
            name: record.name.clone(),
        })?;
    if route_of(record) == Some(Route::CityHr) {
        return Err(DocumentError::CityHr {
            name: record.name.clone(),
        });
    }
    let exceptional = record.applicant.exceptional;
    // The 公示情况说明 (the only form whose detail has the publicity length)
    // is not in the bag: any length does.
    let items = eligibility::forms_owed(&record.applicant, publicity::NOTICE_MINIMUM_WORKING_DAYS)
        .into_iter()
        .filter(|f| BAG_FORMS.contains(&f.id))
        .map(|f| BagItem {
            id: f.id,
            copies: if f.id == "form-1" { 3 } else { 1 },
            ticked: record.ticks_in(shown).iter().any(|t| t == f.id),
            title: f.title,
            detail: f.detail,
            clause: f.clause,
        })
        .collect();
    Ok(BagChecklist {
        name: record.name.clone(),
        target,
        exceptional,
        items,
    })
}

impl BagChecklist {
    /// How many items are ticked as ready.
    pub fn ready(&self) -> usize {
        self.items.iter().filter(|i| i.ticked).count()
    }

    /// The checklist as plain text: a heading (name, level, 破格), one line
    /// per item with ☑/☐, its copies and how to prepare it, the count, and
    /// the rule that files go in once (「六、申报流程」(四): 一次性报卷，不得补报).
    pub fn text(&self) -> String {
        let mut lines = vec![format!(
            "材料袋清单：{}（{}{}）",
            or_blank(&self.name),
            self.target.label(),
            if self.exceptional { "，破格" } else { "" }
        )];
        for (i, item) in self.items.iter().enumerate() {
            lines.push(format!(
                "{} {}. {}，共{}份",
                if item.ticked { "☑" } else { "☐" },
                i + 1,
                item.title,
                item.copies
            ));
            lines.push(format!("   {}（{}）", item.detail, item.clause));
        }
        lines.push(format!(
            "共{}项，已备齐{}项。",
            self.items.len(),
            self.ready()
        ));
        lines.push(
            "《公示情况说明》由推荐单位提交，附件5汇总表由市局或主管部门填报，均不装入本人材料袋。"
                .into(),
        );
        lines.push("实行一次性报卷，不得补报（「六、申报流程」(四)）。".into());
        lines.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::eligibility::{Applicant, Education};

    use crate::domain::test_dates::d;

    fn record(name: &str, specialty: Option<Specialty>, target: Option<Level>) -> Record {
        Record {
            id: format!("id-{name}"),
            name: name.into(),
            applicant: Applicant {
                specialty,
                target,
                ..Applicant::default()
            },
            ..Record::default()
        }
    }

    fn two() -> (Record, Record) {
        (
            record(
                "张三",
                Some(Specialty::Metrology),
                Some(Level::SeniorEngineer),
            ),
            record(
                "李四",
                Some(Specialty::SpecialEquipment),
                Some(Level::ProfessorEngineer),
            ),
        )
    }

    fn notice_on(posted: NaiveDate, people: &[&Record]) -> PublicityNotice {
        publicity_notice(
            "某市计量测试所",
            "本所一楼公告栏",
            "人事科王老师，电话024-12345678",
            posted,
            people,
            &Calendar::official(),
            &Notice::official_2024(),
        )
        .unwrap()
    }

    /// Periods worked by hand from 「六、申报流程」(三) (5 working days from
    /// the day after posting) and the State Council schedules
    /// (`data/holiday-cn/2024.json`, `2025.json`): the notice and the
    /// report both carry the engine's period, with weekdays.
    #[test]
    fn notice_and_report_carry_the_engines_dates() {
        // (posted, posted in words, from–to, remarks the texts must carry)
        let table: [(NaiveDate, &str, &str, &[&str]); 4] = [
            (
                d(2024, 7, 24),
                "2024年7月24日（周三）",
                "自2024年7月25日（周四）至2024年7月31日（周三）",
                &[],
            ),
            (
                d(2024, 9, 27),
                "2024年9月27日（周五）",
                "自2024年9月29日（周日）至2024年10月10日（周四）",
                &["9月29日（周日）为调休上班日", "法定节假日不计入"],
            ),
            (
                d(2024, 2, 8),
                "2024年2月8日（周四）",
                "自2024年2月9日（周五）至2024年2月21日（周三）",
                &["2月18日（周日）为调休上班日", "法定节假日不计入"],
            ),
            (
                d(2024, 12, 27),
                "2024年12月27日（周五）",
                "自2024年12月30日（周一）至2025年1月6日（周一）",
                &["法定节假日不计入"],
            ),
        ];
        let cal = Calendar::official();
        let (a, b) = two();
        for (posted, posted_zh, span, remarks) in table {
            let notice = notice_on(posted, &[&a, &b]);
            assert_eq!(
                notice.period,
                publicity::period_from_posting(&cal, posted, 5).unwrap()
            );
            let text = notice.text();
            assert!(text.contains(&format!("公示时间：{span}。")), "{text}");
            assert!(
                text.contains(&format!(
                    "本公示于{posted_zh}张贴，公示期为5个工作日，从张贴的第二天算起"
                )),
                "{text}"
            );
            assert!(
                text.ends_with(&format!("某市计量测试所\n{}", ymd_zh(posted))),
                "{text}"
            );
            assert!(notice.warnings().is_empty(), "{:?}", notice.warnings());

            let report = publicity_report(
                "某市计量测试所",
                "本所一楼公告栏",
                &notice.period,
                &[&a, &b],
                "",
                true,
                d(2030, 1, 1),
            );
            let text = report.text();
            assert!(
                text.contains(&format!(
                    "一、公示时间：{span}，共5个工作日（{posted_zh}张贴，从公示的第二天算起"
                )),
                "{text}"
            );
            for remark in remarks {
                assert!(notice.text().contains(remark), "{posted}: {remark}");
                assert!(text.contains(remark), "{posted}: {remark}");
            }
            if remarks.is_empty() {
                assert!(!notice.text().contains("调休"), "{posted}");
                assert!(!notice.text().contains("节假日"), "{posted}");
            }
        }
    }

    #[test]
    fn the_notice_says_what_the_clause_asks() {
        let (a, b) = two();
        let mut c = record("周\n八<b>", None, None);
        c.posted = Some(d(2024, 7, 20));
        let notice = notice_on(d(2024, 7, 24), &[&a, &b, &c]);
        let text = notice.text();
        for needle in [
            "2024年度质量技术监督系列专业技术资格评审申报人员公示",
            "根据《关于做好2024年全省质量技术监督系列专业技术任职资格评审安排的通知》要求",
            "经本单位民主评议、综合考评和审核，以下3名申请人审核合格",
            "全部申报材料集中在本单位进行公示",
            "1. 张三 计量 高级工程师",
            "2. 李四 特种设备 正高级工程师",
            // Names are text: a line break becomes a space, markup stays literal.
            "3. 周 八<b> （专业未填） （级别未填）",
            "公示地点：本所一楼公告栏。",
            "请以实名方式向人事科王老师，电话024-12345678反映。",
        ] {
            assert!(text.contains(needle), "{needle} in\n{text}");
        }
        let warnings = notice.warnings().join("\n");
        assert!(
            warnings.contains("专业或申报级别尚未填写：周 八<b>"),
            "{warnings}"
        );
        assert!(
            warnings.contains("2024年7月20日（周六），与本公示的2024年7月24日（周三）不同"),
            "{warnings}"
        );
    }

    #[test]
    fn empty_fields_are_blanks_and_warnings() {
        let (a, _) = two();
        let notice = publicity_notice(
            " ",
            "",
            "",
            d(2024, 7, 24),
            &[&a],
            &Calendar::official(),
            &Notice::official_2024(),
        )
        .unwrap();
        let text = notice.text();
        assert!(text.contains(&format!("公示地点：{BLANK}。")), "{text}");
        assert!(text.ends_with(&format!("{BLANK}\n2024年7月24日")), "{text}");
        let warnings = notice.warnings();
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        for what in ["单位名称", "公示地点", "异议联系方式"] {
            assert!(warnings.iter().any(|w| w.starts_with(what)), "{what}");
        }
    }

    #[test]
    fn a_user_profile_is_not_cited_as_the_official_notice() {
        let (a, _) = two();
        let notice = publicity_notice(
            "单位",
            "公告栏",
            "人事科",
            d(2025, 7, 23),
            &[&a],
            &Calendar::official(),
            &crate::domain::rounds::project(
                &Notice::official_2024(),
                2025,
                &crate::domain::calendar::Calendar::official(),
            ),
        )
        .unwrap();
        let text = notice.text();
        assert!(text.starts_with("2025年度"), "{text}");
        assert!(text.contains("根据2025年质量技术监督系列专业技术资格评审安排，"));
        assert!(!text.contains('《'), "{text}");
    }

    #[test]
    fn estimated_years_are_warned_about() {
        let (a, _) = two();
        // 2027 has no official schedule.
        let notice = notice_on(d(2026, 12, 29), &[&a]);
        let warnings = notice.warnings();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("2027年"), "{}", warnings[0]);
        assert!(warnings[0].contains("估算"), "{}", warnings[0]);
        let report = publicity_report(
            "单位",
            "公告栏",
            &notice.period,
            &[&a],
            "",
            true,
            d(2030, 1, 1),
        );
        assert!(report.warnings().iter().any(|w| w.contains("2027年")));
    }

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

    #[test]
    fn the_report_states_objections_and_integrity() {
        let (a, b) = two();
        let period =
            publicity::period_from_posting(&Calendar::official(), d(2024, 7, 24), 5).unwrap();
        let report = |objections: &str, integrity_ok| {
            publicity_report(
                "某市计量测试所",
                "本所一楼公告栏",
                &period,
                &[&a, &b],
                objections,
                integrity_ok,
                d(2030, 1, 1),
            )
        };
        // (objections, integrity ok, in the text, warned about)
        let table: [(&str, bool, &[&str], &[&str]); 3] = [
            (
                "  ",
                true,
                &[
                    "四、异议情况：公示期间无异议。",
                    "未发现违反廉洁自律规定的情况",
                ],
                &[],
            ),
            (
                "有人反映论文署名问题，\r\n经核实已更正。",
                true,
                &["公示期间收到异议，情况如下：\n有人反映论文署名问题，\n经核实已更正。"],
                &["公示期间有异议"],
            ),
            (
                "",
                false,
                &["五、廉洁自律情况：__________（请如实写明审核情况）"],
                &["廉洁自律情况尚未确认"],
            ),
        ];
        for (objections, integrity_ok, texts, warned) in table {
            let r = report(objections, integrity_ok);
            let text = r.text();
            for needle in [
                "公示情况说明",
                "对经民主评议、综合考评和审核合格的2名申报人员进行了集中公示：张三（计量，高级工程师）、李四（特种设备，正高级工程师）。",
                "二、公示地点：本所一楼公告栏。",
                "三、公示内容：上述人员的全部申报材料均已集中在本单位进行公示。",
                "推荐单位（盖章）：某市计量测试所\n    年  月  日",
            ] {
                assert!(text.contains(needle), "{needle} in\n{text}");
            }
            for needle in texts {
                assert!(text.contains(needle), "{needle} in\n{text}");
            }
            let warnings = r.warnings();
            assert!(warnings.iter().any(|w| w.contains("与所盖公章完全一致")));
            assert_eq!(warnings.len(), 1 + warned.len(), "{warnings:?}");
            for w in warned {
                assert!(warnings.iter().any(|x| x.contains(w)), "{w}");
            }
        }
        let mut dated = report("", true);
        dated.dated = Some(d(2024, 8, 1));
        assert!(dated.text().ends_with("某市计量测试所\n2024年8月1日"));
    }

    /// A small RFC 4180 reader for the tests: strict about CRLF between
    /// records, quotes only around whole fields.
    fn parse_csv(text: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut field = String::new();
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        let mut at_start = true;
        while let Some(c) = chars.next() {
            if quoted {
                if c == '"' {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        field.push('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    field.push(c);
                }
                continue;
            }
            match c {
                '"' if at_start => {
                    quoted = true;
                    at_start = false;
                }
                '"' => panic!("a quote inside an unquoted field"),
                ',' => {
                    row.push(std::mem::take(&mut field));
                    at_start = true;
                }
                '\r' => {
                    assert_eq!(chars.next(), Some('\n'), "CR without LF");
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                    at_start = true;
                }
                '\n' => panic!("a bare LF ends a record"),
                _ => {
                    field.push(c);
                    at_start = false;
                }
            }
        }
        assert!(!quoted, "an unterminated quoted field");
        assert!(
            row.is_empty() && field.is_empty(),
            "the last record lacks CRLF"
        );
        rows
    }

    /// Before the publicity has ended the report is a draft and says nothing
    /// of objections; from the day after its last day it reads 无异议.
    #[test]
    fn the_report_is_a_draft_until_the_publicity_ends() {
        let cal = Calendar::official();
        let period = publicity::period_from_posting(&cal, d(2024, 7, 24), 5).unwrap();
        let a = record("甲", Some(Specialty::Quality), Some(Level::Engineer));
        let at = |today| publicity_report("单位", "公告栏", &period, &[&a], "", true, today);
        for today in [d(2024, 7, 24), d(2024, 7, 31)] {
            let draft = at(today);
            assert!(draft.text().starts_with("公示情况说明（草稿"), "{today}");
            assert!(!draft.text().contains("无异议"), "{today}");
            assert!(draft.warnings().iter().any(|w| w.starts_with("草稿")));
        }
        let done = at(d(2024, 8, 1));
        assert!(done.text().starts_with("公示情况说明\n"));
        assert!(done.text().contains("公示期间无异议"));
    }

    /// 附件5 lists only applicants whose files go to the province, each with
    /// its own unit; a city-HR applicant has no provincial bag.
    #[test]
    fn the_summary_and_bags_follow_the_route() {
        let mut to_province = record(
            "甲",
            Some(Specialty::Quality),
            Some(Level::ProfessorEngineer),
        );
        to_province.applicant.unit = Some(eligibility::UnitLevel::County);
        to_province.unit_name = "某县质监站".into();
        let mut city_hr = record("乙", Some(Specialty::Quality), Some(Level::SeniorEngineer));
        city_hr.applicant.unit = Some(eligibility::UnitLevel::City);
        let unknown = record("丙", Some(Specialty::Quality), Some(Level::Engineer));
        let rows = summary_rows(
            "某市局",
            &[&to_province, &city_hr, &unknown],
            d(2024, 12, 31),
        );
        let listed: Vec<(&str, &str)> = rows
            .iter()
            .map(|r| (r[1].as_str(), r[2].as_str()))
            .collect();
        assert_eq!(listed, [("甲", "某县质监站"), ("丙", "某市局")]);
        assert_eq!(rows[1][0], "2", "numbered after the filter");
        assert!(matches!(
            bag_checklist(&city_hr, 2024),
            Err(DocumentError::CityHr { .. })
        ));
        let bag = bag_checklist(&to_province, 2024).unwrap();
        assert!(bag.items.iter().any(|i| i.id == "form-4"));
    }

    #[test]
    fn names_survive_csv_escaping() {
        let names = [
            "张三",
            "王\"五\"",
            "李,四",
            "赵\r\n六",
            "孙\n七",
            "<b>钱八</b>",
            "吴 九, \"小吴\"\n<script>",
            "O'Brien",
        ];
        let records: Vec<Record> = names
            .iter()
            .map(|n| record(n, Some(Specialty::Quality), Some(Level::Engineer)))
            .collect();
        let refs: Vec<&Record> = records.iter().collect();
        let rows = summary_rows("某市\"质监\",站", &refs, d(2024, 12, 31));
        let csv = summary_csv(&rows);
        assert!(csv.starts_with('\u{FEFF}'));
        assert!(csv.ends_with("\r\n"));
        let parsed = parse_csv(csv.strip_prefix('\u{FEFF}').unwrap());
        assert_eq!(parsed.len(), 1 + names.len(), "one row per applicant");
        assert_eq!(parsed[0], SUMMARY_COLUMNS);
        for (i, (row, name)) in parsed[1..].iter().zip(names).enumerate() {
            assert_eq!(row.len(), SUMMARY_COLUMNS.len());
            assert_eq!(row[0], (i + 1).to_string());
            assert_eq!(row[1], name);
            assert_eq!(row[2], "某市\"质监\",站");
            assert_eq!(row[3], "质量");
            assert_eq!(row[4], "工程师");
        }
        assert_eq!(parsed[1..], rows[..]);
    }

    #[test]
    fn the_formula_guard_defuses_cells() {
        // (cell, as written in the CSV)
        let table = [
            ("=1+1", "'=1+1"),
            (
                "=HYPERLINK(\"http://x\",\"点我\")",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"",
            ),
            ("+86 24", "'+86 24"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "\"'\r=1\""),
            ("a=b", "a=b"),
            ("张-三", "张-三"),
            ("", ""),
        ];
        for (cell, written) in table {
            let csv = summary_csv(&[vec![cell.to_string()]]);
            let body = csv.split_once("\r\n").unwrap().1;
            assert_eq!(body, format!("{written}\r\n"), "{cell:?}");
            let parsed = parse_csv(body);
            let back = &parsed[0][0];
            if cell.is_empty() || !cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                assert_eq!(back, cell);
            } else {
                assert_eq!(back, &format!("'{cell}"));
            }
        }
    }

    #[test]
    fn summary_rows_fill_what_is_known() {
        let full = Record {
            id: "a".into(),
            name: "张三".into(),
            applicant: Applicant {
                specialty: Some(Specialty::Standardization),
                target: Some(Level::SeniorEngineer),
                education: Some(Education::Bachelor),
                current_title: Some(Level::Engineer),
                title_date: Some(d(2019, 12, 31)),
                exceptional: true,
                ..Applicant::default()
            },
            notes: "县区单位".into(),
            ..Record::default()
        };
        let mut leap = full.clone();
        leap.applicant.title_date = Some(d(2020, 2, 29));
        leap.applicant.exceptional = false;
        let empty = Record {
            id: "b".into(),
            name: "李四".into(),
            ..Record::default()
        };
        let rows = summary_rows("质监站", &[&full, &leap, &empty], d(2024, 12, 31));
        let want: [[&str; 11]; 3] = [
            [
                "1",
                "张三",
                "质监站",
                "标准化",
                "高级工程师",
                "工程师",
                "2019-12-31",
                "本科",
                "是",
                "5",
                "县区单位",
            ],
            [
                "2",
                "张三",
                "质监站",
                "标准化",
                "高级工程师",
                "工程师",
                "2020-02-29",
                "本科",
                "否",
                "4",
                "县区单位",
            ],
            ["3", "李四", "质监站", "", "", "无", "", "", "否", "", ""],
        ];
        assert_eq!(rows, want);
        let csv = summary_csv(&rows);
        assert_eq!(csv.matches("\r\n").count(), 4);
        assert!(csv.contains("\r\n3,李四,质监站,,,无,,,否,,\r\n"), "{csv}");
        assert_eq!(
            summary_csv(&[]),
            format!("\u{FEFF}{}\r\n", SUMMARY_COLUMNS.join(","))
        );
    }

    #[test]
    fn summary_filenames_are_safe() {
        let table = [
            (
                "某市计量测试所",
                2024,
                "附件5-汇总表-某市计量测试所-2024.csv",
            ),
            ("沈阳/计量:所", 2024, "附件5-汇总表-沈阳计量所-2024.csv"),
            ("a\\b*c?d\"e<f>g|h", 2025, "附件5-汇总表-abcdefgh-2025.csv"),
            (
                "  大连 \n 质监\t站  ",
                2024,
                "附件5-汇总表-大连 质监 站-2024.csv",
            ),
            ("..", 2024, "附件5-汇总表-2024.csv"),
            ("", 2024, "附件5-汇总表-2024.csv"),
            (" ../../etc ", 2024, "附件5-汇总表-etc-2024.csv"),
        ];
        for (unit, year, want) in table {
            assert_eq!(summary_filename(unit, year), want, "{unit:?}");
        }
        let long = "长".repeat(100);
        assert_eq!(
            summary_filename(&long, 2024),
            format!("附件5-汇总表-{}-2024.csv", "长".repeat(40))
        );
    }

    #[test]
    fn each_bag_holds_exactly_the_forms_owed() {
        // (target, 破格, forms in the bag)
        let table: [(Level, bool, &[&str]); 10] = [
            (Level::Technician, false, &["form-1", "form-3"]),
            (Level::Technician, true, &["form-1", "form-2", "form-3"]),
            (Level::AssistantEngineer, false, &["form-1", "form-3"]),
            (
                Level::AssistantEngineer,
                true,
                &["form-1", "form-2", "form-3"],
            ),
            (Level::Engineer, false, &["form-1", "form-3"]),
            (Level::Engineer, true, &["form-1", "form-2", "form-3"]),
            (Level::SeniorEngineer, false, &["form-1", "form-3"]),
            (Level::SeniorEngineer, true, &["form-1", "form-2", "form-3"]),
            (
                Level::ProfessorEngineer,
                false,
                &["form-1", "form-3", "form-4"],
            ),
            (
                Level::ProfessorEngineer,
                true,
                &["form-1", "form-2", "form-3", "form-4"],
            ),
        ];
        for (target, exceptional, ids) in table {
            let mut r = record("张三", Some(Specialty::Metrology), Some(target));
            r.applicant.exceptional = exceptional;
            let bag = bag_checklist(&r, 2024).unwrap();
            let got: Vec<&str> = bag.items.iter().map(|i| i.id).collect();
            assert_eq!(got, ids, "{target:?} 破格={exceptional}");
            // The same forms, titles and details as the engine's list.
            let forms = eligibility::forms_for(target, exceptional, 5);
            for item in &bag.items {
                let form = forms.iter().find(|f| f.id == item.id).unwrap();
                assert_eq!(item.title, form.title);
                assert_eq!(item.detail, form.detail);
                assert_eq!(item.copies, if item.id == "form-1" { 3 } else { 1 });
            }
            let text = bag.text();
            assert_eq!(text.contains("附件2"), exceptional, "{text}");
            assert_eq!(
                text.contains("附件4"),
                target == Level::ProfessorEngineer,
                "{text}"
            );
            assert!(text.contains("一式三份，共3份"), "{text}");
            assert!(text.contains("一寸近期彩色照片"), "{text}");
            assert!(text.contains("不可活页装订"), "{text}");
        }
    }

    #[test]
    fn the_bag_shows_ticks_and_needs_a_level() {
        let mut r = record("张三", None, Some(Level::ProfessorEngineer));
        r.ticks = vec!["form-1".into(), "form-5".into(), "publicity-report".into()];
        let bag = bag_checklist(&r, 2024).unwrap();
        assert_eq!(bag.ready(), 1);
        let ticked: Vec<bool> = bag.items.iter().map(|i| i.ticked).collect();
        assert_eq!(ticked, [true, false, false]);
        let text = bag.text();
        assert!(
            text.starts_with("材料袋清单：张三（正高级工程师）\n☑ 1. "),
            "{text}"
        );
        assert!(
            text.contains("☐ 3. 《辽宁省正高级工程师审核表》（附件4），共1份"),
            "{text}"
        );
        assert!(text.contains("共3项，已备齐1项。"), "{text}");
        assert!(text.contains("不得补报"), "{text}");

        let none = record("李四", None, None);
        assert_eq!(
            bag_checklist(&none, 2024),
            Err(DocumentError::NoTarget {
                name: "李四".into()
            })
        );
    }
}
