/*
 * interp_ddl.c — the statements that act on existing objects of any kind:
 * DROP (with CASCADE effects), RENAME, COMMENT ON, ALTER ... SET SCHEMA.
 * Each resolves its target through the catalog's maps and hands the work to
 * the module that owns the object kind.
 */
#include "catalog/interp_int.h"

#include <assert.h>
#include <stdlib.h>

static bool is_cascade(pg_DropBehavior b)
{
    return b == DROP_CASCADE;
}

/* PostgreSQL's SQLSTATE for a missing object of each kind. */
static const char *missing_state(const char *what)
{
    if (!strcmp(what, "table") || !strcmp(what, "view") || !strcmp(what, "materialized view") ||
        !strcmp(what, "sequence") || !strcmp(what, "relation"))
        return "42P01";
    if (!strcmp(what, "schema")) return "3F000";
    if (!strcmp(what, "function")) return "42883";
    return "42704";
}

static void missing(ictx *x, bool missing_ok, const char *what, const char *name)
{
    if (missing_ok) inote(x, 0, "skipped", "%s \"%s\" does not exist, skipping", what, name);
    else ierr(x, 0, missing_state(what), "%s \"%s\" does not exist", what, name);
}

/* RemoveRelations / findDependentObjects (PostgreSQL 15): a partitioned
 * table's index cannot go CONCURRENTLY (0A000), and a partition's index
 * attached to its parent's goes only with that one (2BP01). */
static bool drop_index_allowed(ictx *x, const rg_index *ix, bool concurrent)
{
    const rg_table *t = rg_catalog_table(x->c, ix->table_schema, ix->table_name);
    if (concurrent && t && t->kind == RG_TABLE_PARTITIONED) {
        ierr(x, 0, "0A000", "cannot drop partitioned index \"%s\" concurrently", ix->name);
        return false;
    }
    if (ix->attached_to) {
        const char *dot = strchr(ix->attached_to, '.');
        ierr(x, 0, "2BP01", "cannot drop index %s because index %s requires it", ix->name,
             dot ? dot + 1 : ix->attached_to);
        return false;
    }
    return true;
}

/* ---- what depends on a function (pg_depend, as far as we model it) ---- */

typedef struct fn_use {
    const rg_function *f;
    size_t nin;              /* its input arguments */
    const char *path;        /* search_path the expression was written under ("a, b") */
    bool found;
} fn_use;

static bool path_has(const char *path, const char *schema)
{
    size_t n = strlen(schema);
    for (const char *p = path && *path ? path : "public"; *p;) {
        while (*p == ' ' || *p == ',') p++;
        if (!strncmp(p, schema, n) && (p[n] == 0 || p[n] == ',')) return true;
        while (*p && *p != ',') p++;
    }
    return false;
}

static rg_pg_step calls_fn(const rg_pg_visit *v, void *ctx)
{
    fn_use *u = ctx;
    if (v->kind != T_FuncCall) return RG_PG_NEXT;
    const pg_FuncCall *fc = v->msg;
    if (!fc->n_funcname) return RG_PG_NEXT;
    const char *name = rg_pg_str(fc->funcname[fc->n_funcname - 1]);
    const char *schema = fc->n_funcname >= 2 ? rg_pg_str(fc->funcname[fc->n_funcname - 2]) : NULL;
    if (strcmp(name, u->f->name) != 0 || fc->n_args != u->nin) return RG_PG_NEXT;
    if (schema ? strcmp(schema, u->f->schema) != 0 : !path_has(u->path, u->f->schema)) return RG_PG_NEXT;
    u->found = true;
    return RG_PG_STOP;
}

/* The normalised key names every function it calls: expressions that
 * cannot call this one need no walk. */
static bool may_call(const rg_expr *e, const fn_use *u)
{
    return e->node && (!e->key || strstr(e->key, u->f->name));
}

static bool expr_calls(const rg_expr *e, fn_use *u)
{
    if (may_call(e, u)) rg_pg_walk(e->node, calls_fn, u);
    return u->found;
}

static bool trigger_calls(const rg_trigger *tr, const rg_function *f)
{
    return !tr->dropped && !strcmp(tr->func_name, f->name) && tr->func_schema && !strcmp(tr->func_schema, f->schema);
}

/* A live table whose triggers, defaults, generated columns or CHECKs call
 * the function. */
static bool table_calls(const rg_table *t, fn_use *u)
{
    if (t->dropped) return false;
    u->path = t->search_path;
    for (size_t j = 0; j < t->triggers.n; j++)
        if (trigger_calls(&t->triggers.v[j], u->f)) return true;
    for (size_t j = 0; j < t->columns.n; j++) {
        const rg_column *col = &t->columns.v[j];
        if (!col->dropped && (expr_calls(&col->dflt, u) || expr_calls(&col->gen_expr, u))) return true;
    }
    for (size_t j = 0; j < t->constraints.n; j++) {
        const rg_constraint *k = &t->constraints.v[j];
        if (!k->dropped && k->kind == RG_CON_CHECK && expr_calls(&k->check, u)) return true;
    }
    return false;
}

static bool index_calls(rg_catalog *c, const rg_index *ix, fn_use *u)
{
    if (ix->dropped) return false;
    bool may = may_call(&ix->where, u);
    for (size_t j = 0; j < ix->nelems && !may; j++) may = may_call(&ix->elems[j].expr, u);
    if (!may) return false; /* the table lookup only for a possible caller */
    const rg_table *t = rg_catalog_table(c, ix->table_schema, ix->table_name);
    u->path = t ? t->search_path : NULL;
    if (expr_calls(&ix->where, u)) return true;
    for (size_t j = 0; j < ix->nelems; j++)
        if (expr_calls(&ix->elems[j].expr, u)) return true;
    return false;
}

static bool view_calls(const rg_view *v, fn_use *u)
{
    u->path = v->search_path;
    return !v->dropped && expr_calls(&v->query, u);
}

#ifndef NDEBUG
/* What the lists must agree with: every object asked. */
static bool function_called_anywhere(rg_catalog *c, const rg_function *f, size_t nin)
{
    fn_use u = {f, nin, NULL, false};
    for (size_t i = 0; i < c->tables.n; i++)
        if (table_calls(&c->tables.v[i], &u)) return true;
    for (size_t i = 0; i < c->indexes.n; i++)
        if (index_calls(c, &c->indexes.v[i], &u)) return true;
    for (size_t i = 0; i < c->views.n; i++)
        if (view_calls(&c->views.v[i], &u)) return true;
    return false;
}
#endif

/* Views, CHECK constraints, defaults, generated columns, index
 * expressions and triggers record a dependency on the functions they call
 * (a LANGUAGE sql body with a string body does not). Only the objects
 * listed under the function's name can call it (catidx). */
static bool function_has_dependents(rg_catalog *c, const rg_function *f)
{
    fn_use u = {f, 0, NULL, false};
    for (size_t i = 0; i < f->nargs; i++) u.nin += f->args[i].mode != 'o' && f->args[i].mode != 't';
    /* a trigger function is called by triggers only: the tables with a
     * trigger calling a function of its name are all that can depend on it */
    bool trigger_fn = f->returns && !strcmp(f->returns, "trigger");
    catidx_list l = catidx_trigger_users(c, f->name);
    bool used = false;
    for (size_t i = 0; i < l.n && !used; i++) {
        const rg_table *t = &c->tables.v[l.v[i]];
        for (size_t j = 0; j < t->triggers.n && !used && !t->dropped; j++) used = trigger_calls(&t->triggers.v[j], f);
    }
    free(l.v);
    if (used || trigger_fn) return used;
    l = catidx_name_users(c, CATIDX_TABLES, CATIDX_CALLS, f->name);
    for (size_t i = 0; i < l.n && !used; i++) used = table_calls(&c->tables.v[l.v[i]], &u);
    free(l.v);
    l = catidx_name_users(c, CATIDX_INDEXES, CATIDX_CALLS, f->name);
    for (size_t i = 0; i < l.n && !used; i++) used = index_calls(c, &c->indexes.v[l.v[i]], &u);
    free(l.v);
    l = catidx_name_users(c, CATIDX_VIEWS, CATIDX_CALLS, f->name);
    for (size_t i = 0; i < l.n && !used; i++) used = view_calls(&c->views.v[l.v[i]], &u);
    free(l.v);
    assert(used == function_called_anywhere(c, f, u.nin));
    return used;
}

/* A List of String names → (schema, name). */
static void list_name(const pg_node *o, const char **schema, const char **name)
{
    *schema = NULL;
    *name = "";
    if (rg_pg_is(o, T_List)) rg_pg_qname((const pg_node *const *)o->list->items, o->list->n_items, schema, name);
    else if (rg_pg_is(o, T_String)) *name = o->string->sval;
    else if (rg_pg_is(o, T_TypeName)) rg_pg_qname((const pg_node *const *)o->type_name->names, o->type_name->n_names, schema, name);
}

/* [schema.]table.name lists of triggers, policies, constraints, columns. */
static bool sub_name(const pg_node *o, const char **schema, const char **table, const char **name)
{
    if (!rg_pg_is(o, T_List) || o->list->n_items < 2) return false;
    const pg_List *l = o->list;
    *name = rg_pg_str(l->items[l->n_items - 1]);
    rg_pg_qname((const pg_node *const *)l->items, l->n_items - 1, schema, table);
    return true;
}

static rg_type *type_of_node(ictx *x, const pg_node *o)
{
    const char *schema, *name;
    list_name(o, &schema, &name);
    return rg_catalog_type(x->c, schema, name);
}

/* ---- DROP ------------------------------------------------------------------ */

static void drop_triggers_calling(rg_trigger *v, size_t n, rg_map *m, const rg_function *f)
{
    for (size_t i = 0; i < n; i++) {
        rg_trigger *tr = &v[i];
        if (tr->dropped || strcmp(tr->func_name, f->name)) continue;
        if (*tr->func_schema && strcmp(tr->func_schema, f->schema)) continue;
        tr->dropped = true;
        rg_map_del(m, tr->name);
    }
}

/* DROP FUNCTION ... CASCADE takes the triggers that execute it along. */
static void drop_function_triggers(ictx *x, const rg_function *f)
{
    rg_catalog *c = x->c;
    catidx_list l = catidx_trigger_users(c, f->name);
    for (size_t i = 0; i < l.n; i++) {
        rg_table *t = &c->tables.v[l.v[i]];
        drop_triggers_calling(t->triggers.v, t->triggers.n, &t->trigger_map, f);
    }
    free(l.v);
    l = catidx_view_trigger_users(c, f->name);
    for (size_t i = 0; i < l.n; i++) {
        rg_view *v = &c->views.v[l.v[i]];
        drop_triggers_calling(v->triggers.v, v->triggers.n, &v->trigger_map, f);
    }
    free(l.v);
}

/* DROP SEQUENCE ... CASCADE removes the owning column's nextval default. */
static void drop_sequence_default(ictx *x, const rg_sequence *s)
{
    rg_catalog *c = x->c;
    if (!s->owned_by) return;
    const char *first = strchr(s->owned_by, '.'), *last = strrchr(s->owned_by, '.');
    if (!first || first == last) return;
    const char *ts = rg_arena_strndup(c->arena, s->owned_by, (size_t)(first - s->owned_by));
    const char *tn = rg_arena_strndup(c->arena, first + 1, (size_t)(last - first - 1));
    rg_table *t = table_get(c, ts, tn);
    rg_column *col = t ? rg_table_column(t, last + 1) : NULL;
    if (!col || !col->has_default) return;
    rg_normctx nx = nctx(c, t);
    rg_expr nv = rg_norm_nextval(&nx, s->schema, s->name);
    if (col->dflt.key && nv.key && !strcmp(col->dflt.key, nv.key)) {
        col->has_default = false;
        memset(&col->dflt, 0, sizeof col->dflt);
    }
}

static void drop_relation(ictx *x, const pg_DropStmt *ds, const pg_node *o)
{
    rg_catalog *c = x->c;
    const char *schema, *name;
    list_name(o, &schema, &name);
    rg_relref *r = rel_find(c, schema, name);
    bool cascade = is_cascade(ds->behavior);
    switch (ds->remove_type) {
    case OBJECT_TABLE:
    case OBJECT_FOREIGN_TABLE:
        if (!r || r->kind != RG_REL_TABLE) {
            missing(x, ds->missing_ok, "table", name);
            return;
        }
        grants_drop_object(c, rg_arena_printf(c->arena, "table %s.%s", ((rg_table *)r->obj)->schema, name));
        drop_table(x, r->obj, cascade);
        return;
    case OBJECT_VIEW:
    case OBJECT_MATVIEW: {
        bool mat = ds->remove_type == OBJECT_MATVIEW;
        if (!r || r->kind != RG_REL_VIEW || ((rg_view *)r->obj)->materialized != mat) {
            missing(x, ds->missing_ok, mat ? "materialized view" : "view", name);
            return;
        }
        grants_drop_object(c, rg_arena_printf(c->arena, "table %s.%s", ((rg_view *)r->obj)->schema, name));
        drop_view(x, r->obj, cascade);
        return;
    }
    case OBJECT_INDEX:
        if (!r || r->kind != RG_REL_INDEX) {
            missing(x, ds->missing_ok, "index", name);
            return;
        }
        if (!r->obj) {
            ierr(x, 0, "2BP01", "cannot drop index %s because constraint %s on table %s requires it", name, name,
                 strchr(r->owner_table, '.') + 1);
            return;
        }
        if (!drop_index_allowed(x, r->obj, ds->concurrent)) return;
        drop_index(x, r->obj);
        return;
    case OBJECT_SEQUENCE: {
        if (!r || r->kind != RG_REL_SEQUENCE) {
            missing(x, ds->missing_ok, "sequence", name);
            return;
        }
        rg_sequence *s = r->obj;
        if (cascade) drop_sequence_default(x, s);
        s->dropped = true;
        grants_drop_object(c, rg_arena_printf(c->arena, "sequence %s.%s", s->schema, s->name));
        rel_unregister(c, s->schema, s->name);
        return;
    }
    default:
        return;
    }
}

static void drop_table_sub(ictx *x, const pg_DropStmt *ds, const pg_node *o)
{
    rg_catalog *c = x->c;
    const char *schema, *table, *name;
    if (!sub_name(o, &schema, &table, &name)) return;
    rg_relref *r = rel_find(c, schema, table);
    if (!r || (r->kind != RG_REL_TABLE && r->kind != RG_REL_VIEW)) {
        missing(x, ds->missing_ok, "relation", table);
        return;
    }
    if (ds->remove_type == OBJECT_TRIGGER) {
        rg_map *m = r->kind == RG_REL_TABLE ? &((rg_table *)r->obj)->trigger_map : &((rg_view *)r->obj)->trigger_map;
        rg_trigger *tr = rg_map_get(m, name);
        if (!tr) {
            missing(x, ds->missing_ok, "trigger", name);
            return;
        }
        tr->dropped = true;
        rg_map_del(m, name);
        return;
    }
    if (ds->remove_type == OBJECT_POLICY && r->kind == RG_REL_TABLE) {
        rg_table *t = r->obj;
        rg_policy *p = rg_map_get(&t->policy_map, name);
        if (!p) {
            missing(x, ds->missing_ok, "policy", name);
            return;
        }
        p->dropped = true;
        rg_map_del(&t->policy_map, name);
        return;
    }
    inote(x, 0, "unmodelled", "DROP RULE %s is not modelled; ignored", name);
}

static void drop_schema(ictx *x, const pg_DropStmt *ds, const char *name)
{
    rg_catalog *c = x->c;
    rg_schema *s = rg_map_get(&c->schema_map, name);
    if (!s) {
        missing(x, ds->missing_ok, "schema", name);
        return;
    }
    bool cascade = is_cascade(ds->behavior);
    /* what lives in the schema, by kind (candidates: each is re-tested) */
    catidx_list l[5];
    for (int k = CATIDX_S_TABLES; k <= CATIDX_S_FUNCTIONS; k++) l[k] = catidx_in_schema(c, (catidx_kind)k, name);
#define IN_SCHEMA(vec, k, i) (!c->vec.v[l[k].v[i]].dropped && !strcmp(c->vec.v[l[k].v[i]].schema, name))
    bool used = false;
    for (size_t i = 0; i < l[CATIDX_S_TABLES].n && !used; i++) used = IN_SCHEMA(tables, CATIDX_S_TABLES, i);
    for (size_t i = 0; i < l[CATIDX_S_VIEWS].n && !used; i++) used = IN_SCHEMA(views, CATIDX_S_VIEWS, i);
    for (size_t i = 0; i < l[CATIDX_S_SEQUENCES].n && !used; i++) used = IN_SCHEMA(sequences, CATIDX_S_SEQUENCES, i);
    for (size_t i = 0; i < l[CATIDX_S_TYPES].n && !used; i++) used = IN_SCHEMA(types, CATIDX_S_TYPES, i);
    for (size_t i = 0; i < l[CATIDX_S_FUNCTIONS].n && !used; i++) used = IN_SCHEMA(functions, CATIDX_S_FUNCTIONS, i);
#ifndef NDEBUG
    bool any = false;
    for (size_t i = 0; i < c->tables.n && !any; i++) any = !c->tables.v[i].dropped && !strcmp(c->tables.v[i].schema, name);
    for (size_t i = 0; i < c->views.n && !any; i++) any = !c->views.v[i].dropped && !strcmp(c->views.v[i].schema, name);
    for (size_t i = 0; i < c->sequences.n && !any; i++) any = !c->sequences.v[i].dropped && !strcmp(c->sequences.v[i].schema, name);
    for (size_t i = 0; i < c->types.n && !any; i++) any = !c->types.v[i].dropped && !strcmp(c->types.v[i].schema, name);
    for (size_t i = 0; i < c->functions.n && !any; i++) any = !c->functions.v[i].dropped && !strcmp(c->functions.v[i].schema, name);
    assert(any == used);
#endif
    if (!used) kinds_follow(x, &(kind_event){.type = KEV_SCHEMA_IN_USE, .from_schema = name, .used = &used});
    if (used && !cascade) {
        for (int k = CATIDX_S_TABLES; k <= CATIDX_S_FUNCTIONS; k++) free(l[k].v);
        ierr(x, 0, "2BP01", "cannot drop schema %s because other objects depend on it", name);
        return;
    }
    for (size_t i = 0; i < l[CATIDX_S_VIEWS].n; i++)
        if (IN_SCHEMA(views, CATIDX_S_VIEWS, i)) drop_view(x, &c->views.v[l[CATIDX_S_VIEWS].v[i]], true);
    for (size_t i = 0; i < l[CATIDX_S_TABLES].n; i++)
        if (IN_SCHEMA(tables, CATIDX_S_TABLES, i)) drop_table(x, &c->tables.v[l[CATIDX_S_TABLES].v[i]], true);
    for (size_t i = 0; i < l[CATIDX_S_SEQUENCES].n; i++) {
        rg_sequence *q = &c->sequences.v[l[CATIDX_S_SEQUENCES].v[i]];
        if (!q->dropped && !strcmp(q->schema, name)) {
            q->dropped = true;
            rel_unregister(c, q->schema, q->name);
        }
    }
    for (size_t i = 0; i < l[CATIDX_S_TYPES].n; i++)
        if (IN_SCHEMA(types, CATIDX_S_TYPES, i)) drop_type(x, &c->types.v[l[CATIDX_S_TYPES].v[i]], true);
    for (size_t i = 0; i < l[CATIDX_S_FUNCTIONS].n; i++)
        if (IN_SCHEMA(functions, CATIDX_S_FUNCTIONS, i)) drop_function(x, &c->functions.v[l[CATIDX_S_FUNCTIONS].v[i]]);
#undef IN_SCHEMA
    for (int k = CATIDX_S_TABLES; k <= CATIDX_S_FUNCTIONS; k++) free(l[k].v);
    kinds_follow(x, &(kind_event){.type = KEV_SCHEMA_DROP, .from_schema = name, .cascade = true});
    s->dropped = true;
    rg_map_del(&c->schema_map, name);
    grants_drop_object(c, rg_arena_printf(c->arena, "schema %s", name));
}

void apply_drop(ictx *x, const pg_DropStmt *ds)
{
    rg_catalog *c = x->c;
    for (size_t i = 0; i < ds->n_objects; i++) {
        const pg_node *o = ds->objects[i];
        const char *schema, *name;
        switch (ds->remove_type) {
        case OBJECT_TABLE:
        case OBJECT_FOREIGN_TABLE:
        case OBJECT_VIEW:
        case OBJECT_MATVIEW:
        case OBJECT_INDEX:
        case OBJECT_SEQUENCE:
            drop_relation(x, ds, o);
            break;
        case OBJECT_TYPE:
        case OBJECT_DOMAIN: {
            rg_type *t = type_of_node(x, o);
            list_name(o, &schema, &name);
            if (!t) missing(x, ds->missing_ok, "type", name);
            else drop_type(x, t, is_cascade(ds->behavior));
            break;
        }
        case OBJECT_FUNCTION:
        case OBJECT_PROCEDURE:
        case OBJECT_ROUTINE: {
            if (!rg_pg_is(o, T_ObjectWithArgs)) break;
            rg_function *f = function_find(x, o->object_with_args);
            rg_pg_qname((const pg_node *const *)o->object_with_args->objname, o->object_with_args->n_objname, &schema, &name);
            if (!f) {
                missing(x, ds->missing_ok, "function", name);
                break;
            }
            if (!is_cascade(ds->behavior) && function_has_dependents(c, f)) {
                /* PostgreSQL names the function with its identity arguments, no spaces */
                rg_buf b = {0};
                const char *sig = f->signature;
                /* format_procedure qualifies only what the search_path does not show */
                for (size_t i = 0; i < c->nsearch_path; i++)
                    if (!strcmp(c->search_path[i], f->schema)) {
                        sig += strlen(f->schema) + 1;
                        break;
                    }
                for (const char *p = sig; *p; p++)
                    if (!(*p == ' ' && p > sig && p[-1] == ',')) rg_buf_putc(&b, *p);
                ierr(x, 0, "2BP01", "cannot drop %s %s because other objects depend on it",
                     f->procedure ? "procedure" : "function", rg_buf_cstr(&b));
                rg_buf_free(&b);
                break;
            }
            grants_drop_object(c, rg_arena_printf(c->arena, "function %s", f->signature));
            if (is_cascade(ds->behavior)) drop_function_triggers(x, f);
            drop_function(x, f);
            break;
        }
        case OBJECT_TRIGGER:
        case OBJECT_POLICY:
        case OBJECT_RULE:
            drop_table_sub(x, ds, o);
            break;
        case OBJECT_SCHEMA:
            drop_schema(x, ds, rg_pg_str(o));
            break;
        case OBJECT_EXTENSION: {
            rg_extension *e = rg_map_get(&c->extension_map, rg_pg_str(o));
            if (!e) {
                missing(x, ds->missing_ok, "extension", rg_pg_str(o));
                break;
            }
            e->dropped = true;
            rg_map_del(&c->extension_map, e->name);
            break;
        }
        default:
            opaque_drop(x, ds->remove_type, o, ds->missing_ok);
            break;
        }
    }
}

/* ---- RENAME ---------------------------------------------------------------- */

static void rename_table_column(ictx *x, rg_table *t, const char *from, const char *to, bool recurse, int depth);

static void rename_column(ictx *x, const pg_RenameStmt *rs)
{
    rg_catalog *c = x->c;
    rg_relref *r = rel_find_rv(c, rs->relation, NULL);
    if (!r) {
        missing(x, rs->missing_ok, "relation", rs->relation ? rs->relation->relname : "?");
        return;
    }
    const char *from = rs->subname, *to = rs->newname;
    if (r->kind == RG_REL_VIEW) {
        rg_view *v = r->obj;
        for (size_t i = 0; i < v->ncolumns; i++)
            if (!strcmp(v->columns[i], from)) {
                v->columns[i] = to;
                return;
            }
        ierr(x, 0, "42703", "column \"%s\" does not exist", from);
        return;
    }
    if (r->kind != RG_REL_TABLE) return;
    rename_table_column(x, r->obj, from, to, rs->relation->inh, 0);
}

/* Renames a table column and every name kept by text that follows it;
 * recurses to inheritance children and partitions unless ONLY. */
static void rename_table_column(ictx *x, rg_table *t, const char *from, const char *to, bool recurse, int depth)
{
    rg_catalog *c = x->c;
    rg_column *col = rg_table_column(t, from);
    if (!col) {
        ierr(x, 0, "42703", "column \"%s\" does not exist", from);
        return;
    }
    if (rg_table_column(t, to)) {
        ierr(x, 0, "42701", "column \"%s\" of relation \"%s\" already exists", to, t->name);
        return;
    }
    rg_map_del(&t->column_map, from);
    col->name = to;
    rg_map_put(&t->column_map, to, col);
    follow_column_rename(x, t, from, to);
    /* names kept by text follow the column */
    for (size_t k = 0; k < t->constraints.n; k++) {
        rg_constraint *con = &t->constraints.v[k];
        for (size_t i = 0; i < con->ncolumns; i++)
            if (!strcmp(con->columns[i], from)) con->columns[i] = to;
        for (size_t i = 0; i < con->ninclude; i++)
            if (!strcmp(con->include[i], from)) con->include[i] = to;
        for (size_t i = 0; i < con->nelems; i++)
            if (con->elems[i].column && !strcmp(con->elems[i].column, from)) con->elems[i].column = to;
    }
    catidx_list l = catidx_indexes_on(c, t->schema, t->name);
    for (size_t i = 0; i < l.n; i++) {
        rg_index *ix = &c->indexes.v[l.v[i]];
        if (ix->dropped || strcmp(ix->table_schema, t->schema) || strcmp(ix->table_name, t->name)) continue;
        for (size_t e = 0; e < ix->nelems; e++)
            if (ix->elems[e].column && !strcmp(ix->elems[e].column, from)) ix->elems[e].column = to;
        for (size_t e = 0; e < ix->ninclude; e++)
            if (!strcmp(ix->include[e], from)) ix->include[e] = to;
    }
    free(l.v);
    l = catidx_fk_referrers(c, t->schema, t->name);
    for (size_t i = 0; i < l.n; i++) {
        rg_table *o = &c->tables.v[l.v[i]];
        for (size_t k = 0; k < o->constraints.n; k++) {
            rg_constraint *fk = &o->constraints.v[k];
            if (fk->kind != RG_CON_FOREIGN || strcmp(fk->ref_schema, t->schema) || strcmp(fk->ref_table, t->name)) continue;
            for (size_t m = 0; m < fk->nref_columns; m++)
                if (!strcmp(fk->ref_columns[m], from)) fk->ref_columns[m] = to;
        }
    }
    free(l.v);
    for (size_t i = 0; i < t->triggers.n; i++)
        for (size_t k = 0; k < t->triggers.v[i].nupdate_columns; k++)
            if (!strcmp(t->triggers.v[i].update_columns[k], from)) t->triggers.v[i].update_columns[k] = to;
    const char *own = rg_arena_printf(c->arena, "%s.%s.%s", t->schema, t->name, from);
    l = catidx_owned_sequences(c, t->schema, t->name);
    for (size_t i = 0; i < l.n; i++) {
        rg_sequence *s = &c->sequences.v[l.v[i]];
        if (s->owned_by && !strcmp(s->owned_by, own)) {
            s->owned_by = rg_arena_printf(c->arena, "%s.%s.%s", t->schema, t->name, to);
            catidx_note_sequence(c, s);
        }
    }
    free(l.v);
    if (!recurse || depth > 32) return;
    size_t n;
    rg_table **kids = table_children(c, t, false, &n);
    for (size_t i = 0; i < n; i++) {
        rg_column *kc = rg_table_column(kids[i], from);
        if (kc && kc->inh_count > 0) rename_table_column(x, kids[i], from, to, true, depth + 1);
    }
    free(kids);
}

static void rename_constraint(ictx *x, const pg_RenameStmt *rs)
{
    rg_catalog *c = x->c;
    rg_table *t = rs->relation ? table_get(c, rs->relation->schemaname, rs->relation->relname) : NULL;
    if (!t) {
        missing(x, rs->missing_ok, "relation", rs->relation ? rs->relation->relname : "?");
        return;
    }
    rg_constraint *k = rg_table_constraint(t, rs->subname);
    if (!k) {
        ierr(x, 0, "42704", "constraint \"%s\" for table \"%s\" does not exist", rs->subname, t->name);
        return;
    }
    if (k->kind == RG_CON_PRIMARY || k->kind == RG_CON_UNIQUE || k->kind == RG_CON_EXCLUSION) {
        rename_index(x, t->schema, rs->subname, rs->newname); /* moves the constraint too */
        return;
    }
    if (rg_table_constraint(t, rs->newname)) {
        ierr(x, 0, "42710", "constraint \"%s\" for relation \"%s\" already exists", rs->newname, t->name);
        return;
    }
    rg_map_del(&t->constraint_map, k->name);
    conname_del(c, t->schema, k->name);
    k->name = rs->newname;
    rg_map_put(&t->constraint_map, k->name, k);
    conname_add(c, t->schema, k->name);
}

/* The owning column names the sequence by text (identity_seq, and the
 * nextval default of a serial column): PostgreSQL follows it by OID, so
 * pg_dump prints the new name. Rails' rename_table renames the sequence. */
void sequence_moved(ictx *x, rg_sequence *s, const char *oschema, const char *oname)
{
    follow_sequence_rename(x, oschema, oname, s->schema, s->name);
}

static void rename_relation(ictx *x, const pg_RenameStmt *rs)
{
    rg_catalog *c = x->c;
    const char *schema = NULL;
    rg_relref *r = rel_find_rv(c, rs->relation, &schema);
    if (!r) {
        missing(x, rs->missing_ok, "relation", rs->relation ? rs->relation->relname : "?");
        return;
    }
    switch (r->kind) {
    case RG_REL_TABLE: rename_table(x, r->obj, rs->newname); return;
    case RG_REL_INDEX: rename_index(x, schema, rs->relation->relname, rs->newname); return;
    case RG_REL_VIEW: {
        rg_view *v = r->obj;
        if (rel_name_taken(c, v->schema, rs->newname)) {
            ierr(x, 0, "42P07", "relation \"%s\" already exists", rs->newname);
            return;
        }
        catidx_list l = catidx_indexes_on(c, v->schema, v->name);
        for (size_t i = 0; i < l.n; i++) {
            rg_index *ix = &c->indexes.v[l.v[i]];
            if (!ix->dropped && !strcmp(ix->table_schema, v->schema) && !strcmp(ix->table_name, v->name)) {
                ix->table_name = rs->newname;
                catidx_note_index(c, ix);
            }
        }
        free(l.v);
        const char *oname = v->name;
        rel_unregister(c, v->schema, v->name);
        v->name = rs->newname;
        rel_register(c, v->schema, v->name, RG_REL_VIEW, v, NULL);
        follow_relation_move(x, v->schema, oname, v->schema, v->name);
        return;
    }
    case RG_REL_SEQUENCE: {
        rg_sequence *s = r->obj;
        if (rel_name_taken(c, s->schema, rs->newname)) {
            ierr(x, 0, "42P07", "relation \"%s\" already exists", rs->newname);
            return;
        }
        const char *oname = s->name;
        rel_unregister(c, s->schema, s->name);
        s->name = rs->newname;
        rel_register(c, s->schema, s->name, RG_REL_SEQUENCE, s, NULL);
        sequence_moved(x, s, s->schema, oname);
        return;
    }
    }
}

static void rename_in_table(ictx *x, const pg_RenameStmt *rs)
{
    rg_catalog *c = x->c;
    rg_relref *r = rel_find_rv(c, rs->relation, NULL);
    if (!r || (r->kind != RG_REL_TABLE && r->kind != RG_REL_VIEW)) {
        missing(x, rs->missing_ok, "relation", rs->relation ? rs->relation->relname : "?");
        return;
    }
    if (rs->rename_type == OBJECT_TRIGGER) {
        rg_map *m = r->kind == RG_REL_TABLE ? &((rg_table *)r->obj)->trigger_map : &((rg_view *)r->obj)->trigger_map;
        rg_trigger *tr = rg_map_get(m, rs->subname);
        if (!tr) {
            ierr(x, 0, "42704", "trigger \"%s\" does not exist", rs->subname);
            return;
        }
        rg_map_del(m, tr->name);
        tr->name = rs->newname;
        rg_map_put(m, tr->name, tr);
        return;
    }
    if (r->kind != RG_REL_TABLE) return;
    rg_table *t = r->obj;
    rg_policy *p = rg_map_get(&t->policy_map, rs->subname);
    if (!p) {
        ierr(x, 0, "42704", "policy \"%s\" for table \"%s\" does not exist", rs->subname, t->name);
        return;
    }
    rg_map_del(&t->policy_map, p->name);
    p->name = rs->newname;
    rg_map_put(&t->policy_map, p->name, p);
}

/* Triggers name their function by text; PostgreSQL follows the OID. */
static void triggers_follow_function(rg_catalog *c, const rg_function *f, const char *schema, const char *name)
{
    catidx_list l = catidx_trigger_users(c, f->name);
    for (size_t i = 0; i < l.n; i++) {
        rg_table *t = &c->tables.v[l.v[i]];
        for (size_t k = 0; k < t->triggers.n; k++) {
            rg_trigger *tr = &t->triggers.v[k];
            if (tr->dropped || strcmp(tr->func_name, f->name) || (*tr->func_schema && strcmp(tr->func_schema, f->schema)))
                continue;
            tr->func_name = name;
            if (*tr->func_schema) tr->func_schema = schema;
            catidx_note_table(c, t);
        }
    }
    free(l.v);
}

static void rename_function(ictx *x, rg_function *f, const char *schema, const char *name)
{
    rg_catalog *c = x->c;
    triggers_follow_function(c, f, schema, name);
    drop_function(x, f);
    f->dropped = false;
    f->schema = schema;
    f->name = name;
    catidx_note_function(c, f);
    const char *args = strchr(f->signature, '(');
    f->signature = rg_arena_printf(c->arena, "%s.%s%s", schema, name, args ? args : "()");
    if (rg_map_get(&c->function_map, f->signature)) {
        ierr(x, 0, "42723", "function %s already exists", f->signature);
        f->dropped = true;
        return;
    }
    rg_map_put(&c->function_map, f->signature, f);
    const char *nk = ckey(c, schema, name);
    if (!rg_map_get(&c->function_name_map, nk)) rg_map_put(&c->function_name_map, nk, f);
}

static void rename_type(ictx *x, rg_type *t, const char *schema, const char *name)
{
    rg_catalog *c = x->c;
    if (rg_catalog_type(c, schema, name)) {
        ierr(x, 0, "42710", "type \"%s\" already exists", name);
        return;
    }
    char buf[300];
    rg_map_del(&c->type_map, tkey(buf, sizeof buf, c, t->schema, t->name));
    const char *oschema = t->schema, *oname = t->name;
    t->schema = schema;
    t->name = name;
    rg_map_put(&c->type_map, ckey(c, schema, name), t);
    catidx_note_type(c, t);
    follow_type_rename(x, oschema, oname, schema, name);
}

static void rename_schema(ictx *x, const char *from, const char *to)
{
    rg_catalog *c = x->c;
    rg_schema *s = rg_map_get(&c->schema_map, from);
    if (!s) {
        ierr(x, 0, "3F000", "schema \"%s\" does not exist", from);
        return;
    }
    if (rg_map_get(&c->schema_map, to)) {
        ierr(x, 0, "42P06", "schema \"%s\" already exists", to);
        return;
    }
    rg_map_del(&c->schema_map, from);
    s->name = to;
    rg_map_put(&c->schema_map, s->name, s);
    kinds_follow(x, &(kind_event){.type = KEV_SCHEMA_RENAME, .from_schema = from, .to = to});
    rg_map moves = {0};
    for (size_t i = 0; i < c->tables.n; i++)
        if (!c->tables.v[i].dropped && !strcmp(c->tables.v[i].schema, from)) {
            /* move_table_schema checks the schema exists: it does now */
            move_table_schema_quiet(x, &c->tables.v[i], to);
            rg_map_put(&moves, ckey(c, from, c->tables.v[i].name), (void *)ckey(c, to, c->tables.v[i].name));
        }
    for (size_t i = 0; i < c->views.n; i++) {
        rg_view *v = &c->views.v[i];
        if (v->dropped || strcmp(v->schema, from)) continue;
        rel_unregister(c, v->schema, v->name);
        v->schema = to;
        rel_register(c, v->schema, v->name, RG_REL_VIEW, v, NULL);
        rg_map_put(&moves, ckey(c, from, v->name), (void *)ckey(c, to, v->name));
    }
    /* the views' recorded search_path names the old schema too */
    for (size_t i = 0; i < c->views.n; i++) {
        rg_view *v = &c->views.v[i];
        if (v->dropped || !v->search_path) continue;
        rg_buf b = {0};
        for (const char *p = v->search_path; *p;) {
            const char *sep = strstr(p, ", ");
            size_t n = sep ? (size_t)(sep - p) : strlen(p);
            if (b.len) rg_buf_puts(&b, ", ");
            if (n == strlen(from) && !strncmp(p, from, n)) rg_buf_puts(&b, to);
            else rg_buf_put(&b, p, n);
            p = sep ? sep + 2 : p + n;
        }
        v->search_path = rg_arena_strdup(c->arena, rg_buf_cstr(&b));
        rg_buf_free(&b);
    }
    views_follow_relations(x, &moves);
    rg_map_free(&moves);
    follow_schema_in_exprs(x, from, to);
    for (size_t i = 0; i < c->sequences.n; i++) {
        rg_sequence *q = &c->sequences.v[i];
        if (q->dropped || strcmp(q->schema, from)) continue;
        rel_unregister(c, q->schema, q->name);
        q->schema = to;
        rel_register(c, q->schema, q->name, RG_REL_SEQUENCE, q, NULL);
        follow_sequence_rename(x, from, q->name, to, q->name);
    }
    for (size_t i = 0; i < c->types.n; i++)
        if (!c->types.v[i].dropped && !strcmp(c->types.v[i].schema, from))
            rename_type(x, &c->types.v[i], to, c->types.v[i].name);
    for (size_t i = 0; i < c->functions.n; i++)
        if (!c->functions.v[i].dropped && !strcmp(c->functions.v[i].schema, from))
            rename_function(x, &c->functions.v[i], to, c->functions.v[i].name);
    catidx_reset(c); /* keys of a whole schema changed */
}

void apply_rename(ictx *x, const pg_RenameStmt *rs)
{
    const char *schema, *name;
    switch (rs->rename_type) {
    case OBJECT_TABLE:
    case OBJECT_FOREIGN_TABLE:
    case OBJECT_VIEW:
    case OBJECT_MATVIEW:
    case OBJECT_INDEX:
    case OBJECT_SEQUENCE:
        rename_relation(x, rs);
        break;
    case OBJECT_COLUMN: rename_column(x, rs); break;
    case OBJECT_TABCONSTRAINT: rename_constraint(x, rs); break;
    case OBJECT_TRIGGER:
    case OBJECT_POLICY:
        rename_in_table(x, rs);
        break;
    case OBJECT_SCHEMA: rename_schema(x, rs->subname, rs->newname); break;
    case OBJECT_ATTRIBUTE: rename_composite_attr(x, rs); break;
    case OBJECT_TYPE:
    case OBJECT_DOMAIN: {
        rg_type *t = type_of_node(x, rs->object);
        list_name(rs->object, &schema, &name);
        if (!t) missing(x, rs->missing_ok, "type", name);
        else rename_type(x, t, t->schema, rs->newname);
        break;
    }
    case OBJECT_FUNCTION:
    case OBJECT_PROCEDURE:
    case OBJECT_ROUTINE: {
        rg_function *f = rg_pg_is(rs->object, T_ObjectWithArgs) ? function_find(x, rs->object->object_with_args) : NULL;
        if (!f) missing(x, rs->missing_ok, "function", "?");
        else rename_function(x, f, f->schema, rs->newname);
        break;
    }
    default:
        opaque_add(x, "RENAME", NULL);
        break;
    }
}

/* ---- COMMENT ON ------------------------------------------------------------- */

static void comment_relation(ictx *x, const pg_CommentStmt *cs, const char *text)
{
    const char *schema, *name;
    list_name(cs->object, &schema, &name);
    rg_relref *r = rel_find(x->c, schema, name);
    if (!r) {
        ierr(x, 0, "42P01", "relation \"%s\" does not exist", name);
        return;
    }
    switch (r->kind) {
    case RG_REL_TABLE: ((rg_table *)r->obj)->comment = text; break;
    case RG_REL_VIEW: ((rg_view *)r->obj)->comment = text; break;
    case RG_REL_SEQUENCE: ((rg_sequence *)r->obj)->comment = text; break;
    case RG_REL_INDEX:
        if (r->obj) {
            ((rg_index *)r->obj)->comment = text;
        } else {
            /* the index of a constraint: PostgreSQL keeps the comment on
             * the index; we keep it on the constraint it belongs to */
            const char *dot = strchr(r->owner_table, '.');
            char *ts = rg_arena_strndup(x->c->arena, r->owner_table, (size_t)(dot - r->owner_table));
            rg_table *t = table_get(x->c, ts, dot + 1);
            rg_constraint *k = t ? rg_table_constraint(t, name) : NULL;
            if (k) k->comment = text;
        }
        break;
    }
}

static void comment_column(ictx *x, const pg_CommentStmt *cs, const char *text)
{
    const char *schema, *table, *name;
    if (!sub_name(cs->object, &schema, &table, &name)) return;
    rg_relref *r = rel_find(x->c, schema, table);
    if (r && r->kind == RG_REL_TABLE) {
        rg_column *col = rg_table_column(r->obj, name);
        if (col) {
            col->comment = text;
            return;
        }
    } else if (r && r->kind == RG_REL_VIEW) {
        rg_view *v = r->obj;
        for (size_t i = 0; i < v->ncolumns; i++)
            if (!strcmp(v->columns[i], name)) {
                v->column_comments[i] = text;
                return;
            }
    } else {
        rg_type *ty = rg_catalog_type(x->c, schema, table);
        if (ty && ty->kind == RG_TYPE_COMPOSITE) {
            /* rg_type_attr has no comment: noted, not kept */
            inote(x, 0, "unmodelled", "comment on attribute %s of type %s is not kept", name, table);
            return;
        }
        ierr(x, 0, "42P01", "relation \"%s\" does not exist", table);
        return;
    }
    ierr(x, 0, "42703", "column \"%s\" of relation \"%s\" does not exist", name, table);
}

static void comment_in_table(ictx *x, const pg_CommentStmt *cs, const char *text)
{
    const char *schema, *table, *name;
    if (!sub_name(cs->object, &schema, &table, &name)) return;
    rg_relref *r = rel_find(x->c, schema, table);
    if (!r || (r->kind != RG_REL_TABLE && r->kind != RG_REL_VIEW)) {
        ierr(x, 0, "42P01", "relation \"%s\" does not exist", table);
        return;
    }
    rg_table *t = r->kind == RG_REL_TABLE ? r->obj : NULL;
    switch (cs->objtype) {
    case OBJECT_TABCONSTRAINT: {
        rg_constraint *k = rg_table_constraint(t, name);
        if (k) k->comment = text;
        else ierr(x, 0, "42704", "constraint \"%s\" for table \"%s\" does not exist", name, table);
        break;
    }
    case OBJECT_TRIGGER: {
        rg_trigger *tr = rg_map_get(t ? &t->trigger_map : &((rg_view *)r->obj)->trigger_map, name);
        if (tr) tr->comment = text;
        else ierr(x, 0, "42704", "trigger \"%s\" for table \"%s\" does not exist", name, table);
        break;
    }
    case OBJECT_POLICY: {
        rg_policy *p = t ? rg_map_get(&t->policy_map, name) : NULL;
        if (p) p->comment = text;
        else ierr(x, 0, "42704", "policy \"%s\" for table \"%s\" does not exist", name, table);
        break;
    }
    default: break;
    }
}

void apply_comment(ictx *x, const pg_CommentStmt *cs)
{
    rg_catalog *c = x->c;
    const char *text = *cs->comment ? cs->comment : NULL; /* IS NULL and IS '' remove it */
    switch (cs->objtype) {
    case OBJECT_TABLE:
    case OBJECT_VIEW:
    case OBJECT_MATVIEW:
    case OBJECT_FOREIGN_TABLE:
    case OBJECT_INDEX:
    case OBJECT_SEQUENCE:
        comment_relation(x, cs, text);
        break;
    case OBJECT_COLUMN: comment_column(x, cs, text); break;
    case OBJECT_TABCONSTRAINT:
    case OBJECT_TRIGGER:
    case OBJECT_POLICY:
        comment_in_table(x, cs, text);
        break;
    case OBJECT_SCHEMA: {
        rg_schema *s = rg_map_get(&c->schema_map, rg_pg_str(cs->object));
        if (s) s->comment = text;
        else ierr(x, 0, "3F000", "schema \"%s\" does not exist", rg_pg_str(cs->object));
        break;
    }
    case OBJECT_EXTENSION: {
        if (!strcmp(rg_pg_str(cs->object), "plpgsql")) break; /* built in, never dumped */
        rg_extension *e = rg_map_get(&c->extension_map, rg_pg_str(cs->object));
        if (e) e->comment = text;
        else ierr(x, 0, "42704", "extension \"%s\" does not exist", rg_pg_str(cs->object));
        break;
    }
    case OBJECT_TYPE:
    case OBJECT_DOMAIN: {
        rg_type *t = type_of_node(x, cs->object);
        if (t) t->comment = text;
        else ierr(x, 0, "42704", "type does not exist");
        break;
    }
    case OBJECT_FUNCTION:
    case OBJECT_PROCEDURE:
    case OBJECT_ROUTINE: {
        rg_function *f = rg_pg_is(cs->object, T_ObjectWithArgs) ? function_find(x, cs->object->object_with_args) : NULL;
        if (f) f->comment = text;
        else ierr(x, 0, "42883", "function does not exist");
        break;
    }
    default:
        opaque_add(x, "COMMENT", NULL);
        break;
    }
}

/* ---- ALTER ... SET SCHEMA ---------------------------------------------------- */

void apply_set_schema(ictx *x, const pg_AlterObjectSchemaStmt *as)
{
    rg_catalog *c = x->c;
    const char *to = as->newschema;
    if (!schema_exists(c, to)) {
        ierr(x, 0, "3F000", "schema \"%s\" does not exist", to);
        return;
    }
    switch (as->object_type) {
    case OBJECT_TABLE:
    case OBJECT_FOREIGN_TABLE:
    case OBJECT_VIEW:
    case OBJECT_MATVIEW:
    case OBJECT_SEQUENCE: {
        rg_relref *r = rel_find_rv(c, as->relation, NULL);
        if (!r) {
            missing(x, as->missing_ok, "relation", as->relation ? as->relation->relname : "?");
            return;
        }
        if (r->kind == RG_REL_TABLE) {
            move_table_schema(x, r->obj, to);
        } else if (r->kind == RG_REL_VIEW || r->kind == RG_REL_SEQUENCE) {
            const char **sp = r->kind == RG_REL_VIEW ? &((rg_view *)r->obj)->schema : &((rg_sequence *)r->obj)->schema;
            const char *nm = r->kind == RG_REL_VIEW ? ((rg_view *)r->obj)->name : ((rg_sequence *)r->obj)->name;
            if (rel_name_taken(c, to, nm)) {
                ierr(x, 0, "42P07", "relation \"%s\" already exists in schema \"%s\"", nm, to);
                return;
            }
            rg_relkind k = r->kind;
            void *obj = r->obj;
            const char *from = *sp;
            rel_unregister(c, *sp, nm);
            *sp = to;
            rel_register(c, to, nm, k, obj, NULL);
            if (k == RG_REL_SEQUENCE) catidx_note_sequence(c, obj);
            else catidx_note_view(c, obj);
            if (k == RG_REL_SEQUENCE) sequence_moved(x, obj, from, nm);
            else follow_relation_move(x, from, nm, to, nm);
        }
        break;
    }
    case OBJECT_TYPE:
    case OBJECT_DOMAIN: {
        rg_type *t = type_of_node(x, as->object);
        if (!t) ierr(x, 0, "42704", "type does not exist");
        else rename_type(x, t, to, t->name);
        break;
    }
    case OBJECT_FUNCTION:
    case OBJECT_PROCEDURE:
    case OBJECT_ROUTINE: {
        rg_function *f = rg_pg_is(as->object, T_ObjectWithArgs) ? function_find(x, as->object->object_with_args) : NULL;
        if (!f) ierr(x, 0, "42883", "function does not exist");
        else rename_function(x, f, to, f->name);
        break;
    }
    case OBJECT_EXTENSION: {
        rg_extension *e = rg_map_get(&c->extension_map, rg_pg_str(as->object));
        if (!e) ierr(x, 0, "42704", "extension \"%s\" does not exist", rg_pg_str(as->object));
        else e->schema = to;
        break;
    }
    default:
        opaque_add(x, "ALTER SET SCHEMA", NULL);
        break;
    }
}
