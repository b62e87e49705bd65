#!/usr/bin/env bash
# stages.sh — rollgate's compatibility.csv checked against a real PostgreSQL
# 15, stage by stage.
#
#   tests/simdiff/stages.sh ROLLGATE [SCENARIO_DIR ...]
#
# Default scenarios: the blog example (models/examples/blog), every
# tests/e2e/scenarios/*/, and tests/simdiff/scenarios/*/ (plans in which some
# live query does break; see the README there).  Layout: old.sql, new.sql,
# apps/N-NAME.sql in release order, optional args with extra plan flags.
# For each one:
#
#   1. rollgate plan old.sql new.sql --app NAME=apps/N-NAME.sql ... $(cat args)
#      --out TMP (exit 0 or 1: a plan may report incompatibilities);
#   2. old.sql is loaded into a fresh database and the stages of TMP/stages.csv
#      are applied in order (`-- rollgate:no-transaction` files in autocommit,
#      others as one transaction);
#   3. after each stage, every query of every app live in it (stages.csv
#      `apps`) gets the server's verdict (lib.sh: PREPARE + EXPLAIN EXECUTE
#      with NULL parameters) and is compared with its TMP/compatibility.csv
#      row for that stage: the server accepts it <=> rollgate gives no error
#      with a server-side code (and when both reject it, the same code).
#
# One line per disagreement with both verdicts, then "N passed, N failed";
# exit 1 on any disagreement or failed step.  RG_KEEP=DIR keeps the work;
# RG_SIMDIFF_SERVER_ONLY=1 skips compatibility.csv (only the plan is applied
# and the server verdicts printed).
set -uo pipefail
SD_NAME=stages.sh
SD_USAGE="[SCENARIO_DIR ...]"
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"

SCENS=()
if [ $# -gt 0 ]; then
    SCENS=("$@")
else
    SCENS+=("$SD_ROOT/models/examples/blog")
    for d in "$SD_ROOT"/tests/e2e/scenarios/*/ "$SD_HERE"/scenarios/*/; do SCENS+=("${d%/}"); done
fi

psql -X -q -v ON_ERROR_STOP=1 -d "$META" >/dev/null \
    -c "CREATE TABLE stages (scen text, stage text, name text, kind text, apps text, files text)"

problems=0
fail() { # TEXT [DETAIL-FILE]
    problems=$((problems + 1))
    echo "FAIL  $1"
    if [ -n "${2:-}" ] && [ -s "$2" ]; then sed -n '1,40p' "$2" | sed 's/^/      | /'; fi
}

# load_stages SCEN FILE LOG: stages.csv (header checked) into `stages`.
load_stages() {
    psql -X -q -v ON_ERROR_STOP=1 -d "$META" >/dev/null 2>"$3" <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS stages_in;
CREATE TABLE stages_in (stage text, name text, kind text, apps text, files text);
\\copy stages_in FROM '$2' WITH (FORMAT csv, HEADER match)
INSERT INTO stages SELECT '$1', * FROM stages_in;
SQL
}
stage_list() { meta "SELECT stage FROM stages WHERE scen = '$1' ORDER BY stage::int"; }
stage_name() { meta "SELECT name FROM stages WHERE scen = '$1' AND stage = '$2'"; }
stage_apps() { meta "SELECT a FROM stages, unnest(string_to_array(apps, ';')) WITH ORDINALITY u(a, n) WHERE scen = '$1' AND stage = '$2' AND a <> '' ORDER BY n"; }
stage_files() { meta "SELECT f FROM stages, unnest(string_to_array(files, ';')) WITH ORDINALITY u(f, n) WHERE scen = '$1' AND stage = '$2' AND f <> '' ORDER BY n"; }

run_scenario() {
    local scen=$1 name w out db rc f app args=() stage path
    # Scenarios are told apart by their last two path parts (the blog
    # example and the e2e blog scenario share a name).
    name=$(basename "$(dirname "$scen")")/$(basename "$scen")
    w=$WORK/$(echo "$name" | tr / _); out=$w/plan; db=simdiff_st_$(echo "$name" | tr -c 'a-zA-Z0-9_\n' '_')
    mkdir -p "$w/q"
    echo "== $name"

    # The apps in release order, each split into one file per query.
    for f in $(ls "$scen/apps" | sort -n); do
        app=${f%.sql}; app=${app#*-}
        args+=(--app "$app=$scen/apps/$f")
        split_queries "$scen/apps/$f" "$w/q/$app" >"$w/q/$app.names"
    done
    if [ -f "$scen/args" ]; then
        set -f
        for a in $(cat "$scen/args"); do args+=("$a"); done
        set +f
    fi

    rc=0
    (cd "$scen" && "$RG" plan old.sql new.sql "${args[@]}" --out "$out") >"$w/plan.log" 2>&1 || rc=$?
    if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
        echo "(exit $rc: rollgate plan old.sql new.sql ${args[*]} --out $out, in $scen)" >>"$w/plan.log"
        fail "$name: rollgate plan exited $rc" "$w/plan.log"
        return
    fi
    if ! load_stages "$name" "$out/stages.csv" "$w/load.log"; then
        fail "$name: stages.csv does not load (header stage,name,kind,apps,files)" "$w/load.log"
        return
    fi
    if [ -z "${RG_SIMDIFF_SERVER_ONLY:-}" ] &&
       ! load_rg_csv "$name" "$out/compatibility.csv" "stage,app,query,verdict,code,detail" "$w/load.log"; then
        fail "$name: compatibility.csv does not load (header stage,app,query,verdict,code,detail)" "$w/load.log"
        return
    fi

    createdb_sd "$db"
    if ! sqlfile "$db" "$scen/old.sql" "$w/load.log"; then
        fail "$name: old.sql does not load" "$w/load.log"
        dropdb_sd "$db"
        return
    fi
    for stage in $(stage_list "$name"); do
        for f in $(stage_files "$name" "$stage"); do
            if [ -f "$out/$f" ]; then path=$out/$f
            elif [ -f "$out/migrations/$f" ]; then path=$out/migrations/$f
            else
                fail "$name: stage $stage names $f, which is not in $out or $out/migrations"
                dropdb_sd "$db"
                return
            fi
            if ! apply_migration "$db" "$path" "$w/apply.log"; then
                fail "$name: stage $stage ($(stage_name "$name" "$stage")): $f does not apply" "$w/apply.log"
                dropdb_sd "$db"
                return
            fi
        done
        for app in $(stage_apps "$name" "$stage"); do
            if [ ! -f "$w/q/$app.names" ]; then
                fail "$name: stage $stage names app '$app', which is not one of the --app names"
                continue
            fi
            local v bad=''
            for q in $(cat "$w/q/$app.names"); do
                v=$(server_verdict "$db" "$w/q/$app/$q.sql")
                record_server "$name stage $stage" "$app" "$q" "" "$v"
                [ "${v%%$'\t'*}" = ok ] || bad="$bad $q:$(echo "$v" | cut -f2)"
            done
            echo "   stage $stage ($(stage_name "$name" "$stage")) $app: $(wc -l <"$w/q/$app.names") queries, server rejects:${bad:- none}"
        done
    done
    dropdb_sd "$db"
}

for s in "${SCENS[@]}"; do
    if [ ! -f "$s/old.sql" ] || [ ! -f "$s/new.sql" ] || [ ! -d "$s/apps" ]; then
        fail "$s: not a scenario (old.sql, new.sql, apps/)"
        continue
    fi
    run_scenario "$(cd "$s" && pwd)"
done
load_server
if [ -n "${RG_SIMDIFF_SERVER_ONLY:-}" ]; then
    # Only the plan's stages are exercised: rollgate stands in as an oracle.
    meta "INSERT INTO rg SELECT ctx, app, query, state, code, '' FROM server" >/dev/null
fi
compare "$problems"
