/*
 * tree.h — the declared parse-tree interface. Every stage that reads
 * PostgreSQL parse trees (catalog interpreter, normaliser, simulator)
 * includes this header and nothing from libpg_query; src/parse/ owns it.
 *
 * What it is, plainly: the trees are libpg_query 15's protobuf-c messages,
 * unchanged. This header gives them rollgate names, mapped once in the
 * generated tree_names.h (pg_CreateStmt, T_CreateStmt, OBJECT_TABLE,
 * AT_AddColumn: PostgreSQL's parsenodes.h names), and gathers what every
 * reader needs: one generic walker, the accessors repeated everywhere
 * (String values, qualified names, A_Const text, lists), FigureColname, and
 * the deparse and parse-a-snippet helpers. Field names and layout
 * (cs->relation->relname, n->a_expr->kind) still follow libpg_query 15's
 * protobuf. Moving to another libpg_query means regenerating tree_names.h
 * and adapting this file and tree.c; a field renamed in the protobuf still
 * reaches the code that reads it, and the compiler finds it there.
 */
#ifndef ROLLGATE_TREE_H
#define ROLLGATE_TREE_H

#include <stdbool.h>
#include <stddef.h>

#include <pg_query/pg_query.pb-c.h>

#include "parse/tree_names.h"
#include "rollgate/parse.h"
#include "rollgate/util.h"

static inline const pg_node *rg_stmt_node(const rg_stmt *s)
{
    return (const pg_node *)s->tree;
}

/* ---- kinds ---------------------------------------------------------------- */

/* Whether n is a node of kind k (n may be NULL). */
static inline bool rg_pg_is(const pg_node *n, pg_kind k)
{
    return n && n->node_case == k;
}

/* The kind of any message of a tree (`msg` points at a pg_X): T_RangeVar
 * for a pg_RangeVar, the wrapped kind for a pg_node, T_Invalid for the
 * few messages that are not node kinds. */
pg_kind rg_pg_msg_kind(const void *msg);
/* The message a Node holds (cast to pg_<kind>), NULL when it holds none. */
const void *rg_pg_node_msg(const pg_node *n);
/* Whether a message is a Node wrapper (pg_node) rather than a node type. */
bool rg_pg_msg_is_node(const void *msg);
/* The protobuf name of a message's type ("RangeVar", "Node"). */
const char *rg_pg_msg_name(const void *msg);
/* PostgreSQL's name of a node kind ("CreateStmt"), or NULL. */
const char *rg_pg_kind_name(pg_kind k);
/* The name of an enum value (rg_pg_enum_name(PG_ENUM_JoinType, j) →
 * "JOIN_INNER"), or NULL for a value the enum does not have. */
const char *rg_pg_enum_name(const void *pg_enum, int value);

/* ---- accessors ------------------------------------------------------------ */

/* The value of a String node ("" if n is not a String). */
const char *rg_pg_str(const pg_node *n);
/* The last String of a name list (a.b.c → "c"), "" if there is none. */
const char *rg_pg_last_str(pg_node *const *items, size_t n);
/* A possibly qualified name from a list of String nodes: the last item is
 * the name, the one before it the schema (NULL when unqualified). */
void rg_pg_qname(const pg_node *const *items, size_t n, const char **schema, const char **name);
/* A RangeVar's schema, NULL when unqualified (protobuf strings are "",
 * never NULL). */
static inline const char *rg_pg_rv_schema(const pg_RangeVar *rv)
{
    return rv && *rv->schemaname ? rv->schemaname : NULL;
}
/* The items of a List node; NULL and 0 when n is not a List. */
static inline pg_node **rg_pg_list(const pg_node *n, size_t *count)
{
    if (!rg_pg_is(n, T_List) || !n->list) {
        *count = 0;
        return NULL;
    }
    *count = n->list->n_items;
    return n->list->items;
}
/* A constant's text as PostgreSQL keeps it (integers printed into numbuf,
 * booleans "true"/"false"), NULL for NULL. */
const char *rg_pg_const_text(const pg_A_Const *c, char *numbuf, size_t numsz);
/* The constant under any casts ('x'::text::varchar → 'x'), or NULL. */
const pg_A_Const *rg_pg_const_under_casts(const pg_node *n);

/* FigureColnameInternal (parse_target.c, PostgreSQL 15): the name
 * PostgreSQL gives an unnamed target-list expression or index expression,
 * and its strength (2 = good, 1 = fallback such as a cast's type, 0 =
 * none, *name untouched). A scalar subquery takes its first target's name
 * (transformSubLink runs first, so PostgreSQL sees it resolved). */
int rg_pg_figure_colname(const pg_node *n, const char **name);

/* ---- walking -------------------------------------------------------------- */

typedef enum rg_pg_step {
    RG_PG_NEXT, /* go on, into this message's fields */
    RG_PG_SKIP, /* go on, but not below this message */
    RG_PG_STOP  /* end the walk */
} rg_pg_step;

/* What the visitor sees: one message of the tree. */
typedef struct rg_pg_visit {
    pg_kind kind;     /* T_RangeVar, ...; cast `msg` to pg_RangeVar */
    const void *msg;
    const pg_node *node; /* its Node wrapper when it sits in a Node field */
    pg_node **slot;   /* where that wrapper is stored; a private tree may be
                       * rewritten through it (never a shared one) */
    int depth;        /* 0 for the root */
} rg_pg_visit;

typedef rg_pg_step (*rg_pg_visitor)(const rg_pg_visit *v, void *ctx);

/* Pre-order walk of every message below `root` (a pg_node or any pg_X;
 * the root is visited too), following every message field through the
 * protobuf descriptors, so no node kind is ever missed. Node wrappers are
 * transparent: the visitor sees what they hold. Below RG_PG_MAX_DEPTH the
 * walk does not descend: a backstop no parsed tree reaches, since the
 * parser refuses input nested deeper than RG_MAX_NESTING and a level of
 * that measure is at most 12 messages deep (tests/harden checks the bound;
 * a smaller cap would silently skip parts of deep trees it accepted).
 * Returns true if the visitor stopped it. */
enum { RG_PG_MAX_DEPTH = 12 * RG_MAX_NESTING + 16 };
bool rg_pg_walk(const void *root, rg_pg_visitor fn, void *ctx);

/* A deep copy of a tree (a Node or any message) into the arena, for code
 * that changes a tree other objects share. Deeper than RG_PG_MAX_DEPTH,
 * NULL (no parsed tree is). */
void *rg_pg_copy(rg_arena *a, const void *root);

/* ---- generic fields (for serialisers) ------------------------------------ */

/* Bytes of one element of a repeated field of type t in a protobuf-c message. */
size_t rg_pg_elem_size(ProtobufCType t);

typedef enum rg_pg_ftype {
    RG_PG_F_INT,     /* any signed integer (value in .i) */
    RG_PG_F_UINT,    /* any unsigned integer (.u) */
    RG_PG_F_FLOAT,   /* float or double (.d; .is_float for a 32-bit one) */
    RG_PG_F_BOOL,    /* .i is 0 or 1 */
    RG_PG_F_ENUM,    /* .i, .enum_name (NULL for an unknown value) */
    RG_PG_F_STRING,  /* .s, never NULL */
    RG_PG_F_BYTES,   /* .bytes, .len */
    RG_PG_F_MESSAGE  /* .msg (NULL when absent); .is_node for a Node field */
} rg_pg_ftype;

/* One value of a field, as rg_pg_fields hands it out. */
typedef struct rg_pg_value {
    long long i;
    unsigned long long u;
    double d;
    const char *s;
    const char *enum_name;
    const unsigned char *bytes;
    size_t len;
    const void *msg;
} rg_pg_value;

/* One field of a message, in the descriptor's order. */
typedef struct rg_pg_field {
    const char *name;   /* libpg_query's field name ("location", "args") */
    rg_pg_ftype type;
    bool repeated;
    bool in_oneof;      /* a oneof member (only the set one is listed) */
    bool is_node;       /* a message field holding pg_node */
    bool is_float;
    size_t count;       /* elements of a repeated field, else 1 */
    const void *owner;  /* the message, for rg_pg_field_value */
    const void *desc;
} rg_pg_field;

/* Calls fn for every field of `msg` (scalars too), in field order. */
void rg_pg_fields(const void *msg, void (*fn)(const rg_pg_field *f, void *ctx), void *ctx);
/* Element i of a field (0 for a field that is not repeated). */
rg_pg_value rg_pg_field_value(const rg_pg_field *f, size_t i);
/* The items of a repeated Node field, NULL for any other field. */
pg_node *const *rg_pg_field_nodes(const rg_pg_field *f);
/* Whether a non-repeated field holds its protobuf default (0, "", false,
 * absent message): absent and default are the same to PostgreSQL. */
bool rg_pg_field_is_default(const rg_pg_field *f);

/* ---- libpg_query calls ----------------------------------------------------- */

/* Every call into libpg_query from a thread must be preceded by this, so
 * rg_parse_shutdown knows the thread has libpg_query state to release. */
void rg_pg_mark_used(void);

/*
 * Deparses one expression (a node that may stand in a SELECT target list)
 * back to SQL with libpg_query's deparser; the result lives in `a`.
 * Returns NULL if the deparser refuses the node.
 */
char *rg_pg_deparse_expr(rg_arena *a, const pg_node *expr);
/* Deparses a whole statement node (e.g. a SelectStmt of a view). */
char *rg_pg_deparse_stmt(rg_arena *a, const pg_node *stmt);
/* A partition bound (PartitionBoundSpec) as SQL: "FOR VALUES ...",
 * "DEFAULT"; NULL if the deparser refuses it. */
char *rg_pg_deparse_partition_bound(rg_arena *a, const pg_node *bound);

/*
 * Parses a small SQL text outside any file (synthesised defaults, canonical
 * snippets). The tree lives in `a`. Returns the first statement's node, or
 * NULL on a syntax error.
 */
const pg_node *rg_pg_parse_one(rg_arena *a, const char *sql);
/* Every statement of a text (a SQL function's body); NULL and *n = 0 on a
 * syntax error. */
const pg_node *const *rg_pg_parse_many(rg_arena *a, const char *sql, size_t *n);
/* Same, for an expression: parses "SELECT <expr>" and returns the expr. */
const pg_node *rg_pg_parse_expr(rg_arena *a, const char *expr_sql);

/*
 * The SQL a PL/pgSQL body runs (plpgsql.c): its declared variables (types
 * as written) and each embedded statement or expression, in order. `body`
 * is the text between the dollar quotes; `trigger` parses it as a trigger
 * function (NEW, OLD, TG_OP). Returns false with PostgreSQL's message in
 * *err when the body does not parse. Everything lives in `a`.
 */
typedef struct rg_plpgsql_var {
    const char *name, *type;
} rg_plpgsql_var;
typedef struct rg_plpgsql_sql {
    const char *text;
    bool expr;                       /* an expression, not a statement */
} rg_plpgsql_sql;
typedef struct rg_plpgsql {
    rg_plpgsql_var *vars;
    size_t nvars;
    rg_plpgsql_sql *sql;
    size_t nsql;
} rg_plpgsql;
bool rg_pg_plpgsql(rg_arena *a, const char *body, bool trigger, rg_plpgsql *out, const char **err);

/* PostgreSQL 15 keyword category of a word, as libpg_query's scanner
 * reports it (NO_KEYWORD, UNRESERVED_KEYWORD, ...). Cached per word.
 * Used by rg_quote_ident. */
int rg_pg_keyword_kind(const char *ident);

/* Byte offset of a SQL-standard body (RETURN ... / BEGIN ATOMIC ...) in
 * the text of a CREATE FUNCTION statement, or -1. */
long rg_pg_sql_body_offset(const char *stmt);

#endif
