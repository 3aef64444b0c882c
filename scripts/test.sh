#!/usr/bin/env bash
# One command for the whole test suite: install dependencies, build with warnings as errors,
# run every test (unit, golden, real-list and the development-deck quality gate), then the
# same suite under AddressSanitizer + UndefinedBehaviorSanitizer, and check formatting.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

echo "== formatting"
scripts/check-format.sh

echo "== release build + tests"
scripts/build.sh build-test -DVIGIL_WERROR=ON -DVIGIL_BUILD_BENCH=ON
ctest --test-dir build-test --output-on-failure --parallel "$(nproc)"

echo "== ASan + UBSan build + tests"
scripts/build.sh build-asan -DVIGIL_WERROR=ON -DVIGIL_SANITIZE=ON -DVIGIL_BUILD_BENCH=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)"
