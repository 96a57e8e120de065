//! The applicants on 单位总览, sorted by urgency, with their filters by
//! level and status and each row's 编辑 / 复制 / 删除.

use leptos::prelude::*;

use super::row::RowView;
use crate::domain::eligibility::Level;
use crate::domain::workspace::{Filter, Row, StatusFilter};
use crate::ui::widgets::Select;

/// The list of `rows` that pass the filters; 编辑 opens a row in
/// `editing`, 复制 runs `duplicate` and 删除, once confirmed, `delete`
/// (each with the row's id).
#[component(transparent)]
pub(super) fn ApplicantList(
    rows: Memo<Vec<Row>>,
    editing: RwSignal<Option<String>>,
    duplicate: Callback<String>,
    delete: Callback<String>,
) -> impl IntoView {
    let level = RwSignal::new(None::<Level>);
    let status = RwSignal::new(None::<StatusFilter>);
    let visible = Memo::new(move |_| {
        let filter = Filter {
            level: level.get(),
            status: status.get(),
        };
        rows.with(|rows| filter.apply(rows))
    });
    let confirm_delete = RwSignal::new(None::<String>);
    let delete = move |id: String| {
        delete.run(id);
        confirm_delete.set(None);
    };
    view! {
        <section class="card" aria-labelledby="list-title">
            <h2 id="list-title" class="card__title">"申报人"</h2>
            <div class="fields no-print">
                <Select id="filter-level" label="按级别" options=Level::ALL code=Level::code text=Level::label none="全部级别"
                    value=move || level.get() on_change=move |v| level.set(v) />
                <Select id="filter-status" label="按状态" options=StatusFilter::ALL code=StatusFilter::code text=StatusFilter::label none="全部状态"
                    value=move || status.get() on_change=move |v| status.set(v) />
            </div>
            <ul class="rows" data-testid="applicant-list">
                // Keyed by the whole row: a filter change keeps the rows that
                // stay, and a row is rebuilt only when what it shows changed.
                <For each=move || visible.get() key=|row: &Row| row.clone() children=move |row: Row| {
                    let id = row.id.clone();
                    let (id_edit, id_dup, id_del, id_confirm) = (id.clone(), id.clone(), id.clone(), id.clone());
                    view! {
                        <li>
                            <RowView row=row />
                            <div class="row__actions no-print">
                                <button type="button" class="button button--ghost button--small" data-testid="edit" on:click=move |_| editing.set(Some(id_edit.clone()))>"编辑"</button>
                                <button type="button" class="button button--ghost button--small" data-testid="duplicate" on:click=move |_| duplicate.run(id_dup.clone())>"复制"</button>
                                {move || if confirm_delete.get().as_deref() == Some(id.as_str()) {
                                    let id_del = id_del.clone();
                                    view! {
                                        <button type="button" class="button button--danger button--small" data-testid="confirm-delete" on:click=move |_| delete(id_del.clone())>"确认删除"</button>
                                        <button type="button" class="button button--ghost button--small" on:click=move |_| confirm_delete.set(None)>"取消"</button>
                                    }.into_any()
                                } else {
                                    let id_confirm = id_confirm.clone();
                                    view! { <button type="button" class="button button--ghost button--small" data-testid="delete" on:click=move |_| confirm_delete.set(Some(id_confirm.clone()))>"删除"</button> }.into_any()
                                }}
                            </div>
                        </li>
                    }
                } />
            </ul>
            {move || (rows.with(Vec::is_empty)).then(|| view! { <p class="muted" data-testid="empty">"还没有申报人。"</p> })}
        </section>
    }
}
