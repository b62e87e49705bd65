#!/usr/bin/env bash
# test_ci.sh — the CI recipes of docs/ci/, run locally: a fixture repository
# (a bare "origin" with main, and a branch with two commits on top) gets the
# pull-request check exactly as the GitHub Actions step and the GitLab job
# script run it (their shell, taken from the YAML, with the CI's variables
# set), and docs/ci/rollgate-pr.sh directly:
#   - a safe change: exit 0, SARIF, JUnit, the report and summary.md written;
#   - an unsafe change (a narrowing type change): exit 1 and a comment that
#     says so; the gate step of the workflow fails;
#   - OLD really comes from the target branch (the fixture's working tree
#     differs from it), and the base's queries run as app "base";
#   - the summary stays under GitHub's comment limit with 3000 breaking
#     queries, says how many rows it left out, and keeps hostile names inert.
#
#   tests/ci/test_ci.sh ROLLGATE REPO_ROOT
# The last line is "N passed, N failed".
set -uo pipefail
RG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(cd "$2" && pwd)
W=$(mktemp -d "${TMPDIR:-/tmp}/rg-ci.XXXXXX")
trap 'rm -rf "$W"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "PASS  $1"; }
bad() { failed=$((failed + 1)); echo "FAIL  $1"; [ -n "${2:-}" ] && [ -s "$2" ] && sed -n '1,30p' "$2" | sed 's/^/      | /'; return 0; }
export GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.invalid GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.invalid
export GIT_CONFIG_NOSYSTEM=1 HOME=$W/home
mkdir -p "$HOME"
git config --global init.defaultBranch main
git config --global advice.detachedHead false

# ---- the fixture: origin/main, then a feature branch ------------------------
git init -q --bare "$W/origin.git"
git clone -q "$W/origin.git" "$W/app" 2>/dev/null
cd "$W/app"
mkdir -p db
cat >db/structure.sql <<'SQL'
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, age bigint);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), total numeric);
SQL
cat >db/queries.sql <<'SQL'
-- name: user_by_email
SELECT id, age FROM users WHERE email = $1;
-- name: orders_of
SELECT id, total FROM orders WHERE user_id = $1;
SQL
git add -A && git commit -qm "schema v1" && git push -q origin main 2>/dev/null
git checkout -qb feature
# commit 1: safe (a new nullable column, a new query that uses it)
cat >>db/structure.sql <<'SQL'
ALTER TABLE users ADD COLUMN name text;
SQL
printf -- '-- name: user_name\nSELECT name FROM users WHERE id = $1;\n' >>db/queries.sql
git commit -qam "users.name"
SAFE=$(git rev-parse HEAD)
# commit 2: unsafe (age narrowed from bigint to integer: lossy without --allow-lossy)
sed -i 's/age bigint/age integer/' db/structure.sql
git commit -qam "narrow users.age"
UNSAFE=$(git rev-parse HEAD)

# ---- docs/ci/rollgate-pr.sh directly ------------------------------------------
git checkout -q "$SAFE"
rc=0
"$ROOT/docs/ci/rollgate-pr.sh" --rollgate "$RG" --base origin/main --schema db/structure.sql \
    --queries db/queries.sql --out "$W/safe" >"$W/safe.log" 2>&1 || rc=$?
[ "$rc" = 0 ] && ok "safe commit: exit 0" || bad "safe commit: exit $rc" "$W/safe.log"
for f in rollgate.sarif rollgate.junit.xml summary.md run/report.html run/steps.csv; do
    [ -s "$W/safe/$f" ] || { bad "safe commit: $f missing"; continue; }
done
[ -s "$W/safe/rollgate.sarif" ] && [ -s "$W/safe/rollgate.junit.xml" ] && [ -s "$W/safe/run/report.html" ] \
    && ok "safe commit: SARIF, JUnit and the report written"
cmp -s "$W/safe/base/old.sql" <(git show origin/main:db/structure.sql) && ! cmp -s "$W/safe/base/old.sql" db/structure.sql \
    && ok "OLD is the target branch's schema, not the working tree's" || bad "OLD is not origin/main's schema"
grep -q '^### rollgate: ✅ safe to ship' "$W/safe/summary.md" && grep -q 'apps `\?base;head' "$W/safe/summary.md" \
    && ok "safe commit: the comment says safe, apps base and head" || bad "safe summary" "$W/safe/summary.md"
grep -q 'user_name' "$W/safe/run/compatibility.csv" && grep -q '^[0-9]*,base,' "$W/safe/run/compatibility.csv" \
    && ok "the base's and the branch's queries are both simulated" || bad "apps not simulated" "$W/safe/run/compatibility.csv"

git checkout -q "$UNSAFE"
rc=0
"$ROOT/docs/ci/rollgate-pr.sh" --rollgate "$RG" --base origin/main --schema db/structure.sql \
    --queries db/queries.sql --out "$W/unsafe" >"$W/unsafe.log" 2>&1 || rc=$?
[ "$rc" = 1 ] && ok "unsafe commit: exit 1" || bad "unsafe commit: exit $rc, want 1" "$W/unsafe.log"
grep -q '^### rollgate: ❌ not proven safe' "$W/unsafe/summary.md" && grep -q 'lossy_change' "$W/unsafe/summary.md" \
    && ok "unsafe commit: the comment names the lossy change" || bad "unsafe summary" "$W/unsafe/summary.md"
grep -q 'lossy_change' "$W/unsafe/rollgate.sarif" && ok "unsafe commit: the finding is in the SARIF" \
    || bad "no lossy_change in SARIF" "$W/unsafe/rollgate.sarif"
rc=0
"$ROOT/docs/ci/rollgate-pr.sh" --rollgate "$RG" --base origin/nope --out "$W/nobase" >"$W/nobase.log" 2>&1 || rc=$?
[ "$rc" = 2 ] && grep -q "no commit 'origin/nope'" "$W/nobase.log" && ok "unknown target branch: exit 2" \
    || bad "unknown base: exit $rc" "$W/nobase.log"

# ---- the YAMLs' own shell, with the CI's variables ---------------------------
# A checkout of rollgate where the workflows expect their build.
mkdir -p "$W/runner/rollgate/build" "$W/runner/rollgate/docs"
ln -s "$ROOT/docs/ci" "$W/runner/rollgate/docs/ci"
ln -s "$RG" "$W/runner/rollgate/build/rollgate"
if python3 -c 'import yaml' 2>/dev/null; then
    python3 - "$ROOT/docs/ci/github-actions.yml" "$W/gh" <<'PY'
import sys, yaml
wf = yaml.safe_load(open(sys.argv[1]))
job = wf["jobs"]["rollgate"]
steps = {s.get("name"): s for s in job["steps"]}
open(sys.argv[2] + "-plan.sh", "w").write(steps["Plan the schema change"]["run"])
open(sys.argv[2] + "-gate.sh", "w").write(steps["Gate"]["run"])
env = dict(wf.get("env", {}))
open(sys.argv[2] + "-env.sh", "w").write("".join("export %s=%s\n" % (k, v) for k, v in env.items()))
PY
    python3 - "$ROOT/docs/ci/gitlab-ci.yml" "$W/gl" <<'PY'
import sys, yaml
job = yaml.safe_load(open(sys.argv[1]))["rollgate"]
lines = job["script"]
start = next(i for i, l in enumerate(lines) if l.startswith("git fetch"))
# the job's shell from the fetch on (the image setup and build are the CI's)
open(sys.argv[2] + "-script.sh", "w").write("set -e\n" + "\n".join(lines[start:]) + "\n")
open(sys.argv[2] + "-env.sh", "w").write("".join("export %s=%s\n" % (k, v) for k, v in job["variables"].items()))
PY
    for c in "$SAFE:0" "$UNSAFE:1"; do
        commit=${c%%:*}
        want=${c##*:}
        git checkout -q "$commit"
        rm -rf rollgate-out
        : >"$W/gh-output"
        (
            . "$W/gh-env.sh"
            export RUNNER_TEMP=$W/runner GITHUB_BASE_REF=main GITHUB_OUTPUT=$W/gh-output GITHUB_WORKSPACE=$W/app \
                GITHUB_SERVER_URL=https://github.example GITHUB_REPOSITORY=team/app GITHUB_RUN_ID=42
            bash -e "$W/gh-plan.sh"
        ) >"$W/gh.log" 2>&1
        grep -qx "code=$want" "$W/gh-output" && [ -s rollgate-out/summary.md ] && [ -s rollgate-out/rollgate.sarif ] \
            && grep -q 'https://github.example/team/app/actions/runs/42' rollgate-out/summary.md \
            && ok "GitHub Actions step on commit $want: code=$want, outputs and the run's link" \
            || bad "GitHub Actions step (want code=$want)" "$W/gh.log"
        rc=0
        (sed "s/\${{ steps.plan.outputs.code }}/$want/" "$W/gh-gate.sh" | bash -e) >/dev/null 2>&1 || rc=$?
        { [ "$want" = 0 ] && [ "$rc" = 0 ]; } || { [ "$want" = 1 ] && [ "$rc" = 1 ]; } \
            && ok "GitHub Actions gate on commit $want: exit $rc" || bad "gate: exit $rc for code $want"
        rm -rf rollgate-out
        rc=0
        (
            . "$W/gl-env.sh"
            export CI_MERGE_REQUEST_TARGET_BRANCH_NAME=main CI_JOB_URL=https://gitlab.example/team/app/-/jobs/7
            sed 's|/tmp/rollgate|'"$W"'/runner/rollgate|g' "$W/gl-script.sh" | bash
        ) >"$W/gl.log" 2>&1 || rc=$?
        [ "$rc" = "$want" ] && [ -s rollgate-out/rollgate.junit.xml ] && [ -s rollgate-out/summary.md ] \
            && ok "GitLab job script on commit $want: exit $rc, JUnit and summary written" \
            || bad "GitLab job script: exit $rc, want $want" "$W/gl.log"
    done
else
    echo "note: python3-yaml missing: the YAMLs' shell is not extracted (the script itself was run above)"
fi
grep -q 'docs/ci/rollgate-pr.sh' "$ROOT/docs/ci/github-actions.yml" && grep -q 'docs/ci/rollgate-pr.sh' "$ROOT/docs/ci/gitlab-ci.yml" \
    && ok "both CI recipes call docs/ci/rollgate-pr.sh" || bad "a CI recipe does not call docs/ci/rollgate-pr.sh"

# ---- the comment's size limit and hostile names ---------------------------------
mkdir -p "$W/big" && cd "$W/big"
{
    echo 'CREATE TABLE t (id bigint PRIMARY KEY, gone text);'
    echo 'CREATE TABLE "<script>alert(1)</script>|x" (a int);'
} >old.sql
echo 'CREATE TABLE t (id bigint PRIMARY KEY);' >new.sql
echo 'CREATE TABLE "<script>alert(1)</script>|x" (a int);' >>new.sql
for i in $(seq 1 3000); do printf -- '-- name: q%d_`|<b>\nSELECT gone FROM t WHERE id = %d;\n' "$i" "$i"; done >v2.sql
cp v2.sql v1.sql
rc=0
"$RG" plan old.sql new.sql --app v1=v1.sql --app v2=v2.sql --allow-drop t.gone --out out --format markdown \
    >big.md 2>big.err || rc=$?
size=$(wc -c <big.md)
[ "$rc" = 1 ] && [ "$size" -lt 65536 ] && [ "$size" -gt 30000 ] \
    && ok "3000 breaking queries: exit 1, the comment is $size bytes (< 65536)" || bad "big comment: exit $rc, $size bytes" big.err
grep -q '^_… [0-9]* more breaking queries not shown: see the full report._$' big.md && tail -1 big.md | grep -q '^Full report:' \
    && ok "the comment says how many rows it left out and still ends with the link" || bad "no omission note" big.md
# outside code spans (which Markdown shows literally) no raw HTML
! sed 's/`[^`]*`//g' big.md | grep -q '<script>\|<b>' && grep -q '`q1_'"'"'\\|<b>`' big.md \
    && ok "hostile names stay inert (code spans, | escaped, no raw HTML)" || bad "raw HTML in the comment" big.md
cmp -s big.md out/summary.md || [ "$(sed '$d' big.md | md5sum)" = "$(sed '$d' out/summary.md | md5sum)" ] \
    && ok "stdout Markdown equals OUT/summary.md (but the link)" || bad "stdout and summary.md differ"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
