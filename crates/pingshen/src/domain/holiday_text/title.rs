//! The title 「国务院办公厅关于YYYY年部分节假日安排的通知」, on one line or
//! split over up to three, and the year: the title's, else the body's.

use super::items::HOLIDAY_NAMES;
use crate::domain::pasted::normal::{line_text, NormalChar};
use crate::domain::pasted::numerals::year_before;

/// The title found, its year and where the body starts.
pub(super) struct FoundTitle {
    /// The title, normalised, from the issuer (or 关于) to 通知.
    pub(super) title: String,
    /// The year before 「年部分节假日安排」, if it is one.
    pub(super) year: Option<i32>,
    /// Issued by a province, a city or a department, or forwarded (转发).
    pub(super) not_state_council: bool,
    /// The first line after the title.
    pub(super) next_line: usize,
}

const TITLE_MARK: &str = "年部分节假日安排";

const ISSUER: &str = "国务院办公厅";

/// A title is at most this many lines (web pages break it where the column
/// ends: 「国务院办公厅\n关于2025年部分节假日\n安排的通知」).
const TITLE_LINES: usize = 3;

/// A line longer than this is a sentence, not a piece of a title.
const TITLE_PART_CHARS: usize = 40;

/// The title: a line, or up to [`TITLE_LINES`] short lines joined, holding
/// 「关于…年部分节假日安排…」. A body sentence such as 「现将2025年部分节假日安排
/// 通知如下」 has no 「关于」 and is not a title.
pub(super) fn find_title(lines: &[Vec<NormalChar>]) -> Option<FoundTitle> {
    for i in 0..lines.len() {
        let mut text = String::new();
        for k in 0..TITLE_LINES {
            let Some(line) = lines.get(i + k) else {
                break;
            };
            let part = line_text(line);
            if k > 0 && (part.contains('。') || part.chars().count() > TITLE_PART_CHARS) {
                break;
            }
            text.push_str(&part);
            let Some(mark) = text.find(TITLE_MARK) else {
                // Only a title's beginning goes on on the next line.
                let short = text.chars().count() <= TITLE_PART_CHARS;
                if short && (text.contains("关于") || text.ends_with(ISSUER)) {
                    continue;
                }
                break;
            };
            if !text[..mark].contains("关于") {
                break;
            }
            let mut next_line = i + k + 1;
            // 「…部分节假日安排的\n通知」: the end on the next line.
            if !text[mark..].contains("通知") {
                if let Some(next) = lines.get(next_line).map(|l| line_text(l)) {
                    if next.starts_with("通知") || next.starts_with("的通知") {
                        text.push_str(&next);
                        next_line += 1;
                    }
                }
            }
            return Some(read_title(&text, next_line));
        }
    }
    None
}

fn read_title(text: &str, next_line: usize) -> FoundTitle {
    let mark = text.find(TITLE_MARK).unwrap_or(0);
    let before: Vec<char> = text[..mark].chars().collect();
    let year = year_before(&before, before.len());
    let digits = if year.is_some() { 4 } else { 0 };
    let about = text[..mark].rfind("关于");
    let issuer = &text[..about.unwrap_or(mark)];
    let start = match about {
        Some(about) if issuer.ends_with(ISSUER) => about - ISSUER.len(),
        Some(about) => about,
        None => before[..before.len() - digits]
            .iter()
            .map(|c| c.len_utf8())
            .sum(),
    };
    let end = text[mark..]
        .find("通知")
        .map_or(mark + TITLE_MARK.len(), |i| mark + i + "通知".len());
    let local = ["省", "自治区", "市", "县", "州", "盟", "局", "厅", "委"]
        .iter()
        .any(|m| issuer.contains(m));
    FoundTitle {
        title: text.get(start..end).unwrap_or(text).to_string(),
        year,
        not_state_council: issuer.contains("转发") || (local && !issuer.contains("国务院")),
        next_line,
    }
}

/// The year the body states, for a text pasted without its title (or with a
/// title without a year): 「现将YYYY年元旦、春节……」 first, else the first
/// 「YYYY年部分节假日」 or 「YYYY年」 followed by a holiday's name (「公布2025年
/// 元旦、春节…」). A date (2024年11月13日: a page or issue date) and a
/// document number (〔2025〕) are never the year.
pub(super) fn body_year(lines: &[Vec<NormalChar>]) -> Option<i32> {
    let chars: Vec<char> = lines.iter().flatten().map(|n| n.c).collect();
    let starts_with = |at: usize, word: &str| {
        let word: Vec<char> = word.chars().collect();
        chars.get(at..at + word.len()) == Some(&word[..])
    };
    let mut first = None;
    for (at, c) in chars.iter().enumerate() {
        if *c != '年' {
            continue;
        }
        let Some(year) = year_before(&chars, at) else {
            continue;
        };
        let named = starts_with(at + 1, "部分节假日")
            || HOLIDAY_NAMES.iter().any(|name| starts_with(at + 1, name));
        if !named {
            continue;
        }
        if at >= 6 && starts_with(at - 6, "现将") {
            return Some(year);
        }
        first = first.or(Some(year));
    }
    first
}

/// The title of another notice in the text (「关于…的通知」), to say what was
/// pasted instead.
pub(super) fn other_notice_title(lines: &[Vec<NormalChar>]) -> Option<String> {
    lines
        .iter()
        .take(10)
        .map(|l| line_text(l))
        .find(|line| line.contains("关于") && line.contains("通知") && line.chars().count() <= 80)
}

#[cfg(test)]
mod tests {
    use crate::domain::holiday_text::{parse_holiday_notice, HolidayTextError};
    use crate::domain::test_dates::d;
    use chrono::NaiveDate;

    #[test]
    fn the_year_is_never_taken_from_a_document_number_or_a_page_date() {
        // No title and no 「现将YYYY年」: 〔2025〕 and 2024年11月13日 are not the year.
        let text = "国办发明电〔2025〕7号\n《人民日报》（2024年11月13日 第01版）\n新华社北京11月12日电\n一、元旦：1月1日放假1天。";
        assert_eq!(
            parse_holiday_notice(text),
            Err(HolidayTextError::MissingTitle)
        );
        let message = HolidayTextError::MissingTitle.to_string();
        assert!(
            message.contains("标题") && message.contains("现将YYYY年"),
            "{message}"
        );
    }

    #[test]
    fn titles_split_over_lines_are_joined() {
        let item = "\n一、元旦：1月1日（周三）放假1天，不调休。";
        let full = "国务院办公厅关于2025年部分节假日安排的通知";
        let titles = [
            "国务院办公厅关于2025年\n部分节假日安排的通知",
            "国务院办公厅\n关于2025年部分节假日安排的通知",
            "国务院办公厅关于\n2025年部分节假日安排的通知",
            "国务院办公厅关于2025年部分节假日安排的\n通知",
            "国务院办公厅\n关于2025年部分节假日\n安排的通知",
            "国务院办公厅关于\n2025年部分节假日安排\n的通知",
        ];
        for title in titles {
            let notice = parse_holiday_notice(&format!("{title}{item}"))
                .unwrap_or_else(|e| panic!("{title}: {e}"));
            assert_eq!(notice.title, full, "{title}");
            assert_eq!(notice.year, 2025, "{title}");
            assert_eq!(notice.days.len(), 1, "{title}");
        }
    }

    #[test]
    fn years_written_in_chinese_numerals_are_read() {
        // 2027: written as the State Council writes nothing else, but people do.
        let item = "\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。";
        let texts = [
            format!("国务院办公厅关于二〇二七年部分节假日安排的通知{item}"),
            format!("国务院办公厅关于二○二七年部分节假日安排的通知{item}"),
            format!("国务院办公厅关于二零二七年部分节假日安排的通知{item}"),
            format!("经国务院批准，现将二〇二七年元旦放假调休日期的具体安排通知如下。{item}"),
            format!("经国务院批准，现将二零二七年元旦放假调休日期的具体安排通知如下。{item}"),
        ];
        for text in &texts {
            let notice = parse_holiday_notice(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(notice.year, 2027, "{text}");
            let days: Vec<NaiveDate> = notice.days.iter().map(|d| d.date).collect();
            assert_eq!(
                days,
                [d(2027, 1, 1), d(2027, 1, 2), d(2027, 1, 3)],
                "{text}"
            );
        }
    }
}
