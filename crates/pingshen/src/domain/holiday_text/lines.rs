//! The page furniture around a notice's items: lines that are only a date
//! (the issue date, a page date) and a news dateline at a line's start.

use crate::domain::pasted::normal::NormalChar;
use crate::domain::pasted::tokens::{dates_of, tokenize, words, Token};

/// Whether a line is only a date: the issue date, the issuing body and the
/// date, or a label such as 「发布日期：」 and the date. Such a line states no
/// holiday.
pub(super) fn is_date_line(line: &[NormalChar]) -> bool {
    let chars: Vec<char> = line.iter().map(|n| n.c).collect();
    let tokens = tokenize(&chars);
    let dates = dates_of(&tokens);
    let only_one_full_date = dates.len() == 1 && dates[0].year.is_some();
    let joins_something = tokens
        .iter()
        .any(|t| matches!(t, Token::RangeMark(_) | Token::ListMark(_)));
    let text = words(&tokens);
    only_one_full_date
        && !joins_something
        && !["放假", "上班", "补休", "休", "调"]
            .iter()
            .any(|w| text.contains(w))
}

/// How far into a line a news dateline (「新华社北京11月12日电」) may end.
const DATELINE_CHARS: usize = 30;

/// The line without its news dateline: 「新华社北京11月12日电 经国务院批准，…」
/// is read from 「经国务院批准」 on. The dateline is the line's start up to
/// 「M月D日电」, with one date and no sentence in it; its date is the day the
/// news was sent, never a holiday.
pub(super) fn without_dateline(line: &[NormalChar]) -> &[NormalChar] {
    let chars: Vec<char> = line.iter().take(DATELINE_CHARS).map(|n| n.c).collect();
    let Some(day) = chars.windows(2).position(|pair| pair == ['日', '电']) else {
        return line;
    };
    let text: String = chars[..day].iter().collect();
    let dated = day > 0 && chars[day - 1].is_ascii_digit() && text.contains('月');
    let states_nothing = !["。", "放假", "上班", "休"]
        .iter()
        .any(|w| text.contains(w));
    if dated && states_nothing {
        &line[day + 2..]
    } else {
        line
    }
}

/// Whether the next line goes on with the sentence of a line that ends with a
/// date (a line break pasted inside 「2018年12月29日（星期六）\n上班。」): it
/// starts with 上班, 放假, 补休 or 调休 (after an annotation), or with 至, 、 or
/// a comma.
pub(super) fn continues_sentence(next: Option<&Vec<NormalChar>>) -> bool {
    let mut text: String = next.into_iter().flatten().map(|n| n.c).collect();
    if text.starts_with('(') {
        text = text
            .split_once(')')
            .map_or("", |(_, rest)| rest)
            .to_string();
    }
    text.starts_with(['至', '到', '-', '、', '和', '及', ',', ';', ':'])
        || ["上班", "放假", "补休", "调休"]
            .iter()
            .any(|w| text.starts_with(w))
}

#[cfg(test)]
mod tests {
    use crate::domain::calendar::Calendar;
    use crate::domain::holiday_text::{parse_holiday_notice, Agreement};
    use crate::domain::test_dates::d;
    use chrono::NaiveDate;

    const NOTICE_2026: &str = include_str!("../../../tests/data/notices/holidays-2026-gov.txt");

    #[test]
    fn page_furniture_around_the_notice_is_not_read_as_days() {
        let text = format!(
            "索 引 号：000014349/2025-00089\n\
             国务院办公厅关于2026年部分节假日安排的通知\n\
             发文字号：国办发明电〔2025〕7号\n发布日期：2025年11月04日\n{}\n（此件公开发布）\n",
            NOTICE_2026.lines().skip(2).collect::<Vec<_>>().join("\n")
        );
        let notice = parse_holiday_notice(&text).unwrap();
        assert_eq!(notice.unread, Vec::<String>::new());
        assert_eq!(notice.warnings, []);
        let calendar = Calendar::official();
        assert_eq!(
            notice.compare(calendar.schedule(2026).unwrap()),
            Agreement::Same
        );
    }

    #[test]
    fn lead_lines_and_page_dates_are_never_days() {
        // (text, the only days, as (date, off)) — each text names 元旦 2025 only:
        // 1月1日 off (the 2025 notice, item 一).
        let item = "一、元旦：1月1日（周三）放假1天，不调休。";
        let table: [(String, &str); 6] = [
            (
                format!("新华社北京11月12日电 经国务院批准，现将2025年元旦、春节放假调休日期的具体安排通知如下。\n{item}"),
                "lead line joined to the first sentence",
            ),
            (
                format!("新华社北京11月12日电\n经国务院批准，现将2025年元旦放假调休日期的具体安排通知如下。\n{item}"),
                "lead line alone",
            ),
            (
                format!("新华社北京11月12日电（记者张三）国务院办公厅日前发出通知，公布2025年元旦、春节放假调休日期的具体安排。\n{item}"),
                "lead line with a reporter and 公布",
            ),
            (
                format!("《人民日报》（2024年11月13日 第01版）\n经国务院批准，现将2025年元旦放假调休日期的具体安排通知如下。\n{item}"),
                "page date first",
            ),
            (
                format!("人民日报 2024年11月13日 第01版\n经国务院批准，现将2025年元旦放假调休日期的具体安排通知如下。\n{item}"),
                "page date without brackets",
            ),
            (
                format!("国务院办公厅关于2025年部分节假日安排的通知\n{item}\n国务院办公厅\n2024年11月12日\n《人民日报》(2024年11月13日 第01版)"),
                "page date last",
            ),
        ];
        for (text, what) in table {
            let notice = parse_holiday_notice(&text).unwrap_or_else(|e| panic!("{what}: {e}"));
            assert_eq!(notice.year, 2025, "{what}");
            let days: Vec<(NaiveDate, bool)> =
                notice.days.iter().map(|d| (d.date, d.off)).collect();
            assert_eq!(days, [(d(2025, 1, 1), true)], "{what}");
            assert_eq!(notice.unread, Vec::<String>::new(), "{what}");
        }
    }

    #[test]
    fn a_dated_make_up_day_on_a_line_of_its_own_is_not_an_issue_date() {
        // The 2019 notice, item 一, copied with line breaks around the make-up day: the
        // line 「2018年12月29日（星期六）」 looks like an issue date but is not one.
        let text = "国务院办公厅关于2019年部分节假日安排的通知\n\
                    一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。\n\
                    2018年12月29日（星期六）\n\
                    上班。";
        let notice = parse_holiday_notice(text).unwrap();
        let days: Vec<(NaiveDate, bool)> = notice.days.iter().map(|d| (d.date, d.off)).collect();
        assert_eq!(
            days,
            [
                (d(2018, 12, 30), true),
                (d(2018, 12, 31), true),
                (d(2019, 1, 1), true),
                (d(2018, 12, 29), false)
            ]
        );
        assert_eq!(notice.unread, Vec::<String>::new());
    }
}
