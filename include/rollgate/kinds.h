/*
 * kinds.h — the registry of object kinds: one row per kind of schema
 * object rollgate models, and the functions each stage runs for it.
 *
 * The rg_objkind enum and the kinds' names are generated from these rows;
 * each stage expands only its own column (the preprocessor drops the
 * others, so no stage links another stage's code) and loops over the rows
 * where it treats every kind alike. Adding a kind is one row here plus
 * the functions the row names (docs/architecture.md, "Adding an object
 * kind"). Row order is the order the diff compares kinds in: tables and
 * views before the sequences, indexes and statistics that go with a
 * dropped one.
 *
 * Columns:
 *   KIND    RG_OBJ_<KIND>
 *   name    the kind in outputs (diff JSON "objkind")
 *   interp  catalog: bool f(ictx *, const pg_node *stmt) applies a statement
 *           about the kind (CREATE, ALTER, DROP, RENAME, SET SCHEMA,
 *           COMMENT), false when the statement is not about it
 *   follow  catalog: void f(ictx *, const kind_event *) keeps the kind's
 *           objects right when a table, column or schema they name is
 *           dropped, renamed or moved
 *   diff    diff: void f(dctx *) compares every object of the kind
 *   shape   plan: void f(planner *, const rg_change *) the steps for any
 *           change of the kind
 *   prepass plan: void f(planner *) runs once before any change is shaped,
 *           for steps other shapes make necessary (statistics on a column
 *           that moves to a new type must follow it)
 *   create, drop, alter: the lock-model operations (models/pg/locks.csv)
 *           the shape gives its steps; a test checks every server version
 *           has them
 *
 * 0 in a column: the kind is handled with its owner (columns, constraints,
 * triggers and policies with their table), or, for the kinds older than
 * this registry, by the interpreter's statement switch (interp.c) and the
 * planner's change-kind switch (plan_shapes.c).
 *
 * Output order is not the registry's: the canonical DDL follows
 * PostgreSQL's dependency order and the JSON keeps its documented key
 * order, so a kind also adds its printer and one call to each
 * (catalog/ddl.c, catalog/json.c).
 */
#ifndef ROLLGATE_KINDS_H
#define ROLLGATE_KINDS_H

#define RG_OBJKINDS(X)                                                                              \
    /* KIND       name          interp  follow  diff              shape  prepass  create  drop  alter */\
    X(SCHEMA,     "schema",     0,      0,      diff_schemas,     0,     0,       0,      0,    0)  \
    X(EXTENSION,  "extension",  0,      0,      diff_extensions,  0,     0,       0,      0,    0)  \
    X(TYPE,       "type",       0,      0,      diff_types,       0,     0,       0,      0,    0)  \
    X(FUNCTION,   "function",   0,      0,      diff_functions,   0,     0,       0,      0,    0)  \
    X(TABLE,      "table",      0,      0,      rg_diff_tables,   0,     0,       0,      0,    0)  \
    X(COLUMN,     "column",     0,      0,      0,                0,     0,       0,      0,    0)  \
    X(CONSTRAINT, "constraint", 0,      0,      0,                0,     0,       0,      0,    0)  \
    X(VIEW,       "view",       0,      0,      diff_views,       0,     0,       0,      0,    0)  \
    X(SEQUENCE,   "sequence",   0,      0,      diff_sequences,   0,     0,       0,      0,    0)  \
    X(INDEX,      "index",      0,      0,      rg_diff_indexes,  0,     0,       0,      0,    0)  \
    X(STATISTICS, "statistics", statistics_interp, statistics_follow, rg_diff_statistics,           \
      pl_shape_statistics, pl_prepass_statistics,                                                   \
      "create_statistics", "drop_statistics", "alter_statistics_target")                            \
    X(TRIGGER,    "trigger",    0,      0,      0,                0,     0,       0,      0,    0)  \
    X(POLICY,     "policy",     0,      0,      0,                0,     0,       0,      0,    0)  \
    X(OPAQUE,     "opaque",     0,      0,      diff_opaque,      0,     0,       0,      0,    0)

#endif
