/*
 * plan_backfill.c — batched keyset backfills: the UPDATE that fills a new
 * column for existing rows, split into batches that each commit, walked
 * along a key of the table in its btree order.
 *
 * Any key PostgreSQL can build a PRIMARY KEY or UNIQUE constraint on is
 * btree-orderable, so the walk never needs max() or arithmetic on the key
 * (there is no max(uuid) in PostgreSQL 15): the bounds are read with
 * ORDER BY ... DESC LIMIT 1 and compared as rows, (a, b) > (x, y), which
 * works for one column or several and uses the key's index.
 */
#include "plan/plan_int.h"

#include <string.h>

#include "catalog/ddl_api.h"

/* Columns of a usable key: every one NOT NULL (a NULL never compares, so
 * its row would be skipped). */
typedef struct bf_key {
    const char *name;
    const char **cols;
    size_t n;
} bf_key;

static bool cols_not_null(const rg_table *t, const char *const *cols, size_t n)
{
    if (!n) return false;
    for (size_t i = 0; i < n; i++) {
        const rg_column *c = rg_table_column(t, cols[i]);
        if (!c || c->dropped || !c->not_null || c->generated) return false;
    }
    return true;
}

/*
 * The key a backfill walks: the primary key, else the UNIQUE constraint
 * with the fewest columns, else a plain unique btree index (no
 * expression, no predicate) with the fewest; all columns NOT NULL. NULL
 * when the table has none.
 */
static bool pick_key(planner *P, const rg_table *t, bool new_side, bf_key *out)
{
    const rg_constraint *best = NULL;
    for (size_t i = 0; i < t->constraints.n; i++) {
        const rg_constraint *k = &t->constraints.v[i];
        if (k->dropped || k->nelems || (k->kind != RG_CON_PRIMARY && k->kind != RG_CON_UNIQUE)) continue;
        if (!cols_not_null(t, k->columns, k->ncolumns)) continue;
        if (k->kind == RG_CON_PRIMARY) {
            best = k;
            break;
        }
        if (!best || k->ncolumns < best->ncolumns) best = k;
    }
    if (best) {
        *out = (bf_key){best->name, best->columns, best->ncolumns};
        return true;
    }
    const pl_ptrs *xs = pl_indexes_of(P, new_side, t->schema, t->name);
    const rg_index *bx = NULL;
    for (size_t i = 0; i < xs->n; i++) {
        const rg_index *x = xs->v[i];
        if (!x->unique || x->where.key || (x->method && strcmp(x->method, "btree") != 0) || !x->nelems) continue;
        bool plain = true;
        for (size_t j = 0; j < x->nelems && plain; j++) plain = x->elems[j].column && !x->elems[j].opclass;
        if (!plain) continue;
        const char **cols = rg_arena_alloc(P->a, x->nelems * sizeof *cols);
        for (size_t j = 0; j < x->nelems; j++) cols[j] = x->elems[j].column;
        if (!cols_not_null(t, cols, x->nelems)) continue;
        if (!bx || x->nelems < bx->nelems) {
            bx = x;
            *out = (bf_key){x->name, cols, x->nelems};
        }
    }
    return bx != NULL;
}

/* "a, b" of the key's columns, each with a prefix and a suffix. */
static const char *key_list(planner *P, const bf_key *k, const char *prefix, const char *suffix, bool numbered)
{
    rg_buf b = {0};
    for (size_t i = 0; i < k->n; i++) {
        if (i) rg_buf_puts(&b, ", ");
        if (numbered) rg_buf_printf(&b, "%s%zu%s", prefix, i + 1, suffix);
        else rg_buf_printf(&b, "%s%s%s", prefix, pl_q(P, k->cols[i]), suffix);
    }
    const char *r = rg_arena_strdup(P->a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return r;
}

/* A row of values, parenthesised when it has several. */
static const char *row_of(planner *P, const bf_key *k, const char *list)
{
    return k->n > 1 ? rg_arena_printf(P->a, "(%s)", list) : list;
}

/* The DECLARE lines: rg_<what>_<i> typed like key column i. */
static void declare_vars(planner *P, rg_catalog *c, const rg_table *t, const bf_key *k, const char *what, rg_buf *b)
{
    for (size_t i = 0; i < k->n; i++) {
        rg_column v = *rg_table_column(t, k->cols[i]);
        v.name = rg_arena_printf(P->a, "rg_%s_%zu", what, i + 1);
        v.has_default = v.not_null = false;
        v.generated = v.identity = 0;
        v.storage = v.compression = NULL;
        v.collation = NULL;
        v.stats_target = -1;
        rg_buf_puts(b, "    ");
        rg_ddl_column(c, &v, b);
        rg_buf_puts(b, ";\n");
    }
}

/* "rg_<what>_1 [COLLATE c], ...": a variable compared with a key column
 * of its own collation takes that collation explicitly (the variable's is
 * its type's default, and two different implicit ones do not compare). */
static const char *var_list(planner *P, rg_catalog *c, const rg_table *t, const bf_key *k, const char *what)
{
    rg_buf b = {0};
    for (size_t i = 0; i < k->n; i++) {
        const rg_column *col = rg_table_column(t, k->cols[i]);
        rg_buf_printf(&b, "%srg_%s_%zu", i ? ", " : "", what, i + 1);
        if (col->collation) {
            rg_column v = {.name = "", .type = "text", .collation = col->collation, .stats_target = -1};
            rg_buf cb = {0};
            rg_ddl_column(c, &v, &cb);
            const char *at = strstr(rg_buf_cstr(&cb), " COLLATE ");
            if (at) rg_buf_puts(&b, at);
            rg_buf_free(&cb);
        }
    }
    const char *r = rg_arena_strdup(P->a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return r;
}

/* " pg_sleep" between batches, so replicas and autovacuum keep up. */
static void put_pause(planner *P, rg_buf *b)
{
    long ms = P->o->batch_pause_ms;
    if (ms > 0)
        rg_buf_printf(b, "        PERFORM pg_sleep(%ld.%03ld); -- --batch-pause, between batches\n", ms / 1000,
                      ms % 1000);
}

/*
 * The body of a keyset backfill over table t (of catalog c): sets col =
 * (value_sql) where (where_sql), batch by batch along key k, bounded by
 * the largest key at the start so it ends under write load (rows written
 * after the start are kept up to date by the shape's trigger). Resumable:
 * only rows still matching where_sql are touched.
 */
static const char *backfill_sql(planner *P, rg_catalog *c, const rg_table *t, const char *col, const char *value_sql,
                                const char *where_sql, const bf_key *k)
{
    const char *tq = pl_qn(P, t->schema, t->name), *cq = pl_q(P, col);
    const char *cols = key_list(P, k, "", "", false);
    const char *desc = key_list(P, k, "", " DESC", false);
    const char *maxv = key_list(P, k, "rg_max_", "", true), *lastv = key_list(P, k, "rg_last_", "", true);
    const char *maxc = var_list(P, c, t, k, "max"), *lastc = var_list(P, c, t, k, "last");
    const char *bcols = key_list(P, k, "rg_k", "", true);
    rg_buf join = {0}, sel = {0};
    for (size_t i = 0; i < k->n; i++) {
        rg_buf_printf(&join, "%srg_t.%s = rg_batch.rg_k%zu", i ? " AND " : "", pl_q(P, k->cols[i]), i + 1);
        rg_buf_printf(&sel, "%s%s AS rg_k%zu", i ? ", " : "", pl_q(P, k->cols[i]), i + 1);
    }
    rg_buf b = {0};
    rg_buf_puts(&b, "DO $rollgate$\nDECLARE\n");
    declare_vars(P, c, t, k, "max", &b);
    declare_vars(P, c, t, k, "last", &b);
    rg_buf_printf(&b,
        "BEGIN\n"
        "    -- bounded by the largest key at the start, so it ends under write load\n"
        "    SELECT %s INTO %s FROM %s ORDER BY %s LIMIT 1;\n"
        "    IF NOT FOUND THEN\n"
        "        RETURN; -- empty table: nothing to do\n"
        "    END IF;\n"
        "    LOOP\n"
        "        WITH rg_batch AS (\n"
        "            SELECT %s FROM %s\n"
        "            WHERE %s <= %s AND (rg_last_1 IS NULL OR %s > %s)\n"
        "            ORDER BY %s\n"
        "            LIMIT %ld\n"
        "        ), rg_update AS (\n"
        "            UPDATE %s AS rg_t SET %s = (%s)\n"
        "            FROM rg_batch WHERE %s AND (%s)\n"
        "        )\n"
        "        SELECT %s INTO %s FROM rg_batch ORDER BY %s LIMIT 1;\n"
        "        EXIT WHEN NOT FOUND;\n"
        "        COMMIT; -- each batch its own transaction\n",
        cols, maxv, tq, desc,
        rg_buf_cstr(&sel), tq, row_of(P, k, cols), row_of(P, k, maxc), row_of(P, k, cols), row_of(P, k, lastc),
        cols, P->o->batch_size,
        tq, cq, value_sql, rg_buf_cstr(&join), where_sql,
        bcols, lastv, key_list(P, k, "rg_k", " DESC", true));
    put_pause(P, &b);
    rg_buf_puts(&b, "    END LOOP;\nEND\n$rollgate$");
    rg_buf_free(&join);
    rg_buf_free(&sel);
    return pl_take(P, &b);
}

const char *pl_batched_update(planner *P, bool new_side, const rg_table *t, const char *col, const char *value_sql,
                              const char *where_sql)
{
    bf_key k;
    if (!pick_key(P, t, new_side, &k)) return NULL;
    return backfill_sql(P, new_side ? P->newc : P->oldc, t, col, value_sql, where_sql, &k);
}

void pl_backfill(planner *P, const rg_table *t, const char *col, const char *value_sql, const char *where_sql)
{
    const rg_table *ot = rg_catalog_table(P->oldc, t->schema, t->name);
    const char *tq = pl_qn(P, t->schema, t->name), *cq = pl_q(P, col);
    const char *obj = pl_key(P, t->schema, t->name, col);
    const char *slug = rg_arena_printf(P->a, "%s_%s", t->name, col);
    bf_key k;
    rg_plan_step *s;
    if (!ot || !pick_key(P, ot, false, &k)) {
        rg_plan_add_finding(P->p, RG_SEV_ERROR, "no_backfill_key", obj,
                            "%s has no primary key, UNIQUE constraint or unique index on NOT NULL columns "
                            "to batch on: the backfill of %s would be one UPDATE holding every row's lock "
                            "until it commits; add such a key first (e.g. a primary key) and plan again",
                            tq, cq);
        rg_plan_file *f = pl_own(P, ST_BACKFILL, 0, slug, false);
        s = pl_step(P, f, "update_rows", obj,
                    rg_arena_printf(P->a, "UPDATE %s SET %s = (%s) WHERE %s", tq, cq, value_sql, where_sql), NULL);
        pl_note(P, s, "not batched: no usable key");
        return;
    }
    rg_plan_file *f = pl_own(P, ST_BACKFILL, 0, slug, true);
    s = pl_step(P, f, "update_rows", obj, backfill_sql(P, P->oldc, ot, col, value_sql, where_sql, &k), NULL);
    pl_note(P, s, "keyset batches of %ld rows along %s (%s), each committed; resumable (only rows still "
                  "needing the value)", P->o->batch_size, k.name, key_list(P, &k, "", "", false));
}
