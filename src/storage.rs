//! What the app keeps in the browser's localStorage: one versioned document.
//!
//! Everything lives under [`KEY`] as JSON `{"schema": 1, ...}`. A value that
//! cannot be read is never thrown away: the browser layer copies it to a
//! backup key (see [`backup_key`]) before starting clean.
//!
//! Version history (each version that ever shipped stays readable):
//! - 1: `calculator` — the last publicity calculation shown.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::dates;
use crate::request::{parse_days, CalcInput};

/// The localStorage key of the document.
pub const KEY: &str = "pingshen";
/// The prefix of keys that keep unreadable values.
pub const BACKUP_PREFIX: &str = "pingshen.backup.";
/// The schema this build writes.
pub const SCHEMA_VERSION: u32 = 1;

/// The stored document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    /// The last calculation shown in the publicity calculator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calculator: Option<CalcInput>,
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    schema: u32,
    #[serde(flatten)]
    body: T,
}

/// Why a stored value could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// Not JSON, or not the shape of any schema.
    Unreadable(String),
    /// Written by a newer version of the app.
    FutureVersion(u32),
    /// Readable, but a value in it is not valid.
    Invalid(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable(e) => write!(f, "本机保存的数据无法读取（{}）", dates::shorten(e)),
            Self::FutureVersion(v) => {
                write!(
                    f,
                    "本机数据由更新版本的助手保存（数据版本 {v}），当前版本无法读取"
                )
            }
            Self::Invalid(e) => write!(f, "本机保存的数据有误：{e}"),
        }
    }
}

impl std::error::Error for StorageError {}

/// Reads a stored document, checking every value.
///
/// # Errors
///
/// [`StorageError`] when the text is not a document of a known schema or
/// holds an invalid value; the caller keeps the text under a backup key.
pub fn decode(text: &str) -> Result<Stored, StorageError> {
    #[derive(Deserialize)]
    struct Version {
        schema: u32,
    }
    let version: Version =
        serde_json::from_str(text).map_err(|e| StorageError::Unreadable(e.to_string()))?;
    let stored = match version.schema {
        1 => {
            let envelope: Envelope<Stored> =
                serde_json::from_str(text).map_err(|e| StorageError::Unreadable(e.to_string()))?;
            envelope.body
        }
        v if v > SCHEMA_VERSION => return Err(StorageError::FutureVersion(v)),
        v => return Err(StorageError::Unreadable(format!("未知的数据版本 {v}"))),
    };
    if let Some(calc) = &stored.calculator {
        if !dates::is_supported(calc.date) {
            return Err(StorageError::Invalid(format!(
                "日期 {} 超出支持范围",
                calc.date
            )));
        }
        parse_days(&calc.days.to_string()).map_err(|e| StorageError::Invalid(e.to_string()))?;
    }
    Ok(stored)
}

/// Writes a document in the current schema.
pub fn encode(stored: &Stored) -> String {
    serde_json::to_string(&Envelope {
        schema: SCHEMA_VERSION,
        body: stored,
    })
    .expect("the document serialises")
}

/// The key under which an unreadable value found at `now_ms` is kept.
pub fn backup_key(now_ms: u64) -> String {
    format!("{BACKUP_PREFIX}{now_ms}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::Mode;
    use chrono::NaiveDate;

    fn sample() -> Stored {
        Stored {
            calculator: Some(CalcInput {
                mode: Mode::Backward,
                date: NaiveDate::from_ymd_opt(2024, 7, 31).unwrap(),
                days: 5,
            }),
        }
    }

    #[test]
    fn round_trip() {
        let text = encode(&sample());
        assert_eq!(
            text,
            r#"{"schema":1,"calculator":{"mode":"backward","date":"2024-07-31","days":5}}"#
        );
        assert_eq!(decode(&text).unwrap(), sample());
        assert_eq!(
            decode(&encode(&Stored::default())).unwrap(),
            Stored::default()
        );
    }

    #[test]
    fn unknown_fields_of_the_same_schema_are_ignored() {
        let text = r#"{"schema":1,"later":true,"calculator":{"mode":"forward","date":"2024-07-24","days":5}}"#;
        assert!(decode(text).unwrap().calculator.is_some());
    }

    #[test]
    fn unreadable_values_are_errors() {
        let table = [
            ("", "无法读取"),
            ("{", "无法读取"),
            ("null", "无法读取"),
            (r#"{"calculator":null}"#, "无法读取"),
            (r#"{"schema":0}"#, "未知的数据版本"),
            (r#"{"schema":7}"#, "更新版本"),
            (
                r#"{"schema":1,"calculator":{"mode":"sideways","date":"2024-07-24","days":5}}"#,
                "无法读取",
            ),
            (
                r#"{"schema":1,"calculator":{"mode":"forward","date":"2024-02-30","days":5}}"#,
                "无法读取",
            ),
            (
                r#"{"schema":1,"calculator":{"mode":"forward","date":"1900-01-01","days":5}}"#,
                "超出支持范围",
            ),
            (
                r#"{"schema":1,"calculator":{"mode":"forward","date":"2024-07-24","days":0}}"#,
                "超出范围",
            ),
            (
                r#"{"schema":1,"calculator":{"mode":"forward","date":"2024-07-24","days":-3}}"#,
                "无法读取",
            ),
        ];
        for (text, expected) in table {
            let err = decode(text).unwrap_err().to_string();
            assert!(err.contains(expected), "{text}: {err}");
        }
    }

    #[test]
    fn backup_keys_are_distinct_and_prefixed() {
        assert_eq!(backup_key(1), "pingshen.backup.1");
        assert_ne!(backup_key(1), backup_key(2));
        assert!(!backup_key(1).eq(KEY));
    }
}
