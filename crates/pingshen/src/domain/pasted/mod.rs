//! Pasted text, as both readers take it in: the State Council's holiday
//! notice ([`holiday_text`](crate::domain::holiday_text)) and the province's
//! evaluation notice ([`notice_text`](crate::domain::notice_text)).
//!
//! What the two share, once: the size check before any work (this file), the
//! normalised characters with their place in the pasted text
//! (`normal`: full-width digits and punctuation made half-width, every dash
//! one range mark, whitespace dropped), the tokens of a line with its date
//! phrases `[YYYY年][M月]D日` (`tokens`), and the Chinese numerals of years
//! and small counts ([`numerals`]).
//!
//! # Example
//!
//! ```
//! use pingshen::domain::pasted::{numerals::year_before, MAX_CHARS};
//!
//! assert_eq!(MAX_CHARS, 200_000);
//! let chars: Vec<char> = "关于二〇二七年".chars().collect();
//! assert_eq!(year_before(&chars, 6), Some(2027));
//! ```

pub(crate) mod normal;
pub mod numerals;
pub(crate) mod tokens;

/// The longest text accepted, in characters. A real notice has about 1 000;
/// anything much longer is not one notice, and is refused before it is read.
pub const MAX_CHARS: usize = 200_000;

/// Why a text is refused before it is read.
pub(crate) enum SizeError {
    /// Nothing but whitespace.
    Empty,
    /// More than [`MAX_CHARS`] characters: at least this many.
    TooLong(usize),
}

/// Refuses empty and too long text. A text of more than `4 × MAX_CHARS`
/// bytes has more than `MAX_CHARS` characters whatever they are (UTF-8 uses
/// at most 4 bytes a character), so it is refused without counting: 10 MB
/// are turned away at once.
pub(crate) fn check_size(text: &str) -> Result<(), SizeError> {
    if text.len() > 4 * MAX_CHARS {
        return Err(SizeError::TooLong(text.len() / 4));
    }
    let chars = text.chars().count();
    if chars > MAX_CHARS {
        return Err(SizeError::TooLong(chars));
    }
    if text.trim().is_empty() {
        return Err(SizeError::Empty);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_too_long_texts_are_refused_before_reading() {
        // (text, refused as) — the lengths are counted by hand: 200 001 一.
        let just_over = "一".repeat(MAX_CHARS + 1);
        let ten_megabytes = "a".repeat(10 * 1024 * 1024);
        assert!(matches!(check_size(""), Err(SizeError::Empty)));
        assert!(matches!(check_size(" \n\u{3000}\t"), Err(SizeError::Empty)));
        assert!(matches!(
            check_size(&just_over),
            Err(SizeError::TooLong(200_001))
        ));
        // Over 4 × MAX_CHARS bytes: refused without counting, as bytes / 4.
        assert!(matches!(
            check_size(&ten_megabytes),
            Err(SizeError::TooLong(2_621_440))
        ));
        assert!(check_size(&"一".repeat(MAX_CHARS)).is_ok());
    }
}
