/*
 * formats.c — the machine formats of a run, rendered from an rg_run only:
 * the contract's CSV files (through rg_csv_cell, byte-identical to what
 * emit writes for the same plan), JUnit XML (one test case per stage, app
 * and query; a failure per error verdict or error finding), SARIF 2.1.0
 * (results at the query's or the migration statement's file:line), and
 * the terminal summary as text or JSON.
 */
#include "rollgate/report.h"
#include "rollgate/models.h"
#include "report/escape.h"

#include <stdio.h>
#include <string.h>

/* A run built by hand may leave a step's work NULL: no work. */
#define WORK(s) ((s)->work ? (s)->work : "")

const char *const rg_report_csv_names[] = {"stages.csv", "steps.csv", "changes.csv", "compatibility.csv", NULL};

/* ---- CSV ---------------------------------------------------------------- */

static const char *tf(bool b)
{
    return b ? "true" : "false";
}

static int csv_stages(const rg_run *r, rg_buf *out)
{
    int rc = RG_OK;
    rg_buf_puts(out, "stage,name,kind,apps,files\r\n");
    for (size_t i = 0; i < r->nstages && rc == RG_OK; i++) {
        const rg_run_stage *s = &r->stages[i];
        char num[24];
        snprintf(num, sizeof num, "%d", s->index);
        const char *cells[] = {num, s->name, s->kind, s->apps, s->files};
        rc = rg_csv_row(out, cells, 5);
    }
    return rc;
}

static int csv_steps(const rg_run *r, rg_buf *out)
{
    int rc = RG_OK;
    rg_buf_puts(out, "step,stage,file,statement,object,lock,blocks_reads,blocks_writes,"
                     "rewrites_table,scans_table,transactional,down,down_lossless,notes,"
                     "work,table_rows,table_bytes,est_seconds\r\n");
    for (size_t i = 0; i < r->nsteps && rc == RG_OK; i++) {
        const rg_run_step *s = &r->steps[i];
        char num[24], stage[24], rows[32], bytes[32], secs[32];
        rg_estimate_cells(s->size_known && *WORK(s), s->table_rows, s->table_bytes, s->est_seconds, rows, bytes, secs);
        snprintf(num, sizeof num, "%d", s->number);
        snprintf(stage, sizeof stage, "%d", s->stage);
        const char *cells[] = {num, stage, s->file, s->statement, s->object, s->lock,
                               tf(s->blocks_reads), tf(s->blocks_writes), tf(s->rewrites_table),
                               tf(s->scans_table), tf(s->transactional), s->down, tf(s->down_lossless),
                               s->notes, WORK(s), rows, bytes, secs};
        rc = rg_csv_row(out, cells, 18);
    }
    return rc;
}

static int csv_changes(const rg_run *r, rg_buf *out)
{
    int rc = RG_OK;
    rg_buf_puts(out, "change,kind,object,detail\r\n");
    for (size_t i = 0; i < r->nchanges && rc == RG_OK; i++) {
        const rg_run_change *c = &r->changes[i];
        char num[24];
        snprintf(num, sizeof num, "%d", c->seq);
        const char *cells[] = {num, c->kind, c->object, c->detail};
        rc = rg_csv_row(out, cells, 4);
    }
    return rc;
}

static int csv_compat(const rg_run *r, rg_buf *out)
{
    int rc = RG_OK;
    rg_buf_puts(out, "stage,app,query,verdict,code,detail\r\n");
    for (size_t i = 0; i < r->nverdicts && rc == RG_OK; i++) {
        const rg_run_verdict *v = &r->verdicts[i];
        char num[24];
        snprintf(num, sizeof num, "%d", v->stage);
        const char *cells[] = {num, v->app, v->query, v->verdict, v->code, v->detail};
        rc = rg_csv_row(out, cells, 6);
    }
    return rc;
}

int rg_report_csv(const rg_run *r, const char *name, rg_buf *out)
{
    if (strcmp(name, "stages.csv") == 0) return csv_stages(r, out);
    if (strcmp(name, "steps.csv") == 0) return csv_steps(r, out);
    if (strcmp(name, "changes.csv") == 0) return csv_changes(r, out);
    if (strcmp(name, "compatibility.csv") == 0) return csv_compat(r, out);
    return RG_EUSAGE;
}

/* ---- JUnit -------------------------------------------------------------- */

static const rg_run_stage *stage_of(const rg_run *r, int index)
{
    /* Stages are stored in index order from 0: direct access, checked. */
    if (index >= 0 && (size_t)index < r->nstages && r->stages[index].index == index) return &r->stages[index];
    return NULL;
}

static size_t count_failing(const rg_run *r, size_t from, size_t to)
{
    size_t n = 0;
    for (size_t i = from; i < to; i++) n += strcmp(r->verdicts[i].verdict, "error") == 0;
    return n;
}

/* classname "stageN_NAME.APP": CI tools group by it, and the same query
 * of the same app is a separate test in every stage. */
static void junit_case(const rg_run *r, const rg_run_verdict *v, rg_buf *out)
{
    const rg_run_stage *s = stage_of(r, v->stage);
    rg_buf_printf(out, "    <testcase classname=\"stage%d_", v->stage);
    rg_esc_xml(out, s ? s->name : "");
    rg_buf_putc(out, '.');
    rg_esc_xml(out, v->app);
    rg_buf_puts(out, "\" name=\"");
    rg_esc_xml(out, v->query);
    rg_buf_putc(out, '"');
    if (*v->file) {
        rg_buf_puts(out, " file=\"");
        rg_esc_xml(out, v->file);
        rg_buf_printf(out, "\" line=\"%d\"", v->line);
    }
    bool err = strcmp(v->verdict, "error") == 0, warn = strcmp(v->verdict, "warning") == 0;
    if (!err && !warn) {
        rg_buf_puts(out, "/>\n");
        return;
    }
    rg_buf_puts(out, ">\n      ");
    rg_buf_puts(out, err ? "<failure type=\"" : "<system-out>warning ");
    rg_esc_xml(out, v->code);
    if (err) {
        rg_buf_puts(out, "\" message=\"");
        rg_esc_xml(out, v->detail);
        rg_buf_puts(out, "\">");
        rg_esc_xml(out, v->code);
        rg_buf_puts(out, ": ");
        rg_esc_xml(out, v->detail);
        rg_buf_puts(out, "</failure>\n");
    } else {
        rg_buf_puts(out, ": ");
        rg_esc_xml(out, v->detail);
        rg_buf_puts(out, "</system-out>\n");
    }
    rg_buf_puts(out, "    </testcase>\n");
}

static void junit_findings(const rg_run *r, rg_buf *out)
{
    size_t fails = 0;
    for (size_t i = 0; i < r->nfindings; i++) fails += r->findings[i].sev == RG_SEV_ERROR;
    rg_buf_printf(out, "  <testsuite name=\"plan findings\" tests=\"%zu\" failures=\"%zu\" errors=\"0\" timestamp=\"",
                  r->nfindings, fails);
    rg_esc_xml(out, r->time_utc);
    rg_buf_puts(out, "\">\n");
    for (size_t i = 0; i < r->nfindings; i++) {
        const rg_finding *f = &r->findings[i];
        rg_buf_puts(out, "    <testcase classname=\"plan\" name=\"");
        rg_buf_printf(out, "%zu ", i + 1);
        rg_esc_xml(out, f->code);
        if (*f->object) {
            rg_buf_putc(out, ' ');
            rg_esc_xml(out, f->object);
        }
        if (f->sev != RG_SEV_ERROR) {
            rg_buf_puts(out, "\"/>\n");
            continue;
        }
        rg_buf_puts(out, "\">\n      <failure type=\"");
        rg_esc_xml(out, f->code);
        rg_buf_puts(out, "\" message=\"");
        rg_esc_xml(out, f->msg);
        rg_buf_puts(out, "\">");
        rg_esc_xml(out, f->msg);
        rg_buf_puts(out, "</failure>\n    </testcase>\n");
    }
    rg_buf_puts(out, "  </testsuite>\n");
}

void rg_report_junit(const rg_run *r, rg_buf *out)
{
    size_t fails = count_failing(r, 0, r->nverdicts);
    for (size_t i = 0; i < r->nfindings; i++) fails += r->findings[i].sev == RG_SEV_ERROR;
    rg_buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    rg_buf_printf(out, "<testsuites name=\"rollgate\" tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n",
                  r->nverdicts + r->nfindings, fails);
    /* Verdicts come in stage order: one suite per run of equal stages. */
    for (size_t i = 0; i < r->nverdicts;) {
        size_t j = i;
        while (j < r->nverdicts && r->verdicts[j].stage == r->verdicts[i].stage) j++;
        const rg_run_stage *s = stage_of(r, r->verdicts[i].stage);
        rg_buf_printf(out, "  <testsuite name=\"stage %d ", r->verdicts[i].stage);
        rg_esc_xml(out, s ? s->name : "");
        rg_buf_printf(out, "\" tests=\"%zu\" failures=\"%zu\" errors=\"0\" timestamp=\"", j - i,
                      count_failing(r, i, j));
        rg_esc_xml(out, r->time_utc);
        rg_buf_puts(out, "\">\n");
        for (size_t k = i; k < j; k++) junit_case(r, &r->verdicts[k], out);
        rg_buf_puts(out, "  </testsuite>\n");
        i = j;
    }
    junit_findings(r, out);
    rg_buf_puts(out, "</testsuites>\n");
}

/* ---- SARIF -------------------------------------------------------------- */

static void sarif_location(rg_buf *out, const char *file, int line)
{
    if (!file || !*file) return;
    rg_buf_puts(out, ",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
    /* SARIF wants a URI reference: escape what a path may hold that a URI
     * may not (space, %, #, ?), keep '/' as the separator. */
    rg_buf uri = {0};
    for (const char *p = file; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c <= 0x20 || c == '%' || c == '#' || c == '?' || c == 0x7f) rg_buf_printf(&uri, "%%%02X", c);
        else rg_buf_putc(&uri, (char)c);
    }
    rg_json_str(out, rg_buf_cstr(&uri), 0);
    rg_buf_free(&uri);
    rg_buf_putc(out, '}');
    if (line > 0) rg_buf_printf(out, ",\"region\":{\"startLine\":%d}", line);
    rg_buf_puts(out, "}}]");
}

typedef struct sarif {
    rg_buf results;
    rg_buf rules;
    rg_map seen;           /* rule id -> non-NULL */
    size_t nresults;
} sarif;

static void sarif_result(sarif *s, const char *rule, const char *level, const char *msg, const char *file, int line)
{
    if (!rg_map_get(&s->seen, rule)) {
        rg_map_put(&s->seen, rule, (void *)rule);
        if (s->rules.len) rg_buf_putc(&s->rules, ',');
        rg_buf_puts(&s->rules, "{\"id\":");
        rg_json_str(&s->rules, rule, 0);
        rg_buf_puts(&s->rules, ",\"shortDescription\":{\"text\":");
        rg_json_str(&s->rules, rule, 0);
        rg_buf_puts(&s->rules, "}}");
    }
    rg_buf_puts(&s->results, s->nresults++ ? ",\n    " : "\n    ");
    rg_buf_puts(&s->results, "{\"ruleId\":");
    rg_json_str(&s->results, rule, 0);
    rg_buf_printf(&s->results, ",\"level\":\"%s\",\"message\":{\"text\":", level);
    rg_json_str(&s->results, msg, 0);
    rg_buf_putc(&s->results, '}');
    sarif_location(&s->results, file, line);
    rg_buf_putc(&s->results, '}');
}

/* A finding names an object; the first step on that object gives it a
 * place in a migration file. */
static void sarif_findings(sarif *s, const rg_run *r, rg_arena *a)
{
    rg_map first = {0};
    for (size_t i = 0; i < r->nsteps; i++)
        if (!rg_map_get(&first, r->steps[i].object)) rg_map_put(&first, r->steps[i].object, (void *)&r->steps[i]);
    for (size_t i = 0; i < r->nfindings; i++) {
        const rg_finding *f = &r->findings[i];
        const rg_run_step *st = *f->object ? rg_map_get(&first, f->object) : NULL;
        const char *file = *f->file ? f->file : st ? st->file : "";
        int line = *f->file ? f->line : st ? st->line : 0;
        const char *msg = *f->object ? rg_arena_printf(a, "%s: %s", f->object, f->msg) : f->msg;
        sarif_result(s, f->code, rg_severity_name(f->sev), msg, file, line);
    }
    rg_map_free(&first);
}

void rg_report_sarif(const rg_run *r, rg_buf *out)
{
    sarif s = {0};
    rg_arena *a = rg_arena_new();
    for (size_t i = 0; i < r->nverdicts; i++) {
        const rg_run_verdict *v = &r->verdicts[i];
        if (strcmp(v->verdict, "ok") == 0) continue;
        const rg_run_stage *st = stage_of(r, v->stage);
        const char *msg = rg_arena_printf(a, "stage %d (%s), app %s, query %s: %s", v->stage, st ? st->name : "",
                                          v->app, v->query, v->detail);
        sarif_result(&s, v->code, v->verdict, msg, v->file, v->line);
    }
    for (size_t i = 0; i < r->nsteps; i++) {
        const rg_run_step *st = &r->steps[i];
        if (!st->rewrites_table && !st->blocks_reads) continue;
        const char *msg = rg_arena_printf(a, "step %d on %s takes %s%s%s", st->number, st->object, st->lock,
                                          st->blocks_reads ? ", blocking reads and writes" : "",
                                          st->rewrites_table ? ", and rewrites the table" : "");
        sarif_result(&s, st->rewrites_table ? "table_rewrite" : "blocks_reads",
                     st->rewrites_table ? "warning" : "note", msg, st->file, st->line);
    }
    sarif_findings(&s, r, a);
    rg_buf_puts(out, "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\n"
                     " \"runs\":[{\"tool\":{\"driver\":{\"name\":\"rollgate\",\"version\":");
    rg_json_str(out, r->tool_version, 0);
    rg_buf_puts(out, ",\"rules\":[");
    rg_buf_put(out, s.rules.s ? s.rules.s : "", s.rules.len);
    rg_buf_puts(out, "]}},\n  \"invocations\":[{\"executionSuccessful\":");
    rg_buf_puts(out, r->exit_code < 2 ? "true" : "false");
    rg_buf_printf(out, ",\"exitCode\":%d,\"startTimeUtc\":", r->exit_code);
    rg_json_str(out, r->time_utc, 0);
    rg_buf_puts(out, ",\"commandLine\":");
    rg_json_str(out, r->command_line, 0);
    rg_buf_puts(out, "}],\n  \"results\":[");
    rg_buf_put(out, s.results.s ? s.results.s : "", s.results.len);
    rg_buf_puts(out, s.nresults ? "\n  ]}]}\n" : "]}]}\n");
    rg_buf_free(&s.results);
    rg_buf_free(&s.rules);
    rg_map_free(&s.seen);
    rg_arena_free(a);
}

/* ---- summary ------------------------------------------------------------ */

typedef struct tally {
    size_t ok, warn, err;
} tally;

static tally count(const rg_run *r)
{
    tally t = {0};
    for (size_t i = 0; i < r->nverdicts; i++) {
        const char *v = r->verdicts[i].verdict;
        if (strcmp(v, "error") == 0) t.err++;
        else if (strcmp(v, "warning") == 0) t.warn++;
        else t.ok++;
    }
    return t;
}

/* Control bytes in names would garble the terminal: shown as '?'. */
static void put_plain(rg_buf *out, const char *s)
{
    for (; s && *s; s++) rg_buf_putc(out, (unsigned char)*s < 0x20 || *s == 0x7f ? '?' : *s);
}

void rg_report_summary(const rg_run *r, const char *report_path, bool color, rg_buf *out)
{
    tally t = count(r);
    bool good = strcmp(r->verdict, "compatible") == 0;
    const char *on = !color ? "" : good ? "\033[1;32m" : "\033[1;31m", *off = color ? "\033[0m" : "";
    rg_buf_printf(out, "%s%s%s: %zu queries checked across %zu stages: %zu ok, %zu warnings, %zu errors; ", on,
                  good ? "COMPATIBLE" : strcmp(r->verdict, "error") == 0 ? "ERROR" : "INCOMPATIBLE", off,
                  r->nverdicts, r->nstages, t.ok, t.warn, t.err);
    size_t ferr = 0;
    for (size_t i = 0; i < r->nfindings; i++) ferr += r->findings[i].sev == RG_SEV_ERROR;
    rg_buf_printf(out, "%zu findings (%zu errors)\n", r->nfindings, ferr);
    size_t shown = 0;
    for (size_t i = 0; i < r->nverdicts; i++) {
        const rg_run_verdict *v = &r->verdicts[i];
        if (strcmp(v->verdict, "error") != 0) continue;
        if (shown++ == 10) {
            rg_buf_printf(out, "  ... and %zu more error verdicts in the report\n", t.err - 10);
            break;
        }
        rg_buf_printf(out, "  %serror%s stage %d app ", color ? "\033[31m" : "", off, v->stage);
        put_plain(out, v->app);
        rg_buf_puts(out, " query ");
        put_plain(out, v->query);
        rg_buf_puts(out, ": ");
        put_plain(out, v->code);
        rg_buf_puts(out, ": ");
        put_plain(out, v->detail);
        if (*v->file) {
            rg_buf_puts(out, " (");
            put_plain(out, v->file);
            rg_buf_printf(out, ":%d)", v->line);
        }
        rg_buf_putc(out, '\n');
    }
    rg_buf_printf(out, "ledger run %lld; report: ", (long long)r->id);
    put_plain(out, report_path);
    rg_buf_putc(out, '\n');
}

void rg_report_summary_json(const rg_run *r, const char *report_path, rg_buf *out)
{
    tally t = count(r);
    rg_buf_printf(out, "{\"run\":%lld,\"time\":", (long long)r->id);
    rg_json_str(out, r->time_utc, 0);
    rg_buf_puts(out, ",\"verdict\":");
    rg_json_str(out, r->verdict, 0);
    rg_buf_printf(out, ",\"exit_code\":%d,\"pg_version\":%d,\"apps\":", r->exit_code, r->pg_version);
    rg_json_str(out, r->apps, 0);
    rg_buf_printf(out, ",\"changes\":%zu,\"stages\":%zu,\"files\":%zu,\"steps\":%zu,", r->nchanges, r->nstages,
                  r->nfiles, r->nsteps);
    rg_buf_printf(out, "\"queries\":{\"ok\":%zu,\"warning\":%zu,\"error\":%zu},\"failing\":[", t.ok, t.warn, t.err);
    size_t n = 0;
    for (size_t i = 0; i < r->nverdicts; i++) {
        const rg_run_verdict *v = &r->verdicts[i];
        if (strcmp(v->verdict, "ok") == 0) continue;
        rg_buf_printf(out, "%s{\"stage\":%d,\"app\":", n++ ? "," : "", v->stage);
        rg_json_str(out, v->app, 0);
        rg_buf_puts(out, ",\"query\":");
        rg_json_str(out, v->query, 0);
        rg_buf_puts(out, ",\"verdict\":");
        rg_json_str(out, v->verdict, 0);
        rg_buf_puts(out, ",\"code\":");
        rg_json_str(out, v->code, 0);
        rg_buf_puts(out, ",\"detail\":");
        rg_json_str(out, v->detail, 0);
        rg_buf_puts(out, ",\"file\":");
        rg_json_str(out, v->file, 0);
        rg_buf_printf(out, ",\"line\":%d}", v->line);
    }
    rg_buf_puts(out, "],\"findings\":[");
    for (size_t i = 0; i < r->nfindings; i++) {
        const rg_finding *f = &r->findings[i];
        rg_buf_puts(out, i ? ",{\"severity\":" : "{\"severity\":");
        rg_json_str(out, rg_severity_name(f->sev), 0);
        rg_buf_puts(out, ",\"code\":");
        rg_json_str(out, f->code, 0);
        rg_buf_puts(out, ",\"object\":");
        rg_json_str(out, f->object, 0);
        rg_buf_puts(out, ",\"message\":");
        rg_json_str(out, f->msg, 0);
        if (*f->file) { /* a self-check finding: where in the migrations */
            rg_buf_puts(out, ",\"file\":");
            rg_json_str(out, f->file, 0);
            rg_buf_printf(out, ",\"line\":%d", f->line);
        }
        rg_buf_putc(out, '}');
    }
    rg_buf_puts(out, "],\"report\":");
    rg_json_str(out, report_path, 0);
    rg_buf_puts(out, "}\n");
}
