//! The working-day calendar of mainland China.
//!
//! A **working day** is a Monday–Friday that is not an official day off, or a
//! Saturday/Sunday that the State Council made a make-up working day (调休上班).
//! The official schedule for each year comes from the State Council General
//! Office's notice on public holidays, embedded here as data (`data/holiday-cn/`,
//! one JSON file a year in the holiday-cn format, with the notice's address).
//!
//! A year without an official schedule is never silently treated as plain
//! Monday–Friday: every answer for such a year is flagged
//! [`DayInfo::estimated`], and every result built from it carries the year in
//! its `estimated_years`.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use pingshen::domain::calendar::Calendar;
//!
//! let cal = Calendar::official();
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! assert!(!cal.is_working_day(d(2024, 10, 1)));  // 国庆节
//! assert!(cal.is_working_day(d(2024, 9, 29)));   // Sunday, 调休上班
//! assert!(cal.day(d(2024, 9, 29)).is_official());
//! assert!(cal.day(d(2030, 3, 4)).estimated);      // no official data for 2030
//! ```

use std::collections::BTreeMap;
use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Deserialize;

/// One year of the official schedules shipped with the app, as `build.rs`
/// writes it from its holiday-cn file (`data/holiday-cn/YYYY.json`): the
/// notice's addresses and each named day as (year, month, day, holiday's
/// index in `HOLIDAYS`, day off?). A file may name a day of a neighbouring
/// year.
struct OfficialYear {
    year: i32,
    papers: &'static [&'static str],
    days: &'static [(u16, u8, u8, u8, bool)],
}

// `HOLIDAYS: &[&str]` (each holiday's name once) and `OFFICIAL_YEARS:
// &[OfficialYear]`, one per file, ascending: tables built at compile time,
// so nothing is parsed at startup.
include!(concat!(env!("OUT_DIR"), "/holidays.rs"));

/// Where a year's schedule came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// Shipped with the app, transcribed from the State Council's notice
    /// (the addresses of the notice).
    Official {
        /// The addresses of the State Council's notice (gov.cn).
        papers: Vec<String>,
    },
    /// Entered or imported by the user; not checked against any notice.
    User(UserOrigin),
}

crate::labelled_enum! {
    /// How the user gave a year's holiday schedule. A whole year (a file, a
    /// pasted State Council notice) replaces the estimate; single days do not:
    /// the rest of that year is still counted Monday–Friday.
    /// Stored as its [`code`](Self::code); the label is what a result resting
    /// on it is labelled with.
    pub serde enum UserOrigin {
        /// A holiday-cn file, taken as the whole year.
        File = "file" => "导入的节假日文件（非官方）",
        /// The State Council notice, pasted and read by the app.
        PastedNotice = "pasted-notice" => "据粘贴的国务院通知（非官方）",
        /// Single days added by hand: not a whole year.
        SingleDays = "days" => "自行添加的单日（非官方，不完整：其余日子按周一至周五估算）",
    }
}

impl UserOrigin {
    /// Whether the schedule stands for the whole year.
    pub fn is_complete(self) -> bool {
        self != UserOrigin::SingleDays
    }
}

/// What a year's working days rest on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coverage {
    /// The schedule shipped with the app.
    Official,
    /// The user's schedule, of this origin.
    User(UserOrigin),
    /// Nothing: Monday–Friday, estimated.
    None,
}

/// A day the schedule names: an official day off or a make-up working day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecialDay {
    /// The holiday it belongs to, e.g. `春节`.
    pub name: String,
    /// `true`: a day off (放假); `false`: a weekend day worked (调休上班).
    pub off: bool,
}

/// What kind of day a date is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DayKind {
    /// An ordinary Monday–Friday.
    Weekday,
    /// An ordinary Saturday or Sunday.
    Weekend,
    /// An official day off (it may fall on a weekend inside a holiday).
    DayOff {
        /// The holiday's name, e.g. `春节`.
        holiday: String,
    },
    /// A Saturday or Sunday made a working day (调休上班).
    MakeUpWorkday {
        /// The holiday it makes up for, e.g. `春节`.
        holiday: String,
    },
}

/// The answer for one date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayInfo {
    /// The date asked about.
    pub date: NaiveDate,
    /// What kind of day it is.
    pub kind: DayKind,
    /// The date's year has no schedule: `kind` assumes plain Monday–Friday.
    pub estimated: bool,
}

impl DayInfo {
    /// Whether people work on this day.
    pub fn is_working(&self) -> bool {
        matches!(self.kind, DayKind::Weekday | DayKind::MakeUpWorkday { .. })
    }

    /// Whether the answer rests on a published schedule.
    pub fn is_official(&self) -> bool {
        !self.estimated
    }
}

/// A problem with a holiday schedule file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScheduleError {
    /// Not valid JSON in the holiday-cn format.
    Format(String),
    /// The `year` field is missing or absurd.
    Year(i64),
    /// A `date` is not a real calendar date.
    Date(String),
    /// A make-up working day that is not a Saturday or Sunday.
    MakeUpOnWeekday(NaiveDate),
    /// The same date listed twice with different meanings.
    Conflict(NaiveDate),
}

impl fmt::Display for ScheduleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Format(e) => write!(f, "节假日文件格式不对（应为 holiday-cn 格式的 JSON）：{e}"),
            Self::Year(y) => write!(f, "节假日文件的年份 {y} 不在 2000–2099 之间"),
            Self::Date(s) => write!(f, "节假日文件中的日期“{s}”不是有效日期（应为 YYYY-MM-DD）"),
            Self::MakeUpOnWeekday(d) => {
                write!(
                    f,
                    "{d} 是工作日，不能标为调休上班（调休上班只会落在周六或周日）"
                )
            }
            Self::Conflict(d) => write!(f, "节假日文件中 {d} 出现两次且含义不同"),
        }
    }
}

impl std::error::Error for ScheduleError {}

/// One day of a holiday-cn file (the date is checked by hand, to name it
/// in the error).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct FileDay {
    name: String,
    date: String,
    is_off_day: bool,
}

/// A holiday-cn file: `{year, papers?, days}`.
#[derive(Deserialize)]
struct File {
    year: i64,
    #[serde(default)]
    papers: Vec<String>,
    days: Vec<FileDay>,
}

/// One year's published schedule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearSchedule {
    /// The year the schedule is for.
    pub year: i32,
    /// Official, or the user's (and how given).
    pub source: Source,
    /// Days named by the file. A file may name a day of a neighbouring year
    /// (2023's lists 2022-12-31): it is filed under its own date.
    pub days: BTreeMap<NaiveDate, SpecialDay>,
}

impl YearSchedule {
    /// Parses one year in the holiday-cn JSON format (`year`, `papers`,
    /// `days[] {name, date, isOffDay}`).
    ///
    /// # Errors
    ///
    /// A [`ScheduleError`] naming the first problem; nothing is partly read.
    pub fn parse_holiday_cn(json: &str, source: Source) -> Result<Self, ScheduleError> {
        let file: File = serde_json::from_slice(json.as_bytes())
            .map_err(|e| ScheduleError::Format(e.to_string()))?;
        if !(2000..=2099).contains(&file.year) {
            return Err(ScheduleError::Year(file.year));
        }
        let source = match source {
            Source::Official { .. } => Source::Official {
                papers: file.papers,
            },
            other => other,
        };
        let mut days = BTreeMap::new();
        for day in file.days {
            let date = crate::domain::dates::parse_ymd(&day.date)
                .ok_or_else(|| ScheduleError::Date(day.date.clone()))?;
            if !day.is_off_day && !is_weekend(date) {
                return Err(ScheduleError::MakeUpOnWeekday(date));
            }
            let special = SpecialDay {
                name: day.name,
                off: day.is_off_day,
            };
            if let Some(previous) = days.insert(date, special.clone()) {
                if previous.off != special.off {
                    return Err(ScheduleError::Conflict(date));
                }
            }
        }
        Ok(Self {
            year: file.year as i32,
            source,
            days,
        })
    }
}

impl YearSchedule {
    /// A user-supplied schedule for `year` of these days, given as `origin`.
    ///
    /// # Errors
    ///
    /// As [`YearSchedule::parse_holiday_cn`]: an absurd year, a make-up day on
    /// a weekday, or one date listed twice with different meanings.
    pub fn user(
        year: i32,
        origin: UserOrigin,
        days: impl IntoIterator<Item = (NaiveDate, SpecialDay)>,
    ) -> Result<Self, ScheduleError> {
        if !(2000..=2099).contains(&year) {
            return Err(ScheduleError::Year(year.into()));
        }
        let mut map = BTreeMap::new();
        for (date, day) in days {
            if !day.off && !is_weekend(date) {
                return Err(ScheduleError::MakeUpOnWeekday(date));
            }
            if let Some(previous) = map.insert(date, day.clone()) {
                if previous.off != day.off {
                    return Err(ScheduleError::Conflict(date));
                }
            }
        }
        Ok(Self {
            year,
            source: Source::User(origin),
            days: map,
        })
    }
}

impl YearSchedule {
    /// This schedule without the days that fall in a year with official
    /// data in `official`, and those days (ascending). A holiday-cn file
    /// lists days of the neighbouring years; a user's file must never change
    /// a year that has an official schedule.
    ///
    /// # Example
    ///
    /// ```
    /// use pingshen::domain::calendar::{Calendar, Source, UserOrigin, YearSchedule};
    /// let json = r#"{"year":2027,"days":[
    ///     {"name":"元旦","date":"2026-12-31","isOffDay":true},
    ///     {"name":"元旦","date":"2027-01-01","isOffDay":true}]}"#;
    /// let file = YearSchedule::parse_holiday_cn(json, Source::User(UserOrigin::File)).unwrap();
    /// let (kept, dropped) = file.without_official_days(&Calendar::official());
    /// assert_eq!(kept.days.len(), 1);
    /// assert_eq!(dropped[0].to_string(), "2026-12-31");
    /// ```
    pub fn without_official_days(&self, official: &Calendar) -> (Self, Vec<NaiveDate>) {
        let mut kept = self.clone();
        let mut dropped = Vec::new();
        kept.days.retain(|date, _| {
            let keep = !official.is_official(date.year());
            if !keep {
                dropped.push(*date);
            }
            keep
        });
        (kept, dropped)
    }
}

/// What an import says about the days it left out
/// ([`YearSchedule::without_official_days`]), e.g.
/// `；文件中 2026 年的 1 天（12月31日）已忽略：该年已有官方节假日数据，以官方为准`;
/// empty when none were.
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::calendar::ignored_official_days;
/// let d = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
/// assert_eq!(ignored_official_days(&[d]), "；文件中 2026 年的 1 天（12月31日）已忽略：该年已有官方节假日数据，以官方为准");
/// assert_eq!(ignored_official_days(&[]), "");
/// ```
pub fn ignored_official_days(dropped: &[NaiveDate]) -> String {
    let mut out = String::new();
    // `dropped` is ascending: one sentence per year.
    for (i, date) in dropped.iter().enumerate() {
        if i > 0 && dropped[i - 1].year() == date.year() {
            continue;
        }
        let days: Vec<String> = dropped[i..]
            .iter()
            .take_while(|d| d.year() == date.year())
            .map(|d| crate::domain::dates::month_day_zh(*d))
            .collect();
        out.push_str(&format!(
            "；文件中 {} 年的 {} 天（{}）已忽略：该年已有官方节假日数据，以官方为准",
            date.year(),
            days.len(),
            days.join("、")
        ));
    }
    out
}

/// The calendar: the schedules known, by year.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Calendar {
    years: BTreeMap<i32, YearSchedule>,
    /// All named days of all schedules, by date (later schedules win).
    days: BTreeMap<NaiveDate, SpecialDay>,
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

impl Calendar {
    /// The calendar with the official schedules shipped with the app
    /// (2023–2026), from the tables `build.rs` writes from
    /// `data/holiday-cn/`.
    pub fn official() -> Self {
        // Parsed once: decoding the stored document checks against it on
        // every save, and every calendar the app builds starts from it.
        static OFFICIAL: std::sync::OnceLock<Calendar> = std::sync::OnceLock::new();
        OFFICIAL
            .get_or_init(|| {
                let mut cal = Self::default();
                for year in OFFICIAL_YEARS {
                    let days = year.days.iter().map(|&(y, m, d, holiday, off)| {
                        let date = NaiveDate::from_ymd_opt(y.into(), m.into(), d.into())
                            .expect("shipped holiday data is checked by the tests");
                        let name = HOLIDAYS[usize::from(holiday)].to_owned();
                        (date, SpecialDay { name, off })
                    });
                    cal.add(YearSchedule {
                        year: year.year,
                        source: Source::Official {
                            papers: year.papers.iter().map(|p| (*p).to_owned()).collect(),
                        },
                        days: days.collect(),
                    });
                }
                cal
            })
            .clone()
    }

    /// The official calendar plus the user's own schedules. A user schedule
    /// for a year that has official data is ignored: the official one wins;
    /// so are a user schedule's days in such a year
    /// ([`YearSchedule::without_official_days`]).
    pub fn with_user_years(user: impl IntoIterator<Item = YearSchedule>) -> Self {
        let official = Self::official();
        let mut cal = official.clone();
        for schedule in user {
            if !cal.is_official(schedule.year) {
                cal.add(schedule.without_official_days(&official).0);
            }
        }
        cal
    }

    /// Whether `year` has a schedule shipped with the app.
    pub fn is_official(&self, year: i32) -> bool {
        self.years
            .get(&year)
            .is_some_and(|s| matches!(s.source, Source::Official { .. }))
    }

    /// Adds (or replaces) a year's schedule.
    pub fn add(&mut self, schedule: YearSchedule) {
        if let Some(old) = self.years.remove(&schedule.year) {
            for date in old.days.keys() {
                self.days.remove(date);
            }
        }
        for (date, day) in &schedule.days {
            self.days.insert(*date, day.clone());
        }
        self.years.insert(schedule.year, schedule);
    }

    /// Years that have a schedule (official or user-supplied), ascending.
    pub fn covered_years(&self) -> impl Iterator<Item = i32> + '_ {
        self.years.keys().copied()
    }

    /// The schedule of `year`, if there is one.
    pub fn schedule(&self, year: i32) -> Option<&YearSchedule> {
        self.years.get(&year)
    }

    /// Whether `year` has a whole schedule (official, or the user's whole
    /// year): otherwise its answers are estimates.
    pub fn has_data(&self, year: i32) -> bool {
        match self.coverage(year) {
            Coverage::Official => true,
            Coverage::User(origin) => origin.is_complete(),
            Coverage::None => false,
        }
    }

    /// What `year`'s working days rest on.
    pub fn coverage(&self, year: i32) -> Coverage {
        match self.years.get(&year).map(|s| &s.source) {
            Some(Source::Official { .. }) => Coverage::Official,
            Some(Source::User(origin)) => Coverage::User(*origin),
            None => Coverage::None,
        }
    }

    /// What kind of day `date` is, and whether that is an estimate.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pingshen::domain::calendar::{Calendar, DayKind};
    ///
    /// let cal = Calendar::official();
    /// let info = cal.day(NaiveDate::from_ymd_opt(2024, 2, 18).unwrap());
    /// assert_eq!(info.kind, DayKind::MakeUpWorkday { holiday: "春节".into() });
    /// ```
    pub fn day(&self, date: NaiveDate) -> DayInfo {
        let kind = match self.days.get(&date) {
            Some(day) if day.off => DayKind::DayOff {
                holiday: day.name.clone(),
            },
            Some(day) => DayKind::MakeUpWorkday {
                holiday: day.name.clone(),
            },
            None if is_weekend(date) => DayKind::Weekend,
            None => DayKind::Weekday,
        };
        DayInfo {
            date,
            kind,
            estimated: !self.has_data(date.year()),
        }
    }

    /// Whether `date` is a working day (see the module documentation): the
    /// publicity of 「六、申报流程」(三) counts these.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pingshen::domain::calendar::Calendar;
    /// let cal = Calendar::official();
    /// let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
    /// // The 2024 State Council schedule (data/holiday-cn/2024.json):
    /// assert!(cal.is_working_day(d(7, 24))); // an ordinary Wednesday
    /// assert!(!cal.is_working_day(d(10, 1))); // 国庆节
    /// assert!(cal.is_working_day(d(2, 18))); // a Sunday worked (调休上班)
    /// assert!(!cal.is_working_day(d(7, 27))); // an ordinary Saturday
    /// ```
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        self.day(date).is_working()
    }

    /// How many working days `year` has.
    ///
    /// ```
    /// use pingshen::domain::calendar::Calendar;
    /// // 2024's State Council schedule, checked against two other
    /// // transcriptions (see the README's Data).
    /// assert_eq!(Calendar::official().working_days_in_year(2024), 251);
    /// ```
    pub fn working_days_in_year(&self, year: i32) -> usize {
        let Some(first) = NaiveDate::from_ymd_opt(year, 1, 1) else {
            return 0;
        };
        first
            .iter_days()
            .take_while(|d| d.year() == year)
            .filter(|d| self.is_working_day(*d))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::test_dates::d;

    /// Counts from the State Council notices (`data/holiday-cn/`), which
    /// agree for every date of 2024–2026 with two other transcriptions
    /// (PyPI chinesecalendar 1.11.0, npm chinese-days 1.5.7).
    #[test]
    fn working_days_per_year_match_the_notices() {
        let cal = Calendar::official();
        for (year, expected) in [(2024, 251), (2025, 248), (2026, 248)] {
            assert_eq!(cal.working_days_in_year(year), expected, "{year}");
        }
    }

    #[test]
    fn official_years_are_2023_to_2026_and_cite_their_notice() {
        let cal = Calendar::official();
        assert_eq!(
            cal.covered_years().collect::<Vec<_>>(),
            [2023, 2024, 2025, 2026]
        );
        for year in 2023..=2026 {
            match &cal.schedule(year).unwrap().source {
                Source::Official { papers } => {
                    assert!(papers.iter().any(|p| p.contains("gov.cn")), "{year}")
                }
                Source::User(_) => panic!("{year} should be official"),
            }
        }
    }

    /// The shipped files, read here with serde_json (the source the build's
    /// tables are written from): (path, the file as JSON).
    fn shipped_files() -> Vec<(std::path::PathBuf, serde_json::Value)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/holiday-cn");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        files
            .into_iter()
            .map(|path| {
                let json = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
                (path, json)
            })
            .collect()
    }

    /// The tables `build.rs` generated are the files, day by day: every
    /// date with its holiday and day off or make-up day, nothing more, and
    /// each year's notice addresses.
    #[test]
    fn the_built_tables_are_the_holiday_cn_files_day_by_day() {
        let cal = Calendar::official();
        let files = shipped_files();
        assert_eq!(files.len(), 4, "2023–2026");
        let years: Vec<i32> = files
            .iter()
            .map(|(_, f)| f["year"].as_i64().unwrap() as i32)
            .collect();
        assert_eq!(cal.covered_years().collect::<Vec<_>>(), years);
        for (path, file) in &files {
            let year = file["year"].as_i64().unwrap() as i32;
            let schedule = cal.schedule(year).unwrap();
            let expected: BTreeMap<NaiveDate, (String, bool)> = file["days"]
                .as_array()
                .unwrap()
                .iter()
                .map(|day| {
                    let date = NaiveDate::parse_from_str(day["date"].as_str().unwrap(), "%Y-%m-%d")
                        .unwrap();
                    let name = day["name"].as_str().unwrap().to_owned();
                    (date, (name, day["isOffDay"].as_bool().unwrap()))
                })
                .collect();
            let built: BTreeMap<NaiveDate, (String, bool)> = schedule
                .days
                .iter()
                .map(|(date, day)| (*date, (day.name.clone(), day.off)))
                .collect();
            assert_eq!(built, expected, "{}", path.display());
            let papers: Vec<String> = file["papers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p.as_str().unwrap().to_owned())
                .collect();
            assert_eq!(
                schedule.source,
                Source::Official { papers },
                "{}",
                path.display()
            );
        }
    }

    /// What the app checked at startup when it parsed the files: each
    /// passes the checks an imported file gets, and reads as the table.
    #[test]
    fn every_shipped_file_passes_the_import_checks() {
        let cal = Calendar::official();
        for (path, file) in shipped_files() {
            let text = std::fs::read_to_string(&path).unwrap();
            let read = YearSchedule::parse_holiday_cn(&text, Source::Official { papers: vec![] })
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(
                Some(&read),
                cal.schedule(file["year"].as_i64().unwrap() as i32)
            );
        }
    }

    /// The make-up working days (调休上班) and the days off of each year,
    /// written out literally from `data/holiday-cn/{2024,2025,2026}.json`
    /// (the State Council's notices as transcribed by holiday-cn): every
    /// entry with `isOffDay: false`, and every run of `isOffDay: true`
    /// entries as (first, last).
    fn make_up_and_off(year: i32) -> (Vec<NaiveDate>, Vec<(NaiveDate, NaiveDate)>) {
        match year {
            // 2024.json: 春节 02-04 Sun and 02-18 Sun worked, 02-10..17 off;
            // 清明 04-07 Sun worked; 劳动节 04-28 Sun and 05-11 Sat worked;
            // 中秋 09-14 Sat worked; 国庆 09-29 Sun and 10-12 Sat worked.
            2024 => (
                vec![
                    d(2024, 2, 4),
                    d(2024, 2, 18),
                    d(2024, 4, 7),
                    d(2024, 4, 28),
                    d(2024, 5, 11),
                    d(2024, 9, 14),
                    d(2024, 9, 29),
                    d(2024, 10, 12),
                ],
                vec![
                    (d(2024, 1, 1), d(2024, 1, 1)),
                    (d(2024, 2, 10), d(2024, 2, 17)),
                    (d(2024, 4, 4), d(2024, 4, 6)),
                    (d(2024, 5, 1), d(2024, 5, 5)),
                    (d(2024, 6, 10), d(2024, 6, 10)),
                    (d(2024, 9, 15), d(2024, 9, 17)),
                    (d(2024, 10, 1), d(2024, 10, 7)),
                ],
            ),
            // 2025.json: 春节 01-26 Sun and 02-08 Sat worked, 01-28..02-04
            // off; 劳动节 04-27 Sun worked; 国庆中秋 09-28 Sun and 10-11 Sat
            // worked, 10-01..08 off.
            2025 => (
                vec![
                    d(2025, 1, 26),
                    d(2025, 2, 8),
                    d(2025, 4, 27),
                    d(2025, 9, 28),
                    d(2025, 10, 11),
                ],
                vec![
                    (d(2025, 1, 1), d(2025, 1, 1)),
                    (d(2025, 1, 28), d(2025, 2, 4)),
                    (d(2025, 4, 4), d(2025, 4, 6)),
                    (d(2025, 5, 1), d(2025, 5, 5)),
                    (d(2025, 5, 31), d(2025, 6, 2)),
                    (d(2025, 10, 1), d(2025, 10, 8)),
                ],
            ),
            // 2026.json: 元旦 01-04 Sun worked; 春节 02-14 Sat and 02-28 Sat
            // worked, 02-15..23 off; 劳动节 05-09 Sat worked; 国庆 09-20 Sun
            // and 10-10 Sat worked; 中秋 09-25..27 off.
            2026 => (
                vec![
                    d(2026, 1, 4),
                    d(2026, 2, 14),
                    d(2026, 2, 28),
                    d(2026, 5, 9),
                    d(2026, 9, 20),
                    d(2026, 10, 10),
                ],
                vec![
                    (d(2026, 1, 1), d(2026, 1, 3)),
                    (d(2026, 2, 15), d(2026, 2, 23)),
                    (d(2026, 4, 4), d(2026, 4, 6)),
                    (d(2026, 5, 1), d(2026, 5, 5)),
                    (d(2026, 6, 19), d(2026, 6, 21)),
                    (d(2026, 9, 25), d(2026, 9, 27)),
                    (d(2026, 10, 1), d(2026, 10, 7)),
                ],
            ),
            _ => unreachable!("no literal list for {year}"),
        }
    }

    /// Every day of 2024–2026 against the literal lists above: a make-up
    /// day is worked, a listed day off is off, any other day is worked
    /// exactly when it is Monday–Friday.
    #[test]
    fn every_day_of_2024_to_2026_follows_the_official_lists() {
        let cal = Calendar::official();
        for year in 2024..=2026 {
            let (make_up, off) = make_up_and_off(year);
            for date in d(year, 1, 1).iter_days().take_while(|x| x.year() == year) {
                let listed_off = off
                    .iter()
                    .any(|(first, last)| (*first..=*last).contains(&date));
                let expected = if make_up.contains(&date) {
                    true
                } else if listed_off {
                    false
                } else {
                    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
                };
                assert_eq!(cal.is_working_day(date), expected, "{date}");
                assert!(!cal.day(date).estimated, "{date}");
            }
            // The schedule names exactly these make-up days.
            let read: Vec<NaiveDate> = cal
                .schedule(year)
                .unwrap()
                .days
                .iter()
                .filter(|(_, special)| !special.off)
                .map(|(date, _)| *date)
                .collect();
            assert_eq!(read, make_up, "{year}");
        }
    }

    #[test]
    fn a_day_listed_in_the_neighbouring_years_file_is_filed_by_its_date() {
        let cal = Calendar::official();
        let info = cal.day(d(2022, 12, 31));
        assert_eq!(
            info.kind,
            DayKind::DayOff {
                holiday: "元旦".into()
            }
        );
        // 2022 itself has no schedule: still an estimate.
        assert!(info.estimated);
        assert!(!cal.has_data(2022));
    }

    #[test]
    fn table_of_days() {
        let cal = Calendar::official();
        // (date, working?, why)
        let table = [
            (d(2024, 2, 9), true, "除夕 2024 was a working day"),
            (d(2024, 2, 10), false, "春节"),
            (d(2024, 2, 17), false, "春节, a Saturday off"),
            (d(2024, 2, 18), true, "Sunday worked"),
            (d(2024, 9, 29), true, "Sunday worked before 国庆"),
            (d(2024, 10, 7), false, "国庆, a Monday off"),
            (d(2024, 10, 12), true, "Saturday worked after 国庆"),
            (d(2024, 7, 27), false, "ordinary Saturday"),
            (d(2024, 7, 31), true, "ordinary Wednesday"),
            (d(2025, 1, 26), true, "Sunday worked before 春节 2025"),
            (d(2025, 10, 8), false, "国庆+中秋 2025"),
            (d(2026, 1, 1), false, "元旦 2026"),
        ];
        for (date, working, why) in table {
            assert_eq!(cal.is_working_day(date), working, "{date}: {why}");
            assert!(!cal.day(date).estimated, "{date}");
        }
    }

    #[test]
    fn a_year_without_data_is_flagged_estimated_never_silent() {
        let cal = Calendar::official();
        for date in [d(2027, 1, 1), d(2030, 6, 3), d(2022, 6, 1)] {
            let info = cal.day(date);
            assert!(info.estimated, "{date}");
            assert!(!info.is_official());
        }
        // The estimate is Monday–Friday.
        assert!(cal.is_working_day(d(2027, 1, 1)), "a Friday, estimated");
        assert!(!cal.is_working_day(d(2027, 1, 2)), "a Saturday");
    }

    #[test]
    fn a_user_schedule_removes_the_estimate_and_changes_answers() {
        let mut cal = Calendar::official();
        let json = r#"{"year":2027,"days":[
            {"name":"元旦","date":"2027-01-01","isOffDay":true},
            {"name":"春节","date":"2027-02-07","isOffDay":false}]}"#;
        cal.add(YearSchedule::parse_holiday_cn(json, Source::User(UserOrigin::File)).unwrap());
        assert!(cal.has_data(2027));
        assert!(!cal.is_working_day(d(2027, 1, 1)));
        assert!(cal.is_working_day(d(2027, 2, 7)), "a Sunday worked");
        assert!(!cal.day(d(2027, 3, 1)).estimated);
        // Replacing the year drops the old days.
        let json2 = r#"{"year":2027,"days":[]}"#;
        cal.add(YearSchedule::parse_holiday_cn(json2, Source::User(UserOrigin::File)).unwrap());
        assert!(cal.is_working_day(d(2027, 1, 1)));
    }

    /// holiday-cn files list days of the neighbouring years (the official
    /// 2023 file holds 2022-12-31). A user file must never change a year
    /// with official data: those days are dropped. The official answers
    /// come from the shipped 2023 and 2026 schedules: 2023-01-28 (Saturday)
    /// is a 春节 make-up working day, 2026-12-31 a plain Thursday.
    #[test]
    fn a_user_file_never_changes_an_official_year() {
        // (user file, (date, working day as officially), dropped dates)
        type Row<'a> = (&'a str, &'a [(NaiveDate, bool)], &'a [NaiveDate]);
        let table: [Row; 2] = [
            (
                r#"{"year":2027,"days":[
                    {"name":"元旦","date":"2026-12-31","isOffDay":true},
                    {"name":"元旦","date":"2026-12-27","isOffDay":false},
                    {"name":"元旦","date":"2027-01-01","isOffDay":true}]}"#,
                &[(d(2026, 12, 31), true), (d(2026, 12, 27), false)],
                &[d(2026, 12, 27), d(2026, 12, 31)],
            ),
            (
                r#"{"year":2022,"days":[
                    {"name":"春节","date":"2023-01-28","isOffDay":true},
                    {"name":"国庆节","date":"2022-10-03","isOffDay":true}]}"#,
                &[(d(2023, 1, 28), true)],
                &[d(2023, 1, 28)],
            ),
        ];
        for (json, official, dropped) in table {
            let schedule =
                YearSchedule::parse_holiday_cn(json, Source::User(UserOrigin::File)).unwrap();
            let year = schedule.year;
            let cal = Calendar::with_user_years([schedule.clone()]);
            for (date, working) in official {
                assert_eq!(cal.is_working_day(*date), *working, "{year}: {date}");
                assert!(!cal.day(*date).estimated, "{date}");
            }
            let (kept, gone) = schedule.without_official_days(&Calendar::official());
            assert_eq!(gone, dropped, "{year}");
            assert!(kept.days.keys().all(|d| !dropped.contains(d)), "{year}");
            assert_eq!(kept.days.len() + gone.len(), schedule.days.len());
        }
        // One sentence per year, in date order.
        assert_eq!(
            ignored_official_days(&[d(2023, 1, 28), d(2026, 12, 27), d(2026, 12, 31)]),
            "；文件中 2023 年的 1 天（1月28日）已忽略：该年已有官方节假日数据，以官方为准\
             ；文件中 2026 年的 2 天（12月27日、12月31日）已忽略：该年已有官方节假日数据，以官方为准"
        );
        // The user's own year still counts.
        let cal = Calendar::with_user_years([YearSchedule::parse_holiday_cn(
            table[0].0,
            Source::User(UserOrigin::File),
        )
        .unwrap()]);
        assert!(!cal.is_working_day(d(2027, 1, 1)));
    }

    #[test]
    fn bad_schedule_files_are_rejected_with_a_reason() {
        let cases = [
            ("not json", "格式"),
            (r#"{"year":1800,"days":[]}"#, "年份"),
            (
                r#"{"year":2027,"days":[{"name":"x","date":"2027-02-30","isOffDay":true}]}"#,
                "2027-02-30",
            ),
            (
                r#"{"year":2027,"days":[{"name":"x","date":"2027-03-01","isOffDay":false}]}"#,
                "调休上班",
            ),
            (
                r#"{"year":2027,"days":[{"name":"x","date":"2027-03-06","isOffDay":false},
                   {"name":"x","date":"2027-03-06","isOffDay":true}]}"#,
                "两次",
            ),
        ];
        for (json, expected) in cases {
            let err =
                YearSchedule::parse_holiday_cn(json, Source::User(UserOrigin::File)).unwrap_err();
            assert!(err.to_string().contains(expected), "{json}: {err}");
        }
    }
}
