/*
 * lockmodel.h — what a DDL statement costs on a given PostgreSQL version:
 * the lock it takes on its table and on other tables, whether it blocks
 * reads or writes, rewrites or scans the table, and whether it may run in a
 * transaction block. The planner asks this for every step it emits.
 *
 * The facts are data (models/pg/locks.csv and models/pg/type_changes.csv,
 * embedded at build time, or read from a --models DIR), so a new server
 * release is a data change. Truth for PostgreSQL 15 is measured
 * (tests/data/pg15_locks.csv); tests/lockmodel checks every row against it.
 *
 * locks.csv — header
 *   op,min_version,max_version,table_lock,other_lock,blocks_reads,
 *   blocks_writes,rewrites_table,scans_table,in_transaction,notes
 * One row per operation code and inclusive server-version range; the ranges
 * of one op must not overlap. A version with no row for an op means the
 * operation does not exist there (REINDEX CONCURRENTLY on 11). Locks are
 * spelled as PostgreSQL names them ("ACCESS EXCLUSIVE", ...) or "none";
 * booleans are "true"/"false". blocks_reads/blocks_writes say what another
 * session sees on the target table, which is not always what the lock
 * matrix says (a new table's ACCESS EXCLUSIVE blocks nobody; REINDEX takes
 * SHARE on the table but ACCESS EXCLUSIVE on the index, so reads wait).
 *
 * type_changes.csv — header from,to,min_version,max_version,rewrite,
 * index_rebuild,notes. Rules for ALTER COLUMN ... TYPE, in PostgreSQL's
 * canonical spellings ("character varying(50)", "numeric(10,2)",
 * "timestamp(3) without time zone"). Rule syntax:
 *   - inside a type's parentheses, a single lowercase letter is a
 *     placeholder that matches an integer and binds it: numeric(p,s);
 *     any other modifier must match literally; a pattern without
 *     parentheses matches only a type without modifiers;
 *   - `to` may end with " when COND": COND is terms joined by " and ";
 *     a term compares placeholders or integers with = <> < <= > >=
 *     ("m >= n"), or is "TimeZone = UTC": the answer holds only when the
 *     session TimeZone is UTC during the ALTER (otherwise it rewrites);
 *   - rows are tried in file order, the first that matches wins; a pair no
 *     row matches rewrites the table and rebuilds every index (PostgreSQL's
 *     default); identical types change nothing.
 * rewrite=true with index_rebuild=false is rejected: a rewrite rebuilds
 * every index.
 */
#ifndef ROLLGATE_LOCKMODEL_H
#define ROLLGATE_LOCKMODEL_H

#include <stdbool.h>

#include "rollgate/util.h"

/* Table-level lock modes, weakest first, as in PostgreSQL's
 * "Table-level Lock Modes" (explicit-locking docs). */
typedef enum rg_lockmode {
    RG_LOCK_NONE = 0,
    RG_LOCK_ACCESS_SHARE,
    RG_LOCK_ROW_SHARE,
    RG_LOCK_ROW_EXCLUSIVE,
    RG_LOCK_SHARE_UPDATE_EXCLUSIVE,
    RG_LOCK_SHARE,
    RG_LOCK_SHARE_ROW_EXCLUSIVE,
    RG_LOCK_EXCLUSIVE,
    RG_LOCK_ACCESS_EXCLUSIVE
} rg_lockmode;

/* "ACCESS EXCLUSIVE", ..., "none". */
const char *rg_lockmode_name(rg_lockmode mode);
/* Parses a lock name as the models spell it; false if unknown. */
bool rg_lockmode_parse(const char *name, rg_lockmode *out);
/* The conflict matrix: does holding a make a request for b wait? */
bool rg_lockmode_conflicts(rg_lockmode a, rg_lockmode b);

/* From the conflict matrix: a plain SELECT takes ACCESS SHARE, INSERT /
 * UPDATE / DELETE take ROW EXCLUSIVE. Unknown names and "none" block
 * nothing. */
bool rg_lock_blocks_reads(const char *lockname);
bool rg_lock_blocks_writes(const char *lockname);

/* One row of locks.csv. Strings live as long as the model. */
typedef struct rg_lockrule {
    const char *op;
    int min_version, max_version;       /* inclusive */
    const char *table_lock;             /* canonical name, "none" */
    rg_lockmode table_mode;
    const char *other_lock;             /* on other tables (FK target, partition) */
    rg_lockmode other_mode;
    bool blocks_reads, blocks_writes;
    bool rewrites_table, scans_table;
    bool in_transaction;                /* may run inside a transaction block */
    const char *notes;
    const char *file;                   /* where the row came from */
    int line;
} rg_lockrule;

/* The answer for one ALTER COLUMN ... TYPE. */
typedef struct rg_type_change {
    bool rewrite;          /* table rewritten (and every index rebuilt) */
    bool index_rebuild;    /* indexes on the column rebuilt (a scan) */
    bool requires_utc;     /* holds only with the session TimeZone UTC */
    const char *op;        /* the locks.csv op: alter_type_rewrite,
                              alter_type_index_rebuild, alter_type_binary_coercible */
    const char *notes;     /* the rule's notes, or why it rewrites */
    const char *file;      /* the matching rule; NULL when none matched */
    int line;
} rg_type_change;

typedef struct rg_lockmodel rg_lockmodel;

/* Loads the models embedded at build time. Problems in the data are
 * diagnostics located as file:line (code "bad_model"); returns RG_OK or
 * RG_EINPUT, and *out is NULL on failure. */
int rg_lockmodel_load(rg_lockmodel **out, rg_diags *diags);

/* Loads DIR/pg/locks.csv and DIR/pg/type_changes.csv (the --models
 * override); a file missing from DIR falls back to the embedded copy, but
 * DIR must hold at least one of them (RG_EIO otherwise). */
int rg_lockmodel_load_dir(rg_lockmodel **out, const char *dir, rg_diags *diags);

void rg_lockmodel_free(rg_lockmodel *model);

/* The row for op on server major version pg_version, or NULL when the op is
 * unknown or does not exist on that version (rg_lockmodel_has_op tells the
 * two apart). */
const rg_lockrule *rg_lockmodel_lookup(const rg_lockmodel *model, const char *op,
                                       int pg_version);
bool rg_lockmodel_has_op(const rg_lockmodel *model, const char *op);

/* What ALTER COLUMN ... TYPE from_type → to_type does on pg_version. Never
 * fails: without a matching rule the answer is a rewrite. */
void rg_lockmodel_type_change(rg_type_change *out, const rg_lockmodel *model,
                              const char *from_type, const char *to_type,
                              int pg_version);

#endif
