#!/usr/bin/env bash
# The alert-volume gate (issue item 6): a generated customer book of 20,000 rows (seed 1, no
# listed names planted) screened by `vigil batch` at the default threshold must not alert on
# more than MAX_RATE percent of its rows, nor give more than MAX_PER_ROW alerts per alerting
# row. No network: the book comes from Faker's offline lists, the screen from the embedded
# lists.
#
# The ceilings tests/CMakeLists.txt passes (0.30% and 1.28) are what the engine of the day
# measured (0.240% and 1.21) with a small margin, so that a change raising the alert volume
# fails. They are NOT the target: the target is at most 0.2% of rows alerting and at most 1.2
# alerts per alerting row. Lower the ceilings toward it as the scorer improves
# (docs/matching.md, "Alert volume on a generated customer book", has the current figures and
# the command). The book depends on Faker's lists: the figures are those of Debian 12's
# python3-fake-factory (Faker 0.9.3); another Faker version gives another book.
#
# Usage: alert_volume_test.sh path/to/vigil source-dir MAX_RATE MAX_PER_ROW [python3]
# Without the last argument, the first python3 on PATH that can import faker.
set -uo pipefail
vigil="$1"
source_dir="$2"
max_rate="$3"
max_per_row="$4"
python="${5:-}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The embedded lists, whatever `vigil update` put in service on this machine; the test's own
# snapshot cache and version store.
export VIGIL_LISTS_DIR="$tmp/lists-in-service"
export XDG_CACHE_HOME="$tmp/cache"
export VIGIL_STORE="$tmp/versions.sqlite"

if [ -z "$python" ]; then
  for candidate in $(type -ap python3); do
    if "$candidate" -c 'import faker' 2>/dev/null; then python="$candidate"; break; fi
  done
fi
if [ -z "$python" ] || ! "$python" -c 'import faker' 2>/dev/null; then
  echo "FAIL: no python3 can import faker: install python3-fake-factory (scripts/install-deps.sh)"
  exit 1
fi
"$python" "$source_dir/bench/alert_volume.py" --vigil "$vigil" --rows 20000 --seed 1 --top 10 \
  --no-parties --work-dir "$tmp" --max-alerting-rate "$max_rate" --max-alerts-per-row "$max_per_row"
