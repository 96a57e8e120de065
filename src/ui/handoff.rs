//! Handoff links (issue 21), the sending side: one send button and the
//! link it makes, shared by 资格自查 (`send-to-unit`) and 单位总览
//! (`send-list`). The link is the absolute address of this site's
//! workspace page with the data in its fragment ([`handoff::encode`]).

use leptos::prelude::*;

use super::widgets::{CopyButton, InAppGuide};
use crate::browser;
use crate::state::AppState;
use crate::store::handoff::{self, Handoff, PRIVACY_NOTE};
use crate::store::Stored;

/// The longest link drawn as a QR code, in characters: above it the code
/// is too dense for a phone's camera to read from another phone's screen.
pub const QR_MAX_CHARS: usize = 2000;

/// The page a handoff link opens: the unit's or bureau's list.
const RECEIVING_PAGE: &str = "?page=workspace";

/// A send button (`testid`) and, once pressed, the link it made
/// ([`HandoffLink`]); `make` builds what is sent from the stored document
/// for the round shown (its year), or says why nothing can be
/// (`{testid}-error`). Once shown, the link follows the stored data: an
/// answer changed after pressing (here or in another tab) is in the link
/// at once, so a link copied later never carries the old answers.
#[component]
pub fn SendButton(
    testid: &'static str,
    label: &'static str,
    make: fn(&Stored, i32) -> Result<Handoff, String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let pressed = RwSignal::new(false);
    let made = Memo::new(move |_| {
        pressed
            .get()
            .then(|| state.stored.with(|s| make(s, state.shown_year_untracked())))
    });
    let send = move |_| pressed.set(true);
    view! {
        <button type="button" class="button" data-testid=testid on:click=send>{label}</button>
        {move || made.get().map(|m| match m {
            Err(e) => view! {
                <p class="field-error" role="alert" data-testid=format!("{testid}-error")>{e}</p>
            }.into_any(),
            Ok(h) => view! { <HandoffLink handoff=h /> }.into_any(),
        })}
    }
}

/// The link for `handoff`: what it contains and who can read it, the full
/// address in a read-only field (`handoff-link`) with the honest copy, the
/// 「发到微信」 hint and the in-app guide, and its QR code
/// (`handoff-qr`, or `handoff-qr-too-long`).
#[component]
pub fn HandoffLink(handoff: Handoff) -> impl IntoView {
    let link = browser::site_address(RECEIVING_PAGE, &handoff::encode(&handoff));
    let contents = handoff.contents();
    let chars = link.chars().count();
    let qr = qr_svg(&link);
    let text = Signal::stored(link.clone());
    view! {
        <div class="handoff-link" data-testid="handoff-send">
            <p data-testid="handoff-contents">{format!("链接内容：{contents}。")}</p>
            <p class="notice notice--warn" role="note" data-testid="handoff-privacy">{PRIVACY_NOTE}</p>
            <label for="handoff-link-text">{format!("转交链接（{chars} 个字符）")}</label>
            <input id="handoff-link-text" class="handoff-link__text" type="text" readonly
                data-testid="handoff-link" data-chars=chars.to_string() prop:value=link.clone()
                on:focus=move |_| browser::select_all_in("handoff-link-text") />
            <div class="actions">
                <CopyButton text=text label="复制链接" testid="copy-handoff" class="button" />
            </div>
            <p class="hint" data-testid="handoff-wechat-hint">
                "发到微信：复制链接后在微信里粘贴发给对方（单位人事或市局），对方点开链接即可预览，确认后才会保存。"
            </p>
            <InAppGuide what="复制" />
            {match qr {
                Some((size, path)) => view! {
                    <figure class="handoff-qr">
                        <svg data-testid="handoff-qr" data-modules=size.to_string() viewBox=format!("0 0 {size} {size}")
                            role="img" aria-label="转交链接的二维码" shape-rendering="crispEdges">
                            <rect width=size.to_string() height=size.to_string() fill="#fff" />
                            <path d=path fill="#000" />
                        </svg>
                        <figcaption class="hint">"当面转交：对方用手机扫码打开同一链接。"</figcaption>
                    </figure>
                }.into_any(),
                None => view! {
                    <p class="notice" role="note" data-testid="handoff-qr-too-long">
                        {format!("链接有 {chars} 个字符，超过 {QR_MAX_CHARS} 个，二维码太密无法可靠扫描：请用上面的链接发送。")}
                    </p>
                }.into_any(),
            }}
        </div>
    }
}

/// The QR code of `text` as an SVG path (`size` modules square, quiet zone
/// included), or `None` when `text` is longer than [`QR_MAX_CHARS`].
/// The encoding is `qrcodegen`'s; this only draws its dark modules, one
/// `h1v1` square each.
fn qr_svg(text: &str) -> Option<(usize, String)> {
    use qrcodegen::{QrCode, QrCodeEcc};
    const BORDER: i32 = 4;
    if text.chars().count() > QR_MAX_CHARS {
        return None;
    }
    let code = QrCode::encode_text(text, QrCodeEcc::Low).ok()?;
    let n = code.size();
    let mut path = String::new();
    for y in 0..n {
        for x in 0..n {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + BORDER, y + BORDER));
            }
        }
    }
    Some(((n + 2 * BORDER) as usize, path))
}
