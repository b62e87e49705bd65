/*
 * interp_follow.c — what follows a renamed object. PostgreSQL stores
 * expressions, defaults and view queries by OID, so after RENAME COLUMN,
 * ALTER SEQUENCE ... RENAME, ALTER TYPE ... RENAME (VALUE) a pg_dump prints
 * the new names everywhere. The catalog keeps expressions as parse trees
 * of the text written, so each dependant is rewritten: its SQL is
 * deparsed, re-parsed into a private tree (parse trees are shared and
 * never mutated), the names changed, and the key normalised again.
 * Renames are rare statements; the scans here are per rename.
 */
#include "catalog/interp_int.h"

#include <assert.h>

#include <stdlib.h>

/* ---- rewriting a private tree --------------------------------------------- */

typedef struct colrename {
    const char *from, *to;
    const char *table;     /* qualifier that names the renamed table, or NULL */
    bool hit;
} colrename;

static rg_pg_step rename_colref(const rg_pg_visit *v, void *ctx)
{
    colrename *r = ctx;
    if (v->kind != T_ColumnRef) return RG_PG_NEXT;
    const pg_ColumnRef *cr = v->msg;
    if (!cr->n_fields || !rg_pg_is(cr->fields[cr->n_fields - 1], T_String)) return RG_PG_NEXT;
    pg_String *last = cr->fields[cr->n_fields - 1]->string;
    if (strcmp(last->sval, r->from)) return RG_PG_NEXT;
    if (cr->n_fields >= 2 && r->table) {
        /* qualified by another relation (or a view's alias we cannot
         * tell): t.col, new.col and old.col follow */
        const char *q = rg_pg_str(cr->fields[cr->n_fields - 2]);
        if (strcmp(q, r->table) && strcmp(q, "new") && strcmp(q, "old")) return RG_PG_NEXT;
    }
    last->sval = (char *)r->to;
    r->hit = true;
    return RG_PG_NEXT;
}

/* A copy of an expression's tree the caller may change (the tree is shared
 * with the catalog's clones). A deep copy: deparsing and parsing it again
 * cost a tenth of every renamed type's uses at 8,000 tables. */
static pg_node *private_expr(rg_catalog *c, const rg_expr *e)
{
    if (!e->key || !e->node) return NULL;
    return rg_pg_copy(c->arena, e->node);
}

void expr_rename_column(rg_catalog *c, const rg_table *t, rg_expr *e, const char *from, const char *to)
{
    if (!e->key || !e->node) return;
    colrename r = {from, to, t->name, false};
    pg_node *p = private_expr(c, e);
    if (!p) return;
    rg_pg_walk(p, rename_colref, &r);
    if (!r.hit) return;
    rg_normctx nx = nctx(c, t);
    *e = rg_norm_expr(&nx, p);
}

/* ---- views --------------------------------------------------------------------- */


/* Splits "a, b" (the recorded search_path) into the catalog's path. */
static void path_from_text(rg_catalog *c, const char *text)
{
    size_t cap = 1;
    for (const char *p = text; *p; p++) cap += *p == ',';
    const char **v = rg_arena_alloc(c->arena, cap * sizeof *v);
    size_t n = 0;
    for (const char *p = text; *p;) {
        const char *sep = strstr(p, ", ");
        size_t len = sep ? (size_t)(sep - p) : strlen(p);
        if (len) v[n++] = rg_arena_strndup(c->arena, p, len);
        p = sep ? sep + 2 : p + len;
    }
    c->search_path = v;
    c->nsearch_path = n;
}

/* A view over a table whose column is renamed: the query follows, the
 * view's own output column keeps its name (pg_get_viewdef prints
 * "t.new AS old"). */
static void view_rename_column(rg_catalog *c, rg_view *v, const rg_table *t, const char *from, const char *to)
{
    if (!v->query.node || !rg_pg_is((const pg_node *)v->query.node, T_SelectStmt)) return;
    const char *sql = rg_pg_deparse_stmt(c->arena, v->query.node);
    pg_node *p = sql ? (pg_node *)rg_pg_parse_one(c->arena, sql) : NULL;
    if (!p || !rg_pg_is(p, T_SelectStmt)) return;
    pg_SelectStmt *sel = p->select_stmt;
    for (size_t i = 0; i < sel->n_target_list; i++) {
        pg_node *rt = sel->target_list[i];
        if (!rg_pg_is(rt, T_ResTarget) || *rt->res_target->name || !rg_pg_is(rt->res_target->val, T_ColumnRef)) continue;
        const pg_ColumnRef *cr = rt->res_target->val->column_ref;
        if (cr->n_fields && !strcmp(rg_pg_str(cr->fields[cr->n_fields - 1]), from))
            rt->res_target->name = (char *)from; /* the output name stays */
    }
    colrename r = {from, to, t->name, false};
    rg_pg_walk(p, rename_colref, &r);
    if (!r.hit) return;
    const char **saved = c->search_path;
    size_t nsaved = c->nsearch_path;
    if (v->search_path) path_from_text(c, v->search_path);
    rg_normctx nx = nctx(c, NULL);
    const char **cols = NULL;
    size_t ncols = 0;
    v->query = rg_norm_view(&nx, p, &cols, &ncols);
    catidx_note_view(c, v);
    c->search_path = saved;
    c->nsearch_path = nsaved;
}

typedef struct relfind {
    const rg_table *t;
    bool found;
} relfind;

static rg_pg_step find_relation(const rg_pg_visit *v, void *ctx)
{
    relfind *f = ctx;
    if (v->kind != T_RangeVar) return RG_PG_NEXT;
    const pg_RangeVar *rv = v->msg;
    f->found = !strcmp(rv->relname, f->t->name) && (!*rv->schemaname || !strcmp(rv->schemaname, f->t->schema));
    return f->found ? RG_PG_STOP : RG_PG_SKIP;
}

void follow_column_rename(ictx *x, rg_table *t, const char *from, const char *to)
{
    rg_catalog *c = x->c;
    kinds_follow(x, &(kind_event){.type = KEV_COLUMN_RENAME, .table = t, .column = from, .to = to});
    for (size_t i = 0; i < t->columns.n; i++) {
        rg_column *col = &t->columns.v[i];
        if (col->dropped) continue;
        if (col->has_default) expr_rename_column(c, t, &col->dflt, from, to);
        if (col->generated) expr_rename_column(c, t, &col->gen_expr, from, to);
    }
    for (size_t k = 0; k < t->constraints.n; k++) {
        rg_constraint *con = &t->constraints.v[k];
        if (con->dropped) continue;
        expr_rename_column(c, t, &con->check, from, to);
        expr_rename_column(c, t, &con->where, from, to);
        for (size_t e = 0; e < con->nelems; e++) expr_rename_column(c, t, &con->elems[e].expr, from, to);
    }
    catidx_list l = catidx_indexes_on(c, t->schema, t->name);
    for (size_t i = 0; i < l.n; i++) {
        rg_index *ix = &c->indexes.v[l.v[i]];
        if (ix->dropped || strcmp(ix->table_schema, t->schema) || strcmp(ix->table_name, t->name)) continue;
        expr_rename_column(c, t, &ix->where, from, to);
        for (size_t e = 0; e < ix->nelems; e++) expr_rename_column(c, t, &ix->elems[e].expr, from, to);
        catidx_note_index(c, ix);
    }
    free(l.v);
    for (size_t i = 0; i < t->policies.n; i++) {
        if (t->policies.v[i].dropped) continue;
        expr_rename_column(c, t, &t->policies.v[i].using_expr, from, to);
        expr_rename_column(c, t, &t->policies.v[i].check_expr, from, to);
    }
    for (size_t i = 0; i < t->triggers.n; i++)
        if (!t->triggers.v[i].dropped) expr_rename_column(c, t, &t->triggers.v[i].when, from, to);
    catidx_note_table(c, t);
    l = catidx_views_naming(c, t->name);
    for (size_t i = 0; i < l.n; i++) {
        rg_view *v = &c->views.v[l.v[i]];
        if (v->dropped || !v->query.node) continue;
        relfind f = {t, false};
        rg_pg_walk(v->query.node, find_relation, &f);
        if (f.found) view_rename_column(c, v, t, from, to);
    }
    free(l.v);
}

void follow_enum_label_uses(ictx *x, const rg_type *ty, const char *from, const char *to);
void follow_type_in_exprs(ictx *x, const char *oschema, const char *oname, const char *nschema, const char *nname);

/* ---- sequences, types, enum labels ---------------------------------------------- */

void follow_sequence_rename(ictx *x, const char *oschema, const char *oname, const char *nschema, const char *nname)
{
    rg_catalog *c = x->c;
    const char *okey = ckey(c, oschema, oname), *nkey = ckey(c, nschema, nname);
    for (size_t i = 0; i < c->tables.n; i++) {
        rg_table *t = &c->tables.v[i];
        if (t->dropped) continue;
        rg_normctx nx = nctx(c, t);
        rg_expr old = rg_norm_nextval(&nx, oschema, oname);
        if (!old.key) continue;
        for (size_t k = 0; k < t->columns.n; k++) {
            rg_column *col = &t->columns.v[k];
            if (col->dropped) continue;
            if (col->identity_seq && !strcmp(col->identity_seq, okey)) col->identity_seq = nkey;
            if (col->has_default && col->dflt.key && !strcmp(col->dflt.key, old.key)) {
                col->dflt = rg_norm_nextval(&nx, nschema, nname);
                catidx_note_table(c, t);
            }
        }
    }
}

static const char *retype(rg_arena *a, const char *type, const char *oq, const char *nq)
{
    size_t n = strlen(oq);
    if (!type || strncmp(type, oq, n) || (type[n] && type[n] != '[' && type[n] != '(')) return type;
    return rg_arena_printf(a, "%s%s", nq, type + n);
}

/* Column, attribute and domain types name the type by text. */
void follow_type_rename(ictx *x, const char *oschema, const char *oname, const char *nschema, const char *nname)
{
    rg_catalog *c = x->c;
    const char *oq = ckey(c, oschema, oname), *nq = ckey(c, nschema, nname);
    catidx_list l = catidx_name_users(c, CATIDX_TABLES, CATIDX_COLUMN_TYPE, oq);
#ifndef NDEBUG
    for (size_t i = 0; i < c->tables.n; i++)
        for (size_t k = 0; k < c->tables.v[i].columns.n; k++)
            assert(retype(c->arena, c->tables.v[i].columns.v[k].type, oq, nq) == c->tables.v[i].columns.v[k].type ||
                   catidx_list_has(&l, i));
#endif
    for (size_t i = 0; i < l.n; i++) {
        rg_table *t = &c->tables.v[l.v[i]];
        for (size_t k = 0; k < t->columns.n; k++) t->columns.v[k].type = retype(c->arena, t->columns.v[k].type, oq, nq);
        catidx_note_table(c, t);
    }
    free(l.v);
    l = catidx_name_users(c, CATIDX_TYPES, CATIDX_COLUMN_TYPE, oq);
#ifndef NDEBUG
    for (size_t i = 0; i < c->types.n; i++) {
        const rg_type *ty = &c->types.v[i];
        bool uses = retype(c->arena, ty->base_type, oq, nq) != ty->base_type;
        for (size_t k = 0; k < ty->attrs.n && !uses; k++) uses = retype(c->arena, ty->attrs.v[k].type, oq, nq) != ty->attrs.v[k].type;
        assert(!uses || catidx_list_has(&l, i));
    }
#endif
    for (size_t i = 0; i < l.n; i++) {
        rg_type *ty = &c->types.v[l.v[i]];
        ty->base_type = retype(c->arena, ty->base_type, oq, nq);
        for (size_t k = 0; k < ty->attrs.n; k++) ty->attrs.v[k].type = retype(c->arena, ty->attrs.v[k].type, oq, nq);
        catidx_note_type(c, ty);
    }
    free(l.v);
    follow_type_in_exprs(x, oschema, oname, nschema, nname);
}

/* ALTER TYPE ... RENAME VALUE: defaults of the enum's columns that are
 * the old label become the new one. */
void follow_enum_rename(ictx *x, const rg_type *ty, const char *from, const char *to)
{
    rg_catalog *c = x->c;
    const char *tq = ckey(c, ty->schema, ty->name);
    for (size_t i = 0; i < c->tables.n; i++) {
        rg_table *t = &c->tables.v[i];
        if (t->dropped) continue;
        for (size_t k = 0; k < t->columns.n; k++) {
            rg_column *col = &t->columns.v[k];
            if (col->dropped || !col->has_default || !col->dflt.node || strcmp(col->type, tq)) continue;
            const pg_node *n = col->dflt.node;
            while (rg_pg_is(n, T_TypeCast)) n = n->type_cast->arg;
            if (!rg_pg_is(n, T_A_Const) || n->a_const->val_case != A_CONST_SVAL ||
                strcmp(n->a_const->sval->sval, from))
                continue;
            rg_buf b = {0};
            rg_buf_putc(&b, '\'');
            for (const char *p = to; *p; p++) {
                if (*p == '\'') rg_buf_putc(&b, '\'');
                rg_buf_putc(&b, *p);
            }
            rg_buf_printf(&b, "'::%s", rg_qualified_a(c->arena, ty->schema, ty->name));
            const pg_node *e = rg_pg_parse_expr(c->arena, b.s);
            rg_buf_free(&b);
            if (!e) continue;
            rg_normctx nx = nctx(c, t);
            col->dflt = rg_norm_expr(&nx, e);
            catidx_note_table(c, t);
        }
    }
    follow_enum_label_uses(x, ty, from, to);
}

/* ---- views follow renamed / moved relations --------------------------------------- */

typedef struct relmove {
    const rg_map *moves;       /* "oschema.oname" -> "nschema.nname" */
    const char *const *path;   /* the view's search_path */
    size_t npath;
    rg_map renamed;            /* old unaliased names -> new name, for qualifiers */
    rg_arena *a;
    bool hit;
} relmove;

static const char *moved_to(relmove *m, const pg_RangeVar *rv)
{
    char buf[300];
    if (*rv->schemaname) {
        snprintf(buf, sizeof buf, "%s.%s", rv->schemaname, rv->relname);
        return rg_map_get(m->moves, buf);
    }
    for (size_t i = 0; i < m->npath; i++) {
        snprintf(buf, sizeof buf, "%s.%s", m->path[i], rv->relname);
        const char *to = rg_map_get(m->moves, buf);
        if (to) return to;
    }
    return NULL;
}

static rg_pg_step move_rangevar(const rg_pg_visit *v, void *ctx)
{
    relmove *m = ctx;
    if (v->kind != T_RangeVar) return RG_PG_NEXT;
    pg_RangeVar *rv = (pg_RangeVar *)v->msg; /* a private tree */
    const char *to = moved_to(m, rv);
    if (!to) return RG_PG_SKIP;
    const char *dot = strchr(to, '.');
    const char *nschema = rg_arena_strndup(m->a, to, (size_t)(dot - to)), *nname = dot + 1;
    if (!rv->alias && strcmp(rv->relname, nname)) rg_map_put(&m->renamed, rv->relname, (void *)nname);
    rv->schemaname = (char *)nschema;
    rv->relname = (char *)nname;
    m->hit = true;
    return RG_PG_SKIP;
}

static rg_pg_step move_qualifier(const rg_pg_visit *v, void *ctx)
{
    relmove *m = ctx;
    if (v->kind != T_ColumnRef) return RG_PG_NEXT;
    const pg_ColumnRef *cr = v->msg;
    if (cr->n_fields < 2) return RG_PG_NEXT;
    pg_node *q = cr->fields[cr->n_fields - 2];
    if (!rg_pg_is(q, T_String)) return RG_PG_NEXT;
    const char *to = rg_map_get(&m->renamed, q->string->sval);
    if (to) q->string->sval = (char *)to;
    return RG_PG_NEXT;
}

/* Read-only variant for the shared tree: only notes a hit. */
static rg_pg_step move_rangevar_probe(const rg_pg_visit *v, void *ctx)
{
    relmove *m = ctx;
    if (v->kind == T_RangeVar && moved_to(m, v->msg)) m->hit = true;
    return m->hit ? RG_PG_STOP : RG_PG_NEXT;
}

/* One view's references to moved relations follow them. */
static void view_follow_relations(rg_catalog *c, rg_view *v, const rg_map *moves)
{
    if (v->dropped || !v->query.node || !rg_pg_is((const pg_node *)v->query.node, T_SelectStmt)) return;
    const char **saved = c->search_path;
    size_t nsaved = c->nsearch_path;
    if (v->search_path) path_from_text(c, v->search_path);
    relmove m = {moves, c->search_path, c->nsearch_path, {0}, c->arena, false};
    /* probe on the shared tree (read only): rewrite only on a hit */
    relmove probe = m;
    probe.renamed = (rg_map){0};
    const char *sql = NULL;
    pg_node *p = NULL;
    rg_pg_walk(v->query.node, move_rangevar_probe, &probe);
    rg_map_free(&probe.renamed);
    if (probe.hit) {
        sql = rg_pg_deparse_stmt(c->arena, v->query.node);
        p = sql ? (pg_node *)rg_pg_parse_one(c->arena, sql) : NULL;
    }
    if (p && rg_pg_is(p, T_SelectStmt)) {
        rg_pg_walk(p, move_rangevar, &m);
        if (m.renamed.n) rg_pg_walk(p, move_qualifier, &m);
        rg_normctx nx = nctx(c, NULL);
        const char **cols = NULL;
        size_t ncols = 0;
        v->query = rg_norm_view(&nx, p, &cols, &ncols);
        catidx_note_view(c, v);
    }
    rg_map_free(&m.renamed);
    c->search_path = saved;
    c->nsearch_path = nsaved;
}

void views_follow_relations(ictx *x, const rg_map *moves)
{
    for (size_t i = 0; i < x->c->views.n; i++) view_follow_relations(x->c, &x->c->views.v[i], moves);
}

#ifndef NDEBUG
/* Stops at a FROM item named ctx (any schema). */
static rg_pg_step names_relation(const rg_pg_visit *v, void *ctx)
{
    const pg_RangeVar *rv = v->msg;
    return v->kind == T_RangeVar && rv->relname && !strcmp(rv->relname, ctx) ? RG_PG_STOP : RG_PG_NEXT;
}
#endif

/* One relation renamed or moved: only views with a FROM item of its name
 * can refer to it (a probe needs a RangeVar of that name), so only those
 * are looked at, not every view on every table rename. */
void follow_relation_move(ictx *x, const char *oschema, const char *oname, const char *nschema, const char *nname)
{
    rg_catalog *c = x->c;
    if (c->views.n == 0) return;
    rg_map moves = {0};
    rg_map_put(&moves, ckey(c, oschema, oname), (void *)ckey(c, nschema, nname));
    catidx_list l = catidx_views_naming(c, oname);
#ifndef NDEBUG
    for (size_t i = 0; i < c->views.n; i++) {
        const rg_view *v = &c->views.v[i];
        if (v->dropped || !v->query.node || catidx_list_has(&l, i)) continue;
        assert(!rg_pg_walk(v->query.node, names_relation, (void *)oname));
    }
#endif
    for (size_t i = 0; i < l.n; i++) view_follow_relations(c, &c->views.v[l.v[i]], &moves);
    free(l.v);
    rg_map_free(&moves);
}

/* ---- enum labels in comparisons ---------------------------------------------------- */

typedef struct labelrename {
    const rg_map *cols;        /* column names of the enum's type */
    const char *from, *to;
    bool hit;
} labelrename;

static pg_A_Const *string_const(pg_node *n)
{
    while (rg_pg_is(n, T_TypeCast)) n = n->type_cast->arg;
    return rg_pg_is(n, T_A_Const) && n->a_const->val_case == A_CONST_SVAL ? n->a_const : NULL;
}

static bool is_enum_column(const labelrename *r, const pg_node *n)
{
    while (rg_pg_is(n, T_TypeCast)) n = n->type_cast->arg;
    if (!rg_pg_is(n, T_ColumnRef) || !n->column_ref->n_fields) return false;
    return rg_map_get(r->cols, rg_pg_str(n->column_ref->fields[n->column_ref->n_fields - 1])) != NULL;
}

static void relabel(labelrename *r, pg_node *side)
{
    pg_A_Const *k = string_const(side);
    if (k && !strcmp(k->sval->sval, r->from)) {
        k->sval->sval = (char *)r->to;
        r->hit = true;
    }
    if (rg_pg_is(side, T_List))
        for (size_t i = 0; i < side->list->n_items; i++) relabel(r, side->list->items[i]);
    if (rg_pg_is(side, T_A_ArrayExpr))
        for (size_t i = 0; i < side->a_array_expr->n_elements; i++) relabel(r, side->a_array_expr->elements[i]);
}

/* col = 'label', 'label' = col, col IN ('label', ...), col = ANY (ARRAY[...]) */
static rg_pg_step relabel_comparison(const rg_pg_visit *v, void *ctx)
{
    labelrename *r = ctx;
    if (v->kind != T_A_Expr) return RG_PG_NEXT;
    const pg_A_Expr *e = v->msg;
    if (is_enum_column(r, e->lexpr)) relabel(r, e->rexpr);
    else if (is_enum_column(r, e->rexpr)) relabel(r, e->lexpr);
    return RG_PG_NEXT;
}

static void expr_relabel(rg_catalog *c, const rg_table *t, rg_expr *e, labelrename *r)
{
    pg_node *p = private_expr(c, e);
    if (!p) return;
    r->hit = false;
    rg_pg_walk(p, relabel_comparison, r);
    if (!r->hit) return;
    rg_normctx nx = nctx(c, t);
    *e = rg_norm_expr(&nx, p);
}

static void view_relabel(rg_catalog *c, rg_view *v, labelrename *r)
{
    if (!v->query.node || !rg_pg_is((const pg_node *)v->query.node, T_SelectStmt)) return;
    const char *sql = rg_pg_deparse_stmt(c->arena, v->query.node);
    pg_node *p = sql ? (pg_node *)rg_pg_parse_one(c->arena, sql) : NULL;
    if (!p || !rg_pg_is(p, T_SelectStmt)) return;
    r->hit = false;
    rg_pg_walk(p, relabel_comparison, r);
    if (!r->hit) return;
    const char **saved = c->search_path;
    size_t nsaved = c->nsearch_path;
    if (v->search_path) path_from_text(c, v->search_path);
    rg_normctx nx = nctx(c, NULL);
    const char **cols = NULL;
    size_t ncols = 0;
    v->query = rg_norm_view(&nx, p, &cols, &ncols);
    catidx_note_view(c, v);
    c->search_path = saved;
    c->nsearch_path = nsaved;
}

/* Comparisons of the enum's columns with the old label, in CHECKs, index
 * predicates, policies and views, follow (the constant is an enum OID). */
void follow_enum_label_uses(ictx *x, const rg_type *ty, const char *from, const char *to)
{
    rg_catalog *c = x->c;
    const char *tq = ckey(c, ty->schema, ty->name);
    rg_map cols = {0};
    for (size_t i = 0; i < c->tables.n; i++) {
        rg_table *t = &c->tables.v[i];
        if (t->dropped) continue;
        bool has = false;
        for (size_t k = 0; k < t->columns.n; k++)
            if (!t->columns.v[k].dropped && !strcmp(t->columns.v[k].type, tq)) {
                rg_map_put(&cols, t->columns.v[k].name, (void *)tq);
                has = true;
            }
        if (!has) continue;
        labelrename r = {&cols, from, to, false};
        for (size_t k = 0; k < t->constraints.n; k++)
            if (!t->constraints.v[k].dropped) expr_relabel(c, t, &t->constraints.v[k].check, &r);
        for (size_t k = 0; k < t->policies.n; k++) {
            expr_relabel(c, t, &t->policies.v[k].using_expr, &r);
            expr_relabel(c, t, &t->policies.v[k].check_expr, &r);
        }
        catidx_note_table(c, t);
    }
    for (size_t i = 0; cols.n && i < c->indexes.n; i++) {
        rg_index *ix = &c->indexes.v[i];
        if (ix->dropped || !ix->where.key) continue;
        labelrename r = {&cols, from, to, false};
        expr_relabel(c, table_get(c, ix->table_schema, ix->table_name), &ix->where, &r);
        catidx_note_index(c, ix);
    }
    for (size_t i = 0; cols.n && i < c->views.n; i++) {
        labelrename r = {&cols, from, to, false};
        if (!c->views.v[i].dropped) view_relabel(c, &c->views.v[i], &r);
    }
    rg_map_free(&cols);
}

/* ---- expressions that name a renamed type or schema ------------------------------- */

/* Every visitor context starts with these flags. A probe walks the shared
 * tree and only says whether the rewrite would change it: the private copy
 * (deparse + parse) is made for the few expressions that need it, not for
 * every expression of the catalog on every rename, which cost memory and
 * time quadratic in the catalog. */
typedef struct rewrite_hit {
    bool hit;
    bool probe; /* set: report a hit and stop, change nothing */
} rewrite_hit;

static bool rewrite_probe(const void *node, rg_pg_visitor fn, void *ctx)
{
    rewrite_hit *h = ctx;
    h->hit = false;
    h->probe = true;
    rg_pg_walk(node, fn, ctx);
    h->probe = false;
    return h->hit;
}

typedef rg_pg_visitor rewrite_fn;

static bool expr_rewrite(rg_catalog *c, const rg_table *t, rg_expr *e, rewrite_fn fn, void *ctx)
{
    if (!e->key || !e->node || !rewrite_probe(e->node, fn, ctx)) return false;
    pg_node *p = private_expr(c, e);
    if (!p) return false;
    ((rewrite_hit *)ctx)->hit = false;
    rg_pg_walk(p, fn, ctx);
    if (!((rewrite_hit *)ctx)->hit) return false;
    rg_normctx nx = nctx(c, t);
    *e = rg_norm_expr(&nx, p);
    return true;
}

static void view_rewrite(rg_catalog *c, rg_view *v, rewrite_fn fn, void *ctx)
{
    if (v->dropped || !v->query.node || !rg_pg_is((const pg_node *)v->query.node, T_SelectStmt)) return;
    if (!rewrite_probe(v->query.node, fn, ctx)) return;
    const char *sql = rg_pg_deparse_stmt(c->arena, v->query.node);
    pg_node *p = sql ? (pg_node *)rg_pg_parse_one(c->arena, sql) : NULL;
    if (!p || !rg_pg_is(p, T_SelectStmt)) return;
    ((rewrite_hit *)ctx)->hit = false;
    rg_pg_walk(p, fn, ctx);
    if (!((rewrite_hit *)ctx)->hit) return;
    const char **saved = c->search_path;
    size_t nsaved = c->nsearch_path;
    if (v->search_path) path_from_text(c, v->search_path);
    rg_normctx nx = nctx(c, NULL);
    const char **cols = NULL;
    size_t ncols = 0;
    v->query = rg_norm_view(&nx, p, &cols, &ncols);
    catidx_note_view(c, v);
    c->search_path = saved;
    c->nsearch_path = nsaved;
}

static void table_rewrite(rg_catalog *c, rg_table *t, rewrite_fn fn, void *ctx)
{
    if (t->dropped) return;
    bool changed = false;
    for (size_t k = 0; k < t->columns.n; k++) {
        rg_column *col = &t->columns.v[k];
        if (col->dropped) continue;
        if (col->has_default) changed |= expr_rewrite(c, t, &col->dflt, fn, ctx);
        if (col->generated) changed |= expr_rewrite(c, t, &col->gen_expr, fn, ctx);
    }
    for (size_t k = 0; k < t->constraints.n; k++) {
        rg_constraint *con = &t->constraints.v[k];
        if (con->dropped) continue;
        changed |= expr_rewrite(c, t, &con->check, fn, ctx);
        changed |= expr_rewrite(c, t, &con->where, fn, ctx);
        for (size_t e = 0; e < con->nelems; e++) changed |= expr_rewrite(c, t, &con->elems[e].expr, fn, ctx);
    }
    for (size_t k = 0; k < t->policies.n; k++) {
        changed |= expr_rewrite(c, t, &t->policies.v[k].using_expr, fn, ctx);
        changed |= expr_rewrite(c, t, &t->policies.v[k].check_expr, fn, ctx);
    }
    for (size_t k = 0; k < t->triggers.n; k++) changed |= expr_rewrite(c, t, &t->triggers.v[k].when, fn, ctx);
    if (changed) catidx_note_table(c, t);
}

static void index_rewrite(rg_catalog *c, rg_index *ix, rewrite_fn fn, void *ctx)
{
    if (ix->dropped) return;
    /* most indexes are on plain columns: nothing to rewrite, and no
     * table lookup for them */
    bool exprs = ix->where.key && ix->where.node;
    for (size_t e = 0; e < ix->nelems && !exprs; e++) exprs = ix->elems[e].expr.key && ix->elems[e].expr.node;
    if (!exprs) return;
    const rg_table *t = table_get(c, ix->table_schema, ix->table_name);
    bool changed = expr_rewrite(c, t, &ix->where, fn, ctx);
    for (size_t e = 0; e < ix->nelems; e++) changed |= expr_rewrite(c, t, &ix->elems[e].expr, fn, ctx);
    if (changed) catidx_note_index(c, ix);
}

static void domain_rewrite(rg_catalog *c, rg_type *ty, rewrite_fn fn, void *ctx)
{
    if (ty->dropped || ty->kind != RG_TYPE_DOMAIN) return;
    bool changed = false;
    if (ty->has_default) changed |= expr_rewrite(c, NULL, &ty->dflt, fn, ctx);
    rg_table scope;
    domain_nctx(c, ty, &scope);
    for (size_t k = 0; k < ty->checks.n; k++) changed |= expr_rewrite(c, &scope, &ty->checks.v[k].expr, fn, ctx);
    domain_scope_free(&scope);
    if (changed) catidx_note_type(c, ty);
}

/* Applies a rewrite to every expression and view query of the catalog. */
static void rewrite_all(rg_catalog *c, rewrite_fn fn, void *ctx)
{
    for (size_t i = 0; i < c->tables.n; i++) table_rewrite(c, &c->tables.v[i], fn, ctx);
    for (size_t i = 0; i < c->indexes.n; i++) index_rewrite(c, &c->indexes.v[i], fn, ctx);
    for (size_t i = 0; i < c->types.n; i++) domain_rewrite(c, &c->types.v[i], fn, ctx);
    for (size_t i = 0; i < c->views.n; i++) view_rewrite(c, &c->views.v[i], fn, ctx);
}

#ifndef NDEBUG
/* The invariant of the name lists: whatever a probe of every object would
 * rewrite is among the candidates. */
static bool expr_would(const rg_expr *e, rewrite_fn fn, void *ctx)
{
    return e->key && e->node && rewrite_probe(e->node, fn, ctx);
}

static void assert_candidates(rg_catalog *c, const catidx_list l[4], rewrite_fn fn, void *ctx)
{
    for (size_t i = 0; i < c->tables.n; i++) {
        const rg_table *t = &c->tables.v[i];
        bool would = false;
        for (size_t k = 0; k < t->columns.n && !would; k++)
            would = expr_would(&t->columns.v[k].dflt, fn, ctx) || expr_would(&t->columns.v[k].gen_expr, fn, ctx);
        for (size_t k = 0; k < t->constraints.n && !would; k++) {
            const rg_constraint *con = &t->constraints.v[k];
            would = expr_would(&con->check, fn, ctx) || expr_would(&con->where, fn, ctx);
            for (size_t e = 0; e < con->nelems && !would; e++) would = expr_would(&con->elems[e].expr, fn, ctx);
        }
        for (size_t k = 0; k < t->policies.n && !would; k++)
            would = expr_would(&t->policies.v[k].using_expr, fn, ctx) || expr_would(&t->policies.v[k].check_expr, fn, ctx);
        for (size_t k = 0; k < t->triggers.n && !would; k++) would = expr_would(&t->triggers.v[k].when, fn, ctx);
        assert(!would || catidx_list_has(&l[CATIDX_TABLES], i));
    }
    for (size_t i = 0; i < c->indexes.n; i++) {
        const rg_index *ix = &c->indexes.v[i];
        bool would = expr_would(&ix->where, fn, ctx);
        for (size_t e = 0; e < ix->nelems && !would; e++) would = expr_would(&ix->elems[e].expr, fn, ctx);
        assert(!would || catidx_list_has(&l[CATIDX_INDEXES], i));
    }
    for (size_t i = 0; i < c->types.n; i++) {
        const rg_type *ty = &c->types.v[i];
        bool would = expr_would(&ty->dflt, fn, ctx);
        for (size_t k = 0; k < ty->checks.n && !would; k++) would = expr_would(&ty->checks.v[k].expr, fn, ctx);
        assert(!would || catidx_list_has(&l[CATIDX_TYPES], i));
    }
    for (size_t i = 0; i < c->views.n; i++) {
        const rg_view *v = &c->views.v[i];
        bool would = v->query.node && rewrite_probe(v->query.node, fn, ctx);
        assert(!would || catidx_list_has(&l[CATIDX_VIEWS], i));
    }
}
#endif

/* The rewrite applied to the objects whose expressions name `name` (a
 * function called or a type cast to, CATIDX_CALLS / CATIDX_CASTS): only
 * those can change. */
static void rewrite_users(rg_catalog *c, char what, const char *name, rewrite_fn fn, void *ctx)
{
    catidx_list l[4];
    for (int v = CATIDX_TABLES; v <= CATIDX_VIEWS; v++) l[v] = catidx_name_users(c, (catidx_vec)v, what, name);
#ifndef NDEBUG
    assert_candidates(c, l, fn, ctx);
#endif
    for (size_t i = 0; i < l[CATIDX_TABLES].n; i++) table_rewrite(c, &c->tables.v[l[CATIDX_TABLES].v[i]], fn, ctx);
    for (size_t i = 0; i < l[CATIDX_INDEXES].n; i++) index_rewrite(c, &c->indexes.v[l[CATIDX_INDEXES].v[i]], fn, ctx);
    for (size_t i = 0; i < l[CATIDX_TYPES].n; i++) domain_rewrite(c, &c->types.v[l[CATIDX_TYPES].v[i]], fn, ctx);
    for (size_t i = 0; i < l[CATIDX_VIEWS].n; i++) view_rewrite(c, &c->views.v[l[CATIDX_VIEWS].v[i]], fn, ctx);
    for (int v = CATIDX_TABLES; v <= CATIDX_VIEWS; v++) free(l[v].v);
}

typedef struct tyrename {
    rewrite_hit h;
    const char *oschema, *oname, *nschema, *nname;
    const rg_catalog *c;
    rg_arena *a;
} tyrename;

static pg_node *string_node(rg_arena *a, const char *s)
{
    pg_node *n = rg_arena_alloc(a, sizeof *n);
    pg_String *str = rg_arena_alloc(a, sizeof *str);
    pg_init_Node(n);
    pg_init_String(str);
    str->sval = (char *)s;
    n->node_case = T_String;
    n->string = str;
    return n;
}

static void retype_name(tyrename *r, pg_TypeName *tn)
{
    if (!tn || !tn->n_names) return;
    const char *schema, *name;
    rg_pg_qname((const pg_node *const *)tn->names, tn->n_names, &schema, &name);
    if (strcmp(name, r->oname)) return;
    if (schema && strcmp(schema, r->oschema)) return;
    if (!schema) {
        /* unqualified: only when the old type is what it resolved to */
        bool on_path = false;
        for (size_t i = 0; i < r->c->nsearch_path && !on_path; i++) on_path = !strcmp(r->c->search_path[i], r->oschema);
        if (!on_path) return;
    }
    r->h.hit = true;
    if (r->h.probe) return;
    pg_node **names = rg_arena_alloc(r->a, 2 * sizeof *names);
    names[0] = string_node(r->a, r->nschema);
    names[1] = string_node(r->a, r->nname);
    tn->names = names;
    tn->n_names = 2;
}

static rg_pg_step retype_visit(const rg_pg_visit *v, void *ctx)
{
    tyrename *r = ctx;
    if (v->kind == T_TypeName) retype_name(r, (pg_TypeName *)v->msg); /* a private tree, unless probing */
    return r->h.probe && r->h.hit ? RG_PG_STOP : RG_PG_NEXT;
}

/* Casts to a renamed or moved type in every expression follow it. */
void follow_type_in_exprs(ictx *x, const char *oschema, const char *oname, const char *nschema, const char *nname)
{
    rg_catalog *c = x->c;
    tyrename r = {{false, false}, oschema, oname, nschema, nname, c, c->arena};
    rewrite_users(c, CATIDX_CASTS, oname, retype_visit, &r);
}

typedef struct schemamove {
    rewrite_hit h;
    const char *from, *to;
} schemamove;

/* schema.function(...) calls follow a schema rename */
static rg_pg_step reschema_visit(const rg_pg_visit *v, void *ctx)
{
    schemamove *m = ctx;
    if (v->kind != T_FuncCall) return RG_PG_NEXT;
    const pg_FuncCall *fc = v->msg;
    if (fc->n_funcname < 2) return RG_PG_NEXT;
    pg_node *s = fc->funcname[fc->n_funcname - 2];
    if (rg_pg_is(s, T_String) && !strcmp(s->string->sval, m->from)) {
        m->h.hit = true;
        if (m->h.probe) return RG_PG_STOP;
        s->string->sval = (char *)m->to;
    }
    return RG_PG_NEXT;
}

void follow_schema_in_exprs(ictx *x, const char *from, const char *to)
{
    schemamove m = {{false, false}, from, to};
    rewrite_all(x->c, reschema_visit, &m);
}
