/*
 * bench_simulate.c — the simulator's figure: a 2,000-table schema, a
 * release that changes some of the tables (add, rename with a hint, type
 * change, drop), 10,000 queries per app version, planned into its stages
 * and simulated. Prints the time of rg_simulate_plan (which clones the
 * old catalog and applies every step, checking all live queries after
 * each statement) against the parse-only floor of the queries, and how
 * many (stage, app, query) rows came out. Not a test.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "rollgate/simulate.h"

#define NTABLES 2000
#define NQUERIES 10000

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void write_schema(const char *path, bool next)
{
    FILE *f = fopen(path, "w");
    for (int t = 0; t < NTABLES; t++) {
        bool renamed = next && t % 400 == 1, added = next && t % 400 == 2, typed = next && t % 400 == 3;
        fprintf(f, "CREATE TABLE t%d (id bigint PRIMARY KEY, %s text, b %s, c timestamptz NOT NULL DEFAULT now(), d boolean%s);\n",
                t, renamed ? "a2" : "a", typed ? "bigint" : "integer", added ? ", e text" : "");
        fprintf(f, "CREATE INDEX t%d_b_idx ON t%d (b);\n", t, t);
    }
    fclose(f);
}

static void write_queries(const char *path, bool next)
{
    FILE *f = fopen(path, "w");
    for (int q = 0; q < NQUERIES; q++) {
        int t = q % NTABLES, u = (t + 1) % NTABLES;
        const char *a = next && t % 400 == 1 ? "a2" : "a";
        fprintf(f, "-- name: q%d\n", q);
        switch (q / NTABLES) {
        case 0: fprintf(f, "SELECT id, %s, b FROM t%d WHERE id = $1;\n", a, t); break;
        case 1: fprintf(f, "INSERT INTO t%d (id, %s, b) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING;\n", t, a); break;
        case 2: fprintf(f, "UPDATE t%d SET b = b + 1 WHERE id = $1 AND d;\n", t); break;
        case 3: fprintf(f, "SELECT x.id, y.c FROM t%d x JOIN t%d y ON y.id = x.id WHERE x.b > $1;\n", t, u); break;
        default: fprintf(f, "SELECT count(*) FROM t%d WHERE c > now() - interval '1 day' AND id IN (SELECT id FROM t%d);\n", t, u); break;
        }
    }
    fclose(f);
}

int main(void)
{
    char dir[] = "/tmp/rg_bench_simXXXXXX";
    if (!mkdtemp(dir)) return 1;
    char o[1100], n[1100], v1[1100], v2[1100];
    snprintf(o, sizeof o, "%s/old.sql", dir);
    snprintf(n, sizeof n, "%s/new.sql", dir);
    snprintf(v1, sizeof v1, "%s/v1.sql", dir);
    snprintf(v2, sizeof v2, "%s/v2.sql", dir);
    write_schema(o, false);
    write_schema(n, true);
    write_queries(v1, false);
    write_queries(v2, true);

    rg_parser *p = rg_parser_new();
    rg_diags d = {0};
    rg_catalog *oc = NULL, *nc = NULL;
    rg_catalog_from_path(&oc, p, o, &d);
    rg_catalog_from_path(&nc, p, n, &d);
    rg_diff *df = NULL;
    rg_diff_catalogs(&df, oc, nc);
    rg_lockmodel *lm = NULL;
    rg_lockmodel_load(&lm, &d);
    const char *names[2] = {"v1", "v2"};
    rg_rename_hint rn[NTABLES / 400];
    size_t nrn = 0;
    char tn[NTABLES / 400][16];
    for (int t = 1; t < NTABLES; t += 400) {
        snprintf(tn[nrn], sizeof tn[nrn], "t%d", t);
        rn[nrn] = (rg_rename_hint){"public", tn[nrn], "a", "a2"};
        nrn++;
    }
    rg_plan_opts po = {.apps = names, .napps = 2, .renames = rn, .nrenames = nrn, .pg_version = 15,
                       .lock_timeout = "5s", .batch_size = 1000};
    rg_plan *plan = NULL;
    rg_diags err = {0};
    if (rg_plan_build(&plan, &err, oc, nc, df, lm, &po) != RG_OK || !plan) {
        rg_diags_print(&err, stderr, RG_SEV_ERROR);
        return 1;
    }
    rg_arena *a = rg_arena_new();
    rg_app apps[2];
    double t0 = now();
    rg_app_load(&apps[0], a, p, "v1", v1, &d);
    rg_app_load(&apps[1], a, p, "v2", v2, &d);
    double t1 = now();
    rg_sim *sim = NULL;
    rg_simulate_plan(&sim, plan, apps, 2);
    double t2 = now();

    /* Without the cache: every query checked once per stage and app. */
    rg_checker *k = rg_checker_new(nc);
    rg_arena *ca = rg_arena_new();
    double t3 = now();
    for (size_t i = 0; i < 2; i++)
        for (size_t j = 0; j < apps[i].nqueries; j++) rg_check_query(k, &apps[i].queries[j], ca);
    double t4 = now();
    size_t steps = plan->nsteps;
    printf("bench_simulate: %d tables, %zu + %zu queries, %zu stages, %zu steps\n", NTABLES, apps[0].nqueries,
           apps[1].nqueries, plan->nstages, steps);
    printf("  load + parse queries (floor):   %8.1f ms\n", (t1 - t0) * 1e3);
    printf("  simulate (all stages, every statement, %zu rows, %zu errors): %8.1f ms\n", sim->nrows, sim->nerrors,
           (t2 - t1) * 1e3);
    printf("  one uncached pass, 2 x %d queries on one catalog: %8.1f ms (%.2f us/query)\n", NQUERIES,
           (t4 - t3) * 1e3, (t4 - t3) * 1e6 / (2.0 * NQUERIES));
    rg_checker_free(k);
    rg_arena_free(ca);
    rg_sim_free(sim);
    rg_plan_free(plan);
    rg_arena_free(a);
    rg_lockmodel_free(lm);
    rg_diff_free(df);
    rg_catalog_free(oc);
    rg_catalog_free(nc);
    rg_diags_free(&d);
    rg_parser_free(p);
    rg_parse_shutdown();
    unlink(o), unlink(n), unlink(v1), unlink(v2);
    rmdir(dir);
    return 0;
}
