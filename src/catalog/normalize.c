/*
 * normalize.c — the catalog stage's canonical spellings: type names as
 * PostgreSQL 15's format_type prints them, identifiers quoted as
 * quote_ident does, names resolved through the catalog's search_path, and
 * the public entry points that turn parse trees into comparison keys (the
 * serialiser itself is norm_expr.c, view scopes norm_view.c).
 *
 * PostgreSQL facts are data, read once per process from the embedded
 * models: builtin type names and aliases (models/pg/types.csv, columns
 * name,canonical,typmod-style,min_version,max_version; "%m" in canonical
 * marks where modifiers go), pg_catalog function and operator-class names
 * (functions.csv, opclasses.csv) and implicit casts (implicit_casts.csv),
 * all taken from a PostgreSQL 15 server.
 */
#include "catalog/norm_internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rollgate/models.h"

/* ---- builtin types (models/pg/types.csv) -------------------------------- */

typedef enum { MOD_PLAIN, MOD_NUMERIC, MOD_INTERVAL, MOD_BPCHAR, MOD_BIT } modstyle;

typedef struct builtin {
    const char *canonical;   /* may hold "%m": where "(typmods)" goes */
    const char *bare;        /* canonical without "%m" */
    modstyle style;
    int min_version, max_version; /* 0 = unbounded */
} builtin;

static rg_map builtin_map;          /* name -> builtin * */
static rg_arena *builtin_arena;
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

static void remove_marker(char *s)
{
    char *m = strstr(s, "%m");
    if (m) memmove(m, m + 2, strlen(m + 2) + 1);
}

static void on_type_row(void *ctx, const char *const *f, size_t n)
{
    (void)ctx;
    if (n < 2 || !f[0][0] || f[0][0] == '#') return;
    builtin *b = rg_arena_alloc(builtin_arena, sizeof *b);
    b->canonical = rg_arena_strdup(builtin_arena, f[1]);
    char *bare = rg_arena_strdup(builtin_arena, f[1]);
    remove_marker(bare);
    b->bare = bare;
    const char *st = n > 2 ? f[2] : "";
    b->style = !strcmp(st, "numeric") ? MOD_NUMERIC : !strcmp(st, "interval") ? MOD_INTERVAL
             : !strcmp(st, "bpchar") ? MOD_BPCHAR : !strcmp(st, "bit") ? MOD_BIT : MOD_PLAIN;
    b->min_version = n > 3 ? atoi(f[3]) : 0;
    b->max_version = n > 4 ? atoi(f[4]) : 0;
    rg_map_put(&builtin_map, rg_arena_strdup(builtin_arena, f[0]), b);
}

static rg_map builtin_funcs;        /* pg_catalog function name -> non-NULL */
static rg_map builtin_opclasses;    /* pg_catalog operator class name -> non-NULL */
static rg_map implicit_casts;       /* "source|target" -> non-NULL */

static void on_cast_row(void *ctx, const char *const *f, size_t n)
{
    (void)ctx;
    if (n < 2 || !f[0][0]) return;
    char *k = rg_arena_printf(builtin_arena, "%s|%s", f[0], f[1]);
    rg_map_put(&implicit_casts, k, k);
}

static void on_name_row(void *ctx, const char *const *f, size_t n)
{
    if (n < 1 || !f[0][0]) return;
    char *name = rg_arena_strdup(builtin_arena, f[0]);
    rg_map_put(ctx, name, name);
}

static void load_builtins(void)
{
    builtin_arena = rg_arena_new();
    size_t len = 0;
    const char *data = rg_model_file("pg/types.csv", &len);
    if (data) rg_csv_parse(data, len, on_type_row, NULL);
    data = rg_model_file("pg/functions.csv", &len);
    if (data) rg_csv_parse(data, len, on_name_row, &builtin_funcs);
    data = rg_model_file("pg/opclasses.csv", &len);
    if (data) rg_csv_parse(data, len, on_name_row, &builtin_opclasses);
    data = rg_model_file("pg/implicit_casts.csv", &len);
    if (data) rg_csv_parse(data, len, on_cast_row, NULL);
}

static bool builtin_function(const char *name)
{
    pthread_once(&builtin_once, load_builtins);
    return rg_map_get(&builtin_funcs, name) != NULL;
}

static const builtin *find_builtin(const char *name, int version)
{
    pthread_once(&builtin_once, load_builtins);
    const builtin *b = rg_map_get(&builtin_map, name);
    if (!b || version <= 0) return b;
    if (b->min_version && version < b->min_version) return NULL;
    if (b->max_version && version > b->max_version) return NULL;
    return b;
}

const char *rg_norm_builtin_type(const char *name)
{
    if (!name) return NULL;
    const builtin *b = find_builtin(name, 0);
    if (!b) return NULL;
    /* Without a modifier bpchar prints as "bpchar" (format_type). */
    return b->style == MOD_BPCHAR ? "bpchar" : b->bare;
}

/* ---- identifiers -------------------------------------------------------- */

void norm_qualified(rg_buf *b, const char *schema, const char *name)
{
    if (schema && *schema) {
        rg_quote_ident(b, schema);
        rg_buf_putc(b, '.');
    }
    rg_quote_ident(b, name);
}

/* ---- search_path -------------------------------------------------------- */

/* Map lookup by "a.b" without allocating for ordinary name lengths. */
static void *get2(const rg_map *m, const char *a, const char *b)
{
    char stack[256];
    size_t la = strlen(a), lb = strlen(b);
    char *k = la + lb + 2 <= sizeof stack ? stack : rg_xmalloc(la + lb + 2);
    memcpy(k, a, la);
    k[la] = '.';
    memcpy(k + la + 1, b, lb + 1);
    void *v = rg_map_get(m, k);
    if (k != stack) free(k);
    return v;
}

static size_t path_len(const rg_catalog *c)
{
    return c->search_path ? c->nsearch_path : 0;
}

/* Where CREATE puts an unqualified object: the first search_path schema
 * that exists (PostgreSQL's namespace for creation). */
const char *norm_creation_schema(const rg_catalog *c)
{
    for (size_t i = 0; i < path_len(c); i++) {
        const char *sp = c->search_path[i];
        if (sp && (rg_map_get(&c->schema_map, sp) || !c->schema_map.n)) return sp;
    }
    return "public";
}

const char *norm_relation_schema(const rg_normctx *x, const char *schema, const char *name)
{
    if (schema && *schema) return schema;
    const rg_catalog *c = x->cat;
    for (size_t i = 0; i < path_len(c); i++) {
        const char *sp = c->search_path[i];
        if (sp && get2(&c->relation_map, sp, name)) return sp;
    }
    return norm_creation_schema(c);
}

/* pg_catalog is searched first (PostgreSQL puts it in front of the path
 * unless named), so a builtin name is a builtin; then the catalog's own
 * functions. A name that is neither is an extension's function, which
 * pg_dump prints qualified with the extension's schema
 * (public.uuid_generate_v4()): it resolves to where the extension would
 * have been created, the first existing search_path schema. */
const char *rg_norm_func_schema(const rg_normctx *x, const char *schema, const char *name)
{
    if (schema && *schema) return strcmp(schema, "pg_catalog") == 0 ? "" : schema;
    if (!name || !*name || builtin_function(name)) return "";
    const rg_catalog *c = x->cat;
    for (size_t i = 0; i < path_len(c); i++) {
        const char *sp = c->search_path[i];
        if (sp && strcmp(sp, "pg_catalog") && get2(&c->function_name_map, sp, name)) return sp;
    }
    return norm_creation_schema(c);
}

/* A canonical type without its modifiers, as format_type(oid, NULL)
 * names it: "numeric(10,2)" → "numeric", "timestamp(3) with time zone" →
 * "timestamp with time zone", bpchar → "character". */
static void bare_type(rg_buf *b, const char *type)
{
    int depth = 0;
    bool quoted = false;
    for (const char *p = type; *p; p++) {
        if (*p == '"') quoted = !quoted;
        if (!quoted && *p == '(') depth++;
        if (!depth) rg_buf_putc(b, *p);
        if (!quoted && *p == ')' && depth) depth--;
    }
    const char *s = rg_buf_cstr(b);
    if (!strcmp(s, "bpchar") || !strcmp(s, "\"bit\"")) {
        char *fixed = rg_xstrdup(!strcmp(s, "bpchar") ? "character" : "bit");
        rg_buf_reset(b);
        rg_buf_puts(b, fixed);
        free(fixed);
    }
}

void norm_bare_type(rg_buf *b, const rg_normctx *x, const char *type, bool resolve_domains)
{
    rg_buf cur = {0};
    bare_type(&cur, type ? type : "");
    for (int hops = 0; resolve_domains && x && x->cat && hops < 16; hops++) {
        const rg_type *ty = rg_map_get(&x->cat->type_map, rg_buf_cstr(&cur));
        if (!ty || ty->kind != RG_TYPE_DOMAIN || !ty->base_type) break;
        rg_buf_reset(&cur);
        bare_type(&cur, ty->base_type);
    }
    rg_buf_puts(b, rg_buf_cstr(&cur));
    rg_buf_free(&cur);
}

bool norm_implicit_cast(const rg_normctx *x, const char *source, const char *target)
{
    pthread_once(&builtin_once, load_builtins);
    rg_buf src = {0}, dst = {0};
    bare_type(&dst, target);
    bare_type(&src, source);
    bool ok = false;
    /* A domain coerces to its base type for free. */
    for (int hops = 0; hops < 16 && !ok; hops++) {
        const char *s = rg_buf_cstr(&src), *d = rg_buf_cstr(&dst);
        size_t ls = strlen(s), ld = strlen(d);
        if (!strcmp(s, d)) {
            ok = true;
        } else if (ls > 2 && ld > 2 && !strcmp(s + ls - 2, "[]") && !strcmp(d + ld - 2, "[]")) {
            /* array coercion: element by element */
            rg_buf se = {0}, de = {0};
            rg_buf_put(&se, s, ls - 2);
            rg_buf_put(&de, d, ld - 2);
            ok = norm_implicit_cast(x, se.s, de.s);
            rg_buf_free(&se);
            rg_buf_free(&de);
            break;
        } else {
            rg_buf k = {0};
            rg_buf_printf(&k, "%s|%s", s, d);
            ok = rg_map_get(&implicit_casts, k.s) != NULL;
            rg_buf_free(&k);
            const rg_type *ty = ok ? NULL : rg_map_get(&x->cat->type_map, s);
            if (!ty || ty->kind != RG_TYPE_DOMAIN || !ty->base_type) break;
            rg_buf_reset(&src);
            bare_type(&src, ty->base_type);
        }
    }
    rg_buf_free(&src);
    rg_buf_free(&dst);
    return ok;
}

/* Operator classes: pg_dump qualifies every one outside pg_catalog
 * (public.gin_trgm_ops); an unqualified non-builtin one belongs to an
 * extension, created in the first existing search_path schema. */
const char *rg_norm_opclass_schema(const rg_normctx *x, const char *schema, const char *name)
{
    if (schema && *schema) return strcmp(schema, "pg_catalog") == 0 ? "" : schema;
    pthread_once(&builtin_once, load_builtins);
    if (!name || !*name || rg_map_get(&builtin_opclasses, name)) return "";
    return norm_creation_schema(x->cat);
}

/* regclassin: dotted name, double quotes keep case, unquoted parts fold to
 * lower case (ASCII, as PostgreSQL's downcase_identifier does). */
void norm_regclass_text(rg_buf *b, const rg_normctx *x, const char *text)
{
    rg_buf parts[3] = {{0}, {0}, {0}};
    int np = 0;
    const char *p = text;
    bool ok = true;
    while (ok) {
        if (np == 3) { ok = false; break; }
        rg_buf *cur = &parts[np++];
        rg_buf_puts(cur, "");
        if (*p == '"') {
            for (p++;; p++) {
                if (!*p) { ok = false; break; }
                if (*p == '"') {
                    if (p[1] != '"') { p++; break; }
                    p++;
                }
                rg_buf_putc(cur, *p);
            }
        } else {
            for (; *p && *p != '.'; p++)
                rg_buf_putc(cur, (*p >= 'A' && *p <= 'Z') ? (char)(*p + 32) : *p);
            while (cur->len && cur->s[cur->len - 1] == ' ') cur->s[--cur->len] = 0;
        }
        if (!ok || !*p) break;
        if (*p != '.') { ok = false; break; }
        p++;
    }
    if (!ok || !parts[np - 1].len) {
        rg_buf_puts(b, text); /* not a name PostgreSQL would accept: keep it */
    } else {
        const char *name = parts[np - 1].s;
        const char *schema = np >= 2 ? parts[np - 2].s : NULL;
        norm_qualified(b, norm_relation_schema(x, schema, name), name);
    }
    for (int i = 0; i < 3; i++) rg_buf_free(&parts[i]);
}

/* ---- type names --------------------------------------------------------- */

/* One modifier as written: 10, 'x', Point. */
static void typmod_text(rg_buf *b, const pg_node *m)
{
    char num[32];
    if (m && m->node_case == T_A_Const) {
        const char *t = rg_pg_const_text(m->a_const, num, sizeof num);
        rg_buf_puts(b, t ? t : "NULL");
    } else if (m && m->node_case == T_ColumnRef) {
        for (size_t i = 0; i < m->column_ref->n_fields; i++) {
            if (i) rg_buf_putc(b, '.');
            rg_buf_puts(b, rg_pg_str(m->column_ref->fields[i]));
        }
    } else {
        rg_buf_putc(b, '?');
    }
}

static long typmod_int(const pg_node *m, bool *ok)
{
    char num[32];
    const char *t = (m && m->node_case == T_A_Const)
                        ? rg_pg_const_text(m->a_const, num, sizeof num) : NULL;
    char *end;
    long v = t ? strtol(t, &end, 10) : 0;
    *ok = t && *t && !*end;
    return v;
}

/* intervaltypmodout: the field range, then the precision. */
static void interval_mods(rg_buf *b, const pg_TypeName *tn)
{
    static const struct { long mask; const char *text; } ranges[] = {
        {4, " year"}, {2, " month"}, {8, " day"}, {1024, " hour"}, {2048, " minute"},
        {4096, " second"}, {6, " year to month"}, {1032, " day to hour"},
        {3080, " day to minute"}, {7176, " day to second"}, {3072, " hour to minute"},
        {7168, " hour to second"}, {6144, " minute to second"}, {32767, ""},
    };
    bool ok = false;
    long mask = tn->n_typmods ? typmod_int(tn->typmods[0], &ok) : 32767;
    const char *fields = NULL;
    for (size_t i = 0; ok && i < sizeof ranges / sizeof *ranges; i++)
        if (ranges[i].mask == mask) fields = ranges[i].text;
    if (tn->n_typmods && !fields) { /* unknown mask: keep what was written */
        rg_buf_putc(b, '(');
        for (size_t i = 0; i < tn->n_typmods; i++) {
            if (i) rg_buf_putc(b, ',');
            typmod_text(b, tn->typmods[i]);
        }
        rg_buf_putc(b, ')');
        return;
    }
    rg_buf_puts(b, fields ? fields : "");
    if (tn->n_typmods >= 2) {
        rg_buf_putc(b, '(');
        typmod_text(b, tn->typmods[1]);
        rg_buf_putc(b, ')');
    }
}

static void plain_mods(rg_buf *b, const pg_TypeName *tn, modstyle style)
{
    if (!tn->n_typmods) return;
    rg_buf_putc(b, '(');
    for (size_t i = 0; i < tn->n_typmods; i++) {
        if (i) rg_buf_putc(b, ',');
        typmod_text(b, tn->typmods[i]);
    }
    /* numerictypmodout always prints the scale: numeric(10) is (10,0). */
    if (style == MOD_NUMERIC && tn->n_typmods == 1) rg_buf_puts(b, ",0");
    rg_buf_putc(b, ')');
}

static void builtin_text(rg_buf *b, const builtin *bt, const pg_TypeName *tn, bool typmods)
{
    /* format_type: bpchar and bit without a modifier print as "bpchar"
     * and "bit" (quoted), since plain `character` and `bit` mean length 1. */
    if (bt->style == MOD_BPCHAR && (!typmods || !tn->n_typmods)) {
        rg_buf_puts(b, typmods ? "bpchar" : "character");
        return;
    }
    if (bt->style == MOD_BIT && (!typmods || !tn->n_typmods)) {
        rg_buf_puts(b, typmods ? "\"bit\"" : "bit");
        return;
    }
    const char *m = strstr(bt->canonical, "%m");
    size_t head = m ? (size_t)(m - bt->canonical) : strlen(bt->canonical);
    rg_buf_put(b, bt->canonical, head);
    if (typmods) {
        if (bt->style == MOD_INTERVAL) interval_mods(b, tn);
        else plain_mods(b, tn, bt->style);
    }
    if (m) rg_buf_puts(b, m + 2);
}

/* a.b%TYPE: the column's type when the catalog knows it. */
static bool pct_type_text(rg_buf *b, const rg_normctx *x, const pg_TypeName *tn)
{
    size_t n = tn->n_names;
    if (n < 2) return false;
    const char *col = rg_pg_str(tn->names[n - 1]);
    const char *rel = rg_pg_str(tn->names[n - 2]);
    const char *schema = n >= 3 ? rg_pg_str(tn->names[n - 3]) : NULL;
    schema = norm_relation_schema(x, schema, rel);
    const rg_relref *r = get2(&x->cat->relation_map, schema, rel);
    if (!r || r->kind != RG_REL_TABLE) return false;
    const rg_column *c = rg_map_get(&((const rg_table *)r->obj)->column_map, col);
    if (!c || !c->type) return false;
    rg_buf_puts(b, c->type);
    return true;
}

static void user_type_text(rg_buf *b, const rg_normctx *x, const char *schema,
                           const char *name, const pg_TypeName *tn, bool typmods)
{
    const rg_catalog *c = x->cat;
    if (!schema) {
        for (size_t i = 0; i < path_len(c) && !schema; i++) {
            const char *sp = c->search_path[i];
            if (sp && get2(&c->type_map, sp, name)) schema = sp;
        }
        /* CREATE TYPE / AGGREGATE options name functions through the
         * type-name grammar (subtype_diff = float8mi): a builtin function
         * stays unqualified, as pg_dump prints it. */
        if (!schema && builtin_function(name)) schema = "";
        /* An extension type the catalog does not model lives where the
         * extension was created: the first existing search_path schema. */
        if (!schema) schema = norm_creation_schema(c);
    }
    norm_qualified(b, schema, name);
    if (typmods) plain_mods(b, tn, MOD_PLAIN);
}

void norm_typename_buf(rg_buf *b, const rg_normctx *x, const pg_TypeName *tn, bool typmods)
{
    if (!tn) return;
    if (tn->setof) rg_buf_puts(b, "SETOF ");
    size_t n = tn->n_names;
    if (tn->pct_type) {
        if (!pct_type_text(b, x, tn)) {
            for (size_t i = 0; i < n; i++) {
                if (i) rg_buf_putc(b, '.');
                rg_quote_ident(b, rg_pg_str(tn->names[i]));
            }
            rg_buf_puts(b, "%TYPE");
        }
        return;
    }
    const char *name = n ? rg_pg_str(tn->names[n - 1]) : "";
    const char *schema = n >= 2 ? rg_pg_str(tn->names[n - 2]) : NULL;
    int version = x && x->cat ? x->cat->server_version : 0;
    const builtin *bt = NULL;
    bool is_array = tn->n_array_bounds > 0;
    if (!schema || !strcmp(schema, "pg_catalog")) {
        bt = find_builtin(name, version);
        /* _int4 is the array type of int4. */
        if (!bt && name[0] == '_' && (bt = find_builtin(name + 1, version))) is_array = true;
    }
    if (bt) builtin_text(b, bt, tn, typmods);
    else if (x && x->cat) user_type_text(b, x, schema, name, tn, typmods);
    else norm_qualified(b, schema, name);
    /* format_type prints one [] whatever the declared dimensions. */
    if (is_array) rg_buf_puts(b, "[]");
}

const char *rg_norm_typename(const rg_normctx *x, const pg_TypeName *tn)
{
    rg_buf b = {0};
    norm_typename_buf(&b, x, tn, true);
    const char *s = rg_arena_strdup(x->cat->arena, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return s;
}

const char *rg_norm_typename_bare(const rg_normctx *x, const pg_TypeName *tn)
{
    rg_buf b = {0};
    norm_typename_buf(&b, x, tn, false);
    const char *s = rg_arena_strdup(x->cat->arena, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return s;
}

/* ---- keys --------------------------------------------------------------- */

static const char *finish_key(const rg_normctx *x, ser *s)
{
    const char *k = rg_arena_strdup(x->cat->arena, rg_buf_cstr(s->out));
    rg_buf_free(s->out);
    if (s->tmp) rg_arena_free(s->tmp);
    return k;
}

/* A lone 't' / 'f' (a boolean column's DEFAULT 'f') is stored by
 * PostgreSQL as the boolean and dumped as false. Only the whole
 * expression is treated so: inside an expression the text may be text. */
static const char *lone_boolean(const pg_node *expr)
{
    const pg_A_Const *c = rg_pg_const_under_casts(expr);
    if (!c || c->isnull || c->val_case != A_CONST_SVAL || !c->sval) return NULL;
    const char *v = c->sval->sval;
    if (!strcasecmp(v, "t") || !strcasecmp(v, "true")) return "true";
    if (!strcasecmp(v, "f") || !strcasecmp(v, "false")) return "false";
    return NULL;
}

rg_expr rg_norm_expr(const rg_normctx *x, const pg_node *expr)
{
    rg_expr e = {0};
    e.node = expr;
    if (!expr) return e;
    rg_buf out = {0};
    /* Subqueries (policies) are printed by ruleutils like view queries,
     * with the table as the outer range-table entry. */
    ser s = {.x = x, .out = &out, .view = true, .outer_table = x->table};
    const char *b = lone_boolean(expr);
    if (b) rg_sql_literal(&out, b);
    else norm_node(&s, expr);
    norm_view_pop_table(&s);
    e.key = finish_key(x, &s);
    return e;
}

/* The type a constant reaches the column's input function as: the type
 * of the cast written on it ('1500'::real), else for a string the column's
 * own type (an unknown literal is read by the column type's input
 * function), else the constant's own type (42 is an integer, 1.5 and
 * 1e3 numeric). Domains resolve to their base type. */
static bool const_fold_type(rg_buf *b, const rg_normctx *x, const pg_node *expr, const pg_A_Const *c,
                            const char *column_type)
{
    const pg_TypeName *inner = NULL;
    for (const pg_node *n = expr; n && n->node_case == T_TypeCast && n->type_cast;
         n = n->type_cast->arg)
        inner = n->type_cast->type_name;
    const char *ty = NULL;
    rg_buf cast = {0};
    if (inner) {
        norm_typename_buf(&cast, x, inner, false);
        ty = rg_buf_cstr(&cast);
    } else {
        switch (c->val_case) {
        case A_CONST_SVAL: ty = column_type; break;
        case A_CONST_IVAL: ty = "integer"; break;
        case A_CONST_FVAL: ty = "numeric"; break;
        case A_CONST_BOOLVAL: ty = "boolean"; break;
        default: break;
        }
    }
    if (ty) norm_bare_type(b, x, ty, true);
    rg_buf_free(&cast);
    return ty != NULL;
}

const char *rg_norm_const_value(const rg_normctx *x, const pg_node *expr, const char *type)
{
    const pg_A_Const *c = rg_pg_const_under_casts(expr);
    if (!c || c->isnull || !type) return NULL;
    rg_buf ft = {0}, v = {0};
    char num[32];
    const char *text = rg_pg_const_text(c, num, sizeof num);
    const char *key = NULL;
    if (const_fold_type(&ft, x, expr, c, type) && norm_fold_value(&v, rg_buf_cstr(&ft), text)) {
        rg_buf lit = {0};
        rg_sql_literal(&lit, rg_buf_cstr(&v));
        key = rg_arena_strdup(x->cat->arena, rg_buf_cstr(&lit));
        rg_buf_free(&lit);
    }
    rg_buf_free(&ft);
    rg_buf_free(&v);
    return key;
}

rg_expr rg_norm_expr_typed(const rg_normctx *x, const pg_node *expr, const char *type)
{
    const char *key = rg_norm_const_value(x, expr, type);
    if (!key) return rg_norm_expr(x, expr);
    rg_expr e = {0};
    e.node = expr;
    e.key = key;
    return e;
}

rg_expr rg_norm_nextval(const rg_normctx *x, const char *seq_schema, const char *seq_name)
{
    rg_expr e = {0};
    rg_buf q = {0};
    norm_qualified(&q, seq_schema, seq_name);
    rg_buf sql = {0};
    rg_buf_puts(&sql, "nextval(");
    rg_sql_literal(&sql, rg_buf_cstr(&q));
    rg_buf_puts(&sql, "::regclass)");
    e.sql = rg_arena_strdup(x->cat->arena, rg_buf_cstr(&sql));
    /* The key of the same text as pg_dump prints it, so both agree by
     * construction. */
    rg_arena *tmp = rg_arena_new();
    const pg_node *n = rg_pg_parse_expr(tmp, e.sql);
    if (n) e.key = rg_norm_expr(x, n).key;
    else e.key = e.sql;
    rg_arena_free(tmp);
    rg_buf_free(&q);
    rg_buf_free(&sql);
    return e;
}

const char *rg_norm_stmt_key(const rg_normctx *x, const pg_node *stmt)
{
    if (!stmt) return rg_arena_strdup(x->cat->arena, "");
    rg_buf out = {0};
    /* Queries inside statements (function bodies, rules) are printed by
     * ruleutils like views: the view rules apply. */
    ser s = {.x = x, .out = &out, .view = true};
    norm_node(&s, stmt);
    return finish_key(x, &s);
}

rg_expr rg_norm_view(const rg_normctx *x, const pg_node *select_stmt,
                     const char ***cols, size_t *ncols)
{
    rg_expr e = {0};
    e.node = select_stmt;
    if (cols) *cols = NULL;
    if (ncols) *ncols = 0;
    if (!select_stmt) return e;
    rg_buf out = {0};
    ser s = {.x = x, .out = &out, .view = true, .view_rule = true};
    const char **names = NULL;
    size_t nnames = 0;
    if (select_stmt->node_case == T_SelectStmt) {
        norm_view_select(&s, select_stmt->select_stmt, &names, &nnames);
    } else {
        norm_node(&s, select_stmt);
    }
    if (cols && nnames) {
        const char **v = rg_arena_alloc(x->cat->arena, nnames * sizeof *v);
        for (size_t i = 0; i < nnames; i++) v[i] = rg_arena_strdup(x->cat->arena, names[i]);
        *cols = v;
    }
    if (ncols) *ncols = nnames;
    e.key = finish_key(x, &s);
    return e;
}

/* ---- SQL text ----------------------------------------------------------- */

static bool is_statement(const pg_node *n)
{
    const char *nm = rg_pg_kind_name(n->node_case);
    if (!nm) return false;
    size_t l = strlen(nm);
    return l > 4 && strcmp(nm + l - 4, "Stmt") == 0;
}

/* `x AT TIME ZONE z` deparses bare but is not a b_expr: DEFAULT and
 * other restricted positions need it parenthesised, as ruleutils does. */
static bool needs_parens(const pg_node *n)
{
    if (n->node_case != T_FuncCall || !n->func_call) return false;
    const pg_FuncCall *fc = n->func_call;
    return fc->funcformat == COERCE_SQL_SYNTAX && fc->n_funcname &&
           strcmp(rg_pg_str(fc->funcname[fc->n_funcname - 1]), "timezone") == 0;
}

const char *rg_expr_sql(rg_catalog *c, const rg_expr *e)
{
    if (!e) return "";
    if (e->sql) return e->sql;
    const pg_node *n = e->node;
    char *s = NULL;
    if (n) s = is_statement(n) ? rg_pg_deparse_stmt(c->arena, n) : rg_pg_deparse_expr(c->arena, n);
    if (!s) return e->key ? e->key : "";
    if (needs_parens(n)) s = rg_arena_printf(c->arena, "(%s)", s);
    /* The cache is the one field computed after construction: rg_expr is
     * a value inside the catalog, which owns it. */
    ((rg_expr *)e)->sql = s;
    return s;
}
