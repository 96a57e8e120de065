//! 质监职称申报助手 — the app: the rules of Liaoning's quality-technical-
//! supervision title evaluation, shown in the browser.
//!
//! The house:
//! - [`domain`] and [`store`]: the rules and the stored document, the crate
//!   `pingshen` (`crates/pingshen/`): pure, built and tested natively,
//!   re-exported here so the app reads `crate::domain` and `crate::store`;
//! - `browser` (wasm32 only): the only code that touches browser APIs —
//!   storage, the address bar, the clock, downloads, the storage event;
//! - `app` and `ui` (wasm32 only): the state, routing and header, and the
//!   pages, which read state, call the domain and render.

pub use pingshen::{domain, store};

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;
