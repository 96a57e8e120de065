//! Small pieces shared by the pages.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::dates;

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

/// A yes/no question as two radio buttons.
pub fn yes_no(
    name: &'static str,
    question: &'static str,
    get: impl Fn() -> Option<bool> + Copy + Send + Sync + 'static,
    set: impl Fn(bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <fieldset class="yes-no">
            <legend>{question}</legend>
            <label><input type="radio" name=name data-testid=format!("{name}-yes") prop:checked=move || get() == Some(true) on:change=move |_| set(true) />"是"</label>
            <label><input type="radio" name=name data-testid=format!("{name}-no") prop:checked=move || get() == Some(false) on:change=move |_| set(false) />"否"</label>
        </fieldset>
    }
}

/// A `<select>` over an enum's values, with an empty first choice.
#[allow(clippy::too_many_arguments)]
pub fn select<T: Copy + PartialEq + Send + Sync + 'static>(
    id: &'static str,
    label: &'static str,
    options: &'static [T],
    code: fn(T) -> &'static str,
    text: fn(T) -> &'static str,
    none: &'static str,
    get: impl Fn() -> Option<T> + Copy + Send + Sync + 'static,
    set: impl Fn(Option<T>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select
                id=id
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

/// A short outcome message: success as a status, failure as an alert.
#[component]
pub fn Message(
    message: RwSignal<Option<Result<String, String>>>,
    testid: &'static str,
) -> impl IntoView {
    move || {
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
