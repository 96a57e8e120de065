//! What the user types for a field the pasted text does not state, and the
//! notice it completes.
//!
//! The preview of a pasted notice asks for each missing field
//! ([`ParsedNotice::missing`]): a date (`YYYY-MM-DD`), a window's first and
//! last day, a text, the publicity's working days, or a rough date's kind
//! with its month and part of the month or its day. What is typed is never
//! guessed at: a blank or malformed input is a [`NoticeFieldError`], and the
//! notice is saved only when every field is read or typed and it holds
//! together as an entered profile ([`Notice::validate_entry`]: e.g. no
//! window before the achievements cutoff, 「五、相关政策规定」3 and
//! 「七、时间安排及报卷地点」).
//!
//! # Example
//!
//! ```
//! use pingshen::domain::notice_text::{parse_evaluation_notice, MissingEntry, NoticeField};
//!
//! // The 2024 notice as a 2027 one, without its 报卷时间 sentence.
//! let text = "关于做好2027年全省质量技术监督系列专业技术任职资格评审安排的通知\n\
//!             申报材料的截止时间为2027年7月31日。";
//! let parsed = parse_evaluation_notice(text).unwrap();
//! let mut window = MissingEntry::new(NoticeField::CityWindow);
//! window.first = "2027-08-10".into();
//! let why = parsed.complete(&[window]).unwrap_err();
//! assert_eq!(why.to_string(), "请填写各市市场监管局、各主管部门报卷时间的结束日");
//! ```

use std::fmt;

use super::fields::{NoticeField, ParsedField};
use super::parsed::ParsedNotice;
use crate::domain::dates::{self, DateError};
use crate::domain::notice::{MonthPart, Notice, NoticeError, Timing, Window};
use crate::domain::parse::parse_days;
use crate::domain::rounds::{EntryError, TimingEntry, TimingKind};

/// The source shown for a value the user typed: it was not read from the
/// text.
const TYPED_SOURCE: &str = "（自行填写）";

/// Which input of a missing field a problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryPart {
    /// The field's one value (a date, a text, a rough date's day).
    Value,
    /// A window's first day (开始日).
    First,
    /// A window's last day (结束日).
    Last,
}

/// What the user typed for a field the text does not state, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingEntry {
    /// The field asked for.
    pub field: NoticeField,
    /// A date, a text, a number, or a period's month.
    pub first: String,
    /// A window's last day, or an exact rough date's day.
    pub second: String,
    /// How a rough date is stated; `None` until the user chooses.
    pub kind: Option<TimingKind>,
    /// A period's part of the month.
    pub part: MonthPart,
}

impl MissingEntry {
    /// The entry for `field` before the user types: nothing typed, no kind
    /// chosen, 中旬 (when the committee usually meets: 「七」 of the 2024
    /// notice, 9月中旬).
    pub fn new(field: NoticeField) -> Self {
        MissingEntry {
            field,
            first: String::new(),
            second: String::new(),
            kind: None,
            part: MonthPart::Mid,
        }
    }
}

/// Why what the user typed for missing fields does not make a notice yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeFieldError {
    /// Nothing typed in an input that needs a value.
    Blank {
        /// The field.
        field: NoticeField,
        /// Which of its inputs.
        part: EntryPart,
    },
    /// A date input that is not a date.
    Date {
        /// The field.
        field: NoticeField,
        /// Which of its inputs.
        part: EntryPart,
        /// What is wrong with it.
        error: DateError,
    },
    /// The publicity's working days not a whole number of 1–30.
    PublicityDays(NoticeField),
    /// A rough date whose kind (某月上/中/下旬, 具体日期, 另行通知) is not
    /// chosen.
    TimingNotChosen(NoticeField),
    /// A period's month outside 1–12.
    Month(NoticeField),
    /// Fields neither read nor typed (a phone that cannot be dialled counts
    /// as not typed, see [`tel_uri`](crate::domain::notice::tel_uri)).
    StillMissing(Vec<NoticeField>),
    /// The notice as completed does not hold together
    /// ([`Notice::validate_entry`]).
    Notice(NoticeError),
}

impl fmt::Display for NoticeFieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = |field: &NoticeField, part: &EntryPart| match part {
            EntryPart::Value => field.label().to_string(),
            EntryPart::First => format!("{}的开始日", field.label()),
            EntryPart::Last => format!("{}的结束日", field.label()),
        };
        match self {
            Self::Blank { field, part } => write!(f, "请填写{}", what(field, part)),
            Self::Date { field, part, error } => write!(f, "{}：{error}", what(field, part)),
            Self::PublicityDays(field) => write!(f, "{}须为 1–30 的整数", field.label()),
            Self::TimingNotChosen(field) => write!(f, "请选择{}", field.label()),
            Self::Month(field) => write!(f, "{}：月份须为 1–12", field.label()),
            Self::StillMissing(fields) => {
                let labels: Vec<&str> = fields.iter().map(|f| f.label()).collect();
                write!(f, "还缺：{}", labels.join("、"))
            }
            Self::Notice(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for NoticeFieldError {}

/// A rough date as typed for `field` (评审委员会例会 or 答辩) of a `year`'s
/// notice: 另行通知, a day (`YYYY-MM-DD`), or a month (1–12) and its part
/// (上旬/中旬/下旬), read as the profile editor reads it
/// ([`TimingEntry::parse`]).
///
/// # Errors
///
/// [`NoticeFieldError::TimingNotChosen`] with no kind,
/// [`NoticeFieldError::Blank`] or [`NoticeFieldError::Date`] for a day
/// that is empty or not a date, [`NoticeFieldError::Month`] for a month
/// outside 1–12.
///
/// # Example
///
/// ```
/// use pingshen::domain::notice::{MonthPart, Timing};
/// use pingshen::domain::notice_text::{timing_from_fields, NoticeField};
/// use pingshen::domain::rounds::TimingKind;
///
/// let meeting = NoticeField::CommitteeMeeting;
/// assert_eq!(
///     timing_from_fields(meeting, 2027, Some(TimingKind::Period), "9", MonthPart::Late, ""),
///     Ok(Timing::Period { year: 2027, month: 9, part: MonthPart::Late })
/// );
/// let none = timing_from_fields(meeting, 2027, None, "", MonthPart::Mid, "");
/// assert_eq!(none.unwrap_err().to_string(), "请选择评审委员会例会时间");
/// ```
pub fn timing_from_fields(
    field: NoticeField,
    year: i32,
    kind: Option<TimingKind>,
    month: &str,
    part: MonthPart,
    day: &str,
) -> Result<Timing, NoticeFieldError> {
    let kind = kind.ok_or(NoticeFieldError::TimingNotChosen(field))?;
    let day = day.trim();
    if kind == TimingKind::Exact && day.is_empty() {
        return Err(NoticeFieldError::Blank {
            field,
            part: EntryPart::Value,
        });
    }
    let entry = TimingEntry {
        kind,
        month: month.to_string(),
        part,
        date: day.to_string(),
    };
    entry
        .parse(field.label(), year)
        .map_err(|error| match error {
            EntryError::Date(_, error) => NoticeFieldError::Date {
                field,
                part: EntryPart::Value,
                error,
            },
            EntryError::Month(_) => NoticeFieldError::Month(field),
            EntryError::PublicityDays(_) => NoticeFieldError::PublicityDays(field),
            EntryError::Notice(e) => NoticeFieldError::Notice(e),
        })
}

/// A typed value, marked as not read from the text.
fn typed<T>(value: T) -> Option<ParsedField<T>> {
    Some(ParsedField {
        value,
        source: TYPED_SOURCE.to_string(),
    })
}

/// The date typed in `text` for `part` of `field`.
fn typed_date(
    field: NoticeField,
    part: EntryPart,
    text: &str,
) -> Result<chrono::NaiveDate, NoticeFieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(NoticeFieldError::Blank { field, part });
    }
    dates::parse_date(text).map_err(|error| NoticeFieldError::Date { field, part, error })
}

impl ParsedNotice {
    /// Sets the field of `entry` to what was typed (the title is always
    /// read, and is left as it is). Texts are trimmed; the source of a
    /// typed value is 「（自行填写）」.
    ///
    /// # Errors
    ///
    /// A [`NoticeFieldError`] for a blank or malformed input; the field is
    /// then left as it was.
    pub fn fill(&mut self, entry: &MissingEntry) -> Result<(), NoticeFieldError> {
        let field = entry.field;
        let text = || {
            let text = entry.first.trim();
            if text.is_empty() {
                Err(NoticeFieldError::Blank {
                    field,
                    part: EntryPart::Value,
                })
            } else {
                Ok(text.to_string())
            }
        };
        let date = || typed_date(field, EntryPart::Value, &entry.first);
        let timing = || {
            timing_from_fields(
                field,
                self.year,
                entry.kind,
                &entry.first,
                entry.part,
                &entry.second,
            )
        };
        match field {
            NoticeField::Title => {}
            NoticeField::Issued => self.issued = typed(date()?),
            NoticeField::AchievementsCutoff => self.achievements_cutoff = typed(date()?),
            NoticeField::SeniorityCutoff => self.seniority_cutoff = typed(date()?),
            NoticeField::ProvincialWindow | NoticeField::CityWindow => {
                let window = Window {
                    first: typed_date(field, EntryPart::First, &entry.first)?,
                    last: typed_date(field, EntryPart::Last, &entry.second)?,
                };
                if field == NoticeField::ProvincialWindow {
                    self.provincial_window = typed(window);
                } else {
                    self.city_window = typed(window);
                }
            }
            NoticeField::Place => self.place = typed(text()?),
            NoticeField::ContactName => self.contact_name = typed(text()?),
            NoticeField::ContactPhone => self.contact_phone = typed(text()?),
            NoticeField::Fax => self.fax = typed(text()?),
            NoticeField::PublicityWorkingDays => {
                let days =
                    parse_days(&entry.first).map_err(|_| NoticeFieldError::PublicityDays(field))?;
                self.publicity_working_days = typed(days);
            }
            NoticeField::CommitteeMeeting => self.committee_meeting = typed(timing()?),
            NoticeField::Defense => self.defense = typed(timing()?),
        }
        Ok(())
    }

    /// The notice with the typed `entries` filled in, in their order, and
    /// checked as an entered profile ([`Notice::validate_entry`]), as the
    /// profile editor checks it.
    ///
    /// # Errors
    ///
    /// The first entry's [`NoticeFieldError`], then
    /// [`NoticeFieldError::StillMissing`] with the fields neither read nor
    /// typed, then [`NoticeFieldError::Notice`].
    pub fn complete(&self, entries: &[MissingEntry]) -> Result<Notice, NoticeFieldError> {
        let mut filled = self.clone();
        for entry in entries {
            filled.fill(entry)?;
        }
        let notice = filled.to_notice().map_err(NoticeFieldError::StillMissing)?;
        notice.validate_entry().map_err(NoticeFieldError::Notice)?;
        Ok(notice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::notice_text::parse_evaluation_notice;
    use crate::domain::test_dates::d;

    /// tests/data/notices/evaluation-2027-forum.txt: every field is read but
    /// the cities' window (three window parts, two of them for the cities).
    const FORUM_2027: &str = include_str!("../../../tests/data/notices/evaluation-2027-forum.txt");

    fn entry(field: NoticeField, first: &str, second: &str) -> MissingEntry {
        MissingEntry {
            first: first.into(),
            second: second.into(),
            ..MissingEntry::new(field)
        }
    }

    #[test]
    fn a_rough_date_as_typed() {
        use TimingKind::{Exact, Later, Period};
        let meeting = NoticeField::CommitteeMeeting;
        let defense = NoticeField::Defense;
        let period = |month, part| Timing::Period {
            year: 2027,
            month,
            part,
        };
        // (field, kind, month, part, day, the timing or what the user is told)
        type Case = (
            NoticeField,
            Option<TimingKind>,
            &'static str,
            MonthPart,
            &'static str,
            Result<Timing, &'static str>,
        );
        let table: [Case; 10] = [
            (
                meeting,
                Some(Later),
                "",
                MonthPart::Mid,
                "",
                Ok(Timing::Later),
            ),
            (
                meeting,
                Some(Period),
                "9",
                MonthPart::Mid,
                "",
                Ok(period(9, MonthPart::Mid)),
            ),
            (
                meeting,
                Some(Period),
                " 10 ",
                MonthPart::Late,
                "",
                Ok(period(10, MonthPart::Late)),
            ),
            (
                meeting,
                Some(Period),
                "13",
                MonthPart::Early,
                "",
                Err("评审委员会例会时间：月份须为 1–12"),
            ),
            (
                meeting,
                Some(Period),
                "",
                MonthPart::Early,
                "",
                Err("评审委员会例会时间：月份须为 1–12"),
            ),
            (
                defense,
                Some(Exact),
                "",
                MonthPart::Mid,
                " 2027-10-12 ",
                Ok(Timing::Exact {
                    date: d(2027, 10, 12),
                }),
            ),
            (
                defense,
                Some(Exact),
                "9",
                MonthPart::Mid,
                "",
                Err("请填写答辩时间"),
            ),
            (
                defense,
                Some(Exact),
                "",
                MonthPart::Mid,
                "2027-02-30",
                Err("答辩时间："),
            ),
            (
                defense,
                None,
                "9",
                MonthPart::Mid,
                "2027-10-12",
                Err("请选择答辩时间"),
            ),
            (
                meeting,
                None,
                "",
                MonthPart::Mid,
                "",
                Err("请选择评审委员会例会时间"),
            ),
        ];
        for (field, kind, month, part, day, expected) in table {
            let got = timing_from_fields(field, 2027, kind, month, part, day);
            match expected {
                Ok(timing) => assert_eq!(got, Ok(timing), "{kind:?} {month} {day}"),
                Err(message) => {
                    let told = got.unwrap_err().to_string();
                    assert!(told.starts_with(message), "{kind:?} {month} {day}: {told}");
                }
            }
        }
        // A day that does not exist is a date error of the field's value.
        assert!(matches!(
            timing_from_fields(defense, 2027, Some(Exact), "", MonthPart::Mid, "2027-02-30"),
            Err(NoticeFieldError::Date {
                field: NoticeField::Defense,
                part: EntryPart::Value,
                ..
            })
        ));
    }

    #[test]
    fn a_missing_window_typed_completes_the_notice() {
        let parsed = parse_evaluation_notice(FORUM_2027).unwrap();
        assert_eq!(parsed.missing(), [NoticeField::CityWindow]);
        let city = |first: &str, last: &str| entry(NoticeField::CityWindow, first, last);
        let notice = parsed
            .complete(&[city("2027-08-10", " 2027-08-12 ")])
            .unwrap();
        assert_eq!(notice.city_window.first, d(2027, 8, 10));
        assert_eq!(notice.city_window.last, d(2027, 8, 12));
        // What was read stays: the provincial window 8月3至4日 of the text.
        assert_eq!(notice.provincial_window.first, d(2027, 8, 3));
        assert!(!notice.official);
        // (the cities' first and last day as typed, what the user is told)
        let table = [
            ("", "", "请填写各市市场监管局、各主管部门报卷时间的开始日"),
            (
                "2027-08-10",
                "",
                "请填写各市市场监管局、各主管部门报卷时间的结束日",
            ),
            (
                "2027-8-10",
                "2027-08-12",
                "各市市场监管局、各主管部门报卷时间的开始日：",
            ),
            // Before the cutoff 2027-07-31 (「五、相关政策规定」3 of the text).
            ("2027-07-20", "2027-07-21", "早于申报材料截止日"),
        ];
        for (first, last, told) in table {
            let why = parsed
                .complete(&[city(first, last)])
                .unwrap_err()
                .to_string();
            assert!(why.contains(told), "{first} {last}: {why}");
        }
        // Nothing typed: the field is still missing, by name.
        let why = parsed.complete(&[]).unwrap_err();
        assert_eq!(
            why,
            NoticeFieldError::StillMissing(vec![NoticeField::CityWindow])
        );
        assert_eq!(why.to_string(), "还缺：各市市场监管局、各主管部门报卷时间");
    }

    #[test]
    fn typed_texts_days_and_phones() {
        let text = FORUM_2027
            .replace("联系电话:(024)96315-1-5113\n", "")
            .replace("公示时间不少于5个工作日", "公示时间另定")
            .replace("报卷地点:省市场监管局1009房间。", "");
        let parsed = parse_evaluation_notice(&text).unwrap();
        assert_eq!(
            parsed.missing(),
            [
                NoticeField::PublicityWorkingDays,
                NoticeField::CityWindow,
                NoticeField::Place,
                NoticeField::ContactPhone
            ]
        );
        let window = entry(NoticeField::CityWindow, "2027-08-10", "2027-08-12");
        let place = entry(NoticeField::Place, "  省市场监管局1009房间 ", "");
        let phone = |typed: &str| entry(NoticeField::ContactPhone, typed, "");
        let days = |typed: &str| entry(NoticeField::PublicityWorkingDays, typed, "");
        let notice = parsed
            .complete(&[
                window.clone(),
                place.clone(),
                phone("(024)96315-1-5113"),
                days("7"),
            ])
            .unwrap();
        assert_eq!(notice.place, "省市场监管局1009房间");
        assert_eq!(notice.contact.tel, "tel:+862496315,1,5113");
        assert_eq!(notice.publicity_working_days, 7);
        // (the entries' days and phone, what the user is told)
        let table = [
            ("0", "(024)96315-1-5113", "公示工作日数须为 1–30 的整数"),
            ("", "(024)96315-1-5113", "公示工作日数须为 1–30 的整数"),
            ("31", "(024)96315-1-5113", "公示工作日数须为 1–30 的整数"),
            ("5", " ", "请填写联系电话"),
            // Typed but not a number to dial: asked for again.
            ("5", "见附件", "还缺：联系电话"),
        ];
        for (typed_days, typed_phone, told) in table {
            let entries = [
                window.clone(),
                place.clone(),
                phone(typed_phone),
                days(typed_days),
            ];
            let why = parsed.complete(&entries).unwrap_err().to_string();
            assert_eq!(why, told, "{typed_days} {typed_phone}");
        }
        // A typed value is quoted as typed, not as read.
        let mut filled = parsed.clone();
        filled.fill(&place).unwrap();
        assert_eq!(filled.place.unwrap().source, "（自行填写）");
    }
}
