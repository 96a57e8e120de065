#!/usr/bin/env bash
# Benchmark command (not run in CI): release build, served precompressed;
# on a cheap-phone profile the time to each page's answer (cold and warm)
# against a static floor page, tab switches, a unit of 500 applicants; then
# Lighthouse for the app and the floors (see scripts/bench.mjs). Needs the
# npm registry once for lighthouse@12.2.3 (npx caches it).
#   RUNS=3 (default 5)  BENCH_PAGES=calculator,workspace  BENCH_LIGHTHOUSE=0
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
rm -rf target/bench-site
trunk build --release --dist target/bench-site
node scripts/size-report.mjs target/bench-site
node scripts/bench.mjs target/bench-site
