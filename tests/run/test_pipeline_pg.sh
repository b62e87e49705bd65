#!/usr/bin/env bash
# test_pipeline_pg.sh ROLLGATE ROOT — one pipeline behind plan, verify and
# plan --verify, on a real PostgreSQL 15 (verify's own throwaway cluster):
#   - the three commands write the same migrations and CSV files, byte for
#     byte, for the shop example (apps, a rename hint), a plan the planner
#     feedback changes (a step deferred to contract), hostile identifiers
#     and an e2e scenario;
#   - a plan that `plan` reports with error findings (exit 1): verify exits
#     1 too (not 3), prints every error finding plan prints, and still
#     replays the plan (verification.csv, report.html's #verified section).
#     The inputs: a NOT NULL column without backfill, and a schema whose
#     plan the simulator cannot replay (a domain collation change from
#     tests/pg/mutations.txt).
# Last line "N passed, N failed"; exit 1 on a failure.
set -u
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(cd "$2" && pwd)
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "PASS  $1"; }
bad() { failed=$((failed + 1)); echo "FAIL  $1"; [ -n "${2:-}" ] && [ -s "$2" ] && sed -n '1,30p' "$2" | sed 's/^/      | /'; return 0; }
W=$(mktemp -d "${TMPDIR:-/tmp}/rg-pipeline.XXXXXX")
chmod 755 "$W"
mkdir -p "$W/tmp" && chmod 755 "$W/tmp"
trap 'rm -rf "$W"' EXIT
export TMPDIR=$W/tmp # verify's throwaway clusters

# app_args DIR: --app NAME=PATH for DIR/apps/N-NAME.sql in release order,
# then the words of DIR/args.
app_args() {
  local d=$1 f b
  [ -d "$d/apps" ] && for f in $(ls "$d/apps" | sort -n); do
    b=${f%.sql}
    printf -- '--app\n%s=%s\n' "${b#*-}" "$d/apps/$f"
  done
  [ -f "$d/args" ] && tr -s ' \n' '\n\n' <"$d/args" | grep -v '^$'
  return 0
}

# same_plan A B: the same migration files and CSV files, byte for byte.
same_plan() {
  diff -r "$1/migrations" "$2/migrations" || return 1
  local f
  for f in stages.csv steps.csv changes.csv compatibility.csv; do
    [ -e "$1/$f" ] || [ -e "$2/$f" ] || continue
    cmp "$1/$f" "$2/$f" || return 1
  done
}

# ---- plan, plan --verify and verify build the same plan -----------------------
same_three() { # NAME DIR
  local name=$1 d=$2 args rc1=0 rc2=0 rc3=0
  mapfile -t args < <(app_args "$d")
  (cd "$d" && "$RG" plan old.sql new.sql "${args[@]}" --out "$W/$name.plan") >"$W/$name.plan.log" 2>&1 || rc1=$?
  (cd "$d" && "$RG" plan old.sql new.sql "${args[@]}" --verify --out "$W/$name.pv") >"$W/$name.pv.log" 2>&1 || rc2=$?
  (cd "$d" && "$RG" verify old.sql new.sql "${args[@]}" --out "$W/$name.v") >"$W/$name.v.log" 2>&1 || rc3=$?
  if [ $rc1 -gt 1 ] || [ $rc2 -gt 1 ] || [ $rc3 -gt 1 ]; then
    cat "$W/$name.pv.log" "$W/$name.v.log" >"$W/$name.log"
    bad "$name: plan, plan --verify, verify run (exit $rc1, $rc2, $rc3)" "$W/$name.log"
    return
  fi
  if same_plan "$W/$name.plan" "$W/$name.pv" >"$W/$name.diff" 2>&1 &&
      same_plan "$W/$name.plan" "$W/$name.v" >>"$W/$name.diff" 2>&1; then
    ok "$name: plan, plan --verify and verify write the same plan"
  else
    bad "$name: plan, plan --verify and verify write the same plan" "$W/$name.diff"
  fi
  if [ -s "$W/$name.pv/verification.csv" ] && [ -s "$W/$name.v/verification.csv" ] &&
      [ ! -e "$W/$name.plan/verification.csv" ]; then
    ok "$name: only the verifying runs write verification.csv"
  else
    bad "$name: only the verifying runs write verification.csv" "$W/$name.pv.log"
  fi
}
same_three shop "$ROOT/models/examples/shop"
# The planner feedback moves a step to contract (step_deferred).
same_three deferred_default "$ROOT/tests/plan/cases/deferred_default/inputs"
same_three hostile_names "$ROOT/tests/plan/cases/hostile_names/inputs"
same_three rename_column "$ROOT/tests/e2e/scenarios/rename_column"

# ---- verify on a plan with error findings -------------------------------------
with_errors() { # NAME DIR
  local name=$1 d=$2 args rc1=0 rc2=0
  mapfile -t args < <(app_args "$d")
  (cd "$d" && "$RG" plan old.sql new.sql "${args[@]}" --out "$W/$name.plan") >"$W/$name.plan.out" 2>&1 || rc1=$?
  (cd "$d" && "$RG" verify old.sql new.sql "${args[@]}" --out "$W/$name.v") >"$W/$name.v.out" 2>&1 || rc2=$?
  grep '^  error ' "$W/$name.plan.out" >"$W/$name.errors"
  if [ $rc1 -ne 1 ] || [ ! -s "$W/$name.errors" ]; then
    bad "$name: plan reports error findings (exit $rc1)" "$W/$name.plan.out"
    return
  fi
  if [ $rc2 -eq 1 ] && grep -qxFf "$W/$name.errors" "$W/$name.v.out" &&
      [ "$(grep -cxFf "$W/$name.errors" "$W/$name.v.out")" -ge "$(grep -c . "$W/$name.errors")" ]; then
    ok "$name: verify exits 1 and reports plan's $(grep -c . "$W/$name.errors") error findings"
  else
    echo "(verify exit $rc2; plan's errors:)" >>"$W/$name.v.out"
    cat "$W/$name.errors" >>"$W/$name.v.out"
    bad "$name: verify exits 1 and reports plan's error findings" "$W/$name.v.out"
  fi
  if [ -s "$W/$name.v/verification.csv" ] && grep -q '<section id="verified">' "$W/$name.v/report.html" &&
      grep -q '^rollgate verify: PostgreSQL ' "$W/$name.v.out"; then
    ok "$name: ... and still replays the plan on the server"
  else
    bad "$name: ... and still replays the plan on the server" "$W/$name.v.out"
  fi
}
with_errors missing_backfill "$ROOT/tests/plan/cases/missing_backfill/inputs"
mkdir -p "$W/domain/apps"
cp "$ROOT/tests/pg/dumps/04_types.dump.sql" "$W/domain/old.sql"
sed 's/character varying(8) COLLATE pg_catalog."C" NOT NULL/character varying(8) NOT NULL/' \
  "$W/domain/old.sql" >"$W/domain/new.sql"
printf -- '-- name: one\nSELECT 1;\n' >"$W/domain/apps/1-v1.sql"
cp "$W/domain/apps/1-v1.sql" "$W/domain/apps/2-v2.sql"
with_errors domain_collation "$W/domain"

if [ -z "$(ls -A "$W/tmp")" ]; then ok "no throwaway cluster left"; else bad "throwaway cluster left: $(ls "$W/tmp")"; fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
