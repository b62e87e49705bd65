/*
 * review.h — hand-written migrations checked against the running app
 * versions (`rollgate review`). The migration files people wrote are read
 * as their tool runs them (one transaction per file unless the file says
 * otherwise), every statement is applied to the catalog of BASE with the
 * same interpreter the planner uses, and each statement gets the lock
 * model's answer on the existing table it touches. The result is an
 * rg_plan whose stages are the review's timeline
 *
 *   baseline → one stage per migration file (first app live) → deploy
 *   (every app live) → one stage per post-deploy file (last app live)
 *
 * and whose steps are the statements as written (file and line), so the
 * simulator, the CSV writers, the ledger and the reports take it as they
 * take a generated plan. Findings point at file:line and carry the safe
 * form, written by the planner itself where it has one (a plan of the
 * single statement's change).
 *
 * Ownership: the returned plan owns everything (rg_plan_free).
 */
#ifndef ROLLGATE_REVIEW_H
#define ROLLGATE_REVIEW_H

#include <stdbool.h>

#include "rollgate/parse.h"
#include "rollgate/plan.h"
#include "rollgate/stats.h"


/* ---- the review ---------------------------------------------------------- */

typedef struct rg_review_opts {
    const char *base_path;        /* the schema before: file or folder */
    const char *migrations_path;  /* run before the deploy */
    const char *post_path;        /* run after it; NULL: none */
    const char **apps;            /* app names in release order (>= 2) */
    size_t napps;
    int pg_version;
    /* For the safe forms the planner writes. */
    const char *lock_timeout;
    long batch_size, batch_pause_ms;
    const char *statement_timeout;
    const rg_stats *stats;        /* --stats; NULL: every existing table is large */
} rg_review_opts;

/*
 * Builds the review of o's files with `parser` (which must outlive the
 * plan) and lock model `model`. Returns RG_OK with the plan in *out
 * (findings in it), or RG_EINPUT / RG_EIO when a file cannot be read or a
 * statement does not parse or would fail on PostgreSQL (diagnostics at
 * file:line:column in d); *out is NULL then.
 */
int rg_review_build(rg_plan **out, rg_parser *parser, const rg_lockmodel *model, const rg_review_opts *o,
                    rg_diags *d);

/*
 * The simulator's breaks as review findings ("breaks_live_app", error) at
 * the file:line of the statement that broke the query.
 */
struct rg_sim;
void rg_review_add_breaks(rg_plan *p, const struct rg_sim *sim);

#endif
