/*
 * plan.c — `rollgate plan OLD NEW [--app NAME=PATH]... [options]`: loads
 * both schemas, diffs them, builds the expand–contract plan with the lock
 * model, checks it against the interpreter (ups give NEW, downs give OLD
 * back) and writes the migrations and CSV files into --out. Exit 0 when
 * done without error-level findings, 1 with one, 2 on bad input (nothing
 * written), 3 on an internal error.
 */
#include "cli.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "rollgate/diff.h"
#include "rollgate/lockmodel.h"
#include "rollgate/plan.h"
#include "rollgate/simulate.h"

static const char USAGE[] =
    "usage: rollgate plan OLD NEW [--app NAME=PATH]... [options]\n"
    "\n"
    "Plans the change from schema OLD to schema NEW as expand-contract stages\n"
    "around the deploy and writes the migrations (up and down) and CSV files.\n"
    "  --app NAME=PATH                  an app version's queries, in release order\n"
    "                                   (default: two apps named old and new)\n"
    "  --rename [SCHEMA.]TABLE.OLD=NEW  column rename hint\n"
    "  --rename-table [SCHEMA.]OLD=NEW  table rename hint\n"
    "  --backfill [SCHEMA.]TABLE.COLUMN=SQL  value of a new NOT NULL column for\n"
    "                                   existing rows and old-version inserts\n"
    "  --pg-version N                   target server major version, 11-17 (15)\n"
    "  --lock-timeout DURATION          SET lock_timeout of every transactional file (5s)\n"
    "  --batch-size N                   rows per backfill batch (1000)\n"
    "  --out DIR                        output folder (reports/<timestamp>)\n"
    "  --models DIR                     lock model override (DIR/pg/locks.csv, ...)\n"
    "  --ledger FILE                    SQLite ledger to append the run to (DIR/rollgate.db)\n"
    "  --junit FILE                     also write JUnit XML (a test case per stage, app, query)\n"
    "  --sarif FILE                     also write SARIF 2.1.0 (findings at file:line)\n"
    "  --format text|json               the closing summary on standard output (text)\n"
    "  --verbose, -v                    also print notes\n"
    "  --verify [--pg-url URL|--pg-bin DIR] [--seed FILE]  also replay the plan on a real\n"
    "                                   PostgreSQL (see 'rollgate verify --help')\n";

#define MAX_HINTS 256

typedef struct plan_args {
    const char *paths[2];
    int npaths;
    const char *apps[MAX_HINTS];
    const char *app_paths[MAX_HINTS]; /* sim: where each app's queries are */
    size_t napps;
    rg_rename_hint renames[MAX_HINTS];
    size_t nrenames;
    rg_rename_hint table_renames[MAX_HINTS];
    size_t ntable_renames;
    rg_backfill_hint backfills[MAX_HINTS];
    size_t nbackfills;
    int pg_version;
    const char *lock_timeout;
    long batch_size;
    const char *out, *models;
    bool verbose;
    char *owned[4 * MAX_HINTS]; /* strings split off argv */
    size_t nowned;
} plan_args;

static char *own(plan_args *a, const char *s, size_t n)
{
    char *r = rg_xmalloc(n + 1);
    memcpy(r, s, n);
    r[n] = 0;
    a->owned[a->nowned++] = r;
    return r;
}

/* Splits "a.b.c" into at most max dotted parts (no empty part). */
static int split_dots(plan_args *a, const char *s, size_t n, const char **parts, int max)
{
    int k = 0;
    const char *p = s, *end = s + n;
    while (p <= end) {
        const char *dot = memchr(p, '.', (size_t)(end - p));
        const char *stop = dot ? dot : end;
        if (stop == p || k == max) return -1;
        parts[k++] = own(a, p, (size_t)(stop - p));
        if (!dot) break;
        p = dot + 1;
    }
    return k;
}

static int bad(const char *fmt, const char *v)
{
    return rg_cli_usage_error("plan", fmt, v);
}

static int take_rename(plan_args *a, const char *v)
{
    const char *eq = strchr(v, '=');
    const char *parts[3];
    int k = eq ? split_dots(a, v, (size_t)(eq - v), parts, 3) : -1;
    if (k < 2 || !eq[1] || strchr(eq + 1, '.') || a->nrenames == MAX_HINTS)
        return bad("bad --rename '%s' (want [SCHEMA.]TABLE.OLD=NEW)", v);
    rg_rename_hint *h = &a->renames[a->nrenames++];
    h->schema = k == 3 ? parts[0] : "public";
    h->table = parts[k - 2];
    h->from = parts[k - 1];
    h->to = own(a, eq + 1, strlen(eq + 1));
    return -1;
}

static int take_rename_table(plan_args *a, const char *v)
{
    const char *eq = strchr(v, '=');
    const char *parts[2];
    int k = eq ? split_dots(a, v, (size_t)(eq - v), parts, 2) : -1;
    if (k < 1 || !eq[1] || strchr(eq + 1, '.') || a->ntable_renames == MAX_HINTS)
        return bad("bad --rename-table '%s' (want [SCHEMA.]OLD=NEW)", v);
    rg_rename_hint *h = &a->table_renames[a->ntable_renames++];
    h->schema = k == 2 ? parts[0] : "public";
    h->from = parts[k - 1];
    h->to = own(a, eq + 1, strlen(eq + 1));
    return -1;
}

static int take_backfill(plan_args *a, const char *v)
{
    const char *eq = strchr(v, '=');
    const char *parts[3];
    int k = eq ? split_dots(a, v, (size_t)(eq - v), parts, 3) : -1;
    const char *sql = eq ? eq + 1 : "";
    while (isspace((unsigned char)*sql)) sql++;
    if (k < 2 || !*sql || a->nbackfills == MAX_HINTS)
        return bad("bad --backfill '%s' (want [SCHEMA.]TABLE.COLUMN=SQL)", v);
    rg_backfill_hint *h = &a->backfills[a->nbackfills++];
    h->schema = k == 3 ? parts[0] : "public";
    h->table = parts[k - 2];
    h->column = parts[k - 1];
    h->sql = sql;
    return -1;
}

static int take_app(plan_args *a, const char *v)
{
    const char *eq = strchr(v, '=');
    if (!eq || eq == v || !eq[1] || a->napps == MAX_HINTS)
        return bad("bad --app '%s' (want NAME=PATH)", v);
    for (const char *p = v; p < eq; p++)
        if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-' && *p != '.')
            return bad("bad --app '%s': NAME may hold letters, digits, '_', '-' and '.'", v);
    struct stat st;
    if (stat(eq + 1, &st) != 0) return bad("--app: cannot read '%s'", eq + 1);
    const char *name = own(a, v, (size_t)(eq - v));
    for (size_t i = 0; i < a->napps; i++)
        if (strcmp(a->apps[i], name) == 0) return bad("--app: '%s' named twice", name);
    a->app_paths[a->napps] = eq + 1;
    a->apps[a->napps++] = name;
    return -1;
}

static bool parse_long(const char *s, long lo, long hi, long *out)
{
    char *end;
    if (!*s || !isdigit((unsigned char)*s)) return false;
    long v = strtol(s, &end, 10);
    if (*end || v < lo || v > hi) return false;
    *out = v;
    return true;
}

/* PostgreSQL's time units for lock_timeout; the value goes inside quotes,
 * so only these characters are allowed. */
static bool good_duration(const char *s)
{
    static const char *const UNITS[] = {"", "us", "ms", "s", "min", "h", "d", NULL};
    size_t n = 0;
    while (isdigit((unsigned char)s[n])) n++;
    if (n == 0 || n > 9) return false;
    for (int i = 0; UNITS[i]; i++)
        if (strcmp(s + n, UNITS[i]) == 0) return true;
    return false;
}

static int take_valued(plan_args *a, int argc, char **argv, int *i, bool *matched)
{
    static const char *const NAMES[] = {"--app", "--rename", "--rename-table", "--backfill", "--pg-version",
                                        "--lock-timeout", "--batch-size", "--out", "--models", "--ledger",
                                        "--junit", "--sarif", "--format", NULL};
    *matched = false;
    for (int k = 0; NAMES[k]; k++) {
        const char *v = NULL;
        int m = rg_cli_opt_value(argc, argv, i, NAMES[k], &v);
        if (m == 0) continue;
        *matched = true;
        if (m < 0) return bad("%s needs a value", NAMES[k]);
        long n;
        switch (k) {
        case 0: return take_app(a, v);
        case 1: return take_rename(a, v);
        case 2: return take_rename_table(a, v);
        case 3: return take_backfill(a, v);
        case 4:
            if (!parse_long(v, 11, 17, &n)) return bad("bad --pg-version '%s' (11 to 17)", v);
            a->pg_version = (int)n;
            return -1;
        case 5:
            if (!good_duration(v)) return bad("bad --lock-timeout '%s' (e.g. 5s, 500ms, 1min)", v);
            a->lock_timeout = v;
            return -1;
        case 6:
            if (!parse_long(v, 1, 100000000, &n)) return bad("bad --batch-size '%s' (1 to 100000000)", v);
            a->batch_size = n;
            return -1;
        case 7:
            if (!*v) return bad("--out needs a folder%s", "");
            a->out = v;
            return -1;
        case 8: a->models = v; return -1;
        default: return rg_cli_evidence_opt(NAMES[k], v); /* --ledger, --junit, --sarif, --format */
        }
    }
    return -1;
}

/* Returns -1 when parsed (go on), else an exit code to return now. */
static int parse_args(plan_args *a, int argc, char **argv)
{
    bool only_paths = false;
    a->pg_version = 15;
    a->lock_timeout = "5s";
    a->batch_size = 1000;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (only_paths || arg[0] != '-' || strcmp(arg, "-") == 0) {
            if (a->npaths == 2) return bad("unexpected argument '%s'", arg);
            a->paths[a->npaths++] = arg;
            continue;
        }
        if (strcmp(arg, "--") == 0) { only_paths = true; continue; }
        if (strcmp(arg, "--verbose") == 0 || strcmp(arg, "-v") == 0) { a->verbose = true; continue; }
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            fputs(USAGE, stdout);
            return RG_EXIT_OK;
        }
        bool matched;
        int code = take_valued(a, argc, argv, &i, &matched);
        if (code >= 0) return code;
        if (!matched) return bad("unknown option '%s'", arg);
    }
    if (a->npaths < 2) return bad("missing %s", a->npaths ? "NEW" : "OLD and NEW");
    if (a->napps == 1) return bad("--app: give at least two versions (the running one and the next)%s", "");
    if (a->napps == 0) {
        a->apps[0] = "old";
        a->apps[1] = "new";
        a->napps = 2;
    }
    return -1;
}

static void default_out(char *buf, size_t n)
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(buf, n, "reports/%Y%m%dT%H%M%SZ", &tm);
}

static void print_summary(const rg_plan *p, const rg_diff *d, const char *out, rg_buf *b)
{
    size_t errors = 0;
    for (size_t i = 0; i < p->nfindings; i++) errors += p->findings[i].sev == RG_SEV_ERROR;
    rg_buf_printf(b, "rollgate plan: %zu changes, %zu stages, %zu files, %zu steps -> %s\n", d->n, p->nstages,
                  2 * p->nfiles, p->nsteps, out);
    for (size_t i = 0; i < p->nstages; i++) {
        const rg_plan_stage *s = &p->stages[i];
        rg_buf_printf(b, "  stage %d %s (%s; apps %s)\n", s->index, s->name,
                      s->kind == RG_STAGE_BASELINE ? "baseline" : s->kind == RG_STAGE_DEPLOY ? "deploy" : "migration",
                      s->apps);
        for (size_t j = 0; j < s->nfiles; j++)
            rg_buf_printf(b, "    migrations/%s.up.sql%s (%zu steps)\n", s->files[j]->name,
                          s->files[j]->no_transaction ? " [no-transaction]" : "", s->files[j]->nsteps);
    }
    if (p->nfindings) rg_buf_printf(b, "findings (%zu errors):\n", errors);
    for (size_t i = 0; i < p->nfindings; i++) {
        const rg_plan_finding *f = &p->findings[i];
        rg_buf_printf(b, "  %s %s: %s\n", f->sev == RG_SEV_ERROR ? "error" : f->sev == RG_SEV_WARNING ? "warning" : "note",
                      f->code, f->msg);
    }
}

/* A cause reads "stage N (NAME): after migrations/F statement S (step K:
 * OP OBJECT) breaks APP query Q: DETAIL". */
static bool parse_cause(const char *c, int *step, const char **app, size_t *napp, const char **query)
{
    const char *st = strstr(c, "(step ");
    const char *br = strstr(c, ") breaks ");
    if (!st || !br || sscanf(st, "(step %d:", step) != 1) return false;
    *app = br + strlen(") breaks ");
    const char *q = strstr(*app, " query ");
    if (!q) return false;
    *napp = (size_t)(q - *app);
    *query = q + strlen(" query ");
    return true;
}

/* One round: defers every step that breaks a query of an app that is not
 * live after the last deploy; records "STEP_SQL\tQUERY" lines in `log`
 * (one per moved step). Returns whether anything moved. */
static bool defer_breaking(rg_plan *p, const rg_sim *sim, const plan_args *a, rg_buf *log)
{
    const char *last = a->apps[a->napps - 1];
    int *want = rg_xcalloc(p->nsteps + 1, sizeof *want);
    const char **why = rg_xcalloc(p->nsteps + 1, sizeof *why);
    bool any = false;
    for (size_t i = 0; i < sim->ncauses; i++) {
        int step;
        const char *app, *query;
        size_t napp;
        if (!parse_cause(sim->causes[i], &step, &app, &napp, &query)) continue;
        if (napp == strlen(last) && strncmp(app, last, napp) == 0) continue; /* the new app: no fix */
        if (!rg_plan_step_deferrable(p, step) || want[step]) continue;
        want[step] = 1;
        why[step] = sim->causes[i];
    }
    /* Steps by identity: numbers change with each move. */
    rg_plan_step **move = rg_xcalloc(p->nsteps + 1, sizeof *move);
    const char **mwhy = rg_xcalloc(p->nsteps + 1, sizeof *mwhy);
    size_t nmove = 0;
    for (size_t k = 1; k <= p->nsteps; k++)
        if (want[k]) {
            mwhy[nmove] = why[k];
            move[nmove++] = p->steps[k - 1];
        }
    for (size_t i = 0; i < nmove; i++) {
        int num = move[i]->number;
        const char *cause = mwhy[i];
        const char *app, *query;
        size_t napp;
        int step;
        if (!rg_plan_step_deferrable(p, num) || !parse_cause(cause, &step, &app, &napp, &query)) continue;
        const char *colon = strstr(query, ": ");
        rg_buf_printf(log, "%s\t%s\t%.*s\t%.*s\n", move[i]->object ? move[i]->object : "", move[i]->sql, (int)napp,
                      app, colon ? (int)(colon - query) : (int)strlen(query), query);
        if (rg_plan_defer_step(p, num) == RG_OK) any = true;
    }
    free(move);
    free(mwhy);
    free(want);
    free(why);
    return any;
}

static void add_deferred_findings(rg_plan *p, const rg_buf *log)
{
    const char *s = log->len ? log->s : "";
    while (*s) {
        const char *end = strchr(s, '\n');
        size_t n = end ? (size_t)(end - s) : strlen(s);
        const char *f[4] = {0};
        size_t fl[4] = {0};
        const char *c = s;
        for (int k = 0; k < 4; k++) {
            const char *t = memchr(c, '\t', (size_t)(s + n - c));
            f[k] = c;
            fl[k] = t && k < 3 ? (size_t)(t - c) : (size_t)(s + n - c);
            c = t && k < 3 ? t + 1 : s + n;
        }
        /* the step's number after all moves */
        int number = 0;
        for (size_t i = 0; i < p->nsteps && !number; i++)
            if (strlen(p->steps[i]->sql) == fl[1] && strncmp(p->steps[i]->sql, f[1], fl[1]) == 0)
                number = p->steps[i]->number;
        char *obj = rg_xcalloc(1, fl[0] + 1);
        memcpy(obj, f[0], fl[0]);
        const char *nl = memchr(f[1], '\n', fl[1]);
        int sqln = (int)(nl ? (size_t)(nl - f[1]) : fl[1]);
        rg_plan_add_finding(p, RG_SEV_WARNING, "step_deferred", fl[0] ? obj : NULL,
                            "step %d (%.*s%s) moved to contract: before the deploy it would break %.*s query %.*s",
                            number, sqln, f[1], nl ? " ..." : "", (int)fl[2], f[2], (int)fl[3], f[3]);
        free(obj);
        s += n + (end ? 1 : 0);
    }
}

static int run(plan_args *a)
{
    rg_cli_inputs in;
    int code = rg_cli_load(&in, a->paths, 2, a->verbose);
    /* sim: the apps' queries, loaded before anything is written */
    rg_arena *app_arena = rg_arena_new();
    rg_app *apps = NULL;
    rg_sim *sim = NULL;
    if (code == RG_EXIT_OK && a->app_paths[0])
        code = rg_cli_load_apps(in.parser, app_arena, a->apps, a->app_paths, a->napps, &apps);
    rg_diff *d = NULL;
    rg_lockmodel *model = NULL;
    rg_plan *p = NULL;
    rg_diags diags = {0};
    char outbuf[64], *err = NULL;
    if (code != RG_EXIT_OK) goto done;
    int rc = a->models ? rg_lockmodel_load_dir(&model, a->models, &diags) : rg_lockmodel_load(&model, &diags);
    rg_diags_print(&diags, stderr, RG_SEV_WARNING);
    if (rc != RG_OK) {
        code = rg_cli_exit_for(rc == RG_EINTERNAL ? rc : RG_EINPUT);
        goto done;
    }
    if (rg_diff_catalogs(&d, in.cats[0], in.cats[1]) != RG_OK) {
        fputs("rollgate plan: internal error while diffing\n", stderr);
        code = RG_EXIT_INTERNAL;
        goto done;
    }
    rg_plan_opts o = {.apps = a->apps, .napps = a->napps, .renames = a->renames, .nrenames = a->nrenames,
                      .table_renames = a->table_renames, .ntable_renames = a->ntable_renames,
                      .backfills = a->backfills, .nbackfills = a->nbackfills, .pg_version = a->pg_version,
                      .lock_timeout = a->lock_timeout, .batch_size = a->batch_size,
                      .strict_catalog = rg_sim_strict_catalog};
    const char *msg = NULL;
    rc = rg_plan_build(&p, &msg, in.cats[0], in.cats[1], d, model, &o);
    if (rc != RG_OK) {
        code = rc == RG_EUSAGE ? rg_cli_usage_error("plan", "%s", msg ? msg : "bad hint") : RG_EXIT_INTERNAL;
        goto done;
    }
    size_t nbase = p->nfindings;
    rg_plan_verify(p);
    /* sim: every live query at every stage; a step that does not replay is a finding */
    int src = apps ? rg_simulate_plan(&sim, p, apps, a->napps) : RG_OK;
    /* planner feedback: steps that break an app still live are deferred */
    rg_buf deferred = {0};
    for (int round = 0; round < 5 && src == RG_OK && sim && defer_breaking(p, sim, a, &deferred); round++) {
        p->nfindings = nbase; /* the checks run again on the new plan */
        rg_plan_verify(p);
        rg_sim_free(sim);
        sim = NULL;
        src = rg_simulate_plan(&sim, p, apps, a->napps);
    }
    add_deferred_findings(p, &deferred);
    rg_buf_free(&deferred);
    if (src != RG_OK)
        rg_plan_add_finding(p, RG_SEV_ERROR, "internal_simulate_error", NULL, "the simulator could not replay the plan");
    const char *out = a->out;
    if (!out) {
        default_out(outbuf, sizeof outbuf);
        out = outbuf;
    }
    if (rg_emit_plan(p, d, out, &err) != RG_OK || (sim && rg_emit_compat_csv(sim, out, &err) != RG_OK)) {
        fprintf(stderr, "rollgate plan: %s\n", err ? err : "cannot write the plan");
        code = RG_EXIT_INPUT;
        goto done;
    }
    rg_buf sum = {0};
    print_summary(p, d, out, &sum);
    code = rg_cli_summary_json() ? RG_EXIT_OK : rg_cli_write_stdout(&sum);
    rg_buf_free(&sum);
    for (size_t i = 0; code == RG_EXIT_OK && i < p->nfindings; i++)
        if (p->findings[i].sev == RG_SEV_ERROR) code = RG_EXIT_FOUND;
    if (code == RG_EXIT_OK && sim && sim->nerrors) code = RG_EXIT_FOUND; /* sim: an incompatible live query */
    code = rg_cli_plan_evidence(p, d, sim, apps, sim ? a->napps : 0, a->paths, out, code);
done:
    free(err);
    rg_plan_free(p);
    rg_lockmodel_free(model);
    rg_diff_free(d);
    rg_diags_free(&diags);
    rg_sim_free(sim);
    rg_arena_free(app_arena);
    rg_cli_inputs_free(&in);
    return code;
}

int rg_cli_verify(int argc, char **argv); /* verify.c: takes the same options */

int rg_cli_plan(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) /* --verify: plan, then replay it on PostgreSQL */
        if (strcmp(argv[i], "--verify") == 0) return rg_cli_verify(argc, argv);
    plan_args *a = rg_xcalloc(1, sizeof *a);
    int code = parse_args(a, argc, argv);
    if (code < 0) code = run(a);
    for (size_t i = 0; i < a->nowned; i++) free(a->owned[i]);
    free(a);
    return code;
}
