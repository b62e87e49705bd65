#!/usr/bin/env python3
"""test_review_squawk.py ROLLGATE ROOT SQUAWK — `rollgate review` side by
side with squawk on the same migration files (tests/review/cases/*/inputs).

For every squawk finding whose rule squawk_rules.csv says rollgate covers
(yes / better / partly), rollgate must have a finding of a mapped code on
the statement squawk points into, unless squawk_differences.txt lists that
place with the reason rollgate judges it otherwise (each listed difference
must still hold). Rules rollgate does not cover are listed, not judged.
Squawk's JSON lines are 0-based; rollgate's, like editors', 1-based.
One line per check, then "N passed, N failed"; exit 1 on a failure.
"""
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

RG, ROOT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
# a path is made absolute (squawk runs in each case folder); a bare name is looked up on PATH
SQUAWK = os.path.abspath(sys.argv[3]) if os.sep in sys.argv[3] else sys.argv[3]
HERE = os.path.join(ROOT, "tests", "review")
passed = failed = 0


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


def main():
    rules = {}
    with open(os.path.join(HERE, "squawk_rules.csv"), newline="") as f:
        for r in csv.DictReader(f):
            rules[r["squawk_rule"]] = r
    diffs = {}
    with open(os.path.join(HERE, "squawk_differences.txt")) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                case, rule, place, why = line.rstrip("\n").split("\t")
                diffs[(case, rule, place)] = why
    seen_diffs = set()
    work = tempfile.mkdtemp(prefix="rg-review-squawk.")
    cases = os.path.join(HERE, "cases")
    for case in sorted(os.listdir(cases)):
        d = os.path.join(cases, case, "inputs")
        files = sorted("mig/" + f for f in os.listdir(os.path.join(d, "mig")))
        if os.path.isdir(os.path.join(d, "post")):
            files += sorted("post/" + f for f in os.listdir(os.path.join(d, "post")))
        sq = subprocess.run([SQUAWK, "--reporter", "json"] + files, cwd=d, capture_output=True, text=True)
        try:
            found = json.loads(sq.stdout or "[]")
        except ValueError:
            bad("%s: squawk output is not JSON" % case, sq.stdout + sq.stderr)
            continue
        args = []
        for a in sorted(os.listdir(os.path.join(d, "apps")), key=lambda s: int(s.split("-")[0])):
            args += ["--app", "%s=apps/%s" % (a[:-4].split("-", 1)[1], a)]
        if os.path.exists(os.path.join(d, "args")):
            args += open(os.path.join(d, "args")).read().split()
        out = os.path.join(work, case)
        rg = subprocess.run([RG, "review", "base.sql", "mig"] + args + ["--out", out], cwd=d,
                            capture_output=True, text=True)
        mine = {}  # (file, line) -> set of codes
        for line in rg.stdout.splitlines():
            m = re.match(r"^(\S+):(\d+): (?:error|warning|note) ([a-z_]+):", line)
            if m:
                mine.setdefault((m.group(1), int(m.group(2))), set()).add(m.group(3))
        # statement start lines per file, from the statements steps.csv lists
        starts = {}
        with open(os.path.join(out, "steps.csv"), newline="") as f:
            cursor = {}
            for s in csv.DictReader(f):
                text = open(os.path.join(d, s["file"])).read()
                at = text.find(s["statement"], cursor.get(s["file"], 0))
                if at >= 0:
                    cursor[s["file"]] = at + len(s["statement"])
                    starts.setdefault(s["file"], []).append(text.count("\n", 0, at) + 1)
        for x in found:
            rule, path, line = x["rule_name"], x["file"], x["line"] + 1
            r = rules.get(rule)
            place = "%s:%d" % (path, line)
            if not r:
                bad("%s: squawk rule %s at %s is not in squawk_rules.csv" % (case, rule, place))
                continue
            if r["coverage"] == "no":
                print("----  %s: %s at %s: not covered by rollgate (%s)" % (case, rule, place, r["note"]))
                continue
            stmt = max([l for l in starts.get(path, []) if l <= line] or [0])
            codes = mine.get((path, stmt), set())
            want = set(c for c in r["rollgate_codes"].split(";") if c)
            why = diffs.get((case, rule, place))
            if why is not None:
                seen_diffs.add((case, rule, place))
                if codes & want:
                    bad("%s: %s at %s is listed as a difference but rollgate agrees (%s)" % (case, rule, place,
                                                                                          ", ".join(codes & want)))
                else:
                    ok("%s: %s at %s: rollgate differs on purpose: %s" % (case, rule, place, why))
            elif codes & want:
                ok("%s: %s at %s: rollgate %s at line %d" % (case, rule, place, ", ".join(sorted(codes & want)), stmt))
            else:
                bad("%s: %s at %s: rollgate has none of %s on that statement (line %d: %s)" % (
                    case, rule, place, r["rollgate_codes"], stmt, ", ".join(sorted(codes)) or "nothing"))
        for (p, l), codes in sorted(mine.items()):
            if "breaks_live_app" in codes:
                print("----  %s: rollgate only: breaks_live_app at %s:%d (squawk does not see the apps)" % (case, p, l))
    for k in sorted(set(diffs) - seen_diffs):
        bad("%s: %s at %s is listed in squawk_differences.txt but squawk no longer reports it" % k)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
