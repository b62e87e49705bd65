#!/usr/bin/env bash
# corpus.sh — rollgate catalog over real schemas (tests/data/corpus).
#
#   tests/corpus/corpus.sh ROLLGATE DIR-OR-FILE...
#   tests/corpus/corpus.sh ROLLGATE --extra   $RG_EXTRA_CORPUS/osm and
#                            $RG_EXTRA_CORPUS/large/lago-api_*.sql (schemas kept
#                            out of the tree for their licences); without
#                            RG_EXTRA_CORPUS it exits 77, which ctest reports
#                            as a skip
#
# For every .sql file found it checks four things, each one case:
#   catalog   `rollgate catalog FILE` exits 0 and prints no error diagnostic
#   fixpoint  `rollgate catalog` of that output reproduces it byte for byte
#   sees-changes  `rollgate diff --exit-code FILE EMPTY` exits 1 (negative control)
#   nochange  `rollgate diff --exit-code FILE CATALOG` lists no change
# The last line is "N passed, N failed"; the exit status is non-zero on any
# failure. Failing cases print what rollgate said (first 60 lines).
set -uo pipefail

if [ $# -lt 2 ]; then
    echo "usage: corpus.sh ROLLGATE DIR-OR-FILE..." >&2
    exit 2
fi
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
[ -x "$RG" ] || { echo "corpus.sh: $RG is not executable" >&2; exit 2; }

if [ "$1" = --extra ]; then
    if [ -z "${RG_EXTRA_CORPUS:-}" ]; then
        echo "skipped: RG_EXTRA_CORPUS is not set (the GPL/AGPL osm and lago-api schemas are not in the tree; see tests/data/corpus/README.md)"
        exit 77
    fi
    set -- "$RG_EXTRA_CORPUS/osm" "$RG_EXTRA_CORPUS"/large/lago-api_*.sql
fi

files=()
for arg in "$@"; do
    if [ -d "$arg" ]; then
        while IFS= read -r f; do files+=("$f"); done < <(find "$arg" -name '*.sql' -type f | LC_ALL=C sort)
    elif [ -f "$arg" ]; then
        files+=("$arg")
    else
        echo "corpus.sh: $arg: no such file or directory" >&2
        exit 2
    fi
done
[ ${#files[@]} -gt 0 ] || { echo "corpus.sh: no .sql files in $*" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/rg-corpus.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
echo "-- an empty schema" >"$WORK/empty.sql"
trap 'exit 130' INT TERM

passed=0
failed=0
failures=()
pass() { passed=$((passed + 1)); printf 'PASS  %-40s %s\n' "$1" "$2"; }
fail() { # NAME CHECK FILE
    failed=$((failed + 1))
    failures+=("$1 $2")
    printf 'FAIL  %-40s %s\n' "$1" "$2"
    if [ -s "$3" ]; then
        sed -n '1,60p' "$3" | sed 's/^/      | /'
        local n
        n=$(wc -l <"$3")
        [ "$n" -gt 60 ] && echo "      | ... ($((n - 60)) more lines)"
    fi
}

for f in "${files[@]}"; do
    name=$(basename "$(dirname "$f")")/$(basename "$f")
    out1="$WORK/cat1.sql" out2="$WORK/cat2.sql" err="$WORK/err.txt"
    rc=0
    "$RG" catalog "$f" >"$out1" 2>"$err" || rc=$?
    if [ $rc -ne 0 ] || grep -q ': error:' "$err"; then
        echo "exit $rc: rollgate catalog $f" >>"$err"
        fail "$name" catalog "$err"
        continue
    fi
    pass "$name" catalog

    rc=0
    "$RG" catalog "$out1" >"$out2" 2>"$err" || rc=$?
    if [ $rc -ne 0 ]; then
        echo "exit $rc: rollgate catalog <catalog of $f>" >>"$err"
        fail "$name" fixpoint "$err"
    elif ! cmp -s "$out1" "$out2"; then
        diff -u "$out1" "$out2" | sed 's#^--- .*#--- catalog(FILE)#; s#^+++ .*#+++ catalog(catalog(FILE))#' >"$err"
        fail "$name" fixpoint "$err"
    else
        pass "$name" fixpoint
    fi

    # Negative control: the same file against an empty schema must differ.
    rc=0
    "$RG" diff --exit-code "$f" "$WORK/empty.sql" >"$err" 2>&1 || rc=$?
    if [ $rc -eq 1 ] && [ -s "$err" ]; then
        pass "$name" sees-changes
    else
        echo "expected exit 1 and changes from: rollgate diff --exit-code $f EMPTY (got exit $rc)" >>"$err"
        fail "$name" sees-changes "$err"
    fi

    rc=0
    "$RG" diff --exit-code "$f" "$out1" >"$err" 2>&1 || rc=$?
    if [ $rc -ne 0 ]; then
        echo "exit $rc: rollgate diff --exit-code $f <catalog of it>" >>"$err"
        fail "$name" nochange "$err"
    else
        pass "$name" nochange
    fi
done

if [ $failed -gt 0 ]; then
    echo
    echo "failed cases:"
    printf '  %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
