//! 粘贴评审安排通知: read the province's evaluation notice, show each field
//! with its sentence, ask for what was not found, and only then save it as
//! that year's profile (never over a shipped notice).

use leptos::prelude::*;

use super::widgets::{PasteCard, SaveButton, Warning};
use crate::domain::notice::{MonthPart, Notice, Window};
use crate::domain::notice_text::{
    parse_evaluation_notice, FieldValue, MissingEntry, NoticeField, NoticeWarning,
    NoticeWarningKind, ParsedNotice,
};
use crate::domain::rounds::{month_part, TimingKind};
use crate::state::AppState;

/// The inputs of a field the text does not state; what they hold is read
/// by the domain (`MissingEntry`, `ParsedNotice::complete`).
#[derive(Clone, Copy)]
struct Entry {
    field: NoticeField,
    /// A date, a text, a number, or a timing's month.
    first: RwSignal<String>,
    /// A window's last day, or a timing's exact date.
    second: RwSignal<String>,
    /// A timing's kind, once chosen.
    kind: RwSignal<Option<TimingKind>>,
    /// A timing's part of the month.
    part: RwSignal<MonthPart>,
}

impl Entry {
    fn new(field: NoticeField) -> Self {
        let typed = MissingEntry::new(field);
        Entry {
            field,
            first: RwSignal::new(typed.first),
            second: RwSignal::new(typed.second),
            kind: RwSignal::new(typed.kind),
            part: RwSignal::new(typed.part),
        }
    }

    /// What the inputs hold.
    fn typed(&self) -> MissingEntry {
        MissingEntry {
            field: self.field,
            first: self.first.get(),
            second: self.second.get(),
            kind: self.kind.get(),
            part: self.part.get(),
        }
    }
}

#[component]
pub fn PasteNotice(
    /// The year open in the profile editor: reopened on the saved profile,
    /// so that the editor never holds the values it replaced.
    editing: RwSignal<Option<i32>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let save = move |notice: Notice| {
        let year = notice.year;
        state
            .stored
            .with_untracked(|s| s.rounds().check_save(year))
            .map_err(|e| e.to_string())
            .map(|replaced| {
                state.persist(|s| s.set_profile(notice.clone()));
                editing.set(None);
                editing.set(Some(year));
                let what = format!("{year} 年度（据粘贴的通知，非官方），该年度改按这份安排作答");
                (what, replaced)
            })
    };

    view! {
        <PasteCard prefix="notice" title="粘贴评审安排通知" label="评审安排通知全文" lead="粘贴辽宁省质量技术监督系列职称评审安排的通知全文（连同标题），逐项核对读到的内容，缺的项自行补上后保存为该年度。"
            read=parse_evaluation_notice save=save earlier="自行填写内容" preview=|p, on_save| view! { <Preview parsed=p on_save=on_save /> }.into_any() />
    }
}

#[component]
fn Preview(parsed: ParsedNotice, on_save: Callback<Notice>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let year = parsed.year;
    let official = Notice::official_notices()
        .iter()
        .find(|n| n.year == year)
        .cloned();
    let missing = parsed.missing();
    let entries: Vec<Entry> = missing.iter().copied().map(Entry::new).collect();
    // What the reader could not settle, then the checks of what it read.
    let mut warnings: Vec<NoticeWarning> = parsed.warnings.clone();
    warnings.extend(state.calendar.with_untracked(|c| parsed.checks(c)));
    let warning_list = (!warnings.is_empty()).then(|| {
        view! {
            <ul class="paste-warnings" data-testid="parsed-warnings">
                {warnings.iter().map(|w| view! {
                    <li class="notice notice--warn" data-testid="parsed-warning" data-kind=warning_code(&w.kind) role="note">
                        <p>{w.kind.to_string()}</p>
                        {(!w.source.is_empty()).then(|| view! { <q class="paste-field__source">{w.source.clone()}</q> })}
                    </li>
                }).collect_view()}
            </ul>
        }
    });
    // Windows read but not used, offered for the fields they may fill.
    let candidates = move |field: NoticeField| -> Vec<(Window, String)> {
        warnings
            .iter()
            .filter_map(|w| match &w.kind {
                NoticeWarningKind::UnusedWindow {
                    window, could_fill, ..
                } if could_fill.contains(&field) => Some((*window, w.source.clone())),
                _ => None,
            })
            .collect()
    };
    let items = NoticeField::ALL
        .iter()
        .copied()
        .map(|field| {
            let code = field.code();
            match parsed.shown(field) {
                Some((FieldValue { text, value }, source)) => {
                    let agrees = official
                        .as_ref()
                        .map(|n| (FieldValue::of_notice(n, field).value == value).to_string());
                    let source = source.to_string();
                    view! {
                        <li class="paste-field" data-testid="parsed-field" data-field=code data-value=value data-agrees=agrees>
                            <span class="paste-field__label">{field.label()}</span>
                            <span class="paste-field__value">{text}</span>
                            <q class="paste-field__source">{source}</q>
                        </li>
                    }
                    .into_any()
                }
                None => {
                    let entry = entries.iter().find(|e| e.field == field).copied();
                    view! {
                        <li class="paste-field paste-field--missing" data-testid="missing-field" data-field=code>
                            <span class="paste-field__label">{field.label()}</span>
                            <span class="paste-field__value">"通知中没有读到"</span>
                            {official.is_none().then(|| entry.map(|e| view! {
                                {choices(e, candidates(field))}
                                {entry_input(e)}
                            }))}
                        </li>
                    }
                    .into_any()
                }
            }
        })
        .collect_view();
    let outcome = match official {
        Some(notice) => {
            let differing: Vec<String> = parsed
                .differences(&notice)
                .into_iter()
                .map(|d| {
                    let (text, shipped) = (d.pasted.text, d.official.text);
                    format!("{}：粘贴的为“{text}”，内置的为“{shipped}”", d.field.label())
                })
                .collect();
            let agrees = parsed.agrees_with(&notice);
            let text = if agrees {
                format!("与内置的 {year} 年正式通知一致。")
            } else {
                format!("与内置的 {year} 年正式通知不完全一致，请核对：")
            };
            let missing_text = (!missing.is_empty()).then(|| {
                let labels: Vec<&str> = missing.iter().map(|f| f.label()).collect();
                format!("没有读到：{}", labels.join("、"))
            });
            view! {
                <div
                    class=if agrees { "notice notice--ok" } else { "notice notice--warn" }
                    role="status"
                    data-testid="notice-agreement"
                    data-agrees=agrees.to_string()
                >
                    <p>{text}</p>
                    {(!differing.is_empty()).then(|| view! {
                        <ul>{differing.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
                    })}
                    {missing_text.map(|t| view! { <p>{t}</p> })}
                    <p>{format!("{year} 年度是内置的正式通知，不会被覆盖，无需保存。")}</p>
                </div>
            }
            .into_any()
        }
        None => {
            let base = StoredValue::new(parsed);
            let entries = StoredValue::new(entries);
            let result = Memo::new(move |_| {
                let typed: Vec<MissingEntry> =
                    entries.with_value(|e| e.iter().map(Entry::typed).collect());
                base.with_value(|p| p.complete(&typed))
                    .map_err(|e| e.to_string())
            });
            let existing = state
                .stored
                .with_untracked(|s| s.profiles.iter().any(|p| p.year == year));
            view! {
                {existing.then(|| view! {
                    <Warning testid="notice-paste-replaces">{format!("已有自行填写的 {year} 年度：保存后将被这份通知替换。")}</Warning>
                })}
                {move || result.get().err().map(|why| view! {
                    <p class="notice notice--warn" role="status" data-testid="notice-paste-blocked">
                        {format!("暂不能保存：{why}")}
                    </p>
                })}
                <SaveButton prefix="notice" what=format!("{year} 年度") disabled=move || result.with(Result::is_err)
                    on_save=move || {
                        if let Ok(notice) = result.get_untracked() {
                            on_save.run(notice);
                        }
                    } />
            }
            .into_any()
        }
    };
    view! {
        <div class="paste-preview" data-testid="notice-preview" data-year=year>
            <h3 class="subhead">{format!("读取结果：{year} 年度（尚未保存）")}</h3>
            <ul class="paste-fields">{items}</ul>
            {warning_list}
            {outcome}
        </div>
    }
}

/// A stable code of a warning's kind, for tests and styling.
fn warning_code(kind: &NoticeWarningKind) -> &'static str {
    match kind {
        NoticeWarningKind::UnusedWindow { .. } => "unused-window",
        NoticeWarningKind::OpenRange => "open-range",
        NoticeWarningKind::CutValue(_) => "cut-value",
        NoticeWarningKind::SeniorityBeforeAchievements { .. } => "seniority-before-achievements",
        NoticeWarningKind::WindowNotAfterCutoff { .. } => "window-not-after-cutoff",
        NoticeWarningKind::WindowDayOff { .. } => "window-day-off",
        NoticeWarningKind::WindowDaysUnchecked { .. } => "window-days-unchecked",
    }
}

/// Buttons that fill a missing window with a part the reader did not place.
fn choices(e: Entry, candidates: Vec<(Window, String)>) -> impl IntoView {
    let code = e.field.code();
    (!candidates.is_empty()).then(|| {
        view! {
            <div class="paste-choices" data-testid=format!("choices-{code}")>
                <p class="muted">"通知中读到的报卷时间（请选择适用的一段，或在下面自行填写）："</p>
                {candidates.into_iter().map(|(window, source)| {
                    let FieldValue { text, value } = FieldValue::window(window);
                    view! {
                        <button
                            type="button"
                            class="button button--ghost paste-choice"
                            data-testid="choose-window"
                            data-field=code
                            data-value=value
                            on:click=move |_| {
                                e.first.set(window.first.to_string());
                                e.second.set(window.last.to_string());
                            }
                        >
                            {format!("采用：{text}（{source}）")}
                        </button>
                    }
                }).collect_view()}
            </div>
        }
    })
}

/// The input(s) asking for a missing field.
fn entry_input(e: Entry) -> impl IntoView {
    let code = e.field.code();
    let label = e.field.label();
    let id = move |suffix: &str| format!("missing-{code}{suffix}");
    let date_input = move |suffix: &'static str, text: String, value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id(suffix)>{text}</label>
                <input
                    id=id(suffix)
                    type="date"
                    data-testid=id(suffix)
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                    on:change=move |ev| value.set(event_target_value(&ev))
                />
            </div>
        }
    };
    match e.field {
        NoticeField::Issued | NoticeField::AchievementsCutoff | NoticeField::SeniorityCutoff => {
            view! { <div class="fields">{date_input("", format!("填写{label}"), e.first)}</div> }.into_any()
        }
        NoticeField::ProvincialWindow | NoticeField::CityWindow => view! {
            <div class="fields">
                {date_input("-first", format!("{label}：开始"), e.first)}
                {date_input("-last", format!("{label}：结束"), e.second)}
            </div>
        }
        .into_any(),
        NoticeField::CommitteeMeeting | NoticeField::Defense => view! {
            <div class="fields">
                <div class="field">
                    <label for=id("-kind")>{format!("{label}的说法")}</label>
                    <select id=id("-kind") data-testid=id("-kind") on:change=move |ev| e.kind.set(TimingKind::from_code(&event_target_value(&ev)))>
                        <option value="" selected=true>"请选择"</option>
                        {TimingKind::ALL.iter().map(|k| view! { <option value=k.code()>{k.label()}</option> }).collect_view()}
                    </select>
                </div>
                <Show when=move || e.kind.get() == Some(TimingKind::Period)>
                    <div class="field field--narrow">
                        <label for=id("-month")>"月份"</label>
                        <input id=id("-month") type="number" min="1" max="12" inputmode="numeric"
                            prop:value=move || e.first.get()
                            on:input=move |ev| e.first.set(event_target_value(&ev)) />
                    </div>
                    <div class="field field--narrow">
                        <label for=id("-part")>"旬"</label>
                        <select id=id("-part") on:change=move |ev| e.part.set(month_part(&event_target_value(&ev)))>
                            {MonthPart::ALL.iter().copied().map(|p| view! {
                                <option value=p.code() selected=move || e.part.get() == p>{p.label()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </Show>
                <Show when=move || e.kind.get() == Some(TimingKind::Exact)>
                    {date_input("-date", format!("{label}：日期"), e.second)}
                </Show>
            </div>
        }
        .into_any(),
        _ => {
            let numeric = e.field == NoticeField::PublicityWorkingDays;
            view! {
                <div class="field">
                    <label for=id("")>{format!("填写{label}")}</label>
                    <input
                        id=id("")
                        type=if numeric { "number" } else { "text" }
                        inputmode=numeric.then_some("numeric")
                        data-testid=id("")
                        prop:value=move || e.first.get()
                        on:input=move |ev| e.first.set(event_target_value(&ev))
                    />
                </div>
            }
            .into_any()
        }
    }
}
