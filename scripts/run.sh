#!/usr/bin/env bash
# One command for a newcomer: install dependencies, build, show the embedded lists and screen
# a real name against them. Extra arguments are passed to `vigil screen` instead of the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh build -DVIGIL_BUILD_TESTS=OFF -DVIGIL_BUILD_BENCH=OFF
./build/apps/vigil/vigil lists
if [ "$#" -gt 0 ]; then
  ./build/apps/vigil/vigil screen "$@" || true
else
  ./build/apps/vigil/vigil screen "Esmaeil Khateeb" || true
  ./build/apps/vigil/vigil screen "اسماعیل خطیب" --limit 3 --quiet || true
fi
