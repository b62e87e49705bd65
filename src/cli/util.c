/*
 * util.c — helpers the subcommands share: exit-code mapping, option
 * parsing, loading the input snapshots, writing the finished output.
 * Output is always built in memory first, so a failure never leaves half
 * an output behind.
 */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
