//! The title (关于做好YYYY年全省质量技术监督系列…的通知), its year, and the
//! signature's date line (the issue date).

use chrono::NaiveDate;

use crate::domain::pasted::normal::NormalChar;
use crate::domain::pasted::numerals::year_before;
use crate::domain::pasted::tokens::{tokenize, Token, WrittenDate};

/// The words every title of this series' notice contains.
const SERIES: &str = "质量技术监督系列";

/// The title: the first line with 关于 that names the series, joined with
/// the line or two after it when the title was split before its 通知.
/// `(first line, last line, the joined text)`.
pub(super) fn find_title(texts: &[String]) -> Option<(usize, usize, String)> {
    texts.iter().enumerate().find_map(|(first, line)| {
        let at = line.find("关于")?;
        let mut joined = line.clone();
        let mut last = first;
        while !joined[at..].contains("通知") && last + 1 < texts.len() && last < first + 2 {
            last += 1;
            joined.push_str(&texts[last]);
        }
        (joined.contains(SERIES) && joined.contains("评审")).then_some((first, last, joined))
    })
}

/// The year before the first 年 of the title, in digits or Chinese numerals.
pub(super) fn title_year(title: &str) -> Option<i32> {
    let chars: Vec<char> = title.chars().collect();
    let at = chars.iter().position(|c| *c == '年')?;
    year_before(&chars, at)
}

/// The index of the last line that ends with a full date and says nothing
/// else but who issued it (「辽宁省市场监督管理局 2024年5月29日」).
pub(super) fn last_date_line(lines: &[Vec<NormalChar>]) -> Option<usize> {
    lines.iter().rposition(|line| {
        let chars: Vec<char> = line.iter().map(|n| n.c).collect();
        let tokens = tokenize(&chars);
        let is_full_date = |t: &Token| matches!(t, Token::Date(d) if d.year.is_some());
        tokens.last().is_some_and(is_full_date)
            && tokens
                .iter()
                .filter(|t| matches!(t, Token::Date(_)))
                .count()
                == 1
            && tokens.len() <= 20
    })
}

/// The dates of a run of characters, the notice's year for those without one.
pub(super) fn full_dates(chars: &[NormalChar], year: i32) -> Vec<NaiveDate> {
    let plain: Vec<char> = chars.iter().map(|n| n.c).filter(|c| *c != '\n').collect();
    tokenize(&plain)
        .into_iter()
        .filter_map(|t| match t {
            Token::Date(WrittenDate {
                year: written,
                month: Some(month),
                day,
            }) => NaiveDate::from_ymd_opt(written.unwrap_or(year), month, day),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::domain::notice_text::parse_evaluation_notice;
    use crate::domain::notice_text::test_text::{
        replaced, unofficial_2024, window_of, NOTICE_2024,
    };
    use crate::domain::test_dates::d;

    #[test]
    fn a_title_over_several_lines_or_in_chinese_numerals_is_read() {
        let title = "关于做好2024年全省质量技术监督系列专业技术任职资格评审安排的通知";
        let forms = [
            "关于做好2024年全省质量技术监督系列\n专业技术任职资格评审安排的通知",
            "关于做好2024年全省质量技术\n监督系列专业技术任职资格\n评审安排的通知",
            "辽宁省市场监督管理局关于做好2024年全省质量技术监督系列专业技术任职资格评审安排的\n通知",
        ];
        for form in forms {
            let parsed = parse_evaluation_notice(&replaced(NOTICE_2024, &[(title, form)])).unwrap();
            assert_eq!(parsed.title.value, title, "{form}");
            assert_eq!(parsed.year, 2024);
            assert_eq!(parsed.to_notice(), Ok(unofficial_2024()), "{form}");
        }
        // The year in Chinese numerals, as in a signed document: 二〇二七.
        let text = replaced(
            &NOTICE_2024.replace("2024年", "2027年"),
            &[("关于做好2027年", "关于做好二〇二七年")],
        );
        let parsed = parse_evaluation_notice(&text).unwrap();
        assert_eq!(parsed.year, 2027);
        assert_eq!(
            window_of(&parsed.city_window),
            Some((d(2027, 8, 7), d(2027, 8, 9)))
        );
        let text = replaced(NOTICE_2024, &[("关于做好2024年", "关于做好二零二五年")]);
        assert_eq!(parse_evaluation_notice(&text).unwrap().year, 2025);
    }
}
