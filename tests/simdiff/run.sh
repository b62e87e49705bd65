#!/usr/bin/env bash
# run.sh — the simulator checked against a real PostgreSQL 15, query by query.
#
#   tests/simdiff/run.sh ROLLGATE [SUITE_DIR ...]    (default: this folder)
#
# A suite folder holds schemas/<s>.sql and queries/<s>.<topic>.sql: every
# query file is checked against the schema named before the first dot of
# its file name.  Queries carry sqlc-style `-- name: x` markers, `$1`
# parameters, and optionally an `-- expect: CODE` line (ok or one of
# rollgate's codes) saying what the server answers, so a query that does
# not test what it claims is caught too.
#
# Each schema is loaded into a fresh database of a throwaway cluster.  For
# every query, the server's verdict (lib.sh: PREPARE + EXPLAIN EXECUTE with
# NULL parameters, SQLSTATE mapped to rollgate's codes) is compared with
#   rollgate check SCHEMA --app <topic>=QUERYFILE --format csv
# (columns app,query,verdict,code,detail).  One line per disagreement with
# both verdicts, then "N passed, N failed"; exit 1 on any disagreement.
#
# RG_SIMDIFF_SERVER_ONLY=1 checks only the suite against the server (the
# `-- expect:` annotations), without rollgate.  RG_KEEP=DIR keeps the work.
set -uo pipefail
SD_NAME=run.sh
SD_USAGE="[SUITE_DIR ...]"
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"

SUITES=("$@")
[ ${#SUITES[@]} -gt 0 ] || SUITES=("$SD_HERE")

problems=0
nqueries=0
for suite in "${SUITES[@]}"; do
    suite=$(cd "$suite" && pwd) || { problems=$((problems + 1)); continue; }
    for schema in "$suite"/schemas/*.sql; do
        [ -f "$schema" ] || continue
        s=$(basename "$schema" .sql)
        db=simdiff_$(echo "$s" | tr -c 'a-zA-Z0-9_\n' '_')
        createdb_sd "$db"
        if ! sqlfile "$db" "$schema" "$WORK/load.log"; then
            echo "FAIL  $schema does not load into PostgreSQL 15:"
            sed 's/^/      | /' "$WORK/load.log"
            problems=$((problems + 1))
            dropdb_sd "$db"
            continue
        fi
        for qf in "$suite"/queries/"$s".*.sql; do
            [ -f "$qf" ] || continue
            ctx=$(basename "$qf" .sql)
            app=${ctx#"$s".}
            qdir=$WORK/q/$ctx
            names=$(split_queries "$qf" "$qdir")
            if [ -z "$names" ]; then
                echo "FAIL  $qf has no '-- name:' queries"
                problems=$((problems + 1))
                continue
            fi
            for n in $names; do
                expect=
                [ -f "$qdir/$n.expect" ] && expect=$(cat "$qdir/$n.expect")
                record_server "$ctx" "$app" "$n" "$expect" "$(server_verdict "$db" "$qdir/$n.sql")"
                nqueries=$((nqueries + 1))
            done
            if [ -n "${RG_SIMDIFF_SERVER_ONLY:-}" ]; then
                continue
            fi
            out=$WORK/$ctx.csv
            rc=0
            "$RG" check "$schema" --app "$app=$qf" --format csv >"$out" 2>"$WORK/$ctx.err" || rc=$?
            if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
                echo "FAIL  $ctx: rollgate check exited $rc (0 or 1 expected):"
                echo "      (rollgate check $schema --app $app=$qf --format csv)"
                sed -n '1,20p' "$WORK/$ctx.err" | sed 's/^/      | /'
                problems=$((problems + 1))
            fi
            if ! load_rg_csv "$ctx" "$out" "app,query,verdict,code,detail" "$WORK/load.log"; then
                echo "FAIL  $ctx: rollgate's CSV does not load (header app,query,verdict,code,detail):"
                sed -n '1,10p' "$WORK/load.log" | sed 's/^/      | /'
                sed -n '1,5p' "$out" | sed 's/^/      > /'
                problems=$((problems + 1))
            fi
        done
        dropdb_sd "$db"
    done
done
load_server
if [ -n "${RG_SIMDIFF_SERVER_ONLY:-}" ]; then
    # rollgate stands in as an oracle that says what the server said, so only
    # the suite's own annotations are checked.
    meta "INSERT INTO rg SELECT ctx, app, query, state, code, '' FROM server" >/dev/null
fi
echo "== $nqueries queries; server verdicts: $(meta "SELECT string_agg(c || ' ' || n, ', ' ORDER BY c) FROM (SELECT coalesce(code, 'ok') c, count(*) n FROM server GROUP BY 1) x")"
compare "$problems"
