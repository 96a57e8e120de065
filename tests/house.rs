//! What Cargo cannot say about the house. Cargo holds the layering between
//! crates: the rules and the stored document (`crates/pingshen`) depend on
//! pure crates only, and the app (this package) on them. Left here:
//! - inside the rules crate, the domain does not reach up to the store;
//! - in the app, `src/ui/`, `src/app.rs` and `src/state.rs` use browser APIs
//!   (the DOM through Leptos included) only through `src/browser/`;
//! - no path climbs two modules (`super::super`);
//! - the clock is read in one place (`src/browser/clock.rs`), ids and backup
//!   keys included;
//! - the app compiles one sort and one JSON reader (bytes, see each test).

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// Every line of code (not comments) in `folder` that names one of `banned`.
fn offending(folder: &str, banned: &[&str]) -> Vec<String> {
    offending_where(folder, |code| banned.iter().any(|name| code.contains(name)))
}

/// Every line of code (not comments) in `folder` (a folder or one file)
/// for which `offends` holds.
fn offending_where(folder: &str, offends: impl Fn(&str) -> bool) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let files = if root.is_dir() {
        rust_files(&root)
    } else {
        vec![root]
    };
    assert!(!files.is_empty(), "{folder} has no Rust files");
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if !code.starts_with("//") && offends(code) {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    found
}

/// Whether `code` names `word` as a whole identifier (`store`, not `stored`).
fn names_word(code: &str, word: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    code.match_indices(word).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = code[at + word.len()..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

/// Inside the rules crate the domain does not reach up to the stored
/// document (Cargo cannot say this: one crate). Any path to it counts: the
/// domain's code never names `store` at all, so `crate::store::X`, a
/// grouped `use crate::{store::X}` and `super::super::store` are all
/// caught.
#[test]
fn the_domain_does_not_reach_up_to_the_store() {
    let found = offending_where("crates/pingshen/src/domain", |code| {
        names_word(code, "store")
    });
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Module paths say where they go: `crate::…`, never `super::super::…`,
/// which hides from a reader (and from a check like the one above) which
/// module is reached.
#[test]
fn paths_never_climb_two_modules() {
    let mut found = Vec::new();
    for folder in ["crates/pingshen/src", "src"] {
        found.extend(offending(folder, &["super::super"]));
    }
    assert!(
        found.is_empty(),
        "write crate::… instead:\n{}",
        found.join("\n")
    );
}

/// The rules crate's manifest names no browser crate (Cargo then keeps them
/// out of its code: it would not compile).
#[test]
fn the_rules_crate_depends_on_pure_crates_only() {
    let manifest = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/pingshen/Cargo.toml"),
    )
    .unwrap();
    let found: Vec<&str> = manifest
        .lines()
        .filter(|line| {
            let line = line.trim_start();
            ["leptos", "web-sys", "js-sys", "wasm-bindgen", "gloo"]
                .iter()
                .any(|name| line.starts_with(name))
        })
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn only_the_browser_folder_touches_browser_apis() {
    let mut found = Vec::new();
    for folder in ["src/ui", "src/app.rs", "src/state.rs", "src/main.rs"] {
        found.extend(offending(
            folder,
            &[
                "web_sys",
                "js_sys",
                "gloo",
                "wasm_bindgen",
                // The DOM through Leptos: an element's own state (a
                // NodeRef's value), the window, the document and the
                // browser's timers are read in src/browser/ too.
                "NodeRef",
                "node_ref",
                "window()",
                "document()",
                "request_animation_frame",
                "set_timeout",
                "set_interval",
            ],
        ));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_clock_is_read_in_one_place() {
    let mut found = Vec::new();
    // Everything but src/browser/clock.rs: ids and backup keys included.
    let clock = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/browser/clock.rs");
    for folder in ["crates/pingshen/src", "src"] {
        found.extend(
            offending(
                folder,
                &["Utc::now", "Local::now", "Date::now", "SystemTime"],
            )
            .into_iter()
            .filter(|place| !place.starts_with(&clock.display().to_string())),
        );
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The checks above would pass on an empty folder; they read real code.
#[test]
fn the_checks_see_the_code() {
    assert!(!offending("src/browser", &["web_sys"]).is_empty());
    assert!(!offending("crates/pingshen/src/store", &["serde"]).is_empty());
    assert!(!offending("src/browser/clock.rs", &["Utc::now"]).is_empty());
    assert!(names_word("use crate::{store::Stored};", "store"));
    assert!(names_word("use super::super::store;", "store"));
    assert!(!names_word("let stored = restore(x);", "store"));
}

/// Every line of the app's code (not comments, not test modules: from the
/// first `#[cfg(test)]` or `#[cfg(all(test, …))]` of a file on) in `src/`
/// that names one of `banned`, but in the files `allowed`.
fn offending_app_code(banned: &[&str], allowed: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = [root.join("src"), root.join("crates/pingshen/src")]
        .iter()
        .flat_map(|dir| rust_files(dir))
        .collect::<Vec<_>>();
    for file in files {
        if allowed.iter().any(|a| file.ends_with(a)) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("#[cfg(test)]") || code.starts_with("#[cfg(all(test,") {
                break;
            }
            if !code.starts_with("//") && banned.iter().any(|b| code.contains(b)) {
                found.push(format!("{}:{}: {}", file.display(), n + 1, code));
            }
        }
    }
    found
}

/// The app's code sorts through `domain::order` (one compiled sort): each
/// `slice::sort*` call with a new element type or comparison adds a copy of
/// the standard sort to the wasm (about 3.5 KB; nine copies were 6.9 KB
/// brotli). Test modules may sort as they like.
#[test]
fn the_app_sorts_in_one_place() {
    let found = offending_app_code(
        &[
            ".sort(",
            ".sort_by(",
            ".sort_by_key(",
            ".sort_unstable",
            ".sort_by_cached_key(",
        ],
        &["src/domain/order.rs"],
    );
    assert!(
        found.is_empty(),
        "sort with domain::order:\n{}",
        found.join("\n")
    );
}

/// The app reads JSON with `serde_json::from_slice` only: `from_str` and
/// `from_slice` are two readers, and every type read by both compiled
/// twice (the handoff payload's applicants and records, read from bytes,
/// were also read from text by the stored document and the import: 2.0 KB
/// brotli). For a `&str` the two give the same values and errors.
#[test]
fn the_app_reads_json_one_way() {
    let found = offending_app_code(&["serde_json::from_str", "serde_json::from_reader"], &[]);
    assert!(
        found.is_empty(),
        "use serde_json::from_slice(text.as_bytes()):\n{}",
        found.join("\n")
    );
}
