//! The rules, pure: no browser types, "today" always an argument.
//!
//! New rule modules live here; the older flat modules (`calendar`,
//! `notice`, `timeline`, …) move in when the layout is reorganised.

pub mod holiday_text;
pub mod notice_text;
pub mod rounds;
pub mod route;
