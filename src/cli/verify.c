/*
 * verify.c — `rollgate verify OLD NEW [plan options] [server options]`:
 * builds the plan exactly as `plan` does (and writes the same files into
 * --out), simulates it, then replays it on a real PostgreSQL (librollgate's
 * verify module) and writes verification.csv and verification_steps.csv
 * next to the plan. Exit 0 when the server agrees with every prediction
 * and the plan is clean, 1 on any disagreement or error-level finding,
 * 2 on bad input or when no server can be used, 3 on an internal error.
 */
#include "cli.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "rollgate/diff.h"
#include "rollgate/ledger.h"
#include "rollgate/lockmodel.h"
#include "rollgate/plan.h"
#include "rollgate/report.h"
#include "rollgate/simulate.h"
#include "rollgate/verify.h"

static const char USAGE[] =
    "usage: rollgate verify OLD NEW [--app NAME=PATH]... [plan options] [server options]\n"
    "       rollgate plan OLD NEW ... --verify [server options]   (the same)\n"
    "\n"
    "Builds the plan like 'rollgate plan', then replays it on a real PostgreSQL:\n"
    "loads OLD and a few rows, applies every stage, measures each step's locks,\n"
    "rewrites and duration, prepares every live query after every stage, checks\n"
    "that the result equals NEW and that the downs give OLD back. Every\n"
    "disagreement with rollgate's prediction is an error (exit 1).\n"
    "plan options: --app, --rename, --rename-table, --backfill, --pg-version,\n"
    "  --lock-timeout, --batch-size, --models DIR, --out DIR (see 'rollgate plan --help')\n"
    "server options:\n"
    "  --pg-url URL     an existing server: scratch databases rollgate_verify_* are\n"
    "                   created and dropped there; refused when URL's database holds\n"
    "                   tables, unless --force\n"
    "  --pg-bin DIR     PostgreSQL binaries for a throwaway cluster (default:\n"
    "                   pg_config --bindir); without --pg-url a cluster is initdb'd\n"
    "                   into a temp dir (unix socket only) and removed at exit\n"
    "  --seed FILE      SQL rows for the old schema (default: generated rows)\n"
    "  --force          use a --pg-url database that already holds tables\n"
    "  --verbose, -v    also print notes\n"
    "evidence: --ledger FILE (DIR/rollgate.db), --junit FILE, --sarif FILE, as for plan\n"
    "writes into --out: what 'plan' writes, compatibility.csv (the predictions),\n"
    "report.html and the ledger, plus verification.csv\n"
    "(stage,app,query,predicted,observed,agree; step rows have app '-') and\n"
    "verification_steps.csv (each step's target, locks, rewrite; deterministic: the\n"
    "measured durations are kept in the ledger and report.html only).\n";

#define MAX_HINTS 256

typedef struct verify_args {
    const char *paths[2];
    int npaths;
    const char *apps[MAX_HINTS], *app_paths[MAX_HINTS];
    size_t napps;
    rg_rename_hint renames[MAX_HINTS];
    size_t nrenames;
    rg_rename_hint table_renames[MAX_HINTS];
    size_t ntable_renames;
    rg_backfill_hint backfills[MAX_HINTS];
    size_t nbackfills;
    long pg_version, batch_size;
    const char *lock_timeout, *out, *models;
    const char *ledger, *junit, *sarif;
    rg_verify_opts vo;
    bool verbose;
    char *owned[4 * MAX_HINTS];
    size_t nowned;
} verify_args;

static int bad(const char *fmt, const char *v)
{
    return rg_cli_usage_error("verify", fmt, v);
}

static char *own(verify_args *a, const char *s, size_t n)
{
    char *r = rg_xmalloc(n + 1);
    memcpy(r, s, n);
    r[n] = 0;
    a->owned[a->nowned++] = r;
    return r;
}

/* "a.b.c=rhs" -> up to max dotted parts before '=' (none empty); the
 * right-hand side in *rhs. Returns the number of parts or -1. */
static int split_hint(verify_args *a, const char *v, const char **parts, int max, const char **rhs)
{
    const char *eq = strchr(v, '=');
    if (!eq || !eq[1]) return -1;
    *rhs = eq + 1;
    int k = 0;
    for (const char *p = v; p < eq;) {
        const char *dot = memchr(p, '.', (size_t)(eq - p));
        const char *stop = dot ? dot : eq;
        if (stop == p || k == max) return -1;
        parts[k++] = own(a, p, (size_t)(stop - p));
        p = dot ? dot + 1 : eq;
        if (dot && p == eq) return -1;
    }
    return k;
}

static int take_hint(verify_args *a, int which, const char *v)
{
    const char *parts[3], *rhs = NULL;
    int k = split_hint(a, v, parts, which == 1 ? 2 : 3, &rhs);
    if (which == 0) {
        if (k < 2 || strchr(rhs, '.') || a->nrenames == MAX_HINTS) return bad("bad --rename '%s'", v);
        rg_rename_hint *h = &a->renames[a->nrenames++];
        h->schema = k == 3 ? parts[0] : "public";
        h->table = parts[k - 2];
        h->from = parts[k - 1];
        h->to = rhs;
    } else if (which == 1) {
        if (k < 1 || strchr(rhs, '.') || a->ntable_renames == MAX_HINTS) return bad("bad --rename-table '%s'", v);
        rg_rename_hint *h = &a->table_renames[a->ntable_renames++];
        h->schema = k == 2 ? parts[0] : "public";
        h->from = parts[k - 1];
        h->to = rhs;
    } else {
        while (rhs && isspace((unsigned char)*rhs)) rhs++;
        if (k < 2 || !rhs || !*rhs || a->nbackfills == MAX_HINTS) return bad("bad --backfill '%s'", v);
        rg_backfill_hint *h = &a->backfills[a->nbackfills++];
        h->schema = k == 3 ? parts[0] : "public";
        h->table = parts[k - 2];
        h->column = parts[k - 1];
        h->sql = rhs;
    }
    return -1;
}

static int take_app(verify_args *a, const char *v)
{
    const char *eq = strchr(v, '=');
    struct stat st;
    if (!eq || eq == v || !eq[1] || a->napps == MAX_HINTS) return bad("bad --app '%s' (want NAME=PATH)", v);
    if (stat(eq + 1, &st) != 0) return bad("--app: cannot read '%s'", eq + 1);
    const char *name = own(a, v, (size_t)(eq - v));
    for (size_t i = 0; i < a->napps; i++)
        if (strcmp(a->apps[i], name) == 0) return bad("--app: '%s' named twice", name);
    a->app_paths[a->napps] = eq + 1;
    a->apps[a->napps++] = name;
    return -1;
}

static bool number(const char *s, long lo, long hi, long *out)
{
    char *end;
    if (!isdigit((unsigned char)*s)) return false;
    long v = strtol(s, &end, 10);
    if (*end || v < lo || v > hi) return false;
    *out = v;
    return true;
}

static int take_valued(verify_args *a, int argc, char **argv, int *i, bool *matched)
{
    static const char *const NAMES[] = {"--app", "--rename", "--rename-table", "--backfill", "--pg-version",
                                        "--lock-timeout", "--batch-size", "--out", "--models", "--pg-url",
                                        "--pg-bin", "--seed", "--ledger", "--junit", "--sarif", "--format", NULL};
    *matched = false;
    for (int k = 0; NAMES[k]; k++) {
        const char *v = NULL;
        int m = rg_cli_opt_value(argc, argv, i, NAMES[k], &v);
        if (m == 0) continue;
        *matched = true;
        if (m < 0 || !*v) return bad("%s needs a value", NAMES[k]);
        switch (k) {
        case 0: return take_app(a, v);
        case 1: case 2: case 3: return take_hint(a, k - 1, v);
        case 4: return number(v, 11, 17, &a->pg_version) ? -1 : bad("bad --pg-version '%s' (11 to 17)", v);
        case 5: {
            size_t n = strspn(v, "0123456789");
            bool ok = n > 0 && n < 10 && strspn(v + n, "usminhd") == strlen(v + n);
            a->lock_timeout = v;
            return ok ? -1 : bad("bad --lock-timeout '%s'", v);
        }
        case 6: return number(v, 1, 100000000, &a->batch_size) ? -1 : bad("bad --batch-size '%s'", v);
        case 7: a->out = v; return -1;
        case 8: a->models = v; return -1;
        case 9: a->vo.pg_url = v; return -1;
        case 10: a->vo.pg_bin = v; return -1;
        case 11: a->vo.seed_path = v; return -1;
        case 12: a->ledger = v; return -1;
        case 13: a->junit = v; return -1;
        case 14: a->sarif = v; return -1;
        default: return strcmp(v, "text") == 0 ? -1 : bad("--format '%s': verify prints text only", v);
        }
    }
    return -1;
}

static int parse_args(verify_args *a, int argc, char **argv)
{
    a->pg_version = 15;
    a->batch_size = 1000;
    a->lock_timeout = "5s";
    a->vo.progress = true;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (arg[0] != '-') {
            if (a->npaths == 2) return bad("unexpected argument '%s'", arg);
            a->paths[a->npaths++] = arg;
            continue;
        }
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            fputs(USAGE, stdout);
            return RG_EXIT_OK;
        }
        if (strcmp(arg, "--force") == 0) { a->vo.force = true; continue; }
        if (strcmp(arg, "--verify") == 0) continue; /* `rollgate plan --verify` hands its argv over */
        if (strcmp(arg, "--verbose") == 0 || strcmp(arg, "-v") == 0) { a->verbose = true; continue; }
        bool matched;
        int code = take_valued(a, argc, argv, &i, &matched);
        if (code >= 0) return code;
        if (!matched) return bad("unknown option '%s'", arg);
    }
    if (a->npaths < 2) return bad("missing %s", a->npaths ? "NEW" : "OLD and NEW");
    if (a->napps == 1) return bad("--app: give at least two versions%s", "");
    if (a->vo.pg_url && a->vo.pg_bin) return bad("--pg-url and --pg-bin exclude each other%s", "");
    if (a->napps == 0) {
        a->apps[0] = "old";
        a->apps[1] = "new";
        a->napps = 2;
    }
    return -1;
}

static int write_csv(const char *dir, const char *name, const rg_buf *b)
{
    rg_buf path = {0};
    char *err = NULL;
    rg_buf_printf(&path, "%s/%s", dir, name);
    int rc = rg_report_write_file(path.s, b, &err);
    if (rc != RG_OK) fprintf(stderr, "rollgate verify: %s\n", err ? err : "cannot write");
    free(err);
    rg_buf_free(&path);
    return rc;
}

static void print_summary(const rg_verify *v, const char *out, bool verbose)
{
    size_t agree_rows = 0, agree_steps = 0;
    for (size_t i = 0; i < v->nrows; i++) agree_rows += v->rows[i].agree;
    for (size_t i = 0; i < v->nsteps; i++) agree_steps += v->steps[i].agree;
    printf("rollgate verify: PostgreSQL %s: %zu/%zu query verdicts and %zu/%zu steps agree; "
           "final catalog %s NEW; downs %s OLD -> %s\n",
           v->server_version, agree_rows, v->nrows, agree_steps, v->nsteps,
           !v->compared_new ? "not compared with" : v->final_matches_new ? "equals" : "DIFFERS FROM",
           !v->compared_old ? "not checked against" : v->downs_give_old ? "give back" : "DO NOT give back", out);
    for (size_t i = 0; i < v->nfindings; i++) {
        const rg_verify_finding *f = &v->findings[i];
        if (f->sev == RG_SEV_NOTE && !verbose) continue;
        printf("  %s %s: %s\n", f->sev == RG_SEV_ERROR ? "error" : f->sev == RG_SEV_WARNING ? "warning" : "note",
               f->code, f->msg);
    }
}

typedef struct pipeline {
    rg_cli_inputs in;
    rg_lockmodel *model;
    rg_diff *d;
    rg_plan *p;
    rg_app *apps;
    rg_sim *sim;
    rg_arena *arena;
    rg_plan_opts opts;            /* the plan keeps a pointer to it */
} pipeline;

/* Loads, diffs, plans, self-checks and simulates as `plan` does. */
static int build(pipeline *P, verify_args *a)
{
    rg_diags diags = {0};
    int code = rg_cli_load(&P->in, a->paths, 2, a->verbose);
    if (code != RG_EXIT_OK) goto done;
    int rc = a->models ? rg_lockmodel_load_dir(&P->model, a->models, &diags) : rg_lockmodel_load(&P->model, &diags);
    if (rc != RG_OK) {
        code = rg_cli_exit_for(rc == RG_EINTERNAL ? rc : RG_EINPUT);
        goto done;
    }
    if (rg_diff_catalogs(&P->d, P->in.cats[0], P->in.cats[1]) != RG_OK) {
        code = RG_EXIT_INTERNAL;
        goto done;
    }
    P->opts = (rg_plan_opts){.apps = a->apps, .napps = a->napps, .renames = a->renames, .nrenames = a->nrenames,
                      .table_renames = a->table_renames, .ntable_renames = a->ntable_renames,
                      .backfills = a->backfills, .nbackfills = a->nbackfills, .pg_version = (int)a->pg_version,
                      .lock_timeout = a->lock_timeout, .batch_size = a->batch_size,
                      .strict_catalog = rg_sim_strict_catalog};
    const char *msg = NULL;
    rc = rg_plan_build(&P->p, &msg, P->in.cats[0], P->in.cats[1], P->d, P->model, &P->opts);
    if (rc != RG_OK) {
        code = rc == RG_EUSAGE ? bad("%s", msg ? msg : "bad hint") : RG_EXIT_INTERNAL;
        goto done;
    }
    rg_plan_verify(P->p);
    P->arena = rg_arena_new();
    P->apps = rg_arena_alloc(P->arena, sizeof *P->apps * a->napps);
    size_t loaded = 0;
    for (size_t i = 0; i < a->napps; i++) {
        if (!a->app_paths[i]) continue;
        if (rg_app_load(&P->apps[loaded++], P->arena, P->in.parser, a->apps[i], a->app_paths[i], &diags) != RG_OK) {
            code = RG_EXIT_INPUT;
            goto done;
        }
    }
    if (loaded && rg_simulate_plan(&P->sim, P->p, P->apps, loaded) != RG_OK) {
        code = RG_EXIT_INTERNAL;
        goto done;
    }
done:
    rg_diags_print(&diags, stderr, a->verbose ? RG_SEV_NOTE : RG_SEV_WARNING);
    rg_diags_free(&diags);
    return code;
}

#ifndef RG_VERSION
#define RG_VERSION "0.0.0"
#endif

static int g_argc;
static char **g_argv;

/* The run as the ledger and report.html keep it: the plan's run (as
 * `plan` records it) plus the server's findings and a closing note
 * "verified on PostgreSQL <version>: ..." that the report lists. */
static int record_evidence(pipeline *P, const verify_args *a, size_t napps, const rg_verify *v, const char *out)
{
    rg_buf cmd = {0}, ledger = {0};
    for (int i = 0; i < g_argc; i++) rg_buf_printf(&cmd, "%s%s", i ? " " : "", i ? g_argv[i] : "rollgate");
    if (a->ledger) rg_buf_puts(&ledger, a->ledger);
    else rg_buf_printf(&ledger, "%s/rollgate.db", out);
    rg_report_meta m = {.tool_version = RG_VERSION, .command_line = rg_buf_cstr(&cmd), .old_path = a->paths[0],
                        .new_path = a->paths[1], .app_paths = napps == a->napps ? a->app_paths : NULL,
                        .pg_version = (int)a->pg_version};
    rg_run *run = NULL, *back = NULL;
    rg_ledger *l = NULL;
    char *err = NULL;
    int rc = rg_report_collect(&run, &m, P->d, P->p, P->sim, P->apps, napps, &err);
    if (rc == RG_OK) {
        rg_run_finding *f = rg_arena_alloc(run->arena, (run->nfindings + v->nfindings + 1) * sizeof *f);
        if (run->nfindings) memcpy(f, run->findings, run->nfindings * sizeof *f);
        for (size_t i = 0; i < v->nfindings; i++) {
            const rg_verify_finding *vf = &v->findings[i];
            f[run->nfindings++] = (rg_run_finding){
                .severity = vf->sev == RG_SEV_ERROR ? "error" : vf->sev == RG_SEV_WARNING ? "warning" : "note",
                .code = vf->code, .object = vf->object, .message = vf->msg, .file = ""};
        }
        f[run->nfindings++] = (rg_run_finding){
            .severity = "note", .code = "verified", .object = "", .file = "",
            .message = rg_arena_printf(run->arena,
                                       "verified on PostgreSQL %s: %zu disagreements over %zu query verdicts and "
                                       "%zu steps; final catalog %s NEW; downs %s OLD (verification.csv)",
                                       v->server_version, v->ndisagree, v->nrows, v->nsteps,
                                       !v->compared_new ? "not compared with"
                                       : v->final_matches_new ? "equals" : "differs from",
                                       !v->compared_old ? "not checked against"
                                       : v->downs_give_old ? "give back" : "do not give back")};
        run->findings = f;
        /* The server's observations: report.html's "Verified on PostgreSQL"
         * section (v outlives run). */
        run->verified = true;
        run->server_version = v->server_version ? v->server_version : "";
        run->nvrows = v->nrows;
        run->vrows = rg_arena_alloc(run->arena, (v->nrows ? v->nrows : 1) * sizeof *run->vrows);
        for (size_t i = 0; i < v->nrows; i++) {
            const rg_verify_row *x = &v->rows[i];
            run->vrows[i] = (rg_run_vrow){.stage = x->stage, .app = x->app, .query = x->query,
                                          .predicted = x->predicted, .observed = x->observed, .agree = x->agree};
        }
        run->nvsteps = v->nsteps;
        run->vsteps = rg_arena_alloc(run->arena, (v->nsteps ? v->nsteps : 1) * sizeof *run->vsteps);
        for (size_t i = 0; i < v->nsteps; i++) {
            const rg_verify_step *x = &v->steps[i];
            run->vsteps[i] = (rg_run_vstep){.step = x->step, .stage = x->stage, .target = x->target ? x->target : "",
                                            .predicted_lock = x->predicted_lock, .observed_lock = x->observed_lock,
                                            .predicted_rewrite = x->predicted_rewrite,
                                            .observed_rewrite = x->observed_rewrite, .measured = x->measured,
                                            .ms = x->ms, .agree = x->agree, .note = x->note ? x->note : ""};
        }
        rg_run_settle(run);
        rc = rg_ledger_open(&l, rg_buf_cstr(&ledger), true, &err);
    }
    if (rc == RG_OK) rc = rg_ledger_record(l, run, &err);
    if (rc == RG_OK) rc = rg_ledger_load(l, run->id, &back, &err);
    if (rc == RG_OK) rc = rg_report_write_dir(back, out, false, &err);
    rg_buf b = {0};
    if (rc == RG_OK && a->junit) {
        rg_report_junit(back, &b);
        rc = rg_report_write_file(a->junit, &b, &err);
    }
    if (rc == RG_OK && a->sarif) {
        rg_buf_reset(&b);
        rg_report_sarif(back, &b);
        rc = rg_report_write_file(a->sarif, &b, &err);
    }
    rg_buf_free(&b);
    if (rc != RG_OK) fprintf(stderr, "rollgate verify: %s\n", err ? err : "cannot record the run");
    free(err);
    rg_run_free(back);
    rg_run_free(run);
    rg_ledger_close(l);
    rg_buf_free(&cmd);
    rg_buf_free(&ledger);
    return rc;
}

static size_t napps_loaded(const verify_args *a)
{
    size_t n = 0;
    for (size_t i = 0; i < a->napps; i++) n += a->app_paths[i] != NULL;
    return n;
}

static int run(verify_args *a)
{
    pipeline P = {0};
    rg_verify *v = NULL;
    char *err = NULL, outbuf[64];
    int code = build(&P, a);
    if (code != RG_EXIT_OK) goto done;
    const char *out = a->out;
    if (!out) {
        time_t now = time(NULL);
        struct tm tm;
        gmtime_r(&now, &tm);
        strftime(outbuf, sizeof outbuf, "reports/%Y%m%dT%H%M%SZ", &tm);
        out = outbuf;
    }
    size_t napps = napps_loaded(a);
    int rc = rg_verify_plan(&v, P.p, P.sim, P.in.parser, a->paths[0], a->paths[1], P.apps, napps, &a->vo, &err);
    if (rc != RG_OK) {
        fprintf(stderr, "rollgate verify: %s\n", err ? err : "cannot verify");
        code = rg_cli_exit_for(rc);
        goto done;
    }
    if (rg_emit_plan(P.p, P.d, out, &err) != RG_OK) {
        fprintf(stderr, "rollgate verify: %s\n", err ? err : "cannot write the plan");
        code = RG_EXIT_INPUT;
        goto done;
    }
    rg_buf c1 = {0}, c2 = {0};
    rg_verify_write_csv(v, &c1);
    rg_verify_write_steps_csv(v, &c2);
    rc = write_csv(out, "verification.csv", &c1);
    if (rc == RG_OK) rc = write_csv(out, "verification_steps.csv", &c2);
    if (rc == RG_OK && P.sim) { /* the predictions verification.csv was compared with */
        rg_buf_reset(&c1);
        rg_sim_write_csv(P.sim, &c1);
        rc = write_csv(out, "compatibility.csv", &c1);
    }
    rg_buf_free(&c1);
    rg_buf_free(&c2);
    if (rc != RG_OK) {
        code = RG_EXIT_INPUT;
        goto done;
    }
    if (record_evidence(&P, a, napps, v, out) != RG_OK) {
        code = RG_EXIT_INPUT;
        goto done;
    }
    print_summary(v, out, a->verbose);
    fflush(stdout);
    for (size_t i = 0; i < P.p->nfindings; i++)
        if (P.p->findings[i].sev == RG_SEV_ERROR) code = RG_EXIT_FOUND;
    if (v->nerrors || v->ndisagree) code = RG_EXIT_FOUND;
    if (P.sim && P.sim->nerrors) code = RG_EXIT_FOUND;
done:
    free(err);
    rg_verify_free(v);
    rg_sim_free(P.sim);
    rg_arena_free(P.arena);
    rg_plan_free(P.p);
    rg_lockmodel_free(P.model);
    rg_diff_free(P.d);
    rg_cli_inputs_free(&P.in);
    return code;
}

int rg_cli_verify(int argc, char **argv)
{
    verify_args *a = rg_xcalloc(1, sizeof *a);
    g_argc = argc;
    g_argv = argv;
    int code = parse_args(a, argc, argv);
    if (code < 0) code = run(a);
    for (size_t i = 0; i < a->nowned; i++) free(a->owned[i]);
    free(a);
    return code;
}
