/*
 * report.c — `rollgate report --ledger FILE [--run N] --out DIR`: re-renders
 * a past run from its ledger (report.html, the CSV files, the migrations,
 * and --junit / --sarif files) through the library (rg_run_report), byte
 * for byte what the run itself wrote, published into DIR like a run's
 * outputs.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "rollgate/report.h"

static const char REPORT_USAGE[] =
    "usage: rollgate report --ledger FILE [--run N] --out DIR [options]\n"
    "\n"
    "Re-creates the evidence of a past `rollgate plan` run from its ledger:\n"
    "report.html, the CSV files and the migrations, byte for byte.\n"
    "  --ledger FILE          the SQLite ledger (plan's DIR/rollgate.db by default)\n"
    "  --run N                the run to render (default: the latest; see `rollgate runs`)\n"
    "  --out DIR              where to write (created if missing)\n"
    "  --junit FILE           also write JUnit XML (one test case per stage, app, query)\n"
    "  --sarif FILE           also write SARIF 2.1.0 (findings at file:line)\n"
    "  --format text|json|markdown  the summary on standard output (text)\n"
    "  --summary-md FILE      also write the pull-request summary (Markdown)\n"
    "  --report-url URL       the full report's address, for the Markdown's link\n";

typedef struct report_call {
    rg_cli_opts *o;
    rg_run **run;
    rg_diags *d;
} report_call;

static int call_report(void *ctx)
{
    report_call *c = ctx;
    const rg_run_opts *r = &c->o->run;
    return rg_run_report(c->run, c->d, r, c->o->run_id);
}

int rg_cli_report(int argc, char **argv)
{
    rg_cli_opts *o = rg_xcalloc(1, sizeof *o);
    int code = rg_cli_parse_opts(o, "report", argc, argv, REPORT_USAGE);
    rg_run *r = NULL;
    rg_diags d = {0};
    rg_cli_progress pr = {.cmd = "report"};
    o->run.notify = rg_cli_notify;
    o->run.notify_ctx = &pr;
    if (code < 0) {
        report_call call = {o, &r, &d};
        int rc = rg_cli_guarded(call_report, &call);
        rg_cli_print_diags(&d, false);
        code = rg_cli_exit_for(rc);
    }
    if (code == RG_EXIT_OK && r) { /* r is NULL after --help */
        rg_buf html = {0}, b = {0};
        if (o->run.out) rg_buf_printf(&html, "%s/report.html", o->run.out);
        code = rg_cli_summaries(o, r, rg_buf_cstr(&html), &b);
        if (code == RG_EXIT_OK) code = rg_cli_write_stdout(&b);
        if (code == RG_EXIT_OK && r->exit_code == RG_EXIT_FOUND) code = RG_EXIT_FOUND;
        rg_buf_free(&html);
        rg_buf_free(&b);
    }
    rg_run_free(r);
    rg_diags_free(&d);
    rg_cli_opts_free(o);
    free(o);
    return code;
}
