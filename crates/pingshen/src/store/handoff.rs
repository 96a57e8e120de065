//! Handoff links (issue 21): an applicant's self-check sent to the unit's
//! HR, or a unit's list sent to the city bureau, inside a link's fragment
//! (`#…`, which a browser never sends to the site's host).
//!
//! # The format
//!
//! `h1.` + base64url (URL-safe alphabet, no padding) of
//! `deflate(json) ‖ adler32`, where
//! - `h1.` is the format version ([`VERSION`]); a link of a newer version
//!   (`h2.`, …) is refused with [`HandoffError::NewerVersion`];
//! - `deflate(json)` is the raw DEFLATE stream (RFC 1951, `miniz_oxide`)
//!   of the payload as compact JSON (see [`Handoff`]);
//! - `adler32` is the Adler-32 (big-endian, 4 bytes) of the version prefix
//!   and the compressed bytes: it catches any single altered character
//!   (one base64 character changes at most two neighbouring bytes, which
//!   Adler-32 always detects), and a cut link.
//!
//! Caps, checked before anything is used: a link longer than
//! [`MAX_LINK_CHARS`] is not decoded; the payload is decompressed only up
//! to [`MAX_PAYLOAD_BYTES`]. The payload is then read and checked like an
//! imported file ([`transfer::parse_import`](super::transfer::parse_import)): the same shape rules (a
//! field given twice is refused) and the same [`Stored::validate`].
//!
//! # Merging
//!
//! - [`preview_applicant`] / [`apply_applicant`]: a unit receives one
//!   applicant; the same person is the same name and title date.
//! - [`preview_list`] / [`apply_list`]: a bureau receives a unit's list; the
//!   unit's earlier list is replaced, each applicant keeps their own unit.
//!
//! ```
//! use pingshen::store::handoff::{self, Handoff, Sent};
//! let sent = Handoff::Applicant(Sent { name: "张三".into(), round: 2024, ..Sent::default() });
//! let link = handoff::encode(&sent);
//! assert!(link.starts_with("h1."));
//! assert_eq!(handoff::decode(&link), Ok(sent));
//! ```

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

use crate::domain::eligibility::{Achievement, Applicant};
use crate::domain::workspace::{self, Record};
use crate::store::transfer::Damage;
use crate::store::{EligibilityInput, Stored, SCHEMA_VERSION};

/// The format version this build writes and reads.
pub const VERSION: u32 = 1;
/// The longest link fragment decoded, in characters (a list of 30
/// applicants, every field filled, measures 6,910).
pub const MAX_LINK_CHARS: usize = 64 * 1024;
/// The most bytes a link's payload may decompress to.
pub const MAX_PAYLOAD_BYTES: usize = 512 * 1024;

/// The DEFLATE level used (miniz's best).
const LEVEL: u8 = 10;

/// What a handoff link carries. Written with serde's derived form (the
/// kind in `"k"`), read through a plain struct (`Wire`) of both kinds'
/// fields.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "k")]
pub enum Handoff {
    /// One applicant's self-check, sent to the unit (`"k":"a"`).
    #[serde(rename = "a")]
    Applicant(Sent),
    /// A unit's list, sent to the city bureau or competent department
    /// (`"k":"u"`).
    #[serde(rename = "u")]
    UnitList {
        /// The sending unit's name as on its seal.
        #[serde(rename = "n")]
        unit_name: String,
        /// The round (by year) the list is for.
        #[serde(rename = "r")]
        round: i32,
        /// The applicants, each with their own unit name
        /// ([`Record::unit_name`]).
        #[serde(rename = "p")]
        records: Vec<Record>,
    },
}

/// One applicant's self-check as sent to the unit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Sent {
    /// The applicant's name (`self-name`).
    #[serde(rename = "n")]
    pub name: String,
    /// The applicant's own unit; empty: not given.
    #[serde(rename = "u", default, skip_serializing_if = "String::is_empty")]
    pub unit_name: String,
    /// The answers.
    #[serde(rename = "q", default)]
    pub applicant: Applicant,
    /// The items of achievement listed.
    #[serde(rename = "m", default, skip_serializing_if = "Vec::is_empty")]
    pub achievements: Vec<Achievement>,
    /// The forms ticked as ready (`form-1`, …), for [`Sent::round`].
    #[serde(rename = "t", default, skip_serializing_if = "Vec::is_empty")]
    pub ticks: Vec<String>,
    /// The round (by year) the answers were made for.
    #[serde(rename = "r")]
    pub round: i32,
}

impl Sent {
    /// The self-check stored on this device, as sent for the round of
    /// `shown` (its ticks only if they are that round's).
    ///
    /// ```
    /// use pingshen::store::{handoff::Sent, EligibilityInput};
    /// let check = EligibilityInput { name: "张三".into(), ticks: vec!["form-1".into()], round: Some(2023), ..Default::default() };
    /// let sent = Sent::from_self_check(&check, 2024);
    /// assert_eq!((sent.name.as_str(), sent.round), ("张三", 2024));
    /// assert!(sent.ticks.is_empty(), "2023's ticks are not 2024's");
    /// ```
    pub fn from_self_check(check: &EligibilityInput, shown: i32) -> Sent {
        Sent {
            name: check.name.trim().to_string(),
            unit_name: check.unit_name.trim().to_string(),
            applicant: check.applicant.clone(),
            achievements: check.achievements.clone(),
            ticks: check.ticks_in(shown).to_vec(),
            round: shown,
        }
    }

    /// The applicant as a unit's record with this id (nothing else set).
    fn record(&self, id: String) -> Record {
        Record {
            id,
            name: self.name.clone(),
            applicant: self.applicant.clone(),
            ticks: self.ticks.clone(),
            unit_name: self.unit_name.clone(),
            round: Some(self.round),
            achievements: self.achievements.clone(),
            ..Record::default()
        }
    }
}

impl Handoff {
    /// A unit's list for the round of `shown`: the applicants selected for
    /// the documents (not excluded), else all; each carries its own unit
    /// name, the unit's (`paperwork.unit_name`) where none is given. The
    /// unit's notes and earlier rounds' history are not sent.
    ///
    /// ```
    /// use pingshen::domain::workspace::Record;
    /// use pingshen::store::{handoff::Handoff, PaperworkInput, Stored};
    /// let r = |id: &str, excluded| Record { id: id.into(), name: id.into(), excluded, round: Some(2024), ..Record::default() };
    /// let stored = Stored {
    ///     applicants: vec![r("甲", false), r("乙", true)],
    ///     paperwork: Some(PaperworkInput { unit_name: "某某检测中心".into(), ..Default::default() }),
    ///     ..Stored::default()
    /// };
    /// let Handoff::UnitList { records, .. } = Handoff::unit_list(&stored, 2024) else { unreachable!() };
    /// assert_eq!(records.len(), 1);
    /// assert_eq!(records[0].unit_name, "某某检测中心");
    /// ```
    pub fn unit_list(stored: &Stored, shown: i32) -> Handoff {
        let unit_name = stored
            .paperwork
            .as_ref()
            .map(|p| p.unit_name.trim().to_string())
            .unwrap_or_default();
        let selected: Vec<&Record> = stored
            .applicants
            .iter()
            .filter(|r| !r.excluded_in(shown))
            .collect();
        let chosen = if selected.is_empty() {
            stored.applicants.iter().collect()
        } else {
            selected
        };
        let records = chosen
            .into_iter()
            .map(|r| {
                let mut r = r.clone();
                if r.unit_name.trim().is_empty() {
                    r.unit_name.clone_from(&unit_name);
                }
                r.list_from.clear();
                // The unit's own notes and earlier rounds stay with the unit.
                r.notes.clear();
                r.history.clear();
                r
            })
            .collect();
        Handoff::UnitList {
            unit_name,
            round: shown,
            records,
        }
    }

    /// The payload as a document, for the checks an import makes.
    fn as_document(&self) -> Stored {
        let (round, applicants) = match self {
            Handoff::Applicant(sent) => (sent.round, vec![sent.record("handoff".into())]),
            Handoff::UnitList { round, records, .. } => (*round, records.clone()),
        };
        Stored {
            // The list's round is checked like a stored round.
            eligibility: Some(EligibilityInput {
                round: Some(round),
                ..EligibilityInput::default()
            }),
            applicants,
            ..Stored::default()
        }
    }
}

/// Said on both sides next to a link (issue 21, 5.): where the data is and
/// who can read it.
pub const PRIVACY_NOTE: &str = "数据就在链接里（“#”之后的部分）：打开链接时浏览器不会把这部分发给网站，本工具也不向任何地方发送数据；但链接像普通消息一样传递，任何拿到这条消息的人都能打开看到这些内容。";

impl Handoff {
    /// What the link carries, in one Chinese sentence, for the sender
    /// before sending and the receiver before confirming.
    ///
    /// ```
    /// use pingshen::store::handoff::{Handoff, Sent};
    /// let sent = Handoff::Applicant(Sent { name: "张三".into(), ticks: vec!["form-1".into()], round: 2024, ..Sent::default() });
    /// assert_eq!(sent.contents(), "张三 2024 年度的资格自查：全部答题、0 项业绩成果、1 份材料已备齐的勾选");
    /// let list = Handoff::UnitList { unit_name: "甲单位".into(), round: 2024, records: vec![] };
    /// assert_eq!(list.contents(), "甲单位 2024 年度的申报人名单：0 人，每人的姓名、所在单位、全部答题、业绩成果、公示张贴日期和材料勾选");
    /// ```
    pub fn contents(&self) -> String {
        match self {
            Handoff::Applicant(sent) => {
                let unit = if sent.unit_name.is_empty() {
                    String::new()
                } else {
                    format!("（{}）", sent.unit_name)
                };
                format!(
                    "{}{unit} {} 年度的资格自查：全部答题、{} 项业绩成果、{} 份材料已备齐的勾选",
                    sent.name,
                    sent.round,
                    sent.achievements.len(),
                    sent.ticks.len()
                )
            }
            Handoff::UnitList {
                unit_name,
                round,
                records,
            } => format!(
                "{unit_name} {round} 年度的申报人名单：{} 人，每人的姓名、所在单位、全部答题、业绩成果、公示张贴日期和材料勾选",
                records.len()
            ),
        }
    }
}

/// Why a link was refused (nothing has changed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandoffError {
    /// Not a handoff link at all (no `h<version>.` prefix).
    NotHandoff,
    /// Cut short or altered: bad base64, a checksum that does not match,
    /// or a stream that does not decompress.
    Damaged,
    /// Written by a newer version of the app (the version found).
    NewerVersion(u32),
    /// Longer than [`MAX_LINK_CHARS`], or decompressing to more than
    /// [`MAX_PAYLOAD_BYTES`].
    TooLarge,
    /// Intact, but the data fails the checks an import makes.
    Invalid(Damage),
    /// A unit's list without the unit's name (the bureau could not tell
    /// whose list it replaces).
    NoUnitName,
}

impl fmt::Display for HandoffError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotHandoff => write!(f, "这不是本工具生成的转交链接"),
            Self::Damaged => write!(
                f,
                "链接不完整或已被改动（转发时可能被截断），无法读取：请对方重新发送完整链接"
            ),
            Self::NewerVersion(v) => write!(
                f,
                "这个链接由更新版本的本工具生成（格式版本 {v}），当前版本无法读取，请先刷新页面更新本工具"
            ),
            Self::TooLarge => write!(f, "链接内容过大，不是本工具生成的转交链接或已损坏"),
            Self::Invalid(e) => write!(f, "链接中的数据无效：{e}"),
            Self::NoUnitName => write!(
                f,
                "单位名单缺少单位名称：请发送单位在材料文书中填写单位名称后重新生成链接"
            ),
        }
    }
}

impl std::error::Error for HandoffError {}

/// The checksum of the prefix and the compressed bytes.
fn checksum(prefix: &str, compressed: &[u8]) -> [u8; 4] {
    let mut adler = adler2::Adler32::new();
    adler.write_slice(prefix.as_bytes());
    adler.write_slice(compressed);
    adler.checksum().to_be_bytes()
}

/// The link fragment for `handoff` (without the `#`): `h1.` and base64url
/// of the compressed JSON and its checksum (see the module's notes).
///
/// ```
/// use pingshen::store::handoff::{encode, Handoff};
/// let list = Handoff::UnitList { unit_name: "某某检测中心".into(), round: 2024, records: vec![] };
/// let link = encode(&list);
/// assert!(link.starts_with("h1."));
/// assert!(link[3..].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
/// ```
pub fn encode(handoff: &Handoff) -> String {
    let json = serde_json::to_vec(handoff)
        .unwrap_or_else(|_| unreachable!("plain data always serialises"));
    let prefix = format!("h{VERSION}.");
    let mut bytes = miniz_oxide::deflate::compress_to_vec(&json, LEVEL);
    let sum = checksum(&prefix, &bytes);
    bytes.extend_from_slice(&sum);
    prefix + &URL_SAFE_NO_PAD.encode(bytes)
}

/// Reads a link fragment (with or without its leading `#`), checking
/// everything before anything is used: the version, the length
/// ([`MAX_LINK_CHARS`]), base64url, the checksum, the decompressed size
/// ([`MAX_PAYLOAD_BYTES`]), then the payload's shape and values as an
/// import checks them ([`Stored::validate`]).
///
/// For every valid `h`, `decode(&encode(&h)) == Ok(h)`.
///
/// ```
/// use pingshen::store::handoff::{decode, encode, Handoff, HandoffError, Sent};
/// let link = encode(&Handoff::Applicant(Sent { name: "张三".into(), round: 2024, ..Sent::default() }));
/// assert!(decode(&format!("#{link}")).is_ok());
/// assert_eq!(decode(&link[..link.len() - 1]), Err(HandoffError::Damaged));
/// assert_eq!(decode("h2.AAAA"), Err(HandoffError::NewerVersion(2)));
/// assert!(HandoffError::NewerVersion(2).to_string().starts_with("这个链接由更新版本的本工具生成"));
/// ```
///
/// # Errors
///
/// The first [`HandoffError`] found.
pub fn decode(fragment: &str) -> Result<Handoff, HandoffError> {
    let fragment = fragment.trim();
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let (version, body) = fragment
        .strip_prefix('h')
        .and_then(|rest| rest.split_once('.'))
        .ok_or(HandoffError::NotHandoff)?;
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(HandoffError::NotHandoff);
    }
    match version.parse::<u32>() {
        Ok(VERSION) => {}
        Ok(0) => return Err(HandoffError::NotHandoff),
        Ok(v) => return Err(HandoffError::NewerVersion(v)),
        Err(_) => return Err(HandoffError::NewerVersion(u32::MAX)),
    }
    if fragment.len() > MAX_LINK_CHARS {
        return Err(HandoffError::TooLarge);
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| HandoffError::Damaged)?;
    let (compressed, sum) = bytes.split_last_chunk::<4>().ok_or(HandoffError::Damaged)?;
    if checksum(&format!("h{VERSION}."), compressed) != *sum {
        return Err(HandoffError::Damaged);
    }
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(compressed, MAX_PAYLOAD_BYTES)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => HandoffError::TooLarge,
            _ => HandoffError::Damaged,
        })?;
    let handoff = serde_json::from_slice::<Wire>(&json)
        .and_then(Wire::into_handoff)
        .map_err(|e| HandoffError::Invalid(Damage::Shape(e.into())))?;
    if let Handoff::UnitList { unit_name, .. } = &handoff {
        if unit_name.trim().is_empty() {
            return Err(HandoffError::NoUnitName);
        }
    }
    handoff
        .as_document()
        .validate()
        .map_err(|e| HandoffError::Invalid(Damage::Value(e)))?;
    Ok(handoff)
}

/// A payload as read: the fields of both kinds, the kind chosen after
/// reading. (Deriving `Deserialize` on the internally tagged [`Handoff`]
/// buffers the payload through serde's generic content and compiles every
/// record's reader a second time: about 15 KB of brotli wasm.)
#[derive(Deserialize)]
struct Wire {
    k: String,
    n: Option<String>,
    #[serde(default)]
    u: String,
    #[serde(default)]
    q: Applicant,
    #[serde(default)]
    m: Vec<Achievement>,
    #[serde(default)]
    t: Vec<String>,
    r: Option<i32>,
    p: Option<Vec<Record>>,
}

impl Wire {
    fn into_handoff(self) -> Result<Handoff, serde_json::Error> {
        use serde::de::Error as _;
        let missing = serde_json::Error::missing_field;
        let name = self.n.ok_or_else(|| missing("n"))?;
        let round = self.r.ok_or_else(|| missing("r"))?;
        match self.k.as_str() {
            "a" => Ok(Handoff::Applicant(Sent {
                name,
                unit_name: self.u,
                applicant: self.q,
                achievements: self.m,
                ticks: self.t,
                round,
            })),
            "u" => Ok(Handoff::UnitList {
                unit_name: name,
                round,
                records: self.p.ok_or_else(|| missing("p"))?,
            }),
            other => Err(serde_json::Error::unknown_variant(other, &["a", "u"])),
        }
    }
}

/// Whether two records are the same person: the same name (trimmed) and
/// the same title date.
fn same_person(a: &Record, name: &str, title_date: Option<chrono::NaiveDate>) -> bool {
    a.name.trim() == name.trim() && a.applicant.title_date == title_date
}

/// What confirming one applicant would do to the unit's list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApplicantMatch {
    /// Nobody of that name: a new row.
    New,
    /// The same person (name and title date) is on the list with other
    /// answers: their row (this id) is updated.
    Update(String),
    /// The same person is on the list with exactly these answers: nothing
    /// changes.
    Unchanged(String),
    /// Someone of that name is on the list with another title date (these
    /// ids): the unit is asked whether it is the same person
    /// ([`Decision::Update`]) or another ([`Decision::Add`]).
    Ask(Vec<String>),
}

/// The unit's answer to the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Add as a new row (or update the same person, if already there).
    Add,
    /// Update the row with this id (the answer to [`ApplicantMatch::Ask`]).
    Update(String),
}

/// How confirming `sent` would change the unit's list in `current`.
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::{eligibility::Applicant, workspace::Record};
/// use pingshen::store::{handoff::{preview_applicant, ApplicantMatch, Sent}, Stored};
/// let title = |y| Applicant { title_date: NaiveDate::from_ymd_opt(y, 1, 1), ..Applicant::default() };
/// let stored = Stored {
///     applicants: vec![Record { id: "a1".into(), name: "张三".into(), applicant: title(2018), ..Record::default() }],
///     ..Stored::default()
/// };
/// let other = Sent { name: "张三".into(), applicant: title(2019), round: 2024, ..Sent::default() };
/// assert_eq!(preview_applicant(&stored, &other), ApplicantMatch::Ask(vec!["a1".into()]));
/// ```
pub fn preview_applicant(current: &Stored, sent: &Sent) -> ApplicantMatch {
    let title_date = sent.applicant.title_date;
    if let Some(r) = current
        .applicants
        .iter()
        .find(|r| same_person(r, &sent.name, title_date))
    {
        return if updated(r, sent) == *r {
            ApplicantMatch::Unchanged(r.id.clone())
        } else {
            ApplicantMatch::Update(r.id.clone())
        };
    }
    let namesakes: Vec<String> = current
        .applicants
        .iter()
        .filter(|r| r.name.trim() == sent.name.trim())
        .map(|r| r.id.clone())
        .collect();
    if namesakes.is_empty() {
        ApplicantMatch::New
    } else {
        ApplicantMatch::Ask(namesakes)
    }
}

/// `record` with what `sent` carries: the name, the answers, the
/// achievements, the unit (if given), and the ticks and their round. The
/// id, posting day, notes, exclusion, outcome and history stay. When the
/// row's round facts are another round's, they stay as they are and the
/// sent ticks are not taken (the unit starts the new round first,
/// [`Stored::start_round`]).
fn updated(record: &Record, sent: &Sent) -> Record {
    let mut r = record.clone();
    r.name.clone_from(&sent.name);
    r.applicant = sent.applicant.clone();
    r.achievements.clone_from(&sent.achievements);
    if !sent.unit_name.is_empty() {
        r.unit_name.clone_from(&sent.unit_name);
    }
    if r.standing(sent.round).counts() {
        r.ticks.clone_from(&sent.ticks);
        r.round = Some(sent.round);
    }
    r
}

/// The document after the unit confirms `sent` with `decision`; `now_ms`
/// names a new row ([`workspace::new_id`]).
///
/// The same person (name and title date) already on the list is updated
/// in place whatever the decision, so confirming twice never makes a
/// second row; else [`Decision::Update`] updates that row (if it is still
/// there) and [`Decision::Add`] appends a row. An update takes the name,
/// answers, achievements, unit (if given) and the round's ticks, and keeps
/// the unit's id, posting day, notes, exclusion, outcome and history; a row
/// whose round facts are another round's keeps them and its ticks.
///
/// ```
/// use pingshen::store::{handoff::{apply_applicant, Decision, Sent}, Stored};
/// let sent = Sent { name: "张三".into(), round: 2024, ..Sent::default() };
/// let once = apply_applicant(&Stored::default(), &sent, &Decision::Add, 1);
/// let twice = apply_applicant(&once, &sent, &Decision::Add, 2);
/// assert_eq!(twice.applicants.len(), 1);
/// assert_eq!(once, twice);
/// ```
pub fn apply_applicant(current: &Stored, sent: &Sent, decision: &Decision, now_ms: u64) -> Stored {
    let mut next = current.clone();
    next.schema = SCHEMA_VERSION;
    let title_date = sent.applicant.title_date;
    let target = next
        .applicants
        .iter()
        .position(|r| same_person(r, &sent.name, title_date))
        .or_else(|| match decision {
            Decision::Update(id) => next.applicants.iter().position(|r| &r.id == id),
            Decision::Add => None,
        });
    match target {
        Some(i) => next.applicants[i] = updated(&next.applicants[i], sent),
        None => {
            let id = workspace::new_id(now_ms, &all_records(&next));
            next.applicants.push(sent.record(id));
        }
    }
    next
}

/// Present and past applicants, for fresh ids.
fn all_records(stored: &Stored) -> Vec<Record> {
    stored
        .applicants
        .iter()
        .chain(&stored.past_applicants)
        .cloned()
        .collect()
}

/// A name found in more than one unit: possibly one person, never merged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    /// The name.
    pub name: String,
    /// The units it is found in, in the order of the list.
    pub units: Vec<String>,
}

/// What confirming a unit's list would do to the bureau's list (names).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListPreview {
    /// In the list, not in the unit's earlier list.
    pub added: Vec<String>,
    /// In both, with other facts.
    pub changed: Vec<String>,
    /// In both, the same.
    pub unchanged: usize,
    /// In the unit's earlier list only: taken off.
    pub removed: Vec<String>,
    /// Names that would then be in more than one unit.
    pub duplicates: Vec<Duplicate>,
}

/// The records of a unit's list as the bureau keeps them: each with its
/// own unit name (the list's where none is given) and the list it came
/// from ([`Record::list_from`]).
fn with_units(unit_name: &str, records: &[Record]) -> Vec<Record> {
    let unit_name = unit_name.trim();
    records
        .iter()
        .map(|r| {
            let mut r = r.clone();
            if r.unit_name.trim().is_empty() {
                r.unit_name = unit_name.to_string();
            }
            r.list_from = unit_name.to_string();
            r
        })
        .collect()
}

/// Whether a stored record came from the list of `unit_name`.
fn of_unit(r: &Record, unit_name: &str) -> bool {
    !r.list_from.is_empty() && r.list_from.trim() == unit_name.trim()
}

/// For each incoming record, the row of the unit's earlier list that is
/// the same person (by index in `current.applicants`), each row taken
/// once, so one person listed twice stays two rows: rows identical to an
/// incoming record are paired first, then the rest in order.
fn pair(current: &Stored, unit_name: &str, incoming: &[Record]) -> Vec<Option<usize>> {
    let mut used = vec![false; current.applicants.len()];
    let mut pairs = vec![None; incoming.len()];
    for identical in [true, false] {
        for (r, paired) in incoming.iter().zip(pairs.iter_mut()) {
            if paired.is_some() {
                continue;
            }
            *paired = current.applicants.iter().enumerate().position(|(i, c)| {
                !used[i]
                    && of_unit(c, unit_name)
                    && same_person(c, &r.name, r.applicant.title_date)
                    && (!identical || kept(c, r) == *c)
            });
            if let Some(i) = *paired {
                used[i] = true;
            }
        }
    }
    pairs
}

/// How confirming the list of `unit_name` would change the bureau's list in
/// `current`: the unit's earlier list (the stored records that came from
/// its list, [`Record::list_from`]) is compared by person (name and title
/// date; ids are the unit's and ignored); every name then found under two
/// units is flagged.
///
/// ```
/// use pingshen::domain::workspace::Record;
/// use pingshen::store::{handoff::{apply_list, preview_list}, Stored};
/// let r = |name: &str, unit: &str| Record { id: name.into(), name: name.into(), unit_name: unit.into(), ..Record::default() };
/// let bureau = apply_list(&Stored::default(), "甲单位", &[r("张三", ""), r("李四", "")], 1);
/// let p = preview_list(&bureau, "甲单位", &[r("张三", ""), r("王五", "")]);
/// assert_eq!((p.added, p.removed), (vec!["王五".to_string()], vec!["李四".to_string()]));
/// let p = preview_list(&bureau, "乙单位", &[r("张三", "")]);
/// assert_eq!(p.duplicates[0].units, ["甲单位", "乙单位"]);
/// ```
pub fn preview_list(current: &Stored, unit_name: &str, records: &[Record]) -> ListPreview {
    let incoming = with_units(unit_name, records);
    let mut p = ListPreview::default();
    let pairs = pair(current, unit_name, &incoming);
    for (r, paired) in incoming.iter().zip(&pairs) {
        match paired.map(|i| &current.applicants[i]) {
            None => p.added.push(r.name.clone()),
            Some(c) if kept(c, r) == *c => p.unchanged += 1,
            Some(_) => p.changed.push(r.name.clone()),
        }
    }
    p.removed = current
        .applicants
        .iter()
        .enumerate()
        .filter(|(i, c)| of_unit(c, unit_name) && !pairs.contains(&Some(*i)))
        .map(|(_, c)| c.name.clone())
        .collect();
    p.duplicates = duplicates(&list_after(current, unit_name, &incoming, 0));
    p
}

/// `incoming` as stored in place of `earlier`: the bureau's id stays.
fn kept(earlier: &Record, incoming: &Record) -> Record {
    Record {
        id: earlier.id.clone(),
        ..incoming.clone()
    }
}

/// The bureau's applicants after the list of `unit_name` replaces that
/// unit's earlier one: the earlier list's rows leave, the list's rows take
/// the place of the first of them (else follow), keeping the bureau's id
/// of the same person and getting a new one otherwise.
fn list_after(current: &Stored, unit_name: &str, incoming: &[Record], now_ms: u64) -> Vec<Record> {
    let at = current
        .applicants
        .iter()
        .position(|c| of_unit(c, unit_name))
        .unwrap_or(current.applicants.len());
    let mut taken = all_records(current);
    let mut rows = Vec::with_capacity(incoming.len());
    for (r, paired) in incoming.iter().zip(pair(current, unit_name, incoming)) {
        let row = match paired {
            Some(i) => kept(&current.applicants[i], r),
            None => {
                let id = workspace::new_id(now_ms, &taken);
                Record { id, ..r.clone() }
            }
        };
        taken.push(row.clone());
        rows.push(row);
    }
    let mut out: Vec<Record> = Vec::new();
    for (i, c) in current.applicants.iter().enumerate() {
        if i == at {
            out.append(&mut rows);
        }
        if !of_unit(c, unit_name) {
            out.push(c.clone());
        }
    }
    out.append(&mut rows);
    out
}

/// The names found under more than one unit, in order of first
/// appearance.
fn duplicates(records: &[Record]) -> Vec<Duplicate> {
    let mut found: Vec<Duplicate> = Vec::new();
    for r in records {
        let name = r.name.trim();
        if found.iter().any(|d| d.name == name) {
            continue;
        }
        let mut units: Vec<String> = Vec::new();
        for o in records.iter().filter(|o| o.name.trim() == name) {
            let unit = o.unit_name.trim();
            if !units.iter().any(|u| u == unit) {
                units.push(unit.to_string());
            }
        }
        if units.len() > 1 {
            found.push(Duplicate {
                name: name.to_string(),
                units,
            });
        }
    }
    found
}

/// The document after the bureau confirms the list of `unit_name` (not
/// empty: [`decode`] refuses such a list): that unit's earlier list is
/// replaced (see [`preview_list`]); other units' rows, rows entered by
/// hand and the rest of the document stay; a name in two units stays two
/// rows. `now_ms` names new rows ([`workspace::new_id`]). Applying the same
/// list twice changes nothing the second time.
///
/// ```
/// use pingshen::domain::workspace::Record;
/// use pingshen::store::{handoff::apply_list, Stored};
/// let r = |name: &str| Record { id: "x".into(), name: name.into(), ..Record::default() };
/// let once = apply_list(&Stored::default(), "甲单位", &[r("张三")], 7);
/// assert_eq!(once.applicants[0].unit_name, "甲单位");
/// assert_eq!(apply_list(&once, "甲单位", &[r("张三")], 8), once);
/// ```
pub fn apply_list(current: &Stored, unit_name: &str, records: &[Record], now_ms: u64) -> Stored {
    let incoming = with_units(unit_name, records);
    Stored {
        schema: SCHEMA_VERSION,
        applicants: list_after(current, unit_name, &incoming, now_ms),
        ..current.clone()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))] // proptest is a native dev-dependency
mod tests {
    use super::*;
    use crate::domain::eligibility::{
        AchievementKind, Education, Level, Patent, PatentKind, Specialty, UnitLevel,
    };
    use crate::domain::workspace::tests::{eligible, record, ALL_FORMS};
    use crate::store::transfer::{export, parse_import, ImportError};
    use crate::store::Problem;
    use chrono::{NaiveDate, TimeZone, Utc};

    use crate::domain::test_dates::d;

    /// A payload sealed as the module's notes describe, built here step by
    /// step (not with [`encode`]): `h1.` + base64url(deflate ‖ adler32).
    fn seal(json: &[u8]) -> String {
        let mut bytes = miniz_oxide::deflate::compress_to_vec(json, 6);
        let mut adler = adler2::Adler32::new();
        adler.write_slice(b"h1.");
        adler.write_slice(&bytes);
        bytes.extend_from_slice(&adler.checksum().to_be_bytes());
        format!("h1.{}", URL_SAFE_NO_PAD.encode(bytes))
    }

    fn zhang() -> Sent {
        Sent {
            name: "张三".into(),
            unit_name: "沈阳市计量测试研究院".into(),
            applicant: eligible(),
            achievements: vec![Achievement {
                kind: AchievementKind::Paper,
                title: "计量论文".into(),
                date: d(2022, 3, 1),
            }],
            ticks: vec!["form-1".into()],
            round: 2024,
        }
    }

    /// The format, taken apart by hand: prefix, base64url without padding,
    /// raw DEFLATE of the compact JSON, then the Adler-32 (big-endian) of
    /// the prefix and the compressed bytes.
    #[test]
    fn the_link_is_the_documented_format() {
        let sent = Sent {
            name: "张三".into(),
            round: 2024,
            ..Sent::default()
        };
        let link = encode(&Handoff::Applicant(sent.clone()));
        let body = link.strip_prefix("h1.").expect("version prefix");
        assert!(!body.contains('='), "no padding");
        let bytes = URL_SAFE_NO_PAD.decode(body).unwrap();
        let (compressed, sum) = bytes.split_at(bytes.len() - 4);
        let mut adler = adler2::Adler32::new();
        adler.write_slice(b"h1.");
        adler.write_slice(compressed);
        assert_eq!(sum, adler.checksum().to_be_bytes());
        let json = miniz_oxide::inflate::decompress_to_vec(compressed).unwrap();
        // Written by hand: the tag, the short keys, every answer `null`.
        assert_eq!(
            String::from_utf8(json).unwrap(),
            r#"{"k":"a","n":"张三","q":{"civil_servant":null,"in_sector":null,"specialty":null,"target":null,"unit":null,"education":null,"current_title":null,"title_date":null,"patent":null,"exceptional":false},"r":2024}"#
        );
        // And a payload sealed by hand reads back.
        let hand = seal(r#"{"k":"a","n":"张三","r":2024}"#.as_bytes());
        assert_eq!(decode(&hand), Ok(Handoff::Applicant(sent)));
    }

    /// Characters for generated Chinese text: common ones from the 2024
    /// notice's wording, so that compression meets realistic text.
    const HAN: &str = "辽宁省质量技术监督系列职称评审工作通知各市场管理局有关单位根据人力资源社会保障厅关于做好年度申报推荐计量标准化特种设备检验检测研究院中心所站科学仪器能源环境食品药品安全认证认可实验室方法验证能力建设应用分析测试系统开发智能数字平台优化控制流程规范指导意见";

    /// `n` characters of [`HAN`], starting at a place set by `seed`, with a
    /// stride that varies so that no two generated texts repeat.
    fn han(seed: usize, n: usize) -> String {
        let chars: Vec<char> = HAN.chars().collect();
        let stride = 7 + 2 * (seed % 13);
        (0..n)
            .map(|i| chars[(seed * 31 + i * stride) % chars.len()])
            .collect()
    }

    /// Issue 21: a list of 30 applicants, every field filled (names of 3
    /// characters, unit names of 10, three achievements each titled with
    /// 20 characters, a patent, ticks), fits in 8,000 characters.
    #[test]
    fn a_full_list_of_thirty_fits_in_8000_characters() {
        let records: Vec<Record> = (0..30)
            .map(|i| {
                let achievements = (0..3)
                    .map(|k| Achievement {
                        kind: AchievementKind::ALL[(i + k) % AchievementKind::ALL.len()],
                        title: han(100 + i * 3 + k, 20),
                        date: d(2021 + (k as i32), 1 + (i as u32 % 12), 1 + (i as u32 % 28)),
                    })
                    .collect::<Vec<_>>();
                Record {
                    id: format!("a17327600{:05}-{}", i * 7919, i % 3),
                    name: han(i, 3),
                    applicant: Applicant {
                        civil_servant: Some(false),
                        in_sector: Some(true),
                        specialty: Some(Specialty::ALL[i % 4]),
                        target: Some(Level::SeniorEngineer),
                        unit: Some(UnitLevel::ALL[i % 3]),
                        education: Some(Education::ALL[i % 5]),
                        current_title: Some(Level::Engineer),
                        title_date: Some(d(2012 + (i as i32 % 8), 1 + (i as u32 % 12), 15)),
                        patent: Some(Patent {
                            kind: PatentKind::ALL[i % 2],
                            annual_benefit_yuan: 100_000 + 1_234 * i as u64,
                            obtained: Some(d(2023, 1 + (i as u32 % 12), 10)),
                        }),
                        exceptional: true,
                        recommenders: vec![han(500 + i, 3), han(600 + i, 3)],
                    },
                    posted: Some(d(2024, 7, 24)),
                    ticks: ALL_FORMS.iter().map(|t| t.to_string()).collect(),
                    unit_name: han(300 + i, 10),
                    round: Some(2024),
                    achievements,
                    ..Record::default()
                }
            })
            .collect();
        // Every field is filled and the texts differ.
        assert!(records.iter().all(|r| r.name.chars().count() == 3
            && r.unit_name.chars().count() == 10
            && r.achievements.iter().all(|a| a.title.chars().count() == 20)));
        let names: std::collections::HashSet<_> = records.iter().map(|r| &r.name).collect();
        assert_eq!(names.len(), 30);
        let list = Handoff::UnitList {
            unit_name: han(999, 10),
            round: 2024,
            records,
        };
        let link = encode(&list);
        println!("a full list of 30 applicants: {} characters", link.len());
        assert!(link.len() <= 8000, "{} characters", link.len());
        assert_eq!(decode(&link), Ok(list));
    }

    const BASE64URL: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// One altered character anywhere in a short link, to any other
    /// character of the alphabet, is refused; never read as other data.
    #[test]
    fn every_altered_character_is_refused() {
        let link = encode(&Handoff::Applicant(Sent {
            name: "李四".into(),
            round: 2024,
            ..Sent::default()
        }));
        assert!(link.len() < 200, "a short link: {}", link.len());
        let mut tried = 0;
        for (i, original) in link.char_indices() {
            for c in BASE64URL.chars().chain(['.', '#']) {
                if c == original {
                    continue;
                }
                let mut altered = link.clone();
                altered.replace_range(i..i + 1, &c.to_string());
                let error = decode(&altered).expect_err(&altered);
                match i {
                    // The version: another number is a newer version, the
                    // rest not a handoff link.
                    1 if c.is_ascii_digit() && c > '1' => {
                        assert_eq!(error, HandoffError::NewerVersion(c as u32 - '0' as u32))
                    }
                    0..=2 => assert_eq!(error, HandoffError::NotHandoff, "{altered}"),
                    _ => assert_eq!(error, HandoffError::Damaged, "{altered}"),
                }
                tried += 1;
            }
        }
        assert!(tried > 60 * link.len(), "{tried}");
    }

    /// A link cut anywhere is refused, and never panics.
    #[test]
    fn every_cut_link_is_refused() {
        let link = encode(&Handoff::Applicant(zhang()));
        for k in 0..link.len() {
            let cut = &link[..k];
            let expected = if k < 3 {
                HandoffError::NotHandoff
            } else {
                HandoffError::Damaged
            };
            assert_eq!(decode(cut), Err(expected), "cut at {k}");
        }
        assert!(decode(&link).is_ok());
    }

    #[test]
    fn other_versions_and_strangers() {
        for (text, expected) in [
            ("h2.AAAA", HandoffError::NewerVersion(2)),
            ("#h12.x", HandoffError::NewerVersion(12)),
            ("h99999999999.AAAA", HandoffError::NewerVersion(u32::MAX)),
            ("h0.AAAA", HandoffError::NotHandoff),
            ("h.AAAA", HandoffError::NotHandoff),
            ("hx.AAAA", HandoffError::NotHandoff),
            ("", HandoffError::NotHandoff),
            ("round=2024", HandoffError::NotHandoff),
            ("h1.", HandoffError::Damaged),
            ("h1.AAAA", HandoffError::Damaged),
            ("h1.不是", HandoffError::Damaged),
            ("h1.AAA=", HandoffError::Damaged),
        ] {
            assert_eq!(decode(text), Err(expected), "{text}");
        }
        // The reason, in Chinese, for each refusal shown to the receiver.
        for (error, expected) in [
            (
                HandoffError::NewerVersion(2),
                "这个链接由更新版本的本工具生成（格式版本 2）",
            ),
            (HandoffError::Damaged, "链接不完整或已被改动"),
            (HandoffError::NotHandoff, "不是本工具生成的转交链接"),
            (HandoffError::TooLarge, "链接内容过大"),
            (HandoffError::NoUnitName, "缺少单位名称"),
        ] {
            assert!(error.to_string().contains(expected), "{error}");
        }
    }

    /// A link past [`MAX_LINK_CHARS`] is not decoded; a small link that
    /// inflates past [`MAX_PAYLOAD_BYTES`] (10 MB of spaces in a JSON
    /// string) stops at the cap.
    #[test]
    fn the_caps_hold() {
        assert_eq!(
            decode(&format!("h1.{}", "A".repeat(MAX_LINK_CHARS))),
            Err(HandoffError::TooLarge)
        );
        let mut json = br#"{"k":"a","n":""#.to_vec();
        json.extend(std::iter::repeat_n(b' ', 10 * 1024 * 1024));
        json.extend_from_slice(br#"","r":2024}"#);
        let bomb = seal(&json);
        assert!(bomb.len() < MAX_LINK_CHARS, "{}", bomb.len());
        assert_eq!(decode(&bomb), Err(HandoffError::TooLarge));
        // Just under the cap, the same payload is read (and refused only
        // for its blank name).
        let mut json = br#"{"k":"a","n":""#.to_vec();
        json.extend(std::iter::repeat_n(b' ', MAX_PAYLOAD_BYTES - 100));
        json.extend_from_slice(br#"","r":2024}"#);
        assert_eq!(
            decode(&seal(&json)),
            Err(HandoffError::Invalid(Damage::Value(
                Problem::UnnamedApplicant(1)
            )))
        );
    }

    /// An intact link whose data an import would refuse is refused with
    /// the import's own reason ([`parse_import`] of the same applicants).
    #[test]
    fn invalid_data_gets_the_imports_error() {
        let good = || record("a1", "张三", eligible(), None, &[]);
        let implausible = Record {
            applicant: Applicant {
                patent: Some(Patent {
                    kind: PatentKind::Invention,
                    annual_benefit_yuan: u64::MAX,
                    obtained: None,
                }),
                ..eligible()
            },
            ..good()
        };
        let untitled = Record {
            achievements: vec![Achievement {
                kind: AchievementKind::Paper,
                title: " ".into(),
                date: d(2022, 1, 1),
            }],
            ..good()
        };
        let table: Vec<(&str, Vec<Record>, &str)> = vec![
            (
                "two ids",
                vec![good(), record("a1", "李四", eligible(), None, &[])],
                "申报人编号 a1 出现两次",
            ),
            (
                "no name",
                vec![record("a1", " ", eligible(), None, &[])],
                "第 1 位申报人没有姓名",
            ),
            (
                "no id",
                vec![record("", "张三", eligible(), None, &[])],
                "申报人“张三”没有编号",
            ),
            (
                "posting day",
                vec![record("a1", "张三", eligible(), Some(d(1999, 1, 1)), &[])],
                "超出支持范围",
            ),
            ("patent", vec![implausible], "专利年经济效益数额不合理"),
            ("achievement", vec![untitled], "有一项业绩成果没有名称"),
            (
                "round",
                vec![Record {
                    round: Some(1999),
                    ..good()
                }],
                "评审年度 1999 超出支持范围",
            ),
        ];
        let at = Utc.with_ymd_and_hms(2026, 12, 6, 4, 0, 0).unwrap();
        for (what, records, reason) in table {
            let link = encode(&Handoff::UnitList {
                unit_name: "某某检测中心".into(),
                round: 2024,
                records: records.clone(),
            });
            let Err(HandoffError::Invalid(damage)) = decode(&link) else {
                panic!("{what}: {:?}", decode(&link));
            };
            let import = parse_import(&export(
                &Stored {
                    applicants: records,
                    ..Stored::default()
                },
                at,
            ));
            assert_eq!(import, Err(ImportError::Invalid(damage.clone())), "{what}");
            let shown = HandoffError::Invalid(damage).to_string();
            assert!(shown.contains(reason), "{what}: {shown}");
        }
        // The applicant's own link: a blank name, a patent beyond belief, a
        // round out of range.
        for (sent, reason) in [
            (
                Sent {
                    name: "  ".into(),
                    ..zhang()
                },
                "第 1 位申报人没有姓名",
            ),
            (
                Sent {
                    round: 2100,
                    ..zhang()
                },
                "评审年度 2100 超出支持范围",
            ),
            (
                Sent {
                    applicant: implausible_applicant(),
                    ..zhang()
                },
                "专利年经济效益数额不合理",
            ),
        ] {
            let error = decode(&encode(&Handoff::Applicant(sent))).unwrap_err();
            assert!(error.to_string().contains(reason), "{error}");
        }
        // A list without the unit's name.
        let nameless = Handoff::UnitList {
            unit_name: " ".into(),
            round: 2024,
            records: vec![good()],
        };
        assert_eq!(decode(&encode(&nameless)), Err(HandoffError::NoUnitName));
        // The shape rules of an import: a field given twice, a missing one.
        for (json, reason) in [
            (
                r#"{"k":"a","n":"张三","n":"李四","r":2024}"#,
                "字段 n 出现两次",
            ),
            (r#"{"k":"a","n":"张三"}"#, "缺少字段 r"),
            (r#"{"k":"z","n":"张三","r":2024}"#, "未知的取值 z"),
            (r#"[1,2]"#, "某个值的类型不对"),
            (
                r#"{"k":"u","n":"甲","r":2024,"p":[{"id":"a1"}]}"#,
                "缺少字段 name",
            ),
        ] {
            let error = decode(&seal(json.as_bytes())).unwrap_err();
            assert!(
                matches!(error, HandoffError::Invalid(Damage::Shape(_))),
                "{json}: {error:?}"
            );
            assert!(error.to_string().contains(reason), "{json}: {error}");
        }
    }

    fn implausible_applicant() -> Applicant {
        Applicant {
            patent: Some(Patent {
                kind: PatentKind::UtilityModel,
                annual_benefit_yuan: crate::domain::eligibility::MAX_ANNUAL_BENEFIT_YUAN + 1,
                obtained: None,
            }),
            ..eligible()
        }
    }

    /// A unit's list with `people` (name, title year).
    fn unit(people: &[(&str, i32)]) -> Stored {
        Stored {
            applicants: people
                .iter()
                .enumerate()
                .map(|(i, (name, year))| Record {
                    id: format!("u{i}"),
                    name: (*name).into(),
                    applicant: Applicant {
                        title_date: Some(d(*year, 12, 31)),
                        ..eligible()
                    },
                    notes: format!("备注{i}"),
                    posted: Some(d(2024, 7, 24)),
                    ..Record::default()
                })
                .collect(),
            ..Stored::default()
        }
    }

    /// 张三 as sent, with a title of `year` and these ticks.
    fn sent(name: &str, year: i32, ticks: &[&str]) -> Sent {
        Sent {
            name: name.into(),
            applicant: Applicant {
                title_date: Some(d(year, 12, 31)),
                ..eligible()
            },
            ticks: ticks.iter().map(|t| t.to_string()).collect(),
            ..zhang()
        }
    }

    /// Issue 21 (2.): the same person is the same name and title date;
    /// the same name with another title date asks.
    #[test]
    fn applicant_to_unit_table() {
        let updated_row = |s: &Sent, id: &str, notes: &str| Record {
            id: id.into(),
            name: s.name.clone(),
            applicant: s.applicant.clone(),
            posted: Some(d(2024, 7, 24)),
            ticks: s.ticks.clone(),
            notes: notes.into(),
            unit_name: "沈阳市计量测试研究院".into(),
            round: Some(2024),
            achievements: s.achievements.clone(),
            ..Record::default()
        };
        let table: Vec<(&str, Stored, Sent, ApplicantMatch)> = vec![
            (
                "empty list",
                Stored::default(),
                sent("张三", 2019, &[]),
                ApplicantMatch::New,
            ),
            (
                "another name",
                unit(&[("李四", 2019)]),
                sent("张三", 2019, &[]),
                ApplicantMatch::New,
            ),
            (
                "same person",
                unit(&[("李四", 2019), ("张三", 2019)]),
                sent("张三", 2019, &["form-1"]),
                ApplicantMatch::Update("u1".into()),
            ),
            (
                "same person, spaces",
                unit(&[(" 张三 ", 2019)]),
                sent("张三", 2019, &[]),
                ApplicantMatch::Update("u0".into()),
            ),
            (
                "other title date",
                unit(&[("张三", 2018)]),
                sent("张三", 2019, &[]),
                ApplicantMatch::Ask(vec!["u0".into()]),
            ),
            (
                "two namesakes",
                unit(&[("张三", 2017), ("张三", 2018)]),
                sent("张三", 2019, &[]),
                ApplicantMatch::Ask(vec!["u0".into(), "u1".into()]),
            ),
        ];
        for (what, current, s, expected) in table {
            assert_eq!(preview_applicant(&current, &s), expected, "{what}");
        }

        // New: a row with everything sent, named by the time.
        let s = sent("张三", 2019, &["form-1"]);
        let added = apply_applicant(&Stored::default(), &s, &Decision::Add, 42);
        assert_eq!(
            added.applicants,
            vec![Record {
                posted: None,
                notes: String::new(),
                ..updated_row(&s, "a42", "")
            }]
        );
        // Update: in place; the unit's id, notes and posting day stay.
        let current = unit(&[("李四", 2019), ("张三", 2019)]);
        let after = apply_applicant(&current, &s, &Decision::Add, 42);
        assert_eq!(after.applicants[0], current.applicants[0]);
        assert_eq!(after.applicants[1], updated_row(&s, "u1", "备注1"));
        assert_eq!(after.applicants.len(), 2);
        assert_eq!(
            preview_applicant(&after, &s),
            ApplicantMatch::Unchanged("u1".into())
        );
        assert_eq!(
            apply_applicant(&after, &s, &Decision::Add, 43),
            after,
            "confirmed twice"
        );

        // Ask, answered "the same person": that row takes the new title date.
        let current = unit(&[("张三", 2018)]);
        let same = apply_applicant(&current, &s, &Decision::Update("u0".into()), 42);
        assert_eq!(same.applicants, vec![updated_row(&s, "u0", "备注0")]);
        // Ask, answered "another person": a second row; confirming again
        // finds the same person and adds nothing.
        let other = apply_applicant(&current, &s, &Decision::Add, 42);
        assert_eq!(other.applicants.len(), 2);
        assert_eq!(other.applicants[0], current.applicants[0]);
        assert_eq!(other.applicants[1].id, "a42");
        assert_eq!(
            preview_applicant(&other, &s),
            ApplicantMatch::Unchanged("a42".into())
        );
        assert_eq!(apply_applicant(&other, &s, &Decision::Add, 43), other);
        assert_eq!(
            apply_applicant(&other, &s, &Decision::Update("u0".into()), 43),
            other
        );
        // An id already taken is not reused.
        let taken = Stored {
            past_applicants: vec![record("a42", "王五", eligible(), None, &[])],
            ..Stored::default()
        };
        let added = apply_applicant(&taken, &s, &Decision::Add, 42);
        assert_eq!(added.applicants[0].id, "a42-1");
        // A row with 2023's ticks: the answers are taken, 2023's ticks and
        // posting day stay 2023's (the unit starts the 2024 round first).
        let mut last_year = unit(&[("张三", 2019)]);
        last_year.applicants[0].ticks = vec!["form-3".into()];
        last_year.applicants[0].round = Some(2023);
        let after = apply_applicant(&last_year, &s, &Decision::Add, 42);
        let r = &after.applicants[0];
        assert_eq!(
            (r.round, r.ticks.as_slice(), r.posted),
            (
                Some(2023),
                &["form-3".to_string()][..],
                Some(d(2024, 7, 24))
            )
        );
        assert_eq!(r.achievements, s.achievements);
    }

    fn person(name: &str, year: i32, unit_name: &str, ticks: &[&str]) -> Record {
        Record {
            id: format!("x-{name}"),
            name: name.into(),
            applicant: Applicant {
                title_date: Some(d(year, 12, 31)),
                ..eligible()
            },
            ticks: ticks.iter().map(|t| t.to_string()).collect(),
            unit_name: unit_name.into(),
            round: Some(2024),
            ..Record::default()
        }
    }

    fn names(p: &[String]) -> Vec<&str> {
        p.iter().map(String::as_str).collect()
    }

    /// Issue 21 (3.): each applicant keeps their own unit; a list sent again
    /// replaces the unit's earlier list; the same name in two units is
    /// flagged, never merged.
    #[test]
    fn unit_list_to_bureau_table() {
        const A: &str = "甲市计量检定测试中心";
        const B: &str = "乙县市场监督管理局所";
        // The bureau typed one applicant in by hand.
        let own = Record {
            unit_name: A.into(),
            ..person("赵六", 2015, "", &[])
        };
        let bureau = Stored {
            applicants: vec![Record {
                id: "b1".into(),
                ..own.clone()
            }],
            ..Stored::default()
        };
        let first = [
            person("张三", 2019, "", &[]),
            person("李四", 2018, "甲中心分站", &[]),
        ];
        let p = preview_list(&bureau, A, &first);
        assert_eq!(
            (names(&p.added), names(&p.changed), p.unchanged),
            (vec!["张三", "李四"], vec![], 0)
        );
        assert!(p.removed.is_empty() && p.duplicates.is_empty());
        let one = apply_list(&bureau, A, &first, 100);
        let units: Vec<(&str, &str, &str, &str)> = one
            .applicants
            .iter()
            .map(|r| {
                (
                    r.id.as_str(),
                    r.name.as_str(),
                    r.unit_name.as_str(),
                    r.list_from.as_str(),
                )
            })
            .collect();
        assert_eq!(
            units,
            [
                ("b1", "赵六", A, ""),
                ("a100", "张三", A, A),
                ("a100-1", "李四", "甲中心分站", A),
            ]
        );
        assert_eq!(apply_list(&one, A, &first, 101), one, "the same list twice");
        let p = preview_list(&one, A, &first);
        assert_eq!(
            (p.unchanged, p.added.len(), p.changed.len(), p.removed.len()),
            (2, 0, 0, 0)
        );

        // Sent again: 张三 with a form ticked, 李四 gone, 王五 new.
        let second = [
            person("王五", 2020, "", &[]),
            person("张三", 2019, "", &["form-1"]),
        ];
        let p = preview_list(&one, A, &second);
        assert_eq!(
            (
                names(&p.added),
                names(&p.changed),
                p.unchanged,
                names(&p.removed)
            ),
            (vec!["王五"], vec!["张三"], 0, vec!["李四"])
        );
        let two = apply_list(&one, A, &second, 200);
        let rows: Vec<(&str, &str, &[String])> = two
            .applicants
            .iter()
            .map(|r| (r.id.as_str(), r.name.as_str(), r.ticks.as_slice()))
            .collect();
        assert_eq!(
            rows,
            [
                ("b1", "赵六", &[][..]),
                ("a200", "王五", &[][..]),
                ("a100", "张三", &["form-1".to_string()][..]),
            ]
        );
        assert_eq!(
            two.applicants[0], bureau.applicants[0],
            "typed in by hand: kept"
        );

        // Another unit with a 张三 and a 赵六: flagged, both kept.
        let other = [person("张三", 2016, "", &[]), person("赵六", 2015, "", &[])];
        let p = preview_list(&two, B, &other);
        assert_eq!(names(&p.added), ["张三", "赵六"]);
        assert!(p.removed.is_empty(), "A's list is not B's");
        assert_eq!(
            p.duplicates,
            [
                Duplicate {
                    name: "赵六".into(),
                    units: vec![A.into(), B.into()]
                },
                Duplicate {
                    name: "张三".into(),
                    units: vec![A.into(), B.into()]
                },
            ]
        );
        let three = apply_list(&two, B, &other, 300);
        assert_eq!(three.applicants.len(), 5);
        assert_eq!(&three.applicants[..3], &two.applicants[..]);
        assert_eq!(
            three.applicants[3..]
                .iter()
                .map(|r| (r.id.as_str(), r.unit_name.as_str()))
                .collect::<Vec<_>>(),
            [("a300", B), ("a300-1", B)]
        );
        // A sends an empty list: its rows go, B's and the bureau's stay.
        let p = preview_list(&three, A, &[]);
        assert_eq!(names(&p.removed), ["王五", "张三"]);
        let four = apply_list(&three, A, &[], 400);
        assert_eq!(
            four.applicants
                .iter()
                .map(|r| r.name.as_str())
                .collect::<Vec<_>>(),
            ["赵六", "张三", "赵六"]
        );
    }

    /// The same person twice in one list (two rows the unit typed) stays two
    /// rows with their own ids, sent once or again.
    #[test]
    fn one_person_twice_in_a_list_keeps_two_rows() {
        const A: &str = "甲市计量检定测试中心";
        let list = [
            person("张三", 2019, "", &[]),
            person("张三", 2019, "", &["form-1"]),
        ];
        let once = apply_list(&Stored::default(), A, &list, 5);
        let ids: Vec<&str> = once.applicants.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["a5", "a5-1"]);
        assert_eq!(once.validate(), Ok(()));
        let p = preview_list(&once, A, &list);
        assert_eq!(
            (p.unchanged, p.added.len(), p.changed.len(), p.removed.len()),
            (2, 0, 0, 0)
        );
        assert_eq!(apply_list(&once, A, &list, 6), once);
        // Sent again with one of them: one row stays, one is removed.
        let p = preview_list(&once, A, &list[1..]);
        assert_eq!((p.unchanged, names(&p.removed)), (1, vec!["张三"]));
        let again = apply_list(&once, A, &list[1..], 7);
        assert_eq!(again.applicants, &once.applicants[1..]);
    }

    /// What a unit sends: the selected applicants (else all), each with the
    /// unit's name where none is given, without notes or history.
    #[test]
    fn a_units_list_holds_the_selected_applicants() {
        use crate::domain::round_facts::PastRound;
        let mut stored = unit(&[("张三", 2019), ("李四", 2018), ("王五", 2017)]);
        stored.paperwork = Some(crate::store::PaperworkInput {
            unit_name: " 甲市计量检定测试中心 ".into(),
            ..Default::default()
        });
        stored.applicants[1].excluded = true;
        stored.applicants[1].round = Some(2024);
        stored.applicants[2].unit_name = "甲中心分站".into();
        stored.applicants[2].history = vec![PastRound {
            year: 2023,
            ..PastRound::default()
        }];
        let Handoff::UnitList {
            unit_name,
            round,
            records,
        } = Handoff::unit_list(&stored, 2024)
        else {
            panic!("a list");
        };
        assert_eq!((unit_name.as_str(), round), ("甲市计量检定测试中心", 2024));
        let sent: Vec<(&str, &str, &str, usize)> = records
            .iter()
            .map(|r| {
                (
                    r.name.as_str(),
                    r.unit_name.as_str(),
                    r.notes.as_str(),
                    r.history.len(),
                )
            })
            .collect();
        assert_eq!(
            sent,
            [
                ("张三", "甲市计量检定测试中心", "", 0),
                ("王五", "甲中心分站", "", 0)
            ]
        );
        // Excluded in another round: counts as selected in this one.
        let Handoff::UnitList { records, .. } = Handoff::unit_list(&stored, 2025) else {
            panic!("a list");
        };
        assert_eq!(records.len(), 3);
        // Everyone excluded: all are sent.
        for r in &mut stored.applicants {
            r.excluded = true;
            r.round = Some(2024);
        }
        let Handoff::UnitList { records, .. } = Handoff::unit_list(&stored, 2024) else {
            panic!("a list");
        };
        assert_eq!(records.len(), 3);
    }

    /// What an applicant sends: the stored self-check, with this round's
    /// ticks only.
    #[test]
    fn an_applicant_sends_the_stored_self_check() {
        let check = EligibilityInput {
            name: " 张三 ".into(),
            unit_name: "沈阳市计量测试研究院".into(),
            applicant: eligible(),
            ticks: vec!["form-1".into()],
            achievements: zhang().achievements,
            round: Some(2024),
            ..EligibilityInput::default()
        };
        assert_eq!(Sent::from_self_check(&check, 2024), zhang());
        // Both sides are told what the link holds and who can read it.
        assert_eq!(
            Handoff::Applicant(zhang()).contents(),
            "张三（沈阳市计量测试研究院） 2024 年度的资格自查：全部答题、1 项业绩成果、1 份材料已备齐的勾选"
        );
        assert!(PRIVACY_NOTE.contains("任何拿到这条消息的人都能打开"));
        assert!(PRIVACY_NOTE.contains("不会把这部分发给网站"));
        assert_eq!(
            Sent::from_self_check(&check, 2025),
            Sent {
                ticks: vec![],
                round: 2025,
                ..zhang()
            }
        );
        // The stored self-check keeps the name and unit.
        let stored = Stored {
            eligibility: Some(check.clone()),
            ..Stored::default()
        };
        assert_eq!(
            crate::store::decode(&crate::store::encode(&stored)),
            Ok(stored)
        );
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn arb_date() -> impl Strategy<Value = NaiveDate> {
            (0u64..365 * 30).prop_map(|n| d(2000, 1, 1) + chrono::Days::new(n))
        }

        fn arb_text() -> impl Strategy<Value = String> {
            "[\\p{Han}a-zA-Z0-9·\"\\\\<>&'\u{2028} ]{0,12}[\\p{Han}a-z]"
        }

        fn arb_applicant() -> impl Strategy<Value = Applicant> {
            (
                proptest::option::of(any::<bool>()),
                proptest::option::of(prop::sample::select(Level::ALL)),
                proptest::option::of(prop::sample::select(Education::ALL)),
                proptest::option::of(arb_date()),
                proptest::option::of((
                    prop::sample::select(PatentKind::ALL),
                    0u64..=1_000_000_000,
                    proptest::option::of(arb_date()),
                )),
                prop::collection::vec(arb_text(), 0..3),
            )
                .prop_map(
                    |(civil, target, education, title_date, patent, recommenders)| Applicant {
                        civil_servant: civil,
                        target,
                        education,
                        title_date,
                        patent: patent.map(|(kind, annual_benefit_yuan, obtained)| Patent {
                            kind,
                            annual_benefit_yuan,
                            obtained,
                        }),
                        exceptional: !recommenders.is_empty(),
                        recommenders,
                        ..Applicant::default()
                    },
                )
        }

        fn arb_achievements() -> impl Strategy<Value = Vec<Achievement>> {
            prop::collection::vec(
                (
                    prop::sample::select(AchievementKind::ALL),
                    arb_text(),
                    arb_date(),
                )
                    .prop_map(|(kind, title, date)| Achievement {
                        kind,
                        title,
                        date,
                    }),
                0..4,
            )
        }

        fn arb_ticks() -> impl Strategy<Value = Vec<String>> {
            prop::sample::subsequence(ALL_FORMS.to_vec(), 0..=4)
                .prop_map(|t| t.into_iter().map(String::from).collect())
        }

        fn arb_sent() -> impl Strategy<Value = Sent> {
            (
                arb_text(),
                prop_oneof![Just(String::new()), arb_text()],
                arb_applicant(),
                arb_achievements(),
                arb_ticks(),
                2000i32..=2099,
            )
                .prop_map(
                    |(name, unit_name, applicant, achievements, ticks, round)| Sent {
                        name,
                        unit_name,
                        applicant,
                        achievements,
                        ticks,
                        round,
                    },
                )
        }

        fn arb_list() -> impl Strategy<Value = Handoff> {
            (
                arb_text(),
                2000i32..=2099,
                prop::collection::vec(
                    (arb_sent(), proptest::option::of(arb_date()), any::<bool>()),
                    0..12,
                ),
            )
                .prop_map(|(unit_name, round, people)| Handoff::UnitList {
                    unit_name,
                    round,
                    records: people
                        .into_iter()
                        .enumerate()
                        .map(|(i, (s, posted, excluded))| Record {
                            posted,
                            excluded,
                            ..s.record(format!("a{i}"))
                        })
                        .collect(),
                })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]

            #[test]
            fn encode_then_decode_is_identity(h in prop_oneof![arb_sent().prop_map(Handoff::Applicant), arb_list()]) {
                let link = encode(&h);
                prop_assert!(link.len() <= MAX_LINK_CHARS);
                prop_assert_eq!(decode(&link), Ok(h));
            }

            #[test]
            fn altered_links_never_panic_and_never_read_as_other_data(
                h in arb_list(),
                at in any::<prop::sample::Index>(),
                c in prop::sample::select(BASE64URL.chars().collect::<Vec<_>>()),
                cut in any::<prop::sample::Index>(),
            ) {
                let link = encode(&h);
                let i = 3 + at.index(link.len() - 3);
                let mut altered = link.clone();
                altered.replace_range(i..i + 1, &c.to_string());
                if altered != link {
                    prop_assert_eq!(decode(&altered), Err(HandoffError::Damaged));
                }
                let _ = decode(&link[..cut.index(link.len())]);
            }

            /// Lists from three units, some sent more than once, in any
            /// order: the document stays valid, each unit's rows are its
            /// last list, the others' stay, and the preview counts add up.
            #[test]
            fn lists_replace_their_units_rows_only(
                sends in prop::collection::vec((0usize..3, prop::collection::vec((0usize..4, 2015i32..2018, any::<bool>()), 0..6)), 1..8),
            ) {
                const UNITS: [&str; 3] = ["甲单位", "乙单位", "丙单位"];
                const NAMES: [&str; 4] = ["张三", "李四", "王五", "张三"];
                let mut bureau = Stored {
                    applicants: vec![record("b1", "张三", eligible(), None, &[])],
                    ..Stored::default()
                };
                let mut last: Vec<Option<Vec<Record>>> = vec![None; 3];
                for (n, (u, people)) in sends.into_iter().enumerate() {
                    let list: Vec<Record> = people
                        .iter()
                        .enumerate()
                        .map(|(i, &(who, year, ticked))| Record {
                            id: format!("x{i}"),
                            ..person(NAMES[who], year, "", if ticked { &["form-1"] } else { &[] })
                        })
                        .collect();
                    let p = preview_list(&bureau, UNITS[u], &list);
                    prop_assert_eq!(p.added.len() + p.changed.len() + p.unchanged, list.len());
                    let before = bureau.clone();
                    bureau = apply_list(&bureau, UNITS[u], &list, n as u64);
                    prop_assert_eq!(bureau.validate(), Ok(()));
                    prop_assert_eq!(apply_list(&bureau, UNITS[u], &list, 99), bureau.clone());
                    prop_assert_eq!(
                        bureau.applicants.len(),
                        before.applicants.len() + p.added.len() - p.removed.len()
                    );
                    last[u] = Some(list);
                    for (k, unit) in UNITS.iter().enumerate() {
                        let rows: Vec<(&str, &[String])> = bureau
                            .applicants
                            .iter()
                            .filter(|r| r.list_from == *unit)
                            .map(|r| (r.name.as_str(), r.ticks.as_slice()))
                            .collect();
                        let sent: Vec<(&str, &[String])> = last[k]
                            .iter()
                            .flatten()
                            .map(|r| (r.name.as_str(), r.ticks.as_slice()))
                            .collect();
                        prop_assert_eq!(rows, sent, "{}", unit);
                    }
                    prop_assert_eq!(&bureau.applicants[0].id, "b1");
                }
            }

            #[test]
            fn random_text_never_panics(text in prop_oneof![any::<String>(), "h1\\.[A-Za-z0-9_-]{0,80}"]) {
                let _ = decode(&text);
            }
        }
    }
}
