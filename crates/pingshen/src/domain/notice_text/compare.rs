//! Each field as the preview shows it, and a pasted notice compared with
//! the shipped notice of its year (a year with an official notice is never
//! saved over: the user only sees where the text differs).

use chrono::NaiveDate;

use super::fields::{NoticeField, ParsedField};
use super::parsed::ParsedNotice;
use crate::domain::dates;
use crate::domain::notice::{Notice, Timing, Window};

/// A field's value as shown and as compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldValue {
    /// In Chinese, e.g. `2024年8月1日（周四） 至 2024年8月2日（周五）`.
    pub text: String,
    /// What is compared (and given to the page as `data-value`): a day
    /// `2024-08-01`, a window `2024-08-01/2024-08-02`, a number of days
    /// `5`, a text as read, a rough date in Chinese
    /// ([`Timing::text`]).
    pub value: String,
}

impl FieldValue {
    /// A day: `2024年5月29日（周三）`, `2024-05-29`.
    fn date(date: NaiveDate) -> Self {
        FieldValue {
            text: dates::long_zh(date),
            value: date.to_string(),
        }
    }

    /// A submission window, both days included.
    ///
    /// ```
    /// use pingshen::domain::notice::{Notice, UnitKind};
    /// use pingshen::domain::notice_text::FieldValue;
    ///
    /// let window = Notice::official_2024().window(UnitKind::Provincial);
    /// let shown = FieldValue::window(window);
    /// assert_eq!(shown.text, "2024年8月1日（周四） 至 2024年8月2日（周五）");
    /// assert_eq!(shown.value, "2024-08-01/2024-08-02");
    /// ```
    pub fn window(window: Window) -> Self {
        FieldValue {
            text: format!(
                "{} 至 {}",
                dates::long_zh(window.first),
                dates::long_zh(window.last)
            ),
            value: format!("{}/{}", window.first, window.last),
        }
    }

    /// A text, shown and compared as written.
    fn plain(text: &str) -> Self {
        FieldValue {
            text: text.to_string(),
            value: text.to_string(),
        }
    }

    /// The publicity's working days (「六、申报流程」(三)).
    fn days(days: u32) -> Self {
        FieldValue {
            text: format!("不少于 {days} 个工作日"),
            value: days.to_string(),
        }
    }

    /// A rough date, shown and compared as its Chinese text.
    fn timing(timing: &Timing) -> Self {
        FieldValue::plain(&timing.text())
    }

    /// The field `field` of a notice (a shipped one: every field is there).
    pub fn of_notice(notice: &Notice, field: NoticeField) -> Self {
        let n = notice;
        match field {
            NoticeField::Title => Self::plain(&n.title),
            NoticeField::Issued => Self::date(n.issued),
            NoticeField::AchievementsCutoff => Self::date(n.achievements_cutoff),
            NoticeField::SeniorityCutoff => Self::date(n.seniority_cutoff),
            NoticeField::ProvincialWindow => Self::window(n.provincial_window),
            NoticeField::CityWindow => Self::window(n.city_window),
            NoticeField::Place => Self::plain(&n.place),
            NoticeField::ContactName => Self::plain(&n.contact.name),
            NoticeField::ContactPhone => Self::plain(&n.contact.phone),
            NoticeField::Fax => Self::plain(&n.contact.fax),
            NoticeField::PublicityWorkingDays => Self::days(n.publicity_working_days),
            NoticeField::CommitteeMeeting => Self::timing(&n.committee_meeting),
            NoticeField::Defense => Self::timing(&n.defense),
        }
    }
}

/// A field the pasted text states otherwise than the shipped notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldDifference {
    /// The field.
    pub field: NoticeField,
    /// As pasted.
    pub pasted: FieldValue,
    /// As shipped.
    pub official: FieldValue,
}

impl ParsedNotice {
    /// The field as read, with the sentence it came from; `None` if the
    /// text does not state it ([`Self::missing`]).
    pub fn shown(&self, field: NoticeField) -> Option<(FieldValue, &str)> {
        fn with<T>(
            read: &Option<ParsedField<T>>,
            show: impl Fn(&T) -> FieldValue,
        ) -> Option<(FieldValue, &str)> {
            read.as_ref().map(|f| (show(&f.value), f.source.as_str()))
        }
        match field {
            NoticeField::Title => Some((FieldValue::plain(&self.title.value), &self.title.source)),
            NoticeField::Issued => with(&self.issued, |d| FieldValue::date(*d)),
            NoticeField::AchievementsCutoff => {
                with(&self.achievements_cutoff, |d| FieldValue::date(*d))
            }
            NoticeField::SeniorityCutoff => with(&self.seniority_cutoff, |d| FieldValue::date(*d)),
            NoticeField::ProvincialWindow => {
                with(&self.provincial_window, |w| FieldValue::window(*w))
            }
            NoticeField::CityWindow => with(&self.city_window, |w| FieldValue::window(*w)),
            NoticeField::Place => with(&self.place, |s| FieldValue::plain(s)),
            NoticeField::ContactName => with(&self.contact_name, |s| FieldValue::plain(s)),
            NoticeField::ContactPhone => with(&self.contact_phone, |s| FieldValue::plain(s)),
            NoticeField::Fax => with(&self.fax, |s| FieldValue::plain(s)),
            NoticeField::PublicityWorkingDays => {
                with(&self.publicity_working_days, |n| FieldValue::days(*n))
            }
            NoticeField::CommitteeMeeting => with(&self.committee_meeting, FieldValue::timing),
            NoticeField::Defense => with(&self.defense, FieldValue::timing),
        }
    }

    /// The fields read with another value than `official`'s (the shipped
    /// notice of the same year), in the order of [`NoticeField::ALL`].
    /// Fields not read are not differences: they are [`Self::missing`].
    ///
    /// # Example
    ///
    /// ```
    /// use pingshen::domain::notice::Notice;
    /// use pingshen::domain::notice_text::{parse_evaluation_notice, NoticeField};
    ///
    /// let text = "关于做好2024年全省质量技术监督系列专业技术任职资格评审安排的通知\n\
    ///             报卷时间：省直有关单位8月1至2日；各市市场监管局、各主管部门8月8至9日。";
    /// let parsed = parse_evaluation_notice(text).unwrap();
    /// let differences = parsed.differences(&Notice::official_2024());
    /// assert_eq!(differences.len(), 1);
    /// assert_eq!(differences[0].field, NoticeField::CityWindow);
    /// assert_eq!(differences[0].pasted.value, "2024-08-08/2024-08-09");
    /// assert_eq!(differences[0].official.value, "2024-08-07/2024-08-09");
    /// ```
    pub fn differences(&self, official: &Notice) -> Vec<FieldDifference> {
        NoticeField::ALL
            .iter()
            .filter_map(|&field| {
                let (pasted, _) = self.shown(field)?;
                let official = FieldValue::of_notice(official, field);
                (pasted.value != official.value).then_some(FieldDifference {
                    field,
                    pasted,
                    official,
                })
            })
            .collect()
    }

    /// Whether the text states every field, each as `official` does.
    pub fn agrees_with(&self, official: &Notice) -> bool {
        self.missing().is_empty() && self.differences(official).is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::notice_text::parse_evaluation_notice;
    use crate::domain::notice_text::test_text::{replaced, NOTICE_2024};

    #[test]
    fn the_2024_notice_shown_field_by_field() {
        // (field, text, value) — the 2024 notice (「五」3, 「六」(三), 「七」);
        // 2024-05-29 is a Wednesday, 2024-08-01 a Thursday.
        let table = [
            (NoticeField::Issued, "2024年5月29日（周三）", "2024-05-29"),
            (
                NoticeField::ProvincialWindow,
                "2024年8月1日（周四） 至 2024年8月2日（周五）",
                "2024-08-01/2024-08-02",
            ),
            (
                NoticeField::CityWindow,
                "2024年8月7日（周三） 至 2024年8月9日（周五）",
                "2024-08-07/2024-08-09",
            ),
            (NoticeField::PublicityWorkingDays, "不少于 5 个工作日", "5"),
            (
                NoticeField::ContactPhone,
                "(024)96315-1-5113",
                "(024)96315-1-5113",
            ),
            (
                NoticeField::CommitteeMeeting,
                "2024年9月中旬（具体时间另行通知）",
                "2024年9月中旬（具体时间另行通知）",
            ),
            (NoticeField::Defense, "另行通知", "另行通知"),
        ];
        let official = Notice::official_2024();
        let parsed = parse_evaluation_notice(NOTICE_2024).unwrap();
        for (field, text, value) in table {
            let shipped = FieldValue::of_notice(&official, field);
            assert_eq!(
                (shipped.text.as_str(), shipped.value.as_str()),
                (text, value)
            );
            let (read, source) = parsed.shown(field).unwrap();
            assert_eq!(read, shipped, "{field:?}");
            assert!(NOTICE_2024.contains(source), "{source}");
        }
        assert!(parsed.differences(&official).is_empty());
        assert!(parsed.agrees_with(&official));
    }

    #[test]
    fn a_changed_or_missing_field_does_not_agree() {
        let official = Notice::official_2024();
        // 「不少于5个工作日」 made 7, the fax line left out.
        let text = replaced(
            NOTICE_2024,
            &[
                ("不少于5个工作日", "不少于7个工作日"),
                ("传 真:(024)86244536\n", ""),
            ],
        );
        let parsed = parse_evaluation_notice(&text).unwrap();
        assert_eq!(parsed.shown(NoticeField::Fax), None);
        assert_eq!(
            parsed.differences(&official),
            [FieldDifference {
                field: NoticeField::PublicityWorkingDays,
                pasted: FieldValue::days(7),
                official: FieldValue::days(5),
            }]
        );
        assert!(!parsed.agrees_with(&official));
        // Missing only: no difference, and still no agreement.
        let text = replaced(NOTICE_2024, &[("传 真:(024)86244536\n", "")]);
        let parsed = parse_evaluation_notice(&text).unwrap();
        assert!(parsed.differences(&official).is_empty());
        assert!(!parsed.agrees_with(&official));
    }
}
