#!/usr/bin/env bash
# run.sh — prints the benchmark figures of tests/bench/ (not a test): the
# parse/catalog/diff figures (bench_diff), then publish.sh.
#
#   tests/bench/run.sh BUILD_DIR [--runs N] [--tables N]
#
# Builds nothing: BUILD_DIR must hold a built bench_diff (./build.sh bench
# builds it first). Pairs: the largest real schema of the tree
# (tests/data/corpus/large/danbooru_*.sql), lago-api too when RG_EXTRA_CORPUS
# names a folder holding large/lago-api_*.sql (see tests/data/corpus/README.md),
# each against a variant of itself; and the synthetic pair of
# tests/bench/gen_pair.py (--tables N, default 2000) with its exactness check.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
if [ $# -lt 1 ]; then
    echo "usage: run.sh BUILD_DIR [--runs N] [--tables N]" >&2
    exit 2
fi
BUILD=$1
shift
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
LARGE=()
for f in "$ROOT"/tests/data/corpus/large/danbooru_*.sql; do
    [ -f "$f" ] && LARGE+=(--large "$f")
done
if [ -n "${RG_EXTRA_CORPUS:-}" ]; then
    for f in "$RG_EXTRA_CORPUS"/large/lago-api_*.sql; do
        [ -f "$f" ] && LARGE+=(--large "$f")
    done
fi
"$BIN" --gen "$HERE/gen_pair.py" "${LARGE[@]}" "$@"
# What publishing a run's outputs as one unit costs (src/run/outdir.c).
"$HERE/publish.sh" "$BUILD/rollgate"
