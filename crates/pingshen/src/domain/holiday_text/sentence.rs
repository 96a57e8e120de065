//! One sentence of an item: its clauses say which dates are days off
//! (放假, 补休), make-up working days (上班), moved rest days (调至) or
//! change nothing; what adds nothing up is warned about.

use chrono::{Datelike, NaiveDate};

use super::errors::HolidayWarning;
use super::mentions::{listed_dates, mentions, ItemContext};
use super::parsed::{is_weekend, ParsedDay, ParsedItems};
use crate::domain::pasted::normal::{original, NormalChar};
use crate::domain::pasted::tokens::{tokenize, words, Token};

/// A clause's effect on days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ClauseKind {
    /// 放假 / 补休: the dates are days off.
    Off,
    /// 「…公休日调至…」 (notices up to 2008): the weekend days before 调至 are
    /// worked unless they are already off, the days after it are off.
    MovedRestDays,
    /// 上班: the dates are make-up working days.
    Work,
    /// Explains days already given (法定节假日, 公休日调至…, 照常公休,
    /// 不调休, 与周末连休): changes none.
    NoChange,
}

fn classify(words: &str) -> Option<ClauseKind> {
    if words.contains("上班") {
        Some(ClauseKind::Work)
    } else if words.contains("补休") || words.contains("放假") {
        Some(ClauseKind::Off)
    } else if words.contains("调至") {
        Some(ClauseKind::MovedRestDays)
    } else if ["公休", "法定", "调休", "连休", "照常"]
        .iter()
        .any(|w| words.contains(w))
    {
        Some(ClauseKind::NoChange)
    } else {
        None
    }
}

/// The days stated by 「共N天」 or 「放假N天」 in a clause.
fn stated_day_count(tokens: &[Token]) -> Option<u32> {
    tokens.windows(2).find_map(|pair| match pair {
        [Token::Number(n), Token::Text('天')] => Some(*n),
        _ => None,
    })
}

/// Collects the result while reading.
pub(super) struct Reader<'a> {
    pub(super) text: &'a str,
    pub(super) items: ParsedItems,
}

impl Reader<'_> {
    fn add_day(&mut self, date: NaiveDate, off: bool, holiday: &str, source: &str) {
        if let Some(previous) = self.items.days.iter().find(|d| d.date == date) {
            if previous.off != off {
                self.items.warnings.push(HolidayWarning::Contradiction {
                    date,
                    source: source.to_string(),
                });
            } else {
                return;
            }
        }
        if !off && !is_weekend(date) {
            self.items.warnings.push(HolidayWarning::MakeUpOnWeekday {
                date,
                source: source.to_string(),
            });
        }
        self.items.days.push(ParsedDay {
            date,
            off,
            holiday: holiday.to_string(),
            source: source.to_string(),
        });
    }

    fn warn(&mut self, warning: HolidayWarning) {
        if !self.items.warnings.contains(&warning) {
            self.items.warnings.push(warning);
        }
    }

    pub(super) fn sentence(
        &mut self,
        chars: &[NormalChar],
        holiday: &str,
        context: &mut ItemContext,
    ) {
        let source = original(self.text, chars).to_string();
        let plain: Vec<char> = chars.iter().map(|n| n.c).collect();
        let tokens = tokenize(&plain);
        // Advice (鼓励各单位…安排职工在除夕休息) changes no day.
        if words(&tokens).contains("鼓励") {
            return;
        }
        let mut unread = false;
        let mut pending: Option<ClauseKind> = None;
        let mut off_in_sentence: Vec<NaiveDate> = Vec::new();
        for clause in tokens.split(|t| *t == Token::ClauseMark) {
            let found = mentions(clause, context);
            for mention in &found {
                if let (Some(date), Some((written, weekday))) = (mention.date, &mention.weekday) {
                    if date.weekday() != *weekday {
                        self.warn(HolidayWarning::WeekdayMismatch {
                            date,
                            written: written.clone(),
                            source: source.clone(),
                        });
                    }
                }
            }
            let mut kind = classify(&words(clause));
            if found.is_empty() {
                // 「放假时间：10月1日至7日」: the keyword may come first.
                if matches!(kind, Some(ClauseKind::Off | ClauseKind::Work)) {
                    pending = kind;
                }
            } else {
                kind = kind.or(pending.take());
                match kind {
                    Some(kind @ (ClauseKind::Off | ClauseKind::Work)) => {
                        match listed_dates(&found) {
                            Some(dates) => {
                                let off = kind == ClauseKind::Off;
                                for date in dates {
                                    if off && !off_in_sentence.contains(&date) {
                                        off_in_sentence.push(date);
                                    }
                                    self.add_day(date, off, holiday, &source);
                                }
                            }
                            None => unread = true,
                        }
                    }
                    Some(ClauseKind::MovedRestDays) => {
                        let moved_to = clause.windows(2).position(|pair| {
                            matches!(pair, [Token::Text('调'), Token::RangeMark('至')])
                        });
                        for mention in &found {
                            let Some(date) = mention.date else { continue };
                            if moved_to.is_some_and(|to| mention.at > to) {
                                self.add_day(date, true, holiday, &source);
                            } else if !self.items.days.iter().any(|d| d.date == date && d.off) {
                                self.add_day(date, false, holiday, &source);
                            }
                        }
                    }
                    Some(ClauseKind::NoChange) => {}
                    None => unread = true,
                }
            }
            if let Some(stated) = stated_day_count(clause) {
                let counted = off_in_sentence.len();
                if counted > 0 && stated as usize != counted {
                    self.warn(HolidayWarning::DayCountMismatch {
                        stated,
                        counted,
                        source: source.clone(),
                    });
                }
            }
        }
        if unread && !self.items.unread.contains(&source) {
            self.items.unread.push(source);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::holiday_text::{parse_holiday_notice, parse_items};
    use crate::domain::test_dates::d;

    const NOTICE_2025: &str = include_str!("../../../tests/data/notices/holidays-2025-gov.txt");

    fn warnings_of(year: i32, text: &str) -> Vec<HolidayWarning> {
        parse_items(year, text).warnings
    }

    #[test]
    fn what_does_not_add_up_is_warned_about_and_still_read() {
        // (year, text, what the warning says)
        let table: [(i32, &str, &str); 5] = [
            (
                2024,
                "10月1日至7日放假调休，共7天。9月29日（星期六）上班。",
                "写作“星期六”，但这一天是星期日",
            ),
            (
                2024,
                "10月1日（周二）至7日（周一）放假调休，共8天。",
                "写共 8 天，但列出的放假日是 7 天",
            ),
            (
                2024,
                "4月4日至6日放假调休，共3天。4月10日（星期三）上班。",
                "是星期三（调休上班只会落在周六或周日）",
            ),
            (
                2024,
                "1月1日放假1天。1月1日上班。",
                "既被写成放假又被写成上班",
            ),
            (
                2025,
                "1月1日（星期四）放假1天，不调休。",
                "写作“星期四”，但这一天是星期三",
            ),
        ];
        for (year, text, expected) in table {
            let items = parse_items(year, text);
            let messages: Vec<String> = items.warnings.iter().map(|w| w.to_string()).collect();
            assert!(
                messages.iter().any(|m| m.contains(expected)),
                "{text}: {messages:?}"
            );
            assert!(!items.days.is_empty(), "{text}");
        }
        let kinds = [
            warnings_of(2024, "9月29日（星期六）上班。"),
            warnings_of(2024, "10月1日至7日放假，共8天。"),
            warnings_of(2024, "4月10日上班。"),
        ];
        assert!(matches!(
            kinds[0][..],
            [HolidayWarning::WeekdayMismatch { .. }]
        ));
        assert!(matches!(
            kinds[1][..],
            [HolidayWarning::DayCountMismatch {
                stated: 8,
                counted: 7,
                ..
            }]
        ));
        assert!(matches!(
            kinds[2][..],
            [HolidayWarning::MakeUpOnWeekday { .. }]
        ));
    }

    #[test]
    fn a_whole_notice_with_three_mistakes_gives_three_warnings() {
        let text = NOTICE_2025
            .replace("9月28日（周日）", "9月28日（周六）")
            .replace("共5天", "共6天")
            .replace("4月27日（周日）上班", "4月30日（周三）上班");
        let notice = parse_holiday_notice(&text).unwrap();
        assert!(notice.unread.is_empty());
        assert_eq!(
            notice.warnings,
            [
                HolidayWarning::DayCountMismatch {
                    stated: 6,
                    counted: 5,
                    source: "5月1日（周四）至5日（周一）放假调休，共6天。".into()
                },
                HolidayWarning::MakeUpOnWeekday {
                    date: d(2025, 4, 30),
                    source: "4月30日（周三）上班。".into()
                },
                HolidayWarning::WeekdayMismatch {
                    date: d(2025, 9, 28),
                    written: "周六".into(),
                    source: "9月28日（周六）、10月11日（周六）上班。".into()
                },
            ]
        );
    }

    #[test]
    fn sentences_that_change_no_day_are_not_unread_and_others_are_quoted() {
        let items = parse_items(
            2024,
            "2月10日至17日放假调休，共8天。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。\
             节假日期间，各地区、各部门要妥善安排好值班工作。2月9日另有安排。",
        );
        assert_eq!(items.days.len(), 8);
        assert_eq!(items.unread, ["2月9日另有安排。"]);
    }

    #[test]
    fn a_make_up_day_before_its_holiday_is_read_as_worked() {
        // The 2019 notice, item 一 (holiday-cn case), with the make-up day first.
        let text = "国务院办公厅关于2019年部分节假日安排的通知\n\
                    一、元旦：2018年12月29日（星期六）上班。2018年12月30日至2019年1月1日放假调休，共3天。";
        let notice = parse_holiday_notice(text).unwrap();
        let days: Vec<(NaiveDate, bool)> = notice.days.iter().map(|d| (d.date, d.off)).collect();
        assert_eq!(
            days,
            [
                (d(2018, 12, 29), false),
                (d(2018, 12, 30), true),
                (d(2018, 12, 31), true),
                (d(2019, 1, 1), true)
            ]
        );
        assert_eq!(notice.warnings, []);
    }
}
