//! localStorage for the [`crate::store`] document.
//!
//! A value that cannot be read is copied to a backup key before the app
//! starts clean, and the user is told where it went. If even the backup
//! cannot be written, the app stops writing, so the old value survives.

use std::cell::Cell;
use std::fmt;

use crate::domain::request::CalcInput;
use crate::store::{backup_key, decode, encode, Stored, KEY};

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

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn is_quota_error(error: &wasm_bindgen::JsValue) -> bool {
    use wasm_bindgen::JsCast;
    error
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|e| e.name() == "QuotaExceededError" || e.code() == 22)
}

/// Reads the stored document. Never fails: problems become a notice.
pub fn load() -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded {
            stored: Stored::default(),
            notice: Some(SaveError::Unavailable.to_string()),
        };
    };
    let text = match storage.get_item(KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return Loaded::default(),
        Err(_) => {
            return Loaded {
                stored: Stored::default(),
                notice: Some(SaveError::Unavailable.to_string()),
            }
        }
    };
    match decode(&text) {
        Ok(stored) => Loaded {
            stored,
            notice: None,
        },
        Err(error) => {
            let key = backup_key(super::now_ms());
            let notice = if storage.set_item(&key, &text).is_ok() {
                let _ = storage.remove_item(KEY);
                format!("{error}。原数据已原样备份在浏览器存储的“{key}”中，助手已重新开始。")
            } else {
                WRITABLE.with(|w| w.set(false));
                format!("{error}。备份失败，为不覆盖原数据，本次使用期间不会保存任何更改。")
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
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    storage.set_item(KEY, &encode(stored)).map_err(|e| {
        if is_quota_error(&e) {
            SaveError::Full
        } else {
            SaveError::Unavailable
        }
    })
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
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    let mut stored = match storage.get_item(KEY) {
        Ok(Some(text)) => match decode(&text) {
            Ok(stored) => stored,
            Err(_) => {
                storage
                    .set_item(&backup_key(super::now_ms()), &text)
                    .map_err(|_| SaveError::Protected)?;
                Stored::default()
            }
        },
        Ok(None) => Stored::default(),
        Err(_) => return Err(SaveError::Unavailable),
    };
    change(&mut stored);
    save(&stored)?;
    Ok(stored)
}

/// Saves the calculator's inputs, keeping the rest of the document.
pub fn save_calculation(input: CalcInput) -> Result<(), SaveError> {
    update(|stored| stored.calculator = Some(input)).map(drop)
}
