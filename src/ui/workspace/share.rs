//! 打印与分享 on 单位总览: print the overview, or copy it as text.

use leptos::prelude::*;

use crate::browser;
use crate::domain::workspace::{self, Row};
use crate::state::AppState;
use crate::ui::widgets::{CopyButton, InAppGuide};

#[component]
pub(super) fn ShareCard(rows: Memo<Vec<Row>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    // Always shown: where print and the clipboard fail, it can be copied
    // by hand.
    let summary = Signal::derive(move || {
        rows.with(|r| {
            workspace::chat_summary(
                "本单位",
                state.shown_year(),
                r,
                &workspace::summary(r),
                state.today.get(),
            )
        })
    });
    view! {
        <section class="card no-print" aria-labelledby="share-title">
            <h2 id="share-title" class="card__title">"打印与分享"</h2>
            <div class="actions">
                <button type="button" class="button" data-testid="print-overview" on:click=move |_| browser::print()>"打印总览"</button>
                <CopyButton text=summary label="复制文字摘要" testid="copy-summary" />
            </div>
            <InAppGuide what="打印" />
            <label class="visually-hidden" for="chat-text">"文字摘要"</label>
            <textarea id="chat-text" readonly rows="6" data-testid="chat-text">{move || summary.get()}</textarea>
        </section>
    }
}
