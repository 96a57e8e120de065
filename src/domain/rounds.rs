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

use chrono::{Datelike, Days, NaiveDate};

use crate::domain::calendar::Calendar;
use crate::domain::dates;
use crate::domain::notice::{Notice, Timing, Window};

/// How a round's notice is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RoundKind {
    /// The year's notice, shipped with the app.
    Official,
    /// Entered by the user from the year's notice; not checked by anyone.
    User,
    /// No notice known: projected from the latest official notice.
    Projected,
}

impl RoundKind {
    /// `official`, `user`, `projected` (the page's `data-kind`).
    pub fn code(self) -> &'static str {
        match self {
            RoundKind::Official => "official",
            RoundKind::User => "user",
            RoundKind::Projected => "projected",
        }
    }

    /// `官方`, `自行填写`, `预计`.
    pub fn label(self) -> &'static str {
        match self {
            RoundKind::Official => "官方",
            RoundKind::User => "自行填写",
            RoundKind::Projected => "预计",
        }
    }
}

/// One year's round: its notice and how that notice is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Round {
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

    /// The close of the round's last submission window.
    pub fn last_window_close(&self) -> NaiveDate {
        self.notice
            .provincial_window
            .last
            .max(self.notice.city_window.last)
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

    /// The round a page answers for: the one picked (`round=YYYY`), else
    /// the one in force on `today`.
    pub fn shown(&self, picked: Option<i32>, today: NaiveDate, cal: &Calendar) -> Round {
        match picked {
            Some(year) => self.for_year(year, cal),
            None => self.in_force(today, cal),
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
        years.sort_unstable();
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
        what: &'static str,
        date: NaiveDate,
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
    /// month and day) and the basis notice's title for that year, for the
    /// user to correct from the published notice.
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
        let year = crate::domain::request::parse_round(year_text)
            .map_err(|_| ProfileError::Year(year_text.to_string()))?;
        if self.official.iter().any(|n| n.year == year) {
            return Err(ProfileError::Official(year));
        }
        if self.user.iter().any(|n| n.year == year) {
            return Err(ProfileError::Exists(year));
        }
        let round = self.for_year(year, cal);
        let mut profile = round.notice;
        if let Some(basis) = self
            .official
            .iter()
            .find(|n| Some(n.year) == round.basis_year)
        {
            profile.title = basis
                .title
                .replace(&basis.year.to_string(), &year.to_string());
        }
        Ok(profile)
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

/// The day after `date` (saturating at the end of time).
pub fn next_day(date: NaiveDate) -> NaiveDate {
    date.checked_add_days(Days::new(1)).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::notice::MonthPart;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

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
        let mut profile = Notice::official_2024().copy_for_year(2027);
        profile.city_window = Window {
            first: d(2027, 8, 16),
            last: d(2027, 8, 18),
        };
        let fake_2024 = Notice::official_2024().copy_for_year(2024);
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
        assert_eq!(
            official().shown(Some(2024), d(2026, 12, 1), &cal).kind,
            Official
        );
        assert_eq!(official().shown(None, d(2026, 12, 1), &cal).year(), 2027);
    }

    #[test]
    fn new_profiles_start_from_the_projection_and_never_replace_an_official_year() {
        let cal = Calendar::official();
        let existing = [Notice::official_2024().copy_for_year(2025)];
        let rounds = Rounds::new(Notice::official_notices(), &existing);
        let p = rounds.new_profile(" 2027 ", &cal).unwrap();
        assert_eq!(
            (p.city_window.first, p.city_window.last),
            (d(2027, 8, 9), d(2027, 8, 11))
        );
        assert_eq!(
            p.title,
            "关于做好2027年全省质量技术监督系列专业技术任职资格评审安排的通知"
        );
        assert!(!p.official);
        assert!(p.validate_entry().is_ok());
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

    /// Invariants over every day of 2024–2028: the round in force never
    /// lies in the past, its last window has not closed, and it changes
    /// only on the day after a close.
    #[test]
    fn in_force_invariants_over_five_years() {
        let cal = Calendar::official();
        let rounds = official();
        let mut previous = rounds.in_force(d(2023, 12, 31), &cal);
        for today in d(2024, 1, 1)
            .iter_days()
            .take_while(|t| *t <= d(2028, 12, 31))
        {
            let round = rounds.in_force(today, &cal);
            assert!(round.year() == today.year() || round.year() == today.year() + 1);
            assert!(!round.is_over(today), "{today}");
            if round.year() != previous.year() {
                assert_eq!(round.year(), previous.year() + 1, "{today}");
                assert_eq!(today, next_day(previous.last_window_close()), "{today}");
            }
            previous = round;
        }
    }
}
