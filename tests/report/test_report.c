/*
 * test_report.c — unit tests of the evidence stage: SHA-256 against the
 * FIPS 180-4 vectors, the escapers, the ledger (fresh, migrated from
 * user_version 0 next to foreign tables, refusing a newer schema or a
 * non-database), and the round trip record -> load -> render giving the
 * same bytes for every format, with hostile strings escaped.
 */
#define _XOPEN_SOURCE 700
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "report/escape.h"
#include "rollgate/ledger.h"
#include "rollgate/models.h"
#include "rollgate/report.h"

#include "../harness.h"

/* The last diagnostic's message: what the failing call said. */
static const char *last_msg(const rg_diags *d)
{
    return d->n ? d->v[d->n - 1].msg : "";
}

static void test_sha256(void)
{
    static const struct { const char *in; const char *hex; } V[] = {
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
    };
    char hex[65];
    for (size_t i = 0; i < sizeof V / sizeof *V; i++) {
        rg_sha256_hex(V[i].in, strlen(V[i].in), hex);
        CHECK(strcmp(hex, V[i].hex) == 0, "sha256(%s) = %s", V[i].in, hex);
    }
    size_t n = 1000000;
    char *a = malloc(n);
    memset(a, 'a', n);
    rg_sha256_hex(a, n, hex);
    CHECK(strcmp(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0") == 0, "million a: %s", hex);
    /* Padding boundaries: 55, 56, 63, 64 bytes (one vs two final blocks). */
    static const char *const B[] = {
        "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",  /* 55 a */
        "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",  /* 56 a */
        "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34",  /* 63 a */
        "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"}; /* 64 a */
    static const size_t L[] = {55, 56, 63, 64};
    for (int i = 0; i < 4; i++) {
        rg_sha256_hex(a, L[i], hex);
        CHECK(strcmp(hex, B[i]) == 0, "%zu a: %s", L[i], hex);
    }
    free(a);
}

static void test_escape(void)
{
    rg_buf b = {0};
    rg_esc_html(&b, "<script>alert('x')&\"</script>");
    CHECK(strcmp(rg_buf_cstr(&b), "&lt;script&gt;alert(&#39;x&#39;)&amp;&quot;&lt;/script&gt;") == 0, "html: %s",
          rg_buf_cstr(&b));
    rg_buf_reset(&b);
    rg_json_str(&b, "a\"b\\c\n\x01", 0);
    CHECK(strcmp(rg_buf_cstr(&b), "\"a\\\"b\\\\c\\n\\u0001\"") == 0, "json: %s", rg_buf_cstr(&b));
    rg_buf_reset(&b);
    rg_json_str(&b, "<a>&\xe2\x80\xa8", RG_JSON_HTML_SAFE);
    CHECK(strcmp(rg_buf_cstr(&b), "\"\\u003ca>\\u0026\\u2028\"") == 0, "json html-safe: %s", rg_buf_cstr(&b));
    rg_buf_reset(&b);
    rg_json_str(&b, NULL, RG_JSON_NULL);
    rg_json_str(&b, NULL, 0);
    CHECK(strcmp(rg_buf_cstr(&b), "null\"\"") == 0, "json NULL: %s", rg_buf_cstr(&b));
    rg_buf_reset(&b);
    rg_sql_literal(&b, "it's");
    CHECK(strcmp(rg_buf_cstr(&b), "'it''s'") == 0, "sql literal: %s", rg_buf_cstr(&b));
    rg_buf_reset(&b);
    const char *cells[] = {"-", "-1", "=x", "a,b"};
    rg_csv_row(&b, cells, 4);
    CHECK(strcmp(rg_buf_cstr(&b), "-,'-1,'=x,\"a,b\"\r\n") == 0, "csv row: %s", rg_buf_cstr(&b));
    rg_buf_reset(&b);
    rg_esc_xml(&b, "x\x02<y>");
    CHECK(strcmp(rg_buf_cstr(&b), "x\xef\xbf\xbd&lt;y&gt;") == 0, "xml: %s", rg_buf_cstr(&b));
    rg_buf_free(&b);
}

static int pragma_int(const char *path, const char *sql)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    int v = -1;
    if (sqlite3_open(path, &db) == SQLITE_OK && sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return v;
}

static void exec_sql(const char *path, const char *sql)
{
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_exec(db, sql, NULL, NULL, NULL);
    sqlite3_close(db);
}

static char *tmp_path(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

static void test_ledger_open(const char *dir)
{
    char *fresh = tmp_path(dir, "fresh.db"), *old = tmp_path(dir, "v0.db"), *newer = tmp_path(dir, "v99.db"),
         *junk = tmp_path(dir, "junk.db");
    rg_ledger *l = NULL;
    rg_diags err = {0};
    CHECK(rg_ledger_open(&l, fresh, false, &err) != RG_OK, "a missing ledger opens without create");
    rg_diags_free(&err);
    CHECK(rg_ledger_open(&l, fresh, true, &err) == RG_OK, "fresh: %s", last_msg(&err));
    rg_ledger_close(l);
    CHECK(pragma_int(fresh, "PRAGMA user_version") == RG_LEDGER_VERSION, "fresh version");
    CHECK(pragma_int(fresh, "SELECT count(*) FROM sqlite_master WHERE name='verdicts_failing'") == 1, "v2 index");

    /* user_version 0 with someone else's table: migrated, their rows kept. */
    exec_sql(old, "CREATE TABLE notes(x); INSERT INTO notes VALUES(42);");
    CHECK(pragma_int(old, "PRAGMA user_version") == 0, "v0 setup");
    CHECK(rg_ledger_open(&l, old, false, &err) == RG_OK, "v0: %s", last_msg(&err));
    rg_ledger_close(l);
    CHECK(pragma_int(old, "PRAGMA user_version") == RG_LEDGER_VERSION, "v0 migrated");
    CHECK(pragma_int(old, "SELECT x FROM notes") == 42, "foreign rows kept");
    CHECK(pragma_int(old, "SELECT count(*) FROM runs") == 0, "runs table made");

    /* Version 1 (as a first release wrote it) gains only migration 2. */
    char *v1 = tmp_path(dir, "v1.db");
    exec_sql(v1, "CREATE TABLE runs(id INTEGER PRIMARY KEY, tool_version TEXT NOT NULL, time_utc TEXT NOT NULL,"
                 " command_line TEXT NOT NULL, apps TEXT NOT NULL, pg_version INTEGER NOT NULL,"
                 " exit_code INTEGER NOT NULL, verdict TEXT NOT NULL);"
                 "CREATE TABLE verdicts(run_id INTEGER NOT NULL, ord INTEGER NOT NULL, stage INTEGER NOT NULL,"
                 " app TEXT NOT NULL, query TEXT NOT NULL, verdict TEXT NOT NULL, code TEXT NOT NULL,"
                 " detail TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, PRIMARY KEY(run_id, ord));"
                 "INSERT INTO runs VALUES(7,'0.1.0','2026-01-01T00:00:00Z','rollgate plan a b','v1;v2',15,0,"
                 "'compatible'); PRAGMA user_version=1;");
    CHECK(rg_ledger_open(&l, v1, false, &err) == RG_OK, "v1: %s", last_msg(&err));
    rg_ledger_close(l);
    CHECK(pragma_int(v1, "PRAGMA user_version") == RG_LEDGER_VERSION, "v1 migrated");
    CHECK(pragma_int(v1, "SELECT id FROM runs") == 7, "v1 runs kept");
    free(v1);

    exec_sql(newer, "PRAGMA user_version=99;");
    CHECK(rg_ledger_open(&l, newer, false, &err) == RG_EINPUT, "newer refused");
    CHECK(strstr(last_msg(&err), "newer"), "newer message: %s", last_msg(&err));
    rg_diags_free(&err);

    FILE *f = fopen(junk, "wb");
    fputs("this is not a database, just text that is long enough to be looked at by sqlite....", f);
    fclose(f);
    CHECK(rg_ledger_open(&l, junk, false, &err) == RG_EINPUT, "junk refused: %s", last_msg(&err));
    rg_diags_free(&err);
    free(fresh);
    free(old);
    free(newer);
    free(junk);
}

/* A run built by hand with hostile strings everywhere. */
static rg_run *hostile_run(const char *time)
{
    const char *evil = "<script>alert(1)</script>";
    rg_run *r = rg_run_new();
    r->tool_version = "0.1.0";
    r->time_utc = time;
    r->command_line = "rollgate plan 'a b.sql' new.sql";
    r->apps = "v1;v<2>";
    r->pg_version = 15;
    rg_arena *a = r->arena;
    r->ninputs = 1;
    r->inputs = rg_arena_alloc(a, sizeof *r->inputs);
    r->inputs[0] = (rg_run_input){"old", "a b.sql", "00ff", 12};
    r->nchanges = 1;
    r->changes = rg_arena_alloc(a, sizeof *r->changes);
    r->changes[0] = (rg_run_change){1, "add_table", evil, "=cmd|' /C calc'!A0"};
    r->nstages = 2;
    r->stages = rg_arena_alloc(a, 2 * sizeof *r->stages);
    r->stages[0] = (rg_run_stage){0, "baseline", "baseline", "v1", ""};
    r->stages[1] = (rg_run_stage){1, "expand", "migration", "v1;v<2>", "migrations/0001_expand_x.up.sql"};
    r->nfiles = 1;
    r->files = rg_arena_alloc(a, sizeof *r->files);
    r->files[0] = (rg_run_file){1, 1, "0001_expand_x", false, "SET lock_timeout = '5s';\nCREATE TABLE \"<script>\"();\n",
                                "DROP TABLE \"<script>\";\n"};
    r->nsteps = 1;
    r->steps = rg_arena_alloc(a, sizeof *r->steps);
    r->steps[0] = (rg_run_step){.number = 1, .stage = 1, .file = "migrations/0001_expand_x.up.sql", .line = 2,
                                .statement = "CREATE TABLE \"<script>\"()", .object = evil, .lock = "ACCESS EXCLUSIVE",
                                .blocks_reads = true, .blocks_writes = true, .rewrites_table = true,
                                .transactional = true, .down = "DROP TABLE \"<script>\"", .down_lossless = false,
                                .notes = "line1\nline2, \"quoted\""};
    r->nverdicts = 3;
    r->verdicts = rg_arena_alloc(a, 3 * sizeof *r->verdicts);
    r->verdicts[0] = (rg_run_verdict){1, "v1", "get_user", "ok", "", "", "q/v1.sql", 2};
    r->verdicts[1] = (rg_run_verdict){1, "v<2>", evil, "error", "missing_column", "column \"<b>\" does not exist",
                                      "q/v 2.sql", 5};
    r->verdicts[2] = (rg_run_verdict){1, "v<2>", "w", "warning", "select_star_shape", "shape & more", "", 0};
    r->nfindings = 1;
    r->findings = rg_arena_alloc(a, sizeof *r->findings);
    r->findings[0] = (rg_finding){RG_SEV_WARNING, "missing_backfill", evil, "msg <i>x</i>", "", 0};
    rg_run_settle(r);
    return r;
}

typedef void (*render_fn)(const rg_run *r, rg_buf *out);

static void csv_all(const rg_run *r, rg_buf *out)
{
    for (size_t i = 0; rg_report_csv_names[i]; i++) rg_report_csv(r, rg_report_csv_names[i], out);
}

static void summary_json(const rg_run *r, rg_buf *out)
{
    rg_report_summary_json(r, "x/report.html", out);
}

static void test_roundtrip(const char *dir)
{
    char *path = tmp_path(dir, "rt.db");
    rg_ledger *l = NULL;
    rg_diags err = {0};
    CHECK(rg_ledger_open(&l, path, true, &err) == RG_OK, "open: %s", last_msg(&err));
    rg_run *r1 = hostile_run("2026-01-01T00:00:00Z"), *r2 = hostile_run("2026-01-02T00:00:00Z");
    CHECK(strcmp(r1->verdict, "incompatible") == 0 && r1->exit_code == 1, "settled: %s", r1->verdict);
    CHECK(rg_ledger_record(l, r1, &err) == RG_OK && r1->id == 1, "record 1: %s", last_msg(&err));
    CHECK(rg_ledger_record(l, r2, &err) == RG_OK && r2->id == 2, "record 2: %s", last_msg(&err));
    rg_run *back = NULL, *latest = NULL, *none = NULL;
    CHECK(rg_ledger_load(l, 1, &back, &err) == RG_OK, "load 1: %s", last_msg(&err));
    CHECK(rg_ledger_load(l, 0, &latest, &err) == RG_OK && latest->id == 2, "latest");
    CHECK(rg_ledger_load(l, 3, &none, &err) == RG_EINPUT && !none, "no run 3");
    rg_diags_free(&err);
    static const render_fn R[] = {rg_report_html, csv_all, rg_report_junit, rg_report_sarif, summary_json};
    static const char *const NAMES[] = {"html", "csv", "junit", "sarif", "json"};
    for (size_t i = 0; back && i < sizeof R / sizeof *R; i++) {
        rg_buf x = {0}, y = {0};
        R[i](r1, &x);
        R[i](back, &y);
        CHECK(x.len == y.len && memcmp(x.s, y.s, x.len) == 0, "%s differs after the ledger", NAMES[i]);
        /* Markup formats must escape; CSV, SARIF and JSON carry the text. */
        if (i == 0 || i == 2) CHECK(!strstr(rg_buf_cstr(&y), "<script"), "%s leaks markup", NAMES[i]);
        rg_buf_free(&x);
        rg_buf_free(&y);
    }
    rg_buf h = {0};
    if (back) rg_report_html(back, &h);
    CHECK(strstr(rg_buf_cstr(&h), "&lt;script&gt;alert(1)&lt;/script&gt;") != NULL, "escaped name shown");
    CHECK(strstr(rg_buf_cstr(&h), "2026-01-01T00:00:00Z") != NULL, "recorded time shown");
    for (const char *id = "verdict\0release\0timeline\0matrix\0steps\0findings\0migrations\0run\0"; *id;
         id += strlen(id) + 1) {
        char want[64];
        snprintf(want, sizeof want, "id=\"%s\"", id);
        CHECK(strstr(rg_buf_cstr(&h), want) != NULL, "section %s", id);
    }
    rg_buf_reset(&h);
    if (back) rg_report_csv(back, "changes.csv", &h);
    CHECK(strstr(rg_buf_cstr(&h), ",'=cmd") != NULL, "formula guard: %s", rg_buf_cstr(&h));
    rg_buf_reset(&h);
    if (back) rg_report_junit(back, &h);
    CHECK(strstr(rg_buf_cstr(&h), "tests=\"4\" failures=\"1\"") != NULL, "junit counts: %s", rg_buf_cstr(&h));
    rg_buf_free(&h);
    rg_buf list = {0};
    CHECK(rg_ledger_list(l, &list, &err) == RG_OK, "list");
    CHECK(strstr(rg_buf_cstr(&list), "\n2\t2026-01-02T00:00:00Z\tincompatible\t1\t") != NULL, "list: %s",
          rg_buf_cstr(&list));
    rg_buf_free(&list);
    rg_run_free(back);
    rg_run_free(latest);
    rg_run_free(r1);
    rg_run_free(r2);
    rg_ledger_close(l);
    free(path);
}

/* A `rollgate verify` run: its rows survive the ledger, the #verified
 * section is re-rendered byte for byte, every string escaped, the
 * disagreements listed first; a plan run has no such section. */
static void test_verified(const char *dir)
{
    const char *evil = "<script>alert(2)</script>";
    char *path = tmp_path(dir, "verified.db");
    rg_ledger *l = NULL;
    rg_diags err = {0};
    CHECK(rg_ledger_open(&l, path, true, &err) == RG_OK, "open: %s", last_msg(&err));
    rg_run *plain = hostile_run("2026-01-03T00:00:00Z"), *r = hostile_run("2026-01-04T00:00:00Z");
    r->verified = true;
    r->server_version = "15.8 <b>x</b>";
    r->nvrows = 2;
    r->vrows = rg_arena_alloc(r->arena, 2 * sizeof *r->vrows);
    r->vrows[0] = (rg_run_vrow){1, "v1", "get_user", "ok", "ok", true};
    r->vrows[1] = (rg_run_vrow){1, "v<2>", evil, "ok", "error:missing_column", false};
    r->nvsteps = 1;
    r->vsteps = rg_arena_alloc(r->arena, sizeof *r->vsteps);
    r->vsteps[0] = (rg_run_vstep){.step = 1, .stage = 1, .target = evil, .predicted_lock = "ACCESS EXCLUSIVE",
                                  .observed_lock = "ACCESS EXCLUSIVE", .predicted_rewrite = true,
                                  .observed_rewrite = true, .measured = true, .ms = 1.25, .agree = true,
                                  .note = "n <i>"};
    CHECK(l && rg_ledger_record(l, plain, &err) == RG_OK, "record plain: %s", last_msg(&err));
    CHECK(l && rg_ledger_record(l, r, &err) == RG_OK, "record verified: %s", last_msg(&err));
    rg_run *back = NULL, *pback = NULL;
    CHECK(l && rg_ledger_load(l, r->id, &back, &err) == RG_OK, "load: %s", last_msg(&err));
    CHECK(l && rg_ledger_load(l, plain->id, &pback, &err) == RG_OK, "load plain: %s", last_msg(&err));
    rg_buf x = {0}, y = {0}, p = {0};
    rg_report_html(r, &x);
    if (back) rg_report_html(back, &y);
    if (pback) rg_report_html(pback, &p);
    CHECK(back && back->verified && back->nvrows == 2 && back->nvsteps == 1 && back->vsteps[0].ms == 1.25,
          "verify rows kept");
    CHECK(x.len == y.len && memcmp(x.s, y.s, x.len) == 0, "verified html differs after the ledger");
    const char *h = rg_buf_cstr(&y);
    CHECK(strstr(h, "<section id=\"verified\"><h2>Verified on PostgreSQL 15.8 &lt;b&gt;x&lt;/b&gt;</h2>") != NULL,
          "verified heading");
    CHECK(strstr(h, "2/3 agree") != NULL, "summary line");
    CHECK(!strstr(h, "<script") && !strstr(h, "<i>") && strstr(h, "&lt;script&gt;alert(2)") != NULL, "escaped");
    const char *dis = strstr(h, "<h3>Disagreements</h3>"), *all = strstr(h, "<h3>Query verdicts</h3>");
    const char *bad = strstr(h, "error:missing_column");
    CHECK(dis && all && bad && dis < bad && bad < all, "disagreements first");
    CHECK(pback && !pback->verified && !strstr(rg_buf_cstr(&p), "id=\"verified\""), "plan run: no section");
    rg_buf_free(&x);
    rg_buf_free(&y);
    rg_buf_free(&p);
    rg_diags_free(&err);
    rg_run_free(back);
    rg_run_free(pback);
    rg_run_free(r);
    rg_run_free(plain);
    rg_ledger_close(l);
    free(path);
}

int main(void)
{
    char dir[] = "/tmp/rg-report-test.XXXXXX";
    if (!mkdtemp(dir)) return 2;
    test_sha256();
    test_escape();
    test_ledger_open(dir);
    test_roundtrip(dir);
    test_verified(dir);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
    return TEST_SUMMARY();
}
