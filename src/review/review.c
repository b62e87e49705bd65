/*
 * review.c — hand-written migration files → an rg_plan whose steps are the
 * statements as written (review.h). Two clones of BASE move in lockstep:
 * each statement is applied to `after` (strict, as PostgreSQL would run
 * it), judged against `before` (the state it starts from) and `after`,
 * then applied to `before`; so both states of every statement are at hand
 * at twice the cost of one replay, without copying catalogs.
 *
 * A statement's lock, rewrite and scan come from the lock model through
 * an op code read off its parse tree (the same codes the planner uses for
 * its own steps). Whether a table "exists" is what matters for the
 * findings: a table created earlier in the same phase (before or after
 * the deploy) holds no rows the apps wrote, so its rewrites and scans are
 * free.
 */
#include "rollgate/review.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "parse/tree.h"
#include "rollgate/catalog.h"
#include "rollgate/diff.h"
#include "rollgate/simulate.h"

/* A table this small (per --stats) is rewritten or scanned in well under a
 * second: the finding becomes a warning. */
enum { SMALL_ROWS = 10000 };
#define SMALL_BYTES (10LL << 20)

typedef struct rv_file {
    const rg_source *src;
    rg_stmt *stmts;
    size_t n;
    bool post;
} rv_file;

/* What one statement does, as far as the findings care. */
typedef struct rv_stmt {
    const rg_stmt *st;
    int line;
    const char *op;               /* the step's op: the costliest of its parts */
    const char *schema, *table;   /* the table it acts on; NULL: none */
    const char *object;
    const char *rename_col_from, *rename_col_to; /* RENAME COLUMN: a hint for the safe form */
    bool existing;                /* that table holds rows the apps wrote */
    bool only;                    /* ALTER TABLE ONLY */
    bool partitioned;             /* the table is partitioned */
    int rewrite_finding;          /* index + 1 of its table_rewrite finding, 0 none */
    bool planner_rewrites;        /* the planner's own shape rewrites too */
    bool error;                   /* an error whose safe form is another shape of the change */
    bool wants_subplan;           /* a type change: the planner judges data loss */
    unsigned codes;               /* findings already given (bit per code) */
} rv_stmt;

typedef struct reviewer {
    rg_plan *p;
    rg_arena *a;
    const rg_review_opts *o;
    const rg_lockmodel *model;
    rg_catalog *before, *after;
    rg_map created;               /* "schema.table" created in this phase */
    /* the file being read */
    rg_plan_file *f;
    bool file_tx;                 /* the tool runs the file in one transaction */
    bool in_block;                /* inside BEGIN ... COMMIT */
    bool timeout_set;             /* SET lock_timeout ran in this session */
    bool timeout_flagged;
    bool tx_blocked_writes;       /* this transaction holds a lock that blocks writes */
    /* This transaction's tables: "schema.table" -> TX_* bits. TX_ALTERED is
     * read ahead (every ALTER TABLE / RENAME target of the transaction). */
    rg_map tx_tables;
} reviewer;

enum { TX_REWRITTEN = 1, TX_ALTERED = 2 };

enum {
    C_REWRITE = 1, C_SCAN = 2, C_INDEX = 4, C_REINDEX = 8, C_CONC = 16, C_NN = 32
};

/* ---- names ------------------------------------------------------------------ */

static const char *key(reviewer *R, const char *schema, const char *table)
{
    return rg_arena_printf(R->a, "%s.%s", schema, table);
}

/* The table a RangeVar names, resolved in `before` (the search_path of the
 * session) or, for one created by this statement, in `after`. */
static void resolve_rv(reviewer *R, rv_stmt *s, const pg_RangeVar *rv)
{
    if (!rv) return;
    const char *schema = rg_pg_rv_schema(rv);
    const rg_table *t = rg_catalog_table(R->before, schema, rv->relname);
    if (!t) t = rg_catalog_table(R->after, schema, rv->relname);
    s->schema = t ? t->schema : schema ? schema : "public";
    s->table = t ? t->name : rv->relname;
    s->existing = rg_catalog_table(R->before, s->schema, s->table) && !rg_map_get(&R->created, key(R, s->schema, s->table));
    s->object = rg_qualified_a(R->a, s->schema, s->table);
    s->partitioned = t && t->kind == RG_TABLE_PARTITIONED;
}

static void resolve_index(reviewer *R, rv_stmt *s, const char *schema, const char *name)
{
    const rg_index *x = rg_catalog_index(R->before, schema, name);
    if (!x) return;
    s->schema = x->table_schema;
    s->table = x->table_name;
    s->existing = rg_catalog_table(R->before, s->schema, s->table) && !rg_map_get(&R->created, key(R, s->schema, s->table));
    s->object = rg_qualified_a(R->a, x->schema, x->name);
    const rg_table *t = rg_catalog_table(R->before, s->schema, s->table);
    s->partitioned = t && t->kind == RG_TABLE_PARTITIONED;
}

static uintptr_t tx_flags(reviewer *R, const char *schema, const char *table)
{
    return schema && table ? (uintptr_t)rg_map_get(&R->tx_tables, key(R, schema, table)) : 0;
}

static void tx_mark(reviewer *R, const char *schema, const char *table, uintptr_t bit)
{
    if (!schema || !table) return;
    const char *k = key(R, schema, table);
    rg_map_put(&R->tx_tables, k, (void *)(tx_flags(R, schema, table) | bit));
}

/* ---- ops -------------------------------------------------------------------- */

static const rg_lockrule *rule(reviewer *R, const char *op)
{
    return op ? rg_lockmodel_lookup(R->model, op, R->o->pg_version) : NULL;
}

/* Cost rank: what the step column shows when a statement has several. */
static int rank(reviewer *R, const char *op)
{
    const rg_lockrule *r = rule(R, op);
    if (!r) return op ? 0 : -1;
    return r->rewrites_table * 8 + r->scans_table * 4 + r->blocks_reads * 2 + r->blocks_writes;
}

static bool has_option(pg_node *const *opts, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (rg_pg_is(opts[i], T_DefElem) && !strcmp(opts[i]->def_elem->defname, name)) return true;
    return false;
}

static const char *type_last(const pg_TypeName *tn)
{
    return tn ? rg_pg_last_str(tn->names, tn->n_names) : "";
}

static bool is_serial(const pg_TypeName *tn)
{
    const char *t = type_last(tn);
    return !strcmp(t, "serial") || !strcmp(t, "bigserial") || !strcmp(t, "smallserial") || !strcmp(t, "serial2") ||
           !strcmp(t, "serial4") || !strcmp(t, "serial8");
}

/* PostgreSQL evaluates a volatile default once per existing row (a
 * rewrite); a stable or immutable one is stored once (PG 11+). The known
 * volatile built-ins, by name. */
static bool volatile_expr(reviewer *R, const pg_node *e)
{
    static const char *const VOLATILE[] = {"random", "clock_timestamp", "gen_random_uuid", "uuid_generate_v1",
                                           "uuid_generate_v1mc", "uuid_generate_v4", "nextval", "timeofday",
                                           "txid_current", "setseed", NULL};
    const char *sql = e ? rg_pg_deparse_expr(R->a, e) : NULL;
    if (!sql) return false;
    for (int i = 0; VOLATILE[i]; i++) {
        const char *at = strstr(sql, VOLATILE[i]);
        if (at && at[strlen(VOLATILE[i])] == '(') return true;
    }
    return false;
}

static const char *add_column_op(reviewer *R, const pg_ColumnDef *cd)
{
    bool not_null = cd->is_not_null, has_default = cd->raw_default != NULL, check = false, refs = false;
    const pg_node *dflt = cd->raw_default;
    for (size_t i = 0; i < cd->n_constraints; i++) {
        const pg_Constraint *c = rg_pg_is(cd->constraints[i], T_Constraint) ? cd->constraints[i]->constraint : NULL;
        if (!c) continue;
        if (c->contype == CONSTR_GENERATED) return "add_column_generated_stored";
        if (c->contype == CONSTR_IDENTITY) return "add_column_identity";
        if (c->contype == CONSTR_NOTNULL || c->contype == CONSTR_PRIMARY) not_null = true;
        if (c->contype == CONSTR_DEFAULT) has_default = true, dflt = c->raw_expr;
        if (c->contype == CONSTR_CHECK) check = true;
        if (c->contype == CONSTR_FOREIGN) refs = true;
    }
    if (is_serial(cd->type_name)) return "add_column_serial";
    if (has_default && volatile_expr(R, dflt)) return "add_column_default_volatile";
    if (check && (has_default || not_null)) return "add_column_default_with_check";
    if (refs) return "add_column_references";
    if (not_null && has_default) return "add_column_not_null_default";
    if (has_default) return "add_column_default_const";
    return "add_column_nullable";
}

/* SET NOT NULL skips its scan (PG 12+) when a validated CHECK (col IS NOT
 * NULL) is there. */
static const char *set_not_null_op(reviewer *R, const char *schema, const char *table, const char *col)
{
    const rg_table *t = rg_catalog_table(R->before, schema, table);
    if (!t) return "set_not_null";
    char *want = rg_arena_printf(R->a, "(%s IS NOT NULL)", rg_quote_ident_a(R->a, col));
    for (size_t i = 0; i < t->constraints.n; i++) {
        rg_constraint *k = &t->constraints.v[i];
        if (k->dropped || k->kind != RG_CON_CHECK) continue;
        const char *sql = rg_expr_sql(R->before, &k->check);
        if (sql && (!strcmp(sql, want) || !strcmp(sql, want + 1) ||
                    (strstr(sql, col) && strstr(sql, "IS NOT NULL") && !strstr(sql, " OR ") && !strstr(sql, " AND "))))
            return k->not_valid ? "set_not_null_with_not_valid_check" : "set_not_null_with_valid_check";
    }
    return "set_not_null";
}

static const char *constraint_op(reviewer *R, rv_stmt *s, const pg_Constraint *c)
{
    (void)s;
    const rg_table *t = s->table ? rg_catalog_table(R->before, s->schema, s->table) : NULL;
    switch (c->contype) {
    case CONSTR_CHECK: return c->skip_validation ? "add_check_not_valid" : "add_check";
    case CONSTR_FOREIGN:
        if (t && t->kind == RG_TABLE_PARTITIONED) return "add_foreign_key_partitioned";
        return c->skip_validation ? "add_foreign_key_not_valid" : "add_foreign_key";
    /* ADD on ONLY a partitioned table builds an invalid parent index that
     * the partitions' indexes are attached to later: no scan */
    case CONSTR_UNIQUE:
    case CONSTR_PRIMARY:
        if (t && t->kind == RG_TABLE_PARTITIONED && s->only) return "add_key_on_only";
        if (c->contype == CONSTR_UNIQUE) return *c->indexname ? "add_unique_using_index" : "add_unique_constraint";
        return *c->indexname ? "add_primary_key_using_index" : "add_primary_key";
    case CONSTR_EXCLUSION: return "add_unique_constraint";
    default: return NULL;
    }
}

static const char *existing_constraint_op(reviewer *R, rv_stmt *s, const char *name, bool drop)
{
    const rg_table *t = s->table ? rg_catalog_table(R->before, s->schema, s->table) : NULL;
    const rg_constraint *k = t ? rg_table_constraint(t, name) : NULL;
    if (!k) return drop ? "drop_constraint_check" : "validate_check";
    if (k->kind == RG_CON_FOREIGN) return drop ? "drop_constraint_foreign_key" : "validate_foreign_key";
    if (k->kind == RG_CON_CHECK) return drop ? "drop_constraint_check" : "validate_check";
    return drop ? "drop_constraint_unique" : "validate_check";
}

static const char *type_change_op(reviewer *R, rv_stmt *s, const char *col)
{
    const rg_table *tb = rg_catalog_table(R->before, s->schema, s->table);
    const rg_table *ta = rg_catalog_table(R->after, s->schema, s->table);
    const rg_column *cb = tb ? rg_table_column(tb, col) : NULL, *ca = ta ? rg_table_column(ta, col) : NULL;
    if (!cb || !ca) return "alter_type_rewrite";
    rg_type_change tc;
    rg_lockmodel_type_change(&tc, R->model, cb->type, ca->type, R->o->pg_version);
    s->wants_subplan = true;
    return tc.op ? tc.op : tc.rewrite ? "alter_type_rewrite" : "alter_type_binary_coercible";
}

static const char *reloptions_op(const pg_AlterTableCmd *c, bool reset)
{
    size_t n;
    pg_node **v = rg_pg_list(c->def, &n);
    bool ff = n > 0, av = n > 0;
    for (size_t i = 0; i < n; i++) {
        const char *name = rg_pg_is(v[i], T_DefElem) ? v[i]->def_elem->defname : "";
        ff = ff && !strcmp(name, "fillfactor");
        av = av && (!strncmp(name, "autovacuum_", 11) || !strncmp(name, "toast.autovacuum_", 17));
    }
    if (ff) return reset ? "reset_fillfactor" : "set_fillfactor";
    if (av) return reset ? "reset_autovacuum_param" : "set_autovacuum_param";
    return "set_reloption_other";
}

/* ---- findings ----------------------------------------------------------------- */

static const char *size_text(reviewer *R, rv_stmt *s, bool rewrite, bool *small)
{
    *small = false;
    const rg_table_size *z = s->table && R->o->stats ? rg_stats_find(R->o->stats, s->schema, s->table) : NULL;
    if (!R->o->stats) return "its time grows with the table's size (no --stats: assumed large)";
    if (!z) return "its time grows with the table's size (not in --stats: assumed large)";
    *small = z->rows <= SMALL_ROWS && z->bytes <= SMALL_BYTES;
    /* the planner's estimate, from the measured throughputs of models/pg */
    rg_estimate e;
    rg_stats_estimate(&e, rewrite ? RG_WORK_REWRITE : RG_WORK_SCAN, z, true);
    double secs = e.seconds;
    return rg_arena_printf(R->a, "%s: %lld rows, %lld bytes per --stats: about %.1f s%s", s->object,
                           (long long)z->rows, (long long)z->bytes, secs, *small ? " (small table)" : "");
}

static rg_finding *finding(reviewer *R, rv_stmt *s, rg_severity sev, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static rg_finding *finding(reviewer *R, rv_stmt *s, rg_severity sev, const char *code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rg_finding *f = rg_finding_addv(R->a, &R->p->findings, &R->p->nfindings, &R->p->findings_cap, sev, code,
                                    s->object ? s->object : "", fmt, ap);
    va_end(ap);
    f->file = R->f->path;
    f->line = s->line;
    f->step = (int)R->p->nsteps + 1;
    /* a missing lock_timeout or a CONCURRENTLY in a transaction is fixed
     * around the statement, not by another shape of it */
    if (sev == RG_SEV_ERROR && strcmp(code, "missing_lock_timeout") && strcmp(code, "concurrently_in_transaction"))
        s->error = true;
    return f;
}

static bool concurrent_op(const char *op)
{
    return op && strstr(op, "_concurrently") && strcmp(op, "refresh_materialized_view_concurrently");
}

static bool in_transaction(const reviewer *R)
{
    return R->file_tx || R->in_block;
}

/* Statements that check existing rows while they hold a lock that blocks
 * writes, and have a form that checks them without it (NOT VALID then
 * VALIDATE, a validated CHECK before SET NOT NULL, a key USING INDEX built
 * concurrently). */
static bool validation_op(const char *op)
{
    static const char *const V[] = {"add_check", "add_foreign_key", "set_not_null",
                                    "set_not_null_with_not_valid_check", "add_unique_constraint", "add_primary_key",
                                    "add_primary_key_using_index_nullable_col", "add_column_default_with_check",
                                    "alter_type_index_rebuild", "attach_partition", "attach_partition_with_default",
                                    NULL};
    for (int i = 0; V[i]; i++)
        if (!strcmp(op, V[i])) return true;
    return false;
}

/* The rules for one op of a statement (a statement with several ALTER
 * TABLE subcommands is judged per subcommand). */
static void judge(reviewer *R, rv_stmt *s, const char *op)
{
    const rg_lockrule *r = rule(R, op);
    if (!r) return;
    if (concurrent_op(op) && in_transaction(R) && !(s->codes & C_CONC)) {
        s->codes |= C_CONC;
        finding(R, s, RG_SEV_ERROR, "concurrently_in_transaction",
                "%s cannot run inside a transaction block (PostgreSQL refuses it): this file runs in one%s",
                op, R->in_block ? " (BEGIN above)" : "");
    }
    if (in_transaction(R) && r->blocks_writes && s->existing) R->tx_blocked_writes = true;
    if (!s->existing) return;
    bool small;
    if (r->rewrites_table && strcmp(op, "truncate") && !(s->codes & C_REWRITE)) {
        s->codes |= C_REWRITE;
        const char *size = size_text(R, s, true, &small);
        finding(R, s, small ? RG_SEV_WARNING : RG_SEV_ERROR, "table_rewrite",
                "%s rewrites %s under %s, blocking %s; %s", op, s->object, r->table_lock,
                r->blocks_reads ? "reads and writes" : "writes", size);
        s->rewrite_finding = (int)R->p->nfindings;
        if (in_transaction(R)) tx_mark(R, s->schema, s->table, TX_REWRITTEN);
    } else if ((!strcmp(op, "create_index") || !strcmp(op, "create_unique_index") || !strcmp(op, "drop_index")) &&
               !(s->codes & C_INDEX)) {
        s->codes |= C_INDEX;
        const char *size = size_text(R, s, false, &small);
        /* PostgreSQL 15 has no DROP INDEX CONCURRENTLY for a partitioned
         * table's index: the plain drop is the only form */
        if (s->partitioned && !strcmp(op, "drop_index")) small = true,
            size = "a partitioned table's index has no concurrent drop (PostgreSQL 15)";
        /* In a transaction that takes ACCESS EXCLUSIVE on the table anyway
         * (it alters it), a drop (no scan) adds no blocking; after a rewrite
         * in it, a build is part of the rewrite's lock window. */
        uintptr_t tf = in_transaction(R) ? tx_flags(R, s->schema, s->table) : 0;
        if (!strcmp(op, "drop_index") && (tf & TX_ALTERED)) small = true,
            size = "the same transaction holds ACCESS EXCLUSIVE on the table for its ALTER TABLE anyway";
        if (strcmp(op, "drop_index") && (tf & TX_REWRITTEN)) small = true,
            size = "the same transaction rewrote the table just before, under the same lock";
        finding(R, s, small ? RG_SEV_WARNING : RG_SEV_ERROR, "index_without_concurrently",
                "%s without CONCURRENTLY takes %s on %s, blocking %s while it runs; %s", op, r->table_lock,
                s->object, r->blocks_reads ? "reads and writes" : "writes", size);
    } else if (!strncmp(op, "reindex_", 8) && !concurrent_op(op) && !(s->codes & C_REINDEX)) {
        s->codes |= C_REINDEX;
        const char *size = size_text(R, s, false, &small);
        finding(R, s, small ? RG_SEV_WARNING : RG_SEV_ERROR, "reindex_without_concurrently",
                "REINDEX without CONCURRENTLY blocks writes to %s and reads through the index; %s", s->object, size);
    } else if (validation_op(op) && r->scans_table && r->blocks_writes && !(s->codes & C_SCAN)) {
        s->codes |= C_SCAN;
        const char *size = size_text(R, s, false, &small);
        finding(R, s, small ? RG_SEV_WARNING : RG_SEV_ERROR, "scan_blocks_writes",
                "%s scans %s under %s, blocking %s until the scan ends; %s", op, s->object, r->table_lock,
                r->blocks_reads ? "reads and writes" : "writes", size);
    }
    if (R->file_tx && !R->timeout_set && !R->timeout_flagged && rg_lock_blocks_writes(r->table_lock)) {
        R->timeout_flagged = true;
        finding(R, s, RG_SEV_ERROR, "missing_lock_timeout",
                "this file runs in one transaction and takes %s on %s without lock_timeout: waiting behind a "
                "long query it blocks every query that comes after it",
                r->table_lock, s->object);
    }
}

/* squawk's and strong_migrations' column-type rules. */
static void column_type_warnings(reviewer *R, rv_stmt *s, const pg_ColumnDef *cd)
{
    const pg_TypeName *tn = cd->type_name;
    const char *t = type_last(tn), *col = cd->colname;
    if (!tn) return;
    if (is_serial(tn)) {
        finding(R, s, RG_SEV_WARNING, "prefer_identity",
                "column %s: %s; prefer GENERATED BY DEFAULT AS IDENTITY (bigint)", col, t);
        if (strcmp(t, "bigserial") && strcmp(t, "serial8"))
            finding(R, s, RG_SEV_WARNING, "prefer_bigint", "column %s: %s runs out at 2^31; prefer bigint", col, t);
    } else if (!strcmp(t, "int4") || !strcmp(t, "int2") || !strcmp(t, "integer") || !strcmp(t, "smallint")) {
        finding(R, s, RG_SEV_WARNING, "prefer_bigint", "column %s: %s; prefer bigint (changing it later rewrites "
                "the table)", col, !strcmp(t, "int2") ? "smallint" : !strcmp(t, "int4") ? "integer" : t);
    } else if (!strcmp(t, "timestamp")) {
        finding(R, s, RG_SEV_WARNING, "prefer_timestamptz",
                "column %s: timestamp without time zone; prefer timestamptz", col);
    } else if (!strcmp(t, "bpchar")) {
        finding(R, s, RG_SEV_WARNING, "ban_char_field", "column %s: char(n) pads with blanks; prefer text", col);
    } else if (!strcmp(t, "varchar") && tn->n_typmods) {
        finding(R, s, RG_SEV_WARNING, "prefer_text_field",
                "column %s: varchar(n); prefer text with a CHECK (changing n may rewrite or scan)", col);
    } else if (!strcmp(t, "json")) {
        finding(R, s, RG_SEV_WARNING, "prefer_jsonb", "column %s: json has no equality operator; prefer jsonb", col);
    }
}

/* ---- one statement ---------------------------------------------------------- */

static void pick(reviewer *R, rv_stmt *s, const char *op)
{
    if (op && rank(R, op) > rank(R, s->op)) s->op = op;
    judge(R, s, op);
}

static void alter_table(reviewer *R, rv_stmt *s, const pg_AlterTableStmt *at)
{
    resolve_rv(R, s, at->relation);
    s->only = at->relation && !at->relation->inh;
    if (at->objtype == OBJECT_INDEX) {
        const char *schema = rg_pg_rv_schema(at->relation);
        resolve_index(R, s, schema, at->relation->relname);
    }
    for (size_t i = 0; i < at->n_cmds; i++) {
        if (!rg_pg_is(at->cmds[i], T_AlterTableCmd)) continue;
        const pg_AlterTableCmd *c = at->cmds[i]->alter_table_cmd;
        const pg_ColumnDef *cd = rg_pg_is(c->def, T_ColumnDef) ? c->def->column_def : NULL;
        const char *op = NULL;
        switch (c->subtype) {
        case AT_AddColumn:
            if (cd) {
                op = add_column_op(R, cd);
                column_type_warnings(R, s, cd);
                bool nn = cd->is_not_null, dflt = cd->raw_default != NULL;
                for (size_t k = 0; k < cd->n_constraints; k++) {
                    const pg_node *cn = cd->constraints[k];
                    if (!rg_pg_is(cn, T_Constraint)) continue;
                    int ct = cn->constraint->contype;
                    nn = nn || ct == CONSTR_NOTNULL || ct == CONSTR_PRIMARY;
                    dflt = dflt || ct == CONSTR_DEFAULT || ct == CONSTR_IDENTITY || ct == CONSTR_GENERATED;
                }
                if (nn && !dflt && !is_serial(cd->type_name) && s->existing && !(s->codes & C_NN)) {
                    s->codes |= C_NN;
                    finding(R, s, RG_SEV_ERROR, "not_null_without_default",
                            "ADD COLUMN %s NOT NULL without a default fails on a table with rows (and the running "
                            "version's INSERTs omit it)", cd->colname);
                }
            }
            break;
        case AT_DropColumn:
            op = "drop_column";
            if (s->existing)
                finding(R, s, RG_SEV_WARNING, "drops_data", "DROP COLUMN %s: its data is gone (no down)", c->name);
            break;
        case AT_ColumnDefault: op = c->def ? "set_default" : "drop_default"; break;
        case AT_SetNotNull: op = set_not_null_op(R, s->schema, s->table, c->name); break;
        case AT_DropNotNull:
            op = "drop_not_null";
            finding(R, s, RG_SEV_WARNING, "ban_drop_not_null",
                    "DROP NOT NULL on %s: readers of the running version may now see NULLs", c->name);
            break;
        case AT_SetStatistics: op = "set_statistics"; break;
        case AT_SetStorage: op = "set_storage"; break;
        case AT_AlterColumnType:
            op = type_change_op(R, s, c->name);
            if (cd) {
                pg_ColumnDef named = *cd;
                named.colname = c->name;
                column_type_warnings(R, s, &named);
            }
            break;
        case AT_AddConstraint:
            if (rg_pg_is(c->def, T_Constraint)) op = constraint_op(R, s, c->def->constraint);
            break;
        case AT_ValidateConstraint: op = existing_constraint_op(R, s, c->name, false); break;
        case AT_DropConstraint: op = existing_constraint_op(R, s, c->name, true); break;
        case AT_SetLogged: op = "set_logged"; break;
        case AT_SetUnLogged: op = "set_unlogged"; break;
        case AT_SetRelOptions: op = reloptions_op(c, false); break;
        case AT_ResetRelOptions: op = reloptions_op(c, true); break;
        case AT_ChangeOwner: op = "alter_table_owner"; break;
        case AT_AttachPartition: op = at->objtype == OBJECT_INDEX ? "alter_index_attach_partition" : "attach_partition"; break;
        case AT_DetachPartition: {
            const pg_node *cmd = c->def;
            bool conc = rg_pg_is(cmd, T_PartitionCmd) && cmd->partition_cmd->concurrent;
            op = conc ? "detach_partition_concurrently" : "detach_partition";
            break;
        }
        case AT_AddInherit: op = "inherit"; break;
        case AT_DropInherit: op = "no_inherit"; break;
        case AT_EnableTrig: case AT_EnableTrigAll: op = "enable_trigger"; break;
        case AT_DisableTrig: case AT_DisableTrigAll: op = "disable_trigger"; break;
        case AT_EnableRowSecurity: op = "enable_row_security"; break;
        case AT_DisableRowSecurity: op = "disable_row_security"; break;
        case AT_ForceRowSecurity: op = "force_row_security"; break;
        case AT_NoForceRowSecurity: op = "no_force_row_security"; break;
        case AT_ReplicaIdentity: op = "replica_identity"; break;
        case AT_AddIdentity: op = "add_identity"; break;
        case AT_SetIdentity: op = "set_identity"; break;
        case AT_DropIdentity: op = "drop_identity"; break;
        case AT_DropExpression: op = "drop_expression"; break;
        default: op = "set_reloption_other"; break; /* ALTER TABLE takes ACCESS EXCLUSIVE unless listed */
        }
        pick(R, s, op);
    }
}

static void drop_stmt(reviewer *R, rv_stmt *s, const pg_DropStmt *ds)
{
    const char *op = NULL;
    switch (ds->remove_type) {
    case OBJECT_INDEX: op = ds->concurrent ? "drop_index_concurrently" : "drop_index"; break;
    case OBJECT_TABLE: op = "drop_table"; break;
    case OBJECT_VIEW: case OBJECT_MATVIEW: op = "drop_view"; break;
    case OBJECT_SEQUENCE: op = "drop_sequence"; break;
    case OBJECT_FUNCTION: case OBJECT_PROCEDURE: case OBJECT_ROUTINE: op = "drop_function"; break;
    case OBJECT_TYPE: case OBJECT_DOMAIN: op = "drop_type"; break;
    case OBJECT_EXTENSION: op = "drop_extension"; break;
    case OBJECT_TRIGGER: op = "drop_trigger"; break;
    case OBJECT_POLICY: op = "drop_policy"; break;
    default: break;
    }
    for (size_t i = 0; i < ds->n_objects; i++) {
        size_t n;
        pg_node **items = rg_pg_list(ds->objects[i], &n);
        if (!n) continue;
        const char *schema, *name;
        rg_pg_qname((const pg_node *const *)items, n, &schema, &name);
        if (ds->remove_type == OBJECT_INDEX) {
            resolve_index(R, s, schema, name);
        } else if (ds->remove_type == OBJECT_TABLE) {
            pg_RangeVar rv = PG_INIT_RangeVar;
            rv.schemaname = (char *)(schema ? schema : "");
            rv.relname = (char *)name;
            resolve_rv(R, s, &rv);
            if (s->existing)
                finding(R, s, RG_SEV_WARNING, "drops_data", "DROP TABLE %s: its rows are gone (no down)", s->object);
        } else if ((ds->remove_type == OBJECT_TRIGGER || ds->remove_type == OBJECT_POLICY) && n >= 2) {
            pg_RangeVar rv = PG_INIT_RangeVar;
            rv.schemaname = (char *)(n >= 3 ? rg_pg_str(items[n - 3]) : "");
            rv.relname = (char *)rg_pg_str(items[n - 2]);
            resolve_rv(R, s, &rv);
        }
        pick(R, s, op);
    }
    if (!ds->n_objects) pick(R, s, op);
}

static void rename_stmt(reviewer *R, rv_stmt *s, const pg_RenameStmt *rs)
{
    const char *op = NULL;
    resolve_rv(R, s, rs->relation);
    switch (rs->rename_type) {
    case OBJECT_COLUMN:
        op = "rename_column";
        s->rename_col_from = rs->subname;
        s->rename_col_to = rs->newname;
        break;
    case OBJECT_TABLE: op = "rename_table"; break;
    case OBJECT_INDEX:
        op = "alter_index_rename";
        if (rs->relation) resolve_index(R, s, rg_pg_rv_schema(rs->relation), rs->relation->relname);
        break;
    case OBJECT_VIEW: case OBJECT_MATVIEW: op = "rename_view"; break;
    case OBJECT_TABCONSTRAINT: op = "rename_constraint"; break;
    case OBJECT_TRIGGER: op = "rename_trigger"; break;
    case OBJECT_TYPE: case OBJECT_DOMAIN: op = "rename_type"; break;
    default: break;
    }
    pick(R, s, op);
}

static void reindex_stmt(reviewer *R, rv_stmt *s, const pg_ReindexStmt *rs)
{
    bool conc = has_option(rs->params, rs->n_params, "concurrently");
    if (rs->kind == REINDEX_OBJECT_INDEX && rs->relation) {
        resolve_index(R, s, rg_pg_rv_schema(rs->relation), rs->relation->relname);
        pick(R, s, conc ? "reindex_index_concurrently" : "reindex_index");
    } else {
        resolve_rv(R, s, rs->relation);
        pick(R, s, conc ? "reindex_table_concurrently" : "reindex_table");
    }
}

static void create_stmt(reviewer *R, rv_stmt *s, const pg_CreateStmt *cs)
{
    resolve_rv(R, s, cs->relation);
    bool fk = false;
    for (size_t i = 0; i < cs->n_table_elts; i++) {
        const pg_node *e = cs->table_elts[i];
        if (rg_pg_is(e, T_ColumnDef)) {
            const pg_ColumnDef *cd = e->column_def;
            column_type_warnings(R, s, cd);
            for (size_t k = 0; k < cd->n_constraints; k++)
                fk = fk || (rg_pg_is(cd->constraints[k], T_Constraint) &&
                            cd->constraints[k]->constraint->contype == CONSTR_FOREIGN);
        } else if (rg_pg_is(e, T_Constraint)) {
            fk = fk || e->constraint->contype == CONSTR_FOREIGN;
        }
    }
    s->existing = false;
    rg_map_put(&R->created, key(R, s->schema, s->table), (void *)1);
    pick(R, s, cs->partbound ? "create_table_partition_of" : fk ? "create_table_with_fk" : "create_table");
}

/* Reads a statement: the op of its step, its findings. */
static void read_stmt(reviewer *R, rv_stmt *s)
{
    const pg_node *n = rg_stmt_node(s->st);
    switch (n ? n->node_case : 0) {
    case T_AlterTableStmt: alter_table(R, s, n->alter_table_stmt); break;
    case T_IndexStmt: {
        const pg_IndexStmt *x = n->index_stmt;
        resolve_rv(R, s, x->relation);
        const rg_table *t = s->table ? rg_catalog_table(R->before, s->schema, s->table) : NULL;
        bool only = x->relation && !x->relation->inh && t && t->kind == RG_TABLE_PARTITIONED;
        pick(R, s, x->concurrent ? "create_index_concurrently" : only ? "create_index_on_only"
                   : x->unique ? "create_unique_index" : "create_index");
        break;
    }
    case T_DropStmt: drop_stmt(R, s, n->drop_stmt); break;
    case T_RenameStmt: rename_stmt(R, s, n->rename_stmt); break;
    case T_ReindexStmt: reindex_stmt(R, s, n->reindex_stmt); break;
    case T_CreateStmt: create_stmt(R, s, n->create_stmt); break;
    case T_CreateTableAsStmt:
        if (n->create_table_as_stmt->into) {
            resolve_rv(R, s, n->create_table_as_stmt->into->rel);
            s->existing = false;
            rg_map_put(&R->created, key(R, s->schema, s->table), (void *)1);
        }
        pick(R, s, "create_table");
        break;
    case T_ViewStmt: pick(R, s, n->view_stmt->replace ? "create_or_replace_view" : "create_view"); break;
    case T_RefreshMatViewStmt:
        resolve_rv(R, s, n->refresh_mat_view_stmt->relation);
        s->existing = true; /* a materialized view is not in the table map; its readers are live */
        pick(R, s, n->refresh_mat_view_stmt->concurrent ? "refresh_materialized_view_concurrently"
                                                         : "refresh_materialized_view");
        break;
    case T_CreateTrigStmt:
        resolve_rv(R, s, n->create_trig_stmt->relation);
        pick(R, s, "create_trigger");
        break;
    case T_CreateFunctionStmt: pick(R, s, n->create_function_stmt->replace ? "create_or_replace_function" : "create_function"); break;
    case T_GrantStmt: pick(R, s, n->grant_stmt->is_grant ? "grant" : "revoke"); break;
    case T_CreateEnumStmt: pick(R, s, "create_enum_type"); break;
    case T_AlterEnumStmt: pick(R, s, *n->alter_enum_stmt->new_val_neighbor ? "alter_enum_add_value_before" : "alter_enum_add_value"); break;
    case T_CreateSchemaStmt: pick(R, s, "create_schema"); break;
    case T_CreateExtensionStmt: pick(R, s, "create_extension"); break;
    case T_AlterExtensionStmt: pick(R, s, "alter_extension_update"); break;
    case T_CreateSeqStmt: pick(R, s, "create_sequence"); break;
    case T_CreatePolicyStmt:
        resolve_rv(R, s, n->create_policy_stmt->table);
        pick(R, s, "create_policy");
        break;
    case T_AlterPolicyStmt:
        resolve_rv(R, s, n->alter_policy_stmt->table);
        pick(R, s, "alter_policy");
        break;
    case T_CommentStmt: {
        int ot = n->comment_stmt->objtype;
        pick(R, s, ot == OBJECT_COLUMN ? "comment_on_column" : ot == OBJECT_TABLE ? "comment_on_table"
                   : ot == OBJECT_TABCONSTRAINT ? "comment_on_constraint" : ot == OBJECT_TYPE ? "comment_on_type"
                   : ot == OBJECT_FUNCTION ? "comment_on_function" : "comment_on_schema");
        break;
    }
    case T_TruncateStmt: {
        const pg_TruncateStmt *ts = n->truncate_stmt;
        if (ts->n_relations && rg_pg_is(ts->relations[0], T_RangeVar)) resolve_rv(R, s, ts->relations[0]->range_var);
        if (ts->behavior == DROP_CASCADE)
            finding(R, s, RG_SEV_WARNING, "ban_truncate_cascade", "TRUNCATE ... CASCADE empties every referencing table too");
        pick(R, s, "truncate");
        break;
    }
    case T_VacuumStmt: {
        const pg_VacuumStmt *vs = n->vacuum_stmt;
        if (vs->n_rels && rg_pg_is(vs->rels[0], T_VacuumRelation)) resolve_rv(R, s, vs->rels[0]->vacuum_relation->relation);
        pick(R, s, !vs->is_vacuumcmd ? "analyze" : has_option(vs->options, vs->n_options, "full") ? "vacuum_full" : "vacuum");
        break;
    }
    case T_ClusterStmt:
        resolve_rv(R, s, n->cluster_stmt->relation);
        pick(R, s, "cluster");
        break;
    case T_UpdateStmt: case T_DeleteStmt: case T_InsertStmt: {
        const pg_RangeVar *rv = n->node_case == T_UpdateStmt ? n->update_stmt->relation
                                : n->node_case == T_DeleteStmt ? n->delete_stmt->relation : n->insert_stmt->relation;
        resolve_rv(R, s, rv);
        if (n->node_case != T_InsertStmt && in_transaction(R) && R->tx_blocked_writes && s->existing)
            finding(R, s, RG_SEV_WARNING, "backfill_in_transaction",
                    "rows changed in the transaction that holds a lock blocking writes: the lock lasts as long as "
                    "the data change; move it to its own file, in batches");
        s->op = "update_rows";
        break;
    }
    case T_TransactionStmt: {
        int k = n->transaction_stmt->kind;
        if (k == TRANS_STMT_BEGIN || k == TRANS_STMT_START) {
            if (R->file_tx)
                finding(R, s, RG_SEV_WARNING, "transaction_nesting",
                        "BEGIN inside a file the migration tool already runs in a transaction");
            R->in_block = true;
        } else if (k == TRANS_STMT_COMMIT || k == TRANS_STMT_ROLLBACK) {
            R->in_block = false;
            R->tx_blocked_writes = false;
            rg_map_free(&R->tx_tables);
            R->tx_tables = (rg_map){0};
        }
        s->op = "nothing";
        break;
    }
    case T_VariableSetStmt: {
        const pg_VariableSetStmt *vs = n->variable_set_stmt;
        if (!strcmp(vs->name, "lock_timeout")) {
            char num[32];
            const pg_A_Const *c = vs->n_args ? rg_pg_const_under_casts(vs->args[0]) : NULL;
            const char *v = c ? rg_pg_const_text(c, num, sizeof num) : NULL;
            R->timeout_set = vs->kind == VAR_SET_VALUE && v && strcmp(v, "0");
        }
        s->op = "nothing";
        break;
    }
    case T_DropdbStmt:
        finding(R, s, RG_SEV_WARNING, "ban_drop_database", "DROP DATABASE in a migration");
        break;
    case T_CreateDomainStmt:
        if (n->create_domain_stmt->n_constraints)
            finding(R, s, RG_SEV_WARNING, "ban_create_domain_with_constraint",
                    "a domain's CHECK is validated on every column of that type, with no NOT VALID path");
        break;
    case T_AlterDomainStmt:
        if (n->alter_domain_stmt->subtype[0] == 'C')
            pick(R, s, n->alter_domain_stmt->def && rg_pg_is(n->alter_domain_stmt->def, T_Constraint) &&
                           n->alter_domain_stmt->def->constraint->skip_validation
                       ? "alter_domain_add_check_not_valid" : "alter_domain_validate");
        break;
    default: break;
    }
}

/* ---- the safe form ------------------------------------------------------------- */

/* The planner's shape for the change this one statement makes: a plan of
 * `before` → `after`. Its steps are the safe form; its data-safety
 * findings (a narrowing type change) become the statement's. */
static const char *planner_safe_form(reviewer *R, rv_stmt *s)
{
    rg_diff *d = NULL;
    if (rg_diff_catalogs(&d, R->before, R->after) != RG_OK || !d->n) {
        rg_diff_free(d);
        return NULL;
    }
    rg_rename_hint hint = {0};
    rg_plan_opts po = {.apps = R->o->apps, .napps = R->o->napps, .pg_version = R->o->pg_version,
                       .lock_timeout = R->o->lock_timeout, .batch_size = R->o->batch_size,
                       .batch_pause_ms = R->o->batch_pause_ms, .statement_timeout = R->o->statement_timeout};
    if (s->rename_col_from) {
        hint = (rg_rename_hint){s->schema, s->table, s->rename_col_from, s->rename_col_to};
        po.renames = &hint;
        po.nrenames = 1;
    }
    rg_plan *sp = NULL;
    rg_diags dd = {0};
    const char *out = NULL;
    if (rg_plan_build(&sp, &dd, R->before, R->after, d, R->model, &po) == RG_OK && sp) {
        rg_buf b = {0};
        const char *stage = NULL;
        for (size_t i = 0; i < sp->nsteps; i++) {
            const rg_plan_step *st = sp->steps[i];
            if (st->rule && st->rule->rewrites_table) s->planner_rewrites = true;
            if (!st->sql || !*st->sql) continue;
            if (stage != st->file->stage->name) {
                stage = st->file->stage->name;
                rg_buf_printf(&b, "%s-- %s%s:\n", b.len ? "\n" : "", stage,
                              st->file->no_transaction ? " (no transaction)" : "");
            }
            rg_buf_printf(&b, "%s;\n", st->sql);
        }
        for (size_t i = 0; i < sp->nfindings; i++) {
            const rg_finding *pf = &sp->findings[i];
            if (!strcmp(pf->code, "lossy_change"))
                finding(R, s, RG_SEV_ERROR, "lossy_change", "%s", pf->msg);
            else if (pf->sev == RG_SEV_ERROR && strcmp(pf->code, "data_drop") && strcmp(pf->code, "possible_rename"))
                rg_buf_printf(&b, "-- the planner also needs: %s (%s)\n", pf->msg, pf->code);
        }
        if (b.len) out = rg_arena_strdup(R->a, rg_buf_cstr(&b));
        rg_buf_free(&b);
    }
    rg_plan_free(sp);
    rg_diags_free(&dd);
    rg_diff_free(d);
    return out;
}

/* Shapes the planner has no catalog change for. */
static const char *fixed_safe_form(reviewer *R, rv_stmt *s)
{
    const char *op = s->op ? s->op : "";
    const char *obj = s->object ? s->object : "the table";
    if (!strncmp(op, "reindex_", 8))
        return rg_arena_printf(R->a, "REINDEX ... CONCURRENTLY (PostgreSQL 12+), in a file of its own run without a "
                                     "transaction (-- rollgate:no-transaction)");
    if (!strcmp(op, "refresh_materialized_view"))
        return rg_arena_printf(R->a, "REFRESH MATERIALIZED VIEW CONCURRENTLY %s (needs a unique index on it)", obj);
    if (!strcmp(op, "cluster") || !strcmp(op, "vacuum_full"))
        return "no online form in PostgreSQL: pg_repack, or a maintenance window";
    if (!strcmp(op, "drop_index"))
        return rg_arena_printf(R->a, "DROP INDEX CONCURRENTLY %s, alone in a file run without a transaction "
                                     "(-- rollgate:no-transaction)", obj);
    return NULL;
}

static void safe_form(reviewer *R, rv_stmt *s, rg_plan_step *step)
{
    const char *form = NULL;
    if (s->error || s->wants_subplan || s->rename_col_from) {
        form = fixed_safe_form(R, s);
        if (!form) form = planner_safe_form(R, s);
    }
    /* No rewrite-free shape exists when the planner's own rewrites too
     * (a stored generated column, SET LOGGED, an identity): the cost is
     * stated, as the planner states it, without failing the review. */
    if (s->rewrite_finding && s->planner_rewrites) {
        rg_finding *f = &R->p->findings[s->rewrite_finding - 1];
        f->sev = RG_SEV_WARNING;
        f->msg = rg_arena_printf(R->a, "%s; PostgreSQL has no form of this change without the rewrite", f->msg);
        form = NULL;
    }
    if (form) step->notes = rg_arena_printf(R->a, "safe form:\n%s", form);
    for (size_t i = 0; i < R->p->nfindings; i++) {
        rg_finding *f = &R->p->findings[i];
        if (f->step != step->number || f->sev != RG_SEV_ERROR) continue;
        if (!strcmp(f->code, "missing_lock_timeout"))
            f->msg = rg_arena_printf(R->a, "%s; safe form: SET lock_timeout = '%s'; as the first statement of "
                                           "the file", f->msg, R->o->lock_timeout ? R->o->lock_timeout : "5s");
        else if (!strcmp(f->code, "concurrently_in_transaction"))
            f->msg = rg_arena_printf(R->a, "%s; safe form: the statement alone in its own file marked "
                                           "-- rollgate:no-transaction (dbmate: transaction:false)", f->msg);
        else if (form)
            f->msg = rg_arena_printf(R->a, "%s; safe form:\n%s", f->msg, form);
    }
}

/* ---- files -------------------------------------------------------------------- */

static bool is_concurrent_stmt(const rg_stmt *st)
{
    const pg_node *n = rg_stmt_node(st);
    if (!n) return false;
    switch (n->node_case) {
    case T_IndexStmt: return n->index_stmt->concurrent;
    case T_DropStmt: return n->drop_stmt->concurrent;
    case T_ReindexStmt: return has_option(n->reindex_stmt->params, n->reindex_stmt->n_params, "concurrently");
    default: return false;
    }
}

/* Flyway's per-script setting lives next to the script: V1__x.sql.conf. */
static bool flyway_no_tx(const char *path)
{
    char conf[4096];
    if ((size_t)snprintf(conf, sizeof conf, "%s.conf", path) >= sizeof conf) return false;
    FILE *f = fopen(conf, "r");
    if (!f) return false;
    char line[512];
    bool off = false;
    while (fgets(line, sizeof line, f))
        if (strstr(line, "executeInTransaction") && strstr(line, "false")) off = true;
    fclose(f);
    return off;
}

/* How the tool runs the file: one transaction unless it is marked, or it
 * holds a CONCURRENTLY statement outside BEGIN (Flyway and rollgate's own
 * files run such a file statement by statement). */
static bool file_in_transaction(const rv_file *f)
{
    const char *t = f->src->text;
    if (strstr(t, "rollgate:no-transaction") || strstr(t, "transaction:false") || flyway_no_tx(f->src->path))
        return false;
    bool block = false;
    for (size_t i = 0; i < f->n; i++) {
        const pg_node *n = rg_stmt_node(&f->stmts[i]);
        if (rg_pg_is(n, T_TransactionStmt)) {
            int k = n->transaction_stmt->kind;
            if (k == TRANS_STMT_BEGIN || k == TRANS_STMT_START) block = true;
            else if (k == TRANS_STMT_COMMIT || k == TRANS_STMT_ROLLBACK) block = false;
        } else if (!block && is_concurrent_stmt(&f->stmts[i])) {
            return false;
        }
    }
    for (size_t i = 0; i < f->n; i++)
        if (rg_pg_is(rg_stmt_node(&f->stmts[i]), T_TransactionStmt)) return false; /* it says where */
    return true;
}

/* Groups a script's statements by the file they came from. */
typedef RG_VEC(rv_file) rv_files;

static void split_files(rg_arena *a, const rg_script *sc, bool post, rv_files *out)
{
    for (size_t i = 0; i < sc->n; i++) {
        if (!out->n || out->v[out->n - 1].src != sc->stmts[i].src || out->v[out->n - 1].post != post) {
            rv_file *f = rg_vec_push(a, out);
            *f = (rv_file){.src = sc->stmts[i].src, .stmts = &sc->stmts[i], .post = post};
        }
        out->v[out->n - 1].n++;
    }
}

static const char *base_name(rg_arena *a, const char *path)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    size_t n = strlen(b);
    if (n > 4 && !strcmp(b + n - 4, ".sql")) n -= 4;
    return rg_arena_strndup(a, b, n);
}

static size_t read_ahead(reviewer *R, const rv_file *vf, size_t i);

static int review_file(reviewer *R, const rv_file *vf, rg_plan_file *f, rg_diags *d)
{
    R->f = f;
    R->file_tx = file_in_transaction(vf);
    R->in_block = R->timeout_set = R->timeout_flagged = R->tx_blocked_writes = false;
    f->no_transaction = !R->file_tx;
    rg_catalog_reset_session(R->before);
    rg_catalog_reset_session(R->after);
    rg_map_free(&R->tx_tables);
    R->tx_tables = (rg_map){0};
    size_t ahead = 0; /* statements read ahead for TX_ALTERED up to here */
    for (size_t i = 0; i < vf->n; i++) {
        const rg_stmt *st = &vf->stmts[i];
        if (i == ahead) ahead = read_ahead(R, vf, i);
        if (rg_catalog_apply_stmt(R->after, st, d) != RG_OK) return RG_EINPUT;
        rv_stmt s = {.st = st};
        int col;
        rg_source_linecol(st->src, st->offset, &s.line, &col);
        rg_plan_step *step = rg_arena_alloc(R->a, sizeof *step);
        *step = (rg_plan_step){.number = (int)R->p->nsteps + 1, .file = f, .sql = st->text, .line = s.line,
                               .notes = "", .lossy_why = "a reviewed statement has no down"};
        read_stmt(R, &s);
        safe_form(R, &s, step);
        step->op = s.op ? s.op : "unmodelled";
        step->rule = rule(R, s.op);
        step->object = s.object ? s.object : "";
        if (!s.op) {
            rg_finding *nf = rg_plan_add_finding(R->p, RG_SEV_NOTE, "unmodelled_statement", "",
                                                 "no lock model for this statement; its lock is not predicted");
            nf->file = f->path;
            nf->line = s.line;
        }
        f->steps[f->nsteps++] = step;
        R->p->steps[R->p->nsteps++] = step;
        rg_diags scratch = {0};
        rg_catalog_apply_stmt(R->before, st, &scratch);
        rg_diags_free(&scratch);
    }
    return RG_OK;
}

/* Marks the ALTER TABLE and RENAME targets of the transaction that starts
 * at statement i (the whole file when the tool wraps it; BEGIN..COMMIT
 * otherwise); returns where that transaction ends. Names resolve in
 * `before` as they stand at i. */
static size_t read_ahead(reviewer *R, const rv_file *vf, size_t i)
{
    size_t end = i;
    bool block = false;
    for (; end < vf->n; end++) {
        const pg_node *n = rg_stmt_node(&vf->stmts[end]);
        const pg_RangeVar *rv = NULL;
        if (rg_pg_is(n, T_TransactionStmt)) {
            int k = n->transaction_stmt->kind;
            if (k == TRANS_STMT_BEGIN || k == TRANS_STMT_START) block = true;
            else if (k == TRANS_STMT_COMMIT || k == TRANS_STMT_ROLLBACK) {
                end++;
                break;
            }
        } else if (rg_pg_is(n, T_AlterTableStmt) && n->alter_table_stmt->objtype == OBJECT_TABLE) {
            rv = n->alter_table_stmt->relation;
        } else if (rg_pg_is(n, T_RenameStmt) && n->rename_stmt->relation) {
            rv = n->rename_stmt->relation;
        }
        if (rv) {
            rv_stmt tmp = {0};
            resolve_rv(R, &tmp, rv);
            tx_mark(R, tmp.schema, tmp.table, TX_ALTERED);
        }
        if (!R->file_tx && !block) {
            end++;
            break;
        }
    }
    return end > i ? end : i + 1;
}

/* ---- the plan -------------------------------------------------------------------- */

static const char *join_apps(rg_arena *a, const char **apps, size_t n)
{
    rg_buf b = {0};
    for (size_t i = 0; i < n; i++) rg_buf_printf(&b, "%s%s", i ? ";" : "", apps[i]);
    char *s = rg_arena_strdup(a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return s;
}

int rg_review_build(rg_plan **out, rg_parser *parser, const rg_lockmodel *model, const rg_review_opts *o,
                    rg_diags *d)
{
    assert(o->napps >= 2);
    *out = NULL;
    const char *paths[3] = {o->base_path, o->migrations_path, o->post_path};
    size_t npaths = o->post_path ? 3 : 2;
    rg_script sc[3] = {{0}};
    int rc = rg_parse_paths(parser, sc, paths, npaths, d);
    if (rc != RG_OK) return rc;

    rg_plan *p = rg_xcalloc(1, sizeof *p);
    p->arena = rg_arena_new();
    p->lock_timeout = o->lock_timeout ? o->lock_timeout : "5s";
    rg_plan_opts *po = rg_arena_alloc(p->arena, sizeof *po);
    po->apps = o->apps;
    po->napps = o->napps;
    po->pg_version = o->pg_version;
    p->opts = po;
    reviewer R = {.p = p, .a = p->arena, .o = o, .model = model};
    /* BASE, kept with the plan (the simulator starts from a clone of it;
     * clones share its strings), and the two working clones */
    p->owned_cat = rg_catalog_new();
    p->old_cat = p->owned_cat;
    rc = rg_catalog_apply(p->owned_cat, &sc[0], d);
    if (rc == RG_OK && d->nerrors) rc = RG_EINPUT;
    if (rc == RG_OK) {
        R.before = rg_catalog_clone(p->owned_cat);
        R.after = rg_catalog_clone(p->owned_cat);
        rg_sim_strict_catalog(R.after);
    }

    rv_files files = {0};
    split_files(p->arena, &sc[1], false, &files);
    size_t npre = files.n;
    if (npaths == 3) split_files(p->arena, &sc[2], true, &files);
    size_t nstmts = sc[1].n + (npaths == 3 ? sc[2].n : 0);

    /* baseline, one stage per file before the deploy, the deploy, one per
     * file after it */
    p->nstages = files.n + 2;
    p->stages = rg_arena_alloc(p->arena, p->nstages * sizeof *p->stages);
    p->files = rg_arena_alloc(p->arena, (files.n + 1) * sizeof *p->files);
    p->steps = rg_arena_alloc(p->arena, (nstmts + 1) * sizeof *p->steps);
    const char *first = o->apps[0], *last = o->apps[o->napps - 1], *all = join_apps(p->arena, o->apps, o->napps);
    p->stages[0] = (rg_plan_stage){.index = 0, .name = "baseline", .kind = RG_STAGE_BASELINE, .apps = first};
    for (size_t i = 0, si = 1; rc == RG_OK && i < files.n; i++, si++) {
        if (i == npre) {
            p->stages[si] = (rg_plan_stage){.index = (int)si, .name = rg_arena_printf(p->arena, "deploy_%s", last),
                                            .kind = RG_STAGE_DEPLOY, .apps = all};
            si++;
            rg_map_free(&R.created); /* tables new before the deploy hold the new version's rows after it */
            R.created = (rg_map){0};
        }
        const rv_file *vf = &files.v[i];
        rg_plan_stage *stage = &p->stages[si];
        rg_plan_file *f = rg_arena_alloc(p->arena, sizeof *f);
        *f = (rg_plan_file){.number = (int)i + 1, .stage = stage, .path = vf->src->path, .text = vf->src->text};
        f->name = f->slug = base_name(p->arena, vf->src->path);
        f->steps = rg_arena_alloc(p->arena, (vf->n + 1) * sizeof *f->steps);
        f->steps_cap = vf->n;
        *stage = (rg_plan_stage){.index = (int)si, .name = f->name, .kind = RG_STAGE_MIGRATION,
                                 .apps = vf->post ? last : first, .files = rg_arena_alloc(p->arena, sizeof(void *)),
                                 .nfiles = 1};
        stage->files[0] = f;
        p->files[p->nfiles++] = f;
        rc = review_file(&R, vf, f, d);
    }
    if (rc == RG_OK && npre == files.n)
        p->stages[p->nstages - 1] = (rg_plan_stage){.index = (int)p->nstages - 1,
                                                     .name = rg_arena_printf(p->arena, "deploy_%s", last),
                                                     .kind = RG_STAGE_DEPLOY, .apps = all};
    rg_map_free(&R.created);
    rg_map_free(&R.tx_tables);
    rg_catalog_free(R.before);
    rg_catalog_free(R.after);
    if (rc != RG_OK) {
        rg_plan_free(p);
        return rc;
    }
    *out = p;
    return RG_OK;
}

/* ---- breaks -------------------------------------------------------------------------- */

void rg_review_add_breaks(rg_plan *p, const rg_sim *sim)
{
    for (size_t i = 0; sim && i < sim->nbreaks; i++) {
        const rg_sim_break *b = &sim->breaks[i];
        if (b->step < 1 || (size_t)b->step > p->nsteps) continue;
        const rg_plan_step *st = p->steps[b->step - 1];
        bool has_form = st->notes && !strncmp(st->notes, "safe form:", 10);
        rg_finding *f = rg_plan_add_finding(
            p, RG_SEV_ERROR, "breaks_live_app", st->object,
            "%s of %s breaks %s query %s while that version is live (stage %d %s): %s: %s%s%s", st->op,
            st->object, b->app, b->query, b->stage, b->stage_name, b->code, b->detail,
            has_form ? "; " : "; run it after the deploy (--post-deploy) once no live version uses it",
            has_form ? st->notes : "");
        f->file = st->file->path;
        f->line = st->line;
        f->step = st->number;
    }
}
