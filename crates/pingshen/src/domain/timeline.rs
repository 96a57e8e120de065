//! A unit's timeline: its submission window, the publicity it must post
//! before, and every key date of the notice with its state as of today.
//!
//! The plan targets the day the files leave the unit (「七、时间安排及报卷地点」):
//! for 省直有关单位 and city bureaus the first day of their window (the last
//! day is "at the very latest"), for a 市内单位 the date its city bureau sets.
//! The publicity (「六、申报流程」(三)) must end on or before the day before,
//! because only a publicity without objection lets the files go
//! (「六、申报流程」(四)).
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use pingshen::domain::{calendar::Calendar, notice::{Notice, UnitKind}, timeline};
//!
//! let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
//! let cal = Calendar::official();
//! let notice = Notice::official_2024();
//! // A city bureau wants the files by 07-26: end by 07-25, post by 07-18.
//! let plan = timeline::plan(&cal, &notice, UnitKind::CityUnit, Some(d(7, 26)), 0).unwrap();
//! assert_eq!(plan.end_by, d(7, 25));
//! assert_eq!(plan.posting.latest_posting, d(7, 18));
//! ```

use std::fmt;

use chrono::{Datelike, Days, NaiveDate};

use crate::domain::calendar::Calendar;
use crate::domain::dates;
use crate::domain::ics;
use crate::domain::notice::{MonthPart, Notice, Timing, UnitKind, Window};
use crate::domain::order;
use crate::domain::parse::MAX_SEAL_DAYS;
use crate::domain::publicity::{self, LatestPosting, PublicityError};
use crate::domain::rounds::{Round, RoundKind};

crate::labelled_enum! {
    /// Where something stands relative to today.
    pub enum State {
        /// 未开始.
        Upcoming = "upcoming" => "未开始",
        /// 进行中 (today is inside the span).
        Open = "open" => "进行中",
        /// 已结束.
        Closed = "closed" => "已结束",
    }
}

impl State {
    /// The state of the span `first..=last` on `today`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pingshen::domain::timeline::State;
    /// let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
    /// assert_eq!(State::of(d(8, 6), d(8, 7), d(8, 9)), State::Upcoming);
    /// assert_eq!(State::of(d(8, 9), d(8, 7), d(8, 9)), State::Open);
    /// assert_eq!(State::of(d(8, 10), d(8, 7), d(8, 9)), State::Closed);
    /// ```
    pub fn of(today: NaiveDate, first: NaiveDate, last: NaiveDate) -> Self {
        if today < first {
            State::Upcoming
        } else if today <= last {
            State::Open
        } else {
            State::Closed
        }
    }
}

/// How far a day is from today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Countdown {
    /// `date - today` in calendar days (negative once past).
    pub calendar_days: i64,
    /// Working days after today up to and including the date (0 once past).
    pub working_days: usize,
    /// The working-day count passed through a year without official data.
    pub estimated: bool,
}

impl Countdown {
    /// Counts from `today` to `date`.
    pub fn between(cal: &Calendar, today: NaiveDate, date: NaiveDate) -> Self {
        let mut working_days = 0;
        let mut estimated = false;
        if date > today {
            for day in today.iter_days().skip(1).take_while(|d| *d <= date) {
                let info = cal.day(day);
                estimated |= info.estimated;
                working_days += usize::from(info.is_working());
            }
        }
        Countdown {
            calendar_days: (date - today).num_days(),
            working_days,
            estimated,
        }
    }

    /// `还有 12 天（9 个工作日）`, `就是今天`, `已过 3 天`.
    pub fn text(&self) -> String {
        match self.calendar_days {
            0 => "就是今天".into(),
            n if n > 0 => format!(
                "还有 {n} 天（其中 {} 个工作日{}）",
                self.working_days,
                if self.estimated { "，含估算" } else { "" }
            ),
            n => format!("已过 {} 天", -n),
        }
    }
}

/// Why a plan could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// A 市内单位 must say when its city bureau wants the files.
    CityDeadlineMissing,
    /// The city's date lies after the city bureaus' own window closes.
    CityDeadlineAfterWindow {
        /// The city's date.
        deadline: NaiveDate,
        /// The last day of the city bureaus' window.
        last: NaiveDate,
    },
    /// The publicity could not be worked back from the day the files leave.
    Publicity(PublicityError),
    /// Seal days outside 0..=30.
    SealDays(u32),
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::CityDeadlineMissing => {
                write!(
                    f,
                    "请填写市局规定的收件日期（材料须送到市市场监管局的日期）"
                )
            }
            Self::CityDeadlineAfterWindow { deadline, last } => write!(
                f,
                "市局收件日期 {} 晚于市局向省里报卷的最后一天 {}，请核对市局通知",
                dates::long_zh(*deadline),
                dates::long_zh(*last)
            ),
            Self::Publicity(e) => write!(f, "{e}"),
            Self::SealDays(n) => write!(
                f,
                "盖章/审核所需工作日 {n} 超出范围，请填写 0 到 {MAX_SEAL_DAYS} 之间的整数"
            ),
        }
    }
}

impl std::error::Error for PlanError {}

/// A unit's plan backwards from the day its files leave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitPlan {
    /// Who carries the unit's files.
    pub unit: UnitKind,
    /// The province's window that applies (upstream, for a 市内单位).
    pub window: Window,
    /// The day the files leave the unit.
    pub files_leave: NaiveDate,
    /// The window's last day ("at the very latest"); none for a 市内单位,
    /// whose deadline is the city's.
    pub very_latest: Option<NaiveDate>,
    /// The working days left between the end of the publicity and the day
    /// the files leave, for the competent department's seal or the city's
    /// review; `None` for a 市内单位 (its city deadline is the hand-over).
    pub seal: Option<SealStep>,
    /// The publicity must end on or before this day.
    pub end_by: NaiveDate,
    /// The latest posting, computed by [`publicity::latest_posting`].
    pub posting: LatestPosting,
}

/// The seal or review step before the files leave: `days` working days,
/// from `first` to `last` (none when `days` is 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SealStep {
    /// The working days left for the step.
    pub days: u32,
    /// The first and last working day of the step; `None` for 0 days.
    pub span: Option<(NaiveDate, NaiveDate)>,
}

/// Working days the plan leaves for the seal or review unless told
/// otherwise (a 省直 unit's competent department seals the files, a city's
/// 正高 files are reviewed by the city's departments: 「六、申报流程」（四）).
pub const DEFAULT_SEAL_DAYS: u32 = 2;

/// Plans backwards from the unit's own deadline.
///
/// For 省直有关单位 and city bureaus the files leave on the window's first
/// day, after `seal_days` working days for the competent department's
/// seal or the city's review; the publicity must end before that step
/// begins. A 市内单位 hands its files to the city bureau on the city's date,
/// so its publicity only has to end the day before.
///
/// # Errors
///
/// [`PlanError`] when a 市内单位 gives no date, or a date after the window,
/// or `seal_days` is over [`MAX_SEAL_DAYS`].
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::{calendar::Calendar, notice::{Notice, UnitKind}, timeline};
/// let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
/// let cal = Calendar::official();
/// // Files leave Thu 08-01; the seal takes Tue 07-30 and Wed 07-31,
/// // so the publicity must end by Mon 07-29: post by Mon 07-22.
/// let p = timeline::plan(&cal, &Notice::official_2024(), UnitKind::Provincial, None, 2).unwrap();
/// assert_eq!(p.end_by, d(7, 29));
/// assert_eq!(p.posting.latest_posting, d(7, 22));
/// ```
pub fn plan(
    cal: &Calendar,
    notice: &Notice,
    unit: UnitKind,
    city_deadline: Option<NaiveDate>,
    seal_days: u32,
) -> Result<UnitPlan, PlanError> {
    if seal_days > MAX_SEAL_DAYS {
        return Err(PlanError::SealDays(seal_days));
    }
    let window = notice.window(unit);
    let (files_leave, very_latest) = match unit {
        UnitKind::Provincial | UnitKind::City => (window.first, Some(window.last)),
        UnitKind::CityUnit => {
            let deadline = city_deadline.ok_or(PlanError::CityDeadlineMissing)?;
            if deadline > window.last {
                return Err(PlanError::CityDeadlineAfterWindow {
                    deadline,
                    last: window.last,
                });
            }
            (deadline, None)
        }
    };
    let seal = match unit {
        UnitKind::CityUnit => None,
        UnitKind::Provincial | UnitKind::City => Some(SealStep {
            days: seal_days,
            span: working_days_before(cal, files_leave, seal_days),
        }),
    };
    let step_start = seal.and_then(|s| s.span).map_or(files_leave, |(a, _)| a);
    let end_by = step_start
        .checked_sub_days(Days::new(1))
        .ok_or(PlanError::Publicity(PublicityError::OutOfRange(
            files_leave,
        )))?;
    let posting = publicity::latest_posting(cal, end_by, notice.publicity_working_days)
        .map_err(PlanError::Publicity)?;
    Ok(UnitPlan {
        unit,
        window,
        files_leave,
        very_latest,
        seal,
        end_by,
        posting,
    })
}

/// The `n` working days just before `day` (first and last), or `None` for
/// 0 (or when none is found within a long stretch).
fn working_days_before(cal: &Calendar, day: NaiveDate, n: u32) -> Option<(NaiveDate, NaiveDate)> {
    if n == 0 {
        return None;
    }
    let mut found = Vec::new();
    let mut d = day;
    for _ in 0..400 {
        d = d.pred_opt()?;
        if cal.is_working_day(d) {
            found.push(d);
            if found.len() == n as usize {
                break;
            }
        }
    }
    Some((*found.last()?, *found.first()?))
}

crate::labelled_enum! {
    /// Whom a unit turns to once its latest posting day has passed: the
    /// body that receives its files (「六、申报流程」（四））.
    pub enum PlanContact {
        /// A 市内单位: its city bureau, which set the date.
        CityBureau = "city-bureau" => "市局",
        /// 省直有关单位, city bureaus and competent departments: the
        /// provincial bureau, whose contact the notice gives
        /// (「七、时间安排及报卷地点」).
        Province = "province" => "省市场监管局（见下方联系人）",
    }
}

/// What the timeline says of a unit's plan on a day, beside its dates:
/// whose window it is, which dates are estimates, whether the latest
/// posting day has passed and whom to contact then ([`plan_facts`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanFacts {
    /// The submission window is the unit's own (省直有关单位, city bureaus
    /// and competent departments: its files leave on the window's first
    /// day); a 市内单位's files go through its city bureau, whose window it
    /// is (「七、时间安排及报卷地点」).
    pub own_window: bool,
    /// Today is after the latest posting day, and the round's windows are
    /// still open: a publicity posted today ends too late.
    pub posting_passed: bool,
    /// The round is projected: every date the notice fixes (the window,
    /// its last day) is an estimate.
    pub round_estimated: bool,
    /// The day the files leave is an estimate: the window of a projected
    /// round, never a 市内单位's own city date.
    pub leave_estimated: bool,
    /// The posting and end days are estimates: counted through a year
    /// without an official holiday schedule, or back from an estimated
    /// day the files leave.
    pub estimated: bool,
}

impl PlanFacts {
    /// Whom to contact when the latest posting day has passed: the body
    /// whose window it is.
    pub fn contact(&self) -> PlanContact {
        if self.own_window {
            PlanContact::Province
        } else {
            PlanContact::CityBureau
        }
    }

    /// The name of the day the files leave: 「计划报出」 for a unit with its
    /// own window (the plan's day, the window's first), 「送达市局」 for a
    /// 市内单位.
    pub fn files_leave_label(&self) -> &'static str {
        if self.own_window {
            "计划报出"
        } else {
            "送达市局"
        }
    }

    /// The title of the window's card: the unit's own, or its city
    /// bureau's window to the province.
    pub fn window_title(&self) -> &'static str {
        if self.own_window {
            "本单位报卷时间"
        } else {
            "市局向省里报卷的时间"
        }
    }
}

/// The facts of `plan` in `round` on `today` ([`PlanFacts`]).
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::{calendar::Calendar, notice::{Notice, UnitKind}, rounds::Rounds, timeline};
/// let cal = Calendar::official();
/// let round = Rounds::new(Notice::official_notices(), &[]).for_year(2024, &cal);
/// let day = |m, d| NaiveDate::from_ymd_opt(2024, m, d).unwrap();
/// // Files to the city bureau by Fri 07-26: post by Thu 07-18.
/// let plan = timeline::plan(&cal, &round.notice, UnitKind::CityUnit, Some(day(7, 26)), 0).unwrap();
/// let facts = timeline::plan_facts(&plan, &round, day(7, 19));
/// assert!(facts.posting_passed && !facts.own_window);
/// assert_eq!(facts.contact().label(), "市局");
/// assert_eq!(facts.files_leave_label(), "送达市局");
/// ```
pub fn plan_facts(plan: &UnitPlan, round: &Round, today: NaiveDate) -> PlanFacts {
    let own_window = plan.unit.has_own_window();
    let round_estimated = round.kind == RoundKind::Projected;
    // A 市内单位's own deadline is the city's date, not the round's.
    let leave_estimated = round_estimated && own_window;
    PlanFacts {
        own_window,
        posting_passed: today > plan.posting.latest_posting && !round.is_over(today),
        round_estimated,
        leave_estimated,
        estimated: plan.posting.is_estimated() || leave_estimated,
    }
}

/// What a unit must have done before its files leave, with the round's
/// publicity length (`publicity_days`, 「六、申报流程」（三）: 5 in 2024).
///
/// ```
/// use pingshen::domain::{notice::UnitKind, timeline::duties};
/// assert!(duties(UnitKind::Provincial, 7)[0].contains("不少于 7 个工作日"));
/// ```
pub fn duties(unit: UnitKind, publicity_days: u32) -> Vec<String> {
    let publicity =
        format!("完成申请、民主评议和不少于 {publicity_days} 个工作日的集中公示，公示无异议。");
    let fixed: &[&str] = match unit {
        UnitKind::Provincial => &[
            "审核申报人员材料，写好《公示情况说明》，经主管部门盖章。",
            "在报卷时间内把全部材料一次性报到省市场监管局，逾期和补报不予受理。",
        ],
        UnitKind::City => &[
            "收齐本系统各单位材料：每个单位都须已公示无异议并附《公示情况说明》。",
            "经市级市场监管、人社部门审核（正高）；副高及以下按当地人社部门安排。",
            "汇总填报附件5《申报质量技术监督专业技术资格人员汇总表》，另附电子版。",
            "在报卷时间内一次性报送省市场监管局，不得补报。",
        ],
        UnitKind::CityUnit => &[
            "正高级工程师：写好《公示情况说明》，填写附件4，在市局规定日期前把全部材料报到市市场监管局；市局经市级市场监管、人社部门审核后在市局报卷时间内统一报省里，材料一次报齐，事后不能补。",
            "副高级及以下：不报省里，由当地人社部门安排评审，材料和时间以当地人社部门的通知为准。",
        ],
    };
    let own = match unit {
        UnitKind::Provincial | UnitKind::CityUnit => Some(publicity),
        UnitKind::City => None,
    };
    own.into_iter()
        .chain(fixed.iter().map(|s| (*s).to_string()))
        .collect()
}

/// One step of 「六、申报流程」.
pub struct Step {
    /// The step's name in the notice, e.g. `集中公示`.
    pub title: &'static str,
    /// Who does it.
    pub who: &'static str,
    /// What is done, in the app's words.
    pub what: String,
    /// The clause, e.g. `「六、申报流程」（三）`.
    pub clause: &'static str,
}

/// The four steps of 「六、申报流程」, in the app's words, with the round's
/// publicity length (`publicity_days`).
///
/// ```
/// use pingshen::domain::timeline::procedure;
/// assert!(procedure(7)[2].what.contains("不少于 7 个工作日"));
/// ```
pub fn procedure(publicity_days: u32) -> [Step; 4] {
    [
        Step {
            title: "提出申请",
            who: "申请人",
            what: "向所在单位申请参加对口专业相应级别的评审。".into(),
            clause: "「六、申报流程」（一）",
        },
        Step {
            title: "民主评议",
            who: "用人单位考评领导小组（考评专家、单位领导、人事人员）",
            what: "联审申请人的职业操守和从业行为。".into(),
            clause: "「六、申报流程」（二）",
        },
        Step {
            title: "集中公示",
            who: "用人单位",
            what: format!(
                "把考评、审核合格者的全部申报材料在单位集中公示，不少于 {publicity_days} 个工作日，从公示的第二天起算。"
            ),
            clause: "「六、申报流程」（三）",
        },
        Step {
            title: "推荐评审",
            who: "用人单位 → 主管部门、人社部门 → 评委会办事机构（省市场监管局机关党委办公室（人事处））",
            what: "公示无异议后按管理权限逐级上报、审核、推荐；未经此程序的材料不予受理，一次性报卷，不得补报。".into(),
            clause: "「六、申报流程」（四）",
        },
    ]
}

/// When a key date happens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum When {
    /// One day.
    Day(NaiveDate),
    /// From the first day to the last, both included.
    Span(NaiveDate, NaiveDate),
    /// As roughly as the notice says it.
    Rough(Timing),
}

impl When {
    fn span(&self) -> Option<(NaiveDate, NaiveDate)> {
        match self {
            When::Day(d) => Some((*d, *d)),
            When::Span(a, b) => Some((*a, *b)),
            When::Rough(t) => t.span(),
        }
    }

    /// In Chinese.
    pub fn text(&self) -> String {
        match self {
            When::Day(d) => dates::long_zh(*d),
            When::Span(a, b) => format!("{} 至 {}", dates::long_zh(*a), dates::long_zh(*b)),
            When::Rough(t) => t.text(),
        }
    }
}

/// One entry of the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyDate {
    /// Stable id, also the `.ics` UID stem: `post-by`, `window`, ….
    pub id: &'static str,
    /// What happens, in Chinese.
    pub label: String,
    /// When it happens.
    pub when: When,
    /// What it means for the unit, in Chinese.
    pub detail: String,
    /// The notice's clause it rests on.
    pub clause: &'static str,
    /// The unit's own submission window (or city deadline).
    pub highlight: bool,
    /// `None` while the date is not announced.
    pub state: Option<State>,
    /// To the first day; `None` while not announced.
    pub countdown: Option<Countdown>,
    /// The date rests on a projected round (no notice for the year yet).
    pub estimated: bool,
    /// The date is the user's own entry of the year's notice (a `user`
    /// round): stated, not projected, but not official either.
    pub unofficial: bool,
}

/// Every key date for the unit, in order, with states as of `today`.
///
/// In a projected round the notice itself is not out: its entry says when
/// it usually comes (the part of the month of the basis notice's date) and
/// why every date is an estimate. Every entry of a projected round is marked
/// [`KeyDate::estimated`], every entry of a user round
/// [`KeyDate::unofficial`], except a 市内单位's own city deadline.
/// The latest posting is the latest *working* day to post
/// (`latest_posting_workday`), counted down to as such.
pub fn key_dates(cal: &Calendar, round: &Round, plan: &UnitPlan, today: NaiveDate) -> Vec<KeyDate> {
    let notice = &round.notice;
    let notice_entry = match round.kind {
        RoundKind::Projected => (
            "notice",
            "通知预计发布".to_string(),
            When::Rough(Timing::Period {
                year: notice.issued.year(),
                month: notice.issued.month(),
                part: MonthPart::of_day(notice.issued.day()),
            }),
            round.reason().unwrap_or_default(),
            "往年通知落款",
            false,
        ),
        RoundKind::Official | RoundKind::User => (
            "notice",
            "通知发布".to_string(),
            When::Day(notice.issued),
            notice.title.clone(),
            "通知落款",
            false,
        ),
    };
    let mut entries = vec![
        notice_entry,
        (
            "post-by",
            "最晚张贴公示".to_string(),
            // Units post on working days: the day counted back may be a
            // day off, the key date (and its countdown) is the working day.
            When::Day(plan.posting.latest_posting_workday),
            format!(
                "公示不少于 {} 个工作日、从张贴次日起算，须在 {} 或更早结束{}。",
                notice.publicity_working_days,
                dates::long_zh(plan.end_by),
                if plan.posting.latest_posting == plan.posting.latest_posting_workday {
                    String::new()
                } else {
                    format!(
                        "；倒推得出的 {} 不是工作日，须在此前最后一个工作日 {} 张贴",
                        dates::long_zh(plan.posting.latest_posting),
                        dates::long_zh(plan.posting.latest_posting_workday)
                    )
                }
            ),
            "「六、申报流程」（三）",
            false,
        ),
        (
            "publicity-end",
            "公示最晚结束".to_string(),
            When::Day(plan.end_by),
            match plan.seal {
                Some(SealStep {
                    span: Some(_),
                    days,
                }) => {
                    format!("公示无异议后还要留出 {days} 个工作日盖章/审核，公示须在此之前结束。")
                }
                _ => "公示须在材料报出的前一天或更早结束，且无异议。".to_string(),
            },
            "「六、申报流程」（三）（四）",
            false,
        ),
        (
            "achievements-cutoff",
            "申报材料截止".to_string(),
            When::Day(notice.achievements_cutoff),
            "业绩、论文、著作、成果、奖励等只计到这一天，且须在取得现职称之后取得。".to_string(),
            "「五、相关政策规定」3",
            false,
        ),
    ];
    if let Some(SealStep {
        span: Some((first, last)),
        days,
    }) = plan.seal
    {
        entries.push((
            "seal",
            "盖章/审核".to_string(),
            When::Span(first, last),
            format!(
                "{days} 个工作日：{}",
                match plan.unit {
                    UnitKind::Provincial => "省直单位的材料由主管部门审核盖章。",
                    _ => "正高级工程师的材料经市级市场监管、人社部门审核；各单位材料经主管部门盖章。",
                }
            ),
            "「六、申报流程」（四）",
            false,
        ));
    }
    match plan.unit {
        UnitKind::CityUnit => entries.push((
            "city-deadline",
            "报送市局截止（市局规定）".to_string(),
            When::Day(plan.files_leave),
            "材料须在这一天送到所在市的市场监管局。".to_string(),
            "「六、申报流程」（四）",
            true,
        )),
        UnitKind::Provincial | UnitKind::City => {}
    }
    let own_window = plan.unit.has_own_window();
    entries.push((
        "window",
        format!(
            "报卷时间（{}）",
            match plan.unit {
                UnitKind::Provincial => "省直有关单位",
                UnitKind::City | UnitKind::CityUnit => "各市市场监管局、各主管部门",
            }
        ),
        When::Span(plan.window.first, plan.window.last),
        format!(
            "地点：{}。{}",
            notice.place,
            if own_window {
                "按第一天报出做计划，最后一天是最迟期限。"
            } else {
                "由市局统一报送。"
            }
        ),
        "「七、时间安排及报卷地点」",
        own_window,
    ));
    entries.extend([
        (
            "committee",
            "评审委员会例会".to_string(),
            When::Rough(notice.committee_meeting.clone()),
            "具体时间另行通知。".to_string(),
            "「七、时间安排及报卷地点」",
            false,
        ),
        (
            "defense",
            "答辩（正高、省直高级工程师）".to_string(),
            When::Rough(notice.defense.clone()),
            "全省申报正高级工程师及省直申报高级工程师人员须参加答辩，时间地点另行通知。"
                .to_string(),
            "「七、时间安排及报卷地点」",
            false,
        ),
        (
            "seniority-cutoff",
            "资历计算截止".to_string(),
            When::Day(notice.seniority_cutoff),
            "任职年限按周年计算到这一天。".to_string(),
            "「五、相关政策规定」3",
            false,
        ),
    ]);
    let mut out: Vec<KeyDate> = entries
        .into_iter()
        .map(|(id, label, when, detail, clause, highlight)| {
            let span = when.span();
            KeyDate {
                id,
                label,
                detail,
                clause,
                highlight,
                state: span.map(|(a, b)| State::of(today, a, b)),
                countdown: span.map(|(a, _)| Countdown::between(cal, today, a)),
                estimated: round.kind == RoundKind::Projected && id != "city-deadline",
                unofficial: round.kind == RoundKind::User && id != "city-deadline",
                when,
            }
        })
        .collect();
    // Announced dates by their first day; "to be announced" last.
    order::sort_by_key(&mut out, |k| {
        k.when.span().map_or((1, NaiveDate::MAX), |(a, _)| (0, a))
    });
    out
}

/// The unit's dates as calendar events with stable UIDs, for `.ics` export.
pub fn calendar_events(notice: &Notice, plan: &UnitPlan) -> Vec<ics::Event> {
    let uid = |id: &str| format!("{id}-{}-{}@pingshen", notice.year, plan.unit.code());
    let day = |id: &str, summary: String, description: String, date: NaiveDate, remind: bool| {
        ics::Event {
            uid: uid(id),
            summary,
            description,
            start: date,
            end_inclusive: date,
            reminder_day_before: remind,
        }
    };
    let mut events = vec![
        day(
            "post-by",
            "最晚张贴职称评审公示".into(),
            format!(
                "最晚张贴日 {}（最晚可张贴的工作日 {}）。公示不少于 {} 个工作日，从张贴次日起算。依据「六、申报流程」（三）。",
                dates::long_zh(plan.posting.latest_posting),
                dates::long_zh(plan.posting.latest_posting_workday),
                notice.publicity_working_days
            ),
            plan.posting.latest_posting_workday,
            true,
        ),
        day(
            "publicity-end",
            "职称评审公示最晚结束".into(),
            format!("公示须在 {} 前结束且无异议。", dates::long_zh(plan.files_leave)),
            plan.end_by,
            true,
        ),
    ];
    if plan.unit == UnitKind::CityUnit {
        events.push(day(
            "city-deadline",
            "职称材料报送市局截止".into(),
            "材料须在这一天送到所在市的市场监管局（市局规定）。".into(),
            plan.files_leave,
            true,
        ));
    }
    events.push(ics::Event {
        uid: uid("window"),
        summary: format!("职称评审报卷（{}）", plan.unit.label()),
        description: format!(
            "地点：{}；联系人 {}，电话 {}。一次性报卷，不得补报。",
            notice.place, notice.contact.name, notice.contact.phone
        ),
        start: plan.window.first,
        end_inclusive: plan.window.last,
        reminder_day_before: true,
    });
    events.push(day(
        "achievements-cutoff",
        "职称申报材料截止".into(),
        "业绩、论文、著作、成果、奖励等计算截止日。依据「五、相关政策规定」3。".into(),
        notice.achievements_cutoff,
        false,
    ));
    events.push(day(
        "seniority-cutoff",
        "职称资历计算截止".into(),
        "任职年限按周年计算到这一天。依据「五、相关政策规定」3。".into(),
        notice.seniority_cutoff,
        false,
    ));
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::test_dates::d;

    /// Hand-computed with the 2024 schedule (ordinary weeks in July).
    #[test]
    fn plans_for_each_unit_kind() {
        let cal = Calendar::official();
        let notice = Notice::official_2024();
        // (unit, city deadline, files leave, end by, latest posting, latest working day)
        let table = [
            // Files leave Thu 08-01: end by Wed 07-31, post by Wed 07-24.
            (
                UnitKind::Provincial,
                None,
                d(2024, 8, 1),
                d(2024, 7, 31),
                d(2024, 7, 24),
                d(2024, 7, 24),
            ),
            // Files leave Wed 08-07: end by Tue 08-06; back 6,5,2,1,7-31 → post by Tue 07-30.
            (
                UnitKind::City,
                None,
                d(2024, 8, 7),
                d(2024, 8, 6),
                d(2024, 7, 30),
                d(2024, 7, 30),
            ),
            // The brief's worked example.
            (
                UnitKind::CityUnit,
                Some(d(2024, 7, 26)),
                d(2024, 7, 26),
                d(2024, 7, 25),
                d(2024, 7, 18),
                d(2024, 7, 18),
            ),
            // City wants them Mon 07-29: end by Sun 07-28 → 5th working day back is Mon 07-22.
            (
                UnitKind::CityUnit,
                Some(d(2024, 7, 29)),
                d(2024, 7, 29),
                d(2024, 7, 28),
                d(2024, 7, 21),
                d(2024, 7, 19),
            ),
        ];
        for (unit, deadline, leave, end_by, latest, workday) in table {
            let p = plan(&cal, &notice, unit, deadline, 0).unwrap();
            assert_eq!(p.files_leave, leave, "{unit:?}");
            assert_eq!(p.end_by, end_by, "{unit:?}");
            assert_eq!(p.posting.latest_posting, latest, "{unit:?} {deadline:?}");
            assert_eq!(
                p.posting.latest_posting_workday, workday,
                "{unit:?} {deadline:?}"
            );
            assert!(p.posting.period.end_day() < p.files_leave);
        }
        let p = plan(&cal, &notice, UnitKind::City, None, 0).unwrap();
        assert_eq!(p.very_latest, Some(d(2024, 8, 9)));
        let p = plan(&cal, &notice, UnitKind::CityUnit, Some(d(2024, 7, 26)), 0).unwrap();
        assert_eq!(p.very_latest, None);
    }

    /// The seal step, worked out by hand on the 2024 calendar.
    #[test]
    fn the_plan_leaves_working_days_for_the_seal() {
        let cal = Calendar::official();
        let notice = Notice::official_2024();
        // (unit, seal days, seal first, seal last, end by, latest posting, workday)
        let table = [
            // Files leave Thu 08-01: seal Tue 07-30..Wed 07-31; end by Mon 07-29;
            // 07-29, 26, 25, 24, 23 → post by Mon 07-22.
            (
                UnitKind::Provincial,
                2,
                Some((d(2024, 7, 30), d(2024, 7, 31))),
                d(2024, 7, 29),
                d(2024, 7, 22),
                d(2024, 7, 22),
            ),
            // One day: seal Wed 07-31; end by Tue 07-30; 07-30, 29, 26, 25, 24 → post by Tue 07-23.
            (
                UnitKind::Provincial,
                1,
                Some((d(2024, 7, 31), d(2024, 7, 31))),
                d(2024, 7, 30),
                d(2024, 7, 23),
                d(2024, 7, 23),
            ),
            (
                UnitKind::Provincial,
                0,
                None,
                d(2024, 7, 31),
                d(2024, 7, 24),
                d(2024, 7, 24),
            ),
            // City bureau, files leave Wed 08-07: seal Mon 08-05..Tue 08-06, end by Sun 08-04;
            // 08-02, 01, 07-31, 30, 29 → post by Sun 07-28, i.e. Fri 07-26 at the latest working day.
            (
                UnitKind::City,
                2,
                Some((d(2024, 8, 5), d(2024, 8, 6))),
                d(2024, 8, 4),
                d(2024, 7, 28),
                d(2024, 7, 26),
            ),
        ];
        for (unit, days, span, end_by, latest, workday) in table {
            let p = plan(&cal, &notice, unit, None, days).unwrap();
            assert_eq!(p.seal, Some(SealStep { days, span }), "{unit:?} {days}");
            assert_eq!(p.end_by, end_by, "{unit:?} {days}");
            assert_eq!(p.posting.latest_posting, latest, "{unit:?} {days}");
            assert_eq!(p.posting.latest_posting_workday, workday, "{unit:?} {days}");
        }
        // A 市内单位's city date is the hand-over itself: no seal step, whatever is asked.
        let p = plan(&cal, &notice, UnitKind::CityUnit, Some(d(2024, 7, 26)), 2).unwrap();
        assert_eq!(p.seal, None);
        assert_eq!(p.posting.latest_posting, d(2024, 7, 18));
        let err = plan(&cal, &notice, UnitKind::Provincial, None, 31).unwrap_err();
        assert!(err.to_string().contains("0 到 30"), "{err}");
    }

    #[test]
    fn city_unit_needs_a_sensible_deadline() {
        let cal = Calendar::official();
        let notice = Notice::official_2024();
        assert_eq!(
            plan(&cal, &notice, UnitKind::CityUnit, None, 0),
            Err(PlanError::CityDeadlineMissing)
        );
        let err = plan(&cal, &notice, UnitKind::CityUnit, Some(d(2024, 8, 10)), 0).unwrap_err();
        assert!(err.to_string().contains("晚于"), "{err}");
        // The window's last day itself is allowed.
        assert!(plan(&cal, &notice, UnitKind::CityUnit, Some(d(2024, 8, 9)), 0).is_ok());
    }

    #[test]
    fn window_states_across_the_year() {
        let cal = Calendar::official();
        let notice = Notice::official_2024();
        let table = [
            (UnitKind::Provincial, d(2024, 7, 31), State::Upcoming),
            (UnitKind::Provincial, d(2024, 8, 1), State::Open),
            (UnitKind::Provincial, d(2024, 8, 2), State::Open),
            (UnitKind::Provincial, d(2024, 8, 3), State::Closed),
            (UnitKind::City, d(2024, 8, 6), State::Upcoming),
            (UnitKind::City, d(2024, 8, 9), State::Open),
            (UnitKind::City, d(2024, 8, 10), State::Closed),
            (UnitKind::City, d(2023, 12, 31), State::Upcoming),
            (UnitKind::City, d(2025, 1, 1), State::Closed),
        ];
        for (unit, today, expected) in table {
            let p = plan(&cal, &notice, unit, None, 0).unwrap();
            let window = key_dates(&cal, &official_round(), &p, today)
                .into_iter()
                .find(|k| k.id == "window")
                .unwrap();
            assert_eq!(window.state, Some(expected), "{unit:?} on {today}");
            assert!(window.highlight);
        }
    }

    #[test]
    fn key_dates_are_in_order_with_announcements_last() {
        let cal = Calendar::official();
        let notice = Notice::official_2024();
        let p = plan(&cal, &notice, UnitKind::CityUnit, Some(d(2024, 7, 26)), 0).unwrap();
        let keys = key_dates(&cal, &official_round(), &p, d(2024, 7, 1));
        assert!(keys.iter().all(|k| !k.estimated), "an official round");
        let ids: Vec<&str> = keys.iter().map(|k| k.id).collect();
        assert_eq!(
            ids,
            [
                "notice",
                "post-by",
                "publicity-end",
                "city-deadline",
                "achievements-cutoff",
                "window",
                "committee",
                "seniority-cutoff",
                "defense"
            ]
        );
        let defense = keys.iter().find(|k| k.id == "defense").unwrap();
        assert_eq!(defense.state, None);
        assert_eq!(defense.countdown, None);
        let committee = keys.iter().find(|k| k.id == "committee").unwrap();
        assert_eq!(committee.state, Some(State::Upcoming));
        // For a 市内单位 the city's date is what is highlighted, not the window.
        assert!(
            keys.iter()
                .find(|k| k.id == "city-deadline")
                .unwrap()
                .highlight
        );
        assert!(!keys.iter().find(|k| k.id == "window").unwrap().highlight);
    }

    /// A city bureau (files leave Wed 2024-08-07, two seal days) must end the
    /// publicity by Sun 08-04, so the day counted back is Sun 07-28, a day
    /// off: units post on working days, so the key date and its countdown
    /// are Fri 07-26 (worked by hand on the 2024 calendar, as in
    /// `the_plan_leaves_working_days_for_the_seal`).
    #[test]
    fn the_latest_posting_key_date_is_a_working_day() {
        let cal = Calendar::official();
        let notice = Notice::official_2024();
        let p = plan(&cal, &notice, UnitKind::City, None, 2).unwrap();
        // (today, state, calendar days, working days: Mon 07-22..Fri 07-26)
        let table = [
            (d(2024, 7, 20), State::Upcoming, 6, 5),
            (d(2024, 7, 26), State::Open, 0, 0),
            (d(2024, 7, 27), State::Closed, -1, 0),
        ];
        for (today, state, calendar_days, working_days) in table {
            let keys = key_dates(&cal, &official_round(), &p, today);
            let post_by = keys.iter().find(|k| k.id == "post-by").unwrap();
            assert_eq!(post_by.when, When::Day(d(2024, 7, 26)), "{today}");
            assert_eq!(post_by.state, Some(state), "{today}");
            let c = post_by.countdown.unwrap();
            assert_eq!(
                (c.calendar_days, c.working_days),
                (calendar_days, working_days),
                "{today}"
            );
            assert!(
                post_by.detail.contains("2024年7月28日（周日）"),
                "{}",
                post_by.detail
            );
        }
    }

    /// A round whose notice asks for 7 working days of publicity says 7 in
    /// every duty and step that names the length, never the 2024 notice's 5.
    #[test]
    fn duties_and_steps_name_the_rounds_publicity_length() {
        for &unit in UnitKind::ALL {
            let text = duties(unit, 7).join("");
            assert!(!text.contains("5 个工作日"), "{unit:?}: {text}");
            if unit != UnitKind::City {
                assert!(text.contains("不少于 7 个工作日"), "{unit:?}: {text}");
            }
        }
        let steps: String = procedure(7).iter().map(|s| s.what.clone()).collect();
        assert!(steps.contains("不少于 7 个工作日"), "{steps}");
        assert!(!steps.contains("5 个工作日"), "{steps}");
    }

    /// A user's own round (a notice entered or pasted for 2027) is that
    /// year's notice as the user stated it: its dates are marked
    /// unofficial, never 预计 (projected), except the city's own deadline.
    #[test]
    fn a_user_round_is_unofficial_not_projected() {
        let cal = Calendar::official();
        let profiles = [crate::domain::rounds::project(
            &Notice::official_2024(),
            2027,
            &crate::domain::calendar::Calendar::official(),
        )];
        let round = crate::domain::rounds::Rounds::new(Notice::official_notices(), &profiles)
            .for_year(2027, &cal);
        assert_eq!(round.kind, RoundKind::User);
        let deadline = NaiveDate::from_ymd_opt(2027, 7, 30).unwrap();
        let p = plan(&cal, &round.notice, UnitKind::CityUnit, Some(deadline), 0).unwrap();
        let keys = key_dates(&cal, &round, &p, d(2026, 12, 1));
        for key in &keys {
            assert!(!key.estimated, "{}", key.id);
            assert_eq!(key.unofficial, key.id != "city-deadline", "{}", key.id);
        }
        // A projected round is the reverse.
        let projected = crate::domain::rounds::Rounds::new(Notice::official_notices(), &[])
            .for_year(2027, &cal);
        let keys = key_dates(&cal, &projected, &p, d(2026, 12, 1));
        assert!(keys.iter().all(|k| !k.unofficial));
    }

    /// The plan's facts, worked out by hand from the 2024 notice (provincial
    /// window Aug 1–2, city Aug 7–9, publicity 5 working days from the day
    /// after posting) and its projections (2025: Fri 08-01–Mon 08-04 and
    /// Thu 08-07–Mon 08-11; 2027 has no holiday schedule).
    #[test]
    fn plan_facts_table() {
        let cal = Calendar::official();
        let rounds = crate::domain::rounds::Rounds::new(Notice::official_notices(), &[]);
        let profiles = [crate::domain::rounds::project(
            &Notice::official_2024(),
            2027,
            &cal,
        )];
        let user = crate::domain::rounds::Rounds::new(Notice::official_notices(), &profiles)
            .for_year(2027, &cal);
        assert_eq!(user.kind, RoundKind::User);
        // (round, unit, city date, seal days, latest posting, [round
        // estimated, leave estimated, estimated], [(today, posting passed)])
        type Row<'a> = (
            i32,
            UnitKind,
            Option<NaiveDate>,
            u32,
            NaiveDate,
            [bool; 3],
            &'a [(NaiveDate, bool)],
        );
        let table: [Row<'_>; 6] = [
            // Files leave Thu 2024-08-01, seal Tue 07-30–Wed 07-31, end by
            // Mon 07-29: 07-29, 26, 25, 24, 23 → post by Mon 07-22.
            (
                2024,
                UnitKind::Provincial,
                None,
                2,
                d(2024, 7, 22),
                [false; 3],
                &[
                    (d(2024, 7, 21), false),
                    (d(2024, 7, 22), false),
                    (d(2024, 7, 23), true),
                ],
            ),
            // Files leave Wed 08-07, no seal, end by Tue 08-06: 08-06, 05,
            // 02, 01, 07-31 → post by Tue 07-30; passed up to the window's
            // last day 08-09, not once the round is over.
            (
                2024,
                UnitKind::City,
                None,
                0,
                d(2024, 7, 30),
                [false; 3],
                &[
                    (d(2024, 7, 31), true),
                    (d(2024, 8, 9), true),
                    (d(2024, 8, 10), false),
                ],
            ),
            // Files leave Wed 08-07, seal Mon 08-05–Tue 08-06, end by Sun
            // 08-04 → post by Sun 07-28 (last working day Fri 07-26): the
            // posting day, not its working day, is what passes.
            (
                2024,
                UnitKind::City,
                None,
                2,
                d(2024, 7, 28),
                [false; 3],
                &[(d(2024, 7, 27), false), (d(2024, 7, 29), true)],
            ),
            // To the city bureau by Fri 07-26: end by Thu 07-25 → post by
            // Thu 07-18.
            (
                2024,
                UnitKind::CityUnit,
                Some(d(2024, 7, 26)),
                0,
                d(2024, 7, 18),
                [false; 3],
                &[
                    (d(2024, 7, 17), false),
                    (d(2024, 7, 18), false),
                    (d(2024, 7, 19), true),
                ],
            ),
            // Projected 2025: files leave Fri 08-01, seal Wed 07-30–Thu
            // 07-31, end by Tue 07-29: 07-29, 28, 25, 24, 23 → post by Tue
            // 07-22. The window is projected, so is the day the files leave.
            (
                2025,
                UnitKind::Provincial,
                None,
                2,
                d(2025, 7, 22),
                [true; 3],
                &[(d(2025, 7, 23), true)],
            ),
            // Its 市内单位, to the city by Fri 07-25: end by Thu 07-24 → post
            // by Thu 07-17. The city's date is not projected and 2025's
            // holidays are official: nothing of the plan is an estimate.
            // After the projected city window (Mon 08-11) the round is over.
            (
                2025,
                UnitKind::CityUnit,
                Some(d(2025, 7, 25)),
                0,
                d(2025, 7, 17),
                [true, false, false],
                &[(d(2025, 7, 17), false), (d(2025, 8, 12), false)],
            ),
        ];
        for (year, unit, deadline, seal, latest, estimates, days) in table {
            let round = rounds.for_year(year, &cal);
            let p = plan(&cal, &round.notice, unit, deadline, seal).unwrap();
            assert_eq!(p.posting.latest_posting, latest, "{year} {unit:?} {seal}");
            let own_window = unit != UnitKind::CityUnit;
            for &(today, posting_passed) in days {
                let want = PlanFacts {
                    posting_passed,
                    own_window,
                    round_estimated: estimates[0],
                    leave_estimated: estimates[1],
                    estimated: estimates[2],
                };
                let facts = plan_facts(&p, &round, today);
                assert_eq!(facts, want, "{year} {unit:?} seal {seal} on {today}");
            }
        }
        // Projected 2027, to the city by Fri 07-30: end by Thu 07-29 →
        // 07-29, 28, 27, 26, 23 → post by Thu 07-22, counted on weekdays
        // (no 2027 schedule): an estimate, though the city's date is not.
        let round = rounds.for_year(2027, &cal);
        let p = plan(
            &cal,
            &round.notice,
            UnitKind::CityUnit,
            Some(d(2027, 7, 30)),
            0,
        )
        .unwrap();
        assert_eq!(p.posting.latest_posting, d(2027, 7, 22));
        let facts = plan_facts(&p, &round, d(2026, 12, 1));
        assert!(facts.round_estimated && !facts.leave_estimated && facts.estimated);
        assert!(!facts.posting_passed);
        // A user's 2027 round is stated, not projected: only the weekdays
        // counted without a 2027 schedule make the posting an estimate.
        // Files leave Mon 2027-08-02, end by Sun 08-01: 07-30, 29, 28, 27,
        // 26 → post by Sun 07-25.
        let p = plan(&cal, &user.notice, UnitKind::Provincial, None, 0).unwrap();
        assert_eq!(p.posting.latest_posting, d(2027, 7, 25));
        let facts = plan_facts(&p, &user, d(2027, 7, 26));
        assert!(facts.posting_passed && facts.estimated);
        assert!(!facts.round_estimated && !facts.leave_estimated);
    }

    /// The labels of the window and the day the files leave, and whom to
    /// contact, follow whose window it is.
    #[test]
    fn plan_labels_follow_whose_window_it_is() {
        let cal = Calendar::official();
        let round = official_round();
        // (unit, city date, files leave label, window title, contact)
        let table = [
            (
                UnitKind::Provincial,
                None,
                "计划报出",
                "本单位报卷时间",
                "省市场监管局（见下方联系人）",
            ),
            (
                UnitKind::City,
                None,
                "计划报出",
                "本单位报卷时间",
                "省市场监管局（见下方联系人）",
            ),
            (
                UnitKind::CityUnit,
                Some(d(2024, 7, 26)),
                "送达市局",
                "市局向省里报卷的时间",
                "市局",
            ),
        ];
        for (unit, deadline, leave, title, contact) in table {
            let p = plan(&cal, &round.notice, unit, deadline, 2).unwrap();
            let facts = plan_facts(&p, &round, d(2024, 7, 20));
            assert_eq!(facts.files_leave_label(), leave, "{unit:?}");
            assert_eq!(facts.window_title(), title, "{unit:?}");
            assert_eq!(facts.contact().label(), contact, "{unit:?}");
        }
    }

    fn official_round() -> Round {
        crate::domain::rounds::Rounds::new(Notice::official_notices(), &[])
            .for_year(2024, &Calendar::official())
    }

    #[test]
    fn a_projected_round_marks_every_date_but_the_city_deadline() {
        let cal = Calendar::official();
        let round = crate::domain::rounds::Rounds::new(Notice::official_notices(), &[])
            .for_year(2027, &cal);
        let deadline = NaiveDate::from_ymd_opt(2027, 7, 30).unwrap();
        let p = plan(&cal, &round.notice, UnitKind::CityUnit, Some(deadline), 0).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let keys = key_dates(&cal, &round, &p, today);
        for key in &keys {
            assert_eq!(key.estimated, key.id != "city-deadline", "{}", key.id);
        }
        let notice = keys.iter().find(|k| k.id == "notice").unwrap();
        assert_eq!(notice.when.text(), "2027年5月下旬（具体时间另行通知）");
        assert!(notice.detail.contains("尚未收录"), "{}", notice.detail);
        assert_eq!(notice.state, Some(State::Upcoming));
        let window = keys.iter().find(|k| k.id == "window").unwrap();
        assert_eq!(
            window.when,
            When::Span(
                NaiveDate::from_ymd_opt(2027, 8, 9).unwrap(),
                NaiveDate::from_ymd_opt(2027, 8, 11).unwrap()
            )
        );
    }

    #[test]
    fn countdowns() {
        let cal = Calendar::official();
        // From Mon 2024-07-29 to Wed 08-07: 9 calendar days, 7 working days.
        let c = Countdown::between(&cal, d(2024, 7, 29), d(2024, 8, 7));
        assert_eq!(
            (c.calendar_days, c.working_days, c.estimated),
            (9, 7, false)
        );
        assert_eq!(c.text(), "还有 9 天（其中 7 个工作日）");
        // Across 国庆 2024: 09-27 → 10-08: 09-29, 09-30, 10-08.
        let c = Countdown::between(&cal, d(2024, 9, 27), d(2024, 10, 8));
        assert_eq!(c.working_days, 3);
        let c = Countdown::between(&cal, d(2024, 8, 9), d(2024, 8, 7));
        assert_eq!((c.calendar_days, c.working_days), (-2, 0));
        assert_eq!(c.text(), "已过 2 天");
        assert_eq!(
            Countdown::between(&cal, d(2024, 8, 7), d(2024, 8, 7)).text(),
            "就是今天"
        );
        let c = Countdown::between(&cal, d(2026, 12, 30), d(2027, 1, 4));
        assert!(c.estimated);
        assert!(c.text().contains("含估算"));
    }

    #[test]
    fn calendar_events_have_stable_unique_uids() {
        let cal = Calendar::official();
        let notice = Notice::official_2024();
        let p = plan(&cal, &notice, UnitKind::CityUnit, Some(d(2024, 7, 26)), 0).unwrap();
        let events = calendar_events(&notice, &p);
        let mut uids: Vec<&str> = events.iter().map(|e| e.uid.as_str()).collect();
        assert!(uids.contains(&"window-2024-city-unit@pingshen"));
        let n = uids.len();
        uids.sort();
        uids.dedup();
        assert_eq!(uids.len(), n);
        assert_eq!(events, calendar_events(&notice, &p));
        let window = events.iter().find(|e| e.uid.starts_with("window")).unwrap();
        assert_eq!(
            (window.start, window.end_inclusive),
            (d(2024, 8, 7), d(2024, 8, 9))
        );
        let post = events
            .iter()
            .find(|e| e.uid.starts_with("post-by"))
            .unwrap();
        assert_eq!(post.start, d(2024, 7, 18));
        assert!(post.reminder_day_before);
    }
}
