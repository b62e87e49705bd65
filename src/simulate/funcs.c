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
