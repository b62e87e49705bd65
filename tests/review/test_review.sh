#!/usr/bin/env bash
# test_review.sh ROLLGATE TESTDIR — `rollgate review` on hand-written
# migrations, without a server.
#
# Cases: every folder TESTDIR/cases/<case>/ holds inputs/ (what review
# reads: base.sql, mig/ (the migrations), apps/N-NAME.sql (release order),
# optional args (e.g. --post-deploy post)) and expected/ (exit, the exit
# code; expect, lines "SEV CODE FILE:LINE" that must be among the printed
# findings; the golden files). For each case:
#   - the exit code; every expected finding at its file:line; a case that
#     exits 0 prints no error-level finding;
#   - determinism: a second run writes byte-identical CSV files;
#   - golden: steps.csv, stages.csv, compatibility.csv and the printed
#     findings equal expected/ (RG_UPDATE_GOLDEN=1 rewrites them; review
#     with git diff).
# Then --stats (small tables: warnings, with the size; large: errors with
# an estimate) and bad input (exit 2 with file:line, nothing written).
# Last line "N passed, N failed"; exit 1 on a failure.
set -uo pipefail
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$2" && pwd)
W=$(mktemp -d "${TMPDIR:-/tmp}/rg-review.XXXXXX")
trap 'rm -rf "$W"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "PASS  $1"; }
bad() { failed=$((failed + 1)); echo "FAIL  $1"; [ -n "${2:-}" ] && [ -s "$2" ] && sed -n '1,30p' "$2" | sed 's/^/      | /'; return 0; }

case_args() { # DIR: the apps in release order, then the args file
    local d=$1 f b
    for f in $(ls "$d/apps" | sort -n); do
        b=${f%.sql}
        printf -- '--app\n%s=apps/%s\n' "${b#*-}" "$f"
    done
    [ -f "$d/args" ] && tr -s ' \n' '\n\n' <"$d/args" | grep -v '^$'
    return 0
}

# findings OUT.TXT: the printed finding lines, "SEV CODE FILE:LINE" first.
findings() {
    sed -n 's/^\([^ ]*:[0-9]*\): \(error\|warning\|note\) \([a-z_]*\): .*/\2 \3 \1/p' "$1"
}

run_case() { # NAME CASEDIR
    local name=$1 d=$2/inputs e=$2/expected rc=0 want=0 log=$W/$1.log
    if [ ! -d "$d" ]; then
        echo "a case is cases/<case>/inputs/ + expected/" >"$log"; bad "$name: no inputs/" "$log"; return
    fi
    [ -f "$e/exit" ] && want=$(cat "$e/exit")
    mapfile -t args < <(case_args "$d")
    (cd "$d" && RG_FIXED_TIME=2026-01-01T00:00:00Z "$RG" review base.sql mig "${args[@]}" --out "$W/$name/a") \
        >"$W/$name.out" 2>"$log" || rc=$?
    if [ "$rc" = "$want" ]; then ok "$name: exit $rc"; else cat "$W/$name.out" >>"$log"; bad "$name: exit $rc, want $want" "$log"; return; fi
    findings "$W/$name.out" >"$W/$name.found"
    : >"$log"
    while read -r line; do
        [ -n "$line" ] && ! grep -qxF -- "$line" "$W/$name.found" && echo "missing: $line" >>"$log"
    done <"$e/expect"
    [ "$want" = 0 ] && grep '^error ' "$W/$name.found" | sed 's/^/unexpected: /' >>"$log"
    if [ -s "$log" ]; then bad "$name: findings at file:line" "$log"; else ok "$name: findings at file:line ($(wc -l <"$e/expect") expected)"; fi
    (cd "$d" && RG_FIXED_TIME=2026-01-01T00:00:00Z "$RG" review base.sql mig "${args[@]}" --out "$W/$name/b") >/dev/null 2>&1
    local f
    : >"$log"
    for f in steps.csv stages.csv compatibility.csv; do cmp "$W/$name/a/$f" "$W/$name/b/$f" >>"$log" 2>&1; done
    if [ -s "$log" ]; then bad "$name: deterministic" "$log"; else ok "$name: deterministic"; fi
    # golden: the CSV files and the printed findings (file:line, code, message)
    sed -n '/^\(COMPATIBLE\|INCOMPATIBLE\)/q;p' "$W/$name.out" >"$W/$name/a/findings.txt"
    local g=$e
    if [ "${RG_UPDATE_GOLDEN:-}" = 1 ]; then
        mkdir -p "$g"
        for f in steps.csv stages.csv compatibility.csv findings.txt; do cp "$W/$name/a/$f" "$g/$f"; done
    fi
    : >"$log"
    for f in steps.csv stages.csv compatibility.csv findings.txt; do
        if [ ! -f "$g/$f" ]; then echo "no golden $f (run with RG_UPDATE_GOLDEN=1)" >>"$log"
        else diff "$g/$f" "$W/$name/a/$f" >>"$log" 2>&1; fi
    done
    if [ -s "$log" ]; then bad "$name: golden" "$log"; else ok "$name: golden"; fi
}

for d in "$HERE"/cases/*/; do run_case "$(basename "$d")" "${d%/}"; done

# ---- --stats ------------------------------------------------------------------------
C=$HERE/cases/careless/inputs
mapfile -t args < <(case_args "$C")
printf 'schema,table,rows,bytes\npublic,users,120,16384\npublic,orders,50,8192\n' >"$W/small.csv"
rc=0
(cd "$C" && "$RG" review base.sql mig "${args[@]}" --stats "$W/small.csv" --out "$W/stats_small") >"$W/s.out" 2>&1 || rc=$?
if [ "$rc" = 1 ] && grep -q '^mig/001_constraints.sql:2: warning scan_blocks_writes: .*50 rows, 8192 bytes per --stats.*small table' "$W/s.out" &&
   grep -q '^mig/002_index.sql:1: error missing_lock_timeout' "$W/s.out"; then
    ok "--stats: small tables make warnings with their size (lock_timeout still an error)"
else bad "--stats: small tables" "$W/s.out"; fi
printf 'schema,table,rows,bytes\npublic,orders,90000000,40000000000\n' >"$W/big.csv"
rc=0
(cd "$C" && "$RG" review base.sql mig "${args[@]}" --stats "$W/big.csv" --out "$W/stats_big") >"$W/s.out" 2>&1 || rc=$?
if [ "$rc" = 1 ] && grep -q '^mig/002_index.sql:1: error index_without_concurrently: .*90000000 rows, 40000000000 bytes per --stats: about [0-9.]* s' "$W/s.out" &&
   grep -q '^mig/001_constraints.sql:4: error scan_blocks_writes: .*not in --stats: assumed large' "$W/s.out"; then
    ok "--stats: a large table's finding gives its size and an estimate; an unlisted one is assumed large"
else bad "--stats: large tables" "$W/s.out"; fi

# ---- bad input: exit 2, a message with file:line, nothing written ---------------------
bad_input() { # LABEL PATTERN ARGS...
    local label=$1 pat=$2 rc=0
    shift 2
    rm -rf "$W/bad_out"
    (cd "$W/badcase" && "$RG" review "$@" --out "$W/bad_out") >"$W/b.out" 2>&1 || rc=$?
    if [ "$rc" = 2 ] && grep -q -- "$pat" "$W/b.out" && [ ! -e "$W/bad_out/steps.csv" ]; then ok "bad input: $label"
    else echo "(exit $rc)" >>"$W/b.out"; bad "bad input: $label" "$W/b.out"; fi
}
mkdir -p "$W/badcase/mig" "$W/badcase/apps"
cp "$HERE/cases/careful/inputs/base.sql" "$W/badcase/"
cp "$HERE/cases/careful/inputs/apps/1-v1.sql" "$W/badcase/apps/v1.sql"
cp "$HERE/cases/careful/inputs/apps/1-v1.sql" "$W/badcase/apps/v2.sql"
APPS=(--app v1=apps/v1.sql --app v2=apps/v2.sql)
printf "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN x int\n  DEFALT 3;\n" >"$W/badcase/mig/001_syntax.sql"
bad_input "a syntax error names file:line:column" "mig/001_syntax.sql:3:" base.sql mig "${APPS[@]}"
printf "SET lock_timeout = '5s';\nALTER TABLE nope ADD COLUMN x int;\n" >"$W/badcase/mig/001_syntax.sql"
bad_input "a statement PostgreSQL would refuse (missing table) names file:line" "mig/001_syntax.sql:2:" base.sql mig "${APPS[@]}"
printf 'ALTER TABLE users ADD COLUMN "<script>; DROP TABLE x; --" text;\n' >"$W/badcase/mig/001_syntax.sql"
rc=0
(cd "$W/badcase" && "$RG" review base.sql mig "${APPS[@]}" --out "$W/hostile") >"$W/h.out" 2>&1 || rc=$?
if [ "$rc" = 1 ] && ! grep -q '<script>' "$W/hostile/report.html"; then ok "hostile column name: escaped in report.html, exit 1 (no lock_timeout)"
else echo "(exit $rc)" >>"$W/h.out"; bad "hostile column name" "$W/h.out"; fi
bad_input "a missing MIGRATIONS path" "nope" base.sql nope "${APPS[@]}"
bad_input "a missing --post-deploy path" "nowhere" base.sql mig --post-deploy nowhere "${APPS[@]}"
bad_input "missing MIGRATIONS" "missing MIGRATIONS" base.sql "${APPS[@]}"
bad_input "an option of plan only" "unknown option '--rename'" base.sql mig --rename users.a=b "${APPS[@]}"
printf 'schema,table\npublic,users\n' >"$W/badcase/s.csv"
bad_input "--stats without the rows column" "s.csv:1:1: error: the header must be exactly schema,table,rows,bytes" base.sql mig --stats s.csv "${APPS[@]}"
printf 'schema,table,rows,bytes\npublic,users,many,1\n' >"$W/badcase/s.csv"
bad_input "--stats with a size that is not a number" "s.csv:2:1: error: rows 'many'" base.sql mig --stats s.csv "${APPS[@]}"
bad_input "--stats missing file" "nostats.csv" base.sql mig --stats nostats.csv "${APPS[@]}"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
