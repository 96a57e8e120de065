//! 往届申报人 on 单位总览: who passed in an earlier round.

use leptos::prelude::*;

use crate::state::AppState;

/// Applicants who passed in an earlier round, read-only with their history.
#[component]
pub(super) fn PastApplicants() -> impl IntoView {
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
