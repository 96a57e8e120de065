#!/usr/bin/env bash
# Installs whatever is missing, then runs every test: formatting, lints and docs,
# the domain core (native cargo test), the storage wrapper in headless
# Chromium (wasm-bindgen-test), a release build with its size report, and
# the end-to-end tests in Chromium (node --test + playwright-core).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
start=$(date +%s)

step "format and lints"
cargo fmt --all --check
cargo clippy --locked --workspace --all-targets -- -D warnings
cargo clippy --locked --workspace --target wasm32-unknown-unknown --all-targets -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --locked --workspace
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --locked --workspace --target wasm32-unknown-unknown

step "the rules crate and the app's native checks (cargo test, the workspace)"
cargo test --locked --workspace

step "storage and address-bar wrappers in headless Chromium (wasm-bindgen-test)"
cargo test --locked --target wasm32-unknown-unknown --test browser_storage --test browser_query --test browser_fragment

step "release build"
trunk build --release --dist target/site
node scripts/size-report.mjs target/site

step "end-to-end in Chromium"
SITE_DIR=target/site node --test --test-concurrency=1 tests/e2e/

echo "test command wall time: $(( $(date +%s) - start )) s"
