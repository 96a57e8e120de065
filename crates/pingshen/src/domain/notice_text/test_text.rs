//! (tests only) The 2024 notice as pasted, and the helpers the readers'
//! tests change it and look at it with.

use chrono::NaiveDate;

use super::fields::ParsedField;
use super::parsed::ParsedNotice;
use super::warnings::NoticeWarningKind;
use crate::domain::notice::{Notice, Window};

// Most of the readers' tests are changes of the 2024 notice
// (tests/data/notices/evaluation-2024.txt) that real notices make; the
// expected dates are the ones the changed sentence states.

/// The 2024 notice as published.
pub(super) const NOTICE_2024: &str =
    include_str!("../../../tests/data/notices/evaluation-2024.txt");

pub(super) fn replaced(text: &str, replacements: &[(&str, &str)]) -> String {
    let mut text = text.to_string();
    for (from, to) in replacements {
        assert!(text.contains(from), "the 2024 text has {from}");
        text = text.replace(from, to);
    }
    text
}

pub(super) fn unofficial_2024() -> Notice {
    Notice {
        official: false,
        ..Notice::official_2024()
    }
}

/// The warnings of a text, without their sources.
pub(super) fn warning_kinds(parsed: &ParsedNotice) -> Vec<NoticeWarningKind> {
    parsed.warnings.iter().map(|w| w.kind.clone()).collect()
}

pub(super) fn window_of(field: &Option<ParsedField<Window>>) -> Option<(NaiveDate, NaiveDate)> {
    field.as_ref().map(|f| (f.value.first, f.value.last))
}
