/*
 * norm_internal.h — shared between the normaliser's files (normalize.c:
 * types, names, public entry points; norm_expr.c: the generic key
 * serialiser and its expression rewrites; norm_view.c: view queries with
 * name scopes). Nothing outside src/catalog/norm*.c includes it.
 */
#ifndef ROLLGATE_NORM_INTERNAL_H
#define ROLLGATE_NORM_INTERNAL_H

#include <stdbool.h>

#include "catalog/normalize.h"

typedef struct norm_scope norm_scope; /* a SELECT level's FROM items, norm_view.c */

/* Deepest nesting written out; deeper subtrees become "{deep}" (the
 * grammar allows ~10000 levels, more than a C stack under ASan likes). */
enum { NORM_MAX_DEPTH = 3000 };

/* One key being written. */
typedef struct ser {
    const rg_normctx *x;
    rg_buf *out;
    bool view;           /* SELECT levels get scopes (ruleutils rules) */
    bool view_rule;      /* a view's query: OLD and NEW take their names */
    norm_scope *scope;   /* innermost SELECT level, NULL outside one */
    const rg_table *outer_table; /* table of a table expression, pushed as
                                  * an outer scope at the first subquery */
    norm_scope *table_scope; /* that scope: its columns print unqualified
                              * at top level */
    rg_arena *tmp;       /* scratch for this key (created on first use),
                          * freed with it */
    int depth;
} ser;

/* ---- norm_expr.c -------------------------------------------------------- */
void norm_node(ser *s, const pg_node *n);
/* Every field of a message except those named in `skip` (NULL-terminated). */
void norm_fields(ser *s, const void *msg, const char *const *skip);
void norm_list(ser *s, pg_node *const *v, size_t n);
/* An ORDER BY item; expr_key, when given, replaces its expression. */
void norm_sortby(ser *s, const pg_SortBy *sb, const char *expr_key);
/* A FROM-list relation: "{rel 'schema.name' ...}" without its alias. */
void norm_relname(ser *s, const pg_RangeVar *rv);     /* 'text' with '' doubling */

/* ---- norm_literal.c ----------------------------------------------------- */
/* A string constant that reads as a timestamp or interval, in the
 * spelling PostgreSQL's output function gives it; false otherwise. */
bool norm_value_literal(rg_buf *b, const char *text);

/* ---- norm_fold.c -------------------------------------------------------- */
/* The text `text` as the input function of `type` (a bare canonical name:
 * boolean, smallint, integer, bigint, numeric, real, double precision)
 * reads it and its output function prints it; false for other types and
 * for text PostgreSQL would reject. */
bool norm_fold_value(rg_buf *b, const char *type, const char *text);

/* ---- normalize.c -------------------------------------------------------- */
void norm_qualified(rg_buf *b, const char *schema, const char *name);
/* Schema a relation name resolves to through search_path (or the schema it
 * would be created in); never NULL. */
const char *norm_relation_schema(const rg_normctx *x, const char *schema, const char *name);
/* Where CREATE puts an unqualified object: the first existing
 * search_path schema. */
const char *norm_creation_schema(const rg_catalog *c);
/* Writes "schema.name" of a relation named by a regclass-style string
 * ('t_id_seq', 'public."Foo"'), resolved like PostgreSQL's regclassin. */
void norm_regclass_text(rg_buf *b, const rg_normctx *x, const char *text);
/* Canonical type text into b (no arena copy). */
void norm_typename_buf(rg_buf *b, const rg_normctx *x, const pg_TypeName *tn, bool typmods);

/* Whether PostgreSQL applies a cast from `source` to `target` (canonical
 * type names, modifiers ignored) on its own: same type, an implicit
 * pg_cast entry (models/pg/implicit_casts.csv), a domain to its base, or
 * arrays of such. Such casts are what pg_dump shows that DDL did not say. */
bool norm_implicit_cast(const rg_normctx *x, const char *source, const char *target);

/* A canonical type without modifiers ("numeric(10,2)" → "numeric"), and
 * with domains replaced by their base type when resolve_domains is set. */
void norm_bare_type(rg_buf *b, const rg_normctx *x, const char *type, bool resolve_domains);

/* ---- norm_view.c -------------------------------------------------------- */
/* A SELECT statement in view mode; returns output names via cols. */
void norm_view_select(ser *s, const pg_SelectStmt *sel, const char ***cols, size_t *ncols);
/* A column reference in view mode: resolved and qualified. */
void norm_view_columnref(ser *s, const pg_ColumnRef *cr);
/* Subqueries in a table expression (policies) see the table as an outer
 * range-table entry, as pg_get_expr's deparse context has it. */
void norm_view_push_table(ser *s, const rg_table *t);
void norm_view_pop_table(ser *s);
/* The canonical type of the column a reference resolves to in the view
 * scopes, or NULL when unknown. */
const char *norm_view_column_type(const ser *s, const pg_ColumnRef *cr);
/* A relation in a FROM list: true if it names a CTE in scope. */
bool norm_view_is_cte(const ser *s, const pg_RangeVar *rv);

#endif
