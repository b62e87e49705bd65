#!/usr/bin/env bash
# review.sh — what `rollgate review` costs (not a test): the synthetic pair
# of gen_pair.py at several sizes is planned, and the plan's own files are
# reviewed (the files before the deploy as MIGRATIONS, the rest as
# --post-deploy, both app versions). Prints, per size: statements
# reviewed, the time of `catalog OLD` (the parse-and-interpret floor), of
# `plan` and of `review`, and review's time per statement, best of 3.
#
#   tests/bench/review.sh ROLLGATE [TABLES...]   (default 250 500 1000 2000)
set -euo pipefail
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(250 500 1000 2000)
HERE=$(cd "$(dirname "$0")" && pwd)
W=$(mktemp -d "${TMPDIR:-/tmp}/rg-bench-review.XXXXXX")
trap 'rm -rf "$W"' EXIT

best_ms() { # CMD...: the best wall time of 3 runs, in ms
    local best= t0 t1 ms i
    for i in 1 2 3; do
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        t1=$(date +%s%N)
        ms=$(((t1 - t0) / 1000000))
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    done
    echo "$best"
}

printf '%8s %11s %11s %9s %10s %14s\n' tables statements catalog_ms plan_ms review_ms us_per_statement
for n in "${SIZES[@]}"; do
    d=$W/$n
    python3 "$HERE/gen_pair.py" --out "$d" --tables "$n" >/dev/null
    "$RG" plan "$d/old.sql" "$d/new.sql" --app v1="$d/app_v1.sql" --app v2="$d/app_v2.sql" --out "$d/plan" \
        >/dev/null 2>&1 || true
    mkdir -p "$d/pre" "$d/post"
    ld=$(awk -F, 'NR > 1 && $3 == "deploy" { s = $1 } END { print s + 0 }' "$d/plan/stages.csv")
    awk -F, -v ld="$ld" 'NR > 1 && $3 == "migration" { n = split($5, f, ";");
        for (i = 1; i <= n; i++) print ($1 < ld ? "pre" : "post") " " f[i] }' "$d/plan/stages.csv" |
        tr -d '\r' | while read -r side f; do cp "$d/plan/$f" "$d/$side/"; done
    [ -n "$(ls "$d/pre")" ] || : >"$d/pre/0000_nothing.sql"
    post=()
    [ -n "$(ls "$d/post")" ] && post=(--post-deploy "$d/post")
    rargs=("$d/old.sql" "$d/pre" "${post[@]}" --app v1="$d/app_v1.sql" --app v2="$d/app_v2.sql")
    "$RG" review "${rargs[@]}" --out "$d/review" >/dev/null 2>&1 || true
    stmts=$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.DictReader(open(sys.argv[1], newline=""))))' \
        "$d/review/steps.csv")
    c=$(best_ms "$RG" catalog "$d/old.sql")
    p=$(best_ms "$RG" plan "$d/old.sql" "$d/new.sql" --app v1="$d/app_v1.sql" --app v2="$d/app_v2.sql" --out "$d/p2")
    r=$(best_ms "$RG" review "${rargs[@]}" --out "$d/r2")
    printf '%8s %11s %11s %9s %10s %14s\n' "$n" "$stmts" "$c" "$p" "$r" "$((stmts ? r * 1000 / stmts : 0))"
done
