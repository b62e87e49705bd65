#!/usr/bin/env bash
# run_e2e.sh — `rollgate plan` end to end on a real PostgreSQL 15.
#
#   tests/e2e/run_e2e.sh ROLLGATE [SCENARIO ...]     (default: every scenario)
#
# One throwaway cluster for the whole run (tests/pg/cluster.sh).  For each
# scenario under tests/e2e/scenarios/ (layout in lib.sh):
#
#   sane          the scenario itself is valid: old/new load, the first app's
#                 queries prepare on old.sql, the last app's on new.sql, and
#                 rollgate diff sees a change between the two
#   plan          rollgate plan ... exits 0 and writes stages.csv/steps.csv
#                 with the contract's header rows
#   deterministic a second plan writes byte-identical migrations and CSV
#   apply         old.sql + seed.sql loaded, then every up file of every
#                 stage in order: `-- rollgate:no-transaction` files in
#                 autocommit, all others with psql --single-transaction
#   rerun         a no-transaction file that builds an index concurrently
#                 runs again after a failed build (its INVALID leftover)
#   prepare       after each stage, every query of every app live in it
#                 (stages.csv `apps`) PREPAREs on that stage's schema
#   traffic       at each deploy stage, traffic.sql runs every write query
#                 of the live apps with generated values and checks each
#                 version reads what the other wrote (pg_temp.expect)
#   old traffic   where a scenario has traffic_old.sql: after every stage
#                 the first app is live in (baseline through the deploys),
#                 it runs with that app's queries prepared, so the old
#                 version's writes are shown to work throughout the rollout
#   final         pg_dump of the migrated database vs new.sql loaded fresh:
#                 rollgate diff --exit-code lists nothing, and the server's
#                 own catalogs (fingerprint.sql) agree line for line
#   data          check.sql returns no rows on the migrated database
#   down          every .down.sql in reverse order (same transaction rules),
#                 then the same two comparisons against old.sql loaded fresh
#                 (and check_down.sql, where a scenario has one)
#
# A scenario's `expect` file (optional) changes what is expected, one
# item a line: `exit N` (the plan's exit code, default 0), `finding CODE`
# (the plan prints a finding with that code; repeatable) and `stops PART`
# (the first up file whose name holds PART must fail: the rollout stops
# there; check.sql then shows the data kept, the downs of the files applied
# so far must give old.sql back, and the final-schema checks are not run),
# `down_stops PART` (traffic.sql writes what the old schema cannot hold:
# the first down file whose name holds PART must fail rather than cut it,
# and check_down.sql then shows the data kept) and `unhinted CODE` (the
# plan without the scenario's args exits 1 with a CODE finding whose text
# names every option of args, e.g. `--rename public.t.a=b`).
#
# One line per check, then "N passed, N failed"; non-zero exit on any
# failure.  Failures print the file, statement and psql error or the diff.
# RG_KEEP=DIR keeps the plans, dumps and logs of the run.
set -uo pipefail
E2E_NAME=run_e2e.sh
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"

FP=$E2E_HERE/fingerprint.sql

# dump_and_print DB STEM: pg_dump --schema-only to STEM.dump.sql and the
# server-side fingerprint to STEM.fp.
dump_and_print() {
    "$PG_DUMP" --schema-only -d "$1" -f "$2.dump.sql" 2>"$2.dump.err" &&
        psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -f "$FP" >"$2.fp" 2>>"$2.dump.err"
}

# same_schema NAME CHECK GOT WANT DETAIL: the two comparisons of a migrated
# schema with a fresh load (rollgate's diff, then the server catalogs).
same_schema() {
    local name=$1 check=$2 got=$3 want=$4 d=$5 rc=0
    : >"$d"
    "$RG" diff "$got.dump.sql" "$want.dump.sql" --exit-code >"$d" 2>&1 || rc=$?
    if [ $rc -eq 0 ]; then
        pass "$name" "$check (rollgate diff)"
    else
        note "$d" "(exit $rc: rollgate diff $got.dump.sql $want.dump.sql --exit-code; left = migrated, right = fresh)"
        fail "$name" "$check (rollgate diff)" "$d"
    fi
    : >"$d"
    if diff -u "$want.fp" "$got.fp" >"$d" 2>&1; then
        pass "$name" "$check (server catalog)"
    else
        note "$d" "(server catalogs differ: '-' only in the fresh load, '+' only in the migrated database)"
        fail "$name" "$check (server catalog)" "$d"
    fi
}

# prepare_app DB SCEN APP QDIR DETAIL: PREPAREs each query of APP alone;
# returns non-zero and writes the failing queries with their error to DETAIL.
prepare_app() {
    local db=$1 scen=$2 app=$3 qdir=$4 d=$5 q bad=0
    for q in $(cat "$qdir/$app.names"); do
        if ! psql -X -q -v ON_ERROR_STOP=1 -d "$db" \
                -c "PREPARE e2e_q AS $(cat "$qdir/$app/$q.sql")" >/dev/null 2>"$d.one"; then
            bad=1
            note "$d" "query $app/$q ($(app_file "$scen" "$app")):"
            sed 's/^/    /' "$qdir/$app/$q.sql" >>"$d"
            sed 's/^/  => /' "$d.one" >>"$d"
        fi
    done
    rm -f "$d.one"
    return $bad
}

# run_traffic DB SCEN QDIR STAGE DETAIL: one session with every query of the
# live apps prepared as <app>_<name>, then the scenario's traffic.sql.
run_traffic() {
    local db=$1 scen=$2 qdir=$3 stage=$4 d=$5 app q s=$3/traffic.$4.sql
    {
        echo '\set ON_ERROR_STOP 1'
        echo 'CREATE FUNCTION pg_temp.expect(ok boolean, what text) RETURNS void LANGUAGE plpgsql AS'
        echo "\$\$BEGIN IF ok IS NOT TRUE THEN RAISE EXCEPTION 'traffic expectation failed: %', what; END IF; END\$\$;"
        for app in $(stage_apps "$stage"); do
            for q in $(cat "$qdir/$app.names"); do
                printf 'PREPARE %s_%s AS\n%s;\n' "$app" "$q" "$(cat "$qdir/$app/$q.sql")"
            done
        done
        printf '\\i %s\n' "$scen/traffic.sql"
    } >"$s"
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$s" >"$d" 2>&1
}

# run_traffic_old DB SCEN QDIR APP STAGE DETAIL: traffic_old.sql with the
# first app's queries prepared as <app>_<name>.
run_traffic_old() {
    local db=$1 scen=$2 qdir=$3 app=$4 stage=$5 d=$6 q s=$3/traffic_old.$5.sql
    {
        echo '\set ON_ERROR_STOP 1'
        echo 'CREATE FUNCTION pg_temp.expect(ok boolean, what text) RETURNS void LANGUAGE plpgsql AS'
        echo "\$\$BEGIN IF ok IS NOT TRUE THEN RAISE EXCEPTION 'traffic expectation failed: %', what; END IF; END\$\$;"
        for q in $(cat "$qdir/$app.names"); do
            printf 'PREPARE %s_%s AS\n%s;\n' "$app" "$q" "$(cat "$qdir/$app/$q.sql")"
        done
        printf '\\i %s\n' "$scen/traffic_old.sql"
    } >"$s"
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$s" >"$d" 2>&1
}

# traffic_covers SCEN QDIR STAGE DETAIL: traffic.sql must EXECUTE every
# write query of every live app, or the deploy is not really exercised.
traffic_covers() {
    local scen=$1 qdir=$2 stage=$3 d=$4 app q ok=0
    for app in $(stage_apps "$stage"); do
        for q in $(cat "$qdir/$app.names"); do
            if is_write "$qdir/$app/$q.sql" &&
               ! grep -qE "EXECUTE[[:space:]]+${app}_${q}([^A-Za-z0-9_]|\$)" "$scen/traffic.sql"; then
                note "$d" "traffic.sql never executes write query ${app}_${q}"
                ok=1
            fi
        done
    done
    return $ok
}

# rerun_build DB FILE DETAIL NAME LABEL: a no-transaction file that builds
# an index concurrently must run again after a failed build, which leaves
# an INVALID index of that name: the index just built is marked so (as
# superuser, in pg_index), the file is applied again and the index must
# end valid.
rerun_build() {
    local db=$1 path=$2 d=$3 name=$4 label=$5 idx
    is_notx "$path" && grep -q '(create_index_concurrently)$' "$path" || return 0
    idx=$(sed -n 's/^DROP INDEX CONCURRENTLY IF EXISTS \(.*\);$/\1/p' "$path" | head -n1)
    : >"$d"
    if [ -z "$idx" ]; then
        note "$d" "$(basename "$path") builds an index concurrently without dropping a failed build's leftover first"
        fail "$name" "$label $(basename "$path") runs again after a failed build" "$d"
        return 0
    fi
    if psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "UPDATE pg_index SET indisvalid = false WHERE indexrelid = to_regclass('$idx')" >"$d" 2>&1 &&
       apply_migration "$db" "$path" "$d" &&
       [ "$(psql -X -q -At -d "$db" -c "SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass('$idx')")" = t ]; then
        pass "$name" "$label $(basename "$path") runs again after a failed build"
    else
        note "$d" "(after marking $idx INVALID, as a failed CREATE INDEX CONCURRENTLY leaves it, the file did not build it again)"
        fail "$name" "$label $(basename "$path") runs again after a failed build" "$d"
    fi
}

run_scenario() {
    local name=$1 scen=$E2E_SCEN_DIR/$1 w=$WORK/$1
    local out=$w/plan d=$w/detail.txt db=e2e_$1 rc
    mkdir -p "$w"
    : >"$d"
    echo "== $name"
    if [ ! -f "$scen/old.sql" ] || [ ! -f "$scen/new.sql" ] || [ ! -f "$scen/seed.sql" ]; then
        note "$d" "scenario $scen lacks old.sql, new.sql or seed.sql"
        fail "$name" "scenario files" "$d"
        return
    fi

    # The queries of every app, one file each.
    local qdir=$w/queries app apps_all=()
    mkdir -p "$qdir"
    for f in $(ls "$scen/apps" | sort -n); do
        app=${f%.sql}; app=${app#*-}
        apps_all+=("$app")
        split_queries "$scen/apps/$f" "$qdir/$app" >"$qdir/$app.names"
    done
    local first=${apps_all[0]} last=${apps_all[${#apps_all[@]}-1]}

    # Reference schemas loaded fresh, and the scenario's own sanity.
    : >"$d"
    local sane=0 ref
    for ref in old new; do
        if ! { createdb_e2e "${db}_$ref" && sqlfile "${db}_$ref" "$scen/$ref.sql" "$w/load.log" &&
                dump_and_print "${db}_$ref" "$w/$ref"; }; then
            note "$d" "$ref.sql does not load into PostgreSQL 15 (or cannot be dumped):"
            cat "$w/load.log" "$w/$ref.dump.err" >>"$d" 2>/dev/null
            sane=1
        fi
    done
    if [ $sane -eq 0 ]; then
        prepare_app "${db}_old" "$scen" "$first" "$qdir" "$d" || { note "$d" "app $first does not prepare on old.sql"; sane=1; }
        prepare_app "${db}_new" "$scen" "$last" "$qdir" "$d" || { note "$d" "app $last does not prepare on new.sql"; sane=1; }
    fi
    if [ $sane -eq 0 ]; then
        rc=0
        "$RG" diff "$w/old.dump.sql" "$w/new.dump.sql" --exit-code >"$w/sane.txt" 2>&1 || rc=$?
        if [ $rc -ne 1 ]; then
            cat "$w/sane.txt" >>"$d"
            note "$d" "rollgate diff old new --exit-code gave $rc, want 1 (a scenario must change something)"
            sane=1
        fi
    fi
    dropdb_e2e "${db}_old"; dropdb_e2e "${db}_new"
    if [ $sane -eq 0 ]; then pass "$name" "sane"; else fail "$name" "sane" "$d"; return; fi

    # The plan.
    local want_exit stops code
    want_exit=$(expect_field "$scen" exit); want_exit=${want_exit:-0}
    stops=$(expect_field "$scen" stops)
    rc=0
    run_plan "$scen" "$out" "$w/plan.log" || rc=$?
    if [ "$rc" = "$want_exit" ]; then
        pass "$name" "plan exits $want_exit"
    else
        cp "$w/plan.log" "$d"
        [ -f "$out/compatibility.csv" ] && { echo "compatibility.csv rows not ok:"; grep -v ',ok,' "$out/compatibility.csv"; } >>"$d"
        fail "$name" "plan exits $want_exit (got $rc)" "$d"
    fi
    for code in $(expect_field "$scen" finding); do
        : >"$d"
        if grep -qE "^  (error|warning|note) $code: " "$w/plan.log"; then
            pass "$name" "plan finds $code"
        else
            cp "$w/plan.log" "$d"
            fail "$name" "plan finds $code" "$d"
        fi
    done
    for code in $(expect_field "$scen" unhinted); do
        : >"$d"
        local urc=0 opt
        (cd "$scen" && "$RG" plan old.sql new.sql --out "$w/unhinted") >"$w/unhinted.log" 2>&1 || urc=$?
        [ $urc -eq 1 ] || note "$d" "without args the plan exits $urc, want 1"
        grep -qE "^  error $code: " "$w/unhinted.log" || note "$d" "no error-level $code finding"
        set -f
        for opt in $(paste -sd' ' "$scen/args" | sed 's/--\([a-z-]*\) \([^-]\)/--\1=\2/g'); do
            grep -qF -- "${opt/=/ }" "$w/unhinted.log" || note "$d" "no finding names '${opt/=/ }'"
        done
        set +f
        if [ -s "$d" ]; then cat "$w/unhinted.log" >>"$d"; fail "$name" "without args: $code names the options" "$d"
        else pass "$name" "without args: exit 1, $code names the options of args"; fi
        rm -rf "$w/unhinted"
    done
    : >"$d"
    if [ ! -f "$out/stages.csv" ] || [ ! -f "$out/steps.csv" ] || ! load_csvs "$out" "$d"; then
        note "$d" "no readable stages.csv / steps.csv in $out (contract columns: stage,name,kind,apps,files / step,stage,file,statement,object,lock,...)"
        [ $rc -ne 0 ] || cat "$w/plan.log" >>"$d"
        fail "$name" "plan writes stages.csv and steps.csv" "$d"
        return
    fi
    pass "$name" "plan writes stages.csv and steps.csv"

    : >"$d"
    run_plan "$scen" "$w/plan2" "$w/plan2.log" >/dev/null 2>&1
    if diff -r "$out/migrations" "$w/plan2/migrations" >"$d" 2>&1 &&
       (for c in "$out"/*.csv; do cmp "$c" "$w/plan2/$(basename "$c")" || exit 1; done) >>"$d" 2>&1; then
        pass "$name" "deterministic"
    else
        fail "$name" "deterministic" "$d"
    fi
    rm -rf "$w/plan2"

    # Apply the ups stage by stage.
    : >"$d"
    if ! load_old "$db" "$scen" "$d"; then
        fail "$name" "load old.sql + seed.sql" "$d"
        return
    fi
    local stage sname kind f path applied=() aborted=0 deploys=0 stopped=0
    for stage in $(stage_list); do
        sname=$(stage_field "$stage" name)
        kind=$(stage_field "$stage" kind)
        for f in $(stage_files "$stage"); do
            : >"$d"
            if ! path=$(resolve_file "$out" "$f"); then
                note "$d" "stages.csv names $f but neither $out/$f nor $out/migrations/$f exists"
                fail "$name" "stage $stage ($sname) apply $f" "$d"
                aborted=1; break 2
            fi
            if [ -n "$stops" ] && [[ "$f" == *"$stops"* ]]; then
                if apply_migration "$db" "$path" "$d"; then
                    applied+=("$path")
                    note "$d" "$f applied; it was expected to fail and stop the rollout"
                    fail "$name" "stage $stage ($sname) rollout stops at $f" "$d"
                    aborted=1; break 2
                fi
                pass "$name" "stage $stage ($sname) rollout stops at $f: $(grep -m1 -o 'ERROR: .*' "$d" | cut -c1-160)"
                stopped=1; break 2
            fi
            if apply_migration "$db" "$path" "$d"; then
                applied+=("$path")
                pass "$name" "stage $stage ($sname) apply $f$(is_notx "$path" && echo ' [no-transaction]')"
                rerun_build "$db" "$path" "$d" "$name" "stage $stage ($sname)"
            else
                note "$d" "(psql -v ON_ERROR_STOP=1 $(is_notx "$path" || echo '--single-transaction ')-f $path)"
                note "$d" "--- $f:"; sed 's/^/    /' "$path" >>"$d"
                fail "$name" "stage $stage ($sname) apply $f" "$d"
                aborted=1; break 2
            fi
        done
        for app in $(stage_apps "$stage"); do
            : >"$d"
            if [ ! -f "$qdir/$app.names" ]; then
                note "$d" "stages.csv names app '$app', not one of: ${apps_all[*]}"
                fail "$name" "stage $stage ($sname) app $app prepares" "$d"
            elif prepare_app "$db" "$scen" "$app" "$qdir" "$d"; then
                pass "$name" "stage $stage ($sname) app $app prepares $(wc -l <"$qdir/$app.names") queries"
            else
                fail "$name" "stage $stage ($sname) app $app prepares" "$d"
            fi
        done
        if [ -f "$scen/traffic_old.sql" ] && stage_apps "$stage" | grep -qx "$first"; then
            : >"$d"
            if run_traffic_old "$db" "$scen" "$qdir" "$first" "$stage" "$d"; then
                pass "$name" "stage $stage ($sname) traffic of $first (traffic_old.sql)"
            else
                fail "$name" "stage $stage ($sname) traffic of $first (traffic_old.sql)" "$d"
            fi
        fi
        if [ "$kind" = deploy ]; then
            deploys=$((deploys + 1))
            : >"$d"
            if [ ! -f "$scen/traffic.sql" ]; then
                note "$d" "scenario has no traffic.sql"
                fail "$name" "stage $stage ($sname) traffic" "$d"
            elif ! traffic_covers "$scen" "$qdir" "$stage" "$d"; then
                fail "$name" "stage $stage ($sname) traffic covers every write" "$d"
            elif run_traffic "$db" "$scen" "$qdir" "$stage" "$d"; then
                pass "$name" "stage $stage ($sname) traffic: both versions see each other's writes"
            else
                fail "$name" "stage $stage ($sname) traffic: both versions see each other's writes" "$d"
            fi
        fi
    done
    if [ $aborted -ne 0 ]; then
        : >"$d"; note "$d" "an up file failed: final schema, data and down checks not run"
        fail "$name" "final/data/down checks (not reached)" "$d"
        dropdb_e2e "$db"
        return
    fi
    if [ -n "$stops" ]; then
        : >"$d"
        if [ $stopped -eq 0 ]; then
            note "$d" "no up file named like '$stops' was reached"
            fail "$name" "rollout stops at *$stops*" "$d"
        elif [ -f "$scen/check.sql" ] && psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -f "$scen/check.sql" >"$d" 2>&1 && [ ! -s "$d" ]; then
            pass "$name" "data kept where the rollout stopped (check.sql)"
        else
            note "$d" "(check.sql must exist and return no rows; the rows above are broken data)"
            fail "$name" "data kept where the rollout stopped (check.sql)" "$d"
        fi
    else
        : >"$d"
        if [ $deploys -gt 0 ]; then
            pass "$name" "plan has a deploy stage"
        else
            note "$d" "stages.csv has no stage of kind 'deploy':"; cat "$out/stages.csv" >>"$d"
            fail "$name" "plan has a deploy stage" "$d"
        fi

        # The result equals new.sql, and the data is intact.
        : >"$d"
        createdb_e2e "${db}_new" && sqlfile "${db}_new" "$scen/new.sql" "$d" && dump_and_print "${db}_new" "$w/new"
        dropdb_e2e "${db}_new"
        if dump_and_print "$db" "$w/migrated" 2>"$d"; then
            same_schema "$name" "final schema = new.sql" "$w/migrated" "$w/new" "$d"
        else
            fail "$name" "final schema = new.sql" "$d"
        fi
        : >"$d"
        if [ -f "$scen/check.sql" ]; then
            if psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -f "$scen/check.sql" >"$d" 2>&1 && [ ! -s "$d" ]; then
                pass "$name" "data intact (check.sql)"
            else
                note "$d" "(check.sql must return no rows; the rows above are broken data)"
                fail "$name" "data intact (check.sql)" "$d"
            fi
        fi
    fi

    # The downs in reverse order give back old.sql.
    local i up down down_stops down_stopped=0
    down_stops=$(expect_field "$scen" down_stops)
    for ((i = ${#applied[@]} - 1; i >= 0; i--)); do
        up=${applied[$i]}
        down=${up%.up.sql}.down.sql
        : >"$d"
        if [ ! -f "$down" ]; then
            note "$d" "$up has no $down"
            fail "$name" "down $(basename "$down")" "$d"
            aborted=1; break
        fi
        if [ -n "$down_stops" ] && [[ "$(basename "$down")" == *"$down_stops"* ]]; then
            if apply_migration "$db" "$down" "$d"; then
                note "$d" "$(basename "$down") applied; it was expected to fail rather than cut data"
                fail "$name" "down $(basename "$down") fails rather than cut" "$d"
            else
                pass "$name" "down $(basename "$down") fails rather than cut: $(grep -m1 -o 'ERROR: .*' "$d" | cut -c1-160)"
                down_stopped=1
            fi
            aborted=1; break
        fi
        if apply_migration "$db" "$down" "$d"; then
            pass "$name" "down $(basename "$down")$(is_notx "$down" && echo ' [no-transaction]')"
        else
            note "$d" "(psql -v ON_ERROR_STOP=1 $(is_notx "$down" || echo '--single-transaction ')-f $down)"
            note "$d" "--- $(basename "$down"):"; sed 's/^/    /' "$down" >>"$d"
            fail "$name" "down $(basename "$down")" "$d"
            aborted=1; break
        fi
    done
    if [ $down_stopped -ne 0 ]; then
        : >"$d"
        if [ -f "$scen/check_down.sql" ] && psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -f "$scen/check_down.sql" >"$d" 2>&1 && [ ! -s "$d" ]; then
            pass "$name" "data kept where the down stopped (check_down.sql)"
        else
            note "$d" "(check_down.sql must exist and return no rows)"
            fail "$name" "data kept where the down stopped (check_down.sql)" "$d"
        fi
    elif [ $aborted -ne 0 ]; then
        : >"$d"; note "$d" "a down file failed: the old-schema comparison was not run"
        fail "$name" "downs schema = old.sql (not reached)" "$d"
    else
        : >"$d"
        if dump_and_print "$db" "$w/reverted" 2>"$d"; then
            same_schema "$name" "downs schema = old.sql" "$w/reverted" "$w/old" "$d"
        else
            fail "$name" "downs schema = old.sql" "$d"
        fi
        if [ -f "$scen/check_down.sql" ]; then
            : >"$d"
            if psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -f "$scen/check_down.sql" >"$d" 2>&1 && [ ! -s "$d" ]; then
                pass "$name" "data after downs (check_down.sql)"
            else
                note "$d" "(check_down.sql must return no rows)"
                fail "$name" "data after downs (check_down.sql)" "$d"
            fi
        fi
    fi
    dropdb_e2e "$db"
}

for s in "${SCENARIOS[@]}"; do
    if [ ! -d "$E2E_SCEN_DIR/$s" ]; then
        echo "run_e2e.sh: no scenario $s under $E2E_SCEN_DIR" >&2
        failed=$((failed + 1)); failures+=("$s missing")
        continue
    fi
    run_scenario "$s"
done
summary
