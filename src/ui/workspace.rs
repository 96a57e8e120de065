//! 单位总览: the unit's applicants by urgency, an editor for each, and the
//! export / import of everything stored.

use std::sync::Arc;

use leptos::prelude::*;

use super::applicant_form::{ApplicantForm, FormState, Place, Writer};
use super::widgets::{CopyButton, InAppGuide, Message, Select};
use crate::browser;
use crate::domain::dates;
use crate::domain::documents;
use crate::domain::eligibility::{self, Level};
use crate::domain::round_facts::Outcome;
use crate::domain::route::Route;
use crate::domain::ticks;
use crate::domain::timeline;
use crate::domain::workspace::{self, Filter, Record, Row, StatusFilter};
use crate::state::AppState;
use crate::store::transfer::{self, ImportMode, ImportPreview};
use crate::store::{applicant_name, BackupWay, Stored};

/// How long a deleted applicant can be brought back.
const UNDO_MS: i32 = 15_000;

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
    let level = RwSignal::new(None::<Level>);
    let status = RwSignal::new(None::<StatusFilter>);
    let visible = Memo::new(move |_| {
        let filter = Filter {
            level: level.get(),
            status: status.get(),
        };
        rows.with(|rows| filter.apply(rows))
    });
    let editing = RwSignal::new(None::<String>);
    let confirm_delete = RwSignal::new(None::<String>);
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
    let duplicate = move |id: String| {
        let copy = state
            .stored
            .with_untracked(|s| s.copy_of_applicant(&id, browser::now_ms()));
        if let Some(copy) = copy {
            let new_id = copy.id.clone();
            state.persist(|s| s.add_applicant(copy.clone()));
            editing.set(Some(new_id));
        }
    };
    let delete = move |id: String| {
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
        confirm_delete.set(None);
    };
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
            {move || add_error.get().map(|e| view! { <p class="field-error" data-testid="field-error" data-field="name" role="alert">{e}</p> })}
            {move || undo.get().map(|(record, _)| view! {
                <p class="notice notice--ok" role="status" data-testid="undo">
                    {format!("已删除 {}。", record.name)}
                    <button type="button" class="button button--ghost button--small" data-testid="undo-delete" on:click=restore>"撤销"</button>
                </p>
            })}
        </section>
        {move || editing.get().map(|id| view! { <Editor id=id editing=editing /> })}
        <section class="card" aria-labelledby="list-title">
            <h2 id="list-title" class="card__title">"申报人"</h2>
            <div class="fields no-print">
                <Select id="filter-level" label="按级别" options=Level::ALL code=Level::code text=Level::label none="全部级别"
                    value=level on_change=move |v| level.set(v) />
                <Select id="filter-status" label="按状态" options=StatusFilter::ALL code=StatusFilter::code text=StatusFilter::label none="全部状态"
                    value=status on_change=move |v| status.set(v) />
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
                                <button type="button" class="button button--ghost button--small" data-testid="duplicate" on:click=move |_| duplicate(id_dup.clone())>"复制"</button>
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
        <PastApplicants />
        <ShareCard rows=rows />
        <SendListCard />
        <BackupCard />
    }
}

/// 开始 YYYY 年度: offered while any of the unit's facts is an earlier
/// round's. One click moves them into history ([`Stored::start_round`]);
/// it can be undone while nothing else has changed.
#[component]
fn NewRoundCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let year = Memo::new(move |_| state.shown_year());
    // Not for a round still to come (picked with round=): starting it early
    // would move the round in force's facts into history.
    let offered = Memo::new(move |_| {
        let year = year.get();
        year <= state.round_in_force.with(|r| r.year())
            && state.stored.with(|s| s.has_earlier_round_facts(year))
    });
    // (before, after, what was done): undo restores `before` only while
    // the document is still `after`.
    let done = RwSignal::new(None::<(Stored, Stored, String)>);
    let undo_error = RwSignal::new(None::<String>);
    let preview = move || {
        let year = year.get();
        state.stored.with(|s| s.clone().start_round(year))
    };
    let start = move |_| {
        let year = year.get_untracked();
        let before = state.stored.get_untracked();
        let report = before.clone().start_round(year);
        state.persist(|s| {
            s.start_round(year);
        });
        undo_error.set(None);
        done.set(Some((before, state.stored.get_untracked(), report.text())));
    };
    let undo = move |_| {
        let Some((before, after, _)) = done.get_untracked() else {
            return;
        };
        if state.stored.with_untracked(|s| *s != after) {
            undo_error.set(Some("开始新年度之后数据已有其他改动（可能在另一个标签页），无法整体撤销；上年度的记录保存在各人的历史中。".into()));
            return;
        }
        state.persist(|s| *s = before.clone());
        done.set(None);
    };
    view! {
        <Show when=move || offered.get()>
            {move || {
                let report = preview();
                let year = year.get();
                view! {
                    <div class="notice notice--warn" data-testid="new-round" role="note">
                        <p>
                            <strong>{format!("部分记录属于往年度，不计入 {year} 年度。")}</strong>
                            {format!(
                                "往年度的公示不能当作本年度的公示：本年度的申报材料须经本年度集中公示、无异议后才能报送，否则不予受理（「六、申报流程」（三）（四））。可先在各人的编辑中记下上年度评审结果（通过 / 未通过 / 未申报），再开始 {year} 年度：保留申报人（共 {} 人带入），上年度记录转为只读历史，可撤销。",
                                report.carried
                            )}
                        </p>
                        {(!report.passed.is_empty()).then(|| view! {
                            <p data-testid="new-round-passed">{format!("{}：不再以同一级别带入，转入「往届申报人」。", report.passed.join("、"))}</p>
                        })}
                        <button type="button" class="button" data-testid="start-round" on:click=start>{format!("开始 {year} 年度")}</button>
                    </div>
                }
            }}
        </Show>
        {move || done.get().map(|(_, _, text)| view! {
            <p class="notice notice--ok" role="status" data-testid="round-started">
                {text}
                <button type="button" class="button button--ghost button--small" data-testid="start-round-undo" on:click=undo>"撤销"</button>
            </p>
        })}
        {move || undo_error.get().map(|e| view! { <p class="field-error" role="alert" data-testid="start-round-undo-error">{e}</p> })}
    }
}

/// Applicants who passed in an earlier round, read-only with their history.
#[component]
fn PastApplicants() -> impl IntoView {
    let state = expect_context::<AppState>();
    let past = Memo::new(move |_| state.stored.with(|s| s.past_applicants.clone()));
    view! {
        <Show when=move || past.with(|p| !p.is_empty())>
            <section class="card" aria-labelledby="past-title" data-testid="past-applicants">
                <h2 id="past-title" class="card__title">"往届申报人（已通过，不带入本年度）"</h2>
                <ul class="rows">
                    {move || past.get().into_iter().map(|r| view! {
                        <li class="row" data-testid="past-applicant" data-id=r.id.clone()>
                            <strong>{r.name.clone()}</strong>
                            {r.history.iter().map(|h| view! { <p class="row__line muted" data-testid="row-history">{h.text()}</p> }).collect_view()}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

#[component]
fn SummaryView(rows: Memo<Vec<Row>>) -> impl IntoView {
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

#[component]
fn RowView(row: Row) -> impl IntoView {
    let verdict = row.verdict;
    // Which deadlines are estimates is the domain's (DeadlineKind::is_estimate).
    let state = expect_context::<AppState>();
    let round_kind = state.round.with_untracked(|r| r.kind);
    let publicity = row.publicity;
    view! {
        <div class="row" data-testid="applicant-row" data-id=row.id.clone() data-at-risk=row.at_risk.to_string() data-status=row.publicity.code() data-route=row.route.map(Route::code)>
            <div class="row__head">
                <strong data-testid="row-name">{row.name.clone()}</strong>
                <span class="muted">{row.level.map_or("未选级别", Level::label)}</span>
                <span class=format!("badge badge--{}", verdict.badge()) data-testid="row-verdict" data-verdict=verdict.code()>
                    {verdict.label()}
                </span>
            </div>
            <p class="row__line">
                <span data-testid="row-publicity">{move || publicity.text(state.today.get())}</span>
                {row.publicity_estimated.then_some("（含估算）")}
                {row.publicity_unofficial.then(|| view! { <span data-testid="row-unofficial">"（含非官方节假日数据）"</span> })}
                " · "
                <span data-testid="row-forms">{if row.route == Some(Route::CityHr) {
                    "材料以当地人社部门通知为准".to_string()
                } else {
                    format!("材料 {}/{}", row.forms_done, row.forms_total)
                }}</span>
            </p>
            {row.next_deadline.map(|d| {
                let estimated = d.kind.is_estimate(round_kind);
                view! {
                <p class="row__line">"下一期限："{d.kind.label()}" "<time datetime=d.date.to_string() data-testid="row-deadline" data-estimated=estimated.then_some("true")>{dates::long_zh(d.date)}</time></p>
                }
            })}
            {unit_line(&row.id, &row.name)}
            {row.route.map(|route| view! { <p class="row__line muted" data-testid="row-route">{route.label()}<span class="clause">{format!(" 依据{}", route.clause())}</span></p> })}
            {row.ticks_to_check.then(|| view! { <p class="row__line" data-testid="row-ticks-to-check">"材料勾选来自升级前的版本，所属年度按首次打开的日期推定，请逐项核对。"</p> })}
            {row.risk.map(|r| view! { <p class="row__risk" data-testid="row-risk">"⚠ "{r}</p> })}
            {row.history.iter().map(|h| view! { <p class="row__line muted" data-testid="row-history">{format!("历史：{h}")}</p> }).collect_view()}
        </div>
    }
}

/// The row's own unit, when it has one (lists received from units), and a
/// warning when the same name is found under another unit (possibly one
/// person: the rows are never merged).
fn unit_line(id: &str, name: &str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (id, name) = (id.to_string(), name.trim().to_string());
    move || {
        let (unit, others) = state.stored.with(|s| {
            let unit = s.applicant(&id)?.unit_name.trim().to_string();
            let mut others: Vec<String> = Vec::new();
            for r in s.applicants.iter().filter(|r| r.name.trim() == name) {
                let other = r.unit_name.trim();
                let other = if other.is_empty() {
                    "未填单位"
                } else {
                    other
                };
                if r.unit_name.trim() != unit && !others.iter().any(|o| o == other) {
                    others.push(other.to_string());
                }
            }
            Some((unit, others))
        })?;
        (!unit.is_empty() || !others.is_empty()).then(|| view! {
            <p class="row__line muted" data-testid="row-unit">
                {(!unit.is_empty()).then(|| format!("所在单位：{unit}"))}
                {(!others.is_empty()).then(|| view! {
                    <span class="row__risk" data-testid="row-duplicate">{format!(" 可能重复：同名者也出现在 {}，请核实是否同一人", others.join("、"))}</span>
                })}
            </p>
        })
    }
}

#[component]
fn Editor(id: String, editing: RwSignal<Option<String>>) -> impl IntoView {
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
    let show_error = move |field: &'static str, error: RwSignal<Option<String>>| {
        move || {
            error.get().map(|m| {
                view! { <p class="field-error" data-testid="field-error" data-field=field role="alert">{m}</p> }
            })
        }
    };
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
                    {show_error("ed-name", name_error)}
                </div>
                <div class="field">
                    <label for="ed-posted">{move || format!("{} 年度公示张贴日期", other_round().unwrap_or(shown.get()))}</label>
                    <input id="ed-posted" type="date" data-testid="ed-posted" prop:value=move || posted.get()
                        disabled=move || other_round().is_some()
                        on:change=move |ev| {
                            let t = event_target_value(&ev);
                            posted.set(t.clone());
                            let checked = dates::parse_optional_date(&t)
                                .map_err(|e| e.to_string())
                                .and_then(|d| match d {
                                    Some(day) => state.check_in_round("公示张贴日期", day).map(|()| d),
                                    None => Ok(None),
                                });
                            match checked {
                                Ok(d) => {
                                    posted_error.set(None);
                                    let id = rid.get_value();
                                    let year = shown.get_untracked();
                                    state.persist(|s| s.set_applicant_posted(&id, d, year));
                                }
                                Err(e) => posted_error.set(Some(e)),
                            }
                        } />
                    {show_error("ed-posted", posted_error)}
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
                on_change=move |v| { let id = rid.get_value(); let year = shown.get_untracked(); state.persist(|s| s.set_outcome(&id, v, year)) } />
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
                                            let id = rid.get_value();
                                            let year = shown.get_untracked();
                                            state.persist(|s| s.tick_applicant_form(&id, fid, checked, year));
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

#[component]
fn ShareCard(rows: Memo<Vec<Row>>) -> impl IntoView {
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

/// 发给市局: the unit's list as one link for the city bureau or the
/// competent department ([`Handoff::unit_list`](crate::store::handoff::Handoff::unit_list)).
#[component]
fn SendListCard() -> impl IntoView {
    use crate::store::handoff::Handoff;
    let state = expect_context::<AppState>();
    let make = Callback::new(move |()| {
        let year = state.shown_year_untracked();
        state.stored.with_untracked(|s| {
            if s.unit_name().trim().is_empty() {
                return Err("请先在「材料文书」填写单位名称（与公章一致）：市局按单位名称区分各单位的名单。".to_string());
            }
            if s.applicants.is_empty() {
                return Err("名单中还没有申报人。".to_string());
            }
            Ok(Handoff::unit_list(s, year))
        })
    });
    view! {
        <section class="card no-print" aria-labelledby="send-list-title">
            <h2 id="send-list-title" class="card__title">"发给市局或主管部门"</h2>
            <p class="card__lead">"把本单位的名单（材料文书中选中的申报人，未选则全部）做成一个链接，发给市市场监管局或主管部门汇总附件5；每人带上所在单位。"</p>
            <super::handoff::SendButton testid="send-list" label="生成名单链接" make=make />
        </section>
    }
}

#[component]
fn BackupCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let message = RwSignal::new(None::<Result<String, String>>);
    let pending = RwSignal::new(None::<(Stored, ImportPreview, ImportPreview)>);
    let mode = RwSignal::new(ImportMode::Merge);
    // The export as text: shown once asked for, for browsers that drop
    // downloads (and to send by message); copying it counts as a backup.
    let export_text = RwSignal::new(None::<String>);
    let export = move |_| {
        let now = crate::browser::clock::now();
        let text = state.stored.with_untracked(|s| transfer::export(s, now));
        let name = format!(
            "质监职称助手备份-{}.json",
            dates::compact(state.today.get_untracked())
        );
        export_text.set(Some(text.clone()));
        match browser::download_text(&name, "application/json;charset=utf-8", &text) {
            Err(e) => message.set(Some(Err(e))),
            // An app's own browser drops downloads without a word: only a
            // browser that saves files counts the file as a backup.
            Ok(()) if state.in_app.is_none() => {
                message.set(None);
                let today = crate::browser::clock::china_today();
                state.persist(|s| s.mark_backup(today, BackupWay::File));
            }
            Ok(()) => message.set(None),
        }
    };
    let copied = Callback::new(move |()| {
        let today = crate::browser::clock::china_today();
        state.persist(|s| s.mark_backup(today, BackupWay::Text));
    });
    // A file or pasted text: one reading, the same checks and preview.
    // A file is read after the event: the page may be gone by then, so the
    // page's signals are set with `try_`.
    let read_import = move |result: Result<String, String>| match result {
        Err(e) => {
            message.try_set(Some(Err(e)));
        }
        Ok(text) => match transfer::parse_import(&text) {
            Err(e) => {
                message.try_set(Some(Err(format!("未导入：{e}"))));
            }
            Ok(mut incoming) => {
                // A schema-1 backup is upgraded as a stored one is.
                incoming.assign_rounds(crate::browser::clock::china_today());
                let (merge, replace) = state.stored.with_untracked(|current| {
                    (
                        transfer::preview(current, &incoming, ImportMode::Merge),
                        transfer::preview(current, &incoming, ImportMode::Replace),
                    )
                });
                message.try_set(None);
                pending.try_set(Some((incoming, merge, replace)));
            }
        },
    };
    let on_file = move |ev: leptos::ev::Event| {
        pending.set(None);
        browser::read_file_input(&ev, transfer::MAX_IMPORT_BYTES, read_import);
    };
    let pasted = RwSignal::new(String::new());
    let read_pasted = move |_| {
        pending.set(None);
        read_import(Ok(pasted.get_untracked()));
    };
    let status = move || {
        let today = state.today.get();
        let persisted = state.persisted.get();
        state
            .stored
            .with(|s| s.backup_status(today, persisted, state.clearing_browser))
    };
    let confirm = move |_| {
        if let Some((incoming, _, _)) = pending.get_untracked() {
            let m = mode.get_untracked();
            let result = state
                .stored
                .with_untracked(|current| transfer::apply(current, incoming, m));
            state.persist(|s| *s = result.clone());
            pending.set(None);
            message.set(Some(Ok("已导入".into())));
        }
    };
    view! {
        <section class="card no-print" aria-labelledby="backup-title">
            <h2 id="backup-title" class="card__title">"备份与恢复"</h2>
            <p class="card__lead">"导出为一个 JSON 文件，同时显示为文字（含全部申报人、年度和节假日数据），可复制后发给自己保存；导入（文件或粘贴的文字）前会完整检查，并先显示将要发生的变化。"</p>
            {move || {
                let status = status();
                view! {
                    <div class="backup-status" data-testid="backup-status" data-last=status.last.map(|(on, _)| on.to_string())>
                        <p>
                            {match status.last {
                                None => "上次备份：从未备份".to_string(),
                                Some((on, way)) => format!(
                                    "上次备份：{}（{}）",
                                    dates::long_zh(on),
                                    match way { BackupWay::File => "导出文件", BackupWay::Text => "复制文字" }
                                ),
                            }}
                            {format!("；此后改动的申报人：{} 人", status.changed)}
                            {match state.persisted.get() {
                                Some(true) => "；浏览器已承诺保留本站数据。",
                                Some(false) => "；浏览器未承诺保留本站数据。",
                                None => "。",
                            }}
                        </p>
                        {status.warnings.into_iter().map(|w| view! { <p class="notice notice--warn" role="note" data-testid="backup-warning">{w}</p> }).collect_view()}
                    </div>
                }
            }}
            <button type="button" class="button" data-testid="export" on:click=export>"导出全部数据"</button>
            <InAppGuide what="下载文件" />
            {move || export_text.get().map(|text| view! {
                <div class="field">
                    <label for="export-text">"备份文字（复制后发给自己保存，换设备或浏览器时「从文字导入」）"</label>
                    <textarea id="export-text" readonly rows="6" data-testid="export-text">{text.clone()}</textarea>
                    <CopyButton text=text label="复制备份文字" testid="copy-export" copied=copied />
                </div>
            })}
            <div class="field">
                <label for="import-file">"导入备份文件"</label>
                <input id="import-file" type="file" accept=".json,application/json" data-testid="import-file" on:change=on_file />
            </div>
            <div class="field">
                <label for="import-text">"或粘贴备份文字"</label>
                <textarea id="import-text" rows="4" data-testid="import-text" prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <button type="button" class="button button--ghost" data-testid="import-text-read" on:click=read_pasted>"从文字导入"</button>
            </div>
            {move || pending.get().map(|(_, merge, replace)| {
                let describe = |p: &ImportPreview| format!(
                    "新增 {} 人，更新 {} 人，不变 {} 人，移除 {} 人",
                    p.added.len(), p.updated.len(), p.unchanged, p.removed.len()
                );
                view! {
                    <div class="import-preview" data-testid="import-preview">
                        <fieldset class="choice-list">
                            <legend>"导入方式"</legend>
                            <label class="choice">
                                <input type="radio" name="import-mode" data-testid="mode-merge" prop:checked=move || mode.get() == ImportMode::Merge on:change=move |_| mode.set(ImportMode::Merge) />
                                <span class="choice__text"><strong>"合并（按申报人合并，保留本机已有）"</strong><small>{describe(&merge)}</small></span>
                            </label>
                            <label class="choice">
                                <input type="radio" name="import-mode" data-testid="mode-replace" prop:checked=move || mode.get() == ImportMode::Replace on:change=move |_| mode.set(ImportMode::Replace) />
                                <span class="choice__text"><strong>"替换（本机数据全部换成文件中的）"</strong><small>{describe(&replace)}</small></span>
                            </label>
                        </fieldset>
                        <div class="actions">
                            <button type="button" class="button" data-testid="import-confirm" on:click=confirm>"确认导入"</button>
                            <button type="button" class="button button--ghost" on:click=move |_| pending.set(None)>"取消"</button>
                        </div>
                    </div>
                }
            })}
            <Message message=message testid="import-message" />
        </section>
    }
}
