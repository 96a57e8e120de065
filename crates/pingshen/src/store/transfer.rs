//! The stored document as a file: export, import (checked before anything
//! changes) and how an import combines with what is stored.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::dates;
use crate::domain::workspace::Record;
use crate::store::{Problem, ReadError, Stored, SCHEMA_VERSION};

/// The `format` marker of an export file.
pub const EXPORT_FORMAT: &str = "pingshen-export";
/// The largest import accepted, in bytes (checked before parsing).
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;

/// The whole stored document as a backup file: pretty JSON
/// `{"format":"pingshen-export","schema":1,"exported_at":"2026-11-28T05:00:00Z","data":{…}}`,
/// where `data` holds the same fields [`store::encode`](super::encode) writes (schema set
/// to [`SCHEMA_VERSION`]). The text ends with a line break.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use pingshen::store::{transfer, Stored};
/// let at = Utc.with_ymd_and_hms(2026, 11, 28, 5, 0, 0).unwrap();
/// let text = transfer::export(&Stored::default(), at);
/// assert!(text.contains(r#""exported_at": "2026-11-28T05:00:00Z""#));
/// assert_eq!(transfer::parse_import(&text), Ok(Stored::default()));
/// ```
pub fn export(stored: &Stored, exported_at: DateTime<Utc>) -> String {
    #[derive(Serialize)]
    struct Envelope<'a> {
        format: &'static str,
        schema: u32,
        exported_at: String,
        data: &'a Stored,
    }
    let envelope = Envelope {
        format: EXPORT_FORMAT,
        schema: SCHEMA_VERSION,
        exported_at: dates::utc_stamp(exported_at, false),
        data: stored,
    };
    let mut text = serde_json::to_string_pretty(&envelope)
        .unwrap_or_else(|_| unreachable!("plain data always serialises"));
    text.push('\n');
    text
}

/// Why an import file was refused (nothing has changed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// More than [`MAX_IMPORT_BYTES`] bytes (the size found).
    TooLarge(usize),
    /// Not JSON at all (a cut-off file lands here too).
    NotJson(ReadError),
    /// JSON, but without the [`EXPORT_FORMAT`] marker.
    NotExport,
    /// Exported by a newer version of the app (its schema).
    FutureVersion(u32),
    /// An export, but something in it is missing or not valid.
    Invalid(Damage),
}

/// What is wrong inside an export file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Damage {
    /// The file's schema number is missing.
    NoSchema,
    /// The `data` object is missing.
    NoData,
    /// The data's own schema number is missing or was never written (0).
    DataSchema,
    /// The data is not the shape of the schema.
    Shape(ReadError),
    /// A value fails the checks every stored document passes.
    Value(Problem),
}

/// `bytes` in tenths of a megabyte, rounded to nearest.
fn tenths_of_mb(bytes: usize) -> usize {
    (bytes * 10 + 512 * 1024) / (1024 * 1024)
}

impl fmt::Display for Damage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoSchema => write!(f, "缺少数据版本号"),
            Self::NoData => write!(f, "缺少数据内容"),
            Self::DataSchema => write!(f, "数据内容的版本号缺失或无效"),
            Self::Shape(e) => write!(f, "{e}"),
            Self::Value(e) => write!(f, "{e}"),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge(bytes) => write!(
                f,
                "文件太大（{}.{} MB，上限 {} MB），不是本助手导出的文件或文件已损坏",
                // Tenths of a megabyte, with integers only (no float formatting).
                tenths_of_mb(*bytes) / 10,
                tenths_of_mb(*bytes) % 10,
                MAX_IMPORT_BYTES / (1024 * 1024)
            ),
            Self::NotJson(e) => write!(f, "文件不完整或已损坏，无法读取（{e}）"),
            Self::NotExport => write!(
                f,
                "不是本助手导出的文件：请选择用“导出全部数据”保存的 .json 文件"
            ),
            Self::FutureVersion(v) => write!(
                f,
                "文件由更新版本的助手导出（数据版本 {v}），当前版本无法读取，请先刷新页面更新助手"
            ),
            Self::Invalid(e) => write!(f, "文件不完整或已损坏：{e}"),
        }
    }
}

impl std::error::Error for ImportError {}

/// Reads an export file, checking everything before the caller changes
/// anything: the size first (more than [`MAX_IMPORT_BYTES`] is refused
/// without parsing), then JSON, the [`EXPORT_FORMAT`] marker, the schema
/// (newer than [`SCHEMA_VERSION`] is refused, in the file or its data),
/// then the data's shape (a field given twice is refused), then every
/// value, by the same [`Stored::validate`] a stored document passes on
/// load. A leading byte-order mark is ignored.
///
/// For every valid document `s`, `parse_import(&export(&s, t)) == Ok(s)`.
///
/// # Errors
///
/// The first [`ImportError`] found.
pub fn parse_import(text: &str) -> Result<Stored, ImportError> {
    use serde::de::IgnoredAny;
    use serde_json::value::RawValue;

    /// The envelope's parts, as written (a value tree would cost the
    /// download a whole number parser for three fields).
    #[derive(Deserialize)]
    struct Parts<'a> {
        #[serde(borrow, default)]
        format: Option<&'a RawValue>,
        #[serde(borrow, default)]
        schema: Option<&'a RawValue>,
        #[serde(borrow, default)]
        data: Option<&'a RawValue>,
    }
    /// The whole document, read from the text (this refuses a field given
    /// twice at any depth).
    #[derive(Deserialize)]
    struct Envelope {
        data: Stored,
    }

    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_slice::<IgnoredAny>(text.as_bytes())
        .map_err(|e| ImportError::NotJson(e.into()))?;
    // Any JSON that is not an object with the marker is someone else's file.
    let parts: Parts =
        serde_json::from_slice(text.as_bytes()).map_err(|_| ImportError::NotExport)?;
    let marker = parts
        .format
        .and_then(|f| serde_json::from_slice::<&str>(f.get().as_bytes()).ok());
    if !text.trim_start().starts_with('{') || marker != Some(EXPORT_FORMAT) {
        return Err(ImportError::NotExport);
    }
    let version = |raw: Option<&RawValue>| {
        raw.and_then(|r| serde_json::from_slice::<u64>(r.get().as_bytes()).ok())
    };
    let newer = |v: u64| {
        (v > u64::from(SCHEMA_VERSION))
            .then(|| ImportError::FutureVersion(u32::try_from(v).unwrap_or(u32::MAX)))
    };
    let schema = version(parts.schema).ok_or(ImportError::Invalid(Damage::NoSchema))?;
    if let Some(e) = newer(schema) {
        return Err(e);
    }
    let data = parts
        .data
        .filter(|d| d.get().starts_with('{'))
        .ok_or(ImportError::Invalid(Damage::NoData))?;
    let data_parts: Parts = serde_json::from_slice(data.get().as_bytes())
        .map_err(|_| ImportError::Invalid(Damage::DataSchema))?;
    let data_schema = version(data_parts.schema).ok_or(ImportError::Invalid(Damage::DataSchema))?;
    if let Some(e) = newer(data_schema) {
        return Err(e);
    }
    // Every schema that ever shipped is read (schema 1 files are upgraded
    // by `Stored::assign_rounds` before they are used).
    if data_schema == 0 {
        return Err(ImportError::Invalid(Damage::DataSchema));
    }
    let Envelope { data: stored } = serde_json::from_slice(text.as_bytes())
        .map_err(|e| ImportError::Invalid(Damage::Shape(e.into())))?;
    stored
        .validate()
        .map_err(|e| ImportError::Invalid(Damage::Value(e)))?;
    Ok(stored)
}

/// How an import combines with what is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Everything becomes the file's document.
    Replace,
    /// Applicants merged by id; the rest kept, filled in from the file.
    Merge,
}

/// What an import would do to the applicants (their names).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportPreview {
    /// Applicants in the file whose id is not stored.
    pub added: Vec<String>,
    /// Applicants in the file whose stored record differs.
    pub updated: Vec<String>,
    /// Applicants in the file identical to the stored record.
    pub unchanged: usize,
    /// Stored applicants that would disappear (only in [`ImportMode::Replace`]).
    pub removed: Vec<String>,
}

/// What [`apply`] would do to the applicants, in the file's order (removed
/// ones in the stored order).
pub fn preview(current: &Stored, incoming: &Stored, mode: ImportMode) -> ImportPreview {
    let mut p = ImportPreview::default();
    for r in &incoming.applicants {
        match current.applicants.iter().find(|c| c.id == r.id) {
            None => p.added.push(r.name.clone()),
            Some(c) if c == r => p.unchanged += 1,
            Some(_) => p.updated.push(r.name.clone()),
        }
    }
    if mode == ImportMode::Replace {
        p.removed = current
            .applicants
            .iter()
            .filter(|c| !incoming.applicants.iter().any(|r| r.id == c.id))
            .map(|c| c.name.clone())
            .collect();
    }
    p
}

/// The document after an import of `incoming` (already checked by
/// [`parse_import`]).
///
/// - [`ImportMode::Replace`]: `incoming` as it is.
/// - [`ImportMode::Merge`], applicants by id: a stored record with the id of
///   an incoming one is replaced by it in place; incoming records with new
///   ids follow, in their order; records only stored stay. The rest keeps
///   the stored values, taking the file's only where nothing is stored
///   (calculator, timeline, eligibility, active year); profiles and holiday
///   schedules are united by year, the stored one winning; past applicants
///   are united by id (an id stored in either list is not added again).
///
/// Upgrade a schema-1 file with [`Stored::assign_rounds`] before.
pub fn apply(current: &Stored, incoming: Stored, mode: ImportMode) -> Stored {
    match mode {
        ImportMode::Replace => Stored {
            schema: SCHEMA_VERSION,
            ..incoming
        },
        ImportMode::Merge => {
            let mut applicants: Vec<Record> = current
                .applicants
                .iter()
                .map(|c| {
                    incoming
                        .applicants
                        .iter()
                        .find(|r| r.id == c.id)
                        .unwrap_or(c)
                        .clone()
                })
                .collect();
            let mut past_applicants = current.past_applicants.clone();
            let taken =
                |id: &str, a: &[Record], p: &[Record]| a.iter().chain(p).any(|r| r.id == id);
            for r in incoming.applicants {
                if !taken(&r.id, &applicants, &past_applicants) {
                    applicants.push(r);
                }
            }
            for r in incoming.past_applicants {
                if !taken(&r.id, &applicants, &past_applicants) {
                    past_applicants.push(r);
                }
            }
            let mut profiles = current.profiles.clone();
            for p in incoming.profiles {
                if !profiles.iter().any(|c| c.year == p.year) {
                    profiles.push(p);
                }
            }
            let mut holidays = current.holidays.clone();
            for h in incoming.holidays {
                if !holidays.iter().any(|c| c.year == h.year) {
                    holidays.push(h);
                }
            }
            Stored {
                schema: SCHEMA_VERSION,
                calculator: current.calculator.or(incoming.calculator),
                timeline: current.timeline.or(incoming.timeline),
                paperwork: current.paperwork.clone().or(incoming.paperwork),
                profiles,
                holidays,
                eligibility: current.eligibility.clone().or(incoming.eligibility),
                applicants,
                past_applicants,
                backup: current.backup.clone(),
            }
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))] // proptest is a native dev-dependency
mod tests {
    use super::*;
    use crate::domain::eligibility::{Applicant, Level};

    use crate::domain::notice::{Notice, UnitKind};
    use crate::domain::request::{CalcInput, Mode};
    use crate::store::{self, EligibilityInput, TimelineInput, UserDay, UserYear};
    use std::collections::HashSet;

    /// Any reading error: the table compares kinds of error, not places.
    fn a_read_error() -> ReadError {
        serde_json::from_str::<u32>("x").unwrap_err().into()
    }
    use chrono::TimeZone;
    use proptest::prelude::*;

    use crate::domain::test_dates::d;

    use crate::domain::workspace::tests::{civil_servant, eligible, record, ALL_FORMS};

    fn at() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 28, 5, 0, 0).unwrap()
    }

    fn full_document() -> Stored {
        Stored {
            schema: SCHEMA_VERSION,
            calculator: Some(CalcInput {
                mode: Mode::Backward,
                date: d(2024, 7, 31),
                days: 5,
            }),
            timeline: Some(TimelineInput {
                unit: UnitKind::CityUnit,
                city_deadline: Some(d(2024, 7, 26)),
                seal_days: None,
                round: Some(2024),
            }),
            profiles: vec![crate::domain::rounds::project(
                &Notice::official_2024(),
                2025,
                &crate::domain::calendar::Calendar::official(),
            )],
            holidays: vec![UserYear {
                origin: crate::domain::calendar::UserOrigin::File,
                year: 2027,
                days: vec![UserDay {
                    date: d(2027, 1, 1),
                    name: "元旦".into(),
                    off: true,
                }],
            }],
            eligibility: Some(EligibilityInput {
                applicant: eligible(),
                ticks: vec!["form-1".into()],
                achievements: vec![],
                posted: Some(d(2024, 7, 24)),
                round: Some(2024),
                ..EligibilityInput::default()
            }),
            applicants: vec![
                Record {
                    round: Some(2024),
                    ..record(
                        "a1",
                        "张\"三\"\n<script>alert('x')</script> & 李",
                        eligible(),
                        Some(d(2024, 7, 24)),
                        &["form-1"],
                    )
                },
                Record {
                    notes: "备注\r\n第二行 \\ \u{2028} 😀".into(),
                    excluded: true,
                    round: Some(2024),
                    ..record("a2", "O'Brien", civil_servant(), None, &[])
                },
            ],
            paperwork: Some(crate::store::PaperworkInput {
                unit_name: "辽宁省计量科学研究院".into(),
                place: "一楼公示栏".into(),
                contact: "人事处, \"王\"".into(),
                posted: Some(d(2024, 7, 24)),
                objections: String::new(),
                integrity_ok: true,
                round: Some(2024),
                ..crate::store::PaperworkInput::default()
            }),
            past_applicants: vec![],
            backup: None,
        }
    }

    fn doc_with(records: Vec<Record>) -> Stored {
        Stored {
            applicants: records,
            ..Stored::default()
        }
    }

    #[test]
    fn export_shape() {
        let text = export(
            &doc_with(vec![record("a1", "x", Applicant::default(), None, &[])]),
            at(),
        );
        assert!(
            text.starts_with(
                "{\n  \"format\": \"pingshen-export\",\n  \"schema\": 2,\n  \"exported_at\": \"2026-11-28T05:00:00Z\",\n  \"data\": {\n    \"schema\": 2,"
            ),
            "{text}"
        );
        assert!(text.ends_with("}\n"));
        // The data is what store::encode writes.
        let parse = |text: &str| serde_json::from_str::<serde_json::Value>(text).unwrap();
        let value = parse(&text);
        let encoded = parse(&store::encode(&full_document()));
        let full = parse(&export(&full_document(), at()));
        assert_eq!(full["data"], encoded);
        assert_eq!(value["data"]["applicants"][0]["name"], "x");
        // A stale schema number is written as the current one.
        let old = Stored {
            schema: 0,
            ..Stored::default()
        };
        assert_eq!(export(&old, at()), export(&Stored::default(), at()));
    }

    #[test]
    fn round_trip_is_exact_and_re_export_byte_identical() {
        for doc in [Stored::default(), full_document()] {
            let text = export(&doc, at());
            let back = parse_import(&text).unwrap();
            assert_eq!(back, doc);
            assert_eq!(export(&back, at()), text);
        }
        // A byte-order mark (some editors add one) is ignored.
        let text = format!("\u{feff}{}", export(&full_document(), at()));
        assert_eq!(parse_import(&text), Ok(full_document()));
    }

    #[test]
    fn import_errors() {
        let valid = export(&full_document(), at());
        let with_data = |data: &str| {
            format!(
                r#"{{"format":"pingshen-export","schema":1,"exported_at":"2026-11-28T05:00:00Z","data":{data}}}"#
            )
        };
        let dup = with_data(
            r#"{"schema":1,"applicants":[{"id":"a1","name":"甲"},{"id":"a1","name":"乙"}]}"#,
        );
        let bad_date = with_data(
            r#"{"schema":1,"applicants":[{"id":"a1","name":"甲","posted":"2024-02-30"}]}"#,
        );
        let old_date = with_data(
            r#"{"schema":1,"applicants":[{"id":"a1","name":"甲","posted":"1999-12-31"}]}"#,
        );
        let empty_name = with_data(r#"{"schema":1,"applicants":[{"id":"a1","name":"  "}]}"#);
        let empty_id = with_data(r#"{"schema":1,"applicants":[{"id":"","name":"甲"}]}"#);
        let huge_patent = with_data(
            r#"{"schema":1,"applicants":[{"id":"a1","name":"甲","applicant":{"patent":{"kind":"invention","annual_benefit_yuan":100000000001}}}]}"#,
        );
        let bad_calc = with_data(
            r#"{"schema":1,"calculator":{"mode":"forward","date":"2024-07-24","days":0}}"#,
        );
        let newer_data = with_data(r#"{"schema":7}"#);
        let wrong_shape = with_data(r#"{"schema":1,"applicants":"everyone"}"#);
        let junk = "x".repeat(10 * 1024 * 1024 + 1);
        // A valid export padded to 11 MB: TooLarge although it would parse.
        let padded = format!("{valid}{}", " ".repeat(11 * 1024 * 1024));
        let truncated = &valid[..valid.len() / 2];
        let bare = store::encode(&full_document());
        let table: Vec<(&str, &str, ImportError, &str)> = vec![
            (
                "not JSON",
                "hello",
                ImportError::NotJson(a_read_error()),
                "文件不完整或已损坏",
            ),
            (
                "empty",
                "",
                ImportError::NotJson(a_read_error()),
                "文件不完整或已损坏",
            ),
            (
                "truncated",
                truncated,
                ImportError::NotJson(a_read_error()),
                "文件不完整或已损坏",
            ),
            (
                "JSON array",
                "[1,2]",
                ImportError::NotExport,
                "不是本助手导出的文件",
            ),
            (
                "bare stored document",
                &bare,
                ImportError::NotExport,
                "不是本助手导出的文件",
            ),
            (
                "wrong marker",
                r#"{"format":"other-app","schema":1,"data":{"schema":1}}"#,
                ImportError::NotExport,
                "不是本助手导出的文件",
            ),
            (
                "marker not a string",
                r#"{"format":1,"schema":1,"data":{"schema":1}}"#,
                ImportError::NotExport,
                "不是本助手导出的文件",
            ),
            (
                "future schema",
                r#"{"format":"pingshen-export","schema":3,"data":{"schema":3}}"#,
                ImportError::FutureVersion(3),
                "更新版本",
            ),
            (
                "huge schema",
                r#"{"format":"pingshen-export","schema":99999999999,"data":{}}"#,
                ImportError::FutureVersion(u32::MAX),
                "更新版本",
            ),
            (
                "future data schema",
                &newer_data,
                ImportError::FutureVersion(7),
                "更新版本",
            ),
            (
                "no schema",
                r#"{"format":"pingshen-export","data":{"schema":1}}"#,
                ImportError::Invalid(Damage::NoData),
                "数据版本号",
            ),
            (
                "no data",
                r#"{"format":"pingshen-export","schema":1}"#,
                ImportError::Invalid(Damage::NoData),
                "缺少数据内容",
            ),
            (
                "data not an object",
                r#"{"format":"pingshen-export","schema":1,"data":[]}"#,
                ImportError::Invalid(Damage::NoData),
                "缺少数据内容",
            ),
            (
                "invalid date",
                &bad_date,
                ImportError::Invalid(Damage::NoData),
                "无效日期",
            ),
            (
                "unsupported posting day",
                &old_date,
                ImportError::Invalid(Damage::NoData),
                "超出支持范围",
            ),
            (
                "duplicate ids",
                &dup,
                ImportError::Invalid(Damage::NoData),
                "出现两次",
            ),
            (
                "empty name",
                &empty_name,
                ImportError::Invalid(Damage::NoData),
                "没有姓名",
            ),
            (
                "empty id",
                &empty_id,
                ImportError::Invalid(Damage::NoData),
                "没有编号",
            ),
            (
                "implausible patent",
                &huge_patent,
                ImportError::Invalid(Damage::NoData),
                "不合理",
            ),
            (
                "invalid calculator",
                &bad_calc,
                ImportError::Invalid(Damage::NoData),
                "超出范围",
            ),
            (
                "wrong shape",
                &wrong_shape,
                ImportError::Invalid(Damage::NoData),
                "文件不完整或已损坏",
            ),
            (
                "10 MB of junk",
                &junk,
                ImportError::TooLarge(10 * 1024 * 1024 + 1),
                "文件太大（10.0 MB",
            ),
            (
                "padded valid export",
                &padded,
                ImportError::TooLarge(padded.len()),
                "文件太大",
            ),
        ];
        for (why, text, expected, message) in table {
            let err = parse_import(text).unwrap_err();
            assert_eq!(
                std::mem::discriminant(&err),
                std::mem::discriminant(&expected),
                "{why}: {err:?}"
            );
            if matches!(
                expected,
                ImportError::TooLarge(_) | ImportError::FutureVersion(_)
            ) {
                assert_eq!(err, expected, "{why}");
            }
            let shown = err.to_string();
            assert!(shown.contains(message), "{why}: {shown}");
            assert!(shown.chars().count() < 120, "{why}: {shown}");
        }
        // Exactly the limit is still read (and here is not JSON).
        let limit = " ".repeat(MAX_IMPORT_BYTES);
        assert!(matches!(parse_import(&limit), Err(ImportError::NotJson(_))));
    }

    #[test]
    fn merge_and_replace() {
        let current = Stored {
            calculator: None,
            ..doc_with(vec![
                record("a1", "甲", eligible(), None, &[]),
                record("a2", "乙", eligible(), None, &[]),
                record("a3", "丙", eligible(), None, &[]),
            ])
        };
        let current = Stored {
            profiles: vec![crate::domain::rounds::project(
                &Notice::official_2024(),
                2025,
                &crate::domain::calendar::Calendar::official(),
            )],
            holidays: vec![UserYear {
                origin: crate::domain::calendar::UserOrigin::File,
                year: 2027,
                days: vec![],
            }],
            timeline: Some(TimelineInput {
                unit: UnitKind::City,
                city_deadline: None,
                seal_days: None,
                round: None,
            }),
            ..current
        };
        let mut incoming_2025 = crate::domain::rounds::project(
            &Notice::official_2024(),
            2025,
            &crate::domain::calendar::Calendar::official(),
        );
        incoming_2025.title = "来自文件".into();
        let odd_name = "赵\"六\"\n<img src=x onerror=alert(1)>";
        let incoming = Stored {
            calculator: Some(CalcInput {
                mode: Mode::Forward,
                date: d(2024, 7, 24),
                days: 5,
            }),
            timeline: Some(TimelineInput {
                unit: UnitKind::Provincial,
                city_deadline: None,
                seal_days: None,
                round: None,
            }),
            profiles: vec![
                incoming_2025,
                crate::domain::rounds::project(
                    &Notice::official_2024(),
                    2026,
                    &crate::domain::calendar::Calendar::official(),
                ),
            ],
            holidays: vec![
                UserYear {
                    origin: crate::domain::calendar::UserOrigin::File,
                    year: 2027,
                    days: vec![UserDay {
                        date: d(2027, 1, 1),
                        name: "元旦".into(),
                        off: true,
                    }],
                },
                UserYear {
                    origin: crate::domain::calendar::UserOrigin::File,
                    year: 2028,
                    days: vec![],
                },
            ],
            ..doc_with(vec![
                record("a9", odd_name, eligible(), Some(d(2024, 7, 24)), &[]),
                record("a2", "乙（改）", eligible(), Some(d(2024, 7, 24)), &[]),
                record("a1", "甲", eligible(), None, &[]),
            ])
        };
        // Through a file, so the odd name survives export and import.
        let incoming = parse_import(&export(&incoming, at())).unwrap();
        assert_eq!(incoming.applicants[0].name, odd_name);

        let merge = preview(&current, &incoming, ImportMode::Merge);
        assert_eq!(
            merge,
            ImportPreview {
                added: vec![odd_name.into()],
                updated: vec!["乙（改）".into()],
                unchanged: 1,
                removed: vec![],
            }
        );
        let merged = apply(&current, incoming.clone(), ImportMode::Merge);
        let ids: Vec<&str> = merged.applicants.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["a1", "a2", "a3", "a9"]);
        assert_eq!(merged.applicants[1].name, "乙（改）");
        assert_eq!(merged.applicants[1].posted, Some(d(2024, 7, 24)));
        assert_eq!(merged.applicants[3].name, odd_name);
        // Current values kept where present, incoming ones fill the gaps.
        assert_eq!(merged.timeline, current.timeline);
        assert_eq!(merged.calculator, incoming.calculator);
        assert_eq!(merged.eligibility, None);
        let years: Vec<i32> = merged.profiles.iter().map(|p| p.year).collect();
        assert_eq!(years, [2025, 2026]);
        assert_ne!(merged.profiles[0].title, "来自文件");
        let years: Vec<i32> = merged.holidays.iter().map(|h| h.year).collect();
        assert_eq!(years, [2027, 2028]);
        assert!(merged.holidays[0].days.is_empty());
        // The result is a valid document, and survives its own export.
        assert_eq!(store::decode(&store::encode(&merged)), Ok(merged.clone()));
        assert_eq!(parse_import(&export(&merged, at())), Ok(merged.clone()));

        let replace = preview(&current, &incoming, ImportMode::Replace);
        assert_eq!(
            replace,
            ImportPreview {
                added: vec![odd_name.into()],
                updated: vec!["乙（改）".into()],
                unchanged: 1,
                removed: vec!["丙".into()],
            }
        );
        let replaced = apply(&current, incoming.clone(), ImportMode::Replace);
        assert_eq!(replaced, incoming);

        // Importing one's own export changes nothing.
        let same = parse_import(&export(&current, at())).unwrap();
        assert_eq!(
            preview(&current, &same, ImportMode::Merge),
            ImportPreview {
                unchanged: 3,
                ..ImportPreview::default()
            }
        );
        assert_eq!(apply(&current, same.clone(), ImportMode::Merge), current);
        assert_eq!(apply(&current, same, ImportMode::Replace), current);
        // Merging into an empty document takes everything.
        assert_eq!(
            apply(&Stored::default(), incoming.clone(), ImportMode::Merge),
            incoming
        );
    }

    // -----------------------------------------------------------------------
    // Properties
    // -----------------------------------------------------------------------

    /// One edit of a file's bytes.
    #[derive(Clone, Debug)]
    enum Mutation {
        Flip { at: usize, mask: u8 },
        Truncate { at: usize },
        Insert { at: usize, bytes: Vec<u8> },
        Delete { at: usize, len: usize },
    }

    fn mutation() -> impl Strategy<Value = Mutation> {
        prop_oneof![
            (any::<usize>(), 1u8..=255).prop_map(|(at, mask)| Mutation::Flip { at, mask }),
            any::<usize>().prop_map(|at| Mutation::Truncate { at }),
            (
                any::<usize>(),
                prop_oneof![
                    prop::collection::vec(any::<u8>(), 1..8),
                    prop::sample::select(vec![
                        b"\"".to_vec(),
                        b"{".to_vec(),
                        b"}".to_vec(),
                        b",".to_vec(),
                        b"null".to_vec(),
                        b"\"2024-02-30\"".to_vec(),
                        b"[]".to_vec(),
                        b"9999999999999999999999".to_vec(),
                    ]),
                ]
            )
                .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
            (any::<usize>(), 1usize..16).prop_map(|(at, len)| Mutation::Delete { at, len }),
        ]
    }

    fn mutate(text: &str, mutations: &[Mutation]) -> String {
        let mut bytes = text.as_bytes().to_vec();
        for m in mutations {
            let n = bytes.len();
            match m {
                Mutation::Flip { at, mask } if n > 0 => bytes[at % n] ^= mask,
                Mutation::Truncate { at } => bytes.truncate(at % (n + 1)),
                Mutation::Insert { at, bytes: new } => {
                    let at = at % (n + 1);
                    bytes.splice(at..at, new.iter().copied());
                }
                Mutation::Delete { at, len } if n > 0 => {
                    let at = at % n;
                    bytes.drain(at..(at + len).min(n));
                }
                _ => {}
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// What the app does with a chosen file: import it, or keep `current`.
    fn attempt_import(
        current: &mut Stored,
        text: &str,
        mode: ImportMode,
    ) -> Result<(), ImportError> {
        let incoming = parse_import(text)?;
        *current = apply(current, incoming, mode);
        Ok(())
    }

    fn check_attempt(text: &str, mode: ImportMode) -> Result<(), TestCaseError> {
        let original = full_document();
        let before = store::encode(&original);
        let mut current = original.clone();
        match attempt_import(&mut current, text, mode) {
            Err(e) => {
                prop_assert_eq!(store::encode(&current), before);
                prop_assert!(!e.to_string().is_empty());
            }
            Ok(()) => {
                let again = store::decode(&store::encode(&current));
                prop_assert!(again.is_ok(), "{:?}", again);
            }
        }
        Ok(())
    }

    fn arb_record(ids: &'static [&'static str]) -> impl Strategy<Value = Record> {
        (
            prop::sample::select(ids),
            "[a-z张李\"<>&\n ]{0,6}[a-z张李]",
            prop::option::of(0u64..400),
            prop::sample::subsequence(ALL_FORMS.to_vec(), 0..=4),
            prop::option::of(prop::sample::select(Level::ALL.to_vec())),
            any::<String>(),
        )
            .prop_map(|(id, name, posted, ticks, target, notes)| Record {
                id: id.to_string(),
                name,
                applicant: Applicant {
                    target,
                    ..Applicant::default()
                },
                posted: posted.map(|n| d(2024, 1, 1) + chrono::Days::new(n)),
                ticks: ticks.into_iter().map(String::from).collect(),
                notes,
                ..Record::default()
            })
    }

    const POOL: &[&str] = &["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"];

    /// Records with unique ids (later duplicates dropped).
    fn arb_records() -> impl Strategy<Value = Vec<Record>> {
        prop::collection::vec(arb_record(POOL), 0..8).prop_map(|mut v| {
            let mut seen = HashSet::new();
            v.retain(|r| seen.insert(r.id.clone()));
            v
        })
    }

    fn arb_mode() -> impl Strategy<Value = ImportMode> {
        prop_oneof![Just(ImportMode::Merge), Just(ImportMode::Replace)]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn mutated_exports_never_panic_nor_touch_the_current_document(
            mutations in prop::collection::vec(mutation(), 1..6),
            mode in arb_mode(),
        ) {
            let text = mutate(&export(&full_document(), at()), &mutations);
            check_attempt(&text, mode)?;
        }

        #[test]
        fn random_text_never_panics_nor_touches_the_current_document(
            text in prop_oneof![
                any::<String>(),
                "[{}\\[\\]\",:0-9a-z \n]{0,64}",
                any::<String>().prop_map(|s| format!(
                    r#"{{"format":"pingshen-export","schema":1,"data":{s}}}"#
                )),
                "[{}\\[\\]\",:0-9a-z ]{0,40}".prop_map(|s| format!(
                    r#"{{"format":"pingshen-export","schema":1,"data":{{"schema":1,"applicants":[{s}]}}}}"#
                )),
            ],
            mode in arb_mode(),
        ) {
            check_attempt(&text, mode)?;
        }

        #[test]
        fn export_then_import_is_identity(records in arb_records()) {
            let doc = doc_with(records);
            let text = export(&doc, at());
            let back = parse_import(&text);
            prop_assert_eq!(back.as_ref(), Ok(&doc));
            prop_assert_eq!(export(&back.unwrap(), at()), text);
        }

        #[test]
        fn merge_keeps_every_current_id_and_adds_every_incoming_id(
            current in arb_records(),
            incoming in arb_records(),
        ) {
            let current = doc_with(current);
            let incoming = doc_with(incoming);
            let merged = apply(&current, incoming.clone(), ImportMode::Merge);
            let ids: HashSet<&str> = merged.applicants.iter().map(|r| r.id.as_str()).collect();
            prop_assert_eq!(ids.len(), merged.applicants.len(), "ids stay unique");
            for r in current.applicants.iter().chain(&incoming.applicants) {
                prop_assert!(ids.contains(r.id.as_str()), "{} missing", r.id);
            }
            // The incoming version wins for every id it carries.
            for r in &incoming.applicants {
                prop_assert!(merged.applicants.contains(r));
            }
            // The preview counts match.
            let p = preview(&current, &incoming, ImportMode::Merge);
            prop_assert_eq!(p.added.len() + p.updated.len() + p.unchanged, incoming.applicants.len());
            prop_assert_eq!(merged.applicants.len(), current.applicants.len() + p.added.len());
            prop_assert!(p.removed.is_empty());
        }
    }
}
