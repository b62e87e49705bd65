#!/usr/bin/env bash
# run.sh — the conformance suite on a throwaway PostgreSQL 15 cluster.
#
#   tests/conformance/run.sh BUILD_DIR [--case SUBSTR]... [--sample] [--jobs N]
#                            [--json OUT] [--verbose] [--suite DIR] [--known FILE]
#
# Starts a cluster with tests/pg/cluster.sh (unix socket only, removed on
# exit and on Ctrl-C) and runs conformance.py with BUILD_DIR/rollgate; see
# conformance.py for what is checked and how cases are classified.
#   --case SUBSTR   only the cases whose name contains SUBSTR (repeatable)
#   --sample        the fixed sample of sample.txt (the sanitizer build's run)
#   --jobs N        cases at a time (default 2)
#   --json OUT      one JSON object per case (outcome, plan exit, findings,
#                   the first difference)
#   --verbose       one line per case that does not pass, with what failed
# RG_UPDATE_KNOWN_FAILURES=1 rewrites known_failures.txt from the run, keeping
# the reasons of cases still listed (review with git diff).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
if [ $# -lt 1 ] || [ ! -x "$1/rollgate" ]; then
    echo "usage: run.sh BUILD_DIR [--case SUBSTR]... [--sample] [--jobs N] [--json OUT] [--verbose]" >&2
    echo "(BUILD_DIR holds the rollgate binary)" >&2
    exit 2
fi
BUILD=$(cd "$1" && pwd)
shift
exec "$ROOT/tests/pg/cluster.sh" run python3 "$HERE/conformance.py" "$BUILD/rollgate" "$@"
