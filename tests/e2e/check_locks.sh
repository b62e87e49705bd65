#!/usr/bin/env bash
# check_locks.sh — does each step take the lock steps.csv claims?
#
#   tests/e2e/check_locks.sh ROLLGATE [SCENARIO ...]  (default: every scenario)
#
# For each scenario (tests/e2e/scenarios/, see lib.sh) on one throwaway
# PostgreSQL 15 cluster: plan, load old.sql + seed.sql, then walk the up
# files in stage order.  For a transactional file, a copy of the database
# as it stands before the file (CREATE DATABASE ... TEMPLATE) replays the
# file's steps one by one; each step k runs first as
#
#     BEGIN; <step k>; SELECT mode FROM pg_locks WHERE relation = <target>
#       AND pid = pg_backend_pid() AND granted; ROLLBACK;
#
# and is then committed so step k+1 sees the state the file has built so
# far.  Measuring one statement per transaction isolates its own lock
# (inside one transaction pg_locks would also show what earlier statements
# took).  The strongest mode held on the target table must equal the
# `lock` column (AccessExclusiveLock <-> ACCESS EXCLUSIVE; no lock on any
# table <-> empty/none).  The target table is what the statement acts on
# (ALTER TABLE x, CREATE INDEX ... ON x, CREATE TRIGGER ... ON x, UPDATE x,
# DROP INDEX i -> i's table, ...), else what `object` names.  The real file
# is then applied to the main database, as run_e2e.sh does.
#
# Each step also gets a consistency check: its statement appears in its
# file, `transactional` matches the file's `-- rollgate:no-transaction`
# marker, and blocks_reads/blocks_writes are true when the measured lock
# blocks them (ACCESS EXCLUSIVE blocks reads; SHARE and stronger, writes).
#
# One line per check, then "N passed, N failed"; non-zero exit on failure.
set -uo pipefail
E2E_NAME=check_locks.sh
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"

# Lock modes weakest to strongest, as pg_locks and as PostgreSQL's docs
# (and steps.csv) spell them.
MODES=(AccessShareLock RowShareLock RowExclusiveLock ShareUpdateExclusiveLock
       ShareLock ShareRowExclusiveLock ExclusiveLock AccessExclusiveLock)
NAMES=("ACCESS SHARE" "ROW SHARE" "ROW EXCLUSIVE" "SHARE UPDATE EXCLUSIVE"
       "SHARE" "SHARE ROW EXCLUSIVE" "EXCLUSIVE" "ACCESS EXCLUSIVE")

# strongest "m1,m2,...": the docs name of the strongest mode, or NONE.
strongest() {
    local i best=NONE
    for i in "${!MODES[@]}"; do
        case ",$1," in *",${MODES[$i]},"*) best=${NAMES[$i]} ;; esac
    done
    echo "$best"
}

# norm_claim TEXT: steps.csv's lock, upper-cased, blanks squeezed, a
# parenthesised remark dropped ("ACCESS EXCLUSIVE (new object)"); an empty
# cell, "none" or "-" means the step locks no table.
norm_claim() {
    local c
    c=$(printf '%s' "$1" | tr '[:lower:]' '[:upper:]' | tr -s '[:space:]' ' ' |
        sed 's/([^)]*)//g; s/^ //; s/ *$//; s/ LOCK$//')
    case "$c" in ""|NONE|-|N/A) echo NONE ;; *) echo "$c" ;; esac
}

# candidates STATEMENT-FILE OBJECT: relation names to try, best first, one a
# line: the relation the statement's leading clause acts on, then the names
# in the object cell (schema.table[.column] -> schema.table, table).  Like
# tests/data/pg15_locks.csv, the target of ALTER/COMMENT ON INDEX, SEQUENCE or
# VIEW and REINDEX INDEX is that relation itself ("K"); a statistics object
# (DROP/ALTER/COMMENT ON STATISTICS) stands for the table it is on ("S");
# for everything else an index stands for its table ("T": CREATE/DROP INDEX
# lock the table).
candidates() {
    perl -0777 -ne '
        my $id = q{(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_\$]*)};
        my $nm = "$id(?:\\s*\\.\\s*$id)?";
        s{/\*.*?\*/}{}gs; s{--[^\n]*}{}g; s/^\s+//;
        my @m; my $k = "T";
        if (/^(?:CREATE\s+(?:OR\s+REPLACE\s+)?(?:FUNCTION|PROCEDURE|TYPE|DOMAIN|SCHEMA|EXTENSION)|ALTER\s+(?:TYPE|DOMAIN|FUNCTION)|DROP\s+(?:TYPE|DOMAIN|FUNCTION|PROCEDURE|SCHEMA|EXTENSION)|DO\b|SET\b|RESET\b)/i) { }
        elsif (/^ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?($nm)/i) { @m = ($1) }
        elsif (/^ALTER\s+(?:INDEX|VIEW|MATERIALIZED\s+VIEW|SEQUENCE)\s+(?:IF\s+EXISTS\s+)?($nm)/i) { @m = ($1); $k = "K" }
        elsif (/^CREATE\s+(?:UNIQUE\s+)?INDEX\b.*?\bON\s+(?:ONLY\s+)?($nm)/is) { @m = ($1) }
        elsif (/^CREATE\s+STATISTICS\b.*?\bFROM\s+($nm)/is) { @m = ($1) }
        elsif (/^(?:(?:DROP|ALTER)\s+STATISTICS\s+(?:IF\s+EXISTS\s+)?|COMMENT\s+ON\s+STATISTICS\s+)($nm)/i) { @m = ($1); $k = "S" }
        elsif (/^CREATE\s+(?:OR\s+REPLACE\s+)?(?:CONSTRAINT\s+)?TRIGGER\b.*?\sON\s+($nm)/is) { @m = ($1) }
        elsif (/^DROP\s+TRIGGER\s+(?:IF\s+EXISTS\s+)?$id\s+ON\s+($nm)/i) { @m = ($1) }
        elsif (/^CREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?($nm)/i) { @m = ($1) }
        elsif (/^CREATE\s+(?:OR\s+REPLACE\s+)?(?:MATERIALIZED\s+)?VIEW\s+($nm)/i) { @m = ($1) }
        elsif (/^CREATE\s+SEQUENCE\s+(?:IF\s+NOT\s+EXISTS\s+)?($nm)/i) { @m = ($1); $k = "K" }
        elsif (/^DROP\s+(?:TABLE|INDEX|VIEW|MATERIALIZED\s+VIEW)\s+(?:CONCURRENTLY\s+)?(?:IF\s+EXISTS\s+)?($nm)/i) { @m = ($1) }
        elsif (/^DROP\s+SEQUENCE\s+(?:IF\s+EXISTS\s+)?($nm)/i) { @m = ($1); $k = "K" }
        elsif (/^COMMENT\s+ON\s+COLUMN\s+($id(?:\s*\.\s*$id)??)\s*\.\s*$id\s+IS/i) { @m = ($1) }
        elsif (/^COMMENT\s+ON\s+(?:TABLE|INDEX|VIEW|MATERIALIZED\s+VIEW|SEQUENCE)\s+($nm)/i) { @m = ($1); $k = "K" }
        elsif (/^(?:UPDATE|DELETE\s+FROM|INSERT\s+INTO|LOCK\s+TABLE|TRUNCATE|ANALYZE|VACUUM)\s+(?:ONLY\s+)?($nm)/i) { @m = ($1) }
        elsif (/^REINDEX\s+(?:\(.*?\)\s*)?INDEX\s+(?:CONCURRENTLY\s+)?($nm)/i) { @m = ($1); $k = "K" }
        elsif (/^(?:REINDEX|CLUSTER)\s+(?:\w+\s+)*?(?:CONCURRENTLY\s+)?($nm)/i) { @m = ($1) }
        for (@m) { s/\s+//g; print "$k $_\n" }
    ' "$1"
    printf '%s\n' "$2" | tr ' ,()' '\n\n\n\n' | grep -E '^[A-Za-z_"]' |
        awk -F. '{ if (NF >= 2) print "T " $1 "." $2; print "T " $1 }'
}

# sql_values: the candidates ("K name" = that relation itself, "T name" =
# an index stands for its table, "S name" = a statistics object's table)
# as a VALUES list of SQL literals.
sql_values() {
    local n=0 k c out=""
    while read -r k c; do
        [ -n "$c" ] || continue
        n=$((n + 1))
        out+="${out:+, }($n, '${c//\'/\'\'}', '$k')"
    done
    [ -n "$out" ] || out="(1, NULL, 'T')"
    echo "$out"
}

# normalised TEXT-FILE: whitespace squeezed, trailing ';' dropped.
normalised() { tr -s '[:space:]' ' ' <"$1" | sed 's/^ //; s/[ ;]*$//'; }

bool_true() { case "$1" in true|TRUE|t|yes) return 0 ;; *) return 1 ;; esac; }

# check_step NAME COPYDB STEP FILEPATH NOTX W: consistency + lock of one step.
check_step() {
    local name=$1 cdb=$2 step=$3 path=$4 notx=$5 w=$6 d=$6/detail.txt
    local st=$w/step.sql tx claim obj br bw
    meta "SELECT statement FROM steps WHERE step = '$step'" >"$st"
    obj=$(meta "SELECT object FROM steps WHERE step = '$step'")
    claim=$(meta "SELECT lock FROM steps WHERE step = '$step'")
    tx=$(meta "SELECT transactional FROM steps WHERE step = '$step'")
    br=$(meta "SELECT blocks_reads FROM steps WHERE step = '$step'")
    bw=$(meta "SELECT blocks_writes FROM steps WHERE step = '$step'")
    local label="step $step ($(basename "$path"))"

    # Consistency with the file and the transaction marker.
    : >"$d"
    local stn
    stn=$(normalised "$st")
    if [ -z "$stn" ]; then
        # A step for its down only (op nothing): no statement, no lock.
        if [ "$(norm_claim "$claim")" = NONE ] && grep -q "^-- step $step: .*: nothing to do on the way up" "$path"; then
            pass "$name" "$label does nothing on the way up (its down does the work)"
            return 0
        fi
        note "$d" "steps.csv statement is empty"
    elif ! normalised "$path" | grep -qF -- "$stn"; then
        note "$d" "statement of step $step not found in $path:"; sed 's/^/    /' "$st" >>"$d"
    fi
    if [ "$notx" = 1 ] && bool_true "$tx"; then
        note "$d" "transactional=$tx but $(basename "$path") starts with -- rollgate:no-transaction"
    elif [ "$notx" = 0 ] && ! bool_true "$tx"; then
        note "$d" "transactional=$tx but $(basename "$path") runs as one transaction (no -- rollgate:no-transaction line)"
    fi

    # Measure the lock (transactional files only: CONCURRENTLY and COMMIT
    # cannot run inside BEGIN ... ROLLBACK), then commit the step.
    local vals got=NONE got_flags= res modes tname age
    vals=$(candidates "$st" "$obj" | sql_values)
    if [ "$notx" = 0 ]; then
        {
            echo '\set ON_ERROR_STOP 1'
            echo 'BEGIN;'
            # Each candidate resolves after the step, else before it (a
            # dropped or renamed relation still holds its locks); the
            # first candidate that resolves either way is the target.
            local res_sql="(CASE WHEN v.keep = 'S' THEN (SELECT x.stxrelid FROM pg_statistic_ext x JOIN pg_namespace sn ON sn.oid = x.stxnamespace WHERE quote_ident(sn.nspname) || '.' || quote_ident(x.stxname) = v.name) ELSE (SELECT CASE WHEN v.keep = 'K' THEN c.oid ELSE coalesce(i.indrelid, c.oid) END FROM pg_class c LEFT JOIN pg_index i ON i.indexrelid = c.oid WHERE c.oid = to_regclass(v.name)) END)"
            echo "SELECT string_agg(coalesce($res_sql, 0)::text, ',' ORDER BY v.n) AS pre_list FROM (VALUES $vals) v(n, name, keep) \\gset"
            cat "$st"; echo; echo ';'
            echo "SELECT coalesce((SELECT x.oid FROM (SELECT v.n, coalesce($res_sql, (string_to_array(:'pre_list', ','))[v.n]::oid) AS oid FROM (VALUES $vals) v(n, name, keep)) x WHERE x.oid <> 0 ORDER BY x.n LIMIT 1), 0) AS oid \\gset"
            echo "SELECT coalesce(string_agg(mode, ',' ORDER BY mode), '') AS modes, CASE WHEN :oid = 0 THEN '-' ELSE (:oid)::regclass::text END AS tname, CASE WHEN :oid::text = ANY (string_to_array(:'pre_list', ',')) THEN 'old' ELSE 'new' END AS age FROM pg_locks WHERE locktype = 'relation' AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND relation = :oid AND pid = pg_backend_pid() AND granted \\gset"
            echo '\echo E2E_RESULT|:tname|:modes|:age|'
            echo 'ROLLBACK;'
            cat "$st"; echo; echo ';'
        } >"$w/measure.sql"
        if psql -X -q -v ON_ERROR_STOP=1 -d "$cdb" -f "$w/measure.sql" >"$w/measure.out" 2>&1; then
            res=$(grep '^E2E_RESULT|' "$w/measure.out" | tail -n1)
            tname=$(echo "$res" | cut -d'|' -f2)
            modes=$(echo "$res" | cut -d'|' -f3)
            age=$(echo "$res" | cut -d'|' -f4)
            got=$(strongest "$modes")
        else
            note "$d" "the statement fails on a copy of the database before it:"
            sed 's/^/    /' "$st" >>"$d"; sed 's/^/  => /' "$w/measure.out" >>"$d"
            fail "$name" "$label consistent" "$d"
            fail "$name" "$label lock" /dev/null
            return 1
        fi
        # A lock blocks what it blocks, whatever the row says -- on a
        # relation that existed before the step (nobody else can see one
        # the step creates until it commits).
        [ "$age" = old ] || got_flags=NONE
        if [ "${got_flags:-$got}" = "ACCESS EXCLUSIVE" ] && ! bool_true "$br"; then
            note "$d" "blocks_reads=$br but the step holds ACCESS EXCLUSIVE on $tname"
        fi
        case "${got_flags:-$got}" in
            "SHARE"|"SHARE ROW EXCLUSIVE"|"EXCLUSIVE"|"ACCESS EXCLUSIVE")
                bool_true "$bw" || note "$d" "blocks_writes=$bw but the step holds $got on $tname" ;;
        esac
    fi
    if [ -s "$d" ]; then
        { echo "statement:"; sed 's/^/    /' "$st"; } >>"$d"
        fail "$name" "$label consistent" "$d"
    else
        pass "$name" "$label consistent"
    fi
    [ "$notx" = 0 ] || return 0

    local want
    want=$(norm_claim "$claim")
    : >"$d"
    if [ "$want" = "$got" ]; then
        pass "$name" "$label lock $want on ${tname:--}"
    else
        note "$d" "steps.csv lock '$claim', measured on PostgreSQL 15: $got on ${tname:--} (modes held: ${modes:-none}; object '$obj')"
        note "$d" "statement:"; sed 's/^/    /' "$st" >>"$d"
        fail "$name" "$label lock" "$d"
    fi
}

run_scenario() {
    local name=$1 scen=$E2E_SCEN_DIR/$1 w=$WORK/$1
    local out=$w/plan d=$w/detail.txt db=lk_$1 rc=0
    mkdir -p "$w"
    echo "== $name"
    : >"$d"
    run_plan "$scen" "$out" "$w/plan.log" || rc=$?
    if [ ! -f "$out/stages.csv" ] || [ ! -f "$out/steps.csv" ] || ! load_csvs "$out" "$d"; then
        cat "$w/plan.log" >>"$d"
        fail "$name" "plan writes stages.csv and steps.csv" "$d"
        return
    fi
    pass "$name" "plan writes stages.csv and steps.csv (plan exit $rc)"
    if ! load_old "$db" "$scen" "$d"; then
        fail "$name" "load old.sql + seed.sql" "$d"
        return
    fi

    # Every step must sit in a file some stage runs, or it is never checked
    # (and never run).
    : >"$d"
    meta "SELECT step || ' ' || file FROM steps WHERE NOT EXISTS (
              SELECT 1 FROM stages, unnest(string_to_array(files, ';')) f
              WHERE f IN (steps.file, 'migrations/' || steps.file)
                 OR steps.file = 'migrations/' || f) ORDER BY step::int" >"$d" 2>&1
    if [ -s "$d" ]; then
        note "$d" "(steps above name a file no stage in stages.csv runs)"
        fail "$name" "every step is in a staged file" "$d"
    else
        pass "$name" "every step is in a staged file"
    fi

    local stage f path notx step nsteps stops
    stops=$(expect_field "$scen" stops)
    for stage in $(stage_list); do
        for f in $(stage_files "$stage"); do
            : >"$d"
            if ! path=$(resolve_file "$out" "$f"); then
                note "$d" "stages.csv names $f but it is not in $out or $out/migrations"
                fail "$name" "stage $stage file $f exists" "$d"
                dropdb_e2e "$db"; return
            fi
            if [ -n "$stops" ] && [[ "$f" == *"$stops"* ]]; then
                # The scenario's rollout stops here by design (run_e2e.sh, expect).
                pass "$name" "stage $stage $f: the rollout stops here (expect), later files not measured"
                dropdb_e2e "$db"; return
            fi
            notx=0; is_notx "$path" && notx=1
            # steps.csv may name the file with or without migrations/.
            local steps
            steps=$(meta "SELECT step FROM steps WHERE file IN ('$f', 'migrations/$f', '$(basename "$f")') ORDER BY step::int")
            nsteps=$(echo "$steps" | grep -c . || true)
            if [ "$nsteps" -eq 0 ]; then
                note "$d" "steps.csv has no step with file $f"
                fail "$name" "stage $stage $f has steps" "$d"
            fi
            createdb_e2e "${db}_copy" "$db"
            for step in $steps; do
                check_step "$name" "${db}_copy" "$step" "$path" "$notx" "$w" || true
            done
            dropdb_e2e "${db}_copy"
            : >"$d"
            if ! apply_migration "$db" "$path" "$d"; then
                note "$d" "(applying $path to move on failed: the later files of $name are not checked)"
                fail "$name" "stage $stage apply $f" "$d"
                dropdb_e2e "$db"; return
            fi
        done
    done
    dropdb_e2e "$db"
}

for s in "${SCENARIOS[@]}"; do
    if [ ! -d "$E2E_SCEN_DIR/$s" ]; then
        echo "check_locks.sh: no scenario $s under $E2E_SCEN_DIR" >&2
        failed=$((failed + 1)); failures+=("$s missing")
        continue
    fi
    run_scenario "$s"
done
summary
