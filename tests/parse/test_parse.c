/*
 * test_parse.c — the parse adapter: statement splitting and locations,
 * psql meta-commands and COPY data, migration folders in every supported
 * layout, deduplication of identical statements, and bad input.
 */
#include "parse/tree.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../harness.h"

static char tmpdir[256];

static void write_file(const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "wb");
    fputs(text, f);
    fclose(f);
}

static const char *node_kind(const rg_stmt *s)
{
    const pg_node *n = rg_stmt_node(s);
    switch (n->node_case) {
    case T_CreateStmt: return "create";
    case T_IndexStmt: return "index";
    case T_AlterTableStmt: return "alter";
    case T_SelectStmt: return "select";
    case T_VariableSetStmt: return "set";
    case T_CopyStmt: return "copy";
    default: return "other";
    }
}

/* The diagnostic's printed location, "line:col". */
static void diag_loc(const rg_diags *d, char *out, size_t n)
{
    int line = 0, col = 0;
    if (d->n && d->v[0].src) rg_source_linecol(d->v[0].src, d->v[0].offset, &line, &col);
    snprintf(out, n, "%d:%d", line, col);
}

static void test_split_and_locations(void)
{
    rg_parser *p = rg_parser_new();
    rg_script s;
    rg_diags d = {0};
    const char *sql = "-- header\nSET search_path = app;\n\n/* c */ CREATE TABLE t (a int);\n"
                      "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ select 1; $$;\n";
    int rc = rg_parse_text(p, &s, "x.sql", sql, strlen(sql), &d);
    CHECK(rc == 0 && s.n == 3, "three statements, rc=%d n=%zu", rc, s.n);
    if (s.n == 3) {
        CHECK(strcmp(node_kind(&s.stmts[0]), "set") == 0, "first is SET");
        CHECK(strncmp(s.stmts[1].text, "CREATE TABLE", 12) == 0, "leading comment skipped: %s", s.stmts[1].text);
        int line, col;
        rg_source_linecol(s.stmts[1].src, s.stmts[1].offset, &line, &col);
        CHECK(line == 4 && col == 9, "CREATE TABLE at 4:9, got %d:%d", line, col);
        CHECK(strstr(s.stmts[2].text, "select 1;") != NULL, "dollar body kept whole");
    }
    rg_diags_free(&d);
    rg_parser_free(p);
}

static void test_syntax_error_location(void)
{
    rg_parser *p = rg_parser_new();
    rg_script s;
    rg_diags d = {0};
    const char *sql = "CREATE TABLE t (a int);\nCREATE TABLE \xc3\xa9t\xc3\xa9 (b int);\nCREATE TABLE u (b int,, c int);\n";
    int rc = rg_parse_text(p, &s, "bad.sql", sql, strlen(sql), &d);
    char loc[32];
    diag_loc(&d, loc, sizeof loc);
    CHECK(rc == RG_EINPUT && d.nerrors == 1, "syntax error reported, rc=%d", rc);
    CHECK(strcmp(loc, "3:23") == 0, "error at 3:23, got %s", loc);
    rg_diags_free(&d);
    /* multibyte characters before the error: the column counts characters */
    rg_diags d2 = {0};
    const char *sql2 = "CREATE TABLE \"\xc3\xa9\xc3\xa9\" (a int) xyz;";
    rc = rg_parse_text(p, &s, "mb.sql", sql2, strlen(sql2), &d2);
    diag_loc(&d2, loc, sizeof loc);
    CHECK(rc == RG_EINPUT && strcmp(loc, "1:27") == 0, "multibyte column 1:27, got %s", loc);
    rg_diags_free(&d2);
    rg_diags d3 = {0};
    const char *sql3 = "CREATE TABLE t (a int);\nCREATE TABLE u (b int";
    rc = rg_parse_text(p, &s, "trunc.sql", sql3, strlen(sql3), &d3);
    diag_loc(&d3, loc, sizeof loc);
    CHECK(rc == RG_EINPUT && strcmp(loc, "2:22") == 0, "truncated file at end 2:22, got %s", loc);
    rg_diags_free(&d3);
    rg_parser_free(p);
}

static void test_meta_commands(void)
{
    rg_parser *p = rg_parser_new();
    rg_script s;
    rg_diags d = {0};
    const char *sql = "\\restrict abcDEF\nCREATE TABLE t (a int);\n\\connect other\n"
                      "COPY t (a) FROM stdin;\n1\n\\N\n2\n\\.\n"
                      "CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $$\nselect '\\x'\n$$;\n"
                      "\\unrestrict abcDEF\n";
    int rc = rg_parse_text(p, &s, "dump.sql", sql, strlen(sql), &d);
    CHECK(rc == 0 && s.n == 3, "meta-commands and COPY data blanked, rc=%d n=%zu", rc, s.n);
    if (s.n == 3) {
        CHECK(strcmp(node_kind(&s.stmts[1]), "copy") == 0, "COPY statement kept");
        CHECK(strstr(s.stmts[2].text, "select '\\x'") != NULL, "backslash inside a body untouched");
    }
    rg_diags_free(&d);
    rg_parser_free(p);

    /* COPY data with no line starting with a backslash before it, in mixed
     * case, ended by the end of the text: the quick look that skips files
     * without meta-commands still finds it. */
    p = rg_parser_new();
    rg_diags d2 = {0};
    const char *sql2 = "CREATE TABLE t (a int, b text);\nCOPY t (a, b) FROM StdIn;\n1\tx y z\n2\tnot sql at all\n";
    rc = rg_parse_text(p, &s, "copy.sql", sql2, strlen(sql2), &d2);
    CHECK(rc == 0 && s.n == 2, "COPY FROM StdIn data up to the end blanked, rc=%d n=%zu", rc, s.n);
    rg_diags_free(&d2);
    rg_parser_free(p);
}

static void test_dedupe(void)
{
    rg_parser *p = rg_parser_new();
    rg_script s[2];
    rg_diags d = {0};
    write_file("a.sql", "CREATE TABLE t (a int);\nCREATE TABLE u (b int);\n");
    write_file("b.sql", "-- another header\nCREATE TABLE t (a int);\nCREATE TABLE v (c int);\n");
    char a[512], b[512];
    snprintf(a, sizeof a, "%s/a.sql", tmpdir);
    snprintf(b, sizeof b, "%s/b.sql", tmpdir);
    const char *paths[2] = {a, b};
    int rc = rg_parse_paths(p, s, paths, 2, &d);
    CHECK(rc == 0 && s[0].n == 2 && s[1].n == 2, "both files parsed");
    if (rc == 0) {
        CHECK(s[0].stmts[0].tree == s[1].stmts[0].tree, "identical statements share one tree");
        CHECK(s[0].stmts[1].tree != s[1].stmts[1].tree, "different statements do not");
        CHECK(s[1].stmts[0].src != s[0].stmts[0].src, "each keeps its own source");
    }
    rg_diags_free(&d);
    rg_parser_free(p);
}

static void mkdir_p(const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    mkdir(path, 0700);
}

static void expect_folder(const char *dir, const char *const *tables, size_t n)
{
    rg_parser *p = rg_parser_new();
    rg_script s;
    rg_diags d = {0};
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, dir);
    const char *paths[1] = {path};
    int rc = rg_parse_paths(p, &s, paths, 1, &d);
    CHECK(rc == 0 && s.n == n, "%s: %zu statements expected, got %zu (rc=%d)", dir, n, s.n, rc);
    for (size_t i = 0; rc == 0 && i < n && i < s.n; i++)
        CHECK(strstr(s.stmts[i].text, tables[i]) != NULL, "%s: statement %zu is %s: %s", dir, i, tables[i], s.stmts[i].text);
    rg_diags_free(&d);
    rg_parser_free(p);
}

static void test_folders(void)
{
    mkdir_p("plain");
    write_file("plain/002_b.sql", "CREATE TABLE b (x int);");
    write_file("plain/001_a.sql", "CREATE TABLE a (x int);");
    write_file("plain/README.md", "not sql");
    const char *plain[] = {"TABLE a", "TABLE b"};
    expect_folder("plain", plain, 2);

    mkdir_p("gomigrate");
    write_file("gomigrate/000001_init.up.sql", "CREATE TABLE a (x int);");
    write_file("gomigrate/000001_init.down.sql", "DROP TABLE a;");
    write_file("gomigrate/000002_more.up.sql", "CREATE TABLE b (x int);");
    write_file("gomigrate/000002_more.down.sql", "DROP TABLE b;");
    expect_folder("gomigrate", plain, 2);

    mkdir_p("dbmate");
    write_file("dbmate/20240101_a.sql", "-- migrate:up\nCREATE TABLE a (x int);\n\n-- migrate:down\nDROP TABLE a;\n");
    write_file("dbmate/20240202_b.sql", "-- migrate:up\nCREATE TABLE b (x int);\n-- migrate:down\nDROP TABLE b;\n");
    expect_folder("dbmate", plain, 2);

    mkdir_p("flyway");
    write_file("flyway/V10__c.sql", "CREATE TABLE c (x int);");
    write_file("flyway/V2__b.sql", "CREATE TABLE b (x int);");
    write_file("flyway/V1_1__a.sql", "CREATE TABLE a (x int);");
    write_file("flyway/U2__undo.sql", "DROP TABLE b;");
    write_file("flyway/R__view.sql", "CREATE VIEW r AS SELECT 1;");
    const char *fly[] = {"TABLE a", "TABLE b", "TABLE c", "VIEW r"};
    expect_folder("flyway", fly, 4);

    mkdir_p("empty");
    rg_parser *p = rg_parser_new();
    rg_script s;
    rg_diags d = {0};
    char path[512];
    snprintf(path, sizeof path, "%s/empty", tmpdir);
    const char *paths[1] = {path};
    CHECK(rg_parse_paths(p, &s, paths, 1, &d) != 0 && d.nerrors == 1, "an empty folder is an error");
    rg_diags_free(&d);
    rg_parser_free(p);
}

static void test_bad_input(void)
{
    rg_parser *p = rg_parser_new();
    rg_script s;
    rg_diags d = {0};
    const char bin[] = "CREATE TABLE t (a int);\n\0\x01\x02garbage";
    CHECK(rg_parse_text(p, &s, "bin.sql", bin, sizeof bin - 1, &d) == RG_EINPUT, "NUL byte refused");
    char loc[32];
    diag_loc(&d, loc, sizeof loc);
    CHECK(strcmp(loc, "2:1") == 0, "NUL located at 2:1, got %s", loc);
    rg_diags_free(&d);

    rg_diags d2 = {0};
    const char bad8[] = "CREATE TABLE t (a int); -- caf\xe9\n";
    CHECK(rg_parse_text(p, &s, "latin1.sql", bad8, sizeof bad8 - 1, &d2) == RG_EINPUT, "invalid UTF-8 refused");
    rg_diags_free(&d2);

    rg_diags d3 = {0};
    const char *paths[1] = {"/nonexistent/rollgate/x.sql"};
    CHECK(rg_parse_paths(p, &s, paths, 1, &d3) == RG_EIO && d3.nerrors == 1, "missing file is an I/O error");
    rg_diags_free(&d3);

    rg_diags d4 = {0};
    const char *empty = "  -- only a comment\n";
    CHECK(rg_parse_text(p, &s, "empty.sql", empty, strlen(empty), &d4) == 0 && s.n == 0, "comment-only file is empty");
    rg_diags_free(&d4);
    rg_parser_free(p);
}

static void test_newer_syntax(void)
{
    rg_parser *p = rg_parser_new();
    rg_script s;
    rg_diags d = {0};
    const char *sql = "CREATE TABLE f (a int, b numeric GENERATED ALWAYS AS (a / 60.0) VIRTUAL);";
    int rc = rg_parse_text(p, &s, "pg18.sql", sql, strlen(sql), &d);
    CHECK(rc == 0 && s.n == 1, "PG18 VIRTUAL generated column read");
    CHECK(d.n == 1 && d.v[0].sev == RG_SEV_WARNING, "with a warning");
    rg_diags_free(&d);
    rg_parser_free(p);
}

static void test_deparse_helpers(void)
{
    rg_arena *a = rg_arena_new();
    const pg_node *e = rg_pg_parse_expr(a, "status IN ('a', 'b')");
    CHECK(e != NULL, "expression parsed");
    const char *sql = e ? rg_pg_deparse_expr(a, e) : NULL;
    CHECK(sql && strcmp(sql, "status IN ('a', 'b')") == 0, "deparsed back: %s", sql ? sql : "(null)");
    rg_arena_free(a);
}

/* The line index answers exactly what a scan from byte 0 answers, at
 * every offset: line starts, multi-byte characters on both sides of a
 * checkpoint, lines longer than a checkpoint stride, the end of the text. */
static void test_line_index(void)
{
    rg_buf b = {0};
    unsigned seed = 7;
    for (int i = 0; i < 3000; i++) {
        seed = seed * 1103515245u + 12345u;
        switch ((seed >> 16) % 7) {
        case 0: rg_buf_puts(&b, "\n"); break;
        case 1: rg_buf_puts(&b, "\xc3\xa9"); break;         /* é: 2 bytes */
        case 2: rg_buf_puts(&b, "\xe2\x82\xac"); break;     /* €: 3 bytes */
        case 3: rg_buf_puts(&b, "\xf0\x9f\x98\x80"); break; /* 4 bytes */
        default: rg_buf_puts(&b, "select x "); break;
        }
    }
    rg_buf_puts(&b, "\n\n");
    rg_arena *a = rg_arena_new();
    rg_source plain = {"t.sql", b.s, b.len, NULL, 0, NULL};
    rg_source indexed = plain;
    rg_source_index(&indexed, a);
    int bad = 0;
    for (size_t off = 0; off <= b.len + 1; off++) {
        int l1, c1, l2, c2;
        rg_source_linecol(&plain, off, &l1, &c1);
        rg_source_linecol(&indexed, off, &l2, &c2);
        if (l1 != l2 || c1 != c2) {
            if (!bad++) printf("offset %zu: scan %d:%d, index %d:%d\n", off, l1, c1, l2, c2);
        }
    }
    CHECK(bad == 0, "the line index agrees with a scan at every offset (%d differ)", bad);
    rg_source empty = {"e.sql", (char *)"", 0, NULL, 0, NULL};
    rg_source_index(&empty, a);
    int l, c;
    rg_source_linecol(&empty, 0, &l, &c);
    CHECK(l == 1 && c == 1, "empty text: 1:1, got %d:%d", l, c);
    rg_arena_free(a);
    rg_buf_free(&b);
}

int main(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/rg_parse_XXXXXX");
    if (!mkdtemp(tmpdir)) return 3;
    test_split_and_locations();
    test_syntax_error_location();
    test_meta_commands();
    test_dedupe();
    test_folders();
    test_bad_input();
    test_newer_syntax();
    test_deparse_helpers();
    test_line_index();
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0) printf("could not remove %s\n", tmpdir);
    rg_parse_shutdown();
    return TEST_SUMMARY();
}
