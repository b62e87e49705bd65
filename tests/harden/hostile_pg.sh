#!/usr/bin/env bash
# hostile_pg.sh — every subcommand on every hostile-name fixture, with the
# SQL it emits applied to a throwaway PostgreSQL 15.
#
# Fixtures: tests/harden/hostile/*/ (old.sql, new.sql, v1.sql, v2.sql),
# the report case (tests/report/cases/fixed/inputs/) and the canonical-SQL
# case (tests/canonical/cases/hostile/inputs/schema.sql, planned against
# itself plus a change).
# Names carry markup, "; DROP TABLE sentinel; --" in every quoting context,
# quotes, backslashes, unicode, parentheses, dots, format strings, keywords
# and names PostgreSQL truncates. Each database starts with a table
# `sentinel` that an injected statement would drop.
#
# Per fixture:
#   catalog  its canonical SQL loads, and the result equals OLD loaded as is
#   diff     text, CSV and JSON (the JSON parses)
#   plan     every up file applies in order (no-transaction files outside a
#            transaction) and the database then equals NEW loaded as is; the
#            downs in reverse give OLD back
#   check    every query of the last app against NEW
#   verify   agrees with the server on every step and query (no false alarm)
#   report   re-creates the plan's files byte for byte
#   runs     lists the run
# "Equals" is `rollgate diff --exit-code` of the two pg_dumps plus a listing
# of every relation, function, type, constraint, index and trigger: an extra
# object or a missing sentinel fails.
#
#   tests/harden/hostile_pg.sh ROLLGATE
#
# The last line is "N passed, N failed"; the exit status is 1 on a failure.
set -uo pipefail

if [ $# -lt 1 ]; then
    echo "usage: hostile_pg.sh ROLLGATE" >&2
    exit 2
fi
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/rg-hostile.XXXXXX")
chmod 755 "$WORK"
RG_PG_DIR=
cleanup() {
    [ -n "$RG_PG_DIR" ] && "$ROOT/tests/pg/cluster.sh" stop "$RG_PG_DIR"
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "PASS  $1"; }
bad() {
    failed=$((failed + 1))
    echo "FAIL  $1"
    shift
    for f in "$@"; do
        if [ -f "$f" ]; then sed -n '1,20p' "$f" | sed 's/^/      | /'; else printf '      | %s\n' "$f"; fi
    done
}

exports=$("$ROOT/tests/pg/cluster.sh" start) || { echo "hostile_pg.sh: could not start PostgreSQL" >&2; exit 1; }
eval "$exports"
PSQL=(psql -X -q -v ON_ERROR_STOP=1)
export PGOPTIONS="-c client_min_messages=warning"
PG_BIN=$(dirname "$(command -v pg_dump)")
[ -x /usr/lib/postgresql/15/bin/pg_dump ] && PG_BIN=/usr/lib/postgresql/15/bin

# newdb DB: a fresh database holding only the sentinel.
newdb() {
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null &&
        "${PSQL[@]}" -d "$1" -c "CREATE TABLE public.sentinel (id integer)" >/dev/null
}

# apply DB FILE LOG: one file, in one transaction unless it says otherwise.
apply() {
    local one=(-1)
    head -1 "$2" | grep -q '^-- rollgate:no-transaction' && one=()
    "${PSQL[@]}" "${one[@]}" -d "$1" -f "$2" >>"$3" 2>&1
}

# catalog_of DB OUT: what "equals" compares — the dump, and a listing of
# every object with its identity.
catalog_of() {
    "$PG_BIN/pg_dump" --schema-only --no-owner --no-privileges -d "$1" >"$2.sql" 2>"$2.err"
    "${PSQL[@]}" -At -d "$1" >"$2.objects" 2>>"$2.err" <<'EOF'
SELECT 'rel', n.nspname, c.relname, c.relkind::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
UNION ALL SELECT 'fn', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)
 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
UNION ALL SELECT 'type', n.nspname, t.typname, t.typtype::text FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
UNION ALL SELECT 'con', conrelid::regclass::text, conname, contype::text FROM pg_constraint
 WHERE connamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
UNION ALL SELECT 'trg', tgrelid::regclass::text, tgname, '' FROM pg_trigger WHERE NOT tgisinternal
UNION ALL SELECT 'schema', nspname, '', '' FROM pg_namespace WHERE nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema'
UNION ALL SELECT 'enum', t.typname, e.enumlabel, e.enumsortorder::text FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
ORDER BY 1, 2, 3, 4;
EOF
}

# same NAME DB EXPECTED-DB: DB's catalog equals EXPECTED-DB's, sentinel kept.
same() {
    local name=$1 a=$WORK/cat_$2 b=$WORK/cat_$3
    catalog_of "$2" "$a"
    catalog_of "$3" "$b"
    if ! grep -q '^rel|public|sentinel|r$' "$a.objects"; then
        bad "$name: the sentinel table survives" "$a.objects"
        return
    fi
    "$RG" diff "$a.sql" "$b.sql" --exit-code >"$WORK/same.diff" 2>&1
    local code=$?
    if [ "$code" != 0 ]; then
        bad "$name: the schema equals the expected one (rollgate diff exit $code)" "$WORK/same.diff"
    elif ! diff "$a.objects" "$b.objects" >"$WORK/same.objects" 2>&1; then
        bad "$name: no object more or less than expected" "$WORK/same.objects"
    else
        ok "$name"
    fi
}

# run_case NAME OLD NEW [V1 V2]
run_case() {
    local c=$1 old=$2 new=$3 v1=${4:-} v2=${5:-}
    local w=$WORK/$c apps=()
    mkdir -p "$w"
    [ -n "$v1" ] && apps=(--app "v1=$v1" --app "v2=$v2")
    newdb h_old && "${PSQL[@]}" -1 -d h_old -f "$old" >"$w/load_old.log" 2>&1 ||
        { bad "$c: OLD loads into PostgreSQL" "$w/load_old.log"; return; }
    newdb h_new && "${PSQL[@]}" -1 -d h_new -f "$new" >"$w/load_new.log" 2>&1 ||
        { bad "$c: NEW loads into PostgreSQL" "$w/load_new.log"; return; }

    # catalog: the canonical SQL means the same schema.
    "$RG" catalog "$old" >"$w/canonical.sql" 2>"$w/catalog.err"
    local code=$?
    if [ "$code" != 0 ]; then bad "$c: catalog (exit $code)" "$w/catalog.err"
    elif newdb h_canon && "${PSQL[@]}" -1 -d h_canon -f "$w/canonical.sql" >"$w/canon.log" 2>&1; then
        same "$c: catalog's canonical SQL applies and equals OLD" h_canon h_old
    else bad "$c: catalog's canonical SQL applies" "$w/canon.log"; fi

    # diff: every format.
    local fmt
    for fmt in text csv json; do
        "$RG" diff "$old" "$new" --format "$fmt" >"$w/diff.$fmt" 2>"$w/diff.err"
        code=$?
        if [ "$code" != 0 ] || [ ! -s "$w/diff.$fmt" ]; then bad "$c: diff --format $fmt (exit $code)" "$w/diff.err"
        elif [ "$fmt" = json ] && ! python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$w/diff.json" 2>"$w/json.err"; then
            bad "$c: diff --format json parses" "$w/json.err"
        else ok "$c: diff --format $fmt"; fi
    done

    # plan: the migrations take OLD to NEW, the downs back.
    "$RG" plan "$old" "$new" "${apps[@]}" --out "$w/plan" >"$w/plan.out" 2>"$w/plan.err"
    code=$?
    if [ "$code" -gt 1 ]; then
        bad "$c: plan (exit $code)" "$w/plan.err"
        return
    fi
    ok "$c: plan (exit $code)"
    newdb h_mig && "${PSQL[@]}" -1 -d h_mig -f "$old" >/dev/null 2>&1
    local f applied=1
    : >"$w/apply.log"
    for f in "$w"/plan/migrations/*.up.sql; do
        [ -e "$f" ] || continue
        apply h_mig "$f" "$w/apply.log" || { applied=0; echo "in $f" >>"$w/apply.log"; break; }
    done
    if [ "$applied" = 1 ]; then same "$c: plan's up files apply and give NEW" h_mig h_new
    else bad "$c: plan's up files apply" "$w/apply.log"; fi
    if [ "$applied" = 1 ]; then
        : >"$w/down.log"
        for f in $(ls "$w"/plan/migrations/*.down.sql 2>/dev/null | sort -r); do
            apply h_mig "$f" "$w/down.log" || { applied=0; echo "in $f" >>"$w/down.log"; break; }
        done
        if [ "$applied" = 1 ]; then same "$c: the downs in reverse give OLD back" h_mig h_old
        else bad "$c: the down files apply" "$w/down.log"; fi
    fi

    # check: every query against NEW.
    if [ -n "$v2" ]; then
        "$RG" check "$new" --app "v2=$v2" >"$w/check.csv" 2>"$w/check.err"
        code=$?
        if [ "$code" -le 1 ] && [ "$(head -1 "$w/check.csv" | tr -d '\r')" = "app,query,verdict,code,detail" ] &&
            python3 -c 'import csv,sys; list(csv.reader(open(sys.argv[1])))' "$w/check.csv"; then
            ok "$c: check (exit $code)"
        else bad "$c: check (exit $code)" "$w/check.err"; fi
    fi

    # verify: the server agrees with every prediction (exit 1 may still
    # come from the plan's own error verdicts, as for plan).
    "$RG" verify "$old" "$new" "${apps[@]}" --out "$w/verify" >"$w/verify.out" 2>"$w/verify.err"
    code=$?
    if [ "$code" -le 1 ] &&
        grep -Eq ': ([0-9]+)/\1 query verdicts and ([0-9]+)/\2 steps agree; final catalog equals NEW; downs give back OLD' \
            "$w/verify.out" &&
        ! grep -q 'error verify_' "$w/verify.out" &&
        python3 - "$w/verify" <<'EOF'
import csv, sys
for name in ("verification.csv", "verification_steps.csv"):
    rows = list(csv.DictReader(open(f"{sys.argv[1]}/{name}", newline="")))
    if any(r["agree"] != "true" for r in rows):
        sys.exit(f"{name}: a row disagrees")
EOF
    then
        ok "$c: verify agrees with the server (exit $code)"
    else bad "$c: verify agrees with the server (exit $code)" "$w/verify.out" "$w/verify.err"; fi

    # report: the same files again, byte for byte.
    "$RG" report --ledger "$w/plan/rollgate.db" --run 1 --out "$w/again" >"$w/report.out" 2>"$w/report.err"
    code=$?
    if [ "$code" -le 1 ] && diff -r -x rollgate.db -x 'rollgate.db-*' -x compatibility.csv "$w/plan" "$w/again" >"$w/report.diff" 2>&1; then
        ok "$c: report re-creates the run"
    else bad "$c: report re-creates the run (exit $code)" "$w/report.err" "$w/report.diff"; fi

    "$RG" runs --ledger "$w/plan/rollgate.db" >"$w/runs.out" 2>"$w/runs.err"
    code=$?
    if [ "$code" = 0 ] && grep -q "^1	" "$w/runs.out"; then ok "$c: runs"
    else bad "$c: runs (exit $code)" "$w/runs.out" "$w/runs.err"; fi
}

for d in "$HERE"/hostile/*/; do
    n=$(basename "$d")
    run_case "$n" "$d/old.sql" "$d/new.sql" "$d/v1.sql" "$d/v2.sql"
done
R=$ROOT/tests/report/cases/fixed/inputs
run_case report_case "$R/old.sql" "$R/new.sql" "$R/v1.sql" "$R/v2.sql"
E=$ROOT/tests/canonical/cases/hostile/inputs/schema.sql
cp "$E" "$WORK/emit_new.sql"
cat >>"$WORK/emit_new.sql" <<'EOF'
ALTER TABLE "My Schema"."<script>" ADD COLUMN "'; DROP TABLE sentinel; --" text;
CREATE INDEX "x */ DROP TABLE sentinel; /*" ON "My Schema"."<script>" ("with space");
EOF
run_case emit_hostile "$E" "$WORK/emit_new.sql"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
