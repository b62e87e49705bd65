/*
 * seed.c — a few generated rows per table of the old schema, so that
 * backfills, VALIDATE and rewrites run against data rather than empty
 * tables (empty tables hide scans and let SET NOT NULL pass trivially).
 *
 * The server's own catalog says what to generate: tables in FK order,
 * each column by its type category (pg_type.typcategory; a domain by its
 * base type), foreign keys from rows of the referenced table, columns
 * with a default (serial, identity, generated) left to the server. Best
 * effort: a table whose constraints the values do not meet is skipped
 * with a note.
 */
#include "verify_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { SEED_ROWS = 3 };

/* User tables (no partitions: rows go through the parent), oid order. */
static PGresult *user_tables(PGconn *c)
{
    return vq_rows(c, "SELECT c.oid, format('%I.%I', n.nspname, c.relname) FROM pg_class c "
                      "JOIN pg_namespace n ON n.oid = c.relnamespace "
                      "WHERE c.relkind IN ('r','p') AND NOT c.relispartition "
                      "AND n.nspname NOT IN ('pg_catalog','information_schema') "
                      "AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%' "
                      "ORDER BY c.oid");
}

/* The expression that generates a value of a type from the integer
 * expression iv (g.i, 1..SEED_ROWS, for rows; "1" for parameters). */
const char *vseed_type_expr(rg_arena *a, const char *iv, char cat, const char *typname, const char *base,
                            const char *type)
{
    if (cat == 'N') return rg_arena_printf(a, "(%s)::%s", iv, type);
    if (cat == 'S') return rg_arena_printf(a, "('r' || %s)::%s", iv, type);
    if (cat == 'B') return rg_arena_printf(a, "(%s %% 2 = 0)::%s", iv, type);
    if (cat == 'D' && (strcmp(typname, "time") == 0 || strcmp(typname, "timetz") == 0))
        return rg_arena_printf(a, "('00:00'::time + %s * interval '1 minute')::%s", iv, type);
    if (cat == 'D') return rg_arena_printf(a, "('2024-01-01'::timestamp + %s * interval '1 day')::%s", iv, type);
    if (cat == 'T') return rg_arena_printf(a, "(%s * interval '1 minute')::%s", iv, type);
    if (cat == 'E')
        return rg_arena_printf(a, "((enum_range(NULL::%s))[1 + (%s - 1) %% array_length(enum_range(NULL::%s), 1)])::%s",
                               base, iv, base, type);
    if (cat == 'I') return rg_arena_printf(a, "('10.0.0.' || %s)::%s", iv, type);
    if (cat == 'A') return rg_arena_printf(a, "'{}'::%s", type);
    if (cat == 'V') return rg_arena_printf(a, "B'1'::%s", type);
    if (cat == 'R') return rg_arena_printf(a, "'empty'::%s", type);
    if (cat == 'G' && strcmp(typname, "point") == 0) return rg_arena_printf(a, "point(%s, %s)::%s", iv, iv, type);
    if (strcmp(typname, "uuid") == 0) return rg_arena_printf(a, "md5(%s::text)::uuid::%s", iv, type);
    if (strcmp(typname, "json") == 0 || strcmp(typname, "jsonb") == 0)
        return rg_arena_printf(a, "'{}'::%s", type);
    if (strcmp(typname, "bytea") == 0) return rg_arena_printf(a, "convert_to(%s::text, 'UTF8')::%s", iv, type);
    if (strcmp(typname, "xml") == 0) return rg_arena_printf(a, "'<r/>'::%s", type);
    if (strcmp(typname, "tsvector") == 0) return rg_arena_printf(a, "to_tsvector('simple', 'r')::%s", type);
    return rg_arena_printf(a, "NULL::%s", type);
}

/* Column -> FK value expression (a row of the referenced table, all
 * columns of one FK from the same row: ORDER BY ctid). */
static void fk_exprs(PGconn *c, const char *oid, rg_map *out, rg_arena *a)
{
    char *sql = rg_arena_printf(a,
        "SELECT a.attname, CASE WHEN con.confrelid = con.conrelid THEN 'NULL' ELSE "
        "format('(SELECT %%I FROM %%s ORDER BY ctid OFFSET ((g.i - 1) %%%% greatest((SELECT count(*) "
        "FROM %%s), 1)) LIMIT 1)', ra.attname, con.confrelid::regclass, con.confrelid::regclass) END "
        "FROM pg_constraint con CROSS JOIN LATERAL unnest(con.conkey, con.confkey) AS k(l, r) "
        "JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.l "
        "JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.r "
        "WHERE con.contype = 'f' AND con.conrelid = %s ORDER BY con.oid", oid);
    PGresult *r = vq_rows(c, sql);
    for (int i = 0; r && i < PQntuples(r); i++) {
        const char *col = rg_arena_strdup(a, PQgetvalue(r, i, 0));
        if (!rg_map_get(out, col)) rg_map_put(out, col, rg_arena_strdup(a, PQgetvalue(r, i, 1)));
    }
    PQclear(r);
}

/* INSERT ... SELECT ... FROM generate_series(1, n) for one table. */
static const char *insert_sql(PGconn *c, const char *oid, const char *table, int nrows, bool email, rg_arena *a)
{
    rg_map fks = {0};
    fk_exprs(c, oid, &fks, a);
    char *sql = rg_arena_printf(a,
        "SELECT a.attname, format_type(a.atttypid, a.atttypmod), "
        "(a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> ''), "
        "COALESCE(bt.typcategory, t.typcategory), COALESCE(bt.typname, t.typname), "
        "format_type(COALESCE(bt.oid, t.oid), NULL) "
        "FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
        "LEFT JOIN pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype "
        "WHERE a.attrelid = %s AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum", oid);
    PGresult *r = vq_rows(c, sql);
    rg_buf cols = {0}, vals = {0};
    for (int i = 0; r && i < PQntuples(r); i++) {
        const char *name = PQgetvalue(r, i, 0), *type = PQgetvalue(r, i, 1);
        if (strcmp(PQgetvalue(r, i, 2), "t") == 0) continue;
        const char *e = rg_map_get(&fks, name);
        char cat = PQgetvalue(r, i, 3)[0];
        if (!e && email && cat == 'S') e = rg_arena_printf(a, "('user' || g.i || '@example.com')::%s", type);
        if (!e) e = vseed_type_expr(a, "g.i", cat, PQgetvalue(r, i, 4), PQgetvalue(r, i, 5), type);
        char *q = PQescapeIdentifier(c, name, strlen(name));
        rg_buf_printf(&cols, "%s%s", cols.len ? ", " : "", q ? q : "\"\"");
        PQfreemem(q);
        rg_buf_printf(&vals, "%s%s", vals.len ? ", " : "", e);
    }
    PQclear(r);
    rg_map_free(&fks);
    const char *out;
    if (cols.len)
        out = rg_arena_printf(a, "INSERT INTO %s (%s) SELECT %s FROM generate_series(1, %d) AS g(i)", table,
                              cols.s, vals.s, nrows);
    else
        out = rg_arena_printf(a, "INSERT INTO %s SELECT FROM generate_series(1, %d)", table, nrows);
    rg_buf_free(&cols);
    rg_buf_free(&vals);
    return out;
}

/* FK order: a table comes after the tables it references (self references
 * ignored; a cycle is broken in oid order). Kahn's algorithm over the FK
 * edges. Returns row indexes of `tables`. */
static int *fk_order(PGconn *c, PGresult *tables, rg_arena *a)
{
    int n = PQntuples(tables), k = 0;
    int *order = rg_arena_alloc(a, sizeof(int) * (size_t)(n + 1));
    int *indeg = rg_arena_alloc(a, sizeof(int) * (size_t)(n + 1));
    bool *done = rg_arena_alloc(a, sizeof(bool) * (size_t)(n + 1));
    rg_map idx = {0};
    for (int i = 0; i < n; i++) rg_map_put(&idx, PQgetvalue(tables, i, 0), (void *)(intptr_t)(i + 1));
    PGresult *deps = vq_rows(c, "SELECT conrelid::text, confrelid::text FROM pg_constraint "
                                "WHERE contype = 'f' AND conrelid <> confrelid");
    int ne = deps ? PQntuples(deps) : 0;
    /* Edges referenced -> referencing, grouped by referenced table (CSR). */
    int *from = rg_arena_alloc(a, sizeof(int) * (size_t)(ne + 1)), *to = rg_arena_alloc(a, sizeof(int) * (size_t)(ne + 1));
    int *start = rg_arena_alloc(a, sizeof(int) * (size_t)(n + 2)), *adj = rg_arena_alloc(a, sizeof(int) * (size_t)(ne + 1));
    int m = 0;
    for (int e = 0; e < ne; e++) {
        intptr_t con = (intptr_t)rg_map_get(&idx, PQgetvalue(deps, e, 0));
        intptr_t ref = (intptr_t)rg_map_get(&idx, PQgetvalue(deps, e, 1));
        if (!con || !ref) continue;
        from[m] = (int)ref - 1;
        to[m++] = (int)con - 1;
        indeg[con - 1]++;
        start[ref]++;
    }
    for (int i = 0; i < n; i++) start[i + 1] += start[i];
    int *fill = rg_arena_alloc(a, sizeof(int) * (size_t)(n + 1));
    for (int e = 0; e < m; e++) adj[start[from[e]] + fill[from[e]]++] = to[e];
    int *queue = rg_arena_alloc(a, sizeof(int) * (size_t)(n + 1)), head = 0, tail = 0, next = 0;
    for (int i = 0; i < n; i++)
        if (!indeg[i]) queue[tail++] = i;
    while (k < n) {
        if (head == tail) { /* a cycle: take the first table left */
            while (done[next]) next++;
            indeg[next] = 0;
            queue[tail++] = next;
        }
        int t = queue[head++];
        if (done[t]) continue;
        done[t] = true;
        order[k++] = t;
        for (int e = start[t]; e < start[t + 1]; e++)
            if (!done[adj[e]] && --indeg[adj[e]] == 0) queue[tail++] = adj[e];
    }
    PQclear(deps);
    rg_map_free(&idx);
    return order;
}

void vseed_generate(rg_verify *v, PGconn *c)
{
    PGresult *tables = user_tables(c);
    if (!tables) return;
    int *order = fk_order(c, tables, v->arena);
    for (int k = 0; k < PQntuples(tables); k++) {
        int i = order[k];
        const char *oid = PQgetvalue(tables, i, 0), *name = PQgetvalue(tables, i, 1);
        const char *state, *msg = NULL;
        bool ok = false;
        /* Plain strings first, then strings shaped like e-mail addresses
         * (the CHECK most often written on text); then a single row. */
        for (int t = 0; !ok && t < 4; t++)
            ok = vq(c, insert_sql(c, oid, name, t < 2 ? SEED_ROWS : 1, t % 2 == 1, v->arena), v->arena, &state, &msg);
        if (!ok)
            vfinding(v, RG_SEV_NOTE, "verify_seed_skipped", name,
                     "no rows generated for %s (%s); give --seed FILE for realistic data", name, msg ? msg : "");
    }
    PQclear(tables);
}
