/*
 * diffint.h — internal to the diff stage: the context shared by the files
 * that compare one family of objects each (diff.c: catalog-level objects
 * and ordering; diff_table.c: tables and what hangs off them) and the
 * helpers they use to name objects and record changes.
 *
 * Every comparison looks the other side up by name in a hash map, so a
 * diff costs time linear in the size of the two catalogs.
 */
#ifndef ROLLGATE_DIFFINT_H
#define ROLLGATE_DIFFINT_H

#include <stdbool.h>

#include "rollgate/diff.h"

/*
 * Ordering groups. Drops come first, dependants before what they depend
 * on; then creates and alters, dependencies before dependants. Within a
 * group changes are sorted by object name (see diff.c).
 */
typedef enum {
    G_DROP_GRANT,
    G_DROP_OPAQUE,
    G_DROP_POLICY,
    G_DROP_TRIGGER,
    G_DROP_VIEW,
    G_DROP_FK,
    G_DROP_INDEX,
    G_DROP_STATISTICS, /* before the columns they use: dropping one drops them */
    G_DROP_CONSTRAINT,
    G_DROP_COLUMN,
    G_DROP_TABLE,
    G_DROP_FUNCTION,
    G_DROP_SEQUENCE,
    G_DROP_TYPE,
    G_DROP_EXTENSION,
    G_DROP_SCHEMA,
    G_SCHEMA,
    G_EXTENSION,
    G_TYPE,
    G_FUNCTION,
    G_SEQUENCE,
    G_TABLE,
    G_COLUMN,
    G_CONSTRAINT,
    G_INDEX,
    G_FK,
    G_VIEW,
    G_VIEW_INDEX,   /* indexes on materialized views: after the views */
    G_STATISTICS,
    G_TRIGGER,
    G_POLICY,
    G_OPAQUE,
    G_COMMENT,
    G_GRANT
} dgroup;

/* A change before ordering: the public record plus its sort keys. */
typedef struct pchange {
    rg_change c;
    dgroup group;
    int depth;      /* partitions/children after parents on create, before on drop */
    size_t rank;    /* views and types: creation order (see diff.c) */
    size_t idx;     /* emission order: the final tie-breaker */
} pchange;

typedef struct dctx {
    rg_arena *a;
    const rg_catalog *old, *new;
    RG_VEC(pchange) ch;
    rg_buf key;     /* scratch for lookup keys */
    size_t rank;    /* rank of the view or type being compared */
    rg_map dropped_owner; /* "schema.table" and "schema.table.column" gone
                           * in new: sequences they own go with them */
} dctx;

/* Records a change; returns it so callers can add tables or a hint. */
rg_change *rg_diff_emit(dctx *x, dgroup g, rg_change_op op, rg_objkind ok,
                        rg_change_kind kind, const char *object, const char *detail,
                        const void *old_obj, const void *new_obj);
void rg_diff_set_depth(dctx *x, int depth); /* of the last emitted change */

/* "schema.name" lookup key, valid until the next call (scratch buffer). */
const char *rg_diff_key2(dctx *x, const char *schema, const char *name);
/* The relation of that name and kind in `c`, or NULL. */
void *rg_diff_relation(dctx *x, const rg_catalog *c, rg_relkind k,
                       const char *schema, const char *name);

/* Display names: identifiers quoted as PostgreSQL's quote_ident would. */
const char *rg_diff_qname(dctx *x, const char *schema, const char *name);
const char *rg_diff_qname3(dctx *x, const char *schema, const char *table,
                           const char *member);
/* A string literal 'it''s' for details. */
const char *rg_diff_literal(dctx *x, const char *s);

/* NULL-safe string equality (both NULL = equal). */
bool rg_diff_streq(const char *a, const char *b);
/* Expression equality by normalised key (both absent = equal). */
bool rg_diff_expr_eq(const rg_expr *a, const rg_expr *b);
/* Printable SQL of an expression ("" when absent). */
const char *rg_diff_expr_sql(const rg_catalog *c, const rg_expr *e);

/* Accumulates "; "-separated parts of a detail. */
typedef struct dparts {
    rg_buf b;
} dparts;
void rg_diff_part(dparts *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The detail in x's arena (NULL when empty); frees the parts. */
const char *rg_diff_parts_done(dctx *x, dparts *p);

/* Comments are equal (NULL and "" both mean none). */
bool rg_diff_comment_eq(const char *a, const char *b);
/* Comments of any object: one alter_comment when they differ. */
void rg_diff_comment(dctx *x, rg_objkind ok, const char *object, const char *oldc,
                     const char *newc, const void *o, const void *n);

/* diff_table.c: tables, columns, constraints, indexes, triggers, policies. */
void rg_diff_tables(dctx *x);
void rg_diff_indexes(dctx *x);
/* diff.c: extended statistics (the registry's diff column). */
void rg_diff_statistics(dctx *x);
/* Triggers of a table or view (views carry INSTEAD OF triggers). */
void rg_diff_triggers(dctx *x, const char *schema, const char *name,
                      const rg_trigger *ov, size_t on, const rg_map *omap,
                      const rg_trigger *nv, size_t nn, const rg_map *nmap,
                      const rg_table *ot, const rg_table *nt);

#endif
