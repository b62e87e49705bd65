#!/usr/bin/env bash
# test_review_roundtrip.sh ROLLGATE ROOT — a plan's own files fed back to
# `rollgate review` agree with the plan. For every plan case
# (tests/plan/cases/*/inputs; the shop and blog cases come in as the
# bundled examples their inputs/from names), bundled example (models/examples) and end-to-end
# scenario (tests/e2e/scenarios) whose plan exits 0: the up files of the
# stages before the last deploy become MIGRATIONS, those after it
# --post-deploy, with the same apps. The review must exit 0 (no error
# finding, every query compatible) and give every (app, query) the same
# worst verdict over the timeline as the plan's compatibility.csv.
# A case whose plan exits 1 has nothing to agree with: listed as "n/a".
# tests/review/known_disagreements.txt names the cases where review and
# plan judge a step differently, with the reason; each must still
# disagree (a pass there is a failure: the list would be stale).
# Last line "N passed, N failed"; exit 1 on a failure.
set -uo pipefail
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(cd "$2" && pwd)
W=$(mktemp -d "${TMPDIR:-/tmp}/rg-review-rt.XXXXXX")
trap 'rm -rf "$W"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "PASS  $1"; }
bad() { failed=$((failed + 1)); echo "FAIL  $1"; [ -n "${2:-}" ] && [ -s "$2" ] && sed -n '1,30p' "$2" | sed 's/^/      | /'; return 0; }

# app_args DIR: --app NAME=PATH for DIR/apps/N-NAME.sql in release order.
app_args() {
    local d=$1 f b
    [ -d "$d/apps" ] || return 0
    for f in $(ls "$d/apps" | sort -n); do
        b=${f%.sql}
        printf -- '--app\n%s=%s\n' "${b#*-}" "$d/apps/$f"
    done
}

# plan_args DIR: the apps, then the case's args file.
plan_args() {
    app_args "$1"
    [ -f "$1/args" ] && tr -s ' \n' '\n\n' <"$1/args" | grep -v '^$'
    return 0
}

# worst COMPAT.CSV: "app,query,worst verdict" sorted (CSV fields without
# embedded commas in these inputs' query names).
worst() {
    awk -F, 'NR > 1 { k = $2 "," $3; r = ($4 == "error") ? 2 : ($4 == "warning") ? 1 : 0;
                      if (!(k in w) || r > w[k]) w[k] = r }
             END { for (k in w) print k "," w[k] }' "$1" | sort
}

run_case() { # NAME DIR
    local name=$1 d=$2 rc=0 log
    log=$W/$name.log
    mapfile -t pargs < <(plan_args "$d")
    mapfile -t aargs < <(app_args "$d")
    (cd "$d" && "$RG" plan old.sql new.sql "${pargs[@]}" --out "$W/$name/plan") >"$log" 2>&1 || rc=$?
    if [ "$rc" = 1 ]; then echo "n/a   $name: the plan itself exits 1"; return; fi
    if [ "$rc" != 0 ]; then bad "$name: plan exit $rc" "$log"; return; fi
    mkdir -p "$W/$name/pre" "$W/$name/post"
    # stage,name,kind,apps,files: files before the last deploy go first
    local last_deploy
    last_deploy=$(awk -F, 'NR > 1 && $3 == "deploy" { s = $1 } END { print s + 0 }' "$W/$name/plan/stages.csv")
    awk -F, -v ld="$last_deploy" 'NR > 1 && $3 == "migration" { n = split($5, f, ";");
        for (i = 1; i <= n; i++) print ($1 < ld ? "pre" : "post") " " f[i] }' "$W/$name/plan/stages.csv" |
        tr -d '\r' | while read -r side f; do cp "$W/$name/plan/$f" "$W/$name/$side/"; done
    [ -n "$(ls "$W/$name/pre")" ] || : >"$W/$name/pre/0000_nothing.sql"
    local post=()
    [ -n "$(ls "$W/$name/post")" ] && post=(--post-deploy "$W/$name/post")
    rc=0
    (cd "$d" && "$RG" review old.sql "$W/$name/pre" "${post[@]}" "${aargs[@]}" --out "$W/$name/review") \
        >"$log" 2>&1 || rc=$?
    local why
    why=$(awk -F'\t' -v n="$name" '$1 == n { print $2 }' "$ROOT/tests/review/known_disagreements.txt")
    if [ -n "$why" ]; then
        if [ "$rc" = 1 ]; then ok "$name: known disagreement still holds ($why)"
        else bad "$name: listed in known_disagreements.txt but the review exits $rc: remove it from the list" "$log"; fi
        return
    fi
    if [ "$rc" != 0 ]; then bad "$name: review of the plan's own files exits $rc, want 0" "$log"; return; fi
    ok "$name: review of the plan's own files exits 0"
    if [ ! -f "$W/$name/plan/compatibility.csv" ]; then
        [ -f "$W/$name/review/compatibility.csv" ] && { bad "$name: review simulated apps the plan did not"; return; }
        return
    fi
    worst "$W/$name/plan/compatibility.csv" >"$W/$name/plan.w"
    worst "$W/$name/review/compatibility.csv" >"$W/$name/review.w"
    if diff "$W/$name/plan.w" "$W/$name/review.w" >"$log" 2>&1; then ok "$name: same verdicts ($(wc -l <"$W/$name/plan.w") queries)"
    else bad "$name: verdicts differ (plan <, review >)" "$log"; fi
}

for d in "$ROOT"/tests/plan/cases/*/inputs/ "$ROOT"/models/examples/*/ "$ROOT"/tests/e2e/scenarios/*/; do
    [ -f "$d/old.sql" ] || continue
    n=$(basename "$d")
    [ "$n" = inputs ] && n=$(basename "$(dirname "$d")")
    case "$d" in */examples/*) n=example_$n ;; */scenarios/*) n=e2e_$n ;; esac
    run_case "$n" "${d%/}"
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
