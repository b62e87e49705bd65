# lib.sh — what run_e2e.sh and check_locks.sh share: one throwaway
# PostgreSQL 15 cluster for the whole run, the PASS/FAIL bookkeeping, the
# plan invocation, and the plan's CSV files loaded into a scratch database
# so PostgreSQL's own RFC 4180 reader parses them (no hand-rolled CSV in
# shell).  Sourced, not run; the caller sets E2E_NAME before sourcing.
#
# Layout of a scenario (tests/e2e/scenarios/<name>/):
#   old.sql new.sql        the two schemas
#   args                   extra `rollgate plan` flags, word-split like $(cat args)
#   apps/1-v1.sql ...      sqlc-style queries of each app version, release order
#   seed.sql               a few thousand rows for the old schema
#   traffic.sql            psql script run while both versions are live
#   check.sql              rows returned = broken data after the last up
#   check_down.sql         (optional) the same after the last down

E2E_HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
E2E_ROOT=$(cd "$E2E_HERE/../.." && pwd)
E2E_SCEN_DIR=$E2E_HERE/scenarios
E2E_CLUSTER=$E2E_ROOT/tests/pg/cluster.sh

if [ $# -lt 1 ]; then
    echo "usage: $E2E_NAME ROLLGATE [SCENARIO ...]" >&2
    exit 2
fi
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
if [ ! -x "$RG" ]; then
    echo "$E2E_NAME: $RG is not executable" >&2
    exit 2
fi
SCENARIOS=()
if [ $# -gt 0 ]; then
    for s in "$@"; do SCENARIOS+=("$(basename "$s")"); done
else
    for d in "$E2E_SCEN_DIR"/*/; do SCENARIOS+=("$(basename "$d")"); done
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/rg-e2e.XXXXXX")
RG_PG_DIR=
e2e_cleanup() {
    [ -n "$RG_PG_DIR" ] && "$E2E_CLUSTER" stop "$RG_PG_DIR"
    if [ -n "${RG_KEEP:-}" ]; then
        mkdir -p "$RG_KEEP" && cp -r "$WORK"/. "$RG_KEEP"/ 2>/dev/null
    fi
    rm -rf "$WORK"
}
trap e2e_cleanup EXIT
trap 'exit 130' INT TERM

exports=$("$E2E_CLUSTER" start) || { echo "$E2E_NAME: could not start PostgreSQL" >&2; exit 1; }
eval "$exports"

PSQL=(psql -X -q -v ON_ERROR_STOP=1)
PG_BIN=$(dirname "$(command -v pg_dump)")
[ -x /usr/lib/postgresql/15/bin/pg_dump ] && PG_BIN=/usr/lib/postgresql/15/bin
PG_DUMP=$PG_BIN/pg_dump

passed=0
failed=0
failures=()

pass() { passed=$((passed + 1)); printf 'PASS  %-26s %s\n' "$1" "$2"; }

# fail NAME CHECK [DETAIL-FILE]: the detail (psql error, diff) is indented
# under the line so a failing run can be routed without re-running it.
fail() {
    failed=$((failed + 1))
    failures+=("$1 $2")
    printf 'FAIL  %-26s %s\n' "$1" "$2"
    if [ -n "${3:-}" ] && [ -s "$3" ]; then
        local n
        n=$(wc -l <"$3")
        sed -n '1,120p' "$3" | sed 's/^/      | /'
        [ "$n" -gt 120 ] && echo "      | ... ($((n - 120)) more lines)"
    fi
    return 0
}

# note FILE TEXT...: appends a line of context to a detail file.
note() { local f=$1; shift; printf '%s\n' "$*" >>"$f"; }

summary() {
    if [ $failed -gt 0 ]; then
        echo
        echo "failed checks:"
        printf '  %s\n' "${failures[@]}"
    fi
    echo "$passed passed, $failed failed"
    [ $failed -eq 0 ]
}

# Databases are dropped when a scenario is done; names are plain
# identifiers (scenario names are [a-z0-9_]).
createdb_e2e() { # NAME [TEMPLATE]
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $1" >/dev/null 2>&1
    "${PSQL[@]}" -d postgres -c "CREATE DATABASE $1 TEMPLATE ${2:-template0}" >/dev/null
}
dropdb_e2e() { "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $1" >/dev/null 2>&1 || true; }

# sqlfile DB FILE LOG: runs FILE stopping at the first error; messages
# (not query results) go to LOG.
sqlfile() { "${PSQL[@]}" -d "$1" -f "$2" >/dev/null 2>"$3"; }

# is_notx FILE: the contract marks a file that must run outside a
# transaction block by its first line.
is_notx() { head -n1 "$1" | tr -d '\r' | grep -qE '^-- rollgate:no-transaction[[:space:]]*$'; }

# apply_migration DB FILE LOG: no-transaction files run in autocommit;
# every other file runs as ONE transaction.
apply_migration() {
    if is_notx "$2"; then
        psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$2" >/dev/null 2>"$3"
    else
        psql -X -q -v ON_ERROR_STOP=1 --single-transaction -d "$1" -f "$2" >/dev/null 2>"$3"
    fi
}

# load_old DB SCEN LOG: old.sql then seed.sql.
load_old() {
    createdb_e2e "$1" && sqlfile "$1" "$2/old.sql" "$3" && sqlfile "$1" "$2/seed.sql" "$3"
}

# plan_args SCEN: prints the plan's argument list, NUL-separated: the apps
# in release order (apps/N-NAME.sql sorted by N), then $(cat args).
plan_args() {
    local scen=$1 f base
    for f in $(ls "$scen/apps" | sort -n); do
        base=${f%.sql}
        printf -- '--app\0%s=%s\0' "${base#*-}" "$scen/apps/$f"
    done
    if [ -f "$scen/args" ]; then
        local a
        set -f
        for a in $(cat "$scen/args"); do printf '%s\0' "$a"; done
        set +f
    fi
}

# run_plan SCEN OUT LOG: rollgate plan; returns its exit code.
run_plan() {
    local scen=$1 out=$2 log=$3 args=()
    mapfile -d '' args < <(plan_args "$scen")
    rm -rf "$out"
    local rc=0
    (cd "$scen" && "$RG" plan old.sql new.sql "${args[@]}" --out "$out") >"$log" 2>&1 || rc=$?
    echo "(exit $rc: rollgate plan old.sql new.sql ${args[*]} --out $out)" >>"$log"
    return $rc
}

# app_file SCEN APP: the query file of an app version.
app_file() { ls "$1"/apps/*-"$2".sql 2>/dev/null | head -n1; }

# split_queries APPFILE DIR: one file per `-- name: x` query (trailing ';'
# removed) so each can be PREPAREd on its own; prints the names in order.
split_queries() {
    mkdir -p "$2"
    awk -v dir="$2" '
        /^[[:space:]]*--[[:space:]]*name:/ {
            sub(/^[[:space:]]*--[[:space:]]*name:[[:space:]]*/, "")
            split($0, w, /[[:space:]]+/)
            name = w[1]; print name; out = dir "/" name ".sql"; printf "" > out; next
        }
        name != "" { print >> out }
    ' "$1"
    local f
    for f in "$2"/*.sql; do
        [ -f "$f" ] || continue
        # drop the statement terminator: PREPARE x AS <query> takes one query
        sed -i -e ':a' -e '$!{N;ba' -e '}' -e 's/;[[:space:]]*$//' "$f"
    done
}

# is_write QUERYFILE: INSERT/UPDATE/DELETE (after leading comments).
is_write() {
    grep -v '^[[:space:]]*--' "$1" | grep -v '^[[:space:]]*$' | head -n1 |
        grep -qiE '^[[:space:]]*(INSERT|UPDATE|DELETE)'
}

# expect_field SCEN KEY: the values of KEY in the scenario's expect file
# (run_e2e.sh describes the keys).
expect_field() {
    [ -f "$1/expect" ] || return 0
    awk -v k="$2" '$1 == k { $1 = ""; sub(/^ /, ""); print }' "$1/expect"
}

# ---- the plan's CSV files, read by PostgreSQL ----------------------------

META=e2e_meta
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $META TEMPLATE template0" >/dev/null
meta() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$META" -c "$1"; }

# load_csvs OUT LOG: (re)loads stages.csv and steps.csv; HEADER MATCH makes
# the server check the header row against the contract's column names.
load_csvs() {
    local out=$1 log=$2
    {
        echo 'SET client_min_messages = warning;'
        echo 'DROP TABLE IF EXISTS stages, steps;'
        echo 'CREATE TABLE stages (stage text, name text, kind text, apps text, files text);'
        echo 'CREATE TABLE steps (step text, stage text, file text, statement text, object text,'
        echo '    lock text, blocks_reads text, blocks_writes text, rewrites_table text,'
        echo '    scans_table text, transactional text, down text, down_lossless text, notes text,'
        echo '    work text, table_rows text, table_bytes text, est_seconds text);'
        echo "\\copy stages FROM '$out/stages.csv' WITH (FORMAT csv, HEADER match)"
        echo "\\copy steps FROM '$out/steps.csv' WITH (FORMAT csv, HEADER match)"
        cat <<'SQL'
-- Cells starting with = + - @ carry a protective leading quote (contract).
UPDATE steps SET statement = substr(statement, 2) WHERE statement ~ '^''[-=+@]';
UPDATE steps SET object = substr(object, 2) WHERE object ~ '^''[-=+@]';
UPDATE steps SET down = substr(down, 2) WHERE down ~ '^''[-=+@]';
DO $$
DECLARE bad text;
BEGIN
    SELECT string_agg(quote_literal(stage), ', ') INTO bad FROM stages WHERE stage !~ '^[0-9]+$';
    IF bad IS NOT NULL THEN RAISE EXCEPTION 'stages.csv: stage is not a number: %', bad; END IF;
    SELECT string_agg(quote_literal(step) || '/' || quote_literal(stage), ', ') INTO bad
    FROM steps WHERE step !~ '^[0-9]+$' OR stage !~ '^[0-9]+$';
    IF bad IS NOT NULL THEN RAISE EXCEPTION 'steps.csv: step/stage not a number: %', bad; END IF;
END $$;
SQL
    } | psql -X -q -v ON_ERROR_STOP=1 -d "$META" >/dev/null 2>"$log"
}

stage_list() { meta "SELECT stage FROM stages ORDER BY stage::int"; }
stage_field() { meta "SELECT $2 FROM stages WHERE stage = '$1'"; }
stage_apps() { meta "SELECT a FROM stages, unnest(string_to_array(apps, ';')) WITH ORDINALITY u(a, n) WHERE stage = '$1' AND a <> '' ORDER BY n"; }
stage_files() { meta "SELECT f FROM stages, unnest(string_to_array(files, ';')) WITH ORDINALITY u(f, n) WHERE stage = '$1' AND f <> '' ORDER BY n"; }

# resolve_file OUT F: files are named relative to DIR or to DIR/migrations.
resolve_file() {
    if [ -f "$1/$2" ]; then echo "$1/$2"
    elif [ -f "$1/migrations/$2" ]; then echo "$1/migrations/$2"
    else return 1
    fi
}
