/*
 * test_stats.c — the --stats reader (good input, and every kind of bad
 * input with the file:line it names), the password of an unreachable
 * --stats-from URL kept out of its error, and the estimates
 * and risk grades the embedded throughput and risk models give.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../harness.h"
#include "rollgate/stats.h"

/* Reads text; returns rc and the first diagnostic as "line:col: msg". */
static int read_text(const char *text, char *where, size_t n)
{
    rg_stats s;
    rg_stats_init(&s);
    rg_diags d = {0};
    int rc = rg_stats_read_csv_text(&s, &d, "sizes.csv", text, strlen(text));
    where[0] = 0;
    if (d.n && d.v[0].src) {
        int line, col;
        rg_source_linecol(d.v[0].src, d.v[0].offset, &line, &col);
        snprintf(where, n, "%d:%d: %s", line, col, d.v[0].msg);
    }
    rg_diags_free(&d);
    rg_stats_free(&s);
    return rc;
}

static void test_good(void)
{
    rg_stats s;
    rg_stats_init(&s);
    rg_diags d = {0};
    const char *csv = "schema,table,rows,bytes\r\n"
                      "public,users,20,8192\r\n"
                      "\"we,ird\",\"multi\nline\",0,0\n"
                      "app,events,1000000000,53687091200\n";
    int rc = rg_stats_read_csv_text(&s, &d, "sizes.csv", csv, strlen(csv));
    CHECK(rc == RG_OK && d.n == 0, "good CSV read (rc %d, %zu diags)", rc, d.n);
    CHECK(s.ntables == 3, "3 tables, got %zu", s.ntables);
    const rg_table_size *t = rg_stats_find(&s, "app", "events");
    CHECK(t && t->rows == 1000000000 && t->bytes == 53687091200LL, "app.events found with its size");
    CHECK(rg_stats_find(&s, "we,ird", "multi\nline") != NULL, "quoted names with comma and newline");
    CHECK(rg_stats_find(&s, "public", "nope") == NULL, "an absent table is NULL");
    CHECK(rg_stats_find(&s, "public.users", "") == NULL, "schema and table do not run together");
    rg_diags_free(&d);
    rg_stats_free(&s);

    /* many rows: the map survives growth */
    rg_buf b = {0};
    rg_buf_puts(&b, "schema,table,rows,bytes\n");
    for (int i = 0; i < 5000; i++) rg_buf_printf(&b, "s,t%d,%d,%d\n", i, i, i * 10);
    rg_stats_init(&s);
    rc = rg_stats_read_csv_text(&s, &d, "big.csv", b.s, b.len);
    t = rg_stats_find(&s, "s", "t4321");
    CHECK(rc == RG_OK && s.ntables == 5000 && t && t->bytes == 43210, "5000 tables, lookups after growth");
    rg_buf_free(&b);
    rg_diags_free(&d);
    rg_stats_free(&s);
}

static void test_bad(void)
{
    static const struct { const char *text, *where; } V[] = {
        {"", "1:1: empty file"},
        {"schema,table,rows\n", "1:1: the header must be exactly"},
        {"schema,table,rows,bytes\npublic,t,1\n", "2:1: too few fields"},
        {"schema,table,rows,bytes\npublic,t,1,2,3\n", "2:1: too many fields"},
        {"schema,table,rows,bytes\npublic,t,1,2\npublic,u,-1,2\n", "3:1: rows '-1'"},
        {"schema,table,rows,bytes\npublic,t,1,2\n\npublic,u,1,2 MB\n", "4:1: bytes '2 MB'"},
        {"schema,table,rows,bytes\npublic,t,1,2\npublic,t,3,4\n", "3:1: table public.t appears twice"},
        {"schema,table,rows,bytes\npublic,t,1,99999999999999999999\n", "2:1: bytes '99999999999999999999'"},
        {"schema,table,rows,bytes\n,t,1,2\n", "2:1: empty schema or table name"},
        {"schema,table,rows,bytes\npublic,\"t,1,2\n", "2:1: malformed CSV"},
        {"schema,table,rows,bytes\npublic,t\"x,1,2\n", "2:1: malformed CSV"},
    };
    for (size_t i = 0; i < sizeof V / sizeof *V; i++) {
        char where[512];
        int rc = read_text(V[i].text, where, sizeof where);
        CHECK(rc == RG_EINPUT && strncmp(where, V[i].where, strlen(V[i].where)) == 0,
              "case %zu: want rc %d and '%s...', got rc %d and '%s'", i, RG_EINPUT, V[i].where, rc, where);
    }
    rg_stats s;
    rg_stats_init(&s);
    rg_diags d = {0};
    int rc = rg_stats_read_csv(&s, &d, "/nonexistent/sizes.csv");
    CHECK(rc == RG_EIO && d.n == 1 && strstr(d.v[0].msg, "cannot read --stats /nonexistent/sizes.csv"),
          "missing file: RG_EIO naming it");
    rg_diags_free(&d);
    rg_stats_free(&s);
}

static void test_redact(void)
{
    /* An unreachable server: the error names the URL, never the password. */
    rg_stats s;
    rg_stats_init(&s);
    rg_diags d = {0};
    int rc = rg_stats_from_url(&s, &d, "postgresql://u:s3cret@127.0.0.1:1/x?connect_timeout=2");
    CHECK(rc == RG_EIO && d.n == 1 && !strstr(d.v[0].msg, "s3cret") && strstr(d.v[0].msg, "u:***@127.0.0.1:1"),
          "connection error redacted: %s", d.n ? d.v[0].msg : "(none)");
    rg_diags_free(&d);
    rg_stats_free(&s);
}

static void test_estimates(void)
{
    CHECK(rg_work_of("alter_type_rewrite", true, true) == RG_WORK_REWRITE, "rewrite");
    CHECK(rg_work_of("create_index_concurrently", false, false) == RG_WORK_INDEX_BUILD, "index build");
    CHECK(rg_work_of("validate_check", false, true) == RG_WORK_SCAN, "validation scan");
    CHECK(rg_work_of("update_rows", false, false) == RG_WORK_BACKFILL, "backfill");
    CHECK(rg_work_of("create_view", false, false) == RG_WORK_NONE, "no work");

    rg_table_size tiny = {"public", "t", 20, 8192}, huge = {"public", "t", 500000000, 50LL << 30};
    rg_estimate e;
    rg_stats_estimate(&e, RG_WORK_REWRITE, &tiny, true);
    CHECK(e.known && !e.graded && e.seconds < 0.1, "a rewrite of 20 rows is fine (%.3f s)", e.seconds);
    rg_stats_estimate(&e, RG_WORK_REWRITE, &huge, true);
    CHECK(e.known && e.graded && e.grade == RG_SEV_ERROR && e.seconds > 60,
          "a blocking rewrite of 50 GB is an error (%.0f s)", e.seconds);
    rg_stats_estimate(&e, RG_WORK_INDEX_BUILD, &huge, false);
    CHECK(e.known && e.grade != RG_SEV_ERROR, "a concurrent build is never an error");
    rg_stats_estimate(&e, RG_WORK_REWRITE, NULL, true);
    CHECK(!e.known && !e.graded, "unknown size: no estimate");
    char buf[32];
    rg_estimate_duration(&e, buf, sizeof buf);
    CHECK(buf[0] == 0, "unknown size: no duration text");
    rg_size_pretty(50LL << 30, buf, sizeof buf);
    CHECK(strcmp(buf, "50 GB") == 0, "50 GB: %s", buf);
    rg_size_pretty(8192, buf, sizeof buf);
    CHECK(strcmp(buf, "8192 bytes") == 0, "8192 bytes: %s", buf);
}

int main(void)
{
    test_good();
    test_bad();
    test_redact();
    test_estimates();
    return TEST_SUMMARY();
}
