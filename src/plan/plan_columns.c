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
static void refill_down(planner *P, const rg_table *t, const rg_column *from, const rg_column *to, const char *target);

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
    /* Its down adds it back NOT VALID: the down of the step that added it
     * drops it again right after, so validating it would only scan. */
    s = pl_step(P, f, "drop_constraint_check", obj,
                rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", at, cnq),
                rg_arena_printf(P->a, "%s ADD CONSTRAINT %s %s NOT VALID", at, cnq, check));
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
                       const char *tb, bool both_ways, rg_plan_file *create, int drop_stage, int drop_phase,
                       const char *drop_slug)
{
    sync_names n = sync_names_for(P, t, b);
    const char *qa = pl_q(P, a), *qb = pl_q(P, b);
    /* One way (old to new) when only the old version writes, until a switch
     * before the deploy: a copy back from the new column would write the
     * new type's value into the old column, cut when the new type is
     * narrower (the backfill's own UPDATE of the new column fires it). */
    const char *fn = !both_ways ? rg_arena_printf(P->a,
        "CREATE FUNCTION %s() RETURNS trigger\n"
        "    LANGUAGE plpgsql\n"
        "    AS $rollgate$\n"
        "BEGIN\n"
        "    -- rollgate: copies the old column into the new one until the switch\n"
        "    IF TG_OP = 'INSERT' OR NEW.%s IS DISTINCT FROM OLD.%s THEN\n"
        "        NEW.%s := %s;\n"
        "    END IF;\n"
        "    RETURN NEW;\n"
        "END\n"
        "$rollgate$",
        n.fnq, qa, qa, qb, cast_to(P, rg_arena_printf(P->a, "NEW.%s", qa), ta, tb)) : rg_arena_printf(P->a,
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
    if (both_ways) pl_note(P, s, "sync trigger: INSERT and UPDATE from either version keep %s and %s equal", a, b);
    else pl_note(P, s, "sync trigger: every INSERT and every UPDATE of %s copies it into %s", a, b);

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
        /* The canonical column text leaves the identity to a later ALTER
         * (as pg_dump does): here it is part of the ADD COLUMN. */
        const char *def = col->identity ? rg_arena_printf(P->a, "%s %s", full_def(P, col), pl_identity_clause(P, P->newc, col))
                                        : full_def(P, col);
        rg_plan_step *s = add_col_step(P, t, col->generated ? "add_column_generated_stored" : "add_column_identity",
                                       def, col->name);
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
    sync_steps(P, t, oc->name, oc->type, nc->name, nc->type, true, pl_main(P, ST_EXPAND, PH_MAIN, "schema"),
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
    /* The down re-creates the old column from the new one: no data lost.
     * The drop's down adds it back; files before the drop refill it in
     * batches, then set its NOT NULL (downs run in reverse). */
    if (oc->not_null) {
        rg_plan_step *nn = pl_down_only(P, ST_CONTRACT, PH_DROP_INDEX, pl_name(P, "not_null_", t->name, oc->name),
                                        false, colobj(P, t, oc->name),
                                        rg_arena_printf(P->a, "%s ALTER COLUMN %s SET NOT NULL", at, qo));
        pl_note(P, nn, "its down sets NOT NULL on %s again once it is refilled", oc->name);
    }
    refill_down(P, t, nc, oc, oc->name);
    rg_buf down = {0};
    rg_buf_printf(&down, "%s ADD COLUMN %s", at, oc->has_default ?
                  full_def(P, &(rg_column){.name = oc->name, .type = oc->type, .collation = oc->collation,
                                           .has_default = true, .dflt = oc->dflt, .stats_target = -1}) :
                  bare_def(P, oc, NULL));
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
    /* The down adds it back NOT VALID, as the up adds keys, and a file of
     * the validate stage validates it on the way down (PostgreSQL 15 has no
     * NOT VALID foreign key on a partitioned table). */
    bool split = !k->not_valid && ft->kind == RG_TABLE_ORDINARY;
    if (k->not_valid || split) rg_buf_puts(&def, " NOT VALID");
    if (split) pl_revalidate_down(P, ST_VALIDATE, PH_CHECKS, ft, k->name);
    rg_plan_step *s = pl_step(P, sw, "drop_constraint_foreign_key", obj,
                              rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", at, pl_q(P, k->name)), pl_take(P, &def));
    pl_step_prio(s, PRIO_FIRST);
    pl_existing(P, s, ft->schema, ft->name);
    pl_note(P, s, "re-pointed at the moved column below (on the way down a file of the validate stage re-checks every row)");
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

/* ---- narrowing: values that would not fit ------------------------------------------- */

/* A RAISE format string, as a quoted literal: `head` (with its %
 * placeholders) followed by `text` (every % of it doubled). */
static const char *raise_text(planner *P, const char *head, const char *s)
{
    rg_buf b = {0};
    rg_buf_puts(&b, head);
    for (; *s; s++) {
        if (*s == '%') rg_buf_putc(&b, '%');
        rg_buf_putc(&b, *s);
    }
    const char *r = pl_lit(P, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return r;
}

/*
 * A narrowing change of a column that moves to a new column: before the
 * switch, in the validate stage, a count of the rows whose value would
 * not fit the new type fails the file when there is one (the rollout stops
 * there, every value kept: the sync trigger only copies from the old
 * column), and in the same transaction a CHECK NOT VALID on the old column
 * makes the old version's writes that would not fit fail from then on
 * instead of being cut at the switch; it is validated in its own
 * transaction and dropped in the switch. Without --allow-lossy the change
 * is an error-level finding.
 */
static void fit_guard(planner *P, const rg_table *t, const rg_column *oc, const rg_column *nc, const pl_fit *fit)
{
    const char *at = alter(P, t), *obj = colobj(P, t, nc->name), *tq = pl_qn(P, t->schema, t->name);
    const char *cn = pl_name(P, "rollgate_fit_", t->name, oc->name), *cnq = pl_q(P, cn);
    const char *add = rg_arena_printf(P->a, "%s ADD CONSTRAINT %s CHECK (%s) NOT VALID", at, cnq, fit->check);
    const char *drop = rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", at, cnq);
    rg_plan_add_finding(P->p, P->o->allow_lossy ? RG_SEV_WARNING : RG_SEV_ERROR, "lossy_change", obj,
                        "%s -> %s: %s. The plan counts the rows that would not fit before the switch (validate "
                        "stage, file %s) and stops the rollout there if there is one, every value kept; %s",
                        oc->type, nc->type, fit->why, cn,
                        P->o->allow_lossy ? "planned as --allow-lossy asks" : "pass --allow-lossy to accept this plan");
    const char *msg = rg_arena_printf(P->a, " rows of %s.%s do not fit %s in column %s (%s): the rollout "
                                            "stops here, every value kept",
                                      t->schema, t->name, nc->type, oc->name, fit->why);
    const char *count = rg_arena_printf(P->a,
        "DO $rollgate$\n"
        "DECLARE\n"
        "    rg_n bigint;\n"
        "BEGIN\n"
        "    -- rollgate: every value must fit %s before the switch\n"
        "    SELECT count(*) INTO rg_n FROM %s WHERE NOT (%s);\n"
        "    IF rg_n > 0 THEN\n"
        "        RAISE EXCEPTION %s, rg_n;\n"
        "    END IF;\n"
        "END\n"
        "$rollgate$",
        nc->type, tq, fit->check, raise_text(P, "rollgate: %", msg));
    rg_plan_file *f = pl_own(P, ST_VALIDATE, PH_CHECKS, cn, false);
    rg_plan_step *s = pl_step(P, f, "check_rows", obj, count, NULL);
    pl_note(P, s, "reads every row: one that does not fit %s fails this file and stops the rollout", nc->type);
    s = pl_step(P, f, "add_check_not_valid", obj, add, drop);
    pl_existing(P, s, t->schema, t->name);
    pl_note(P, s, "from here on the old version's writes that would not fit %s fail instead of being cut at the switch",
            nc->type);
    f = pl_own(P, ST_VALIDATE, PH_VALIDATE, cn, false);
    s = pl_step(P, f, "validate_check", obj, rg_arena_printf(P->a, "%s VALIDATE CONSTRAINT %s", at, cnq), NULL);
    pl_note(P, s, "own transaction: scans without blocking reads or writes");
    s = pl_step(P, pl_main(P, ST_SWITCH, 0, "switch"), "drop_constraint_check", obj, drop, add);
    pl_step_prio(s, PRIO_FIRST);
    pl_existing(P, s, t->schema, t->name);
}

/*
 * When going back from `from` (the new column) to `to` narrows, *sql (a
 * down that fills the old type) is wrapped in a CHECK added and dropped
 * around it: a row written since that does not fit makes the down fail
 * (the CHECK is validated when it is added) instead of cutting the value.
 * Returns what would not fit, or NULL when nothing narrows or the cast
 * itself fails on such a value; *lossy says what no check can keep
 * (float precision), else NULL.
 */
static const char *back_guard(planner *P, const rg_table *t, const rg_column *from, const rg_column *to, const char **sql,
                              const char **lossy)
{
    pl_fit fit;
    *lossy = NULL;
    if (!pl_type_narrows(P, from->type, to->type, pl_q(P, from->name), &fit)) return NULL;
    if (fit.rounds)
        *lossy = rg_arena_printf(P->a, "%s.%s back to %s: values written since keep only %s's precision", t->name,
                                 from->name, to->type, to->type);
    if (fit.cast_fails) return NULL;
    const char *at = alter(P, t), *cnq = pl_q(P, pl_name(P, "rollgate_back_", t->name, from->name));
    *sql = rg_arena_printf(P->a, "%s ADD CONSTRAINT %s CHECK (%s);\n%s;\n%s DROP CONSTRAINT %s", at, cnq, fit.check,
                           *sql, at, cnq);
    return rg_arena_printf(P->a, "back to %s, %s", to->type, fit.why);
}

/* ---- downs that refill a column in batches ------------------------------------------- */

/*
 * The down of a contract step that drops column `target` (the old copy of
 * `from`, of type to->type) adds it back empty; this down-only file, placed
 * before that step, refills it from `from` in keyset batches that each
 * commit, as the backfill does on the way up, instead of one UPDATE
 * holding every row's lock in the drop's transaction. When going back
 * narrows, a count first fails the down rather than cut a value.
 */
static void refill_down(planner *P, const rg_table *t, const rg_column *from, const rg_column *to, const char *target)
{
    const char *qf = pl_q(P, from->name), *qt = pl_q(P, target), *tq = pl_qn(P, t->schema, t->name);
    const char *v = cast_to(P, qf, from->type, to->type);
    const char *where = rg_arena_printf(P->a, "%s IS DISTINCT FROM %s", qt, v);
    const rg_table *nt = rg_catalog_table(P->newc, t->schema, t->name);
    const char *fill = nt ? pl_batched_update(P, true, nt, target, v, where) : NULL;
    if (!fill) fill = rg_arena_printf(P->a, "UPDATE %s SET %s = %s WHERE %s", tq, qt, v, where);
    pl_fit fit;
    const char *lossy = NULL, *guard = NULL;
    if (strcmp(from->type, to->type) != 0 && pl_type_narrows(P, from->type, to->type, qf, &fit)) {
        if (fit.rounds)
            lossy = rg_arena_printf(P->a, "%s.%s back to %s: values written since keep only %s's precision", t->name,
                                    from->name, to->type, to->type);
        if (!fit.cast_fails) {
            guard = fit.why;
            const char *msg = rg_arena_printf(P->a, " rows of %s.%s hold values of %s that do not fit %s (%s): the "
                                                    "down stops here rather than cut them",
                                              t->schema, t->name, from->name, to->type, fit.why);
            fill = rg_arena_printf(P->a,
                "DO $rollgate$\n"
                "DECLARE\n"
                "    rg_n bigint;\n"
                "BEGIN\n"
                "    SELECT count(*) INTO rg_n FROM %s WHERE NOT (%s);\n"
                "    IF rg_n > 0 THEN\n"
                "        RAISE EXCEPTION %s, rg_n;\n"
                "    END IF;\n"
                "END\n"
                "$rollgate$;\n%s",
                tq, fit.check, raise_text(P, "rollgate: %", msg), fill);
        }
    }
    rg_plan_step *s = pl_down_only(P, ST_CONTRACT, PH_DROP_INDEX, pl_name(P, "refill_", t->name, target), true,
                                   colobj(P, t, target), fill);
    pl_note(P, s, "its down refills %s from %s in batches once the contract's down has added it back%s%s", target,
            from->name, guard ? "; it fails rather than cut: " : "", guard ? guard : "");
    if (lossy) pl_lossy(s, lossy);
}

/* ---- identity of a moving column ------------------------------------------------------ */

static const rg_sequence *identity_seq(rg_catalog *c, const rg_column *col)
{
    const char *dot = col->identity_seq ? strchr(col->identity_seq, '.') : NULL;
    if (!dot) return NULL;
    char schema[256];
    size_t n = (size_t)(dot - col->identity_seq);
    if (n >= sizeof schema) return NULL;
    memcpy(schema, col->identity_seq, n);
    schema[n] = 0;
    return rg_catalog_sequence(c, schema, dot + 1);
}

/* "ADD GENERATED ... AS IDENTITY (SEQUENCE NAME s.name options)". */
static const char *add_identity_sql(planner *P, const char *at, const char *col, char kind, const rg_sequence *q,
                                    const char *seq_name)
{
    rg_buf b = {0};
    rg_buf_printf(&b, "%s ALTER COLUMN %s ADD GENERATED %s AS IDENTITY (SEQUENCE NAME %s", at, pl_q(P, col),
                  kind == 'a' ? "ALWAYS" : "BY DEFAULT", pl_qn(P, q->schema, seq_name));
    rg_buf_printf(&b, " INCREMENT BY %lld MINVALUE %lld MAXVALUE %lld START WITH %lld CACHE %lld %sCYCLE)",
                  q->increment, q->min, q->max, q->start, q->cache, q->cycle ? "" : "NO ");
    return pl_take(P, &b);
}

/* setval(to) from where sequence `from` stands (nothing when it was never
 * used: `to` starts at its START). */
static const char *carry_on_sql(planner *P, const char *from, const char *to)
{
    return rg_arena_printf(P->a,
        "DO $rollgate$\n"
        "BEGIN\n"
        "    -- rollgate: the identity goes on from where the other column's stopped\n"
        "    PERFORM setval(%s, pg_sequence_last_value(%s::regclass))\n"
        "        WHERE pg_sequence_last_value(%s::regclass) IS NOT NULL;\n"
        "END\n"
        "$rollgate$",
        pl_lit(P, to), pl_lit(P, from), pl_lit(P, from));
}

/* The serial sequence the column's default draws from (owned by it). */
static const rg_sequence *serial_seq_of(planner *P, const rg_table *t, const rg_column *col)
{
    if (!col->has_default) return NULL;
    const char *owner = rg_arena_printf(P->a, "%s.%s.%s", t->schema, t->name, col->name);
    const pl_ptrs *qs = pl_owned_seqs(P, t->schema, t->name);
    for (size_t i = 0; i < qs->n; i++) {
        const rg_sequence *q = qs->v[i];
        if (strcmp(q->owned_by, owner) == 0) return q;
    }
    return NULL;
}

/*
 * An identity column of the target whose column moves to a new type
 * (integer -> bigint keys): the identity goes to the new column in the
 * switch, so inserts that leave the column out (from both versions) keep
 * getting values. A new identity under a temporary sequence name first,
 * set to where the old column's sequence (identity or serial) stands, or
 * after the largest value when it had none; then the old identity goes
 * (with its sequence). name_identity() later gives the new sequence
 * the target's name, once the old one has freed it. All in the switch's
 * one transaction, under the ACCESS EXCLUSIVE lock its first ALTER TABLE
 * took. An old identity the target drops goes in the switch too.
 */
static void move_identity(planner *P, const rg_table *t, const rg_column *oc, const rg_column *nc, const char *helper,
                          rg_plan_file *sw)
{
    const char *at = alter(P, t), *obj = colobj(P, t, nc->name), *tq = pl_qn(P, t->schema, t->name);
    const rg_sequence *oq = oc->identity ? identity_seq(P->oldc, oc) : serial_seq_of(P, t, oc);
    const rg_sequence *nq = nc->identity ? identity_seq(P->newc, nc) : NULL;
    rg_plan_step *s;
    if (nc->identity && !nq) {
        rg_plan_add_finding(P->p, RG_SEV_ERROR, "identity_not_moved", obj,
                            "the target's identity of %s has no sequence rollgate knows: it cannot move to the %s "
                            "column", nc->name, nc->type);
        return;
    }
    if (nq) {
        const char *tmp = pl_name(P, "", nq->name, "rg_new"), *tmpq = pl_qn(P, nq->schema, tmp);
        s = pl_step(P, sw, "add_identity", obj, add_identity_sql(P, at, helper, nc->identity, nq, tmp),
                    rg_arena_printf(P->a, "%s ALTER COLUMN %s DROP IDENTITY", at, pl_q(P, helper)));
        pl_existing(P, s, t->schema, t->name);
        pl_note(P, s, "the identity moves to the new column (NOT NULL since the validate stage)");
        if (oq) {
            const char *oqn = pl_qn(P, oq->schema, oq->name);
            s = pl_step(P, sw, "sequence_setval", obj, carry_on_sql(P, oqn, tmpq), carry_on_sql(P, tmpq, oqn));
            pl_note(P, s, "reads one sequence, sets the other; no rows change");
        } else {
            s = pl_step(P, sw, "identity_restart", obj,
                        rg_arena_printf(P->a,
                            "DO $rollgate$\nBEGIN\n"
                            "    -- rollgate: the identity continues after the values already in %s\n"
                            "    PERFORM setval(%s, max(%s)) FROM %s HAVING max(%s) IS NOT NULL;\n"
                            "END\n$rollgate$",
                            pl_q(P, nc->name), pl_lit(P, tmpq), pl_q(P, helper), tq, pl_q(P, helper)),
                        NULL);
            pl_note(P, s, "reads the largest value; no rows change");
        }
    }
    if (oc->identity && identity_seq(P->oldc, oc)) {
        const rg_sequence *q = identity_seq(P->oldc, oc);
        const char *down = add_identity_sql(P, at, oc->name, oc->identity, q, q->name);
        if (!nq)
            down = rg_arena_printf(P->a,
                "%s;\nDO $rollgate$\nBEGIN\n"
                "    -- rollgate: the identity continues after the values already in %s\n"
                "    PERFORM setval(%s, max(%s)) FROM %s HAVING max(%s) IS NOT NULL;\n"
                "END\n$rollgate$",
                down, pl_q(P, oc->name), pl_lit(P, pl_qn(P, q->schema, q->name)), pl_q(P, oc->name), tq,
                pl_q(P, oc->name));
        s = pl_step(P, sw, "drop_identity", obj, rg_arena_printf(P->a, "%s ALTER COLUMN %s DROP IDENTITY", at, pl_q(P, oc->name)),
                    down);
        pl_existing(P, s, t->schema, t->name);
        pl_note(P, s, "the old column's identity and its sequence %s go%s", q->name,
                nq ? "; new rows get their value from the new column's" : "");
    }
}

/* The second half of move_identity, after the old column's default is
 * gone: a serial's sequence is dropped (its name may be the target's), and
 * the new identity's sequence takes the target's name. */
static void name_identity(planner *P, const rg_table *t, const rg_column *oc, const rg_column *nc, rg_plan_file *sw)
{
    const rg_sequence *nq = nc->identity ? identity_seq(P->newc, nc) : NULL;
    if (!nq) return;
    const char *obj = colobj(P, t, nc->name);
    const rg_sequence *sq = oc->identity ? NULL : serial_seq_of(P, t, oc);
    rg_plan_step *s;
    if (sq) {
        const char *sqn = pl_qn(P, sq->schema, sq->name);
        rg_buf def = {0};
        rg_ddl_sequence(P->oldc, sq, &def);
        rg_buf_printf(&def, ";\nALTER SEQUENCE %s OWNED BY %s.%s", sqn, pl_qn(P, t->schema, t->name), pl_q(P, oc->name));
        s = pl_step(P, sw, "drop_sequence", pl_key(P, sq->schema, sq->name, NULL),
                    rg_arena_printf(P->a, "DROP SEQUENCE %s", sqn), pl_take(P, &def));
        pl_note(P, s, "the serial's sequence, replaced by the identity (its value carried over above)");
    }
    const char *tmp = pl_name(P, "", nq->name, "rg_new");
    s = pl_step(P, sw, "rename_table", pl_key(P, nq->schema, nq->name, NULL),
                rg_arena_printf(P->a, "ALTER SEQUENCE %s RENAME TO %s", pl_qn(P, nq->schema, tmp), pl_q(P, nq->name)),
                rg_arena_printf(P->a, "ALTER SEQUENCE %s RENAME TO %s", pl_qn(P, nq->schema, nq->name), pl_q(P, tmp)));
    pl_note(P, s, "the new identity's sequence takes the target's name");
    (void)obj;
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
         * new version wrote may not fit. The down checks every row first
         * and fails rather than cut a value (an explicit cast would cut). */
        rg_type_change back;
        rg_lockmodel_type_change(&back, P->model, nc->type, oc->type, P->o->pg_version);
        /* ALTER ... TYPE without COLLATE resets the column to the type's
         * default collation: say the one each side has. */
        const char *ocoll = oc->collation ? rg_arena_printf(P->a, " COLLATE %s", pl_q(P, oc->collation)) : "";
        const char *ncoll = nc->collation ? rg_arena_printf(P->a, " COLLATE %s", pl_q(P, nc->collation)) : "";
        const char *down = back.rewrite
            ? rg_arena_printf(P->a, "%s ALTER COLUMN %s TYPE %s%s USING %s::%s", at, qc, oc->type, ocoll, qc, oc->type)
            : rg_arena_printf(P->a, "%s ALTER COLUMN %s TYPE %s%s", at, qc, oc->type, ocoll);
        const char *lossy, *guard = back_guard(P, t, nc, oc, &down, &lossy);
        /* PostgreSQL keeps a default's expression across TYPE, cast and
         * all ('x'::character varying on a text column): the target's own
         * default is set again after the change, the old one after the way back. */
        bool redefault = nc->has_default && oc->has_default;
        if (redefault)
            down = rg_arena_printf(P->a, "%s;\n%s ALTER COLUMN %s SET DEFAULT %s", down, at, qc, dflt_sql(P, P->oldc, oc));
        rg_plan_step *s = pl_step(P, f, tc.op, obj,
                                  pl_around_stand_in(P, t->schema, t->name,
                                                     rg_arena_printf(P->a, "%s ALTER COLUMN %s TYPE %s%s", at, qc,
                                                                     nc->type, ncoll)),
                                  pl_around_stand_in(P, t->schema, t->name, down));
        if (redefault) {
            rg_plan_step *d = pl_step(P, f, "set_default", obj,
                                      rg_arena_printf(P->a, "%s ALTER COLUMN %s SET DEFAULT %s", at, qc,
                                                      dflt_sql(P, P->newc, nc)),
                                      rg_arena_printf(P->a, "%s ALTER COLUMN %s SET DEFAULT %s", at, qc,
                                                      dflt_sql(P, P->oldc, oc)));
            pl_existing(P, d, t->schema, t->name);
        }
        if (guard) pl_note(P, s, "the down fails rather than cut: %s", guard);
        if (lossy) pl_lossy(s, lossy);
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
    sync_steps(P, t, oc->name, oc->type, helper, nc->type, false, pl_main(P, ST_EXPAND, PH_MAIN, "schema"),
               ST_SWITCH, 0, "switch");
    pl_fit fit;
    if (!collation && pl_type_narrows(P, oc->type, nc->type, qc, &fit)) fit_guard(P, t, oc, nc, &fit);
    const char *v = cast_to(P, qc, oc->type, nc->type);
    pl_backfill(P, t, helper, v, rg_arena_printf(P->a, "%s IS DISTINCT FROM %s", qh, v));
    if (nc->not_null) pl_not_null_path(P, t, helper, false);

    /* The switch: one transaction, brief ACCESS EXCLUSIVE. */
    rg_plan_file *f = pl_main(P, ST_SWITCH, 0, "switch");
    swap_keys_drop(P, t, oc->name, helper, f);
    move_fks(P, t, oc->name, f);
    if (oc->identity || nc->identity) move_identity(P, t, oc, nc, helper, f);
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
    name_identity(P, t, oc, nc, f);
    s = pl_step(P, f, "rename_column", obj, rg_arena_printf(P->a, "%s RENAME COLUMN %s TO %s", at, qc, qk),
                rg_arena_printf(P->a, "%s RENAME COLUMN %s TO %s", at, qk, qc));
    pl_existing(P, s, t->schema, t->name);
    s = pl_step(P, f, "rename_column", obj, rg_arena_printf(P->a, "%s RENAME COLUMN %s TO %s", at, qh, qc),
                rg_arena_printf(P->a, "%s RENAME COLUMN %s TO %s", at, qc, qh));
    pl_existing(P, s, t->schema, t->name);
    pl_note(P, s, "both versions keep using the name %s, now %s", nc->name, nc->type);
    swap_keys_add(P, t, oc->name, f);
    pl_stand_in_switch(P, t->schema, t->name, f);
    if (!nc->identity) swap_sequences(P, t, oc->name, old_keep, f); /* else: dropped above */
    if (nc->has_default) {
        s = pl_step(P, f, "set_default", obj,
                    rg_arena_printf(P->a, "%s ALTER COLUMN %s SET DEFAULT %s", at, qc, dflt_sql(P, P->newc, nc)),
                    rg_arena_printf(P->a, "%s ALTER COLUMN %s DROP DEFAULT", at, qc));
        pl_existing(P, s, t->schema, t->name);
    }
    refill_down(P, t, nc, oc, old_keep);
    f = pl_main(P, ST_CONTRACT, PH_DROP, "drop");
    rg_buf down = {0};
    rg_buf_printf(&down, "%s ADD COLUMN %s", at, bare_def(P, oc, old_keep));
    swap_indexes(P, t, oc->name, helper, old_keep, &down);
    swap_constraint_findings(P, t, oc->name);
    s = pl_step(P, f, "drop_column", colobj(P, t, old_keep),
                rg_arena_printf(P->a, "%s DROP COLUMN %s", at, qk), pl_take(P, &down));
    pl_existing(P, s, t->schema, t->name);
    pl_note(P, s, "the %s copy of %s, unused since the switch; the down adds it back empty and the file before this "
                  "one refills it in batches", oc->type, nc->name);
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
        /* The identity moves with the column, with the target's options. */
        if (oc->identity || nc->identity) pl_skip(P, "alter_column_identity", c->object);
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
