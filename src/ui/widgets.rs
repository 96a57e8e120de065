//! Small pieces shared by the pages.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::dates;

/// A date as `<time datetime="YYYY-MM-DD">`, written out in Chinese; marked
/// `data-estimated` when it rests on a year without official data.
#[component]
pub fn DateText(
    date: NaiveDate,
    testid: &'static str,
    #[prop(optional)] estimated: bool,
) -> impl IntoView {
    view! {
        <time
            datetime=date.to_string()
            data-testid=testid
            data-estimated=estimated.then_some("true")
        >
            {dates::long_zh(date)}
        </time>
    }
}
