//! Reading the province's evaluation notice (关于做好YYYY年全省质量技术监督系列专业技术
//! 任职资格评审安排的通知) as people paste it, into a
//! [`Notice`](crate::domain::notice::Notice).
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
//! | committee meeting | 「七」 | 例会时间拟定于9月中旬 → [`Timing::Period`](crate::domain::notice::Timing::Period) |
//! | defense | 「七」 | 答辩的具体时间、地点另行通知 → [`Timing::Later`](crate::domain::notice::Timing::Later) |
//!
//! Text is normalised as for the holiday notice, by the same code
//! ([`pasted`](crate::domain::pasted)): full-width digits and punctuation
//! become half-width, spaces are dropped, dashes unified; a window may be
//! written 「8月1至2日」, 「8月1日至8月2日」 or 「8月1日—2日」.
//!
//! One concept per file: `title.rs` (the title, its year, the date line),
//! `sentences.rs` (the text cut into sentences, quoted as written), then
//! one reader per row of the table (`cutoffs.rs`, `publicity.rs`,
//! `windows.rs`, `labels.rs`, `timing.rs`); `fields.rs`, `errors.rs`,
//! `warnings.rs` and `parsed.rs` are the types of the answer, `checks.rs`
//! checks it, `compare.rs` shows it beside a shipped notice, `entry.rs`
//! completes it with what the user types for a missing field, and
//! `read.rs` is the entry point.
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

mod checks;
mod compare;
mod cutoffs;
mod entry;
mod errors;
mod fields;
mod labels;
mod parsed;
mod publicity;
mod read;
mod sentences;
#[cfg(test)]
mod test_text;
mod timing;
mod title;
mod warnings;
mod windows;

pub use crate::domain::pasted::MAX_CHARS;
pub use compare::{FieldDifference, FieldValue};
pub use entry::{timing_from_fields, EntryPart, MissingEntry, NoticeFieldError};
pub use errors::NoticeTextError;
pub use fields::{NoticeField, ParsedField};
pub use parsed::ParsedNotice;
pub use read::parse_evaluation_notice;
pub use warnings::{NoticeWarning, NoticeWarningKind, UnusedWindow};
