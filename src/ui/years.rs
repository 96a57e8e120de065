//! 年度与节假日: notices for other years and user-supplied holiday data.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use super::widgets::Message;
use super::AppState;
use crate::calendar::{Calendar, Source, YearSchedule};
use crate::dates;
use crate::notice::{Notice, Window};
use crate::storage::{UserDay, UserYear};

/// The largest holiday file accepted (the real ones are about 4 KB).
const MAX_IMPORT_BYTES: usize = 256 * 1024;

#[component]
pub fn Years() -> impl IntoView {
    view! {
        <ProfilesCard />
        <HolidaysCard />
    }
}

#[component]
fn ProfilesCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let new_year = RwSignal::new(String::new());
    let message = RwSignal::new(None::<Result<String, String>>);
    let active_year = move || state.stored.with(|s| s.active_year);
    let profiles = move || state.stored.with(|s| s.profiles.clone());
    let editing_year = Memo::new(move |_| {
        state.stored.with(|s| {
            s.active_year
                .filter(|y| s.profiles.iter().any(|p| p.year == *y))
        })
    });

    let create = move |_| {
        let text = new_year.get();
        let result = match text.trim().parse::<i32>() {
            Ok(year) if dates::SUPPORTED_YEARS.contains(&year) => {
                if year == Notice::official_2024().year
                    || state
                        .stored
                        .with(|s| s.profiles.iter().any(|p| p.year == year))
                {
                    Err(format!("{year} 年度已经存在"))
                } else {
                    let profile = Notice::official_2024().copy_for_year(year);
                    state.persist(|s| {
                        s.profiles.push(profile.clone());
                        s.profiles.sort_by_key(|p| p.year);
                        s.active_year = Some(year);
                    });
                    Ok(format!(
                        "已按 2024 年通知建立 {year} 年度并切换到该年度：请按当年正式通知核改下面的日期"
                    ))
                }
            }
            _ => Err(format!(
                "年份“{}”无效，请填写 {}–{} 之间的年份",
                dates::shorten(&text),
                dates::SUPPORTED_YEARS.start(),
                dates::SUPPORTED_YEARS.end()
            )),
        };
        message.set(Some(result));
    };

    view! {
        <section class="card" aria-labelledby="profiles-title">
            <h2 id="profiles-title" class="card__title">"评审年度"</h2>
            <p class="card__lead">
                "内置的是 2024 年正式通知。新一年的通知发布后，可以复制一份改成当年的日期；自行填写的年度会在各页标明“非官方”。"
            </p>
            <fieldset class="choice-list">
                <legend>"使用哪一年的安排"</legend>
                <label class="choice">
                    <input
                        type="radio"
                        name="profile"
                        data-testid="profile-2024"
                        prop:checked=move || active_year().is_none()
                        on:change=move |_| state.persist(|s| s.active_year = None)
                    />
                    <span class="choice__text"><strong>"2024 年（官方通知，内置）"</strong></span>
                </label>
                {move || profiles().into_iter().map(|p| {
                    let year = p.year;
                    view! {
                        <label class="choice">
                            <input
                                type="radio"
                                name="profile"
                                data-testid=format!("profile-{year}")
                                prop:checked=move || active_year() == Some(year)
                                on:change=move |_| state.persist(|s| s.active_year = Some(year))
                            />
                            <span class="choice__text"><strong>{format!("{year} 年（自行填写，非官方）")}</strong></span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <div class="fields">
                <div class="field field--narrow">
                    <label for="new-year">"新建年度"</label>
                    <input
                        id="new-year"
                        type="number"
                        inputmode="numeric"
                        placeholder="2025"
                        data-testid="new-year-input"
                        prop:value=move || new_year.get()
                        on:input=move |ev| new_year.set(event_target_value(&ev))
                    />
                </div>
                <div class="field field--button">
                    <button type="button" class="button" data-testid="new-year-create" on:click=create>
                        "以 2024 年通知为模板新建"
                    </button>
                </div>
            </div>
            <Message message=message testid="profile-message" />
            {move || {
                // Re-created only when another year is chosen, so that
                // saving does not reset the editor and its message.
                let year = editing_year.get()?;
                let profile = state
                    .stored
                    .with_untracked(|s| s.profiles.iter().find(|p| p.year == year).cloned())?;
                Some(view! { <ProfileEditor profile=profile /> })
            }}
        </section>
    }
}

/// A date field of the profile editor.
#[derive(Clone, Copy)]
struct DateField {
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
}

#[component]
fn ProfileEditor(profile: Notice) -> impl IntoView {
    let state = expect_context::<AppState>();
    let year = profile.year;
    let field = |id, label, date: NaiveDate| DateField {
        id,
        label,
        value: RwSignal::new(date.to_string()),
    };
    let fields = [
        field("issued", "通知发布日", profile.issued),
        field(
            "achievements",
            "申报材料截止日",
            profile.achievements_cutoff,
        ),
        field("seniority", "资历计算截止日", profile.seniority_cutoff),
        field(
            "prov-first",
            "省直单位报卷开始",
            profile.provincial_window.first,
        ),
        field(
            "prov-last",
            "省直单位报卷结束",
            profile.provincial_window.last,
        ),
        field(
            "city-first",
            "市局/主管部门报卷开始",
            profile.city_window.first,
        ),
        field(
            "city-last",
            "市局/主管部门报卷结束",
            profile.city_window.last,
        ),
    ];
    let place = RwSignal::new(profile.place.clone());
    let message = RwSignal::new(None::<Result<String, String>>);
    let base = StoredValue::new(profile);

    let save = move |_| {
        let mut parsed = Vec::with_capacity(fields.len());
        for f in fields {
            match dates::parse_date(&f.value.get()) {
                Ok(d) => parsed.push(d),
                Err(e) => {
                    message.set(Some(Err(format!("{}：{e}", f.label))));
                    return;
                }
            }
        }
        let mut edited = base.get_value();
        edited.issued = parsed[0];
        edited.achievements_cutoff = parsed[1];
        edited.seniority_cutoff = parsed[2];
        edited.provincial_window = Window {
            first: parsed[3],
            last: parsed[4],
        };
        edited.city_window = Window {
            first: parsed[5],
            last: parsed[6],
        };
        edited.place = place.get().trim().to_string();
        if let Err(e) = edited.validate() {
            message.set(Some(Err(format!("未保存：{e}"))));
            return;
        }
        state.persist(|s| {
            if let Some(p) = s.profiles.iter_mut().find(|p| p.year == year) {
                *p = edited.clone();
            }
        });
        base.set_value(edited);
        message.set(Some(Ok(format!("{year} 年度已保存"))));
    };
    let delete = move |_| {
        state.persist(|s| {
            s.profiles.retain(|p| p.year != year);
            s.active_year = None;
        });
    };

    view! {
        <div class="editor" data-testid="profile-editor">
            <h3 class="subhead">{format!("核改 {year} 年度的日期（按当年正式通知）")}</h3>
            <div class="fields">
                {fields.into_iter().map(|f| view! {
                    <div class="field">
                        <label for=format!("profile-{}", f.id)>{f.label}</label>
                        <input
                            id=format!("profile-{}", f.id)
                            type="date"
                            data-testid=format!("profile-{}", f.id)
                            prop:value=move || f.value.get()
                            on:input=move |ev| f.value.set(event_target_value(&ev))
                            on:change=move |ev| f.value.set(event_target_value(&ev))
                        />
                    </div>
                }).collect_view()}
                <div class="field">
                    <label for="profile-place">"报卷地点"</label>
                    <input
                        id="profile-place"
                        type="text"
                        prop:value=move || place.get()
                        on:input=move |ev| place.set(event_target_value(&ev))
                    />
                </div>
            </div>
            <div class="actions">
                <button type="button" class="button" data-testid="profile-save" on:click=save>"保存"</button>
                <button type="button" class="button button--ghost" data-testid="profile-delete" on:click=delete>
                    {format!("删除 {year} 年度")}
                </button>
            </div>
            <Message message=message testid="profile-save-message" />
        </div>
    }
}

#[component]
fn HolidaysCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let message = RwSignal::new(None::<Result<String, String>>);
    let day_date = RwSignal::new(String::new());
    let day_name = RwSignal::new(String::new());
    let day_off = RwSignal::new(true);

    // Stores a user schedule, unless the year has official data.
    let store = move |user: UserYear| -> Result<(), String> {
        if Calendar::official().is_official(user.year) {
            return Err(format!("{} 年已有官方节假日数据，不能覆盖", user.year));
        }
        user.schedule().map_err(|e| e.to_string())?;
        state.persist(|s| {
            s.holidays.retain(|y| y.year != user.year);
            s.holidays.push(user.clone());
            s.holidays.sort_by_key(|y| y.year);
        });
        Ok(())
    };

    let on_file = move |ev: leptos::ev::Event| {
        crate::browser::read_file_input(&ev, MAX_IMPORT_BYTES, move |text| {
            let result = text.and_then(|text| {
                YearSchedule::parse_holiday_cn(&text, Source::UserSupplied)
                    .map_err(|e| format!("未导入：{e}"))
                    .and_then(|schedule| {
                        let year = schedule.year;
                        let count = schedule.days.len();
                        store(UserYear::from_schedule(&schedule))
                            .map(|()| {
                                format!("已导入 {year} 年节假日安排（{count} 天），标记为自行添加")
                            })
                            .map_err(|e| format!("未导入：{e}"))
                    })
            });
            message.set(Some(result));
        });
    };

    let add_day = move |_| {
        let result = dates::parse_date(&day_date.get())
            .map_err(|e| format!("未添加：{e}"))
            .and_then(|date| {
                let name = day_name.get().trim().to_string();
                let name = if name.is_empty() {
                    "自行添加".to_string()
                } else {
                    name
                };
                let mut user = state.stored.with(|s| {
                    s.holidays
                        .iter()
                        .find(|y| y.year == date.year())
                        .cloned()
                        .unwrap_or(UserYear {
                            year: date.year(),
                            days: vec![],
                        })
                });
                user.days.retain(|d| d.date != date);
                user.days.push(UserDay {
                    date,
                    name,
                    off: day_off.get(),
                });
                user.days.sort_by_key(|d| d.date);
                store(user)
                    .map(|()| format!("已添加 {}", dates::long_zh(date)))
                    .map_err(|e| format!("未添加：{e}"))
            });
        message.set(Some(result));
    };

    let rows = move || {
        let cal = state.calendar.get();
        cal.covered_years()
            .filter_map(|year| cal.schedule(year).cloned())
            .map(|schedule| {
                let year = schedule.year;
                let (source, official) = match &schedule.source {
                    Source::Official { .. } => ("国务院办公厅通知（官方）", true),
                    Source::UserSupplied => ("自行添加（非官方）", false),
                };
                view! {
                    <li data-testid="holiday-year" data-year=year data-official=official.to_string()>
                        <strong>{format!("{year} 年")}</strong>
                        {format!("：{source}，{} 个特殊日期", schedule.days.len())}
                        {(!official).then(|| view! {
                            <button
                                type="button"
                                class="button button--ghost button--small"
                                on:click=move |_| state.persist(|s| s.holidays.retain(|y| y.year != year))
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
        <section class="card" aria-labelledby="holidays-title">
            <h2 id="holidays-title" class="card__title">"节假日数据"</h2>
            <p class="card__lead">
                "没有数据的年份按周一至周五估算，并在结果里提示。国务院公布新一年安排后，可以导入 holiday-cn 格式的 JSON 文件，或逐日添加。"
            </p>
            <ul class="years-list">{rows}</ul>
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
        </section>
    }
}
