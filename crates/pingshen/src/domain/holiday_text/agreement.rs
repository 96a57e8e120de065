//! Whether a pasted notice says what the shipped schedule of its year says.

use chrono::NaiveDate;

use super::parsed::ParsedHolidayNotice;
use crate::domain::calendar::{SpecialDay, YearSchedule};
use crate::domain::order;

/// One date on which the pasted notice and the shipped data disagree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayDifference {
    /// The date.
    pub date: NaiveDate,
    /// What the pasted text says (`None`: it does not name the date).
    pub pasted: Option<SpecialDay>,
    /// What the shipped schedule says (`None`: it does not name the date).
    pub official: Option<SpecialDay>,
}

/// Whether a pasted notice says what the shipped schedule says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Agreement {
    /// Every date is named by both, with the same meaning (off or worked).
    Same,
    /// The dates on which they differ, ascending.
    Different(Vec<DayDifference>),
    /// The schedule is of another year than the notice.
    OtherYear {
        /// The year of the pasted notice.
        pasted: i32,
        /// The year of the schedule.
        official: i32,
    },
}

impl ParsedHolidayNotice {
    /// Compares the pasted days with `official` (the shipped schedule of the
    /// same year): a date differs when only one names it or they give it a
    /// different meaning. Holiday names are not compared.
    ///
    /// # Example
    ///
    /// ```
    /// use pingshen::domain::calendar::Calendar;
    /// use pingshen::domain::holiday_text::{parse_holiday_notice, Agreement};
    ///
    /// let text = "国务院办公厅关于2024年部分节假日安排的通知\n一、元旦：1月1日放假，与周末连休。";
    /// let notice = parse_holiday_notice(text).unwrap();
    /// let calendar = Calendar::official();
    /// match notice.compare(calendar.schedule(2024).unwrap()) {
    ///     Agreement::Different(days) => assert_eq!(days.len(), 35), // only 元旦 pasted
    ///     other => panic!("{other:?}"),
    /// }
    /// ```
    pub fn compare(&self, official: &YearSchedule) -> Agreement {
        if official.year != self.year {
            return Agreement::OtherYear {
                pasted: self.year,
                official: official.year,
            };
        }
        let pasted = |date: NaiveDate| {
            self.days
                .iter()
                .find(|d| d.date == date)
                .map(|d| SpecialDay {
                    name: d.holiday.clone(),
                    off: d.off,
                })
        };
        let mut dates: Vec<NaiveDate> = self
            .days
            .iter()
            .map(|d| d.date)
            .chain(official.days.keys().copied())
            .collect();
        order::sort(&mut dates);
        dates.dedup();
        let differences: Vec<DayDifference> = dates
            .into_iter()
            .filter_map(|date| {
                let pasted = pasted(date);
                let official = official.days.get(&date).cloned();
                let same = match (&pasted, &official) {
                    (Some(a), Some(b)) => a.off == b.off,
                    _ => false,
                };
                (!same).then_some(DayDifference {
                    date,
                    pasted,
                    official,
                })
            })
            .collect();
        if differences.is_empty() {
            Agreement::Same
        } else {
            Agreement::Different(differences)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::Calendar;
    use crate::domain::holiday_text::parse_holiday_notice;
    use crate::domain::test_dates::d;

    const NOTICE_2025: &str = include_str!("../../../tests/data/notices/holidays-2025-gov.txt");

    #[test]
    fn a_differing_paste_lists_the_differing_dates() {
        let calendar = Calendar::official();
        let official = calendar.schedule(2025).unwrap();
        let text = NOTICE_2025.replace(
            "9月28日（周日）、10月11日（周六）上班",
            "9月27日（周六）、10月11日（周六）上班",
        );
        let notice = parse_holiday_notice(&text).unwrap();
        let Agreement::Different(differences) = notice.compare(official) else {
            panic!("should differ");
        };
        let dates: Vec<NaiveDate> = differences.iter().map(|x| x.date).collect();
        assert_eq!(dates, [d(2025, 9, 27), d(2025, 9, 28)]);
        assert_eq!(differences[0].official, None);
        assert!(differences[1].pasted.is_none());
        assert_eq!(
            notice.compare(calendar.schedule(2024).unwrap()),
            Agreement::OtherYear {
                pasted: 2025,
                official: 2024
            }
        );
    }
}
