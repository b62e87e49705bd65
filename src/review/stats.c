/*
 * stats.c — table sizes for `rollgate review --stats FILE`: a CSV
 * `schema,table,rows,bytes` exported from a live database (the README
 * gives the psql --csv query), read with libcsv into a hash map keyed by
 * "schema.table". Kept to this one file so a fuller statistics module can
 * take its place behind the same three functions.
 */
#include "rollgate/review.h"

#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct rg_sizes {
    rg_arena *arena;
    rg_map by_name;               /* "schema.table" -> rg_size * */
};

typedef struct reader {
    rg_sizes *s;
    const rg_source *src;
    rg_diags *d;
    int col[4];                   /* schema, table, rows, bytes: field index or -1 */
    const char *cell[4];
    size_t field, row;
    size_t row_start;             /* byte offset of the current row */
    bool header_done, failed;
} reader;

static const char *const COLS[4] = {"schema", "table", "rows", "bytes"};

static void on_field(void *p, size_t len, void *ctx)
{
    reader *r = ctx;
    const char *v = p ? p : "";
    if (!r->header_done) {
        for (int k = 0; k < 4; k++)
            if (strlen(COLS[k]) == len && !memcmp(v, COLS[k], len)) r->col[k] = (int)r->field;
    } else {
        for (int k = 0; k < 4; k++)
            if (r->col[k] == (int)r->field) r->cell[k] = rg_arena_strndup(r->s->arena, v, len);
    }
    r->field++;
}

static bool number(const char *s, long long *out)
{
    if (!s || !*s) return false;
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (*end || errno || v < 0) return false;
    *out = v;
    return true;
}

static void on_row(int c, void *ctx)
{
    (void)c;
    reader *r = ctx;
    r->row++;
    if (!r->header_done) {
        r->header_done = true;
        for (int k = 0; k < 4 && !r->failed; k++)
            if (r->col[k] < 0) {
                rg_diag_add(r->d, RG_SEV_ERROR, "bad_stats", NULL, 0,
                            "%s:1: --stats: the header has no column '%s' (want schema,table,rows,bytes)",
                            r->src->path, COLS[k]);
                r->failed = true;
            }
    } else if (!r->failed) {
        rg_size *t = rg_arena_alloc(r->s->arena, sizeof *t);
        t->schema = r->cell[0];
        t->table = r->cell[1];
        if (!t->schema || !t->table || !*t->table || !number(r->cell[2], &t->rows) ||
            !number(r->cell[3], &t->bytes)) {
            rg_diag_add(r->d, RG_SEV_ERROR, "bad_stats", NULL, 0,
                        "%s:%zu: --stats: want schema,table and two whole numbers (rows, bytes)", r->src->path,
                        r->row);
            r->failed = true;
        } else {
            rg_map_put(&r->s->by_name, rg_arena_printf(r->s->arena, "%s.%s", t->schema, t->table), t);
        }
    }
    r->field = 0;
    memset(r->cell, 0, sizeof r->cell);
}

int rg_sizes_load(rg_sizes **out, const char *path, rg_diags *d)
{
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f) {
        rg_diag_add(d, RG_SEV_ERROR, "io", NULL, 0, "%s: %s", path, strerror(errno));
        return RG_EIO;
    }
    rg_sizes *s = rg_xcalloc(1, sizeof *s);
    s->arena = rg_arena_new();
    rg_source src = {.path = rg_arena_strdup(s->arena, path)};
    reader r = {.s = s, .src = &src, .d = d, .col = {-1, -1, -1, -1}};
    struct csv_parser cp;
    int rc = csv_init(&cp, CSV_APPEND_NULL) == 0 ? RG_OK : RG_EINTERNAL;
    char buf[65536];
    size_t n;
    while (rc == RG_OK && !r.failed && (n = fread(buf, 1, sizeof buf, f)) > 0)
        if (csv_parse(&cp, buf, n, on_field, on_row, &r) != n) {
            rg_diag_add(d, RG_SEV_ERROR, "bad_stats", NULL, 0, "%s: --stats: %s", path, csv_strerror(csv_error(&cp)));
            rc = RG_EINPUT;
        }
    if (rc == RG_OK && ferror(f)) {
        rg_diag_add(d, RG_SEV_ERROR, "io", NULL, 0, "%s: read error", path);
        rc = RG_EIO;
    }
    if (rc == RG_OK) csv_fini(&cp, on_field, on_row, &r);
    csv_free(&cp);
    fclose(f);
    if (rc == RG_OK && !r.header_done) {
        rg_diag_add(d, RG_SEV_ERROR, "bad_stats", NULL, 0, "%s: --stats: empty file (want schema,table,rows,bytes)",
                    path);
        rc = RG_EINPUT;
    }
    if (rc == RG_OK && r.failed) rc = RG_EINPUT;
    if (rc != RG_OK) {
        rg_sizes_free(s);
        return rc;
    }
    *out = s;
    return RG_OK;
}

const rg_size *rg_sizes_find(const rg_sizes *s, const char *schema, const char *table)
{
    if (!s) return NULL;
    char key[512];
    snprintf(key, sizeof key, "%s.%s", schema, table);
    return rg_map_get(&s->by_name, key);
}

void rg_sizes_free(rg_sizes *s)
{
    if (!s) return;
    rg_map_free(&s->by_name);
    rg_arena_free(s->arena);
    free(s);
}
