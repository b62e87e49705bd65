/*
 * runs.c — `rollgate runs --ledger FILE`: the history of a ledger, one
 * line per run (id, time, verdict, exit code, apps, inputs with the start
 * of their SHA-256), tab-separated, oldest first.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rollgate/ledger.h"

static const char USAGE[] =
    "usage: rollgate runs --ledger FILE\n"
    "\n"
    "Lists the runs recorded in a ledger: id, time (UTC), verdict, exit code,\n"
    "apps, and each input as role=path@sha256-prefix. Render one with\n"
    "`rollgate report --ledger FILE --run ID --out DIR`.\n";

int rg_cli_runs(int argc, char **argv)
{
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(USAGE, stdout);
            return RG_EXIT_OK;
        }
        const char *v;
        int m = rg_cli_opt_value(argc, argv, &i, "--ledger", &v);
        if (m < 0) return rg_cli_usage_error("runs", "--ledger needs a value%s", "");
        if (m == 0) return rg_cli_usage_error("runs", "unexpected argument '%s'", argv[i]);
        path = v;
    }
    if (!path) return rg_cli_usage_error("runs", "--ledger FILE is required%s", "");
    rg_ledger *l = NULL;
    rg_diags d = {0};
    rg_buf out = {0};
    int rc = rg_ledger_open(&l, path, false, &d);
    if (rc == RG_OK) rc = rg_ledger_list(l, &out, &d);
    rg_cli_print_diags(&d, false);
    int code = rc == RG_OK ? rg_cli_write_stdout(&out) : rg_cli_exit_for(rc);
    rg_diags_free(&d);
    rg_buf_free(&out);
    rg_ledger_close(l);
    return code;
}
