/*
 * run_int.h — what the files of src/run share: the planner feedback loop
 * (feedback.c) and the output folder a run publishes (outdir.c).
 */
#ifndef ROLLGATE_RUN_INT_H
#define ROLLGATE_RUN_INT_H

#include "rollgate/run.h"

/* ---- planner feedback (feedback.c) -------------------------------------- */

/*
 * Self-checks plan p, simulates it when apps are given (*sim), and moves to
 * the contract stage, round by round, every step that breaks a query of an
 * app other than the last; each round is self-checked and simulated again.
 * Moved steps become step_deferred warnings; a plan the simulator cannot
 * replay becomes an internal_simulate_error finding. Never fails: what
 * goes wrong is a finding in p.
 */
void rg_run_feedback(rg_plan *p, rg_sim **sim, rg_parser *parser, const char *old_path, const rg_catalog *old_cat,
                     const rg_catalog *new_cat, const rg_app *apps, size_t napps);

/* ---- the output folder (outdir.c) --------------------------------------- */

/*
 * A run's outputs are built in a private folder (`stage`) and published as
 * one unit. rg_outdir_begin checks every output path and takes the output
 * folder's lock before any work, so a refusal writes nothing.
 */
typedef struct rg_outdir {
    char *out;                    /* the output folder as given */
    char *stage;                  /* where this run writes its files */
    char *ledger;                 /* where the ledger is opened */
    char *junit, *sarif;          /* where they are written; NULL: not asked */
    struct rg_outdir_state *st;   /* internal */
} rg_outdir;

/* Checks the paths (ledger NULL: OUT/rollgate.db), locks OUT, prepares the
 * stage. RG_OK, or RG_EIO / RG_EUSAGE with an error in d (nothing written). */
int rg_outdir_begin(rg_outdir *o, const char *out, const char *ledger, const char *junit, const char *sarif,
                    rg_diags *d);
/* Publishes the staged files; junit/sarif are the rendered files (NULL:
 * none). RG_OK or RG_EIO (nothing published). */
int rg_outdir_publish(rg_outdir *o, const rg_buf *junit, const rg_buf *sarif, rg_diags *d);
/* Releases the lock; removes what an unpublished run staged. */
void rg_outdir_end(rg_outdir *o);

#endif
