/*
 * statistics.c — extended statistics (CREATE STATISTICS; expressions since
 * PostgreSQL 14) in the catalog: every statement about them, and how they
 * follow the table they are on. The kind's row in rollgate/kinds.h points
 * here (interp, follow).
 *
 * PostgreSQL 15 facts this relies on (checked on a 15 server):
 * - the object lives in its own schema (the creation schema of its name,
 *   not the table's) and stays there when the table moves;
 * - plain columns are a set of attribute numbers, printed in column order;
 *   `(a)` is the column a;
 * - dropping a column the object uses, as a column or in an expression,
 *   drops the whole object; renaming one renames it in the object;
 * - CREATE TABLE ... (LIKE t INCLUDING STATISTICS) copies them under
 *   ChooseExtendedStatisticName's names ("<table>_<col>_<col|expr>_stat").
 */
#include "catalog/interp_int.h"

#include <string.h>

enum { STATS_MAX_KEYS = 8 }; /* STATS_MAX_DIMENSIONS */

static rg_origin origin_of(ictx *x)
{
    rg_origin o = {x->st->src, x->st->offset};
    return o;
}

rg_statistics *rg_catalog_statistics(const rg_catalog *c, const char *schema, const char *name)
{
    char buf[300];
    if (!name) return NULL;
    if (schema && *schema) return rg_map_get(&c->statistics_map, tkey(buf, sizeof buf, (rg_catalog *)c, schema, name));
    for (size_t i = 0; i < c->nsearch_path; i++) {
        rg_statistics *s = rg_map_get(&c->statistics_map, tkey(buf, sizeof buf, (rg_catalog *)c, c->search_path[i], name));
        if (s) return s;
    }
    if (c->nsearch_path == 0) return rg_map_get(&c->statistics_map, tkey(buf, sizeof buf, (rg_catalog *)c, "public", name));
    return NULL;
}

/* The object a qualified-name list names, or NULL (error or note said). */
static rg_statistics *lookup(ictx *x, pg_node *const *names, size_t n, bool missing_ok)
{
    const char *schema, *name;
    rg_pg_qname((const pg_node *const *)names, n, &schema, &name);
    rg_statistics *s = rg_catalog_statistics(x->c, schema, name);
    if (s) return s;
    if (missing_ok) inote(x, 0, "skipped", "statistics object \"%s\" does not exist, skipping", name);
    else ierr(x, 0, "42704", "statistics object \"%s\" does not exist", name);
    return NULL;
}

static void unregister(rg_catalog *c, rg_statistics *s)
{
    char buf[300];
    rg_map_del(&c->statistics_map, tkey(buf, sizeof buf, c, s->schema, s->name));
}

static void drop_one(rg_catalog *c, rg_statistics *s)
{
    s->dropped = true;
    unregister(c, s);
}

static rg_statistics *push(ictx *x, const char *schema, const char *name)
{
    rg_catalog *c = x->c;
    rg_statistics *s = PUSH(c->arena, &c->statistics, &c->statistics_map, NULL, false);
    s->schema = schema;
    s->name = name;
    s->target = -1;
    s->origin = origin_of(x);
    rg_map_put(&c->statistics_map, ckey(c, schema, name), s);
    return s;
}

/* ---- CREATE STATISTICS ----------------------------------------------------- */

static int column_index(const rg_table *t, const char *name)
{
    for (size_t i = 0; i < t->columns.n; i++)
        if (!t->columns.v[i].dropped && !strcmp(t->columns.v[i].name, name)) return (int)i;
    return -1;
}

/* Orders names by the table's column order (at most STATS_MAX_KEYS of
 * them: an insertion sort, with no shared state, as catalogs are built on
 * two threads). */
static void sort_by_column(const rg_table *t, const char **v, size_t n)
{
    for (size_t i = 1; i < n; i++)
        for (size_t k = i; k > 0 && column_index(t, v[k - 1]) > column_index(t, v[k]); k--) {
            const char *tmp = v[k];
            v[k] = v[k - 1];
            v[k - 1] = tmp;
        }
}

/* A bare column reference `(a)` counts as the column a. */
static const char *plain_column(const pg_node *expr)
{
    if (!rg_pg_is(expr, T_ColumnRef) || expr->column_ref->n_fields != 1) return NULL;
    const pg_node *f = expr->column_ref->fields[0];
    return rg_pg_is(f, T_String) ? f->string->sval : NULL;
}

static bool create_stats(ictx *x, const pg_CreateStatsStmt *cs)
{
    rg_catalog *c = x->c;
    if (cs->n_relations != 1 || !rg_pg_is(cs->relations[0], T_RangeVar)) {
        ierr(x, 0, "0A000", "only a single relation is allowed in CREATE STATISTICS");
        return true;
    }
    const pg_RangeVar *rv = cs->relations[0]->range_var;
    rg_relref *r = rel_find_rv(c, rv, NULL);
    if (r && r->kind == RG_REL_VIEW && ((const rg_view *)r->obj)->materialized)
        return false; /* statistics on a materialized view: kept opaque */
    if (!r || r->kind != RG_REL_TABLE) {
        if (!r) ierr(x, rv->location, "42P01", "relation \"%s\" does not exist", rv->relname);
        else ierr(x, rv->location, "42809", "cannot define statistics for relation \"%s\"", rv->relname);
        return true;
    }
    rg_table *t = r->obj;
    const char *schema, *name;
    rg_pg_qname((const pg_node *const *)cs->defnames, cs->n_defnames, &schema, &name);
    if (schema && !schema_exists(c, schema)) {
        ierr(x, 0, "3F000", "schema \"%s\" does not exist", schema);
        return true;
    }
    schema = creation_schema(x, schema);
    if (rg_catalog_statistics(c, schema, name)) {
        if (cs->if_not_exists) inote(x, 0, "skipped", "statistics object \"%s\" already exists, skipping", name);
        else ierr(x, 0, "42710", "statistics object \"%s\" already exists", name);
        return true;
    }
    const char **cols = rg_arena_alloc(c->arena, (cs->n_exprs + 1) * sizeof *cols);
    rg_expr *exprs = rg_arena_alloc(c->arena, (cs->n_exprs + 1) * sizeof *exprs);
    size_t ncols = 0, nexprs = 0;
    rg_normctx nx = nctx(c, t);
    for (size_t i = 0; i < cs->n_exprs; i++) {
        if (!rg_pg_is(cs->exprs[i], T_StatsElem)) continue;
        const pg_StatsElem *se = cs->exprs[i]->stats_elem;
        const char *col = *se->name ? se->name : plain_column(se->expr);
        if (col) {
            if (column_index(t, col) < 0) {
                ierr(x, 0, "42703", "column \"%s\" does not exist", col);
                return true;
            }
            for (size_t k = 0; k < ncols; k++)
                if (!strcmp(cols[k], col)) {
                    ierr(x, 0, "42701", "duplicate column name in statistics definition");
                    return true;
                }
            cols[ncols++] = rg_table_column(t, col)->name;
            continue;
        }
        rg_expr e = rg_norm_expr(&nx, se->expr);
        for (size_t k = 0; k < nexprs; k++)
            if (e.key && exprs[k].key && !strcmp(exprs[k].key, e.key)) {
                ierr(x, 0, "42701", "duplicate expression in statistics definition");
                return true;
            }
        exprs[nexprs++] = e;
    }
    if (ncols + nexprs > STATS_MAX_KEYS) {
        ierr(x, 0, "54011", "cannot have more than %d columns in statistics", STATS_MAX_KEYS);
        return true;
    }
    bool single_expr = nexprs == 1 && ncols == 0;
    if (!single_expr && ncols + nexprs < 2) {
        ierr(x, 0, "42P17", "extended statistics require at least 2 columns");
        return true;
    }
    bool nd = false, dep = false, mcv = false;
    for (size_t i = 0; i < cs->n_stat_types; i++) {
        const char *k = rg_pg_str(cs->stat_types[i]);
        if (!strcmp(k, "ndistinct")) nd = true;
        else if (!strcmp(k, "dependencies")) dep = true;
        else if (!strcmp(k, "mcv")) mcv = true;
        else {
            ierr(x, 0, "22023", "unrecognized statistics kind \"%s\"", k);
            return true;
        }
    }
    if (single_expr && cs->n_stat_types) {
        ierr(x, 0, "42P17", "when building statistics on a single expression, statistics kinds may not be specified");
        return true;
    }
    if (!single_expr && !cs->n_stat_types) nd = dep = mcv = true;
    sort_by_column(t, cols, ncols);
    rg_statistics *s = push(x, schema, name);
    s->table_schema = t->schema;
    s->table_name = t->name;
    s->columns = cols;
    s->ncolumns = ncols;
    s->exprs = exprs;
    s->nexprs = nexprs;
    s->ndistinct = nd;
    s->dependencies = dep;
    s->mcv = mcv;
    return true;
}

/* ---- ALTER, DROP, RENAME, SET SCHEMA, COMMENT ------------------------------- */

static void alter_stats(ictx *x, const pg_AlterStatsStmt *as)
{
    rg_statistics *s = lookup(x, as->defnames, as->n_defnames, as->missing_ok);
    if (!s) return;
    int target = as->stxstattarget;
    if (target < -1) {
        ierr(x, 0, "22023", "statistics target %d is too low", target);
        return;
    }
    if (target > 10000) {
        inote(x, 0, "adjusted", "lowering statistics target to 10000");
        target = 10000;
    }
    s->target = target;
}

static void drop_stats(ictx *x, const pg_DropStmt *ds)
{
    for (size_t i = 0; i < ds->n_objects; i++) {
        size_t n;
        pg_node **names = rg_pg_list(ds->objects[i], &n);
        rg_statistics *s = lookup(x, names, n, ds->missing_ok);
        if (s) drop_one(x->c, s);
    }
}

static void rename_stats(ictx *x, const pg_RenameStmt *rs)
{
    size_t n;
    pg_node **names = rg_pg_list(rs->object, &n);
    rg_statistics *s = lookup(x, names, n, rs->missing_ok);
    if (!s) return;
    if (rg_catalog_statistics(x->c, s->schema, rs->newname)) {
        ierr(x, 0, "42710", "statistics object \"%s\" already exists in schema \"%s\"", rs->newname, s->schema);
        return;
    }
    unregister(x->c, s);
    s->name = rg_arena_strdup(x->c->arena, rs->newname);
    rg_map_put(&x->c->statistics_map, ckey(x->c, s->schema, s->name), s);
}

static void move_stats(ictx *x, const pg_AlterObjectSchemaStmt *ms)
{
    size_t n;
    pg_node **names = rg_pg_list(ms->object, &n);
    rg_statistics *s = lookup(x, names, n, ms->missing_ok);
    if (!s) return;
    if (!schema_exists(x->c, ms->newschema)) {
        ierr(x, 0, "3F000", "schema \"%s\" does not exist", ms->newschema);
        return;
    }
    if (rg_catalog_statistics(x->c, ms->newschema, s->name)) {
        ierr(x, 0, "42710", "statistics object \"%s\" already exists in schema \"%s\"", s->name, ms->newschema);
        return;
    }
    unregister(x->c, s);
    s->schema = rg_arena_strdup(x->c->arena, ms->newschema);
    rg_map_put(&x->c->statistics_map, ckey(x->c, s->schema, s->name), s);
}

static void comment_stats(ictx *x, const pg_CommentStmt *cs)
{
    size_t n;
    pg_node **names = rg_pg_list(cs->object, &n);
    rg_statistics *s = lookup(x, names, n, false);
    if (s) s->comment = *cs->comment ? cs->comment : NULL;
}

bool statistics_interp(ictx *x, const pg_node *n)
{
    switch (n->node_case) {
    case T_CreateStatsStmt: return create_stats(x, n->create_stats_stmt);
    case T_AlterStatsStmt: alter_stats(x, n->alter_stats_stmt); return true;
    case T_DropStmt:
        if (n->drop_stmt->remove_type != OBJECT_STATISTIC_EXT) return false;
        drop_stats(x, n->drop_stmt);
        return true;
    case T_RenameStmt:
        if (n->rename_stmt->rename_type != OBJECT_STATISTIC_EXT) return false;
        rename_stats(x, n->rename_stmt);
        return true;
    case T_AlterObjectSchemaStmt:
        if (n->alter_object_schema_stmt->object_type != OBJECT_STATISTIC_EXT) return false;
        move_stats(x, n->alter_object_schema_stmt);
        return true;
    case T_CommentStmt:
        if (n->comment_stmt->objtype != OBJECT_STATISTIC_EXT) return false;
        comment_stats(x, n->comment_stmt);
        return true;
    default: return false;
    }
}

/* ---- following the table ------------------------------------------------------ */

static bool on_table(const rg_statistics *s, const char *schema, const char *name)
{
    return !s->dropped && !strcmp(s->table_schema, schema) && !strcmp(s->table_name, name);
}

static rg_pg_step colref_visit(const rg_pg_visit *v, void *ctx)
{
    const char **col = ctx;
    if (v->kind != T_ColumnRef) return RG_PG_NEXT;
    const pg_ColumnRef *cr = v->msg;
    if (cr->n_fields && !strcmp(rg_pg_last_str(cr->fields, cr->n_fields), *col)) {
        *col = NULL; /* found */
        return RG_PG_STOP;
    }
    return RG_PG_NEXT;
}

static bool uses_column(const rg_statistics *s, const char *col)
{
    for (size_t i = 0; i < s->ncolumns; i++)
        if (!strcmp(s->columns[i], col)) return true;
    for (size_t i = 0; i < s->nexprs; i++) {
        const char *probe = col;
        if (s->exprs[i].node && rg_pg_walk(s->exprs[i].node, colref_visit, &probe)) return true;
    }
    return false;
}

/* CREATE TABLE ... (LIKE src INCLUDING STATISTICS): generateClonedExtStatsStmt
 * and ChooseExtendedStatisticName (PostgreSQL 15). */
static void like_stats(ictx *x, rg_table *t, const char *schema, const char *name)
{
    rg_catalog *c = x->c;
    for (size_t i = 0, n = c->statistics.n; i < n; i++) {
        const rg_statistics src = c->statistics.v[i];
        if (!on_table(&src, schema, name)) continue;
        const char **parts = rg_arena_alloc(c->arena, (src.ncolumns + src.nexprs + 1) * sizeof *parts);
        for (size_t k = 0; k < src.ncolumns; k++) parts[k] = src.columns[k];
        for (size_t k = 0; k < src.nexprs; k++) parts[src.ncolumns + k] = "expr";
        const char *addition = name_addition(c->arena, parts, src.ncolumns + src.nexprs);
        const char *sname = make_object_name(c->arena, t->name, addition, "stat");
        for (int pass = 1; rg_catalog_statistics(c, t->schema, sname); pass++)
            sname = make_object_name(c->arena, t->name, addition, rg_arena_printf(c->arena, "stat%d", pass));
        rg_statistics *s = push(x, t->schema, sname);
        *s = src;
        s->schema = t->schema;
        s->name = sname;
        s->table_schema = t->schema;
        s->table_name = t->name;
        s->target = -1;    /* not copied (checked on PostgreSQL 15) */
        s->comment = NULL; /* INCLUDING COMMENTS copies them: not modelled */
        s->origin = origin_of(x);
        const char **cols = rg_arena_alloc(c->arena, (src.ncolumns + 1) * sizeof *cols);
        memcpy(cols, src.columns, src.ncolumns * sizeof *cols);
        s->columns = cols;
        s->exprs = rg_arena_alloc(c->arena, (src.nexprs + 1) * sizeof *s->exprs);
        memcpy(s->exprs, src.exprs, src.nexprs * sizeof *s->exprs);
    }
}

void statistics_follow(ictx *x, const kind_event *ev)
{
    rg_catalog *c = x->c;
    for (size_t i = 0; i < c->statistics.n; i++) {
        rg_statistics *s = &c->statistics.v[i];
        if (s->dropped) continue;
        switch (ev->type) {
        case KEV_TABLE_DROP:
            if (on_table(s, ev->table->schema, ev->table->name)) drop_one(c, s);
            break;
        case KEV_TABLE_MOVE:
            if (on_table(s, ev->from_schema, ev->from_name)) {
                s->table_schema = ev->table->schema;
                s->table_name = ev->table->name;
            }
            break;
        case KEV_COLUMN_DROP:
            if (on_table(s, ev->table->schema, ev->table->name) && uses_column(s, ev->column)) drop_one(c, s);
            break;
        case KEV_COLUMN_RENAME:
            if (!on_table(s, ev->table->schema, ev->table->name)) break;
            for (size_t k = 0; k < s->ncolumns; k++)
                if (!strcmp(s->columns[k], ev->column)) s->columns[k] = ev->to;
            for (size_t k = 0; k < s->nexprs; k++) expr_rename_column(c, ev->table, &s->exprs[k], ev->column, ev->to);
            break;
        case KEV_SCHEMA_RENAME:
            if (!strcmp(s->schema, ev->from_schema)) {
                unregister(c, s);
                s->schema = ev->to;
                rg_map_put(&c->statistics_map, ckey(c, s->schema, s->name), s);
            }
            break;
        case KEV_SCHEMA_IN_USE:
            if (!strcmp(s->schema, ev->from_schema)) *ev->used = true;
            break;
        case KEV_SCHEMA_DROP:
            if (!strcmp(s->schema, ev->from_schema)) drop_one(c, s);
            break;
        case KEV_TABLE_LIKE:
            break;
        }
    }
    if (ev->type == KEV_TABLE_LIKE && (ev->like_options & LIKE_STATISTICS))
        like_stats(x, ev->table, ev->from_schema, ev->from_name);
}
