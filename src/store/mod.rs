//! What the app keeps in the browser's localStorage: one versioned document.
//!
//! Everything lives under [`KEY`] as JSON `{"schema": 1, ...}`. A value that
//! cannot be read is never thrown away: the browser layer copies it to a
//! backup key (see [`backup_key`]) before starting clean.
//!
//! Version history (each version that ever shipped stays readable):
//! - 1: `calculator` — the last publicity calculation shown; `timeline` — the
//!   unit kind and city deadline; `profiles` — user-entered notices for other
//!   years; `holidays` — user-supplied holiday schedules.
//!   Until December 2026 a field `active_year` chose the profile in use; the
//!   round is now chosen by the date (and `round=` in the address, never
//!   stored), so documents that carry it load and the field is dropped.
//!   Every field but `schema` is optional, so a document with fewer fields
//!   reads as the same version.

pub mod json;
pub mod transfer;

use std::fmt;

use chrono::NaiveDate;

use crate::domain::calendar::{
    Calendar, ScheduleError, Source, SpecialDay, UserOrigin, YearSchedule,
};
use crate::domain::dates;
use crate::domain::eligibility::{Achievement, Applicant};
use crate::domain::notice::{Notice, UnitKind};
use crate::domain::request::{parse_days, CalcInput};
use crate::domain::rounds::Rounds;
use crate::domain::workspace::Record;
use json::{Fields, FromJson, Object, ToJson, Value};

/// The localStorage key of the document.
pub const KEY: &str = "pingshen";
/// The prefix of keys that keep unreadable values.
pub const BACKUP_PREFIX: &str = "pingshen.backup.";
/// The schema this build writes.
pub const SCHEMA_VERSION: u32 = 1;

/// The stored document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    /// The schema version; [`encode`] always writes [`SCHEMA_VERSION`].
    pub schema: u32,
    /// The last calculation shown in the publicity calculator.
    pub calculator: Option<CalcInput>,
    /// The timeline's unit kind and the city's deadline.
    pub timeline: Option<TimelineInput>,
    /// Notices the user entered for other years (never official).
    pub profiles: Vec<Notice>,
    /// Holiday schedules the user supplied for years without official data.
    pub holidays: Vec<UserYear>,
    /// The applicant's own eligibility check.
    pub eligibility: Option<EligibilityInput>,
    /// The unit's applicants (the workspace).
    pub applicants: Vec<Record>,
    /// What the unit's documents need beyond the applicants.
    pub paperwork: Option<PaperworkInput>,
}

/// The facts the unit's documents need that the applicants do not carry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PaperworkInput {
    /// The unit's name exactly as on its seal (「五、报卷说明」1).
    pub unit_name: String,
    /// Where the publicity is posted.
    pub place: String,
    /// Whom to contact with an objection.
    pub contact: String,
    /// The day the publicity is (or was) posted.
    pub posted: Option<NaiveDate>,
    /// Objections recorded during the publicity; empty: none.
    pub objections: String,
    /// The integrity review (廉洁自律) found nothing.
    pub integrity_ok: bool,
    /// Applicants left out of the documents (by id).
    pub excluded: Vec<String>,
}

/// What the eligibility page keeps: the answers, the forms ticked as ready
/// and the items of achievement listed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EligibilityInput {
    pub applicant: Applicant,
    /// Ids of the forms ticked as ready (`form-1`, …).
    pub ticks: Vec<String>,
    pub achievements: Vec<Achievement>,
    /// The day the unit posted (or will post) the publicity, if known:
    /// achievements dated later were never shown.
    pub posted: Option<NaiveDate>,
}

/// The timeline's inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimelineInput {
    pub unit: UnitKind,
    pub city_deadline: Option<NaiveDate>,
    /// Working days left for the seal or review; `None`: the default
    /// ([`crate::domain::timeline::DEFAULT_SEAL_DAYS`]).
    pub seal_days: Option<u32>,
}

impl TimelineInput {
    /// The seal days the plan uses.
    pub fn seal_days(&self) -> u32 {
        self.seal_days
            .unwrap_or(crate::domain::timeline::DEFAULT_SEAL_DAYS)
    }
}

/// A user-supplied holiday schedule, in the holiday-cn shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserYear {
    pub year: i32,
    pub days: Vec<UserDay>,
    /// How the user gave it; documents from before December 2026 carry no
    /// origin and read as single days (an estimate is never assumed away).
    pub origin: UserOrigin,
}

/// One day of a [`UserYear`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserDay {
    pub date: NaiveDate,
    pub name: String,
    /// `true`: a day off; `false`: a weekend day worked (调休上班).
    pub off: bool,
}

impl UserYear {
    /// The schedule it describes.
    ///
    /// # Errors
    ///
    /// [`ScheduleError`] for a make-up day on a weekday or a contradiction.
    pub fn schedule(&self) -> Result<YearSchedule, ScheduleError> {
        YearSchedule::user(
            self.year,
            self.origin,
            self.days.iter().map(|d| {
                (
                    d.date,
                    SpecialDay {
                        name: d.name.clone(),
                        off: d.off,
                    },
                )
            }),
        )
    }

    /// From a parsed schedule (e.g. an imported holiday-cn file).
    pub fn from_schedule(schedule: &YearSchedule) -> Self {
        UserYear {
            origin: match schedule.source {
                Source::User(origin) => origin,
                Source::Official { .. } => UserOrigin::File,
            },
            year: schedule.year,
            days: schedule
                .days
                .iter()
                .map(|(date, d)| UserDay {
                    date: *date,
                    name: d.name.clone(),
                    off: d.off,
                })
                .collect(),
        }
    }
}

/// The official calendar with these user schedules added (unreadable ones
/// are skipped; [`decode`] rejects them before they are ever stored).
pub fn calendar_with(holidays: &[UserYear]) -> Calendar {
    Calendar::with_user_years(holidays.iter().filter_map(|y| y.schedule().ok()))
}

impl Stored {
    /// Applicants left out of the unit's documents (by id).
    pub fn excluded(&self) -> &[String] {
        self.paperwork
            .as_ref()
            .map_or(&[], |p| p.excluded.as_slice())
    }

    /// The applicant with this id.
    pub fn applicant(&self, id: &str) -> Option<&Record> {
        self.applicants.iter().find(|r| r.id == id)
    }

    /// The rounds known: the shipped notices and the user's profiles.
    pub fn rounds(&self) -> Rounds<'_> {
        Rounds::new(Notice::official_notices(), &self.profiles)
    }

    /// The official calendar with the user's schedules added.
    pub fn calendar(&self) -> Calendar {
        calendar_with(&self.holidays)
    }

    /// Checks every value; used before anything stored or imported is used.
    fn validate(&self) -> Result<(), StorageError> {
        if let Some(days) = self.timeline.and_then(|t| t.seal_days) {
            if days > crate::domain::timeline::MAX_SEAL_DAYS {
                return Err(StorageError::Invalid(format!(
                    "盖章/审核工作日 {days} 超出范围"
                )));
            }
        }
        if let Some(calc) = &self.calculator {
            if !dates::is_supported(calc.date) {
                return Err(StorageError::Invalid(format!(
                    "日期 {} 超出支持范围",
                    calc.date
                )));
            }
            parse_days(&calc.days.to_string()).map_err(|e| StorageError::Invalid(e.to_string()))?;
        }
        let mut years = std::collections::BTreeSet::new();
        for profile in &self.profiles {
            if profile.official {
                return Err(StorageError::Invalid("自行填写的年度被标为官方".into()));
            }
            profile
                .validate()
                .map_err(|e| StorageError::Invalid(format!("{} 年度：{e}", profile.year)))?;
            if !years.insert(profile.year) {
                return Err(StorageError::Invalid(format!(
                    "{} 年度出现两次",
                    profile.year
                )));
            }
        }
        if let Some(e) = &self.eligibility {
            if e.achievements.iter().any(|a| a.title.trim().is_empty()) {
                return Err(StorageError::Invalid("有一项业绩成果没有名称".into()));
            }
            if e.applicant.patent.is_some_and(|p| {
                p.annual_benefit_yuan > crate::domain::eligibility::MAX_ANNUAL_BENEFIT_YUAN
            }) {
                return Err(StorageError::Invalid("专利年经济效益数额不合理".into()));
            }
        }
        let official = Calendar::official();
        let mut holiday_years = std::collections::BTreeSet::new();
        for user in &self.holidays {
            if official.is_official(user.year) || !holiday_years.insert(user.year) {
                return Err(StorageError::Invalid(format!(
                    "{} 年的节假日数据重复",
                    user.year
                )));
            }
            user.schedule()
                .map_err(|e| StorageError::Invalid(e.to_string()))?;
        }
        Ok(())
    }
}

impl Default for Stored {
    fn default() -> Self {
        Stored {
            schema: SCHEMA_VERSION,
            calculator: None,
            timeline: None,
            profiles: Vec::new(),
            holidays: Vec::new(),
            eligibility: None,
            applicants: Vec::new(),
            paperwork: None,
        }
    }
}

/// Why a stored value could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// Not JSON, or not the shape of any schema.
    Unreadable(String),
    /// Written by a newer version of the app.
    FutureVersion(u32),
    /// Readable, but a value in it is not valid.
    Invalid(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable(e) => write!(f, "本机保存的数据无法读取（{}）", dates::shorten(e)),
            Self::FutureVersion(v) => {
                write!(
                    f,
                    "本机数据由更新版本的助手保存（数据版本 {v}），当前版本无法读取"
                )
            }
            Self::Invalid(e) => write!(f, "本机保存的数据有误：{e}"),
        }
    }
}

impl std::error::Error for StorageError {}

/// Reads a stored document, checking every value.
///
/// # Errors
///
/// [`StorageError`] when the text is not a document of a known schema or
/// holds an invalid value; the caller keeps the text under a backup key.
pub fn decode(text: &str) -> Result<Stored, StorageError> {
    decode_value(&json::parse(text).map_err(unreadable)?)
}

/// As [`decode`], for a document already parsed.
///
/// # Errors
///
/// As [`decode`].
pub fn decode_value(value: &Value) -> Result<Stored, StorageError> {
    let schema: u32 = value
        .fields()
        .and_then(|f| f.req("schema"))
        .map_err(unreadable)?;
    let stored = match schema {
        1 => Stored::from_json(value).map_err(unreadable)?,
        v if v > SCHEMA_VERSION => return Err(StorageError::FutureVersion(v)),
        v => return Err(StorageError::Unreadable(format!("未知的数据版本 {v}"))),
    };
    stored.validate()?;
    Ok(stored)
}

fn unreadable(e: json::Error) -> StorageError {
    StorageError::Unreadable(e.0)
}

/// Writes a document in the current schema.
pub fn encode(stored: &Stored) -> String {
    let current = Stored {
        schema: SCHEMA_VERSION,
        ..stored.clone()
    };
    json::to_string(&current)
}

impl ToJson for Stored {
    fn to_json(&self) -> Value {
        Object::new()
            .field("schema", &self.schema)
            .field_if(self.calculator.is_some(), "calculator", &self.calculator)
            .field_if(self.timeline.is_some(), "timeline", &self.timeline)
            .field_if(!self.profiles.is_empty(), "profiles", &self.profiles)
            .field_if(!self.holidays.is_empty(), "holidays", &self.holidays)
            .field_if(self.eligibility.is_some(), "eligibility", &self.eligibility)
            .field_if(!self.applicants.is_empty(), "applicants", &self.applicants)
            .field_if(self.paperwork.is_some(), "paperwork", &self.paperwork)
            .build()
    }
}

impl FromJson for Stored {
    fn from_json(value: &Value) -> Result<Self, json::Error> {
        let f: Fields = value.fields()?;
        Ok(Stored {
            schema: f.req("schema")?,
            calculator: f.opt("calculator")?,
            timeline: f.opt("timeline")?,
            profiles: f.opt("profiles")?,
            holidays: f.opt("holidays")?,
            eligibility: f.opt("eligibility")?,
            applicants: f.opt("applicants")?,
            paperwork: f.opt("paperwork")?,
        })
    }
}

impl ToJson for PaperworkInput {
    fn to_json(&self) -> Value {
        Object::new()
            .field("unit_name", &self.unit_name)
            .field("place", &self.place)
            .field("contact", &self.contact)
            .field_if(self.posted.is_some(), "posted", &self.posted)
            .field("objections", &self.objections)
            .field("integrity_ok", &self.integrity_ok)
            .field_if(!self.excluded.is_empty(), "excluded", &self.excluded)
            .build()
    }
}

impl FromJson for PaperworkInput {
    fn from_json(value: &Value) -> Result<Self, json::Error> {
        let f = value.fields()?;
        Ok(PaperworkInput {
            unit_name: f.opt("unit_name")?,
            place: f.opt("place")?,
            contact: f.opt("contact")?,
            posted: f.opt("posted")?,
            objections: f.opt("objections")?,
            integrity_ok: f.opt("integrity_ok")?,
            excluded: f.opt("excluded")?,
        })
    }
}

impl ToJson for EligibilityInput {
    fn to_json(&self) -> Value {
        Object::new()
            .field("applicant", &self.applicant)
            .field("ticks", &self.ticks)
            .field("achievements", &self.achievements)
            .field_if(self.posted.is_some(), "posted", &self.posted)
            .build()
    }
}

impl FromJson for EligibilityInput {
    fn from_json(value: &Value) -> Result<Self, json::Error> {
        let f = value.fields()?;
        Ok(EligibilityInput {
            applicant: f.opt("applicant")?,
            ticks: f.opt("ticks")?,
            achievements: f.opt("achievements")?,
            posted: f.opt("posted")?,
        })
    }
}

impl ToJson for TimelineInput {
    fn to_json(&self) -> Value {
        Object::new()
            .field("unit", &self.unit)
            .field_if(
                self.city_deadline.is_some(),
                "city_deadline",
                &self.city_deadline,
            )
            .field_if(self.seal_days.is_some(), "seal_days", &self.seal_days)
            .build()
    }
}

impl FromJson for TimelineInput {
    fn from_json(value: &Value) -> Result<Self, json::Error> {
        let f = value.fields()?;
        Ok(TimelineInput {
            unit: f.req("unit")?,
            city_deadline: f.opt("city_deadline")?,
            seal_days: f.opt("seal_days")?,
        })
    }
}

impl ToJson for UserYear {
    fn to_json(&self) -> Value {
        Object::new()
            .field("year", &self.year)
            .field("days", &self.days)
            .field("origin", &self.origin.code())
            .build()
    }
}

impl FromJson for UserYear {
    fn from_json(value: &Value) -> Result<Self, json::Error> {
        let f = value.fields()?;
        let origin: Option<String> = f.opt("origin")?;
        Ok(UserYear {
            year: f.req("year")?,
            days: f.req("days")?,
            origin: match origin {
                None => UserOrigin::SingleDays,
                Some(code) => UserOrigin::from_code(&code)
                    .ok_or_else(|| json::Error(format!("unknown holiday origin `{code}`")))?,
            },
        })
    }
}

impl ToJson for UserDay {
    fn to_json(&self) -> Value {
        Object::new()
            .field("date", &self.date)
            .field("name", &self.name)
            .field("off", &self.off)
            .build()
    }
}

impl FromJson for UserDay {
    fn from_json(value: &Value) -> Result<Self, json::Error> {
        let f = value.fields()?;
        Ok(UserDay {
            date: f.req("date")?,
            name: f.req("name")?,
            off: f.req("off")?,
        })
    }
}

/// The key under which an unreadable value found at `now_ms` is kept.
pub fn backup_key(now_ms: u64) -> String {
    format!("{BACKUP_PREFIX}{now_ms}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::request::Mode;
    use crate::domain::rounds::RoundKind;
    use chrono::NaiveDate;

    fn sample() -> Stored {
        Stored {
            calculator: Some(CalcInput {
                mode: Mode::Backward,
                date: NaiveDate::from_ymd_opt(2024, 7, 31).unwrap(),
                days: 5,
            }),
            ..Stored::default()
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn profiles_and_holidays_round_trip_and_apply() {
        let mut stored = sample();
        stored
            .profiles
            .push(Notice::official_2024().copy_for_year(2025));
        stored.timeline = Some(TimelineInput {
            unit: UnitKind::CityUnit,
            city_deadline: Some(d(2025, 7, 25)),
            seal_days: None,
        });
        stored.holidays.push(UserYear {
            origin: crate::domain::calendar::UserOrigin::File,
            year: 2027,
            days: vec![UserDay {
                date: d(2027, 1, 1),
                name: "元旦".into(),
                off: true,
            }],
        });
        let back = decode(&encode(&stored)).unwrap();
        assert_eq!(back, stored);
        let cal = back.calendar();
        let round_2025 = back.rounds().for_year(2025, &cal);
        assert_eq!(round_2025.kind, RoundKind::User);
        assert!(!round_2025.notice.official);
        let cal = back.calendar();
        assert!(cal.has_data(2027));
        assert!(!cal.is_working_day(d(2027, 1, 1)));
        // Without profiles 2025 is projected and 2024 official.
        let cal = Stored::default().calendar();
        assert_eq!(
            Stored::default().rounds().for_year(2025, &cal).kind,
            RoundKind::Projected
        );
        assert_eq!(
            Stored::default().rounds().for_year(2024, &cal).kind,
            RoundKind::Official
        );
    }

    /// User holiday years from before origins were recorded read as single
    /// days: the year stays an estimate until a whole year is given.
    #[test]
    fn old_user_holiday_years_read_as_single_days() {
        let old = r#"{"schema":1,"holidays":[{"year":2027,"days":[{"date":"2027-01-01","name":"元旦","off":true}]}]}"#;
        let stored = decode(old).unwrap();
        assert_eq!(stored.holidays[0].origin, UserOrigin::SingleDays);
        let cal = stored.calendar();
        assert!(!cal.is_working_day(d(2027, 1, 1)));
        assert!(!cal.has_data(2027), "one day is not the year");
        assert!(cal.day(d(2027, 2, 8)).estimated);
        let bad = r#"{"schema":1,"holidays":[{"year":2027,"days":[],"origin":"guess"}]}"#;
        assert!(decode(bad).is_err());
    }

    /// A document written before rounds (it chose a profile with
    /// `active_year`) still loads, with every profile; the choice is dropped.
    #[test]
    fn a_document_with_the_old_active_year_loads() {
        let mut profile = Notice::official_2024().copy_for_year(2025);
        profile.place = "旧文档".into();
        let old = format!(
            r#"{{"schema":1,"profiles":[{}],"active_year":2025}}"#,
            json::to_string(&profile)
        );
        let stored = decode(&old).unwrap();
        assert_eq!(stored.profiles, vec![profile]);
        assert!(!encode(&stored).contains("active_year"));
    }

    #[test]
    fn invalid_profiles_or_holidays_are_rejected() {
        let mut official = Stored::default();
        official.profiles.push(Notice::official_2024());
        let twice = Stored {
            profiles: vec![Notice::official_2024().copy_for_year(2025); 2],
            ..Stored::default()
        };
        let mut overrides = Stored::default();
        overrides.holidays.push(UserYear {
            origin: crate::domain::calendar::UserOrigin::File,
            year: 2024,
            days: vec![],
        });
        let mut weekday_makeup = Stored::default();
        weekday_makeup.holidays.push(UserYear {
            origin: crate::domain::calendar::UserOrigin::File,
            year: 2027,
            days: vec![UserDay {
                date: d(2027, 3, 1),
                name: "x".into(),
                off: false,
            }],
        });
        for (stored, expected) in [
            (official, "官方"),
            (twice, "两次"),
            (overrides, "重复"),
            (weekday_makeup, "调休上班"),
        ] {
            let err = decode(&encode(&stored)).unwrap_err().to_string();
            assert!(err.contains(expected), "{err}");
        }
    }

    #[test]
    fn round_trip() {
        let text = encode(&sample());
        assert_eq!(
            text,
            r#"{"schema":1,"calculator":{"mode":"backward","date":"2024-07-31","days":5}}"#
        );
        assert_eq!(decode(&text).unwrap(), sample());
        assert_eq!(
            decode(&encode(&Stored::default())).unwrap(),
            Stored::default()
        );
    }

    #[test]
    fn unknown_fields_of_the_same_schema_are_ignored() {
        let text = r#"{"schema":1,"later":true,"calculator":{"mode":"forward","date":"2024-07-24","days":5}}"#;
        assert!(decode(text).unwrap().calculator.is_some());
    }

    #[test]
    fn unreadable_values_are_errors() {
        let table = [
            ("", "无法读取"),
            ("{", "无法读取"),
            ("null", "无法读取"),
            (r#"{"calculator":null}"#, "无法读取"),
            (r#"{"schema":0}"#, "未知的数据版本"),
            (r#"{"schema":7}"#, "更新版本"),
            (
                r#"{"schema":1,"calculator":{"mode":"sideways","date":"2024-07-24","days":5}}"#,
                "无法读取",
            ),
            (
                r#"{"schema":1,"calculator":{"mode":"forward","date":"2024-02-30","days":5}}"#,
                "无法读取",
            ),
            (
                r#"{"schema":1,"calculator":{"mode":"forward","date":"1900-01-01","days":5}}"#,
                "超出支持范围",
            ),
            (
                r#"{"schema":1,"calculator":{"mode":"forward","date":"2024-07-24","days":0}}"#,
                "超出范围",
            ),
            (
                r#"{"schema":1,"calculator":{"mode":"forward","date":"2024-07-24","days":-3}}"#,
                "无法读取",
            ),
        ];
        for (text, expected) in table {
            let err = decode(text).unwrap_err().to_string();
            assert!(err.contains(expected), "{text}: {err}");
        }
    }

    #[test]
    fn backup_keys_are_distinct_and_prefixed() {
        assert_eq!(backup_key(1), "pingshen.backup.1");
        assert_ne!(backup_key(1), backup_key(2));
        assert!(!backup_key(1).eq(KEY));
    }
}
