/*
 * plan_parts.c — partitioned tables. PostgreSQL builds nothing
 * concurrently on a partitioned table itself (CREATE INDEX CONCURRENTLY is
 * refused there), so an index or key of one is assembled from its
 * partitions, the way pg_dump restores them: each partition's index built
 * CONCURRENTLY, the parent's index created ON ONLY the parent (invalid, no
 * build), then ALTER INDEX ... ATTACH PARTITION for every partition, which
 * makes the parent's index valid once all are attached. A key on the
 * parent is ALTER TABLE ONLY ... ADD CONSTRAINT over partitions that have
 * theirs already (USING INDEX of a concurrent build).
 *
 * New partitions are created standalone and attached (SHARE UPDATE
 * EXCLUSIVE on the parent since PostgreSQL 12, where CREATE TABLE ...
 * PARTITION OF takes ACCESS EXCLUSIVE); a dropped partition is detached
 * first (CONCURRENTLY since 14, when the parent has no default partition),
 * so dropping it does not lock the parent.
 *
 * An index attached to a parent cannot be detached again: the down of an
 * assembled index drops the parent's index (its partitions' indexes go
 * with it) and builds again those that existed before.
 */
#include "plan/plan_int.h"

#include <string.h>

#include "catalog/ddl_api.h"

static const char *alter(planner *P, const rg_table *t)
{
    return rg_arena_printf(P->a, "ALTER TABLE %s", pl_qn(P, t->schema, t->name));
}

static const char *obj_of_index(planner *P, const rg_index *x)
{
    return pl_key(P, x->schema, x->name, NULL);
}

static rg_table *table_of(rg_catalog *c, const rg_index *x)
{
    return rg_catalog_table(c, x->table_schema, x->table_name);
}

static bool partitioned(const rg_table *t)
{
    return t && t->kind == RG_TABLE_PARTITIONED;
}

static bool table_dropped(planner *P, const char *schema, const char *name)
{
    return rg_map_get(&P->dropped_tables, pl_key(P, schema, name, NULL)) != NULL;
}

static bool str_eq(const char *a, const char *b)
{
    return a == b || (a && b && !strcmp(a, b));
}

static bool names_eq(const char *const *a, size_t na, const char *const *b, size_t nb)
{
    if (na != nb) return false;
    for (size_t i = 0; i < na; i++)
        if (strcmp(a[i], b[i])) return false;
    return true;
}

/* The same index definition on both sides (a changed one is rebuilt). */
static bool same_index(const rg_index *a, const rg_index *b)
{
    if (a->unique != b->unique || !str_eq(a->method, b->method) || a->nelems != b->nelems ||
        !str_eq(a->where.key, b->where.key) || !names_eq(a->include, a->ninclude, b->include, b->ninclude) ||
        strcmp(a->table_schema, b->table_schema) || strcmp(a->table_name, b->table_name))
        return false;
    for (size_t i = 0; i < a->nelems; i++) {
        const rg_index_elem *x = &a->elems[i], *y = &b->elems[i];
        if (!str_eq(x->column, y->column) || !str_eq(x->expr.key, y->expr.key) || !str_eq(x->opclass, y->opclass) ||
            !str_eq(x->collation, y->collation) || x->desc != y->desc || x->nulls_first != y->nulls_first)
            return false;
    }
    return true;
}

/* The partitions' indexes attached to x in catalog c. */
static const pl_ptrs *kids_of(planner *P, bool new_side, const rg_index *x)
{
    return pl_index_kids(P, new_side, x->schema, x->name);
}

/* ---- the files ---------------------------------------------------------------- */

/* Expand, after the concurrent builds: the parents' indexes and their
 * attachments, one transaction. */
static rg_plan_file *attach_file(planner *P)
{
    return pl_main(P, ST_EXPAND, PH_ATTACH, "after_index_builds");
}

/* Validate, after the partitions' keys: the parents' keys. */
static rg_plan_file *keys_file(planner *P)
{
    return pl_main(P, ST_VALIDATE, PH_KEYS, "partitioned_keys");
}

/* ---- indexes of partitioned tables ---------------------------------------------- */

static const char *key_body(planner *P, const rg_constraint *k);
static const rg_constraint *kid_key(const rg_table *ct, const rg_constraint *k);

/* The old index of the same name, when it is the same index on the same
 * table (kept: nothing to build). */
static const rg_index *kept_old(planner *P, const rg_index *ci)
{
    const rg_index *o = rg_catalog_index(P->oldc, ci->schema, ci->name);
    return o && same_index(o, ci) ? o : NULL;
}

/* SQL re-creating, in a down, the old partition indexes that x's tree
 * takes along when it is dropped (plain builds: a down is a transaction). */
static void rebuild_kept(planner *P, const rg_index *x, rg_buf *down)
{
    const pl_ptrs *kids = kids_of(P, true, x);
    for (size_t i = 0; i < kids->n; i++) {
        const rg_index *ci = kids->v[i];
        const rg_index *o = kept_old(P, ci);
        if (partitioned(table_of(P->newc, ci))) {
            if (o && !o->attached_to) {
                /* an old partitioned index of its own: the whole subtree */
                rg_buf_printf(down, ";\n%s", pl_index_text(P, P->oldc, o, false));
                const pl_ptrs *ok = kids_of(P, false, o);
                for (size_t j = 0; j < ok->n; j++) {
                    const rg_index *g = ok->v[j];
                    rg_buf_printf(down, ";\n%s;\nALTER INDEX %s ATTACH PARTITION %s", pl_index_text(P, P->oldc, g, false),
                                  pl_qn(P, o->schema, o->name), pl_qn(P, g->schema, g->name));
                }
            } else {
                rebuild_kept(P, ci, down);
            }
            continue;
        }
        if (o && !o->attached_to) rg_buf_printf(down, ";\n%s", pl_index_text(P, P->oldc, o, false));
    }
}

/* A partition the plan drops has no index or key for a new parent's: the
 * parent's stays invalid until that partition is detached (contract), and
 * PostgreSQL checks it again only on an ATTACH: the first partition's is
 * attached once more (a no-op besides that check). */
static void revalidate_after_detach(planner *P, const char *table_schema, const char *table, const char *index_schema,
                                    const char *index, const char *kid_schema, const char *kid, const char *object)
{
    const pl_ptrs *olds = pl_partitions_of(P, false, table_schema, table);
    bool gone = false;
    for (size_t i = 0; i < olds->n && !gone; i++) {
        const rg_table *ot = olds->v[i];
        gone = table_dropped(P, ot->schema, ot->name);
    }
    if (!gone || !kid) return;
    rg_plan_step *s = pl_step(P, pl_main(P, ST_CONTRACT, PH_DROP, "drop"), "alter_index_attach_partition", object,
                              rg_arena_printf(P->a, "ALTER INDEX %s ATTACH PARTITION %s", pl_qn(P, index_schema, index),
                                              pl_qn(P, kid_schema, kid)),
                              NULL);
    pl_step_prio(s, PRIO_FIRST + 2);
    pl_existing(P, s, table_schema, table);
    pl_note(P, s, "attached again after the dropped partition is gone: PostgreSQL marks %s valid only on an ATTACH", index);
}

/* Index x of a partitioned table that exists in the old schema, and the
 * indexes of its partitions: built and attached. Returns the step that
 * creates x (its down drops the tree). */
static rg_plan_step *assemble_index(planner *P, const rg_index *x, const char *object, bool top)
{
    rg_plan_file *af = attach_file(P);
    const char *xq = pl_qn(P, x->schema, x->name);
    rg_buf down = {0};
    rg_buf_printf(&down, "DROP INDEX IF EXISTS %s", xq);
    if (top) rebuild_kept(P, x, &down);
    rg_plan_step *s = pl_step(P, af, "create_index_on_only", object, pl_index_text(P, P->newc, x, false),
                              pl_take(P, &down));
    pl_existing(P, s, x->table_schema, x->table_name);
    pl_note(P, s, "ON ONLY the partitioned table: no build; valid once every partition's index is attached");
    const pl_ptrs *kids = kids_of(P, true, x);
    for (size_t i = 0; i < kids->n; i++) {
        const rg_index *ci = kids->v[i];
        const char *cobj = obj_of_index(P, ci);
        const rg_table *ct = table_of(P->newc, ci);
        pl_skip(P, "alter_index", cobj);
        if (partitioned(ct) && !pl_table_is_new(P, ct->schema, ct->name)) {
            pl_skip(P, "add_index", cobj);
            assemble_index(P, ci, cobj, false);
        } else if (ct && !pl_table_is_new(P, ct->schema, ct->name) && !kept_old(P, ci)) {
            /* A partition's own index: built without blocking writes. */
            pl_skip(P, "add_index", cobj);
            rg_plan_file *f = pl_own(P, ST_EXPAND, PH_INDEX, ci->name, true);
            rg_plan_step *b = pl_step(P, f, "create_index_concurrently", cobj, pl_index_text(P, P->newc, ci, true),
                                      rg_arena_printf(P->a, "DROP INDEX CONCURRENTLY IF EXISTS %s",
                                                      pl_qn(P, ci->schema, ci->name)));
            pl_note(P, b, "index of partition %s, attached to %s below", ct->name, x->name);
        }
        /* (a partition the plan creates gets its index with the table) */
        rg_plan_step *a = pl_step(P, af, "alter_index_attach_partition", cobj,
                                  rg_arena_printf(P->a, "ALTER INDEX %s ATTACH PARTITION %s", xq,
                                                  pl_qn(P, ci->schema, ci->name)),
                                  NULL);
        pl_existing(P, a, ci->table_schema, ci->table_name);
        pl_note(P, a, "cannot be detached: the down of %s drops it with the parent's index", x->name);
    }
    /* Partitions' keys whose index stands for this one's (PostgreSQL
     * adopts a key's index for a parent's plain unique index). */
    const char *xkey = rg_arena_printf(P->a, "%s.%s", x->schema, x->name);
    const pl_ptrs *parts = pl_partitions_of(P, true, x->table_schema, x->table_name);
    const char *kid = kids->n ? ((const rg_index *)kids->v[0])->name : NULL;
    const char *kid_schema = kids->n ? ((const rg_index *)kids->v[0])->schema : NULL;
    for (size_t i = 0; i < parts->n; i++) {
        const rg_table *ct = parts->v[i];
        for (size_t j = 0; j < ct->constraints.n; j++) {
            const rg_constraint *k = &ct->constraints.v[j];
            if (k->dropped || !k->index_attached_to || strcmp(k->index_attached_to, xkey)) continue;
            const char *cobj = pl_key(P, ct->schema, ct->name, k->name);
            pl_skip(P, "alter_constraint", cobj);
            /* A key the plan adds (validate) is attached after it. The
             * attachment cannot be undone: PostgreSQL drops the parent's
             * index only with CASCADE, which takes the key along (an old
             * one is added back). */
            const rg_table *oct = rg_catalog_table(P->oldc, ct->schema, ct->name);
            const rg_constraint *ok = oct ? rg_table_constraint(oct, k->name) : NULL;
            bool kept = ok && ok->kind == k->kind && !pl_table_is_new(P, ct->schema, ct->name);
            const char *down = rg_arena_printf(P->a, "DROP INDEX %s CASCADE", xq);
            if (kept)
                down = rg_arena_printf(P->a, "%s;\n%s ADD CONSTRAINT %s %s", down, alter(P, ct), pl_q(P, ok->name), key_body(P, ok));
            rg_plan_step *a = pl_step(P, kept || pl_table_is_new(P, ct->schema, ct->name) ? af : keys_file(P),
                                      "alter_index_attach_partition", cobj,
                                      rg_arena_printf(P->a, "ALTER INDEX %s ATTACH PARTITION %s", xq, pl_qn(P, ct->schema, k->name)),
                                      down);
            pl_existing(P, a, ct->schema, ct->name);
            pl_note(P, a, "the key's index of partition %s stands for %s there; its down drops %s with CASCADE", ct->name,
                    x->name, x->name);
            if (!kid) kid = k->name, kid_schema = ct->schema;
        }
    }
    if (kid) revalidate_after_detach(P, x->table_schema, x->table_name, x->schema, x->name, kid_schema, kid, object);
    return s;
}

void pl_attach_key_index(planner *P, const rg_table *t, const rg_constraint *k, const char *object)
{
    const char *dot = strchr(k->index_attached_to, '.');
    if (!dot) return;
    const char *schema = rg_arena_strndup(P->a, k->index_attached_to, (size_t)(dot - k->index_attached_to));
    rg_plan_step *a = pl_step(P, keys_file(P), "alter_index_attach_partition", object,
                              rg_arena_printf(P->a, "ALTER INDEX %s ATTACH PARTITION %s", pl_qn(P, schema, dot + 1),
                                              pl_qn(P, t->schema, k->name)),
                              NULL);
    pl_existing(P, a, t->schema, t->name);
    pl_note(P, a, "cannot be detached again: the down leaves it attached");
}

/* Index x of a partitioned table that the old schema has with the same
 * definition, left incomplete (ON ONLY, some partition's index missing):
 * the missing ones built and attached, which makes it valid. */
static void complete_tree(planner *P, const rg_index *x, const rg_index *ox, const char *object)
{
    rg_plan_file *af = attach_file(P);
    const char *xq = pl_qn(P, x->schema, x->name);
    const char *okey = rg_arena_printf(P->a, "%s.%s", ox->schema, ox->name);
    const pl_ptrs *kids = kids_of(P, true, x);
    /* An attachment cannot be undone: the down (on the first one, which
     * runs last) drops x and makes it again as it was, incomplete, with
     * the partition indexes it had and those that stood alone. */
    rg_buf restore = {0};
    rg_buf_printf(&restore, "DROP INDEX %s;\n%s", xq, pl_index_text(P, P->oldc, ox, false));
    const pl_ptrs *okids = kids_of(P, false, ox);
    for (size_t i = 0; i < okids->n; i++) {
        const rg_index *oc = okids->v[i];
        rg_buf_printf(&restore, ";\n%s;\nALTER INDEX %s ATTACH PARTITION %s", pl_index_text(P, P->oldc, oc, false), xq,
                      pl_qn(P, oc->schema, oc->name));
    }
    for (size_t i = 0; i < kids->n; i++) {
        const rg_index *oc = rg_catalog_index(P->oldc, ((const rg_index *)kids->v[i])->schema, ((const rg_index *)kids->v[i])->name);
        if (oc && !oc->attached_to) rg_buf_printf(&restore, ";\n%s", pl_index_text(P, P->oldc, oc, false));
    }
    const char *down = pl_take(P, &restore);
    for (size_t i = 0; i < kids->n; i++) {
        const rg_index *ci = kids->v[i];
        const char *cobj = obj_of_index(P, ci);
        const rg_table *ct = table_of(P->newc, ci);
        const rg_index *oc = rg_catalog_index(P->oldc, ci->schema, ci->name);
        if (oc && oc->attached_to && !strcmp(oc->attached_to, okey)) continue; /* attached already */
        pl_skip(P, "add_index", cobj);
        pl_skip(P, "alter_index", cobj);
        if (!(oc && same_index(oc, ci)) && ct && !pl_table_is_new(P, ct->schema, ct->name)) {
            rg_plan_step *b = pl_step(P, pl_own(P, ST_EXPAND, PH_INDEX, ci->name, true), "create_index_concurrently", cobj,
                                      pl_index_text(P, P->newc, ci, true),
                                      rg_arena_printf(P->a, "DROP INDEX CONCURRENTLY IF EXISTS %s", pl_qn(P, ci->schema, ci->name)));
            pl_note(P, b, "the missing index of partition %s", ct->name);
        }
        rg_plan_step *a = pl_step(P, af, "alter_index_attach_partition", cobj,
                                  rg_arena_printf(P->a, "ALTER INDEX %s ATTACH PARTITION %s", xq, pl_qn(P, ci->schema, ci->name)),
                                  down);
        down = NULL;
        pl_existing(P, a, ci->table_schema, ci->table_name);
        pl_note(P, a, "completes %s, which becomes valid", x->name);
    }
    (void)object;
}

/* Index x of a partitioned table replaces an old one of the same name (a
 * changed definition): built as above under temporary names beside the
 * old one, which the contract drops (with its partitions' indexes); then
 * the new ones take the names. */
static void replace_tree(planner *P, const rg_index *x, const char *object)
{
    rg_plan_file *af = attach_file(P);
    rg_plan_file *cf = pl_main(P, ST_CONTRACT, PH_DROP, "drop");
    rg_index nx = *x;
    nx.name = pl_name(P, "", x->name, "rg_new");
    const char *xq = pl_qn(P, x->schema, nx.name);
    rg_plan_step *s = pl_step(P, af, "create_index_on_only", object, pl_index_text(P, P->newc, &nx, false),
                              rg_arena_printf(P->a, "DROP INDEX IF EXISTS %s", xq));
    pl_existing(P, s, x->table_schema, x->table_name);
    pl_note(P, s, "the changed index under a temporary name, beside the old one until the contract");
    s = pl_step(P, cf, "alter_index_rename", object,
                rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", xq, pl_q(P, x->name)),
                rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, x->schema, x->name), pl_q(P, nx.name)));
    pl_step_prio(s, PRIO_LATE);
    const pl_ptrs *kids = kids_of(P, true, x);
    for (size_t i = 0; i < kids->n; i++) {
        const rg_index *ci = kids->v[i];
        const char *cobj = obj_of_index(P, ci);
        const rg_table *ct = table_of(P->newc, ci);
        pl_skip(P, "add_index", cobj);
        pl_skip(P, "alter_index", cobj);
        pl_skip(P, "drop_index", cobj);
        rg_index nc = *ci;
        nc.name = pl_name(P, "", ci->name, "rg_new");
        const char *cq = pl_qn(P, ci->schema, nc.name);
        bool fresh = ct && pl_table_is_new(P, ct->schema, ct->name);
        rg_plan_step *b = pl_step(P, fresh ? pl_main(P, ST_EXPAND, PH_MAIN, "schema") : pl_own(P, ST_EXPAND, PH_INDEX, nc.name, true),
                                  fresh ? "create_index" : "create_index_concurrently", cobj,
                                  pl_index_text(P, P->newc, &nc, !fresh),
                                  rg_arena_printf(P->a, "DROP INDEX %sIF EXISTS %s", fresh ? "" : "CONCURRENTLY ", cq));
        pl_note(P, b, "index of partition %s under a temporary name", ct ? ct->name : ci->table_name);
        rg_plan_step *a = pl_step(P, af, "alter_index_attach_partition", cobj,
                                  rg_arena_printf(P->a, "ALTER INDEX %s ATTACH PARTITION %s", xq, cq), NULL);
        pl_existing(P, a, ci->table_schema, ci->table_name);
        rg_plan_step *r = pl_step(P, cf, "alter_index_rename", cobj,
                                  rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", cq, pl_q(P, ci->name)),
                                  rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, ci->schema, ci->name),
                                                  pl_q(P, nc.name)));
        pl_step_prio(r, PRIO_LATE);
    }
}

/* SQL creating, in a down, old index x of a partitioned table with its
 * partitions' indexes: each old partition index first under its own name,
 * then x without ONLY, which adopts them and builds one for any partition
 * the plan added (as PostgreSQL names it; a transaction cannot build
 * CONCURRENTLY). */
static void old_tree_sql(planner *P, const rg_index *x, rg_buf *out)
{
    const pl_ptrs *kids = kids_of(P, false, x);
    for (size_t i = 0; i < kids->n; i++) {
        const rg_index *ci = kids->v[i];
        /* a partition the plan drops brings its index back itself, and is
         * attached again after this */
        if (table_dropped(P, ci->table_schema, ci->table_name)) continue;
        if (partitioned(table_of(P->oldc, ci))) old_tree_sql(P, ci, out);
        else rg_buf_printf(out, "%s%s", out->len ? ";\n" : "", pl_index_text(P, P->oldc, ci, false));
    }
    /* partitions' keys whose index stood for x: adopted again by x */
    const char *xkey = rg_arena_printf(P->a, "%s.%s", x->schema, x->name);
    const pl_ptrs *parts = pl_partitions_of(P, false, x->table_schema, x->table_name);
    for (size_t i = 0; i < parts->n; i++) {
        const rg_table *ct = parts->v[i];
        if (table_dropped(P, ct->schema, ct->name)) continue;
        for (size_t j = 0; j < ct->constraints.n; j++) {
            const rg_constraint *k = &ct->constraints.v[j];
            if (k->dropped || !k->index_attached_to || strcmp(k->index_attached_to, xkey)) continue;
            rg_buf_printf(out, "%sALTER TABLE ONLY %s ADD CONSTRAINT %s %s", out->len ? ";\n" : "", pl_qn(P, ct->schema, ct->name),
                          pl_q(P, k->name), key_body(P, k));
        }
    }
    const char *sql = pl_index_text(P, P->oldc, x, false);
    const char *only = strstr(sql, " ON ONLY ");
    if (only && !x->only) sql = rg_arena_printf(P->a, "%.*s ON %s", (int)(only - sql), sql, only + 9);
    rg_buf_printf(out, "%s%s", out->len ? ";\n" : "", sql);
    if (!x->only) return;
    /* Invalid in the old schema (some partition has no index attached to
     * it): made ON ONLY again, with just the old attachments. */
    const char *xq = pl_qn(P, x->schema, x->name);
    for (size_t i = 0; i < kids->n; i++) {
        const rg_index *ci = kids->v[i];
        if (!table_dropped(P, ci->table_schema, ci->table_name))
            rg_buf_printf(out, ";\nALTER INDEX %s ATTACH PARTITION %s", xq, pl_qn(P, ci->schema, ci->name));
    }
    for (size_t i = 0; i < parts->n; i++) {
        const rg_table *ct = parts->v[i];
        if (table_dropped(P, ct->schema, ct->name)) continue;
        for (size_t j = 0; j < ct->constraints.n; j++) {
            const rg_constraint *k = &ct->constraints.v[j];
            if (!k->dropped && k->index_attached_to && !strcmp(k->index_attached_to, xkey))
                rg_buf_printf(out, ";\nALTER INDEX %s ATTACH PARTITION %s", xq, pl_qn(P, ct->schema, k->name));
        }
    }
}

/* Old index x of a partitioned table goes: DROP INDEX on the parent takes
 * the partitions' indexes along (they cannot be dropped alone). Those the
 * target keeps as indexes of their own are built again first under a
 * temporary name and take their name back after the drop. */
/* The index the target keeps unattached, of old partition index ci of a
 * dropped tree (built again under a temporary name), or NULL. */
static const rg_index *kept_alone(planner *P, const rg_index *ci)
{
    if (partitioned(table_of(P->oldc, ci))) return NULL;
    const rg_index *nx = rg_catalog_index(P->newc, ci->schema, ci->name);
    if (!nx || nx->attached_to || table_dropped(P, ci->table_schema, ci->table_name)) return NULL;
    return nx;
}

static void drop_tree(planner *P, const rg_index *x, const char *object)
{
    rg_buf down = {0};
    /* A kept index rebuilt under a temporary name is back under it when
     * this down runs: gone first, or the old parent's index made again
     * would adopt it instead of the old partition index. */
    const pl_ptrs *okids = kids_of(P, false, x);
    for (size_t i = 0; i < okids->n; i++) {
        const rg_index *nx = kept_alone(P, okids->v[i]);
        if (nx)
            rg_buf_printf(&down, "%sDROP INDEX IF EXISTS %s", down.len ? ";\n" : "",
                          pl_qn(P, nx->schema, pl_name(P, "", nx->name, "rg_new")));
    }
    old_tree_sql(P, x, &down);
    /* A partition's key whose index stands for x: PostgreSQL drops x only
     * with CASCADE, which takes the key along; one the target keeps is
     * added back right after (built again, plainly). */
    const char *xkey = rg_arena_printf(P->a, "%s.%s", x->schema, x->name);
    const pl_ptrs *parts = pl_partitions_of(P, false, x->table_schema, x->table_name);
    bool cascade = false;
    rg_buf readd = {0};
    for (size_t i = 0; i < parts->n; i++) {
        const rg_table *ct = parts->v[i];
        for (size_t j = 0; j < ct->constraints.n; j++) {
            const rg_constraint *k = &ct->constraints.v[j];
            if (k->dropped || !k->index_attached_to || strcmp(k->index_attached_to, xkey)) continue;
            cascade = true;
            const rg_table *nct = rg_catalog_table(P->newc, ct->schema, ct->name);
            const rg_constraint *nk = nct ? rg_table_constraint(nct, k->name) : NULL;
            if (nk && nk->kind == k->kind && !table_dropped(P, ct->schema, ct->name))
                rg_buf_printf(&readd, ";\n%s ADD CONSTRAINT %s %s", alter(P, ct), pl_q(P, k->name), key_body(P, nk));
            else
                pl_skip(P, "drop_constraint", pl_key(P, ct->schema, ct->name, k->name));
        }
    }
    const char *up = rg_arena_printf(P->a, "DROP INDEX %s%s%s", pl_qn(P, x->schema, x->name), cascade ? " CASCADE" : "",
                                     rg_buf_cstr(&readd));
    rg_buf_free(&readd);
    rg_plan_step *s = pl_step(P, pl_main(P, ST_CONTRACT, PH_DROP, "drop"), "drop_index", object, up, pl_take(P, &down));
    pl_existing(P, s, x->table_schema, x->table_name);
    pl_step_prio(s, PRIO_FIRST);
    pl_note(P, s, "the partitions' indexes attached to it go with it");
    /* Partition indexes the target keeps unattached. */
    const pl_ptrs *kids = kids_of(P, false, x);
    for (size_t i = 0; i < kids->n; i++) {
        const rg_index *ci = kids->v[i];
        const char *cobj = obj_of_index(P, ci);
        pl_skip(P, "drop_index", cobj);
        pl_skip(P, "alter_index", cobj);
        const rg_index *nx = kept_alone(P, ci);
        if (!nx) continue;
        rg_index tmp = *nx;
        tmp.name = pl_name(P, "", nx->name, "rg_new");
        rg_plan_file *f = pl_own(P, ST_EXPAND, PH_INDEX, tmp.name, true);
        pl_step(P, f, "create_index_concurrently", cobj, pl_index_text(P, P->newc, &tmp, true),
                rg_arena_printf(P->a, "DROP INDEX CONCURRENTLY IF EXISTS %s", pl_qn(P, nx->schema, tmp.name)));
        rg_plan_step *r = pl_step(P, pl_main(P, ST_CONTRACT, PH_DROP, "drop"), "alter_index_rename", cobj,
                                  rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, nx->schema, tmp.name),
                                                  pl_q(P, nx->name)),
                                  rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, nx->schema, nx->name),
                                                  pl_q(P, tmp.name)));
        pl_note(P, r, "kept as an index of its own: built again before the parent's index took it along");
    }
}

/* An index of a partition that becomes attached to an index the old
 * schema has already (the parent's index was left incomplete). */
static void attach_existing(planner *P, const rg_change *c)
{
    const rg_index *ni = c->new_obj;
    const rg_index *pi = NULL;
    for (size_t i = 0; i < P->newc->indexes.n && !pi; i++) {
        const rg_index *x = &P->newc->indexes.v[i];
        if (!x->dropped && !strcmp(rg_arena_printf(P->a, "%s.%s", x->schema, x->name), ni->attached_to)) pi = x;
    }
    if (!pi) return;
    rg_plan_step *a = pl_step(P, attach_file(P), "alter_index_attach_partition", c->object,
                              rg_arena_printf(P->a, "ALTER INDEX %s ATTACH PARTITION %s", pl_qn(P, pi->schema, pi->name),
                                              pl_qn(P, ni->schema, ni->name)),
                              NULL);
    pl_existing(P, a, ni->table_schema, ni->table_name);
    pl_note(P, a, "cannot be detached again: the down leaves it attached");
}

/* ---- keys of partitioned tables ---------------------------------------------------- */

/* The partition's constraint that backs parent key k (same kind, same
 * columns: what ATTACH PARTITION adopts). */
static const rg_constraint *kid_key(const rg_table *ct, const rg_constraint *k)
{
    for (size_t i = 0; i < ct->constraints.n; i++) {
        const rg_constraint *o = &ct->constraints.v[i];
        if (!o->dropped && o->kind == k->kind && names_eq(o->columns, o->ncolumns, k->columns, k->ncolumns)) return o;
    }
    return NULL;
}

static const char *key_body(planner *P, const rg_constraint *k)
{
    rg_buf b = {0};
    rg_buf_puts(&b, k->kind == RG_CON_PRIMARY ? "PRIMARY KEY (" : "UNIQUE (");
    for (size_t i = 0; i < k->ncolumns; i++) rg_buf_printf(&b, "%s%s", i ? ", " : "", pl_q(P, k->columns[i]));
    rg_buf_putc(&b, ')');
    if (k->nulls_not_distinct) rg_buf_puts(&b, " NULLS NOT DISTINCT");
    const char *r = rg_arena_strdup(P->a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return r;
}

static bool col_nullable(const rg_table *t, const char *col)
{
    const rg_column *c = t ? rg_table_column(t, col) : NULL;
    return c && !c->not_null;
}

const rg_index *pl_key_reuse(planner *P, const rg_table *t, const rg_constraint *k)
{
    const rg_index *o = rg_catalog_index(P->oldc, t->schema, k->name);
    if (!o || rg_catalog_index(P->newc, t->schema, k->name) || o->attached_to || !o->unique ||
        strcmp(o->table_schema, t->schema) || strcmp(o->table_name, t->name) ||
        (o->method && strcmp(o->method, "btree")) || o->where.key || o->nelems != k->ncolumns ||
        o->nulls_not_distinct != k->nulls_not_distinct || !names_eq(o->include, o->ninclude, k->include, k->ninclude) ||
        partitioned(t))
        return NULL;
    for (size_t i = 0; i < o->nelems; i++) {
        const rg_index_elem *e = &o->elems[i];
        if (!e->column || strcmp(e->column, k->columns[i]) || e->opclass || e->collation || e->desc || e->nulls_first)
            return NULL;
    }
    return o;
}

const char *pl_key_build_name(planner *P, const rg_table *t, const rg_constraint *k)
{
    if (pl_key_reuse(P, t, k)) return k->name;
    if (!rg_map_get(&P->oldc->relation_map, rg_arena_printf(P->a, "%s.%s", t->schema, k->name))) return k->name;
    return pl_name(P, "", k->name, "rg_new");
}

void pl_key_rename_after(planner *P, const rg_table *t, const char *tmp, const rg_constraint *k, const char *object)
{
    if (!strcmp(tmp, k->name)) return;
    rg_plan_step *s = pl_step(P, pl_main(P, ST_CONTRACT, PH_DROP, "drop"), "rename_constraint", object,
                              rg_arena_printf(P->a, "%s RENAME CONSTRAINT %s TO %s", alter(P, t), pl_q(P, tmp),
                                              pl_q(P, k->name)),
                              rg_arena_printf(P->a, "%s RENAME CONSTRAINT %s TO %s", alter(P, t), pl_q(P, k->name),
                                              pl_q(P, tmp)));
    pl_step_prio(s, PRIO_LATE);
    pl_existing(P, s, t->schema, t->name);
    pl_note(P, s, "built under a temporary name while the old %s held the name", k->name);
}

void pl_attach_key_to_parent(planner *P, const rg_table *t, const rg_constraint *k, const char *name,
                             const char *object)
{
    if (!t->parent_table) return;
    const rg_table *pt = rg_catalog_table(P->newc, t->parent_schema, t->parent_table);
    const rg_table *opt = rg_catalog_table(P->oldc, t->parent_schema, t->parent_table);
    if (!pt || !opt) return;
    const rg_constraint *pk = NULL;
    for (size_t i = 0; i < pt->constraints.n && !pk; i++) {
        const rg_constraint *o = &pt->constraints.v[i];
        if (!o->dropped && o->kind == k->kind && names_eq(o->columns, o->ncolumns, k->columns, k->ncolumns)) pk = o;
    }
    /* Only a key the old parent has already: a new one attaches its
     * partitions itself. */
    const rg_constraint *opk = pk ? rg_table_constraint(opt, pk->name) : NULL;
    if (!opk || opk->kind != pk->kind) return;
    /* No DETACH for it: the down drops the parent's key (which takes the
     * partitions' attached keys along, this one too), adds it back ONLY
     * and attaches the other partitions' keys again. */
    rg_buf down = {0};
    rg_buf_printf(&down, "%s DROP CONSTRAINT %s;\nALTER TABLE ONLY %s ADD CONSTRAINT %s %s", alter(P, opt), pl_q(P, opk->name),
                  pl_qn(P, opt->schema, opt->name), pl_q(P, opk->name), key_body(P, opk));
    const pl_ptrs *olds = pl_partitions_of(P, false, opt->schema, opt->name);
    for (size_t i = 0; i < olds->n; i++) {
        const rg_table *ct = olds->v[i];
        const rg_constraint *ck = kid_key(ct, opk);
        if (!ck || (!strcmp(ct->schema, t->schema) && !strcmp(ct->name, t->name))) continue;
        rg_buf_printf(&down, ";\nALTER TABLE ONLY %s ADD CONSTRAINT %s %s;\nALTER INDEX %s ATTACH PARTITION %s",
                      pl_qn(P, ct->schema, ct->name), pl_q(P, ck->name), key_body(P, ck), pl_qn(P, opt->schema, opk->name),
                      pl_qn(P, ct->schema, ck->name));
    }
    rg_plan_step *a = pl_step(P, keys_file(P), "alter_index_attach_partition", object,
                              rg_arena_printf(P->a, "ALTER INDEX %s ATTACH PARTITION %s", pl_qn(P, pt->schema, pk->name),
                                              pl_qn(P, t->schema, name)),
                              pl_take(P, &down));
    pl_existing(P, a, t->schema, t->name);
    pl_note(P, a, "cannot be detached: the down drops the parent's key and makes it again");
}

/* Partition ct's key for parent key k, built without blocking writes: a
 * concurrent unique index, then ADD CONSTRAINT ... USING INDEX. Returns
 * the name it has until the contract (a temporary one while an old index
 * holds its name). */
static const char *kid_key_build(planner *P, const rg_table *ct, const rg_constraint *ck)
{
    const char *cobj = pl_key(P, ct->schema, ct->name, ck->name);
    pl_skip(P, "add_constraint", cobj);
    const rg_index *reuse = pl_key_reuse(P, ct, ck);
    const char *name = pl_key_build_name(P, ct, ck), *nq = pl_q(P, name);
    rg_plan_step *s;
    if (!reuse) {
        rg_buf b = {0};
        rg_buf_printf(&b, "CREATE UNIQUE INDEX CONCURRENTLY %s ON %s USING btree (", nq, pl_qn(P, ct->schema, ct->name));
        for (size_t i = 0; i < ck->ncolumns; i++) rg_buf_printf(&b, "%s%s", i ? ", " : "", pl_q(P, ck->columns[i]));
        rg_buf_putc(&b, ')');
        if (ck->nulls_not_distinct) rg_buf_puts(&b, " NULLS NOT DISTINCT");
        rg_plan_file *f = pl_own(P, ST_EXPAND, PH_INDEX, name, true);
        s = pl_step(P, f, "create_index_concurrently", cobj, pl_take(P, &b),
                    rg_arena_printf(P->a, "DROP INDEX CONCURRENTLY IF EXISTS %s", pl_qn(P, ct->schema, name)));
        pl_note(P, s, "unique index for constraint %s of partition %s, built without blocking writes", ck->name,
                ct->name);
    }
    bool pk = ck->kind == RG_CON_PRIMARY, nullable = false;
    const rg_table *ot = rg_catalog_table(P->oldc, ct->schema, ct->name);
    for (size_t i = 0; pk && i < ck->ncolumns; i++) nullable |= col_nullable(ot, ck->columns[i]);
    rg_buf down = {0};
    /* The parent's key, dropped first in the down, takes it along. */
    rg_buf_printf(&down, "%s DROP CONSTRAINT IF EXISTS %s", alter(P, ct), nq);
    if (reuse) rg_buf_printf(&down, ";\n%s", pl_index_text(P, P->oldc, reuse, false));
    for (size_t i = 0; nullable && i < ck->ncolumns; i++)
        if (col_nullable(ot, ck->columns[i]))
            rg_buf_printf(&down, ";\n%s ALTER COLUMN %s DROP NOT NULL", alter(P, ct), pl_q(P, ck->columns[i]));
    s = pl_step(P, pl_main(P, ST_VALIDATE, PH_TIGHTEN, "not_null"),
                pk ? (nullable ? "add_primary_key_using_index_nullable_col" : "add_primary_key_using_index")
                   : "add_unique_using_index",
                cobj,
                rg_arena_printf(P->a, "%s ADD CONSTRAINT %s %s USING INDEX %s", alter(P, ct), nq,
                                pk ? "PRIMARY KEY" : "UNIQUE", nq),
                pl_take(P, &down));
    pl_existing(P, s, ct->schema, ct->name);
    pl_key_rename_after(P, ct, name, ck, cobj);
    return name;
}

/* Key k of partitioned table t (existing): every partition's key first,
 * then the parent's with ONLY (no build: its partitions have theirs), and
 * each partition's key attached. Returns the name it has until the
 * contract. */
static const char *assemble_key(planner *P, const rg_table *t, const rg_constraint *k, const char *object)
{
    rg_plan_file *kf = keys_file(P);
    const rg_table *ot = rg_catalog_table(P->oldc, t->schema, t->name);
    const char *name = pl_key_build_name(P, t, k);
    const char *kq = pl_qn(P, t->schema, name);
    rg_buf down = {0};
    rg_buf_printf(&down, "%s DROP CONSTRAINT %s", alter(P, t), pl_q(P, name));
    bool pk = k->kind == RG_CON_PRIMARY;
    for (size_t i = 0; pk && i < k->ncolumns; i++)
        if (col_nullable(ot, k->columns[i]))
            rg_buf_printf(&down, ";\n%s ALTER COLUMN %s DROP NOT NULL", alter(P, t), pl_q(P, k->columns[i]));
    const pl_ptrs *parts = pl_partitions_of(P, true, t->schema, t->name);
    /* Partition keys that existed before go with the parent's in the down:
     * added back there. */
    for (size_t i = 0; i < parts->n; i++) {
        const rg_table *ct = parts->v[i];
        const rg_constraint *ck = kid_key(ct, k);
        const rg_table *oct = rg_catalog_table(P->oldc, ct->schema, ct->name);
        const rg_constraint *ock = ck && oct ? rg_table_constraint(oct, ck->name) : NULL;
        if (ock && ock->kind == ck->kind && !pl_table_is_new(P, ct->schema, ct->name))
            rg_buf_printf(&down, ";\n%s ADD CONSTRAINT %s %s", alter(P, ct), pl_q(P, ock->name), key_body(P, ock));
    }
    rg_plan_step *s = pl_step(P, kf, "add_key_on_only", object,
                              rg_arena_printf(P->a, "ALTER TABLE ONLY %s ADD CONSTRAINT %s %s%s%s",
                                              pl_qn(P, t->schema, t->name), pl_q(P, name), key_body(P, k),
                                              k->deferrable ? " DEFERRABLE" : "", k->deferred ? " INITIALLY DEFERRED" : ""),
                              pl_take(P, &down));
    pl_existing(P, s, t->schema, t->name);
    pl_note(P, s, "ONLY the partitioned table: no build, its partitions have their keys");
    const char *first_kid = NULL, *first_schema = NULL;
    for (size_t i = 0; i < parts->n; i++) {
        const rg_table *ct = parts->v[i];
        const rg_constraint *ck = kid_key(ct, k);
        if (!ck) continue;
        const char *cobj = pl_key(P, ct->schema, ct->name, ck->name);
        pl_skip(P, "add_constraint", cobj);
        const rg_table *oct = rg_catalog_table(P->oldc, ct->schema, ct->name);
        const rg_constraint *ock = oct ? rg_table_constraint(oct, ck->name) : NULL;
        bool kept = ock && ock->kind == ck->kind && names_eq(ock->columns, ock->ncolumns, ck->columns, ck->ncolumns);
        const char *cname = ck->name;
        if (!pl_table_is_new(P, ct->schema, ct->name) && !kept)
            cname = partitioned(ct) ? assemble_key(P, ct, ck, cobj) : kid_key_build(P, ct, ck);
        rg_plan_step *a = pl_step(P, kf, "alter_index_attach_partition", cobj,
                                  rg_arena_printf(P->a, "ALTER INDEX %s ATTACH PARTITION %s", kq,
                                                  pl_qn(P, ct->schema, cname)),
                                  NULL);
        pl_existing(P, a, ct->schema, ct->name);
        pl_note(P, a, "cannot be detached: the down drops it with the parent's key");
        if (!first_kid) first_kid = cname, first_schema = ct->schema;
    }
    revalidate_after_detach(P, t->schema, t->name, t->schema, name, first_schema, first_kid, object);
    pl_key_rename_after(P, t, name, k, object);
    return name;
}

bool pl_swap_partitioned_key(planner *P, const rg_table *t, const rg_constraint *k, const rg_constraint *ok,
                             const char *object)
{
    if (!partitioned(t) || (k->kind != RG_CON_PRIMARY && k->kind != RG_CON_UNIQUE) || ok->kind != k->kind) return false;
    /* A changed key of a partitioned table, once the old version is gone:
     * the parent's old key dropped (its partitions' go with it), each
     * partition's new key added USING an index built concurrently before,
     * then the parent's ONLY and the partitions' attached. */
    rg_plan_file *f = pl_main(P, ST_CONTRACT, PH_C_TIGHTEN, "not_null");
    const rg_table *ot = rg_catalog_table(P->oldc, t->schema, t->name);
    rg_buf down = {0};
    rg_buf_printf(&down, "ALTER TABLE ONLY %s ADD CONSTRAINT %s %s", pl_qn(P, t->schema, t->name), pl_q(P, ok->name),
                  key_body(P, ok));
    const pl_ptrs *olds = pl_partitions_of(P, false, t->schema, t->name);
    for (size_t i = 0; ot && i < olds->n; i++) {
        const rg_table *ct = olds->v[i];
        const rg_constraint *ck = kid_key(ct, ok);
        if (!ck) continue;
        rg_buf_printf(&down, ";\nALTER TABLE ONLY %s ADD CONSTRAINT %s %s;\nALTER INDEX %s ATTACH PARTITION %s",
                      pl_qn(P, ct->schema, ct->name), pl_q(P, ck->name), key_body(P, ck), pl_qn(P, t->schema, ok->name),
                      pl_qn(P, ct->schema, ck->name));
    }
    rg_plan_step *s = pl_step(P, f, "drop_constraint_unique", object,
                              rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", alter(P, t), pl_q(P, ok->name)), pl_take(P, &down));
    pl_existing(P, s, t->schema, t->name);
    pl_step_prio(s, PRIO_LATE);
    pl_note(P, s, "the partitions' keys attached to it go with it");
    const pl_ptrs *parts = pl_partitions_of(P, true, t->schema, t->name);
    for (size_t i = 0; i < parts->n; i++) {
        const rg_table *ct = parts->v[i];
        const rg_constraint *ck = kid_key(ct, k);
        if (!ck || pl_table_is_new(P, ct->schema, ct->name) || partitioned(ct)) continue;
        const char *cobj = pl_key(P, ct->schema, ct->name, ck->name);
        pl_skip(P, "alter_constraint", cobj);
        const char *tmp = pl_name(P, "", ck->name, "rg_new");
        rg_buf b = {0};
        rg_buf_printf(&b, "CREATE UNIQUE INDEX CONCURRENTLY %s ON %s USING btree (", pl_q(P, tmp), pl_qn(P, ct->schema, ct->name));
        for (size_t j = 0; j < ck->ncolumns; j++) rg_buf_printf(&b, "%s%s", j ? ", " : "", pl_q(P, ck->columns[j]));
        rg_buf_putc(&b, ')');
        if (ck->nulls_not_distinct) rg_buf_puts(&b, " NULLS NOT DISTINCT");
        rg_plan_step *bs = pl_step(P, pl_own(P, ST_EXPAND, PH_INDEX, tmp, true), "create_index_concurrently", cobj, pl_take(P, &b),
                                   rg_arena_printf(P->a, "DROP INDEX CONCURRENTLY IF EXISTS %s", pl_qn(P, ct->schema, tmp)));
        pl_note(P, bs, "the changed key's index of partition %s, built without blocking writes", ct->name);
        rg_plan_step *us = pl_step(P, f, k->kind == RG_CON_PRIMARY ? "add_primary_key_using_index" : "add_unique_using_index",
                                   cobj,
                                   rg_arena_printf(P->a, "%s ADD CONSTRAINT %s %s USING INDEX %s", alter(P, ct), pl_q(P, ck->name),
                                                   k->kind == RG_CON_PRIMARY ? "PRIMARY KEY" : "UNIQUE", pl_q(P, tmp)),
                                   rg_arena_printf(P->a, "%s DROP CONSTRAINT IF EXISTS %s", alter(P, ct), pl_q(P, ck->name)));
        pl_existing(P, us, ct->schema, ct->name);
        pl_step_prio(us, PRIO_LATE + 1);
    }
    s = pl_step(P, f, "add_key_on_only", object,
                rg_arena_printf(P->a, "ALTER TABLE ONLY %s ADD CONSTRAINT %s %s", pl_qn(P, t->schema, t->name), pl_q(P, k->name),
                                key_body(P, k)),
                rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", alter(P, t), pl_q(P, k->name)));
    pl_existing(P, s, t->schema, t->name);
    pl_step_prio(s, PRIO_LATE + 2);
    for (size_t i = 0; i < parts->n; i++) {
        const rg_table *ct = parts->v[i];
        const rg_constraint *ck = kid_key(ct, k);
        if (!ck) continue;
        rg_plan_step *a = pl_step(P, f, "alter_index_attach_partition", pl_key(P, ct->schema, ct->name, ck->name),
                                  rg_arena_printf(P->a, "ALTER INDEX %s ATTACH PARTITION %s", pl_qn(P, t->schema, k->name),
                                                  pl_qn(P, ct->schema, ck->name)),
                                  NULL);
        pl_existing(P, a, ct->schema, ct->name);
        pl_step_prio(a, PRIO_LATE + 3);
    }
    return true;
}

/* Key k of old partitioned table t goes: dropping it on the parent drops
 * the partitions' keys attached to it. */
static void drop_key(planner *P, const rg_table *t, const rg_constraint *k, const char *object)
{
    rg_buf down = {0};
    rg_buf_printf(&down, "ALTER TABLE ONLY %s ADD CONSTRAINT %s %s%s%s", pl_qn(P, t->schema, t->name), pl_q(P, k->name),
                  key_body(P, k), k->deferrable ? " DEFERRABLE" : "", k->deferred ? " INITIALLY DEFERRED" : "");
    const pl_ptrs *parts = pl_partitions_of(P, false, t->schema, t->name);
    for (size_t i = 0; i < parts->n; i++) {
        const rg_table *ct = parts->v[i];
        const rg_constraint *ck = kid_key(ct, k);
        if (!ck) continue;
        pl_skip(P, "drop_constraint", pl_key(P, ct->schema, ct->name, ck->name));
        rg_buf_printf(&down, ";\nALTER TABLE ONLY %s ADD CONSTRAINT %s %s;\nALTER INDEX %s ATTACH PARTITION %s",
                      pl_qn(P, ct->schema, ct->name), pl_q(P, ck->name), key_body(P, ck),
                      pl_qn(P, t->schema, k->name), pl_qn(P, ct->schema, ck->name));
    }
    rg_plan_step *s = pl_step(P, pl_main(P, ST_CONTRACT, PH_DROP, "drop"), "drop_constraint_unique", object,
                              rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", alter(P, t), pl_q(P, k->name)),
                              pl_take(P, &down));
    pl_existing(P, s, t->schema, t->name);
    pl_step_prio(s, PRIO_FIRST + 1);
    pl_note(P, s, "the partitions' keys attached to it go with it");
}

/* ---- foreign keys of partitioned tables ----------------------------------------------- */

/* The partition's foreign key the parent's adopts: same name (what
 * PostgreSQL gives the clones) and same definition. */
static const rg_constraint *kid_fk(const rg_table *ct, const rg_constraint *k)
{
    const rg_constraint *o = rg_table_constraint(ct, k->name);
    return o && !o->dropped && o->kind == RG_CON_FOREIGN ? o : NULL;
}

bool pl_partitioned_fk(planner *P, const rg_table *t, const rg_constraint *k, const char *object)
{
    if (!partitioned(t) || pl_table_is_new(P, t->schema, t->name)) return false;
    bool late = pl_ref_key_planned(P, t, k);
    const pl_ptrs *parts = pl_partitions_of(P, true, t->schema, t->name);
    for (size_t i = 0; i < parts->n; i++) {
        const rg_table *ct = parts->v[i];
        const rg_constraint *ck = kid_fk(ct, k);
        if (!ck || pl_table_is_new(P, ct->schema, ct->name)) continue;
        const rg_table *oct = rg_catalog_table(P->oldc, ct->schema, ct->name);
        if (oct && rg_table_constraint(oct, ck->name)) continue; /* it has one already */
        const char *cobj = pl_key(P, ct->schema, ct->name, ck->name);
        pl_skip(P, "add_constraint", cobj);
        if (partitioned(ct)) {
            pl_partitioned_fk(P, ct, ck, cobj);
            continue;
        }
        rg_buf b = {0};
        rg_buf_printf(&b, "%s ADD CONSTRAINT %s ", alter(P, ct), pl_q(P, ck->name));
        rg_ddl_constraint_body(P->newc, ck, &b);
        rg_buf_puts(&b, " NOT VALID");
        rg_plan_step *s = pl_step(P, late ? pl_main(P, ST_VALIDATE, PH_FKS, "foreign_keys") : pl_main(P, ST_EXPAND, PH_MAIN, "schema"),
                                  "add_foreign_key_not_valid", cobj, pl_take(P, &b),
                                  /* the parent's, dropped first in the down, takes it along */
                                  rg_arena_printf(P->a, "%s DROP CONSTRAINT IF EXISTS %s", alter(P, ct), pl_q(P, ck->name)));
        pl_existing(P, s, ct->schema, ct->name);
        if (!late && pl_rebuilt_fk(P, t, k)) pl_step_prio(s, PRIO_REBUILT_FK);
        pl_note(P, s, "on partition %s: PostgreSQL 15 has no NOT VALID foreign key on the partitioned table", ct->name);
        rg_plan_file *f = pl_own(P, ST_VALIDATE, late ? PH_FK_VALIDATE : PH_VALIDATE, rg_arena_printf(P->a, "%s_%s", ct->name, ck->name), false);
        s = pl_step(P, f, "validate_foreign_key", cobj,
                    rg_arena_printf(P->a, "%s VALIDATE CONSTRAINT %s", alter(P, ct), pl_q(P, ck->name)), NULL);
        pl_note(P, s, "own transaction: scans without blocking reads or writes");
    }
    rg_buf b = {0};
    rg_buf_printf(&b, "%s ADD CONSTRAINT %s ", alter(P, t), pl_q(P, k->name));
    rg_ddl_constraint_body(P->newc, k, &b);
    rg_plan_step *s = pl_step(P, pl_main(P, ST_VALIDATE, PH_FK_PARENTS, "partitioned_foreign_keys"), "add_foreign_key_partitioned",
                              object, pl_take(P, &b),
                              rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", alter(P, t), pl_q(P, k->name)));
    pl_existing(P, s, t->schema, t->name);
    pl_note(P, s, "the partitions' validated foreign keys are adopted without a scan");
    return true;
}

/* ---- partitions ---------------------------------------------------------------------- */

static bool has_default_partition(planner *P, bool new_side, const char *schema, const char *table)
{
    const pl_ptrs *parts = pl_partitions_of(P, new_side, schema, table);
    for (size_t i = 0; i < parts->n; i++) {
        const rg_table *ct = parts->v[i];
        if (ct->partition_bound.key && !strcmp(ct->partition_bound.key, "DEFAULT")) return true;
    }
    return false;
}

static const char *attach_sql(planner *P, rg_catalog *c, const rg_table *t)
{
    return rg_arena_printf(P->a, "ALTER TABLE ONLY %s ATTACH PARTITION %s %s", pl_qn(P, t->parent_schema, t->parent_table),
                           pl_qn(P, t->schema, t->name), rg_ddl_partition_bound(c, t, P->a));
}

static const char *detach_sql(planner *P, const rg_table *t, bool concurrently)
{
    return rg_arena_printf(P->a, "ALTER TABLE %s DETACH PARTITION %s%s", pl_qn(P, t->parent_schema, t->parent_table),
                           pl_qn(P, t->schema, t->name), concurrently ? " CONCURRENTLY" : "");
}

static const char *attach_op(planner *P, const rg_table *t)
{
    bool dflt = t->partition_bound.key && !strcmp(t->partition_bound.key, "DEFAULT");
    return !dflt && has_default_partition(P, true, t->parent_schema, t->parent_table) ? "attach_partition_with_default"
                                                                                    : "attach_partition";
}

void pl_partition_attach_new(planner *P, const rg_table *t, const char *object)
{
    /* After the table has every key, index and foreign key the parent's
     * would give it: ATTACH adopts them instead of building new ones. */
    rg_plan_step *s = pl_step(P, pl_main(P, ST_EXPAND, PH_MAIN, "schema"), attach_op(P, t), object,
                              attach_sql(P, P->newc, t), detach_sql(P, t, false));
    pl_step_prio(s, PRIO_LATE + 3);
    if (!pl_table_is_new(P, t->parent_schema, t->parent_table))
        pl_existing(P, s, t->parent_schema, t->parent_table);
    pl_note(P, s, "created standalone and attached: CREATE TABLE ... PARTITION OF would lock the parent ACCESS EXCLUSIVE");
}

bool pl_partition_detach_dropped(planner *P, const rg_table *t, const char *object)
{
    if (!t->parent_table || table_dropped(P, t->parent_schema, t->parent_table)) return false;
    bool dflt = t->partition_bound.key && !strcmp(t->partition_bound.key, "DEFAULT");
    bool conc = P->o->pg_version >= 14 && !dflt && !has_default_partition(P, false, t->parent_schema, t->parent_table);
    rg_plan_file *f = conc ? pl_own(P, ST_CONTRACT, PH_DROP_INDEX, rg_arena_printf(P->a, "detach_%s", t->name), true)
                           : pl_main(P, ST_CONTRACT, PH_DROP, "drop");
    rg_plan_step *s = pl_step(P, f, conc ? "detach_partition_concurrently" : "detach_partition", object,
                              detach_sql(P, t, conc), attach_sql(P, P->oldc, t));
    pl_existing(P, s, t->parent_schema, t->parent_table);
    pl_step_prio(s, PRIO_FIRST);
    pl_note(P, s, conc ? "detached first, so that dropping it does not lock the parent"
                       : "DETACH CONCURRENTLY is not available here (PostgreSQL < 14 or a default partition)");
    return true;
}

/* An existing table that becomes a partition, or a partition that becomes
 * a table of its own. */
bool pl_partition_change(planner *P, const rg_change *c)
{
    const rg_table *nt = c->new_obj, *ot = c->old_obj;
    if (str_eq(ot->parent_table, nt->parent_table) && str_eq(ot->parent_schema, nt->parent_schema)) {
        if (!nt->parent_table || str_eq(ot->partition_bound.key, nt->partition_bound.key)) return false;
        /* A new bound: detached and attached again in one transaction (the
         * rows stay visible through the parent), after the old version is
         * gone (it may still write rows only the old bound accepts); the
         * attach checks every row against the new bound. */
        rg_plan_file *f = pl_main(P, ST_CONTRACT, PH_DROP, "drop");
        rg_plan_step *s = pl_step(P, f, "detach_partition", c->object, detach_sql(P, ot, false), attach_sql(P, P->oldc, ot));
        pl_existing(P, s, nt->parent_schema, nt->parent_table);
        pl_step_prio(s, PRIO_LATE);
        s = pl_step(P, f, attach_op(P, nt), c->object, attach_sql(P, P->newc, nt), detach_sql(P, nt, false));
        pl_existing(P, s, nt->parent_schema, nt->parent_table);
        pl_step_prio(s, PRIO_LATE);
        pl_note(P, s, "new bound: the attach scans %s while the parent stays locked by the detach before it", nt->name);
        rg_plan_add_finding(P->p, RG_SEV_WARNING, "partition_bound_changed", c->object,
                            "%s gets a new partition bound: detached and attached again in the contract, which locks "
                            "%s ACCESS EXCLUSIVE while its rows are checked against the new bound",
                            c->object, pl_qn(P, nt->parent_schema, nt->parent_table));
        return true;
    }
    if (ot->parent_table && nt->parent_table) {
        /* From one parent to another: detached and attached in one
         * contract transaction (the old parent may be dropped there too,
         * which would take it along; the new one gets it once the old
         * version, which reads through the old parent, is gone). */
        rg_plan_file *f = pl_main(P, ST_CONTRACT, PH_DROP, "drop");
        rg_plan_step *s = pl_step(P, f, "detach_partition", c->object, detach_sql(P, ot, false), attach_sql(P, P->oldc, ot));
        pl_existing(P, s, ot->parent_schema, ot->parent_table);
        pl_step_prio(s, PRIO_FIRST);
        s = pl_step(P, f, attach_op(P, nt), c->object, attach_sql(P, P->newc, nt), detach_sql(P, nt, false));
        pl_step_prio(s, PRIO_FIRST);
        if (!pl_table_is_new(P, nt->parent_schema, nt->parent_table))
            pl_existing(P, s, nt->parent_schema, nt->parent_table);
        pl_note(P, s, "moved to another parent: scans %s unless a CHECK constraint proves the bound", nt->name);
        return true;
    }
    if (ot->parent_table) {
        pl_partition_detach_dropped(P, ot, c->object);
    }
    if (nt->parent_table) {
        /* Its keys and indexes are built concurrently before (expand,
         * validate): attached after them, so ATTACH adopts them. */
        rg_plan_step *s = pl_step(P, keys_file(P), attach_op(P, nt), c->object, attach_sql(P, P->newc, nt),
                                  detach_sql(P, nt, false));
        pl_step_prio(s, PRIO_FIRST);
        pl_existing(P, s, nt->parent_schema, nt->parent_table);
        pl_note(P, s, "scans %s to check its rows fit the bound unless a CHECK constraint proves it", nt->name);
    }
    return true;
}

/* ---- the entry points ------------------------------------------------------------------ */

static void skip_index_kids(planner *P, bool new_side, const rg_index *x, const char *kind)
{
    const pl_ptrs *kids = kids_of(P, new_side, x);
    for (size_t i = 0; i < kids->n; i++) {
        const rg_index *ci = kids->v[i];
        const char *cobj = obj_of_index(P, ci);
        const rg_table *ct = table_of(new_side ? P->newc : P->oldc, ci);
        pl_skip(P, "alter_index", cobj);
        if (!ct || !pl_table_is_new(P, ct->schema, ct->name)) pl_skip(P, kind, cobj);
        if (partitioned(ct)) skip_index_kids(P, new_side, ci, kind);
    }
}

static void skip_key_kids(planner *P, bool new_side, const rg_table *t, const rg_constraint *k, const char *kind)
{
    const pl_ptrs *parts = pl_partitions_of(P, new_side, t->schema, t->name);
    for (size_t i = 0; i < parts->n; i++) {
        const rg_table *ct = parts->v[i];
        const rg_constraint *ck = kid_key(ct, k);
        if (!ck) continue;
        pl_skip(P, kind, pl_key(P, ct->schema, ct->name, ck->name));
        if (partitioned(ct)) skip_key_kids(P, new_side, ct, ck, kind);
    }
}

/* A partition's clone of its parent's new foreign key goes with the
 * parent's (pl_partitioned_fk). */
static void skip_fk_kids(planner *P, const rg_table *t, const rg_constraint *k)
{
    const pl_ptrs *parts = pl_partitions_of(P, true, t->schema, t->name);
    for (size_t i = 0; i < parts->n; i++) {
        const rg_table *ct = parts->v[i];
        const rg_constraint *ck = kid_fk(ct, k);
        if (!ck || pl_table_is_new(P, ct->schema, ct->name)) continue;
        pl_skip(P, "add_constraint", pl_key(P, ct->schema, ct->name, ck->name));
        if (partitioned(ct)) skip_fk_kids(P, ct, ck);
    }
}

/* Old indexes that new keys take over (USING INDEX) are not dropped. */
static void mark_reuse(planner *P, const rg_table *t, const rg_constraint *k)
{
    const rg_index *o = pl_key_reuse(P, t, k);
    if (o) pl_skip(P, "drop_index", obj_of_index(P, o));
    if (!partitioned(t)) return;
    const pl_ptrs *parts = pl_partitions_of(P, true, t->schema, t->name);
    for (size_t i = 0; i < parts->n; i++) {
        const rg_table *ct = parts->v[i];
        const rg_constraint *ck = kid_key(ct, k);
        if (ck && !pl_table_is_new(P, ct->schema, ct->name)) mark_reuse(P, ct, ck);
    }
}

/* Changes the partition shapes take over, marked before any is shaped (the
 * diff lists a partition's changes apart from its parent's, and not always
 * after them). */
void pl_parts_prepass(planner *P)
{
    for (size_t i = 0; i < P->d->n; i++) {
        const rg_change *c = &P->d->v[i];
        if (!strcmp(c->kind, "add_index")) {
            const rg_index *x = c->new_obj;
            const rg_table *t = table_of(P->newc, x);
            if (partitioned(t) && !pl_table_is_new(P, t->schema, t->name)) skip_index_kids(P, true, x, "add_index");
        } else if (!strcmp(c->kind, "drop_index")) {
            const rg_index *x = c->old_obj;
            const rg_table *t = table_of(P->oldc, x);
            const rg_index *nx = rg_catalog_index(P->newc, x->schema, x->name);
            if (partitioned(t) && !table_dropped(P, t->schema, t->name) && !(nx && same_index(x, nx)))
                skip_index_kids(P, false, x, "drop_index");
        } else if (!strcmp(c->kind, "add_constraint")) {
            const rg_table *t = c->new_table;
            const rg_constraint *k = c->new_obj;
            if (pl_table_is_new(P, t->schema, t->name)) continue;
            if (k->kind == RG_CON_FOREIGN && partitioned(t)) {
                skip_fk_kids(P, t, k);
                continue;
            }
            if (k->kind != RG_CON_PRIMARY && k->kind != RG_CON_UNIQUE) continue;
            if (partitioned(t)) skip_key_kids(P, true, t, k, "add_constraint");
            mark_reuse(P, t, k);
            /* Adding the primary key sets NOT NULL on its columns (ADD ...
             * USING INDEX; ALTER TABLE ONLY for the parent of partitions
             * whose keys have theirs): no NOT NULL steps of their own, whose
             * downs would run while the key still holds them. */
            const rg_table *ot = rg_catalog_table(P->oldc, t->schema, t->name);
            for (size_t j = 0; k->kind == RG_CON_PRIMARY && j < k->ncolumns; j++)
                if (col_nullable(ot, k->columns[j]))
                    pl_skip(P, "alter_column_nullability", pl_key(P, t->schema, t->name, k->columns[j]));
        } else if (!strcmp(c->kind, "alter_constraint")) {
            const rg_table *t = c->new_table;
            const rg_constraint *k = c->new_obj;
            if (partitioned(t) && (k->kind == RG_CON_PRIMARY || k->kind == RG_CON_UNIQUE))
                skip_key_kids(P, true, t, k, "alter_constraint");
        } else if (!strcmp(c->kind, "drop_constraint")) {
            const rg_table *t = c->old_table;
            const rg_constraint *k = c->old_obj;
            if (partitioned(t) && !table_dropped(P, t->schema, t->name) &&
                (k->kind == RG_CON_PRIMARY || k->kind == RG_CON_UNIQUE))
                skip_key_kids(P, false, t, k, "drop_constraint");
        }
    }
}

bool pl_shape_parts(planner *P, const rg_change *c)
{
    const char *k = c->kind;
    if (!strcmp(k, "add_index") || !strcmp(k, "alter_index")) {
        const rg_index *x = c->new_obj;
        const rg_table *t = table_of(P->newc, x);
        if (!strcmp(k, "alter_index")) {
            const rg_index *ox = c->old_obj;
            if (str_eq(ox->attached_to, x->attached_to) || !x->attached_to || ox->attached_to) return false;
            attach_existing(P, c);
            return true;
        }
        if (!partitioned(t) || pl_table_is_new(P, t->schema, t->name)) return false;
        const rg_index *ox = rg_catalog_index(P->oldc, x->schema, x->name);
        if (ox) {
            if (same_index(ox, x)) complete_tree(P, x, ox, c->object);
            else replace_tree(P, x, c->object);
            return true;
        }
        assemble_index(P, x, c->object, true);
        return true;
    }
    if (!strcmp(k, "drop_index")) {
        const rg_index *x = c->old_obj;
        const rg_table *t = table_of(P->oldc, x);
        if (!partitioned(t) || table_dropped(P, t->schema, t->name)) return false;
        /* (replaced under the same name: the new one is built under a
         * temporary name and renamed after this drop; the same index left
         * incomplete is completed instead) */
        const rg_index *nx = rg_catalog_index(P->newc, x->schema, x->name);
        if (nx && same_index(x, nx)) return true;
        drop_tree(P, x, c->object);
        return true;
    }
    if (!strcmp(k, "add_constraint")) {
        const rg_table *t = c->new_table;
        const rg_constraint *kk = c->new_obj;
        if (!partitioned(t) || pl_table_is_new(P, t->schema, t->name) ||
            (kk->kind != RG_CON_PRIMARY && kk->kind != RG_CON_UNIQUE))
            return false;
        assemble_key(P, t, kk, c->object);
        return true;
    }
    if (!strcmp(k, "drop_constraint")) {
        const rg_table *t = c->old_table;
        const rg_constraint *kk = c->old_obj;
        if (!partitioned(t) || table_dropped(P, t->schema, t->name) ||
            (kk->kind != RG_CON_PRIMARY && kk->kind != RG_CON_UNIQUE))
            return false;
        drop_key(P, t, kk, c->object);
        return true;
    }
    return false;
}
