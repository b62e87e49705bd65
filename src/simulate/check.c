/*
 * check.c — the query checker: one query × one catalog → a verdict, by
 * PostgreSQL 15's parse analysis rules (parser/parse_relation.c,
 * parse_target.c, parse_clause.c): a range table per query level, each
 * FROM item visible by name (its alias hides the relation name) and by
 * its columns; unqualified columns searched level by level outward and
 * ambiguous when two items of one level have them; JOIN inputs hidden
 * behind the join's own columns (USING/NATURAL merged); non-LATERAL
 * subqueries in FROM cannot see their siblings; CTEs visible to the
 * levels below the WITH; `*` expanded in column order.
 *
 * Trees are walked generically (rg_pg_walk); only
 * nodes that carry meaning (column refs, functions, sub-selects,
 * comparisons, the statements) are handled by type. Relations, columns
 * and constraints are found through the catalog's hash maps.
 */
#include "sim_int.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "catalog/normalize.h"

typedef struct col {
    const char *name;
    const char *type;        /* canonical, NULL when unknown */
    const char *relkey;      /* "schema.table" when it is a base table column */
    const char *source;      /* output columns: the column they copy, if one */
} col;

typedef RG_VEC(col) colvec;
typedef RG_VEC(const char *) strvec;

typedef enum { IT_TABLE, IT_COLS, IT_JOIN } itemkind;

typedef struct item {
    itemkind kind;
    const char *refname;     /* alias, relation or CTE name; NULL: unaliased join */
    const char *schema;      /* relation items without alias: qualified refs */
    bool rel_visible, cols_visible;
    bool any;                /* shape unknown: every column name resolves */
    const rg_table *table;   /* IT_TABLE */
    const char *relkey;      /* IT_TABLE: "schema.table" */
    col *cols;               /* IT_COLS */
    size_t ncols;
    struct item *left, *right; /* IT_JOIN */
    const char **using;
    size_t nusing;
} item;

typedef struct cte {
    const char *name;
    col *cols;
    size_t ncols;
    bool any;
    struct cte *next;
} cte;

typedef struct scope {
    struct scope *parent;
    bool skip_parent;        /* a non-LATERAL FROM subquery: its siblings are invisible */
    RG_VEC(item *) items;
    cte *ctes;
    col *out;                /* output columns, for ORDER BY / GROUP BY names */
    size_t nout;
    bool out_any;            /* the output has a `*` of unknown shape */
} scope;

typedef struct ck {
    rg_checker *k;
    rg_catalog *c;
    rg_arena *a;
    rg_check *r;
    bool failed;
    int depth;
    RG_VEC(const char *) writes;
    RG_VEC(const char *) reads;
    const char **search_path;
    size_t nsearch_path;
    const char *params[65];  /* the type PostgreSQL deduced for $n at its first use */
    bool used[65];
    int max_param;
} ck;

static vtype expr(ck *x, scope *s, const pg_node *n);
static void check_grouping(ck *x, const scope *s, const pg_SelectStmt *st);
static bool system_schema(const char *s);
static bool schema_exists(const ck *x, const char *schema);
static bool extension_relation(const ck *x, const char *schema, const char *name);
static int agg_kind(const pg_FuncCall *fc);
static void no_double_assignment(ck *x, pg_node *const *tl, size_t n);
static void qual(ck *x, scope *s, const pg_node *n, const char *clause);
static void analyze_select(ck *x, scope *parent, const pg_SelectStmt *st, colvec *out, bool *any);
static void analyze_stmt(ck *x, scope *parent, const pg_node *n, colvec *out, bool *any);
static void distinct_order(ck *x, const scope *s, const pg_SelectStmt *st);
static void check_view_target(ck *x, const rg_view *vw, const char *name);

static const vtype VT_NONE = {VT_UNKNOWN, NULL, NULL};

/* ---- results ------------------------------------------------------------ */

static void fail(ck *x, rg_verdict v, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* The first problem wins, as PostgreSQL stops at its first error; a
 * runtime hazard (warning or not_null) never hides a later server error,
 * so those are recorded last by the callers. */
static void fail(ck *x, rg_verdict v, const char *code, const char *fmt, ...)
{
    if (x->failed) return;
    x->failed = true;
    va_list ap;
    va_start(ap, fmt);
    rg_buf b = {0};
    rg_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    x->r->verdict = v;
    x->r->code = code;
    x->r->detail = rg_arena_strdup(x->a, rg_buf_cstr(&b));
    rg_buf_free(&b);
}

static void note_read(ck *x, const char *relkey, const char *column)
{
    if (!relkey) return;
    *rg_vec_push(x->a, &x->reads) = rg_arena_printf(x->a, "%s.%s", relkey, column);
}

static void note_write(ck *x, const char *relkey, const char *column)
{
    if (!relkey) return;
    *rg_vec_push(x->a, &x->writes) =
        column ? rg_arena_printf(x->a, "%s.%s", relkey, column) : relkey;
}

/* ---- scopes and items --------------------------------------------------- */

static scope *new_scope(ck *x, scope *parent)
{
    scope *s = rg_arena_alloc(x->a, sizeof *s);
    s->parent = parent;
    return s;
}

static item *push_item(ck *x, scope *s, itemkind kind, const char *refname)
{
    item *it = rg_arena_alloc(x->a, sizeof *it);
    it->kind = kind;
    it->refname = refname;
    it->rel_visible = it->cols_visible = true;
    *rg_vec_push(x->a, &s->items) = it;
    return it;
}

static bool is_system_column(const char *n)
{
    return !strcmp(n, "ctid") || !strcmp(n, "xmin") || !strcmp(n, "xmax") || !strcmp(n, "cmin") ||
           !strcmp(n, "cmax") || !strcmp(n, "tableoid");
}

static bool in_list(const char **v, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(v[i], s)) return true;
    return false;
}


/* How many columns of `it` are called `name` (joins count both sides,
 * USING columns once); *found gets the first. Items of unknown shape
 * (system catalogs, functions) do not count but set *guess: they may
 * have the column. */
static size_t item_find_g(const item *it, const char *name, col *found, bool *guess)
{
    switch (it->kind) {
    case IT_TABLE: {
        const rg_column *c = rg_table_column(it->table, name);
        if (c) {
            *found = (col){c->name, c->type, it->relkey};
            return 1;
        }
        if (is_system_column(name)) {
            *found = (col){name, NULL, NULL};
            return 1;
        }
        return 0;
    }
    case IT_COLS: {
        size_t n = 0;
        for (size_t i = 0; i < it->ncols; i++)
            if (!strcmp(it->cols[i].name, name) && n++ == 0) *found = it->cols[i];
        if (n == 0 && it->any) {
            *found = (col){name, NULL, NULL};
            *guess = true;
        }
        return n;
    }
    case IT_JOIN:
        if (in_list(it->using, it->nusing, name)) {
            bool g = false;
            if (!item_find_g(it->left, name, found, &g)) item_find_g(it->right, name, found, &g);
            return 1;
        }
        {
            col r;
            size_t n = item_find_g(it->left, name, found, guess);
            size_t m = item_find_g(it->right, name, &r, guess);
            if (n == 0 && m) *found = r;
            return n + m;
        }
    }
    return 0;
}

/* The same, a guess counting as one match. */
static size_t item_find(const item *it, const char *name, col *found)
{
    bool guess = false;
    size_t n = item_find_g(it, name, found, &guess);
    return n ? n : guess ? 1 : 0;
}

/* The columns `*` gives for an item, in order; *any when unknown. */
static void item_expand(ck *x, const item *it, colvec *out, bool *any)
{
    switch (it->kind) {
    case IT_TABLE:
        for (size_t i = 0; i < it->table->columns.n; i++) {
            const rg_column *c = &it->table->columns.v[i];
            if (!c->dropped) *rg_vec_push(x->a, out) = (col){c->name, c->type, it->relkey};
        }
        return;
    case IT_COLS:
        for (size_t i = 0; i < it->ncols; i++) *rg_vec_push(x->a, out) = it->cols[i];
        if (it->any) *any = true;
        return;
    case IT_JOIN: {
        colvec l = {0}, r = {0};
        item_expand(x, it->left, &l, any);
        item_expand(x, it->right, &r, any);
        for (size_t u = 0; u < it->nusing; u++) {
            col f = {it->using[u], NULL, NULL};
            if (!item_find(it->left, it->using[u], &f)) item_find(it->right, it->using[u], &f);
            *rg_vec_push(x->a, out) = f;
        }
        for (size_t i = 0; i < l.n; i++)
            if (!in_list(it->using, it->nusing, l.v[i].name)) *rg_vec_push(x->a, out) = l.v[i];
        for (size_t i = 0; i < r.n; i++)
            if (!in_list(it->using, it->nusing, r.v[i].name)) *rg_vec_push(x->a, out) = r.v[i];
        return;
    }
    }
}

/* Walks outward from s; `skip` hides the level below a non-LATERAL FROM
 * subquery (the subquery's siblings). */
#define FOR_LEVELS(lv, s)                                                           \
    for (const scope *lv = (s), *lv##_prev = NULL; lv;                              \
         lv##_prev = lv, lv = lv->parent)                                           \
        if (!(lv##_prev && lv##_prev->skip_parent))

static const item *find_refname(const scope *s, const char *schema, const char *name)
{
    FOR_LEVELS(lv, s) {
        for (size_t i = 0; i < lv->items.n; i++) {
            const item *it = lv->items.v[i];
            if (!it->rel_visible || !it->refname || strcmp(it->refname, name) != 0) continue;
            if (schema && (!it->schema || strcmp(it->schema, schema) != 0)) continue;
            return it;
        }
    }
    return NULL;
}

static const cte *find_cte(const scope *s, const char *name)
{
    for (; s; s = s->parent)
        for (const cte *c = s->ctes; c; c = c->next)
            if (!strcmp(c->name, name)) return c;
    return NULL;
}

/* ---- column references -------------------------------------------------- */

static vtype col_vtype(const col *c)
{
    if (!c->type) return VT_NONE;
    return (vtype){VT_COLUMN, c->type, NULL};
}

static vtype resolve_unqualified(ck *x, scope *s, const char *name)
{
    FOR_LEVELS(lv, s) {
        size_t n = 0, guesses = 0;
        col found = {0}, f;
        for (size_t i = 0; i < lv->items.n; i++) {
            const item *it = lv->items.v[i];
            if (!it->cols_visible) continue;
            bool guess = false;
            size_t m = item_find_g(it, name, &f, &guess);
            /* An item of unknown shape only guesses: it neither makes a
             * name ambiguous nor hides one. */
            if (guess) guesses++;
            if (m && n == 0) found = f;
            n += m;
        }
        if (n == 0 && guesses) return VT_NONE;
        if (n > 1) {
            fail(x, RG_VERDICT_ERROR, "ambiguous_column", "column reference \"%s\" is ambiguous", name);
            return VT_NONE;
        }
        if (n == 1) {
            note_read(x, found.relkey, found.name);
            return col_vtype(&found);
        }
    }
    /* A bare relation name is a whole-row reference (PostgreSQL tries the
     * column first). */
    if (find_refname(s, NULL, name)) return VT_NONE;
    fail(x, RG_VERDICT_ERROR, "missing_column", "column \"%s\" does not exist", name);
    return VT_NONE;
}

static vtype resolve_colref(ck *x, scope *s, const pg_ColumnRef *cr)
{
    size_t n = cr->n_fields;
    if (n == 0) return VT_NONE;
    const pg_node *last = cr->fields[n - 1];
    bool star = last->node_case == T_A_Star;
    if (n == 1) return star ? VT_NONE : resolve_unqualified(x, s, rg_pg_str(last));
    const char *rel = rg_pg_str(cr->fields[n - 2]);
    const char *schema = n >= 3 ? rg_pg_str(cr->fields[n - 3]) : NULL;
    const item *it = find_refname(s, schema, rel);
    if (!it) {
        fail(x, RG_VERDICT_ERROR, "missing_relation", "missing FROM-clause entry for table \"%s\"", rel);
        return VT_NONE;
    }
    if (star) return VT_NONE;
    const char *name = rg_pg_str(last);
    col found = {0};
    size_t m = item_find(it, name, &found);
    if (m == 0) {
        fail(x, RG_VERDICT_ERROR, "missing_column", "column %s.%s does not exist", rel, name);
        return VT_NONE;
    }
    if (m > 1) {
        fail(x, RG_VERDICT_ERROR, "ambiguous_column", "column reference \"%s\" is ambiguous", name);
        return VT_NONE;
    }
    note_read(x, found.relkey, found.name);
    return col_vtype(&found);
}

/* ---- functions ---------------------------------------------------------- */

static bool has_extensions(const rg_catalog *c)
{
    for (size_t i = 0; i < c->extensions.n; i++)
        if (!c->extensions.v[i].dropped && strcmp(c->extensions.v[i].name, "plpgsql") != 0) return true;
    return false;
}

static const char *vt_shown(rg_arena *a, const vtype *v)
{
    switch (v->kind) {
    case VT_COLUMN: return v->type;
    case VT_INT: return "integer";
    case VT_NUM: return "numeric";
    case VT_BOOL: return "boolean";
    default: return "unknown";
    }
    (void)a;
}

static bool schema_exists(const ck *x, const char *schema)
{
    return rg_map_get(&x->c->schema_map, schema) || !strcmp(schema, "pg_catalog") ||
           !strcmp(schema, "information_schema") || !strcmp(schema, "pg_temp");
}

static const char *check_function(ck *x, const pg_node *const *names, size_t nnames, const vtype *args,
                                  size_t nargs, const char *const *argnames, bool procedure)
{
    const char *result = NULL;
    const char *name = rg_pg_str(names[nnames - 1]);
    const char *schema = nnames >= 2 ? rg_pg_str(names[nnames - 2]) : NULL;
    if (schema && !schema_exists(x, schema)) {
        fail(x, RG_VERDICT_ERROR, "missing_schema", "schema \"%s\" does not exist", schema);
        return NULL;
    }
    bool builtin = (!schema || !strcmp(schema, "pg_catalog")) && !procedure && sim_builtin_function(name);
    if (builtin && sim_builtin_arity_ok(name, nargs) && !sim_builtin_args_fail(name, nargs, args, argnames))
        return sim_builtin_result(name);
    sim_dep_function(x->k, name);
    fn_lookup best = FN_NO_NAME;
    const char *in = schema;
    if (schema) {
        best = sim_user_function(&x->k->fns, x->k->arena, x->c, schema, name, nargs, argnames, args, procedure, &result);
    } else {
        for (size_t i = 0; i < x->nsearch_path && best != FN_FOUND; i++) {
            fn_lookup l = sim_user_function(&x->k->fns, x->k->arena, x->c, x->search_path[i], name,
                                            nargs, argnames, args, procedure, &result);
            if (l != FN_NO_NAME) best = l;
            if (l == FN_FOUND) in = x->search_path[i];
        }
    }
    const char *detail = NULL;
    if (best == FN_FOUND && in &&
        sim_user_literal_fails(&x->k->fns, x->k->arena, x->c, in, name, nargs, argnames, args, procedure, &detail))
        fail(x, RG_VERDICT_ERROR, "type_mismatch", "%s", detail);
    if (best == FN_FOUND) return result;
    if (builtin) best = FN_BAD_ARGS;
    /* Extension objects are not in the catalog: do not guess. */
    if (best == FN_NO_NAME && has_extensions(x->c)) return NULL;
    rg_buf b = {0};
    for (size_t i = 0; i < nargs; i++)
        rg_buf_printf(&b, "%s%s%s%s", i ? ", " : "", argnames && argnames[i] ? argnames[i] : "",
                      argnames && argnames[i] ? " => " : "", vt_shown(x->a, &args[i]));
    fail(x, RG_VERDICT_ERROR, "missing_function", "%s %s%s%s(%s) does not exist",
         procedure ? "procedure" : "function", schema ? schema : "", schema ? "." : "", name,
         rg_buf_cstr(&b));
    rg_buf_free(&b);
    return NULL;
}

/* The result columns of a call of a user function, when known. */
static bool call_fields(ck *x, const pg_FuncCall *fc, sim_field **fields, size_t *n)
{
    if (!fc->n_funcname) return false;
    const char *name = rg_pg_str(fc->funcname[fc->n_funcname - 1]);
    const char *schema = fc->n_funcname >= 2 ? rg_pg_str(fc->funcname[fc->n_funcname - 2]) : NULL;
    sim_dep_function(x->k, name);
    if (schema) return sim_user_function_fields(&x->k->fns, x->k->arena, x->c, schema, name, fc->n_args, fields, n);
    if (sim_builtin_function(name)) return false;
    for (size_t i = 0; i < x->nsearch_path; i++)
        if (sim_user_function_fields(&x->k->fns, x->k->arena, x->c, x->search_path[i], name, fc->n_args, fields, n))
            return true;
    return false;
}

static bool is_star(const pg_node *n);
static void dep(ck *x, const char *relname);

/* A string literal where PostgreSQL wants a regclass ('orders'::regclass,
 * nextval('seq')) is looked up when the query is prepared (42P01). Quoted
 * names are left alone. */
static void regclass_literal(ck *x, const char *lit)
{
    if (!lit || strchr(lit, '"') || !*lit) return;
    char buf[256];
    size_t n = 0;
    for (const char *p = lit; *p && n + 1 < sizeof buf; p++)
        buf[n++] = (*p >= 'A' && *p <= 'Z') ? (char)(*p - 'A' + 'a') : *p;
    buf[n] = 0;
    char *dot = strchr(buf, '.');
    const char *schema = NULL, *name = buf;
    if (dot) {
        *dot = 0;
        schema = buf;
        name = dot + 1;
        if (strchr(name, '.')) return;
    }
    dep(x, rg_arena_strdup(x->k->arena, name));
    if (schema && (system_schema(schema) || !schema_exists(x, schema))) return;
    if (!schema && !strncmp(name, "pg_", 3)) return;
    char key[600];
    for (size_t i = 0; i < (schema ? 1 : x->nsearch_path); i++) {
        snprintf(key, sizeof key, "%s.%s", schema ? schema : x->search_path[i], name);
        if (rg_map_get(&x->c->relation_map, key)) return;
    }
    if (extension_relation(x, schema, name)) return;
    fail(x, RG_VERDICT_ERROR, "missing_relation", "relation \"%s\" does not exist", lit);
}

static bool regclass_function(const char *name)
{
    static const char *const F[] = {"nextval", "currval", "setval", "pg_total_relation_size", "pg_relation_size",
                                    "pg_table_size", "pg_indexes_size"};
    for (size_t i = 0; i < sizeof F / sizeof *F; i++)
        if (!strcmp(F[i], name)) return true;
    return false;
}

static vtype func_call(ck *x, scope *s, const pg_FuncCall *fc)
{
    if (fc->over && agg_kind(fc) == 0 && !sim_builtin_window_capable(rg_pg_str(fc->funcname[fc->n_funcname - 1])))
        fail(x, RG_VERDICT_ERROR, "missing_function", "OVER specified, but %s is not a window function nor an aggregate function",
             rg_pg_str(fc->funcname[fc->n_funcname - 1]));
    if (fc->n_funcname == 1 && !fc->n_args && !fc->agg_star && !strcmp(rg_pg_str(fc->funcname[0]), "count"))
        fail(x, RG_VERDICT_ERROR, "missing_function", "count(*) must be used to call a parameterless aggregate function");
    size_t room = fc->n_args + fc->n_agg_order + 1;
    vtype *args = rg_arena_alloc(x->a, room * sizeof *args);
    const char **argnames = rg_arena_alloc(x->a, room * sizeof *argnames);
    for (size_t i = 0; i < fc->n_args; i++) {
        const pg_node *arg = fc->args[i];
        if (arg->node_case == T_NamedArgExpr) {
            argnames[i] = arg->named_arg_expr->name;
            arg = arg->named_arg_expr->arg;
        }
        args[i] = expr(x, s, arg);
    }
    for (size_t i = 0; i < fc->n_agg_order; i++) expr(x, s, fc->agg_order[i]);
    if (fc->agg_filter) expr(x, s, fc->agg_filter);
    if (fc->over) {
        for (size_t i = 0; i < fc->over->n_partition_clause; i++) expr(x, s, fc->over->partition_clause[i]);
        for (size_t i = 0; i < fc->over->n_order_clause; i++) expr(x, s, fc->over->order_clause[i]);
    }
    if (fc->n_args >= 1 && args[0].kind == VT_STRING && fc->n_funcname &&
        (fc->n_funcname == 1 || !strcmp(rg_pg_str(fc->funcname[0]), "pg_catalog")) &&
        regclass_function(rg_pg_str(fc->funcname[fc->n_funcname - 1])))
        regclass_literal(x, args[0].lit);
    const char *t = NULL;
    if (fc->n_funcname)
        /* An ordered-set aggregate's WITHIN GROUP arguments count too. */
        t = check_function(x, (const pg_node *const *)fc->funcname, fc->n_funcname, args,
                           fc->n_args + (fc->agg_within_group ? fc->n_agg_order : 0), argnames, false);
    /* Aggregates over a window or with FILTER keep their result type. */
    return t ? (vtype){VT_COLUMN, t, NULL, 0} : VT_NONE;
}

/* ---- expressions -------------------------------------------------------- */

/* Every expression directly below n (through messages that are not
 * expressions themselves) is checked on its own. */
typedef struct fields_walk {
    ck *x;
    scope *s;
} fields_walk;

static rg_pg_step field_expr(const rg_pg_visit *v, void *ctx)
{
    if (v->depth == 0 || !v->node) return RG_PG_NEXT;
    fields_walk *fw = ctx;
    expr(fw->x, fw->s, v->node);
    return RG_PG_SKIP;
}

static void walk_fields(ck *x, scope *s, const pg_node *n)
{
    fields_walk fw = {x, s};
    rg_pg_walk(n, field_expr, &fw);
}

static vtype const_vtype(const pg_A_Const *c)
{
    if (c->isnull) return (vtype){VT_NULL, NULL, NULL};
    switch (c->val_case) {
    case A_CONST_IVAL: return (vtype){VT_INT, NULL, NULL, c->ival->ival};
    case A_CONST_FVAL: return (vtype){VT_NUM, NULL, NULL};
    case A_CONST_BOOLVAL: return (vtype){VT_BOOL, NULL, NULL};
    case A_CONST_SVAL: return (vtype){VT_STRING, NULL, c->sval->sval};
    default: return VT_NONE;
    }
}

/* A cast to a type that is neither built in, nor a catalog type, nor a
 * table's row type fails with 42704; extensions' types are not known, so
 * with an extension installed nothing is said. */
static bool system_schema(const char *s);

static void type_exists_or_fail(ck *x, const char *schema, const char *name)
{
    sim_dep_type(x->k, name);
    if (schema && !schema_exists(x, schema)) {
        fail(x, RG_VERDICT_ERROR, "missing_schema", "schema \"%s\" does not exist", schema);
        return;
    }
    if (has_extensions(x->c) || (schema && system_schema(schema))) return;
    if (!schema && (!strncmp(name, "pg_", 2) || !strncmp(name, "reg", 3) || name[0] == '_' || !strcmp(name, "char")))
        return;
    char key[600];
    if (schema) {
        snprintf(key, sizeof key, "%s.%s", schema, name);
        if (rg_map_get(&x->c->relation_map, key)) return;
    } else {
        for (size_t i = 0; i < x->nsearch_path; i++) {
            snprintf(key, sizeof key, "%s.%s", x->search_path[i], name);
            if (rg_map_get(&x->c->relation_map, key)) return;
        }
    }
    fail(x, RG_VERDICT_ERROR, "missing_type", "type \"%s%s%s\" does not exist", schema ? schema : "",
         schema ? "." : "", name);
}

/* The canonical name of a cast's type, when it is a plain builtin or a
 * catalog type; NULL otherwise (arrays, unknown names). */
static const char *cast_type(ck *x, const pg_TypeName *tn)
{
    if (!tn || tn->n_names == 0 || tn->n_array_bounds) return NULL;
    const char *name = rg_pg_str(tn->names[tn->n_names - 1]);
    sim_dep_type(x->k, name);
    const char *schema = tn->n_names >= 2 ? rg_pg_str(tn->names[tn->n_names - 2]) : NULL;
    if (!schema || !strcmp(schema, "pg_catalog")) {
        const char *b = rg_norm_builtin_type(name);
        if (b) return b;
    }
    const rg_type *t = rg_catalog_type(x->c, schema, name);
    if (t) return rg_arena_printf(x->a, "%s.%s", t->schema, t->name);
    type_exists_or_fail(x, schema, name);
    return NULL;
}

/* $n compared with a typed value takes its type (PostgreSQL fixes a
 * parameter's type at its first use; a later clash is an error). */
static void deduce_param(ck *x, const vtype *p, const vtype *other)
{
    if (p->kind == VT_PARAM && other->kind == VT_COLUMN && p->param > 0 && p->param < 65 && !x->params[p->param])
        x->params[p->param] = other->type;
}

/* Built-in numeric types in the order arithmetic widens them. */
static const char *const NUMERIC_TYPES[] = {"smallint", "integer", "bigint", "numeric", "real", "double precision"};

/* 1-based rank of a value's numeric type, 0 when not a plain one. */
static int numeric_rank(const vtype *v)
{
    if (v->kind == VT_INT) return 2;
    if (v->kind == VT_NUM) return 4;
    if (v->kind != VT_COLUMN || !v->type) return 0;
    for (int i = 0; i < 6; i++)
        if (!strcmp(v->type, NUMERIC_TYPES[i]) ||
            (i == 3 && !strncmp(v->type, "numeric(", 8)))
            return i + 1;
    return 0;
}

static bool is_cmp_op(const char *op)
{
    return !strcmp(op, "=") || !strcmp(op, "<>") || !strcmp(op, "<") || !strcmp(op, ">") || !strcmp(op, "<=") ||
           !strcmp(op, ">=");
}

static vtype a_expr(ck *x, scope *s, const pg_A_Expr *e)
{
    const char *op = e->n_name ? rg_pg_str(e->name[e->n_name - 1]) : "";
    const char *detail = NULL;
    if (e->kind == AEXPR_DISTINCT || e->kind == AEXPR_NOT_DISTINCT ||
        e->kind == AEXPR_NULLIF)
        op = "=";
    if (e->kind == AEXPR_OP || e->kind == AEXPR_DISTINCT ||
        e->kind == AEXPR_NOT_DISTINCT || e->kind == AEXPR_NULLIF) {
        vtype l = e->lexpr ? expr(x, s, e->lexpr) : VT_NONE;
        vtype r = e->rexpr ? expr(x, s, e->rexpr) : VT_NONE;
        deduce_param(x, &l, &r);
        deduce_param(x, &r, &l);
        if (sim_compare_fails(x->c, x->a, &l, &r, op, &detail)) {
            fail(x, RG_VERDICT_ERROR, "type_mismatch", "%s", detail);
            return VT_NONE;
        }
        if (e->kind == AEXPR_OP && e->lexpr && e->rexpr &&
            (!strcmp(op, "+") || !strcmp(op, "-") || !strcmp(op, "*") || !strcmp(op, "/"))) {
            int rl = numeric_rank(&l), rr = numeric_rank(&r);
            if (rl && rr) return (vtype){VT_COLUMN, NUMERIC_TYPES[(rl > rr ? rl : rr) - 1], NULL, 0};
        }
        return VT_NONE;
    }
    if (e->kind == AEXPR_OP_ANY || e->kind == AEXPR_OP_ALL) {
        vtype l = e->lexpr ? expr(x, s, e->lexpr) : VT_NONE;
        vtype r = e->rexpr ? expr(x, s, e->rexpr) : VT_NONE;
        /* col = ANY ('{...}'): the literal is read as an array of col's type. */
        size_t tl = l.kind == VT_COLUMN && l.type ? strlen(l.type) : 0;
        if (r.kind == VT_STRING && tl && strcmp(l.type + (tl > 2 ? tl - 2 : 0), "[]") && is_cmp_op(op) &&
            sim_literal_fails(x->c, x->a, rg_arena_printf(x->a, "%s[]", l.type), r.lit, &detail))
            fail(x, RG_VERDICT_ERROR, "type_mismatch", "%s", detail);
        return VT_NONE;
    }
    if (e->kind == AEXPR_IN && e->rexpr &&
        e->rexpr->node_case == T_List) {
        vtype l = e->lexpr ? expr(x, s, e->lexpr) : VT_NONE;
        const pg_List *lst = e->rexpr->list;
        for (size_t i = 0; i < lst->n_items; i++) {
            vtype r = expr(x, s, lst->items[i]);
            if (sim_compare_fails(x->c, x->a, &l, &r, "=", &detail))
                fail(x, RG_VERDICT_ERROR, "type_mismatch", "%s", detail);
        }
        return VT_NONE;
    }
    if ((e->kind == AEXPR_BETWEEN || e->kind == AEXPR_NOT_BETWEEN) &&
        e->rexpr && e->rexpr->node_case == T_List) {
        vtype l = e->lexpr ? expr(x, s, e->lexpr) : VT_NONE;
        const pg_List *lst = e->rexpr->list;
        for (size_t i = 0; i < lst->n_items; i++) {
            vtype r = expr(x, s, lst->items[i]);
            deduce_param(x, &r, &l);
            if (sim_compare_fails(x->c, x->a, &l, &r, ">=", &detail))
                fail(x, RG_VERDICT_ERROR, "type_mismatch", "%s", detail);
        }
        return VT_NONE;
    }
    if (e->kind == AEXPR_LIKE || e->kind == AEXPR_ILIKE) {
        vtype l = e->lexpr ? expr(x, s, e->lexpr) : VT_NONE;
        if (e->rexpr) expr(x, s, e->rexpr);
        /* LIKE exists for string types only (and bytea, name). */
        const rg_type *en;
        tcat k = l.kind == VT_COLUMN ? sim_type_category(x->c, l.type, &en) : TC_OTHER;
        bool nolike = k == TC_NUMERIC || k == TC_BOOLEAN || k == TC_ENUM || k == TC_DATETIME;
        static const char *const NOLIKE[] = {"json", "jsonb", "uuid", "inet", "cidr", "macaddr", "xml", "point"};
        for (size_t i = 0; l.kind == VT_COLUMN && !nolike && i < sizeof NOLIKE / sizeof *NOLIKE; i++)
            nolike = !strcmp(l.type, NOLIKE[i]);
        if (l.kind == VT_COLUMN && strlen(l.type) > 2 && !strcmp(l.type + strlen(l.type) - 2, "[]")) nolike = true;
        if (nolike)
            fail(x, RG_VERDICT_ERROR, "type_mismatch", "operator does not exist: %s %s unknown", sim_shown_type(x->a, &l),
                 e->kind == AEXPR_LIKE ? "~~" : "~~*");
        return VT_NONE;
    }
    if (e->lexpr) expr(x, s, e->lexpr);
    if (e->rexpr) expr(x, s, e->rexpr);
    return VT_NONE;
}

static vtype sublink(ck *x, scope *s, const pg_SubLink *sl)
{
    if (sl->testexpr) expr(x, s, sl->testexpr);
    colvec out = {0};
    bool any = false;
    if (sl->subselect) analyze_stmt(x, s, sl->subselect, &out, &any);
    /* A subquery compared with one value returns one column; with a
     * ROW(...) as many as the row has (42601 otherwise). */
    size_t want = 1;
    if (sl->testexpr && sl->testexpr->node_case == T_RowExpr) want = sl->testexpr->row_expr->n_args;
    bool counted = sl->sub_link_type == EXPR_SUBLINK ||
                   sl->sub_link_type == ANY_SUBLINK ||
                   sl->sub_link_type == ALL_SUBLINK ||
                   sl->sub_link_type == ARRAY_SUBLINK;
    if (counted && !any && out.n != want)
        fail(x, RG_VERDICT_ERROR, "syntax_error", "%s",
             sl->sub_link_type == EXPR_SUBLINK || sl->sub_link_type == ARRAY_SUBLINK
                 ? (out.n > 1 ? "subquery must return only one column" : "subquery must return a column")
                 : out.n < want ? "subquery has too few columns" : "subquery has too many columns");
    if (sl->sub_link_type == EXPR_SUBLINK && out.n == 1) return col_vtype(&out.v[0]);
    return VT_NONE;
}

/* select_common_type: the branches of CASE / COALESCE / GREATEST must
 * share a type category (42804 otherwise). */
static vtype common_type(ck *x, const vtype *v, size_t n, const char *what)
{
    const vtype *first = NULL;
    for (size_t i = 0; i < n; i++) {
        if (v[i].kind != VT_COLUMN && v[i].kind != VT_INT && v[i].kind != VT_NUM && v[i].kind != VT_BOOL) continue;
        if (!first) {
            first = &v[i];
            continue;
        }
        const char *detail;
        if (sim_compare_fails(x->c, x->a, first, &v[i], "=", &detail) && !strncmp(detail, "operator", 8)) {
            fail(x, RG_VERDICT_ERROR, "type_mismatch", "%s types %s and %s cannot be matched", what,
                 sim_shown_type(x->a, first), sim_shown_type(x->a, &v[i]));
            return VT_NONE;
        }
    }
    return first && first->kind == VT_COLUMN ? *first : VT_NONE;
}

/* Aggregates and window functions are computed after WHERE and ON. */
typedef struct agg_scan {
    ck *x;
    const char *clause;
} agg_scan;

static rg_pg_step no_aggregate(const rg_pg_visit *v, void *ctx)
{
    agg_scan *as = ctx;
    if (as->x->failed) return RG_PG_STOP;
    if (v->kind == T_SubLink) return RG_PG_SKIP;
    if (v->kind != T_FuncCall) return RG_PG_NEXT;
    const pg_FuncCall *fc = v->msg;
    if (fc->over) {
        fail(as->x, RG_VERDICT_ERROR, "misplaced_aggregate", "window functions are not allowed in %s", as->clause);
        return RG_PG_STOP;
    }
    if (agg_kind(fc) == 1) {
        fail(as->x, RG_VERDICT_ERROR, "misplaced_aggregate", "aggregate functions are not allowed in %s", as->clause);
        return RG_PG_STOP;
    }
    return RG_PG_NEXT;
}

/* Aggregates and window functions are computed after WHERE and ON. */
static void no_aggregates(ck *x, const pg_node *n, const char *clause)
{
    agg_scan as = {x, clause};
    rg_pg_walk(n, no_aggregate, &as);
}

/* WHERE / HAVING / ON take a boolean (42804 otherwise). */
static void qual(ck *x, scope *s, const pg_node *n, const char *clause)
{
    if (strcmp(clause, "HAVING") != 0) no_aggregates(x, n, clause);
    vtype v = expr(x, s, n);
    vtype b = {VT_COLUMN, "boolean", NULL, 0};
    const char *detail;
    if (v.kind == VT_STRING) {
        if (sim_assign_fails(x->c, x->a, "", "boolean", &v, &detail))
            fail(x, RG_VERDICT_ERROR, "type_mismatch", "%s", detail);
        return;
    }
    if (v.kind != VT_COLUMN && v.kind != VT_INT && v.kind != VT_NUM) return;
    if (v.kind == VT_COLUMN && sim_type_category(x->c, v.type, NULL) == TC_OTHER) return;
    if (sim_compare_fails(x->c, x->a, &b, &v, "=", &detail))
        fail(x, RG_VERDICT_ERROR, "type_mismatch", "argument of %s must be type boolean, not type %s", clause,
             sim_shown_type(x->a, &v));
}

static vtype expr(ck *x, scope *s, const pg_node *n)
{
    if (!n || x->depth > RG_PG_MAX_DEPTH) return VT_NONE;
    x->depth++;
    vtype v = VT_NONE;
    switch (n->node_case) {
    case T_ColumnRef: v = resolve_colref(x, s, n->column_ref); break;
    case T_A_Const: v = const_vtype(n->a_const); break;
    case T_ParamRef: {
        int no = n->param_ref->number;
        if (no > 0 && no < 65) x->used[no] = true;
        if (no > x->max_param) x->max_param = no;
        v = (vtype){VT_PARAM, NULL, NULL, no};
        if (no > 0 && no < 65 && x->params[no]) v = (vtype){VT_COLUMN, x->params[no], NULL, 0};
        break;
    }
    case T_FuncCall: v = func_call(x, s, n->func_call); break;
    case T_A_Expr: v = a_expr(x, s, n->a_expr); break;
    case T_SubLink: v = sublink(x, s, n->sub_link); break;
    case T_TypeCast: {
        vtype a = expr(x, s, n->type_cast->arg);
        const char *t = cast_type(x, n->type_cast->type_name);
        const char *detail = NULL;
        const pg_TypeName *tn = n->type_cast->type_name;
        if (a.kind == VT_STRING && tn && tn->n_names && !tn->n_array_bounds &&
            !strcmp(rg_pg_str(tn->names[tn->n_names - 1]), "regclass"))
            regclass_literal(x, a.lit);
        /* An explicit cast truncates to varchar(n): only the input is checked. */
        if (t && a.kind == VT_STRING && strncmp(t, "character", 9) != 0 &&
            sim_assign_fails(x->c, x->a, "", t, &a, &detail))
            fail(x, RG_VERDICT_ERROR, "type_mismatch", "%s", detail);
        else if (t && sim_cast_fails(x->c, x->a, &a, t, &detail))
            fail(x, RG_VERDICT_ERROR, "type_mismatch", "%s", detail);
        if (t) v = (vtype){VT_COLUMN, t, NULL, 0};
        break;
    }
    case T_A_Indirection: {
        const pg_A_Indirection *ai = n->a_indirection;
        expr(x, s, ai->arg);
        for (size_t i = 0; i < ai->n_indirection; i++)
            if (ai->indirection[i]->node_case != T_String) expr(x, s, ai->indirection[i]);
        sim_field *fields;
        size_t nf;
        if (ai->arg && ai->arg->node_case == T_FuncCall && ai->n_indirection &&
            ai->indirection[0]->node_case == T_String &&
            call_fields(x, ai->arg->func_call, &fields, &nf)) {
            const char *want = rg_pg_str(ai->indirection[0]);
            bool found = false;
            for (size_t i = 0; i < nf && !found; i++)
                if (!strcmp(fields[i].name, want)) found = true, v = (vtype){VT_COLUMN, fields[i].type, NULL, 0};
            if (!found)
                fail(x, RG_VERDICT_ERROR, "missing_column", "could not identify column \"%s\" in record data type", want);
        }
        break;
    }
    case T_CaseExpr: {
        const pg_CaseExpr *ce = n->case_expr;
        if (ce->arg) expr(x, s, ce->arg);
        vtype *res = rg_arena_alloc(x->a, (ce->n_args + 2) * sizeof *res);
        size_t nres = 0;
        for (size_t i = 0; i < ce->n_args; i++) {
            if (ce->args[i]->node_case != T_CaseWhen) continue;
            const pg_CaseWhen *w = ce->args[i]->case_when;
            if (w->expr) expr(x, s, w->expr);
            res[nres++] = expr(x, s, w->result);
        }
        if (ce->defresult) res[nres++] = expr(x, s, ce->defresult);
        v = common_type(x, res, nres, "CASE");
        break;
    }
    case T_CoalesceExpr: {
        const pg_CoalesceExpr *ce = n->coalesce_expr;
        vtype *res = rg_arena_alloc(x->a, (ce->n_args + 1) * sizeof *res);
        for (size_t i = 0; i < ce->n_args; i++) res[i] = expr(x, s, ce->args[i]);
        v = common_type(x, res, ce->n_args, "COALESCE");
        break;
    }
    case T_MinMaxExpr: {
        const pg_MinMaxExpr *me = n->min_max_expr;
        vtype *res = rg_arena_alloc(x->a, (me->n_args + 1) * sizeof *res);
        for (size_t i = 0; i < me->n_args; i++) res[i] = expr(x, s, me->args[i]);
        v = common_type(x, res, me->n_args,
                        me->op == IS_GREATEST ? "GREATEST" : "LEAST");
        break;
    }
    case T_SelectStmt:
    case T_InsertStmt:
    case T_UpdateStmt:
    case T_DeleteStmt: {
        colvec out = {0};
        bool any = false;
        analyze_stmt(x, s, n, &out, &any);
        break;
    }
    default: walk_fields(x, s, n); break;
    }
    x->depth--;
    return v;
}

/* ---- FROM --------------------------------------------------------------- */

static const char *alias_name(const pg_Alias *al)
{
    return al && al->aliasname && *al->aliasname ? al->aliasname : NULL;
}

/* Applies an alias's column names to the first columns. */
static void rename_cols(ck *x, col *cols, size_t ncols, const pg_Alias *al)
{
    if (!al) return;
    for (size_t i = 0; i < al->n_colnames && i < ncols; i++) cols[i].name = rg_pg_str(al->colnames[i]);
    (void)x;
}

static item *cols_item(ck *x, scope *s, const char *refname, const colvec *cols, bool any,
                       const pg_Alias *al)
{
    item *it = push_item(x, s, IT_COLS, refname);
    it->cols = cols->v;
    it->ncols = cols->n;
    it->any = any;
    rename_cols(x, it->cols, it->ncols, al);
    if (al && al->n_colnames > cols->n && !any) {
        fail(x, RG_VERDICT_ERROR, "missing_column", "table \"%s\" has %zu columns available but %zu columns specified",
             refname ? refname : "?", cols->n, al->n_colnames);
    }
    return it;
}

static void dep(ck *x, const char *relname)
{
    *rg_vec_push(x->k->arena, &x->k->deps) = relname;
}

static bool system_schema(const char *s)
{
    return !strcmp(s, "pg_catalog") || !strcmp(s, "information_schema") || !strcmp(s, "pg_toast");
}

/* A relation of the catalog, through search_path when unqualified. */
static const rg_relref *lookup_relation(ck *x, const char *schema, const char *name, const char **schema_out)
{
    char key[600];
    dep(x, name);
    if (schema) {
        snprintf(key, sizeof key, "%s.%s", schema, name);
        *schema_out = schema;
        return rg_map_get(&x->c->relation_map, key);
    }
    for (size_t i = 0; i < x->nsearch_path; i++) {
        snprintf(key, sizeof key, "%s.%s", x->search_path[i], name);
        const rg_relref *r = rg_map_get(&x->c->relation_map, key);
        if (r) {
            *schema_out = x->search_path[i];
            return r;
        }
    }
    return NULL;
}

/* Relations an installed extension may have made: anything in a schema
 * that belongs to an extension (other than the search_path schemas), and
 * PostGIS's tables and views. */
static bool extension_relation(const ck *x, const char *schema, const char *name)
{
    static const char *const POSTGIS[] = {"spatial_ref_sys", "geometry_columns", "geography_columns",
                                          "raster_columns", "raster_overviews"};
    for (size_t i = 0; i < x->c->extensions.n; i++) {
        const rg_extension *e = &x->c->extensions.v[i];
        if (e->dropped || !e->schema) continue;
        if (schema && !strcmp(e->schema, schema) && !in_list(x->search_path, x->nsearch_path, schema)) return true;
        if (!strncmp(e->name, "postgis", 7) && (!schema || !strcmp(e->schema, schema)))
            for (size_t k = 0; k < sizeof POSTGIS / sizeof *POSTGIS; k++)
                if (!strcmp(name, POSTGIS[k])) return true;
    }
    return false;
}

static item *relation_item(ck *x, scope *s, const pg_RangeVar *rv, bool dml)
{
    const char *schema = *rv->schemaname ? rv->schemaname : NULL;
    const char *alias = alias_name(rv->alias);
    const char *refname = alias ? alias : rv->relname;
    if (!schema && !dml) {
        const cte *c = find_cte(s, rv->relname);
        if (c) {
            colvec v = {0};
            for (size_t i = 0; i < c->ncols; i++) *rg_vec_push(x->a, &v) = c->cols[i];
            return cols_item(x, s, refname, &v, c->any, rv->alias);
        }
    }
    if (schema && !schema_exists(x, schema)) {
        /* PostgreSQL reports a relation in a missing schema as a missing
         * relation (42P01), unlike a function (3F000). */
        fail(x, RG_VERDICT_ERROR, "missing_relation", "relation \"%s.%s\" does not exist", schema, rv->relname);
        item *it = push_item(x, s, IT_COLS, refname);
        it->any = true;
        return it;
    }
    const char *found_schema = NULL;
    const rg_relref *r = lookup_relation(x, schema, rv->relname, &found_schema);
    item *it;
    if (!r) {
        /* System catalogs and views, and what extensions create, are not
         * in the catalog: accept them. */
        if (!((schema && system_schema(schema)) || (!schema && !strncmp(rv->relname, "pg_", 3)) ||
              extension_relation(x, schema, rv->relname)))
            fail(x, RG_VERDICT_ERROR, "missing_relation", "relation \"%s%s%s\" does not exist",
                 schema ? schema : "", schema ? "." : "", rv->relname);
        const char *const *scols;
        size_t nscols;
        const char *sys = schema ? schema : "pg_catalog";
        if ((!schema || !strcmp(schema, "pg_catalog") || !strcmp(schema, "information_schema")) &&
            sim_system_relation(sys, rv->relname, &scols, &nscols)) {
            colvec v = {0};
            for (size_t i = 0; i < nscols; i++) *rg_vec_push(x->a, &v) = (col){scols[i], NULL, NULL};
            it = cols_item(x, s, refname, &v, false, rv->alias);
        } else {
            it = push_item(x, s, IT_COLS, refname);
            it->any = true;
        }
    } else if (r->kind == RG_REL_TABLE) {
        const rg_table *t = r->obj;
        it = push_item(x, s, IT_TABLE, refname);
        it->table = t;
        it->relkey = rg_arena_printf(x->a, "%s.%s", t->schema, t->name);
        if (rv->alias && rv->alias->n_colnames) {
            colvec v = {0};
            bool any = false;
            item_expand(x, it, &v, &any);
            it->kind = IT_COLS;
            it->cols = v.v;
            it->ncols = v.n;
            rename_cols(x, it->cols, it->ncols, rv->alias);
        }
    } else if (r->kind == RG_REL_VIEW) {
        const rg_view *vw = r->obj;
        if (dml) check_view_target(x, vw, rv->relname);
        colvec v = {0};
        for (size_t i = 0; i < vw->ncolumns; i++) *rg_vec_push(x->a, &v) = (col){vw->columns[i], NULL, NULL};
        it = cols_item(x, s, refname, &v, vw->ncolumns == 0, rv->alias);
    } else if (r->kind == RG_REL_SEQUENCE) {
        colvec v = {0};
        *rg_vec_push(x->a, &v) = (col){"last_value", "bigint", NULL};
        *rg_vec_push(x->a, &v) = (col){"log_cnt", "bigint", NULL};
        *rg_vec_push(x->a, &v) = (col){"is_called", "boolean", NULL};
        it = cols_item(x, s, refname, &v, false, rv->alias);
    } else {
        fail(x, RG_VERDICT_ERROR, "missing_relation", "\"%s\" is an index", rv->relname);
        it = push_item(x, s, IT_COLS, refname);
        it->any = true;
    }
    if (!alias) it->schema = found_schema ? found_schema : schema;
    return it;
}

/* A target-list entry that is an aggregate, window or set-returning
 * call makes a view read-only. */
static bool computed_row(const pg_node *v)
{
    while (v && v->node_case == T_TypeCast) v = v->type_cast->arg;
    if (!v || v->node_case != T_FuncCall) return false;
    const pg_FuncCall *fc = v->func_call;
    if (fc->over || fc->agg_star) return true;
    const char *name = fc->n_funcname ? rg_pg_str(fc->funcname[fc->n_funcname - 1]) : "";
    return sim_builtin_aggregate(name) == 1 || !strcmp(name, "unnest") || !strcmp(name, "generate_series");
}

/* Why PostgreSQL's view_query_is_auto_updatable refuses a view, or NULL. */
static const char *view_not_updatable(ck *x, const rg_view *vw)
{
    const pg_node *n = vw->query.node;
    if (!n && vw->query.sql) n = rg_pg_parse_one(x->a, vw->query.sql);
    if (n && n->node_case == T_RawStmt) n = n->raw_stmt->stmt;
    if (!n || n->node_case != T_SelectStmt) return NULL;
    const pg_SelectStmt *st = n->select_stmt;
    if (st->op != SETOP_NONE)
        return "Views containing UNION, INTERSECT, or EXCEPT are not automatically updatable.";
    if (st->n_distinct_clause) return "Views containing DISTINCT are not automatically updatable.";
    if (st->n_group_clause || st->having_clause)
        return "Views containing GROUP BY are not automatically updatable.";
    if (st->with_clause) return "Views containing WITH are not automatically updatable.";
    if (st->limit_count || st->limit_offset)
        return "Views containing LIMIT or OFFSET are not automatically updatable.";
    if (st->n_values_lists || st->n_from_clause != 1 ||
        st->from_clause[0]->node_case != T_RangeVar)
        return "Views that do not select from a single table or view are not automatically updatable.";
    for (size_t i = 0; i < st->n_target_list; i++) {
        const pg_node *t = st->target_list[i];
        if (t->node_case == T_ResTarget && computed_row(t->res_target->val))
            return "Views that return aggregate functions are not automatically updatable.";
    }
    return NULL;
}

/* INSERT/UPDATE/DELETE on a view: without INSTEAD OF triggers (or
 * rules, which the catalog does not model: then nothing is said) it must
 * be automatically updatable (55000), and never a materialized view. */
static void check_view_target(ck *x, const rg_view *vw, const char *name)
{
    if (vw->materialized) {
        fail(x, RG_VERDICT_ERROR, "view_not_updatable", "cannot change materialized view \"%s\"", name);
        return;
    }
    for (size_t i = 0; i < vw->triggers.n; i++)
        if (vw->triggers.v[i].timing == 'i') return;
    for (size_t i = 0; i < x->c->opaque.n; i++)
        if (strstr(x->c->opaque.v[i].kind, "RULE")) return;
    const char *why = view_not_updatable(x, vw);
    if (why) fail(x, RG_VERDICT_ERROR, "view_not_updatable", "cannot update view \"%s\": %s", name, why);
}

static item *from_item(ck *x, scope *s, const pg_node *n);

static void check_using(ck *x, const item *side, const char *name, const char *which)
{
    col f;
    if (!item_find(side, name, &f))
        fail(x, RG_VERDICT_ERROR, "missing_column", "column \"%s\" specified in USING clause does not exist in %s table",
             name, which);
}

static item *join_item(ck *x, scope *s, const pg_JoinExpr *j)
{
    size_t start = s->items.n;
    item *l = from_item(x, s, j->larg);
    item *r = from_item(x, s, j->rarg);
    size_t end = s->items.n;
    RG_VEC(const char *) using = {0};
    for (size_t i = 0; i < j->n_using_clause; i++) {
        const char *u = rg_pg_str(j->using_clause[i]);
        check_using(x, l, u, "left");
        check_using(x, r, u, "right");
        *rg_vec_push(x->a, &using) = u;
    }
    if (j->is_natural) {
        colvec lc = {0};
        bool any = false;
        item_expand(x, l, &lc, &any);
        col f;
        for (size_t i = 0; i < lc.n; i++)
            if (item_find(r, lc.v[i].name, &f) == 1 && !r->any) *rg_vec_push(x->a, &using) = lc.v[i].name;
    }
    if (j->quals) {
        /* ON sees only the join's two sides (and outer levels). */
        scope *q = new_scope(x, s);
        q->skip_parent = true;
        for (size_t i = start; i < end; i++) *rg_vec_push(x->a, &q->items) = s->items.v[i];
        qual(x, q, j->quals, "JOIN/ON");
    }
    const char *alias = alias_name(j->alias);
    for (size_t i = start; i < end; i++) {
        s->items.v[i]->cols_visible = false;
        if (alias) s->items.v[i]->rel_visible = false;
    }
    if (j->join_using_alias && alias_name(j->join_using_alias)) {
        /* JOIN ... USING (a) AS j (PostgreSQL 14+): j.a names the merged column. */
        item *ua = push_item(x, s, IT_COLS, alias_name(j->join_using_alias));
        ua->cols_visible = false;
        ua->cols = rg_arena_alloc(x->a, (using.n + 1) * sizeof *ua->cols);
        for (size_t i = 0; i < using.n; i++) {
            col f = {using.v[i], NULL, NULL};
            if (!item_find(l, using.v[i], &f)) item_find(r, using.v[i], &f);
            ua->cols[ua->ncols++] = f;
        }
    }
    item *it = push_item(x, s, IT_JOIN, alias);
    it->rel_visible = alias != NULL;
    it->left = l;
    it->right = r;
    it->using = using.v;
    it->nusing = using.n;
    if (alias && j->alias->n_colnames) {
        colvec v = {0};
        bool any = false;
        item_expand(x, it, &v, &any);
        it->kind = IT_COLS;
        it->cols = v.v;
        it->ncols = v.n;
        it->any = any;
        rename_cols(x, it->cols, it->ncols, j->alias);
    }
    return it;
}

static item *function_item(ck *x, scope *s, const pg_RangeFunction *rf)
{
    const char *name = NULL;
    colvec v = {0};
    for (size_t i = 0; i < rf->n_functions; i++) {
        const pg_node *pair = rf->functions[i];
        if (pair->node_case != T_List) continue;
        const pg_List *l = pair->list;
        if (l->n_items >= 1) {
            const pg_node *fn = l->items[0];
            /* unnest(a, b, ...) in FROM is ROWS FROM (unnest(a), unnest(b), ...). */
            if (fn->node_case == T_FuncCall && fn->func_call->n_args > 1 &&
                fn->func_call->n_funcname >= 1 &&
                !strcmp(rg_pg_str(fn->func_call->funcname[fn->func_call->n_funcname - 1]), "unnest")) {
                for (size_t k = 0; k < fn->func_call->n_args; k++) expr(x, s, fn->func_call->args[k]);
                if (!name) name = "unnest";
                continue;
            }
            expr(x, s, fn); /* a function in FROM is LATERAL by nature */
            if (fn->node_case == T_FuncCall && fn->func_call->n_funcname && !name)
                name = rg_pg_str(fn->func_call->funcname[fn->func_call->n_funcname - 1]);
        }
    }
    for (size_t i = 0; i < rf->n_coldeflist; i++) {
        const pg_node *cd = rf->coldeflist[i];
        if (cd->node_case == T_ColumnDef)
            *rg_vec_push(x->a, &v) = (col){cd->column_def->colname, NULL, NULL};
    }
    const char *alias = alias_name(rf->alias);
    bool known = rf->n_coldeflist > 0, ord_done = false;
    sim_field *fields;
    size_t nf;
    if (!known && rf->n_functions == 1 && rf->functions[0]->node_case == T_List &&
        rf->functions[0]->list->n_items >= 1 &&
        rf->functions[0]->list->items[0]->node_case == T_FuncCall &&
        call_fields(x, rf->functions[0]->list->items[0]->func_call, &fields, &nf)) {
        for (size_t i = 0; i < nf; i++) *rg_vec_push(x->a, &v) = (col){fields[i].name, fields[i].type, NULL, NULL};
        known = true;
        size_t avail = v.n + (rf->ordinality ? 1 : 0);
        if (rf->alias && rf->alias->n_colnames > avail)
            fail(x, RG_VERDICT_ERROR, "column_alias_count", "table \"%s\" has %zu columns available but %zu columns specified",
                 alias ? alias : name, avail, rf->alias->n_colnames);
        if (rf->alias) rename_cols(x, v.v, v.n, rf->alias);
    }
    if (!known && rf->n_functions == 1 && rf->functions[0]->node_case == T_List &&
        rf->functions[0]->list->n_items >= 1 &&
        rf->functions[0]->list->items[0]->node_case == T_FuncCall && name &&
        rf->functions[0]->list->items[0]->func_call->n_funcname == 1) {
        /* Built-in set-returning functions whose columns are fixed: a
         * scalar one gives one column named after the alias (or itself). */
        static const char *const SCALAR[] = {"unnest", "generate_series", "generate_subscripts",
                                             "regexp_split_to_table", "jsonb_object_keys", "json_object_keys"};
        static const char *const VALUE[] = {"jsonb_array_elements", "jsonb_array_elements_text",
                                            "json_array_elements", "json_array_elements_text"};
        static const char *const KEYVAL[] = {"jsonb_each", "jsonb_each_text", "json_each", "json_each_text"};
        for (size_t i = 0; i < sizeof SCALAR / sizeof *SCALAR && !known; i++)
            if (!strcmp(name, SCALAR[i]) && (strcmp(name, "unnest") != 0 || rf->functions[0]->list->items[0]->func_call->n_args == 1)) {
                *rg_vec_push(x->a, &v) = (col){alias ? alias : name, NULL, NULL, NULL};
                known = true;
            }
        for (size_t i = 0; i < sizeof VALUE / sizeof *VALUE && !known; i++)
            if (!strcmp(name, VALUE[i])) *rg_vec_push(x->a, &v) = (col){"value", NULL, NULL, NULL}, known = true;
        for (size_t i = 0; i < sizeof KEYVAL / sizeof *KEYVAL && !known; i++)
            if (!strcmp(name, KEYVAL[i])) {
                *rg_vec_push(x->a, &v) = (col){"key", "text", NULL, NULL};
                *rg_vec_push(x->a, &v) = (col){"value", NULL, NULL, NULL};
                known = true;
            }
        if (known && rf->ordinality) {
            *rg_vec_push(x->a, &v) = (col){"ordinality", "bigint", NULL, NULL};
            ord_done = true;
        }
        if (known && rf->alias) {
            if (rf->alias->n_colnames > v.n)
                fail(x, RG_VERDICT_ERROR, "missing_column", "table \"%s\" has %zu columns available but %zu columns specified",
                     alias ? alias : name, v.n, rf->alias->n_colnames);
            rename_cols(x, v.v, v.n, rf->alias);
        }
    }
    if (!known && rf->alias && rf->alias->n_colnames)
        for (size_t i = 0; i < rf->alias->n_colnames; i++)
            *rg_vec_push(x->a, &v) = (col){rg_pg_str(rf->alias->colnames[i]), NULL, NULL};
    if (rf->ordinality && !ord_done) *rg_vec_push(x->a, &v) = (col){"ordinality", "bigint", NULL, NULL};
    item *it = push_item(x, s, IT_COLS, alias ? alias : name);
    it->cols = v.v;
    it->ncols = v.n;
    it->any = !known;
    return it;
}

static item *from_item(ck *x, scope *s, const pg_node *n)
{
    switch (n->node_case) {
    case T_RangeVar: return relation_item(x, s, n->range_var, false);
    case T_JoinExpr: return join_item(x, s, n->join_expr);
    case T_RangeSubselect: {
        const pg_RangeSubselect *rs = n->range_subselect;
        scope *sub = new_scope(x, s);
        sub->skip_parent = !rs->lateral;
        colvec out = {0};
        bool any = false;
        if (rs->subquery) analyze_stmt(x, sub, rs->subquery, &out, &any);
        return cols_item(x, s, alias_name(rs->alias), &out, any, rs->alias);
    }
    case T_RangeFunction: return function_item(x, s, n->range_function);
    case T_RangeTableSample: {
        const pg_RangeTableSample *ts = n->range_table_sample;
        item *it = ts->relation ? from_item(x, s, ts->relation) : push_item(x, s, IT_COLS, NULL);
        for (size_t i = 0; i < ts->n_args; i++) expr(x, s, ts->args[i]);
        return it;
    }
    default: {
        walk_fields(x, s, n);
        item *it = push_item(x, s, IT_COLS, NULL);
        it->any = true;
        return it;
    }
    }
}

/* ---- SELECT ------------------------------------------------------------- */

/* FigureColname: an unnamed output column's name. */
static const char *figure_name(const pg_node *n)
{
    const char *name = NULL;
    return rg_pg_figure_colname(n, &name) > 0 && name && *name ? name : "?column?";
}

/* The columns `*` or `rel.*` stand for at level s. */
static void expand_star(ck *x, scope *s, const pg_ColumnRef *cr, colvec *out, bool *any)
{
    if (cr->n_fields == 1) {
        size_t before = out->n;
        for (size_t i = 0; i < s->items.n; i++)
            if (s->items.v[i]->cols_visible) item_expand(x, s->items.v[i], out, any);
        if (s->items.n == 0)
            fail(x, RG_VERDICT_ERROR, "syntax_error", "SELECT * with no tables specified is not valid");
        for (size_t i = before; i < out->n; i++) note_read(x, out->v[i].relkey, out->v[i].name);
        return;
    }
    resolve_colref(x, s, cr); /* reports a missing FROM entry */
    const char *rel = rg_pg_str(cr->fields[cr->n_fields - 2]);
    const char *schema = cr->n_fields >= 3 ? rg_pg_str(cr->fields[cr->n_fields - 3]) : NULL;
    const item *it = find_refname(s, schema, rel);
    if (!it) return;
    size_t before = out->n;
    item_expand(x, it, out, any);
    for (size_t i = before; i < out->n; i++) note_read(x, out->v[i].relkey, out->v[i].name);
}

static bool is_star(const pg_node *n)
{
    return n && n->node_case == T_ColumnRef && n->column_ref->n_fields &&
           n->column_ref->fields[n->column_ref->n_fields - 1]->node_case == T_A_Star;
}

/* A target list (SELECT or RETURNING) → output columns. */
static void target_list(ck *x, scope *s, pg_node *const *tl, size_t n, colvec *out, bool *any)
{
    for (size_t i = 0; i < n; i++) {
        if (tl[i]->node_case != T_ResTarget) continue;
        const pg_ResTarget *rt = tl[i]->res_target;
        if (is_star(rt->val)) {
            expand_star(x, s, rt->val->column_ref, out, any);
            continue;
        }
        size_t nreads = x->reads.n;
        vtype v = expr(x, s, rt->val);
        col c = {*rt->name ? rt->name : figure_name(rt->val), v.kind == VT_COLUMN ? v.type : NULL, NULL, NULL};
        if (rt->val && rt->val->node_case == T_ColumnRef && x->reads.n == nreads + 1)
            c.source = x->reads.v[nreads];
        if (v.kind == VT_INT) c.type = "integer";
        else if (v.kind == VT_BOOL) c.type = "boolean";
        else if (v.kind == VT_NUM) c.type = "numeric";
        *rg_vec_push(x->a, out) = c;
    }
}

static bool out_has(const scope *s, const char *name)
{
    for (size_t i = 0; i < s->nout; i++)
        if (!strcmp(s->out[i].name, name)) return true;
    return false;
}

static bool bare_name(const pg_node *n, const char **name)
{
    if (!n || n->node_case != T_ColumnRef || n->column_ref->n_fields != 1) return false;
    const pg_node *f = n->column_ref->fields[0];
    if (f->node_case != T_String) return false;
    *name = rg_pg_str(f);
    return true;
}

/* ORDER BY / GROUP BY / DISTINCT ON: a bare name may be an output column. */
/* Two output columns of one name that are not the same column make
 * ORDER BY name ambiguous (findTargetlistEntrySQL92). */
static bool out_ambiguous(const scope *s, const char *name)
{
    const col *first = NULL;
    for (size_t i = 0; i < s->nout; i++) {
        const col *c = &s->out[i];
        if (strcmp(c->name, name) != 0) continue;
        if (!first) first = c;
        else if (!c->source || !first->source || strcmp(c->source, first->source) != 0) return true;
    }
    return false;
}

static void order_expr(ck *x, scope *s, const pg_node *n, bool output_only)
{
    if (n && n->node_case == T_SortBy) n = n->sort_by->node;
    if (n && n->node_case == T_A_Const && n->a_const->val_case == A_CONST_IVAL) {
        long k = n->a_const->ival->ival;
        if (!s->out_any && (k < 1 || (size_t)k > s->nout))
            fail(x, RG_VERDICT_ERROR, "missing_column", "ORDER BY position %ld is not in select list", k);
        return;
    }
    const char *name;
    if (bare_name(n, &name) && out_has(s, name)) {
        if (!output_only && out_ambiguous(s, name))
            fail(x, RG_VERDICT_ERROR, "ambiguous_column", "ORDER BY \"%s\" is ambiguous", name);
        return;
    }
    if (output_only && bare_name(n, &name)) {
        fail(x, RG_VERDICT_ERROR, "missing_column", "column \"%s\" does not exist", name);
        return;
    }
    expr(x, s, n);
}

/* SELECT DISTINCT (not DISTINCT ON): every ORDER BY column must be an
 * output column (42P10). Only plain column references are judged. */
static void distinct_order(ck *x, const scope *s, const pg_SelectStmt *st)
{
    if (st->n_distinct_clause == 0 || s->out_any) return;
    const pg_node *d0 = st->distinct_clause[0];
    if (d0 && d0->node_case != T_Invalid) return;
    for (size_t i = 0; i < st->n_sort_clause; i++) {
        const pg_node *n = st->sort_clause[i];
        if (n && n->node_case == T_SortBy) n = n->sort_by->node;
        if (!n || n->node_case != T_ColumnRef || !n->column_ref->n_fields) continue;
        const pg_node *last = n->column_ref->fields[n->column_ref->n_fields - 1];
        if (last->node_case != T_String) continue;
        const char *name = rg_pg_str(last);
        bool found = out_has(s, name);
        for (size_t k = 0; !found && k < st->n_target_list; k++) {
            const pg_node *t = st->target_list[k];
            const pg_node *v = t && t->node_case == T_ResTarget ? t->res_target->val : NULL;
            if (!v || v->node_case != T_ColumnRef) continue;
            const pg_ColumnRef *cr = v->column_ref;
            const pg_node *f = cr->n_fields ? cr->fields[cr->n_fields - 1] : NULL;
            found = f && f->node_case == T_String && !strcmp(rg_pg_str(f), name);
        }
        if (!found) {
            fail(x, RG_VERDICT_ERROR, "distinct_order_by",
                 "for SELECT DISTINCT, ORDER BY expressions must appear in select list");
            return;
        }
    }
}

static void add_cte(ck *x, scope *s, const char *name, const colvec *cols, bool any,
                    pg_node *const *aliascols, size_t naliascols)
{
    if (!any && naliascols > cols->n)
        fail(x, RG_VERDICT_ERROR, "missing_column", "WITH query \"%s\" has %zu columns available but %zu columns specified",
             name, cols->n, naliascols);
    cte *c = rg_arena_alloc(x->a, sizeof *c);
    c->name = name;
    c->cols = rg_arena_alloc(x->a, (cols->n + 1) * sizeof *c->cols);
    if (cols->n) memcpy(c->cols, cols->v, cols->n * sizeof *c->cols);
    c->ncols = cols->n;
    c->any = any;
    for (size_t i = 0; i < naliascols && i < c->ncols; i++) c->cols[i].name = rg_pg_str(aliascols[i]);
    c->next = s->ctes;
    s->ctes = c;
}

/* WITH [RECURSIVE]: each CTE sees the ones before it; a recursive one
 * also sees itself, shaped by its non-recursive branch. */
/* Unqualified references to `name` in a FROM list, through joins. */
static size_t self_refs(const pg_node *n, const char *name)
{
    if (!n) return 0;
    if (n->node_case == T_RangeVar)
        return !*n->range_var->schemaname && !strcmp(n->range_var->relname, name);
    if (n->node_case == T_JoinExpr)
        return self_refs(n->join_expr->larg, name) + self_refs(n->join_expr->rarg, name);
    return 0;
}

/* checkWellFormedRecursion and the recursive term's column types: one
 * self-reference at most (42P19); a column the recursive term widens past
 * the non-recursive term's type (integer, then numeric) is 42804. */
static void recursive_rules(ck *x, const char *name, const pg_SelectStmt *st, const colvec *l, const colvec *r)
{
    const pg_SelectStmt *rt = st->rarg;
    size_t refs = 0;
    for (size_t i = 0; rt && rt->op == SETOP_NONE && i < rt->n_from_clause; i++)
        refs += self_refs(rt->from_clause[i], name);
    if (refs > 1) {
        fail(x, RG_VERDICT_ERROR, "recursive_reference", "recursive reference to query \"%s\" must not appear more than once",
             name);
        return;
    }
    for (size_t i = 0; i < l->n && i < r->n; i++) {
        vtype a = {VT_COLUMN, l->v[i].type, NULL, 0}, b = {VT_COLUMN, r->v[i].type, NULL, 0};
        int ra = numeric_rank(&a), rb = numeric_rank(&b);
        if (ra && rb && rb > ra) {
            fail(x, RG_VERDICT_ERROR, "type_mismatch",
                 "recursive query \"%s\" column %zu has type %s in non-recursive term but type %s overall", name, i + 1,
                 NUMERIC_TYPES[ra - 1], NUMERIC_TYPES[rb - 1]);
            return;
        }
    }
}

static void with_clause(ck *x, scope *s, const pg_WithClause *w)
{
    if (!w) return;
    for (size_t i = 0; i < w->n_ctes; i++) {
        if (w->ctes[i]->node_case != T_CommonTableExpr) continue;
        const pg_CommonTableExpr *ce = w->ctes[i]->common_table_expr;
        colvec out = {0};
        bool any = false;
        const pg_node *q = ce->ctequery;
        if (w->recursive && q && q->node_case == T_SelectStmt &&
            q->select_stmt->op != SETOP_NONE && q->select_stmt->larg) {
            const pg_SelectStmt *st = q->select_stmt;
            analyze_select(x, s, st->larg, &out, &any);
            add_cte(x, s, ce->ctename, &out, any, ce->aliascolnames, ce->n_aliascolnames);
            colvec r = {0};
            bool rany = false;
            if (st->rarg) analyze_select(x, s, st->rarg, &r, &rany);
            if (r.n != out.n && !any && !rany)
                fail(x, RG_VERDICT_ERROR, "syntax_error", "each %s query must have the same number of columns",
                     st->op == SETOP_UNION ? "UNION" : "INTERSECT/EXCEPT");
            else if (!any && !rany)
                recursive_rules(x, ce->ctename, st, &out, &r);
            continue;
        }
        if (q) analyze_stmt(x, s, q, &out, &any);
        add_cte(x, s, ce->ctename, &out, any, ce->aliascolnames, ce->n_aliascolnames);
    }
}

static void set_operation(ck *x, scope *s, const pg_SelectStmt *st, colvec *out, bool *any)
{
    colvec l = {0}, r = {0};
    bool lany = false, rany = false;
    if (st->larg) analyze_select(x, s, st->larg, &l, &lany);
    if (st->rarg) analyze_select(x, s, st->rarg, &r, &rany);
    const char *opname = st->op == SETOP_UNION       ? "UNION"
                         : st->op == SETOP_INTERSECT ? "INTERSECT"
                                                                              : "EXCEPT";
    if (!lany && !rany && l.n != r.n)
        fail(x, RG_VERDICT_ERROR, "syntax_error", "each %s query must have the same number of columns", opname);
    for (size_t i = 0; i < l.n && i < r.n; i++) {
        vtype a = col_vtype(&l.v[i]), b = col_vtype(&r.v[i]);
        const char *detail;
        if (a.kind == VT_COLUMN && b.kind == VT_COLUMN && sim_compare_fails(x->c, x->a, &a, &b, "=", &detail))
            fail(x, RG_VERDICT_ERROR, "type_mismatch", "%s types %s and %s cannot be matched", opname, a.type, b.type);
    }
    for (size_t i = 0; i < l.n; i++) *rg_vec_push(x->a, out) = l.v[i];
    *any = lany;
    s->out = l.v;
    s->nout = l.n;
    for (size_t i = 0; i < st->n_sort_clause; i++) order_expr(x, s, st->sort_clause[i], true);
}

static void analyze_select(ck *x, scope *parent, const pg_SelectStmt *st, colvec *out, bool *any)
{
    scope *s = new_scope(x, parent);
    with_clause(x, s, st->with_clause);
    if (st->op != SETOP_NONE) {
        set_operation(x, s, st, out, any);
    } else if (st->n_values_lists) {
        for (size_t r = 0; r < st->n_values_lists; r++) {
            const pg_node *row = st->values_lists[r];
            if (row->node_case != T_List) continue;
            for (size_t i = 0; i < row->list->n_items; i++) {
                vtype v = expr(x, s, row->list->items[i]);
                if (r == 0) {
                    col c = {rg_arena_printf(x->a, "column%zu", i + 1), v.kind == VT_COLUMN ? v.type : NULL, NULL};
                    *rg_vec_push(x->a, out) = c;
                }
            }
        }
    } else {
        for (size_t i = 0; i < st->n_from_clause; i++) from_item(x, s, st->from_clause[i]);
        target_list(x, s, st->target_list, st->n_target_list, out, any);
        s->out = out->v;
        s->nout = out->n;
        s->out_any = *any;
        if (st->where_clause) qual(x, s, st->where_clause, "WHERE");
        for (size_t i = 0; i < st->n_group_clause; i++) {
            const char *name;
            const pg_node *g = st->group_clause[i];
            /* GROUP BY prefers an input column, then an output name. */
            if (bare_name(g, &name) && out_has(s, name)) {
                bool was = x->failed;
                rg_check saved = *x->r;
                expr(x, s, g);
                if (!was && x->failed && !strcmp(x->r->code, "missing_column")) {
                    x->failed = false;
                    *x->r = saved;
                }
                continue;
            }
            expr(x, s, g);
        }
        if (st->having_clause) qual(x, s, st->having_clause, "HAVING");
        check_grouping(x, s, st);
        for (size_t i = 0; i < st->n_window_clause; i++) expr(x, s, st->window_clause[i]);
        for (size_t i = 0; i < st->n_distinct_clause; i++)
            if (st->distinct_clause[i]) order_expr(x, s, st->distinct_clause[i], false);
        for (size_t i = 0; i < st->n_sort_clause; i++) order_expr(x, s, st->sort_clause[i], false);
        distinct_order(x, s, st);
    }
    if (st->limit_count) expr(x, s, st->limit_count);
    if (st->limit_offset) expr(x, s, st->limit_offset);
}

/* ---- GROUP BY (parseCheckAggregates) ------------------------------------
 * With GROUP BY or aggregates, every column outside an aggregate must be
 * grouped, or belong to a table whose primary key is grouped (functional
 * dependency, PostgreSQL 9.1+). Checked conservatively: only plain column
 * references against plain column groupings; anything subtler (grouping
 * sets, expression groupings, USING joins, unknown functions) is skipped. */

typedef struct grouping {
    ck *x;
    const scope *s;
    strvec cols;             /* identities of grouped columns */
    bool unknown;            /* a function that may be an aggregate */
    bool agg;
} grouping;

/* The leaf item and column a name resolves to at level s only (NULL when
 * it is not exactly one plain column there). */
static const item *leaf_of(const item *it, const char *name)
{
    col f;
    bool g = false;
    switch (it->kind) {
    case IT_TABLE:
    case IT_COLS: return item_find_g(it, name, &f, &g) == 1 && !g ? it : NULL;
    case IT_JOIN: {
        if (it->nusing) return NULL;
        const item *l = leaf_of(it->left, name), *r = leaf_of(it->right, name);
        return l && r ? NULL : l ? l : r;
    }
    }
    return NULL;
}

static const char *identity(ck *x, const item *leaf, const char *name)
{
    if (leaf->kind == IT_TABLE) return rg_arena_printf(x->a, "%s.%s", leaf->relkey, name);
    return rg_arena_printf(x->a, "@%p.%s", (const void *)leaf, name);
}

static const char *colref_identity(grouping *g, const pg_ColumnRef *cr, const item **leaf_out)
{
    size_t n = cr->n_fields;
    if (n == 0 || n > 2 || cr->fields[n - 1]->node_case != T_String) return NULL;
    const char *name = rg_pg_str(cr->fields[n - 1]);
    const item *leaf = NULL;
    for (size_t i = 0; i < g->s->items.n; i++) {
        const item *it = g->s->items.v[i];
        if (n == 1 ? !it->cols_visible : (!it->rel_visible || !it->refname || strcmp(it->refname, rg_pg_str(cr->fields[0]))))
            continue;
        const item *l = leaf_of(it, name);
        if (l && leaf) return NULL;
        if (l) leaf = l;
    }
    if (!leaf) return NULL;
    *leaf_out = leaf;
    return identity(g->x, leaf, name);
}

/* 1 aggregate, 0 plain function, -1 unknown (user function: maybe an aggregate). */
static int agg_kind(const pg_FuncCall *fc)
{
    if (!fc->n_funcname) return -1;
    const char *schema = fc->n_funcname >= 2 ? rg_pg_str(fc->funcname[fc->n_funcname - 2]) : NULL;
    if (schema && strcmp(schema, "pg_catalog") != 0) return -1;
    return sim_builtin_aggregate(rg_pg_str(fc->funcname[fc->n_funcname - 1]));
}

static rg_pg_step find_agg(const rg_pg_visit *v, void *ctx)
{
    grouping *g = ctx;
    if (v->kind == T_SubLink) return RG_PG_SKIP;
    if (v->kind != T_FuncCall) return RG_PG_NEXT;
    const pg_FuncCall *fc = v->msg;
    if (fc->over) return RG_PG_SKIP;
    int k = agg_kind(fc);
    if (k == 1) g->agg = true;
    if (k < 0) g->unknown = true;
    return k != 0 ? RG_PG_SKIP : RG_PG_NEXT;
}

static void find_aggs(grouping *g, const pg_node *n)
{
    rg_pg_walk(n, find_agg, g);
}

static bool pk_grouped(grouping *g, const item *leaf)
{
    if (leaf->kind != IT_TABLE) return false;
    for (size_t i = 0; i < leaf->table->constraints.n; i++) {
        const rg_constraint *k = &leaf->table->constraints.v[i];
        if (k->dropped || k->kind != RG_CON_PRIMARY) continue;
        for (size_t c = 0; c < k->ncolumns; c++)
            if (!in_list(g->cols.v, g->cols.n, identity(g->x, leaf, k->columns[c]))) return false;
        return true;
    }
    return false;
}

static rg_pg_step grouped_visit(const rg_pg_visit *v, void *ctx)
{
    grouping *g = ctx;
    if (g->x->failed) return RG_PG_STOP;
    if (v->kind == T_ColumnRef) {
        const item *leaf = NULL;
        const pg_ColumnRef *cr = v->msg;
        const char *id = colref_identity(g, cr, &leaf);
        if (id && !in_list(g->cols.v, g->cols.n, id) && !pk_grouped(g, leaf))
            fail(g->x, RG_VERDICT_ERROR, "grouping_error",
                 "column \"%s.%s\" must appear in the GROUP BY clause or be used in an aggregate function",
                 cr->n_fields == 2 ? rg_pg_str(cr->fields[0]) : leaf->refname ? leaf->refname : "?",
                 rg_pg_str(cr->fields[cr->n_fields - 1]));
        return RG_PG_SKIP;
    }
    if (v->kind == T_FuncCall) {
        const pg_FuncCall *fc = v->msg;
        if (!fc->over && agg_kind(fc) != 0) return RG_PG_SKIP;
    }
    if (v->kind == T_SubLink) return RG_PG_SKIP;
    return RG_PG_NEXT;
}

static void check_grouped(grouping *g, const pg_node *n)
{
    rg_pg_walk(n, grouped_visit, g);
}

/* What a GROUP BY item groups: a column identity; false when it is
 * something this check does not follow. */
static bool group_item(grouping *g, const pg_SelectStmt *st, const pg_node *n)
{
    if (n->node_case == T_A_Const && n->a_const->val_case == A_CONST_IVAL) {
        long k = n->a_const->ival->ival;
        if (k < 1 || (size_t)k > st->n_target_list || st->target_list[k - 1]->node_case != T_ResTarget)
            return false;
        n = st->target_list[k - 1]->res_target->val;
    }
    if (!n || n->node_case != T_ColumnRef) return false;
    const item *leaf;
    const char *id = colref_identity(g, n->column_ref, &leaf);
    if (!id) {
        /* An output name: the target it names. */
        const char *name;
        if (!bare_name(n, &name)) return false;
        for (size_t i = 0; i < st->n_target_list; i++) {
            const pg_node *t = st->target_list[i];
            if (t->node_case == T_ResTarget && !strcmp(t->res_target->name, name) &&
                t->res_target->val && t->res_target->val->node_case == T_ColumnRef)
                return group_item(g, st, t->res_target->val);
        }
        return false;
    }
    *rg_vec_push(g->x->a, &g->cols) = id;
    return true;
}

static void check_grouping(ck *x, const scope *s, const pg_SelectStmt *st)
{
    if (x->failed) return;
    grouping g = {.x = x, .s = s};
    for (size_t i = 0; i < st->n_target_list; i++) find_aggs(&g, st->target_list[i]);
    if (st->having_clause) find_aggs(&g, st->having_clause);
    for (size_t i = 0; i < st->n_sort_clause; i++) find_aggs(&g, st->sort_clause[i]);
    if (!st->n_group_clause && (!g.agg || g.unknown)) return;
    for (size_t i = 0; i < s->items.n; i++)
        if (s->items.v[i]->kind == IT_JOIN && s->items.v[i]->nusing) return;
    for (size_t i = 0; i < st->n_group_clause; i++)
        if (!group_item(&g, st, st->group_clause[i])) return;
    for (size_t i = 0; i < st->n_target_list; i++) {
        const pg_node *t = st->target_list[i];
        if (t->node_case != T_ResTarget || is_star(t->res_target->val)) return;
    }
    for (size_t i = 0; i < st->n_target_list; i++) check_grouped(&g, st->target_list[i]->res_target->val);
    if (st->having_clause) check_grouped(&g, st->having_clause);
    for (size_t i = 0; i < st->n_sort_clause; i++) {
        const pg_node *sb = st->sort_clause[i];
        const pg_node *e = sb->node_case == T_SortBy ? sb->sort_by->node : sb;
        const char *name;
        if (e && !(bare_name(e, &name) && out_has(s, name))) check_grouped(&g, e);
    }
}

/* ---- INSERT / UPDATE / DELETE ------------------------------------------- */

static const rg_column *target_column(ck *x, const item *t, const char *name, const char *relname)
{
    if (t->kind != IT_TABLE) {
        col f;
        if (!item_find(t, name, &f))
            fail(x, RG_VERDICT_ERROR, "missing_column", "column \"%s\" of relation \"%s\" does not exist", name, relname);
        return NULL;
    }
    const rg_column *c = rg_table_column(t->table, name);
    if (!c)
        fail(x, RG_VERDICT_ERROR, "missing_column", "column \"%s\" of relation \"%s\" does not exist", name, relname);
    return c;
}

static void assign(ck *x, const rg_column *c, const vtype *v)
{
    if (c) {
        vtype t = {VT_COLUMN, c->type, NULL, 0};
        deduce_param(x, v, &t);
    }
    const char *detail;
    if (c && sim_assign_fails(x->c, x->a, c->name, c->type, v, &detail))
        fail(x, RG_VERDICT_ERROR, "type_mismatch", "%s", detail);
}

static void returning(ck *x, scope *s, pg_node *const *rl, size_t n, colvec *out, bool *any)
{
    target_list(x, s, rl, n, out, any);
}

/* Is the column NOT NULL in effect: attnotnull, or a CHECK (col IS NOT
 * NULL), which the planner uses before SET NOT NULL (NOT VALID checks
 * still hold for new rows). */
static bool effectively_not_null(const rg_table *t, const rg_column *c)
{
    if (c->not_null) return true;
    for (size_t i = 0; i < t->constraints.n; i++) {
        const rg_constraint *k = &t->constraints.v[i];
        if (k->dropped || k->kind != RG_CON_CHECK || !k->check.node) continue;
        const pg_node *n = k->check.node;
        if (n->node_case != T_NullTest) continue;
        const pg_NullTest *nt = n->null_test;
        const char *name;
        if (nt->nulltesttype == IS_NOT_NULL && bare_name(nt->arg, &name) &&
            !strcmp(name, c->name))
            return true;
    }
    return false;
}

/* A BEFORE INSERT row trigger whose function sets the column (the
 * planner's sync and fill triggers) fills it for rows written without it. */
static bool trigger_fills(ck *x, const rg_table *t, const char *column)
{
    const rg_catalog *c = x->c;
    for (size_t i = 0; i < t->triggers.n; i++) {
        const rg_trigger *tr = &t->triggers.v[i];
        if (tr->dropped || tr->timing != 'b' || !(tr->events & RG_TRIG_INSERT) || tr->enabled == 'D') continue;
        sim_dep_function(x->k, tr->func_name); /* its body decides */
        char key[600];
        snprintf(key, sizeof key, "%s.%s", tr->func_schema ? tr->func_schema : "public", tr->func_name);
        const rg_function *f = rg_map_get(&c->function_name_map, key);
        if (f && f->body && strstr(f->body, column)) return true;
    }
    return false;
}

static void check_not_null(ck *x, const rg_table *t, const bool *given)
{
    for (size_t i = 0; i < t->columns.n; i++) {
        const rg_column *c = &t->columns.v[i];
        if (c->dropped || given[i] || c->has_default || c->identity || c->generated) continue;
        if (!effectively_not_null(t, c) || trigger_fills(x, t, c->name)) continue;
        fail(x, RG_VERDICT_ERROR, "not_null_violation",
             "null value in column \"%s\" of relation \"%s\" violates not-null constraint", c->name, t->name);
        return;
    }
}

/* ON CONFLICT (cols) [WHERE p]: PostgreSQL infers an arbiter among the
 * table's valid unique indexes and constraints on exactly those columns
 * (order free); a partial index needs the query's WHERE to imply its
 * predicate (here: the same normalised predicate). */
typedef struct infer_want {
    const char **cols;
    const char **exprs;      /* normalised keys of expression elements */
    const char **collations; /* COLLATE given in the element, else NULL */
    size_t n;
    const char **where;      /* normalised keys of the WHERE's AND-ed terms */
    size_t nwhere;
} infer_want;

/* The AND-ed terms of a predicate, as normalised keys. */
static void conjuncts(ck *x, const rg_normctx *nc, const pg_node *n, strvec *out)
{
    if (!n) return;
    if (n->node_case == T_BoolExpr && n->bool_expr->boolop == AND_EXPR) {
        for (size_t i = 0; i < n->bool_expr->n_args; i++) conjuncts(x, nc, n->bool_expr->args[i], out);
        return;
    }
    const char *k = rg_norm_expr(nc, n).key;
    if (k) *rg_vec_push(x->a, out) = k;
}

/* The query's inference WHERE implies the index predicate when every
 * term of the predicate is one of its terms (predtest.c proves more;
 * this is the common case). */
static bool predicate_implied(ck *x, const rg_table *t, const infer_want *w, const rg_index *ix)
{
    rg_normctx nc = {x->c, t};
    strvec need = {0};
    if (ix->where.node) conjuncts(x, &nc, ix->where.node, &need);
    else if (ix->where.key) *rg_vec_push(x->a, &need) = ix->where.key;
    for (size_t i = 0; i < need.n; i++)
        if (!in_list(w->where, w->nwhere, need.v[i])) return false;
    return need.n > 0;
}

static bool same_collation(const char *want, const char *have)
{
    if (!want) return true;
    return have ? !strcmp(want, have) : !strcmp(want, "default");
}

static bool elems_match(const infer_want *w, const char *const *cols, const rg_index_elem *elems, size_t n)
{
    if (n != w->n) return false;
    for (size_t i = 0; i < n; i++) {
        bool hit = false;
        for (size_t j = 0; j < w->n && !hit; j++) {
            if (cols) hit = w->cols[j] && !strcmp(cols[i], w->cols[j]) && !w->collations[j];
            else if (elems[i].column) hit = w->cols[j] && !strcmp(elems[i].column, w->cols[j]);
            else hit = w->exprs[j] && elems[i].expr.key && !strcmp(elems[i].expr.key, w->exprs[j]);
            if (hit && !cols) hit = same_collation(w->collations[j], elems[i].collation);
        }
        if (!hit) return false;
    }
    return true;
}

static bool arbiter_exists(ck *x, const rg_table *t, const infer_want *w, bool *deferrable)
{
    for (size_t i = 0; i < t->constraints.n; i++) {
        const rg_constraint *k = &t->constraints.v[i];
        if (k->dropped || (k->kind != RG_CON_PRIMARY && k->kind != RG_CON_UNIQUE)) continue;
        if (!elems_match(w, k->columns, NULL, k->ncolumns)) continue;
        if (k->deferrable) {
            *deferrable = true;
            continue;
        }
        return true;
    }
    for (size_t i = 0; i < x->c->indexes.n; i++) {
        const rg_index *ix = &x->c->indexes.v[i];
        if (ix->dropped || !ix->unique || ix->only || strcmp(ix->table_name, t->name) != 0 ||
            strcmp(ix->table_schema, t->schema) != 0)
            continue;
        if (!elems_match(w, NULL, ix->elems, ix->nelems)) continue;
        if (!ix->where.key || predicate_implied(x, t, w, ix)) return true;
    }
    return false;
}

static void on_conflict(ck *x, scope *s, item *target, const pg_OnConflictClause *oc)
{
    const rg_table *t = target->kind == IT_TABLE ? target->table : NULL;
    const pg_InferClause *inf = oc->infer;
    if (!inf && oc->action == ONCONFLICT_UPDATE)
        fail(x, RG_VERDICT_ERROR, "syntax_error",
             "ON CONFLICT DO UPDATE requires inference specification or constraint name");
    if (inf && t) {
        rg_normctx nc = {x->c, t};
        if (inf->conname && *inf->conname) {
            const rg_constraint *k = rg_table_constraint(t, inf->conname);
            if (!k || k->dropped)
                fail(x, RG_VERDICT_ERROR, "no_conflict_target", "constraint \"%s\" for table \"%s\" does not exist",
                     inf->conname, t->name);
            else if (k->kind == RG_CON_EXCLUSION && oc->action == ONCONFLICT_UPDATE)
                fail(x, RG_VERDICT_ERROR, "no_conflict_target", "ON CONFLICT DO UPDATE not supported with exclusion constraints");
            else if (k->kind != RG_CON_PRIMARY && k->kind != RG_CON_UNIQUE && k->kind != RG_CON_EXCLUSION)
                fail(x, RG_VERDICT_ERROR, "no_conflict_target", "constraint in ON CONFLICT clause has no associated index");
            else if (k->deferrable)
                fail(x, RG_VERDICT_ERROR, "deferrable_arbiter",
                     "ON CONFLICT does not support deferrable unique constraints/exclusion constraints as arbiters");
        } else {
            infer_want w = {0};
            w.cols = rg_arena_alloc(x->a, (inf->n_index_elems + 1) * sizeof *w.cols);
            w.exprs = rg_arena_alloc(x->a, (inf->n_index_elems + 1) * sizeof *w.exprs);
            w.collations = rg_arena_alloc(x->a, (inf->n_index_elems + 1) * sizeof *w.collations);
            for (size_t i = 0; i < inf->n_index_elems; i++) {
                const pg_node *e = inf->index_elems[i];
                if (e->node_case != T_IndexElem) continue;
                const pg_IndexElem *ie = e->index_elem;
                if (ie->n_collation) w.collations[w.n] = rg_pg_str(ie->collation[ie->n_collation - 1]);
                if (*ie->name) {
                    target_column(x, target, ie->name, t->name);
                    w.cols[w.n] = ie->name;
                } else if (ie->expr) {
                    scope *es = new_scope(x, NULL);
                    *rg_vec_push(x->a, &es->items) = target;
                    expr(x, es, ie->expr);
                    w.exprs[w.n] = rg_norm_expr(&nc, ie->expr).key;
                }
                w.n++;
            }
            strvec terms = {0};
            conjuncts(x, &nc, inf->where_clause, &terms);
            w.where = terms.v;
            w.nwhere = terms.n;
            bool deferrable = false;
            /* A deferrable arbiter passes PREPARE and fails when the
             * INSERT runs: a runtime hazard, not a server-side error. */
            if (!x->failed && !arbiter_exists(x, t, &w, &deferrable))
                fail(x, RG_VERDICT_ERROR, deferrable ? "deferrable_arbiter" : "no_conflict_target", "%s",
                     deferrable ? "ON CONFLICT does not support deferrable unique constraints/exclusion constraints as arbiters"
                                : "there is no unique or exclusion constraint matching the ON CONFLICT specification");
        }
    }
    if (oc->action != ONCONFLICT_UPDATE) return;
    /* DO UPDATE sees the target and `excluded` (the row proposed). */
    scope *us = new_scope(x, s);
    *rg_vec_push(x->a, &us->items) = target;
    item *ex = push_item(x, us, target->kind, "excluded");
    ex->table = target->table;
    ex->relkey = target->relkey;
    ex->cols = target->cols;
    ex->ncols = target->ncols;
    ex->any = target->any;
    if (oc->n_target_list < 64) no_double_assignment(x, oc->target_list, oc->n_target_list);
    for (size_t i = 0; i < oc->n_target_list; i++) {
        if (oc->target_list[i]->node_case != T_ResTarget) continue;
        const pg_ResTarget *rt = oc->target_list[i]->res_target;
        const rg_column *c = target_column(x, target, rt->name, target->refname);
        note_write(x, target->relkey, rt->name);
        vtype v = rt->val ? expr(x, us, rt->val) : VT_NONE;
        assign(x, c, &v);
    }
    if (oc->where_clause) expr(x, us, oc->where_clause);
}

static void insert_values(ck *x, scope *s, const pg_SelectStmt *st, const rg_column **tcols,
                          size_t ntcols, bool explicit_cols, bool *given, const rg_table *t)
{
    for (size_t r = 0; r < st->n_values_lists; r++) {
        const pg_node *row = st->values_lists[r];
        if (row->node_case != T_List) continue;
        size_t n = row->list->n_items;
        if (n > ntcols) fail(x, RG_VERDICT_ERROR, "syntax_error", "INSERT has more expressions than target columns");
        if (explicit_cols && n < ntcols)
            fail(x, RG_VERDICT_ERROR, "syntax_error", "INSERT has more target columns than expressions");
        for (size_t i = 0; i < n; i++) {
            const pg_node *e = row->list->items[i];
            vtype v = expr(x, s, e);
            if (i >= ntcols || !tcols[i]) continue;
            assign(x, tcols[i], &v);
            bool dflt = e->node_case == T_SetToDefault;
            if (t && !dflt && r == 0) given[tcols[i] - t->columns.v] = true;
        }
    }
}

/* A value other than DEFAULT into a GENERATED ALWAYS column (identity
 * without OVERRIDING SYSTEM VALUE, or a generated column) is refused at
 * parse analysis (428C9). */
static bool value_is_default(const pg_InsertStmt *st, size_t col)
{
    const pg_node *src = st->select_stmt;
    if (!src || src->node_case != T_SelectStmt || !src->select_stmt->n_values_lists) return false;
    for (size_t r = 0; r < src->select_stmt->n_values_lists; r++) {
        const pg_node *row = src->select_stmt->values_lists[r];
        if (row->node_case != T_List || col >= row->list->n_items ||
            row->list->items[col]->node_case != T_SetToDefault)
            return false;
    }
    return true;
}

static void always_check(ck *x, const pg_InsertStmt *st, const rg_column *c, size_t col)
{
    if (!c || value_is_default(st, col)) return;
    bool overriding = st->override == OVERRIDING_SYSTEM_VALUE;
    if ((c->identity == 'a' && !overriding) || c->generated)
        fail(x, RG_VERDICT_ERROR, "generated_column", "cannot insert a non-DEFAULT value into column \"%s\"", c->name);
}

static void analyze_insert(ck *x, scope *parent, const pg_InsertStmt *st, colvec *out, bool *any)
{
    scope *s = new_scope(x, parent);
    with_clause(x, s, st->with_clause);
    if (!st->relation) return;
    scope *ts = new_scope(x, s);
    item *target = relation_item(x, ts, st->relation, true);
    const rg_table *t = target->kind == IT_TABLE ? target->table : NULL;
    const char *relname = st->relation->relname;
    size_t ncols = t ? t->columns.n : 0;
    bool *given = rg_arena_alloc(x->a, ncols + 1);
    RG_VEC(const rg_column *) tcols = {0};
    if (st->n_cols) {
        for (size_t i = 0; i < st->n_cols; i++) {
            if (st->cols[i]->node_case != T_ResTarget) continue;
            const char *name = st->cols[i]->res_target->name;
            const rg_column *c = target_column(x, target, name, relname);
            *rg_vec_push(x->a, &tcols) = c;
            note_write(x, target->relkey, name);
            always_check(x, st, c, i);
        }
    } else if (t) {
        for (size_t i = 0; i < t->columns.n; i++)
            if (!t->columns.v[i].dropped) *rg_vec_push(x->a, &tcols) = &t->columns.v[i];
    } else {
        tcols.n = (size_t)-1 / 2; /* unknown shape: do not count */
    }
    const pg_node *src = st->select_stmt;
    if (src && src->node_case == T_SelectStmt && src->select_stmt->n_values_lists &&
        src->select_stmt->op == SETOP_NONE) {
        scope *vs = new_scope(x, s);
        with_clause(x, vs, src->select_stmt->with_clause);
        insert_values(x, vs, src->select_stmt, tcols.v, tcols.v ? tcols.n : 0, st->n_cols > 0, given, t);
        if (!tcols.v && !t) { /* unknown target: nothing to count */ }
    } else if (src) {
        colvec sel = {0};
        bool sany = false;
        analyze_stmt(x, s, src, &sel, &sany);
        if (tcols.v && !sany) {
            if (sel.n > tcols.n) fail(x, RG_VERDICT_ERROR, "syntax_error", "INSERT has more expressions than target columns");
            if (st->n_cols && sel.n < tcols.n)
                fail(x, RG_VERDICT_ERROR, "syntax_error", "INSERT has more target columns than expressions");
            for (size_t i = 0; i < sel.n && i < tcols.n; i++) {
                vtype v = col_vtype(&sel.v[i]);
                assign(x, tcols.v[i], &v);
                if (t && tcols.v[i]) given[tcols.v[i] - t->columns.v] = true;
            }
        }
    }
    if (st->on_conflict_clause) on_conflict(x, ts, target, st->on_conflict_clause);
    returning(x, ts, st->returning_list, st->n_returning_list, out, any);
    if (t) check_not_null(x, t, given);
}

/* SET a = 1, a = 2: 42601. */
static void no_double_assignment(ck *x, pg_node *const *tl, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < i; j++) {
            if (tl[i]->node_case != T_ResTarget || tl[j]->node_case != T_ResTarget)
                continue;
            const pg_ResTarget *a = tl[i]->res_target, *b = tl[j]->res_target;
            if (!a->n_indirection && !b->n_indirection && !strcmp(a->name, b->name)) {
                fail(x, RG_VERDICT_ERROR, "syntax_error", "multiple assignments to same column \"%s\"", a->name);
                return;
            }
        }
}

static void set_list(ck *x, scope *s, item *target, pg_node *const *tl, size_t n, const char *relname)
{
    if (n < 64) no_double_assignment(x, tl, n);
    for (size_t i = 0; i < n; i++) {
        if (tl[i]->node_case != T_ResTarget) continue;
        const pg_ResTarget *rt = tl[i]->res_target;
        const rg_column *c = target_column(x, target, rt->name, relname);
        note_write(x, target->relkey, rt->name);
        if (!rt->val) continue;
        if (c && (c->identity == 'a' || c->generated) && rt->val->node_case != T_SetToDefault)
            fail(x, RG_VERDICT_ERROR, "generated_column", "column \"%s\" can only be updated to DEFAULT", c->name);
        if (rt->val->node_case == T_MultiAssignRef) {
            /* SET (a, b) = (...): the source once, on its first column. */
            const pg_MultiAssignRef *ma = rt->val->multi_assign_ref;
            if (ma->colno == 1 && ma->source) {
                const pg_node *so = ma->source;
                if (so->node_case == T_SubLink && so->sub_link->subselect) {
                    colvec sub = {0};
                    bool sany = false;
                    analyze_stmt(x, s, so->sub_link->subselect, &sub, &sany);
                } else {
                    expr(x, s, so);
                }
                size_t have = (size_t)ma->ncolumns;
                const pg_node *src = ma->source;
                if (src->node_case == T_RowExpr) have = src->row_expr->n_args;
                if (src->node_case == T_SubLink && src->sub_link->subselect &&
                    src->sub_link->subselect->node_case == T_SelectStmt) {
                    const pg_SelectStmt *ss = src->sub_link->subselect->select_stmt;
                    bool star = false;
                    for (size_t k = 0; k < ss->n_target_list; k++)
                        star = star || (ss->target_list[k]->node_case == T_ResTarget &&
                                        is_star(ss->target_list[k]->res_target->val));
                    if (!star && ss->op == SETOP_NONE && !ss->n_values_lists)
                        have = ss->n_target_list;
                }
                if (have != (size_t)ma->ncolumns)
                    fail(x, RG_VERDICT_ERROR, "syntax_error", "number of columns does not match number of values");
            }
            continue;
        }
        vtype v = expr(x, s, rt->val);
        if (rt->n_indirection == 0) assign(x, c, &v);
    }
}

static void analyze_update(ck *x, scope *parent, const pg_UpdateStmt *st, colvec *out, bool *any)
{
    scope *s = new_scope(x, parent);
    with_clause(x, s, st->with_clause);
    if (!st->relation) return;
    item *target = relation_item(x, s, st->relation, true);
    for (size_t i = 0; i < st->n_from_clause; i++) from_item(x, s, st->from_clause[i]);
    set_list(x, s, target, st->target_list, st->n_target_list, st->relation->relname);
    if (st->where_clause) qual(x, s, st->where_clause, "WHERE");
    returning(x, s, st->returning_list, st->n_returning_list, out, any);
}

static void analyze_delete(ck *x, scope *parent, const pg_DeleteStmt *st, colvec *out, bool *any)
{
    scope *s = new_scope(x, parent);
    with_clause(x, s, st->with_clause);
    if (!st->relation) return;
    item *target = relation_item(x, s, st->relation, true);
    note_write(x, target->relkey, NULL);
    for (size_t i = 0; i < st->n_using_clause; i++) from_item(x, s, st->using_clause[i]);
    if (st->where_clause) qual(x, s, st->where_clause, "WHERE");
    returning(x, s, st->returning_list, st->n_returning_list, out, any);
}

static void analyze_call(ck *x, scope *parent, const pg_CallStmt *st)
{
    const pg_FuncCall *fc = st->funccall;
    if (!fc || !fc->n_funcname) return;
    scope *s = new_scope(x, parent);
    vtype *args = rg_arena_alloc(x->a, (fc->n_args + 1) * sizeof *args);
    for (size_t i = 0; i < fc->n_args; i++) args[i] = expr(x, s, fc->args[i]);
    check_function(x, (const pg_node *const *)fc->funcname, fc->n_funcname, args, fc->n_args, NULL, true);
}

static void analyze_stmt(ck *x, scope *parent, const pg_node *n, colvec *out, bool *any)
{
    if (!n || x->depth > RG_PG_MAX_DEPTH) return;
    x->depth++;
    switch (n->node_case) {
    case T_SelectStmt: analyze_select(x, parent, n->select_stmt, out, any); break;
    case T_InsertStmt: analyze_insert(x, parent, n->insert_stmt, out, any); break;
    case T_UpdateStmt: analyze_update(x, parent, n->update_stmt, out, any); break;
    case T_DeleteStmt: analyze_delete(x, parent, n->delete_stmt, out, any); break;
    case T_CallStmt: analyze_call(x, parent, n->call_stmt); break;
    case T_ExplainStmt: analyze_stmt(x, parent, n->explain_stmt->query, out, any); break;
    case T_PrepareStmt: analyze_stmt(x, parent, n->prepare_stmt->query, out, any); break;
    case T_DeclareCursorStmt:
        analyze_stmt(x, parent, n->declare_cursor_stmt->query, out, any);
        break;
    case T_CreateTableAsStmt:
        analyze_stmt(x, parent, n->create_table_as_stmt->query, out, any);
        break;
    default: break; /* SET, BEGIN, utility statements: nothing to resolve */
    }
    x->depth--;
}

/* ---- the public face ---------------------------------------------------- */

static const char *DEFAULT_PATH[] = {"public"};

void sim_dep_function(rg_checker *k, const char *name)
{
    size_t n = strlen(name);
    char *key = rg_arena_alloc(k->dep_arena ? k->dep_arena : k->arena, n + 2);
    key[0] = SIM_DEP_FN_MARK;
    memcpy(key + 1, name, n + 1);
    *rg_vec_push(k->arena, &k->deps) = key;
}

void sim_dep_type(rg_checker *k, const char *name)
{
    *rg_vec_push(k->arena, &k->deps) = rg_arena_strdup(k->dep_arena ? k->dep_arena : k->arena, name);
}

rg_checker *rg_checker_new(rg_catalog *c)
{
    rg_checker *k = rg_xcalloc(1, sizeof *k);
    k->cat = c;
    k->arena = rg_arena_new();
    return k;
}

void rg_checker_free(rg_checker *k)
{
    if (!k) return;
    sim_fn_index_free(&k->fns);
    rg_arena_free(k->arena);
    free(k);
}

const char *rg_verdict_name(rg_verdict v)
{
    return v == RG_VERDICT_ERROR ? "error" : v == RG_VERDICT_WARNING ? "warning" : "ok";
}

static const char *shape_of(rg_arena *a, const colvec *v)
{
    rg_buf b = {0};
    for (size_t i = 0; i < v->n; i++)
        rg_buf_printf(&b, "%s%s %s", i ? ", " : "", v->v[i].name, v->v[i].type ? v->v[i].type : "unknown");
    const char *s = rg_arena_strdup(a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return s;
}

static bool top_has_star(const pg_node *n)
{
    if (!n || n->node_case != T_SelectStmt) return false;
    const pg_SelectStmt *st = n->select_stmt;
    while (st->op != SETOP_NONE && st->larg) st = st->larg;
    for (size_t i = 0; i < st->n_target_list; i++)
        if (st->target_list[i]->node_case == T_ResTarget &&
            is_star(st->target_list[i]->res_target->val))
            return true;
    return false;
}

rg_check rg_check_query(rg_checker *k, const rg_query *q, rg_arena *a)
{
    rg_check r = {RG_VERDICT_OK, "", "", NULL, NULL, 0, NULL, 0};
    k->deps.n = 0;
    if (!q->tree) {
        r.verdict = RG_VERDICT_ERROR;
        r.code = "syntax_error";
        r.detail = q->syntax_error ? q->syntax_error : "syntax error";
        return r;
    }
    ck x = {.k = k, .c = k->cat, .a = a, .r = &r};
    /* An application's session starts with the server default
     * search_path ("$user", public): a SET in the schema script only held
     * for the session that ran it. */
    x.search_path = DEFAULT_PATH;
    x.nsearch_path = 1;
    colvec out = {0};
    bool any = false;
    rg_checker *was = sim_type_recorder(k);
    k->dep_arena = a;
    analyze_stmt(&x, NULL, q->tree, &out, &any);
    k->dep_arena = NULL;
    sim_type_recorder(was);
    /* $2 without $1: PREPARE cannot type the missing one (42P18). */
    for (int i = 1; i < x.max_param && i < 65; i++)
        if (!x.used[i]) {
            fail(&x, RG_VERDICT_ERROR, "undetermined_parameter", "could not determine data type of parameter $%d", i);
            break;
        }
    if (top_has_star(q->tree)) r.star_shape = any ? NULL : shape_of(a, &out);
    r.writes = x.writes.v;
    r.nwrites = x.writes.n;
    r.reads = x.reads.v;
    r.nreads = x.reads.n;
    return r;
}

/* ---- SQL inside DDL: the catalog interpreter's strict mode -------------- */

/* The simulator's codes PostgreSQL raises when the statement runs (the
 * hazards are about data and stay out), with their SQLSTATEs. */
static const char *server_sqlstate(const rg_check *r)
{
    static const struct {
        const char *code, *state;
    } M[] = {{"missing_relation", "42P01"}, {"missing_column", "42703"},  {"ambiguous_column", "42702"},
             {"missing_schema", "3F000"},   {"missing_function", "42883"}, {"missing_type", "42704"},
             {"grouping_error", "42803"},   {"undetermined_parameter", "42P18"}, {"type_mismatch", "42804"}};
    if (r->verdict != RG_VERDICT_ERROR) return NULL;
    for (size_t i = 0; i < sizeof M / sizeof *M; i++) {
        if (strcmp(r->code, M[i].code) != 0) continue;
        /* type_mismatch covers three SQLSTATEs; its detail is PostgreSQL's
         * own message, whose first words tell them apart */
        if (!strcmp(r->code, "type_mismatch")) {
            if (!strncmp(r->detail, "operator does not exist", 23)) return "42883";
            if (!strncmp(r->detail, "cannot cast type", 16)) return "42846";
            if (!strncmp(r->detail, "invalid input syntax", 20)) return "22P02";
        }
        return M[i].state;
    }
    return NULL;
}

/* The outermost scope of a body: its parameters or variables as columns
 * of an unnamed item (PostgreSQL resolves a table column first), and for
 * expressions on a table, the table. */
static scope *body_scope(ck *x, const rg_sql_probe *pr)
{
    scope *s = new_scope(x, NULL);
    if (pr->table && pr->kind == RG_SQL_EXPR) {
        item *it = push_item(x, s, IT_TABLE, pr->table->name);
        it->table = pr->table;
        it->relkey = rg_arena_printf(x->a, "%s.%s", pr->table->schema, pr->table->name);
    }
    if (pr->table && pr->kind == RG_SQL_PLPGSQL) {
        /* a trigger function's NEW and OLD rows: qualified use only */
        static const char *const rows[] = {"new", "old"};
        for (int i = 0; i < 2; i++) {
            item *it = push_item(x, s, IT_TABLE, rows[i]);
            it->table = pr->table;
            it->relkey = rg_arena_printf(x->a, "%s.%s", pr->table->schema, pr->table->name);
            it->cols_visible = false;
        }
    }
    colvec v = {0};
    for (size_t i = 0; i < pr->nvars; i++) {
        if (pr->vars[i].name && *pr->vars[i].name)
            *rg_vec_push(x->a, &v) = (col){pr->vars[i].name, pr->vars[i].type, NULL, NULL};
        if (i + 1 < 65 && pr->kind != RG_SQL_PLPGSQL) {
            x->params[i + 1] = pr->vars[i].type;
            x->used[i + 1] = true;
        }
    }
    if (v.n) {
        item *it = push_item(x, s, IT_COLS, NULL);
        it->cols = v.v;
        it->ncols = v.n;
        it->rel_visible = false;
    }
    return s;
}

static bool check_one(rg_catalog *c, const rg_sql_probe *pr, const pg_node *tree, bool is_expr, rg_arena *a,
                      const char **state, const char **msg)
{
    rg_checker *k = rg_checker_new(c);
    rg_check r = {RG_VERDICT_OK, "", "", NULL, NULL, 0, NULL, 0};
    ck x = {.k = k, .c = c, .a = a, .r = &r};
    x.search_path = pr->nsearch_path ? (const char **)pr->search_path : DEFAULT_PATH;
    x.nsearch_path = pr->nsearch_path ? pr->nsearch_path : 1;
    scope *s = body_scope(&x, pr);
    colvec out = {0};
    bool any = false;
    if (is_expr) expr(&x, s, tree);
    else analyze_stmt(&x, s, tree, &out, &any);
    rg_checker_free(k);
    const char *st = server_sqlstate(&r);
    if (!st) return false;
    *state = st;
    *msg = r.detail;
    return true;
}

static bool cast_rejects(rg_catalog *c, const rg_sql_probe *pr, rg_arena *a, const char **state, const char **msg)
{
    if (!pr->from_type || !pr->to_type || !strcmp(pr->from_type, pr->to_type)) return false;
    vtype src = {VT_COLUMN, pr->from_type, NULL, 0};
    const char *detail = NULL;
    if (!pr->text) { /* an explicit cast */
        if (!sim_cast_fails(c, a, &src, pr->to_type, &detail)) return false;
        *state = "42846";
        *msg = detail;
        return true;
    }
    /* ALTER COLUMN ... TYPE without USING: an assignment cast is needed */
    if (!sim_assign_fails(c, a, pr->text, pr->to_type, &src, &detail) &&
        !sim_cast_fails(c, a, &src, pr->to_type, &detail))
        return false;
    *state = "42804";
    *msg = rg_arena_printf(a, "column \"%s\" cannot be cast automatically to type %s", pr->text,
                           sim_shown_type(a, &(vtype){VT_COLUMN, pr->to_type, NULL, 0}));
    return true;
}

static bool plpgsql_rejects(rg_catalog *c, const rg_sql_probe *pr, rg_arena *a, const char **state,
                            const char **msg)
{
    rg_plpgsql body;
    const char *err = NULL;
    if (!rg_pg_plpgsql(a, pr->text, pr->table != NULL, &body, &err)) {
        *state = "42601";
        *msg = err ? err : "syntax error in PL/pgSQL";
        return true;
    }
    /* its declared variables join the parameters */
    /* a trigger function's special variables (PL/pgSQL, PostgreSQL 15) */
    static const rg_sql_var TG[] = {{"tg_op", "text"},         {"tg_name", "name"},           {"tg_when", "text"},
                                    {"tg_level", "text"},      {"tg_relid", "oid"},           {"tg_table_name", "name"},
                                    {"tg_table_schema", "name"}, {"tg_relname", "name"},      {"tg_nargs", "integer"},
                                    {"tg_argv", "text[]"}};
    size_t ntg = pr->table ? sizeof TG / sizeof *TG : 0;
    rg_sql_var *vars = rg_arena_alloc(a, (pr->nvars + body.nvars + ntg + 1) * sizeof *vars);
    size_t nv = 0;
    for (size_t i = 0; i < ntg; i++) vars[nv++] = TG[i];
    for (size_t i = 0; i < pr->nvars; i++) vars[nv++] = pr->vars[i];
    rg_normctx nx = {c, NULL};
    for (size_t i = 0; i < body.nvars; i++) {
        /* the type as written, canonical as column types are */
        rg_buf b = {0};
        rg_buf_printf(&b, "SELECT NULL::%s", body.vars[i].type);
        const pg_node *t = rg_pg_parse_one(a, rg_buf_cstr(&b));
        rg_buf_free(&b);
        const pg_node *val = t && t->node_case == T_SelectStmt && t->select_stmt->n_target_list
                                 ? t->select_stmt->target_list[0]->res_target->val
                                 : NULL;
        const char *type = val && val->node_case == T_TypeCast
                               ? rg_norm_typename(&nx, val->type_cast->type_name)
                               : NULL;
        /* record, %ROWTYPE and other shapes: a variable of unknown type */
        if (type && (!strcmp(type, "record") || strchr(body.vars[i].type, '%'))) type = NULL;
        vars[nv++] = (rg_sql_var){body.vars[i].name, type};
    }
    rg_sql_probe p = *pr;
    p.vars = vars;
    p.nvars = nv;
    for (size_t i = 0; i < body.nsql; i++) {
        const pg_node *tree = body.sql[i].expr ? NULL : rg_pg_parse_one(a, body.sql[i].text);
        if (body.sql[i].expr) {
            rg_buf b = {0};
            rg_buf_printf(&b, "SELECT %s", body.sql[i].text);
            tree = rg_pg_parse_one(a, rg_buf_cstr(&b));
            rg_buf_free(&b);
        }
        if (!tree) continue; /* PL/pgSQL accepted it: nothing we can add */
        if (check_one(c, &p, tree, false, a, state, msg)) return true;
    }
    return false;
}

static bool sql_rejects(rg_catalog *c, const rg_sql_probe *pr, rg_arena *a, const char **state, const char **msg)
{
    switch (pr->kind) {
    case RG_SQL_QUERY: return pr->tree && check_one(c, pr, pr->tree, false, a, state, msg);
    case RG_SQL_EXPR: return pr->tree && check_one(c, pr, pr->tree, true, a, state, msg);
    case RG_SQL_CAST: return cast_rejects(c, pr, a, state, msg);
    case RG_SQL_PLPGSQL: return pr->text && plpgsql_rejects(c, pr, a, state, msg);
    }
    return false;
}

static const rg_sql_checker SQL_CHECKER = {sql_rejects};

void rg_sim_strict_catalog(rg_catalog *c)
{
    rg_catalog_set_sql_checker(c, &SQL_CHECKER);
}
