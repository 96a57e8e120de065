//! 材料文书: the publicity notice, the 公示情况说明, the 附件5 summary table
//! and each applicant's file-bag checklist, written from what the app knows.
//! Every date comes from the engine, so the documents match the calculator.

use leptos::prelude::*;

use crate::browser;
use crate::domain::dates;
use crate::domain::documents::{
    self, DocumentError, PublicityDocuments, UnitPaperwork, SUMMARY_COLUMNS,
};
use crate::domain::workspace::Record;
use crate::state::AppState;
use crate::store::PaperworkInput;
use crate::ui::widgets::{CopyButton, InAppGuide, PostedDateInput};

#[component]
pub fn Documents() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Created here so the cards, re-created when the texts change, share it.
    provide_context(RwSignal::new(Vec::<(&'static str, String)>::new()));
    let shown = Memo::new(move |_| state.shown_year());
    // The paperwork as it counts for the round shown: another round's
    // posting day, place, objections and review are that round's.
    let input = move || {
        let year = shown.get();
        state
            .stored
            .with(|s| s.paperwork.clone().unwrap_or_default().in_round(year))
    };
    let earlier = move || {
        let year = shown.get();
        state.stored.with(|s| {
            s.paperwork
                .as_ref()
                .filter(|p| p.standing(year).other_year().is_some())
                .map(|p| (p.round.unwrap_or(year), p.posted))
        })
    };
    let posted_text = RwSignal::new(dates::input_value(input().posted));
    let date_error = RwSignal::new(None::<String>);
    // The unit's name and contact carry over from round to round.
    let change = move |f: &(dyn Fn(&mut PaperworkInput) + Send + Sync)| {
        state.persist(|s| f(s.paperwork_mut()));
    };
    // The publicity's facts belong to the round shown.
    let change_in_round = move |f: &(dyn Fn(&mut PaperworkInput) + Send + Sync)| {
        let year = shown.get_untracked();
        state.persist(|s| {
            if let Some(p) = s.paperwork_in_round_mut(year) {
                f(p);
            }
        });
    };
    // The publicity notice and report, from the engine.
    let docs: Memo<Result<PublicityDocuments, String>> = Memo::new(move |_| {
        let p = input();
        let records = chosen(state);
        let refs: Vec<&Record> = records.iter().collect();
        let unit = UnitPaperwork {
            unit_name: &p.unit_name,
            place: &p.place,
            contact: &p.contact,
            posted: p.posted,
            objections: &p.objections,
            integrity_ok: p.integrity_ok,
        };
        let reason = state.round.with(|r| r.reason());
        state.calendar.with(|cal| {
            state.notice.with(|notice| {
                documents::publicity_documents(
                    &unit,
                    &refs,
                    cal,
                    notice,
                    reason.as_deref(),
                    state.today.get(),
                )
                .map_err(|e| e.to_string())
            })
        })
    });
    let text_field = move |id: &'static str,
                           label: &'static str,
                           get: fn(&PaperworkInput) -> String,
                           set: fn(&mut PaperworkInput, String),
                           round_bound: bool| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="text" data-testid=id prop:value=move || get(&input())
                    disabled=move || round_bound && earlier().is_some()
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        let set = move |p: &mut PaperworkInput| set(p, v.clone());
                        if round_bound { change_in_round(&set) } else { change(&set) }
                    } />
            </div>
        }
    };
    view! {
        <section class="card no-print" aria-labelledby="docs-title">
            <h2 id="docs-title" class="card__title">"材料文书"</h2>
            {move || earlier().map(|(year, posted)| view! {
                <p class="notice notice--warn" data-testid="doc-round-note" role="note">
                    {format!(
                        "已保存的公示信息{}属于 {year} 年度，不计入 {} 年度（本年度须重新公示）。请在单位总览「开始 {} 年度」后填写本年度的张贴日期、地点和异议情况。",
                        posted.map(|d| format!("（{}张贴）", dates::long_zh(d))).unwrap_or_default(),
                        shown.get(),
                        shown.get()
                    )}
                </p>
            })}
            <div class="fields">
                // The date first: every document's dates follow from it.
                <div class="field">
                    // The year is the app's to say (the static page before it leaves a
                    // blank of the same width, index.html).
                    <label for="doc-posted"><span class="round-year">{move || shown.get()}</span>" 年度公示张贴日期"</label>
                    <PostedDateInput id="doc-posted" text=posted_text error=date_error required=true
                        disabled=move || earlier().is_some()
                        on_valid=move |day| change_in_round(&move |p| p.posted = day) />
                    // What is still missing, beside the date it mostly is.
                    {move || docs.get().err().map(|message| view! {
                        <p class="notice notice--warn" data-testid="docs-missing" role="status">{message}</p>
                    })}
                </div>
                {text_field("doc-unit", "单位名称（与公章一致）", |p| p.unit_name.clone(), |p, v| p.unit_name = v, false)}
                {text_field("doc-place", "公示地点", |p| p.place.clone(), |p, v| p.place = v, true)}
                {text_field("doc-contact", "异议受理联系人及电话", |p| p.contact.clone(), |p, v| p.contact = v, false)}
            </div>
            <div class="field">
                <label for="doc-objections">"公示期间的异议（没有则留空）"</label>
                <textarea id="doc-objections" rows="2" data-testid="doc-objections" prop:value=move || input().objections
                    disabled=move || earlier().is_some()
                    on:change=move |ev| { let v = event_target_value(&ev); change_in_round(&move |p| p.objections = v.clone()) }></textarea>
            </div>
            <label class="check">
                <input type="checkbox" data-testid="doc-integrity" prop:checked=move || input().integrity_ok
                    disabled=move || earlier().is_some()
                    on:change=move |ev| { let on = event_target_checked(&ev); change_in_round(&move |p| p.integrity_ok = on) } />
                "廉洁自律审查未发现问题"
            </label>
            <fieldset class="choice-list">
                <legend>"列入文书的申报人"</legend>
                {move || state.stored.with(|s| s.applicants.clone()).into_iter().map(|r| {
                    let id = StoredValue::new(r.id.clone());
                    view! {
                        <label class="check">
                            <input type="checkbox" data-testid="doc-include" data-id=r.id.clone()
                                prop:checked=move || state.stored.with(|s| s.is_included(&id.read_value(), shown.get()))
                                disabled=move || state.stored.with(|s| s.applicant(&id.read_value()).is_some_and(|r| !r.standing(shown.get()).counts()))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let year = shown.get_untracked();
                                    state.persist(|s| s.set_included(&id.read_value(), on, year));
                                } />
                            {r.name.clone()}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
        </section>
        {move || match docs.get() {
            Err(_) => ().into_any(),
            Ok(d) => view! {
                <DocCard id="notice" title="公示通知" text=d.notice_text warnings=d.notice_warnings start=Some(d.first_day) end=Some(d.end_day) />
                <DocCard id="report" title="公示情况说明" text=d.report_text warnings=d.report_warnings start=Some(d.first_day) end=Some(d.end_day) />
            }.into_any(),
        }}
        <SummaryTable />
        <Bags />
    }
}

/// The applicants the documents list, for a view to own.
fn chosen(state: AppState) -> Vec<Record> {
    state.stored.with(|s| {
        s.selected_applicants(state.shown_year())
            .into_iter()
            .cloned()
            .collect()
    })
}

#[component]
fn DocCard(
    id: &'static str,
    title: &'static str,
    text: String,
    warnings: Vec<String>,
    start: Option<chrono::NaiveDate>,
    end: Option<chrono::NaiveDate>,
) -> impl IntoView {
    // The user's own wording, kept for this visit; the generated text (with
    // the engine's dates) stays one tap away.
    let edits = edited_texts();
    let generated = text.clone();
    let current = {
        let generated = generated.clone();
        move || {
            edits
                .with(|m| m.iter().find(|(k, _)| *k == id).map(|(_, t)| t.clone()))
                .unwrap_or_else(|| generated.clone())
        }
    };
    let stale = {
        let generated = generated.clone();
        move || {
            edits.with(|m| {
                m.iter()
                    .any(|(k, t)| *k == id && !t.is_empty() && *t != generated)
            })
        }
    };
    let set_edit = move |value: Option<String>| {
        edits.update(|m| {
            m.retain(|(k, _)| *k != id);
            if let Some(v) = value {
                m.push((id, v));
            }
        })
    };
    let copy = current.clone();
    let shown = current.clone();
    let copy_testid = match id {
        "notice" => "copy-notice",
        "report" => "copy-report",
        _ => "copy-doc",
    };
    view! {
        <section class="card doc-card" data-doc=id aria-label=title>
            <h2 class="card__title no-print">{title}</h2>
            {warnings.into_iter().map(|w| view! { <p class="notice notice--warn no-print" role="note">{w}</p> }).collect_view()}
            <pre class="doc" data-testid=format!("doc-{id}") data-start=start.map(|d| d.to_string()) data-end=end.map(|d| d.to_string())>{shown}</pre>
            {move || stale().then(|| view! {
                <p class="notice notice--warn no-print" role="status">
                    "以上为你改写的文字，未随日期等信息自动更新。"
                    <button type="button" class="button button--ghost button--small" on:click=move |_| set_edit(None)>"按最新信息重新生成"</button>
                </p>
            })}
            <details class="no-print">
                <summary>"改写文字"</summary>
                <label class="visually-hidden" for=format!("edit-{id}")>{format!("改写{title}")}</label>
                <textarea id=format!("edit-{id}") rows="10" data-testid=format!("edit-{id}") prop:value=current
                    on:input=move |ev| set_edit(Some(event_target_value(&ev)))></textarea>
            </details>
            <div class="actions no-print">
                <button type="button" class="button" data-testid=format!("print-{id}") on:click=move |_| browser::print_only(id)>"打印"</button>
                <CopyButton text=Signal::derive(copy) label="复制文字" testid=copy_testid />
            </div>
            <InAppGuide what="打印" />
        </section>
    }
}

/// The documents' edited texts, shared by the cards for this visit.
fn edited_texts() -> RwSignal<Vec<(&'static str, String)>> {
    use_context::<RwSignal<Vec<(&'static str, String)>>>().unwrap_or_else(|| {
        let edits = RwSignal::new(Vec::new());
        provide_context(edits);
        edits
    })
}

#[component]
fn SummaryTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = Memo::new(move |_| {
        let cutoff = state.notice.with(|n| n.seniority_cutoff);
        let year = state.shown_year();
        state
            .stored
            .with(|s| documents::summary_rows(s.unit_name(), &s.selected_applicants(year), cutoff))
    });
    let download_error = RwSignal::new(None::<String>);
    let download = move |_| {
        let unit = state.stored.with_untracked(|s| s.unit_name().to_string());
        let year = state.notice.with_untracked(|n| n.year);
        let csv = rows.with_untracked(|r| documents::summary_csv(r));
        download_error.set(
            browser::download_text(
                &documents::summary_filename(&unit, year),
                "text/csv;charset=utf-8",
                &csv,
            )
            .err(),
        );
    };
    // The table as text that pastes into Excel or WPS as columns.
    let tsv = Signal::derive(move || rows.with(|r| documents::summary_tsv(r)));
    view! {
        <section class="card doc-card" data-doc="summary" aria-labelledby="summary-title">
            <h2 id="summary-title" class="card__title">"附件5 申报质量技术监督专业技术资格人员汇总表"</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-label="汇总表（可左右滚动）">
                <table class="sheet" data-testid="summary-table">
                    <thead><tr>{SUMMARY_COLUMNS.iter().map(|c| view! { <th scope="col">{*c}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|row| view! {
                            <tr>{row.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_view()}</tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="hint no-print">"CSV 为 UTF-8（带 BOM），Excel 和 WPS 可直接打开；应用未知的列留空，可在表格软件中补填。"</p>
            <div class="actions no-print">
                <button type="button" class="button" data-testid="csv-download" on:click=download>"下载 CSV（电子版）"</button>
                <button type="button" class="button button--ghost" data-testid="print-summary" on:click=move |_| browser::print_only("summary")>"打印"</button>
            </div>
            {move || download_error.get().map(|e| view! { <p class="notice notice--warn" role="status" data-testid="csv-error">{e}</p> })}
            <InAppGuide what="下载文件和打印" />
            <details class="no-print" open=state.in_app.is_some()>
                <summary>"复制表格文字（粘贴到 Excel / WPS 即成表格）"</summary>
                <label class="visually-hidden" for="csv-text">"汇总表文字（制表符分隔）"</label>
                <textarea id="csv-text" readonly rows="6" data-testid="csv-text">{move || tsv.get()}</textarea>
                <CopyButton text=tsv label="复制表格文字" testid="copy-csv" />
            </details>
        </section>
    }
}

#[component]
fn Bags() -> impl IntoView {
    let state = expect_context::<AppState>();
    let toggle = move |id: String, form: &'static str, on: bool| {
        let year = state.shown_year_untracked();
        state.persist(|s| s.tick_applicant_form(&id, form, on, year));
    };
    view! {
        <section class="card doc-card" data-doc="bags" aria-labelledby="bags-title">
            <h2 id="bags-title" class="card__title">"材料袋清单（每人一页）"</h2>
            {move || chosen(state).into_iter().map(|r| {
                match documents::bag_checklist(&r, state.shown_year()) {
                    Err(e @ DocumentError::CityHr { .. }) => view! { <p class="notice" data-testid="bag-city-hr" data-id=r.id.clone()>{e.to_string()}</p> }.into_any(),
                    Err(e) => view! { <p class="notice notice--warn" data-testid="bag-missing">{format!("{}：{e}", r.name)}</p> }.into_any(),
                    Ok(bag) => {
                        let id = r.id.clone();
                        view! {
                            <div class="bag" data-testid="bag" data-id=id.clone()>
                                <h3 class="subhead">{format!("{} 的材料袋", bag.name)}</h3>
                                <ul class="checklist">
                                    {bag.items.into_iter().map(|item| {
                                        let id = id.clone();
                                        let form = item.id;
                                        view! {
                                            <li data-testid="bag-item" data-form=form>
                                                <label class="check">
                                                    <input type="checkbox" prop:checked=item.ticked on:change=move |ev| toggle(id.clone(), form, event_target_checked(&ev)) />
                                                    <span><strong>{format!("{}（{} 份）", item.title, item.copies)}</strong><small>{item.detail}</small></span>
                                                </label>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            </div>
                        }.into_any()
                    }
                }
            }).collect_view()}
            <div class="actions no-print">
                <button type="button" class="button" data-testid="print-bags" on:click=move |_| browser::print_only("bags")>"打印材料袋清单"</button>
            </div>
            <InAppGuide what="打印" />
        </section>
    }
}
