/*
 * diag.c — diagnostics about the user's SQL: collected per run, printed as
 * `file:line:col: severity: message`. Offsets are bytes; columns count
 * characters (UTF-8 continuation bytes are skipped), as PostgreSQL does.
 */
#include "rollgate/util.h"

#include <stdlib.h>
#include <string.h>

void rg_diag_add(rg_diags *d, rg_severity sev, const char *code,
                 const rg_source *src, size_t offset, const char *fmt, ...)
{
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 16;
        d->v = rg_xrealloc(d->v, d->cap * sizeof *d->v);
    }
    rg_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    rg_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    d->v[d->n++] = (rg_diag){sev, code, src, offset, b.s};
    if (sev == RG_SEV_ERROR) d->nerrors++;
}

void rg_diags_free(rg_diags *d)
{
    for (size_t i = 0; i < d->n; i++) free(d->v[i].msg);
    free(d->v);
    memset(d, 0, sizeof *d);
}

void rg_source_linecol(const rg_source *src, size_t offset, int *line, int *col)
{
    int l = 1, c = 1;
    if (offset > src->len) offset = src->len;
    for (size_t i = 0; i < offset; i++) {
        unsigned char ch = (unsigned char)src->text[i];
        if (ch == '\n') {
            l++;
            c = 1;
        } else if ((ch & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

static const char *sev_name(rg_severity s)
{
    return s == RG_SEV_ERROR ? "error" : s == RG_SEV_WARNING ? "warning" : "note";
}

void rg_diags_print(const rg_diags *d, FILE *f, rg_severity min)
{
    for (size_t i = 0; i < d->n; i++) {
        const rg_diag *g = &d->v[i];
        if (g->sev < min) continue;
        if (g->src) {
            int line, col;
            rg_source_linecol(g->src, g->offset, &line, &col);
            fprintf(f, "%s:%d:%d: %s: %s\n", g->src->path, line, col,
                    sev_name(g->sev), g->msg);
        } else {
            fprintf(f, "rollgate: %s: %s\n", sev_name(g->sev), g->msg);
        }
    }
}
