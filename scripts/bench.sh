#!/usr/bin/env bash
# Benchmark command (not run in CI): release build, served precompressed,
# Lighthouse for the app and a static floor page. Needs the npm registry
# once for lighthouse@12.2.3 (npx caches it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
rm -rf target/bench-site
trunk build --release --dist target/bench-site
node scripts/size-report.mjs target/bench-site
node scripts/bench.mjs target/bench-site
