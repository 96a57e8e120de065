//! The dates of a clause, resolved: a date without a year takes the year
//! written for its month earlier in the item, else the notice's; a day
//! without a month the month before it; a range running backwards crosses
//! the year end.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::domain::pasted::tokens::{Token, WrittenDate};

/// The longest range a single item can state. The longest holiday so far
/// (春节 2026, 国庆节 2008 with 中秋节) is 9 days; anything past a month is a
/// misreading, not a holiday.
const MAX_RANGE_DAYS: i64 = 31;

/// What is known while reading one item: dates without a year or a month
/// take them from here.
pub(super) struct ItemContext {
    /// The year of the notice.
    year: i32,
    /// The year and month of the last date read.
    last: Option<(i32, u32)>,
    /// The year written (or worked out) for each month in this item.
    month_years: [Option<i32>; 13],
}

impl ItemContext {
    pub(super) fn new(year: i32) -> Self {
        Self {
            year,
            last: None,
            month_years: [None; 13],
        }
    }

    /// The year and month a written date means (the day is checked later).
    fn year_month(&self, written: WrittenDate) -> Option<(i32, u32)> {
        match (written.year, written.month) {
            (Some(year), Some(month)) => Some((year, month)),
            (None, Some(month)) => {
                let known = self.month_years.get(month as usize).copied().flatten();
                Some((known.unwrap_or(self.year), month))
            }
            (_, None) => self.last,
        }
    }

    fn remember(&mut self, year: i32, month: u32, year_known: bool) {
        self.last = Some((year, month));
        if year_known {
            if let Some(slot) = self.month_years.get_mut(month as usize) {
                *slot = Some(year);
            }
        }
    }
}

/// One date in a clause, resolved.
pub(super) struct Mention {
    pub(super) date: Option<NaiveDate>,
    /// The index of its token in the clause.
    pub(super) at: usize,
    /// Joined to the previous mention by a range mark (至, -).
    range_from_previous: bool,
    /// Words other than annotations and list marks stand between it and the
    /// previous mention.
    words_before: bool,
    pub(super) weekday: Option<(String, Weekday)>,
}

/// Resolves the dates of one clause in reading order.
pub(super) fn mentions(tokens: &[Token], context: &mut ItemContext) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let mut written_dates: Vec<WrittenDate> = Vec::new();
    let (mut range, mut words_between) = (false, false);
    for (at, token) in tokens.iter().enumerate() {
        match token {
            Token::Date(written) => {
                let mut mention = Mention {
                    date: None,
                    at,
                    range_from_previous: range && !words_between && !out.is_empty(),
                    words_before: words_between && !out.is_empty(),
                    weekday: None,
                };
                if let Some((year, month)) = context.year_month(*written) {
                    let year_known = written.year.is_some();
                    mention.date = NaiveDate::from_ymd_opt(year, month, written.day);
                    context.remember(year, month, year_known);
                }
                if mention.range_from_previous {
                    fix_range_years(&mut out, &written_dates, &mut mention, *written, context);
                }
                out.push(mention);
                written_dates.push(*written);
                range = false;
                words_between = false;
            }
            Token::Note(note) => {
                if let Some(last) = out.last_mut() {
                    if last.weekday.is_none() && !range {
                        last.weekday = written_weekday(note);
                    }
                }
            }
            Token::RangeMark(_) => range = true,
            Token::ListMark(_) => {}
            Token::ClauseMark | Token::Number(_) | Token::Text(_) => words_between = true,
        }
    }
    out
}

/// A range that runs backwards crosses the year end: the end is in the next
/// year if its year was not written, else the start is in the previous year.
fn fix_range_years(
    out: &mut [Mention],
    written_dates: &[WrittenDate],
    end: &mut Mention,
    end_written: WrittenDate,
    context: &mut ItemContext,
) {
    let (Some(start), Some(start_written)) = (out.last_mut(), written_dates.last()) else {
        return;
    };
    let (Some(first), Some(last)) = (start.date, end.date) else {
        return;
    };
    if last >= first {
        return;
    }
    if start_written.year.is_some() && end_written.year.is_none() {
        end.date = last.with_year(first.year() + 1);
        if let Some(date) = end.date {
            context.remember(date.year(), date.month(), true);
        }
    } else if start_written.year.is_none() {
        start.date = first.with_year(last.year() - 1);
        if let Some(date) = start.date {
            if let Some(slot) = context.month_years.get_mut(date.month() as usize) {
                *slot = Some(date.year());
            }
        }
    }
}

/// The dates a clause lists: single days and ranges joined by 、 (and
/// nothing else between them). `None` if the clause is not such a list.
pub(super) fn listed_dates(mentions: &[Mention]) -> Option<Vec<NaiveDate>> {
    let mut dates = Vec::new();
    for (i, mention) in mentions.iter().enumerate() {
        if i > 0 && mention.words_before {
            return None;
        }
        let date = mention.date?;
        if mention.range_from_previous {
            let first: NaiveDate = *dates.last()?;
            let length = (date - first).num_days();
            if !(1..MAX_RANGE_DAYS).contains(&length) {
                return None;
            }
            dates.extend(first.iter_days().skip(1).take(length as usize));
        } else {
            dates.push(date);
        }
    }
    Some(dates)
}

/// The weekday named in an annotation (星期X, 周X, 礼拜X), as written.
fn written_weekday(note: &str) -> Option<(String, Weekday)> {
    let chars: Vec<char> = note.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let prefix_len = match c {
            '星' if chars.get(i + 1) == Some(&'期') => 2,
            '礼' if chars.get(i + 1) == Some(&'拜') => 2,
            '周' => 1,
            _ => continue,
        };
        let Some(&name) = chars.get(i + prefix_len) else {
            continue;
        };
        let weekday = match name {
            '一' => Weekday::Mon,
            '二' => Weekday::Tue,
            '三' => Weekday::Wed,
            '四' => Weekday::Thu,
            '五' => Weekday::Fri,
            '六' => Weekday::Sat,
            '日' | '天' | '七' => Weekday::Sun,
            _ => continue,
        };
        return Some((chars[i..=i + prefix_len].iter().collect(), weekday));
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::domain::holiday_text::parse_items;
    use crate::domain::test_dates::d;

    #[test]
    fn ranges_and_years_as_written() {
        // (year, text, first day, last day, days)
        let table = [
            (
                2019,
                "12月30日至1月1日放假调休，共3天。",
                d(2018, 12, 30),
                d(2019, 1, 1),
                3,
            ),
            (
                2019,
                "2018年12月30日至1月1日放假，共3天。",
                d(2018, 12, 30),
                d(2019, 1, 1),
                3,
            ),
            (
                2019,
                "12月30日—2019年1月1日放假，共3天。",
                d(2018, 12, 30),
                d(2019, 1, 1),
                3,
            ),
            (
                2024,
                "10月1日至10月7日放假。",
                d(2024, 10, 1),
                d(2024, 10, 7),
                7,
            ),
            (2024, "10月1日-7日放假。", d(2024, 10, 1), d(2024, 10, 7), 7),
            (2024, "10月1日~7日放假。", d(2024, 10, 1), d(2024, 10, 7), 7),
            (
                2024,
                "10月1日到7日放假。",
                d(2024, 10, 1),
                d(2024, 10, 7),
                7,
            ),
            (
                2024,
                "１０月１日－７日放假。",
                d(2024, 10, 1),
                d(2024, 10, 7),
                7,
            ),
            (
                2024,
                "放假时间：10月1日至7日。",
                d(2024, 10, 1),
                d(2024, 10, 7),
                7,
            ),
        ];
        for (year, text, first, last, count) in table {
            let items = parse_items(year, text);
            assert!(items.unread.is_empty(), "{text}: {:?}", items.unread);
            assert_eq!(items.days.len(), count, "{text}");
            assert_eq!(items.days.first().map(|d| d.date), Some(first), "{text}");
            assert_eq!(items.days.last().map(|d| d.date), Some(last), "{text}");
            assert!(items.days.iter().all(|d| d.off), "{text}");
        }
    }
}
