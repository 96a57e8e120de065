//! Writes `static/publicity-ends.json`: for every posting day whose
//! publicity rests only on official holiday data, the first counted day and
//! the end day of a publicity of the notice's minimum working days, as
//! offsets from the posting day. scripts/static-calculator.js draws the
//! calculator's first answer from it before the wasm arrives (issue 22);
//! tests/static_table.rs checks every day of it against the rules.
//!
//!     cargo run --example publicity_table > static/publicity-ends.json
//!
//! (scripts/capture-static.mjs runs it.)

use chrono::{Days, NaiveDate};
use pingshen::domain::calendar::Calendar;
use pingshen::domain::publicity::{period_from_posting, NOTICE_MINIMUM_WORKING_DAYS};

/// One character per day: the offset from the posting day, from `'a'` (0).
/// `'.'`: no first answer that day (the period rests on a year without
/// official data).
fn code(offset: i64) -> char {
    char::from(b'a' + u8::try_from(offset).expect("offset below 26 days"))
}

fn main() {
    let calendar = Calendar::official();
    let years: Vec<i32> = calendar.covered_years().collect();
    let first = NaiveDate::from_ymd_opt(years[0] - 1, 12, 1).expect("a date");
    let last = NaiveDate::from_ymd_opt(*years.last().expect("a year"), 12, 31).expect("a date");
    let mut rows: Vec<(NaiveDate, Option<(char, char)>)> = Vec::new();
    let mut day = first;
    while day <= last {
        let answer = period_from_posting(&calendar, day, NOTICE_MINIMUM_WORKING_DAYS)
            .ok()
            // Official data only (no user years exist in the official calendar).
            .filter(|p| !p.is_estimated())
            .map(|p| {
                (
                    code((p.first_day() - day).num_days()),
                    code((p.end_day() - day).num_days()),
                )
            });
        rows.push((day, answer));
        day = day + Days::new(1);
    }
    // Only the span with answers, ends trimmed.
    let begin = rows
        .iter()
        .position(|(_, a)| a.is_some())
        .expect("some answer");
    let end = rows
        .iter()
        .rposition(|(_, a)| a.is_some())
        .expect("some answer");
    let rows = &rows[begin..=end];
    let column = |pick: fn((char, char)) -> char| -> String {
        rows.iter().map(|(_, a)| a.map_or('.', pick)).collect()
    };
    let table = serde_json::json!({
        "days": NOTICE_MINIMUM_WORKING_DAYS,
        "from": rows[0].0.to_string(),
        "first": column(|(f, _)| f),
        "end": column(|(_, e)| e),
    });
    println!("{}", serde_json::to_string_pretty(&table).expect("JSON"));
}
