//! When the unit last took its data off the device, and what changed
//! since: a list kept only in one browser's storage is lost with it
//! (an in-app browser's storage goes with a logout, Safari clears a site
//! left unvisited for 7 days), so the workspace says how old the last
//! backup is.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Stored;
use crate::domain::dates;
use crate::domain::workspace::Record;

/// How a backup was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BackupWay {
    /// The export file was offered for download (a browser that may drop
    /// downloads never counts).
    File,
    /// The export text was copied to the clipboard.
    Text,
}

/// The last backup: its day (China) and way, and the applicants (by id)
/// changed, added or removed since.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupMark {
    /// The day (China) of the last backup.
    #[serde(deserialize_with = "dates::ymd")]
    pub on: NaiveDate,
    /// How it was taken.
    pub way: BackupWay,
    /// The ids of the applicants changed, added or removed since.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changed: Vec<String>,
}

/// Days without a backup after which the workspace warns.
pub const BACKUP_WARN_DAYS: i64 = 14;

/// What the workspace says of the backups.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupStatus {
    /// The last backup's day and way (`None`: never).
    pub last: Option<(NaiveDate, BackupWay)>,
    /// Applicants changed, added or removed since (all of them, never).
    pub changed: usize,
    /// Warnings, in Chinese.
    pub warnings: Vec<String>,
}

impl Stored {
    /// Records a backup taken on `on` (China) by `way`.
    pub fn mark_backup(&mut self, on: NaiveDate, way: BackupWay) {
        self.backup = Some(BackupMark {
            on,
            way,
            changed: Vec::new(),
        });
    }

    /// Notes which applicants differ from `before` (changed, added or
    /// removed) since the last backup.
    pub fn note_changes_since_backup(&mut self, before: &[Record]) {
        let Some(mark) = self.backup.as_mut() else {
            return;
        };
        // Inserted one by one: collecting would compile another copy of the
        // standard sort (see domain::order).
        let mut changed = BTreeSet::new();
        changed.extend(std::mem::take(&mut mark.changed));
        let now = &self.applicants;
        for r in now {
            if before.iter().find(|b| b.id == r.id) != Some(r) {
                changed.insert(r.id.clone());
            }
        }
        for b in before {
            if !now.iter().any(|r| r.id == b.id) {
                changed.insert(b.id.clone());
            }
        }
        mark.changed = changed.into_iter().collect();
    }

    /// The backup status on `today`. `persisted`: whether the browser
    /// promised to keep this site's storage (`None`: unknown); `clearing`:
    /// a browser that may clear it (Safari, an in-app browser).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pingshen::store::{BackupWay, Stored};
    /// use pingshen::domain::workspace::Record;
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let mut s = Stored::default();
    /// s.applicants.push(Record { id: "a".into(), name: "甲".into(), ..Record::default() });
    /// assert!(s.backup_status(d(12, 6), None, false).warnings[0].contains("从未备份"));
    /// s.mark_backup(d(12, 6), BackupWay::Text);
    /// assert!(s.backup_status(d(12, 20), Some(true), false).warnings.is_empty());
    /// assert!(s.backup_status(d(12, 21), Some(true), false).warnings[0].contains("15 天"));
    /// ```
    pub fn backup_status(
        &self,
        today: NaiveDate,
        persisted: Option<bool>,
        clearing: bool,
    ) -> BackupStatus {
        let people = self.applicants.len();
        let last = self.backup.as_ref().map(|m| (m.on, m.way));
        let changed = self.backup.as_ref().map_or(people, |m| m.changed.len());
        let mut warnings = Vec::new();
        if people > 0 {
            match last {
                None => warnings.push(format!(
                    "{people} 位申报人的资料从未备份：数据只在本机浏览器里，请导出备份（文件或文字）。"
                )),
                Some((on, _)) if (today - on).num_days() > BACKUP_WARN_DAYS => warnings.push(
                    format!(
                        "已有 {} 天没有备份（超过 {BACKUP_WARN_DAYS} 天），请重新导出备份。",
                        (today - on).num_days()
                    ),
                ),
                Some(_) => {}
            }
            if clearing && persisted != Some(true) {
                warnings.push(
                    "这个浏览器可能清除本站数据（Safari 长期不访问、微信等内置浏览器退出登录时）：请定期备份；在 iPhone 上把本页添加到主屏幕可以保留数据。"
                        .to_string(),
                );
            }
        }
        BackupStatus {
            last,
            changed,
            warnings,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A day of 2026, the year these backups are made in.
    fn d(m: u32, day: u32) -> NaiveDate {
        crate::domain::test_dates::d(2026, m, day)
    }

    fn person(id: &str) -> Record {
        Record {
            id: id.into(),
            name: id.into(),
            ..Record::default()
        }
    }

    #[test]
    fn changes_since_the_last_backup_are_counted_by_applicant() {
        let mut s = Stored {
            applicants: vec![person("a"), person("b")],
            ..Stored::default()
        };
        // Before any backup, everyone counts as not backed up.
        assert_eq!(s.backup_status(d(12, 6), None, false).changed, 2);
        s.mark_backup(d(12, 6), BackupWay::File);
        assert_eq!(s.backup_status(d(12, 6), None, false).changed, 0);
        // (change, changed ids after it)
        type Change = fn(&mut Stored);
        let table: [(Change, &[&str]); 4] = [
            (|s| s.applicants[0].notes = "x".into(), &["a"]),
            (|s| s.applicants[0].notes = "y".into(), &["a"]),
            (|s| s.applicants.push(person("c")), &["a", "c"]),
            (
                |s| {
                    s.applicants.remove(1);
                },
                &["a", "b", "c"],
            ),
        ];
        for (change, expected) in table {
            let before = s.applicants.clone();
            change(&mut s);
            s.note_changes_since_backup(&before);
            assert_eq!(s.backup.as_ref().unwrap().changed, expected);
        }
        s.mark_backup(d(12, 7), BackupWay::Text);
        assert_eq!(s.backup_status(d(12, 7), None, false).changed, 0);
    }

    #[test]
    fn warnings_by_age_and_browser() {
        let mut s = Stored {
            applicants: vec![person("a")],
            ..Stored::default()
        };
        // (backup on, today, persisted, clearing, warnings)
        let table = [
            (None, d(12, 6), Some(true), false, 1),
            (Some(d(12, 1)), d(12, 15), Some(true), false, 0),
            (Some(d(12, 1)), d(12, 16), Some(true), false, 1),
            (Some(d(12, 1)), d(12, 2), Some(false), true, 1),
            (Some(d(12, 1)), d(12, 2), Some(true), true, 0),
            (None, d(12, 2), None, true, 2),
        ];
        for (on, today, persisted, clearing, count) in table {
            s.backup = on.map(|on| BackupMark {
                on,
                way: BackupWay::File,
                changed: vec![],
            });
            let status = s.backup_status(today, persisted, clearing);
            assert_eq!(
                status.warnings.len(),
                count,
                "{on:?} {today}: {:?}",
                status.warnings
            );
        }
        // No applicants: nothing to warn about.
        assert!(Stored::default()
            .backup_status(d(12, 6), None, true)
            .warnings
            .is_empty());
    }
}
