//! The checks of what was read, shown before the user confirms.

use super::fields::NoticeField;
use super::parsed::ParsedNotice;
use super::warnings::{NoticeWarning, NoticeWarningKind};
use crate::domain::calendar::{Calendar, DayKind};

impl ParsedNotice {
    /// The checks of what was read, to show before the user confirms (none
    /// of them changes a value):
    /// - the seniority cutoff is on or after the achievements cutoff (the
    ///   2024 notice, 「五、相关政策规定」3: 7月31日 and 12月31日);
    /// - each window opens after the achievements cutoff (material is due
    ///   by the cutoff, then sent in: 「七、时间安排及报卷地点」);
    /// - each window day is a working day of `calendar` (a warning: the
    ///   office receives files on working days); for a year without official
    ///   holiday data only weekends can be checked, and that is said.
    ///
    /// # Example
    ///
    /// ```
    /// use pingshen::domain::calendar::Calendar;
    /// use pingshen::domain::notice_text::{parse_evaluation_notice, NoticeWarningKind};
    ///
    /// let text = "关于做好2024年全省质量技术监督系列专业技术任职资格评审安排的通知\n\
    ///             报卷时间：省直有关单位10月1至2日；各市市场监管局、各主管部门8月7至9日。";
    /// let parsed = parse_evaluation_notice(text).unwrap();
    /// let checks = parsed.checks(&Calendar::official());
    /// // 2024-10-01 and 10-02 are 国庆节 days off.
    /// assert!(checks.iter().any(|w| matches!(&w.kind,
    ///     NoticeWarningKind::WindowDayOff { what, .. } if what == "国庆节")));
    /// ```
    pub fn checks(&self, calendar: &Calendar) -> Vec<NoticeWarning> {
        let mut found = Vec::new();
        if let (Some(achievements), Some(seniority)) =
            (&self.achievements_cutoff, &self.seniority_cutoff)
        {
            if seniority.value < achievements.value {
                found.push(NoticeWarning {
                    kind: NoticeWarningKind::SeniorityBeforeAchievements {
                        seniority: seniority.value,
                        achievements: achievements.value,
                    },
                    source: seniority.source.clone(),
                });
            }
        }
        let windows = [
            (NoticeField::ProvincialWindow, &self.provincial_window),
            (NoticeField::CityWindow, &self.city_window),
        ];
        for (field, window) in windows {
            let Some(window) = window else { continue };
            if let Some(cutoff) = &self.achievements_cutoff {
                if window.value.first <= cutoff.value {
                    found.push(NoticeWarning {
                        kind: NoticeWarningKind::WindowNotAfterCutoff {
                            field,
                            first: window.value.first,
                            cutoff: cutoff.value,
                        },
                        source: window.source.clone(),
                    });
                }
            }
            for date in window
                .value
                .first
                .iter_days()
                .take_while(|d| *d <= window.value.last)
            {
                let what = match calendar.day(date).kind {
                    DayKind::DayOff { holiday } => holiday,
                    DayKind::Weekend => "周末".to_string(),
                    DayKind::Weekday | DayKind::MakeUpWorkday { .. } => continue,
                };
                found.push(NoticeWarning {
                    kind: NoticeWarningKind::WindowDayOff { field, date, what },
                    source: window.source.clone(),
                });
            }
        }
        let has_window = self.provincial_window.is_some() || self.city_window.is_some();
        if has_window && !calendar.has_data(self.year) {
            found.push(NoticeWarning {
                kind: NoticeWarningKind::WindowDaysUnchecked { year: self.year },
                source: String::new(),
            });
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::notice_text::parse_evaluation_notice;
    use crate::domain::notice_text::test_text::{replaced, NOTICE_2024};
    use crate::domain::test_dates::d;

    #[test]
    fn what_was_read_is_checked_before_saving() {
        let calendar = Calendar::official();
        let checks = |replacements: &[(&str, &str)]| {
            let parsed = parse_evaluation_notice(&replaced(NOTICE_2024, replacements)).unwrap();
            parsed
                .checks(&calendar)
                .into_iter()
                .map(|w| w.kind)
                .collect::<Vec<_>>()
        };
        // The 2024 notice as published: nothing to say.
        assert_eq!(checks(&[]), []);
        // Seniority cutoff before the achievements cutoff.
        assert_eq!(
            checks(&[(
                "资历计算截止时间为2024年12月31日",
                "资历计算截止时间为2024年6月30日"
            )]),
            [NoticeWarningKind::SeniorityBeforeAchievements {
                seniority: d(2024, 6, 30),
                achievements: d(2024, 7, 31),
            }]
        );
        // A window on the cutoff day; 2024-07-31 is a Wednesday.
        assert_eq!(
            checks(&[("8月1至2日", "7月31日至8月2日")]),
            [NoticeWarningKind::WindowNotAfterCutoff {
                field: NoticeField::ProvincialWindow,
                first: d(2024, 7, 31),
                cutoff: d(2024, 7, 31),
            }]
        );
        // 2024-08-03 is a Saturday and 08-04 a Sunday; 2024-10-01 is 国庆节
        // (data/holiday-cn/2024.json).
        assert_eq!(
            checks(&[("8月1至2日", "8月2至4日"), ("8月7至9日", "10月1日")]),
            [
                NoticeWarningKind::WindowDayOff {
                    field: NoticeField::ProvincialWindow,
                    date: d(2024, 8, 3),
                    what: "周末".into(),
                },
                NoticeWarningKind::WindowDayOff {
                    field: NoticeField::ProvincialWindow,
                    date: d(2024, 8, 4),
                    what: "周末".into(),
                },
                NoticeWarningKind::WindowDayOff {
                    field: NoticeField::CityWindow,
                    date: d(2024, 10, 1),
                    what: "国庆节".into(),
                },
            ]
        );
        // A year without official holiday data says so, and still checks
        // weekends: the 2024 days in 2031 fall on 2031-08-02 (Saturday; 08-01
        // is a Friday, seven years and two leap days after 2024's Thursday)
        // and 2031-08-09 (Saturday).
        let year_2031 = NOTICE_2024.replace("2024年", "2031年");
        let parsed = parse_evaluation_notice(&year_2031).unwrap();
        let weekend = |field, day| NoticeWarningKind::WindowDayOff {
            field,
            date: d(2031, 8, day),
            what: "周末".into(),
        };
        assert_eq!(
            parsed
                .checks(&calendar)
                .into_iter()
                .map(|w| w.kind)
                .collect::<Vec<_>>(),
            [
                weekend(NoticeField::ProvincialWindow, 2),
                weekend(NoticeField::CityWindow, 9),
                NoticeWarningKind::WindowDaysUnchecked { year: 2031 }
            ]
        );
    }
}
