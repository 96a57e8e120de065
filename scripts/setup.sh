#!/usr/bin/env bash
# Installs whatever is missing to build (and, with --test, to test) the app.
# Idempotent: when everything is present it only checks versions (seconds).
# Everything comes from the registries (crates.io, npm, Debian); nothing is
# downloaded from GitHub or a CDN, and Trunk never fetches its own tools.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=false
[ "${1:-}" = "--test" ] && want_test=true

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
TRUNK_VERSION=0.21.14

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must be exactly the crate version in Cargo.lock.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qF "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (several minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

WB_VERSION=$(wasm_bindgen_version)
if [ -z "$WB_VERSION" ]; then
  echo "Cargo.lock names no wasm-bindgen version" >&2
  exit 1
fi
if ! grep -qF "wasm_bindgen = \"$WB_VERSION\"" Trunk.toml; then
  echo "Trunk.toml pins another wasm-bindgen than Cargo.lock ($WB_VERSION)" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -qF " $WB_VERSION" \
  || ! wasm-bindgen-test-runner --version 2>/dev/null | grep -qF " $WB_VERSION"; then
  say "installing wasm-bindgen-cli $WB_VERSION (a few minutes, once)"
  # Not --locked: its lock file names a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# npm: wasm-opt (binaryen) for Trunk, and the end-to-end test driver.
if [ ! -x node_modules/.bin/wasm-opt ] || ! npm ls --depth=0 >/dev/null 2>&1; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi
if ! wasm-opt --version | grep -qF "version 132"; then
  echo "node_modules/.bin/wasm-opt is not binaryen 132 (Trunk.toml pins version_132)" >&2
  exit 1
fi

if $want_test; then
  # Chinese fonts make the test screenshots readable (phones have their own).
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
    || [ ! -d /usr/share/fonts/opentype/noto ]; then
    say "installing Debian's chromium, chromium-driver and fonts-noto-cjk"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      chromium chromium-driver fonts-noto-cjk
  fi
fi

# Trunk builds offline: the crates must already be in cargo's cache.
cargo fetch --locked --quiet
