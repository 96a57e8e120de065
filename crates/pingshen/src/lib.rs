//! 质监职称申报助手的规则与存储文档 — the rules of Liaoning's quality-technical-
//! supervision title evaluation and the document a browser stores, pure:
//! no browser types, "today" always an argument, built and tested with plain
//! `cargo test`. The app (the repository's root package) shows them.
//!
//! - [`domain`]: the rules, one concept per file; the entry points readers
//!   look for first are [`domain::rounds::Rounds::in_force`] and
//!   [`domain::publicity::period_from_posting`];
//! - [`store`]: the stored document — its types, schema, validation on load
//!   and on import alike, export and import files, hand-off links.

#![deny(missing_docs, unreachable_pub)]

pub mod domain;
pub mod store;
