//! 质监职称申报助手 — the rules of Liaoning's quality-technical-supervision
//! title evaluation, worked out in the browser.
//!
//! The house:
//! - [`domain`]: the rules, pure (no browser types; "today" is always an
//!   argument), tested with plain `cargo test`;
//! - [`store`]: the stored document — its types, schema, validation on load
//!   and on import alike, export and import files;
//! - `browser` (wasm32 only): the only code that touches browser APIs —
//!   storage, the address bar, the clock, downloads, the storage event;
//! - `app` and `ui` (wasm32 only): the state, routing and header, and the
//!   pages, which read state, call the domain and render.

#[deny(missing_docs, unreachable_pub)]
pub mod domain;
#[deny(missing_docs, unreachable_pub)]
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
