/*
 * keywords.c — PostgreSQL's keyword categories, asked of libpg_query's own
 * scanner, for identifier quoting (rg_quote_ident in catalog/ddl.c).
 *
 * Why the scanner: the keyword list changes between server versions, and
 * libpg_query carries the exact PostgreSQL 15 list (kwlist.h) with each
 * word's category. pg_query_scan returns every token with its
 * keyword_kind. Scanning costs a memory context per call, so answers are
 * cached per distinct word; schemas repeat the same few hundred names.
 * The cache is process-wide and guarded by a mutex: the two catalogs of a
 * diff are built on two threads, and the interpreter quotes names too.
 */
#include "parse/tree.h"

#include <pg_query.h>

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static rg_map kw_cache;      /* word -> (void *)(kind + 1) */
static rg_arena *kw_arena;   /* owns the cached words */
static pthread_mutex_t kw_lock = PTHREAD_MUTEX_INITIALIZER;

/* Scans `word` and returns the keyword kind of its single token, or
 * NO_KEYWORD when it is not exactly one keyword token. */
static int scan_kind(const char *word)
{
    rg_pg_mark_used();
    PgQueryScanResult r = pg_query_scan(word);
    int kind = NO_KEYWORD;
    if (!r.error) {
        pg_ScanResult *sr = pg_query__scan_result__unpack(
            NULL, r.pbuf.len, (const uint8_t *)r.pbuf.data);
        if (sr && sr->n_tokens == 1 && sr->tokens[0]->start == 0 &&
            (size_t)sr->tokens[0]->end == strlen(word))
            kind = sr->tokens[0]->keyword_kind;
        if (sr) pg_query__scan_result__free_unpacked(sr, NULL);
    }
    pg_query_free_scan_result(r);
    return kind;
}

int rg_pg_keyword_kind(const char *ident)
{
    /* Keywords are plain lower-case ASCII words; anything else cannot be
     * one, and must not reach the scanner as several tokens. */
    if (!ident || !*ident) return NO_KEYWORD;
    for (const char *p = ident; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || *p == '_'))
            return NO_KEYWORD;
    pthread_mutex_lock(&kw_lock);
    void *hit = rg_map_get(&kw_cache, ident);
    int kind;
    if (hit) {
        kind = (int)((intptr_t)hit - 1);
    } else {
        kind = scan_kind(ident);
        if (!kw_arena) kw_arena = rg_arena_new();
        rg_map_put(&kw_cache, rg_arena_strdup(kw_arena, ident), (void *)(intptr_t)(kind + 1));
    }
    pthread_mutex_unlock(&kw_lock);
    return kind;
}

/* Where a SQL-standard function body starts in the text of its CREATE
 * FUNCTION statement: the first RETURN or BEGIN (ATOMIC) token outside
 * parentheses. The scanner skips strings, comments and dollar quotes, so
 * a body word inside them is not mistaken for the body. */
long rg_pg_sql_body_offset(const char *stmt)
{
    rg_pg_mark_used();
    PgQueryScanResult r = pg_query_scan(stmt);
    long at = -1;
    if (!r.error) {
        pg_ScanResult *sr = pg_query__scan_result__unpack(
            NULL, r.pbuf.len, (const uint8_t *)r.pbuf.data);
        int depth = 0;
        for (size_t i = 0; sr && i < sr->n_tokens && at < 0; i++) {
            const pg_ScanToken *t = sr->tokens[i];
            if (t->token == PG_QUERY__TOKEN__ASCII_40) depth++;
            else if (t->token == PG_QUERY__TOKEN__ASCII_41) depth--;
            else if (depth == 0 && (t->token == PG_QUERY__TOKEN__RETURN ||
                                    (t->token == PG_QUERY__TOKEN__BEGIN_P && i + 1 < sr->n_tokens &&
                                     sr->tokens[i + 1]->token == PG_QUERY__TOKEN__ATOMIC)))
                at = t->start;
        }
        if (sr) pg_query__scan_result__free_unpacked(sr, NULL);
    }
    pg_query_free_scan_result(r);
    return at;
}
