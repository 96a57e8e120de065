//! Schema 1 → 2: every round-bound fact gets the round it belongs to.
//!
//! - A dated fact goes to the round in force on its date (a posting day:
//!   the round in force on the posting day; the city's date: the round in
//!   force on that date).
//! - An undated fact (ticks, an exclusion, the seal days, the documents'
//!   place) goes to the round of the same record's posting day, else to the
//!   round in force on the day the new version first opens the document;
//!   ticks placed that way are marked to be checked ([`Record::ticks_to_check`]).
//!
//! Nothing is dropped: schema 1's `paperwork.excluded` ids move onto their
//! applicants. The same upgrade runs on load and on import, so a schema-1
//! backup file is read the same way.

use chrono::NaiveDate;

use super::Stored;
use crate::domain::calendar::Calendar;
use crate::domain::round_facts::round_of;
use crate::domain::rounds::Rounds;
use crate::domain::workspace::Record;

/// Why a fact went to its round.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// Its own date, or (for a record's ticks and exclusion) the same
    /// record's posting day.
    OwnDate(NaiveDate),
    /// The day the document was first opened by this version.
    Opened(NaiveDate),
}

/// One fact given its round by [`Stored::assign_rounds`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assigned {
    /// What, in Chinese: `申报人“张三”的公示张贴日期与材料勾选`, ….
    pub what: String,
    /// The round it now belongs to.
    pub round: i32,
    /// Why.
    pub basis: Basis,
}

/// The round of a group of facts: by `dated` if given, else the round in
/// force on `opened`.
fn round_by(
    rounds: &Rounds<'_>,
    cal: &Calendar,
    dated: Option<NaiveDate>,
    opened: NaiveDate,
) -> (i32, Basis) {
    match dated {
        Some(date) => (round_of(rounds, date, cal), Basis::OwnDate(date)),
        None => (round_of(rounds, opened, cal), Basis::Opened(opened)),
    }
}

impl Stored {
    /// Gives every round-bound fact without a round its round (schema 1,
    /// or a hand-made file), as of `opened`, the day in China the document
    /// is opened; moves schema 1's excluded ids onto the applicants. A
    /// dated fact stored with another round than its date's (a hand-made
    /// file claiming a 2026 posting for 2027) is moved to its date's round.
    /// Other facts that have a round are left alone, so running it again
    /// changes nothing. The document is then of this build's schema.
    ///
    /// Returns what was placed where (empty: nothing changed).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pingshen::store::{decode, Basis};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let mut stored = decode(r#"{"schema":1,"applicants":[{"id":"a","name":"甲","posted":"2026-07-20","ticks":["form-1"]}]}"#).unwrap();
    /// let placed = stored.assign_rounds(d(2026, 12, 6));
    /// assert_eq!(stored.applicants[0].round, Some(2026));
    /// assert_eq!(placed[0].basis, Basis::OwnDate(d(2026, 7, 20)));
    /// assert!(stored.assign_rounds(d(2026, 12, 6)).is_empty());
    /// ```
    pub fn assign_rounds(&mut self, opened: NaiveDate) -> Vec<Assigned> {
        let cal = super::calendar_with(&self.holidays);
        let profiles = self.profiles.clone();
        let rounds = Rounds::new(crate::domain::notice::Notice::official_notices(), &profiles);
        let mut placed = Vec::new();

        // Schema 1 kept exclusions in the paperwork, by id.
        if let Some(paperwork) = self.paperwork.as_mut() {
            for id in std::mem::take(&mut paperwork.excluded) {
                if let Some(r) = self.applicants.iter_mut().find(|r| r.id == id) {
                    r.excluded = true;
                }
            }
        }

        // A dated fact's round is its date's: a stored round that says
        // otherwise (a hand-made file) gives way to the date.
        let misplaced = |round: Option<i32>, date: Option<NaiveDate>| {
            date.is_some_and(|d| Some(round_of(&rounds, d, &cal)) != round)
        };
        for record in self.applicants.iter_mut().chain(&mut self.past_applicants) {
            let unplaced = record.round.is_none() && record.has_round_facts();
            if !unplaced && !misplaced(record.round, record.posted) {
                continue;
            }
            let (round, basis) = round_by(&rounds, &cal, record.posted, opened);
            record.round = Some(round);
            if matches!(basis, Basis::Opened(_)) && !record.ticks.is_empty() {
                record.ticks_to_check = true;
            }
            placed.push(Assigned {
                what: format!("申报人“{}”的{}", record.name, facts_of(record)),
                round,
                basis,
            });
        }

        // The unit's other round-bound facts: each group goes by its date.
        let mut place =
            |round: &mut Option<i32>, any: bool, date: Option<NaiveDate>, what: &str| {
                if (round.is_none() && any) || misplaced(*round, date) {
                    let (year, basis) = round_by(&rounds, &cal, date, opened);
                    *round = Some(year);
                    placed.push(Assigned {
                        what: what.into(),
                        round: year,
                        basis,
                    });
                    return Some(basis);
                }
                None
            };
        if let Some(t) = self.timeline.as_mut() {
            let any = t.has_round_facts();
            place(
                &mut t.round,
                any,
                t.city_deadline,
                "时间安排的市局收件日期与盖章/审核工作日",
            );
        }
        if let Some(p) = self.paperwork.as_mut() {
            let any = p.has_round_facts();
            let what = "材料文书的公示张贴日期、地点、异议与廉洁审查";
            place(&mut p.round, any, p.posted, what);
        }
        if let Some(own) = self.eligibility.as_mut() {
            let any = own.has_round_facts();
            let what = "资格自查的材料勾选与公示张贴日期";
            let basis = place(&mut own.round, any, own.posted, what);
            if matches!(basis, Some(Basis::Opened(_))) && !own.ticks.is_empty() {
                own.ticks_to_check = true;
            }
        }
        self.schema = super::SCHEMA_VERSION;
        placed
    }
}

/// Which of a record's round-bound facts are given, in words.
fn facts_of(record: &Record) -> String {
    let mut facts = Vec::new();
    if record.posted.is_some() {
        facts.push("公示张贴日期");
    }
    if !record.ticks.is_empty() {
        facts.push("材料勾选");
    }
    if record.excluded {
        facts.push("不列入文书");
    }
    if record.outcome.is_some() {
        facts.push("评审结果");
    }
    facts.join("、")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{decode, encode, TimelineInput};

    use crate::domain::test_dates::d;

    /// Where each fact of a schema-1 document goes, opened on 2026-12-06
    /// (the 2027 round in force). Rounds by hand: 2024's last window closed
    /// 08-09; 2026's (projected) closes Tue 08-11.
    #[test]
    fn each_fact_of_a_schema_1_document_goes_to_its_round() {
        let text = r#"{"schema":1,
            "timeline":{"unit":"city-unit","city_deadline":"2026-07-24","seal_days":3},
            "eligibility":{"ticks":["form-1"]},
            "applicants":[
                {"id":"a","name":"甲","posted":"2026-07-20","ticks":["form-1","form-3"]},
                {"id":"b","name":"乙","posted":"2024-08-12","ticks":["form-1"]},
                {"id":"c","name":"丙","ticks":["form-3"]},
                {"id":"d","name":"丁"},
                {"id":"e","name":"戊","posted":"2026-08-11"}
            ],
            "paperwork":{"unit_name":"某所","place":"一楼","posted":"2026-07-20","excluded":["b","c"]}}"#;
        let mut stored = decode(text).unwrap();
        assert_eq!(stored.schema, 1);
        let placed = stored.assign_rounds(d(2026, 12, 6));
        let round = |id: &str| stored.applicant(id).unwrap().round;
        // (record, round, ticks to check, excluded)
        let table = [
            ("a", Some(2026), false, false),
            // Posted after 2024's last window: the 2025 round's publicity.
            ("b", Some(2025), false, true),
            // Ticks without a posting day: the round in force when opened.
            ("c", Some(2027), true, true),
            // No round-bound fact: nothing to place.
            ("d", None, false, false),
            // 2026-08-11 is the 2026 round's last window day.
            ("e", Some(2026), false, false),
        ];
        for (id, expected, check, excluded) in table {
            let r = stored.applicant(id).unwrap();
            assert_eq!(round(id), expected, "{id}");
            assert_eq!(r.ticks_to_check, check, "{id}");
            assert_eq!(r.excluded, excluded, "{id}");
        }
        assert_eq!(
            stored.timeline,
            Some(TimelineInput {
                unit: crate::domain::notice::UnitKind::CityUnit,
                city_deadline: Some(d(2026, 7, 24)),
                seal_days: Some(3),
                round: Some(2026),
            })
        );
        let paperwork = stored.paperwork.as_ref().unwrap();
        assert_eq!(paperwork.round, Some(2026));
        assert!(paperwork.excluded.is_empty(), "moved onto the applicants");
        let own = stored.eligibility.as_ref().unwrap();
        assert_eq!((own.round, own.ticks_to_check), (Some(2027), true));
        // What was placed, and why.
        let bases: Vec<(i32, Basis)> = placed.iter().map(|p| (p.round, p.basis)).collect();
        assert_eq!(
            bases,
            [
                (2026, Basis::OwnDate(d(2026, 7, 20))),
                (2025, Basis::OwnDate(d(2024, 8, 12))),
                (2027, Basis::Opened(d(2026, 12, 6))),
                (2026, Basis::OwnDate(d(2026, 8, 11))),
                (2026, Basis::OwnDate(d(2026, 7, 24))),
                (2026, Basis::OwnDate(d(2026, 7, 20))),
                (2027, Basis::Opened(d(2026, 12, 6))),
            ]
        );
        assert_eq!(placed[2].what, "申报人“丙”的材料勾选、不列入文书");
        // Written as schema 2 and read back the same; a second run changes nothing.
        let written = encode(&stored);
        assert!(written.starts_with(r#"{"schema":2,"#), "{written}");
        let mut again = decode(&written).unwrap();
        assert!(again.assign_rounds(d(2027, 3, 1)).is_empty());
        assert_eq!(again.applicants, stored.applicants);
    }

    /// A hand-made schema-2 file cannot pass last round's publicity off as
    /// this round's: the posting day decides its round.
    #[test]
    fn a_dated_fact_stored_under_another_round_goes_to_its_dates_round() {
        let text = r#"{"schema":2,
            "applicants":[{"id":"a","name":"甲","posted":"2026-07-20","ticks":["form-1"],"round":2027}],
            "timeline":{"unit":"city-unit","city_deadline":"2026-07-24","round":2027},
            "paperwork":{"posted":"2026-07-20","round":2027}}"#;
        let mut stored = decode(text).unwrap();
        let placed = stored.assign_rounds(d(2026, 12, 6));
        assert_eq!(placed.len(), 3);
        assert_eq!(stored.applicants[0].round, Some(2026));
        assert_eq!(stored.timeline.unwrap().round, Some(2026));
        assert_eq!(stored.paperwork.unwrap().round, Some(2026));
    }

    /// The day the document is first opened decides undated facts: the
    /// same schema-1 ticks opened inside the 2024 round belong to 2024.
    #[test]
    fn undated_facts_follow_the_round_in_force_when_opened() {
        let text = r#"{"schema":1,"applicants":[{"id":"c","name":"丙","ticks":["form-3"]}],"timeline":{"unit":"provincial","seal_days":1}}"#;
        for (opened, round) in [
            (d(2024, 7, 20), 2024),
            (d(2024, 8, 9), 2024),
            (d(2024, 8, 10), 2025),
            (d(2026, 12, 6), 2027),
        ] {
            let mut stored = decode(text).unwrap();
            stored.assign_rounds(opened);
            assert_eq!(stored.applicants[0].round, Some(round), "{opened}");
            assert_eq!(stored.timeline.unwrap().round, Some(round), "{opened}");
        }
    }
}
