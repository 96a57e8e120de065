//! 质监职称申报助手 — the rules of Liaoning's 2024 quality-technical-supervision
//! title evaluation notice, worked out in the browser.
//!
//! The domain core (`calendar`, `publicity`, `request`, `storage`, `dates`)
//! uses no browser types and is tested with plain `cargo test`. The user
//! interface (`ui`) and the browser glue (`browser`) exist only for wasm32.

pub mod calendar;
pub mod dates;
pub mod decimal;
pub mod documents;
pub mod domain;
pub mod eligibility;
pub mod ics;
pub mod json;
pub mod notice;
pub mod pages;
pub mod publicity;
pub mod request;
pub mod sorted;
pub mod storage;
pub mod text;
pub mod timeline;
pub mod workspace;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
