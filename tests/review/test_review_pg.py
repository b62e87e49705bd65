#!/usr/bin/env python3
"""test_review_pg.py ROLLGATE ROOT — `rollgate review`'s predictions
against a real PostgreSQL 15 (run under tests/pg/cluster.sh run, which sets
PGHOST and friends).

For every case of tests/review/cases (its inputs/): a database with base.sql and
tests/review/seed.sql, then the review's timeline walked on the server,
stage by stage, statement by statement (steps.csv):
  - a statement of a transactional file runs first in
        BEGIN; <statement>; <locks held on its table by this backend>;
        <the table's relfilenode>; ROLLBACK;
    and its strongest lock on the table must equal steps.csv's `lock`, a
    changed relfilenode its `rewrites_table` (as verify measures steps);
    then it is applied, so the next statement sees the state it built;
  - a statement the review says cannot run in a transaction
    (concurrently_in_transaction) must be refused by the server inside one;
  - after each stage, every query of every app live there is PREPAREd:
    it fails exactly where compatibility.csv says error.
One line per check, then "N passed, N failed"; exit 1 on a failure.
"""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile

RG = os.path.abspath(sys.argv[1])
ROOT = os.path.abspath(sys.argv[2])
HERE = os.path.join(ROOT, "tests", "review")
passed = failed = 0

NAMES = {"AccessShareLock": "ACCESS SHARE", "RowShareLock": "ROW SHARE", "RowExclusiveLock": "ROW EXCLUSIVE",
         "ShareUpdateExclusiveLock": "SHARE UPDATE EXCLUSIVE", "ShareLock": "SHARE",
         "ShareRowExclusiveLock": "SHARE ROW EXCLUSIVE", "ExclusiveLock": "EXCLUSIVE",
         "AccessExclusiveLock": "ACCESS EXCLUSIVE"}
ORDER = list(NAMES.values())


def ok(msg):
    global passed
    passed += 1
    print("PASS  " + msg)


def bad(msg, detail=""):
    global failed
    failed += 1
    print("FAIL  " + msg)
    for line in detail.splitlines()[:20]:
        print("      | " + line)


def psql(db, sql, check=True):
    """Runs sql (a script) in db; returns (ok, stdout, stderr)."""
    p = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", db], input=sql,
                       capture_output=True, text=True)
    if check and p.returncode != 0:
        raise RuntimeError("psql failed in %s: %s\n%s" % (db, p.stderr, sql[:500]))
    return p.returncode == 0, p.stdout, p.stderr


def strongest(modes):
    best = "none"
    for m in modes:
        n = NAMES.get(m)
        if n and (best == "none" or ORDER.index(n) > ORDER.index(best)):
            best = n
    return best


def target_oid(db, obj):
    """The table a step acts on: the object itself, or an index's table."""
    if not obj:
        return None
    parts = obj.split(".")
    for cand in (obj, ".".join(parts[:2])):
        lit = "'" + cand.replace("'", "''") + "'"
        _, out, _ = psql(db, "SELECT CASE WHEN c.relkind IN ('i','I') THEN i.indrelid ELSE c.oid END "
                             "FROM pg_class c LEFT JOIN pg_index i ON i.indexrelid = c.oid "
                             "WHERE c.oid = to_regclass(%s);" % lit)
        if out.strip():
            return out.strip()
    return None


def query_text(case_dir, name):
    """compatibility.csv names a query FILE:LINE; the test apps hold one
    query a line."""
    path, line = name.rsplit(":", 1)
    with open(os.path.join(case_dir, path)) as f:
        return f.read().splitlines()[int(line) - 1].strip().rstrip(";")


def check_queries(db, case, case_dir, stage, rows):
    for r in rows:
        if r["stage"] != stage:
            continue
        sql = query_text(case_dir, r["query"])
        good, _, err = psql(db, "PREPARE rg_q AS %s;\nDEALLOCATE rg_q;\n" % sql, check=False)
        want_error = r["verdict"] == "error"
        label = "%s: stage %s %s %s: server %s, review %s" % (case, stage, r["app"], r["query"],
                                                              "refuses" if not good else "accepts", r["verdict"])
        if good != want_error:
            ok(label)
        else:
            bad(label, err)


def is_control(sql):
    return re.match(r"\s*(BEGIN|START|COMMIT|ROLLBACK|END|SET|RESET)\b", sql, re.I) is not None


def run_case(case, case_dir, work):
    db = "rv_" + case
    psql("postgres", "DROP DATABASE IF EXISTS %s;\nCREATE DATABASE %s;\n" % (db, db))
    with open(os.path.join(case_dir, "base.sql")) as f:
        psql(db, f.read())
    with open(os.path.join(HERE, "seed.sql")) as f:
        psql(db, f.read())
    args = []
    for a in sorted(os.listdir(os.path.join(case_dir, "apps")), key=lambda s: int(s.split("-")[0])):
        args += ["--app", "%s=apps/%s" % (a[:-4].split("-", 1)[1], a)]
    if os.path.exists(os.path.join(case_dir, "args")):
        with open(os.path.join(case_dir, "args")) as f:
            args += f.read().split()
    out = os.path.join(work, case)
    p = subprocess.run([RG, "review", "base.sql", "mig"] + args + ["--out", out], cwd=case_dir,
                       capture_output=True, text=True)
    if p.returncode not in (0, 1):
        bad("%s: review exits %d" % (case, p.returncode), p.stdout + p.stderr)
        return
    with open(os.path.join(out, "steps.csv"), newline="") as f:
        steps = list(csv.DictReader(f))
    with open(os.path.join(out, "stages.csv"), newline="") as f:
        stages = list(csv.DictReader(f))
    compat = []
    if os.path.exists(os.path.join(out, "compatibility.csv")):
        with open(os.path.join(out, "compatibility.csv"), newline="") as f:
            compat = list(csv.DictReader(f))
    in_tx_refused = set()
    for line in p.stdout.splitlines():
        m = re.match(r"^(\S+):(\d+): error concurrently_in_transaction", line)
        if m:
            in_tx_refused.add((m.group(1), m.group(2)))
    for st in stages:
        for path in [x for x in st["files"].split(";") if x]:
            file_steps = [s for s in steps if s["file"] == path]
            text = open(os.path.join(case_dir, path)).read()
            cursor = 0
            for s in file_steps:
                sql = s["statement"]
                at = text.find(sql, cursor)
                line = text.count("\n", 0, at) + 1 if at >= 0 else 0
                cursor = at + len(sql) if at >= 0 else cursor
                if is_control(sql):
                    continue
                if (path, str(line)) in in_tx_refused:
                    good, _, err = psql(db, "BEGIN;\n%s;\nROLLBACK;\n" % sql, check=False)
                    if not good and "cannot run inside a transaction block" in err:
                        ok("%s: %s:%d: the server refuses it inside a transaction, as the review says" %
                           (case, path, line))
                    else:
                        bad("%s: %s:%d: the server does not refuse it in a transaction" % (case, path, line), err)
                oid = target_oid(db, s["object"])
                # anything but CONCURRENTLY runs in a transaction block, so
                # a no-transaction file's REINDEX is measured too
                if oid and not re.search(r"\bCONCURRENTLY\b", sql, re.I):
                    script = ("BEGIN;\nSELECT pg_relation_filenode(%s);\n%s;\n"
                              "SELECT coalesce(string_agg(mode, ','), '') FROM pg_locks WHERE relation = %s "
                              "AND pid = pg_backend_pid() AND granted;\nSELECT pg_relation_filenode(%s);\n"
                              "ROLLBACK;\n" % (oid, sql, oid, oid))
                    good, outp, err = psql(db, script, check=False)
                    if not good:
                        bad("%s: step %s (%s:%d) fails on the server" % (case, s["step"], path, line), err)
                    else:
                        vals = outp.splitlines()
                        before, modes, after = vals[0], vals[1].split(",") if vals[1] else [], vals[2]
                        lock = strongest(modes)
                        rewrite = before != after
                        want_rewrite = s["rewrites_table"] == "true"
                        label = "%s: step %s (%s:%d %s): lock %s (review %s), rewrite %s (review %s)" % (
                            case, s["step"], path, line, s["object"], lock, s["lock"], rewrite, want_rewrite)
                        if lock == s["lock"] and rewrite == want_rewrite:
                            ok(label)
                        else:
                            bad(label)
                good, _, err = psql(db, sql + ";\n", check=False)
                if not good:
                    bad("%s: step %s (%s:%d) cannot be applied" % (case, s["step"], path, line), err)
        check_queries(db, case, case_dir, st["stage"], compat)
    psql("postgres", "DROP DATABASE %s;\n" % db)


def main():
    work = tempfile.mkdtemp(prefix="rg-review-pg.")
    try:
        cases = os.path.join(HERE, "cases")
        for case in sorted(os.listdir(cases)):
            try:
                run_case(case, os.path.join(cases, case, "inputs"), work)
            except RuntimeError as e:
                bad("%s: %s" % (case, e))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
