#!/usr/bin/env bash
# strict.sh — the catalog interpreter as strict as PostgreSQL 15.
#
#   tests/catalog/strict.sh STRICT_PROBE CASE.sql...
#
# Each case is a script of one-line statements whose first line says what
# PostgreSQL answers: `-- expect: ok`, or `-- expect: LINE SQLSTATE message`
# (the first statement that fails). The script runs on a fresh database of
# a throwaway cluster (psql, ON_ERROR_STOP, VERBOSITY verbose) and through
# strict_probe (the interpreter with the plan self-check's SQL resolution).
# A case passes when the server's answer equals the annotation (else the
# case itself is wrong: SUITE) and the interpreter's answer equals the
# server's. Last line: "N passed, N failed".
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
PG=$(cd "$HERE/../pg" && pwd)
if [ $# -lt 2 ]; then
    echo "usage: strict.sh STRICT_PROBE CASE.sql..." >&2
    exit 2
fi
PROBE=$1
shift

RG_PG_DIR=""
cleanup() { [ -n "$RG_PG_DIR" ] && "$PG/cluster.sh" stop "$RG_PG_DIR"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
exports=$("$PG/cluster.sh" start) || { echo "strict.sh: could not start PostgreSQL" >&2; exit 1; }
eval "$exports"

pass=0 fail=0
n=0
for f in "$@"; do
    n=$((n + 1))
    name=$(basename "$f" .sql)
    want=$(sed -n '1s/^-- expect: //p' "$f")
    if [ -z "$want" ]; then
        echo "FAIL $name: no '-- expect:' first line"
        fail=$((fail + 1))
        continue
    fi
    db="strict_$n"
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null 2>&1
    # psql: "psql:FILE:LINE: ERROR:  SQLSTATE: message"
    err=$(psql -X -q -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -d "$db" -f "$f" 2>&1 >/dev/null |
          sed -n 's/^psql:[^:]*:\([0-9]*\): ERROR:  \([0-9A-Z]\{5\}\): /\1 \2 /p' | head -1)
    server=${err:-ok}
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
    probe=$("$PROBE" "$f" | tr '\t' ' ')
    if [ "$server" != "$want" ]; then
        echo "FAIL $name: SUITE: server says '$server', the case expects '$want'"
        fail=$((fail + 1))
    elif [ "$probe" != "$server" ]; then
        echo "FAIL $name: server '$server', interpreter '$probe'"
        fail=$((fail + 1))
    else
        pass=$((pass + 1))
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
