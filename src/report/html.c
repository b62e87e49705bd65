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

#include <stdio.h>
#include <string.h>

static const char CSS[] =
    "*{box-sizing:border-box}"
    "body{font:14px/1.45 -apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#1f2328;margin:0;background:#f6f8fa}"
    "main{max-width:1200px;margin:0 auto;padding:24px}"
    "h1{font-size:26px;margin:0 0 6px}h2{font-size:19px;margin:28px 0 10px;border-bottom:1px solid #d0d7de;padding-bottom:4px}"
    "h3{font-size:15px;margin:18px 0 6px}"
    ".verdict{padding:18px 24px;border-radius:8px;color:#fff}"
    ".verdict.ok{background:#1a7f37}.verdict.bad{background:#cf222e}.verdict.err{background:#6e7781}"
    ".verdict p{margin:0;font-size:15px}"
    ".cards{display:flex;flex-wrap:wrap;gap:10px;margin-top:14px}"
    ".card{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:8px 14px;min-width:110px}"
    ".card b{display:block;font-size:20px}"
    "section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:4px 18px 16px;margin-top:18px}"
    "table{border-collapse:collapse;width:100%;font-size:13px}"
    "th,td{border:1px solid #d0d7de;padding:5px 7px;text-align:left;vertical-align:top}"
    "th{background:#f0f3f6}"
    "code,pre{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}"
    "pre{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:10px;white-space:pre-wrap;"
    "word-break:break-word;margin:4px 0 10px}"
    "td code{white-space:pre-wrap;word-break:break-word}"
    "table.steps{table-layout:fixed}table.steps .b{white-space:normal}"
    "td.obj code{word-break:break-all}"
    ".down{display:block;margin-top:4px;padding-top:4px;border-top:1px dashed #d0d7de}"
    ".b{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;margin:1px 2px 1px 0;"
    "border:1px solid transparent;white-space:nowrap}"
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
    ".muted{color:#6e7781}.note{font-size:11.5px}"
    ".meta td:first-child{width:170px;font-weight:600}"
    "@media print{body{background:#fff;font-size:11px}main{max-width:none;padding:0}"
    "section{border:none;padding:0;page-break-inside:auto}h2{page-break-after:avoid}"
    "tr,pre{page-break-inside:avoid}.verdict{color:#000;border:3px solid #000;background:#fff!important}"
    ".b{border-color:#57606a}}";

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
    rg_buf_puts(o, "<div class=\"cards\" id=\"release\">");
    struct { const char *label; size_t n; } cards[] = {
        {"changes", r->nchanges}, {"stages", r->nstages}, {"migration files", r->nfiles}, {"steps", r->nsteps},
        {"queries checked", r->nverdicts}, {"warnings", warn}, {"errors", err}, {"findings", r->nfindings}};
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

static const char *lock_class(const char *lock)
{
    if (strcmp(lock, "ACCESS EXCLUSIVE") == 0 || strcmp(lock, "EXCLUSIVE") == 0) return "error";
    if (strcmp(lock, "SHARE") == 0 || strcmp(lock, "SHARE ROW EXCLUSIVE") == 0) return "warning";
    if (strcmp(lock, "none") == 0) return "none";
    return "ok";
}

static void yesno(rg_buf *o, bool risky, const char *yes, const char *no)
{
    badge(o, risky ? "error" : "ok", risky ? yes : no);
}

static void steps(rg_buf *o, const rg_run *r)
{
    rg_buf_puts(o, "<section id=\"steps\"><h2>Steps, locks and risk</h2>");
    if (!r->nsteps) {
        rg_buf_puts(o, "<p class=\"muted\">No steps: the schemas are the same.</p></section>\n");
        return;
    }
    rg_buf_puts(o, "<table class=\"steps\"><colgroup><col style=\"width:3.5%\"><col style=\"width:4.5%\">"
                   "<col style=\"width:35%\"><col style=\"width:12%\"><col style=\"width:10%\"><col style=\"width:7%\">"
                   "<col style=\"width:9%\"><col style=\"width:9.5%\"><col style=\"width:9.5%\"></colgroup>"
                   "<tr><th>#</th><th>stage</th><th>statement (and its down)</th><th>object</th><th>lock</th>"
                   "<th>blocks</th><th>rewrite / scan</th><th>transaction</th><th>reversible</th></tr>\n");
    for (size_t i = 0; i < r->nsteps; i++) {
        const rg_run_step *s = &r->steps[i];
        rg_buf_printf(o, "<tr><td>%d</td><td>%d</td><td class=\"sql\"><code>", s->number, s->stage);
        esc(o, s->statement);
        rg_buf_puts(o, "</code><br><span class=\"muted\">");
        esc(o, s->file);
        if (s->line) rg_buf_printf(o, ":%d", s->line);
        rg_buf_puts(o, "</span>");
        if (*s->notes) {
            rg_buf_puts(o, "<br><span class=\"muted note\">");
            esc(o, s->notes);
            rg_buf_puts(o, "</span>");
        }
        if (*s->down) {
            rg_buf_puts(o, "<span class=\"down\"><span class=\"muted\">down:</span> <code>");
            esc(o, s->down);
            rg_buf_puts(o, "</code></span>");
        }
        rg_buf_puts(o, "</td><td class=\"obj\"><code>");
        esc(o, s->object);
        rg_buf_puts(o, "</code></td><td>");
        badge(o, lock_class(s->lock), s->lock);
        rg_buf_puts(o, "</td><td>");
        if (s->blocks_reads) badge(o, "error", "reads");
        if (s->blocks_writes) badge(o, "error", "writes");
        if (!s->blocks_reads && !s->blocks_writes) badge(o, "ok", "nothing");
        rg_buf_puts(o, "</td><td>");
        yesno(o, s->rewrites_table, "rewrite", "no rewrite");
        badge(o, s->scans_table ? "warning" : "ok", s->scans_table ? "scan" : "no scan");
        rg_buf_puts(o, "</td><td>");
        badge(o, s->transactional ? "ok" : "warning", s->transactional ? "in transaction" : "no transaction");
        rg_buf_puts(o, "</td><td>");
        badge(o, s->down_lossless ? "ok" : "warning", s->down_lossless ? "lossless down" : "lossy down");
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
        rg_buf_puts(o, "<h3 id=\"file-");
        esc(o, f->name);
        rg_buf_puts(o, "\">migrations/");
        esc(o, f->name);
        rg_buf_printf(o, ".up.sql <span class=\"muted\">(stage %d)</span> ", f->stage);
        badge(o, f->no_transaction ? "warning" : "ok", f->no_transaction ? "no transaction" : "one transaction");
        rg_buf_puts(o, "</h3><pre>");
        esc(o, f->up_sql);
        rg_buf_puts(o, "</pre><div class=\"muted\">down: migrations/");
        esc(o, f->name);
        rg_buf_puts(o, ".down.sql</div><pre>");
        esc(o, f->down_sql);
        rg_buf_puts(o, "</pre>\n");
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
    migrations(o, r);
    provenance(o, r);
    rg_buf_puts(o, "<footer class=\"muted\"><p>Generated by rollgate ");
    esc(o, r->tool_version);
    rg_buf_puts(o, " from its ledger.</p></footer>\n</main></body></html>\n");
    rg_arena_free(a);
}
