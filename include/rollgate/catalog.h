/*
 * catalog.h — stage 2: a DDL interpreter. Statements from the parse stage
 * are applied, in order, to an in-memory catalog the way PostgreSQL 15
 * would apply them: implicit names, serial expansion, CASCADE effects,
 * search_path. The same interpreter later applies the planner's steps, so
 * every intermediate schema is a real rg_catalog value.
 *
 * Ownership: a catalog owns one arena; everything reachable from it lives
 * there (parse trees it points into live in the rg_parser, which must
 * outlive the catalog). rg_catalog_free releases it all.
 *
 * Names: every object has `schema` and `name` as PostgreSQL stores them
 * (folded, unquoted). Lookups go through hash maps keyed "schema.name"
 * (tables/views/sequences/indexes share the relation namespace, as in
 * pg_class). Arrays keep creation order; dropped objects are unlinked from
 * the maps and flagged `dropped` in the arrays (never reused).
 */
#ifndef ROLLGATE_CATALOG_H
#define ROLLGATE_CATALOG_H

#include <stdbool.h>

#include "rollgate/kinds.h"
#include "rollgate/parse.h"
#include "rollgate/util.h"

/*
 * An expression (default, CHECK, index expression or predicate, view query,
 * policy qual, partition bound...). `key` is the normalised comparison key:
 * two expressions PostgreSQL considers the same (hand-written
 * `CHECK (total >= 0)` and pg_dump's `CHECK ((total >= (0)::numeric))`)
 * have equal keys. `sql` is valid SQL for it, possibly computed lazily
 * from `node` (rg_expr_sql).
 */
typedef struct rg_expr {
    const char *key;
    const char *sql;        /* may be NULL until rg_expr_sql */
    const void *node;       /* raw parse tree (PgQuery__Node *), may be NULL */
} rg_expr;

/* The kinds of objects, one per row of the registry (rollgate/kinds.h). */
typedef enum {
#define RG_OBJKIND_ENUM(KIND, ...) RG_OBJ_##KIND,
    RG_OBJKINDS(RG_OBJKIND_ENUM)
#undef RG_OBJKIND_ENUM
    RG_OBJ__COUNT
} rg_objkind;

const char *rg_objkind_name(rg_objkind k); /* "table", "column", ... */

/* Where an object was defined (the statement that created or last
 * replaced it), for messages. */
typedef struct rg_origin {
    const rg_source *src;
    size_t offset;
} rg_origin;

/* ---- columns ------------------------------------------------------------ */

typedef struct rg_column {
    const char *name;
    const char *type;        /* canonical: "integer", "character varying(40)",
                              * "timestamp with time zone", "public.mood",
                              * "integer[]" */
    const char *collation;   /* NULL = default; else e.g. "C", "public.x" */
    bool not_null;
    bool has_default;
    rg_expr dflt;
    char identity;           /* 0, 'a' (ALWAYS) or 'd' (BY DEFAULT) */
    const char *identity_seq;/* "schema.name" of the identity sequence */
    char generated;          /* 0 or 's' (STORED) */
    rg_expr gen_expr;
    const char *comment;
    bool is_local;           /* false for a column only inherited from a parent */
    int inh_count;           /* parents it comes from */
    const char *storage;     /* NULL = type default; "plain"/"external"/... */
    int stats_target;        /* -1 = default */
    const char *compression; /* NULL = default */
    bool dropped;
    rg_origin origin;
} rg_column;

/* ---- constraints -------------------------------------------------------- */

typedef enum {
    RG_CON_PRIMARY,
    RG_CON_UNIQUE,
    RG_CON_CHECK,
    RG_CON_FOREIGN,
    RG_CON_EXCLUSION
} rg_conkind;

typedef struct rg_index_elem {
    const char *column;      /* NULL when the element is an expression */
    rg_expr expr;
    const char *collation;   /* NULL = default */
    const char *opclass;     /* NULL = default; canonical, pg_catalog stripped */
    const char *opclass_opts;/* NULL or "(k=v, ...)" */
    bool desc;
    bool nulls_first;        /* resolved: DESC defaults to NULLS FIRST */
    const char *exclusion_op;/* EXCLUDE element operator, e.g. "&&" */
} rg_index_elem;

typedef struct rg_constraint {
    const char *name;
    rg_conkind kind;
    /* PRIMARY / UNIQUE / FOREIGN: the constrained columns in order */
    const char **columns;
    size_t ncolumns;
    /* CHECK */
    rg_expr check;
    bool no_inherit;
    /* FOREIGN KEY */
    const char *ref_schema, *ref_table;
    const char **ref_columns;
    size_t nref_columns;
    char fk_match;           /* 's' simple, 'f' full, 'p' partial */
    char on_delete, on_update; /* 'a' no action, 'r' restrict, 'c' cascade,
                                * 'n' set null, 'd' set default */
    const char **on_delete_cols; /* ON DELETE SET NULL (cols), PG15 */
    size_t non_delete_cols;
    /* EXCLUSION (elements carry operators; PRIMARY/UNIQUE leave elems
     * empty and use `columns`) and PRIMARY/UNIQUE index options */
    rg_index_elem *elems;
    size_t nelems;
    const char *method;      /* exclusion index method, e.g. "gist" */
    rg_expr where;           /* exclusion predicate, key NULL if none */
    const char **include;
    size_t ninclude;
    const char *index_options; /* NULL or "fillfactor=70, ..." */
    const char *index_tablespace;
    bool nulls_not_distinct; /* PG15 UNIQUE NULLS NOT DISTINCT */
    /* all kinds */
    bool deferrable, deferred;
    bool not_valid;          /* NOT VALID: added but not yet validated */
    bool is_local;
    bool inherited;          /* comes from a parent (a partition's clone, an
                              * INHERITS child's CHECK): PostgreSQL's
                              * coninhcount > 0, dropped only through the parent */
    const char *comment;
    bool dropped;
    rg_origin origin;
    /* PRIMARY KEY / UNIQUE of a partition whose index is attached to a
     * plain index of the parent ("schema.index"; PostgreSQL adopts a
     * partition's key index for a parent's unique index). Keys attached to
     * the parent's key of the same kind and columns are implied, not
     * recorded here. */
    const char *index_attached_to;
} rg_constraint;

/* ---- tables ------------------------------------------------------------- */

typedef enum {
    RG_TABLE_ORDINARY,
    RG_TABLE_PARTITIONED,
    RG_TABLE_FOREIGN
} rg_tablekind;

typedef struct rg_trigger {
    const char *name;
    char timing;             /* 'b' before, 'a' after, 'i' instead of */
    unsigned events;         /* RG_TRIG_INSERT | ... */
    const char **update_columns; /* UPDATE OF cols */
    size_t nupdate_columns;
    bool for_each_row;
    rg_expr when;            /* key NULL if none */
    const char *func_schema, *func_name;
    const char *args;        /* canonical argument list text: quoted literals
                              * "'a', 'b'", "" if none */
    bool constraint_trigger;
    bool deferrable, deferred;
    const char *ref_old_table, *ref_new_table; /* REFERENCING transitions */
    char enabled;            /* 'O' origin (default), 'D', 'R', 'A' */
    const char *comment;
    bool dropped;
    rg_origin origin;
} rg_trigger;

enum { RG_TRIG_INSERT = 1, RG_TRIG_DELETE = 2, RG_TRIG_UPDATE = 4, RG_TRIG_TRUNCATE = 8 };

typedef struct rg_policy {
    const char *name;
    bool permissive;
    const char *command;     /* "all", "select", "insert", "update", "delete" */
    const char **roles;      /* sorted; {"public"} when none given */
    size_t nroles;
    rg_expr using_expr;      /* key NULL if none */
    rg_expr check_expr;      /* key NULL if none */
    const char *comment;
    bool dropped;
    rg_origin origin;
} rg_policy;

typedef struct rg_table {
    const char *schema, *name;
    rg_tablekind kind;
    char persistence;        /* 'p' permanent, 'u' unlogged, 't' temp */
    RG_VEC(rg_column) columns;       /* in attnum order, incl. dropped */
    rg_map column_map;               /* name -> rg_column * (live only) */
    RG_VEC(rg_constraint) constraints;
    rg_map constraint_map;           /* name -> rg_constraint * */
    RG_VEC(rg_trigger) triggers;
    rg_map trigger_map;
    RG_VEC(rg_policy) policies;
    rg_map policy_map;
    /* partitioning */
    const char *partition_key;       /* "RANGE (created_at)" or NULL */
    const char *parent_schema, *parent_table; /* when a partition */
    rg_expr partition_bound;         /* "FOR VALUES ..." / "DEFAULT" key */
    /* inheritance (INHERITS) */
    const char **inherits;           /* "schema.name" list */
    size_t ninherits;
    bool rls_enabled, rls_forced;
    const char *options;             /* reloptions "fillfactor=70", or NULL */
    const char *tablespace;
    const char *access_method;       /* NULL = heap */
    const char *foreign_server;      /* foreign tables */
    const char *foreign_options;
    char replica_identity;           /* 'd' default, 'n', 'f', 'i' */
    const char *replica_index;
    const char *comment;
    bool dropped;
    rg_origin origin;
    const char *search_path;         /* in effect at creation: unqualified names
                                      * in its expressions resolve through it */
} rg_table;

/* ---- indexes ------------------------------------------------------------ */

typedef struct rg_index {
    const char *schema, *name;
    const char *table_schema, *table_name;
    bool unique;
    bool nulls_not_distinct;
    const char *method;              /* "btree", "gin", ... */
    rg_index_elem *elems;
    size_t nelems;
    const char **include;
    size_t ninclude;
    rg_expr where;                   /* key NULL if none */
    const char *options;             /* WITH (...) */
    const char *tablespace;
    bool only;                       /* ON ONLY a partitioned table and some
                                      * partition still lacks an attached index
                                      * (PostgreSQL's invalid parent index);
                                      * false once every partition has one */
    const char *attached_to;         /* "schema.name" of a parent index */
    const char *comment;
    bool dropped;
    rg_origin origin;
} rg_index;

/* ---- sequences ---------------------------------------------------------- */

typedef struct rg_sequence {
    const char *schema, *name;
    const char *type;                /* "bigint" (default), "integer", "smallint" */
    long long start, increment, min, max, cache;
    bool cycle;
    const char *owned_by;            /* "schema.table.column" or NULL */
    bool identity;                   /* belongs to an identity column */
    char persistence;
    const char *comment;
    bool dropped;
    rg_origin origin;
    /* Appended (interp): last_value as a fresh database has it (START,
     * or the last RESTART); PostgreSQL checks it against new bounds. */
    long long last_value;
} rg_sequence;

/* ---- types -------------------------------------------------------------- */

typedef enum { RG_TYPE_ENUM, RG_TYPE_DOMAIN, RG_TYPE_COMPOSITE, RG_TYPE_RANGE, RG_TYPE_BASE } rg_typekind;

typedef struct rg_type_attr {
    const char *name;
    const char *type;
    const char *collation;
} rg_type_attr;

typedef struct rg_domain_check {
    const char *name;
    rg_expr expr;
    bool not_valid;
} rg_domain_check;

typedef struct rg_type {
    const char *schema, *name;
    rg_typekind kind;
    RG_VEC(const char *) labels;     /* enum, in sort order */
    const char *base_type;           /* domain */
    const char *collation;           /* domain */
    bool not_null;                   /* domain */
    bool has_default;
    rg_expr dflt;                    /* domain */
    RG_VEC(rg_domain_check) checks;  /* domain */
    RG_VEC(rg_type_attr) attrs;      /* composite */
    const char *definition;          /* range / base: canonical option list */
    const char *comment;
    bool dropped;
    rg_origin origin;
} rg_type;

/* ---- views -------------------------------------------------------------- */

typedef struct rg_view {
    const char *schema, *name;
    bool materialized;
    rg_expr query;                   /* normalised as pg_get_viewdef would */
    const char **columns;            /* output column names */
    size_t ncolumns;
    const char *options;             /* WITH (security_barrier, ...) */
    const char *check_option;        /* NULL, "local", "cascaded" */
    bool with_no_data;               /* materialized view */
    RG_VEC(rg_trigger) triggers;     /* INSTEAD OF triggers */
    rg_map trigger_map;
    const char **column_comments;    /* parallel to columns, NULL entries */
    const char *comment;
    const char *search_path;         /* in effect at creation, for re-emit */
    bool dropped;
    rg_origin origin;
} rg_view;

/* ---- functions ---------------------------------------------------------- */

typedef struct rg_func_arg {
    const char *name;                /* "" if unnamed */
    const char *type;                /* canonical */
    char mode;                       /* 'i','o','b' (inout),'v' (variadic),'t' (table) */
    rg_expr dflt;                    /* key NULL if none */
} rg_func_arg;

typedef struct rg_function {
    const char *schema, *name;
    const char *signature;           /* "schema.name(integer, text)" — identity
                                      * args only, the lookup key */
    bool procedure;
    rg_func_arg *args;
    size_t nargs;
    const char *returns;             /* canonical, "SETOF x", "TABLE(...)", NULL for procedures */
    const char *language;
    const char *body;                /* first AS string, as PostgreSQL stores prosrc
                                      * (C functions: the object file) */
    const char *body2;               /* C functions: link symbol (second AS string) */
    const char *sql_body;            /* BEGIN ATOMIC / RETURN body, normalised */
    const char *attributes;          /* canonical option list, every property in
                                      * one order, defaults included: "VOLATILE
                                      * CALLED ON NULL INPUT SECURITY INVOKER
                                      * PARALLEL UNSAFE NOT LEAKPROOF COST 100
                                      * [ROWS 1000] [WINDOW] [SET k TO 'v'...]"
                                      * (SET entries sorted); procedures:
                                      * "SECURITY INVOKER [SET ...]" */
    const char *comment;
    const char *search_path;         /* its own SET search_path value as written
                                      * ("'public', 'pg_temp'"), or NULL; also in
                                      * `attributes` */
    bool dropped;
    rg_origin origin;
    /* Appended (interp): private parsed option state, so ALTER FUNCTION
     * can re-derive `attributes`. Not for other stages. */
    const void *attr_state;
} rg_function;

/* ---- extended statistics (CREATE STATISTICS) ----------------------------- */

/* PostgreSQL keeps the plain columns as a set of attribute numbers and the
 * expressions in order; pg_dump prints the columns in the table's column
 * order, then the expressions. Statistics on materialized views are kept
 * as opaque statements. */
typedef struct rg_statistics {
    const char *schema, *name;
    const char *table_schema, *table_name;
    const char **columns;            /* in the table's column order */
    size_t ncolumns;
    rg_expr *exprs;                  /* in the order written */
    size_t nexprs;
    /* The kinds built: the named ones, else all three; none for a single
     * expression (PostgreSQL builds only its expression statistics). */
    bool ndistinct, dependencies, mcv;
    int target;                      /* ALTER STATISTICS ... SET STATISTICS; -1 = default */
    const char *comment;
    bool dropped;
    rg_origin origin;
} rg_statistics;

/* ---- other objects ------------------------------------------------------ */

typedef struct rg_schema {
    const char *name;
    const char *comment;
    bool dropped;
    rg_origin origin;
} rg_schema;

typedef struct rg_extension {
    const char *name;
    const char *schema;              /* WITH SCHEMA, else the extension's fixed
                                      * schema, else the creation schema */
    const char *version;             /* NULL = default */
    const char *comment;
    bool dropped;
    rg_origin origin;
} rg_extension;

/* A privilege held: one row of the ACL of an object. */
typedef struct rg_grant {
    const char *object;              /* "table public.t", "schema app", ... */
    const char *grantee;             /* role, or "PUBLIC" */
    const char *privilege;           /* "SELECT", "USAGE", ... */
    const char *columns;             /* column-level grants: "(a, b)" or NULL */
    bool grant_option;
} rg_grant;

/*
 * A statement the interpreter does not model (CREATE AGGREGATE, OPERATOR,
 * TEXT SEARCH ..., RULE, CAST, PUBLICATION, ...). Kept, compared by its
 * normalised text, reported in diagnostics as `unmodelled`.
 */
typedef struct rg_opaque {
    const char *kind;                /* e.g. "CREATE AGGREGATE" */
    const char *identity;            /* "<kind> <name>" when known (aggregates and
                                      * operators with argument types: "CREATE
                                      * AGGREGATE public.agg(integer)"), else the key */
    rg_expr stmt;                    /* normalised key + SQL text */
    bool dropped;
    rg_origin origin;
    const char *search_path;         /* in effect at creation (names in the
                                      * text resolve through it), for re-emit */
} rg_opaque;

/* ---- the catalog -------------------------------------------------------- */

typedef struct rg_catalog {
    rg_arena *arena;
    RG_VEC(rg_schema) schemas;
    RG_VEC(rg_extension) extensions;
    RG_VEC(rg_type) types;
    RG_VEC(rg_sequence) sequences;
    RG_VEC(rg_function) functions;
    RG_VEC(rg_table) tables;
    RG_VEC(rg_index) indexes;
    RG_VEC(rg_view) views;
    RG_VEC(rg_opaque) opaque;
    RG_VEC(rg_grant) grants;         /* unordered: REVOKE swap-removes rows */
    RG_VEC(rg_statistics) statistics;

    rg_map schema_map;               /* name -> rg_schema * */
    rg_map extension_map;            /* name -> rg_extension * */
    rg_map type_map;                 /* "schema.name" -> rg_type * */
    rg_map relation_map;             /* "schema.name" -> rg_relref * (any relkind) */
    rg_map function_map;             /* signature -> rg_function * */
    rg_map function_name_map;        /* "schema.name" -> first rg_function * (any arity) */
    rg_map constraint_names;         /* "schema.conname" -> non-NULL: PG's
                                      * per-namespace constraint name check */
    rg_map opaque_map;               /* identity -> rg_opaque * */
    rg_map grant_map;                /* "object|grantee|privilege|columns" -> rg_grant * */
    rg_map statistics_map;           /* "schema.name" -> rg_statistics * */

    /* Interpreter state that statements change. */
    const char **search_path;        /* schema names, "$user" dropped */
    size_t nsearch_path;
    int server_version;              /* 15 */
    /* Appended (interp): how many tables were ever given a parent
     * (INHERITS / PARTITION OF / ATTACH); 0 lets ALTER skip child scans. */
    size_t nchild_tables;
    /* Appended (interp): PostgreSQL's resolution of the SQL inside DDL,
     * when a later stage installed it (rg_catalog_set_sql_checker), and
     * the check_function_bodies setting (on; pg_dump turns it off). */
    const struct rg_sql_checker *sql_checker;
    bool skip_function_bodies;
    /* Appended (interp): the interpreter's lookups by table (catidx.c),
     * built on first use; private to the catalog stage. */
    struct rg_catidx *idx;
} rg_catalog;

/*
 * SQL inside DDL, as PostgreSQL resolves it when the statement runs: a
 * view's query, the statements of a SQL function or procedure body
 * (check_function_bodies), PL/pgSQL's embedded SQL, a CHECK / DEFAULT /
 * USING expression over a table's columns, a cast between two types. The
 * catalog stage states the question; the simulate stage, which owns name
 * and type resolution, answers it (rg_sim_strict_catalog). Without a
 * checker these are not checked.
 */
typedef enum { RG_SQL_QUERY, RG_SQL_EXPR, RG_SQL_CAST, RG_SQL_PLPGSQL } rg_sql_kind;

typedef struct rg_sql_var {
    const char *name;                /* NULL: positional only ($n) */
    const char *type;                /* canonical; NULL when unknown */
} rg_sql_var;

typedef struct rg_sql_probe {
    rg_sql_kind kind;
    const void *tree;                /* QUERY: a statement node; EXPR: an expression node */
    const char *text;                /* PLPGSQL: the body's source */
    const rg_table *table;           /* EXPR: its columns are in scope; PLPGSQL: NEW/OLD */
    const rg_sql_var *vars;          /* parameters ($1.. in order) or variables */
    size_t nvars;
    const char *const *search_path;
    size_t nsearch_path;
    const char *from_type, *to_type; /* CAST; EXPR: to_type = the type it must fit, or NULL */
} rg_sql_probe;

typedef struct rg_sql_checker {
    /* Returns true when PostgreSQL would reject it; then *sqlstate and
     * *message (PostgreSQL's wording, in arena `a`) say why. */
    bool (*rejects)(rg_catalog *c, const rg_sql_probe *pr, rg_arena *a, const char **sqlstate,
                    const char **message);
} rg_sql_checker;

void rg_catalog_set_sql_checker(rg_catalog *c, const rg_sql_checker *k);
/* A new session, as each migration file gets: search_path back to the
 * server default, check_function_bodies on. */
void rg_catalog_reset_session(rg_catalog *c);

/* What a relation name refers to. */
typedef enum { RG_REL_TABLE, RG_REL_VIEW, RG_REL_SEQUENCE, RG_REL_INDEX } rg_relkind;
typedef struct rg_relref {
    rg_relkind kind;
    void *obj;                       /* rg_table * / rg_view * / rg_sequence * / rg_index * */
    /* Appended (interp): the index of a PRIMARY KEY / UNIQUE / EXCLUDE
     * constraint is not an rg_index; its name is registered with kind
     * RG_REL_INDEX, obj NULL and owner_table = "schema.table" of the table
     * whose constraint (same name as the index) owns it. */
    const char *owner_table;
} rg_relref;

rg_catalog *rg_catalog_new(void);    /* holds schemas public (and pg_catalog implicitly) */
void rg_catalog_free(rg_catalog *c);
/* A deep copy that statements can be applied to without touching `c`.
 * It shares c's strings and parse trees (never written to), so c must
 * outlive it. */
rg_catalog *rg_catalog_clone(const rg_catalog *c);

/*
 * Applies every statement of a script, in order. Statements it does not
 * model become rg_opaque objects plus a note; statements that would fail
 * on PostgreSQL (a column added twice, a drop of a missing table without IF
 * EXISTS) are error diagnostics at the statement's location. Returns 0, or
 * RG_EINPUT when an error diagnostic was added.
 */
int rg_catalog_apply(rg_catalog *c, const rg_script *s, rg_diags *d);
/* Applies two scripts to two catalogs at once, on two threads (the old and
 * new snapshot of a diff). Diagnostics come out in order: a's, then b's. */
int rg_catalog_apply_pair(rg_catalog *a, const rg_script *sa, rg_catalog *b,
                          const rg_script *sb, rg_diags *d);
/* Applies one statement (the planner uses this for its own steps). */
int rg_catalog_apply_stmt(rg_catalog *c, const rg_stmt *st, rg_diags *d);

/* Convenience: parse one path and build its catalog. */
int rg_catalog_from_path(rg_catalog **out, rg_parser *p, const char *path, rg_diags *d);

/* Lookups ("schema" NULL = resolve through the search_path). */
rg_table *rg_catalog_table(const rg_catalog *c, const char *schema, const char *name);
rg_view *rg_catalog_view(const rg_catalog *c, const char *schema, const char *name);
rg_sequence *rg_catalog_sequence(const rg_catalog *c, const char *schema, const char *name);
rg_index *rg_catalog_index(const rg_catalog *c, const char *schema, const char *name);
rg_type *rg_catalog_type(const rg_catalog *c, const char *schema, const char *name);
rg_statistics *rg_catalog_statistics(const rg_catalog *c, const char *schema, const char *name);
rg_column *rg_table_column(const rg_table *t, const char *name);
rg_constraint *rg_table_constraint(const rg_table *t, const char *name);

/* The SQL text of an expression (deparsed on first use). */
const char *rg_expr_sql(rg_catalog *c, const rg_expr *e);

/* ---- canonical output --------------------------------------------------- */

/* The catalog as canonical DDL: deterministic, dependency-ordered, every
 * name explicit. Reading it back gives an equal catalog. */
void rg_catalog_to_sql(rg_catalog *c, rg_buf *out);
/* The catalog as JSON (stable key order). */
void rg_catalog_to_json(rg_catalog *c, rg_buf *out);

/* Identifier quoting as PostgreSQL's quote_ident does it. */
void rg_quote_ident(rg_buf *out, const char *ident);
const char *rg_quote_ident_a(rg_arena *a, const char *ident);
/* "schema.name" with each part quoted when needed. */
const char *rg_qualified_a(rg_arena *a, const char *schema, const char *name);

#endif
