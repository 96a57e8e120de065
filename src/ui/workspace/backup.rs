//! 备份与恢复 on 单位总览: export everything, import it back.

use leptos::prelude::*;

use crate::browser;
use crate::domain::dates;
use crate::state::AppState;
use crate::store::transfer::{self, ImportMode, ImportPreview};
use crate::store::{BackupWay, Stored};
use crate::ui::widgets::{CopyButton, InAppGuide, Message};

#[component]
pub(super) fn BackupCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let message = RwSignal::new(None::<Result<String, String>>);
    let pending = RwSignal::new(None::<(Stored, ImportPreview, ImportPreview)>);
    let mode = RwSignal::new(ImportMode::Merge);
    // The export as text: shown once asked for, for browsers that drop
    // downloads (and to send by message); copying it counts as a backup.
    let export_text = RwSignal::new(None::<String>);
    let export = move |_| {
        let now = crate::browser::clock::now();
        let text = state.stored.with_untracked(|s| transfer::export(s, now));
        let name = format!(
            "质监职称助手备份-{}.json",
            dates::compact(state.today.get_untracked())
        );
        export_text.set(Some(text.clone()));
        match browser::download_text(&name, "application/json;charset=utf-8", &text) {
            Err(e) => message.set(Some(Err(e))),
            // An app's own browser drops downloads without a word: only a
            // browser that saves files counts the file as a backup.
            Ok(()) if state.in_app.is_none() => {
                message.set(None);
                let today = crate::browser::clock::china_today();
                state.persist(|s| s.mark_backup(today, BackupWay::File));
            }
            Ok(()) => message.set(None),
        }
    };
    let copied = Callback::new(move |()| {
        let today = crate::browser::clock::china_today();
        state.persist(|s| s.mark_backup(today, BackupWay::Text));
    });
    // A file or pasted text: one reading, the same checks and preview.
    // A file is read after the event: the page may be gone by then, so the
    // page's signals are set with `try_`.
    let read_import = move |result: Result<String, String>| match result {
        Err(e) => {
            message.try_set(Some(Err(e)));
        }
        Ok(text) => match transfer::parse_import(&text) {
            Err(e) => {
                message.try_set(Some(Err(format!("未导入：{e}"))));
            }
            Ok(mut incoming) => {
                // A schema-1 backup is upgraded as a stored one is.
                incoming.assign_rounds(crate::browser::clock::china_today());
                let (merge, replace) = state.stored.with_untracked(|current| {
                    (
                        transfer::preview(current, &incoming, ImportMode::Merge),
                        transfer::preview(current, &incoming, ImportMode::Replace),
                    )
                });
                message.try_set(None);
                pending.try_set(Some((incoming, merge, replace)));
            }
        },
    };
    let on_file = move |ev: leptos::ev::Event| {
        pending.set(None);
        browser::read_file_input(&ev, transfer::MAX_IMPORT_BYTES, read_import);
    };
    let pasted = RwSignal::new(String::new());
    let read_pasted = move |_| {
        pending.set(None);
        read_import(Ok(pasted.get_untracked()));
    };
    let status = move || {
        let today = state.today.get();
        let persisted = state.persisted.get();
        state
            .stored
            .with(|s| s.backup_status(today, persisted, state.clearing_browser))
    };
    let confirm = move |_| {
        if let Some((incoming, _, _)) = pending.get_untracked() {
            let m = mode.get_untracked();
            let result = state
                .stored
                .with_untracked(|current| transfer::apply(current, incoming, m));
            state.persist(|s| *s = result.clone());
            pending.set(None);
            message.set(Some(Ok("已导入".into())));
        }
    };
    view! {
        <section class="card no-print" aria-labelledby="backup-title">
            <h2 id="backup-title" class="card__title">"备份与恢复"</h2>
            <p class="card__lead">"导出为一个 JSON 文件，同时显示为文字（含全部申报人、年度和节假日数据），可复制后发给自己保存；导入（文件或粘贴的文字）前会完整检查，并先显示将要发生的变化。"</p>
            {move || {
                let status = status();
                view! {
                    <div class="backup-status" data-testid="backup-status" data-last=status.last.map(|(on, _)| on.to_string())>
                        <p>
                            {match status.last {
                                None => "上次备份：从未备份".to_string(),
                                Some((on, way)) => format!(
                                    "上次备份：{}（{}）",
                                    dates::long_zh(on),
                                    match way { BackupWay::File => "导出文件", BackupWay::Text => "复制文字" }
                                ),
                            }}
                            {format!("；此后改动的申报人：{} 人", status.changed)}
                            {match state.persisted.get() {
                                Some(true) => "；浏览器已承诺保留本站数据。",
                                Some(false) => "；浏览器未承诺保留本站数据。",
                                None => "。",
                            }}
                        </p>
                        {status.warnings.into_iter().map(|w| view! { <p class="notice notice--warn" role="note" data-testid="backup-warning">{w}</p> }).collect_view()}
                    </div>
                }
            }}
            <button type="button" class="button" data-testid="export" on:click=export>"导出全部数据"</button>
            <InAppGuide what="下载文件" />
            {move || export_text.get().map(|text| view! {
                <div class="field">
                    <label for="export-text">"备份文字（复制后发给自己保存，换设备或浏览器时「从文字导入」）"</label>
                    <textarea id="export-text" readonly rows="6" data-testid="export-text">{text.clone()}</textarea>
                    <CopyButton text=text label="复制备份文字" testid="copy-export" copied=copied />
                </div>
            })}
            <div class="field">
                <label for="import-file">"导入备份文件"</label>
                <input id="import-file" type="file" accept=".json,application/json" data-testid="import-file" on:change=on_file />
            </div>
            <div class="field">
                <label for="import-text">"或粘贴备份文字"</label>
                <textarea id="import-text" rows="4" data-testid="import-text" prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <button type="button" class="button button--ghost" data-testid="import-text-read" on:click=read_pasted>"从文字导入"</button>
            </div>
            {move || pending.get().map(|(_, merge, replace)| {
                let describe = |p: &ImportPreview| format!(
                    "新增 {} 人，更新 {} 人，不变 {} 人，移除 {} 人",
                    p.added.len(), p.updated.len(), p.unchanged, p.removed.len()
                );
                view! {
                    <div class="import-preview" data-testid="import-preview">
                        <fieldset class="choice-list">
                            <legend>"导入方式"</legend>
                            <label class="choice">
                                <input type="radio" name="import-mode" data-testid="mode-merge" prop:checked=move || mode.get() == ImportMode::Merge on:change=move |_| mode.set(ImportMode::Merge) />
                                <span class="choice__text"><strong>"合并（按申报人合并，保留本机已有）"</strong><small>{describe(&merge)}</small></span>
                            </label>
                            <label class="choice">
                                <input type="radio" name="import-mode" data-testid="mode-replace" prop:checked=move || mode.get() == ImportMode::Replace on:change=move |_| mode.set(ImportMode::Replace) />
                                <span class="choice__text"><strong>"替换（本机数据全部换成文件中的）"</strong><small>{describe(&replace)}</small></span>
                            </label>
                        </fieldset>
                        <div class="actions">
                            <button type="button" class="button" data-testid="import-confirm" on:click=confirm>"确认导入"</button>
                            <button type="button" class="button button--ghost" on:click=move |_| pending.set(None)>"取消"</button>
                        </div>
                    </div>
                }
            })}
            <Message message=message testid="import-message" />
        </section>
    }
}
