//! Rounds (评审年度): which year's notice applies on a given day.
//!
//! The province issues one evaluation notice a year, around late May
//! (2024's: 2024-05-29). It names that year's cutoffs and submission windows
//! (「五、相关政策规定」3, 「七、时间安排及报卷地点」). A round is a year with its
//! notice, of one of three kinds:
//!
//! - [`RoundKind::Official`]: a notice shipped with the app (2024 today);
//! - [`RoundKind::User`]: a profile the user entered from the year's notice;
//! - [`RoundKind::Projected`]: no notice known for that year: derived from
//!   the latest official notice by [`project`], and every date of it is an
//!   estimate ([`Round::reason`] says so in words).
//!
//! The round **in force** on a day D (China time) is the round of D's year
//! while D is on or before the close of that round's last submission window;
//! from the next day on it is the following year's round ([`Rounds::in_force`]).
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use pingshen::domain::calendar::Calendar;
//! use pingshen::domain::rounds::{RoundKind, Rounds};
//! use pingshen::domain::notice::Notice;
//!
//! let cal = Calendar::official();
//! let rounds = Rounds::new(Notice::official_notices(), &[]);
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! assert_eq!(rounds.in_force(d(2024, 7, 20), &cal).year(), 2024);
//! let next = rounds.in_force(d(2026, 12, 1), &cal);
//! assert_eq!((next.year(), next.kind), (2027, RoundKind::Projected));
//! // 2027-08-01 is a Sunday: the two-day provincial window moves to Mon–Tue.
//! assert_eq!(next.notice.provincial_window.first, d(2027, 8, 2));
//! assert_eq!(next.notice.provincial_window.last, d(2027, 8, 3));
//! ```

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::domain::calendar::Calendar;
use crate::domain::dates;
use crate::domain::notice::{tel_uri, Contact, MonthPart, Notice, NoticeError, Timing, Window};
use crate::domain::order;

crate::labelled_enum! {
    /// How a round's notice is known. The code is the page's `data-kind`.
    pub enum RoundKind {
        /// The year's notice, shipped with the app.
        Official = "official" => "官方",
        /// Entered by the user from the year's notice; not checked by anyone.
        User = "user" => "自行填写",
        /// No notice known: projected from the latest official notice.
        Projected = "projected" => "预计",
    }
}

/// One year's round: its notice and how that notice is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Round {
    /// Official, user-entered or projected.
    pub kind: RoundKind,
    /// The notice (for a projected round, the projection).
    pub notice: Notice,
    /// For a projected round, the year of the official notice it follows.
    pub basis_year: Option<i32>,
}

impl Round {
    /// The round's year (评审年度).
    pub fn year(&self) -> i32 {
        self.notice.year
    }

    /// Whether the round's dates rest on anything but a shipped notice.
    pub fn is_estimated(&self) -> bool {
        self.kind != RoundKind::Official
    }

    /// For the round switcher, e.g. `2027 年度 · 预计`.
    ///
    /// ```
    /// use pingshen::domain::calendar::Calendar;
    /// use pingshen::domain::rounds::Rounds;
    /// use pingshen::domain::notice::Notice;
    /// let rounds = Rounds::new(Notice::official_notices(), &[]);
    /// assert_eq!(rounds.for_year(2024, &Calendar::official()).label(), "2024 年度 · 官方");
    /// assert_eq!(rounds.for_year(2027, &Calendar::official()).label(), "2027 年度 · 预计");
    /// ```
    pub fn label(&self) -> String {
        format!("{} 年度 · {}", self.year(), self.kind.label())
    }

    /// Why the round's dates are not the published ones, in words; `None`
    /// for an official round.
    ///
    /// ```
    /// use pingshen::domain::calendar::Calendar;
    /// use pingshen::domain::rounds::Rounds;
    /// use pingshen::domain::notice::Notice;
    /// let rounds = Rounds::new(Notice::official_notices(), &[]);
    /// let reason = rounds.for_year(2027, &Calendar::official()).reason().unwrap();
    /// assert_eq!(reason, "2027 年评审安排通知尚未收录，按 2024 年通知推算，以当年通知为准");
    /// ```
    pub fn reason(&self) -> Option<String> {
        match (self.kind, self.basis_year) {
            (RoundKind::Official, _) => None,
            (RoundKind::User, _) => Some(format!(
                "{} 年的安排是在本机自行填写的（非官方），以当年正式通知为准",
                self.year()
            )),
            (RoundKind::Projected, basis) => Some(format!(
                "{} 年评审安排通知尚未收录，按 {} 年通知推算，以当年通知为准",
                self.year(),
                basis.map_or_else(|| "往年".to_string(), |b| b.to_string())
            )),
        }
    }

    /// What a projected round carries over unchanged from its basis, said
    /// as such; `None` for other rounds.
    pub fn carried_over(&self) -> Option<String> {
        let basis = self.basis_year?;
        Some(format!(
            "报卷地点、联系人与电话、公示不少于 {} 个工作日、评审会和答辩的时间说法均沿用 {basis} 年通知。",
            self.notice.publicity_working_days
        ))
    }

    /// The close of the round's last submission window
    /// (「七、时间安排及报卷地点」).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pingshen::domain::{calendar::Calendar, notice::Notice, rounds::Rounds};
    /// let rounds = Rounds::new(Notice::official_notices(), &[]);
    /// let round = rounds.for_year(2024, &Calendar::official());
    /// // 各市市场监管局、各主管部门8月7至9日.
    /// assert_eq!(round.last_window_close(), NaiveDate::from_ymd_opt(2024, 8, 9).unwrap());
    /// ```
    pub fn last_window_close(&self) -> NaiveDate {
        self.notice
            .provincial_window
            .last
            .max(self.notice.city_window.last)
    }

    /// What to say of the round once every window closed on `today`
    /// (`None` before): a projected round's close is itself projected
    /// (「预计已于」), with where to enter the year's real notice;
    /// `in_force` is the round that applies today.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pingshen::domain::calendar::Calendar;
    /// use pingshen::domain::rounds::Rounds;
    /// use pingshen::domain::notice::Notice;
    /// let cal = Calendar::official();
    /// let rounds = Rounds::new(Notice::official_notices(), &[]);
    /// let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    /// let text = rounds.for_year(2024, &cal).over_text(today, "2027 年度 · 预计").unwrap();
    /// assert_eq!(text, "2024 年度的报卷已于 2024年8月9日（周五） 结束；今天适用的是 2027 年度 · 预计。");
    /// ```
    pub fn over_text(&self, today: NaiveDate, in_force: &str) -> Option<String> {
        if !self.is_over(today) {
            return None;
        }
        let year = self.year();
        let close = dates::long_zh(self.last_window_close());
        Some(match self.kind {
            RoundKind::Projected => format!(
                "{year} 年度的报卷预计已于 {close} 结束（{year} 年评审安排通知未收录，日期是推算的）；\
                 如有该年正式通知，可在「年度数据」页的「粘贴评审安排通知」中录入。今天适用的是 {in_force}。"
            ),
            RoundKind::Official | RoundKind::User => {
                format!("{year} 年度的报卷已于 {close} 结束；今天适用的是 {in_force}。")
            }
        })
    }

    /// The round's year when it is the user's own profile (the one the
    /// year page opens for editing).
    pub fn user_year(&self) -> Option<i32> {
        (self.kind == RoundKind::User).then(|| self.year())
    }

    /// Whether every submission window of the round has closed on `today`.
    pub fn is_over(&self, today: NaiveDate) -> bool {
        today > self.last_window_close()
    }
}

/// The rounds known: shipped notices and the user's profiles.
#[derive(Clone, Copy, Debug)]
pub struct Rounds<'a> {
    official: &'a [Notice],
    user: &'a [Notice],
}

impl<'a> Rounds<'a> {
    /// The rounds of these official notices and user profiles. A profile
    /// for a year with an official notice is ignored: the official one wins.
    pub fn new(official: &'a [Notice], user: &'a [Notice]) -> Self {
        Rounds { official, user }
    }

    /// The round of `year`: its official notice, else the user's profile,
    /// else a projection from the nearest earlier official notice (the
    /// earliest one for years before any).
    pub fn for_year(&self, year: i32, cal: &Calendar) -> Round {
        if let Some(notice) = self.official.iter().find(|n| n.year == year) {
            return Round {
                kind: RoundKind::Official,
                notice: notice.clone(),
                basis_year: None,
            };
        }
        if let Some(notice) = self.user.iter().find(|n| n.year == year) {
            return Round {
                kind: RoundKind::User,
                notice: notice.clone(),
                basis_year: None,
            };
        }
        let basis = self
            .official
            .iter()
            .filter(|n| n.year < year)
            .max_by_key(|n| n.year)
            .or_else(|| self.official.iter().min_by_key(|n| n.year))
            .cloned()
            .unwrap_or_else(Notice::official_2024);
        Round {
            kind: RoundKind::Projected,
            notice: project(&basis, year, cal),
            basis_year: Some(basis.year),
        }
    }

    /// The round in force on `today` (a day in China): the round of
    /// today's year up to and including the close of its last window,
    /// the next year's from the day after.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pingshen::domain::calendar::Calendar;
    /// use pingshen::domain::rounds::Rounds;
    /// use pingshen::domain::notice::Notice;
    /// let rounds = Rounds::new(Notice::official_notices(), &[]);
    /// let cal = Calendar::official();
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert_eq!(rounds.in_force(d(2024, 8, 9), &cal).year(), 2024); // last window day
    /// assert_eq!(rounds.in_force(d(2024, 8, 10), &cal).year(), 2025);
    /// ```
    pub fn in_force(&self, today: NaiveDate, cal: &Calendar) -> Round {
        let this_year = self.for_year(today.year(), cal);
        if this_year.is_over(today) {
            self.for_year(today.year() + 1, cal)
        } else {
            this_year
        }
    }

    /// The rounds a user may pick, by year: every official and user round,
    /// the round in force, and the projected next one when the round in
    /// force is known.
    pub fn choices(&self, today: NaiveDate, cal: &Calendar) -> Vec<Round> {
        let in_force = self.in_force(today, cal);
        let mut years: Vec<i32> = self
            .official
            .iter()
            .chain(self.user)
            .map(|n| n.year)
            .chain([in_force.year()])
            .collect();
        if in_force.kind != RoundKind::Projected {
            years.push(in_force.year() + 1);
        }
        order::sort(&mut years);
        years.dedup();
        years
            .into_iter()
            .map(|year| self.for_year(year, cal))
            .collect()
    }
}

/// Why a profile for a year cannot be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileError {
    /// Not a four-digit year within the supported years.
    Year(String),
    /// The year's notice ships with the app: it is never overwritten.
    Official(i32),
    /// The user already has a profile for the year.
    Exists(i32),
    /// A profile saved for a year whose notice ships with the app.
    Overwrite(i32),
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Year(text) => write!(
                f,
                "年份“{}”无效，请填写 {}–{} 之间的年份",
                dates::shorten(text),
                dates::SUPPORTED_YEARS.start(),
                dates::SUPPORTED_YEARS.end()
            ),
            Self::Official(year) => write!(f, "{year} 年度的正式通知已内置，不能另建或覆盖"),
            Self::Exists(year) => write!(f, "{year} 年度已经存在，请在下方修改"),
            Self::Overwrite(year) => write!(f, "{year} 年度已有正式通知，不能覆盖"),
        }
    }
}

impl std::error::Error for ProfileError {}

/// Something to check in an entered profile that does not block saving.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileWarning {
    /// A window day that is not a working day (an estimate where the year
    /// has no holiday schedule).
    NotWorkingDay {
        /// Which window day, in Chinese.
        what: &'static str,
        /// The day.
        date: NaiveDate,
        /// The year has no holiday schedule: Monday–Friday assumed.
        estimated: bool,
    },
}

impl fmt::Display for ProfileWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotWorkingDay {
                what,
                date,
                estimated,
            } => write!(
                f,
                "{what} {} 不是工作日{}，请核对通知",
                dates::long_zh(*date),
                if *estimated {
                    "（该年节假日安排尚未收录，按周一至周五判断）"
                } else {
                    ""
                }
            ),
        }
    }
}

impl Rounds<'_> {
    /// A new user profile for the year typed in `year_text`, prefilled
    /// with that year's projection (dates moved by working days, not by
    /// month and day), for the user to correct from the published notice.
    /// Its title says it is the user's own (「（自行填写）2027年评审安排」),
    /// never the real notice's; the editor starts from
    /// [`ProfileEntry::draft`], which leaves the issue date for the user.
    ///
    /// # Errors
    ///
    /// [`ProfileError`] for a bad year, an official year or an existing profile.
    ///
    /// ```
    /// use pingshen::domain::calendar::Calendar;
    /// use pingshen::domain::rounds::Rounds;
    /// use pingshen::domain::notice::Notice;
    /// let rounds = Rounds::new(Notice::official_notices(), &[]);
    /// let p = rounds.new_profile("2027", &Calendar::official()).unwrap();
    /// assert_eq!(p.provincial_window.first.to_string(), "2027-08-02");
    /// assert!(rounds.new_profile("2024", &Calendar::official()).is_err());
    /// ```
    pub fn new_profile(&self, year_text: &str, cal: &Calendar) -> Result<Notice, ProfileError> {
        let year = crate::domain::parse::parse_round(year_text)
            .map_err(|_| ProfileError::Year(year_text.to_string()))?;
        if self.is_official(year) {
            return Err(ProfileError::Official(year));
        }
        if self.user.iter().any(|n| n.year == year) {
            return Err(ProfileError::Exists(year));
        }
        let mut profile = self.for_year(year, cal).notice;
        profile.title = format!("（自行填写）{year}年评审安排");
        Ok(profile)
    }
}

impl Rounds<'_> {
    /// Whether `year`'s notice ships with the app.
    pub fn is_official(&self, year: i32) -> bool {
        self.official.iter().any(|n| n.year == year)
    }

    /// Whether a profile may be saved for `year` (from a pasted notice):
    /// never over a shipped notice. `Ok(true)` when it replaces the user's
    /// own profile of that year.
    ///
    /// # Errors
    ///
    /// [`ProfileError::Overwrite`] for a year with an official notice.
    pub fn check_save(&self, year: i32) -> Result<bool, ProfileError> {
        if self.is_official(year) {
            return Err(ProfileError::Overwrite(year));
        }
        Ok(self.user.iter().any(|n| n.year == year))
    }
}

crate::labelled_enum! {
    /// How a rough date ([`Timing`]) is entered; the label is the choice's
    /// words.
    pub enum TimingKind {
        /// 某月上/中/下旬.
        Period = "period" => "某月上/中/下旬",
        /// 具体日期.
        Exact = "exact" => "具体日期",
        /// 另行通知.
        Later = "later" => "另行通知",
    }
}

impl TimingKind {
    /// The kind of `code`; anything unknown is a period (the form's first).
    pub fn of_code(code: &str) -> Self {
        Self::from_code(code).unwrap_or(Self::Period)
    }
}

/// The part of the month of `code`; anything unknown is 中旬.
pub fn month_part(code: &str) -> MonthPart {
    MonthPart::from_code(code).unwrap_or(MonthPart::Mid)
}

/// A [`Timing`] as typed in the profile editor: the kind, and each kind's
/// parts (all kept, so that switching kinds loses nothing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimingEntry {
    /// The kind chosen.
    pub kind: TimingKind,
    /// The month of a period, as typed.
    pub month: String,
    /// The part of the month of a period ([`MonthPart::code`]).
    pub part: MonthPart,
    /// The day of an exact timing, as typed.
    pub date: String,
}

impl TimingEntry {
    /// The entry showing `timing` of a `year`'s notice; the parts it does
    /// not use start at mid-September (when the meetings usually are).
    pub fn of(timing: &Timing, year: i32) -> Self {
        let september = format!("{year}-09-15");
        match *timing {
            Timing::Exact { date } => TimingEntry {
                kind: TimingKind::Exact,
                month: "9".into(),
                part: MonthPart::Mid,
                date: date.to_string(),
            },
            Timing::Period { month, part, .. } => TimingEntry {
                kind: TimingKind::Period,
                month: month.to_string(),
                part,
                date: september,
            },
            Timing::Later => TimingEntry {
                kind: TimingKind::Later,
                month: "9".into(),
                part: MonthPart::Mid,
                date: september,
            },
        }
    }

    /// The timing entered, in `year`; `label` names the field in errors.
    ///
    /// # Errors
    ///
    /// [`EntryError`] for a bad exact date or a month outside 1–12.
    pub fn parse(&self, label: &'static str, year: i32) -> Result<Timing, EntryError> {
        match self.kind {
            TimingKind::Later => Ok(Timing::Later),
            TimingKind::Exact => dates::parse_date(&self.date)
                .map(|date| Timing::Exact { date })
                .map_err(|e| EntryError::Date(label, e)),
            TimingKind::Period => {
                let month = self
                    .month
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|m| (1..=12).contains(m))
                    .ok_or(EntryError::Month(label))?;
                Ok(Timing::Period {
                    year,
                    month,
                    part: self.part,
                })
            }
        }
    }
}

/// Why a profile as typed in the editor was not saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryError {
    /// A date field that is not a date.
    Date(&'static str, dates::DateError),
    /// A period's month outside 1–12.
    Month(&'static str),
    /// The publicity's working days not a whole number of 1–30.
    PublicityDays(String),
    /// The notice as entered does not hold together (see
    /// [`Notice::validate_entry`]), or its phone cannot be dialled.
    Notice(NoticeError),
}

impl fmt::Display for EntryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Date(label, e) => write!(f, "{label}：{e}"),
            Self::Month(label) => write!(f, "{label}：月份须为 1–12"),
            Self::PublicityDays(text) => {
                write!(f, "公示工作日数“{}”须为 1–30 的整数", dates::shorten(text))
            }
            Self::Notice(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for EntryError {}

/// A year's profile as typed in the editor: the texts as typed, in the
/// order of [`ProfileEntry::DATES`], [`ProfileEntry::TEXTS`] and
/// [`ProfileEntry::TIMINGS`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileEntry {
    /// The dates as typed, one per [`ProfileEntry::DATES`].
    pub dates: [String; 7],
    /// The texts as typed, one per [`ProfileEntry::TEXTS`].
    pub texts: [String; 6],
    /// The rough dates, one per [`ProfileEntry::TIMINGS`].
    pub timings: [TimingEntry; 2],
}

impl ProfileEntry {
    /// The date fields: `(id, label)`.
    pub const DATES: [(&'static str, &'static str); 7] = [
        ("issued", "通知发布日"),
        ("achievements", "申报材料截止日"),
        ("seniority", "资历计算截止日"),
        ("prov-first", "省直单位报卷开始"),
        ("prov-last", "省直单位报卷结束"),
        ("city-first", "市局/主管部门报卷开始"),
        ("city-last", "市局/主管部门报卷结束"),
    ];

    /// The text fields: `(id, label)`.
    pub const TEXTS: [(&'static str, &'static str); 6] = [
        ("title", "通知标题"),
        ("place", "报卷地点"),
        ("contact", "联系人"),
        ("phone", "联系电话"),
        ("fax", "传真"),
        ("publicity-days", "公示不少于（个工作日）"),
    ];

    /// The rough dates: `(id, label)`.
    pub const TIMINGS: [(&'static str, &'static str); 2] =
        [("committee", "评审委员会例会"), ("defense", "答辩")];

    /// The entry showing `notice`.
    pub fn of(notice: &Notice) -> Self {
        let n = notice;
        ProfileEntry {
            dates: [
                n.issued,
                n.achievements_cutoff,
                n.seniority_cutoff,
                n.provincial_window.first,
                n.provincial_window.last,
                n.city_window.first,
                n.city_window.last,
            ]
            .map(|d| d.to_string()),
            texts: [
                n.title.clone(),
                n.place.clone(),
                n.contact.name.clone(),
                n.contact.phone.clone(),
                n.contact.fax.clone(),
                n.publicity_working_days.to_string(),
            ],
            timings: [
                TimingEntry::of(&n.committee_meeting, n.year),
                TimingEntry::of(&n.defense, n.year),
            ],
        }
    }

    /// The entry a new profile starts from ([`Rounds::new_profile`]): the
    /// projection's values, but no issue date, which nothing can project
    /// (the same month and day may be a day off): the user types it from
    /// the notice, and [`ProfileEntry::apply`] refuses it empty.
    ///
    /// ```
    /// use pingshen::domain::calendar::Calendar;
    /// use pingshen::domain::notice::Notice;
    /// use pingshen::domain::rounds::{ProfileEntry, Rounds};
    /// let p = Rounds::new(Notice::official_notices(), &[]).new_profile("2027", &Calendar::official()).unwrap();
    /// assert_eq!(ProfileEntry::draft(&p).dates[0], "");
    /// assert!(ProfileEntry::draft(&p).apply(&p).is_err());
    /// ```
    pub fn draft(notice: &Notice) -> Self {
        let mut entry = Self::of(notice);
        entry.dates[0] = String::new();
        entry
    }

    /// `base` with the entered values (texts trimmed), checked as an
    /// entered profile ([`Notice::validate_entry`]).
    ///
    /// # Errors
    ///
    /// [`EntryError`] for the first field, in the editor's order, that is
    /// wrong, then for the notice as a whole.
    pub fn apply(&self, base: &Notice) -> Result<Notice, EntryError> {
        let mut parsed = Vec::with_capacity(self.dates.len());
        for (text, (_, label)) in self.dates.iter().zip(Self::DATES) {
            parsed.push(dates::parse_date(text).map_err(|e| EntryError::Date(label, e))?);
        }
        let [title, place, contact, phone, fax, days] =
            self.texts.clone().map(|t| t.trim().to_string());
        let publicity_working_days = crate::domain::parse::parse_days(&days)
            .map_err(|_| EntryError::PublicityDays(days.clone()))?;
        let tel =
            tel_uri(&phone).ok_or_else(|| EntryError::Notice(NoticeError::Phone(phone.clone())))?;
        let mut edited = base.clone();
        edited.title = title;
        edited.issued = parsed[0];
        edited.achievements_cutoff = parsed[1];
        edited.seniority_cutoff = parsed[2];
        edited.provincial_window = Window {
            first: parsed[3],
            last: parsed[4],
        };
        edited.city_window = Window {
            first: parsed[5],
            last: parsed[6],
        };
        edited.place = place;
        edited.contact = Contact {
            name: contact,
            phone,
            tel,
            fax,
        };
        edited.publicity_working_days = publicity_working_days;
        let year = edited.year;
        edited.committee_meeting = self.timings[0].parse(Self::TIMINGS[0].1, year)?;
        edited.defense = self.timings[1].parse(Self::TIMINGS[1].1, year)?;
        edited.validate_entry().map_err(EntryError::Notice)?;
        Ok(edited)
    }
}

/// What to check in an entered profile before relying on it: each window
/// day that is not a working day.
pub fn profile_warnings(notice: &Notice, cal: &Calendar) -> Vec<ProfileWarning> {
    [
        ("省直单位报卷开始日", notice.provincial_window.first),
        ("省直单位报卷结束日", notice.provincial_window.last),
        ("市局/主管部门报卷开始日", notice.city_window.first),
        ("市局/主管部门报卷结束日", notice.city_window.last),
    ]
    .into_iter()
    .filter_map(|(what, date)| {
        let day = cal.day(date);
        (!day.is_working()).then_some(ProfileWarning::NotWorkingDay {
            what,
            date,
            estimated: day.estimated,
        })
    })
    .collect()
}

/// The longest stretch searched for a working day (a user schedule could
/// declare weeks off).
const MAX_SEARCH_DAYS: u64 = 60;

/// The same month and day in `year` (Feb 29 becomes Feb 28).
fn same_day_in(year: i32, date: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, date.month(), date.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, date.month(), 28))
        .unwrap_or(date)
}

/// The first working day on or after `date`, within [`MAX_SEARCH_DAYS`].
fn first_working_on_or_after(cal: &Calendar, date: NaiveDate) -> Option<NaiveDate> {
    date.iter_days()
        .take(MAX_SEARCH_DAYS as usize)
        .find(|d| cal.is_working_day(*d))
}

/// A window of `working_days` working days starting on the first working
/// day on or after `from`.
fn window_of(cal: &Calendar, from: NaiveDate, working_days: usize) -> Window {
    let Some(first) = first_working_on_or_after(cal, from) else {
        return Window {
            first: from,
            last: from,
        };
    };
    let last = first
        .iter_days()
        .take(MAX_SEARCH_DAYS as usize)
        .filter(|d| cal.is_working_day(*d))
        .nth(working_days.saturating_sub(1))
        .unwrap_or(first);
    Window { first, last }
}

/// Working days in `window`, both ends included (at least 1).
fn working_days_in(cal: &Calendar, window: Window) -> usize {
    window
        .first
        .iter_days()
        .take_while(|d| *d <= window.last)
        .filter(|d| cal.is_working_day(*d))
        .count()
        .max(1)
}

/// The round of `year` projected from the `basis` notice.
///
/// - The cutoffs keep their calendar dates (the notice words them as dates:
///   7月31日, 12月31日), moved to `year` (「五、相关政策规定」3).
/// - Each submission window keeps its length in working days and starts on
///   the first working day on or after the same month and day
///   (「七、时间安排及报卷地点」).
/// - The committee meeting and defense keep their wording (9月中旬,
///   另行通知), in `year`.
/// - Place, contact and the publicity's working days are carried over.
///
/// The result is never official; its title says it is not published.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::calendar::Calendar;
/// use pingshen::domain::rounds::project;
/// use pingshen::domain::notice::Notice;
/// let p = project(&Notice::official_2024(), 2027, &Calendar::official());
/// let d = |m, day| NaiveDate::from_ymd_opt(2027, m, day).unwrap();
/// // 2027-08-07 is a Saturday: the three-day city window is Mon 08-09 to Wed 08-11.
/// assert_eq!((p.city_window.first, p.city_window.last), (d(8, 9), d(8, 11)));
/// assert_eq!(p.seniority_cutoff, d(12, 31));
/// assert!(!p.official);
/// ```
pub fn project(basis: &Notice, year: i32, cal: &Calendar) -> Notice {
    let shift = |d: NaiveDate| same_day_in(year, d);
    let window = |w: Window| window_of(cal, shift(w.first), working_days_in(cal, w));
    let timing = |t: &Timing| match *t {
        Timing::Exact { date } => Timing::Exact { date: shift(date) },
        Timing::Period { month, part, .. } => Timing::Period { year, month, part },
        Timing::Later => Timing::Later,
    };
    Notice {
        year,
        official: false,
        title: format!(
            "{year}年评审安排通知（尚未发布，按{}年通知推算）",
            basis.year
        ),
        issued: shift(basis.issued),
        achievements_cutoff: shift(basis.achievements_cutoff),
        seniority_cutoff: shift(basis.seniority_cutoff),
        publicity_working_days: basis.publicity_working_days,
        provincial_window: window(basis.provincial_window),
        city_window: window(basis.city_window),
        place: basis.place.clone(),
        contact: basis.contact.clone(),
        committee_meeting: timing(&basis.committee_meeting),
        defense: timing(&basis.defense),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::test_dates::d;

    fn official() -> Rounds<'static> {
        Rounds::new(Notice::official_notices(), &[])
    }

    /// The round in force, 2024–2028. Window closes worked out by hand from a
    /// printed calendar: 2025-08-07 is a Thursday (city window 08-07, 08-08,
    /// 08-11); 2026-08-07 a Friday (08-07, 08-10, 08-11); 2027-08-07 a
    /// Saturday (08-09..11); 2028-08-07 a Monday (08-07..09). No official
    /// holiday falls in August of 2025 or 2026.
    #[test]
    fn in_force_table() {
        use RoundKind::{Official, Projected};
        let table = [
            (d(2024, 1, 1), 2024, Official),
            (d(2024, 5, 28), 2024, Official),
            (d(2024, 7, 20), 2024, Official),
            (d(2024, 8, 2), 2024, Official),
            (d(2024, 8, 9), 2024, Official),
            (d(2024, 8, 10), 2025, Projected),
            (d(2024, 8, 20), 2025, Projected),
            (d(2024, 12, 31), 2025, Projected),
            (d(2025, 1, 1), 2025, Projected),
            (d(2025, 8, 11), 2025, Projected),
            (d(2025, 8, 12), 2026, Projected),
            (d(2026, 8, 11), 2026, Projected),
            (d(2026, 8, 12), 2027, Projected),
            (d(2026, 12, 1), 2027, Projected),
            (d(2027, 8, 11), 2027, Projected),
            (d(2027, 8, 12), 2028, Projected),
            (d(2028, 8, 9), 2028, Projected),
            (d(2028, 8, 10), 2029, Projected),
        ];
        let cal = Calendar::official();
        for (today, year, kind) in table {
            let round = official().in_force(today, &cal);
            assert_eq!((round.year(), round.kind), (year, kind), "{today}");
        }
    }

    #[test]
    fn projected_windows_2025_to_2028() {
        let cal = Calendar::official();
        // (year, provincial first, last, city first, last), by hand.
        let table = [
            (
                2025,
                d(2025, 8, 1),
                d(2025, 8, 4),
                d(2025, 8, 7),
                d(2025, 8, 11),
            ),
            (
                2026,
                d(2026, 8, 3),
                d(2026, 8, 4),
                d(2026, 8, 7),
                d(2026, 8, 11),
            ),
            (
                2027,
                d(2027, 8, 2),
                d(2027, 8, 3),
                d(2027, 8, 9),
                d(2027, 8, 11),
            ),
            (
                2028,
                d(2028, 8, 1),
                d(2028, 8, 2),
                d(2028, 8, 7),
                d(2028, 8, 9),
            ),
        ];
        for (year, pf, pl, cf, cl) in table {
            let n = official().for_year(year, &cal).notice;
            assert_eq!(
                (
                    n.provincial_window.first,
                    n.provincial_window.last,
                    n.city_window.first,
                    n.city_window.last
                ),
                (pf, pl, cf, cl),
                "{year}"
            );
        }
    }

    #[test]
    fn a_projection_keeps_dates_and_wording_and_carries_the_rest_over() {
        let cal = Calendar::official();
        let round = official().for_year(2027, &cal);
        let n = &round.notice;
        assert_eq!(round.basis_year, Some(2024));
        assert!(round.is_estimated());
        assert!(!n.official);
        assert_eq!(n.achievements_cutoff, d(2027, 7, 31)); // a Saturday: calendar date kept
        assert_eq!(n.seniority_cutoff, d(2027, 12, 31));
        assert_eq!(n.issued, d(2027, 5, 29));
        assert_eq!(
            n.committee_meeting,
            Timing::Period {
                year: 2027,
                month: 9,
                part: MonthPart::Mid
            }
        );
        assert_eq!(n.defense, Timing::Later);
        assert_eq!(n.place, "省市场监管局1009房间");
        assert_eq!(n.contact.tel, "tel:+862496315,1,5113");
        assert_eq!(n.publicity_working_days, 5);
        assert!(n.title.contains("尚未发布"));
        assert!(round.carried_over().unwrap().contains("沿用 2024 年通知"));
        assert!(n.validate().is_ok());
    }

    #[test]
    fn windows_step_over_holidays_in_the_target_year() {
        // A user holiday schedule that takes 2027-08-02 off moves the
        // provincial window to 08-03..04.
        use crate::domain::calendar::{SpecialDay, YearSchedule};
        let schedule = YearSchedule::user(
            2027,
            crate::domain::calendar::UserOrigin::SingleDays,
            [(
                d(2027, 8, 2),
                SpecialDay {
                    name: "测试".into(),
                    off: true,
                },
            )],
        )
        .unwrap();
        let cal = Calendar::with_user_years([schedule]);
        let n = official().for_year(2027, &cal).notice;
        assert_eq!(n.provincial_window.first, d(2027, 8, 3));
        assert_eq!(n.provincial_window.last, d(2027, 8, 4));
    }

    #[test]
    fn a_user_profile_replaces_the_projection_but_never_an_official_notice() {
        let cal = Calendar::official();
        let mut profile = crate::domain::rounds::project(
            &Notice::official_2024(),
            2027,
            &crate::domain::calendar::Calendar::official(),
        );
        profile.city_window = Window {
            first: d(2027, 8, 16),
            last: d(2027, 8, 18),
        };
        let fake_2024 = crate::domain::rounds::project(
            &Notice::official_2024(),
            2024,
            &crate::domain::calendar::Calendar::official(),
        );
        let user = [profile, fake_2024];
        let rounds = Rounds::new(Notice::official_notices(), &user);
        let r2027 = rounds.for_year(2027, &cal);
        assert_eq!(r2027.kind, RoundKind::User);
        assert_eq!(r2027.notice.city_window.first, d(2027, 8, 16));
        assert!(r2027.reason().unwrap().contains("非官方"));
        // Its own windows decide when it stops being in force.
        assert_eq!(rounds.in_force(d(2027, 8, 18), &cal).year(), 2027);
        assert_eq!(rounds.in_force(d(2027, 8, 19), &cal).year(), 2028);
        assert_eq!(rounds.for_year(2024, &cal).kind, RoundKind::Official);
    }

    #[test]
    fn choices_list_known_rounds_and_the_next_projection() {
        let cal = Calendar::official();
        let years = |today| {
            official()
                .choices(today, &cal)
                .iter()
                .map(|r| (r.year(), r.kind))
                .collect::<Vec<_>>()
        };
        use RoundKind::{Official, Projected};
        assert_eq!(years(d(2024, 7, 20)), [(2024, Official), (2025, Projected)]);
        assert_eq!(years(d(2026, 12, 1)), [(2024, Official), (2027, Projected)]);
        assert_eq!(official().for_year(2024, &cal).kind, Official);
        assert_eq!(official().in_force(d(2026, 12, 1), &cal).year(), 2027);
    }

    #[test]
    fn new_profiles_start_from_the_projection_and_never_replace_an_official_year() {
        let cal = Calendar::official();
        let existing = [crate::domain::rounds::project(
            &Notice::official_2024(),
            2025,
            &crate::domain::calendar::Calendar::official(),
        )];
        let rounds = Rounds::new(Notice::official_notices(), &existing);
        let p = rounds.new_profile(" 2027 ", &cal).unwrap();
        assert_eq!(
            (p.city_window.first, p.city_window.last),
            (d(2027, 8, 9), d(2027, 8, 11))
        );
        // The title must not pass for the real notice's (the 2024 one is
        // 关于做好2024年全省质量技术监督系列…的通知).
        assert_eq!(p.title, "（自行填写）2027年评审安排");
        assert!(!p.official);
        assert!(p.validate_entry().is_ok());
        // No issue date is invented: the projection's 2027-05-29 is a
        // Saturday. The draft leaves it for the user, and will not save
        // without it.
        let draft = ProfileEntry::draft(&p);
        assert_eq!(draft.dates[0], "");
        let err = draft.apply(&p).unwrap_err().to_string();
        assert!(err.contains("通知发布日"), "{err}");
        let mut typed = draft.clone();
        typed.dates[0] = "2027-05-28".into();
        assert_eq!(typed.apply(&p).unwrap().issued, d(2027, 5, 28));
        for (text, expected) in [
            ("2024", "已内置"),
            ("2025", "已经存在"),
            ("abc", "无效"),
            ("1900", "无效"),
            ("2024x", "无效"),
        ] {
            let error = rounds.new_profile(text, &cal).unwrap_err().to_string();
            assert!(error.contains(expected), "{text}: {error}");
        }
    }

    /// A closed round's note. The 2025 round is projected from 2024: its
    /// city window starts on the first working day on or after Thu
    /// 2025-08-07 and keeps 3 working days: Thu 08-07, Fri 08-08, Mon
    /// 08-11 (the 2025 holiday data has no day off in August). The 2024
    /// notice's city window ends Fri 2024-08-09.
    #[test]
    fn a_projection_moves_february_29_to_february_28() {
        // 2025 has no February 29: the same month's 28th stands in.
        let mut leap = Notice::official_2024();
        leap.issued = d(2024, 2, 29);
        let projected = project(&leap, 2025, &Calendar::official());
        assert_eq!(projected.issued, d(2025, 2, 28));
    }

    #[test]
    fn a_projected_close_is_said_to_be_projected() {
        let cal = Calendar::official();
        let profiles = [crate::domain::rounds::project(
            &Notice::official_2024(),
            2026,
            &crate::domain::calendar::Calendar::official(),
        )];
        let rounds = Rounds::new(Notice::official_notices(), &profiles);
        let today = d(2026, 12, 1);
        // (year, text present, text absent)
        let table = [
            (
                2025,
                "2025 年度的报卷预计已于 2025年8月11日（周一） 结束",
                "报卷已于",
            ),
            (2025, "「粘贴评审安排通知」", "报卷已于"),
            (
                2024,
                "2024 年度的报卷已于 2024年8月9日（周五） 结束",
                "预计",
            ),
            // The user's 2026 round starts from the projection: 2026-08-07
            // is a Friday, so the three-day city window is Fri 08-07,
            // Mon 08-10 and Tue 08-11 (no holiday in August).
            (
                2026,
                "2026 年度的报卷已于 2026年8月11日（周二） 结束",
                "预计",
            ),
        ];
        for (year, present, absent) in table {
            let text = rounds
                .for_year(year, &cal)
                .over_text(today, "2027 年度")
                .unwrap();
            assert!(text.contains(present), "{year}: {text}");
            assert!(!text.contains(absent), "{year}: {text}");
        }
        assert_eq!(rounds.for_year(2027, &cal).over_text(today, "x"), None);
    }

    #[test]
    fn window_days_off_are_warned_about() {
        let cal = Calendar::official();
        let mut n = official().for_year(2026, &cal).notice;
        assert!(profile_warnings(&n, &cal).is_empty());
        n.provincial_window.first = d(2026, 8, 1); // a Saturday
        n.city_window.last = d(2026, 10, 1); // 国庆节
        let warnings = profile_warnings(&n, &cal);
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0]
            .to_string()
            .contains("2026年8月1日（周六） 不是工作日"));
        assert!(!warnings[1].to_string().contains("尚未收录"));
        let mut n = official().for_year(2027, &cal).notice;
        n.city_window.first = d(2027, 8, 8); // a Sunday, no 2027 schedule
        assert!(profile_warnings(&n, &cal)[0]
            .to_string()
            .contains("尚未收录"));
    }

    /// Every day of 2024–2028: the round in force is the day's own year up
    /// to the close of that year's last window, the next year's from the day
    /// after. The switch days are written out by hand, not taken from the
    /// code:
    /// - 2024: the notice's last window is the cities' 8月7至9日
    ///   (「七、时间安排及报卷地点」): 2024-08-09 is still 2024, 2024-08-10 is 2025.
    /// - 2025 (projected): the city window keeps 3 working days from the
    ///   same day, Thu 2025-08-07: 08-07, 08-08, Mon 08-11 (2025.json lists
    ///   nothing in August) → switch on 2025-08-12.
    /// - 2026 (projected): Fri 2026-08-07, Mon 08-10, Tue 08-11 (2026.json:
    ///   nothing in August) → switch on 2026-08-12.
    /// - 2027 (projected, no official data): 2027-08-07 is a Saturday, so
    ///   Mon 08-09 to Wed 08-11 → switch on 2027-08-12.
    /// - 2028 (projected, no official data): 2028-08-07 is a Monday, so
    ///   08-07 to Wed 08-09 → switch on 2028-08-10.
    #[test]
    fn in_force_switches_on_the_day_after_each_last_window() {
        let switch_days = [
            (2024, d(2024, 8, 10)),
            (2025, d(2025, 8, 12)),
            (2026, d(2026, 8, 12)),
            (2027, d(2027, 8, 12)),
            (2028, d(2028, 8, 10)),
        ];
        let cal = Calendar::official();
        let rounds = official();
        let mut switches = Vec::new();
        let mut previous = rounds.in_force(d(2024, 1, 1), &cal).year();
        assert_eq!(previous, 2024, "2024-01-01 is in the 2024 round");
        for today in d(2024, 1, 1)
            .iter_days()
            .take_while(|t| *t <= d(2028, 12, 31))
        {
            let (_, switch) = switch_days
                .iter()
                .find(|(year, _)| *year == today.year())
                .copied()
                .unwrap();
            let expected = if today < switch {
                today.year()
            } else {
                today.year() + 1
            };
            let round = rounds.in_force(today, &cal);
            assert_eq!(round.year(), expected, "{today}");
            assert!(!round.is_over(today), "{today}");
            if round.year() != previous {
                switches.push(today);
            }
            previous = round.year();
        }
        // One switch a year, on exactly those days (no switch on 1 January:
        // the next year's round is already in force since August).
        assert_eq!(
            switches,
            switch_days.iter().map(|(_, day)| *day).collect::<Vec<_>>()
        );
    }

    #[test]
    fn saving_a_profile_never_overwrites_an_official_year() {
        let profiles = [crate::domain::rounds::project(
            &Notice::official_2024(),
            2026,
            &crate::domain::calendar::Calendar::official(),
        )];
        let rounds = Rounds::new(Notice::official_notices(), &profiles);
        let table = [
            (2024, Err(ProfileError::Overwrite(2024))),
            (2025, Ok(false)),
            (2026, Ok(true)),
        ];
        for (year, expected) in table {
            assert_eq!(rounds.check_save(year), expected, "{year}");
            assert_eq!(rounds.is_official(year), year == 2024);
        }
        assert_eq!(
            ProfileError::Overwrite(2024).to_string(),
            "2024 年度已有正式通知，不能覆盖"
        );
        let cal = Calendar::official();
        let user_years: Vec<Option<i32>> = [2024, 2026, 2027]
            .map(|y| rounds.for_year(y, &cal).user_year())
            .to_vec();
        assert_eq!(user_years, [None, Some(2026), None]);
    }

    #[test]
    fn timing_entries_table() {
        let entry = |kind, month: &str, part, date: &str| TimingEntry {
            kind,
            month: month.into(),
            part,
            date: date.into(),
        };
        let table = [
            (
                entry(TimingKind::Later, "x", MonthPart::Mid, "x"),
                Ok(Timing::Later),
            ),
            (
                entry(TimingKind::Exact, "x", MonthPart::Mid, " 2027-09-18 "),
                Ok(Timing::Exact {
                    date: d(2027, 9, 18),
                }),
            ),
            (
                entry(TimingKind::Period, " 10 ", MonthPart::Late, "x"),
                Ok(Timing::Period {
                    year: 2027,
                    month: 10,
                    part: MonthPart::Late,
                }),
            ),
            (
                entry(TimingKind::Exact, "9", MonthPart::Mid, "2027-02-30"),
                Err("答辩：“2027-02-30”不是有效日期，请按 年-月-日 填写，例如 2024-07-24"),
            ),
            (
                entry(TimingKind::Period, "13", MonthPart::Mid, ""),
                Err("答辩：月份须为 1–12"),
            ),
            (
                entry(TimingKind::Period, "", MonthPart::Mid, ""),
                Err("答辩：月份须为 1–12"),
            ),
        ];
        for (e, expected) in table {
            let got = e.parse("答辩", 2027).map_err(|e| e.to_string());
            assert_eq!(got, expected.map_err(String::from), "{e:?}");
            if let Ok(timing) = got {
                // Shown again, it reads back the same.
                assert_eq!(
                    TimingEntry::of(&timing, 2027).parse("答辩", 2027),
                    Ok(timing)
                );
            }
        }
        let codes: Vec<TimingKind> = ["period", "exact", "later", "?"]
            .map(TimingKind::of_code)
            .to_vec();
        assert_eq!(
            codes,
            [
                TimingKind::Period,
                TimingKind::Exact,
                TimingKind::Later,
                TimingKind::Period
            ]
        );
        assert_eq!(month_part("late"), MonthPart::Late);
        assert_eq!(month_part("?"), MonthPart::Mid);
    }

    #[test]
    fn profile_entries_table() {
        let cal = Calendar::official();
        let base = Rounds::new(Notice::official_notices(), &[])
            .new_profile("2027", &cal)
            .unwrap();
        assert_eq!(ProfileEntry::of(&base).apply(&base), Ok(base.clone()));
        let edit = |f: fn(&mut ProfileEntry)| {
            let mut e = ProfileEntry::of(&base);
            f(&mut e);
            e.apply(&base).map_err(|e| e.to_string())
        };
        type Edit = fn(&mut ProfileEntry);
        let bad: [(Edit, &str); 6] = [
            (
                |e| e.dates[4] = "明天".into(),
                "省直单位报卷结束：“明天”不是有效日期",
            ),
            (
                |e| e.texts[5] = "31".into(),
                "公示工作日数“31”须为 1–30 的整数",
            ),
            (|e| e.texts[3] = "电话".into(), "电话"),
            (
                |e| e.timings[0].month = "0".into(),
                "评审委员会例会：月份须为 1–12",
            ),
            (|e| e.texts[0] = "  ".into(), "通知标题"),
            // The first wrong field, in the editor's order, is named.
            (
                |e| {
                    e.dates[0] = "x".into();
                    e.texts[5] = "0".into()
                },
                "通知发布日：“x”",
            ),
        ];
        for (f, message) in bad {
            let err = edit(f).unwrap_err();
            assert!(err.contains(message), "{err}");
        }
        let ok = edit(|e| {
            e.texts[1] = " 沈阳市 ".into();
            e.texts[5] = "7".into();
            e.timings[0].kind = TimingKind::Later;
        })
        .unwrap();
        assert_eq!(ok.place, "沈阳市");
        assert_eq!(ok.publicity_working_days, 7);
        assert_eq!(ok.committee_meeting, Timing::Later);
        assert_eq!(ok.year, 2027);
    }
}
