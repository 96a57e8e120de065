//! The app: one binary for every page. It only mounts; `app::mount` shows the
//! page the address names and switches pages without a page load.

fn main() {
    #[cfg(target_arch = "wasm32")]
    pingshen_app::app::mount();
}
