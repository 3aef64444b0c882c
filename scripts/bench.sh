#!/usr/bin/env bash
# The performance figures of docs/performance.md: builds Release, runs the macro benchmark,
# the Google Benchmark micro-benchmarks, and `vigil batch` end to end on 100,000 names.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh build-bench -DCMAKE_BUILD_TYPE=Release -DVIGIL_BUILD_TESTS=OFF
echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "== macro benchmark"
./build-bench/bench/vigil_macro_bench
echo "== micro benchmarks"
./build-bench/bench/vigil_bench --benchmark_min_time=0.5
echo "== vigil batch, 100,000 names, end to end (load lists + screen + write JSON lines)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
./build-bench/bench/vigil_macro_bench --write-batch-csv "$tmp/book.csv" 100000
/usr/bin/time -f "wall %e s, max RSS %M KiB" ./build-bench/apps/vigil/vigil batch "$tmp/book.csv" \
  --output "$tmp/out.jsonl" --quiet
echo "$(wc -l <"$tmp/out.jsonl") lines written"
