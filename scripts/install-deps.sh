#!/usr/bin/env bash
# Installs every Debian 12 package Vigil needs to build, test and benchmark.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libicu-dev libpugixml-dev libexpat1-dev libsimdjson-dev nlohmann-json3-dev libcpp-httplib-dev
  libsqlitecpp-dev libsqlite3-dev libcli11-dev libfmt-dev libspdlog-dev libtbb-dev
  libzstd-dev libxxhash-dev libssl-dev zlib1g-dev libminizip-dev libcurl4-openssl-dev
  libboost1.74-dev libjemalloc-dev curl wrk
  libgtest-dev libgmock-dev libbenchmark-dev clang-format
  python3 python3-fake-factory
)

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing: ${missing[*]}"
  sudo_if_needed apt-get update
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi
