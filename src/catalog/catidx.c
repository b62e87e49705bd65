/*
 * catidx.c — the interpreter's lookups by table: the indexes on a table,
 * the tables whose foreign keys reference it, the sequences it owns and
 * the views that name it; and the tables with a trigger calling a function
 * of a given name. A change (DROP COLUMN, RENAME, DROP TABLE)
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
#include <stdlib.h>
#include <string.h>

#include "catalog/interp_int.h"

typedef struct poslist {
    size_t *v;
    size_t n, cap;
    size_t sorted; /* v[0..sorted) is ascending and unique */
} poslist;

enum { BY_INDEX_TABLE, BY_FK_TARGET, BY_SEQ_OWNER, BY_VIEW_RELNAME, BY_TRIGGER_FN, BY__COUNT };

struct rg_catidx {
    rg_map by[BY__COUNT];                     /* key -> poslist * */
    size_t seen_tables, seen_indexes, seen_sequences, seen_views;
    RG_VEC(size_t) dirty_tables, dirty_indexes, dirty_sequences, dirty_views;
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

static void reg_table(struct rg_catidx *ix, const rg_catalog *c, size_t i)
{
    const rg_table *t = &c->tables.v[i];
    for (size_t k = 0; k < t->constraints.n; k++) {
        const rg_constraint *con = &t->constraints.v[k];
        if (con->kind == RG_CON_FOREIGN && con->ref_schema && con->ref_table)
            pos_add2(ix, c, BY_FK_TARGET, con->ref_schema, con->ref_table, i);
    }
    for (size_t k = 0; k < t->triggers.n; k++)
        if (t->triggers.v[k].func_name) pos_add(ix, BY_TRIGGER_FN, t->triggers.v[k].func_name, i);
}

static void reg_index(struct rg_catidx *ix, const rg_catalog *c, size_t i)
{
    const rg_index *x = &c->indexes.v[i];
    if (x->table_schema && x->table_name) pos_add2(ix, c, BY_INDEX_TABLE, x->table_schema, x->table_name, i);
}

static void reg_sequence(struct rg_catidx *ix, const rg_catalog *c, size_t i)
{
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
    if (!v->query.node) return;
    view_reg r = {ix, i};
    rg_pg_walk(v->query.node, view_names, &r);
}

static void drain(struct rg_catidx *ix, const rg_catalog *c)
{
    for (; ix->seen_tables < c->tables.n; ix->seen_tables++) reg_table(ix, c, ix->seen_tables);
    for (; ix->seen_indexes < c->indexes.n; ix->seen_indexes++) reg_index(ix, c, ix->seen_indexes);
    for (; ix->seen_sequences < c->sequences.n; ix->seen_sequences++) reg_sequence(ix, c, ix->seen_sequences);
    for (; ix->seen_views < c->views.n; ix->seen_views++) reg_view(ix, c, ix->seen_views);
    for (size_t i = 0; i < ix->dirty_tables.n; i++)
        if (ix->dirty_tables.v[i] < ix->seen_tables) reg_table(ix, c, ix->dirty_tables.v[i]);
    for (size_t i = 0; i < ix->dirty_indexes.n; i++)
        if (ix->dirty_indexes.v[i] < ix->seen_indexes) reg_index(ix, c, ix->dirty_indexes.v[i]);
    for (size_t i = 0; i < ix->dirty_sequences.n; i++)
        if (ix->dirty_sequences.v[i] < ix->seen_sequences) reg_sequence(ix, c, ix->dirty_sequences.v[i]);
    for (size_t i = 0; i < ix->dirty_views.n; i++)
        if (ix->dirty_views.v[i] < ix->seen_views) reg_view(ix, c, ix->dirty_views.v[i]);
    ix->dirty_tables.n = ix->dirty_indexes.n = ix->dirty_sequences.n = ix->dirty_views.n = 0;
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

#define NOTE(vec, pos)                                    \
    do {                                                  \
        if (!c->idx) return; /* built from scratch later */ \
        *rg_vec_push(c->idx->keys, &c->idx->vec) = (pos); \
    } while (0)

void catidx_note_table(rg_catalog *c, const rg_table *t)
{
    NOTE(dirty_tables, (size_t)(t - c->tables.v));
}

void catidx_note_index(rg_catalog *c, const rg_index *ix)
{
    NOTE(dirty_indexes, (size_t)(ix - c->indexes.v));
}

void catidx_note_sequence(rg_catalog *c, const rg_sequence *s)
{
    NOTE(dirty_sequences, (size_t)(s - c->sequences.v));
}

void catidx_note_view(rg_catalog *c, const rg_view *v)
{
    NOTE(dirty_views, (size_t)(v - c->views.v));
}

void catidx_free(rg_catalog *c)
{
    struct rg_catidx *ix = c->idx;
    if (!ix) return;
    for (int b = 0; b < BY__COUNT; b++) {
        for (size_t i = 0; i < ix->by[b].cap; i++) {
            const char *k = ix->by[b].keys[i];
            poslist *l = ix->by[b].vals[i];
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
