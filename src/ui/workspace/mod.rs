//! 单位总览: the unit's applicants by urgency, an editor for each, and the
//! export / import of everything stored. One component a file: the page
//! (here: the summary card with 新增申报人 and the undo of a delete), the
//! list with its filters (`list.rs`) and each row (`row.rs`), the editor
//! (`editor.rs`), and the cards below (`new_round.rs`, `past.rs`,
//! `share.rs`, `send_list.rs`, `backup.rs`).

mod backup;
mod editor;
mod list;
mod new_round;
mod past;
mod row;
mod send_list;
mod share;
mod summary;

use leptos::prelude::*;

use super::widgets::FieldErrorOf;
use crate::browser;
use crate::domain::timeline;
use crate::domain::workspace::{self, Record};
use crate::state::AppState;
use backup::BackupCard;
use editor::Editor;
use list::ApplicantList;
use new_round::NewRoundCard;
use past::PastApplicants;
use send_list::SendListCard;
use share::ShareCard;
use summary::SummaryView;

/// How long a deleted applicant can be brought back.
const UNDO_MS: i32 = 15_000;

/// The page: its summary card, the editor open, the list and the cards
/// below.
#[component]
pub fn Workspace() -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = state.today;
    // One plan with the timeline's: the round shown's city date and seal
    // days (another round's are never planned on).
    let plan = Memo::new(move |_| {
        let year = state.shown_year();
        let timeline_input = state.stored.with(|s| s.timeline)?.in_round(year);
        state.calendar.with(|cal| {
            state.notice.with(|notice| {
                timeline::plan(
                    cal,
                    notice,
                    timeline_input.unit,
                    timeline_input.city_deadline,
                    timeline_input.seal_days(),
                )
                .ok()
            })
        })
    });
    let rows = Memo::new(move |_| {
        state.stored.with(|s| {
            state.calendar.with(|cal| {
                state.notice.with(|notice| {
                    plan.with(|plan| {
                        workspace::overview(&s.applicants, cal, notice, plan.as_ref(), today.get())
                    })
                })
            })
        })
    });
    let editing = RwSignal::new(None::<String>);
    let undo = RwSignal::new(None::<(Record, usize)>);
    // The undo offer's timer goes with the page: left within 15 seconds,
    // the page's signals are gone when it would fire.
    let undo_timer = StoredValue::new(browser::Timer::default());
    on_cleanup(move || {
        if let Some(timer) = undo_timer.try_get_value() {
            timer.clear();
        }
    });
    let new_name = RwSignal::new(String::new());
    let add_error = RwSignal::new(None::<String>);

    let add = move |_| {
        let made = state
            .stored
            .with_untracked(|s| s.new_applicant(&new_name.get(), browser::now_ms()));
        let record = match made {
            Ok(record) => record,
            Err(e) => return add_error.set(Some(e.to_string())),
        };
        let id = record.id.clone();
        state.persist(|s| s.add_applicant(record.clone()));
        new_name.set(String::new());
        add_error.set(None);
        editing.set(Some(id));
    };
    let duplicate = Callback::new(move |id: String| {
        let copy = state
            .stored
            .with_untracked(|s| s.copy_of_applicant(&id, browser::now_ms()));
        if let Some(copy) = copy {
            let new_id = copy.id.clone();
            state.persist(|s| s.add_applicant(copy.clone()));
            editing.set(Some(new_id));
        }
    });
    let delete = Callback::new(move |id: String| {
        let removed = state.stored.with_untracked(|s| s.applicant_position(&id));
        if let Some((record, index)) = removed {
            state.persist(|s| {
                s.remove_applicant(&record.id);
            });
            if editing.get_untracked().as_deref() == Some(record.id.as_str()) {
                editing.set(None);
            }
            undo.set(Some((record.clone(), index)));
            let id = record.id.clone();
            undo_timer.get_value().clear();
            undo_timer.set_value(browser::after_ms(UNDO_MS, move || {
                // `try_`: never a panic, even if a cleanup were missed.
                if undo
                    .try_get_untracked()
                    .flatten()
                    .is_some_and(|(r, _)| r.id == id)
                {
                    undo.try_set(None);
                }
            }));
        }
    });
    let restore = move |_| {
        if let Some((record, index)) = undo.get_untracked() {
            state.persist(|s| s.restore_applicant(record.clone(), index));
            undo.set(None);
        }
    };

    view! {
        <section class="card" aria-labelledby="ws-title">
            <h2 id="ws-title" class="card__title">"单位总览"</h2>
            {move || plan.with(|p| p.is_none()).then(|| view! {
                <p class="notice notice--warn" role="note">"尚未在「时间安排」选择单位类型：选择后这里会显示各人的公示与报出期限。"</p>
            })}
            <SummaryView rows=rows />
            <NewRoundCard />
            <p class="no-print">
                <a class="button button--ghost" href="./?page=documents" data-testid="open-documents">"生成公示通知、情况说明、附件5和材料袋清单 →"</a>
            </p>
            <div class="fields">
                <div class="field">
                    <label for="new-applicant">"新增申报人（姓名）"</label>
                    <input id="new-applicant" type="text" data-testid="new-applicant" prop:value=move || new_name.get()
                        on:input=move |ev| new_name.set(event_target_value(&ev))
                        on:keydown=move |ev| if ev.key() == "Enter" { add(()) } />
                </div>
                <div class="field field--button">
                    <button type="button" class="button" data-testid="add-applicant" on:click=move |_| add(())>"添加"</button>
                </div>
            </div>
            <FieldErrorOf field="name" error=move || add_error.get() />
            {move || undo.get().map(|(record, _)| view! {
                <p class="notice notice--ok" role="status" data-testid="undo">
                    {format!("已删除 {}。", record.name)}
                    <button type="button" class="button button--ghost button--small" data-testid="undo-delete" on:click=restore>"撤销"</button>
                </p>
            })}
        </section>
        {move || editing.get().map(|id| view! { <Editor id=id editing=editing /> })}
        <ApplicantList rows=rows editing=editing duplicate=duplicate delete=delete />
        <PastApplicants />
        <ShareCard rows=rows />
        <SendListCard />
        <BackupCard />
    }
}
