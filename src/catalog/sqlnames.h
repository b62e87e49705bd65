/*
 * sqlnames.h — the names a SQL text creates, drops and uses, read from its
 * parse tree. The planner orders the steps of a migration file by them: a
 * step that uses a name runs after the step that creates it, a step that
 * frees a name before the one that takes it, and the dependants of an
 * object go before the object.
 *
 * Names are keyed by kind and bare name, without the schema ("r:orders" for
 * any relation — table, view, index, sequence —, "f:add" for any function
 * or procedure of that name, "t:mood" for a type or domain, "c:orders.
 * orders_pkey" for a constraint, "g:orders.audit" for a trigger, "s:app"
 * for a schema, "e:citext" for an extension). Unqualified names in bodies
 * resolve through a search_path that is not known here, so the match is by
 * name: it may see a dependency that is not there (harmless for ordering,
 * which keeps the planner's order where no dependency says otherwise), never
 * miss one that is.
 */
#ifndef ROLLGATE_SQLNAMES_H
#define ROLLGATE_SQLNAMES_H

#include <stdbool.h>

#include "rollgate/util.h"

typedef struct rg_sqlnames {
    RG_VEC(const char *) creates;
    RG_VEC(const char *) drops;
    RG_VEC(const char *) uses;
} rg_sqlnames;

/* Adds the names of every statement of `sql` to *out (strings in `a`).
 * SQL-language function bodies count: PostgreSQL checks them at creation.
 * Returns false on a syntax error (nothing added). */
bool rg_sql_names(rg_arena *a, const char *sql, rg_sqlnames *out);

#endif
