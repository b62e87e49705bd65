#!/usr/bin/env bash
# demo.sh ROLLGATE — runs the main job on the bundled example
# (models/examples/shop) and writes the evidence under reports/demo/.
set -euo pipefail
RG=${1:?usage: demo.sh path/to/rollgate}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EX=$ROOT/models/examples/shop
OUT=$ROOT/reports/demo
mkdir -p "$OUT"
rc=0
# shellcheck disable=SC2046
"$RG" plan "$EX/old.sql" "$EX/new.sql" --app v1="$EX/apps/1-v1.sql" --app v2="$EX/apps/2-v2.sql" \
  $(cat "$EX/args") --out "$OUT" || rc=$?
# Exit 1 means the plan found an incompatibility: still a finished report.
[ "$rc" -le 1 ] || exit "$rc"
echo "demo: report written to $OUT/report.html"
