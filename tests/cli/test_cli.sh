#!/usr/bin/env bash
# test_cli.sh — end-to-end tests of the `rollgate` executable: usage and
# exit codes, every kind of bad input (exit 2, a file:line:col message,
# nothing on stdout), hostile identifiers in every output format, golden
# outputs of `rollgate diff` on a hand-written pair, --exit-code, and
# spot-checks of real releases from the corpus.
#
#   tests/cli/test_cli.sh ROLLGATE TESTDIR CORPUS    CORPUS: tests/data/corpus
#   tests/cli/test_cli.sh ROLLGATE TESTDIR --extra-corpus
#       only the openstreetmap-website spot-checks, from $RG_EXTRA_CORPUS/osm;
#       exits 77 (a ctest skip) when RG_EXTRA_CORPUS is not set
#
# Golden cases: TESTDIR/cases/<case>/inputs/{old,new}.sql and expected/diff.*
# (hostile: identifiers that break naive quoting, in every format; objects:
# every object kind, text). RG_UPDATE_GOLDEN=1 rewrites expected/ from the
# current output (review the change with git diff first).
# The last line is "N passed, N failed"; the exit status is 1 on a failure.
set -uo pipefail

if [ $# -ne 3 ]; then
    echo "usage: test_cli.sh ROLLGATE TESTDIR CORPUS|--extra-corpus" >&2
    exit 2
fi
RG=$1
HERE=$2
CORPUS=$3
CASES=$HERE/cases
WORK=$(mktemp -d "${TMPDIR:-/tmp}/rg-cli.XXXXXX")
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

# expect_exit NAME CODE ARGS...
expect_exit() {
    local name=$1 want=$2
    shift 2
    run "$@"
    if [ "$code" = "$want" ]; then ok "$name"; else bad "$name" "exit $code, want $want"; fi
}

# expect_refused NAME STDERR-REGEX ARGS...: exit 2, empty stdout, message.
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

# ---- corpus spot-checks -----------------------------------------------------

# pair SET A B: diff of two consecutive corpus versions into $WORK/pair.txt.
pair() {
    local a b
    a=$(compgen -G "$CORPUS/$1/$2_*.sql" | head -1)
    b=$(compgen -G "$CORPUS/$1/$3_*.sql" | head -1)
    PAIR="$1 $2->$3"
    if [ -z "$a" ] || [ -z "$b" ]; then
        code=missing
        return
    fi
    "$RG" diff "$a" "$b" >"$WORK/pair.txt" 2>"$WORK/err"
    code=$?
}

# expect_changes SET A B REGEX...: every regex matches a line of the diff.
expect_changes() {
    local set=$1 a=$2 b=$3
    shift 3
    pair "$set" "$a" "$b"
    if [ "$code" != 0 ]; then bad "$PAIR" "exit $code"; return; fi
    local re missing=()
    for re in "$@"; do grep -Eq -- "^$re" "$WORK/pair.txt" || missing+=("missing /^$re/"); done
    if [ ${#missing[@]} -eq 0 ]; then ok "$PAIR"
    else bad "$PAIR" "${missing[@]}" "$(sed -n '1,15p' "$WORK/pair.txt")"; fi
}

# expect_no_change SET A B: data-only releases.
expect_no_change() {
    pair "$1" "$2" "$3"
    if [ "$code" = 0 ] && [ ! -s "$WORK/pair.txt" ]; then ok "$PAIR: no change"
    else bad "$PAIR: no change" "exit $code" "$(sed -n '1,15p' "$WORK/pair.txt")"; fi
}

# The openstreetmap-website releases (GPL-2.0, not in the tree: $RG_EXTRA_CORPUS/osm).
osm_checks() {
    expect_changes osm 081 082 'alter_sequence public\.note_comments_id_seq: integer -> bigint'
    expect_changes osm 082 083 'add_table public\.user_mutes' \
        'add_constraint public\.user_mutes\.fk_rails_[0-9a-f]+: FOREIGN KEY' \
        'add_index public\.index_user_mutes_on_owner_id_and_subject_id: UNIQUE'
    expect_changes osm 083 084 'add_index public\.users_display_name_canonical_idx'
    expect_changes osm 084 085 'drop_index public\.users_display_name_lower_idx'
    expect_changes osm 085 086 'drop_table public\.user_tokens'
    expect_changes osm 086 087 'alter_column_nullability public\.redactions\.title: NOT NULL added' \
        'alter_column_nullability public\.redactions\.description: NOT NULL added'
    expect_changes osm 092 093 'drop_table public\.client_applications'
    expect_changes osm 093 094 'add_column public\.users\.creation_address: inet' \
        'add_index public\.index_users_on_creation_address'
    expect_changes osm 095 096 'drop_column public\.users\.creation_ip'
    expect_changes osm 098 099 'add_column public\.notes\.description' \
        'add_constraint public\.notes\.notes_user_id_fkey: .*NOT VALID'
    expect_changes osm 099 100 'validate_constraint public\.notes\.notes_user_id_fkey'
    expect_changes osm 112 113 'drop_index public\.gpx_files_user_id_idx'
    expect_changes osm 116 117 "alter_column_default public\\.gpx_files\\.visibility: default 'public'.* -> 'trackable'"
    for p in "091 092" "094 095" "097 098" "102 103"; do
        # shellcheck disable=SC2086
        expect_no_change osm $p
    done
}

if [ "$CORPUS" = --extra-corpus ]; then
    if [ -z "${RG_EXTRA_CORPUS:-}" ]; then
        echo "skipped: RG_EXTRA_CORPUS is not set (the GPL-2.0 openstreetmap-website schemas are not in the tree; see tests/data/corpus/README.md)"
        exit 77
    fi
    CORPUS=$RG_EXTRA_CORPUS
    osm_checks
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
fi

# ---- usage ----------------------------------------------------------------

expect_exit "no arguments -> 2" 2
run --help
if [ "$code" = 0 ] && grep -q "usage: rollgate" "$WORK/out"; then ok "--help"; else bad "--help" "exit $code"; fi
run --version
if [ "$code" = 0 ] && grep -Eq '^rollgate [0-9]+\.[0-9]+\.[0-9]+$' "$WORK/out"; then ok "--version"
else bad "--version" "exit $code: $(cat "$WORK/out")"; fi
expect_refused "unknown command" "unknown command 'frobnicate'" frobnicate
expect_refused "report of a missing ledger" "cannot open ledger" report --ledger "$WORK/none.db" --out "$WORK/none.report"
expect_exit "diff --help" 0 diff --help
expect_exit "catalog --help" 0 catalog --help

# ---- bad input: diff and catalog --------------------------------------------

OLD=$CASES/hostile/inputs/old.sql
NEW=$CASES/hostile/inputs/new.sql
expect_refused "diff: no paths" "missing OLD and NEW" diff
expect_refused "diff: one path" "missing NEW" diff "$OLD"
expect_refused "diff: three paths" "unexpected argument" diff "$OLD" "$NEW" "$NEW"
expect_refused "diff: unknown flag" "unknown option '--frob'" diff "$OLD" "$NEW" --frob
expect_refused "diff: bad format" "unknown format 'xml'" diff "$OLD" "$NEW" --format xml
expect_refused "diff: format without value" "needs a value" diff "$OLD" "$NEW" --format
expect_refused "diff: missing file" "nope\\.sql: No such file" diff "$OLD" "$WORK/nope.sql"
expect_refused "catalog: no path" "missing FILE" catalog
expect_refused "catalog: unknown flag" "unknown option '-x'" catalog "$OLD" -x
expect_refused "catalog: bad format" "unknown format" catalog "$OLD" --format=text
expect_refused "catalog: missing file" "nope\\.sql: No such file" catalog "$WORK/nope.sql"

printf 'CREATE TABLE t (id integer);\nCREATE TABLE u (id integer,, x text);\n' >"$WORK/syntax.sql"
expect_refused "diff: syntax error at file:line:col" "syntax\\.sql:2:[0-9]+: error: " \
    diff "$OLD" "$WORK/syntax.sql"
expect_refused "catalog: syntax error at file:line:col" "syntax\\.sql:2:[0-9]+: error: " \
    catalog "$WORK/syntax.sql"

head -c 4096 "$RG" >"$WORK/garbage.bin"
expect_refused "diff: binary garbage" "garbage\\.bin:[0-9]+:[0-9]+: error: " diff "$WORK/garbage.bin" "$NEW"
expect_refused "catalog: binary garbage" "garbage\\.bin:[0-9]+:[0-9]+: error: " catalog "$WORK/garbage.bin"
printf 'CREATE TABLE t (x text DEFAULT \xff\xfe);\n' >"$WORK/latin1.sql"
expect_refused "catalog: invalid UTF-8" "latin1\\.sql:1:[0-9]+: error: " catalog "$WORK/latin1.sql"

# Cut in the middle of CREATE TABLE public.users ( ...
head -c "$(grep -b -o 'email text NOT NULL' "$NEW" | head -1 | cut -d: -f1)" "$NEW" >"$WORK/truncated.sql"
expect_refused "diff: truncated file" "truncated\\.sql:[0-9]+:[0-9]+: error: " diff "$OLD" "$WORK/truncated.sql"
expect_refused "catalog: truncated file" "truncated\\.sql:[0-9]+:[0-9]+: error: " catalog "$WORK/truncated.sql"

# A file over the 64 MiB limit is refused before it is parsed.
yes 'SELECT 1;' | head -c $((65 * 1024 * 1024)) >"$WORK/huge.sql"
expect_refused "diff: >64 MiB file" "huge\\.sql.*larger than" diff "$OLD" "$WORK/huge.sql"
expect_refused "catalog: >64 MiB file" "huge\\.sql.*larger than" catalog "$WORK/huge.sql"
rm -f "$WORK/huge.sql"

: >"$WORK/empty.sql"
run diff "$WORK/empty.sql" "$WORK/empty.sql" --exit-code
if [ "$code" = 0 ] && [ ! -s "$WORK/out" ]; then ok "diff: empty files"; else bad "diff: empty files" "exit $code"; fi
expect_exit "catalog: empty file" 0 catalog "$WORK/empty.sql"

# ---- --exit-code ------------------------------------------------------------

expect_exit "--exit-code, no change -> 0" 0 diff "$OLD" "$OLD" --exit-code
expect_exit "--exit-code, changes -> 1" 1 diff "$OLD" "$NEW" --exit-code
expect_exit "changes without --exit-code -> 0" 0 diff "$OLD" "$NEW"

# ---- golden outputs and hostile identifiers -----------------------------------

# golden NAME EXPECTED-FILE ARGS...: rollgate's stdout must equal the file.
golden() {
    local name=$1 want=$2
    shift 2
    run "$@"
    if [ "$code" != 0 ]; then
        bad "$name" "exit $code"
    elif [ "${RG_UPDATE_GOLDEN:-0}" = 1 ]; then
        cp "$WORK/out" "$want"
        ok "$name (rewritten)"
    elif cmp -s "$WORK/out" "$want"; then
        ok "$name"
    else
        bad "$name" "output differs from $want:" "$(diff -u "$want" "$WORK/out" | sed -n '1,30p')"
    fi
}

for fmt in text csv json; do
    ext=$fmt
    [ "$fmt" = text ] && ext=txt
    golden "golden diff.$ext" "$CASES/hostile/expected/diff.$ext" diff "$OLD" "$NEW" --format "$fmt"
    cp "$WORK/out" "$WORK/diff.$ext"
done
# Every object kind: types, domains, sequences, functions, partitions,
# views, materialized views, triggers, policies, RLS, grants, comments.
golden "golden objects/diff.txt" "$CASES/objects/expected/diff.txt" \
    diff "$CASES/objects/inputs/old.sql" "$CASES/objects/inputs/new.sql"

# Each format keeps its framing whatever the names hold.
if python3 - "$WORK/diff.json" "$WORK/diff.csv" "$WORK/diff.txt" >"$WORK/err" 2>&1 <<'EOF'
import csv, json, sys
changes = json.load(open(sys.argv[1], encoding="utf-8"))
rows = list(csv.reader(open(sys.argv[2], newline="", encoding="utf-8")))
text = open(sys.argv[3], encoding="utf-8").read().splitlines()
assert rows[0] == ["change", "kind", "object", "detail"], rows[0]
assert len(rows) - 1 == len(changes) == len(text), (len(rows), len(changes), len(text))
for i, (row, ch, line) in enumerate(zip(rows[1:], changes, text)):
    assert len(row) == 4, row
    assert row[0] == str(i + 1) == str(ch["change"]), (row, ch)
    for cell in row:
        assert not cell or cell[0] not in "=+-@", ("formula not guarded", cell)
    assert row[2] == ch["object"] and line.startswith(ch["kind"] + " " + ch["object"]), (row, ch, line)
objs = {c["object"] for c in changes}
for want in ['public."; DROP TABLE x; --"', 'public."<script>"."; DROP TABLE x; --"']:
    assert want in objs, (want, sorted(objs))
EOF
then ok "hostile identifiers: text/csv/json framing"; else bad "hostile identifiers: text/csv/json framing"; fi
if grep -q '<script>' "$WORK/diff.json"; then bad "json escapes <" "raw <script> in JSON"
else ok "json escapes <"; fi

run catalog "$NEW"
cp "$WORK/out" "$WORK/cat.sql"
if [ "$code" = 0 ] && grep -qF '"; DROP TABLE x; --"' "$WORK/cat.sql" && grep -qF '"<script>"' "$WORK/cat.sql"
then ok "catalog sql quotes hostile names"; else bad "catalog sql quotes hostile names" "exit $code"; fi
expect_exit "catalog sql output reads back with no change" 0 diff "$NEW" "$WORK/cat.sql" --exit-code
run catalog "$NEW" --format json
if [ "$code" = 0 ] && python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$WORK/out" 2>"$WORK/err"
then ok "catalog json is valid JSON"; else bad "catalog json is valid JSON" "exit $code"; fi

# The inaturalist releases (tests/data/corpus/inaturalist).
expect_changes inaturalist 344 345 \
    'drop_column public\.taxa\.auto_description: .*possible rename of public\.taxa\.auto_description to shows_wikipedia' \
    'add_column public\.taxa\.shows_wikipedia: .*possible rename' \
    'add_table public\.project_faves'
expect_changes inaturalist 355 356 'add_index public\.index_votes_on_votable_voter_scope: UNIQUE'
expect_changes inaturalist 367 368 'drop_index public\.index_users_on_email' \
    'add_index public\.index_users_on_email: UNIQUE.*now UNIQUE'
expect_changes inaturalist 368 369 'drop_index public\.index_delayed_jobs_on_unique_hash' \
    'add_index public\.index_delayed_jobs_on_unique_hash: UNIQUE'
expect_changes inaturalist 369 370 'add_column public\.announcements\.parent_announcement_id' \
    'add_constraint public\.announcements\.fk_rails_7acaf995fb: .*ON DELETE SET NULL'
expect_changes inaturalist 359 360 'drop_function public\._final_median\(numeric\[\]\)' \
    'add_function public\._final_median\(anycompatiblearray\)'

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
