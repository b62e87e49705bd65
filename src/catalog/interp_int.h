/*
 * interp_int.h — internal to the catalog interpreter (interp*.c, names.c):
 * the per-statement context, name resolution through search_path, implicit
 * names as PostgreSQL 15 picks them, and the vector push that keeps the
 * catalog's hash maps pointing at the right elements.
 *
 * Why the rebasing push: objects live by value in arena vectors
 * (RG_VEC), which move when they grow, while the maps hold pointers to the
 * elements. Every push that moves a vector walks the maps that point into
 * it and rebases those pointers; growth doubles, so the total cost stays
 * linear. Consequence for the code here: never hold an element pointer
 * across a push onto the same vector.
 */
#ifndef ROLLGATE_INTERP_INT_H
#define ROLLGATE_INTERP_INT_H

#include <stdbool.h>
#include <string.h>

#include "catalog/normalize.h"
#include "parse/tree.h"
#include "rollgate/catalog.h"

/* NAMEDATALEN - 1: the longest identifier PostgreSQL keeps. */
#define RG_NAMELEN 63

/* One statement being applied. */
typedef struct ictx {
    rg_catalog *c;
    const rg_stmt *st;
    rg_diags *d;
    int nerr;
} ictx;

/* ---- catidx.c: lookups by table ------------------------------------------ */

/* Positions in the catalog's vectors, ascending: candidates that the
 * caller re-tests (an entry may be stale). Free v with free(). */
typedef struct catidx_list {
    size_t *v;
    size_t n;
} catidx_list;
catidx_list catidx_indexes_on(rg_catalog *c, const char *schema, const char *table);   /* c->indexes */
catidx_list catidx_fk_referrers(rg_catalog *c, const char *schema, const char *table); /* c->tables */
catidx_list catidx_owned_sequences(rg_catalog *c, const char *schema, const char *table); /* c->sequences */
catidx_list catidx_views_naming(rg_catalog *c, const char *relname);                  /* c->views */
catidx_list catidx_trigger_users(rg_catalog *c, const char *func_name);               /* c->tables */
catidx_list catidx_view_trigger_users(rg_catalog *c, const char *func_name);          /* c->views */
/* Partition indexes (and tables with partition keys) attached to the
 * index "schema.name" (attached_to, index_attached_to). */
catidx_list catidx_indexes_attached_to(rg_catalog *c, const char *index_key);         /* c->indexes */
catidx_list catidx_keys_attached_to(rg_catalog *c, const char *index_key);            /* c->tables */
/* Tables whose parent (partition parent or INHERITS) is schema.table. */
catidx_list catidx_children(rg_catalog *c, const char *schema, const char *table);     /* c->tables */
/* Functions (every overload) named schema.name. */
catidx_list catidx_functions_named(rg_catalog *c, const char *schema, const char *name); /* c->functions */
/* The tables, views, sequences, types or functions in a schema. */
typedef enum { CATIDX_S_TABLES, CATIDX_S_VIEWS, CATIDX_S_SEQUENCES, CATIDX_S_TYPES, CATIDX_S_FUNCTIONS } catidx_kind;
catidx_list catidx_in_schema(rg_catalog *c, catidx_kind kind, const char *schema);
/* Objects of one vector that use a name: their expressions call a function
 * of that (unqualified) name, or cast to / name a type of that
 * (unqualified) name, or their columns (a composite's attributes, a
 * domain's base) are of the type with that qualified name, arrays and
 * typmods included. Tables: column types, defaults, generated columns,
 * constraints, policies, trigger WHEN; indexes: expressions and WHERE;
 * types: base, attributes, domain default and checks; views: the query. */
typedef enum { CATIDX_TABLES, CATIDX_INDEXES, CATIDX_TYPES, CATIDX_VIEWS } catidx_vec;
enum { CATIDX_CALLS = 'f', CATIDX_CASTS = 't', CATIDX_COLUMN_TYPE = 'c' };
catidx_list catidx_name_users(rg_catalog *c, catidx_vec vec, char what, const char *name);
bool catidx_list_has(const catidx_list *l, size_t pos);
/* A key of an existing object changed: an index's table or expressions,
 * a table's foreign keys, triggers, columns, constraints, policies or
 * expressions, a sequence's owner, a view's query or triggers, a type's
 * base, attributes, default or checks. */
void catidx_note_table(rg_catalog *c, const rg_table *t);
void catidx_note_type(rg_catalog *c, const rg_type *t);
void catidx_note_function(rg_catalog *c, const rg_function *f);
void catidx_note_index(rg_catalog *c, const rg_index *ix);
void catidx_note_sequence(rg_catalog *c, const rg_sequence *s);
void catidx_note_view(rg_catalog *c, const rg_view *v);
/* Many keys changed at once (a schema renamed): rebuilt on next use. */
void catidx_reset(rg_catalog *c);
void catidx_free(rg_catalog *c);

/* ---- interp.c: diagnostics, vectors, names, lookups ---------------------- */

/* An error PostgreSQL 15 would raise: `sqlstate` is its SQLSTATE ("42P07")
 * and becomes the diagnostic's code; the message is PostgreSQL's wording. */
void ierr(ictx *x, int loc, const char *sqlstate, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void inote(ictx *x, int loc, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Asks the installed SQL checker (see rg_sql_probe); when PostgreSQL
 * would reject the SQL, adds its error at `loc` and returns true. The
 * probe's search_path defaults to the session's. */
bool sql_rejects(ictx *x, const rg_sql_probe *pr, int loc);

void *push_rebase(rg_arena *a, void *vec, size_t elem, rg_map *m1, rg_map *m2, bool relref);
#define PUSH(a, vecp, m1, m2, rr) \
    ((__typeof__((vecp)->v))push_rebase((a), (vecp), sizeof(*(vecp)->v), (m1), (m2), (rr)))

const char *ckey(rg_catalog *c, const char *a, const char *b); /* "a.b" in the arena */
/* Lookup key in a caller buffer (no arena garbage for lookups). */
const char *tkey(char *buf, size_t cap, rg_catalog *c, const char *a, const char *b);

/* Schema an unqualified CREATE goes to (first existing search_path entry,
 * else public — PostgreSQL would refuse; we stay lenient). */
const char *creation_schema(ictx *x, const char *schemaname);
bool schema_exists(const rg_catalog *c, const char *name);

rg_relref *rel_find(const rg_catalog *c, const char *schema, const char *name);
/* Resolves a RangeVar; sets *schema_out to the schema it was found in (or
 * would be created in). */
rg_relref *rel_find_rv(const rg_catalog *c, const pg_RangeVar *rv, const char **schema_out);
void rel_register(rg_catalog *c, const char *schema, const char *name, rg_relkind kind, void *obj,
                  const char *owner_table);
void rel_unregister(rg_catalog *c, const char *schema, const char *name);
/* Name taken in a schema's pg_class namespace? */
bool rel_name_taken(const rg_catalog *c, const char *schema, const char *name);

/* pg_constraint names per namespace (reference counted). */
void conname_add(rg_catalog *c, const char *schema, const char *name);
void conname_del(rg_catalog *c, const char *schema, const char *name);
bool conname_taken(const rg_catalog *c, const char *schema, const char *name);

const char *search_path_text(rg_catalog *c);
const char *defelem_str(rg_arena *a, const pg_DefElem *de);
const char *reloptions_text(rg_arena *a, pg_node *const *opts, size_t n);
bool defelem_int(const pg_DefElem *de, long long *out);
void opaque_add(ictx *x, const char *kind, const char *identity);
void opaque_drop(ictx *x, pg_ObjectType type, const pg_node *obj, bool missing_ok);
rg_normctx nctx(rg_catalog *c, const rg_table *t);
/* A domain CHECK's scope: VALUE is a column of the domain's base type,
 * so constants compared with it fold as they do against a column
 * (VALUE <> 'no' on a boolean domain is VALUE <> false). `scope` is
 * filled in; release it with domain_scope_free. */
rg_normctx domain_nctx(rg_catalog *c, const rg_type *t, rg_table *scope);
void domain_scope_free(rg_table *scope);
/* rg_norm_typename, with unqualified extension types resolved to the
 * schema their extension lives in (when that schema is on the path). */
const char *itype(ictx *x, const rg_table *t, const pg_TypeName *tn);

/* ---- names.c: implicit names as PostgreSQL 15 chooses them -------------- */

const char *make_object_name(rg_arena *a, const char *name1, const char *name2, const char *label);
const char *choose_relation_name(rg_catalog *c, const char *schema, const char *name1,
                                 const char *name2, const char *label, bool isconstraint);
const char *choose_constraint_name(rg_catalog *c, const char *schema, const char *name1,
                                   const char *name2, const char *label);
/* Column names joined by '_', cut at NAMEDATALEN (ChooseIndexNameAddition,
 * ChooseForeignKeyConstraintNameAddition). */
const char *name_addition(rg_arena *a, const char *const *names, size_t n);
/* The per-element names ChooseIndexColumnNames gives an index's columns
 * (including INCLUDE columns); expressions use FigureIndexColname
 * (rg_pg_figure_colname). */
const char **index_column_names(rg_arena *a, pg_node *const *params, size_t nparams,
                                pg_node *const *incl, size_t nincl);
/* The single column a CHECK expression references, or NULL. */
const char *check_single_column(const rg_table *t, const pg_node *expr);

/* ---- the registry's catalog columns (rollgate/kinds.h) -------------------- */

/* What happened to a table, column or schema that objects of other kinds
 * may name. */
typedef enum {
    KEV_TABLE_DROP,    /* table */
    KEV_TABLE_MOVE,    /* table (already renamed or moved), from_schema, from_name */
    KEV_TABLE_LIKE,    /* table created (LIKE from_schema.from_name like_options) */
    KEV_COLUMN_DROP,   /* table, column */
    KEV_COLUMN_RENAME, /* table, column (the old name), to */
    KEV_SCHEMA_RENAME, /* from_schema, to */
    KEV_SCHEMA_IN_USE, /* from_schema: set *used when an object lives there */
    KEV_SCHEMA_DROP    /* from_schema (DROP SCHEMA ... CASCADE) */
} kind_event_type;

typedef struct kind_event {
    kind_event_type type;
    rg_table *table;
    const char *from_schema, *from_name;
    const char *column, *to;
    bool cascade;
    unsigned like_options;   /* LIKE_* bits */
    bool *used;
} kind_event;

/* TableLikeOption bits (parsenodes.h, PostgreSQL 15). */
enum {
    LIKE_COMMENTS = 1 << 0, LIKE_COMPRESSION = 1 << 1, LIKE_CONSTRAINTS = 1 << 2, LIKE_DEFAULTS = 1 << 3,
    LIKE_GENERATED = 1 << 4, LIKE_IDENTITY = 1 << 5, LIKE_INDEXES = 1 << 6, LIKE_STATISTICS = 1 << 7,
    LIKE_STORAGE = 1 << 8
};

/* Tells every kind with a `follow` function. */
void kinds_follow(ictx *x, const kind_event *ev);

/* statistics.c: CREATE STATISTICS and the statements about it. */
bool statistics_interp(ictx *x, const pg_node *n);
void statistics_follow(ictx *x, const kind_event *ev);

/* interp_follow.c: an expression of table t after its column `from` was
 * renamed to `to`. */
void expr_rename_column(rg_catalog *c, const rg_table *t, rg_expr *e, const char *from, const char *to);

/* ---- interp_table.c ------------------------------------------------------ */

void apply_create_table(ictx *x, const pg_CreateStmt *cs, const pg_CreateForeignTableStmt *ft);
void apply_alter_table(ictx *x, const pg_AlterTableStmt *as);
void apply_create_index(ictx *x, const pg_IndexStmt *is);
void apply_create_table_as(ictx *x, const pg_CreateTableAsStmt *cs);
rg_table *table_get(rg_catalog *c, const char *schema, const char *name);
void drop_table(ictx *x, rg_table *t, bool cascade);
void drop_index(ictx *x, rg_index *ix);
void drop_column_deps(ictx *x, rg_table *t, const char *col, bool cascade);
void rename_table(ictx *x, rg_table *t, const char *newname);
void move_table_schema(ictx *x, rg_table *t, const char *newschema);
/* The same without rewriting views (the caller does it once for many). */
void move_table_schema_quiet(ictx *x, rg_table *t, const char *newschema);
void rename_index(ictx *x, const char *schema, const char *name, const char *newname);
void constraint_remove(ictx *x, rg_table *t, rg_constraint *k);
void views_depending_drop(ictx *x, const char *schema, const char *name);

rg_constraint *con_push(rg_catalog *c, rg_table *t, const char *name, rg_conkind kind, ictx *x);
rg_column *column_push(rg_catalog *c, rg_table *t);

/* ---- interp_part.c: what partitions and inheritance children receive ---- */

/* Direct children (partitions and INHERITS children) of t. Caller frees. */
rg_table **table_children(rg_catalog *c, const rg_table *t, bool partitions_only, size_t *n);
/* A new partition (PARTITION OF / ATTACH PARTITION) gets the parent's
 * indexes, constraint indexes and foreign keys (existing equivalent ones
 * on an attached table are adopted instead). */
void partition_clone_parent(ictx *x, rg_table *parent, rg_table *child);
/* CREATE INDEX on a partitioned table recurses; `ix` is an index into
 * c->indexes. */
void index_recurse(ictx *x, size_t ix);
/* ADD CONSTRAINT recursing to children: parent's constraints from
 * position `first` on. */
void constraints_recurse_from(ictx *x, rg_table *parent, size_t first);
/* Re-evaluates ON ONLY of a partitioned table's index: pending until every
 * partition has an index attached to it, as PostgreSQL's indisvalid. */
void index_only_update(ictx *x, rg_index *ix);
void like_copy(ictx *x, size_t src_index, rg_table *dst, bool constraints, bool indexes);

/* ---- interp_follow.c: dependants follow renames (PostgreSQL keeps OIDs) -- */

void follow_column_rename(ictx *x, rg_table *t, const char *from, const char *to);
void follow_sequence_rename(ictx *x, const char *oschema, const char *oname, const char *nschema, const char *nname);
void follow_type_rename(ictx *x, const char *oschema, const char *oname, const char *nschema, const char *nname);
void follow_enum_rename(ictx *x, const rg_type *ty, const char *from, const char *to);
/* Views name relations by text: `moves` maps "oschema.oname" to
 * "nschema.nname" for relations renamed or moved by one statement. */
void views_follow_relations(ictx *x, const rg_map *moves);
void follow_relation_move(ictx *x, const char *oschema, const char *oname, const char *nschema, const char *nname);
/* schema.function(...) calls in expressions follow a schema rename. */
void follow_schema_in_exprs(ictx *x, const char *from, const char *to);

/* ---- interp_objects.c ----------------------------------------------------- */

void apply_create_seq(ictx *x, const pg_CreateSeqStmt *cs);
void apply_alter_seq(ictx *x, const pg_AlterSeqStmt *as);
/* Creates a sequence (serial or identity) with defaults for `type`, then
 * applies options. Returns its index in c->sequences. */
size_t seq_create(ictx *x, const char *schema, const char *name, const char *type,
                  pg_node *const *opts, size_t nopts, bool identity);
void seq_apply_options(ictx *x, rg_sequence *s, pg_node *const *opts, size_t n, bool init);
/* AS type: bounds that were the old type's defaults follow the new type. */
void seq_set_type(rg_sequence *s, const char *type);
void apply_create_view(ictx *x, const pg_ViewStmt *vs);
void apply_create_matview(ictx *x, const pg_CreateTableAsStmt *cs);
void drop_view(ictx *x, rg_view *v, bool cascade);
void apply_create_function(ictx *x, const pg_CreateFunctionStmt *fs);
void apply_alter_function(ictx *x, const pg_AlterFunctionStmt *as);
rg_function *function_find(ictx *x, const pg_ObjectWithArgs *owa);
void drop_function(ictx *x, rg_function *f);
void apply_create_trigger(ictx *x, const pg_CreateTrigStmt *ts);
void apply_create_policy(ictx *x, const pg_CreatePolicyStmt *ps);
void apply_alter_policy(ictx *x, const pg_AlterPolicyStmt *ps);
void apply_create_enum(ictx *x, const pg_CreateEnumStmt *es);
void apply_alter_enum(ictx *x, const pg_AlterEnumStmt *es);
void apply_create_composite(ictx *x, const pg_CompositeTypeStmt *cs);
void apply_alter_composite(ictx *x, const pg_AlterTableStmt *as);
void rename_composite_attr(ictx *x, const pg_RenameStmt *rs);
void apply_create_range(ictx *x, const pg_CreateRangeStmt *rs);
void apply_define(ictx *x, const pg_DefineStmt *ds);
/* A copy of a function's private attribute state (rg_catalog_clone). */
const void *fattrs_clone(rg_arena *a, const void *state);
void apply_create_domain(ictx *x, const pg_CreateDomainStmt *ds);
void apply_alter_domain(ictx *x, const pg_AlterDomainStmt *ds);
rg_type *type_find_names(ictx *x, pg_node *const *names, size_t n);
void drop_type(ictx *x, rg_type *ty, bool cascade);
void apply_grant(ictx *x, const pg_GrantStmt *gs);
void grants_drop_object(rg_catalog *c, const char *obj);
const char *trigger_args_text(rg_arena *a, pg_node *const *args, size_t n);

/* ---- interp_ddl.c: DROP, RENAME, COMMENT, SET SCHEMA ---------------------- */

void apply_drop(ictx *x, const pg_DropStmt *ds);
void apply_rename(ictx *x, const pg_RenameStmt *rs);
void apply_comment(ictx *x, const pg_CommentStmt *cs);
void apply_set_schema(ictx *x, const pg_AlterObjectSchemaStmt *as);
/* A sequence renamed or moved: its owning column's identity_seq and
 * nextval default follow it. */
void sequence_moved(ictx *x, rg_sequence *s, const char *oschema, const char *oname);

#endif
