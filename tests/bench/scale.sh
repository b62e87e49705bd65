#!/usr/bin/env bash
# scale.sh — how `rollgate plan` and `rollgate diff` grow with the schema
# (not a test: it prints figures). For T = 500, 1000, 2000, ... up to --max
# tables it generates the pair of tests/bench/gen_pair.py (T tables, 2.5·T
# queries per application version, its rename and drop hints) and prints:
#
#   tables, input MB (both schemas and both query sets), CPU seconds of
#   plan, of diff and of the floor (libpg_query protobuf parse + unpack of
#   the same four files, one thread: bench_diff --floor), plan/floor, the
#   doubling factor of plan (its time at T over its time at T/2), peak RSS
#   of plan, diff and the floor, plan's peak RSS per input MB, and plan's
#   CPU time per stage (RG_TIMING=1); then `diff` beside apgdiff when
#   apgdiff is installed (it says so when it is not).
#
#   tests/bench/scale.sh BUILD_DIR [--max N] [--runs N] [--keep DIR]
#
# CPU time (user + system of the process and its threads) stays comparable
# on a shared machine; wall time shows what the second core gives (plan runs
# stages side by side, the floor is one thread), so both are printed. Each
# figure is the lowest of --runs rounds (default 3); a round runs plan, diff,
# the floor and apgdiff once on every size, so noise on a shared machine
# does not fall on all the runs of one size. Peak RSS is the child's
# ru_maxrss.
# Targets (issue: speed): each doubling costs <= 2.2x in time and in peak
# RSS, and plan's peak RSS <= 2x the floor's.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 1 ]; then
    echo "usage: scale.sh BUILD_DIR [--max N] [--runs N] [--keep DIR]" >&2
    exit 2
fi
BUILD=$(cd "$1" && pwd)
shift
MAX=16000 RUNS=3 KEEP=
while [ $# -gt 0 ]; do
    case "$1" in
    --max) MAX=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --keep) KEEP=$2; shift 2 ;;
    *) echo "scale.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
RG=$BUILD/rollgate
FLOOR=
for c in "$BUILD/tests/bench_diff" "$BUILD/bench_diff"; do
    [ -x "$c" ] && { FLOOR=$c; break; }
done
[ -z "$FLOOR" ] && FLOOR=$(find "$BUILD" -name bench_diff -type f -perm -u+x 2>/dev/null | head -n1)
if [ ! -x "$RG" ] || [ -z "$FLOOR" ]; then
    echo "scale.sh: $BUILD needs rollgate and bench_diff built (./build.sh bench builds both)" >&2
    exit 2
fi
WORK=${KEEP:-$(mktemp -d)}
mkdir -p "$WORK"
[ -z "$KEEP" ] && trap 'rm -rf "$WORK"' EXIT

exec python3 - "$RG" "$FLOOR" "$HERE/gen_pair.py" "$WORK" "$MAX" "$RUNS" <<'PY'
import os, re, shutil, subprocess, sys, time

rg, floor, gen, work, maxt, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])

def measure(argv, env=None, out=None):
    """CPU seconds, peak RSS (MiB), stderr, exit code and wall seconds of one run."""
    with open(os.devnull, "wb") as devnull:
        t0 = time.monotonic()
        p = subprocess.Popen(argv, stdout=devnull, stderr=subprocess.PIPE, env=env)
        err = p.stderr.read().decode(errors="replace")
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - t0
    return ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0, err, p.returncode, wall

class Best:
    """Lowest CPU, wall and peak RSS seen for one command (and the stderr of
    its lowest-CPU run)."""
    def __init__(self):
        self.cpu = self.rss = self.wall = None
        self.err = ""

    def add(self, argv, env=None, ok=(0, 1)):
        c, r, e, rc, w = measure(argv, env)
        if rc not in ok:
            sys.exit("scale.sh: %s exited %d:\n%s" % (" ".join(argv[:2]), rc, e[-2000:]))
        if self.cpu is None or c < self.cpu:
            self.cpu, self.err = c, e
        self.rss = r if self.rss is None else min(self.rss, r)
        self.wall = w if self.wall is None else min(self.wall, w)

sizes = [t for t in (500, 1000, 2000, 4000, 8000, 16000, 32000) if t <= maxt]
apg = shutil.which("apgdiff")
pairs = []
for t in sizes:
    d = os.path.join(work, "t%d" % t)
    if not os.path.exists(os.path.join(d, "app_v2.sql")):
        subprocess.run(["python3", gen, "--out", d, "--tables", str(t)], check=True, stdout=subprocess.DEVNULL)
    files = [os.path.join(d, f) for f in ("old.sql", "new.sql", "app_v1.sql", "app_v2.sql")]
    pairs.append(dict(t=t, d=d, files=files, mb=sum(os.path.getsize(f) for f in files) / 1e6,
                      hints=open(os.path.join(d, "hints.txt")).read().split(),
                      plan=Best(), diff=Best(), floor=Best(), apg=Best()))

# Rounds: every size and every tool once per round, so a stretch of noise on
# a shared machine falls on one round of all sizes rather than on every run
# of one size, and the lowest of the rounds stays comparable across sizes.
# A fresh --out and ledger each plan run, the same work every time: a new
# folder, not one emptied just before, because ext4 makes creating files
# right after deleting as many slow (its allocator skips recently freed
# inodes: perf put 17% of plan's CPU time there at 2,000 tables). A user's
# CI writes into a fresh checkout; the folders go with WORK at the end.
env = dict(os.environ, RG_TIMING="1")
for k in range(runs):
    for p in pairs:
        f = p["files"]
        out = os.path.join(p["d"], "out.%d.%d" % (os.getpid(), k))
        ledger = os.path.join(p["d"], "ledger.%d.%d.db" % (os.getpid(), k))
        shutil.rmtree(out, ignore_errors=True)
        p["plan"].add([rg, "plan", f[0], f[1], "--app", "v1=" + f[2], "--app", "v2=" + f[3], *p["hints"],
                       "--out", out, "--ledger", ledger], env)
        p["diff"].add([rg, "diff", f[0], f[1]])
        p["floor"].add([floor, "--floor", *f], ok=(0,))
        if apg:
            p["apg"].add([apg, f[0], f[1]], ok=(0, 1))

rows, stages_seen = [], []
for p in pairs:
    stages = {}
    for m in re.finditer(r"rollgate plan: timing (\S+) wall_ms=[0-9.]+ cpu_ms=([0-9.]+)", p["plan"].err):
        stages[m.group(1)] = float(m.group(2)) / 1e3
        if m.group(1) not in stages_seen:
            stages_seen.append(m.group(1))
    pl, di, fl = p["plan"], p["diff"], p["floor"]
    rows.append(dict(t=p["t"], mb=p["mb"], pc=pl.cpu, dc=di.cpu, fc=fl.cpu, pr=pl.rss, dr=di.rss, fr=fl.rss,
                     pw=pl.wall, dw=di.wall, fw=fl.wall, stages=stages, apg=p["apg"]))

print("rollgate plan / diff against the floor, gen_pair.py pairs (2.5 queries per table per version);")
print("CPU seconds (lowest of %d runs), peak RSS in MiB" % runs)
print("%7s %8s %7s %7s %7s %6s %6s %8s %7s %7s %8s" % ("tables", "input_MB", "plan_s", "diff_s", "floor_s",
      "p/fl", "x2", "plan_MiB", "diff_MB", "flr_MB", "MiB/inMB"))
prev = None
for r in rows:
    dbl = "%.2f" % (r["pc"] / prev["pc"]) if prev and prev["t"] * 2 == r["t"] else "-"
    print("%7d %8.1f %7.2f %7.2f %7.2f %6.2f %6s %8.0f %7.0f %7.0f %8.1f" % (
        r["t"], r["mb"], r["pc"], r["dc"], r["fc"], r["pc"] / r["fc"], dbl, r["pr"], r["dr"], r["fr"],
        r["pr"] / r["mb"]))
    prev = r
print()
print("wall seconds (lowest of %d runs): plan uses both cores, the floor one" % runs)
print("%7s %7s %7s %7s %6s %6s" % ("tables", "plan_s", "diff_s", "floor_s", "p/fl", "x2"))
prev = None
for r in rows:
    dbl = "%.2f" % (r["pw"] / prev["pw"]) if prev and prev["t"] * 2 == r["t"] else "-"
    print("%7d %7.2f %7.2f %7.2f %6.2f %6s" % (r["t"], r["pw"], r["dw"], r["fw"], r["pw"] / r["fw"], dbl))
    prev = r
print()
print("peak RSS doubling factor (plan) and plan RSS / floor RSS:")
prev = None
for r in rows:
    dbl = "%.2f" % (r["pr"] / prev["pr"]) if prev and prev["t"] * 2 == r["t"] else "-"
    print("  %6d tables: x2 %5s   plan/floor RSS %.2f" % (r["t"], dbl, r["pr"] / r["fr"]))
    prev = r
print()
if stages_seen:
    print("plan CPU seconds per stage (RG_TIMING=1):")
    print("%7s " % "tables" + " ".join("%18s" % s for s in stages_seen))
    for r in rows:
        print("%7d " % r["t"] + " ".join("%18.2f" % r["stages"].get(s, 0.0) for s in stages_seen))
    print()
if not apg:
    print("apgdiff: not installed (apt-get install apgdiff), so no comparison")
else:
    print("diff beside apgdiff (the same old.sql/new.sql, in the same rounds; CPU and wall seconds):")
    for r in rows:
        a = r["apg"]
        print("  %6d tables: rollgate diff %6.2f s CPU %6.2f s wall, apgdiff %6.2f s CPU %6.2f s wall"
              " (%.1fx CPU, %.1fx wall)" % (r["t"], r["dc"], r["dw"], a.cpu, a.wall, a.cpu / r["dc"], a.wall / r["dw"]))
PY
