#!/usr/bin/env bash
# test_outputs.sh ROLLGATE ROOT — a run's outputs are published as one unit
# (src/run/outdir.c), checked through the CLI:
#   - a reused --out: rollgate's own files that a run does not write
#     (compatibility.csv after a run without apps, verification*.csv) are
#     gone, another tool's files and folders are kept byte for byte, the
#     ledger in OUT keeps every run;
#   - two runs into one --out: the second waits for the first (the lock),
#     then OUT holds the second run's files only, equal to a fresh run's;
#   - a run SIGKILLed before its swap (pause points "ledger" and
#     "publish") leaves OUT byte for byte as it was, its ledger included;
#     the next run removes what the killed one left; with a ledger outside
#     OUT the killed run's row may be there while OUT's report names the
#     previous run;
#   - Ctrl-C: nothing published, nothing left, the process ends by SIGINT;
#   - exit 2 means nothing written: every output path is checked first;
#   - `report` into the folder that holds its ledger keeps the ledger.
# Last line "N passed, N failed"; exit 1 on a failure.
set -u
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(cd "$2" && pwd)
SHOP=$ROOT/models/examples/shop
SMALL=$ROOT/tests/plan/cases/add_nullable/inputs
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "PASS  $1"; }
bad() { failed=$((failed + 1)); echo "FAIL  $1"; [ -n "${2:-}" ] && [ -s "$2" ] && sed -n '1,30p' "$2" | sed 's/^/      | /'; return 0; }
check() { # check NAME command...: PASS when the command succeeds
  local name=$1
  shift
  if "$@" >"$W/check.log" 2>&1; then ok "$name"; else bad "$name" "$W/check.log"; fi
}
W=$(mktemp -d "${TMPDIR:-/tmp}/rg-outputs.XXXXXX")
trap 'rm -rf "$W"' EXIT
cd "$W" || exit 2

shop() { "$RG" plan "$SHOP/old.sql" "$SHOP/new.sql" --rename public.customers.name=full_name "$@"; }
shop_apps() { shop --app v1="$SHOP/apps/1-v1.sql" --app v2="$SHOP/apps/2-v2.sql" "$@"; }
small() { "$RG" plan "$SMALL/old.sql" "$SMALL/new.sql" "$@"; }
runs() { "$RG" runs --ledger "$1" | tail -n +2 | wc -l; }
# wait_for FILE: a pause point reached (RG_TEST_PAUSE=POINT:SECONDS:FILE).
wait_for() { for _ in $(seq 1 600); do [ -e "$1" ] && return 0; sleep 0.05; done; return 1; }
no_temps() { ! ls -a "$W" | grep -q '\.rollgate-'; }
# same_outputs A B: the plan's files of two folders are the same bytes:
# the same migration files (no other one) and CSVs.
same_outputs() {
  diff <(cd "$1/migrations" && ls -- *.sql) <(cd "$2/migrations" && ls -- *.sql) || return 1
  local f
  for f in $(cd "$2/migrations" && ls -- *.sql); do cmp "$1/migrations/$f" "$2/migrations/$f" || return 1; done
  for f in stages.csv steps.csv changes.csv; do cmp "$1/$f" "$2/$f" || return 1; done
}

# ---- a reused --out ---------------------------------------------------------
shop_apps --out o4 >/dev/null 2>o4.err
test -f o4/compatibility.csv || bad "reused --out: the first run writes compatibility.csv" o4.err
echo "another tool's notes" >o4/notes.txt
mkdir -p o4/extra/deeper && echo x >o4/extra/deeper/file && ln -s notes.txt o4/link
echo "-- not a migration" >o4/migrations/README
printf 'stage,app,query,predicted,observed,agree\r\n' >o4/verification.csv
cp o4/notes.txt notes.copy
small --out o4 >/dev/null 2>o4b.err
check "reused --out: compatibility.csv of the earlier run is gone" test ! -e o4/compatibility.csv
check "reused --out: verification.csv of an earlier run is gone" test ! -e o4/verification.csv
small --out fresh4 >/dev/null 2>&1
check "reused --out: the plan's files (and no migration of the earlier run) equal a fresh run's" \
  same_outputs o4 fresh4
check "reused --out: another tool's file kept" cmp o4/notes.txt notes.copy
check "reused --out: another tool's folder kept" test "$(cat o4/extra/deeper/file)" = x
check "reused --out: a link kept" test "$(readlink o4/link)" = notes.txt
check "reused --out: a non-migration file in migrations/ kept" grep -q 'not a migration' o4/migrations/README
check "reused --out: the ledger in OUT keeps both runs" test "$(runs o4/rollgate.db)" -eq 2
check "reused --out: no temporary folder left" no_temps

# ---- two runs into one --out --------------------------------------------------
shop --out o5 >/dev/null 2>&1
(exec env RG_TEST_PAUSE=publish:4:a.paused "$RG" plan "$SHOP/old.sql" "$SHOP/new.sql" \
  --rename public.customers.name=full_name --out o5 >a.out 2>a.err) &
apid=$!
wait_for a.paused
small --out o5 >b.out 2>b.err &
bpid=$!
sleep 1
check "two runs: the second waits for the first" kill -0 $bpid
check "two runs: ... and says so" grep -q "waiting for another rollgate run to finish with o5" b.err
check "two runs: ... and OUT still holds the run before both" test "$(runs o5/rollgate.db)" -eq 1
wait $apid
arc=$?
wait $bpid
brc=$?
check "two runs: both succeed (exit $arc, $brc)" test $arc -eq 0 -a $brc -eq 0
small --out fresh5 >/dev/null 2>&1
check "two runs: OUT holds the second run's files only" same_outputs o5 fresh5
check "two runs: OUT's report is the second run's (run 3)" grep -q '<td>ledger run</td><td>3</td>' o5/report.html
check "two runs: OUT's ledger lists the three runs" test "$(runs o5/rollgate.db)" -eq 3

# ---- SIGKILL before the swap ---------------------------------------------------
kill_at() { # kill_at POINT OUT [args...]: a small run into OUT, SIGKILLed at POINT
  local point=$1 out=$2
  shift 2
  rm -f killed.paused
  (exec env RG_TEST_PAUSE="$point:60:killed.paused" "$RG" plan "$SMALL/old.sql" "$SMALL/new.sql" --out "$out" "$@" \
    >/dev/null 2>killed.err) &
  local pid=$!
  wait_for killed.paused || bad "kill at $point: the pause was not reached" killed.err
  kill -9 $pid
  wait $pid 2>/dev/null
}
for point in ledger publish; do
  rm -rf o6 o6.before
  shop --out o6 >/dev/null 2>&1
  cp -a o6 o6.before
  kill_at $point o6
  check "SIGKILL at $point: OUT unchanged, its ledger included" diff -r o6.before o6
  check "SIGKILL at $point: the killed run's private folder is there" ls -d .o6.rollgate-*
  small --out o6 >/dev/null 2>&1
  check "SIGKILL at $point: the next run removes it" no_temps
  check "SIGKILL at $point: the next run is run 2 of OUT's ledger" grep -q '<td>ledger run</td><td>2</td>' o6/report.html
done
# A ledger outside OUT is committed before the swap.
rm -rf o6 o6.before && mkdir -p ext
shop --out o6 --ledger ext/l.db >/dev/null 2>&1
cp -a o6 o6.before
kill_at publish o6 --ledger ext/l.db
check "SIGKILL, ledger outside OUT: OUT unchanged" diff -r o6.before o6
check "SIGKILL, ledger outside OUT: OUT's report names run 1" grep -q '<td>ledger run</td><td>1</td>' o6/report.html
check "SIGKILL, ledger outside OUT: the ledger holds run 1 and the killed run 2" test "$(runs ext/l.db)" -eq 2
small --out o6 --ledger ext/l.db >/dev/null 2>&1
check "SIGKILL, ledger outside OUT: the next run removes what it left" no_temps

# ---- Ctrl-C --------------------------------------------------------------------
rm -rf o8 && shop --out o8 >/dev/null 2>&1 && cp -a o8 o8.before
rm -f int.paused
(exec env RG_TEST_PAUSE=publish:60:int.paused "$RG" plan "$SMALL/old.sql" "$SMALL/new.sql" --out o8 \
  >/dev/null 2>int.err) &
pid=$!
wait_for int.paused
kill -INT $pid
wait $pid
rc=$?
check "Ctrl-C: the process ends by SIGINT (exit $rc)" test $rc -eq 130
check "Ctrl-C: OUT unchanged" diff -r o8.before o8
check "Ctrl-C: no private folder left" no_temps

# ---- exit 2: nothing written ---------------------------------------------------
refused() { # refused NAME OUT ARGS...: exit 2, a message, OUT as it was (absent or same bytes)
  local name=$1 out=$2 rc=0
  shift 2
  local before=absent
  [ -e "$out" ] && { rm -rf before.snap; cp -a "$out" before.snap; before=snap; }
  small --out "$out" "$@" >ref.out 2>ref.err || rc=$?
  if [ $rc -ne 2 ] || [ ! -s ref.err ] || [ -s ref.out ]; then
    echo "exit $rc" >>ref.err
    bad "exit 2, nothing written: $name" ref.err
  elif [ $before = absent ] && [ -e "$out" ]; then
    echo "$out was created" >>ref.err
    bad "exit 2, nothing written: $name" ref.err
  elif [ $before = snap ] && ! diff -r before.snap "$out" >>ref.err 2>&1; then
    bad "exit 2, nothing written: $name" ref.err
  elif ls -a | grep -q '\.rollgate-'; then
    echo "temporary left: $(ls -a | grep rollgate-)" >>ref.err
    bad "exit 2, nothing written: $name" ref.err
  else
    ok "exit 2, nothing written: $name"
  fi
}
refused "--ledger in a missing folder" o7 --ledger "$W/missing/dir/l.db"
refused "--junit in a missing folder" o7 --junit "$W/missing/j.xml"
refused "--sarif in a missing folder" o7/deep/er --sarif "$W/missing/s.sarif"
mkdir -p adir
refused "--junit is a folder" o7 --junit adir
refused "--ledger is a folder" o7 --ledger adir
refused "--junit over rollgate's own report.html" o7 --junit o7/report.html
refused "--junit and --sarif the same file" o7 --junit j.xml --sarif j.xml
echo "not a database at all, only some text to fill more than a header...................." >junk.db
refused "--ledger is not a ledger" o7 --ledger junk.db
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("PRAGMA user_version=99"); c.commit()' v99.db
refused "--ledger of a newer rollgate" o7 --ledger v99.db
echo file >afile
refused "--out is a file" afile
refused "--out under a file" afile/out
mkdir -p sub/inner
rc=0; (cd sub/inner && "$RG" plan "$SMALL/old.sql" "$SMALL/new.sql" --out .. >../../cwd.out 2>../../cwd.err) || rc=$?
check "--out holding the current folder: exit 2 ($rc), nothing written" test $rc -eq 2 -a "$(ls -A sub)" = inner
small --out o7ok >/dev/null 2>&1
refused "an existing OUT is left as it was (bad --junit)" o7ok --junit "$W/missing/j.xml"
printf 'CREATE TABLE (;\n' >broken.sql
rc=0; "$RG" plan "$SMALL/old.sql" broken.sql --out o7bad >/dev/null 2>bad.err || rc=$?
check "bad SQL: exit 2 and no folder created" test $rc -eq 2 -a ! -e o7bad
rc=0; "$RG" plan "$SMALL/old.sql" broken.sql --out o7ok >/dev/null 2>bad.err || rc=$?
check "bad SQL into an existing OUT: exit 2, OUT as it was" test $rc -eq 2 -a "$(runs o7ok/rollgate.db)" -eq 1

# ---- junit / sarif inside and outside OUT --------------------------------------
shop_apps --out o9 --junit o9/ci/junit.xml --sarif sarif.json >/dev/null 2>o9.err
rc=$?
check "--junit inside OUT, --sarif outside: written (exit $rc)" test -s o9/ci/junit.xml -a -s sarif.json
small --out o9 --junit o9/ci/junit.xml >/dev/null 2>&1
check "--junit inside OUT: replaced by the next run" grep -q 'tests="0"' o9/ci/junit.xml

# ---- report into the folder of its ledger ---------------------------------------
"$RG" report --ledger o9/rollgate.db --run 1 --out o9 >/dev/null 2>rep.err
rc=$?
check "report --out the folder of its ledger: done (exit $rc)" test $rc -le 1
check "... the ledger is kept" test "$(runs o9/rollgate.db)" -eq 2
check "... the run's compatibility.csv is back" test -s o9/compatibility.csv

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
