/*
 * util.c — helpers the subcommands share: exit-code mapping, option
 * parsing, loading the input snapshots, writing the finished output,
 * printing diagnostics, the recorded command line, and the process's
 * signal handling around a library run.
 * Output is always built in memory first, so a failure never leaves half
 * an output behind.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rollgate/report.h"
#include "rollgate/stats.h"

int rg_cli_exit_for(int rc)
{
    switch (rc) {
    case RG_OK: return RG_EXIT_OK;
    case RG_EINPUT:
    case RG_EIO:
    case RG_EUSAGE: return RG_EXIT_INPUT;
    default: return RG_EXIT_INTERNAL;
    }
}

int rg_cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rg_buf msg = {0};
    rg_buf_vprintf(&msg, fmt, ap);
    va_end(ap);
    char *shown = rg_redact_secrets(rg_buf_cstr(&msg)); /* a mistyped --pg-url comes back here */
    fprintf(stderr, "rollgate %s: %s", cmd, shown);
    free(shown);
    rg_buf_free(&msg);
    fprintf(stderr, "\nTry 'rollgate %s --help'.\n", cmd);
    return RG_EXIT_INPUT;
}

int rg_cli_opt_value(int argc, char **argv, int *i, const char *name, const char **value)
{
    const char *a = argv[*i];
    size_t n = strlen(name);
    if (strncmp(a, name, n) != 0) return 0;
    if (a[n] == '=') {
        *value = a + n + 1;
        return 1;
    }
    if (a[n] != 0) return 0;
    if (*i + 1 >= argc) return -1;
    *value = argv[++*i];
    return 1;
}

int rg_cli_load(rg_cli_inputs *in, const char *const *paths, size_t n, bool verbose)
{
    memset(in, 0, sizeof *in);
    in->parser = rg_parser_new();
    in->cats = rg_xcalloc(n ? n : 1, sizeof *in->cats);
    in->n = n;
    rg_script *scripts = rg_xcalloc(n ? n : 1, sizeof *scripts);
    rg_diags d = {0};
    int rc = rg_parse_paths(in->parser, scripts, paths, n, &d);
    bool parsed = rc == RG_OK;
    for (size_t i = 0; parsed && i < n; i++) in->cats[i] = rg_catalog_new();
    if (parsed && n == 2) {
        /* old and new: one per core */
        rc = rg_catalog_apply_pair(in->cats[0], &scripts[0], in->cats[1], &scripts[1], &d);
    }
    for (size_t i = 0; parsed && n != 2 && i < n; i++) {
        /* Keep going after a bad file so every file's errors are shown. */
        int r = rg_catalog_apply(in->cats[i], &scripts[i], &d);
        if (r != RG_OK && rc == RG_OK) rc = r;
    }
    rg_diags_print(&d, stderr, verbose ? RG_SEV_NOTE : RG_SEV_WARNING);
    if (rc == RG_OK && d.nerrors) rc = RG_EINPUT;
    rg_diags_free(&d);
    free(scripts);
    return rg_cli_exit_for(rc);
}

void rg_cli_inputs_free(rg_cli_inputs *in)
{
    for (size_t i = 0; i < in->n; i++) rg_catalog_free(in->cats[i]);
    free(in->cats);
    rg_parser_free(in->parser);
    memset(in, 0, sizeof *in);
}

int rg_cli_write_stdout(const rg_buf *out)
{
    if (out->len && fwrite(out->s, 1, out->len, stdout) != out->len) goto fail;
    if (fflush(stdout) != 0) goto fail;
    return RG_EXIT_OK;
fail:
    fputs("rollgate: cannot write to standard output\n", stderr);
    return RG_EXIT_INPUT;
}

void rg_cli_print_diags(const rg_diags *d, bool verbose)
{
    rg_diags_print(d, stderr, verbose ? RG_SEV_NOTE : RG_SEV_WARNING);
}

/* The process's argv, for the command line the ledger records. */
static int g_argc;
static char **g_argv;

void rg_cli_set_argv(int argc, char **argv)
{
    g_argc = argc;
    g_argv = argv;
}

/* Shell-quoted argv, passwords redacted: what to type to run it again. */
void rg_cli_command_line(rg_buf *b)
{
    rg_command_line(b, g_argc, g_argv);
}

int rg_cli_summaries(const rg_cli_opts *o, const rg_run *r, const char *report_path, rg_buf *out)
{
    if (o->json) rg_report_summary_json(r, report_path, out);
    else if (o->markdown) rg_report_markdown(r, o->report_url, RG_MARKDOWN_LIMIT, out);
    else rg_report_summary(r, report_path, isatty(STDOUT_FILENO) && !getenv("NO_COLOR"), out);
    if (!o->summary_md) return RG_EXIT_OK;
    rg_buf md = {0};
    rg_report_markdown(r, o->report_url, RG_MARKDOWN_LIMIT, &md);
    rg_diags d = {0};
    int rc = rg_report_write_file(o->summary_md, &md, &d);
    rg_cli_print_diags(&d, false);
    rg_diags_free(&d);
    rg_buf_free(&md);
    return rg_cli_exit_for(rc);
}

static void on_signal(int sig)
{
    rg_run_interrupt(sig);
}

static void verify_cleanup_at_exit(void)
{
    rg_verify_cleanup();
}

int rg_cli_guarded(int (*run)(void *ctx), void *ctx)
{
    static const int SIGNALS[] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction sa, old[3];
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sa.sa_flags = SA_RESETHAND; /* a second Ctrl-C ends the process at once */
    sigemptyset(&sa.sa_mask);
    atexit(verify_cleanup_at_exit);
    for (int i = 0; i < 3; i++) sigaction(SIGNALS[i], &sa, &old[i]);
    int code = run(ctx);
    for (int i = 0; i < 3; i++) sigaction(SIGNALS[i], &old[i], NULL);
    int sig = rg_run_interrupted();
    if (sig) {
        /* The run has unwound (nothing published, servers cleaned up):
         * end as the signal would have. */
        fflush(stdout);
        signal(sig, SIG_DFL);
        raise(sig);
    }
    return code;
}

void rg_cli_notify(void *ctx, bool transient, const char *line)
{
    rg_cli_progress *p = ctx;
    if (transient && !p->tty) return;
    if (p->dirty) fputs("\r\033[K", stderr);
    p->dirty = transient;
    fprintf(stderr, transient ? "rollgate %s: %s" : "rollgate %s: %s\n", p->cmd, line);
    fflush(stderr);
}
