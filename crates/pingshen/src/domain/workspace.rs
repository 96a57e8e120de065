//! A unit's workspace: several applicants, an overview by urgency, and the
//! export/import of everything the app stores.
//!
//! Each applicant ([`Record`]) carries the eligibility answers
//! ([`crate::domain::eligibility::Applicant`]), the day their materials were posted
//! for publicity, the forms ticked as ready and notes. The overview is
//! computed, never stored.
//!
//! - [`row`] / [`overview`]: what an HR officer sees for each applicant —
//!   the verdict of [`eligibility::assess`], the publicity of
//!   「六、申报流程」(三) counted by [`publicity::period_from_posting`], the
//!   files of 「五、报卷说明」 ticked so far, the next deadline of the unit's
//!   [`UnitPlan`] and whether anything is at risk; sorted by urgency.
//! - [`Filter`], [`summary`], [`chat_summary`]: narrowing, counting and
//!   sharing the overview.
//! - [`new_id`]: ids for new applicants.
//!
//! The backup file of the whole stored document (export, then import
//! checked completely before anything changes) is the store's
//! (`store::transfer`), not a rule.
//!
//! # Example
//!
//! ```
//! use chrono::{Datelike, NaiveDate};
//! use pingshen::domain::{calendar::Calendar, notice::{Notice, UnitKind}, timeline, workspace};
//!
//! let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
//! let cal = Calendar::official();
//! let notice = Notice::official_2024();
//! // A city bureau: files leave 08-07, so the publicity is posted by 07-30.
//! let plan = timeline::plan(&cal, &notice, UnitKind::City, None, 0).unwrap();
//! let record = workspace::Record {
//!     id: "a1".into(),
//!     name: "张三".into(),
//!     posted: Some(d(7, 24)),
//!     ..Default::default()
//! };
//! let row = workspace::row(&record, &cal, &notice, Some(&plan), d(7, 25));
//! assert_eq!(row.publicity.text(d(7, 25)), "公示中，至7月31日");
//! assert_eq!(row.next_deadline.unwrap().date, d(7, 31));
//! ```

use std::cmp::Ordering;

use chrono::{Datelike, NaiveDate};

use crate::domain::text::one_line;

use crate::domain::calendar::Calendar;
use crate::domain::dates;
use crate::domain::eligibility::{self, Applicant, Cutoffs, Level, Verdict};
use crate::domain::notice::Notice;
use crate::domain::order;
use crate::domain::publicity;
use crate::domain::round_facts::{Outcome, PastRound, Standing};
use crate::domain::route::Route;
use crate::domain::timeline::{SealStep, UnitPlan};
use serde::{Deserialize, Serialize};

/// One applicant of the unit. Only `id` and `name` are required when read;
/// empty fields are left out when written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Stable id (merge key for imports), e.g. `a1732760000000-3`.
    pub id: String,
    /// The applicant's name, shown as text only.
    pub name: String,
    /// The eligibility answers (specialty, target level, unit level, …).
    #[serde(default)]
    pub applicant: Applicant,
    /// The day the applicant's materials were posted for publicity.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::dates::ymd_opt"
    )]
    pub posted: Option<NaiveDate>,
    /// Ids of the forms ticked as ready (`form-1`, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ticks: Vec<String>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The applicant's own unit as on its seal, for a city bureau summing
    /// up several units (附件5); empty: the unit of the documents.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit_name: String,
    /// The round (by year) that `posted`, `ticks`, `excluded` and `outcome`
    /// belong to ([`round_facts`](super::round_facts)); `None` while there are none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<i32>,
    /// Left out of the round's documents (schema 1 kept these ids in the
    /// paperwork).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub excluded: bool,
    /// The round's result, once known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    /// The ticks were given before rounds were recorded: their round was
    /// guessed on the upgrade, and the unit is asked to check them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ticks_to_check: bool,
    /// Earlier rounds, read-only, newest last.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<PastRound>,
    /// The items of achievement the applicant listed on 资格自查 and sent
    /// with a handoff link (`store::handoff`); empty when typed in by the
    /// unit.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub achievements: Vec<eligibility::Achievement>,
    /// The unit whose list (a handoff link) brought this record to a city
    /// bureau or competent department: a list sent again by that unit
    /// replaces these records. Empty: entered here.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub list_from: String,
}

impl Record {
    /// Whether the record holds any round-bound fact.
    pub fn has_round_facts(&self) -> bool {
        self.posted.is_some() || !self.ticks.is_empty() || self.excluded || self.outcome.is_some()
    }

    /// How the record's round-bound facts stand for the round of `shown`.
    pub fn standing(&self, shown: i32) -> Standing {
        Standing::of_facts(self.has_round_facts(), self.round, shown)
    }

    /// The posting day, if it is the round of `shown`'s.
    pub fn posted_in(&self, shown: i32) -> Option<NaiveDate> {
        self.posted.filter(|_| self.standing(shown).counts())
    }

    /// The forms ticked for the round of `shown` (none when the ticks are
    /// another round's).
    pub fn ticks_in(&self, shown: i32) -> &[String] {
        if self.standing(shown).counts() {
            &self.ticks
        } else {
            &[]
        }
    }

    /// Whether the round of `shown`'s documents leave the record out.
    pub fn excluded_in(&self, shown: i32) -> bool {
        self.excluded && self.standing(shown).counts()
    }

    /// Binds the record's round-bound facts to the round of `shown` before
    /// one is entered (they are unbound or already that round's).
    pub fn bind_to(&mut self, shown: i32) {
        self.round = Some(shown);
    }
}

// ---------------------------------------------------------------------------
// Overview rows
// ---------------------------------------------------------------------------

/// Where an applicant's publicity (集中公示, 「六、申报流程」(三)) stands today.
///
/// The publicity posted on day P ends on the N-th working day after P
/// ([`publicity::period_from_posting`]). It is running from the posting day
/// itself up to and including the end day, and ended from the day after.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PublicityStatus {
    /// No posting day entered yet.
    NotPosted,
    /// A posting day still ahead: not running yet (counted as not posted).
    Scheduled {
        /// The planned posting day.
        on: NaiveDate,
    },
    /// Posted; the publicity lasts up to and including `until`.
    Running {
        /// The last day of the publicity.
        until: NaiveDate,
    },
    /// The publicity ended on `on` (before today).
    Ended {
        /// The last day of the publicity.
        on: NaiveDate,
    },
    /// The record's round-bound facts are another round's: counted as not
    /// posted for the round shown.
    OtherRound {
        /// The round they belong to.
        year: i32,
        /// Earlier than the round shown (else later).
        earlier: bool,
        /// That round's publicity ended on this day (`None`: not posted
        /// then, or not ended yet).
        ended: Option<NaiveDate>,
    },
}

impl PublicityStatus {
    /// The stable code: `not-posted`, `running`, `ended` (the same codes as
    /// [`StatusFilter::code`]).
    pub fn code(self) -> &'static str {
        match self {
            Self::NotPosted | Self::Scheduled { .. } => "not-posted",
            Self::Running { .. } => "running",
            Self::Ended { .. } => "ended",
            Self::OtherRound { earlier: true, .. } => "previous-round",
            Self::OtherRound { earlier: false, .. } => "other-round",
        }
    }

    /// Counted as not posted for the round shown.
    pub fn is_not_posted(self) -> bool {
        matches!(
            self,
            Self::NotPosted | Self::Scheduled { .. } | Self::OtherRound { .. }
        )
    }

    /// In Chinese as of `today`, e.g. `公示中，至7月31日`; a day of another
    /// year carries its year (a publicity of 2024 seen in 2026 ended
    /// `2024年7月22日`, not "7月22日").
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pingshen::domain::workspace::PublicityStatus;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let today = d(2024, 7, 26);
    /// assert_eq!(PublicityStatus::NotPosted.text(today), "未公示");
    /// assert_eq!(PublicityStatus::Running { until: d(2024, 7, 31) }.text(today), "公示中，至7月31日");
    /// assert_eq!(PublicityStatus::Ended { on: d(2024, 7, 22) }.text(today), "公示已于7月22日结束");
    /// assert_eq!(PublicityStatus::Ended { on: d(2024, 7, 22) }.text(d(2026, 12, 2)), "公示已于2024年7月22日结束");
    /// let last_round = PublicityStatus::OtherRound { year: 2026, earlier: true, ended: Some(d(2026, 7, 27)) };
    /// assert_eq!(last_round.text(d(2026, 12, 6)), "2026 年度：公示已于2026年7月27日结束（不计入本年度）");
    /// ```
    pub fn text(self, today: NaiveDate) -> String {
        let day = |date| dates::month_day_as_of(date, today);
        match self {
            Self::NotPosted => "未公示".into(),
            Self::Scheduled { on } => format!("未公示，计划{}张贴", day(on)),
            Self::Running { until } => format!("公示中，至{}", day(until)),
            Self::Ended { on } => format!("公示已于{}结束", day(on)),
            Self::OtherRound { year, ended, .. } => format!(
                "{year} 年度：{}（不计入本年度）",
                ended.map_or("未公示".to_string(), |on| {
                    format!("公示已于{}年{}结束", on.year(), dates::month_day_zh(on))
                })
            ),
        }
    }
}

/// Which step a [`Deadline`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeadlineKind {
    /// The latest working day to post the publicity (the plan's).
    Posting,
    /// The end of a running publicity, counted from its posting day.
    PublicityEnd,
    /// The day the files leave the unit (the plan's).
    FilesLeave,
}

impl DeadlineKind {
    /// What must happen by the day: [`DEADLINE_POSTING`],
    /// [`DEADLINE_PUBLICITY_END`] or [`DEADLINE_FILES_LEAVE`].
    pub fn label(self) -> &'static str {
        match self {
            DeadlineKind::Posting => DEADLINE_POSTING,
            DeadlineKind::PublicityEnd => DEADLINE_PUBLICITY_END,
            DeadlineKind::FilesLeave => DEADLINE_FILES_LEAVE,
        }
    }

    /// Whether the day is an estimate in a round of `kind`: the plan's days
    /// rest on the round's windows, projected (预计) when the round has no
    /// published notice; the end of a running publicity is counted from the
    /// day it was posted, whatever the round.
    ///
    /// ```
    /// use pingshen::domain::rounds::RoundKind;
    /// use pingshen::domain::workspace::DeadlineKind;
    /// assert!(DeadlineKind::Posting.is_estimate(RoundKind::Projected));
    /// assert!(!DeadlineKind::PublicityEnd.is_estimate(RoundKind::Projected));
    /// assert!(!DeadlineKind::FilesLeave.is_estimate(RoundKind::Official));
    /// ```
    pub fn is_estimate(self, round: crate::domain::rounds::RoundKind) -> bool {
        round == crate::domain::rounds::RoundKind::Projected && self != DeadlineKind::PublicityEnd
    }
}

/// A dated step still to take (or overdue), named by its kind's label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Deadline {
    /// Which step it is (its Chinese name: [`DeadlineKind::label`]).
    pub kind: DeadlineKind,
    /// The day.
    pub date: NaiveDate,
}

/// Label of the latest posting day ([`UnitPlan::posting`]).
pub const DEADLINE_POSTING: &str = "最晚张贴公示";
/// Label of the end of a running publicity.
pub const DEADLINE_PUBLICITY_END: &str = "公示结束";
/// Label of the day the files leave the unit ([`UnitPlan::files_leave`]).
pub const DEADLINE_FILES_LEAVE: &str = "材料报出";

/// One applicant as the unit overview shows it (computed by [`row`]).
/// Hashable, so that a list keyed by the whole row re-renders a row only
/// when something it shows has changed.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Row {
    /// The record's id.
    pub id: String,
    /// The applicant's name (text only).
    pub name: String,
    /// The verdict of [`eligibility::assess`] with the notice's cutoffs.
    pub verdict: Verdict,
    /// The level applied for, if chosen.
    pub level: Option<Level>,
    /// The publicity as of today.
    pub publicity: PublicityStatus,
    /// The publicity dates (or, before posting, the latest posting day)
    /// pass through a year without an official holiday schedule.
    pub publicity_estimated: bool,
    /// The publicity dates rest on the user's own holiday data (非官方).
    pub publicity_unofficial: bool,
    /// Forms of [`eligibility::forms_for`] ticked as ready.
    pub forms_done: usize,
    /// Forms to hand in ([`eligibility::forms_for`]); 0 while no level is
    /// chosen.
    pub forms_total: usize,
    /// The next deadline (see [`row`]); `None` when nothing lies ahead.
    pub next_deadline: Option<Deadline>,
    /// The way the files go ([`Route::of`]); `None` while the level or the
    /// unit level is not known.
    pub route: Option<Route>,
    /// Something threatens the application (see [`row`]).
    pub at_risk: bool,
    /// Why, in Chinese (several reasons joined by `；`); `Some` exactly when
    /// `at_risk`.
    pub risk: Option<String>,
    /// The ticks counted were given before rounds were recorded: the unit
    /// is asked to check them.
    pub ticks_to_check: bool,
    /// Earlier rounds, one line each ([`PastRound::text`]).
    pub history: Vec<String>,
}

impl Row {
    /// Whether every form to hand in is ticked (and there is at least one).
    pub fn forms_complete(&self) -> bool {
        self.forms_total > 0 && self.forms_done >= self.forms_total
    }

    /// Ready to leave the unit: not ineligible (a 需核实 applicant — 破格,
    /// a probation — can be ready once the unit has checked), publicity
    /// ended, every form ticked.
    pub fn is_ready(&self) -> bool {
        self.verdict != Verdict::Ineligible
            && matches!(self.publicity, PublicityStatus::Ended { .. })
            && self.forms_complete()
    }
}

/// The cutoffs [`eligibility::assess`] uses for `notice` on `today`
/// (「五、相关政策规定」3: the notice's achievements and seniority cutoffs).
pub fn cutoffs(notice: &Notice, today: NaiveDate) -> Cutoffs {
    Cutoffs {
        achievements: notice.achievements_cutoff,
        seniority: notice.seniority_cutoff,
        today,
        publicity_days: notice.publicity_working_days,
    }
}

/// The overview row of one applicant on `today`, for the round of
/// `notice` (the round shown).
///
/// - **Round** ([`crate::domain::round_facts`]): the posting day, ticks and
///   exclusion count only when they are the round shown's; another round's
///   are shown as that round's ([`PublicityStatus::OtherRound`]) and the
///   row counts as not posted, no form ticked.
/// - **Verdict**: [`eligibility::assess`] with [`cutoffs`] of the notice.
/// - **Publicity** (「六、申报流程」(三)): ends on
///   [`publicity::period_from_posting`]`(posted, notice.publicity_working_days)`;
///   running while `today` ≤ the end day (the posting day counts as running),
///   ended after. A posting day whose publicity cannot be computed (outside
///   the supported years) is shown as not posted, at risk, with the reason.
/// - **Forms** (「五、报卷说明」): [`eligibility::forms_for`] the target
///   level (none while no level is chosen); done = those ticked.
/// - **Next deadline**, the first that applies: not posted and a plan given →
///   [`DEADLINE_POSTING`] on `plan.posting.latest_posting_workday`; running →
///   [`DEADLINE_PUBLICITY_END`] on the end day; with a plan, forms incomplete
///   or `plan.files_leave` still ahead (today included) →
///   [`DEADLINE_FILES_LEAVE`] on `plan.files_leave`; otherwise `None`. An
///   overdue deadline stays shown (the row is then at risk).
/// - **At risk**, judged against the same plan as the timeline: ineligible;
///   not posted and today is after `plan.posting.latest_posting`; posted but
///   the publicity ends after `plan.end_by` (the seal or review days come
///   between the end of the publicity and the day the files leave, and
///   only a finished publicity lets the files go, 「六、申报流程」(四));
///   forms incomplete and today ≥ `plan.files_leave`.
pub fn row(
    record: &Record,
    cal: &Calendar,
    notice: &Notice,
    plan: Option<&UnitPlan>,
    today: NaiveDate,
) -> Row {
    let assessment = eligibility::assess(&record.applicant, &cutoffs(notice, today));
    let verdict = assessment.verdict;
    let mut risks: Vec<String> = Vec::new();
    if verdict == Verdict::Ineligible {
        risks.push("资格自查结果为不符合，请查看资格自查中的具体原因".into());
    }
    let shown = notice.year;
    let standing = record.standing(shown);
    let posted = record.posted_in(shown);
    let ticks = record.ticks_in(shown);

    // Publicity.
    let mut publicity = PublicityStatus::NotPosted;
    let mut publicity_estimated = false;
    let mut publicity_unofficial = false;
    let mut end_day = None;
    if let Some(posted) = posted {
        match publicity::period_from_posting(cal, posted, notice.publicity_working_days) {
            Ok(period) => {
                let end = period.end_day();
                publicity_estimated = period.is_estimated();
                publicity_unofficial = !period.user_years.is_empty();
                end_day = Some(end);
                publicity = if today < posted {
                    PublicityStatus::Scheduled { on: posted }
                } else if today <= end {
                    PublicityStatus::Running { until: end }
                } else {
                    PublicityStatus::Ended { on: end }
                };
            }
            Err(e) => risks.push(format!("公示张贴日期 {posted} 无法计算公示期：{e}")),
        }
    }
    if let Some(year) = standing.other_year() {
        let ended = record
            .posted
            .and_then(|p| {
                publicity::period_from_posting(cal, p, notice.publicity_working_days).ok()
            })
            .map(|period| period.end_day())
            .filter(|end| *end < today);
        publicity = PublicityStatus::OtherRound {
            year,
            earlier: year < shown,
            ended,
        };
    }
    if matches!(publicity, PublicityStatus::OtherRound { .. }) {
        // Another round's dates are shown as that round's; the estimate of
        // this round's posting day sits on the deadline itself.
        publicity_estimated = false;
        publicity_unofficial = false;
    } else if publicity.is_not_posted() {
        publicity_estimated = plan.is_some_and(|p| p.posting.is_estimated());
        publicity_unofficial = plan.is_some_and(|p| !p.posting.user_years.is_empty());
    }

    // Forms, by the route of the files.
    let route = Route::of_applicant(&record.applicant);
    let forms = eligibility::forms_owed(&record.applicant, notice.publicity_working_days);
    // The city's HR department arranges it: no provincial plan applies.
    let plan = plan.filter(|_| route != Some(Route::CityHr));
    let forms_total = forms.len();
    let forms_done = forms
        .iter()
        .filter(|f| ticks.iter().any(|t| t == f.id))
        .count();
    let forms_incomplete = forms_done < forms_total;

    // Risks against the plan.
    if let Some(plan) = plan {
        let files_leave = plan.files_leave;
        if posted.is_none() && today > plan.posting.latest_posting {
            risks.push(format!(
                "尚未公示，已过最晚张贴日{}（公示须在{}或更早结束）",
                dates::month_day_as_of(plan.posting.latest_posting, today),
                dates::month_day_as_of(plan.end_by, today)
            ));
        }
        if let Some(end) = end_day.filter(|end| *end > plan.end_by) {
            risks.push(format!(
                "公示{}才结束，晚于{}：公示须在{}或更早结束{}",
                dates::month_day_as_of(end, today),
                dates::month_day_as_of(plan.end_by, today),
                dates::month_day_as_of(plan.end_by, today),
                match plan.seal {
                    Some(SealStep {
                        days,
                        span: Some(_),
                    }) => format!(
                        "，之后留出 {days} 个工作日盖章/审核，材料{}报出",
                        dates::month_day_as_of(files_leave, today)
                    ),
                    _ => format!("，材料{}报出", dates::month_day_as_of(files_leave, today)),
                }
            ));
        }
        if forms_incomplete && today >= files_leave {
            risks.push(format!(
                "材料还差 {} 项，材料报出日{}已到",
                forms_total - forms_done,
                dates::month_day_as_of(files_leave, today)
            ));
        }
    }

    // Next deadline.
    let deadline = |kind: DeadlineKind, date: NaiveDate| Some(Deadline { kind, date });
    let next_deadline = match (publicity, plan) {
        (status, Some(plan)) if status.is_not_posted() => {
            deadline(DeadlineKind::Posting, plan.posting.latest_posting_workday)
        }
        (PublicityStatus::Running { until }, _) => deadline(DeadlineKind::PublicityEnd, until),
        (_, Some(plan)) if forms_incomplete || plan.files_leave >= today => {
            deadline(DeadlineKind::FilesLeave, plan.files_leave)
        }
        _ => None,
    };

    Row {
        id: record.id.clone(),
        name: record.name.clone(),
        verdict,
        level: record.applicant.target,
        publicity,
        publicity_estimated,
        publicity_unofficial,
        forms_done,
        forms_total,
        next_deadline,
        route,
        at_risk: !risks.is_empty(),
        risk: (!risks.is_empty()).then(|| risks.join("；")),
        ticks_to_check: record.ticks_to_check && standing.counts(),
        history: record.history.iter().map(PastRound::text).collect(),
    }
}

/// The urgency order of the overview: rows at risk first, then by next
/// deadline ascending (rows without one last), then by name (and id, so the
/// order is total).
pub fn by_urgency(a: &Row, b: &Row) -> Ordering {
    // Ineligible rows are at risk too, but nothing the unit does this week
    // saves them: the applicants who can still make it come first.
    let key = |r: &Row| {
        let rank = match (r.at_risk, r.verdict == Verdict::Ineligible) {
            (true, false) => 0,
            (_, true) => 1,
            (false, false) => 2,
        };
        (rank, r.next_deadline.as_ref().map(|d| d.date).is_none())
    };
    key(a)
        .cmp(&key(b))
        .then_with(|| {
            let date = |r: &Row| r.next_deadline.as_ref().map(|d| d.date);
            date(a).cmp(&date(b))
        })
        .then_with(|| a.name.cmp(&b.name))
        .then_with(|| a.id.cmp(&b.id))
}

/// Every applicant's [`row`], sorted [`by_urgency`].
pub fn overview(
    records: &[Record],
    cal: &Calendar,
    notice: &Notice,
    plan: Option<&UnitPlan>,
    today: NaiveDate,
) -> Vec<Row> {
    let mut rows: Vec<Row> = records
        .iter()
        .map(|r| row(r, cal, notice, plan, today))
        .collect();
    order::sort_by(&mut rows, by_urgency);
    rows
}

// ---------------------------------------------------------------------------
// Filters and summary
// ---------------------------------------------------------------------------

crate::labelled_enum! {
    /// A status to filter the overview by, in the order a form lists them.
    /// The codes of the publicity states are [`PublicityStatus::code`]'s.
    pub enum StatusFilter {
        /// At risk (see [`row`]).
        AtRisk = "at-risk" => "有风险",
        /// Publicity not posted.
        NotPosted = "not-posted" => "未公示",
        /// Publicity running.
        Running = "running" => "公示中",
        /// Publicity ended.
        Ended = "ended" => "公示已结束",
        /// Ready to leave the unit ([`Row::is_ready`]): eligible, publicity
        /// ended, every form ticked.
        Ready = "ready" => "材料齐备",
    }
}

impl StatusFilter {
    /// Whether `row` has this status.
    pub fn matches(self, row: &Row) -> bool {
        match self {
            Self::NotPosted => row.publicity.is_not_posted(),
            Self::Running => matches!(row.publicity, PublicityStatus::Running { .. }),
            Self::Ended => matches!(row.publicity, PublicityStatus::Ended { .. }),
            Self::AtRisk => row.at_risk,
            Self::Ready => row.is_ready(),
        }
    }
}

/// Narrows the overview: both conditions must hold; `None` accepts all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only this target level.
    pub level: Option<Level>,
    /// Only this status.
    pub status: Option<StatusFilter>,
}

impl Filter {
    /// Whether `row` passes the filter.
    pub fn matches(&self, row: &Row) -> bool {
        self.level.is_none_or(|l| row.level == Some(l))
            && self.status.is_none_or(|s| s.matches(row))
    }
}

impl Filter {
    /// The rows that pass the filter, in the overview's order.
    pub fn apply(&self, rows: &[Row]) -> Vec<Row> {
        rows.iter().filter(|r| self.matches(r)).cloned().collect()
    }
}

/// Counts over the overview.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Applicants.
    pub total: usize,
    /// Ready to leave ([`Row::is_ready`]).
    pub ready: usize,
    /// At risk.
    pub at_risk: usize,
    /// Publicity not posted.
    pub not_posted: usize,
    /// Publicity running.
    pub running: usize,
    /// Publicity ended.
    pub ended: usize,
    /// Verdict ineligible.
    pub ineligible: usize,
}

/// Counts the rows (`not_posted + running + ended == total`).
pub fn summary(rows: &[Row]) -> Summary {
    let count = |f: StatusFilter| rows.iter().filter(|r| f.matches(r)).count();
    Summary {
        total: rows.len(),
        ready: count(StatusFilter::Ready),
        at_risk: count(StatusFilter::AtRisk),
        not_posted: count(StatusFilter::NotPosted),
        running: count(StatusFilter::Running),
        ended: count(StatusFilter::Ended),
        ineligible: rows
            .iter()
            .filter(|r| r.verdict == Verdict::Ineligible)
            .count(),
    }
}

/// Plain Chinese text to paste into a chat message: a heading with the unit,
/// the round and the date, the counts, then one line per applicant in the
/// order given (name, level, verdict, publicity, forms x/y, next deadline,
/// risk).
///
/// Names are text: line breaks in them become spaces.
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::workspace::{chat_summary, summary};
/// let today = NaiveDate::from_ymd_opt(2024, 7, 25).unwrap();
/// let text = chat_summary("质监站", 2024, &[], &summary(&[]), today);
/// assert!(text.starts_with("质监站 2024 年度职称申报进度（2024年7月25日（周四））"));
/// ```
pub fn chat_summary(
    unit_name: &str,
    round_year: i32,
    rows: &[Row],
    summary: &Summary,
    today: NaiveDate,
) -> String {
    let unit = one_line(unit_name);
    let unit = if unit.is_empty() {
        "本单位".to_string()
    } else {
        unit
    };
    let mut lines = vec![
        format!(
            "{unit} {round_year} 年度职称申报进度（{}）",
            dates::long_zh(today)
        ),
        format!(
            "共 {} 人：材料齐备 {} 人，有风险 {} 人，未公示 {} 人，公示中 {} 人，公示已结束 {} 人，不符合 {} 人。",
            summary.total,
            summary.ready,
            summary.at_risk,
            summary.not_posted,
            summary.running,
            summary.ended,
            summary.ineligible
        ),
    ];
    if rows.is_empty() {
        lines.push("还没有申报人。".into());
    }
    for (i, r) in rows.iter().enumerate() {
        let mut parts = vec![
            format!("{}. {}", i + 1, one_line(&r.name)),
            r.level.map_or("未选级别", Level::label).to_string(),
            r.verdict.label().to_string(),
            format!(
                "{}{}",
                r.publicity.text(today),
                if r.publicity_estimated {
                    "（含估算）"
                } else {
                    ""
                }
            ),
            format!("材料 {}/{}", r.forms_done, r.forms_total),
        ];
        match &r.next_deadline {
            Some(d) => parts.push(format!(
                "下一期限：{} {}{}",
                d.kind.label(),
                dates::month_day_zh(d.date),
                if d.date < today { "（已过）" } else { "" }
            )),
            None => parts.push("无待办期限".into()),
        }
        if let Some(risk) = &r.risk {
            parts.push(format!("⚠ {risk}"));
        }
        lines.push(parts.join(" | "));
    }
    lines.join("\n")
}

// ---------------------------------------------------------------------------
// Ids
// ---------------------------------------------------------------------------

/// A new applicant id, unique among `existing`: `a{now_ms}`, or
/// `a{now_ms}-{n}` with the smallest `n ≥ 1` not taken.
///
/// ```
/// use pingshen::domain::workspace::{new_id, Record};
/// let one = Record { id: "a5".into(), ..Record::default() };
/// assert_eq!(new_id(5, &[]), "a5");
/// assert_eq!(new_id(5, &[one]), "a5-1");
/// ```
pub fn new_id(now_ms: u64, existing: &[Record]) -> String {
    let taken = |id: &str| existing.iter().any(|r| r.id == id);
    let base = format!("a{now_ms}");
    if !taken(&base) {
        return base;
    }
    (1u64..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .expect("fewer records than numbers")
}

#[cfg(all(test, not(target_arch = "wasm32")))] // proptest is a native dev-dependency
pub(crate) mod tests {
    use super::*;
    use crate::domain::eligibility::UnitLevel;
    use crate::domain::notice::UnitKind;
    use crate::domain::timeline;

    use crate::domain::test_dates::d;

    /// The 2024 city-bureau plan with the default 2 working days for the
    /// review: files leave Wed 2024-08-07, the review takes Mon 08-05 and
    /// Tue 08-06, so the publicity must end by Sun 08-04; counting back
    /// 08-02, 08-01, 07-31, 07-30, 07-29 gives the latest posting Sun 07-28,
    /// the latest working day to post Fri 07-26.
    fn city_plan() -> UnitPlan {
        let plan = timeline::plan(
            &Calendar::official(),
            &Notice::official_2024(),
            UnitKind::City,
            None,
            timeline::DEFAULT_SEAL_DAYS,
        )
        .unwrap();
        assert_eq!(plan.files_leave, d(2024, 8, 7));
        assert_eq!(plan.end_by, d(2024, 8, 4));
        assert_eq!(plan.posting.latest_posting, d(2024, 7, 28));
        assert_eq!(plan.posting.latest_posting_workday, d(2024, 7, 26));
        plan
    }

    /// Eligible for 高级工程师 by the national minimum (本科 + 工程师 5 full
    /// years to 2024-12-31); 4 forms: form-1, form-3, publicity-report, form-5.
    pub(crate) fn eligible() -> Applicant {
        crate::domain::eligibility::tests::base()
    }

    pub(crate) fn civil_servant() -> Applicant {
        Applicant {
            civil_servant: Some(true),
            ..eligible()
        }
    }

    pub(crate) const ALL_FORMS: [&str; 4] = ["form-1", "form-3", "publicity-report", "form-5"];

    /// A record with these fields and the rest empty.
    pub(crate) fn record(
        id: &str,
        name: &str,
        applicant: Applicant,
        posted: Option<NaiveDate>,
        ticks: &[&str],
    ) -> Record {
        Record {
            id: id.into(),
            name: name.into(),
            applicant,
            posted,
            ticks: ticks.iter().map(|t| t.to_string()).collect(),
            ..Record::default()
        }
    }

    fn row_of(r: &Record, plan: Option<&UnitPlan>, today: NaiveDate) -> Row {
        row(
            r,
            &Calendar::official(),
            &Notice::official_2024(),
            plan,
            today,
        )
    }

    /// (why, applicant, posted, ticks, with plan, today, status,
    /// next deadline, risk fragment or "").
    type RowCase = (
        &'static str,
        Applicant,
        Option<NaiveDate>,
        &'static [&'static str],
        bool,
        NaiveDate,
        PublicityStatus,
        Option<(&'static str, NaiveDate)>,
        &'static str,
    );

    #[test]
    fn rows_for_each_status_and_risk() {
        let plan = city_plan();
        let running = |until| PublicityStatus::Running { until };
        let ended = |on| PublicityStatus::Ended { on };
        let table: Vec<RowCase> = vec![
            (
                "not posted, in time",
                eligible(),
                None,
                &[],
                true,
                d(2024, 7, 25),
                PublicityStatus::NotPosted,
                Some((DEADLINE_POSTING, d(2024, 7, 26))),
                "",
            ),
            (
                "not posted, on the latest working day to post",
                eligible(),
                None,
                &[],
                true,
                d(2024, 7, 26),
                PublicityStatus::NotPosted,
                Some((DEADLINE_POSTING, d(2024, 7, 26))),
                "",
            ),
            (
                "not posted, on the latest posting day (a Sunday)",
                eligible(),
                None,
                &[],
                true,
                d(2024, 7, 28),
                PublicityStatus::NotPosted,
                Some((DEADLINE_POSTING, d(2024, 7, 26))),
                "",
            ),
            (
                "not posted, too late: the message names the end-by day",
                eligible(),
                None,
                &[],
                true,
                d(2024, 7, 29),
                PublicityStatus::NotPosted,
                Some((DEADLINE_POSTING, d(2024, 7, 26))),
                "已过最晚张贴日7月28日（公示须在8月4日或更早结束）",
            ),
            // Posted Wed 07-24: 07-25, 26, 29, 30, 31 → ends Wed 07-31.
            (
                "posting day counts as running",
                eligible(),
                Some(d(2024, 7, 24)),
                &[],
                true,
                d(2024, 7, 24),
                running(d(2024, 7, 31)),
                Some((DEADLINE_PUBLICITY_END, d(2024, 7, 31))),
                "",
            ),
            (
                "end day still running",
                eligible(),
                Some(d(2024, 7, 24)),
                &[],
                true,
                d(2024, 7, 31),
                running(d(2024, 7, 31)),
                Some((DEADLINE_PUBLICITY_END, d(2024, 7, 31))),
                "",
            ),
            (
                "ended, forms missing, files leave ahead",
                eligible(),
                Some(d(2024, 7, 24)),
                &["form-1"],
                true,
                d(2024, 8, 1),
                ended(d(2024, 7, 31)),
                Some((DEADLINE_FILES_LEAVE, d(2024, 8, 7))),
                "",
            ),
            (
                "ended, forms missing on files-leave day",
                eligible(),
                Some(d(2024, 7, 24)),
                &["form-1"],
                true,
                d(2024, 8, 7),
                ended(d(2024, 7, 31)),
                Some((DEADLINE_FILES_LEAVE, d(2024, 8, 7))),
                "材料还差 3 项",
            ),
            (
                "ended, forms missing after files leave",
                eligible(),
                Some(d(2024, 7, 24)),
                &[],
                true,
                d(2024, 8, 8),
                ended(d(2024, 7, 31)),
                Some((DEADLINE_FILES_LEAVE, d(2024, 8, 7))),
                "材料还差 4 项",
            ),
            (
                "ready, files leave ahead",
                eligible(),
                Some(d(2024, 7, 24)),
                &ALL_FORMS,
                true,
                d(2024, 8, 5),
                ended(d(2024, 7, 31)),
                Some((DEADLINE_FILES_LEAVE, d(2024, 8, 7))),
                "",
            ),
            (
                "ready, files leave today",
                eligible(),
                Some(d(2024, 7, 24)),
                &ALL_FORMS,
                true,
                d(2024, 8, 7),
                ended(d(2024, 7, 31)),
                Some((DEADLINE_FILES_LEAVE, d(2024, 8, 7))),
                "",
            ),
            (
                "ready, nothing ahead",
                eligible(),
                Some(d(2024, 7, 24)),
                &ALL_FORMS,
                true,
                d(2024, 8, 8),
                ended(d(2024, 7, 31)),
                None,
                "",
            ),
            // Posted Fri 07-26: 07-29, 30, 31, 08-01, 02 → ends 08-02, in time.
            (
                "posted on the latest working day",
                eligible(),
                Some(d(2024, 7, 26)),
                &[],
                true,
                d(2024, 8, 1),
                running(d(2024, 8, 2)),
                Some((DEADLINE_PUBLICITY_END, d(2024, 8, 2))),
                "",
            ),
            // Posted Tue 07-30: 07-31, 08-01, 02, 05, 06 → ends 08-06, before
            // the files leave but inside the review days: at risk.
            (
                "ends inside the review days",
                eligible(),
                Some(d(2024, 7, 30)),
                &[],
                true,
                d(2024, 8, 1),
                running(d(2024, 8, 6)),
                Some((DEADLINE_PUBLICITY_END, d(2024, 8, 6))),
                "公示8月6日才结束，晚于8月4日",
            ),
            // Posted Wed 07-31: 08-01, 02, 05, 06, 07 → ends on files-leave day.
            (
                "posted one day late",
                eligible(),
                Some(d(2024, 7, 31)),
                &[],
                true,
                d(2024, 8, 1),
                running(d(2024, 8, 7)),
                Some((DEADLINE_PUBLICITY_END, d(2024, 8, 7))),
                "公示8月7日才结束",
            ),
            (
                "ineligible",
                civil_servant(),
                None,
                &[],
                true,
                d(2024, 7, 25),
                PublicityStatus::NotPosted,
                Some((DEADLINE_POSTING, d(2024, 7, 26))),
                "不符合",
            ),
            (
                "no plan, not posted",
                eligible(),
                None,
                &[],
                false,
                d(2024, 8, 20),
                PublicityStatus::NotPosted,
                None,
                "",
            ),
            (
                "no plan, running",
                eligible(),
                Some(d(2024, 7, 24)),
                &[],
                false,
                d(2024, 7, 25),
                running(d(2024, 7, 31)),
                Some((DEADLINE_PUBLICITY_END, d(2024, 7, 31))),
                "",
            ),
            (
                "no plan, ended",
                eligible(),
                Some(d(2024, 7, 24)),
                &[],
                false,
                d(2024, 8, 20),
                ended(d(2024, 7, 31)),
                None,
                "",
            ),
            // Posted before the national-day break: Sunday 09-29 worked,
            // 10-01..07 off → ends Thu 10-10 (worked by hand, data/holiday-cn/2024.json).
            (
                "across 国庆",
                eligible(),
                Some(d(2024, 9, 27)),
                &[],
                false,
                d(2024, 10, 8),
                running(d(2024, 10, 10)),
                Some((DEADLINE_PUBLICITY_END, d(2024, 10, 10))),
                "",
            ),
            (
                "posting day out of range",
                eligible(),
                Some(d(1999, 12, 31)),
                &[],
                false,
                d(2024, 7, 25),
                PublicityStatus::NotPosted,
                None,
                "无法计算公示期",
            ),
        ];
        for (why, applicant, posted, ticks, with_plan, today, status, deadline, risk) in table {
            let r = record("a1", "张三", applicant, posted, ticks);
            let row = row_of(&r, with_plan.then_some(&plan), today);
            assert_eq!(row.publicity, status, "{why}");
            assert_eq!(
                row.next_deadline.as_ref().map(|d| (d.kind.label(), d.date)),
                deadline,
                "{why}"
            );
            assert_eq!(row.at_risk, !risk.is_empty(), "{why}: {:?}", row.risk);
            assert_eq!(row.risk.is_some(), row.at_risk, "{why}");
            if !risk.is_empty() {
                let text = row.risk.unwrap();
                assert!(text.contains(risk), "{why}: {text}");
            }
            assert!(!row.publicity_estimated, "{why}");
        }
    }

    /// One plan for the timeline and the workspace: a 省直 unit's files
    /// leave Thu 2024-08-01; the seal takes the working days just before.
    /// Posting Mon 07-22 ends Mon 07-29; Wed 07-24 ends Wed 07-31. By hand
    /// from a 2024 calendar (07-27/28 a weekend).
    #[test]
    fn rows_are_judged_against_the_end_by_day_for_0_to_3_seal_days() {
        let cal = Calendar::official();
        let notice = Notice::official_2024();
        // (seal days, end by, latest posting, latest working day to post,
        //  posting 07-22 at risk, posting 07-24 at risk)
        let table = [
            (
                0,
                d(2024, 7, 31),
                d(2024, 7, 24),
                d(2024, 7, 24),
                false,
                false,
            ),
            (
                1,
                d(2024, 7, 30),
                d(2024, 7, 23),
                d(2024, 7, 23),
                false,
                true,
            ),
            (
                2,
                d(2024, 7, 29),
                d(2024, 7, 22),
                d(2024, 7, 22),
                false,
                true,
            ),
            (
                3,
                d(2024, 7, 28),
                d(2024, 7, 21),
                d(2024, 7, 19),
                true,
                true,
            ),
        ];
        for (seal, end_by, latest, workday, risk_22, risk_24) in table {
            let plan = timeline::plan(&cal, &notice, UnitKind::Provincial, None, seal).unwrap();
            assert_eq!(plan.end_by, end_by, "{seal}");
            assert_eq!(plan.posting.latest_posting, latest, "{seal}");
            let today = d(2024, 7, 25);
            for (posted, at_risk) in [(d(2024, 7, 22), risk_22), (d(2024, 7, 24), risk_24)] {
                let r = record("a", "甲", eligible(), Some(posted), &[]);
                let row = row_of(&r, Some(&plan), today);
                assert_eq!(row.at_risk, at_risk, "{seal} {posted}: {:?}", row.risk);
                if at_risk {
                    let risk = row.risk.unwrap();
                    let end_by_zh = dates::month_day_zh(end_by);
                    assert!(risk.contains(&format!("晚于{end_by_zh}")), "{risk}");
                    assert!(risk.contains("材料8月1日报出"), "{risk}");
                }
            }
            let not_posted = record("b", "乙", eligible(), None, &[]);
            let row = row_of(&not_posted, Some(&plan), today);
            let deadline = row.next_deadline.unwrap();
            assert_eq!(
                (deadline.kind.label(), deadline.date),
                (DEADLINE_POSTING, workday)
            );
            // The day after the latest posting, the message names the end-by day.
            let late = row_of(&not_posted, Some(&plan), latest.succ_opt().unwrap());
            let risk = late.risk.unwrap();
            assert!(
                risk.contains(&format!(
                    "公示须在{}或更早结束",
                    dates::month_day_zh(end_by)
                )),
                "{seal}: {risk}"
            );
        }
        // The issue's case: default seal days, posted 07-24 (ends 07-31):
        // at risk, though the publicity ends before the hand-in day 08-01.
        let plan = timeline::plan(
            &cal,
            &notice,
            UnitKind::Provincial,
            None,
            timeline::DEFAULT_SEAL_DAYS,
        )
        .unwrap();
        let r = record("a", "甲", eligible(), Some(d(2024, 7, 24)), &[]);
        let risk = row_of(&r, Some(&plan), d(2024, 7, 25)).risk.unwrap();
        assert!(
            risk.starts_with("公示7月31日才结束，晚于7月29日：公示须在7月29日或更早结束，之后留出 2 个工作日盖章/审核"),
            "{risk}"
        );
    }

    /// Facts of another round never count: a unit's 2026 list seen in the
    /// 2027 round (2026-12-06) is not posted, no form ticked, not ready.
    #[test]
    fn last_rounds_facts_do_not_count_for_the_next_round() {
        let cal = Calendar::official();
        let rounds = crate::domain::rounds::Rounds::new(Notice::official_notices(), &[]);
        let round_2027 = rounds.for_year(2027, &cal);
        let today = d(2026, 12, 6);
        let plan = timeline::plan(
            &cal,
            &round_2027.notice,
            UnitKind::Provincial,
            None,
            timeline::DEFAULT_SEAL_DAYS,
        )
        .unwrap();
        // Posted Mon 2026-07-20: 21, 22, 23, 24, 27 → ended Mon 07-27.
        let last_round = Record {
            round: Some(2026),
            ..record("a", "甲", eligible(), Some(d(2026, 7, 20)), &ALL_FORMS)
        };
        let row = row(&last_round, &cal, &round_2027.notice, Some(&plan), today);
        assert_eq!(
            row.publicity,
            PublicityStatus::OtherRound {
                year: 2026,
                earlier: true,
                ended: Some(d(2026, 7, 27))
            }
        );
        assert_eq!(row.publicity.code(), "previous-round");
        assert_eq!(
            row.publicity.text(today),
            "2026 年度：公示已于2026年7月27日结束（不计入本年度）"
        );
        assert_eq!((row.forms_done, row.forms_total), (0, 4));
        assert!(!row.is_ready());
        assert_eq!(row.next_deadline.unwrap().kind.label(), DEADLINE_POSTING);
        assert!(StatusFilter::NotPosted.matches(&row));
        assert!(!StatusFilter::Ended.matches(&row));
        let s = summary(std::slice::from_ref(&row));
        assert_eq!((s.ready, s.not_posted, s.ended), (0, 1, 0));
        // The same record in its own round (2026 shown) is ready.
        let round_2026 = rounds.for_year(2026, &cal);
        let own = row_of_notice(&last_round, &round_2026.notice, d(2026, 8, 1));
        assert!(own.is_ready(), "{:?}", own.publicity);
        // A record without round-bound facts counts for any round.
        let fresh = record("b", "乙", eligible(), None, &[]);
        assert_eq!(fresh.standing(2027), Standing::Unbound);
        // A later round's facts seen from an earlier round.
        let later = Record {
            round: Some(2027),
            ..record("c", "丙", eligible(), Some(d(2027, 7, 20)), &[])
        };
        let row = row_of_notice(&later, &round_2026.notice, d(2026, 8, 1));
        assert_eq!(row.publicity.code(), "other-round");
    }

    fn row_of_notice(r: &Record, notice: &Notice, today: NaiveDate) -> Row {
        row(r, &Calendar::official(), notice, None, today)
    }

    #[test]
    fn verdict_level_and_forms() {
        let today = d(2024, 7, 25);
        // (applicant, ticks, verdict, level, done, total)
        let table = [
            (
                eligible(),
                vec![],
                Verdict::Eligible,
                Some(Level::SeniorEngineer),
                0,
                4,
            ),
            (
                eligible(),
                vec!["form-1", "form-1", "form-4", "other"],
                Verdict::Eligible,
                Some(Level::SeniorEngineer),
                1,
                4,
            ),
            (
                eligible(),
                ALL_FORMS.to_vec(),
                Verdict::Eligible,
                Some(Level::SeniorEngineer),
                4,
                4,
            ),
            (
                Applicant {
                    exceptional: true,
                    target: Some(Level::ProfessorEngineer),
                    ..eligible()
                },
                vec!["form-2", "form-4"],
                Verdict::Ineligible, // 高级工程师 → 正高 needs 5 years of 高级工程师
                Some(Level::ProfessorEngineer),
                2,
                6,
            ),
            (
                civil_servant(),
                vec!["form-1"],
                Verdict::Ineligible,
                Some(Level::SeniorEngineer),
                1,
                4,
            ),
            (
                Applicant::default(),
                vec!["form-1"],
                Verdict::Check,
                None,
                0,
                0,
            ),
        ];
        for (applicant, ticks, verdict, level, done, total) in table {
            let r = record("a1", "李四", applicant, None, &ticks);
            let row = row_of(&r, None, today);
            assert_eq!(row.verdict, verdict, "{ticks:?}");
            assert_eq!(row.level, level);
            assert_eq!(
                (row.forms_done, row.forms_total),
                (done, total),
                "{ticks:?}"
            );
        }
    }

    #[test]
    fn the_notice_cutoffs_and_today_feed_the_verdict() {
        let notice = Notice::official_2024();
        let c = cutoffs(&notice, d(2024, 7, 25));
        assert_eq!(c.achievements, d(2024, 7, 31));
        assert_eq!(c.seniority, d(2024, 12, 31));
        assert_eq!(c.today, d(2024, 7, 25));
        // A title obtained "tomorrow" is not accepted as of today.
        let future = Applicant {
            title_date: Some(d(2024, 7, 26)),
            ..eligible()
        };
        let row = row_of(&record("a", "x", future, None, &[]), None, d(2024, 7, 25));
        assert_ne!(row.verdict, Verdict::Eligible);
    }

    #[test]
    fn estimated_publicity_is_flagged() {
        // 2027 has no official schedule.
        let r = record("a", "x", eligible(), Some(d(2026, 12, 29)), &[]);
        assert!(row_of(&r, None, d(2026, 12, 30)).publicity_estimated);
        let r = record("a", "x", eligible(), Some(d(2026, 12, 1)), &[]);
        assert!(!row_of(&r, None, d(2026, 12, 2)).publicity_estimated);
        // Before posting, the plan's estimate counts.
        let cal = Calendar::official();
        let notice = crate::domain::rounds::project(
            &Notice::official_2024(),
            2027,
            &crate::domain::calendar::Calendar::official(),
        );
        let plan = timeline::plan(&cal, &notice, UnitKind::City, None, 0).unwrap();
        let r = record("a", "x", eligible(), None, &[]);
        assert!(row(&r, &cal, &notice, Some(&plan), d(2027, 7, 1)).publicity_estimated);
    }

    /// Today 2024-08-08, city plan (files left 08-07).
    fn sample_records() -> Vec<Record> {
        vec![
            // Ready and nothing ahead.
            record("a4", "丁", eligible(), Some(d(2024, 7, 22)), &ALL_FORMS),
            // Not posted: at risk, deadline 07-30.
            record("a1", "甲", eligible(), None, &[]),
            // Posted 08-05: 08-06, 07, 08, 09, 12 → running until 08-12, at risk.
            record("a5", "戊", eligible(), Some(d(2024, 8, 5)), &ALL_FORMS),
            // Posted 07-31: ended 08-07 (on files-leave day): at risk, nothing ahead.
            record("a3", "丙", eligible(), Some(d(2024, 7, 31)), &ALL_FORMS),
            // Posted 07-22: 23, 24, 25, 26, 29 → ended 07-29; forms missing: at risk, 08-07.
            record("a2", "乙", eligible(), Some(d(2024, 7, 22)), &["form-1"]),
            // Ineligible, ended, forms ticked: at risk, nothing ahead.
            record(
                "a6",
                "己",
                civil_servant(),
                Some(d(2024, 7, 22)),
                &ALL_FORMS,
            ),
        ]
    }

    fn sample_rows() -> Vec<Row> {
        overview(
            &sample_records(),
            &Calendar::official(),
            &Notice::official_2024(),
            Some(&city_plan()),
            d(2024, 8, 8),
        )
    }

    /// A 破格 applicant (需核实: the unit checks the merits) can be ready once
    /// the publicity has ended and every form is ticked; an ineligible one never.
    #[test]
    fn an_applicant_to_check_can_be_ready() {
        let mut exceptional = eligible();
        exceptional.exceptional = true;
        exceptional.recommenders = vec!["王工".into(), "李工".into()];
        let forms = ["form-1", "form-2", "form-3", "publicity-report", "form-5"];
        let r = row_of(
            &record("a", "甲", exceptional, Some(d(2024, 7, 10)), &forms),
            None,
            d(2024, 8, 8),
        );
        assert_eq!(r.verdict, Verdict::Check);
        assert!(r.is_ready());
        let r = row_of(
            &record("b", "乙", civil_servant(), Some(d(2024, 7, 10)), &ALL_FORMS),
            None,
            d(2024, 8, 8),
        );
        assert!(!r.is_ready());
    }

    /// An ineligible applicant with an early deadline still comes after an
    /// eligible one at risk; a posting day ahead is not a running publicity.
    #[test]
    fn at_risk_eligible_rows_come_before_ineligible_ones() {
        let cal = Calendar::official();
        let notice = Notice::official_2024();
        let today = d(2024, 8, 8);
        let records = [
            record("x1", "不符合", civil_servant(), None, &[]),
            record(
                "x2",
                "有风险",
                eligible(),
                Some(d(2024, 7, 22)),
                &["form-1"],
            ),
        ];
        let rows = overview(&records, &cal, &notice, Some(&city_plan()), today);
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["有风险", "不符合"]);
        let ahead = record("y", "甲", eligible(), Some(d(2024, 7, 24)), &[]);
        let r = row_of(&ahead, None, d(2024, 7, 20));
        assert_eq!(
            r.publicity,
            PublicityStatus::Scheduled { on: d(2024, 7, 24) }
        );
        assert_eq!(r.publicity.code(), "not-posted");
        assert_eq!(r.publicity.text(d(2024, 7, 20)), "未公示，计划7月24日张贴");
    }

    #[test]
    fn overview_is_sorted_by_urgency() {
        let rows = sample_rows();
        let order: Vec<(&str, bool, Option<NaiveDate>)> = rows
            .iter()
            .map(|r| {
                (
                    r.name.as_str(),
                    r.at_risk,
                    r.next_deadline.as_ref().map(|d| d.date),
                )
            })
            .collect();
        assert_eq!(
            order,
            [
                ("甲", true, Some(d(2024, 7, 26))),
                ("乙", true, Some(d(2024, 8, 7))),
                ("戊", true, Some(d(2024, 8, 12))),
                ("丙", true, None),
                ("己", true, None),
                ("丁", false, None),
            ]
        );
    }

    /// A city unit's 副高 applicant goes to the city's HR department: no
    /// provincial deadline or risk, no provincial forms; its 正高 applicant
    /// follows the city bureau's plan and owes 附件4.
    #[test]
    fn rows_follow_the_route_of_the_files() {
        let cal = Calendar::official();
        let notice = Notice::official_2024();
        let plan =
            timeline::plan(&cal, &notice, UnitKind::CityUnit, Some(d(2024, 7, 26)), 0).unwrap();
        let mut senior = eligible();
        senior.unit = Some(UnitLevel::City);
        let mut professor = senior.clone();
        professor.target = Some(Level::ProfessorEngineer);
        let today = d(2024, 7, 20);
        let hr = row(
            &record("a", "甲", senior, None, &[]),
            &cal,
            &notice,
            Some(&plan),
            today,
        );
        assert_eq!(hr.route, Some(Route::CityHr));
        assert_eq!((hr.forms_total, hr.next_deadline), (0, None));
        // Even when the city's date has passed, it is not at risk by the province's plan.
        let late = row(
            &record("a", "甲", hr_applicant(), None, &[]),
            &cal,
            &notice,
            Some(&plan),
            d(2024, 7, 30),
        );
        assert!(!late.at_risk, "{:?}", late.risk);
        let pro = row(
            &record("b", "乙", professor, None, &[]),
            &cal,
            &notice,
            Some(&plan),
            today,
        );
        assert_eq!(pro.route, Some(Route::ProvinceViaCityBureau));
        assert_eq!(pro.next_deadline.unwrap().date, d(2024, 7, 18));
        assert!(pro.forms_total >= 4);
    }

    fn hr_applicant() -> Applicant {
        let mut a = eligible();
        a.unit = Some(UnitLevel::County);
        a
    }

    #[test]
    fn urgency_ties_break_by_name_then_id() {
        let base = Row {
            id: "x".into(),
            name: "x".into(),
            verdict: Verdict::Eligible,
            level: None,
            publicity: PublicityStatus::NotPosted,
            publicity_estimated: false,
            publicity_unofficial: false,
            forms_done: 0,
            forms_total: 0,
            next_deadline: None,
            route: None,
            at_risk: false,
            risk: None,
            ticks_to_check: false,
            history: vec![],
        };
        let mk = |id: &str, name: &str, risk: bool, date: Option<NaiveDate>| Row {
            id: id.into(),
            name: name.into(),
            at_risk: risk,
            risk: risk.then(|| "r".to_string()),
            next_deadline: date.map(|date| Deadline {
                kind: DeadlineKind::Posting,
                date,
            }),
            ..base.clone()
        };
        let mut rows = [
            mk("7", "B", false, None),
            mk("6", "A", false, None),
            mk("5", "Z", false, Some(d(2024, 8, 1))),
            mk("4", "A", false, Some(d(2024, 8, 2))),
            mk("3", "Y", true, None),
            mk("2", "B", true, Some(d(2024, 9, 1))),
            mk("1", "A", true, Some(d(2024, 9, 1))),
            mk("0", "A", false, None),
        ];
        rows.sort_by(by_urgency);
        let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["1", "2", "3", "5", "4", "0", "6", "7"]);
    }

    #[test]
    fn filter_apply_keeps_the_rows_order() {
        // The rows as given (the overview gives them by urgency).
        let rows = sample_rows();
        let names =
            |f: Filter| -> Vec<String> { f.apply(&rows).into_iter().map(|r| r.name).collect() };
        let status = |s| Filter {
            level: None,
            status: Some(s),
        };
        let table = [
            (Filter::default(), vec!["甲", "乙", "戊", "丙", "己", "丁"]),
            (status(StatusFilter::Ended), vec!["乙", "丙", "己", "丁"]),
            (
                status(StatusFilter::AtRisk),
                vec!["甲", "乙", "戊", "丙", "己"],
            ),
            (status(StatusFilter::Ready), vec!["丙", "丁"]),
            (
                Filter {
                    level: Some(Level::Engineer),
                    status: None,
                },
                vec![],
            ),
        ];
        for (filter, expected) in table {
            assert_eq!(names(filter), expected, "{filter:?}");
        }
    }

    #[test]
    fn filters() {
        let rows = sample_rows();
        let names = |f: Filter| -> Vec<String> {
            let mut v: Vec<String> = rows
                .iter()
                .filter(|r| f.matches(r))
                .map(|r| r.name.clone())
                .collect();
            v.sort();
            v
        };
        let status = |s| Filter {
            level: None,
            status: Some(s),
        };
        let table = [
            (Filter::default(), vec!["丁", "丙", "乙", "己", "戊", "甲"]),
            (status(StatusFilter::NotPosted), vec!["甲"]),
            (status(StatusFilter::Running), vec!["戊"]),
            (status(StatusFilter::Ended), vec!["丁", "丙", "乙", "己"]),
            (
                status(StatusFilter::AtRisk),
                vec!["丙", "乙", "己", "戊", "甲"],
            ),
            // 丙 is ready too: eligible, ended, all forms (yet ended late).
            (status(StatusFilter::Ready), vec!["丁", "丙"]),
            (
                Filter {
                    level: Some(Level::SeniorEngineer),
                    status: None,
                },
                vec!["丁", "丙", "乙", "己", "戊", "甲"],
            ),
            (
                Filter {
                    level: Some(Level::Engineer),
                    status: None,
                },
                vec![],
            ),
            (
                Filter {
                    level: Some(Level::SeniorEngineer),
                    status: Some(StatusFilter::Running),
                },
                vec!["戊"],
            ),
        ];
        for (filter, expected) in table {
            assert_eq!(names(filter), expected, "{filter:?}");
        }
        for &f in StatusFilter::ALL {
            assert_eq!(StatusFilter::from_code(f.code()), Some(f));
            assert!(!f.label().is_empty());
        }
        assert_eq!(StatusFilter::from_code("nope"), None);
        // Publicity codes and status codes agree.
        for r in &rows {
            let f = StatusFilter::from_code(r.publicity.code()).unwrap();
            assert!(f.matches(r));
        }
    }

    #[test]
    fn summary_counts() {
        let s = summary(&sample_rows());
        assert_eq!(
            s,
            Summary {
                total: 6,
                ready: 2,
                at_risk: 5,
                not_posted: 1,
                running: 1,
                ended: 4,
                ineligible: 1,
            }
        );
        assert_eq!(s.not_posted + s.running + s.ended, s.total);
        assert_eq!(summary(&[]), Summary::default());
    }

    #[test]
    fn chat_text_has_one_line_per_applicant() {
        let mut records = sample_records();
        records.push(record("a7", "王\n五<b>\"", eligible(), None, &[]));
        let rows = overview(
            &records,
            &Calendar::official(),
            &Notice::official_2024(),
            Some(&city_plan()),
            d(2024, 8, 8),
        );
        let s = summary(&rows);
        let text = chat_summary("市质监站", 2024, &rows, &s, d(2024, 8, 8));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2 + rows.len(), "{text}");
        assert_eq!(
            lines[0],
            "市质监站 2024 年度职称申报进度（2024年8月8日（周四））"
        );
        assert!(lines[1].contains("共 7 人"), "{}", lines[1]);
        for name in ["甲", "乙", "丙", "丁", "戊", "己", "王 五<b>\""] {
            assert!(text.contains(name), "{name}: {text}");
        }
        let first = lines[2];
        assert!(first.starts_with("1. "), "{first}");
        for part in [
            "高级工程师",
            "符合",
            "未公示",
            "材料 0/4",
            "最晚张贴公示 7月26日（已过）",
            "⚠",
        ] {
            assert!(first.contains(part), "{part}: {first}");
        }
        let ding = lines.iter().find(|l| l.contains(" 丁 ")).unwrap();
        assert!(
            ding.contains("公示已于7月29日结束")
                && ding.contains("材料 4/4")
                && ding.contains("无待办期限"),
            "{ding}"
        );
        let empty = chat_summary(" ", 2024, &[], &summary(&[]), d(2024, 8, 8));
        assert!(
            empty.starts_with("本单位 ") && empty.contains("还没有申报人"),
            "{empty}"
        );
    }

    // -----------------------------------------------------------------------
    // Export / import
    // -----------------------------------------------------------------------

    #[test]
    fn new_ids_are_unique() {
        let mut existing: Vec<Record> = Vec::new();
        let mut seen = Vec::new();
        for _ in 0..5 {
            let id = new_id(1_732_760_000_000, &existing);
            assert!(!seen.contains(&id));
            seen.push(id.clone());
            existing.push(Record {
                id,
                ..Record::default()
            });
        }
        assert_eq!(
            seen,
            [
                "a1732760000000",
                "a1732760000000-1",
                "a1732760000000-2",
                "a1732760000000-3",
                "a1732760000000-4"
            ]
        );
        // A gap is reused; another instant starts clean.
        existing.remove(2);
        assert_eq!(new_id(1_732_760_000_000, &existing), "a1732760000000-2");
        assert_eq!(new_id(1_732_760_000_001, &existing), "a1732760000001");
    }
}
