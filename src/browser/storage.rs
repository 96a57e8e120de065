//! localStorage for the [`crate::store`] document, through gloo-storage.
//!
//! A value that cannot be read is copied to a backup key before the app
//! starts clean, and the user is told where it went. If even the backup
//! cannot be written, the app stops writing, so the old value survives.

use std::cell::Cell;
use std::fmt;

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};

use crate::store::{backup_key, decode, Stored, KEY, SCHEMA_VERSION};

/// Where the text of a document from before schema 2 is kept, byte for
/// byte, when it is first upgraded (never overwritten afterwards).
pub const BEFORE_SCHEMA_2_KEY: &str = "pingshen.before-schema-2";

/// Reads `text` and gives any round-bound fact without a round its round,
/// as of today in China (the day the document is first opened by this
/// version: [`Stored::assign_rounds`]). The second value says whether the
/// upgrade changed anything.
fn decode_upgraded(text: &str) -> Result<(Stored, bool), crate::store::StorageError> {
    let mut stored = decode(text)?;
    let old_schema = stored.schema < SCHEMA_VERSION;
    let placed = stored.assign_rounds(super::clock::china_today());
    Ok((stored, old_schema || !placed.is_empty()))
}

thread_local! {
    /// Cleared when an unreadable value could not be backed up: writing
    /// would then destroy it.
    static WRITABLE: Cell<bool> = const { Cell::new(true) };
}

/// What loading found.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    pub stored: Stored,
    /// A message for the user, when something was not as expected.
    pub notice: Option<String>,
}

/// Why a change could not be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// localStorage is missing or refused (private mode, disabled).
    Unavailable,
    /// The quota is full.
    Full,
    /// Writing is held back to protect an unreadable value.
    Protected,
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unavailable => write!(
                f,
                "浏览器不允许本站保存数据（可能处于无痕/隐私模式）：计算照常可用，但刷新后不会保留"
            ),
            Self::Full => write!(
                f,
                "浏览器存储空间已满，本次更改未能保存：计算照常可用，请清理浏览器数据后再试"
            ),
            Self::Protected => write!(f, "为保护无法读取的旧数据，本次更改没有写入浏览器存储"),
        }
    }
}

/// Whether localStorage can be reached at all: gloo-storage assumes it can
/// (and throws otherwise), so this is asked first.
fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// The stored text, exactly as it is (an unreadable value is backed up
/// byte for byte, so it is read raw, not through serde).
fn read_raw(key: &str) -> Result<Option<String>, SaveError> {
    if !available() {
        return Err(SaveError::Unavailable);
    }
    LocalStorage::raw()
        .get_item(key)
        .map_err(|_| SaveError::Unavailable)
}

/// Keeps `text` under a new backup key, byte for byte.
fn back_up(text: &str) -> Result<String, SaveError> {
    let key = backup_key(super::now_ms());
    LocalStorage::raw()
        .set_item(&key, text)
        .map(|()| key)
        .map_err(|_| SaveError::Protected)
}

fn write(stored: &Stored) -> Result<(), SaveError> {
    // gloo-storage writes serde_json's text: what `store::encode` writes.
    LocalStorage::set(KEY, stored).map_err(|e| match e {
        StorageError::JsError(e) if e.name == "QuotaExceededError" => SaveError::Full,
        _ => SaveError::Unavailable,
    })
}

/// Reads the stored document. Never fails: problems become a notice.
pub fn load() -> Loaded {
    let text = match read_raw(KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return Loaded::default(),
        Err(e) => {
            return Loaded {
                stored: Stored::default(),
                notice: Some(e.to_string()),
            }
        }
    };
    match decode_upgraded(&text) {
        Ok((stored, upgraded)) => {
            if upgraded {
                // The round of an undated fact is fixed on the day it is
                // first opened: written at once, so a later day cannot move
                // it. The old text is kept once, byte for byte.
                if matches!(read_raw(BEFORE_SCHEMA_2_KEY), Ok(None)) {
                    let _ = LocalStorage::raw().set_item(BEFORE_SCHEMA_2_KEY, &text);
                }
                let _ = save(&stored);
            }
            Loaded {
                stored,
                notice: None,
            }
        }
        Err(error) => {
            let notice = match back_up(&text) {
                Ok(key) => {
                    LocalStorage::delete(KEY);
                    format!("{error}。原数据已原样备份在浏览器存储的“{key}”中，助手已重新开始。")
                }
                Err(_) => {
                    WRITABLE.with(|w| w.set(false));
                    format!("{error}。备份失败，为不覆盖原数据，本次使用期间不会保存任何更改。")
                }
            };
            Loaded {
                stored: Stored::default(),
                notice: Some(notice),
            }
        }
    }
}

/// Writes the whole document.
///
/// # Errors
///
/// [`SaveError`]; the in-memory state is unaffected.
pub fn save(stored: &Stored) -> Result<(), SaveError> {
    if !WRITABLE.with(Cell::get) {
        return Err(SaveError::Protected);
    }
    if !available() {
        return Err(SaveError::Unavailable);
    }
    write(stored)
}

/// Applies `change` to the document as it is stored now (another tab may
/// have changed it since this one loaded) and writes the result back.
/// A value that became unreadable meanwhile is backed up first, as in
/// [`load`]. Returns the document written.
///
/// # Errors
///
/// [`SaveError`]; nothing is written then.
pub fn update(change: impl FnOnce(&mut Stored)) -> Result<Stored, SaveError> {
    if !WRITABLE.with(Cell::get) {
        return Err(SaveError::Protected);
    }
    let mut stored = match read_raw(KEY)? {
        Some(text) => match decode_upgraded(&text) {
            Ok((stored, _)) => stored,
            Err(_) => {
                back_up(&text)?;
                Stored::default()
            }
        },
        None => Stored::default(),
    };
    change(&mut stored);
    write(&stored)?;
    Ok(stored)
}
