/*
 * markdown.c — the run as a pull-request comment (`--format markdown`,
 * `--summary-md FILE`, OUT/summary.md): the verdict, the stages with what
 * each blocks and how long its slow steps take, the breaking queries, the
 * lossy or risky steps, what rollgate could not prove, and a link to the
 * full report. Rendered from the recorded run like every other format.
 *
 * GitHub refuses a comment over 65,536 characters: every table stops
 * adding rows before the limit and says how many it left out, so the
 * comment always fits and always ends with the link.
 */
#include "rollgate/report.h"
#include "rollgate/stats.h"

#include <stdio.h>
#include <string.h>

/* A run built by hand may leave a step's work NULL: no work. */
#define WORK(s) ((s)->work ? (s)->work : "")

/* Room kept for the closing lines (omission notes, the link). */
enum { RESERVE = 1200 };

typedef struct md {
    rg_buf *out;
    size_t limit;
    size_t omitted;            /* rows of the current table left out */
} md;

/* Text for a table cell or a line: Markdown and HTML specials escaped,
 * line breaks flattened, so a hostile name stays text and a cell stays
 * one cell. */
static void put_text(rg_buf *b, const char *s, size_t max)
{
    size_t n = 0;
    for (; s && *s; s++, n++) {
        unsigned char c = (unsigned char)*s;
        if (max && n >= max && (c & 0xC0) != 0x80) { /* never inside a UTF-8 sequence */
            rg_buf_puts(b, "…");
            return;
        }
        switch (c) {
        case '&': rg_buf_puts(b, "&amp;"); break;
        case '<': rg_buf_puts(b, "&lt;"); break;
        case '>': rg_buf_puts(b, "&gt;"); break;
        case '|': rg_buf_puts(b, "\\|"); break;
        case '\\': case '`': case '*': case '_': case '[': case ']': case '#': case '~': case '!':
            rg_buf_putc(b, '\\');
            rg_buf_putc(b, (char)c);
            break;
        case '\n': case '\r': case '\t': rg_buf_putc(b, ' '); break;
        default:
            if (c < 0x20 || c == 0x7f) rg_buf_putc(b, '?');
            else rg_buf_putc(b, (char)c);
        }
    }
}

/* An identifier or a path as a code span: shown literally (HTML and
 * Markdown inert), a '|' escaped for the table, a backquote replaced. */
static void put_code(rg_buf *b, const char *s, size_t max)
{
    if (!s || !*s) return;
    rg_buf_putc(b, '`');
    size_t n = 0;
    for (; *s; s++, n++) {
        unsigned char c = (unsigned char)*s;
        if (max && n >= max && (c & 0xC0) != 0x80) {
            rg_buf_puts(b, "…");
            break;
        }
        if (c == '|') rg_buf_puts(b, "\\|");
        else if (c == '`') rg_buf_putc(b, '\'');
        else if (c < 0x20 || c == 0x7f) rg_buf_putc(b, c == '\n' || c == '\t' ? ' ' : '?');
        else rg_buf_putc(b, (char)c);
    }
    rg_buf_putc(b, '`');
}

/* A link target: characters a URL may hold as they are, every other
 * byte percent-encoded (a space or a parenthesis would end the link). */
static void put_url(rg_buf *b, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            strchr("-._~:/?#@!$&'*+,;=%", c))
            rg_buf_putc(b, (char)c);
        else
            rg_buf_printf(b, "%%%02X", c);
    }
}

/* Appends a finished row if it fits, else counts it as omitted. */
static void row(md *m, rg_buf *line)
{
    if (m->out->len + line->len + RESERVE <= m->limit) rg_buf_put(m->out, line->s, line->len);
    else m->omitted++;
    rg_buf_reset(line);
}

static void end_table(md *m, const char *what)
{
    if (m->omitted)
        rg_buf_printf(m->out, "\n_… %zu more %s not shown: see the full report._\n", m->omitted, what);
    m->omitted = 0;
    rg_buf_putc(m->out, '\n');
}

static void put_duration(rg_buf *b, double seconds)
{
    rg_estimate e = {.work = RG_WORK_SCAN, .known = true, .seconds = seconds};
    char d[32];
    rg_estimate_duration(&e, d, sizeof d);
    rg_buf_puts(b, d);
}

/* "writes on public.orders (step 5, SHARE ROW EXCLUSIVE, ~2.1 s)" for the
 * steps of a stage that block something; "nothing" when none does. */
static void put_blocks(rg_buf *b, const rg_run *r, int stage)
{
    size_t shown = 0, more = 0;
    for (size_t i = 0; i < r->nsteps; i++) {
        const rg_run_step *s = &r->steps[i];
        if (s->stage != stage || (!s->blocks_reads && !s->blocks_writes)) continue;
        if (shown == 3) {
            more++;
            continue;
        }
        rg_buf_puts(b, shown++ ? "; " : "");
        rg_buf_puts(b, s->blocks_reads ? "reads and writes" : "writes");
        rg_buf_puts(b, " on ");
        put_code(b, s->object, 80);
        rg_buf_printf(b, " (step %d, ", s->number);
        put_text(b, s->lock, 40);
        if (s->size_known && *WORK(s) && s->est_seconds >= 0.1) {
            rg_buf_puts(b, ", ~");
            put_duration(b, s->est_seconds);
        } else if (!*WORK(s)) {
            rg_buf_puts(b, ", catalog only");
        }
        rg_buf_putc(b, ')');
    }
    if (more) rg_buf_printf(b, "; and %zu more steps", more);
    if (!shown) rg_buf_puts(b, "nothing");
}

static void stages(md *m, const rg_run *r)
{
    rg_buf_puts(m->out, "#### Stages\n\n| # | stage | apps live | files | blocks | est. time |\n"
                        "|---|---|---|---|---|---|\n");
    rg_buf line = {0};
    for (size_t i = 0; i < r->nstages; i++) {
        const rg_run_stage *st = &r->stages[i];
        size_t nfiles = 0, notx = 0;
        bool any_est = false;
        double secs = 0;
        for (size_t j = 0; j < r->nfiles; j++)
            if (r->files[j].stage == st->index) {
                nfiles++;
                notx += r->files[j].no_transaction;
            }
        for (size_t j = 0; j < r->nsteps; j++)
            if (r->steps[j].stage == st->index && r->steps[j].size_known && *WORK(&r->steps[j])) {
                any_est = true;
                secs += r->steps[j].est_seconds;
            }
        rg_buf_printf(&line, "| %d | ", st->index);
        put_text(&line, st->name, 60);
        rg_buf_puts(&line, " | ");
        put_text(&line, st->apps, 60);
        rg_buf_printf(&line, " | %zu", nfiles);
        if (notx) rg_buf_printf(&line, " (%zu no-transaction)", notx);
        rg_buf_puts(&line, " | ");
        put_blocks(&line, r, st->index);
        rg_buf_puts(&line, " | ");
        if (any_est) put_duration(&line, secs);
        else rg_buf_puts(&line, "—");
        rg_buf_puts(&line, " |\n");
        row(m, &line);
    }
    rg_buf_free(&line);
    end_table(m, "stages");
}

static void breaking(md *m, const rg_run *r, size_t nerr)
{
    if (!nerr) return;
    rg_buf_printf(m->out, "#### Breaking queries (%zu)\n\n| stage | app | query | problem | where |\n"
                          "|---|---|---|---|---|\n", nerr);
    rg_buf line = {0};
    for (size_t i = 0; i < r->nverdicts; i++) {
        const rg_run_verdict *v = &r->verdicts[i];
        if (strcmp(v->verdict, "error") != 0) continue;
        rg_buf_printf(&line, "| %d | ", v->stage);
        put_code(&line, v->app, 60);
        rg_buf_puts(&line, " | ");
        put_code(&line, v->query, 80);
        rg_buf_puts(&line, " | ");
        put_code(&line, v->code, 40);
        rg_buf_puts(&line, ": ");
        put_text(&line, v->detail, 200);
        rg_buf_puts(&line, " | ");
        if (*v->file) {
            put_code(&line, v->file, 120);
            rg_buf_printf(&line, ":%d", v->line);
        }
        rg_buf_puts(&line, " |\n");
        row(m, &line);
    }
    rg_buf_free(&line);
    end_table(m, "breaking queries");
}

/* Steps whose down loses data, that rewrite their table, or whose size
 * makes them slow; and every error or warning finding. */
static void risky(md *m, const rg_run *r)
{
    size_t n = 0;
    for (size_t i = 0; i < r->nsteps; i++) {
        const rg_run_step *s = &r->steps[i];
        n += !s->down_lossless || s->rewrites_table || (s->size_known && *WORK(s) && s->est_seconds >= 1);
    }
    if (n) {
        rg_buf_printf(m->out, "#### Lossy or risky steps (%zu)\n\n| step | file | object | why |\n"
                              "|---|---|---|---|\n", n);
        rg_buf line = {0};
        for (size_t i = 0; i < r->nsteps; i++) {
            const rg_run_step *s = &r->steps[i];
            bool slow = s->size_known && *WORK(s) && s->est_seconds >= 1;
            if (s->down_lossless && !s->rewrites_table && !slow) continue;
            rg_buf_printf(&line, "| %d | ", s->number);
            put_code(&line, s->file, 120);
            if (s->line) rg_buf_printf(&line, ":%d", s->line);
            rg_buf_puts(&line, " | ");
            put_code(&line, s->object, 80);
            rg_buf_puts(&line, " | ");
            const char *sep = "";
            if (!s->down_lossless) {
                rg_buf_puts(&line, "its down does not restore the data");
                sep = "; ";
            }
            if (s->rewrites_table) {
                rg_buf_printf(&line, "%srewrites the table", sep);
                sep = "; ";
            }
            if (slow) {
                char size[32];
                rg_size_pretty(s->table_bytes, size, sizeof size);
                rg_buf_printf(&line, "%s", sep);
                put_text(&line, WORK(s), 20);
                rg_buf_printf(&line, " of %s, ~", size);
                put_duration(&line, s->est_seconds);
            }
            rg_buf_puts(&line, " |\n");
            row(m, &line);
        }
        rg_buf_free(&line);
        end_table(m, "steps");
    }
    size_t nf = 0;
    for (size_t i = 0; i < r->nfindings; i++) nf += r->findings[i].sev != RG_SEV_NOTE;
    if (!nf) return;
    rg_buf_printf(m->out, "#### Findings (%zu)\n\n| severity | code | object | message |\n|---|---|---|---|\n", nf);
    rg_buf line = {0};
    for (int sev = RG_SEV_ERROR; sev >= RG_SEV_WARNING; sev--)
        for (size_t i = 0; i < r->nfindings; i++) {
            const rg_finding *f = &r->findings[i];
            if ((int)f->sev != sev) continue;
            rg_buf_printf(&line, "| %s | ", rg_severity_name(f->sev));
            put_code(&line, f->code, 40);
            rg_buf_puts(&line, " | ");
            put_code(&line, f->object, 80);
            rg_buf_puts(&line, " | ");
            put_text(&line, f->msg, 300);
            rg_buf_puts(&line, " |\n");
            row(m, &line);
        }
    rg_buf_free(&line);
    end_table(m, "findings");
}

static void unproven(md *m, const rg_run *r)
{
    if (!r->nunproven) return;
    rg_buf_printf(m->out, "<details><summary>What rollgate could not prove (%zu)</summary>\n\n"
                          "| kind | object | detail | where |\n|---|---|---|---|\n", r->nunproven);
    rg_buf line = {0};
    for (size_t i = 0; i < r->nunproven; i++) {
        const rg_run_unproven *u = &r->unproven[i];
        rg_buf_puts(&line, "| ");
        put_text(&line, u->kind, 40);
        rg_buf_puts(&line, " | ");
        put_code(&line, u->object, 100);
        rg_buf_puts(&line, " | ");
        put_text(&line, u->detail, 200);
        rg_buf_puts(&line, " | ");
        put_code(&line, u->file, 120);
        if (u->line) rg_buf_printf(&line, ":%d", u->line);
        rg_buf_puts(&line, " |\n");
        row(m, &line);
    }
    rg_buf_free(&line);
    end_table(m, "items");
    rg_buf_puts(m->out, "</details>\n\n");
}

void rg_report_markdown(const rg_run *r, const char *report_link, size_t limit, rg_buf *out)
{
    rg_buf body = {0};
    /* Reserve is kept below the limit; a tiny limit still gets the verdict
     * and the link. */
    md m = {.out = &body, .limit = limit > RESERVE ? limit : RESERVE};
    size_t nerr = 0, nwarn = 0, ferr = 0;
    for (size_t i = 0; i < r->nverdicts; i++) {
        nerr += strcmp(r->verdicts[i].verdict, "error") == 0;
        nwarn += strcmp(r->verdicts[i].verdict, "warning") == 0;
    }
    for (size_t i = 0; i < r->nfindings; i++) ferr += r->findings[i].sev == RG_SEV_ERROR;
    bool good = strcmp(r->verdict, "compatible") == 0;
    rg_buf_printf(&body, "### rollgate: %s\n\n",
                  good ? "✅ safe to ship" : strcmp(r->verdict, "error") == 0 ? "⛔ error" : "❌ not proven safe");
    rg_buf_printf(&body, "**%s** (exit %d): %zu changes planned as %zu steps in %zu stages for PostgreSQL %d; "
                         "%zu queries checked at every stage: %zu breaking, %zu warnings; %zu error findings",
                  good ? "COMPATIBLE" : strcmp(r->verdict, "error") == 0 ? "ERROR" : "INCOMPATIBLE", r->exit_code,
                  r->nchanges, r->nsteps, r->nstages, r->pg_version, r->nverdicts, nerr, nwarn, ferr);
    if (r->nunproven) rg_buf_printf(&body, "; %zu things rollgate could not prove", r->nunproven);
    rg_buf_puts(&body, ".\n\n");
    stages(&m, r);
    breaking(&m, r, nerr);
    risky(&m, r);
    unproven(&m, r);
    rg_buf_printf(&body, "---\nFull report: ");
    if (report_link && *report_link) {
        rg_buf_puts(&body, "[report.html](");
        put_url(&body, report_link);
        rg_buf_putc(&body, ')');
    } else rg_buf_puts(&body, "report.html in the run's output folder");
    rg_buf_printf(&body, " · ledger run %lld · apps ", (long long)r->id);
    put_text(&body, r->apps, 200);
    rg_buf_putc(&body, '\n');
    rg_buf_put(out, body.s, body.len);
    rg_buf_free(&body);
}
