//! Small pieces shared by the pages.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::dates;

/// A card: a section named by its title (`id` is the title's), with an
/// optional lead paragraph before its content; `class` replaces `card`
/// (e.g. `card result`).
#[component]
pub fn Card(
    id: &'static str,
    title: &'static str,
    #[prop(optional)] lead: Option<&'static str>,
    #[prop(default = "card")] class: &'static str,
    #[prop(optional)] testid: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <section class=class aria-labelledby=id data-testid=testid>
            <h2 id=id class="card__title">{title}</h2>
            {lead.map(|lead| view! { <p class="card__lead">{lead}</p> })}
            {children()}
        </section>
    }
}

/// A note that warns (`notice--warn`, role `note`).
pub fn warning(testid: &'static str, text: impl IntoView + 'static) -> impl IntoView {
    view! { <p class="notice notice--warn" data-testid=testid role="note">{text}</p> }
}

/// The badge a round's dates carry: 预计 for a projected round (no notice for
/// the year yet), 自行填写，非官方 for the user's own entry of the year's notice
/// (stated, not projected), none for a shipped notice.
pub fn round_badge(
    kind: crate::domain::rounds::RoundKind,
    testid: &'static str,
) -> Option<impl IntoView> {
    use crate::domain::rounds::RoundKind;
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

/// A field: its label, then what it asks (the input, and any hint or error
/// after it). `class` is `field` with any modifier, e.g. `field field--narrow`.
pub fn field(
    class: &'static str,
    id: impl Into<String>,
    label: impl IntoView + 'static,
    body: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <div class=class>
            <label for=id.into()>{label}</label>
            {body}
        </div>
    }
}

/// An `<input>` of `kind` showing `text`; every edit goes to `set`, on
/// `input` and on `change` (which is all some date pickers send). A
/// `bounded` date offers only the supported years.
pub fn entry(
    kind: &'static str,
    id: impl Into<String>,
    testid: impl Into<String>,
    bounded: bool,
    text: impl Fn() -> String + Send + Sync + 'static,
    set: impl Fn(String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let (min, max) = bounded.then(dates::input_bounds).unzip();
    view! {
        <input
            id=id.into()
            type=kind
            min=min
            max=max
            data-testid=testid.into()
            prop:value=text
            on:input=move |ev| set(event_target_value(&ev))
            on:change=move |ev| set(event_target_value(&ev))
        />
    }
}

/// A date field's input bound to `text`, its test id its `id`.
pub fn date_entry(id: &'static str, text: RwSignal<String>) -> impl IntoView {
    entry(
        "date",
        id,
        id,
        false,
        move || text.get(),
        move |t| text.set(t),
    )
}

/// A problem with the field `field`, said next to it.
pub fn field_error(field: &'static str, message: String) -> impl IntoView {
    view! { <p class="field-error" data-testid="field-error" data-field=field role="alert">{message}</p> }
}

/// An `<input>` for a number typed in full (`inputmode`: `numeric` for
/// whole numbers, `decimal` for amounts), read on `input`; `range` is its
/// `min` and `max` where it has them.
pub fn number_entry(
    inputmode: &'static str,
    id: &'static str,
    testid: &'static str,
    range: Option<(&'static str, String)>,
    text: impl Fn() -> String + Send + Sync + 'static,
    set: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    let (min, max) = range.unzip();
    let kind = if inputmode == "numeric" {
        "number"
    } else {
        "text"
    };
    view! {
        <input
            id=id
            type=kind
            inputmode=inputmode
            min=min
            max=max
            data-testid=testid
            prop:value=text
            on:input=move |ev| set(event_target_value(&ev))
        />
    }
}

/// The page's "today" line: the day it answers for, said to be a what-if
/// day when it is one; `after` follows the date.
pub fn today_line(
    what_if: impl Fn() -> bool + Send + Sync + 'static,
    today: impl Fn() -> NaiveDate + Send + Sync + 'static,
    after: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <p class="today" data-testid="today">
            {move || if what_if() { "按假设的今天查看：" } else { "今天（北京时间）：" }}
            {move || view! { <DateText date=today() testid="today-date" /> }}
            {after}
        </p>
    }
}

/// One radio button of the group `name` in its label (`class`, if any),
/// then `text`: checked while `checked`, `choose` when picked.
pub fn radio(
    class: Option<&'static str>,
    name: &'static str,
    testid: String,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    choose: impl Fn() + Send + Sync + 'static,
    text: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <label class=class>
            <input type="radio" name=name data-testid=testid prop:checked=checked on:change=move |_| choose() />
            {text}
        </label>
    }
}

/// A radio button for each `(value, code)` of `options` in the group
/// `name` (test ids `name-code`), each label of `class` ending in `text`.
pub fn radios<T: Copy + PartialEq + Send + Sync + 'static, V: IntoView + 'static>(
    name: &'static str,
    class: &'static str,
    options: impl IntoIterator<Item = (T, &'static str)>,
    get: impl Fn() -> T + Copy + Send + Sync + 'static,
    set: impl Fn(T) + Copy + Send + Sync + 'static,
    text: impl Fn(T) -> V,
) -> impl IntoView {
    options
        .into_iter()
        .map(|(value, code)| {
            let checked = move || get() == value;
            radio(
                Some(class),
                name,
                format!("{name}-{code}"),
                checked,
                move || set(value),
                text(value),
            )
        })
        .collect_view()
}

/// A yes/no question as two radio buttons.
pub fn yes_no(
    name: &'static str,
    question: &'static str,
    get: impl Fn() -> Option<bool> + Copy + Send + Sync + 'static,
    set: impl Fn(bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let answer = move |value: bool, code: &str, text: &'static str| {
        radio(
            None,
            name,
            format!("{name}-{code}"),
            move || get() == Some(value),
            move || set(value),
            text,
        )
    };
    view! {
        <fieldset class="yes-no">
            <legend>{question}</legend>
            {answer(true, "yes", "是")}
            {answer(false, "no", "否")}
        </fieldset>
    }
}

/// A `<select>` over an enum's values, with an empty first choice.
#[allow(clippy::too_many_arguments)]
pub fn select<T: Copy + PartialEq + Send + Sync + 'static>(
    id: impl Into<String>,
    label: &'static str,
    options: &'static [T],
    code: fn(T) -> &'static str,
    text: fn(T) -> &'static str,
    none: &'static str,
    get: impl Fn() -> Option<T> + Copy + Send + Sync + 'static,
    set: impl Fn(Option<T>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let id: String = id.into();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id.clone()
                data-testid=id
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    set(options.iter().copied().find(|o| code(*o) == value));
                }
            >
                <option value="" selected=move || get().is_none()>{none}</option>
                {options.iter().map(|o| {
                    let o = *o;
                    view! { <option value=code(o) selected=move || get() == Some(o)>{text(o)}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// The page's input errors, each in plain Chinese, or nothing.
pub fn input_errors(errors: impl Fn() -> Vec<String> + Send + Sync + 'static) -> impl IntoView {
    move || {
        let errors = errors();
        (!errors.is_empty()).then(|| {
            view! {
                <div class="notice notice--error" data-testid="input-error" role="alert">
                    {errors.into_iter().map(|e| view! { <p>{e}</p> }).collect_view()}
                </div>
            }
        })
    }
}

/// A card (`(id, title, lead)` as [`Card`] takes them) with a textarea to
/// paste a notice into and its 读取 button, then what was
/// read (its `preview`, handed the way to `save` it) or why nothing was,
/// then how saving went: on success the reading is put away, a failure is
/// said as 未保存：…. The test ids start with `prefix`: `-paste`, `-parse`,
/// `-paste-error`, `-paste-message`.
pub fn paste_card<T, E, S>(
    prefix: &'static str,
    (title_id, title, lead): (&'static str, &'static str, &'static str),
    label: &'static str,
    read: fn(&str) -> Result<T, E>,
    save: impl Fn(S) -> Result<String, String> + Send + Sync + 'static,
    preview: impl Fn(T, Callback<S>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    E: std::fmt::Display + 'static,
    S: 'static,
{
    let input = NodeRef::<leptos::html::Textarea>::new();
    let parsed = RwSignal::new(None::<Result<T, String>>);
    let message = RwSignal::new(None::<Result<String, String>>);
    let parse = move |_| {
        let text = input.get_untracked().map(|t| t.value()).unwrap_or_default();
        message.set(None);
        parsed.set(Some(read(&text).map_err(|e| e.to_string())));
    };
    let on_save = Callback::new(move |value: S| {
        let saved = save(value);
        if saved.is_ok() {
            parsed.set(None);
        }
        message.set(Some(saved.map_err(|e| format!("未保存：{e}"))));
    });
    let id = format!("{prefix}-paste");
    view! {
        <Card id=title_id title=title lead=lead>
            <div class="field">
                <label for=id.clone()>{label}</label>
                <textarea id=id.clone() class="paste" rows="6" data-testid=id node_ref=input></textarea>
            </div>
            <div class="actions">
                <button type="button" class="button" data-testid=format!("{prefix}-parse") on:click=parse>"读取"</button>
            </div>
            {move || parsed.get().map(|result| match result {
                Err(e) => view! {
                    <p class="notice notice--error" role="alert" data-testid=format!("{prefix}-paste-error")>{e}</p>
                }.into_any(),
                Ok(read) => preview(read, on_save),
            })}
            <Message message=message testid=format!("{prefix}-paste-message") />
        </Card>
    }
}

/// The button that saves what a [`paste_card`] read
/// (`{prefix}-paste-confirm`), disabled while `disabled`.
pub fn save_button(
    prefix: &'static str,
    text: String,
    disabled: impl Fn() -> bool + Send + Sync + 'static,
    save: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="actions">
            <button
                type="button"
                class="button"
                data-testid=format!("{prefix}-paste-confirm")
                disabled=disabled
                on:click=move |_| save()
            >
                {text}
            </button>
        </div>
    }
}

/// What a save says: 已保存 `what`, and that the `earlier` data it
/// `replaced` are gone.
pub fn saved_text(what: String, replaced: bool, earlier: &str) -> String {
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
