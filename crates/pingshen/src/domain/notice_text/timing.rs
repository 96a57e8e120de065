//! Rough dates: the committee meeting and the defense, stated as a day, a
//! part of a month (上旬/中旬/下旬) or 另行通知.

use chrono::NaiveDate;

use super::fields::ParsedField;
use super::sentences::Reader;
use crate::domain::notice::{MonthPart, Timing};
use crate::domain::pasted::tokens::{tokenize, Token, WrittenDate};

impl Reader<'_> {
    /// The timing stated in the first sentence about `topic` that states one:
    /// an exact date, a part of a month (上旬/中旬/下旬) or 另行通知. Only the
    /// clauses from the first naming `topic` up to one naming `until` count.
    pub(super) fn timing(&self, topic: &str, until: Option<&str>) -> Option<ParsedField<Timing>> {
        self.sentences.iter().find_map(|&(start, end)| {
            let plain: Vec<char> = self.all[start..end].iter().map(|n| n.c).collect();
            let text: String = plain.iter().collect();
            let from = text.find(topic)?;
            let from_chars = text[..from].chars().count();
            // Back to the start of the clause naming the topic.
            let clause_start = plain[..from_chars]
                .iter()
                .rposition(|c| *c == ',')
                .map_or(0, |i| i + 1);
            let mut clause_end = plain.len();
            if let Some(until) = until {
                let after: String = plain[from_chars..].iter().collect();
                if let Some(u) = after.find(until) {
                    let u_chars = from_chars + after[..u].chars().count();
                    clause_end = plain[..u_chars]
                        .iter()
                        .rposition(|c| *c == ',')
                        .filter(|i| *i >= from_chars)
                        .unwrap_or(u_chars);
                }
            }
            let part = &plain[clause_start..clause_end];
            let timing = self.read_timing(part)?;
            Some(self.field(timing, (start + clause_start, start + clause_end)))
        })
    }

    fn read_timing(&self, part: &[char]) -> Option<Timing> {
        let tokens = tokenize(part);
        for token in &tokens {
            if let Token::Date(WrittenDate {
                year,
                month: Some(month),
                day,
            }) = token
            {
                let date = NaiveDate::from_ymd_opt(year.unwrap_or(self.year), *month, *day)?;
                return Some(Timing::Exact { date });
            }
        }
        for (i, token) in tokens.iter().enumerate() {
            let Token::Number(month) = token else {
                continue;
            };
            let after: String = tokens[i + 1..]
                .iter()
                .take(3)
                .filter_map(|t| match t {
                    Token::Text(c) => Some(*c),
                    _ => None,
                })
                .collect();
            let Some(rest) = after.strip_prefix('月') else {
                continue;
            };
            let Some(&part) = MonthPart::ALL.iter().find(|p| rest.starts_with(p.label())) else {
                continue;
            };
            if (1..=12).contains(month) {
                return Some(Timing::Period {
                    year: self.year,
                    month: *month,
                    part,
                });
            }
        }
        let text: String = part.iter().collect();
        (text.contains("另行通知") || text.contains("另行安排")).then_some(Timing::Later)
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::notice::{MonthPart, Timing};
    use crate::domain::notice_text::parse_evaluation_notice;
    use crate::domain::notice_text::test_text::{replaced, NOTICE_2024};
    use crate::domain::test_dates::d;

    #[test]
    fn the_committee_meeting_as_the_notice_words_it() {
        let period = |month, part| Timing::Period {
            year: 2024,
            month,
            part,
        };
        // (how 「七」 words the meeting, the timing read) — the 2024 notice
        // says 「拟定于9月中旬,具体时间另行通知」.
        let table = [
            (
                "拟定于9月中旬,具体时间另行通知",
                Some(period(9, MonthPart::Mid)),
            ),
            ("拟定于10月上旬", Some(period(10, MonthPart::Early))),
            (
                "拟定于9月下旬,具体时间另行通知",
                Some(period(9, MonthPart::Late)),
            ),
            (
                "定于2024年9月12日",
                Some(Timing::Exact {
                    date: d(2024, 9, 12),
                }),
            ),
            (
                "定于9月12日",
                Some(Timing::Exact {
                    date: d(2024, 9, 12),
                }),
            ),
            ("另行通知", Some(Timing::Later)),
            // No month 13, and nothing else said: asked for.
            ("拟定于13月中旬", None),
            ("待定", None),
        ];
        for (words, expected) in table {
            let text = replaced(NOTICE_2024, &[("拟定于9月中旬,具体时间另行通知", words)]);
            let parsed = parse_evaluation_notice(&text).unwrap();
            assert_eq!(
                parsed.committee_meeting.map(|f| f.value),
                expected,
                "{words}"
            );
            // The defense sentence after it is read on its own: 另行通知.
            assert_eq!(
                parsed.defense.map(|f| f.value),
                Some(Timing::Later),
                "{words}"
            );
        }
    }
}
