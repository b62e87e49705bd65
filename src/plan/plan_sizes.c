/*
 * plan_sizes.c — what each step of a finished plan costs for the size of
 * its table (rg_plan_opts.stats): the work it does (rewrite, scan, index
 * build, backfill), an estimated duration, and a "table_size_risk"
 * finding when the size makes it risky (a blocking rewrite of a 50 GB
 * table is an error; of a 20-row table, nothing). The thresholds and
 * throughputs are models (models/pg/size_risk.csv, throughput.csv).
 */
#include "plan/plan_int.h"

#include <string.h>

/* The table of a step's object "schema.table[.rest]". Names with dots
 * are looked up whole first (a table "a.b" in schema "s" is "s.a.b"). */
static const rg_table_size *table_of(const rg_stats *st, const rg_catalog *c, const char *object, char *schema,
                                     size_t n)
{
    const char *dot = object ? strchr(object, '.') : NULL;
    if (!dot || (size_t)(dot - object) >= n) return NULL;
    memcpy(schema, object, (size_t)(dot - object));
    schema[dot - object] = 0;
    const char *rest = dot + 1;
    const rg_table_size *t = rg_stats_find(st, schema, rest);
    if (t) return t;
    /* An index build's object may be the index "schema.index": its table
     * is in the target catalog. */
    const rg_index *ix = c ? rg_catalog_index(c, schema, rest) : NULL;
    if (ix) return rg_stats_find(st, ix->table_schema, ix->table_name);
    const char *dot2 = strchr(rest, '.');
    if (!dot2) return NULL;
    char table[256];
    size_t k = (size_t)(dot2 - rest);
    if (k >= sizeof table) return NULL;
    memcpy(table, rest, k);
    table[k] = 0;
    return rg_stats_find(st, schema, table);
}

static const char *why(rg_work w, bool blocking)
{
    if (!blocking) return "it blocks no query, but holds back vacuum and the deploy for that long";
    switch (w) {
    case RG_WORK_REWRITE: return "every query of the table waits for the whole rewrite";
    case RG_WORK_INDEX_BUILD: return "writes to the table wait for the whole build";
    default: return "writes to the table wait for the whole scan";
    }
}

void rg_plan_estimate(rg_plan *p, const rg_catalog *new_cat)
{
    const rg_stats *st = p->opts ? p->opts->stats : NULL;
    for (size_t i = 0; i < p->nsteps; i++) {
        rg_plan_step *s = p->steps[i];
        const rg_lockrule *r = s->rule;
        rg_work w = rg_work_of(s->op, r && r->rewrites_table, r && r->scans_table);
        char schema[256];
        const rg_table_size *t = st && w != RG_WORK_NONE ? table_of(st, new_cat, s->object, schema, sizeof schema) : NULL;
        /* A batched backfill commits per batch: it blocks nobody for long. */
        bool blocking = r && (r->blocks_reads || r->blocks_writes) && w != RG_WORK_BACKFILL;
        rg_stats_estimate(&s->est, w, t, blocking);
        if (!s->est.graded) continue;
        char dur[32], size[32];
        rg_estimate_duration(&s->est, dur, sizeof dur);
        rg_size_pretty(s->est.bytes, size, sizeof size);
        rg_plan_add_finding(p, s->est.grade, "table_size_risk", s->object,
                            "%s of %s.%s (%s, %lld rows) under %s takes about %s: %s", rg_work_name(w), t->schema,
                            t->table, size, (long long)s->est.rows, r ? r->table_lock : "no lock", dur,
                            why(w, blocking));
    }
}
