//! Eligibility (申报资格): who may apply, to whom, and with which files.
//!
//! [`assess`] turns an [`Applicant`]'s answers into an [`Assessment`]: one
//! [`Finding`] per rule of the notice, each naming the clause it rests on, a
//! [`Verdict`], and the list of files to hand in ([`FormItem`]).
//!
//! The notice (辽宁省市场监督管理局, 2024-05-29) defers the education and
//! seniority conditions to 辽人社职〔2021〕48号 (「三、评审标准」), which is not
//! available here. The engine therefore checks the **national minimum**
//! (工程技术人才职称评价基本标准, annex to 人社部发〔2019〕16号) and says so in
//! every seniority finding ([`NATIONAL_MINIMUM_CAVEAT`]); provincial rules may
//! be stricter, never looser.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use pingshen::domain::eligibility::*;
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let applicant = Applicant {
//!     civil_servant: Some(false),
//!     in_sector: Some(true),
//!     specialty: Some(Specialty::Metrology),
//!     target: Some(Level::SeniorEngineer),
//!     unit: Some(UnitLevel::Provincial),
//!     education: Some(Education::Bachelor),
//!     current_title: Some(Level::Engineer),
//!     title_date: Some(d(2019, 12, 31)),
//!     ..Applicant::default()
//! };
//! use pingshen::domain::{notice::Notice, workspace::cutoffs};
//! let result = assess(&applicant, &cutoffs(&Notice::official_2024(), d(2024, 6, 1)));
//! assert_eq!(result.verdict, Verdict::Eligible);
//! let seniority = result.findings.iter().find(|f| f.rule == Rule::Seniority).unwrap();
//! assert_eq!(seniority.full_years, Some(5));
//! assert!(result.findings.iter().any(|f| f.rule == Rule::Defense));
//! ```

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::applicant_form::ApplicantField;
use crate::domain::order;

/// The caveat every seniority finding carries: the engine knows only the
/// national minimum, the notice's own standard is provincial
/// (「三、评审标准」).
pub const NATIONAL_MINIMUM_CAVEAT: &str =
    "国家基本标准（人社部发〔2019〕16号附件），请再核对辽人社职〔2021〕48号的省级条件";

/// The largest annual benefit accepted as plausible: 100,000,000,000 yuan
/// (1000亿元). Anything above is taken for a typing error.
pub const MAX_ANNUAL_BENEFIT_YUAN: u64 = 100_000_000_000;

/// The earliest year a current title may have been obtained.
pub const EARLIEST_TITLE_YEAR: i32 = 1950;

/// The patent route's thresholds (「五、相关政策规定」1), highest first: the
/// annual economic benefit, in yuan, at or above which one national invention
/// or utility-model patent supports an application for the level.
pub const PATENT_THRESHOLDS: [(Level, u64); 3] = [
    (Level::ProfessorEngineer, 10_000_000),
    (Level::SeniorEngineer, 5_000_000),
    (Level::Engineer, 3_000_000),
];

const CLAUSE_SCOPE: &str = "「一、评审范围及权限」";
const CLAUSE_CIVIL_SERVANT: &str = "「五、相关政策规定」5";
const CLAUSE_SENIORITY: &str = "「三、评审标准」；「五、相关政策规定」3";
const CLAUSE_EXCEPTIONAL: &str = "「三、评审标准」；「五、报卷说明」1";
const CLAUSE_PATENT: &str = "「五、相关政策规定」1";
const CLAUSE_COUNTY: &str = "「五、相关政策规定」2";
const CLAUSE_DEFENSE: &str = "「七、时间安排及报卷地点」；「四、评价方式」";
/// The clause of the composite score ([`composite_score`]).
pub const CLAUSE_SCORE: &str = "「四、评价方式」";
const CLAUSE_FORMS: &str = "「五、报卷说明」；「六、申报流程」(四)";
const CLAUSE_FORMS_CITY: &str = "「六、申报流程」(四)2";
const CLAUSE_MISSING: &str = "「三、评审标准」；「五、相关政策规定」4";
const CLAUSE_REVIEW_PROFESSOR: &str = "「一、评审范围及权限」；「六、申报流程」(四)1";
const CLAUSE_REVIEW_OTHER: &str = "「一、评审范围及权限」；「六、申报流程」(四)2";

crate::labelled_enum! {
    /// The four specialties of the committee (「一、评审范围及权限」).
    pub serde enum Specialty {
        /// 计量.
        Metrology = "metrology" => "计量",
        /// 质量.
        Quality = "quality" => "质量",
        /// 标准化.
        Standardization = "standardization" => "标准化",
        /// 特种设备.
        SpecialEquipment = "special-equipment" => "特种设备",
    }
}

crate::labelled_enum! {
    /// A professional title level, lowest first (the order is the ranking:
    /// 初级 技术员 < 助理工程师 < 中级 工程师 < 副高 高级工程师 < 正高).
    #[derive(PartialOrd, Ord)]
    pub serde enum Level {
        /// 技术员 (初级).
        Technician = "technician" => "技术员",
        /// 助理工程师 (初级).
        AssistantEngineer = "assistant-engineer" => "助理工程师",
        /// 工程师 (中级).
        Engineer = "engineer" => "工程师",
        /// 高级工程师 (副高).
        SeniorEngineer = "senior-engineer" => "高级工程师",
        /// 正高级工程师 (正高).
        ProfessorEngineer = "professor-engineer" => "正高级工程师",
    }
}

crate::labelled_enum! {
    /// Where the applicant's unit stands (「一、评审范围及权限」 distinguishes
    /// provincial-level units; 「五、相关政策规定」2 county-level ones).
    pub serde enum UnitLevel {
        /// 省直有关部门(单位).
        Provincial = "provincial" => "省直有关部门(单位)",
        /// A city-level unit (市级单位).
        City = "city" => "市级单位",
        /// A county or district unit, or below (县区及以下单位).
        County = "county" => "县区及以下单位",
    }
}

crate::labelled_enum! {
    /// The highest education completed.
    pub serde enum Education {
        /// 博士.
        Doctorate = "doctorate" => "博士",
        /// 硕士, including 第二学士.
        Master = "master" => "硕士（含第二学士）",
        /// 本科.
        Bachelor = "bachelor" => "本科",
        /// 大专.
        College = "college" => "大专",
        /// 中专.
        Secondary = "secondary" => "中专",
    }
}

crate::labelled_enum! {
    /// The kind of a national patent (「五、相关政策规定」1 accepts both).
    pub serde enum PatentKind {
        /// 国家发明专利.
        Invention = "invention" => "发明专利",
        /// 实用新型专利.
        UtilityModel = "utility-model" => "实用新型专利",
    }
}

crate::labelled_enum! {
    /// The kind of an item of achievement (「五、相关政策规定」3 names 业绩、
    /// 论文、著作、成果、奖励).
    pub serde enum AchievementKind {
        /// 论文.
        Paper = "paper" => "论文",
        /// 专利.
        Patent = "patent" => "专利",
        /// 标准 (drafted).
        Standard = "standard" => "标准",
        /// 奖励.
        Award = "award" => "奖励",
        /// 项目.
        Project = "project" => "项目",
        /// 报告.
        Report = "report" => "报告",
        /// 其他.
        Other = "other" => "其他",
    }
}

crate::labelled_enum! {
    /// The overall answer.
    pub serde enum Verdict {
        /// Every rule checked passes (by the national minimum).
        Eligible = "eligible" => "符合",
        /// At least one rule fails.
        Ineligible = "ineligible" => "不符合",
        /// Nothing fails, but something needs checking by a person or an
        /// answer is missing.
        Check = "check" => "需核实",
    }
}

impl Verdict {
    /// The badge the verdict is shown with, as a finding's outcome would be
    /// (`pass`, `fail`, `check`: style/main.css).
    ///
    /// ```
    /// use pingshen::domain::eligibility::Verdict;
    /// assert_eq!(Verdict::Ineligible.badge(), "fail");
    /// ```
    pub fn badge(self) -> &'static str {
        match self {
            Verdict::Eligible => "pass",
            Verdict::Ineligible => "fail",
            Verdict::Check => "check",
        }
    }
}

crate::labelled_enum! {
    /// What one rule says about the applicant.
    pub serde enum FindingOutcome {
        /// The rule is met.
        Pass = "pass" => "符合",
        /// The rule is not met: the applicant is ineligible.
        Fail = "fail" => "不符合",
        /// The app cannot decide; a person must check.
        Check = "check" => "需核实",
        /// Information only; never changes the verdict.
        Info = "info" => "提示",
    }
}

crate::labelled_enum! {
    /// The rules [`assess`] applies, in the order findings are listed.
    #[derive(PartialOrd, Ord)]
    pub serde enum Rule {
        /// Civil servants may not apply (「五、相关政策规定」5).
        CivilServant = "civil-servant" => "公务员限制",
        /// Quality-technical-supervision work in Liaoning
        /// (「一、评审范围及权限」).
        Scope = "scope" => "评审范围",
        /// Who reviews the application (「一、评审范围及权限」,
        /// 「六、申报流程」(四)).
        ReviewingBody = "reviewing-body" => "评审机构",
        /// Education and seniority (「三、评审标准」, 「五、相关政策规定」3).
        Seniority = "seniority" => "学历与资历",
        /// Patent with economic benefit (「五、相关政策规定」1).
        PatentRoute = "patent-route" => "专利效益途径",
        /// County-level units (「五、相关政策规定」2).
        CountyPapers = "county-papers" => "县区单位政策",
        /// Defense (「七、时间安排及报卷地点」).
        Defense = "defense" => "答辩",
        /// Composite score (「四、评价方式」).
        Score = "score" => "综合分数",
        /// Files to hand in (「五、报卷说明」, 「六、申报流程」).
        Forms = "forms" => "报卷材料",
        /// Answers not yet given.
        Missing = "missing" => "待补充信息",
    }
}

crate::labelled_enum! {
    /// Who reviews an application (「一、评审范围及权限」).
    pub serde enum ReviewingBody {
        /// The provincial committee (辽宁省工程系列质量技术监督行业高级评审
        /// 委员会): 正高 for the whole province, 副高 and below for
        /// provincial-level units.
        ProvincialCommittee = "provincial-committee" => "省质监行业高级评审委员会",
        /// The city's HR department (当地人社部门) arranges it: 副高 and below
        /// outside provincial-level units.
        CityHr = "city-hr" => "当地人社部门",
    }
}

crate::labelled_enum! {
    /// The two parts of a senior composite score (「四、评价方式」).
    pub serde enum ScorePart {
        /// 量化赋分.
        Quantitative = "quantitative" => "量化赋分",
        /// 答辩分.
        Defense = "defense" => "答辩分",
    }
}

/// One national patent and the annual economic benefit it brings
/// (「五、相关政策规定」1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Patent {
    /// Invention or utility model.
    pub kind: PatentKind,
    /// Annual economic benefit (年创经济效益), in yuan.
    pub annual_benefit_yuan: u64,
    /// When the patent was granted: like every achievement it must come
    /// after the current title and by the achievements cutoff
    /// (「五、相关政策规定」3).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::dates::ymd_opt"
    )]
    pub obtained: Option<NaiveDate>,
}

/// An applicant's answers. `None` means "not answered yet", except for
/// [`current_title`](Self::current_title) (`None` = no title yet) and
/// [`patent`](Self::patent) (`None` = no patent to claim).
///
/// Stored with every field (`null` when unanswered); missing fields read as
/// their default.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Applicant {
    /// Whether the applicant is a civil servant (公务员).
    pub civil_servant: Option<bool>,
    /// Whether the applicant does quality-technical-supervision work in
    /// Liaoning.
    pub in_sector: Option<bool>,
    /// The specialty applied for.
    pub specialty: Option<Specialty>,
    /// The level applied for.
    pub target: Option<Level>,
    /// The level of the applicant's unit.
    pub unit: Option<UnitLevel>,
    /// The highest education completed.
    pub education: Option<Education>,
    /// The title held now; `None` = no title yet.
    pub current_title: Option<Level>,
    /// When the current title was obtained.
    #[serde(deserialize_with = "crate::domain::dates::ymd_opt")]
    pub title_date: Option<NaiveDate>,
    /// A patent claimed for the patent route, if any.
    pub patent: Option<Patent>,
    /// Applying as an exception (破格).
    pub exceptional: bool,
    /// For 破格: the two 正高级工程师 of the specialty who recommend the
    /// applicant (names as given; blank ones do not count).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub recommenders: Vec<String>,
}

/// The dates of a notice year (and its publicity length), and today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cutoffs {
    /// Achievements count up to and including this day
    /// (「五、相关政策规定」3: 2024-07-31).
    pub achievements: NaiveDate,
    /// Seniority is counted, in full years, up to this day
    /// (「五、相关政策规定」3: 2024-12-31).
    pub seniority: NaiveDate,
    /// Today (China time), to reject dates in the future.
    pub today: NaiveDate,
    /// The publicity lasts at least this many working days
    /// (「六、申报流程」（三）: 5 in 2024), for the forms' details.
    pub publicity_days: u32,
}

/// What one rule says, in plain Chinese, and the clause it rests on.
/// Serialised for the UI and tests; never read back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule applied.
    pub rule: Rule,
    /// Its outcome.
    pub outcome: FindingOutcome,
    /// The reason, in plain Chinese.
    pub text: String,
    /// The clause of the notice, e.g. `「五、相关政策规定」5`.
    pub clause: &'static str,
    /// Full years (周年) of seniority counted, for seniority findings that
    /// counted them.
    pub full_years: Option<u32>,
}

/// One file to hand in (「五、报卷说明」, 「六、申报流程」).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FormItem {
    /// Stable id: `form-1` … `form-5`, `publicity-report`.
    pub id: &'static str,
    /// The file's name and number of copies.
    pub title: String,
    /// How to prepare it.
    pub detail: String,
    /// The clause that asks for it.
    pub clause: &'static str,
}

/// The result of [`assess`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// The overall answer.
    pub verdict: Verdict,
    /// One finding per rule that applies, in [`Rule`] order.
    pub findings: Vec<Finding>,
    /// The files to hand in to the provincial committee; empty when the
    /// applicant is ineligible, when the city's HR department handles the
    /// application, or when the target or unit is not yet known.
    pub forms: Vec<FormItem>,
}

impl Assessment {
    /// The findings of one rule.
    pub fn of(&self, rule: Rule) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.rule == rule)
    }
}

/// A problem with one answer, to show next to its field
/// ([`ApplicantField`]): what [`validate`] finds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field the problem is shown at.
    pub field: ApplicantField,
    /// What is wrong.
    pub problem: AnswerProblem,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.problem.fmt(f)
    }
}

impl std::error::Error for FieldError {}

/// What [`validate`] finds wrong with an answer that is a date or an
/// amount, each said in Chinese with the day or cutoff it breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerProblem {
    /// The current title obtained after today.
    TitleAfterToday {
        /// The day given.
        date: NaiveDate,
        /// Today.
        today: NaiveDate,
    },
    /// The current title obtained after the seniority cutoff
    /// (「五、相关政策规定」3).
    TitleAfterSeniorityCutoff {
        /// The day given.
        date: NaiveDate,
        /// The seniority cutoff.
        cutoff: NaiveDate,
    },
    /// The current title obtained before [`EARLIEST_TITLE_YEAR`].
    TitleTooEarly {
        /// The day given.
        date: NaiveDate,
    },
    /// The patent granted on or before the day of the current title
    /// (「五、相关政策规定」3: only what comes after the title counts).
    PatentNotAfterTitle {
        /// The day the patent was granted.
        obtained: NaiveDate,
        /// The day of the current title.
        title: NaiveDate,
    },
    /// The patent granted after the achievements cutoff
    /// (「五、相关政策规定」3).
    PatentAfterCutoff {
        /// The day the patent was granted.
        obtained: NaiveDate,
        /// The achievements cutoff.
        cutoff: NaiveDate,
    },
    /// An annual benefit above [`MAX_ANNUAL_BENEFIT_YUAN`], in yuan.
    BenefitTooLarge(u64),
}

impl fmt::Display for AnswerProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::TitleAfterToday { date, today } => write!(
                f,
                "取得现职称的日期（{}）不能晚于今天（{}），请核对",
                zh(date),
                zh(today)
            ),
            Self::TitleAfterSeniorityCutoff { date, cutoff } => write!(
                f,
                "取得现职称的日期（{}）不能晚于资历计算截止日（{}），请核对",
                zh(date),
                zh(cutoff)
            ),
            Self::TitleTooEarly { date } => write!(
                f,
                "取得现职称的日期（{}）不能早于{}年，请核对",
                zh(date),
                EARLIEST_TITLE_YEAR
            ),
            Self::PatentNotAfterTitle { obtained, title } => write!(
                f,
                "专利取得日期{}不晚于取得现职称的日期{}：只有取得现级别资格之后取得的专利才能计入（「五、相关政策规定」3）",
                zh(obtained),
                zh(title)
            ),
            Self::PatentAfterCutoff { obtained, cutoff } => write!(
                f,
                "专利取得日期{}晚于申报材料截止日{}，不能计入（「五、相关政策规定」3）",
                zh(obtained),
                zh(cutoff)
            ),
            Self::BenefitTooLarge(yuan) => write!(
                f,
                "年创经济效益 {yuan} 元超过1000亿元，请核对（单位为元）"
            ),
        }
    }
}

/// What the national minimum asks of an education for a target level
/// (annex to 人社部发〔2019〕16号; the notice's 「三、评审标准」 defers to
/// 辽人社职〔2021〕48号, which may be stricter).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requirement {
    /// The education alone is enough.
    Direct,
    /// The education plus one year of probation (见习) in the specialty; the
    /// app has no start date for it, so a person must check.
    Probation,
    /// The education plus `title`, held for `years` full years.
    Title {
        /// The title that must be held.
        title: Level,
        /// Full years it must have been held by the seniority cutoff.
        years: u32,
    },
    /// The education cannot reach the level by the ordinary routes.
    Unreachable,
}

/// The national minimum for `education` applying for `target`
/// (「三、评审标准」 defers to 辽人社职〔2021〕48号, which the project does not
/// have: the routes are those of 工程技术人才职称评价基本标准, the annex to
/// 人社部发〔2019〕16号, which a province may make stricter, never looser).
///
/// # Example
///
/// ```
/// use pingshen::domain::eligibility::{national_minimum, Education, Level, Requirement};
/// assert_eq!(
///     national_minimum(Level::SeniorEngineer, Education::Bachelor),
///     Requirement::Title { title: Level::Engineer, years: 5 }
/// );
/// assert_eq!(
///     national_minimum(Level::ProfessorEngineer, Education::Secondary),
///     Requirement::Unreachable
/// );
/// ```
pub fn national_minimum(target: Level, education: Education) -> Requirement {
    use Education::*;
    use Level::*;
    use Requirement::{Direct, Probation, Unreachable};
    let title = |title, years| Requirement::Title { title, years };
    match (target, education) {
        (Technician, Doctorate | Master | Bachelor) => Direct,
        (Technician, College | Secondary) => Probation,
        (AssistantEngineer, Doctorate | Master) => Direct,
        (AssistantEngineer, Bachelor) => Probation,
        (AssistantEngineer, College) => title(Technician, 2),
        (AssistantEngineer, Secondary) => title(Technician, 4),
        (Engineer, Doctorate) => Direct,
        (Engineer, Master) => title(AssistantEngineer, 2),
        (Engineer, Bachelor | College) => title(AssistantEngineer, 4),
        (Engineer, Secondary) => Unreachable,
        (SeniorEngineer, Doctorate) => title(Engineer, 2),
        (SeniorEngineer, Master | Bachelor) => title(Engineer, 5),
        (SeniorEngineer, College | Secondary) => Unreachable,
        (ProfessorEngineer, Doctorate | Master | Bachelor) => title(SeniorEngineer, 5),
        (ProfessorEngineer, College | Secondary) => Unreachable,
    }
}

/// Who reviews an application for `target` from a unit at `unit`
/// (「一、评审范围及权限」): the provincial committee takes 正高 for the whole
/// province and 副高 and below only for provincial-level units; otherwise the
/// city's HR department arranges it (「六、申报流程」(四)2).
///
/// # Example
///
/// ```
/// use pingshen::domain::eligibility::{reviewing_body, Level, ReviewingBody, UnitLevel};
/// // 「一、评审范围及权限」: 全省正高级 and 省直有关部门(单位)副高级及以下.
/// assert_eq!(
///     reviewing_body(Level::ProfessorEngineer, UnitLevel::County),
///     ReviewingBody::ProvincialCommittee
/// );
/// assert_eq!(
///     reviewing_body(Level::Engineer, UnitLevel::Provincial),
///     ReviewingBody::ProvincialCommittee
/// );
/// // 「六、申报流程」(四)2: 各市副高资格及以下由当地人社部门安排.
/// assert_eq!(
///     reviewing_body(Level::SeniorEngineer, UnitLevel::City),
///     ReviewingBody::CityHr
/// );
/// ```
pub fn reviewing_body(target: Level, unit: UnitLevel) -> ReviewingBody {
    if target == Level::ProfessorEngineer || unit == UnitLevel::Provincial {
        ReviewingBody::ProvincialCommittee
    } else {
        ReviewingBody::CityHr
    }
}

/// Whether the applicant must take the defense (「七、时间安排及报卷地点」,
/// last paragraph): every 正高 applicant, and provincial-level-unit
/// applicants for 高级工程师.
///
/// # Example
///
/// ```
/// use pingshen::domain::eligibility::{defense_required, Level, UnitLevel};
/// // 全省申报正高级工程师及省直申报高级工程师资格评审人员须参加答辩.
/// assert!(defense_required(Level::ProfessorEngineer, UnitLevel::County));
/// assert!(defense_required(Level::SeniorEngineer, UnitLevel::Provincial));
/// assert!(!defense_required(Level::SeniorEngineer, UnitLevel::City));
/// assert!(!defense_required(Level::Engineer, UnitLevel::Provincial));
/// ```
pub fn defense_required(target: Level, unit: UnitLevel) -> bool {
    target == Level::ProfessorEngineer
        || (target == Level::SeniorEngineer && unit == UnitLevel::Provincial)
}

/// The `years`-th anniversary of `from`. A Feb 29 start has its anniversary
/// on Feb 28 in common years. Saturates at [`NaiveDate::MAX`] beyond the
/// calendar's range.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::eligibility::anniversary;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(anniversary(d(2020, 2, 29), 1), d(2021, 2, 28));
/// assert_eq!(anniversary(d(2020, 2, 29), 4), d(2024, 2, 29));
/// assert_eq!(anniversary(d(2019, 12, 31), 5), d(2024, 12, 31));
/// ```
pub fn anniversary(from: NaiveDate, years: u32) -> NaiveDate {
    let Some(year) = i32::try_from(years)
        .ok()
        .and_then(|y| from.year().checked_add(y))
    else {
        return NaiveDate::MAX;
    };
    NaiveDate::from_ymd_opt(year, from.month(), from.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 2, 28))
        .unwrap_or(NaiveDate::MAX)
}

/// Full years (周年) from `from` to `to`: only completed anniversaries count
/// (「五、相关政策规定」3, 资历年份为周年). Zero when `to` is not after `from`.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::eligibility::full_years;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let cutoff = d(2024, 12, 31);
/// assert_eq!(full_years(d(2019, 12, 31), cutoff), 5);
/// assert_eq!(full_years(d(2020, 1, 1), cutoff), 4);
/// assert_eq!(full_years(d(2020, 2, 29), d(2021, 2, 28)), 1);
/// assert_eq!(full_years(d(2020, 2, 29), cutoff), 4);
/// ```
pub fn full_years(from: NaiveDate, to: NaiveDate) -> u32 {
    if to <= from {
        return 0;
    }
    let mut years = u32::try_from(to.year() - from.year()).unwrap_or(0);
    if anniversary(from, years) > to {
        years -= 1;
    }
    years
}

/// The highest level one patent with `annual_benefit_yuan` of annual
/// economic benefit supports (「五、相关政策规定」1; thresholds inclusive:
/// 以上 = at least), or `None` below 3,000,000 yuan.
///
/// # Example
///
/// ```
/// use pingshen::domain::eligibility::{patent_reaches, Level};
/// assert_eq!(patent_reaches(10_000_000), Some(Level::ProfessorEngineer));
/// assert_eq!(patent_reaches(9_999_999), Some(Level::SeniorEngineer));
/// assert_eq!(patent_reaches(2_999_999), None);
/// ```
pub fn patent_reaches(annual_benefit_yuan: u64) -> Option<Level> {
    PATENT_THRESHOLDS
        .iter()
        .find(|(_, min)| annual_benefit_yuan >= *min)
        .map(|(level, _)| *level)
}

/// The benefit a patent must bring for `level`, if the patent route covers
/// that level (工程师 and above; 「五、相关政策规定」1).
///
/// # Example
///
/// ```
/// use pingshen::domain::eligibility::{patent_threshold, Level};
/// // 年创经济效益 1000万元 (正高), 500万元 (副高), 300万元 (工程师) 以上.
/// assert_eq!(patent_threshold(Level::ProfessorEngineer), Some(10_000_000));
/// assert_eq!(patent_threshold(Level::SeniorEngineer), Some(5_000_000));
/// assert_eq!(patent_threshold(Level::Engineer), Some(3_000_000));
/// assert_eq!(patent_threshold(Level::AssistantEngineer), None);
/// ```
pub fn patent_threshold(level: Level) -> Option<u64> {
    PATENT_THRESHOLDS
        .iter()
        .find(|(l, _)| *l == level)
        .map(|(_, min)| *min)
}

/// Why a composite score could not be computed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScoreError {
    /// Not a plain decimal with at most two places.
    NotNumber(ScorePart, crate::domain::decimal::DecimalError),
    /// Over 100.
    OutOfRange(ScorePart),
}

impl fmt::Display for ScoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotNumber(part, e) => write!(f, "{}：{e}", part.label()),
            Self::OutOfRange(part) => write!(f, "{}须在 0 到 100 之间", part.label()),
        }
    }
}

impl std::error::Error for ScoreError {}

/// A composite score in thousandths of a point: exact, since each part is
/// typed in hundredths and counts half.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CompositeScore(pub u64);

impl fmt::Display for CompositeScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::domain::decimal::format_fixed(self.0, 3))
    }
}

/// The composite score of a senior applicant (「四、评价方式」): total 100 =
/// quantitative score × 50% + defense score × 50%, from the two parts as
/// typed (each 0–100, at most two decimal places), in fixed point.
///
/// `None` while either part is blank: there is nothing to say yet.
///
/// # Errors
///
/// [`ScoreError`] for the first part (quantitative, then defense) that is
/// not a number of 0–100 with at most two places.
///
/// # Example
///
/// ```
/// use pingshen::domain::eligibility::composite_score;
/// let total = |q, d| composite_score(q, d).map(|r| r.map(|s| s.to_string()));
/// assert_eq!(total("80", "70"), Some(Ok("75".to_string())));
/// assert_eq!(total("90.25", "80"), Some(Ok("85.125".to_string())));
/// assert_eq!(total("80", " "), None);
/// assert!(composite_score("101", "70").unwrap().is_err());
/// ```
pub fn composite_score(
    quantitative: &str,
    defense: &str,
) -> Option<Result<CompositeScore, ScoreError>> {
    if quantitative.trim().is_empty() || defense.trim().is_empty() {
        return None;
    }
    let part = |part: ScorePart, text: &str| {
        crate::domain::decimal::parse_fixed(text, 2, 10_000).map_err(|e| match e {
            crate::domain::decimal::DecimalError::TooLarge => ScoreError::OutOfRange(part),
            other => ScoreError::NotNumber(part, other),
        })
    };
    Some(part(ScorePart::Quantitative, quantitative).and_then(|q| {
        // Hundredths halved are thousandths × 5.
        part(ScorePart::Defense, defense).map(|d| CompositeScore((q + d) * 5))
    }))
}

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

/// `2024年12月31日`.
fn zh(date: NaiveDate) -> String {
    format!("{}年{}月{}日", date.year(), date.month(), date.day())
}

/// `1000万元`, `999.9999万元`.
fn wan(yuan: u64) -> String {
    let (whole, rest) = (yuan / 10_000, yuan % 10_000);
    if rest == 0 {
        format!("{whole}万元")
    } else {
        let frac = format!("{rest:04}");
        format!("{whole}.{}万元", frac.trim_end_matches('0'))
    }
}

/// What is wrong with a title date, if anything (bad input).
fn title_date_problem(date: NaiveDate, cutoffs: &Cutoffs) -> Option<AnswerProblem> {
    if date > cutoffs.today {
        Some(AnswerProblem::TitleAfterToday {
            date,
            today: cutoffs.today,
        })
    } else if date > cutoffs.seniority {
        Some(AnswerProblem::TitleAfterSeniorityCutoff {
            date,
            cutoff: cutoffs.seniority,
        })
    } else if date.year() < EARLIEST_TITLE_YEAR {
        Some(AnswerProblem::TitleTooEarly { date })
    } else {
        None
    }
}

/// Why a patent's grant date keeps it from counting, if it does: the same
/// window as every achievement ([`achievement_in_window`], 「五、相关政策规定」3:
/// strictly after the current title, on or before the achievements cutoff).
/// `None` when it counts or has no date.
fn patent_date_problem(
    patent: Patent,
    title_date: Option<NaiveDate>,
    cutoffs: &Cutoffs,
) -> Option<AnswerProblem> {
    let obtained = patent.obtained?;
    match achievement_in_window(obtained, title_date, cutoffs.achievements) {
        Ok(()) | Err(AchievementError::EmptyTitle) => None,
        Err(AchievementError::NotAfterTitle { title_date, .. }) => {
            Some(AnswerProblem::PatentNotAfterTitle {
                obtained,
                title: title_date,
            })
        }
        Err(AchievementError::AfterCutoff { cutoff, .. }) => {
            Some(AnswerProblem::PatentAfterCutoff { obtained, cutoff })
        }
    }
}

/// Problems with individual answers, to show next to their fields
/// ([`ApplicantField`]): a title date in the future, after the seniority
/// cutoff or before 1950; a patent granted before the current title or
/// after the achievements cutoff (「五、相关政策规定」3); an annual benefit
/// above [`MAX_ANNUAL_BENEFIT_YUAN`]. (Applying for a level already held is
/// a [`Rule::Seniority`] failure of [`assess`], not a field error.)
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::applicant_form::ApplicantField;
/// use pingshen::domain::eligibility::*;
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let applicant = Applicant {
///     current_title: Some(Level::Engineer),
///     title_date: Some(d(2024, 7, 21)),
///     ..Applicant::default()
/// };
/// // Today 2024-07-20: a title obtained tomorrow is a typing error.
/// use pingshen::domain::{notice::Notice, workspace::cutoffs};
/// let errors = validate(&applicant, &cutoffs(&Notice::official_2024(), d(2024, 7, 20)));
/// assert_eq!(errors[0].field, ApplicantField::TitleDate);
/// assert!(errors[0].to_string().contains("不能晚于今天"));
/// ```
pub fn validate(applicant: &Applicant, cutoffs: &Cutoffs) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if let Some(problem) = applicant
        .title_date
        .and_then(|d| title_date_problem(d, cutoffs))
    {
        errors.push(FieldError {
            field: ApplicantField::TitleDate,
            problem,
        });
    }
    if let Some(patent) = applicant.patent {
        if let Some(problem) = patent_date_problem(patent, applicant.title_date, cutoffs) {
            errors.push(FieldError {
                field: ApplicantField::PatentDate,
                problem,
            });
        }
        if patent.annual_benefit_yuan > MAX_ANNUAL_BENEFIT_YUAN {
            errors.push(FieldError {
                field: ApplicantField::Benefit,
                problem: AnswerProblem::BenefitTooLarge(patent.annual_benefit_yuan),
            });
        }
    }
    errors
}

/// Why an annual benefit as typed (in 万元) was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BenefitError {
    /// Nothing typed.
    Missing,
    /// Above [`MAX_ANNUAL_BENEFIT_YUAN`] (1000 亿元).
    TooLarge,
    /// Not a non-negative number with at most 4 decimals.
    Number(crate::domain::decimal::DecimalError),
}

impl fmt::Display for BenefitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing => f.write_str("请填写年经济效益（万元）"),
            Self::TooLarge => f.write_str("年经济效益超过 1000 亿元，请核对（单位：万元）"),
            Self::Number(e) => write!(f, "年经济效益（万元）：{e}"),
        }
    }
}

impl std::error::Error for BenefitError {}

/// Parses an annual benefit typed in 万元 (up to 4 decimals, i.e. exact to
/// the yuan) into yuan, at most [`MAX_ANNUAL_BENEFIT_YUAN`] (the patent
/// route of 「五、相关政策规定」1 is reckoned in 万元).
///
/// # Errors
///
/// [`BenefitError`] for blank text, text that is not a non-negative
/// number, or an absurd amount.
///
/// ```
/// use pingshen::domain::eligibility::{parse_benefit_wan, BenefitError};
/// assert_eq!(parse_benefit_wan("500.5"), Ok(5_005_000));
/// assert_eq!(parse_benefit_wan(" "), Err(BenefitError::Missing));
/// assert!(parse_benefit_wan("-1").is_err());
/// assert!(parse_benefit_wan("很多").is_err());
/// assert_eq!(parse_benefit_wan("100000001"), Err(BenefitError::TooLarge)); // over 1000 亿元
/// ```
pub fn parse_benefit_wan(text: &str) -> Result<u64, BenefitError> {
    use crate::domain::decimal::{parse_fixed, DecimalError};
    if text.trim().is_empty() {
        return Err(BenefitError::Missing);
    }
    parse_fixed(text, 4, MAX_ANNUAL_BENEFIT_YUAN).map_err(|e| match e {
        DecimalError::TooLarge => BenefitError::TooLarge,
        other => BenefitError::Number(other),
    })
}

/// The fields showing `patent`: its kind, the benefit in 万元 and the day
/// granted (empty texts for none).
pub fn patent_fields(patent: Option<Patent>) -> (Option<PatentKind>, String, String) {
    (
        patent.map(|p| p.kind),
        patent
            .map(|p| crate::domain::decimal::format_fixed(p.annual_benefit_yuan, 4))
            .unwrap_or_default(),
        crate::domain::dates::input_value(patent.and_then(|p| p.obtained)),
    )
}

/// The date of the current title as typed: none when there is no current
/// title (a first title is applied for) or nothing is typed yet.
///
/// ```
/// use pingshen::domain::eligibility::{parse_title_date, Level};
/// let engineer = Some(Level::Engineer);
/// assert_eq!(parse_title_date(engineer, "2019-06-30").unwrap().unwrap().to_string(), "2019-06-30");
/// assert_eq!(parse_title_date(None, "2019-06-30"), Ok(None));
/// assert_eq!(parse_title_date(engineer, " "), Ok(None));
/// assert!(parse_title_date(engineer, "2019-02-30").is_err());
/// ```
///
/// # Errors
///
/// [`DateError`](crate::domain::dates::DateError) for a date that is not
/// one (or out of the supported years).
pub fn parse_title_date(
    current_title: Option<Level>,
    text: &str,
) -> Result<Option<NaiveDate>, crate::domain::dates::DateError> {
    match current_title {
        None => Ok(None),
        Some(_) => crate::domain::dates::parse_optional_date(text),
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

/// What the 破格 finding says of the recommenders the applicant named.
fn recommenders_text(a: &Applicant) -> String {
    let named: Vec<&str> = a
        .recommenders
        .iter()
        .map(|r| r.trim())
        .filter(|r| !r.is_empty())
        .collect();
    match named.len() {
        0 => "尚未填写推荐人。".into(),
        1 => format!("只填写了1名推荐人（{}），还须1名。", named[0]),
        _ => format!("推荐人：{}。", named.join("、")),
    }
}

/// The verdict a list of findings adds up to: ineligible if any fails,
/// otherwise "check" if any needs checking, otherwise eligible. Info findings
/// never count.
pub fn verdict_of(findings: &[Finding]) -> Verdict {
    if findings.iter().any(|f| f.outcome == FindingOutcome::Fail) {
        Verdict::Ineligible
    } else if findings.iter().any(|f| f.outcome == FindingOutcome::Check) {
        Verdict::Check
    } else {
        Verdict::Eligible
    }
}

/// The files the applicant owes by the route of their files
/// ([`crate::domain::route::Route`]): [`forms_for`] when the files go to the
/// province (or the unit level is not known yet), none when the city's HR
/// department arranges the evaluation (its own notice says what it wants).
///
/// ```
/// use pingshen::domain::eligibility::{forms_owed, Applicant, Level, UnitLevel};
/// let mut a = Applicant { target: Some(Level::SeniorEngineer), unit: Some(UnitLevel::City), ..Applicant::default() };
/// assert!(forms_owed(&a, 5).is_empty());
/// a.target = Some(Level::ProfessorEngineer);
/// assert!(forms_owed(&a, 5).iter().any(|f| f.id == "form-4"));
/// ```
pub fn forms_owed(a: &Applicant, publicity_days: u32) -> Vec<FormItem> {
    let Some(target) = a.target else {
        return Vec::new();
    };
    match crate::domain::route::Route::of_applicant(a) {
        Some(crate::domain::route::Route::CityHr) => Vec::new(),
        _ => forms_for(target, a.exceptional, publicity_days),
    }
}

/// The files an applicant for `target` hands in to the provincial committee
/// (「五、报卷说明」1–3, 「六、申报流程」(四)), in the order of the notice's
/// attachments: 附件1 always, 附件2 for 破格, 附件3 always, 附件4 for 正高,
/// the recommending unit's 公示情况说明 (with the round's publicity length,
/// `publicity_days`), and 附件5 (the unit's duty).
///
/// # Example
///
/// ```
/// use pingshen::domain::eligibility::{forms_for, FormItem, Level};
/// let ids = |forms: Vec<FormItem>| forms.into_iter().map(|f| f.id).collect::<Vec<_>>();
/// // 正高: 附件4 too (「六、申报流程」(四)1); no 附件2 without 破格.
/// assert_eq!(
///     ids(forms_for(Level::ProfessorEngineer, false, 5)),
///     ["form-1", "form-3", "form-4", "publicity-report", "form-5"]
/// );
/// // 破格 adds 附件2 (「五、报卷说明」1).
/// assert_eq!(
///     ids(forms_for(Level::SeniorEngineer, true, 5)),
///     ["form-1", "form-2", "form-3", "publicity-report", "form-5"]
/// );
/// // The 公示情况说明 states the round's publicity length.
/// assert!(forms_for(Level::Engineer, false, 7)[2].detail.contains("不少于7个工作日"));
/// ```
pub fn forms_for(target: Level, exceptional: bool, publicity_days: u32) -> Vec<FormItem> {
    let mut forms = vec![FormItem {
        id: "form-1",
        title: "《辽宁省专业技术资格评定表》（附件1）一式三份".into(),
        detail: "由申报人本人按实际情况认真填写，装入材料袋；粘贴本人一寸近期彩色照片一张；\
                 封面上的单位名称须与加盖的单位公章一致，大型企事业单位须写到二级单位名称。"
            .into(),
        clause: "「五、报卷说明」1",
    }];
    if exceptional {
        forms.push(FormItem {
            id: "form-2",
            title: "《辽宁省破格评定人员审核表》（附件2）".into(),
            detail: "破格申报人员填写。".into(),
            clause: "「五、报卷说明」1",
        });
    }
    forms.push(FormItem {
        id: "form-3",
        title: "《辽宁省专业技术资格报评材料》（附件3）一份".into(),
        detail: "按目录顺序装订成册（不可活页装订），装入材料袋；见附件3及相关说明。".into(),
        clause: "「五、报卷说明」2",
    });
    if target == Level::ProfessorEngineer {
        forms.push(FormItem {
            id: "form-4",
            title: "《辽宁省正高级工程师审核表》（附件4）".into(),
            detail: "申报正高级工程师的人员填写。".into(),
            clause: "「六、申报流程」(四)1",
        });
    }
    forms.push(FormItem {
        id: "publicity-report",
        title: "推荐单位的《公示情况说明》".into(),
        detail: format!(
            "由推荐单位提交：写清公示时间、公示地点、全部材料进行公示的情况、有无异议、\
             廉洁自律情况等。公示不少于{publicity_days}个工作日，从公示的第二天算起。"
        ),
        clause: "「五、报卷说明」3",
    });
    forms.push(FormItem {
        id: "form-5",
        title: "《申报质量技术监督专业技术资格人员汇总表》（附件5，另附电子版）".into(),
        detail: "由各市市场监管局、各主管部门汇总本系统申报人员后填报，并另附电子版；\
                 这是单位的责任，申报人本人不填，请确认单位已将您列入。"
            .into(),
        clause: "「六、申报流程」(四)",
    });
    forms
}

fn finding(rule: Rule, outcome: FindingOutcome, text: String, clause: &'static str) -> Finding {
    Finding {
        rule,
        outcome,
        text,
        clause,
        full_years: None,
    }
}

/// Assesses an applicant against the notice (see the module documentation
/// and each [`Rule`] for the clauses).
///
/// Rules: civil servants fail (「五、相关政策规定」5); people outside
/// quality-technical-supervision work in Liaoning fail
/// (「一、评审范围及权限」); the reviewing body is named
/// (「一、评审范围及权限」, 「六、申报流程」(四)); education and seniority are
/// checked against the national minimum in full years to the seniority
/// cutoff (「三、评审标准」, 「五、相关政策规定」3); a patent is weighed
/// (「五、相关政策规定」1); county units are told about the relaxed paper
/// rules (「五、相关政策规定」2); defense and composite score are announced
/// (「七、时间安排及报卷地点」, 「四、评价方式」); the files are listed
/// (「五、报卷说明」, 「六、申报流程」); missing answers are listed.
pub fn assess(applicant: &Applicant, cutoffs: &Cutoffs) -> Assessment {
    let a = applicant;
    let mut findings = Vec::new();
    let mut missing: Vec<&'static str> = Vec::new();

    civil_servant(a, &mut findings, &mut missing);
    scope(a, &mut findings, &mut missing);
    for (answered, name) in [
        (a.target.is_some(), "申报级别"),
        (a.unit.is_some(), "单位层级"),
        (a.education.is_some(), "学历"),
    ] {
        if !answered {
            missing.push(name);
        }
    }

    let body = a.target.zip(a.unit).map(|(t, u)| reviewing_body(t, u));
    if let (Some(target), Some(unit)) = (a.target, a.unit) {
        findings.push(reviewing_body_finding(target, unit));
    }

    seniority(a, cutoffs, &mut findings, &mut missing);
    if let Some(patent) = a.patent {
        findings.push(patent_finding(patent, a, cutoffs));
    }
    if a.unit == Some(UnitLevel::County) {
        findings.push(county_finding());
    }
    if let (Some(target), Some(unit)) = (a.target, a.unit) {
        if defense_required(target, unit) {
            findings.extend(defense_and_score(target, unit));
        }
    }

    if !missing.is_empty() {
        findings.push(finding(
            Rule::Missing,
            FindingOutcome::Check,
            format!("还缺少以下信息，暂时无法作出判断：{}。", missing.join("、")),
            CLAUSE_MISSING,
        ));
    }

    let verdict = verdict_of(&findings);
    let mut forms = Vec::new();
    if verdict != Verdict::Ineligible {
        match (body, a.target) {
            (Some(ReviewingBody::ProvincialCommittee), Some(target)) => {
                forms = forms_for(target, a.exceptional, cutoffs.publicity_days);
                let names: Vec<&str> = forms
                    .iter()
                    .map(|f| f.title.split('（').next().unwrap_or(&f.title))
                    .collect();
                findings.push(finding(
                    Rule::Forms,
                    FindingOutcome::Info,
                    format!(
                        "报省评委会需准备 {} 项材料：{}。实行一次性报卷，不得补报；\
                         未经单位、主管部门和人社部门逐级审核报送的材料不予受理。",
                        forms.len(),
                        names.join("、")
                    ),
                    CLAUSE_FORMS,
                ));
            }
            (Some(ReviewingBody::CityHr), _) => findings.push(finding(
                Rule::Forms,
                FindingOutcome::Info,
                "本通知所列附件1–5用于报省评委会的材料；您的申报由当地人社部门安排，\
                 所需材料和报送时间以当地人社部门的通知为准。"
                    .into(),
                CLAUSE_FORMS_CITY,
            )),
            _ => {}
        }
    }
    order::sort_by_key(&mut findings, |f| f.rule);

    Assessment {
        verdict,
        findings,
        forms,
    }
}

/// 「五、相关政策规定」5: civil servants may not apply.
fn civil_servant(a: &Applicant, findings: &mut Vec<Finding>, missing: &mut Vec<&'static str>) {
    match a.civil_servant {
        Some(true) => findings.push(finding(
            Rule::CivilServant,
            FindingOutcome::Fail,
            "公务员不得申报本系列（工程系列质量技术监督行业）职称评审。".into(),
            CLAUSE_CIVIL_SERVANT,
        )),
        Some(false) => findings.push(finding(
            Rule::CivilServant,
            FindingOutcome::Pass,
            "不是公务员，不受“公务员不得申报”的限制。".into(),
            CLAUSE_CIVIL_SERVANT,
        )),
        None => missing.push("是否为公务员"),
    }
}

/// 「一、评审范围及权限」: quality-technical-supervision work in Liaoning,
/// whatever the 户籍, region, identity, file or employment relation.
fn scope(a: &Applicant, findings: &mut Vec<Finding>, missing: &mut Vec<&'static str>) {
    match a.in_sector {
        Some(false) => findings.push(finding(
            Rule::Scope,
            FindingOutcome::Fail,
            "本评委会只受理在辽宁省从事质量技术监督工作（计量、质量、标准化、特种设备）的人员；\
             您不在此范围内，不能申报本系列评审（这与户籍、身份等无关）。"
                .into(),
            CLAUSE_SCOPE,
        )),
        Some(true) => {
            let specialty = a
                .specialty
                .map(|s| format!("申报专业：{}。", s.label()))
                .unwrap_or_default();
            findings.push(finding(
                Rule::Scope,
                FindingOutcome::Pass,
                format!(
                    "在辽宁省从事质量技术监督工作，属于评审范围；不受户籍、地域、身份、档案、\
                     人事关系等制约。{specialty}"
                ),
                CLAUSE_SCOPE,
            ));
        }
        None => missing.push("是否在辽宁从事质量技术监督工作"),
    }
    if a.specialty.is_none() {
        missing.push("申报专业");
    }
}

/// 「一、评审范围及权限」 and 「六、申报流程」(四)1/2: who reviews, and the way
/// the files go.
fn reviewing_body_finding(target: Level, unit: UnitLevel) -> Finding {
    let (text, clause) = match (reviewing_body(target, unit), target, unit) {
        (_, Level::ProfessorEngineer, UnitLevel::Provincial) => (
            "正高级工程师由省质监行业高级评审委员会评审（覆盖全省）。省直事业单位、省属企业等\
             申报人员由主管部门盖章后报省市场监管局机关党委办公室（人事处）。"
                .to_string(),
            CLAUSE_REVIEW_PROFESSOR,
        ),
        (_, Level::ProfessorEngineer, _) => (
            "正高级工程师由省质监行业高级评审委员会评审（覆盖全省）。各市申报人员经所在地区\
             市级市场监管、人力资源社会保障部门审核后，由各市市场监管局统一报省市场监管局\
             机关党委办公室（人事处）。"
                .to_string(),
            CLAUSE_REVIEW_PROFESSOR,
        ),
        (ReviewingBody::ProvincialCommittee, _, _) => (
            format!(
                "省直有关部门(单位)的{}由省质监行业高级评审委员会评审：由主管部门盖章后报\
                 省市场监管局机关党委办公室（人事处）。",
                target.label()
            ),
            CLAUSE_REVIEW_OTHER,
        ),
        (ReviewingBody::CityHr, _, _) => (
            format!(
                "省评委会只评审全省正高级和省直有关部门(单位)的副高级及以下资格。您的单位是\
                 {}，申报{}由当地人社部门安排评审，具体要求以人社部门的通知为准，\
                 请向当地人社部门咨询，不要直接报省市场监管局。",
                unit.label(),
                target.label()
            ),
            CLAUSE_REVIEW_OTHER,
        ),
    };
    finding(Rule::ReviewingBody, FindingOutcome::Info, text, clause)
}

/// 「三、评审标准」 (national minimum) and 「五、相关政策规定」3 (full years
/// to the seniority cutoff); 破格 per 「五、报卷说明」1.
fn seniority(
    a: &Applicant,
    cutoffs: &Cutoffs,
    findings: &mut Vec<Finding>,
    missing: &mut Vec<&'static str>,
) {
    let date_problem = a.title_date.and_then(|d| title_date_problem(d, cutoffs));
    if let Some(message) = &date_problem {
        findings.push(finding(
            Rule::Seniority,
            FindingOutcome::Fail,
            message.to_string(),
            CLAUSE_SENIORITY,
        ));
    }
    let (Some(target), Some(education)) = (a.target, a.education) else {
        return;
    };
    if let Some(current) = a.current_title {
        if current >= target {
            findings.push(finding(
                Rule::Seniority,
                FindingOutcome::Fail,
                format!(
                    "您已取得{}，不能申报{}：申报级别须高于现有职称。",
                    current.label(),
                    target.label()
                ),
                CLAUSE_SENIORITY,
            ));
            return;
        }
    }

    let regular = regular_route(a, target, education, cutoffs, date_problem.is_some());
    if regular.is_none() && a.title_date.is_none() && date_problem.is_none() {
        missing.push("取得现职称的日期");
    }

    if a.exceptional && target == Level::SeniorEngineer {
        let (text, years) = match &regular {
            Some(r) => (format!("按常规条件：{}", r.text), r.full_years),
            None => (format!("说明：{NATIONAL_MINIMUM_CAVEAT}。"), None),
        };
        let mut f = finding(
            Rule::Seniority,
            FindingOutcome::Check,
            format!(
                "破格申报高级工程师：须业绩突出、作出重要贡献，并由2名本专业正高级工程师推荐，\
                 另填《辽宁省破格评定人员审核表》（附件2）。{}本工具无法判断业绩和推荐人的资格，\
                 请单位核实。{text}",
                recommenders_text(a)
            ),
            CLAUSE_EXCEPTIONAL,
        );
        f.full_years = years;
        findings.push(f);
        return;
    }
    findings.extend(regular);
    if a.exceptional {
        findings.push(finding(
            Rule::Seniority,
            FindingOutcome::Check,
            format!(
                "国家基本标准只对高级工程师规定了破格申报；破格申报{}的条件请核对\
                 辽人社职〔2021〕48号，并填写《辽宁省破格评定人员审核表》（附件2）。\
                 说明：依据{NATIONAL_MINIMUM_CAVEAT}。",
                target.label()
            ),
            CLAUSE_EXCEPTIONAL,
        ));
    }
}

/// The ordinary route's finding, or `None` when the date it needs is
/// missing or was rejected.
fn regular_route(
    a: &Applicant,
    target: Level,
    education: Education,
    cutoffs: &Cutoffs,
    bad_date: bool,
) -> Option<Finding> {
    let caveat = format!("说明：以上依据{NATIONAL_MINIMUM_CAVEAT}。");
    let (edu, tgt) = (education.label(), target.label());
    let (outcome, text, years) = match national_minimum(target, education) {
        Requirement::Direct => (
            FindingOutcome::Pass,
            format!("{edu}学历可直接申报{tgt}，不要求现职称年限。{caveat}"),
            None,
        ),
        Requirement::Probation => (
            FindingOutcome::Check,
            format!(
                "{edu}学历申报{tgt}，须在本专业技术岗位见习（从事本专业工作）满1年；\
                 本工具不知道见习起始日期，请由单位核实。{caveat}"
            ),
            None,
        ),
        Requirement::Unreachable => {
            let hint = match target {
                Level::SeniorEngineer => {
                    "高级工程师常规途径须本科及以上学历；如业绩突出、作出重要贡献，\
                     可由2名本专业正高级工程师推荐破格申报（填写附件2）。"
                }
                Level::ProfessorEngineer => "正高级工程师须本科及以上学历。",
                _ => "工程师须大专及以上学历。",
            };
            (
                FindingOutcome::Fail,
                format!("{edu}学历不能按常规途径申报{tgt}：{hint}{caveat}"),
                None,
            )
        }
        Requirement::Title { title, years } => {
            let need = title.label();
            if a.current_title != Some(title) {
                let held = a
                    .current_title
                    .map(|c| format!("您现有职称为{}", c.label()))
                    .unwrap_or_else(|| "您尚未取得职称".to_string());
                (
                    FindingOutcome::Fail,
                    format!(
                        "{edu}学历申报{tgt}，须先取得{need}并满{years}年；{held}，\
                         不能越级申报。{caveat}"
                    ),
                    None,
                )
            } else {
                if bad_date {
                    return None;
                }
                let date = a.title_date?;
                let got = full_years(date, cutoffs.seniority);
                let reached = anniversary(date, years);
                let text = if got >= years {
                    format!(
                        "{edu}学历申报{tgt}，须取得{need}满{years}年。您于{}取得{need}，\
                         至资历计算截止日{}已满{got}周年（{}满{years}周年，不晚于截止日），符合。\
                         {caveat}",
                        zh(date),
                        zh(cutoffs.seniority),
                        zh(reached)
                    )
                } else {
                    format!(
                        "{edu}学历申报{tgt}，须取得{need}满{years}年。您于{}取得{need}，\
                         至资历计算截止日{}只满{got}周年，还差{}年：最早于{}满{years}周年，\
                         晚于本年度资历计算截止日，本年度不符合。{caveat}",
                        zh(date),
                        zh(cutoffs.seniority),
                        years - got,
                        zh(reached)
                    )
                };
                let outcome = if got >= years {
                    FindingOutcome::Pass
                } else {
                    FindingOutcome::Fail
                };
                (outcome, text, Some(got))
            }
        }
    };
    let mut f = finding(Rule::Seniority, outcome, text, CLAUSE_SENIORITY);
    f.full_years = years;
    Some(f)
}

/// 「五、相关政策规定」1: one patent with enough annual benefit supports an
/// application, while the other conditions are still met; like every
/// achievement it counts only when granted after the current title and by
/// the achievements cutoff (「五、相关政策规定」3, [`patent_date_problem`]).
fn patent_finding(patent: Patent, a: &Applicant, cutoffs: &Cutoffs) -> Finding {
    let target = a.target;
    let benefit = patent.annual_benefit_yuan;
    if benefit > MAX_ANNUAL_BENEFIT_YUAN {
        return finding(
            Rule::PatentRoute,
            FindingOutcome::Check,
            format!("年创经济效益 {benefit} 元超过1000亿元，数额异常，请核对（单位为元）。"),
            CLAUSE_PATENT,
        );
    }
    let reached = patent_reaches(benefit);
    let head = format!(
        "一项国家{}，年创经济效益{}：",
        patent.kind.label(),
        wan(benefit)
    );
    let level_part = match reached {
        Some(level) => format!(
            "达到可申报{}的标准（{}以上）",
            level.label(),
            wan(patent_threshold(level).unwrap_or(0))
        ),
        None => "未达到300万元，不能作为专利效益途径的依据".to_string(),
    };
    let date_problem = patent_date_problem(patent, a.title_date, cutoffs);
    let (outcome, target_part) = match target {
        _ if date_problem.is_some() => (
            FindingOutcome::Info,
            format!(
                "；但{}，不能作为专利效益途径的依据",
                date_problem.map(|p| p.to_string()).unwrap_or_default()
            ),
        ),
        None => (FindingOutcome::Info, String::new()),
        Some(t) if t < Level::Engineer => (
            FindingOutcome::Info,
            format!(
                "；专利效益途径只适用于工程师及以上，与申报{}无关",
                t.label()
            ),
        ),
        Some(t) if reached.is_some_and(|r| r >= t) => {
            (FindingOutcome::Pass, format!("，可支持申报{}", t.label()))
        }
        Some(t) => (
            FindingOutcome::Info,
            format!(
                "；申报{}需年创经济效益{}以上，未达到",
                t.label(),
                wan(patent_threshold(t).unwrap_or(0))
            ),
        ),
    };
    finding(
        Rule::PatentRoute,
        outcome,
        format!(
            "{head}{level_part}{target_part}。此途径须在符合其他条件的同时适用（学历、资历等条件仍须满足）。"
        ),
        CLAUSE_PATENT,
    )
}

/// 「五、相关政策规定」2: relaxed paper and award rules for county units.
fn county_finding() -> Finding {
    finding(
        Rule::CountyPapers,
        FindingOutcome::Info,
        "县区及以下单位淡化论文、奖项要求：起草行业标准、地方标准可按省级论文对待，\
         起草国家标准可按国家级论文对待；程序文件、检验规程、工作方案、参与起草标准等\
         可作为工作经历条件之一。"
            .into(),
        CLAUSE_COUNTY,
    )
}

/// 「七、时间安排及报卷地点」 (defense) and 「四、评价方式」 (composite score)
/// for the applicants who take the defense.
fn defense_and_score(target: Level, unit: UnitLevel) -> [Finding; 2] {
    let who = if target == Level::ProfessorEngineer {
        "全省申报正高级工程师的人员"
    } else {
        "省直申报高级工程师的人员"
    };
    debug_assert!(defense_required(target, unit));
    [
        finding(
            Rule::Defense,
            FindingOutcome::Info,
            format!("{who}须参加答辩，答辩的具体时间、地点另行通知。"),
            CLAUSE_DEFENSE,
        ),
        finding(
            Rule::Score,
            FindingOutcome::Info,
            "高级参评人员综合分数为100分：量化赋分占50%，答辩分占50%；\
             评委会根据综合分数投票确定是否具备申报级别的资格。"
                .into(),
            CLAUSE_SCORE,
        ),
    ]
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use FindingOutcome as O;

    use crate::domain::test_dates::d;

    /// The cutoffs of the 2024 notice on `today`, as the app makes them
    /// ([`crate::domain::workspace::cutoffs`]): achievements 2024-07-31,
    /// seniority 2024-12-31 (「五、相关政策规定」3), a publicity of 5 working
    /// days (「六、申报流程」（三）).
    pub(crate) fn cutoffs_2024(today: NaiveDate) -> Cutoffs {
        crate::domain::workspace::cutoffs(&crate::domain::notice::Notice::official_2024(), today)
    }

    fn cutoffs() -> Cutoffs {
        cutoffs_2024(d(2024, 6, 15))
    }

    /// A provincial 本科 工程师 since 2019-12-31 applying for 高级工程师 in
    /// metrology: eligible. The workspace tests use it too.
    pub(crate) fn base() -> Applicant {
        Applicant {
            civil_servant: Some(false),
            in_sector: Some(true),
            specialty: Some(Specialty::Metrology),
            target: Some(Level::SeniorEngineer),
            unit: Some(UnitLevel::Provincial),
            education: Some(Education::Bachelor),
            current_title: Some(Level::Engineer),
            title_date: Some(d(2019, 12, 31)),
            patent: None,
            exceptional: false,
            recommenders: Vec::new(),
        }
    }

    #[test]
    fn a_patent_date_must_follow_the_title_and_precede_the_cutoff() {
        let cutoffs = cutoffs_2024(d(2024, 7, 20));
        let with_date = |obtained| {
            let mut a = base();
            a.patent = Some(Patent {
                kind: PatentKind::Invention,
                annual_benefit_yuan: 6_000_000,
                obtained,
            });
            validate(&a, &cutoffs)
        };
        assert!(with_date(None).is_empty());
        assert!(with_date(Some(d(2020, 3, 1))).is_empty());
        assert!(
            with_date(Some(d(2024, 7, 31))).is_empty(),
            "the cutoff itself counts"
        );
        let early = with_date(Some(d(2019, 12, 30)));
        assert_eq!(early[0].field, ApplicantField::PatentDate);
        assert!(
            early[0].to_string().contains("不晚于取得现职称"),
            "{}",
            early[0]
        );
        let late = with_date(Some(d(2024, 8, 1)));
        assert!(
            late[0].to_string().contains("晚于申报材料截止日"),
            "{}",
            late[0]
        );
    }

    /// 「五、相关政策规定」3 (notice 2024): achievements — the patent too —
    /// count only when obtained after the current title (取得现级别资格后)
    /// and by 申报材料…截止时间为2024年7月31日, the 31st itself included.
    /// The title here dates from 2018-01-01 (`patent`).
    #[test]
    fn a_patent_outside_the_achievements_window_supports_nothing() {
        let cutoffs = cutoffs_2024(d(2024, 7, 20));
        // (obtained, outcome, text present, text absent)
        let table: [(Option<NaiveDate>, FindingOutcome, &str, &str); 6] = [
            (None, O::Pass, "可支持申报高级工程师", "不能计入"),
            (
                Some(d(2024, 7, 31)),
                O::Pass,
                "可支持申报高级工程师",
                "不能计入",
            ),
            (
                Some(d(2018, 1, 2)),
                O::Pass,
                "可支持申报高级工程师",
                "不能计入",
            ),
            (
                Some(d(2024, 8, 1)),
                O::Info,
                "晚于申报材料截止日2024年7月31日",
                "可支持申报",
            ),
            (
                Some(d(2018, 1, 1)),
                O::Info,
                "不晚于取得现职称的日期2018年1月1日",
                "可支持申报",
            ),
            (
                Some(d(2017, 12, 31)),
                O::Info,
                "不晚于取得现职称的日期2018年1月1日",
                "可支持申报",
            ),
        ];
        for (obtained, outcome, present, absent) in table {
            let mut a = base();
            patent(&mut a, Level::SeniorEngineer, Level::Engineer, 6_000_000);
            a.patent.as_mut().unwrap().obtained = obtained;
            let result = assess(&a, &cutoffs);
            let f = result
                .findings
                .iter()
                .find(|f| f.rule == Rule::PatentRoute)
                .unwrap();
            assert_eq!(f.outcome, outcome, "{obtained:?}: {}", f.text);
            assert!(f.text.contains(present), "{obtained:?}: {}", f.text);
            assert!(!f.text.contains(absent), "{obtained:?}: {}", f.text);
            // The field error says the same as the finding.
            let errors = validate(&a, &cutoffs);
            assert_eq!(
                errors.iter().any(|e| e.field == ApplicantField::PatentDate),
                outcome == O::Info,
                "{obtained:?}: {errors:?}"
            );
        }
    }

    /// The 公示情况说明's detail states the round's publicity length: 7 when
    /// the round's notice says 7, never the 2024 notice's 5.
    #[test]
    fn the_publicity_report_detail_has_the_rounds_length() {
        let mut cutoffs = cutoffs_2024(d(2024, 7, 20));
        cutoffs.publicity_days = 7;
        let forms = assess(&base(), &cutoffs).forms;
        let report = forms.iter().find(|f| f.id == "publicity-report").unwrap();
        assert!(
            report.detail.contains("不少于7个工作日"),
            "{}",
            report.detail
        );
        let owed = forms_owed(&base(), 7);
        let report = owed.iter().find(|f| f.id == "publicity-report").unwrap();
        assert!(
            report.detail.contains("不少于7个工作日"),
            "{}",
            report.detail
        );
    }

    #[test]
    fn the_exceptional_finding_names_the_recommenders() {
        let mut a = base();
        a.exceptional = true;
        let text = |a: &Applicant| {
            assess(a, &cutoffs_2024(d(2024, 7, 20)))
                .findings
                .iter()
                .map(|f| f.text.clone())
                .collect::<String>()
        };
        assert!(text(&a).contains("尚未填写推荐人"));
        a.recommenders = vec!["王工".into(), " ".into()];
        assert!(text(&a).contains("只填写了1名推荐人（王工）"));
        a.recommenders = vec!["王工".into(), "李工".into()];
        assert!(text(&a).contains("推荐人：王工、李工"));
    }

    fn set(a: &mut Applicant, target: Level, edu: Education, title: Option<Level>) {
        a.target = Some(target);
        a.education = Some(edu);
        a.current_title = title;
    }

    fn patent(a: &mut Applicant, target: Level, title: Level, yuan: u64) {
        a.target = Some(target);
        a.current_title = Some(title);
        a.title_date = Some(d(2018, 1, 1));
        a.patent = Some(Patent {
            kind: PatentKind::Invention,
            annual_benefit_yuan: yuan,
            obtained: None,
        });
    }

    fn noop(_: &mut Applicant) {}

    /// A change to the base applicant.
    type Edit = fn(&mut Applicant);

    const SENIOR: &[&str] = &["form-1", "form-3", "publicity-report", "form-5"];
    const PROFESSOR: &[&str] = &["form-1", "form-3", "form-4", "publicity-report", "form-5"];
    const EXCEPTIONAL: &[&str] = &["form-1", "form-2", "form-3", "publicity-report", "form-5"];
    const NONE: &[&str] = &[];

    struct Case {
        name: &'static str,
        edit: Edit,
        today: Option<NaiveDate>,
        verdict: Verdict,
        /// Findings that must be present.
        has: &'static [(Rule, FindingOutcome)],
        /// Rules that must have no finding.
        lacks: &'static [Rule],
        /// The forms, exactly.
        forms: &'static [&'static str],
        /// Full years on the seniority finding that counted them.
        years: Option<u32>,
        /// Text that some finding of the rule must contain.
        texts: &'static [(Rule, &'static str)],
    }

    const CASE: Case = Case {
        name: "",
        edit: noop,
        today: None,
        verdict: Verdict::Eligible,
        has: &[],
        lacks: &[],
        forms: SENIOR,
        years: None,
        texts: &[],
    };

    fn cases() -> Vec<Case> {
        vec![
            Case {
                name: "provincial 高工: 本科 + 工程师 + 5 full years",
                has: &[
                    (Rule::CivilServant, O::Pass),
                    (Rule::Scope, O::Pass),
                    (Rule::ReviewingBody, O::Info),
                    (Rule::Seniority, O::Pass),
                    (Rule::Defense, O::Info),
                    (Rule::Score, O::Info),
                    (Rule::Forms, O::Info),
                ],
                lacks: &[Rule::CountyPapers, Rule::PatentRoute, Rule::Missing],
                years: Some(5),
                texts: &[
                    (Rule::Seniority, NATIONAL_MINIMUM_CAVEAT),
                    (Rule::Seniority, "2024年12月31日满5周年"),
                    (Rule::ReviewingBody, "主管部门盖章"),
                    (Rule::Defense, "省直申报高级工程师"),
                    (Rule::Score, "50%"),
                    (Rule::Forms, "一次性报卷"),
                ],
                ..CASE
            },
            Case {
                name: "boundary: title 2020-01-01 is 4 full years at 2024-12-31",
                edit: |a| a.title_date = Some(d(2020, 1, 1)),
                verdict: Verdict::Ineligible,
                has: &[(Rule::Seniority, O::Fail)],
                forms: NONE,
                years: Some(4),
                texts: &[
                    (Rule::Seniority, "还差1年"),
                    (Rule::Seniority, "2025年1月1日"),
                    (Rule::Seniority, "晚于本年度资历计算截止日"),
                    (Rule::Seniority, NATIONAL_MINIMUM_CAVEAT),
                ],
                ..CASE
            },
            Case {
                name: "civil servant",
                edit: |a| a.civil_servant = Some(true),
                verdict: Verdict::Ineligible,
                has: &[(Rule::CivilServant, O::Fail), (Rule::Seniority, O::Pass)],
                lacks: &[Rule::Forms],
                forms: NONE,
                texts: &[(Rule::CivilServant, "公务员不得申报")],
                ..CASE
            },
            Case {
                name: "out of sector",
                edit: |a| a.in_sector = Some(false),
                verdict: Verdict::Ineligible,
                has: &[(Rule::Scope, O::Fail)],
                lacks: &[Rule::Forms],
                forms: NONE,
                texts: &[(Rule::Scope, "质量技术监督工作")],
                ..CASE
            },
            Case {
                name: "civil servant and out of sector",
                edit: |a| {
                    a.civil_servant = Some(true);
                    a.in_sector = Some(false);
                },
                verdict: Verdict::Ineligible,
                has: &[(Rule::CivilServant, O::Fail), (Rule::Scope, O::Fail)],
                forms: NONE,
                ..CASE
            },
            Case {
                name: "city 工程师 is routed to the city's HR department",
                edit: |a| {
                    a.unit = Some(UnitLevel::City);
                    set(
                        a,
                        Level::Engineer,
                        Education::Bachelor,
                        Some(Level::AssistantEngineer),
                    );
                    a.title_date = Some(d(2020, 7, 1));
                },
                has: &[
                    (Rule::ReviewingBody, O::Info),
                    (Rule::Seniority, O::Pass),
                    (Rule::Forms, O::Info),
                ],
                lacks: &[Rule::Defense, Rule::Score, Rule::CountyPapers],
                forms: NONE,
                years: Some(4),
                texts: &[
                    (Rule::ReviewingBody, "当地人社部门安排"),
                    (Rule::ReviewingBody, "市级单位"),
                    (Rule::Forms, "以当地人社部门的通知为准"),
                ],
                ..CASE
            },
            Case {
                name: "county 助理工程师: 大专 + 技术员 + 2 years, city HR, county papers",
                edit: |a| {
                    a.unit = Some(UnitLevel::County);
                    set(
                        a,
                        Level::AssistantEngineer,
                        Education::College,
                        Some(Level::Technician),
                    );
                    a.title_date = Some(d(2022, 12, 31));
                },
                has: &[
                    (Rule::ReviewingBody, O::Info),
                    (Rule::CountyPapers, O::Info),
                    (Rule::Seniority, O::Pass),
                ],
                lacks: &[Rule::Defense, Rule::Score],
                forms: NONE,
                years: Some(2),
                texts: &[
                    (Rule::ReviewingBody, "当地人社部门"),
                    (Rule::CountyPapers, "按省级论文对待"),
                    (Rule::CountyPapers, "国家级论文"),
                ],
                ..CASE
            },
            Case {
                name: "city 高工: city HR, no defense",
                edit: |a| a.unit = Some(UnitLevel::City),
                lacks: &[Rule::Defense, Rule::Score, Rule::CountyPapers],
                forms: NONE,
                texts: &[(Rule::ReviewingBody, "当地人社部门安排")],
                ..CASE
            },
            Case {
                name: "county 高工: county papers, no defense",
                edit: |a| a.unit = Some(UnitLevel::County),
                has: &[(Rule::CountyPapers, O::Info)],
                lacks: &[Rule::Defense, Rule::Score],
                forms: NONE,
                ..CASE
            },
            Case {
                name: "provincial 工程师: province reviews, no defense, no 附件4",
                edit: |a| {
                    set(
                        a,
                        Level::Engineer,
                        Education::Bachelor,
                        Some(Level::AssistantEngineer),
                    );
                },
                lacks: &[Rule::Defense, Rule::Score],
                years: Some(5),
                texts: &[(Rule::ReviewingBody, "省直有关部门(单位)的工程师")],
                ..CASE
            },
            Case {
                name: "正高 by the patent route (provincial)",
                edit: |a| {
                    patent(
                        a,
                        Level::ProfessorEngineer,
                        Level::SeniorEngineer,
                        10_000_000,
                    )
                },
                has: &[
                    (Rule::PatentRoute, O::Pass),
                    (Rule::Defense, O::Info),
                    (Rule::Score, O::Info),
                    (Rule::Seniority, O::Pass),
                ],
                forms: PROFESSOR,
                years: Some(6),
                texts: &[
                    (Rule::PatentRoute, "正高级工程师"),
                    (Rule::PatentRoute, "1000万元"),
                    (Rule::PatentRoute, "在符合其他条件的同时"),
                    (Rule::Defense, "全省申报正高级工程师"),
                    (Rule::ReviewingBody, "省直事业单位"),
                ],
                ..CASE
            },
            Case {
                name: "正高 patent 1 yuan below 10,000,000",
                edit: |a| {
                    patent(
                        a,
                        Level::ProfessorEngineer,
                        Level::SeniorEngineer,
                        9_999_999,
                    )
                },
                has: &[(Rule::PatentRoute, O::Info)],
                forms: PROFESSOR,
                texts: &[
                    (Rule::PatentRoute, "达到可申报高级工程师"),
                    (Rule::PatentRoute, "未达到"),
                    (Rule::PatentRoute, "999.9999万元"),
                ],
                ..CASE
            },
            Case {
                name: "正高 patent 1 yuan above 10,000,000",
                edit: |a| {
                    patent(
                        a,
                        Level::ProfessorEngineer,
                        Level::SeniorEngineer,
                        10_000_001,
                    )
                },
                has: &[(Rule::PatentRoute, O::Pass)],
                forms: PROFESSOR,
                texts: &[(Rule::PatentRoute, "可支持申报正高级工程师")],
                ..CASE
            },
            Case {
                name: "正高 by a utility-model patent",
                edit: |a| {
                    patent(
                        a,
                        Level::ProfessorEngineer,
                        Level::SeniorEngineer,
                        12_000_000,
                    );
                    a.patent.as_mut().unwrap().kind = PatentKind::UtilityModel;
                },
                has: &[(Rule::PatentRoute, O::Pass)],
                forms: PROFESSOR,
                texts: &[(Rule::PatentRoute, "实用新型专利")],
                ..CASE
            },
            Case {
                name: "patent route does not replace seniority (正高, 高工 only 4 years)",
                edit: |a| {
                    patent(
                        a,
                        Level::ProfessorEngineer,
                        Level::SeniorEngineer,
                        50_000_000,
                    );
                    a.title_date = Some(d(2020, 6, 1));
                },
                verdict: Verdict::Ineligible,
                has: &[(Rule::PatentRoute, O::Pass), (Rule::Seniority, O::Fail)],
                forms: NONE,
                years: Some(4),
                ..CASE
            },
            Case {
                name: "高工 patent exactly 5,000,000",
                edit: |a| patent(a, Level::SeniorEngineer, Level::Engineer, 5_000_000),
                has: &[(Rule::PatentRoute, O::Pass)],
                texts: &[(
                    Rule::PatentRoute,
                    "达到可申报高级工程师的标准（500万元以上）",
                )],
                ..CASE
            },
            Case {
                name: "高工 patent 1 yuan below 5,000,000",
                edit: |a| patent(a, Level::SeniorEngineer, Level::Engineer, 4_999_999),
                has: &[(Rule::PatentRoute, O::Info)],
                texts: &[
                    (Rule::PatentRoute, "达到可申报工程师"),
                    (Rule::PatentRoute, "500万元以上，未达到"),
                ],
                ..CASE
            },
            Case {
                name: "高工 patent 1 yuan above 5,000,000",
                edit: |a| patent(a, Level::SeniorEngineer, Level::Engineer, 5_000_001),
                has: &[(Rule::PatentRoute, O::Pass)],
                ..CASE
            },
            Case {
                name: "工程师 patent exactly 3,000,000",
                edit: |a| patent(a, Level::Engineer, Level::AssistantEngineer, 3_000_000),
                has: &[(Rule::PatentRoute, O::Pass)],
                lacks: &[Rule::Defense],
                texts: &[(Rule::PatentRoute, "300万元")],
                ..CASE
            },
            Case {
                name: "工程师 patent 1 yuan below 3,000,000",
                edit: |a| patent(a, Level::Engineer, Level::AssistantEngineer, 2_999_999),
                has: &[(Rule::PatentRoute, O::Info)],
                texts: &[(Rule::PatentRoute, "未达到300万元")],
                ..CASE
            },
            Case {
                name: "工程师 patent 1 yuan above 3,000,000",
                edit: |a| patent(a, Level::Engineer, Level::AssistantEngineer, 3_000_001),
                has: &[(Rule::PatentRoute, O::Pass)],
                ..CASE
            },
            Case {
                name: "patent for 助理工程师 does not apply",
                edit: |a| {
                    set(a, Level::AssistantEngineer, Education::Master, None);
                    a.title_date = None;
                    a.patent = Some(Patent {
                        kind: PatentKind::Invention,
                        annual_benefit_yuan: 20_000_000,
                        obtained: None,
                    });
                },
                has: &[(Rule::PatentRoute, O::Info), (Rule::Seniority, O::Pass)],
                texts: &[(Rule::PatentRoute, "只适用于工程师及以上")],
                ..CASE
            },
            Case {
                name: "absurd patent benefit is checked",
                edit: |a| {
                    a.patent = Some(Patent {
                        kind: PatentKind::Invention,
                        annual_benefit_yuan: MAX_ANNUAL_BENEFIT_YUAN + 1,
                        obtained: None,
                    })
                },
                verdict: Verdict::Check,
                has: &[(Rule::PatentRoute, O::Check)],
                texts: &[(Rule::PatentRoute, "数额异常")],
                ..CASE
            },
            Case {
                name: "Feb 29 start: 工程师 needs 4 years, 2020-02-29 has 4",
                edit: |a| {
                    set(
                        a,
                        Level::Engineer,
                        Education::College,
                        Some(Level::AssistantEngineer),
                    );
                    a.title_date = Some(d(2020, 2, 29));
                },
                years: Some(4),
                has: &[(Rule::Seniority, O::Pass)],
                texts: &[(Rule::Seniority, "2024年2月29日满4周年")],
                ..CASE
            },
            Case {
                name: "Feb 29 start: 高工 needs 5, qualifies on 2025-02-28",
                edit: |a| a.title_date = Some(d(2020, 2, 29)),
                verdict: Verdict::Ineligible,
                has: &[(Rule::Seniority, O::Fail)],
                forms: NONE,
                years: Some(4),
                texts: &[(Rule::Seniority, "最早于2025年2月28日满5周年")],
                ..CASE
            },
            Case {
                name: "高工 by 博士 + 工程师 + 2 years",
                edit: |a| {
                    a.education = Some(Education::Doctorate);
                    a.title_date = Some(d(2022, 12, 31));
                },
                years: Some(2),
                has: &[(Rule::Seniority, O::Pass)],
                ..CASE
            },
            Case {
                name: "高工 by 博士, one day short of 2 years",
                edit: |a| {
                    a.education = Some(Education::Doctorate);
                    a.title_date = Some(d(2023, 1, 1));
                },
                verdict: Verdict::Ineligible,
                years: Some(1),
                forms: NONE,
                texts: &[(Rule::Seniority, "还差1年")],
                ..CASE
            },
            Case {
                name: "工程师 by 硕士 + 助理 + 2 years",
                edit: |a| {
                    set(
                        a,
                        Level::Engineer,
                        Education::Master,
                        Some(Level::AssistantEngineer),
                    );
                    a.title_date = Some(d(2022, 12, 31));
                },
                years: Some(2),
                ..CASE
            },
            Case {
                name: "工程师 by 博士 directly, no title",
                edit: |a| {
                    set(a, Level::Engineer, Education::Doctorate, None);
                    a.title_date = None;
                },
                has: &[(Rule::Seniority, O::Pass)],
                lacks: &[Rule::Missing],
                texts: &[(Rule::Seniority, "可直接申报工程师")],
                ..CASE
            },
            Case {
                name: "技术员 by 本科 directly",
                edit: |a| {
                    set(a, Level::Technician, Education::Bachelor, None);
                    a.title_date = None;
                },
                has: &[(Rule::Seniority, O::Pass)],
                ..CASE
            },
            Case {
                name: "技术员 by 大专 needs probation: check",
                edit: |a| {
                    set(a, Level::Technician, Education::College, None);
                    a.title_date = None;
                },
                verdict: Verdict::Check,
                has: &[(Rule::Seniority, O::Check)],
                texts: &[
                    (Rule::Seniority, "见习"),
                    (Rule::Seniority, NATIONAL_MINIMUM_CAVEAT),
                ],
                ..CASE
            },
            Case {
                name: "助理工程师 by 本科 needs probation: check",
                edit: |a| {
                    set(a, Level::AssistantEngineer, Education::Bachelor, None);
                    a.title_date = None;
                },
                verdict: Verdict::Check,
                has: &[(Rule::Seniority, O::Check)],
                ..CASE
            },
            Case {
                name: "助理工程师 by 中专 + 技术员 + 4 years",
                edit: |a| {
                    set(
                        a,
                        Level::AssistantEngineer,
                        Education::Secondary,
                        Some(Level::Technician),
                    );
                    a.title_date = Some(d(2020, 12, 31));
                },
                years: Some(4),
                ..CASE
            },
            Case {
                name: "助理工程师 by 中专 + 技术员, only 3 years",
                edit: |a| {
                    set(
                        a,
                        Level::AssistantEngineer,
                        Education::Secondary,
                        Some(Level::Technician),
                    );
                    a.title_date = Some(d(2021, 1, 1));
                },
                verdict: Verdict::Ineligible,
                years: Some(3),
                forms: NONE,
                texts: &[(Rule::Seniority, "还差1年")],
                ..CASE
            },
            Case {
                name: "中专 cannot reach 正高",
                edit: |a| {
                    set(
                        a,
                        Level::ProfessorEngineer,
                        Education::Secondary,
                        Some(Level::SeniorEngineer),
                    );
                },
                verdict: Verdict::Ineligible,
                has: &[(Rule::Seniority, O::Fail)],
                forms: NONE,
                texts: &[(Rule::Seniority, "中专学历不能按常规途径申报正高级工程师")],
                ..CASE
            },
            Case {
                name: "中专 cannot reach 工程师",
                edit: |a| {
                    set(
                        a,
                        Level::Engineer,
                        Education::Secondary,
                        Some(Level::AssistantEngineer),
                    );
                },
                verdict: Verdict::Ineligible,
                has: &[(Rule::Seniority, O::Fail)],
                forms: NONE,
                ..CASE
            },
            Case {
                name: "大专 高工 without 破格: fail, points to 破格",
                edit: |a| a.education = Some(Education::College),
                verdict: Verdict::Ineligible,
                has: &[(Rule::Seniority, O::Fail)],
                forms: NONE,
                texts: &[(Rule::Seniority, "破格")],
                ..CASE
            },
            Case {
                name: "大专 高工 破格: check, 附件2",
                edit: |a| {
                    a.education = Some(Education::College);
                    a.exceptional = true;
                },
                verdict: Verdict::Check,
                has: &[(Rule::Seniority, O::Check)],
                forms: EXCEPTIONAL,
                texts: &[
                    (Rule::Seniority, "附件2"),
                    (Rule::Seniority, "2名本专业正高级工程师"),
                ],
                ..CASE
            },
            Case {
                name: "本科 高工 破格 with full seniority is still check",
                edit: |a| a.exceptional = true,
                verdict: Verdict::Check,
                has: &[(Rule::Seniority, O::Check)],
                forms: EXCEPTIONAL,
                years: Some(5),
                ..CASE
            },
            Case {
                name: "破格 工程师: check against provincial rules, 附件2",
                edit: |a| {
                    set(
                        a,
                        Level::Engineer,
                        Education::Bachelor,
                        Some(Level::AssistantEngineer),
                    );
                    a.exceptional = true;
                },
                verdict: Verdict::Check,
                has: &[(Rule::Seniority, O::Pass), (Rule::Seniority, O::Check)],
                forms: EXCEPTIONAL,
                texts: &[(Rule::Seniority, "辽人社职〔2021〕48号")],
                ..CASE
            },
            Case {
                name: "破格 正高: 附件2 and 附件4",
                edit: |a| {
                    set(
                        a,
                        Level::ProfessorEngineer,
                        Education::Bachelor,
                        Some(Level::SeniorEngineer),
                    );
                    a.exceptional = true;
                },
                verdict: Verdict::Check,
                forms: &[
                    "form-1",
                    "form-2",
                    "form-3",
                    "form-4",
                    "publicity-report",
                    "form-5",
                ],
                ..CASE
            },
            Case {
                name: "nothing answered",
                edit: |a| *a = Applicant::default(),
                verdict: Verdict::Check,
                has: &[(Rule::Missing, O::Check)],
                lacks: &[
                    Rule::CivilServant,
                    Rule::Scope,
                    Rule::ReviewingBody,
                    Rule::Seniority,
                    Rule::Defense,
                    Rule::Forms,
                ],
                forms: NONE,
                texts: &[
                    (Rule::Missing, "是否为公务员"),
                    (Rule::Missing, "申报级别"),
                    (Rule::Missing, "学历"),
                    (Rule::Missing, "单位层级"),
                    (Rule::Missing, "申报专业"),
                ],
                ..CASE
            },
            Case {
                name: "title date missing for a title route",
                edit: |a| a.title_date = None,
                verdict: Verdict::Check,
                has: &[(Rule::Missing, O::Check)],
                texts: &[(Rule::Missing, "取得现职称的日期")],
                ..CASE
            },
            Case {
                name: "unit missing: no reviewing body, no forms",
                edit: |a| a.unit = None,
                verdict: Verdict::Check,
                has: &[(Rule::Missing, O::Check), (Rule::Seniority, O::Pass)],
                lacks: &[Rule::ReviewingBody, Rule::Defense, Rule::Forms],
                forms: NONE,
                texts: &[(Rule::Missing, "单位层级")],
                ..CASE
            },
            Case {
                name: "civil servant unanswered",
                edit: |a| a.civil_servant = None,
                verdict: Verdict::Check,
                lacks: &[Rule::CivilServant],
                texts: &[(Rule::Missing, "是否为公务员")],
                ..CASE
            },
            Case {
                name: "missing answers and a failure: ineligible",
                edit: |a| {
                    a.civil_servant = Some(true);
                    a.specialty = None;
                },
                verdict: Verdict::Ineligible,
                has: &[(Rule::Missing, O::Check), (Rule::CivilServant, O::Fail)],
                forms: NONE,
                ..CASE
            },
            Case {
                name: "title date after today",
                edit: |a| a.title_date = Some(d(2024, 6, 16)),
                verdict: Verdict::Ineligible,
                has: &[(Rule::Seniority, O::Fail)],
                lacks: &[Rule::Missing],
                forms: NONE,
                texts: &[(
                    Rule::Seniority,
                    "取得现职称的日期（2024年6月16日）不能晚于今天",
                )],
                ..CASE
            },
            Case {
                name: "title date after the seniority cutoff (assessed in 2025)",
                edit: |a| a.title_date = Some(d(2025, 1, 15)),
                today: Some(d(2025, 3, 1)),
                verdict: Verdict::Ineligible,
                has: &[(Rule::Seniority, O::Fail)],
                forms: NONE,
                texts: &[(Rule::Seniority, "不能晚于资历计算截止日")],
                ..CASE
            },
            Case {
                name: "title date before 1950",
                edit: |a| a.title_date = Some(d(1949, 12, 31)),
                verdict: Verdict::Ineligible,
                forms: NONE,
                texts: &[(Rule::Seniority, "不能早于1950年")],
                ..CASE
            },
            Case {
                name: "applying for the level already held",
                edit: |a| a.current_title = Some(Level::SeniorEngineer),
                verdict: Verdict::Ineligible,
                has: &[(Rule::Seniority, O::Fail)],
                forms: NONE,
                texts: &[(Rule::Seniority, "您已取得高级工程师")],
                ..CASE
            },
            Case {
                name: "applying below the level held",
                edit: |a| {
                    set(
                        a,
                        Level::Engineer,
                        Education::Bachelor,
                        Some(Level::ProfessorEngineer),
                    )
                },
                verdict: Verdict::Ineligible,
                forms: NONE,
                texts: &[(Rule::Seniority, "申报级别须高于现有职称")],
                ..CASE
            },
            Case {
                name: "skipping a level: 助理 applying for 高工",
                edit: |a| a.current_title = Some(Level::AssistantEngineer),
                verdict: Verdict::Ineligible,
                forms: NONE,
                texts: &[(Rule::Seniority, "须先取得工程师并满5年")],
                ..CASE
            },
            Case {
                name: "no title for a title route",
                edit: |a| {
                    a.current_title = None;
                    a.title_date = None;
                },
                verdict: Verdict::Ineligible,
                lacks: &[Rule::Missing],
                forms: NONE,
                texts: &[(Rule::Seniority, "您尚未取得职称")],
                ..CASE
            },
            Case {
                name: "city 正高: province reviews via the city bureau, defense, 附件4",
                edit: |a| {
                    a.unit = Some(UnitLevel::City);
                    set(
                        a,
                        Level::ProfessorEngineer,
                        Education::Master,
                        Some(Level::SeniorEngineer),
                    );
                },
                has: &[(Rule::Defense, O::Info), (Rule::Score, O::Info)],
                lacks: &[Rule::CountyPapers],
                forms: PROFESSOR,
                texts: &[(Rule::ReviewingBody, "由各市市场监管局统一报省市场监管局")],
                ..CASE
            },
            Case {
                name: "county 正高: county papers and defense",
                edit: |a| {
                    a.unit = Some(UnitLevel::County);
                    set(
                        a,
                        Level::ProfessorEngineer,
                        Education::Doctorate,
                        Some(Level::SeniorEngineer),
                    );
                },
                has: &[(Rule::CountyPapers, O::Info), (Rule::Defense, O::Info)],
                forms: PROFESSOR,
                ..CASE
            },
        ]
    }

    #[test]
    fn applicant_table() {
        let cases = cases();
        assert!(cases.len() >= 40, "only {} cases", cases.len());
        for case in cases {
            let name = case.name;
            let mut a = base();
            (case.edit)(&mut a);
            let mut c = cutoffs();
            if let Some(today) = case.today {
                c.today = today;
            }
            let result = assess(&a, &c);
            let dump = format!("{name}\n{:#?}", result.findings);

            assert_eq!(result.verdict, case.verdict, "{dump}");
            assert_eq!(result.verdict, verdict_of(&result.findings), "{dump}");
            for f in &result.findings {
                assert!(!f.clause.is_empty(), "{dump}");
                assert!(f.clause.starts_with('「'), "{dump}");
                assert!(!f.text.is_empty(), "{dump}");
            }
            for &(rule, outcome) in case.has {
                assert!(
                    result
                        .findings
                        .iter()
                        .any(|f| f.rule == rule && f.outcome == outcome),
                    "missing {rule:?}/{outcome:?}: {dump}"
                );
            }
            for &rule in case.lacks {
                assert!(
                    result.of(rule).next().is_none(),
                    "unexpected {rule:?}: {dump}"
                );
            }
            let ids: Vec<&str> = result.forms.iter().map(|f| f.id).collect();
            assert_eq!(ids, case.forms, "{dump}");
            if let Some(years) = case.years {
                assert!(
                    result
                        .of(Rule::Seniority)
                        .any(|f| f.full_years == Some(years)),
                    "full years {years}: {dump}"
                );
            }
            for &(rule, text) in case.texts {
                assert!(
                    result.of(rule).any(|f| f.text.contains(text)),
                    "{rule:?} should say “{text}”: {dump}"
                );
            }
            // Findings are listed in rule order.
            assert!(
                result.findings.windows(2).all(|w| w[0].rule <= w[1].rule),
                "{dump}"
            );
            // Every seniority finding of a route carries the caveat.
            for f in result.of(Rule::Seniority) {
                if !f.text.starts_with("取得现职称的日期") && !f.text.starts_with("您已取得")
                {
                    assert!(f.text.contains(NATIONAL_MINIMUM_CAVEAT), "{dump}");
                }
            }
        }
    }

    #[test]
    fn defense_only_for_professor_and_provincial_senior() {
        use Level::*;
        use UnitLevel::*;
        // Each row written out by hand from the notice, one per (target, unit):
        // - defense: 「七、时间安排及报卷地点」 last paragraph, 「全省申报正高级工程师
        //   及省直申报高级工程师资格评审人员须参加答辩」: every 正高 applicant
        //   (全省 = whatever unit level), and 高工 only for 省直 units.
        // - province reviews: 「一、评审范围及权限」, the committee takes 「全省正高级」
        //   and 「省直有关部门(单位)副高级及以下」; 「六」(四)2 「各市副高资格及以下由
        //   当地人社部门安排」 (city and county units).
        // - county papers: 「五、相关政策规定」2 「县区及以下单位淡化论文、奖项要求」.
        // (target, unit, must defend, province reviews, county papers)
        let table = [
            (Technician, Provincial, false, true, false),
            (Technician, City, false, false, false),
            (Technician, County, false, false, true),
            (AssistantEngineer, Provincial, false, true, false),
            (AssistantEngineer, City, false, false, false),
            (AssistantEngineer, County, false, false, true),
            (Engineer, Provincial, false, true, false),
            (Engineer, City, false, false, false),
            (Engineer, County, false, false, true),
            // 「省直申报高级工程师」: defends.
            (SeniorEngineer, Provincial, true, true, false),
            // 高工 from a city or county unit: not 省直, no defense, city HR.
            (SeniorEngineer, City, false, false, false),
            (SeniorEngineer, County, false, false, true),
            // 「全省申报正高级工程师」: defends whatever the unit, province reviews.
            (ProfessorEngineer, Provincial, true, true, false),
            (ProfessorEngineer, City, true, true, false),
            (ProfessorEngineer, County, true, true, true),
        ];
        // Every (target, unit) pair appears exactly once.
        assert_eq!(table.len(), Level::ALL.len() * UnitLevel::ALL.len());
        for &target in Level::ALL {
            for &unit in UnitLevel::ALL {
                assert_eq!(
                    table
                        .iter()
                        .filter(|r| r.0 == target && r.1 == unit)
                        .count(),
                    1,
                    "{target:?} {unit:?}"
                );
            }
        }
        for (target, unit, defends, province, county_papers) in table {
            let name = format!("{target:?} at {unit:?}");
            let mut a = base();
            a.target = Some(target);
            a.unit = Some(unit);
            let result = assess(&a, &cutoffs());
            assert_eq!(defense_required(target, unit), defends, "{name}");
            assert_eq!(
                result.of(Rule::Defense).count(),
                usize::from(defends),
                "{name}"
            );
            assert_eq!(
                result.of(Rule::Score).count(),
                usize::from(defends),
                "{name}"
            );
            assert_eq!(
                result.of(Rule::CountyPapers).count(),
                usize::from(county_papers),
                "{name}"
            );
            let expected_body = if province {
                ReviewingBody::ProvincialCommittee
            } else {
                ReviewingBody::CityHr
            };
            assert_eq!(reviewing_body(target, unit), expected_body, "{name}");
        }
    }

    #[test]
    fn full_years_and_anniversaries() {
        let table = [
            (d(2019, 12, 31), d(2024, 12, 31), 5),
            (d(2020, 1, 1), d(2024, 12, 31), 4),
            (d(2020, 2, 29), d(2024, 12, 31), 4),
            (d(2020, 2, 29), d(2021, 2, 28), 1),
            (d(2020, 2, 29), d(2021, 2, 27), 0),
            (d(2020, 2, 29), d(2024, 2, 28), 3),
            (d(2020, 2, 29), d(2024, 2, 29), 4),
            (d(2024, 12, 31), d(2024, 12, 31), 0),
            (d(2025, 1, 1), d(2024, 12, 31), 0),
            (d(2023, 12, 31), d(2024, 12, 30), 0),
            (d(1950, 1, 1), d(2024, 12, 31), 74),
        ];
        for (from, to, years) in table {
            assert_eq!(full_years(from, to), years, "{from} → {to}");
        }
        let anniversaries = [
            (d(2020, 2, 29), 1, d(2021, 2, 28)),
            (d(2020, 2, 29), 4, d(2024, 2, 29)),
            (d(2020, 2, 29), 5, d(2025, 2, 28)),
            (d(2019, 12, 31), 5, d(2024, 12, 31)),
            (d(2019, 3, 1), 0, d(2019, 3, 1)),
        ];
        for (from, years, expected) in anniversaries {
            assert_eq!(anniversary(from, years), expected, "{from} + {years}");
        }
        assert_eq!(anniversary(d(2020, 1, 1), u32::MAX), NaiveDate::MAX);
        assert_eq!(anniversary(d(2020, 1, 1), 1_000_000), NaiveDate::MAX);
    }

    #[test]
    fn patent_thresholds_are_inclusive() {
        let table = [
            (0, None),
            (2_999_999, None),
            (3_000_000, Some(Level::Engineer)),
            (4_999_999, Some(Level::Engineer)),
            (5_000_000, Some(Level::SeniorEngineer)),
            (9_999_999, Some(Level::SeniorEngineer)),
            (10_000_000, Some(Level::ProfessorEngineer)),
            (u64::MAX, Some(Level::ProfessorEngineer)),
        ];
        for (yuan, level) in table {
            assert_eq!(patent_reaches(yuan), level, "{yuan}");
        }
        assert_eq!(patent_threshold(Level::Technician), None);
        assert_eq!(patent_threshold(Level::SeniorEngineer), Some(5_000_000));
    }

    #[test]
    fn national_minimum_table() {
        use Education::*;
        use Level::*;
        let t = |title, years| Requirement::Title { title, years };
        let table = [
            (Technician, Bachelor, Requirement::Direct),
            (Technician, Secondary, Requirement::Probation),
            (AssistantEngineer, Master, Requirement::Direct),
            (AssistantEngineer, Bachelor, Requirement::Probation),
            (AssistantEngineer, College, t(Technician, 2)),
            (AssistantEngineer, Secondary, t(Technician, 4)),
            (Engineer, Doctorate, Requirement::Direct),
            (Engineer, Master, t(AssistantEngineer, 2)),
            (Engineer, College, t(AssistantEngineer, 4)),
            (Engineer, Secondary, Requirement::Unreachable),
            (SeniorEngineer, Doctorate, t(Engineer, 2)),
            (SeniorEngineer, Master, t(Engineer, 5)),
            (SeniorEngineer, College, Requirement::Unreachable),
            (ProfessorEngineer, Bachelor, t(SeniorEngineer, 5)),
            (ProfessorEngineer, College, Requirement::Unreachable),
        ];
        for (target, edu, req) in table {
            assert_eq!(national_minimum(target, edu), req, "{target:?} {edu:?}");
        }
        // A required title is always one level below the target.
        for &target in Level::ALL {
            for &edu in Education::ALL {
                if let Requirement::Title { title, .. } = national_minimum(target, edu) {
                    assert!(title < target);
                    assert_eq!(
                        Level::ALL[Level::ALL.iter().position(|l| *l == title).unwrap() + 1],
                        target
                    );
                }
            }
        }
    }

    #[test]
    fn validate_table() {
        let c = cutoffs();
        let table: [(Edit, &[(ApplicantField, &str)]); 8] = [
            (noop, &[]),
            (|a| a.title_date = Some(d(2024, 6, 15)), &[]),
            (
                |a| a.title_date = Some(d(2024, 6, 16)),
                &[(ApplicantField::TitleDate, "不能晚于今天")],
            ),
            (
                |a| a.title_date = Some(d(1949, 12, 31)),
                &[(ApplicantField::TitleDate, "不能早于1950年")],
            ),
            (|a| a.title_date = Some(d(1950, 1, 1)), &[]),
            (
                |a| {
                    a.patent = Some(Patent {
                        kind: PatentKind::Invention,
                        annual_benefit_yuan: MAX_ANNUAL_BENEFIT_YUAN,
                        obtained: None,
                    })
                },
                &[],
            ),
            (
                |a| {
                    a.patent = Some(Patent {
                        kind: PatentKind::UtilityModel,
                        annual_benefit_yuan: MAX_ANNUAL_BENEFIT_YUAN + 1,
                        obtained: None,
                    })
                },
                &[(ApplicantField::Benefit, "超过1000亿元")],
            ),
            // Already holding the target: a finding of assess, not a field error.
            (|a| a.current_title = Some(Level::SeniorEngineer), &[]),
        ];
        for (edit, expected) in table {
            let mut a = base();
            edit(&mut a);
            let errors = validate(&a, &c);
            assert_eq!(errors.len(), expected.len(), "{errors:?}");
            for (e, (field, text)) in errors.iter().zip(expected) {
                assert_eq!(e.field, *field);
                assert!(e.to_string().contains(text), "{e}");
            }
        }
        // After the seniority cutoff, assessed in 2025.
        let mut a = base();
        a.title_date = Some(d(2025, 1, 2));
        let later = cutoffs_2024(d(2025, 2, 1));
        let errors = validate(&a, &later);
        assert_eq!(errors.len(), 1);
        assert!(errors[0]
            .to_string()
            .contains("不能晚于资历计算截止日（2024年12月31日）"));
    }

    #[test]
    fn title_date_and_achievement_entries_table() {
        /// (current title, text typed, the date read or `Err` for an error).
        type TitleCase = (Option<Level>, &'static str, Result<Option<NaiveDate>, ()>);
        let engineer = Some(Level::Engineer);
        let title_cases: [TitleCase; 5] = [
            (engineer, "2019-06-30", Ok(Some(d(2019, 6, 30)))),
            (engineer, "", Ok(None)),
            // No current title: a typed date is left over from before.
            (None, "2019-06-30", Ok(None)),
            (None, "不是日期", Ok(None)),
            (engineer, "2019-02-30", Err(())),
        ];
        for (title, text, expected) in title_cases {
            assert_eq!(
                parse_title_date(title, text).map_err(drop),
                expected,
                "{title:?} {text}"
            );
        }
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
    fn composite_score_table() {
        let ok = [
            ("80", "70", CompositeScore(75_000), "75"),
            ("0", "0", CompositeScore(0), "0"),
            ("100", "100", CompositeScore(100_000), "100"),
            ("90.5", "60", CompositeScore(75_250), "75.25"),
            // Exact where a float is not: 0.01 × 0.5 is no binary fraction.
            ("90.25", "80", CompositeScore(85_125), "85.125"),
            ("0.01", "0", CompositeScore(5), "0.005"),
            (" 85 ", "85.00", CompositeScore(85_000), "85"),
        ];
        for (q, dfn, total, text) in ok {
            assert_eq!(composite_score(q, dfn), Some(Ok(total)), "{q} {dfn}");
            assert_eq!(total.to_string(), text);
        }
        let blank = [("", "70"), ("80", ""), ("  ", "  ")];
        for (q, dfn) in blank {
            assert_eq!(composite_score(q, dfn), None, "{q:?} {dfn:?}");
        }
        let bad = [
            ("NaN", "50", "量化赋分：“NaN”不是数字"),
            ("50", "inf", "答辩分：“inf”不是数字"),
            ("100.1", "50", "量化赋分须在 0 到 100 之间"),
            ("50", "-1", "答辩分：不能为负数"),
            ("50", "60.125", "答辩分：最多保留 2 位小数"),
            // The quantitative part is checked first.
            ("abc", "101", "量化赋分：“abc”不是数字"),
        ];
        for (q, dfn, message) in bad {
            let err = composite_score(q, dfn).unwrap().unwrap_err().to_string();
            assert_eq!(err, message);
        }
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

    #[test]
    fn enums_have_codes_labels_and_serde_names() {
        fn check<T: Copy + Serialize + for<'de> Deserialize<'de> + PartialEq + fmt::Debug>(
            all: &[T],
            code: fn(T) -> &'static str,
            label: fn(T) -> &'static str,
        ) {
            assert!(!all.is_empty());
            for &v in all {
                let json = serde_json::to_string(&v).unwrap();
                assert_eq!(json, format!("\"{}\"", code(v)));
                assert_eq!(serde_json::from_str::<T>(&json).unwrap(), v);
                assert!(code(v).chars().all(|c| c.is_ascii_lowercase() || c == '-'));
                assert!(!label(v).is_empty());
            }
        }
        check(Specialty::ALL, Specialty::code, Specialty::label);
        check(Level::ALL, Level::code, Level::label);
        check(UnitLevel::ALL, UnitLevel::code, UnitLevel::label);
        check(Education::ALL, Education::code, Education::label);
        check(PatentKind::ALL, PatentKind::code, PatentKind::label);
        check(
            AchievementKind::ALL,
            AchievementKind::code,
            AchievementKind::label,
        );
        check(Verdict::ALL, Verdict::code, Verdict::label);
        check(
            FindingOutcome::ALL,
            FindingOutcome::code,
            FindingOutcome::label,
        );
        check(Rule::ALL, Rule::code, Rule::label);
        check(
            ReviewingBody::ALL,
            ReviewingBody::code,
            ReviewingBody::label,
        );

        assert_eq!(Level::SeniorEngineer.code(), "senior-engineer");
        assert_eq!(
            Level::from_code("professor-engineer"),
            Some(Level::ProfessorEngineer)
        );
        assert_eq!(Level::from_code("nope"), None);
        assert_eq!(
            Verdict::ALL
                .iter()
                .map(|v| (v.code(), v.label()))
                .collect::<Vec<_>>(),
            [
                ("eligible", "符合"),
                ("ineligible", "不符合"),
                ("check", "需核实")
            ]
        );
        assert_eq!(
            Rule::ALL.iter().map(|r| r.code()).collect::<Vec<_>>(),
            [
                "civil-servant",
                "scope",
                "reviewing-body",
                "seniority",
                "patent-route",
                "county-papers",
                "defense",
                "score",
                "forms",
                "missing"
            ]
        );
        assert!(Level::Technician < Level::AssistantEngineer);
        assert!(Level::SeniorEngineer < Level::ProfessorEngineer);
    }

    #[test]
    fn applicant_round_trips_and_accepts_partial_json() {
        let mut a = base();
        a.patent = Some(Patent {
            kind: PatentKind::UtilityModel,
            annual_benefit_yuan: 3_000_000,
            obtained: None,
        });
        let json = serde_json::to_string(&a).unwrap();
        assert!(json.contains("\"senior-engineer\""), "{json}");
        assert!(json.contains("\"utility-model\""), "{json}");
        assert_eq!(serde_json::from_str::<Applicant>(&json).unwrap(), a);
        let partial: Applicant = serde_json::from_str(r#"{"target":"engineer"}"#).unwrap();
        assert_eq!(partial.target, Some(Level::Engineer));
        assert_eq!(partial.civil_servant, None);
        // The assessment serialises for the UI.
        let out = serde_json::to_string(&assess(&a, &cutoffs())).unwrap();
        assert!(out.contains("\"verdict\":\"eligible\""), "{out}");
        assert!(out.contains("\"rule\":\"patent-route\""), "{out}");
    }

    #[test]
    fn forms_details_follow_the_notice() {
        let forms = forms_for(Level::ProfessorEngineer, true, 5);
        let ids: Vec<&str> = forms.iter().map(|f| f.id).collect();
        assert_eq!(
            ids,
            [
                "form-1",
                "form-2",
                "form-3",
                "form-4",
                "publicity-report",
                "form-5"
            ]
        );
        let by_id = |id: &str| forms.iter().find(|f| f.id == id).unwrap();
        assert!(by_id("form-1").title.contains("一式三份"));
        assert!(by_id("form-1").detail.contains("一寸近期彩色照片"));
        assert!(by_id("form-1").detail.contains("二级单位"));
        assert!(by_id("form-1").detail.contains("公章一致"));
        assert!(by_id("form-3").detail.contains("不可活页装订"));
        assert!(by_id("form-3").detail.contains("目录顺序"));
        assert!(by_id("publicity-report").detail.contains("有无异议"));
        assert!(by_id("publicity-report").detail.contains("廉洁自律"));
        assert!(by_id("publicity-report").detail.contains("公示地点"));
        assert!(by_id("form-5").title.contains("电子版"));
        assert!(by_id("form-5").detail.contains("单位的责任"));
        for f in &forms {
            assert!(f.clause.starts_with('「'), "{}", f.id);
        }
        assert_eq!(forms_for(Level::Technician, false, 5).len(), 4);
    }
}
