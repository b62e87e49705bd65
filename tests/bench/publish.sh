#!/usr/bin/env bash
# publish.sh — what publishing a run's outputs as one unit costs (not a
# test): the median wall time of `rollgate plan` on the bundled shop example
# (two apps, a rename) into a fresh --out, into a reused --out whose ledger
# already holds N runs (the ledger in OUT is copied into the private folder
# each run), and into a reused --out with the ledger outside it (written in
# place).
#
#   tests/bench/publish.sh ROLLGATE [RUNS]
set -euo pipefail
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
RUNS=${2:-9}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
S=$ROOT/models/examples/shop
W=$(mktemp -d "${TMPDIR:-/tmp}/rg-bench-publish.XXXXXX")
trap 'rm -rf "$W"' EXIT
plan() { "$RG" plan "$S/old.sql" "$S/new.sql" --app v1="$S/apps/1-v1.sql" --app v2="$S/apps/2-v2.sql" \
    --rename public.customers.name=full_name "$@" >/dev/null 2>&1 || [ $? -eq 1 ]; }
# median_ms CMD...: the median wall time of RUNS runs, in milliseconds.
median_ms() {
    local i t0 t1 times=()
    for ((i = 0; i < RUNS; i++)); do
        t0=$(date +%s%N)
        "$@"
        t1=$(date +%s%N)
        times+=($(((t1 - t0) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p"
}
fresh() { rm -rf "$W/fresh"; plan --out "$W/fresh"; }
echo "publishing outputs: median of $RUNS runs of 'rollgate plan' (shop example)"
printf '  %-44s %6s ms\n' "fresh --out" "$(median_ms fresh)"
for n in 10 200; do
    rm -rf "$W/o$n" "$W/ext$n" && mkdir -p "$W/ext$n"
    for ((i = 0; i < n; i++)); do plan --out "$W/o$n"; done
    cp "$W/o$n/rollgate.db" "$W/ext$n/l.db"
    size=$(($(stat -c %s "$W/o$n/rollgate.db") / 1024))
    printf '  %-44s %6s ms\n' "reused --out, ledger in it ($n runs, $size KiB)" "$(median_ms plan --out "$W/o$n")"
    printf '  %-44s %6s ms\n' "reused --out, ledger outside ($n runs)" \
        "$(median_ms plan --out "$W/o$n" --ledger "$W/ext$n/l.db")"
done
