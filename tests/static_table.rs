//! The calculator's first answer before the wasm (issue 22) is drawn from
//! `static/publicity-ends.json` (written by `examples/publicity_table.rs`).
//! Here every day of it is read back and checked against the rules, and no
//! day the rules answer from official data is missing: a change of the
//! holiday data or of the rule that is not written to the table fails here.

#![cfg(not(target_arch = "wasm32"))]

use chrono::{Days, NaiveDate};
use pingshen::domain::calendar::Calendar;
use pingshen::domain::notice::{Notice, UnitKind};
use pingshen::domain::publicity::{period_from_posting, Period, NOTICE_MINIMUM_WORKING_DAYS};
use pingshen::domain::rounds::Rounds;
use pingshen::domain::timeline::{plan, plan_facts, DEFAULT_SEAL_DAYS};

struct Table {
    days: u32,
    from: NaiveDate,
    first: Vec<u8>,
    end: Vec<u8>,
}

/// The table's first day, `from` (`YYYY-MM-DD`).
fn from_day(value: &serde_json::Value) -> NaiveDate {
    value["from"]
        .as_str()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .expect("from")
}

fn table() -> Table {
    let text = include_str!("../static/publicity-ends.json");
    let value: serde_json::Value = serde_json::from_str(text).expect("the table is JSON");
    let field = |name: &str| value[name].as_str().expect(name).as_bytes().to_vec();
    Table {
        days: u32::try_from(value["days"].as_u64().expect("days")).expect("days"),
        from: from_day(&value),
        first: field("first"),
        end: field("end"),
    }
}

/// The rules' publicity posted on `posted`, when it rests only on official
/// holiday data (what the table holds).
fn official_period(posted: NaiveDate, days: u32) -> Option<Period> {
    period_from_posting(&Calendar::official(), posted, days)
        .ok()
        .filter(|p| !p.is_estimated() && p.user_years.is_empty())
}

/// The day `offset` (the table's letter: `a` is 0) after `posted`, or none for `.`.
fn decode(posted: NaiveDate, letter: u8) -> Option<NaiveDate> {
    (letter != b'.').then(|| {
        assert!(letter.is_ascii_lowercase(), "{posted}: {}", letter as char);
        posted + Days::new(u64::from(letter - b'a'))
    })
}

#[test]
fn every_day_of_the_table_is_the_rules_answer() {
    let table = table();
    assert_eq!(table.days, NOTICE_MINIMUM_WORKING_DAYS);
    assert_eq!(table.first.len(), table.end.len());
    let mut answered = 0;
    for (i, (&first, &end)) in table.first.iter().zip(&table.end).enumerate() {
        let posted = table.from + Days::new(i as u64);
        let rules = official_period(posted, table.days);
        let shipped = decode(posted, first).zip(decode(posted, end));
        assert_eq!(
            shipped,
            rules.map(|p| (p.first_day(), p.end_day())),
            "posted {posted}: the table against the rules"
        );
        answered += usize::from(shipped.is_some());
    }
    // The four official years (2023–2026), less the last days of 2026
    // (their publicity runs into 2027); 2024's worked example among them
    // (posted 2024-07-24, ends 2024-07-31).
    assert!(answered > 4 * 365 - 14, "{answered} days answered");
    let posted = NaiveDate::from_ymd_opt(2024, 7, 24).unwrap();
    let i = usize::try_from((posted - table.from).num_days()).unwrap();
    assert_eq!(
        decode(posted, table.end[i]),
        NaiveDate::from_ymd_opt(2024, 7, 31)
    );
}

/// The captured first screen says 「公示不少于 5 个工作日」 and the table
/// counts 5 for a link without `days`: every shipped notice (and so every
/// projection, which follows one) must ask for that many.
#[test]
fn every_shipped_notice_asks_the_tables_days() {
    let table = table();
    for notice in Notice::official_notices() {
        assert_eq!(
            notice.publicity_working_days, table.days,
            "{} 年度通知",
            notice.year
        );
    }
}

#[test]
fn no_official_answer_is_left_out() {
    let table = table();
    let last = table.from + Days::new(table.first.len() as u64 - 1);
    // The days just outside the table have no official answer.
    for posted in [table.from - Days::new(1), last + Days::new(1)] {
        assert!(
            official_period(posted, table.days).is_none(),
            "{posted} is answered by the rules but not in the table"
        );
    }
}

/// 时间安排's answer before the app (static/timeline-answers.json, read by
/// scripts/route.js): for each day, the round in force and whether the
/// latest posting day has passed, for a provincial unit and a city bureau
/// with nothing stored; and an answer captured for each.
#[test]
fn every_day_of_the_timeline_table_is_the_rules_round_and_plan() {
    let text = include_str!("../static/timeline-answers.json");
    let value: serde_json::Value = serde_json::from_str(text).expect("JSON");
    let from = from_day(&value);
    let years: Vec<i64> = value["rounds"]
        .as_array()
        .expect("rounds")
        .iter()
        .map(|y| y.as_i64().expect("a year"))
        .collect();
    let calendar = Calendar::official();
    let rounds = Rounds::new(Notice::official_notices(), &[]);
    let mut checked = 0;
    for unit in [UnitKind::Provincial, UnitKind::City] {
        let column = value[unit.code()]
            .as_str()
            .expect("a unit's column")
            .as_bytes();
        for (i, &letter) in column.iter().enumerate() {
            let day = from + Days::new(i as u64);
            let round = rounds.in_force(day, &calendar);
            let plan =
                plan(&calendar, &round.notice, unit, None, DEFAULT_SEAL_DAYS).expect("a plan");
            let passed = plan_facts(&plan, &round, day).posting_passed;
            let code = usize::from(letter - b'a');
            assert_eq!(
                (years[code / 2], code % 2 == 1),
                (i64::from(round.year()), passed),
                "{day}, {}: the table against the rules",
                unit.code()
            );
            let key = format!("{}-{}-{}", round.year(), unit.code(), u8::from(passed));
            let answer = value["answers"][&key]
                .as_str()
                .unwrap_or_else(|| panic!("no answer {key}"));
            // The captured `<time … data-static-testid="post-by">` is this day.
            let at = answer
                .find("data-static-testid=\"post-by\"")
                .expect("post-by");
            let tag = &answer[answer[..at].rfind("<time").expect("a time")..at];
            assert!(
                tag.contains(&format!("datetime=\"{}\"", plan.posting.latest_posting)),
                "{key}: {tag} is not {}",
                plan.posting.latest_posting
            );
            checked += 1;
        }
    }
    // From the round in force on the capture day to the end of 2028.
    assert!(checked > 2 * 2 * 365, "{checked} days");
    let before = rounds.in_force(from - Days::new(1), &calendar).year();
    assert_ne!(
        before,
        rounds.in_force(from, &calendar).year(),
        "the table starts with a round"
    );
}
