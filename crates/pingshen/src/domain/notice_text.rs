//! Reading the province's evaluation notice (关于做好YYYY年全省质量技术监督系列专业技术
//! 任职资格评审安排的通知) as people paste it, into a [`Notice`].
//!
//! Every field is read from one sentence of the text and keeps it
//! ([`ParsedField::source`]), so the user can check it against the notice. A
//! field the text does not state in a recognised form is listed as missing
//! ([`ParsedNotice::missing`]): it is asked for, never guessed or carried
//! over from another year.
//!
//! What is read, and from where (the section titles of the 2024 notice):
//!
//! | field | where | example |
//! |---|---|---|
//! | title, year | the title line | 关于做好2024年全省质量技术监督系列…的通知 |
//! | issued | the last line that is a date | 2024年5月29日 |
//! | achievements cutoff | 「五、相关政策规定」3 | 申报材料(包括业绩…)的截止时间为2024年7月31日 |
//! | seniority cutoff | 「五、相关政策规定」3 | 资历计算截止时间为2024年12月31日 |
//! | publicity working days | 「六、申报流程」(三) | 公示时间不少于5个工作日 |
//! | both windows | 「七、时间安排及报卷地点」 | 报卷时间:省直有关单位8月1至2日;各市市场监管局、各主管部门8月7至9日 |
//! | place, contact, phone, fax | 「七」 | 报卷地点: / 联系人: / 联系电话: / 传真: |
//! | committee meeting | 「七」 | 例会时间拟定于9月中旬 → [`Timing::Period`] |
//! | defense | 「七」 | 答辩的具体时间、地点另行通知 → [`Timing::Later`] |
//!
//! Text is normalised as for the holiday notice (full-width digits and
//! punctuation become half-width, spaces are dropped, dashes unified); a
//! window may be written 「8月1至2日」, 「8月1日至8月2日」 or 「8月1日—2日」.
//!
//! # Example
//!
//! ```
//! use pingshen::domain::notice_text::{parse_evaluation_notice, NoticeField};
//!
//! let text = "关于做好2027年全省质量技术监督系列专业技术任职资格评审安排的通知\n\
//!             报卷时间：省直有关单位8月2至3日；各市市场监管局、各主管部门8月9至11日。";
//! let parsed = parse_evaluation_notice(text).unwrap();
//! assert_eq!(parsed.year, 2027);
//! let window = parsed.city_window.as_ref().unwrap();
//! assert_eq!(window.value.first.to_string(), "2027-08-09");
//! assert_eq!(window.value.last.to_string(), "2027-08-11");
//! // Everything else is asked for, not guessed.
//! assert!(parsed.missing().contains(&NoticeField::Place));
//! assert!(parsed.to_notice().is_err());
//! ```

#![deny(missing_docs)]

use std::fmt;

use chrono::NaiveDate;

use crate::domain::calendar::{Calendar, DayKind};
use crate::domain::dates::{self, SUPPORTED_YEARS};
use crate::domain::notice::{Contact, MonthPart, Notice, Timing, Window};
use crate::domain::pasted::normal::{
    line_text, normalize_char, normalized_lines, original, NormalChar,
};
use crate::domain::pasted::numerals::year_before;
use crate::domain::pasted::tokens::{dates_of, read_date, tokenize, Token, WrittenDate};
use crate::domain::pasted::{check_size, SizeError, MAX_CHARS};

/// The words every title of this series' notice contains.
const SERIES: &str = "质量技术监督系列";

/// A value read from the text and the sentence it was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedField<T> {
    /// What was read.
    pub value: T,
    /// The sentence, as written in the pasted text.
    pub source: String,
}

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

/// Why a pasted text was not read as this series' evaluation notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeTextError {
    /// Nothing was pasted.
    Empty,
    /// Longer than [`MAX_CHARS`] characters (`chars` is at least that).
    TooLong {
        /// How long the text is, at least.
        chars: usize,
    },
    /// Not the province's notice for the 质量技术监督系列: another series,
    /// another province, the holiday notice… (`title`: what was pasted
    /// instead, if it has a title).
    NotEvaluationNotice {
        /// The title of what was pasted instead (empty if it has none).
        title: String,
    },
    /// The title has no four-digit year.
    MissingYear {
        /// The title found.
        title: String,
    },
    /// The year is outside 2000–2099.
    YearOutOfRange(i32),
}

impl fmt::Display for NoticeTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "没有粘贴内容：请粘贴评审安排通知全文"),
            Self::TooLong { chars } => write!(
                f,
                "粘贴的内容太长（超过 {MAX_CHARS} 字，实际约 {chars} 字）：请只粘贴评审安排通知本身"
            ),
            Self::NotEvaluationNotice { title } if title.is_empty() => write!(
                f,
                "这不是辽宁省质量技术监督系列职称评审安排的通知：请连同标题（关于做好YYYY年全省质量技术监督系列专业技术任职资格评审安排的通知）一起粘贴"
            ),
            Self::NotEvaluationNotice { title } => write!(
                f,
                "“{}”不是辽宁省质量技术监督系列职称评审安排的通知",
                dates::shorten(title)
            ),
            Self::MissingYear { title } => {
                write!(f, "标题“{}”中没有找到四位数的年份", dates::shorten(title))
            }
            Self::YearOutOfRange(year) => write!(
                f,
                "通知的年份 {year} 不在 {}–{} 之间",
                SUPPORTED_YEARS.start(),
                SUPPORTED_YEARS.end()
            ),
        }
    }
}

impl std::error::Error for NoticeTextError {}

/// Why a window part of 「报卷时间」 was not taken as one of the two windows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnusedWindow {
    /// Another part names the same kind of unit: the notice lists more than
    /// one window for it (e.g. 各主管部门 on their own days).
    SameKind(NoticeField),
    /// The part names 省直 and the cities or competent departments.
    BothKinds,
    /// The part names no kind of unit.
    NoKind,
    /// Another part names both kinds or none, so that no part is taken for
    /// sure.
    Undecided,
}

/// What the reader or the checks found that the user must look at before
/// saving. Each is shown with [`NoticeWarning::source`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeWarningKind {
    /// A part of 「报卷时间」 that was read but not used: the fields it could
    /// fill stay open (`could_fill`), for the user to choose it or enter
    /// the dates.
    UnusedWindow {
        /// The dates of the part.
        window: Window,
        /// Why it was not used.
        reason: UnusedWindow,
        /// The window fields it may belong to, left open.
        could_fill: Vec<NoticeField>,
    },
    /// A range left open: 「至」 with no last day (the text may be cut at a
    /// line break). Never read as a one-day window.
    OpenRange,
    /// A labelled value that may be cut by a line break.
    CutValue(NoticeField),
    /// The seniority cutoff is before the achievements cutoff.
    SeniorityBeforeAchievements {
        /// 资历计算截止日.
        seniority: NaiveDate,
        /// 申报材料截止日.
        achievements: NaiveDate,
    },
    /// A window opens on or before the achievements cutoff.
    WindowNotAfterCutoff {
        /// Which window.
        field: NoticeField,
        /// Its first day.
        first: NaiveDate,
        /// 申报材料截止日.
        cutoff: NaiveDate,
    },
    /// A day of a window is not a working day.
    WindowDayOff {
        /// Which window.
        field: NoticeField,
        /// The day.
        date: NaiveDate,
        /// 周末 or the holiday's name.
        what: String,
    },
    /// The year has no official holiday data: the window days could not be
    /// checked against holidays (only against weekends).
    WindowDaysUnchecked {
        /// The notice's year.
        year: i32,
    },
}

impl fmt::Display for NoticeWarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let window = |w: &Window| {
            format!(
                "{}至{}",
                dates::month_day_zh(w.first),
                dates::month_day_zh(w.last)
            )
        };
        match self {
            Self::UnusedWindow {
                window: w,
                reason,
                could_fill,
            } => {
                let fields: Vec<&str> = could_fill.iter().map(|f| f.label()).collect();
                let why = match reason {
                    UnusedWindow::SameKind(field) => {
                        format!("通知中不止一段是“{}”", field.label())
                    }
                    UnusedWindow::BothKinds => "这一段同时提到省直单位和各市/主管部门".to_string(),
                    UnusedWindow::NoKind => "这一段没有写明是哪类单位".to_string(),
                    UnusedWindow::Undecided => "通知中另有一段无法判断属于哪类单位".to_string(),
                };
                write!(
                    f,
                    "未采用的报卷时间（{}）：{why}，无法自动判断。请在“{}”处选择适用的一段或自行填写，并与通知核对",
                    window(w),
                    fields.join("”“")
                )
            }
            Self::OpenRange => write!(
                f,
                "这一段的日期范围没有写完（“至”之后没有日期），可能在换行处被截断：未按一天计算，请自行填写"
            ),
            Self::CutValue(field) => write!(
                f,
                "{}可能在换行处被截断，请与通知核对",
                field.label()
            ),
            Self::SeniorityBeforeAchievements {
                seniority,
                achievements,
            } => write!(
                f,
                "资历计算截止日 {} 早于申报材料截止日 {}，与往年通知不同，请核对",
                dates::long_zh(*seniority),
                dates::long_zh(*achievements)
            ),
            Self::WindowNotAfterCutoff {
                field,
                first,
                cutoff,
            } => write!(
                f,
                "{}从 {} 开始，不在申报材料截止日 {} 之后：请核对（保存时会被拒绝）",
                field.label(),
                dates::long_zh(*first),
                dates::long_zh(*cutoff)
            ),
            Self::WindowDayOff { field, date, what } => write!(
                f,
                "{}中的 {} 是{what}，不是工作日：请与通知核对",
                field.label(),
                dates::long_zh(*date)
            ),
            Self::WindowDaysUnchecked { year } => write!(
                f,
                "{year} 年还没有官方节假日安排：报卷日只核对了是否周末，未核对节假日"
            ),
        }
    }
}

/// A [`NoticeWarningKind`] and the text it is about, as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoticeWarning {
    /// What was found.
    pub kind: NoticeWarningKind,
    /// The part of the pasted text it is about.
    pub source: String,
}

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

/// The `tel:` URI that dials a phone number as printed in the notice.
///
/// The rule: an area code (in brackets, or a first `-` part starting with
/// `0`) loses its leading `0` and follows `+86`; then the number; then each
/// further part (after `-` or 转) after a `,`, which phones read as a pause
/// before dialling the extension. A mobile number (11 digits starting with 1)
/// gets `+86`, a number written with `+86` keeps it; a number without an
/// area code is left local. `None` if the
/// text is not a phone number (letters, no digits, an empty part).
///
/// # Example
///
/// ```
/// use pingshen::domain::notice_text::tel_uri;
///
/// assert_eq!(tel_uri("(024)96315-1-5113").as_deref(), Some("tel:+862496315,1,5113"));
/// assert_eq!(tel_uri("（０２４）８６２４４５３６").as_deref(), Some("tel:+862486244536"));
/// assert_eq!(tel_uri("024-86244536").as_deref(), Some("tel:+862486244536"));
/// assert_eq!(tel_uri("96315-1-5113").as_deref(), Some("tel:96315,1,5113"));
/// assert_eq!(tel_uri("13912345678").as_deref(), Some("tel:+8613912345678"));
/// assert_eq!(tel_uri("见附件"), None);
/// ```
pub fn tel_uri(phone: &str) -> Option<String> {
    let plain: String = phone
        .chars()
        .filter_map(normalize_char)
        .map(|c| if c == '转' { '-' } else { c })
        .collect();
    let international = plain.strip_prefix("+86");
    let plain = international.unwrap_or(&plain);
    let (area, rest) = match plain.strip_prefix('(') {
        Some(inner) => {
            let (area, rest) = inner.split_once(')')?;
            (Some(area), rest)
        }
        None => match plain.split_once('-') {
            Some((first, rest)) if first.starts_with('0') && (3..=4).contains(&first.len()) => {
                (Some(first), rest)
            }
            _ => (None, plain),
        },
    };
    let parts: Vec<&str> = rest.split('-').collect();
    let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !parts.iter().all(|p| all_digits(p)) {
        return None;
    }
    let dialled = parts.join(",");
    match area {
        Some(area) => {
            let area = area.strip_prefix('0').unwrap_or(area);
            all_digits(area).then(|| format!("tel:+86{area}{dialled}"))
        }
        None if international.is_some() => Some(format!("tel:+86{dialled}")),
        None if parts.len() == 1 && parts[0].len() == 11 && parts[0].starts_with('1') => {
            Some(format!("tel:+86{dialled}"))
        }
        None => Some(format!("tel:{dialled}")),
    }
}

/// Reads a pasted evaluation notice.
///
/// # Errors
///
/// A [`NoticeTextError`]: empty or too long text, a text that is not this
/// series' notice of Liaoning, or a title without a usable year. A field that
/// cannot be found is not an error: see [`ParsedNotice::missing`].
///
/// # Example
///
/// ```
/// use pingshen::domain::notice_text::{parse_evaluation_notice, NoticeTextError};
///
/// let holidays = "国务院办公厅关于2025年部分节假日安排的通知\n一、元旦：1月1日放假。";
/// assert!(matches!(
///     parse_evaluation_notice(holidays),
///     Err(NoticeTextError::NotEvaluationNotice { .. })
/// ));
/// ```
pub fn parse_evaluation_notice(text: &str) -> Result<ParsedNotice, NoticeTextError> {
    check_size(text).map_err(|e| match e {
        SizeError::Empty => NoticeTextError::Empty,
        SizeError::TooLong(chars) => NoticeTextError::TooLong { chars },
    })?;
    let lines = normalized_lines(text);
    let texts: Vec<String> = lines.iter().map(|l| line_text(l)).collect();
    let Some((first_line, last_line, line)) = find_title(&texts) else {
        let other = texts
            .iter()
            .take(10)
            .find(|l| l.contains("关于") && l.contains("通知") && l.chars().count() <= 80);
        return Err(NoticeTextError::NotEvaluationNotice {
            title: other.cloned().unwrap_or_default(),
        });
    };
    let start = line.find("关于").unwrap_or(0);
    let end = line[start..]
        .find("通知")
        .map_or(line.len(), |i| start + i + "通知".len());
    let title = line[start..end].to_string();
    // Another province's notice of the same series: its issuer is named
    // before the title or above the date line.
    let issuer_before_title = &line[..start];
    let signature = last_date_line(&lines).and_then(|i| i.checked_sub(1).map(|j| &texts[j]));
    let foreign = |issuer: &str| issuer.contains('省') && !issuer.contains("辽宁");
    if foreign(issuer_before_title) || signature.is_some_and(|s| foreign(s) && s.len() < 60) {
        return Err(NoticeTextError::NotEvaluationNotice { title });
    }
    let year = title_year(&title).ok_or_else(|| NoticeTextError::MissingYear {
        title: title.clone(),
    })?;
    if !SUPPORTED_YEARS.contains(&year) {
        return Err(NoticeTextError::YearOutOfRange(year));
    }

    let reader = Reader::new(text, &lines, year);
    let mut warnings = Vec::new();
    let (provincial_window, city_window) = reader.windows(&mut warnings);
    let [achievements_cutoff, seniority_cutoff] = reader.cutoffs();
    let title_chars: Vec<NormalChar> = lines[first_line..=last_line].concat();
    Ok(ParsedNotice {
        year,
        title: ParsedField {
            value: title,
            source: original(text, &title_chars).to_string(),
        },
        issued: last_date_line(&lines).and_then(|i| {
            let date = full_dates(&lines[i], year).pop()?;
            Some(ParsedField {
                value: date,
                source: original(text, &lines[i]).to_string(),
            })
        }),
        achievements_cutoff,
        seniority_cutoff,
        provincial_window,
        city_window,
        place: reader.labelled(NoticeField::Place, &["报卷地点", "报送地点"], &mut warnings),
        contact_name: reader.labelled(NoticeField::ContactName, &["联系人"], &mut warnings),
        contact_phone: reader
            .labelled(
                NoticeField::ContactPhone,
                &["联系电话", "电话"],
                &mut warnings,
            )
            .filter(|p| tel_uri(&p.value).is_some()),
        fax: reader.labelled(NoticeField::Fax, &["传真"], &mut warnings),
        publicity_working_days: reader.publicity_working_days(),
        committee_meeting: reader.timing("例会", Some("答辩")),
        defense: reader.timing("答辩", None),
        warnings,
    })
}

/// The title: the first line with 关于 that names the series, joined with
/// the line or two after it when the title was split before its 通知.
/// `(first line, last line, the joined text)`.
fn find_title(texts: &[String]) -> Option<(usize, usize, String)> {
    texts.iter().enumerate().find_map(|(first, line)| {
        let at = line.find("关于")?;
        let mut joined = line.clone();
        let mut last = first;
        while !joined[at..].contains("通知") && last + 1 < texts.len() && last < first + 2 {
            last += 1;
            joined.push_str(&texts[last]);
        }
        (joined.contains(SERIES) && joined.contains("评审")).then_some((first, last, joined))
    })
}

/// The year before the first 年 of the title, in digits or Chinese numerals.
fn title_year(title: &str) -> Option<i32> {
    let chars: Vec<char> = title.chars().collect();
    let at = chars.iter().position(|c| *c == '年')?;
    year_before(&chars, at)
}

/// The index of the last line that ends with a full date and says nothing
/// else but who issued it (「辽宁省市场监督管理局 2024年5月29日」).
fn last_date_line(lines: &[Vec<NormalChar>]) -> Option<usize> {
    lines.iter().rposition(|line| {
        let chars: Vec<char> = line.iter().map(|n| n.c).collect();
        let tokens = tokenize(&chars);
        let is_full_date = |t: &Token| matches!(t, Token::Date(d) if d.year.is_some());
        tokens.last().is_some_and(is_full_date)
            && tokens
                .iter()
                .filter(|t| matches!(t, Token::Date(_)))
                .count()
                == 1
            && tokens.len() <= 20
    })
}

/// The dates of a run of characters, the notice's year for those without one.
fn full_dates(chars: &[NormalChar], year: i32) -> Vec<NaiveDate> {
    let plain: Vec<char> = chars.iter().map(|n| n.c).filter(|c| *c != '\n').collect();
    tokenize(&plain)
        .into_iter()
        .filter_map(|t| match t {
            Token::Date(WrittenDate {
                year: written,
                month: Some(month),
                day,
            }) => NaiveDate::from_ymd_opt(written.unwrap_or(year), month, day),
            _ => None,
        })
        .collect()
}

/// The normalised text and its sentences.
struct Reader<'a> {
    text: &'a str,
    year: i32,
    /// Lines joined, each line break kept as a `'\n'`.
    all: Vec<NormalChar>,
    /// Runs of `all` ending at 。, ; or a line break: the label lines.
    sentences: Vec<(usize, usize)>,
    /// Runs of `all` ending at 。 or ; only: a sentence broken across lines
    /// stays whole (the cutoffs, the publicity).
    long_sentences: Vec<(usize, usize)>,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, lines: &[Vec<NormalChar>], year: i32) -> Self {
        let mut all = Vec::new();
        for line in lines {
            all.extend_from_slice(line);
            if let Some(last) = line.last() {
                all.push(NormalChar {
                    c: '\n',
                    start: last.end,
                    end: last.end,
                });
            }
        }
        let split = |ends: &[char]| {
            let mut spans = Vec::new();
            let mut start = 0;
            for (i, n) in all.iter().enumerate() {
                if ends.contains(&n.c) {
                    if i > start {
                        spans.push((start, i));
                    }
                    start = i + 1;
                }
            }
            spans
        };
        let sentences = split(&['。', ';', '\n']);
        let long_sentences = split(&['。', ';']);
        Self {
            text,
            year,
            all,
            sentences,
            long_sentences,
        }
    }

    /// The normalised text of a span, line breaks left out.
    fn plain(&self, (start, end): (usize, usize)) -> String {
        self.all[start..end]
            .iter()
            .map(|n| n.c)
            .filter(|c| *c != '\n')
            .collect()
    }

    fn source(&self, (start, end): (usize, usize)) -> String {
        original(self.text, &self.all[start..end]).to_string()
    }

    fn field<T>(&self, value: T, span: (usize, usize)) -> ParsedField<T> {
        ParsedField {
            value,
            source: self.source(span),
        }
    }

    /// Both cutoffs, `[achievements, seniority]`, read from the words that
    /// name them: each 截止/截至 takes the first date after it (before the
    /// next 截止), and belongs to the topic named nearest before it in its
    /// clause (业绩 or 申报材料: the achievements; 资历: the seniority). So
    /// 「申报材料…截止时间为7月31日，资历计算截止时间为12月31日」 gives each
    /// its own date, whatever joins the two. The first of each kind counts.
    fn cutoffs(&self) -> [Option<ParsedField<NaiveDate>>; 2] {
        const TOPICS: [(&str, usize); 3] = [("申报材料", 0), ("业绩", 0), ("资历", 1)];
        let mut found: [Option<ParsedField<NaiveDate>>; 2] = [None, None];
        for &(start, end) in &self.long_sentences {
            // The sentence without its line breaks, each char's index in `all`.
            let at: Vec<usize> = (start..end).filter(|&i| self.all[i].c != '\n').collect();
            let chars: Vec<char> = at.iter().map(|&i| self.all[i].c).collect();
            let marks: Vec<usize> = (0..chars.len().saturating_sub(1))
                .filter(|&i| chars[i] == '截' && matches!(chars[i + 1], '止' | '至'))
                .collect();
            let mut clause_start = 0;
            for (k, &mark) in marks.iter().enumerate() {
                let next_mark = marks.get(k + 1).copied().unwrap_or(chars.len());
                let date = (mark + 2..next_mark).find_map(|j| {
                    let starts_number = chars[j].is_ascii_digit() && !chars[j - 1].is_ascii_digit();
                    if !starts_number {
                        return None;
                    }
                    let (written, after) = read_date(&chars, j)?;
                    let date = NaiveDate::from_ymd_opt(
                        written.year.unwrap_or(self.year),
                        written.month?,
                        written.day,
                    )?;
                    Some((date, after))
                });
                let Some((date, after)) = date else {
                    continue;
                };
                let before: String = chars[clause_start..mark].iter().collect();
                let topic = TOPICS
                    .iter()
                    .filter_map(|(word, kind)| before.rfind(word).map(|i| (i + word.len(), *kind)))
                    .max()
                    .map(|(_, kind)| kind);
                if let Some(kind) = topic {
                    if found[kind].is_none() {
                        let from = (clause_start..mark)
                            .find(|&i| !matches!(chars[i], ',' | ';' | ':'))
                            .unwrap_or(clause_start);
                        found[kind] = Some(self.field(date, (at[from], at[after - 1] + 1)));
                    }
                }
                clause_start = after;
            }
        }
        found
    }

    /// The text after `label:`, up to the next `,` `;` `。` or line break.
    /// A value the line break cuts (nothing after the label, or ending in
    /// `-`, `(`, 转 or 、, or with a bracket left open) goes on on the next
    /// line; a place whose line ends without 。 before a line that is no
    /// label is warned about.
    fn labelled(
        &self,
        field: NoticeField,
        labels: &[&str],
        warnings: &mut Vec<NoticeWarning>,
    ) -> Option<ParsedField<String>> {
        let chars: Vec<char> = self.all.iter().map(|n| n.c).collect();
        labels.iter().find_map(|label| {
            let label: Vec<char> = label.chars().collect();
            let at = chars
                .windows(label.len() + 1)
                .position(|w| w[..label.len()] == label[..] && w[label.len()] == ':')?;
            let value_start = at + label.len() + 1;
            // A line that starts with a label of its own (「联系人:」).
            let is_label_line = |from: usize| {
                chars
                    .get(from..)
                    .unwrap_or(&[])
                    .iter()
                    .take(8)
                    .take_while(|c| **c != '\n')
                    .any(|c| *c == ':')
            };
            let mut value = String::new();
            let mut i = value_start;
            let mut joins = 0;
            while let Some(&c) = chars.get(i) {
                if matches!(c, ',' | ';' | '。') {
                    break;
                }
                if c == '\n' {
                    let open = value.matches('(').count() > value.matches(')').count();
                    let cut =
                        value.is_empty() || open || value.ends_with(['-', '(', ')', '转', '、']);
                    if !cut || joins == 2 || is_label_line(i + 1) {
                        break;
                    }
                    joins += 1;
                } else {
                    value.push(c);
                }
                i += 1;
            }
            if value.is_empty() {
                return None;
            }
            let parsed = self.field(value, (at, i));
            if field == NoticeField::Place && chars.get(i) == Some(&'\n') && !is_label_line(i + 1) {
                warnings.push(NoticeWarning {
                    kind: NoticeWarningKind::CutValue(field),
                    source: parsed.source.clone(),
                });
            }
            Some(parsed)
        })
    }

    /// 「公示时间不少于N个工作日」.
    fn publicity_working_days(&self) -> Option<ParsedField<u32>> {
        self.long_sentences.iter().find_map(|&span| {
            let plain: Vec<char> = self.plain(span).chars().collect();
            let text: String = plain.iter().collect();
            if !text.contains("公示") {
                return None;
            }
            let mark: Vec<char> = "不少于".chars().collect();
            let at = plain.windows(mark.len()).position(|w| w == &mark[..])? + mark.len();
            let digits: String = plain[at..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            let (number, len) = if digits.is_empty() {
                let n = "一二三四五六七八九十"
                    .chars()
                    .position(|c| Some(&c) == plain.get(at))?;
                (n as u32 + 1, 1)
            } else {
                (digits.parse().ok()?, digits.chars().count())
            };
            let rest: String = plain[at + len..].iter().take(4).collect();
            rest.trim_start_matches('个')
                .starts_with("工作日")
                .then(|| self.field(number, span))
        })
    }

    /// The timing stated in the first sentence about `topic` that states one:
    /// an exact date, a part of a month (上旬/中旬/下旬) or 另行通知. Only the
    /// clauses from the first naming `topic` up to one naming `until` count.
    fn timing(&self, topic: &str, until: Option<&str>) -> Option<ParsedField<Timing>> {
        self.sentences.iter().find_map(|&(start, end)| {
            let plain: Vec<char> = self.all[start..end].iter().map(|n| n.c).collect();
            let text: String = plain.iter().collect();
            let from = text.find(topic)?;
            let from_chars = text[..from].chars().count();
            // Back to the start of the clause naming the topic.
            let clause_start = plain[..from_chars]
                .iter()
                .rposition(|c| *c == ',')
                .map_or(0, |i| i + 1);
            let mut clause_end = plain.len();
            if let Some(until) = until {
                let after: String = plain[from_chars..].iter().collect();
                if let Some(u) = after.find(until) {
                    let u_chars = from_chars + after[..u].chars().count();
                    clause_end = plain[..u_chars]
                        .iter()
                        .rposition(|c| *c == ',')
                        .filter(|i| *i >= from_chars)
                        .unwrap_or(u_chars);
                }
            }
            let part = &plain[clause_start..clause_end];
            let timing = self.read_timing(part)?;
            Some(self.field(timing, (start + clause_start, start + clause_end)))
        })
    }

    fn read_timing(&self, part: &[char]) -> Option<Timing> {
        let tokens = tokenize(part);
        for token in &tokens {
            if let Token::Date(WrittenDate {
                year,
                month: Some(month),
                day,
            }) = token
            {
                let date = NaiveDate::from_ymd_opt(year.unwrap_or(self.year), *month, *day)?;
                return Some(Timing::Exact { date });
            }
        }
        for (i, token) in tokens.iter().enumerate() {
            let Token::Number(month) = token else {
                continue;
            };
            let after: String = tokens[i + 1..]
                .iter()
                .take(3)
                .filter_map(|t| match t {
                    Token::Text(c) => Some(*c),
                    _ => None,
                })
                .collect();
            let part = match after.strip_prefix('月') {
                Some(rest) if rest.starts_with("上旬") => MonthPart::Early,
                Some(rest) if rest.starts_with("中旬") => MonthPart::Mid,
                Some(rest) if rest.starts_with("下旬") => MonthPart::Late,
                _ => continue,
            };
            if (1..=12).contains(month) {
                return Some(Timing::Period {
                    year: self.year,
                    month: *month,
                    part,
                });
            }
        }
        let text: String = part.iter().collect();
        (text.contains("另行通知") || text.contains("另行安排")).then_some(Timing::Later)
    }

    /// Both submission windows, from the 「报卷时间」 sentence (which may run
    /// over several lines). The sentence is cut into parts at `;` `,` and
    /// line breaks, except a line break inside a date or a range (「8月9至⏎
    /// 11日」), which is joined. The part naming 省直 is the provincial
    /// window, the part naming the cities or the competent departments the
    /// city window; a part naming no unit takes the unit named by the part
    /// before it if that part has no date. A part that cannot be placed for
    /// sure (a second part of the same kind, a part naming both kinds or
    /// none) is never used and never dropped: it is quoted in `warnings`
    /// and the windows it may belong to are left open for the user.
    fn windows(
        &self,
        warnings: &mut Vec<NoticeWarning>,
    ) -> (Option<ParsedField<Window>>, Option<ParsedField<Window>>) {
        let plain: Vec<char> = self.all.iter().map(|n| n.c).collect();
        let text: String = plain.iter().collect();
        let Some(at) = ["报卷时间", "报送时间", "报卷日期"]
            .iter()
            .find_map(|label| text.find(label))
        else {
            return (None, None);
        };
        let start = text[..at].chars().count();
        // Up to the end of the sentence, or the next label.
        let stop = plain[start..]
            .iter()
            .position(|c| *c == '。')
            .map_or(plain.len(), |i| start + i);
        let label_stop = text[at..]
            .find("报卷地点")
            .map(|i| text[..at + i].chars().count())
            .unwrap_or(plain.len());
        let end = stop.min(label_stop);
        // A line break inside a date or a range does not end a part.
        let continues = |i: usize| {
            let before = plain[..i].iter().rev().find(|c| **c != '\n');
            let after = plain.get(i + 1);
            let open = |c: &char| {
                c.is_ascii_digit()
                    || matches!(c, '至' | '到' | '-' | '月' | '年' | '、' | '和' | '及')
            };
            before.is_some_and(open)
                || after.is_some_and(|c| {
                    c.is_ascii_digit() || matches!(c, '至' | '到' | '-' | '日' | '月')
                })
        };
        // (span, the window (none: a range left open), names 省直, names
        // the cities or departments)
        let mut parts: Vec<WindowPart> = Vec::new();
        let mut carried = (false, false);
        let mut part_start = start;
        for i in start..=end {
            let at_break =
                i == end || matches!(plain[i], ';' | ',') || (plain[i] == '\n' && !continues(i));
            if !at_break {
                continue;
            }
            let span = (part_start, i);
            part_start = i + 1;
            let chars: Vec<char> = plain[span.0..span.1]
                .iter()
                .copied()
                .filter(|c| *c != '\n')
                .collect();
            let part: String = chars.iter().collect();
            let names = (
                carried.0 || part.contains("省直"),
                carried.1 || part.contains("各市") || part.contains("主管部门"),
            );
            let window = match self.read_window(&chars) {
                PartRead::Window(window) => Some(window),
                PartRead::OpenRange => {
                    warnings.push(NoticeWarning {
                        kind: NoticeWarningKind::OpenRange,
                        source: self.source(span),
                    });
                    None
                }
                PartRead::Nothing => {
                    carried = names;
                    continue;
                }
            };
            parts.push(WindowPart {
                span,
                window,
                provincial: names.0,
                city: names.1,
            });
            carried = (false, false);
        }
        let count = |field: NoticeField| parts.iter().filter(|p| p.kind() == Some(field)).count();
        let undecided = parts.iter().any(|p| p.kind().is_none());
        let (mut provincial, mut city) = (None, None);
        for part in &parts {
            // A range left open is warned about already, and fills nothing.
            let Some(window) = part.window else {
                continue;
            };
            let (reason, could_fill) = match part.kind() {
                Some(f) if count(f) == 1 && !undecided => {
                    let parsed = Some(self.field(window, part.span));
                    if f == NoticeField::ProvincialWindow {
                        provincial = parsed;
                    } else {
                        city = parsed;
                    }
                    continue;
                }
                Some(f) if count(f) > 1 => (UnusedWindow::SameKind(f), vec![f]),
                Some(f) => (UnusedWindow::Undecided, vec![f]),
                None => (
                    if part.provincial {
                        UnusedWindow::BothKinds
                    } else {
                        UnusedWindow::NoKind
                    },
                    vec![NoticeField::ProvincialWindow, NoticeField::CityWindow],
                ),
            };
            warnings.push(NoticeWarning {
                kind: NoticeWarningKind::UnusedWindow {
                    window,
                    reason,
                    could_fill,
                },
                source: self.source(part.span),
            });
        }
        (provincial, city)
    }

    /// A window 「8月1至2日」, 「8月1日至8月2日」, 「8月1日-2日」, a single
    /// day 「8月5日」, or a range left open (「8月9至」).
    fn read_window(&self, part: &[char]) -> PartRead {
        // 「8月1至2日」 leaves the first 日 out: put it back.
        let mut fixed: Vec<char> = Vec::with_capacity(part.len() + 1);
        for (i, c) in part.iter().enumerate() {
            fixed.push(*c);
            if c.is_ascii_digit() && matches!(part.get(i + 1), Some('至' | '到' | '-')) {
                let run = part[..=i]
                    .iter()
                    .rev()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if i + 1 > run && part[i - run] == '月' {
                    fixed.push('日');
                }
            }
        }
        let tokens: Vec<Token> = tokenize(&fixed)
            .into_iter()
            .filter(|t| !matches!(t, Token::Note(_)))
            .collect();
        let range = tokens.windows(3).find_map(|w| match w {
            [Token::Date(first), Token::RangeMark(_), Token::Date(last)] => {
                let month = first.month?;
                let year = first.year.unwrap_or(self.year);
                let first_date = NaiveDate::from_ymd_opt(year, month, first.day)?;
                let last_date = NaiveDate::from_ymd_opt(
                    last.year.unwrap_or(year),
                    last.month.unwrap_or(month),
                    last.day,
                )?;
                (last_date >= first_date).then_some(Window {
                    first: first_date,
                    last: last_date,
                })
            }
            _ => None,
        });
        if let Some(window) = range {
            return PartRead::Window(window);
        }
        let dates = dates_of(&tokens);
        // A date, then 至 with no date after it: a range cut short.
        let first_date = tokens.iter().position(|t| matches!(t, Token::Date(_)));
        let open = first_date.is_some_and(|i| {
            tokens[i..].iter().any(|t| matches!(t, Token::RangeMark(_)))
                && dates.len() == 1
                && !matches!(tokens.last(), Some(Token::Date(_)))
        }) || (first_date.is_none()
            && tokens.iter().any(|t| matches!(t, Token::Number(_)))
            && tokens.iter().any(|t| matches!(t, Token::RangeMark(_))));
        if open {
            return PartRead::OpenRange;
        }
        match dates[..] {
            [&WrittenDate {
                year,
                month: Some(month),
                day,
            }] => NaiveDate::from_ymd_opt(year.unwrap_or(self.year), month, day).map_or(
                PartRead::Nothing,
                |date| {
                    PartRead::Window(Window {
                        first: date,
                        last: date,
                    })
                },
            ),
            _ => PartRead::Nothing,
        }
    }
}

/// A part of 「报卷时间」 with a date: where it is, its window (none: a
/// range left open), and whether it names 省直 and the cities/departments.
struct WindowPart {
    span: (usize, usize),
    window: Option<Window>,
    provincial: bool,
    city: bool,
}

impl WindowPart {
    /// The window the part names, if it names one kind of unit only.
    fn kind(&self) -> Option<NoticeField> {
        match (self.provincial, self.city) {
            (true, false) => Some(NoticeField::ProvincialWindow),
            (false, true) => Some(NoticeField::CityWindow),
            _ => None,
        }
    }
}

/// What a part of 「报卷时间」 says.
enum PartRead {
    Window(Window),
    /// A range with no last day.
    OpenRange,
    Nothing,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::notice::UnitKind;

    const NOTICE_2024: &str = include_str!("../../tests/data/notices/evaluation-2024.txt");
    const HOLIDAYS_2025: &str = include_str!("../../tests/data/notices/holidays-2025-gov.txt");

    use crate::domain::test_dates::d;

    fn replaced(text: &str, replacements: &[(&str, &str)]) -> String {
        let mut text = text.to_string();
        for (from, to) in replacements {
            assert!(text.contains(from), "the 2024 text has {from}");
            text = text.replace(from, to);
        }
        text
    }

    fn unofficial_2024() -> Notice {
        Notice {
            official: false,
            ..Notice::official_2024()
        }
    }

    #[test]
    fn the_2024_notice_parses_to_the_shipped_profile() {
        let parsed = parse_evaluation_notice(NOTICE_2024).unwrap();
        assert_eq!(parsed.missing(), []);
        assert_eq!(parsed.to_notice(), Ok(unofficial_2024()));
        // Each field keeps the sentence it came from, as written.
        let sources = [
            (&parsed.title.source, "关于做好2024年全省质量技术监督系列专业技术任职资格评审安排的通知"),
            (&parsed.issued.as_ref().unwrap().source, "2024年5月29日"),
            (
                &parsed.achievements_cutoff.as_ref().unwrap().source,
                "申报材料(包括业绩、论文、著作、成果、奖励等)的截止时间为2024年7月31日",
            ),
            (
                &parsed.seniority_cutoff.as_ref().unwrap().source,
                // The clause that names the seniority, up to its date.
                "资历计算截止时间为2024年12月31日",
            ),
            (&parsed.provincial_window.as_ref().unwrap().source, "报卷时间:省直有关单位8月1至2日"),
            (&parsed.city_window.as_ref().unwrap().source, "各市市场监管局、各主管部门8月7至9日"),
            (&parsed.place.as_ref().unwrap().source, "报卷地点:省市场监管局1009房间"),
            (&parsed.contact_name.as_ref().unwrap().source, "联 系 人:史阔"),
            (&parsed.contact_phone.as_ref().unwrap().source, "联系电话:(024)96315-1-5113"),
            (&parsed.fax.as_ref().unwrap().source, "传 真:(024)86244536"),
            (&parsed.committee_meeting.as_ref().unwrap().source, "评审委员会例会时间拟定于9月中旬,具体时间另行通知"),
            (
                &parsed.defense.as_ref().unwrap().source,
                "全省申报正高级工程师及省直申报高级工程师资格评审人员须参加答辩,答辩的具体时间、地点另行通知",
            ),
        ];
        for (source, expected) in sources {
            assert_eq!(source, expected);
            assert!(NOTICE_2024.contains(source.as_str()), "{source}");
        }
        let publicity = parsed.publicity_working_days.as_ref().unwrap();
        assert!(
            publicity.source.contains("不少于5个工作日"),
            "{}",
            publicity.source
        );
    }

    #[test]
    fn a_2027_notice_with_other_dates_parses_to_those() {
        let text = replaced(
            NOTICE_2024,
            &[
                ("2024年", "2027年"),
                ("8月1至2日", "8月2至3日"),
                ("8月7至9日", "8月9至11日"),
                ("2027年5月29日", "2027年6月2日"),
                ("2027年7月31日", "2027年7月30日"),
                ("9月中旬", "9月下旬"),
                ("答辩的具体时间、地点另行通知", "答辩时间定于2027年10月12日"),
                ("不少于5个工作日", "不少于7个工作日"),
                (
                    "联 系 人:史阔\n联系电话:(024)96315-1-5113",
                    "联系人：王明，联系电话：(024)86244536-8",
                ),
            ],
        );
        let notice = parse_evaluation_notice(&text).unwrap().to_notice().unwrap();
        let window = |first, last| Window { first, last };
        assert_eq!(notice.year, 2027);
        assert!(!notice.official);
        assert_eq!(
            notice.title,
            "关于做好2027年全省质量技术监督系列专业技术任职资格评审安排的通知"
        );
        assert_eq!(notice.issued, d(2027, 6, 2));
        assert_eq!(notice.achievements_cutoff, d(2027, 7, 30));
        assert_eq!(notice.seniority_cutoff, d(2027, 12, 31));
        assert_eq!(notice.publicity_working_days, 7);
        assert_eq!(
            notice.window(UnitKind::Provincial),
            window(d(2027, 8, 2), d(2027, 8, 3))
        );
        assert_eq!(
            notice.window(UnitKind::City),
            window(d(2027, 8, 9), d(2027, 8, 11))
        );
        assert_eq!(notice.contact.name, "王明");
        assert_eq!(notice.contact.phone, "(024)86244536-8");
        assert_eq!(notice.contact.tel, "tel:+862486244536,8");
        assert_eq!(
            notice.committee_meeting,
            Timing::Period {
                year: 2027,
                month: 9,
                part: MonthPart::Late
            }
        );
        assert_eq!(
            notice.defense,
            Timing::Exact {
                date: d(2027, 10, 12)
            }
        );
        assert!(notice.validate().is_ok());
    }

    #[test]
    fn full_width_digits_and_odd_spacing_parse_the_same() {
        let full_width: String = NOTICE_2024
            .chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(c as u32 + 0xFEE0).unwrap(),
                '(' => '（',
                ')' => '）',
                ':' => '：',
                ';' => '；',
                ',' => '，',
                '-' => '－',
                _ => c,
            })
            .collect();
        let spaced = full_width
            .replace("报卷时间", "\u{3000}\u{3000}报 卷 时 间 ")
            .replace("月", " 月 ")
            .replace("联系电话", "联 系 电 话 ")
            .replace("例会", " 例会");
        let parsed = parse_evaluation_notice(&spaced).unwrap();
        assert_eq!(parsed.to_notice(), Ok(unofficial_2024()));
    }

    #[test]
    fn a_cutoff_or_publicity_sentence_broken_across_lines_is_still_read() {
        let text = replaced(
            NOTICE_2024,
            &[
                ("的截止时间为2024年7月31日", "的截止时间为2024年\n7月31日"),
                ("资历计算截止时间为", "资历计算\n截止时间为"),
                ("公示时间不少于5个工作日", "公示时间不少于\n5个工作日"),
            ],
        );
        let parsed = parse_evaluation_notice(&text).unwrap();
        assert_eq!(parsed.to_notice(), Ok(unofficial_2024()));
        let source = &parsed.achievements_cutoff.as_ref().unwrap().source;
        assert!(source.ends_with("2024年\n7月31日"), "{source}");
    }

    #[test]
    fn windows_in_every_written_form() {
        // (the 报卷时间 sentence, provincial window, city window)
        let table = [
            (
                "报卷时间：省直有关单位8月1日至8月2日；各市市场监管局、各主管部门8月7日至8月9日。",
                (1, 2),
                (7, 9),
            ),
            (
                "报卷时间：省直有关单位8月1日—2日，各市市场监管局、各主管部门8月7日—9日。",
                (1, 2),
                (7, 9),
            ),
            (
                "报卷时间：省直有关单位８月１日至２日；各市市场监管局、各主管部门８月７至９日。",
                (1, 2),
                (7, 9),
            ),
            (
                "报卷时间:省直有关单位8月1-2日;各市市场监管局、各主管部门8月7~9日",
                (1, 2),
                (7, 9),
            ),
            (
                "报卷时间：省直有关单位8月5日；各主管部门8月6日到8日。",
                (5, 5),
                (6, 8),
            ),
        ];
        let original = "报卷时间:省直有关单位8月1至2日;\n各市市场监管局、各主管部门8月7至9日。";
        for (sentence, (p1, p2), (c1, c2)) in table {
            let text = replaced(NOTICE_2024, &[(original, sentence)]);
            let parsed = parse_evaluation_notice(&text).unwrap();
            let window = |w: &Option<ParsedField<Window>>| w.as_ref().map(|f| f.value);
            assert_eq!(
                window(&parsed.provincial_window),
                Some(Window {
                    first: d(2024, 8, p1),
                    last: d(2024, 8, p2)
                }),
                "{sentence}"
            );
            assert_eq!(
                window(&parsed.city_window),
                Some(Window {
                    first: d(2024, 8, c1),
                    last: d(2024, 8, c2)
                }),
                "{sentence}"
            );
        }
    }

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

    #[test]
    fn texts_that_are_not_the_notice_get_a_typed_error() {
        let ten_megabytes = "质量技术监督系列".repeat(10 * 1024 * 1024 / 24);
        let other_province = replaced(
            NOTICE_2024,
            &[("辽宁省市场监督管理局\n2024", "吉林省市场监督管理厅\n2024")],
        );
        let other_series = replaced(
            NOTICE_2024,
            &[(
                "全省质量技术监督系列专业技术任职资格",
                "全省工程系列交通运输专业技术资格",
            )],
        );
        let no_year = replaced(NOTICE_2024, &[("关于做好2024年", "关于做好今年")]);
        let cases: [(&str, NoticeTextError); 7] = [
            ("", NoticeTextError::Empty),
            ("\u{3000} \n", NoticeTextError::Empty),
            (
                "乱码 asdf 1234",
                NoticeTextError::NotEvaluationNotice {
                    title: String::new(),
                },
            ),
            (
                HOLIDAYS_2025,
                NoticeTextError::NotEvaluationNotice {
                    title: "国务院办公厅关于2025年部分节假日安排的通知".into(),
                },
            ),
            (
                &other_province,
                NoticeTextError::NotEvaluationNotice {
                    title: "关于做好2024年全省质量技术监督系列专业技术任职资格评审安排的通知"
                        .into(),
                },
            ),
            (
                &other_series,
                NoticeTextError::NotEvaluationNotice {
                    title: "关于做好2024年全省工程系列交通运输专业技术资格评审安排的通知".into(),
                },
            ),
            (
                &no_year,
                NoticeTextError::MissingYear {
                    title: "关于做好今年全省质量技术监督系列专业技术任职资格评审安排的通知".into(),
                },
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(
                parse_evaluation_notice(text),
                Err(expected),
                "{}",
                dates::shorten(text)
            );
        }
        assert!(matches!(
            parse_evaluation_notice(&ten_megabytes),
            Err(NoticeTextError::TooLong { .. })
        ));
        assert!(NoticeTextError::Empty.to_string().contains("粘贴"));
    }

    /// The warnings of a text, without their sources.
    fn warning_kinds(parsed: &ParsedNotice) -> Vec<NoticeWarningKind> {
        parsed.warnings.iter().map(|w| w.kind.clone()).collect()
    }

    fn window_of(field: &Option<ParsedField<Window>>) -> Option<(NaiveDate, NaiveDate)> {
        field.as_ref().map(|f| (f.value.first, f.value.last))
    }

    // Each case below is a change of the 2024 notice
    // (tests/data/notices/evaluation-2024.txt) that real notices make; the
    // expected dates are the ones the changed sentence states.

    #[test]
    fn each_cutoff_is_read_from_the_words_that_name_it() {
        let achievements = "申报材料(包括业绩、论文、著作、成果、奖励等)的截止时间为2024年7月31日";
        let seniority = "资历计算截止时间为2024年12月31日";
        let both = format!("{achievements};{seniority}");
        // (the sentence as the notice of some year might write it)
        let forms = [
            // Joined by a comma: the seniority was read as 07-31 before.
            format!("{achievements},{seniority}"),
            format!("{achievements},{seniority}"),
            // Full-width comma, 截至 for 截止.
            format!("{achievements}，资历计算截至时间为2024年12月31日"),
            // The seniority first.
            format!("{seniority},{achievements}"),
            // 截止 with the date straight after it.
            "业绩成果截止到2024年7月31日,资历截止到2024年12月31日".to_string(),
            // Over two lines, the break inside the second date.
            format!("{achievements},资历计算截止时间为2024年\n12月31日"),
        ];
        for form in forms {
            let text = replaced(NOTICE_2024, &[(both.as_str(), form.as_str())]);
            let parsed = parse_evaluation_notice(&text).unwrap();
            let value = |f: &Option<ParsedField<NaiveDate>>| f.as_ref().map(|f| f.value);
            assert_eq!(
                value(&parsed.achievements_cutoff),
                Some(d(2024, 7, 31)),
                "{form}"
            );
            assert_eq!(
                value(&parsed.seniority_cutoff),
                Some(d(2024, 12, 31)),
                "{form}"
            );
            let source = &parsed.seniority_cutoff.as_ref().unwrap().source;
            assert!(source.starts_with("资历"), "{form}: {source}");
        }
        // A 截止 with no date gives nothing, and never the next clause's date.
        let later = "申报材料截止时间另行通知,资历计算截止时间为2024年12月31日";
        let text = replaced(NOTICE_2024, &[(both.as_str(), later)]);
        let parsed = parse_evaluation_notice(&text).unwrap();
        assert_eq!(parsed.achievements_cutoff, None);
        assert_eq!(
            parsed.seniority_cutoff.map(|f| f.value),
            Some(d(2024, 12, 31))
        );
    }

    const WINDOWS_2024: &str =
        "报卷时间:省直有关单位8月1至2日;\n各市市场监管局、各主管部门8月7至9日。";

    #[test]
    fn a_range_cut_by_a_line_break_is_joined_never_one_day() {
        // (the sentence, the provincial window, the city window), days of August 2024.
        let table = [
            (
                "报卷时间:省直有关单位8月1至\n2日;各市市场监管局、各主管部门8月9至\n11日。",
                (1, 2),
                (9, 11),
            ),
            (
                "报卷时间:省直有关单位8月1\n至2日;各市市场监管局、各主管部门8月9日\n至11日。",
                (1, 2),
                (9, 11),
            ),
            (
                "报卷时间:省直有关单位8\n月1至2日;各市市场监管局、各主管部门8月9-\n11日。",
                (1, 2),
                (9, 11),
            ),
            (
                "报卷时间:省直有关单位\n8月1至2日;\n各市市场监管局、\n各主管部门\n8月9至11日。",
                (1, 2),
                (9, 11),
            ),
        ];
        for (sentence, (p1, p2), (c1, c2)) in table {
            let text = replaced(NOTICE_2024, &[(WINDOWS_2024, sentence)]);
            let parsed = parse_evaluation_notice(&text).unwrap();
            assert_eq!(
                window_of(&parsed.provincial_window),
                Some((d(2024, 8, p1), d(2024, 8, p2))),
                "{sentence}"
            );
            assert_eq!(
                window_of(&parsed.city_window),
                Some((d(2024, 8, c1), d(2024, 8, c2))),
                "{sentence}"
            );
            assert_eq!(warning_kinds(&parsed), [], "{sentence}");
        }
        // Cut off with nothing after 至: asked for, not taken as 8月9日 alone.
        let cut = "报卷时间:省直有关单位8月1至2日;各市市场监管局、各主管部门8月9至\n报卷地点:省市场监管局1009房间。";
        let text = replaced(
            NOTICE_2024,
            &[(WINDOWS_2024, ""), ("报卷地点:省市场监管局1009房间。", cut)],
        );
        let parsed = parse_evaluation_notice(&text).unwrap();
        assert_eq!(parsed.city_window, None);
        assert!(parsed.missing().contains(&NoticeField::CityWindow));
        assert_eq!(warning_kinds(&parsed), [NoticeWarningKind::OpenRange]);
        assert_eq!(
            parsed.warnings[0].source,
            "各市市场监管局、各主管部门8月9至"
        );
    }

    #[test]
    fn a_window_part_that_cannot_be_placed_is_quoted_and_its_field_left_open() {
        let aug = |first, last| Window {
            first: d(2024, 8, first),
            last: d(2024, 8, last),
        };
        // A third window: the competent departments on their own days.
        let three =
            "报卷时间:省直有关单位8月1至2日;各市市场监管局8月7至9日;各主管部门8月12至13日。";
        let parsed =
            parse_evaluation_notice(&replaced(NOTICE_2024, &[(WINDOWS_2024, three)])).unwrap();
        assert_eq!(
            window_of(&parsed.provincial_window),
            Some((d(2024, 8, 1), d(2024, 8, 2)))
        );
        assert_eq!(parsed.city_window, None);
        let city = NoticeField::CityWindow;
        assert_eq!(
            warning_kinds(&parsed),
            [
                NoticeWarningKind::UnusedWindow {
                    window: aug(7, 9),
                    reason: UnusedWindow::SameKind(city),
                    could_fill: vec![city],
                },
                NoticeWarningKind::UnusedWindow {
                    window: aug(12, 13),
                    reason: UnusedWindow::SameKind(city),
                    could_fill: vec![city],
                },
            ]
        );
        let sources: Vec<&str> = parsed.warnings.iter().map(|w| w.source.as_str()).collect();
        assert_eq!(
            sources,
            ["各市市场监管局8月7至9日", "各主管部门8月12至13日"]
        );

        // 省直 named inside the cities' part, before the provincial part: it
        // took the provincial window's place before.
        let both = "报卷时间:各市市场监管局、各主管部门(含由主管部门报送的省直单位)8月7至9日;省直有关单位8月1至2日。";
        let parsed =
            parse_evaluation_notice(&replaced(NOTICE_2024, &[(WINDOWS_2024, both)])).unwrap();
        assert_eq!(parsed.provincial_window, None);
        assert_eq!(parsed.city_window, None);
        let all = vec![NoticeField::ProvincialWindow, NoticeField::CityWindow];
        assert_eq!(
            warning_kinds(&parsed),
            [
                NoticeWarningKind::UnusedWindow {
                    window: aug(7, 9),
                    reason: UnusedWindow::BothKinds,
                    could_fill: all.clone(),
                },
                NoticeWarningKind::UnusedWindow {
                    window: aug(1, 2),
                    reason: UnusedWindow::Undecided,
                    could_fill: vec![NoticeField::ProvincialWindow],
                },
            ]
        );
        // Every warning says what to do, in Chinese.
        for w in &parsed.warnings {
            assert!(w.kind.to_string().contains("选择"), "{}", w.kind);
        }

        // A date naming no unit.
        let none = "报卷时间:省直有关单位8月1至2日;各市市场监管局、各主管部门8月7至9日;8月12日。";
        let parsed =
            parse_evaluation_notice(&replaced(NOTICE_2024, &[(WINDOWS_2024, none)])).unwrap();
        assert_eq!(
            (
                parsed.provincial_window.is_some(),
                parsed.city_window.is_some()
            ),
            (false, false)
        );
        assert_eq!(parsed.warnings.len(), 3);
    }

    #[test]
    fn a_title_over_several_lines_or_in_chinese_numerals_is_read() {
        let title = "关于做好2024年全省质量技术监督系列专业技术任职资格评审安排的通知";
        let forms = [
            "关于做好2024年全省质量技术监督系列\n专业技术任职资格评审安排的通知",
            "关于做好2024年全省质量技术\n监督系列专业技术任职资格\n评审安排的通知",
            "辽宁省市场监督管理局关于做好2024年全省质量技术监督系列专业技术任职资格评审安排的\n通知",
        ];
        for form in forms {
            let parsed = parse_evaluation_notice(&replaced(NOTICE_2024, &[(title, form)])).unwrap();
            assert_eq!(parsed.title.value, title, "{form}");
            assert_eq!(parsed.year, 2024);
            assert_eq!(parsed.to_notice(), Ok(unofficial_2024()), "{form}");
        }
        // The year in Chinese numerals, as in a signed document: 二〇二七.
        let text = replaced(
            &NOTICE_2024.replace("2024年", "2027年"),
            &[("关于做好2027年", "关于做好二〇二七年")],
        );
        let parsed = parse_evaluation_notice(&text).unwrap();
        assert_eq!(parsed.year, 2027);
        assert_eq!(
            window_of(&parsed.city_window),
            Some((d(2027, 8, 7), d(2027, 8, 9)))
        );
        let text = replaced(NOTICE_2024, &[("关于做好2024年", "关于做好二零二五年")]);
        assert_eq!(parse_evaluation_notice(&text).unwrap().year, 2025);
    }

    #[test]
    fn a_labelled_value_cut_by_a_line_break_is_joined_or_warned_about() {
        let phone = "联系电话:(024)96315-1-5113";
        for cut in [
            "联系电话:(024)96315-\n1-5113",
            "联系电话:\n(024)96315-1-5113",
            "联系电话:(024)\n96315-1-5113",
            "联系电话:(024\n)96315-1-5113",
        ] {
            let parsed = parse_evaluation_notice(&replaced(NOTICE_2024, &[(phone, cut)])).unwrap();
            assert_eq!(
                parsed.contact_phone.map(|p| p.value).as_deref(),
                Some("(024)96315-1-5113"),
                "{cut}"
            );
        }
        // A place broken before its end cannot be told from a whole one:
        // read up to the break, and warned about.
        let place = "报卷地点:省市场监管局1009房间。";
        let parsed = parse_evaluation_notice(&replaced(
            NOTICE_2024,
            &[(place, "报卷地点:省市场监管局\n1009房间。")],
        ))
        .unwrap();
        assert_eq!(
            parsed.place.as_ref().map(|p| p.value.as_str()),
            Some("省市场监管局")
        );
        assert_eq!(
            warning_kinds(&parsed),
            [NoticeWarningKind::CutValue(NoticeField::Place)]
        );
        // The 2024 notice itself has no warning.
        assert_eq!(parse_evaluation_notice(NOTICE_2024).unwrap().warnings, []);
    }

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

    #[test]
    fn a_forum_copy_of_a_2027_notice_is_read_and_its_open_questions_asked() {
        // tests/data/notices/evaluation-2027-forum.txt: the 2024 notice made
        // a 2027 one as a forum reposts it: a 【转载】 title over two lines, a
        // 发布时间 line, both cutoffs joined by a full-width comma, and three
        // windows, the cities' cut at a line break.
        let text = include_str!("../../tests/data/notices/evaluation-2027-forum.txt");
        let parsed = parse_evaluation_notice(text).unwrap();
        assert_eq!(parsed.year, 2027);
        assert_eq!(
            parsed.title.value,
            "关于做好2027年全省质量技术监督系列专业技术任职资格评审安排的通知"
        );
        let value = |f: &Option<ParsedField<NaiveDate>>| f.as_ref().map(|f| f.value);
        assert_eq!(value(&parsed.achievements_cutoff), Some(d(2027, 7, 31)));
        assert_eq!(value(&parsed.seniority_cutoff), Some(d(2027, 12, 31)));
        assert_eq!(value(&parsed.issued), Some(d(2027, 5, 28)));
        assert_eq!(
            window_of(&parsed.provincial_window),
            Some((d(2027, 8, 3), d(2027, 8, 4)))
        );
        assert_eq!(parsed.missing(), [NoticeField::CityWindow]);
        let city = NoticeField::CityWindow;
        let unused = |first, last| NoticeWarningKind::UnusedWindow {
            window: Window {
                first: d(2027, 8, first),
                last: d(2027, 8, last),
            },
            reason: UnusedWindow::SameKind(city),
            could_fill: vec![city],
        };
        assert_eq!(warning_kinds(&parsed), [unused(10, 12), unused(16, 17)]);
        assert_eq!(parsed.warnings[0].source, "各市市场监管局8月10至\n12日");
    }

    #[test]
    fn tel_uris() {
        let table = [
            ("(024)96315-1-5113", Some("tel:+862496315,1,5113")),
            (
                "（０２４）９６３１５－１－５１１３",
                Some("tel:+862496315,1,5113"),
            ),
            ("(024)86244536", Some("tel:+862486244536")),
            ("024-86244536", Some("tel:+862486244536")),
            ("0411-8888 1234", Some("tel:+8641188881234")),
            ("(024)86244536转5113", Some("tel:+862486244536,5113")),
            ("+86 24 8624 4536", Some("tel:+862486244536")),
            ("96315-1-5113", Some("tel:96315,1,5113")),
            ("13912345678", Some("tel:+8613912345678")),
            ("", None),
            ("见附件", None),
            ("(024)", None),
            ("024--1", None),
        ];
        for (phone, expected) in table {
            assert_eq!(tel_uri(phone).as_deref(), expected, "{phone}");
        }
    }

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

#[cfg(all(test, not(target_arch = "wasm32")))] // proptest is a native dev-dependency
mod properties {
    //! Round trips: a notice written back as text, in the forms people copy
    //! it in, reads back to the same notice.

    use super::*;
    use chrono::Datelike;
    use proptest::prelude::*;

    const NOTICE_2024: &str = include_str!("../../tests/data/notices/evaluation-2024.txt");

    /// How a copy of the notice differs from the published layout.
    #[derive(Clone, Copy, Debug)]
    struct CopyForm {
        /// Full-width punctuation and digits (a Word file, a WeChat post).
        full_width: bool,
        /// Both cutoffs in one sentence, joined by a comma.
        cutoffs_by_comma: bool,
        /// 0: 「8月1至2日」, 1: 「8月1日至8月2日」, 2: 「8月1日—2日」,
        /// 3: with weekdays 「8月1日(星期四)至2日(星期五)」.
        window_form: u8,
        /// Line breaks inside sentences: after 至 in the city window, in
        /// the middle of the cutoff dates and the title.
        breaks: bool,
        /// The year of the title in Chinese numerals.
        chinese_year: bool,
    }

    fn window_text(w: Window, form: u8) -> String {
        let (a, b) = (w.first, w.last);
        let weekday = |d: NaiveDate| {
            format!(
                "(星期{})",
                &dates::weekday_zh(d).chars().last().unwrap().to_string()
            )
        };
        if a == b {
            return format!("{}月{}日", a.month(), a.day());
        }
        let same_month = a.month() == b.month();
        match form {
            0 if same_month => format!("{}月{}至{}日", a.month(), a.day(), b.day()),
            2 if same_month => format!("{}月{}日—{}日", a.month(), a.day(), b.day()),
            3 => format!(
                "{}月{}日{}至{}月{}日{}",
                a.month(),
                a.day(),
                weekday(a),
                b.month(),
                b.day(),
                weekday(b)
            ),
            _ => format!("{}月{}日至{}月{}日", a.month(), a.day(), b.month(), b.day()),
        }
    }

    fn date_text(d: NaiveDate) -> String {
        format!("{}年{}月{}日", d.year(), d.month(), d.day())
    }

    fn chinese_year(year: i32) -> String {
        year.to_string()
            .chars()
            .map(|c| {
                "〇一二三四五六七八九"
                    .chars()
                    .nth(c.to_digit(10).unwrap() as usize)
                    .unwrap()
            })
            .collect()
    }

    /// The notice as the province would publish it, in `form`.
    fn write(n: &Notice, form: CopyForm) -> String {
        let br = if form.breaks { "\n" } else { "" };
        let year = if form.chinese_year {
            chinese_year(n.year)
        } else {
            n.year.to_string()
        };
        let title =
            format!("关于做好{year}年全省质量技术监督系列{br}专业技术任职资格评审安排的通知");
        let achievements = format!(
            "申报材料(包括业绩、论文、著作、成果、奖励等)的截止时间为{}年{br}{}月{}日",
            n.achievements_cutoff.year(),
            n.achievements_cutoff.month(),
            n.achievements_cutoff.day()
        );
        let seniority = format!("资历计算截止时间为{}", date_text(n.seniority_cutoff));
        let joint = if form.cutoffs_by_comma { "," } else { ";" };
        let city = window_text(n.city_window, form.window_form);
        let city = if form.breaks {
            city.replacen('至', "至\n", 1)
        } else {
            city
        };
        let timing = |t: &Timing| match t {
            Timing::Exact { date } => format!("定于{}", date_text(*date)),
            Timing::Period { month, part, .. } => {
                format!("拟定于{month}月{},具体时间另行通知", part.label())
            }
            Timing::Later => "另行通知".to_string(),
        };
        let text = format!(
            "{title}\n各市市场监督管理局,省直有关单位:\n\
             现将{}年全省工程系列质量技术监督行业专业技术资格评审工作有关事宜通知如下:\n\
             五、相关政策规定\n3.申报人员须如实填报相关材料。{achievements}{joint}{seniority},资历年份为周年。\n\
             六、申报流程\n(三)集中公示。公示时间不少于{}个工作日(从公示的第二天算起)。\n\
             七、时间安排及报卷地点\n报卷时间:省直有关单位{};\n各市市场监管局、各主管部门{city}。\n\
             报卷地点:{}。\n联 系 人:{}\n联系电话:{}\n传 真:{}\n\
             评审委员会例会时间{}。全省申报正高级工程师须参加答辩,答辩的具体时间{}。\n\
             辽宁省市场监督管理局\n{}\n",
            n.year,
            n.publicity_working_days,
            window_text(n.provincial_window, form.window_form),
            n.place,
            n.contact.name,
            n.contact.phone,
            n.contact.fax,
            timing(&n.committee_meeting),
            timing(&n.defense),
            date_text(n.issued),
        );
        if form.full_width {
            text.chars()
                .map(|c| match c {
                    '0'..='9' | '(' | ')' | ':' | ';' | ',' => {
                        char::from_u32(c as u32 + 0xFEE0).unwrap()
                    }
                    _ => c,
                })
                .collect()
        } else {
            text
        }
    }

    fn day_of(year: i32, ordinal: u32) -> NaiveDate {
        NaiveDate::from_yo_opt(year, ordinal).unwrap()
    }

    prop_compose! {
        /// A notice of any supported year with the 2024 notice's shape: the
        /// cutoff in summer, the provincial window after it, the cities'
        /// after that, the committee in autumn.
        fn any_notice()(
            year in 2025i32..=2098,
            cutoff in 150u32..=220,
            seniority_after in 0u32..=150,
            provincial_gap in 1u32..=10,
            provincial_len in 0u32..=3,
            city_gap in 1u32..=10,
            city_len in 0u32..=3,
            days in 1u32..=30,
            month in 9u32..=11,
            part in 0usize..3,
            defense_day in proptest::option::of(250u32..=330),
            issued in 120u32..=149,
            who in 0usize..3,
        ) -> Notice {
            let achievements_cutoff = day_of(year, cutoff);
            let provincial_first = achievements_cutoff + chrono::Days::new(provincial_gap.into());
            let provincial_last = provincial_first + chrono::Days::new(provincial_len.into());
            let city_first = provincial_last + chrono::Days::new(city_gap.into());
            let contacts = [
                ("史阔", "(024)96315-1-5113", "(024)86244536", "省市场监管局1009房间"),
                ("王明", "(024)86244536-8", "024-86244537", "沈阳市皇姑区北陵大街某号某室"),
                ("李华", "13912345678", "(0411)88881234", "省市场监督管理局职改办(1009室)"),
            ];
            let (name, phone, fax, place) = contacts[who];
            Notice {
                year,
                official: false,
                title: format!("关于做好{year}年全省质量技术监督系列专业技术任职资格评审安排的通知"),
                issued: day_of(year, issued),
                achievements_cutoff,
                seniority_cutoff: day_of(year, (cutoff + seniority_after).min(365)),
                publicity_working_days: days,
                provincial_window: Window { first: provincial_first, last: provincial_last },
                city_window: Window {
                    first: city_first,
                    last: city_first + chrono::Days::new(city_len.into()),
                },
                place: place.into(),
                contact: Contact {
                    name: name.into(),
                    phone: phone.into(),
                    tel: tel_uri(phone).unwrap(),
                    fax: fax.into(),
                },
                committee_meeting: Timing::Period {
                    year,
                    month,
                    part: [MonthPart::Early, MonthPart::Mid, MonthPart::Late][part],
                },
                defense: defense_day.map_or(Timing::Later, |o| Timing::Exact { date: day_of(year, o) }),
            }
        }
    }

    prop_compose! {
        fn any_form()(
            full_width: bool, cutoffs_by_comma: bool, window_form in 0u8..4, breaks: bool, chinese_year: bool,
        ) -> CopyForm {
            CopyForm { full_width, cutoffs_by_comma, window_form, breaks, chinese_year }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn a_notice_written_in_any_copy_form_reads_back_the_same(
            notice in any_notice(), form in any_form()
        ) {
            let text = write(&notice, form);
            let parsed = parse_evaluation_notice(&text).unwrap();
            prop_assert_eq!(&parsed.warnings, &vec![], "{}", text);
            // The title is kept as written, its year in numerals too.
            let mut expected = notice;
            if form.chinese_year {
                let year = expected.year;
                expected.title = expected.title.replace(&year.to_string(), &chinese_year(year));
            }
            prop_assert_eq!(parsed.to_notice(), Ok(expected), "{}", text);
        }

        /// Whatever is cut out of or put into the 2024 notice, the reader
        /// answers, and each field it reads quotes the pasted text as written.
        #[test]
        fn every_source_of_a_mutated_notice_is_quoted_from_it(
            cut in 0usize..3000, len in 0usize..80, insert in "\\PC{0,8}"
        ) {
            let chars: Vec<char> = NOTICE_2024.chars().collect();
            let start = cut.min(chars.len());
            let end = (start + len).min(chars.len());
            let mutated: String = chars[..start].iter().copied()
                .chain(insert.chars())
                .chain(chars[end..].iter().copied())
                .collect();
            if let Ok(parsed) = parse_evaluation_notice(&mutated) {
                prop_assert!(mutated.contains(&parsed.title.source));
                let sources = [
                    parsed.achievements_cutoff.as_ref().map(|f| &f.source),
                    parsed.seniority_cutoff.as_ref().map(|f| &f.source),
                    parsed.provincial_window.as_ref().map(|f| &f.source),
                    parsed.city_window.as_ref().map(|f| &f.source),
                    parsed.place.as_ref().map(|f| &f.source),
                    parsed.contact_phone.as_ref().map(|f| &f.source),
                ];
                for source in sources.into_iter().flatten() {
                    prop_assert!(mutated.contains(source.as_str()), "{}", source);
                }
                for warning in &parsed.warnings {
                    prop_assert!(mutated.contains(warning.source.as_str()));
                }
            }
        }
    }
}
