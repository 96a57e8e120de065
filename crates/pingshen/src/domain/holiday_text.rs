//! Reading the State Council's holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知)
//! as people paste it.
//!
//! The text may come from the government site, a news page or a chat app:
//! full-width or half-width digits and punctuation (`，：（）` or `,:()`), 星期X,
//! 周X or no weekday, annotations such as 「（农历除夕、周二）」, stray spaces and
//! line breaks in the middle of a sentence or of the title, items numbered
//! 一、二、…, （一）… or not numbered at all, a make-up day written before or
//! after the days off, with or without the title, with the page's furniture
//! around it (document number 国办发明电〔2025〕7号, a news dateline 「新华社北京
//! 11月12日电」, the newspaper's page date 「《人民日报》（2024年11月13日 第01版）」).
//!
//! The rules, in the order they are applied:
//!
//! 1. The text is refused before any work if it is empty or longer than
//!    [`MAX_CHARS`] characters.
//! 2. Every character is normalised: full-width digits and punctuation become
//!    half-width, every dash (—, –, －, ~, …) becomes `-`, whitespace is dropped.
//!    `至`, `到` and `-` between two dates make a range.
//! 3. The title is 「…关于YYYY年部分节假日安排的通知」 on one line or split over
//!    up to three short lines, which are joined. The year comes from the title;
//!    if there is no title (or it has no year) from the body: 「现将YYYY年…」,
//!    else 「YYYY年部分节假日」 or 「YYYY年」 before a holiday's name. YYYY is four
//!    digits or four Chinese numerals (二〇二七, 二○二七, 二零二七). A document
//!    number (〔2025〕: the year of issue) and a date (a page or issue date)
//!    are never the year. With no year anywhere the text is refused and the
//!    user is asked for the title line.
//! 4. A line that holds only a date (the issue date, `发布日期：…`, the issuing
//!    body followed by the date, the page date) is not a holiday item, unless
//!    the next line goes on with its sentence (「…上班」). A news dateline
//!    (「新华社北京11月12日电」) at the start of a line is dropped.
//! 5. Each item starts at its heading (「二、春节：」, numbered or not); its days
//!    carry that holiday's name.
//! 6. In each sentence, a clause with 「放假」 or 「补休」 gives days off (every
//!    date of a range, weekends included), a clause with 「上班」 gives make-up
//!    working days. Clauses such as 「…为法定节假日」, 「…公休日调至…」,
//!    「…照常公休」, 「不调休」, 「与周末连休」 explain the days and change none;
//!    sentences of advice (「鼓励…」) change none either. A sentence with a
//!    date that none of these rules reads is returned as unread, quoted.
//! 7. A date without a year takes the year written for the same month earlier
//!    in the item, else the notice's year; a day without a month takes the
//!    month (and year) of the date before it. A range that would run backwards
//!    crosses the year end (「12月30日至1月1日」 in the 2019 notice is
//!    2018-12-30 … 2019-01-01).
//!
//! What the text says is checked, never corrected: a weekday that does not
//! match its date, 「共N天」 that does not match the days counted, a make-up
//! day on a Monday–Friday and a date stated twice with different meanings are
//! [`HolidayWarning`]s.
//!
//! # Example
//!
//! ```
//! use pingshen::domain::holiday_text::parse_holiday_notice;
//!
//! let text = "国务院办公厅关于2025年部分节假日安排的通知\n\
//!             一、元旦：1月1日（周三）放假1天，不调休。\n\
//!             三、清明节：4月4日（周五）至6日（周日）放假，共3天。\n\
//!             国务院办公厅\n2024年11月12日";
//! let notice = parse_holiday_notice(text).unwrap();
//! assert_eq!(notice.year, 2025);
//! assert_eq!(notice.days.len(), 4);
//! assert_eq!(notice.days[1].date.to_string(), "2025-04-04");
//! assert_eq!(notice.days[1].holiday, "清明节");
//! assert!(notice.unread.is_empty() && notice.warnings.is_empty());
//! ```

#![deny(missing_docs)]

use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::domain::calendar::{ScheduleError, SpecialDay, UserOrigin, YearSchedule};
use crate::domain::dates::{self, SUPPORTED_YEARS};
use crate::domain::order;
use crate::domain::text::year_before;

/// The longest text accepted, in characters. A real notice has about 1 000;
/// anything much longer is not one notice, and is refused before it is read.
pub const MAX_CHARS: usize = 200_000;

/// The holidays the State Council's notice names, longest first so that a
/// heading is matched by its whole name.
const HOLIDAY_NAMES: [&str; 7] = [
    "中秋节",
    "国庆节",
    "清明节",
    "劳动节",
    "端午节",
    "元旦",
    "春节",
];

/// The longest range a single item can state. The longest holiday so far
/// (春节 2026, 国庆节 2008 with 中秋节) is 9 days; anything past a month is a
/// misreading, not a holiday.
const MAX_RANGE_DAYS: i64 = 31;

/// One day the pasted notice states.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedDay {
    /// The day.
    pub date: NaiveDate,
    /// `true`: a day off (放假/补休); `false`: a make-up working day (上班).
    pub off: bool,
    /// The holiday of the item it is in, e.g. `春节` or `国庆节、中秋节`; empty
    /// for a text without item headings.
    pub holiday: String,
    /// The sentence it came from, as written.
    pub source: String,
}

/// Something the text says that does not add up. It does not stop the
/// reading: the user decides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HolidayWarning {
    /// The weekday written next to a date is not that date's weekday.
    WeekdayMismatch {
        /// The date as read.
        date: NaiveDate,
        /// As written, e.g. `星期六`.
        written: String,
        /// The sentence, as written.
        source: String,
    },
    /// 「共N天」 or 「放假N天」 differs from the days the sentence gives off.
    DayCountMismatch {
        /// The N of 「共N天」.
        stated: u32,
        /// The days off the sentence lists.
        counted: usize,
        /// The sentence, as written.
        source: String,
    },
    /// A make-up working day on a Monday–Friday (they are always weekends).
    MakeUpOnWeekday {
        /// The Monday–Friday said to be worked.
        date: NaiveDate,
        /// The sentence, as written.
        source: String,
    },
    /// The same date is stated once as a day off and once as a working day.
    Contradiction {
        /// The date stated both ways.
        date: NaiveDate,
        /// The sentence of the second statement, as written.
        source: String,
    },
}

impl fmt::Display for HolidayWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::WeekdayMismatch {
                date,
                written,
                source,
            } => write!(
                f,
                "“{}”中 {} 写作“{written}”，但这一天是{}",
                dates::shorten(source),
                date_zh(*date),
                weekday_long(*date)
            ),
            Self::DayCountMismatch {
                stated,
                counted,
                source,
            } => write!(
                f,
                "“{}”写共 {stated} 天，但列出的放假日是 {counted} 天",
                dates::shorten(source)
            ),
            Self::MakeUpOnWeekday { date, source } => write!(
                f,
                "“{}”中的调休上班日 {} 是{}（调休上班只会落在周六或周日）",
                dates::shorten(source),
                date_zh(*date),
                weekday_long(*date)
            ),
            Self::Contradiction { date, source } => write!(
                f,
                "{} 既被写成放假又被写成上班（见“{}”）",
                date_zh(*date),
                dates::shorten(source)
            ),
        }
    }
}

/// Why a pasted text was not read as the State Council's holiday notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HolidayTextError {
    /// Nothing was pasted.
    Empty,
    /// Longer than [`MAX_CHARS`] characters (`chars` is at least that).
    TooLong {
        /// How long the text is, at least.
        chars: usize,
    },
    /// No title line 「国务院办公厅关于YYYY年部分节假日安排的通知」, and no year
    /// in the body either (「现将YYYY年…」).
    MissingTitle,
    /// A title without a year before 「年部分节假日安排」 (four digits or four
    /// Chinese numerals), and no year in the body either.
    MissingYear {
        /// The title found.
        title: String,
    },
    /// Another kind of text: a province's or a city's notice, another
    /// notice, or a title with no holiday in the text.
    NotStateCouncilNotice {
        /// The title of what was pasted instead (empty if it has none).
        title: String,
    },
    /// A year outside 2000–2099.
    YearOutOfRange(i32),
    /// The text names holidays but no day could be read.
    NoDays,
}

impl fmt::Display for HolidayTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "没有粘贴内容：请粘贴国务院办公厅关于部分节假日安排的通知全文"),
            Self::TooLong { chars } => write!(
                f,
                "粘贴的内容太长（超过 {} 字，实际约 {chars} 字）：请只粘贴节假日安排通知本身",
                MAX_CHARS
            ),
            Self::MissingTitle => write!(
                f,
                "没有找到通知标题，正文中也没有“现将YYYY年……”：请连同标题一行（国务院办公厅关于YYYY年部分节假日安排的通知）一起粘贴"
            ),
            Self::MissingYear { title } => write!(
                f,
                "标题“{}”中没有找到年份，正文中也没有“现将YYYY年……”",
                dates::shorten(title)
            ),
            Self::NotStateCouncilNotice { title } if title.is_empty() => {
                write!(f, "这不是国务院办公厅关于部分节假日安排的通知")
            }
            Self::NotStateCouncilNotice { title } => write!(
                f,
                "“{}”不是国务院办公厅关于部分节假日安排的通知（地方转发或其他通知请改贴国务院办公厅原文）",
                dates::shorten(title)
            ),
            Self::YearOutOfRange(year) => write!(
                f,
                "通知的年份 {year} 不在 {}–{} 之间",
                SUPPORTED_YEARS.start(),
                SUPPORTED_YEARS.end()
            ),
            Self::NoDays => write!(f, "通知中没有读到任何放假或上班日期"),
        }
    }
}

impl std::error::Error for HolidayTextError {}

/// What the items of a notice say, without the title.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedItems {
    /// Every day stated, in the order of the text: each date of a range and
    /// each make-up day. A date stated twice with the same meaning is kept
    /// once.
    pub days: Vec<ParsedDay>,
    /// Sentences with a date that could not be interpreted, as written.
    pub unread: Vec<String>,
    /// What does not add up; it does not stop the reading.
    pub warnings: Vec<HolidayWarning>,
}

/// Where the year of a pasted notice was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearFrom {
    /// The title 「国务院办公厅关于YYYY年部分节假日安排的通知」.
    Title,
    /// The body (「现将YYYY年元旦、春节……」), the text having no title or a
    /// title without a year.
    Body,
}

/// The pasted notice, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedHolidayNotice {
    /// The year of the schedule: the title's, else the body's (see
    /// [`Self::year_from`]).
    pub year: i32,
    /// Where [`Self::year`] was read.
    pub year_from: YearFrom,
    /// The title, normalised (half-width digits, no spaces, joined if it was
    /// split over lines); empty if the text has none.
    pub title: String,
    /// As [`ParsedItems::days`]; may include days of the neighbouring year
    /// (2018-12-30 in the 2019 notice).
    pub days: Vec<ParsedDay>,
    /// As [`ParsedItems::unread`].
    pub unread: Vec<String>,
    /// As [`ParsedItems::warnings`].
    pub warnings: Vec<HolidayWarning>,
}

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
    /// The days as a user-supplied schedule for [`Self::year`]
    /// (via [`YearSchedule::user`]); days of the neighbouring year are kept,
    /// as holiday-cn files keep them. What the warnings point at does not
    /// block saving: a "make-up" working day on a weekday changes nothing (a
    /// weekday is worked anyway) and is left out, and where the text states
    /// one date twice the first statement counts, as in [`Self::working_days`].
    ///
    /// # Errors
    ///
    /// [`ScheduleError`] only for what the checks above cannot mend (a year
    /// outside 2000–2099).
    pub fn to_schedule(&self) -> Result<YearSchedule, ScheduleError> {
        let mut seen = std::collections::BTreeSet::new();
        YearSchedule::user(
            self.year,
            UserOrigin::PastedNotice,
            self.days
                .iter()
                .filter(|day| {
                    day.off
                        || matches!(
                            day.date.weekday(),
                            chrono::Weekday::Sat | chrono::Weekday::Sun
                        )
                })
                .filter(|day| seen.insert(day.date))
                .map(|day| {
                    (
                        day.date,
                        SpecialDay {
                            name: day.holiday.clone(),
                            off: day.off,
                        },
                    )
                }),
        )
    }

    /// How many working days [`Self::year`] has with these days applied to a
    /// Monday–Friday week. Where the text contradicts itself the first
    /// statement counts.
    pub fn working_days(&self) -> usize {
        let Some(first) = NaiveDate::from_ymd_opt(self.year, 1, 1) else {
            return 0;
        };
        first
            .iter_days()
            .take_while(|d| d.year() == self.year)
            .filter(
                |date| match self.days.iter().find(|day| day.date == *date) {
                    Some(day) => !day.off,
                    None => !is_weekend(*date),
                },
            )
            .count()
    }

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

/// Reads a whole pasted notice: title (if any), items, signature. The year is
/// the title's, else the body's 「现将YYYY年…」 (see the module's rule 3).
///
/// # Errors
///
/// A [`HolidayTextError`]: empty or too long text, no year in the title nor in
/// the body, another kind of notice, a year outside 2000–2099, or no day at
/// all.
///
/// # Example
///
/// ```
/// use pingshen::domain::holiday_text::{parse_holiday_notice, HolidayTextError, YearFrom};
///
/// let text = "国务院办公厅关于２０１９年部分节假日安排的通知\n\
///             一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。\n\
///             2018年12月29日（星期六）上班。";
/// let notice = parse_holiday_notice(text).unwrap();
/// assert_eq!(notice.year, 2019);
/// assert_eq!(notice.days[0].date.to_string(), "2018-12-30");
/// assert!(!notice.days[3].off); // 2018-12-29 worked
///
/// // Pasted without the title, after the document number (the year of issue):
/// // the year is the body's.
/// let text = "国办发明电〔2025〕7号\n\
///             经国务院批准，现将2026年元旦、春节……放假调休日期的具体安排通知如下。\n\
///             一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。";
/// let notice = parse_holiday_notice(text).unwrap();
/// assert_eq!((notice.year, notice.year_from), (2026, YearFrom::Body));
/// assert_eq!(notice.days.len(), 4);
///
/// assert_eq!(parse_holiday_notice("1月1日放假。"), Err(HolidayTextError::MissingTitle));
/// ```
pub fn parse_holiday_notice(text: &str) -> Result<ParsedHolidayNotice, HolidayTextError> {
    check_size(text).map_err(|e| match e {
        SizeError::Empty => HolidayTextError::Empty,
        SizeError::TooLong(chars) => HolidayTextError::TooLong { chars },
    })?;
    let lines = normalized_lines(text);
    let (title, title_year, body_start) = match find_title(&lines) {
        Some(found) if found.not_state_council => {
            return Err(HolidayTextError::NotStateCouncilNotice { title: found.title });
        }
        Some(found) => (found.title, found.year, found.next_line),
        None => {
            if let Some(title) = other_notice_title(&lines) {
                return Err(HolidayTextError::NotStateCouncilNotice { title });
            }
            (String::new(), None, 0)
        }
    };
    let body = &lines[body_start.min(lines.len())..];
    let (year, year_from) = match (title_year, body_year(body)) {
        (Some(year), _) => (year, YearFrom::Title),
        (None, Some(year)) => (year, YearFrom::Body),
        (None, None) if title.is_empty() => return Err(HolidayTextError::MissingTitle),
        (None, None) => return Err(HolidayTextError::MissingYear { title }),
    };
    if !SUPPORTED_YEARS.contains(&year) {
        return Err(HolidayTextError::YearOutOfRange(year));
    }
    let items = parse_lines(year, text, body);
    if items.days.is_empty() {
        let names_a_holiday = body.iter().any(|line| {
            let line = line_text(line);
            HOLIDAY_NAMES.iter().any(|name| line.contains(name))
        });
        return Err(if names_a_holiday {
            HolidayTextError::NoDays
        } else {
            HolidayTextError::NotStateCouncilNotice { title }
        });
    }
    Ok(ParsedHolidayNotice {
        year,
        year_from,
        title,
        days: items.days,
        unread: items.unread,
        warnings: items.warnings,
    })
}

/// Reads item sentences on their own, with `year` as the year of the notice
/// they belong to (the title is not needed and not looked for). The full
/// notice is read by the same rules ([`parse_holiday_notice`]). Empty or too
/// long text (over [`MAX_CHARS`]) gives nothing.
///
/// # Example
///
/// ```
/// use pingshen::domain::holiday_text::parse_items;
///
/// let items = parse_items(2016, "5月1日放假，5月2日（星期一）补休。");
/// let days: Vec<String> = items.days.iter().map(|d| d.date.to_string()).collect();
/// assert_eq!(days, ["2016-05-01", "2016-05-02"]);
/// assert!(items.days.iter().all(|d| d.off));
/// ```
pub fn parse_items(year: i32, text: &str) -> ParsedItems {
    if check_size(text).is_err() {
        return ParsedItems::default();
    }
    parse_lines(year, text, &normalized_lines(text))
}

// ---------------------------------------------------------------------------
// Normalised text, shared with `notice_text`.

/// Why a text is refused before it is read.
pub(crate) enum SizeError {
    Empty,
    TooLong(usize),
}

/// Refuses empty and too long text. A text of more than `4 × MAX_CHARS`
/// bytes has more than `MAX_CHARS` characters whatever they are (UTF-8 uses
/// at most 4 bytes a character), so it is refused without counting: 10 MB
/// are turned away at once.
pub(crate) fn check_size(text: &str) -> Result<(), SizeError> {
    if text.len() > 4 * MAX_CHARS {
        return Err(SizeError::TooLong(text.len() / 4));
    }
    let chars = text.chars().count();
    if chars > MAX_CHARS {
        return Err(SizeError::TooLong(chars));
    }
    if text.trim().is_empty() {
        return Err(SizeError::Empty);
    }
    Ok(())
}

/// A character of the normalised text and where it was in the pasted text
/// (byte offsets), so that a sentence can be quoted as written.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NormalChar {
    pub c: char,
    pub start: usize,
    pub end: usize,
}

/// The normalised form of one character; `None` for whitespace, which
/// carries no meaning in Chinese text and is dropped.
pub(crate) fn normalize_char(c: char) -> Option<char> {
    if c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}') {
        return None;
    }
    Some(match c {
        // Dashes and tildes of every width: one range mark.
        '—' | '–' | '‐' | '‑' | '‒' | '―' | '−' | '－' | '~' | '～' | '〜' => '-',
        '｡' => '。',
        // The full-width forms of ASCII (０-９, （）, ：, ，, ；, …).
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    })
}

/// The pasted text as normalised lines.
pub(crate) fn normalized_lines(text: &str) -> Vec<Vec<NormalChar>> {
    let mut lines = vec![Vec::new()];
    for (start, c) in text.char_indices() {
        if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
            if lines.last().is_some_and(|l| !l.is_empty()) {
                lines.push(Vec::new());
            }
            continue;
        }
        if let Some(n) = normalize_char(c) {
            if let Some(line) = lines.last_mut() {
                line.push(NormalChar {
                    c: n,
                    start,
                    end: start + c.len_utf8(),
                });
            }
        }
    }
    lines.retain(|l| !l.is_empty());
    lines
}

pub(crate) fn line_text(line: &[NormalChar]) -> String {
    line.iter().map(|n| n.c).collect()
}

/// The pasted text of a run of normalised characters, as written.
pub(crate) fn original<'a>(text: &'a str, chars: &[NormalChar]) -> &'a str {
    match (chars.first(), chars.last()) {
        (Some(first), Some(last)) => text.get(first.start..last.end).unwrap_or("").trim(),
        _ => "",
    }
}

// ---------------------------------------------------------------------------
// The title.

struct FoundTitle {
    title: String,
    year: Option<i32>,
    /// Issued by a province, a city or a department, or forwarded (转发).
    not_state_council: bool,
    /// The first line after the title.
    next_line: usize,
}

const TITLE_MARK: &str = "年部分节假日安排";
const ISSUER: &str = "国务院办公厅";
/// A title is at most this many lines (web pages break it where the column
/// ends: 「国务院办公厅\n关于2025年部分节假日\n安排的通知」).
const TITLE_LINES: usize = 3;
/// A line longer than this is a sentence, not a piece of a title.
const TITLE_PART_CHARS: usize = 40;

/// The title: a line, or up to [`TITLE_LINES`] short lines joined, holding
/// 「关于…年部分节假日安排…」. A body sentence such as 「现将2025年部分节假日安排
/// 通知如下」 has no 「关于」 and is not a title.
fn find_title(lines: &[Vec<NormalChar>]) -> Option<FoundTitle> {
    for i in 0..lines.len() {
        let mut text = String::new();
        for k in 0..TITLE_LINES {
            let Some(line) = lines.get(i + k) else {
                break;
            };
            let part = line_text(line);
            if k > 0 && (part.contains('。') || part.chars().count() > TITLE_PART_CHARS) {
                break;
            }
            text.push_str(&part);
            let Some(mark) = text.find(TITLE_MARK) else {
                // Only a title's beginning goes on on the next line.
                let short = text.chars().count() <= TITLE_PART_CHARS;
                if short && (text.contains("关于") || text.ends_with(ISSUER)) {
                    continue;
                }
                break;
            };
            if !text[..mark].contains("关于") {
                break;
            }
            let mut next_line = i + k + 1;
            // 「…部分节假日安排的\n通知」: the end on the next line.
            if !text[mark..].contains("通知") {
                if let Some(next) = lines.get(next_line).map(|l| line_text(l)) {
                    if next.starts_with("通知") || next.starts_with("的通知") {
                        text.push_str(&next);
                        next_line += 1;
                    }
                }
            }
            return Some(read_title(&text, next_line));
        }
    }
    None
}

fn read_title(text: &str, next_line: usize) -> FoundTitle {
    let mark = text.find(TITLE_MARK).unwrap_or(0);
    let before: Vec<char> = text[..mark].chars().collect();
    let year = year_before(&before, before.len());
    let digits = if year.is_some() { 4 } else { 0 };
    let about = text[..mark].rfind("关于");
    let issuer = &text[..about.unwrap_or(mark)];
    let start = match about {
        Some(about) if issuer.ends_with(ISSUER) => about - ISSUER.len(),
        Some(about) => about,
        None => before[..before.len() - digits]
            .iter()
            .map(|c| c.len_utf8())
            .sum(),
    };
    let end = text[mark..]
        .find("通知")
        .map_or(mark + TITLE_MARK.len(), |i| mark + i + "通知".len());
    let local = ["省", "自治区", "市", "县", "州", "盟", "局", "厅", "委"]
        .iter()
        .any(|m| issuer.contains(m));
    FoundTitle {
        title: text.get(start..end).unwrap_or(text).to_string(),
        year,
        not_state_council: issuer.contains("转发") || (local && !issuer.contains("国务院")),
        next_line,
    }
}

/// The year the body states, for a text pasted without its title (or with a
/// title without a year): 「现将YYYY年元旦、春节……」 first, else the first
/// 「YYYY年部分节假日」 or 「YYYY年」 followed by a holiday's name (「公布2025年
/// 元旦、春节…」). A date (2024年11月13日: a page or issue date) and a
/// document number (〔2025〕) are never the year.
fn body_year(lines: &[Vec<NormalChar>]) -> Option<i32> {
    let chars: Vec<char> = lines.iter().flatten().map(|n| n.c).collect();
    let starts_with = |at: usize, word: &str| {
        let word: Vec<char> = word.chars().collect();
        chars.get(at..at + word.len()) == Some(&word[..])
    };
    let mut first = None;
    for (at, c) in chars.iter().enumerate() {
        if *c != '年' {
            continue;
        }
        let Some(year) = year_before(&chars, at) else {
            continue;
        };
        let named = starts_with(at + 1, "部分节假日")
            || HOLIDAY_NAMES.iter().any(|name| starts_with(at + 1, name));
        if !named {
            continue;
        }
        if at >= 6 && starts_with(at - 6, "现将") {
            return Some(year);
        }
        first = first.or(Some(year));
    }
    first
}

/// The title of another notice in the text (「关于…的通知」), to say what was
/// pasted instead.
fn other_notice_title(lines: &[Vec<NormalChar>]) -> Option<String> {
    lines
        .iter()
        .take(10)
        .map(|l| line_text(l))
        .find(|line| line.contains("关于") && line.contains("通知") && line.chars().count() <= 80)
}

// ---------------------------------------------------------------------------
// Tokens.

/// A date as written: any part may be left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct WrittenDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Token {
    Date(WrittenDate),
    /// An annotation in brackets, e.g. `农历除夕、周二`.
    Note(String),
    /// `-`, `至` or `到`.
    RangeMark(char),
    /// `、`, `和` or `及`.
    ListMark(char),
    /// `,`, `;` or `:`.
    ClauseMark,
    Number(u32),
    Text(char),
}

/// The digits at `i`: their value (saturating) and how many there are.
fn read_digits(chars: &[char], i: usize) -> (u32, usize) {
    let digits = chars
        .get(i..)
        .unwrap_or(&[])
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let run = chars.get(i..i + digits).unwrap_or(&[]);
    let value = run.iter().fold(0u32, |n, c| {
        n.saturating_mul(10)
            .saturating_add(c.to_digit(10).unwrap_or(0))
    });
    (value, digits)
}

/// A date at `i` (`[YYYY年][M月]D日`) and the index after it.
pub(crate) fn read_date(chars: &[char], i: usize) -> Option<(WrittenDate, usize)> {
    let (first, first_len) = read_digits(chars, i);
    let after = i + first_len;
    let day_at = |j: usize| -> Option<(u32, usize)> {
        let (day, len) = read_digits(chars, j);
        ((1..=2).contains(&len) && chars.get(j + len) == Some(&'日')).then_some((day, j + len + 1))
    };
    match chars.get(after) {
        Some('年') if first_len == 4 => {
            let (month, month_len) = read_digits(chars, after + 1);
            let month_end = after + 1 + month_len;
            if !(1..=2).contains(&month_len) || chars.get(month_end) != Some(&'月') {
                return None;
            }
            let (day, next) = day_at(month_end + 1)?;
            let year = i32::try_from(first).ok()?;
            Some((
                WrittenDate {
                    year: Some(year),
                    month: Some(month),
                    day,
                },
                next,
            ))
        }
        Some('月') if first_len <= 2 => {
            let (day, next) = day_at(after + 1)?;
            Some((
                WrittenDate {
                    year: None,
                    month: Some(first),
                    day,
                },
                next,
            ))
        }
        Some('日') if first_len <= 2 => Some((
            WrittenDate {
                year: None,
                month: None,
                day: first,
            },
            after + 1,
        )),
        _ => None,
    }
}

pub(crate) fn tokenize(chars: &[char]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            if let Some((date, next)) = read_date(chars, i) {
                tokens.push(Token::Date(date));
                i = next;
            } else {
                let (number, len) = read_digits(chars, i);
                tokens.push(Token::Number(number));
                i += len;
            }
            continue;
        }
        match c {
            '(' => {
                if let Some(close) = chars[i + 1..].iter().position(|c| *c == ')') {
                    tokens.push(Token::Note(chars[i + 1..i + 1 + close].iter().collect()));
                    i += close + 2;
                    continue;
                }
                tokens.push(Token::Text(c));
            }
            '-' => {
                tokens.push(Token::RangeMark('-'));
                while chars.get(i + 1) == Some(&'-') {
                    i += 1;
                }
            }
            '至' | '到' => tokens.push(Token::RangeMark(c)),
            '、' | '和' | '及' => tokens.push(Token::ListMark(c)),
            ',' | ';' | ':' => tokens.push(Token::ClauseMark),
            _ => tokens.push(Token::Text(c)),
        }
        i += 1;
    }
    tokens
}

/// The dates among `tokens`, in order.
pub(crate) fn dates_of(tokens: &[Token]) -> Vec<&WrittenDate> {
    tokens
        .iter()
        .filter_map(|t| match t {
            Token::Date(d) => Some(d),
            _ => None,
        })
        .collect()
}

/// The words of a run of tokens: its text outside dates, numbers and notes.
pub(crate) fn words(tokens: &[Token]) -> String {
    tokens
        .iter()
        .filter_map(|t| match t {
            Token::Text(c) | Token::RangeMark(c) | Token::ListMark(c) => Some(*c),
            _ => None,
        })
        .collect()
}

/// The weekday named in an annotation (星期X, 周X, 礼拜X), as written.
fn written_weekday(note: &str) -> Option<(String, Weekday)> {
    let chars: Vec<char> = note.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let prefix_len = match c {
            '星' if chars.get(i + 1) == Some(&'期') => 2,
            '礼' if chars.get(i + 1) == Some(&'拜') => 2,
            '周' => 1,
            _ => continue,
        };
        let Some(&name) = chars.get(i + prefix_len) else {
            continue;
        };
        let weekday = match name {
            '一' => Weekday::Mon,
            '二' => Weekday::Tue,
            '三' => Weekday::Wed,
            '四' => Weekday::Thu,
            '五' => Weekday::Fri,
            '六' => Weekday::Sat,
            '日' | '天' | '七' => Weekday::Sun,
            _ => continue,
        };
        return Some((chars[i..=i + prefix_len].iter().collect(), weekday));
    }
    None
}

/// `2024年10月1日`.
pub(crate) fn date_zh(date: NaiveDate) -> String {
    format!("{}年{}月{}日", date.year(), date.month(), date.day())
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

fn weekday_long(date: NaiveDate) -> &'static str {
    match date.weekday() {
        Weekday::Mon => "星期一",
        Weekday::Tue => "星期二",
        Weekday::Wed => "星期三",
        Weekday::Thu => "星期四",
        Weekday::Fri => "星期五",
        Weekday::Sat => "星期六",
        Weekday::Sun => "星期日",
    }
}

// ---------------------------------------------------------------------------
// Items and sentences.

/// Whether a line is only a date: the issue date, the issuing body and the
/// date, or a label such as 「发布日期：」 and the date. Such a line states no
/// holiday.
fn is_date_line(line: &[NormalChar]) -> bool {
    let chars: Vec<char> = line.iter().map(|n| n.c).collect();
    let tokens = tokenize(&chars);
    let dates = dates_of(&tokens);
    let only_one_full_date = dates.len() == 1 && dates[0].year.is_some();
    let joins_something = tokens
        .iter()
        .any(|t| matches!(t, Token::RangeMark(_) | Token::ListMark(_)));
    let text = words(&tokens);
    only_one_full_date
        && !joins_something
        && !["放假", "上班", "补休", "休", "调"]
            .iter()
            .any(|w| text.contains(w))
}

/// How far into a line a news dateline (「新华社北京11月12日电」) may end.
const DATELINE_CHARS: usize = 30;

/// The line without its news dateline: 「新华社北京11月12日电 经国务院批准，…」
/// is read from 「经国务院批准」 on. The dateline is the line's start up to
/// 「M月D日电」, with one date and no sentence in it; its date is the day the
/// news was sent, never a holiday.
fn without_dateline(line: &[NormalChar]) -> &[NormalChar] {
    let chars: Vec<char> = line.iter().take(DATELINE_CHARS).map(|n| n.c).collect();
    let Some(day) = chars.windows(2).position(|pair| pair == ['日', '电']) else {
        return line;
    };
    let text: String = chars[..day].iter().collect();
    let dated = day > 0 && chars[day - 1].is_ascii_digit() && text.contains('月');
    let states_nothing = !["。", "放假", "上班", "休"]
        .iter()
        .any(|w| text.contains(w));
    if dated && states_nothing {
        &line[day + 2..]
    } else {
        line
    }
}

/// Whether the next line goes on with the sentence of a line that ends with a
/// date (a line break pasted inside 「2018年12月29日（星期六）\n上班。」): it
/// starts with 上班, 放假, 补休 or 调休 (after an annotation), or with 至, 、 or
/// a comma.
fn continues_sentence(next: Option<&Vec<NormalChar>>) -> bool {
    let mut text: String = next.into_iter().flatten().map(|n| n.c).collect();
    if text.starts_with('(') {
        text = text
            .split_once(')')
            .map_or("", |(_, rest)| rest)
            .to_string();
    }
    text.starts_with(['至', '到', '-', '、', '和', '及', ',', ';', ':'])
        || ["上班", "放假", "补休", "调休"]
            .iter()
            .any(|w| text.starts_with(w))
}

/// An item heading at `i`: the index where it starts (its numbering
/// included), the index after its colon, and the holiday name.
fn heading_at(chars: &[char], i: usize) -> Option<(usize, usize, String)> {
    let mut j = i;
    let mut name = String::new();
    loop {
        let found = HOLIDAY_NAMES.iter().find(|n| {
            let n: Vec<char> = n.chars().collect();
            chars.get(j..j + n.len()) == Some(&n[..])
        })?;
        j += found.chars().count();
        name.push_str(found);
        match chars.get(j) {
            Some(':') => break,
            Some(&c @ ('、' | '和' | '及')) => {
                name.push(c);
                j += 1;
            }
            _ => return None,
        }
    }
    Some((numbering_start(chars, i), j + 1, name))
}

/// Where the numbering before a heading starts (「二、」, 「(二)」, 「2.」), or
/// `i` if there is none.
fn numbering_start(chars: &[char], i: usize) -> usize {
    let is_numeral = |c: &char| "一二三四五六七八九十".contains(*c) || c.is_ascii_digit();
    let numerals_before = |end: usize| {
        chars[..end]
            .iter()
            .rev()
            .take_while(|c| is_numeral(c))
            .count()
    };
    match i.checked_sub(1).and_then(|p| chars.get(p)) {
        Some('、' | '.') => {
            let n = numerals_before(i - 1);
            if n > 0 {
                i - 1 - n
            } else {
                i
            }
        }
        Some(')') => {
            let n = numerals_before(i - 1);
            if n > 0 && i >= n + 2 && chars[i - 2 - n] == '(' {
                i - 2 - n
            } else {
                i
            }
        }
        _ => i,
    }
}

/// A clause's effect on days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ClauseKind {
    /// 放假 / 补休: the dates are days off.
    Off,
    /// 「…公休日调至…」 (notices up to 2008): the weekend days before 调至 are
    /// worked unless they are already off, the days after it are off.
    MovedRestDays,
    /// 上班: the dates are make-up working days.
    Work,
    /// Explains days already given (法定节假日, 公休日调至…, 照常公休,
    /// 不调休, 与周末连休): changes none.
    NoChange,
}

fn classify(words: &str) -> Option<ClauseKind> {
    if words.contains("上班") {
        Some(ClauseKind::Work)
    } else if words.contains("补休") || words.contains("放假") {
        Some(ClauseKind::Off)
    } else if words.contains("调至") {
        Some(ClauseKind::MovedRestDays)
    } else if ["公休", "法定", "调休", "连休", "照常"]
        .iter()
        .any(|w| words.contains(w))
    {
        Some(ClauseKind::NoChange)
    } else {
        None
    }
}

/// What is known while reading one item: dates without a year or a month
/// take them from here.
struct ItemContext {
    /// The year of the notice.
    year: i32,
    /// The year and month of the last date read.
    last: Option<(i32, u32)>,
    /// The year written (or worked out) for each month in this item.
    month_years: [Option<i32>; 13],
}

impl ItemContext {
    fn new(year: i32) -> Self {
        Self {
            year,
            last: None,
            month_years: [None; 13],
        }
    }

    /// The year and month a written date means (the day is checked later).
    fn year_month(&self, written: WrittenDate) -> Option<(i32, u32)> {
        match (written.year, written.month) {
            (Some(year), Some(month)) => Some((year, month)),
            (None, Some(month)) => {
                let known = self.month_years.get(month as usize).copied().flatten();
                Some((known.unwrap_or(self.year), month))
            }
            (_, None) => self.last,
        }
    }

    fn remember(&mut self, year: i32, month: u32, year_known: bool) {
        self.last = Some((year, month));
        if year_known {
            if let Some(slot) = self.month_years.get_mut(month as usize) {
                *slot = Some(year);
            }
        }
    }
}

/// One date in a clause, resolved.
struct Mention {
    date: Option<NaiveDate>,
    /// The index of its token in the clause.
    at: usize,
    /// Joined to the previous mention by a range mark (至, -).
    range_from_previous: bool,
    /// Words other than annotations and list marks stand between it and the
    /// previous mention.
    words_before: bool,
    weekday: Option<(String, Weekday)>,
}

/// Resolves the dates of one clause in reading order.
fn mentions(tokens: &[Token], context: &mut ItemContext) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let mut written_dates: Vec<WrittenDate> = Vec::new();
    let (mut range, mut words_between) = (false, false);
    for (at, token) in tokens.iter().enumerate() {
        match token {
            Token::Date(written) => {
                let mut mention = Mention {
                    date: None,
                    at,
                    range_from_previous: range && !words_between && !out.is_empty(),
                    words_before: words_between && !out.is_empty(),
                    weekday: None,
                };
                if let Some((year, month)) = context.year_month(*written) {
                    let year_known = written.year.is_some();
                    mention.date = NaiveDate::from_ymd_opt(year, month, written.day);
                    context.remember(year, month, year_known);
                }
                if mention.range_from_previous {
                    fix_range_years(&mut out, &written_dates, &mut mention, *written, context);
                }
                out.push(mention);
                written_dates.push(*written);
                range = false;
                words_between = false;
            }
            Token::Note(note) => {
                if let Some(last) = out.last_mut() {
                    if last.weekday.is_none() && !range {
                        last.weekday = written_weekday(note);
                    }
                }
            }
            Token::RangeMark(_) => range = true,
            Token::ListMark(_) => {}
            Token::ClauseMark | Token::Number(_) | Token::Text(_) => words_between = true,
        }
    }
    out
}

/// A range that runs backwards crosses the year end: the end is in the next
/// year if its year was not written, else the start is in the previous year.
fn fix_range_years(
    out: &mut [Mention],
    written_dates: &[WrittenDate],
    end: &mut Mention,
    end_written: WrittenDate,
    context: &mut ItemContext,
) {
    let (Some(start), Some(start_written)) = (out.last_mut(), written_dates.last()) else {
        return;
    };
    let (Some(first), Some(last)) = (start.date, end.date) else {
        return;
    };
    if last >= first {
        return;
    }
    if start_written.year.is_some() && end_written.year.is_none() {
        end.date = last.with_year(first.year() + 1);
        if let Some(date) = end.date {
            context.remember(date.year(), date.month(), true);
        }
    } else if start_written.year.is_none() {
        start.date = first.with_year(last.year() - 1);
        if let Some(date) = start.date {
            if let Some(slot) = context.month_years.get_mut(date.month() as usize) {
                *slot = Some(date.year());
            }
        }
    }
}

/// The dates a clause lists: single days and ranges joined by 、 (and
/// nothing else between them). `None` if the clause is not such a list.
fn listed_dates(mentions: &[Mention]) -> Option<Vec<NaiveDate>> {
    let mut dates = Vec::new();
    for (i, mention) in mentions.iter().enumerate() {
        if i > 0 && mention.words_before {
            return None;
        }
        let date = mention.date?;
        if mention.range_from_previous {
            let first: NaiveDate = *dates.last()?;
            let length = (date - first).num_days();
            if !(1..MAX_RANGE_DAYS).contains(&length) {
                return None;
            }
            dates.extend(first.iter_days().skip(1).take(length as usize));
        } else {
            dates.push(date);
        }
    }
    Some(dates)
}

/// The days stated by 「共N天」 or 「放假N天」 in a clause.
fn stated_day_count(tokens: &[Token]) -> Option<u32> {
    tokens.windows(2).find_map(|pair| match pair {
        [Token::Number(n), Token::Text('天')] => Some(*n),
        _ => None,
    })
}

/// Collects the result while reading.
struct Reader<'a> {
    text: &'a str,
    items: ParsedItems,
}

impl Reader<'_> {
    fn add_day(&mut self, date: NaiveDate, off: bool, holiday: &str, source: &str) {
        if let Some(previous) = self.items.days.iter().find(|d| d.date == date) {
            if previous.off != off {
                self.items.warnings.push(HolidayWarning::Contradiction {
                    date,
                    source: source.to_string(),
                });
            } else {
                return;
            }
        }
        if !off && !is_weekend(date) {
            self.items.warnings.push(HolidayWarning::MakeUpOnWeekday {
                date,
                source: source.to_string(),
            });
        }
        self.items.days.push(ParsedDay {
            date,
            off,
            holiday: holiday.to_string(),
            source: source.to_string(),
        });
    }

    fn warn(&mut self, warning: HolidayWarning) {
        if !self.items.warnings.contains(&warning) {
            self.items.warnings.push(warning);
        }
    }

    fn sentence(&mut self, chars: &[NormalChar], holiday: &str, context: &mut ItemContext) {
        let source = original(self.text, chars).to_string();
        let plain: Vec<char> = chars.iter().map(|n| n.c).collect();
        let tokens = tokenize(&plain);
        // Advice (鼓励各单位…安排职工在除夕休息) changes no day.
        if words(&tokens).contains("鼓励") {
            return;
        }
        let mut unread = false;
        let mut pending: Option<ClauseKind> = None;
        let mut off_in_sentence: Vec<NaiveDate> = Vec::new();
        for clause in tokens.split(|t| *t == Token::ClauseMark) {
            let found = mentions(clause, context);
            for mention in &found {
                if let (Some(date), Some((written, weekday))) = (mention.date, &mention.weekday) {
                    if date.weekday() != *weekday {
                        self.warn(HolidayWarning::WeekdayMismatch {
                            date,
                            written: written.clone(),
                            source: source.clone(),
                        });
                    }
                }
            }
            let mut kind = classify(&words(clause));
            if found.is_empty() {
                // 「放假时间：10月1日至7日」: the keyword may come first.
                if matches!(kind, Some(ClauseKind::Off | ClauseKind::Work)) {
                    pending = kind;
                }
            } else {
                kind = kind.or(pending.take());
                match kind {
                    Some(kind @ (ClauseKind::Off | ClauseKind::Work)) => {
                        match listed_dates(&found) {
                            Some(dates) => {
                                let off = kind == ClauseKind::Off;
                                for date in dates {
                                    if off && !off_in_sentence.contains(&date) {
                                        off_in_sentence.push(date);
                                    }
                                    self.add_day(date, off, holiday, &source);
                                }
                            }
                            None => unread = true,
                        }
                    }
                    Some(ClauseKind::MovedRestDays) => {
                        let moved_to = clause.windows(2).position(|pair| {
                            matches!(pair, [Token::Text('调'), Token::RangeMark('至')])
                        });
                        for mention in &found {
                            let Some(date) = mention.date else { continue };
                            if moved_to.is_some_and(|to| mention.at > to) {
                                self.add_day(date, true, holiday, &source);
                            } else if !self.items.days.iter().any(|d| d.date == date && d.off) {
                                self.add_day(date, false, holiday, &source);
                            }
                        }
                    }
                    Some(ClauseKind::NoChange) => {}
                    None => unread = true,
                }
            }
            if let Some(stated) = stated_day_count(clause) {
                let counted = off_in_sentence.len();
                if counted > 0 && stated as usize != counted {
                    self.warn(HolidayWarning::DayCountMismatch {
                        stated,
                        counted,
                        source: source.clone(),
                    });
                }
            }
        }
        if unread && !self.items.unread.contains(&source) {
            self.items.unread.push(source);
        }
    }
}

/// Reads the body lines of a notice (everything after the title).
fn parse_lines(year: i32, text: &str, lines: &[Vec<NormalChar>]) -> ParsedItems {
    let mut body: Vec<NormalChar> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let line = without_dateline(line);
        if is_date_line(line) && !continues_sentence(lines.get(i + 1)) {
            continue;
        }
        body.extend_from_slice(line);
    }
    let plain: Vec<char> = body.iter().map(|n| n.c).collect();
    // Items: (start of the heading, start of the content, name).
    let mut headings: Vec<(usize, usize, String)> = Vec::new();
    let mut i = 0;
    while i < plain.len() {
        match heading_at(&plain, i) {
            Some((start, content, name)) => {
                headings.push((start, content, name));
                i = content;
            }
            None => i += 1,
        }
    }
    let mut segments: Vec<(usize, usize, String)> = Vec::new();
    let first_start = headings.first().map_or(plain.len(), |h| h.0);
    segments.push((0, first_start, String::new()));
    for (k, (_, content, name)) in headings.iter().enumerate() {
        let end = headings.get(k + 1).map_or(plain.len(), |next| next.0);
        segments.push((*content, end.max(*content), name.clone()));
    }
    let mut reader = Reader {
        text,
        items: ParsedItems::default(),
    };
    for (start, end, name) in segments {
        let mut context = ItemContext::new(year);
        let segment = &body[start..end];
        for sentence in segment.split_inclusive(|n| matches!(n.c, '。' | '!' | '?')) {
            reader.sentence(sentence, &name, &mut context);
        }
    }
    reader.items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::Calendar;

    use crate::domain::test_dates::d;

    /// holiday-cn's own test sentences (MIT, see tests/data/holiday-cn/SOURCE.md).
    const CASES: &str = include_str!("../../tests/data/holiday-cn/description_parsing_cases.json");

    #[derive(serde::Deserialize)]
    struct Case {
        year: i32,
        description: String,
        expected: Vec<ExpectedDay>,
    }

    #[derive(serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct ExpectedDay {
        date: NaiveDate,
        is_off_day: bool,
    }

    fn sorted(mut days: Vec<(NaiveDate, bool)>) -> Vec<(NaiveDate, bool)> {
        days.sort();
        days
    }

    #[test]
    fn every_holiday_cn_case_parses_to_exactly_its_days() {
        let cases: Vec<Case> = serde_json::from_str(CASES).unwrap();
        assert_eq!(cases.len(), 49);
        for case in &cases {
            let items = parse_items(case.year, &case.description);
            let got = sorted(items.days.iter().map(|d| (d.date, d.off)).collect());
            let expected = sorted(
                case.expected
                    .iter()
                    .map(|e| (e.date, e.is_off_day))
                    .collect(),
            );
            assert_eq!(got, expected, "{}", case.description);
            assert_eq!(items.unread, Vec::<String>::new(), "{}", case.description);
            assert_eq!(items.warnings, [], "{}", case.description);
            // Each day is quoted with the sentence it came from.
            for day in &items.days {
                assert!(case.description.contains(&day.source), "{}", day.source);
            }
        }
    }

    /// The State Council notices for 2024–2026, each in three copy forms.
    const NOTICES: [(i32, &str, &str); 9] = [
        (
            2024,
            "gov",
            include_str!("../../tests/data/notices/holidays-2024-gov.txt"),
        ),
        (
            2024,
            "fullwidth",
            include_str!("../../tests/data/notices/holidays-2024-fullwidth.txt"),
        ),
        (
            2024,
            "chat",
            include_str!("../../tests/data/notices/holidays-2024-chat.txt"),
        ),
        (
            2025,
            "gov",
            include_str!("../../tests/data/notices/holidays-2025-gov.txt"),
        ),
        (
            2025,
            "fullwidth",
            include_str!("../../tests/data/notices/holidays-2025-fullwidth.txt"),
        ),
        (
            2025,
            "chat",
            include_str!("../../tests/data/notices/holidays-2025-chat.txt"),
        ),
        (
            2026,
            "gov",
            include_str!("../../tests/data/notices/holidays-2026-gov.txt"),
        ),
        (
            2026,
            "fullwidth",
            include_str!("../../tests/data/notices/holidays-2026-fullwidth.txt"),
        ),
        (
            2026,
            "chat",
            include_str!("../../tests/data/notices/holidays-2026-chat.txt"),
        ),
    ];

    #[test]
    fn the_2024_to_2026_notices_parse_to_the_shipped_days_in_every_copy_form() {
        let calendar = Calendar::official();
        for (year, form, text) in NOTICES {
            let notice =
                parse_holiday_notice(text).unwrap_or_else(|e| panic!("{year} {form}: {e}"));
            let official = calendar.schedule(year).unwrap();
            assert_eq!(notice.year, year, "{form}");
            assert_eq!(
                notice.title,
                format!("国务院办公厅关于{year}年部分节假日安排的通知")
            );
            assert_eq!(notice.unread, Vec::<String>::new(), "{year} {form}");
            assert_eq!(notice.warnings, [], "{year} {form}");
            assert_eq!(notice.compare(official), Agreement::Same, "{year} {form}");
            // Names too: the item headings are the names in the data.
            assert_eq!(
                notice.to_schedule().unwrap().days,
                official.days,
                "{year} {form}"
            );
            assert_eq!(
                notice.working_days(),
                calendar.working_days_in_year(year),
                "{year} {form}"
            );
        }
    }

    #[test]
    fn a_day_is_quoted_with_its_sentence_as_written() {
        let text = NOTICES[1].2; // 2024, full-width
        let notice = parse_holiday_notice(text).unwrap();
        let day = notice
            .days
            .iter()
            .find(|day| day.date == d(2024, 2, 18))
            .unwrap();
        assert!(!day.off);
        assert_eq!(day.holiday, "春节");
        assert!(text.contains(&day.source), "{}", day.source);
        assert!(day.source.contains("上班"), "{}", day.source);
    }

    fn warnings_of(year: i32, text: &str) -> Vec<HolidayWarning> {
        parse_items(year, text).warnings
    }

    #[test]
    fn what_does_not_add_up_is_warned_about_and_still_read() {
        // (year, text, what the warning says)
        let table: [(i32, &str, &str); 5] = [
            (
                2024,
                "10月1日至7日放假调休，共7天。9月29日（星期六）上班。",
                "写作“星期六”，但这一天是星期日",
            ),
            (
                2024,
                "10月1日（周二）至7日（周一）放假调休，共8天。",
                "写共 8 天，但列出的放假日是 7 天",
            ),
            (
                2024,
                "4月4日至6日放假调休，共3天。4月10日（星期三）上班。",
                "是星期三（调休上班只会落在周六或周日）",
            ),
            (
                2024,
                "1月1日放假1天。1月1日上班。",
                "既被写成放假又被写成上班",
            ),
            (
                2025,
                "1月1日（星期四）放假1天，不调休。",
                "写作“星期四”，但这一天是星期三",
            ),
        ];
        for (year, text, expected) in table {
            let items = parse_items(year, text);
            let messages: Vec<String> = items.warnings.iter().map(|w| w.to_string()).collect();
            assert!(
                messages.iter().any(|m| m.contains(expected)),
                "{text}: {messages:?}"
            );
            assert!(!items.days.is_empty(), "{text}");
        }
        let kinds = [
            warnings_of(2024, "9月29日（星期六）上班。"),
            warnings_of(2024, "10月1日至7日放假，共8天。"),
            warnings_of(2024, "4月10日上班。"),
        ];
        assert!(matches!(
            kinds[0][..],
            [HolidayWarning::WeekdayMismatch { .. }]
        ));
        assert!(matches!(
            kinds[1][..],
            [HolidayWarning::DayCountMismatch {
                stated: 8,
                counted: 7,
                ..
            }]
        ));
        assert!(matches!(
            kinds[2][..],
            [HolidayWarning::MakeUpOnWeekday { .. }]
        ));
    }

    #[test]
    fn a_whole_notice_with_three_mistakes_gives_three_warnings() {
        let text = NOTICES[3]
            .2
            .replace("9月28日（周日）", "9月28日（周六）")
            .replace("共5天", "共6天")
            .replace("4月27日（周日）上班", "4月30日（周三）上班");
        let notice = parse_holiday_notice(&text).unwrap();
        assert!(notice.unread.is_empty());
        assert_eq!(
            notice.warnings,
            [
                HolidayWarning::DayCountMismatch {
                    stated: 6,
                    counted: 5,
                    source: "5月1日（周四）至5日（周一）放假调休，共6天。".into()
                },
                HolidayWarning::MakeUpOnWeekday {
                    date: d(2025, 4, 30),
                    source: "4月30日（周三）上班。".into()
                },
                HolidayWarning::WeekdayMismatch {
                    date: d(2025, 9, 28),
                    written: "周六".into(),
                    source: "9月28日（周六）、10月11日（周六）上班。".into()
                },
            ]
        );
    }

    #[test]
    fn page_furniture_around_the_notice_is_not_read_as_days() {
        let text = format!(
            "索 引 号：000014349/2025-00089\n\
             国务院办公厅关于2026年部分节假日安排的通知\n\
             发文字号：国办发明电〔2025〕7号\n发布日期：2025年11月04日\n{}\n（此件公开发布）\n",
            NOTICES[6].2.lines().skip(2).collect::<Vec<_>>().join("\n")
        );
        let notice = parse_holiday_notice(&text).unwrap();
        assert_eq!(notice.unread, Vec::<String>::new());
        assert_eq!(notice.warnings, []);
        let calendar = Calendar::official();
        assert_eq!(
            notice.compare(calendar.schedule(2026).unwrap()),
            Agreement::Same
        );
    }

    #[test]
    fn a_make_up_day_on_a_wednesday_is_warned_about_and_does_not_block_saving() {
        let text = "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日至3日放假，共3天。1月6日（星期三）上班。";
        let notice = parse_holiday_notice(text).unwrap();
        assert_eq!(notice.days.len(), 4);
        assert!(matches!(
            notice.warnings[..],
            [HolidayWarning::MakeUpOnWeekday { .. }]
        ));
        // A Wednesday is worked anyway: the schedule keeps the three days off.
        let schedule = notice.to_schedule().unwrap();
        let dates: Vec<NaiveDate> = schedule.days.keys().copied().collect();
        assert_eq!(dates, [d(2027, 1, 1), d(2027, 1, 2), d(2027, 1, 3)]);
    }

    #[test]
    fn sentences_that_change_no_day_are_not_unread_and_others_are_quoted() {
        let items = parse_items(
            2024,
            "2月10日至17日放假调休，共8天。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。\
             节假日期间，各地区、各部门要妥善安排好值班工作。2月9日另有安排。",
        );
        assert_eq!(items.days.len(), 8);
        assert_eq!(items.unread, ["2月9日另有安排。"]);
    }

    #[test]
    fn ranges_and_years_as_written() {
        // (year, text, first day, last day, days)
        let table = [
            (
                2019,
                "12月30日至1月1日放假调休，共3天。",
                d(2018, 12, 30),
                d(2019, 1, 1),
                3,
            ),
            (
                2019,
                "2018年12月30日至1月1日放假，共3天。",
                d(2018, 12, 30),
                d(2019, 1, 1),
                3,
            ),
            (
                2019,
                "12月30日—2019年1月1日放假，共3天。",
                d(2018, 12, 30),
                d(2019, 1, 1),
                3,
            ),
            (
                2024,
                "10月1日至10月7日放假。",
                d(2024, 10, 1),
                d(2024, 10, 7),
                7,
            ),
            (2024, "10月1日-7日放假。", d(2024, 10, 1), d(2024, 10, 7), 7),
            (2024, "10月1日~7日放假。", d(2024, 10, 1), d(2024, 10, 7), 7),
            (
                2024,
                "10月1日到7日放假。",
                d(2024, 10, 1),
                d(2024, 10, 7),
                7,
            ),
            (
                2024,
                "１０月１日－７日放假。",
                d(2024, 10, 1),
                d(2024, 10, 7),
                7,
            ),
            (
                2024,
                "放假时间：10月1日至7日。",
                d(2024, 10, 1),
                d(2024, 10, 7),
                7,
            ),
        ];
        for (year, text, first, last, count) in table {
            let items = parse_items(year, text);
            assert!(items.unread.is_empty(), "{text}: {:?}", items.unread);
            assert_eq!(items.days.len(), count, "{text}");
            assert_eq!(items.days.first().map(|d| d.date), Some(first), "{text}");
            assert_eq!(items.days.last().map(|d| d.date), Some(last), "{text}");
            assert!(items.days.iter().all(|d| d.off), "{text}");
        }
    }

    #[test]
    fn the_neighbouring_years_days_are_kept_in_the_schedule() {
        let text = "国务院办公厅关于2019年部分节假日安排的通知\n\
                    一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。\n\
                    国务院办公厅\n2018年12月6日";
        let notice = parse_holiday_notice(text).unwrap();
        let schedule = notice.to_schedule().unwrap();
        assert_eq!(schedule.year, 2019);
        assert!(schedule.days.get(&d(2018, 12, 29)).is_some_and(|s| !s.off));
        assert!(schedule.days.get(&d(2018, 12, 30)).is_some_and(|s| s.off));
        assert_eq!(schedule.days.len(), 4);
        // The issue date at the end is not a holiday.
        assert!(notice.days.iter().all(|day| day.date != d(2018, 12, 6)));
    }

    #[test]
    fn a_differing_paste_lists_the_differing_dates() {
        let calendar = Calendar::official();
        let official = calendar.schedule(2025).unwrap();
        let text = NOTICES[3].2.replace(
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

    #[test]
    fn texts_that_are_not_the_notice_get_a_typed_error() {
        let evaluation = include_str!("../../tests/data/notices/evaluation-2024.txt");
        let ten_megabytes = "1月1日放假。".repeat(10 * 1024 * 1024 / 18);
        let title_only_numbers = "国务院办公厅关于2024年部分节假日安排的通知\n今天天气很好。";
        let cases: [(&str, HolidayTextError); 10] = [
            ("", HolidayTextError::Empty),
            (" \n\u{3000}\t", HolidayTextError::Empty),
            ("asdf qwer 12345 ###", HolidayTextError::MissingTitle),
            (
                "一、元旦：1月1日放假，与周末连休。",
                HolidayTextError::MissingTitle,
            ),
            (
                evaluation,
                HolidayTextError::NotStateCouncilNotice {
                    title: "关于做好2024年全省质量技术监督系列专业技术任职资格评审安排的通知"
                        .into(),
                },
            ),
            (
                "辽宁省人民政府办公厅关于2025年部分节假日安排的通知\n一、元旦：1月1日放假。",
                HolidayTextError::NotStateCouncilNotice {
                    title: "关于2025年部分节假日安排的通知".into(),
                },
            ),
            (
                title_only_numbers,
                HolidayTextError::NotStateCouncilNotice {
                    title: "国务院办公厅关于2024年部分节假日安排的通知".into(),
                },
            ),
            (
                "国务院办公厅关于2024年部分节假日安排的通知\n一、元旦：放假安排另行通知。",
                HolidayTextError::NoDays,
            ),
            (
                "国务院办公厅关于1999年部分节假日安排的通知\n一、元旦：1月1日放假。",
                HolidayTextError::YearOutOfRange(1999),
            ),
            (
                "国务院办公厅关于明年部分节假日安排的通知\n一、元旦：1月1日放假。",
                HolidayTextError::MissingYear {
                    title: "国务院办公厅关于明年部分节假日安排的通知".into(),
                },
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(
                parse_holiday_notice(text),
                Err(expected),
                "{}",
                dates::shorten(text)
            );
        }
        assert!(matches!(
            parse_holiday_notice(&ten_megabytes),
            Err(HolidayTextError::TooLong { .. })
        ));
        let just_over = "一".repeat(MAX_CHARS + 1);
        assert_eq!(
            parse_holiday_notice(&just_over),
            Err(HolidayTextError::TooLong {
                chars: MAX_CHARS + 1
            })
        );
        assert!(HolidayTextError::MissingTitle.to_string().contains("标题"));
        assert!(HolidayTextError::YearOutOfRange(1999)
            .to_string()
            .contains("1999"));
    }

    #[test]
    fn a_title_without_a_year_takes_the_body_s_year_else_asks_for_the_year() {
        // 二〇二七 is a year now (see years_written_in_chinese_numerals_are_read);
        // 「明年」 is not, and the body's 「现将2027年」 is used instead.
        let title = "国务院办公厅关于明年部分节假日安排的通知";
        let without = format!("{title}\n一、元旦：1月1日放假。");
        let error = parse_holiday_notice(&without).unwrap_err();
        assert_eq!(
            error,
            HolidayTextError::MissingYear {
                title: title.into()
            }
        );
        assert!(error.to_string().contains("没有找到年份"), "{error}");
        let with_body = format!("{title}\n经国务院批准，现将2027年元旦放假调休日期的具体安排通知如下。\n一、元旦：1月1日放假。");
        let notice = parse_holiday_notice(&with_body).unwrap();
        assert_eq!((notice.year, notice.year_from), (2027, YearFrom::Body));
        assert_eq!(notice.title, title);
    }

    // --- What people really paste (issue: 5 of 7 real copies read). ---
    // The expected days are the official ones (data/holiday-cn/, the notice's own
    // days) and the years are the notices' own years, written out by hand here.

    /// Asserts that `text` reads as the whole official `year` (days, names,
    /// nothing unread, no warning).
    fn assert_reads_as_official(year: i32, text: &str, what: &str) -> ParsedHolidayNotice {
        let notice = parse_holiday_notice(text).unwrap_or_else(|e| panic!("{what}: {e}"));
        let calendar = Calendar::official();
        let official = calendar.schedule(year).unwrap();
        assert_eq!(notice.year, year, "{what}");
        assert_eq!(notice.unread, Vec::<String>::new(), "{what}");
        assert_eq!(notice.warnings, [], "{what}");
        assert_eq!(notice.compare(official), Agreement::Same, "{what}");
        assert_eq!(notice.to_schedule().unwrap().days, official.days, "{what}");
        notice
    }

    #[test]
    fn a_notice_pasted_without_its_title_takes_the_year_from_the_body() {
        // The body of the 2025 notice only: 「经国务院批准，现将2025年元旦、…通知如下。」
        let text = include_str!("../../tests/data/notices/holidays-2025-no-title.txt");
        let notice = assert_reads_as_official(2025, text, "no title");
        assert_eq!(notice.title, "");
        assert_eq!(notice.year_from, YearFrom::Body);
        // 2025-01-01 (周三) off, 2025-01-26 worked: from the notice's items 一 and 二.
        assert!(notice
            .days
            .iter()
            .any(|day| day.date == d(2025, 1, 1) && day.off));
        assert!(notice
            .days
            .iter()
            .any(|day| day.date == d(2025, 1, 26) && !day.off));
    }

    #[test]
    fn a_document_number_first_is_the_year_of_issue_not_of_the_schedule() {
        // Begins 「国办发明电〔2025〕7号」; the body says 「现将2026年…」.
        let text = include_str!("../../tests/data/notices/holidays-2026-docnumber-first.txt");
        let notice = assert_reads_as_official(2026, text, "document number first");
        assert_eq!(notice.year_from, YearFrom::Body);
    }

    #[test]
    fn a_news_copy_with_a_lead_line_and_the_page_date_reads_as_the_notice() {
        // Title over two lines, 「新华社北京11月12日电 经国务院批准，…」 and
        // 「《人民日报》（2024年11月13日 第01版）」: neither date is a day.
        let text = include_str!("../../tests/data/notices/holidays-2025-xinhua.txt");
        let notice = assert_reads_as_official(2025, text, "xinhua");
        assert_eq!(notice.title, "国务院办公厅关于2025年部分节假日安排的通知");
        assert_eq!(notice.year_from, YearFrom::Title);
        for not_a_day in [d(2024, 11, 12), d(2024, 11, 13), d(2025, 11, 12)] {
            assert!(notice.days.iter().all(|day| day.date != not_a_day));
        }
    }

    #[test]
    fn a_web_copy_with_ascii_punctuation_and_make_up_days_first_reads_as_the_notice() {
        // ASCII ,:() throughout, 「国办发明电(2023)7号」, the page date first, and
        // in 春节, 清明节 and 中秋节 the make-up day before the days off.
        let text = include_str!("../../tests/data/notices/holidays-2024-web-ascii.txt");
        let notice = assert_reads_as_official(2024, text, "web ascii");
        assert_eq!(notice.title, "国务院办公厅关于2024年部分节假日安排的通知");
        // 2024-04-07 (星期日) worked for 清明节, written before 4月4日至6日.
        let day = notice
            .days
            .iter()
            .find(|day| day.date == d(2024, 4, 7))
            .unwrap();
        assert!(!day.off);
        assert_eq!(day.holiday, "清明节");
    }

    #[test]
    fn lead_lines_and_page_dates_are_never_days() {
        // (text, the only days, as (date, off)) — each text names 元旦 2025 only:
        // 1月1日 off (the 2025 notice, item 一).
        let item = "一、元旦：1月1日（周三）放假1天，不调休。";
        let table: [(String, &str); 6] = [
            (
                format!("新华社北京11月12日电 经国务院批准，现将2025年元旦、春节放假调休日期的具体安排通知如下。\n{item}"),
                "lead line joined to the first sentence",
            ),
            (
                format!("新华社北京11月12日电\n经国务院批准，现将2025年元旦放假调休日期的具体安排通知如下。\n{item}"),
                "lead line alone",
            ),
            (
                format!("新华社北京11月12日电（记者张三）国务院办公厅日前发出通知，公布2025年元旦、春节放假调休日期的具体安排。\n{item}"),
                "lead line with a reporter and 公布",
            ),
            (
                format!("《人民日报》（2024年11月13日 第01版）\n经国务院批准，现将2025年元旦放假调休日期的具体安排通知如下。\n{item}"),
                "page date first",
            ),
            (
                format!("人民日报 2024年11月13日 第01版\n经国务院批准，现将2025年元旦放假调休日期的具体安排通知如下。\n{item}"),
                "page date without brackets",
            ),
            (
                format!("国务院办公厅关于2025年部分节假日安排的通知\n{item}\n国务院办公厅\n2024年11月12日\n《人民日报》(2024年11月13日 第01版)"),
                "page date last",
            ),
        ];
        for (text, what) in table {
            let notice = parse_holiday_notice(&text).unwrap_or_else(|e| panic!("{what}: {e}"));
            assert_eq!(notice.year, 2025, "{what}");
            let days: Vec<(NaiveDate, bool)> =
                notice.days.iter().map(|d| (d.date, d.off)).collect();
            assert_eq!(days, [(d(2025, 1, 1), true)], "{what}");
            assert_eq!(notice.unread, Vec::<String>::new(), "{what}");
        }
    }

    #[test]
    fn the_year_is_never_taken_from_a_document_number_or_a_page_date() {
        // No title and no 「现将YYYY年」: 〔2025〕 and 2024年11月13日 are not the year.
        let text = "国办发明电〔2025〕7号\n《人民日报》（2024年11月13日 第01版）\n新华社北京11月12日电\n一、元旦：1月1日放假1天。";
        assert_eq!(
            parse_holiday_notice(text),
            Err(HolidayTextError::MissingTitle)
        );
        let message = HolidayTextError::MissingTitle.to_string();
        assert!(
            message.contains("标题") && message.contains("现将YYYY年"),
            "{message}"
        );
    }

    #[test]
    fn titles_split_over_lines_are_joined() {
        let item = "\n一、元旦：1月1日（周三）放假1天，不调休。";
        let full = "国务院办公厅关于2025年部分节假日安排的通知";
        let titles = [
            "国务院办公厅关于2025年\n部分节假日安排的通知",
            "国务院办公厅\n关于2025年部分节假日安排的通知",
            "国务院办公厅关于\n2025年部分节假日安排的通知",
            "国务院办公厅关于2025年部分节假日安排的\n通知",
            "国务院办公厅\n关于2025年部分节假日\n安排的通知",
            "国务院办公厅关于\n2025年部分节假日安排\n的通知",
        ];
        for title in titles {
            let notice = parse_holiday_notice(&format!("{title}{item}"))
                .unwrap_or_else(|e| panic!("{title}: {e}"));
            assert_eq!(notice.title, full, "{title}");
            assert_eq!(notice.year, 2025, "{title}");
            assert_eq!(notice.days.len(), 1, "{title}");
        }
    }

    #[test]
    fn years_written_in_chinese_numerals_are_read() {
        // 2027: written as the State Council writes nothing else, but people do.
        let item = "\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。";
        let texts = [
            format!("国务院办公厅关于二〇二七年部分节假日安排的通知{item}"),
            format!("国务院办公厅关于二○二七年部分节假日安排的通知{item}"),
            format!("国务院办公厅关于二零二七年部分节假日安排的通知{item}"),
            format!("经国务院批准，现将二〇二七年元旦放假调休日期的具体安排通知如下。{item}"),
            format!("经国务院批准，现将二零二七年元旦放假调休日期的具体安排通知如下。{item}"),
        ];
        for text in &texts {
            let notice = parse_holiday_notice(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(notice.year, 2027, "{text}");
            let days: Vec<NaiveDate> = notice.days.iter().map(|d| d.date).collect();
            assert_eq!(
                days,
                [d(2027, 1, 1), d(2027, 1, 2), d(2027, 1, 3)],
                "{text}"
            );
        }
    }

    #[test]
    fn a_make_up_day_before_its_holiday_is_read_as_worked() {
        // The 2019 notice, item 一 (holiday-cn case), with the make-up day first.
        let text = "国务院办公厅关于2019年部分节假日安排的通知\n\
                    一、元旦：2018年12月29日（星期六）上班。2018年12月30日至2019年1月1日放假调休，共3天。";
        let notice = parse_holiday_notice(text).unwrap();
        let days: Vec<(NaiveDate, bool)> = notice.days.iter().map(|d| (d.date, d.off)).collect();
        assert_eq!(
            days,
            [
                (d(2018, 12, 29), false),
                (d(2018, 12, 30), true),
                (d(2018, 12, 31), true),
                (d(2019, 1, 1), true)
            ]
        );
        assert_eq!(notice.warnings, []);
    }

    #[test]
    fn a_dated_make_up_day_on_a_line_of_its_own_is_not_an_issue_date() {
        // The 2019 notice, item 一, copied with line breaks around the make-up day: the
        // line 「2018年12月29日（星期六）」 looks like an issue date but is not one.
        let text = "国务院办公厅关于2019年部分节假日安排的通知\n\
                    一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。\n\
                    2018年12月29日（星期六）\n\
                    上班。";
        let notice = parse_holiday_notice(text).unwrap();
        let days: Vec<(NaiveDate, bool)> = notice.days.iter().map(|d| (d.date, d.off)).collect();
        assert_eq!(
            days,
            [
                (d(2018, 12, 30), true),
                (d(2018, 12, 31), true),
                (d(2019, 1, 1), true),
                (d(2018, 12, 29), false)
            ]
        );
        assert_eq!(notice.unread, Vec::<String>::new());
    }

    #[test]
    fn normalisation() {
        let table = [
            ('０', Some('0')),
            ('９', Some('9')),
            ('（', Some('(')),
            ('：', Some(':')),
            ('，', Some(',')),
            ('—', Some('-')),
            ('～', Some('-')),
            ('\u{3000}', None),
            (' ', None),
            ('、', Some('、')),
        ];
        for (c, expected) in table {
            assert_eq!(normalize_char(c), expected, "{c}");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))] // proptest is a native dev-dependency
mod properties {
    //! Round trips: every year of official data written back as notice text in
    //! the copy forms people paste, read again, must give exactly that year's
    //! days. The writer below is test code; the expected days are the data's.
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeSet;

    /// One item of a notice: a holiday, its days off and its make-up days.
    #[derive(Clone, Debug)]
    struct Item {
        name: String,
        off: Vec<NaiveDate>,
        work: Vec<NaiveDate>,
    }

    /// One year of official days, grouped into items in the notice's order.
    #[derive(Clone, Debug)]
    struct Year {
        year: i32,
        items: Vec<Item>,
        /// The data names the holidays (the shipped files do, holiday-cn's
        /// sentences do not).
        named: bool,
    }

    impl Year {
        fn days(&self) -> BTreeSet<(NaiveDate, bool)> {
            self.items
                .iter()
                .flat_map(|item| {
                    let off = item.off.iter().map(|d| (*d, true));
                    off.chain(item.work.iter().map(|d| (*d, false)))
                })
                .collect()
        }
    }

    #[derive(serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct DataDay {
        #[serde(default)]
        name: String,
        date: NaiveDate,
        is_off_day: bool,
    }

    #[derive(serde::Deserialize)]
    struct DataYear {
        year: i32,
        days: Vec<DataDay>,
    }

    #[derive(serde::Deserialize)]
    struct DataCase {
        year: i32,
        description: String,
        expected: Vec<DataDay>,
    }

    /// The official schedules (data/holiday-cn/, holiday-cn's transcriptions of
    /// the State Council notices 2023–2026), read here with serde, not with the
    /// calendar code.
    const SHIPPED: [&str; 4] = [
        include_str!("../../data/holiday-cn/2023.json"),
        include_str!("../../data/holiday-cn/2024.json"),
        include_str!("../../data/holiday-cn/2025.json"),
        include_str!("../../data/holiday-cn/2026.json"),
    ];

    /// holiday-cn's sentences from the notices 2007–2025
    /// (tests/data/holiday-cn/): each one item, with its days.
    const CASES: &str = include_str!("../../tests/data/holiday-cn/description_parsing_cases.json");

    fn item_of(name: &str, days: &[DataDay]) -> Item {
        let mut off: Vec<NaiveDate> = days
            .iter()
            .filter(|d| d.is_off_day)
            .map(|d| d.date)
            .collect();
        let mut work: Vec<NaiveDate> = days
            .iter()
            .filter(|d| !d.is_off_day)
            .map(|d| d.date)
            .collect();
        off.sort();
        work.sort();
        Item {
            name: name.to_string(),
            off,
            work,
        }
    }

    /// holiday-cn's cases carry no holiday name: the heading is the holiday
    /// whose days they are, guessed from the first day off (only the days are
    /// compared for these years).
    fn guessed_name(first_off: NaiveDate) -> &'static str {
        match (first_off.month(), first_off.day()) {
            (12, _) | (1, 1..=3) => "元旦",
            (1 | 2, _) => "春节",
            (4, 1..=7) => "清明节",
            (4, _) | (5, 1..=7) => "劳动节",
            (5 | 6, _) => "端午节",
            (9, 1..=28) => "中秋节",
            _ => "国庆节",
        }
    }

    /// Every year of official data: the shipped files (2023–2026), and the
    /// years of holiday-cn's sentences not shipped (2007–2019).
    fn years() -> Vec<Year> {
        let mut years: Vec<Year> = SHIPPED
            .iter()
            .map(|json| {
                let data: DataYear = serde_json::from_str(json).unwrap();
                let mut names: Vec<String> = Vec::new();
                for day in &data.days {
                    if !names.contains(&day.name) {
                        names.push(day.name.clone());
                    }
                }
                let mut items: Vec<Item> = names
                    .iter()
                    .map(|name| {
                        let days: Vec<DataDay> = data
                            .days
                            .iter()
                            .filter(|d| &d.name == name)
                            .map(|d| DataDay {
                                name: d.name.clone(),
                                date: d.date,
                                is_off_day: d.is_off_day,
                            })
                            .collect();
                        item_of(name, &days)
                    })
                    .collect();
                items.sort_by_key(|item| item.off.first().copied());
                Year {
                    year: data.year,
                    items,
                    named: true,
                }
            })
            .collect();
        let cases: Vec<DataCase> = serde_json::from_str(CASES).unwrap();
        let mut seen: Vec<&str> = Vec::new();
        for case in &cases {
            if years.iter().any(|y| y.named && y.year == case.year)
                || seen.contains(&case.description.as_str())
            {
                continue; // 2025 is shipped; 2016 lists one sentence twice
            }
            seen.push(&case.description);
            let mut item = item_of("", &case.expected);
            item.name = guessed_name(item.off[0]).to_string();
            match years.iter_mut().find(|y| y.year == case.year) {
                Some(year) => year.items.push(item),
                None => years.push(Year {
                    year: case.year,
                    items: vec![item],
                    named: false,
                }),
            }
        }
        years
    }

    /// How the copy is written.
    #[derive(Clone, Copy, Debug)]
    struct Form {
        /// 0 none (body only), 1 one line, 2 and 3 over two lines, 4 over three.
        title: u8,
        /// ASCII `,:()` instead of full-width `，：（）`.
        ascii: bool,
        /// Full-width digits ０-９ everywhere.
        fullwidth_digits: bool,
        /// 0 no weekdays, 1 星期X, 2 周X.
        weekday: u8,
        /// The make-up days before the days off.
        make_up_first: bool,
        /// 0 「一、」, 1 「（一）」, 2 no numbering.
        numbering: u8,
        /// Line breaks inside the sentences.
        breaks: bool,
        /// 0 no dateline, 1 新华社 dateline before the first sentence, 2 on its own line.
        lead: u8,
        /// 0 no page date, 1 《人民日报》（…） first, 2 last, 3 without brackets first.
        page_date: u8,
        /// 0 no document number, 1 first, 2 after the title.
        doc_number: u8,
        /// The year in the title and body: 0 2025, 1 二〇二五, 2 二○二五, 3 二零二五.
        numerals: u8,
    }

    const PLAIN: Form = Form {
        title: 1,
        ascii: false,
        fullwidth_digits: false,
        weekday: 2,
        make_up_first: false,
        numbering: 0,
        breaks: false,
        lead: 0,
        page_date: 0,
        doc_number: 2,
        numerals: 0,
    };

    const NOISIEST: Form = Form {
        title: 0,
        ascii: true,
        fullwidth_digits: true,
        weekday: 1,
        make_up_first: true,
        numbering: 1,
        breaks: true,
        lead: 1,
        page_date: 1,
        doc_number: 1,
        numerals: 1,
    };

    fn chinese_year(year: i32, zero: char) -> String {
        year.to_string()
            .chars()
            .map(|c| match c {
                '0' => zero,
                c => "一二三四五六七八九"
                    .chars()
                    .nth(c.to_digit(10).unwrap() as usize - 1)
                    .unwrap(),
            })
            .collect()
    }

    fn year_text(year: i32, form: Form) -> String {
        match form.numerals {
            1 => chinese_year(year, '〇'),
            2 => chinese_year(year, '○'),
            3 => chinese_year(year, '零'),
            _ => year.to_string(),
        }
    }

    fn numeral(n: usize) -> &'static str {
        ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][n % 10]
    }

    /// The title as [`parse_holiday_notice`] should give it back.
    fn expected_title(year: i32, form: Form) -> String {
        if form.title == 0 {
            return String::new();
        }
        format!(
            "国务院办公厅关于{}年部分节假日安排的通知",
            year_text(year, form)
        )
    }

    /// Writes `year` as a pasted notice in `form`.
    fn write_notice(year: &Year, form: Form) -> String {
        let y = year.year;
        let (comma, colon, open, close) = if form.ascii {
            (",", ":", "(", ")")
        } else {
            ("，", "：", "（", "）")
        };
        let br = if form.breaks { "\n" } else { "" };
        let weekday = |date: NaiveDate| -> String {
            let name = ["一", "二", "三", "四", "五", "六", "日"]
                [date.weekday().num_days_from_monday() as usize];
            match form.weekday {
                1 => format!("{open}星期{name}{close}"),
                2 => format!("{open}周{name}{close}"),
                _ => String::new(),
            }
        };
        // A date as the notices write it: the year only when it is not the
        // notice's, the month left out at the end of a range within a month.
        let date = |date: NaiveDate, after: Option<NaiveDate>| -> String {
            let mut text = String::new();
            let same_month =
                after.is_some_and(|a| a.year() == date.year() && a.month() == date.month());
            if date.year() != y || after.is_some_and(|a| a.year() != date.year()) {
                text.push_str(&format!("{}年", date.year()));
            }
            if !same_month || date.year() != y {
                text.push_str(&format!("{}月", date.month()));
            }
            text.push_str(&format!("{}日", date.day()));
            text.push_str(&weekday(date));
            text
        };
        let mut lines: Vec<String> = Vec::new();
        let page_date = format!("《人民日报》{open}{}年11月13日 第01版{close}", y - 1);
        match form.page_date {
            1 => lines.push(page_date.clone()),
            3 => lines.push(format!("人民日报 {}年11月13日 第01版", y - 1)),
            _ => {}
        }
        let doc_number = format!("国办发明电〔{}〕7号", y - 1);
        if form.doc_number == 1 {
            lines.push(doc_number.clone());
        }
        let year_text = year_text(y, form);
        match form.title {
            1 => lines.push(format!("国务院办公厅关于{year_text}年部分节假日安排的通知")),
            2 => lines.push(format!(
                "国务院办公厅\n关于{year_text}年部分节假日安排的通知"
            )),
            3 => lines.push(format!(
                "国务院办公厅关于{year_text}年\n部分节假日安排的通知"
            )),
            4 => lines.push(format!(
                "国务院办公厅\n关于{year_text}年部分节假日\n安排的通知"
            )),
            _ => {}
        }
        if form.doc_number == 2 {
            lines.push(doc_number);
        }
        lines.push(format!(
            "各省、自治区、直辖市人民政府{comma}国务院各部委、各直属机构{colon}"
        ));
        let names: Vec<&str> = year.items.iter().map(|i| i.name.as_str()).collect();
        let preamble = format!(
            "经国务院批准{comma}现将{year_text}年{}放假调休日期的具体安排通知如下。",
            names.join("、")
        );
        match form.lead {
            1 => lines.push(format!("新华社北京11月12日电 {preamble}")),
            2 => {
                lines.push("新华社北京11月12日电".into());
                lines.push(preamble);
            }
            _ => lines.push(preamble),
        }
        for (n, item) in year.items.iter().enumerate() {
            let heading = match form.numbering {
                0 => format!("{}、{}{colon}", numeral(n), item.name),
                1 => format!("{open}{}{close}{}{colon}", numeral(n), item.name),
                _ => format!("{}{colon}", item.name),
            };
            // Days off: runs of consecutive days, 「A至B」, joined by 、.
            let mut runs: Vec<(NaiveDate, NaiveDate)> = Vec::new();
            for day in &item.off {
                match runs.last_mut() {
                    Some((_, end)) if end.succ_opt() == Some(*day) => *end = *day,
                    _ => runs.push((*day, *day)),
                }
            }
            let runs: Vec<String> = runs
                .iter()
                .map(|(start, end)| {
                    if start == end {
                        date(*start, None)
                    } else {
                        format!("{}至{br}{}", date(*start, None), date(*end, Some(*start)))
                    }
                })
                .collect();
            let kind = if item.work.is_empty() {
                "放假"
            } else {
                "放假调休"
            };
            let off = format!(
                "{}{kind}{comma}{br}共{}天。",
                runs.join("、"),
                item.off.len()
            );
            let work = if item.work.is_empty() {
                String::new()
            } else {
                let days: Vec<String> = item.work.iter().map(|d| date(*d, None)).collect();
                format!("{}{br}上班。", days.join("、"))
            };
            let body = if form.make_up_first {
                format!("{work}{off}")
            } else {
                format!("{off}{work}")
            };
            lines.push(format!("{heading}{br}{body}"));
        }
        lines.push(format!(
            "节假日期间{comma}各地区、各部门要妥善安排好值班和安全、保卫等工作。"
        ));
        lines.push("国务院办公厅".into());
        lines.push(format!("{}年11月12日", y - 1));
        if form.page_date == 2 {
            lines.push(page_date);
        }
        let text = lines.join("\n");
        if form.fullwidth_digits {
            text.chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) if c.is_ascii_digit() => char::from_u32('０' as u32 + d).unwrap_or(c),
                    _ => c,
                })
                .collect()
        } else {
            text
        }
    }

    /// Reads the written notice back and compares it with the data.
    fn assert_round_trip(year: &Year, form: Form) {
        let text = write_notice(year, form);
        let notice =
            parse_holiday_notice(&text).unwrap_or_else(|e| panic!("{e}\n{form:?}\n{text}"));
        assert_eq!(notice.year, year.year, "{form:?}\n{text}");
        let from = if form.title == 0 {
            YearFrom::Body
        } else {
            YearFrom::Title
        };
        assert_eq!(notice.year_from, from, "{form:?}\n{text}");
        assert_eq!(
            notice.title,
            expected_title(year.year, form),
            "{form:?}\n{text}"
        );
        let read: BTreeSet<(NaiveDate, bool)> =
            notice.days.iter().map(|d| (d.date, d.off)).collect();
        assert_eq!(read, year.days(), "{form:?}\n{text}");
        assert_eq!(read.len(), notice.days.len(), "a date twice\n{text}");
        assert_eq!(notice.unread, Vec::<String>::new(), "{form:?}\n{text}");
        assert_eq!(notice.warnings, [], "{form:?}\n{text}");
        if year.named {
            for item in &year.items {
                for date in item.off.iter().chain(&item.work) {
                    let day = notice.days.iter().find(|d| d.date == *date).unwrap();
                    assert_eq!(day.holiday, item.name, "{date}\n{text}");
                }
            }
        }
    }

    #[test]
    fn every_year_of_official_data_reads_back_plain_and_with_all_the_noise() {
        let years = years();
        // 2023–2026 shipped; 2007, 2008, 2011, 2013, 2014, 2016, 2018, 2019 from
        // holiday-cn's sentences.
        let listed: Vec<i32> = years.iter().map(|y| y.year).collect();
        assert_eq!(
            listed,
            [2023, 2024, 2025, 2026, 2019, 2018, 2016, 2014, 2013, 2011, 2008, 2007]
        );
        for year in &years {
            assert_round_trip(year, PLAIN);
            assert_round_trip(year, NOISIEST);
        }
    }

    fn form() -> impl Strategy<Value = Form> {
        (
            0u8..5,
            any::<bool>(),
            any::<bool>(),
            0u8..3,
            any::<bool>(),
            0u8..3,
            any::<bool>(),
            0u8..3,
            0u8..4,
            0u8..3,
            0u8..4,
        )
            .prop_map(
                |(
                    title,
                    ascii,
                    fullwidth_digits,
                    weekday,
                    make_up_first,
                    numbering,
                    breaks,
                    lead,
                    page_date,
                    doc_number,
                    numerals,
                )| Form {
                    title,
                    ascii,
                    fullwidth_digits,
                    weekday,
                    make_up_first,
                    numbering,
                    breaks,
                    lead,
                    page_date,
                    doc_number,
                    numerals,
                },
            )
    }

    const NOTICE_2025: &str = include_str!("../../tests/data/notices/holidays-2025-gov.txt");

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn any_year_written_in_any_copy_form_reads_back_as_its_official_days(
            index in 0usize..12, form in form()
        ) {
            let years = years();
            assert_round_trip(&years[index % years.len()], form);
        }

        // Kept: the round trips only see well-formed notices; these reach the
        // slicing of titles, years and datelines with broken ones.
        #[test]
        fn any_text_of_notice_characters_never_panics(
            text in "[0-9０-９年月日至到—\\-~、，。：:（）()〔〕星期周六日一二〇○零放假上班补休调至共天元旦春节关于部分节假日安排的通知国务院办公厅现将新华社电\\n ]{0,200}"
        ) {
            let _ = parse_holiday_notice(&text);
            let _ = parse_items(2024, &text);
        }

        #[test]
        fn any_mutation_of_a_real_notice_never_panics(
            cut in 0usize..2000, len in 0usize..50, insert in "\\PC{0,8}"
        ) {
            let chars: Vec<char> = NOTICE_2025.chars().collect();
            let start = cut.min(chars.len());
            let end = (start + len).min(chars.len());
            let mutated: String = chars[..start].iter().copied()
                .chain(insert.chars())
                .chain(chars[end..].iter().copied())
                .collect();
            let _ = parse_holiday_notice(&mutated);
        }
    }
}
