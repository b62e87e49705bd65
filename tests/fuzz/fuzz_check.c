/*
 * fuzz_check.c — libFuzzer harness for the query-set reader and the
 * `rollgate check` path: any bytes become an application's query set (a
 * .sql file, or a pg_stat_statements .csv when they start with a CSV header
 * naming `query` or `calls`), are read by rg_app_load, and every query is
 * checked against a fixed schema by rg_check_apps_csv. Nothing may crash,
 * leak or trip a sanitizer, whatever the input.
 *
 * Invariants checked besides "no crash":
 *   - a refused query set says why: an error diagnostic, never a silent
 *     failure;
 *   - a loaded one gives exactly one CSV record per query, after the header;
 *   - checking twice gives the same bytes (no state leaks between runs).
 * A broken invariant aborts with the input's verdicts on stderr, so libFuzzer
 * saves the input like any other crash.
 *
 * fuzz_replay_check (fuzz_replay.c linked with this file) replays
 * tests/fuzz/seeds_check/ and the repository's query fixtures in every
 * normal and sanitizer test run.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rollgate/catalog.h"
#include "rollgate/parse.h"
#include "rollgate/simulate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The schema every query set is checked against: most of what the
 * simulator resolves (schemas, search path, enums, views, functions by
 * argument type, identity, generated columns, arrays, jsonb, quoted names). */
static const char SCHEMA[] =
    "CREATE SCHEMA app;\n"
    "CREATE TYPE mood AS ENUM ('happy', 'sad');\n"
    "CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, name text, age integer,\n"
    "    active boolean NOT NULL DEFAULT true, m mood, created_at timestamptz NOT NULL DEFAULT now());\n"
    "CREATE TABLE posts (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id),\n"
    "    title text NOT NULL, body text, views integer NOT NULL DEFAULT 0, slug text);\n"
    "CREATE UNIQUE INDEX posts_slug_live ON posts (slug) WHERE body IS NOT NULL;\n"
    "CREATE TABLE app.settings (key text PRIMARY KEY, value text);\n"
    "CREATE TABLE tags (post_id bigint, tag text, UNIQUE (post_id, tag));\n"
    "CREATE VIEW active_users AS SELECT id, email FROM users WHERE active;\n"
    "CREATE FUNCTION add1(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x + 1';\n"
    "CREATE FUNCTION greet(a text, b text DEFAULT 'x') RETURNS text LANGUAGE sql AS 'SELECT a || b';\n"
    "CREATE TABLE \"Mixed\" (\"Id\" int PRIMARY KEY, \"Name\" text, \"x(1)\" text, \"; DROP TABLE x; --\" int);\n"
    "CREATE SEQUENCE seq1;\n"
    "CREATE TABLE docs (id int GENERATED ALWAYS AS IDENTITY, body text NOT NULL,\n"
    "    len int GENERATED ALWAYS AS (length(body)) STORED, CHECK (body IS NOT NULL));\n"
    "CREATE TABLE items (id bigint PRIMARY KEY, price numeric(10,2), attrs jsonb, labels text[],\n"
    "    seen timestamptz, state mood);\n"
    "CREATE VIEW item_totals AS SELECT state, sum(price) AS total FROM items GROUP BY state;\n"
    "CREATE FUNCTION item_count(n bigint) RETURNS bigint LANGUAGE sql AS 'SELECT n';\n"
    "CREATE FUNCTION item_pairs(n integer) RETURNS TABLE (a integer, b integer) LANGUAGE sql AS 'SELECT n, n';\n";

static void die(const char *what, const rg_buf *csv)
{
    fprintf(stderr, "fuzz_check: %s\n-- verdicts --\n%s\n", what, csv ? rg_buf_cstr((rg_buf *)csv) : "");
    abort();
}

/* Records in an RFC 4180 text (a quoted cell may hold newlines). */
static size_t csv_records(const char *s, size_t n)
{
    size_t records = 0;
    int quoted = 0, in_record = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"') quoted = !quoted;
        if (!quoted && s[i] == '\n') {
            records++;
            in_record = 0;
        } else if (s[i] != '\r') {
            in_record = 1;
        }
    }
    return records + (size_t)in_record;
}

static int looks_like_csv(const uint8_t *data, size_t size)
{
    return (size >= 6 && memcmp(data, "query,", 6) == 0) || (size >= 6 && memcmp(data, "calls,", 6) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char dir[] = "/tmp/rg-fuzz-check.XXXXXX";
    if (!mkdtemp(dir)) return 0;
    char path[sizeof dir + 16];
    snprintf(path, sizeof path, "%s/q.%s", dir, looks_like_csv(data, size) ? "csv" : "sql");
    FILE *f = fopen(path, "wb");
    if (!f || (size && fwrite(data, 1, size, f) != size)) {
        if (f) fclose(f);
        unlink(path);
        rmdir(dir);
        return 0;
    }
    fclose(f);

    rg_parser *p = rg_parser_new();
    rg_parser_set_threads(p, 1); /* libpg_query memory is per thread */
    rg_diags d = {0};
    rg_script s = {0};
    if (rg_parse_text(p, &s, "schema.sql", SCHEMA, sizeof SCHEMA - 1, &d) != RG_OK) die("the schema does not parse", NULL);
    rg_catalog *c = rg_catalog_new();
    rg_catalog_apply(c, &s, &d);
    rg_diags_free(&d);

    rg_arena *a = rg_arena_new();
    rg_app app;
    int rc = rg_app_load(&app, a, p, "fuzz", path, &d);
    if (rc != RG_OK) {
        if (d.nerrors == 0) die("a query set was refused without an error", NULL);
    } else {
        rg_buf out = {0}, again = {0};
        rg_check_apps_csv(c, &app, 1, &out);
        if (csv_records(out.s ? out.s : "", out.len) != app.nqueries + 1)
            die("the verdicts are not one record per query", &out);
        rg_check_apps_csv(c, &app, 1, &again);
        if (out.len != again.len || (out.len && memcmp(out.s, again.s, out.len) != 0))
            die("checking twice gave different verdicts", &out);
        rg_buf_free(&out);
        rg_buf_free(&again);
    }
    rg_diags_free(&d);
    rg_arena_free(a);
    rg_catalog_free(c);
    rg_parser_free(p);
    unlink(path);
    rmdir(dir);
    return 0;
}
