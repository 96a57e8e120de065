//! 发给市局 on 单位总览: the unit's list as one handoff link.

use leptos::prelude::*;

use crate::store::handoff::Handoff;
use crate::store::Stored;
use crate::ui::handoff::SendButton;

/// 发给市局: the unit's list as one link for the city bureau or the
/// competent department.
#[component]
pub(super) fn SendListCard() -> impl IntoView {
    view! {
        <section class="card no-print" aria-labelledby="send-list-title">
            <h2 id="send-list-title" class="card__title">"发给市局或主管部门"</h2>
            <p class="card__lead">"把本单位的名单（材料文书中选中的申报人，未选则全部）做成一个链接，发给市市场监管局或主管部门汇总附件5；每人带上所在单位。"</p>
            <SendButton testid="send-list" label="生成名单链接" make=unit_list_link />
        </section>
    }
}

/// The unit's list for the round `year`
/// ([`Handoff::unit_list`](crate::store::handoff::Handoff::unit_list)):
/// not without the unit's name (the bureau tells the units' lists apart
/// by it) nor without applicants.
fn unit_list_link(stored: &Stored, year: i32) -> Result<Handoff, String> {
    if stored.unit_name().trim().is_empty() {
        return Err(
            "请先在「材料文书」填写单位名称（与公章一致）：市局按单位名称区分各单位的名单。"
                .to_string(),
        );
    }
    if stored.applicants.is_empty() {
        return Err("名单中还没有申报人。".to_string());
    }
    Ok(Handoff::unit_list(stored, year))
}
