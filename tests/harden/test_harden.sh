#!/usr/bin/env bash
# test_harden.sh — the `rollgate` executable against hostile input and
# careless use: input nested deeper than the limit (exit 2 with a location,
# every command, never a crash), input at the limit (every command works,
# whatever `ulimit -s` says), crafted ledgers whose file names would escape
# the output folder, passwords in URLs and conninfo strings (never recorded
# or printed), malformed pg_stat_statements CSV, and one file mode for every
# output.
#
#   tests/harden/test_harden.sh ROLLGATE
#
# The last line is "N passed, N failed"; the exit status is 1 on a failure.
set -uo pipefail

if [ $# -lt 1 ]; then
    echo "usage: test_harden.sh ROLLGATE" >&2
    exit 2
fi
RG=$1
WORK=$(mktemp -d "${TMPDIR:-/tmp}/rg-harden.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "PASS  $1"; }
bad() {
    failed=$((failed + 1))
    echo "FAIL  $1"
    shift
    for line in "$@"; do printf '      | %s\n' "$line"; done
    if [ -s "$WORK/err" ]; then sed -n '1,8p' "$WORK/err" | sed 's/^/      | stderr: /'; fi
}

# run ARGS...: runs rollgate; sets $code, stdout in $WORK/out, stderr in $WORK/err.
run() {
    "$RG" "$@" >"$WORK/out" 2>"$WORK/err"
    code=$?
}

# expect_refused NAME STDERR-REGEX ARGS...: exit 2, empty stdout, the message.
expect_refused() {
    local name=$1 pattern=$2
    shift 2
    run "$@"
    if [ "$code" != 2 ]; then
        bad "$name" "exit $code, want 2"
    elif [ -s "$WORK/out" ]; then
        bad "$name" "stdout not empty on failure: $(head -c 200 "$WORK/out")"
    elif ! grep -Eq -- "$pattern" "$WORK/err"; then
        bad "$name" "stderr does not match /$pattern/"
    else
        ok "$name"
    fi
}

# expect_works NAME ARGS...: exit 0 or 1 (a verdict), no sanitizer report.
expect_works() {
    local name=$1
    shift
    run "$@"
    if [ "$code" != 0 ] && [ "$code" != 1 ]; then
        bad "$name" "exit $code, want 0 or 1"
    elif grep -q "Sanitizer" "$WORK/err"; then
        bad "$name" "sanitizer report"
    else
        ok "$name"
    fi
}

# ---- 1. nesting: over the limit is exit 2, at the limit works ----------------

TOO_DEEP='error: expression nested too deeply \(limit 1000\)'
printf 'CREATE TABLE t (id integer, name text);\n' >"$WORK/base.sql"
python3 - "$WORK" <<'EOF'
import sys
w = sys.argv[1]
def put(name, text):
    open(f"{w}/{name}", "w").write(text)
base = "CREATE TABLE t (id integer, name text);\n"
put("plus5000.sql", base + "ALTER TABLE t ADD CONSTRAINT c CHECK (" + " + ".join(["id"] * 5000) + " > 0);\n")
put("paren100k.sql", base + "ALTER TABLE t ADD CONSTRAINT c CHECK (" + "(" * 100000 + "id" + ")" * 100000 + " > 0);\n")
put("concat6000.sql", "-- name: deep\nSELECT " + " || ".join(["name"] * 6000) + " FROM t;\n")
put("paren100k_q.sql", "SELECT " + "(" * 100000 + "1" + ")" * 100000 + " FROM t;\n")
put("concat6000.csv", 'query,calls\n"SELECT ' + " || ".join(["name"] * 6000) + ' FROM t",3\n')
# At the limit, one file per construct; every command must work on them.
d = 990
put("max_plus.sql", base + "ALTER TABLE t ADD CONSTRAINT c CHECK (" + " + ".join(["id"] * d) + " > 0);\n")
put("max_sub.sql", base + "CREATE VIEW v AS SELECT " + "(SELECT " * d + "1" + ")" * d + " AS x FROM t;\n")
put("max_case.sql", base + "CREATE VIEW v AS SELECT " + "CASE WHEN id > 0 THEN " * d + "1" + " END" * d + " AS x FROM t;\n")
put("max_union.sql", base + "CREATE VIEW v AS " + " UNION ".join(["SELECT id FROM t"] * d) + ";\n")
put("max_func.sql", base + "CREATE INDEX i ON t ((" + "abs(" * d + "id" + ")" * d + "));\n")
put("max_q.sql", "-- name: sub\nSELECT " + "(SELECT " * d + "1" + ")" * d + " FROM t;\n"
    + "-- name: concat\nSELECT " + " || ".join(["name"] * d) + " FROM t;\n"
    + "-- name: cte\n" + "WITH a AS (" * d + "SELECT 1" + ") SELECT 1" * d + ";\n"
    + "-- name: win\nSELECT " + "sum(id) OVER (ORDER BY (SELECT " * (d // 2) + "1" + "))" * (d // 2) + " FROM t;\n")
EOF

for cmd in catalog diff plan; do
    case $cmd in
    catalog) args=("$WORK/plus5000.sql") ;;
    diff) args=("$WORK/base.sql" "$WORK/plus5000.sql") ;;
    plan) args=("$WORK/base.sql" "$WORK/plus5000.sql" --out "$WORK/deep.out") ;;
    esac
    expect_refused "$cmd: 5,000-term + chain in a CHECK" "plus5000\\.sql:2:[0-9]+: $TOO_DEEP" $cmd "${args[@]}"
    args=("${args[@]/plus5000/paren100k}")
    expect_refused "$cmd: 100k parentheses" "paren100k\\.sql:2:[0-9]+: $TOO_DEEP" $cmd "${args[@]}"
done
if [ ! -e "$WORK/deep.out" ]; then ok "plan: nothing written when refused"; else bad "plan: nothing written when refused" "$(ls "$WORK/deep.out")"; fi
expect_refused "check: 6,000-term || chain" "concat6000\\.sql:2:[0-9]+: $TOO_DEEP" \
    check "$WORK/base.sql" --app "a=$WORK/concat6000.sql"
expect_refused "check: 100k parentheses" "paren100k_q\\.sql:1:[0-9]+: $TOO_DEEP" \
    check "$WORK/base.sql" --app "a=$WORK/paren100k_q.sql"
expect_refused "plan --app: 6,000-term || chain" "concat6000\\.sql:2:[0-9]+: $TOO_DEEP" \
    plan "$WORK/base.sql" "$WORK/base.sql" --app "a=$WORK/base.sql" --app "b=$WORK/concat6000.sql" --out "$WORK/deep.out"
expect_refused "check: pg_stat_statements CSV, 6,000-term chain" "concat6000\\.csv:2:[0-9]+: $TOO_DEEP" \
    check "$WORK/base.sql" --app "a=$WORK/concat6000.csv"

# At the limit: whatever the caller's stack limit, every command runs (the
# CLI runs each command on a stack sized for the limit).
for f in max_plus max_sub max_case max_union max_func; do
    (ulimit -s 1024; "$RG" catalog "$WORK/$f.sql" >"$WORK/out" 2>"$WORK/err"); code=$?
    if [ "$code" = 0 ]; then ok "catalog at the limit, 1 MB ulimit: $f"; else bad "catalog at the limit, 1 MB ulimit: $f" "exit $code"; fi
    expect_works "diff at the limit: $f" diff "$WORK/base.sql" "$WORK/$f.sql"
    expect_works "plan at the limit: $f" plan "$WORK/base.sql" "$WORK/$f.sql" --app "a=$WORK/max_q.sql" \
        --app "b=$WORK/max_q.sql" --out "$WORK/max.$f"
done
# A column renamed under 990 nested subqueries is renamed at the bottom too
# (the tree walker reaches every level the parser accepts).
python3 -c "
d = 990
print('CREATE TABLE t (a integer, z integer);')
print('CREATE VIEW v AS SELECT ' + '(SELECT ' * d + 't.a' + ' FROM t)' * d + ' AS x FROM t;')
print('ALTER TABLE t RENAME COLUMN a TO b;')" >"$WORK/deep_rename.sql"
run catalog "$WORK/deep_rename.sql"
if [ "$code" = 0 ] && grep -q 't\.b\b' "$WORK/out" && ! grep -q 't\.a\b' "$WORK/out"; then
    ok "a rename reaches the deepest level of a view at the limit"
else bad "a rename reaches the deepest level of a view at the limit" "exit $code"; fi
# A missing column at the bottom of a query at the limit is still found
# (the simulator checks every level the parser accepts).
python3 -c "
d = 990
print('SELECT ' + '(SELECT ' * d + 'nope' + ' FROM t)' * d + ' FROM t;')
print('SELECT nope' + ' + id' * d + ' FROM t;')
print('SELECT ' + 'CASE WHEN id > 0 THEN ' * d + 'nope' + ' END' * d + ' FROM t;')
print('WITH a AS (' * d + 'SELECT nope FROM t' + ') SELECT 1' * d + ';')" >"$WORK/deep_bad.sql"
run check "$WORK/base.sql" --app "a=$WORK/deep_bad.sql"
if [ "$code" = 1 ] && [ "$(grep -c ',error,missing_column,' "$WORK/out")" = 4 ]; then
    ok "check at the limit: a missing column at the deepest level is an error"
else bad "check at the limit: a missing column at the deepest level is an error" "exit $code: $(cat "$WORK/out")"; fi
expect_works "check at the limit" check "$WORK/base.sql" --app "a=$WORK/max_q.sql"
if [ "$(grep -c ',ok,' "$WORK/out")" = 4 ]; then ok "check at the limit: 4 queries ok"
else bad "check at the limit: 4 queries ok" "$(cat "$WORK/out")"; fi

# ---- 2. a crafted ledger cannot make `report` write outside --out -------------

EX=$(cd "$(dirname "$0")/../../models/examples/shop" && pwd)
plan_shop() { # plan_shop OUT [extra args...]: the bundled example, exit 0 or 1
    local out=$1
    shift
    "$RG" plan "$EX/old.sql" "$EX/new.sql" --app "v1=$EX/apps/1-v1.sql" --app "v2=$EX/apps/2-v2.sql" \
        $(cat "$EX/args") --out "$out" "$@" >"$WORK/out" 2>"$WORK/err"
    code=$?
}
plan_shop "$WORK/shop"
if [ "$code" -le 1 ]; then ok "plan of the shop example"; else bad "plan of the shop example" "exit $code"; fi

# set_name LEDGER SQL-EXPR: the first migration file's name becomes SQL-EXPR.
set_name() {
    python3 - "$1" "$2" <<'EOF2'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("UPDATE files SET name = " + sys.argv[2] + " WHERE number = 1")
c.commit()
EOF2
}
mkdir -p "$WORK/trav/a/b"
for expr in "'../../ESCAPED'" "'/tmp/rg-harden-ESCAPED'" "'x/../../../ESCAPED'" "'.ESCAPED'" \
            "'ok' || char(0) || '/../../ESCAPED'" "'esc' || char(10) || 'aped'" "''"; do
    cp "$WORK/shop/rollgate.db" "$WORK/trav/L.db"
    set_name "$WORK/trav/L.db" "$expr"
    expect_refused "report: ledger file name $expr" "run 1: migration file name .* refusing to write it" \
        report --ledger "$WORK/trav/L.db" --run 1 --out "$WORK/trav/a/b/D"
    if [ ! -e "$WORK/trav/a/b/D" ]; then ok "report: nothing written for $expr"
    else bad "report: nothing written for $expr" "$(find "$WORK/trav/a/b/D" | head -3)"; fi
done
found=$(find "$WORK" /tmp/rg-harden-ESCAPED.up.sql -name '*ESCAPED*' 2>/dev/null)
if [ -z "$found" ]; then ok "no file written outside --out"; else bad "no file written outside --out" "$found"; fi
cp "$WORK/shop/rollgate.db" "$WORK/trav/L.db"
run report --ledger "$WORK/trav/L.db" --run 1 --out "$WORK/trav/again"
if [ "$code" -le 1 ] && cmp -s "$WORK/trav/again/report.html" "$WORK/shop/report.html"; then
    ok "report: an untouched ledger still re-creates the run"
else bad "report: an untouched ledger still re-creates the run" "exit $code"; fi

# ---- 10. strict pg_stat_statements CSV; one mode for every output -------------

csv_refused() { # csv_refused NAME CONTENT LINE
    printf '%b' "$2" >"$WORK/in.csv"
    expect_refused "check: CSV $1" "in\\.csv:$3:[0-9]+: error: malformed CSV" \
        check "$WORK/base.sql" --app "a=$WORK/in.csv"
}
csv_refused "unterminated quote" 'query,calls\n"SELECT 1",3\n"SELECT id FROM t,4\nSELECT 2,5\n' 3
csv_refused "quote inside an unquoted field" 'query,calls\n"SELECT 1",3\nSELECT "x" FROM t,4\n' 3
csv_refused "text after a closing quote" 'query,calls\n"SELECT 1",3\n\n"SELECT 2"x,4\n' 4
csv_refused "more fields than the header" 'query,calls\n"SELECT 1",3,4\n' 2
csv_refused "fewer fields than the header" 'query,calls\n"SELECT 1",3\n"SELECT 2"\n' 3
printf 'query,calls\r\n"SELECT 1",3\r\n\r\n"SELECT\n  id FROM t",2\r\n"SELECT ""name"" FROM t",1' >"$WORK/good.csv"
run check "$WORK/base.sql" --app "a=$WORK/good.csv"
if [ "$code" = 0 ] && [ "$(grep -c ',ok,' "$WORK/out")" = 3 ]; then ok "check: a well-formed CSV (CRLF, multi-line, doubled quotes)"
else bad "check: a well-formed CSV (CRLF, multi-line, doubled quotes)" "exit $code: $(cat "$WORK/out")"; fi

# modes_of DIR: the distinct modes of every file under DIR.
modes_of() { find "$1" -type f -printf '%m\n' | sort -u | tr '\n' ' '; }
for mask in 022 002 077; do
    want=$(printf '%o' $((0666 & ~0$mask)))
    (umask $mask; plan_shop "$WORK/mode$mask" --junit "$WORK/mode$mask/junit.xml" --sarif "$WORK/mode$mask/r.sarif"
     "$RG" report --ledger "$WORK/mode$mask/rollgate.db" --out "$WORK/mode$mask/again" >/dev/null 2>&1)
    got=$(modes_of "$WORK/mode$mask")
    n=$(find "$WORK/mode$mask" -type f | wc -l)
    if [ "$got" = "$want " ] && [ "$n" -gt 20 ]; then ok "umask $mask: all $n outputs are $want"
    else bad "umask $mask: all outputs are $want" "modes: $got"; fi
done

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
