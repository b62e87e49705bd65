/*
 * review.c — `rollgate review BASE MIGRATIONS [--post-deploy MIGRATIONS]
 * --app NAME=PATH... [options]`: hand-written migrations checked against
 * the running app versions by the library's rg_run_review. This file
 * parses the options (opts.c), prints the findings at file:line and the
 * summary, and maps the result to the exit code: 0 compatible with no
 * error-level finding, 1 otherwise, 2 bad input (nothing written), 3 an
 * internal error.
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
    "usage: rollgate review BASE MIGRATIONS [--post-deploy MIGRATIONS] --app NAME=PATH... [options]\n"
    "\n"
    "Checks hand-written migrations against the running app versions: every\n"
    "statement's lock, rewrite and scan on PostgreSQL, and every query of every\n"
    "live version after every statement. MIGRATIONS run before the deploy (first\n"
    "version live), --post-deploy files after it (last version live).\n"
    "  --app NAME=PATH                  an app version's queries, in release order\n"
    "  --post-deploy PATH               migrations run after the deploy\n"
    "  --stats FILE                     table sizes, CSV schema,table,rows,bytes\n"
    "                                   (without it every existing table is assumed large)\n"
    "  --pg-version N                   target server major version, 11-17 (15)\n"
    "  --lock-timeout DURATION          the lock_timeout the safe forms set (5s)\n"
    "  --batch-size N, --batch-pause D, --statement-timeout D  as for plan, in safe forms\n"
    "  --out DIR                        output folder (reports/<timestamp>)\n"
    "  --models DIR                     lock model override (DIR/pg/locks.csv, ...)\n"
    "  --ledger FILE                    SQLite ledger to append the run to (DIR/rollgate.db)\n"
    "  --junit FILE                     also write JUnit XML\n"
    "  --sarif FILE                     also write SARIF 2.1.0 (findings at file:line)\n"
    "  --format text|json               the closing summary on standard output (text)\n"
    "  --verbose, -v                    also print notes\n"
    "Files run as their tool runs them: one transaction per file unless the file holds\n"
    "CONCURRENTLY, says -- rollgate:no-transaction (dbmate: transaction:false; Flyway:\n"
    "executeInTransaction=false in FILE.conf), or has its own BEGIN/COMMIT.\n"
    "exit codes: 0 compatible and no error-level finding, 1 otherwise, 2 bad input.\n";

static void print_findings(const rg_plan *p, const rg_sim *sim, bool verbose, rg_buf *b)
{
    size_t errors = 0, warnings = 0;
    for (size_t i = 0; i < p->nfindings; i++) {
        errors += p->findings[i].sev == RG_SEV_ERROR;
        warnings += p->findings[i].sev == RG_SEV_WARNING;
    }
    rg_buf_printf(b, "rollgate review: %zu files, %zu statements, %zu errors, %zu warnings", p->nfiles, p->nsteps,
                  errors, warnings);
    if (sim) rg_buf_printf(b, "; %zu query verdicts, %zu errors", sim->nrows, sim->nerrors);
    rg_buf_puts(b, "\n");
    for (size_t i = 0; i < p->nfindings; i++) {
        const rg_finding *f = &p->findings[i];
        if (f->sev == RG_SEV_NOTE && !verbose) continue;
        if (f->file && *f->file) rg_buf_printf(b, "%s:%d: ", f->file, f->line);
        rg_buf_printf(b, "%s %s: ", rg_severity_name(f->sev), f->code);
        /* The safe form may run to many lines: printed with -v; it is in
         * steps.csv, report.html and the SARIF file in any case. */
        const char *m = f->msg, *nl = strchr(m, '\n');
        if (nl && !verbose) {
            rg_buf_put(b, m, (size_t)(nl - m));
            rg_buf_puts(b, " (-v prints it; also in steps.csv and report.html)");
        } else {
            for (; *m; m++) {
                rg_buf_putc(b, *m);
                if (*m == '\n' && m[1]) rg_buf_puts(b, "    ");
            }
        }
        rg_buf_puts(b, "\n");
    }
}

typedef struct review_call {
    const rg_run_opts *opts;
    rg_run_result *res;
} review_call;

static int call_review(void *ctx)
{
    review_call *c = ctx;
    return rg_run_review(c->res, c->opts);
}

int rg_cli_review(int argc, char **argv)
{
    rg_cli_opts *o = rg_xcalloc(1, sizeof *o);
    int code = rg_cli_parse_opts(o, "review", argc, argv, USAGE);
    if (code >= 0) goto done;
    rg_buf cmdline = {0};
    rg_cli_command_line(&cmdline);
    o->run.command_line = rg_buf_cstr(&cmdline);
    o->run.tool_version = RG_VERSION;
    o->run.verify = NULL;
    rg_cli_progress pr = {.cmd = o->cmd, .tty = isatty(STDERR_FILENO)};
    o->run.notify = rg_cli_notify;
    o->run.notify_ctx = &pr;
    rg_run_result res;
    review_call call = {&o->run, &res};
    int rc = rg_cli_guarded(call_review, &call);
    if (pr.dirty) fputs("\r\033[K", stderr);
    rg_cli_print_diags(&res.diags, o->verbose);
    code = rg_cli_exit_for(rc);
    if (rc == RG_OK) {
        rg_buf b = {0};
        if (o->json) {
            rg_report_summary_json(res.run, res.report_path, &b);
        } else {
            print_findings(res.plan, res.sim, o->verbose, &b);
            rg_report_summary(res.run, res.report_path, isatty(STDOUT_FILENO) && !getenv("NO_COLOR"), &b);
        }
        code = rg_cli_write_stdout(&b);
        rg_buf_free(&b);
        if (code == RG_EXIT_OK && res.incompatible) code = RG_EXIT_FOUND;
    }
    rg_run_result_free(&res);
    rg_buf_free(&cmdline);
done:
    rg_cli_opts_free(o);
    free(o);
    return code;
}
