/*
 * plan_columns.c — the column shapes: adding a column (constant default in
 * one step; volatile default and NOT NULL without default through a
 * nullable add, a batched backfill and NOT NULL via a validated CHECK),
 * renaming one and changing its type by rewrite (new column + sync
 * trigger + backfill + switch + drop), the NOT NULL path itself and the
 * batched keyset backfill.
 */
#include "plan/plan_int.h"

#include <string.h>

#include "catalog/ddl_api.h"

void pl_step_prio(rg_plan_step *s, int prio);

static const char *alter(planner *P, const rg_table *t)
{
    return rg_arena_printf(P->a, "ALTER TABLE %s", pl_qn(P, t->schema, t->name));
}

static const char *colobj(planner *P, const rg_table *t, const char *col)
{
    return pl_key(P, t->schema, t->name, col);
}

/* "name type [COLLATE c]": the column nullable and without a default,
 * as a transition column is added. */
static const char *bare_def(planner *P, const rg_column *col, const char *name)
{
    rg_column c = *col;
    c.name = name ? name : col->name;
    c.has_default = false;
    c.not_null = false;
    c.generated = 0;
    c.identity = 0;
    rg_buf b = {0};
    rg_ddl_column(P->oldc, &c, &b);
    return pl_take(P, &b);
}

static const char *full_def(planner *P, const rg_column *col)
{
    rg_buf b = {0};
    rg_ddl_column(P->newc, col, &b);
    return pl_take(P, &b);
}

static const char *dflt_sql(planner *P, rg_catalog *c, const rg_column *col)
{
    return rg_expr_sql(c, &col->dflt);
}

/* Whether a default is volatile: PostgreSQL stores a non-volatile default
 * in the catalog for existing rows (PG 11 fast default); a volatile one is
 * evaluated per row, a rewrite. Known volatile built-ins, plus any user
 * function of the target schema declared VOLATILE. */
static bool volatile_default(planner *P, const rg_column *col)
{
    static const char *const VOLATILE[] = {"random(", "clock_timestamp(", "gen_random_uuid(",
                                           "uuid_generate_v1", "uuid_generate_v4(", "nextval(",
                                           "timeofday(", "txid_current(", "setseed(", NULL};
    const char *sql = dflt_sql(P, P->newc, col);
    if (!sql) return false;
    for (int i = 0; VOLATILE[i]; i++)
        if (strstr(sql, VOLATILE[i])) return true;
    /* Every "name(" of the expression, looked up among the target's
     * volatile functions. */
    for (const char *p = sql; *p; p++) {
        if (*p != '(') continue;
        const char *e = p;
        while (e > sql && (e[-1] == '_' || (e[-1] >= 'a' && e[-1] <= 'z') || (e[-1] >= 'A' && e[-1] <= 'Z') ||
                           (e[-1] >= '0' && e[-1] <= '9') || e[-1] == '"'))
            e--;
        if (e == p) continue;
        const char *name = rg_arena_strndup(P->a, e, (size_t)(p - e));
        if (*name == '"' && p[-1] == '"' && p - e >= 2) name = rg_arena_strndup(P->a, e + 1, (size_t)(p - e - 2));
        if (pl_volatile_fn(P, name)) return true;
    }
    return false;
}

/* ---- backfill --------------------------------------------------------------- */

/* A single NOT NULL column that orders the rows: the primary key, else a
 * unique constraint on a NOT NULL column. */
static const rg_column *backfill_key(const rg_table *t)
{
    const rg_column *best = NULL;
    for (size_t i = 0; i < t->constraints.n; i++) {
        const rg_constraint *k = &t->constraints.v[i];
        if (k->dropped || k->ncolumns != 1 || k->nelems > 1) continue;
        if (k->kind != RG_CON_PRIMARY && k->kind != RG_CON_UNIQUE) continue;
        const rg_column *c = rg_table_column(t, k->columns[0]);
        if (!c || !c->not_null) continue;
        if (k->kind == RG_CON_PRIMARY) return c;
        if (!best) best = c;
    }
    return best;
}

void pl_backfill(planner *P, const rg_table *t, const char *col, const char *value_sql,
                 const char *where_sql)
{
    const rg_table *ot = rg_catalog_table(P->oldc, t->schema, t->name);
    const rg_column *key = ot ? backfill_key(ot) : NULL;
    const char *tq = pl_qn(P, t->schema, t->name), *cq = pl_q(P, col);
    const char *slug = rg_arena_printf(P->a, "%s_%s", t->name, col);
    rg_plan_step *s;
    if (!key) {
        rg_plan_add_finding(P->p, RG_SEV_WARNING, "no_backfill_key", colobj(P, t, col),
                            "%s has no primary key or unique NOT NULL column to batch on: the "
                            "backfill of %s is one UPDATE in one transaction", tq, cq);
        rg_plan_file *f = pl_own(P, ST_BACKFILL, 0, slug, false);
        s = pl_step(P, f, "update_rows", colobj(P, t, col),
                    rg_arena_printf(P->a, "UPDATE %s SET %s = (%s) WHERE %s", tq, cq, value_sql,
                                    where_sql),
                    NULL);
        pl_note(P, s, "not batched: no usable key");
        return;
    }
    const char *k = pl_q(P, key->name);
    const char *sql = rg_arena_printf(P->a,
        "DO $rollgate$\n"
        "DECLARE\n"
        "    rg_max %s;\n"
        "    rg_last %s;\n"
        "BEGIN\n"
        "    -- bounded by the largest key at the start, so it ends under write load\n"
        "    SELECT max(%s) INTO rg_max FROM %s;\n"
        "    IF rg_max IS NULL THEN\n"
        "        RETURN; -- empty table: nothing to do\n"
        "    END IF;\n"
        "    LOOP\n"
        "        WITH rg_batch AS (\n"
        "            SELECT %s AS rg_key FROM %s\n"
        "            WHERE %s <= rg_max AND (rg_last IS NULL OR %s > rg_last)\n"
        "            ORDER BY %s\n"
        "            LIMIT %ld\n"
        "        ), rg_update AS (\n"
        "            UPDATE %s AS rg_t SET %s = (%s)\n"
        "            FROM rg_batch WHERE rg_t.%s = rg_batch.rg_key AND (%s)\n"
        "        )\n"
        "        SELECT max(rg_key) INTO rg_last FROM rg_batch;\n"
        "        EXIT WHEN rg_last IS NULL;\n"
        "        COMMIT; -- each batch its own transaction\n"
        "    END LOOP;\n"
        "END\n"
        "$rollgate$",
        key->type, key->type, k, tq, k, tq, k, k, k, P->o->batch_size, tq, cq, value_sql, k,
        where_sql);
    rg_plan_file *f = pl_own(P, ST_BACKFILL, 0, slug, true);
    s = pl_step(P, f, "update_rows", colobj(P, t, col), sql, NULL);
    pl_note(P, s, "keyset batches of %ld rows on %s, each committed; resumable (only rows still "
                  "needing the value)", P->o->batch_size, key->name);
}

/* ---- NOT NULL through a validated CHECK ------------------------------------------ */

void pl_not_null_path(planner *P, const rg_table *t, const char *col, bool in_contract)
{
    int st = in_contract ? ST_CONTRACT : ST_VALIDATE;
    const char *cn = pl_name(P, "rollgate_nn_", t->name, col);
    const char *at = alter(P, t), *obj = colobj(P, t, col), *cq = pl_q(P, col), *cnq = pl_q(P, cn);
    const char *check = rg_arena_printf(P->a, "CHECK (%s IS NOT NULL)", cq);
    rg_plan_file *f = pl_main(P, st, in_contract ? PH_C_CHECKS : PH_CHECKS, "not_null_checks");
    rg_plan_step *s = pl_step(P, f, "add_check_not_valid", obj,
                              rg_arena_printf(P->a, "%s ADD CONSTRAINT %s %s NOT VALID", at, cnq, check),
                              rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", at, cnq));
    pl_existing(P, s, t->schema, t->name);
    pl_note(P, s, "helper check for SET NOT NULL, dropped again below");

    f = pl_own(P, st, in_contract ? PH_C_VALIDATE : PH_VALIDATE, rg_arena_printf(P->a, "%s", cn), false);
    s = pl_step(P, f, "validate_check", obj,
                rg_arena_printf(P->a, "%s VALIDATE CONSTRAINT %s", at, cnq), NULL);
    pl_note(P, s, "own transaction: scans without blocking reads or writes");

    f = pl_main(P, st, in_contract ? PH_C_TIGHTEN : PH_TIGHTEN, "not_null");
    s = pl_step(P, f, "set_not_null_with_valid_check", obj,
                rg_arena_printf(P->a, "%s ALTER COLUMN %s SET NOT NULL", at, cq),
                rg_arena_printf(P->a, "%s ALTER COLUMN %s DROP NOT NULL", at, cq));
    pl_existing(P, s, t->schema, t->name);
    if (P->o->pg_version < 12)
        pl_note(P, s, "PostgreSQL 11 scans the table for SET NOT NULL even behind a validated CHECK "
                      "(skipped since 12)");
    s = pl_step(P, f, "drop_constraint_check", obj,
                rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", at, cnq),
                rg_arena_printf(P->a, "%s ADD CONSTRAINT %s %s", at, cnq, check));
    pl_existing(P, s, t->schema, t->name);
}

/* ---- sync triggers ---------------------------------------------------------------- */

static const char *cast_to(planner *P, const char *expr, const char *from, const char *to)
{
    if (strcmp(from, to) == 0) return expr;
    return rg_arena_printf(P->a, "(%s)::%s", expr, to);
}

typedef struct sync_names {
    const char *fn, *trg, *fnq, *trgq;
} sync_names;

static sync_names sync_names_for(planner *P, const rg_table *t, const char *col)
{
    sync_names n;
    n.fn = pl_name(P, "rollgate_sync_", t->name, col);
    n.trg = n.fn;
    n.fnq = pl_qn(P, t->schema, n.fn);
    n.trgq = pl_q(P, n.trg);
    return n;
}

/* Keeps columns a (old side) and b (new side) equal for writes from either
 * version: an INSERT fills whichever is missing, an UPDATE copies the side
 * that changed. A BEFORE trigger edits NEW, so it never fires itself again
 * (loop-safe). */
static void sync_steps(planner *P, const rg_table *t, const char *a, const char *ta, const char *b,
                       const char *tb, rg_plan_file *create, int drop_stage, int drop_phase,
                       const char *drop_slug)
{
    sync_names n = sync_names_for(P, t, b);
    const char *qa = pl_q(P, a), *qb = pl_q(P, b);
    const char *fn = rg_arena_printf(P->a,
        "CREATE FUNCTION %s() RETURNS trigger\n"
        "    LANGUAGE plpgsql\n"
        "    AS $rollgate$\n"
        "BEGIN\n"
        "    -- rollgate: keeps the old and the new column in step while both versions run\n"
        "    IF TG_OP = 'INSERT' THEN\n"
        "        IF NEW.%s IS NULL THEN\n"
        "            NEW.%s := %s;\n"
        "        ELSIF NEW.%s IS NULL THEN\n"
        "            NEW.%s := %s;\n"
        "        END IF;\n"
        "    ELSIF NEW.%s IS DISTINCT FROM OLD.%s THEN\n"
        "        NEW.%s := %s;\n"
        "    ELSIF NEW.%s IS DISTINCT FROM OLD.%s THEN\n"
        "        NEW.%s := %s;\n"
        "    END IF;\n"
        "    RETURN NEW;\n"
        "END\n"
        "$rollgate$",
        n.fnq, qb, qb, cast_to(P, rg_arena_printf(P->a, "NEW.%s", qa), ta, tb), qa, qa,
        cast_to(P, rg_arena_printf(P->a, "NEW.%s", qb), tb, ta), qa, qa, qb,
        cast_to(P, rg_arena_printf(P->a, "NEW.%s", qa), ta, tb), qb, qb, qa,
        cast_to(P, rg_arena_printf(P->a, "NEW.%s", qb), tb, ta));
    const char *trg = rg_arena_printf(P->a,
        "CREATE TRIGGER %s BEFORE INSERT OR UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION %s()",
        n.trgq, pl_qn(P, t->schema, t->name), n.fnq);
    const char *obj = colobj(P, t, b);
    const char *drop_fn = rg_arena_printf(P->a, "DROP FUNCTION %s()", n.fnq);
    const char *drop_trg = rg_arena_printf(P->a, "DROP TRIGGER %s ON %s", n.trgq,
                                           pl_qn(P, t->schema, t->name));
    rg_plan_step *s = pl_step(P, create, "create_function", obj, fn, drop_fn);
    pl_step_prio(s, PRIO_LATE);
    s = pl_step(P, create, "create_trigger", obj, trg, drop_trg);
    pl_step_prio(s, PRIO_LATE);
    pl_existing(P, s, t->schema, t->name);
    pl_note(P, s, "sync trigger: INSERT and UPDATE from either version keep %s and %s equal", a, b);

    rg_plan_file *f = pl_main(P, drop_stage, drop_phase, drop_slug);
    s = pl_step(P, f, "drop_trigger", obj, drop_trg, trg);
    pl_step_prio(s, PRIO_FIRST);
    pl_existing(P, s, t->schema, t->name);
    s = pl_step(P, f, "drop_function", obj, drop_fn, fn);
    pl_step_prio(s, PRIO_FIRST);
}

/* Fills a new NOT NULL column for rows the old version inserts without
 * it: the --backfill expression, evaluated on the row itself. */
static void fill_trigger(planner *P, const rg_table *t, const char *col, const char *value)
{
    sync_names n = sync_names_for(P, t, col);
    const char *qc = pl_q(P, col);
    const char *fn = rg_arena_printf(P->a,
        "CREATE FUNCTION %s() RETURNS trigger\n"
        "    LANGUAGE plpgsql\n"
        "    AS $rollgate$\n"
        "BEGIN\n"
        "    -- rollgate: fills the new column for rows written without it\n"
        "    IF NEW.%s IS NULL THEN\n"
        "        SELECT (%s) INTO NEW.%s FROM (SELECT NEW.*) AS rg_row;\n"
        "    END IF;\n"
        "    RETURN NEW;\n"
        "END\n"
        "$rollgate$",
        n.fnq, qc, value, qc);
    const char *trg = rg_arena_printf(P->a,
        "CREATE TRIGGER %s BEFORE INSERT OR UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION %s()",
        n.trgq, pl_qn(P, t->schema, t->name), n.fnq);
    const char *obj = colobj(P, t, col);
    const char *drop_fn = rg_arena_printf(P->a, "DROP FUNCTION %s()", n.fnq);
    const char *drop_trg = rg_arena_printf(P->a, "DROP TRIGGER %s ON %s", n.trgq,
                                           pl_qn(P, t->schema, t->name));
    rg_plan_file *f = pl_main(P, ST_EXPAND, PH_MAIN, "schema");
    rg_plan_step *s = pl_step(P, f, "create_function", obj, fn, drop_fn);
    pl_step_prio(s, PRIO_LATE);
    s = pl_step(P, f, "create_trigger", obj, trg, drop_trg);
    pl_step_prio(s, PRIO_LATE);
    pl_existing(P, s, t->schema, t->name);
    f = pl_main(P, ST_CONTRACT, PH_DROP, "drop");
    s = pl_step(P, f, "drop_trigger", obj, drop_trg, trg);
    pl_step_prio(s, PRIO_FIRST);
    pl_existing(P, s, t->schema, t->name);
    s = pl_step(P, f, "drop_function", obj, drop_fn, fn);
    pl_step_prio(s, PRIO_FIRST);
}

/* ---- add column --------------------------------------------------------------------- */

static const rg_backfill_hint *backfill_hint(planner *P, const rg_table *t, const char *col)
{
    for (size_t i = 0; i < P->o->nbackfills; i++) {
        const rg_backfill_hint *h = &P->o->backfills[i];
        if (strcmp(h->schema, t->schema) == 0 && strcmp(h->table, t->name) == 0 &&
            strcmp(h->column, col) == 0)
            return h;
    }
    return NULL;
}

static rg_plan_step *add_col_step(planner *P, const rg_table *t, const char *op, const char *def,
                                  const char *col)
{
    rg_plan_file *f = pl_main(P, ST_EXPAND, PH_MAIN, "schema");
    rg_plan_step *s = pl_step(P, f, op, colobj(P, t, col),
                              rg_arena_printf(P->a, "%s ADD COLUMN %s", alter(P, t), def),
                              rg_arena_printf(P->a, "%s DROP COLUMN %s", alter(P, t), pl_q(P, col)));
    pl_existing(P, s, t->schema, t->name);
    return s;
}

void pl_shape_add_column(planner *P, const rg_change *c)
{
    const rg_table *t = c->new_table;
    const rg_column *col = c->new_obj;
    const char *obj = colobj(P, t, col->name), *qc = pl_q(P, col->name);
    if (col->generated || col->identity) {
        rg_plan_step *s = add_col_step(P, t, col->generated ? "add_column_generated_stored" : "add_column_identity",
                                       full_def(P, col), col->name);
        pl_note(P, s, "no safe shape: the table is rewritten under ACCESS EXCLUSIVE");
        rg_plan_add_finding(P->p, RG_SEV_WARNING, "rewrite", obj,
                            "adding %s rewrites %s under ACCESS EXCLUSIVE", col->name,
                            pl_qn(P, t->schema, t->name));
        return;
    }
    if (col->has_default && !volatile_default(P, col)) {
        /* PG 11+: a non-volatile default is stored once, no rewrite. */
        add_col_step(P, t, col->not_null ? "add_column_not_null_default" : "add_column_default_const",
                     full_def(P, col), col->name);
        return;
    }
    if (!col->has_default && !col->not_null) {
        add_col_step(P, t, "add_column_nullable", full_def(P, col), col->name);
        return;
    }
    add_col_step(P, t, "add_column_nullable", bare_def(P, col, NULL), col->name);
    const char *value = NULL;
    if (col->has_default) {
        value = dflt_sql(P, P->newc, col);
        rg_plan_file *f = pl_main(P, ST_EXPAND, PH_MAIN, "schema");
        rg_plan_step *s = pl_step(P, f, "set_default", obj,
                                  rg_arena_printf(P->a, "%s ALTER COLUMN %s SET DEFAULT %s", alter(P, t), qc, value),
                                  rg_arena_printf(P->a, "%s ALTER COLUMN %s DROP DEFAULT", alter(P, t), qc));
        pl_existing(P, s, t->schema, t->name);
        pl_note(P, s, "volatile default: set for new rows only, existing rows are backfilled");
    } else {
        const rg_backfill_hint *h = backfill_hint(P, t, col->name);
        if (!h) {
            rg_plan_add_finding(P->p, RG_SEV_ERROR, "missing_backfill", obj,
                                "new NOT NULL column %s has no default: give its value for existing "
                                "rows and old-version inserts with --backfill %s.%s.%s=SQL",
                                obj, t->schema, t->name, col->name);
            pl_not_null_path(P, t, col->name, true);
            return;
        }
        value = h->sql;
        fill_trigger(P, t, col->name, value);
    }
    pl_backfill(P, t, col->name, value, rg_arena_printf(P->a, "%s IS NULL", qc));
    if (col->not_null) pl_not_null_path(P, t, col->name, false);
}

/* ---- rename ---------------------------------------------------------------------------- */

void pl_shape_renamed_column(planner *P, const rg_change *add, const char *oldcol)
{
    const rg_table *t = add->new_table;
    const rg_column *nc = add->new_obj;
    const rg_table *ot = rg_catalog_table(P->oldc, t->schema, t->name);
    const rg_column *oc = ot ? rg_table_column(ot, oldcol) : NULL;
    if (!oc) return;
    const char *at = alter(P, t), *qn = pl_q(P, nc->name), *qo = pl_q(P, oc->name);
    add_col_step(P, t, "add_column_nullable", bare_def(P, nc, NULL), nc->name);
    sync_steps(P, t, oc->name, oc->type, nc->name, nc->type, pl_main(P, ST_EXPAND, PH_MAIN, "schema"),
               ST_CONTRACT, PH_DROP, "drop");
    pl_backfill(P, t, nc->name, cast_to(P, qo, oc->type, nc->type),
                rg_arena_printf(P->a, "%s IS DISTINCT FROM %s", qn, cast_to(P, qo, oc->type, nc->type)));
    if (nc->not_null) pl_not_null_path(P, t, nc->name, false);
    rg_plan_file *f = pl_main(P, ST_CONTRACT, PH_DROP, "drop");
    rg_plan_step *s;
    if (nc->has_default) {
        s = pl_step(P, f, "set_default", colobj(P, t, nc->name),
                    rg_arena_printf(P->a, "%s ALTER COLUMN %s SET DEFAULT %s", at, qn, dflt_sql(P, P->newc, nc)),
                    rg_arena_printf(P->a, "%s ALTER COLUMN %s DROP DEFAULT", at, qn));
        pl_existing(P, s, t->schema, t->name);
        pl_note(P, s, "the default waits for the sync trigger to go: with it, inserts by the old version would not copy");
    }
    /* The down re-creates the old column from the new one: no data lost. */
    rg_buf down = {0};
    rg_buf_printf(&down, "%s ADD COLUMN %s;\nUPDATE %s SET %s = %s", at, oc->has_default ?
                  full_def(P, &(rg_column){.name = oc->name, .type = oc->type, .collation = oc->collation,
                                           .has_default = true, .dflt = oc->dflt, .stats_target = -1}) :
                  bare_def(P, oc, NULL), pl_qn(P, t->schema, t->name), qo,
                  cast_to(P, qn, nc->type, oc->type));
    if (oc->not_null) rg_buf_printf(&down, ";\n%s ALTER COLUMN %s SET NOT NULL", at, qo);
    s = pl_step(P, f, "drop_column", colobj(P, t, oc->name),
                rg_arena_printf(P->a, "%s DROP COLUMN %s", at, qo), pl_take(P, &down));
    pl_existing(P, s, t->schema, t->name);
    pl_note(P, s, "renamed to %s: dropped once the old version is gone", nc->name);
}

/* ---- type change ------------------------------------------------------------------------- */

/* An index of the old schema, kept by the target, on a column that moves
 * to a new column: a copy on the new column concurrently, swapped by name
 * in the switch; the old one goes with the old column. The down of that
 * drop builds it again. */
static rg_index index_on(planner *P, const rg_index *x, const char *name, const char *from, const char *to)
{
    rg_index y = *x;
    y.name = name;
    y.elems = rg_arena_alloc(P->a, (x->nelems ? x->nelems : 1) * sizeof *y.elems);
    for (size_t i = 0; i < x->nelems; i++) {
        y.elems[i] = x->elems[i];
        if (x->elems[i].column && strcmp(x->elems[i].column, from) == 0) y.elems[i].column = to;
    }
    return y;
}

static const char *index_text(planner *P, const rg_index *x)
{
    rg_buf b = {0};
    rg_ddl_index(P->oldc, x, &b);
    return pl_take(P, &b);
}

/* The index x rebuilt on `to` instead of `from` (columns, expressions,
 * predicate), named `name`. */
static rg_index index_moved_in(planner *P, rg_catalog *src, const rg_index *x, const char *name, const char *from,
                               const char *to)
{
    rg_index y = index_on(P, x, name, from, to);
    for (size_t i = 0; i < x->nelems; i++) {
        if (x->elems[i].column) continue;
        const char *sql = rg_expr_sql(src, &x->elems[i].expr);
        if (sql) y.elems[i].expr = (rg_expr){.key = pl_swap_expr(P, sql, from, to), .sql = pl_swap_expr(P, sql, from, to)};
    }
    if (x->ninclude) {
        y.include = rg_arena_alloc(P->a, x->ninclude * sizeof *y.include);
        for (size_t i = 0; i < x->ninclude; i++) y.include[i] = strcmp(x->include[i], from) == 0 ? to : x->include[i];
    }
    if (x->where.key) {
        const char *sql = rg_expr_sql(src, &x->where);
        if (sql) y.where = (rg_expr){.key = pl_swap_expr(P, sql, from, to), .sql = pl_swap_expr(P, sql, from, to)};
    }
    return y;
}

static rg_index index_moved(planner *P, const rg_index *x, const char *name, const char *from, const char *to)
{
    return index_moved_in(P, P->oldc, x, name, from, to);
}

bool pl_column_moves(planner *P, const char *schema, const char *table, const char *col)
{
    return pl_skipped(P, "moved", pl_key(P, schema, table, col));
}

bool pl_index_on_moved(planner *P, const rg_index *x, rg_index *out)
{
    const pl_ptrs *cols = pl_moved_columns(P, x->table_schema, x->table_name);
    bool any = false;
    rg_index y = *x;
    for (size_t i = 0; i < cols->n; i++) {
        const char *col = cols->v[i];
        if (!pl_index_uses(&y, col)) continue;
        y = index_moved_in(P, P->newc, &y, x->name, col, pl_name(P, "", col, "rg_new"));
        any = true;
    }
    *out = y;
    return any;
}

const char *pl_index_text(planner *P, rg_catalog *c, const rg_index *x, bool concurrently)
{
    rg_buf b = {0};
    rg_ddl_index(c, x, &b);
    const char *s = pl_take(P, &b);
    const char *at = strstr(s, "INDEX ");
    if (!concurrently || !at) return s;
    return rg_arena_printf(P->a, "%.*sINDEX CONCURRENTLY %s", (int)(at - s), s, at + 6);
}

/* Whether constraint k of table t is backed by index x (same name). */
static bool backs_key(const rg_table *t, const rg_index *x)
{
    const rg_constraint *k = rg_table_constraint(t, x->name);
    return k && !k->dropped && (k->kind == RG_CON_PRIMARY || k->kind == RG_CON_UNIQUE || k->kind == RG_CON_EXCLUSION);
}

/* Indexes on the moving column (plain, unique, expression, partial):
 * a copy on the new column built concurrently in expand, swapped by name
 * in the switch; the old one goes with the old column in the contract
 * (whose down builds it again). Key indexes move with their keys. */
static void swap_indexes(planner *P, const rg_table *t, const char *col, const char *helper,
                         const char *old_keep, rg_buf *drop_down)
{
    const rg_table *ot = rg_catalog_table(P->oldc, t->schema, t->name);
    const pl_ptrs *xs = pl_indexes_of(P, false, t->schema, t->name);
    for (size_t i = 0; i < xs->n; i++) {
        const rg_index *x = xs->v[i];
        if (!pl_index_uses(x, col) || (ot && backs_key(ot, x))) continue;
        const rg_index *nx = rg_catalog_index(P->newc, x->schema, x->name);
        if (!nx || strcmp(nx->table_name, t->name) || strcmp(nx->table_schema, t->schema)) continue;
        const char *tmp = pl_name(P, "", x->name, "rg_new"), *keep = pl_name(P, "", x->name, "rg_old");
        rg_index y = index_moved(P, x, tmp, col, helper);
        const char *create = index_text(P, &y);
        const char *at = strstr(create, "INDEX ");
        create = rg_arena_printf(P->a, "%.*sINDEX CONCURRENTLY %s", (int)(at - create), create, at + 6);
        rg_plan_file *f = pl_own(P, ST_EXPAND, PH_INDEX, tmp, true);
        rg_plan_step *s = pl_step(P, f, "create_index_concurrently", pl_key(P, x->schema, tmp, NULL), create,
                                  rg_arena_printf(P->a, "DROP INDEX CONCURRENTLY IF EXISTS %s", pl_qn(P, x->schema, tmp)));
        pl_note(P, s, "copy of %s on the new column %s", x->name, helper);
        f = pl_main(P, ST_SWITCH, 0, "switch");
        s = pl_step(P, f, "alter_index_rename", pl_key(P, x->schema, x->name, NULL),
                    rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, x->schema, x->name), pl_q(P, keep)),
                    rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, x->schema, keep), pl_q(P, x->name)));
        s = pl_step(P, f, "alter_index_rename", pl_key(P, x->schema, x->name, NULL),
                    rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, x->schema, tmp), pl_q(P, x->name)),
                    rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, x->schema, x->name), pl_q(P, tmp)));
        if (nx->comment && *nx->comment) {
            s = pl_step(P, f, "comment_on_table", pl_key(P, x->schema, x->name, NULL),
                        rg_arena_printf(P->a, "COMMENT ON INDEX %s IS %s", pl_qn(P, x->schema, x->name), pl_lit(P, nx->comment)),
                        rg_arena_printf(P->a, "COMMENT ON INDEX %s IS NULL", pl_qn(P, x->schema, x->name)));
            pl_note(P, s, "the comment of the index it replaces");
        }
        rg_index z = index_moved(P, x, keep, col, old_keep);
        rg_buf_printf(drop_down, ";\n%s", index_text(P, &z));
        if (x->comment && *x->comment)
            rg_buf_printf(drop_down, ";\nCOMMENT ON INDEX %s IS %s", pl_qn(P, x->schema, keep), pl_lit(P, x->comment));
    }
}

static bool uses_column(const rg_constraint *k, const char *col)
{
    for (size_t j = 0; j < k->ncolumns; j++)
        if (strcmp(k->columns[j], col) == 0) return true;
    return false;
}

/* PRIMARY KEY / UNIQUE on the column that moves, kept by the target under
 * the same name: a unique index on the new column concurrently; in the
 * switch the old key is dropped before the renames and re-added USING
 * INDEX after them. */
static bool movable_key(planner *P, const rg_table *t, const rg_constraint *k, const char *col)
{
    if (k->dropped || (k->kind != RG_CON_PRIMARY && k->kind != RG_CON_UNIQUE) || !uses_column(k, col)) return false;
    const rg_table *nt = rg_catalog_table(P->newc, t->schema, t->name);
    const rg_constraint *nk = nt ? rg_table_constraint(nt, k->name) : NULL;
    return nk && nk->kind == k->kind && !k->ninclude;
}

static void swap_keys_drop(planner *P, const rg_table *t, const char *col, const char *helper, rg_plan_file *sw)
{
    const rg_table *ot = rg_catalog_table(P->oldc, t->schema, t->name);
    const char *at = rg_arena_printf(P->a, "ALTER TABLE %s", pl_qn(P, t->schema, t->name));
    for (size_t i = 0; ot && i < ot->constraints.n; i++) {
        const rg_constraint *k = &ot->constraints.v[i];
        if (!movable_key(P, t, k, col)) continue;
        const char *tmp = pl_name(P, "", k->name, "rg_new");
        rg_buf b = {0};
        rg_buf_printf(&b, "CREATE UNIQUE INDEX CONCURRENTLY %s ON %s USING btree (", pl_q(P, tmp), pl_qn(P, t->schema, t->name));
        for (size_t c = 0; c < k->ncolumns; c++)
            rg_buf_printf(&b, "%s%s", c ? ", " : "", pl_q(P, strcmp(k->columns[c], col) == 0 ? helper : k->columns[c]));
        rg_buf_putc(&b, ')');
        if (k->nulls_not_distinct) rg_buf_puts(&b, " NULLS NOT DISTINCT");
        rg_plan_step *s = pl_step(P, pl_own(P, ST_EXPAND, PH_INDEX, tmp, true), "create_index_concurrently",
                                  pl_key(P, t->schema, t->name, k->name), pl_take(P, &b),
                                  rg_arena_printf(P->a, "DROP INDEX CONCURRENTLY IF EXISTS %s", pl_qn(P, t->schema, tmp)));
        pl_note(P, s, "index for %s on the new column, attached in the switch", k->name);
        rg_buf def = {0};
        rg_ddl_constraint_body(P->oldc, k, &def);
        s = pl_step(P, sw, "drop_constraint_unique", pl_key(P, t->schema, t->name, k->name),
                    rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", at, pl_q(P, k->name)),
                    rg_arena_printf(P->a, "%s ADD CONSTRAINT %s %s", at, pl_q(P, k->name), pl_take(P, &def)));
        pl_existing(P, s, t->schema, t->name);
        pl_note(P, s, "moves to the new column below (the down rebuilds it with a scan)");
    }
}

static void swap_keys_add(planner *P, const rg_table *t, const char *col, rg_plan_file *sw)
{
    const rg_table *ot = rg_catalog_table(P->oldc, t->schema, t->name);
    const char *at = rg_arena_printf(P->a, "ALTER TABLE %s", pl_qn(P, t->schema, t->name));
    for (size_t i = 0; ot && i < ot->constraints.n; i++) {
        const rg_constraint *k = &ot->constraints.v[i];
        if (!movable_key(P, t, k, col)) continue;
        const char *tmp = pl_name(P, "", k->name, "rg_new");
        bool pk = k->kind == RG_CON_PRIMARY;
        rg_buf cols = {0};
        for (size_t c = 0; c < k->ncolumns; c++) rg_buf_printf(&cols, "%s%s", c ? ", " : "", pl_q(P, k->columns[c]));
        rg_plan_step *s = pl_step(P, sw, pk ? "add_primary_key_using_index" : "add_unique_using_index",
                                  pl_key(P, t->schema, t->name, k->name),
                                  rg_arena_printf(P->a, "%s ADD CONSTRAINT %s %s USING INDEX %s%s%s", at, pl_q(P, k->name),
                                                  pk ? "PRIMARY KEY" : "UNIQUE", pl_q(P, tmp),
                                                  k->deferrable ? " DEFERRABLE" : "", k->deferred ? " INITIALLY DEFERRED" : ""),
                                  rg_arena_printf(P->a, "%s DROP CONSTRAINT %s;\nCREATE UNIQUE INDEX %s ON %s USING btree (%s)%s",
                                                  at, pl_q(P, k->name), pl_q(P, tmp), pl_qn(P, t->schema, t->name),
                                                  rg_buf_cstr(&cols), k->nulls_not_distinct ? " NULLS NOT DISTINCT" : ""));
        rg_buf_free(&cols);
        pl_existing(P, s, t->schema, t->name);
    }
}

/* Whether foreign key k (on table ft) points at column col of table t. */
static bool fk_points_at(const rg_table *ft, const rg_constraint *k, const rg_table *t, const char *col)
{
    const char *rs = k->ref_schema ? k->ref_schema : ft->schema;
    if (strcmp(rs, t->schema) || strcmp(k->ref_table, t->name)) return false;
    if (!k->nref_columns) return true; /* the primary key */
    for (size_t c = 0; c < k->nref_columns; c++)
        if (strcmp(k->ref_columns[c], col) == 0) return true;
    return false;
}

/* One foreign key around the switch: dropped first (before the keys and
 * columns move), added again NOT VALID as the target has it after them,
 * validated in a transaction of its own right after the switch. */
static void move_fk(planner *P, const rg_table *ft, const rg_constraint *k, rg_plan_file *sw)
{
    const char *obj = pl_key(P, ft->schema, ft->name, k->name);
    if (rg_map_get(&P->moved_fks, obj)) return;
    rg_map_put(&P->moved_fks, obj, (void *)1);
    const char *at = rg_arena_printf(P->a, "ALTER TABLE %s", pl_qn(P, ft->schema, ft->name));
    rg_buf def = {0};
    rg_buf_printf(&def, "%s ADD CONSTRAINT %s ", at, pl_q(P, k->name));
    rg_ddl_constraint_body(P->oldc, k, &def);
    if (k->not_valid) rg_buf_puts(&def, " NOT VALID");
    rg_plan_step *s = pl_step(P, sw, "drop_constraint_foreign_key", obj,
                              rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", at, pl_q(P, k->name)), pl_take(P, &def));
    pl_step_prio(s, PRIO_FIRST);
    pl_existing(P, s, ft->schema, ft->name);
    pl_note(P, s, "re-pointed at the moved column below (the down re-checks every row)");
    pl_skip(P, "drop_constraint", obj);
    pl_skip(P, "alter_constraint", obj);
    pl_skip(P, "validate_constraint", obj);
    const rg_table *nt = rg_catalog_table(P->newc, ft->schema, ft->name);
    const rg_constraint *nk = nt ? rg_table_constraint(nt, k->name) : NULL;
    if (!nk || nk->dropped || nk->kind != RG_CON_FOREIGN) return; /* the target drops it */
    rg_buf add = {0};
    rg_buf_printf(&add, "%s ADD CONSTRAINT %s ", at, pl_q(P, nk->name));
    rg_ddl_constraint_body(P->newc, nk, &add);
    rg_buf_puts(&add, " NOT VALID");
    s = pl_step(P, sw, "add_foreign_key_not_valid", obj, pl_take(P, &add),
                rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", at, pl_q(P, nk->name)));
    pl_step_prio(s, PRIO_LATE + 1);
    pl_existing(P, s, ft->schema, ft->name);
    pl_note(P, s, "new writes are checked at once; existing rows in the next file");
    if (nk->not_valid) return;
    rg_plan_file *f = pl_own(P, ST_SWITCH, 1, k->name, false);
    s = pl_step(P, f, "validate_foreign_key", obj,
                rg_arena_printf(P->a, "%s VALIDATE CONSTRAINT %s", at, pl_q(P, nk->name)), NULL);
    pl_note(P, s, "own transaction: scans without blocking reads or writes");
}

/* Foreign keys on the moving column and those pointing at it. */
static void move_fks(planner *P, const rg_table *t, const char *col, rg_plan_file *sw)
{
    const rg_table *ot = rg_catalog_table(P->oldc, t->schema, t->name);
    for (size_t i = 0; ot && i < ot->constraints.n; i++) {
        const rg_constraint *k = &ot->constraints.v[i];
        if (!k->dropped && k->kind == RG_CON_FOREIGN && uses_column(k, col)) move_fk(P, ot, k, sw);
    }
    const pl_ptrs *refs = pl_fks_to(P, t->schema, t->name);
    for (size_t i = 0; i < refs->n; i++) {
        const pl_fkref *r = refs->v[i];
        if (fk_points_at(r->t, r->k, t, col)) move_fk(P, r->t, r->k, sw);
    }
}

/* A serial's sequence is owned by the old column: dropping that in the
 * contract would drop the sequence the new column's default uses. */
static void swap_sequences(planner *P, const rg_table *t, const char *col, const char *old_keep, rg_plan_file *sw)
{
    const char *owner = rg_arena_printf(P->a, "%s.%s.%s", t->schema, t->name, col);
    const pl_ptrs *qs = pl_owned_seqs(P, t->schema, t->name);
    for (size_t i = 0; i < qs->n; i++) {
        const rg_sequence *q = qs->v[i];
        if (strcmp(q->owned_by, owner) != 0) continue;
        const char *sq = pl_qn(P, q->schema, q->name), *tq = pl_qn(P, t->schema, t->name);
        rg_plan_step *s = pl_step(P, sw, "alter_sequence_owned_by", pl_key(P, q->schema, q->name, NULL),
                                  rg_arena_printf(P->a, "ALTER SEQUENCE %s OWNED BY %s.%s", sq, tq, pl_q(P, col)),
                                  rg_arena_printf(P->a, "ALTER SEQUENCE %s OWNED BY %s.%s", sq, tq, pl_q(P, old_keep)));
        pl_note(P, s, "the sequence follows the column to its new type");
    }
}

/* Constraints PostgreSQL would carry with the old column and this shape
 * does not move: say so. */
static void swap_constraint_findings(planner *P, const rg_table *t, const char *col)
{
    const rg_table *ot = rg_catalog_table(P->oldc, t->schema, t->name);
    for (size_t i = 0; ot && i < ot->constraints.n; i++) {
        const rg_constraint *k = &ot->constraints.v[i];
        bool uses = uses_column(k, col);
        if (k->kind == RG_CON_CHECK && k->check.key && strstr(k->check.key, col)) uses = true;
        const rg_table *nt = rg_catalog_table(P->newc, t->schema, t->name);
        const rg_constraint *nk = nt ? rg_table_constraint(nt, k->name) : NULL;
        if (!nk) continue; /* the target drops it: drop_constraint does, in the switch */
        if (k->dropped || !uses || k->kind == RG_CON_FOREIGN || movable_key(P, t, k, col)) continue;
        rg_plan_add_finding(P->p, RG_SEV_WARNING, "constraint_on_changed_column", colobj(P, t, col),
                            "constraint %s uses %s: the new-column shape does not move it (the key "
                            "changes too); move it by hand", k->name, col);
    }
}

void pl_shape_type_change(planner *P, const rg_change *c)
{
    const rg_table *t = c->new_table;
    const rg_column *nc = c->new_obj, *oc = c->old_obj;
    const char *at = alter(P, t), *qc = pl_q(P, nc->name), *obj = colobj(P, t, nc->name);
    rg_type_change tc;
    rg_lockmodel_type_change(&tc, P->model, oc->type, nc->type, P->o->pg_version);
    /* A collation change of an indexed column moves like a rewrite. */
    bool collation = c->ck == RG_CK_ALTER_COLUMN_COLLATION;
    if (!tc.rewrite && !collation) {
        rg_plan_file *f = pl_main(P, ST_EXPAND, PH_MAIN, "schema");
        /* The way back may narrow (varchar(200) -> varchar(100)): rows the
         * new version wrote may not fit, and a plain TYPE change would then
         * fail. An explicit cast truncates, as PostgreSQL's varchar cast
         * does, so the down always restores the schema; it says it is lossy. */
        rg_type_change back;
        rg_lockmodel_type_change(&back, P->model, nc->type, oc->type, P->o->pg_version);
        /* ALTER ... TYPE without COLLATE resets the column to the type's
         * default collation: say the one each side has. */
        const char *ocoll = oc->collation ? rg_arena_printf(P->a, " COLLATE %s", pl_q(P, oc->collation)) : "";
        const char *ncoll = nc->collation ? rg_arena_printf(P->a, " COLLATE %s", pl_q(P, nc->collation)) : "";
        const char *down = back.rewrite
            ? rg_arena_printf(P->a, "%s ALTER COLUMN %s TYPE %s%s USING %s::%s", at, qc, oc->type, ocoll, qc, oc->type)
            : rg_arena_printf(P->a, "%s ALTER COLUMN %s TYPE %s%s", at, qc, oc->type, ocoll);
        /* PostgreSQL keeps a default's expression across TYPE, cast and
         * all ('x'::character varying on a text column): the target's own
         * default is set again after the change, the old one after the way back. */
        bool redefault = nc->has_default && oc->has_default;
        if (redefault)
            down = rg_arena_printf(P->a, "%s;\n%s ALTER COLUMN %s SET DEFAULT %s", down, at, qc, dflt_sql(P, P->oldc, oc));
        rg_plan_step *s = pl_step(P, f, tc.op, obj,
                                  rg_arena_printf(P->a, "%s ALTER COLUMN %s TYPE %s%s", at, qc, nc->type, ncoll), down);
        if (redefault) {
            rg_plan_step *d = pl_step(P, f, "set_default", obj,
                                      rg_arena_printf(P->a, "%s ALTER COLUMN %s SET DEFAULT %s", at, qc,
                                                      dflt_sql(P, P->newc, nc)),
                                      rg_arena_printf(P->a, "%s ALTER COLUMN %s SET DEFAULT %s", at, qc,
                                                      dflt_sql(P, P->oldc, oc)));
            pl_existing(P, d, t->schema, t->name);
        }
        if (back.rewrite)
            pl_lossy(s, rg_arena_printf(P->a, "%s back to %s: values written since that do not fit are cut",
                                        obj, oc->type));
        pl_existing(P, s, t->schema, t->name);
        if (tc.notes && *tc.notes) pl_note(P, s, "%s", tc.notes);
        if (tc.requires_utc) pl_note(P, s, "no rewrite only with the session TimeZone = UTC");
        pl_note(P, s, "the down may rewrite the table");
        return;
    }
    const char *helper = pl_name(P, "", nc->name, "rg_new");
    const char *old_keep = pl_name(P, "", nc->name, "rg_old");
    const char *qh = pl_q(P, helper), *qk = pl_q(P, old_keep);
    rg_plan_step *s = add_col_step(P, t, "add_column_nullable", bare_def(P, nc, helper), helper);
    if (collation)
        pl_note(P, s, "collation %s -> %s rebuilds the column's indexes in place under ACCESS EXCLUSIVE: "
                      "new column, sync, backfill, switch instead", oc->collation ? oc->collation : "default",
                nc->collation ? nc->collation : "default");
    else
        pl_note(P, s, "%s -> %s rewrites in place (%s): new column, sync, backfill, switch instead",
                oc->type, nc->type, tc.notes ? tc.notes : "no rule");
    if (nc->comment && *nc->comment) {
        /* The comment moves with the name at the switch. */
        rg_plan_step *cs = pl_step(P, pl_main(P, ST_EXPAND, PH_MAIN, "schema"), "comment_on_column", obj,
                                   rg_arena_printf(P->a, "COMMENT ON COLUMN %s.%s IS %s", pl_qn(P, t->schema, t->name),
                                                   qh, pl_lit(P, nc->comment)),
                                   rg_arena_printf(P->a, "COMMENT ON COLUMN %s.%s IS NULL", pl_qn(P, t->schema, t->name), qh));
        pl_step_prio(cs, PRIO_LATE);
    }
    sync_steps(P, t, oc->name, oc->type, helper, nc->type, pl_main(P, ST_EXPAND, PH_MAIN, "schema"),
               ST_SWITCH, 0, "switch");
    const char *v = cast_to(P, qc, oc->type, nc->type);
    pl_backfill(P, t, helper, v, rg_arena_printf(P->a, "%s IS DISTINCT FROM %s", qh, v));
    if (nc->not_null) pl_not_null_path(P, t, helper, false);

    /* The switch: one transaction, brief ACCESS EXCLUSIVE. */
    rg_plan_file *f = pl_main(P, ST_SWITCH, 0, "switch");
    swap_keys_drop(P, t, oc->name, helper, f);
    move_fks(P, t, oc->name, f);
    if (oc->not_null) {
        s = pl_step(P, f, "drop_not_null", obj, rg_arena_printf(P->a, "%s ALTER COLUMN %s DROP NOT NULL", at, qc),
                    rg_arena_printf(P->a, "%s ALTER COLUMN %s SET NOT NULL", at, qc));
        pl_existing(P, s, t->schema, t->name);
        pl_note(P, s, "the old column is no longer written after the switch");
    }
    if (oc->has_default) {
        s = pl_step(P, f, "drop_default", obj, rg_arena_printf(P->a, "%s ALTER COLUMN %s DROP DEFAULT", at, qc),
                    rg_arena_printf(P->a, "%s ALTER COLUMN %s SET DEFAULT %s", at, qc, dflt_sql(P, P->oldc, oc)));
        pl_existing(P, s, t->schema, t->name);
    }
    s = pl_step(P, f, "rename_column", obj, rg_arena_printf(P->a, "%s RENAME COLUMN %s TO %s", at, qc, qk),
                rg_arena_printf(P->a, "%s RENAME COLUMN %s TO %s", at, qk, qc));
    pl_existing(P, s, t->schema, t->name);
    s = pl_step(P, f, "rename_column", obj, rg_arena_printf(P->a, "%s RENAME COLUMN %s TO %s", at, qh, qc),
                rg_arena_printf(P->a, "%s RENAME COLUMN %s TO %s", at, qc, qh));
    pl_existing(P, s, t->schema, t->name);
    pl_note(P, s, "both versions keep using the name %s, now %s", nc->name, nc->type);
    swap_keys_add(P, t, oc->name, f);
    swap_sequences(P, t, oc->name, old_keep, f);
    if (nc->has_default) {
        s = pl_step(P, f, "set_default", obj,
                    rg_arena_printf(P->a, "%s ALTER COLUMN %s SET DEFAULT %s", at, qc, dflt_sql(P, P->newc, nc)),
                    rg_arena_printf(P->a, "%s ALTER COLUMN %s DROP DEFAULT", at, qc));
        pl_existing(P, s, t->schema, t->name);
    }
    f = pl_main(P, ST_CONTRACT, PH_DROP, "drop");
    rg_buf down = {0};
    rg_buf_printf(&down, "%s ADD COLUMN %s;\nUPDATE %s SET %s = %s", at, bare_def(P, oc, old_keep),
                  pl_qn(P, t->schema, t->name), qk, cast_to(P, qc, nc->type, oc->type));
    swap_indexes(P, t, oc->name, helper, old_keep, &down);
    swap_constraint_findings(P, t, oc->name);
    s = pl_step(P, f, "drop_column", colobj(P, t, old_keep),
                rg_arena_printf(P->a, "%s DROP COLUMN %s", at, qk), pl_take(P, &down));
    pl_existing(P, s, t->schema, t->name);
    pl_note(P, s, "the %s copy of %s, unused since the switch", oc->type, nc->name);
}

/* ---- what moves ----------------------------------------------------------------------- */

/* Columns that move to a new column (rewriting type changes, collation
 * changes of indexed columns) and the foreign keys on them or pointing at
 * them: those keys are dropped and re-pointed in the switch, so the
 * changes the diff lists for them are not shaped on their own. */
void pl_moves_prepass(planner *P)
{
    for (size_t i = 0; i < P->d->n; i++) {
        const rg_change *c = &P->d->v[i];
        bool coll = c->ck == RG_CK_ALTER_COLUMN_COLLATION;
        if (c->ck != RG_CK_ALTER_COLUMN_TYPE && !coll) continue;
        const rg_column *nc = c->new_obj, *oc = c->old_obj;
        const rg_table *t = c->new_table;
        if (pl_table_is_new(P, t->schema, t->name)) continue;
        if (coll) {
            if (strcmp(nc->type, oc->type) != 0 || !pl_collation_moves(P, c)) continue;
        } else {
            rg_type_change tc;
            rg_lockmodel_type_change(&tc, P->model, oc->type, nc->type, P->o->pg_version);
            if (!tc.rewrite) continue;
        }
        pl_skip(P, "moved", c->object);
        pl_add_to(P, &P->moved_cols, pl_key(P, t->schema, t->name, NULL), oc->name);
        const rg_table *ot = rg_catalog_table(P->oldc, t->schema, t->name);
        for (size_t j = 0; ot && j < ot->constraints.n; j++) {
            const rg_constraint *k = &ot->constraints.v[j];
            if (k->dropped || k->kind != RG_CON_FOREIGN || !uses_column(k, oc->name)) continue;
            const char *obj = pl_key(P, ot->schema, ot->name, k->name);
            pl_skip(P, "drop_constraint", obj);
            pl_skip(P, "alter_constraint", obj);
            pl_skip(P, "validate_constraint", obj);
        }
        const pl_ptrs *refs = pl_fks_to(P, t->schema, t->name);
        for (size_t j = 0; j < refs->n; j++) {
            const pl_fkref *r = refs->v[j];
            if (!fk_points_at(r->t, r->k, t, oc->name)) continue;
            const char *obj = pl_key(P, r->t->schema, r->t->name, r->k->name);
            pl_skip(P, "drop_constraint", obj);
            pl_skip(P, "alter_constraint", obj);
            pl_skip(P, "validate_constraint", obj);
        }
    }
}
