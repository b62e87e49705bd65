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
        const char *k = m->keys[i];
        if (!k) return i;
        if (k != TOMBSTONE && m->hashes[i] == h && strcmp(k, key) == 0) return i;
        i = (i + 1) & mask;
    }
}

void *rg_map_get(const rg_map *m, const char *key)
{
    if (!m->cap) return NULL;
    size_t i = find_slot(m, key, rg_hash(key, strlen(key)));
    return m->keys[i] ? m->vals[i] : NULL;
}

static void grow(rg_map *m)
{
    rg_map old = *m;
    m->cap = old.cap ? old.cap * 2 : 16;
    m->keys = rg_xcalloc(m->cap, sizeof *m->keys);
    m->vals = rg_xcalloc(m->cap, sizeof *m->vals);
    m->hashes = rg_xcalloc(m->cap, sizeof *m->hashes);
    m->n = 0;
    for (size_t i = 0; i < old.cap; i++) {
        if (old.keys[i] && old.keys[i] != TOMBSTONE) {
            size_t j = find_slot(m, old.keys[i], old.hashes[i]);
            m->keys[j] = old.keys[i];
            m->vals[j] = old.vals[i];
            m->hashes[j] = old.hashes[i];
            m->n++;
        }
    }
    free(old.keys);
    free(old.vals);
    free(old.hashes);
}

void rg_map_put(rg_map *m, const char *key, void *val)
{
    assert(key);
    /* n counts tombstones too, so probing always finds an empty slot. */
    if ((m->n + 1) * 4 >= m->cap * 3) grow(m);
    uint64_t h = rg_hash(key, strlen(key));
    size_t i = find_slot(m, key, h);
    if (!m->keys[i]) m->n++;
    m->keys[i] = key;
    m->vals[i] = val;
    m->hashes[i] = h;
}

void *rg_map_del(rg_map *m, const char *key)
{
    if (!m->cap) return NULL;
    size_t i = find_slot(m, key, rg_hash(key, strlen(key)));
    if (!m->keys[i]) return NULL;
    void *old = m->vals[i];
    m->keys[i] = TOMBSTONE;
    m->vals[i] = NULL;
    return old;
}

void rg_map_copy(rg_map *dst, const rg_map *src)
{
    memset(dst, 0, sizeof *dst);
    if (!src->cap) return;
    *dst = *src;
    dst->keys = rg_xmalloc(src->cap * sizeof *dst->keys);
    dst->vals = rg_xmalloc(src->cap * sizeof *dst->vals);
    dst->hashes = rg_xmalloc(src->cap * sizeof *dst->hashes);
    memcpy(dst->keys, src->keys, src->cap * sizeof *dst->keys);
    memcpy(dst->vals, src->vals, src->cap * sizeof *dst->vals);
    memcpy(dst->hashes, src->hashes, src->cap * sizeof *dst->hashes);
}

void rg_map_free(rg_map *m)
{
    free(m->keys);
    free(m->vals);
    free(m->hashes);
    memset(m, 0, sizeof *m);
}
