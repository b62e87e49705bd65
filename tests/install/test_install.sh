#!/usr/bin/env bash
# test_install.sh BUILD_DIR — `cmake --install` into a temporary prefix:
# the installed rollgate runs from there on PATH, away from the source
# tree (the models are inside the binary), `--version` and `--help` answer
# and list every command, every command's --help works, and the man page
# generated from those texts renders with `man -l`.
set -uo pipefail
BUILD=$(cd "$1" && pwd)
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/rg-install.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }

PREFIX=$WORK/prefix
if cmake --install "$BUILD" --prefix "$PREFIX" >"$WORK/install.log" 2>&1; then ok; else bad "cmake --install failed"; cat "$WORK/install.log"; fi
export PATH="$PREFIX/bin:$PATH"
if [ "$(command -v rollgate)" = "$PREFIX/bin/rollgate" ]; then ok; else bad "rollgate is not on PATH from $PREFIX/bin"; fi

cd "$WORK" || exit 1
v=$(rollgate --version)
if [[ $v =~ ^rollgate\ [0-9]+\.[0-9]+\.[0-9]+$ ]]; then ok; else bad "--version printed '$v'"; fi
rollgate --help >"$WORK/help.txt"
for c in diff catalog check plan report verify runs; do
    if grep -q "^  $c " "$WORK/help.txt"; then ok; else bad "--help does not list '$c'"; fi
    if rollgate "$c" --help >"$WORK/$c.txt" 2>&1 && grep -q "^usage: rollgate $c" "$WORK/$c.txt"; then ok; else
        bad "rollgate $c --help failed"; cat "$WORK/$c.txt"; fi
done
if grep -q -- '--emit' "$WORK/plan.txt"; then ok; else bad "plan --help does not mention --emit"; fi

# The installed program plans the bundled example from elsewhere.
S=$ROOT/models/examples/shop
# shellcheck disable=SC2046
if rollgate plan "$S/old.sql" "$S/new.sql" $(cat "$S/args") --out "$WORK/out" --emit dbmate >"$WORK/plan.log" 2>&1 &&
    ls "$WORK/out/dbmate/migrations"/*.sql >/dev/null 2>&1; then ok; else bad "installed rollgate plan failed"; cat "$WORK/plan.log"; fi

MAN=$PREFIX/share/man/man1/rollgate.1
if [ ! -f "$MAN" ]; then
    if ! command -v help2man >/dev/null; then
        echo "skipped: help2man not installed (Debian package help2man), so no man page was generated"
        echo "$passed passed, $failed failed"
        [ $failed -eq 0 ] && exit 77
        exit 1
    fi
    bad "no man page at $MAN"
elif ! command -v man >/dev/null; then
    bad "man not installed (Debian package man-db) to render the page"
else
    MANWIDTH=100 man -l "$MAN" >"$WORK/man.txt" 2>"$WORK/man.err"
    if grep -q '^COMMANDS' "$WORK/man.txt" && grep -q -- '--after-dir' "$WORK/man.txt" &&
        grep -q 'usage: rollgate check' "$WORK/man.txt" && ! grep -q . "$WORK/man.err"; then ok; else
        bad "man -l does not render the commands"; head -20 "$WORK/man.err"; fi
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
