/*
 * interp_part.c — what PostgreSQL 15 propagates from a parent table to its
 * partitions and inheritance children: indexes (cloned with names chosen
 * for the child, or an equivalent existing index adopted), PRIMARY KEY /
 * UNIQUE / EXCLUDE constraints, foreign keys (same name), CHECK
 * constraints. A hand-written `CREATE TABLE p PARTITION OF t` and pg_dump's
 * spelled-out form of the same schema must give the same catalog.
 */
#include "catalog/interp_int.h"

#include <assert.h>
#include <stdlib.h>

static rg_origin origin_of(ictx *x)
{
    rg_origin o = {x->st->src, x->st->offset};
    return o;
}

static bool is_child_of(const rg_table *o, const rg_table *t, bool partitions_only)
{
    if (o->dropped || o == t) return false;
    if (o->parent_table && !strcmp(o->parent_schema, t->schema) && !strcmp(o->parent_table, t->name)) return true;
    if (partitions_only) return false;
    size_t sl = strlen(t->schema);
    for (size_t i = 0; i < o->ninherits; i++) {
        const char *k = o->inherits[i];
        if (!strncmp(k, t->schema, sl) && k[sl] == '.' && !strcmp(k + sl + 1, t->name)) return true;
    }
    return false;
}

rg_table **table_children(rg_catalog *c, const rg_table *t, bool partitions_only, size_t *n)
{
    *n = 0;
    if (c->nchild_tables == 0) return NULL;
    rg_table **v = NULL;
    size_t cap = 0;
    catidx_list l = catidx_children(c, t->schema, t->name);
    for (size_t i = 0; i < l.n; i++) {
        rg_table *o = &c->tables.v[l.v[i]];
        if (!is_child_of(o, t, partitions_only)) continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 4;
            v = rg_xrealloc(v, cap * sizeof *v);
        }
        v[(*n)++] = o;
    }
    free(l.v);
#ifndef NDEBUG
    size_t all = 0;
    for (size_t i = 0; i < c->tables.n; i++) all += is_child_of(&c->tables.v[i], t, partitions_only);
    assert(all == *n);
#endif
    return v;
}

/* ---- indexes -------------------------------------------------------------- */

static bool expr_eq(const rg_expr *a, const rg_expr *b)
{
    if (!a->key || !b->key) return !a->key && !b->key;
    return !strcmp(a->key, b->key);
}

static bool str_eq(const char *a, const char *b)
{
    return a == b || (a && b && !strcmp(a, b));
}

static bool elems_eq(const rg_index_elem *a, size_t na, const rg_index_elem *b, size_t nb)
{
    if (na != nb) return false;
    for (size_t i = 0; i < na; i++) {
        if (!str_eq(a[i].column, b[i].column) || !expr_eq(&a[i].expr, &b[i].expr)) return false;
        if (!str_eq(a[i].collation, b[i].collation) || !str_eq(a[i].opclass, b[i].opclass)) return false;
        if (a[i].desc != b[i].desc || a[i].nulls_first != b[i].nulls_first) return false;
    }
    return true;
}

static bool names_eq(const char *const *a, size_t na, const char *const *b, size_t nb)
{
    if (na != nb) return false;
    for (size_t i = 0; i < na; i++)
        if (strcmp(a[i], b[i])) return false;
    return true;
}

/* Element names as ChooseIndexColumnNames gives them (duplicates numbered). */
static const char *index_name_addition(rg_arena *a, const rg_index_elem *e, size_t n, const char *const *incl,
                                       size_t ninc)
{
    const char **names = rg_arena_alloc(a, (n + ninc + 1) * sizeof *names);
    rg_map seen = {0};
    for (size_t i = 0; i < n + ninc; i++) {
        const char *orig = "expr";
        if (i >= n) orig = incl[i - n];
        else if (e[i].column) orig = e[i].column;
        else if (e[i].expr.node) {
            const char *f = NULL;
            if (rg_pg_figure_colname(e[i].expr.node, &f) > 0 && f) orig = f;
        }
        const char *cur = orig;
        for (int k = 1; rg_map_get(&seen, cur); k++) cur = rg_arena_printf(a, "%s%d", orig, k);
        names[i] = cur;
        rg_map_put(&seen, cur, (void *)cur);
    }
    rg_map_free(&seen);
    return name_addition(a, names, n + ninc);
}

/* Whether the index of key k (btree on its columns, default options) is
 * what unique index p describes. */
static bool key_matches_index(const rg_constraint *k, const rg_index *p)
{
    if ((k->kind != RG_CON_PRIMARY && k->kind != RG_CON_UNIQUE) || !p->unique || (p->method && strcmp(p->method, "btree")) ||
        p->where.key || p->nelems != k->ncolumns || p->nulls_not_distinct != k->nulls_not_distinct ||
        !names_eq(p->include, p->ninclude, k->include, k->ninclude))
        return false;
    for (size_t i = 0; i < p->nelems; i++) {
        const rg_index_elem *e = &p->elems[i];
        if (!e->column || strcmp(e->column, k->columns[i]) || e->opclass || e->collation || e->desc || e->nulls_first)
            return false;
    }
    return true;
}

/* Clones index `pi` (an index into c->indexes) onto `child`, or adopts an
 * equivalent unattached index of the child, or the index of an equal
 * PRIMARY KEY / UNIQUE of the child (as DefineIndex does when the parent's
 * index backs no constraint). Returns the child index's position,
 * (size_t)-2 when a key was adopted, or (size_t)-1. */
static size_t clone_index_as(ictx *x, size_t pi, rg_table *child, bool attach)
{
    rg_catalog *c = x->c;
    rg_index p = c->indexes.v[pi]; /* by value: the push below moves the vector */
    const char *pkey = attach ? ckey(c, p.schema, p.name) : NULL;
    catidx_list on = attach ? catidx_indexes_on(c, child->schema, child->name) : (catidx_list){NULL, 0};
    for (size_t n = 0; n < on.n; n++) {
        size_t i = on.v[n];
        rg_index *o = &c->indexes.v[i];
        if (o->dropped || o->attached_to || strcmp(o->table_schema, child->schema) || strcmp(o->table_name, child->name))
            continue;
        if (o->unique != p.unique || strcmp(o->method, p.method) || !expr_eq(&o->where, &p.where) ||
            !elems_eq(o->elems, o->nelems, p.elems, p.nelems) || !names_eq(o->include, o->ninclude, p.include, p.ninclude))
            continue;
        o->attached_to = pkey;
        catidx_note_index(c, o);
        free(on.v);
        return i;
    }
    free(on.v);
    /* (a key whose index is attached to the parent's key already is not
     * free: PostgreSQL skips indexes that have a parent) */
    const rg_table *ptab = child->parent_table ? table_get(c, child->parent_schema, child->parent_table) : NULL;
    for (size_t i = 0; attach && i < child->constraints.n; i++) {
        rg_constraint *k = &child->constraints.v[i];
        if (k->dropped || k->index_attached_to || !key_matches_index(k, &p)) continue;
        bool taken = false;
        for (size_t j = 0; ptab && j < ptab->constraints.n && !taken; j++) {
            const rg_constraint *pk = &ptab->constraints.v[j];
            taken = !pk->dropped && pk->kind == k->kind && names_eq(pk->columns, pk->ncolumns, k->columns, k->ncolumns);
        }
        if (taken) continue;
        k->index_attached_to = pkey;
        catidx_note_table(c, child);
        return (size_t)-2;
    }
    const char *name = choose_relation_name(c, child->schema, child->name,
                                            index_name_addition(c->arena, p.elems, p.nelems, p.include, p.ninclude),
                                            "idx", false);
    rg_index *ix = PUSH(c->arena, &c->indexes, &c->relation_map, NULL, true);
    *ix = p;
    ix->schema = ix->table_schema = child->schema;
    ix->table_name = child->name;
    ix->name = name;
    ix->only = false;
    ix->attached_to = pkey;
    ix->comment = NULL;
    ix->origin = origin_of(x);
    rel_register(c, child->schema, name, RG_REL_INDEX, ix, NULL);
    return c->indexes.n - 1;
}

static size_t clone_index(ictx *x, size_t pi, rg_table *child)
{
    return clone_index_as(x, pi, child, true);
}

void index_only_update(ictx *x, rg_index *ix)
{
    rg_catalog *c = x->c;
    rg_table *t = table_get(c, ix->table_schema, ix->table_name);
    if (!t || t->kind != RG_TABLE_PARTITIONED) {
        ix->only = false;
        return;
    }
    if (!ix->only) return;
    size_t n;
    rg_table **kids = table_children(c, t, true, &n);
    const char *key = ckey(c, ix->schema, ix->name);
    /* one pass: the tables that have an index attached to this one */
    rg_map have = {0};
    catidx_list l = n ? catidx_indexes_attached_to(c, key) : (catidx_list){NULL, 0};
    for (size_t i = 0; i < l.n; i++) {
        rg_index *o = &c->indexes.v[l.v[i]];
        if (!o->dropped && o->attached_to && !strcmp(o->attached_to, key))
            rg_map_put(&have, ckey(c, o->table_schema, o->table_name), o);
    }
    free(l.v);
    for (size_t k = 0; k < n; k++)
        for (size_t j = 0; j < kids[k]->constraints.n; j++) {
            const rg_constraint *o = &kids[k]->constraints.v[j];
            if (!o->dropped && o->index_attached_to && !strcmp(o->index_attached_to, key))
                rg_map_put(&have, ckey(c, kids[k]->schema, kids[k]->name), (void *)o);
        }
    bool all = true;
    char buf[300];
    for (size_t k = 0; k < n && all; k++)
        all = rg_map_get(&have, tkey(buf, sizeof buf, c, kids[k]->schema, kids[k]->name)) != NULL;
    rg_map_free(&have);
    free(kids);
    if (all) ix->only = false;
}

void index_recurse(ictx *x, size_t pi)
{
    rg_catalog *c = x->c;
    rg_index *p = &c->indexes.v[pi];
    rg_table *t = table_get(c, p->table_schema, p->table_name);
    if (!t || t->kind != RG_TABLE_PARTITIONED) return;
    size_t n;
    rg_table **kids = table_children(c, t, true, &n);
    for (size_t k = 0; k < n; k++) {
        size_t ci = clone_index(x, pi, kids[k]);
        if (ci < (size_t)-2) index_recurse(x, ci);
    }
    free(kids);
}

/* ---- constraints ----------------------------------------------------------- */

static bool fk_equivalent(const rg_constraint *a, const rg_constraint *b)
{
    return names_eq(a->columns, a->ncolumns, b->columns, b->ncolumns) && str_eq(a->ref_schema, b->ref_schema) &&
           str_eq(a->ref_table, b->ref_table) && names_eq(a->ref_columns, a->nref_columns, b->ref_columns, b->nref_columns);
}

/* Gives `child` its copy of the parent's constraint `pk`. */
static void clone_constraint(ictx *x, const rg_constraint *pk, rg_table *child)
{
    rg_catalog *c = x->c;
    rg_arena *a = c->arena;
    if (pk->dropped) return;
    rg_constraint k = *pk; /* by value: pk may live in a vector we push to */
    if (k.kind == RG_CON_CHECK) {
        rg_constraint *mine = rg_table_constraint(child, k.name);
        if (mine) {
            mine->inherited = true; /* merged with the child's own */
            return;
        }
        rg_constraint *n = con_push(c, child, k.name, RG_CON_CHECK, x);
        n->check = k.check;
        n->not_valid = k.not_valid;
        n->is_local = false;
        n->inherited = true;
        return;
    }
    if (k.kind == RG_CON_FOREIGN) {
        for (size_t i = 0; i < child->constraints.n; i++) {
            rg_constraint *o = &child->constraints.v[i];
            if (!o->dropped && o->kind == RG_CON_FOREIGN && fk_equivalent(o, &k)) {
                o->inherited = true; /* adopted, as ATTACH PARTITION does */
                return;
            }
        }
        if (rg_table_constraint(child, k.name)) return;
        rg_constraint *n = con_push(c, child, k.name, RG_CON_FOREIGN, x);
        const char *name = n->name;
        rg_origin o = n->origin;
        *n = k;
        n->name = name;
        n->origin = o;
        n->is_local = true;
        n->inherited = true;
        n->comment = NULL;
        catidx_note_table(c, child); /* listed under the table its clone references */
        return;
    }
    /* PRIMARY KEY / UNIQUE / EXCLUDE: an equivalent one of the child's is
     * adopted; else a new one named for the child. */
    for (size_t i = 0; i < child->constraints.n; i++) {
        rg_constraint *o = &child->constraints.v[i];
        if (!o->dropped && o->kind == k.kind && names_eq(o->columns, o->ncolumns, k.columns, k.ncolumns)) {
            o->inherited = true;
            return;
        }
    }
    const char *name;
    if (k.kind == RG_CON_PRIMARY) {
        name = choose_relation_name(c, child->schema, child->name, NULL, "pkey", true);
    } else if (k.kind == RG_CON_UNIQUE) {
        const char **all = rg_arena_alloc(a, (k.ncolumns + k.ninclude + 1) * sizeof *all);
        if (k.ncolumns) memcpy(all, k.columns, k.ncolumns * sizeof *all);
        if (k.ninclude) memcpy(all + k.ncolumns, k.include, k.ninclude * sizeof *all);
        name = choose_relation_name(c, child->schema, child->name, name_addition(a, all, k.ncolumns + k.ninclude),
                                    "key", true);
    } else {
        name = choose_relation_name(c, child->schema, child->name,
                                    index_name_addition(a, k.elems, k.nelems, k.include, k.ninclude), "excl", true);
    }
    rg_constraint *n = con_push(c, child, name, k.kind, x);
    rg_origin o = n->origin;
    *n = k;
    n->name = name;
    n->origin = o;
    n->is_local = true;
    n->inherited = true;
    n->comment = NULL;
    rel_register(c, child->schema, name, RG_REL_INDEX, NULL, ckey(c, child->schema, child->name));
}

static void constraint_to_children(ictx *x, rg_table *parent, const rg_constraint *k)
{
    rg_catalog *c = x->c;
    bool parts_only = k->kind != RG_CON_CHECK;
    if (k->kind == RG_CON_CHECK && k->no_inherit) return;
    size_t n;
    rg_table **kids = table_children(c, parent, parts_only, &n);
    for (size_t i = 0; i < n; i++) {
        clone_constraint(x, k, kids[i]);
        rg_constraint *mine = rg_table_constraint(kids[i], k->name);
        if (k->kind == RG_CON_CHECK || k->kind == RG_CON_FOREIGN) {
            if (mine) constraint_to_children(x, kids[i], mine);
        } else {
            /* the child's constraint was named for the child: recurse on
             * the newest constraint of the same kind */
            for (size_t j = kids[i]->constraints.n; j-- > 0;) {
                rg_constraint *o = &kids[i]->constraints.v[j];
                if (!o->dropped && o->kind == k->kind) {
                    constraint_to_children(x, kids[i], o);
                    break;
                }
            }
        }
    }
    free(kids);
}

void constraints_recurse_from(ictx *x, rg_table *parent, size_t first)
{
    for (size_t i = first; i < parent->constraints.n; i++)
        if (!parent->constraints.v[i].dropped) constraint_to_children(x, parent, &parent->constraints.v[i]);
}

void partition_clone_parent(ictx *x, rg_table *parent, rg_table *child)
{
    rg_catalog *c = x->c;
    /* constraint indexes first, then plain indexes, then foreign keys: the
     * order DefineRelation clones them in, which decides name collisions */
    for (size_t i = 0; i < parent->constraints.n; i++) {
        const rg_constraint *k = &parent->constraints.v[i];
        if (!k->dropped && (k->kind == RG_CON_PRIMARY || k->kind == RG_CON_UNIQUE || k->kind == RG_CON_EXCLUSION))
            clone_constraint(x, k, child);
    }
    for (size_t i = 0, n = c->indexes.n; i < n; i++) {
        rg_index *ix = &c->indexes.v[i];
        if (ix->dropped || strcmp(ix->table_schema, parent->schema) || strcmp(ix->table_name, parent->name)) continue;
        size_t ci = clone_index(x, i, child);
        if (ci < (size_t)-2) index_recurse(x, ci);
    }
    for (size_t i = 0; i < parent->constraints.n; i++) {
        const rg_constraint *k = &parent->constraints.v[i];
        if (!k->dropped && k->kind == RG_CON_FOREIGN) clone_constraint(x, k, child);
    }
    /* an ON ONLY index of the parent may now be complete */
    for (size_t i = 0; i < c->indexes.n; i++) {
        rg_index *ix = &c->indexes.v[i];
        if (!ix->dropped && ix->only && !strcmp(ix->table_schema, parent->schema) && !strcmp(ix->table_name, parent->name))
            index_only_update(x, ix);
    }
}

/* CREATE TABLE ... (LIKE src INCLUDING CONSTRAINTS / INDEXES): CHECKs keep
 * their names; indexes and index constraints get names chosen for the new
 * table (expandTableLikeClause, generateClonedIndexStmt). */
void like_copy(ictx *x, size_t src_index, rg_table *dst, bool constraints, bool indexes)
{
    rg_catalog *c = x->c;
    rg_table *src = &c->tables.v[src_index];
    for (size_t i = 0; constraints && i < src->constraints.n; i++) {
        const rg_constraint *k = &src->constraints.v[i];
        if (k->dropped || k->kind != RG_CON_CHECK || rg_table_constraint(dst, k->name)) continue;
        rg_constraint copy = *k;
        rg_constraint *n = con_push(c, dst, copy.name, RG_CON_CHECK, x);
        n->check = copy.check;
        n->no_inherit = copy.no_inherit;
    }
    if (!indexes) return;
    for (size_t i = 0; i < src->constraints.n; i++) {
        const rg_constraint *k = &src->constraints.v[i];
        if (!k->dropped && (k->kind == RG_CON_PRIMARY || k->kind == RG_CON_UNIQUE || k->kind == RG_CON_EXCLUSION))
            clone_constraint(x, k, dst);
    }
    for (size_t i = 0, n = c->indexes.n; i < n; i++) {
        rg_index *ix = &c->indexes.v[i];
        if (!ix->dropped && !strcmp(ix->table_schema, src->schema) && !strcmp(ix->table_name, src->name))
            clone_index_as(x, i, dst, false);
    }
}
