/*
 * review.c — the pipeline of `rollgate review`, in the shape of
 * rg_run_plan (run.c) with the planner replaced by the review:
 *
 *   outputs checked and locked (outdir.c) → --stats → apps' queries
 *   → the review of the migration files (review) → simulate its timeline
 *   (simulate), breaks as findings at file:line → stages.csv, steps.csv,
 *   compatibility.csv → ledger row, report → published as one unit
 *
 * It prints nothing; its values live in the result.
 */
#include "run_int.h"

#include <assert.h>
#include <string.h>

#include "rollgate/lockmodel.h"
#include "rollgate/parse.h"

static int review(rg_run_result *res, struct rg_run_state *S, const rg_run_opts *o, rg_diags *d)
{
    int rc = o->models_dir ? rg_lockmodel_load_dir(&S->model, o->models_dir, d) : rg_lockmodel_load(&S->model, d);
    if (rc != RG_OK) return rc == RG_EINTERNAL ? rc : RG_EINPUT;
    rg_review_opts ro = {.base_path = o->old_path, .migrations_path = o->new_path, .post_path = o->post_path,
                         .apps = S->app_names, .napps = o->napps, .pg_version = o->pg_version,
                         .lock_timeout = o->lock_timeout, .batch_size = o->batch_size,
                         .batch_pause_ms = o->batch_pause_ms, .statement_timeout = o->statement_timeout,
                         .stats = S->have_stats ? &S->stats : NULL};
    rc = rg_review_build(&res->plan, S->parser, S->model, &ro, d);
    if (rc != RG_OK || !S->apps) return rc;
    rc = rg_simulate_plan(&res->sim, res->plan, S->apps, S->napps);
    if (rc != RG_OK) {
        rg_plan_add_finding(res->plan, RG_SEV_ERROR, "internal_simulate_error", NULL,
                            "the simulator could not replay the migrations; verdicts are incomplete");
        return RG_OK;
    }
    rg_review_add_breaks(res->plan, res->sim);
    /* the breaks are now findings at file:line; the simulator's own wording
     * of them (no place) would say each twice */
    res->sim->nfindings = 0;
    return RG_OK;
}

static int write_files(rg_run_result *res, struct rg_run_state *S, rg_diags *d)
{
    const char *dir = S->out.stage;
    rg_buf b = {0};
    int rc = rg_emit_stages_csv(res->plan, &b) == RG_OK ? RG_OK : RG_EINTERNAL;
    if (rc == RG_OK) rc = rg_run_write_csv(dir, "stages.csv", &b, d);
    rg_buf_reset(&b);
    if (rc == RG_OK && rg_emit_steps_csv(res->plan, &b) != RG_OK) rc = RG_EINTERNAL;
    if (rc == RG_OK) rc = rg_run_write_csv(dir, "steps.csv", &b, d);
    rg_buf_free(&b);
    if (rc == RG_OK && res->sim) rc = rg_emit_compat_csv(res->sim, dir, d);
    return rc;
}

int rg_run_review(rg_run_result *res, const rg_run_opts *o)
{
    memset(res, 0, sizeof *res);
    assert(o->out && o->old_path && o->new_path && o->napps >= 2);
    struct rg_run_state *S = res->state = rg_xcalloc(1, sizeof *S);
    S->arena = rg_arena_new();
    S->parser = rg_parser_new();
    rg_diags *d = &res->diags;
    rg_buf junit = {0}, sarif = {0};
    int rc = rg_outdir_begin(&S->out, o, true, d);
    S->out_begun = true;
    if (rc == RG_OK) rc = rg_run_go_on(d);
    if (rc == RG_OK) rc = rg_run_load_stats(S, o, d);
    if (rc == RG_OK) rc = rg_run_load_apps(S, o, d);
    if (rc == RG_OK) rc = rg_run_go_on(d);
    if (rc == RG_OK) rc = review(res, S, o, d);
    if (rc == RG_OK) rc = rg_run_go_on(d);
    if (rc == RG_OK) rc = write_files(res, S, d);
    rg_report_meta meta = {.tool_version = o->tool_version, .command_line = o->command_line,
                           .old_path = o->old_path, .new_path = o->new_path, .pg_version = o->pg_version,
                           .review = true, .post_path = o->post_path, .notes = d, .new_cat = S->cats[1]};
    if (rc == RG_OK) rc = rg_run_record(res, S, o, &meta, &junit, &sarif, d);
    if (rc == RG_OK) {
        rg_test_pause("publish");
        rc = rg_run_go_on(d);
    }
    if (rc == RG_OK) rc = rg_outdir_publish(&S->out, o->junit ? &junit : NULL, o->sarif ? &sarif : NULL, d);
    if (rc == RG_OK) {
        res->report_path = rg_arena_printf(S->arena, "%s/report.html", o->out);
        res->incompatible = rg_run_incompatible(res);
    }
    if (S->out_begun) rg_outdir_end(&S->out);
    rg_buf_free(&junit);
    rg_buf_free(&sarif);
    return rc;
}
