/*
 * fuzz_catalog.c — libFuzzer harness for the input-facing front of the
 * pipeline: any bytes go through the parse adapter (rg_parse_text), the DDL
 * interpreter in the self-check's strict mode (rg_catalog_apply with
 * rg_sim_strict_catalog) and the canonical writers
 * (rg_catalog_to_sql / _to_json), plus diagnostics printing and the differ.
 * Nothing may crash, leak or trip a sanitizer, whatever the input.
 *
 * Invariants checked besides "no crash":
 *   - a catalog diffed against itself has no change (always);
 *   - with RG_FUZZ_STRICT=1 in the environment, the canonical SQL read back
 *     gives a catalog with no change against the original (the contract of
 *     rg_catalog_to_sql), and it parses without a syntax error.
 * A broken invariant aborts with the offending text on stderr, so libFuzzer
 * saves the input like any other crash.
 *
 * The same entry point is replayed over tests/fuzz/seeds/ by fuzz_replay.c
 * in every normal (and sanitizer) test run.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "rollgate/catalog.h"
#include "rollgate/diff.h"
#include "rollgate/parse.h"
#include "rollgate/simulate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *devnull(void)
{
    static FILE *f;
    if (!f) f = fopen("/dev/null", "w");
    return f;
}

static int strict_mode(void)
{
    static int mode = -1;
    if (mode < 0) {
        const char *e = getenv("RG_FUZZ_STRICT");
        mode = e && *e == '1';
    }
    return mode;
}

static void die(const char *what, const rg_diff *df, const char *sql)
{
    rg_buf b = {0};
    if (df) rg_diff_write_text(df, &b);
    fprintf(stderr, "fuzz_catalog: %s\n%s\n-- canonical SQL --\n%s\n", what,
            rg_buf_cstr(&b), sql ? sql : "");
    rg_buf_free(&b);
    abort();
}

/* Writes every output format of a diff (they must cope with any names). */
static void write_diff(const rg_diff *df)
{
    rg_buf b = {0};
    rg_diff_write_text(df, &b);
    rg_diff_write_csv(df, &b);
    rg_diff_write_json(df, &b);
    rg_buf_free(&b);
}

/* The canonical SQL, read back, must mean the same catalog. */
static void check_roundtrip(const rg_catalog *c, const char *sql, size_t len)
{
    rg_parser *p = rg_parser_new();
    rg_parser_set_threads(p, 1);
    rg_diags d = {0};
    rg_script s = {0};
    /* rollgate's own SQL: parenthesised operators may nest deeper than the
     * input did, within the limit for generated SQL. */
    if (rg_parse_generated(p, &s, "canonical.sql", sql, len, &d) != RG_OK && d.nerrors)
        die("canonical SQL does not parse", NULL, sql);
    rg_catalog *back = rg_catalog_new();
    rg_catalog_apply(back, &s, &d);
    rg_diff *df = NULL;
    if (rg_diff_catalogs(&df, c, back) == RG_OK && df && df->n)
        die("canonical SQL read back differs from the catalog it came from", df, sql);
    rg_diff_free(df);
    rg_catalog_free(back);
    rg_diags_free(&d);
    rg_parser_free(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rg_parser *p = rg_parser_new();
    rg_parser_set_threads(p, 1); /* libpg_query memory is per thread */
    rg_diags d = {0};
    rg_script s = {0};
    /* Statements that parsed are applied even when others did not, as the
     * CLI would report all problems of a file at once. */
    rg_parse_text(p, &s, "fuzz.sql", (const char *)data, size, &d);

    rg_catalog *c = rg_catalog_new();
    /* as the plan's self-check runs it: SQL inside DDL resolved too
     * (views, bodies, PL/pgSQL through json-c, expressions, casts) */
    rg_sim_strict_catalog(c);
    rg_catalog_apply(c, &s, &d);
    rg_diags_print(&d, devnull(), RG_SEV_NOTE);

    rg_buf sql = {0}, json = {0};
    rg_catalog_to_sql(c, &sql);
    rg_catalog_to_json(c, &json);

    rg_diff *df = NULL;
    if (rg_diff_catalogs(&df, c, c) == RG_OK && df) {
        if (df->n) die("a catalog differs from itself", df, rg_buf_cstr(&sql));
        rg_diff_free(df);
    }
    rg_catalog *empty = rg_catalog_new();
    df = NULL;
    if (rg_diff_catalogs(&df, empty, c) == RG_OK && df) {
        write_diff(df);
        rg_diff_free(df);
    }
    df = NULL;
    if (rg_diff_catalogs(&df, c, empty) == RG_OK && df) {
        write_diff(df);
        rg_diff_free(df);
    }
    rg_catalog_free(empty);

    if (strict_mode()) check_roundtrip(c, rg_buf_cstr(&sql), sql.len);

    rg_buf_free(&sql);
    rg_buf_free(&json);
    rg_catalog_free(c);
    rg_diags_free(&d);
    rg_parser_free(p);
    return 0;
}
