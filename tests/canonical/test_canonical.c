/*
 * test_canonical.c — canonical output of the catalog: identifier quoting as
 * PostgreSQL's quote_ident does it, golden canonical SQL and JSON for
 * hand-written schemas (cases/NAME/inputs/schema.sql gives
 * cases/NAME/expected/canonical.{sql,json}; RG_UPDATE_GOLDEN=1 rewrites the
 * expected files),
 * determinism, and the fixpoint to_sql(cat) == to_sql(catalog(to_sql(cat)))
 * on every file of the corpus (tests/data/corpus).
 *
 *   test_canonical CORPUS_DIR        unit tests, then the corpus fixpoint
 *   test_canonical --extra-corpus    only the fixpoint over the osm and
 *                               lago-api schemas of $RG_EXTRA_CORPUS; exits
 *                               77 (a ctest skip) when it is not set
 */
#include "parse/tree.h"
#include "rollgate/catalog.h"
#include "rollgate/diff.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../harness.h"

/* ---- helpers ------------------------------------------------------------- */

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    rg_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) rg_buf_put(&b, chunk, n);
    fclose(f);
    if (len) *len = b.len;
    if (!b.s) return rg_xstrdup("");
    return b.s;
}

static bool write_all(const char *path, const char *s)
{
    FILE *f = fopen(path, "wb");
    if (!f) return false;
    fputs(s, f);
    return fclose(f) == 0;
}

/* Builds the catalog of an in-memory text; NULL (and the diagnostics
 * printed) if it has errors. */
static rg_catalog *catalog_of(rg_parser *p, const char *name, const char *text)
{
    rg_diags d = {0};
    rg_script s;
    rg_catalog *c = NULL;
    if (rg_parse_text(p, &s, name, text, strlen(text), &d) == RG_OK) {
        c = rg_catalog_new();
        if (rg_catalog_apply(c, &s, &d) != RG_OK) {
            rg_catalog_free(c);
            c = NULL;
        }
    }
    if (!c) rg_diags_print(&d, stderr, RG_SEV_WARNING);
    rg_diags_free(&d);
    return c;
}

static char *buf_take(rg_buf *b)
{
    char *s = rg_xstrdup(rg_buf_cstr(b));
    rg_buf_free(b);
    return s;
}

static char *to_sql(rg_catalog *c)
{
    rg_buf b = {0};
    rg_catalog_to_sql(c, &b);
    return buf_take(&b);
}

static char *to_json(rg_catalog *c)
{
    rg_buf b = {0};
    rg_catalog_to_json(c, &b);
    return buf_take(&b);
}

/* Prints where two texts first differ: line number and up to 120 bytes of
 * each side from a little before the difference. */
static void show_first_diff(const char *what, const char *a, const char *b)
{
    int line = 1;
    const char *la = a;
    size_t i = 0;
    while (a[i] && a[i] == b[i]) {
        if (a[i] == '\n') {
            line++;
            la = a + i + 1;
        }
        i++;
    }
    size_t from = (size_t)(a + i - la) > 40 ? i - 40 : (size_t)(la - a);
    fprintf(stderr, "  %s: first difference at line %d:\n  - %.120s\n  + %.120s\n", what, line,
            a + from, b + from);
}

/* ---- a small JSON checker ------------------------------------------------ */

static const char *json_value(const char *p);

static const char *json_ws(const char *p)
{
    while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') p++;
    return p;
}

static const char *json_string(const char *p)
{
    if (*p++ != '"') return NULL;
    while (*p && *p != '"') {
        if ((unsigned char)*p < 0x20) return NULL;
        if (*p == '\\') {
            p++;
            if (*p == 'u') {
                for (int i = 1; i <= 4; i++)
                    if (!strchr("0123456789abcdefABCDEF", p[i]) || !p[i]) return NULL;
                p += 4;
            } else if (!*p || !strchr("\"\\/bfnrt", *p)) {
                return NULL;
            }
        }
        p++;
    }
    return *p == '"' ? p + 1 : NULL;
}

static const char *json_seq(const char *p, char close, bool object)
{
    p = json_ws(p + 1);
    if (*p == close) return p + 1;
    for (;;) {
        if (object) {
            p = json_string(json_ws(p));
            if (!p) return NULL;
            p = json_ws(p);
            if (*p++ != ':') return NULL;
        }
        p = json_value(p);
        if (!p) return NULL;
        p = json_ws(p);
        if (*p == close) return p + 1;
        if (*p++ != ',') return NULL;
    }
}

static const char *json_value(const char *p)
{
    p = json_ws(p);
    if (*p == '{') return json_seq(p, '}', true);
    if (*p == '[') return json_seq(p, ']', false);
    if (*p == '"') return json_string(p);
    if (strncmp(p, "true", 4) == 0) return p + 4;
    if (strncmp(p, "false", 5) == 0) return p + 5;
    if (strncmp(p, "null", 4) == 0) return p + 4;
    const char *s = p;
    if (*p == '-') p++;
    while (*p >= '0' && *p <= '9') p++;
    return p > s && p[-1] != '-' ? p : NULL;
}

static bool json_valid(const char *s)
{
    const char *end = json_value(s);
    return end && *json_ws(end) == 0;
}

/* ---- quote_ident ----------------------------------------------------------- */

static void test_quote_ident(void)
{
    static const char *const cases[][2] = {
        {"users", "users"},
        {"user", "\"user\""},           /* reserved */
        {"order", "\"order\""},         /* reserved */
        {"select", "\"select\""},       /* reserved */
        {"name", "name"},               /* unreserved */
        {"text", "text"},               /* unreserved */
        {"action", "action"},           /* unreserved */
        {"between", "\"between\""},     /* col_name keyword */
        {"int", "\"int\""},             /* col_name keyword */
        {"timestamp", "\"timestamp\""}, /* col_name keyword */
        {"left", "\"left\""},           /* type_func_name keyword */
        {"authorization", "\"authorization\""},
        {"Users", "\"Users\""},
        {"userS", "\"userS\""},
        {"1abc", "\"1abc\""},
        {"abc1", "abc1"},
        {"_x9_", "_x9_"},
        {"a\"b", "\"a\"\"b\""},
        {"\"", "\"\"\"\""},
        {"with space", "\"with space\""},
        {"<script>", "\"<script>\""},
        {"; DROP TABLE x; --", "\"; DROP TABLE x; --\""},
        {"caf\xc3\xa9", "\"caf\xc3\xa9\""},
        {"a-b", "\"a-b\""},
        {"a.b", "\"a.b\""},
        {"$x", "\"$x\""},
        {"x$", "\"x$\""},
        {"", "\"\""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        rg_buf b = {0};
        rg_quote_ident(&b, cases[i][0]);
        CHECK(strcmp(rg_buf_cstr(&b), cases[i][1]) == 0, "quote_ident(%s) = %s, want %s",
              cases[i][0], rg_buf_cstr(&b), cases[i][1]);
        rg_buf_free(&b);
    }
    /* Cached answers stay right on the second ask. */
    rg_buf b = {0};
    rg_quote_ident(&b, "user");
    CHECK(strcmp(rg_buf_cstr(&b), "\"user\"") == 0, "cached keyword");
    rg_buf_free(&b);

    rg_arena *a = rg_arena_new();
    CHECK(strcmp(rg_quote_ident_a(a, "Order"), "\"Order\"") == 0, "quote_ident_a");
    CHECK(strcmp(rg_qualified_a(a, "public", "user"), "public.\"user\"") == 0, "qualified");
    CHECK(strcmp(rg_qualified_a(a, "My Schema", "t"), "\"My Schema\".t") == 0, "qualified 2");
    CHECK(strcmp(rg_qualified_a(a, NULL, "t"), "t") == 0, "qualified without schema");
    CHECK(strcmp(rg_qualified_a(a, "", "x\"y"), "\"x\"\"y\"") == 0, "qualified empty schema");
    rg_arena_free(a);

    CHECK(rg_pg_keyword_kind("select") == RESERVED_KEYWORD, "kind select");
    CHECK(rg_pg_keyword_kind("name") == UNRESERVED_KEYWORD, "kind name");
    CHECK(rg_pg_keyword_kind("foo") == NO_KEYWORD, "kind foo");
    CHECK(rg_pg_keyword_kind("select x") == NO_KEYWORD, "kind two words");
    CHECK(rg_pg_keyword_kind("") == NO_KEYWORD, "kind empty");
}

/* ---- fixpoint -------------------------------------------------------------- */

/* to_sql(cat) must load without errors and give the same text again, and
 * the catalog read back must equal the original as the diff sees it. */
static bool check_fixpoint(const char *name, rg_catalog *c, const char *sql1)
{
    rg_parser *p = rg_parser_new();
    rg_catalog *c2 = catalog_of(p, name, sql1);
    bool ok = false;
    if (!c2) {
        CHECK(false, "%s: canonical SQL does not load back", name);
    } else {
        char *sql2 = to_sql(c2);
        ok = strcmp(sql1, sql2) == 0;
        CHECK(ok, "%s: to_sql is not a fixpoint", name);
        if (!ok) show_first_diff(name, sql1, sql2);
        free(sql2);
        /* And the catalogs themselves are equal as the diff sees them. */
        rg_diff *df = NULL;
        if (rg_diff_catalogs(&df, c, c2) == RG_OK && df) {
            size_t n = df->n;
            CHECK(n == 0, "%s: %zu changes between the catalog and its canonical SQL", name, n);
            if (n) {
                rg_buf t = {0};
                rg_diff_write_text(df, &t);
                fprintf(stderr, "%.2000s", rg_buf_cstr(&t));
                rg_buf_free(&t);
            }
        }
        rg_diff_free(df);
        rg_catalog_free(c2);
    }
    rg_parser_free(p);
    return ok;
}

/* ---- golden cases ---------------------------------------------------------- */

static void golden_compare(const char *path, const char *got, bool update)
{
    if (update) {
        CHECK(write_all(path, got), "cannot write %s", path);
        return;
    }
    char *want = read_all(path, NULL);
    CHECK(want != NULL, "missing golden file %s (run with RG_UPDATE_GOLDEN=1)", path);
    if (!want) return;
    bool same = strcmp(want, got) == 0;
    CHECK(same, "%s differs from the output", path);
    if (!same) show_first_diff(path, want, got);
    free(want);
}

static void test_golden_case(const char *name, bool update)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s/inputs/schema.sql", RG_CANONICAL_CASES_DIR, name);
    char *text = read_all(path, NULL);
    CHECK(text != NULL, "cannot read %s", path);
    if (!text) return;
    rg_parser *p = rg_parser_new();
    rg_catalog *c = catalog_of(p, path, text);
    CHECK(c != NULL, "%s: input has errors", name);
    if (c) {
        char *sql = to_sql(c), *again = to_sql(c);
        char *json = to_json(c), *json2 = to_json(c);
        CHECK(strcmp(sql, again) == 0, "%s: SQL not deterministic", name);
        CHECK(strcmp(json, json2) == 0, "%s: JSON not deterministic", name);
        CHECK(json_valid(json), "%s: JSON not well-formed", name);
        snprintf(path, sizeof path, "%s/%s/expected/canonical.sql", RG_CANONICAL_CASES_DIR, name);
        golden_compare(path, sql, update);
        snprintf(path, sizeof path, "%s/%s/expected/canonical.json", RG_CANONICAL_CASES_DIR, name);
        golden_compare(path, json, update);
        check_fixpoint(name, c, sql);
        free(sql), free(again), free(json), free(json2);
        rg_catalog_free(c);
    }
    rg_parser_free(p);
    free(text);
}

static void test_golden(void)
{
    const char *u = getenv("RG_UPDATE_GOLDEN");
    bool update = u && strcmp(u, "1") == 0;
    static const char *const cases[] = {"basic", "hostile", "partitions", "objects", "routines"};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) test_golden_case(cases[i], update);
}

/* The same schema written in another statement order gives the same
 * canonical text: objects are sorted, not listed as found. */
static void test_order_independent(void)
{
    static const char a[] =
        "CREATE TABLE b (id int PRIMARY KEY, a_id int);\n"
        "CREATE TABLE a (id int PRIMARY KEY, note text);\n"
        "CREATE INDEX b_a_idx ON b (a_id);\n"
        "CREATE INDEX a_note_idx ON a (note);\n"
        "ALTER TABLE b ADD CONSTRAINT b_a_fk FOREIGN KEY (a_id) REFERENCES a(id);\n"
        "CREATE TYPE mood AS ENUM ('sad', 'ok');\n"
        "CREATE SEQUENCE zz_seq;\nCREATE SEQUENCE aa_seq;\n";
    static const char b[] =
        "CREATE SEQUENCE aa_seq;\nCREATE SEQUENCE zz_seq;\n"
        "CREATE TYPE mood AS ENUM ('sad', 'ok');\n"
        "CREATE TABLE a (id int PRIMARY KEY, note text);\n"
        "CREATE INDEX a_note_idx ON a (note);\n"
        "CREATE TABLE b (id int PRIMARY KEY, a_id int);\n"
        "ALTER TABLE b ADD CONSTRAINT b_a_fk FOREIGN KEY (a_id) REFERENCES a(id);\n"
        "CREATE INDEX b_a_idx ON b (a_id);\n";
    rg_parser *p = rg_parser_new();
    rg_catalog *ca = catalog_of(p, "a.sql", a), *cb = catalog_of(p, "b.sql", b);
    CHECK(ca && cb, "order test inputs load");
    if (ca && cb) {
        char *sa = to_sql(ca), *sb = to_sql(cb);
        CHECK(strcmp(sa, sb) == 0, "statement order changes the canonical SQL");
        if (strcmp(sa, sb) != 0) show_first_diff("order", sa, sb);
        char *ja = to_json(ca), *jb = to_json(cb);
        CHECK(strcmp(ja, jb) == 0, "statement order changes the JSON");
        free(sa), free(sb), free(ja), free(jb);
    }
    rg_catalog_free(ca);
    rg_catalog_free(cb);
    rg_parser_free(p);
}

/* An empty catalog prints a loadable header and an empty JSON shape. */
static void test_empty(void)
{
    rg_catalog *c = rg_catalog_new();
    char *sql = to_sql(c), *json = to_json(c);
    CHECK(strstr(sql, "SET check_function_bodies = false;") != NULL, "header");
    CHECK(strstr(sql, "CREATE") == NULL, "empty catalog creates nothing");
    CHECK(json_valid(json), "empty JSON well-formed");
    CHECK(strncmp(json, "{\"schemas\":[", 12) == 0, "JSON starts with schemas: %.40s", json);
    check_fixpoint("empty", c, sql);
    free(sql), free(json);
    rg_catalog_free(c);
}

/* ---- the corpus ------------------------------------------------------------- */

typedef struct { char **v; size_t n, cap; } pathlist;

/* Every *.sql under dir whose name starts with prefix ("" = all). */
static void collect_sql(const char *dir, const char *prefix, pathlist *out)
{
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        struct stat st;
        if (stat(path, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            collect_sql(path, prefix, out);
        } else {
            size_t n = strlen(de->d_name);
            if (n > 4 && strcmp(de->d_name + n - 4, ".sql") == 0 &&
                strncmp(de->d_name, prefix, strlen(prefix)) == 0) {
                if (out->n == out->cap) {
                    out->cap = out->cap ? out->cap * 2 : 64;
                    out->v = rg_xrealloc(out->v, out->cap * sizeof *out->v);
                }
                out->v[out->n++] = rg_xstrdup(path);
            }
        }
    }
    closedir(d);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_corpus_file(const char *path)
{
    rg_parser *p = rg_parser_new();
    rg_diags d = {0};
    rg_catalog *c = NULL;
    int rc = rg_catalog_from_path(&c, p, path, &d);
    /* Files with genuine errors (PostgreSQL 18 syntax in pagila) still
     * give a catalog: the fixpoint must hold for what was read. */
    CHECK(c != NULL, "%s: no catalog (rc %d)", path, rc);
    if (!c) {
        rg_diags_free(&d);
        rg_parser_free(p);
        return;
    }
    char *sql = to_sql(c);
    char *json = to_json(c);
    CHECK(json_valid(json), "%s: JSON not well-formed", path);
    check_fixpoint(path, c, sql);
    free(sql), free(json);
    rg_catalog_free(c);
    rg_diags_free(&d);
    rg_parser_free(p);
}

/* The fixpoint over every *.sql under dir (named prefix*); a missing or
 * empty folder fails: the corpus is test data, not an option. */
static void test_corpus(const char *dir, const char *prefix)
{
    struct stat st;
    CHECK(stat(dir, &st) == 0 && S_ISDIR(st.st_mode), "corpus folder %s not found", dir);
    pathlist l = {0};
    collect_sql(dir, prefix, &l);
    CHECK(l.n > 0, "no %s*.sql under %s", prefix, dir);
    qsort(l.v, l.n, sizeof *l.v, cmp_str);
    for (size_t i = 0; i < l.n; i++) {
        test_corpus_file(l.v[i]);
        free(l.v[i]);
    }
    free(l.v);
}

/* The schemas whose licences keep them out of the tree (see
 * tests/data/corpus/README.md), when RG_EXTRA_CORPUS names a folder of them. */
static int test_extra_corpus(void)
{
    const char *x = getenv("RG_EXTRA_CORPUS");
    if (!x || !*x) {
        printf("skipped: RG_EXTRA_CORPUS is not set (the GPL/AGPL osm and lago-api schemas "
               "are not in the tree; see tests/data/corpus/README.md)\n");
        return 77;
    }
    char osm[4096], large[4096];
    snprintf(osm, sizeof osm, "%s/osm", x);
    snprintf(large, sizeof large, "%s/large", x);
    test_corpus(osm, "");
    test_corpus(large, "lago-api_");
    return -1;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_canonical CORPUS_DIR | --extra-corpus\n");
        return 2;
    }
    if (strcmp(argv[1], "--extra-corpus") == 0) {
        int rc = test_extra_corpus();
        if (rc >= 0) return rc;
    } else {
        test_quote_ident();
        test_empty();
        test_order_independent();
        test_golden();
        test_corpus(argv[1], "");
    }
    rg_parse_shutdown();
    return TEST_SUMMARY();
}
