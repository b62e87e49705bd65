/*
 * verify.h — the proof on a real server: replays a plan on PostgreSQL
 * through libpq and records what the server says next to what rollgate
 * predicted. For every step: the locks its own backend held before commit
 * (strongest on the step's target relation), whether the table was
 * rewritten (pg_class.relfilenode), its duration. After every stage: each
 * query of each live app PREPAREd and EXPLAIN EXECUTEd with NULL
 * parameters, writes executed in a rolled-back savepoint with generated
 * values. At the end: the catalog equals NEW loaded fresh, and the downs
 * in reverse give OLD back. Every disagreement is an error-level finding.
 *
 * The server is either an existing one (--pg-url: scratch databases named
 * rollgate_verify_*, created and dropped) or a throwaway cluster initdb'd
 * into a temp dir, unix socket only, removed at the end, on error, or when
 * the application's signal handler calls rg_verify_interrupt.
 *
 * Ownership: an rg_verify owns one arena holding every row and string.
 */
#ifndef ROLLGATE_VERIFY_H
#define ROLLGATE_VERIFY_H

#include <stdbool.h>

#include "rollgate/plan.h"
#include "rollgate/simulate.h"

typedef struct rg_verify_opts {
    const char *pg_url;      /* existing server; NULL = throwaway cluster */
    const char *pg_bin;      /* server binaries; NULL = `pg_config --bindir` */
    const char *seed_path;   /* SQL with rows for the old schema; NULL = generated */
    bool force;              /* --pg-url database may already hold tables */
    /* What happens, for people (the library prints nothing): `transient`
     * lines say what runs now and may overwrite each other; others are
     * notes to keep. NULL: nothing is said. */
    void (*notify)(void *ctx, bool transient, const char *line);
    void *notify_ctx;
} rg_verify_opts;

/* One query verdict: predicted by the simulator (or "ok" when no
 * simulation was given), observed on the server. Verdict spellings:
 * "ok", "warning:<code>", "error:<code>". */
typedef struct rg_verify_row {
    int stage;
    const char *app, *query;
    const char *predicted, *observed;
    bool agree;
    const char *detail;      /* the server's message, "" when ok */
} rg_verify_row;

/* One plan step as measured. */
typedef struct rg_verify_step {
    int step, stage;
    const char *file;        /* "0001_expand_schema.up.sql" */
    const char *target;      /* "public.posts", "" when none */
    const char *predicted_lock, *observed_lock; /* PostgreSQL's docs names, "none" */
    bool predicted_rewrite, observed_rewrite;
    /* Other tables (FK target, view's tables, parent): checked when the
     * model names a lock there; "none" otherwise. */
    const char *predicted_other, *observed_other;
    bool measured;           /* false: a no-transaction step (documented lock) */
    bool sampled;            /* a no-transaction step, sampled from a second
                              * session: whether the sample caught it (measured,
                              * note) depends on timing */
    double ms;
    bool agree;
    const char *note;
} rg_verify_step;

/* The result; the report renders it as "verified on PostgreSQL <version>". */
typedef struct rg_verify {
    rg_arena *arena;
    const char *server_version;   /* "15.8" (server_version) */
    rg_verify_row *rows;          size_t nrows;
    rg_verify_step *steps;        size_t nsteps;
    rg_finding *findings;         size_t nfindings; /* "verify_disagreement", ... */
    size_t ndisagree;             /* rows + steps that disagree */
    size_t nerrors;               /* error-level findings */
    bool final_matches_new;       /* catalog after the ups == NEW loaded fresh */
    bool downs_give_old;          /* catalog after the downs == OLD loaded fresh */
    bool compared_new, compared_old; /* false: the run stopped before that check */
} rg_verify;

/*
 * Replays plan p (built from old_path → new_path) on a server. sim may be
 * NULL (predicted verdicts are then "ok" everywhere the plan is meant to
 * be compatible). apps are matched by name to each stage's live apps.
 * Returns RG_OK (disagreements are findings in *out), RG_EUSAGE (bad
 * server options, a --pg-url database with tables and no force) or RG_EIO
 * (no server could be started or reached, the seed cannot be read), with
 * an error diagnostic in diags. *out is set whenever RG_OK is returned.
 */
int rg_verify_plan(rg_verify **out, const rg_plan *p, const rg_sim *sim, rg_parser *parser,
                   const char *old_path, const char *new_path, const rg_app *apps, size_t napps,
                   const rg_verify_opts *o, rg_diags *diags);
void rg_verify_free(rg_verify *v);

/*
 * Async-signal-safe, for the application's SIGINT/SIGTERM/SIGHUP handler:
 * stops and removes a throwaway cluster at once, cancels the queries
 * running on a --pg-url server; every later query fails, so a running
 * rg_verify_plan returns soon (scratch databases dropped). The library
 * installs no handler itself.
 */
void rg_verify_interrupt(int sig);
/* The signal given to rg_verify_interrupt, 0 when none. */
int rg_verify_interrupted(void);
/* Stops and removes a throwaway cluster still running (an atexit hook). */
void rg_verify_cleanup(void);

/* verification.csv: `stage,app,query,predicted,observed,agree`; step rows
 * use app "-" and query "step N" (predicted/observed "lock=...;rewrite=...",
 * plus ";other=..." when the model names a lock on other tables). */
int rg_verify_write_csv(const rg_verify *v, rg_buf *out);
/* verification_steps.csv: step,stage,file,target,predicted_lock,
 * observed_lock,predicted_rewrite,observed_rewrite,predicted_other,
 * observed_other,measured,agree,note. Deterministic: no duration (ms is
 * kept in the ledger and report.html only), and for sampled steps measured
 * is "false" with a fixed note unless the sample saw a stronger lock than
 * predicted (a disagreement); the sampling outcome is in the ledger. */
int rg_verify_write_steps_csv(const rg_verify *v, rg_buf *out);

#endif
