/*
 * normalize.h — internal to the catalog stage: canonical type names and
 * normalised expression keys, so that two spellings PostgreSQL treats as
 * the same object compare equal (hand-written DDL vs pg_dump output).
 *
 * Keys are computed from the raw parse tree without mutating it (trees are
 * shared between statements with the same text): a normalising serialiser
 * walks every field of the tree (rg_pg_fields), skips locations, and
 * applies PostgreSQL's own rewrites (IN → = ANY (ARRAY[...]), LIKE → ~~,
 * BETWEEN → >= AND <=, casts on constants and column references dropped,
 * constants compared by their text, names resolved through search_path).
 */
#ifndef ROLLGATE_NORMALIZE_H
#define ROLLGATE_NORMALIZE_H

#include "parse/tree.h"
#include "rollgate/catalog.h"

typedef struct rg_normctx {
    rg_catalog *cat;          /* names resolve against it (search_path too) */
    const rg_table *table;    /* column scope of table expressions; may be NULL */
} rg_normctx;

/* Canonical spelling of a TypeName: builtins as PostgreSQL prints them
 * ("integer", "character varying(40)", "timestamp with time zone",
 * "numeric(10,2)", "integer[]"), user types qualified ("public.mood"),
 * unknown extension types qualified with the schema they would be created
 * in, modifiers kept ("public.geometry(Point,4326)"). Lives in cat->arena. */
const char *rg_norm_typename(const rg_normctx *x, const pg_TypeName *tn);

/* The same without type modifiers, as format_type_be prints argument and
 * result types of functions (PostgreSQL drops their typmods):
 * varchar(10) → "character varying", char(3) → "character". */
const char *rg_norm_typename_bare(const rg_normctx *x, const pg_TypeName *tn);

/* Builtin alias → canonical name ("int4" → "integer", "timestamptz" →
 * "timestamp with time zone"), from models/pg/types.csv; NULL if the name
 * is not a builtin type. */
const char *rg_norm_builtin_type(const char *name);

/* An expression in table scope (column default, CHECK, generated column,
 * index expression or predicate, policy, trigger WHEN, partition bound). */
rg_expr rg_norm_expr(const rg_normctx *x, const pg_node *expr);

/* A column or domain default: rg_norm_expr, except that a constant is
 * keyed by the value the input function of `type` (the column's canonical
 * type; a domain counts as its base type) gives it, as PostgreSQL stores
 * it: DEFAULT 'yes' on a boolean column is true, '1.5e3' on a real one is
 * '1500'::real. Booleans, integer types, numeric, real and double precision
 * fold; other types and other expressions key as rg_norm_expr does. */
rg_expr rg_norm_expr_typed(const rg_normctx *x, const pg_node *expr, const char *type);

/* The key rg_norm_expr_typed gives a constant (under any casts) read as
 * `type`, or NULL when it is not a constant of a type that folds. Also
 * for partition bounds, whose values are read by the key column's type. */
const char *rg_norm_const_value(const rg_normctx *x, const pg_node *expr, const char *type);

/* The default serial/bigserial columns get: nextval('schema.seq'::regclass),
 * with the same key a pg_dump spelling of it has. */
rg_expr rg_norm_nextval(const rg_normctx *x, const char *seq_schema, const char *seq_name);

/* A view or materialized view query (a SelectStmt node), keyed the way
 * pg_get_viewdef prints it in PostgreSQL 15: relations schema-qualified,
 * column references qualified by their range-table name, `*` expanded,
 * every output column named. Fills the output column names. */
rg_expr rg_norm_view(const rg_normctx *x, const pg_node *select_stmt,
                     const char ***cols, size_t *ncols);

/* Location-free, normalised key of a whole statement (opaque statements,
 * SQL-standard function bodies). */
const char *rg_norm_stmt_key(const rg_normctx *x, const pg_node *stmt);

/* Resolves a possibly-qualified function name through search_path against
 * the catalog's functions; returns the schema to print ("" for builtins). */
const char *rg_norm_func_schema(const rg_normctx *x, const char *schema, const char *name);

/* The same for an operator class name (index elements, exclusion
 * constraints): "" for builtins, else the schema pg_dump prints. */
const char *rg_norm_opclass_schema(const rg_normctx *x, const char *schema, const char *name);

#endif
