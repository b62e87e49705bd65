/*
 * clone.c — a deep copy of a catalog, so a later stage can apply
 * statements to a schema without reading its input again (the plan's
 * self-check and the simulator start from a clone of OLD).
 *
 * What is copied: every container the interpreter changes in place —
 * object vectors, name lists, index elements, function arguments, the
 * hash maps (their values re-pointed at the copies) and the interpreter's
 * private function attributes. What is shared: strings and parse trees,
 * which nothing ever writes to (the interpreter replaces a name, it never
 * edits one); sharing also keeps identical names pointer-identical, as in
 * the source. So the source must outlive the clone, as the parser must
 * outlive both.
 */
#include "catalog/interp_int.h"

#include <string.h>

typedef struct cloner {
    rg_arena *a;
} cloner;

static void *dup_bytes(cloner *k, const void *p, size_t n)
{
    if (!p || !n) return (void *)p;
    void *q = rg_arena_alloc(k->a, n);
    memcpy(q, p, n);
    return q;
}

/* A name list such as a constraint's columns. */
static const char **dup_names(cloner *k, const char **v, size_t n)
{
    return dup_bytes(k, v, n * sizeof *v);
}

/* An RG_VEC's storage, copied; cap shrinks to n. */
#define DUP_VEC(k, vec)                                                        \
    do {                                                                       \
        (vec).v = dup_bytes((k), (vec).v, (vec).n * sizeof *(vec).v);          \
        (vec).cap = (vec).n;                                                   \
    } while (0)

/* The same for a vector the interpreter grows as objects are created (the
 * catalog's own object vectors): storage from rg_vec_reserve, which the
 * arena takes back when the first CREATE moves it. */
#define DUP_GROWING_VEC(k, vec)                                                \
    do {                                                                       \
        const void *from_ = (vec).v;                                           \
        size_t n_ = (vec).n;                                                   \
        (vec).v = NULL;                                                        \
        (vec).n = (vec).cap = 0;                                               \
        rg_vec_reserve_n((k)->a, &(vec), n_);                                  \
        if (n_) memcpy((vec).v, from_, n_ * sizeof *(vec).v);                  \
        (vec).n = n_;                                                          \
    } while (0)

/* A map whose values point into [old, old + bytes): copied, and the values
 * moved to the same offsets from `nw`. */
static void copy_map(rg_map *dst, const rg_map *src, const void *old, size_t bytes, void *nw)
{
    rg_map_copy(dst, src);
    for (size_t i = 0; i < dst->cap; i++) {
        const char *v = dst->e[i].val;
        if (v && v >= (const char *)old && v < (const char *)old + bytes)
            dst->e[i].val = (char *)nw + (v - (const char *)old);
    }
}

#define COPY_MAP(dst, src, oldvec, newvec)                                      \
    copy_map(&(dst), &(src), (oldvec).v, (oldvec).n * sizeof *(oldvec).v, (newvec).v)

static void clone_elems(cloner *k, rg_index_elem **elems, size_t n)
{
    *elems = dup_bytes(k, *elems, n * sizeof **elems);
}

static void clone_constraint(cloner *k, rg_constraint *con)
{
    con->columns = dup_names(k, con->columns, con->ncolumns);
    con->ref_columns = dup_names(k, con->ref_columns, con->nref_columns);
    con->on_delete_cols = dup_names(k, con->on_delete_cols, con->non_delete_cols);
    clone_elems(k, &con->elems, con->nelems);
    con->include = dup_names(k, con->include, con->ninclude);
}

static void clone_triggers(cloner *k, rg_trigger *v, size_t n)
{
    for (size_t i = 0; i < n; i++) v[i].update_columns = dup_names(k, v[i].update_columns, v[i].nupdate_columns);
}

static void clone_table(cloner *k, rg_table *t, const rg_table *src)
{
    DUP_VEC(k, t->columns);
    COPY_MAP(t->column_map, src->column_map, src->columns, t->columns);
    DUP_VEC(k, t->constraints);
    COPY_MAP(t->constraint_map, src->constraint_map, src->constraints, t->constraints);
    for (size_t i = 0; i < t->constraints.n; i++) clone_constraint(k, &t->constraints.v[i]);
    DUP_VEC(k, t->triggers);
    COPY_MAP(t->trigger_map, src->trigger_map, src->triggers, t->triggers);
    clone_triggers(k, t->triggers.v, t->triggers.n);
    DUP_VEC(k, t->policies);
    COPY_MAP(t->policy_map, src->policy_map, src->policies, t->policies);
    for (size_t i = 0; i < t->policies.n; i++)
        t->policies.v[i].roles = dup_names(k, t->policies.v[i].roles, t->policies.v[i].nroles);
    t->inherits = dup_names(k, t->inherits, t->ninherits);
}

static void clone_view(cloner *k, rg_view *v, const rg_view *src)
{
    v->columns = dup_names(k, v->columns, v->ncolumns);
    v->column_comments = dup_names(k, v->column_comments, v->ncolumns);
    DUP_VEC(k, v->triggers);
    COPY_MAP(v->trigger_map, src->trigger_map, src->triggers, v->triggers);
    clone_triggers(k, v->triggers.v, v->triggers.n);
}

/* relation_map values are rg_relref records pointing into one of four
 * vectors. */
static void clone_relations(cloner *k, rg_catalog *c, const rg_catalog *src)
{
    rg_map_copy(&c->relation_map, &src->relation_map);
    struct {
        const void *old;
        size_t bytes;
        void *nw;
    } span[] = {
        {src->tables.v, src->tables.n * sizeof *src->tables.v, c->tables.v},
        {src->views.v, src->views.n * sizeof *src->views.v, c->views.v},
        {src->sequences.v, src->sequences.n * sizeof *src->sequences.v, c->sequences.v},
        {src->indexes.v, src->indexes.n * sizeof *src->indexes.v, c->indexes.v},
    };
    for (size_t i = 0; i < c->relation_map.cap; i++) {
        const rg_relref *r = c->relation_map.e[i].val;
        if (!r) continue;
        rg_relref *nr = dup_bytes(k, r, sizeof *r);
        for (size_t s = 0; s < sizeof span / sizeof *span; s++) {
            const char *o = r->obj;
            if (o && o >= (const char *)span[s].old && o < (const char *)span[s].old + span[s].bytes)
                nr->obj = (char *)span[s].nw + (o - (const char *)span[s].old);
        }
        c->relation_map.e[i].val = nr;
    }
}

rg_catalog *rg_catalog_clone(const rg_catalog *src)
{
    rg_catalog *c = rg_xcalloc(1, sizeof *c);
    *c = *src;
    c->arena = rg_arena_new();
    c->idx = NULL; /* positions are the same, but the copy changes on its own */
    cloner k = {c->arena};

    DUP_GROWING_VEC(&k, c->schemas);
    DUP_GROWING_VEC(&k, c->extensions);
    DUP_GROWING_VEC(&k, c->types);
    for (size_t i = 0; i < c->types.n; i++) {
        rg_type *t = &c->types.v[i];
        DUP_VEC(&k, t->labels);
        DUP_VEC(&k, t->checks);
        DUP_VEC(&k, t->attrs);
    }
    DUP_GROWING_VEC(&k, c->sequences);
    DUP_GROWING_VEC(&k, c->functions);
    for (size_t i = 0; i < c->functions.n; i++) {
        rg_function *f = &c->functions.v[i];
        f->args = dup_bytes(&k, f->args, f->nargs * sizeof *f->args);
        f->attr_state = fattrs_clone(c->arena, f->attr_state);
    }
    DUP_GROWING_VEC(&k, c->tables);
    for (size_t i = 0; i < c->tables.n; i++) clone_table(&k, &c->tables.v[i], &src->tables.v[i]);
    DUP_GROWING_VEC(&k, c->indexes);
    for (size_t i = 0; i < c->indexes.n; i++) {
        rg_index *x = &c->indexes.v[i];
        clone_elems(&k, &x->elems, x->nelems);
        x->include = dup_names(&k, x->include, x->ninclude);
    }
    DUP_GROWING_VEC(&k, c->views);
    for (size_t i = 0; i < c->views.n; i++) clone_view(&k, &c->views.v[i], &src->views.v[i]);
    DUP_GROWING_VEC(&k, c->opaque);
    DUP_GROWING_VEC(&k, c->grants);
    DUP_GROWING_VEC(&k, c->statistics);
    for (size_t i = 0; i < c->statistics.n; i++) {
        rg_statistics *s = &c->statistics.v[i];
        s->columns = dup_names(&k, s->columns, s->ncolumns);
        s->exprs = dup_bytes(&k, s->exprs, s->nexprs * sizeof *s->exprs);
    }

    COPY_MAP(c->schema_map, src->schema_map, src->schemas, c->schemas);
    COPY_MAP(c->extension_map, src->extension_map, src->extensions, c->extensions);
    COPY_MAP(c->type_map, src->type_map, src->types, c->types);
    COPY_MAP(c->function_map, src->function_map, src->functions, c->functions);
    COPY_MAP(c->function_name_map, src->function_name_map, src->functions, c->functions);
    COPY_MAP(c->opaque_map, src->opaque_map, src->opaque, c->opaque);
    COPY_MAP(c->grant_map, src->grant_map, src->grants, c->grants);
    COPY_MAP(c->statistics_map, src->statistics_map, src->statistics, c->statistics);
    clone_relations(&k, c, src);
    /* Values are per-name counters (conname_add): each gets its own. */
    rg_map_copy(&c->constraint_names, &src->constraint_names);
    for (size_t i = 0; i < c->constraint_names.cap; i++)
        if (c->constraint_names.e[i].val)
            c->constraint_names.e[i].val = dup_bytes(&k, c->constraint_names.e[i].val, sizeof(size_t));
    c->search_path = dup_names(&k, c->search_path, c->nsearch_path);
    return c;
}
