//! The files an applicant hands in to the provincial committee
//! (「五、报卷说明」1–3, 「六、申报流程」(四)): [`forms_for`] a level, and
//! [`forms_owed`] by the way the applicant's files go ([`Route`]).

use serde::Serialize;

use crate::domain::eligibility::applicant::Applicant;
use crate::domain::eligibility::kinds::Level;
use crate::domain::route::Route;

/// One file to hand in (「五、报卷说明」, 「六、申报流程」).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FormItem {
    /// Stable id: `form-1` … `form-5`, `publicity-report`.
    pub id: &'static str,
    /// The file's name and number of copies.
    pub title: String,
    /// How to prepare it.
    pub detail: String,
    /// The clause that asks for it.
    pub clause: &'static str,
}

/// The files the applicant owes by the route of their files
/// ([`Route`]): [`forms_for`] when the files go to the
/// province (or the unit level is not known yet), none when the city's HR
/// department arranges the evaluation (its own notice says what it wants).
///
/// ```
/// use pingshen::domain::eligibility::{forms_owed, Applicant, Level, UnitLevel};
/// let mut a = Applicant { target: Some(Level::SeniorEngineer), unit: Some(UnitLevel::City), ..Applicant::default() };
/// assert!(forms_owed(&a, 5).is_empty());
/// a.target = Some(Level::ProfessorEngineer);
/// assert!(forms_owed(&a, 5).iter().any(|f| f.id == "form-4"));
/// ```
pub fn forms_owed(a: &Applicant, publicity_days: u32) -> Vec<FormItem> {
    let Some(target) = a.target else {
        return Vec::new();
    };
    match Route::of_applicant(a) {
        Some(Route::CityHr) => Vec::new(),
        _ => forms_for(target, a.exceptional, publicity_days),
    }
}

/// The files an applicant for `target` hands in to the provincial committee
/// (「五、报卷说明」1–3, 「六、申报流程」(四)), in the order of the notice's
/// attachments: 附件1 always, 附件2 for 破格, 附件3 always, 附件4 for 正高,
/// the recommending unit's 公示情况说明 (with the round's publicity length,
/// `publicity_days`), and 附件5 (the unit's duty).
///
/// # Example
///
/// ```
/// use pingshen::domain::eligibility::{forms_for, FormItem, Level};
/// let ids = |forms: Vec<FormItem>| forms.into_iter().map(|f| f.id).collect::<Vec<_>>();
/// // 正高: 附件4 too (「六、申报流程」(四)1); no 附件2 without 破格.
/// assert_eq!(
///     ids(forms_for(Level::ProfessorEngineer, false, 5)),
///     ["form-1", "form-3", "form-4", "publicity-report", "form-5"]
/// );
/// // 破格 adds 附件2 (「五、报卷说明」1).
/// assert_eq!(
///     ids(forms_for(Level::SeniorEngineer, true, 5)),
///     ["form-1", "form-2", "form-3", "publicity-report", "form-5"]
/// );
/// // The 公示情况说明 states the round's publicity length.
/// assert!(forms_for(Level::Engineer, false, 7)[2].detail.contains("不少于7个工作日"));
/// ```
pub fn forms_for(target: Level, exceptional: bool, publicity_days: u32) -> Vec<FormItem> {
    let mut forms = vec![FormItem {
        id: "form-1",
        title: "《辽宁省专业技术资格评定表》（附件1）一式三份".into(),
        detail: "由申报人本人按实际情况认真填写，装入材料袋；粘贴本人一寸近期彩色照片一张；\
                 封面上的单位名称须与加盖的单位公章一致，大型企事业单位须写到二级单位名称。"
            .into(),
        clause: "「五、报卷说明」1",
    }];
    if exceptional {
        forms.push(FormItem {
            id: "form-2",
            title: "《辽宁省破格评定人员审核表》（附件2）".into(),
            detail: "破格申报人员填写。".into(),
            clause: "「五、报卷说明」1",
        });
    }
    forms.push(FormItem {
        id: "form-3",
        title: "《辽宁省专业技术资格报评材料》（附件3）一份".into(),
        detail: "按目录顺序装订成册（不可活页装订），装入材料袋；见附件3及相关说明。".into(),
        clause: "「五、报卷说明」2",
    });
    if target == Level::ProfessorEngineer {
        forms.push(FormItem {
            id: "form-4",
            title: "《辽宁省正高级工程师审核表》（附件4）".into(),
            detail: "申报正高级工程师的人员填写。".into(),
            clause: "「六、申报流程」(四)1",
        });
    }
    forms.push(FormItem {
        id: "publicity-report",
        title: "推荐单位的《公示情况说明》".into(),
        detail: format!(
            "由推荐单位提交：写清公示时间、公示地点、全部材料进行公示的情况、有无异议、\
             廉洁自律情况等。公示不少于{publicity_days}个工作日，从公示的第二天算起。"
        ),
        clause: "「五、报卷说明」3",
    });
    forms.push(FormItem {
        id: "form-5",
        title: "《申报质量技术监督专业技术资格人员汇总表》（附件5，另附电子版）".into(),
        detail: "由各市市场监管局、各主管部门汇总本系统申报人员后填报，并另附电子版；\
                 这是单位的责任，申报人本人不填，请确认单位已将您列入。"
            .into(),
        clause: "「六、申报流程」(四)",
    });
    forms
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::eligibility::assess;
    use crate::domain::eligibility::tests::{base, cutoffs_2024};
    use crate::domain::test_dates::d;

    /// The 公示情况说明's detail states the round's publicity length: 7 when
    /// the round's notice says 7, never the 2024 notice's 5.
    #[test]
    fn the_publicity_report_detail_has_the_rounds_length() {
        let mut cutoffs = cutoffs_2024(d(2024, 7, 20));
        cutoffs.publicity_days = 7;
        let forms = assess(&base(), &cutoffs).forms;
        let report = forms.iter().find(|f| f.id == "publicity-report").unwrap();
        assert!(
            report.detail.contains("不少于7个工作日"),
            "{}",
            report.detail
        );
        let owed = forms_owed(&base(), 7);
        let report = owed.iter().find(|f| f.id == "publicity-report").unwrap();
        assert!(
            report.detail.contains("不少于7个工作日"),
            "{}",
            report.detail
        );
    }

    #[test]
    fn forms_details_follow_the_notice() {
        let forms = forms_for(Level::ProfessorEngineer, true, 5);
        let ids: Vec<&str> = forms.iter().map(|f| f.id).collect();
        assert_eq!(
            ids,
            [
                "form-1",
                "form-2",
                "form-3",
                "form-4",
                "publicity-report",
                "form-5"
            ]
        );
        let by_id = |id: &str| forms.iter().find(|f| f.id == id).unwrap();
        assert!(by_id("form-1").title.contains("一式三份"));
        assert!(by_id("form-1").detail.contains("一寸近期彩色照片"));
        assert!(by_id("form-1").detail.contains("二级单位"));
        assert!(by_id("form-1").detail.contains("公章一致"));
        assert!(by_id("form-3").detail.contains("不可活页装订"));
        assert!(by_id("form-3").detail.contains("目录顺序"));
        assert!(by_id("publicity-report").detail.contains("有无异议"));
        assert!(by_id("publicity-report").detail.contains("廉洁自律"));
        assert!(by_id("publicity-report").detail.contains("公示地点"));
        assert!(by_id("form-5").title.contains("电子版"));
        assert!(by_id("form-5").detail.contains("单位的责任"));
        for f in &forms {
            assert!(f.clause.starts_with('「'), "{}", f.id);
        }
        assert_eq!(forms_for(Level::Technician, false, 5).len(), 4);
    }
}
