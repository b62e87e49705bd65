#!/usr/bin/env bash
# run_verify.sh — `rollgate verify` on real PostgreSQL 15 servers.
#
#   tests/verify/run_verify.sh ROLLGATE
#
# Each check starts what it needs (verify's own throwaway cluster, or one
# from tests/pg/cluster.sh for --pg-url) and leaves nothing behind:
#   - the blog example and e2e scenarios verify with full agreement
#     (every verification.csv row agree=true, exit 0);
#   - a deliberately wrong plan (RG_VERIFY_FAULT=drop_before_deploy: the
#     contract's drops run before the deploy) is caught, naming the v1
#     queries that break;
#   - lock model rows made wrong in a copy of models/ (--models) are caught:
#     a table lock and a lock on other tables (the FK's referenced table);
#   - --pg-url: refuses a database with tables, --force works, only
#     rollgate_verify_* databases are created and all are dropped (also
#     on Ctrl-C);
#   - the throwaway cluster dir is gone after a run and after Ctrl-C.
# One line per check, then "N passed, N failed"; non-zero exit on failure.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
BLOG=$ROOT/models/examples/blog
SCEN=$ROOT/tests/e2e/scenarios
W=$(mktemp -d "${TMPDIR:-/tmp}/rg-verify-test.XXXXXX")
chmod 755 "$W"
mkdir -p "$W/tmp" && chmod 755 "$W/tmp"
PGDIR=
cleanup() {
    [ -n "$PGDIR" ] && "$ROOT/tests/pg/cluster.sh" stop "$PGDIR"
    rm -rf "$W"
}
trap cleanup EXIT
export TMPDIR=$W/tmp   # verify's throwaway clusters go here: checked empty below

passed=0
failed=0
pass() { passed=$((passed + 1)); printf 'PASS  %-34s %s\n' "$1" "$2"; }
fail() {
    failed=$((failed + 1))
    printf 'FAIL  %-34s %s\n' "$1" "$2"
    [ -n "${3:-}" ] && [ -s "$3" ] && sed -n '1,40p' "$3" | sed 's/^/      | /'
    return 0
}

# app_args DIR: --app NAME=PATH for DIR/apps/N-NAME.sql in release order,
# then the words of DIR/args.
app_args() {
    local d=$1 f b
    [ -d "$d/apps" ] && for f in $(ls "$d/apps" | sort -n); do
        b=${f%.sql}
        printf -- '--app\n%s=%s\n' "${b#*-}" "$d/apps/$f"
    done
    [ -f "$d/args" ] && tr -s ' \n' '\n\n' <"$d/args" | grep -v '^$'
    return 0
}

# verify NAME DIR OUT [extra args...]: runs verify; output in OUT.log.
run_verify() {
    local name=$1 d=$2 out=$3
    shift 3
    local args=()
    mapfile -t args < <(app_args "$d")
    local rc=0
    (cd "$d" && "$RG" verify old.sql new.sql "${args[@]}" --out "$out" "$@") >"$out.log" 2>&1 || rc=$?
    echo "(exit $rc)" >>"$out.log"
    return $rc
}

# all_agree CSV: every row's agree cell is true, and step rows exist.
all_agree() {
    [ "$(head -1 "$1" | tr -d '\r')" = "stage,app,query,predicted,observed,agree" ] || return 1
    grep -q '^[0-9]*,-,step ' "$1" || return 1
    ! tail -n +2 "$1" | tr -d '\r' | grep -qv ',true$'
}

no_leftovers() { [ -z "$(ls -A "$W/tmp")" ]; }

# ---- full agreement ----------------------------------------------------------
check_full() { # NAME DIR [extra...]
    local name=$1 d=$2 out=$W/$1
    shift 2
    if run_verify "$name" "$d" "$out" "$@" && all_agree "$out/verification.csv" &&
        grep -q 'final catalog equals NEW; downs give back OLD' "$out.log" &&
        [ -s "$out/verification_steps.csv" ] && [ -s "$out/steps.csv" ]; then
        pass "$name" "full agreement ($(grep -c . "$out/verification.csv") rows)"
    else
        fail "$name" "expected exit 0 and full agreement" "$out.log"
    fi
}

check_full blog "$BLOG"
for s in add_not_null_backfill rename_column int_to_bigint new_table_fk index_swap statistics; do
    if [ ! -d "$SCEN/$s" ]; then
        fail "scenario_$s" "no scenario folder $SCEN/$s"
        continue
    fi
    check_full "scenario_$s" "$SCEN/$s"
done
# Planner golden cases (no apps): hostile identifiers, rewrites, key type changes.
for s in hostile_names type_rewrite pk_to_bigint; do
    if [ ! -d "$ROOT/tests/plan/cases/$s/inputs" ]; then
        fail "plan_case_$s" "no plan case folder tests/plan/cases/$s/inputs"
        continue
    fi
    check_full "plan_case_$s" "$ROOT/tests/plan/cases/$s/inputs"
done
if [ -d "$SCEN/add_check" ]; then
    check_full "scenario_add_check_seed" "$SCEN/add_check" --seed "$SCEN/add_check/seed.sql"
else
    fail scenario_add_check_seed "no scenario folder $SCEN/add_check"
fi
if no_leftovers; then pass cluster_removed "no rg-verify.* dir left in TMPDIR"; else fail cluster_removed "$(ls "$W/tmp")"; fi

# ---- the ledger and report.html keep the verification --------------------------
# section OUT: report.html's <section id="verified"> ... </section>.
section() { sed -n '/<section id="verified">/,/<\/section>/p' "$1/report.html"; }
# sgrep OUT GREP-ARGS...: grep in the section (through a file: grep -q in a
# pipe would fail the pipeline under pipefail).
sgrep() {
    local o=$1
    shift
    section "$o" >"$W/section.txt"
    grep "$@" "$W/section.txt"
}
# rerender OUT DEST: `rollgate report` of OUT's ledger into DEST (exit 0 or
# 1, the run's own verdict).
rerender() {
    local rc=0
    "$RG" report --ledger "$1/rollgate.db" --out "$2" >"$2.log" 2>&1 || rc=$?
    [ $rc -le 1 ]
}
out=$W/blog
rows=$(python3 - "$out/rollgate.db" <<'PY' 2>&1
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(c.execute("PRAGMA user_version").fetchone()[0],
      c.execute("SELECT count(*) FROM verify_rows").fetchone()[0] + c.execute("SELECT count(*) FROM verify_steps").fetchone()[0],
      c.execute("SELECT count(*) FROM verify_steps WHERE measured = 1 AND ms >= 0").fetchone()[0],
      c.execute("SELECT server_version FROM verify_runs").fetchone()[0])
PY
)
read -r uv nrows nms ver <<<"$rows"
ncsv=$(($(grep -c . "$out/verification.csv") - 1))
set -- "$uv" "$ver" "$nrows" "$nms"
if [ "${1:-}" = 4 ] && [ "${3:-}" = "$ncsv" ] && [ "${4:-0}" -gt 0 ] &&
    sgrep "$out" -qF "<h2>Verified on PostgreSQL ${ver:-?}</h2>" &&
    sgrep "$out" -q ">$ncsv/$ncsv agree (" && sgrep "$out" -q ' ms</td>'; then
    pass verify_ledger_rows "ledger v4: $3 rows on PostgreSQL $ver; section $ncsv/$ncsv agree"
else
    fail verify_ledger_rows "ledger: '$rows', csv rows $ncsv" "$out/report.html"
fi
mkdir -p "$W/blog_re"
if rerender "$out" "$W/blog_re" && cmp -s "$out/report.html" "$W/blog_re/report.html"; then
    pass verify_report_rerender "rollgate report re-creates report.html byte for byte"
else
    fail verify_report_rerender "report.html differs after rollgate report" "$W/blog_re.log"
fi
# Deterministic CSV: no timing column, a second run gives the same bytes.
out2=$W/blog_again
run_verify blog_again "$BLOG" "$out2" >/dev/null 2>&1
hdr=$(head -1 "$out/verification_steps.csv" | tr -d '\r')
if [ "$hdr" = "step,stage,file,target,predicted_lock,observed_lock,predicted_rewrite,observed_rewrite,predicted_other,observed_other,measured,agree,note" ] &&
    cmp -s "$out/verification_steps.csv" "$out2/verification_steps.csv" &&
    cmp -s "$out/verification.csv" "$out2/verification.csv"; then
    pass verify_csv_deterministic "no ms column; two runs give identical CSV"
else
    fail verify_csv_deterministic "header '$hdr' or CSVs differ between runs" "$out2.log"
fi
# Hostile identifiers are escaped in the section.
out=$W/plan_case_hostile_names
if [ -s "$out/report.html" ] && sgrep "$out" -q '&quot;We;ird &quot;&quot;T&quot;&quot;&quot;' &&
    ! sgrep "$out" -q '"We;ird'; then
    pass verify_section_escaped "hostile targets escaped in #verified"
else
    fail verify_section_escaped "unescaped or missing target" "$out.log"
fi
# A ledger at schema version 2 (before verify rows) is migrated; its runs
# render without the section.
cp "$W/blog/rollgate.db" "$W/v2.db"
python3 - "$W/v2.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.executescript("DROP TABLE verify_runs; DROP TABLE verify_rows; DROP TABLE verify_steps; "
                "DROP TABLE step_estimates; DROP TABLE unproven; PRAGMA user_version=2;")
c.commit()
PY
mkdir -p "$W/v2_re"
rc=0
"$RG" report --ledger "$W/v2.db" --out "$W/v2_re" >"$W/v2_re.log" 2>&1 || rc=$?
uv=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA user_version").fetchone()[0])' "$W/v2.db")
if [ $rc -le 1 ] && [ "$uv" = 4 ] && [ -s "$W/v2_re/report.html" ] && ! grep -q 'id="verified"' "$W/v2_re/report.html"; then
    pass ledger_v2_migrated "v2 ledger migrated to 4; old run renders without the section"
else
    fail ledger_v2_migrated "exit $rc, user_version $uv" "$W/v2_re.log"
fi

# ---- rollgate plan --verify: the same run -------------------------------------
out=$W/plan_verify
rc=0
(cd "$BLOG" && "$RG" plan old.sql new.sql --app v1=apps/1-v1.sql --app v2=apps/2-v2.sql \
    --rename public.posts.body=content --verify --out "$out") >"$out.log" 2>&1 || rc=$?
if [ $rc -eq 0 ] && all_agree "$out/verification.csv" && [ -s "$out/steps.csv" ] && [ -s "$out/report.html" ]; then
    pass plan_verify "plan --verify: plan files and full agreement"
else
    fail plan_verify "expected exit 0 (exit $rc)" "$out.log"
fi

# ---- a wrong plan: drops before the deploy ------------------------------------
out=$W/fault
rc=0
RG_VERIFY_FAULT=drop_before_deploy run_verify fault "$BLOG" "$out" || rc=$?
if [ $rc -eq 1 ] && grep -q 'verify_disagreement: stage [0-9]*, app v1, query get_post: predicted ok, the server says error:missing_column' "$out.log" &&
    grep -q 'app v1, query create_post' "$out.log" && grep -q ',v1,get_post,ok,error:missing_column,false' "$out/verification.csv"; then
    pass drop_before_deploy "caught: $(grep -c 'verify_disagreement' "$out.log") failing queries named"
else
    fail drop_before_deploy "expected exit 1 naming v1's get_post and create_post (exit $rc)" "$out.log"
fi
# The section lists the disagreements first, and `rollgate report` re-creates it.
mkdir -p "$W/fault_re"
first=$(sgrep "$out" -n 'b-error">disagrees' | head -1 | cut -d: -f1)
allrows=$(sgrep "$out" -n '<h3>Query verdicts</h3>' | head -1 | cut -d: -f1)
if [ -n "$first" ] && [ -n "$allrows" ] && [ "$first" -lt "$allrows" ] &&
    section "$out" | sed -n "1,${allrows}p" >"$W/section_head.txt" && grep -q '<td><code>get_post</code></td>' "$W/section_head.txt" &&
    sgrep "$out" -Eq '<p class="summary">[0-9]+/[0-9]+ agree' &&
    ! sgrep "$out" -Eq '<p class="summary">([0-9]+)/\1 agree' &&
    rerender "$out" "$W/fault_re" && cmp -s "$out/report.html" "$W/fault_re/report.html"; then
    pass verify_disagreements_first "disagreements listed first; re-rendered byte for byte"
else
    fail verify_disagreements_first "first disagreement line '$first', all rows at '$allrows'" "$out/report.html"
fi

# ---- a wrong lock model row --------------------------------------------------
cp -r "$ROOT/models" "$W/models"
sed -i -e 's/^add_column_nullable,11,17,ACCESS EXCLUSIVE,/add_column_nullable,11,17,SHARE UPDATE EXCLUSIVE,/' \
    -e 's/^validate_foreign_key,11,17,SHARE UPDATE EXCLUSIVE,ROW SHARE,/validate_foreign_key,11,17,SHARE UPDATE EXCLUSIVE,SHARE,/' \
    "$W/models/pg/locks.csv"
out=$W/models_wrong
rc=0
run_verify models_wrong "$BLOG" "$out" --models "$W/models" || rc=$?
if [ $rc -eq 1 ] && grep -q 'verify_lock_disagreement: step [0-9]* .*predicted lock SHARE UPDATE EXCLUSIVE, server took ACCESS EXCLUSIVE' "$out.log" &&
    grep -q ',-,step [0-9]*,lock=SHARE UPDATE EXCLUSIVE;rewrite=false,lock=ACCESS EXCLUSIVE;rewrite=false,false' "$out/verification.csv" &&
    grep -q ',-,step [0-9]*,lock=SHARE UPDATE EXCLUSIVE;rewrite=false;other=SHARE,lock=SHARE UPDATE EXCLUSIVE;rewrite=false;other=ROW SHARE,false' "$out/verification.csv"; then
    pass wrong_lock_model "caught: $(grep -c verify_lock_disagreement "$out.log") steps"
else
    fail wrong_lock_model "expected exit 1 and a lock disagreement (exit $rc)" "$out.log"
fi

# ---- --pg-url -----------------------------------------------------------------
if exports=$(TMPDIR=$W "$ROOT/tests/pg/cluster.sh" start 2>"$W/cluster.log"); then
    eval "$exports"
    PGDIR=$RG_PG_DIR
    URL="host=$PGHOST port=$PGPORT user=postgres dbname=postgres"
    PSQL=(psql -X -q -At -v ON_ERROR_STOP=1 -d postgres)
    "${PSQL[@]}" -c "CREATE TABLE precious (id int); INSERT INTO precious VALUES (42)"
    out=$W/url_refused
    rc=0
    run_verify url_refused "$BLOG" "$out" --pg-url "$URL" || rc=$?
    if [ $rc -eq 2 ] && grep -q 'already holds 1 tables' "$out.log"; then
        pass pg_url_refuses_tables "exit 2 without --force"
    else
        fail pg_url_refuses_tables "expected exit 2 (exit $rc)" "$out.log"
    fi
    out=$W/url_force
    rc=0
    run_verify url_force "$BLOG" "$out" --pg-url "$URL" --force || rc=$?
    left=$("${PSQL[@]}" -c "SELECT count(*) FROM pg_database WHERE datname LIKE 'rollgate_verify_%'")
    kept=$("${PSQL[@]}" -c "SELECT id FROM precious")
    if [ $rc -eq 0 ] && all_agree "$out/verification.csv" && [ "$left" = 0 ] && [ "$kept" = 42 ]; then
        pass pg_url_force "full agreement; scratch databases dropped; others untouched"
    else
        fail pg_url_force "exit $rc, $left scratch dbs left, precious=$kept" "$out.log"
    fi
    # Ctrl-C in the middle of a --pg-url run still drops the scratch databases.
    (cd "$BLOG" && exec "$RG" verify old.sql new.sql --app v1=apps/1-v1.sql --app v2=apps/2-v2.sql \
        --rename public.posts.body=content --pg-url "$URL" --force --out "$W/url_int") >"$W/url_int.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 100); do
        [ "$("${PSQL[@]}" -c "SELECT count(*) FROM pg_database WHERE datname LIKE 'rollgate_verify_%'")" != 0 ] && break
        sleep 0.05
    done
    sleep 0.3
    kill -INT $pid 2>/dev/null
    wait $pid
    rc=$?
    left=$("${PSQL[@]}" -c "SELECT count(*) FROM pg_database WHERE datname LIKE 'rollgate_verify_%'")
    if [ $rc -ne 0 ] && [ "$left" = 0 ]; then
        pass pg_url_sigint "exit $rc, scratch databases dropped"
    else
        fail pg_url_sigint "exit $rc, $left scratch databases left" "$W/url_int.log"
    fi
else
    fail pg_url "could not start a cluster" "$W/cluster.log"
fi

# ---- Ctrl-C removes the throwaway cluster -------------------------------------
out=$W/sigint
mkdir -p "$out"
(cd "$BLOG" && exec "$RG" verify old.sql new.sql --app v1=apps/1-v1.sql --app v2=apps/2-v2.sql \
    --rename public.posts.body=content --out "$out/o") >"$out.log" 2>&1 &
pid=$!
for _ in $(seq 1 200); do
    ls "$W"/tmp/rg-verify.*/data/postmaster.pid >/dev/null 2>&1 && break
    sleep 0.05
done
sleep 0.2
kill -INT $pid 2>/dev/null
wait $pid
rc=$?
sleep 0.3
if [ $rc -ne 0 ] && no_leftovers && ! pgrep -f "$W/tmp/rg-verify" >/dev/null; then
    pass sigint_cleanup "exit $rc, cluster stopped and removed"
else
    fail sigint_cleanup "exit $rc; left: $(ls "$W/tmp")" "$out.log"
fi

# ---- usage ----------------------------------------------------------------------
rc=0; "$RG" verify --help >/dev/null || rc=$?
rc2=0; "$RG" verify a.sql >/dev/null 2>&1 || rc2=$?
rc3=0; "$RG" verify a.sql b.sql --pg-url x --pg-bin y >/dev/null 2>&1 || rc3=$?
if [ $rc -eq 0 ] && [ $rc2 -eq 2 ] && [ $rc3 -eq 2 ]; then pass usage "help 0, bad usage 2"; else fail usage "$rc $rc2 $rc3"; fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
