#!/usr/bin/env bash
# mutations.sh — the other half of the round trip: rollgate must not only see
# no change where there is none (roundtrip.sh, fixtures.sh) but see every
# real one. Each line of mutations.txt applies one small sed edit to a
# stored pg_dump of tests/pg/schemas/ (a default, a CHECK bound, an index
# opclass, a view's join, a trigger's WHEN, a grant, ...); `rollgate diff
# --exit-code DUMP MUTATED` must exit 1. Needs no server.
#
#   tests/pg/mutations.sh ROLLGATE
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 1 ] || { echo "usage: mutations.sh ROLLGATE" >&2; exit 2; }
RG=$1
[ -x "$RG" ] || { echo "mutations.sh: $RG is not executable" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/rg-mutations.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

passed=0 failed=0 n=0
while IFS=$'\t' read -r dump script; do
    case "$dump" in ''|'#'*) continue ;; esac
    n=$((n + 1))
    src="$HERE/dumps/$dump"
    mutated="$WORK/m$n.sql"
    label="$dump: $script"
    if ! sed -e "$script" "$src" >"$mutated" 2>"$WORK/err.txt"; then
        failed=$((failed + 1))
        echo "FAIL  $label (sed: $(cat "$WORK/err.txt"))"
        continue
    fi
    if cmp -s "$src" "$mutated"; then
        failed=$((failed + 1))
        echo "FAIL  $label (the edit changes nothing: fix mutations.txt)"
        continue
    fi
    rc=0
    "$RG" diff --exit-code "$src" "$mutated" >"$WORK/out.txt" 2>&1 || rc=$?
    if [ $rc -eq 1 ]; then
        passed=$((passed + 1))
        echo "PASS  $label"
        sed -n '1,3p' "$WORK/out.txt" | sed 's/^/      | /'
    else
        failed=$((failed + 1))
        if [ $rc -eq 0 ]; then
            echo "FAIL  $label (change not seen: exit 0)"
        else
            echo "FAIL  $label (exit $rc)"
        fi
        sed -n '1,20p' "$WORK/out.txt" | sed 's/^/      | /'
    fi
done <"$HERE/mutations.txt"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
