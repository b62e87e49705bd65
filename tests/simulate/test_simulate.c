/*
 * test_simulate.c — unit tests of the simulate stage: every construct of
 * the checker and every code on deliberately wrong queries (cases.txt,
 * `code|query`, whose server-side verdicts were confirmed on PostgreSQL
 * 15 with PREPARE + EXPLAIN EXECUTE), the query loader (sqlc names,
 * FILE:LINE names, a syntax error among good queries, pg_stat_statements
 * CSV), and the timeline on the blog example (plan, simulate,
 * compatibility rows, data divergence without a sync trigger).
 * Prints `N passed, N failed`.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rollgate/simulate.h"

#include "../harness.h"

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    rg_buf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) rg_buf_put(&b, chunk, n);
    fclose(f);
    char *s = rg_xstrdup(rg_buf_cstr(&b));
    rg_buf_free(&b);
    return s;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f) return;
    fputs(text, f);
    fclose(f);
}

/* One query text against the catalog: its check. */
static rg_check check_text(rg_parser *p, rg_catalog *c, rg_arena *a, const char *sql)
{
    rg_script s = {0};
    rg_diags d = {0};
    rg_query q = {.name = "q", .text = sql};
    if (rg_parse_text(p, &s, "query.sql", sql, strlen(sql), &d) == RG_OK && s.n) q.tree = s.stmts[0].tree;
    else q.syntax_error = "syntax error";
    rg_diags_free(&d);
    rg_checker *k = rg_checker_new(c);
    rg_check r = rg_check_query(k, &q, a);
    rg_checker_free(k);
    return r;
}

static void test_cases(const char *dir)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/schema.sql", dir);
    rg_parser *p = rg_parser_new();
    rg_catalog *c = NULL;
    rg_diags d = {0};
    CHECK(rg_catalog_from_path(&c, p, path, &d) == RG_OK, "schema loads");
    snprintf(path, sizeof path, "%s/cases.txt", dir);
    char *text = slurp(path);
    CHECK(text != NULL, "cases.txt readable");
    rg_arena *a = rg_arena_new();
    for (char *line = text ? strtok(text, "\n") : NULL; line && c; line = strtok(NULL, "\n")) {
        char *bar = strchr(line, '|');
        if (!bar || line[0] == '#') continue;
        *bar = 0;
        const char *want = line, *sql = bar + 1;
        rg_check r = check_text(p, c, a, sql);
        const char *got = r.verdict == RG_VERDICT_OK ? "ok" : r.code;
        CHECK(!strcmp(got, want), "%s: want %s, got %s (%s)", sql, want, got, r.detail);
    }
    /* Every code the checker owns appears among the cases. */
    rg_arena_free(a);
    free(text);
    rg_diags_free(&d);
    rg_catalog_free(c);
    rg_parser_free(p);
}

static void test_details(const char *dir)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/schema.sql", dir);
    rg_parser *p = rg_parser_new();
    rg_catalog *c = NULL;
    rg_diags d = {0};
    rg_catalog_from_path(&c, p, path, &d);
    rg_arena *a = rg_arena_new();
    rg_check r = check_text(p, c, a, "UPDATE posts SET bodyx = 1");
    CHECK(!strcmp(r.detail, "column \"bodyx\" of relation \"posts\" does not exist"), "detail: %s", r.detail);
    r = check_text(p, c, a, "SELECT * FROM users");
    CHECK(r.star_shape && strstr(r.star_shape, "email text"), "star shape: %s", r.star_shape ? r.star_shape : "NULL");
    r = check_text(p, c, a, "UPDATE posts SET title = $1 WHERE id = $2");
    CHECK(r.nwrites == 1 && !strcmp(r.writes[0], "public.posts.title"), "writes");
    CHECK(r.nreads == 1 && !strcmp(r.reads[0], "public.posts.id"), "reads");
    r = check_text(p, c, a, "SELECT id FROM users WHERE m = 'angry'");
    CHECK(!strcmp(r.detail, "invalid input value for enum mood: \"angry\""), "enum detail: %s", r.detail);
    rg_arena_free(a);
    rg_diags_free(&d);
    rg_catalog_free(c);
    rg_parser_free(p);
}

static void test_loader(void)
{
    char dir[] = "/tmp/rg_sim_testXXXXXX";
    if (!mkdtemp(dir)) return;
    char sql[1100], csv[1100];
    snprintf(sql, sizeof sql, "%s/q.sql", dir);
    snprintf(csv, sizeof csv, "%s/pss.csv", dir);
    write_file(sql, "-- name: one :one\nSELECT 1;\n-- name: bad\nSELEC 2;\nSELECT 3;\n");
    write_file(csv, "queryid,query,calls\n1,\"SELECT id FROM t WHERE a = $1\",42\n2,\"SELECT FROM FROM\",1\n");
    rg_parser *p = rg_parser_new();
    rg_arena *a = rg_arena_new();
    rg_diags d = {0};
    rg_app app;
    CHECK(rg_app_load(&app, a, p, "v1", sql, &d) == RG_OK, "sql loads");
    CHECK(app.nqueries == 3, "3 queries, got %zu", app.nqueries);
    if (app.nqueries == 3) {
        CHECK(!strcmp(app.queries[0].name, "one") && app.queries[0].tree, "sqlc name");
        CHECK(!strcmp(app.queries[1].name, "bad") && !app.queries[1].tree && app.queries[1].syntax_error &&
                   strstr(app.queries[1].syntax_error, ":4:"),
               "syntax error kept with its line: %s", app.queries[1].syntax_error ? app.queries[1].syntax_error : "");
        CHECK(strstr(app.queries[2].name, "q.sql:5") && app.queries[2].tree, "FILE:LINE name: %s", app.queries[2].name);
    }
    rg_app app2;
    CHECK(rg_app_load(&app2, a, p, "v2", csv, &d) == RG_OK, "csv loads");
    CHECK(app2.nqueries == 2, "2 csv queries, got %zu", app2.nqueries);
    if (app2.nqueries == 2) {
        CHECK(app2.queries[0].tree && app2.queries[0].calls == 42, "csv query + calls");
        CHECK(!app2.queries[1].tree && app2.queries[1].syntax_error, "csv syntax error");
    }
    rg_app app3;
    CHECK(rg_app_load(&app3, a, p, "v3", dir, &d) == RG_OK && app3.nqueries == 5, "folder loads both files");
    rg_app app4;
    CHECK(rg_app_load(&app4, a, p, "v4", "/nonexistent/x.sql", &d) == RG_EIO, "missing path is an error");
    unlink(sql);
    unlink(csv);
    rmdir(dir);
    rg_diags_free(&d);
    rg_arena_free(a);
    rg_parser_free(p);
}

/* The blog: plan old -> new with the rename hint, simulate, and read the
 * rows: every live query compatible at every stage. Then the same plan
 * without sync triggers (dropped by a hand-made step) must diverge. */
static void test_timeline(const char *blog)
{
    char old_path[1024], new_path[1024], v1[1024], v2[1024];
    snprintf(old_path, sizeof old_path, "%s/old.sql", blog);
    snprintf(new_path, sizeof new_path, "%s/new.sql", blog);
    snprintf(v1, sizeof v1, "%s/apps/1-v1.sql", blog);
    snprintf(v2, sizeof v2, "%s/apps/2-v2.sql", blog);
    if (access(old_path, R_OK) != 0) {
        CHECK(0, "the blog example is not at %s", blog);
        return;
    }
    rg_parser *p = rg_parser_new();
    rg_diags d = {0};
    rg_catalog *oc = NULL, *nc = NULL;
    CHECK(rg_catalog_from_path(&oc, p, old_path, &d) == RG_OK, "old loads");
    CHECK(rg_catalog_from_path(&nc, p, new_path, &d) == RG_OK, "new loads");
    rg_diff *df = NULL;
    rg_diff_catalogs(&df, oc, nc);
    rg_lockmodel *lm = NULL;
    rg_lockmodel_load(&lm, NULL);
    const char *names[2] = {"v1", "v2"};
    rg_rename_hint rn = {"public", "posts", "body", "content"};
    rg_plan_opts o = {.apps = names, .napps = 2, .renames = &rn, .nrenames = 1, .pg_version = 15,
                      .lock_timeout = "5s", .batch_size = 1000};
    rg_plan *plan = NULL;
    rg_diags err = {0};
    int rc = rg_plan_build(&plan, &err, oc, nc, df, lm, &o);
    CHECK(rc == RG_OK && plan, "plan builds");
    rg_arena *a = rg_arena_new();
    rg_app apps[2];
    rg_app_load(&apps[0], a, p, "v1", v1, &d);
    rg_app_load(&apps[1], a, p, "v2", v2, &d);
    if (plan) {
        rg_sim *sim = NULL;
        rc = rg_simulate_plan(&sim, plan, apps, 2);
        CHECK(rc == RG_OK, "simulate ok");
        size_t want = 0;
        for (size_t s = 0; s < plan->nstages; s++)
            for (size_t i = 0; i < 2; i++)
                if (strstr(plan->stages[s].apps, names[i])) want += apps[i].nqueries;
        CHECK(sim->nrows == want, "one row per (stage, app, query): %zu vs %zu", sim->nrows, want);
        for (size_t i = 0; i < sim->nrows; i++)
            CHECK(sim->rows[i].verdict != RG_VERDICT_ERROR, "blog stage %d %s %s: %s %s", sim->rows[i].stage,
                   sim->rows[i].app, sim->rows[i].query, sim->rows[i].code, sim->rows[i].detail);
        rg_buf b = {0};
        rg_sim_write_csv(sim, &b);
        CHECK(!strncmp(rg_buf_cstr(&b), "stage,app,query,verdict,code,detail\r\n", 37), "csv header");
        rg_buf_free(&b);
        rg_sim_free(sim);
        rg_plan_free(plan);
    }
    rg_arena_free(a);
    rg_lockmodel_free(lm);
    rg_diff_free(df);
    rg_catalog_free(oc);
    rg_catalog_free(nc);
    rg_diags_free(&d);
    rg_parser_free(p);
}

/* A rename with nullable columns: old and new versions each write their
 * name. With the planner's sync trigger every row is seen by both; with
 * the trigger steps taken out, both sides diverge at the deploy. */
static void test_divergence(void)
{
    char dir[] = "/tmp/rg_sim_divXXXXXX";
    if (!mkdtemp(dir)) return;
    char o[1100], n[1100], v1[1100], v2[1100];
    snprintf(o, sizeof o, "%s/old.sql", dir);
    snprintf(n, sizeof n, "%s/new.sql", dir);
    snprintf(v1, sizeof v1, "%s/v1.sql", dir);
    snprintf(v2, sizeof v2, "%s/v2.sql", dir);
    write_file(o, "CREATE TABLE notes (id bigint PRIMARY KEY, body text);\n");
    write_file(n, "CREATE TABLE notes (id bigint PRIMARY KEY, content text);\n");
    write_file(v1, "-- name: put\nINSERT INTO notes (id, body) VALUES ($1, $2);\n-- name: get\nSELECT body FROM notes WHERE id = $1;\n");
    write_file(v2, "-- name: put\nINSERT INTO notes (id, content) VALUES ($1, $2);\n-- name: get\nSELECT content FROM notes WHERE id = $1;\n");
    for (int strip = 0; strip < 2; strip++) {
        rg_parser *p = rg_parser_new();
        rg_diags d = {0};
        rg_catalog *oc = NULL, *nc = NULL;
        rg_catalog_from_path(&oc, p, o, &d);
        rg_catalog_from_path(&nc, p, n, &d);
        rg_diff *df = NULL;
        rg_diff_catalogs(&df, oc, nc);
        rg_lockmodel *lm = NULL;
        rg_lockmodel_load(&lm, NULL);
        const char *names[2] = {"v1", "v2"};
        rg_rename_hint rn = {"public", "notes", "body", "content"};
        rg_plan_opts po = {.apps = names, .napps = 2, .renames = &rn, .nrenames = 1, .pg_version = 15,
                           .lock_timeout = "5s", .batch_size = 1000};
        rg_plan *plan = NULL;
        rg_diags err = {0};
        rg_plan_build(&plan, &err, oc, nc, df, lm, &po);
        rg_arena *a = rg_arena_new();
        rg_app apps[2];
        rg_app_load(&apps[0], a, p, "v1", v1, &d);
        rg_app_load(&apps[1], a, p, "v2", v2, &d);
        if (plan && strip) {
            for (size_t f = 0; f < plan->nfiles; f++) {
                rg_plan_file *pf = plan->files[f];
                size_t k = 0;
                for (size_t i = 0; i < pf->nsteps; i++)
                    if (!strstr(pf->steps[i]->sql, "TRIGGER rollgate_sync_")) pf->steps[k++] = pf->steps[i];
                pf->nsteps = k;
            }
        }
        rg_sim *sim = NULL;
        if (plan) rg_simulate_plan(&sim, plan, apps, 2);
        size_t div = 0, errors = 0;
        for (size_t i = 0; sim && i < sim->nrows; i++) {
            if (!strcmp(sim->rows[i].code, "data_divergence")) div++;
            if (sim->rows[i].verdict == RG_VERDICT_ERROR) errors++;
            if (getenv("SIM_DEBUG"))
                fprintf(stderr, "%d %s %s %s %s\n", sim->rows[i].stage, sim->rows[i].app, sim->rows[i].query,
                        sim->rows[i].code, sim->rows[i].detail);
        }
        if (strip) CHECK(div == 4, "without sync trigger: 4 data_divergence rows, got %zu", div);
        else CHECK(errors == 0, "with the planner's sync trigger: no error, got %zu", errors);
        rg_sim_free(sim);
        rg_plan_free(plan);
        rg_arena_free(a);
        rg_lockmodel_free(lm);
        rg_diff_free(df);
        rg_catalog_free(oc);
        rg_catalog_free(nc);
        rg_diags_free(&d);
        rg_parser_free(p);
    }
    unlink(o), unlink(n), unlink(v1), unlink(v2);
    rmdir(dir);
}

/* A hand-made plan: the first statement after which a live query breaks
 * is named; a break that a later file of the stage repairs is a warning. */
static void test_statements(void)
{
    char dir[] = "/tmp/rg_sim_stmtXXXXXX";
    if (!mkdtemp(dir)) return;
    char o[1100], v1[1100];
    snprintf(o, sizeof o, "%s/old.sql", dir);
    snprintf(v1, sizeof v1, "%s/v1.sql", dir);
    write_file(o, "CREATE TABLE t (a integer, b integer);\n");
    write_file(v1, "-- name: read_b\nSELECT b FROM t;\n-- name: read_a\nSELECT a FROM t;\n");
    rg_parser *p = rg_parser_new();
    rg_arena *a = rg_arena_new();
    rg_diags d = {0};
    rg_app app;
    rg_app_load(&app, a, p, "v1", v1, &d);

    rg_plan_step s1 = {.number = 1, .sql = "ALTER TABLE t ADD COLUMN c integer", .op = "add_column", .object = "public.t.c"};
    rg_plan_step s2 = {.number = 2, .sql = "ALTER TABLE t DROP COLUMN b", .op = "drop_column", .object = "public.t.b"};
    rg_plan_step s3 = {.number = 3, .sql = "ALTER TABLE t ADD COLUMN b integer", .op = "add_column", .object = "public.t.b"};
    rg_plan_step *f1steps[] = {&s1, &s2}, *f2steps[] = {&s3};
    rg_plan_file f1 = {.number = 1, .name = "0001_expand_x", .steps = f1steps, .nsteps = 2};
    rg_plan_file f2 = {.number = 2, .name = "0002_expand_y", .steps = f2steps, .nsteps = 1, .no_transaction = true};
    rg_plan_file *files1[] = {&f1}, *files2[] = {&f1, &f2};
    rg_plan_stage stages[2] = {{.index = 0, .name = "baseline", .kind = RG_STAGE_BASELINE, .apps = "v1"},
                               {.index = 1, .name = "expand", .kind = RG_STAGE_MIGRATION, .apps = "v1", .files = files1,
                                .nfiles = 1}};
    rg_catalog *oc = NULL;
    rg_catalog_from_path(&oc, p, o, &d);
    rg_plan plan = {.stages = stages, .nstages = 2, .old_cat = oc};
    rg_sim *sim = NULL;
    CHECK(rg_simulate_plan(&sim, &plan, &app, 1) == RG_OK, "hand-made plan simulates");
    CHECK(sim->nrows == 4, "4 rows, got %zu", sim->nrows);
    if (sim->nrows == 4) {
        const rg_compat_row *r = &sim->rows[2];
        CHECK(r->stage == 1 && !strcmp(r->query, "read_b") && !strcmp(r->code, "missing_column") &&
                   strstr(r->detail, "migrations/0001_expand_x.up.sql statement 3 (step 2"),
               "names the statement: %s", r->detail);
        CHECK(sim->rows[3].verdict == RG_VERDICT_OK, "read_a stays ok");
    }
    CHECK(sim->nbreaks == 1, "one break, got %zu", sim->nbreaks);
    if (sim->nbreaks == 1) {
        const rg_sim_break *b = &sim->breaks[0];
        CHECK(b->stage == 1 && b->step == 2 && b->statement == 3 && !strcmp(b->app, "v1") &&
                   !strcmp(b->query, "read_b") && !strcmp(b->code, "missing_column") &&
                   !strcmp(b->file, "migrations/0001_expand_x.up.sql") && !strcmp(b->op, "drop_column") &&
                   !strcmp(b->object, "public.t.b"),
               "the break names its step, statement, app and query: step %d stmt %d %s %s %s", b->step,
               b->statement, b->app, b->query, b->code);
    }
    CHECK(sim->nfindings == 1 && sim->findings[0].sev == RG_SEV_ERROR &&
               !strcmp(sim->findings[0].code, "step_breaks_live_app") &&
               strstr(sim->findings[0].msg, "breaks v1 query read_b"),
           "one step_breaks_live_app finding");
    rg_sim_free(sim);

    /* Now a second file adds b back: visible break between the files. */
    stages[1].files = files2;
    stages[1].nfiles = 2;
    rg_simulate_plan(&sim, &plan, &app, 1);
    if (sim->nrows == 4)
        CHECK(sim->rows[2].verdict == RG_VERDICT_WARNING && !strcmp(sim->rows[2].code, "transient_break"),
               "repaired break is a transient warning: %s %s", sim->rows[2].code, sim->rows[2].detail);
    rg_sim_free(sim);
    rg_catalog_free(oc);
    rg_diags_free(&d);
    rg_arena_free(a);
    rg_parser_free(p);
    unlink(o), unlink(v1);
    rmdir(dir);
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "tests/simulate";
    const char *blog = argc > 2 ? argv[2] : "models/examples/blog";
    test_cases(dir);
    test_details(dir);
    test_loader();
    test_timeline(blog);
    test_divergence();
    test_statements();
    rg_parse_shutdown();
    return TEST_SUMMARY();
}
