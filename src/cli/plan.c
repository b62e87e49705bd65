/*
 * plan.c — `rollgate plan OLD NEW [--app NAME=PATH]... [options]`: the
 * library's pipeline (rg_run_plan) plans the change from OLD to NEW as
 * expand–contract stages, checks the plan against the interpreter (ups give
 * NEW, downs give OLD back), simulates the rolling deploy, and publishes the
 * migrations, CSV files, ledger row and report into --out. This file parses
 * the options (opts.c), prints the summary and maps the result to the exit
 * code; `verify` and `plan --verify` run the same pipeline through
 * rg_cli_run_plan. Exit 0 when done without error-level findings, 1 with
 * one, 2 on bad input (nothing written), 3 on an internal error.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rollgate/report.h"

#ifndef RG_VERSION
#define RG_VERSION "0.0.0"
#endif

static const char USAGE[] =
    "usage: rollgate plan OLD NEW [--app NAME=PATH]... [options]\n"
    "\n"
    "Plans the change from schema OLD to schema NEW as expand-contract stages\n"
    "around the deploy and writes the migrations (up and down) and CSV files.\n"
    "  --app NAME=PATH                  an app version's queries, in release order\n"
    "                                   (default: two apps named old and new)\n"
    "  --rename [SCHEMA.]TABLE.OLD=NEW  column rename hint\n"
    "  --rename-table [SCHEMA.]OLD=NEW  table rename hint\n"
    "  --backfill [SCHEMA.]TABLE.COLUMN=SQL  value of a new NOT NULL column for\n"
    "                                   existing rows and old-version inserts\n"
    "  --pg-version N                   target server major version, 11-17 (15)\n"
    "  --lock-timeout DURATION          SET lock_timeout of every transactional file (5s)\n"
    "  --batch-size N                   rows per backfill batch (1000)\n"
    "  --batch-pause DURATION           pause between backfill batches (5ms)\n"
    "  --statement-timeout DURATION     SET statement_timeout of no-transaction files (0: none)\n"
    "  --allow-lossy                    plan narrowing type changes (validated first) without an error\n"
    "  --allow-drop [SCHEMA.]TABLE[.COLUMN]  a dropped table or column whose data may go\n"
    "  --out DIR                        output folder (reports/<timestamp>)\n"
    "  --models DIR                     lock model override (DIR/pg/locks.csv, ...)\n"
    "  --ledger FILE                    SQLite ledger to append the run to (DIR/rollgate.db)\n"
    "  --emit FORMAT                    also write the migrations as FORMAT's files into\n"
    "                                   DIR/FORMAT/: golang-migrate, dbmate, flyway, sqitch,\n"
    "                                   rails (rollgate: only DIR/migrations, the default)\n"
    "  --after VERSION                  --emit: number the files after this version (0)\n"
    "  --after-dir DIR                  --emit: ... after the highest version in DIR (sqitch:\n"
    "                                   DIR/sqitch.plan, which the emitted plan extends)\n"
    "  --junit FILE                     also write JUnit XML (a test case per stage, app, query)\n"
    "  --sarif FILE                     also write SARIF 2.1.0 (findings at file:line)\n"
    "  --stats FILE                     table sizes, CSV schema,table,rows,bytes: estimated\n"
    "                                   durations, and risk graded by size\n"
    "  --stats-from URL                 table sizes from a server's catalog (read-only)\n"
    "  --format text|json|markdown      the closing summary on standard output (text)\n"
    "  --summary-md FILE                also write the pull-request summary (Markdown)\n"
    "  --report-url URL                 the full report's address, for the Markdown's link\n"
    "  --verbose, -v                    also print notes\n"
    "  --verify [--pg-url URL|--pg-bin DIR] [--seed FILE]  also replay the plan on a real\n"
    "                                   PostgreSQL (see 'rollgate verify --help')\n";

static void print_summary(const rg_plan *p, const rg_diff *d, const char *out, rg_buf *b)
{
    size_t errors = 0;
    for (size_t i = 0; i < p->nfindings; i++) errors += p->findings[i].sev == RG_SEV_ERROR;
    rg_buf_printf(b, "rollgate plan: %zu changes, %zu stages, %zu files, %zu steps -> %s\n", d->n, p->nstages,
                  2 * p->nfiles, p->nsteps, out);
    for (size_t i = 0; i < p->nstages; i++) {
        const rg_plan_stage *s = &p->stages[i];
        rg_buf_printf(b, "  stage %d %s (%s; apps %s)\n", s->index, s->name,
                      s->kind == RG_STAGE_BASELINE ? "baseline" : s->kind == RG_STAGE_DEPLOY ? "deploy" : "migration",
                      s->apps);
        for (size_t j = 0; j < s->nfiles; j++)
            rg_buf_printf(b, "    migrations/%s.up.sql%s (%zu steps)\n", s->files[j]->name,
                          s->files[j]->no_transaction ? " [no-transaction]" : "", s->files[j]->nsteps);
    }
    if (p->nfindings) rg_buf_printf(b, "findings (%zu errors):\n", errors);
    for (size_t i = 0; i < p->nfindings; i++) {
        const rg_finding *f = &p->findings[i];
        rg_buf_printf(b, "  %s %s: %s\n", f->sev == RG_SEV_ERROR ? "error" : f->sev == RG_SEV_WARNING ? "warning" : "note",
                      f->code, f->msg);
    }
}

static void print_verify_summary(const rg_verify *v, const char *out, bool verbose, rg_buf *b)
{
    size_t agree_rows = 0, agree_steps = 0;
    for (size_t i = 0; i < v->nrows; i++) agree_rows += v->rows[i].agree;
    for (size_t i = 0; i < v->nsteps; i++) agree_steps += v->steps[i].agree;
    rg_buf_printf(b, "rollgate verify: PostgreSQL %s: %zu/%zu query verdicts and %zu/%zu steps agree; "
                     "final catalog %s NEW; downs %s OLD -> %s\n",
                  v->server_version, agree_rows, v->nrows, agree_steps, v->nsteps,
                  !v->compared_new ? "not compared with" : v->final_matches_new ? "equals" : "DIFFERS FROM",
                  !v->compared_old ? "not checked against" : v->downs_give_old ? "give back" : "DO NOT give back", out);
    for (size_t i = 0; i < v->nfindings; i++) {
        const rg_finding *f = &v->findings[i];
        if (f->sev == RG_SEV_NOTE && !verbose) continue;
        rg_buf_printf(b, "  %s %s: %s\n", rg_severity_name(f->sev), f->code, f->msg);
    }
}

typedef struct pipeline_call {
    const rg_run_opts *opts;
    rg_run_result *res;
} pipeline_call;

static int call_pipeline(void *ctx)
{
    pipeline_call *c = ctx;
    return rg_run_plan(c->res, c->opts);
}

int rg_cli_run_plan(rg_cli_opts *o)
{
    rg_buf cmdline = {0};
    rg_cli_command_line(&cmdline);
    o->run.command_line = rg_buf_cstr(&cmdline);
    o->run.tool_version = RG_VERSION;
    rg_cli_progress pr = {.cmd = o->cmd, .tty = isatty(STDERR_FILENO)};
    o->verify.notify = o->run.notify = rg_cli_notify;
    o->verify.notify_ctx = o->run.notify_ctx = &pr;
    const char *timing = getenv("RG_TIMING"); /* benchmarks: per-stage figures */
    o->run.timing = timing && *timing && *timing != '0';
    rg_run_result res;
    pipeline_call call = {&o->run, &res};
    int rc = rg_cli_guarded(call_pipeline, &call);
    if (pr.dirty) fputs("\r\033[K", stderr);
    rg_cli_print_diags(&res.diags, o->verbose);
    int code = rg_cli_exit_for(rc);
    if (rc == RG_OK) {
        rg_buf b = {0};
        if (!o->json && !o->markdown) {
            print_summary(res.plan, res.diff, o->run.out, &b);
            if (res.verify) print_verify_summary(res.verify, o->run.out, o->verbose, &b);
        }
        if (!o->json && !o->markdown && res.emit.folder[0])
            rg_buf_printf(&b, "emitted %s/%s/: versions up to %s; before the deploy up to %s (%s)\n", o->run.out,
                          res.emit.folder, res.emit.last[0] ? res.emit.last : "(none)",
                          res.emit.before_deploy[0] ? res.emit.before_deploy : "(none)", res.emit.tool_hint);
        code = rg_cli_summaries(o, res.run, res.report_path, &b);
        if (code == RG_EXIT_OK) code = rg_cli_write_stdout(&b);
        rg_buf_free(&b);
        if (code == RG_EXIT_OK && res.incompatible) code = RG_EXIT_FOUND;
    }
    rg_run_result_free(&res);
    rg_buf_free(&cmdline);
    return code;
}

int rg_cli_plan(int argc, char **argv)
{
    rg_cli_opts *o = rg_xcalloc(1, sizeof *o);
    int code = rg_cli_parse_opts(o, "plan", argc, argv, USAGE);
    if (code < 0) code = rg_cli_run_plan(o);
    rg_cli_opts_free(o);
    free(o);
    return code;
}
