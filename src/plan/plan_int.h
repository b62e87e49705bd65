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
    PH_ENUM = 0, PH_MAIN = 1, PH_INDEX = 2,          /* expand */
    PH_CHECKS = 0, PH_VALIDATE = 1, PH_TIGHTEN = 2,  /* validate */
    PH_DROP_INDEX = 0, PH_DROP = 1,                   /* contract, then 2..4 */
    PH_C_CHECKS = 2, PH_C_VALIDATE = 3, PH_C_TIGHTEN = 4
};

/* Priorities of steps inside one file (stable sort). */
enum { PRIO_FIRST = 0, PRIO_NORMAL = 5, PRIO_LATE = 8 };

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
    rg_map pairs;             /* "schema.table.newcol" -> old column name (renames) */
    rg_map enum_added;        /* "schema.type" -> enum values added so far */
    rg_map rebuilt_views;     /* "schema.view" -> non-NULL: dropped and re-created */
    int seq;
} planner;

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

/* Shapes. */
void pl_views_prepass(planner *P);
void pl_shape_change(planner *P, const rg_change *c);
void pl_shape_renamed_column(planner *P, const rg_change *add, const char *oldcol);
void pl_shape_add_column(planner *P, const rg_change *c);
void pl_shape_type_change(planner *P, const rg_change *c);
void pl_not_null_path(planner *P, const rg_table *t, const char *col, bool in_contract);
void pl_backfill(planner *P, const rg_table *t, const char *col, const char *value_sql,
                 const char *where_sql);

#endif
