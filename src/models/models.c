/*
 * models.c — access to the CSV models embedded at build time, and the one
 * libcsv-based reader every model and CSV input goes through, and the one
 * CSV cell writer every CSV output goes through.
 */
#include "rollgate/models.h"
#include "rollgate/util.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>

typedef struct { const char *path; const char *data; size_t len; } rg_embedded_model;
extern const rg_embedded_model rg_embedded_models[];

const char *rg_model_file(const char *relpath, size_t *len)
{
    for (const rg_embedded_model *m = rg_embedded_models; m->path; m++) {
        if (strcmp(m->path, relpath) == 0) {
            if (len) *len = m->len;
            return m->data;
        }
    }
    return NULL;
}

typedef struct reader {
    rg_csv_row_fn row;
    void *ctx;
    char **fields;
    size_t n, cap;
    size_t rows;
} reader;

static void on_field(void *s, size_t len, void *data)
{
    reader *r = data;
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 16;
        r->fields = rg_xrealloc(r->fields, r->cap * sizeof *r->fields);
    }
    char *f = rg_xmalloc(len + 1);
    if (len) memcpy(f, s, len);
    f[len] = 0;
    r->fields[r->n++] = f;
}

static void on_row(int c, void *data)
{
    (void)c;
    reader *r = data;
    if (r->rows++ > 0) r->row(r->ctx, (const char *const *)r->fields, r->n);
    for (size_t i = 0; i < r->n; i++) free(r->fields[i]);
    r->n = 0;
}

int rg_csv_parse(const char *data, size_t len, rg_csv_row_fn row, void *ctx)
{
    struct csv_parser p;
    if (csv_init(&p, CSV_APPEND_NULL) != 0) return RG_EINTERNAL;
    reader r = {row, ctx, NULL, 0, 0, 0};
    int rc = RG_OK;
    if (csv_parse(&p, data, len, on_field, on_row, &r) != len) rc = RG_EINPUT;
    else csv_fini(&p, on_field, on_row, &r);
    for (size_t i = 0; i < r.n; i++) free(r.fields[i]);
    free(r.fields);
    csv_free(&p);
    return rc;
}

int rg_csv_cell(rg_buf *out, const char *s)
{
    if (!s) s = "";
    rg_buf cell = {0};
    /* A lone "-" (the "no app" of a step row) is no formula. */
    if ((*s == '=' || *s == '+' || *s == '-' || *s == '@') && strcmp(s, "-") != 0) rg_buf_putc(&cell, '\'');
    rg_buf_puts(&cell, s);
    const char *v = rg_buf_cstr(&cell);
    int rc = RG_OK;
    if (strpbrk(v, ",\"\r\n")) {
        size_t need = 2 * cell.len + 2;
        char *q = rg_xmalloc(need);
        size_t n = csv_write(q, need, v, cell.len);
        if (n > need) rc = RG_EINTERNAL; /* cannot happen: 2n+2 is libcsv's bound */
        else rg_buf_put(out, q, n);
        free(q);
    } else {
        rg_buf_put(out, v, cell.len);
    }
    rg_buf_free(&cell);
    return rc;
}

int rg_csv_row(rg_buf *out, const char *const *cells, size_t n)
{
    int rc = RG_OK;
    for (size_t i = 0; i < n && rc == RG_OK; i++) {
        if (i) rg_buf_putc(out, ',');
        rc = rg_csv_cell(out, cells[i]);
    }
    rg_buf_puts(out, "\r\n");
    return rc;
}
