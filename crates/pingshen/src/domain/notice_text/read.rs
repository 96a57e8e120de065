//! Reading a pasted evaluation notice: the title and its year, then each
//! field from the words that name it.

use super::errors::NoticeTextError;
use super::fields::{NoticeField, ParsedField};
use super::parsed::ParsedNotice;
use super::sentences::Reader;
use super::title::{find_title, full_dates, last_date_line, title_year};
use crate::domain::dates::SUPPORTED_YEARS;
use crate::domain::notice::tel_uri;
use crate::domain::pasted::normal::{line_text, normalized_lines, original, NormalChar};
use crate::domain::pasted::{check_size, SizeError};

/// Reads a pasted evaluation notice.
///
/// # Errors
///
/// A [`NoticeTextError`]: empty or too long text, a text that is not this
/// series' notice of Liaoning, or a title without a usable year. A field that
/// cannot be found is not an error: see [`ParsedNotice::missing`].
///
/// # Example
///
/// ```
/// use pingshen::domain::notice_text::{parse_evaluation_notice, NoticeTextError};
///
/// let holidays = "国务院办公厅关于2025年部分节假日安排的通知\n一、元旦：1月1日放假。";
/// assert!(matches!(
///     parse_evaluation_notice(holidays),
///     Err(NoticeTextError::NotEvaluationNotice { .. })
/// ));
/// ```
pub fn parse_evaluation_notice(text: &str) -> Result<ParsedNotice, NoticeTextError> {
    check_size(text).map_err(|e| match e {
        SizeError::Empty => NoticeTextError::Empty,
        SizeError::TooLong(chars) => NoticeTextError::TooLong { chars },
    })?;
    let lines = normalized_lines(text);
    let texts: Vec<String> = lines.iter().map(|l| line_text(l)).collect();
    let Some((first_line, last_line, line)) = find_title(&texts) else {
        let other = texts
            .iter()
            .take(10)
            .find(|l| l.contains("关于") && l.contains("通知") && l.chars().count() <= 80);
        return Err(NoticeTextError::NotEvaluationNotice {
            title: other.cloned().unwrap_or_default(),
        });
    };
    let start = line.find("关于").unwrap_or(0);
    let end = line[start..]
        .find("通知")
        .map_or(line.len(), |i| start + i + "通知".len());
    let title = line[start..end].to_string();
    // Another province's notice of the same series: its issuer is named
    // before the title or above the date line.
    let issuer_before_title = &line[..start];
    let signature = last_date_line(&lines).and_then(|i| i.checked_sub(1).map(|j| &texts[j]));
    let foreign = |issuer: &str| issuer.contains('省') && !issuer.contains("辽宁");
    if foreign(issuer_before_title) || signature.is_some_and(|s| foreign(s) && s.len() < 60) {
        return Err(NoticeTextError::NotEvaluationNotice { title });
    }
    let year = title_year(&title).ok_or_else(|| NoticeTextError::MissingYear {
        title: title.clone(),
    })?;
    if !SUPPORTED_YEARS.contains(&year) {
        return Err(NoticeTextError::YearOutOfRange(year));
    }

    let reader = Reader::new(text, &lines, year);
    let mut warnings = Vec::new();
    let (provincial_window, city_window) = reader.windows(&mut warnings);
    let [achievements_cutoff, seniority_cutoff] = reader.cutoffs();
    let title_chars: Vec<NormalChar> = lines[first_line..=last_line].concat();
    Ok(ParsedNotice {
        year,
        title: ParsedField {
            value: title,
            source: original(text, &title_chars).to_string(),
        },
        issued: last_date_line(&lines).and_then(|i| {
            let date = full_dates(&lines[i], year).pop()?;
            Some(ParsedField {
                value: date,
                source: original(text, &lines[i]).to_string(),
            })
        }),
        achievements_cutoff,
        seniority_cutoff,
        provincial_window,
        city_window,
        place: reader.labelled(NoticeField::Place, &["报卷地点", "报送地点"], &mut warnings),
        contact_name: reader.labelled(NoticeField::ContactName, &["联系人"], &mut warnings),
        contact_phone: reader
            .labelled(
                NoticeField::ContactPhone,
                &["联系电话", "电话"],
                &mut warnings,
            )
            .filter(|p| tel_uri(&p.value).is_some()),
        fax: reader.labelled(NoticeField::Fax, &["传真"], &mut warnings),
        publicity_working_days: reader.publicity_working_days(),
        committee_meeting: reader.timing("例会", Some("答辩")),
        defense: reader.timing("答辩", None),
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates;
    use crate::domain::notice::{MonthPart, Timing, UnitKind, Window};
    use crate::domain::notice_text::test_text::{
        replaced, unofficial_2024, warning_kinds, window_of, NOTICE_2024,
    };
    use crate::domain::notice_text::{NoticeWarningKind, UnusedWindow};
    use crate::domain::test_dates::d;
    use chrono::NaiveDate;

    const HOLIDAYS_2025: &str = include_str!("../../../tests/data/notices/holidays-2025-gov.txt");

    #[test]
    fn the_2024_notice_parses_to_the_shipped_profile() {
        let parsed = parse_evaluation_notice(NOTICE_2024).unwrap();
        assert_eq!(parsed.missing(), []);
        assert_eq!(parsed.to_notice(), Ok(unofficial_2024()));
        // Each field keeps the sentence it came from, as written.
        let sources = [
            (&parsed.title.source, "关于做好2024年全省质量技术监督系列专业技术任职资格评审安排的通知"),
            (&parsed.issued.as_ref().unwrap().source, "2024年5月29日"),
            (
                &parsed.achievements_cutoff.as_ref().unwrap().source,
                "申报材料(包括业绩、论文、著作、成果、奖励等)的截止时间为2024年7月31日",
            ),
            (
                &parsed.seniority_cutoff.as_ref().unwrap().source,
                // The clause that names the seniority, up to its date.
                "资历计算截止时间为2024年12月31日",
            ),
            (&parsed.provincial_window.as_ref().unwrap().source, "报卷时间:省直有关单位8月1至2日"),
            (&parsed.city_window.as_ref().unwrap().source, "各市市场监管局、各主管部门8月7至9日"),
            (&parsed.place.as_ref().unwrap().source, "报卷地点:省市场监管局1009房间"),
            (&parsed.contact_name.as_ref().unwrap().source, "联 系 人:史阔"),
            (&parsed.contact_phone.as_ref().unwrap().source, "联系电话:(024)96315-1-5113"),
            (&parsed.fax.as_ref().unwrap().source, "传 真:(024)86244536"),
            (&parsed.committee_meeting.as_ref().unwrap().source, "评审委员会例会时间拟定于9月中旬,具体时间另行通知"),
            (
                &parsed.defense.as_ref().unwrap().source,
                "全省申报正高级工程师及省直申报高级工程师资格评审人员须参加答辩,答辩的具体时间、地点另行通知",
            ),
        ];
        for (source, expected) in sources {
            assert_eq!(source, expected);
            assert!(NOTICE_2024.contains(source.as_str()), "{source}");
        }
        let publicity = parsed.publicity_working_days.as_ref().unwrap();
        assert!(
            publicity.source.contains("不少于5个工作日"),
            "{}",
            publicity.source
        );
    }

    #[test]
    fn a_2027_notice_with_other_dates_parses_to_those() {
        let text = replaced(
            NOTICE_2024,
            &[
                ("2024年", "2027年"),
                ("8月1至2日", "8月2至3日"),
                ("8月7至9日", "8月9至11日"),
                ("2027年5月29日", "2027年6月2日"),
                ("2027年7月31日", "2027年7月30日"),
                ("9月中旬", "9月下旬"),
                ("答辩的具体时间、地点另行通知", "答辩时间定于2027年10月12日"),
                ("不少于5个工作日", "不少于7个工作日"),
                (
                    "联 系 人:史阔\n联系电话:(024)96315-1-5113",
                    "联系人：王明，联系电话：(024)86244536-8",
                ),
            ],
        );
        let notice = parse_evaluation_notice(&text).unwrap().to_notice().unwrap();
        let window = |first, last| Window { first, last };
        assert_eq!(notice.year, 2027);
        assert!(!notice.official);
        assert_eq!(
            notice.title,
            "关于做好2027年全省质量技术监督系列专业技术任职资格评审安排的通知"
        );
        assert_eq!(notice.issued, d(2027, 6, 2));
        assert_eq!(notice.achievements_cutoff, d(2027, 7, 30));
        assert_eq!(notice.seniority_cutoff, d(2027, 12, 31));
        assert_eq!(notice.publicity_working_days, 7);
        assert_eq!(
            notice.window(UnitKind::Provincial),
            window(d(2027, 8, 2), d(2027, 8, 3))
        );
        assert_eq!(
            notice.window(UnitKind::City),
            window(d(2027, 8, 9), d(2027, 8, 11))
        );
        assert_eq!(notice.contact.name, "王明");
        assert_eq!(notice.contact.phone, "(024)86244536-8");
        assert_eq!(notice.contact.tel, "tel:+862486244536,8");
        assert_eq!(
            notice.committee_meeting,
            Timing::Period {
                year: 2027,
                month: 9,
                part: MonthPart::Late
            }
        );
        assert_eq!(
            notice.defense,
            Timing::Exact {
                date: d(2027, 10, 12)
            }
        );
        assert!(notice.validate().is_ok());
    }

    #[test]
    fn full_width_digits_and_odd_spacing_parse_the_same() {
        let full_width: String = NOTICE_2024
            .chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(c as u32 + 0xFEE0).unwrap(),
                '(' => '（',
                ')' => '）',
                ':' => '：',
                ';' => '；',
                ',' => '，',
                '-' => '－',
                _ => c,
            })
            .collect();
        let spaced = full_width
            .replace("报卷时间", "\u{3000}\u{3000}报 卷 时 间 ")
            .replace("月", " 月 ")
            .replace("联系电话", "联 系 电 话 ")
            .replace("例会", " 例会");
        let parsed = parse_evaluation_notice(&spaced).unwrap();
        assert_eq!(parsed.to_notice(), Ok(unofficial_2024()));
    }

    #[test]
    fn texts_that_are_not_the_notice_get_a_typed_error() {
        let ten_megabytes = "质量技术监督系列".repeat(10 * 1024 * 1024 / 24);
        let other_province = replaced(
            NOTICE_2024,
            &[("辽宁省市场监督管理局\n2024", "吉林省市场监督管理厅\n2024")],
        );
        let other_series = replaced(
            NOTICE_2024,
            &[(
                "全省质量技术监督系列专业技术任职资格",
                "全省工程系列交通运输专业技术资格",
            )],
        );
        let no_year = replaced(NOTICE_2024, &[("关于做好2024年", "关于做好今年")]);
        let cases: [(&str, NoticeTextError); 7] = [
            ("", NoticeTextError::Empty),
            ("\u{3000} \n", NoticeTextError::Empty),
            (
                "乱码 asdf 1234",
                NoticeTextError::NotEvaluationNotice {
                    title: String::new(),
                },
            ),
            (
                HOLIDAYS_2025,
                NoticeTextError::NotEvaluationNotice {
                    title: "国务院办公厅关于2025年部分节假日安排的通知".into(),
                },
            ),
            (
                &other_province,
                NoticeTextError::NotEvaluationNotice {
                    title: "关于做好2024年全省质量技术监督系列专业技术任职资格评审安排的通知"
                        .into(),
                },
            ),
            (
                &other_series,
                NoticeTextError::NotEvaluationNotice {
                    title: "关于做好2024年全省工程系列交通运输专业技术资格评审安排的通知".into(),
                },
            ),
            (
                &no_year,
                NoticeTextError::MissingYear {
                    title: "关于做好今年全省质量技术监督系列专业技术任职资格评审安排的通知".into(),
                },
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(
                parse_evaluation_notice(text),
                Err(expected),
                "{}",
                dates::shorten(text)
            );
        }
        assert!(matches!(
            parse_evaluation_notice(&ten_megabytes),
            Err(NoticeTextError::TooLong { .. })
        ));
        assert!(NoticeTextError::Empty.to_string().contains("粘贴"));
    }

    #[test]
    fn a_forum_copy_of_a_2027_notice_is_read_and_its_open_questions_asked() {
        // tests/data/notices/evaluation-2027-forum.txt: the 2024 notice made
        // a 2027 one as a forum reposts it: a 【转载】 title over two lines, a
        // 发布时间 line, both cutoffs joined by a full-width comma, and three
        // windows, the cities' cut at a line break.
        let text = include_str!("../../../tests/data/notices/evaluation-2027-forum.txt");
        let parsed = parse_evaluation_notice(text).unwrap();
        assert_eq!(parsed.year, 2027);
        assert_eq!(
            parsed.title.value,
            "关于做好2027年全省质量技术监督系列专业技术任职资格评审安排的通知"
        );
        let value = |f: &Option<ParsedField<NaiveDate>>| f.as_ref().map(|f| f.value);
        assert_eq!(value(&parsed.achievements_cutoff), Some(d(2027, 7, 31)));
        assert_eq!(value(&parsed.seniority_cutoff), Some(d(2027, 12, 31)));
        assert_eq!(value(&parsed.issued), Some(d(2027, 5, 28)));
        assert_eq!(
            window_of(&parsed.provincial_window),
            Some((d(2027, 8, 3), d(2027, 8, 4)))
        );
        assert_eq!(parsed.missing(), [NoticeField::CityWindow]);
        let city = NoticeField::CityWindow;
        let unused = |first, last| NoticeWarningKind::UnusedWindow {
            window: Window {
                first: d(2027, 8, first),
                last: d(2027, 8, last),
            },
            reason: UnusedWindow::SameKind(city),
            could_fill: vec![city],
        };
        assert_eq!(warning_kinds(&parsed), [unused(10, 12), unused(16, 17)]);
        assert_eq!(parsed.warnings[0].source, "各市市场监管局8月10至\n12日");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))] // proptest is a native dev-dependency
mod properties {
    //! Round trips: a notice written back as text, in the forms people copy
    //! it in, reads back to the same notice.

    use super::*;
    use crate::domain::dates;
    use crate::domain::notice::{tel_uri, Contact, MonthPart, Notice, Timing, Window};
    use chrono::{Datelike, NaiveDate};
    use proptest::prelude::*;

    const NOTICE_2024: &str = include_str!("../../../tests/data/notices/evaluation-2024.txt");

    /// How a copy of the notice differs from the published layout.
    #[derive(Clone, Copy, Debug)]
    struct CopyForm {
        /// Full-width punctuation and digits (a Word file, a WeChat post).
        full_width: bool,
        /// Both cutoffs in one sentence, joined by a comma.
        cutoffs_by_comma: bool,
        /// 0: 「8月1至2日」, 1: 「8月1日至8月2日」, 2: 「8月1日—2日」,
        /// 3: with weekdays 「8月1日(星期四)至2日(星期五)」.
        window_form: u8,
        /// Line breaks inside sentences: after 至 in the city window, in
        /// the middle of the cutoff dates and the title.
        breaks: bool,
        /// The year of the title in Chinese numerals.
        chinese_year: bool,
    }

    fn window_text(w: Window, form: u8) -> String {
        let (a, b) = (w.first, w.last);
        let weekday = |d: NaiveDate| {
            format!(
                "(星期{})",
                &dates::weekday_zh(d).chars().last().unwrap().to_string()
            )
        };
        if a == b {
            return format!("{}月{}日", a.month(), a.day());
        }
        let same_month = a.month() == b.month();
        match form {
            0 if same_month => format!("{}月{}至{}日", a.month(), a.day(), b.day()),
            2 if same_month => format!("{}月{}日—{}日", a.month(), a.day(), b.day()),
            3 => format!(
                "{}月{}日{}至{}月{}日{}",
                a.month(),
                a.day(),
                weekday(a),
                b.month(),
                b.day(),
                weekday(b)
            ),
            _ => format!("{}月{}日至{}月{}日", a.month(), a.day(), b.month(), b.day()),
        }
    }

    fn date_text(d: NaiveDate) -> String {
        format!("{}年{}月{}日", d.year(), d.month(), d.day())
    }

    fn chinese_year(year: i32) -> String {
        year.to_string()
            .chars()
            .map(|c| {
                "〇一二三四五六七八九"
                    .chars()
                    .nth(c.to_digit(10).unwrap() as usize)
                    .unwrap()
            })
            .collect()
    }

    /// The notice as the province would publish it, in `form`.
    fn write(n: &Notice, form: CopyForm) -> String {
        let br = if form.breaks { "\n" } else { "" };
        let year = if form.chinese_year {
            chinese_year(n.year)
        } else {
            n.year.to_string()
        };
        let title =
            format!("关于做好{year}年全省质量技术监督系列{br}专业技术任职资格评审安排的通知");
        let achievements = format!(
            "申报材料(包括业绩、论文、著作、成果、奖励等)的截止时间为{}年{br}{}月{}日",
            n.achievements_cutoff.year(),
            n.achievements_cutoff.month(),
            n.achievements_cutoff.day()
        );
        let seniority = format!("资历计算截止时间为{}", date_text(n.seniority_cutoff));
        let joint = if form.cutoffs_by_comma { "," } else { ";" };
        let city = window_text(n.city_window, form.window_form);
        let city = if form.breaks {
            city.replacen('至', "至\n", 1)
        } else {
            city
        };
        let timing = |t: &Timing| match t {
            Timing::Exact { date } => format!("定于{}", date_text(*date)),
            Timing::Period { month, part, .. } => {
                format!("拟定于{month}月{},具体时间另行通知", part.label())
            }
            Timing::Later => "另行通知".to_string(),
        };
        let text = format!(
            "{title}\n各市市场监督管理局,省直有关单位:\n\
             现将{}年全省工程系列质量技术监督行业专业技术资格评审工作有关事宜通知如下:\n\
             五、相关政策规定\n3.申报人员须如实填报相关材料。{achievements}{joint}{seniority},资历年份为周年。\n\
             六、申报流程\n(三)集中公示。公示时间不少于{}个工作日(从公示的第二天算起)。\n\
             七、时间安排及报卷地点\n报卷时间:省直有关单位{};\n各市市场监管局、各主管部门{city}。\n\
             报卷地点:{}。\n联 系 人:{}\n联系电话:{}\n传 真:{}\n\
             评审委员会例会时间{}。全省申报正高级工程师须参加答辩,答辩的具体时间{}。\n\
             辽宁省市场监督管理局\n{}\n",
            n.year,
            n.publicity_working_days,
            window_text(n.provincial_window, form.window_form),
            n.place,
            n.contact.name,
            n.contact.phone,
            n.contact.fax,
            timing(&n.committee_meeting),
            timing(&n.defense),
            date_text(n.issued),
        );
        if form.full_width {
            text.chars()
                .map(|c| match c {
                    '0'..='9' | '(' | ')' | ':' | ';' | ',' => {
                        char::from_u32(c as u32 + 0xFEE0).unwrap()
                    }
                    _ => c,
                })
                .collect()
        } else {
            text
        }
    }

    fn day_of(year: i32, ordinal: u32) -> NaiveDate {
        NaiveDate::from_yo_opt(year, ordinal).unwrap()
    }

    prop_compose! {
        /// A notice of any supported year with the 2024 notice's shape: the
        /// cutoff in summer, the provincial window after it, the cities'
        /// after that, the committee in autumn.
        fn any_notice()(
            year in 2025i32..=2098,
            cutoff in 150u32..=220,
            seniority_after in 0u32..=150,
            provincial_gap in 1u32..=10,
            provincial_len in 0u32..=3,
            city_gap in 1u32..=10,
            city_len in 0u32..=3,
            days in 1u32..=30,
            month in 9u32..=11,
            part in 0usize..3,
            defense_day in proptest::option::of(250u32..=330),
            issued in 120u32..=149,
            who in 0usize..3,
        ) -> Notice {
            let achievements_cutoff = day_of(year, cutoff);
            let provincial_first = achievements_cutoff + chrono::Days::new(provincial_gap.into());
            let provincial_last = provincial_first + chrono::Days::new(provincial_len.into());
            let city_first = provincial_last + chrono::Days::new(city_gap.into());
            let contacts = [
                ("史阔", "(024)96315-1-5113", "(024)86244536", "省市场监管局1009房间"),
                ("王明", "(024)86244536-8", "024-86244537", "沈阳市皇姑区北陵大街某号某室"),
                ("李华", "13912345678", "(0411)88881234", "省市场监督管理局职改办(1009室)"),
            ];
            let (name, phone, fax, place) = contacts[who];
            Notice {
                year,
                official: false,
                title: format!("关于做好{year}年全省质量技术监督系列专业技术任职资格评审安排的通知"),
                issued: day_of(year, issued),
                achievements_cutoff,
                seniority_cutoff: day_of(year, (cutoff + seniority_after).min(365)),
                publicity_working_days: days,
                provincial_window: Window { first: provincial_first, last: provincial_last },
                city_window: Window {
                    first: city_first,
                    last: city_first + chrono::Days::new(city_len.into()),
                },
                place: place.into(),
                contact: Contact {
                    name: name.into(),
                    phone: phone.into(),
                    tel: tel_uri(phone).unwrap(),
                    fax: fax.into(),
                },
                committee_meeting: Timing::Period {
                    year,
                    month,
                    part: [MonthPart::Early, MonthPart::Mid, MonthPart::Late][part],
                },
                defense: defense_day.map_or(Timing::Later, |o| Timing::Exact { date: day_of(year, o) }),
            }
        }
    }

    prop_compose! {
        fn any_form()(
            full_width: bool, cutoffs_by_comma: bool, window_form in 0u8..4, breaks: bool, chinese_year: bool,
        ) -> CopyForm {
            CopyForm { full_width, cutoffs_by_comma, window_form, breaks, chinese_year }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn a_notice_written_in_any_copy_form_reads_back_the_same(
            notice in any_notice(), form in any_form()
        ) {
            let text = write(&notice, form);
            let parsed = parse_evaluation_notice(&text).unwrap();
            prop_assert_eq!(&parsed.warnings, &vec![], "{}", text);
            // The title is kept as written, its year in numerals too.
            let mut expected = notice;
            if form.chinese_year {
                let year = expected.year;
                expected.title = expected.title.replace(&year.to_string(), &chinese_year(year));
            }
            prop_assert_eq!(parsed.to_notice(), Ok(expected), "{}", text);
        }

        /// Whatever is cut out of or put into the 2024 notice, the reader
        /// answers, and each field it reads quotes the pasted text as written.
        #[test]
        fn every_source_of_a_mutated_notice_is_quoted_from_it(
            cut in 0usize..3000, len in 0usize..80, insert in "\\PC{0,8}"
        ) {
            let chars: Vec<char> = NOTICE_2024.chars().collect();
            let start = cut.min(chars.len());
            let end = (start + len).min(chars.len());
            let mutated: String = chars[..start].iter().copied()
                .chain(insert.chars())
                .chain(chars[end..].iter().copied())
                .collect();
            if let Ok(parsed) = parse_evaluation_notice(&mutated) {
                prop_assert!(mutated.contains(&parsed.title.source));
                let sources = [
                    parsed.achievements_cutoff.as_ref().map(|f| &f.source),
                    parsed.seniority_cutoff.as_ref().map(|f| &f.source),
                    parsed.provincial_window.as_ref().map(|f| &f.source),
                    parsed.city_window.as_ref().map(|f| &f.source),
                    parsed.place.as_ref().map(|f| &f.source),
                    parsed.contact_phone.as_ref().map(|f| &f.source),
                ];
                for source in sources.into_iter().flatten() {
                    prop_assert!(mutated.contains(source.as_str()), "{}", source);
                }
                for warning in &parsed.warnings {
                    prop_assert!(mutated.contains(warning.source.as_str()));
                }
            }
        }
    }
}
