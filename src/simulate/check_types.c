/*
 * check_types.c — the conservative type checks of the query checker:
 * comparisons and assignments that PostgreSQL 15 rejects while it parses
 * and analyses a query (so PREPARE fails): a literal that is not valid
 * input for the column's type (coerced at parse time, 22P02/22003), an
 * operator that does not exist between two type categories without an
 * implicit cast (42883), an assignment without an assignment cast
 * (42804). Anything less certain (dates, arrays, extension types,
 * parameters, which take the type the context wants) is never reported.
 */
#include "sim_int.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

static _Thread_local struct rg_checker *recorder;

struct rg_checker *sim_type_recorder(struct rg_checker *k)
{
    struct rg_checker *was = recorder;
    recorder = k;
    return was;
}

/* "schema.name" (quotes removed) or "name": the names a statement that
 * changes the type would bump. A quoted name may hold dots, so both the
 * part after the first dot and the part after the last one. */
static void sim_note_type_lookup(const char *buf)
{
    if (!recorder) return;
    const char *first = strchr(buf, '.'), *last = strrchr(buf, '.');
    sim_dep_type(recorder, first ? first + 1 : buf);
    if (last && last != first) sim_dep_type(recorder, last + 1);
}

/* "public.mood" / "public.\"Mood\"" -> the rg_type, or NULL. */
static const rg_type *user_type(const rg_catalog *c, const char *type)
{
    char buf[256];
    size_t j = 0;
    for (const char *p = type; *p && j + 1 < sizeof buf; p++)
        if (*p != '"') buf[j++] = *p;
    buf[j] = 0;
    sim_note_type_lookup(buf);
    if (!strchr(buf, '.')) {
        char q[300];
        snprintf(q, sizeof q, "public.%s", buf);
        return rg_map_get(&c->type_map, q);
    }
    return rg_map_get(&c->type_map, buf);
}

static bool starts(const char *s, const char *p)
{
    return strncmp(s, p, strlen(p)) == 0;
}

tcat sim_type_category(const rg_catalog *c, const char *type, const rg_type **enum_out)
{
    if (enum_out) *enum_out = NULL;
    if (!type || !*type) return TC_OTHER;
    size_t n = strlen(type);
    if (n > 2 && strcmp(type + n - 2, "[]") == 0) return TC_OTHER;
    if (!strcmp(type, "smallint") || !strcmp(type, "integer") || !strcmp(type, "bigint") ||
        starts(type, "numeric") || !strcmp(type, "real") || !strcmp(type, "double precision"))
        return TC_NUMERIC;
    if (!strcmp(type, "text") || starts(type, "character varying") || starts(type, "character(") ||
        !strcmp(type, "character") || !strcmp(type, "name"))
        return TC_STRING;
    if (!strcmp(type, "boolean")) return TC_BOOLEAN;
    if (!strcmp(type, "date") || starts(type, "timestamp") || starts(type, "time ") ||
        starts(type, "time(") || !strcmp(type, "time") || starts(type, "interval"))
        return TC_DATETIME;
    const rg_type *t = user_type(c, type);
    for (int depth = 0; t && depth < 8; depth++) {
        if (t->dropped) return TC_OTHER;
        if (t->kind == RG_TYPE_ENUM) {
            if (enum_out) *enum_out = t;
            return TC_ENUM;
        }
        if (t->kind != RG_TYPE_DOMAIN || !t->base_type) return TC_OTHER;
        /* A domain compares and assigns as its base type. */
        const rg_type *base = user_type(c, t->base_type);
        if (!base) return sim_type_category(c, t->base_type, enum_out);
        t = base;
    }
    return TC_OTHER;
}

/* format_type_be's spelling in messages: typmods dropped, public. too. */
static const char *shown_type(rg_arena *a, const char *type)
{
    const char *s = starts(type, "public.") ? type + 7 : type;
    const char *paren = strchr(s, '(');
    if (paren && !strchr(s, '.')) return rg_arena_strndup(a, s, (size_t)(paren - s));
    return s;
}

static const char *trim_copy(rg_arena *a, const char *s)
{
    while (isspace((unsigned char)*s)) s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1])) n--;
    return rg_arena_strndup(a, s, n);
}

/* int2in/int4in/int8in of PostgreSQL 15: optional sign, digits, spaces. */
static bool int_input_ok(rg_arena *a, const char *lit, const char *type, const char **detail)
{
    const char *t = trim_copy(a, lit);
    const char *p = t;
    if (*p == '+' || *p == '-') p++;
    bool digits = *p != 0;
    for (const char *q = p; *q; q++)
        if (!isdigit((unsigned char)*q)) digits = false;
    if (!digits) {
        *detail = rg_arena_printf(a, "invalid input syntax for type %s: \"%s\"", type, lit);
        return false;
    }
    errno = 0;
    long long v = strtoll(t, NULL, 10);
    bool range = errno != ERANGE;
    if (!strcmp(type, "integer")) range = range && v >= INT_MIN && v <= INT_MAX;
    if (!strcmp(type, "smallint")) range = range && v >= -32768 && v <= 32767;
    if (!range) {
        *detail = rg_arena_printf(a, "value \"%s\" is out of range for type %s", lit, type);
        return false;
    }
    return true;
}

static bool float_input_ok(rg_arena *a, const char *lit, const char *type, const char **detail)
{
    const char *t = trim_copy(a, lit);
    char *end = NULL;
    if (*t) strtod(t, &end);
    bool ok = *t && end && *end == 0;
    if (!ok && (!strcasecmp(t, "nan") || !strcasecmp(t, "infinity") || !strcasecmp(t, "-infinity") ||
                !strcasecmp(t, "+infinity") || !strcasecmp(t, "inf") || !strcasecmp(t, "-inf")))
        ok = true;
    if (ok && (strchr(t, 'x') || strchr(t, 'X'))) ok = false; /* strtod takes hex, PG does not */
    if (!ok) *detail = rg_arena_printf(a, "invalid input syntax for type %s: \"%s\"", type, lit);
    return ok;
}

/* boolin (parse_bool_with_len): a prefix of true/false/yes/no, "on",
 * "of[f]", "1" or "0", case-insensitive, surrounding spaces trimmed. */
static bool bool_input_ok(rg_arena *a, const char *lit, const char **detail)
{
    const char *t = trim_copy(a, lit);
    size_t n = strlen(t);
    bool ok = false;
    switch (tolower((unsigned char)t[0])) {
    case 't': ok = !strncasecmp(t, "true", n) && n <= 4; break;
    case 'f': ok = !strncasecmp(t, "false", n) && n <= 5; break;
    case 'y': ok = !strncasecmp(t, "yes", n) && n <= 3; break;
    case 'n': ok = !strncasecmp(t, "no", n) && n <= 2; break;
    case 'o': ok = n >= 2 && ((!strncasecmp(t, "on", n) && n <= 2) || (!strncasecmp(t, "off", n) && n <= 3)); break;
    case '1': case '0': ok = n == 1; break;
    default: break;
    }
    if (!ok) *detail = rg_arena_printf(a, "invalid input syntax for type boolean: \"%s\"", lit);
    return ok;
}

static bool enum_input_ok(rg_arena *a, const rg_type *e, const char *lit, const char **detail)
{
    for (size_t i = 0; i < e->labels.n; i++)
        if (!strcmp(e->labels.v[i], lit)) return true;
    *detail = rg_arena_printf(a, "invalid input value for enum %s: \"%s\"",
                              strcmp(e->schema, "public") ? rg_arena_printf(a, "%s.%s", e->schema, e->name)
                                                          : e->name,
                              lit);
    return false;
}

/* ---- json_in: RFC 8259 syntax, as PostgreSQL's json lexer checks it ---- */
static const char *json_ws(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
    return p;
}

static const char *json_value(const char *p, int depth);

static const char *json_string(const char *p)
{
    for (p++; *p && *p != '"'; p++) {
        if ((unsigned char)*p < 0x20) return NULL;
        if (*p == '\\') {
            p++;
            if (*p == 'u') {
                for (int i = 1; i <= 4; i++)
                    if (!isxdigit((unsigned char)p[i])) return NULL;
                p += 4;
            } else if (!*p || !strchr("\"\\/bfnrt", *p)) {
                return NULL;
            }
        }
    }
    return *p == '"' ? p + 1 : NULL;
}

static const char *json_number(const char *p)
{
    if (*p == '-') p++;
    if (*p == '0') p++;
    else if (isdigit((unsigned char)*p)) while (isdigit((unsigned char)*p)) p++;
    else return NULL;
    if (*p == '.') {
        p++;
        if (!isdigit((unsigned char)*p)) return NULL;
        while (isdigit((unsigned char)*p)) p++;
    }
    if (*p == 'e' || *p == 'E') {
        p++;
        if (*p == '+' || *p == '-') p++;
        if (!isdigit((unsigned char)*p)) return NULL;
        while (isdigit((unsigned char)*p)) p++;
    }
    return p;
}

static const char *json_seq(const char *p, char close, bool object, int depth)
{
    p = json_ws(p + 1);
    if (*p == close) return p + 1;
    for (;;) {
        if (object) {
            if (*p != '"' || !(p = json_string(p))) return NULL;
            p = json_ws(p);
            if (*p != ':') return NULL;
            p++;
        }
        if (!(p = json_value(p, depth + 1))) return NULL;
        p = json_ws(p);
        if (*p == close) return p + 1;
        if (*p != ',') return NULL;
        p = json_ws(p + 1);
    }
}

static const char *json_value(const char *p, int depth)
{
    if (depth > 200) return NULL;
    p = json_ws(p);
    switch (*p) {
    case '{': return json_seq(p, '}', true, depth);
    case '[': return json_seq(p, ']', false, depth);
    case '"': return json_string(p);
    case 't': return strncmp(p, "true", 4) ? NULL : p + 4;
    case 'f': return strncmp(p, "false", 5) ? NULL : p + 5;
    case 'n': return strncmp(p, "null", 4) ? NULL : p + 4;
    default: return json_number(p);
    }
}

static bool json_input_ok(rg_arena *a, const char *lit, const char *type, const char **detail)
{
    const char *end = json_value(lit, 0);
    if (end && !*json_ws(end)) return true;
    *detail = rg_arena_printf(a, "invalid input syntax for type %s", type);
    return false;
}

/* date_in/timestamp_in: without a single digit only the special words
 * parse ('now', 'today', 'infinity', ...); anything else is 22007. */
static bool datetime_input_ok(rg_arena *a, const char *lit, const char *type, const char **detail)
{
    static const char *const special[] = {"now", "today", "tomorrow", "yesterday", "epoch",
                                          "infinity", "-infinity", "+infinity", "allballs"};
    const char *t = trim_copy(a, lit);
    for (const char *p = t; *p; p++)
        if (isdigit((unsigned char)*p)) return true;
    for (size_t i = 0; i < sizeof special / sizeof *special; i++)
        if (!strcasecmp(t, special[i])) return true;
    *detail = rg_arena_printf(a, "invalid input syntax for type %s: \"%s\"", type, lit);
    return false;
}

static bool literal_ok(const rg_catalog *c, rg_arena *a, const char *type, const char *lit,
                       const char **detail);

/* array_in: '{...}' (or '[1:2]={...}'); the elements of a simple one
 * (no quotes, escapes or nesting) are checked against the element type. */
static bool array_input_ok(const rg_catalog *c, rg_arena *a, const char *type, const char *lit,
                           const char **detail)
{
    const char *t = trim_copy(a, lit);
    if (*t == '[') return true;
    size_t n = strlen(t);
    if (*t != '{' || n < 2 || t[n - 1] != '}') {
        *detail = rg_arena_printf(a, "malformed array literal: \"%s\"", lit);
        return false;
    }
    if (strpbrk(t + 1, "{\"\\") || strchr(t + 1, '}') != t + n - 1 || n == 2) return true;
    const char *elem = rg_arena_strndup(a, type, strlen(type) - 2);
    const char *p = t + 1;
    for (;;) {
        const char *q = p;
        while (*q != ',' && *q != '}') q++;
        const char *v = trim_copy(a, rg_arena_strndup(a, p, (size_t)(q - p)));
        if (strcasecmp(v, "null") && !literal_ok(c, a, elem, v, detail)) return false;
        if (*q == '}') return true;
        p = q + 1;
    }
}

bool sim_literal_fails(const rg_catalog *c, rg_arena *a, const char *type, const char *lit, const char **detail)
{
    return type && lit && !literal_ok(c, a, type, lit, detail);
}

/* Is the string literal valid input for `type`? (Types we cannot judge: yes.) */
static bool literal_ok(const rg_catalog *c, rg_arena *a, const char *type, const char *lit,
                       const char **detail)
{
    size_t tl = strlen(type);
    if (tl > 2 && !strcmp(type + tl - 2, "[]")) return array_input_ok(c, a, type, lit, detail);
    if (!strcmp(type, "json") || !strcmp(type, "jsonb")) return json_input_ok(a, lit, type, detail);
    if (!strcmp(type, "date") || starts(type, "timestamp"))
        return datetime_input_ok(a, lit, shown_type(a, type), detail);
    const rg_type *e = NULL;
    tcat k = sim_type_category(c, type, &e);
    if (k == TC_ENUM) return enum_input_ok(a, e, lit, detail);
    if (k == TC_BOOLEAN) return bool_input_ok(a, lit, detail);
    if (k != TC_NUMERIC) return true;
    if (!strcmp(type, "smallint") || !strcmp(type, "integer") || !strcmp(type, "bigint"))
        return int_input_ok(a, lit, type, detail);
    if (starts(type, "numeric")) return float_input_ok(a, lit, "numeric", detail);
    return float_input_ok(a, lit, type, detail);
}

/* The type a value has for messages and its category. */
static tcat value_cat(const rg_catalog *c, const vtype *v, const char **shown, const rg_type **e,
                      rg_arena *a)
{
    *e = NULL;
    switch (v->kind) {
    case VT_COLUMN:
        *shown = a ? shown_type(a, v->type) : v->type;
        return c ? sim_type_category(c, v->type, e) : TC_OTHER;
    case VT_INT: *shown = "integer"; return TC_NUMERIC;
    case VT_NUM: *shown = "numeric"; return TC_NUMERIC;
    case VT_BOOL: *shown = "boolean"; return TC_BOOLEAN;
    default: *shown = NULL; return TC_OTHER;
    }
}

/* Categories between which no implicit cast gives a comparison operator. */
static bool cats_clash(tcat x, tcat y, const rg_type *ex, const rg_type *ey)
{
    if (x == TC_OTHER || y == TC_OTHER) return false;
    if (x == TC_ENUM && y == TC_ENUM) return ex != ey;
    return x != y;
}

static bool is_comparison(const char *op)
{
    static const char *const ops[] = {"=", "<>", "!=", "<", ">", "<=", ">="};
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
        if (!strcmp(op, ops[i])) return true;
    return false;
}

static bool is_arithmetic(const char *op)
{
    return !strcmp(op, "+") || !strcmp(op, "-") || !strcmp(op, "*") || !strcmp(op, "/") || !strcmp(op, "%");
}

/* text + integer, boolean * integer, ...: no such operator. Dates and
 * intervals have their own arithmetic; they are left alone. */
static bool arithmetic_fails(const rg_catalog *c, rg_arena *a, const vtype *l, const vtype *r, const char *op,
                             const char **detail)
{
    if (l->kind != VT_COLUMN && r->kind != VT_COLUMN) return false;
    const char *sl, *sr;
    const rg_type *el, *er;
    tcat cl = value_cat(c, l, &sl, &el, a), cr = value_cat(c, r, &sr, &er, a);
    bool bad_l = cl == TC_STRING || cl == TC_BOOLEAN || cl == TC_ENUM;
    bool bad_r = cr == TC_STRING || cr == TC_BOOLEAN || cr == TC_ENUM;
    if (!((bad_l && cr == TC_NUMERIC) || (bad_r && cl == TC_NUMERIC) || (bad_l && bad_r))) return false;
    *detail = rg_arena_printf(a, "operator does not exist: %s %s %s", sl, op, sr);
    return true;
}

bool sim_compare_fails(const rg_catalog *c, rg_arena *a, const vtype *l, const vtype *r,
                       const char *op, const char **detail)
{
    if (is_arithmetic(op)) return arithmetic_fails(c, a, l, r, op, detail);
    if (!is_comparison(op)) return false;
    if (l->kind == VT_STRING && r->kind == VT_COLUMN) return !literal_ok(c, a, r->type, l->lit, detail);
    if (r->kind == VT_STRING && l->kind == VT_COLUMN) return !literal_ok(c, a, l->type, r->lit, detail);
    if (l->kind != VT_COLUMN && r->kind != VT_COLUMN) return false;
    const char *sl, *sr;
    const rg_type *el, *er;
    tcat cl = value_cat(c, l, &sl, &el, a), cr = value_cat(c, r, &sr, &er, a);
    if (!cats_clash(cl, cr, el, er)) return false;
    *detail = rg_arena_printf(a, "operator does not exist: %s %s %s", sl, op, sr);
    return true;
}

/* A constant assigned to varchar(n) / char(n) is coerced when the plan is
 * made: too long is 22001 at EXPLAIN (char(n) ignores trailing spaces). */
static bool too_long(rg_arena *a, const char *dst, const char *lit, const char **detail)
{
    long n;
    if (sscanf(dst, "character varying(%ld)", &n) != 1 && sscanf(dst, "character(%ld)", &n) != 1) return false;
    size_t len = strlen(lit);
    if (starts(dst, "character(")) while (len && lit[len - 1] == ' ') len--;
    long chars = 0;
    for (size_t i = 0; i < len; i++) chars += ((unsigned char)lit[i] & 0xC0) != 0x80;
    if (chars <= n) return false;
    *detail = rg_arena_printf(a, "value too long for type %s", dst);
    return true;
}

bool sim_assign_fails(const rg_catalog *c, rg_arena *a, const char *column, const char *dst,
                      const vtype *src, const char **detail)
{
    if (!dst) return false;
    if (src->kind == VT_STRING) return !literal_ok(c, a, dst, src->lit, detail) || too_long(a, dst, src->lit, detail);
    if (src->kind == VT_INT && !strcmp(dst, "smallint") && (src->param > 32767 || src->param < -32768)) {
        *detail = "smallint out of range";
        return true;
    }
    if (src->kind != VT_COLUMN && src->kind != VT_INT && src->kind != VT_NUM && src->kind != VT_BOOL)
        return false;
    const rg_type *ed = NULL;
    tcat cd = sim_type_category(c, dst, &ed);
    size_t dl = strlen(dst);
    if (dl > 2 && !strcmp(dst + dl - 2, "[]") && src->kind == VT_COLUMN && src->type) {
        size_t sl = strlen(src->type);
        const rg_type *es0;
        bool src_array = sl > 2 && !strcmp(src->type + sl - 2, "[]");
        /* No assignment cast turns a scalar into an array (42804). */
        if (!src_array && sim_type_category(c, src->type, &es0) != TC_OTHER) {
            *detail = rg_arena_printf(a, "column \"%s\" is of type %s but expression is of type %s", column,
                                      shown_type(a, dst), shown_type(a, src->type));
            return true;
        }
    }
    const char *ss;
    const rg_type *es;
    tcat cs = value_cat(c, src, &ss, &es, a);
    /* Every type has an assignment cast to a string type (I/O conversion). */
    if (cd == TC_STRING || !cats_clash(cd, cs, ed, es)) return false;
    *detail = rg_arena_printf(a, "column \"%s\" is of type %s but expression is of type %s", column,
                              shown_type(a, dst), ss);
    return true;
}

const char *sim_shown_type(rg_arena *a, const vtype *v)
{
    const char *s;
    const rg_type *e;
    value_cat(NULL, v, &s, &e, a);
    return s ? s : "unknown";
}

/* Explicit casts PostgreSQL 15 has between the categories (pg_cast plus
 * I/O conversion to and from string types). */
bool sim_cast_fails(const rg_catalog *c, rg_arena *a, const vtype *src, const char *dst, const char **detail)
{
    if (src->kind != VT_COLUMN && src->kind != VT_INT && src->kind != VT_NUM && src->kind != VT_BOOL) return false;
    const char *ss;
    const rg_type *es, *ed;
    tcat cs = value_cat(c, src, &ss, &es, a);
    tcat cd = sim_type_category(c, dst, &ed);
    if (cs == TC_OTHER || cd == TC_OTHER || cs == TC_STRING || cd == TC_STRING) return false;
    bool src_int = src->kind == VT_INT || (src->kind == VT_COLUMN && !strcmp(src->type, "integer"));
    bool ok;
    if (cs == cd) ok = cs != TC_ENUM || es == ed;
    else if (cs == TC_BOOLEAN && cd == TC_NUMERIC) ok = !strcmp(dst, "integer");
    else if (cs == TC_NUMERIC && cd == TC_BOOLEAN) ok = src_int;
    else ok = false;
    if (!ok) *detail = rg_arena_printf(a, "cannot cast type %s to %s", ss, shown_type(a, dst));
    return !ok;
}

bool sim_arg_clashes(const rg_catalog *c, const vtype *arg, const char *ptype)
{
    if (!ptype || (arg->kind != VT_COLUMN && arg->kind != VT_INT && arg->kind != VT_NUM && arg->kind != VT_BOOL))
        return false;
    const char *sa;
    const rg_type *ea, *ep;
    tcat ca = value_cat(c, arg, &sa, &ea, NULL);
    tcat cp = sim_type_category(c, ptype, &ep);
    return cats_clash(ca, cp, ea, ep);
}
