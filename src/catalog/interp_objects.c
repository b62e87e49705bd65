/*
 * interp_objects.c — the catalog's non-table objects: sequences (with
 * PostgreSQL's option defaults), views and materialized views, functions
 * and procedures (identity signature, canonical attributes), triggers,
 * policies, enum/composite/range/base types, domains, and grants.
 */
#include "catalog/interp_int.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>

static rg_origin origin_of(ictx *x)
{
    rg_origin o = {x->st->src, x->st->offset};
    return o;
}

/* ---- sequences ------------------------------------------------------------ */

static long long type_max(const char *t)
{
    if (t && !strcmp(t, "smallint")) return 32767;
    if (t && !strcmp(t, "integer")) return 2147483647LL;
    return INT64_MAX;
}

static long long type_min(const char *t)
{
    if (t && !strcmp(t, "smallint")) return -32768;
    if (t && !strcmp(t, "integer")) return -2147483648LL;
    return INT64_MIN;
}

void seq_set_type(rg_sequence *s, const char *type)
{
    bool reset_max = s->max == type_max(s->type);
    bool reset_min = s->min == type_min(s->type);
    s->type = type;
    if (reset_max) s->max = s->increment > 0 || reset_max ? type_max(type) : -1;
    if (reset_min) s->min = type_min(type);
}

/* init_params() of sequence.c (PostgreSQL 15), including which defaults
 * apply at CREATE and which only when the option is named. */
void seq_apply_options(ictx *x, rg_sequence *s, pg_node *const *opts, size_t n, bool init)
{
    rg_catalog *c = x->c;
    const pg_DefElem *as = NULL, *inc = NULL, *minv = NULL, *maxv = NULL, *start = NULL, *cache = NULL,
                           *cycle = NULL, *owned = NULL, *restart = NULL;
    for (size_t i = 0; i < n; i++) {
        if (!rg_pg_is(opts[i], T_DefElem)) continue;
        const pg_DefElem *de = opts[i]->def_elem;
        const char *k = de->defname;
        if (!strcmp(k, "as")) as = de;
        else if (!strcmp(k, "increment")) inc = de;
        else if (!strcmp(k, "minvalue")) minv = de;
        else if (!strcmp(k, "maxvalue")) maxv = de;
        else if (!strcmp(k, "start")) start = de;
        else if (!strcmp(k, "cache")) cache = de;
        else if (!strcmp(k, "cycle")) cycle = de;
        else if (!strcmp(k, "owned_by")) owned = de;
        else if (!strcmp(k, "restart")) restart = de;
        /* sequence_name: no stored effect here */
    }
    bool reset_max = false, reset_min = false;
    if (as && rg_pg_is(as->arg, T_TypeName)) {
        const char *ty = itype(x, NULL, as->arg->type_name);
        if (!ty || (strcmp(ty, "smallint") && strcmp(ty, "integer") && strcmp(ty, "bigint"))) {
            ierr(x, as->location, "22023", "sequence type must be smallint, integer, or bigint");
        } else {
            if (!init) {
                reset_max = s->max == type_max(s->type);
                reset_min = s->min == type_min(s->type);
            }
            s->type = ty;
        }
    } else if (init) {
        s->type = s->type ? s->type : "bigint";
    }
    long long v;
    if (inc && defelem_int(inc, &v)) {
        if (v == 0) ierr(x, inc->location, "22023", "INCREMENT must not be zero");
        else s->increment = v;
    } else if (init) {
        s->increment = 1;
    }
    if (cycle && rg_pg_is(cycle->arg, T_Boolean)) s->cycle = cycle->arg->boolean->boolval;
    else if (cycle && rg_pg_is(cycle->arg, T_Integer)) s->cycle = cycle->arg->integer->ival != 0;
    if (maxv && maxv->arg && defelem_int(maxv, &v)) s->max = v;
    else if (init || maxv || reset_max) s->max = s->increment > 0 || reset_max ? type_max(s->type) : -1;
    if (minv && minv->arg && defelem_int(minv, &v)) s->min = v;
    else if (init || minv || reset_min) s->min = s->increment < 0 || reset_min ? type_min(s->type) : 1;
    if (start && defelem_int(start, &v)) s->start = v;
    else if (init) s->start = s->increment > 0 ? s->min : s->max;
    if (cache && defelem_int(cache, &v)) s->cache = v;
    else if (init) s->cache = 1;
    /* init_params, in PostgreSQL 15's order */
    if (s->type && s->max > type_max(s->type))
        ierr(x, 0, "22023", "MAXVALUE (%lld) is out of range for sequence data type %s", s->max, s->type);
    else if (s->type && s->min < type_min(s->type))
        ierr(x, 0, "22023", "MINVALUE (%lld) is out of range for sequence data type %s", s->min, s->type);
    else if (s->min >= s->max)
        ierr(x, 0, "22023", "MINVALUE (%lld) must be less than MAXVALUE (%lld)", s->min, s->max);
    else if (s->start < s->min)
        ierr(x, 0, "22023", "START value (%lld) cannot be less than MINVALUE (%lld)", s->start, s->min);
    else if (s->start > s->max)
        ierr(x, 0, "22023", "START value (%lld) cannot be greater than MAXVALUE (%lld)", s->start, s->max);
    else {
        /* RESTART [WITH], else the current value, against the bounds */
        if (init) s->last_value = s->start;
        if (restart) s->last_value = restart->arg && defelem_int(restart, &v) ? v : s->start;
        if (s->last_value < s->min)
            ierr(x, 0, "22023", "RESTART value (%lld) cannot be less than MINVALUE (%lld)", s->last_value, s->min);
        else if (s->last_value > s->max)
            ierr(x, 0, "22023", "RESTART value (%lld) cannot be greater than MAXVALUE (%lld)", s->last_value, s->max);
        else if (s->cache <= 0)
            ierr(x, 0, "22023", "CACHE (%lld) must be greater than zero", s->cache);
    }
    if (owned && rg_pg_is(owned->arg, T_List)) {
        const pg_List *l = owned->arg->list;
        if (l->n_items == 1 && !strcmp(rg_pg_str(l->items[0]), "none")) {
            s->owned_by = NULL;
        } else if (l->n_items >= 2) {
            const char *col = rg_pg_str(l->items[l->n_items - 1]);
            const char *tschema, *tname;
            rg_pg_qname((const pg_node *const *)l->items, l->n_items - 1, &tschema, &tname);
            rg_table *t = table_get(c, tschema, tname);
            if (!t) ierr(x, owned->location, "42P01", "relation \"%s\" does not exist", tname);
            else if (!rg_table_column(t, col)) ierr(x, owned->location, "42703", "column \"%s\" of relation \"%s\" does not exist", col, tname);
            else s->owned_by = rg_arena_printf(c->arena, "%s.%s.%s", t->schema, t->name, col);
        }
        catidx_note_sequence(c, s);
    }
}

size_t seq_create(ictx *x, const char *schema, const char *name, const char *type,
                  pg_node *const *opts, size_t nopts, bool identity)
{
    rg_catalog *c = x->c;
    rg_sequence *s = PUSH(c->arena, &c->sequences, &c->relation_map, NULL, true);
    s->schema = schema;
    s->name = name;
    s->type = type;
    s->persistence = 'p';
    s->identity = identity;
    s->origin = origin_of(x);
    seq_apply_options(x, s, opts, nopts, true);
    rel_register(c, schema, name, RG_REL_SEQUENCE, s, NULL);
    return c->sequences.n - 1;
}

void apply_create_seq(ictx *x, const pg_CreateSeqStmt *cs)
{
    rg_catalog *c = x->c;
    const pg_RangeVar *rv = cs->sequence;
    if (!rv) return;
    const char *schema = creation_schema(x, rv->schemaname);
    if (!schema_exists(c, schema)) {
        ierr(x, rv->location, "3F000", "schema \"%s\" does not exist", schema);
        return;
    }
    if (rel_name_taken(c, schema, rv->relname)) {
        if (cs->if_not_exists) inote(x, rv->location, "skipped", "relation \"%s\" already exists, skipping", rv->relname);
        else ierr(x, rv->location, "42P07", "relation \"%s\" already exists", rv->relname);
        return;
    }
    size_t i = seq_create(x, schema, rv->relname, NULL, cs->options, cs->n_options, false);
    if (*rv->relpersistence) c->sequences.v[i].persistence = *rv->relpersistence;
}

void apply_alter_seq(ictx *x, const pg_AlterSeqStmt *as)
{
    rg_relref *r = rel_find_rv(x->c, as->sequence, NULL);
    if (!r || r->kind != RG_REL_SEQUENCE) {
        if (as->missing_ok) inote(x, 0, "skipped", "relation \"%s\" does not exist, skipping", as->sequence->relname);
        else ierr(x, as->sequence ? as->sequence->location : 0, "42P01", "relation \"%s\" does not exist",
                  as->sequence ? as->sequence->relname : "?");
        return;
    }
    seq_apply_options(x, r->obj, as->options, as->n_options, false);
}

/* ---- views ---------------------------------------------------------------- */

static void view_options(rg_arena *a, rg_view *v, pg_node *const *opts, size_t n)
{
    pg_node **rest = rg_arena_alloc(a, (n ? n : 1) * sizeof *rest);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (rg_pg_is(opts[i], T_DefElem) && !strcmp(opts[i]->def_elem->defname, "check_option")) {
            const char *s = defelem_str(a, opts[i]->def_elem);
            v->check_option = s && !strcmp(s, "cascaded") ? "cascaded" : "local";
        } else {
            rest[k++] = opts[i];
        }
    }
    v->options = reloptions_text(a, rest, k);
}

static rg_view *view_slot(ictx *x, const pg_RangeVar *rv, bool replace, bool if_not_exists,
                          bool materialized, bool *skip)
{
    rg_catalog *c = x->c;
    *skip = false;
    const char *schema = creation_schema(x, rv->schemaname);
    if (!schema_exists(c, schema)) {
        ierr(x, rv->location, "3F000", "schema \"%s\" does not exist", schema);
        *skip = true;
        return NULL;
    }
    rg_relref *r = rel_find(c, schema, rv->relname);
    if (r) {
        if (replace && r->kind == RG_REL_VIEW && !((rg_view *)r->obj)->materialized) return r->obj;
        if (if_not_exists) inote(x, rv->location, "skipped", "relation \"%s\" already exists, skipping", rv->relname);
        else ierr(x, rv->location, "42P07", "relation \"%s\" already exists", rv->relname);
        *skip = true;
        return NULL;
    }
    rg_view *v = PUSH(c->arena, &c->views, &c->relation_map, NULL, true);
    v->schema = schema;
    v->name = rv->relname;
    v->materialized = materialized;
    rel_register(c, schema, v->name, RG_REL_VIEW, v, NULL);
    return v;
}

static void view_query(ictx *x, rg_view *v, const pg_node *query, pg_node *const *aliases, size_t naliases)
{
    rg_catalog *c = x->c;
    rg_normctx nx = nctx(c, NULL);
    const char **cols = NULL;
    size_t ncols = 0;
    v->query = rg_norm_view(&nx, query, &cols, &ncols);
    catidx_note_view(c, v);
    /* More names than derived columns: the query's shape is not fully
     * known (a `*` over a relation we do not model); trust the names. */
    if (naliases > ncols) ncols = naliases;
    const char **out = rg_arena_alloc(c->arena, (ncols ? ncols : 1) * sizeof *out);
    for (size_t i = 0; i < ncols; i++) out[i] = i < naliases ? rg_pg_str(aliases[i]) : cols[i];
    v->columns = out;
    v->ncolumns = ncols;
    v->column_comments = rg_arena_alloc(c->arena, (ncols ? ncols : 1) * sizeof *v->column_comments);
    v->search_path = search_path_text(c);
    v->origin = origin_of(x);
}

void apply_create_view(ictx *x, const pg_ViewStmt *vs)
{
    bool skip;
    if (!vs->view) return;
    /* DefineView analyses the query first: what it names must exist */
    if (sql_rejects(x, &(rg_sql_probe){.kind = RG_SQL_QUERY, .tree = vs->query}, 0)) return;
    rg_view *v = view_slot(x, vs->view, vs->replace, false, false, &skip);
    if (skip) return;
    const char **oldcols = v->columns;
    size_t noldcols = v->ncolumns;
    view_query(x, v, vs->query, vs->aliases, vs->n_aliases);
    /* checkViewColumns: CREATE OR REPLACE may only add columns at the end */
    if (noldcols > v->ncolumns) {
        ierr(x, 0, "42P16", "cannot drop columns from view");
        return;
    }
    for (size_t i = 0; i < noldcols; i++)
        if (strcmp(oldcols[i], v->columns[i]) != 0) {
            ierr(x, 0, "42P16", "cannot change name of view column \"%s\" to \"%s\"", oldcols[i], v->columns[i]);
            return;
        }
    v->check_option = NULL;
    view_options(x->c->arena, v, vs->options, vs->n_options);
    if (vs->with_check_option == LOCAL_CHECK_OPTION) v->check_option = "local";
    else if (vs->with_check_option == CASCADED_CHECK_OPTION) v->check_option = "cascaded";
}

void apply_create_matview(ictx *x, const pg_CreateTableAsStmt *cs)
{
    bool skip;
    if (!cs->into || !cs->into->rel) return;
    const pg_IntoClause *in = cs->into;
    if (sql_rejects(x, &(rg_sql_probe){.kind = RG_SQL_QUERY, .tree = cs->query}, 0)) return;
    rg_view *v = view_slot(x, in->rel, false, cs->if_not_exists, true, &skip);
    if (skip) return;
    view_query(x, v, cs->query, in->col_names, in->n_col_names);
    view_options(x->c->arena, v, in->options, in->n_options);
    v->with_no_data = in->skip_data;
}

/* A view depends on a relation when its query names it (a simple test:
 * by name, qualified or through the search_path at creation). */
typedef struct relscan {
    const char *schema, *name;
    bool found;
} relscan;

static rg_pg_step rv_matches(const rg_pg_visit *v, void *ctx)
{
    relscan *rs = ctx;
    if (v->kind != T_RangeVar) return RG_PG_NEXT;
    const pg_RangeVar *rv = v->msg;
    if (strcmp(rv->relname, rs->name)) return RG_PG_SKIP;
    if (*rv->schemaname && strcmp(rv->schemaname, rs->schema)) return RG_PG_SKIP;
    rs->found = true;
    return RG_PG_STOP;
}

void views_depending_drop(ictx *x, const char *schema, const char *name)
{
    rg_catalog *c = x->c;
    catidx_list l = catidx_views_naming(c, name);
    for (size_t i = 0; i < l.n; i++) {
        rg_view *v = &c->views.v[l.v[i]];
        if (v->dropped || !v->query.node) continue;
        relscan rs = {schema, name, false};
        rg_pg_walk(v->query.node, rv_matches, &rs);
        if (rs.found) drop_view(x, v, true);
    }
    free(l.v);
}

void drop_view(ictx *x, rg_view *v, bool cascade)
{
    rg_catalog *c = x->c;
    v->dropped = true;
    rel_unregister(c, v->schema, v->name);
    catidx_list l = catidx_indexes_on(c, v->schema, v->name);
    for (size_t i = 0; i < l.n; i++) {
        rg_index *ix = &c->indexes.v[l.v[i]];
        if (!ix->dropped && !strcmp(ix->table_schema, v->schema) && !strcmp(ix->table_name, v->name))
            drop_index(x, ix);
    }
    free(l.v);
    if (cascade) views_depending_drop(x, v->schema, v->name);
}

/* ---- functions ------------------------------------------------------------ */

typedef struct fattrs {
    const char *volatility;   /* IMMUTABLE / STABLE / VOLATILE */
    bool strict, secdef, leakproof, window;
    const char *parallel;     /* UNSAFE / RESTRICTED / SAFE */
    double cost, rows;
    RG_VEC(const char *) sets;
} fattrs;

const void *fattrs_clone(rg_arena *a, const void *state)
{
    if (!state) return NULL;
    fattrs *fa = rg_arena_alloc(a, sizeof *fa);
    *fa = *(const fattrs *)state;
    if (fa->sets.n) {
        const char **v = rg_arena_alloc(a, fa->sets.n * sizeof *v);
        memcpy(v, fa->sets.v, fa->sets.n * sizeof *v);
        fa->sets.v = v;
    }
    fa->sets.cap = fa->sets.n;
    return fa;
}

static void upper_into(rg_buf *b, const char *s)
{
    for (; *s; s++) rg_buf_putc(b, (char)toupper((unsigned char)*s));
}

static const char *upper_a(rg_arena *a, const char *s)
{
    rg_buf b = {0};
    upper_into(&b, s);
    const char *r = rg_arena_strdup(a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return r;
}

/* "SET name TO 'v1', 'v2'" / "SET name FROM CURRENT", the proconfig entry. */
static const char *set_clause(rg_arena *a, const pg_VariableSetStmt *vs)
{
    rg_buf b = {0};
    rg_buf_printf(&b, "SET %s", vs->name);
    if (vs->kind == VAR_SET_CURRENT) {
        rg_buf_puts(&b, " FROM CURRENT");
    } else {
        rg_buf_puts(&b, " TO ");
        for (size_t i = 0; i < vs->n_args; i++) {
            if (i) rg_buf_puts(&b, ", ");
            const pg_node *v = vs->args[i];
            if (rg_pg_is(v, T_A_Const) && v->a_const->val_case == A_CONST_SVAL)
                rg_sql_literal(&b, v->a_const->sval->sval);
            else if (rg_pg_is(v, T_A_Const) && v->a_const->val_case == A_CONST_IVAL)
                rg_buf_printf(&b, "%d", v->a_const->ival->ival);
            else if (rg_pg_is(v, T_A_Const) && v->a_const->val_case == A_CONST_FVAL)
                rg_buf_puts(&b, v->a_const->fval->fval);
            else {
                const char *e = rg_pg_deparse_expr(a, v);
                rg_buf_puts(&b, e ? e : "DEFAULT");
            }
        }
        if (vs->kind == VAR_SET_DEFAULT) rg_buf_puts(&b, "DEFAULT");
    }
    const char *s = rg_arena_strdup(a, b.s);
    rg_buf_free(&b);
    return s;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The function's own SET search_path (proconfig), or NULL. */
static const char *fattrs_search_path(rg_arena *a, const fattrs *fa)
{
    for (size_t i = 0; i < fa->sets.n; i++)
        if (!strncmp(fa->sets.v[i], "SET search_path TO ", 19)) return rg_arena_strdup(a, fa->sets.v[i] + 19);
    return NULL;
}

static double defelem_num(const pg_DefElem *de)
{
    if (rg_pg_is(de->arg, T_Integer)) return de->arg->integer->ival;
    if (rg_pg_is(de->arg, T_Float)) return strtod(de->arg->float_->fval, NULL);
    return 0;
}

static bool defelem_bool(const pg_DefElem *de)
{
    if (rg_pg_is(de->arg, T_Boolean)) return de->arg->boolean->boolval;
    if (rg_pg_is(de->arg, T_Integer)) return de->arg->integer->ival != 0;
    return true;
}

/* Applies CREATE/ALTER FUNCTION options to the attribute state. */
static void fattrs_apply(rg_arena *a, fattrs *fa, pg_node *const *opts, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!rg_pg_is(opts[i], T_DefElem)) continue;
        const pg_DefElem *de = opts[i]->def_elem;
        const char *k = de->defname;
        if (!strcmp(k, "volatility")) fa->volatility = upper_a(a, rg_pg_str(de->arg));
        else if (!strcmp(k, "strict")) fa->strict = defelem_bool(de);
        else if (!strcmp(k, "security")) fa->secdef = defelem_bool(de);
        else if (!strcmp(k, "leakproof")) fa->leakproof = defelem_bool(de);
        else if (!strcmp(k, "window")) fa->window = defelem_bool(de);
        else if (!strcmp(k, "parallel")) fa->parallel = upper_a(a, rg_pg_str(de->arg));
        else if (!strcmp(k, "cost")) fa->cost = defelem_num(de);
        else if (!strcmp(k, "rows")) fa->rows = defelem_num(de);
        else if (!strcmp(k, "set") && rg_pg_is(de->arg, T_VariableSetStmt)) {
            const pg_VariableSetStmt *vs = de->arg->variable_set_stmt;
            /* RESET name / RESET ALL remove entries; SET replaces one */
            size_t nl = strlen(vs->name);
            size_t w = 0;
            for (size_t j = 0; j < fa->sets.n; j++) {
                const char *e = fa->sets.v[j] + 4; /* after "SET " */
                bool same = !strncmp(e, vs->name, nl) && e[nl] == ' ';
                if (vs->kind == VAR_RESET_ALL || (same && *vs->name)) continue;
                fa->sets.v[w++] = fa->sets.v[j];
            }
            fa->sets.n = w;
            if (vs->kind != VAR_RESET &&
                vs->kind != VAR_RESET_ALL) {
                const char **slot = rg_vec_push(a, &fa->sets);
                *slot = set_clause(a, vs);
            }
        }
    }
}

static void fmt_num(rg_buf *b, double v)
{
    if (v == (double)(long long)v) rg_buf_printf(b, "%lld", (long long)v);
    else rg_buf_printf(b, "%g", v);
}

/* The canonical attribute list: always every property, in one order, so
 * equal functions have equal text whatever the author spelled out. */
static const char *fattrs_text(rg_arena *a, fattrs *fa, bool procedure, bool returns_set)
{
    rg_buf b = {0};
    if (!procedure) {
        rg_buf_printf(&b, "%s %s SECURITY %s PARALLEL %s %s COST ", fa->volatility,
                      fa->strict ? "STRICT" : "CALLED ON NULL INPUT", fa->secdef ? "DEFINER" : "INVOKER",
                      fa->parallel, fa->leakproof ? "LEAKPROOF" : "NOT LEAKPROOF");
        fmt_num(&b, fa->cost);
        if (returns_set) {
            rg_buf_puts(&b, " ROWS ");
            fmt_num(&b, fa->rows);
        }
        if (fa->window) rg_buf_puts(&b, " WINDOW");
    } else {
        rg_buf_printf(&b, "SECURITY %s", fa->secdef ? "DEFINER" : "INVOKER");
    }
    if (fa->sets.n) qsort(fa->sets.v, fa->sets.n, sizeof *fa->sets.v, cmp_str);
    for (size_t i = 0; i < fa->sets.n; i++) rg_buf_printf(&b, " %s", fa->sets.v[i]);
    const char *s = rg_arena_strdup(a, b.s);
    rg_buf_free(&b);
    return s;
}

static char param_mode(pg_FunctionParameterMode m)
{
    switch (m) {
    case FUNC_PARAM_OUT: return 'o';
    case FUNC_PARAM_INOUT: return 'b';
    case FUNC_PARAM_VARIADIC: return 'v';
    case FUNC_PARAM_TABLE: return 't';
    default: return 'i';
    }
}

static const char *signature_of(rg_arena *a, const char *schema, const char *name, const rg_func_arg *args,
                                size_t n)
{
    rg_buf b = {0};
    rg_buf_printf(&b, "%s.%s(", schema, name);
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        if (args[i].mode == 'o' || args[i].mode == 't') continue;
        rg_buf_printf(&b, "%s%s", first ? "" : ", ", args[i].type);
        first = false;
    }
    rg_buf_putc(&b, ')');
    const char *s = rg_arena_strdup(a, b.s);
    rg_buf_free(&b);
    return s;
}

static const char *returns_text(ictx *x, rg_arena *a, const pg_CreateFunctionStmt *fs,
                                const rg_func_arg *args, size_t n, bool *set)
{
    *set = false;
    size_t ntab = 0, nout = 0;
    const char *outty = NULL;
    for (size_t i = 0; i < n; i++) {
        if (args[i].mode == 't') ntab++;
        if (args[i].mode == 'o' || args[i].mode == 'b') {
            nout++;
            outty = args[i].type;
        }
    }
    if (ntab) {
        *set = true;
        rg_buf b = {0};
        rg_buf_puts(&b, "TABLE(");
        bool first = true;
        for (size_t i = 0; i < n; i++) {
            if (args[i].mode != 't') continue;
            rg_buf_printf(&b, "%s%s %s", first ? "" : ", ", args[i].name, args[i].type);
            first = false;
        }
        rg_buf_putc(&b, ')');
        const char *s = rg_arena_strdup(a, b.s);
        rg_buf_free(&b);
        return s;
    }
    if (fs->return_type) {
        const char *ty = itype(x, NULL, fs->return_type);
        *set = fs->return_type->setof;
        return *set ? rg_arena_printf(a, "SETOF %s", ty) : ty;
    }
    if (fs->is_procedure) return NULL;
    return nout == 1 ? outty : nout > 1 ? "record" : "void";
}

/* fmgr_sql_validator with check_function_bodies on: each statement of a
 * LANGUAGE sql body is analysed with the input parameters in scope (by
 * name and as $n); a SQL-standard body (BEGIN ATOMIC / RETURN) always is. */
static bool body_rejected(ictx *x, const pg_CreateFunctionStmt *fs, const char *language, const char *body,
                          const rg_func_arg *args, size_t na)
{
    rg_catalog *c = x->c;
    if (!c->sql_checker || strcmp(language, "sql") != 0) return false;
    rg_sql_var *vars = rg_arena_alloc(c->arena, (na + 1) * sizeof *vars);
    size_t nv = 0;
    for (size_t i = 0; i < na; i++)
        if (args[i].mode != 'o' && args[i].mode != 't') vars[nv++] = (rg_sql_var){args[i].name, args[i].type};
    rg_sql_probe pr = {.kind = RG_SQL_QUERY, .vars = vars, .nvars = nv};
    const pg_node *const *stmts = NULL;
    size_t n = 0;
    const pg_node *one[1];
    if (fs->sql_body) {
        const pg_node *b = fs->sql_body;
        if (rg_pg_is(b, T_List)) {
            /* BEGIN ATOMIC: a list holding the list of statements */
            const pg_List *l = b->list;
            if (l->n_items == 1 && rg_pg_is(l->items[0], T_List)) l = l->items[0]->list;
            stmts = (const pg_node *const *)l->items;
            n = l->n_items;
        } else {
            one[0] = rg_pg_is(b, T_ReturnStmt) ? b->return_stmt->returnval : b;
            stmts = one;
            n = 1;
            pr.kind = rg_pg_is(b, T_ReturnStmt) ? RG_SQL_EXPR : RG_SQL_QUERY;
        }
    } else if (body && !c->skip_function_bodies) {
        stmts = rg_pg_parse_many(c->arena, body, &n);
    }
    for (size_t i = 0; i < n; i++) {
        pr.tree = stmts[i];
        if (sql_rejects(x, &pr, 0)) return true;
    }
    return false;
}

void apply_create_function(ictx *x, const pg_CreateFunctionStmt *fs)
{
    rg_catalog *c = x->c;
    rg_arena *a = c->arena;
    const char *schema, *name;
    rg_pg_qname((const pg_node *const *)fs->funcname, fs->n_funcname, &schema, &name);
    schema = creation_schema(x, schema);
    if (!schema_exists(c, schema)) {
        ierr(x, 0, "3F000", "schema \"%s\" does not exist", schema);
        return;
    }
    rg_normctx nx = nctx(c, NULL);
    rg_func_arg *args = rg_arena_alloc(a, (fs->n_parameters ? fs->n_parameters : 1) * sizeof *args);
    size_t na = 0;
    for (size_t i = 0; i < fs->n_parameters; i++) {
        if (!rg_pg_is(fs->parameters[i], T_FunctionParameter)) continue;
        const pg_FunctionParameter *p = fs->parameters[i]->function_parameter;
        rg_func_arg *fa = &args[na++];
        fa->name = p->name;
        fa->type = p->arg_type ? itype(x, NULL, p->arg_type) : "unknown";
        fa->mode = param_mode(p->mode);
        if (p->defexpr) fa->dflt = rg_norm_expr_typed(&nx, p->defexpr, fa->type);
    }
    const char *sig = signature_of(a, schema, name, args, na);
    rg_function *f = rg_map_get(&c->function_map, sig);
    if (f && !fs->replace) {
        ierr(x, 0, "42723", "function %s already exists with same argument types", sig);
        return;
    }
    bool set;
    const char *returns = returns_text(x, a, fs, args, na, &set);
    if (f && f->returns && returns && strcmp(f->returns, returns) != 0) {
        ierr(x, 0, "42P13", "cannot change return type of existing function %s", sig);
        return;
    }
    fattrs *fa = rg_arena_alloc(a, sizeof *fa);
    fa->volatility = "VOLATILE";
    fa->parallel = "UNSAFE";
    const char *language = "sql", *body = NULL, *body2 = NULL;
    for (size_t i = 0; i < fs->n_options; i++) {
        if (!rg_pg_is(fs->options[i], T_DefElem)) continue;
        const pg_DefElem *de = fs->options[i]->def_elem;
        if (!strcmp(de->defname, "language")) language = rg_pg_str(de->arg);
        else if (!strcmp(de->defname, "as") && rg_pg_is(de->arg, T_List)) {
            const pg_List *l = de->arg->list;
            if (l->n_items > 0) body = rg_pg_str(l->items[0]);
            if (l->n_items > 1) body2 = rg_pg_str(l->items[1]);
        }
    }
    if (body_rejected(x, fs, language, body, args, na)) return;
    fa->cost = !strcmp(language, "c") || !strcmp(language, "internal") ? 1 : 100;
    fa->rows = set ? 1000 : 0;
    fattrs_apply(a, fa, fs->options, fs->n_options);
    if (!f) {
        f = PUSH(a, &c->functions, &c->function_map, &c->function_name_map, false);
        f->schema = schema;
        f->name = name;
        f->signature = sig;
        rg_map_put(&c->function_map, sig, f);
        const char *nk = ckey(c, schema, name);
        if (!rg_map_get(&c->function_name_map, nk)) rg_map_put(&c->function_name_map, nk, f);
    }
    f->procedure = fs->is_procedure;
    f->args = args;
    f->nargs = na;
    f->returns = returns;
    f->language = language;
    f->body = body;
    f->body2 = body2;
    f->sql_body = fs->sql_body ? rg_norm_stmt_key(&nx, fs->sql_body) : NULL;
    f->attr_state = fa;
    f->attributes = fattrs_text(a, fa, f->procedure, set);
    f->search_path = fattrs_search_path(a, fa);
    f->dropped = false;
    f->origin = origin_of(x);
}

rg_function *function_find(ictx *x, const pg_ObjectWithArgs *owa)
{
    rg_catalog *c = x->c;
    const char *schema, *name;
    rg_pg_qname((const pg_node *const *)owa->objname, owa->n_objname, &schema, &name);
    if (owa->args_unspecified) {
        /* DROP FUNCTION f without arguments: the name must be unique */
        if (schema) return rg_map_get(&c->function_name_map, ckey(c, schema, name));
        for (size_t i = 0; i < c->nsearch_path; i++) {
            rg_function *f = rg_map_get(&c->function_name_map, ckey(c, c->search_path[i], name));
            if (f) return f;
        }
        return NULL;
    }
    /* identity args: objfuncargs carries modes (OUT args excluded) */
    rg_buf b = {0};
    bool first = true;
    if (owa->n_objfuncargs) {
        for (size_t i = 0; i < owa->n_objfuncargs; i++) {
            if (!rg_pg_is(owa->objfuncargs[i], T_FunctionParameter)) continue;
            const pg_FunctionParameter *p = owa->objfuncargs[i]->function_parameter;
            char m = param_mode(p->mode);
            if (m == 'o' || m == 't') continue;
            rg_buf_printf(&b, "%s%s", first ? "" : ", ", p->arg_type ? itype(x, NULL, p->arg_type) : "unknown");
            first = false;
        }
    } else {
        for (size_t i = 0; i < owa->n_objargs; i++) {
            if (!rg_pg_is(owa->objargs[i], T_TypeName)) continue;
            rg_buf_printf(&b, "%s%s", first ? "" : ", ", itype(x, NULL, owa->objargs[i]->type_name));
            first = false;
        }
    }
    const char *args = rg_arena_strdup(c->arena, rg_buf_cstr(&b));
    rg_buf_free(&b);
    if (schema) return rg_map_get(&c->function_map, rg_arena_printf(c->arena, "%s.%s(%s)", schema, name, args));
    for (size_t i = 0; i < c->nsearch_path; i++) {
        rg_function *f = rg_map_get(&c->function_map,
                                    rg_arena_printf(c->arena, "%s.%s(%s)", c->search_path[i], name, args));
        if (f) return f;
    }
    if (c->nsearch_path == 0)
        return rg_map_get(&c->function_map, rg_arena_printf(c->arena, "public.%s(%s)", name, args));
    return NULL;
}

void drop_function(ictx *x, rg_function *f)
{
    rg_catalog *c = x->c;
    f->dropped = true;
    rg_map_del(&c->function_map, f->signature);
    const char *nk = ckey(c, f->schema, f->name);
    if (rg_map_get(&c->function_name_map, nk) == f) {
        rg_map_del(&c->function_name_map, nk);
        /* another overload, if any, becomes the name's first */
        catidx_list l = catidx_functions_named(c, f->schema, f->name);
        for (size_t i = 0; i < l.n; i++) {
            rg_function *o = &c->functions.v[l.v[i]];
            if (!o->dropped && !strcmp(o->schema, f->schema) && !strcmp(o->name, f->name)) {
                rg_map_put(&c->function_name_map, nk, o);
                break;
            }
        }
        free(l.v);
    }
}

void apply_alter_function(ictx *x, const pg_AlterFunctionStmt *as)
{
    rg_function *f = as->func ? function_find(x, as->func) : NULL;
    if (!f) {
        ierr(x, 0, "42883", "function does not exist");
        return;
    }
    fattrs *fa = (fattrs *)f->attr_state;
    if (!fa) return;
    fattrs_apply(x->c->arena, fa, as->actions, as->n_actions);
    bool set = f->returns && (!strncmp(f->returns, "SETOF ", 6) || !strncmp(f->returns, "TABLE(", 6));
    f->attributes = fattrs_text(x->c->arena, fa, f->procedure, set);
    f->search_path = fattrs_search_path(x->c->arena, fa);
}

/* ---- triggers ------------------------------------------------------------- */

const char *trigger_args_text(rg_arena *a, pg_node *const *args, size_t n)
{
    rg_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        if (i) rg_buf_puts(&b, ", ");
        rg_sql_literal(&b, rg_pg_str(args[i]));
    }
    const char *s = rg_arena_strdup(a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return s;
}

/* The planner's own trigger functions (rollgate_*, PL/pgSQL) run on every
 * write of both app versions: their SQL is resolved against the table the
 * trigger goes on, so a function or operator PostgreSQL would not find is
 * an error here rather than on the first insert. Other PL/pgSQL is left as
 * PostgreSQL leaves it (resolved when it runs). */
static bool planner_trigger_rejected(ictx *x, const rg_table *t, const pg_CreateTrigStmt *ts)
{
    rg_catalog *c = x->c;
    if (!c->sql_checker) return false;
    const char *fschema, *fname;
    rg_pg_qname((const pg_node *const *)ts->funcname, ts->n_funcname, &fschema, &fname);
    if (strncmp(fname, "rollgate_", 9) != 0) return false;
    rg_function *f = NULL;
    for (size_t i = 0; !f && i < (fschema ? 1 : c->nsearch_path); i++)
        f = rg_map_get(&c->function_map, rg_arena_printf(c->arena, "%s.%s()", fschema ? fschema : c->search_path[i], fname));
    if (!f || !f->body || !f->language || strcmp(f->language, "plpgsql") != 0) return false;
    return sql_rejects(x, &(rg_sql_probe){.kind = RG_SQL_PLPGSQL, .text = f->body, .table = t}, 0);
}

void apply_create_trigger(ictx *x, const pg_CreateTrigStmt *ts)
{
    rg_catalog *c = x->c;
    rg_arena *a = c->arena;
    rg_relref *r = rel_find_rv(c, ts->relation, NULL);
    if (!r || (r->kind != RG_REL_TABLE && r->kind != RG_REL_VIEW)) {
        ierr(x, ts->relation ? ts->relation->location : 0, "42P01", "relation \"%s\" does not exist",
             ts->relation ? ts->relation->relname : "?");
        return;
    }
    rg_table *t = r->kind == RG_REL_TABLE ? r->obj : NULL;
    rg_view *v = r->kind == RG_REL_VIEW ? r->obj : NULL;
    if (t && planner_trigger_rejected(x, t, ts)) return;
    rg_map *tmap = t ? &t->trigger_map : &v->trigger_map;
    rg_trigger *tr = rg_map_get(tmap, ts->trigname);
    if (tr && !ts->replace) {
        ierr(x, 0, "42710", "trigger \"%s\" for relation \"%s\" already exists", ts->trigname, ts->relation->relname);
        return;
    }
    if (!tr) {
        tr = t ? PUSH(a, &t->triggers, &t->trigger_map, NULL, false) : PUSH(a, &v->triggers, &v->trigger_map, NULL, false);
        tr->name = ts->trigname;
        rg_map_put(tmap, tr->name, tr);
    }
    tr->timing = ts->timing & 2 ? 'b' : ts->timing & 64 ? 'i' : 'a';
    tr->events = (ts->events & 4 ? RG_TRIG_INSERT : 0) | (ts->events & 8 ? RG_TRIG_DELETE : 0) |
                 (ts->events & 16 ? RG_TRIG_UPDATE : 0) | (ts->events & 32 ? RG_TRIG_TRUNCATE : 0);
    tr->nupdate_columns = ts->n_columns;
    tr->update_columns = rg_arena_alloc(a, (ts->n_columns ? ts->n_columns : 1) * sizeof *tr->update_columns);
    for (size_t i = 0; i < ts->n_columns; i++) tr->update_columns[i] = rg_pg_str(ts->columns[i]);
    tr->for_each_row = ts->row;
    rg_normctx nx = nctx(c, t);
    memset(&tr->when, 0, sizeof tr->when);
    if (ts->when_clause) tr->when = rg_norm_expr(&nx, ts->when_clause);
    const char *fschema, *fname;
    rg_pg_qname((const pg_node *const *)ts->funcname, ts->n_funcname, &fschema, &fname);
    tr->func_schema = rg_norm_func_schema(&nx, fschema, fname);
    tr->func_name = fname;
    if (t) catidx_note_table(c, t);
    else catidx_note_view(c, v);
    tr->args = trigger_args_text(a, ts->args, ts->n_args);
    tr->constraint_trigger = ts->isconstraint;
    tr->deferrable = ts->deferrable;
    tr->deferred = ts->initdeferred;
    tr->ref_old_table = tr->ref_new_table = NULL;
    for (size_t i = 0; i < ts->n_transition_rels; i++) {
        if (!rg_pg_is(ts->transition_rels[i], T_TriggerTransition)) continue;
        const pg_TriggerTransition *tt = ts->transition_rels[i]->trigger_transition;
        if (tt->is_new) tr->ref_new_table = tt->name;
        else tr->ref_old_table = tt->name;
    }
    tr->enabled = 'O';
    tr->dropped = false;
    tr->origin = origin_of(x);
}

/* ---- policies ------------------------------------------------------------- */

static const char *role_name(const pg_RoleSpec *rs)
{
    switch (rs->roletype) {
    case ROLESPEC_CSTRING: return rs->rolename;
    case ROLESPEC_CURRENT_ROLE: return "current_role";
    case ROLESPEC_CURRENT_USER: return "current_user";
    case ROLESPEC_SESSION_USER: return "session_user";
    default: return "public";
    }
}

static void policy_roles(rg_arena *a, rg_policy *p, pg_node *const *roles, size_t n)
{
    p->roles = rg_arena_alloc(a, (n ? n : 1) * sizeof *p->roles);
    p->nroles = 0;
    for (size_t i = 0; i < n; i++)
        if (rg_pg_is(roles[i], T_RoleSpec)) p->roles[p->nroles++] = role_name(roles[i]->role_spec);
    if (p->nroles == 0) p->roles[p->nroles++] = "public";
    qsort(p->roles, p->nroles, sizeof *p->roles, cmp_str);
}

void apply_create_policy(ictx *x, const pg_CreatePolicyStmt *ps)
{
    rg_catalog *c = x->c;
    rg_table *t = ps->table ? table_get(c, ps->table->schemaname, ps->table->relname) : NULL;
    if (!t) {
        ierr(x, ps->table ? ps->table->location : 0, "42P01", "relation \"%s\" does not exist", ps->table ? ps->table->relname : "?");
        return;
    }
    if (rg_map_get(&t->policy_map, ps->policy_name)) {
        ierr(x, 0, "42710", "policy \"%s\" for table \"%s\" already exists", ps->policy_name, t->name);
        return;
    }
    rg_policy *p = PUSH(c->arena, &t->policies, &t->policy_map, NULL, false);
    p->name = ps->policy_name;
    p->permissive = ps->permissive;
    p->command = *ps->cmd_name ? ps->cmd_name : "all";
    policy_roles(c->arena, p, ps->roles, ps->n_roles);
    rg_normctx nx = nctx(c, t);
    if (ps->qual) p->using_expr = rg_norm_expr(&nx, ps->qual);
    if (ps->with_check) p->check_expr = rg_norm_expr(&nx, ps->with_check);
    catidx_note_table(c, t);
    p->origin = origin_of(x);
    rg_map_put(&t->policy_map, p->name, p);
}

void apply_alter_policy(ictx *x, const pg_AlterPolicyStmt *ps)
{
    rg_catalog *c = x->c;
    rg_table *t = ps->table ? table_get(c, ps->table->schemaname, ps->table->relname) : NULL;
    rg_policy *p = t ? rg_map_get(&t->policy_map, ps->policy_name) : NULL;
    if (!p) {
        ierr(x, 0, "42704", "policy \"%s\" does not exist", ps->policy_name);
        return;
    }
    if (ps->n_roles) policy_roles(c->arena, p, ps->roles, ps->n_roles);
    rg_normctx nx = nctx(c, t);
    if (ps->qual) p->using_expr = rg_norm_expr(&nx, ps->qual);
    if (ps->with_check) p->check_expr = rg_norm_expr(&nx, ps->with_check);
    catidx_note_table(c, t);
}

/* ---- types ---------------------------------------------------------------- */

rg_type *type_find_names(ictx *x, pg_node *const *names, size_t n)
{
    const char *schema, *name;
    rg_pg_qname((const pg_node *const *)names, n, &schema, &name);
    return rg_catalog_type(x->c, schema, name);
}

/* A new type slot, or NULL (error given) when the name is taken. A shell
 * type (CREATE TYPE x;) may be completed by a later definition. */
static rg_type *type_new(ictx *x, pg_node *const *names, size_t n, rg_typekind kind)
{
    rg_catalog *c = x->c;
    const char *schema, *name;
    rg_pg_qname((const pg_node *const *)names, n, &schema, &name);
    schema = creation_schema(x, schema);
    if (!schema_exists(c, schema)) {
        ierr(x, 0, "3F000", "schema \"%s\" does not exist", schema);
        return NULL;
    }
    char buf[300];
    rg_relref *rel = rel_find(c, schema, name);
    if (rel && (rel->kind == RG_REL_TABLE || rel->kind == RG_REL_VIEW)) {
        /* tables and views own a row type of their name */
        ierr(x, 0, "42710", "type \"%s\" already exists", name);
        return NULL;
    }
    rg_type *old = rg_map_get(&c->type_map, tkey(buf, sizeof buf, c, schema, name));
    if (old && !(old->kind == RG_TYPE_BASE && old->definition && !*old->definition)) {
        ierr(x, 0, "42710", "type \"%s\" already exists", name);
        return NULL;
    }
    rg_type *t = old;
    if (!t) {
        t = PUSH(c->arena, &c->types, &c->type_map, NULL, false);
        t->schema = schema;
        t->name = name;
        rg_map_put(&c->type_map, ckey(c, schema, name), t);
    }
    t->kind = kind;
    t->origin = origin_of(x);
    return t;
}

void apply_create_enum(ictx *x, const pg_CreateEnumStmt *es)
{
    rg_type *t = type_new(x, es->type_name, es->n_type_name, RG_TYPE_ENUM);
    if (!t) return;
    for (size_t i = 0; i < es->n_vals; i++) {
        const char **l = rg_vec_push(x->c->arena, &t->labels);
        *l = rg_pg_str(es->vals[i]);
    }
}

static size_t label_index(const rg_type *t, const char *s)
{
    for (size_t i = 0; i < t->labels.n; i++)
        if (!strcmp(t->labels.v[i], s)) return i;
    return (size_t)-1;
}

void apply_alter_enum(ictx *x, const pg_AlterEnumStmt *es)
{
    rg_type *t = type_find_names(x, es->type_name, es->n_type_name);
    if (!t || t->kind != RG_TYPE_ENUM) {
        ierr(x, 0, "42704", "type does not exist or is not an enum");
        return;
    }
    if (*es->old_val) {
        size_t i = label_index(t, es->old_val);
        if (i == (size_t)-1) ierr(x, 0, "22023", "\"%s\" is not an existing enum label", es->old_val);
        else if (label_index(t, es->new_val) != (size_t)-1) ierr(x, 0, "42710", "enum label \"%s\" already exists", es->new_val);
        else {
            t->labels.v[i] = es->new_val;
            follow_enum_rename(x, t, es->old_val, es->new_val);
        }
        return;
    }
    if (label_index(t, es->new_val) != (size_t)-1) {
        if (es->skip_if_new_val_exists)
            inote(x, 0, "skipped", "enum label \"%s\" already exists, skipping", es->new_val);
        else
            ierr(x, 0, "42710", "enum label \"%s\" already exists", es->new_val);
        return;
    }
    size_t pos = t->labels.n;
    if (*es->new_val_neighbor) {
        size_t nb = label_index(t, es->new_val_neighbor);
        if (nb == (size_t)-1) {
            ierr(x, 0, "22023", "\"%s\" is not an existing enum label", es->new_val_neighbor);
            return;
        }
        pos = es->new_val_is_after ? nb + 1 : nb;
    }
    rg_vec_push(x->c->arena, &t->labels);
    memmove(&t->labels.v[pos + 1], &t->labels.v[pos], (t->labels.n - 1 - pos) * sizeof *t->labels.v);
    t->labels.v[pos] = es->new_val;
}

static const char *coll_text(rg_arena *a, const pg_CollateClause *cc)
{
    if (!cc || cc->n_collname == 0) return NULL;
    const char *last = rg_pg_str(cc->collname[cc->n_collname - 1]);
    if (cc->n_collname == 1 || !strcmp(rg_pg_str(cc->collname[cc->n_collname - 2]), "pg_catalog")) return last;
    return rg_arena_printf(a, "%s.%s", rg_pg_str(cc->collname[cc->n_collname - 2]), last);
}

void apply_create_composite(ictx *x, const pg_CompositeTypeStmt *cs)
{
    if (!cs->typevar) return;
    rg_catalog *c = x->c;
    pg_node *names[2];
    pg_String s0 = PG_INIT_String, s1 = PG_INIT_String;
    pg_node n0 = PG_INIT_Node, n1 = PG_INIT_Node;
    n0.node_case = n1.node_case = T_String;
    n0.string = &s0;
    n1.string = &s1;
    s0.sval = cs->typevar->schemaname;
    s1.sval = cs->typevar->relname;
    size_t nn = 0;
    if (*s0.sval) names[nn++] = &n0;
    names[nn++] = &n1;
    rg_type *t = type_new(x, names, nn, RG_TYPE_COMPOSITE);
    if (!t) return;
    for (size_t i = 0; i < cs->n_coldeflist; i++) {
        if (!rg_pg_is(cs->coldeflist[i], T_ColumnDef)) continue;
        const pg_ColumnDef *cd = cs->coldeflist[i]->column_def;
        rg_type_attr *at = rg_vec_push(c->arena, &t->attrs);
        at->name = cd->colname;
        at->type = cd->type_name ? itype(x, NULL, cd->type_name) : "unknown";
        at->collation = coll_text(c->arena, cd->coll_clause);
    }
}

/* ALTER TYPE composite ADD / DROP / ALTER ATTRIBUTE (an AlterTableStmt
 * on the type). */
void apply_alter_composite(ictx *x, const pg_AlterTableStmt *as)
{
    rg_catalog *c = x->c;
    const pg_RangeVar *rv = as->relation;
    rg_type *t = rg_catalog_type(c, *rv->schemaname ? rv->schemaname : NULL, rv->relname);
    if (!t || t->kind != RG_TYPE_COMPOSITE) {
        ierr(x, rv->location, "42809", "type \"%s\" does not exist or is not a composite type", rv->relname);
        return;
    }
    for (size_t i = 0; i < as->n_cmds; i++) {
        if (!rg_pg_is(as->cmds[i], T_AlterTableCmd)) continue;
        const pg_AlterTableCmd *cmd = as->cmds[i]->alter_table_cmd;
        const pg_ColumnDef *cd = rg_pg_is(cmd->def, T_ColumnDef) ? cmd->def->column_def : NULL;
        const char *name = cd && *cd->colname ? cd->colname : cmd->name;
        size_t k = 0;
        while (k < t->attrs.n && strcmp(t->attrs.v[k].name, name)) k++;
        switch (cmd->subtype) {
        case AT_AddColumn:
            if (k < t->attrs.n) {
                ierr(x, 0, "42701", "column \"%s\" of relation \"%s\" already exists", name, t->name);
                break;
            }
            rg_type_attr *at = rg_vec_push(c->arena, &t->attrs);
            at->name = name;
            at->type = cd && cd->type_name ? itype(x, NULL, cd->type_name) : "unknown";
            at->collation = cd ? coll_text(c->arena, cd->coll_clause) : NULL;
            break;
        case AT_DropColumn:
            if (k == t->attrs.n) {
                if (!cmd->missing_ok) ierr(x, 0, "42703", "column \"%s\" of relation \"%s\" does not exist", name, t->name);
                break;
            }
            memmove(&t->attrs.v[k], &t->attrs.v[k + 1], (t->attrs.n - k - 1) * sizeof *t->attrs.v);
            t->attrs.n--;
            break;
        case AT_AlterColumnType:
            if (k == t->attrs.n) {
                ierr(x, 0, "42703", "column \"%s\" of relation \"%s\" does not exist", name, t->name);
                break;
            }
            if (cd && cd->type_name) t->attrs.v[k].type = itype(x, NULL, cd->type_name);
            /* Without COLLATE the attribute takes the new type's default (as a column does). */
            if (cd && cd->type_name) t->attrs.v[k].collation = cd->coll_clause ? coll_text(c->arena, cd->coll_clause) : NULL;
            break;
        case AT_ChangeOwner:
            break;
        default:
            inote(x, 0, "unmodelled", "ALTER TYPE subcommand %d on \"%s\" is not modelled; ignored", (int)cmd->subtype,
                  t->name);
            break;
        }
    }
    catidx_note_type(c, t); /* its attributes' types */
}

/* RENAME ATTRIBUTE of a composite type. */
void rename_composite_attr(ictx *x, const pg_RenameStmt *rs)
{
    rg_type *t = rs->relation ? rg_catalog_type(x->c, *rs->relation->schemaname ? rs->relation->schemaname : NULL,
                                                rs->relation->relname) : NULL;
    if (!t || t->kind != RG_TYPE_COMPOSITE) {
        ierr(x, 0, "42809", "type does not exist or is not a composite type");
        return;
    }
    for (size_t k = 0; k < t->attrs.n; k++)
        if (!strcmp(t->attrs.v[k].name, rs->subname)) {
            t->attrs.v[k].name = rs->newname;
            return;
        }
    ierr(x, 0, "42703", "column \"%s\" does not exist", rs->subname);
}

/* "name = value, ..." with type-valued options canonicalised. */
static const char *definition_text(ictx *x, pg_node *const *defs, size_t n, const rg_type *t)
{
    rg_catalog *c = x->c;
    const char **items = rg_arena_alloc(c->arena, (n ? n : 1) * sizeof *items);
    size_t k = 0;
    const char *subtype = NULL;
    for (size_t i = 0; i < n; i++) {
        if (!rg_pg_is(defs[i], T_DefElem)) continue;
        const pg_DefElem *de = defs[i]->def_elem;
        char lname[64];
        snprintf(lname, sizeof lname, "%s", de->defname);
        for (char *p = lname; *p; p++) *p = (char)tolower((unsigned char)*p);
        const char *val = rg_pg_is(de->arg, T_TypeName) ? itype(x, NULL, de->arg->type_name)
                                                    : defelem_str(c->arena, de);
        if (t && t->kind == RG_TYPE_RANGE && !strcmp(lname, "multirange_type_name")) {
            /* the default multirange name is not worth a difference */
            const char *m = strstr(t->name, "range");
            const char *def = m ? rg_arena_printf(c->arena, "%s.%.*smultirange%s", t->schema, (int)(m - t->name), t->name, m + 5)
                                : rg_arena_printf(c->arena, "%s.%s_multirange", t->schema, t->name);
            if (val && (!strcmp(val, def) || !strcmp(val, strchr(def, '.') + 1))) continue;
        }
        const char *item = rg_arena_printf(c->arena, "%s = %s", lname, val ? val : "");
        if (!strcmp(lname, "subtype")) subtype = item;
        else items[k++] = item;
    }
    if (t && t->kind == RG_TYPE_RANGE) qsort(items, k, sizeof *items, cmp_str);
    rg_buf b = {0};
    if (subtype) rg_buf_puts(&b, subtype);
    for (size_t i = 0; i < k; i++) rg_buf_printf(&b, "%s%s", b.len ? ", " : "", items[i]);
    const char *s = rg_arena_strdup(c->arena, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return s;
}

void apply_create_range(ictx *x, const pg_CreateRangeStmt *rs)
{
    rg_type *t = type_new(x, rs->type_name, rs->n_type_name, RG_TYPE_RANGE);
    if (t) t->definition = definition_text(x, rs->params, rs->n_params, t);
}

void apply_define(ictx *x, const pg_DefineStmt *ds)
{
    rg_type *t = type_new(x, ds->defnames, ds->n_defnames, RG_TYPE_BASE);
    if (t) t->definition = definition_text(x, ds->definition, ds->n_definition, t);
}

static void domain_check(ictx *x, rg_type *t, const pg_Constraint *k, bool not_valid)
{
    rg_catalog *c = x->c;
    const char *name = *k->conname ? k->conname : choose_constraint_name(c, t->schema, t->name, NULL, "check");
    for (size_t i = 0; i < t->checks.n; i++)
        if (!strcmp(t->checks.v[i].name, name)) {
            ierr(x, k->location, "42710", "constraint \"%s\" for domain \"%s\" already exists", name, t->name);
            return;
        }
    rg_domain_check *dc = rg_vec_push(c->arena, &t->checks);
    dc->name = name;
    rg_table scope;
    rg_normctx nx = domain_nctx(c, t, &scope);
    dc->expr = rg_norm_expr(&nx, k->raw_expr);
    domain_scope_free(&scope);
    dc->not_valid = not_valid;
    conname_add(c, t->schema, name);
}

static void domain_constraint(ictx *x, rg_type *t, const pg_Constraint *k, bool alter)
{
    rg_normctx nx = nctx(x->c, NULL);
    switch (k->contype) {
    case CONSTR_NOTNULL: t->not_null = true; break;
    case CONSTR_NULL: t->not_null = false; break;
    case CONSTR_DEFAULT: {
        const pg_node *e = k->raw_expr;
        while (rg_pg_is(e, T_TypeCast)) e = e->type_cast->arg;
        t->has_default = !(rg_pg_is(e, T_A_Const) && e->a_const->isnull); /* DEFAULT NULL stores none */
        if (t->has_default) t->dflt = rg_norm_expr_typed(&nx, k->raw_expr, t->base_type);
        else memset(&t->dflt, 0, sizeof t->dflt);
        break;
    }
    case CONSTR_CHECK: domain_check(x, t, k, alter && k->skip_validation); break;
    default: ierr(x, k->location, "42P16", "constraint kind not allowed on a domain"); break;
    }
}

void apply_create_domain(ictx *x, const pg_CreateDomainStmt *ds)
{
    rg_type *t = type_new(x, ds->domainname, ds->n_domainname, RG_TYPE_DOMAIN);
    if (!t) return;
    t->base_type = ds->type_name ? itype(x, NULL, ds->type_name) : "unknown";
    t->collation = coll_text(x->c->arena, ds->coll_clause);
    for (size_t i = 0; i < ds->n_constraints; i++)
        if (rg_pg_is(ds->constraints[i], T_Constraint)) domain_constraint(x, t, ds->constraints[i]->constraint, false);
}

void apply_alter_domain(ictx *x, const pg_AlterDomainStmt *ds)
{
    rg_type *t = type_find_names(x, ds->type_name, ds->n_type_name);
    if (!t || t->kind != RG_TYPE_DOMAIN) {
        ierr(x, 0, "42704", "type does not exist or is not a domain");
        return;
    }
    rg_normctx nx = nctx(x->c, NULL);
    switch (*ds->subtype) {
    case 'T':
        t->has_default = ds->def != NULL;
        if (ds->def) t->dflt = rg_norm_expr_typed(&nx, ds->def, t->base_type);
        else memset(&t->dflt, 0, sizeof t->dflt);
        break;
    case 'N': t->not_null = false; break;
    case 'O': t->not_null = true; break;
    case 'C':
        if (rg_pg_is(ds->def, T_Constraint)) domain_constraint(x, t, ds->def->constraint, true);
        break;
    case 'X':
    case 'V': {
        size_t i = 0;
        while (i < t->checks.n && strcmp(t->checks.v[i].name, ds->name)) i++;
        if (i == t->checks.n) {
            if (*ds->subtype == 'X' && ds->missing_ok)
                inote(x, 0, "skipped", "constraint \"%s\" of domain \"%s\" does not exist, skipping", ds->name, t->name);
            else
                ierr(x, 0, "42704", "constraint \"%s\" of domain \"%s\" does not exist", ds->name, t->name);
            break;
        }
        if (*ds->subtype == 'V') {
            t->checks.v[i].not_valid = false;
            break;
        }
        conname_del(x->c, t->schema, ds->name);
        memmove(&t->checks.v[i], &t->checks.v[i + 1], (t->checks.n - i - 1) * sizeof *t->checks.v);
        t->checks.n--;
        break;
    }
    default: break;
    }
    catidx_note_type(x->c, t); /* its default and checks */
}

void drop_type(ictx *x, rg_type *ty, bool cascade)
{
    rg_catalog *c = x->c;
    ty->dropped = true;
    char buf[300];
    rg_map_del(&c->type_map, tkey(buf, sizeof buf, c, ty->schema, ty->name));
    for (size_t i = 0; i < ty->checks.n; i++) conname_del(c, ty->schema, ty->checks.v[i].name);
    if (!cascade) return;
    /* columns of the type go with it (DROP TYPE ... CASCADE) */
    const char *tn = ckey(c, ty->schema, ty->name);
    size_t tl = strlen(tn);
    catidx_list l = catidx_name_users(c, CATIDX_TABLES, CATIDX_COLUMN_TYPE, tn);
    for (size_t n = 0; n < l.n; n++) {
        rg_table *t = &c->tables.v[l.v[n]];
        if (t->dropped) continue;
        for (size_t k = 0; k < t->columns.n; k++) {
            rg_column *col = &t->columns.v[k];
            if (col->dropped || strncmp(col->type, tn, tl) || (col->type[tl] && col->type[tl] != '[' && col->type[tl] != '('))
                continue;
            col->dropped = true;
            rg_map_del(&t->column_map, col->name);
            drop_column_deps(x, t, col->name, true);
        }
    }
    free(l.v);
}

/* ---- grants --------------------------------------------------------------- */

static const char *const table_privs[] = {"SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER", NULL};
static const char *const column_privs[] = {"SELECT", "INSERT", "UPDATE", "REFERENCES", NULL};
static const char *const seq_privs[] = {"USAGE", "SELECT", "UPDATE", NULL};
static const char *const schema_privs[] = {"USAGE", "CREATE", NULL};
static const char *const func_privs[] = {"EXECUTE", NULL};
static const char *const type_privs[] = {"USAGE", NULL};

static void grant_key(rg_buf *b, const char *obj, const char *grantee, const char *priv, const char *cols)
{
    rg_buf_reset(b);
    rg_buf_printf(b, "%s|%s|%s|%s", obj, grantee, priv, cols ? cols : "");
}

/* Grants are unordered rows: REVOKE swap-removes, re-pointing the moved
 * row's map entry. */
static void grant_remove(rg_catalog *c, rg_grant *g)
{
    rg_buf b = {0};
    grant_key(&b, g->object, g->grantee, g->privilege, g->columns);
    rg_map_del(&c->grant_map, b.s);
    rg_grant *last = &c->grants.v[c->grants.n - 1];
    if (last != g) {
        *g = *last;
        grant_key(&b, g->object, g->grantee, g->privilege, g->columns);
        rg_map_put(&c->grant_map, rg_arena_strdup(c->arena, b.s), g);
    }
    c->grants.n--;
    rg_buf_free(&b);
}

static void grant_one(ictx *x, bool is_grant, bool option, const char *obj, const char *grantee, const char *priv,
                      const char *cols)
{
    rg_catalog *c = x->c;
    rg_buf b = {0};
    grant_key(&b, obj, grantee, priv, cols);
    rg_grant *g = rg_map_get(&c->grant_map, b.s);
    if (is_grant) {
        if (!g) {
            g = PUSH(c->arena, &c->grants, &c->grant_map, NULL, false);
            g->object = obj;
            g->grantee = grantee;
            g->privilege = priv;
            g->columns = cols;
            rg_map_put(&c->grant_map, rg_arena_strdup(c->arena, b.s), g);
        }
        if (option) g->grant_option = true;
    } else if (g) {
        if (option) g->grant_option = false; /* REVOKE GRANT OPTION FOR */
        else grant_remove(c, g);
    }
    rg_buf_free(&b);
}

void grants_drop_object(rg_catalog *c, const char *obj)
{
    for (size_t i = 0; i < c->grants.n;) {
        if (!strcmp(c->grants.v[i].object, obj)) grant_remove(c, &c->grants.v[i]);
        else i++;
    }
}

static void grant_privs(ictx *x, const pg_GrantStmt *gs, const char *obj, const char *const *all)
{
    rg_catalog *c = x->c;
    for (size_t g = 0; g < gs->n_grantees; g++) {
        if (!rg_pg_is(gs->grantees[g], T_RoleSpec)) continue;
        const pg_RoleSpec *rs = gs->grantees[g]->role_spec;
        const char *grantee = rs->roletype == ROLESPEC_PUBLIC ? "PUBLIC" : role_name(rs);
        if (gs->n_privileges == 0) {
            for (size_t i = 0; all[i]; i++) grant_one(x, gs->is_grant, gs->grant_option, obj, grantee, all[i], NULL);
            continue;
        }
        for (size_t p = 0; p < gs->n_privileges; p++) {
            if (!rg_pg_is(gs->privileges[p], T_AccessPriv)) continue;
            const pg_AccessPriv *ap = gs->privileges[p]->access_priv;
            bool cols = ap->n_cols > 0;
            const char *const *list = cols ? column_privs : all;
            const char *one[2] = {upper_a(c->arena, ap->priv_name), NULL};
            if (*ap->priv_name && strcmp(ap->priv_name, "all")) list = one;
            /* column privileges are per column in the ACLs (pg_dump prints
             * one GRANT per column) */
            for (size_t k = 0; k < (ap->n_cols ? ap->n_cols : 1); k++) {
                const char *cc = ap->n_cols ? rg_arena_printf(c->arena, "(%s)", rg_pg_str(ap->cols[k])) : NULL;
                for (size_t i = 0; list[i]; i++) grant_one(x, gs->is_grant, gs->grant_option, obj, grantee, list[i], cc);
            }
        }
    }
}

static void grant_all_in_schema(ictx *x, const pg_GrantStmt *gs)
{
    rg_catalog *c = x->c;
    for (size_t i = 0; i < gs->n_objects; i++) {
        const char *schema = rg_pg_str(gs->objects[i]);
        if (gs->objtype == OBJECT_TABLE) {
            for (size_t k = 0; k < c->tables.n; k++)
                if (!c->tables.v[k].dropped && !strcmp(c->tables.v[k].schema, schema))
                    grant_privs(x, gs, rg_arena_printf(c->arena, "table %s.%s", schema, c->tables.v[k].name), table_privs);
            for (size_t k = 0; k < c->views.n; k++)
                if (!c->views.v[k].dropped && !strcmp(c->views.v[k].schema, schema))
                    grant_privs(x, gs, rg_arena_printf(c->arena, "table %s.%s", schema, c->views.v[k].name), table_privs);
        } else if (gs->objtype == OBJECT_SEQUENCE) {
            for (size_t k = 0; k < c->sequences.n; k++)
                if (!c->sequences.v[k].dropped && !strcmp(c->sequences.v[k].schema, schema))
                    grant_privs(x, gs, rg_arena_printf(c->arena, "sequence %s.%s", schema, c->sequences.v[k].name), seq_privs);
        } else {
            for (size_t k = 0; k < c->functions.n; k++)
                if (!c->functions.v[k].dropped && !strcmp(c->functions.v[k].schema, schema))
                    grant_privs(x, gs, rg_arena_printf(c->arena, "function %s", c->functions.v[k].signature), func_privs);
        }
    }
}

void apply_grant(ictx *x, const pg_GrantStmt *gs)
{
    rg_catalog *c = x->c;
    if (gs->targtype == ACL_TARGET_ALL_IN_SCHEMA) {
        grant_all_in_schema(x, gs);
        return;
    }
    for (size_t i = 0; i < gs->n_objects; i++) {
        const pg_node *o = gs->objects[i];
        switch (gs->objtype) {
        case OBJECT_TABLE:
        case OBJECT_SEQUENCE:
        case OBJECT_FOREIGN_TABLE: {
            if (!rg_pg_is(o, T_RangeVar)) break;
            const char *schema = NULL;
            rg_relref *r = rel_find_rv(c, o->range_var, &schema);
            if (!r) {
                ierr(x, o->range_var->location, "42P01", "relation \"%s\" does not exist", o->range_var->relname);
                break;
            }
            bool seq = r->kind == RG_REL_SEQUENCE;
            grant_privs(x, gs, rg_arena_printf(c->arena, "%s %s.%s", seq ? "sequence" : "table", schema, o->range_var->relname),
                        seq ? seq_privs : table_privs);
            break;
        }
        case OBJECT_SCHEMA:
            if (!schema_exists(c, rg_pg_str(o))) {
                ierr(x, 0, "3F000", "schema \"%s\" does not exist", rg_pg_str(o));
                break;
            }
            grant_privs(x, gs, rg_arena_printf(c->arena, "schema %s", rg_pg_str(o)), schema_privs);
            break;
        case OBJECT_FUNCTION:
        case OBJECT_PROCEDURE:
        case OBJECT_ROUTINE: {
            if (!rg_pg_is(o, T_ObjectWithArgs)) break;
            rg_function *f = function_find(x, o->object_with_args);
            if (!f) {
                /* builtin or extension function: keep the grant by its text */
                const char *s, *n;
                rg_pg_qname((const pg_node *const *)o->object_with_args->objname, o->object_with_args->n_objname, &s, &n);
                grant_privs(x, gs, rg_arena_printf(c->arena, "function %s%s%s(...)", s ? s : "", s ? "." : "", n), func_privs);
                break;
            }
            grant_privs(x, gs, rg_arena_printf(c->arena, "function %s", f->signature), func_privs);
            break;
        }
        case OBJECT_TYPE:
        case OBJECT_DOMAIN: {
            rg_type *t = NULL;
            if (rg_pg_is(o, T_List)) t = type_find_names(x, o->list->items, o->list->n_items);
            else if (rg_pg_is(o, T_TypeName)) t = type_find_names(x, o->type_name->names, o->type_name->n_names);
            if (!t) {
                ierr(x, 0, "42704", "type does not exist");
                break;
            }
            grant_privs(x, gs, rg_arena_printf(c->arena, "type %s.%s", t->schema, t->name), type_privs);
            break;
        }
        default:
            if (i == 0) inote(x, 0, "ignored", "privileges on this kind of object are not part of a schema; ignored");
            return;
        }
    }
}
