//! 年度与节假日: notices for other years and user-supplied holiday data.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use super::paste_holidays::PasteHolidays;
use super::paste_notice::PasteNotice;
use super::widgets::Message;
use crate::app::AppState;
use crate::domain::calendar::{Calendar, Source, UserOrigin, YearSchedule};
use crate::domain::dates;
use crate::domain::notice::{tel_uri, Contact, MonthPart, Notice, NoticeError, Timing, Window};
use crate::domain::rounds::{profile_warnings, RoundKind};
use crate::store::{UserDay, UserYear};

/// The largest holiday file accepted (the real ones are about 4 KB).
const MAX_IMPORT_BYTES: usize = 256 * 1024;

#[component]
pub fn Years() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The profile open in the editor: the one just made or pasted, else the
    // round shown when it is the user's own.
    let editing = RwSignal::new(
        state
            .round
            .with_untracked(|r| (r.kind == RoundKind::User).then(|| r.year())),
    );
    view! {
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

    let create = move |_| {
        let made = state.stored.with_untracked(|s| {
            state
                .calendar
                .with_untracked(|cal| s.rounds().new_profile(&new_year.get_untracked(), cal))
        });
        let result = made.map(|profile| {
            let year = profile.year;
            state.persist(|s| {
                s.profiles.push(profile.clone());
                s.profiles.sort_by_key(|p| p.year);
            });
            editing.set(Some(year));
            format!("已按预计安排建立 {year} 年度：请按当年正式通知逐项核改下面的内容后保存")
        });
        message.set(Some(result.map_err(|e| e.to_string())));
    };

    view! {
        <section class="card" aria-labelledby="profiles-title">
            <h2 id="profiles-title" class="card__title">"评审年度"</h2>
            <p class="card__lead">
                "内置的是 2024 年正式通知；其他年份在收录正式通知之前按 2024 年通知推算（各页标明“预计”）。当年通知发布后，可在这里新建该年度并按通知逐项填写：自行填写的年度会替代推算，在各页标明“自行填写，非官方”。各页顶部可切换要查看的年度。"
            </p>
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
                let profile = state
                    .stored
                    .with_untracked(|s| s.profiles.iter().find(|p| p.year == year).cloned())?;
                Some(view! { <ProfileEditor profile=profile on_delete=move || editing.set(None) /> })
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

/// A text field of the profile editor.
#[derive(Clone, Copy)]
struct TextField {
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
}

/// The editor's form of a [`Timing`]: which kind, and its parts as typed.
#[derive(Clone, Copy)]
struct TimingField {
    id: &'static str,
    label: &'static str,
    kind: RwSignal<&'static str>,
    month: RwSignal<String>,
    part: RwSignal<&'static str>,
    date: RwSignal<String>,
}

const MONTH_PARTS: [MonthPart; 3] = [MonthPart::Early, MonthPart::Mid, MonthPart::Late];

impl TimingField {
    fn new(id: &'static str, label: &'static str, timing: &Timing, year: i32) -> Self {
        let (kind, month, part, date) = match timing {
            Timing::Exact { date } => ("exact", "9".to_string(), "mid", date.to_string()),
            Timing::Period { month, part, .. } => (
                "period",
                month.to_string(),
                part.code(),
                format!("{year}-09-15"),
            ),
            Timing::Later => ("later", "9".to_string(), "mid", format!("{year}-09-15")),
        };
        TimingField {
            id,
            label,
            kind: RwSignal::new(kind),
            month: RwSignal::new(month),
            part: RwSignal::new(part),
            date: RwSignal::new(date),
        }
    }

    /// The timing as entered, or what is wrong with it.
    fn parse(&self, year: i32) -> Result<Timing, String> {
        match self.kind.get_untracked() {
            "later" => Ok(Timing::Later),
            "exact" => dates::parse_date(&self.date.get_untracked())
                .map(|date| Timing::Exact { date })
                .map_err(|e| format!("{}：{e}", self.label)),
            _ => {
                let month = self
                    .month
                    .get_untracked()
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|m| (1..=12).contains(m))
                    .ok_or_else(|| format!("{}：月份须为 1–12", self.label))?;
                let part = MONTH_PARTS
                    .into_iter()
                    .find(|p| p.code() == self.part.get_untracked())
                    .unwrap_or(MonthPart::Mid);
                Ok(Timing::Period { year, month, part })
            }
        }
    }
}

#[component]
fn ProfileEditor(
    profile: Notice,
    on_delete: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
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
    let text = |id, label, value: &str| TextField {
        id,
        label,
        value: RwSignal::new(value.to_string()),
    };
    let texts = [
        text("title", "通知标题", &profile.title),
        text("place", "报卷地点", &profile.place),
        text("contact", "联系人", &profile.contact.name),
        text("phone", "联系电话", &profile.contact.phone),
        text("fax", "传真", &profile.contact.fax),
        text(
            "publicity-days",
            "公示不少于（个工作日）",
            &profile.publicity_working_days.to_string(),
        ),
    ];
    let timings = [
        TimingField::new(
            "committee",
            "评审委员会例会",
            &profile.committee_meeting,
            year,
        ),
        TimingField::new("defense", "答辩", &profile.defense, year),
    ];
    let message = RwSignal::new(None::<Result<String, String>>);
    let warnings = RwSignal::new(
        state
            .calendar
            .with_untracked(|cal| profile_warnings(&profile, cal))
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
    );
    let base = StoredValue::new(profile);

    let read = move || -> Result<Notice, String> {
        let mut parsed = Vec::with_capacity(fields.len());
        for f in fields {
            parsed.push(
                dates::parse_date(&f.value.get_untracked())
                    .map_err(|e| format!("{}：{e}", f.label))?,
            );
        }
        let [title, place, contact, phone, fax, days] =
            texts.map(|t| t.value.get_untracked().trim().to_string());
        let publicity_working_days = crate::domain::request::parse_days(&days)
            .map_err(|_| format!("公示工作日数“{}”须为 1–30 的整数", dates::shorten(&days)))?;
        let tel = tel_uri(&phone).ok_or_else(|| NoticeError::Phone(phone.clone()).to_string())?;
        let mut edited = base.get_value();
        edited.title = title;
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
        edited.place = place;
        edited.contact = Contact {
            name: contact,
            phone,
            tel,
            fax,
        };
        edited.publicity_working_days = publicity_working_days;
        edited.committee_meeting = timings[0].parse(year)?;
        edited.defense = timings[1].parse(year)?;
        edited.validate_entry().map_err(|e| e.to_string())?;
        Ok(edited)
    };
    let save = move |_| match read() {
        Err(e) => message.set(Some(Err(format!("未保存：{e}")))),
        Ok(edited) => {
            state.persist(|s| {
                if let Some(p) = s.profiles.iter_mut().find(|p| p.year == year) {
                    *p = edited.clone();
                }
            });
            warnings.set(
                state
                    .calendar
                    .with_untracked(|cal| profile_warnings(&edited, cal))
                    .iter()
                    .map(ToString::to_string)
                    .collect(),
            );
            base.set_value(edited);
            message.set(Some(Ok(format!("{year} 年度已保存"))));
        }
    };
    let delete = move |_| {
        state.persist(|s| s.profiles.retain(|p| p.year != year));
        on_delete();
    };

    view! {
        <div class="editor" data-testid="profile-editor">
            <h3 class="subhead">{format!("填写 {year} 年度（按当年正式通知逐项核对）")}</h3>
            <div class="fields">
                {texts.into_iter().take(1).map(text_input).collect_view()}
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
                {texts.into_iter().skip(1).map(text_input).collect_view()}
                {timings.into_iter().map(timing_input).collect_view()}
            </div>
            {move || warnings.get().into_iter().map(|w| view! {
                <p class="notice notice--warn" data-testid="profile-warning-day" role="note">{w}</p>
            }).collect_view()}
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

fn text_input(t: TextField) -> impl IntoView {
    view! {
        <div class="field">
            <label for=format!("profile-{}", t.id)>{t.label}</label>
            <input
                id=format!("profile-{}", t.id)
                type="text"
                data-testid=format!("profile-{}", t.id)
                prop:value=move || t.value.get()
                on:input=move |ev| t.value.set(event_target_value(&ev))
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
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    t.kind.set(match v.as_str() { "later" => "later", "exact" => "exact", _ => "period" });
                }
            >
                <option value="period" selected=move || t.kind.get() == "period">"某月上/中/下旬"</option>
                <option value="exact" selected=move || t.kind.get() == "exact">"具体日期"</option>
                <option value="later" selected=move || t.kind.get() == "later">"另行通知"</option>
            </select>
            <Show when=move || t.kind.get() == "period">
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
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        t.part.set(MONTH_PARTS.into_iter().find(|p| p.code() == v).map_or("mid", MonthPart::code));
                    }
                >
                    {MONTH_PARTS.into_iter().map(|p| view! {
                        <option value=p.code() selected=move || t.part.get() == p.code()>{p.label()}</option>
                    }).collect_view()}
                </select>
            </Show>
            <Show when=move || t.kind.get() == "exact">
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
                YearSchedule::parse_holiday_cn(&text, Source::User(UserOrigin::File))
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
                        // Days added to a year without a whole schedule stay
                        // single days: the rest of the year is still estimated.
                        .unwrap_or(UserYear {
                            year: date.year(),
                            days: vec![],
                            origin: UserOrigin::SingleDays,
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
