/*
 * arena.c — bump allocation for everything whose lifetime is a pipeline
 * stage (parse trees, catalogs, plans). One rg_arena_free releases it all.
 * Build with -DRG_ARENA_MALLOC to give each allocation its own malloc so
 * sanitizers can see overruns.
 */
#include "rollgate/util.h"

#include <stdlib.h>
#include <string.h>

void rg_oom(void)
{
    fputs("rollgate: out of memory\n", stderr);
    abort();
}

void *rg_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) rg_oom();
    return p;
}

void *rg_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) rg_oom();
    return p;
}

void *rg_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) rg_oom();
    return q;
}

char *rg_xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(rg_xmalloc(n), s, n);
}

typedef struct chunk {
    struct chunk *next;
    size_t used, size;
    _Alignas(16) unsigned char mem[];
} chunk;

struct rg_arena {
    chunk *head;
    size_t bytes;
};

enum { CHUNK_MIN = 64 * 1024 };

rg_arena *rg_arena_new(void)
{
    return rg_xcalloc(1, sizeof(rg_arena));
}

void rg_arena_free(rg_arena *a)
{
    if (!a) return;
    chunk *c = a->head;
    while (c) {
        chunk *next = c->next;
        free(c);
        c = next;
    }
    free(a);
}

static chunk *new_chunk(size_t size)
{
    chunk *c = rg_xmalloc(sizeof(chunk) + size);
    c->next = NULL;
    c->used = 0;
    c->size = size;
    return c;
}

void *rg_arena_alloc(rg_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n == 0) n = 16;
    a->bytes += n;
#ifdef RG_ARENA_MALLOC
    chunk *c = new_chunk(n);
    c->next = a->head;
    a->head = c;
    memset(c->mem, 0, n);
    return c->mem;
#else
    chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        /* Big requests get a chunk of their own, kept behind the current
         * one so the current chunk's free space is not wasted. */
        if (n > CHUNK_MIN / 4) {
            chunk *big = new_chunk(n);
            big->used = n;
            if (c) {
                big->next = c->next;
                c->next = big;
            } else {
                a->head = big;
            }
            memset(big->mem, 0, n);
            return big->mem;
        }
        c = new_chunk(CHUNK_MIN);
        c->next = a->head;
        a->head = c;
    }
    void *p = c->mem + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
#endif
}

char *rg_arena_strndup(rg_arena *a, const char *s, size_t n)
{
    char *p = rg_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *rg_arena_strdup(rg_arena *a, const char *s)
{
    return rg_arena_strndup(a, s, strlen(s));
}

char *rg_arena_printf(rg_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) rg_oom();
    char *p = rg_arena_alloc(a, (size_t)n + 1);
    if ((size_t)n < sizeof small) {
        memcpy(p, small, (size_t)n + 1);
    } else {
        va_start(ap, fmt);
        vsnprintf(p, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    return p;
}

size_t rg_arena_bytes(const rg_arena *a)
{
    return a->bytes;
}

/* Layout shared by every RG_VEC(T). */
typedef struct {
    void *v;
    size_t n, cap;
} anyvec;

void *rg_vec_grow(rg_arena *a, void *vec, size_t elem)
{
    anyvec *av = vec;
    if (av->n == av->cap) {
        size_t cap = av->cap ? av->cap * 2 : 4;
        void *nv = rg_arena_alloc(a, cap * elem);
        if (av->n) memcpy(nv, av->v, av->n * elem);
        av->v = nv;
        av->cap = cap;
    }
    void *slot = (char *)av->v + av->n * elem;
    memset(slot, 0, elem);
    av->n++;
    return slot;
}
