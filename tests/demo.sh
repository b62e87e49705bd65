#!/usr/bin/env bash
# demo.sh ROLLGATE — runs the main job on the bundled example
# (models/examples/shop) and writes the evidence under reports/demo/.
#
# Until `rollgate plan` lands (issue: planner), the main job is `diff`: the
# demo writes the ordered changes as CSV and JSON and the canonical catalogs
# of both snapshots, plus a small HTML page over them, and says so.
set -euo pipefail
RG=${1:?usage: demo.sh path/to/rollgate}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EX=$ROOT/models/examples/shop
OUT=$ROOT/reports/demo
mkdir -p "$OUT"

if "$RG" plan --help >/dev/null 2>&1; then
  # shellcheck disable=SC2046
  "$RG" plan "$EX/old.sql" "$EX/new.sql" --app v1="$EX/apps/1-v1.sql" --app v2="$EX/apps/2-v2.sql" \
    $(cat "$EX/args") --out "$OUT" || true
  echo "demo: report written to $OUT/report.html"
  exit 0
fi

echo "demo: \`rollgate plan\` is not built yet; running \`rollgate diff\` on the example instead"
"$RG" diff "$EX/old.sql" "$EX/new.sql" --format csv > "$OUT/changes.csv.tmp"
mv "$OUT/changes.csv.tmp" "$OUT/changes.csv"
"$RG" diff "$EX/old.sql" "$EX/new.sql" --format json > "$OUT/changes.json"
"$RG" catalog "$EX/old.sql" > "$OUT/old.catalog.sql"
"$RG" catalog "$EX/new.sql" > "$OUT/new.catalog.sql"
"$RG" diff "$EX/old.sql" "$EX/new.sql"
python3 "$ROOT/tests/demo_html.py" "$OUT" > "$OUT/report.html.tmp"
mv "$OUT/report.html.tmp" "$OUT/report.html"
echo "demo: report written to $OUT/report.html"
