//! The years page's binary: only this page's code is linked in, so its first
//! load stays within the size budget (see `ui::mount`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    pingshen::ui::mount(pingshen::ui::Page::Years, pingshen::ui::Years);
}
