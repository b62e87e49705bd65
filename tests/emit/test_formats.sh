#!/usr/bin/env bash
# test_formats.sh — golden files of `plan --emit FORMAT`: for each case
# tests/emit/cases/<case>/ (inputs/: old.sql, new.sql, args) and each tool,
# the emitted folder must equal expected/<format>/ byte for byte, twice in a
# row (deterministic). Also the numbering options: --after-dir reads the
# highest version of a folder (a sqitch plan is extended), and bad values
# exit 2 with nothing written. RG_UPDATE_GOLDEN=1 rewrites the expected
# folders after a reviewed change.
set -uo pipefail
RG=$1
HERE=$(cd "$(dirname "$0")" && pwd)
CASES=$HERE/cases
FORMATS=(golang-migrate dbmate flyway sqitch rails)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/rg-formats.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1700000000
passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }

plan() { # OUT CASE FORMAT [extra args...]
    local out=$1 c=$2 f=$3
    shift 3
    # shellcheck disable=SC2046
    "$RG" plan "$CASES/$c/inputs/old.sql" "$CASES/$c/inputs/new.sql" $(cat "$CASES/$c/inputs/args" 2>/dev/null) \
        --out "$out" --emit "$f" "$@" >"$out.stdout" 2>"$out.stderr"
}

for dir in "$CASES"/*/; do
    c=$(basename "$dir")
    for f in "${FORMATS[@]}"; do
        out=$WORK/$c-$f
        if ! plan "$out" "$c" "$f" --after 100; then
            bad "$c/$f: plan failed: $(cat "$out.stderr")"
            continue
        fi
        if [ -n "${RG_UPDATE_GOLDEN:-}" ]; then
            rm -rf "${dir:?}expected/$f" && mkdir -p "${dir}expected" && cp -r "$out/$f" "${dir}expected/$f"
        fi
        if diff -r "${dir}expected/$f" "$out/$f" >"$out.diff"; then ok; else bad "$c/$f differs from the golden files:"; head -40 "$out.diff"; fi
        plan "$out-2" "$c" "$f" --after 100
        if diff -r "$out/$f" "$out-2/$f" >/dev/null; then ok; else bad "$c/$f: two runs differ"; fi
    done
done

# --after-dir: the highest version in the folder, its width kept.
c=$(basename "$(ls -d "$CASES"/*/ | head -1)")
mkdir -p "$WORK/existing" && touch "$WORK/existing/00041_a.up.sql" "$WORK/existing/007_b.up.sql" "$WORK/existing/README"
plan "$WORK/ad" "$c" golang-migrate --after-dir "$WORK/existing"
first=$(ls "$WORK/ad/golang-migrate" | head -1)
case $first in 00042_*) ok ;; *) bad "--after-dir: first file $first, want 00042_*" ;; esac
mkdir -p "$WORK/fw" && touch "$WORK/fw/V3__x.sql" "$WORK/fw/V12__y.sql" "$WORK/fw/U99__z.sql" "$WORK/fw/R__r.sql"
plan "$WORK/fwo" "$c" flyway --after-dir "$WORK/fw"
first=$(ls "$WORK/fwo/flyway" | grep '^V' | head -1)
case $first in V13__*) ok ;; *) bad "--after-dir flyway: first file $first, want V13__*" ;; esac
mkdir -p "$WORK/sq" && printf '%%syntax-version=1.0.0\n%%project=app\n\nusers 2020-01-01T00:00:00Z Ann <a@example.com> # users\n0009_old 2020-01-02T00:00:00Z Ann <a@example.com>\n' >"$WORK/sq/sqitch.plan"
plan "$WORK/sqo" "$c" sqitch --after-dir "$WORK/sq"
if head -5 "$WORK/sqo/sqitch/sqitch.plan" | cmp -s - "$WORK/sq/sqitch.plan" &&
    sed -n 6p "$WORK/sqo/sqitch/sqitch.plan" | grep -q '^0010_'; then ok; else bad "--after-dir sqitch: the plan is not extended after 0009"; cat "$WORK/sqo/sqitch/sqitch.plan"; fi

# A run without --emit removes an earlier run's tool folder (rollgate's own).
plan "$WORK/ad" "$c" rollgate
if [ ! -e "$WORK/ad/golang-migrate" ] && [ -d "$WORK/ad/migrations" ]; then ok; else bad "a later run without --emit left golang-migrate/"; fi

# Bad values: exit 2, nothing written.
expect_usage() { # WHAT ARGS...
    local what=$1
    shift
    rm -rf "$WORK/u"
    plan "$WORK/u" "$c" "$@"
    local rc=$?
    if [ $rc -eq 2 ] && [ ! -e "$WORK/u" ] && grep -q . "$WORK/u.stderr"; then ok; else bad "$what: exit $rc, want 2 and nothing written"; cat "$WORK/u.stderr"; fi
}
expect_usage "unknown format" liquibase
expect_usage "--after not digits" dbmate --after 12a
expect_usage "--after too long" dbmate --after 1234567890123456789
expect_usage "--after and --after-dir" dbmate --after 1 --after-dir "$WORK/existing"
expect_usage "--after-dir missing" dbmate --after-dir "$WORK/nope"
expect_usage "--after without a tool" rollgate --after 3
expect_usage "sqitch --after-dir without a plan" sqitch --after-dir "$WORK/existing"

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
