//! The calculator's inputs: from the form or from a shared link.
//!
//! URL contract (at the site root): `?posted=YYYY-MM-DD&days=N` asks when a
//! publicity posted that day ends; `?end_by=YYYY-MM-DD&days=N` asks when it must
//! be posted at the latest to end by that day. `days` defaults to 5.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::domain::calendar::Calendar;
use crate::domain::dates::{self, DateError};
use crate::domain::notice::UnitKind;
use crate::domain::parse::{parse_days, parse_round, parse_seal_days, NumberError};
use crate::domain::publicity::{self, LatestPosting, Period, PublicityError};
use serde::{Deserialize, Serialize};

crate::labelled_enum! {
    /// Which way the calculator works. Stored as `forward` or `backward`.
    pub serde enum Mode {
        /// Posting day → end of the publicity.
        Forward = "forward",
        /// Last allowed end day → latest posting day.
        Backward = "backward",
    }
}

impl Mode {
    /// What the user wants to know, as the choice of this mode says it.
    pub fn question(self) -> &'static str {
        match self {
            Mode::Forward => "公示何时结束",
            Mode::Backward => "最晚何时张贴",
        }
    }

    /// The URL parameter that carries the date in this mode.
    pub fn date_param(self) -> &'static str {
        match self {
            Mode::Forward => "posted",
            Mode::Backward => "end_by",
        }
    }

    /// The field label for the date in this mode.
    pub fn date_label(self) -> &'static str {
        match self {
            Mode::Forward => "公示张贴日期",
            Mode::Backward => "公示最晚须结束于",
        }
    }
}

/// A complete, valid request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalcInput {
    /// Which way to count.
    pub mode: Mode,
    /// The posting day (forward) or the day the publicity must end by
    /// (backward).
    #[serde(deserialize_with = "crate::domain::dates::ymd")]
    pub date: NaiveDate,
    /// The publicity's working days, 1–30.
    pub days: u32,
}

/// The inputs as typed (or as found in a link), before checking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawInput {
    /// Which way to count.
    pub mode: Mode,
    /// The date as typed.
    pub date: String,
    /// The working days as typed.
    pub days: String,
}

impl From<CalcInput> for RawInput {
    fn from(input: CalcInput) -> Self {
        Self {
            mode: input.mode,
            date: input.date.to_string(),
            days: input.days.to_string(),
        }
    }
}

/// What is wrong with the inputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// The calculator's date cannot be used.
    Date {
        /// The mode the date was given for (it names the field).
        mode: Mode,
        /// What is wrong with it.
        error: DateError,
    },
    /// The working days (`days=`), the seal days (`seal=`) or the round
    /// (`round=`) are not a number in range.
    Number(NumberError),
    /// A link gives both `posted` and `end_by`.
    BothDates,
    /// `unit` is not one of the unit kinds.
    Unit(String),
    /// A date parameter other than the calculator's (`city_deadline`, `today`).
    NamedDate {
        /// The field's name in Chinese.
        label: &'static str,
        /// What is wrong with it.
        error: DateError,
    },
    /// A `today` in the last supported year: the round in force on it may
    /// be the next year's, which no date can be worked out for.
    TodayTooLate(NaiveDate),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Date { mode, error } => write!(f, "{}：{}", mode.date_label(), error),
            Self::Number(error) => write!(f, "{error}"),
            Self::BothDates => write!(
                f,
                "链接中同时有 posted（张贴日）和 end_by（最晚结束日），只能给其中一个"
            ),
            Self::Unit(s) => write!(
                f,
                "单位类型“{}”无法识别，应为 provincial（省直有关单位）、city（市局/主管部门）或 city-unit（市内单位）",
                dates::shorten(s)
            ),
            Self::NamedDate { label, error } => write!(f, "{label}：{error}"),
            Self::TodayTooLate(day) => write!(
                f,
                "假设的今天 {} 太晚：它适用的评审年度可能超出 {} 年，请填写 {} 年底以前的日期",
                dates::long_zh(*day),
                dates::SUPPORTED_YEARS.end(),
                dates::SUPPORTED_YEARS.end() - 1
            ),
        }
    }
}

impl std::error::Error for InputError {}

/// Checks raw inputs; every problem is reported, not just the first.
pub fn validate(raw: &RawInput) -> Result<CalcInput, Vec<InputError>> {
    let date = dates::parse_date(&raw.date).map_err(|error| InputError::Date {
        mode: raw.mode,
        error,
    });
    let days = parse_days(&raw.days).map_err(InputError::Number);
    match (date, days) {
        (Ok(date), Ok(days)) => Ok(CalcInput {
            mode: raw.mode,
            date,
            days,
        }),
        (date, days) => Err([date.err(), days.err()].into_iter().flatten().collect()),
    }
}

/// A query string's parameters, already decoded, in order: the browser's
/// `URLSearchParams` decodes `%XX`, `+` and UTF-8 (`browser::query_of`); the
/// domain never decodes a query itself.
///
/// ```
/// use pingshen::domain::request::Query;
/// let query = Query::from_pairs([("page", "years"), ("round", "2027"), ("page", "x")]);
/// assert_eq!(query.get("page"), Some("years"));
/// assert!(query.has("page", Some("x")) && !query.has("unit", None));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query(Vec<(String, String)>);

impl Query {
    /// The parameters `(name, value)`, decoded, in the order of the query.
    pub fn from_pairs<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        Self(
            pairs
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        )
    }

    /// A query string written without escapes, split as the browser would
    /// (`?` dropped, `&` between parameters, the first `=` between name
    /// and value): for tables of addresses such as `tests/routes.txt`.
    /// `None` when it has an escape (`%XX`, `+`): only the browser decodes
    /// those (`tests/browser_query.rs` checks that decoding).
    ///
    /// ```
    /// use pingshen::domain::request::Query;
    /// let query = Query::unescaped("?page=years&round=2027&flag").unwrap();
    /// assert_eq!(query, Query::from_pairs([("page", "years"), ("round", "2027"), ("flag", "")]));
    /// assert_eq!(Query::unescaped(""), Some(Query::default()));
    /// assert_eq!(Query::unescaped("?unit=%63ity"), None);
    /// assert_eq!(Query::unescaped("?unit=city+unit"), None);
    /// ```
    pub fn unescaped(query: &str) -> Option<Self> {
        if query.contains(['%', '+']) {
            return None;
        }
        Some(Self::from_pairs(
            query
                .trim_start_matches('?')
                .split('&')
                .filter(|part| !part.is_empty())
                .map(|part| part.split_once('=').unwrap_or((part, ""))),
        ))
    }

    /// The first value of parameter `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether parameter `name` is present (with `value`, when given).
    pub fn has(&self, name: &str, value: Option<&str>) -> bool {
        self.0
            .iter()
            .any(|(k, v)| k == name && value.is_none_or(|value| v == value))
    }
}

/// A test query written without escapes (`%XX`, `+`), split as the browser
/// would ([`Query::unescaped`]): escaped queries are checked against the
/// browser's decoding in `tests/browser_query.rs`.
#[cfg(test)]
pub(crate) fn unescaped(query: &str) -> Query {
    Query::unescaped(query).unwrap_or_else(|| {
        panic!("{query}: escapes are decoded by the browser (tests/browser_query.rs)")
    })
}

/// The calculator inputs a query string asks for: `None` when it names no
/// date (the saved inputs apply), `Err` when it is contradictory.
pub fn raw_from_query(query: &Query) -> Result<Option<RawInput>, InputError> {
    let get = |name: &str| query.get(name).map(str::to_string);
    let days = get("days").unwrap_or_else(|| publicity::NOTICE_MINIMUM_WORKING_DAYS.to_string());
    match (get("posted"), get("end_by")) {
        (Some(_), Some(_)) => Err(InputError::BothDates),
        (Some(date), None) => Ok(Some(RawInput {
            mode: Mode::Forward,
            date,
            days,
        })),
        (None, Some(date)) => Ok(Some(RawInput {
            mode: Mode::Backward,
            date,
            days,
        })),
        (None, None) => Ok(None),
    }
}

/// The query string that reproduces `input`, e.g. `?posted=2024-07-24&days=5`.
pub fn to_query(input: &CalcInput) -> String {
    format!(
        "?{}={}&days={}",
        input.mode.date_param(),
        input.date,
        input.days
    )
}

/// The timeline's inputs as found in a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineRaw {
    /// `unit=`, as given.
    pub unit: String,
    /// `city_deadline=`, as given.
    pub city_deadline: Option<String>,
    /// `seal=`, as given.
    pub seal: Option<String>,
}

/// Checked timeline inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimelineRequest {
    /// Who carries the unit's files.
    pub unit: UnitKind,
    /// The day the city's bureau wants a unit inside the city to hand in
    /// its files (`city_deadline=`).
    pub city_deadline: Option<NaiveDate>,
    /// Working days for the seal or review (`seal=N`); `None`: the default.
    pub seal_days: Option<u32>,
}

/// The timeline a query asks for: `?unit=provincial|city|city-unit`, with
/// `&city_deadline=YYYY-MM-DD`. `None` without `unit`. (`today=` and
/// `round=` belong to every page: see [`context_from_query`].)
pub fn timeline_raw_from_query(query: &Query) -> Option<TimelineRaw> {
    let get = |name: &str| query.get(name).map(str::to_string);
    Some(TimelineRaw {
        unit: get("unit")?,
        city_deadline: get("city_deadline"),
        seal: get("seal"),
    })
}

/// A date parameter other than the calculator's, checked.
fn named_date(label: &'static str, text: Option<&str>) -> Result<Option<NaiveDate>, InputError> {
    match text {
        None => Ok(None),
        Some(t) => dates::parse_date(t)
            .map(Some)
            .map_err(|error| InputError::NamedDate { label, error }),
    }
}

/// Checks a timeline link; every problem is reported.
pub fn validate_timeline(raw: &TimelineRaw) -> Result<TimelineRequest, Vec<InputError>> {
    let unit =
        UnitKind::from_code(raw.unit.trim()).ok_or_else(|| InputError::Unit(raw.unit.clone()));
    let city_deadline = named_date("市局收件日期", raw.city_deadline.as_deref());
    let seal_days = raw
        .seal
        .as_deref()
        .map(|text| parse_seal_days(text).map_err(InputError::Number))
        .transpose();
    match (unit, city_deadline, seal_days) {
        (Ok(unit), Ok(city_deadline), Ok(seal_days)) => Ok(TimelineRequest {
            unit,
            city_deadline,
            seal_days,
        }),
        (unit, city_deadline, seal_days) => Err([unit.err(), city_deadline.err(), seal_days.err()]
            .into_iter()
            .flatten()
            .collect()),
    }
}

/// The link that reproduces a timeline.
pub fn timeline_query(request: &TimelineRequest) -> String {
    let mut query = format!("?unit={}", request.unit.code());
    if let (UnitKind::CityUnit, Some(d)) = (request.unit, request.city_deadline) {
        query.push_str(&format!("&city_deadline={d}"));
    }
    if let (UnitKind::Provincial | UnitKind::City, Some(n)) = (request.unit, request.seal_days) {
        query.push_str(&format!("&seal={n}"));
    }
    query
}

/// What every page accepts besides its own inputs: the round to answer
/// for (`round=YYYY`) and a "what if" day (`today=YYYY-MM-DD`). Neither is
/// ever saved: a visit without them follows today in China.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// The round picked; `None`: the round in force.
    pub round: Option<i32>,
    /// "What if today were…": overrides today in China.
    pub today: Option<NaiveDate>,
}

impl Context {
    /// The parameters that reproduce the context, each as `&key=value`.
    ///
    /// ```
    /// use pingshen::domain::request::Context;
    /// let context = Context { round: Some(2027), today: None };
    /// assert_eq!(context.query_suffix(), "&round=2027");
    /// ```
    pub fn query_suffix(&self) -> String {
        let mut suffix = String::new();
        if let Some(year) = self.round {
            suffix.push_str(&format!("&round={year}"));
        }
        if let Some(today) = self.today {
            suffix.push_str(&format!("&today={today}"));
        }
        suffix
    }

    /// A page's own query (`?…`, or empty) with the context added.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pingshen::domain::request::Context;
    /// let context = Context { round: Some(2024), today: NaiveDate::from_ymd_opt(2024, 7, 20) };
    /// assert_eq!(context.on("?unit=city"), "?unit=city&round=2024&today=2024-07-20");
    /// assert_eq!(context.on(""), "?round=2024&today=2024-07-20");
    /// assert_eq!(Context::default().on("?page=years"), "?page=years");
    /// ```
    pub fn on(&self, query: &str) -> String {
        let suffix = self.query_suffix();
        match (query.trim_start_matches('?'), suffix.strip_prefix('&')) {
            (_, None) => query.to_string(),
            ("", Some(rest)) => format!("?{rest}"),
            (own, Some(_)) => format!("?{own}{suffix}"),
        }
    }
}

/// The context a query asks for, and what was wrong with it: a bad value
/// is reported and left out (the page then follows today).
///
/// ```
/// use pingshen::domain::request::{context_from_query, Query};
/// let query = Query::from_pairs([("page", "eligibility"), ("round", "2024x"), ("today", "2024-07-20")]);
/// let (context, errors) = context_from_query(&query);
/// assert_eq!(context.round, None);
/// assert_eq!(context.today.unwrap().to_string(), "2024-07-20");
/// assert_eq!(errors.len(), 1);
/// // The round in force on the last supported year's last day may be the
/// // year after: refused, so that every page can answer.
/// let (context, errors) = context_from_query(&Query::from_pairs([("today", "2099-12-31")]));
/// assert_eq!(context.today, None);
/// assert!(errors[0].to_string().contains("2098 年底以前"));
/// ```
pub fn context_from_query(query: &Query) -> (Context, Vec<InputError>) {
    let mut errors = Vec::new();
    let round = query.get("round").and_then(|text| {
        parse_round(text)
            .map_err(|e| errors.push(InputError::Number(e)))
            .ok()
    });
    let today = named_date("假设的今天", query.get("today"))
        .and_then(|day| match day {
            Some(day) if day.year() >= *dates::SUPPORTED_YEARS.end() => {
                Err(InputError::TodayTooLate(day))
            }
            _ => Ok(day),
        })
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    (Context { round, today }, errors)
}

/// A query with its `round=` and `today=` taken out (the rest as written).
///
/// ```
/// use pingshen::domain::request::without_context;
/// assert_eq!(without_context("?unit=city&round=2024&today=2024-07-20"), "?unit=city");
/// assert_eq!(without_context("?round=2027"), "");
/// ```
pub fn without_context(query: &str) -> String {
    let kept: Vec<&str> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| {
            let key = part.split_once('=').map_or(*part, |(k, _)| k);
            !part.is_empty() && key != "round" && key != "today"
        })
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

/// The `days` of a link that names no date: `None` without one, else the
/// number checked (so `?days=0` on its own is reported, not ignored).
pub fn days_from_query(query: &Query) -> Option<Result<u32, InputError>> {
    query
        .get("days")
        .map(|text| parse_days(text).map_err(InputError::Number))
}

/// The answer to a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// When the publicity posted on the day ends.
    Forward(Period),
    /// The latest day to post so the publicity ends by the day.
    Backward(LatestPosting),
}

impl Outcome {
    /// The sentence labelling a result that rests on the user's holiday
    /// data ([`publicity::user_data_note`]).
    pub fn user_data_note(&self) -> Option<String> {
        publicity::user_data_note(match self {
            Outcome::Forward(p) => &p.user_years,
            Outcome::Backward(b) => &b.user_years,
        })
    }

    /// Years without official data that the answer rests on.
    pub fn estimated_years(&self) -> Vec<i32> {
        match self {
            Outcome::Forward(p) => p.estimated_years.iter().copied().collect(),
            Outcome::Backward(b) => b.estimated_years.iter().copied().collect(),
        }
    }

    /// The publicity the answer describes.
    pub fn period(&self) -> &Period {
        match self {
            Outcome::Forward(p) => p,
            Outcome::Backward(b) => &b.period,
        }
    }
}

/// Computes the answer.
pub fn calculate(cal: &Calendar, input: &CalcInput) -> Result<Outcome, PublicityError> {
    match input.mode {
        Mode::Forward => {
            publicity::period_from_posting(cal, input.date, input.days).map(Outcome::Forward)
        }
        Mode::Backward => {
            publicity::latest_posting(cal, input.date, input.days).map(Outcome::Backward)
        }
    }
}

#[cfg(test)]
mod tests {

    use super::*;

    use crate::domain::test_dates::d;

    #[test]
    fn an_unescaped_query_is_split_as_the_browser_splits_it() {
        // The query, and its parameters (none when it has an escape).
        type Pairs = Option<&'static [(&'static str, &'static str)]>;
        let cases: [(&str, Pairs); 6] = [
            ("", Some(&[])),
            ("?", Some(&[])),
            ("?page=years", Some(&[("page", "years")])),
            // No `=`: an empty value; a second `=` stays in the value.
            ("?a&b=c=d&&", Some(&[("a", ""), ("b", "c=d")])),
            ("?unit=%63ity", None),
            ("?unit=city+unit", None),
        ];
        for (query, expected) in cases {
            let expected = expected.map(|pairs| Query::from_pairs(pairs.iter().copied()));
            assert_eq!(Query::unescaped(query), expected, "{query}");
        }
    }

    #[test]
    fn a_mode_is_stored_under_its_code() {
        for &mode in Mode::ALL {
            let stored = serde_json::to_string(&mode).unwrap();
            assert_eq!(stored, format!("\"{}\"", mode.code()));
            assert_eq!(serde_json::from_str::<Mode>(&stored).unwrap(), mode);
        }
        assert_ne!(Mode::Forward.question(), Mode::Backward.question());
    }

    fn parse(query: &str) -> Result<Option<CalcInput>, Vec<InputError>> {
        match raw_from_query(&unescaped(query)) {
            Err(e) => Err(vec![e]),
            Ok(None) => Ok(None),
            Ok(Some(raw)) => validate(&raw).map(Some),
        }
    }

    #[test]
    fn url_contract_good_links() {
        let table = [
            (
                "?posted=2024-07-24&days=5",
                Mode::Forward,
                d(2024, 7, 24),
                5,
            ),
            ("?posted=2024-07-24", Mode::Forward, d(2024, 7, 24), 5),
            ("posted=2024-07-24&days=7", Mode::Forward, d(2024, 7, 24), 7),
            (
                "?end_by=2024-07-31&days=5",
                Mode::Backward,
                d(2024, 7, 31),
                5,
            ),
            (
                "?days=10&end_by=2024-07-31&utm=x",
                Mode::Backward,
                d(2024, 7, 31),
                10,
            ),
        ];
        // Escaped links (`?posted=2024%2D07%2D24`) are decoded by the
        // browser: tests/browser_query.rs.
        for (query, mode, date, days) in table {
            let input = parse(query).unwrap().unwrap();
            assert_eq!(input, CalcInput { mode, date, days }, "{query}");
            // The canonical link round-trips.
            assert_eq!(parse(&to_query(&input)).unwrap().unwrap(), input);
        }
        assert_eq!(parse("").unwrap(), None);
        assert_eq!(parse("?days=7").unwrap(), None);
    }

    #[test]
    fn url_contract_bad_links() {
        let table = [
            ("?posted=2024-02-30", "不是有效日期"),
            ("?posted=abc", "不是有效日期"),
            ("?posted=", "请填写日期"),
            ("?posted=2024-07-24&days=0", "超出范围"),
            ("?posted=2024-07-24&days=abc", "不是整数"),
            ("?posted=2024-07-24&days=100000", "超出范围"),
            ("?posted=2024-07-24&days=99999999999999999999", "超出范围"),
            ("?posted=2024-07-24&days=-1", "不是整数"),
            ("?end_by=2024-13-01", "不是有效日期"),
            ("?end_by=1900-01-01", "超出支持范围"),
            // Decoded from `?posted=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`.
            (
                "?posted=<img src=x onerror=alert(1)>",
                "<img src=x onerror=alert",
            ),
            ("?posted=2024-07-24&end_by=2024-07-31", "只能给其中一个"),
        ];
        for (query, expected) in table {
            let errors = parse(query).unwrap_err();
            let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            assert!(
                text.iter().any(|t| t.contains(expected)),
                "{query}: {text:?}"
            );
        }
        // Both fields wrong: both reported.
        assert_eq!(parse("?posted=x&days=y").unwrap_err().len(), 2);
    }

    #[test]
    fn timeline_links() {
        let parse =
            |q: &str| timeline_raw_from_query(&unescaped(q)).map(|raw| validate_timeline(&raw));
        assert_eq!(parse("?posted=2024-07-24"), None);
        let link = "?unit=city-unit&city_deadline=2024-07-26&today=2024-07-01";
        let ok = parse(link).unwrap().unwrap();
        assert_eq!(ok.unit, UnitKind::CityUnit);
        assert_eq!(ok.city_deadline, Some(d(2024, 7, 26)));
        let (context, errors) = context_from_query(&unescaped(link));
        assert!(errors.is_empty());
        assert_eq!(context.today, Some(d(2024, 7, 1)));
        assert_eq!(context.on(&timeline_query(&ok)), link);
        let ok = parse("?unit=provincial&city_deadline=2024-07-26")
            .unwrap()
            .unwrap();
        assert_eq!(
            timeline_query(&ok),
            "?unit=provincial",
            "no deadline outside city-unit"
        );
        for (query, expected) in [
            ("?unit=county", "无法识别"),
            ("?unit=<b>x</b>", "<b>x</b>"),
            ("?unit=city-unit&city_deadline=2024-02-30", "市局收件日期"),
        ] {
            let errors = parse(query).unwrap().unwrap_err();
            let text = errors.iter().map(ToString::to_string).collect::<String>();
            assert!(text.contains(expected), "{query}: {text}");
        }
        let (_, errors) = context_from_query(&unescaped("?unit=city&today=tomorrow"));
        assert!(errors[0].to_string().contains("假设的今天"));
        // Every wrong value is reported: two of the timeline, one of the context.
        let link = "?unit=x&city_deadline=y&today=z";
        assert_eq!(parse(link).unwrap().unwrap_err().len(), 2);
        assert_eq!(context_from_query(&unescaped(link)).1.len(), 1);
    }

    #[test]
    fn context_links() {
        let ok = [
            ("", None, None),
            ("?round=2027", Some(2027), None),
            ("?page=years&round=2024", Some(2024), None),
            ("?today=2024-08-20", None, Some(d(2024, 8, 20))),
            (
                "?round=2025&today=2026-12-01",
                Some(2025),
                Some(d(2026, 12, 1)),
            ),
        ];
        for (query, round, today) in ok {
            let (context, errors) = context_from_query(&unescaped(query));
            assert!(errors.is_empty(), "{query}");
            assert_eq!(context, Context { round, today }, "{query}");
        }
        // Decoded from `?round=%2B2024`: `+2024` is no four-digit year.
        let plus = Query::from_pairs([("round", "+2024")]);
        for (query, expected) in [
            (unescaped("?round=abc"), "评审年度“abc”无效"),
            (unescaped("?round=1900"), "评审年度“1900”无效"),
            (unescaped("?round=2024x"), "评审年度“2024x”无效"),
            (unescaped("?round="), "评审年度“”无效"),
            (plus, "无效"),
            (unescaped("?round=02024"), "无效"),
            (unescaped("?today=2024-02-30"), "假设的今天"),
            (unescaped("?today=1900-01-01"), "超出支持范围"),
        ] {
            let (context, errors) = context_from_query(&query);
            assert_eq!(
                context,
                Context::default(),
                "{query:?}: nothing bad is kept"
            );
            assert_eq!(errors.len(), 1, "{query:?}");
            assert!(
                errors[0].to_string().contains(expected),
                "{query:?}: {}",
                errors[0]
            );
        }
    }

    #[test]
    fn seal_days_in_links() {
        let parse = |q: &str| validate_timeline(&timeline_raw_from_query(&unescaped(q)).unwrap());
        let ok = parse("?unit=provincial&seal=0").unwrap();
        assert_eq!(ok.seal_days, Some(0));
        assert_eq!(timeline_query(&ok), "?unit=provincial&seal=0");
        assert_eq!(parse("?unit=city").unwrap().seal_days, None);
        // A 市内单位 has no seal step: the parameter is not carried.
        let city_unit = parse("?unit=city-unit&city_deadline=2024-07-26&seal=3").unwrap();
        assert_eq!(
            timeline_query(&city_unit),
            "?unit=city-unit&city_deadline=2024-07-26"
        );
        for bad in [
            "?unit=city&seal=31",
            "?unit=city&seal=-1",
            "?unit=city&seal=abc",
            "?unit=city&seal=",
        ] {
            let errors = parse(bad).unwrap_err();
            assert!(
                errors[0].to_string().contains("盖章/审核所需工作日"),
                "{bad}"
            );
        }
    }

    #[test]
    fn days_without_a_date_are_checked() {
        assert_eq!(days_from_query(&unescaped("?page=x")), None);
        assert_eq!(days_from_query(&unescaped("?days=7")), Some(Ok(7)));
        for query in ["?days=0", "?days=abc", "?days=31"] {
            let error = days_from_query(&unescaped(query))
                .unwrap()
                .unwrap_err()
                .to_string();
            assert!(error.contains("公示工作日数"), "{query}: {error}");
        }
    }

    #[test]
    fn calculate_both_modes() {
        let cal = Calendar::official();
        let forward = CalcInput {
            mode: Mode::Forward,
            date: d(2024, 7, 24),
            days: 5,
        };
        let outcome = calculate(&cal, &forward).unwrap();
        assert_eq!(outcome.period().end_day(), d(2024, 7, 31));
        let backward = CalcInput {
            mode: Mode::Backward,
            date: d(2024, 7, 31),
            days: 5,
        };
        match calculate(&cal, &backward).unwrap() {
            Outcome::Backward(b) => assert_eq!(b.latest_posting, d(2024, 7, 24)),
            other => panic!("{other:?}"),
        }
    }
}
