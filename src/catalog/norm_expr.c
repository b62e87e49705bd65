/*
 * norm_expr.c — the normalising key serialiser. One generic writer over
 * every field of a message (rg_pg_fields) prints any parse tree as a
 * location-free S-expression; a handful of hooks apply the rewrites
 * PostgreSQL itself performs when it stores an expression, so that
 * hand-written DDL and the pg_dump text of the same object give the same
 * key:
 *
 *   IN (a, b)          → = ANY (ARRAY[a, b])       (transformAExprIn)
 *   LIKE / ILIKE       → ~~ / ~~* operators         (the grammar's names)
 *   BETWEEN            → >= AND <=                  (transformAExprBetween)
 *   casts on constants, params, arrays → dropped; on columns when implicit
 *   constants          → compared by their text (5 == '5'), date/time and
 *                        exponent literals by value (norm_literal.c)
 *   AND/OR chains      → flattened; CASE without ELSE → ELSE NULL
 *   option lists       → sorted (PostgreSQL stores options, not order)
 *   pg_catalog.        → dropped from functions, operators, types
 *   names              → resolved through the catalog's search_path
 *
 * Trees are never modified (they are shared between statements). Output is
 * linear in the tree size; field order is the descriptor's, so keys are
 * deterministic.
 */
#include "catalog/norm_internal.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static const char *const always_skip[] = {"location", "stmt_location", "stmt_len", NULL};

static bool in_list(const char *name, const char *const *list)
{
    for (; list && *list; list++)
        if (strcmp(name, *list) == 0) return true;
    return false;
}

/* ---- the generic walker ------------------------------------------------- */

static void norm_msg(ser *s, const void *m);

/* One element of a field: scalars as text, messages normalised. */
static void field_elem(ser *s, const rg_pg_field *f, size_t i)
{
    rg_buf *b = s->out;
    rg_pg_value v = rg_pg_field_value(f, i);
    switch (f->type) {
    case RG_PG_F_INT: rg_buf_printf(b, "%lld", v.i); break;
    case RG_PG_F_UINT: rg_buf_printf(b, "%llu", v.u); break;
    case RG_PG_F_FLOAT: rg_buf_printf(b, f->is_float ? "%.9g" : "%.17g", v.d); break;
    case RG_PG_F_BOOL: rg_buf_puts(b, v.i ? "t" : "f"); break;
    case RG_PG_F_ENUM:
        if (v.enum_name) rg_buf_puts(b, v.enum_name);
        else rg_buf_printf(b, "%lld", v.i);
        break;
    case RG_PG_F_STRING: rg_sql_literal(b, v.s); break;
    case RG_PG_F_BYTES:
        rg_buf_puts(b, "x'");
        for (size_t k = 0; k < v.len; k++) rg_buf_printf(b, "%02x", v.bytes[k]);
        rg_buf_putc(b, '\'');
        break;
    case RG_PG_F_MESSAGE: norm_msg(s, v.msg); break;
    }
}

/* A list of DefElem options (WITH (...), CREATE AGGREGATE (...), function
 * attributes): PostgreSQL stores options, not their order, and pg_dump
 * prints them in its own order. */
static bool option_list(pg_node *const *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!rg_pg_is(v[i], T_DefElem)) return false;
    return n > 1;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void sorted_options(ser *s, pg_node *const *v, size_t n)
{
    char **keys = rg_xcalloc(n, sizeof *keys);
    rg_buf *saved = s->out;
    for (size_t i = 0; i < n; i++) {
        rg_buf one = {0};
        s->out = &one;
        norm_node(s, v[i]);
        keys[i] = rg_xstrdup(rg_buf_cstr(&one));
        rg_buf_free(&one);
    }
    s->out = saved;
    qsort(keys, n, sizeof *keys, cmp_str);
    for (size_t i = 0; i < n; i++) {
        if (i) rg_buf_putc(s->out, ',');
        rg_buf_puts(s->out, keys[i]);
        free(keys[i]);
    }
    free(keys);
}

typedef struct field_walk {
    ser *s;
    const char *const *skip;
} field_walk;

static void field(const rg_pg_field *f, void *ctx)
{
    field_walk *fw = ctx;
    ser *s = fw->s;
    if (in_list(f->name, always_skip) || in_list(f->name, fw->skip)) return;
    if (f->repeated) {
        if (!f->count) return;
        rg_buf_printf(s->out, " %s:[", f->name);
        pg_node *const *nodes = rg_pg_field_nodes(f);
        if (nodes && option_list(nodes, f->count)) {
            sorted_options(s, nodes, f->count);
            rg_buf_putc(s->out, ']');
            return;
        }
        for (size_t i = 0; i < f->count; i++) {
            if (i) rg_buf_putc(s->out, ',');
            field_elem(s, f, i);
        }
        rg_buf_putc(s->out, ']');
        return;
    }
    if (!f->in_oneof && rg_pg_field_is_default(f)) return;
    rg_buf_printf(s->out, " %s:", f->name);
    field_elem(s, f, 0);
}

void norm_fields(ser *s, const void *msg, const char *const *skip)
{
    field_walk fw = {s, skip};
    rg_pg_fields(msg, field, &fw);
}

static void generic(ser *s, const void *m)
{
    rg_buf_printf(s->out, "{%s", rg_pg_msg_name(m));
    norm_fields(s, m, NULL);
    rg_buf_putc(s->out, '}');
}

void norm_list(ser *s, pg_node *const *v, size_t n)
{
    rg_buf_putc(s->out, '[');
    for (size_t i = 0; i < n; i++) {
        if (i) rg_buf_putc(s->out, ',');
        norm_node(s, v[i]);
    }
    rg_buf_putc(s->out, ']');
}

/* ---- hooks -------------------------------------------------------------- */

static void typename_hook(ser *s, const pg_TypeName *tn)
{
    rg_buf_puts(s->out, "{type ");
    rg_buf t = {0};
    norm_typename_buf(&t, s->x, tn, true);
    rg_sql_literal(s->out, rg_buf_cstr(&t));
    rg_buf_free(&t);
    rg_buf_putc(s->out, '}');
}

/* 1e-3 as numeric_out prints it (0.001): PostgreSQL stores the value,
 * not the spelling. dscale = fraction digits - exponent, never below 0. */
static bool plain_decimal(rg_buf *b, const char *t)
{
    const char *p = t;
    bool neg = *p == '-';
    if (*p == '-' || *p == '+') p++;
    rg_buf digits = {0};
    long point = -1;
    for (; *p && *p != 'e' && *p != 'E'; p++) {
        if (*p == '.' && point < 0) point = (long)digits.len;
        else if (*p >= '0' && *p <= '9') rg_buf_putc(&digits, *p);
        else break;
    }
    bool ok = (*p == 'e' || *p == 'E') && digits.len > 0 && digits.len < 1000;
    char *end = NULL;
    long exp = ok ? strtol(p + 1, &end, 10) : 0;
    ok = ok && end && !*end && exp > -1000 && exp < 1000;
    if (ok) {
        long n = (long)digits.len, pos = (point < 0 ? n : point) + exp;
        rg_buf out = {0};
        if (pos <= 0) {
            rg_buf_puts(&out, "0.");
            for (long i = 0; i < -pos; i++) rg_buf_putc(&out, '0');
            rg_buf_put(&out, digits.s, (size_t)n);
        } else {
            for (long i = 0; i < pos; i++) rg_buf_putc(&out, i < n ? digits.s[i] : '0');
            if (pos < n) {
                rg_buf_putc(&out, '.');
                rg_buf_put(&out, digits.s + pos, (size_t)(n - pos));
            }
        }
        const char *o = rg_buf_cstr(&out);
        while (o[0] == '0' && o[1] >= '0' && o[1] <= '9') o++; /* leading zeros */
        if (neg) rg_buf_putc(b, '-');
        rg_buf_puts(b, o);
        rg_buf_free(&out);
    }
    rg_buf_free(&digits);
    return ok;
}

/* B'1010' and X'A' are printed by bit_out as binary digits ('1010'). */
static void bit_text(rg_buf *b, const char *t)
{
    if (*t == 'b' || *t == 'B') {
        rg_buf_puts(b, t + 1);
        return;
    }
    if (*t != 'x' && *t != 'X') {
        rg_buf_puts(b, t);
        return;
    }
    for (const char *p = t + 1; *p; p++) {
        int v = (*p >= '0' && *p <= '9') ? *p - '0' : (*p >= 'a' && *p <= 'f') ? *p - 'a' + 10
              : (*p >= 'A' && *p <= 'F') ? *p - 'A' + 10 : -1;
        if (v < 0) {
            rg_buf_putc(b, *p);
            continue;
        }
        for (int k = 3; k >= 0; k--) rg_buf_putc(b, (char)('0' + ((v >> k) & 1)));
    }
}

static void const_hook(ser *s, const pg_A_Const *c)
{
    char num[32];
    const char *t = rg_pg_const_text(c, num, sizeof num);
    if (!t) {
        rg_buf_puts(s->out, "NULL");
        return;
    }
    rg_buf v = {0};
    if (c->val_case == A_CONST_FVAL && plain_decimal(&v, t)) t = rg_buf_cstr(&v);
    else if (c->val_case == A_CONST_BSVAL) bit_text(&v, t), t = rg_buf_cstr(&v);
    else if (c->val_case == A_CONST_SVAL && norm_value_literal(&v, t)) t = rg_buf_cstr(&v);
    rg_sql_literal(s->out, t);
    rg_buf_free(&v);
}

/* The type of the column a reference names, when the catalog knows it. */
static const char *columnref_type(const ser *s, const pg_ColumnRef *cr)
{
    if (s->view && s->scope && s->scope != s->table_scope) return norm_view_column_type(s, cr);
    const rg_table *t = s->x->table;
    size_t n = cr->n_fields;
    if (!t || !n || n > 3 || cr->fields[n - 1]->node_case != T_String) return NULL;
    if (n >= 2 && strcmp(rg_pg_str(cr->fields[n - 2]), t->name)) return NULL;
    const rg_column *c = rg_map_get(&t->column_map, rg_pg_str(cr->fields[n - 1]));
    return c ? c->type : NULL;
}

/* Casts PostgreSQL adds or folds away, which pg_dump shows and DDL need
 * not say: on constants, parameters and array constructors always; on a
 * column when the cast is one PostgreSQL applies implicitly (varchar to
 * text, integer to numeric...) or the column's type is unknown. An
 * explicit conversion of a column (created_at::date) is kept. */
static bool strippable(const ser *s, const pg_node *n, const pg_TypeName *to)
{
    switch (n ? n->node_case : T_Invalid) {
    case T_A_Const:
    case T_ParamRef:
    case T_A_ArrayExpr:
        return true;
    case T_ColumnRef: {
        const char *from = columnref_type(s, n->column_ref);
        if (!from || !to) return true;
        rg_buf target = {0};
        norm_typename_buf(&target, s->x, to, false);
        bool ok = norm_implicit_cast(s->x, from, rg_buf_cstr(&target));
        rg_buf_free(&target);
        return ok;
    }
    case T_TypeCast:
        return n->type_cast && strippable(s, n->type_cast->arg, n->type_cast->type_name);
    default:
        return false;
    }
}

static const char *last_name(pg_node *const *v, size_t n)
{
    return n ? rg_pg_str(v[n - 1]) : "";
}

static bool is_regclass(const pg_TypeName *tn)
{
    if (!tn || !tn->n_names || tn->n_array_bounds) return false;
    if (tn->n_names == 2 && strcmp(rg_pg_str(tn->names[0]), "pg_catalog")) return false;
    return strcmp(last_name(tn->names, tn->n_names), "regclass") == 0;
}

/* 'name'::regclass: the relation it names, as regclassout would print it
 * with pg_dump's empty search_path (schema-qualified). */
static void regclass_literal(ser *s, const pg_A_Const *c)
{
    char num[32];
    const char *t = rg_pg_const_text(c, num, sizeof num);
    if (!t || c->val_case != A_CONST_SVAL) {
        const_hook(s, c);
        return;
    }
    rg_buf q = {0};
    norm_regclass_text(&q, s->x, t);
    rg_sql_literal(s->out, rg_buf_cstr(&q));
    rg_buf_free(&q);
}

/* A constant read by the input function of a type (bare canonical name;
 * domains resolve to their base): its value as PostgreSQL stores it
 * (norm_fold.c). False when the type is not one that folds or the text
 * would not be accepted. */
static bool fold_const(ser *s, const pg_A_Const *c, const char *type)
{
    if (!c || c->isnull || !type || c->val_case == A_CONST_BSVAL) return false;
    char num[32];
    const char *text = rg_pg_const_text(c, num, sizeof num);
    rg_buf base = {0}, v = {0};
    norm_bare_type(&base, s->x, type, true);
    bool ok = text && norm_fold_value(&v, rg_buf_cstr(&base), text);
    if (ok) rg_sql_literal(s->out, rg_buf_cstr(&v));
    rg_buf_free(&base);
    rg_buf_free(&v);
    return ok;
}

/* '1e3'::real is the real 1000, as pg_dump prints it ('1000'::real): a
 * constant under casts is converted by the innermost one. */
static bool fold_cast_const(ser *s, const pg_TypeCast *tc)
{
    const pg_TypeCast *inner = tc;
    while (inner->arg && inner->arg->node_case == T_TypeCast && inner->arg->type_cast)
        inner = inner->arg->type_cast;
    if (!inner->arg || inner->arg->node_case != T_A_Const || !inner->type_name) return false;
    rg_buf t = {0};
    norm_typename_buf(&t, s->x, inner->type_name, false);
    bool ok = fold_const(s, inner->arg->a_const, rg_buf_cstr(&t));
    rg_buf_free(&t);
    return ok;
}

/* A string constant with no cast is of unknown type: PostgreSQL reads it
 * with the input function of the type it meets (flag <> 'no' is
 * flag <> false, n > '0005' is n > 5). */
static bool fold_unknown(ser *s, const pg_node *n, const char *type)
{
    if (!n || n->node_case != T_A_Const || !n->a_const ||
        n->a_const->val_case != A_CONST_SVAL)
        return false;
    return fold_const(s, n->a_const, type);
}

static void typecast_hook(ser *s, const pg_TypeCast *tc)
{
    if (is_regclass(tc->type_name) && tc->arg && tc->arg->node_case == T_A_Const) {
        regclass_literal(s, tc->arg->a_const);
        return;
    }
    if (strippable(s, tc->arg, tc->type_name)) {
        if (!fold_cast_const(s, tc)) norm_node(s, tc->arg);
        return;
    }
    rg_buf_puts(s->out, "{cast ");
    norm_node(s, tc->arg);
    rg_buf_putc(s->out, ' ');
    typename_hook(s, tc->type_name);
    rg_buf_putc(s->out, '}');
}

/* Operator name without its schema: OPERATOR(pg_catalog.=) is =, and
 * pg_dump (search_path '') prints extension operators as
 * OPERATOR(public.&&) where the DDL wrote &&. Operators resolve by
 * argument types, which keys do not know, so the schema is dropped. */
static void op_name(ser *s, pg_node *const *name, size_t n)
{
    rg_sql_literal(s->out, n ? rg_pg_str(name[n - 1]) : "");
}

/* ---- implicit casts on operands ---------------------------------------- */

/* Rank of a type in the integer-to-numeric promotion PostgreSQL's
 * operators follow (int2 + int4 is int4, int4 * numeric is numeric);
 * -1 for other types. */
static int numeric_rank(const char *t)
{
    static const char *const order[] = {"smallint", "integer", "bigint", "numeric", "double precision"};
    for (int i = 0; i < 5; i++)
        if (!strcmp(t, order[i])) return i;
    return -1;
}

static const char *bare_of(ser *s, const char *type)
{
    if (!s->tmp) s->tmp = rg_arena_new();
    rg_buf b = {0};
    norm_bare_type(&b, s->x, type, false);
    const char *r = rg_arena_strdup(s->tmp, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return r;
}

static bool is_arith(const char *op)
{
    return !strcmp(op, "+") || !strcmp(op, "-") || !strcmp(op, "*") || !strcmp(op, "/") || !strcmp(op, "%");
}

/* The type of an expression, as far as keys can tell without the
 * function catalog: columns, casts, numeric constants and arithmetic on
 * them. NULL when unknown (string constants are unknown too: PostgreSQL
 * types them from their context). Bare names, modifiers dropped. */
static const char *expr_type(ser *s, const pg_node *n, int depth)
{
    if (!n || depth > 64) return NULL;
    switch (n->node_case) {
    case T_ColumnRef: {
        const char *t = columnref_type(s, n->column_ref);
        return t ? bare_of(s, t) : NULL;
    }
    case T_TypeCast: {
        if (!n->type_cast || !n->type_cast->type_name) return NULL;
        rg_buf b = {0};
        norm_typename_buf(&b, s->x, n->type_cast->type_name, false);
        const char *t = bare_of(s, rg_buf_cstr(&b));
        rg_buf_free(&b);
        return t;
    }
    case T_A_Const: {
        const pg_A_Const *c = n->a_const;
        if (!c || c->isnull) return NULL;
        if (c->val_case == A_CONST_IVAL) return "integer";
        if (c->val_case == A_CONST_FVAL && c->fval && c->fval->fval) {
            /* make_const: an integer too big for int4 is int8 when it fits */
            const char *v = c->fval->fval + (c->fval->fval[0] == '-');
            bool digits = *v && strspn(v, "0123456789") == strlen(v);
            return digits && strlen(v) < 19 ? "bigint" : "numeric";
        }
        return c->val_case == A_CONST_BOOLVAL ? "boolean" : NULL;
    }
    case T_A_Expr: {
        const pg_A_Expr *e = n->a_expr;
        if (!e || e->kind != AEXPR_OP || !e->n_name) return NULL;
        const char *op = last_name(e->name, e->n_name);
        if (!is_arith(op)) return NULL;
        const char *r = expr_type(s, e->rexpr, depth + 1);
        if (!e->lexpr) return r && numeric_rank(r) >= 0 && !strcmp(op, "-") ? r : NULL;
        const char *l = expr_type(s, e->lexpr, depth + 1);
        if (!l || !r) return NULL;
        /* real with anything numeric but real resolves to the float8
         * operators (float84mul, float8mul after int4 -> float8). */
        bool lreal = !strcmp(l, "real"), rreal = !strcmp(r, "real");
        if (lreal && rreal) return l;
        int rl = lreal ? 4 : numeric_rank(l), rr = rreal ? 4 : numeric_rank(r);
        if (rl < 0 || rr < 0) return NULL;
        if (lreal || rreal) return "double precision";
        return rl >= rr ? l : r;
    }
    default:
        return NULL;
    }
}

/* The type an operand had before PostgreSQL coerced it: a constant's
 * cast may be one pg_dump shows because operator resolution added it
 * ((2)::numeric next to a numeric), so a constant counts as its own type
 * (42 integer, 1.5 numeric, '-1'::integer integer), a string as the type
 * first written on it. */
static const char *natural_type(ser *s, const pg_node *n)
{
    const pg_node *inner = NULL;
    const pg_node *c = n;
    while (c && c->node_case == T_TypeCast && c->type_cast) {
        inner = c;
        c = c->type_cast->arg;
    }
    if (!inner || !c || c->node_case != T_A_Const) return expr_type(s, n, 0);
    const char *t = expr_type(s, c, 0);
    return t ? t : expr_type(s, inner, 0);
}

/* An operand PostgreSQL had to cast to match the other operand's type
 * (int4 column / 3 next to a numeric: ((n / 3))::numeric in pg_dump's
 * text). The cast is what operator resolution adds by itself when it is
 * implicit and goes exactly to the other side's type, so it is left out;
 * anywhere else an explicit cast on an expression changes its meaning
 * ((n / 3)::numeric / 2) and stays. Casts on constants and columns are
 * typecast_hook's. */
static void operand(ser *s, const pg_node *n, const pg_node *other)
{
    if (n && other && n->node_case == T_TypeCast && n->type_cast &&
        n->type_cast->type_name && n->type_cast->arg) {
        const pg_node *arg = n->type_cast->arg;
        const char *to = expr_type(s, n, 0);
        const char *from = to ? expr_type(s, arg, 0) : NULL;
        const char *ot = from ? natural_type(s, other) : NULL;
        if (ot && !strcmp(ot, to) && strcmp(from, to) && norm_implicit_cast(s->x, from, to)) {
            norm_node(s, arg);
            return;
        }
    }
    if (other && n && n->node_case == T_A_Const && fold_unknown(s, n, natural_type(s, other)))
        return;
    norm_node(s, n);
}

static void emit_op(ser *s, const char *tag, pg_node *const *name, size_t nname,
                    const pg_node *l, const pg_node *r)
{
    rg_buf_printf(s->out, "{%s ", tag);
    op_name(s, name, nname);
    rg_buf_putc(s->out, ' ');
    operand(s, l, r);
    rg_buf_putc(s->out, ' ');
    operand(s, r, l);
    rg_buf_putc(s->out, '}');
}

/* An operator given by its plain name (the rewrites build these). */
static void emit_simple_op(ser *s, const char *op, const pg_node *l, const pg_node *r)
{
    rg_buf_puts(s->out, "{op ");
    rg_sql_literal(s->out, op);
    rg_buf_putc(s->out, ' ');
    operand(s, l, r);
    rg_buf_putc(s->out, ' ');
    operand(s, r, l);
    rg_buf_putc(s->out, '}');
}

static void emit_array(ser *s, pg_node *const *v, size_t n)
{
    rg_buf_puts(s->out, "{array ");
    norm_list(s, v, n);
    rg_buf_putc(s->out, '}');
}

/* The array an IN list becomes: its string constants take the type of
 * the tested expression (amt IN ('1.0', '2.5e1') is
 * amt = ANY (ARRAY[1.0, '25'::numeric])). */
static void emit_in_array(ser *s, pg_node *const *v, size_t n, const char *type)
{
    rg_buf_puts(s->out, "{array [");
    for (size_t i = 0; i < n; i++) {
        if (i) rg_buf_putc(s->out, ',');
        if (!type || !fold_unknown(s, v[i], type)) norm_node(s, v[i]);
    }
    rg_buf_puts(s->out, "]}");
}

/* contain_vars_of_level_or_above, approximated on the raw tree: any
 * column reference anywhere below. */
static rg_pg_step columnref_seen(const rg_pg_visit *v, void *ctx)
{
    return v->kind == T_ColumnRef ? RG_PG_STOP : RG_PG_NEXT;
}

static bool has_columnref(const pg_node *n)
{
    return rg_pg_walk(n, columnref_seen, NULL);
}

/* transformAExprIn (PostgreSQL 15): the var-free elements, when there are
 * at least two, become one `= ANY (ARRAY[...])`; every other element is its
 * own `=`; the parts are ORed (NOT IN: `<> ALL`, ANDed). */
static void in_hook(ser *s, const pg_A_Expr *e)
{
    const pg_node *r = e->rexpr;
    if (!r || r->node_case != T_List || !r->list) {
        emit_op(s, "in", e->name, e->n_name, e->lexpr, r);
        return;
    }
    pg_node *const *items = r->list->items;
    size_t n = r->list->n_items;
    bool negated = e->n_name && strcmp(last_name(e->name, e->n_name), "<>") == 0;
    const char *op = negated ? "<>" : "=";
    pg_node **nonvars = rg_xcalloc(n ? n : 1, sizeof *nonvars);
    size_t nnon = 0;
    for (size_t i = 0; i < n; i++)
        if (!has_columnref(items[i])) nonvars[nnon++] = items[i];
    bool use_array = nnon > 1;
    size_t parts = (use_array ? 1 + (n - nnon) : n);
    if (parts > 1) rg_buf_printf(s->out, "{bool %s [", negated ? "AND_EXPR" : "OR_EXPR");
    size_t written = 0;
    if (use_array) {
        rg_buf_printf(s->out, "{%s ", negated ? "all" : "any");
        rg_sql_literal(s->out, op);
        rg_buf_putc(s->out, ' ');
        norm_node(s, e->lexpr);
        rg_buf_putc(s->out, ' ');
        emit_in_array(s, nonvars, nnon, natural_type(s, e->lexpr));
        rg_buf_putc(s->out, '}');
        written++;
    }
    for (size_t i = 0; i < n; i++) {
        if (use_array && !has_columnref(items[i])) continue;
        if (written++) rg_buf_putc(s->out, ',');
        emit_simple_op(s, op, e->lexpr, items[i]);
    }
    if (parts > 1) rg_buf_puts(s->out, "]}");
    free(nonvars);
}

/* transformAExprBetween (PostgreSQL 15) as a flat list of conjuncts or
 * disjuncts; `outer` is the boolean operator they join with. */
static void between_parts(ser *s, const pg_A_Expr *e, const char *outer)
{
    const pg_node *lo = NULL, *hi = NULL;
    const pg_node *r = e->rexpr;
    if (r && r->node_case == T_List && r->list && r->list->n_items == 2) {
        lo = r->list->items[0];
        hi = r->list->items[1];
    }
    bool neg = e->kind == AEXPR_NOT_BETWEEN ||
               e->kind == AEXPR_NOT_BETWEEN_SYM;
    bool sym = e->kind == AEXPR_BETWEEN_SYM ||
               e->kind == AEXPR_NOT_BETWEEN_SYM;
    const char *op1 = neg ? "<" : ">=", *op2 = neg ? ">" : "<=";
    const char *inner = neg ? "OR_EXPR" : "AND_EXPR";
    bool nest = sym || strcmp(outer, inner) != 0;
    if (sym) rg_buf_printf(s->out, "{bool %s [", neg ? "AND_EXPR" : "OR_EXPR");
    for (int k = 0; k < (sym ? 2 : 1); k++) {
        if (k) rg_buf_putc(s->out, ',');
        const pg_node *a = k ? hi : lo, *b = k ? lo : hi;
        if (nest) rg_buf_printf(s->out, "{bool %s [", inner);
        emit_simple_op(s, op1, e->lexpr, a);
        rg_buf_putc(s->out, ',');
        emit_simple_op(s, op2, e->lexpr, b);
        if (nest) rg_buf_puts(s->out, "]}");
    }
    if (sym) rg_buf_puts(s->out, "]}");
}

static bool is_between(const pg_node *n)
{
    if (!n || n->node_case != T_A_Expr || !n->a_expr) return false;
    pg_A_Expr_Kind k = n->a_expr->kind;
    return k == AEXPR_BETWEEN || k == AEXPR_NOT_BETWEEN ||
           k == AEXPR_BETWEEN_SYM ||
           k == AEXPR_NOT_BETWEEN_SYM;
}

static void aexpr_hook(ser *s, const pg_A_Expr *e)
{
    switch (e->kind) {
    case AEXPR_OP:
    case AEXPR_LIKE:    /* name is ~~ / !~~ */
    case AEXPR_ILIKE:   /* ~~* / !~~* */
    case AEXPR_SIMILAR: /* ~ similar_to_escape(...) */
        emit_op(s, "op", e->name, e->n_name, e->lexpr, e->rexpr);
        break;
    case AEXPR_OP_ANY:
        emit_op(s, "any", e->name, e->n_name, e->lexpr, e->rexpr);
        break;
    case AEXPR_OP_ALL:
        emit_op(s, "all", e->name, e->n_name, e->lexpr, e->rexpr);
        break;
    case AEXPR_IN:
        in_hook(s, e);
        break;
    case AEXPR_BETWEEN:
    case AEXPR_NOT_BETWEEN:
    case AEXPR_BETWEEN_SYM:
    case AEXPR_NOT_BETWEEN_SYM: {
        bool neg = e->kind == AEXPR_NOT_BETWEEN;
        bool sym = !neg && e->kind != AEXPR_BETWEEN;
        const char *outer = neg ? "OR_EXPR" : "AND_EXPR";
        if (!sym) rg_buf_printf(s->out, "{bool %s [", outer);
        between_parts(s, e, sym ? "" : outer);
        if (!sym) rg_buf_puts(s->out, "]}");
        break;
    }
    default: {
        const char *kind = rg_pg_enum_name(PG_ENUM_A_Expr_Kind, e->kind);
        emit_op(s, kind ? kind : "aexpr", e->name, e->n_name, e->lexpr, e->rexpr);
        break;
    }
    }
}

/* AND/OR chains are flattened: the parser nests (a AND b) AND c while
 * pg_dump's parenthesised text may nest differently; both mean one list. */
static void bool_args(ser *s, pg_BoolExprType op, const char *opname,
                      pg_node *const *args, size_t n, size_t *written)
{
    for (size_t i = 0; i < n; i++) {
        const pg_node *a = args[i];
        if (s->depth > NORM_MAX_DEPTH) break;
        if (a && a->node_case == T_BoolExpr && a->bool_expr &&
            a->bool_expr->boolop == op && op != NOT_EXPR) {
            s->depth++;
            bool_args(s, op, opname, a->bool_expr->args, a->bool_expr->n_args, written);
            s->depth--;
            continue;
        }
        if (*written) rg_buf_putc(s->out, ',');
        (*written)++;
        pg_A_Expr_Kind k = is_between(a) ? a->a_expr->kind : 0;
        bool plain = k == AEXPR_BETWEEN && op == AND_EXPR;
        bool negd = k == AEXPR_NOT_BETWEEN && op == OR_EXPR;
        if (plain || negd) between_parts(s, a->a_expr, opname);
        else norm_node(s, a);
    }
}

static void boolexpr_hook(ser *s, const pg_BoolExpr *e)
{
    const char *opname = rg_pg_enum_name(PG_ENUM_BoolExprType, e->boolop);
    if (!opname) opname = "?";
    rg_buf_printf(s->out, "{bool %s [", opname);
    size_t written = 0;
    bool_args(s, e->boolop, opname, e->args, e->n_args, &written);
    rg_buf_puts(s->out, "]}");
}

/* In table scope, t.col and schema.t.col are col (pg_dump never
 * qualifies); other qualifiers (NEW., OLD., composite fields) stay. */
static void columnref_hook(ser *s, const pg_ColumnRef *cr)
{
    if (s->view && s->scope && s->scope != s->table_scope) {
        norm_view_columnref(s, cr);
        return;
    }
    size_t first = 0, n = cr->n_fields;
    const rg_table *t = s->x->table;
    if (t && n >= 2 && cr->fields[n - 1]->node_case == T_String &&
        strcmp(rg_pg_str(cr->fields[n - 2]), t->name) == 0 &&
        (n == 2 || (n == 3 && t->schema && strcmp(rg_pg_str(cr->fields[0]), t->schema) == 0)))
        first = n - 1;
    rg_buf_puts(s->out, "{col ");
    for (size_t i = first; i < n; i++) {
        if (i > first) rg_buf_putc(s->out, '.');
        if (cr->fields[i]->node_case == T_A_Star) rg_buf_putc(s->out, '*');
        else rg_quote_ident(s->out, rg_pg_str(cr->fields[i]));
    }
    rg_buf_putc(s->out, '}');
}

static bool is_seq_func(const char *name)
{
    return !strcmp(name, "nextval") || !strcmp(name, "currval") || !strcmp(name, "setval");
}

static const char *const funccall_skip[] = {"funcname", "args", "funcformat", NULL};

static void funccall_hook(ser *s, const pg_FuncCall *fc)
{
    size_t n = fc->n_funcname;
    const char *name = last_name(fc->funcname, n);
    const char *schema = n >= 2 ? rg_pg_str(fc->funcname[n - 2]) : NULL;
    schema = rg_norm_func_schema(s->x, schema, name);
    rg_buf_puts(s->out, "{func ");
    rg_buf q = {0};
    norm_qualified(&q, schema, name);
    rg_sql_literal(s->out, rg_buf_cstr(&q));
    rg_buf_free(&q);
    rg_buf_puts(s->out, " [");
    for (size_t i = 0; i < fc->n_args; i++) {
        if (i) rg_buf_putc(s->out, ',');
        const pg_A_Const *c = NULL;
        /* nextval('t_id_seq') takes a regclass: the name resolves to the
         * sequence as pg_dump prints it ('public.t_id_seq'::regclass). */
        if (i == 0 && !*schema && is_seq_func(name)) c = rg_pg_const_under_casts(fc->args[0]);
        if (c) regclass_literal(s, c);
        else norm_node(s, fc->args[i]);
    }
    rg_buf_putc(s->out, ']');
    norm_fields(s, &fc->base, funccall_skip);
    rg_buf_putc(s->out, '}');
}

static const char *const rangevar_skip[] = {"catalogname", "schemaname", "relname", NULL};

void norm_relname(ser *s, const pg_RangeVar *rv)
{
    rg_buf q = {0};
    if (s->view && norm_view_is_cte(s, rv)) rg_quote_ident(&q, rv->relname);
    else norm_qualified(&q, norm_relation_schema(s->x, rv->schemaname, rv->relname), rv->relname);
    rg_sql_literal(s->out, rg_buf_cstr(&q));
    rg_buf_free(&q);
}

static void rangevar_hook(ser *s, const pg_RangeVar *rv)
{
    rg_buf_puts(s->out, "{rel ");
    norm_relname(s, rv);
    norm_fields(s, &rv->base, rangevar_skip);
    rg_buf_putc(s->out, '}');
}

/* x IN (SELECT ...) is ANY_SUBLINK without an operator name; pg_dump
 * prints `= ANY (SELECT ...)` back as IN: both mean `=`. */
static void sublink_hook(ser *s, const pg_SubLink *sl)
{
    const char *type = rg_pg_enum_name(PG_ENUM_SubLinkType, sl->sub_link_type);
    rg_buf_printf(s->out, "{sublink %s ", type ? type : "?");
    norm_node(s, sl->testexpr);
    rg_buf_putc(s->out, ' ');
    if (sl->n_oper_name) op_name(s, sl->oper_name, sl->n_oper_name);
    else if (sl->sub_link_type == ANY_SUBLINK) rg_sql_literal(s->out, "=");
    else rg_buf_putc(s->out, '-');
    rg_buf_putc(s->out, ' ');
    norm_node(s, sl->subselect);
    rg_buf_putc(s->out, '}');
}

/* ORDER BY items with the defaults spelled out: ASC is the default
 * direction, NULLS LAST the default for ASC and NULLS FIRST for DESC. */
void norm_sortby(ser *s, const pg_SortBy *sb, const char *expr_key)
{
    rg_buf_puts(s->out, "{sort ");
    if (expr_key) rg_buf_puts(s->out, expr_key);
    else norm_node(s, sb->node);
    bool desc = sb->sortby_dir == SORTBY_DESC;
    if (desc) rg_buf_puts(s->out, " desc");
    if (sb->sortby_dir == SORTBY_USING) {
        rg_buf_puts(s->out, " using:");
        op_name(s, sb->use_op, sb->n_use_op);
    }
    if (sb->sortby_nulls == SORTBY_NULLS_FIRST && !desc)
        rg_buf_puts(s->out, " nulls_first");
    if (sb->sortby_nulls == SORTBY_NULLS_LAST && desc)
        rg_buf_puts(s->out, " nulls_last");
    rg_buf_putc(s->out, '}');
}

/* CREATE AGGREGATE / OPERATOR / COLLATION / TEXT SEARCH ...: the object
 * name qualified with the schema it is created in. */
static const char *const define_skip[] = {"defnames", NULL};

static void define_hook(ser *s, const pg_DefineStmt *d)
{
    rg_buf_puts(s->out, "{DefineStmt ");
    rg_buf q = {0};
    if (d->n_defnames == 1)
        norm_qualified(&q, norm_creation_schema(s->x->cat), rg_pg_str(d->defnames[0]));
    for (size_t i = 0; d->n_defnames != 1 && i < d->n_defnames; i++) {
        if (i) rg_buf_putc(&q, '.');
        rg_quote_ident(&q, rg_pg_str(d->defnames[i]));
    }
    rg_sql_literal(s->out, rg_buf_cstr(&q));
    rg_buf_free(&q);
    norm_fields(s, &d->base, define_skip);
    rg_buf_putc(s->out, '}');
}

/* f(args) named in CREATE CAST, ALTER/DROP FUNCTION, ...: the function
 * resolved like a call (pg_dump qualifies it). Operator names stay. */
static const char *const owa_skip[] = {"objname", NULL};

static void objargs_hook(ser *s, const pg_ObjectWithArgs *o)
{
    size_t n = o->n_objname;
    const char *name = last_name(o->objname, n);
    bool is_op = strspn(name, "+-*/<>=~!@#%^&|`?") == strlen(name) && *name;
    rg_buf q = {0};
    if (is_op) {
        rg_buf_puts(&q, name);
    } else {
        const char *schema = n >= 2 ? rg_pg_str(o->objname[n - 2]) : NULL;
        norm_qualified(&q, rg_norm_func_schema(s->x, schema, name), name);
    }
    rg_buf_puts(s->out, "{ObjectWithArgs ");
    rg_sql_literal(s->out, rg_buf_cstr(&q));
    rg_buf_free(&q);
    norm_fields(s, &o->base, owa_skip);
    rg_buf_putc(s->out, '}');
}

/* CASE without ELSE is CASE ... ELSE NULL (ruleutils prints it). */
static void case_hook(ser *s, const pg_CaseExpr *c)
{
    rg_buf_puts(s->out, "{case ");
    norm_node(s, c->arg);
    rg_buf_putc(s->out, ' ');
    norm_list(s, c->args, c->n_args);
    rg_buf_puts(s->out, " else:");
    if (c->defresult) norm_node(s, c->defresult);
    else rg_buf_puts(s->out, "NULL");
    rg_buf_putc(s->out, '}');
}

/* ---- dispatch ----------------------------------------------------------- */

static void norm_msg(ser *s, const void *m)
{
    if (!m) {
        rg_buf_putc(s->out, '-');
        return;
    }
    if (rg_pg_msg_is_node(m)) {
        norm_node(s, (const pg_node *)m);
        return;
    }
    if (s->depth >= NORM_MAX_DEPTH) {
        rg_buf_puts(s->out, "{deep}");
        return;
    }
    s->depth++;
    switch (rg_pg_msg_kind(m)) {
    case T_TypeName: typename_hook(s, m); break;
    case T_RangeVar: rangevar_hook(s, m); break;
    case T_DefineStmt: define_hook(s, m); break;
    case T_ObjectWithArgs: objargs_hook(s, m); break;
    case T_SelectStmt:
        if (s->view) norm_view_select(s, m, NULL, NULL);
        else generic(s, m);
        break;
    default: generic(s, m); break;
    }
    s->depth--;
}

void norm_node(ser *s, const pg_node *n)
{
    if (!n || n->node_case == T_Invalid) {
        rg_buf_putc(s->out, '-');
        return;
    }
    if (s->depth >= NORM_MAX_DEPTH) {
        rg_buf_puts(s->out, "{deep}");
        return;
    }
    const void *inner = rg_pg_node_msg(n);
    if (!inner) {
        rg_buf_putc(s->out, '-');
        return;
    }
    s->depth++;
    switch (n->node_case) {
    case T_A_Const: const_hook(s, n->a_const); break;
    case T_TypeCast: typecast_hook(s, n->type_cast); break;
    case T_A_Expr: aexpr_hook(s, n->a_expr); break;
    case T_BoolExpr: boolexpr_hook(s, n->bool_expr); break;
    case T_ColumnRef: columnref_hook(s, n->column_ref); break;
    case T_FuncCall: funccall_hook(s, n->func_call); break;
    case T_SubLink: sublink_hook(s, n->sub_link); break;
    case T_CaseExpr: case_hook(s, n->case_expr); break;
    case T_SortBy: norm_sortby(s, n->sort_by, NULL); break;
    case T_A_ArrayExpr:
        emit_array(s, n->a_array_expr->elements, n->a_array_expr->n_elements);
        break;
    default:
        s->depth--;
        norm_msg(s, inner);
        return;
    }
    s->depth--;
}
