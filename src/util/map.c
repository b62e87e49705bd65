/*
 * map.c — string-keyed open-addressing hash map (linear probing, tombstones
 * on delete). Every name lookup in rollgate goes through one of these, so
 * catalog and diff costs stay linear in the input.
 */
#include "rollgate/util.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

static const char TOMBSTONE[] = "";

/* Eight bytes per step (multiply-xorshift, in the spirit of wyhash):
 * statement texts of several megabytes are hashed on every run, and
 * byte-at-a-time FNV showed in the profile. Quality is ample for a table
 * that compares full keys on every hash match. */
static uint64_t mix(uint64_t k)
{
    k ^= k >> 32;
    k *= 0xd6e8feb86659fd93ULL;
    k ^= k >> 32;
    return k;
}

uint64_t rg_hash(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ (n * 0xff51afd7ed558ccdULL);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t k;
        memcpy(&k, s + i, 8);
        h = mix(h ^ k) + 0x9e3779b97f4a7c15ULL;
    }
    uint64_t tail = 0;
    for (size_t j = 0; i + j < n; j++) tail |= (uint64_t)s[i + j] << (8 * j);
    return mix(h ^ tail ^ 0xc2b2ae3d27d4eb4fULL);
}

static size_t find_slot(const rg_map *m, const char *key, uint64_t h)
{
    size_t mask = m->cap - 1, i = (size_t)h & mask;
    for (;;) {
        const rg_map_entry *e = &m->e[i];
        if (!e->key) return i;
        if (e->hash == h && e->key != TOMBSTONE && strcmp(e->key, key) == 0) return i;
        i = (i + 1) & mask;
    }
}

void *rg_map_get_hashed(const rg_map *m, const char *key, uint64_t h)
{
    if (!m->cap) return NULL;
    size_t i = find_slot(m, key, h);
    return m->e[i].key ? m->e[i].val : NULL;
}

void *rg_map_get(const rg_map *m, const char *key)
{
    return m->cap ? rg_map_get_hashed(m, key, rg_hash(key, strlen(key))) : NULL;
}

static void grow(rg_map *m)
{
    rg_map old = *m;
    m->cap = old.cap ? old.cap * 2 : 16;
    m->e = rg_xcalloc(m->cap, sizeof *m->e);
    m->n = 0;
    for (size_t i = 0; i < old.cap; i++) {
        const rg_map_entry *o = &old.e[i];
        if (o->key && o->key != TOMBSTONE) {
            size_t j = find_slot(m, o->key, o->hash);
            m->e[j] = *o;
            m->n++;
        }
    }
    free(old.e);
}

void rg_map_put(rg_map *m, const char *key, void *val)
{
    assert(key);
    rg_map_put_hashed(m, key, rg_hash(key, strlen(key)), val);
}

void rg_map_put_hashed(rg_map *m, const char *key, uint64_t h, void *val)
{
    assert(key && h == rg_hash(key, strlen(key)));
    /* n counts tombstones too, so probing always finds an empty slot. */
    if ((m->n + 1) * 4 >= m->cap * 3) grow(m);
    size_t i = find_slot(m, key, h);
    if (!m->e[i].key) m->n++;
    m->e[i] = (rg_map_entry){h, key, val};
}

void *rg_map_del(rg_map *m, const char *key)
{
    if (!m->cap) return NULL;
    size_t i = find_slot(m, key, rg_hash(key, strlen(key)));
    if (!m->e[i].key) return NULL;
    void *old = m->e[i].val;
    m->e[i].key = TOMBSTONE;
    m->e[i].val = NULL;
    return old;
}

void rg_map_copy(rg_map *dst, const rg_map *src)
{
    memset(dst, 0, sizeof *dst);
    if (!src->cap) return;
    *dst = *src;
    dst->e = rg_xmalloc(src->cap * sizeof *dst->e);
    memcpy(dst->e, src->e, src->cap * sizeof *dst->e);
}

void rg_map_free(rg_map *m)
{
    free(m->e);
    memset(m, 0, sizeof *m);
}
