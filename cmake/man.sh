#!/bin/sh
# man.sh ROLLGATE OUT — writes the man page rollgate.1 from the program's
# own help texts, so the page and --help never disagree: help2man turns
# `rollgate --help` and `--version` into the page, and each command that
# `rollgate --help` lists gets a section with its own `--help`.
set -eu
rg=$1
out=$2
inc=$out.h2m
cmds=$("$rg" --help | awk '/^commands:/ {on = 1; next} on && /^$/ {exit} on && /^  [a-z]/ {print $1}')
[ -n "$cmds" ] || { echo "man.sh: no commands in '$rg --help'" >&2; exit 1; }
{
    echo "[COMMANDS]"
    for c in $cmds; do
        echo ".SS $c"
        echo ".nf"
        # roff: a backslash is \e, a line starting with . or ' is escaped.
        "$rg" "$c" --help | sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
        echo ".fi"
    done
} >"$inc"
help2man --no-info --section=1 --source="rollgate" \
    --name="plans PostgreSQL schema changes that roll out while the application runs" \
    --include="$inc" --output="$out" "$rg"
rm -f "$inc"
