#!/usr/bin/env bash
# fixtures.sh — the round trip of roundtrip.sh without a server: each
# hand-written schema in schemas/ against the pg_dump --schema-only of it
# that PostgreSQL 15.18 produced, stored in dumps/ (refresh them with
# RG_KEEP=tests/pg/dumps-new tests/pg/roundtrip.sh ...). Both directions must
# show no change. Prints "N passed, N failed"; non-zero exit on failure.
#
#   tests/pg/fixtures.sh ROLLGATE
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 1 ] || { echo "usage: fixtures.sh ROLLGATE" >&2; exit 2; }
RG=$1
[ -x "$RG" ] || { echo "fixtures.sh: $RG is not executable" >&2; exit 2; }
OUT=$(mktemp "${TMPDIR:-/tmp}/rg-fixtures.XXXXXX")
trap 'rm -f "$OUT"' EXIT

passed=0 failed=0
check() { # NAME CHECK OLD NEW
    local rc=0
    "$RG" diff --exit-code "$3" "$4" >"$OUT" 2>&1 || rc=$?
    if [ $rc -eq 0 ]; then
        passed=$((passed + 1))
        printf 'PASS  %-28s %s\n' "$1" "$2"
    else
        failed=$((failed + 1))
        printf 'FAIL  %-28s %s (exit %d)\n' "$1" "$2" "$rc"
        sed -n '1,80p' "$OUT" | sed 's/^/      | /'
    fi
}
for f in "$HERE"/schemas/*.sql; do
    base=$(basename "$f" .sql)
    dump="$HERE/dumps/$base.dump.sql"
    [ -f "$dump" ] || continue
    check "$base" "file->dump" "$f" "$dump"
    check "$base" "dump->file" "$dump" "$f"
done
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
