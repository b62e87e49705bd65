/*
 * ddl.c — the catalog as canonical DDL (`rollgate catalog FILE`), and
 * identifier quoting for every stage that prints SQL.
 *
 * The output is meant to be read back: rollgate's own interpreter must
 * rebuild an equal catalog from it, and PostgreSQL 15 must load it into an
 * empty database. So it follows pg_dump's shapes wherever pg_dump has one
 * (identity via ALTER ... ADD GENERATED, partitions as CREATE TABLE +
 * ATTACH PARTITION, constraints via ALTER TABLE ONLY, indexes ON ONLY the
 * partitioned parent), names every object, qualifies every name, and emits
 * objects in dependency order. Within a category objects are sorted by
 * qualified name, so equal catalogs give byte-identical text whatever
 * order their source was written in. Views keep creation order: a view can
 * only refer to views created before it.
 */
#include "catalog/emit.h"
#include "catalog/normalize.h"
#include "parse/tree.h"
#include "rollgate/catalog.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- quoting ------------------------------------------------------------ */

/* PostgreSQL's quote_identifier (ruleutils.c, PG15): an identifier stays
 * bare iff it is [a-z_][a-z0-9_]* and not a keyword other than an
 * unreserved one; otherwise it is double-quoted with `"` doubled. */
static bool ident_is_safe(const char *s)
{
    if (!s || !((*s >= 'a' && *s <= 'z') || *s == '_')) return false;
    for (const char *p = s; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
            return false;
    int kind = rg_pg_keyword_kind(s);
    return kind == NO_KEYWORD ||
           kind == UNRESERVED_KEYWORD;
}

void rg_quote_ident(rg_buf *out, const char *ident)
{
    if (!ident) ident = "";
    if (ident_is_safe(ident)) {
        rg_buf_puts(out, ident);
        return;
    }
    rg_buf_putc(out, '"');
    for (const char *p = ident; *p; p++) {
        if (*p == '"') rg_buf_putc(out, '"');
        rg_buf_putc(out, *p);
    }
    rg_buf_putc(out, '"');
}

const char *rg_quote_ident_a(rg_arena *a, const char *ident)
{
    if (ident && ident_is_safe(ident)) return rg_arena_strdup(a, ident);
    rg_buf b = {0};
    rg_quote_ident(&b, ident);
    char *s = rg_arena_strdup(a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return s;
}

const char *rg_qualified_a(rg_arena *a, const char *schema, const char *name)
{
    rg_buf b = {0};
    if (schema && *schema) {
        rg_quote_ident(&b, schema);
        rg_buf_putc(&b, '.');
    }
    rg_quote_ident(&b, name);
    char *s = rg_arena_strdup(a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return s;
}

/* ---- output helpers ----------------------------------------------------- */

typedef struct emitter {
    rg_catalog *c;
    rg_buf *b;
    rg_arena *a;               /* scratch (the order's arena) */
    rg_emit_order o;
    size_t section_mark, section_end; /* the open section header */
    const char *path;          /* search_path set so far; NULL = the default */
    rg_map *late_types;        /* while ordering functions: stage-1 types */
} emitter;

static void put_qname(emitter *e, const char *schema, const char *name)
{
    if (schema && *schema) {
        rg_quote_ident(e->b, schema);
        rg_buf_putc(e->b, '.');
    }
    rg_quote_ident(e->b, name);
}

/* A dollar-quoted body, with a tag the body does not contain (pg_dump
 * picks $$, then $_$, $__$, ...). */
static void put_dollar(rg_buf *b, const char *body)
{
    char tag[72] = "$";
    size_t n = 1;
    for (;;) {
        tag[n] = '$';
        tag[n + 1] = 0;
        if (!strstr(body, tag) || n >= 64) break;
        tag[n++] = '_';
    }
    rg_buf_puts(b, tag);
    rg_buf_puts(b, body);
    rg_buf_puts(b, tag);
}

static void put_ident_list(rg_buf *b, const char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i) rg_buf_puts(b, ", ");
        rg_quote_ident(b, names[i]);
    }
}

static const char *expr_sql(emitter *e, const rg_expr *x)
{
    const char *s = rg_expr_sql(e->c, x);
    return s ? s : "NULL";
}

/* Whether a deparsed expression can stand where the grammar wants a b_expr
 * (a column DEFAULT): constants, names, function calls, casts and arrays
 * can; anything with a top-level operator gets parentheses, which do not
 * change the tree PostgreSQL or rollgate builds from it. */
static bool needs_parens(emitter *e, const rg_expr *x)
{
    const pg_node *n = x->node;
    /* Synthesised expressions (serial defaults) may have text only. */
    if (!n) n = rg_pg_parse_expr(e->a, expr_sql(e, x));
    if (!n) return true;
    switch (n->node_case) {
    case T_A_Const:
    case T_ColumnRef:
    case T_FuncCall:
    case T_SQLValueFunction:
    case T_A_ArrayExpr:
        return false;
    case T_TypeCast:
        return n->type_cast->arg == NULL ||
               n->type_cast->arg->node_case != T_A_Const;
    default:
        return true;
    }
}

static void put_bexpr(emitter *e, const rg_expr *x)
{
    if (needs_parens(e, x)) {
        rg_buf_putc(e->b, '(');
        rg_buf_puts(e->b, expr_sql(e, x));
        rg_buf_putc(e->b, ')');
    } else {
        rg_buf_puts(e->b, expr_sql(e, x));
    }
}

static void put_paren_expr(emitter *e, const rg_expr *x)
{
    rg_buf_putc(e->b, '(');
    rg_buf_puts(e->b, expr_sql(e, x));
    rg_buf_putc(e->b, ')');
}

/* Option lists as the interpreter keeps them: "k=v, ns.k=v" (reloptions,
 * foreign options) or "k = v, ..." (type definitions). Each is printed
 * with names as identifiers and values bare only when they are plain
 * words, numbers or type names, else as literals, so no stored text can
 * escape its clause. An item starts after ", " where a name and the
 * separator follow, so values holding ", " stay whole. */
typedef enum { VAL_WORD, VAL_TYPE, VAL_LITERAL } valmode;

static bool all_in(const char *s, size_t n, const char *extra)
{
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
              (s[i] >= '0' && s[i] <= '9') || s[i] == '_' || (s[i] && strchr(extra, s[i]))))
            return false;
    return true;
}

static bool is_number(const char *s, size_t n)
{
    size_t i = (n && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    if (i == n) return false;
    for (; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || s[i] == '.')) return false;
    return true;
}

/* Reloption values: words and numbers stay bare. Type definition values:
 * numbers, and type names as the interpreter canonicalises them
 * ("public.geometry_in", "double precision", "character varying(10)")
 * stay bare; a single word becomes a literal, which PostgreSQL takes for
 * a type, function or keyword value alike and which keeps its case. */
static bool value_bare(const char *s, size_t n, valmode mode)
{
    if (!n || mode == VAL_LITERAL || s[0] == ' ' || s[n - 1] == ' ') return false;
    if (mode == VAL_WORD) return all_in(s, n, ".-+");
    if (is_number(s, n)) return true;
    bool typeish = memchr(s, '.', n) || memchr(s, ' ', n) || memchr(s, '[', n) || memchr(s, '(', n);
    return typeish && all_in(s, n, ". ()[],\"") && s[0] != '(' && s[0] != ',';
}

/* Length of the option name at p if `eq` follows it, else 0. */
static size_t option_name_len(const char *p, const char *eq)
{
    size_t n = 0;
    while ((p[n] >= 'a' && p[n] <= 'z') || (p[n] >= 'A' && p[n] <= 'Z') ||
           (p[n] >= '0' && p[n] <= '9') || p[n] == '_' || p[n] == '.')
        n++;
    return n && strncmp(p + n, eq, strlen(eq)) == 0 ? n : 0;
}

static void put_option_name(emitter *e, const char *p, size_t n)
{
    const char *dot = memchr(p, '.', n);
    if (dot) {
        rg_quote_ident(e->b, rg_arena_strndup(e->a, p, (size_t)(dot - p)));
        rg_buf_putc(e->b, '.');
        rg_quote_ident(e->b, rg_arena_strndup(e->a, dot + 1, n - (size_t)(dot - p) - 1));
    } else {
        rg_quote_ident(e->b, rg_arena_strndup(e->a, p, n));
    }
}

/* CREATE TYPE options whose values are words, not types, but that reach
 * the catalog through type-name canonicalisation ("int4" -> "integer",
 * "main" -> "public.main"): give PostgreSQL back a spelling it accepts,
 * which canonicalises to the same text when read again. */
static bool fix_keyword_value(const char *name, size_t nlen, const char **v, size_t *vlen)
{
    static const char *const align[][2] = {
        {"integer", "int4"}, {"smallint", "int2"}, {"double precision", "double"},
        {"character(1)", "char"}, {"\"char\"", "char"}};
    bool is_align = nlen == 9 && strncmp(name, "alignment", 9) == 0;
    bool is_word = is_align || (nlen == 7 && strncmp(name, "storage", 7) == 0) ||
                   (nlen == 14 && strncmp(name, "internallength", 14) == 0);
    if (!is_word || !*vlen) return false;
    for (size_t i = 0; is_align && i < sizeof align / sizeof *align; i++)
        if (strlen(align[i][0]) == *vlen && strncmp(*v, align[i][0], *vlen) == 0) {
            *v = align[i][1];
            *vlen = strlen(*v);
            return true;
        }
    const char *dot = memchr(*v, '.', *vlen);
    if (dot) {
        *vlen -= (size_t)(dot + 1 - *v);
        *v = dot + 1;
    }
    /* bare, as a word: read back it canonicalises as before */
    return all_in(*v, *vlen, "");
}

static void put_options(emitter *e, const char *list, const char *eq, const char *out_eq,
                        valmode mode)
{
    size_t eqlen = strlen(eq);
    for (const char *p = list; *p;) {
        size_t klen = option_name_len(p, eq);
        if (!klen) { /* not an option list after all: keep it one literal */
            rg_sql_literal(e->b, p);
            return;
        }
        put_option_name(e, p, klen);
        const char *v = p + klen + eqlen, *end = v;
        for (;;) {
            end = strstr(end, ", ");
            if (!end || option_name_len(end + 2, eq)) break;
            end += 2;
        }
        size_t vlen = end ? (size_t)(end - v) : strlen(v);
        bool word = mode == VAL_TYPE && fix_keyword_value(p, klen, &v, &vlen);
        if (vlen || mode != VAL_TYPE) { /* a flag (passedbyvalue) has no value */
            rg_buf_puts(e->b, out_eq);
            if (word || value_bare(v, vlen, mode)) rg_buf_put(e->b, v, vlen);
            else rg_sql_literal(e->b, rg_arena_strndup(e->a, v, vlen));
        }
        if (!end) break;
        rg_buf_puts(e->b, ", ");
        p = end + 2;
    }
}

static void put_with(emitter *e, const char *lead, const char *opts)
{
    if (!opts || !*opts) return;
    rg_buf_printf(e->b, "%sWITH (", lead);
    put_options(e, opts, "=", "=", VAL_WORD);
    rg_buf_putc(e->b, ')');
}

/* Expressions and view queries are printed as written (deparsed from the
 * raw tree), so unqualified names in them must resolve as they did when
 * the object was created: set the search_path the interpreter recorded
 * for it whenever it differs from the one in effect. */
static void use_path(emitter *e, const char *path)
{
    if (!path || (e->path && strcmp(e->path, path) == 0)) return;
    /* Recorded as the schema names joined by ", "; the setting wants each
     * one as an identifier. */
    rg_buf list = {0};
    for (const char *p = path; *p;) {
        const char *sep = strstr(p, ", ");
        size_t n = sep ? (size_t)(sep - p) : strlen(p);
        if (list.len) rg_buf_puts(&list, ", ");
        rg_quote_ident(&list, rg_arena_strndup(e->a, p, n));
        p = sep ? sep + 2 : p + n;
    }
    rg_buf_puts(e->b, "SELECT pg_catalog.set_config('search_path', ");
    rg_sql_literal(e->b, rg_buf_cstr(&list));
    rg_buf_puts(e->b, ", false);\n");
    rg_buf_free(&list);
    e->path = path;
}

static void use_table_path(emitter *e, const char *schema, const char *name)
{
    const rg_table *t = rg_catalog_table(e->c, schema, name);
    if (t) {
        use_path(e, t->search_path);
        return;
    }
    const rg_view *v = rg_catalog_view(e->c, schema, name);
    if (v) use_path(e, v->search_path);
}

/* ---- names stored as "schema.name" ------------------------------------- */

/* Splits a "schema.name" key. Names may contain dots themselves, so the
 * split is the first dot whose prefix is a known schema. */
static void split_key(emitter *e, const char *key, const char **schema, const char **name)
{
    const char *first = strchr(key, '.');
    for (const char *p = first; p; p = strchr(p + 1, '.')) {
        char *s = rg_arena_strndup(e->a, key, (size_t)(p - key));
        if (rg_map_get(&e->c->schema_map, s) || strcmp(s, "pg_catalog") == 0) {
            *schema = s;
            *name = p + 1;
            return;
        }
    }
    if (first) {
        *schema = rg_arena_strndup(e->a, key, (size_t)(first - key));
        *name = first + 1;
    } else {
        *schema = NULL;
        *name = key;
    }
}

static void put_key_name(emitter *e, const char *key)
{
    const char *s, *n;
    split_key(e, key, &s, &n);
    put_qname(e, s, n);
}

static rg_relref *relation(const emitter *e, const char *key)
{
    return key ? rg_map_get(&e->c->relation_map, key) : NULL;
}

/* Reads one possibly quoted identifier at *pp (as SQL prints it); returns
 * it unquoted in the scratch arena, or NULL when none starts there. */
static char *read_ident(emitter *e, const char **pp)
{
    const char *p = *pp;
    rg_buf b = {0};
    if (*p == '"') {
        for (p++; *p; p++) {
            if (*p == '"') {
                if (p[1] != '"') break;
                p++;
            }
            rg_buf_putc(&b, *p);
        }
        if (*p == '"') p++;
    } else {
        while (*p && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                      (*p >= '0' && *p <= '9') || *p == '_' || *p == '$' ||
                      (unsigned char)*p >= 0x80))
            rg_buf_putc(&b, *p++);
    }
    char *s = p == *pp ? NULL : rg_arena_strdup(e->a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    *pp = p;
    return s;
}

/* "schema.name" key of the type a canonical type string names
 * ("public.mood[]", "public.geometry(Point,4326)", "SETOF public.t"),
 * or NULL when it is not qualified. */
static const char *type_key(emitter *e, const char *type)
{
    if (!type) return NULL;
    while (strncmp(type, "SETOF ", 6) == 0) type += 6;
    const char *p = type;
    char *schema = read_ident(e, &p);
    if (!schema || *p != '.') return NULL;
    p++;
    char *name = read_ident(e, &p);
    if (!name) return NULL;
    return rg_arena_printf(e->a, "%s.%s", schema, name);
}

/* ---- sorting ------------------------------------------------------------ */

static int cmp_names(const char *as, const char *an, const char *bs, const char *bn)
{
    int r = strcmp(as ? as : "", bs ? bs : "");
    return r ? r : strcmp(an ? an : "", bn ? bn : "");
}

#define DEFINE_CMP(fn, T)                                                   \
    static int fn(const void *x, const void *y)                             \
    {                                                                       \
        const T *a = *(T *const *)x, *b = *(T *const *)y;                   \
        return cmp_names(a->schema, a->name, b->schema, b->name);           \
    }
DEFINE_CMP(cmp_type, rg_type)
DEFINE_CMP(cmp_seq, rg_sequence)
DEFINE_CMP(cmp_statistics, rg_statistics)
DEFINE_CMP(cmp_table, rg_table)
DEFINE_CMP(cmp_index, rg_index)

#define DEFINE_CMP_NAME(fn, T)                                              \
    static int fn(const void *x, const void *y)                             \
    {                                                                       \
        const T *a = *(T *const *)x, *b = *(T *const *)y;                   \
        return strcmp(a->name ? a->name : "", b->name ? b->name : "");      \
    }
DEFINE_CMP_NAME(cmp_schema, rg_schema)
DEFINE_CMP_NAME(cmp_ext, rg_extension)
DEFINE_CMP_NAME(cmp_con, rg_constraint)
DEFINE_CMP_NAME(cmp_trig, rg_trigger)
DEFINE_CMP_NAME(cmp_pol, rg_policy)

static int cmp_func(const void *x, const void *y)
{
    const rg_function *a = *(rg_function *const *)x, *b = *(rg_function *const *)y;
    int r = cmp_names(a->schema, a->name, b->schema, b->name);
    return r ? r : strcmp(a->signature ? a->signature : "", b->signature ? b->signature : "");
}

static int cmp_grant(const void *x, const void *y)
{
    const rg_grant *a = *(rg_grant *const *)x, *b = *(rg_grant *const *)y;
    int r = strcmp(a->object, b->object);
    if (!r) r = strcmp(a->grantee, b->grantee);
    if (!r) r = strcmp(a->privilege, b->privilege);
    if (!r) r = strcmp(a->columns ? a->columns : "", b->columns ? b->columns : "");
    return r ? r : (int)a->grant_option - (int)b->grant_option;
}

/* Live elements of an RG_VEC as a sorted pointer array in the scratch
 * arena. */
#define SORTED(e, vec, cmp, outp)                                             \
    sorted_live((e), (vec).v, (vec).n, sizeof *(vec).v,                       \
                offsetof(__typeof__(*(vec).v), dropped), (cmp), (outp))

static size_t sorted_live(emitter *e, void *base, size_t n, size_t size, size_t dropped_off,
                          int (*cmp)(const void *, const void *), void ***out)
{
    void **v = rg_arena_alloc(e->a, (n ? n : 1) * sizeof *v);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char *el = (char *)base + i * size;
        if (dropped_off != (size_t)-1 && *(bool *)(el + dropped_off)) continue;
        v[k++] = el;
    }
    if (cmp) qsort(v, k, sizeof *v, cmp);
    *out = v;
    return k;
}

/* ---- header, schemas, extensions ---------------------------------------- */

static void emit_schemas(emitter *e)
{
    rg_schema **v = e->o.schemas;
    size_t n = e->o.nschemas;
    if (!rg_map_get(&e->c->schema_map, "public"))
        rg_buf_puts(e->b, "DROP SCHEMA public;\n");
    for (size_t i = 0; i < n; i++) {
        const rg_schema *s = v[i];
        if (strcmp(s->name, "public") == 0 || strcmp(s->name, "pg_catalog") == 0) continue;
        rg_buf_puts(e->b, "CREATE SCHEMA ");
        rg_quote_ident(e->b, s->name);
        rg_buf_puts(e->b, ";\n");
    }
}

static void emit_extensions(emitter *e)
{
    for (size_t i = 0; i < e->o.nextensions; i++) {
        const rg_extension *x = e->o.extensions[i];
        rg_buf_puts(e->b, "CREATE EXTENSION IF NOT EXISTS ");
        rg_quote_ident(e->b, x->name);
        if (x->schema) {
            rg_buf_puts(e->b, " WITH SCHEMA ");
            rg_quote_ident(e->b, x->schema);
        }
        if (x->version) {
            rg_buf_puts(e->b, " VERSION ");
            rg_sql_literal(e->b, x->version);
        }
        rg_buf_puts(e->b, ";\n");
    }
}

/* ---- types -------------------------------------------------------------- */

static void emit_enum(emitter *e, const rg_type *t)
{
    rg_buf_puts(e->b, "CREATE TYPE ");
    put_qname(e, t->schema, t->name);
    rg_buf_puts(e->b, " AS ENUM (");
    for (size_t i = 0; i < t->labels.n; i++) {
        rg_buf_puts(e->b, i ? ",\n    " : "\n    ");
        rg_sql_literal(e->b, t->labels.v[i]);
    }
    rg_buf_puts(e->b, t->labels.n ? "\n);\n" : ");\n");
}

static void put_collate(emitter *e, const char *collation);

static void emit_composite(emitter *e, const rg_type *t)
{
    rg_buf_puts(e->b, "CREATE TYPE ");
    put_qname(e, t->schema, t->name);
    rg_buf_puts(e->b, " AS (");
    for (size_t i = 0; i < t->attrs.n; i++) {
        const rg_type_attr *a = &t->attrs.v[i];
        rg_buf_puts(e->b, i ? ",\n    " : "\n    ");
        rg_quote_ident(e->b, a->name);
        rg_buf_printf(e->b, " %s", a->type);
        put_collate(e, a->collation);
    }
    rg_buf_puts(e->b, t->attrs.n ? "\n);\n" : ");\n");
}

static void emit_domain(emitter *e, const rg_type *t)
{
    rg_buf_puts(e->b, "CREATE DOMAIN ");
    put_qname(e, t->schema, t->name);
    rg_buf_printf(e->b, " AS %s", t->base_type ? t->base_type : "text");
    put_collate(e, t->collation);
    if (t->has_default) {
        rg_buf_puts(e->b, " DEFAULT ");
        put_bexpr(e, &t->dflt);
    }
    if (t->not_null) rg_buf_puts(e->b, " NOT NULL");
    for (size_t i = 0; i < t->checks.n; i++) {
        const rg_domain_check *k = &t->checks.v[i];
        if (k->not_valid) continue; /* added NOT VALID later, as pg_dump does */
        rg_buf_puts(e->b, "\n    CONSTRAINT ");
        rg_quote_ident(e->b, k->name);
        rg_buf_puts(e->b, " CHECK ");
        put_paren_expr(e, &k->expr);
    }
    rg_buf_puts(e->b, ";\n");
}

static void emit_type(emitter *e, const rg_type *t)
{
    switch (t->kind) {
    case RG_TYPE_ENUM: emit_enum(e, t); break;
    case RG_TYPE_COMPOSITE: emit_composite(e, t); break;
    case RG_TYPE_DOMAIN: emit_domain(e, t); break;
    case RG_TYPE_RANGE:
        rg_buf_puts(e->b, "CREATE TYPE ");
        put_qname(e, t->schema, t->name);
        rg_buf_puts(e->b, " AS RANGE (\n    ");
        put_options(e, t->definition ? t->definition : "", " = ", " = ", VAL_TYPE);
        rg_buf_puts(e->b, "\n);\n");
        break;
    case RG_TYPE_BASE:
        /* A shell now; the full definition needs its I/O functions and
         * comes after them (emit_base_types). */
        rg_buf_puts(e->b, "CREATE TYPE ");
        put_qname(e, t->schema, t->name);
        rg_buf_puts(e->b, ";\n");
        break;
    }
}

/* Orders t after the types it is built from (a domain over a domain, a
 * composite of enums), so the text loads in order. A type built on a
 * table's or view's row type (a domain over it, a composite holding one)
 * is stage 1: it is created after the tables. state: 0 new, 1 in
 * progress (a cycle: take it anyway), 2 done; stage per type position. */
typedef struct type_walk {
    char *state, *stage;
} type_walk;

static void visit_type(emitter *e, rg_type *t, type_walk *w);

/* The stage a type reference forces: 1 for a row type or a stage-1 type. */
static char visit_type_ref(emitter *e, const char *type, type_walk *w)
{
    const char *key = type_key(e, type);
    rg_type *dep = key ? rg_map_get(&e->c->type_map, key) : NULL;
    if (dep && !dep->dropped) {
        visit_type(e, dep, w);
        return w->stage[dep - e->c->types.v];
    }
    rg_relref *r = relation(e, key);
    return r && (r->kind == RG_REL_TABLE || r->kind == RG_REL_VIEW);
}

static void visit_type(emitter *e, rg_type *t, type_walk *w)
{
    size_t i = (size_t)(t - e->c->types.v);
    if (w->state[i]) return;
    w->state[i] = 1;
    char stage = 0;
    if (t->kind == RG_TYPE_DOMAIN) stage |= visit_type_ref(e, t->base_type, w);
    for (size_t k = 0; k < t->attrs.n; k++) stage |= visit_type_ref(e, t->attrs.v[k].type, w);
    w->stage[i] = stage;
    e->o.type_stage[e->o.ntypes] = stage;
    e->o.types[e->o.ntypes++] = t;
    w->state[i] = 2;
}

static void order_types(emitter *e)
{
    void **v;
    size_t n = SORTED(e, e->c->types, cmp_type, &v);
    type_walk w = {rg_arena_alloc(e->a, e->c->types.n + 1), rg_arena_alloc(e->a, e->c->types.n + 1)};
    e->o.types = rg_arena_alloc(e->a, (n ? n : 1) * sizeof *e->o.types);
    e->o.type_stage = rg_arena_alloc(e->a, n + 1);
    for (size_t i = 0; i < n; i++) visit_type(e, v[i], &w);
}

static void emit_types(emitter *e, char stage)
{
    for (size_t i = 0; i < e->o.ntypes; i++)
        if (e->o.type_stage[i] == stage) emit_type(e, e->o.types[i]);
}

static void emit_base_types(emitter *e)
{
    for (size_t i = 0; i < e->o.ntypes; i++) {
        const rg_type *t = e->o.types[i];
        if (t->kind != RG_TYPE_BASE || !t->definition || !*t->definition) continue;
        rg_buf_puts(e->b, "CREATE TYPE ");
        put_qname(e, t->schema, t->name);
        rg_buf_puts(e->b, " (\n    ");
        put_options(e, t->definition, " = ", " = ", VAL_TYPE);
        rg_buf_puts(e->b, "\n);\n");
    }
}

/* ---- functions ---------------------------------------------------------- */

static void put_func_args(emitter *e, const rg_function *f, bool identity_only)
{
    bool first = true;
    for (size_t i = 0; i < f->nargs; i++) {
        const rg_func_arg *a = &f->args[i];
        if (a->mode == 't') continue;
        if (identity_only && a->mode == 'o') continue;
        if (!first) rg_buf_puts(e->b, ", ");
        first = false;
        if (!identity_only) {
            if (a->mode == 'o') rg_buf_puts(e->b, "OUT ");
            else if (a->mode == 'b') rg_buf_puts(e->b, "INOUT ");
            else if (a->mode == 'v') rg_buf_puts(e->b, "VARIADIC ");
            if (a->name && *a->name) {
                rg_quote_ident(e->b, a->name);
                rg_buf_putc(e->b, ' ');
            }
        } else if (a->mode == 'v') {
            rg_buf_puts(e->b, "VARIADIC ");
        }
        rg_buf_puts(e->b, a->type ? a->type : "");
        if (!identity_only && a->dflt.key) {
            rg_buf_puts(e->b, " DEFAULT ");
            put_bexpr(e, &a->dflt);
        }
    }
}

static void put_returns(emitter *e, const rg_function *f)
{
    bool table = false;
    for (size_t i = 0; i < f->nargs; i++) table |= f->args[i].mode == 't';
    if (table) {
        rg_buf_puts(e->b, " RETURNS TABLE(");
        bool first = true;
        for (size_t i = 0; i < f->nargs; i++) {
            if (f->args[i].mode != 't') continue;
            if (!first) rg_buf_puts(e->b, ", ");
            first = false;
            rg_quote_ident(e->b, f->args[i].name);
            rg_buf_printf(e->b, " %s", f->args[i].type);
        }
        rg_buf_putc(e->b, ')');
    } else if (f->returns && !f->procedure) {
        /* One SETOF is all the grammar takes, however the type got it. */
        const char *r = f->returns;
        while (strncmp(r, "SETOF SETOF ", 12) == 0) r += 6;
        rg_buf_printf(e->b, " RETURNS %s", r);
    }
}

/* A SQL-standard body (RETURN expr / BEGIN ATOMIC ... END) is kept only
 * as a comparison key (and libpg_query 15 cannot deparse BEGIN ATOMIC), so
 * its text comes from the statement that created the function: parse
 * growing prefixes of the source from the statement's offset, cut at each
 * `;`, until one parses (a BEGIN ATOMIC body holds semicolons of its own),
 * then take the body's text from where the scanner finds it. */
static const char *sql_body_text(emitter *e, const rg_function *f)
{
    const rg_source *src = f->origin.src;
    if (!src || f->origin.offset >= src->len) return NULL;
    const char *start = src->text + f->origin.offset;
    const char *stmt = NULL, *semi = start;
    for (int tries = 0; !stmt && tries < 500 && (semi = strchr(semi, ';')); tries++, semi++) {
        char *text = rg_arena_strndup(e->a, start, (size_t)(semi - start));
        const pg_node *st = rg_pg_parse_one(e->a, text);
        if (st && st->node_case == T_CreateFunctionStmt &&
            st->create_function_stmt->sql_body)
            stmt = text;
    }
    long at = stmt ? rg_pg_sql_body_offset(stmt) : -1;
    return at < 0 ? NULL : stmt + at;
}

static void emit_function(emitter *e, const rg_function *f)
{
    rg_buf_puts(e->b, f->procedure ? "CREATE PROCEDURE " : "CREATE FUNCTION ");
    put_qname(e, f->schema, f->name);
    rg_buf_putc(e->b, '(');
    put_func_args(e, f, false);
    rg_buf_putc(e->b, ')');
    put_returns(e, f);
    if (f->language) {
        rg_buf_puts(e->b, "\n    LANGUAGE ");
        rg_quote_ident(e->b, f->language);
    }
    if (f->attributes && *f->attributes) rg_buf_printf(e->b, " %s", f->attributes);
    if (f->sql_body && *f->sql_body) {
        const char *body = sql_body_text(e, f);
        if (body) {
            /* Source text may end in a -- comment that would swallow the
             * semicolon. */
            const char *last = strrchr(body, '\n');
            rg_buf_printf(e->b, "\n%s%s;\n", body, strstr(last ? last : body, "--") ? "\n" : "");
            return;
        }
        /* The text is gone (a function made by a plan step): keep the
         * output loadable and say what is missing. */
        rg_buf_puts(e->b, "\n    -- rollgate: SQL-standard body not available\n    RETURN NULL;\n");
        return;
    }
    rg_buf_puts(e->b, "\n    AS ");
    if (f->body2) {
        rg_sql_literal(e->b, f->body ? f->body : "");
        rg_buf_puts(e->b, ", ");
        rg_sql_literal(e->b, f->body2);
    } else {
        put_dollar(e->b, f->body ? f->body : "");
    }
    rg_buf_puts(e->b, ";\n");
}

/* A function whose signature names a table's or view's row type must come
 * after that relation (stage 1 after tables, 2 after views); SQL-standard
 * bodies are checked at creation, so they wait for views too. */
static char func_stage(emitter *e, const rg_function *f)
{
    char stage = 0;
    const char *types[64];
    size_t nt = 0;
    types[nt++] = f->returns;
    for (size_t i = 0; i < f->nargs && nt < 64; i++) types[nt++] = f->args[i].type;
    for (size_t i = 0; i < nt; i++) {
        const char *key = type_key(e, types[i]);
        if (key && stage < 1 && e->late_types && rg_map_get(e->late_types, key)) stage = 1;
        rg_relref *r = relation(e, key);
        if (!r) continue;
        if (r->kind == RG_REL_TABLE && stage < 1) stage = 1;
        if (r->kind == RG_REL_VIEW) stage = 2;
    }
    if (f->sql_body && *f->sql_body) stage = 2;
    return stage;
}

static void order_functions(emitter *e)
{
    /* Stage-1 types by key, so a function taking one waits for them. */
    rg_map late = {0};
    for (size_t i = 0; i < e->o.ntypes; i++)
        if (e->o.type_stage[i])
            rg_map_put(&late, rg_arena_printf(e->a, "%s.%s", e->o.types[i]->schema, e->o.types[i]->name),
                       e->o.types[i]);
    e->late_types = &late;
    void **v;
    e->o.nfuncs = SORTED(e, e->c->functions, cmp_func, &v);
    e->o.funcs = (rg_function **)v;
    e->o.func_stage = rg_arena_alloc(e->a, e->o.nfuncs + 1);
    for (size_t i = 0; i < e->o.nfuncs; i++) e->o.func_stage[i] = func_stage(e, e->o.funcs[i]);
    e->late_types = NULL;
    rg_map_free(&late);
}

static void emit_functions(emitter *e, char stage)
{
    for (size_t i = 0; i < e->o.nfuncs; i++)
        if (e->o.func_stage[i] == stage) emit_function(e, e->o.funcs[i]);
}

/* ---- sequences ---------------------------------------------------------- */

static void put_seq_options(emitter *e, const rg_sequence *s, const char *indent)
{
    rg_buf_printf(e->b, "%sSTART WITH %lld", indent, s->start);
    rg_buf_printf(e->b, "%sINCREMENT BY %lld", indent, s->increment);
    rg_buf_printf(e->b, "%sMINVALUE %lld", indent, s->min);
    rg_buf_printf(e->b, "%sMAXVALUE %lld", indent, s->max);
    rg_buf_printf(e->b, "%sCACHE %lld", indent, s->cache);
    if (s->cycle) rg_buf_printf(e->b, "%sCYCLE", indent);
}

static void emit_sequences(emitter *e)
{
    for (size_t i = 0; i < e->o.nsequences; i++) {
        const rg_sequence *s = e->o.sequences[i];
        if (s->identity) continue; /* created with its column */
        rg_buf_puts(e->b, s->persistence == 'u' ? "CREATE UNLOGGED SEQUENCE " : "CREATE SEQUENCE ");
        put_qname(e, s->schema, s->name);
        if (s->type) rg_buf_printf(e->b, "\n    AS %s", s->type);
        put_seq_options(e, s, "\n    ");
        rg_buf_puts(e->b, ";\n");
    }
}

/* "schema.table.column" → the table and column it names (names may hold
 * dots: the split is the one that finds a live column). */
static bool split_owned_by(emitter *e, const char *owned, const rg_table **t, const char **col)
{
    for (const char *p = strrchr(owned, '.'); p; ) {
        char *rel = rg_arena_strndup(e->a, owned, (size_t)(p - owned));
        rg_relref *r = relation(e, rel);
        if (r && r->kind == RG_REL_TABLE && rg_table_column(r->obj, p + 1)) {
            *t = r->obj;
            *col = p + 1;
            return true;
        }
        const char *q = p;
        p = NULL;
        while (q > owned) {
            if (*--q == '.') { p = q; break; }
        }
    }
    return false;
}

static void emit_sequence_owners(emitter *e)
{
    for (size_t i = 0; i < e->o.nsequences; i++) {
        const rg_sequence *s = e->o.sequences[i];
        const rg_table *t;
        const char *col;
        if (s->identity || !s->owned_by || !split_owned_by(e, s->owned_by, &t, &col)) continue;
        rg_buf_puts(e->b, "ALTER SEQUENCE ");
        put_qname(e, s->schema, s->name);
        rg_buf_puts(e->b, " OWNED BY ");
        put_qname(e, t->schema, t->name);
        rg_buf_putc(e->b, '.');
        rg_quote_ident(e->b, col);
        rg_buf_puts(e->b, ";\n");
    }
}

/* ---- tables ------------------------------------------------------------- */

/* Collations print as stored: a bare name is an identifier ("C" needs its
 * quotes), a qualified one is schema.name. */
static void put_collate(emitter *e, const char *collation)
{
    if (!collation || !*collation) return;
    rg_buf_puts(e->b, " COLLATE ");
    if (collation[0] == '"' || strchr(collation, '.')) {
        const char *p = collation;
        char *first = read_ident(e, &p);
        if (first && *p == '.') {
            p++;
            char *second = read_ident(e, &p);
            if (second && !*p) {
                put_qname(e, first, second);
                return;
            }
        } else if (first && !*p) {
            rg_quote_ident(e->b, first);
            return;
        }
    }
    rg_quote_ident(e->b, collation);
}

static rg_table *parent_of(const emitter *e, const rg_table *t)
{
    if (!t->parent_table) return NULL;
    return rg_catalog_table(e->c, t->parent_schema, t->parent_table);
}

static rg_table *inherit_parent(const emitter *e, const char *key)
{
    rg_relref *r = relation(e, key);
    return r && r->kind == RG_REL_TABLE ? r->obj : NULL;
}

static bool is_partition(const rg_table *t)
{
    return t->parent_table != NULL;
}

/* Columns written in CREATE TABLE: all of a partition's (pg_dump's
 * CREATE + ATTACH shape needs them), only the local ones of an INHERITS
 * child (the rest come from the parents). */
static bool column_written(const rg_table *t, const rg_column *col)
{
    if (col->dropped) return false;
    return is_partition(t) || t->ninherits == 0 || col->is_local;
}

static void put_column(emitter *e, const rg_column *col)
{
    rg_buf_puts(e->b, "    ");
    rg_quote_ident(e->b, col->name);
    rg_buf_printf(e->b, " %s", col->type ? col->type : "text");
    put_collate(e, col->collation);
    if (col->generated) {
        rg_buf_puts(e->b, " GENERATED ALWAYS AS ");
        put_paren_expr(e, &col->gen_expr);
        rg_buf_puts(e->b, " STORED");
    } else if (col->has_default) {
        rg_buf_puts(e->b, " DEFAULT ");
        put_bexpr(e, &col->dflt);
    }
    if (col->not_null) rg_buf_puts(e->b, " NOT NULL");
}

/* CHECK constraints stay inline, except NOT VALID ones (added after the
 * data would be, as pg_dump does) and those an INHERITS child gets from
 * its parents. A partition keeps its inherited ones: ATTACH PARTITION
 * requires them to be present. */
static bool check_inline(const rg_table *t, const rg_constraint *k)
{
    if (k->dropped || k->kind != RG_CON_CHECK || k->not_valid) return false;
    return k->is_local || is_partition(t);
}

static void put_check(emitter *e, const rg_constraint *k)
{
    rg_buf_puts(e->b, "CONSTRAINT ");
    rg_quote_ident(e->b, k->name);
    rg_buf_puts(e->b, " CHECK ");
    put_paren_expr(e, &k->check);
    if (k->no_inherit) rg_buf_puts(e->b, " NO INHERIT");
}

static void put_table_body(emitter *e, const rg_table *t)
{
    bool first = true;
    for (size_t i = 0; i < t->columns.n; i++) {
        const rg_column *col = &t->columns.v[i];
        if (!column_written(t, col)) continue;
        rg_buf_puts(e->b, first ? "\n" : ",\n");
        first = false;
        put_column(e, col);
    }
    void **v;
    size_t n = SORTED(e, t->constraints, cmp_con, &v);
    for (size_t i = 0; i < n; i++) {
        const rg_constraint *k = v[i];
        if (!check_inline(t, k)) continue;
        rg_buf_puts(e->b, first ? "\n    " : ",\n    ");
        first = false;
        put_check(e, k);
    }
    rg_buf_puts(e->b, "\n)");
}

/* The key is kept as "RANGE (a, (expr), b COLLATE x opclass)" with bare
 * column names; a plain name element gets quoted here when it needs it. */
static void put_partition_key(emitter *e, const char *key)
{
    const char *open = strchr(key, '(');
    size_t n = strlen(key);
    if (!open || key[n - 1] != ')') {
        rg_buf_puts(e->b, key);
        return;
    }
    rg_buf_put(e->b, key, (size_t)(open - key) + 1);
    const char *p = open + 1, *end = key + n - 1;
    while (p < end) {
        int depth = 0;
        const char *q = p;
        for (; q < end; q++) {
            if (*q == '(') depth++;
            else if (*q == ')') depth--;
            else if (depth == 0 && q[0] == ',' && q[1] == ' ') break;
        }
        char *item = rg_arena_strndup(e->a, p, (size_t)(q - p));
        if (item[0] != '(' && !strchr(item, ' ')) rg_quote_ident(e->b, item);
        else rg_buf_puts(e->b, item);
        if (q >= end) break;
        rg_buf_puts(e->b, ", ");
        p = q + 2;
    }
    rg_buf_putc(e->b, ')');
}

static void put_table_tail(emitter *e, const rg_table *t)
{
    if (t->ninherits) {
        rg_buf_puts(e->b, "\nINHERITS (");
        for (size_t i = 0; i < t->ninherits; i++) {
            if (i) rg_buf_puts(e->b, ", ");
            const rg_table *p = inherit_parent(e, t->inherits[i]);
            if (p) put_qname(e, p->schema, p->name);
            else put_key_name(e, t->inherits[i]);
        }
        rg_buf_putc(e->b, ')');
    }
    if (t->kind == RG_TABLE_PARTITIONED && t->partition_key) {
        rg_buf_puts(e->b, "\nPARTITION BY ");
        put_partition_key(e, t->partition_key);
    }
    if (t->kind == RG_TABLE_FOREIGN && t->foreign_server) {
        rg_buf_puts(e->b, "\nSERVER ");
        rg_quote_ident(e->b, t->foreign_server);
        if (t->foreign_options && *t->foreign_options) {
            rg_buf_puts(e->b, "\nOPTIONS (");
            put_options(e, t->foreign_options, "=", " ", VAL_LITERAL);
            rg_buf_putc(e->b, ')');
        }
    }
    if (t->access_method && strcmp(t->access_method, "heap") != 0) {
        rg_buf_puts(e->b, "\nUSING ");
        rg_quote_ident(e->b, t->access_method);
    }
    put_with(e, "\n", t->options);
    if (t->tablespace) {
        rg_buf_puts(e->b, "\nTABLESPACE ");
        rg_quote_ident(e->b, t->tablespace);
    }
}

static void put_alter_column(emitter *e, const rg_table *t, const rg_column *col)
{
    rg_buf_puts(e->b, "ALTER TABLE ONLY ");
    put_qname(e, t->schema, t->name);
    rg_buf_puts(e->b, " ALTER COLUMN ");
    rg_quote_ident(e->b, col->name);
}

static void emit_identity(emitter *e, const rg_table *t, const rg_column *col)
{
    rg_relref *r = relation(e, col->identity_seq);
    const rg_sequence *s = r && r->kind == RG_REL_SEQUENCE ? r->obj : NULL;
    rg_buf_puts(e->b, "ALTER TABLE ");
    put_qname(e, t->schema, t->name);
    rg_buf_puts(e->b, " ALTER COLUMN ");
    rg_quote_ident(e->b, col->name);
    rg_buf_printf(e->b, " ADD GENERATED %s AS IDENTITY",
                  col->identity == 'a' ? "ALWAYS" : "BY DEFAULT");
    if (s) {
        rg_buf_puts(e->b, " (\n    SEQUENCE NAME ");
        put_qname(e, s->schema, s->name);
        put_seq_options(e, s, "\n    ");
        rg_buf_puts(e->b, "\n)");
    }
    rg_buf_puts(e->b, ";\n");
}

/* The inherited column of the first parent that has it, for an INHERITS
 * child's column that is not written in its CREATE TABLE. */
static const rg_column *inherited_column(const emitter *e, const rg_table *t, const char *name)
{
    for (size_t i = 0; i < t->ninherits; i++) {
        const rg_table *p = inherit_parent(e, t->inherits[i]);
        const rg_column *pc = p ? rg_table_column(p, name) : NULL;
        if (pc) return pc;
    }
    return NULL;
}

/* What CREATE TABLE could not say about an inherited column: a default or
 * NOT NULL of the child's own. */
static void emit_inherited_column(emitter *e, const rg_table *t, const rg_column *col)
{
    const rg_column *pc = inherited_column(e, t, col->name);
    bool pdef = pc && pc->has_default;
    if (col->has_default && (!pdef || !pc->dflt.key || !col->dflt.key ||
                             strcmp(pc->dflt.key, col->dflt.key) != 0)) {
        put_alter_column(e, t, col);
        rg_buf_puts(e->b, " SET DEFAULT ");
        put_bexpr(e, &col->dflt);
        rg_buf_puts(e->b, ";\n");
    } else if (!col->has_default && pdef) {
        put_alter_column(e, t, col);
        rg_buf_puts(e->b, " DROP DEFAULT;\n");
    }
    if (col->not_null && !(pc && pc->not_null)) {
        put_alter_column(e, t, col);
        rg_buf_puts(e->b, " SET NOT NULL;\n");
    }
}

static void emit_column_extras(emitter *e, const rg_table *t)
{
    for (size_t i = 0; i < t->columns.n; i++) {
        const rg_column *col = &t->columns.v[i];
        if (col->dropped) continue;
        if (!column_written(t, col)) emit_inherited_column(e, t, col);
        if (col->identity) emit_identity(e, t, col);
        if (col->storage) {
            put_alter_column(e, t, col);
            rg_buf_printf(e->b, " SET STORAGE %s;\n", col->storage);
        }
        if (col->stats_target >= 0) {
            put_alter_column(e, t, col);
            rg_buf_printf(e->b, " SET STATISTICS %d;\n", col->stats_target);
        }
        if (col->compression) {
            put_alter_column(e, t, col);
            rg_buf_printf(e->b, " SET COMPRESSION %s;\n", col->compression);
        }
    }
}

static void emit_table(emitter *e, const rg_table *t)
{
    use_path(e, t->search_path);
    rg_buf_puts(e->b, "CREATE ");
    if (t->kind == RG_TABLE_FOREIGN) rg_buf_puts(e->b, "FOREIGN ");
    else if (t->persistence == 'u') rg_buf_puts(e->b, "UNLOGGED ");
    rg_buf_puts(e->b, "TABLE ");
    put_qname(e, t->schema, t->name);
    rg_buf_puts(e->b, " (");
    put_table_body(e, t);
    put_table_tail(e, t);
    rg_buf_puts(e->b, ";\n");
    emit_column_extras(e, t);
}

/* Tables after the tables they inherit from or partition. */
static void visit_table(emitter *e, rg_table *t, char *state, void **out, size_t *n)
{
    size_t i = (size_t)(t - e->c->tables.v);
    if (state[i]) return;
    state[i] = 1;
    rg_table *p = parent_of(e, t);
    if (p && !p->dropped) visit_table(e, p, state, out, n);
    for (size_t k = 0; k < t->ninherits; k++) {
        rg_table *ip = inherit_parent(e, t->inherits[k]);
        if (ip && !ip->dropped) visit_table(e, ip, state, out, n);
    }
    out[(*n)++] = t;
    state[i] = 2;
}

static void order_tables(emitter *e)
{
    void **v;
    size_t n = SORTED(e, e->c->tables, cmp_table, &v);
    char *state = rg_arena_alloc(e->a, e->c->tables.n + 1);
    void **out = rg_arena_alloc(e->a, (n ? n : 1) * sizeof *out);
    e->o.ntables = 0;
    for (size_t i = 0; i < n; i++) visit_table(e, v[i], state, out, &e->o.ntables);
    e->o.tables = (rg_table **)out;
}

static void put_partition_bound(emitter *e, const rg_table *t);

static void emit_tables(emitter *e)
{
    for (size_t i = 0; i < e->o.ntables; i++) emit_table(e, e->o.tables[i]);
    for (size_t i = 0; i < e->o.ntables; i++) {
        const rg_table *t = e->o.tables[i];
        const rg_table *p = parent_of(e, t);
        if (!p) continue;
        rg_buf_puts(e->b, "ALTER TABLE ONLY ");
        put_qname(e, p->schema, p->name);
        rg_buf_puts(e->b, " ATTACH PARTITION ");
        put_qname(e, t->schema, t->name);
        rg_buf_putc(e->b, ' ');
        put_partition_bound(e, t);
        rg_buf_puts(e->b, ";\n");
    }
}

/* The FOR VALUES clause, deparsed from the bound's tree. */
static const char *bound_sql(emitter *e, const rg_expr *x)
{
    const pg_node *n = x->node;
    if (x->sql && (strncmp(x->sql, "FOR VALUES", 10) == 0 || strcmp(x->sql, "DEFAULT") == 0))
        return x->sql;
    const char *s = rg_pg_is(n, T_PartitionBoundSpec) ? rg_pg_deparse_partition_bound(e->a, n) : NULL;
    return s ? s : (x->sql ? x->sql : x->key);
}

const char *rg_emit_partition_bound(rg_emit_order *o, const rg_table *t)
{
    emitter e = {.c = o->c, .a = o->a};
    return t->parent_table ? bound_sql(&e, &t->partition_bound) : NULL;
}

static void put_partition_bound(emitter *e, const rg_table *t)
{
    const char *s = bound_sql(e, &t->partition_bound);
    rg_buf_puts(e->b, s ? s : "DEFAULT");
}

/* ---- constraints, indexes ----------------------------------------------- */

static void put_alter_table(emitter *e, const rg_table *t, bool only)
{
    rg_buf_puts(e->b, only ? "ALTER TABLE ONLY " : "ALTER TABLE ");
    put_qname(e, t->schema, t->name);
}

static void put_deferrable(emitter *e, bool deferrable, bool deferred)
{
    if (deferrable) rg_buf_puts(e->b, " DEFERRABLE");
    if (deferred) rg_buf_puts(e->b, " INITIALLY DEFERRED");
}

static void put_index_elem(emitter *e, const rg_index_elem *el)
{
    if (el->column) rg_quote_ident(e->b, el->column);
    else put_paren_expr(e, &el->expr);
    put_collate(e, el->collation);
    if (el->opclass) rg_buf_printf(e->b, " %s", el->opclass);
    if (el->opclass_opts) rg_buf_printf(e->b, " %s", el->opclass_opts);
    if (el->desc) rg_buf_puts(e->b, " DESC");
    if (el->nulls_first && !el->desc) rg_buf_puts(e->b, " NULLS FIRST");
    if (!el->nulls_first && el->desc) rg_buf_puts(e->b, " NULLS LAST");
}

static void put_include(emitter *e, const char *const *cols, size_t n)
{
    if (!n) return;
    rg_buf_puts(e->b, " INCLUDE (");
    put_ident_list(e->b, cols, n);
    rg_buf_putc(e->b, ')');
}

static void put_index_params(emitter *e, const rg_constraint *k)
{
    put_include(e, k->include, k->ninclude);
    put_with(e, " ", k->index_options);
    if (k->index_tablespace) {
        rg_buf_puts(e->b, " USING INDEX TABLESPACE ");
        rg_quote_ident(e->b, k->index_tablespace);
    }
}

static void put_exclusion(emitter *e, const rg_constraint *k)
{
    rg_buf_printf(e->b, "EXCLUDE USING %s (", k->method ? k->method : "gist");
    for (size_t i = 0; i < k->nelems; i++) {
        const rg_index_elem *el = &k->elems[i];
        if (i) rg_buf_puts(e->b, ", ");
        put_index_elem(e, el);
        const char *op = el->exclusion_op ? el->exclusion_op : "=";
        rg_buf_printf(e->b, strchr(op, '.') ? " WITH OPERATOR(%s)" : " WITH %s", op);
    }
    rg_buf_putc(e->b, ')');
    put_index_params(e, k);
    if (k->where.key) {
        rg_buf_puts(e->b, " WHERE ");
        put_paren_expr(e, &k->where);
    }
}

static char fk_action(char a)
{
    return a ? a : 'a';
}

static void put_fk_action(emitter *e, const char *what, char a)
{
    static const char *const names[] = {['r'] = "RESTRICT", ['c'] = "CASCADE",
                                        ['n'] = "SET NULL", ['d'] = "SET DEFAULT"};
    a = fk_action(a);
    if (a == 'a' || (unsigned char)a >= sizeof names / sizeof *names || !names[(int)a]) return;
    rg_buf_printf(e->b, " ON %s %s", what, names[(int)a]);
}

static void put_foreign(emitter *e, const rg_constraint *k)
{
    rg_buf_puts(e->b, "FOREIGN KEY (");
    put_ident_list(e->b, k->columns, k->ncolumns);
    rg_buf_puts(e->b, ") REFERENCES ");
    put_qname(e, k->ref_schema, k->ref_table);
    if (k->nref_columns) {
        rg_buf_putc(e->b, '(');
        put_ident_list(e->b, k->ref_columns, k->nref_columns);
        rg_buf_putc(e->b, ')');
    }
    if (k->fk_match == 'f') rg_buf_puts(e->b, " MATCH FULL");
    if (k->fk_match == 'p') rg_buf_puts(e->b, " MATCH PARTIAL");
    put_fk_action(e, "UPDATE", k->on_update);
    put_fk_action(e, "DELETE", k->on_delete);
    if (k->non_delete_cols && (fk_action(k->on_delete) == 'n' || fk_action(k->on_delete) == 'd')) {
        rg_buf_puts(e->b, " (");
        put_ident_list(e->b, k->on_delete_cols, k->non_delete_cols);
        rg_buf_putc(e->b, ')');
    }
}

/* One ALTER TABLE ... ADD CONSTRAINT for a primary key, unique,
 * exclusion, foreign key or NOT VALID check. */
static void emit_constraint(emitter *e, const rg_table *t, const rg_constraint *k)
{
    use_path(e, t->search_path);
    /* PostgreSQL refuses ONLY for a foreign key on a partitioned table. */
    put_alter_table(e, t, !(k->kind == RG_CON_FOREIGN && t->kind == RG_TABLE_PARTITIONED));
    rg_buf_puts(e->b, "\n    ADD CONSTRAINT ");
    rg_quote_ident(e->b, k->name);
    rg_buf_putc(e->b, ' ');
    switch (k->kind) {
    case RG_CON_PRIMARY:
    case RG_CON_UNIQUE:
        rg_buf_puts(e->b, k->kind == RG_CON_PRIMARY ? "PRIMARY KEY (" : "UNIQUE ");
        if (k->kind == RG_CON_UNIQUE)
            rg_buf_puts(e->b, k->nulls_not_distinct ? "NULLS NOT DISTINCT (" : "(");
        put_ident_list(e->b, k->columns, k->ncolumns);
        rg_buf_putc(e->b, ')');
        put_index_params(e, k);
        break;
    case RG_CON_EXCLUSION: put_exclusion(e, k); break;
    case RG_CON_FOREIGN: put_foreign(e, k); break;
    case RG_CON_CHECK:
        rg_buf_puts(e->b, "CHECK ");
        put_paren_expr(e, &k->check);
        if (k->no_inherit) rg_buf_puts(e->b, " NO INHERIT");
        break;
    }
    put_deferrable(e, k->deferrable, k->deferred);
    if (k->not_valid) rg_buf_puts(e->b, " NOT VALID");
    rg_buf_puts(e->b, ";\n");
}

/* Which constraints go in a pass after the tables: `pass` 0 = keys
 * (primary, unique, exclusion), 1 = foreign keys, 2 = NOT VALID checks.
 * Inherited ones (is_local false) come with their parent. */
static bool constraint_in_pass(const rg_constraint *k, int pass)
{
    if (k->dropped || !k->is_local) return false;
    switch (pass) {
    case 0: return k->kind == RG_CON_PRIMARY || k->kind == RG_CON_UNIQUE || k->kind == RG_CON_EXCLUSION;
    case 1: return k->kind == RG_CON_FOREIGN;
    default: return k->kind == RG_CON_CHECK && k->not_valid;
    }
}

/* A partition's constraint that its parent's creates for it: a foreign
 * key of the same name (ALTER TABLE parent ADD FOREIGN KEY recurses, as
 * it must without ONLY). */
static const rg_constraint *parent_constraint(emitter *e, const rg_table *t, const rg_constraint *k)
{
    const rg_table *p = parent_of(e, t);
    const rg_constraint *pk = p ? rg_table_constraint(p, k->name) : NULL;
    return pk && !pk->dropped && pk->kind == k->kind ? pk : NULL;
}

/* The parent's key whose index a partition's key attaches to: same kind,
 * same columns. */
static const rg_constraint *parent_key(emitter *e, const rg_table *t, const rg_constraint *k)
{
    const rg_table *p = parent_of(e, t);
    if (!p) return NULL;
    for (size_t i = 0; i < p->constraints.n; i++) {
        const rg_constraint *pk = &p->constraints.v[i];
        if (pk->dropped || pk->kind != k->kind || pk->ncolumns != k->ncolumns) continue;
        bool same = true;
        for (size_t c = 0; c < k->ncolumns && same; c++)
            same = strcmp(pk->columns[c], k->columns[c]) == 0;
        if (same) return pk;
    }
    return NULL;
}

static void emit_key_attachments(emitter *e)
{
    for (size_t i = 0; i < e->o.ntables; i++) {
        const rg_table *t = e->o.tables[i];
        if (!is_partition(t)) continue;
        rg_constraint **v;
        size_t n = rg_emit_constraints(&e->o, t, &v);
        for (size_t j = 0; j < n; j++) {
            if (!constraint_in_pass(v[j], 0) || v[j]->kind == RG_CON_EXCLUSION) continue;
            const rg_constraint *pk = parent_key(e, t, v[j]);
            const rg_table *p = parent_of(e, t);
            if (!pk) continue;
            rg_buf_puts(e->b, "ALTER INDEX ");
            put_qname(e, p->schema, pk->name);
            rg_buf_puts(e->b, " ATTACH PARTITION ");
            put_qname(e, t->schema, v[j]->name);
            rg_buf_puts(e->b, ";\n");
        }
    }
}

static void emit_constraints(emitter *e, int pass)
{
    rg_table **tv = e->o.tables;
    size_t nt = e->o.ntables;
    for (size_t i = 0; i < nt; i++) {
        const rg_table *t = tv[i];
        rg_constraint **v;
        size_t n = rg_emit_constraints(&e->o, t, &v);
        for (size_t j = 0; j < n; j++) {
            if (!constraint_in_pass(v[j], pass)) continue;
            if (v[j]->kind == RG_CON_FOREIGN && parent_constraint(e, t, v[j])) continue;
            emit_constraint(e, t, v[j]);
        }
    }
}

static void emit_domain_not_valid(emitter *e)
{
    for (size_t i = 0; i < e->o.ntypes; i++) {
        const rg_type *t = e->o.types[i];
        if (t->kind != RG_TYPE_DOMAIN) continue;
        for (size_t k = 0; k < t->checks.n; k++) {
            if (!t->checks.v[k].not_valid) continue;
            rg_buf_puts(e->b, "ALTER DOMAIN ");
            put_qname(e, t->schema, t->name);
            rg_buf_puts(e->b, " ADD CONSTRAINT ");
            rg_quote_ident(e->b, t->checks.v[k].name);
            rg_buf_puts(e->b, " CHECK ");
            put_paren_expr(e, &t->checks.v[k].expr);
            rg_buf_puts(e->b, " NOT VALID;\n");
        }
    }
}

static void emit_index(emitter *e, const rg_index *x)
{
    use_table_path(e, x->table_schema, x->table_name);
    rg_buf_puts(e->b, x->unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
    rg_quote_ident(e->b, x->name);
    /* On a partitioned table, pg_dump's shape: the parent's index ON ONLY,
     * each partition's own, then ATTACH PARTITION (a plain CREATE INDEX
     * would recurse and clone them a second time). */
    const rg_table *t = rg_catalog_table(e->c, x->table_schema, x->table_name);
    bool only = x->only || (t && t->kind == RG_TABLE_PARTITIONED);
    rg_buf_puts(e->b, only ? " ON ONLY " : " ON ");
    put_qname(e, x->table_schema, x->table_name);
    rg_buf_puts(e->b, " USING ");
    rg_quote_ident(e->b, x->method ? x->method : "btree");
    rg_buf_puts(e->b, " (");
    for (size_t i = 0; i < x->nelems; i++) {
        if (i) rg_buf_puts(e->b, ", ");
        put_index_elem(e, &x->elems[i]);
    }
    rg_buf_putc(e->b, ')');
    put_include(e, x->include, x->ninclude);
    if (x->nulls_not_distinct) rg_buf_puts(e->b, " NULLS NOT DISTINCT");
    put_with(e, " ", x->options);
    if (x->tablespace) {
        rg_buf_puts(e->b, " TABLESPACE ");
        rg_quote_ident(e->b, x->tablespace);
    }
    if (x->where.key) {
        rg_buf_puts(e->b, " WHERE ");
        put_paren_expr(e, &x->where);
    }
    rg_buf_puts(e->b, ";\n");
}

static bool index_on_view(const emitter *e, const rg_index *x)
{
    return rg_emit_index_on_view(&e->o, x);
}

/* on_views false: indexes of tables, then their ATTACH PARTITION links;
 * true: indexes of materialized views, which exist only after the views. */
static void emit_indexes(emitter *e, bool on_views)
{
    rg_index **v = e->o.indexes;
    size_t n = e->o.nindexes;
    for (size_t i = 0; i < n; i++)
        if (index_on_view(e, v[i]) == on_views) emit_index(e, v[i]);
    for (size_t i = 0; i < n; i++) {
        const rg_index *x = v[i];
        if (!x->attached_to || index_on_view(e, x) != on_views) continue;
        rg_relref *r = relation(e, x->attached_to);
        rg_buf_puts(e->b, "ALTER INDEX ");
        if (r && r->kind == RG_REL_INDEX && r->obj) {
            const rg_index *p = r->obj;
            put_qname(e, p->schema, p->name);
        } else {
            put_key_name(e, x->attached_to);
        }
        rg_buf_puts(e->b, " ATTACH PARTITION ");
        put_qname(e, x->schema, x->name);
        rg_buf_puts(e->b, ";\n");
    }
    /* partitions' key indexes under a parent's plain index */
    for (size_t i = 0; !on_views && i < e->o.ntables; i++) {
        const rg_table *t = e->o.tables[i];
        for (size_t j = 0; j < t->constraints.n; j++) {
            const rg_constraint *k = &t->constraints.v[j];
            if (k->dropped || !k->index_attached_to) continue;
            rg_relref *r = relation(e, k->index_attached_to);
            rg_buf_puts(e->b, "ALTER INDEX ");
            if (r && r->kind == RG_REL_INDEX && r->obj) {
                const rg_index *p = r->obj;
                put_qname(e, p->schema, p->name);
            } else {
                put_key_name(e, k->index_attached_to);
            }
            rg_buf_puts(e->b, " ATTACH PARTITION ");
            put_qname(e, t->schema, k->name);
            rg_buf_puts(e->b, ";\n");
        }
    }
}

static void emit_replica_identity(emitter *e)
{
    for (size_t i = 0; i < e->o.ntables; i++) {
        const rg_table *t = e->o.tables[i];
        if (!t->replica_identity || t->replica_identity == 'd') continue;
        put_alter_table(e, t, true);
        rg_buf_puts(e->b, " REPLICA IDENTITY ");
        if (t->replica_identity == 'n') rg_buf_puts(e->b, "NOTHING");
        else if (t->replica_identity == 'f') rg_buf_puts(e->b, "FULL");
        else {
            rg_buf_puts(e->b, "USING INDEX ");
            rg_quote_ident(e->b, t->replica_index ? t->replica_index : "");
        }
        rg_buf_puts(e->b, ";\n");
    }
}

/* ---- views -------------------------------------------------------------- */

/* Whether the view's columns are not the names its query gives them
 * (CREATE VIEW v (a, b) AS ...), so the list must be written. The query's
 * own names are what the interpreter derives, under the view's
 * search_path. */
static bool view_needs_columns(emitter *e, const rg_view *v)
{
    if (!v->query.node || !v->ncolumns) return false;
    rg_catalog *c = e->c;
    const char **saved = c->search_path;
    size_t nsaved = c->nsearch_path;
    const char **path = rg_arena_alloc(e->a, 64 * sizeof *path);
    size_t n = 0;
    for (const char *p = v->search_path ? v->search_path : ""; *p && n < 64;) {
        const char *sep = strstr(p, ", ");
        size_t len = sep ? (size_t)(sep - p) : strlen(p);
        path[n++] = rg_arena_strndup(e->a, p, len);
        p = sep ? sep + 2 : p + len;
    }
    c->search_path = path;
    c->nsearch_path = n;
    rg_normctx x = {c, NULL};
    const char **cols = NULL;
    size_t ncols = 0;
    rg_norm_view(&x, v->query.node, &cols, &ncols);
    c->search_path = saved;
    c->nsearch_path = nsaved;
    if (ncols != v->ncolumns) return true;
    for (size_t i = 0; i < ncols; i++)
        if (!cols[i] || !v->columns[i] || strcmp(cols[i], v->columns[i]) != 0) return true;
    return false;
}

/* What a walk over a view's query tree finds: references to the view's
 * own name, qualified or bare, and whether a CTE takes that name (then a
 * bare reference is the CTE, as in WITH RECURSIVE v AS (...)). The
 * generic walk covers every node type. */
typedef struct self_refs {
    const rg_view *v;
    bool qualified, bare, cte;
} self_refs;

static rg_pg_step self_ref_visit(const rg_pg_visit *v, void *ctx)
{
    self_refs *r = ctx;
    if (v->kind == T_RangeVar) {
        const pg_RangeVar *rv = v->msg;
        if (strcmp(rv->relname, r->v->name) == 0) {
            if (!*rv->schemaname) r->bare = true;
            else if (strcmp(rv->schemaname, r->v->schema) == 0) r->qualified = true;
        }
        return RG_PG_SKIP;
    }
    if (v->kind == T_CommonTableExpr && strcmp(((const pg_CommonTableExpr *)v->msg)->ctename, r->v->name) == 0)
        r->cte = true;
    return RG_PG_NEXT;
}

static bool view_refers_to_itself(const rg_view *v)
{
    if (v->materialized || !v->ncolumns || !v->query.node) return false;
    self_refs r = {.v = v};
    rg_pg_walk(v->query.node, self_ref_visit, &r);
    return r.qualified || (r.bare && !r.cte);
}

/* A view defined over itself (CREATE OR REPLACE VIEW v AS SELECT * FROM v,
 * which expands `*` over v's earlier columns) can only be re-created the
 * same way: first a stand-in with its column names, then the real query. */
static void emit_view_stand_in(emitter *e, const rg_view *v)
{
    if (!view_refers_to_itself(v)) return;
    rg_buf_puts(e->b, "CREATE VIEW ");
    put_qname(e, v->schema, v->name);
    rg_buf_puts(e->b, " AS\nSELECT ");
    for (size_t i = 0; i < v->ncolumns; i++) {
        if (i) rg_buf_puts(e->b, ", ");
        rg_buf_puts(e->b, "NULL::text AS ");
        rg_quote_ident(e->b, v->columns[i]);
    }
    rg_buf_puts(e->b, ";\n");
}

static void emit_view(emitter *e, const rg_view *v)
{
    emit_view_stand_in(e, v);
    rg_buf_puts(e->b, v->materialized ? "CREATE MATERIALIZED VIEW " : "CREATE ");
    if (!v->materialized)
        rg_buf_puts(e->b, view_refers_to_itself(v) ? "OR REPLACE VIEW " : "VIEW ");
    put_qname(e, v->schema, v->name);
    if (view_needs_columns(e, v)) {
        rg_buf_puts(e->b, " (");
        put_ident_list(e->b, v->columns, v->ncolumns);
        rg_buf_putc(e->b, ')');
    }
    put_with(e, " ", v->options);
    rg_buf_printf(e->b, " AS\n%s", expr_sql(e, &v->query));
    if (v->check_option)
        rg_buf_printf(e->b, "\n  WITH %s CHECK OPTION",
                      strcmp(v->check_option, "local") == 0 ? "LOCAL" : "CASCADED");
    if (v->materialized && v->with_no_data) rg_buf_puts(e->b, "\n  WITH NO DATA");
    rg_buf_puts(e->b, ";\n");
}

static void emit_views(emitter *e)
{
    for (size_t i = 0; i < e->o.nviews; i++) {
        const rg_view *v = e->o.views[i];
        use_path(e, v->search_path);
        emit_view(e, v);
    }
}

/* ---- triggers, policies, RLS --------------------------------------------- */

static void put_events(emitter *e, const rg_trigger *g)
{
    bool first = true;
    static const struct { unsigned bit; const char *word; } ev[] = {
        {RG_TRIG_INSERT, "INSERT"}, {RG_TRIG_DELETE, "DELETE"},
        {RG_TRIG_UPDATE, "UPDATE"}, {RG_TRIG_TRUNCATE, "TRUNCATE"}};
    for (size_t i = 0; i < sizeof ev / sizeof *ev; i++) {
        if (!(g->events & ev[i].bit)) continue;
        if (!first) rg_buf_puts(e->b, " OR ");
        first = false;
        rg_buf_puts(e->b, ev[i].word);
        if (ev[i].bit == RG_TRIG_UPDATE && g->nupdate_columns) {
            rg_buf_puts(e->b, " OF ");
            put_ident_list(e->b, g->update_columns, g->nupdate_columns);
        }
    }
}

static void emit_trigger(emitter *e, const char *schema, const char *table, const rg_trigger *g)
{
    use_table_path(e, schema, table);
    rg_buf_puts(e->b, g->constraint_trigger ? "CREATE CONSTRAINT TRIGGER " : "CREATE TRIGGER ");
    rg_quote_ident(e->b, g->name);
    rg_buf_puts(e->b, g->timing == 'b' ? " BEFORE " : g->timing == 'i' ? " INSTEAD OF " : " AFTER ");
    put_events(e, g);
    rg_buf_puts(e->b, " ON ");
    put_qname(e, schema, table);
    if (g->constraint_trigger) put_deferrable(e, g->deferrable, g->deferred);
    if (g->ref_old_table || g->ref_new_table) {
        rg_buf_puts(e->b, " REFERENCING");
        if (g->ref_old_table) {
            rg_buf_puts(e->b, " OLD TABLE AS ");
            rg_quote_ident(e->b, g->ref_old_table);
        }
        if (g->ref_new_table) {
            rg_buf_puts(e->b, " NEW TABLE AS ");
            rg_quote_ident(e->b, g->ref_new_table);
        }
    }
    rg_buf_puts(e->b, g->for_each_row ? " FOR EACH ROW" : " FOR EACH STATEMENT");
    if (g->when.key) {
        rg_buf_puts(e->b, " WHEN ");
        put_paren_expr(e, &g->when);
    }
    rg_buf_puts(e->b, " EXECUTE FUNCTION ");
    put_qname(e, g->func_schema, g->func_name);
    rg_buf_printf(e->b, "(%s);\n", g->args ? g->args : "");
    if (g->enabled && g->enabled != 'O') {
        rg_buf_puts(e->b, "ALTER TABLE ");
        put_qname(e, schema, table);
        rg_buf_puts(e->b, g->enabled == 'D' ? " DISABLE TRIGGER " :
                          g->enabled == 'R' ? " ENABLE REPLICA TRIGGER " : " ENABLE ALWAYS TRIGGER ");
        rg_quote_ident(e->b, g->name);
        rg_buf_puts(e->b, ";\n");
    }
}

static void emit_triggers(emitter *e)
{
    rg_table **tv = e->o.tables;
    size_t nt = e->o.ntables;
    for (size_t i = 0; i < nt; i++) {
        const rg_table *t = tv[i];
        void **v;
        size_t n = SORTED(e, t->triggers, cmp_trig, &v);
        for (size_t j = 0; j < n; j++) emit_trigger(e, t->schema, t->name, v[j]);
    }
    for (size_t i = 0; i < e->o.nviews; i++) {
        const rg_view *w = e->o.views[i];
        void **v;
        size_t n = SORTED(e, w->triggers, cmp_trig, &v);
        for (size_t j = 0; j < n; j++) emit_trigger(e, w->schema, w->name, v[j]);
    }
}

/* Role names as GRANT and CREATE POLICY spell them: the pseudo-roles are
 * keywords, everything else an identifier. */
static void put_role(rg_buf *b, const char *role)
{
    static const char *const special[][2] = {
        {"public", "PUBLIC"}, {"current_user", "CURRENT_USER"},
        {"session_user", "SESSION_USER"}, {"current_role", "CURRENT_ROLE"}};
    for (size_t i = 0; i < sizeof special / sizeof *special; i++) {
        if (strcmp(role, special[i][0]) == 0 || strcmp(role, special[i][1]) == 0) {
            rg_buf_puts(b, special[i][1]);
            return;
        }
    }
    rg_quote_ident(b, role);
}

static void emit_policy(emitter *e, const rg_table *t, const rg_policy *p)
{
    use_path(e, t->search_path);
    rg_buf_puts(e->b, "CREATE POLICY ");
    rg_quote_ident(e->b, p->name);
    rg_buf_puts(e->b, " ON ");
    put_qname(e, t->schema, t->name);
    if (!p->permissive) rg_buf_puts(e->b, " AS RESTRICTIVE");
    if (p->command && strcmp(p->command, "all") != 0) {
        rg_buf_puts(e->b, " FOR ");
        for (const char *c = p->command; *c; c++)
            rg_buf_putc(e->b, (char)(*c >= 'a' && *c <= 'z' ? *c - 'a' + 'A' : *c));
    }
    if (p->nroles && !(p->nroles == 1 && strcmp(p->roles[0], "public") == 0)) {
        rg_buf_puts(e->b, " TO ");
        for (size_t i = 0; i < p->nroles; i++) {
            if (i) rg_buf_puts(e->b, ", ");
            put_role(e->b, p->roles[i]);
        }
    }
    if (p->using_expr.key) {
        rg_buf_puts(e->b, " USING ");
        put_paren_expr(e, &p->using_expr);
    }
    if (p->check_expr.key) {
        rg_buf_puts(e->b, " WITH CHECK ");
        put_paren_expr(e, &p->check_expr);
    }
    rg_buf_puts(e->b, ";\n");
}

static void emit_policies(emitter *e)
{
    rg_table **tv = e->o.tables;
    size_t nt = e->o.ntables;
    for (size_t i = 0; i < nt; i++) {
        const rg_table *t = tv[i];
        void **v;
        size_t n = SORTED(e, t->policies, cmp_pol, &v);
        for (size_t j = 0; j < n; j++) emit_policy(e, t, v[j]);
    }
    for (size_t i = 0; i < nt; i++) {
        const rg_table *t = tv[i];
        if (t->rls_enabled) {
            put_alter_table(e, t, false);
            rg_buf_puts(e->b, " ENABLE ROW LEVEL SECURITY;\n");
        }
        if (t->rls_forced) {
            put_alter_table(e, t, false);
            rg_buf_puts(e->b, " FORCE ROW LEVEL SECURITY;\n");
        }
    }
}

/* ---- opaque statements --------------------------------------------------- */

/* Unmodelled statements other objects may need (operators and classes for
 * indexes, text search configurations for defaults, servers for foreign
 * tables) are group 0, before the tables; aggregates group 1, after the
 * tables and the functions that wait for them; the rest (rules,
 * publications, statistics) group 2, at the end. Each group keeps the
 * original order. */
static int opaque_group(const rg_opaque *o)
{
    const pg_node *n = o->stmt.node;
    if (!n) return 2;
    switch (n->node_case) {
    case T_DefineStmt:
        /* Aggregates may be over a table's row type, with transition
         * functions that wait for the tables: after them. */
        return n->define_stmt->kind == OBJECT_AGGREGATE ? 1 : 0;
    case T_CreateOpClassStmt:
    case T_CreateOpFamilyStmt:
    case T_AlterOpFamilyStmt:
    case T_CreateCastStmt:
    case T_CreateConversionStmt:
    case T_CreatePLangStmt:
    case T_CreateFdwStmt:
    case T_CreateForeignServerStmt:
    case T_CreateUserMappingStmt:
    case T_AlterTSDictionaryStmt:
    case T_AlterTSConfigurationStmt:
    case T_CreateTransformStmt:
        return 0;
    default:
        return 2;
    }
}

static const char *opaque_sql(emitter *e, rg_opaque *o)
{
    if (!o->stmt.sql && o->stmt.node)
        o->stmt.sql = rg_pg_deparse_stmt(e->c->arena, o->stmt.node);
    return o->stmt.sql;
}

static void emit_opaque(emitter *e, int group)
{
    for (size_t i = 0; i < e->c->opaque.n; i++) {
        rg_opaque *o = &e->c->opaque.v[i];
        if (o->dropped || opaque_group(o) != group) continue;
        use_path(e, o->search_path);
        const char *sql = opaque_sql(e, o);
        if (sql) rg_buf_printf(e->b, "%s;\n", sql);
        else rg_buf_printf(e->b, "-- rollgate: cannot print unmodelled %s\n",
                           o->kind ? o->kind : "statement");
    }
}

/* ---- comments, grants ---------------------------------------------------- */

static void put_comment_tail(emitter *e, const char *comment)
{
    rg_buf_puts(e->b, " IS ");
    rg_sql_literal(e->b, comment);
    rg_buf_puts(e->b, ";\n");
}

static void comment_on(emitter *e, const char *what, const char *schema, const char *name,
                       const char *comment)
{
    if (!comment) return;
    rg_buf_printf(e->b, "COMMENT ON %s ", what);
    put_qname(e, schema, name);
    put_comment_tail(e, comment);
}

static void comment_on_sub(emitter *e, const char *what, const char *sub, const char *schema,
                           const char *name, const char *comment)
{
    if (!comment) return;
    rg_buf_printf(e->b, "COMMENT ON %s ", what);
    rg_quote_ident(e->b, sub);
    rg_buf_puts(e->b, " ON ");
    put_qname(e, schema, name);
    put_comment_tail(e, comment);
}

static void comment_on_column(emitter *e, const char *schema, const char *rel, const char *col,
                              const char *comment)
{
    if (!comment) return;
    rg_buf_puts(e->b, "COMMENT ON COLUMN ");
    put_qname(e, schema, rel);
    rg_buf_putc(e->b, '.');
    rg_quote_ident(e->b, col);
    put_comment_tail(e, comment);
}

static void comment_table(emitter *e, const rg_table *t)
{
    comment_on(e, t->kind == RG_TABLE_FOREIGN ? "FOREIGN TABLE" : "TABLE", t->schema, t->name,
               t->comment);
    for (size_t i = 0; i < t->columns.n; i++)
        if (!t->columns.v[i].dropped)
            comment_on_column(e, t->schema, t->name, t->columns.v[i].name, t->columns.v[i].comment);
    void **v;
    size_t n = SORTED(e, t->constraints, cmp_con, &v);
    for (size_t i = 0; i < n; i++) {
        const rg_constraint *k = v[i];
        comment_on_sub(e, "CONSTRAINT", k->name, t->schema, t->name, k->comment);
    }
    n = SORTED(e, t->triggers, cmp_trig, &v);
    for (size_t i = 0; i < n; i++)
        comment_on_sub(e, "TRIGGER", ((rg_trigger *)v[i])->name, t->schema, t->name,
                       ((rg_trigger *)v[i])->comment);
    n = SORTED(e, t->policies, cmp_pol, &v);
    for (size_t i = 0; i < n; i++)
        comment_on_sub(e, "POLICY", ((rg_policy *)v[i])->name, t->schema, t->name,
                       ((rg_policy *)v[i])->comment);
}

static void comment_view(emitter *e, const rg_view *w)
{
    comment_on(e, w->materialized ? "MATERIALIZED VIEW" : "VIEW", w->schema, w->name, w->comment);
    for (size_t i = 0; w->column_comments && i < w->ncolumns; i++)
        comment_on_column(e, w->schema, w->name, w->columns[i], w->column_comments[i]);
    void **v;
    size_t n = SORTED(e, w->triggers, cmp_trig, &v);
    for (size_t i = 0; i < n; i++)
        comment_on_sub(e, "TRIGGER", ((rg_trigger *)v[i])->name, w->schema, w->name,
                       ((rg_trigger *)v[i])->comment);
}

static void comment_function(emitter *e, const rg_function *f)
{
    if (!f->comment) return;
    rg_buf_puts(e->b, f->procedure ? "COMMENT ON PROCEDURE " : "COMMENT ON FUNCTION ");
    put_qname(e, f->schema, f->name);
    rg_buf_putc(e->b, '(');
    put_func_args(e, f, true);
    rg_buf_putc(e->b, ')');
    put_comment_tail(e, f->comment);
}

/* Schema public comes with a comment in a new database (and a new
 * catalog): say only how it differs. */
static void comment_public(emitter *e, const rg_schema *s)
{
    rg_catalog *fresh = rg_catalog_new();
    const rg_schema *d = rg_map_get(&fresh->schema_map, "public");
    const char *def = d ? d->comment : NULL;
    if (s->comment && !(def && strcmp(def, s->comment) == 0))
        comment_on(e, "SCHEMA", NULL, s->name, s->comment);
    else if (!s->comment && def)
        rg_buf_puts(e->b, "COMMENT ON SCHEMA public IS NULL;\n");
    rg_catalog_free(fresh);
}

static void emit_comments(emitter *e)
{
    const rg_emit_order *o = &e->o;
    for (size_t i = 0; i < o->nschemas; i++) {
        const rg_schema *s = o->schemas[i];
        if (strcmp(s->name, "public") == 0) comment_public(e, s);
        else comment_on(e, "SCHEMA", NULL, s->name, s->comment);
    }
    for (size_t i = 0; i < o->nextensions; i++)
        comment_on(e, "EXTENSION", NULL, o->extensions[i]->name, o->extensions[i]->comment);
    for (size_t i = 0; i < o->ntypes; i++) {
        const rg_type *t = o->types[i];
        comment_on(e, t->kind == RG_TYPE_DOMAIN ? "DOMAIN" : "TYPE", t->schema, t->name, t->comment);
    }
    for (size_t i = 0; i < o->nfuncs; i++) comment_function(e, o->funcs[i]);
    for (size_t i = 0; i < o->nsequences; i++)
        comment_on(e, "SEQUENCE", o->sequences[i]->schema, o->sequences[i]->name,
                   o->sequences[i]->comment);
    for (size_t i = 0; i < o->ntables; i++) comment_table(e, o->tables[i]);
    for (size_t i = 0; i < o->nindexes; i++)
        comment_on(e, "INDEX", o->indexes[i]->schema, o->indexes[i]->name, o->indexes[i]->comment);
    for (size_t i = 0; i < o->nviews; i++) comment_view(e, o->views[i]);
}

/* Column lists are kept as "(a, b)" with bare names. */
static void put_grant_columns(emitter *e, const char *cols)
{
    size_t n = strlen(cols);
    if (n < 2 || cols[0] != '(' || cols[n - 1] != ')') return;
    const char *p = cols + 1, *end = cols + n - 1;
    rg_buf_puts(e->b, " (");
    while (p < end) {
        const char *sep = strstr(p, ", ");
        if (!sep || sep > end) sep = end;
        rg_quote_ident(e->b, rg_arena_strndup(e->a, p, (size_t)(sep - p)));
        if (sep == end) break;
        rg_buf_puts(e->b, ", ");
        p = sep + 2;
    }
    rg_buf_putc(e->b, ')');
}

/* The object of a grant, kept as "<kind> <name>": "table s.t",
 * "sequence s.q", "schema s", "type s.t", "function <signature>". Returns
 * false when it cannot be named (a function the catalog does not hold). */
static bool put_grant_object(emitter *e, const char *object)
{
    const char *sp = strchr(object, ' ');
    if (!sp) return false;
    size_t kl = (size_t)(sp - object);
    const char *name = sp + 1;
    if (kl == 6 && strncmp(object, "schema", 6) == 0) {
        rg_buf_puts(e->b, "SCHEMA ");
        rg_quote_ident(e->b, name);
        return true;
    }
    if (kl == 8 && strncmp(object, "function", 8) == 0) {
        const rg_function *f = rg_map_get(&e->c->function_map, name);
        if (!f || f->dropped) return false;
        rg_buf_puts(e->b, f->procedure ? "PROCEDURE " : "FUNCTION ");
        put_qname(e, f->schema, f->name);
        rg_buf_putc(e->b, '(');
        put_func_args(e, f, true);
        rg_buf_putc(e->b, ')');
        return true;
    }
    const char *kw = kl == 5 && strncmp(object, "table", 5) == 0      ? "TABLE "
                     : kl == 8 && strncmp(object, "sequence", 8) == 0 ? "SEQUENCE "
                     : kl == 4 && strncmp(object, "type", 4) == 0     ? "TYPE "
                                                                      : NULL;
    if (!kw) return false;
    rg_buf_puts(e->b, kw);
    put_key_name(e, name);
    return true;
}

static void emit_grants(emitter *e)
{
    for (size_t i = 0; i < e->o.ngrants; i++) {
        const rg_grant *g = e->o.grants[i];
        size_t mark = e->b->len;
        rg_buf_printf(e->b, "GRANT %s", g->privilege);
        if (g->columns) put_grant_columns(e, g->columns);
        rg_buf_puts(e->b, " ON ");
        if (!put_grant_object(e, g->object)) {
            /* Not printable as SQL (e.g. a builtin function kept by
             * name): say so instead of writing a broken statement. */
            e->b->len = mark;
            e->b->s[mark] = 0;
            rg_buf_puts(e->b, "-- rollgate: grant not printable: ");
            for (const char *p = g->object; *p; p++) rg_buf_putc(e->b, *p == '\n' ? ' ' : *p);
            rg_buf_putc(e->b, '\n');
            continue;
        }
        rg_buf_puts(e->b, " TO ");
        put_role(e->b, g->grantee);
        if (g->grant_option) rg_buf_puts(e->b, " WITH GRANT OPTION");
        rg_buf_puts(e->b, ";\n");
    }
}

/* ---- the order ----------------------------------------------------------- */

static void order_views(emitter *e)
{
    void **v;
    e->o.nviews = SORTED(e, e->c->views, NULL, &v);
    e->o.views = (rg_view **)v;
}

void rg_emit_order_init(rg_emit_order *o, rg_catalog *c)
{
    emitter e = {.c = c, .a = rg_arena_new()};
    e.o.c = c;
    e.o.a = e.a;
    void **v;
    e.o.nschemas = SORTED(&e, c->schemas, cmp_schema, &v);
    e.o.schemas = (rg_schema **)v;
    e.o.nextensions = SORTED(&e, c->extensions, cmp_ext, &v);
    e.o.extensions = (rg_extension **)v;
    e.o.nsequences = SORTED(&e, c->sequences, cmp_seq, &v);
    e.o.sequences = (rg_sequence **)v;
    e.o.nindexes = SORTED(&e, c->indexes, cmp_index, &v);
    e.o.indexes = (rg_index **)v;
    e.o.nstatistics = SORTED(&e, c->statistics, cmp_statistics, &v);
    e.o.statistics = (rg_statistics **)v;
    e.o.ngrants = sorted_live(&e, c->grants.v, c->grants.n, sizeof *c->grants.v, (size_t)-1,
                              cmp_grant, &v);
    e.o.grants = (rg_grant **)v;
    order_types(&e);
    order_functions(&e);
    order_tables(&e);
    order_views(&e);
    *o = e.o;
}

void rg_emit_order_free(rg_emit_order *o)
{
    rg_arena_free(o->a);
    o->a = NULL;
}

size_t rg_emit_constraints(rg_emit_order *o, const rg_table *t, rg_constraint ***out)
{
    emitter e = {.c = o->c, .a = o->a};
    return SORTED(&e, t->constraints, cmp_con, (void ***)out);
}

size_t rg_emit_triggers(rg_emit_order *o, rg_trigger *v, size_t n, rg_trigger ***out)
{
    emitter e = {.c = o->c, .a = o->a};
    return sorted_live(&e, v, n, sizeof *v, offsetof(rg_trigger, dropped), cmp_trig,
                       (void ***)out);
}

size_t rg_emit_policies(rg_emit_order *o, const rg_table *t, rg_policy ***out)
{
    emitter e = {.c = o->c, .a = o->a};
    return SORTED(&e, t->policies, cmp_pol, (void ***)out);
}

bool rg_emit_index_on_view(const rg_emit_order *o, const rg_index *x)
{
    return rg_catalog_view(o->c, x->table_schema, x->table_name) != NULL;
}

/* ---- extended statistics ------------------------------------------------- */

/* pg_get_statisticsobjdef's shape: the kinds only when not all three are
 * built (and never for one expression), columns in the table's order,
 * then the expressions, parenthesised (always valid, and the same tree). */
static void emit_statistics_object(emitter *e, const rg_statistics *s)
{
    use_table_path(e, s->table_schema, s->table_name);
    rg_buf_puts(e->b, "CREATE STATISTICS ");
    put_qname(e, s->schema, s->name);
    if (s->ncolumns + s->nexprs > 1 && !(s->ndistinct && s->dependencies && s->mcv)) {
        const char *sep = " (";
        if (s->ndistinct) rg_buf_printf(e->b, "%sndistinct", sep), sep = ", ";
        if (s->dependencies) rg_buf_printf(e->b, "%sdependencies", sep), sep = ", ";
        if (s->mcv) rg_buf_printf(e->b, "%smcv", sep);
        rg_buf_putc(e->b, ')');
    }
    rg_buf_puts(e->b, " ON ");
    put_ident_list(e->b, s->columns, s->ncolumns);
    for (size_t i = 0; i < s->nexprs; i++) {
        if (i || s->ncolumns) rg_buf_puts(e->b, ", ");
        put_paren_expr(e, &s->exprs[i]);
    }
    rg_buf_puts(e->b, " FROM ");
    put_qname(e, s->table_schema, s->table_name);
    rg_buf_puts(e->b, ";\n");
    if (s->target >= 0) {
        rg_buf_puts(e->b, "ALTER STATISTICS ");
        put_qname(e, s->schema, s->name);
        rg_buf_printf(e->b, " SET STATISTICS %d;\n", s->target);
    }
    comment_on(e, "STATISTICS", s->schema, s->name, s->comment);
}

/* After the tables, views and the functions their expressions may call. */
static void emit_statistics(emitter *e)
{
    for (size_t i = 0; i < e->o.nstatistics; i++) emit_statistics_object(e, e->o.statistics[i]);
}

/* ---- the whole catalog --------------------------------------------------- */

/* A section header, taken back by the next one when nothing followed. */
static void section(emitter *e, const char *title)
{
    if (e->section_mark && e->b->len == e->section_end) {
        e->b->len = e->section_mark;
        e->b->s[e->b->len] = 0;
    }
    e->section_mark = e->b->len;
    if (title) rg_buf_printf(e->b, "\n-- %s\n", title);
    e->section_end = e->b->len;
}

void rg_catalog_to_sql(rg_catalog *c, rg_buf *out)
{
    emitter e = {.c = c, .b = out};
    rg_emit_order_init(&e.o, c);
    e.a = e.o.a;
    rg_buf_puts(out, "-- canonical DDL written by rollgate\n");
    rg_buf_puts(out, "SET check_function_bodies = false;\n");
    section(&e, "schemas");
    emit_schemas(&e);
    emit_extensions(&e);
    section(&e, "types");
    emit_types(&e, 0);
    section(&e, "functions");
    emit_functions(&e, 0);
    emit_base_types(&e);
    emit_opaque(&e, 0);
    section(&e, "sequences");
    emit_sequences(&e);
    section(&e, "tables");
    emit_tables(&e);
    emit_types(&e, 1);
    emit_functions(&e, 1);
    emit_opaque(&e, 1);
    emit_sequence_owners(&e);
    section(&e, "keys and indexes");
    emit_constraints(&e, 0);
    emit_indexes(&e, false);
    emit_key_attachments(&e);
    emit_replica_identity(&e);
    section(&e, "foreign keys");
    emit_constraints(&e, 1);
    emit_constraints(&e, 2);
    emit_domain_not_valid(&e);
    section(&e, "views");
    emit_views(&e);
    emit_indexes(&e, true);
    emit_functions(&e, 2);
    section(&e, "statistics");
    emit_statistics(&e);
    section(&e, "triggers and policies");
    emit_triggers(&e);
    emit_policies(&e);
    emit_opaque(&e, 2);
    section(&e, "comments and privileges");
    emit_comments(&e);
    emit_grants(&e);
    section(&e, NULL);
    if (e.path) rg_buf_puts(out, "RESET search_path;\n");
    rg_emit_order_free(&e.o);
}

/* ---- single objects, for the planner (ddl_api.h) ------------------------ */

#include "ddl_api.h"

/* An emitter for one object: the object's own search_path counts as set,
 * so no set_config line comes out. */
static emitter one_emitter(rg_catalog *c, rg_buf *out, const char *path)
{
    emitter e = {.c = c, .b = out, .a = rg_arena_new()};
    e.path = path;
    return e;
}

void rg_ddl_table(rg_catalog *c, const rg_table *t, rg_buf *out)
{
    emitter e = one_emitter(c, out, t->search_path);
    emit_table(&e, t);
    rg_arena_free(e.a);
}

void rg_ddl_index(rg_catalog *c, const rg_index *x, rg_buf *out)
{
    const rg_table *t = rg_catalog_table(c, x->table_schema, x->table_name);
    emitter e = one_emitter(c, out, t ? t->search_path : NULL);
    emit_index(&e, x);
    rg_arena_free(e.a);
}

void rg_ddl_constraint(rg_catalog *c, const rg_table *t, const rg_constraint *k, rg_buf *out)
{
    emitter e = one_emitter(c, out, t->search_path);
    emit_constraint(&e, t, k);
    rg_arena_free(e.a);
}

void rg_ddl_constraint_body(rg_catalog *c, const rg_constraint *k, rg_buf *out)
{
    emitter e = one_emitter(c, out, NULL);
    switch (k->kind) {
    case RG_CON_PRIMARY:
    case RG_CON_UNIQUE:
        rg_buf_puts(out, k->kind == RG_CON_PRIMARY ? "PRIMARY KEY (" : "UNIQUE ");
        if (k->kind == RG_CON_UNIQUE) rg_buf_puts(out, k->nulls_not_distinct ? "NULLS NOT DISTINCT (" : "(");
        put_ident_list(out, k->columns, k->ncolumns);
        rg_buf_putc(out, ')');
        put_index_params(&e, k);
        break;
    case RG_CON_EXCLUSION: put_exclusion(&e, k); break;
    case RG_CON_FOREIGN: put_foreign(&e, k); break;
    case RG_CON_CHECK:
        rg_buf_puts(out, "CHECK ");
        put_paren_expr(&e, &k->check);
        if (k->no_inherit) rg_buf_puts(out, " NO INHERIT");
        break;
    }
    put_deferrable(&e, k->deferrable, k->deferred);
    rg_arena_free(e.a);
}

void rg_ddl_column(rg_catalog *c, const rg_column *col, rg_buf *out)
{
    emitter e = one_emitter(c, out, NULL);
    size_t at = out->len;
    put_column(&e, col);
    /* put_column indents for a CREATE TABLE body. */
    memmove(out->s + at, out->s + at + 4, out->len - at - 4 + 1);
    out->len -= 4;
    rg_arena_free(e.a);
}

void rg_ddl_view(rg_catalog *c, const rg_view *v, rg_buf *out)
{
    emitter e = one_emitter(c, out, v->search_path);
    emit_view(&e, v);
    rg_arena_free(e.a);
}

void rg_ddl_function(rg_catalog *c, const rg_function *f, rg_buf *out)
{
    emitter e = one_emitter(c, out, NULL);
    emit_function(&e, f);
    rg_arena_free(e.a);
}

void rg_ddl_type(rg_catalog *c, const rg_type *t, rg_buf *out)
{
    emitter e = one_emitter(c, out, NULL);
    emit_type(&e, t);
    rg_arena_free(e.a);
}

void rg_ddl_sequence(rg_catalog *c, const rg_sequence *s, rg_buf *out)
{
    rg_buf_puts(out, s->persistence == 'u' ? "CREATE UNLOGGED SEQUENCE " : "CREATE SEQUENCE ");
    emitter e = one_emitter(c, out, NULL);
    put_qname(&e, s->schema, s->name);
    if (s->type) rg_buf_printf(out, "\n    AS %s", s->type);
    put_seq_options(&e, s, "\n    ");
    rg_buf_puts(out, ";\n");
    rg_arena_free(e.a);
}

const char *rg_ddl_partition_bound(rg_catalog *c, const rg_table *t, rg_arena *a)
{
    emitter e = {.c = c, .a = rg_arena_new()};
    const char *s = t->parent_table ? bound_sql(&e, &t->partition_bound) : NULL;
    const char *r = rg_arena_strdup(a, s ? s : "DEFAULT");
    rg_arena_free(e.a);
    return r;
}

void rg_ddl_trigger(rg_catalog *c, const char *schema, const char *table,
                    const rg_trigger *g, rg_buf *out)
{
    /* INSTEAD OF triggers sit on views. */
    const rg_table *t = rg_catalog_table(c, schema, table);
    const rg_view *v = t ? NULL : rg_catalog_view(c, schema, table);
    emitter e = one_emitter(c, out, t ? t->search_path : v ? v->search_path : NULL);
    emit_trigger(&e, schema, table, g);
    rg_arena_free(e.a);
}

/* Policies and grants as single statements. */
void rg_ddl_policy(rg_catalog *c, const rg_table *t, const rg_policy *p, rg_buf *out)
{
    emitter e = one_emitter(c, out, t->search_path);
    emit_policy(&e, t, p);
    rg_arena_free(e.a);
}

bool rg_ddl_grant(rg_catalog *c, const rg_grant *g, bool revoke, rg_buf *out)
{
    emitter e = one_emitter(c, out, NULL);
    size_t mark = out->len;
    bool ok = true;
    rg_buf_printf(out, "%s%s%s", revoke ? "REVOKE " : "GRANT ",
                  revoke && g->grant_option ? "GRANT OPTION FOR " : "", g->privilege);
    if (g->columns) put_grant_columns(&e, g->columns);
    rg_buf_puts(out, " ON ");
    if (!put_grant_object(&e, g->object)) {
        out->len = mark;
        out->s[mark] = 0;
        ok = false;
    } else {
        rg_buf_puts(out, revoke ? " FROM " : " TO ");
        put_role(out, g->grantee);
        if (g->grant_option && !revoke) rg_buf_puts(out, " WITH GRANT OPTION");
        rg_buf_puts(out, ";\n");
    }
    rg_arena_free(e.a);
    return ok;
}

void rg_ddl_statistics(rg_catalog *c, const rg_statistics *s, rg_buf *out)
{
    const rg_table *t = rg_catalog_table(c, s->table_schema, s->table_name);
    emitter e = one_emitter(c, out, t ? t->search_path : NULL);
    emit_statistics_object(&e, s);
    rg_arena_free(e.a);
}
