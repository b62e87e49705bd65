#!/usr/bin/env bash
# check_gen.sh — the benchmark's generator (gen_pair.py) tells the truth.
#
#   tests/bench/check_gen.sh ROLLGATE
#
# At 500 tables: the same seed gives byte-identical files and another seed
# does not; on a throwaway PostgreSQL 15 (tests/pg/cluster.sh) old.sql and
# new.sql load with ON_ERROR_STOP and every query of app_v1.sql / app_v2.sql
# PREPAREs on its own schema; `rollgate diff` lists exactly the multiset of
# changes.txt; `rollgate plan` accepts hints.txt's hints and finds both
# apps compatible. One line per check, then "N passed, N failed".
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
[ $# -eq 1 ] || { echo "usage: check_gen.sh ROLLGATE" >&2; exit 2; }
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
W=$(mktemp -d "${TMPDIR:-/tmp}/rg-gen.XXXXXX")
chmod 755 "$W"
PGDIR=
cleanup() {
    [ -n "$PGDIR" ] && "$ROOT/tests/pg/cluster.sh" stop "$PGDIR"
    rm -rf "$W"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
passed=0
failed=0
check() { # NAME COMMAND...
    local name=$1
    shift
    if "$@" >"$W/log" 2>&1; then passed=$((passed + 1)); echo "PASS  $name"
    else failed=$((failed + 1)); echo "FAIL  $name"; sed -n '1,20p' "$W/log" | sed 's/^/      | /'; fi
}
GEN=(python3 "$HERE/gen_pair.py" --tables 500)
check "generates (seed 1)" "${GEN[@]}" --out "$W/a"
check "generates again (seed 1)" "${GEN[@]}" --out "$W/b"
check "generates (seed 2)" "${GEN[@]}" --out "$W/c" --seed 2
check "the same seed gives the same bytes" diff -r "$W/a" "$W/b"
check "another seed gives another pair" bash -c "! cmp -s '$W/a/new.sql' '$W/c/new.sql'"
check "1250 queries per version by default" bash -c \
    "[ \$(grep -c '^-- name:' '$W/a/app_v1.sql') = 1250 ] && [ \$(grep -c '^-- name:' '$W/a/app_v2.sql') = 1250 ]"

exports=$("$ROOT/tests/pg/cluster.sh" start) || { echo "check_gen.sh: no PostgreSQL" >&2; exit 1; }
eval "$exports"
PGDIR=$RG_PG_DIR
PSQL=(psql -X -q)
[ -x /usr/lib/postgresql/15/bin/psql ] && PSQL=(/usr/lib/postgresql/15/bin/psql -X -q)

# prepares FILE: one PREPARE per query of a sqlc-style file, each on its own
# (no ON_ERROR_STOP): every error is counted.
prepares() {
    awk '/^-- name:/ { n++; next } /^$/ { next } { sub(/;$/, ""); printf "PREPARE q%d AS %s;\n", n, $0 }' "$1"
}
for v in 1 2; do
    f=$([ $v = 1 ] && echo old || echo new)
    "${PSQL[@]}" -d postgres -c "CREATE DATABASE v$v" >/dev/null
    check "$f.sql loads into PostgreSQL 15" "${PSQL[@]}" -v ON_ERROR_STOP=1 -d "v$v" -f "$W/a/$f.sql"
    prepares "$W/a/app_v$v.sql" >"$W/prep$v.sql"
    "${PSQL[@]}" -d "v$v" -f "$W/prep$v.sql" >/dev/null 2>"$W/prep$v.err"
    check "every query of app_v$v.sql prepares on $f.sql ($(grep -c '^PREPARE' "$W/prep$v.sql") queries)" \
        bash -c "! grep -m 5 ERROR '$W/prep$v.err'"
done

"$RG" diff "$W/a/old.sql" "$W/a/new.sql" --format csv >"$W/diff.csv" 2>"$W/diff.err"
check "rollgate diff lists exactly changes.txt ($(grep -c . "$W/a/changes.txt") changes)" python3 -c '
import collections, csv, sys
got = collections.Counter(r["kind"] + " " + r["object"] for r in csv.DictReader(open(sys.argv[1])))
want = collections.Counter(l.strip() for l in open(sys.argv[2]) if l.strip())
for k in (want - got).elements(): print("missed:", k)
for k in (got - want).elements(): print("extra:", k)
sys.exit(0 if got == want else 1)' "$W/diff.csv" "$W/a/changes.txt"
# shellcheck disable=SC2046
(cd "$W/a" && "$RG" plan old.sql new.sql $(cat hints.txt) --app v1=app_v1.sql --app v2=app_v2.sql \
    --out plan >plan.out 2>&1)
rc=$?
check "rollgate plan takes the hints (renames, intended drops) and finds both apps compatible (exit $rc)" \
    bash -c "[ $rc = 0 ] && grep -q '^COMPATIBLE' '$W/a/plan.out'"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
