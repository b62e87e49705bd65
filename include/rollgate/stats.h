/*
 * stats.h — how big the tables are, and what that means for a step.
 *
 * A plan is the same whether a table holds 20 rows or 50 GB; what it
 * costs to run is not. The sizes come from a CSV the user exports
 * (`--stats FILE`, header schema,table,rows,bytes) or from the catalog of
 * a running server (`--stats-from URL`: read-only, catalog queries only).
 * From a size and the throughput model (models/pg/throughput.csv,
 * measured on PostgreSQL 15) a step that rewrites, scans or builds an
 * index gets an estimated duration, and a risk grade (models/pg/size_risk.csv):
 * a rewrite of a 20-row table is fine, of a 50 GB table an error.
 *
 * Ownership: an rg_stats owns its strings and the CSV's text (diagnostics
 * point into it), until rg_stats_free; free it after printing them.
 */
#ifndef ROLLGATE_STATS_H
#define ROLLGATE_STATS_H

#include <stdbool.h>
#include <stdint.h>

#include "rollgate/util.h"

typedef struct rg_table_size {
    const char *schema, *table;
    int64_t rows, bytes;       /* bytes: the table with its TOAST and indexes */
} rg_table_size;

typedef struct rg_stats {
    rg_arena *arena;
    rg_source src;             /* the CSV read; text NULL for --stats-from */
    const char *origin;        /* the path, or the URL with its password redacted */
    rg_table_size *tables;     /* in input order */
    size_t ntables, cap;
    rg_map by_name;            /* "schema\x1ftable" -> rg_table_size * */
} rg_stats;

void rg_stats_init(rg_stats *s);
void rg_stats_free(rg_stats *s);

/*
 * Reads `--stats FILE`: header exactly schema,table,rows,bytes, then one
 * row per table, four fields, rows and bytes non-negative integers, no
 * table twice. Strict: a malformed row is an error at its file:line
 * (RG_EINPUT; a file that cannot be read: RG_EIO), and nothing is kept.
 */
int rg_stats_read_csv(rg_stats *s, rg_diags *d, const char *path);
/* The same from text in memory; name is what diagnostics call it. */
int rg_stats_read_csv_text(rg_stats *s, rg_diags *d, const char *name, const char *text, size_t len);

/*
 * Reads sizes from a running server (`--stats-from URL`): one read-only
 * transaction of catalog queries (pg_class.reltuples,
 * pg_total_relation_size) and nothing else. Errors name the URL with its
 * password redacted (RG_EIO).
 */
int rg_stats_from_url(rg_stats *s, rg_diags *d, const char *url);

/* The size of schema.table, or NULL when the input does not name it. */
const rg_table_size *rg_stats_find(const rg_stats *s, const char *schema, const char *table);

/* ---- estimates ---------------------------------------------------------- */

/* The work a step does on its table's data. */
typedef enum rg_work {
    RG_WORK_NONE = 0,
    RG_WORK_SCAN,        /* reads every row: VALIDATE, SET NOT NULL, ADD CHECK */
    RG_WORK_INDEX_BUILD, /* CREATE INDEX [CONCURRENTLY], ADD PRIMARY KEY / UNIQUE */
    RG_WORK_BACKFILL,    /* batched UPDATEs of every row */
    RG_WORK_REWRITE      /* a new copy of the table and its indexes */
} rg_work;

/* "", "scan", "index_build", "backfill", "rewrite". */
const char *rg_work_name(rg_work w);

/* What a step with lock-model op `op` and these flags does to its table's
 * data. */
rg_work rg_work_of(const char *op, bool rewrites_table, bool scans_table);

/* An estimate for one step. */
typedef struct rg_estimate {
    rg_work work;
    bool known;                /* the table's size is known */
    int64_t rows, bytes;
    double seconds;            /* estimated duration; 0 when !known */
    rg_severity grade;         /* from size_risk.csv: note, warning, error */
    bool graded;               /* false: fine (below every threshold) */
} rg_estimate;

/*
 * Estimates the duration of `work` over a table of `size` (NULL: unknown),
 * for a step that blocks reads or writes (`blocking`) or not, and grades
 * the risk. Throughputs and thresholds are the embedded models.
 */
void rg_stats_estimate(rg_estimate *e, rg_work work, const rg_table_size *size, bool blocking);

/* "0.2 s", "3 min", "1.5 h"; "" when !e->known or no work. Into buf. */
void rg_estimate_duration(const rg_estimate *e, char *buf, size_t n);
/* The steps.csv cells table_rows, table_bytes, est_seconds: empty when
 * the size is unknown or the step does no work on its table's data;
 * seconds with one decimal. Each buffer at least 32 bytes. */
void rg_estimate_cells(bool known, int64_t rows, int64_t bytes, double seconds, char *rows_s, char *bytes_s,
                       char *secs_s);

/* "12 kB", "50 GB" (1024-based, as pg_size_pretty). */
void rg_size_pretty(int64_t bytes, char *buf, size_t n);

#endif
