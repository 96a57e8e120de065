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
//! One rule, one file: the size check (rule 1) and the normalisation
//! (rule 2) are shared with the evaluation reader in
//! [`pasted`](crate::domain::pasted); `title.rs` finds the title and the
//! year (rule 3), `lines.rs` the page furniture (rule 4), `items.rs` the
//! items (rule 5), `sentence.rs` reads each sentence's clauses (rule 6),
//! `mentions.rs` resolves their dates (rule 7); `errors.rs` holds the
//! warnings and errors, `parsed.rs` the result and its schedule,
//! `agreement.rs` its comparison with the shipped data, `read.rs` the two
//! entry points.
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

mod agreement;
mod errors;
mod items;
mod lines;
mod mentions;
mod parsed;
mod read;
mod sentence;
mod title;

pub use crate::domain::pasted::MAX_CHARS;
pub use agreement::{Agreement, DayDifference};
pub use errors::{HolidayTextError, HolidayWarning};
pub use parsed::{ParsedDay, ParsedHolidayNotice, ParsedItems, YearFrom};
pub use read::{parse_holiday_notice, parse_items};
