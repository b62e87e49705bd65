#!/usr/bin/env bash
# secrets_pg.sh — a password given to `rollgate verify` reaches the server
# and nothing else: on a throwaway PostgreSQL 15 whose role needs a
# password (scram-sha-256), verify runs with the password in the URL's user
# part, in a ?password= parameter and in a quoted conninfo value, and from
# PGPASSWORD; every output file, the ledger (and its WAL), standard output,
# standard error, `rollgate report` / `runs` of that ledger, and the
# messages of failed connections are searched for it.
#
#   tests/harden/secrets_pg.sh ROLLGATE
#
# The last line is "N passed, N failed"; the exit status is 1 on a failure.
set -uo pipefail

if [ $# -lt 1 ]; then
    echo "usage: secrets_pg.sh ROLLGATE" >&2
    exit 2
fi
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
EX=$ROOT/models/examples/shop
WORK=$(mktemp -d "${TMPDIR:-/tmp}/rg-secrets.XXXXXX")
chmod 755 "$WORK"
RG_PG_DIR=
cleanup() {
    [ -n "$RG_PG_DIR" ] && "$ROOT/tests/pg/cluster.sh" stop "$RG_PG_DIR"
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "PASS  $1"; }
bad() {
    failed=$((failed + 1))
    echo "FAIL  $1"
    shift
    for line in "$@"; do printf '      | %s\n' "$line"; done
}

exports=$("$ROOT/tests/pg/cluster.sh" start) || { echo "secrets_pg.sh: could not start PostgreSQL" >&2; exit 1; }
eval "$exports"

# The secret: a space and a quote make it need quoting in a conninfo value;
# percent-encoded in URLs.
PW="S3cr3t pw'x"
PW_URL="S3cr3t%20pw%27x"
NEEDLE="S3cr3t"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE ROLE rg_secret LOGIN SUPERUSER PASSWORD 'S3cr3t pw''x'" ||
    { echo "secrets_pg.sh: cannot create the role" >&2; exit 1; }
# Only this role needs a password; the test's own psql stays trusted.
sed -i "1i local all rg_secret scram-sha-256" "$RG_PG_DIR/data/pg_hba.conf" 2>/dev/null ||
    printf 'local all rg_secret scram-sha-256\n%s\n' "$(cat "$RG_PG_DIR/data/pg_hba.conf")" >"$RG_PG_DIR/data/pg_hba.conf"
psql -X -q -d postgres -c "SELECT pg_reload_conf()" >/dev/null
if PGPASSWORD=wrong psql -X -q -d postgres -U rg_secret -c "SELECT 1" >/dev/null 2>&1; then
    bad "the role needs its password" "a wrong password was accepted"
else
    ok "the role needs its password"
fi

# leaks NAME PATHS...: no file under PATHS holds the password (binary too).
leaks() {
    local name=$1
    shift
    local hits
    hits=$(grep -rlaF -e "$NEEDLE" -e "$PW_URL" "$@" 2>/dev/null)
    if [ -z "$hits" ]; then ok "$name: the password is in no output"
    else bad "$name: the password is in no output" $hits; fi
}

# verify_with NAME URL [env...]: verify into $WORK/NAME, exit 0 required.
verify_with() {
    local name=$1 url=$2
    shift 2
    local d=$WORK/$name
    mkdir -p "$d"
    env "$@" "$RG" verify "$EX/old.sql" "$EX/new.sql" --app "v1=$EX/apps/1-v1.sql" --app "v2=$EX/apps/2-v2.sql" \
        $(cat "$EX/args") --pg-url "$url" --out "$d/out" --junit "$d/out/junit.xml" --sarif "$d/out/r.sarif" \
        >"$d/stdout" 2>"$d/stderr"
    local code=$?
    if [ "$code" = 0 ]; then ok "$name: verify connects and agrees"
    else bad "$name: verify connects and agrees" "exit $code" "$(head -3 "$d/stderr")"; fi
    "$RG" verify "$EX/old.sql" "$EX/new.sql" --app "v1=$EX/apps/1-v1.sql" --app "v2=$EX/apps/2-v2.sql" \
        $(cat "$EX/args") --pg-url "$url" --out "$d/json" --format json >"$d/json.stdout" 2>"$d/json.stderr"
    "$RG" report --ledger "$d/out/rollgate.db" --out "$d/again" --junit "$d/again/junit.xml" \
        --sarif "$d/again/r.sarif" --format json >"$d/report.stdout" 2>"$d/report.stderr"
    "$RG" runs --ledger "$d/out/rollgate.db" >"$d/runs.stdout" 2>"$d/runs.stderr"
    if grep -q -- "--pg-url" "$d/out/report.html"; then ok "$name: report.html shows the command line"
    else bad "$name: report.html shows the command line"; fi
    leaks "$name" "$d"
}

SOCK="host=$PGHOST&port=$PGPORT"
verify_with url_userinfo "postgresql://rg_secret:$PW_URL@/postgres?$SOCK"
verify_with url_param "postgres://rg_secret@/postgres?$SOCK&password=$PW_URL"
verify_with conninfo "host=$PGHOST port=$PGPORT user=rg_secret password='S3cr3t pw\\'x' dbname=postgres"
verify_with pgpassword "postgresql://rg_secret@/postgres?$SOCK" "PGPASSWORD=$PW"

# plan --verify takes the same URL.
mkdir -p "$WORK/plan_verify"
"$RG" plan "$EX/old.sql" "$EX/new.sql" --app "v1=$EX/apps/1-v1.sql" --app "v2=$EX/apps/2-v2.sql" $(cat "$EX/args") \
    --verify --pg-url "postgresql://rg_secret:$PW_URL@/postgres?$SOCK" --out "$WORK/plan_verify/out" \
    >"$WORK/plan_verify/stdout" 2>"$WORK/plan_verify/stderr"
code=$?
if [ "$code" = 0 ]; then ok "plan --verify: connects"; else bad "plan --verify: connects" "exit $code"; fi
leaks "plan --verify" "$WORK/plan_verify"

# Failed connections: libpq's messages quote the URL or a piece of it.
mkdir -p "$WORK/fail"
i=0
for url in "postgresql://rg_secret:${PW_URL}wrong@/postgres?$SOCK" \
           "postgresql://rg_secret:S3cr3t%zz@/postgres?$SOCK" \
           "postgresql://rg_secret:S3cr3t pw@/postgres?$SOCK" \
           "host=$PGHOST user=rg_secret password=S3cr3tWrong dbname=postgres" \
           "host=$PGHOST user=rg_secret password='S3cr3t unterminated dbname=postgres"; do
    i=$((i + 1))
    "$RG" verify "$EX/old.sql" "$EX/new.sql" --pg-url "$url" --out "$WORK/fail/o$i" \
        >"$WORK/fail/stdout$i" 2>"$WORK/fail/stderr$i"
    code=$?
    if [ "$code" = 2 ] && [ -s "$WORK/fail/stderr$i" ]; then ok "failed connection $i: exit 2 with a message"
    else bad "failed connection $i: exit 2 with a message" "exit $code"; fi
done
# A mistyped option echoes its argument.
"$RG" verify "$EX/old.sql" "$EX/new.sql" --pg-urll "postgresql://rg_secret:$PW_URL@/postgres" \
    >"$WORK/fail/stdout_typo" 2>"$WORK/fail/stderr_typo"
leaks "failed connections and usage errors" "$WORK/fail"

# A ledger written before redaction: report and runs still show no password.
mkdir -p "$WORK/old_ledger"
cp "$WORK/url_userinfo/out/rollgate.db" "$WORK/old_ledger/L.db"
python3 - "$WORK/old_ledger/L.db" "$PW_URL" <<'EOF'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("UPDATE runs SET command_line = 'rollgate verify a.sql b.sql --pg-url postgresql://u:' || ? || '@h/db'",
          (sys.argv[2],))
c.commit()
EOF
"$RG" report --ledger "$WORK/old_ledger/L.db" --out "$WORK/old_ledger/again" --sarif "$WORK/old_ledger/r.sarif" \
    --format json >"$WORK/old_ledger/stdout" 2>&1
"$RG" runs --ledger "$WORK/old_ledger/L.db" >>"$WORK/old_ledger/stdout" 2>&1
leaks "an old ledger" "$WORK/old_ledger/again" "$WORK/old_ledger/r.sarif" "$WORK/old_ledger/stdout"

"$RG" verify --help >"$WORK/help" 2>&1
if grep -q PGPASSWORD "$WORK/help" && grep -q pgpass "$WORK/help"; then ok "verify --help: PGPASSWORD and .pgpass"
else bad "verify --help: PGPASSWORD and .pgpass"; fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
