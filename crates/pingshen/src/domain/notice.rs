//! The evaluation notice as data.
//!
//! The 2024 notice (辽宁省市场监督管理局, 2024-05-29, 关于做好2024年全省质量技术监督
//! 系列专业技术任职资格评审安排的通知) is [`Notice::official_2024`]. Users start a
//! profile for another year from its projection
//! ([`rounds::project`](crate::domain::rounds::project)) and edit the dates;
//! such profiles are marked [`Notice::official`]` == false` everywhere.
//!
//! Dates the notice gives only roughly ("9月中旬", "另行通知") are typed as
//! [`Timing::Period`] or [`Timing::Later`], never faked as exact days.
//!
//! # Example
//!
//! ```
//! use pingshen::domain::notice::{Notice, UnitKind};
//! let notice = Notice::official_2024();
//! let window = notice.window(UnitKind::City);
//! assert_eq!(window.first.to_string(), "2024-08-07");
//! assert_eq!(window.last.to_string(), "2024-08-09");
//! ```

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::domain::dates;
use crate::domain::pasted::normal::normalize_char;
use serde::{Deserialize, Serialize};

crate::labelled_enum! {
    /// Who carries a unit's files to the province (「七、时间安排及报卷地点」).
    /// Stored as its [`code`](Self::code), which is also its URL name
    /// (`unit=`); its label is the short Chinese name.
    pub serde enum UnitKind {
        /// 省直有关单位: a provincial-level unit handing in directly (Aug 1–2 in 2024).
        Provincial = "provincial" => "省直有关单位",
        /// 各市市场监管局（含沈抚示范区）、各主管部门: a city bureau or competent
        /// department handing in for the units under it (Aug 7–9 in 2024).
        City = "city" => "市市场监管局（含沈抚示范区）/主管部门",
        /// 市内单位: a unit that hands its files to its city bureau, by a date
        /// the city sets.
        CityUnit = "city-unit" => "市内单位（向市局报送）",
    }
}

impl UnitKind {
    /// Whether the submission window is the unit's own: 省直有关单位 and
    /// city bureaus / competent departments send their files to the province
    /// in their window; a 市内单位's files go through its city bureau, whose
    /// window it is (「七、时间安排及报卷地点」).
    ///
    /// ```
    /// use pingshen::domain::notice::UnitKind;
    /// assert!(UnitKind::Provincial.has_own_window());
    /// assert!(!UnitKind::CityUnit.has_own_window());
    /// ```
    pub fn has_own_window(self) -> bool {
        self != UnitKind::CityUnit
    }

    /// The name on a choice, short enough for one line on a phone: who
    /// else belongs (沈抚示范区) is in [`UnitKind::explanation`], shown beside
    /// the choice.
    ///
    /// ```
    /// use pingshen::domain::notice::UnitKind;
    /// assert_eq!(UnitKind::City.choice_label(), "市市场监管局/主管部门");
    /// ```
    pub fn choice_label(self) -> &'static str {
        match self {
            UnitKind::City => "市市场监管局/主管部门",
            kind => kind.label(),
        }
    }

    /// Who belongs here, in plain words. Where the notice does not settle
    /// which window a unit uses (a 省直 unit whose files a competent
    /// department carries), it says so and names the notice's contact
    /// (「七、时间安排及报卷地点」) to ask.
    ///
    /// ```
    /// use pingshen::domain::notice::{Notice, UnitKind};
    /// let contact = Notice::official_2024().contact;
    /// let text = UnitKind::City.explanation(&contact);
    /// assert!(text.contains("通知没有写明"));
    /// assert!(text.contains("史阔"));
    /// ```
    pub fn explanation(self, contact: &Contact) -> String {
        match self {
            UnitKind::Provincial => {
                "省直事业单位、省属企业等，材料经主管部门盖章后由本单位直接报到省市场监管局。"
                    .into()
            }
            UnitKind::City => format!(
                "各市及沈抚示范区市场监管局，以及替所属单位统一报送材料的主管部门：汇总本系统申报人员，填报附件5（另附电子版）后报送。省直单位的材料由主管部门统一报送时按哪个报卷时间，通知没有写明，请向通知所列联系人{}（电话 {}）确认。",
                contact.name, contact.phone
            ),
            UnitKind::CityUnit => {
                "市内的用人单位：申报正高级工程师的材料先报到所在市的市场监管局，经市级市场监管、人社部门审核后由市局统一报省里，市局会另定收件日期，请填写该日期；申报副高级及以下的不报省里，由当地人社部门安排，以人社部门的通知为准。"
                    .into()
            }
        }
    }
}

crate::labelled_enum! {
    /// Part of a month, for dates the notice gives only roughly. Stored as
    /// its [`code`](Self::code): `early`, `mid`, `late`.
    pub serde enum MonthPart {
        /// 上旬: days 1–10.
        Early = "early" => "上旬",
        /// 中旬: days 11–20.
        Mid = "mid" => "中旬",
        /// 下旬: day 21 to the month's end.
        Late = "late" => "下旬",
    }
}

impl MonthPart {
    /// The part of the month a day falls in (上旬 1–10, 中旬 11–20, 下旬 21–).
    ///
    /// ```
    /// use pingshen::domain::notice::MonthPart;
    /// assert_eq!(MonthPart::of_day(29), MonthPart::Late);
    /// assert_eq!(MonthPart::of_day(11), MonthPart::Mid);
    /// ```
    pub fn of_day(day: u32) -> Self {
        match day {
            0..=10 => MonthPart::Early,
            11..=20 => MonthPart::Mid,
            _ => MonthPart::Late,
        }
    }
}

/// When something happens, as exactly as the notice says. Stored
/// externally tagged: `"later"`, `{"exact":{"date":…}}` or
/// `{"period":{"year":…,"month":…,"part":…}}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Timing {
    /// A known day.
    Exact {
        /// The day.
        #[serde(deserialize_with = "crate::domain::dates::ymd")]
        date: NaiveDate,
    },
    /// A part of a month, e.g. 9月中旬.
    Period {
        /// The year.
        year: i32,
        /// The month, 1–12.
        month: u32,
        /// Which ten days or so of the month.
        part: MonthPart,
    },
    /// 另行通知: to be announced.
    Later,
}

impl Timing {
    /// The first and last day the timing can mean, if known at all.
    pub fn span(&self) -> Option<(NaiveDate, NaiveDate)> {
        match *self {
            Timing::Exact { date } => Some((date, date)),
            Timing::Period { year, month, part } => {
                let (first, last) = match part {
                    MonthPart::Early => (1, 10),
                    MonthPart::Mid => (11, 20),
                    MonthPart::Late => (21, days_in_month(year, month)?),
                };
                Some((
                    NaiveDate::from_ymd_opt(year, month, first)?,
                    NaiveDate::from_ymd_opt(year, month, last)?,
                ))
            }
            Timing::Later => None,
        }
    }

    /// In Chinese, e.g. `2024年9月中旬（具体时间另行通知）`.
    pub fn text(&self) -> String {
        match self {
            Timing::Exact { date } => dates::long_zh(*date),
            Timing::Period { year, month, part } => {
                format!("{year}年{month}月{}（具体时间另行通知）", part.label())
            }
            Timing::Later => "另行通知".into(),
        }
    }
}

fn days_in_month(year: i32, month: u32) -> Option<u32> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = first.checked_add_months(chrono::Months::new(1))?;
    Some((next - first).num_days() as u32)
}

/// A submission window: first and last day, both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    /// The first day files are taken.
    #[serde(deserialize_with = "crate::domain::dates::ymd")]
    pub first: NaiveDate,
    /// The last day files are taken.
    #[serde(deserialize_with = "crate::domain::dates::ymd")]
    pub last: NaiveDate,
}

/// The person to call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// 联系人.
    pub name: String,
    /// As printed in the notice, e.g. `(024)96315-1-5113`.
    pub phone: String,
    /// A `tel:` URI that dials it: the line, a pause, then the extension.
    pub tel: String,
    /// 传真, as printed.
    pub fax: String,
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
/// use pingshen::domain::notice::tel_uri;
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

/// One year's evaluation notice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    /// The year of the round (the year of the windows and cutoffs).
    pub year: i32,
    /// `true` only for notices shipped with the app.
    pub official: bool,
    /// The notice's title.
    pub title: String,
    /// The day the notice was issued.
    #[serde(deserialize_with = "crate::domain::dates::ymd")]
    pub issued: NaiveDate,
    /// 「五、相关政策规定」3: achievements count up to this day.
    #[serde(deserialize_with = "crate::domain::dates::ymd")]
    pub achievements_cutoff: NaiveDate,
    /// 「五、相关政策规定」3: seniority counts in full years up to this day.
    #[serde(deserialize_with = "crate::domain::dates::ymd")]
    pub seniority_cutoff: NaiveDate,
    /// 「六、申报流程」(三): the publicity lasts at least this many working days.
    pub publicity_working_days: u32,
    /// 「七、时间安排及报卷地点」: 省直有关单位.
    pub provincial_window: Window,
    /// 「七、时间安排及报卷地点」: 各市市场监管局、各主管部门.
    pub city_window: Window,
    /// 报卷地点.
    pub place: String,
    /// 「七、时间安排及报卷地点」: 联系人, 联系电话, 传真.
    pub contact: Contact,
    /// 评审委员会例会.
    pub committee_meeting: Timing,
    /// 答辩.
    pub defense: Timing,
}

/// Why a profile cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeError {
    /// The year is outside [`dates::SUPPORTED_YEARS`] (2000–2099).
    Year(i32),
    /// The named window ends before it opens.
    WindowOrder(&'static str),
    /// The named window or cutoff lies outside the notice's year.
    OutsideYear(&'static str),
    /// The publicity's working days are not between 1 and 30.
    PublicityDays(u32),
    /// The named field is blank.
    Empty(&'static str),
    /// A window opens before the day achievements stop counting.
    WindowBeforeCutoff(&'static str),
    /// A phone number that cannot be dialled as written.
    Phone(String),
}

impl fmt::Display for NoticeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Year(y) => write!(f, "年份 {y} 不在 2000–2099 之间"),
            Self::WindowOrder(w) => write!(f, "{w}的结束日早于开始日"),
            Self::OutsideYear(what) => write!(f, "{what}不在该年度内"),
            Self::PublicityDays(n) => write!(f, "公示工作日数 {n} 须在 1 到 30 之间"),
            Self::Empty(what) => write!(f, "{what}不能为空"),
            Self::WindowBeforeCutoff(w) => write!(
                f,
                "{w}早于申报材料截止日：报卷不会在业绩截止之前开始，请核对通知"
            ),
            Self::Phone(p) => write!(
                f,
                "联系电话“{}”无法识别，请按通知写，例如 (024)96315-1-5113",
                dates::shorten(p)
            ),
        }
    }
}

impl std::error::Error for NoticeError {}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a fixed date of the notice")
}

impl Notice {
    /// Every notice shipped with the app, by year (the official rounds).
    pub fn official_notices() -> &'static [Notice] {
        static OFFICIAL: std::sync::OnceLock<Vec<Notice>> = std::sync::OnceLock::new();
        OFFICIAL.get_or_init(|| vec![Notice::official_2024()])
    }

    /// The 2024 notice, transcribed.
    pub fn official_2024() -> Self {
        Notice {
            year: 2024,
            official: true,
            title: "关于做好2024年全省质量技术监督系列专业技术任职资格评审安排的通知".into(),
            issued: date(2024, 5, 29),
            achievements_cutoff: date(2024, 7, 31),
            seniority_cutoff: date(2024, 12, 31),
            publicity_working_days: 5,
            provincial_window: Window {
                first: date(2024, 8, 1),
                last: date(2024, 8, 2),
            },
            city_window: Window {
                first: date(2024, 8, 7),
                last: date(2024, 8, 9),
            },
            place: "省市场监管局1009房间".into(),
            contact: Contact {
                name: "史阔".into(),
                phone: "(024)96315-1-5113".into(),
                tel: "tel:+862496315,1,5113".into(),
                fax: "(024)86244536".into(),
            },
            committee_meeting: Timing::Period {
                year: 2024,
                month: 9,
                part: MonthPart::Mid,
            },
            defense: Timing::Later,
        }
    }

    /// The submission window of a unit kind. A 市内单位 hands in through its
    /// city bureau, so the bureau's window is the one that applies upstream.
    pub fn window(&self, unit: UnitKind) -> Window {
        match unit {
            UnitKind::Provincial => self.provincial_window,
            UnitKind::City | UnitKind::CityUnit => self.city_window,
        }
    }

    /// Checks a (user-edited) profile.
    ///
    /// # Errors
    ///
    /// The first [`NoticeError`] found.
    pub fn validate(&self) -> Result<(), NoticeError> {
        if !dates::SUPPORTED_YEARS.contains(&self.year) {
            return Err(NoticeError::Year(self.year));
        }
        if !(1..=30).contains(&self.publicity_working_days) {
            return Err(NoticeError::PublicityDays(self.publicity_working_days));
        }
        for (w, name) in [
            (self.provincial_window, "省直单位报卷时间"),
            (self.city_window, "市局/主管部门报卷时间"),
        ] {
            if w.last < w.first {
                return Err(NoticeError::WindowOrder(name));
            }
            if w.first.year() != self.year || w.last.year() != self.year {
                return Err(NoticeError::OutsideYear(name));
            }
        }
        if self.achievements_cutoff.year() != self.year {
            return Err(NoticeError::OutsideYear("申报材料截止日"));
        }
        if self.seniority_cutoff.year() != self.year {
            return Err(NoticeError::OutsideYear("资历计算截止日"));
        }
        if self.place.trim().is_empty() {
            return Err(NoticeError::Empty("报卷地点"));
        }
        Ok(())
    }

    /// Checks a profile as the user enters it: [`Notice::validate`] (which
    /// every stored profile passes, so old documents keep loading), and
    /// also a title, a contact, a phone that can be dialled, and windows
    /// that do not open before the achievements cutoff.
    ///
    /// # Errors
    ///
    /// The first [`NoticeError`] found.
    pub fn validate_entry(&self) -> Result<(), NoticeError> {
        self.validate()?;
        for (w, name) in [
            (self.provincial_window, "省直单位报卷时间"),
            (self.city_window, "市局/主管部门报卷时间"),
        ] {
            if w.first < self.achievements_cutoff {
                return Err(NoticeError::WindowBeforeCutoff(name));
            }
        }
        for (value, what) in [(&self.title, "通知标题"), (&self.contact.name, "联系人")] {
            if value.trim().is_empty() {
                return Err(NoticeError::Empty(what));
            }
        }
        if tel_uri(&self.contact.phone).is_none() {
            return Err(NoticeError::Phone(self.contact.phone.clone()));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The notice gives 省直有关单位 8月1至2日 and 各市市场监管局、各主管部门
    /// 8月7至9日 (「七、时间安排及报卷地点」) and says nothing of a 省直 unit
    /// whose competent department carries its files: the help must not
    /// settle it, but name the notice's contact (史阔, (024)96315-1-5113).
    #[test]
    fn the_unit_help_does_not_settle_what_the_notice_leaves_open() {
        let contact = Notice::official_2024().contact;
        for &kind in UnitKind::ALL {
            let text = kind.explanation(&contact);
            assert!(!text.contains("也按此窗口"), "{kind:?}: {text}");
        }
        let city = UnitKind::City.explanation(&contact);
        for part in ["通知没有写明", "史阔", "(024)96315-1-5113", "确认"] {
            assert!(city.contains(part), "{part}: {city}");
        }
    }

    #[test]
    fn the_2024_notice_as_transcribed() {
        let n = Notice::official_2024();
        assert!(n.official);
        assert_eq!(n.issued, date(2024, 5, 29));
        assert_eq!(n.achievements_cutoff, date(2024, 7, 31));
        assert_eq!(n.seniority_cutoff, date(2024, 12, 31));
        assert_eq!(n.publicity_working_days, 5);
        assert_eq!(n.window(UnitKind::Provincial).first, date(2024, 8, 1));
        assert_eq!(n.window(UnitKind::Provincial).last, date(2024, 8, 2));
        assert_eq!(n.window(UnitKind::City).first, date(2024, 8, 7));
        assert_eq!(n.window(UnitKind::CityUnit).last, date(2024, 8, 9));
        assert_eq!(n.contact.tel, "tel:+862496315,1,5113");
        assert!(n.place.contains("1009"));
        assert_eq!(
            n.committee_meeting.span(),
            Some((date(2024, 9, 11), date(2024, 9, 20)))
        );
        assert_eq!(n.defense.span(), None);
        assert!(n.validate().is_ok());
    }

    #[test]
    fn unit_codes_round_trip() {
        for &kind in UnitKind::ALL {
            assert_eq!(UnitKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(UnitKind::from_code("county"), None);
    }

    #[test]
    fn timings() {
        let late_feb = Timing::Period {
            year: 2025,
            month: 2,
            part: MonthPart::Late,
        };
        assert_eq!(
            late_feb.span(),
            Some((date(2025, 2, 21), date(2025, 2, 28)))
        );
        let mid = Timing::Period {
            year: 2024,
            month: 9,
            part: MonthPart::Mid,
        };
        assert_eq!(mid.text(), "2024年9月中旬（具体时间另行通知）");
        assert_eq!(Timing::Later.text(), "另行通知");
    }

    #[test]
    fn invalid_profiles_are_rejected() {
        let mut n = crate::domain::rounds::project(
            &Notice::official_2024(),
            2025,
            &crate::domain::calendar::Calendar::official(),
        );
        n.city_window.last = date(2025, 8, 1);
        assert!(n.validate().unwrap_err().to_string().contains("早于"));
        let mut n = crate::domain::rounds::project(
            &Notice::official_2024(),
            2025,
            &crate::domain::calendar::Calendar::official(),
        );
        n.provincial_window.first = date(2024, 8, 1);
        assert!(n.validate().unwrap_err().to_string().contains("不在该年度"));
        let mut n = crate::domain::rounds::project(
            &Notice::official_2024(),
            2025,
            &crate::domain::calendar::Calendar::official(),
        );
        n.publicity_working_days = 0;
        assert!(n.validate().is_err());
        let mut n = crate::domain::rounds::project(
            &Notice::official_2024(),
            2025,
            &crate::domain::calendar::Calendar::official(),
        );
        n.place = "  ".into();
        assert!(n.validate().is_err());
        let mut n = crate::domain::rounds::project(
            &Notice::official_2024(),
            2025,
            &crate::domain::calendar::Calendar::official(),
        );
        n.city_window.first = date(2025, 7, 30);
        assert!(
            n.validate().is_ok(),
            "stored profiles of old versions still load"
        );
        assert!(n
            .validate_entry()
            .unwrap_err()
            .to_string()
            .contains("早于申报材料截止日"));
        let mut n = crate::domain::rounds::project(
            &Notice::official_2024(),
            2025,
            &crate::domain::calendar::Calendar::official(),
        );
        n.contact.phone = "打电话给史阔".into();
        assert!(n
            .validate_entry()
            .unwrap_err()
            .to_string()
            .contains("无法识别"));
        assert!(Notice::official_2024().validate_entry().is_ok());
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
}
