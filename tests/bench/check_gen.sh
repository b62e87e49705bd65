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
# apps compatible; PostgreSQL 15 applies every up file of the plan (no-
# transaction files in autocommit, the others in one transaction each),
# the result equals new.sql (`rollgate diff --exit-code` of the two
# pg_dumps), and the downs in reverse order give old.sql back.
# RG_GEN_TABLES=N checks a pair of N tables instead of 500.
# One line per check, then "N passed, N failed".
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
GEN=(python3 "$HERE/gen_pair.py" --tables "${RG_GEN_TABLES:-500}")
check "generates (seed 1)" "${GEN[@]}" --out "$W/a"
check "generates again (seed 1)" "${GEN[@]}" --out "$W/b"
check "generates (seed 2)" "${GEN[@]}" --out "$W/c" --seed 2
check "the same seed gives the same bytes" diff -r "$W/a" "$W/b"
check "another seed gives another pair" bash -c "! cmp -s '$W/a/new.sql' '$W/c/new.sql'"
NQ=$(( ${RG_GEN_TABLES:-500} * 5 / 2 ))
check "$NQ queries per version by default (2.5 per table)" bash -c \
    "[ \$(grep -c '^-- name:' '$W/a/app_v1.sql') = $NQ ] && [ \$(grep -c '^-- name:' '$W/a/app_v2.sql') = $NQ ]"

exports=$("$ROOT/tests/pg/cluster.sh" start) || { echo "check_gen.sh: no PostgreSQL" >&2; exit 1; }
eval "$exports"
PGDIR=$RG_PG_DIR
PSQL=(psql -X -q)
PG_DUMP=pg_dump
[ -x /usr/lib/postgresql/15/bin/psql ] && PSQL=(/usr/lib/postgresql/15/bin/psql -X -q) && PG_DUMP=/usr/lib/postgresql/15/bin/pg_dump

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

# apply DB FILE: as a migration runner would.
apply() {
    if grep -q '^-- rollgate:no-transaction' "$2"; then
        "${PSQL[@]}" -v ON_ERROR_STOP=1 -d "$1" -f "$2"
    else
        "${PSQL[@]}" -v ON_ERROR_STOP=1 --single-transaction -d "$1" -f "$2"
    fi
}
# same DB WANT NAME: pg_dump of DB equals the dump of database WANT.
same() {
    "$PG_DUMP" --schema-only -d "$1" -f "$W/$1.dump.sql" && "$PG_DUMP" --schema-only -d "$2" -f "$W/$2.dump.sql" &&
        "$RG" diff "$W/$2.dump.sql" "$W/$1.dump.sql" --exit-code
}
"${PSQL[@]}" -d postgres -c "CREATE DATABASE m" >/dev/null
"${PSQL[@]}" -v ON_ERROR_STOP=1 -d m -f "$W/a/old.sql" >/dev/null
ups=() bad_up=
for f in "$W"/a/plan/migrations/*.up.sql; do
    ups+=("$f")
    if ! apply m "$f" >"$W/up.log" 2>&1; then bad_up=$f; break; fi
done
check "PostgreSQL 15 applies every up file of the plan (${#ups[@]} files)" \
    bash -c "[ -z '$bad_up' ] && [ ${#ups[@]} -gt 0 ] || { echo 'failed: $bad_up'; cat '$W/up.log'; exit 1; }"
check "after the ups the database equals new.sql" same m v2
bad_down=
for ((i = ${#ups[@]} - 1; i >= 0; i--)); do
    f=${ups[$i]%.up.sql}.down.sql
    if ! apply m "$f" >"$W/down.log" 2>&1; then bad_down=$f; break; fi
done
check "the downs in reverse order apply" bash -c "[ -z '$bad_down' ] || { echo 'failed: $bad_down'; cat '$W/down.log'; exit 1; }"
check "after the downs the database equals old.sql" same m v1

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
