#!/usr/bin/env bash
# roundtrip.sh — rollgate against a real PostgreSQL 15.
#
#   tests/pg/roundtrip.sh ROLLGATE [INPUT.sql ...]
#
# For every input (default: tests/pg/schemas/*.sql, then the corpus files
# that load into a bare PG15: tests/data/corpus/synapse/*.sql and
# tests/data/corpus/large/danbooru_*.sql) it loads the file into a fresh
# database of a throwaway cluster, takes `pg_dump --schema-only`, and checks
# that rollgate sees no change between what was written and what the server
# made of it, in both directions:
#
#   sees-changes   rollgate diff --exit-code FILE EMPTY exits 1 (negative control)
#   file->dump     rollgate diff --exit-code FILE DUMP
#   dump->file     rollgate diff --exit-code DUMP FILE
#   file->catalog  rollgate diff --exit-code FILE CATALOG   (CATALOG = rollgate catalog FILE)
#   catalog-loads  CATALOG loads into PG15 with ON_ERROR_STOP, and its dump
#                  diffs clean against FILE (the canonical DDL is real SQL
#                  that means the same schema)
#
# Hand-written schemas must load without a single error (ON_ERROR_STOP);
# a schema file that stops loading is a test bug and fails its case.
# Each check is one case; a failing case prints the diff output. The last
# line is "N passed, N failed"; the exit status is non-zero on any failure.
# Set RG_KEEP=DIR to keep the dumps and catalogs of the run in DIR.
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CORPUS=$ROOT/tests/data/corpus

if [ $# -lt 1 ]; then
    echo "usage: roundtrip.sh ROLLGATE [INPUT.sql ...]" >&2
    exit 2
fi
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
if [ ! -x "$RG" ]; then
    echo "roundtrip.sh: $RG is not executable" >&2
    exit 2
fi

handwritten=()
corpus=()
if [ $# -gt 0 ]; then
    for f in "$@"; do
        case "$f" in
            "$HERE"/schemas/*|tests/pg/schemas/*|schemas/*) handwritten+=("$f") ;;
            *) corpus+=("$f") ;;
        esac
    done
else
    handwritten=("$HERE"/schemas/*.sql)
    for f in "$CORPUS"/synapse/*.sql "$CORPUS"/large/danbooru_*.sql; do
        [ -f "$f" ] && corpus+=("$f")
    done
    if [ ${#corpus[@]} -ne 3 ]; then
        echo "roundtrip.sh: expected synapse 054, 072 and danbooru under $CORPUS" >&2
        exit 2
    fi
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/rg-roundtrip.XXXXXX")
RG_PG_DIR=
cleanup() {
    [ -n "$RG_PG_DIR" ] && "$HERE/cluster.sh" stop "$RG_PG_DIR"
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

exports=$("$HERE/cluster.sh" start) || { echo "roundtrip.sh: could not start PostgreSQL" >&2; exit 1; }
eval "$exports"
echo "-- an empty schema" >"$WORK/empty.sql"

PSQL=(psql -X -q -v ON_ERROR_STOP=1 --no-psqlrc)
BIN=$(dirname "$(command -v pg_dump)")
[ -x /usr/lib/postgresql/15/bin/pg_dump ] && BIN=/usr/lib/postgresql/15/bin
PG_DUMP="$BIN/pg_dump"

# Roles the hand-written schemas grant to and write policies for: roles are
# cluster-wide and pg_dump --schema-only does not dump them, so they exist
# before any file loads, as they would on a real server.
"${PSQL[@]}" -d postgres >/dev/null <<'SQL' || { echo "roundtrip.sh: could not create roles" >&2; exit 1; }
CREATE ROLE app_user;
CREATE ROLE app_admin;
CREATE ROLE app_readonly;
CREATE ROLE "Hostile ""Role"" x";
SQL

passed=0
failed=0
failures=()
dbn=0

pass() { passed=$((passed + 1)); printf 'PASS  %-28s %s\n' "$1" "$2"; }
fail() { # NAME CHECK OUTPUT-FILE
    failed=$((failed + 1))
    failures+=("$1 $2")
    printf 'FAIL  %-28s %s\n' "$1" "$2"
    if [ -s "$3" ]; then
        local n
        n=$(wc -l <"$3")
        sed -n '1,200p' "$3" | sed 's/^/      | /'
        [ "$n" -gt 200 ] && echo "      | ... ($((n - 200)) more lines)"
    fi
}

# newdb: creates a fresh database and names it in $db (not in a subshell,
# so the counter advances).
newdb() {
    dbn=$((dbn + 1))
    db="rt_$dbn"
    "${PSQL[@]}" -d postgres -c "CREATE DATABASE $db TEMPLATE template0" >/dev/null
}

dropdb_quiet() {
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $1" >/dev/null 2>&1 || true
}

# load DB FILE STRICT OUT: loads FILE; with STRICT=1 the first error stops it.
load() {
    local db=$1 file=$2 strict=$3 out=$4
    # Query results (pg_dump's set_config) are noise; messages go to $out.
    if [ "$strict" = 1 ]; then
        "${PSQL[@]}" -d "$db" -f "$file" >/dev/null 2>"$out"
    else
        psql -X -q --no-psqlrc -d "$db" -f "$file" >/dev/null 2>"$out"
        ! grep -q 'ERROR:' "$out"
    fi
}

# diff_case NAME CHECK OLD NEW: rollgate diff must list nothing and exit 0.
diff_case() {
    local name=$1 check=$2 old=$3 new=$4 out="$WORK/out.txt"
    local rc=0
    "$RG" diff --exit-code "$old" "$new" >"$out" 2>&1 || rc=$?
    if [ $rc -eq 0 ]; then
        pass "$name" "$check"
    else
        echo "exit $rc: rollgate diff --exit-code $old $new" >>"$out"
        fail "$name" "$check" "$out"
    fi
}

run_input() { # FILE STRICT
    local file=$1 strict=$2
    local name base db dump cat loadlog rc
    base=$(basename "$file" .sql)
    name=$(basename "$(dirname "$file")")/$base
    [ "$strict" = 1 ] && name=$base
    dump="$WORK/$base.dump.sql"
    cat="$WORK/$base.catalog.sql"
    loadlog="$WORK/$base.load.txt"

    newdb || { fail "$name" "load" /dev/null; return; }
    if ! load "$db" "$file" "$strict" "$loadlog"; then
        echo "psql could not load $file into PostgreSQL 15:" >"$WORK/msg.txt"
        grep -m 20 -B1 -A2 'ERROR' "$loadlog" >>"$WORK/msg.txt"
        fail "$name" "load" "$WORK/msg.txt"
        dropdb_quiet "$db"
        return
    fi
    if ! "$PG_DUMP" --schema-only -d "$db" -f "$dump" 2>"$WORK/msg.txt"; then
        fail "$name" "pg_dump" "$WORK/msg.txt"
        dropdb_quiet "$db"
        return
    fi
    dropdb_quiet "$db"

    # Negative control: against an empty schema the same file must show
    # changes, so a diff that lists nothing cannot pass the checks below.
    rc=0
    "$RG" diff --exit-code "$file" "$WORK/empty.sql" >"$WORK/out.txt" 2>&1 || rc=$?
    if [ $rc -eq 1 ] && [ -s "$WORK/out.txt" ]; then
        pass "$name" "sees-changes"
    else
        echo "expected exit 1 and a list of drops from: rollgate diff --exit-code $file EMPTY (got exit $rc)" >>"$WORK/out.txt"
        fail "$name" "sees-changes" "$WORK/out.txt"
    fi
    diff_case "$name" "file->dump" "$file" "$dump"
    diff_case "$name" "dump->file" "$dump" "$file"

    rc=0
    "$RG" catalog "$file" >"$cat" 2>"$WORK/msg.txt" || rc=$?
    if [ $rc -ne 0 ]; then
        echo "exit $rc: rollgate catalog $file" >>"$WORK/msg.txt"
        fail "$name" "file->catalog" "$WORK/msg.txt"
        fail "$name" "catalog-loads" /dev/null
    else
        diff_case "$name" "file->catalog" "$file" "$cat"
        newdb || { fail "$name" "catalog-loads" /dev/null; return; }
        if ! load "$db" "$cat" 1 "$loadlog"; then
            { echo "rollgate catalog output does not load into PostgreSQL 15:"; cat "$loadlog"; } >"$WORK/msg.txt"
            fail "$name" "catalog-loads" "$WORK/msg.txt"
        elif ! "$PG_DUMP" --schema-only -d "$db" -f "$WORK/$base.catdump.sql" 2>"$WORK/msg.txt"; then
            fail "$name" "catalog-loads" "$WORK/msg.txt"
        else
            diff_case "$name" "catalog-loads" "$file" "$WORK/$base.catdump.sql"
        fi
        dropdb_quiet "$db"
    fi
    if [ -n "${RG_KEEP:-}" ]; then
        mkdir -p "$RG_KEEP"
        cp "$dump" "$cat" "$RG_KEEP/" 2>/dev/null || true
    fi
}

run_all() {
    for f in "${handwritten[@]}"; do run_input "$f" 1; done
    for f in "${corpus[@]}"; do run_input "$f" 0; done
    if [ $failed -gt 0 ]; then
        echo
        echo "failed cases:"
        printf '  %s\n' "${failures[@]}"
    fi
    echo "$passed passed, $failed failed"
    [ $failed -eq 0 ]
}

# The cases run in the background and this shell waits: bash runs a trap
# at once during `wait`, but while a foreground psql (which catches SIGINT
# to cancel its query) runs, it would let Ctrl-C pass and carry on.
run_all &
worker=$!
trap 'kill -TERM "$worker" 2>/dev/null; wait "$worker" 2>/dev/null; exit 130' INT TERM
wait "$worker"
