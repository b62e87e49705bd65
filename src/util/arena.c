/*
 * arena.c — bump allocation for everything whose lifetime is a pipeline
 * stage (parse trees, catalogs, plans). One rg_arena_free releases it all.
 * Build with -DRG_ARENA_MALLOC to give each allocation its own malloc so
 * sanitizers can see overruns.
 */
#include "rollgate/util.h"

#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

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

/*
 * Chunks come from mmap, not malloc: freeing an arena gives its pages back
 * to the system at once, where malloc kept them in the heap of the thread
 * that allocated them (a stage run on the second core left its memory
 * there), and pages of a chunk never written cost no memory, so chunks can
 * grow with the arena at no cost.
 */
typedef struct chunk {
    struct chunk *next, *prev;
    size_t used, size, mapped;
    _Alignas(16) unsigned char mem[];
} chunk;

/*
 * Vector storage (rg_vec_grow, rg_vec_reserve) comes in power-of-two size
 * classes. When a vector grows, its old block goes to the free list of its
 * class and the next vector of the arena that grows into that class takes
 * it: without that, doubling leaves every smaller copy behind, about as
 * much memory again as the vectors hold. Blocks of a chunk of their own
 * (the large classes) are unmapped instead. Blocks are known by address in
 * a small hash set, so storage that came from anywhere else (a caller's
 * rg_arena_alloc, another arena, a struct copy's storage never
 * registered) is never recycled.
 */
enum { CLASS_MIN = 6, CLASS_OWN = 15, NCLASS = 48 }; /* 64 B; 32 KiB and up: own chunk */

typedef struct vblock {
    struct vblock *next;
} vblock;

struct rg_arena {
    chunk *head;
    size_t bytes;
    size_t nchunks;
    vblock *free_blocks[NCLASS];
    /* the vector blocks handed out: address -> class + 1 (0: empty slot) */
    struct {
        void **keys;
        unsigned char *cls;
        size_t n, cap;
    } vec;
};

enum { CHUNK_MIN = 64 * 1024, CHUNK_MAX = 2 * 1024 * 1024 };

rg_arena *rg_arena_new(void)
{
    return rg_xcalloc(1, sizeof(rg_arena));
}

/*
 * Chunks of the smallest size are kept per thread when their arena is freed
 * (up to CACHE_MAX): short-lived scratch arenas, one per normalised
 * expression, cost an mmap and a munmap each otherwise, and a munmap with
 * two threads running interrupts the other core as well (perf: 11% of
 * `diff` at 2,000 tables). A kept chunk is cleared as far as it was used,
 * so a reused one is as zero as a fresh mapping. A thread's kept chunks are
 * unmapped when it ends.
 */
enum { CACHE_MAX = 16 };
#ifndef RG_ARENA_MALLOC
static _Thread_local chunk *t_cache[CACHE_MAX];
static _Thread_local int t_ncache;
static pthread_key_t cache_key;
static pthread_once_t cache_once = PTHREAD_ONCE_INIT;

static void cache_drop(void *unused)
{
    (void)unused;
    while (t_ncache > 0) {
        chunk *c = t_cache[--t_ncache];
        munmap(c, c->mapped);
    }
}

static void cache_key_make(void)
{
    if (pthread_key_create(&cache_key, cache_drop) != 0) cache_key = 0;
}


/* What mmap gives a chunk of `size` usable bytes: whole pages. */
static size_t mapped_size(size_t size)
{
    size_t page = 4096;
    return (sizeof(chunk) + size + page - 1) & ~(page - 1);
}
#endif

static void unmap_chunk(chunk *c)
{
#ifdef RG_ARENA_MALLOC
    free(c);
#else
    if (c->mapped == mapped_size(CHUNK_MIN) && t_ncache < CACHE_MAX) {
        pthread_once(&cache_once, cache_key_make);
        if (t_ncache == 0) pthread_setspecific(cache_key, c); /* so cache_drop runs at thread end */
        memset(c->mem, 0, c->used);
        t_cache[t_ncache++] = c;
        return;
    }
    munmap(c, c->mapped);
#endif
}

void rg_arena_free(rg_arena *a)
{
    if (!a) return;
    chunk *c = a->head;
    while (c) {
        chunk *next = c->next;
        unmap_chunk(c);
        c = next;
    }
    free(a->vec.keys);
    free(a->vec.cls);
    free(a);
}

static chunk *new_chunk(size_t size)
{
#ifdef RG_ARENA_MALLOC
    chunk *c = rg_xmalloc(sizeof(chunk) + size);
    size_t mapped = sizeof(chunk) + size;
#else
    size_t mapped = mapped_size(size);
    chunk *c;
    if (mapped == mapped_size(CHUNK_MIN) && t_ncache > 0) {
        c = t_cache[--t_ncache];
    } else {
        c = mmap(NULL, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (c == MAP_FAILED) rg_oom();
    }
#endif
    c->next = c->prev = NULL;
    c->used = 0;
    c->size = size;
    c->mapped = mapped;
    return c;
}

static void link_after(rg_arena *a, chunk *at, chunk *c)
{
    if (at) {
        c->prev = at;
        c->next = at->next;
        at->next = c;
    } else {
        c->next = a->head;
        a->head = c;
    }
    if (c->next) c->next->prev = c;
}

static void unlink_chunk(rg_arena *a, chunk *c)
{
    if (c->prev) c->prev->next = c->next;
    else a->head = c->next;
    if (c->next) c->next->prev = c->prev;
}

/* A block in a chunk of its own, kept behind the current chunk so the
 * current chunk's free space is not wasted. */
static void *own_chunk(rg_arena *a, size_t n)
{
    chunk *big = new_chunk(n);
    big->used = n;
    link_after(a, a->head, big);
    return big->mem;
}

/* n bytes at a multiple of align (a power of two up to 16), not zeroed. */
static void *alloc_raw(rg_arena *a, size_t n, size_t align)
{
    a->bytes += n;
#ifdef RG_ARENA_MALLOC
    (void)align;
    return own_chunk(a, n);
#else
    chunk *c = a->head;
    size_t at = c ? (c->used + align - 1) & ~(align - 1) : 0;
    if (!c || at > c->size || c->size - at < n) {
        if (n > CHUNK_MIN / 4) return own_chunk(a, n);
        /* Each new chunk twice the last, up to CHUNK_MAX: fewer system
         * calls for a large arena, and an untouched tail costs nothing. */
        size_t size = CHUNK_MIN;
        for (size_t i = 0; i < a->nchunks && size < CHUNK_MAX; i++) size *= 2;
        a->nchunks++;
        c = new_chunk(size);
        link_after(a, NULL, c);
        at = 0;
    }
    void *p = c->mem + at;
    c->used = at + n;
    return p;
#endif
}

/* Eight-byte alignment is all rollgate's types need (pointers, size_t,
 * double), and most allocations are small parse-tree nodes: rounding each
 * to 16 cost about a tenth of the trees. */
void *rg_arena_alloc(rg_arena *a, size_t n)
{
    n = n ? (n + 7) & ~(size_t)7 : 8;
    void *p = alloc_raw(a, n, 8);
#ifdef RG_ARENA_MALLOC
    memset(p, 0, n);
#endif
    /* fresh mmap pages are zero, and bump memory is never handed out twice */
    return p;
}

/* ---- vector blocks -------------------------------------------------------- */

static size_t slot_of(void *const *keys, size_t cap, const void *p)
{
    size_t h = (size_t)(((uintptr_t)p >> 4) * 0x9e3779b97f4a7c15ULL);
    size_t i = h & (cap - 1);
    while (keys[i] && keys[i] != p) i = (i + 1) & (cap - 1);
    return i;
}

static void vec_add(rg_arena *a, void *p, unsigned cls)
{
    if ((a->vec.n + 1) * 2 > a->vec.cap) {
        size_t ocap = a->vec.cap, ncap = ocap ? ocap * 2 : 64;
        void **ok = a->vec.keys;
        unsigned char *oc = a->vec.cls;
        a->vec.keys = rg_xcalloc(ncap, sizeof *a->vec.keys);
        a->vec.cls = rg_xcalloc(ncap, 1);
        a->vec.cap = ncap;
        for (size_t i = 0; i < ocap; i++) {
            if (!ok[i]) continue;
            size_t j = slot_of(a->vec.keys, ncap, ok[i]);
            a->vec.keys[j] = ok[i];
            a->vec.cls[j] = oc[i];
        }
        free(ok);
        free(oc);
    }
    size_t i = slot_of(a->vec.keys, a->vec.cap, p);
    a->vec.keys[i] = p;
    a->vec.cls[i] = (unsigned char)(cls + 1);
    a->vec.n++;
}

/* Removes p from the set; its class, or -1 when p is not a vector block of
 * this arena. Linear probing: the entries after the hole move back. */
static int vec_take(rg_arena *a, const void *p)
{
    if (!p || !a->vec.cap) return -1;
    size_t cap = a->vec.cap, i = slot_of(a->vec.keys, cap, p);
    if (!a->vec.keys[i]) return -1;
    int cls = a->vec.cls[i] - 1;
    a->vec.keys[i] = NULL;
    a->vec.n--;
    for (size_t j = (i + 1) & (cap - 1); a->vec.keys[j]; j = (j + 1) & (cap - 1)) {
        void *k = a->vec.keys[j];
        unsigned char c = a->vec.cls[j];
        a->vec.keys[j] = NULL;
        size_t t = slot_of(a->vec.keys, cap, k);
        a->vec.keys[t] = k;
        a->vec.cls[t] = c;
    }
    return cls;
}

/* A block of at least n bytes for a vector; *bytes is what it holds. */
static void *vec_alloc(rg_arena *a, size_t n, size_t *bytes)
{
    unsigned cls = CLASS_MIN;
    while (((size_t)1 << cls) < n) cls++;
    assert(cls < NCLASS);
    size_t size = (size_t)1 << cls;
    void *p;
    if (a->free_blocks[cls]) {
        vblock *b = a->free_blocks[cls];
        a->free_blocks[cls] = b->next;
        p = b;
    } else {
        p = cls >= CLASS_OWN ? own_chunk(a, size) : alloc_raw(a, size, 16);
        a->bytes += cls >= CLASS_OWN ? size : 0;
    }
    vec_add(a, p, cls);
    *bytes = size;
    return p;
}

/* Gives back the old storage of a vector that moved, when it is one. */
static void vec_release(rg_arena *a, void *p)
{
    int cls = vec_take(a, p);
    if (cls < 0) return;
#ifdef RG_ARENA_MALLOC
    /* every block its own malloc: freed now, so sanitizers see a use of
     * the old storage after the vector moved */
    chunk *c = (chunk *)((unsigned char *)p - offsetof(chunk, mem));
    unlink_chunk(a, c);
    unmap_chunk(c);
#else
    if (cls >= CLASS_OWN) {
        chunk *c = (chunk *)((unsigned char *)p - offsetof(chunk, mem));
        unlink_chunk(a, c);
        unmap_chunk(c);
        return;
    }
    vblock *b = p;
    b->next = a->free_blocks[cls];
    a->free_blocks[cls] = b;
#endif
}

/* Layout shared by every RG_VEC(T). */
typedef struct {
    void *v;
    size_t n, cap;
} anyvec;

static void vec_move(rg_arena *a, anyvec *av, size_t elem, size_t want)
{
    size_t bytes;
    void *nv = vec_alloc(a, want * elem, &bytes);
    if (av->n) memcpy(nv, av->v, av->n * elem);
    vec_release(a, av->v);
    av->v = nv;
    av->cap = bytes / elem;
}

void *rg_vec_grow(rg_arena *a, void *vec, size_t elem)
{
    anyvec *av = vec;
    if (av->n == av->cap) vec_move(a, av, elem, av->cap ? av->cap * 2 : 4);
    void *slot = (char *)av->v + av->n * elem;
    memset(slot, 0, elem);
    av->n++;
    return slot;
}

void rg_vec_reserve(rg_arena *a, void *vec, size_t elem, size_t cap)
{
    anyvec *av = vec;
    if (cap > av->cap) vec_move(a, av, elem, cap);
}

/* Strings need no alignment: packed end to end. */
static char *alloc_chars(rg_arena *a, size_t n)
{
    char *p = alloc_raw(a, n, 1);
#ifdef RG_ARENA_MALLOC
    memset(p, 0, n);
#endif
    return p;
}

char *rg_arena_strndup(rg_arena *a, const char *s, size_t n)
{
    char *p = alloc_chars(a, n + 1);
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
    char *p = alloc_chars(a, (size_t)n + 1);
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
