//! Both submission windows of 「七、时间安排及报卷地点」, from the
//! 「报卷时间」 sentence; a part that cannot be placed for sure is quoted,
//! never used.

use chrono::NaiveDate;

use super::fields::{NoticeField, ParsedField};
use super::sentences::Reader;
use super::warnings::{NoticeWarning, NoticeWarningKind, UnusedWindow};
use crate::domain::notice::Window;
use crate::domain::pasted::tokens::{dates_of, tokenize, Token, WrittenDate};

impl Reader<'_> {
    /// Both submission windows, from the 「报卷时间」 sentence (which may run
    /// over several lines). The sentence is cut into parts at `;` `,` and
    /// line breaks, except a line break inside a date or a range (「8月9至⏎
    /// 11日」), which is joined. The part naming 省直 is the provincial
    /// window, the part naming the cities or the competent departments the
    /// city window; a part naming no unit takes the unit named by the part
    /// before it if that part has no date. A part that cannot be placed for
    /// sure (a second part of the same kind, a part naming both kinds or
    /// none) is never used and never dropped: it is quoted in `warnings`
    /// and the windows it may belong to are left open for the user.
    pub(super) fn windows(
        &self,
        warnings: &mut Vec<NoticeWarning>,
    ) -> (Option<ParsedField<Window>>, Option<ParsedField<Window>>) {
        let plain: Vec<char> = self.all.iter().map(|n| n.c).collect();
        let text: String = plain.iter().collect();
        let Some(at) = ["报卷时间", "报送时间", "报卷日期"]
            .iter()
            .find_map(|label| text.find(label))
        else {
            return (None, None);
        };
        let start = text[..at].chars().count();
        // Up to the end of the sentence, or the next label.
        let stop = plain[start..]
            .iter()
            .position(|c| *c == '。')
            .map_or(plain.len(), |i| start + i);
        let label_stop = text[at..]
            .find("报卷地点")
            .map(|i| text[..at + i].chars().count())
            .unwrap_or(plain.len());
        let end = stop.min(label_stop);
        // A line break inside a date or a range does not end a part.
        let continues = |i: usize| {
            let before = plain[..i].iter().rev().find(|c| **c != '\n');
            let after = plain.get(i + 1);
            let open = |c: &char| {
                c.is_ascii_digit()
                    || matches!(c, '至' | '到' | '-' | '月' | '年' | '、' | '和' | '及')
            };
            before.is_some_and(open)
                || after.is_some_and(|c| {
                    c.is_ascii_digit() || matches!(c, '至' | '到' | '-' | '日' | '月')
                })
        };
        // (span, the window (none: a range left open), names 省直, names
        // the cities or departments)
        let mut parts: Vec<WindowPart> = Vec::new();
        let mut carried = (false, false);
        let mut part_start = start;
        for i in start..=end {
            let at_break =
                i == end || matches!(plain[i], ';' | ',') || (plain[i] == '\n' && !continues(i));
            if !at_break {
                continue;
            }
            let span = (part_start, i);
            part_start = i + 1;
            let chars: Vec<char> = plain[span.0..span.1]
                .iter()
                .copied()
                .filter(|c| *c != '\n')
                .collect();
            let part: String = chars.iter().collect();
            let names = (
                carried.0 || part.contains("省直"),
                carried.1 || part.contains("各市") || part.contains("主管部门"),
            );
            let window = match self.read_window(&chars) {
                PartRead::Window(window) => Some(window),
                PartRead::OpenRange => {
                    warnings.push(NoticeWarning {
                        kind: NoticeWarningKind::OpenRange,
                        source: self.source(span),
                    });
                    None
                }
                PartRead::Nothing => {
                    carried = names;
                    continue;
                }
            };
            parts.push(WindowPart {
                span,
                window,
                provincial: names.0,
                city: names.1,
            });
            carried = (false, false);
        }
        let count = |field: NoticeField| parts.iter().filter(|p| p.kind() == Some(field)).count();
        let undecided = parts.iter().any(|p| p.kind().is_none());
        let (mut provincial, mut city) = (None, None);
        for part in &parts {
            // A range left open is warned about already, and fills nothing.
            let Some(window) = part.window else {
                continue;
            };
            let (reason, could_fill) = match part.kind() {
                Some(f) if count(f) == 1 && !undecided => {
                    let parsed = Some(self.field(window, part.span));
                    if f == NoticeField::ProvincialWindow {
                        provincial = parsed;
                    } else {
                        city = parsed;
                    }
                    continue;
                }
                Some(f) if count(f) > 1 => (UnusedWindow::SameKind(f), vec![f]),
                Some(f) => (UnusedWindow::Undecided, vec![f]),
                None => (
                    if part.provincial {
                        UnusedWindow::BothKinds
                    } else {
                        UnusedWindow::NoKind
                    },
                    vec![NoticeField::ProvincialWindow, NoticeField::CityWindow],
                ),
            };
            warnings.push(NoticeWarning {
                kind: NoticeWarningKind::UnusedWindow {
                    window,
                    reason,
                    could_fill,
                },
                source: self.source(part.span),
            });
        }
        (provincial, city)
    }

    /// A window 「8月1至2日」, 「8月1日至8月2日」, 「8月1日-2日」, a single
    /// day 「8月5日」, or a range left open (「8月9至」).
    fn read_window(&self, part: &[char]) -> PartRead {
        // 「8月1至2日」 leaves the first 日 out: put it back.
        let mut fixed: Vec<char> = Vec::with_capacity(part.len() + 1);
        for (i, c) in part.iter().enumerate() {
            fixed.push(*c);
            if c.is_ascii_digit() && matches!(part.get(i + 1), Some('至' | '到' | '-')) {
                let run = part[..=i]
                    .iter()
                    .rev()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if i + 1 > run && part[i - run] == '月' {
                    fixed.push('日');
                }
            }
        }
        let tokens: Vec<Token> = tokenize(&fixed)
            .into_iter()
            .filter(|t| !matches!(t, Token::Note(_)))
            .collect();
        let range = tokens.windows(3).find_map(|w| match w {
            [Token::Date(first), Token::RangeMark(_), Token::Date(last)] => {
                let month = first.month?;
                let year = first.year.unwrap_or(self.year);
                let first_date = NaiveDate::from_ymd_opt(year, month, first.day)?;
                let last_date = NaiveDate::from_ymd_opt(
                    last.year.unwrap_or(year),
                    last.month.unwrap_or(month),
                    last.day,
                )?;
                (last_date >= first_date).then_some(Window {
                    first: first_date,
                    last: last_date,
                })
            }
            _ => None,
        });
        if let Some(window) = range {
            return PartRead::Window(window);
        }
        let dates = dates_of(&tokens);
        // A date, then 至 with no date after it: a range cut short.
        let first_date = tokens.iter().position(|t| matches!(t, Token::Date(_)));
        let open = first_date.is_some_and(|i| {
            tokens[i..].iter().any(|t| matches!(t, Token::RangeMark(_)))
                && dates.len() == 1
                && !matches!(tokens.last(), Some(Token::Date(_)))
        }) || (first_date.is_none()
            && tokens.iter().any(|t| matches!(t, Token::Number(_)))
            && tokens.iter().any(|t| matches!(t, Token::RangeMark(_))));
        if open {
            return PartRead::OpenRange;
        }
        match dates[..] {
            [&WrittenDate {
                year,
                month: Some(month),
                day,
            }] => NaiveDate::from_ymd_opt(year.unwrap_or(self.year), month, day).map_or(
                PartRead::Nothing,
                |date| {
                    PartRead::Window(Window {
                        first: date,
                        last: date,
                    })
                },
            ),
            _ => PartRead::Nothing,
        }
    }
}

/// A part of 「报卷时间」 with a date: where it is, its window (none: a
/// range left open), and whether it names 省直 and the cities/departments.
struct WindowPart {
    span: (usize, usize),
    window: Option<Window>,
    provincial: bool,
    city: bool,
}

impl WindowPart {
    /// The window the part names, if it names one kind of unit only.
    fn kind(&self) -> Option<NoticeField> {
        match (self.provincial, self.city) {
            (true, false) => Some(NoticeField::ProvincialWindow),
            (false, true) => Some(NoticeField::CityWindow),
            _ => None,
        }
    }
}

/// What a part of 「报卷时间」 says.
enum PartRead {
    Window(Window),
    /// A range with no last day.
    OpenRange,
    Nothing,
}

#[cfg(test)]
mod tests {
    use crate::domain::notice::Window;
    use crate::domain::notice_text::test_text::{replaced, warning_kinds, window_of, NOTICE_2024};
    use crate::domain::notice_text::{
        parse_evaluation_notice, NoticeField, NoticeWarningKind, ParsedField, UnusedWindow,
    };
    use crate::domain::test_dates::d;

    #[test]
    fn windows_in_every_written_form() {
        // (the 报卷时间 sentence, provincial window, city window)
        let table = [
            (
                "报卷时间：省直有关单位8月1日至8月2日；各市市场监管局、各主管部门8月7日至8月9日。",
                (1, 2),
                (7, 9),
            ),
            (
                "报卷时间：省直有关单位8月1日—2日，各市市场监管局、各主管部门8月7日—9日。",
                (1, 2),
                (7, 9),
            ),
            (
                "报卷时间：省直有关单位８月１日至２日；各市市场监管局、各主管部门８月７至９日。",
                (1, 2),
                (7, 9),
            ),
            (
                "报卷时间:省直有关单位8月1-2日;各市市场监管局、各主管部门8月7~9日",
                (1, 2),
                (7, 9),
            ),
            (
                "报卷时间：省直有关单位8月5日；各主管部门8月6日到8日。",
                (5, 5),
                (6, 8),
            ),
        ];
        let original = "报卷时间:省直有关单位8月1至2日;\n各市市场监管局、各主管部门8月7至9日。";
        for (sentence, (p1, p2), (c1, c2)) in table {
            let text = replaced(NOTICE_2024, &[(original, sentence)]);
            let parsed = parse_evaluation_notice(&text).unwrap();
            let window = |w: &Option<ParsedField<Window>>| w.as_ref().map(|f| f.value);
            assert_eq!(
                window(&parsed.provincial_window),
                Some(Window {
                    first: d(2024, 8, p1),
                    last: d(2024, 8, p2)
                }),
                "{sentence}"
            );
            assert_eq!(
                window(&parsed.city_window),
                Some(Window {
                    first: d(2024, 8, c1),
                    last: d(2024, 8, c2)
                }),
                "{sentence}"
            );
        }
    }

    const WINDOWS_2024: &str =
        "报卷时间:省直有关单位8月1至2日;\n各市市场监管局、各主管部门8月7至9日。";

    #[test]
    fn a_range_cut_by_a_line_break_is_joined_never_one_day() {
        // (the sentence, the provincial window, the city window), days of August 2024.
        let table = [
            (
                "报卷时间:省直有关单位8月1至\n2日;各市市场监管局、各主管部门8月9至\n11日。",
                (1, 2),
                (9, 11),
            ),
            (
                "报卷时间:省直有关单位8月1\n至2日;各市市场监管局、各主管部门8月9日\n至11日。",
                (1, 2),
                (9, 11),
            ),
            (
                "报卷时间:省直有关单位8\n月1至2日;各市市场监管局、各主管部门8月9-\n11日。",
                (1, 2),
                (9, 11),
            ),
            (
                "报卷时间:省直有关单位\n8月1至2日;\n各市市场监管局、\n各主管部门\n8月9至11日。",
                (1, 2),
                (9, 11),
            ),
        ];
        for (sentence, (p1, p2), (c1, c2)) in table {
            let text = replaced(NOTICE_2024, &[(WINDOWS_2024, sentence)]);
            let parsed = parse_evaluation_notice(&text).unwrap();
            assert_eq!(
                window_of(&parsed.provincial_window),
                Some((d(2024, 8, p1), d(2024, 8, p2))),
                "{sentence}"
            );
            assert_eq!(
                window_of(&parsed.city_window),
                Some((d(2024, 8, c1), d(2024, 8, c2))),
                "{sentence}"
            );
            assert_eq!(warning_kinds(&parsed), [], "{sentence}");
        }
        // Cut off with nothing after 至: asked for, not taken as 8月9日 alone.
        let cut = "报卷时间:省直有关单位8月1至2日;各市市场监管局、各主管部门8月9至\n报卷地点:省市场监管局1009房间。";
        let text = replaced(
            NOTICE_2024,
            &[(WINDOWS_2024, ""), ("报卷地点:省市场监管局1009房间。", cut)],
        );
        let parsed = parse_evaluation_notice(&text).unwrap();
        assert_eq!(parsed.city_window, None);
        assert!(parsed.missing().contains(&NoticeField::CityWindow));
        assert_eq!(warning_kinds(&parsed), [NoticeWarningKind::OpenRange]);
        assert_eq!(
            parsed.warnings[0].source,
            "各市市场监管局、各主管部门8月9至"
        );
    }

    #[test]
    fn a_window_part_that_cannot_be_placed_is_quoted_and_its_field_left_open() {
        let aug = |first, last| Window {
            first: d(2024, 8, first),
            last: d(2024, 8, last),
        };
        // A third window: the competent departments on their own days.
        let three =
            "报卷时间:省直有关单位8月1至2日;各市市场监管局8月7至9日;各主管部门8月12至13日。";
        let parsed =
            parse_evaluation_notice(&replaced(NOTICE_2024, &[(WINDOWS_2024, three)])).unwrap();
        assert_eq!(
            window_of(&parsed.provincial_window),
            Some((d(2024, 8, 1), d(2024, 8, 2)))
        );
        assert_eq!(parsed.city_window, None);
        let city = NoticeField::CityWindow;
        assert_eq!(
            warning_kinds(&parsed),
            [
                NoticeWarningKind::UnusedWindow {
                    window: aug(7, 9),
                    reason: UnusedWindow::SameKind(city),
                    could_fill: vec![city],
                },
                NoticeWarningKind::UnusedWindow {
                    window: aug(12, 13),
                    reason: UnusedWindow::SameKind(city),
                    could_fill: vec![city],
                },
            ]
        );
        let sources: Vec<&str> = parsed.warnings.iter().map(|w| w.source.as_str()).collect();
        assert_eq!(
            sources,
            ["各市市场监管局8月7至9日", "各主管部门8月12至13日"]
        );

        // 省直 named inside the cities' part, before the provincial part: it
        // took the provincial window's place before.
        let both = "报卷时间:各市市场监管局、各主管部门(含由主管部门报送的省直单位)8月7至9日;省直有关单位8月1至2日。";
        let parsed =
            parse_evaluation_notice(&replaced(NOTICE_2024, &[(WINDOWS_2024, both)])).unwrap();
        assert_eq!(parsed.provincial_window, None);
        assert_eq!(parsed.city_window, None);
        let all = vec![NoticeField::ProvincialWindow, NoticeField::CityWindow];
        assert_eq!(
            warning_kinds(&parsed),
            [
                NoticeWarningKind::UnusedWindow {
                    window: aug(7, 9),
                    reason: UnusedWindow::BothKinds,
                    could_fill: all.clone(),
                },
                NoticeWarningKind::UnusedWindow {
                    window: aug(1, 2),
                    reason: UnusedWindow::Undecided,
                    could_fill: vec![NoticeField::ProvincialWindow],
                },
            ]
        );
        // Every warning says what to do, in Chinese.
        for w in &parsed.warnings {
            assert!(w.kind.to_string().contains("选择"), "{}", w.kind);
        }

        // A date naming no unit.
        let none = "报卷时间:省直有关单位8月1至2日;各市市场监管局、各主管部门8月7至9日;8月12日。";
        let parsed =
            parse_evaluation_notice(&replaced(NOTICE_2024, &[(WINDOWS_2024, none)])).unwrap();
        assert_eq!(
            (
                parsed.provincial_window.is_some(),
                parsed.city_window.is_some()
            ),
            (false, false)
        );
        assert_eq!(parsed.warnings.len(), 3);
    }
}
