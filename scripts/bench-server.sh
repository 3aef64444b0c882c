#!/usr/bin/env bash
# The HTTP figures of docs/performance.md: `vigil serve` on loopback under wrk (keep-alive),
# single-name /v1/screen and yente /match/default with varied real-list names, then a soak of
# at least 1,000,000 requests with a list reload in the middle, sampling the server's memory.
# Usage: scripts/bench-server.sh [SECONDS_PER_RUN] [SOAK_SECONDS]
# VIGIL_BUILD_DIR=DIR uses an existing Release build instead of building build-bench.
set -euo pipefail
cd "$(dirname "$0")/.."
run_seconds="${1:-20}"
soak_seconds="${2:-150}"
scripts/install-deps.sh
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 2; }
build="${VIGIL_BUILD_DIR:-build-bench}"
[ -n "${VIGIL_BUILD_DIR:-}" ] || scripts/build.sh build-bench -DCMAKE_BUILD_TYPE=Release -DVIGIL_BUILD_TESTS=OFF
tmp=$(mktemp -d)
port=18471
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
./$build/bench/vigil_macro_bench --write-batch-csv "$tmp/names.csv" 100000 >/dev/null
export VIGIL_API_KEYS="$tmp/keys.json" XDG_CACHE_HOME="$tmp/cache"
key=$(./$build/apps/vigil/vigil keys add bench --role admin 2>/dev/null)
./$build/apps/vigil/vigil serve --port "$port" --log "$tmp/serve.log" --quiet &
pid=$!
until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do sleep 0.2; done
rss() { awk '/VmRSS/ {print int($2 / 1024) " MiB"}' "/proc/$pid/status"; }
echo "server ready, RSS $(rss) (log to a file, API keys on)"
for api in native yente; do
  for connections in 8 16 32; do
    echo "== $api, $connections connections, ${run_seconds}s"
    wrk -t1 -c"$connections" -d"${run_seconds}s" -s bench/wrk/screen.lua "http://127.0.0.1:$port" \
      -- "$tmp/names.csv" "$api" "$key" | grep -E "Requests/sec|Transfer|non-2xx|^p"
  done
done
echo "== soak: native, 16 connections, ${soak_seconds}s, reload at half time"
wrk -t1 -c16 -d"${soak_seconds}s" -s bench/wrk/screen.lua "http://127.0.0.1:$port" \
  -- "$tmp/names.csv" native "$key" >"$tmp/soak.txt" &
wrk_pid=$!
for i in $(seq 1 "$soak_seconds"); do
  sleep 1
  if [ $((i % 10)) -eq 0 ]; then echo "t=${i}s RSS $(rss)"; fi
  if [ "$i" -eq $((soak_seconds / 2)) ]; then
    curl -s -X POST -H "Authorization: Bearer $key" "http://127.0.0.1:$port/v1/admin/reload"; echo
  fi
done
wait "$wrk_pid"
grep -E "requests in|Requests/sec|non-2xx|^p" "$tmp/soak.txt"
curl -s -H "Authorization: Bearer $key" "http://127.0.0.1:$port/metrics" |
  grep -E '^vigil_(http_requests_total|list_reloads_total|lists_generation|http_rejections)'
echo "after the soak: RSS $(rss)"
