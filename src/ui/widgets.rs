//! Small pieces shared by the pages, as components with named props:
//! `<Warning testid="data-warning">…</Warning>`,
//! `<Select id=… label=… options=… value=… on_change=…/>` and their
//! siblings. Each draws the same markup wherever it is used (the e2e tests
//! and `static/first-answers.html` rest on it).
//!
//! The small ones, used many times, are `#[component(transparent)]`: their
//! markup is built into the view of the page that uses them, as the plain
//! functions they replace were, instead of each being erased to a view of
//! its own (`erase_components`; measured 1.1 KB of wasm, brotli); their
//! bodies read no signal, only the closures they hand on do. Their values
//! and handlers are closures (`impl Fn`), as the functions' were: `Signal`
//! and `Callback` props measured 3.4 KB more.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::dates;
use crate::domain::rounds::RoundKind;

/// A card: a section named by its title (`id` is the title's), with an
/// optional lead paragraph before its content; `class` replaces `card`
/// (e.g. `card result`).
#[component]
pub fn Card(
    #[prop(into)] id: String,
    title: &'static str,
    #[prop(optional)] lead: Option<&'static str>,
    #[prop(default = "card")] class: &'static str,
    #[prop(optional)] testid: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let labelled_by = id.clone();
    view! {
        <section class=class aria-labelledby=labelled_by data-testid=testid>
            <h2 id=id class="card__title">{title}</h2>
            {lead.map(|lead| view! { <p class="card__lead">{lead}</p> })}
            {children()}
        </section>
    }
}

/// A note that warns (`notice--warn`, role `note`): its children.
#[component(transparent)]
pub fn Warning(testid: &'static str, children: Children) -> impl IntoView {
    view! { <p class="notice notice--warn" data-testid=testid role="note">{children()}</p> }
}

/// The badge a round's dates carry: 预计 for a projected round (no notice for
/// the year yet), 自行填写，非官方 for the user's own entry of the year's notice
/// (stated, not projected), none for a shipped notice.
#[component(transparent)]
pub fn RoundBadge(kind: RoundKind, testid: &'static str) -> impl IntoView {
    let text = match kind {
        RoundKind::Projected => "预计",
        RoundKind::User => "自行填写，非官方",
        RoundKind::Official => return None,
    };
    Some(view! {
        <span class="badge badge--estimated" data-testid=testid data-kind=kind.code()>{text}</span>
    })
}

/// A date as `<time datetime="YYYY-MM-DD">`, written out in Chinese; marked
/// `data-estimated` when it rests on a year without official data.
#[component]
pub fn DateText(
    date: NaiveDate,
    testid: &'static str,
    #[prop(optional)] estimated: bool,
) -> impl IntoView {
    view! {
        <time
            datetime=date.to_string()
            data-testid=testid
            data-estimated=estimated.then_some("true")
        >
            {dates::long_zh(date)}
        </time>
    }
}

/// A field: its label (for the input `id`), then what it asks, its
/// children (the input, and any hint or error after it). `class` is
/// `field` with any modifier, e.g. `field field--narrow`.
#[component(transparent)]
pub fn Field<C>(
    #[prop(into)] id: String,
    #[prop(into)] label: TextProp,
    #[prop(default = "field")] class: &'static str,
    children: TypedChildren<C>,
) -> impl IntoView
where
    C: IntoView + 'static,
{
    let children = children.into_inner();
    view! {
        <div class=class>
            <label for=id>{move || label.get()}</label>
            {children()}
        </div>
    }
}

/// A date `<input>` showing `value`; every edit goes to `on_change`, on
/// `input` and on `change` (which is all some date pickers send). Its
/// test id is `testid`, else its `id`. A `bounded` date offers only the
/// supported years.
#[component(transparent)]
pub fn DateEntry(
    #[prop(into)] id: String,
    #[prop(optional, into)] testid: Option<String>,
    #[prop(optional)] bounded: bool,
    #[prop(into)] value: Signal<String>,
    on_change: impl Fn(String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let (min, max) = bounded.then(dates::input_bounds).unzip();
    let testid = testid.unwrap_or_else(|| id.clone());
    view! {
        <input
            id=id
            type="date"
            min=min
            max=max
            data-testid=testid
            prop:value=move || value.get()
            on:input=move |ev| on_change(event_target_value(&ev))
            on:change=move |ev| on_change(event_target_value(&ev))
        />
    }
}

/// A problem with the field `field` (its input's id), said next to it.
#[component(transparent)]
pub fn FieldError(#[prop(into)] field: String, #[prop(into)] message: String) -> impl IntoView {
    view! { <p class="field-error" data-testid="field-error" data-field=field role="alert">{message}</p> }
}

/// The problem in `error`, if any, with the field `field`: a
/// [`FieldError`] that comes and goes with it.
#[component(transparent)]
pub fn FieldErrorOf(
    #[prop(into)] field: String,
    error: impl Fn() -> Option<String> + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        let field = field.clone();
        error().map(|message| view! { <FieldError field=field message=message /> })
    }
}

/// The day a publicity was posted, typed into the date input `id` (also
/// its test id) and read on `change`: a day of the round shown (「六、申报流程」
/// （三）, checked by `AppState::check_in_round`) goes to `on_valid`,
/// otherwise the problem is kept in `error` and said below the input
/// (its text after `prefix`). Left empty it is no day (`None`), unless
/// `required`.
#[component(transparent)]
pub fn PostedDateInput(
    id: &'static str,
    text: RwSignal<String>,
    error: RwSignal<Option<String>>,
    disabled: impl Fn() -> bool + Send + Sync + 'static,
    #[prop(optional)] required: bool,
    #[prop(optional)] prefix: &'static str,
    on_valid: impl Fn(Option<NaiveDate>) + Send + Sync + 'static,
) -> impl IntoView {
    let state = expect_context::<crate::state::AppState>();
    let change = move |typed: String| {
        text.set(typed.clone());
        let day = if required {
            dates::parse_date(&typed).map(Some)
        } else {
            dates::parse_optional_date(&typed)
        };
        let checked = day
            .map_err(|e| format!("{prefix}{e}"))
            .and_then(|day| match day {
                Some(d) => state.check_in_round("公示张贴日期", d).map(|()| day),
                None => Ok(None),
            });
        match checked {
            Ok(day) => {
                error.set(None);
                on_valid(day);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <input id=id type="date" data-testid=id prop:value=move || text.get()
            disabled=disabled
            on:change=move |ev| change(event_target_value(&ev)) />
        <FieldErrorOf field=id error=move || error.get() />
    }
}

/// A group of fields (`fields`), shown only `when`.
#[component(transparent)]
pub fn FieldsWhen<C: IntoView + 'static>(
    when: impl Fn() -> bool + Send + Sync + 'static,
    children: TypedChildrenFn<C>,
) -> impl IntoView {
    let children = children.into_inner();
    view! {
        <Show when=when>
            <div class="fields">{children()}</div>
        </Show>
    }
}

/// An `<input>` for a number typed in full (`inputmode` `numeric` for
/// whole numbers, `decimal` for amounts when `decimal`), read on `input`;
/// `min` and `max` where it has them.
#[component(transparent)]
pub fn NumberEntry(
    id: &'static str,
    testid: &'static str,
    #[prop(optional)] decimal: bool,
    #[prop(optional)] min: Option<&'static str>,
    #[prop(optional, into)] max: Option<String>,
    #[prop(into)] value: Signal<String>,
    on_input: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    let (kind, inputmode) = if decimal {
        ("text", "decimal")
    } else {
        ("number", "numeric")
    };
    view! {
        <input
            id=id
            type=kind
            inputmode=inputmode
            min=min
            max=max
            data-testid=testid
            prop:value=move || value.get()
            on:input=move |ev| on_input(event_target_value(&ev))
        />
    }
}

/// The page's "today" line: the day it answers for, said to be a what-if
/// day when it is one; the children follow the date.
#[component(transparent)]
pub fn TodayLine(
    what_if: impl Fn() -> bool + Send + Sync + 'static,
    today: impl Fn() -> NaiveDate + Send + Sync + 'static,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <p class="today" data-testid="today">
            {move || if what_if() { "按假设的今天查看：" } else { "今天（北京时间）：" }}
            {move || view! { <DateText date=today() testid="today-date" /> }}
            {children.map(|after| after())}
        </p>
    }
}

/// One radio button of the group `name` in its label (`class`, if any),
/// then its children: checked while `checked`, `on_choose` when picked.
#[component(transparent)]
fn Radio(
    #[prop(optional)] class: Option<&'static str>,
    name: &'static str,
    testid: String,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    on_choose: impl Fn() + Send + Sync + 'static,
    children: Children,
) -> impl IntoView {
    view! {
        <label class=class>
            <input type="radio" name=name data-testid=testid prop:checked=checked on:change=move |_| on_choose() />
            {children()}
        </label>
    }
}

/// A radio button for each of `options` in the group `name` (test ids
/// `name-code`), each label of `class` ending in `text` of its value.
#[component(transparent)]
pub fn Radios<T, V>(
    name: &'static str,
    class: &'static str,
    options: &'static [T],
    code: fn(T) -> &'static str,
    value: impl Fn() -> T + Copy + Send + Sync + 'static,
    on_change: impl Fn(T) + Copy + Send + Sync + 'static,
    text: fn(T) -> V,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
    V: IntoView + 'static,
{
    options
        .iter()
        .map(|&option| {
            view! {
                <Radio
                    class=class
                    name=name
                    testid=format!("{name}-{}", code(option))
                    checked=move || value() == option
                    on_choose=move || on_change(option)
                >
                    {text(option)}
                </Radio>
            }
        })
        .collect_view()
}

/// A yes/no question as two radio buttons (`name-yes`, `name-no`).
#[component(transparent)]
pub fn YesNo(
    name: &'static str,
    question: &'static str,
    value: impl Fn() -> Option<bool> + Copy + Send + Sync + 'static,
    on_change: impl Fn(bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let answer = move |answer: bool, code: &str, text: &'static str| {
        view! {
            <Radio
                name=name
                testid=format!("{name}-{code}")
                checked=move || value() == Some(answer)
                on_choose=move || on_change(answer)
            >
                {text}
            </Radio>
        }
    };
    view! {
        <fieldset class="yes-no">
            <legend>{question}</legend>
            {answer(true, "yes", "是")}
            {answer(false, "no", "否")}
        </fieldset>
    }
}

/// A `<select>` over an enum's values (each shown as `text`, its value
/// `code`), with an empty first choice `none`; its test id is its `id`.
#[component(transparent)]
pub fn Select<T>(
    #[prop(into)] id: String,
    label: &'static str,
    options: &'static [T],
    code: fn(T) -> &'static str,
    text: fn(T) -> &'static str,
    none: &'static str,
    value: impl Fn() -> Option<T> + Copy + Send + Sync + 'static,
    on_change: impl Fn(Option<T>) + Send + Sync + 'static,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id.clone()
                data-testid=id
                on:change=move |ev| {
                    let picked = event_target_value(&ev);
                    on_change(options.iter().copied().find(|o| code(*o) == picked));
                }
            >
                <option value="" selected=move || value().is_none()>{none}</option>
                {options.iter().map(|&o| {
                    view! { <option value=code(o) selected=move || value() == Some(o)>{text(o)}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// The page's input errors, each in plain Chinese, or nothing.
#[component(transparent)]
pub fn InputErrors(errors: impl Fn() -> Vec<String> + Send + Sync + 'static) -> impl IntoView {
    move || {
        let errors = errors();
        (!errors.is_empty()).then(|| {
            view! {
                <div class="notice notice--error notice--input" data-testid="input-error" role="alert">
                    {errors.into_iter().map(|e| view! { <p>{e}</p> }).collect_view()}
                </div>
            }
        })
    }
}

/// A card (`title` and `lead` as [`Card`] takes them, its id
/// `{prefix}-paste-title`) with a textarea (labelled `label`) to paste a
/// notice into and its 读取 button,
/// then what `read` made of it (its `preview`, handed the way to `save`
/// it) or why nothing was read, then how saving went: on success (`save`
/// answers what was saved and whether it replaced data) 已保存 …, and
/// that the `earlier` data are gone if they were, and the reading is put
/// away; a failure is said as 未保存：…. The test ids start with `prefix`:
/// `-paste`, `-parse`, `-paste-error`, `-paste-message`.
#[component(transparent)]
pub fn PasteCard<T, E, S, P>(
    prefix: &'static str,
    title: &'static str,
    lead: &'static str,
    label: &'static str,
    read: fn(&str) -> Result<T, E>,
    #[prop(into)] save: Callback<S, Result<(String, bool), String>>,
    earlier: &'static str,
    preview: P,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    E: std::fmt::Display + 'static,
    S: 'static,
    P: Fn(T, Callback<S>) -> AnyView + Send + Sync + 'static,
{
    // The pasted text as typed (the loader's carry-over sends `input` too).
    let text = RwSignal::new(String::new());
    let parsed = RwSignal::new(None::<Result<T, String>>);
    let message = RwSignal::new(None::<Result<String, String>>);
    let parse = move |_| {
        message.set(None);
        parsed.set(Some(
            text.with_untracked(|text| read(text))
                .map_err(|e| e.to_string()),
        ));
    };
    let on_save = Callback::new(move |value: S| {
        let saved = save.run(value);
        if saved.is_ok() {
            parsed.set(None);
        }
        message.set(Some(match saved {
            Ok((what, replaced)) => Ok(saved_text(what, replaced, earlier)),
            Err(e) => Err(format!("未保存：{e}")),
        }));
    });
    let id = format!("{prefix}-paste");
    view! {
        <Card id=format!("{prefix}-paste-title") title=title lead=lead>
            <div class="field">
                <label for=id.clone()>{label}</label>
                <textarea id=id.clone() class="paste" rows="6" data-testid=id
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            <div class="actions">
                <button type="button" class="button" data-testid=format!("{prefix}-parse") on:click=parse>"读取"</button>
            </div>
            {move || parsed.get().map(|result| match result {
                Err(e) => view! {
                    <p class="notice notice--error notice--input" role="alert" data-testid=format!("{prefix}-paste-error")>{e}</p>
                }.into_any(),
                Ok(read) => preview(read, on_save),
            })}
            <Message message=message testid=format!("{prefix}-paste-message") />
        </Card>
    }
}

/// The button that saves what a [`PasteCard`] read as `what`
/// (`{prefix}-paste-confirm`: 确认，保存为 `what`), disabled while
/// `disabled`.
#[component(transparent)]
pub fn SaveButton(
    prefix: &'static str,
    what: String,
    disabled: impl Fn() -> bool + Send + Sync + 'static,
    on_save: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="actions">
            <button
                type="button"
                class="button"
                data-testid=format!("{prefix}-paste-confirm")
                disabled=disabled
                on:click=move |_| on_save()
            >
                {format!("确认，保存为 {what}")}
            </button>
        </div>
    }
}

/// What a save says: 已保存 `what`, and that the `earlier` data it
/// `replaced` are gone.
fn saved_text(what: String, replaced: bool, earlier: &str) -> String {
    let replaced = if replaced {
        format!("；原有的{earlier}已替换")
    } else {
        String::new()
    };
    format!("已保存 {what}{replaced}")
}

/// A short outcome message: success as a status, failure as an alert.
#[component]
pub fn Message(
    message: RwSignal<Option<Result<String, String>>>,
    #[prop(into)] testid: String,
) -> impl IntoView {
    move || {
        let testid = testid.clone();
        message.get().map(|m| match m {
            Ok(text) => {
                view! { <p class="notice notice--ok" data-testid=testid role="status">{text}</p> }
                    .into_any()
            }
            Err(text) => {
                view! { <p class="notice notice--error" data-testid=testid role="alert">{text}</p> }
                    .into_any()
            }
        })
    }
}

/// A button that copies `text` and says honestly what happened
/// (`[data-testid="copy-result"]`, `data-ok`): 已复制 only when the browser
/// confirmed it; otherwise the text is shown, selected, to copy by hand
/// (长按全选复制). `copied` runs after a confirmed copy.
#[component]
pub fn CopyButton(
    #[prop(into)] text: Signal<String>,
    label: &'static str,
    testid: &'static str,
    #[prop(default = "button button--ghost")] class: &'static str,
    #[prop(optional)] copied: Option<Callback<()>>,
) -> impl IntoView {
    let result = RwSignal::new(None::<bool>);
    let shown = RwSignal::new(String::new());
    let fallback_id = format!("{testid}-fallback");
    let select_id = fallback_id.clone();
    let copy = move |_| {
        let value = text.get_untracked();
        shown.set(value.clone());
        result.set(None);
        let select_id = select_id.clone();
        crate::browser::copy_text(&value, move |ok| {
            // The answer comes later: the page may be gone by then.
            if result.try_set(Some(ok)).is_some() {
                return;
            }
            if ok {
                if let Some(copied) = copied {
                    copied.run(());
                }
            } else {
                // Once the text is drawn, select it for a long press.
                let _ =
                    crate::browser::after_ms(30, move || crate::browser::select_all_in(&select_id));
            }
        });
    };
    view! {
        <button type="button" class=class data-testid=testid on:click=copy>{label}</button>
        {move || result.get().map(|ok| if ok {
            view! { <p class="notice notice--ok copy-result" data-testid="copy-result" data-ok="true" role="status">"已复制到剪贴板。"</p> }.into_any()
        } else {
            let id = fallback_id.clone();
            view! {
                <div class="notice notice--warn copy-result" data-testid="copy-result" data-ok="false" role="status">
                    <p>"这个浏览器不允许自动复制。下面的文字已选中：请长按，选择「全选」后「复制」。"</p>
                    <label class="visually-hidden" for=id.clone()>"要复制的文字"</label>
                    <textarea id=id readonly rows="6" data-testid="copy-fallback">{move || shown.get()}</textarea>
                </div>
            }.into_any()
        })}
    }
}

/// Beside a print, download or calendar button: in an app's own browser
/// (WeChat, QQ, …) these often do nothing, so it says how to get out
/// (open the page in the system browser) and how to move the text (send it
/// to oneself, 文件传输助手), and that data kept here stays here.
#[component]
pub fn InAppGuide(what: &'static str) -> impl IntoView {
    let state = expect_context::<crate::state::AppState>();
    state.in_app.map(|app| {
        let name = app.name;
        view! {
            <div class="notice notice--warn inapp-guide no-print" data-testid="inapp-guide" role="note">
                <p>{format!("你正在{name}内置浏览器中打开本页，{what}可能没有反应，也不会提示失败。")}</p>
                <p>{format!("可以点右上角「···」→「在浏览器打开」，用手机自带的浏览器{what}；或者用本页的「复制」把文字发给自己（{name}的「文件传输助手」），在电脑上粘贴。")}</p>
                <p>{format!("注意：在{name}里保存的数据只留在{name}的浏览器中（退出登录可能被清除），换到别的浏览器前，请先在单位总览「导出全部数据」并复制备份文字，在那边「从文字导入」。")}</p>
            </div>
        }
    })
}
