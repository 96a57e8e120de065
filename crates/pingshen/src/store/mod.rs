//! What the app keeps in the browser's localStorage: one versioned document.
//!
//! Everything lives under [`KEY`] as JSON `{"schema": 2, ...}` ([`Stored`]).
//! A value that cannot be read is never thrown away: the browser layer
//! copies it to a backup key (see [`backup_key`]) before starting clean.
//!
//! Every schema that ever shipped stays readable: only `schema` is
//! required at the top, so a document with fewer fields reads as the same version, and
//! a schema-1 document is upgraded by [`Stored::assign_rounds`] (see
//! `migrate.rs`) when first opened; nothing is dropped. The fields, the
//! versions and the upgrade are described in the README's "Stored data".

mod backup;
mod edit;
mod error;
pub mod handoff;
mod migrate;
pub mod transfer;

pub use backup::{BackupMark, BackupStatus, BackupWay, BACKUP_WARN_DAYS};
pub use edit::{applicant_name, holidays_open, HolidayError, NameError, RoundStart};
pub use error::{Problem, ReadError, ReadErrorKind, StorageError};
pub use migrate::{Assigned, Basis};

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize, Serializer};

use crate::domain::calendar::{
    Calendar, ScheduleError, Source, SpecialDay, UserOrigin, YearSchedule,
};
use crate::domain::dates;
use crate::domain::eligibility::{Achievement, Applicant};
use crate::domain::notice::{Notice, UnitKind};
use crate::domain::parse::parse_days;
use crate::domain::request::CalcInput;
use crate::domain::round_facts::{PastRound, Standing};
use crate::domain::rounds::Rounds;
use crate::domain::text::one_line;
use crate::domain::workspace::Record;

/// The localStorage key of the document.
pub const KEY: &str = "pingshen";
/// The prefix of keys that keep unreadable values.
pub const BACKUP_PREFIX: &str = "pingshen.backup.";
/// The schema this build writes.
pub const SCHEMA_VERSION: u32 = 2;

/// The stored document. Only `schema` is required when read; a field left
/// out reads as empty, and empty fields are left out when written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    /// The schema version read; always written as [`SCHEMA_VERSION`].
    #[serde(serialize_with = "current_schema")]
    pub schema: u32,
    /// The last calculation shown in the publicity calculator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calculator: Option<CalcInput>,
    /// The timeline's unit kind and the city's deadline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline: Option<TimelineInput>,
    /// Notices the user entered for other years (never official).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub profiles: Vec<Notice>,
    /// Holiday schedules the user supplied for years without official data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub holidays: Vec<UserYear>,
    /// The applicant's own eligibility check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<EligibilityInput>,
    /// The unit's applicants (the workspace).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub applicants: Vec<Record>,
    /// What the unit's documents need beyond the applicants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paperwork: Option<PaperworkInput>,
    /// Applicants who passed in an earlier round: not carried into the
    /// next one, kept with their history.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub past_applicants: Vec<Record>,
    /// The last backup taken and what changed since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup: Option<BackupMark>,
}

/// Whatever schema a document was read as, it is written in this build's.
fn current_schema<S: Serializer>(_: &u32, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_u32(SCHEMA_VERSION)
}

/// The facts the unit's documents need that the applicants do not carry.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PaperworkInput {
    /// The unit's name exactly as on its seal (「五、报卷说明」1).
    pub unit_name: String,
    /// Where the publicity is posted.
    pub place: String,
    /// Whom to contact with an objection.
    pub contact: String,
    /// The day the publicity is (or was) posted.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "dates::ymd_opt"
    )]
    pub posted: Option<NaiveDate>,
    /// Objections recorded during the publicity; empty: none.
    pub objections: String,
    /// The integrity review (廉洁自律) found nothing.
    pub integrity_ok: bool,
    /// Schema 1 only: applicants left out of the documents (by id). Moved
    /// onto each applicant ([`Record::excluded`]) when the document is
    /// upgraded.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub excluded: Vec<String>,
    /// The round `posted`, `place`, `objections` and `integrity_ok` belong
    /// to; `None` while none is given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub round: Option<i32>,
    /// Earlier rounds' publicity facts, read-only, newest last.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<PastPaperwork>,
}

impl PaperworkInput {
    /// Whether any round-bound fact is given.
    pub fn has_round_facts(&self) -> bool {
        self.posted.is_some()
            || !self.place.is_empty()
            || !self.objections.is_empty()
            || self.integrity_ok
    }

    /// How the round-bound facts stand for the round of `shown`.
    pub fn standing(&self, shown: i32) -> Standing {
        Standing::of_facts(self.has_round_facts(), self.round, shown)
    }

    /// The paperwork as it counts for the round of `shown`: another round's
    /// posting day, place, objections and review are left out.
    pub fn in_round(&self, shown: i32) -> PaperworkInput {
        if self.standing(shown).counts() {
            return self.clone();
        }
        PaperworkInput {
            unit_name: self.unit_name.clone(),
            contact: self.contact.clone(),
            round: None,
            ..PaperworkInput::default()
        }
    }

    /// The round-bound facts as history.
    fn past(&self, year: i32) -> PastPaperwork {
        PastPaperwork {
            year,
            posted: self.posted,
            place: self.place.clone(),
            objections: self.objections.clone(),
            integrity_ok: self.integrity_ok,
        }
    }
}

/// One earlier round's publicity facts of the documents.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PastPaperwork {
    /// The round (by year) these facts belong to.
    pub year: i32,
    /// The day the publicity was posted.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "dates::ymd_opt"
    )]
    pub posted: Option<NaiveDate>,
    /// Where it was posted.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// Objections recorded; empty: none.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub objections: String,
    /// The integrity review (廉洁自律) found nothing.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub integrity_ok: bool,
}

/// What the eligibility page keeps: the answers, the forms ticked as ready
/// and the items of achievement listed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EligibilityInput {
    /// The applicant's name (`self-name`), sent with a handoff link.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The applicant's own unit as on its seal, if given; sent with a
    /// handoff link.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub unit_name: String,
    /// The answers the self-check asks.
    pub applicant: Applicant,
    /// Ids of the forms ticked as ready (`form-1`, …).
    pub ticks: Vec<String>,
    /// The items of achievement listed.
    pub achievements: Vec<Achievement>,
    /// The day the unit posted (or will post) the publicity, if known:
    /// achievements dated later were never shown.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "dates::ymd_opt"
    )]
    pub posted: Option<NaiveDate>,
    /// The round `ticks` and `posted` belong to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub round: Option<i32>,
    /// The ticks were given before rounds were recorded (checked again).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub ticks_to_check: bool,
    /// The last earlier round's ticks and posting day, read-only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<PastRound>,
}

impl EligibilityInput {
    /// Whether any round-bound fact is given.
    pub fn has_round_facts(&self) -> bool {
        self.posted.is_some() || !self.ticks.is_empty()
    }

    /// How the ticks and posting day stand for the round of `shown`.
    pub fn standing(&self, shown: i32) -> Standing {
        Standing::of_facts(self.has_round_facts(), self.round, shown)
    }

    /// The forms ticked for the round of `shown`.
    pub fn ticks_in(&self, shown: i32) -> &[String] {
        if self.standing(shown).counts() {
            &self.ticks
        } else {
            &[]
        }
    }

    /// The posting day, if it is the round of `shown`'s.
    pub fn posted_in(&self, shown: i32) -> Option<NaiveDate> {
        self.posted.filter(|_| self.standing(shown).counts())
    }

    /// Makes the ticks and posting day the round of `shown`'s before one is
    /// entered: an earlier round's move to [`EligibilityInput::previous`]
    /// (the page said they do not count), then the new round starts empty.
    pub fn bind_to(&mut self, shown: i32) {
        if let Some(year) = self.standing(shown).other_year() {
            self.previous = Some(PastRound {
                year,
                target: self.applicant.target,
                posted: self.posted.take(),
                ticks: std::mem::take(&mut self.ticks),
                ..PastRound::default()
            });
            self.ticks_to_check = false;
        }
        self.round = Some(shown);
    }
}

/// The timeline's inputs (`unit` required).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineInput {
    /// Who carries the unit's files.
    pub unit: UnitKind,
    /// For a 市内单位, the day its city's bureau wants the files.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "dates::ymd_opt"
    )]
    pub city_deadline: Option<NaiveDate>,
    /// Working days left for the seal or review; `None`: the default
    /// ([`crate::domain::timeline::DEFAULT_SEAL_DAYS`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seal_days: Option<u32>,
    /// The round `city_deadline` and `seal_days` belong to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<i32>,
}

impl TimelineInput {
    /// The seal days the plan uses.
    pub fn seal_days(&self) -> u32 {
        self.seal_days
            .unwrap_or(crate::domain::timeline::DEFAULT_SEAL_DAYS)
    }

    /// Whether any round-bound fact is given.
    pub fn has_round_facts(&self) -> bool {
        self.city_deadline.is_some() || self.seal_days.is_some()
    }

    /// How the city date and seal days stand for the round of `shown`.
    pub fn standing(&self, shown: i32) -> Standing {
        Standing::of_facts(self.has_round_facts(), self.round, shown)
    }

    /// The inputs as they count for the round of `shown`: another round's
    /// city date and seal days are left out (the unit kind stays).
    pub fn in_round(&self, shown: i32) -> TimelineInput {
        if self.standing(shown).counts() {
            return *self;
        }
        TimelineInput {
            unit: self.unit,
            city_deadline: None,
            seal_days: None,
            round: None,
        }
    }
}

/// A user-supplied holiday schedule, in the holiday-cn shape.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserYear {
    /// The year.
    pub year: i32,
    /// The days off and make-up working days given.
    pub days: Vec<UserDay>,
    /// How the user gave it; missing, it reads as single days (an estimate
    /// is never assumed away).
    #[serde(default = "origin_when_missing")]
    pub origin: UserOrigin,
}

fn origin_when_missing() -> UserOrigin {
    UserOrigin::SingleDays
}

/// One day of a [`UserYear`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserDay {
    /// The day.
    #[serde(deserialize_with = "dates::ymd")]
    pub date: NaiveDate,
    /// The holiday it belongs to, e.g. `春节`.
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
    /// The applicant with this id.
    pub fn applicant(&self, id: &str) -> Option<&Record> {
        self.applicants.iter().find(|r| r.id == id)
    }

    /// The rounds known: the shipped notices and the user's profiles.
    pub fn rounds(&self) -> Rounds<'_> {
        Rounds::new(Notice::official_notices(), &self.profiles)
    }

    /// Checks every value: the same checks on load ([`decode`]) and on
    /// import ([`transfer::parse_import`]), before anything is used.
    ///
    /// # Errors
    ///
    /// The first [`Problem`] found.
    pub fn validate(&self) -> Result<(), Problem> {
        if let Some(days) = self.timeline.and_then(|t| t.seal_days) {
            if days > crate::domain::parse::MAX_SEAL_DAYS {
                return Err(Problem::SealDays(days));
            }
        }
        let rounds = self
            .timeline
            .and_then(|t| t.round)
            .into_iter()
            .chain(
                self.paperwork
                    .iter()
                    .flat_map(|p| p.round.into_iter().chain(p.history.iter().map(|h| h.year))),
            )
            .chain(
                self.eligibility
                    .iter()
                    .flat_map(|e| e.round.into_iter().chain(e.previous.iter().map(|p| p.year))),
            )
            .chain(
                self.applicants
                    .iter()
                    .chain(&self.past_applicants)
                    .flat_map(|r| r.round.into_iter().chain(r.history.iter().map(|h| h.year))),
            );
        for year in rounds {
            if !dates::SUPPORTED_YEARS.contains(&year) {
                return Err(Problem::UnsupportedRound(year));
            }
        }
        if let Some(date) = self
            .timeline
            .and_then(|t| t.city_deadline)
            .filter(|d| !dates::is_supported(*d))
        {
            return Err(Problem::UnsupportedDate(date));
        }
        if let Some(calc) = &self.calculator {
            if !dates::is_supported(calc.date) {
                return Err(Problem::UnsupportedDate(calc.date));
            }
            parse_days(&calc.days.to_string()).map_err(Problem::CalculatorDays)?;
        }
        let mut years = BTreeSet::new();
        for profile in &self.profiles {
            if profile.official {
                return Err(Problem::ProfileMarkedOfficial(profile.year));
            }
            profile.validate().map_err(|error| Problem::Profile {
                year: profile.year,
                error,
            })?;
            if !years.insert(profile.year) {
                return Err(Problem::ProfileTwice(profile.year));
            }
        }
        if let Some(e) = &self.eligibility {
            if e.achievements.iter().any(|a| a.title.trim().is_empty()) {
                return Err(Problem::UntitledAchievement);
            }
            if e.applicant.patent.is_some_and(implausible) {
                return Err(Problem::ImplausiblePatent(None));
            }
        }
        let official = Calendar::official();
        let mut holiday_years = BTreeSet::new();
        for user in &self.holidays {
            if official.is_official(user.year) || !holiday_years.insert(user.year) {
                return Err(Problem::HolidayYearTwice(user.year));
            }
            user.schedule().map_err(Problem::Holiday)?;
        }
        check_records(&self.applicants, &self.past_applicants)
    }
}

fn implausible(patent: crate::domain::eligibility::Patent) -> bool {
    patent.annual_benefit_yuan > crate::domain::eligibility::MAX_ANNUAL_BENEFIT_YUAN
}

/// Every applicant, present or past, has an id and a name, ids are unique
/// across both lists, posting days lie in the supported years, patent
/// benefits are plausible and every item of achievement has a title.
fn check_records(records: &[Record], past: &[Record]) -> Result<(), Problem> {
    let mut ids = BTreeSet::new();
    for (i, r) in records.iter().chain(past).enumerate() {
        if r.name.trim().is_empty() {
            return Err(Problem::UnnamedApplicant(i + 1));
        }
        let who = || dates::shorten(&one_line(&r.name));
        if r.id.trim().is_empty() {
            return Err(Problem::ApplicantWithoutId(who()));
        }
        if !ids.insert(r.id.as_str()) {
            return Err(Problem::ApplicantIdTwice(dates::shorten(&r.id)));
        }
        if let Some(posted) = r.posted.filter(|d| !dates::is_supported(*d)) {
            return Err(Problem::UnsupportedPosting { who: who(), posted });
        }
        if r.applicant.patent.is_some_and(implausible) {
            return Err(Problem::ImplausiblePatent(Some(who())));
        }
        if r.achievements.iter().any(|a| a.title.trim().is_empty()) {
            return Err(Problem::UntitledAchievement);
        }
    }
    Ok(())
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
            past_applicants: Vec::new(),
            backup: None,
        }
    }
}

/// Reads a stored document, checking every value: a newer or unknown
/// schema is refused whatever else the text holds; then the shape, then
/// [`Stored::validate`].
///
/// ```
/// use pingshen::store::{decode, encode, StorageError, Stored};
/// let text = encode(&Stored::default());
/// assert_eq!(text, r#"{"schema":2}"#);
/// assert_eq!(decode(&text), Ok(Stored::default()));
/// assert_eq!(decode(r#"{"schema":3,"x":"?"}"#), Err(StorageError::FutureVersion(3)));
/// ```
///
/// # Errors
///
/// [`StorageError`] when the text is not a document of a known schema or
/// holds an invalid value; the caller keeps the text under a backup key.
pub fn decode(text: &str) -> Result<Stored, StorageError> {
    /// Just the schema, for a text that does not read as this schema's
    /// document: its number decides what to say.
    #[derive(Deserialize)]
    struct Version {
        schema: u32,
    }
    let known = |schema: u32| match schema {
        1..=SCHEMA_VERSION => Ok(()),
        v if v > SCHEMA_VERSION => Err(StorageError::FutureVersion(v)),
        v => Err(StorageError::UnknownVersion(v)),
    };
    // One pass for the usual document (it is read again before every
    // save); a second, of the schema alone, only when that pass fails.
    let stored: Stored = match serde_json::from_slice(text.as_bytes()) {
        Ok(stored) => stored,
        Err(error) => {
            let Version { schema } =
                serde_json::from_slice(text.as_bytes()).map_err(ReadError::from)?;
            known(schema)?;
            return Err(ReadError::from(error).into());
        }
    };
    known(stored.schema)?;
    stored.validate()?;
    Ok(stored)
}

/// Writes a document in the current schema (compact JSON, fields in
/// declaration order, empty ones left out).
pub fn encode(stored: &Stored) -> String {
    serde_json::to_string(stored).unwrap_or_else(|_| unreachable!("plain data always serialises"))
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

    use crate::domain::test_dates::d;

    #[test]
    fn profiles_and_holidays_round_trip_and_apply() {
        let mut stored = sample();
        stored.profiles.push(crate::domain::rounds::project(
            &Notice::official_2024(),
            2025,
            &crate::domain::calendar::Calendar::official(),
        ));
        stored.timeline = Some(TimelineInput {
            unit: UnitKind::CityUnit,
            city_deadline: Some(d(2025, 7, 25)),
            seal_days: None,
            round: Some(2025),
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
        let cal = crate::store::calendar_with(&back.holidays);
        let round_2025 = back.rounds().for_year(2025, &cal);
        assert_eq!(round_2025.kind, RoundKind::User);
        assert!(!round_2025.notice.official);
        let cal = crate::store::calendar_with(&back.holidays);
        assert!(cal.has_data(2027));
        assert!(!cal.is_working_day(d(2027, 1, 1)));
        // Without profiles 2025 is projected and 2024 official.
        let cal = crate::store::calendar_with(&Stored::default().holidays);
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
        let cal = crate::store::calendar_with(&stored.holidays);
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
        let mut profile = crate::domain::rounds::project(
            &Notice::official_2024(),
            2025,
            &crate::domain::calendar::Calendar::official(),
        );
        profile.place = "旧文档".into();
        let old = format!(
            r#"{{"schema":1,"profiles":[{}],"active_year":2025}}"#,
            serde_json::to_string(&profile).unwrap()
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
            profiles: vec![
                crate::domain::rounds::project(
                    &Notice::official_2024(),
                    2025,
                    &crate::domain::calendar::Calendar::official()
                );
                2
            ],
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
            r#"{"schema":2,"calculator":{"mode":"backward","date":"2024-07-31","days":5}}"#
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

    /// The checks an import makes are made on load too: a stored document
    /// with two applicants of one id, a nameless one, or a field given
    /// twice is not used (the browser layer backs it up).
    #[test]
    fn a_stored_document_passes_the_import_checks() {
        let table = [
            (
                r#"{"schema":1,"applicants":[{"id":"a1","name":"甲"},{"id":"a1","name":"乙"}]}"#,
                "申报人编号 a1 出现两次",
            ),
            (
                r#"{"schema":1,"applicants":[{"id":"a1","name":" "}]}"#,
                "第 1 位申报人没有姓名",
            ),
            (
                r#"{"schema":1,"applicants":[{"id":"a1","name":"甲","name":"乙"}]}"#,
                "字段 name 出现两次",
            ),
            (r#"{"schema":1,"schema":1}"#, "字段 schema 出现两次"),
            (
                r#"{"schema":1,"applicants":[{"id":"a1"}]}"#,
                "缺少字段 name",
            ),
            (
                r#"{"schema":1,"applicants":[{"name":"甲"}]}"#,
                "缺少字段 id",
            ),
        ];
        for (text, expected) in table {
            let err = decode(text).unwrap_err().to_string();
            assert!(err.contains(expected), "{text}: {err}");
        }
        // Only schema, and each applicant's id and name, are required.
        let minimal = decode(r#"{"schema":1,"applicants":[{"id":"a1","name":"甲"}]}"#).unwrap();
        assert_eq!(minimal.applicants[0].applicant, Applicant::default());
    }

    #[test]
    fn backup_keys_are_distinct_and_prefixed() {
        assert_eq!(backup_key(1), "pingshen.backup.1");
        assert_ne!(backup_key(1), backup_key(2));
        assert!(!backup_key(1).eq(KEY));
    }
}
