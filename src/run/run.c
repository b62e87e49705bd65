/*
 * run.c — the pipeline every planning command runs, in one place:
 *
 *   outputs checked and locked (outdir.c)
 *   → parse both schemas once (parse) → catalogs (catalog) → diff (diff)
 *   → plan (plan) → self-check, simulate, planner feedback (feedback.c)
 *   → replay on PostgreSQL when asked (verify)
 *   → files, ledger row, report (emit, ledger, report) → published
 *
 * It owns the run's values (they live in the result) and the one error
 * channel (the result's diagnostics); it prints nothing. A signal handler
 * of the application calls rg_run_interrupt; the pipeline then stops at the
 * next stage boundary and publishes nothing.
 */
#include "run_int.h"

#include <assert.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rollgate/diff.h"
#include "rollgate/lockmodel.h"
#include "rollgate/parse.h"
#include "rollgate/report.h"


static volatile sig_atomic_t g_interrupted;

void rg_run_interrupt(int sig)
{
    g_interrupted = sig;
    rg_verify_interrupt(sig);
}

int rg_run_interrupted(void)
{
    return g_interrupted;
}

/* The check between stages: an interrupted run stops and publishes
 * nothing. */
int rg_run_go_on(rg_diags *d)
{
    if (!g_interrupted) return RG_OK;
    rg_diag_add(d, RG_SEV_ERROR, "interrupted", NULL, 0, "interrupted: nothing was written");
    return RG_EIO;
}

static int load_schemas(struct rg_run_state *S, const rg_run_opts *o, rg_diags *d)
{
    const char *paths[2] = {o->old_path, o->new_path};
    rg_script scripts[2] = {{0}};
    S->parser = rg_parser_new();
    int rc = rg_parse_paths(S->parser, scripts, paths, 2, d);
    if (rc != RG_OK) return rc;
    S->cats[0] = rg_catalog_new();
    S->cats[1] = rg_catalog_new();
    /* old and new: one per core */
    rc = rg_catalog_apply_pair(S->cats[0], &scripts[0], S->cats[1], &scripts[1], d);
    return rc == RG_OK && d->nerrors ? RG_EINPUT : rc;
}

/* The apps' queries: all of them or none (no paths: nothing simulated). */
int rg_run_load_apps(struct rg_run_state *S, const rg_run_opts *o, rg_diags *d)
{
    S->app_names = rg_arena_alloc(S->arena, o->napps * sizeof *S->app_names);
    for (size_t i = 0; i < o->napps; i++) S->app_names[i] = o->apps[i];
    if (!o->app_paths || !o->app_paths[0]) return RG_OK;
    S->apps = rg_arena_alloc(S->arena, o->napps * sizeof *S->apps);
    for (size_t i = 0; i < o->napps; i++) {
        assert(o->app_paths[i]);
        int rc = rg_app_load(&S->apps[i], S->arena, S->app_parser ? S->app_parser : S->parser, o->apps[i],
                             o->app_paths[i], d);
        if (rc != RG_OK) return rc;
    }
    S->napps = o->napps;
    return RG_OK;
}

typedef struct apps_job {
    struct rg_run_state *S;
    const rg_run_opts *o;
    rg_diags d; /* its own: the schemas' diagnostics come first */
} apps_job;

static int apps_task(void *arg)
{
    apps_job *j = arg;
    return rg_run_load_apps(j->S, j->o, &j->d);
}

/* The schemas and the apps' queries, one beside the other. The queries get
 * a parser of their own: a query rarely repeats a schema statement, while
 * the app versions share most of their queries, as the two schemas share
 * most of their statements, and each parser parses each distinct text
 * once. The apps' diagnostics follow the schemas', and are dropped when
 * the schemas fail, as when the apps were read only after them. */
static int load_inputs(struct rg_run_state *S, const rg_run_opts *o, rg_diags *d)
{
    if (!o->app_paths || !o->app_paths[0]) {
        int rc = load_schemas(S, o, d);
        return rc == RG_OK ? rg_run_load_apps(S, o, d) : rc;
    }
    S->app_parser = rg_parser_new();
    apps_job j = {.S = S, .o = o};
    rg_task *t = rg_task_start(RG_STACK_BYTES, apps_task, &j);
    int rc = load_schemas(S, o, d);
    int apps_rc = rg_task_join(t);
    if (rc == RG_OK) {
        rg_diags_append(d, &j.d);
        rc = apps_rc;
    } else {
        rg_diags_free(&j.d);
    }
    return rc;
}

/* opts.timing: the clocks at the previous stage boundary. */
typedef struct stage_clock {
    double wall, cpu;
} stage_clock;

static double clock_seconds(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Ends STAGE: one notify line with the time since the previous boundary. */
static void stage_done(stage_clock *c, const rg_run_opts *o, const char *stage)
{
    if (!o->timing) return;
    double w = clock_seconds(CLOCK_MONOTONIC), cpu = clock_seconds(CLOCK_PROCESS_CPUTIME_ID);
    if (stage && o->notify) {
        char line[128];
        snprintf(line, sizeof line, "timing %s wall_ms=%.1f cpu_ms=%.1f", stage, (w - c->wall) * 1e3,
                 (cpu - c->cpu) * 1e3);
        o->notify(o->notify_ctx, false, line);
    }
    c->wall = w;
    c->cpu = cpu;
}

/* Table sizes, before any work: a bad --stats file stops the run. */
int rg_run_load_stats(struct rg_run_state *S, const rg_run_opts *o, rg_diags *d)
{
    if (!o->stats_path && !o->stats_url) return RG_OK;
    rg_stats_init(&S->stats);
    S->have_stats = true;
    return o->stats_path ? rg_stats_read_csv(&S->stats, d, o->stats_path) : rg_stats_from_url(&S->stats, d, o->stats_url);
}

static int build_plan(rg_run_result *res, struct rg_run_state *S, const rg_run_opts *o, rg_diags *d)
{
    int rc = o->models_dir ? rg_lockmodel_load_dir(&S->model, o->models_dir, d) : rg_lockmodel_load(&S->model, d);
    if (rc != RG_OK) return rc == RG_EINTERNAL ? rc : RG_EINPUT;
    if (rg_diff_catalogs(&res->diff, S->cats[0], S->cats[1]) != RG_OK)
        return rg_diags_fail(d, RG_EINTERNAL, rg_xstrdup("internal error while diffing"));
    S->popts = (rg_plan_opts){.apps = S->app_names, .napps = o->napps, .renames = o->renames,
                              .nrenames = o->nrenames, .table_renames = o->table_renames,
                              .ntable_renames = o->ntable_renames, .backfills = o->backfills,
                              .nbackfills = o->nbackfills, .pg_version = o->pg_version,
                              .lock_timeout = o->lock_timeout, .batch_size = o->batch_size,
                              .batch_pause_ms = o->batch_pause_ms,
                              .statement_timeout = o->statement_timeout,
                              .allow_lossy = o->allow_lossy, .allow_drops = o->allow_drops,
                              .nallow_drops = o->nallow_drops,
                              .strict_catalog = rg_sim_strict_catalog,
                              .stats = S->have_stats ? &S->stats : NULL};
    return rg_plan_build(&res->plan, d, S->cats[0], S->cats[1], res->diff, S->model, &S->popts);
}

int rg_run_write_csv(const char *dir, const char *name, const rg_buf *b, rg_diags *d)
{
    rg_buf path = {0};
    rg_buf_printf(&path, "%s/%s", dir, name);
    int rc = rg_report_write_file(path.s, b, d);
    rg_buf_free(&path);
    return rc;
}

/* The files of the run, into the stage: migrations and CSVs, the
 * predictions, the server's observations. */
static int write_files(rg_run_result *res, struct rg_run_state *S, rg_diags *d)
{
    const char *dir = S->out.stage;
    int rc = rg_emit_plan(res->plan, res->diff, dir, d);
    if (rc == RG_OK) rc = rg_emit_tool(res->plan, &S->emit, dir, &res->emit, d);
    if (rc == RG_OK && res->sim) rc = rg_emit_compat_csv(res->sim, dir, d);
    if (rc == RG_OK && res->verify) {
        rg_buf b = {0};
        rg_verify_write_csv(res->verify, &b);
        rc = rg_run_write_csv(dir, "verification.csv", &b, d);
        rg_buf_reset(&b);
        rg_verify_write_steps_csv(res->verify, &b);
        if (rc == RG_OK) rc = rg_run_write_csv(dir, "verification_steps.csv", &b, d);
        rg_buf_free(&b);
    }
    return rc;
}

typedef struct files_job {
    rg_run_result *res;
    struct rg_run_state *S;
    rg_diags d; /* its own: the report reads the run's diagnostics meanwhile */
} files_job;

static int files_task(void *arg)
{
    files_job *j = arg;
    return write_files(j->res, j->S, &j->d);
}

/* The files of the run, then its ledger row and report; one per core when
 * the ledger lies in OUT. Both only read the plan, the simulation and the
 * diagnostics, and write different files of the stage; the ledger copy in
 * the stage is published with the files or not at all, so a failure of
 * either leaves nothing behind, and the diagnostics come out in the order
 * one after the other would give them. A ledger elsewhere is written in
 * place: it gets its row only after the files were written. */
static int write_and_record(rg_run_result *res, struct rg_run_state *S, const rg_run_opts *o,
                            const rg_report_meta *m, rg_buf *junit, rg_buf *sarif, rg_diags *d)
{
    if (!rg_outdir_ledger_staged(&S->out)) {
        int rc = write_files(res, S, d);
        if (rc == RG_OK) rc = rg_run_record(res, S, o, m, junit, sarif, d);
        return rc;
    }
    files_job j = {.res = res, .S = S};
    rg_task *t = rg_task_start(RG_STACK_BYTES, files_task, &j);
    rg_diags rd = {0};
    int record_rc = rg_run_record(res, S, o, m, junit, sarif, &rd);
    int rc = rg_task_join(t);
    rg_diags_append(d, &j.d);
    if (rc == RG_OK) {
        rg_diags_append(d, &rd);
        rc = record_rc;
    } else {
        rg_diags_free(&rd);
        rg_run_free(res->run);
        res->run = NULL;
    }
    return rc;
}

typedef struct report_job {
    const rg_run *run;
    const char *dir;
    const rg_run_opts *o;
    rg_buf *junit, *sarif;
    rg_diags d; /* its own: appended after the ledger's */
} report_job;

static int report_task(void *arg)
{
    report_job *j = arg;
    int rc = rg_report_write_dir(j->run, j->dir, false, &j->d);
    if (rc == RG_OK && j->o->junit) rg_report_junit(j->run, j->junit);
    if (rc == RG_OK && j->o->sarif) rg_report_sarif(j->run, j->sarif);
    return rc;
}

/* Records the run and renders its report from the same rg_run, the report
 * beside the ledger's rows once the run has its id. Loading the run back
 * from the ledger to render it (as `rollgate report` does) cost a fifth of
 * this stage; that a later `rollgate report` gives the same bytes is
 * checked for every golden case of tests/plan instead. */
int rg_run_record(rg_run_result *res, struct rg_run_state *S, const rg_run_opts *o, const rg_report_meta *m,
                  rg_buf *junit, rg_buf *sarif, rg_diags *d)
{
    rg_run *run = NULL;
    rg_ledger *l = NULL;
    int rc = rg_report_collect(&run, m, res->diff, res->plan, res->sim, res->verify, S->apps, S->napps, d);
    bool locked = false;
    if (rc == RG_OK) rc = rg_outdir_ledger_lock(&S->out, d);
    locked = rc == RG_OK;
    if (rc == RG_OK) rc = rg_ledger_open(&l, S->out.ledger, true, d);
    if (rc == RG_OK) rc = rg_ledger_record_begin(l, run, d);
    report_job rj = {.run = run, .dir = S->out.stage, .o = o, .junit = junit, .sarif = sarif};
    rg_task *t = rc == RG_OK ? rg_task_start(RG_STACK_BYTES, report_task, &rj) : NULL;
    if (rc == RG_OK) rc = rg_ledger_record_end(l, run, d);
    int report_rc = t ? rg_task_join(t) : RG_OK;
    rg_diags_append(d, &rj.d);
    if (rc == RG_OK) rc = report_rc;
    rg_ledger_close(l);
    if (locked) rg_outdir_ledger_unlock(&S->out);
    if (rc == RG_OK) res->run = run;
    else rg_run_free(run);
    return rc;
}

bool rg_run_incompatible(const rg_run_result *res)
{
    for (size_t i = 0; i < res->plan->nfindings; i++)
        if (res->plan->findings[i].sev == RG_SEV_ERROR) return true;
    if (res->sim && res->sim->nerrors) return true;
    if (res->verify && (res->verify->nerrors || res->verify->ndisagree)) return true;
    return res->run && res->run->exit_code == 1;
}

int rg_run_plan(rg_run_result *res, const rg_run_opts *o)
{
    memset(res, 0, sizeof *res);
    assert(o->out && o->old_path && o->new_path && o->napps >= 2);
    struct rg_run_state *S = res->state = rg_xcalloc(1, sizeof *S);
    S->arena = rg_arena_new();
    rg_diags *d = &res->diags;
    rg_buf junit = {0}, sarif = {0};
    int rc = rg_emit_prepare(&S->emit, &o->emit, d);
    if (rc == RG_OK) {
        rc = rg_outdir_begin(&S->out, o, true, d);
        S->out_begun = true; /* whatever begin did is undone by end */
    }
    if (rc == RG_OK) rc = rg_run_go_on(d);
    stage_clock sc = {0};
    stage_done(&sc, o, NULL);
    if (rc == RG_OK) rc = rg_run_load_stats(S, o, d);
    if (rc == RG_OK) rc = load_inputs(S, o, d);
    stage_done(&sc, o, "inputs");
    if (rc == RG_OK) rc = rg_run_go_on(d);
    if (rc == RG_OK) rc = build_plan(res, S, o, d);
    stage_done(&sc, o, "diff+plan");
    if (rc == RG_OK) rc = rg_run_go_on(d);
    if (rc == RG_OK)
        rg_run_feedback(res->plan, &res->sim, S->apps, S->napps);
    stage_done(&sc, o, "selfcheck+simulate");
    if (rc == RG_OK) rc = rg_run_go_on(d);
    if (rc == RG_OK && o->verify)
        rc = rg_verify_plan(&res->verify, res->plan, res->sim, S->parser, o->old_path, o->new_path, S->apps,
                            S->napps, o->verify, d);
    if (rc == RG_OK || g_interrupted) rc = rg_run_go_on(d);
    rg_report_meta meta = {.tool_version = o->tool_version, .command_line = o->command_line,
                           .old_path = o->old_path, .new_path = o->new_path, .pg_version = o->pg_version,
                           .notes = d, .new_cat = S->cats[1], .stats_path = o->stats_path};
    if (rc == RG_OK) rc = write_and_record(res, S, o, &meta, &junit, &sarif, d);
    stage_done(&sc, o, "emit+ledger+report");
    if (rc == RG_OK) {
        rg_test_pause("publish");
        rc = rg_run_go_on(d);
    }
    if (rc == RG_OK) rc = rg_outdir_publish(&S->out, o->junit ? &junit : NULL, o->sarif ? &sarif : NULL, d);
    stage_done(&sc, o, "publish");
    if (rc == RG_OK) {
        res->report_path = rg_arena_printf(S->arena, "%s/report.html", o->out);
        res->incompatible = rg_run_incompatible(res);
    }
    if (S->out_begun) rg_outdir_end(&S->out);
    rg_buf_free(&junit);
    rg_buf_free(&sarif);
    return rc;
}

void rg_run_result_free(rg_run_result *res)
{
    struct rg_run_state *S = res->state;
    rg_run_free(res->run);
    rg_verify_free(res->verify);
    rg_sim_free(res->sim);
    rg_plan_free(res->plan);
    rg_diff_free(res->diff);
    if (S) {
        rg_lockmodel_free(S->model);
        rg_emit_target_free(&S->emit);
        rg_catalog_free(S->cats[0]);
        rg_catalog_free(S->cats[1]);
        rg_arena_free(S->arena);
        rg_parser_free(S->parser);
        rg_parser_free(S->app_parser);
        if (S->have_stats) rg_stats_free(&S->stats);
        free(S);
    }
    rg_diags_free(&res->diags);
    memset(res, 0, sizeof *res);
}

int rg_run_report(rg_run **run, rg_diags *d, const rg_run_opts *o, int64_t id)
{
    *run = NULL;
    rg_ledger *l = NULL;
    int rc = rg_ledger_open(&l, o->ledger, false, d);
    if (rc == RG_OK) rc = rg_ledger_load(l, id, run, d);
    rg_ledger_close(l);
    if (rc != RG_OK) return rc;
    rg_outdir od = {0};
    rg_buf j = {0}, s = {0};
    bool begun = false;
    if (o->junit) rg_report_junit(*run, &j);
    if (o->sarif) rg_report_sarif(*run, &s);
    if (o->out) {
        rc = rg_outdir_begin(&od, o, false, d);
        begun = true;
        if (rc == RG_OK) rc = rg_run_go_on(d);
        if (rc == RG_OK) rc = rg_report_write_dir(*run, od.stage, true, d);
        if (rc == RG_OK) rc = rg_outdir_publish(&od, o->junit ? &j : NULL, o->sarif ? &s : NULL, d);
    } else {
        if (o->junit) rc = rg_report_write_file(o->junit, &j, d);
        if (rc == RG_OK && o->sarif) rc = rg_report_write_file(o->sarif, &s, d);
    }
    if (begun) rg_outdir_end(&od);
    rg_buf_free(&j);
    rg_buf_free(&s);
    if (rc != RG_OK) {
        rg_run_free(*run);
        *run = NULL;
    }
    return rc;
}
