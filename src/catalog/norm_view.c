/*
 * norm_view.c — view queries keyed the way PostgreSQL 15's pg_get_viewdef
 * prints them (what pg_dump writes), so a hand-written view and its dump
 * compare equal:
 *
 *   - every column reference is qualified with its range-table name (the
 *     alias if given, else the relation name), resolved by looking the
 *     name up in the FROM items' columns (tables and views from the
 *     catalog, subqueries and CTEs from their own output names);
 *   - JOIN ... USING merged columns print as ruleutils does: the left
 *     input's column for INNER/LEFT joins, the right one's for RIGHT, and
 *     unqualified for FULL joins;
 *   - `*` and `t.*` expand to the qualified column list;
 *   - ORDER BY / GROUP BY ordinals and output-name references become the
 *     target expression they stand for;
 *   - output columns get FigureColname's names (they go to the caller,
 *     not into the top-level key: pg_dump writes CREATE VIEW v (a, b) as
 *     AS aliases).
 *
 * Each SELECT level is a norm_scope; lookups go through hash maps.
 */
#include "catalog/norm_internal.h"

#include <stdio.h>
#include <string.h>

typedef enum { ITEM_BASE, ITEM_JOIN } item_kind;

typedef struct fitem fitem;
struct fitem {
    item_kind kind;
    const char *refname;       /* qualifies columns as printed (unique, see
                                * assign_names); NULL for an unaliased join */
    const char *lookup;        /* the name the query refers to it by */
    /* ITEM_BASE */
    const char **cols;
    size_t ncols;
    const rg_map *colset;      /* name -> non-NULL; NULL when columns are unknown */
    const rg_table *table;     /* when it is a catalog table: column types */
    /* ITEM_JOIN */
    fitem *l, *r;
    pg_JoinType jointype;
    const char **using_cols;
    size_t nusing;
    rg_map using_set;
};

typedef struct cte {
    const char **cols;
    size_t ncols;
} cte;

struct norm_scope {
    norm_scope *parent;
    RG_VEC(fitem *) items;     /* top-level FROM items, in order */
    rg_map refs;               /* lookup name -> fitem * */
    rg_map names;              /* refnames taken at this level */
    rg_map assigned;           /* "%p" of a FROM node -> its refname */
    rg_map ctes;               /* name -> cte * */
    fitem *on_join;            /* join whose ON clause is being written */
    RG_VEC(rg_map *) owned;    /* maps to free with the scope */
};

typedef RG_VEC(const char *) strvec;

/* ---- scopes ------------------------------------------------------------- */

static rg_map *new_map(ser *s)
{
    rg_map *m = rg_arena_alloc(s->tmp, sizeof *m);
    rg_map **slot = rg_vec_push(s->tmp, &s->scope->owned);
    *slot = m;
    return m;
}

static void scope_free(norm_scope *sc)
{
    rg_map_free(&sc->refs);
    rg_map_free(&sc->names);
    rg_map_free(&sc->assigned);
    rg_map_free(&sc->ctes);
    for (size_t i = 0; i < sc->owned.n; i++) rg_map_free(sc->owned.v[i]);
}

static const cte *find_cte(const norm_scope *sc, const char *name)
{
    for (; sc; sc = sc->parent) {
        const cte *c = rg_map_get(&sc->ctes, name);
        if (c) return c;
    }
    return NULL;
}

bool norm_view_is_cte(const ser *s, const pg_RangeVar *rv)
{
    return !(rv->schemaname && *rv->schemaname) && find_cte(s->scope, rv->relname) != NULL;
}

static fitem *find_ref(const norm_scope *sc, const char *name)
{
    for (; sc; sc = sc->parent) {
        fitem *it = rg_map_get(&sc->refs, name);
        if (it) return it;
    }
    return NULL;
}

/* ---- column lookup ------------------------------------------------------ */

static void put_col(rg_buf *b, const char *ref, const char *col)
{
    rg_buf_puts(b, "{col ");
    if (ref) {
        rg_quote_ident(b, ref);
        rg_buf_putc(b, '.');
    }
    rg_quote_ident(b, col);
    rg_buf_putc(b, '}');
}

static bool item_has(const fitem *it, const char *col)
{
    if (it->kind == ITEM_BASE) return it->colset && rg_map_get(it->colset, col);
    return rg_map_get(&it->using_set, col) || item_has(it->l, col) || item_has(it->r, col);
}

/* Writes the column as ruleutils prints a reference to it through `it`. */
static bool item_find(const fitem *it, const char *col, rg_buf *b)
{
    if (it->kind == ITEM_BASE) {
        if (!item_has(it, col)) return false;
        put_col(b, it->refname, col);
        return true;
    }
    if (it->refname) {
        if (!item_has(it, col)) return false;
        put_col(b, it->refname, col);
        return true;
    }
    if (rg_map_get(&it->using_set, col)) {
        switch (it->jointype) {
        case JOIN_FULL: put_col(b, NULL, col); return true;
        case JOIN_RIGHT: return item_find(it->r, col, b) || item_find(it->l, col, b);
        default: return item_find(it->l, col, b) || item_find(it->r, col, b);
        }
    }
    return item_find(it->l, col, b) || item_find(it->r, col, b);
}

/* The one item at this level whose columns are unknown (a relation the
 * catalog lacks, a function): unresolved names belong to it. */
static const fitem *sole_unknown(const fitem *it, int *count)
{
    if (it->kind == ITEM_BASE) {
        if (it->colset) return NULL;
        (*count)++;
        return it;
    }
    if (it->refname) return NULL;
    const fitem *a = sole_unknown(it->l, count), *b = sole_unknown(it->r, count);
    return a ? a : b;
}

static bool level_find(const norm_scope *sc, const char *col, rg_buf *b)
{
    if (sc->on_join && item_find(sc->on_join, col, b)) return true;
    for (size_t i = 0; i < sc->items.n; i++)
        if (item_find(sc->items.v[i], col, b)) return true;
    return false;
}

static bool level_unknown(const norm_scope *sc, const char *col, rg_buf *b)
{
    int count = 0;
    const fitem *u = NULL;
    if (sc->on_join) u = sole_unknown(sc->on_join, &count);
    for (size_t i = 0; i < sc->items.n; i++) {
        const fitem *x = sole_unknown(sc->items.v[i], &count);
        if (!u) u = x;
    }
    if (count != 1 || !u->refname) return false;
    put_col(b, u->refname, col);
    return true;
}

void norm_view_columnref(ser *s, const pg_ColumnRef *cr)
{
    size_t n = cr->n_fields;
    bool star = n && cr->fields[n - 1]->node_case == T_A_Star;
    if (n == 1 && !star) {
        const char *col = rg_pg_str(cr->fields[0]);
        for (const norm_scope *sc = s->scope; sc; sc = sc->parent)
            if (level_find(sc, col, s->out)) return;
        for (const norm_scope *sc = s->scope; sc; sc = sc->parent)
            if (level_unknown(sc, col, s->out)) return;
    }
    /* Qualified: ruleutils prints refname.col, never schema.rel.col, and
     * the refname may have been made unique (assign_names). */
    size_t first = n >= 3 ? n - 2 : 0;
    const fitem *it = n >= 2 ? find_ref(s->scope, rg_pg_str(cr->fields[n - 2])) : NULL;
    if (n == 2 && !it && !star) {
        /* No FROM item has that name: in a SQL-standard function body it
         * is the function's name qualifying a parameter (pg_dump prints
         * balance_of.p_id for p_id). */
        rg_buf_puts(s->out, "{col ");
        rg_quote_ident(s->out, rg_pg_str(cr->fields[1]));
        rg_buf_putc(s->out, '}');
        return;
    }
    rg_buf_puts(s->out, "{col ");
    for (size_t i = first; i < n; i++) {
        if (i > first) rg_buf_putc(s->out, '.');
        if (cr->fields[i]->node_case == T_A_Star) rg_buf_putc(s->out, '*');
        else if (it && it->refname && i == n - 2) rg_quote_ident(s->out, it->refname);
        else rg_quote_ident(s->out, rg_pg_str(cr->fields[i]));
    }
    rg_buf_putc(s->out, '}');
}

/* ---- output column names (FigureColname, PostgreSQL 15) ------------------ */

static const char *figure_colname(const pg_node *n)
{
    const char *name = NULL;
    rg_pg_figure_colname(n, &name);
    return name && *name ? name : "?column?";
}

/* ---- FROM items --------------------------------------------------------- */

static void add_ref(norm_scope *sc, fitem *it)
{
    if (it->lookup) rg_map_put(&sc->refs, it->lookup, it);
}

/* ---- range-table names (set_rtable_names, PostgreSQL 15) ----------------
 * ruleutils gives every range-table entry a name unique across the query
 * and all outer levels, in range-table order (a join's inputs before the
 * join), suffixing _1, _2... on a clash: a recursive CTE read inside its
 * own body prints as `countdown countdown_1`. Names are assigned for a
 * whole level before any subquery of it is written, as ruleutils does. */

static bool name_taken(const norm_scope *sc, const char *name)
{
    for (; sc; sc = sc->parent)
        if (rg_map_get(&sc->names, name)) return true;
    return false;
}

static const char *take_name(ser *s, const char *name)
{
    const char *n = name;
    for (int k = 1; name_taken(s->scope, n); k++) n = rg_arena_printf(s->tmp, "%s_%d", name, k);
    rg_map_put(&s->scope->names, n, (void *)n);
    return n;
}

static const char *node_id(ser *s, const void *node)
{
    return rg_arena_printf(s->tmp, "%p", node);
}

static void assign_name(ser *s, const void *node, const char *name)
{
    if (name && *name) rg_map_put(&s->scope->assigned, node_id(s, node), (void *)take_name(s, name));
}

static const char *assigned_name(ser *s, const void *node, const char *fallback)
{
    const char *n = rg_map_get(&s->scope->assigned, node_id(s, node));
    return n ? n : fallback;
}

static const char *alias_of(const pg_Alias *al)
{
    return al && al->aliasname && *al->aliasname ? al->aliasname : NULL;
}

static const char *function_refname(const pg_RangeFunction *rf)
{
    if (alias_of(rf->alias)) return rf->alias->aliasname;
    if (rf->n_functions != 1) return NULL;
    const pg_node *l = rf->functions[0];
    if (l->node_case != T_List || !l->list->n_items) return NULL;
    const pg_node *f = l->list->items[0];
    if (f->node_case != T_FuncCall || !f->func_call->n_funcname) return NULL;
    return rg_pg_str(f->func_call->funcname[f->func_call->n_funcname - 1]);
}

static void assign_names(ser *s, const pg_node *n, int depth)
{
    if (!n || depth > NORM_MAX_DEPTH) return;
    switch (n->node_case) {
    case T_RangeVar: {
        const pg_RangeVar *rv = n->range_var;
        assign_name(s, rv, alias_of(rv->alias) ? rv->alias->aliasname : rv->relname);
        break;
    }
    case T_RangeSubselect:
        assign_name(s, n->range_subselect, alias_of(n->range_subselect->alias));
        break;
    case T_RangeFunction:
        assign_name(s, n->range_function, function_refname(n->range_function));
        break;
    case T_JoinExpr:
        assign_names(s, n->join_expr->larg, depth + 1);
        assign_names(s, n->join_expr->rarg, depth + 1);
        assign_name(s, n->join_expr, alias_of(n->join_expr->alias));
        break;
    default:
        break;
    }
}

static fitem *base_item(ser *s, const char *lookup, const char *refname, const char **cols,
                        size_t ncols, bool known)
{
    fitem *it = rg_arena_alloc(s->tmp, sizeof *it);
    it->kind = ITEM_BASE;
    it->lookup = lookup;
    it->refname = refname;
    it->cols = cols;
    it->ncols = ncols;
    if (known) {
        rg_map *m = new_map(s);
        for (size_t i = 0; i < ncols; i++) rg_map_put(m, cols[i], (void *)cols[i]);
        it->colset = m;
    }
    return it;
}

/* Names from an Alias's column list, overriding the first columns. */
static void apply_colnames(ser *s, const pg_Alias *al, const char ***cols, size_t *ncols)
{
    if (!al || !al->n_colnames) return;
    size_t n = al->n_colnames > *ncols ? al->n_colnames : *ncols;
    const char **v = rg_arena_alloc(s->tmp, (n ? n : 1) * sizeof *v);
    for (size_t i = 0; i < n; i++)
        v[i] = i < al->n_colnames ? rg_pg_str(al->colnames[i]) : (*cols)[i];
    *cols = v;
    *ncols = n;
}

/* The range-table name, always: ruleutils prints an alias whenever it
 * differs from the base name, so the name itself is what both spellings
 * share. */
static void put_refname(ser *s, const char *ref)
{
    if (!ref) return;
    rg_buf_puts(s->out, " as:");
    rg_quote_ident(s->out, ref);
}

static fitem *rangevar_item(ser *s, const pg_RangeVar *rv)
{
    const char *lookup = alias_of(rv->alias) ? rv->alias->aliasname : rv->relname;
    const char *ref = assigned_name(s, rv, lookup);
    rg_buf_puts(s->out, "{rel ");
    norm_relname(s, rv);
    if (!rv->inh) rg_buf_puts(s->out, " only");
    put_refname(s, ref);
    rg_buf_putc(s->out, '}');
    const char **cols = NULL;
    size_t ncols = 0;
    bool known = false;
    const rg_table *table = NULL;
    const cte *c = norm_view_is_cte(s, rv) ? find_cte(s->scope, rv->relname) : NULL;
    if (c) {
        cols = c->cols, ncols = c->ncols, known = c->cols != NULL;
    } else {
        const char *schema = norm_relation_schema(s->x, rv->schemaname, rv->relname);
        rg_buf k = {0};
        rg_buf_printf(&k, "%s.%s", schema, rv->relname);
        const rg_relref *r = rg_map_get(&s->x->cat->relation_map, rg_buf_cstr(&k));
        rg_buf_free(&k);
        if (r && r->kind == RG_REL_TABLE) {
            const rg_table *t = r->obj;
            table = t;
            const char **v = rg_arena_alloc(s->tmp, (t->columns.n + 1) * sizeof *v);
            for (size_t i = 0; i < t->columns.n; i++)
                if (!t->columns.v[i].dropped) v[ncols++] = t->columns.v[i].name;
            cols = v, known = true;
        } else if (r && r->kind == RG_REL_VIEW) {
            const rg_view *vw = r->obj;
            cols = vw->columns, ncols = vw->ncolumns, known = true;
        }
    }
    bool renamed = rv->alias && rv->alias->n_colnames;
    apply_colnames(s, rv->alias, &cols, &ncols);
    fitem *it = base_item(s, lookup, ref, cols, ncols, known || renamed);
    it->table = renamed ? NULL : table;
    return it;
}

static fitem *from_item(ser *s, const pg_node *n);

static fitem *subselect_item(ser *s, const pg_RangeSubselect *rs)
{
    rg_buf_puts(s->out, "{sub ");
    if (rs->lateral) rg_buf_puts(s->out, "lateral ");
    const char **cols = NULL;
    size_t ncols = 0;
    if (rs->subquery && rs->subquery->node_case == T_SelectStmt)
        norm_view_select(s, rs->subquery->select_stmt, &cols, &ncols);
    else norm_node(s, rs->subquery);
    const char *lookup = alias_of(rs->alias), *ref = assigned_name(s, rs, lookup);
    put_refname(s, ref);
    rg_buf_putc(s->out, '}');
    apply_colnames(s, rs->alias, &cols, &ncols);
    return base_item(s, lookup, ref, cols, ncols, true);
}

static const char *const rangefunc_skip[] = {"alias", NULL};

static fitem *function_item(ser *s, const pg_RangeFunction *rf)
{
    const char *lookup = function_refname(rf), *ref = assigned_name(s, rf, lookup);
    rg_buf_puts(s->out, "{fn");
    norm_fields(s, &rf->base, rangefunc_skip);
    put_refname(s, ref);
    rg_buf_putc(s->out, '}');
    const char **cols = NULL;
    size_t ncols = 0;
    bool known = false;
    if (rf->n_coldeflist) {
        const char **v = rg_arena_alloc(s->tmp, rf->n_coldeflist * sizeof *v);
        for (size_t i = 0; i < rf->n_coldeflist; i++) {
            const pg_node *cd = rf->coldeflist[i];
            v[ncols++] = cd->node_case == T_ColumnDef ? cd->column_def->colname : "?";
        }
        cols = v, known = true;
    }
    apply_colnames(s, rf->alias, &cols, &ncols);
    known = known || (rf->alias && rf->alias->n_colnames);
    return base_item(s, lookup, ref, cols, ncols, known);
}

/* All columns of an item, with their printed references, in `*` order:
 * merged USING columns first, then the left's others, then the right's. */
static void item_columns(ser *s, const fitem *it, strvec *names, strvec *keys)
{
    if (it->kind == ITEM_BASE) {
        for (size_t i = 0; i < it->ncols; i++) {
            rg_buf b = {0};
            put_col(&b, it->refname, it->cols[i]);
            *rg_vec_push(s->tmp, names) = it->cols[i];
            *rg_vec_push(s->tmp, keys) = rg_arena_strdup(s->tmp, rg_buf_cstr(&b));
            rg_buf_free(&b);
        }
        return;
    }
    strvec ln = {0}, lk = {0}, rn = {0}, rk = {0};
    fitem tmp = *it;
    tmp.refname = NULL;
    item_columns(s, it->l, &ln, &lk);
    item_columns(s, it->r, &rn, &rk);
    for (size_t i = 0; i < it->nusing; i++) {
        rg_buf b = {0};
        if (it->refname) put_col(&b, it->refname, it->using_cols[i]);
        else item_find(&tmp, it->using_cols[i], &b);
        *rg_vec_push(s->tmp, names) = it->using_cols[i];
        *rg_vec_push(s->tmp, keys) = rg_arena_strdup(s->tmp, rg_buf_cstr(&b));
        rg_buf_free(&b);
    }
    for (int side = 0; side < 2; side++) {
        strvec *sn = side ? &rn : &ln, *sk = side ? &rk : &lk;
        for (size_t i = 0; i < sn->n; i++) {
            if (rg_map_get(&it->using_set, sn->v[i])) continue;
            const char *key = sk->v[i];
            if (it->refname) {
                rg_buf b = {0};
                put_col(&b, it->refname, sn->v[i]);
                key = rg_arena_strdup(s->tmp, rg_buf_cstr(&b));
                rg_buf_free(&b);
            }
            *rg_vec_push(s->tmp, names) = sn->v[i];
            *rg_vec_push(s->tmp, keys) = key;
        }
    }
}

static void add_all_refs(norm_scope *sc, fitem *it)
{
    add_ref(sc, it);
    if (it->kind == ITEM_JOIN && !it->refname) {
        add_all_refs(sc, it->l);
        add_all_refs(sc, it->r);
    }
}

static fitem *join_item(ser *s, const pg_JoinExpr *j)
{
    const char *jt = rg_pg_enum_name(PG_ENUM_JoinType, j->jointype);
    /* NATURAL is printed by ruleutils as the USING list it stands for. */
    rg_buf_printf(s->out, "{join %s ", jt ? jt : "?");
    fitem *it = rg_arena_alloc(s->tmp, sizeof *it);
    it->kind = ITEM_JOIN;
    it->jointype = j->jointype;
    it->l = from_item(s, j->larg);
    rg_buf_putc(s->out, ' ');
    it->r = from_item(s, j->rarg);
    /* Inner items are visible by name while this level is built. */
    add_all_refs(s->scope, it->l);
    add_all_refs(s->scope, it->r);
    strvec using = {0};
    if (j->is_natural) {
        strvec ln = {0}, lk = {0};
        item_columns(s, it->l, &ln, &lk);
        for (size_t i = 0; i < ln.n; i++)
            if (item_has(it->r, ln.v[i])) *rg_vec_push(s->tmp, &using) = ln.v[i];
    } else {
        for (size_t i = 0; i < j->n_using_clause; i++)
            *rg_vec_push(s->tmp, &using) = rg_pg_str(j->using_clause[i]);
    }
    it->using_cols = using.v;
    it->nusing = using.n;
    for (size_t i = 0; i < using.n; i++) rg_map_put(&it->using_set, using.v[i], (void *)using.v[i]);
    if (using.n) {
        rg_buf_puts(s->out, " using:[");
        for (size_t i = 0; i < using.n; i++) {
            if (i) rg_buf_putc(s->out, ',');
            rg_quote_ident(s->out, using.v[i]);
        }
        rg_buf_putc(s->out, ']');
    } else if (j->is_natural) {
        rg_buf_puts(s->out, " natural"); /* no common column known */
    }
    if (j->quals) {
        fitem *saved = s->scope->on_join;
        s->scope->on_join = it;
        rg_buf_puts(s->out, " on:");
        norm_node(s, j->quals);
        s->scope->on_join = saved;
    }
    if (alias_of(j->alias)) {
        it->lookup = j->alias->aliasname;
        it->refname = assigned_name(s, j, it->lookup);
        put_refname(s, it->refname);
    }
    rg_buf_putc(s->out, '}');
    /* Join maps are released with the scope through its item list; keep
     * a reference for nested joins too. */
    rg_map **slot = rg_vec_push(s->tmp, &s->scope->owned);
    *slot = &it->using_set;
    return it;
}

static fitem *from_item_inner(ser *s, const pg_node *n);

/* Depth-limited like the serialiser: join trees nest as deep as the
 * grammar lets them. */
static fitem *from_item(ser *s, const pg_node *n)
{
    if (s->depth >= NORM_MAX_DEPTH) {
        rg_buf_puts(s->out, "{deep}");
        return base_item(s, NULL, NULL, NULL, 0, false);
    }
    s->depth++;
    fitem *it = from_item_inner(s, n);
    s->depth--;
    return it;
}

static fitem *from_item_inner(ser *s, const pg_node *n)
{
    if (n && n->node_case == T_RangeVar && n->range_var)
        return rangevar_item(s, n->range_var);
    if (n && n->node_case == T_RangeSubselect && n->range_subselect)
        return subselect_item(s, n->range_subselect);
    if (n && n->node_case == T_RangeFunction && n->range_function)
        return function_item(s, n->range_function);
    if (n && n->node_case == T_JoinExpr && n->join_expr)
        return join_item(s, n->join_expr);
    norm_node(s, n); /* TABLESAMPLE, XMLTABLE...: columns unknown */
    return base_item(s, NULL, NULL, NULL, 0, false);
}

/* ---- SELECT ------------------------------------------------------------- */

typedef struct target {
    const char *name;
    const char *key;
} target;

typedef RG_VEC(target) targetvec;

/* Writes into a fresh buffer and returns the text (in s->tmp). */
#define CAPTURE(s, ...)                                                    \
    ({                                                                     \
        rg_buf cap_ = {0};                                                 \
        rg_buf *saved_ = (s)->out;                                         \
        (s)->out = &cap_;                                                  \
        __VA_ARGS__;                                                       \
        (s)->out = saved_;                                                 \
        const char *r_ = rg_arena_strdup((s)->tmp, rg_buf_cstr(&cap_));    \
        rg_buf_free(&cap_);                                                \
        r_;                                                                \
    })

static void expand_star(ser *s, const pg_ColumnRef *cr, targetvec *out)
{
    strvec names = {0}, keys = {0};
    if (cr->n_fields == 1) {
        for (size_t i = 0; i < s->scope->items.n; i++) item_columns(s, s->scope->items.v[i], &names, &keys);
    } else {
        const char *ref = rg_pg_str(cr->fields[cr->n_fields - 2]);
        const fitem *it = find_ref(s->scope, ref);
        if (it) item_columns(s, it, &names, &keys);
    }
    bool unknown = names.n == 0;
    for (size_t i = 0; i < s->scope->items.n && !unknown; i++) {
        int count = 0;
        sole_unknown(s->scope->items.v[i], &count);
        if (count && cr->n_fields == 1) unknown = true;
    }
    if (unknown) { /* a relation the catalog lacks: keep the star */
        target *t = rg_vec_push(s->tmp, out);
        t->name = "*";
        t->key = CAPTURE(s, norm_view_columnref(s, cr));
        return;
    }
    for (size_t i = 0; i < names.n; i++) {
        target *t = rg_vec_push(s->tmp, out);
        t->name = names.v[i];
        t->key = keys.v[i];
    }
}

static void targets(ser *s, pg_node *const *v, size_t n, targetvec *out)
{
    for (size_t i = 0; i < n; i++) {
        const pg_node *tn = v[i];
        if (tn->node_case != T_ResTarget || !tn->res_target) {
            target *t = rg_vec_push(s->tmp, out);
            t->name = "?column?";
            t->key = CAPTURE(s, norm_node(s, tn));
            continue;
        }
        const pg_ResTarget *rt = tn->res_target;
        const pg_node *val = rt->val;
        if (val && val->node_case == T_ColumnRef && val->column_ref->n_fields &&
            val->column_ref->fields[val->column_ref->n_fields - 1]->node_case ==
                T_A_Star) {
            expand_star(s, val->column_ref, out);
            continue;
        }
        target *t = rg_vec_push(s->tmp, out);
        t->name = rt->name && *rt->name ? rt->name : figure_colname(val);
        t->key = CAPTURE(s, norm_node(s, val));
    }
}

/* ORDER BY 2 / GROUP BY 1 / ORDER BY alias: the target they name
 * (findTargetlistEntrySQL92). For GROUP BY an input column wins over an
 * output name; for ORDER BY the output name wins. */
static const char *target_ref(ser *s, const pg_node *n, const targetvec *tl, bool group)
{
    const pg_A_Const *c = n && n->node_case == T_A_Const ? n->a_const : NULL;
    if (c && c->val_case == A_CONST_IVAL && c->ival) {
        long k = c->ival->ival;
        if (k >= 1 && (size_t)k <= tl->n) return tl->v[k - 1].key;
        return NULL;
    }
    if (!n || n->node_case != T_ColumnRef || n->column_ref->n_fields != 1 ||
        n->column_ref->fields[0]->node_case != T_String)
        return NULL;
    const char *name = rg_pg_str(n->column_ref->fields[0]);
    if (group) {
        rg_buf probe = {0};
        bool input = level_find(s->scope, name, &probe);
        rg_buf_free(&probe);
        if (input) return NULL;
    }
    for (size_t i = 0; i < tl->n; i++)
        if (strcmp(tl->v[i].name, name) == 0) return tl->v[i].key;
    return NULL;
}

static void sort_list(ser *s, const char *label, pg_node *const *v, size_t n, const targetvec *tl)
{
    if (!n) return;
    rg_buf_printf(s->out, " %s:[", label);
    for (size_t i = 0; i < n; i++) {
        if (i) rg_buf_putc(s->out, ',');
        const pg_node *e = v[i];
        if (e->node_case == T_SortBy && e->sort_by) {
            norm_sortby(s, e->sort_by, tl ? target_ref(s, e->sort_by->node, tl, false) : NULL);
        } else {
            const char *k = tl ? target_ref(s, e, tl, true) : NULL;
            if (k) rg_buf_puts(s->out, k);
            else norm_node(s, e);
        }
    }
    rg_buf_putc(s->out, ']');
}

static void with_clause(ser *s, const pg_WithClause *w)
{
    rg_buf_printf(s->out, " with%s:[", w->recursive ? " recursive" : "");
    for (size_t i = 0; i < w->n_ctes; i++) {
        const pg_node *cn = w->ctes[i];
        if (i) rg_buf_putc(s->out, ',');
        if (cn->node_case != T_CommonTableExpr || !cn->common_table_expr) {
            norm_node(s, cn);
            continue;
        }
        const pg_CommonTableExpr *ce = cn->common_table_expr;
        cte *c = rg_arena_alloc(s->tmp, sizeof *c);
        /* A recursive CTE sees itself; its columns come from the first
         * branch or the alias list. */
        if (w->recursive) rg_map_put(&s->scope->ctes, ce->ctename, c);
        rg_buf_puts(s->out, "{cte ");
        rg_quote_ident(s->out, ce->ctename);
        if (ce->n_aliascolnames) {
            const char **v = rg_arena_alloc(s->tmp, ce->n_aliascolnames * sizeof *v);
            rg_buf_puts(s->out, " (");
            for (size_t k = 0; k < ce->n_aliascolnames; k++) {
                v[k] = rg_pg_str(ce->aliascolnames[k]);
                if (k) rg_buf_putc(s->out, ',');
                rg_quote_ident(s->out, v[k]);
            }
            rg_buf_putc(s->out, ')');
            c->cols = v;
            c->ncols = ce->n_aliascolnames;
        }
        if (ce->ctematerialized > CTEMaterializeDefault)
            rg_buf_printf(s->out, " mat:%d", (int)ce->ctematerialized);
        rg_buf_putc(s->out, ' ');
        const char **cols = NULL;
        size_t ncols = 0;
        if (ce->ctequery && ce->ctequery->node_case == T_SelectStmt)
            norm_view_select(s, ce->ctequery->select_stmt, &cols, &ncols);
        else norm_node(s, ce->ctequery);
        if (!ce->n_aliascolnames) {
            c->cols = cols;
            c->ncols = ncols;
        }
        rg_buf_putc(s->out, '}');
        rg_map_put(&s->scope->ctes, ce->ctename, c);
    }
    rg_buf_putc(s->out, ']');
}

static void values_lists(ser *s, const pg_SelectStmt *sel, const char ***cols, size_t *ncols)
{
    rg_buf_puts(s->out, " values:[");
    size_t width = 0;
    for (size_t i = 0; i < sel->n_values_lists; i++) {
        const pg_node *row = sel->values_lists[i];
        if (i) rg_buf_putc(s->out, ',');
        norm_node(s, row);
        if (i == 0 && row->node_case == T_List) width = row->list->n_items;
    }
    rg_buf_putc(s->out, ']');
    const char **v = rg_arena_alloc(s->tmp, (width ? width : 1) * sizeof *v);
    for (size_t i = 0; i < width; i++) v[i] = rg_arena_printf(s->tmp, "column%zu", i + 1);
    *cols = v;
    *ncols = width;
}

static const char *const select_rest_skip[] = {
    "distinct_clause", "target_list", "from_clause", "where_clause", "group_clause",
    "having_clause", "sort_clause", "with_clause", "values_lists", "op", "all", "larg", "rarg",
    "window_clause", NULL};

static void simple_select(ser *s, const pg_SelectStmt *sel, bool top,
                          const char ***cols, size_t *ncols)
{
    rg_buf_puts(s->out, "{select");
    if (sel->n_values_lists) {
        values_lists(s, sel, cols, ncols);
        rg_buf_putc(s->out, '}');
        return;
    }
    /* FROM first: it defines the names everything else refers to. */
    const char *from = CAPTURE(s, {
        for (size_t i = 0; i < sel->n_from_clause; i++) {
            if (i) rg_buf_putc(s->out, ',');
            fitem *it = from_item(s, sel->from_clause[i]);
            *rg_vec_push(s->tmp, &s->scope->items) = it;
            add_all_refs(s->scope, it);
        }
    });
    targetvec tl = {0};
    targets(s, sel->target_list, sel->n_target_list, &tl);
    if (sel->n_distinct_clause) {
        rg_buf_puts(s->out, " distinct:");
        norm_list(s, sel->distinct_clause, sel->n_distinct_clause);
    }
    rg_buf_puts(s->out, " targets:[");
    for (size_t i = 0; i < tl.n; i++) {
        if (i) rg_buf_putc(s->out, ',');
        if (!top) {
            rg_quote_ident(s->out, tl.v[i].name);
            rg_buf_putc(s->out, '=');
        }
        rg_buf_puts(s->out, tl.v[i].key);
    }
    rg_buf_printf(s->out, "] from:[%s]", from);
    if (sel->where_clause) {
        rg_buf_puts(s->out, " where:");
        norm_node(s, sel->where_clause);
    }
    sort_list(s, "group", sel->group_clause, sel->n_group_clause, &tl);
    if (sel->having_clause) {
        rg_buf_puts(s->out, " having:");
        norm_node(s, sel->having_clause);
    }
    if (sel->n_window_clause) {
        rg_buf_puts(s->out, " window:");
        norm_list(s, sel->window_clause, sel->n_window_clause);
    }
    sort_list(s, "order", sel->sort_clause, sel->n_sort_clause, &tl);
    norm_fields(s, &sel->base, select_rest_skip);
    rg_buf_putc(s->out, '}');
    const char **v = rg_arena_alloc(s->tmp, (tl.n ? tl.n : 1) * sizeof *v);
    for (size_t i = 0; i < tl.n; i++) v[i] = tl.v[i].name;
    *cols = v;
    *ncols = tl.n;
}

static void select_level(ser *s, const pg_SelectStmt *sel, bool top,
                         const char ***cols, size_t *ncols)
{
    const char **names = NULL;
    size_t nnames = 0;
    if (!s->tmp) s->tmp = rg_arena_new();
    if (!s->scope && s->outer_table && !s->table_scope) norm_view_push_table(s, s->outer_table);
    norm_scope sc = {.parent = s->scope};
    s->scope = &sc;
    /* PostgreSQL 15 view rules carry the OLD and NEW entries first. */
    if (!sc.parent && s->view_rule) {
        take_name(s, "old");
        take_name(s, "new");
    }
    if (sel->op <= SETOP_NONE)
        for (size_t i = 0; i < sel->n_from_clause; i++) assign_names(s, sel->from_clause[i], 0);
    if (sel->with_clause) with_clause(s, sel->with_clause);
    if (sel->op > SETOP_NONE) {
        const char *op = rg_pg_enum_name(PG_ENUM_SetOperation, sel->op);
        rg_buf_printf(s->out, "{setop %s%s ", op ? op : "?", sel->all ? " all" : "");
        const char **rn = NULL;
        size_t nrn = 0;
        if (sel->larg) select_level(s, sel->larg, top, &names, &nnames);
        rg_buf_putc(s->out, ' ');
        if (sel->rarg) select_level(s, sel->rarg, top, &rn, &nrn);
        /* ORDER BY of a set operation names output columns. */
        targetvec tl = {0};
        for (size_t i = 0; i < nnames; i++) {
            target *t = rg_vec_push(s->tmp, &tl);
            t->name = names[i];
            t->key = CAPTURE(s, put_col(s->out, NULL, names[i]));
        }
        sort_list(s, "order", sel->sort_clause, sel->n_sort_clause, &tl);
        norm_fields(s, &sel->base, select_rest_skip);
        rg_buf_putc(s->out, '}');
    } else {
        simple_select(s, sel, top, &names, &nnames);
    }
    s->scope = sc.parent;
    scope_free(&sc);
    if (cols) *cols = names;
    if (ncols) *ncols = nnames;
}

void norm_view_select(ser *s, const pg_SelectStmt *sel, const char ***cols, size_t *ncols)
{
    /* Only the outermost level's names stay out of the key. */
    select_level(s, sel, s->scope == NULL && s->depth <= 1, cols, ncols);
}

void norm_view_push_table(ser *s, const rg_table *t)
{
    norm_scope *sc = rg_arena_alloc(s->tmp, sizeof *sc);
    sc->parent = s->scope;
    s->scope = sc;
    s->table_scope = sc;
    const char *ref = take_name(s, t->name);
    const char **cols = rg_arena_alloc(s->tmp, (t->columns.n + 1) * sizeof *cols);
    size_t n = 0;
    for (size_t i = 0; i < t->columns.n; i++)
        if (!t->columns.v[i].dropped) cols[n++] = t->columns.v[i].name;
    fitem *it = base_item(s, t->name, ref, cols, n, true);
    it->table = t;
    *rg_vec_push(s->tmp, &sc->items) = it;
    add_ref(sc, it);
}

void norm_view_pop_table(ser *s)
{
    norm_scope *sc = s->table_scope;
    if (!sc) return;
    s->scope = sc->parent;
    s->table_scope = NULL;
    scope_free(sc);
}

/* The base item a column of `it` comes from (USING columns: the input
 * ruleutils prints; FULL JOIN merges have no single source). */
static const fitem *item_owner(const fitem *it, const char *col)
{
    if (it->kind == ITEM_BASE) return item_has(it, col) ? it : NULL;
    if (rg_map_get(&it->using_set, col)) {
        if (it->jointype == JOIN_FULL) return NULL;
        if (it->jointype == JOIN_RIGHT) return item_owner(it->r, col);
        return item_owner(it->l, col);
    }
    const fitem *o = item_owner(it->l, col);
    return o ? o : item_owner(it->r, col);
}

static const char *table_column_type(const fitem *it, const char *col)
{
    if (!it || it->kind != ITEM_BASE || !it->table) return NULL;
    const rg_column *c = rg_map_get(&it->table->column_map, col);
    return c ? c->type : NULL;
}

const char *norm_view_column_type(const ser *s, const pg_ColumnRef *cr)
{
    size_t n = cr->n_fields;
    if (!n || cr->fields[n - 1]->node_case != T_String) return NULL;
    const char *col = rg_pg_str(cr->fields[n - 1]);
    if (n >= 2) return table_column_type(find_ref(s->scope, rg_pg_str(cr->fields[n - 2])), col);
    for (const norm_scope *sc = s->scope; sc; sc = sc->parent) {
        if (sc->on_join && item_has(sc->on_join, col)) return table_column_type(item_owner(sc->on_join, col), col);
        for (size_t i = 0; i < sc->items.n; i++)
            if (item_has(sc->items.v[i], col))
                return table_column_type(item_owner(sc->items.v[i], col), col);
    }
    return NULL;
}
