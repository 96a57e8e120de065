//! The recommending unit's 《公示情况说明》 (「五、报卷说明」3).

use chrono::NaiveDate;

use super::wording::{
    estimated_warning, level_zh, listed, missing_fields, or_blank, period_remarks, span_zh,
    specialty_zh, ymd_zh, ListedApplicant, BLANK,
};
use crate::domain::dates;
use crate::domain::publicity::Period;
use crate::domain::text::one_line;
use crate::domain::workspace::Record;

/// The recommending unit's 《公示情况说明》 (「五、报卷说明」3): publicity
/// time and place, that all materials were shown, objections, integrity
/// review (廉洁自律情况).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicityReport {
    /// The unit's name exactly as on its seal.
    pub unit_name: String,
    /// Where the materials were shown.
    pub place: String,
    /// The posting day.
    pub posted: NaiveDate,
    /// The publicity period.
    pub period: Period,
    /// The applicants shown: name, specialty, target level.
    pub applicants: Vec<ListedApplicant>,
    /// Objections raised, as recorded; empty = none.
    pub objections: String,
    /// Whether the integrity review found nothing against the applicants.
    pub integrity_ok: bool,
    /// The date written under the seal; `None` leaves it blank to fill in
    /// by hand when sealing. [`publicity_report`] sets `None`.
    pub dated: Option<NaiveDate>,
    /// The publicity had ended on the day the report was drawn up: before
    /// that, the report is a draft and says nothing of objections.
    pub publicity_over: bool,
}

/// The 《公示情况说明》 of the publicity `period` (from
/// [`publicity::period_from_posting`](crate::domain::publicity::period_from_posting), so its dates are the engine's)
/// (「五、报卷说明」3). `objections` is the recorded text, empty when there
/// were none; `integrity_ok` whether the integrity review found nothing.
pub fn publicity_report(
    unit_name: &str,
    place: &str,
    period: &Period,
    applicants: &[&Record],
    objections: &str,
    integrity_ok: bool,
    today: NaiveDate,
) -> PublicityReport {
    PublicityReport {
        publicity_over: today > period.end_day(),
        unit_name: unit_name.to_string(),
        place: place.to_string(),
        posted: period.posted,
        period: period.clone(),
        applicants: listed(applicants),
        objections: objections.replace("\r\n", "\n").trim().to_string(),
        integrity_ok,
        dated: None,
    }
}

impl PublicityReport {
    /// The report as plain Chinese text: title; publicity time (from–to with
    /// weekdays, posting day, working days) and place; that all materials of
    /// the listed applicants were shown; objections (无异议 or the recorded
    /// text); the integrity review; the unit name as on its seal and a date
    /// line (blank unless [`dated`](Self::dated) is set).
    pub fn text(&self) -> String {
        let n = self.period.counted.len();
        let names: Vec<String> = self
            .applicants
            .iter()
            .map(|(name, s, l)| {
                format!(
                    "{}（{}，{}）",
                    or_blank(name),
                    specialty_zh(*s),
                    level_zh(*l)
                )
            })
            .collect();
        let mut when = format!(
            "一、公示时间：{}，共{n}个工作日（{}张贴，从公示的第二天算起",
            span_zh(&self.period),
            dates::long_zh(self.posted)
        );
        for remark in period_remarks(&self.period) {
            when.push('；');
            when.push_str(&remark);
        }
        when.push_str("）。");
        let objections = if !self.publicity_over {
            format!(
                "四、异议情况：{BLANK}（公示至{}结束，结束后如实填写）",
                dates::long_zh(self.period.end_day())
            )
        } else if self.objections.is_empty() {
            "四、异议情况：公示期间无异议。".to_string()
        } else {
            format!(
                "四、异议情况：公示期间收到异议，情况如下：\n{}",
                self.objections
            )
        };
        let integrity = if self.integrity_ok {
            "五、廉洁自律情况：经审核，上述人员遵守廉洁自律有关规定，未发现违反廉洁自律规定的情况。"
                .to_string()
        } else {
            format!("五、廉洁自律情况：{BLANK}（请如实写明审核情况）")
        };
        let dated = match self.dated {
            Some(d) => ymd_zh(d),
            None => "    年  月  日".into(),
        };
        let title = if self.publicity_over {
            "公示情况说明".to_string()
        } else {
            "公示情况说明（草稿：公示尚未结束，不得出具）".to_string()
        };
        [
            title,
            String::new(),
            format!(
                "本单位对经民主评议、综合考评和审核合格的{}名申报人员进行了集中公示：{}。现将公示情况说明如下：",
                self.applicants.len(),
                names.join("、")
            ),
            when,
            format!("二、公示地点：{}。", or_blank(&self.place)),
            "三、公示内容：上述人员的全部申报材料均已集中在本单位进行公示。".into(),
            objections,
            integrity,
            "特此说明。".into(),
            String::new(),
            format!("推荐单位（盖章）：{}", or_blank(&self.unit_name)),
            dated,
        ]
        .join("\n")
    }

    /// What to check before sealing: estimated years, objections recorded
    /// (files go up only after a publicity without objection,
    /// 「六、申报流程」(四)), integrity not confirmed, empty fields, and the
    /// reminder that the unit name must match the seal.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings: Vec<String> = estimated_warning(&self.period).collect();
        if !self.publicity_over {
            warnings.push(format!(
                "草稿：公示到{}才结束，结束且无异议后才能出具本说明并盖章",
                dates::long_zh(self.period.end_day())
            ));
        }
        if !self.objections.is_empty() {
            warnings.push(
                "公示期间有异议：按「六、申报流程」(四)，公示无异议方可逐级上报，请先核实处理"
                    .into(),
            );
        }
        if !self.integrity_ok {
            warnings.push("廉洁自律情况尚未确认，正文中留有空白".into());
        }
        if one_line(&self.place).is_empty() {
            warnings.push("公示地点未填写，正文中留有空白".into());
        }
        if one_line(&self.unit_name).is_empty() {
            warnings.push("单位名称未填写，正文中留有空白".into());
        }
        warnings.push("单位名称须与所盖公章完全一致".into());
        warnings.extend(missing_fields(&self.applicants));
        warnings
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::Calendar;
    use crate::domain::documents::test_records::{notice_on, record, two};
    use crate::domain::eligibility::{Level, Specialty};
    use crate::domain::publicity;
    use crate::domain::test_dates::d;

    /// Periods worked by hand from 「六、申报流程」(三) (5 working days from
    /// the day after posting) and the State Council schedules
    /// (`data/holiday-cn/2024.json`, `2025.json`): the notice and the
    /// report both carry the engine's period, with weekdays.
    #[test]
    fn notice_and_report_carry_the_engines_dates() {
        // (posted, posted in words, from–to, remarks the texts must carry)
        let table: [(NaiveDate, &str, &str, &[&str]); 4] = [
            (
                d(2024, 7, 24),
                "2024年7月24日（周三）",
                "自2024年7月25日（周四）至2024年7月31日（周三）",
                &[],
            ),
            (
                d(2024, 9, 27),
                "2024年9月27日（周五）",
                "自2024年9月29日（周日）至2024年10月10日（周四）",
                &["9月29日（周日）为调休上班日", "法定节假日不计入"],
            ),
            (
                d(2024, 2, 8),
                "2024年2月8日（周四）",
                "自2024年2月9日（周五）至2024年2月21日（周三）",
                &["2月18日（周日）为调休上班日", "法定节假日不计入"],
            ),
            (
                d(2024, 12, 27),
                "2024年12月27日（周五）",
                "自2024年12月30日（周一）至2025年1月6日（周一）",
                &["法定节假日不计入"],
            ),
        ];
        let cal = Calendar::official();
        let (a, b) = two();
        for (posted, posted_zh, span, remarks) in table {
            let notice = notice_on(posted, &[&a, &b]);
            assert_eq!(
                notice.period,
                publicity::period_from_posting(&cal, posted, 5).unwrap()
            );
            let text = notice.text();
            assert!(text.contains(&format!("公示时间：{span}。")), "{text}");
            assert!(
                text.contains(&format!(
                    "本公示于{posted_zh}张贴，公示期为5个工作日，从张贴的第二天算起"
                )),
                "{text}"
            );
            assert!(
                text.ends_with(&format!("某市计量测试所\n{}", ymd_zh(posted))),
                "{text}"
            );
            assert!(notice.warnings().is_empty(), "{:?}", notice.warnings());

            let report = publicity_report(
                "某市计量测试所",
                "本所一楼公告栏",
                &notice.period,
                &[&a, &b],
                "",
                true,
                d(2030, 1, 1),
            );
            let text = report.text();
            assert!(
                text.contains(&format!(
                    "一、公示时间：{span}，共5个工作日（{posted_zh}张贴，从公示的第二天算起"
                )),
                "{text}"
            );
            for remark in remarks {
                assert!(notice.text().contains(remark), "{posted}: {remark}");
                assert!(text.contains(remark), "{posted}: {remark}");
            }
            if remarks.is_empty() {
                assert!(!notice.text().contains("调休"), "{posted}");
                assert!(!notice.text().contains("节假日"), "{posted}");
            }
        }
    }

    #[test]
    fn estimated_years_are_warned_about() {
        let (a, _) = two();
        // 2027 has no official schedule.
        let notice = notice_on(d(2026, 12, 29), &[&a]);
        let warnings = notice.warnings();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("2027年"), "{}", warnings[0]);
        assert!(warnings[0].contains("估算"), "{}", warnings[0]);
        let report = publicity_report(
            "单位",
            "公告栏",
            &notice.period,
            &[&a],
            "",
            true,
            d(2030, 1, 1),
        );
        assert!(report.warnings().iter().any(|w| w.contains("2027年")));
    }

    #[test]
    fn the_report_states_objections_and_integrity() {
        let (a, b) = two();
        let period =
            publicity::period_from_posting(&Calendar::official(), d(2024, 7, 24), 5).unwrap();
        let report = |objections: &str, integrity_ok| {
            publicity_report(
                "某市计量测试所",
                "本所一楼公告栏",
                &period,
                &[&a, &b],
                objections,
                integrity_ok,
                d(2030, 1, 1),
            )
        };
        // (objections, integrity ok, in the text, warned about)
        let table: [(&str, bool, &[&str], &[&str]); 3] = [
            (
                "  ",
                true,
                &[
                    "四、异议情况：公示期间无异议。",
                    "未发现违反廉洁自律规定的情况",
                ],
                &[],
            ),
            (
                "有人反映论文署名问题，\r\n经核实已更正。",
                true,
                &["公示期间收到异议，情况如下：\n有人反映论文署名问题，\n经核实已更正。"],
                &["公示期间有异议"],
            ),
            (
                "",
                false,
                &["五、廉洁自律情况：__________（请如实写明审核情况）"],
                &["廉洁自律情况尚未确认"],
            ),
        ];
        for (objections, integrity_ok, texts, warned) in table {
            let r = report(objections, integrity_ok);
            let text = r.text();
            for needle in [
                "公示情况说明",
                "对经民主评议、综合考评和审核合格的2名申报人员进行了集中公示：张三（计量，高级工程师）、李四（特种设备，正高级工程师）。",
                "二、公示地点：本所一楼公告栏。",
                "三、公示内容：上述人员的全部申报材料均已集中在本单位进行公示。",
                "推荐单位（盖章）：某市计量测试所\n    年  月  日",
            ] {
                assert!(text.contains(needle), "{needle} in\n{text}");
            }
            for needle in texts {
                assert!(text.contains(needle), "{needle} in\n{text}");
            }
            let warnings = r.warnings();
            assert!(warnings.iter().any(|w| w.contains("与所盖公章完全一致")));
            assert_eq!(warnings.len(), 1 + warned.len(), "{warnings:?}");
            for w in warned {
                assert!(warnings.iter().any(|x| x.contains(w)), "{w}");
            }
        }
        let mut dated = report("", true);
        dated.dated = Some(d(2024, 8, 1));
        assert!(dated.text().ends_with("某市计量测试所\n2024年8月1日"));
    }

    /// Before the publicity has ended the report is a draft and says nothing
    /// of objections; from the day after its last day it reads 无异议.
    #[test]
    fn the_report_is_a_draft_until_the_publicity_ends() {
        let cal = Calendar::official();
        let period = publicity::period_from_posting(&cal, d(2024, 7, 24), 5).unwrap();
        let a = record("甲", Some(Specialty::Quality), Some(Level::Engineer));
        let at = |today| publicity_report("单位", "公告栏", &period, &[&a], "", true, today);
        for today in [d(2024, 7, 24), d(2024, 7, 31)] {
            let draft = at(today);
            assert!(draft.text().starts_with("公示情况说明（草稿"), "{today}");
            assert!(!draft.text().contains("无异议"), "{today}");
            assert!(draft.warnings().iter().any(|w| w.starts_with("草稿")));
        }
        let done = at(d(2024, 8, 1));
        assert!(done.text().starts_with("公示情况说明\n"));
        assert!(done.text().contains("公示期间无异议"));
    }
}
