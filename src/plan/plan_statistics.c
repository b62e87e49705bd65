/*
 * plan_statistics.c — the steps for extended statistics (the registry's
 * shape column for RG_OBJ_STATISTICS). Statistics change no query's
 * result, so every step runs in expand: CREATE and DROP take SHARE UPDATE
 * EXCLUSIVE on the table (they block neither reads nor writes, only
 * VACUUM, ANALYZE and schema changes), SET STATISTICS and COMMENT lock
 * only the statistics object (measured on PostgreSQL 15, models/pg/
 * locks.csv). A drop runs first in its file: dropping a column a
 * statistics object uses would drop the object, and the plan says so
 * explicitly instead.
 */
#include "catalog/ddl_api.h"
#include "plan_int.h"

#include <string.h>

static rg_plan_file *expand(planner *P)
{
    return pl_main(P, ST_EXPAND, PH_MAIN, "schema");
}

static const char *create_sql(planner *P, rg_catalog *c, const rg_statistics *s)
{
    rg_buf b = {0};
    rg_ddl_statistics(c, s, &b);
    return pl_take(P, &b);
}

static const char *drop_sql(planner *P, const rg_statistics *s)
{
    return rg_arena_printf(P->a, "DROP STATISTICS %s", pl_qn(P, s->schema, s->name));
}

static rg_plan_step *create_step(planner *P, const rg_change *c, const rg_statistics *s)
{
    rg_plan_step *st = pl_step(P, expand(P), "create_statistics", c->object, create_sql(P, P->newc, s), drop_sql(P, s));
    pl_step_prio(st, PRIO_LATE);
    pl_existing(P, st, s->table_schema, s->table_name);
    st->lock_table = pl_key(P, s->table_schema, s->table_name, NULL);
    pl_note(P, st, "the next ANALYZE of %s builds them", pl_qn(P, s->table_schema, s->table_name));
    return st;
}

static rg_plan_step *drop_step(planner *P, const rg_change *c, const rg_statistics *s)
{
    rg_plan_step *st = pl_step(P, expand(P), "drop_statistics", c->object, drop_sql(P, s), create_sql(P, P->oldc, s));
    pl_step_prio(st, PRIO_FIRST);
    pl_existing(P, st, s->table_schema, s->table_name);
    st->lock_table = pl_key(P, s->table_schema, s->table_name, NULL);
    return st;
}

static const char *comment_sql(planner *P, const rg_statistics *s, const char *comment)
{
    return rg_arena_printf(P->a, "COMMENT ON STATISTICS %s IS %s", pl_qn(P, s->schema, s->name),
                           comment ? pl_lit(P, comment) : "NULL");
}

void pl_shape_statistics(planner *P, const rg_change *c)
{
    const rg_statistics *o = c->old_obj, *n = c->new_obj;
    if (c->ck == RG_CK_ADD_STATISTICS) {
        create_step(P, c, n);
        pl_skip(P, "alter_comment", c->object); /* the CREATE text carries it */
    } else if (c->ck == RG_CK_DROP_STATISTICS) {
        drop_step(P, c, o);
    } else if (c->ck == RG_CK_ALTER_STATISTICS_TARGET) {
        const char *q = pl_qn(P, n->schema, n->name);
        rg_plan_step *st = pl_step(P, expand(P), "alter_statistics_target", c->object,
                                   rg_arena_printf(P->a, "ALTER STATISTICS %s SET STATISTICS %d", q, n->target),
                                   rg_arena_printf(P->a, "ALTER STATISTICS %s SET STATISTICS %d", q, o->target));
        pl_step_prio(st, PRIO_LATE);
        st->lock_table = pl_key(P, n->table_schema, n->table_name, NULL);
    } else if (c->ck == RG_CK_ALTER_STATISTICS) {
        /* a new definition: no ALTER can change it */
        drop_step(P, c, o);
        rg_plan_step *st = create_step(P, c, n);
        pl_note(P, st, "replaces the old definition (dropped above)");
        pl_skip(P, "alter_comment", c->object);
    } else if (c->ck == RG_CK_ALTER_COMMENT) {
        rg_plan_step *st = pl_step(P, expand(P), "comment_on_statistics", c->object, comment_sql(P, n, n->comment),
                                   comment_sql(P, n, o ? o->comment : NULL));
        pl_step_prio(st, PRIO_LATE + 2);
        st->lock_table = pl_key(P, n->table_schema, n->table_name, NULL);
    }
}

/* ---- statistics on a column that moves to a new type --------------------- */

/* Whether s uses column col: as a column, or named in an expression
 * (pl_swap_expr finds whole identifiers outside literals). */
static bool uses(planner *P, rg_catalog *c, const rg_statistics *s, const char *col)
{
    for (size_t i = 0; i < s->ncolumns; i++)
        if (!strcmp(s->columns[i], col)) return true;
    for (size_t i = 0; i < s->nexprs; i++) {
        const char *sql = rg_expr_sql(c, &s->exprs[i]);
        if (sql && strcmp(pl_swap_expr(P, sql, col, "\x01"), sql)) return true;
    }
    return false;
}

/* o as it stands after the switch: its moved columns under their kept
 * names (its down re-creates it so). */
static rg_statistics on_kept_columns(planner *P, const rg_statistics *o, const pl_ptrs *cols)
{
    rg_statistics k = *o;
    const char **names = rg_arena_alloc(P->a, (o->ncolumns + 1) * sizeof *names);
    rg_expr *exprs = rg_arena_alloc(P->a, (o->nexprs + 1) * sizeof *exprs);
    for (size_t i = 0; i < o->ncolumns; i++) names[i] = o->columns[i];
    for (size_t i = 0; i < o->nexprs; i++) exprs[i] = o->exprs[i];
    for (size_t c = 0; c < cols->n; c++) {
        const char *col = cols->v[c], *kept = pl_name(P, "", col, "rg_old");
        for (size_t i = 0; i < o->ncolumns; i++)
            if (!strcmp(names[i], col)) names[i] = kept;
        for (size_t i = 0; i < o->nexprs; i++) {
            const char *sql = pl_swap_expr(P, rg_expr_sql(P->oldc, &exprs[i]), col, kept);
            exprs[i] = (rg_expr){.key = sql, .sql = sql};
        }
    }
    k.columns = names;
    k.exprs = exprs;
    return k;
}

/* A moved column (add the new column, backfill, switch the names, drop the
 * old one in contract) would keep its statistics on the old column, which
 * takes them along when it goes. So statistics of the target on a moving
 * column are made in contract: the old object is dropped before the old
 * column (its down re-creates it there) and the target's created after,
 * on the new column. Their add/alter/comment changes are done so. */
void pl_prepass_statistics(planner *P)
{
    for (size_t i = 0; i < P->newc->statistics.n; i++) {
        const rg_statistics *n = &P->newc->statistics.v[i];
        if (n->dropped) continue;
        const pl_ptrs *cols = pl_moved_columns(P, n->table_schema, n->table_name);
        bool moving = false;
        for (size_t c = 0; c < cols->n && !moving; c++) moving = uses(P, P->newc, n, cols->v[c]);
        if (!moving) continue;
        const char *obj = pl_key(P, n->schema, n->name, NULL);
        static const char *const kinds[] = {"add_statistics", "alter_statistics", "alter_statistics_target",
                                            "alter_comment"};
        for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) pl_skip(P, kinds[k], obj);
        rg_plan_file *f = pl_main(P, ST_CONTRACT, PH_DROP, "drop");
        const rg_statistics *o = rg_catalog_statistics(P->oldc, n->schema, n->name);
        if (o) {
            rg_statistics kept = on_kept_columns(P, o, cols);
            rg_plan_step *st = pl_step(P, f, "drop_statistics", obj, drop_sql(P, o), create_sql(P, P->oldc, &kept));
            pl_step_prio(st, PRIO_FIRST);
            pl_existing(P, st, o->table_schema, o->table_name);
            st->lock_table = pl_key(P, o->table_schema, o->table_name, NULL);
            pl_note(P, st, "on the old column, which goes next");
        }
        rg_plan_step *st = pl_step(P, f, "create_statistics", obj, create_sql(P, P->newc, n), drop_sql(P, n));
        pl_step_prio(st, PRIO_LATE);
        pl_existing(P, st, n->table_schema, n->table_name);
        st->lock_table = pl_key(P, n->table_schema, n->table_name, NULL);
        pl_note(P, st, "on the new column, after the switch; the next ANALYZE of %s builds them",
                pl_qn(P, n->table_schema, n->table_name));
    }
}
