/*
 * run.h — the pipeline as one call. `rollgate plan`, `rollgate verify` and
 * `rollgate plan --verify` all run rg_run_plan, so the same inputs give the
 * same plan byte for byte whichever command asks:
 *
 *   outputs checked and locked → parse → catalogs → diff → plan →
 *   self-check → simulate ⇄ planner feedback → [replay on PostgreSQL] →
 *   files → ledger → report → published as one unit
 *
 * The library prints nothing and installs no signal handler: problems and
 * notes come back as diagnostics in the result, progress through a
 * callback, and the application's own handler calls rg_run_interrupt.
 *
 * Ownership: a result owns every value of the run (parser, catalogs, diff,
 * plan, simulation, verification, recorded run) until rg_run_result_free.
 */
#ifndef ROLLGATE_RUN_H
#define ROLLGATE_RUN_H

#include <stdbool.h>

#include "rollgate/emit.h"
#include "rollgate/ledger.h"
#include "rollgate/plan.h"
#include "rollgate/simulate.h"
#include "rollgate/verify.h"

typedef struct rg_run_opts {
    const char *old_path, *new_path;
    /* App versions in release order (>= 2). app_paths is parallel: where
     * each one's queries are; NULL (the array or every entry) runs no
     * simulation. */
    const char *const *apps;
    const char *const *app_paths;
    size_t napps;
    const rg_rename_hint *renames;       size_t nrenames;
    const rg_rename_hint *table_renames; size_t ntable_renames;
    const rg_backfill_hint *backfills;   size_t nbackfills;
    int pg_version;               /* 11..17 */
    const char *lock_timeout;     /* "5s" */
    long batch_size;
    long batch_pause_ms;          /* between backfill batches (5) */
    const char *statement_timeout;/* of no-transaction files ("0": none) */
    bool allow_lossy;             /* narrowing type changes: warning, not error */
    const rg_drop_hint *allow_drops; size_t nallow_drops; /* drops whose data may go */
    const char *models_dir;       /* lock model override; NULL: the embedded model */
    /* Table sizes for estimates and size-graded risk (rollgate/stats.h):
     * a --stats CSV, or a server's catalog (read-only); both NULL: none. */
    const char *stats_path, *stats_url;
    /* Outputs. out is required; ledger NULL means OUT/rollgate.db; junit
     * and sarif NULL are not written. */
    const char *out, *ledger, *junit, *sarif;
    /* Also the migrations as another tool's files (OUT/<format>/). */
    rg_emit_opts emit;
    /* What the ledger records about the invocation. */
    const char *tool_version, *command_line;
    /* Notes for people while the run goes on (waiting for another run's
     * lock); NULL: none. Same contract as rg_verify_opts.notify. */
    void (*notify)(void *ctx, bool transient, const char *line);
    void *notify_ctx;
    /* Per-stage figures for benchmarks, one notify line per stage:
     * "timing STAGE wall_ms=W cpu_ms=C", the time since the previous one
     * (CPU summed over threads). Outputs do not change. */
    bool timing;
    /* Replay on a real PostgreSQL after simulating; NULL: no replay. */
    const rg_verify_opts *verify;
    /* `rollgate review` (rg_run_review): old_path is BASE, new_path the
     * migrations run before the deploy; post_path those run after it
     * (NULL: none); stats_path a CSV of table sizes (NULL: none). */
    const char *post_path;
} rg_run_opts;

typedef struct rg_run_result {
    /* The one error channel: the input's diagnostics, and every failure
     * (I/O, usage, a busy output folder) as an error without a source. */
    rg_diags diags;
    /* The pipeline's values (NULL when the run stopped before them). */
    rg_diff *diff;
    rg_plan *plan;
    rg_sim *sim;                  /* NULL: no app was simulated */
    rg_verify *verify;            /* NULL: no replay */
    rg_run *run;                  /* as recorded, loaded back from the ledger */
    const char *report_path;      /* OUT/report.html */
    rg_emit_result emit;          /* --emit: what was written (folder "" without) */
    /* An error-level finding, an error verdict or a disagreement with the
     * server: the plan is not proven safe (exit 1). */
    bool incompatible;
    /* internal */
    struct rg_run_state *state;
} rg_run_result;

/*
 * Runs the pipeline. Returns RG_OK when the run is recorded and its
 * outputs published (findings and verdicts, even error-level ones, are in
 * the result), else RG_EINPUT / RG_EIO / RG_EUSAGE (bad input, an output
 * that cannot be written, a busy output folder: nothing was written) or
 * RG_EINTERNAL, with an error diagnostic saying why. After
 * rg_run_interrupt it returns RG_EIO with nothing published.
 */
int rg_run_plan(rg_run_result *res, const rg_run_opts *o);
void rg_run_result_free(rg_run_result *res);

/*
 * `rollgate review`: hand-written migrations (o->new_path, o->post_path)
 * checked against the app versions from BASE (o->old_path): each
 * statement's lock, rewrite and scan, every live query after every
 * statement, findings at file:line with the safe form (review.h). The
 * result's plan holds the files as stages and the statements as steps;
 * diff is NULL. Outputs (stages.csv, steps.csv, compatibility.csv, the
 * ledger, report.html, JUnit, SARIF) are published as rg_run_plan's are.
 * Returns as rg_run_plan does (o->verify is not read).
 */
int rg_run_review(rg_run_result *res, const rg_run_opts *o);

/*
 * `rollgate report`: re-renders run `id` (0 = the latest) of ledger
 * o->ledger into folder o->out (report.html, the CSV files, the
 * migrations; may be NULL), and o->junit / o->sarif when named; published
 * like a run's outputs. Only those fields and notify are read. *run is the
 * run rendered (free with rg_run_free). Returns as rg_run_plan does.
 */
int rg_run_report(rg_run **run, rg_diags *d, const rg_run_opts *o, int64_t id);

/*
 * Async-signal-safe, for the application's SIGINT/SIGTERM/SIGHUP handler:
 * asks the running pipeline to stop at the next stage boundary without
 * publishing anything, stops a throwaway PostgreSQL cluster at once and
 * cancels queries on a --pg-url server (rg_verify_interrupt). The
 * application ends the process as the signal would once rg_run_plan has
 * returned (rg_run_interrupted says which signal).
 */
void rg_run_interrupt(int sig);
int rg_run_interrupted(void);

#endif
