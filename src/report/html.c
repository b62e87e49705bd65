/*
 * html.c — report.html, rendered from an rg_run: one self-contained file
 * (inline CSS, no scripts, no fonts, no network) a change board can read on
 * screen or print to PDF. Sections, in order: the verdict line, the release
 * at a glance, the timeline of stages with the apps live in each, the
 * compatibility matrix (stage x app, worst verdict, failing queries under
 * it), every step with its lock and risk, findings, the migration SQL,
 * and the run's provenance (inputs with SHA-256, command line).
 *
 * Every string that came from input goes through rg_esc_html. The only
 * time in the page is the run's recorded time, so re-rendering a past run
 * from the ledger gives the same bytes.
 */
#include "rollgate/report.h"
#include "report/escape.h"
#include "rollgate/stats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A run built by hand may leave a step's work NULL: no work. */
#define WORK(s) ((s)->work ? (s)->work : "")

static const char CSS[] =
    "*{box-sizing:border-box}"
    "body{font:14px/1.45 -apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#1f2328;margin:0;background:#f6f8fa}"
    "main{max-width:1200px;margin:0 auto;padding:24px}"
    "h1{font-size:26px;margin:0 0 6px}h2{font-size:19px;margin:28px 0 10px;border-bottom:1px solid #d0d7de;padding-bottom:4px}"
    "h3{font-size:15px;margin:18px 0 6px}"
    "h1,h2,h3,p,li,summary{overflow-wrap:anywhere}"
    ".verdict{padding:18px 24px;border-radius:8px;color:#fff}"
    ".verdict.ok{background:#1a7f37}.verdict.bad{background:#cf222e}.verdict.err{background:#6e7781}"
    ".verdict p{margin:0;font-size:15px}"
    "p.summary{font-size:15px;background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:12px 18px;margin:12px 0 0}"
    ".cards{display:flex;flex-wrap:wrap;gap:10px;margin-top:14px}"
    ".card{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:8px 14px;min-width:110px}"
    ".card b{display:block;font-size:20px}"
    "section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:4px 18px 16px;margin-top:18px}"
    "table{border-collapse:collapse;width:100%;font-size:13px}"
    "th,td{border:1px solid #d0d7de;padding:5px 7px;text-align:left;vertical-align:top;overflow-wrap:anywhere}"
    "th{background:#f0f3f6}"
    "code,pre{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}"
    "pre{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:10px;white-space:pre-wrap;"
    "overflow-wrap:anywhere;margin:4px 0 10px}"
    "td code{white-space:pre-wrap;overflow-wrap:anywhere}"
    "table.steps{table-layout:fixed}"
    ".where{display:block;color:#6e7781;font-size:12px}"
    ".down{display:block;margin-top:4px;padding-top:4px;border-top:1px dashed #d0d7de}"
    ".b{display:inline-block;max-width:100%;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;"
    "margin:1px 2px 1px 0;border:1px solid transparent;overflow-wrap:anywhere}"
    ".b-ok{background:#dafbe1;color:#116329;border-color:#a6e9b6}"
    ".b-warning{background:#fff8c5;color:#7d4e00;border-color:#eed888}"
    ".b-error{background:#ffebe9;color:#a40e26;border-color:#ffb8b0}"
    ".b-note,.b-none{background:#eef1f4;color:#424a53;border-color:#d0d7de}"
    ".b-app{background:#ddf4ff;color:#0a3069;border-color:#a8d8ff}"
    ".b-kind{background:#fbefff;color:#6e40c9;border-color:#e3c8ff}"
    ".timeline{list-style:none;padding:0;margin:0}"
    ".timeline>li{border-left:4px solid #8c959f;padding:6px 12px;margin:0 0 8px 10px}"
    ".timeline>li.deploy{border-color:#0969da;background:#f1f8ff}.timeline>li.migration{border-color:#8250df}"
    ".timeline>li.baseline{border-color:#57606a}"
    ".files{margin:4px 0 0 0;padding-left:18px;font-size:12px}"
    ".cell-list{margin:4px 0 0;padding-left:16px;font-size:12px}"
    "details{margin:4px 0}summary{cursor:pointer}"
    "details.file{border:1px solid #d0d7de;border-radius:6px;padding:6px 10px;margin:6px 0}"
    "details.file>summary{font-weight:600}"
    ".muted{color:#6e7781}.note{font-size:11.5px}"
    ".meta td:first-child{width:170px;font-weight:600}"
    "@media print{@page{margin:14mm}body{background:#fff;font-size:11px}main{max-width:none;padding:0}"
    "section,p.summary{border:none;padding:0;page-break-inside:auto}h2{page-break-after:avoid}"
    "tr,pre,li{page-break-inside:avoid}.verdict{color:#000;border:3px solid #000;background:#fff!important}"
    ".b{border-color:#57606a;background:#fff!important;color:#000!important}"
    "a{color:inherit;text-decoration:none}"
    ".cards{gap:4px}.card{padding:2px 8px;min-width:0}}";

static void esc(rg_buf *o, const char *s)
{
    rg_esc_html(o, s);
}

static void badge(rg_buf *o, const char *cls, const char *text)
{
    rg_buf_printf(o, "<span class=\"b b-%s\">", cls);
    esc(o, text);
    rg_buf_puts(o, "</span>");
}

/* Splits "a;b;c" into arena copies. */
typedef RG_VEC(const char *) strvec;

static strvec split(rg_arena *a, const char *s)
{
    strvec v = {0};
    while (s && *s) {
        const char *semi = strchr(s, ';');
        size_t n = semi ? (size_t)(semi - s) : strlen(s);
        *rg_vec_push(a, &v) = rg_arena_strndup(a, s, n);
        s = semi ? semi + 1 : s + n;
    }
    return v;
}

static int rank(const char *verdict)
{
    return strcmp(verdict, "error") == 0 ? 2 : strcmp(verdict, "warning") == 0 ? 1 : 0;
}

/* ---- header ------------------------------------------------------------- */

/* The step's estimate as the stats module grades it (the grade is not
 * stored: the models give it back from the size). */
static rg_estimate step_estimate(const rg_run_step *s)
{
    rg_estimate e;
    rg_work w = RG_WORK_NONE;
    static const rg_work ALL[] = {RG_WORK_SCAN, RG_WORK_INDEX_BUILD, RG_WORK_BACKFILL, RG_WORK_REWRITE};
    for (size_t i = 0; i < sizeof ALL / sizeof *ALL; i++)
        if (strcmp(WORK(s), rg_work_name(ALL[i])) == 0) w = ALL[i];
    rg_table_size t = {"", "", s->table_rows, s->table_bytes};
    bool blocking = (s->blocks_reads || s->blocks_writes) && w != RG_WORK_BACKFILL;
    rg_stats_estimate(&e, w, s->size_known ? &t : NULL, blocking);
    return e;
}

/* The paragraph a change board reads first: what the release does, what
 * was checked, what blocks and for how long, what is not proven. */
static void summary(rg_buf *o, const rg_run *r, size_t err, size_t warn, size_t ferr)
{
    size_t blocking = 0, lossy = 0, notx = 0, sized = 0;
    double total = 0;
    const rg_run_step *slowest = NULL;
    for (size_t i = 0; i < r->nsteps; i++) {
        const rg_run_step *s = &r->steps[i];
        blocking += s->blocks_reads || s->blocks_writes;
        lossy += !s->down_lossless;
        if (s->size_known && *WORK(s)) {
            sized++;
            total += s->est_seconds;
            if (!slowest || s->est_seconds > slowest->est_seconds) slowest = s;
        }
    }
    for (size_t i = 0; i < r->nfiles; i++) notx += r->files[i].no_transaction;
    rg_buf_printf(o, "<p class=\"summary\" id=\"summary\">rollgate planned %zu schema change%s as %zu step%s in "
                     "%zu migration file%s (%zu outside a transaction) over %zu stages for PostgreSQL %d. ",
                  r->nchanges, r->nchanges == 1 ? "" : "s", r->nsteps, r->nsteps == 1 ? "" : "s", r->nfiles,
                  r->nfiles == 1 ? "" : "s", notx, r->nstages, r->pg_version);
    if (r->nverdicts)
        rg_buf_printf(o, "%zu application quer%s %s checked at every stage they are live: %zu fail%s, %zu warn%s. ",
                      r->nverdicts, r->nverdicts == 1 ? "y" : "ies", r->nverdicts == 1 ? "was" : "were", err,
                      err == 1 ? "s" : "", warn, warn == 1 ? "s" : "");
    else
        rg_buf_puts(o, "No application queries were given, so no query was checked. ");
    rg_buf_printf(o, "%zu step%s take a lock that blocks reads or writes (each bounded by lock_timeout); "
                     "%zu down%s cannot restore the data. ",
                  blocking, blocking == 1 ? "" : "s", lossy, lossy == 1 ? "" : "s");
    if (sized && slowest) {
        char d[32], size[32];
        rg_estimate e = step_estimate(slowest);
        rg_size_pretty(slowest->table_bytes, size, sizeof size);
        rg_estimate_duration(&(rg_estimate){.work = RG_WORK_SCAN, .known = true, .seconds = total}, d, sizeof d);
        rg_buf_printf(o, "With the table sizes given, the work on table data takes about %s; the longest step is "
                         "step %d (", d, slowest->number);
        esc(o, WORK(slowest));
        rg_buf_printf(o, " of %s, ", size);
        rg_estimate_duration(&e, d, sizeof d);
        rg_buf_printf(o, "%s). ", d);
    } else {
        rg_buf_puts(o, "No table sizes were given (--stats), so durations are not estimated. ");
    }
    rg_buf_printf(o, "%zu error finding%s. ", ferr, ferr == 1 ? "" : "s");
    if (r->nunproven)
        rg_buf_printf(o, "<a href=\"#unproven\">%zu thing%s rollgate could not prove</a> (statements kept opaque, "
                         "PL/pgSQL bodies): read them before approving.</p>\n",
                      r->nunproven, r->nunproven == 1 ? "" : "s");
    else
        rg_buf_puts(o, "Nothing was left unproven.</p>\n");
}

static void header(rg_buf *o, const rg_run *r, const strvec *apps)
{
    size_t err = 0, warn = 0, ferr = 0;
    for (size_t i = 0; i < r->nverdicts; i++) {
        err += rank(r->verdicts[i].verdict) == 2;
        warn += rank(r->verdicts[i].verdict) == 1;
    }
    for (size_t i = 0; i < r->nfindings; i++) ferr += r->findings[i].sev == RG_SEV_ERROR;
    bool ok = strcmp(r->verdict, "compatible") == 0, failed = strcmp(r->verdict, "error") == 0;
    rg_buf_printf(o, "<header id=\"verdict\" class=\"verdict %s\"><h1>", ok ? "ok" : failed ? "err" : "bad");
    if (rg_report_is_review(r) && ok)
        rg_buf_puts(o, "&#10004; Review passed: every live query works after every statement, no error finding");
    else if (rg_report_is_review(r) && !failed)
        rg_buf_printf(o, "&#10008; Review failed: %zu failing quer%s, %zu error finding%s", err,
                      err == 1 ? "y" : "ies", ferr, ferr == 1 ? "" : "s");
    else if (ok)
        rg_buf_puts(o, "&#10004; Compatible: every live query works at every stage");
    else if (failed)
        rg_buf_printf(o, "Run failed (exit %d)", r->exit_code);
    else
        rg_buf_printf(o, "&#10008; Incompatible: %zu failing quer%s, %zu error finding%s", err, err == 1 ? "y" : "ies",
                      ferr, ferr == 1 ? "" : "s");
    rg_buf_puts(o, "</h1><p>Release ");
    for (size_t i = 0; i < apps->n; i++) {
        if (i) rg_buf_puts(o, " &rarr; ");
        rg_buf_puts(o, "<b>");
        esc(o, apps->v[i]);
        rg_buf_puts(o, "</b>");
    }
    rg_buf_printf(o, " &middot; target PostgreSQL %d &middot; run %lld &middot; ", r->pg_version, (long long)r->id);
    esc(o, r->time_utc);
    rg_buf_printf(o, " &middot; exit code %d</p></header>\n", r->exit_code);
    summary(o, r, err, warn, ferr);
    rg_buf_puts(o, "<div class=\"cards\" id=\"release\">");
    struct { const char *label; size_t n; } cards[] = {
        {"changes", r->nchanges}, {"stages", r->nstages}, {"migration files", r->nfiles}, {"steps", r->nsteps},
        {"queries checked", r->nverdicts}, {"warnings", warn}, {"errors", err}, {"findings", r->nfindings},
        {"not proven", r->nunproven}};
    for (size_t i = 0; i < sizeof cards / sizeof *cards; i++)
        rg_buf_printf(o, "<div class=\"card\"><b>%zu</b>%s</div>", cards[i].n, cards[i].label);
    rg_buf_puts(o, "</div>\n");
}

/* ---- timeline ----------------------------------------------------------- */

static void timeline(rg_buf *o, const rg_run *r, rg_arena *a)
{
    rg_buf_puts(o, "<section id=\"timeline\"><h2>Timeline of stages and deploys</h2><ol class=\"timeline\">\n");
    for (size_t i = 0; i < r->nstages; i++) {
        const rg_run_stage *s = &r->stages[i];
        rg_buf_puts(o, "<li class=\"");
        esc(o, s->kind);
        rg_buf_printf(o, "\"><b>Stage %d: ", s->index);
        esc(o, s->name);
        rg_buf_puts(o, "</b> ");
        badge(o, "kind", s->kind);
        rg_buf_puts(o, " <span class=\"muted\">live:</span> ");
        strvec live = split(a, s->apps);
        for (size_t j = 0; j < live.n; j++) badge(o, "app", live.v[j]);
        strvec files = split(a, s->files);
        if (files.n) rg_buf_puts(o, "<ul class=\"files\">");
        for (size_t j = 0; j < files.n; j++) {
            rg_buf_puts(o, "<li><code>");
            esc(o, files.v[j]);
            rg_buf_puts(o, "</code></li>");
        }
        if (files.n) rg_buf_puts(o, "</ul>");
        rg_buf_puts(o, "</li>\n");
    }
    rg_buf_puts(o, "</ol></section>\n");
}

/* ---- compatibility matrix ----------------------------------------------- */

typedef struct cell {
    int worst;            /* -1: app not live (no verdicts) */
    size_t n, bad;
    strvec failing;       /* pre-rendered list items (escaped HTML) */
} cell;

static void matrix(rg_buf *o, const rg_run *r, const strvec *apps, rg_arena *a)
{
    rg_buf_puts(o, "<section id=\"matrix\"><h2>Compatibility matrix</h2>");
    if (!r->nverdicts) {
        rg_buf_puts(o, "<p class=\"muted\">No application queries were checked in this run.</p></section>\n");
        return;
    }
    size_t nst = r->nstages ? r->nstages : 1, nap = apps->n;
    cell *cells = rg_arena_alloc(a, (nst * nap + 1) * sizeof *cells);
    for (size_t i = 0; i < nst * nap; i++) cells[i].worst = -1;
    rg_map col = {0};
    for (size_t j = 0; j < nap; j++) rg_map_put(&col, apps->v[j], (void *)(j + 1));
    rg_buf item = {0};
    for (size_t i = 0; i < r->nverdicts; i++) {
        const rg_run_verdict *v = &r->verdicts[i];
        size_t j = (size_t)rg_map_get(&col, v->app);
        if (!j || v->stage < 0 || (size_t)v->stage >= nst) continue;
        cell *c = &cells[(size_t)v->stage * nap + j - 1];
        int k = rank(v->verdict);
        if (k > c->worst) c->worst = k;
        c->n++;
        if (!k) continue;
        c->bad++;
        rg_buf_reset(&item);
        rg_buf_printf(&item, "<li><span class=\"b b-%s\">", v->verdict);
        esc(&item, v->code);
        rg_buf_puts(&item, "</span> <code>");
        esc(&item, v->query);
        rg_buf_puts(&item, "</code>: ");
        esc(&item, v->detail);
        if (*v->file) {
            rg_buf_puts(&item, " <span class=\"muted\">(");
            esc(&item, v->file);
            rg_buf_printf(&item, ":%d)</span>", v->line);
        }
        rg_buf_puts(&item, "</li>");
        *rg_vec_push(a, &c->failing) = rg_arena_strdup(a, rg_buf_cstr(&item));
    }
    rg_buf_free(&item);
    rg_map_free(&col);
    rg_buf_puts(o, "<table><tr><th>stage</th>");
    for (size_t j = 0; j < nap; j++) {
        rg_buf_puts(o, "<th>");
        esc(o, apps->v[j]);
        rg_buf_puts(o, "</th>");
    }
    rg_buf_puts(o, "</tr>\n");
    static const char *const NAMES[] = {"ok", "warning", "error"};
    for (size_t i = 0; i < r->nstages; i++) {
        rg_buf_printf(o, "<tr><th>%d ", r->stages[i].index);
        esc(o, r->stages[i].name);
        rg_buf_puts(o, "</th>");
        for (size_t j = 0; j < nap; j++) {
            const cell *c = &cells[i * nap + j];
            if (c->worst < 0) {
                rg_buf_puts(o, "<td class=\"muted\">not live</td>");
                continue;
            }
            rg_buf_puts(o, "<td>");
            badge(o, NAMES[c->worst], NAMES[c->worst]);
            rg_buf_printf(o, " %zu/%zu queries ok", c->n - c->bad, c->n);
            if (c->failing.n) rg_buf_puts(o, "<ul class=\"cell-list\">");
            for (size_t k = 0; k < c->failing.n; k++) rg_buf_puts(o, c->failing.v[k]);
            if (c->failing.n) rg_buf_puts(o, "</ul>");
            rg_buf_puts(o, "</td>");
        }
        rg_buf_puts(o, "</tr>\n");
    }
    rg_buf_puts(o, "</table></section>\n");
}

/* ---- steps -------------------------------------------------------------- */

/* A statement too long for a table cell (DO blocks, function and trigger
 * bodies): the cell shows its first line and links to its file, where
 * the whole text is shown once. */
static bool long_sql(const char *sql)
{
    size_t lines = 0, n = 0;
    for (const char *p = sql; *p; p++, n++) lines += *p == '\n';
    return n > 240 || lines > 3;
}

static void first_line(rg_buf *o, const char *sql)
{
    size_t n = strcspn(sql, "\n");
    if (n > 120) n = 120;
    /* never cut inside a UTF-8 sequence */
    while (n > 0 && ((unsigned char)sql[n] & 0xC0) == 0x80) n--;
    char *line = rg_xmalloc(n + 1);
    memcpy(line, sql, n);
    line[n] = 0;
    esc(o, line);
    free(line);
    rg_buf_puts(o, " …");
}

/* "migrations/0001_x.up.sql" -> the anchor of its file in the migration
 * section: "file-0001_x". */
static void file_anchor(rg_buf *o, const char *path, const char *suffix)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base), k = strlen(suffix);
    if (n > k && strcmp(base + n - k, suffix) == 0) n -= k;
    char *name = rg_xmalloc(n + 1);
    memcpy(name, base, n);
    name[n] = 0;
    rg_buf_puts(o, "#file-");
    esc(o, name);
    free(name);
}

static void sql_cell(rg_buf *o, const char *sql, const char *file, const char *suffix, int line)
{
    if (!long_sql(sql)) {
        rg_buf_puts(o, "<code>");
        esc(o, sql);
        rg_buf_puts(o, "</code>");
        return;
    }
    rg_buf_puts(o, "<code>");
    first_line(o, sql);
    rg_buf_puts(o, "</code> <a href=\"");
    file_anchor(o, file, suffix);
    rg_buf_puts(o, "\">full text in ");
    esc(o, file);
    if (line) rg_buf_printf(o, ":%d", line);
    rg_buf_puts(o, "</a>");
}

/* Badges say what the step does to other sessions: a lock that blocks
 * nobody (a new table's or view's ACCESS EXCLUSIVE) is not red. */
static const char *block_class(const rg_run_step *s)
{
    return s->blocks_reads ? "error" : s->blocks_writes ? "warning" : "ok";
}

static void steps(rg_buf *o, const rg_run *r)
{
    rg_buf_puts(o, "<section id=\"steps\"><h2>Steps, locks and risk</h2>");
    if (!r->nsteps) {
        rg_buf_puts(o, "<p class=\"muted\">No steps: the schemas are the same.</p></section>\n");
        return;
    }
    rg_buf_puts(o, "<table class=\"steps\"><colgroup><col style=\"width:5%\"><col style=\"width:44%\">"
                   "<col style=\"width:15%\"><col style=\"width:24%\"><col style=\"width:12%\"></colgroup>"
                   "<tr><th>#</th><th>statement, where, down</th><th>object</th><th>lock and effect</th>"
                   "<th>size and time</th></tr>\n");
    for (size_t i = 0; i < r->nsteps; i++) {
        const rg_run_step *s = &r->steps[i];
        rg_buf_printf(o, "<tr id=\"step-%d\"><td>%d<br><span class=\"muted\">stage %d</span></td><td>", s->number,
                      s->number, s->stage);
        sql_cell(o, s->statement, s->file, ".up.sql", s->line);
        rg_buf_puts(o, "<span class=\"where\">");
        esc(o, s->file);
        if (s->line) rg_buf_printf(o, ":%d", s->line);
        rg_buf_puts(o, "</span>");
        /* The badges say the lock and its effect; the planner's notes
         * (why this shape, what the lock does) fold under them. */
        if (*s->notes) {
            rg_buf_puts(o, "<details class=\"note\"><summary class=\"muted\">why this step</summary>");
            esc(o, s->notes);
            rg_buf_puts(o, "</details>");
        }
        if (*s->down) {
            rg_buf_puts(o, "<span class=\"down\"><span class=\"muted\">down:</span> ");
            rg_buf mirror = {0};
            /* the down file of the same migration */
            const char *dot = strstr(s->file, ".up.sql");
            if (dot) {
                rg_buf_put(&mirror, s->file, (size_t)(dot - s->file));
                rg_buf_puts(&mirror, ".down.sql");
            } else {
                rg_buf_puts(&mirror, s->file);
            }
            sql_cell(o, s->down, rg_buf_cstr(&mirror), ".down.sql", 0);
            rg_buf_free(&mirror);
            rg_buf_puts(o, "</span>");
        }
        rg_buf_puts(o, "</td><td><code>");
        esc(o, s->object);
        rg_buf_puts(o, "</code></td><td>");
        badge(o, block_class(s), s->lock);
        rg_buf_puts(o, " blocks ");
        badge(o, block_class(s), s->blocks_reads ? "reads and writes" : s->blocks_writes ? "writes" : "nothing");
        rg_buf_puts(o, " ");
        if (s->rewrites_table) badge(o, s->blocks_reads || s->blocks_writes ? "error" : "warning", "rewrites the table");
        else if (s->scans_table) badge(o, s->blocks_writes ? "warning" : "note", "scans the table");
        badge(o, s->transactional ? "ok" : "note", s->transactional ? "in a transaction" : "no transaction");
        badge(o, s->down_lossless ? "ok" : "warning", s->down_lossless ? "lossless down" : "lossy down");
        rg_buf_puts(o, "</td><td>");
        if (!*WORK(s)) {
            rg_buf_puts(o, "<span class=\"muted\">catalog only</span>");
        } else if (!s->size_known) {
            esc(o, WORK(s));
            rg_buf_puts(o, "<br><span class=\"muted\">size unknown</span>");
        } else {
            rg_estimate e = step_estimate(s);
            char d[32], size[32];
            rg_estimate_duration(&e, d, sizeof d);
            rg_size_pretty(s->table_bytes, size, sizeof size);
            esc(o, WORK(s));
            rg_buf_printf(o, " of %s<br>%lld rows<br>", size, (long long)s->table_rows);
            badge(o, !e.graded ? "ok" : e.grade == RG_SEV_ERROR ? "error" : "warning", d);
        }
        rg_buf_puts(o, "</td></tr>\n");
    }
    rg_buf_puts(o, "</table></section>\n");
}

/* ---- verified on PostgreSQL (verify runs only) ------------------------- */

static void vrow_head(rg_buf *o)
{
    rg_buf_puts(o, "<table><tr><th>stage</th><th>app</th><th>query</th><th>predicted</th><th>observed</th>"
                   "<th>agree</th></tr>\n");
}

static void vrow_html(rg_buf *o, const rg_run_vrow *x)
{
    rg_buf_printf(o, "<tr><td>%d</td><td>", x->stage);
    esc(o, x->app);
    rg_buf_puts(o, "</td><td><code>");
    esc(o, x->query);
    rg_buf_puts(o, "</code></td><td><code>");
    esc(o, x->predicted);
    rg_buf_puts(o, "</code></td><td><code>");
    esc(o, x->observed);
    rg_buf_puts(o, "</code></td><td>");
    badge(o, x->agree ? "ok" : "error", x->agree ? "agrees" : "disagrees");
    rg_buf_puts(o, "</td></tr>\n");
}

static void vstep_head(rg_buf *o)
{
    rg_buf_puts(o, "<table><tr><th>step</th><th>stage</th><th>target</th><th>predicted lock</th>"
                   "<th>observed lock</th><th>rewrite predicted</th><th>rewrite observed</th>"
                   "<th>measured</th><th>agree</th></tr>\n");
}

static void vstep_html(rg_buf *o, const rg_run_vstep *x)
{
    rg_buf_printf(o, "<tr><td>%d</td><td>%d</td><td><code>", x->step, x->stage);
    esc(o, x->target);
    rg_buf_puts(o, "</code></td><td>");
    esc(o, x->predicted_lock);
    rg_buf_puts(o, "</td><td>");
    esc(o, x->observed_lock);
    rg_buf_printf(o, "</td><td>%s</td><td>%s</td><td>", x->predicted_rewrite ? "yes" : "no",
                  x->observed_rewrite ? "yes" : "no");
    if (x->measured) rg_buf_printf(o, "%.1f ms", x->ms);
    else rg_buf_puts(o, "<span class=\"muted\">not measured</span>");
    if (x->note && *x->note) {
        rg_buf_puts(o, "<br><span class=\"muted note\">");
        esc(o, x->note);
        rg_buf_puts(o, "</span>");
    }
    rg_buf_puts(o, "</td><td>");
    badge(o, x->agree ? "ok" : "error", x->agree ? "agrees" : "disagrees");
    rg_buf_puts(o, "</td></tr>\n");
}

static void verified(rg_buf *o, const rg_run *r)
{
    if (!r->verified) return;
    size_t agree = 0, total = r->nvrows + r->nvsteps, rows_bad = 0, steps_bad = 0;
    for (size_t i = 0; i < r->nvrows; i++) rows_bad += !r->vrows[i].agree;
    for (size_t i = 0; i < r->nvsteps; i++) steps_bad += !r->vsteps[i].agree;
    agree = total - rows_bad - steps_bad;
    rg_buf_puts(o, "<section id=\"verified\"><h2>Verified on PostgreSQL ");
    esc(o, r->server_version);
    rg_buf_printf(o, "</h2><p class=\"summary\">%zu/%zu agree (%zu/%zu query verdicts, %zu/%zu steps)</p>\n",
                  agree, total, r->nvrows - rows_bad, r->nvrows, r->nvsteps - steps_bad, r->nvsteps);
    rg_buf_puts(o, "<h3>Disagreements</h3>");
    if (!rows_bad && !steps_bad) rg_buf_puts(o, "<p class=\"muted\">None: the server agrees with every prediction.</p>\n");
    if (rows_bad) {
        vrow_head(o);
        for (size_t i = 0; i < r->nvrows; i++)
            if (!r->vrows[i].agree) vrow_html(o, &r->vrows[i]);
        rg_buf_puts(o, "</table>\n");
    }
    if (steps_bad) {
        vstep_head(o);
        for (size_t i = 0; i < r->nvsteps; i++)
            if (!r->vsteps[i].agree) vstep_html(o, &r->vsteps[i]);
        rg_buf_puts(o, "</table>\n");
    }
    rg_buf_puts(o, "<h3>Query verdicts</h3>");
    if (!r->nvrows) rg_buf_puts(o, "<p class=\"muted\">No application queries were checked.</p>\n");
    else {
        vrow_head(o);
        for (size_t i = 0; i < r->nvrows; i++) vrow_html(o, &r->vrows[i]);
        rg_buf_puts(o, "</table>\n");
    }
    rg_buf_puts(o, "<h3>Steps</h3>");
    if (!r->nvsteps) rg_buf_puts(o, "<p class=\"muted\">No steps.</p>\n");
    else {
        vstep_head(o);
        for (size_t i = 0; i < r->nvsteps; i++) vstep_html(o, &r->vsteps[i]);
        rg_buf_puts(o, "</table>\n");
    }
    rg_buf_puts(o, "</section>\n");
}

/* ---- findings, SQL, provenance ----------------------------------------- */

static void findings(rg_buf *o, const rg_run *r)
{
    rg_buf_puts(o, "<section id=\"findings\"><h2>Hazards and findings</h2>");
    if (!r->nfindings) {
        rg_buf_puts(o, "<p class=\"muted\">None.</p></section>\n");
        return;
    }
    rg_buf_puts(o, "<table><tr><th>severity</th><th>code</th><th>object</th><th>message</th></tr>\n");
    for (size_t i = 0; i < r->nfindings; i++) {
        const rg_finding *f = &r->findings[i];
        rg_buf_puts(o, "<tr><td>");
        badge(o, rg_severity_name(f->sev), rg_severity_name(f->sev));
        rg_buf_puts(o, "</td><td><code>");
        esc(o, f->code);
        rg_buf_puts(o, "</code></td><td><code>");
        esc(o, f->object);
        rg_buf_puts(o, "</code></td><td>");
        esc(o, f->msg);
        rg_buf_puts(o, "</td></tr>\n");
    }
    rg_buf_puts(o, "</table></section>\n");
}

/* A review: the migration files in run order, which side of the deploy,
 * how they run, what was found in each. */
static void review(rg_buf *o, const rg_run *r)
{
    rg_buf_puts(o, "<section id=\"review\"><h2>Review</h2><table><tr><th>#</th><th>file</th><th>runs</th>"
                   "<th>transaction</th><th>statements</th><th>errors</th><th>warnings</th></tr>\n");
    for (size_t i = 0; i < r->nfiles; i++) {
        const rg_run_file *f = &r->files[i];
        size_t nst = 0, ne = 0, nw = 0;
        for (size_t k = 0; k < r->nsteps; k++) nst += r->steps[k].file && !strcmp(r->steps[k].file, f->name);
        for (size_t k = 0; k < r->nfindings; k++) {
            const rg_finding *x = &r->findings[k];
            if (!x->file || strcmp(x->file, f->name)) continue;
            ne += x->sev == RG_SEV_ERROR;
            nw += x->sev == RG_SEV_WARNING;
        }
        bool after = false;
        for (size_t k = 0; k < r->nstages; k++)
            if (!strcmp(r->stages[k].kind, "deploy") && r->stages[k].index < f->stage) after = true;
        rg_buf_printf(o, "<tr><td>%d</td><td><a href=\"#file-", f->number);
        esc(o, f->name);
        rg_buf_puts(o, "\">");
        esc(o, f->name);
        rg_buf_printf(o, "</a></td><td>%s</td><td>", after ? "after the deploy" : "before the deploy");
        badge(o, f->no_transaction ? "warning" : "ok", f->no_transaction ? "no transaction" : "one transaction");
        rg_buf_printf(o, "</td><td>%zu</td><td>", nst);
        badge(o, ne ? "error" : "ok", ne ? "error" : "0");
        if (ne) rg_buf_printf(o, " %zu", ne);
        rg_buf_printf(o, "</td><td>%zu</td></tr>\n", nw);
    }
    rg_buf_puts(o, "</table></section>\n");
}

static void unproven(rg_buf *o, const rg_run *r)
{
    rg_buf_printf(o, "<section id=\"unproven\"><h2>What rollgate could not prove (%zu)</h2>", r->nunproven);
    if (!r->nunproven) {
        rg_buf_puts(o, "<p class=\"muted\">Nothing: every statement was interpreted and every query resolved.</p>"
                       "</section>\n");
        return;
    }
    rg_buf_puts(o, "<p>rollgate's proof covers what it models. These it keeps as they are: check them by hand "
                   "or with <code>rollgate verify</code> on a real server.</p>"
                   "<table><colgroup><col style=\"width:16%\"><col style=\"width:24%\"><col style=\"width:40%\">"
                   "<col style=\"width:20%\"></colgroup>"
                   "<tr><th>kind</th><th>object</th><th>detail</th><th>where</th></tr>\n");
    for (size_t i = 0; i < r->nunproven; i++) {
        const rg_run_unproven *u = &r->unproven[i];
        rg_buf_puts(o, "<tr><td>");
        esc(o, strcmp(u->kind, "opaque_statement") == 0 ? "statement kept opaque"
               : strcmp(u->kind, "plpgsql_body") == 0 ? "PL/pgSQL body not analysed"
               : strcmp(u->kind, "unresolved_query") == 0 ? "query not resolved" : u->kind);
        rg_buf_puts(o, "</td><td><code>");
        esc(o, u->object);
        rg_buf_puts(o, "</code></td><td>");
        esc(o, u->detail);
        rg_buf_puts(o, "</td><td><code>");
        esc(o, u->file);
        if (u->line) rg_buf_printf(o, ":%d", u->line);
        rg_buf_puts(o, "</code></td></tr>\n");
    }
    rg_buf_puts(o, "</table></section>\n");
}

/* Each file once, folded: the only place a long body (a DO block, a
 * function) appears in full. */
static void migrations(rg_buf *o, const rg_run *r)
{
    if (rg_report_is_review(r)) {
        rg_buf_puts(o, "<section id=\"migrations\"><h2>Migration files, as written</h2>");
        for (size_t i = 0; i < r->nfiles; i++) {
            const rg_run_file *f = &r->files[i];
            rg_buf_puts(o, "<h3 id=\"file-");
            esc(o, f->name);
            rg_buf_puts(o, "\">");
            esc(o, f->name);
            rg_buf_printf(o, " <span class=\"muted\">(stage %d)</span> ", f->stage);
            badge(o, f->no_transaction ? "warning" : "ok", f->no_transaction ? "no transaction" : "one transaction");
            rg_buf_puts(o, "</h3><pre>");
            esc(o, f->up_sql);
            rg_buf_puts(o, "</pre>\n");
        }
        rg_buf_puts(o, "</section>\n");
        return;
    }
    rg_buf_puts(o, "<section id=\"migrations\"><h2>Migration SQL</h2>");
    if (!r->nfiles) rg_buf_puts(o, "<p class=\"muted\">No migration files.</p>");
    for (size_t i = 0; i < r->nfiles; i++) {
        const rg_run_file *f = &r->files[i];
        rg_buf_puts(o, "<details class=\"file\" id=\"file-");
        esc(o, f->name);
        rg_buf_puts(o, "\"><summary>migrations/");
        esc(o, f->name);
        rg_buf_printf(o, ".up.sql <span class=\"muted\">(stage %d)</span> ", f->stage);
        badge(o, f->no_transaction ? "note" : "ok", f->no_transaction ? "no transaction" : "one transaction");
        rg_buf_puts(o, "</summary><pre>");
        esc(o, f->up_sql);
        rg_buf_puts(o, "</pre><div class=\"muted\" id=\"file-");
        esc(o, f->name);
        rg_buf_puts(o, "-down\">down: migrations/");
        esc(o, f->name);
        rg_buf_puts(o, ".down.sql</div><pre>");
        esc(o, f->down_sql);
        rg_buf_puts(o, "</pre></details>\n");
    }
    rg_buf_puts(o, "</section>\n");
}

static void provenance(rg_buf *o, const rg_run *r)
{
    rg_buf_puts(o, "<section id=\"run\"><h2>Run</h2><table class=\"meta\">");
    rg_buf_printf(o, "<tr><td>ledger run</td><td>%lld</td></tr><tr><td>time (UTC)</td><td>", (long long)r->id);
    esc(o, r->time_utc);
    rg_buf_puts(o, "</td></tr><tr><td>rollgate</td><td>");
    esc(o, r->tool_version);
    rg_buf_puts(o, "</td></tr><tr><td>command line</td><td><code>");
    esc(o, r->command_line);
    rg_buf_printf(o, "</code></td></tr><tr><td>exit code</td><td>%d</td></tr></table>\n", r->exit_code);
    rg_buf_puts(o, "<h3>Inputs</h3><table><tr><th>role</th><th>path</th><th>bytes</th><th>SHA-256</th></tr>\n");
    for (size_t i = 0; i < r->ninputs; i++) {
        const rg_run_input *in = &r->inputs[i];
        rg_buf_puts(o, "<tr><td>");
        esc(o, in->role);
        rg_buf_puts(o, "</td><td><code>");
        esc(o, in->path);
        rg_buf_printf(o, "</code></td><td>%lld</td><td><code>", (long long)in->bytes);
        esc(o, in->sha256);
        rg_buf_puts(o, "</code></td></tr>\n");
    }
    rg_buf_puts(o, "</table>\n<h3>Changes</h3>");
    if (!r->nchanges) rg_buf_puts(o, "<p class=\"muted\">None.</p>");
    else rg_buf_puts(o, "<table><tr><th>#</th><th>kind</th><th>object</th><th>detail</th></tr>\n");
    for (size_t i = 0; i < r->nchanges; i++) {
        const rg_run_change *c = &r->changes[i];
        rg_buf_printf(o, "<tr><td>%d</td><td>", c->seq);
        esc(o, c->kind);
        rg_buf_puts(o, "</td><td><code>");
        esc(o, c->object);
        rg_buf_puts(o, "</code></td><td>");
        esc(o, c->detail);
        rg_buf_puts(o, "</td></tr>\n");
    }
    if (r->nchanges) rg_buf_puts(o, "</table>");
    rg_buf_puts(o, "</section>\n");
}

void rg_report_html(const rg_run *r, rg_buf *o)
{
    rg_arena *a = rg_arena_new();
    strvec apps = split(a, r->apps);
    rg_buf_puts(o, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                   "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                   "<title>rollgate report: ");
    esc(o, r->verdict);
    rg_buf_printf(o, " (run %lld)</title>\n<style>%s</style></head>\n<body><main>\n", (long long)r->id, CSS);
    header(o, r, &apps);
    if (rg_report_is_review(r)) review(o, r);
    timeline(o, r, a);
    matrix(o, r, &apps, a);
    steps(o, r);
    verified(o, r);
    findings(o, r);
    unproven(o, r);
    migrations(o, r);
    provenance(o, r);
    rg_buf_puts(o, "<footer class=\"muted\"><p>Generated by rollgate ");
    esc(o, r->tool_version);
    rg_buf_puts(o, " from its ledger.</p></footer>\n</main></body></html>\n");
    rg_arena_free(a);
}
