//! The publicity notice (公示) a unit posts for its approved applicants
//! (「六、申报流程」(三) 集中公示).

use chrono::NaiveDate;

use super::error::DocumentError;
use super::wording::{
    estimated_warning, level_zh, listed, missing_fields, or_blank, period_remarks, span_zh,
    specialty_zh, ymd_zh, ListedApplicant,
};
use crate::domain::calendar::Calendar;
use crate::domain::dates;
use crate::domain::notice::Notice;
use crate::domain::publicity::{self, Period};
use crate::domain::text::one_line;
use crate::domain::workspace::Record;

/// The publicity notice (公示) a unit posts for its approved applicants
/// (「六、申报流程」(三) 集中公示: all materials of the applicants approved
/// after 民主评议 and review are shown at the unit for at least 5 working
/// days, counted from the day after posting).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicityNotice {
    /// The unit that posts the notice (and signs it).
    pub unit_name: String,
    /// Where the materials are shown.
    pub place: String,
    /// Whom to tell about an objection (office, person, phone).
    pub contact: String,
    /// The posting day (not itself counted).
    pub posted: NaiveDate,
    /// The period counted by [`publicity::period_from_posting`].
    pub period: Period,
    /// The applicants shown: name, specialty, target level.
    pub applicants: Vec<ListedApplicant>,
    /// The notice year (for the title).
    pub year: i32,
    /// The notice title when it is the official notice, to cite it; `None`
    /// for a profile the user filled in.
    pub notice_title: Option<String>,
    /// Applicants whose record gives another posting day than this notice,
    /// with that day: the overview would show another period for them.
    pub posted_elsewhere: Vec<(String, NaiveDate)>,
}

/// The publicity notice for `applicants` posted on `posted`, lasting
/// `notice.publicity_working_days` working days counted from the day after
/// posting (「六、申报流程」(三), [`publicity::period_from_posting`]).
///
/// # Errors
///
/// [`DocumentError::NoApplicants`] for an empty list;
/// [`DocumentError::Publicity`] when the period cannot be counted (a posting
/// day outside the supported years, a bad number of working days).
pub fn publicity_notice(
    unit_name: &str,
    place: &str,
    contact: &str,
    posted: NaiveDate,
    applicants: &[&Record],
    cal: &Calendar,
    notice: &Notice,
) -> Result<PublicityNotice, DocumentError> {
    if applicants.is_empty() {
        return Err(DocumentError::NoApplicants);
    }
    let period = publicity::period_from_posting(cal, posted, notice.publicity_working_days)?;
    let posted_elsewhere = applicants
        .iter()
        .filter_map(|r| match r.posted_in(notice.year) {
            Some(d) if d != posted => Some((r.name.clone(), d)),
            _ => None,
        })
        .collect();
    Ok(PublicityNotice {
        unit_name: unit_name.to_string(),
        place: place.to_string(),
        contact: contact.to_string(),
        posted,
        period,
        applicants: listed(applicants),
        year: notice.year,
        notice_title: notice.official.then(|| notice.title.clone()),
        posted_elsewhere,
    })
}

impl PublicityNotice {
    /// The notice as plain Chinese text: title; the basis (民主评议 and
    /// review, all materials shown, 「六、申报流程」(三)); the list (name,
    /// specialty, target level); the period from the first counted working
    /// day to the end day with weekdays, the posting day and the number of
    /// working days counted from the day after posting; the place; how to
    /// raise an objection; the unit and the posting day as signature. Empty
    /// fields become blanks to fill in by hand.
    pub fn text(&self) -> String {
        let n = self.period.counted.len();
        let basis = match &self.notice_title {
            Some(title) => format!("根据《{}》要求，", one_line(title)),
            None => format!("根据{}年质量技术监督系列专业技术资格评审安排，", self.year),
        };
        let mut lines = vec![
            format!(
                "{}年度质量技术监督系列专业技术资格评审申报人员公示",
                self.year
            ),
            String::new(),
            format!(
                "{basis}经本单位民主评议、综合考评和审核，以下{}名申请人审核合格。现将其全部申报材料集中在本单位进行公示，接受监督。",
                self.applicants.len()
            ),
            String::new(),
            "公示名单（序号. 姓名 专业 申报级别）：".into(),
        ];
        for (i, (name, specialty, level)) in self.applicants.iter().enumerate() {
            lines.push(format!(
                "{}. {} {} {}",
                i + 1,
                or_blank(name),
                specialty_zh(*specialty),
                level_zh(*level)
            ));
        }
        lines.push(String::new());
        let mut when = format!(
            "公示时间：{}。本公示于{}张贴，公示期为{n}个工作日，从张贴的第二天算起",
            span_zh(&self.period),
            dates::long_zh(self.posted)
        );
        for remark in period_remarks(&self.period) {
            when.push('；');
            when.push_str(&remark);
        }
        when.push('。');
        lines.push(when);
        lines.push(format!("公示地点：{}。", or_blank(&self.place)));
        lines.push(format!(
            "公示期间，如对上述人员的申报材料、职业操守或从业行为有异议，请以实名方式向{}反映。",
            or_blank(&self.contact)
        ));
        lines.push(String::new());
        lines.push(or_blank(&self.unit_name));
        lines.push(ymd_zh(self.posted));
        lines.join("\n")
    }

    /// What to check before posting: a period resting on estimated years
    /// (no official holiday schedule yet), empty fields, applicants without
    /// specialty or level, applicants whose record gives another posting
    /// day. Empty when all is in order.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings: Vec<String> = estimated_warning(&self.period).collect();
        for (value, what) in [
            (&self.unit_name, "单位名称"),
            (&self.place, "公示地点"),
            (&self.contact, "异议联系方式"),
        ] {
            if one_line(value).is_empty() {
                warnings.push(format!("{what}未填写，正文中留有空白"));
            }
        }
        warnings.extend(missing_fields(&self.applicants));
        for (name, day) in &self.posted_elsewhere {
            warnings.push(format!(
                "申报人“{}”记录的张贴日期为{}，与本公示的{}不同，请统一",
                or_blank(name),
                dates::long_zh(*day),
                dates::long_zh(self.posted)
            ));
        }
        warnings
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::documents::test_records::{notice_on, record, two};
    use crate::domain::documents::wording::BLANK;
    use crate::domain::test_dates::d;

    #[test]
    fn the_notice_says_what_the_clause_asks() {
        let (a, b) = two();
        let mut c = record("周\n八<b>", None, None);
        c.posted = Some(d(2024, 7, 20));
        let notice = notice_on(d(2024, 7, 24), &[&a, &b, &c]);
        let text = notice.text();
        for needle in [
            "2024年度质量技术监督系列专业技术资格评审申报人员公示",
            "根据《关于做好2024年全省质量技术监督系列专业技术任职资格评审安排的通知》要求",
            "经本单位民主评议、综合考评和审核，以下3名申请人审核合格",
            "全部申报材料集中在本单位进行公示",
            "1. 张三 计量 高级工程师",
            "2. 李四 特种设备 正高级工程师",
            // Names are text: a line break becomes a space, markup stays literal.
            "3. 周 八<b> （专业未填） （级别未填）",
            "公示地点：本所一楼公告栏。",
            "请以实名方式向人事科王老师，电话024-12345678反映。",
        ] {
            assert!(text.contains(needle), "{needle} in\n{text}");
        }
        let warnings = notice.warnings().join("\n");
        assert!(
            warnings.contains("专业或申报级别尚未填写：周 八<b>"),
            "{warnings}"
        );
        assert!(
            warnings.contains("2024年7月20日（周六），与本公示的2024年7月24日（周三）不同"),
            "{warnings}"
        );
    }

    #[test]
    fn empty_fields_are_blanks_and_warnings() {
        let (a, _) = two();
        let notice = publicity_notice(
            " ",
            "",
            "",
            d(2024, 7, 24),
            &[&a],
            &Calendar::official(),
            &Notice::official_2024(),
        )
        .unwrap();
        let text = notice.text();
        assert!(text.contains(&format!("公示地点：{BLANK}。")), "{text}");
        assert!(text.ends_with(&format!("{BLANK}\n2024年7月24日")), "{text}");
        let warnings = notice.warnings();
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        for what in ["单位名称", "公示地点", "异议联系方式"] {
            assert!(warnings.iter().any(|w| w.starts_with(what)), "{what}");
        }
    }

    #[test]
    fn a_user_profile_is_not_cited_as_the_official_notice() {
        let (a, _) = two();
        let notice = publicity_notice(
            "单位",
            "公告栏",
            "人事科",
            d(2025, 7, 23),
            &[&a],
            &Calendar::official(),
            &crate::domain::rounds::project(
                &Notice::official_2024(),
                2025,
                &crate::domain::calendar::Calendar::official(),
            ),
        )
        .unwrap();
        let text = notice.text();
        assert!(text.starts_with("2025年度"), "{text}");
        assert!(text.contains("根据2025年质量技术监督系列专业技术资格评审安排，"));
        assert!(!text.contains('《'), "{text}");
    }
}
