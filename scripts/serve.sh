#!/usr/bin/env bash
# Installs whatever is missing, then serves the app on http://127.0.0.1:8080
# (a release build, as users get it; rebuilt when sources change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# No autoreload: its inline script would break the Content-Security-Policy.
exec trunk serve --release --no-autoreload
