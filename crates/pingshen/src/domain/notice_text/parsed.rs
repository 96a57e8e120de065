//! The pasted evaluation notice as read: each field with its sentence, or
//! missing; and the notice it makes once nothing is missing.

use chrono::NaiveDate;

use super::fields::{NoticeField, ParsedField};
use super::warnings::NoticeWarning;
use crate::domain::notice::{tel_uri, Contact, Notice, Timing, Window};

/// The pasted evaluation notice, read. `None` fields were not found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedNotice {
    /// The year of the title.
    pub year: i32,
    /// The title, normalised, from 「关于」 to 「通知」.
    pub title: ParsedField<String>,
    /// The last line that is a date, e.g. 「2024年5月29日」.
    pub issued: Option<ParsedField<NaiveDate>>,
    /// The date of the sentence on 申报材料/业绩 with 截止 or 截至.
    pub achievements_cutoff: Option<ParsedField<NaiveDate>>,
    /// The date of the sentence on 资历 with 截止 or 截至.
    pub seniority_cutoff: Option<ParsedField<NaiveDate>>,
    /// The part of 「报卷时间」 naming 省直.
    pub provincial_window: Option<ParsedField<Window>>,
    /// The part of 「报卷时间」 naming 各市 or 主管部门.
    pub city_window: Option<ParsedField<Window>>,
    /// After 「报卷地点:」.
    pub place: Option<ParsedField<String>>,
    /// After 「联系人:」.
    pub contact_name: Option<ParsedField<String>>,
    /// As printed (normalised), e.g. `(024)96315-1-5113`; it counts as found
    /// only if [`tel_uri`] can dial it.
    pub contact_phone: Option<ParsedField<String>>,
    /// After 「传真:」, as printed.
    pub fax: Option<ParsedField<String>>,
    /// The N of 「公示时间不少于N个工作日」.
    pub publicity_working_days: Option<ParsedField<u32>>,
    /// The timing of the sentence on the committee's 例会.
    pub committee_meeting: Option<ParsedField<Timing>>,
    /// The timing of the sentence on 答辩.
    pub defense: Option<ParsedField<Timing>>,
    /// What the reader could not settle: parts of 「报卷时间」 not used, a
    /// range or a value cut at a line break. See also [`ParsedNotice::checks`].
    pub warnings: Vec<NoticeWarning>,
}

impl ParsedNotice {
    /// The fields not found, in the order of [`NoticeField::ALL`].
    pub fn missing(&self) -> Vec<NoticeField> {
        let found = |field: NoticeField| match field {
            NoticeField::Title => true,
            NoticeField::Issued => self.issued.is_some(),
            NoticeField::AchievementsCutoff => self.achievements_cutoff.is_some(),
            NoticeField::SeniorityCutoff => self.seniority_cutoff.is_some(),
            NoticeField::ProvincialWindow => self.provincial_window.is_some(),
            NoticeField::CityWindow => self.city_window.is_some(),
            NoticeField::Place => self.place.is_some(),
            NoticeField::ContactName => self.contact_name.is_some(),
            NoticeField::ContactPhone => self.contact_phone.is_some(),
            NoticeField::Fax => self.fax.is_some(),
            NoticeField::PublicityWorkingDays => self.publicity_working_days.is_some(),
            NoticeField::CommitteeMeeting => self.committee_meeting.is_some(),
            NoticeField::Defense => self.defense.is_some(),
        };
        NoticeField::ALL
            .iter()
            .copied()
            .filter(|f| !found(*f))
            .collect()
    }

    /// The notice as a profile marked `official: false` (it was pasted, not
    /// shipped), with the `tel:` URI of [`tel_uri`].
    ///
    /// # Errors
    ///
    /// The missing fields ([`Self::missing`]), if any.
    pub fn to_notice(&self) -> Result<Notice, Vec<NoticeField>> {
        let missing = self.missing();
        let (
            Some(issued),
            Some(achievements_cutoff),
            Some(seniority_cutoff),
            Some(provincial_window),
            Some(city_window),
            Some(place),
            Some(name),
            Some(phone),
            Some(fax),
            Some(publicity_working_days),
            Some(committee_meeting),
            Some(defense),
        ) = (
            &self.issued,
            &self.achievements_cutoff,
            &self.seniority_cutoff,
            &self.provincial_window,
            &self.city_window,
            &self.place,
            &self.contact_name,
            &self.contact_phone,
            &self.fax,
            &self.publicity_working_days,
            &self.committee_meeting,
            &self.defense,
        )
        else {
            return Err(missing);
        };
        let Some(tel) = tel_uri(&phone.value) else {
            return Err(vec![NoticeField::ContactPhone]);
        };
        Ok(Notice {
            year: self.year,
            official: false,
            title: self.title.value.clone(),
            issued: issued.value,
            achievements_cutoff: achievements_cutoff.value,
            seniority_cutoff: seniority_cutoff.value,
            publicity_working_days: publicity_working_days.value,
            provincial_window: provincial_window.value,
            city_window: city_window.value,
            place: place.value.clone(),
            contact: Contact {
                name: name.value.clone(),
                phone: phone.value.clone(),
                tel,
                fax: fax.value.clone(),
            },
            committee_meeting: committee_meeting.value.clone(),
            defense: defense.value.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::notice_text::read::parse_evaluation_notice;
    use crate::domain::notice_text::test_text::{replaced, NOTICE_2024};

    #[test]
    fn a_field_the_text_does_not_state_is_missing_never_guessed() {
        let original = "报卷时间:省直有关单位8月1至2日;\n各市市场监管局、各主管部门8月7至9日。\n";
        /// (what is replaced by what, the fields then missing)
        type Case<'a> = (&'a [(&'a str, &'a str)], Vec<NoticeField>);
        let cases: [Case; 4] = [
            (
                &[(original, "")],
                vec![NoticeField::ProvincialWindow, NoticeField::CityWindow],
            ),
            (
                &[
                    ("传 真:(024)86244536\n", ""),
                    ("联系电话:(024)96315-1-5113", "联系电话:见附件"),
                ],
                vec![NoticeField::ContactPhone, NoticeField::Fax],
            ),
            (
                &[("拟定于9月中旬,具体时间另行通知", "待定")],
                vec![NoticeField::CommitteeMeeting],
            ),
            (&[("\n2024年5月29日", "")], vec![NoticeField::Issued]),
        ];
        for (replacements, missing) in cases {
            let text = replaced(NOTICE_2024, replacements);
            let parsed = parse_evaluation_notice(&text).unwrap();
            assert_eq!(parsed.missing(), missing, "{replacements:?}");
            assert_eq!(parsed.to_notice(), Err(missing), "{replacements:?}");
        }
    }
}
