#!/usr/bin/env bash
# test_plan.sh — golden and property tests of `rollgate plan`.
#
#   tests/plan/test_plan.sh ROLLGATE TESTDIR
#
# Cases: every folder TESTDIR/cases/<case>/ holds inputs/ (what plan reads:
# old.sql, new.sql, optional args, apps/, seed.sql for the server tests) and
# expected/ (the golden files, plus the hand-written `exit` and
# `compat_errors` when the case has them). The inputs of a bundled example
# stay in models/examples: the case's inputs/ then holds one file, `from`,
# naming that folder relative to the repository root. For each case:
#   - the exit code (0, or expected/exit);
#   - the plan's self-check: no internal_plan_* finding (every up applied
#     with the catalog interpreter gives NEW exactly; every down in reverse
#     gives OLD back, lossy steps excepted and reported as warnings);
#   - determinism: a second run writes byte-identical files;
#   - `rollgate report` of the run's ledger writes the same files as plan
#     (plan renders its report beside the ledger's rows, not from them);
#   - file rules: transactional files start with SET lock_timeout,
#     -- rollgate:no-transaction files set lock_timeout and
#     statement_timeout and hold one step (a concurrent build: the drop of
#     what a failed run left, then the build), CSV headers are the
#     contract's;
#   - golden: migrations, CSV and stdout equal expected/.
#     RG_UPDATE_GOLDEN=1 rewrites the golden files there, keeping `exit`
#     and `compat_errors` (review with git diff).
# Then bad input: exit 2 and nothing left behind.
# The last line is "N passed, N failed"; the exit status is 1 on a failure.
set -uo pipefail
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$2" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/rg-plan.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "PASS  $1"; }
bad() { failed=$((failed + 1)); echo "FAIL  $1"; [ -n "${2:-}" ] && [ -s "$2" ] && sed -n '1,40p' "$2" | sed 's/^/      | /'; return 0; }

STAGES_H='stage,name,kind,apps,files'
STEPS_H='step,stage,file,statement,object,lock,blocks_reads,blocks_writes,rewrites_table,scans_table,transactional,down,down_lossless,notes,work,table_rows,table_bytes,est_seconds'
CHANGES_H='change,kind,object,detail'

# plan_args DIR: the case's arguments (apps, then its args file).
plan_args() {
    local d=$1 f
    if [ -d "$d/apps" ]; then
        for f in "$d"/apps/*.sql; do
            local b
            b=$(basename "$f" .sql)
            printf -- '--app\n%s=%s\n' "${b#*-}" "$f"
        done
    fi
    [ -f "$d/args" ] && tr ' ' '\n' <"$d/args" | grep -v '^$'
    return 0
}

# inputs_of CASEDIR: the folder plan reads, the case's inputs/ or the
# bundled example its `from` file names.
inputs_of() {
    if [ -f "$1/inputs/from" ]; then echo "$ROOT/$(cat "$1/inputs/from")"; else echo "$1/inputs"; fi
}

run_case() {
    local name=$1 d e=$2/expected want=0 rc=0 log
    d=$(inputs_of "$2")
    log=$WORK/$name.log
    if [ ! -d "$2/inputs" ]; then
        echo "a case is cases/<case>/inputs/ + expected/" >"$log"; bad "$name: no inputs/" "$log"; return
    fi
    [ -f "$e/exit" ] && want=$(cat "$e/exit")
    mapfile -t args < <(plan_args "$d")
    (cd "$d" && "$RG" plan old.sql new.sql "${args[@]}" --out "$WORK/$name/a") >"$WORK/$name.out" 2>"$log" || rc=$?
    if [ "$rc" = "$want" ]; then ok "$name: exit $rc"; else echo "(stdout)" >>"$log"; cat "$WORK/$name.out" >>"$log"; bad "$name: exit $rc, want $want" "$log"; return; fi
    if grep -q 'internal_plan' "$WORK/$name.out"; then bad "$name: self-check (ups give NEW, downs give OLD)" "$WORK/$name.out"
    else ok "$name: self-check (ups give NEW, downs give OLD)"; fi
    (cd "$d" && "$RG" plan old.sql new.sql "${args[@]}" --out "$WORK/$name/b") >/dev/null 2>&1
    # A case's compat_errors: the compatibility.csv error rows it must have
    # (stage,app,query,code per line), and no others.
    if [ -f "$e/compat_errors" ]; then
        awk -F, 'NR > 1 && $4 == "error" { print $1 "," $2 "," $3 "," $5 }' "$WORK/$name/a/compatibility.csv" >"$WORK/$name.errs" 2>"$log"
        if diff "$e/compat_errors" "$WORK/$name.errs" >"$log" 2>&1; then ok "$name: compatibility errors"
        else bad "$name: compatibility errors" "$log"; fi
    fi
    # The report is made from the run as recorded, beside its rows, not
    # loaded back: `rollgate report` of the ledger must give every file of
    # OUT, byte for byte.
    local rrc=0
    "$RG" report --ledger "$WORK/$name/a/rollgate.db" --run 1 --out "$WORK/$name/r" >/dev/null 2>"$log" || rrc=$?
    if [ "$rrc" = "$rc" ]; then
        : >"$log"
        while IFS= read -r f; do
            cmp -s "$WORK/$name/a/$f" "$WORK/$name/r/$f" || echo "differs: $f" >>"$log"
        done < <(cd "$WORK/$name/a" && find . -type f ! -name 'rollgate.db*' ! -name stdout.txt | sort)
        if [ -s "$log" ]; then bad "$name: report of the ledger = plan's files" "$log"
        else ok "$name: report of the ledger = plan's files"; fi
    else
        bad "$name: report of the ledger = plan's files" "$log"
    fi
    # The report, the ledger and compatibility.csv belong to other stages
    # (simulate, report; the first two carry the run's time and --out) and
    # are pinned by their own tests: the planner's output is the migrations,
    # stages.csv, steps.csv and changes.csv.
    rm -f "$WORK/$name"/[ab]/report.html "$WORK/$name"/[ab]/rollgate.db "$WORK/$name"/[ab]/compatibility.csv
    if diff -r "$WORK/$name/a" "$WORK/$name/b" >"$log" 2>&1; then ok "$name: deterministic"; else bad "$name: deterministic" "$log"; fi
    # File rules.
    : >"$log"
    local f
    for f in "$WORK/$name/a"/migrations/*.sql; do
        if head -n1 "$f" | grep -q '^-- rollgate:no-transaction$'; then
            # One step, or a concurrent build preceded by the drop of what a
            # failed run left (each statement runs on its own).
            local ops
            ops=$(grep -o '^-- \(undo \)\?step [0-9]*: .* (\([a-z_]*\))$' "$f" | sed 's/.*(\([a-z_]*\))$/\1/' | sort | paste -sd' ')
            case "$ops" in
                ""|*" "*) [ "$ops" = "create_index_concurrently drop_index_concurrently" ] || [ -z "$ops" ] ||
                    echo "$(basename "$f"): no-transaction file with several statements ($ops)" >>"$log" ;;
            esac
            sed -n '/^-- rollgate:/!{p;q;}' "$f" | grep -q "^SET lock_timeout = '" || echo "$(basename "$f"): no-transaction file without SET lock_timeout after its markers" >>"$log"
            grep -q "^SET statement_timeout = '" "$f" || echo "$(basename "$f"): no-transaction file without SET statement_timeout" >>"$log"
            grep -qE '^(BEGIN|START TRANSACTION|COMMIT|ROLLBACK) *;' "$f" && echo "$(basename "$f"): BEGIN/COMMIT in a file" >>"$log"
        else
            # (no `grep | head` here: with pipefail, head closing the pipe early fails it)
            sed -n '/^-- rollgate:lossy/!{p;q;}' "$f" | grep -q "^SET lock_timeout = '" || echo "$(basename "$f"): transactional file without SET lock_timeout first" >>"$log"
        fi
    done
    [ "$(head -n1 "$WORK/$name/a/stages.csv" | tr -d '\r')" = "$STAGES_H" ] || echo "stages.csv header" >>"$log"
    [ "$(head -n1 "$WORK/$name/a/steps.csv" | tr -d '\r')" = "$STEPS_H" ] || echo "steps.csv header" >>"$log"
    [ "$(head -n1 "$WORK/$name/a/changes.csv" | tr -d '\r')" = "$CHANGES_H" ] || echo "changes.csv header" >>"$log"
    if [ -s "$log" ]; then bad "$name: file rules" "$log"; else ok "$name: file rules"; fi
    # Golden.
    # stdout: the plan's summary; the simulator's verdict and the ledger
    # line are pinned by their own tests.
    sed -e "s#$WORK/$name/a#OUT#g" -e "s#${d%/}/##g" "$WORK/$name.out" |
        grep -vE '^(COMPATIBLE|INCOMPATIBLE|ledger run )' >"$WORK/$name/a/stdout.txt"
    # summary.md names the query files as given: relative to the case.
    [ -f "$WORK/$name/a/summary.md" ] && sed -i -e "s#${d%/}/##g" "$WORK/$name/a/summary.md"
    # expected/ also holds the hand-written exit and compat_errors: kept
    # on a rewrite, left out of the comparison.
    if [ "${RG_UPDATE_GOLDEN:-}" = 1 ]; then
        mkdir -p "$e"
        find "$e" -mindepth 1 -maxdepth 1 ! -name exit ! -name compat_errors -exec rm -rf {} +
        cp -r "$WORK/$name/a"/. "$e"/
        ok "$name: golden rewritten"
    elif [ ! -f "$e/steps.csv" ]; then
        echo "no golden files in $e (run with RG_UPDATE_GOLDEN=1)" >"$log"; bad "$name: golden" "$log"
    elif diff -r -x exit -x compat_errors "$e" "$WORK/$name/a" >"$log" 2>&1; then ok "$name: golden"
    else bad "$name: golden" "$log"; fi
}

for d in "$HERE"/cases/*/; do
    run_case "$(basename "$d")" "${d%/}"
done

# Bad input: exit 2, a message, nothing written.
bad_input() {
    local label=$1; shift
    local out=$WORK/bad rc=0
    rm -rf "$out"
    "$RG" plan "$@" --out "$out" >"$WORK/bad.out" 2>"$WORK/bad.err" || rc=$?
    if [ $rc -eq 2 ] && [ ! -e "$out" ] && [ -s "$WORK/bad.err" ]; then ok "bad input: $label"
    else echo "exit $rc; out exists: $([ -e "$out" ] && echo yes || echo no)" >"$WORK/bad.log"; cat "$WORK/bad.err" >>"$WORK/bad.log"; bad "bad input: $label" "$WORK/bad.log"; fi
}
C=$HERE/cases/add_nullable/inputs
bad_input "--pg-version 10" "$C/old.sql" "$C/new.sql" --pg-version 10
bad_input "--pg-version x" "$C/old.sql" "$C/new.sql" --pg-version x
bad_input "--batch-size 0" "$C/old.sql" "$C/new.sql" --batch-size 0
bad_input "--lock-timeout 5 s" "$C/old.sql" "$C/new.sql" --lock-timeout "5 s"
bad_input "--lock-timeout quote" "$C/old.sql" "$C/new.sql" --lock-timeout "5s';DROP"
bad_input "--rename not in the diff" "$C/old.sql" "$C/new.sql" --rename users.email=mail
bad_input "--rename malformed" "$C/old.sql" "$C/new.sql" --rename users=x
bad_input "--rename-table unknown" "$C/old.sql" "$C/new.sql" --rename-table nope=other
R=$HERE/cases/rename_table/inputs
bad_input "--rename-table with a bad --rename" "$R/old.sql" "$R/new.sql" --rename-table customer=clients --rename clients.x=y
bad_input "--backfill malformed" "$C/old.sql" "$C/new.sql" --backfill users.x=
bad_input "--app missing path" "$C/old.sql" "$C/new.sql" --app v1=/nonexistent/x.sql --app v2=/nonexistent/y.sql
bad_input "--app once" "$C/old.sql" "$C/new.sql" --app v1=$C/old.sql
bad_input "missing NEW" "$C/old.sql"
bad_input "missing file" "$C/old.sql" /nonexistent.sql
printf 'CREATE TABLE (;\n' >"$WORK/broken.sql"
bad_input "syntax error" "$C/old.sql" "$WORK/broken.sql"
bad_input "unknown option" "$C/old.sql" "$C/new.sql" --frobnicate

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
