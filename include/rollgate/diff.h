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

/* The kinds of change: RG_CK_<KIND> and its stable code (changes.csv,
 * the diff JSON), one row each; diff.c's header says what each means. */
#define RG_CHANGE_KINDS(X) \
    X(ADD_COLUMN, "add_column") \
    X(ADD_CONSTRAINT, "add_constraint") \
    X(ADD_DOMAIN_CONSTRAINT, "add_domain_constraint") \
    X(ADD_ENUM_VALUE, "add_enum_value") \
    X(ADD_EXTENSION, "add_extension") \
    X(ADD_FUNCTION, "add_function") \
    X(ADD_GRANT, "add_grant") \
    X(ADD_INDEX, "add_index") \
    X(ADD_OPAQUE, "add_opaque") \
    X(ADD_POLICY, "add_policy") \
    X(ADD_SCHEMA, "add_schema") \
    X(ADD_SEQUENCE, "add_sequence") \
    X(ADD_STATISTICS, "add_statistics") \
    X(ADD_TABLE, "add_table") \
    X(ADD_TRIGGER, "add_trigger") \
    X(ADD_TYPE, "add_type") \
    X(ADD_TYPE_ATTRIBUTE, "add_type_attribute") \
    X(ADD_VIEW, "add_view") \
    X(ALTER_COLUMN, "alter_column") \
    X(ALTER_COLUMN_COLLATION, "alter_column_collation") \
    X(ALTER_COLUMN_DEFAULT, "alter_column_default") \
    X(ALTER_COLUMN_GENERATED, "alter_column_generated") \
    X(ALTER_COLUMN_IDENTITY, "alter_column_identity") \
    X(ALTER_COLUMN_NULLABILITY, "alter_column_nullability") \
    X(ALTER_COLUMN_TYPE, "alter_column_type") \
    X(ALTER_COMMENT, "alter_comment") \
    X(ALTER_CONSTRAINT, "alter_constraint") \
    X(ALTER_EXTENSION, "alter_extension") \
    X(ALTER_FUNCTION, "alter_function") \
    X(ALTER_INDEX, "alter_index") \
    X(ALTER_OPAQUE, "alter_opaque") \
    X(ALTER_POLICY, "alter_policy") \
    X(ALTER_SEQUENCE, "alter_sequence") \
    X(ALTER_STATISTICS, "alter_statistics") \
    X(ALTER_STATISTICS_TARGET, "alter_statistics_target") \
    X(ALTER_TABLE, "alter_table") \
    X(ALTER_TRIGGER, "alter_trigger") \
    X(ALTER_TYPE, "alter_type") \
    X(ALTER_TYPE_ATTRIBUTE, "alter_type_attribute") \
    X(ALTER_VIEW, "alter_view") \
    X(DROP_COLUMN, "drop_column") \
    X(DROP_CONSTRAINT, "drop_constraint") \
    X(DROP_DOMAIN_CONSTRAINT, "drop_domain_constraint") \
    X(DROP_ENUM_VALUE, "drop_enum_value") \
    X(DROP_EXTENSION, "drop_extension") \
    X(DROP_FUNCTION, "drop_function") \
    X(DROP_GRANT, "drop_grant") \
    X(DROP_INDEX, "drop_index") \
    X(DROP_OPAQUE, "drop_opaque") \
    X(DROP_POLICY, "drop_policy") \
    X(DROP_SCHEMA, "drop_schema") \
    X(DROP_SEQUENCE, "drop_sequence") \
    X(DROP_STATISTICS, "drop_statistics") \
    X(DROP_TABLE, "drop_table") \
    X(DROP_TRIGGER, "drop_trigger") \
    X(DROP_TYPE, "drop_type") \
    X(DROP_TYPE_ATTRIBUTE, "drop_type_attribute") \
    X(DROP_VIEW, "drop_view") \
    X(VALIDATE_CONSTRAINT, "validate_constraint") \
    X(VALIDATE_DOMAIN_CONSTRAINT, "validate_domain_constraint")

typedef enum {
#define RG_CK_ENUM(KIND, code) RG_CK_##KIND,
    RG_CHANGE_KINDS(RG_CK_ENUM)
#undef RG_CK_ENUM
    RG_CK__COUNT
} rg_change_kind;

/* The stable code of a change kind ("add_table"). */
const char *rg_change_kind_code(rg_change_kind k);

typedef struct rg_change {
    int seq;                    /* 1-based position in the diff */
    rg_change_op op;
    rg_objkind objkind;
    rg_change_kind ck;          /* what the planner dispatches on */
    const char *kind;           /* its stable code: "add_table", "drop_column",
                                 * "alter_column_type", ... (outputs) */
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
