//! What goes in one applicant's 材料袋 (「五、报卷说明」1–2,
//! 「六、申报流程」(四)1).

use super::error::DocumentError;
use super::selection::route_of;
use super::wording::or_blank;
use crate::domain::eligibility::{self, Level};
use crate::domain::publicity;
use crate::domain::route::Route;
use crate::domain::workspace::Record;

/// The forms of [`eligibility::forms_for`] that go in the applicant's own
/// bag; the unit's 《公示情况说明》 (`publicity-report`) and 附件5 (`form-5`)
/// do not.
const BAG_FORMS: [&str; 4] = ["form-1", "form-2", "form-3", "form-4"];

/// One item of an applicant's bag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BagItem {
    /// The form id of [`eligibility::FormItem`] (`form-1` … `form-4`), the
    /// same id a record ticks.
    pub id: &'static str,
    /// The form's name.
    pub title: String,
    /// How to prepare it.
    pub detail: String,
    /// Copies to put in the bag.
    pub copies: u32,
    /// Whether the record ticks it as ready.
    pub ticked: bool,
    /// The clause that asks for it.
    pub clause: &'static str,
}

/// What goes in one applicant's 材料袋 (「五、报卷说明」1–2,
/// 「六、申报流程」(四)1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BagChecklist {
    /// The applicant's name.
    pub name: String,
    /// The level applied for.
    pub target: Level,
    /// Applying as an exception (破格).
    pub exceptional: bool,
    /// The items, in attachment order.
    pub items: Vec<BagItem>,
}

/// The bag of `record`: exactly the forms of
/// [`eligibility::forms_for`]`(target, exceptional)` that the applicant hands
/// in — 附件1 ×3 with a 1-inch colour photo and 附件3 bound in catalogue
/// order (「五、报卷说明」1–2), 附件2 for 破格 (「五、报卷说明」1), 附件4 for
/// 正高 (「六、申报流程」(四)1). The unit's 《公示情况说明》 and 附件5 are not
/// in it. An item is ticked only by a tick of the round of `shown`.
///
/// # Errors
///
/// [`DocumentError::NoTarget`] while no target level is chosen: the bag
/// depends on it, and an empty list could be taken for "nothing to do".
pub fn bag_checklist(record: &Record, shown: i32) -> Result<BagChecklist, DocumentError> {
    let target = record
        .applicant
        .target
        .ok_or_else(|| DocumentError::NoTarget {
            name: record.name.clone(),
        })?;
    if route_of(record) == Some(Route::CityHr) {
        return Err(DocumentError::CityHr {
            name: record.name.clone(),
        });
    }
    let exceptional = record.applicant.exceptional;
    // The 公示情况说明 (the only form whose detail has the publicity length)
    // is not in the bag: any length does.
    let items = eligibility::forms_owed(&record.applicant, publicity::NOTICE_MINIMUM_WORKING_DAYS)
        .into_iter()
        .filter(|f| BAG_FORMS.contains(&f.id))
        .map(|f| BagItem {
            id: f.id,
            copies: if f.id == "form-1" { 3 } else { 1 },
            ticked: record.ticks_in(shown).iter().any(|t| t == f.id),
            title: f.title,
            detail: f.detail,
            clause: f.clause,
        })
        .collect();
    Ok(BagChecklist {
        name: record.name.clone(),
        target,
        exceptional,
        items,
    })
}

impl BagChecklist {
    /// How many items are ticked as ready.
    pub fn ready(&self) -> usize {
        self.items.iter().filter(|i| i.ticked).count()
    }

    /// The checklist as plain text: a heading (name, level, 破格), one line
    /// per item with ☑/☐, its copies and how to prepare it, the count, and
    /// the rule that files go in once (「六、申报流程」(四): 一次性报卷，不得补报).
    pub fn text(&self) -> String {
        let mut lines = vec![format!(
            "材料袋清单：{}（{}{}）",
            or_blank(&self.name),
            self.target.label(),
            if self.exceptional { "，破格" } else { "" }
        )];
        for (i, item) in self.items.iter().enumerate() {
            lines.push(format!(
                "{} {}. {}，共{}份",
                if item.ticked { "☑" } else { "☐" },
                i + 1,
                item.title,
                item.copies
            ));
            lines.push(format!("   {}（{}）", item.detail, item.clause));
        }
        lines.push(format!(
            "共{}项，已备齐{}项。",
            self.items.len(),
            self.ready()
        ));
        lines.push(
            "《公示情况说明》由推荐单位提交，附件5汇总表由市局或主管部门填报，均不装入本人材料袋。"
                .into(),
        );
        lines.push("实行一次性报卷，不得补报（「六、申报流程」(四)）。".into());
        lines.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::documents::test_records::record;
    use crate::domain::eligibility::Specialty;

    #[test]
    fn each_bag_holds_exactly_the_forms_owed() {
        // (target, 破格, forms in the bag)
        let table: [(Level, bool, &[&str]); 10] = [
            (Level::Technician, false, &["form-1", "form-3"]),
            (Level::Technician, true, &["form-1", "form-2", "form-3"]),
            (Level::AssistantEngineer, false, &["form-1", "form-3"]),
            (
                Level::AssistantEngineer,
                true,
                &["form-1", "form-2", "form-3"],
            ),
            (Level::Engineer, false, &["form-1", "form-3"]),
            (Level::Engineer, true, &["form-1", "form-2", "form-3"]),
            (Level::SeniorEngineer, false, &["form-1", "form-3"]),
            (Level::SeniorEngineer, true, &["form-1", "form-2", "form-3"]),
            (
                Level::ProfessorEngineer,
                false,
                &["form-1", "form-3", "form-4"],
            ),
            (
                Level::ProfessorEngineer,
                true,
                &["form-1", "form-2", "form-3", "form-4"],
            ),
        ];
        for (target, exceptional, ids) in table {
            let mut r = record("张三", Some(Specialty::Metrology), Some(target));
            r.applicant.exceptional = exceptional;
            let bag = bag_checklist(&r, 2024).unwrap();
            let got: Vec<&str> = bag.items.iter().map(|i| i.id).collect();
            assert_eq!(got, ids, "{target:?} 破格={exceptional}");
            // The same forms, titles and details as the engine's list.
            let forms = eligibility::forms_for(target, exceptional, 5);
            for item in &bag.items {
                let form = forms.iter().find(|f| f.id == item.id).unwrap();
                assert_eq!(item.title, form.title);
                assert_eq!(item.detail, form.detail);
                assert_eq!(item.copies, if item.id == "form-1" { 3 } else { 1 });
            }
            let text = bag.text();
            assert_eq!(text.contains("附件2"), exceptional, "{text}");
            assert_eq!(
                text.contains("附件4"),
                target == Level::ProfessorEngineer,
                "{text}"
            );
            assert!(text.contains("一式三份，共3份"), "{text}");
            assert!(text.contains("一寸近期彩色照片"), "{text}");
            assert!(text.contains("不可活页装订"), "{text}");
        }
    }

    #[test]
    fn the_bag_shows_ticks_and_needs_a_level() {
        let mut r = record("张三", None, Some(Level::ProfessorEngineer));
        r.ticks = vec!["form-1".into(), "form-5".into(), "publicity-report".into()];
        let bag = bag_checklist(&r, 2024).unwrap();
        assert_eq!(bag.ready(), 1);
        let ticked: Vec<bool> = bag.items.iter().map(|i| i.ticked).collect();
        assert_eq!(ticked, [true, false, false]);
        let text = bag.text();
        assert!(
            text.starts_with("材料袋清单：张三（正高级工程师）\n☑ 1. "),
            "{text}"
        );
        assert!(
            text.contains("☐ 3. 《辽宁省正高级工程师审核表》（附件4），共1份"),
            "{text}"
        );
        assert!(text.contains("共3项，已备齐1项。"), "{text}");
        assert!(text.contains("不得补报"), "{text}");

        let none = record("李四", None, None);
        assert_eq!(
            bag_checklist(&none, 2024),
            Err(DocumentError::NoTarget {
                name: "李四".into()
            })
        );
    }
}
