/*
 * test_json_tree.c — the JSON decoder of src/parse/json_tree.c gives the
 * same trees as libpg_query's protobuf output, byte for byte.
 *
 *   test_json_tree [--proto pg_query.proto] DIR_OR_FILE...
 *
 * --proto: every json_name of libpg_query's .proto leads the decoder to
 * its field (the decoder folds keys to field names, plus an alias list).
 * Every .sql file below the arguments is split by the grammar; for each
 * statement, pg_query_parse's JSON is decoded and packed with protobuf-c,
 * and the bytes must equal pg_query_parse_protobuf's for the same text.
 * A statement the decoder gives up on is a failure too: the parser would
 * still be right (it falls back to the protobuf path), but slower, and a
 * gap in the decoder should be seen. Hand-written statements cover what
 * the suite's files may not: escapes of every kind, non-ASCII text, a
 * surrogate pair, every A_Const kind, enums, negative numbers. Each tree
 * is also copied with rg_pg_copy, and the copy must pack to the same bytes.
 */
#define _GNU_SOURCE
#include "parse/json_tree.h"
#include "parse/tree.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <pg_query.h>

#include "../harness.h"

static size_t nstmts, nfiles, nleft_out;

/* rg_pg_parse_one measures nesting first and refuses what is too deep. */
static bool too_deep(const char *sql)
{
    size_t at;
    return rg_parse_nesting(sql, strlen(sql), RG_MAX_NESTING_GENERATED, &at) > RG_MAX_NESTING_GENERATED;
}

static void check_stmt(const char *where, const char *sql)
{
    if (too_deep(sql)) return; /* refused before any parse: nothing to compare */
    PgQueryProtobufParseResult pb = pg_query_parse_protobuf(sql);
    PgQueryParseResult js = pg_query_parse(sql);
    if (pb.error || js.error) {
        /* Both paths must agree that it does not parse. */
        CHECK(pb.error && js.error, "%s: one path parses, the other does not", where);
        if (pb.error && js.error)
            CHECK(pb.error->cursorpos == js.error->cursorpos && strcmp(pb.error->message, js.error->message) == 0,
                  "%s: different errors", where);
        pg_query_free_protobuf_parse_result(pb);
        pg_query_free_parse_result(js);
        return;
    }
    rg_arena *a = rg_arena_new();
    rg_json_status st;
    PgQuery__ParseResult *pr = rg_pg_json_decode(js.parse_tree, strlen(js.parse_tree), sql, strlen(sql), a, &st);
    if (st == RG_JSON_INTEGER_LEFT_OUT) {
        nleft_out++;
    } else if (!pr) {
        CHECK(pr != NULL, "%s: decoder gave up on: %.200s", where, sql);
    } else {
        size_t n = pg_query__parse_result__get_packed_size(pr);
        uint8_t *buf = malloc(n ? n : 1);
        pg_query__parse_result__pack(pr, buf);
        bool same = n == pb.parse_tree.len && memcmp(buf, pb.parse_tree.data, n) == 0;
        CHECK(same, "%s: trees differ (%zu vs %zu bytes) for: %.200s", where, n, pb.parse_tree.len, sql);
        free(buf);
    }
    /* What the parser hands the stages, whichever path it took. */
    PgQuery__ParseResult *want = pg_query__parse_result__unpack(NULL, pb.parse_tree.len, (const uint8_t *)pb.parse_tree.data);
    const pg_node *got = rg_pg_parse_one(a, sql);
    /* rg_pg_copy: the same tree, in an arena of its own, sharing nothing
     * with the original (packed after the original's arena is freed: the
     * sanitizer build sees any pointer left into it) */
    rg_arena *ca = rg_arena_new();
    const void *copy = got ? rg_pg_copy(ca, got) : NULL;
    CHECK(!got || copy, "%s: rg_pg_copy gave nothing for: %.200s", where, sql);
    uint8_t *b1 = NULL;
    size_t n1 = 0;
    if (want && want->n_stmts > 0 && got) {
        n1 = protobuf_c_message_get_packed_size(&want->stmts[0]->stmt->base);
        size_t n2 = protobuf_c_message_get_packed_size(&got->base);
        uint8_t *b2 = malloc(n2 + 1);
        b1 = malloc(n1 + 1);
        protobuf_c_message_pack(&want->stmts[0]->stmt->base, b1);
        protobuf_c_message_pack(&got->base, b2);
        CHECK(n1 == n2 && memcmp(b1, b2, n1) == 0, "%s: rg_pg_parse_one differs for: %.200s", where, sql);
        free(b2);
    } else if (want && want->n_stmts > 0 && !too_deep(sql)) {
        CHECK(got != NULL, "%s: rg_pg_parse_one gave nothing for: %.200s", where, sql);
    }
    if (want) pg_query__parse_result__free_unpacked(want, NULL);
    nstmts++;
    rg_arena_free(a);
    if (b1 && copy) {
        size_t n3 = protobuf_c_message_get_packed_size(copy);
        uint8_t *b3 = malloc(n3 + 1);
        protobuf_c_message_pack(copy, b3);
        CHECK(n3 == n1 && memcmp(b1, b3, n1) == 0, "%s: rg_pg_copy differs for: %.200s", where, sql);
        free(b3);
    }
    free(b1);
    rg_arena_free(ca);
    pg_query_free_protobuf_parse_result(pb);
    pg_query_free_parse_result(js);
}

static void check_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        CHECK(f != NULL, "cannot open %s", path);
        return;
    }
    rg_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) rg_buf_put(&b, chunk, n);
    fclose(f);
    rg_buf_put(&b, "", 1);
    nfiles++;
    PgQuerySplitResult r = pg_query_split_with_scanner(b.s);
    if (!r.error) {
        for (int i = 0; i < r.n_stmts; i++) {
            char *stmt = strndup(b.s + r.stmts[i]->stmt_location, (size_t)r.stmts[i]->stmt_len);
            char where[600];
            snprintf(where, sizeof where, "%s (statement %d)", path, i + 1);
            check_stmt(where, stmt);
            free(stmt);
        }
    }
    pg_query_free_split_result(r);
    rg_buf_free(&b);
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int by_name(const struct dirent **x, const struct dirent **y)
{
    return strcmp((*x)->d_name, (*y)->d_name);
}

static void walk(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        CHECK(0, "%s does not exist", path);
        return;
    }
    if (!S_ISDIR(st.st_mode)) {
        if (ends_with(path, ".sql")) check_file(path);
        return;
    }
    struct dirent **ents;
    int n = scandir(path, &ents, NULL, by_name);
    for (int i = 0; i < n; i++) {
        if (ents[i]->d_name[0] != '.') {
            char sub[4096];
            snprintf(sub, sizeof sub, "%s/%s", path, ents[i]->d_name);
            walk(sub);
        }
        free(ents[i]);
    }
    free(ents);
}

/* ---- every json_name of pg_query.proto resolves to its field ------------ */

typedef struct dvec {
    const ProtobufCMessageDescriptor *v[1024];
    size_t n;
} dvec;

static void collect(dvec *l, const ProtobufCMessageDescriptor *d)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->v[i] == d) return;
    if (l->n == sizeof l->v / sizeof *l->v) return;
    l->v[l->n++] = d;
    for (unsigned i = 0; i < d->n_fields; i++)
        if (d->fields[i].type == PROTOBUF_C_TYPE_MESSAGE) collect(l, d->fields[i].descriptor);
}

static void check_proto(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        CHECK(f != NULL, "cannot open %s", path);
        return;
    }
    static dvec l;
    collect(&l, &pg_query__parse_result__descriptor);
    const ProtobufCMessageDescriptor *cur = NULL;
    char line[1024], msg[256];
    size_t nnames = 0;
    while (fgets(line, sizeof line, f)) {
        if (sscanf(line, " message %255[A-Za-z0-9_]", msg) == 1) {
            cur = NULL;
            for (size_t i = 0; i < l.n; i++)
                if (strcmp(l.v[i]->short_name, msg) == 0) cur = l.v[i];
            continue;
        }
        char *j = strstr(line, "[json_name=\"");
        if (!j || !cur) continue; /* messages a parse tree never holds */
        unsigned id = 0;
        char *eq = strrchr(line, '=');
        for (char *p = line; p < j; p++)
            if (*p == '=') eq = p;
        if (sscanf(eq + 1, " %u", &id) != 1) continue;
        j += strlen("[json_name=\"");
        size_t n = strcspn(j, "\"");
        const ProtobufCFieldDescriptor *fd = rg_pg_json_field(cur, j, n);
        CHECK(fd && fd->id == id, "%s: json_name \"%.*s\" does not lead to field %u", cur->short_name, (int)n, j, id);
        nnames++;
    }
    fclose(f);
    CHECK(nnames > 1000, "only %zu json_names read from %s", nnames, path);
}

static const char *const HAND[] = {
    "SELECT 'a\"b\\\\n', E'tab\\there', 'quote''s', '<>&', U&'\\0041', 'caf\xc3\xa9', '\xf0\x9f\x98\x80'",
    "SELECT 1, -1, 2147483647, -2147483648, 9223372036854775807, 1.5e3, .5, true, false, NULL, B'101', X'1F'",
    "SELECT $1::int, $2, ARRAY[1,2], row(1, 'x'), (SELECT 1) AS s, x IS NOT DISTINCT FROM y FROM \"T\".\"C\"",
    "CREATE TABLE \"<script>\" (\"; DROP TABLE x; --\" text DEFAULT '\\x01', b bool DEFAULT false, n numeric(10, 2))",
    "COMMENT ON COLUMN t.c IS E'line\\nnext\\r\\f\\b\\\\ \\u00e9 \\U0001F600'",
    "CREATE FUNCTION f(a int DEFAULT 0) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT a + 1 $$",
    "ALTER TABLE t ALTER COLUMN c TYPE bigint USING c::bigint, ADD CONSTRAINT k CHECK (c > -5) NOT VALID",
    "CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t USING gin (lower(c) text_pattern_ops DESC NULLS LAST) WHERE c <> ''",
    "GRANT SELECT (a, b), UPDATE ON TABLE t TO PUBLIC WITH GRANT OPTION",
    "WITH RECURSIVE r(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM r WHERE n < 10) SELECT * FROM r",
    "SELECT 'x' COLLATE \"C\", interval '1 day', timestamp with time zone '2020-01-01', 1::float4, 'a' || 'b'",
    "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'",
};

typedef struct args {
    int argc;
    char **argv;
} args;

/* On a stack sized as the parser's threads are: trees at the nesting
 * limit recurse deeply in protobuf-c and in the decoder. */
static int run(void *p)
{
    int argc = ((args *)p)->argc;
    char **argv = ((args *)p)->argv;
    for (size_t i = 0; i < sizeof HAND / sizeof *HAND; i++) {
        char where[64];
        snprintf(where, sizeof where, "hand-written statement %zu", i + 1);
        PgQuerySplitResult r = pg_query_split_with_scanner(HAND[i]);
        for (int k = 0; !r.error && k < r.n_stmts; k++) {
            char *stmt = strndup(HAND[i] + r.stmts[k]->stmt_location, (size_t)r.stmts[k]->stmt_len);
            check_stmt(where, stmt);
            free(stmt);
        }
        pg_query_free_split_result(r);
    }
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--proto") == 0 && i + 1 < argc) check_proto(argv[++i]);
        else walk(argv[i]);
    }
    CHECK(nstmts > 0, "no statement compared");
    fprintf(stderr, "compared %zu statements from %zu files (%zu with an Integer the JSON leaves out,"
                    " read by the protobuf path)\n", nstmts, nfiles, nleft_out);
    return TEST_SUMMARY();
}

int main(int argc, char **argv)
{
    args a = {argc, argv};
    return rg_run_with_stack(RG_STACK_BYTES, run, &a);
}
