/*
 * feedback.c — the planner listens to the simulator. A step that would
 * break a query of an app still running before the last deploy is moved to
 * the contract stage (after the deploy, where only the last version is
 * live); the plan is self-checked and simulated again, for a few rounds.
 * The simulator's breaks are typed values ({stage, step, app, query, ...}):
 * nothing here reads its English.
 */
#include "run_int.h"

#include "rollgate/parse.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* At most this many rounds: each round only moves steps later, so a plan
 * settles in one or two; the bound keeps a pathological plan finite. */
enum { MAX_ROUNDS = 5 };

/* A step moved to contract, and the first query it broke. */
typedef struct deferral {
    const rg_plan_step *step;
    const char *app, *query;
} deferral;

typedef struct deferrals {
    deferral *v;
    size_t n, cap;
} deferrals;

/* One round: defers every step that breaks a query of an app other than
 * the last (which stays live after the contract: moving would not help),
 * each step once, in step order. Returns whether anything moved. */
static bool defer_breaking(rg_plan *p, const rg_sim *sim, const char *last_app, deferrals *log)
{
    const rg_sim_break **why = rg_xcalloc(p->nsteps + 1, sizeof *why);
    for (size_t i = 0; i < sim->nbreaks; i++) {
        const rg_sim_break *b = &sim->breaks[i];
        assert(b->step >= 1 && (size_t)b->step <= p->nsteps);
        if (strcmp(b->app, last_app) == 0 || why[b->step] || !rg_plan_step_deferrable(p, b->step)) continue;
        why[b->step] = b;
    }
    /* Steps by identity: numbers change with each move. */
    size_t nmove = 0;
    deferral *move = rg_xcalloc(p->nsteps + 1, sizeof *move);
    for (size_t k = 1; k <= p->nsteps; k++)
        if (why[k]) move[nmove++] = (deferral){p->steps[k - 1], why[k]->app, why[k]->query};
    bool any = false;
    for (size_t i = 0; i < nmove; i++) {
        int number = move[i].step->number;
        if (!rg_plan_step_deferrable(p, number) || rg_plan_defer_step(p, number) != RG_OK) continue;
        if (log->n == log->cap) {
            log->cap = log->cap ? 2 * log->cap : 8;
            log->v = rg_xrealloc(log->v, log->cap * sizeof *log->v);
        }
        log->v[log->n++] = move[i];
        any = true;
    }
    free(move);
    free(why);
    return any;
}

/* After the last round: step numbers are final. */
static void add_deferred_findings(rg_plan *p, const deferrals *log)
{
    for (size_t i = 0; i < log->n; i++) {
        const rg_plan_step *s = log->v[i].step;
        const char *nl = strchr(s->sql, '\n');
        int sqln = nl ? (int)(nl - s->sql) : (int)strlen(s->sql);
        rg_plan_add_finding(p, RG_SEV_WARNING, "step_deferred", s->object,
                            "step %d (%.*s%s) moved to contract: before the deploy it would break %s query %s",
                            s->number, sqln, s->sql, nl ? " ..." : "", log->v[i].app, log->v[i].query);
    }
}

static int verify_task(void *p)
{
    return rg_plan_verify(p);
}

/* The self-check and the simulation of one plan, one per core: each
 * starts from its own clone of the old catalog and parses the plan's SQL
 * with its own parser. The simulator only reads the plan; the self-check
 * only appends findings to it, which nothing reads until both are done,
 * so the findings come out as when one ran after the other. */
static int check_and_simulate(rg_plan *p, rg_sim **sim, const rg_app *apps, size_t napps)
{
    if (!apps) {
        rg_plan_verify(p);
        return RG_OK;
    }
    rg_task *t = rg_task_start(RG_STACK_BYTES, verify_task, p);
    int rc = rg_simulate_plan(sim, p, apps, napps);
    rg_task_join(t);
    return rc;
}

void rg_run_feedback(rg_plan *p, rg_sim **sim, const rg_app *apps, size_t napps)
{
    assert(p && p->opts && p->opts->napps >= 2);
    const char *last_app = p->opts->apps[p->opts->napps - 1];
    size_t nbase = p->nfindings;
    int rc = check_and_simulate(p, sim, apps, napps);
    deferrals log = {0};
    for (int round = 0; round < MAX_ROUNDS && rc == RG_OK && *sim && defer_breaking(p, *sim, last_app, &log);
         round++) {
        p->nfindings = nbase; /* the checks run again on the new plan */
        rg_sim_free(*sim);
        *sim = NULL;
        rc = check_and_simulate(p, sim, apps, napps);
    }
    add_deferred_findings(p, &log);
    free(log.v);
    if (rc != RG_OK)
        rg_plan_add_finding(p, RG_SEV_ERROR, "internal_simulate_error", NULL, "the simulator could not replay the plan");
}
