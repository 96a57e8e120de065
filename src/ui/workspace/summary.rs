//! The unit summary at the top of 单位总览.

use leptos::prelude::*;

use crate::domain::workspace::{self, Row};

#[component]
pub(super) fn SummaryView(rows: Memo<Vec<Row>>) -> impl IntoView {
    move || {
        let s = rows.with(|r| workspace::summary(r));
        view! {
            <dl class="summary" data-testid="summary">
                <div><dt>"申报人"</dt><dd data-testid="summary-total">{s.total}</dd></div>
                <div><dt>"材料齐备"</dt><dd data-testid="summary-ready">{s.ready}</dd></div>
                <div><dt>"有风险"</dt><dd data-testid="summary-at-risk">{s.at_risk}</dd></div>
                <div><dt>"未公示"</dt><dd>{s.not_posted}</dd></div>
                <div><dt>"公示中"</dt><dd>{s.running}</dd></div>
                <div><dt>"不符合"</dt><dd>{s.ineligible}</dd></div>
            </dl>
        }
    }
}
