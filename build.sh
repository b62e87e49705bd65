#!/usr/bin/env bash
# build.sh — the one entry point: installs what a fresh Debian 12 machine
# lacks, builds, and runs the tests or the demo.
#
#   ./build.sh            install deps + build (build/rollgate)
#   ./build.sh test       build + ctest, then the same suite under ASan+UBSan;
#                         ends with each build's passed/failed/skipped counts,
#                         its time and every skipped test with its reason
#                         (RG_SKIP_SANITIZE=1: the normal build only)
#   ./build.sh demo       build + run the main job on the bundled example
#   ./build.sh bench      build + print the benchmarks of tests/bench/
#                         (RG_BENCH_MAX=N: scale.sh stops at N tables)
#   ./build.sh install    build + install rollgate and its man page under
#                         PREFIX (default /usr/local: bin/ is on PATH)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
JOBS=$(nproc 2>/dev/null || echo 2)

PKGS=(cmake make gcc clang libpg-query-dev libprotobuf-c-dev libsqlite3-dev libcsv-dev libjson-c-dev
      libpq-dev libssl-dev postgresql-15 postgresql-client-15 python3 ca-certificates
      libclang-rt-14-dev chromium fonts-dejavu-core
      sqitch libdbd-pg-perl ruby-activerecord ruby-pg help2man man-db)

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

# Tools from npm that tests drive: dbmate (tests/emit/tools.sh; it ships its
# binary in its npm package) and squawk (tests/review).
install_npm_tools() {
  if [ ! -x "$ROOT/tests/review/node_modules/.bin/squawk" ] && command -v npm >/dev/null; then
    # squawk, which review_squawk compares `rollgate review` with; optional:
    # without it that test is a skip that says so.
    echo "build.sh: installing squawk (npm) into tests/review/node_modules" >&2
    npm install --prefix "$ROOT/tests/review" --no-audit --no-fund --no-package-lock >/dev/null 2>&1 ||
      echo "build.sh: squawk did not install; review_squawk will be skipped" >&2
  fi
  [ -x "$ROOT/tests/emit/node_modules/.bin/dbmate" ] && return 0
  if ! command -v npm >/dev/null; then # nodejs may ship npm already
    local SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO=sudo
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm >/dev/null
  fi
  echo "build.sh: installing dbmate (npm) into tests/emit/node_modules" >&2
  npm install --prefix "$ROOT/tests/emit" --no-audit --no-fund --no-package-lock >/dev/null
}

# summary LABEL DIR SECONDS: one line for a ctest run of DIR (from the JUnit
# file ctest wrote), then every skipped test with the reason it printed.
summary() {
  python3 - "$1" "$2/ctest-junit.xml" "$3" <<'PY'
import sys, xml.etree.ElementTree as ET
label, path, secs = sys.argv[1], sys.argv[2], sys.argv[3]
try:
    cases = ET.parse(path).getroot().iter("testcase")
except (OSError, ET.ParseError) as e:
    print(f"{label}: no ctest results ({e})")
    sys.exit(0)
ran = skipped = failed = 0
why = []
for c in cases:
    if c.get("status") == "notrun" or c.find("skipped") is not None:
        skipped += 1
        out = (c.findtext("system-out") or "").splitlines()
        reason = next((l[len("skipped: "):] for l in out if l.startswith("skipped: ")), "no reason printed")
        why.append(f"    skipped {c.get('name')}: {reason}")
    elif c.get("status") == "fail" or c.find("failure") is not None:
        failed += 1
    else:
        ran += 1
print(f"{label}: {ran} passed, {failed} failed, {skipped} skipped; {secs} s")
for w in why:
    print(w)
PY
}

# run_suite LABEL DIR [ctest args...]: ctest in DIR; appends its summary to
# SUMMARY; returns ctest's status.
SUMMARY=""
run_suite() {
  local label=$1 dir=$2 t0 rc=0
  shift 2
  t0=$(date +%s)
  (cd "$dir" && ctest --output-on-failure -j"$JOBS" --output-junit "$ROOT/$dir/ctest-junit.xml" "$@") || rc=$?
  SUMMARY+="$(summary "$label" "$dir" $(($(date +%s) - t0)))"$'\n'
  return $rc
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
    install_npm_tools
    build build
    rc=0
    run_suite "normal build" build || rc=$?
    if [ $rc -eq 0 ] && [ "${RG_SKIP_SANITIZE:-0}" != 1 ]; then
      echo "== the same suite under AddressSanitizer + UndefinedBehaviorSanitizer =="
      build build-asan -DRG_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
      ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        run_suite "sanitizer build" build-asan -LE nosan || rc=$?
    fi
    echo "== summary"
    printf '%s' "$SUMMARY"
    exit $rc
    ;;
  demo)
    install_deps
    build build
    "$ROOT/tests/demo.sh" "$ROOT/build/rollgate"
    ;;
  install)
    install_deps
    build build
    cmake --install build --prefix "${PREFIX:-/usr/local}"
    ;;
  bench)
    install_deps
    build build
    "$ROOT/tests/bench/run.sh" "$ROOT/build"
    # plan and diff from 500 to 16,000 tables (RG_BENCH_MAX lowers the top)
    "$ROOT/tests/bench/scale.sh" "$ROOT/build" --max "${RG_BENCH_MAX:-16000}"
    ;;
  *)
    echo "usage: ./build.sh [build|test|demo|bench|install]" >&2
    exit 2
    ;;
esac
