#!/usr/bin/env bash
# test_stats_cli.sh — table sizes end to end: `plan --stats FILE` grades a
# blocking rewrite by size (50 GB: error, exit 1; 20 rows: fine, exit 0)
# and writes the estimate columns of steps.csv and the Markdown; a bad
# --stats file stops the run at its file:line with exit 2 and nothing
# written; `--stats-from URL` reads the sizes of a real PostgreSQL 15
# (tests/pg/cluster.sh) with the password of the URL in no output.
#
#   tests/stats/test_stats_cli.sh ROLLGATE REPO_ROOT [pg]
#
# Without "pg" the server part is not run; with it and no initdb the test
# is a skip (exit 77). The last line is "N passed, N failed".
set -uo pipefail
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(cd "$2" && pwd)
MODE=${3:-}
CASE=$ROOT/tests/plan/cases/identity_nullable/inputs
WORK=$(mktemp -d "${TMPDIR:-/tmp}/rg-stats.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "PASS  $1"; }
bad() { failed=$((failed + 1)); echo "FAIL  $1"; [ -n "${2:-}" ] && [ -s "$2" ] && sed -n '1,30p' "$2" | sed 's/^/      | /'; return 0; }

# col STEPS_CSV STEP NAME: a column of steps.csv by header name
col() {
    python3 - "$1" "$2" "$3" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='')))
for r in rows:
    if r['step'] == sys.argv[2]:
        print(r[sys.argv[3]])
PY
}

if [ "$MODE" != pg ]; then
    # 1. a 50 GB table: the identity column's rewrite under ACCESS EXCLUSIVE
    printf 'schema,table,rows,bytes\npublic,audit,500000000,53687091200\npublic,events,20,8192\n' >"$WORK/big.csv"
    "$RG" plan "$CASE/old.sql" "$CASE/new.sql" --stats "$WORK/big.csv" --out "$WORK/big" \
        --summary-md "$WORK/big.md" >"$WORK/big.out" 2>&1
    rc=$?
    [ "$rc" = 1 ] && ok "50 GB rewrite: exit 1" || bad "50 GB rewrite: exit $rc, want 1" "$WORK/big.out"
    grep -q 'error table_size_risk: rewrite of public.audit (50 GB, 500000000 rows) under ACCESS EXCLUSIVE' "$WORK/big.out" \
        && ok "50 GB rewrite: an error-level table_size_risk finding" || bad "no table_size_risk error" "$WORK/big.out"
    step=$(python3 -c "
import csv
for r in csv.DictReader(open('$WORK/big/steps.csv', newline='')):
    if r['work'] == 'rewrite': print(r['step']); break")
    [ -n "$step" ] && [ "$(col "$WORK/big/steps.csv" "$step" table_bytes)" = 53687091200 ] \
        && [ "$(col "$WORK/big/steps.csv" "$step" table_rows)" = 500000000 ] \
        && [ "$(col "$WORK/big/steps.csv" "$step" est_seconds)" != "" ] \
        && ok "steps.csv: work, table_rows, table_bytes, est_seconds of the rewrite" \
        || bad "steps.csv estimate columns (step '$step')" "$WORK/big/steps.csv"
    grep -q 'table_size_risk' "$WORK/big.md" && grep -q '^### rollgate: ❌ not proven safe' "$WORK/big.md" \
        && grep -q 'rewrite of 50 GB' "$WORK/big.md" \
        && ok "summary.md: verdict, the finding and the risky step" || bad "markdown summary" "$WORK/big.md"
    # the same but for the link line (OUT/summary.md links report.html beside it)
    cmp -s <(sed '$d' "$WORK/big.md") <(sed '$d' "$WORK/big/summary.md") \
        && ok "--summary-md equals OUT/summary.md" || bad "--summary-md differs from OUT/summary.md"
    python3 -c "import sqlite3,sys; sys.exit(0 if ('stats',) in sqlite3.connect('$WORK/big/rollgate.db').execute('SELECT role FROM inputs').fetchall() else 1)" \
        && ok "the --stats file is a recorded input" || bad "stats input not recorded"

    # 2. a 20-row table: the same rewrite is fine
    printf 'schema,table,rows,bytes\npublic,audit,20,8192\n' >"$WORK/small.csv"
    "$RG" plan "$CASE/old.sql" "$CASE/new.sql" --stats "$WORK/small.csv" --out "$WORK/small" >"$WORK/small.out" 2>&1
    rc=$?
    [ "$rc" = 0 ] && ! grep -q table_size_risk "$WORK/small.out" \
        && ok "20-row rewrite: exit 0, no finding" || bad "20-row rewrite: exit $rc" "$WORK/small.out"

    # 3. no sizes: the columns are there, empty
    "$RG" plan "$CASE/old.sql" "$CASE/new.sql" --out "$WORK/none" >/dev/null 2>&1
    head -1 "$WORK/none/steps.csv" | grep -q ',notes,work,table_rows,table_bytes,est_seconds' \
        && [ "$(col "$WORK/none/steps.csv" "$step" table_bytes)" = "" ] \
        && ok "without --stats: estimate columns empty" || bad "columns without --stats" "$WORK/none/steps.csv"

    # 4. bad input: file:line, exit 2, nothing written
    printf 'schema,table,rows,bytes\npublic,audit,20,8192\npublic,events,ten,8192\n' >"$WORK/bad.csv"
    "$RG" plan "$CASE/old.sql" "$CASE/new.sql" --stats "$WORK/bad.csv" --out "$WORK/bad" >"$WORK/bad.out" 2>&1
    rc=$?
    [ "$rc" = 2 ] && grep -q "bad.csv:3:1: error: rows 'ten' is not a non-negative integer" "$WORK/bad.out" \
        && [ ! -e "$WORK/bad" ] && ok "bad --stats row: file:line, exit 2, nothing written" \
        || bad "bad --stats: exit $rc" "$WORK/bad.out"
    "$RG" plan "$CASE/old.sql" "$CASE/new.sql" --stats "$WORK/missing.csv" --out "$WORK/bad" >"$WORK/bad.out" 2>&1
    rc=$?
    [ "$rc" = 2 ] && grep -q "cannot read --stats" "$WORK/bad.out" && [ ! -e "$WORK/bad" ] \
        && ok "missing --stats file: exit 2" || bad "missing --stats: exit $rc" "$WORK/bad.out"
    "$RG" plan "$CASE/old.sql" "$CASE/new.sql" --stats "$WORK/big.csv" --stats-from postgresql:///x --out "$WORK/bad" \
        >"$WORK/bad.out" 2>&1
    rc=$?
    [ "$rc" = 2 ] && [ ! -e "$WORK/bad" ] && ok "--stats with --stats-from: exit 2" || bad "both: exit $rc" "$WORK/bad.out"
    "$RG" plan "$CASE/old.sql" "$CASE/new.sql" --stats-from 'postgresql://u:s3cret@127.0.0.1:1/x?connect_timeout=3' \
        --out "$WORK/bad" >"$WORK/bad.out" 2>&1
    rc=$?
    [ "$rc" = 2 ] && grep -q 'u:\*\*\*@127.0.0.1:1' "$WORK/bad.out" && ! grep -q s3cret "$WORK/bad.out" && [ ! -e "$WORK/bad" ] \
        && ok "unreachable --stats-from: exit 2, password redacted" || bad "unreachable --stats-from: exit $rc" "$WORK/bad.out"
else
    command -v initdb >/dev/null 2>&1 || [ -x /usr/lib/postgresql/15/bin/initdb ] \
        || { echo "skipped: no PostgreSQL 15 initdb (install postgresql-15)"; exit 77; }
    if [ "${RG_IN_CLUSTER:-}" != 1 ]; then
        RG_IN_CLUSTER=1 exec "$ROOT/tests/pg/cluster.sh" run "$0" "$@"
    fi
    psql -X -q -v ON_ERROR_STOP=1 -d postgres >"$WORK/psql.out" 2>&1 <<'SQL'
CREATE TABLE audit (note text);
INSERT INTO audit SELECT 'note ' || g FROM generate_series(1, 50000) g;
CREATE TABLE events (id bigint, kind text);
ANALYZE;
SQL
    url="postgresql:///postgres?host=$PGHOST&port=$PGPORT&user=$PGUSER&password=s3cret"
    "$RG" plan "$CASE/old.sql" "$CASE/new.sql" --stats-from "$url" --out "$WORK/pg" --format markdown \
        >"$WORK/pg.out" 2>&1
    rc=$?
    [ "$rc" = 0 ] && ok "--stats-from a real server: exit 0" || bad "--stats-from: exit $rc" "$WORK/pg.out"
    want=$(psql -X -At -d postgres -c "SELECT pg_total_relation_size('audit')")
    got=$(python3 -c "
import csv
for r in csv.DictReader(open('$WORK/pg/steps.csv', newline='')):
    if r['work'] == 'rewrite': print(r['table_rows'] + ' ' + r['table_bytes']); break")
    [ "$got" = "50000 $want" ] && ok "sizes from pg_class and pg_total_relation_size ($got)" \
        || bad "sizes from the server: got '$got', want '50000 $want'" "$WORK/pg/steps.csv"
    if grep -rq s3cret "$WORK/pg" "$WORK/pg.out"; then
        bad "the URL's password appears in an output"
    else
        python3 -c "import sqlite3,sys; c=sqlite3.connect('$WORK/pg/rollgate.db').execute('SELECT command_line FROM runs').fetchone()[0]; sys.exit(0 if 'password=***' in c and 's3cret' not in c else 1)" \
            && ok "password redacted in the ledger's command line, the report, the Markdown" \
            || bad "command line not redacted"
    fi
    # the export the contract gives for --stats (psql --csv) is read as is
    psql -X -d postgres --csv -c "SELECT n.nspname AS schema, c.relname AS \"table\",
      greatest(c.reltuples, 0)::bigint AS rows, pg_total_relation_size(c.oid) AS bytes
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r','p','m') AND n.nspname NOT IN ('pg_catalog','information_schema')
        AND n.nspname NOT LIKE 'pg\\_toast%'" >"$WORK/export.csv"
    "$RG" plan "$CASE/old.sql" "$CASE/new.sql" --stats "$WORK/export.csv" --out "$WORK/exp" >"$WORK/exp.out" 2>&1
    rc=$?
    got=$(python3 -c "
import csv
for r in csv.DictReader(open('$WORK/exp/steps.csv', newline='')):
    if r['work'] == 'rewrite': print(r['table_rows'] + ' ' + r['table_bytes']); break")
    [ "$rc" = 0 ] && [ "$got" = "50000 $want" ] && ok "the contract's psql --csv export works as --stats" \
        || bad "psql export as --stats: exit $rc, '$got'" "$WORK/exp.out"
    # read-only: the session could not have written (a write in the same
    # kind of transaction fails)
    psql -X -At -d postgres -c "BEGIN TRANSACTION READ ONLY; CREATE TABLE x (a int);" >"$WORK/ro.out" 2>&1 \
        && bad "a READ ONLY transaction accepted a write" || ok "READ ONLY transactions refuse writes on this server"
fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
