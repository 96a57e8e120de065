//! Prints, for every day from the first day of the round in force on the
//! given day (default: the first day of 2024) to the end of 2028, the round
//! in force and, for a provincial unit and a city bureau with nothing
//! stored (the default seal days), whether the latest posting day has
//! passed; and each round, unit and passed-or-not with the first day it is
//! today's. scripts/capture-static.mjs captures the app's timeline answer
//! for each on that day into static/timeline-answers.json, with this table;
//! scripts/route.js shows the one for today before the wasm arrives
//! (issue 22). tests/static_table.rs checks every day against the rules.
//!
//!     cargo run --example timeline_table -- 2026-12-06

use chrono::{Days, NaiveDate};
use pingshen::domain::calendar::Calendar;
use pingshen::domain::notice::{Notice, UnitKind};
use pingshen::domain::rounds::Rounds;
use pingshen::domain::timeline::{plan, plan_facts, DEFAULT_SEAL_DAYS};

/// The units whose answer needs nothing but the round (a 市内单位's needs
/// the city's date).
const UNITS: [UnitKind; 2] = [UnitKind::Provincial, UnitKind::City];

fn main() {
    let calendar = Calendar::official();
    let rounds = Rounds::new(Notice::official_notices(), &[]);
    let given = std::env::args()
        .nth(1)
        .map(|day| day.parse::<NaiveDate>().expect("a day, YYYY-MM-DD"))
        .unwrap_or(NaiveDate::from_ymd_opt(2024, 1, 1).expect("a date"));
    // From the first day of the round in force then: the day after the
    // previous round's last window.
    let in_force = rounds.in_force(given, &calendar).year();
    let mut first = given;
    while rounds.in_force(first - Days::new(1), &calendar).year() == in_force {
        first = first - Days::new(1);
    }
    let last = NaiveDate::from_ymd_opt(2028, 12, 31).expect("a date");
    let mut years: Vec<i32> = Vec::new();
    let mut columns: Vec<String> = vec![String::new(); UNITS.len()];
    // Each round, unit and passed-or-not, with the first day it is today's.
    let mut variants: Vec<(i32, UnitKind, bool, NaiveDate)> = Vec::new();
    let mut day = first;
    while day <= last {
        let round = rounds.in_force(day, &calendar);
        if !years.contains(&round.year()) {
            years.push(round.year());
        }
        let index = years
            .iter()
            .position(|&y| y == round.year())
            .expect("listed");
        for (unit, column) in UNITS.into_iter().zip(&mut columns) {
            match plan(&calendar, &round.notice, unit, None, DEFAULT_SEAL_DAYS) {
                Ok(plan) => {
                    let passed = plan_facts(&plan, &round, day).posting_passed;
                    // Two letters a round: `a` its first round not passed, `b` passed, …
                    let code = index * 2 + usize::from(passed);
                    column.push(char::from(b'a' + u8::try_from(code).expect("few rounds")));
                    if !variants
                        .iter()
                        .any(|v| (v.0, v.1, v.2) == (round.year(), unit, passed))
                    {
                        variants.push((round.year(), unit, passed, day));
                    }
                }
                Err(_) => column.push('.'),
            }
        }
        day = day + Days::new(1);
    }
    let mut table = serde_json::json!({
        "from": first.to_string(),
        "rounds": years,
        "capture": variants
            .iter()
            .map(|(year, unit, passed, day)| serde_json::json!({
                "round": year,
                "unit": unit.code(),
                "passed": passed,
                "day": day.to_string(),
            }))
            .collect::<Vec<_>>(),
    });
    for (unit, column) in UNITS.iter().zip(columns) {
        table[unit.code()] = column.into();
    }
    println!("{}", serde_json::to_string_pretty(&table).expect("JSON"));
}
