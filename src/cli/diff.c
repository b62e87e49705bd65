/*
 * diff.c — `rollgate diff OLD NEW [--format text|csv|json] [--exit-code]
 * [--verbose]`: the changes between two snapshots. Exit 0 when done (even
 * with changes), 1 with --exit-code when there are changes, 2 on bad input.
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "rollgate/diff.h"

static const char USAGE[] =
    "usage: rollgate diff OLD NEW [--format text|csv|json] [--exit-code] [--verbose]\n"
    "\n"
    "Prints the changes from schema OLD to schema NEW (each a .sql file or a folder\n"
    "of migrations), in an order that is safe to apply.\n"
    "  --format text|csv|json  output format (default text; csv = changes.csv)\n"
    "  --exit-code             exit 1 when there are changes\n"
    "  --verbose, -v           also print notes (statements not modelled)\n";

typedef struct diff_args {
    const char *paths[2];
    int npaths;
    const char *format;
    bool exit_code, verbose;
} diff_args;

static int take_option(diff_args *a, int argc, char **argv, int *i)
{
    const char *arg = argv[*i], *v = NULL;
    int m = rg_cli_opt_value(argc, argv, i, "--format", &v);
    if (m < 0) return rg_cli_usage_error("diff", "--format needs a value (text, csv or json)");
    if (m > 0) a->format = v;
    else if (strcmp(arg, "--exit-code") == 0) a->exit_code = true;
    else if (strcmp(arg, "--verbose") == 0 || strcmp(arg, "-v") == 0) a->verbose = true;
    else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
        fputs(USAGE, stdout);
        return RG_EXIT_OK;
    } else {
        return rg_cli_usage_error("diff", "unknown option '%s'", arg);
    }
    return -1;
}

/* Returns -1 when parsed (go on), else an exit code to return now. */
static int parse_args(diff_args *a, int argc, char **argv)
{
    bool only_paths = false;
    a->format = "text";
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (only_paths || arg[0] != '-' || strcmp(arg, "-") == 0) {
            if (a->npaths == 2) return rg_cli_usage_error("diff", "unexpected argument '%s'", arg);
            a->paths[a->npaths++] = arg;
        } else if (strcmp(arg, "--") == 0) {
            only_paths = true;
        } else {
            int code = take_option(a, argc, argv, &i);
            if (code >= 0) return code;
        }
    }
    if (strcmp(a->format, "text") != 0 && strcmp(a->format, "csv") != 0 &&
        strcmp(a->format, "json") != 0)
        return rg_cli_usage_error("diff", "unknown format '%s' (text, csv or json)", a->format);
    if (a->npaths < 2) return rg_cli_usage_error("diff", "missing %s", a->npaths ? "NEW" : "OLD and NEW");
    return -1;
}

static int render(const rg_diff *d, const char *format, rg_buf *out)
{
    if (strcmp(format, "csv") == 0) return rg_diff_write_csv(d, out);
    if (strcmp(format, "json") == 0) rg_diff_write_json(d, out);
    else rg_diff_write_text(d, out);
    return RG_OK;
}

int rg_cli_diff(int argc, char **argv)
{
    diff_args a = {0};
    int code = parse_args(&a, argc, argv);
    if (code >= 0) return code;
    rg_cli_inputs in;
    code = rg_cli_load(&in, a.paths, 2, a.verbose);
    rg_diff *d = NULL;
    rg_buf out = {0};
    if (code != RG_EXIT_OK) goto done;
    int rc = rg_diff_catalogs(&d, in.cats[0], in.cats[1]);
    if (rc == RG_OK) rc = render(d, a.format, &out);
    if (rc != RG_OK) {
        fprintf(stderr, "rollgate diff: internal error while diffing (%d)\n", rc);
        code = RG_EXIT_INTERNAL;
        goto done;
    }
    code = rg_cli_write_stdout(&out);
    if (code == RG_EXIT_OK && a.exit_code && d->n) code = RG_EXIT_FOUND;
done:
    rg_buf_free(&out);
    rg_diff_free(d);
    rg_cli_inputs_free(&in);
    return code;
}
