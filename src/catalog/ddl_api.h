/*
 * ddl_api.h — single objects as canonical DDL, for the planner: the same
 * text rg_catalog_to_sql writes for the object, one statement (or a few,
 * for a table's column extras), ending in ";\n". The object's recorded
 * search_path is assumed in effect (no set_config line is written).
 * Implemented at the end of ddl.c.
 */
#ifndef ROLLGATE_DDL_API_H
#define ROLLGATE_DDL_API_H

#include "rollgate/catalog.h"

void rg_ddl_table(rg_catalog *c, const rg_table *t, rg_buf *out);
void rg_ddl_index(rg_catalog *c, const rg_index *x, rg_buf *out);
/* ALTER TABLE ONLY t ADD CONSTRAINT ... (NOT VALID when k says so). */
void rg_ddl_constraint(rg_catalog *c, const rg_table *t, const rg_constraint *k, rg_buf *out);
/* Just "CHECK (...)" / "FOREIGN KEY (...) REFERENCES ..." / "UNIQUE (...)"
 * with DEFERRABLE options; no name, no NOT VALID, no ';'. */
void rg_ddl_constraint_body(rg_catalog *c, const rg_constraint *k, rg_buf *out);
/* "name type [COLLATE c] [DEFAULT e | GENERATED ...] [NOT NULL]". */
void rg_ddl_column(rg_catalog *c, const rg_column *col, rg_buf *out);
void rg_ddl_view(rg_catalog *c, const rg_view *v, rg_buf *out);
void rg_ddl_function(rg_catalog *c, const rg_function *f, rg_buf *out);
void rg_ddl_type(rg_catalog *c, const rg_type *t, rg_buf *out);
void rg_ddl_sequence(rg_catalog *c, const rg_sequence *s, rg_buf *out);
/* A partition's bound: "FOR VALUES ..." or "DEFAULT" (in `a`). */
const char *rg_ddl_partition_bound(rg_catalog *c, const rg_table *t, rg_arena *a);
/* CREATE STATISTICS ...; with its SET STATISTICS and COMMENT, if any. */
void rg_ddl_statistics(rg_catalog *c, const rg_statistics *s, rg_buf *out);
void rg_ddl_trigger(rg_catalog *c, const char *schema, const char *table,
                    const rg_trigger *g, rg_buf *out);
/* CREATE POLICY ... ON t ...; */
void rg_ddl_policy(rg_catalog *c, const rg_table *t, const rg_policy *p, rg_buf *out);
/* GRANT ... TO / REVOKE [GRANT OPTION FOR] ... FROM ...; false (nothing
 * written) when the object cannot be named. */
bool rg_ddl_grant(rg_catalog *c, const rg_grant *g, bool revoke, rg_buf *out);

#endif
