/*
 * plan_rename.c — table renames (--rename-table): the table is renamed in
 * expand and an updatable view under the old name (SELECT * of the new
 * one, auto-updatable since PostgreSQL 9.3) keeps the old version working
 * during the deploy; the view goes in contract. Constraints, indexes and
 * sequences named after the table follow when the target names them
 * after the new name. The rest of the plan is made against the old
 * schema with these renames applied, so it only sees real changes: the
 * renames are the plan's first file, so every later file's up and down
 * use the new names (its down, the last, renames back).
 */
#include "plan/plan_int.h"

#include <string.h>

void pl_step_prio(rg_plan_step *s, int prio);

typedef struct renamer {
    planner *P;
    rg_catalog *scratch;
    rg_diags diags;
    bool failed;
    rg_map indexes;   /* pl_key(schema, table) -> pl_ptrs of the old schema's rg_index * */
    rg_map sequences; /* schema -> pl_ptrs of the old schema's rg_sequence * */
} renamer;

static void push_to(planner *P, rg_map *m, const char *key, const void *v)
{
    pl_ptrs *l = rg_map_get(m, key);
    if (!l) {
        l = rg_arena_alloc(P->a, sizeof *l);
        rg_map_put(m, key, l);
    }
    *rg_vec_push(P->a, l) = v;
}

/* Built once, so each hint looks up its table's objects. */
static void renamer_maps(renamer *r)
{
    planner *P = r->P;
    for (size_t i = 0; i < P->oldc->indexes.n; i++) {
        const rg_index *x = &P->oldc->indexes.v[i];
        if (!x->dropped) push_to(P, &r->indexes, pl_key(P, x->table_schema, x->table_name, NULL), x);
    }
    for (size_t i = 0; i < P->oldc->sequences.n; i++) {
        const rg_sequence *q = &P->oldc->sequences.v[i];
        if (!q->dropped) push_to(P, &r->sequences, q->schema, q);
    }
}

static const pl_ptrs NO_PTRS;

static const pl_ptrs *ptrs(const rg_map *m, const char *key)
{
    const pl_ptrs *l = rg_map_get(m, key);
    return l ? l : &NO_PTRS;
}

/* Applies one statement to the scratch catalog and records it as a step. */
static void rename_step(renamer *r, const char *op, const char *object, const char *up, const char *down)
{
    planner *P = r->P;
    rg_script s = {0};
    const char *text = rg_arena_printf(P->a, "%s;", up);
    if (rg_parse_text(P->p->owned_parser, &s, "rename", text, strlen(text), &r->diags) != RG_OK ||
        rg_catalog_apply(r->scratch, &s, &r->diags) != RG_OK)
        r->failed = true;
    rg_plan_step *st = pl_step(P, pl_main(P, ST_EXPAND, PH_RENAME, "renames"), op, object, up, down);
    pl_step_prio(st, PRIO_FIRST);
}

/* "old_suffix" -> "new_suffix" when the name starts with the old table's. */
static const char *renamed(planner *P, const char *name, const char *from, const char *to)
{
    size_t n = strlen(from);
    if (strncmp(name, from, n) != 0 || name[n] != '_') return NULL;
    return rg_arena_printf(P->a, "%s%s", to, name + n);
}

static void follow_names(renamer *r, const rg_rename_hint *h, const rg_table *ot, const rg_table *nt)
{
    planner *P = r->P;
    const char *tq = pl_qn(P, h->schema, h->to);
    for (size_t i = 0; i < ot->constraints.n; i++) {
        const rg_constraint *k = &ot->constraints.v[i];
        const char *to = k->dropped ? NULL : renamed(P, k->name, h->from, h->to);
        if (!to || !rg_table_constraint(nt, to) || rg_table_constraint(ot, to)) continue;
        rename_step(r, "rename_constraint", pl_key(P, h->schema, h->to, to),
                    rg_arena_printf(P->a, "ALTER TABLE %s RENAME CONSTRAINT %s TO %s", tq, pl_q(P, k->name), pl_q(P, to)),
                    rg_arena_printf(P->a, "ALTER TABLE %s RENAME CONSTRAINT %s TO %s", tq, pl_q(P, to), pl_q(P, k->name)));
    }
    const pl_ptrs *xs = ptrs(&r->indexes, pl_key(P, h->schema, h->from, NULL));
    for (size_t i = 0; i < xs->n; i++) {
        const rg_index *x = xs->v[i];
        const char *to = renamed(P, x->name, h->from, h->to);
        if (!to || !rg_catalog_index(P->newc, h->schema, to) || rg_catalog_index(P->oldc, h->schema, to)) continue;
        rename_step(r, "alter_index_rename", pl_key(P, h->schema, to, NULL),
                    rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, x->schema, x->name), pl_q(P, to)),
                    rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, x->schema, to), pl_q(P, x->name)));
    }
    const pl_ptrs *qs = ptrs(&r->sequences, h->schema);
    for (size_t i = 0; i < qs->n; i++) {
        const rg_sequence *q = qs->v[i];
        const char *to = renamed(P, q->name, h->from, h->to);
        if (!to || !rg_catalog_sequence(P->newc, h->schema, to) || rg_catalog_sequence(P->oldc, h->schema, to)) continue;
        rename_step(r, "rename_table", pl_key(P, h->schema, to, NULL),
                    rg_arena_printf(P->a, "ALTER SEQUENCE %s RENAME TO %s", pl_qn(P, q->schema, q->name), pl_q(P, to)),
                    rg_arena_printf(P->a, "ALTER SEQUENCE %s RENAME TO %s", pl_qn(P, q->schema, to), pl_q(P, q->name)));
    }
}

/* The stand-in names the old table's columns: a view made again later
 * (around a type change, in the switch) must not pick up the columns the
 * plan adds meanwhile, which the old version does not know. */
static const char *stand_in_create(planner *P, const rg_rename_hint *h)
{
    const rg_table *t = rg_catalog_table(P->oldc, h->schema, h->from);
    if (!t) t = rg_catalog_table(P->oldc, h->schema, h->to); /* the old schema with the renames applied */
    rg_buf b = {0};
    rg_buf_printf(&b, "CREATE VIEW %s AS SELECT ", pl_qn(P, h->schema, h->from));
    size_t n = 0;
    for (size_t i = 0; t && i < t->columns.n; i++)
        if (!t->columns.v[i].dropped) rg_buf_printf(&b, "%s%s", n++ ? ", " : "", pl_q(P, t->columns.v[i].name));
    if (!n) rg_buf_putc(&b, '*');
    rg_buf_printf(&b, " FROM %s", pl_qn(P, h->schema, h->to));
    return pl_take(P, &b);
}

const char *pl_around_stand_in(planner *P, const char *schema, const char *table, const char *sql)
{
    const rg_rename_hint *h = rg_map_get(&P->stand_ins, pl_key(P, schema, table, NULL));
    if (!h) return sql;
    return rg_arena_printf(P->a, "DROP VIEW %s;\n%s;\n%s", pl_qn(P, h->schema, h->from), sql, stand_in_create(P, h));
}

void pl_stand_in_switch(planner *P, const char *schema, const char *table, rg_plan_file *sw)
{
    const char *key = pl_key(P, schema, table, NULL);
    const rg_rename_hint *h = rg_map_get(&P->stand_ins, key);
    if (!h || rg_map_get(&P->stand_in_swapped, key)) return;
    rg_map_put(&P->stand_in_swapped, key, (void *)1);
    const char *obj = pl_key(P, h->schema, h->from, NULL);
    const char *drop = rg_arena_printf(P->a, "DROP VIEW %s", pl_qn(P, h->schema, h->from));
    /* The view reads columns by position: made before the switch, it would
     * go on reading the old copies (unwritten from then on). */
    rg_plan_step *s = pl_step(P, sw, "drop_view", obj, drop, stand_in_create(P, h));
    pl_step_prio(s, PRIO_FIRST);
    s = pl_step(P, sw, "create_view", obj, stand_in_create(P, h), drop);
    pl_step_prio(s, PRIO_LATE + 2);
    pl_note(P, s, "the old name's stand-in view again, now over the switched columns");
}

static void stand_in(planner *P, const rg_rename_hint *h)
{
    rg_map_put(&P->stand_ins, pl_key(P, h->schema, h->to, NULL), (void *)h);
    const char *oq = pl_qn(P, h->schema, h->from);
    const char *obj = pl_key(P, h->schema, h->from, NULL);
    const char *create = stand_in_create(P, h);
    const char *drop = rg_arena_printf(P->a, "DROP VIEW %s", oq);
    rg_plan_step *s = pl_step(P, pl_main(P, ST_EXPAND, PH_RENAME, "renames"), "create_view", obj, create, drop);
    pl_step_prio(s, PRIO_FIRST);
    pl_note(P, s, "updatable view: the old name keeps working for reads and writes during the deploy");
    s = pl_step(P, pl_main(P, ST_CONTRACT, PH_DROP, "drop"), "drop_view", obj, drop, create);
    pl_step_prio(s, PRIO_FIRST);
    pl_note(P, s, "the old name of %s.%s", h->schema, h->to);
}

int pl_table_renames(planner *P, const char **err)
{
    renamer r = {.P = P};
    for (size_t i = 0; i < P->o->ntable_renames; i++) {
        const rg_rename_hint *h = &P->o->table_renames[i];
        const rg_table *ot = rg_catalog_table(P->oldc, h->schema, h->from);
        const rg_table *nt = rg_catalog_table(P->newc, h->schema, h->to);
        if (!ot || !nt || rg_catalog_table(P->newc, h->schema, h->from) || rg_catalog_table(P->oldc, h->schema, h->to)) {
            *err = rg_arena_printf(P->a, "--rename-table %s.%s=%s: OLD must have %s.%s and NEW %s.%s (and not the other name)",
                                   h->schema, h->from, h->to, h->schema, h->from, h->schema, h->to);
            return RG_EUSAGE;
        }
    }
    r.scratch = rg_catalog_clone(P->oldc);
    P->p->owned_parser = rg_parser_new();
    rg_parser_set_threads(P->p->owned_parser, 1);
    renamer_maps(&r);
    for (size_t i = 0; i < P->o->ntable_renames; i++) {
        const rg_rename_hint *h = &P->o->table_renames[i];
        const rg_table *ot = rg_catalog_table(P->oldc, h->schema, h->from);
        const rg_table *nt = rg_catalog_table(P->newc, h->schema, h->to);
        rename_step(&r, "rename_table", pl_key(P, h->schema, h->to, NULL),
                    rg_arena_printf(P->a, "ALTER TABLE %s RENAME TO %s", pl_qn(P, h->schema, h->from), pl_q(P, h->to)),
                    rg_arena_printf(P->a, "ALTER TABLE %s RENAME TO %s", pl_qn(P, h->schema, h->to), pl_q(P, h->from)));
        follow_names(&r, h, ot, nt);
        stand_in(P, h);
    }
    rg_map_free(&r.indexes);
    rg_map_free(&r.sequences);
    rg_diff *d = NULL;
    if (r.failed || rg_diff_catalogs(&d, r.scratch, P->newc) != RG_OK) {
        *err = "--rename-table: the renames do not apply to the old schema";
        rg_diff_free(d);
        rg_catalog_free(r.scratch);
        rg_diags_free(&r.diags);
        return RG_EUSAGE;
    }
    P->p->owned_cat = r.scratch;
    P->p->owned_diff = d;
    P->oldc = r.scratch;
    P->d = d;
    rg_diags_free(&r.diags);
    return RG_OK;
}
