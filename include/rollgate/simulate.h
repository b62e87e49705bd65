/*
 * simulate.h — stage 5: the rolling deploy. Loads the queries of each
 * application version (--app NAME=PATH), checks each query against a
 * catalog the way PostgreSQL 15 would at PREPARE time (names through
 * search_path, aliases, joins, CTEs, subqueries, `*`, functions, ON
 * CONFLICT arbiters, NOT NULL columns an INSERT omits, literal/parameter
 * type checks), and walks a plan's timeline: the catalog after every
 * stage (and after every statement of a migration stage), every live
 * query of every live app, one compatibility row per (stage, app, query).
 *
 * Ownership: apps and their queries live in the arena given to the
 * loader (trees live in the rg_parser, which must outlive them); a
 * simulation result owns one arena, freed by rg_sim_free.
 */
#ifndef ROLLGATE_SIMULATE_H
#define ROLLGATE_SIMULATE_H

#include <stdbool.h>

#include "rollgate/catalog.h"
#include "rollgate/plan.h"

/* ---- query sets --------------------------------------------------------- */

typedef struct rg_query {
    const char *name;        /* sqlc `-- name: X`, else "FILE:LINE" */
    const rg_source *src;    /* the file it came from (CSV: the CSV file) */
    size_t offset;           /* byte offset of its first token in src */
    const char *text;        /* the statement text */
    const void *tree;        /* PgQuery__Node *, NULL when it does not parse */
    const char *syntax_error;/* "FILE:LINE:COL: message" when tree is NULL */
    long calls;              /* pg_stat_statements `calls`, else 0 */
} rg_query;

typedef struct rg_app {
    const char *name;        /* "v1" */
    const char *path;
    rg_query *queries;       /* in file order */
    size_t nqueries;
} rg_app;

/*
 * Loads one app: PATH is a .sql file, a folder of .sql (and .csv) files
 * read in name order, or a .csv export of pg_stat_statements (column
 * `query`, optional `calls`). A query that does not parse is kept with
 * tree NULL and syntax_error set (it is a verdict, not a load failure).
 * Each distinct query text is parsed once (the rg_parser dedupes).
 * Returns RG_OK, or RG_EIO / RG_EINPUT (unreadable path, bad CSV) with a
 * diagnostic in d.
 */
int rg_app_load(rg_app *out, rg_arena *a, rg_parser *p, const char *name, const char *path,
                rg_diags *d);

/* ---- checking one query against one catalog ----------------------------- */

typedef enum { RG_VERDICT_OK, RG_VERDICT_WARNING, RG_VERDICT_ERROR } rg_verdict;

const char *rg_verdict_name(rg_verdict v); /* "ok", "warning", "error" */

/*
 * Codes. What PREPARE (and EXPLAIN EXECUTE) would reject: missing_relation,
 * missing_column, ambiguous_column, missing_schema, missing_function,
 * missing_type, no_conflict_target, type_mismatch, syntax_error,
 * grouping_error, generated_column, undetermined_parameter. What fails or
 * goes wrong when the query runs: not_null_violation, deferrable_arbiter
 * (errors); from the timeline: data_divergence (error), select_star_shape
 * and transient_break (a break repaired later in the same stage: warnings).
 */
typedef struct rg_check {
    rg_verdict verdict;
    const char *code;        /* "" when ok; "missing_column", ... */
    const char *detail;      /* "" when ok; PostgreSQL's wording where possible */
    const char *star_shape;  /* top-level `*` expansion ("t.a integer, t.b text")
                              * or NULL when the query expands no `*` */
    /* What the query writes and reads, "schema.table.column" (and
     * "schema.table" for whole-row writes), for data divergence. */
    const char **writes;
    size_t nwrites;
    const char **reads;
    size_t nreads;
} rg_check;

/* A checker bound to one catalog (it caches name lookups; rebuild it
 * after the catalog changes). */
typedef struct rg_checker rg_checker;
rg_checker *rg_checker_new(rg_catalog *c);
void rg_checker_free(rg_checker *k);

/* Checks one query; strings of the result live in `a`. */
rg_check rg_check_query(rg_checker *k, const rg_query *q, rg_arena *a);

/*
 * `rollgate check`: every query of every app against one catalog, as CSV
 * `app,query,verdict,code,detail` (header row included). Returns the number
 * of error verdicts.
 */
size_t rg_check_apps_csv(rg_catalog *c, const rg_app *apps, size_t napps, rg_buf *out);

/*
 * Makes catalog c resolve the SQL inside DDL as PostgreSQL does when the
 * statement runs (views, SQL bodies, DO blocks, expressions, casts; see
 * rg_sql_probe): what PostgreSQL would reject becomes an error diagnostic
 * with its SQLSTATE. The plan's self-check uses it.
 */
void rg_sim_strict_catalog(rg_catalog *c);

/* ---- the timeline ------------------------------------------------------- */

typedef struct rg_compat_row {
    int stage;
    const char *app;
    const char *query;
    rg_verdict verdict;
    const char *code;        /* "" when ok */
    const char *detail;
} rg_compat_row;

/* An error verdict caused by a plan step that runs while an app that needs
 * what it changes is still live: what the planner's feedback reads. */
typedef struct rg_sim_break {
    int stage;               /* the stage's index */
    const char *stage_name;
    int step;                /* the plan step's number */
    const char *file;        /* "migrations/0001_expand_schema.up.sql" */
    int statement;           /* in that file, 1-based (SET lock_timeout counts) */
    const char *op, *object; /* the step's lock model op and object ("" none) */
    const char *app, *query; /* what breaks */
    const char *code, *detail; /* its verdict */
} rg_sim_break;

typedef struct rg_sim {
    rg_arena *arena;
    rg_compat_row *rows;     /* stage order, then app order, then query order */
    size_t nrows;
    size_t nerrors, nwarnings;
    rg_sim_break *breaks;    /* in timeline order */
    size_t nbreaks;
    /* One error-level finding per break ("step_breaks_live_app"), worded
     * for people. */
    rg_finding *findings;
    size_t nfindings, findings_cap;
} rg_sim;

/*
 * Simulates plan p: starts from a clone of the plan's old catalog,
 * applies each migration stage's files statement by statement,
 * and checks every query of every app live in each stage (apps matched by
 * name to the stage's `apps` list). Returns RG_OK (verdicts are in *out,
 * errors included) or RG_EINPUT / RG_EINTERNAL when a step does not
 * load.
 */
int rg_simulate_plan(rg_sim **out, const rg_plan *p, const rg_app *apps, size_t napps);
void rg_sim_free(rg_sim *s);

/* compatibility.csv: `stage,app,query,verdict,code,detail`. */
int rg_sim_write_csv(const rg_sim *s, rg_buf *out);
/* Writes it as DIR/compatibility.csv (temporary file, then renamed into
 * place; src/emit). Returns RG_OK or RG_EIO with an error diagnostic in
 * diags. */
int rg_emit_compat_csv(const rg_sim *s, const char *dir, rg_diags *diags);

#endif
