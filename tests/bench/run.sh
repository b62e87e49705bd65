#!/usr/bin/env bash
# run.sh — prints the benchmark figures of tests/bench/ (not a test).
#
#   tests/bench/run.sh BUILD_DIR [--runs N]
#
# Builds nothing: BUILD_DIR must hold a built bench_diff (./build.sh bench
# builds it first). The shared data (corpus, gen_schema.py) is ../shared
# relative to the repository unless RG_SHARED says otherwise.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
if [ $# -lt 1 ]; then
    echo "usage: run.sh BUILD_DIR [--runs N]" >&2
    exit 2
fi
BUILD=$1
shift
SHARED=${RG_SHARED:-$ROOT/../shared}
BIN=
for c in "$BUILD/tests/bench_diff" "$BUILD/bench_diff"; do
    [ -x "$c" ] && { BIN=$c; break; }
done
if [ -z "$BIN" ]; then
    BIN=$(find "$BUILD" -name bench_diff -type f -perm -u+x 2>/dev/null | head -n1)
fi
if [ -z "$BIN" ]; then
    echo "run.sh: no bench_diff under $BUILD (build the bench_diff target first)" >&2
    exit 2
fi
exec "$BIN" --shared "$SHARED" "$@"
