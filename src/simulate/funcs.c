/*
 * funcs.c — function resolution for the query checker: built-ins by name
 * (models/pg/functions.csv lists pg_catalog's functions of PostgreSQL 15)
 * and argument count (models/pg/function_arity.csv: per name, the fewest
 * arguments any overload takes and the most, -1 when one is VARIADIC;
 * measured from pg_proc of PostgreSQL 15), user functions
 * from the catalog by schema.name and argument count, counting defaults
 * and VARIADIC as PostgreSQL's func_get_detail does.
 */
#include "sim_int.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "rollgate/models.h"

static rg_map builtins;
static rg_arena *builtin_arena;
static pthread_once_t builtins_once = PTHREAD_ONCE_INIT;

static void builtin_row(void *ctx, const char *const *fields, size_t nfields)
{
    (void)ctx;
    if (nfields < 1 || !fields[0][0]) return;
    char *name = rg_arena_strdup(builtin_arena, fields[0]);
    rg_map_put(&builtins, name, name);
}

typedef struct arity {
    long min, max;
    bool aggregate;          /* some overload is an aggregate */
    bool window;             /* a window function (row_number, ...) */
} arity;

static rg_map arities;

static void arity_row(void *ctx, const char *const *fields, size_t nfields)
{
    (void)ctx;
    if (nfields < 3 || !fields[0][0]) return;
    arity *a = rg_arena_alloc(builtin_arena, sizeof *a);
    a->min = strtol(fields[1], NULL, 10);
    a->max = strtol(fields[2], NULL, 10);
    a->aggregate = nfields >= 4 && fields[3][0] == 'a';
    a->window = nfields >= 4 && fields[3][0] == 'w';
    rg_map_put(&arities, rg_arena_strdup(builtin_arena, fields[0]), a);
}

static void load_builtins(void)
{
    builtin_arena = rg_arena_new();
    size_t len = 0;
    const char *data = rg_model_file("pg/functions.csv", &len);
    if (data) rg_csv_parse(data, len, builtin_row, NULL);
    data = rg_model_file("pg/function_arity.csv", &len);
    if (data) rg_csv_parse(data, len, arity_row, NULL);
}

bool sim_builtin_function(const char *name)
{
    pthread_once(&builtins_once, load_builtins);
    return rg_map_get(&builtins, name) != NULL;
}

int sim_builtin_aggregate(const char *name)
{
    pthread_once(&builtins_once, load_builtins);
    const arity *a = rg_map_get(&arities, name);
    return a ? a->aggregate : -1;
}

bool sim_builtin_window_capable(const char *name)
{
    pthread_once(&builtins_once, load_builtins);
    const arity *a = rg_map_get(&arities, name);
    return !a || a->aggregate || a->window;
}

bool sim_builtin_arity_ok(const char *name, size_t nargs)
{
    pthread_once(&builtins_once, load_builtins);
    const arity *a = rg_map_get(&arities, name);
    if (!a) return true;
    return (long)nargs >= a->min && (a->max < 0 || (long)nargs <= a->max);
}

/* Result types of common built-ins (PostgreSQL 15 pg_proc.prorettype,
 * the same for every overload). */
static const struct {
    const char *name, *type;
} RESULTS[] = {
    {"lower", "text"}, {"upper", "text"}, {"btrim", "text"}, {"ltrim", "text"}, {"rtrim", "text"},
    {"substr", "text"}, {"replace", "text"}, {"concat", "text"}, {"concat_ws", "text"},
    {"md5", "text"}, {"to_char", "text"}, {"initcap", "text"}, {"left", "text"}, {"right", "text"},
    {"lpad", "text"}, {"rpad", "text"}, {"reverse", "text"}, {"repeat", "text"}, {"split_part", "text"},
    {"format", "text"}, {"quote_ident", "text"}, {"quote_literal", "text"}, {"translate", "text"},
    {"length", "integer"}, {"char_length", "integer"}, {"character_length", "integer"},
    {"octet_length", "integer"}, {"strpos", "integer"}, {"position", "integer"}, {"ascii", "integer"},
    {"count", "bigint"}, {"now", "timestamp with time zone"},
    {"clock_timestamp", "timestamp with time zone"}, {"statement_timestamp", "timestamp with time zone"},
    {"transaction_timestamp", "timestamp with time zone"}, {"starts_with", "boolean"},
};

const char *sim_builtin_result(const char *name)
{
    for (size_t i = 0; i < sizeof RESULTS / sizeof *RESULTS; i++)
        if (!strcmp(RESULTS[i].name, name)) return RESULTS[i].type;
    return NULL;
}

/* ---- user functions ----------------------------------------------------- */

typedef struct fn_list {
    const rg_function *fn;
    struct fn_list *next;
} fn_list;

static void build_index(fn_index *ix, rg_arena *a, const rg_catalog *c)
{
    for (size_t i = 0; i < c->functions.n; i++) {
        const rg_function *f = &c->functions.v[i];
        if (f->dropped) continue;
        const char *key = rg_arena_printf(a, "%s.%s", f->schema, f->name);
        fn_list *l = rg_arena_alloc(a, sizeof *l);
        l->fn = f;
        l->next = rg_map_get(&ix->by_name, key);
        rg_map_put(&ix->by_name, key, l);
    }
    ix->built = true;
}

/* Named arguments (name => value) must name input arguments. */
static bool names_fit(const rg_function *f, const char *const *names, size_t nargs)
{
    for (size_t i = 0; names && i < nargs; i++) {
        if (!names[i]) continue;
        bool found = false;
        for (size_t k = 0; k < f->nargs && !found; k++)
            found = f->args[k].mode != 'o' && f->args[k].mode != 't' && f->args[k].name && !strcmp(f->args[k].name, names[i]);
        if (!found) return false;
    }
    return true;
}

/* Positional arguments of a type category the parameter has no implicit
 * cast from (integer into text) rule an overload out. */
static bool types_fit(const rg_catalog *c, const rg_function *f, const char *const *names, const struct vtype *args,
                      size_t nargs)
{
    size_t k = 0;
    for (size_t i = 0; args && i < nargs; i++) {
        if (names && names[i]) return true; /* named notation: positions no longer line up */
        while (k < f->nargs && (f->args[k].mode == 'o' || f->args[k].mode == 't')) k++;
        if (k >= f->nargs || f->args[k].mode == 'v') return true;
        if (sim_arg_clashes(c, &args[i], f->args[k].type)) return false;
        k++;
    }
    return true;
}

/* Input arguments, defaults among them, and whether the last is VARIADIC. */
static bool args_fit(const rg_function *f, size_t nargs)
{
    size_t nin = 0, ndef = 0;
    bool variadic = false;
    for (size_t i = 0; i < f->nargs; i++) {
        char m = f->args[i].mode;
        if (m == 'o' || m == 't') continue;
        nin++;
        if (f->args[i].dflt.key) ndef++;
        if (m == 'v') variadic = true;
    }
    if (variadic) return nargs + 1 + ndef >= nin;
    return nargs <= nin && nargs + ndef >= nin;
}

fn_lookup sim_user_function(fn_index *ix, rg_arena *a, const rg_catalog *c, const char *schema,
                            const char *name, size_t nargs, const char *const *names, const struct vtype *args,
                            bool procedure, const char **result)
{
    if (!ix->built) build_index(ix, a, c);
    char key[512];
    snprintf(key, sizeof key, "%s.%s", schema, name);
    const fn_list *l = rg_map_get(&ix->by_name, key);
    if (!l) return FN_NO_NAME;
    for (; l; l = l->next)
        if (l->fn->procedure == procedure && args_fit(l->fn, nargs) && names_fit(l->fn, names, nargs) &&
            types_fit(c, l->fn, names, args, nargs)) {
            const char *r = l->fn->returns;
            *result = r && strncmp(r, "SETOF", 5) && strncmp(r, "TABLE", 5) ? r : NULL;
            return FN_FOUND;
        }
    return FN_BAD_ARGS;
}

bool sim_user_literal_fails(fn_index *ix, rg_arena *a, const rg_catalog *c, const char *schema, const char *name,
                            size_t nargs, const char *const *names, const struct vtype *args, bool procedure,
                            const char **detail)
{
    if (!ix->built) build_index(ix, a, c);
    char key[512];
    snprintf(key, sizeof key, "%s.%s", schema, name);
    const rg_function *only = NULL;
    for (const fn_list *l = rg_map_get(&ix->by_name, key); l; l = l->next)
        if (l->fn->procedure == procedure && args_fit(l->fn, nargs) && names_fit(l->fn, names, nargs) &&
            types_fit(c, l->fn, names, args, nargs)) {
            if (only) return false; /* several candidates: resolution may pick another type */
            only = l->fn;
        }
    if (!only) return false;
    size_t k = 0;
    for (size_t i = 0; i < nargs; i++) {
        if (names && names[i]) return false;
        while (k < only->nargs && (only->args[k].mode == 'o' || only->args[k].mode == 't')) k++;
        if (k >= only->nargs || only->args[k].mode == 'v') return false;
        if (args[i].kind == VT_STRING && sim_literal_fails(c, a, only->args[k].type, args[i].lit, detail)) return true;
        k++;
    }
    return false;
}

/* The columns a function's result has: its OUT / TABLE arguments, or the
 * row type of the table it returns (SETOF t). */
static bool result_fields(const rg_catalog *c, const rg_function *f, sim_field **out, size_t *n, rg_arena *a)
{
    size_t k = 0;
    for (size_t i = 0; i < f->nargs; i++) k += f->args[i].mode == 'o' || f->args[i].mode == 'b' || f->args[i].mode == 't';
    if (k) {
        sim_field *v = rg_arena_alloc(a, k * sizeof *v);
        *n = 0;
        for (size_t i = 0; i < f->nargs; i++)
            if (f->args[i].mode == 'o' || f->args[i].mode == 'b' || f->args[i].mode == 't')
                v[(*n)++] = (sim_field){f->args[i].name, f->args[i].type};
        *out = v;
        return true;
    }
    const char *r = f->returns;
    if (!r) return false;
    if (!strncmp(r, "SETOF ", 6)) r += 6;
    char key[512];
    snprintf(key, sizeof key, "%s", r);
    if (!strchr(key, '.')) snprintf(key, sizeof key, "public.%s", r);
    const rg_relref *rel = rg_map_get(&c->relation_map, key);
    if (!rel || rel->kind != RG_REL_TABLE) return false;
    const rg_table *t = rel->obj;
    sim_field *v = rg_arena_alloc(a, (t->columns.n + 1) * sizeof *v);
    *n = 0;
    for (size_t i = 0; i < t->columns.n; i++)
        if (!t->columns.v[i].dropped) v[(*n)++] = (sim_field){t->columns.v[i].name, t->columns.v[i].type};
    *out = v;
    return true;
}

bool sim_user_function_fields(fn_index *ix, rg_arena *a, const rg_catalog *c, const char *schema, const char *name,
                              size_t nargs, sim_field **fields, size_t *nfields)
{
    if (!ix->built) build_index(ix, a, c);
    char key[512];
    snprintf(key, sizeof key, "%s.%s", schema, name);
    const fn_list *l = rg_map_get(&ix->by_name, key);
    bool known = false;
    for (; l; l = l->next) {
        if (l->fn->procedure || !args_fit(l->fn, nargs)) continue;
        if (known) return false; /* overloads: do not guess */
        known = result_fields(c, l->fn, fields, nfields, a);
        if (!known) return false;
    }
    return known;
}

void sim_fn_index_free(fn_index *ix)
{
    rg_map_free(&ix->by_name);
    ix->built = false;
}

/* ---- built-in overloads by argument type --------------------------------
 * models/pg/function_signatures.csv (pg_proc of PostgreSQL 15: name,
 * argument types, variadic, defaults, result, kind, argument names) lets
 * a call whose argument types are all known built-in types be resolved as
 * func_select_candidate would: some overload must take each argument as
 * it is, through an implicit cast (models/pg/implicit_casts.csv) or a
 * polymorphic parameter. Anything less certain is accepted. */

typedef struct sig {
    const char **args;
    const char **names;      /* NULL unless every argument has a name */
    size_t nargs, nnames;
    long ndefaults;
    bool variadic;
    struct sig *next;
} sig;

static rg_map sigs;          /* name -> sig list */
static rg_map sig_types;     /* every type named in a signature */
static rg_map casts;         /* "source|target" */
static pthread_once_t sigs_once = PTHREAD_ONCE_INIT;
/* Each table loaded under its own once has its own arena: the simulator
 * and the self-check run on two threads, so two loaders may run at once. */
static rg_arena *sigs_arena;

static const char **split_semis(const char *s, size_t *n)
{
    *n = 0;
    if (!*s) return NULL;
    size_t cap = 1;
    for (const char *p = s; *p; p++) cap += *p == ';';
    const char **v = rg_arena_alloc(sigs_arena, cap * sizeof *v);
    const char *start = s;
    for (const char *p = s;; p++) {
        if (*p == ';' || !*p) {
            v[(*n)++] = rg_arena_strndup(sigs_arena, start, (size_t)(p - start));
            if (!*p) break;
            start = p + 1;
        }
    }
    return v;
}

static void sig_row(void *ctx, const char *const *f, size_t nf)
{
    (void)ctx;
    if (nf < 7 || !f[0][0] || !strcmp(f[0], "name")) return;
    sig *s = rg_arena_alloc(sigs_arena, sizeof *s);
    memset(s, 0, sizeof *s);
    s->args = split_semis(f[1], &s->nargs);
    s->variadic = f[2][0] == '1';
    s->ndefaults = strtol(f[3], NULL, 10);
    s->names = split_semis(f[6], &s->nnames);
    if (s->nnames != s->nargs) s->names = NULL;
    for (size_t i = 0; i < s->nargs; i++) rg_map_put(&sig_types, s->args[i], (void *)s->args[i]);
    s->next = rg_map_get(&sigs, f[0]);
    rg_map_put(&sigs, rg_arena_strdup(sigs_arena, f[0]), s);
}

static void cast_row(void *ctx, const char *const *f, size_t nf)
{
    (void)ctx;
    if (nf < 2) return;
    const char *k = rg_arena_printf(sigs_arena, "%s|%s", f[0], f[1]);
    rg_map_put(&casts, k, (void *)k);
}

static void load_sigs(void)
{
    pthread_once(&builtins_once, load_builtins);
    sigs_arena = rg_arena_new();
    size_t len = 0;
    const char *data = rg_model_file("pg/function_signatures.csv", &len);
    if (data) rg_csv_parse(data, len, sig_row, NULL);
    data = rg_model_file("pg/implicit_casts.csv", &len);
    if (data) rg_csv_parse(data, len, cast_row, NULL);
}

/* "numeric(10,2)" -> "numeric", "timestamp(3) with time zone" ->
 * "timestamp with time zone"; NULL when not a built-in type we know. */
static const char *builtin_type_of(const vtype *v, char *buf, size_t cap)
{
    switch (v->kind) {
    case VT_INT: return "integer";
    case VT_NUM: return "numeric";
    case VT_BOOL: return "boolean";
    case VT_COLUMN: break;
    default: return NULL;
    }
    if (!v->type) return NULL;
    size_t j = 0;
    int depth = 0;
    for (const char *p = v->type; *p && j + 1 < cap; p++) {
        if (*p == '(') depth++;
        else if (*p == ')') depth--;
        else if (!depth && !(*p == ' ' && (j == 0 || buf[j - 1] == ' '))) buf[j++] = *p;
    }
    while (j && buf[j - 1] == ' ') j--;
    buf[j] = 0;
    if (!strcmp(buf, "character varying[]") || !strcmp(buf, "text[]") || !strcmp(buf, "integer[]") ||
        !strcmp(buf, "bigint[]"))
        return buf;
    return rg_map_get(&sig_types, buf) ? buf : NULL;
}

static bool polymorphic(const char *p)
{
    return !strncmp(p, "any", 3) || !strcmp(p, "\"any\"") || !strcmp(p, "record") || !strcmp(p, "internal") ||
           !strcmp(p, "cstring");
}

static bool ends(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && !strcmp(s + n - m, suffix);
}

/* A polymorphic parameter takes only its family: anyarray arrays,
 * anyrange ranges, anyenum enums (never a built-in type), the rest all. */
static bool polymorphic_takes(const char *p, const char *t)
{
    bool array = ends(t, "[]") || !strcmp(t, "int2vector") || !strcmp(t, "oidvector");
    if (ends(p, "multirange")) return ends(t, "multirange");
    if (ends(p, "range")) return ends(t, "range");
    if (!strcmp(p, "anynonarray") || !strcmp(p, "anycompatiblenonarray")) return !array;
    if (ends(p, "array")) return array;
    if (!strcmp(p, "anyenum")) return false;
    return true;
}

static bool arg_fits(const char *t, const char *p)
{
    if (!t || !strcmp(t, p)) return true;
    if (polymorphic(p)) return strncmp(p, "any", 3) || polymorphic_takes(p, t);
    char k[300];
    snprintf(k, sizeof k, "%s|%s", t, p);
    return rg_map_get(&casts, k) != NULL;
}

static bool sig_fits(const sig *s, size_t nargs, const char *const *types, const char *const *names)
{
    if (s->variadic) return nargs + 1 >= s->nargs;
    if (nargs > s->nargs || (long)nargs < (long)s->nargs - s->ndefaults) return false;
    for (size_t i = 0; i < nargs; i++) {
        if (names && names[i]) {
            if (!s->names) return true; /* cannot tell: accept */
            size_t k = 0;
            while (k < s->nargs && strcmp(s->names[k], names[i])) k++;
            if (k == s->nargs || !arg_fits(types[i], s->args[k])) return false;
        } else if (!arg_fits(types[i], s->args[i])) {
            return false;
        }
    }
    return true;
}

bool sim_builtin_args_fail(const char *name, size_t nargs, const vtype *args, const char *const *names)
{
    pthread_once(&sigs_once, load_sigs);
    const sig *s = rg_map_get(&sigs, name);
    if (!s || nargs > 64) return false;
    char bufs[64][128];
    const char *types[64];
    for (size_t i = 0; i < nargs; i++) types[i] = builtin_type_of(&args[i], bufs[i], sizeof bufs[i]);
    for (; s; s = s->next)
        if (sig_fits(s, nargs, types, names)) return false;
    return true;
}

/* ---- columns of pg_catalog / information_schema relations ---------------
 * models/pg/catalog_columns.csv (pg_attribute of PostgreSQL 15). */

typedef struct sys_rel {
    RG_VEC(const char *) cols;
} sys_rel;

static rg_map sys_rels;      /* "schema.relation" -> sys_rel */
static pthread_once_t sys_once = PTHREAD_ONCE_INIT;
static rg_arena *sys_arena;

static void sys_row(void *ctx, const char *const *f, size_t nf)
{
    (void)ctx;
    if (nf < 3 || !strcmp(f[0], "schema")) return;
    const char *k = rg_arena_printf(sys_arena, "%s.%s", f[0], f[1]);
    sys_rel *r = rg_map_get(&sys_rels, k);
    if (!r) {
        r = rg_arena_alloc(sys_arena, sizeof *r);
        memset(r, 0, sizeof *r);
        rg_map_put(&sys_rels, k, r);
    }
    *rg_vec_push(sys_arena, &r->cols) = rg_arena_strdup(sys_arena, f[2]);
}

static void load_sys(void)
{
    pthread_once(&builtins_once, load_builtins);
    sys_arena = rg_arena_new();
    size_t len = 0;
    const char *data = rg_model_file("pg/catalog_columns.csv", &len);
    if (data) rg_csv_parse(data, len, sys_row, NULL);
}

bool sim_system_relation(const char *schema, const char *name, const char *const **cols, size_t *ncols)
{
    pthread_once(&sys_once, load_sys);
    char k[300];
    snprintf(k, sizeof k, "%s.%s", schema, name);
    const sys_rel *r = rg_map_get(&sys_rels, k);
    if (!r) return false;
    *cols = r->cols.v;
    *ncols = r->cols.n;
    return true;
}
