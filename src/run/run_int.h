/*
 * run_int.h — what the files of src/run share: the planner feedback loop
 * (feedback.c) and the output folder a run publishes (outdir.c).
 */
#ifndef ROLLGATE_RUN_INT_H
#define ROLLGATE_RUN_INT_H

#include "rollgate/report.h"
#include "rollgate/review.h"
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
void rg_run_feedback(rg_plan *p, rg_sim **sim, const rg_app *apps, size_t napps);

/* ---- the output folder (outdir.c) --------------------------------------- */

/*
 * A run's outputs are built in a private folder (`stage`) and published as
 * one unit. rg_outdir_begin checks every output path and takes the output
 * folder's lock before any work, so a refusal writes nothing.
 */
typedef struct rg_outdir {
    char *out;                    /* the output folder as given */
    char *stage;                  /* where this run writes its files */
    char *ledger;                 /* the ledger's path (written in place) */
    /* Where --junit / --sarif go when they lie inside OUT (with the staged
     * files); NULL otherwise: rg_outdir_publish writes them in place. */
    char *junit, *sarif;
    struct rg_outdir_state *st;   /* internal */
} rg_outdir;

/* Checks opts' output paths (out, ledger when writes_ledger: OUT/rollgate.db
 * unless given, junit, sarif), locks OUT (waiting for a run that holds it;
 * opts' notify says so), removes what dead runs left, prepares the stage.
 * RG_OK, or RG_EIO / RG_EUSAGE with an error in d (nothing written). */
int rg_outdir_begin(rg_outdir *o, const rg_run_opts *opts, bool writes_ledger, rg_diags *d);
/* A ledger outside OUT is written in place while its folder is locked
 * (waiting for a run that holds it): another run may be publishing that
 * folder with its own ledger in it. No-ops for the ledger in OUT. */
int rg_outdir_ledger_lock(rg_outdir *o, rg_diags *d);
void rg_outdir_ledger_unlock(rg_outdir *o);
/* Whether the ledger lies in OUT, so the run writes a copy of it in the
 * stage (published with the rest, or never seen), not the ledger in place. */
bool rg_outdir_ledger_staged(const rg_outdir *o);

/* Carries what OUT holds that is not rollgate's into the stage, swaps the
 * stage into OUT's place, removes the previous outputs, then writes junit /
 * sarif (the rendered files, NULL: none) where they go. RG_OK or RG_EIO
 * (nothing published). */
int rg_outdir_publish(rg_outdir *o, const rg_buf *junit, const rg_buf *sarif, rg_diags *d);
/* Releases the lock; removes what an unpublished run staged. */
void rg_outdir_end(rg_outdir *o);
/* ---- what rg_run_plan and rg_run_review share (run.c) ------------------- */

struct rg_run_state {
    rg_parser *parser;
    rg_parser *app_parser;        /* the apps' queries when parsed beside the schemas, else NULL */
    rg_catalog *cats[2];
    rg_arena *arena;              /* apps, their queries, small strings */
    const char **app_names;       /* the plan's copy of the release order */
    rg_app *apps;                 /* NULL: no simulation */
    size_t napps;
    rg_lockmodel *model;
    rg_plan_opts popts;           /* the plan keeps a pointer to it */
    rg_outdir out;
    bool out_begun;
    rg_stats stats;               /* plan/verify --stats / --stats-from (diagnostics point into it) */
    bool have_stats;
    rg_emit_target emit;          /* --emit: the format and the first free version */
};

/* The apps' queries (S->apps), all of them or none (no paths given). */
int rg_run_load_apps(struct rg_run_state *S, const rg_run_opts *o, rg_diags *d);
/* --stats FILE / --stats-from URL into S->stats (nothing when neither is given). */
int rg_run_load_stats(struct rg_run_state *S, const rg_run_opts *o, rg_diags *d);
/* RG_OK, or RG_EIO with an "interrupted" error once a signal came. */
int rg_run_go_on(rg_diags *d);
/* Writes buffer b as DIR/NAME (temporary file, then renamed). */
int rg_run_write_csv(const char *dir, const char *name, const rg_buf *b, rg_diags *d);
/* Collects the run (meta m), records it in the ledger, renders the report
 * from what the ledger holds into the stage, and junit / sarif when asked. */
int rg_run_record(rg_run_result *res, struct rg_run_state *S, const rg_run_opts *o, const rg_report_meta *m,
                  rg_buf *junit, rg_buf *sarif, rg_diags *d);
/* An error finding, an error verdict or a disagreement with the server. */
bool rg_run_incompatible(const rg_run_result *res);

#endif
