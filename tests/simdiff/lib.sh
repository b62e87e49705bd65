# lib.sh — what run.sh and stages.sh share: the throwaway PostgreSQL 15
# cluster, splitting sqlc-style query files into one file per query, the
# server's verdict on one query, and the comparison of that verdict with
# rollgate's.  Sourced, not run; the caller sets SD_NAME before sourcing and
# passes its own "$@" (ROLLGATE first).
#
# The server's verdict on a query is what a real PostgreSQL 15 says when the
# application would use it: `PREPARE q AS <query>` (parse analysis: names,
# types, functions), then `EXPLAIN EXECUTE q(NULL, ...)` with one NULL per
# parameter (the planner: ON CONFLICT arbiter inference only happens there).
# Nothing is executed.  An error's SQLSTATE is mapped to rollgate's codes
# (docs/contract.md, compatibility.csv `code`):
#
#   42P01 undefined_table        missing_relation
#   42703 undefined_column       missing_column
#   42702 ambiguous_column       ambiguous_column
#   3F000 invalid_schema_name    missing_schema
#   42883 undefined_function     missing_function, but "operator does not
#                                exist" is a type that no longer compares:
#                                type_mismatch
#   42P10 invalid_column_ref     no_conflict_target (the ON CONFLICT message;
#                                other 42P10s are ORDER BY/DISTINCT errors)
#   42804 datatype_mismatch      type_mismatch
#   42846 cannot_coerce          type_mismatch
#   22P02 invalid_text_repr      type_mismatch (a literal that no longer
#                                fits the column's type, e.g. an enum label)
#   42601 syntax_error           syntax_error
#
# Any other SQLSTATE is printed as is ("other"): rollgate must still call
# the query an error, with whatever code.

SD_HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SD_ROOT=$(cd "$SD_HERE/../.." && pwd)
SD_CLUSTER=$SD_ROOT/tests/pg/cluster.sh

if [ $# -lt 1 ]; then
    echo "usage: $SD_NAME ROLLGATE ${SD_USAGE:-}" >&2
    exit 2
fi
RG=$(cd "$(dirname "$1")" 2>/dev/null && pwd)/$(basename "$1")
if [ -z "${RG_SIMDIFF_SERVER_ONLY:-}" ] && [ ! -x "$RG" ]; then
    echo "$SD_NAME: $1 is not executable" >&2
    exit 2
fi
shift

# The codes the server itself raises when a query is prepared: rollgate may
# only give one of these when the server rejects the query too.
SD_SERVER_CODES="missing_relation missing_column ambiguous_column missing_schema missing_function no_conflict_target type_mismatch syntax_error"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/rg-simdiff.XXXXXX")
RG_PG_DIR=
sd_cleanup() {
    [ -n "$RG_PG_DIR" ] && "$SD_CLUSTER" stop "$RG_PG_DIR"
    if [ -n "${RG_KEEP:-}" ]; then
        mkdir -p "$RG_KEEP" && cp -r "$WORK"/. "$RG_KEEP"/ 2>/dev/null
    fi
    rm -rf "$WORK"
}
trap sd_cleanup EXIT
trap 'exit 130' INT TERM

exports=$("$SD_CLUSTER" start) || { echo "$SD_NAME: could not start PostgreSQL" >&2; exit 1; }
eval "$exports"

PSQL=(psql -X -q -v ON_ERROR_STOP=1)

createdb_sd() { # NAME
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $1" >/dev/null 2>&1
    "${PSQL[@]}" -d postgres -c "CREATE DATABASE $1 TEMPLATE template0" >/dev/null
}
dropdb_sd() { "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $1" >/dev/null 2>&1 || true; }

# sqlfile DB FILE LOG: runs FILE, stopping at the first error.
sqlfile() { "${PSQL[@]}" -d "$1" -f "$2" >/dev/null 2>"$3"; }

# is_notx FILE / apply_migration DB FILE LOG: a file whose first line is
# `-- rollgate:no-transaction` runs in autocommit, any other as ONE
# transaction (docs/contract.md).
is_notx() { head -n1 "$1" | tr -d '\r' | grep -qE '^-- rollgate:no-transaction[[:space:]]*$'; }
apply_migration() {
    if is_notx "$2"; then
        psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$2" >/dev/null 2>"$3"
    else
        psql -X -q -v ON_ERROR_STOP=1 --single-transaction -d "$1" -f "$2" >/dev/null 2>"$3"
    fi
}

# split_queries FILE DIR: one DIR/<name>.sql per `-- name: x` query and
# DIR/<name>.expect holding its `-- expect: CODE` annotation, if it has one.
# Trailing blank and comment-only lines and the final ';' are dropped
# (PREPARE takes one statement).  Prints the names in file order; text
# before the first marker is not a query.
split_queries() {
    mkdir -p "$2"
    awk -v dir="$2" '
        function flush(   i, last) {
            if (name == "") return
            last = n
            while (last > 0 && lines[last] ~ /^[[:space:]]*(--.*)?$/) last--
            if (last > 0) sub(/;[[:space:]]*$/, "", lines[last])
            out = dir "/" name ".sql"
            printf "" > out
            for (i = 1; i <= last; i++) print lines[i] > out
            close(out)
        }
        /^[[:space:]]*--[[:space:]]*name:/ {
            flush()
            sub(/^[[:space:]]*--[[:space:]]*name:[[:space:]]*/, "")
            split($0, w, /[[:space:]]+/)
            name = w[1]; n = 0; print name; next
        }
        name != "" && /^[[:space:]]*--[[:space:]]*expect:/ {
            e = $0; sub(/^[[:space:]]*--[[:space:]]*expect:[[:space:]]*/, "", e)
            split(e, w, /[[:space:]]+/)
            print w[1] > (dir "/" name ".expect")
            close(dir "/" name ".expect")
        }
        name != "" { lines[++n] = $0 }
        END { flush() }
    ' "$1"
}

# map_sqlstate SQLSTATE MESSAGE: rollgate's code for a server error, or
# "other" (see the table at the top).
map_sqlstate() {
    case "$1" in
        42P01) echo missing_relation ;;
        42703) echo missing_column ;;
        42702) echo ambiguous_column ;;
        3F000) echo missing_schema ;;
        42883) case "$2" in
                   "operator does not exist"*) echo type_mismatch ;;
                   *) echo missing_function ;;
               esac ;;
        42P10) case "$2" in
                   *"ON CONFLICT"*) echo no_conflict_target ;;
                   *) echo other ;;
               esac ;;
        42804|42846|22P02) echo type_mismatch ;;
        42601) echo syntax_error ;;
        *) echo other ;;
    esac
}

# server_verdict DB QUERYFILE: prints one line
#   ok<TAB><TAB><TAB>           or
#   error<TAB>CODE<TAB>SQLSTATE<TAB>MESSAGE
# for PREPARE + EXPLAIN EXECUTE with NULL parameters, each run in a fresh
# session.  psql -c sends the text to the server untouched (no psql
# variable interpolation or statement splitting), so any query text is safe.
server_verdict() {
    local db=$1 q err=$WORK/verdict.err n args='' i line st msg
    q=$(cat "$2")
    n=$(psql -X -q -At -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -d "$db" \
            -c "PREPARE rg_simdiff_q AS $q" \
            -c "SELECT cardinality(parameter_types) FROM pg_prepared_statements WHERE name = 'rg_simdiff_q'" \
            2>"$err")
    if [ $? -eq 0 ]; then
        if [ "${n:-0}" -gt 0 ] 2>/dev/null; then
            args=NULL
            for ((i = 1; i < n; i++)); do args="$args, NULL"; done
            args="($args)"
        fi
        if psql -X -q -At -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -d "$db" \
                -c "PREPARE rg_simdiff_q AS $q" -c "EXPLAIN EXECUTE rg_simdiff_q$args" \
                >/dev/null 2>"$err"; then
            printf 'ok\t\t\t\n'
            return 0
        fi
    fi
    line=$(grep -m1 -E 'ERROR:  [0-9A-Z]{5}: ' "$err")
    if [ -z "$line" ]; then
        st=XX000
        msg=$(head -n1 "$err" | tr '\t' ' ')
        [ -n "$msg" ] || msg="psql failed without an error message"
    else
        line=${line#*ERROR:  }
        st=${line%%:*}
        msg=${line#?????: }
    fi
    printf 'error\t%s\t%s\t%s\n' "$(map_sqlstate "$st" "$msg")" "$st" "$(printf '%s' "$msg" | tr '\t' ' ')"
}

# ---- bookkeeping in a scratch database --------------------------------------
# Verdicts of both sides go into tables of META and are compared in SQL, so
# PostgreSQL's own RFC 4180 reader parses rollgate's CSV.

META=rg_simdiff_meta
createdb_sd "$META"
meta() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$META" -c "$1"; }
psql -X -q -v ON_ERROR_STOP=1 -d "$META" >/dev/null <<'SQL'
-- One row per query the server judged.  `ctx` is the stage (stages.sh) or
-- the query file (run.sh); `app` the app name rollgate was given.
CREATE TABLE server (ctx text, app text, query text, expect text,
                     state text, code text, sqlstate text, message text);
CREATE TABLE rg (ctx text, app text, query text, verdict text, code text, detail text);
-- The codes the server itself raises when a query is prepared.
CREATE TABLE server_codes (code text PRIMARY KEY);

-- Agreement, per query:
--   server ok             rollgate ok or warning, or an error whose code is
--                         not one the server raises (not_null_violation,
--                         data_divergence, ...: hazards of running it)
--   server error, code C  rollgate error with code C
--   server error, other   rollgate error (any code)
-- and the server must give the query's `-- expect:` annotation, if any
-- (otherwise the suite itself is wrong).
CREATE VIEW judged AS
SELECT coalesce(s.ctx, r.ctx) AS ctx, coalesce(s.app, r.app) AS app,
       coalesce(s.query, r.query) AS query, s.expect, s.state, s.code AS scode,
       s.sqlstate, s.message, r.verdict, r.code AS rcode, r.detail,
       CASE
         WHEN s.query IS NULL THEN 'rollgate reports a query the server was not asked about (unknown name, or an app not live then)'
         WHEN s.expect IS NOT NULL AND s.expect <> coalesce(s.code, 'ok')
           THEN 'SUITE: the server does not give the annotated verdict ' || s.expect
         WHEN r.query IS NULL THEN 'rollgate printed no row for this query'
         WHEN s.state = 'ok' AND r.verdict IN ('ok', 'warning') THEN NULL
         WHEN s.state = 'ok' AND r.verdict = 'error'
              AND r.code NOT IN (SELECT code FROM server_codes) THEN NULL
         WHEN s.state = 'ok' AND r.verdict = 'error'
           THEN 'the server accepts it, rollgate gives a server-side error'
         WHEN s.state = 'ok' THEN 'unknown rollgate verdict'
         WHEN r.verdict IS DISTINCT FROM 'error' THEN 'the server rejects it, rollgate does not'
         WHEN s.code <> 'other' AND r.code IS DISTINCT FROM s.code
           THEN 'both reject it, with different codes'
         ELSE NULL
       END AS problem
FROM server s FULL JOIN rg r
  ON r.ctx = s.ctx AND r.app = s.app AND r.query = s.query;
SQL
for c in $SD_SERVER_CODES; do meta "INSERT INTO server_codes VALUES ('$c')"; done

# record_server CTX APP NAME EXPECT VERDICT-LINE: appends one server row
# (COPY text format: backslashes doubled, empty EXPECT is NULL).
esc() { printf '%s' "$1" | sed 's/\\/\\\\/g'; }
record_server() {
    local e='\N'
    [ -n "$4" ] && e=$(esc "$4")
    printf '%s\t%s\t%s\t%s\t%s\n' "$(esc "$1")" "$(esc "$2")" "$(esc "$3")" "$e" "$(esc "$5")" \
        >>"$WORK/server.tsv"
}

# load_server: moves the recorded server rows into META.
load_server() {
    [ -f "$WORK/server.tsv" ] || return 0
    psql -X -q -v ON_ERROR_STOP=1 -d "$META" >/dev/null \
        -c "\\copy server FROM '$WORK/server.tsv' WITH (FORMAT text)" \
        -c "UPDATE server SET code = NULL, sqlstate = NULL, message = NULL WHERE state = 'ok'"
    rm -f "$WORK/server.tsv"
}

# load_rg_csv CTX FILE COLUMNS LOG: loads a rollgate CSV (header checked
# against COLUMNS by the server) into rg under context CTX.  COLUMNS is
# "app,query,verdict,code,detail" (check) or "stage,app,query,verdict,code,detail"
# (compatibility.csv: the context becomes "CTX stage N").
load_rg_csv() {
    local ctx=$1 file=$2 cols=$3 log=$4 tcols src
    tcols=$(echo "$cols" | sed 's/\([a-z]*\)/\1 text/g')
    if [[ $cols == stage,* ]]; then src="'$ctx stage ' || stage"; else src="'$ctx'"; fi
    psql -X -q -v ON_ERROR_STOP=1 -d "$META" >/dev/null 2>"$log" <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS rg_in;
CREATE TABLE rg_in ($tcols);
\\copy rg_in FROM '$file' WITH (FORMAT csv, HEADER match)
-- Cells starting with = + - @ carry a protective leading quote (contract).
UPDATE rg_in SET detail = substr(detail, 2) WHERE detail ~ '^''[-=+@]';
INSERT INTO rg SELECT $src, app, query, verdict, nullif(code, ''), detail FROM rg_in;
SQL
}

# compare FILE_PROBLEMS: one line per disagreement (both verdicts), then
# "N passed, N failed" (FILE_PROBLEMS, e.g. a CSV that did not load, count
# as failures too); non-zero when anything failed.
compare() {
    local extra=${1:-0} p f
    psql -X -q -At -v ON_ERROR_STOP=1 -d "$META" <<'SQL'
SELECT format(E'FAIL  %s %s/%s: %s\n      server:   %s\n      rollgate: %s',
              ctx, app, query, problem,
              CASE WHEN state IS NULL THEN '-'
                   WHEN state = 'ok' THEN 'ok'
                   ELSE format('error %s (%s: %s)', scode, sqlstate, message) END,
              CASE WHEN verdict IS NULL THEN '-'
                   ELSE format('%s %s%s', verdict, coalesce(rcode, '-'),
                               CASE WHEN coalesce(detail, '') = '' THEN ''
                                    ELSE ' (' || detail || ')' END) END)
FROM judged WHERE problem IS NOT NULL
ORDER BY ctx, app, query;
SQL
    p=$(meta "SELECT count(*) FROM judged WHERE problem IS NULL")
    f=$(meta "SELECT count(*) FROM judged WHERE problem IS NOT NULL")
    f=$((f + extra))
    echo "$p passed, $f failed"
    [ "$f" -eq 0 ]
}
