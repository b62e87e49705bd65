/*
 * diff.h — stage 3: catalog × catalog → ordered changes.
 *
 * Changes come out in a deterministic order that is also a valid order to
 * apply them in (creates of what others depend on first, drops of
 * dependants first). Each change names its object and carries typed
 * pointers into both catalogs for the planner.
 */
#ifndef ROLLGATE_DIFF_H
#define ROLLGATE_DIFF_H

#include "rollgate/catalog.h"

typedef enum { RG_CHANGE_ADD, RG_CHANGE_DROP, RG_CHANGE_ALTER } rg_change_op;

typedef struct rg_change {
    int seq;                    /* 1-based position in the diff */
    rg_change_op op;
    rg_objkind objkind;
    const char *kind;           /* stable code: "add_table", "drop_column",
                                 * "alter_column_type", "add_constraint", ... */
    const char *object;         /* "public.posts", "public.posts.body",
                                 * "public.posts.posts_pkey", "public.f(integer)" */
    const char *detail;         /* human-readable: "integer -> bigint" */
    /* The objects on each side (NULL where absent): rg_table *, rg_column *,
     * rg_constraint *, ... as objkind says; tables for table-owned objects. */
    const void *old_obj, *new_obj;
    const rg_table *old_table, *new_table;
    const char *rename_hint;    /* "possible rename of public.t.a to b", or NULL */
} rg_change;

typedef struct rg_diff {
    rg_arena *arena;
    rg_change *v;
    size_t n;
} rg_diff;

int rg_diff_catalogs(rg_diff **out, const rg_catalog *old_cat, const rg_catalog *new_cat);
void rg_diff_free(rg_diff *d);

/* Output formats of `rollgate diff` (csv = changes.csv of the contract). */
void rg_diff_write_text(const rg_diff *d, rg_buf *out);
int rg_diff_write_csv(const rg_diff *d, rg_buf *out);
void rg_diff_write_json(const rg_diff *d, rg_buf *out);

#endif
