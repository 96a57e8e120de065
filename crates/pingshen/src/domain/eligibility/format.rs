//! The Chinese renderings the rules' messages quote: a day
//! (`2024年12月31日`) and an amount in 万元 (`999.9999万元`).

use chrono::{Datelike, NaiveDate};

/// `2024年12月31日`.
pub(super) fn zh(date: NaiveDate) -> String {
    format!("{}年{}月{}日", date.year(), date.month(), date.day())
}

/// `1000万元`, `999.9999万元`.
pub(super) fn wan(yuan: u64) -> String {
    let (whole, rest) = (yuan / 10_000, yuan % 10_000);
    if rest == 0 {
        format!("{whole}万元")
    } else {
        let frac = format!("{rest:04}");
        format!("{whole}.{}万元", frac.trim_end_matches('0'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_dates::d;

    /// The amounts of 「五、相关政策规定」1 (1000万元, 500万元, 300万元) and
    /// one yuan less, written out by hand.
    #[test]
    fn days_and_amounts_in_chinese() {
        assert_eq!(zh(d(2024, 12, 31)), "2024年12月31日");
        assert_eq!(zh(d(2024, 7, 1)), "2024年7月1日");
        let table = [
            (10_000_000, "1000万元"),
            (9_999_999, "999.9999万元"),
            (5_000_000, "500万元"),
            (5_005_000, "500.5万元"),
            (3_000_000, "300万元"),
            (2_999_999, "299.9999万元"),
            (1, "0.0001万元"),
            (0, "0万元"),
        ];
        for (yuan, text) in table {
            assert_eq!(wan(yuan), text, "{yuan}");
        }
    }
}
