/*
 * catalog.c — `rollgate catalog FILE [--format sql|json] [--verbose]`:
 * reads one snapshot (file or migration folder) and prints the catalog it
 * builds, as canonical DDL or JSON.
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

static const char USAGE[] =
    "usage: rollgate catalog FILE [--format sql|json] [--verbose]\n"
    "\n"
    "Reads FILE (a .sql file or a folder of migrations) and prints the catalog\n"
    "it defines: canonical DDL (sql, the default) or JSON.\n"
    "  --format sql|json  output format\n"
    "  --verbose, -v      also print notes (statements not modelled)\n";

typedef struct catalog_args {
    const char *path;
    const char *format;
    bool verbose;
} catalog_args;

/* Returns -1 when parsed (go on), else an exit code to return now. */
static int parse_args(catalog_args *a, int argc, char **argv)
{
    bool only_paths = false;
    a->format = "sql";
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i], *v = NULL;
        if (only_paths || arg[0] != '-' || strcmp(arg, "-") == 0) {
            if (a->path) return rg_cli_usage_error("catalog", "unexpected argument '%s'", arg);
            a->path = arg;
            continue;
        }
        int m = rg_cli_opt_value(argc, argv, &i, "--format", &v);
        if (m < 0) return rg_cli_usage_error("catalog", "--format needs a value (sql or json)");
        if (m > 0) a->format = v;
        else if (strcmp(arg, "--") == 0) only_paths = true;
        else if (strcmp(arg, "--verbose") == 0 || strcmp(arg, "-v") == 0) a->verbose = true;
        else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            fputs(USAGE, stdout);
            return RG_EXIT_OK;
        } else {
            return rg_cli_usage_error("catalog", "unknown option '%s'", arg);
        }
    }
    if (strcmp(a->format, "sql") != 0 && strcmp(a->format, "json") != 0)
        return rg_cli_usage_error("catalog", "unknown format '%s' (sql or json)", a->format);
    if (!a->path) return rg_cli_usage_error("catalog", "missing FILE");
    return -1;
}

int rg_cli_catalog(int argc, char **argv)
{
    catalog_args a = {0};
    int code = parse_args(&a, argc, argv);
    if (code >= 0) return code;
    rg_cli_inputs in;
    const char *paths[1] = {a.path};
    code = rg_cli_load(&in, paths, 1, a.verbose);
    if (code == RG_EXIT_OK) {
        rg_buf out = {0};
        if (strcmp(a.format, "json") == 0) rg_catalog_to_json(in.cats[0], &out);
        else rg_catalog_to_sql(in.cats[0], &out);
        code = rg_cli_write_stdout(&out);
        rg_buf_free(&out);
    }
    rg_cli_inputs_free(&in);
    return code;
}
