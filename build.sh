#!/usr/bin/env bash
# build.sh — the one entry point: installs what a fresh Debian 12 machine
# lacks, builds, and runs the tests or the demo.
#
#   ./build.sh            install deps + build (build/rollgate)
#   ./build.sh test       build + ctest, then the same suite under ASan+UBSan
#   ./build.sh demo       build + run the main job on the bundled example
#   ./build.sh bench      build + print the benchmarks of tests/bench/
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
JOBS=$(nproc 2>/dev/null || echo 2)

PKGS=(cmake make gcc clang libpg-query-dev libprotobuf-c-dev libsqlite3-dev libcsv-dev
      libpq-dev postgresql-15 postgresql-client-15 python3 ca-certificates
      libclang-rt-14-dev chromium fonts-dejavu-core)

install_deps() {
  local missing=()
  for p in "${PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "build.sh: installing ${missing[*]}" >&2
  local SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() { # build DIR [cmake args...]
  local dir=$1; shift
  cmake -S "$ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" -j"$JOBS"
}

cmd=${1:-build}
case "$cmd" in
  build)
    install_deps
    build build
    ;;
  test)
    install_deps
    build build
    (cd build && ctest --output-on-failure -j"$JOBS")
    if [ "${RG_SKIP_SANITIZE:-0}" != 1 ]; then
      echo "== the same suite under AddressSanitizer + UndefinedBehaviorSanitizer =="
      build build-asan -DRG_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
      (cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --output-on-failure -j"$JOBS" -LE nosan)
    fi
    ;;
  demo)
    install_deps
    build build
    "$ROOT/tests/demo.sh" "$ROOT/build/rollgate"
    ;;
  bench)
    install_deps
    build build
    "$ROOT/tests/bench/run.sh" "$ROOT/build"
    ;;
  *)
    echo "usage: ./build.sh [build|test|demo|bench]" >&2
    exit 2
    ;;
esac
