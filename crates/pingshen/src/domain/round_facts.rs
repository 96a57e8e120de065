//! Which evaluation round a unit's facts belong to.
//!
//! What a unit did for one round — a publicity's posting day, the forms
//! ticked, who was left out of the documents, the city's hand-in date, the
//! seal days — is that round's. A publicity held for the 2026 round is not
//! the 2027 round's: this application's materials must be shown in this
//! round's publicity before they go up, and files that skipped it are
//! refused (「六、申报流程」(三)(四)：未经以上报送及审核程序的材料，不予受理).
//! What carries over is the people: names, titles and their dates,
//! education, patents, achievements, their own units.
//!
//! - [`round_of`]: the round a dated fact belongs to (the round in force on
//!   its date).
//! - [`Reach`] / [`reach`]: the days a round is in force; a date typed or
//!   linked for the round shown must lie inside ([`check_in_reach`]).
//! - [`Standing`]: whether facts of one round count for the round shown.
//! - [`Outcome`] and [`PastRound`]: last round's result and an applicant's
//!   read-only history.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use pingshen::domain::{calendar::Calendar, notice::Notice, rounds::Rounds, round_facts};
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let rounds = Rounds::new(Notice::official_notices(), &[]);
//! let cal = Calendar::official();
//! // A publicity posted on 2026-07-20 was the 2026 round's.
//! assert_eq!(round_facts::round_of(&rounds, d(2026, 7, 20), &cal), 2026);
//! // The 2027 round is in force from the day after 2026's last window.
//! let reach = round_facts::reach(&rounds, 2027, &cal);
//! assert!(!reach.contains(d(2026, 7, 24)));
//! assert!(reach.contains(d(2027, 7, 24)));
//! ```

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::calendar::Calendar;
use crate::domain::dates;
use crate::domain::eligibility::Level;
use crate::domain::rounds::Rounds;

/// The round (by year) a dated fact belongs to: the round in force on its
/// date. A posting on 2026-07-20 belongs to the 2026 round, one on
/// 2026-08-20 (after 2026's last window) to the 2027 round.
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::{calendar::Calendar, notice::Notice, round_facts, rounds::Rounds};
/// let cal = Calendar::official();
/// let rounds = Rounds::new(Notice::official_notices(), &[]);
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // 2026's round is projected from the 2024 notice: the city window's
/// // three working days from Fri 08-07 close on Tue 08-11.
/// assert_eq!(round_facts::round_of(&rounds, d(7, 20), &cal), 2026);
/// assert_eq!(round_facts::round_of(&rounds, d(8, 11), &cal), 2026);
/// assert_eq!(round_facts::round_of(&rounds, d(8, 12), &cal), 2027);
/// ```
pub fn round_of(rounds: &Rounds<'_>, date: NaiveDate, cal: &Calendar) -> i32 {
    rounds.in_force(date, cal).year()
}

/// The days a round is in force: from the day after the previous round's
/// last submission window closes to the close of its own last window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reach {
    /// The round's year.
    pub year: i32,
    /// The first day it is in force.
    pub first: NaiveDate,
    /// The close of its last window.
    pub last: NaiveDate,
}

impl Reach {
    /// Whether `date` lies in the round's reach.
    pub fn contains(&self, date: NaiveDate) -> bool {
        (self.first..=self.last).contains(&date)
    }
}

/// The reach of the round of `year`.
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::{calendar::Calendar, notice::Notice, rounds::Rounds, round_facts};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let rounds = Rounds::new(Notice::official_notices(), &[]);
/// // 2024's city window closed on 08-09; 2025's is projected to close 08-11.
/// let reach = round_facts::reach(&rounds, 2025, &Calendar::official());
/// assert_eq!((reach.first, reach.last), (d(2024, 8, 10), d(2025, 8, 11)));
/// ```
pub fn reach(rounds: &Rounds<'_>, year: i32, cal: &Calendar) -> Reach {
    let previous_close = rounds.for_year(year - 1, cal).last_window_close();
    Reach {
        year,
        first: previous_close.succ_opt().unwrap_or(previous_close),
        last: rounds.for_year(year, cal).last_window_close(),
    }
}

/// A date of another round, typed or linked where the round shown's facts
/// are entered: it is refused and nothing is saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutOfReach {
    /// What the date is (e.g. `公示张贴日期`).
    pub label: &'static str,
    /// The date given.
    pub date: NaiveDate,
    /// The reach of the round shown.
    pub reach: Reach,
    /// The round the date belongs to.
    pub belongs_to: i32,
}

impl fmt::Display for OutOfReach {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}{}属于 {} 年度，不是本页的 {} 年度（{}至{}）：未保存。请填写 {} 年度的日期，或在页首切换评审年度",
            self.label,
            dates::long_zh(self.date),
            self.belongs_to,
            self.reach.year,
            dates::long_zh(self.reach.first),
            dates::long_zh(self.reach.last),
            self.reach.year
        )
    }
}

impl std::error::Error for OutOfReach {}

/// Checks that `date`, entered as `label` for the round of `year`, lies in
/// that round's reach.
///
/// The calculator's questions (`posted`, `end_by`) are about any day and
/// are never checked; this is for a unit's facts.
///
/// # Errors
///
/// [`OutOfReach`] naming the round the date belongs to.
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::{calendar::Calendar, notice::Notice, rounds::Rounds, round_facts};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let rounds = Rounds::new(Notice::official_notices(), &[]);
/// let cal = Calendar::official();
/// let err = round_facts::check_in_reach(&rounds, 2027, "市局收件日期", d(2026, 7, 24), &cal).unwrap_err();
/// assert_eq!(err.belongs_to, 2026);
/// assert!(err.to_string().starts_with("市局收件日期2026年7月24日（周五）属于 2026 年度"));
/// assert!(round_facts::check_in_reach(&rounds, 2027, "市局收件日期", d(2027, 7, 23), &cal).is_ok());
/// ```
pub fn check_in_reach(
    rounds: &Rounds<'_>,
    year: i32,
    label: &'static str,
    date: NaiveDate,
    cal: &Calendar,
) -> Result<(), OutOfReach> {
    let reach = reach(rounds, year, cal);
    if reach.contains(date) {
        return Ok(());
    }
    Err(OutOfReach {
        label,
        date,
        reach,
        belongs_to: round_of(rounds, date, cal),
    })
}

/// How facts bound to round `facts` stand for the round shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Standing {
    /// No round-bound facts yet: the first one entered binds them.
    Unbound,
    /// They are the round shown's: they count.
    Current,
    /// They are an earlier round's: shown as that round's, never counted.
    Earlier(i32),
    /// They are a later round's (an earlier round is shown): not counted.
    Later(i32),
}

impl Standing {
    /// The standing of facts of round `facts` (`None`: no facts) for the
    /// round of `shown`.
    ///
    /// ```
    /// use pingshen::domain::round_facts::Standing;
    /// assert_eq!(Standing::of(None, 2027), Standing::Unbound);
    /// assert_eq!(Standing::of(Some(2027), 2027), Standing::Current);
    /// assert_eq!(Standing::of(Some(2026), 2027), Standing::Earlier(2026));
    /// assert_eq!(Standing::of(Some(2027), 2024), Standing::Later(2027));
    /// ```
    pub fn of(facts: Option<i32>, shown: i32) -> Self {
        match facts {
            None => Standing::Unbound,
            Some(year) if year == shown => Standing::Current,
            Some(year) if year < shown => Standing::Earlier(year),
            Some(year) => Standing::Later(year),
        }
    }

    /// The standing of a group of round-bound facts: `any` says whether
    /// there is one; `round` is the round stored with them (none stored
    /// yet: taken as the round shown's, to be bound when next changed).
    ///
    /// ```
    /// use pingshen::domain::round_facts::Standing;
    /// assert_eq!(Standing::of_facts(false, Some(2026), 2027), Standing::Unbound);
    /// assert_eq!(Standing::of_facts(true, Some(2026), 2027), Standing::Earlier(2026));
    /// assert_eq!(Standing::of_facts(true, None, 2027), Standing::Current);
    /// ```
    pub fn of_facts(any: bool, round: Option<i32>, shown: i32) -> Self {
        if any {
            Standing::of(round.or(Some(shown)), shown)
        } else {
            Standing::Unbound
        }
    }

    /// Whether the facts count for the round shown (and may be edited).
    pub fn counts(self) -> bool {
        matches!(self, Standing::Unbound | Standing::Current)
    }

    /// The other round's year, when the facts are not the round shown's.
    pub fn other_year(self) -> Option<i32> {
        match self {
            Standing::Earlier(year) | Standing::Later(year) => Some(year),
            Standing::Unbound | Standing::Current => None,
        }
    }
}

crate::labelled_enum! {
    /// An applicant's result in a round, recorded by the unit once it is known.
    /// Stored as its [`code`](Self::code), listed in the order offered.
    pub serde enum Outcome {
        /// 通过: the title was conferred; not carried into the next round at
        /// the same level.
        Passed = "passed" => "通过",
        /// 未通过: may apply again.
        NotPassed = "not-passed" => "未通过",
        /// 未申报: did not go up that round.
        NotApplied = "not-applied" => "未申报",
    }
}

/// One earlier round of an applicant, kept read-only when the unit starts
/// a new round: what was applied for, posted, ticked and decided.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PastRound {
    /// The round's year.
    pub year: i32,
    /// The level applied for that round.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Level>,
    /// The publicity's posting day that round.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::dates::ymd_opt"
    )]
    pub posted: Option<NaiveDate>,
    /// The forms ticked as ready that round.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ticks: Vec<String>,
    /// Left out of that round's documents.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub excluded: bool,
    /// The result, if recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
}

impl PastRound {
    /// One line in Chinese, e.g.
    /// `2026 年度：高级工程师，2026年7月20日张贴公示，材料勾选 3 项，结果：通过`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pingshen::domain::{eligibility::Level, round_facts::{Outcome, PastRound}};
    /// let past = PastRound {
    ///     year: 2026,
    ///     target: Some(Level::SeniorEngineer),
    ///     posted: NaiveDate::from_ymd_opt(2026, 7, 20),
    ///     ticks: vec!["form-1".into(), "form-3".into()],
    ///     excluded: false,
    ///     outcome: Some(Outcome::Passed),
    /// };
    /// assert_eq!(past.text(), "2026 年度：高级工程师，2026年7月20日张贴公示，材料勾选 2 项，结果：通过");
    /// ```
    pub fn text(&self) -> String {
        let mut parts = vec![self.target.map_or("未选级别", Level::label).to_string()];
        parts.push(match self.posted {
            Some(day) => format!("{}年{}张贴公示", day.year(), dates::month_day_zh(day)),
            None => "未公示".to_string(),
        });
        if !self.ticks.is_empty() {
            parts.push(format!("材料勾选 {} 项", self.ticks.len()));
        }
        if self.excluded {
            parts.push("未列入文书".to_string());
        }
        parts.push(format!(
            "结果：{}",
            self.outcome.map_or("未记录", Outcome::label)
        ));
        format!("{} 年度：{}", self.year, parts.join("，"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::notice::Notice;

    use crate::domain::test_dates::d;

    /// The round of a dated fact, by hand from a printed calendar: 2024's
    /// last window closes 08-09 (published); 2025's projected city window
    /// runs three working days from Thu 08-07 to Mon 08-11, 2026's from
    /// Fri 08-07 to Tue 08-11.
    #[test]
    fn the_round_of_a_date_is_the_round_in_force_on_it() {
        let rounds = Rounds::new(Notice::official_notices(), &[]);
        let cal = Calendar::official();
        let table = [
            (d(2024, 1, 2), 2024),
            (d(2024, 7, 22), 2024),
            (d(2024, 8, 9), 2024),
            (d(2024, 8, 10), 2025),
            (d(2025, 8, 11), 2025),
            (d(2025, 8, 12), 2026),
            (d(2026, 7, 20), 2026),
            (d(2026, 7, 24), 2026),
            (d(2026, 8, 11), 2026),
            (d(2026, 8, 12), 2027),
            (d(2026, 12, 6), 2027),
        ];
        for (date, year) in table {
            assert_eq!(round_of(&rounds, date, &cal), year, "{date}");
        }
    }

    /// The reach of each round, written out by hand (a round is in force
    /// from the day after the previous round's last window to the close of
    /// its own; every window but 2024's is projected: the same month and day,
    /// moved to the first working day, for as many working days as in 2024:
    /// provincial 2 from 08-01, city 3 from 08-07):
    /// - 2023 (projected from 2024; 2023.json lists nothing in August):
    ///   Mon 2023-08-07 to Wed 08-09.
    /// - 2024: the notice's 8月7至9日 (「七、时间安排及报卷地点」): 2024-08-09.
    /// - 2025: Thu 2025-08-07, Fri 08-08, Mon 08-11 (2025.json: nothing in August).
    /// - 2026: Fri 2026-08-07, Mon 08-10, Tue 08-11 (2026.json: nothing in August).
    /// - 2027: Sat 2027-08-07 → Mon 08-09 to Wed 08-11.
    /// - 2028: Mon 2028-08-07 to Wed 08-09.
    /// - 2029: Tue 2029-08-07 to Thu 08-09.
    /// - 2030: Wed 2030-08-07 to Fri 08-09.
    ///
    /// Every day of 2024–2028 lies in the literal reach of the round it
    /// belongs to and in no other.
    #[test]
    fn reaches_tile_every_day_of_2024_to_2028() {
        let rounds = Rounds::new(Notice::official_notices(), &[]);
        let cal = Calendar::official();
        // (year, first day in force, close of its last window)
        let reaches = [
            (2024, d(2023, 8, 10), d(2024, 8, 9)),
            (2025, d(2024, 8, 10), d(2025, 8, 11)),
            (2026, d(2025, 8, 12), d(2026, 8, 11)),
            (2027, d(2026, 8, 12), d(2027, 8, 11)),
            (2028, d(2027, 8, 12), d(2028, 8, 9)),
            (2029, d(2028, 8, 10), d(2029, 8, 9)),
            (2030, d(2029, 8, 10), d(2030, 8, 9)),
        ];
        for (year, first, last) in reaches {
            assert_eq!(
                reach(&rounds, year, &cal),
                Reach { year, first, last },
                "{year}"
            );
        }
        let mut day = d(2024, 1, 1);
        while day <= d(2028, 12, 31) {
            let holding: Vec<i32> = reaches
                .iter()
                .filter(|(_, first, last)| (*first..=*last).contains(&day))
                .map(|(year, _, _)| *year)
                .collect();
            assert_eq!(holding.len(), 1, "{day}: {holding:?}");
            let year = holding[0];
            assert_eq!(round_of(&rounds, day, &cal), year, "{day}");
            assert!(reach(&rounds, year, &cal).contains(day), "{day}");
            assert!(!reach(&rounds, year + 1, &cal).contains(day), "{day}");
            assert!(!reach(&rounds, year - 1, &cal).contains(day), "{day}");
            day = day.succ_opt().unwrap();
        }
    }

    #[test]
    fn a_date_outside_the_round_shown_is_refused_naming_its_round() {
        let rounds = Rounds::new(Notice::official_notices(), &[]);
        let cal = Calendar::official();
        // (round shown, date, accepted or the round it belongs to)
        let table = [
            (2027, d(2026, 7, 24), Err(2026)),
            (2027, d(2026, 8, 11), Err(2026)),
            (2027, d(2026, 8, 12), Ok(())),
            (2027, d(2027, 7, 24), Ok(())),
            (2027, d(2027, 8, 12), Err(2028)),
            (2024, d(2024, 7, 22), Ok(())),
            (2024, d(2024, 8, 10), Err(2025)),
        ];
        for (shown, date, expected) in table {
            let got = check_in_reach(&rounds, shown, "公示张贴日期", date, &cal)
                .map_err(|e| e.belongs_to);
            assert_eq!(got, expected, "{shown} {date}");
        }
        let message = check_in_reach(&rounds, 2027, "公示张贴日期", d(2026, 7, 24), &cal)
            .unwrap_err()
            .to_string();
        assert!(message.contains("属于 2026 年度"), "{message}");
        assert!(message.contains("2027 年度"), "{message}");
        assert!(message.contains("未保存"), "{message}");
    }

    #[test]
    fn outcomes_have_codes_and_labels() {
        let codes: Vec<_> = Outcome::ALL.iter().map(|o| o.code()).collect();
        assert_eq!(codes, ["passed", "not-passed", "not-applied"]);
        let labels: Vec<_> = Outcome::ALL.iter().map(|o| o.label()).collect();
        assert_eq!(labels, ["通过", "未通过", "未申报"]);
        for &o in Outcome::ALL {
            let json = serde_json::to_string(&o).unwrap();
            assert_eq!(json, format!("\"{}\"", o.code()));
        }
    }
}
