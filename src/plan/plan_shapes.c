/*
 * plan_shapes.c — one change of the diff → its steps, for every object
 * kind but columns (plan_columns.c). New objects go to expand, drops of
 * anything the old version may use to contract; CHECK and FOREIGN KEY as
 * NOT VALID then VALIDATE in a transaction of its own; indexes
 * CONCURRENTLY in files of their own; UNIQUE / PRIMARY KEY through a
 * concurrent unique index and ADD CONSTRAINT ... USING INDEX.
 */
#include "plan/plan_int.h"

#include <stdint.h>
#include <string.h>

#include "catalog/ddl_api.h"

void pl_step_prio(rg_plan_step *s, int prio);
static void replace_index(planner *P, const char *object, const rg_index *x, const rg_index *ox);
static bool view_names_any(planner *P, rg_catalog *c, const rg_view *v, const rg_map *names);
static bool key_parts(planner *P, const char *key, const char **a, const char **b);
static bool key_parts3(planner *P, const char *key, const char **a, const char **b, const char **c3);

typedef void (*ddl_fn)(rg_catalog *, const void *, rg_buf *);

static const char *alter(planner *P, const rg_table *t)
{
    return rg_arena_printf(P->a, "ALTER TABLE %s", pl_qn(P, t->schema, t->name));
}

/* VALIDATE CONSTRAINT of a key added NOT VALID, in a validate-stage file
 * of its own: it scans without blocking reads or writes. */
static void validate_in_own_file(planner *P, rg_plan_file *f, const rg_table *t, const rg_constraint *k,
                                 const char *op, const char *obj)
{
    rg_plan_step *s = pl_step(P, f, op, obj,
                              rg_arena_printf(P->a, "%s VALIDATE CONSTRAINT %s", alter(P, t), pl_q(P, k->name)), NULL);
    pl_note(P, s, "own transaction: scans without blocking reads or writes");
}

static rg_plan_file *expand_main(planner *P)
{
    return pl_main(P, ST_EXPAND, PH_MAIN, "schema");
}

static rg_plan_file *contract_main(planner *P)
{
    return pl_main(P, ST_CONTRACT, PH_DROP, "drop");
}

static void unsupported(planner *P, const rg_change *c)
{
    rg_plan_add_finding(P->p, RG_SEV_WARNING, "unsupported_change", c->object,
                        "no step for %s %s (%s): apply it by hand", c->kind, c->object,
                        c->detail ? c->detail : "");
}

/* ---- canonical SQL of single objects ----------------------------------------- */

static const char *table_sql(planner *P, rg_catalog *c, const rg_table *t, bool with_keys)
{
    rg_buf b = {0};
    rg_ddl_table(c, t, &b);
    for (size_t i = 0; with_keys && i < t->constraints.n; i++) {
        const rg_constraint *k = &t->constraints.v[i];
        if (k->dropped || !k->is_local || k->kind == RG_CON_FOREIGN) continue;
        if (k->kind == RG_CON_CHECK && !k->not_valid) continue; /* inline */
        rg_ddl_constraint(c, t, k, &b);
    }
    return pl_take(P, &b);
}

static const char *constraint_sql(planner *P, rg_catalog *c, const rg_table *t,
                                  const rg_constraint *k, bool not_valid)
{
    rg_buf b = {0};
    rg_buf_printf(&b, "%s ADD CONSTRAINT %s ", alter(P, t), pl_q(P, k->name));
    rg_ddl_constraint_body(c, k, &b);
    if (not_valid) rg_buf_puts(&b, " NOT VALID");
    return pl_take(P, &b);
}

static const char *index_sql(planner *P, rg_catalog *c, const rg_index *x, bool concurrently)
{
    rg_buf b = {0};
    rg_ddl_index(c, x, &b);
    const char *s = pl_take(P, &b);
    if (!concurrently) return s;
    const char *at = strstr(s, "INDEX ");
    if (!at) return s;
    return rg_arena_printf(P->a, "%.*sINDEX CONCURRENTLY %s", (int)(at - s), s, at + 6);
}

static const char *drop_index_sql(planner *P, const rg_index *x, bool concurrently)
{
    return rg_arena_printf(P->a, "DROP INDEX %s%s", concurrently ? "CONCURRENTLY " : "",
                            pl_qn(P, x->schema, x->name));
}

static const char *func_sig(planner *P, const rg_function *f)
{
    rg_buf b = {0};
    rg_buf_puts(&b, pl_qn(P, f->schema, f->name));
    rg_buf_putc(&b, '(');
    bool first = true;
    for (size_t i = 0; i < f->nargs; i++) {
        if (f->args[i].mode == 'o' || f->args[i].mode == 't') continue;
        if (!first) rg_buf_puts(&b, ", ");
        first = false;
        if (f->args[i].mode == 'v') rg_buf_puts(&b, "VARIADIC ");
        rg_buf_puts(&b, f->args[i].type);
    }
    rg_buf_putc(&b, ')');
    const char *r = rg_arena_strdup(P->a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return r;
}

static const char *obj_sql(planner *P, rg_catalog *c, void (*fn)(rg_catalog *, const void *, rg_buf *),
                           const void *o)
{
    rg_buf b = {0};
    fn(c, o, &b);
    return pl_take(P, &b);
}

static void view_fn(rg_catalog *c, const void *o, rg_buf *b) { rg_ddl_view(c, o, b); }
static void func_fn(rg_catalog *c, const void *o, rg_buf *b) { rg_ddl_function(c, o, b); }
static void type_fn(rg_catalog *c, const void *o, rg_buf *b) { rg_ddl_type(c, o, b); }
static void seq_fn(rg_catalog *c, const void *o, rg_buf *b) { rg_ddl_sequence(c, o, b); }

/* ---- tables ------------------------------------------------------------------- */

static void owned_by_step(planner *P, rg_plan_file *f, const rg_sequence *s)
{
    if (!s->owned_by || s->identity) return;
    /* "schema.table.column": quote each part. */
    const char *p1 = strchr(s->owned_by, '.');
    const char *p2 = p1 ? strchr(p1 + 1, '.') : NULL;
    if (!p2) return;
    const char *tq = pl_qn(P, rg_arena_strndup(P->a, s->owned_by, (size_t)(p1 - s->owned_by)),
                           rg_arena_strndup(P->a, p1 + 1, (size_t)(p2 - p1 - 1)));
    rg_plan_step *st = pl_step(P, f, "alter_sequence_owned_by", pl_qn(P, s->schema, s->name),
                               rg_arena_printf(P->a, "ALTER SEQUENCE %s OWNED BY %s.%s",
                                               pl_qn(P, s->schema, s->name), tq, pl_q(P, p2 + 1)),
                               rg_arena_printf(P->a, "ALTER SEQUENCE %s OWNED BY NONE",
                                               pl_qn(P, s->schema, s->name)));
    pl_step_prio(st, PRIO_LATE);
}

/* A sequence its old owner would drop along that the target keeps: given
 * another owner (or none) in expand, before the owner goes, so the owner's
 * down does not bring it back. */
static bool seq_kept(planner *P, const rg_sequence *q)
{
    return rg_catalog_sequence(P->newc, q->schema, q->name) != NULL;
}

/* What a table carries besides columns, keys and indexes: row level
 * security, policies, replica identity and comments, as statements
 * after ";\n" (for the down of a dropped table). */
static void table_extras(planner *P, rg_catalog *c, const rg_table *t, rg_buf *out)
{
    const char *tq = pl_qn(P, t->schema, t->name);
    if (t->rls_enabled) rg_buf_printf(out, ";\nALTER TABLE %s ENABLE ROW LEVEL SECURITY", tq);
    if (t->rls_forced) rg_buf_printf(out, ";\nALTER TABLE %s FORCE ROW LEVEL SECURITY", tq);
    char ri = t->replica_identity ? t->replica_identity : 'd';
    if (ri == 'f' || ri == 'n' || (ri == 'i' && t->replica_index))
        rg_buf_printf(out, ";\nALTER TABLE %s REPLICA IDENTITY %s", tq,
                      ri == 'f' ? "FULL" : ri == 'n' ? "NOTHING" : rg_arena_printf(P->a, "USING INDEX %s", pl_q(P, t->replica_index)));
    for (size_t i = 0; i < t->policies.n; i++) {
        const rg_policy *p = &t->policies.v[i];
        if (p->dropped) continue;
        rg_buf b = {0};
        rg_ddl_policy(c, t, p, &b);
        rg_buf_printf(out, ";\n%s", pl_take(P, &b));
        if (p->comment && *p->comment)
            rg_buf_printf(out, ";\nCOMMENT ON POLICY %s ON %s IS %s", pl_q(P, p->name), tq, pl_lit(P, p->comment));
    }
    if (t->comment && *t->comment) rg_buf_printf(out, ";\nCOMMENT ON TABLE %s IS %s", tq, pl_lit(P, t->comment));
    for (size_t i = 0; i < t->columns.n; i++) {
        const rg_column *col = &t->columns.v[i];
        if (!col->dropped && col->comment && *col->comment)
            rg_buf_printf(out, ";\nCOMMENT ON COLUMN %s.%s IS %s", tq, pl_q(P, col->name), pl_lit(P, col->comment));
    }
    for (size_t i = 0; i < t->constraints.n; i++) {
        const rg_constraint *k = &t->constraints.v[i];
        if (!k->dropped && k->comment && *k->comment)
            rg_buf_printf(out, ";\nCOMMENT ON CONSTRAINT %s ON %s IS %s", pl_q(P, k->name), tq, pl_lit(P, k->comment));
    }
    for (size_t i = 0; i < t->triggers.n; i++) {
        const rg_trigger *g = &t->triggers.v[i];
        if (!g->dropped && g->comment && *g->comment)
            rg_buf_printf(out, ";\nCOMMENT ON TRIGGER %s ON %s IS %s", pl_q(P, g->name), tq, pl_lit(P, g->comment));
    }
}

/* Whether partition t's key k has the kind and columns of a key of its
 * parent (new schema): the one the parent's key adopts. */
static bool mirrors_parent_key(planner *P, const rg_table *t, const rg_constraint *k)
{
    const rg_table *p = rg_catalog_table(P->newc, t->parent_schema, t->parent_table);
    for (size_t i = 0; p && i < p->constraints.n; i++) {
        const rg_constraint *o = &p->constraints.v[i];
        if (o->dropped || o->kind != k->kind || o->ncolumns != k->ncolumns) continue;
        bool same = true;
        for (size_t j = 0; j < k->ncolumns && same; j++) same = !strcmp(o->columns[j], k->columns[j]);
        if (same) return true;
    }
    return false;
}

static void add_table(planner *P, const rg_change *c)
{
    const rg_table *t = c->new_obj;
    rg_plan_step *s = pl_step(P, expand_main(P), "create_table", c->object,
                              table_sql(P, P->newc, t, false),
                              rg_arena_printf(P->a, "DROP TABLE %s", pl_qn(P, t->schema, t->name)));
    pl_note(P, s, "new table: invisible to other sessions until commit");
    const char *tq = pl_qn(P, t->schema, t->name);
    if (t->rls_enabled) {
        s = pl_step(P, expand_main(P), "enable_row_security", c->object,
                    rg_arena_printf(P->a, "ALTER TABLE %s ENABLE ROW LEVEL SECURITY", tq),
                    rg_arena_printf(P->a, "ALTER TABLE %s DISABLE ROW LEVEL SECURITY", tq));
        pl_note(P, s, "new, empty table");
    }
    if (t->rls_forced) {
        s = pl_step(P, expand_main(P), "force_row_security", c->object,
                    rg_arena_printf(P->a, "ALTER TABLE %s FORCE ROW LEVEL SECURITY", tq),
                    rg_arena_printf(P->a, "ALTER TABLE %s NO FORCE ROW LEVEL SECURITY", tq));
        pl_note(P, s, "new, empty table");
    }
    /* Keys and NOT VALID checks come with the table in the diff: one step
     * each (the table is new and empty, so plain ADD CONSTRAINT). */
    for (size_t i = 0; i < t->constraints.n; i++) {
        const rg_constraint *k = &t->constraints.v[i];
        if (k->dropped || !k->is_local || k->kind == RG_CON_FOREIGN) continue;
        if (k->kind == RG_CON_CHECK && !k->not_valid) continue; /* inline */
        rg_buf b = {0};
        rg_ddl_constraint(P->newc, t, k, &b);
        /* A partition's key may be attached to its parent's, whose drop in
         * the down takes it along first: IF EXISTS. */
        s = pl_step(P, expand_main(P), k->kind == RG_CON_PRIMARY ? "add_primary_key" :
                                       k->kind == RG_CON_CHECK ? "add_check_not_valid" : "add_unique_constraint",
                    rg_arena_printf(P->a, "%s.%s", c->object, pl_q(P, k->name)), pl_take(P, &b),
                    rg_arena_printf(P->a, "%s DROP CONSTRAINT %s%s", alter(P, t), t->parent_table ? "IF EXISTS " : "",
                                    pl_q(P, k->name)));
        pl_note(P, s, "new, empty table");
        /* A partition's key that stands for one of its parent's first:
         * ATTACH PARTITION adopts the first matching index it finds. */
        if (t->parent_table && (k->index_attached_to || mirrors_parent_key(P, t, k))) pl_step_prio(s, PRIO_NORMAL - 1);
    }
    /* Replica identity: USING INDEX names an index the plan creates with
     * the table (the dependency order puts this after it). */
    char ri = t->replica_identity ? t->replica_identity : 'd';
    if (ri == 'f' || ri == 'n' || (ri == 'i' && t->replica_index)) {
        s = pl_step(P, expand_main(P), "replica_identity", c->object,
                    rg_arena_printf(P->a, "ALTER TABLE %s REPLICA IDENTITY %s", tq,
                                    ri == 'f' ? "FULL" : ri == 'n' ? "NOTHING"
                                              : rg_arena_printf(P->a, "USING INDEX %s", pl_q(P, t->replica_index))),
                    rg_arena_printf(P->a, "ALTER TABLE %s REPLICA IDENTITY DEFAULT", tq));
        pl_step_prio(s, PRIO_LATE + 1);
        pl_note(P, s, "new, empty table");
    }
    if (t->parent_table) pl_partition_attach_new(P, t, c->object);
}

/* Whether partition t's foreign key k is a clone of its parent's (same
 * name, old schema). */
static bool parent_has_fk(planner *P, const rg_table *t, const rg_constraint *k)
{
    const rg_table *p = rg_catalog_table(P->oldc, t->parent_schema, t->parent_table);
    const rg_constraint *pk = p ? rg_table_constraint(p, k->name) : NULL;
    return pk && !pk->dropped && pk->kind == RG_CON_FOREIGN;
}

static void drop_table(planner *P, const rg_change *c)
{
    const rg_table *t = c->old_obj;
    if (pl_table_is_new(P, t->schema, t->name)) {
        /* Made again under the same name (its kind or partition key
         * changed), in a sub-shape plan_rebuild.c refuses: it says why. */
        const char *why = rg_map_get(&P->rebuild_refused, c->object);
        rg_plan_add_finding(P->p, RG_SEV_ERROR, "table_rebuild", c->object,
                            "%s must be made again (%s): PostgreSQL cannot change that in place, and rollgate's "
                            "rebuild (new table, rows copied, names swapped in one transaction) does not apply: %s",
                            c->object, c->detail ? c->detail : "its definition changed",
                            why ? why : "it is made again with a table that cannot be");
    }
    pl_partition_detach_dropped(P, t, c->object);
    rg_buf down = {0};
    /* A serial's sequence goes with its table and comes back before it. */
    const pl_ptrs *qs = pl_owned_seqs(P, t->schema, t->name);
    for (size_t i = 0; i < qs->n; i++)
        if (!seq_kept(P, qs->v[i])) rg_buf_printf(&down, "%s;\n", obj_sql(P, P->oldc, seq_fn, qs->v[i]));
    rg_buf_puts(&down, table_sql(P, P->oldc, t, true));
    for (size_t i = 0; i < qs->n; i++) {
        const rg_sequence *q = qs->v[i];
        if (seq_kept(P, q)) continue;
        const char *col = q->owned_by + strlen(t->schema) + strlen(t->name) + 2;
        rg_buf_printf(&down, ";\nALTER SEQUENCE %s OWNED BY %s.%s", pl_qn(P, q->schema, q->name),
                      pl_qn(P, t->schema, t->name), pl_q(P, col));
    }
    bool fk = false;
    bool parent_dropped = t->parent_table &&
                          rg_map_get(&P->dropped_tables, pl_key(P, t->parent_schema, t->parent_table, NULL));
    for (size_t i = 0; i < t->constraints.n; i++) {
        const rg_constraint *k = &t->constraints.v[i];
        if (k->dropped || !k->is_local || k->kind != RG_CON_FOREIGN) continue;
        /* A partition's clone of its parent's foreign key goes with the
         * parent's (dropped with the parent, which the plan drops too;
         * PostgreSQL refuses to drop it alone). */
        if (parent_dropped && parent_has_fk(P, t, k)) continue;
        const char *fks = constraint_sql(P, P->oldc, t, k, k->not_valid);
        if (k->ref_table &&
            rg_map_get(&P->dropped_tables, pl_key(P, k->ref_schema ? k->ref_schema : t->schema, k->ref_table, NULL))) {
            /* Points at another table the contract drops: PostgreSQL drops
             * no table another one references, so the key goes first (and
             * comes back last in the down, once both tables are back). */
            rg_plan_step *ks = pl_step(P, contract_main(P), "drop_constraint_foreign_key",
                                       pl_key(P, t->schema, t->name, k->name),
                                       rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", alter(P, t), pl_q(P, k->name)), fks);
            pl_existing(P, ks, t->schema, t->name);
            pl_step_prio(ks, PRIO_FIRST + 1);
            continue;
        }
        fk = true;
        rg_buf_printf(&down, ";\n%s", fks);
    }
    const pl_ptrs *xs = pl_indexes_of(P, false, t->schema, t->name);
    for (size_t i = 0; i < xs->n; i++) rg_buf_printf(&down, ";\n%s", index_sql(P, P->oldc, xs->v[i], false));
    for (size_t i = 0; i < t->triggers.n; i++) {
        if (t->triggers.v[i].dropped) continue;
        rg_buf tb = {0};
        rg_ddl_trigger(P->oldc, t->schema, t->name, &t->triggers.v[i], &tb);
        rg_buf_printf(&down, ";\n%s", pl_take(P, &tb));
    }
    table_extras(P, P->oldc, t, &down);
    /* A partition of a parent dropped too comes back attached (with a
     * parent the plan keeps, the detach's down attaches it). */
    if (t->parent_table && rg_map_get(&P->dropped_tables, pl_key(P, t->parent_schema, t->parent_table, NULL)))
        rg_buf_printf(&down, ";\nALTER TABLE ONLY %s ATTACH PARTITION %s %s", pl_qn(P, t->parent_schema, t->parent_table),
                      pl_qn(P, t->schema, t->name), rg_ddl_partition_bound(P->oldc, t, P->a));
    rg_plan_step *s = pl_step(P, contract_main(P), fk ? "drop_table_with_fk" : "drop_table", c->object,
                              rg_arena_printf(P->a, "DROP TABLE %s", pl_qn(P, t->schema, t->name)),
                              pl_take(P, &down));
    pl_existing(P, s, t->schema, t->name);
    pl_lossy(s, "dropped tables come back empty");
}

/* ---- constraints ---------------------------------------------------------------- */

static const char *con_op(const rg_constraint *k, bool drop)
{
    switch (k->kind) {
    case RG_CON_CHECK: return drop ? "drop_constraint_check" : "add_check";
    case RG_CON_FOREIGN: return drop ? "drop_constraint_foreign_key" : "add_foreign_key";
    case RG_CON_PRIMARY: return drop ? "drop_constraint_unique" : "add_primary_key";
    default: return drop ? "drop_constraint_unique" : "add_unique_constraint";
    }
}

/* NOT VALID now (new writes are checked), VALIDATE later in a transaction
 * of its own (SHARE UPDATE EXCLUSIVE: reads and writes go on). */
static bool same_set(const char *const *a, size_t na, const char *const *b, size_t nb)
{
    if (na != nb) return false;
    for (size_t i = 0; i < na; i++) {
        bool found = false;
        for (size_t j = 0; j < nb && !found; j++) found = strcmp(a[i], b[j]) == 0;
        if (!found) return false;
    }
    return true;
}

/* Whether the unique key a foreign key needs on its referenced table is
 * one the plan adds to an existing table (in the validate stage): the
 * foreign key then comes after it. */
bool pl_ref_key_planned(planner *P, const rg_table *t, const rg_constraint *k)
{
    const char *rs = k->ref_schema ? k->ref_schema : t->schema;
    if (!k->ref_table || pl_table_is_new(P, rs, k->ref_table)) return false;
    const rg_table *ot = rg_catalog_table(P->oldc, rs, k->ref_table);
    if (!ot) return false;
    for (size_t i = 0; i < ot->constraints.n; i++) {
        const rg_constraint *o = &ot->constraints.v[i];
        if (!o->dropped && (o->kind == RG_CON_PRIMARY || o->kind == RG_CON_UNIQUE) &&
            same_set(o->columns, o->ncolumns, k->ref_columns, k->nref_columns))
            return false;
    }
    const pl_ptrs *xs = pl_indexes_of(P, false, rs, k->ref_table);
    for (size_t i = 0; i < xs->n; i++) {
        const rg_index *x = xs->v[i];
        if (!x->unique || x->where.key || x->nelems != k->nref_columns) continue;
        const char **cols = rg_arena_alloc(P->a, (x->nelems + 1) * sizeof *cols);
        bool plain = true;
        for (size_t e = 0; e < x->nelems; e++) plain &= (cols[e] = x->elems[e].column) != NULL;
        if (plain && same_set(cols, x->nelems, k->ref_columns, k->nref_columns)) return false;
    }
    return true;
}

/* A CHECK's body with every column that moves to a new column (a type
 * change) written as that new column, which takes the old name at the
 * switch; NULL when it uses none. */
static const char *check_on_moved(planner *P, rg_catalog *c, const rg_table *t, const rg_constraint *k)
{
    const pl_ptrs *cols = pl_moved_columns(P, t->schema, t->name);
    if (!cols->n) return NULL;
    rg_buf b = {0};
    rg_ddl_constraint_body(c, k, &b);
    const char *body = pl_take(P, &b), *was = body;
    for (size_t i = 0; i < cols->n; i++) body = pl_swap_expr(P, body, cols->v[i], pl_name(P, "", cols->v[i], "rg_new"));
    return strcmp(body, was) ? body : NULL;
}

/* A foreign key of an existing table that references a rebuilt one: after
 * the rows are copied. NOT VALID, then validated in a transaction of its
 * own; but when the rebuilt table is partitioned, PostgreSQL 15's VALIDATE
 * leaves the key's clones on the referenced partitions marked not
 * validated, so it is added validated at once, in the rebuild's
 * transaction. */
static void rebuilt_ref_fk(planner *P, const rg_table *t, const rg_constraint *k, const char *obj)
{
    const rg_table *rt = rg_catalog_table(P->newc, k->ref_schema ? k->ref_schema : t->schema, k->ref_table);
    bool split = !k->not_valid && !(rt && rt->partition_key);
    rg_plan_step *s = pl_step(P, expand_main(P), split || k->not_valid ? "add_foreign_key_not_valid" : "add_foreign_key",
                              obj, constraint_sql(P, P->newc, t, k, split || k->not_valid),
                              rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", alter(P, t), pl_q(P, k->name)));
    pl_existing(P, s, t->schema, t->name);
    pl_step_prio(s, PRIO_REBUILT_FK);
    if (!split) {
        pl_note(P, s, "references a rebuilt table: after its rows are copied%s",
                k->not_valid ? "" : "; validated at once (PostgreSQL 15's VALIDATE leaves the clones on a "
                                    "partitioned table's partitions marked not validated)");
        return;
    }
    pl_note(P, s, "references a rebuilt table: after its rows are copied");
    validate_in_own_file(P, pl_own(P, ST_VALIDATE, PH_VALIDATE, k->name, false), t, k, "validate_foreign_key", obj);
}

static void add_check_or_fk(planner *P, const rg_table *t, const rg_constraint *k, const char *obj)
{
    bool fk = k->kind == RG_CON_FOREIGN;
    if (fk && pl_partitioned_fk(P, t, k, obj)) return;
    const char *moved = fk ? NULL : check_on_moved(P, P->newc, t, k);
    if (moved) {
        /* On the new column of a column that moves: it follows the
         * column's name at the switch, and is validated after the
         * backfill. */
        const char *drop = rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", alter(P, t), pl_q(P, k->name));
        rg_plan_step *s = pl_step(P, expand_main(P), "add_check_not_valid", obj,
                                  rg_arena_printf(P->a, "%s ADD CONSTRAINT %s %s NOT VALID", alter(P, t), pl_q(P, k->name), moved),
                                  drop);
        pl_existing(P, s, t->schema, t->name);
        pl_step_prio(s, PRIO_LATE);
        pl_note(P, s, "on the new column, which takes the old one's name at the switch");
        if (k->not_valid) return;
        validate_in_own_file(P, pl_own(P, ST_VALIDATE, PH_VALIDATE, k->name, false), t, k, "validate_check", obj);
        return;
    }
    /* A key the plan adds comes first (validate stage): the foreign key
     * on it follows in the same stage. */
    bool late = fk && pl_ref_key_planned(P, t, k);
    if (fk && !late && pl_rebuilt_fk(P, t, k)) {
        rebuilt_ref_fk(P, t, k, obj);
        return;
    }
    const char *drop = rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", alter(P, t), pl_q(P, k->name));
    rg_plan_step *s = pl_step(P, late ? pl_main(P, ST_VALIDATE, PH_FKS, "foreign_keys") : expand_main(P),
                              fk ? "add_foreign_key_not_valid" : "add_check_not_valid", obj,
                              constraint_sql(P, P->newc, t, k, true), drop);
    pl_existing(P, s, t->schema, t->name);
    if (late) pl_note(P, s, "after the unique key it references, which the plan adds");
    if (k->not_valid) return; /* the target keeps it NOT VALID */
    rg_plan_file *f = pl_own(P, ST_VALIDATE, late ? PH_FK_VALIDATE : PH_VALIDATE, k->name, false);
    validate_in_own_file(P, f, t, k, fk ? "validate_foreign_key" : "validate_check", obj);
}

/* UNIQUE / PRIMARY KEY: the index concurrently (named as the constraint,
 * so the final names match the target), then USING INDEX. An old index
 * of the constraint's name and definition that the target no longer has
 * as an index is taken over instead of built again. */
/* The table's old primary key when the plan drops it (a table has one at
 * most: a new one waits for the old one's drop). */
static const rg_constraint *old_pk_dropped(planner *P, const rg_table *t)
{
    const rg_table *ot = rg_catalog_table(P->oldc, t->schema, t->name);
    for (size_t i = 0; ot && i < ot->constraints.n; i++) {
        const rg_constraint *o = &ot->constraints.v[i];
        if (o->dropped || o->kind != RG_CON_PRIMARY) continue;
        const rg_constraint *n = rg_table_constraint(t, o->name);
        if (!n || n->kind != RG_CON_PRIMARY) return o;
    }
    return NULL;
}

static void add_key(planner *P, const rg_table *t, const rg_constraint *k, const char *obj)
{
    const rg_index *reuse = pl_key_reuse(P, t, k);
    const char *name = pl_key_build_name(P, t, k), *nq = pl_q(P, name);
    /* A new primary key in place of an old one: added after the old one's
     * drop, in the contract (the index is built before, under a
     * temporary name when the old key holds the name). */
    bool pk_switch = k->kind == RG_CON_PRIMARY && old_pk_dropped(P, t);
    if (!reuse) {
        rg_buf b = {0};
        rg_buf_printf(&b, "CREATE UNIQUE INDEX CONCURRENTLY %s ON %s USING btree (", nq, pl_qn(P, t->schema, t->name));
        /* A column that moves to a new column (type change): the index is
         * on the new one, which takes the old name at the switch. */
        for (size_t i = 0; i < k->ncolumns; i++)
            rg_buf_printf(&b, "%s%s", i ? ", " : "",
                          pl_q(P, pl_column_moves(P, t->schema, t->name, k->columns[i]) ? pl_name(P, "", k->columns[i], "rg_new")
                                                                                       : k->columns[i]));
        rg_buf_putc(&b, ')');
        if (k->nulls_not_distinct) rg_buf_puts(&b, " NULLS NOT DISTINCT");
        const char *create = pl_take(P, &b);
        const char *idx = pl_qn(P, t->schema, name);
        rg_plan_file *f = pl_own(P, ST_EXPAND, PH_INDEX, name, true);
        rg_plan_step *s = pl_step(P, f, "create_index_concurrently", obj, create,
                                  rg_arena_printf(P->a, "DROP INDEX CONCURRENTLY IF EXISTS %s", idx));
        pl_note(P, s, "unique index for constraint %s, built without blocking writes", k->name);
    }
    bool pk = k->kind == RG_CON_PRIMARY;
    bool nullable = false;
    const rg_table *ot = rg_catalog_table(P->oldc, t->schema, t->name);
    for (size_t i = 0; pk && i < k->ncolumns; i++) {
        const rg_column *c = ot ? rg_table_column(ot, k->columns[i]) : NULL;
        if (c && !c->not_null) nullable = true;
    }
    const char *op = pk ? (nullable ? "add_primary_key_using_index_nullable_col" : "add_primary_key_using_index")
                        : "add_unique_using_index";
    const char *cq = pk_switch ? pl_q(P, k->name) : nq; /* USING INDEX renames the index */
    const char *up = rg_arena_printf(P->a, "%s ADD CONSTRAINT %s %s USING INDEX %s%s%s", alter(P, t), cq,
                                     pk ? "PRIMARY KEY" : "UNIQUE", nq, k->deferrable ? " DEFERRABLE" : "",
                                     k->deferred ? " INITIALLY DEFERRED" : "");
    rg_buf down = {0};
    /* A partition's key may go first with a parent's index it is attached
     * to (DROP INDEX ... CASCADE in that one's down): IF EXISTS. */
    rg_buf_printf(&down, "%s DROP CONSTRAINT %s%s", alter(P, t), t->parent_table ? "IF EXISTS " : "", cq);
    if (reuse) rg_buf_printf(&down, ";\n%s", index_sql(P, P->oldc, reuse, false));
    for (size_t i = 0; nullable && i < k->ncolumns; i++) {
        const rg_column *c = ot ? rg_table_column(ot, k->columns[i]) : NULL;
        if (c && !c->not_null)
            rg_buf_printf(&down, ";\n%s ALTER COLUMN %s DROP NOT NULL", alter(P, t), pl_q(P, k->columns[i]));
    }
    rg_plan_file *f = pk_switch ? pl_main(P, ST_CONTRACT, PH_C_TIGHTEN, "not_null")
                                : pl_main(P, ST_VALIDATE, PH_TIGHTEN, "not_null");
    rg_plan_step *s = pl_step(P, f, op, obj, up, pl_take(P, &down));
    pl_existing(P, s, t->schema, t->name);
    if (pk_switch) pl_step_prio(s, PRIO_LATE);
    if (pk_switch) pl_note(P, s, "after the old primary key is dropped: a table has one");
    if (reuse) pl_note(P, s, "takes over the existing index %s", reuse->name);
    if (k->ninclude || k->index_options || k->index_tablespace)
        pl_note(P, s, "INCLUDE / WITH / TABLESPACE of the target are not reproduced by this shape");
    pl_attach_key_to_parent(P, t, k, pk_switch ? k->name : name, obj);
    if (!pk_switch) pl_key_rename_after(P, t, name, k, obj);
}

/* A foreign key of a new table that holds or references a rebuilt one:
 * after the rows are copied. On a rebuilt table (no longer empty then):
 * NOT VALID and validated in a transaction of its own, except on a
 * partitioned table (PostgreSQL 15 has no NOT VALID foreign key there) or
 * referencing one (its VALIDATE leaves the clones on the referenced
 * partitions marked not validated): those, and a new empty table's, are
 * validated at once under the lock the rebuild holds. A partition's clone
 * of its parent's key comes with the parent's, which is added after the
 * partitions are attached. */
static void rebuilt_fk(planner *P, const rg_table *t, const rg_constraint *k, const char *obj)
{
    if (t->parent_table) {
        const rg_table *pt = rg_catalog_table(P->newc, t->parent_schema, t->parent_table);
        const rg_constraint *pk = pt ? rg_table_constraint(pt, k->name) : NULL;
        if (k->inherited || (pk && !pk->dropped && pk->kind == RG_CON_FOREIGN)) return;
    }
    const rg_table *rt = rg_catalog_table(P->newc, k->ref_schema ? k->ref_schema : t->schema, k->ref_table);
    bool split = !t->partition_key && !(rt && rt->partition_key) && !k->not_valid &&
                 rg_map_get(&P->rebuilt_new, pl_key(P, t->schema, t->name, NULL));
    rg_plan_step *s = pl_step(P, expand_main(P), split ? "add_foreign_key_not_valid" : "add_foreign_key", obj,
                              constraint_sql(P, P->newc, t, k, split || k->not_valid),
                              rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", alter(P, t), pl_q(P, k->name)));
    pl_step_prio(s, PRIO_REBUILT_FK);
    if (!split) {
        pl_note(P, s, "after the rebuilt table's rows are copied; validated at once under the rebuild's lock%s",
                t->partition_key ? " (PostgreSQL 15 has no NOT VALID foreign key on a partitioned table)"
                : rt && rt->partition_key ? " (PostgreSQL 15's VALIDATE leaves the clones on the referenced "
                                            "partitions marked not validated)" : "");
        return;
    }
    pl_note(P, s, "after the rebuilt table's rows are copied");
    validate_in_own_file(P, pl_own(P, ST_VALIDATE, PH_VALIDATE, k->name, false), t, k, "validate_foreign_key", obj);
}

static void add_constraint(planner *P, const rg_change *c)
{
    const rg_table *t = c->new_table;
    const rg_constraint *k = c->new_obj;
    if (pl_table_is_new(P, t->schema, t->name)) {
        if (k->kind == RG_CON_FOREIGN && pl_rebuilt_fk(P, t, k)) {
            rebuilt_fk(P, t, k, c->object);
            return;
        }
        /* Only foreign keys come separately for a new table (empty: plain).
         * A partition's may be adopted by its parent's, whose drop in the
         * down takes it along first: IF EXISTS. */
        rg_plan_step *s = pl_step(P, expand_main(P), con_op(k, false), c->object,
                                  constraint_sql(P, P->newc, t, k, k->not_valid),
                                  rg_arena_printf(P->a, "%s DROP CONSTRAINT %s%s", alter(P, t),
                                                  t->parent_table ? "IF EXISTS " : "", pl_q(P, k->name)));
        pl_step_prio(s, PRIO_LATE);
        pl_note(P, s, "new, empty table: validated at once");
        return;
    }
    switch (k->kind) {
    case RG_CON_CHECK:
    case RG_CON_FOREIGN: add_check_or_fk(P, t, k, c->object); break;
    case RG_CON_PRIMARY:
    case RG_CON_UNIQUE: add_key(P, t, k, c->object); break;
    default: {
        rg_plan_step *s = pl_step(P, expand_main(P), "add_unique_constraint", c->object,
                                  constraint_sql(P, P->newc, t, k, false),
                                  rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", alter(P, t), pl_q(P, k->name)));
        pl_existing(P, s, t->schema, t->name);
        pl_note(P, s, "exclusion constraints have no concurrent form: the index is built under ACCESS EXCLUSIVE");
    }
    }
}

/* The down that adds a dropped CHECK or FOREIGN KEY back: NOT VALID, as
 * the up adds one, then validated by the down of a file placed before
 * (stage, phase) in a transaction of its own, not under the lock of the
 * down that adds it. (PostgreSQL 15 refuses NOT VALID foreign keys on
 * partitioned tables: those are added back validated.) */
static const char *readd_down(planner *P, const rg_table *t, const rg_constraint *k, int stage, int phase)
{
    bool split = !k->not_valid && (k->kind == RG_CON_CHECK || k->kind == RG_CON_FOREIGN) &&
                 t->kind == RG_TABLE_ORDINARY;
    if (split) pl_revalidate_down(P, stage, phase, t, k->name);
    return constraint_sql(P, P->oldc, t, k, k->not_valid || split);
}

static void drop_constraint(planner *P, const rg_change *c)
{
    const rg_table *t = c->old_table;
    const rg_constraint *k = c->old_obj;
    if (rg_map_get(&P->dropped_tables, pl_key(P, t->schema, t->name, NULL))) return;
    /* On a column that moves: before the switch renames it (the down then
     * puts it back on the old column). */
    bool moves = false;
    for (size_t i = 0; i < k->ncolumns; i++)
        if (pl_column_moves(P, t->schema, t->name, k->columns[i])) moves = true;
    if (k->kind == RG_CON_CHECK && check_on_moved(P, P->oldc, t, k)) moves = true;
    rg_plan_file *f = moves ? pl_main(P, ST_SWITCH, 0, "switch") : contract_main(P);
    rg_plan_step *s = pl_step(P, f, con_op(k, true), c->object,
                              rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", alter(P, t), pl_q(P, k->name)),
                              readd_down(P, t, k, moves ? ST_VALIDATE : ST_CONTRACT, moves ? PH_CHECKS : PH_DROP_INDEX));
    pl_existing(P, s, t->schema, t->name);
    pl_step_prio(s, PRIO_FIRST + 1);
}

/* A changed CHECK / FOREIGN KEY: replaced in expand (the new rule applies
 * to new writes at once), validated later. Keys: dropped and re-added. */
/* A changed PRIMARY KEY / UNIQUE on a plain table: its new index built
 * CONCURRENTLY under a temporary name (on the new column of a column that
 * moves), then, after the old version is gone, the old key dropped and
 * the new one added USING the index, which takes the key's name. */
static bool swap_key(planner *P, const rg_change *c)
{
    const rg_table *t = c->new_table;
    const rg_constraint *k = c->new_obj, *ok = c->old_obj;
    if ((k->kind != RG_CON_PRIMARY && k->kind != RG_CON_UNIQUE) || ok->kind != k->kind || t->kind != RG_TABLE_ORDINARY ||
        k->ninclude || k->index_options)
        return false;
    const char *tmp = pl_name(P, "", k->name, "rg_new"), *tq = pl_q(P, tmp), *kq = pl_q(P, k->name);
    rg_buf b = {0};
    rg_buf_printf(&b, "CREATE UNIQUE INDEX CONCURRENTLY %s ON %s USING btree (", tq, pl_qn(P, t->schema, t->name));
    for (size_t i = 0; i < k->ncolumns; i++)
        rg_buf_printf(&b, "%s%s", i ? ", " : "",
                      pl_q(P, pl_column_moves(P, t->schema, t->name, k->columns[i]) ? pl_name(P, "", k->columns[i], "rg_new")
                                                                                   : k->columns[i]));
    rg_buf_putc(&b, ')');
    if (k->nulls_not_distinct) rg_buf_puts(&b, " NULLS NOT DISTINCT");
    rg_plan_step *s = pl_step(P, pl_own(P, ST_EXPAND, PH_INDEX, tmp, true), "create_index_concurrently", c->object,
                              pl_take(P, &b), rg_arena_printf(P->a, "DROP INDEX CONCURRENTLY IF EXISTS %s", pl_qn(P, t->schema, tmp)));
    pl_note(P, s, "the changed key's index, built without blocking writes");
    /* The old key on a column that moves goes before the switch renames it. */
    bool moves = false;
    for (size_t i = 0; i < ok->ncolumns; i++) moves |= pl_column_moves(P, t->schema, t->name, ok->columns[i]);
    rg_plan_file *f = moves ? pl_main(P, ST_SWITCH, 0, "switch") : pl_main(P, ST_CONTRACT, PH_C_TIGHTEN, "not_null");
    s = pl_step(P, f, con_op(ok, true), c->object, rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", alter(P, t), kq),
                constraint_sql(P, P->oldc, t, ok, ok->not_valid));
    pl_existing(P, s, t->schema, t->name);
    pl_step_prio(s, PRIO_FIRST + 1);
    f = pl_main(P, ST_CONTRACT, PH_C_TIGHTEN, "not_null");
    /* A primary key sets NOT NULL on its columns: the down gives it back
     * to those that were nullable. */
    const rg_table *ot = c->old_table ? c->old_table : rg_catalog_table(P->oldc, t->schema, t->name);
    rg_buf down = {0};
    rg_buf_printf(&down, "%s DROP CONSTRAINT %s", alter(P, t), kq);
    bool nullable = false;
    for (size_t i = 0; k->kind == RG_CON_PRIMARY && ot && i < k->ncolumns; i++) {
        const rg_column *col = rg_table_column(ot, k->columns[i]);
        if (col && !col->not_null) {
            nullable = true;
            rg_buf_printf(&down, ";\n%s ALTER COLUMN %s DROP NOT NULL", alter(P, t), pl_q(P, k->columns[i]));
        }
    }
    s = pl_step(P, f, k->kind == RG_CON_PRIMARY ? (nullable ? "add_primary_key_using_index_nullable_col" : "add_primary_key_using_index")
                                                : "add_unique_using_index",
                c->object,
                rg_arena_printf(P->a, "%s ADD CONSTRAINT %s %s USING INDEX %s%s%s", alter(P, t), kq,
                                k->kind == RG_CON_PRIMARY ? "PRIMARY KEY" : "UNIQUE", tq, k->deferrable ? " DEFERRABLE" : "",
                                k->deferred ? " INITIALLY DEFERRED" : ""),
                pl_take(P, &down));
    pl_existing(P, s, t->schema, t->name);
    pl_step_prio(s, PRIO_LATE);
    pl_note(P, s, "the changed key, after the old one is gone (the old version may rely on it)");
    return true;
}

static bool names_same(const char *const *a, size_t na, const char *const *b, size_t nb)
{
    if (na != nb) return false;
    for (size_t i = 0; i < na; i++)
        if (strcmp(a[i], b[i])) return false;
    return true;
}

static void alter_constraint(planner *P, const rg_change *c)
{
    const rg_table *t = c->new_table;
    const rg_constraint *k = c->new_obj, *ok = c->old_obj;
    /* Only its index newly attached to the parent's index: ATTACH. */
    bool same_key = k->kind == ok->kind && (k->kind == RG_CON_PRIMARY || k->kind == RG_CON_UNIQUE) &&
                    names_same(k->columns, k->ncolumns, ok->columns, ok->ncolumns) &&
                    k->deferrable == ok->deferrable && k->deferred == ok->deferred &&
                    k->nulls_not_distinct == ok->nulls_not_distinct;
    if (same_key && k->index_attached_to && !ok->index_attached_to) {
        pl_attach_key_index(P, t, k, c->object);
        return;
    }
    if (swap_key(P, c) || pl_swap_partitioned_key(P, t, k, ok, c->object)) return;
    const char *drop = rg_arena_printf(P->a, "%s DROP CONSTRAINT %s", alter(P, t), pl_q(P, k->name));
    rg_plan_step *s = pl_step(P, expand_main(P), con_op(ok, true), c->object, drop,
                              readd_down(P, t, ok, ST_EXPAND, PH_ENUM));
    pl_existing(P, s, t->schema, t->name);
    if (k->kind == RG_CON_CHECK || k->kind == RG_CON_FOREIGN) {
        add_check_or_fk(P, t, k, c->object);
        return;
    }
    s = pl_step(P, expand_main(P), con_op(k, false), c->object, constraint_sql(P, P->newc, t, k, false), drop);
    pl_existing(P, s, t->schema, t->name);
    pl_note(P, s, "changed key: rebuilt under ACCESS EXCLUSIVE");
}

/* ---- indexes ---------------------------------------------------------------------- */

static bool on_partitioned(planner *P, rg_catalog *c, const rg_index *x)
{
    (void)P;
    const rg_table *t = rg_catalog_table(c, x->table_schema, x->table_name);
    return t && t->kind == RG_TABLE_PARTITIONED;
}

/* A materialized view the plan creates (or makes again): its indexes are
 * built with it, plainly; on an existing one CONCURRENTLY works as on a
 * table. */
static bool view_is_new(planner *P, const char *schema, const char *name)
{
    return rg_map_get(&P->new_views, pl_key(P, schema, name, NULL)) != NULL;
}

/* Whether an old relation holds schema.name until the contract drops it:
 * an index of a table or materialized view that is not made again in the
 * expand (that one takes its indexes along first), or a table dropped. */
static bool name_held_until_contract(planner *P, const char *schema, const char *name)
{
    const rg_index *ox = rg_catalog_index(P->oldc, schema, name);
    if (ox) return !view_is_new(P, ox->table_schema, ox->table_name);
    return rg_map_get(&P->dropped_tables, pl_key(P, schema, name, NULL)) != NULL;
}

static void add_index(planner *P, const rg_change *c)
{
    const rg_index *x = c->new_obj;
    /* Same name, other definition (its column renamed, say): the old one
     * stays until the contract. */
    const rg_index *ox = rg_catalog_index(P->oldc, x->schema, x->name);
    if (ox && !pl_table_is_new(P, x->table_schema, x->table_name) && !on_partitioned(P, P->newc, x) &&
        !view_is_new(P, x->table_schema, x->table_name)) {
        replace_index(P, c->object, x, ox);
        return;
    }
    if (pl_table_is_new(P, x->table_schema, x->table_name) || on_partitioned(P, P->newc, x) ||
        view_is_new(P, x->table_schema, x->table_name)) {
        /* One attached to a parent's index goes with that one in the
         * down when the parent's is dropped first: IF EXISTS. */
        const char *down = x->attached_to ? rg_arena_printf(P->a, "DROP INDEX IF EXISTS %s", pl_qn(P, x->schema, x->name))
                                          : drop_index_sql(P, x, false);
        /* On a new partitioned table, without ONLY: no partition is
         * attached yet, so the index is valid at once and the partitions
         * attached later adopt theirs. */
        /* The name still held by an old relation the plan drops (an
         * index of a table dropped in the contract): built under a
         * temporary name, renamed once the old one is gone. */
        rg_index tmp = *x;
        if (!x->attached_to && name_held_until_contract(P, x->schema, x->name)) {
            tmp.name = pl_name(P, "", x->name, "rg_new");
            down = drop_index_sql(P, &tmp, false);
            rg_plan_step *r = pl_step(P, pl_main(P, ST_CONTRACT, PH_C_TIGHTEN, "not_null"), "alter_index_rename", c->object,
                                      rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, x->schema, tmp.name),
                                                      pl_q(P, x->name)),
                                      rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, x->schema, x->name),
                                                      pl_q(P, tmp.name)));
            pl_note(P, r, "built under a temporary name while an old relation the plan drops held the name");
        }
        const char *sql = index_sql(P, P->newc, &tmp, false);
        const char *only = pl_table_is_new(P, x->table_schema, x->table_name) ? strstr(sql, " ON ONLY ") : NULL;
        if (only) sql = rg_arena_printf(P->a, "%.*s ON %s", (int)(only - sql), sql, only + 9);
        rg_plan_step *s = pl_step(P, expand_main(P), x->unique ? "create_unique_index" : "create_index",
                                  c->object, sql, down);
        pl_step_prio(s, PRIO_LATE);
        if (!pl_table_is_new(P, x->table_schema, x->table_name)) {
            pl_existing(P, s, x->table_schema, x->table_name);
            pl_note(P, s, "CONCURRENTLY is not available on a partitioned table");
        } else {
            pl_note(P, s, view_is_new(P, x->table_schema, x->table_name) ? "built with the materialized view"
                                                                          : "new, empty table");
        }
        return;
    }
    rg_plan_file *f = pl_own(P, ST_EXPAND, PH_INDEX, x->name, true);
    rg_index y;
    if (pl_index_on_moved(P, x, &y)) {
        /* On the new column of a column that moves: it follows the
         * column's name at the switch. */
        rg_plan_step *s = pl_step(P, f, "create_index_concurrently", c->object, pl_index_text(P, P->newc, &y, true),
                                  rg_arena_printf(P->a, "DROP INDEX CONCURRENTLY IF EXISTS %s", pl_qn(P, x->schema, x->name)));
        pl_note(P, s, "built on the new column, which takes the old one's name at the switch");
        return;
    }
    pl_step(P, f, "create_index_concurrently", c->object, index_sql(P, P->newc, x, true),
            rg_arena_printf(P->a, "DROP INDEX CONCURRENTLY IF EXISTS %s", pl_qn(P, x->schema, x->name)));
}

static void drop_index(planner *P, const rg_change *c)
{
    const rg_index *x = c->old_obj;
    const rg_index *nx = rg_catalog_index(P->newc, x->schema, x->name);
    if (nx && !on_partitioned(P, P->newc, nx) && !view_is_new(P, nx->table_schema, nx->table_name) &&
        !pl_table_is_new(P, nx->table_schema, nx->table_name))
        return; /* replaced under the same name: add_index does it */
    if (rg_map_get(&P->dropped_tables, pl_key(P, x->table_schema, x->table_name, NULL))) return;
    const pl_ptrs *moved = pl_moved_columns(P, x->table_schema, x->table_name);
    for (size_t i = 0; i < moved->n; i++) {
        if (!pl_index_uses(x, moved->v[i])) continue;
        /* On a column that moves: dropped before the switch renames it
         * (its down builds it on the old column again). */
        rg_plan_step *s = pl_step(P, pl_main(P, ST_SWITCH, 0, "switch"), "drop_index", c->object,
                                  drop_index_sql(P, x, false), index_sql(P, P->oldc, x, false));
        pl_step_prio(s, PRIO_FIRST);
        pl_existing(P, s, x->table_schema, x->table_name);
        return;
    }
    if (on_partitioned(P, P->oldc, x)) {
        rg_plan_step *s = pl_step(P, contract_main(P), "drop_index", c->object, drop_index_sql(P, x, false),
                                  index_sql(P, P->oldc, x, false));
        pl_existing(P, s, x->table_schema, x->table_name);
        return;
    }
    rg_plan_file *f = pl_own(P, ST_CONTRACT, PH_DROP_INDEX, x->name, true);
    pl_step(P, f, "drop_index_concurrently", c->object, drop_index_sql(P, x, true), index_sql(P, P->oldc, x, true));
}

/* A changed index: built under a temporary name, swapped in the contract. */
static void replace_index(planner *P, const char *object, const rg_index *x, const rg_index *ox)
{
    rg_index tmp = *x;
    tmp.name = pl_name(P, "", x->name, "rg_new");
    rg_plan_file *f = pl_own(P, ST_EXPAND, PH_INDEX, tmp.name, true);
    pl_step(P, f, "create_index_concurrently", object, index_sql(P, P->newc, &tmp, true),
            rg_arena_printf(P->a, "DROP INDEX CONCURRENTLY IF EXISTS %s", pl_qn(P, x->schema, tmp.name)));
    f = pl_own(P, ST_CONTRACT, PH_DROP_INDEX, ox->name, true);
    pl_step(P, f, "drop_index_concurrently", object, drop_index_sql(P, ox, true), index_sql(P, P->oldc, ox, true));
    rg_plan_step *s = pl_step(P, pl_main(P, ST_CONTRACT, PH_C_TIGHTEN, "not_null"), "alter_index_rename", object,
                              rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, x->schema, tmp.name),
                                              pl_q(P, x->name)),
                              rg_arena_printf(P->a, "ALTER INDEX %s RENAME TO %s", pl_qn(P, x->schema, x->name),
                                              pl_q(P, tmp.name)));
    pl_note(P, s, "the rebuilt index takes the target's name");
}

static void alter_index(planner *P, const rg_change *c)
{
    replace_index(P, c->object, c->new_obj, c->old_obj);
}

/* ---- column changes other than add/rename/type ------------------------------------- */

static void alter_default(planner *P, const rg_change *c)
{
    const rg_table *t = c->new_table;
    const rg_column *nc = c->new_obj, *oc = c->old_obj;
    const char *at = alter(P, t), *q = pl_q(P, nc->name);
    const char *set_new = nc->has_default ? rg_arena_printf(P->a, "%s ALTER COLUMN %s SET DEFAULT %s", at, q,
                                                            rg_expr_sql(P->newc, &nc->dflt))
                                          : rg_arena_printf(P->a, "%s ALTER COLUMN %s DROP DEFAULT", at, q);
    const char *set_old = oc->has_default ? rg_arena_printf(P->a, "%s ALTER COLUMN %s SET DEFAULT %s", at, q,
                                                            rg_expr_sql(P->oldc, &oc->dflt))
                                          : rg_arena_printf(P->a, "%s ALTER COLUMN %s DROP DEFAULT", at, q);
    rg_plan_step *s = pl_step(P, expand_main(P), nc->has_default ? "set_default" : "drop_default", c->object,
                              set_new, set_old);
    pl_existing(P, s, t->schema, t->name);
}

/* Where the drop of old primary key k happens: the switch when one of its
 * columns moves to a new column, else the contract. */
static rg_plan_file *pk_drop_file(planner *P, const rg_table *t, const rg_constraint *k)
{
    for (size_t i = 0; i < k->ncolumns; i++)
        if (pl_column_moves(P, t->schema, t->name, k->columns[i])) return pl_main(P, ST_SWITCH, 0, "switch");
    /* a changed key is swapped there (swap_key) */
    const rg_table *nt = rg_catalog_table(P->newc, t->schema, t->name);
    const rg_constraint *nk = nt ? rg_table_constraint(nt, k->name) : NULL;
    if (nk && nk->kind == RG_CON_PRIMARY && nt->kind == RG_TABLE_ORDINARY) return pl_main(P, ST_CONTRACT, PH_C_TIGHTEN, "not_null");
    return contract_main(P);
}

static void alter_nullability(planner *P, const rg_change *c)
{
    const rg_table *t = c->new_table;
    const rg_column *nc = c->new_obj;
    if (nc->not_null) {
        /* Tightening: after the old version is gone (it may still write NULLs). */
        pl_not_null_path(P, t, nc->name, true);
        return;
    }
    const char *at = alter(P, t), *q = pl_q(P, nc->name);
    /* A column of a primary key the plan drops keeps NOT NULL until the
     * key is gone (PostgreSQL refuses it before: 42P16). */
    rg_plan_file *f = expand_main(P);
    const rg_table *ot = c->old_table ? c->old_table : rg_catalog_table(P->oldc, t->schema, t->name);
    for (size_t i = 0; ot && i < ot->constraints.n; i++) {
        const rg_constraint *k = &ot->constraints.v[i];
        if (k->dropped || k->kind != RG_CON_PRIMARY) continue;
        bool in_key = false;
        for (size_t j = 0; j < k->ncolumns; j++) in_key |= strcmp(k->columns[j], nc->name) == 0;
        if (in_key) f = pk_drop_file(P, ot, k);
    }
    rg_plan_step *s = pl_step(P, f, "drop_not_null", c->object,
                              rg_arena_printf(P->a, "%s ALTER COLUMN %s DROP NOT NULL", at, q),
                              rg_arena_printf(P->a, "%s ALTER COLUMN %s SET NOT NULL", at, q));
    pl_existing(P, s, t->schema, t->name);
    pl_note(P, s, "the down scans the table");
}

/* A placeholder value of a type, so a NOT NULL column without a default
 * can come back NOT NULL in a down (its data is gone anyway); NULL when
 * no obvious one exists. */
static const char *placeholder(planner *P, const char *type)
{
    static const char *const ZERO[][2] = {
        {"text", "''"}, {"character varying", "''"}, {"character", "''"}, {"bytea", "''"},
        {"integer", "0"}, {"bigint", "0"}, {"smallint", "0"}, {"numeric", "0"}, {"real", "0"},
        {"double precision", "0"}, {"boolean", "false"}, {"uuid", "'00000000-0000-0000-0000-000000000000'"},
        {"jsonb", "'null'"}, {"json", "'null'"}, {"date", "'epoch'"}, {"timestamp with time zone", "'epoch'"},
        {"timestamp without time zone", "'epoch'"}, {"interval", "'0'"}, {"citext", "''"}, {NULL, NULL}};
    if (strchr(type, '[')) return "'{}'";
    for (int i = 0; ZERO[i][0]; i++) {
        size_t n = strlen(ZERO[i][0]);
        if (strncmp(type, ZERO[i][0], n) == 0 && (type[n] == 0 || type[n] == '('))
            return rg_arena_printf(P->a, "%s::%s", ZERO[i][1], type);
    }
    /* An enum: its first label. */
    const char *dot = strchr(type, '.');
    const rg_type *e = dot ? rg_catalog_type(P->oldc, rg_arena_strndup(P->a, type, (size_t)(dot - type)), dot + 1) : NULL;
    if (e && e->kind == RG_TYPE_ENUM && e->labels.n) return rg_arena_printf(P->a, "%s::%s", pl_lit(P, e->labels.v[0]), type);
    return NULL;
}

static void drop_column(planner *P, const rg_change *c)
{
    const rg_table *t = c->old_table;
    const rg_column *oc = c->old_obj;
    if (rg_map_get(&P->dropped_tables, pl_key(P, t->schema, t->name, NULL))) return;
    rg_buf down = {0};
    rg_column def = *oc;
    /* Data is gone: a NOT NULL column without a default comes back filled
     * with a placeholder through a temporary default, so the schema is
     * the old one again; without a placeholder it comes back nullable. */
    const char *ph = !oc->has_default && oc->not_null && !oc->generated && !oc->identity ? placeholder(P, oc->type) : NULL;
    if (ph) {
        def.has_default = true;
        def.dflt = (rg_expr){.key = ph, .sql = ph};
    } else if (!def.has_default) {
        def.not_null = false;
    }
    /* A serial's sequence goes with its column (PostgreSQL drops an owned
     * sequence with it) and comes back before it. */
    const char *owner = rg_arena_printf(P->a, "%s.%s.%s", t->schema, t->name, oc->name);
    const pl_ptrs *qs = pl_owned_seqs(P, t->schema, t->name);
    for (size_t i = 0; i < qs->n; i++) {
        const rg_sequence *q = qs->v[i];
        if (strcmp(q->owned_by, owner) == 0 && !seq_kept(P, q))
            rg_buf_printf(&down, "%s;\n", obj_sql(P, P->oldc, seq_fn, q));
    }
    rg_buf_printf(&down, "%s ADD COLUMN ", alter(P, t));
    rg_ddl_column(P->oldc, &def, &down);
    if (ph) rg_buf_printf(&down, ";\n%s ALTER COLUMN %s DROP DEFAULT", alter(P, t), pl_q(P, oc->name));
    for (size_t i = 0; i < qs->n; i++) {
        const rg_sequence *q = qs->v[i];
        if (strcmp(q->owned_by, owner) == 0 && !seq_kept(P, q))
            rg_buf_printf(&down, ";\nALTER SEQUENCE %s OWNED BY %s.%s", pl_qn(P, q->schema, q->name),
                          pl_qn(P, t->schema, t->name), pl_q(P, oc->name));
    }
    rg_plan_step *s = pl_step(P, contract_main(P), "drop_column", c->object,
                              rg_arena_printf(P->a, "%s DROP COLUMN %s", alter(P, t), pl_q(P, oc->name)),
                              pl_take(P, &down));
    pl_existing(P, s, t->schema, t->name);
    pl_lossy(s, ph ? "dropped column comes back NOT NULL holding a placeholder value"
                   : oc->not_null && !oc->has_default ? "dropped column comes back empty and nullable (it was NOT NULL)"
                                                      : "dropped column comes back empty");
}

/* ---- other objects ---------------------------------------------------------------- */

static void simple(planner *P, rg_plan_file *f, const char *op, const char *obj, const char *up,
                   const char *down, int prio)
{
    rg_plan_step *s = pl_step(P, f, op, obj, up, down);
    pl_step_prio(s, prio);
}

/* Values of an enum type the plan has added so far (run order). */
typedef struct enum_added {
    RG_VEC(const char *) labels;
} enum_added;

static bool has_label(const rg_type *ot, const enum_added *ea, const char *l)
{
    for (size_t j = 0; ot && j < ot->labels.n; j++)
        if (strcmp(ot->labels.v[j], l) == 0) return true;
    for (size_t j = 0; j < ea->labels.n; j++)
        if (strcmp(ea->labels.v[j], l) == 0) return true;
    return false;
}

/* The labels of type nt as the plan's expand leaves them (or, with
 * `only`, after the values added so far): the old labels, with each new
 * one added next to a label that exists by then (as add_enum_value
 * places it). */
static void labels_after_expand(planner *P, const rg_type *ot, const rg_type *nt, const enum_added *only, rg_buf *out)
{
    RG_VEC(const char *) v = {0};
    for (size_t i = 0; i < ot->labels.n; i++) *rg_vec_push(P->a, &v) = ot->labels.v[i];
    for (size_t i = 0; i < nt->labels.n; i++) {
        const char *l = nt->labels.v[i];
        bool have = false;
        for (size_t j = 0; j < v.n && !have; j++) have = !strcmp(v.v[j], l);
        if (have) continue;
        if (only) { /* just the values added so far */
            bool added = false;
            for (size_t j = 0; j < only->labels.n && !added; j++) added = !strcmp(only->labels.v[j], l);
            if (!added) continue;
        }
        size_t at = v.n; /* after the nearest earlier label that exists, else before the next */
        bool placed = false;
        for (size_t j = i; j-- > 0 && !placed;)
            for (size_t q = 0; q < v.n && !placed; q++)
                if (!strcmp(v.v[q], nt->labels.v[j])) at = q + 1, placed = true;
        for (size_t j = i + 1; j < nt->labels.n && !placed; j++)
            for (size_t q = 0; q < v.n && !placed; q++)
                if (!strcmp(v.v[q], nt->labels.v[j])) at = q, placed = true;
        rg_vec_push(P->a, &v);
        memmove(&v.v[at + 1], &v.v[at], (v.n - 1 - at) * sizeof *v.v);
        v.v[at] = l;
    }
    for (size_t i = 0; i < v.n; i++) rg_buf_printf(out, "%s%s", i ? ", " : "", pl_lit(P, v.v[i]));
}

/* The down of an added enum value: PostgreSQL cannot remove one, so the
 * type is made again with the labels it had before, and every column of
 * the type is moved onto it (fails while a row still holds the value). */
typedef RG_VEC(const rg_view *) view_vec;

/* The views of catalog c over the tables that have a column of type t
 * (old schema's columns): a type's columns cannot change type under them. */
static view_vec views_over_type_users(planner *P, rg_catalog *c, const char *schema, const char *type)
{
    rg_map tables = {0};
    const pl_ptrs *users = pl_type_users(P, schema, type);
    for (size_t i = 0; i < users->n; i++) {
        const pl_colref *r = users->v[i];
        rg_map_put(&tables, r->t->name, (void *)r->t);
    }
    view_vec views = {0};
    for (size_t i = 0; tables.n && i < c->views.n; i++) {
        const rg_view *v = &c->views.v[i];
        if (!v->dropped && view_names_any(P, c, v, &tables)) *rg_vec_push(P->a, &views) = v;
    }
    rg_map_free(&tables);
    return views;
}

static const char *enum_down(planner *P, const rg_type *nt, const rg_type *ot, const enum_added *ea)
{
    const char *q = pl_qn(P, nt->schema, nt->name);
    const char *keep = pl_name(P, "", nt->name, "rg_old");
    rg_buf b = {0};
    /* the old views again around the rewrite (they block it) */
    view_vec views = views_over_type_users(P, P->oldc, nt->schema, nt->name);
    for (size_t i = views.n; i-- > 0;)
        rg_buf_printf(&b, "DROP %sVIEW %s;\n", views.v[i]->materialized ? "MATERIALIZED " : "",
                      pl_qn(P, views.v[i]->schema, views.v[i]->name));
    rg_buf_printf(&b, "ALTER TYPE %s RENAME TO %s;\nCREATE TYPE %s AS ENUM (", q, pl_q(P, keep), q);
    labels_after_expand(P, ot, nt, ea, &b);
    rg_buf_putc(&b, ')');
    /* Column types are canonical SQL: the type's name quoted as in `q`. */
    const char *plain = q;
    const char *arr = rg_arena_printf(P->a, "%s[]", plain);
    const pl_ptrs *users = pl_type_users(P, nt->schema, nt->name);
    for (size_t i = 0; i < users->n; i++) {
        const pl_colref *r = users->v[i];
        const rg_table *t = r->t;
        {
            const rg_column *c = r->c;
            if (strcmp(c->type, plain) && strcmp(c->type, arr)) continue;
            bool is_arr = strcmp(c->type, arr) == 0;
            const char *at = rg_arena_printf(P->a, "ALTER TABLE %s ALTER COLUMN %s", pl_qn(P, t->schema, t->name),
                                             pl_q(P, c->name));
            if (c->has_default) rg_buf_printf(&b, ";\n%s DROP DEFAULT", at);
            rg_buf_printf(&b, ";\n%s", pl_around_stand_in(P, t->schema, t->name,
                                                          rg_arena_printf(P->a, "%s TYPE %s%s USING %s::text%s::%s%s", at,
                                                                          q, is_arr ? "[]" : "", pl_q(P, c->name),
                                                                          is_arr ? "[]" : "", q, is_arr ? "[]" : "")));
            if (c->has_default) rg_buf_printf(&b, ";\n%s SET DEFAULT %s", at, rg_expr_sql(P->oldc, &c->dflt));
        }
    }
    rg_buf_printf(&b, ";\nDROP TYPE %s", pl_qn(P, nt->schema, keep));
    for (size_t i = 0; i < views.n; i++) rg_buf_printf(&b, ";\n%s", obj_sql(P, P->oldc, view_fn, views.v[i]));
    return pl_take(P, &b);
}

static void add_enum_value(planner *P, const rg_change *c)
{
    const rg_type *nt = c->new_obj;
    const rg_type *ot = c->old_obj;
    const char *key = rg_arena_printf(P->a, "%s.%s", nt->schema, nt->name);
    enum_added *ea = rg_map_get(&P->enum_added, key);
    if (!ea) {
        ea = rg_arena_alloc(P->a, sizeof *ea);
        rg_map_put(&P->enum_added, key, ea);
    }
    /* The detail names the value; find the labels the type still lacks. */
    for (size_t i = 0; i < nt->labels.n; i++) {
        const char *l = nt->labels.v[i];
        if (has_label(ot, ea, l)) continue;
        if (c->detail && !strstr(c->detail, pl_lit(P, l))) continue;
        /* Next to a label that exists at that point. */
        const char *pos = "";
        for (size_t j = i; j-- > 0 && !*pos;)
            if (has_label(ot, ea, nt->labels.v[j])) pos = rg_arena_printf(P->a, " AFTER %s", pl_lit(P, nt->labels.v[j]));
        for (size_t j = i + 1; j < nt->labels.n && !*pos; j++)
            if (has_label(ot, ea, nt->labels.v[j])) pos = rg_arena_printf(P->a, " BEFORE %s", pl_lit(P, nt->labels.v[j]));
        const char *down = enum_down(P, nt, ot, ea);
        *rg_vec_push(P->a, &ea->labels) = l;
        const rg_lockrule *r = rg_lockmodel_lookup(P->model, "alter_enum_add_value", P->o->pg_version);
        bool no_tx = r && !r->in_transaction;
        rg_plan_file *f = pl_own(P, ST_EXPAND, PH_ENUM, rg_arena_printf(P->a, "%s_%s", nt->name, l), no_tx);
        rg_plan_step *s = pl_step(P, f, strncmp(pos, " BEFORE", 7) == 0 ? "alter_enum_add_value_before" : "alter_enum_add_value",
                                  c->object,
                                  rg_arena_printf(P->a, "ALTER TYPE %s ADD VALUE %s%s", pl_qn(P, nt->schema, nt->name),
                                                  pl_lit(P, l), pos),
                                  down);
        pl_lossy(s, "PostgreSQL cannot remove an enum value: the down re-creates the type and fails while a row holds the value");
        pl_note(P, s, "own file: a new enum value cannot be used in the transaction that adds it");
        break;
    }
}

/* A removed enum value: PostgreSQL cannot drop one, so after the old
 * version is gone the type is made again with the target's labels and
 * every column of it moves over (a rewrite of each table, under ACCESS
 * EXCLUSIVE; it fails, stopping the rollout, while a row still holds a
 * removed value). Values the target adds were added in expand. */
static void drop_enum_value(planner *P, const rg_change *c)
{
    const rg_type *nt = c->new_obj, *ot = c->old_obj;
    const char *key = rg_arena_printf(P->a, "%s.%s", nt->schema, nt->name);
    if (rg_map_get(&P->enum_swapped, key)) return; /* one swap per type */
    rg_map_put(&P->enum_swapped, key, (void *)1);
    const char *q = pl_qn(P, nt->schema, nt->name);
    const char *keep = pl_name(P, "", nt->name, "rg_old");
    const char *kq = pl_qn(P, nt->schema, keep);
    rg_plan_file *f = contract_main(P);
    /* Views over the tables whose columns move onto the re-made type are
     * dropped around the rewrite (PostgreSQL refuses ALTER COLUMN ... TYPE
     * under a view), the target's definition made again after it. */
    view_vec views = views_over_type_users(P, P->newc, nt->schema, nt->name);
    for (size_t i = views.n; i-- > 0;) { /* dependants first */
        const rg_view *v = views.v[i];
        const char *vq = pl_qn(P, v->schema, v->name);
        rg_plan_step *d = pl_step(P, f, "drop_view", pl_key(P, v->schema, v->name, NULL),
                                  rg_arena_printf(P->a, "DROP %sVIEW %s", v->materialized ? "MATERIALIZED " : "", vq),
                                  obj_sql(P, P->newc, view_fn, v));
        pl_step_prio(d, PRIO_LATE);
        pl_note(P, d, "made again below: a view blocks the column's type change");
    }
    rg_plan_step *s = pl_step(P, f, "rename_type", c->object, rg_arena_printf(P->a, "ALTER TYPE %s RENAME TO %s", q, pl_q(P, keep)),
                              rg_arena_printf(P->a, "ALTER TYPE %s RENAME TO %s", kq, pl_q(P, nt->name)));
    pl_step_prio(s, PRIO_LATE);
    pl_note(P, s, "PostgreSQL cannot remove an enum value: the type is made again");
    s = pl_step(P, f, "create_enum_type", c->object, obj_sql(P, P->newc, type_fn, nt),
                rg_arena_printf(P->a, "DROP TYPE %s", q));
    pl_step_prio(s, PRIO_LATE);
    const char *plain = key, *arr = rg_arena_printf(P->a, "%s[]", key);
    const pl_ptrs *users = pl_type_users(P, nt->schema, nt->name);
    for (size_t i = 0; i < users->n; i++) {
        const pl_colref *r = users->v[i];
        const rg_table *t = rg_catalog_table(P->newc, r->t->schema, r->t->name);
        const rg_column *col = t ? rg_table_column(t, r->c->name) : NULL;
        if (!col || rg_map_get(&P->dropped_tables, pl_key(P, t->schema, t->name, NULL))) continue;
        bool is_arr = !strcmp(col->type, arr);
        if (!is_arr && strcmp(col->type, plain)) continue;
        const char *ac = rg_arena_printf(P->a, "ALTER TABLE %s ALTER COLUMN %s", pl_qn(P, t->schema, t->name),
                                         pl_q(P, col->name));
        const char *sfx = is_arr ? "[]" : "";
        rg_buf up = {0}, down = {0};
        if (col->has_default) rg_buf_printf(&up, "%s DROP DEFAULT;\n", ac);
        rg_buf_printf(&up, "%s TYPE %s%s USING %s::text%s::%s%s", ac, q, sfx, pl_q(P, col->name), sfx, q, sfx);
        if (col->has_default) rg_buf_printf(&up, ";\n%s SET DEFAULT %s", ac, rg_expr_sql(P->newc, &col->dflt));
        if (r->c->has_default) rg_buf_printf(&down, "%s DROP DEFAULT;\n", ac);
        rg_buf_printf(&down, "%s TYPE %s%s USING %s::text%s::%s%s", ac, kq, sfx, pl_q(P, col->name), sfx, kq, sfx);
        if (r->c->has_default) rg_buf_printf(&down, ";\n%s SET DEFAULT %s", ac, rg_expr_sql(P->oldc, &r->c->dflt));
        s = pl_step(P, f, "alter_type_rewrite", pl_key(P, t->schema, t->name, col->name), pl_take(P, &up),
                    pl_take(P, &down));
        pl_step_prio(s, PRIO_LATE);
        pl_existing(P, s, t->schema, t->name);
        pl_note(P, s, "onto the re-made enum: fails while a row holds a removed value");
    }
    rg_buf old = {0};
    rg_buf_printf(&old, "CREATE TYPE %s AS ENUM (", kq);
    labels_after_expand(P, ot, nt, NULL, &old);
    rg_buf_putc(&old, ')');
    s = pl_step(P, f, "drop_type", c->object, rg_arena_printf(P->a, "DROP TYPE %s", kq), pl_take(P, &old));
    pl_step_prio(s, PRIO_LATE);
    for (size_t i = 0; i < views.n; i++) {
        const rg_view *v = views.v[i];
        s = pl_step(P, f, "create_view", pl_key(P, v->schema, v->name, NULL), obj_sql(P, P->newc, view_fn, v),
                    rg_arena_printf(P->a, "DROP %sVIEW %s", v->materialized ? "MATERIALIZED " : "", pl_qn(P, v->schema, v->name)));
        pl_step_prio(s, PRIO_LATE + 1);
    }
    rg_plan_add_finding(P->p, RG_SEV_WARNING, "enum_value_removed", c->object,
                        "%s loses a value: the type is made again in the contract and every column of it is "
                        "rewritten under ACCESS EXCLUSIVE", c->object);
}

/* The old view again, with what went with it: a materialized view's
 * indexes, INSTEAD OF triggers, comments. */
static const char *view_down(planner *P, const rg_view *v)
{
    rg_buf b = {0};
    rg_buf_puts(&b, obj_sql(P, P->oldc, view_fn, v));
    const pl_ptrs *xs = pl_indexes_of(P, false, v->schema, v->name);
    for (size_t i = 0; i < xs->n; i++) rg_buf_printf(&b, ";\n%s", index_sql(P, P->oldc, xs->v[i], false));
    for (size_t i = 0; i < v->triggers.n; i++) {
        if (v->triggers.v[i].dropped) continue;
        rg_buf tb = {0};
        rg_ddl_trigger(P->oldc, v->schema, v->name, &v->triggers.v[i], &tb);
        rg_buf_printf(&b, ";\n%s", pl_take(P, &tb));
    }
    const char *vq = pl_qn(P, v->schema, v->name);
    if (v->comment && *v->comment)
        rg_buf_printf(&b, ";\nCOMMENT ON %sVIEW %s IS %s", v->materialized ? "MATERIALIZED " : "", vq, pl_lit(P, v->comment));
    for (size_t i = 0; v->column_comments && i < v->ncolumns; i++)
        if (v->column_comments[i] && *v->column_comments[i])
            rg_buf_printf(&b, ";\nCOMMENT ON COLUMN %s.%s IS %s", vq, pl_q(P, v->columns[i]), pl_lit(P, v->column_comments[i]));
    return pl_take(P, &b);
}

/* A dropped view goes in the contract; one the target makes again under
 * the same name (its columns or, for a materialized view, its query
 * changed) is dropped right before it is created, in one transaction. */
static void drop_view(planner *P, const rg_change *c)
{
    const rg_view *v = c->old_obj;
    bool remade = rg_catalog_view(P->newc, v->schema, v->name) != NULL;
    rg_plan_step *s = pl_step(P, remade ? expand_main(P) : contract_main(P), "drop_view", c->object,
                              rg_arena_printf(P->a, "DROP %sVIEW %s", v->materialized ? "MATERIALIZED " : "",
                                              pl_qn(P, v->schema, v->name)),
                              view_down(P, v));
    pl_step_prio(s, PRIO_FIRST);
    if (remade) pl_note(P, s, "made again below under the same name, in the same transaction");
}

static void alter_view(planner *P, const rg_change *c)
{
    const rg_view *nv = c->new_obj, *ov = c->old_obj;
    bool prefix = !nv->materialized && !ov->materialized && nv->ncolumns >= ov->ncolumns;
    for (size_t i = 0; prefix && i < ov->ncolumns; i++) prefix = strcmp(ov->columns[i], nv->columns[i]) == 0;
    const char *nsql = obj_sql(P, P->newc, view_fn, nv), *osql = obj_sql(P, P->oldc, view_fn, ov);
    const char *q = pl_qn(P, nv->schema, nv->name);
    if (prefix) {
        /* CREATE OR REPLACE keeps the view's identity (dependants, grants). */
        const char *n2 = strncmp(nsql, "CREATE VIEW", 11) == 0 ? rg_arena_printf(P->a, "CREATE OR REPLACE VIEW%s", nsql + 11) : nsql;
        const char *o2 = strncmp(osql, "CREATE VIEW", 11) == 0 ? rg_arena_printf(P->a, "CREATE OR REPLACE VIEW%s", osql + 11) : osql;
        if (nv->ncolumns == ov->ncolumns) {
            simple(P, expand_main(P), "create_or_replace_view", c->object, n2, o2, PRIO_LATE);
            return;
        }
        simple(P, expand_main(P), "create_or_replace_view", c->object, n2,
               rg_arena_printf(P->a, "DROP VIEW %s;\n%s", q, osql), PRIO_LATE);
        return;
    }
    rg_plan_add_finding(P->p, RG_SEV_WARNING, "view_replaced", c->object,
                        "view %s changes its columns: dropped and re-created in expand; the old version "
                        "may break on it", c->object);
    simple(P, expand_main(P), "drop_view", c->object,
           rg_arena_printf(P->a, "DROP %sVIEW %s", ov->materialized ? "MATERIALIZED " : "", q), osql, PRIO_LATE);
    simple(P, expand_main(P), "create_view", c->object, nsql,
           rg_arena_printf(P->a, "DROP %sVIEW %s", nv->materialized ? "MATERIALIZED " : "", q), PRIO_LATE);
}

static void alter_function(planner *P, const rg_change *c)
{
    const rg_function *nf = c->new_obj, *of = c->old_obj;
    const char *nsql = obj_sql(P, P->newc, func_fn, nf), *osql = obj_sql(P, P->oldc, func_fn, of);
    bool same_ret = (!nf->returns && !of->returns) ||
                    (nf->returns && of->returns && strcmp(nf->returns, of->returns) == 0);
    if (same_ret) {
        const char *kw = nf->procedure ? "CREATE PROCEDURE" : "CREATE FUNCTION";
        size_t kl = strlen(kw);
        const char *n2 = strncmp(nsql, kw, kl) == 0 ? rg_arena_printf(P->a, "CREATE OR REPLACE%s", nsql + 6) : nsql;
        const char *o2 = strncmp(osql, kw, kl) == 0 ? rg_arena_printf(P->a, "CREATE OR REPLACE%s", osql + 6) : osql;
        simple(P, expand_main(P), "create_or_replace_function", c->object, n2, o2, PRIO_NORMAL);
        return;
    }
    const char *drop = rg_arena_printf(P->a, "DROP %s %s", nf->procedure ? "PROCEDURE" : "FUNCTION", func_sig(P, of));
    simple(P, expand_main(P), "drop_function", c->object, drop, osql, PRIO_NORMAL);
    simple(P, expand_main(P), "create_function", c->object, nsql, drop, PRIO_NORMAL);
}

static const char *seq_alter(planner *P, const rg_sequence *s)
{
    return rg_arena_printf(P->a, "ALTER SEQUENCE %s AS %s INCREMENT BY %lld MINVALUE %lld MAXVALUE %lld "
                                 "START WITH %lld CACHE %lld %sCYCLE",
                           pl_qn(P, s->schema, s->name), s->type ? s->type : "bigint", s->increment, s->min,
                           s->max, s->start, s->cache, s->cycle ? "" : "NO ");
}

/* "schema"."table"."column" of an OWNED BY, or NONE. */
static const char *owner_ref(planner *P, const char *owned_by)
{
    const char *p1 = owned_by ? strchr(owned_by, '.') : NULL;
    const char *p2 = p1 ? strchr(p1 + 1, '.') : NULL;
    if (!p2) return "NONE";
    return rg_arena_printf(P->a, "%s.%s",
                           pl_qn(P, rg_arena_strndup(P->a, owned_by, (size_t)(p1 - owned_by)),
                                 rg_arena_strndup(P->a, p1 + 1, (size_t)(p2 - p1 - 1))),
                           pl_q(P, p2 + 1));
}

/* Whether a sequence's owner goes in the plan (its table dropped, or its
 * column dropped): PostgreSQL drops the sequence along. A column that
 * only moves to a new column (type change) stays. */
static bool owner_goes(planner *P, const rg_sequence *s)
{
    const char *p1 = strchr(s->owned_by, '.');
    const char *p2 = p1 ? strchr(p1 + 1, '.') : NULL;
    if (!p2) return true;
    const char *schema = rg_arena_strndup(P->a, s->owned_by, (size_t)(p1 - s->owned_by));
    const char *table = rg_arena_strndup(P->a, p1 + 1, (size_t)(p2 - p1 - 1));
    if (rg_map_get(&P->dropped_tables, pl_key(P, schema, table, NULL))) return true;
    const rg_table *nt = rg_catalog_table(P->newc, schema, table);
    return !nt || !rg_table_column(nt, p2 + 1);
}

static bool seq_options_same(const rg_sequence *a, const rg_sequence *b)
{
    return (a->type == b->type || (a->type && b->type && !strcmp(a->type, b->type))) && a->increment == b->increment &&
           a->min == b->min && a->max == b->max && a->start == b->start && a->cache == b->cache && a->cycle == b->cycle;
}

/* Options in one statement (a type change and its bounds together, as
 * PostgreSQL checks them together); OWNED BY on its own, in expand after
 * the tables (a new owner exists by then; an old owner the contract drops
 * would take the sequence with it). */
static void alter_sequence(planner *P, const rg_change *c)
{
    const rg_sequence *s = c->new_obj, *os = c->old_obj;
    if (!seq_options_same(s, os))
        simple(P, expand_main(P), "alter_sequence_increment", c->object, seq_alter(P, s), seq_alter(P, os),
               PRIO_NORMAL);
    bool owner_same = s->owned_by == os->owned_by || (s->owned_by && os->owned_by && !strcmp(s->owned_by, os->owned_by));
    if (!owner_same && !s->identity && !os->identity) {
        const char *q = pl_qn(P, s->schema, s->name);
        simple(P, expand_main(P), "alter_sequence_owned_by", c->object,
               rg_arena_printf(P->a, "ALTER SEQUENCE %s OWNED BY %s", q, owner_ref(P, s->owned_by)),
               rg_arena_printf(P->a, "ALTER SEQUENCE %s OWNED BY %s", q, owner_ref(P, os->owned_by)), PRIO_LATE);
    }
}

/* ---- views over columns that change type ------------------------------------ */

static bool ident_char(char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (unsigned char)c >= 0x80;
}

/* Whether view v's query names one of the tables in `names` (keyed by
 * bare table name): a word scan of its SQL, as the views prepass does. */
static bool view_names_any(planner *P, rg_catalog *c, const rg_view *v, const rg_map *names)
{
    const char *q = rg_expr_sql(c, &v->query);
    for (const char *w = q; w && *w;) {
        if (!ident_char(*w)) {
            w++;
            continue;
        }
        const char *e = w;
        while (ident_char(*e)) e++;
        if ((w == q || !ident_char(w[-1])) && rg_map_get(names, rg_arena_strndup(P->a, w, (size_t)(e - w)))) return true;
        w = e;
    }
    return false;
}

/* PostgreSQL refuses ALTER COLUMN ... TYPE on a column a view uses, and a
 * view follows a renamed column: views over a table whose column changes
 * type are dropped and re-created around the change (in expand for an
 * in-place change, in the switch for the new-column swap). */
void pl_views_prepass(planner *P)
{
    rg_map stage_of = {0}; /* "schema.table" -> bit set of stages (1 << stage) */
    for (size_t i = 0; i < P->d->n; i++) {
        const rg_change *c = &P->d->v[i];
        bool coll = c->ck == RG_CK_ALTER_COLUMN_COLLATION;
        if (c->ck != RG_CK_ALTER_COLUMN_TYPE && !coll) continue;
        const rg_column *nc = c->new_obj, *oc = c->old_obj;
        if (coll && strcmp(nc->type, oc->type) != 0) continue; /* the type change counts */
        const rg_table *t = c->new_table;
        uintptr_t bits = (uintptr_t)rg_map_get(&stage_of, t->name);
        bits |= (uintptr_t)1 << (pl_skipped(P, "moved", c->object) ? ST_SWITCH : ST_EXPAND);
        rg_map_put(&stage_of, t->name, (void *)bits);
    }
    if (!stage_of.n) goto done;
    for (size_t i = 0; i < P->oldc->views.n; i++) {
        const rg_view *v = &P->oldc->views.v[i];
        if (v->dropped) continue;
        const char *q = rg_expr_sql(P->oldc, &v->query);
        uintptr_t bits = 0;
        /* Each word of the query, looked up among the changed tables. */
        for (const char *w = q; w && *w;) {
            if (!ident_char(*w)) {
                w++;
                continue;
            }
            const char *e = w;
            while (ident_char(*e)) e++;
            if (w == q || !ident_char(w[-1]))
                bits |= (uintptr_t)rg_map_get(&stage_of, rg_arena_strndup(P->a, w, (size_t)(e - w)));
            w = e;
        }
        if (!bits) continue;
        const char *key = pl_key(P, v->schema, v->name, NULL);
        rg_map_put(&P->rebuilt_views, key, (void *)1);
        const rg_view *nv = rg_catalog_view(P->newc, v->schema, v->name);
        const char *prev = obj_sql(P, P->oldc, view_fn, v);
        for (int st = ST_EXPAND; st <= ST_SWITCH; st++) {
            if (!(bits & ((uintptr_t)1 << st))) continue;
            rg_plan_file *f = st == ST_SWITCH ? pl_main(P, ST_SWITCH, 0, "switch") : expand_main(P);
            const char *drop = rg_arena_printf(P->a, "DROP %sVIEW %s", v->materialized ? "MATERIALIZED " : "",
                                               pl_qn(P, v->schema, v->name));
            rg_plan_step *s = pl_step(P, f, "drop_view", key, drop, prev);
            pl_step_prio(s, PRIO_FIRST);
            pl_note(P, s, "re-created below: a view blocks a column type change and follows a renamed column");
            if (!nv) break;
            prev = obj_sql(P, P->newc, view_fn, nv);
            s = pl_step(P, f, "create_view", key, prev,
                        rg_arena_printf(P->a, "DROP %sVIEW %s", nv->materialized ? "MATERIALIZED " : "",
                                        pl_qn(P, nv->schema, nv->name)));
            pl_step_prio(s, PRIO_LATE + 1);
        }
    }
done:
    rg_map_free(&stage_of);
}

/* ---- comments, validation, unmodelled statements ------------------------------ */

static const char *comment_lit(planner *P, const char *c)
{
    return c && *c ? pl_lit(P, c) : "NULL";
}

/* "COMMENT ON <what>" for the object and its comment; NULL when the kind
 * has no comment form here. */
static const char *comment_target(planner *P, const rg_change *c, const void *obj, const rg_table *t,
                                  const char **comment, const char **op)
{
    *op = "comment_on_table";
    switch (c->objkind) {
    case RG_OBJ_TABLE: {
        const rg_table *x = obj;
        *comment = x->comment;
        return rg_arena_printf(P->a, "%sTABLE %s", x->kind == RG_TABLE_FOREIGN ? "FOREIGN " : "", pl_qn(P, x->schema, x->name));
    }
    case RG_OBJ_VIEW: {
        const rg_view *x = obj;
        *comment = x->comment;
        return rg_arena_printf(P->a, "%sVIEW %s", x->materialized ? "MATERIALIZED " : "", pl_qn(P, x->schema, x->name));
    }
    case RG_OBJ_COLUMN: {
        const rg_column *x = obj;
        *comment = x->comment;
        *op = "comment_on_column";
        if (!t) {
            /* a view's column: the change names it "schema.view.column" and
             * points at the view, which keeps the column comments */
            const char *vs, *vn, *col;
            if (!key_parts3(P, c->object, &vs, &vn, &col)) return NULL;
            const rg_view *v = obj;
            *comment = NULL;
            for (size_t i = 0; v->column_comments && i < v->ncolumns; i++)
                if (!strcmp(v->columns[i], col)) *comment = v->column_comments[i];
            return rg_arena_printf(P->a, "COLUMN %s.%s", pl_qn(P, vs, vn), pl_q(P, col));
        }
        return rg_arena_printf(P->a, "COLUMN %s.%s", pl_qn(P, t->schema, t->name), pl_q(P, x->name));
    }
    case RG_OBJ_CONSTRAINT: {
        const rg_constraint *x = obj;
        *comment = x->comment;
        *op = "comment_on_constraint";
        if (!t) return NULL;
        return rg_arena_printf(P->a, "CONSTRAINT %s ON %s", pl_q(P, x->name), pl_qn(P, t->schema, t->name));
    }
    case RG_OBJ_INDEX: {
        const rg_index *x = obj;
        *comment = x->comment;
        return rg_arena_printf(P->a, "INDEX %s", pl_qn(P, x->schema, x->name));
    }
    case RG_OBJ_SEQUENCE: {
        const rg_sequence *x = obj;
        *comment = x->comment;
        return rg_arena_printf(P->a, "SEQUENCE %s", pl_qn(P, x->schema, x->name));
    }
    case RG_OBJ_TYPE: {
        const rg_type *x = obj;
        *comment = x->comment;
        *op = "comment_on_type";
        return rg_arena_printf(P->a, "%s %s", x->kind == RG_TYPE_DOMAIN ? "DOMAIN" : "TYPE", pl_qn(P, x->schema, x->name));
    }
    case RG_OBJ_FUNCTION: {
        const rg_function *x = obj;
        *comment = x->comment;
        *op = "comment_on_function";
        return rg_arena_printf(P->a, "%s %s", x->procedure ? "PROCEDURE" : "FUNCTION", func_sig(P, x));
    }
    case RG_OBJ_SCHEMA: {
        const rg_schema *x = obj;
        *comment = x->comment;
        *op = "comment_on_schema";
        return rg_arena_printf(P->a, "SCHEMA %s", pl_q(P, x->name));
    }
    case RG_OBJ_EXTENSION: {
        const rg_extension *x = obj;
        *comment = x->comment;
        *op = "comment_on_extension";
        return rg_arena_printf(P->a, "EXTENSION %s", pl_q(P, x->name));
    }
    case RG_OBJ_POLICY: {
        const rg_policy *x = obj;
        *comment = x->comment;
        *op = "comment_on_policy";
        if (!t) return NULL;
        return rg_arena_printf(P->a, "POLICY %s ON %s", pl_q(P, x->name), pl_qn(P, t->schema, t->name));
    }
    case RG_OBJ_TRIGGER: {
        const rg_trigger *x = obj;
        *comment = x->comment;
        *op = "comment_on_trigger";
        if (!t) return NULL;
        return rg_arena_printf(P->a, "TRIGGER %s ON %s", pl_q(P, x->name), pl_qn(P, t->schema, t->name));
    }
    default: return NULL;
    }
}

/* The first two parts of an object key ("schema"."table".x), unquoted. */
static bool key_parts(planner *P, const char *key, const char **a, const char **b)
{
    return key_parts3(P, key, a, b, NULL);
}

/* Also the third part ("schema"."view"."column") when c3 is given. */
static bool key_parts3(planner *P, const char *key, const char **a, const char **b, const char **c3)
{
    const char *parts[3] = {NULL, NULL, NULL};
    const char *p = key;
    int nparts = c3 ? 3 : 2;
    for (int i = 0; i < nparts; i++) {
        rg_buf w = {0};
        if (*p == '"') {
            for (p++; *p && !(*p == '"' && p[1] != '"'); p++) {
                if (*p == '"') p++;
                rg_buf_putc(&w, *p);
            }
            if (*p == '"') p++;
        } else {
            while (*p && *p != '.') rg_buf_putc(&w, *p++);
        }
        parts[i] = rg_arena_strdup(P->a, rg_buf_cstr(&w));
        rg_buf_free(&w);
        if (i + 1 < nparts && *p++ != '.') return false;
    }
    *a = parts[0];
    *b = parts[1];
    if (c3) *c3 = parts[2];
    return true;
}

/* The table of a table-owned object when the change does not carry it. */
static const rg_table *owner_of(planner *P, const rg_change *c, rg_catalog *cat, const rg_table *t)
{
    if (t || (c->objkind != RG_OBJ_COLUMN && c->objkind != RG_OBJ_CONSTRAINT && c->objkind != RG_OBJ_TRIGGER &&
              c->objkind != RG_OBJ_POLICY))
        return t;
    const char *schema, *table;
    if (!key_parts(P, c->object, &schema, &table)) return NULL;
    return rg_catalog_table(cat, schema, table);
}

static void alter_comment(planner *P, const rg_change *c)
{
    const char *nc = NULL, *oc = NULL, *op;
    const char *target = c->new_obj ? comment_target(P, c, c->new_obj, owner_of(P, c, P->newc, c->new_table), &nc, &op)
                                    : NULL;
    if (c->old_obj) comment_target(P, c, c->old_obj, owner_of(P, c, P->oldc, c->old_table), &oc, &op);
    if (!target && c->old_obj) /* the comment goes with the object */
        target = comment_target(P, c, c->old_obj, owner_of(P, c, P->oldc, c->old_table), &oc, &op);
    if (!target) {
        unsupported(P, c);
        return;
    }
    simple(P, expand_main(P), op, c->object, rg_arena_printf(P->a, "COMMENT ON %s IS %s", target, comment_lit(P, nc)),
           rg_arena_printf(P->a, "COMMENT ON %s IS %s", target, comment_lit(P, oc)), PRIO_LATE + 2);
}

/* A new object's comment is part of its add in the diff: say it here. */
static void comment_new(planner *P, rg_objkind kind, const void *obj, const rg_table *t, const char *object)
{
    rg_change c = {.objkind = kind, .new_obj = obj, .new_table = t, .object = object};
    const char *cm = NULL, *op;
    const char *target = comment_target(P, &c, obj, t, &cm, &op);
    if (!target || !cm || !*cm) return;
    simple(P, expand_main(P), op, object, rg_arena_printf(P->a, "COMMENT ON %s IS %s", target, pl_lit(P, cm)),
           rg_arena_printf(P->a, "COMMENT ON %s IS NULL", target), PRIO_LATE + 2);
}

static void comments_of_added(planner *P, const rg_change *c)
{
    if (c->op != RG_CHANGE_ADD || !c->new_obj || c->ck == RG_CK_ADD_GRANT ||
        c->ck == RG_CK_ADD_OPAQUE || c->ck == RG_CK_ADD_ENUM_VALUE ||
        c->ck == RG_CK_ADD_TYPE_ATTRIBUTE || c->ck == RG_CK_ADD_DOMAIN_CONSTRAINT ||
        c->ck == RG_CK_ADD_POLICY) /* its comment comes as an alter_comment */
        return;
    comment_new(P, c->objkind, c->new_obj, c->new_table, c->object);
    pl_skip(P, "alter_comment", c->object); /* said just now */
    if (c->objkind != RG_OBJ_TABLE) return;
    const rg_table *t = c->new_obj;
    for (size_t i = 0; i < t->columns.n; i++)
        if (!t->columns.v[i].dropped) comment_new(P, RG_OBJ_COLUMN, &t->columns.v[i], t, c->object);
    for (size_t i = 0; i < t->constraints.n; i++)
        if (!t->constraints.v[i].dropped && t->constraints.v[i].kind != RG_CON_FOREIGN)
            comment_new(P, RG_OBJ_CONSTRAINT, &t->constraints.v[i], t, c->object);
}

static void validate_constraint(planner *P, const rg_change *c)
{
    const rg_table *t = c->new_table;
    const rg_constraint *k = c->new_obj;
    const char *at = alter(P, t);
    rg_plan_file *f = pl_own(P, ST_VALIDATE, PH_VALIDATE, k->name, false);
    rg_plan_step *s = pl_step(P, f, k->kind == RG_CON_FOREIGN ? "validate_foreign_key" : "validate_check", c->object,
                              rg_arena_printf(P->a, "%s VALIDATE CONSTRAINT %s", at, pl_q(P, k->name)),
                              rg_arena_printf(P->a, "%s DROP CONSTRAINT %s;\n%s", at, pl_q(P, k->name),
                                              constraint_sql(P, P->oldc, t, c->old_obj, true)));
    pl_note(P, s, "own transaction: scans without blocking reads or writes");
}

/* "CREATE AGGREGATE public.f(int)" -> "DROP AGGREGATE public.f(int)". */
static const char *opaque_drop(planner *P, const rg_opaque *o)
{
    size_t n = strlen(o->kind);
    if (strncmp(o->kind, "CREATE ", 7) != 0 || !o->identity || strncmp(o->identity, o->kind, n) != 0 ||
        o->identity[n] != ' ')
        return NULL;
    return rg_arena_printf(P->a, "DROP %s %s", o->kind + 7, o->identity + n + 1);
}

static void opaque_change(planner *P, const rg_change *c)
{
    const rg_opaque *n = c->new_obj, *o = c->old_obj;
    const char *nsql = n ? rg_expr_sql(P->newc, &n->stmt) : NULL, *osql = o ? rg_expr_sql(P->oldc, &o->stmt) : NULL;
    const char *ndrop = n ? opaque_drop(P, n) : NULL, *odrop = o ? opaque_drop(P, o) : NULL;
    if ((o && !odrop) || (n && !nsql) || (o && !osql)) {
        unsupported(P, c);
        return;
    }
    rg_plan_step *s;
    if (o) {
        s = pl_step(P, n ? expand_main(P) : contract_main(P), "drop_function", c->object, odrop, osql);
        pl_note(P, s, "statement rollgate does not model (%s): lock not modelled", o->kind);
    }
    if (n) {
        s = pl_step(P, expand_main(P), "create_function", c->object, nsql, ndrop);
        pl_note(P, s, "statement rollgate does not model (%s): lock not modelled", n->kind);
        if (!ndrop) pl_note(P, s, "no down: drop it by hand");
    }
}

/* An extension's version or schema: ALTER EXTENSION ... UPDATE TO / SET
 * SCHEMA, in expand (the new version may use what the update adds). A
 * down to an older version needs the extension's downgrade script, which
 * few extensions ship: the down leaves the version and says so (lossy). */
static void alter_extension(planner *P, const rg_change *c)
{
    const rg_extension *nx = c->new_obj, *ox = c->old_obj;
    const char *q = pl_q(P, nx->name);
    if ((nx->version || ox->version) && (!nx->version || !ox->version || strcmp(nx->version, ox->version))) {
        /* no version in the target: its default one (UPDATE without TO) */
        rg_plan_step *s = pl_step(P, expand_main(P), "alter_extension_update", c->object,
                                  nx->version ? rg_arena_printf(P->a, "ALTER EXTENSION %s UPDATE TO %s", q, pl_lit(P, nx->version))
                                              : rg_arena_printf(P->a, "ALTER EXTENSION %s UPDATE", q),
                                  NULL);
        pl_step_prio(s, PRIO_FIRST);
        pl_lossy(s, "the extension stays at the new version: going back needs a downgrade script, which extensions "
                    "rarely ship");
    }
    const char *ns = nx->schema ? nx->schema : "public", *os = ox->schema ? ox->schema : "public";
    if (strcmp(ns, os)) {
        rg_plan_step *s = pl_step(P, expand_main(P), "alter_extension_set_schema", c->object,
                                  rg_arena_printf(P->a, "ALTER EXTENSION %s SET SCHEMA %s", q, pl_q(P, ns)),
                                  rg_arena_printf(P->a, "ALTER EXTENSION %s SET SCHEMA %s", q, pl_q(P, os)));
        pl_step_prio(s, PRIO_FIRST);
    }
}

/* ---- triggers --------------------------------------------------------------------- */

/* The relation a trigger is on: the change's table, or for an INSTEAD OF
 * trigger on a view (no table) the view named by the object key. */
static bool trigger_owner(planner *P, const rg_change *c, const char **schema, const char **rel)
{
    const rg_table *t = c->new_table ? c->new_table : c->old_table;
    if (t) {
        *schema = t->schema;
        *rel = t->name;
        return true;
    }
    return key_parts(P, c->object, schema, rel);
}

static const char *trigger_sql(planner *P, rg_catalog *cat, const char *schema, const char *rel,
                               const rg_trigger *g)
{
    rg_buf b = {0};
    rg_ddl_trigger(cat, schema, rel, g, &b);
    return pl_take(P, &b);
}

static bool trigger_remade(planner *P, const rg_change *c, const char *schema, const char *rel, const rg_trigger *og)
{
    (void)c;
    const rg_table *t = rg_catalog_table(P->newc, schema, rel);
    if (t) return rg_map_get(&t->trigger_map, og->name) != NULL;
    const rg_view *v = rg_catalog_view(P->newc, schema, rel);
    return v && rg_map_get(&v->trigger_map, og->name) != NULL;
}

static void trigger_change(planner *P, const rg_change *c)
{
    const char *schema, *rel;
    if (!trigger_owner(P, c, &schema, &rel)) {
        unsupported(P, c);
        return;
    }
    const rg_trigger *ng = c->new_obj, *og = c->old_obj;
    const char *drop = rg_arena_printf(P->a, "DROP TRIGGER %s ON %s", pl_q(P, (ng ? ng : og)->name),
                                       pl_qn(P, schema, rel));
    const char *ns = ng ? trigger_sql(P, P->newc, schema, rel, ng) : NULL;
    const char *os = og ? trigger_sql(P, P->oldc, schema, rel, og) : NULL;
    /* A trigger the target makes again under the same name (a constraint
     * trigger cannot be replaced in place): dropped right before. */
    bool remade = og && !ng && trigger_remade(P, c, schema, rel, og);
    if (remade) simple(P, expand_main(P), "drop_trigger", c->object, drop, os, PRIO_LATE);
    else if (og && !ng) simple(P, contract_main(P), "drop_trigger", c->object, drop, os, PRIO_FIRST);
    else if (ng && !og) simple(P, expand_main(P), "create_trigger", c->object, ns, drop, PRIO_LATE);
    else {
        simple(P, expand_main(P), "drop_trigger", c->object, drop, os, PRIO_LATE);
        simple(P, expand_main(P), "create_trigger", c->object, ns, drop, PRIO_LATE);
    }
}

static void shape_one(planner *P, const rg_change *c);

/* The registry's shape column: a kind with a shape of its own takes every
 * change of its kind, comments included. */
#define SHAPE_COLUMN(KIND, name, interp, follow, diff, shape, ...) shape,
static void (*const kind_shape[RG_OBJ__COUNT])(planner *, const rg_change *) = {RG_OBJKINDS(SHAPE_COLUMN)};
#undef SHAPE_COLUMN

void pl_shape_change(planner *P, const rg_change *c)
{
    if ((unsigned)c->objkind < RG_OBJ__COUNT && kind_shape[c->objkind]) {
        if (!pl_skipped(P, c->kind, c->object)) kind_shape[c->objkind](P, c);
        return;
    }
    shape_one(P, c);
    comments_of_added(P, c);
}

static void shape_one(planner *P, const rg_change *c)
{
    rg_change_kind k = c->ck;
    if (pl_skipped(P, c->kind, c->object)) return; /* done by another shape */
    if (pl_shape_parts(P, c)) return;
    if (pl_shape_object(P, c)) return;
    if ((k == RG_CK_ALTER_VIEW || k == RG_CK_DROP_VIEW) &&
        rg_map_get(&P->rebuilt_views, c->object))
        return;
    switch (k) {
    case RG_CK_ADD_COLUMN: {
        const char *key = c->object;
        const char *from = rg_map_get(&P->pairs, key);
        if (from) pl_shape_renamed_column(P, c, from);
        else pl_shape_add_column(P, c);
        break;
    }
    case RG_CK_DROP_COLUMN:
        drop_column(P, c);
        break;
    case RG_CK_ALTER_COLUMN_TYPE:
        pl_shape_type_change(P, c);
        break;
    case RG_CK_ALTER_COLUMN_DEFAULT:
    case RG_CK_ALTER_COLUMN_NULLABILITY:
        /* A column moved to a new type by the swap gets its target
         * default and nullability there. */
        if (pl_skipped(P, "moved", c->object)) return;
        if (k == RG_CK_ALTER_COLUMN_DEFAULT) alter_default(P, c);
        else alter_nullability(P, c);
        break;
    case RG_CK_ADD_TABLE:
        add_table(P, c);
        break;
    case RG_CK_DROP_TABLE:
        drop_table(P, c);
        break;
    case RG_CK_ADD_CONSTRAINT:
        add_constraint(P, c);
        break;
    case RG_CK_DROP_CONSTRAINT:
        drop_constraint(P, c);
        break;
    case RG_CK_ALTER_CONSTRAINT:
        alter_constraint(P, c);
        break;
    case RG_CK_ADD_INDEX:
        add_index(P, c);
        break;
    case RG_CK_DROP_INDEX:
        drop_index(P, c);
        break;
    case RG_CK_ALTER_INDEX:
        alter_index(P, c);
        break;
    case RG_CK_ADD_SCHEMA: {
        const rg_schema *s = c->new_obj;
        simple(P, expand_main(P), "create_schema", c->object,
               rg_arena_printf(P->a, "CREATE SCHEMA %s", pl_q(P, s->name)),
               rg_arena_printf(P->a, "DROP SCHEMA %s", pl_q(P, s->name)), PRIO_FIRST);
        break;
    }
    case RG_CK_DROP_SCHEMA: {
        const rg_schema *s = c->old_obj;
        simple(P, contract_main(P), "drop_schema", c->object,
               rg_arena_printf(P->a, "DROP SCHEMA %s", pl_q(P, s->name)),
               rg_arena_printf(P->a, "CREATE SCHEMA %s", pl_q(P, s->name)), PRIO_LATE);
        break;
    }
    case RG_CK_ADD_EXTENSION: {
        const rg_extension *x = c->new_obj;
        simple(P, expand_main(P), "create_extension", c->object,
               rg_arena_printf(P->a, "CREATE EXTENSION %s WITH SCHEMA %s%s%s", pl_q(P, x->name),
                               pl_q(P, x->schema ? x->schema : "public"), x->version ? " VERSION " : "",
                               x->version ? pl_lit(P, x->version) : ""),
               rg_arena_printf(P->a, "DROP EXTENSION %s", pl_q(P, x->name)), PRIO_FIRST);
        break;
    }
    case RG_CK_DROP_EXTENSION: {
        const rg_extension *x = c->old_obj;
        simple(P, contract_main(P), "drop_extension", c->object, rg_arena_printf(P->a, "DROP EXTENSION %s", pl_q(P, x->name)),
               rg_arena_printf(P->a, "CREATE EXTENSION %s WITH SCHEMA %s%s%s", pl_q(P, x->name),
                               pl_q(P, x->schema ? x->schema : "public"), x->version ? " VERSION " : "",
                               x->version ? pl_lit(P, x->version) : ""),
               PRIO_LATE);
        break;
    }
    case RG_CK_ALTER_EXTENSION:
        alter_extension(P, c);
        break;
    case RG_CK_ADD_TYPE: {
        const rg_type *t = c->new_obj;
        simple(P, expand_main(P), t->kind == RG_TYPE_ENUM ? "create_enum_type" : "create_type", c->object,
               obj_sql(P, P->newc, type_fn, t),
               rg_arena_printf(P->a, "DROP TYPE %s", pl_qn(P, t->schema, t->name)), PRIO_NORMAL);
        break;
    }
    case RG_CK_DROP_TYPE: {
        const rg_type *t = c->old_obj;
        simple(P, contract_main(P), "drop_type", c->object,
               rg_arena_printf(P->a, "DROP TYPE %s", pl_qn(P, t->schema, t->name)),
               obj_sql(P, P->oldc, type_fn, t), PRIO_LATE);
        break;
    }
    case RG_CK_ADD_ENUM_VALUE:
        add_enum_value(P, c);
        break;
    case RG_CK_DROP_ENUM_VALUE:
        drop_enum_value(P, c);
        break;
    case RG_CK_ADD_FUNCTION: {
        const rg_function *f = c->new_obj;
        /* SQL-language bodies are checked at creation: after the tables. */
        bool sql_body = f->language && strcmp(f->language, "sql") == 0;
        simple(P, expand_main(P), "create_function", c->object, obj_sql(P, P->newc, func_fn, f),
               rg_arena_printf(P->a, "DROP %s %s", f->procedure ? "PROCEDURE" : "FUNCTION", func_sig(P, f)),
               sql_body ? PRIO_NORMAL + 2 : PRIO_NORMAL);
        break;
    }
    case RG_CK_DROP_FUNCTION: {
        const rg_function *f = c->old_obj;
        /* Replaced under the same signature (the diff's drop + add, e.g.
         * argument names changed): dropped in expand right before the new
         * one is created, as CREATE OR REPLACE cannot rename arguments. */
        bool replaced = f->signature && rg_map_get(&P->newc->function_map, f->signature);
        simple(P, replaced ? expand_main(P) : contract_main(P), "drop_function", c->object,
               rg_arena_printf(P->a, "DROP %s %s", f->procedure ? "PROCEDURE" : "FUNCTION", func_sig(P, f)),
               obj_sql(P, P->oldc, func_fn, f), replaced ? PRIO_NORMAL - 1 : PRIO_LATE);
        break;
    }
    case RG_CK_ALTER_FUNCTION:
        alter_function(P, c);
        break;
    case RG_CK_ADD_SEQUENCE: {
        const rg_sequence *s = c->new_obj;
        if (s->identity) return;
        simple(P, expand_main(P), "create_sequence", c->object, obj_sql(P, P->newc, seq_fn, s),
               rg_arena_printf(P->a, "DROP SEQUENCE %s", pl_qn(P, s->schema, s->name)), PRIO_NORMAL);
        owned_by_step(P, expand_main(P), s);
        break;
    }
    case RG_CK_DROP_SEQUENCE: {
        const rg_sequence *s = c->old_obj;
        if (s->identity || (s->owned_by && owner_goes(P, s))) return; /* goes with its column or table */
        /* (an owned one whose column stays: it comes back owned by it) */
        const char *down = obj_sql(P, P->oldc, seq_fn, s);
        if (s->owned_by)
            down = rg_arena_printf(P->a, "%s;\nALTER SEQUENCE %s OWNED BY %s", down, pl_qn(P, s->schema, s->name),
                                   owner_ref(P, s->owned_by));
        rg_plan_step *st = pl_step(P, contract_main(P), "drop_sequence", c->object,
                                   rg_arena_printf(P->a, "DROP SEQUENCE %s", pl_qn(P, s->schema, s->name)), down);
        pl_lossy(st, "the sequence restarts from its START value");
        break;
    }
    case RG_CK_ALTER_SEQUENCE:
        alter_sequence(P, c);
        break;
    case RG_CK_ADD_VIEW: {
        const rg_view *v = c->new_obj;
        simple(P, expand_main(P), "create_view", c->object, obj_sql(P, P->newc, view_fn, v),
               rg_arena_printf(P->a, "DROP %sVIEW %s", v->materialized ? "MATERIALIZED " : "",
                               pl_qn(P, v->schema, v->name)), PRIO_LATE);
        break;
    }
    case RG_CK_DROP_VIEW:
        drop_view(P, c);
        break;
    case RG_CK_ALTER_VIEW:
        alter_view(P, c);
        break;
    case RG_CK_ADD_TRIGGER:
    case RG_CK_DROP_TRIGGER:
    case RG_CK_ALTER_TRIGGER:
        trigger_change(P, c);
        break;
    case RG_CK_ALTER_COMMENT:
        alter_comment(P, c);
        break;
    case RG_CK_VALIDATE_CONSTRAINT:
        validate_constraint(P, c);
        break;
    case RG_CK_ADD_OPAQUE:
    case RG_CK_DROP_OPAQUE:
    case RG_CK_ALTER_OPAQUE:
        opaque_change(P, c);
        break;
    default:
        unsupported(P, c);
        break;
    }
}
