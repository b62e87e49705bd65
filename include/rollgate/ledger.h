/*
 * ledger.h — the evidence of every run, in a SQLite database. A run is
 * flattened into rows (metadata, inputs with their SHA-256, changes,
 * stages, migration files, steps with their risk, compatibility verdicts,
 * findings) exactly as the reports show them; the reports (report.h) are
 * rendered from an rg_run, and an rg_run loaded back from the ledger is
 * the same value, so a past run's report is re-created byte for byte.
 *
 * Storage: one transaction per run (a crash leaves no half run), WAL
 * journal (readers are not blocked), schema versioned with PRAGMA
 * user_version and migrated forward step by step on open.
 */
#ifndef ROLLGATE_LEDGER_H
#define ROLLGATE_LEDGER_H

#include <stdbool.h>
#include <stdint.h>

#include "rollgate/util.h"

/* SHA-256 of a byte string as 64 lowercase hex digits (src/util/sha256.c). */
void rg_sha256_hex(const void *data, size_t len, char out[65]);

/* ---- a run, as the reports see it -------------------------------------- */

typedef struct rg_run_input {
    const char *role;        /* "old", "new", "app:v1" */
    const char *path;        /* as the user named it */
    const char *sha256;      /* hex; of the file, or of a folder's files */
    int64_t bytes;
} rg_run_input;

typedef struct rg_run_change {
    int seq;
    const char *kind, *object, *detail;
} rg_run_change;

typedef struct rg_run_stage {
    int index;
    const char *name;
    const char *kind;        /* "baseline", "migration", "deploy" */
    const char *apps;        /* "v1;v2" */
    const char *files;       /* "migrations/0001_x.up.sql;..." */
} rg_run_stage;

typedef struct rg_run_file {
    int number;
    int stage;
    const char *name;        /* "0001_expand_schema" */
    bool no_transaction;
    const char *up_sql, *down_sql;
} rg_run_file;

typedef struct rg_run_step {
    int number, stage;
    const char *file;        /* "migrations/0001_expand_schema.up.sql" */
    int line;                /* of the statement in that file (1-based, 0 unknown) */
    const char *statement, *object, *lock;
    bool blocks_reads, blocks_writes, rewrites_table, scans_table, transactional;
    const char *down;
    bool down_lossless;
    const char *notes;
    /* The work on the step's table and its estimate (rollgate/stats.h):
     * work "" when none; size_known false when no size was given. */
    const char *work;
    bool size_known;
    int64_t table_rows, table_bytes;
    double est_seconds;
} rg_run_step;

/* What rollgate could not prove: a statement it keeps opaque, a PL/pgSQL
 * body whose statements it does not analyse, a query it could not
 * resolve. The report lists them and counts them in its summary. */
typedef struct rg_run_unproven {
    const char *kind;        /* "opaque_statement", "plpgsql_body", "unresolved_query" */
    const char *object;      /* what it is about ("" none) */
    const char *detail;
    const char *file;        /* "" unknown */
    int line;
} rg_run_unproven;

typedef struct rg_run_verdict {
    int stage;
    const char *app, *query;
    const char *verdict;     /* "ok", "warning", "error" */
    const char *code, *detail;
    const char *file;        /* where the query is written ("" unknown) */
    int line;
} rg_run_verdict;

/* `rollgate verify`: one query verdict as predicted and as observed on the
 * server. */
typedef struct rg_run_vrow {
    int stage;
    const char *app, *query;
    const char *predicted, *observed;
    bool agree;
} rg_run_vrow;

/* `rollgate verify`: one plan step as measured on the server. ms is the
 * measured duration (informational: never in a CSV). */
typedef struct rg_run_vstep {
    int step, stage;
    const char *target;
    const char *predicted_lock, *observed_lock;
    bool predicted_rewrite, observed_rewrite;
    bool measured;
    double ms;
    bool agree;
    const char *note;        /* how it was observed ("" when measured in its transaction) */
} rg_run_vstep;

typedef struct rg_run {
    rg_arena *arena;         /* owns every string and array below */
    int64_t id;              /* ledger row id, 0 until recorded */
    const char *tool_version;
    const char *time_utc;    /* "2026-11-26T04:00:00Z" */
    const char *command_line;
    const char *apps;        /* release order, "v1;v2" */
    int pg_version;
    int exit_code;
    const char *verdict;     /* "compatible", "incompatible", "error" */
    rg_run_input *inputs;     size_t ninputs;
    rg_run_change *changes;   size_t nchanges;
    rg_run_stage *stages;     size_t nstages;
    rg_run_file *files;       size_t nfiles;
    rg_run_step *steps;       size_t nsteps;
    rg_run_verdict *verdicts; size_t nverdicts;
    rg_finding *findings;     size_t nfindings;
    rg_run_unproven *unproven; size_t nunproven;
    /* A verify run: the server's version and what it observed (the
     * report's "Verified on PostgreSQL" section). */
    bool verified;
    const char *server_version;  /* "" unless verified */
    rg_run_vrow *vrows;       size_t nvrows;
    rg_run_vstep *vsteps;     size_t nvsteps;
} rg_run;

rg_run *rg_run_new(void);
void rg_run_free(rg_run *r);
/* "compatible" / "incompatible" from the verdicts and error findings;
 * also sets exit_code to 0 or 1 unless it is already 2 or 3. */
void rg_run_settle(rg_run *r);

/*
 * The run's time: RG_FIXED_TIME from the environment when set (tests need
 * deterministic output), else now, as ISO 8601 UTC.
 */
const char *rg_run_now(rg_arena *a);

/* Adds an input (path: a file or a folder of files, hashed in name
 * order). Returns RG_OK or RG_EIO. */
int rg_run_add_input(rg_run *r, const char *role, const char *path);

/* ---- the ledger --------------------------------------------------------- */

typedef struct rg_ledger rg_ledger;

/* Schema version this build writes (PRAGMA user_version). */
#define RG_LEDGER_VERSION 4

/*
 * Opens (creating if missing) and migrates the ledger to RG_LEDGER_VERSION.
 * A ledger written by a newer rollgate is refused. On failure returns
 * RG_EIO (or RG_EINPUT: not a ledger) with an error diagnostic in d.
 */
int rg_ledger_open(rg_ledger **out, const char *path, bool create, rg_diags *d);
void rg_ledger_close(rg_ledger *l);
/* Copies ledger `from` into a new file `to` (SQLite's online backup: a
 * consistent snapshot even while others write). RG_OK or RG_EIO with an
 * error in d. */
int rg_ledger_copy(const char *from, const char *to, rg_diags *d);
/* Whether an existing file is a ledger this rollgate can take (a rollgate
 * ledger or an empty SQLite database, not of a newer schema), without
 * writing to it: RG_OK, or RG_EINPUT / RG_EIO with an error in d. */
int rg_ledger_check(const char *path, rg_diags *d);

/* Appends run r in one transaction and sets r->id. Crash-test pause point
 * "ledger" (rg_test_pause): inside the transaction, half of the rows
 * written. */
int rg_ledger_record(rg_ledger *l, rg_run *r, rg_diags *d);
/* The same in two halves: _begin opens the transaction and writes the
 * `runs` row (r->id is set), _end writes the other rows and commits (or
 * rolls back, r->id 0 again). Between them r may be read by another
 * thread, not changed; nothing else may use the ledger. */
int rg_ledger_record_begin(rg_ledger *l, rg_run *r, rg_diags *d);
int rg_ledger_record_end(rg_ledger *l, rg_run *r, rg_diags *d);

/* Loads run `id` (0 = the latest). RG_EINPUT when there is no such run. */
int rg_ledger_load(rg_ledger *l, int64_t id, rg_run **out, rg_diags *d);

/* `rollgate runs`: one line per run (id, time, verdict, exit code, apps,
 * inputs with short digests), oldest first. */
int rg_ledger_list(rg_ledger *l, rg_buf *out, rg_diags *d);

#endif
