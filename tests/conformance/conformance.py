#!/usr/bin/env python3
"""conformance.py — rollgate against a peer project's acceptance cases, on a real PostgreSQL 15.

    conformance.py ROLLGATE [--suite DIR] [--case SUBSTR]... [--sample] [--jobs N] [--json OUT]
                   [--known FILE] [--verbose]

Run by tests/conformance/run.sh, which starts a throwaway cluster (tests/pg/cluster.sh) and sets
PGHOST/PGPORT/PGUSER; this script only talks to that server. Python 3 standard library + psql and
pg_dump.

A suite is a folder of cases (default tests/conformance/pg-schema-diff), one folder each with
old.sql, new.sql and, where the case needs roles, roles.txt (one role a line; a line that starts
with '"' is already a quoted identifier). The case's category is its name up to "__". Per case:

  1. the roles are created (once per run, before any case: roles are cluster-wide); new.sql is
     loaded into a database of its own, old.sql into the work database (ON_ERROR_STOP: a case that
     does not load is a harness error, never a rollgate failure), and both are pg_dump'ed;
  2. `rollgate plan old.sql new.sql --out DIR`: exit 0 or 1 is a plan; 2, 3, a signal or a timeout
     is a crash. The plan's error-level findings are read from its ledger (DIR/rollgate.db, table
     findings, severity 'error'), not from its text output;
  3. every DIR/migrations/*.up.sql, in name order (= run order), is applied to the work database
     with psql: a file whose first line is `-- rollgate:no-transaction` outside a transaction,
     every other file as one transaction (--single-transaction), as a migration runner would;
  4. the work database's `pg_dump --schema-only --no-owner` must equal new's;
  5. the down files of those ups, in reverse order, then must give old's dump back.

Dumps are compared as multisets of TOC entries (header + body, without comments, SET lines and
psql meta-commands); inside CREATE TABLE the column and constraint lines are compared as a set,
since column order is not something ALTER TABLE can express. Privileges are compared (rollgate
plans grants); owners are not (rollgate does not model them).

Each case is classified:
  passed          every up applies, the result equals new, the downs give old back;
  refused         not passed, and rollgate exited 1 with at least one error-level finding;
  silently wrong  not passed, and the plan exited 0 or had no error-level finding;
  crash           the plan exited 2 or 3, died on a signal or timed out.

tests/conformance/known_failures.txt lists the cases that do not pass yet, one a line:
`case  class: reason`. The run fails when an unlisted case fails (a regression) or a listed case
passes (take it off the list), and prints which. RG_UPDATE_KNOWN_FAILURES=1 rewrites the list from
this run (only the cases run are touched; a case still listed keeps its reason; a new one gets
"unreviewed: <what happened>"), after a reviewed change.

--sample runs the fixed sample of sample.txt (the sanitizer build's run). --json OUT writes one
JSON object per case. Prints a table per category and in total, the refused / silently wrong /
crash counts, and ends with "N passed, M failed" (cases).
"""
import collections
import concurrent.futures
import glob
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PLAN_TIMEOUT = int(os.environ.get("RG_CONFORMANCE_TIMEOUT", "300"))
SQL_TIMEOUT = 300


def pg_bin(name):
    """The PostgreSQL 15 client tool: Debian's wrapper may pick another major version."""
    for d in ("/usr/lib/postgresql/15/bin",):
        p = os.path.join(d, name)
        if os.access(p, os.X_OK):
            return p
    return shutil.which(name) or name


PSQL = pg_bin("psql")
PG_DUMP = pg_bin("pg_dump")


def run(cmd, timeout):
    """(returncode or 'timeout', stdout, stderr) of a command."""
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                           errors="replace")
    except subprocess.TimeoutExpired:
        return "timeout", "", ""
    return p.returncode, p.stdout, p.stderr


def psql(db, sql=None, path=None, single_tx=False):
    cmd = [PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db]
    if single_tx:
        cmd.append("--single-transaction")
    cmd += ["-f", path] if path else ["-c", sql]
    rc, _, err = run(cmd, SQL_TIMEOUT)
    return rc == 0, first_error(err) if rc != 0 else ""


def first_error(err):
    if not err:
        return "timeout"
    for line in err.splitlines():
        for tag in ("ERROR:", "FATAL:"):
            if tag in line:
                return line[line.index(tag):][:300]
    return err.strip()[-300:]


def quote_ident(name):
    return '"' + name.replace('"', '""') + '"'


def dump(db, path):
    rc, _, err = run([PG_DUMP, "--schema-only", "--no-owner", "-d", db, "-f", path], SQL_TIMEOUT)
    if rc != 0:
        raise HarnessError(f"pg_dump {db}: {first_error(err)}")


class HarnessError(Exception):
    pass


# ---- databases -------------------------------------------------------------------------------
# CREATE DATABASE costs more than everything else a case does, so each worker keeps its two
# databases and empties them between cases; a database whose emptied dump is not exactly that of
# a fresh one (something outside the schemas was left) is dropped and created again.

RESET = """
DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' LOOP
    EXECUTE format('DROP EXTENSION %I CASCADE', r.extname);
  END LOOP;
  FOR r IN SELECT nspname FROM pg_namespace
           WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
             AND nspname NOT LIKE 'pg\\_temp\\_%' AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', r.nspname);
  END LOOP;
END $$;
CREATE SCHEMA public AUTHORIZATION pg_database_owner;
COMMENT ON SCHEMA public IS 'standard public schema';
GRANT USAGE ON SCHEMA public TO PUBLIC;
"""
_pristine = None
_pristine_lock = threading.Lock()
_worker = threading.local()
_worker_ids = iter(range(1_000_000))


def dump_text(db, path):
    dump(db, path)
    with open(path, encoding="utf-8", errors="replace") as f:
        return "".join(l for l in f if not l.startswith("\\"))


def create_db(db, tmp):
    global _pristine
    psql("postgres", f"DROP DATABASE IF EXISTS {quote_ident(db)} WITH (FORCE)")
    ok, err = psql("postgres", f"CREATE DATABASE {quote_ident(db)}")
    if not ok:
        raise HarnessError(f"CREATE DATABASE {db}: {err}")
    with _pristine_lock:
        if _pristine is None:
            _pristine = dump_text(db, os.path.join(tmp, "pristine.sql"))


def fresh_db(db, tmp):
    """db, empty: emptied when it exists and that gives a fresh database's dump, else created."""
    if db in _worker.dbs:
        ok, _ = psql(db, sql=RESET)
        if ok and dump_text(db, os.path.join(tmp, "reset.sql")) == _pristine:
            return
    create_db(db, tmp)
    _worker.dbs.add(db)



# ---- dump comparison -------------------------------------------------------------------------

TOC = re.compile(r"^-- (?:Data for )?Name: (.*?); Type: (.*?); Schema: (.*?); Owner: .*$")
CREATE_TABLE = re.compile(r"^CREATE (?:UNLOGGED |FOREIGN )?TABLE .*\($")


def dump_entries(path):
    """The dump as a Counter of (TOC header, normalised body)."""
    entries = collections.Counter()
    header, body = "", []

    def flush():
        lines = [l.rstrip() for l in body
                 if l.strip() and not l.startswith("--") and not l.startswith("SET ")
                 and not l.startswith("SELECT pg_catalog.set_config(")
                 and not l.startswith("\\")]
        if header or lines:
            entries[(header, "\n".join(table_columns_as_set(lines)))] += 1

    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            m = TOC.match(line)
            if m:
                flush()
                header, body = f"{m.group(2)} {m.group(3)}.{m.group(1)}", []
            else:
                body.append(line)
    flush()
    return entries


def table_columns_as_set(lines):
    out, i = [], 0
    while i < len(lines):
        out.append(lines[i])
        if CREATE_TABLE.match(lines[i]):
            cols, i = [], i + 1
            while i < len(lines) and not lines[i].startswith(")"):
                cols.append(lines[i].strip().rstrip(","))
                i += 1
            out += sorted(cols)
            continue
        i += 1
    return out


def compare(ref, got):
    """None when equal, else a short description of the first differences."""
    a, b = dump_entries(ref), dump_entries(got)
    missing, extra = a - b, b - a
    if not missing and not extra:
        return None
    parts = []
    extra_by_header = {h: body for h, body in extra}
    for h, body in sorted(missing):
        if h in extra_by_header:  # the same object, defined differently: the lines that differ
            want, got = body.split("\n"), extra_by_header.pop(h).split("\n")
            lines = [f"-{l.strip()}" for l in want if l not in got] + \
                    [f"+{l.strip()}" for l in got if l not in want]
            parts.append(f"{h} differs: " + " ".join(lines)[:200])
        else:
            parts.append(f"missing {h}: " + body.split("\n", 1)[0][:120])
    for h, body in sorted(extra_by_header.items()):
        parts.append(f"extra {h}: " + body.split("\n", 1)[0][:120])
    n = sum(missing.values()) + sum(extra.values())
    return f"{n} TOC entries differ: " + "; ".join(parts[:3])


# ---- one case --------------------------------------------------------------------------------

def no_transaction(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.readline().startswith("-- rollgate:no-transaction")


def error_findings(ledger):
    """Error-level findings of the (only) run in the plan's ledger: [(code, object, message)]."""
    if not os.path.exists(ledger):
        return []
    con = sqlite3.connect(f"file:{ledger}?mode=ro", uri=True)
    try:
        return con.execute("SELECT code, object, message FROM findings WHERE severity = 'error' "
                           "ORDER BY run_id, ord").fetchall()
    finally:
        con.close()


def run_case(tool, case_dir, idx, work):
    name = os.path.basename(case_dir)
    res = {"case": name, "category": name.split("__", 1)[0]}
    old, new = os.path.join(case_dir, "old.sql"), os.path.join(case_dir, "new.sql")
    if not hasattr(_worker, "dbs"):
        _worker.id, _worker.dbs = next(_worker_ids), set()
    d_new, d_work = f"rgc_{_worker.id}_new", f"rgc_{_worker.id}_work"
    tmp = os.path.join(work, f"{idx}")
    os.makedirs(tmp)
    dumps = {k: os.path.join(tmp, k + ".sql") for k in ("old", "new", "up", "down")}
    try:
        for db, path, which in ((d_new, new, "new"), (d_work, old, "old")):
            fresh_db(db, tmp)
            ok, err = psql(db, path=path)
            if not ok:
                raise HarnessError(f"{which}.sql does not load: {err}")
            dump(db, dumps[which])

        out = os.path.join(tmp, "plan")
        t0 = time.monotonic()
        rc, stdout, stderr = run([tool, "plan", old, new, "--out", out], PLAN_TIMEOUT)
        res["plan_s"] = round(time.monotonic() - t0, 3)
        res["plan_rc"] = rc
        if rc not in (0, 1):
            res["outcome"] = "crash"
            how = "timeout" if rc == "timeout" else (f"signal {-rc}" if rc < 0 else f"exit {rc}")
            res["detail"] = f"plan: {how}: {(stderr or stdout).strip()[-200:]}"
            return res
        res["errors"] = [f"{c} {o}" for c, o, _ in error_findings(os.path.join(out, "rollgate.db"))]

        ups = sorted(glob.glob(os.path.join(out, "migrations", "*.up.sql")))
        res["n_up"] = len(ups)
        detail = None
        applied = []
        for u in ups:
            ok, err = psql(d_work, path=u, single_tx=not no_transaction(u))
            if not ok:
                detail = f"up fails: {os.path.basename(u)}: {err}"
                break
            applied.append(u)
        if detail is None:
            dump(d_work, dumps["up"])
            diff = compare(dumps["new"], dumps["up"])
            if diff:
                detail = f"after the ups: {diff}"
        if detail is None:
            for u in reversed(applied):
                d = u[: -len(".up.sql")] + ".down.sql"
                if not os.path.exists(d):
                    detail = f"down missing: {os.path.basename(d)}"
                    break
                ok, err = psql(d_work, path=d, single_tx=not no_transaction(d))
                if not ok:
                    detail = f"down fails: {os.path.basename(d)}: {err}"
                    break
        if detail is None:
            dump(d_work, dumps["down"])
            diff = compare(dumps["old"], dumps["down"])
            if diff:
                detail = f"after the downs: {diff}"
        if detail is None:
            res["outcome"] = "passed"
        else:
            res["detail"] = detail
            res["outcome"] = "refused" if rc == 1 and res["errors"] else "silent"
        return res
    except HarnessError as e:
        res["outcome"] = "harness"
        res["detail"] = str(e)
        return res
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def create_roles(cases):
    names = set()
    for c in cases:
        rf = os.path.join(c, "roles.txt")
        if os.path.exists(rf):
            with open(rf, encoding="utf-8") as f:
                names.update(l.strip() for l in f if l.strip())
    for r in sorted(names):
        ident = r if r.startswith('"') else quote_ident(r)
        ok, err = psql("postgres", f"CREATE ROLE {ident}")
        if not ok and "already exists" not in err:
            raise HarnessError(f"CREATE ROLE {ident}: {err}")


# ---- the list of known failures --------------------------------------------------------------

LINE = re.compile(r"^(\S+)\s+(.+)$")


def read_known(path):
    known = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                m = LINE.match(line)
                if not m or ":" not in m.group(2):
                    sys.exit(f"{path}:{n}: expected 'case  class: reason'")
                known[m.group(1)] = m.group(2)
    return known


def auto_reason(r):
    what = {"refused": "refused", "silent": "silently wrong", "crash": "crash"}[r["outcome"]]
    return f"unreviewed: {what}: {r.get('detail', '')[:160]}"


def write_known(path, known):
    header = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            header = [l for l in f if l.startswith("#")]
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.writelines(header)
        width = max((len(c) for c in known), default=0) + 2
        for c in sorted(known):
            f.write(f"{c.ljust(width)}{known[c]}\n")
    os.replace(path + ".tmp", path)


# ---- main ------------------------------------------------------------------------------------

def main(argv):
    args = {"suite": os.path.join(HERE, "pg-schema-diff"), "case": [], "jobs": 2, "json": None,
            "known": os.path.join(HERE, "known_failures.txt"), "sample": False, "verbose": False}
    if not argv or argv[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    tool = os.path.abspath(argv[0])
    it = iter(argv[1:])
    for a in it:
        if a in ("--suite", "--jobs", "--json", "--known"):
            v = next(it, None)
            if v is None:
                print(f"conformance.py: {a} needs a value", file=sys.stderr)
                return 2
            args[a[2:]] = int(v) if a == "--jobs" else v
        elif a == "--case":
            args["case"].append(next(it, ""))
        elif a in ("--sample", "--verbose"):
            args[a[2:]] = True
        else:
            print(f"conformance.py: unknown option {a}", file=sys.stderr)
            return 2
    suite = os.path.abspath(args["suite"])
    cases = sorted(d for d in glob.glob(os.path.join(suite, "*")) if os.path.isdir(d))
    if args["sample"]:
        with open(os.path.join(HERE, "sample.txt"), encoding="utf-8") as f:
            want = {l.strip() for l in f if l.strip() and not l.startswith("#")}
        missing = want - {os.path.basename(c) for c in cases}
        if missing:
            print(f"sample.txt names cases not in the suite: {sorted(missing)}", file=sys.stderr)
            return 2
        cases = [c for c in cases if os.path.basename(c) in want]
    if args["case"]:
        cases = [c for c in cases if any(s in os.path.basename(c) for s in args["case"])]
    if not cases:
        print("conformance.py: no case selected", file=sys.stderr)
        return 2
    known = read_known(args["known"])

    t0 = time.monotonic()
    print(f"conformance: {os.path.basename(suite)}, {len(cases)} cases, {args['jobs']} at a time",
          flush=True)
    work = tempfile.mkdtemp(prefix="rg-conformance.")
    try:
        create_roles(cases)
        with concurrent.futures.ThreadPoolExecutor(max_workers=args["jobs"]) as pool:
            results = list(pool.map(lambda ic: run_case(tool, ic[1], ic[0], work), enumerate(cases)))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    if args["json"]:
        with open(args["json"], "w", encoding="utf-8") as f:
            for r in results:
                f.write(json.dumps(r, sort_keys=True) + "\n")

    outcomes = ("passed", "refused", "silent", "crash")
    per = collections.defaultdict(collections.Counter)
    for r in results:
        per[r["category"]][r["outcome"]] += 1
        per["total"][r["outcome"]] += 1
    print(f"{'category':<26}{'cases':>6}{'passed':>8}{'refused':>9}{'silent':>8}{'crash':>7}")
    for cat in sorted(per, key=lambda c: (c == "total", c)):
        c = per[cat]
        print(f"{cat:<26}{sum(c.values()):>6}" + "".join(f"{c[o]:>{w}}" for o, w in
                                                       zip(outcomes, (8, 9, 8, 7))))

    harness = [r for r in results if r["outcome"] == "harness"]
    failing = [r for r in results if r["outcome"] in ("refused", "silent", "crash")]
    regressions = [r for r in failing if r["case"] not in known]
    fixed = [r for r in results if r["outcome"] == "passed" and r["case"] in known]
    if args["verbose"]:
        for r in failing:
            print(f"  {r['outcome']:<8} {r['case']}: {r.get('detail', '')}")
    for r in harness:
        print(f"HARNESS ERROR {r['case']}: {r['detail']}")
    for r in regressions:
        print(f"REGRESSION {r['case']} ({r['outcome']}): {r.get('detail', '')}")
    for r in fixed:
        print(f"FIXED {r['case']} passes now: take it off known_failures.txt ({known[r['case']]})")

    if os.environ.get("RG_UPDATE_KNOWN_FAILURES") == "1":
        for r in results:
            if r["outcome"] == "passed":
                known.pop(r["case"], None)
            elif r["outcome"] != "harness" and r["case"] not in known:
                known[r["case"]] = auto_reason(r)
        write_known(args["known"], known)
        print(f"known_failures.txt rewritten: {len(known)} cases listed")
        regressions, fixed = [], []

    t = per["total"]
    print(f"refused {t['refused']}, silently wrong {t['silent']}, crash {t['crash']}; "
          f"{len(regressions)} regressions, {len(fixed)} listed cases passing, "
          f"{len(harness)} harness errors; {time.monotonic() - t0:.0f} s")
    print(f"{t['passed']} passed, {t['refused'] + t['silent'] + t['crash']} failed")
    return 1 if regressions or fixed or harness else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
