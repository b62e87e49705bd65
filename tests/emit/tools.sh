#!/usr/bin/env bash
# tools.sh ROLLGATE TOOL [SCENARIO...] — the files of `plan --emit TOOL`
# applied by the real tool on a throwaway PostgreSQL 15: for each scenario
# of tests/e2e/scenarios (default: blog, add_not_null_backfill,
# index_swap) the old schema and its seed rows are loaded, the tool runs
# the migrations before the deploy, then the rest; the schema must then
# equal the scenario's new.sql (`rollgate diff --exit-code`, the tool's
# own bookkeeping tables left out) and check.sql must find no broken row.
# Then the tool reverts everything, where it can, and the schema must
# equal old.sql again. A tool that is not installed is a ctest skip (77)
# with the reason, never a pass.
set -uo pipefail
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
TOOL=$2
shift 2
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SCEN=$ROOT/tests/e2e/scenarios
SCENARIOS=("$@")
[ ${#SCENARIOS[@]} -gt 0 ] || SCENARIOS=(blog add_not_null_backfill index_swap)

skip() {
    echo "skipped: $*"
    echo "0 passed, 0 failed"
    exit 77
}

case $TOOL in
    dbmate)
        DBMATE=${RG_DBMATE:-$ROOT/tests/emit/node_modules/.bin/dbmate}
        [ -x "$DBMATE" ] || DBMATE=$(command -v dbmate || true)
        [ -n "$DBMATE" ] && [ -x "$DBMATE" ] || skip "dbmate not installed (npm package dbmate; ./build.sh installs it into tests/emit/node_modules)"
        ;;
    sqitch)
        command -v sqitch >/dev/null || skip "sqitch not installed (Debian package sqitch)"
        perl -MDBD::Pg -e1 2>/dev/null || skip "sqitch's PostgreSQL driver missing (Debian package libdbd-pg-perl)"
        ;;
    rails)
        command -v ruby >/dev/null || skip "ruby not installed (Debian packages ruby-activerecord ruby-pg)"
        ruby -e 'require "active_record"; require "pg"' 2>/dev/null ||
            skip "ActiveRecord or the pg gem missing (Debian packages ruby-activerecord ruby-pg)"
        ;;
    golang-migrate)
        command -v migrate >/dev/null ||
            skip "golang-migrate is neither a Debian 12 package nor on npm, so it cannot be installed here; its files are checked by the golden test (emit_formats) only"
        ;;
    flyway)
        command -v flyway >/dev/null ||
            skip "Flyway is a Java download, neither a Debian 12 package nor on npm (the npm wrappers fetch the jar at install time), so it cannot be installed here; its files are checked by the golden test (emit_formats) only"
        ;;
    *)
        echo "tools.sh: unknown tool '$TOOL'" >&2
        exit 2
        ;;
esac

WORK=$(mktemp -d "${TMPDIR:-/tmp}/rg-tools.XXXXXX")
RG_PG_DIR=
cleanup() {
    [ -n "$RG_PG_DIR" ] && "$ROOT/tests/pg/cluster.sh" stop "$RG_PG_DIR"
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
exports=$("$ROOT/tests/pg/cluster.sh" start) || { echo "tools.sh: could not start PostgreSQL" >&2; exit 1; }
eval "$exports"
PSQL=(psql -X -q -v ON_ERROR_STOP=1)
PG_DUMP=pg_dump
[ -x /usr/lib/postgresql/15/bin/pg_dump ] && PG_DUMP=/usr/lib/postgresql/15/bin/pg_dump

passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }

# The schema without the tool's bookkeeping (its tables and sqitch's
# registry schema), compared with a target file by rollgate itself.
same_schema() { # DB FILE WHAT
    local db=$1 file=$2 what=$3
    "$PG_DUMP" --schema-only --no-owner --no-privileges -N sqitch -T public.schema_migrations \
        -T public.ar_internal_metadata "$db" >"$WORK/$db.dump.sql" 2>"$WORK/$db.dump.err" ||
        { bad "$what: pg_dump failed: $(cat "$WORK/$db.dump.err")"; return; }
    if "$RG" diff --exit-code "$WORK/$db.dump.sql" "$file" >"$WORK/$db.diff" 2>&1; then ok; else
        bad "$what: the schema differs from $(basename "$file"):"
        head -20 "$WORK/$db.diff"
    fi
}

no_rows() { # DB FILE WHAT
    local out
    if out=$("${PSQL[@]}" -At -d "$1" -f "$2" 2>&1) && [ -z "$out" ]; then ok; else bad "$3: $out"; fi
}

run() { # WHAT CMD... : the tool's output only when it fails
    local what=$1
    shift
    if "$@" >"$WORK/tool.log" 2>&1; then ok; return 0; fi
    bad "$what: $*"
    tail -30 "$WORK/tool.log"
    return 1
}

RUBY_MIGRATE=$HERE/rails_migrate.rb

for s in "${SCENARIOS[@]}"; do
    d=$SCEN/$s
    db=t_$s
    out=$WORK/$s
    apps=()
    for a in "$d"/apps/*.sql; do
        n=$(basename "$a" .sql)
        apps+=(--app "${n#*-}=$a")
    done
    # shellcheck disable=SC2046
    "$RG" plan "$d/old.sql" "$d/new.sql" "${apps[@]}" $(cat "$d/args" 2>/dev/null) --out "$out" \
        --emit "$TOOL" --after 20240101000000 >"$WORK/plan.out" 2>&1
    rc=$?
    if [ $rc -ne 0 ]; then bad "$s: plan exited $rc"; cat "$WORK/plan.out"; continue; fi
    before=$(sed -n 's/.*before the deploy up to \([0-9]*\).*/\1/p' "$WORK/plan.out")
    "${PSQL[@]}" -d postgres -c "CREATE DATABASE $db"
    "${PSQL[@]}" -d "$db" -f "$d/old.sql" >/dev/null
    [ -f "$d/seed.sql" ] && "${PSQL[@]}" -d "$db" -f "$d/seed.sql" >/dev/null
    url="postgres://$PGUSER@/$db?host=$PGHOST&port=$PGPORT&sslmode=disable&lock_timeout=5s"
    t=$out/$TOOL
    case $TOOL in
        dbmate)
            dm=("$DBMATE" --url "$url" --no-dump-schema)
            run "$s: dbmate before the deploy" "${dm[@]}" -d "$t/migrations" migrate || continue
            run "$s: dbmate after the deploy" "${dm[@]}" -d "$t/migrations" -d "$t/post_migrations" migrate || continue
            ;;
        sqitch)
            sq=(sqitch --plan-file "$t/sqitch.plan" --top-dir "$t")
            target="db:pg:$db"
            if [ -n "$before" ]; then
                change=$(grep -o "^${before}_[^ ]*" "$t/sqitch.plan")
                run "$s: sqitch deploy --to $change" "${sq[@]}" deploy --verify --to "$change" "$target" || continue
            fi
            run "$s: sqitch deploy" "${sq[@]}" deploy --verify "$target" || continue
            ;;
        rails)
            run "$s: rails db/migrate" ruby "$RUBY_MIGRATE" "$db" up "$t/db/migrate" || continue
            run "$s: rails db/post_migrate" ruby "$RUBY_MIGRATE" "$db" up "$t/db/migrate" "$t/db/post_migrate" || continue
            ;;
        golang-migrate)
            gm=(migrate -path "$t" -database "$url")
            [ -n "$before" ] && { run "$s: migrate goto $before" "${gm[@]}" goto "$before" || continue; }
            run "$s: migrate up" "${gm[@]}" up || continue
            ;;
        flyway)
            fw=(flyway "-url=jdbc:postgresql://localhost/$db?socketFactory=org.newsclub.net.unix.AFUNIXSocketFactory\$FactoryArg&socketFactoryArg=$PGHOST/.s.PGSQL.$PGPORT"
                "-user=$PGUSER" "-locations=filesystem:$t")
            [ -n "$before" ] && { run "$s: flyway migrate -target=$before" "${fw[@]}" "-target=$before" migrate || continue; }
            run "$s: flyway migrate" "${fw[@]}" migrate || continue
            ;;
    esac
    same_schema "$db" "$d/new.sql" "$s: after the last migration"
    no_rows "$db" "$d/check.sql" "$s: broken rows after the last migration"
    case $TOOL in
        dbmate)
            n=$(ls "$t"/migrations/*.sql "$t"/post_migrations/*.sql 2>/dev/null | wc -l)
            for _ in $(seq "$n"); do
                run "$s: dbmate rollback" "${dm[@]}" -d "$t/migrations" -d "$t/post_migrations" rollback || break
            done
            ;;
        sqitch) run "$s: sqitch revert" "${sq[@]}" revert -y "$target" ;;
        rails) run "$s: rails down" ruby "$RUBY_MIGRATE" "$db" down "$t/db/migrate" "$t/db/post_migrate" ;;
        golang-migrate) run "$s: migrate down" "${gm[@]}" down -all ;;
        flyway)
            echo "$s: no down with Flyway (undo is a paid Flyway edition)"
            continue
            ;;
    esac
    same_schema "$db" "$d/old.sql" "$s: after reverting"
    [ -f "$d/check_down.sql" ] && no_rows "$db" "$d/check_down.sql" "$s: broken rows after reverting"
done

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
