/*
 * interp_table.c — tables, columns, constraints and indexes: CREATE TABLE
 * (incl. INHERITS, PARTITION OF, serial and identity columns), ALTER TABLE
 * with every subcommand pg_dump and Rails emit, CREATE INDEX, and the
 * dependency effects of dropping a table, column or constraint.
 *
 * Constraint order inside one CREATE TABLE follows PostgreSQL 15, because
 * implicit names depend on it: CHECKs in text order (AddRelationNewConstraints),
 * then the primary key, then UNIQUE/EXCLUDE indexes (transformIndexConstraints),
 * then foreign keys (added afterwards as ALTER TABLE ADD CONSTRAINT).
 */
#include "catalog/interp_int.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "rollgate/models.h"

static rg_origin origin_of(ictx *x)
{
    rg_origin o = {x->st->src, x->st->offset};
    return o;
}

rg_table *table_get(rg_catalog *c, const char *schema, const char *name)
{
    rg_relref *r = rel_find(c, schema, name);
    return r && r->kind == RG_REL_TABLE ? r->obj : NULL;
}

static const char **strlist(rg_arena *a, pg_node *const *items, size_t n)
{
    const char **v = rg_arena_alloc(a, (n ? n : 1) * sizeof *v);
    for (size_t i = 0; i < n; i++) v[i] = rg_pg_str(items[i]);
    return v;
}

/* A collation name as pg_dump prints it: pg_catalog stripped, others
 * qualified. */
static const char *collation_name(rg_arena *a, pg_node *const *names, size_t n)
{
    if (n == 0) return NULL;
    const char *last = rg_pg_str(names[n - 1]);
    if (n == 1 || strcmp(rg_pg_str(names[n - 2]), "pg_catalog") == 0) return last;
    return rg_arena_printf(a, "%s.%s", rg_pg_str(names[n - 2]), last);
}

/* An operator class as pg_dump prints it: builtins bare, others qualified
 * with the schema they resolve to (an extension's, e.g. public.gin_trgm_ops). */
static const char *opclass_name(rg_catalog *c, pg_node *const *names, size_t n)
{
    if (n == 0) return NULL;
    const char *schema, *name;
    rg_pg_qname((const pg_node *const *)names, n, &schema, &name);
    rg_normctx nx = nctx(c, NULL);
    const char *s = rg_norm_opclass_schema(&nx, schema, name);
    return s && *s ? rg_arena_printf(c->arena, "%s.%s", s, name) : name;
}

/* DEFAULT NULL (also NULL::type) stores no default in PostgreSQL. */
static bool null_default(const pg_node *n)
{
    while (rg_pg_is(n, T_TypeCast)) n = n->type_cast->arg;
    return rg_pg_is(n, T_A_Const) && n->a_const->isnull;
}

rg_column *column_push(rg_catalog *c, rg_table *t)
{
    rg_column *col = PUSH(c->arena, &t->columns, &t->column_map, NULL, false);
    catidx_note_table(c, t); /* its type and expressions are set by the caller, before any lookup */
    col->stats_target = -1;
    col->is_local = true;
    return col;
}

/* ---- constraints ---------------------------------------------------------- */

typedef struct pending {
    const pg_Constraint *k;
    const char *col;          /* column constraint: the column it is on */
    bool attr, deferrable, deferred;
} pending;

typedef RG_VEC(pending) pendvec;

rg_constraint *con_push(rg_catalog *c, rg_table *t, const char *name, rg_conkind kind, ictx *x)
{
    rg_constraint *k = PUSH(c->arena, &t->constraints, &t->constraint_map, NULL, false);
    catidx_note_table(c, t); /* its expressions are set by the caller, before any lookup */
    k->name = name;
    k->kind = kind;
    k->is_local = true;
    k->fk_match = 's';
    k->on_delete = k->on_update = 'a';
    k->origin = origin_of(x);
    rg_map_put(&t->constraint_map, k->name, k);
    conname_add(c, t->schema, name);
    return k;
}

static bool con_name_clash(ictx *x, rg_table *t, const char *name, bool index_backed, int loc)
{
    if (rg_table_constraint(t, name)) {
        ierr(x, loc, "42710", "constraint \"%s\" for relation \"%s\" already exists", name, t->name);
        return true;
    }
    if (index_backed && rel_name_taken(x->c, t->schema, name)) {
        ierr(x, loc, "42P07", "relation \"%s\" already exists", name);
        return true;
    }
    return false;
}

/* A CHECK, DEFAULT or USING expression: the functions, operators and
 * columns it names must resolve (transformExpr). */
static bool expr_rejected(ictx *x, const rg_table *t, const pg_node *e, int loc)
{
    return e && sql_rejects(x, &(rg_sql_probe){.kind = RG_SQL_EXPR, .tree = e, .table = t}, loc);
}

static void add_check(ictx *x, rg_table *t, const pg_Constraint *k, bool not_valid)
{
    rg_catalog *c = x->c;
    const char *name = *k->conname ? k->conname : NULL;
    rg_constraint *inh = name ? rg_table_constraint(t, name) : NULL;
    if (inh && inh->kind == RG_CON_CHECK && !inh->is_local) {
        /* MergeWithExistingConstraint: the child's own definition of an
         * inherited CHECK makes it local too */
        inh->is_local = true;
        return;
    }
    if (name && con_name_clash(x, t, name, false, k->location)) return;
    if (!name)
        name = choose_constraint_name(c, t->schema, t->name, check_single_column(t, k->raw_expr), "check");
    if (expr_rejected(x, t, k->raw_expr, k->location)) return;
    rg_normctx nx = nctx(c, t);
    rg_expr e = rg_norm_expr(&nx, k->raw_expr);
    rg_constraint *con = con_push(c, t, name, RG_CON_CHECK, x);
    con->check = e;
    con->no_inherit = k->is_no_inherit;
    con->not_valid = not_valid;
}

/* ---- default operator classes (models/pg/default_opclasses.csv) ---------
 * pg_get_indexdef omits an opclass that is the default for the column's
 * type and the method, so an explicit default one is dropped here. */

static rg_map defop_map;          /* "method|type" -> opclass name */
static rg_arena *defop_arena;
static pthread_once_t defop_once = PTHREAD_ONCE_INIT;

static void on_defop_row(void *ctx, const char *const *f, size_t n)
{
    (void)ctx;
    if (n < 3 || !*f[0]) return;
    const char *k = rg_arena_printf(defop_arena, "%s|%s", f[0], f[1]);
    const char *dot = strrchr(f[2], '.');
    rg_map_put(&defop_map, k, rg_arena_strdup(defop_arena, dot ? dot + 1 : f[2]));
}

static void load_defops(void)
{
    defop_arena = rg_arena_new();
    size_t len = 0;
    const char *data = rg_model_file("pg/default_opclasses.csv", &len);
    if (data) rg_csv_parse(data, len, on_defop_row, NULL);
}

static const char *default_opclass(const char *method, const char *type)
{
    char buf[512];
    int n = snprintf(buf, sizeof buf, "%s|%s", method, type);
    return n > 0 && (size_t)n < sizeof buf ? rg_map_get(&defop_map, buf) : NULL;
}

/* The opclass input type to look up for a column type: typmods and the
 * schema of extension types dropped, polymorphic families for arrays,
 * enums and ranges, a domain's base type. */
static bool is_default_opclass(rg_catalog *c, const char *method, const char *coltype, const char *opclass)
{
    pthread_once(&defop_once, load_defops);
    const char *bare = strrchr(opclass, '.');
    bare = bare ? bare + 1 : opclass;
    for (int depth = 0; coltype && depth < 4; depth++) {
        char ty[256];
        snprintf(ty, sizeof ty, "%s", coltype);
        char *paren = strchr(ty, '(');
        if (paren) {
            char *close = strchr(paren, ')');
            memmove(paren, close ? close + 1 : paren + strlen(paren), strlen(close ? close + 1 : "") + 1);
        }
        const char *d = default_opclass(method, ty);
        if (!d && strchr(ty, '.')) d = default_opclass(method, strchr(ty, '.') + 1);
        size_t len = strlen(ty);
        if (!d && len > 2 && !strcmp(ty + len - 2, "[]")) d = default_opclass(method, "anyarray");
        if (!d && (!strcmp(ty, "character varying") || !strcmp(ty, "name"))) d = default_opclass(method, "text");
        if (d) return !strcmp(d, bare);
        const char *dot = strchr(ty, '.');
        rg_type *ut = dot ? rg_catalog_type(c, rg_arena_strndup(c->arena, ty, (size_t)(dot - ty)), dot + 1) : NULL;
        if (!ut) return false;
        if (ut->kind == RG_TYPE_ENUM) return (d = default_opclass(method, "anyenum")) && !strcmp(d, bare);
        if (ut->kind == RG_TYPE_RANGE) return (d = default_opclass(method, "anyrange")) && !strcmp(d, bare);
        if (ut->kind != RG_TYPE_DOMAIN) return false;
        coltype = ut->base_type;
    }
    return false;
}

static void index_elem_fill(ictx *x, rg_table *t, rg_index_elem *e, const pg_IndexElem *ie,
                            const char *method)
{
    rg_arena *a = x->c->arena;
    if (*ie->name) {
        e->column = ie->name;
    } else if (ie->expr) {
        rg_normctx nx = nctx(x->c, t);
        e->expr = rg_norm_expr(&nx, ie->expr);
    }
    e->collation = collation_name(a, ie->collation, ie->n_collation);
    e->opclass = opclass_name(x->c, ie->opclass, ie->n_opclass);
    if (ie->n_opclassopts) e->opclass_opts = rg_arena_printf(a, "(%s)", reloptions_text(a, ie->opclassopts, ie->n_opclassopts));
    if (e->opclass && !e->opclass_opts && e->column && t && method) {
        rg_column *col = rg_table_column(t, e->column);
        if (col && is_default_opclass(x->c, method, col->type, e->opclass)) e->opclass = NULL;
    }
    e->desc = ie->ordering == SORTBY_DESC;
    if (ie->nulls_ordering == SORTBY_NULLS_FIRST) e->nulls_first = true;
    else if (ie->nulls_ordering == SORTBY_NULLS_LAST) e->nulls_first = false;
    else e->nulls_first = e->desc; /* DESC defaults to NULLS FIRST */
}

static void mark_not_null(rg_table *t, const char *const *cols, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        rg_column *col = rg_table_column(t, cols[i]);
        if (col) col->not_null = true;
    }
}

/* PRIMARY KEY, UNIQUE, EXCLUDE: a constraint that owns an index of the same
 * name in the relation namespace. */
static void add_index_constraint(ictx *x, rg_table *t, const pending *p)
{
    rg_catalog *c = x->c;
    rg_arena *a = c->arena;
    const pg_Constraint *k = p->k;
    rg_conkind kind = k->contype == CONSTR_PRIMARY ? RG_CON_PRIMARY
                    : k->contype == CONSTR_UNIQUE ? RG_CON_UNIQUE
                    : RG_CON_EXCLUSION;
    if (kind == RG_CON_PRIMARY) {
        for (size_t i = 0; i < t->constraints.n; i++)
            if (!t->constraints.v[i].dropped && t->constraints.v[i].kind == RG_CON_PRIMARY) {
                ierr(x, k->location, "42P16", "multiple primary keys for table \"%s\" are not allowed", t->name);
                return;
            }
    }
    const char **cols;
    size_t ncols;
    if (p->col) {
        cols = rg_arena_alloc(a, sizeof *cols);
        cols[0] = p->col;
        ncols = 1;
    } else {
        cols = strlist(a, k->keys, k->n_keys);
        ncols = k->n_keys;
    }
    for (size_t i = 0; i < ncols && kind != RG_CON_EXCLUSION; i++)
        if (!rg_table_column(t, cols[i])) {
            ierr(x, k->location, "42703", "column \"%s\" named in key does not exist", cols[i]);
            return;
        }
    const char **incl = strlist(a, k->including, k->n_including);
    const char *name = *k->conname ? k->conname : NULL;
    if (name && con_name_clash(x, t, name, true, k->location)) return;
    rg_index_elem *elems = NULL;
    size_t nelems = 0;
    if (kind == RG_CON_EXCLUSION) {
        elems = rg_arena_alloc(a, (k->n_exclusions ? k->n_exclusions : 1) * sizeof *elems);
        pg_node **params = rg_arena_alloc(a, (k->n_exclusions ? k->n_exclusions : 1) * sizeof *params);
        for (size_t i = 0; i < k->n_exclusions; i++) {
            const pg_node *pair = k->exclusions[i];
            if (!rg_pg_is(pair, T_List) || pair->list->n_items < 2 || !rg_pg_is(pair->list->items[0], T_IndexElem))
                continue;
            params[nelems] = pair->list->items[0];
            index_elem_fill(x, t, &elems[nelems], pair->list->items[0]->index_elem,
                                   *k->access_method ? k->access_method : "btree");
            const pg_node *ops = pair->list->items[1];
            if (rg_pg_is(ops, T_List) && ops->list->n_items)
                elems[nelems].exclusion_op = rg_pg_str(ops->list->items[ops->list->n_items - 1]);
            nelems++;
        }
        if (!name) {
            pg_node **inc = rg_arena_alloc(a, (k->n_including ? k->n_including : 1) * sizeof *inc);
            for (size_t i = 0; i < k->n_including; i++) {
                pg_node *n = rg_arena_alloc(a, sizeof *n);
                pg_IndexElem *ie = rg_arena_alloc(a, sizeof *ie);
                pg_init_IndexElem(ie);
                ie->name = (char *)incl[i];
                pg_init_Node(n);
                n->node_case = T_IndexElem;
                n->index_elem = ie;
                inc[i] = n;
            }
            const char **cn = index_column_names(a, params, nelems, inc, k->n_including);
            name = choose_relation_name(c, t->schema, t->name, name_addition(a, cn, nelems + k->n_including),
                                        "excl", true);
        }
    } else if (!name) {
        if (kind == RG_CON_PRIMARY) {
            name = choose_relation_name(c, t->schema, t->name, NULL, "pkey", true);
        } else {
            const char **all = rg_arena_alloc(a, (ncols + k->n_including + 1) * sizeof *all);
            memcpy(all, cols, ncols * sizeof *all);
            memcpy(all + ncols, incl, k->n_including * sizeof *all);
            name = choose_relation_name(c, t->schema, t->name, name_addition(a, all, ncols + k->n_including),
                                        "key", true);
        }
    }
    rg_constraint *con = con_push(c, t, name, kind, x);
    con->columns = cols;
    con->ncolumns = ncols;
    con->include = incl;
    con->ninclude = k->n_including;
    con->elems = elems;
    con->nelems = nelems;
    if (kind == RG_CON_EXCLUSION) {
        con->method = *k->access_method ? k->access_method : "btree";
        if (k->where_clause) {
            rg_normctx nx = nctx(c, t);
            con->where = rg_norm_expr(&nx, k->where_clause);
        }
    }
    con->index_options = reloptions_text(a, k->options, k->n_options);
    con->index_tablespace = *k->indexspace ? k->indexspace : NULL;
    con->nulls_not_distinct = k->nulls_not_distinct;
    con->deferrable = p->attr ? p->deferrable : k->deferrable;
    con->deferred = p->attr ? p->deferred : k->initdeferred;
    rel_register(c, t->schema, name, RG_REL_INDEX, NULL, ckey(c, t->schema, t->name));
    if (kind == RG_CON_PRIMARY) mark_not_null(t, cols, ncols);
}

static char action_char(const char *s)
{
    return *s ? *s : 'a';
}

static bool names_has(const char *const *v, size_t n, const char *s);

static bool same_column_set(const char *const *a, size_t na, const char *const *b, size_t nb)
{
    if (na != nb) return false;
    for (size_t i = 0; i < na; i++)
        if (!names_has(b, nb, a[i])) return false;
    return true;
}

/* transformFkeyCheckAttrs: the referenced columns must be exactly the
 * columns of a valid, immediate, non-partial unique index of `ref` (a
 * primary key, a unique constraint or a plain unique index). */
static bool ref_unique_on(rg_catalog *c, const rg_table *ref, const char *const *cols, size_t n)
{
    for (size_t i = 0; i < ref->constraints.n; i++) {
        const rg_constraint *k = &ref->constraints.v[i];
        if (!k->dropped && (k->kind == RG_CON_PRIMARY || k->kind == RG_CON_UNIQUE) && !k->deferrable &&
            !k->where.key && same_column_set(k->columns, k->ncolumns, cols, n))
            return true;
    }
    catidx_list l = catidx_indexes_on(c, ref->schema, ref->name);
    bool found = false;
    for (size_t i = 0; i < l.n && !found; i++) {
        const rg_index *ix = &c->indexes.v[l.v[i]];
        if (ix->dropped || !ix->unique || ix->where.key || ix->only || ix->nelems != n ||
            strcmp(ix->table_schema, ref->schema) || strcmp(ix->table_name, ref->name))
            continue;
        bool plain = true;
        const char **ic = rg_arena_alloc(c->arena, (n + 1) * sizeof *ic);
        for (size_t j = 0; j < n && plain; j++) plain = (ic[j] = ix->elems[j].column) != NULL;
        found = plain && same_column_set(ic, n, cols, n);
    }
    free(l.v);
    return found;
}

static void add_foreign_key(ictx *x, rg_table *t, const pending *p, bool not_valid)
{
    rg_catalog *c = x->c;
    rg_arena *a = c->arena;
    const pg_Constraint *k = p->k;
    const char **cols;
    size_t ncols;
    if (p->col) {
        cols = rg_arena_alloc(a, sizeof *cols);
        cols[0] = p->col;
        ncols = 1;
    } else {
        cols = strlist(a, k->fk_attrs, k->n_fk_attrs);
        ncols = k->n_fk_attrs;
    }
    for (size_t i = 0; i < ncols; i++)
        if (!rg_table_column(t, cols[i])) {
            ierr(x, k->location, "42703", "column \"%s\" referenced in foreign key constraint does not exist", cols[i]);
            return;
        }
    const char *ref_schema = NULL;
    rg_relref *rr = rel_find_rv(c, k->pktable, &ref_schema);
    rg_table *ref = rr && rr->kind == RG_REL_TABLE ? rr->obj : NULL;
    /* A self reference inside CREATE TABLE resolves to the new table. */
    if (!ref && k->pktable && strcmp(k->pktable->relname, t->name) == 0 &&
        (!*k->pktable->schemaname || strcmp(k->pktable->schemaname, t->schema) == 0))
        ref = t;
    if (!ref) {
        ierr(x, k->location, "42P01", "relation \"%s\" does not exist", k->pktable ? k->pktable->relname : "?");
        return;
    }
    const char **refcols = strlist(a, k->pk_attrs, k->n_pk_attrs);
    size_t nref = k->n_pk_attrs;
    if (nref == 0) {
        for (size_t i = 0; i < ref->constraints.n; i++) {
            rg_constraint *pk = &ref->constraints.v[i];
            if (!pk->dropped && pk->kind == RG_CON_PRIMARY) {
                refcols = pk->columns;
                nref = pk->ncolumns;
                break;
            }
        }
        if (nref == 0) {
            ierr(x, k->location, "42704", "there is no primary key for referenced table \"%s\"", ref->name);
            return;
        }
    }
    if (k->n_pk_attrs && !ref_unique_on(c, ref, refcols, nref)) {
        ierr(x, k->location, "42830", "there is no unique constraint matching given keys for referenced table \"%s\"",
             ref->name);
        return;
    }
    if (not_valid && t->kind == RG_TABLE_PARTITIONED) {
        ierr(x, k->location, "42809", "cannot add NOT VALID foreign key on partitioned table \"%s\" referencing relation \"%s\"",
             t->name, ref->name);
        return;
    }
    const char *name = *k->conname ? k->conname : NULL;
    if (name && con_name_clash(x, t, name, false, k->location)) return;
    if (!name) name = choose_constraint_name(c, t->schema, t->name, name_addition(a, cols, ncols), "fkey");
    const char *rs = ref->schema, *rn = ref->name; /* before the push below */
    rg_constraint *con = con_push(c, t, name, RG_CON_FOREIGN, x);
    con->columns = cols;
    con->ncolumns = ncols;
    con->ref_schema = rs;
    con->ref_table = rn;
    catidx_note_table(c, t);
    con->ref_columns = refcols;
    con->nref_columns = nref;
    con->fk_match = *k->fk_matchtype ? *k->fk_matchtype : 's';
    con->on_delete = action_char(k->fk_del_action);
    con->on_update = action_char(k->fk_upd_action);
    if (k->n_fk_del_set_cols) {
        con->on_delete_cols = strlist(a, k->fk_del_set_cols, k->n_fk_del_set_cols);
        con->non_delete_cols = k->n_fk_del_set_cols;
    }
    con->deferrable = p->attr ? p->deferrable : k->deferrable;
    con->deferred = p->attr ? p->deferred : k->initdeferred;
    con->not_valid = not_valid;
}

/* CHECKs first, then the primary key, then UNIQUE/EXCLUDE, then FKs. */
static void add_pending(ictx *x, rg_table *t, const pendvec *pv, bool alter)
{
    for (size_t i = 0; i < pv->n; i++)
        if (pv->v[i].k->contype == CONSTR_CHECK)
            add_check(x, t, pv->v[i].k, alter && pv->v[i].k->skip_validation);
    for (size_t i = 0; i < pv->n; i++)
        if (pv->v[i].k->contype == CONSTR_PRIMARY) add_index_constraint(x, t, &pv->v[i]);
    for (size_t i = 0; i < pv->n; i++)
        if (pv->v[i].k->contype == CONSTR_UNIQUE ||
            pv->v[i].k->contype == CONSTR_EXCLUSION)
            add_index_constraint(x, t, &pv->v[i]);
    for (size_t i = 0; i < pv->n; i++)
        if (pv->v[i].k->contype == CONSTR_FOREIGN)
            add_foreign_key(x, t, &pv->v[i], alter && pv->v[i].k->skip_validation);
}

/* ---- columns -------------------------------------------------------------- */

static const char *serial_base(const pg_TypeName *tn)
{
    if (!tn || tn->n_names != 1 || tn->n_array_bounds || tn->n_typmods) return NULL;
    const char *n = rg_pg_str(tn->names[0]);
    if (!strcmp(n, "serial") || !strcmp(n, "serial4")) return "integer";
    if (!strcmp(n, "bigserial") || !strcmp(n, "serial8")) return "bigint";
    if (!strcmp(n, "smallserial") || !strcmp(n, "serial2")) return "smallint";
    return NULL;
}

/* Identity: a sequence named like serial's unless SEQUENCE NAME is given,
 * typed like the column, owned by it. */
static void make_identity(ictx *x, rg_table *t, const char *colname, const char *type, char when,
                          pg_node *const *opts, size_t nopts)
{
    rg_catalog *c = x->c;
    const char *sschema = t->schema, *sname = NULL;
    pg_node **rest = rg_arena_alloc(c->arena, (nopts ? nopts : 1) * sizeof *rest);
    size_t nrest = 0;
    for (size_t i = 0; i < nopts; i++) {
        const pg_node *o = opts[i];
        if (rg_pg_is(o, T_DefElem) && strcmp(o->def_elem->defname, "sequence_name") == 0 &&
            rg_pg_is(o->def_elem->arg, T_List)) {
            const pg_List *l = o->def_elem->arg->list;
            const char *s;
            rg_pg_qname((const pg_node *const *)l->items, l->n_items, &s, &sname);
            if (s) sschema = s;
        } else {
            rest[nrest++] = opts[i];
        }
    }
    if (!sname) sname = choose_relation_name(c, sschema, t->name, colname, "seq", false);
    const char *tschema = t->schema, *tname = t->name;
    size_t si = seq_create(x, sschema, sname, type, rest, nrest, true);
    rg_sequence *s = &c->sequences.v[si];
    s->owned_by = rg_arena_printf(c->arena, "%s.%s.%s", tschema, tname, colname);
    catidx_note_sequence(c, s);
    rg_column *col = rg_table_column(t, colname);
    if (col) {
        col->identity = when;
        col->identity_seq = ckey(c, s->schema, s->name);
        col->not_null = true;
    }
}

static void serial_column(ictx *x, rg_table *t, const char *colname, const char *type)
{
    rg_catalog *c = x->c;
    const char *sname = choose_relation_name(c, t->schema, t->name, colname, "seq", false);
    size_t si = seq_create(x, t->schema, sname, type, NULL, 0, false);
    rg_sequence *s = &c->sequences.v[si];
    s->owned_by = rg_arena_printf(c->arena, "%s.%s.%s", t->schema, t->name, colname);
    catidx_note_sequence(c, s);
    rg_column *col = rg_table_column(t, colname);
    rg_normctx nx = nctx(c, t);
    col->has_default = true;
    col->dflt = rg_norm_nextval(&nx, s->schema, s->name);
    col->not_null = true;
}

/* Applies a column's own constraints; index/FK/CHECK ones go to `pv`. */
static void column_constraints(ictx *x, rg_table *t, const char *colname, pg_node *const *cons, size_t n,
                               pendvec *pv)
{
    rg_catalog *c = x->c;
    pending *last = NULL;
    for (size_t i = 0; i < n; i++) {
        if (!rg_pg_is(cons[i], T_Constraint)) continue;
        const pg_Constraint *k = cons[i]->constraint;
        rg_column *col = rg_table_column(t, colname);
        if (!col) return;
        rg_normctx nx = nctx(c, t);
        switch (k->contype) {
        case CONSTR_NULL: col->not_null = false; break;
        case CONSTR_NOTNULL: col->not_null = true; break;
        case CONSTR_DEFAULT:
            if (expr_rejected(x, t, k->raw_expr, k->location)) break;
            col->has_default = !null_default(k->raw_expr);
            if (col->has_default) col->dflt = rg_norm_expr_typed(&nx, k->raw_expr, col->type);
            else memset(&col->dflt, 0, sizeof col->dflt);
            break;
        case CONSTR_IDENTITY:
            make_identity(x, t, colname, col->type, *k->generated_when ? *k->generated_when : 'a',
                          k->options, k->n_options);
            break;
        case CONSTR_GENERATED:
            col->generated = 's';
            col->gen_expr = rg_norm_expr(&nx, k->raw_expr);
            break;
        case CONSTR_ATTR_DEFERRABLE:
        case CONSTR_ATTR_NOT_DEFERRABLE:
        case CONSTR_ATTR_DEFERRED:
        case CONSTR_ATTR_IMMEDIATE:
            /* transformConstraintAttrs: applies to the preceding constraint */
            if (!last) break;
            if (!last->attr) {
                last->attr = true;
                last->deferrable = last->k->deferrable;
                last->deferred = last->k->initdeferred;
            }
            if (k->contype == CONSTR_ATTR_DEFERRABLE) last->deferrable = true;
            else if (k->contype == CONSTR_ATTR_NOT_DEFERRABLE) last->deferrable = false;
            else if (k->contype == CONSTR_ATTR_DEFERRED) last->deferred = last->deferrable = true;
            else last->deferred = false;
            break;
        default: {
            pending *p = rg_vec_push(c->arena, pv);
            p->k = k;
            p->col = colname;
            last = p;
            break;
        }
        }
    }
}

static const char *column_type(ictx *x, rg_table *t, const pg_TypeName *tn)
{
    return itype(x, t, tn);
}

/* Adds a column from a ColumnDef (CREATE TABLE, ADD COLUMN). */
static void add_column(ictx *x, rg_table *t, const pg_ColumnDef *cd, pendvec *pv)
{
    rg_catalog *c = x->c;
    rg_column *existing = rg_table_column(t, cd->colname);
    if (existing && existing->inh_count > 0 && !existing->is_local) {
        /* a local definition merged with an inherited one */
        existing->is_local = true;
    } else if (existing) {
        ierr(x, cd->location, "42701", "column \"%s\" specified more than once", cd->colname);
        return;
    } else {
        const char *sb = serial_base(cd->type_name);
        const char *type = sb ? sb : column_type(x, t, cd->type_name);
        rg_column *col = column_push(c, t);
        col->name = cd->colname;
        col->type = type;
        col->origin = origin_of(x);
        rg_map_put(&t->column_map, col->name, col);
        if (sb) serial_column(x, t, cd->colname, sb);
    }
    rg_column *col = rg_table_column(t, cd->colname);
    if (cd->coll_clause) col->collation = collation_name(c->arena, cd->coll_clause->collname, cd->coll_clause->n_collname);
    if (cd->is_not_null) col->not_null = true;
    if (*cd->storage) col->storage = cd->storage;
    if (*cd->compression) col->compression = cd->compression;
    if (cd->raw_default && !null_default(cd->raw_default)) {
        rg_normctx nx = nctx(c, t);
        col->has_default = true;
        col->dflt = rg_norm_expr_typed(&nx, cd->raw_default, col->type);
    }
    column_constraints(x, t, cd->colname, cd->constraints, cd->n_constraints, pv);
}

/* Copies a parent's columns and inheritable CHECKs (INHERITS, PARTITION OF). */
static void inherit_from(ictx *x, rg_table *t, const rg_table *parent)
{
    rg_catalog *c = x->c;
    for (size_t i = 0; i < parent->columns.n; i++) {
        const rg_column *pc = &parent->columns.v[i];
        if (pc->dropped) continue;
        rg_column *col = rg_table_column(t, pc->name);
        if (col) {
            col->inh_count++;
            if (pc->not_null) col->not_null = true;
            continue;
        }
        col = column_push(c, t);
        col->name = pc->name;
        col->type = pc->type;
        col->collation = pc->collation;
        col->not_null = pc->not_null;
        col->has_default = pc->has_default;
        col->dflt = pc->dflt;
        col->generated = pc->generated;
        col->gen_expr = pc->gen_expr;
        col->storage = pc->storage;
        col->compression = pc->compression;
        col->is_local = false;
        col->inh_count = 1;
        col->origin = origin_of(x);
        rg_map_put(&t->column_map, col->name, col);
    }
    for (size_t i = 0; i < parent->constraints.n; i++) {
        const rg_constraint *pk = &parent->constraints.v[i];
        if (pk->dropped || pk->kind != RG_CON_CHECK || pk->no_inherit) continue;
        rg_constraint *mine = rg_table_constraint(t, pk->name);
        if (mine) {
            mine->inherited = true;
            continue;
        }
        rg_constraint *k = con_push(c, t, pk->name, RG_CON_CHECK, x);
        k->check = pk->check;
        k->is_local = false;
        k->inherited = true;
    }
}

/* Replaces casts directly on constants by the constant, in a private tree:
 * pg_dump prints 'month'::text where the author wrote 'month'. */
static rg_pg_step strip_const_cast(const rg_pg_visit *v, void *ctx)
{
    if (v->kind != T_TypeCast || !v->slot) return RG_PG_NEXT;
    pg_node *n = *v->slot;
    while (rg_pg_is(n, T_TypeCast) && rg_pg_is(n->type_cast->arg, T_A_Const) && !n->type_cast->arg->a_const->isnull)
        n = n->type_cast->arg;
    *v->slot = n;
    return RG_PG_NEXT;
}

/* A partition key expression as canonical SQL: deparsed, re-parsed into a
 * private tree, constant casts dropped, deparsed again. */
static const char *partition_expr_text(rg_arena *a, const pg_node *expr)
{
    const char *e = rg_pg_deparse_expr(a, expr);
    if (!e) return NULL;
    pg_node *copy = (pg_node *)rg_pg_parse_expr(a, e);
    while (rg_pg_is(copy, T_TypeCast) && rg_pg_is(copy->type_cast->arg, T_A_Const)) copy = copy->type_cast->arg;
    if (!copy) return e;
    rg_pg_walk(copy, strip_const_cast, NULL);
    const char *out = rg_pg_deparse_expr(a, copy);
    return out ? out : e;
}

static const char *partition_key_text(ictx *x, const pg_PartitionSpec *ps)
{
    rg_arena *a = x->c->arena;
    rg_buf b = {0};
    for (const char *s = ps->strategy; *s; s++) rg_buf_putc(&b, (char)(*s >= 'a' && *s <= 'z' ? *s - 32 : *s));
    rg_buf_puts(&b, " (");
    for (size_t i = 0; i < ps->n_part_params; i++) {
        if (i) rg_buf_puts(&b, ", ");
        if (!rg_pg_is(ps->part_params[i], T_PartitionElem)) continue;
        const pg_PartitionElem *pe = ps->part_params[i]->partition_elem;
        if (*pe->name) {
            rg_buf_puts(&b, pe->name);
        } else {
            const char *e = partition_expr_text(a, pe->expr);
            rg_buf_printf(&b, "(%s)", e ? e : "?");
        }
        const char *coll = collation_name(a, pe->collation, pe->n_collation);
        if (coll) rg_buf_printf(&b, " COLLATE %s", coll);
        const char *opc = opclass_name(x->c, pe->opclass, pe->n_opclass);
        if (opc) rg_buf_printf(&b, " %s", opc);
    }
    rg_buf_putc(&b, ')');
    const char *s = rg_arena_strdup(a, b.s);
    rg_buf_free(&b);
    return s;
}

/* The bound's values as written (sql) and as compared (key): a constant
 * is read by the input function of its key column's type, so
 * IN ('t') and IN (true), FROM ('0010') and FROM (10) are one bound. */
static void datums_text(ictx *x, const rg_table *parent, rg_buf *b, rg_buf *key, pg_node *const *d, size_t n,
                        const char *const *types, size_t ntypes, bool list)
{
    rg_arena *a = x->c->arena;
    rg_buf_putc(b, '(');
    rg_buf_putc(key, '(');
    rg_normctx nx = nctx(x->c, parent);
    for (size_t i = 0; i < n; i++) {
        if (i) rg_buf_puts(b, ", "), rg_buf_puts(key, ", ");
        const pg_node *v = d[i];
        if (rg_pg_is(v, T_ColumnRef) && v->column_ref->n_fields == 1) {
            const char *s = rg_pg_str(v->column_ref->fields[0]);
            if (!strcmp(s, "minvalue") || !strcmp(s, "maxvalue")) {
                rg_buf_puts(b, !strcmp(s, "minvalue") ? "MINVALUE" : "MAXVALUE");
                rg_buf_puts(key, !strcmp(s, "minvalue") ? "MINVALUE" : "MAXVALUE");
                continue;
            }
        }
        const char *e = rg_pg_deparse_expr(a, v);
        rg_buf_puts(b, e ? e : "?");
        size_t k = list ? 0 : i;
        const char *folded = k < ntypes && types[k] ? rg_norm_const_value(&nx, v, types[k]) : NULL;
        rg_buf_puts(key, folded ? folded : e ? e : "?");
    }
    rg_buf_putc(b, ')');
    rg_buf_putc(key, ')');
}

/* The types of a partitioned table's key columns, from its key text
 * ("RANGE (a, b COLLATE \"C\" text_ops, (expr))"): NULL for expressions
 * and for names that are not columns. */
static const char **key_types(rg_arena *a, const rg_table *parent, size_t *n)
{
    *n = 0;
    const char *k = parent && parent->partition_key ? strchr(parent->partition_key, '(') : NULL;
    if (!k) return NULL;
    size_t cap = 1;
    for (const char *p = k; *p; p++) cap += *p == ',';
    const char **v = rg_arena_alloc(a, cap * sizeof *v);
    int depth = 0;
    const char *start = k + 1;
    for (const char *p = k + 1; *p && *n < cap; p++) {
        if (*p == '(') depth++;
        if ((*p == ',' || *p == ')') && depth == 0) {
            while (*start == ' ') start++;
            const char *end = start;
            while (end < p && *end != ' ') end++;
            const rg_column *col = NULL;
            if (*start != '(') col = rg_table_column(parent, rg_arena_strndup(a, start, (size_t)(p - start)));
            if (!col && *start != '(') col = rg_table_column(parent, rg_arena_strndup(a, start, (size_t)(end - start)));
            v[(*n)++] = col ? col->type : NULL;
            start = p + 1;
            if (*p == ')') break;
            continue;
        }
        if (*p == ')') depth--;
    }
    return v;
}

/* The comparison key of a bound: a midnight timestamp literal
 * ('2020-01-01 00:00:00', '... 00:00:00+00') compares equal to its date
 * spelling '2020-01-01' — what pg_dump prints for a timestamp key the
 * author wrote as a date. */
static const char *bound_key(rg_arena *a, const char *sql)
{
    rg_buf b = {0};
    for (const char *p = sql; *p;) {
        if (!strncmp(p, " 00:00:00+00'", 13)) {
            p += 12;
        } else if (!strncmp(p, " 00:00:00'", 10)) {
            p += 9;
        } else {
            rg_buf_putc(&b, *p++);
        }
    }
    const char *k = strcmp(rg_buf_cstr(&b), sql) ? rg_arena_strdup(a, b.s) : sql;
    rg_buf_free(&b);
    return k;
}

/* "FOR VALUES ..." / "DEFAULT", as pg_get_expr(relpartbound) prints it;
 * the key compares values read by the parent's key column types. */
static rg_expr partition_bound(ictx *x, const rg_table *parent, const pg_PartitionBoundSpec *pb)
{
    rg_arena *a = x->c->arena;
    rg_buf b = {0}, key = {0};
    size_t nt = 0;
    const char **types = key_types(a, parent, &nt);
    if (pb->is_default) {
        rg_buf_puts(&b, "DEFAULT");
    } else if (!strcmp(pb->strategy, "h")) {
        rg_buf_printf(&b, "FOR VALUES WITH (modulus %d, remainder %d)", pb->modulus, pb->remainder);
    } else if (!strcmp(pb->strategy, "l")) {
        rg_buf_puts(&b, "FOR VALUES IN ");
        rg_buf_puts(&key, "FOR VALUES IN ");
        datums_text(x, parent, &b, &key, pb->listdatums, pb->n_listdatums, types, nt, true);
    } else {
        rg_buf_puts(&b, "FOR VALUES FROM ");
        rg_buf_puts(&key, "FOR VALUES FROM ");
        datums_text(x, parent, &b, &key, pb->lowerdatums, pb->n_lowerdatums, types, nt, false);
        rg_buf_puts(&b, " TO ");
        rg_buf_puts(&key, " TO ");
        datums_text(x, parent, &b, &key, pb->upperdatums, pb->n_upperdatums, types, nt, false);
    }
    rg_expr e = {0};
    e.sql = rg_arena_strdup(a, b.s);
    e.key = bound_key(a, key.len ? rg_arena_strdup(a, key.s) : e.sql);
    rg_buf_free(&b);
    rg_buf_free(&key);
    return e;
}

/* CREATE TABLE t OF composite_type: the type's attributes are the
 * columns (OF itself is not kept: rg_table has no place for it). */
static void typed_table_columns(ictx *x, rg_table *t, const pg_TypeName *tn)
{
    rg_type *ty = type_find_names(x, tn->names, tn->n_names);
    if (!ty || ty->kind != RG_TYPE_COMPOSITE) {
        ierr(x, tn->location, "42809", "type is not a composite type");
        return;
    }
    for (size_t i = 0; i < ty->attrs.n; i++) {
        rg_column *col = column_push(x->c, t);
        col->name = ty->attrs.v[i].name;
        col->type = ty->attrs.v[i].type;
        col->collation = ty->attrs.v[i].collation;
        col->origin = origin_of(x);
        rg_map_put(&t->column_map, col->name, col);
    }
    inote(x, tn->location, "unmodelled", "OF %s: the columns are copied, the type link is not kept", ty->name);
}

/* LIKE's columns: names, types, NOT NULL always; the rest as INCLUDING says. */
static void like_columns(ictx *x, rg_table *t, const rg_table *src, uint32_t opts)
{
    rg_catalog *c = x->c;
    for (size_t k = 0; k < src->columns.n; k++) {
        const rg_column *sc = &src->columns.v[k];
        if (sc->dropped) continue;
        if (rg_table_column(t, sc->name)) {
            ierr(x, 0, "42701", "column \"%s\" specified more than once", sc->name);
            continue;
        }
        rg_column *col = column_push(c, t);
        col->name = sc->name;
        col->type = sc->type;
        col->collation = sc->collation;
        col->not_null = sc->not_null;
        col->origin = origin_of(x);
        if ((opts & LIKE_DEFAULTS) && sc->has_default && !sc->generated) {
            col->has_default = true;
            col->dflt = sc->dflt;
        }
        if ((opts & LIKE_GENERATED) && sc->generated) {
            col->generated = sc->generated;
            col->gen_expr = sc->gen_expr;
        }
        if (opts & LIKE_STORAGE) col->storage = sc->storage;
        if (opts & LIKE_COMPRESSION) col->compression = sc->compression;
        if (opts & LIKE_COMMENTS) col->comment = sc->comment;
        rg_map_put(&t->column_map, col->name, col);
        if ((opts & LIKE_IDENTITY) && sc->identity)
            make_identity(x, t, sc->name, sc->type, sc->identity, NULL, 0);
    }
}

static void table_options(ictx *x, rg_table *t, const pg_CreateStmt *cs)
{
    t->options = reloptions_text(x->c->arena, cs->options, cs->n_options);
    if (*cs->tablespacename) t->tablespace = cs->tablespacename;
    if (*cs->access_method) t->access_method = cs->access_method;
}

void apply_create_table(ictx *x, const pg_CreateStmt *cs, const pg_CreateForeignTableStmt *ft)
{
    rg_catalog *c = x->c;
    if (!cs || !cs->relation) return;
    const pg_RangeVar *rv = cs->relation;
    const char *schema = creation_schema(x, rv->schemaname);
    if (!schema_exists(c, schema)) {
        ierr(x, rv->location, "3F000", "schema \"%s\" does not exist", schema);
        return;
    }
    if (rel_name_taken(c, schema, rv->relname)) {
        if (cs->if_not_exists) {
            inote(x, rv->location, "skipped", "relation \"%s\" already exists, skipping", rv->relname);
            return;
        }
        ierr(x, rv->location, "42P07", "relation \"%s\" already exists", rv->relname);
        return;
    }
    if (rg_catalog_type(c, schema, rv->relname)) {
        /* the table's row type would clash with it */
        ierr(x, rv->location, "42710", "type \"%s\" already exists", rv->relname);
        return;
    }
    /* Resolve parents before the push below can move the tables vector. */
    size_t npar = cs->partbound ? 1 : cs->n_inh_relations;
    size_t *par = rg_arena_alloc(c->arena, (npar ? npar : 1) * sizeof *par);
    for (size_t i = 0; i < cs->n_inh_relations; i++) {
        const pg_node *n = cs->inh_relations[i];
        if (!rg_pg_is(n, T_RangeVar)) continue;
        rg_table *p = table_get(c, n->range_var->schemaname, n->range_var->relname);
        if (!p) {
            ierr(x, n->range_var->location, "42P01", "relation \"%s\" does not exist", n->range_var->relname);
            return;
        }
        par[i] = (size_t)(p - c->tables.v);
    }
    rg_table *t = PUSH(c->arena, &c->tables, &c->relation_map, NULL, true);
    t->schema = schema;
    t->name = rv->relname;
    t->kind = ft ? RG_TABLE_FOREIGN : cs->partspec ? RG_TABLE_PARTITIONED : RG_TABLE_ORDINARY;
    t->persistence = *rv->relpersistence ? *rv->relpersistence : 'p';
    t->replica_identity = 'd';
    t->origin = origin_of(x);
    t->search_path = search_path_text(c);
    /* Room for the columns written (elements, constraints included) at
     * once: doubling in the arena would leave every smaller copy behind,
     * most of a large schema's column memory. */
    if (cs->n_table_elts > 4) {
        t->columns.v = rg_arena_alloc(c->arena, cs->n_table_elts * sizeof *t->columns.v);
        t->columns.cap = cs->n_table_elts;
    }
    rel_register(c, schema, t->name, RG_REL_TABLE, t, NULL);
    if (cs->partbound) {
        t->parent_schema = c->tables.v[par[0]].schema;
        t->parent_table = c->tables.v[par[0]].name;
        t->partition_bound = partition_bound(x, &c->tables.v[par[0]], cs->partbound);
    } else if (npar) {
        t->inherits = rg_arena_alloc(c->arena, npar * sizeof *t->inherits);
        t->ninherits = npar;
        for (size_t i = 0; i < npar; i++)
            t->inherits[i] = ckey(c, c->tables.v[par[i]].schema, c->tables.v[par[i]].name);
    }
    for (size_t i = 0; i < npar; i++) inherit_from(x, t, &c->tables.v[par[i]]);
    if (cs->partspec) t->partition_key = partition_key_text(x, cs->partspec);
    if (cs->of_typename) typed_table_columns(x, t, cs->of_typename);
    table_options(x, t, cs);
    if (ft) {
        t->foreign_server = ft->servername;
        t->foreign_options = reloptions_text(c->arena, ft->options, ft->n_options);
    }
    pendvec pv = {0};
    RG_VEC(size_t) likes = {0};
    RG_VEC(uint32_t) like_opts = {0};
    for (size_t i = 0; i < cs->n_table_elts; i++) {
        const pg_node *e = cs->table_elts[i];
        if (rg_pg_is(e, T_ColumnDef)) {
            const pg_ColumnDef *cd = e->column_def;
            if (!cd->type_name && rg_table_column(t, cd->colname)) {
                /* PARTITION OF ... (col WITH OPTIONS ...) */
                column_constraints(x, t, cd->colname, cd->constraints, cd->n_constraints, &pv);
                if (cd->raw_default) {
                    rg_normctx nx = nctx(c, t);
                    rg_column *col = rg_table_column(t, cd->colname);
                    col->has_default = true;
                    col->dflt = rg_norm_expr_typed(&nx, cd->raw_default, col->type);
                }
            } else if (!cd->type_name) {
                ierr(x, cd->location, "42703", "column \"%s\" does not exist", cd->colname);
            } else {
                add_column(x, t, cd, &pv);
            }
        } else if (rg_pg_is(e, T_Constraint)) {
            pending *p = rg_vec_push(c->arena, &pv);
            p->k = e->constraint;
        } else if (rg_pg_is(e, T_TableLikeClause)) {
            const pg_TableLikeClause *lc = e->table_like_clause;
            const pg_RangeVar *lr = lc->relation;
            rg_table *src = lr ? table_get(c, lr->schemaname, lr->relname) : NULL;
            if (!src) {
                ierr(x, lr ? lr->location : 0, "42P01", "relation \"%s\" does not exist", lr ? lr->relname : "?");
                continue;
            }
            like_columns(x, t, src, lc->options);
            size_t *slot = rg_vec_push(c->arena, &likes);
            *slot = (size_t)(src - c->tables.v);
            *rg_vec_push(c->arena, &like_opts) = lc->options;
        }
    }
    add_pending(x, t, &pv, false);
    for (size_t i = 0; i < likes.n; i++) {
        like_copy(x, likes.v[i], t, like_opts.v[i] & LIKE_CONSTRAINTS, like_opts.v[i] & LIKE_INDEXES);
        const rg_table *src = &c->tables.v[likes.v[i]];
        kinds_follow(x, &(kind_event){.type = KEV_TABLE_LIKE, .table = t, .from_schema = src->schema,
                                      .from_name = src->name, .like_options = like_opts.v[i]});
    }
    if (npar) c->nchild_tables++;
    if (cs->partbound) partition_clone_parent(x, &c->tables.v[par[0]], t);
}

/* CREATE TABLE AS / SELECT INTO: the column list depends on the query. */
void apply_create_table_as(ictx *x, const pg_CreateTableAsStmt *cs)
{
    const char *name = cs->into && cs->into->rel ? cs->into->rel->relname : NULL;
    opaque_add(x, "CREATE TABLE AS", name);
}

/* ---- CREATE INDEX --------------------------------------------------------- */

void apply_create_index(ictx *x, const pg_IndexStmt *is)
{
    rg_catalog *c = x->c;
    rg_arena *a = c->arena;
    const char *tschema = NULL;
    rg_relref *r = rel_find_rv(c, is->relation, &tschema);
    if (!r || (r->kind != RG_REL_TABLE && !(r->kind == RG_REL_VIEW && ((rg_view *)r->obj)->materialized))) {
        ierr(x, is->relation ? is->relation->location : 0, "42P01", "relation \"%s\" does not exist",
             is->relation ? is->relation->relname : "?");
        return;
    }
    rg_table *t = r->kind == RG_REL_TABLE ? r->obj : NULL;
    const char *tname = t ? t->name : ((rg_view *)r->obj)->name;
    tschema = t ? t->schema : ((rg_view *)r->obj)->schema;
    if (is->concurrent && t && t->kind == RG_TABLE_PARTITIONED) { /* DefineIndex, PostgreSQL 11-17 */
        ierr(x, is->relation->location, "0A000", "cannot create index on partitioned table \"%s\" concurrently", tname);
        return;
    }
    const char *name = *is->idxname ? is->idxname : NULL;
    if (name && rel_name_taken(c, tschema, name)) {
        if (is->if_not_exists) {
            inote(x, 0, "skipped", "relation \"%s\" already exists, skipping", name);
            return;
        }
        ierr(x, 0, "42P07", "relation \"%s\" already exists", name);
        return;
    }
    if (!name) {
        const char **cn = index_column_names(a, is->index_params, is->n_index_params,
                                             is->index_including_params, is->n_index_including_params);
        name = choose_relation_name(c, tschema, tname,
                                    name_addition(a, cn, is->n_index_params + is->n_index_including_params),
                                    "idx", false);
    }
    rg_index_elem *elems = rg_arena_alloc(a, (is->n_index_params ? is->n_index_params : 1) * sizeof *elems);
    size_t ne = 0;
    for (size_t i = 0; i < is->n_index_params; i++) {
        if (!rg_pg_is(is->index_params[i], T_IndexElem)) continue;
        const pg_IndexElem *ie = is->index_params[i]->index_elem;
        if (*ie->name && t && !rg_table_column(t, ie->name)) {
            ierr(x, 0, "42703", "column \"%s\" does not exist", ie->name);
            return;
        }
        index_elem_fill(x, t, &elems[ne++], ie, *is->access_method ? is->access_method : "btree");
    }
    const char **incl = rg_arena_alloc(a, (is->n_index_including_params + 1) * sizeof *incl);
    size_t ni = 0;
    for (size_t i = 0; i < is->n_index_including_params; i++)
        if (rg_pg_is(is->index_including_params[i], T_IndexElem))
            incl[ni++] = is->index_including_params[i]->index_elem->name;
    rg_expr where = {0};
    if (is->where_clause) {
        rg_normctx nx = nctx(c, t);
        where = rg_norm_expr(&nx, is->where_clause);
    }
    rg_index *ix = PUSH(a, &c->indexes, &c->relation_map, NULL, true);
    ix->schema = tschema;
    ix->name = name;
    ix->table_schema = tschema;
    ix->table_name = tname;
    ix->unique = is->unique;
    ix->nulls_not_distinct = is->nulls_not_distinct;
    ix->method = *is->access_method ? is->access_method : "btree";
    ix->elems = elems;
    ix->nelems = ne;
    ix->include = incl;
    ix->ninclude = ni;
    ix->where = where;
    ix->options = reloptions_text(a, is->options, is->n_options);
    ix->tablespace = *is->table_space ? is->table_space : NULL;
    ix->only = is->relation && !is->relation->inh && t && t->kind == RG_TABLE_PARTITIONED;
    ix->origin = origin_of(x);
    rel_register(c, tschema, name, RG_REL_INDEX, ix, NULL);
    size_t pos = c->indexes.n - 1;
    if (t && t->kind == RG_TABLE_PARTITIONED) {
        if (ix->only) index_only_update(x, ix);
        else index_recurse(x, pos);
    }
}

/* ---- dependencies --------------------------------------------------------- */

void constraint_remove(ictx *x, rg_table *t, rg_constraint *k)
{
    rg_catalog *c = x->c;
    k->dropped = true;
    rg_map_del(&t->constraint_map, k->name);
    conname_del(c, t->schema, k->name);
    if (k->kind == RG_CON_PRIMARY || k->kind == RG_CON_UNIQUE || k->kind == RG_CON_EXCLUSION)
        rel_unregister(c, t->schema, k->name);
}

/* What PostgreSQL drops with a partitioned index (or the key that owns
 * it): the partitions' indexes attached to it, and the partitions' keys
 * whose index is attached to it (PostgreSQL 15: DROP INDEX needs CASCADE
 * for those; ALTER TABLE ... DROP CONSTRAINT on the parent takes them). */
static void drop_attached(ictx *x, const char *schema, const char *name, const char *tschema, const char *tname)
{
    rg_catalog *c = x->c;
    if (!c->nchild_tables) return;
    char key[300];
    snprintf(key, sizeof key, "%s.%s", schema, name);
    catidx_list l = catidx_indexes_attached_to(c, key);
    for (size_t i = 0; i < l.n; i++) {
        rg_index *k = &c->indexes.v[l.v[i]];
        if (!k->dropped && k->attached_to && !strcmp(k->attached_to, key)) drop_index(x, k);
    }
    free(l.v);
    rg_table *t = table_get(c, tschema, tname);
    if (!t || t->kind != RG_TABLE_PARTITIONED) return;
    size_t n;
    rg_table **kids = table_children(x->c, t, true, &n);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < kids[i]->constraints.n; j++) {
            rg_constraint *k = &kids[i]->constraints.v[j];
            if (k->dropped || !k->index_attached_to || strcmp(k->index_attached_to, key)) continue;
            constraint_remove(x, kids[i], k);
            drop_attached(x, kids[i]->schema, k->name, kids[i]->schema, kids[i]->name);
        }
    free(kids);
}

void drop_index(ictx *x, rg_index *ix)
{
    ix->dropped = true;
    rel_unregister(x->c, ix->schema, ix->name);
    drop_attached(x, ix->schema, ix->name, ix->table_schema, ix->table_name);
}

static bool names_has(const char *const *v, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (v[i] && strcmp(v[i], s) == 0) return true;
    return false;
}

/* Does an expression mention column `col`? check_single_column over a
 * one-column scope: a stand-in table whose column_map holds just `col`. */
static bool expr_uses(const rg_expr *e, const char *col)
{
    if (!e->node) return false;
    rg_table scope = {0};
    rg_column dummy = {0};
    rg_map_put(&scope.column_map, col, &dummy);
    const char *one = check_single_column(&scope, e->node);
    rg_map_free(&scope.column_map);
    return one != NULL;
}

/* FKs of other tables that reference table t (optionally only those on
 * column col), dropped with CASCADE. */
static void drop_referencing_fks(ictx *x, const char *schema, const char *name, const char *col)
{
    rg_catalog *c = x->c;
    catidx_list l = catidx_fk_referrers(c, schema, name);
    for (size_t j = 0; j < l.n; j++) {
        rg_table *o = &c->tables.v[l.v[j]];
        if (o->dropped) continue;
        for (size_t k = 0; k < o->constraints.n; k++) {
            rg_constraint *fk = &o->constraints.v[k];
            if (fk->dropped || fk->kind != RG_CON_FOREIGN) continue;
            if (strcmp(fk->ref_schema, schema) || strcmp(fk->ref_table, name)) continue;
            if (col && !names_has(fk->ref_columns, fk->nref_columns, col)) continue;
            if (o->schema == schema && o->name == name && !col) continue;
            constraint_remove(x, o, fk);
        }
    }
    free(l.v);
}

void drop_column_deps(ictx *x, rg_table *t, const char *col, bool cascade)
{
    rg_catalog *c = x->c;
    for (size_t k = 0; k < t->constraints.n; k++) {
        rg_constraint *con = &t->constraints.v[k];
        if (con->dropped) continue;
        bool uses = names_has(con->columns, con->ncolumns, col) || names_has(con->include, con->ninclude, col) ||
                    expr_uses(&con->check, col) || expr_uses(&con->where, col);
        for (size_t e = 0; !uses && e < con->nelems; e++)
            uses = (con->elems[e].column && !strcmp(con->elems[e].column, col)) || expr_uses(&con->elems[e].expr, col);
        if (!uses) continue;
        if (con->kind != RG_CON_FOREIGN && con->kind != RG_CON_CHECK) drop_referencing_fks(x, t->schema, t->name, col);
        constraint_remove(x, t, con);
    }
    catidx_list l = catidx_indexes_on(c, t->schema, t->name);
    for (size_t i = 0; i < l.n; i++) {
        rg_index *ix = &c->indexes.v[l.v[i]];
        if (ix->dropped || strcmp(ix->table_schema, t->schema) || strcmp(ix->table_name, t->name)) continue;
        bool uses = names_has(ix->include, ix->ninclude, col) || expr_uses(&ix->where, col);
        for (size_t e = 0; !uses && e < ix->nelems; e++)
            uses = (ix->elems[e].column && !strcmp(ix->elems[e].column, col)) || expr_uses(&ix->elems[e].expr, col);
        if (uses) drop_index(x, ix);
    }
    free(l.v);
    kinds_follow(x, &(kind_event){.type = KEV_COLUMN_DROP, .table = t, .column = col, .cascade = cascade});
    if (cascade) views_depending_drop(x, t->schema, t->name);
}

/* Partitions go with their parent, with or without CASCADE (PostgreSQL
 * drops them either way). */
static void drop_partitions(ictx *x, const rg_table *t, bool cascade)
{
    rg_catalog *c = x->c;
    if (!c->nchild_tables) return;
    catidx_list l = catidx_children(c, t->schema, t->name);
    for (size_t i = 0; i < l.n; i++) {
        rg_table *p = &c->tables.v[l.v[i]];
        if (!p->dropped && p->parent_table && !strcmp(p->parent_schema, t->schema) &&
            !strcmp(p->parent_table, t->name))
            drop_table(x, p, cascade);
    }
    free(l.v);
}

void drop_table(ictx *x, rg_table *t, bool cascade)
{
    rg_catalog *c = x->c;
    t->dropped = true;
    rel_unregister(c, t->schema, t->name);
    kinds_follow(x, &(kind_event){.type = KEV_TABLE_DROP, .table = t, .cascade = cascade});
    for (size_t k = 0; k < t->constraints.n; k++)
        if (!t->constraints.v[k].dropped) constraint_remove(x, t, &t->constraints.v[k]);
    catidx_list l = catidx_indexes_on(c, t->schema, t->name);
    for (size_t i = 0; i < l.n; i++) {
        rg_index *ix = &c->indexes.v[l.v[i]];
        if (!ix->dropped && !strcmp(ix->table_schema, t->schema) && !strcmp(ix->table_name, t->name))
            drop_index(x, ix);
    }
    free(l.v);
    /* owned sequences (serial, identity) go with the table */
    size_t plen = strlen(t->schema) + strlen(t->name) + 2;
    char *prefix = rg_arena_printf(c->arena, "%s.%s.", t->schema, t->name);
    l = catidx_owned_sequences(c, t->schema, t->name);
    for (size_t i = 0; i < l.n; i++) {
        rg_sequence *s = &c->sequences.v[l.v[i]];
        if (!s->dropped && s->owned_by && !strncmp(s->owned_by, prefix, plen)) {
            s->dropped = true;
            rel_unregister(c, s->schema, s->name);
        }
    }
    free(l.v);
    if (cascade) {
        drop_referencing_fks(x, t->schema, t->name, NULL);
        views_depending_drop(x, t->schema, t->name);
        drop_partitions(x, t, true);
    } else {
        drop_partitions(x, t, false);
        drop_referencing_fks(x, t->schema, t->name, NULL);
    }
}

/* ---- renames -------------------------------------------------------------- */

static void fix_owned_by(rg_catalog *c, const char *oschema, const char *oname, const char *oldpre,
                         const char *newpre)
{
    size_t n = strlen(oldpre);
    catidx_list l = catidx_owned_sequences(c, oschema, oname);
    for (size_t i = 0; i < l.n; i++) {
        rg_sequence *s = &c->sequences.v[l.v[i]];
        if (!s->dropped && s->owned_by && !strncmp(s->owned_by, oldpre, n)) {
            s->owned_by = rg_arena_printf(c->arena, "%s%s", newpre, s->owned_by + n);
            catidx_note_sequence(c, s);
        }
    }
    free(l.v);
}

/* Everything that names the table by text follows it: its indexes,
 * constraint-index owners, owned sequences, FKs of other tables. */
static void table_moved(ictx *x, rg_table *t, const char *oschema, const char *oname)
{
    rg_catalog *c = x->c;
    catidx_list l = catidx_indexes_on(c, oschema, oname);
    for (size_t i = 0; i < l.n; i++) {
        rg_index *ix = &c->indexes.v[l.v[i]];
        if (ix->dropped || strcmp(ix->table_schema, oschema) || strcmp(ix->table_name, oname)) continue;
        ix->table_name = t->name;
        if (strcmp(ix->schema, t->schema)) {
            rel_unregister(c, ix->schema, ix->name);
            ix->schema = ix->table_schema = t->schema;
            rel_register(c, ix->schema, ix->name, RG_REL_INDEX, ix, NULL);
        }
        ix->table_schema = t->schema;
        catidx_note_index(c, ix);
    }
    free(l.v);
    catidx_note_table(c, t); /* its own foreign keys may reference it */
    const char *owner = ckey(c, t->schema, t->name);
    for (size_t k = 0; k < t->constraints.n; k++) {
        rg_constraint *con = &t->constraints.v[k];
        if (con->dropped) continue;
        if (strcmp(oschema, t->schema)) {
            conname_del(c, oschema, con->name);
            conname_add(c, t->schema, con->name);
        }
        if (con->kind == RG_CON_FOREIGN && !strcmp(con->ref_schema, oschema) && !strcmp(con->ref_table, oname)) {
            con->ref_schema = t->schema;
            con->ref_table = t->name;
        }
        if (con->kind == RG_CON_FOREIGN || con->kind == RG_CON_CHECK) continue;
        rel_unregister(c, oschema, con->name);
        rel_register(c, t->schema, con->name, RG_REL_INDEX, NULL, owner);
    }
    kinds_follow(x, &(kind_event){.type = KEV_TABLE_MOVE, .table = t, .from_schema = oschema, .from_name = oname});
    const char *okey = ckey(c, oschema, oname), *nkey = owner;
    fix_owned_by(c, oschema, oname, rg_arena_printf(c->arena, "%s.%s.", oschema, oname),
                 rg_arena_printf(c->arena, "%s.%s.", t->schema, t->name));
    l = c->nchild_tables ? catidx_children(c, oschema, oname) : (catidx_list){NULL, 0};
    for (size_t i = 0; i < l.n; i++) {
        rg_table *o = &c->tables.v[l.v[i]];
        if (o->dropped) continue;
        if (o->parent_table && !strcmp(o->parent_schema, oschema) && !strcmp(o->parent_table, oname)) {
            o->parent_schema = t->schema;
            o->parent_table = t->name;
        }
        for (size_t k = 0; k < o->ninherits; k++)
            if (!strcmp(o->inherits[k], okey)) o->inherits[k] = nkey;
        catidx_note_table(c, o);
    }
    free(l.v);
    l = catidx_fk_referrers(c, oschema, oname);
    for (size_t i = 0; i < l.n; i++) {
        rg_table *o = &c->tables.v[l.v[i]];
        if (o->dropped || o == t) continue;
        for (size_t k = 0; k < o->constraints.n; k++) {
            rg_constraint *fk = &o->constraints.v[k];
            if (!fk->dropped && fk->kind == RG_CON_FOREIGN && !strcmp(fk->ref_schema, oschema) &&
                !strcmp(fk->ref_table, oname)) {
                fk->ref_schema = t->schema;
                fk->ref_table = t->name;
                catidx_note_table(c, o);
            }
        }
    }
    free(l.v);
}

void rename_table(ictx *x, rg_table *t, const char *newname)
{
    rg_catalog *c = x->c;
    if (rel_name_taken(c, t->schema, newname)) {
        ierr(x, 0, "42P07", "relation \"%s\" already exists", newname);
        return;
    }
    const char *oname = t->name;
    rel_unregister(c, t->schema, t->name);
    t->name = newname;
    rel_register(c, t->schema, t->name, RG_REL_TABLE, t, NULL);
    table_moved(x, t, t->schema, oname);
    follow_relation_move(x, t->schema, oname, t->schema, newname);
}

void move_table_schema(ictx *x, rg_table *t, const char *newschema)
{
    const char *oschema = t->schema;
    move_table_schema_quiet(x, t, newschema);
    if (t->schema != oschema) follow_relation_move(x, oschema, t->name, t->schema, t->name);
}

void move_table_schema_quiet(ictx *x, rg_table *t, const char *newschema)
{
    rg_catalog *c = x->c;
    if (!schema_exists(c, newschema)) {
        ierr(x, 0, "3F000", "schema \"%s\" does not exist", newschema);
        return;
    }
    if (rel_name_taken(c, newschema, t->name)) {
        ierr(x, 0, "42P07", "relation \"%s\" already exists in schema \"%s\"", t->name, newschema);
        return;
    }
    const char *oschema = t->schema;
    rel_unregister(c, t->schema, t->name);
    t->schema = newschema;
    rel_register(c, t->schema, t->name, RG_REL_TABLE, t, NULL);
    table_moved(x, t, oschema, t->name);
    /* owned sequences move with the table */
    const char *pre = rg_arena_printf(c->arena, "%s.%s.", newschema, t->name);
    catidx_list l = catidx_owned_sequences(c, newschema, t->name);
    for (size_t n = 0; n < l.n; n++) {
        rg_sequence *s = &c->sequences.v[l.v[n]];
        if (s->dropped || !s->owned_by || strncmp(s->owned_by, pre, strlen(pre)) || !strcmp(s->schema, newschema))
            continue;
        const char *from = s->schema;
        rel_unregister(c, s->schema, s->name);
        s->schema = newschema;
        catidx_note_sequence(c, s);
        rel_register(c, s->schema, s->name, RG_REL_SEQUENCE, s, NULL);
        sequence_moved(x, s, from, s->name);
    }
    free(l.v);
}

/* ALTER INDEX RENAME, also of a constraint's index (the constraint follows,
 * as in PostgreSQL). */
void rename_index(ictx *x, const char *schema, const char *name, const char *newname)
{
    rg_catalog *c = x->c;
    rg_relref *r = rel_find(c, schema, name);
    if (!r || r->kind != RG_REL_INDEX) {
        ierr(x, 0, "42P01", "relation \"%s\" does not exist", name);
        return;
    }
    const char *ischema = r->obj ? ((rg_index *)r->obj)->schema : NULL;
    if (!ischema) {
        const char *dot = strchr(r->owner_table, '.');
        ischema = rg_arena_strndup(c->arena, r->owner_table, (size_t)(dot - r->owner_table));
    }
    if (rel_name_taken(c, ischema, newname)) {
        ierr(x, 0, "42P07", "relation \"%s\" already exists", newname);
        return;
    }
    if (r->obj) {
        rg_index *ix = r->obj;
        const char *okey = ckey(c, ischema, ix->name), *nkey = ckey(c, ischema, newname);
        rel_unregister(c, ischema, ix->name);
        ix->name = newname;
        rel_register(c, ischema, newname, RG_REL_INDEX, ix, NULL);
        /* partition indexes (and keys) name their parent index by text */
        catidx_list l = catidx_keys_attached_to(c, okey);
        for (size_t i = 0; i < l.n; i++) {
            rg_table *t = &c->tables.v[l.v[i]];
            for (size_t j = 0; !t->dropped && j < t->constraints.n; j++) {
                rg_constraint *k = &t->constraints.v[j];
                if (k->index_attached_to && !strcmp(k->index_attached_to, okey)) k->index_attached_to = nkey;
            }
            catidx_note_table(c, t);
        }
        free(l.v);
        l = catidx_indexes_attached_to(c, okey);
        for (size_t i = 0; i < l.n; i++) {
            rg_index *o = &c->indexes.v[l.v[i]];
            if (o->attached_to && !strcmp(o->attached_to, okey)) {
                o->attached_to = nkey;
                catidx_note_index(c, o);
            }
        }
        free(l.v);
        return;
    }
    const char *owner = r->owner_table;
    const char *dot = strchr(owner, '.');
    rg_table *t = table_get(c, ischema, dot + 1);
    rg_constraint *k = t ? rg_table_constraint(t, name) : NULL;
    rel_unregister(c, ischema, name);
    rel_register(c, ischema, newname, RG_REL_INDEX, NULL, owner);
    if (k) {
        rg_map_del(&t->constraint_map, k->name);
        conname_del(c, ischema, k->name);
        k->name = newname;
        rg_map_put(&t->constraint_map, k->name, k);
        conname_add(c, ischema, newname);
    }
}

/* ---- ALTER TABLE ----------------------------------------------------------- */

/* Reloption list edits: SET replaces or appends, RESET removes. */
static const char *options_merge(rg_arena *a, const char *cur, pg_node *const *opts, size_t n, bool reset)
{
    const char *keys[128], *vals[128];
    size_t nk = 0;
    if (cur) {
        char *s = rg_arena_strdup(a, cur);
        for (char *tok = s; tok && *tok && nk < 128;) {
            char *next = strstr(tok, ", ");
            if (next) *next = 0;
            char *eq = strchr(tok, '=');
            if (eq) *eq = 0;
            keys[nk] = tok;
            vals[nk++] = eq ? eq + 1 : "true";
            tok = next ? next + 2 : NULL;
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (!rg_pg_is(opts[i], T_DefElem)) continue;
        const pg_DefElem *de = opts[i]->def_elem;
        const char *k = *de->defnamespace ? rg_arena_printf(a, "%s.%s", de->defnamespace, de->defname) : de->defname;
        size_t j = 0;
        while (j < nk && strcmp(keys[j], k)) j++;
        if (reset) {
            if (j < nk) {
                memmove(&keys[j], &keys[j + 1], (nk - j - 1) * sizeof *keys);
                memmove(&vals[j], &vals[j + 1], (nk - j - 1) * sizeof *vals);
                nk--;
            }
            continue;
        }
        const char *v = defelem_str(a, de);
        if (j == nk && nk < 128) keys[nk++] = k;
        if (j < nk) vals[j] = v ? v : "true";
    }
    if (nk == 0) return NULL;
    rg_buf b = {0};
    for (size_t i = 0; i < nk; i++) rg_buf_printf(&b, "%s%s=%s", i ? ", " : "", keys[i], vals[i]);
    const char *s = rg_arena_strdup(a, b.s);
    rg_buf_free(&b);
    return s;
}

static rg_column *need_column(ictx *x, rg_table *t, const char *name)
{
    rg_column *col = rg_table_column(t, name);
    if (!col) ierr(x, 0, "42703", "column \"%s\" of relation \"%s\" does not exist", name, t->name);
    return col;
}

static rg_sequence *identity_seq_of(rg_catalog *c, const rg_column *col)
{
    if (!col->identity_seq) return NULL;
    rg_relref *r = rg_map_get(&c->relation_map, col->identity_seq);
    return r && r->kind == RG_REL_SEQUENCE ? r->obj : NULL;
}

static void drop_column(ictx *x, rg_table *t, const pg_AlterTableCmd *cmd)
{
    rg_catalog *c = x->c;
    rg_column *col = rg_table_column(t, cmd->name);
    if (!col) {
        if (cmd->missing_ok)
            inote(x, 0, "skipped", "column \"%s\" of relation \"%s\" does not exist, skipping", cmd->name, t->name);
        else
            ierr(x, 0, "42703", "column \"%s\" of relation \"%s\" does not exist", cmd->name, t->name);
        return;
    }
    const char *name = col->name;
    col->dropped = true;
    rg_map_del(&t->column_map, name);
    /* owned sequences (serial/identity) of the column go too */
    const char *own = rg_arena_printf(c->arena, "%s.%s.%s", t->schema, t->name, name);
    catidx_list l = catidx_owned_sequences(c, t->schema, t->name);
    for (size_t i = 0; i < l.n; i++) {
        rg_sequence *s = &c->sequences.v[l.v[i]];
        if (!s->dropped && s->owned_by && !strcmp(s->owned_by, own)) {
            s->dropped = true;
            rel_unregister(c, s->schema, s->name);
        }
    }
    free(l.v);
    drop_column_deps(x, t, name, cmd->behavior == DROP_CASCADE);
}

static void drop_constraint(ictx *x, rg_table *t, const pg_AlterTableCmd *cmd)
{
    rg_constraint *k = rg_table_constraint(t, cmd->name);
    if (!k) {
        if (cmd->missing_ok)
            inote(x, 0, "skipped", "constraint \"%s\" of relation \"%s\" does not exist, skipping", cmd->name, t->name);
        else
            ierr(x, 0, "42704", "constraint \"%s\" of relation \"%s\" does not exist", cmd->name, t->name);
        return;
    }
    if (k->inherited) { /* ATExecDropConstraint: coninhcount > 0 */
        ierr(x, 0, "42P16", "cannot drop inherited constraint \"%s\" of relation \"%s\"", cmd->name, t->name);
        return;
    }
    if (k->kind == RG_CON_PRIMARY || k->kind == RG_CON_UNIQUE) {
        /* FKs that rely on this key: PostgreSQL needs CASCADE; we drop them
         * either way rather than leave dangling references. */
        catidx_list l = catidx_fk_referrers(x->c, t->schema, t->name);
        for (size_t i = 0; i < l.n; i++) {
            rg_table *o = &x->c->tables.v[l.v[i]];
            if (o->dropped) continue;
            for (size_t j = 0; j < o->constraints.n; j++) {
                rg_constraint *fk = &o->constraints.v[j];
                if (fk->dropped || fk->kind != RG_CON_FOREIGN || strcmp(fk->ref_schema, t->schema) ||
                    strcmp(fk->ref_table, t->name) || fk->nref_columns != k->ncolumns)
                    continue;
                bool same = true;
                for (size_t m = 0; m < k->ncolumns && same; m++)
                    same = names_has(k->columns, k->ncolumns, fk->ref_columns[m]);
                if (same && cmd->behavior == DROP_CASCADE) constraint_remove(x, o, fk);
            }
        }
        free(l.v);
    }
    constraint_remove(x, t, k);
    if (t->kind == RG_TABLE_PARTITIONED &&
        (k->kind == RG_CON_PRIMARY || k->kind == RG_CON_UNIQUE || k->kind == RG_CON_EXCLUSION))
        drop_attached(x, t->schema, k->name, t->schema, t->name);
}

/* ADD CONSTRAINT ... USING INDEX idx: the index becomes the constraint's,
 * renamed to the constraint name. */
static void add_constraint_using_index(ictx *x, rg_table *t, const pg_Constraint *k)
{
    rg_catalog *c = x->c;
    rg_relref *r = rel_find(c, t->schema, k->indexname);
    rg_index *ix = r && r->kind == RG_REL_INDEX ? r->obj : NULL;
    if (!ix) {
        ierr(x, k->location, "42704", "index \"%s\" does not exist", k->indexname);
        return;
    }
    const char *name = *k->conname ? k->conname : ix->name;
    if (rg_table_constraint(t, name)) {
        ierr(x, k->location, "42710", "constraint \"%s\" for relation \"%s\" already exists", name, t->name);
        return;
    }
    drop_index(x, ix);
    if (strcmp(name, ix->name) != 0 && rel_name_taken(c, t->schema, name)) {
        ierr(x, k->location, "42P07", "relation \"%s\" already exists", name);
        return;
    }
    rg_conkind kind = k->contype == CONSTR_PRIMARY ? RG_CON_PRIMARY : RG_CON_UNIQUE;
    const char **cols = rg_arena_alloc(c->arena, (ix->nelems ? ix->nelems : 1) * sizeof *cols);
    for (size_t i = 0; i < ix->nelems; i++) cols[i] = ix->elems[i].column ? ix->elems[i].column : "?";
    rg_constraint *con = con_push(c, t, name, kind, x);
    con->columns = cols;
    con->ncolumns = ix->nelems;
    con->include = ix->include;
    con->ninclude = ix->ninclude;
    con->index_options = ix->options;
    con->index_tablespace = ix->tablespace;
    con->nulls_not_distinct = ix->nulls_not_distinct;
    con->deferrable = k->deferrable;
    con->deferred = k->initdeferred;
    /* An index attached to a parent's plain index stays attached, now as
     * the key's index. */
    if (ix->attached_to) {
        rg_relref *pr = rg_map_get(&c->relation_map, ix->attached_to);
        if (pr && pr->kind == RG_REL_INDEX && pr->obj) con->index_attached_to = ix->attached_to;
    }
    rel_register(c, t->schema, name, RG_REL_INDEX, NULL, ckey(c, t->schema, t->name));
    if (kind == RG_CON_PRIMARY) mark_not_null(t, cols, ix->nelems);
}

static void alter_add_constraint(ictx *x, rg_table *t, const pg_Constraint *k)
{
    if (*k->indexname &&
        (k->contype == CONSTR_PRIMARY || k->contype == CONSTR_UNIQUE)) {
        add_constraint_using_index(x, t, k);
        return;
    }
    pendvec pv = {0};
    pending *p = rg_vec_push(x->c->arena, &pv);
    p->k = k;
    add_pending(x, t, &pv, true);
}

typedef struct colref_scan {
    const rg_table *t;
    const char *col;
    bool names_table, names_col;
} colref_scan;

static rg_pg_step scan_colrefs(const rg_pg_visit *v, void *ctx)
{
    colref_scan *s = ctx;
    if (v->kind == T_RangeVar) {
        const pg_RangeVar *rv = v->msg;
        if (!strcmp(rv->relname, s->t->name) && (!*rv->schemaname || !strcmp(rv->schemaname, s->t->schema)))
            s->names_table = true;
    } else if (v->kind == T_ColumnRef) {
        const pg_ColumnRef *cr = v->msg;
        if (cr->n_fields) {
            const pg_node *last = cr->fields[cr->n_fields - 1];
            if (rg_pg_is(last, T_A_Star) || !strcmp(rg_pg_str(last), s->col)) s->names_col = true;
        }
    }
    return s->names_table && s->names_col ? RG_PG_STOP : RG_PG_NEXT;
}

/* ATPrepAlterColumnType / ATExecAlterColumnType (PostgreSQL 15): a column
 * a view reads keeps its type (0A000); without USING the old type needs an
 * assignment cast to the new one (42804); a USING expression must resolve. */
static bool type_change_allowed(ictx *x, const rg_table *t, const rg_column *col, const char *type,
                                const pg_node *using_expr)
{
    rg_catalog *c = x->c;
    if (!type || !strcmp(type, col->type)) return true;
    /* a view reading the column names the table in a RangeVar */
    catidx_list l = catidx_views_naming(c, t->name);
    for (size_t i = 0; i < l.n; i++) {
        const rg_view *v = &c->views.v[l.v[i]];
        if (v->dropped || !v->query.node || (v->query.key && !strstr(v->query.key, t->name))) continue;
        colref_scan s = {t, col->name, false, false};
        rg_pg_walk(v->query.node, scan_colrefs, &s);
        if (s.names_table && s.names_col) {
            free(l.v);
            ierr(x, 0, "0A000", "cannot alter type of a column used by a view or rule");
            return false;
        }
    }
    free(l.v);
    if (using_expr) return !expr_rejected(x, t, using_expr, 0);
    return !sql_rejects(x, &(rg_sql_probe){.kind = RG_SQL_CAST, .text = col->name, .from_type = col->type,
                                           .to_type = type}, 0);
}

static void alter_column_type(ictx *x, rg_table *t, const pg_AlterTableCmd *cmd)
{
    rg_column *col = need_column(x, t, cmd->name);
    if (!col || !rg_pg_is(cmd->def, T_ColumnDef)) return;
    const pg_ColumnDef *cd = cmd->def->column_def;
    const char *type = column_type(x, t, cd->type_name);
    if (!type_change_allowed(x, t, col, type, cd->raw_default)) return;
    col->type = type;
    /* PostgreSQL: without COLLATE the column takes the new type's default collation. */
    col->collation = cd->coll_clause ? collation_name(x->c->arena, cd->coll_clause->collname, cd->coll_clause->n_collname)
                                     : NULL;
    rg_sequence *s = identity_seq_of(x->c, col);
    if (s && (!strcmp(col->type, "integer") || !strcmp(col->type, "smallint") || !strcmp(col->type, "bigint")))
        seq_set_type(s, col->type); /* the identity sequence follows the column type */
}

static void set_trigger_state(ictx *x, rg_table *t, const char *name, char state, bool all)
{
    if (all) {
        for (size_t i = 0; i < t->triggers.n; i++)
            if (!t->triggers.v[i].dropped) t->triggers.v[i].enabled = state;
        return;
    }
    rg_trigger *tr = rg_map_get(&t->trigger_map, name);
    if (!tr) {
        ierr(x, 0, "42704", "trigger \"%s\" for table \"%s\" does not exist", name, t->name);
        return;
    }
    tr->enabled = state;
}

/* NO INHERIT / DETACH PARTITION: what the child inherited stays, as its
 * own (RemoveInheritance marks the constraints local). */
/* NO INHERIT / DETACH PARTITION: what came from the parent is the
 * table's own (a partition has one parent: all of its clones go). */
static void constraints_become_local(rg_table *t, const rg_table *parent, bool partition)
{
    for (size_t i = 0; i < t->constraints.n; i++) {
        rg_constraint *k = &t->constraints.v[i];
        if (k->dropped) continue;
        if (partition || rg_table_constraint(parent, k->name)) k->inherited = false;
        if (!k->is_local && rg_table_constraint(parent, k->name)) k->is_local = true;
    }
}

static void attach_partition(ictx *x, rg_table *t, const pg_PartitionCmd *pc)
{
    rg_table *child = table_get(x->c, pc->name->schemaname, pc->name->relname);
    if (!child) {
        ierr(x, pc->name->location, "42P01", "relation \"%s\" does not exist", pc->name->relname);
        return;
    }
    if (t->kind != RG_TABLE_PARTITIONED) {
        ierr(x, pc->name->location, "42809", "table \"%s\" is not partitioned", t->name);
        return;
    }
    child->parent_schema = t->schema;
    child->parent_table = t->name;
    catidx_note_table(x->c, child);
    if (pc->bound) child->partition_bound = partition_bound(x, t, pc->bound);
    for (size_t i = 0; i < child->columns.n; i++)
        if (!child->columns.v[i].dropped && rg_table_column(t, child->columns.v[i].name))
            child->columns.v[i].inh_count++;
    x->c->nchild_tables++;
    partition_clone_parent(x, t, child);
}

static void detach_partition(ictx *x, rg_table *t, const pg_PartitionCmd *pc)
{
    rg_table *child = table_get(x->c, pc->name->schemaname, pc->name->relname);
    if (!child || !child->parent_table || strcmp(child->parent_table, t->name)) {
        ierr(x, pc->name->location, "42P01", "relation \"%s\" is not a partition of relation \"%s\"", pc->name->relname, t->name);
        return;
    }
    child->parent_schema = child->parent_table = NULL;
    memset(&child->partition_bound, 0, sizeof child->partition_bound);
    constraints_become_local(child, t, true);
    /* the partition's indexes are no longer attached to the parent's */
    rg_catalog *c = x->c;
    catidx_list l = catidx_indexes_on(c, child->schema, child->name);
    for (size_t i = 0; i < l.n; i++) {
        rg_index *ix = &c->indexes.v[l.v[i]];
        if (!ix->dropped && ix->attached_to && !strcmp(ix->table_schema, child->schema) &&
            !strcmp(ix->table_name, child->name))
            ix->attached_to = NULL;
    }
    free(l.v);
    for (size_t i = 0; i < child->constraints.n; i++) child->constraints.v[i].index_attached_to = NULL;
    for (size_t i = 0; i < child->columns.n; i++) {
        rg_column *col = &child->columns.v[i];
        if (col->inh_count > 0) col->inh_count--;
        if (col->inh_count == 0) col->is_local = true;
    }
}

static void inherit_change(ictx *x, rg_table *t, const pg_RangeVar *rv, bool add)
{
    rg_catalog *c = x->c;
    rg_table *p = table_get(c, rv->schemaname, rv->relname);
    if (!p) {
        ierr(x, rv->location, "42P01", "relation \"%s\" does not exist", rv->relname);
        return;
    }
    const char *key = ckey(c, p->schema, p->name);
    const char **v = rg_arena_alloc(c->arena, (t->ninherits + 1) * sizeof *v);
    size_t n = 0;
    for (size_t i = 0; i < t->ninherits; i++)
        if (strcmp(t->inherits[i], key)) v[n++] = t->inherits[i];
    if (add) v[n++] = key;
    t->inherits = v;
    t->ninherits = n;
    if (add) c->nchild_tables++;
    for (size_t i = 0; i < p->columns.n; i++) {
        if (p->columns.v[i].dropped) continue;
        rg_column *col = rg_table_column(t, p->columns.v[i].name);
        if (!col) continue;
        if (add) col->inh_count++;
        else if (col->inh_count > 0 && --col->inh_count == 0) col->is_local = true;
    }
    if (!add) constraints_become_local(t, p, false);
}

static void set_identity(ictx *x, rg_table *t, const pg_AlterTableCmd *cmd)
{
    rg_column *col = need_column(x, t, cmd->name);
    if (!col) return;
    if (!col->identity) {
        ierr(x, 0, "55000", "column \"%s\" of relation \"%s\" is not an identity column", cmd->name, t->name);
        return;
    }
    if (!rg_pg_is(cmd->def, T_List)) return;
    const pg_List *l = cmd->def->list;
    rg_sequence *s = identity_seq_of(x->c, col);
    /* the sequence options go to AlterSequence together: bounds are
     * checked once, against all of them */
    pg_node **opts = rg_arena_alloc(x->c->arena, (l->n_items + 1) * sizeof *opts);
    size_t n = 0;
    for (size_t i = 0; i < l->n_items; i++) {
        if (!rg_pg_is(l->items[i], T_DefElem)) continue;
        const pg_DefElem *de = l->items[i]->def_elem;
        if (!strcmp(de->defname, "generated")) {
            long long v = 0;
            if (defelem_int(de, &v)) col->identity = (char)v;
        } else {
            opts[n++] = l->items[i];
        }
    }
    if (s && n) seq_apply_options(x, s, opts, n, false);
}

static void drop_identity(ictx *x, rg_table *t, const pg_AlterTableCmd *cmd)
{
    rg_column *col = rg_table_column(t, cmd->name);
    if (!col || !col->identity) {
        if (!cmd->missing_ok) ierr(x, 0, "55000", "column \"%s\" of relation \"%s\" is not an identity column", cmd->name, t->name);
        return;
    }
    rg_sequence *s = identity_seq_of(x->c, col);
    if (s) {
        s->dropped = true;
        rel_unregister(x->c, s->schema, s->name);
    }
    col->identity = 0;
    col->identity_seq = NULL;
}

/* The columns of the index named `name` on t (a constraint's or a plain
 * index), or NULL. */
static const char *const *index_columns_named(ictx *x, const rg_table *t, const char *name, size_t *n)
{
    const rg_constraint *k = rg_table_constraint(t, name);
    if (k && k->kind != RG_CON_CHECK && k->kind != RG_CON_FOREIGN) {
        *n = k->ncolumns;
        return k->columns;
    }
    rg_index *ix = rg_catalog_index(x->c, t->schema, name);
    if (!ix) return NULL;
    const char **v = rg_arena_alloc(x->c->arena, (ix->nelems + 1) * sizeof *v);
    *n = 0;
    for (size_t i = 0; i < ix->nelems; i++)
        if (ix->elems[i].column) v[(*n)++] = ix->elems[i].column;
    return v;
}

/* ATExecDropNotNull (PostgreSQL 15): identity columns, key columns, the
 * replica identity index's columns and a partition's columns its parent
 * holds NOT NULL keep it (42P16). */
static bool drop_not_null_allowed(ictx *x, const rg_table *t, const rg_column *col)
{
    if (col->identity) {
        ierr(x, 0, "42601", "column \"%s\" of relation \"%s\" is an identity column", col->name, t->name);
        return false;
    }
    for (size_t i = 0; i < t->constraints.n; i++) {
        const rg_constraint *k = &t->constraints.v[i];
        if (!k->dropped && k->kind == RG_CON_PRIMARY && names_has(k->columns, k->ncolumns, col->name)) {
            ierr(x, 0, "42P16", "column \"%s\" is in a primary key", col->name);
            return false;
        }
    }
    if (t->replica_identity == 'i' && t->replica_index) {
        size_t n = 0;
        const char *const *cols = index_columns_named(x, t, t->replica_index, &n);
        if (cols && names_has(cols, n, col->name)) {
            ierr(x, 0, "42P16", "column \"%s\" is in index used as replica identity", col->name);
            return false;
        }
    }
    if (t->parent_table) {
        const rg_table *p = table_get(x->c, t->parent_schema, t->parent_table);
        const rg_column *pc = p ? rg_table_column(p, col->name) : NULL;
        if (pc && pc->not_null) {
            ierr(x, 0, "42P16", "column \"%s\" is marked NOT NULL in parent table", col->name);
            return false;
        }
    }
    return true;
}

static void alter_table_cmd(ictx *x, rg_table *t, const pg_AlterTableCmd *cmd)
{
    rg_catalog *c = x->c;
    rg_column *col;
    rg_normctx nx = nctx(c, t);
    switch (cmd->subtype) {
    case AT_AddColumn:
    case AT_AddColumnRecurse: {
        if (!rg_pg_is(cmd->def, T_ColumnDef)) return;
        const pg_ColumnDef *cd = cmd->def->column_def;
        if (rg_table_column(t, cd->colname)) {
            if (cmd->missing_ok)
                inote(x, cd->location, "skipped", "column \"%s\" of relation \"%s\" already exists, skipping",
                      cd->colname, t->name);
            else
                ierr(x, cd->location, "42701", "column \"%s\" of relation \"%s\" already exists", cd->colname, t->name);
            return;
        }
        pendvec pv = {0};
        add_column(x, t, cd, &pv);
        add_pending(x, t, &pv, true);
        break;
    }
    case AT_ColumnDefault:
        if (!(col = need_column(x, t, cmd->name)) || expr_rejected(x, t, cmd->def, 0)) return;
        col->has_default = cmd->def != NULL && !null_default(cmd->def);
        if (col->has_default) col->dflt = rg_norm_expr_typed(&nx, cmd->def, col->type);
        else memset(&col->dflt, 0, sizeof col->dflt);
        break;
    case AT_DropNotNull:
        if ((col = need_column(x, t, cmd->name)) && drop_not_null_allowed(x, t, col)) col->not_null = false;
        break;
    case AT_SetNotNull:
        if ((col = need_column(x, t, cmd->name))) col->not_null = true;
        break;
    case AT_DropExpression:
        if ((col = need_column(x, t, cmd->name))) {
            col->generated = 0;
            memset(&col->gen_expr, 0, sizeof col->gen_expr);
        }
        break;
    case AT_SetStatistics:
        if (!(col = need_column(x, t, cmd->name))) return;
        if (rg_pg_is(cmd->def, T_Integer)) col->stats_target = cmd->def->integer->ival;
        break;
    case AT_SetStorage:
        if ((col = need_column(x, t, cmd->name)) && rg_pg_is(cmd->def, T_String)) col->storage = cmd->def->string->sval;
        break;
    case AT_SetCompression:
        if ((col = need_column(x, t, cmd->name)) && rg_pg_is(cmd->def, T_String)) col->compression = cmd->def->string->sval;
        break;
    case AT_DropColumn:
    case AT_DropColumnRecurse:
        drop_column(x, t, cmd);
        break;
    case AT_AddIndex:
        if (rg_pg_is(cmd->def, T_IndexStmt)) apply_create_index(x, cmd->def->index_stmt);
        break;
    case AT_AddConstraint:
    case AT_AddConstraintRecurse:
        if (rg_pg_is(cmd->def, T_Constraint)) alter_add_constraint(x, t, cmd->def->constraint);
        break;
    case AT_ValidateConstraint:
    case AT_ValidateConstraintRecurse: {
        rg_constraint *k = rg_table_constraint(t, cmd->name);
        if (!k) ierr(x, 0, "42704", "constraint \"%s\" of relation \"%s\" does not exist", cmd->name, t->name);
        else k->not_valid = false;
        break;
    }
    case AT_AlterConstraint: {
        if (!rg_pg_is(cmd->def, T_Constraint)) return;
        const pg_Constraint *d = cmd->def->constraint;
        rg_constraint *k = rg_table_constraint(t, d->conname);
        if (!k) {
            ierr(x, 0, "42704", "constraint \"%s\" of relation \"%s\" does not exist", d->conname, t->name);
            return;
        }
        k->deferrable = d->deferrable;
        k->deferred = d->initdeferred;
        break;
    }
    case AT_DropConstraint:
    case AT_DropConstraintRecurse:
        drop_constraint(x, t, cmd);
        break;
    case AT_AlterColumnType:
        alter_column_type(x, t, cmd);
        break;
    case AT_ChangeOwner:   /* owners are not modelled */
    case AT_ClusterOn:     /* physical order only */
    case AT_DropCluster:
    case AT_DropOids:
    case AT_SetOptions:    /* per-column n_distinct etc. */
    case AT_ResetOptions:
    case AT_EnableRule:    /* rules are opaque */
    case AT_EnableAlwaysRule:
    case AT_EnableReplicaRule:
    case AT_DisableRule:
        break;
    case AT_SetLogged: t->persistence = 'p'; break;
    case AT_SetUnLogged: t->persistence = 'u'; break;
    case AT_SetAccessMethod:
        t->access_method = *cmd->name && strcmp(cmd->name, "heap") ? cmd->name : NULL;
        break;
    case AT_SetTableSpace: t->tablespace = *cmd->name ? cmd->name : NULL; break;
    case AT_SetRelOptions:
    case AT_ResetRelOptions:
    case AT_ReplaceRelOptions:
        if (rg_pg_is(cmd->def, T_List)) {
            const char *base = cmd->subtype == AT_ReplaceRelOptions ? NULL : t->options;
            t->options = options_merge(c->arena, base, cmd->def->list->items, cmd->def->list->n_items,
                                       cmd->subtype == AT_ResetRelOptions);
        }
        break;
    case AT_EnableTrig: set_trigger_state(x, t, cmd->name, 'O', false); break;
    case AT_EnableAlwaysTrig: set_trigger_state(x, t, cmd->name, 'A', false); break;
    case AT_EnableReplicaTrig: set_trigger_state(x, t, cmd->name, 'R', false); break;
    case AT_DisableTrig: set_trigger_state(x, t, cmd->name, 'D', false); break;
    case AT_EnableTrigAll:
    case AT_EnableTrigUser: set_trigger_state(x, t, NULL, 'O', true); break;
    case AT_DisableTrigAll:
    case AT_DisableTrigUser: set_trigger_state(x, t, NULL, 'D', true); break;
    case AT_AddInherit:
        if (rg_pg_is(cmd->def, T_RangeVar)) inherit_change(x, t, cmd->def->range_var, true);
        break;
    case AT_DropInherit:
        if (rg_pg_is(cmd->def, T_RangeVar)) inherit_change(x, t, cmd->def->range_var, false);
        break;
    case AT_ReplicaIdentity:
        if (rg_pg_is(cmd->def, T_ReplicaIdentityStmt)) {
            const pg_ReplicaIdentityStmt *ri = cmd->def->replica_identity_stmt;
            t->replica_identity = *ri->identity_type ? *ri->identity_type : 'd';
            t->replica_index = t->replica_identity == 'i' ? ri->name : NULL;
        }
        break;
    case AT_EnableRowSecurity: t->rls_enabled = true; break;
    case AT_DisableRowSecurity: t->rls_enabled = false; break;
    case AT_ForceRowSecurity: t->rls_forced = true; break;
    case AT_NoForceRowSecurity: t->rls_forced = false; break;
    case AT_GenericOptions:
        if (rg_pg_is(cmd->def, T_List))
            t->foreign_options = options_merge(c->arena, t->foreign_options, cmd->def->list->items,
                                               cmd->def->list->n_items, false);
        break;
    case AT_AttachPartition:
        if (rg_pg_is(cmd->def, T_PartitionCmd)) attach_partition(x, t, cmd->def->partition_cmd);
        break;
    case AT_DetachPartition:
    case AT_DetachPartitionFinalize:
        if (rg_pg_is(cmd->def, T_PartitionCmd)) detach_partition(x, t, cmd->def->partition_cmd);
        break;
    case AT_AddIdentity:
        if (!(col = need_column(x, t, cmd->name)) || !rg_pg_is(cmd->def, T_Constraint)) return;
        /* ATExecAddIdentity, in PostgreSQL 15's order */
        if (!col->not_null) {
            ierr(x, 0, "55000", "column \"%s\" of relation \"%s\" must be declared NOT NULL before identity can be added",
                 cmd->name, t->name);
            return;
        }
        if (col->identity) {
            ierr(x, 0, "55000", "column \"%s\" of relation \"%s\" is already an identity column", cmd->name, t->name);
            return;
        }
        if (col->has_default) {
            ierr(x, 0, "55000", "column \"%s\" of relation \"%s\" already has a default value", cmd->name, t->name);
            return;
        }
        make_identity(x, t, cmd->name, col->type,
                      *cmd->def->constraint->generated_when ? *cmd->def->constraint->generated_when : 'a',
                      cmd->def->constraint->options, cmd->def->constraint->n_options);
        break;
    case AT_SetIdentity: set_identity(x, t, cmd); break;
    case AT_DropIdentity: drop_identity(x, t, cmd); break;
    default:
        inote(x, 0, "unmodelled", "ALTER TABLE subcommand %d on \"%s\" is not modelled; ignored", (int)cmd->subtype,
              t->name);
        break;
    }
}

/* ALTER INDEX / ALTER VIEW / ALTER SEQUENCE spelled through AlterTableStmt. */
static void alter_other(ictx *x, rg_relref *r, const pg_AlterTableStmt *as)
{
    for (size_t i = 0; i < as->n_cmds; i++) {
        if (!rg_pg_is(as->cmds[i], T_AlterTableCmd)) continue;
        const pg_AlterTableCmd *cmd = as->cmds[i]->alter_table_cmd;
        if (cmd->subtype == AT_ChangeOwner) continue;
        if (r->kind == RG_REL_INDEX && r->obj) {
            rg_index *ix = r->obj;
            if (cmd->subtype == AT_AttachPartition && rg_pg_is(cmd->def, T_PartitionCmd)) {
                const pg_RangeVar *cv = cmd->def->partition_cmd->name;
                rg_relref *cr = rel_find(x->c, *cv->schemaname ? cv->schemaname : ix->schema, cv->relname);
                if (!cr || cr->kind != RG_REL_INDEX) {
                    ierr(x, cv->location, "42704", "index \"%s\" does not exist", cv->relname);
                    continue;
                }
                if (cr->obj) {
                    ((rg_index *)cr->obj)->attached_to = ckey(x->c, ix->schema, ix->name);
                    catidx_note_index(x->c, cr->obj);
                } else if (cr->owner_table) {
                    /* a partition's key index under a parent's plain index */
                    const char *dot = strchr(cr->owner_table, '.');
                    rg_table *ct = dot ? table_get(x->c, rg_arena_strndup(x->c->arena, cr->owner_table,
                                                                           (size_t)(dot - cr->owner_table)), dot + 1)
                                       : NULL;
                    rg_constraint *k = ct ? rg_table_constraint(ct, cv->relname) : NULL;
                    if (k) {
                        k->index_attached_to = ckey(x->c, ix->schema, ix->name);
                        catidx_note_table(x->c, ct);
                    }
                }
                index_only_update(x, ix);
                continue;
            }
            if (cmd->subtype == AT_SetRelOptions ||
                cmd->subtype == AT_ResetRelOptions) {
                if (rg_pg_is(cmd->def, T_List))
                    ix->options = options_merge(x->c->arena, ix->options, cmd->def->list->items, cmd->def->list->n_items,
                                                cmd->subtype == AT_ResetRelOptions);
                continue;
            }
            if (cmd->subtype == AT_SetTableSpace) {
                ix->tablespace = *cmd->name ? cmd->name : NULL;
                continue;
            }
        }
        if (r->kind == RG_REL_INDEX && !r->obj && cmd->subtype == AT_AttachPartition) {
            /* Under a parent's key: the partition's key becomes its clone
             * (coninhcount > 0), as ADD CONSTRAINT on the parent would
             * have made it; dropping the parent's key takes it along. */
            if (rg_pg_is(cmd->def, T_PartitionCmd)) {
                const pg_RangeVar *cv = cmd->def->partition_cmd->name;
                const char *ps = *as->relation->schemaname ? as->relation->schemaname : "public";
                rg_relref *cr = rel_find(x->c, *cv->schemaname ? cv->schemaname : ps, cv->relname);
                const char *dot = cr && cr->kind == RG_REL_INDEX && cr->owner_table ? strchr(cr->owner_table, '.') : NULL;
                rg_table *ct = dot ? table_get(x->c, rg_arena_strndup(x->c->arena, cr->owner_table,
                                                                       (size_t)(dot - cr->owner_table)), dot + 1)
                                   : NULL;
                rg_constraint *k = ct ? rg_table_constraint(ct, cv->relname) : NULL;
                if (k) k->inherited = true;
            }
            continue;
        }
        if (r->kind == RG_REL_SEQUENCE && (cmd->subtype == AT_SetLogged ||
                                           cmd->subtype == AT_SetUnLogged)) {
            ((rg_sequence *)r->obj)->persistence = cmd->subtype == AT_SetLogged ? 'p' : 'u';
            continue;
        }
        if (r->kind == RG_REL_VIEW && (cmd->subtype == AT_SetRelOptions ||
                                       cmd->subtype == AT_ResetRelOptions)) {
            rg_view *v = r->obj;
            if (rg_pg_is(cmd->def, T_List))
                v->options = options_merge(x->c->arena, v->options, cmd->def->list->items, cmd->def->list->n_items,
                                           cmd->subtype == AT_ResetRelOptions);
            continue;
        }
        inote(x, 0, "unmodelled", "ALTER subcommand %d on \"%s\" is not modelled; ignored", (int)cmd->subtype,
              as->relation->relname);
    }
}

/* ---- recursion to inheritance children and partitions (no ONLY) -------- */

static void child_add_column(ictx *x, rg_table *child, const rg_column *pc)
{
    rg_column *col = rg_table_column(child, pc->name);
    if (col) {
        col->inh_count++; /* merged with the child's own column */
        return;
    }
    rg_column copy = *pc; /* by value: pc may live in a vector we push to */
    col = column_push(x->c, child);
    col->name = copy.name;
    col->type = copy.type;
    col->collation = copy.collation;
    col->not_null = copy.not_null;
    col->has_default = copy.has_default;
    col->dflt = copy.dflt;
    col->generated = copy.generated;
    col->gen_expr = copy.gen_expr;
    col->is_local = false;
    col->inh_count = 1;
    col->origin = copy.origin;
    rg_map_put(&child->column_map, col->name, col);
}

/* The child's copy of the parent constraint `name` (just dropped on the
 * parent, so looked up among dropped ones too): same name, or for a
 * partition's key / unique / exclusion the inherited one on the same
 * columns (it carries the partition's own name). */
static rg_constraint *child_constraint_of(const rg_table *parent, rg_table *child, const char *name)
{
    rg_constraint *kk = rg_table_constraint(child, name);
    if (kk) return kk->inherited ? kk : NULL;
    const rg_constraint *pk = NULL;
    for (size_t i = parent->constraints.n; i-- > 0 && !pk;)
        if (!strcmp(parent->constraints.v[i].name, name)) pk = &parent->constraints.v[i];
    if (!pk || pk->kind == RG_CON_CHECK || pk->kind == RG_CON_FOREIGN) return NULL;
    for (size_t i = 0; i < child->constraints.n; i++) {
        rg_constraint *o = &child->constraints.v[i];
        if (!o->dropped && o->inherited && o->kind == pk->kind && o->ncolumns == pk->ncolumns) {
            bool same = true;
            for (size_t m = 0; m < o->ncolumns && same; m++) same = names_has(pk->columns, pk->ncolumns, o->columns[m]);
            if (same) return o;
        }
    }
    return NULL;
}

static void recurse_cmd(ictx *x, rg_table *t, const pg_AlterTableCmd *cmd, size_t ncon_before, int depth)
{
    rg_catalog *c = x->c;
    if (c->nchild_tables == 0 || depth > 32) return;
    size_t n;
    rg_table **kids = table_children(c, t, false, &n);
    for (size_t i = 0; i < n; i++) {
        rg_table *k = kids[i];
        catidx_note_table(c, k); /* what the parent's command changed there */
        const char *cname = cmd->name;
        rg_column *pc = NULL, *kc = NULL;
        switch (cmd->subtype) {
        case AT_AddColumn:
        case AT_AddColumnRecurse:
            if (rg_pg_is(cmd->def, T_ColumnDef) && (pc = rg_table_column(t, cmd->def->column_def->colname))) {
                child_add_column(x, k, pc);
                recurse_cmd(x, k, cmd, k->constraints.n, depth + 1);
            }
            break;
        case AT_DropColumn:
        case AT_DropColumnRecurse:
            if (!(kc = rg_table_column(k, cname))) break;
            if (kc->inh_count > 0) kc->inh_count--;
            if (kc->is_local || kc->inh_count > 0) break;
            kc->dropped = true;
            rg_map_del(&k->column_map, cname);
            drop_column_deps(x, k, cname, cmd->behavior == DROP_CASCADE);
            recurse_cmd(x, k, cmd, 0, depth + 1);
            break;
        case AT_ColumnDefault:
        case AT_DropNotNull:
        case AT_SetNotNull:
        case AT_AlterColumnType:
            if (!(pc = rg_table_column(t, cname)) || !(kc = rg_table_column(k, cname))) break;
            if (cmd->subtype == AT_ColumnDefault) {
                kc->has_default = pc->has_default;
                kc->dflt = pc->dflt;
            } else if (cmd->subtype == AT_AlterColumnType) {
                kc->type = pc->type;
                kc->collation = pc->collation;
            } else {
                kc->not_null = pc->not_null;
            }
            recurse_cmd(x, k, cmd, 0, depth + 1);
            break;
        case AT_ValidateConstraint:
        case AT_ValidateConstraintRecurse: {
            rg_constraint *kk = rg_table_constraint(k, cname);
            if (kk) kk->not_valid = false;
            recurse_cmd(x, k, cmd, 0, depth + 1);
            break;
        }
        case AT_DropConstraint:
        case AT_DropConstraintRecurse: {
            rg_constraint *kk = child_constraint_of(t, k, cname);
            if (!kk) break;
            if (!kk->is_local || (k->parent_table && kk->kind != RG_CON_CHECK)) {
                /* a partition's key, unique or foreign key goes with its parent's */
                pg_AlterTableCmd sub = *cmd;
                sub.name = (char *)kk->name;
                recurse_cmd(x, k, &sub, 0, depth + 1);
                constraint_remove(x, k, kk);
            } else {
                kk->inherited = false; /* merged: stays as the child's own */
            }
            break;
        }
        default:
            break;
        }
    }
    free(kids);
    if (depth == 0 && (cmd->subtype == AT_AddConstraint ||
                       cmd->subtype == AT_AddConstraintRecurse ||
                       cmd->subtype == AT_AddColumn ||
                       cmd->subtype == AT_AddColumnRecurse))
        constraints_recurse_from(x, t, ncon_before);
}

void apply_alter_table(ictx *x, const pg_AlterTableStmt *as)
{
    if (!as->relation) return;
    if (as->objtype == OBJECT_TYPE) {
        apply_alter_composite(x, as);
        return;
    }
    rg_relref *r = rel_find_rv(x->c, as->relation, NULL);
    if (!r) {
        if (as->missing_ok)
            inote(x, as->relation->location, "skipped", "relation \"%s\" does not exist, skipping", as->relation->relname);
        else
            ierr(x, as->relation->location, "42P01", "relation \"%s\" does not exist", as->relation->relname);
        return;
    }
    if (r->kind != RG_REL_TABLE) {
        alter_other(x, r, as);
        return;
    }
    rg_table *t = r->obj;
    bool recurse = as->relation->inh; /* no ONLY */
    for (size_t i = 0; i < as->n_cmds; i++) {
        if (!rg_pg_is(as->cmds[i], T_AlterTableCmd)) continue;
        const pg_AlterTableCmd *cmd = as->cmds[i]->alter_table_cmd;
        size_t ncon = t->constraints.n;
        int nerr = x->nerr;
        alter_table_cmd(x, t, cmd);
        catidx_note_table(x->c, t); /* a default, a column type, an expression may have changed */
        if (recurse && x->nerr == nerr) recurse_cmd(x, t, cmd, ncon, 0);
    }
}
