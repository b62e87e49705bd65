#!/usr/bin/env bash
# review.sh — what `rollgate review` costs (not a test). For the synthetic
# schema of gen_pair.py at several sizes (with its two app versions'
# queries), a hand-written-style migration set is generated: per table an
# ADD COLUMN and a CHECK ... NOT VALID (files of 100 tables, each starting
# with SET lock_timeout), then a CREATE INDEX CONCURRENTLY per table (files
# of 100). Prints, per size: statements reviewed, the time of
# `catalog OLD` (the parse-and-interpret floor) and of `review` (every
# statement judged, every live query checked after every statement), and
# review's CPU time per statement; best of 3 (CPU time: user + system).
#
#   tests/bench/review.sh ROLLGATE [TABLES...]   (default 500 1000 2000 4000; gen_pair.py takes 500..16000)
set -euo pipefail
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(500 1000 2000 4000)
HERE=$(cd "$(dirname "$0")" && pwd)
W=$(mktemp -d "${TMPDIR:-/tmp}/rg-bench-review.XXXXXX")
trap 'rm -rf "$W"' EXIT

best_ms() { # CMD...: the best CPU time (user + system) of 3 runs, in ms; the
    # machine may be shared, so wall time would measure the neighbours
    python3 - "$@" <<'PY'
import resource, subprocess, sys
best = None
for _ in range(3):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    ms = ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1000
    best = ms if best is None or ms < best else best
print(int(best))
PY
}

printf '%8s %11s %11s %10s %14s\n' tables statements catalog_ms review_ms us_per_statement
for n in "${SIZES[@]}"; do
    d=$W/$n
    python3 "$HERE/gen_pair.py" --out "$d" --tables "$n" >/dev/null
    mkdir -p "$d/mig"
    sed -n 's/^CREATE TABLE \([^ (]*\) .*/\1/p' "$d/old.sql" | awk -v dir="$d/mig" '
        { t[NR] = $1 }
        END {
            for (i = 1; i <= NR; i++) {
                f = sprintf("%s/%05d_columns.sql", dir, int((i - 1) / 100));
                if ((i - 1) % 100 == 0) print "SET lock_timeout = '"'"'5s'"'"';" > f;
                print "ALTER TABLE " t[i] " ADD COLUMN rg_bench text;" > f;
                print "ALTER TABLE " t[i] " ADD CONSTRAINT rg_bench_" i " CHECK (rg_bench <> '"'"''"'"') NOT VALID;" > f;
            }
            for (i = 1; i <= NR; i++) {
                f = sprintf("%s/%05d_indexes.sql", dir, 50000 + int((i - 1) / 100));
                print "CREATE INDEX CONCURRENTLY rg_bench_idx_" i " ON " t[i] " (rg_bench);" > f;
            }
        }'
    rargs=("$d/old.sql" "$d/mig" --app v1="$d/app_v1.sql" --app v2="$d/app_v2.sql")
    rc=0
    "$RG" review "${rargs[@]}" --out "$d/review" >"$d/review.log" 2>&1 || rc=$?
    if [ "$rc" -gt 1 ]; then cat "$d/review.log" >&2; exit 1; fi
    stmts=$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.DictReader(open(sys.argv[1], newline=""))))' \
        "$d/review/steps.csv")
    c=$(best_ms "$RG" catalog "$d/old.sql")
    r=$(best_ms "$RG" review "${rargs[@]}" --out "$d/r2")
    printf '%8s %11s %11s %10s %14s\n' "$n" "$stmts" "$c" "$r" "$((stmts ? r * 1000 / stmts : 0))"
done
