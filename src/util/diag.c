/*
 * diag.c — diagnostics about the user's SQL (and every other error a run
 * reports): collected per run, printed as `file:line:col: severity:
 * message`; and the findings arrays the stages share. Offsets are bytes; columns count
 * characters (UTF-8 continuation bytes are skipped), as PostgreSQL does.
 */
#include "rollgate/util.h"

#include <assert.h>
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

void rg_diags_append(rg_diags *dst, rg_diags *src)
{
    for (size_t i = 0; i < src->n; i++) {
        if (dst->n == dst->cap) {
            dst->cap = dst->cap ? dst->cap * 2 : 16;
            dst->v = rg_xrealloc(dst->v, dst->cap * sizeof *dst->v);
        }
        dst->v[dst->n++] = src->v[i];
    }
    dst->nerrors += src->nerrors;
    free(src->v);
    memset(src, 0, sizeof *src);
}

static int is_char_start(unsigned char ch)
{
    return (ch & 0xC0) != 0x80;
}

/* Characters (UTF-8 sequence starts) in s[0, n): n less the continuation
 * bytes, counted a word at a time where the text is ASCII. */
static uint32_t count_chars(const char *s, size_t n)
{
    uint32_t c = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (!(w & 0x8080808080808080ULL)) {
            c += 8;
            continue;
        }
        for (size_t k = 0; k < 8; k++) c += (uint32_t)is_char_start((unsigned char)s[i + k]);
    }
    for (; i < n; i++) c += (uint32_t)is_char_start((unsigned char)s[i]);
    return c;
}

void rg_source_index(rg_source *src, rg_arena *a)
{
    const char *text = src->text, *end = src->text + src->len;
    size_t nlines = 1;
    for (const char *p = text; (p = memchr(p, '\n', (size_t)(end - p))); p++) nlines++;
    uint32_t *ls = rg_arena_alloc(a, nlines * sizeof *ls);
    size_t l = 1;
    for (const char *p = text; (p = memchr(p, '\n', (size_t)(end - p))); p++) ls[l++] = (uint32_t)(p - text + 1);
    size_t nchk = src->len / RG_SOURCE_STRIDE + 1;
    uint32_t *chk = rg_arena_alloc(a, nchk * sizeof *chk);
    uint32_t chars = 0;
    for (size_t k = 0; k < nchk; k++) {
        chk[k] = chars;
        size_t from = k * RG_SOURCE_STRIDE;
        size_t to = from + RG_SOURCE_STRIDE < src->len ? from + RG_SOURCE_STRIDE : src->len;
        if (from < to) chars += count_chars(text + from, to - from);
    }
    src->line_start = ls;
    src->nlines = nlines;
    src->chars_at = chk;
}

/* Characters in text[0, off) from the nearest checkpoint. */
static size_t chars_before(const rg_source *src, size_t off)
{
    size_t k = off / RG_SOURCE_STRIDE;
    return src->chars_at[k] + count_chars(src->text + k * RG_SOURCE_STRIDE, off - k * RG_SOURCE_STRIDE);
}

void rg_source_linecol(const rg_source *src, size_t offset, int *line, int *col)
{
    if (offset > src->len) offset = src->len;
    if (src->line_start) {
        size_t lo = 0, hi = src->nlines; /* the last line starting at or before offset */
        while (hi - lo > 1) {
            size_t mid = lo + (hi - lo) / 2;
            if (src->line_start[mid] <= offset) lo = mid;
            else hi = mid;
        }
        *line = (int)(lo + 1);
        *col = (int)(1 + chars_before(src, offset) - chars_before(src, src->line_start[lo]));
        return;
    }
    int l = 1, c = 1;
    for (size_t i = 0; i < offset; i++) {
        unsigned char ch = (unsigned char)src->text[i];
        if (ch == '\n') {
            l++;
            c = 1;
        } else if (is_char_start(ch)) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

int rg_diags_fail(rg_diags *d, int rc, char *msg)
{
    if (rc != RG_OK) {
        const char *code = rc == RG_EINPUT ? "bad_input" : rc == RG_EIO ? "io_error" : rc == RG_EUSAGE ? "usage"
                                                                                                   : "internal_error";
        rg_diag_add(d, RG_SEV_ERROR, code, NULL, 0, "%s", msg ? msg : code);
    }
    free(msg);
    return rc;
}

const char *rg_severity_name(rg_severity s)
{
    return s == RG_SEV_ERROR ? "error" : s == RG_SEV_WARNING ? "warning" : "note";
}

int rg_severity_parse(const char *s, rg_severity *out)
{
    static const rg_severity ALL[] = {RG_SEV_NOTE, RG_SEV_WARNING, RG_SEV_ERROR};
    for (size_t i = 0; s && i < sizeof ALL / sizeof *ALL; i++)
        if (strcmp(s, rg_severity_name(ALL[i])) == 0) {
            *out = ALL[i];
            return 0;
        }
    return -1;
}

rg_finding *rg_finding_addv(rg_arena *a, rg_finding **v, size_t *n, size_t *cap, rg_severity sev,
                            const char *code, const char *object, const char *fmt, va_list ap)
{
    assert(*n <= *cap);
    if (*n == *cap) {
        size_t ncap = *cap ? 2 * *cap : 8;
        rg_finding *nv = rg_arena_alloc(a, ncap * sizeof *nv);
        if (*n) memcpy(nv, *v, *n * sizeof *nv);
        *v = nv;
        *cap = ncap;
    }
    rg_buf b = {0};
    rg_buf_vprintf(&b, fmt, ap);
    rg_finding *f = &(*v)[(*n)++];
    *f = (rg_finding){.sev = sev, .code = rg_arena_strdup(a, code), .object = rg_arena_strdup(a, object ? object : ""),
                      .msg = rg_arena_strdup(a, rg_buf_cstr(&b)), .file = ""};
    rg_buf_free(&b);
    return f;
}

rg_finding *rg_finding_add(rg_arena *a, rg_finding **v, size_t *n, size_t *cap, rg_severity sev,
                           const char *code, const char *object, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rg_finding *f = rg_finding_addv(a, v, n, cap, sev, code, object, fmt, ap);
    va_end(ap);
    return f;
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
                    rg_severity_name(g->sev), g->msg);
        } else {
            fprintf(f, "rollgate: %s: %s\n", rg_severity_name(g->sev), g->msg);
        }
    }
}
