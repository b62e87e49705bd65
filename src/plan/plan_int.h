/*
 * plan_int.h — internal to the plan stage: the planner's working state
 * and the helpers the shape builders (plan_shapes.c, plan_columns.c) use
 * to open files in stages and append steps with their downs.
 */
#ifndef ROLLGATE_PLAN_INT_H
#define ROLLGATE_PLAN_INT_H

#include "rollgate/plan.h"

/* Migration stages in run order; the deploy stages sit between SWITCH
 * and CONTRACT. */
enum { ST_EXPAND, ST_BACKFILL, ST_VALIDATE, ST_SWITCH, ST_CONTRACT, ST__COUNT };

/* Phases inside a stage (files sort by stage, phase, creation). */
enum {
    PH_RENAME = -1,                                   /* expand: table renames come first */
    PH_ENUM = 0, PH_MAIN = 1, PH_INDEX = 2, PH_ATTACH = 3, /* expand */
    PH_CHECKS = 0, PH_VALIDATE = 1, PH_TIGHTEN = 2, PH_KEYS = 3, /* validate: */
    PH_FKS = 4, PH_FK_VALIDATE = 5, PH_FK_PARENTS = 6,         /* keys, then foreign keys on them */
    PH_DROP_INDEX = 0, PH_DROP = 1,                   /* contract, then 2..4 */
    PH_C_CHECKS = 2, PH_C_VALIDATE = 3, PH_C_TIGHTEN = 4
};

/* Priorities of steps inside one file (stable sort). */
enum { PRIO_FIRST = 0, PRIO_NORMAL = 5, PRIO_LATE = 8 };
/* A foreign key to or from a rebuilt table: after its rows are copied
 * (PRIO_LATE + 4) and the materialized views refreshed (+ 5). */
enum { PRIO_REBUILT_FK = PRIO_LATE + 6 };

typedef struct planner {
    rg_plan *p;
    rg_arena *a;
    rg_catalog *oldc, *newc;
    const rg_diff *d;
    const rg_lockmodel *model;
    const rg_plan_opts *o;
    RG_VEC(rg_plan_file *) files;
    RG_VEC(rg_plan_step *) steps;
    rg_map main_files;        /* "stage/phase" -> shared transactional file */
    rg_map consumed;          /* change object -> non-NULL: handled by a shape */
    rg_map new_tables;        /* "schema.table" of tables the plan creates */
    rg_map dropped_tables;    /* "schema.table" of tables the plan drops */
    rg_map new_views;         /* "schema.view" of views the plan creates or makes again */
    rg_map pairs;             /* "schema.table.newcol" -> old column name (renames) */
    rg_map enum_added;        /* "schema.type" -> enum values added so far */
    rg_map enum_swapped;      /* "schema.type" -> non-NULL: re-made for a removed value */
    rg_map rebuilt_views;     /* "schema.view" -> non-NULL: dropped and re-created */
    rg_map stand_ins;         /* renamed table (new name) -> its rg_rename_hint (stand-in view) */
    rg_map rebuilt_old;       /* "schema.table_rg_old" -> non-NULL: the old copy of a rebuilt table */
    rg_map rebuilt_new;       /* "schema.table" -> non-NULL: a rebuilt table or partition (new side) */
    rg_map rebuild_refused;   /* rebuilt table -> why its rebuild is not planned (const char *) */
    rg_map stand_in_swapped;  /* renamed table -> non-NULL: its stand-in is re-made in the switch */
    /* Lookups built once per plan (plan_maps.c), so shapes never scan the
     * whole catalog per change. Keys are pl_key("schema", "table"). */
    rg_map idx_old, idx_new;  /* table -> pl_ptrs of rg_index * */
    rg_map seq_owned;         /* table -> pl_ptrs of rg_sequence * owned by its columns (old) */
    rg_map fk_refs;           /* referenced table -> pl_ptrs of pl_fkref * (old) */
    rg_map type_cols;         /* "schema.type" (plain) -> pl_ptrs of pl_colref * (old) */
    rg_map volatile_fns;      /* function name -> non-NULL: a VOLATILE function of the target */
    rg_map moved_fks;         /* pl_key(schema, table, constraint) -> non-NULL: re-pointed by a column swap */
    rg_map skip_cols;         /* change "kind|object" -> non-NULL: done by another shape */
    rg_map moved_cols;        /* table -> pl_ptrs of the names of its columns that move */
    rg_map parts_old, parts_new; /* partitioned table -> pl_ptrs of its partitions (rg_table *) */
    rg_map kids_old, kids_new;   /* "schema.index" -> pl_ptrs of the indexes attached to it */
    int seq;
} planner;

typedef RG_VEC(const void *) pl_ptrs;
typedef struct pl_fkref { const rg_table *t; const rg_constraint *k; } pl_fkref;
typedef struct pl_colref { const rg_table *t; const rg_column *c; } pl_colref;

/* Lookups (plan_maps.c). The pl_ptrs returned are never NULL. */
void pl_maps_build(planner *P);
void pl_maps_free(planner *P);
const pl_ptrs *pl_indexes_of(planner *P, bool new_side, const char *schema, const char *table);
const pl_ptrs *pl_owned_seqs(planner *P, const char *schema, const char *table);
const pl_ptrs *pl_fks_to(planner *P, const char *schema, const char *table);
const pl_ptrs *pl_type_users(planner *P, const char *schema, const char *type);
bool pl_volatile_fn(planner *P, const char *name);
const pl_ptrs *pl_partitions_of(planner *P, bool new_side, const char *schema, const char *table);
const pl_ptrs *pl_index_kids(planner *P, bool new_side, const char *schema, const char *index);
/* Appends v to the pl_ptrs under key in m (created on first use). */
void pl_add_to(planner *P, rg_map *m, const char *key, const void *v);
/* Marks a change ("kind", object) as done by another shape / asks. */
void pl_skip(planner *P, const char *kind, const char *object);
bool pl_skipped(planner *P, const char *kind, const char *object);

/* Files and steps. */
rg_plan_file *pl_main(planner *P, int stage, int phase, const char *slug);
rg_plan_file *pl_own(planner *P, int stage, int phase, const char *slug, bool no_tx);
rg_plan_step *pl_step(planner *P, rg_plan_file *f, const char *op, const char *object,
                      const char *up, const char *down);
void pl_note(planner *P, rg_plan_step *s, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void pl_lossy(rg_plan_step *s, const char *why);
/* Flags the step as taking its lock on an existing table (for notes). */
void pl_existing(planner *P, rg_plan_step *s, const char *schema, const char *table);

/* Text helpers (arena strings). */
const char *pl_q(planner *P, const char *ident);                 /* quoted ident */
const char *pl_qn(planner *P, const char *schema, const char *name); /* qualified */
const char *pl_lit(planner *P, const char *s);
/* "schema.name[.sub]" with each part quoted as the diff names objects. */
const char *pl_key(planner *P, const char *a, const char *b, const char *c);                   /* 'literal' */
/* Takes a buffer of one or more statements, strips the final ";\n". */
const char *pl_take(planner *P, rg_buf *b);
/* A name derived from parts, at most 63 bytes (PostgreSQL's NAMEDATALEN-1). */
const char *pl_name(planner *P, const char *prefix, const char *a, const char *b);

bool pl_table_is_new(planner *P, const char *schema, const char *table);

/* Table renames: renames in a scratch copy of the old schema, diffs
 * again (P->oldc, P->d change), emits the rename + stand-in view steps. */
int pl_table_renames(planner *P, const char **err);
/* Tables made again under their name (plan_rebuild.c): the old one and
 * its partitions renamed away in a scratch copy of the old schema, diffed
 * again (P->oldc, P->d change); the refused ones in P->rebuild_refused. */
int pl_table_rebuilds(planner *P, const char **err);
/* Whether foreign key k of t (new side) holds or references a rebuilt
 * table: it is added after the rows are copied (PRIO_REBUILT_FK). */
bool pl_rebuilt_fk(planner *P, const rg_table *t, const rg_constraint *k);
/* A renamed table's stand-in view (SELECT * under the old name) depends
 * on every column of the table: changing a column's type in place needs
 * it dropped first and made again after. Wraps `sql` so; unchanged when
 * the table (new name) has no stand-in. */
const char *pl_around_stand_in(planner *P, const char *schema, const char *table, const char *sql);
/* In the switch, once a table's columns have moved: the stand-in view is
 * made again so it reads the new columns (once per table). */
void pl_stand_in_switch(planner *P, const char *schema, const char *table, rg_plan_file *sw);

/* Data safety (plan_data.c): data_drop and possible_rename findings, and
 * the --allow-drop hints checked against the diff (RG_EUSAGE, *err). */
int pl_data_prepass(planner *P, const char **err);
/* Whether a type change from -> to loses values (a narrowing change); when
 * it does, out->check is an SQL condition on the quoted column col that is
 * true for the values that fit, and out->why says what would be lost. */
typedef struct pl_fit {
    const char *check;
    const char *why;
    bool cast_fails;  /* an explicit cast raises an error on such a value (never cuts it) */
    bool rounds;      /* and yet values are rounded (float precision): no check can keep them */
} pl_fit;
bool pl_type_narrows(planner *P, const char *from, const char *to, const char *col, pl_fit *out);

/* Shapes. */
void pl_views_prepass(planner *P);
void pl_shape_change(planner *P, const rg_change *c);
void pl_shape_renamed_column(planner *P, const rg_change *add, const char *oldcol);
void pl_shape_add_column(planner *P, const rg_change *c);
void pl_shape_type_change(planner *P, const rg_change *c);
void pl_not_null_path(planner *P, const rg_table *t, const char *col, bool in_contract);
/* plan_statistics.c: every change of extended statistics (the registry's
 * shape column). */
void pl_shape_statistics(planner *P, const rg_change *c);
void pl_prepass_statistics(planner *P);
/* The kinds of plan_objects.c; false when the change is not theirs. */
bool pl_shape_object(planner *P, const rg_change *c);
/* A collation change of an indexed column goes through the new-column
 * shape (the in-place change rebuilds its indexes under ACCESS EXCLUSIVE). */
bool pl_collation_moves(planner *P, const rg_change *c);
/* " GENERATED ... AS IDENTITY (SEQUENCE NAME ... options)" of col in c. */
const char *pl_identity_clause(planner *P, rg_catalog *c, const rg_column *col);
/* Partitioned tables (plan_parts.c). */
void pl_parts_prepass(planner *P);
bool pl_shape_parts(planner *P, const rg_change *c);
/* A partition the plan creates: attached after its keys and indexes. */
void pl_partition_attach_new(planner *P, const rg_table *t, const char *object);
/* A partition the plan drops from a parent it keeps: detached first;
 * false when there is nothing to detach. */
bool pl_partition_detach_dropped(planner *P, const rg_table *t, const char *object);
/* The old index a new key of table t can take over with USING INDEX (same
 * name and definition, gone as an index in the target), its drop skipped;
 * NULL when there is none. */
const rg_index *pl_key_reuse(planner *P, const rg_table *t, const rg_constraint *k);
/* Key k just added to partition t: attached to its parent's key of the
 * same kind and columns when the parent has one already. */
void pl_attach_key_to_parent(planner *P, const rg_table *t, const rg_constraint *k, const char *name,
                             const char *object);
/* The name a new key is built under: its own, or a temporary one while an
 * old relation the plan drops holds it (renamed by pl_key_rename_after in
 * the contract, after the drop). */
const char *pl_key_build_name(planner *P, const rg_table *t, const rg_constraint *k);
void pl_key_rename_after(planner *P, const rg_table *t, const char *tmp, const rg_constraint *k, const char *object);
/* Whether the unique key foreign key k of t references is one the plan
 * adds to an existing table. */
bool pl_ref_key_planned(planner *P, const rg_table *t, const rg_constraint *k);
/* A foreign key of an existing partitioned table (PostgreSQL 15 has no
 * NOT VALID there): on each partition NOT VALID + VALIDATE, then on the
 * parent, which adopts them without a scan; false if t is not one. */
bool pl_partitioned_fk(planner *P, const rg_table *t, const rg_constraint *k, const char *object);
/* Key k of partition t: its index attached to the parent's plain index
 * k->index_attached_to names (an index the old schema has). */
void pl_attach_key_index(planner *P, const rg_table *t, const rg_constraint *k, const char *object);
/* A changed PRIMARY KEY / UNIQUE of a partitioned table (the old version
 * gone first); false if t is not one. */
bool pl_swap_partitioned_key(planner *P, const rg_table *t, const rg_constraint *k, const rg_constraint *ok,
                             const char *object);
/* alter_table: attached to or detached from a parent; false if not. */
bool pl_partition_change(planner *P, const rg_change *c);
/* Marks columns that move to a new column and the foreign keys that move
 * with them (before any change is shaped). */
void pl_moves_prepass(planner *P);
bool pl_column_moves(planner *P, const char *schema, const char *table, const char *col);
const pl_ptrs *pl_moved_columns(planner *P, const char *schema, const char *table);
/* x with every moving column it uses replaced by its new column; false
 * when it uses none. */
bool pl_index_on_moved(planner *P, const rg_index *x, rg_index *out);
const char *pl_index_text(planner *P, rg_catalog *c, const rg_index *x, bool concurrently);
/* Whether the index uses column col (as a column, in an expression or in
 * its predicate). */
bool pl_index_uses(const rg_index *x, const char *col);
const char *pl_swap_expr(planner *P, const char *sql, const char *from, const char *to);
void pl_step_prio(rg_plan_step *s, int prio);
void pl_backfill(planner *P, const rg_table *t, const char *col, const char *value_sql,
                 const char *where_sql);
/* The batched keyset UPDATE of pl_backfill as SQL (a DO block that
 * commits per batch), for table t of the old or the new catalog; NULL when
 * t has no usable key. */
const char *pl_batched_update(planner *P, bool new_side, const rg_table *t, const char *col, const char *value_sql,
                              const char *where_sql);
/*
 * A step that does nothing on the way up and exists for its down, in a
 * file of its own (stage, phase): a down that must run in a transaction of
 * its own after the downs of later files, e.g. a batched refill or the
 * VALIDATE of a constraint a later file's down re-adds NOT VALID.
 */
rg_plan_step *pl_down_only(planner *P, int stage, int phase, const char *slug, bool no_tx, const char *object,
                           const char *down);
/* The VALIDATE, in a transaction of its own, of a CHECK or FOREIGN KEY
 * that a later file's down re-adds NOT VALID (as the up adds it). */
void pl_revalidate_down(planner *P, int stage, int phase, const rg_table *t, const char *con);

/* Estimates of every step for the sizes in opts->stats, and the
 * "table_size_risk" findings (plan_sizes.c). */
void rg_plan_estimate(rg_plan *p, const rg_catalog *new_cat);

#endif
