/*
 * sim_int.h — internal to the simulate stage: what the query checker
 * (check.c, check_types.c), the function lookup (funcs.c) and the
 * timeline (timeline.c) share.
 */
#ifndef ROLLGATE_SIM_INT_H
#define ROLLGATE_SIM_INT_H

#include <stdbool.h>

#include "parse/tree.h"
#include "rollgate/simulate.h"

struct vtype;

/* ---- functions (funcs.c) ------------------------------------------------ */

/* True when `name` is a function PostgreSQL 15 ships in pg_catalog
 * (models/pg/functions.csv). Thread-safe after the first call. */
bool sim_builtin_function(const char *name);
/* 1 when built-in `name` is an aggregate, 0 when it is not, -1 unknown. */
int sim_builtin_aggregate(const char *name);
/* Whether OVER may follow a call of built-in `name` (aggregate or window
 * function; true when unknown). */
bool sim_builtin_window_capable(const char *name);
/* Whether some overload of built-in `name` takes nargs arguments. */
bool sim_builtin_arity_ok(const char *name, size_t nargs);
/* True when no overload of built-in `name` (function_signatures.csv)
 * accepts these arguments, as far as their types are known. */
struct vtype;
bool sim_builtin_args_fail(const char *name, size_t nargs, const struct vtype *args, const char *const *names);
/* The columns of a pg_catalog / information_schema table or view
 * (models/pg/catalog_columns.csv); false when it is not one. */
bool sim_system_relation(const char *schema, const char *name, const char *const **cols, size_t *ncols);
/* The result type of a few common built-ins whose result type does not
 * depend on their arguments ("text" for lower, ...), else NULL. */
const char *sim_builtin_result(const char *name);

/* Lookup result of a user function by schema.name and argument count. */
typedef enum { FN_FOUND, FN_NO_NAME, FN_BAD_ARGS } fn_lookup;

/* Per-catalog index "schema.name" -> overloads, built on first use. */
typedef struct fn_index {
    rg_map by_name;          /* "schema.name" -> fn_list * */
    bool built;
} fn_index;

fn_lookup sim_user_function(fn_index *ix, rg_arena *a, const rg_catalog *c, const char *schema,
                            const char *name, size_t nargs, const char *const *names, const struct vtype *args,
                            bool procedure, const char **result);
void sim_fn_index_free(fn_index *ix);
/* When exactly one user function schema.name fits the call, whether a
 * string literal argument is not valid input for its parameter (22P02). */
bool sim_user_literal_fails(fn_index *ix, rg_arena *a, const rg_catalog *c, const char *schema, const char *name,
                            size_t nargs, const char *const *names, const struct vtype *args, bool procedure,
                            const char **detail);

/* The columns of a user function's composite result (OUT / TABLE args or
 * SETOF table), when exactly one overload takes nargs arguments. */
typedef struct sim_field {
    const char *name, *type;
} sim_field;
bool sim_user_function_fields(fn_index *ix, rg_arena *a, const rg_catalog *c, const char *schema, const char *name,
                              size_t nargs, sim_field **fields, size_t *nfields);

/* ---- value types in expressions (check_types.c) ------------------------- */

/* Would passing `arg` to a parameter of type `ptype` need a cast that is
 * not implicit (integer to text, text to integer, ...)? */
bool sim_arg_clashes(const rg_catalog *c, const struct vtype *arg, const char *ptype);

typedef enum {
    VT_UNKNOWN,   /* nothing known: never reported */
    VT_COLUMN,    /* a column (or expression) of canonical type `type` */
    VT_STRING,    /* a string literal: type unknown until coerced */
    VT_INT,       /* an integer literal */
    VT_NUM,       /* a numeric literal */
    VT_BOOL,      /* true / false */
    VT_NULL,      /* NULL */
    VT_PARAM      /* $n: takes whatever type the context wants */
} vt_kind;

typedef struct vtype {
    vt_kind kind;
    const char *type;        /* VT_COLUMN: canonical type name */
    const char *lit;         /* VT_STRING: the literal's text */
    int param;               /* VT_PARAM: its number; VT_INT: the value */
} vtype;

/* Broad type categories, as PostgreSQL's typcategory groups them. */
typedef enum {
    TC_OTHER, TC_NUMERIC, TC_STRING, TC_BOOLEAN, TC_ENUM, TC_DATETIME
} tcat;

tcat sim_type_category(const rg_catalog *c, const char *type, const rg_type **enum_out);

/*
 * Would `lhs op rhs` (a comparison) or an assignment of `src` to a column
 * of type `dst` be rejected when the query is prepared? Fills *detail with
 * PostgreSQL's wording and returns true when it would.
 */
bool sim_compare_fails(const rg_catalog *c, rg_arena *a, const vtype *l, const vtype *r,
                       const char *op, const char **detail);
/* An explicit cast PostgreSQL has no path for (42846). */
bool sim_cast_fails(const rg_catalog *c, rg_arena *a, const vtype *src, const char *dst, const char **detail);
/* Is the string literal `lit` NOT valid input for `type` (22P02/22007)? */
bool sim_literal_fails(const rg_catalog *c, rg_arena *a, const char *type, const char *lit, const char **detail);
/* The type of a value as messages print it. */
const char *sim_shown_type(rg_arena *a, const vtype *v);
bool sim_assign_fails(const rg_catalog *c, rg_arena *a, const char *column, const char *dst,
                      const vtype *src, const char **detail);

/* ---- checker ------------------------------------------------------------ */

/* Dependency names besides bare relation names: any user function, any
 * user type (a relation name never starts with a control character). */
#define SIM_DEP_FUNCTIONS "\x01functions"
#define SIM_DEP_TYPES "\x01types"
/* A user function's dependency: SIM_DEP_FN_MARK then its bare name, so that
 * CREATE, ALTER or DROP of one function re-checks only the queries that
 * looked a function of that name up. A user type's dependency is its bare
 * name, like a relation's (composite types share pg_class's namespace, and
 * ALTER TYPE ... ADD ATTRIBUTE bumps the name as a relation). */
#define SIM_DEP_FN_MARK '\x02'
struct rg_checker;
void sim_dep_function(struct rg_checker *k, const char *name);
void sim_dep_type(struct rg_checker *k, const char *name);
/* The checker analysing a query on this thread (NULL outside a check):
 * the user types the type helpers look up become its dependencies. */
struct rg_checker *sim_type_recorder(struct rg_checker *k);

struct rg_checker {
    rg_catalog *cat;
    rg_arena *arena;         /* checker-lifetime allocations */
    fn_index fns;
    /* Relations looked up by the last check: bare relation names, for the
     * timeline's cache (a change to any of them invalidates the result). */
    RG_VEC(const char *) deps;
    rg_arena *dep_arena;     /* the caller's arena of the check running: the
                              * names sim_dep_* add outlive the checker */
};

#endif
