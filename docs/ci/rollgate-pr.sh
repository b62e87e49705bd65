#!/usr/bin/env bash
# rollgate-pr.sh — the part of a pull-request check that is the same on every
# CI: take OLD from the target branch, plan (or review) the change against the
# branch's schema, and leave the evidence where the CI picks it up.
#
#   rollgate-pr.sh [options] [-- extra `rollgate plan` options]
#     --rollgate BIN     the rollgate binary (default: rollgate on PATH)
#     --base REF         the target branch as git knows it (default origin/main)
#     --schema PATH      the schema file in the repository (default db/structure.sql)
#     --queries PATH     the application's SQL (a file or a folder); the target
#                        branch's version runs as app "base", this branch's as "head"
#     --out DIR          where the evidence goes (default rollgate-out)
#     --report-url URL   where the CI publishes DIR/run/report.html (the comment's link)
#
# Writes DIR/run/ (migrations, CSV, report.html, ledger), DIR/rollgate.sarif,
# DIR/rollgate.junit.xml and DIR/summary.md (the comment to post), and exits
# with rollgate's code: 0 safe, 1 not proven safe (fail the check, after the
# uploads), 2 bad input, 3 internal error. Run from the repository's top.
set -euo pipefail

RG=rollgate
BASE=origin/main
SCHEMA=db/structure.sql
QUERIES=
OUT=rollgate-out
REPORT_URL=
while [ $# -gt 0 ]; do
    case $1 in
        --rollgate) RG=$2; shift 2 ;;
        --base) BASE=$2; shift 2 ;;
        --schema) SCHEMA=$2; shift 2 ;;
        --queries) QUERIES=$2; shift 2 ;;
        --out) OUT=$2; shift 2 ;;
        --report-url) REPORT_URL=$2; shift 2 ;;
        --) shift; break ;;
        *) echo "rollgate-pr.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done

git rev-parse --verify --quiet "$BASE^{commit}" >/dev/null \
    || { echo "rollgate-pr.sh: no commit '$BASE' (fetch the target branch first)" >&2; exit 2; }
[ -f "$SCHEMA" ] || { echo "rollgate-pr.sh: no schema file '$SCHEMA' on this branch" >&2; exit 2; }

rm -rf "$OUT"
mkdir -p "$OUT/base"
# OLD: the schema as the target branch has it; a branch that adds the
# schema file plans from an empty schema.
if git cat-file -e "$BASE:$SCHEMA" 2>/dev/null; then
    git show "$BASE:$SCHEMA" >"$OUT/base/old.sql"
else
    : >"$OUT/base/old.sql"
fi

args=()
if [ -n "$QUERIES" ]; then
    # the target branch's queries, as files, next to this branch's
    if git cat-file -e "$BASE:$QUERIES" 2>/dev/null; then
        git archive "$BASE" -- "$QUERIES" | tar -x -C "$OUT/base"
    else
        mkdir -p "$OUT/base/$(dirname "$QUERIES")"
        : >"$OUT/base/$QUERIES"
    fi
    args+=(--app "base=$OUT/base/$QUERIES" --app "head=$QUERIES")
fi
[ -n "$REPORT_URL" ] && args+=(--report-url "$REPORT_URL")

rc=0
"$RG" plan "$OUT/base/old.sql" "$SCHEMA" "${args[@]}" --out "$OUT/run" \
    --sarif "$OUT/rollgate.sarif" --junit "$OUT/rollgate.junit.xml" --summary-md "$OUT/summary.md" \
    "$@" || rc=$?
if [ "$rc" -ge 2 ]; then
    # nothing to upload but the reason: the comment says so
    printf '### rollgate: ⛔ could not run (exit %d)\n\nSee the job log: bad input or an internal error.\n' "$rc" \
        >"$OUT/summary.md"
fi
exit "$rc"
