/*
 * catidx.c — the interpreter's lookups by table: the indexes on a table,
 * the tables whose foreign keys reference it, the sequences it owns and
 * the views that name it; the tables with a trigger calling a function
 * of a given name; and by name, the tables, indexes, types and views whose
 * expressions call a function or name a type, or whose columns (a
 * domain's base, a composite's attributes) are of a type. A change (DROP
 * COLUMN, RENAME, DROP TABLE, DROP FUNCTION, a type renamed or moved)
 * asks for the few objects that concern its table instead of scanning
 * every object of the catalog, so applying a plan stays linear in the
 * number of changes times their own size.
 *
 * Why candidates: every list holds the positions (in the catalog's
 * vectors) of objects that had that key at some point. Callers still test
 * the condition they tested when they scanned everything, so an entry
 * left behind under an old key costs a comparison and never a wrong
 * answer; what must hold is that an object is listed under its current
 * key. Objects pushed onto a vector are registered lazily (a watermark per
 * vector); code that changes a key afterwards calls a catidx_note_*
 * function, or catidx_reset when a whole schema moves. Results come back
 * in vector order, the order of the scans they replace, so the
 * interpreter's effects and messages do not change.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "catalog/interp_int.h"

typedef struct poslist {
    size_t *v;
    size_t n, cap;
    size_t sorted; /* v[0..sorted) is ascending and unique */
} poslist;

enum {
    BY_INDEX_TABLE, BY_FK_TARGET, BY_SEQ_OWNER, BY_VIEW_RELNAME, BY_TRIGGER_FN,
    /* catidx_name_users, one map per vector; keys are CATIDX_* then a name */
    BY_USE_TABLES, BY_USE_INDEXES, BY_USE_TYPES, BY_USE_VIEWS,
    BY_VIEW_TRIGGER_FN,
    BY_INDEX_ATTACHED, BY_CON_ATTACHED, /* by the parent index's "schema.name" */
    BY_CHILD_OF,                        /* tables by parent (PARTITION OF, INHERITS) */
    BY_FUNCTION_NAME,                   /* functions by "schema.name" (overloads) */
    /* catidx_in_schema, one map per vector, keyed by schema name */
    BY_SCHEMA_TABLES, BY_SCHEMA_VIEWS, BY_SCHEMA_SEQUENCES, BY_SCHEMA_TYPES, BY_SCHEMA_FUNCTIONS,
    BY__COUNT
};

struct rg_catidx {
    rg_map by[BY__COUNT];                     /* key -> poslist * */
    size_t seen_tables, seen_indexes, seen_sequences, seen_views, seen_types, seen_functions;
    RG_VEC(size_t) dirty_tables, dirty_indexes, dirty_sequences, dirty_views, dirty_types, dirty_functions;
    rg_arena *keys;                           /* the maps' keys */
};

static void pos_add(struct rg_catidx *ix, int by, const char *key, size_t pos)
{
    poslist *l = rg_map_get(&ix->by[by], key);
    if (!l) {
        l = rg_xcalloc(1, sizeof *l);
        rg_map_put(&ix->by[by], rg_arena_strdup(ix->keys, key), l);
    }
    if (l->n && l->v[l->n - 1] == pos) return;
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 4;
        l->v = rg_xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = pos;
}

/* Keyed as the catalog keys its relations (tkey, "schema.name"). */
static void pos_add2(struct rg_catidx *ix, const rg_catalog *c, int by, const char *schema, const char *name,
                     size_t pos)
{
    char buf[2 * RG_NAMELEN + 8];
    pos_add(ix, by, tkey(buf, sizeof buf, (rg_catalog *)c, schema, name), pos);
}

/* ---- name uses: what an expression calls and casts to, what a column is -- */

typedef struct use_reg {
    struct rg_catidx *ix;
    int by;
    size_t pos;
} use_reg;

/* The key of a name use: `what`, then the name. In buf when it fits (cap
 * bytes), else malloc'ed: the caller frees it when it is not buf. */
enum { USE_KEY_BUF = 2 * RG_NAMELEN + 8 };
static char *use_key(char *buf, size_t cap, char what, const char *name)
{
    size_t n = strlen(name);
    char *k = n + 2 <= cap ? buf : rg_xmalloc(n + 2);
    k[0] = what;
    memcpy(k + 1, name, n + 1);
    return k;
}

static void use_add(const use_reg *r, char what, const char *name)
{
    char buf[USE_KEY_BUF], *k = use_key(buf, sizeof buf, what, name);
    pos_add(r->ix, r->by, k, r->pos);
    if (k != buf) free(k);
}

static rg_pg_step use_names(const rg_pg_visit *v, void *ctx)
{
    const use_reg *r = ctx;
    if (v->kind == T_FuncCall) {
        const pg_FuncCall *fc = v->msg;
        if (fc->n_funcname) use_add(r, CATIDX_CALLS, rg_pg_str(fc->funcname[fc->n_funcname - 1]));
    } else if (v->kind == T_TypeName) {
        const pg_TypeName *tn = v->msg;
        if (tn->n_names) use_add(r, CATIDX_CASTS, rg_pg_str(tn->names[tn->n_names - 1]));
    }
    return RG_PG_NEXT;
}

static void use_expr(const use_reg *r, const rg_expr *e)
{
    if (e->node) rg_pg_walk(e->node, use_names, (void *)r);
}

/* A column's type text ("s.t", "s.t[]", "character varying(40)"): keyed
 * by every prefix that ends before a '[' or '(', and whole, so a lookup by
 * the type's qualified name finds it whatever its name holds. */
static void use_type(const use_reg *r, const char *type)
{
    if (!type) return;
    char buf[USE_KEY_BUF], *k = use_key(buf, sizeof buf, CATIDX_COLUMN_TYPE, type);
    for (size_t i = 1, n = strlen(type); i < n; i++)
        if (type[i] == '[' || type[i] == '(') {
            k[i + 1] = 0;
            pos_add(r->ix, r->by, k, r->pos);
            k[i + 1] = type[i];
        }
    pos_add(r->ix, r->by, k, r->pos);
    if (k != buf) free(k);
}

static void reg_table_uses(struct rg_catidx *ix, const rg_table *t, size_t i)
{
    use_reg r = {ix, BY_USE_TABLES, i};
    for (size_t k = 0; k < t->columns.n; k++) {
        const rg_column *col = &t->columns.v[k];
        use_type(&r, col->type);
        use_expr(&r, &col->dflt);
        use_expr(&r, &col->gen_expr);
    }
    for (size_t k = 0; k < t->constraints.n; k++) {
        const rg_constraint *con = &t->constraints.v[k];
        use_expr(&r, &con->check);
        use_expr(&r, &con->where);
        for (size_t e = 0; e < con->nelems; e++) use_expr(&r, &con->elems[e].expr);
    }
    for (size_t k = 0; k < t->policies.n; k++) {
        use_expr(&r, &t->policies.v[k].using_expr);
        use_expr(&r, &t->policies.v[k].check_expr);
    }
    for (size_t k = 0; k < t->triggers.n; k++) use_expr(&r, &t->triggers.v[k].when);
}

static void reg_type(struct rg_catidx *ix, const rg_catalog *c, size_t i)
{
    const rg_type *ty = &c->types.v[i];
    if (ty->schema) pos_add(ix, BY_SCHEMA_TYPES, ty->schema, i);
    use_reg r = {ix, BY_USE_TYPES, i};
    use_type(&r, ty->base_type);
    for (size_t k = 0; k < ty->attrs.n; k++) use_type(&r, ty->attrs.v[k].type);
    use_expr(&r, &ty->dflt);
    for (size_t k = 0; k < ty->checks.n; k++) use_expr(&r, &ty->checks.v[k].expr);
}

static void reg_function(struct rg_catidx *ix, const rg_catalog *c, size_t i)
{
    const rg_function *f = &c->functions.v[i];
    if (f->schema && f->name) pos_add2(ix, c, BY_FUNCTION_NAME, f->schema, f->name, i);
    if (f->schema) pos_add(ix, BY_SCHEMA_FUNCTIONS, f->schema, i);
}

static void reg_table(struct rg_catidx *ix, const rg_catalog *c, size_t i)
{
    const rg_table *t = &c->tables.v[i];
    if (t->schema) pos_add(ix, BY_SCHEMA_TABLES, t->schema, i);
    reg_table_uses(ix, t, i);
    for (size_t k = 0; k < t->constraints.n; k++) {
        const rg_constraint *con = &t->constraints.v[k];
        if (con->kind == RG_CON_FOREIGN && con->ref_schema && con->ref_table)
            pos_add2(ix, c, BY_FK_TARGET, con->ref_schema, con->ref_table, i);
    }
    for (size_t k = 0; k < t->triggers.n; k++)
        if (t->triggers.v[k].func_name) pos_add(ix, BY_TRIGGER_FN, t->triggers.v[k].func_name, i);
    for (size_t k = 0; k < t->constraints.n; k++)
        if (t->constraints.v[k].index_attached_to) pos_add(ix, BY_CON_ATTACHED, t->constraints.v[k].index_attached_to, i);
    if (t->parent_table && t->parent_schema) pos_add2(ix, c, BY_CHILD_OF, t->parent_schema, t->parent_table, i);
    for (size_t k = 0; k < t->ninherits; k++) pos_add(ix, BY_CHILD_OF, t->inherits[k], i);
}

static void reg_index(struct rg_catidx *ix, const rg_catalog *c, size_t i)
{
    const rg_index *x = &c->indexes.v[i];
    if (x->table_schema && x->table_name) pos_add2(ix, c, BY_INDEX_TABLE, x->table_schema, x->table_name, i);
    if (x->attached_to) pos_add(ix, BY_INDEX_ATTACHED, x->attached_to, i);
    use_reg r = {ix, BY_USE_INDEXES, i};
    use_expr(&r, &x->where);
    for (size_t e = 0; e < x->nelems; e++) use_expr(&r, &x->elems[e].expr);
}

static void reg_sequence(struct rg_catidx *ix, const rg_catalog *c, size_t i)
{
    if (c->sequences.v[i].schema) pos_add(ix, BY_SCHEMA_SEQUENCES, c->sequences.v[i].schema, i);
    const char *o = c->sequences.v[i].owned_by;
    if (!o) return;
    /* owned_by is "schema.table.column"; names may hold dots, so every
     * prefix that ends before a dot past the first is a key */
    size_t n = strlen(o);
    char *k = rg_xmalloc(n + 1);
    memcpy(k, o, n + 1);
    const char *first = strchr(o, '.');
    for (const char *p = first ? strchr(first + 1, '.') : NULL; p; p = strchr(p + 1, '.')) {
        k[p - o] = 0;
        pos_add(ix, BY_SEQ_OWNER, k, i);
        k[p - o] = '.';
    }
    free(k);
}

typedef struct {
    struct rg_catidx *ix;
    size_t pos;
} view_reg;

static rg_pg_step view_names(const rg_pg_visit *v, void *ctx)
{
    view_reg *r = ctx;
    if (v->kind == T_RangeVar) {
        const pg_RangeVar *rv = v->msg;
        if (rv->relname) pos_add(r->ix, BY_VIEW_RELNAME, rv->relname, r->pos);
    }
    return RG_PG_NEXT;
}

static void reg_view(struct rg_catidx *ix, const rg_catalog *c, size_t i)
{
    const rg_view *v = &c->views.v[i];
    if (v->schema) pos_add(ix, BY_SCHEMA_VIEWS, v->schema, i);
    for (size_t k = 0; k < v->triggers.n; k++)
        if (v->triggers.v[k].func_name) pos_add(ix, BY_VIEW_TRIGGER_FN, v->triggers.v[k].func_name, i);
    if (!v->query.node) return;
    view_reg r = {ix, i};
    rg_pg_walk(v->query.node, view_names, &r);
    use_expr(&(use_reg){ix, BY_USE_VIEWS, i}, &v->query);
}

static void drain(struct rg_catidx *ix, const rg_catalog *c)
{
    for (; ix->seen_tables < c->tables.n; ix->seen_tables++) reg_table(ix, c, ix->seen_tables);
    for (; ix->seen_indexes < c->indexes.n; ix->seen_indexes++) reg_index(ix, c, ix->seen_indexes);
    for (; ix->seen_sequences < c->sequences.n; ix->seen_sequences++) reg_sequence(ix, c, ix->seen_sequences);
    for (; ix->seen_views < c->views.n; ix->seen_views++) reg_view(ix, c, ix->seen_views);
    for (; ix->seen_types < c->types.n; ix->seen_types++) reg_type(ix, c, ix->seen_types);
    for (; ix->seen_functions < c->functions.n; ix->seen_functions++) reg_function(ix, c, ix->seen_functions);
    for (size_t i = 0; i < ix->dirty_tables.n; i++)
        if (ix->dirty_tables.v[i] < ix->seen_tables) reg_table(ix, c, ix->dirty_tables.v[i]);
    for (size_t i = 0; i < ix->dirty_indexes.n; i++)
        if (ix->dirty_indexes.v[i] < ix->seen_indexes) reg_index(ix, c, ix->dirty_indexes.v[i]);
    for (size_t i = 0; i < ix->dirty_sequences.n; i++)
        if (ix->dirty_sequences.v[i] < ix->seen_sequences) reg_sequence(ix, c, ix->dirty_sequences.v[i]);
    for (size_t i = 0; i < ix->dirty_views.n; i++)
        if (ix->dirty_views.v[i] < ix->seen_views) reg_view(ix, c, ix->dirty_views.v[i]);
    for (size_t i = 0; i < ix->dirty_types.n; i++)
        if (ix->dirty_types.v[i] < ix->seen_types) reg_type(ix, c, ix->dirty_types.v[i]);
    for (size_t i = 0; i < ix->dirty_functions.n; i++)
        if (ix->dirty_functions.v[i] < ix->seen_functions) reg_function(ix, c, ix->dirty_functions.v[i]);
    ix->dirty_tables.n = ix->dirty_indexes.n = ix->dirty_sequences.n = ix->dirty_views.n = ix->dirty_types.n = 0;
    ix->dirty_functions.n = 0;
}

static struct rg_catidx *get(rg_catalog *c)
{
    if (!c->idx) {
        c->idx = rg_xcalloc(1, sizeof *c->idx);
        c->idx->keys = rg_arena_new();
    }
    drain(c->idx, c);
    return c->idx;
}

static int cmp_pos(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

static catidx_list lookup(rg_catalog *c, int by, const char *key)
{
    catidx_list out = {NULL, 0};
    poslist *l = rg_map_get(&get(c)->by[by], key);
    if (!l || !l->n) return out;
    if (l->sorted != l->n) {
        qsort(l->v, l->n, sizeof *l->v, cmp_pos);
        size_t w = 1;
        for (size_t r = 1; r < l->n; r++)
            if (l->v[r] != l->v[w - 1]) l->v[w++] = l->v[r];
        l->n = l->sorted = w;
    }
    out.v = rg_xmalloc(l->n * sizeof *out.v);
    memcpy(out.v, l->v, l->n * sizeof *out.v);
    out.n = l->n;
    return out;
}

static catidx_list lookup2(rg_catalog *c, int by, const char *schema, const char *name)
{
    char buf[2 * RG_NAMELEN + 8];
    return lookup(c, by, tkey(buf, sizeof buf, c, schema, name));
}

catidx_list catidx_indexes_on(rg_catalog *c, const char *schema, const char *table)
{
    return lookup2(c, BY_INDEX_TABLE, schema, table);
}

catidx_list catidx_fk_referrers(rg_catalog *c, const char *schema, const char *table)
{
    return lookup2(c, BY_FK_TARGET, schema, table);
}

catidx_list catidx_owned_sequences(rg_catalog *c, const char *schema, const char *table)
{
    return lookup2(c, BY_SEQ_OWNER, schema, table);
}

catidx_list catidx_trigger_users(rg_catalog *c, const char *func_name)
{
    return lookup(c, BY_TRIGGER_FN, func_name);
}

catidx_list catidx_views_naming(rg_catalog *c, const char *relname)
{
    return lookup(c, BY_VIEW_RELNAME, relname);
}

catidx_list catidx_view_trigger_users(rg_catalog *c, const char *func_name)
{
    return lookup(c, BY_VIEW_TRIGGER_FN, func_name);
}

catidx_list catidx_indexes_attached_to(rg_catalog *c, const char *index_key)
{
    return lookup(c, BY_INDEX_ATTACHED, index_key);
}

catidx_list catidx_keys_attached_to(rg_catalog *c, const char *index_key)
{
    return lookup(c, BY_CON_ATTACHED, index_key);
}

catidx_list catidx_children(rg_catalog *c, const char *schema, const char *table)
{
    return lookup2(c, BY_CHILD_OF, schema, table);
}

catidx_list catidx_functions_named(rg_catalog *c, const char *schema, const char *name)
{
    return lookup2(c, BY_FUNCTION_NAME, schema, name);
}

catidx_list catidx_in_schema(rg_catalog *c, catidx_kind kind, const char *schema)
{
    static const int by[] = {[CATIDX_S_TABLES] = BY_SCHEMA_TABLES, [CATIDX_S_VIEWS] = BY_SCHEMA_VIEWS,
                             [CATIDX_S_SEQUENCES] = BY_SCHEMA_SEQUENCES, [CATIDX_S_TYPES] = BY_SCHEMA_TYPES,
                             [CATIDX_S_FUNCTIONS] = BY_SCHEMA_FUNCTIONS};
    return lookup(c, by[kind], schema);
}

catidx_list catidx_name_users(rg_catalog *c, catidx_vec vec, char what, const char *name)
{
    static const int by[] = {[CATIDX_TABLES] = BY_USE_TABLES, [CATIDX_INDEXES] = BY_USE_INDEXES,
                             [CATIDX_TYPES] = BY_USE_TYPES, [CATIDX_VIEWS] = BY_USE_VIEWS};
    char buf[USE_KEY_BUF], *k = use_key(buf, sizeof buf, what, name);
    catidx_list l = lookup(c, by[vec], k);
    if (k != buf) free(k);
    return l;
}

bool catidx_list_has(const catidx_list *l, size_t pos)
{
    size_t lo = 0, hi = l->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (l->v[mid] == pos) return true;
        if (l->v[mid] < pos) lo = mid + 1;
        else hi = mid;
    }
    return false;
}

/* An object not registered yet is registered whole by the watermark; one
 * noted again right after itself (the columns and constraints of one
 * statement) is listed once. */
#define NOTE(vec, seen, vecof, obj)                                                \
    do {                                                                           \
        if (!c->idx) return; /* built from scratch later */                        \
        uintptr_t o_ = (uintptr_t)(obj), b_ = (uintptr_t)(vecof).v;                \
        if (o_ < b_ || o_ >= b_ + (vecof).n * sizeof *(vecof).v) return; /* not the catalog's (a scratch copy) */ \
        size_t p_ = (o_ - b_) / sizeof *(vecof).v;                                 \
        if (p_ >= c->idx->seen || (c->idx->vec.n && c->idx->vec.v[c->idx->vec.n - 1] == p_)) return; \
        *rg_vec_push(c->idx->keys, &c->idx->vec) = p_;                             \
    } while (0)

void catidx_note_table(rg_catalog *c, const rg_table *t)
{
    NOTE(dirty_tables, seen_tables, c->tables, t);
}

void catidx_note_index(rg_catalog *c, const rg_index *ix)
{
    NOTE(dirty_indexes, seen_indexes, c->indexes, ix);
}

void catidx_note_sequence(rg_catalog *c, const rg_sequence *s)
{
    NOTE(dirty_sequences, seen_sequences, c->sequences, s);
}

void catidx_note_view(rg_catalog *c, const rg_view *v)
{
    NOTE(dirty_views, seen_views, c->views, v);
}

void catidx_note_function(rg_catalog *c, const rg_function *f)
{
    NOTE(dirty_functions, seen_functions, c->functions, f);
}

void catidx_note_type(rg_catalog *c, const rg_type *t)
{
    NOTE(dirty_types, seen_types, c->types, t);
}

void catidx_free(rg_catalog *c)
{
    struct rg_catidx *ix = c->idx;
    if (!ix) return;
    for (int b = 0; b < BY__COUNT; b++) {
        for (size_t i = 0; i < ix->by[b].cap; i++) {
            const char *k = ix->by[b].e[i].key;
            poslist *l = ix->by[b].e[i].val;
            if (k && l) {
                free(l->v);
                free(l);
            }
        }
        rg_map_free(&ix->by[b]);
    }
    rg_arena_free(ix->keys);
    free(ix);
    c->idx = NULL;
}

void catidx_reset(rg_catalog *c)
{
    catidx_free(c);
}
