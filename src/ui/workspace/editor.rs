//! The editor of one applicant on 单位总览.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser;
use crate::domain::dates;
use crate::domain::documents;
use crate::domain::eligibility;
use crate::domain::round_facts::Outcome;
use crate::domain::route::Route;
use crate::domain::ticks;
use crate::domain::workspace::{self, Record};
use crate::state::AppState;
use crate::store::{applicant_name, Stored};
use crate::ui::applicant_form::{ApplicantForm, FormState, Place, Writer};
use crate::ui::widgets::{FieldErrorOf, PostedDateInput, Select};

#[component]
pub(super) fn Editor(id: String, editing: RwSignal<Option<String>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(initial) = state.stored.with_untracked(|s| s.applicant(&id).cloned()) else {
        return ().into_any();
    };
    let rid = StoredValue::new(initial.id.clone());
    let change = move |f: &(dyn Fn(&mut Record) + Send + Sync)| {
        let id = rid.get_value();
        state.persist(|s| {
            s.update_applicant(&id, f);
        });
    };
    // The applicant's answers: the form shared with the self-check, each
    // field saved alone into this record.
    let stored = Memo::new(move |_| {
        state
            .stored
            .with(|s| s.applicant(&rid.get_value()).map(|r| r.applicant.clone()))
    });
    let cutoffs = Memo::new(move |_| {
        state
            .notice
            .with(|n| workspace::cutoffs(n, state.today.get()))
    });
    let writer: Writer = Arc::new(move |f| {
        let id = rid.get_value();
        state.persist(|s| {
            s.update_applicant(&id, |r| f(&mut r.applicant));
        });
    });
    let form = FormState::new(Place::Editor, stored, cutoffs, writer);
    let name = RwSignal::new(initial.name.clone());
    let shown = Memo::new(move |_| state.shown_year());
    // A change of this record's facts of the round shown (its id, the year).
    let in_round = move |f: &(dyn Fn(&mut Stored, &str, i32) + Send + Sync)| {
        let id = rid.get_value();
        let year = shown.get_untracked();
        state.persist(|s| f(s, &id, year));
    };
    // The round-bound facts are another round's: read-only here.
    let other_round = move || {
        let year = shown.get();
        state.stored.with(|s| {
            s.applicant(&rid.get_value())
                .and_then(|r| r.standing(year).other_year())
        })
    };
    let posted = RwSignal::new(dates::input_value(initial.posted));
    let notes = RwSignal::new(initial.notes.clone());
    // Each field its own error: one field's never hides or clears another's.
    let name_error = RwSignal::new(None::<String>);
    let posted_error = RwSignal::new(None::<String>);
    let forms = move || {
        let id = rid.get_value();
        state.stored.with(|s| {
            s.applicant(&id).map(|r| {
                (
                    eligibility::forms_owed(
                        &r.applicant,
                        state.notice.with(|n| n.publicity_working_days),
                    ),
                    // Another round's ticks are shown as they were (read-only).
                    r.ticks.clone(),
                    documents::route_of(r),
                )
            })
        })
    };
    let unit_name = RwSignal::new(initial.unit_name.clone());
    // The record's own texts follow another tab's change too, but for the
    // one focused and one kept with its error.
    let own = Memo::new(move |_| {
        state.stored.with(|s| {
            s.applicant(&rid.get_value()).map(|r| {
                (
                    r.name.clone(),
                    r.unit_name.clone(),
                    r.notes.clone(),
                    dates::input_value(r.posted),
                )
            })
        })
    });
    Effect::new(move |_| {
        let Some((stored_name, stored_unit, stored_notes, stored_posted)) = own.get() else {
            return;
        };
        let focused = browser::focused_id();
        let follow = |text: RwSignal<String>, id: &str, kept: bool, value: String| {
            if !kept && focused.as_deref() != Some(id) && text.get_untracked() != value {
                text.set(value);
            }
        };
        follow(
            name,
            "ed-name",
            name_error.get_untracked().is_some(),
            stored_name,
        );
        follow(unit_name, "ed-unit-name", false, stored_unit);
        follow(notes, "ed-notes", false, stored_notes);
        let kept = posted_error.get_untracked().is_some();
        follow(posted, "ed-posted", kept, stored_posted);
    });
    view! {
        <section class="card card--highlight" aria-labelledby="editor-title" data-testid="editor">
            <h2 id="editor-title" class="card__title">{move || format!("编辑：{}", name.get())}</h2>
            <div class="fields">
                <div class="field">
                    <label for="ed-name">"姓名"</label>
                    <input id="ed-name" type="text" data-testid="ed-name" prop:value=move || name.get() on:input=move |ev| {
                        let value = event_target_value(&ev);
                        name.set(value.clone());
                        match applicant_name(&value) {
                            Err(e) => name_error.set(Some(e.to_string())),
                            Ok(value) => {
                                name_error.set(None);
                                change(&move |r| r.name = value.clone());
                            }
                        }
                    } />
                    <FieldErrorOf field="ed-name" error=move || name_error.get() />
                </div>
                <div class="field">
                    <label for="ed-posted">{move || format!("{} 年度公示张贴日期", other_round().unwrap_or(shown.get()))}</label>
                    <PostedDateInput id="ed-posted" text=posted error=posted_error
                        disabled=move || other_round().is_some()
                        on_valid=move |day| in_round(&move |s, id, year| s.set_applicant_posted(id, day, year)) />
                </div>
            </div>
            <div class="field">
                <label for="ed-unit-name">"所在单位（与公章一致，汇总表用；空着则用本单位名称）"</label>
                <input id="ed-unit-name" type="text" data-testid="ed-unit-name" prop:value=move || unit_name.get()
                    on:change=move |ev| { let t = event_target_value(&ev); unit_name.set(t.clone()); change(&move |r| r.unit_name = t.trim().to_string()) } />
            </div>
            <ApplicantForm form=form />
            <div class="field">
                <label for="ed-notes">"备注"</label>
                <textarea id="ed-notes" rows="2" data-testid="ed-notes" prop:value=move || notes.get()
                    on:change=move |ev| { let t = event_target_value(&ev); notes.set(t.clone()); change(&move |r| r.notes = t.clone()) }></textarea>
            </div>
            {move || other_round().map(|year| view! {
                <p class="notice notice--warn" data-testid="ed-round-note" role="note">
                    {format!("张贴日期和材料勾选是 {year} 年度的记录，不计入 {} 年度，这里只读。请在单位总览上方「开始 {} 年度」后填写本年度的。", shown.get(), shown.get())}
                </p>
            })}
            <Select id="ed-outcome" label="评审结果（该年度结果公布后填写）" options=Outcome::ALL code=Outcome::code text=Outcome::label none="未记录"
                value=read(state, rid, |r| r.outcome)
                on_change=move |v| in_round(&move |s, id, year| s.set_outcome(id, v, year)) />
            <h3 class="subhead">"材料"</h3>
            {move || forms().map(|(forms, ticked, route)| if route == Some(Route::CityHr) {
                view! { <p class="notice" data-testid="ed-route-city-hr">{format!("{}：{}", Route::CityHr.label(), Route::CityHr.explanation())}</p> }.into_any()
            } else if forms.is_empty() {
                view! { <p class="muted">"选择申报级别后列出要交的材料。"</p> }.into_any()
            } else {
                view! {
                    <ul class="checklist">
                        {forms.into_iter().map(|f| {
                            let fid = f.id;
                            let on = ticks::is_on(&ticked, fid);
                            view! {
                                <li data-testid="ed-form" data-form=fid>
                                    <label class="check">
                                        <input type="checkbox" prop:checked=on disabled=move || other_round().is_some() on:change=move |ev| {
                                            let checked = event_target_checked(&ev);
                                            in_round(&move |s, id, year| s.tick_applicant_form(id, fid, checked, year));
                                        } />
                                        <span><strong>{f.title}</strong></span>
                                    </label>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
            <button type="button" class="button" data-testid="editor-done" on:click=move |_| editing.set(None)>"完成"</button>
        </section>
    }
    .into_any()
}

/// Reads one value of the record `id` (none once it is deleted).
fn read<T: 'static>(
    state: AppState,
    id: StoredValue<String>,
    f: fn(&Record) -> Option<T>,
) -> impl Fn() -> Option<T> + Copy + Send + Sync + 'static {
    move || {
        state
            .stored
            .with(|s| s.applicant(&id.get_value()).and_then(f))
    }
}
