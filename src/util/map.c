/*
 * map.c — string-keyed open-addressing hash map (linear probing, tombstones
 * on delete). Every name lookup in rollgate goes through one of these, so
 * catalog and diff costs stay linear in the input.
 */
#include "rollgate/util.h"

#include <stdlib.h>
#include <string.h>

static const char TOMBSTONE[] = "";

/* FNV-1a, 64-bit: simple and good enough for identifiers. */
uint64_t rg_hash(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 1099511628211ULL;
    }
    return h;
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

void rg_map_free(rg_map *m)
{
    free(m->keys);
    free(m->vals);
    free(m->hashes);
    memset(m, 0, sizeof *m);
}
