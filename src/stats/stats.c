/*
 * stats.c — table sizes (`--stats FILE`, `--stats-from URL`) and what a
 * step costs on a table of that size: an estimated duration from the
 * measured throughputs (models/pg/throughput.csv) and a risk grade
 * (models/pg/size_risk.csv). Owns the sizes it reads, in one arena.
 */
#include "rollgate/stats.h"
#include "rollgate/models.h"

#include <csv.h>
#include <errno.h>
#include <libpq-fe.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void rg_stats_init(rg_stats *s)
{
    memset(s, 0, sizeof *s);
    s->arena = rg_arena_new();
}

void rg_stats_free(rg_stats *s)
{
    if (!s) return;
    rg_map_free(&s->by_name);
    rg_arena_free(s->arena);
    memset(s, 0, sizeof *s);
}

static const char *key_of(rg_arena *a, const char *schema, const char *table)
{
    return rg_arena_printf(a, "%s\x1f%s", schema, table);
}

const rg_table_size *rg_stats_find(const rg_stats *s, const char *schema, const char *table)
{
    if (!s || !s->ntables) return NULL;
    char stackkey[256];
    int n = snprintf(stackkey, sizeof stackkey, "%s\x1f%s", schema, table);
    if (n >= 0 && (size_t)n < sizeof stackkey) return rg_map_get(&s->by_name, stackkey);
    char *k = rg_xmalloc((size_t)n + 1);
    snprintf(k, (size_t)n + 1, "%s\x1f%s", schema, table);
    const rg_table_size *t = rg_map_get(&s->by_name, k);
    free(k);
    return t;
}

/* Adds a table; false when it is there already. */
static bool add_table(rg_stats *s, const char *schema, const char *table, int64_t rows, int64_t bytes)
{
    const char *key = key_of(s->arena, schema, table);
    if (rg_map_get(&s->by_name, key)) return false;
    if (s->ntables == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        rg_table_size *v = rg_arena_alloc(s->arena, cap * sizeof *v);
        if (s->ntables) memcpy(v, s->tables, s->ntables * sizeof *v);
        /* The map points at rows: re-point them at the new array. */
        for (size_t i = 0; i < s->ntables; i++)
            rg_map_put(&s->by_name, key_of(s->arena, v[i].schema, v[i].table), &v[i]);
        s->tables = v;
        s->cap = cap;
    }
    rg_table_size *t = &s->tables[s->ntables++];
    t->schema = rg_arena_strdup(s->arena, schema);
    t->table = rg_arena_strdup(s->arena, table);
    t->rows = rows;
    t->bytes = bytes;
    rg_map_put(&s->by_name, key, t);
    return true;
}

/* ---- --stats FILE -------------------------------------------------------- */

typedef struct reader {
    rg_stats *s;
    rg_diags *d;
    size_t row_start;          /* byte offset where the current record began */
    size_t pos;                /* offset just past the chunk being parsed */
    char *fields[4];
    size_t nfields;
    bool too_many;
    size_t records;
    int rc;
} reader;

static void bad_row(reader *r, const char *fmt, const char *what)
{
    if (r->rc == RG_OK)
        rg_diag_add(r->d, RG_SEV_ERROR, "bad_stats", &r->s->src, r->row_start, fmt, what);
    r->rc = RG_EINPUT;
}

static void on_field(void *p, size_t len, void *data)
{
    reader *r = data;
    if (r->nfields == 4) {
        r->too_many = true;
        return;
    }
    char *f = rg_arena_strndup(r->s->arena, p ? p : "", p ? len : 0);
    r->fields[r->nfields++] = f;
}

/* A non-negative decimal integer, whole field. */
static bool parse_count(const char *f, int64_t *out)
{
    if (!*f || f[strspn(f, "0123456789")]) return false;
    errno = 0;
    char *end;
    long long v = strtoll(f, &end, 10);
    if (errno || *end) return false;
    *out = v;
    return true;
}

static void on_row(int c, void *data)
{
    (void)c;
    reader *r = data;
    size_t n = r->nfields;
    if (r->rc == RG_OK) {
        if (r->records == 0) {
            static const char *const HEADER[] = {"schema", "table", "rows", "bytes"};
            bool ok = n == 4 && !r->too_many;
            for (size_t i = 0; ok && i < 4; i++) ok = strcmp(r->fields[i], HEADER[i]) == 0;
            if (!ok) bad_row(r, "the header must be exactly %s", "schema,table,rows,bytes");
        } else if (n != 4 || r->too_many) {
            bad_row(r, "%s: want 4 fields (schema,table,rows,bytes)", n < 4 ? "too few fields" : "too many fields");
        } else {
            int64_t rows, bytes;
            if (!*r->fields[0] || !*r->fields[1]) bad_row(r, "%s", "empty schema or table name");
            else if (!parse_count(r->fields[2], &rows))
                bad_row(r, "rows '%s' is not a non-negative integer", r->fields[2]);
            else if (!parse_count(r->fields[3], &bytes))
                bad_row(r, "bytes '%s' is not a non-negative integer", r->fields[3]);
            else if (!add_table(r->s, r->fields[0], r->fields[1], rows, bytes)) {
                char *what = rg_arena_printf(r->s->arena, "%s.%s", r->fields[0], r->fields[1]);
                bad_row(r, "table %s appears twice", what);
            }
        }
    }
    r->records++;
    r->nfields = 0;
    r->too_many = false;
    r->row_start = r->pos;
}

int rg_stats_read_csv_text(rg_stats *s, rg_diags *d, const char *name, const char *text, size_t len)
{
    s->src.path = rg_arena_strdup(s->arena, name);
    s->src.text = rg_arena_strndup(s->arena, text, len);
    s->src.len = len;
    s->origin = s->src.path;
    if (memchr(text, '\0', len)) {
        rg_diag_add(d, RG_SEV_ERROR, "bad_stats", &s->src, (size_t)((const char *)memchr(text, '\0', len) - text),
                    "a NUL byte: not a CSV file");
        return RG_EINPUT;
    }
    struct csv_parser p;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) return RG_EINTERNAL;
    reader r = {.s = s, .d = d, .rc = RG_OK};
    /* One line at a time, so a record's diagnostics point at the line it
     * starts on (a quoted field may span lines; libcsv keeps its state). */
    size_t off = 0;
    while (off < len && r.rc == RG_OK) {
        const char *nl = memchr(s->src.text + off, '\n', len - off);
        size_t chunk = nl ? (size_t)(nl - (s->src.text + off)) + 1 : len - off;
        r.pos = off + chunk;
        if (p.pstate == 0 && r.nfields == 0) r.row_start = off; /* ROW_NOT_BEGUN: blank lines skipped */
        if (csv_parse(&p, s->src.text + off, chunk, on_field, on_row, &r) != chunk) {
            if (r.rc == RG_OK)
                rg_diag_add(d, RG_SEV_ERROR, "bad_stats", &s->src, r.row_start, "malformed CSV: %s",
                            csv_strerror(csv_error(&p)));
            r.rc = RG_EINPUT;
        }
        off += chunk;
    }
    if (r.rc == RG_OK && csv_fini(&p, on_field, on_row, &r) != 0) {
        rg_diag_add(d, RG_SEV_ERROR, "bad_stats", &s->src, r.row_start, "malformed CSV: %s",
                    csv_strerror(csv_error(&p)));
        r.rc = RG_EINPUT;
    }
    csv_free(&p);
    if (r.rc == RG_OK && r.records == 0) {
        rg_diag_add(d, RG_SEV_ERROR, "bad_stats", &s->src, 0, "empty file: want the header schema,table,rows,bytes");
        r.rc = RG_EINPUT;
    }
    if (r.rc != RG_OK) {
        /* Nothing half-read is kept. */
        rg_map_free(&s->by_name);
        s->ntables = 0;
    }
    return r.rc;
}

int rg_stats_read_csv(rg_stats *s, rg_diags *d, const char *path)
{
    rg_buf b = {0};
    int rc;
    FILE *f = fopen(path, "rb");
    if (!f) goto fail;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) rg_buf_put(&b, chunk, n);
    if (ferror(f)) {
        fclose(f);
        goto fail;
    }
    fclose(f);
    rc = rg_stats_read_csv_text(s, d, path, b.len ? b.s : "", b.len);
    rg_buf_free(&b);
    return rc;
fail:;
    int e = errno;
    rg_buf_free(&b);
    size_t len = strlen(path) + strlen(strerror(e)) + 32;
    char *msg = rg_xmalloc(len);
    snprintf(msg, len, "cannot read --stats %s: %s", path, strerror(e));
    return rg_diags_fail(d, RG_EIO, msg);
}

/* ---- --stats-from URL ------------------------------------------------------ */

/* Sizes of every ordinary and partitioned table outside the system
 * schemas. reltuples is the planner's estimate (-1 on PostgreSQL 14+ for
 * a table never vacuumed or analysed: counted as 0 rows, its bytes still
 * count); pg_total_relation_size includes TOAST and indexes. */
static const char STATS_SQL[] =
    "SELECT n.nspname, c.relname, greatest(c.reltuples, 0)::bigint, "
    "pg_total_relation_size(c.oid) "
    "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE c.relkind IN ('r','p','m') AND n.nspname NOT IN ('pg_catalog','information_schema') "
    "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%' "
    "ORDER BY 1, 2";

int rg_stats_from_url(rg_stats *s, rg_diags *d, const char *url)
{
    /* The URL as every message and record shows it (util.h: secrets). */
    char *shown = rg_redact_secrets(url);
    s->origin = rg_arena_strdup(s->arena, shown);
    int rc = RG_OK;
    PGresult *r = NULL;
    PGconn *c = PQconnectdb(url);
    if (!c || PQstatus(c) != CONNECTION_OK) {
        char *err = c ? rg_redact_echo(PQerrorMessage(c), url) : rg_xstrdup("out of memory");
        size_t k = strlen(err);
        while (k && (err[k - 1] == '\n' || err[k - 1] == ' ')) err[--k] = 0;
        size_t len = strlen(shown) + k + 48;
        char *msg = rg_xmalloc(len);
        snprintf(msg, len, "cannot connect to --stats-from %s: %s", shown, err);
        free(err);
        rc = rg_diags_fail(d, RG_EIO, msg);
        goto done;
    }
    /* Read-only by construction: the session cannot write, whatever the
     * role may do. */
    r = PQexec(c, "BEGIN TRANSACTION READ ONLY");
    if (PQresultStatus(r) != PGRES_COMMAND_OK) goto query_failed;
    PQclear(r);
    r = PQexec(c, STATS_SQL);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) goto query_failed;
    for (int i = 0; i < PQntuples(r); i++) {
        int64_t rows = strtoll(PQgetvalue(r, i, 2), NULL, 10);
        int64_t bytes = strtoll(PQgetvalue(r, i, 3), NULL, 10);
        add_table(s, PQgetvalue(r, i, 0), PQgetvalue(r, i, 1), rows, bytes);
    }
    PQclear(r);
    r = PQexec(c, "COMMIT");
    goto done;
query_failed:;
    {
        char *err = rg_redact_echo(PQresultErrorMessage(r), url);
        size_t k = strlen(err);
        while (k && (err[k - 1] == '\n' || err[k - 1] == ' ')) err[--k] = 0;
        size_t len = strlen(shown) + k + 48;
        char *msg = rg_xmalloc(len);
        snprintf(msg, len, "reading table sizes from --stats-from %s: %s", shown, err);
        free(err);
        rc = rg_diags_fail(d, RG_EIO, msg);
        rg_map_free(&s->by_name);
        s->ntables = 0;
    }
done:
    PQclear(r);
    PQfinish(c);
    free(shown);
    return rc;
}

/* ---- estimates -------------------------------------------------------------- */

const char *rg_work_name(rg_work w)
{
    switch (w) {
    case RG_WORK_SCAN: return "scan";
    case RG_WORK_INDEX_BUILD: return "index_build";
    case RG_WORK_BACKFILL: return "backfill";
    case RG_WORK_REWRITE: return "rewrite";
    default: return "";
    }
}

rg_work rg_work_of(const char *op, bool rewrites_table, bool scans_table)
{
    if (rewrites_table) return RG_WORK_REWRITE;
    if (!op) return scans_table ? RG_WORK_SCAN : RG_WORK_NONE;
    if (strcmp(op, "update_rows") == 0) return RG_WORK_BACKFILL;
    /* Builds an index over every row: the index ops, and keys that come
     * with their own new index (not USING INDEX, not ON ONLY a parent). */
    if (strcmp(op, "create_index") == 0 || strcmp(op, "create_index_concurrently") == 0 ||
        strcmp(op, "create_unique_index") == 0 || strncmp(op, "reindex_", 8) == 0 ||
        strcmp(op, "add_primary_key") == 0 || strcmp(op, "add_unique_constraint") == 0)
        return RG_WORK_INDEX_BUILD;
    return scans_table ? RG_WORK_SCAN : RG_WORK_NONE;
}

typedef struct model {
    double mbps[RG_WORK_REWRITE + 1];
    double warn[RG_WORK_REWRITE + 1][2], err[RG_WORK_REWRITE + 1][2]; /* [work][blocking] */
} model;

static model g_model;

static rg_work work_parse(const char *s)
{
    for (int w = RG_WORK_SCAN; w <= RG_WORK_REWRITE; w++)
        if (strcmp(s, rg_work_name((rg_work)w)) == 0) return (rg_work)w;
    return RG_WORK_NONE;
}

static void on_throughput(void *ctx, const char *const *f, size_t n)
{
    model *m = ctx;
    if (n < 2) return;
    rg_work w = work_parse(f[0]);
    if (w != RG_WORK_NONE) m->mbps[w] = strtod(f[1], NULL);
}

static void on_risk(void *ctx, const char *const *f, size_t n)
{
    model *m = ctx;
    if (n < 4) return;
    rg_work w = work_parse(f[0]);
    int blocking = strcmp(f[1], "true") == 0;
    if (w == RG_WORK_NONE) return;
    m->warn[w][blocking] = strtod(f[2], NULL);
    m->err[w][blocking] = strtod(f[3], NULL);
}

/* The models are embedded and never change during a run; loaded once,
 * whichever of the threads of a run (report, files, plan) asks first. */
static pthread_once_t model_once = PTHREAD_ONCE_INIT;

static void read_model(void)
{
    size_t len;
    const char *data = rg_model_file("pg/throughput.csv", &len);
    if (data) rg_csv_parse(data, len, on_throughput, &g_model);
    data = rg_model_file("pg/size_risk.csv", &len);
    if (data) rg_csv_parse(data, len, on_risk, &g_model);
}

static const model *load_model(void)
{
    pthread_once(&model_once, read_model);
    return &g_model;
}

void rg_stats_estimate(rg_estimate *e, rg_work work, const rg_table_size *size, bool blocking)
{
    memset(e, 0, sizeof *e);
    e->work = work;
    e->grade = RG_SEV_NOTE;
    if (work == RG_WORK_NONE || !size) return;
    const model *m = load_model();
    e->known = true;
    e->rows = size->rows;
    e->bytes = size->bytes;
    double mbps = m->mbps[work] > 0 ? m->mbps[work] : 1;
    e->seconds = (double)size->bytes / (1024.0 * 1024.0) / mbps;
    double warn = m->warn[work][blocking], err = m->err[work][blocking];
    if (err > 0 && e->seconds >= err) {
        e->grade = RG_SEV_ERROR;
        e->graded = true;
    } else if (warn > 0 && e->seconds >= warn) {
        e->grade = RG_SEV_WARNING;
        e->graded = true;
    }
}

void rg_estimate_duration(const rg_estimate *e, char *buf, size_t n)
{
    if (!e->known || e->work == RG_WORK_NONE) {
        if (n) buf[0] = 0;
        return;
    }
    double s = e->seconds;
    if (s < 0.1) snprintf(buf, n, "< 0.1 s");
    else if (s < 60) snprintf(buf, n, "%.1f s", s);
    else if (s < 3600) snprintf(buf, n, "%.0f min", s / 60);
    else snprintf(buf, n, "%.1f h", s / 3600);
}

void rg_estimate_cells(bool known, int64_t rows, int64_t bytes, double seconds, char *rows_s, char *bytes_s,
                       char *secs_s)
{
    rows_s[0] = bytes_s[0] = secs_s[0] = 0;
    if (!known) return;
    snprintf(rows_s, 32, "%lld", (long long)rows);
    snprintf(bytes_s, 32, "%lld", (long long)bytes);
    snprintf(secs_s, 32, "%.1f", seconds);
}

void rg_size_pretty(int64_t bytes, char *buf, size_t n)
{
    static const char *const UNIT[] = {"bytes", "kB", "MB", "GB", "TB", "PB"};
    /* pg_size_pretty's rule: switch unit once the number reaches 10240 */
    double v = (double)bytes;
    int u = 0;
    while (v >= 10240 && u < 5) {
        v /= 1024;
        u++;
    }
    if (u == 0) snprintf(buf, n, "%lld bytes", (long long)bytes);
    else snprintf(buf, n, "%.0f %s", v, UNIT[u]);
}
