/*
 * report.c — the evidence side of the CLI. `rollgate report --ledger FILE
 * [--run N] --out DIR` re-renders a past run from the ledger (report.html,
 * the CSV files, the migrations, and --junit / --sarif files); the same
 * code records a finished `rollgate plan` run into the ledger and renders
 * its evidence from the recorded rows (rg_cli_plan_evidence), so a plan's
 * report and a later `report` of that run are the same bytes.
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

/* The process's argv, for the command line the ledger records. */
static int g_argc;
static char **g_argv;

void rg_cli_set_argv(int argc, char **argv)
{
    g_argc = argc;
    g_argv = argv;
}

/* Options shared by `plan` and `report`. */
typedef struct evidence_opts {
    const char *ledger, *junit, *sarif;
    bool json;
} evidence_opts;

static evidence_opts g_plan_opts;

static int take_opt(evidence_opts *o, const char *cmd, const char *name, const char *v)
{
    if (strcmp(name, "--ledger") == 0) o->ledger = v;
    else if (strcmp(name, "--junit") == 0) o->junit = v;
    else if (strcmp(name, "--sarif") == 0) o->sarif = v;
    else if (strcmp(name, "--format") == 0) {
        if (strcmp(v, "json") != 0 && strcmp(v, "text") != 0)
            return rg_cli_usage_error(cmd, "bad --format '%s' (text or json)", v);
        o->json = strcmp(v, "json") == 0;
    }
    if (!*v) return rg_cli_usage_error(cmd, "%s needs a value", name);
    return -1;
}

int rg_cli_evidence_opt(const char *name, const char *value)
{
    return take_opt(&g_plan_opts, "plan", name, value);
}

/* Shell-quoted argv, passwords redacted: what to type to run it again. */
static void command_line(rg_buf *b)
{
    rg_command_line(b, g_argc, g_argv);
}

static int render_extra(const char *cmd, const rg_run *r, const evidence_opts *o)
{
    char *err = NULL;
    rg_buf b = {0};
    int rc = RG_OK;
    if (o->junit) {
        rg_report_junit(r, &b);
        rc = rg_report_write_file(o->junit, &b, &err);
    }
    if (rc == RG_OK && o->sarif) {
        rg_buf_reset(&b);
        rg_report_sarif(r, &b);
        rc = rg_report_write_file(o->sarif, &b, &err);
    }
    rg_buf_free(&b);
    if (rc != RG_OK) fprintf(stderr, "rollgate %s: %s\n", cmd, err ? err : "cannot write");
    free(err);
    return rc == RG_OK ? RG_EXIT_OK : RG_EXIT_INPUT;
}

static int print_summary(const rg_run *r, const char *report_path, const evidence_opts *o)
{
    rg_buf b = {0};
    if (o->json) rg_report_summary_json(r, report_path, &b);
    else rg_report_summary(r, report_path, isatty(STDOUT_FILENO) && !getenv("NO_COLOR"), &b);
    int code = rg_cli_write_stdout(&b);
    rg_buf_free(&b);
    return code;
}

/* Writes everything of run r; returns an exit code (the run's own when
 * all went well). */
static int render_all(const char *cmd, const rg_run *r, const char *dir, bool with_files,
                      const evidence_opts *o)
{
    char *err = NULL;
    rg_buf html = {0};
    if (dir) {
        if (rg_report_write_dir(r, dir, with_files, &err) != RG_OK) {
            fprintf(stderr, "rollgate %s: %s\n", cmd, err ? err : "cannot write the report");
            free(err);
            return RG_EXIT_INPUT;
        }
        rg_buf_printf(&html, "%s/report.html", dir);
    }
    int code = render_extra(cmd, r, o);
    if (code == RG_EXIT_OK) code = print_summary(r, rg_buf_cstr(&html), o);
    rg_buf_free(&html);
    if (code == RG_EXIT_OK && r->exit_code == RG_EXIT_FOUND) code = RG_EXIT_FOUND;
    return code;
}

int rg_cli_plan_evidence(const rg_plan *p, const rg_diff *d, const rg_sim *sim, const rg_app *apps, size_t napps,
                         const char *const paths[2], const char *out, int code)
{
    if (code >= RG_EXIT_INPUT) return code;
    rg_buf cmdline = {0}, ledger = {0};
    command_line(&cmdline);
    if (g_plan_opts.ledger) rg_buf_puts(&ledger, g_plan_opts.ledger);
    else rg_buf_printf(&ledger, "%s/rollgate.db", out);
    rg_report_meta m = {.tool_version = RG_VERSION, .command_line = rg_buf_cstr(&cmdline), .old_path = paths[0],
                        .new_path = paths[1], .pg_version = p->opts ? p->opts->pg_version : 15};
    rg_run *run = NULL, *back = NULL;
    rg_ledger *l = NULL;
    char *err = NULL;
    int rc = rg_report_collect(&run, &m, d, p, sim, apps, napps, &err);
    if (rc == RG_OK) rc = rg_ledger_open(&l, rg_buf_cstr(&ledger), true, &err);
    if (rc == RG_OK) rc = rg_ledger_record(l, run, &err);
    /* Render from what the ledger holds, not from memory: the bytes of a
     * later `rollgate report` are then the same by construction. */
    if (rc == RG_OK) rc = rg_ledger_load(l, run->id, &back, &err);
    if (rc != RG_OK) {
        fprintf(stderr, "rollgate plan: %s\n", err ? err : "cannot record the run");
        code = RG_EXIT_INPUT;
    } else {
        code = render_all("plan", back, out, false, &g_plan_opts);
    }
    free(err);
    rg_run_free(back);
    rg_run_free(run);
    rg_ledger_close(l);
    rg_buf_free(&cmdline);
    rg_buf_free(&ledger);
    return code;
}

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
    "  --format text|json     the summary on standard output (text)\n";

static int report_args(int argc, char **argv, evidence_opts *o, const char **out, long long *run)
{
    static const char *const NAMES[] = {"--ledger", "--junit", "--sarif", "--format", "--out", "--run", NULL};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(REPORT_USAGE, stdout);
            return RG_EXIT_OK;
        }
        int k, m = 0;
        const char *v = NULL;
        for (k = 0; NAMES[k] && (m = rg_cli_opt_value(argc, argv, &i, NAMES[k], &v)) == 0; k++) {}
        if (!NAMES[k]) return rg_cli_usage_error("report", "unexpected argument '%s'", argv[i]);
        if (m < 0) return rg_cli_usage_error("report", "%s needs a value", NAMES[k]);
        if (k == 4) *out = v;
        else if (k == 5) {
            char *end;
            *run = strtoll(v, &end, 10);
            if (!*v || *end || *run < 1) return rg_cli_usage_error("report", "bad --run '%s' (a run id)", v);
        } else {
            int code = take_opt(o, "report", NAMES[k], v);
            if (code >= 0) return code;
        }
    }
    if (!o->ledger) return rg_cli_usage_error("report", "--ledger FILE is required%s", "");
    if (!*out && !o->junit && !o->sarif) return rg_cli_usage_error("report", "--out DIR is required%s", "");
    if (*out && !**out) return rg_cli_usage_error("report", "--out needs a folder%s", "");
    return -1;
}

int rg_cli_report(int argc, char **argv)
{
    evidence_opts o = {0};
    const char *out = NULL;
    long long id = 0;
    int code = report_args(argc, argv, &o, &out, &id);
    if (code >= 0) return code;
    rg_ledger *l = NULL;
    rg_run *r = NULL;
    char *err = NULL;
    int rc = rg_ledger_open(&l, o.ledger, false, &err);
    if (rc == RG_OK) rc = rg_ledger_load(l, id, &r, &err);
    if (rc != RG_OK) {
        fprintf(stderr, "rollgate report: %s\n", err ? err : "cannot read the ledger");
        code = RG_EXIT_INPUT;
    } else {
        code = render_all("report", r, out, true, &o);
    }
    free(err);
    rg_run_free(r);
    rg_ledger_close(l);
    return code;
}

bool rg_cli_summary_json(void)
{
    return g_plan_opts.json;
}
