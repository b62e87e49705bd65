/*
 * emit.h — internal to the catalog stage: the one order in which the
 * canonical outputs (ddl.c: SQL, json.c: JSON) list a catalog's objects,
 * so both print the same objects in the same sequence.
 *
 * Categories are sorted by qualified name, then rearranged only where a
 * dependency demands it: types after the types they are built from,
 * tables after their parents (INHERITS, PARTITION OF), functions whose
 * signature names a table's or view's row type after that relation.
 * Views keep creation order. Dropped objects are left out.
 */
#ifndef ROLLGATE_EMIT_H
#define ROLLGATE_EMIT_H

#include "rollgate/catalog.h"

typedef struct rg_emit_order {
    rg_catalog *c;
    rg_arena *a;                 /* the arrays below, and scratch */
    rg_schema **schemas;         size_t nschemas;
    rg_extension **extensions;   size_t nextensions;
    rg_type **types;             size_t ntypes;
    char *type_stage;            /* per type: 0 before functions, 1 after
                                  * tables (built on a row type) */
    rg_function **funcs;         size_t nfuncs;
    char *func_stage;            /* per func: 0 before tables, 1 after
                                  * tables, 2 after views */
    rg_sequence **sequences;     size_t nsequences;
    rg_table **tables;           size_t ntables;
    rg_index **indexes;          size_t nindexes;
    rg_view **views;             size_t nviews;
    rg_grant **grants;           size_t ngrants;
    rg_statistics **statistics;  size_t nstatistics;
} rg_emit_order;

void rg_emit_order_init(rg_emit_order *o, rg_catalog *c);
void rg_emit_order_free(rg_emit_order *o);

/* A table's live constraints / triggers / policies sorted by name (arrays
 * live in o->a). */
size_t rg_emit_constraints(rg_emit_order *o, const rg_table *t, rg_constraint ***out);
size_t rg_emit_triggers(rg_emit_order *o, rg_trigger *v, size_t n, rg_trigger ***out);
size_t rg_emit_policies(rg_emit_order *o, const rg_table *t, rg_policy ***out);

/* A partition's FOR VALUES ... / DEFAULT clause as SQL; NULL if t is not
 * a partition. */
const char *rg_emit_partition_bound(rg_emit_order *o, const rg_table *t);

/* Whether an index belongs to a materialized view (emitted after views). */
bool rg_emit_index_on_view(const rg_emit_order *o, const rg_index *x);

#endif
