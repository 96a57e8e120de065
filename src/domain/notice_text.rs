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

use super::holiday_text::{
    check_size, line_text, normalize_char, normalized_lines, original, tokenize, NormalChar,
    SizeError, Token, WrittenDate, MAX_CHARS,
};
use crate::domain::dates::{self, SUPPORTED_YEARS};
use crate::domain::notice::{Contact, MonthPart, Notice, Timing, Window};

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

/// The fields of a [`Notice`] the text is read for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoticeField {
    /// [`Notice::title`].
    Title,
    /// [`Notice::issued`].
    Issued,
    /// [`Notice::achievements_cutoff`].
    AchievementsCutoff,
    /// [`Notice::seniority_cutoff`].
    SeniorityCutoff,
    /// [`Notice::provincial_window`].
    ProvincialWindow,
    /// [`Notice::city_window`].
    CityWindow,
    /// [`Notice::place`].
    Place,
    /// [`Contact::name`].
    ContactName,
    /// [`Contact::phone`] (and [`Contact::tel`] from it).
    ContactPhone,
    /// [`Contact::fax`].
    Fax,
    /// [`Notice::publicity_working_days`].
    PublicityWorkingDays,
    /// [`Notice::committee_meeting`].
    CommitteeMeeting,
    /// [`Notice::defense`].
    Defense,
}

impl NoticeField {
    /// Every field, in the order of the notice.
    pub const ALL: [NoticeField; 13] = [
        NoticeField::Title,
        NoticeField::Issued,
        NoticeField::AchievementsCutoff,
        NoticeField::SeniorityCutoff,
        NoticeField::PublicityWorkingDays,
        NoticeField::ProvincialWindow,
        NoticeField::CityWindow,
        NoticeField::Place,
        NoticeField::ContactName,
        NoticeField::ContactPhone,
        NoticeField::Fax,
        NoticeField::CommitteeMeeting,
        NoticeField::Defense,
    ];

    /// A stable code (the name of the [`Notice`] field), e.g. `city_window`.
    pub fn code(self) -> &'static str {
        match self {
            NoticeField::Title => "title",
            NoticeField::Issued => "issued",
            NoticeField::AchievementsCutoff => "achievements_cutoff",
            NoticeField::SeniorityCutoff => "seniority_cutoff",
            NoticeField::ProvincialWindow => "provincial_window",
            NoticeField::CityWindow => "city_window",
            NoticeField::Place => "place",
            NoticeField::ContactName => "contact_name",
            NoticeField::ContactPhone => "contact_phone",
            NoticeField::Fax => "fax",
            NoticeField::PublicityWorkingDays => "publicity_working_days",
            NoticeField::CommitteeMeeting => "committee_meeting",
            NoticeField::Defense => "defense",
        }
    }

    /// Parses a [`Self::code`].
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The Chinese name shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            NoticeField::Title => "通知标题",
            NoticeField::Issued => "发文日期",
            NoticeField::AchievementsCutoff => "申报材料（业绩）截止日",
            NoticeField::SeniorityCutoff => "资历计算截止日",
            NoticeField::ProvincialWindow => "省直有关单位报卷时间",
            NoticeField::CityWindow => "各市市场监管局、各主管部门报卷时间",
            NoticeField::Place => "报卷地点",
            NoticeField::ContactName => "联系人",
            NoticeField::ContactPhone => "联系电话",
            NoticeField::Fax => "传真",
            NoticeField::PublicityWorkingDays => "公示工作日数",
            NoticeField::CommitteeMeeting => "评审委员会例会时间",
            NoticeField::Defense => "答辩时间",
        }
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
            .into_iter()
            .filter(|f| !found(*f))
            .collect()
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
    let Some(title_line) = texts
        .iter()
        .position(|l| l.contains(SERIES) && l.contains("关于") && l.contains("评审"))
    else {
        let other = texts
            .iter()
            .take(10)
            .find(|l| l.contains("关于") && l.contains("通知") && l.chars().count() <= 80);
        return Err(NoticeTextError::NotEvaluationNotice {
            title: other.cloned().unwrap_or_default(),
        });
    };
    let line = &texts[title_line];
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
    let (provincial_window, city_window) = reader.windows();
    Ok(ParsedNotice {
        year,
        title: ParsedField {
            value: title,
            source: original(text, &lines[title_line]).to_string(),
        },
        issued: last_date_line(&lines).and_then(|i| {
            let date = full_dates(&lines[i], year).into_iter().last()?;
            Some(ParsedField {
                value: date,
                source: original(text, &lines[i]).to_string(),
            })
        }),
        achievements_cutoff: reader
            .cutoff(|s| (s.contains("业绩") || s.contains("申报材料")) && !s.contains("资历")),
        seniority_cutoff: reader.cutoff(|s| s.contains("资历")),
        provincial_window,
        city_window,
        place: reader.labelled(&["报卷地点", "报送地点"]),
        contact_name: reader.labelled(&["联系人"]),
        contact_phone: reader
            .labelled(&["联系电话", "电话"])
            .filter(|p| tel_uri(&p.value).is_some()),
        fax: reader.labelled(&["传真"]),
        publicity_working_days: reader.publicity_working_days(),
        committee_meeting: reader.timing("例会", Some("答辩")),
        defense: reader.timing("答辩", None),
    })
}

/// The four-digit year before the first 年 of the title.
fn title_year(title: &str) -> Option<i32> {
    let chars: Vec<char> = title.chars().collect();
    let at = chars.iter().position(|c| *c == '年')?;
    let digits: String = chars[..at]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (digits.len() == 4).then(|| digits.parse().ok()).flatten()
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

    /// A cutoff: the date of the first sentence with 截止/截至 that `about`
    /// accepts.
    fn cutoff(&self, about: impl Fn(&str) -> bool) -> Option<ParsedField<NaiveDate>> {
        self.long_sentences.iter().find_map(|&span| {
            let plain = self.plain(span);
            if !(plain.contains("截止") || plain.contains("截至")) || !about(&plain) {
                return None;
            }
            let date = full_dates(&self.all[span.0..span.1], self.year)
                .into_iter()
                .next()?;
            Some(self.field(date, span))
        })
    }

    /// The text after `label:` on its line, up to the next `,` `;` or `。`.
    fn labelled(&self, labels: &[&str]) -> Option<ParsedField<String>> {
        self.sentences.iter().find_map(|&(start, end)| {
            let chars = &self.all[start..end];
            let plain: Vec<char> = chars.iter().map(|n| n.c).collect();
            labels.iter().find_map(|label| {
                let label: Vec<char> = label.chars().collect();
                let at = plain
                    .windows(label.len() + 1)
                    .position(|w| w[..label.len()] == label[..] && w[label.len()] == ':')?;
                let value_start = at + label.len() + 1;
                let value_len = plain[value_start..]
                    .iter()
                    .take_while(|c| !matches!(c, ',' | ';' | '。'))
                    .count();
                let value: String = plain[value_start..value_start + value_len].iter().collect();
                (!value.is_empty())
                    .then(|| self.field(value, (start + at, start + value_start + value_len)))
            })
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
    /// over two lines): the part naming 省直 is the provincial window, the
    /// part naming the cities or the competent departments the city window.
    fn windows(&self) -> (Option<ParsedField<Window>>, Option<ParsedField<Window>>) {
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
        let (mut provincial, mut city) = (None, None);
        let mut part_start = start;
        for i in start..=end {
            let at_break = i == end || matches!(plain[i], ';' | ',' | '\n');
            if !at_break {
                continue;
            }
            let span = (part_start, i);
            part_start = i + 1;
            let part: String = plain[span.0..span.1].iter().collect();
            let Some(window) = self.read_window(&plain[span.0..span.1]) else {
                continue;
            };
            if part.contains("省直") && provincial.is_none() {
                provincial = Some(self.field(window, span));
            } else if (part.contains("各市") || part.contains("主管部门")) && city.is_none() {
                city = Some(self.field(window, span));
            }
        }
        (provincial, city)
    }

    /// A window 「8月1至2日」, 「8月1日至8月2日」, 「8月1日-2日」.
    fn read_window(&self, part: &[char]) -> Option<Window> {
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
        // A single day: the window opens and closes on it.
        let single = || {
            let dates: Vec<&WrittenDate> = tokens
                .iter()
                .filter_map(|t| match t {
                    Token::Date(d) => Some(d),
                    _ => None,
                })
                .collect();
            match dates[..] {
                [&WrittenDate {
                    year,
                    month: Some(month),
                    day,
                }] => {
                    let date = NaiveDate::from_ymd_opt(year.unwrap_or(self.year), month, day)?;
                    Some(Window {
                        first: date,
                        last: date,
                    })
                }
                _ => None,
            }
        };
        range.or_else(single)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::notice::UnitKind;

    const NOTICE_2024: &str = include_str!("../../tests/data/notices/evaluation-2024.txt");
    const HOLIDAYS_2025: &str = include_str!("../../tests/data/notices/holidays-2025-gov.txt");

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

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
                "资历计算截止时间为2024年12月31日,资历年份为周年",
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
        for field in NoticeField::ALL {
            assert_eq!(NoticeField::from_code(field.code()), Some(field));
            assert!(!field.label().is_empty());
        }
        assert_eq!(NoticeField::from_code("nope"), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))] // proptest is a native dev-dependency
mod properties {
    use super::*;
    use proptest::prelude::*;

    const NOTICE_2024: &str = include_str!("../../tests/data/notices/evaluation-2024.txt");

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn any_text_is_read_or_refused_without_panicking(text in "\\PC{0,300}") {
            let _ = parse_evaluation_notice(&text);
            let _ = tel_uri(&text);
        }

        #[test]
        fn any_text_of_notice_characters_never_panics(
            text in "[0-9０-９年月日至到—\\-~、，。：:；;（）()关于质量技术监督系列评审通知报卷时间地点省直各市主管部门联系人电话传真截止业绩资历公示不少于个工作日例会中旬答辩另行\\n ]{0,200}"
        ) {
            let _ = parse_evaluation_notice(&text);
            let _ = tel_uri(&text);
        }

        #[test]
        fn any_mutation_of_the_2024_notice_never_panics(
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
                let _ = parsed.to_notice();
            }
        }
    }
}
