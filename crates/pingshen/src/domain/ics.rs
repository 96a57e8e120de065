//! iCalendar (RFC 5545) export of all-day events.
//!
//! The tool offers its deadlines (申报窗口、公示期、报卷截止) as an `.ics`
//! file the user can import into any calendar application. Only what that
//! needs is written: a `VCALENDAR` of all-day `VEVENT`s, each optionally
//! with a display reminder at 09:00 the day before.
//!
//! The output is deterministic: the same events and the same `stamp` give
//! byte-identical text, and each event carries the stable `UID` its caller
//! built, so importing the file again updates the events instead of
//! duplicating them.
//!
//! Every line ends with CRLF (the last one too) and every content line is
//! folded at 75 octets without splitting a UTF-8 character.
//!
//! # Example
//!
//! ```
//! use chrono::{NaiveDate, TimeZone, Utc};
//! use pingshen::domain::ics::{self, Event};
//!
//! let event = Event {
//!     uid: "window-2024-city@pingshen".to_string(),
//!     summary: "职称申报截止".to_string(),
//!     description: "材料报送至市市场监管局，逾期不予受理".to_string(),
//!     start: NaiveDate::from_ymd_opt(2024, 8, 9).unwrap(),
//!     end_inclusive: NaiveDate::from_ymd_opt(2024, 8, 9).unwrap(),
//!     reminder_day_before: true,
//! };
//! let stamp = Utc.with_ymd_and_hms(2024, 7, 1, 8, 0, 0).unwrap();
//! let text = ics::calendar("质监职称申报", &[event], stamp);
//! assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
//! assert!(text.contains("DTSTART;VALUE=DATE:20240809\r\n"));
//! assert!(text.contains("DTEND;VALUE=DATE:20240810\r\n"));
//! assert!(text.contains("TRIGGER:-PT15H\r\n"));
//! assert!(text.ends_with("END:VCALENDAR\r\n"));
//! ```

use chrono::{DateTime, NaiveDate, Utc};

/// The product identifier written as `PRODID`.
pub const PRODID: &str = "-//pingshen//质监职称申报助手//ZH";
/// The time zone advertised as `X-WR-TIMEZONE` (all-day events are floating).
pub const TIMEZONE: &str = "Asia/Shanghai";
/// The longest physical line, in octets, excluding the CRLF (RFC 5545 3.1).
pub const MAX_LINE_OCTETS: usize = 75;
/// The line break RFC 5545 requires.
const CRLF: &str = "\r\n";

/// One all-day event, possibly spanning several days.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::ics::Event;
///
/// let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
/// let event = Event {
///     uid: "publicity-2024-city@pingshen".to_string(),
///     summary: "集中公示".to_string(),
///     description: "不少于 5 个工作日".to_string(),
///     start: d(7, 25),
///     end_inclusive: d(7, 31),
///     reminder_day_before: false,
/// };
/// assert_eq!(event.dtend(), d(8, 1));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// A stable identifier, e.g. `"window-2024-city@pingshen"`, built by the
    /// caller so that the same deadline always gets the same UID.
    pub uid: String,
    /// The title shown in the calendar (Chinese text, unescaped).
    pub summary: String,
    /// Details (Chinese text, unescaped; may contain newlines, commas,
    /// semicolons and backslashes).
    pub description: String,
    /// The first day of the event.
    pub start: NaiveDate,
    /// The last day of the event, included. Written as the exclusive
    /// `DTEND` = `end_inclusive` + 1 day. A day before `start` is taken as
    /// `start` (a one-day event).
    pub end_inclusive: NaiveDate,
    /// Whether to add a display alarm at 09:00 the day before `start`
    /// (`TRIGGER:-PT15H` relative to the all-day start at 00:00).
    pub reminder_day_before: bool,
}

impl Event {
    /// The exclusive end written as `DTEND`: the day after the last day
    /// (never before the day after `start`).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pingshen::domain::ics::Event;
    ///
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let event = Event {
    ///     uid: "x@pingshen".to_string(),
    ///     summary: "年末".to_string(),
    ///     description: String::new(),
    ///     start: d(2024, 12, 31),
    ///     end_inclusive: d(2024, 12, 31),
    ///     reminder_day_before: false,
    /// };
    /// assert_eq!(event.dtend(), d(2025, 1, 1));
    /// ```
    pub fn dtend(&self) -> NaiveDate {
        let last = self.end_inclusive.max(self.start);
        // `succ_opt` only fails at NaiveDate::MAX, far outside any real use.
        last.succ_opt().unwrap_or(last)
    }
}

/// The whole calendar as RFC 5545 text, every line ending with CRLF.
///
/// `name` becomes `X-WR-CALNAME`; `stamp` becomes every event's `DTSTAMP`
/// (pass a fixed value to get byte-identical output for the same input).
/// Text values are escaped with [`escape_text`] and every line folded with
/// [`fold_line`].
///
/// # Example
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use pingshen::domain::ics;
///
/// let stamp = Utc.with_ymd_and_hms(2024, 7, 1, 8, 30, 0).unwrap();
/// let text = ics::calendar("质监职称, 2024", &[], stamp);
/// assert_eq!(
///     text,
///     "BEGIN:VCALENDAR\r\n\
///      VERSION:2.0\r\n\
///      PRODID:-//pingshen//质监职称申报助手//ZH\r\n\
///      CALSCALE:GREGORIAN\r\n\
///      METHOD:PUBLISH\r\n\
///      X-WR-CALNAME:质监职称\\, 2024\r\n\
///      X-WR-TIMEZONE:Asia/Shanghai\r\n\
///      END:VCALENDAR\r\n"
/// );
/// ```
pub fn calendar(name: &str, events: &[Event], stamp: DateTime<Utc>) -> String {
    let mut out = String::new();
    let mut line = |content: &str| {
        out.push_str(&fold_line(content));
        out.push_str(CRLF);
    };
    let dtstamp = crate::domain::dates::utc_stamp(stamp, true);

    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!("PRODID:{PRODID}"));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", escape_text(name)));
    line(&format!("X-WR-TIMEZONE:{TIMEZONE}"));
    for event in events {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape_text(&event.uid)));
        line(&format!("DTSTAMP:{dtstamp}"));
        line(&format!("DTSTART;VALUE=DATE:{}", ics_date(event.start)));
        line(&format!("DTEND;VALUE=DATE:{}", ics_date(event.dtend())));
        line(&format!("SUMMARY:{}", escape_text(&event.summary)));
        line(&format!("DESCRIPTION:{}", escape_text(&event.description)));
        line("TRANSP:TRANSPARENT");
        if event.reminder_day_before {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line(&format!(
                "DESCRIPTION:{}",
                escape_text(&format!("明天：{}", event.summary))
            ));
            line("TRIGGER:-PT15H");
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// A DATE value, `YYYYMMDD`.
fn ics_date(date: NaiveDate) -> String {
    crate::domain::dates::compact(date)
}

/// Escapes a TEXT value (RFC 5545 3.3.11).
///
/// Backslash, semicolon and comma get a backslash; a line break (`\r\n`,
/// `\n`, or a lone `\r`) becomes the two characters `\n`. Other control
/// characters except tab are not allowed in TEXT and are dropped. Everything
/// else, Chinese included, is left as it is.
///
/// # Example
///
/// ```
/// use pingshen::domain::ics::escape_text;
///
/// assert_eq!(escape_text("甲,乙;丙\\丁"), "甲\\,乙\\;丙\\\\丁");
/// assert_eq!(escape_text("第一行\r\n第二行\n第三行"), "第一行\\n第二行\\n第三行");
/// ```
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line (given without its CRLF) so that no physical line
/// exceeds 75 octets (RFC 5545 3.1).
///
/// Breaks are `CRLF` followed by one space, the space counting towards the
/// next line's 75 octets. A break never falls inside a UTF-8 character, so
/// a line of Chinese (3 octets a character) breaks a little early rather
/// than splitting one. The result has no trailing CRLF; removing every
/// `"\r\n "` gives back the input.
///
/// # Example
///
/// ```
/// use pingshen::domain::ics::fold_line;
///
/// let short = "A".repeat(75);
/// assert_eq!(fold_line(&short), short);
///
/// let long = "职".repeat(30); // 90 octets
/// let folded = fold_line(&long);
/// assert_eq!(folded, format!("{}\r\n {}", "职".repeat(25), "职".repeat(5)));
/// assert_eq!(folded.replace("\r\n ", ""), long);
/// ```
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 24);
    let mut used = 0;
    for ch in line.chars() {
        let n = ch.len_utf8();
        if used + n > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(ch);
        used += n;
    }
    out
}

/// The file name for a unit's calendar of one year, e.g.
/// `质监职称-2024-市市场监管局.ics`.
///
/// Characters unsafe in file names (`/ \ : * ? " < > |` and control
/// characters) are removed from `unit`, as are leading and trailing spaces
/// and dots. If nothing is left, the unit part is omitted.
///
/// # Example
///
/// ```
/// use pingshen::domain::ics::filename;
///
/// assert_eq!(filename("市市场监管局", 2024), "质监职称-2024-市市场监管局.ics");
/// assert_eq!(filename("沈阳/大连:质检*", 2025), "质监职称-2025-沈阳大连质检.ics");
/// assert_eq!(filename(" ?? ", 2024), "质监职称-2024.ics");
/// ```
pub fn filename(unit: &str, year: i32) -> String {
    let cleaned: String = unit
        .chars()
        .filter(|c| !c.is_control() && !"/\\:*?\"<>|".contains(*c))
        .collect();
    let cleaned = cleaned.trim_matches(|c: char| c.is_whitespace() || c == '.');
    if cleaned.is_empty() {
        format!("质监职称-{year}.ics")
    } else {
        format!("质监职称-{year}-{cleaned}.ics")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use std::collections::BTreeSet;

    use crate::domain::test_dates::d;

    fn stamp() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2024, 7, 1, 8, 5, 9).unwrap()
    }

    fn event(uid: &str, start: NaiveDate, end: NaiveDate, reminder: bool) -> Event {
        Event {
            uid: uid.to_string(),
            summary: format!("职称申报节点（{uid}）"),
            description: "第一行：请携带身份证、学历证书；\r\n第二行\\备注，\n第三行".repeat(3),
            start,
            end_inclusive: end,
            reminder_day_before: reminder,
        }
    }

    fn sample_events() -> Vec<Event> {
        vec![
            event(
                "window-2024-city@pingshen",
                d(2024, 8, 9),
                d(2024, 8, 9),
                true,
            ),
            event(
                "publicity-2024-city@pingshen",
                d(2024, 7, 25),
                d(2024, 7, 31),
                false,
            ),
            event(
                "submit-2024-city@pingshen",
                d(2024, 12, 31),
                d(2024, 12, 31),
                true,
            ),
        ]
    }

    /// Unfolds the text into logical lines (without CRLF).
    fn unfold(text: &str) -> Vec<String> {
        let body = text.strip_suffix("\r\n").expect("text ends with CRLF");
        body.replace("\r\n ", "")
            .split("\r\n")
            .map(str::to_string)
            .collect()
    }

    fn values<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
        lines.iter().filter_map(|l| l.strip_prefix(name)).collect()
    }

    #[test]
    fn escaping() {
        let table = [
            ("", "", "empty"),
            ("a,b", "a\\,b", "comma"),
            ("a;b", "a\\;b", "semicolon"),
            ("a\\b", "a\\\\b", "backslash"),
            ("a\\n", "a\\\\n", "a literal backslash-n is not a newline"),
            ("a\nb", "a\\nb", "LF"),
            ("a\r\nb", "a\\nb", "CRLF is one newline"),
            ("a\rb", "a\\nb", "lone CR"),
            ("a\n\nb", "a\\n\\nb", "blank line kept"),
            ("a\u{7}b\tc", "ab\tc", "control dropped, tab kept"),
            (
                "质监职称申报助手：公示",
                "质监职称申报助手：公示",
                "Chinese untouched",
            ),
            (
                "甲，乙；丙",
                "甲，乙；丙",
                "full-width punctuation untouched",
            ),
            ("a:b\"c", "a:b\"c", "colon and quote need no escape in TEXT"),
            (
                "材料,共3份;\r\n见附件\\目录",
                "材料\\,共3份\\;\\n见附件\\\\目录",
                "mixed",
            ),
        ];
        for (input, expected, why) in table {
            assert_eq!(escape_text(input), expected, "{why}");
        }
    }

    #[test]
    fn folding_ascii_boundaries() {
        // (input length, expected physical line lengths)
        let table: [(usize, &[usize]); 7] = [
            (0, &[0]),
            (1, &[1]),
            (74, &[74]),
            (75, &[75]),
            (76, &[75, 2]),
            (149, &[75, 75]),
            (150, &[75, 75, 2]),
        ];
        for (len, expected) in table {
            let line = "x".repeat(len);
            let folded = fold_line(&line);
            let lengths: Vec<usize> = folded.split("\r\n").map(str::len).collect();
            assert_eq!(lengths, expected, "length {len}");
            assert_eq!(folded.replace("\r\n ", ""), line, "length {len}");
        }
    }

    #[test]
    fn folding_never_splits_a_character() {
        let table = [
            "职".repeat(25),
            "职".repeat(26),
            "职".repeat(100),
            format!("x{}", "职".repeat(40)),
            format!("xx{}", "职".repeat(40)),
            format!(
                "DESCRIPTION:{}",
                "质量技术监督系列职称评审，材料齐全；".repeat(10)
            ),
            format!("SUMMARY:{}", "😀a职".repeat(30)),
        ];
        for line in &table {
            let folded = fold_line(line);
            for (i, physical) in folded.split("\r\n").enumerate() {
                // `split` on a &str already proves each piece is valid UTF-8;
                // the lengths are the point.
                assert!(physical.len() <= MAX_LINE_OCTETS, "{line}: line {i}");
                if i > 0 {
                    assert!(physical.starts_with(' '), "{line}: line {i}");
                    assert!(physical.len() > 1, "{line}: empty continuation");
                }
            }
            assert_eq!(folded.replace("\r\n ", ""), *line);
            // Folds only where needed: each non-final line could not take
            // its successor's first character.
            let pieces: Vec<&str> = folded.split("\r\n").collect();
            for w in pieces.windows(2) {
                let next = w[1][1..].chars().next().unwrap();
                assert!(w[0].len() + next.len_utf8() > MAX_LINE_OCTETS, "{line}");
            }
        }
        // 25 Chinese characters are exactly 75 octets: not folded.
        assert!(!fold_line(&"职".repeat(25)).contains("\r\n"));
    }

    #[test]
    fn calendar_uses_crlf_everywhere_and_folds() {
        let text = calendar("辽宁省质监职称 2024", &sample_events(), stamp());
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        let bytes = text.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' {
                assert!(i > 0 && bytes[i - 1] == b'\r', "bare LF at {i}");
            }
            if b == b'\r' {
                assert_eq!(bytes.get(i + 1), Some(&b'\n'), "bare CR at {i}");
            }
        }
        let physical: Vec<&str> = text.strip_suffix("\r\n").unwrap().split("\r\n").collect();
        assert!(physical.iter().all(|l| l.len() <= MAX_LINE_OCTETS));
        assert!(
            physical.iter().any(|l| l.starts_with(' ')),
            "something folded"
        );
    }

    #[test]
    fn calendar_structure() {
        let events = sample_events();
        let lines = unfold(&calendar("质监职称, 2024", &events, stamp()));
        let head = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//pingshen//质监职称申报助手//ZH",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:质监职称\\, 2024",
            "X-WR-TIMEZONE:Asia/Shanghai",
        ];
        assert_eq!(&lines[..head.len()], head);
        assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
        assert_eq!(values(&lines, "BEGIN:VEVENT").len(), events.len());
        assert_eq!(values(&lines, "END:VEVENT").len(), events.len());
        assert_eq!(values(&lines, "DTSTAMP:"), ["20240701T080509Z"; 3]);
        assert_eq!(values(&lines, "TRANSP:"), ["TRANSPARENT"; 3]);
        let summaries: Vec<String> = events.iter().map(|e| escape_text(&e.summary)).collect();
        assert_eq!(values(&lines, "SUMMARY:"), summaries);
        // The event descriptions (alarm descriptions are inside VALARM).
        let expected = escape_text(&events[1].description);
        assert!(values(&lines, "DESCRIPTION:").contains(&expected.as_str()));
        assert!(!expected.contains('\n') && expected.contains("\\n"));
    }

    #[test]
    fn dtend_is_exclusive() {
        let table = [
            (
                d(2024, 8, 9),
                d(2024, 8, 9),
                "20240809",
                "20240810",
                "one day",
            ),
            (
                d(2024, 1, 31),
                d(2024, 1, 31),
                "20240131",
                "20240201",
                "month end",
            ),
            (
                d(2024, 2, 28),
                d(2024, 2, 28),
                "20240228",
                "20240229",
                "leap February",
            ),
            (
                d(2024, 2, 29),
                d(2024, 2, 29),
                "20240229",
                "20240301",
                "leap day",
            ),
            (
                d(2023, 2, 28),
                d(2023, 2, 28),
                "20230228",
                "20230301",
                "common February",
            ),
            (
                d(2024, 12, 31),
                d(2024, 12, 31),
                "20241231",
                "20250101",
                "year end",
            ),
            (
                d(2024, 12, 27),
                d(2025, 1, 6),
                "20241227",
                "20250107",
                "across the year",
            ),
            (
                d(2024, 9, 25),
                d(2024, 10, 10),
                "20240925",
                "20241011",
                "across 国庆",
            ),
            (
                d(2024, 8, 9),
                d(2024, 8, 1),
                "20240809",
                "20240810",
                "end before start",
            ),
        ];
        for (start, end, dtstart, dtend, why) in table {
            let lines = unfold(&calendar("x", &[event("u@p", start, end, false)], stamp()));
            assert_eq!(values(&lines, "DTSTART;VALUE=DATE:"), [dtstart], "{why}");
            assert_eq!(values(&lines, "DTEND;VALUE=DATE:"), [dtend], "{why}");
        }
    }

    #[test]
    fn valarm_only_when_asked() {
        let table = [
            (vec![], 0),
            (vec![false], 0),
            (vec![true], 1),
            (vec![true, false, true], 2),
            (vec![false, false], 0),
        ];
        for (flags, alarms) in table {
            let events: Vec<Event> = flags
                .iter()
                .enumerate()
                .map(|(i, &r)| event(&format!("e{i}@p"), d(2024, 8, 9), d(2024, 8, 9), r))
                .collect();
            let lines = unfold(&calendar("x", &events, stamp()));
            assert_eq!(values(&lines, "BEGIN:VALARM").len(), alarms, "{flags:?}");
            assert_eq!(values(&lines, "END:VALARM").len(), alarms, "{flags:?}");
            assert_eq!(values(&lines, "TRIGGER:").len(), alarms, "{flags:?}");
            assert_eq!(values(&lines, "ACTION:").len(), alarms, "{flags:?}");
            // Each alarm sits inside its own event, right after TRANSP.
            for (i, l) in lines.iter().enumerate() {
                if l == "BEGIN:VALARM" {
                    assert_eq!(lines[i - 1], "TRANSP:TRANSPARENT");
                    assert_eq!(lines[i + 1], "ACTION:DISPLAY");
                    assert!(lines[i + 2].starts_with("DESCRIPTION:明天："));
                    assert_eq!(lines[i + 3], "TRIGGER:-PT15H");
                    assert_eq!(lines[i + 4], "END:VALARM");
                    assert_eq!(lines[i + 5], "END:VEVENT");
                }
            }
        }
    }

    #[test]
    fn uids_unique_and_output_stable() {
        let events = sample_events();
        let first = calendar("质监职称", &events, stamp());
        let second = calendar("质监职称", &events.clone(), stamp());
        assert_eq!(first, second, "byte-identical for the same input");

        let lines = unfold(&first);
        let uids = values(&lines, "UID:");
        let expected: Vec<&str> = events.iter().map(|e| e.uid.as_str()).collect();
        assert_eq!(uids, expected);
        assert_eq!(uids.iter().collect::<BTreeSet<_>>().len(), events.len());

        // A later export differs only in DTSTAMP; the UIDs stay the same.
        let later = Utc.with_ymd_and_hms(2024, 9, 1, 0, 0, 0).unwrap();
        let third = calendar("质监职称", &events, later);
        assert_eq!(third.replace("20240901T000000Z", "20240701T080509Z"), first);
    }

    #[test]
    fn filename_sanitising() {
        let table = [
            ("市市场监管局", 2024, "质监职称-2024-市市场监管局.ics"),
            ("沈阳/大连", 2024, "质监职称-2024-沈阳大连.ics"),
            ("a\\b:c*d?e\"f<g>h|i", 2025, "质监职称-2025-abcdefghi.ics"),
            ("质检\n院\t二\u{0}所", 2024, "质监职称-2024-质检院二所.ics"),
            ("  ..省局..  ", 2024, "质监职称-2024-省局.ics"),
            ("", 2024, "质监职称-2024.ics"),
            ("/:*?", 2026, "质监职称-2026.ics"),
            ("省局 计量处", 2024, "质监职称-2024-省局 计量处.ics"),
        ];
        for (unit, year, expected) in table {
            let name = filename(unit, year);
            assert_eq!(name, expected, "{unit:?}");
            assert!(!name
                .chars()
                .any(|c| c.is_control() || "/\\:*?\"<>|".contains(c)));
        }
    }
}
