//! The fields of a notice the text is read for, and a value read with the
//! sentence it came from.

/// A value read from the text and the sentence it was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedField<T> {
    /// What was read.
    pub value: T,
    /// The sentence, as written in the pasted text.
    pub source: String,
}

#[cfg(doc)]
use crate::domain::notice::{Contact, Notice};

crate::labelled_enum! {
    /// The fields of a [`Notice`] the text is read for, in the order of the
    /// notice. The code is the name of the [`Notice`] field, e.g.
    /// `city_window`.
    pub enum NoticeField {
        /// [`Notice::title`].
        Title = "title" => "通知标题",
        /// [`Notice::issued`].
        Issued = "issued" => "发文日期",
        /// [`Notice::achievements_cutoff`].
        AchievementsCutoff = "achievements_cutoff" => "申报材料（业绩）截止日",
        /// [`Notice::seniority_cutoff`].
        SeniorityCutoff = "seniority_cutoff" => "资历计算截止日",
        /// [`Notice::publicity_working_days`].
        PublicityWorkingDays = "publicity_working_days" => "公示工作日数",
        /// [`Notice::provincial_window`].
        ProvincialWindow = "provincial_window" => "省直有关单位报卷时间",
        /// [`Notice::city_window`].
        CityWindow = "city_window" => "各市市场监管局、各主管部门报卷时间",
        /// [`Notice::place`].
        Place = "place" => "报卷地点",
        /// [`Contact::name`].
        ContactName = "contact_name" => "联系人",
        /// [`Contact::phone`] (and [`Contact::tel`] from it).
        ContactPhone = "contact_phone" => "联系电话",
        /// [`Contact::fax`].
        Fax = "fax" => "传真",
        /// [`Notice::committee_meeting`].
        CommitteeMeeting = "committee_meeting" => "评审委员会例会时间",
        /// [`Notice::defense`].
        Defense = "defense" => "答辩时间",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_codes_are_stable_and_labelled() {
        let codes: Vec<&str> = NoticeField::ALL.iter().map(|f| f.code()).collect();
        assert_eq!(
            codes,
            [
                "title",
                "issued",
                "achievements_cutoff",
                "seniority_cutoff",
                "publicity_working_days",
                "provincial_window",
                "city_window",
                "place",
                "contact_name",
                "contact_phone",
                "fax",
                "committee_meeting",
                "defense"
            ]
        );
        for &field in NoticeField::ALL {
            assert_eq!(NoticeField::from_code(field.code()), Some(field));
            assert!(!field.label().is_empty());
        }
        assert_eq!(NoticeField::from_code("nope"), None);
    }
}
