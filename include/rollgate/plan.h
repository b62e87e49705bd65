/*
 * plan.h — stage 4: changes → an expand–contract plan. The planner turns
 * every change of a diff into its safe shape for the target server
 * version, spread over stages around the application deploy(s): expand
 * (keeps the running version working), backfill (batched data), validate
 * and switch (still before the deploy), one deploy per next app version,
 * contract (after the old version is gone: tighten, drop).
 *
 * Each step is one statement with its down, the lock model's answer for
 * it, and notes. Steps are grouped into files: a file is one transaction
 * (starting with SET lock_timeout) unless it is a no-transaction file
 * (CONCURRENTLY, batched backfills that COMMIT), which holds one step.
 *
 * The plan checks itself: every up applied in order to the old catalog
 * must give the new catalog exactly, every down applied in reverse must
 * give the old one back; what differs is an error-level finding
 * (code "internal_plan_mismatch").
 */
#ifndef ROLLGATE_PLAN_H
#define ROLLGATE_PLAN_H

#include <stdbool.h>

#include "rollgate/diff.h"
#include "rollgate/lockmodel.h"
#include "rollgate/stats.h"

/* Hints and settings (the options of `rollgate plan`). */
typedef struct rg_rename_hint {
    const char *schema, *table, *from, *to; /* column rename: table.from -> to;
                                              * table rename: table NULL,
                                              * from -> to */
} rg_rename_hint;

typedef struct rg_backfill_hint {
    const char *schema, *table, *column, *sql;
} rg_backfill_hint;

/* --allow-drop: a dropped table (column NULL) or column whose data the
 * user lets go. With two parts ("a.b") the hint is read both ways: the
 * table a.b, or the column b of public.a. */
typedef struct rg_drop_hint {
    const char *schema, *table, *column;
} rg_drop_hint;

typedef struct rg_plan_opts {
    const char **apps;            /* app names in release order (>= 2) */
    size_t napps;
    const rg_rename_hint *renames;      size_t nrenames;
    const rg_rename_hint *table_renames; size_t ntable_renames;
    const rg_backfill_hint *backfills;  size_t nbackfills;
    int pg_version;               /* 11..17 */
    const char *lock_timeout;     /* "5s" */
    long batch_size;              /* rows per backfill batch */
    long batch_pause_ms;          /* pause between backfill batches, ms */
    const char *statement_timeout; /* SET statement_timeout of no-transaction files ("0": none) */
    /* Data safety: without these a narrowing type change (lossy_change)
     * and a drop of data (data_drop, possible_rename) are error-level
     * findings. */
    bool allow_lossy;
    const rg_drop_hint *allow_drops;   size_t nallow_drops;
    /* The self-check's resolution of the SQL inside the plan's DDL (views,
     * bodies, DO blocks, expressions, casts): rg_sim_strict_catalog. NULL:
     * the self-check interprets DDL only. */
    void (*strict_catalog)(rg_catalog *c);
    /* Table sizes (--stats, --stats-from); NULL: unknown. Each step that
     * rewrites, scans, builds an index or backfills gets an estimate, and
     * one the size makes risky a "table_size_risk" finding. */
    const rg_stats *stats;
} rg_plan_opts;

typedef enum { RG_STAGE_BASELINE, RG_STAGE_MIGRATION, RG_STAGE_DEPLOY } rg_stagekind;

typedef struct rg_plan_file rg_plan_file;

typedef struct rg_plan_stage {
    int index;                    /* 0 = baseline */
    const char *name;             /* "baseline", "expand", "deploy_v2", ... */
    rg_stagekind kind;
    const char *apps;             /* "v1;v2" */
    rg_plan_file **files;         /* in run order */
    size_t nfiles;
} rg_plan_stage;

typedef struct rg_plan_step {
    int number;                   /* 1-based, run order */
    rg_plan_file *file;
    const char *sql;              /* the up statement, without ';' */
    const char *down;             /* its down statement(s) without the final ';', or NULL */
    const char *object;           /* "public.posts.content" */
    const char *lock_table;       /* the table the lock model's table_lock is
                                   * taken on, named as `object` is, when
                                   * `object` is no relation (a statistics
                                   * object); NULL: what `object` names */
    const char *op;               /* lock model op code */
    const rg_lockrule *rule;      /* NULL when the op is unknown on the version */
    bool lossless;                /* the down restores data too */
    const char *lossy_why;        /* when !lossless */
    const char *notes;
    /* A reviewed statement (rollgate review): its 1-based line in the file
     * as written; 0 for a generated step. */
    int line;
    rg_estimate est;              /* the work on its table, and how long for its size */
} rg_plan_step;

struct rg_plan_file {
    int number;                   /* 1-based, run order (the NNNN prefix) */
    rg_plan_stage *stage;
    const char *slug;
    const char *name;             /* "0001_expand_schema" (no extension) */
    bool no_transaction;
    rg_plan_step **steps;
    size_t nsteps, steps_cap;     /* steps_cap: internal (arena vector) */
    /* A reviewed file (rollgate review): its path as given and its text
     * as written; NULL for a generated file (migrations/NAME.up.sql). */
    const char *path;
    const char *text;
    /* internal ordering */
    int phase;
    int seq;
};

typedef struct rg_plan {
    rg_arena *arena;
    rg_plan_stage *stages;        /* in run order */
    size_t nstages;
    rg_plan_file **files;         /* in run order */
    size_t nfiles;
    rg_plan_step **steps;         /* in run order */
    size_t nsteps;
    rg_finding *findings;         /* "missing_backfill", "internal_plan_mismatch", ... */
    size_t nfindings, findings_cap;
    const rg_plan_opts *opts;
    const char *lock_timeout;
    /* The catalogs the plan goes between (the caller's; they outlive it).
     * The self-check and the simulator apply the plan to clones of
     * old_cat: no stage reads its input twice. */
    const rg_catalog *old_cat, *new_cat;
    /* internal: what table renames made (freed with the plan): a clone of
     * old_cat with the tables renamed, its diff, and the parser of the
     * rename statements */
    rg_diff *owned_diff;
    rg_catalog *owned_cat;
    rg_parser *owned_parser;
} rg_plan;

/*
 * Builds the plan for diff d (old_cat → new_cat). Returns RG_OK (findings,
 * including error-level ones, are in the plan) or RG_EUSAGE when a hint
 * names nothing the diff has (an error diagnostic in diags).
 */
int rg_plan_build(rg_plan **out, rg_diags *diags, rg_catalog *old_cat, rg_catalog *new_cat,
                  const rg_diff *d, const rg_lockmodel *model, const rg_plan_opts *opts);
void rg_plan_free(rg_plan *p);

/* The SQL text of one file (header, SET lock_timeout, statements) and of
 * its down (statements reversed, lossy marker first). */
void rg_plan_file_up(const rg_plan *p, const rg_plan_file *f, rg_buf *out);
void rg_plan_file_down(const rg_plan *p, const rg_plan_file *f, rg_buf *out);

/*
 * The self-check: applies every up file to a clone of the plan's old
 * catalog and diffs against its new one; then every down in reverse and
 * diffs against the old one. Differences become findings in p. Returns
 * RG_OK or an error code when a step does not even parse or apply (also a
 * finding).
 */
int rg_plan_verify(rg_plan *p);

/*
 * Planner feedback: moves step `step_number` (1-based) from a migration
 * stage before the last deploy to the contract stage (the migration stage
 * after the last deploy, created when missing), where only the last app
 * version is live. Steps that must stay with it go too: its whole file
 * when that is a no-transaction file, else the steps of its file on the
 * same object (in a new transactional file placed first in contract).
 * Files and steps are renumbered and renamed; stages left empty go.
 * Returns RG_OK or RG_EUSAGE when the step cannot be deferred.
 */
bool rg_plan_step_deferrable(const rg_plan *p, int step_number);
int rg_plan_defer_step(rg_plan *p, int step_number);

/* Adds a finding (strings copied into the plan's arena); returns it, so a
 * caller may fill the place fields (step, file, line, sqlstate). */
rg_finding *rg_plan_add_finding(rg_plan *p, rg_severity sev, const char *code, const char *object,
                                const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* ---- emit: files and CSV (src/emit) ------------------------------------ */

/* stages.csv, steps.csv and changes.csv as the contract words them. */
int rg_emit_stages_csv(const rg_plan *p, rg_buf *out);
int rg_emit_steps_csv(const rg_plan *p, rg_buf *out);
/*
 * Writes DIR/migrations/NNNN_*.up.sql / .down.sql, stages.csv, steps.csv
 * and changes.csv: everything into temporary names first, then renamed
 * into place. DIR is a run's private folder (src/run/outdir.c), which also
 * sees that no file of an earlier run stays next to these. Returns RG_OK or
 * RG_EIO with an error diagnostic in diags.
 */
int rg_emit_plan(const rg_plan *p, const rg_diff *d, const char *dir, rg_diags *diags);


#endif
