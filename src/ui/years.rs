//! 年度与节假日: notices for other years and user-supplied holiday data.

use leptos::prelude::*;

use super::paste_holidays::PasteHolidays;
use super::paste_notice::PasteNotice;
use super::widgets::{Card, Message, Warning};
use crate::domain::calendar::{ignored_official_days, Calendar, Source, UserOrigin, YearSchedule};
use crate::domain::dates;
use crate::domain::notice::{MonthPart, Notice};
use crate::domain::rounds::{
    month_part, profile_warnings, ProfileEntry, Round, TimingEntry, TimingKind,
};
use crate::state::AppState;
use crate::store::UserYear;

/// The largest holiday file accepted (the real ones are about 4 KB).
const MAX_IMPORT_BYTES: usize = 256 * 1024;

#[component]
pub fn Years() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The profile open in the editor: the one just made or pasted, else the
    // round shown when it is the user's own.
    let editing = RwSignal::new(state.round.with_untracked(Round::user_year));
    view! {
        <HolidaysList />
        <ProfilesCard editing=editing />
        <PasteNotice editing=editing />
        <PasteHolidays />
        <HolidaysCard />
    }
}

#[component]
fn ProfilesCard(editing: RwSignal<Option<i32>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let new_year = RwSignal::new(String::new());
    let message = RwSignal::new(None::<Result<String, String>>);
    let profiles = move || state.stored.with(|s| s.profiles.clone());
    // A new year prefilled from the projection: nothing is stored until the
    // user saves it from the editor.
    let draft = RwSignal::new(None::<Notice>);

    let create = move |_| {
        let made = state.stored.with_untracked(|s| {
            state
                .calendar
                .with_untracked(|cal| s.rounds().new_profile(&new_year.get_untracked(), cal))
        });
        let result = made.map(|profile| {
            let year = profile.year;
            draft.set(Some(profile));
            editing.set(Some(year));
            format!("已按预计安排预填 {year} 年度（尚未保存）：请按当年正式通知逐项核改，填写通知发布日后保存")
        });
        message.set(Some(result.map_err(|e| e.to_string())));
    };

    view! {
        <Card id="profiles-title" title="评审年度" lead="内置的是 2024 年正式通知；其他年份在收录正式通知之前按 2024 年通知推算（各页标明“预计”）。当年通知发布后，可在这里新建该年度并按通知逐项填写：自行填写的年度会替代推算，在各页标明“自行填写，非官方”。各页顶部可切换要查看的年度。">
            <ul class="profile-list" data-testid="profile-list">
                {move || profiles().into_iter().map(|p| {
                    let year = p.year;
                    view! {
                        <li>
                            <button
                                type="button"
                                class="button button--ghost button--small"
                                data-testid=format!("profile-{year}")
                                aria-pressed=move || (editing.get() == Some(year)).to_string()
                                on:click=move |_| editing.set(Some(year))
                            >
                                {format!("修改 {year} 年度（自行填写）")}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <div class="fields">
                <div class="field field--narrow">
                    <label for="new-year">"新建年度"</label>
                    <input
                        id="new-year"
                        type="number"
                        inputmode="numeric"
                        placeholder=move || state.round_in_force.with(|r| r.year().to_string())
                        data-testid="new-year-input"
                        prop:value=move || new_year.get()
                        on:input=move |ev| new_year.set(event_target_value(&ev))
                    />
                </div>
                <div class="field field--button">
                    <button type="button" class="button" data-testid="new-year-create" on:click=create>
                        "从预计安排开始填写"
                    </button>
                </div>
            </div>
            <Message message=message testid="profile-message" />
            {move || {
                // Re-created only when another year is opened, so that
                // saving does not reset the editor and its message.
                let year = editing.get()?;
                let stored = state.stored.with_untracked(|s| s.profile(year).cloned());
                let unsaved = draft.get_untracked().filter(|d| d.year == year);
                let (profile, is_draft) = match (stored, unsaved) {
                    (Some(profile), _) => (profile, false),
                    (None, Some(profile)) => (profile, true),
                    (None, None) => return None,
                };
                let on_delete = move || {
                    draft.set(None);
                    editing.set(None);
                };
                Some(view! { <ProfileEditor profile=profile draft=is_draft on_delete=on_delete /> })
            }}
        </Card>
    }
}

/// A field of the profile editor, as typed.
#[derive(Clone, Copy)]
struct Field {
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
}

impl Field {
    fn new((id, label): (&'static str, &'static str), value: String) -> Self {
        Field {
            id,
            label,
            value: RwSignal::new(value),
        }
    }
}

/// The editor's form of a [`TimingEntry`].
#[derive(Clone, Copy)]
struct TimingField {
    id: &'static str,
    label: &'static str,
    kind: RwSignal<TimingKind>,
    month: RwSignal<String>,
    part: RwSignal<MonthPart>,
    date: RwSignal<String>,
}

impl TimingField {
    fn new((id, label): (&'static str, &'static str), entry: TimingEntry) -> Self {
        TimingField {
            id,
            label,
            kind: RwSignal::new(entry.kind),
            month: RwSignal::new(entry.month),
            part: RwSignal::new(entry.part),
            date: RwSignal::new(entry.date),
        }
    }

    fn entry(&self) -> TimingEntry {
        TimingEntry {
            kind: self.kind.get_untracked(),
            month: self.month.get_untracked(),
            part: self.part.get_untracked(),
            date: self.date.get_untracked(),
        }
    }
}

#[component]
fn ProfileEditor(
    profile: Notice,
    /// Not stored yet: prefilled from the projection, without an issue date
    /// ([`ProfileEntry::draft`]); the first save stores it.
    draft: bool,
    on_delete: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let year = profile.year;
    let unsaved = RwSignal::new(draft);
    let entry = if draft {
        ProfileEntry::draft(&profile)
    } else {
        ProfileEntry::of(&profile)
    };
    let mut values = entry.dates.into_iter();
    let fields = ProfileEntry::DATES.map(|f| Field::new(f, values.next().unwrap_or_default()));
    let mut values = entry.texts.into_iter();
    let texts = ProfileEntry::TEXTS.map(|f| Field::new(f, values.next().unwrap_or_default()));
    let [committee, defense] = entry.timings;
    let timings = [
        TimingField::new(ProfileEntry::TIMINGS[0], committee),
        TimingField::new(ProfileEntry::TIMINGS[1], defense),
    ];
    let message = RwSignal::new(None::<Result<String, String>>);
    let warnings_of = move |notice: &Notice| {
        state
            .calendar
            .with_untracked(|cal| profile_warnings(notice, cal))
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    };
    let warnings = RwSignal::new(warnings_of(&profile));
    let base = StoredValue::new(profile);

    let save = move |_| {
        let entry = ProfileEntry {
            dates: fields.map(|f| f.value.get_untracked()),
            texts: texts.map(|t| t.value.get_untracked()),
            timings: timings.map(|t| t.entry()),
        };
        match entry.apply(&base.read_value()) {
            Err(e) => message.set(Some(Err(format!("未保存：{e}")))),
            Ok(edited) => {
                if unsaved.get_untracked() {
                    state.persist(|s| s.set_profile(edited.clone()));
                    unsaved.set(false);
                } else {
                    state.persist(|s| s.update_profile(edited.clone()));
                }
                warnings.set(warnings_of(&edited));
                base.set_value(edited);
                message.set(Some(Ok(format!("{year} 年度已保存"))));
            }
        }
    };
    let delete = move |_| {
        if !unsaved.get_untracked() {
            state.persist(|s| s.remove_profile(year));
        }
        on_delete();
    };

    view! {
        <div class="editor" data-testid="profile-editor" data-saved=move || (!unsaved.get()).to_string()>
            <h3 class="subhead">{format!("填写 {year} 年度（按当年正式通知逐项核对）")}</h3>
            <div class="fields">
                {texts.into_iter().take(1).map(|t| field_input(t, "text")).collect_view()}
                {fields.into_iter().map(|f| field_input(f, "date")).collect_view()}
                {texts.into_iter().skip(1).map(|t| field_input(t, "text")).collect_view()}
                {timings.into_iter().map(timing_input).collect_view()}
            </div>
            {move || warnings.get().into_iter().map(|w| view! { <Warning testid="profile-warning-day">{w}</Warning> }).collect_view()}
            <div class="actions">
                <button type="button" class="button" data-testid="profile-save" on:click=save>"保存"</button>
                <button type="button" class="button button--ghost" data-testid="profile-delete" on:click=delete>
                    {move || if unsaved.get() { format!("放弃 {year} 年度") } else { format!("删除 {year} 年度") }}
                </button>
            </div>
            <Message message=message testid="profile-save-message" />
        </div>
    }
}

/// A text or date field of the profile editor (a date is also read on
/// `change`, which is all some date pickers send).
fn field_input(f: Field, kind: &'static str) -> impl IntoView {
    view! {
        <div class="field">
            <label for=format!("profile-{}", f.id)>{f.label}</label>
            <input
                id=format!("profile-{}", f.id)
                type=kind
                data-testid=format!("profile-{}", f.id)
                prop:value=move || f.value.get()
                on:input=move |ev| f.value.set(event_target_value(&ev))
                on:change=move |ev| f.value.set(event_target_value(&ev))
            />
        </div>
    }
}

fn timing_input(t: TimingField) -> impl IntoView {
    view! {
        <fieldset class="field timing" data-testid=format!("profile-{}", t.id)>
            <legend>{t.label}</legend>
            <select
                aria-label=format!("{}的时间说法", t.label)
                on:change=move |ev| t.kind.set(TimingKind::of_code(&event_target_value(&ev)))
            >
                {TimingKind::ALL.iter().copied().map(|k| view! {
                    <option value=k.code() selected=move || t.kind.get() == k>{k.label()}</option>
                }).collect_view()}
            </select>
            <Show when=move || t.kind.get() == TimingKind::Period>
                <input
                    type="number"
                    min="1"
                    max="12"
                    aria-label=format!("{}月份", t.label)
                    prop:value=move || t.month.get()
                    on:input=move |ev| t.month.set(event_target_value(&ev))
                />
                "月"
                <select
                    aria-label=format!("{}旬", t.label)
                    on:change=move |ev| t.part.set(month_part(&event_target_value(&ev)))
                >
                    {MonthPart::ALL.iter().copied().map(|p| view! {
                        <option value=p.code() selected=move || t.part.get() == p>{p.label()}</option>
                    }).collect_view()}
                </select>
            </Show>
            <Show when=move || t.kind.get() == TimingKind::Exact>
                <input
                    type="date"
                    aria-label=format!("{}日期", t.label)
                    prop:value=move || t.date.get()
                    on:input=move |ev| t.date.set(event_target_value(&ev))
                    on:change=move |ev| t.date.set(event_target_value(&ev))
                />
            </Show>
        </fieldset>
    }
}

/// Which years have holiday data, and whose: the page's answer, first.
#[component]
fn HolidaysList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = move || {
        // The schedules only, not a copy of the whole calendar.
        let schedules: Vec<YearSchedule> = state.calendar.with(|cal| {
            cal.covered_years()
                .filter_map(|year| cal.schedule(year).cloned())
                .collect()
        });
        schedules
            .into_iter()
            .map(|schedule| {
                let year = schedule.year;
                let (source, official) = match &schedule.source {
                    Source::Official { .. } => ("国务院办公厅通知（官方）", true),
                    Source::User(origin) => (origin.label(), false),
                };
                view! {
                    <li data-testid="holiday-year" data-year=year data-official=official.to_string()>
                        <strong>{format!("{year} 年")}</strong>
                        {format!("：{source}，{} 个特殊日期", schedule.days.len())}
                        {(!official).then(|| view! {
                            <button
                                type="button"
                                class="button button--ghost button--small"
                                on:click=move |_| state.persist(|s| s.remove_holidays(year))
                            >
                                {format!("删除 {year} 年数据")}
                            </button>
                        })}
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <Card id="holidays-title" title="节假日数据" lead="没有数据的年份按周一至周五估算，并在结果里提示。">
            <ul class="years-list">{rows}</ul>
        </Card>
    }
}

/// Holiday data the user brings: a holiday-cn file or single days.
#[component]
fn HolidaysCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let message = RwSignal::new(None::<Result<String, String>>);
    let day_date = RwSignal::new(String::new());
    let day_name = RwSignal::new(String::new());
    let day_off = RwSignal::new(true);

    // Stores a user schedule, unless the year has official data.
    let store = move |user: UserYear| -> Result<(), String> {
        state
            .stored
            .with_untracked(|s| s.check_holidays(&user))
            .map_err(|e| e.to_string())?;
        state.persist(|s| s.set_holidays(user.clone()));
        Ok(())
    };

    let on_file = move |ev: leptos::ev::Event| {
        crate::browser::read_file_input(&ev, MAX_IMPORT_BYTES, move |text| {
            let result = text.and_then(|text| {
                YearSchedule::parse_holiday_cn(&text, Source::User(UserOrigin::File))
                    .map_err(|e| format!("未导入：{e}"))
                    .and_then(|schedule| {
                        // Days of a year with official data are never imported.
                        let (schedule, dropped) =
                            schedule.without_official_days(&Calendar::official());
                        let year = schedule.year;
                        let count = schedule.days.len();
                        store(UserYear::from_schedule(&schedule))
                            .map(|()| {
                                format!(
                                    "已导入 {year} 年节假日安排（{count} 天），标记为自行添加{}",
                                    ignored_official_days(&dropped)
                                )
                            })
                            .map_err(|e| format!("未导入：{e}"))
                    })
            });
            // Read after the event: the page may be gone by then.
            message.try_set(Some(result));
        });
    };

    let add_day = move |_| {
        let result = dates::parse_date(&day_date.get())
            .map_err(|e| format!("未添加：{e}"))
            .and_then(|date| {
                let user = state
                    .stored
                    .with(|s| s.holidays_with_day(date, &day_name.get(), day_off.get()));
                store(user)
                    .map(|()| format!("已添加 {}", dates::long_zh(date)))
                    .map_err(|e| format!("未添加：{e}"))
            });
        message.set(Some(result));
    };

    view! {
        <Card id="holidays-import-title" title="导入节假日数据" lead="国务院公布新一年安排后，可以导入 holiday-cn 格式的 JSON 文件，或逐日添加。">
            <div class="field">
                <label for="holiday-import">"导入一年的节假日文件（holiday-cn JSON）"</label>
                <input id="holiday-import" type="file" accept=".json,application/json" data-testid="holiday-import" on:change=on_file />
            </div>
            <fieldset class="add-day">
                <legend>"逐日添加"</legend>
                <div class="fields">
                    <div class="field">
                        <label for="day-date">"日期"</label>
                        <input id="day-date" type="date" data-testid="day-date" prop:value=move || day_date.get()
                            on:input=move |ev| day_date.set(event_target_value(&ev))
                            on:change=move |ev| day_date.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for="day-name">"节日名称"</label>
                        <input id="day-name" type="text" placeholder="如：春节" data-testid="day-name" prop:value=move || day_name.get()
                            on:input=move |ev| day_name.set(event_target_value(&ev)) />
                    </div>
                    <div class="field field--narrow">
                        <label for="day-kind">"类型"</label>
                        <select id="day-kind" data-testid="day-kind" on:change=move |ev| day_off.set(event_target_value(&ev) == "off")>
                            <option value="off" selected=true>"放假"</option>
                            <option value="work">"调休上班"</option>
                        </select>
                    </div>
                </div>
                <button type="button" class="button" data-testid="day-add" on:click=add_day>"添加"</button>
            </fieldset>
            <Message message=message testid="holiday-message" />
        </Card>
    }
}
