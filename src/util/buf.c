/*
 * buf.c — a growable, malloc-backed byte buffer for building output text.
 */
#include "rollgate/util.h"

#include <stdlib.h>
#include <string.h>

static void reserve(rg_buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) cap *= 2;
    b->s = rg_xrealloc(b->s, cap);
    b->cap = cap;
}

void rg_buf_put(rg_buf *b, const void *p, size_t n)
{
    reserve(b, n);
    memcpy(b->s + b->len, p, n);
    b->len += n;
    b->s[b->len] = 0;
}

void rg_buf_puts(rg_buf *b, const char *s)
{
    rg_buf_put(b, s, strlen(s));
}

void rg_buf_putc(rg_buf *b, char c)
{
    reserve(b, 1);
    b->s[b->len++] = c;
    b->s[b->len] = 0;
}

void rg_buf_vprintf(rg_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) rg_oom();
    reserve(b, (size_t)n);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void rg_buf_printf(rg_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rg_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

const char *rg_buf_cstr(rg_buf *b)
{
    return b->s ? b->s : "";
}

void rg_buf_reset(rg_buf *b)
{
    b->len = 0;
    if (b->s) b->s[0] = 0;
}

void rg_buf_free(rg_buf *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}
