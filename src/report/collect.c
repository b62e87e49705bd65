/*
 * collect.c — flattens the pipeline's values into an rg_run: the rows the
 * ledger stores and every report renders. The strings are the ones the
 * contract's CSV files carry (same lock names, same `files` lists), plus
 * what the CSV files leave out: the SQL of each migration file, the line
 * of each statement in it, and the file:line of each query for SARIF.
 */
#include "rollgate/report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *dup(rg_run *r, const char *s)
{
    return rg_arena_strdup(r->arena, s ? s : "");
}

static const char *stage_kind(rg_stagekind k)
{
    return k == RG_STAGE_BASELINE ? "baseline" : k == RG_STAGE_DEPLOY ? "deploy" : "migration";
}


static int add_inputs(rg_run *r, const rg_report_meta *m, const rg_app *apps, size_t napps, char **err)
{
    const char *bad = NULL;
    if (rg_run_add_input(r, m->review ? "base" : "old", m->old_path) != RG_OK) bad = m->old_path;
    if (!bad && rg_run_add_input(r, m->review ? "migrations" : "new", m->new_path) != RG_OK) bad = m->new_path;
    if (!bad && m->review && m->post_path && rg_run_add_input(r, "post-deploy", m->post_path) != RG_OK)
        bad = m->post_path;
    for (size_t i = 0; !bad && i < napps; i++) {
        const char *path = m->app_paths ? m->app_paths[i] : apps[i].path;
        if (!path) continue;
        char *role = rg_arena_printf(r->arena, "app:%s", apps[i].name);
        if (rg_run_add_input(r, role, path) != RG_OK) bad = path;
    }
    if (!bad && m->stats_path && rg_run_add_input(r, "stats", m->stats_path) != RG_OK) bad = m->stats_path;
    if (!bad) return RG_OK;
    rg_buf b = {0};
    rg_buf_printf(&b, "cannot read input %s to record its SHA-256", bad);
    *err = b.s;
    return RG_EIO;
}

bool rg_report_is_review(const rg_run *r)
{
    for (size_t i = 0; i < r->ninputs; i++)
        if (!strcmp(r->inputs[i].role, "migrations")) return true;
    return false;
}

static void add_changes(rg_run *r, const rg_diff *d)
{
    r->nchanges = d ? d->n : 0;
    r->changes = rg_arena_alloc(r->arena, (r->nchanges + 1) * sizeof *r->changes);
    for (size_t i = 0; i < r->nchanges; i++) {
        const rg_change *c = &d->v[i];
        r->changes[i] = (rg_run_change){c->seq, dup(r, c->kind), dup(r, c->object), dup(r, c->detail)};
    }
}

static void add_stages(rg_run *r, const rg_plan *p)
{
    r->nstages = p->nstages;
    r->stages = rg_arena_alloc(r->arena, (p->nstages + 1) * sizeof *r->stages);
    rg_buf files = {0};
    for (size_t i = 0; i < p->nstages; i++) {
        const rg_plan_stage *s = &p->stages[i];
        rg_buf_reset(&files);
        for (size_t j = 0; j < s->nfiles; j++) {
            if (s->files[j]->path) rg_buf_printf(&files, "%s%s", j ? ";" : "", s->files[j]->path);
            else rg_buf_printf(&files, "%smigrations/%s.up.sql", j ? ";" : "", s->files[j]->name);
        }
        r->stages[i] = (rg_run_stage){s->index, dup(r, s->name), stage_kind(s->kind), dup(r, s->apps),
                                      dup(r, rg_buf_cstr(&files))};
    }
    rg_buf_free(&files);
}

/* Each step's statement appears in its file's up text in run order:
 * one forward scan per file finds every statement's line. */
static void add_files_and_steps(rg_run *r, const rg_plan *p)
{
    r->nfiles = p->nfiles;
    r->files = rg_arena_alloc(r->arena, (p->nfiles + 1) * sizeof *r->files);
    r->nsteps = p->nsteps;
    r->steps = rg_arena_alloc(r->arena, (p->nsteps + 1) * sizeof *r->steps);
    rg_buf up = {0}, down = {0};
    size_t k = 0;
    for (size_t i = 0; i < p->nfiles; i++) {
        const rg_plan_file *f = p->files[i];
        rg_buf_reset(&up);
        rg_buf_reset(&down);
        /* a reviewed file (f->path): its text as written, no down */
        if (f->text) rg_buf_puts(&up, f->text);
        else rg_plan_file_up(p, f, &up);
        if (!f->path) rg_plan_file_down(p, f, &down);
        rg_run_file *rf = &r->files[i];
        *rf = (rg_run_file){f->number, f->stage->index, dup(r, f->path ? f->path : f->name), f->no_transaction,
                            dup(r, rg_buf_cstr(&up)), dup(r, rg_buf_cstr(&down))};
        const char *cursor = rf->up_sql;
        int line = 1;
        const char *path = f->path ? dup(r, f->path) : rg_arena_printf(r->arena, "migrations/%s.up.sql", f->name);
        for (size_t j = 0; j < f->nsteps && k < p->nsteps; j++, k++) {
            const rg_plan_step *s = f->steps[j];
            const rg_lockrule *lr = s->rule;
            const char *at = !s->line && s->sql && *s->sql ? strstr(cursor, s->sql) : NULL;
            int sline = s->line;
            if (at) {
                for (; cursor < at; cursor++) line += *cursor == '\n';
                sline = line;
            }
            r->steps[k] = (rg_run_step){
                .number = s->number, .stage = f->stage->index, .file = path, .line = sline,
                .statement = dup(r, s->sql), .object = dup(r, s->object),
                .lock = dup(r, lr ? lr->table_lock : "none"),
                .blocks_reads = lr && lr->blocks_reads, .blocks_writes = lr && lr->blocks_writes,
                .rewrites_table = lr && lr->rewrites_table, .scans_table = lr && lr->scans_table,
                .transactional = !f->no_transaction, .down = dup(r, s->down), .down_lossless = s->lossless,
                .notes = dup(r, s->notes), .work = dup(r, rg_work_name(s->est.work)),
                .size_known = s->est.known, .table_rows = s->est.rows, .table_bytes = s->est.bytes,
                .est_seconds = s->est.seconds};
        }
    }
    /* The plan lists steps by file, in run order, as its own steps array
     * does; steps.csv follows p->steps, so order by step number. */
    r->nsteps = k;
    for (size_t i = 1; i < r->nsteps; i++) {
        rg_run_step t = r->steps[i];
        size_t j = i;
        for (; j > 0 && r->steps[j - 1].number > t.number; j--) r->steps[j] = r->steps[j - 1];
        r->steps[j] = t;
    }
    rg_buf_free(&up);
    rg_buf_free(&down);
}

/* (app, query name) -> the query, for the file:line of each verdict. */
static void add_verdicts(rg_run *r, const rg_sim *sim, const rg_app *apps, size_t napps)
{
    if (!sim) return;
    rg_map where = {0};
    for (size_t i = 0; i < napps; i++)
        for (size_t j = 0; j < apps[i].nqueries; j++) {
            const rg_query *q = &apps[i].queries[j];
            const char *key = rg_arena_printf(r->arena, "%s\x1f%s", apps[i].name, q->name);
            if (!rg_map_get(&where, key)) rg_map_put(&where, key, (void *)q);
        }
    r->nverdicts = sim->nrows;
    r->verdicts = rg_arena_alloc(r->arena, (sim->nrows + 1) * sizeof *r->verdicts);
    rg_buf key = {0};
    for (size_t i = 0; i < sim->nrows; i++) {
        const rg_compat_row *c = &sim->rows[i];
        rg_buf_reset(&key);
        rg_buf_put(&key, c->app, strlen(c->app));
        rg_buf_put(&key, "\x1f", 1);
        rg_buf_put(&key, c->query, strlen(c->query));
        const rg_query *q = rg_map_get(&where, rg_buf_cstr(&key));
        int line = 0, col = 0;
        if (q && q->src) rg_source_linecol(q->src, q->offset, &line, &col);
        r->verdicts[i] = (rg_run_verdict){c->stage, dup(r, c->app), dup(r, c->query),
                                          rg_verdict_name(c->verdict), dup(r, c->code), dup(r, c->detail),
                                          dup(r, q && q->src ? q->src->path : ""), line};
    }
    rg_buf_free(&key);
    rg_map_free(&where);
}

static void add_findings(rg_run *r, const rg_finding *v, size_t n)
{
    rg_finding *all = rg_arena_alloc(r->arena, (r->nfindings + n + 1) * sizeof *all);
    if (r->nfindings) memcpy(all, r->findings, r->nfindings * sizeof *all);
    for (size_t i = 0; i < n; i++)
        all[r->nfindings++] = (rg_finding){v[i].sev, dup(r, v[i].code), dup(r, v[i].object), dup(r, v[i].msg),
                                           dup(r, v[i].file), v[i].line};
    r->findings = all;
}

/* A verify run: the server's findings, a closing note the report lists,
 * and what the server observed (report.html's "Verified on PostgreSQL"
 * section). */
static void add_verified(rg_run *r, const rg_verify *v)
{
    add_findings(r, v->findings, v->nfindings);
    rg_finding note = {
        .sev = RG_SEV_NOTE, .code = "verified", .object = "", .file = "",
        .msg = rg_arena_printf(r->arena,
                               "verified on PostgreSQL %s: %zu disagreements over %zu query verdicts and "
                               "%zu steps; final catalog %s NEW; downs %s OLD (verification.csv)",
                               v->server_version, v->ndisagree, v->nrows, v->nsteps,
                               !v->compared_new ? "not compared with"
                               : v->final_matches_new ? "equals" : "differs from",
                               !v->compared_old ? "not checked against"
                               : v->downs_give_old ? "give back" : "do not give back")};
    add_findings(r, &note, 1);
    r->verified = true;
    r->server_version = dup(r, v->server_version);
    r->nvrows = v->nrows;
    r->vrows = rg_arena_alloc(r->arena, (v->nrows ? v->nrows : 1) * sizeof *r->vrows);
    for (size_t i = 0; i < v->nrows; i++) {
        const rg_verify_row *x = &v->rows[i];
        r->vrows[i] = (rg_run_vrow){.stage = x->stage, .app = dup(r, x->app), .query = dup(r, x->query),
                                    .predicted = dup(r, x->predicted), .observed = dup(r, x->observed),
                                    .agree = x->agree};
    }
    r->nvsteps = v->nsteps;
    r->vsteps = rg_arena_alloc(r->arena, (v->nsteps ? v->nsteps : 1) * sizeof *r->vsteps);
    for (size_t i = 0; i < v->nsteps; i++) {
        const rg_verify_step *x = &v->steps[i];
        r->vsteps[i] = (rg_run_vstep){.step = x->step, .stage = x->stage, .target = dup(r, x->target),
                                      .predicted_lock = dup(r, x->predicted_lock),
                                      .observed_lock = dup(r, x->observed_lock),
                                      .predicted_rewrite = x->predicted_rewrite,
                                      .observed_rewrite = x->observed_rewrite, .measured = x->measured,
                                      .ms = x->ms, .agree = x->agree, .note = dup(r, x->note)};
    }
}

/* What the run could not prove: statements the catalog keeps opaque (the
 * "unmodelled" notes of loading the schemas and queries), and PL/pgSQL
 * bodies of the target schema, whose statements are not analysed (a
 * function's callers are checked against its signature only). */
static void add_unproven(rg_run *r, const rg_report_meta *m)
{
    size_t n = 0, cap = 0;
    rg_run_unproven *v = NULL;
    for (size_t i = 0; m->notes && i < m->notes->n; i++) {
        const rg_diag *g = &m->notes->v[i];
        if (strcmp(g->code, "unmodelled") != 0) continue;
        if (n == cap) {
            rg_run_unproven *w = rg_arena_alloc(r->arena, (cap = cap ? cap * 2 : 16) * sizeof *w);
            if (n) memcpy(w, v, n * sizeof *w);
            v = w;
        }
        int line = 0, col = 0;
        if (g->src) rg_source_linecol(g->src, g->offset, &line, &col);
        v[n++] = (rg_run_unproven){"opaque_statement", "", dup(r, g->msg), dup(r, g->src ? g->src->path : ""), line};
    }
    if (m->new_cat) {
        const rg_catalog *c = m->new_cat;
        for (size_t i = 0; i < c->functions.n; i++) {
            const rg_function *f = &c->functions.v[i];
            if (!f->language || strcmp(f->language, "plpgsql") != 0) continue;
            if (n == cap) {
                rg_run_unproven *w = rg_arena_alloc(r->arena, (cap = cap ? cap * 2 : 16) * sizeof *w);
                if (n) memcpy(w, v, n * sizeof *w);
                v = w;
            }
            v[n++] = (rg_run_unproven){"plpgsql_body", dup(r, f->signature),
                                       "PL/pgSQL body: its statements are not checked against each stage of the "
                                       "deploy (its callers are checked against its signature)",
                                       dup(r, m->new_path), 0};
        }
    }
    r->unproven = v;
    r->nunproven = n;
}

static int collect(rg_run **out, const rg_report_meta *m, const rg_diff *d, const rg_plan *p, const rg_sim *sim,
                   const rg_verify *v, const rg_app *apps, size_t napps, char **err)
{
    *out = NULL;
    *err = NULL;
    rg_run *r = rg_run_new();
    r->tool_version = dup(r, m->tool_version);
    r->time_utc = rg_run_now(r->arena);
    char *shown = rg_redact_secrets(m->command_line);
    r->command_line = dup(r, shown);
    free(shown);
    r->pg_version = m->pg_version;
    rg_buf names = {0};
    if (p->opts)
        for (size_t i = 0; i < p->opts->napps; i++) rg_buf_printf(&names, "%s%s", i ? ";" : "", p->opts->apps[i]);
    r->apps = dup(r, rg_buf_cstr(&names));
    rg_buf_free(&names);
    int rc = add_inputs(r, m, apps, napps, err);
    if (rc != RG_OK) {
        rg_run_free(r);
        return rc;
    }
    add_changes(r, d);
    add_stages(r, p);
    add_files_and_steps(r, p);
    add_verdicts(r, sim, apps, napps);
    add_findings(r, p->findings, p->nfindings);
    /* The simulator's explanation of each error verdict: which step broke
     * which live app; an error like the verdict it explains. */
    if (sim) add_findings(r, sim->findings, sim->nfindings);
    if (v) add_verified(r, v);
    add_unproven(r, m);
    rg_run_settle(r);
    *out = r;
    return RG_OK;
}

int rg_report_collect(rg_run **out, const rg_report_meta *m, const rg_diff *d, const rg_plan *p,
                      const rg_sim *sim, const rg_verify *v, const rg_app *apps, size_t napps, rg_diags *diags)
{
    char *err = NULL;
    int rc = collect(out, m, d, p, sim, v, apps, napps, &err);
    return rg_diags_fail(diags, rc, err);
}
