/*
 * plan_rebuild.c — a table made again under its name (its kind or its
 * partition key changes: PostgreSQL has no ALTER for either). In one
 * expand transaction the old table and its partitions are renamed to
 * *_rg_old (their indexes and keys too, freeing the names), the new table
 * is created under the name with everything the target gives it, the rows
 * are copied, and the views over it are made again; contract drops the
 * renamed copy. Like the table renames, the rest of the plan is made
 * against the old schema with these renames applied (a scratch copy,
 * diffed again), so the ordinary shapes create the new table, its
 * partitions, indexes, triggers, policies and views and drop the old one.
 * The down copies the rows back (rows written after the swap are kept)
 * and swaps the names back.
 *
 * Foreign keys held by the old table or its partitions, or referencing
 * them, are dropped in the same transaction right after the renames (their
 * downs add them back once the rows are back); the target's foreign keys
 * to or from the new table are added after the copy, so no row is checked
 * against a table whose rows are not there yet (two tables rebuilt with
 * keys between them). So no key points at the old copy when the down
 * copies the rows back (TRUNCATE) or contract drops it.
 *
 * Sub-shapes that cannot be done safely this way keep the error finding
 * (table_rebuild) with the reason: a
 * partition that moves between it and a table of its own, a column that
 * changes type or becomes NOT NULL without a default, identity columns,
 * row triggers on INSERT (they would fire on the copied rows), INHERITS.
 */
#include "plan/plan_int.h"

#include <stdint.h>
#include <string.h>

#include "catalog/ddl_api.h"

void pl_step_prio(rg_plan_step *s, int prio);

typedef struct rebuild {
    const rg_table *ot, *nt;     /* the table, old and new */
    pl_ptrs old_fam, new_fam;    /* the table and its partitions (all levels) */
    const char *refused;         /* why the shape cannot be planned */
} rebuild;

static bool word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
}

/* Whether the text names ident as a whole word. */
static bool names_word(const char *text, const char *ident)
{
    size_t n = strlen(ident);
    for (const char *p = text; p && (p = strstr(p, ident)) != NULL; p += n)
        if ((p == text || !word_char(p[-1])) && !word_char(p[n])) return true;
    return false;
}

/* The table and its partitions, all levels, from children (parent key ->
 * pl_ptrs of rg_table *). */
static void family(planner *P, rg_map *children, const rg_table *t, pl_ptrs *out)
{
    *rg_vec_push(P->a, out) = t;
    const pl_ptrs *kids = rg_map_get(children, pl_key(P, t->schema, t->name, NULL));
    for (size_t i = 0; kids && i < kids->n; i++) family(P, children, kids->v[i], out);
}

static void children_of(planner *P, rg_catalog *c, rg_map *out)
{
    for (size_t i = 0; i < c->tables.n; i++) {
        const rg_table *t = &c->tables.v[i];
        if (t->dropped || !t->parent_table) continue;
        pl_add_to(P, out, pl_key(P, t->parent_schema ? t->parent_schema : t->schema, t->parent_table, NULL), t);
    }
}

static bool in_family(planner *P, const pl_ptrs *fam, const char *schema, const char *name)
{
    (void)P;
    for (size_t i = 0; i < fam->n; i++) {
        const rg_table *t = fam->v[i];
        if (!strcmp(t->schema, schema) && !strcmp(t->name, name)) return true;
    }
    return false;
}

static const char *why_refused(planner *P, rebuild *r)
{
    if (r->ot->parent_table || r->nt->parent_table)
        return "it is a partition itself: its parent would have to be made again with it";
    for (size_t i = 0; i < r->old_fam.n; i++) {
        const rg_table *t = r->old_fam.v[i];
        const rg_table *n = rg_catalog_table(P->newc, t->schema, t->name);
        if (t->ninherits) return "it uses INHERITS";
        if (n && !in_family(P, &r->new_fam, n->schema, n->name))
            return rg_arena_printf(P->a, "its partition %s.%s becomes a table of its own (its rows would have to stay)",
                                   t->schema, t->name);
    }
    for (size_t i = 0; i < r->new_fam.n; i++) {
        const rg_table *t = r->new_fam.v[i];
        const rg_table *o = rg_catalog_table(P->oldc, t->schema, t->name);
        if (t->ninherits) return "it uses INHERITS";
        if (o && !in_family(P, &r->old_fam, o->schema, o->name))
            return rg_arena_printf(P->a, "the existing table %s.%s becomes one of its partitions (its rows would "
                                   "have to move)", t->schema, t->name);
    }
    /* The copy (and the down's copy back) inserts every row again. */
    for (int side = 0; side < 2; side++) {
        const pl_ptrs *fam = side ? &r->new_fam : &r->old_fam;
        for (size_t i = 0; i < fam->n; i++) {
            const rg_table *t = fam->v[i];
            for (size_t j = 0; j < t->triggers.n; j++) {
                const rg_trigger *g = &t->triggers.v[j];
                if (!g->dropped && (g->events & RG_TRIG_INSERT))
                    return rg_arena_printf(P->a, "its trigger %s on INSERT would fire on the copied rows", g->name);
            }
        }
    }
    for (size_t i = 0; i < r->ot->columns.n; i++) {
        const rg_column *oc = &r->ot->columns.v[i];
        if (!oc->dropped && !oc->generated && !rg_map_get(&r->nt->column_map, oc->name))
            return rg_arena_printf(P->a, "its column %s is dropped as well (the copy would lose its values)", oc->name);
    }
    for (size_t i = 0; i < r->nt->columns.n; i++) {
        const rg_column *nc = &r->nt->columns.v[i];
        if (nc->dropped) continue;
        const rg_column *oc = rg_map_get(&r->ot->column_map, nc->name);
        if (nc->identity || (oc && oc->identity))
            return rg_arena_printf(P->a, "column %s is an identity column (its sequence would have to move)", nc->name);
        if (oc && (strcmp(oc->type, nc->type) || (oc->generated != nc->generated)))
            return rg_arena_printf(P->a, "column %s changes type or generation as well", nc->name);
        if (!oc && nc->not_null && !nc->has_default && !nc->generated)
            return rg_arena_printf(P->a, "the new column %s is NOT NULL without a default (the copied rows have no "
                                   "value for it)", nc->name);
    }
    return NULL;
}

/* Applies one statement to the scratch catalog and records it as a step of
 * the expand transaction. */
static rg_plan_step *scratch_step(planner *P, rg_catalog *scratch, rg_diags *diags, bool *failed, const char *op,
                                  const char *object, const char *up, const char *down)
{
    rg_script s = {0};
    const char *text = rg_arena_printf(P->a, "%s;", up);
    if (rg_parse_text(P->p->owned_parser, &s, "rebuild", text, strlen(text), diags) != RG_OK ||
        rg_catalog_apply(scratch, &s, diags) != RG_OK)
        *failed = true;
    return pl_step(P, pl_main(P, ST_EXPAND, PH_MAIN, "schema"), op, object, up, down);
}

/* The columns the copy carries: in both tables, not generated. */
static const char *copy_columns(planner *P, const rg_table *from, const rg_table *to)
{
    rg_buf b = {0};
    for (size_t i = 0; i < to->columns.n; i++) {
        const rg_column *c = &to->columns.v[i];
        if (c->dropped || c->generated) continue;
        const rg_column *f = rg_map_get(&from->column_map, c->name);
        if (!f || f->generated) continue;
        rg_buf_printf(&b, "%s%s", b.len ? ", " : "", pl_q(P, c->name));
    }
    if (!b.len) return NULL;
    rg_buf_puts(&b, ";\n"); /* pl_take strips it */
    return pl_take(P, &b);
}

static void plan_one(planner *P, rebuild *r, rg_catalog *scratch, rg_diags *diags, bool *failed)
{
    const rg_table *ot = r->ot, *nt = r->nt;
    const char *obj = pl_key(P, ot->schema, ot->name, NULL);
    const char *old_name = pl_name(P, "", ot->name, "rg_old");
    const char *oq = pl_qn(P, ot->schema, ot->name), *rq = pl_qn(P, ot->schema, old_name);

    /* Views over the table follow it to its new name (PostgreSQL binds
     * them to the relation, not the name): dropped first, the ordinary
     * view shape creates them again over the new table. */
    for (size_t i = 0; i < P->oldc->views.n; i++) {
        const rg_view *v = &P->oldc->views.v[i];
        if (v->dropped) continue;
        const char *q = rg_expr_sql(P->oldc, &v->query);
        bool uses = false;
        for (size_t j = 0; j < r->old_fam.n && !uses; j++) uses = names_word(q, ((const rg_table *)r->old_fam.v[j])->name);
        if (!uses) continue;
        const char *key = pl_key(P, v->schema, v->name, NULL);
        if (rg_map_get(&P->rebuilt_views, key)) continue;
        rg_map_put(&P->rebuilt_views, key, (void *)1);
        rg_buf b = {0};
        rg_ddl_view(P->oldc, v, &b);
        rg_plan_step *s = scratch_step(P, scratch, diags, failed, "drop_view", key,
                                       rg_arena_printf(P->a, "DROP %sVIEW %s", v->materialized ? "MATERIALIZED " : "",
                                                       pl_qn(P, v->schema, v->name)),
                                       pl_take(P, &b));
        pl_step_prio(s, PRIO_FIRST);
        pl_note(P, s, "made again over the rebuilt table %s.%s (a view follows the relation, not its name)",
                ot->schema, ot->name);
        if (v->materialized) {
            const rg_view *nv = rg_catalog_view(P->newc, v->schema, v->name);
            if (nv && nv->materialized) {
                /* Created with the schema, before the rows are copied. */
                s = pl_step(P, pl_main(P, ST_EXPAND, PH_MAIN, "schema"), "refresh_materialized_view", key,
                            rg_arena_printf(P->a, "REFRESH MATERIALIZED VIEW %s", pl_qn(P, v->schema, v->name)),
                            rg_arena_printf(P->a, "REFRESH MATERIALIZED VIEW %s", pl_qn(P, v->schema, v->name)));
                pl_step_prio(s, PRIO_LATE + 5);
                pl_note(P, s, "with the copied rows");
            }
        }
    }

    /* The old table, its partitions, their indexes and keys: renamed to
     * free the names the new ones take. */
    for (size_t i = 0; i < r->old_fam.n; i++) {
        const rg_table *t = r->old_fam.v[i];
        const char *to = pl_name(P, "", t->name, "rg_old");
        rg_plan_step *s = scratch_step(
            P, scratch, diags, failed, "rename_table", pl_key(P, t->schema, to, NULL),
            rg_arena_printf(P->a, "ALTER TABLE %s RENAME TO %s", pl_qn(P, t->schema, t->name), pl_q(P, to)),
            rg_arena_printf(P->a, "ALTER TABLE %s RENAME TO %s", pl_qn(P, t->schema, to), pl_q(P, t->name)));
        pl_step_prio(s, PRIO_FIRST + 1);
        pl_note(P, s, "the old copy of %s.%s, kept until contract", t->schema, t->name);
        rg_map_put(&P->rebuilt_old, pl_key(P, t->schema, to, NULL), (void *)1);
        for (size_t j = 0; j < t->constraints.n; j++) {
            const rg_constraint *k = &t->constraints.v[j];
            if (k->dropped || (k->kind != RG_CON_PRIMARY && k->kind != RG_CON_UNIQUE && k->kind != RG_CON_EXCLUSION))
                continue;
            const char *kto = pl_name(P, "", k->name, "rg_old");
            s = scratch_step(P, scratch, diags, failed, "alter_index_rename", pl_key(P, t->schema, kto, NULL),
                             rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, t->schema, k->name), pl_q(P, kto)),
                             rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, t->schema, kto), pl_q(P, k->name)));
            pl_step_prio(s, PRIO_FIRST + 1);
        }
    }
    for (size_t i = 0; i < P->oldc->indexes.n; i++) {
        const rg_index *x = &P->oldc->indexes.v[i];
        if (x->dropped || !in_family(P, &r->old_fam, x->table_schema, x->table_name)) continue;
        const char *to = pl_name(P, "", x->name, "rg_old");
        rg_plan_step *s = scratch_step(
            P, scratch, diags, failed, "alter_index_rename", pl_key(P, x->schema, to, NULL),
            rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, x->schema, x->name), pl_q(P, to)),
            rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, x->schema, to), pl_q(P, x->name)));
        pl_step_prio(s, PRIO_FIRST + 1);
    }

    /* The rows, once the new table has its partitions (attached at
     * PRIO_LATE + 3): INSERT ... SELECT under the ACCESS EXCLUSIVE lock the
     * rename took, so no write is lost between copy and swap. The down
     * copies them back, rows written after the swap included. */
    const char *cols = copy_columns(P, ot, nt);
    if (cols) {
        const char *back = copy_columns(P, nt, ot);
        rg_plan_step *s = pl_step(
            P, pl_main(P, ST_EXPAND, PH_MAIN, "schema"), "copy_rows", obj,
            rg_arena_printf(P->a, "INSERT INTO %s (%s) SELECT %s FROM %s", oq, cols, cols, rq),
            rg_arena_printf(P->a, "TRUNCATE %s;\nINSERT INTO %s (%s) SELECT %s FROM %s", rq, rq, back, back, oq));
        pl_step_prio(s, PRIO_LATE + 4);
        pl_existing(P, s, ot->schema, old_name);
        pl_note(P, s, "the rows of the old table, under the lock its rename took: reads and writes of %s.%s wait "
                "for the copy", ot->schema, ot->name);
        for (size_t i = 0; i < nt->columns.n; i++) {
            const rg_column *c = &nt->columns.v[i];
            if (!c->dropped && !c->generated && !rg_map_get(&ot->column_map, c->name)) {
                pl_lossy(s, rg_arena_printf(P->a, "the values of the new column %s are not copied back", c->name));
                break;
            }
        }
    }
    rg_plan_add_finding(P->p, RG_SEV_WARNING, "table_rebuild", obj,
                        "%s.%s is made again (%s): its rows are copied in the expand transaction under an ACCESS "
                        "EXCLUSIVE lock, so reads and writes of the table wait for the copy (time it on a copy of "
                        "the data)%s", ot->schema, ot->name,
                        nt->partition_key ? "partitioned" : "no longer partitioned",
                        nt->partition_key ? "; a row that no partition accepts stops the expand (it rolls back)" : "");
}

/* The foreign keys held by or referencing the old copies (all renamed by
 * now: the names are the ones the statements meet), dropped right after
 * the renames. A partition's clone goes with its parent's key. The down
 * adds each back validated, after the rows are copied back: it runs in
 * the transaction that holds the old tables' locks anyway. */
static void drop_old_fks(planner *P, rg_catalog *scratch, rg_diags *diags, bool *failed)
{
    RG_VEC(const char *) ups = {0}, downs = {0}, objs = {0}, others = {0}, schemas = {0};
    for (size_t i = 0; i < scratch->tables.n; i++) {
        const rg_table *t = &scratch->tables.v[i];
        if (t->dropped) continue;
        bool holder = rg_map_get(&P->rebuilt_old, pl_key(P, t->schema, t->name, NULL)) != NULL;
        for (size_t j = 0; j < t->constraints.n; j++) {
            const rg_constraint *k = &t->constraints.v[j];
            if (k->dropped || k->kind != RG_CON_FOREIGN || k->inherited) continue;
            if (!holder && !(k->ref_table && rg_map_get(&P->rebuilt_old,
                                                       pl_key(P, k->ref_schema ? k->ref_schema : t->schema,
                                                              k->ref_table, NULL))))
                continue;
            const char *at = rg_arena_printf(P->a, "ALTER TABLE %s", pl_qn(P, t->schema, t->name));
            rg_buf b = {0};
            rg_buf_printf(&b, "%s ADD CONSTRAINT %s ", at, pl_q(P, k->name));
            rg_ddl_constraint_body(scratch, k, &b);
            if (k->not_valid) rg_buf_puts(&b, " NOT VALID");
            *rg_vec_push(P->a, &ups) = rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", at, pl_q(P, k->name));
            *rg_vec_push(P->a, &downs) = pl_take(P, &b);
            *rg_vec_push(P->a, &objs) = pl_key(P, t->schema, t->name, k->name);
            *rg_vec_push(P->a, &others) = holder ? NULL : t->name;
            *rg_vec_push(P->a, &schemas) = t->schema;
        }
    }
    /* Applied after the scan: the drops change the catalog scanned. */
    for (size_t i = 0; i < ups.n; i++) {
        rg_plan_step *s = scratch_step(P, scratch, diags, failed, "drop_constraint_foreign_key", objs.v[i], ups.v[i],
                                       downs.v[i]);
        pl_step_prio(s, PRIO_FIRST + 2);
        pl_note(P, s, "to or from the old copy of a rebuilt table: the target's keys are added after the rows are "
                      "copied, and no key is left on the old copy for contract to drop");
        if (!others.v[i]) continue;
        /* A table the rebuild does not make again: this drop locks it too,
         * until the expand transaction commits (the lock evidence says so). */
        pl_existing(P, s, schemas.v[i], others.v[i]);
    }
}

bool pl_rebuilt_fk(planner *P, const rg_table *t, const rg_constraint *k)
{
    if (!P->rebuilt_new.n) return false;
    if (rg_map_get(&P->rebuilt_new, pl_key(P, t->schema, t->name, NULL))) return true;
    return k->ref_table &&
           rg_map_get(&P->rebuilt_new, pl_key(P, k->ref_schema ? k->ref_schema : t->schema, k->ref_table, NULL));
}

int pl_table_rebuilds(planner *P, const char **err)
{
    rg_map adds = {0};
    RG_VEC(rebuild) todo = {0};
    for (size_t i = 0; i < P->d->n; i++)
        if (P->d->v[i].ck == RG_CK_ADD_TABLE) rg_map_put(&adds, P->d->v[i].object, (void *)&P->d->v[i]);
    rg_map old_kids = {0}, new_kids = {0};
    bool built = false;
    for (size_t i = 0; i < P->d->n; i++) {
        const rg_change *c = &P->d->v[i];
        const rg_change *a = c->ck == RG_CK_DROP_TABLE ? rg_map_get(&adds, c->object) : NULL;
        if (!a || !c->old_obj || !a->new_obj) continue;
        if (!built) {
            children_of(P, P->oldc, &old_kids);
            children_of(P, P->newc, &new_kids);
            built = true;
        }
        rebuild *r = rg_vec_push(P->a, &todo);
        memset(r, 0, sizeof *r);
        r->ot = c->old_obj;
        r->nt = a->new_obj;
        family(P, &old_kids, r->ot, &r->old_fam);
        family(P, &new_kids, r->nt, &r->new_fam);
        r->refused = why_refused(P, r);
        if (r->refused) rg_map_put(&P->rebuild_refused, c->object, (void *)r->refused);
    }
    rg_map_free(&adds);
    rg_map_free(&old_kids);
    rg_map_free(&new_kids);
    size_t n = 0;
    for (size_t i = 0; i < todo.n; i++) n += !todo.v[i].refused;
    if (!n) return RG_OK;

    rg_catalog *scratch = P->p->owned_cat ? P->p->owned_cat : rg_catalog_clone(P->oldc);
    if (!P->p->owned_parser) {
        P->p->owned_parser = rg_parser_new();
        rg_parser_set_threads(P->p->owned_parser, 1);
    }
    rg_diags diags = {0};
    bool failed = false;
    for (size_t i = 0; i < todo.n; i++) {
        if (todo.v[i].refused) continue;
        plan_one(P, &todo.v[i], scratch, &diags, &failed);
        for (size_t j = 0; j < todo.v[i].new_fam.n; j++) {
            const rg_table *t = todo.v[i].new_fam.v[j];
            rg_map_put(&P->rebuilt_new, pl_key(P, t->schema, t->name, NULL), (void *)1);
        }
    }
    drop_old_fks(P, scratch, &diags, &failed);
    rg_diff *d = NULL;
    int rc = RG_OK;
    if (failed || rg_diff_catalogs(&d, scratch, P->newc) != RG_OK) {
        *err = "internal: the renames of a table rebuild do not apply to the old schema";
        rg_diff_free(d);
        if (scratch != P->p->owned_cat) rg_catalog_free(scratch);
        rc = RG_EUSAGE;
        goto done;
    }
    rg_diff_free(P->p->owned_diff);
    P->p->owned_cat = scratch;
    P->p->owned_diff = d;
    P->oldc = scratch;
    P->d = d;
done:
    rg_diags_free(&diags);
    return rc;
}
