//! The days a round's rules are reckoned to (「五、相关政策规定」3) and today.

use chrono::NaiveDate;

/// The dates of a notice year (and its publicity length), and today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cutoffs {
    /// Achievements count up to and including this day
    /// (「五、相关政策规定」3: 2024-07-31).
    pub achievements: NaiveDate,
    /// Seniority is counted, in full years, up to this day
    /// (「五、相关政策规定」3: 2024-12-31).
    pub seniority: NaiveDate,
    /// Today (China time), to reject dates in the future.
    pub today: NaiveDate,
    /// The publicity lasts at least this many working days
    /// (「六、申报流程」（三）: 5 in 2024), for the forms' details.
    pub publicity_days: u32,
}
