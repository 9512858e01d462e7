#!/usr/bin/env bash
# Checks that the Debian packages Casus builds with are installed. As root it
# installs the missing ones with apt-get; otherwise it prints the exact
# apt-get line and fails. Usage: tools/deps.sh [build|test|fuzz|all]
set -euo pipefail

want=(cmake ninja-build g++ make pkgconf help2man libicu-dev libre2-dev libabsl-dev
      nlohmann-json3-dev libcli11-dev wordnet-base graphviz
      pybind11-dev python3-pybind11 python3-dev)
case "${1:-build}" in
  build) ;;
  test) want+=(libgtest-dev libgmock-dev libbenchmark-dev python3 graphviz chromium
              python3-dask python3-distributed python3-jsonschema) ;;
  fuzz) want+=(libgtest-dev libgmock-dev libbenchmark-dev graphviz clang-14 libclang-rt-14-dev) ;;
  all) want+=(libgtest-dev libgmock-dev libbenchmark-dev python3 graphviz chromium
             python3-dask python3-distributed python3-jsonschema clang-14 libclang-rt-14-dev) ;;
  *) echo "usage: $0 [build|test|fuzz|all]" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
    apt-get update -qq >/dev/null
    apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
  }
else
  echo "deps: missing Debian packages. Install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
