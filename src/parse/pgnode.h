/*
 * pgnode.h — internal: typed access to libpg_query's protobuf parse trees
 * for the stages that interpret them (catalog, later simulate). Nothing in
 * include/ includes this file; all calls into libpg_query itself (parse,
 * deparse, split) stay in src/parse/.
 */
#ifndef ROLLGATE_PGNODE_H
#define ROLLGATE_PGNODE_H

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include "rollgate/parse.h"

typedef PgQuery__Node pg_node;

static inline const pg_node *rg_stmt_node(const rg_stmt *s)
{
    return (const pg_node *)s->tree;
}

/* Every call into libpg_query from a thread must be preceded by this, so
 * rg_parse_shutdown knows the thread has libpg_query state to release. */
void rg_pg_mark_used(void);

/* The string value of a String node ("" if not a String). */
const char *rg_pg_str(const pg_node *n);

/*
 * Deparses one expression (a node that may stand in a SELECT target list)
 * back to SQL with libpg_query's deparser; the result lives in `a`.
 * Returns NULL if the deparser refuses the node.
 */
char *rg_pg_deparse_expr(rg_arena *a, const pg_node *expr);
/* Deparses a whole statement node (e.g. a SelectStmt of a view). */
char *rg_pg_deparse_stmt(rg_arena *a, const pg_node *stmt);

/*
 * Parses a small SQL text outside any file (synthesised defaults, canonical
 * snippets). The tree lives in `a`. Returns the first statement's node, or
 * NULL on a syntax error.
 */
const pg_node *rg_pg_parse_one(rg_arena *a, const char *sql);
/* Same, for an expression: parses "SELECT <expr>" and returns the expr. */
const pg_node *rg_pg_parse_expr(rg_arena *a, const char *expr_sql);

/* PostgreSQL 15 keyword category of a word, as libpg_query's scanner
 * reports it (PG_QUERY__KEYWORD_KIND__*; NO_KEYWORD for non-keywords).
 * Cached per word; not thread-safe. Used by rg_quote_ident. */
int rg_pg_keyword_kind(const char *ident);

/* Byte offset of a SQL-standard body (RETURN ... / BEGIN ATOMIC ...) in
 * the text of a CREATE FUNCTION statement, or -1. */
long rg_pg_sql_body_offset(const char *stmt);

#endif
