#!/usr/bin/env bash
# test_report.sh ROLLGATE TESTDIR [html] — end-to-end tests of the evidence:
# golden CSV/JUnit/SARIF of the fixed case (tests/report/cases/fixed:
# inputs/ and expected/; RG_FIXED_TIME pins the time; RG_UPDATE_GOLDEN=1
# rewrites expected/), `report`
# of past runs equal to the original files byte for byte, `runs`, the JSON
# summary, a run SIGKILLed inside its ledger transaction, ledger schema
# migration and refusal through the CLI; with `html`, only report.html in
# headless Chromium (screenshot, DOM sections, the hostile table name shown
# as text), exiting 77 (a ctest skip) when chromium is not installed.
set -u
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
T=$(cd "$2" && pwd)
MODE=${3:-}
pass=0
fail=0
check() { # check DESCRIPTION command...
  local what=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $what" >&2; fi
}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
cp "$T"/cases/fixed/inputs/*.sql "$W"/
cd "$W" || exit 2
plan() { "$RG" plan old.sql new.sql --app v1=v1.sql --app v2=v2.sql "$@"; }
same_dir() { # every file of $1 (but the ledger) is in $2 with the same bytes
  local f ok=0
  while IFS= read -r f; do
    cmp -s "$1/$f" "$2/$f" || { echo "  differs: $f" >&2; ok=1; }
  done < <(cd "$1" && find . -type f ! -name 'rollgate.db*' | sort)
  return $ok
}

# ---- report.html in headless Chromium (the report_html test) ------------
html_checks() {
  local CHROME
  CHROME=$(command -v chromium || command -v chromium-browser || true)
  if [ -z "$CHROME" ]; then
    echo "skipped: chromium is not installed (./build.sh installs it); report.html not rendered"
    exit 77
  fi
  RG_FIXED_TIME=2026-01-01T00:00:00Z plan --out out >plan.out 2>plan.err
  check "plan for the HTML checks exits 0 or 1" test $? -le 1
  prof=$(mktemp -d)
  flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
         --disable-component-update --disable-sync --user-data-dir="$prof")
  timeout 120 "$CHROME" "${flags[@]}" --screenshot="$W/shot.png" --window-size=1280,2000 \
    "file://$W/out/report.html" >/dev/null 2>&1
  check "chromium screenshot" python3 -c '
import sys; b = open(sys.argv[1], "rb").read(); assert b[:8] == b"\x89PNG\r\n\x1a\n" and len(b) > 20000' shot.png
  timeout 120 "$CHROME" "${flags[@]}" --dump-dom "file://$W/out/report.html" >dom.html 2>/dev/null
  for id in verdict release timeline matrix steps findings migrations run; do
    check "DOM has section #$id" grep -q "id=\"$id\"" dom.html
  done
  check "DOM has no script element" test "$(grep -ci '<script' dom.html)" -eq 0
  check "the hostile table name is shown as text" grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' dom.html
  check "DOM shows the compatibility matrix and steps table" grep -q 'ACCESS EXCLUSIVE\|SHARE' dom.html
  check "DOM has the summary paragraph and the could-not-prove section" \
    grep -q 'id="summary"' dom.html
  check "DOM has section #unproven" grep -q 'id="unproven"' dom.html
  # The demo (models/examples/shop, with table sizes): how tall the page is
  # at 1400 and 800 px, and no cell whose content overflows it (via the
  # DOM, in a copy of the page with a probe script: the report runs none).
  local EX=$T/../../models/examples/shop
  printf 'schema,table,rows,bytes\npublic,orders,500000000,53687091200\npublic,customers,20,16384\n' >sizes.csv
  # shellcheck disable=SC2046
  RG_FIXED_TIME=2026-01-01T00:00:00Z "$RG" plan "$EX/old.sql" "$EX/new.sql" --app v1="$EX/apps/1-v1.sql" \
    --app v2="$EX/apps/2-v2.sql" $(cat "$EX/args") --stats sizes.csv --out demo >demo.out 2>&1
  check "the demo plans (exit 0)" test $? -eq 0
  python3 - demo/report.html "$T/layout_probe.js" probe.html <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
html = html.replace("</body>", "<script>" + open(sys.argv[2]).read() + "</script></body>")
open(sys.argv[3], "w", encoding="utf-8").write(html)
PY
  local width max
  for width in 1400:12000 800:15000; do
    max=${width#*:}
    width=${width%:*}
    timeout 120 "$CHROME" "${flags[@]}" --window-size="$width,1000" --virtual-time-budget=5000 --dump-dom \
      "file://$W/probe.html" 2>/dev/null | sed -n '/id="rg-probe"/,/<\/pre>/p' >"probe-$width.txt"
    h=$(grep -o 'height=[0-9][0-9]*' "probe-$width.txt" | head -1 | cut -d= -f2)
    echo "report_html: demo page at $width px: ${h:-?} px tall" >&2
    check "demo at $width px: measured" test -n "$h"
    check "demo at $width px: ${h:-?} px tall (at most $max)" test "${h:-999999}" -le "$max"
    check "demo at $width px: no cell overflows ($(grep -c . "probe-$width.txt") lines)" grep -q '^overflow=0$' "probe-$width.txt"
    check "demo at $width px: no page-wide horizontal scroll" \
      python3 -c 'import re,sys; t=open(sys.argv[1]).read(); sys.exit(int(re.search(r"width=(\d+)",t).group(1)) > int(re.search(r"viewport=(\d+)",t).group(1)))' "probe-$width.txt"
    check "demo at $width px: a lock blocking nothing is never red" grep -q '^mismatched=0$' "probe-$width.txt"
    timeout 120 "$CHROME" "${flags[@]}" --screenshot="$W/demo-$width.png" --window-size="$width,${h:-2000}" \
      "file://$W/demo/report.html" >/dev/null 2>&1
    check "demo at $width px: full-page screenshot" test -s "$W/demo-$width.png"
  done
  # each long body once: a backfill's DO block is in the page as often as
  # in the migration files (folded there), never again in the steps table
  check "a long SQL body appears once in the page" \
    test "$(grep -o 'SELECT id INTO rg_max_1 FROM public.customers' demo/report.html | wc -l)" -eq \
      "$(cat demo/migrations/*.sql | grep -o 'SELECT id INTO rg_max_1 FROM public.customers' | wc -l)"
  check "... and is in the page at all" grep -q 'SELECT id INTO rg_max_1 FROM public.customers' demo/report.html
  check "the demo shows sizes and durations" grep -q '50 GB' demo/report.html
  check "print stylesheet" grep -q '@media print' demo/report.html
  rm -rf "$prof"
  echo "$pass passed, $fail failed"
  [ $fail -eq 0 ]
  exit
}
[ "$MODE" = html ] && html_checks

# ---- golden files of the fixed case ------------------------------------
RG_FIXED_TIME=2026-01-01T00:00:00Z plan --out out --junit junit.xml --sarif sarif.json >plan.out 2>plan.err
rc=$?
check "plan exits 0 or 1 (got $rc): $(head -3 plan.err)" test $rc -le 1
RG_FIXED_TIME=2026-01-01T00:00:00Z "$RG" report --ledger out/rollgate.db --out re >/dev/null 2>&1
for f in stages.csv steps.csv changes.csv compatibility.csv junit.xml sarif.json; do
  got=out/$f
  [ -f "$got" ] || got=re/$f # compatibility.csv: before the simulator writes it
  [ -f "$f" ] && got=$f
  if [ "${RG_UPDATE_GOLDEN:-0}" = 1 ]; then
    cp "$got" "$T/cases/fixed/expected/$f"
  fi
  check "golden $f" cmp "$got" "$T/cases/fixed/expected/$f"
done
check "report.html written" test -s out/report.html
check "the summary names the report" grep -q "report: out/report.html" plan.out

# ---- `report` of a past run gives the same bytes -----------------------
"$RG" report --ledger out/rollgate.db --run 1 --out out2 --junit junit2.xml --sarif sarif2.json >/dev/null 2>&1
check "report exit code is the run's ($rc)" test $? -eq $rc
check "report of run 1 = plan's files" same_dir out out2
check "report junit = plan's" cmp junit.xml junit2.xml
check "report sarif = plan's" cmp sarif.json sarif2.json
check "report writes every CSV" test -f out2/compatibility.csv -a -f out2/steps.csv
# A second run at the real time into the same ledger; both re-render.
plan --out run2 --ledger out/rollgate.db >/dev/null 2>&1
sleep 1
"$RG" report --ledger out/rollgate.db --run 2 --out run2b >/dev/null 2>&1
check "report of run 2 = its files (no generation time in HTML)" same_dir run2 run2b
"$RG" report --ledger out/rollgate.db --run 1 --out out3 >/dev/null 2>&1
check "run 1 still renders the same" same_dir out out3
check "runs lists 2 runs" test "$("$RG" runs --ledger out/rollgate.db | tail -n +2 | wc -l)" -eq 2
check "runs shows the inputs' digests" grep -q "old=old.sql@" <("$RG" runs --ledger out/rollgate.db)

# ---- machine formats ---------------------------------------------------
plan --out j --format json >j.json 2>/dev/null
check "--format json is one JSON document" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["verdict"] in ("compatible", "incompatible") and d["run"] == 1 and "queries" in d' j.json
check "SARIF 2.1.0 parses" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["version"] == "2.1.0" and d["runs"][0]["tool"]["driver"]["name"] == "rollgate"
for r in d["runs"][0]["results"]:
    for l in r.get("locations", []):
        assert l["physicalLocation"]["artifactLocation"]["uri"]' sarif.json
check "JUnit parses" python3 -c '
import sys, xml.etree.ElementTree as E
t = E.parse(sys.argv[1]).getroot()
assert t.tag == "testsuites"
n = sum(1 for _ in t.iter("testcase"))
assert n == int(t.get("tests")), (n, t.get("tests"))
assert sum(1 for _ in t.iter("failure")) == int(t.get("failures"))' junit.xml

# ---- a run killed inside its ledger transaction ------------------------
# exec: $! must be rollgate itself, not a subshell around it.
(exec env RG_TEST_PAUSE=ledger:60:killed.paused "$RG" plan old.sql new.sql --app v1=v1.sql --app v2=v2.sql --out killed \
  --ledger out/rollgate.db >/dev/null 2>killed.err) &
pid=$!
for _ in $(seq 1 300); do
  [ -e killed.paused ] && break
  sleep 0.1
done
check "the run reached its pause" test -e killed.paused
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
check "ledger intact after SIGKILL" python3 -c '
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
assert [r[0] for r in c.execute("SELECT id FROM runs ORDER BY id")] == [1, 2]
for t in ("inputs", "changes", "stages", "files", "steps", "verdicts", "findings"):
    assert c.execute("SELECT count(*) FROM %s WHERE run_id > 2" % t).fetchone()[0] == 0, t' out/rollgate.db
check "runs still lists 2 runs" test "$("$RG" runs --ledger out/rollgate.db | tail -n +2 | wc -l)" -eq 2
"$RG" report --ledger out/rollgate.db --run 1 --out out4 >/dev/null 2>&1
check "run 1 renders the same after the kill" same_dir out out4
plan --out after --ledger out/rollgate.db >/dev/null 2>&1
check "the next run is recorded" test "$("$RG" runs --ledger out/rollgate.db | tail -n +2 | wc -l)" -eq 3

# ---- ledger schema through the CLI -------------------------------------
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("CREATE TABLE mine(x)"); c.commit()' v0.db
"$RG" runs --ledger v0.db >/dev/null 2>&1
check "a user_version 0 ledger is migrated (runs exits 0)" test $? -eq 0
check "... to the current version, keeping other tables" python3 -c '
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
assert c.execute("PRAGMA user_version").fetchone()[0] >= 1
c.execute("SELECT * FROM mine"); c.execute("SELECT * FROM runs")' v0.db
plan --out v0out --ledger v0.db >/dev/null 2>&1
check "a migrated ledger takes runs" test "$("$RG" runs --ledger v0.db | tail -n +2 | wc -l)" -eq 1
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("PRAGMA user_version=99"); c.commit()' v99.db
"$RG" runs --ledger v99.db >/dev/null 2>v99.err
check "a newer ledger is refused with exit 2" test $? -eq 2
check "... saying why" grep -q "newer" v99.err
echo "not a database at all, only some text to fill more than a header...................." >junk.db
"$RG" runs --ledger junk.db >/dev/null 2>&1
check "a non-database ledger exits 2" test $? -eq 2
"$RG" runs --ledger missing.db >/dev/null 2>&1
check "a missing ledger exits 2" test $? -eq 2
check "no ledger is created by runs" test ! -e missing.db
"$RG" report --ledger out/rollgate.db --run 99 --out nope >/dev/null 2>&1
check "report of an unknown run exits 2" test $? -eq 2
"$RG" report --out x >/dev/null 2>&1
check "report without --ledger exits 2" test $? -eq 2
plan --out badfmt --format yaml >/dev/null 2>&1
check "plan --format yaml exits 2" test $? -eq 2
check "... before writing anything" test ! -e badfmt

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
