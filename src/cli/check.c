/*
 * check.c — `rollgate check SCHEMA --app NAME=PATH... [--format csv]`:
 * every query of the given app(s) checked against one schema, printed as
 * CSV `app,query,verdict,code,detail`. The simulator's checker without a
 * plan: what the differential tests against a real server call.
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "rollgate/simulate.h"

static const char USAGE[] =
    "usage: rollgate check SCHEMA --app NAME=PATH... [--format csv]\n"
    "\n"
    "Checks every query of each app (a .sql file, a folder of them, or a\n"
    "pg_stat_statements CSV export) against SCHEMA, as PostgreSQL would when\n"
    "preparing it. Prints app,query,verdict,code,detail as CSV.\n"
    "exit codes: 0 all ok or warnings, 1 an error verdict, 2 bad input.\n";

#define MAX_APPS 64

typedef struct check_args {
    const char *schema;
    const char *names[MAX_APPS];
    const char *paths[MAX_APPS];
    size_t napps;
} check_args;

static int take_app(check_args *a, const char *v)
{
    const char *eq = strchr(v, '=');
    if (!eq || eq == v || !eq[1]) return rg_cli_usage_error("check", "bad --app '%s' (want NAME=PATH)", v);
    if (a->napps == MAX_APPS) return rg_cli_usage_error("check", "too many --app options");
    static char names[MAX_APPS][128];
    size_t n = (size_t)(eq - v) < sizeof names[0] - 1 ? (size_t)(eq - v) : sizeof names[0] - 1;
    memcpy(names[a->napps], v, n);
    names[a->napps][n] = 0;
    a->names[a->napps] = names[a->napps];
    a->paths[a->napps++] = eq + 1;
    return -1;
}

static int parse_args(check_args *a, int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i], *v = NULL;
        int m = rg_cli_opt_value(argc, argv, &i, "--app", &v);
        if (m < 0) return rg_cli_usage_error("check", "--app needs NAME=PATH");
        if (m > 0) {
            int rc = take_app(a, v);
            if (rc >= 0) return rc;
            continue;
        }
        m = rg_cli_opt_value(argc, argv, &i, "--format", &v);
        if (m < 0) return rg_cli_usage_error("check", "--format needs a value (csv)");
        if (m > 0) {
            if (strcmp(v, "csv") != 0) return rg_cli_usage_error("check", "unknown format '%s' (csv)", v);
            continue;
        }
        if (!strcmp(arg, "--help") || !strcmp(arg, "-h")) {
            fputs(USAGE, stdout);
            return RG_EXIT_OK;
        }
        if (arg[0] == '-' && arg[1]) return rg_cli_usage_error("check", "unknown option '%s'", arg);
        if (a->schema) return rg_cli_usage_error("check", "unexpected argument '%s'", arg);
        a->schema = arg;
    }
    if (!a->schema) return rg_cli_usage_error("check", "missing SCHEMA");
    if (!a->napps) return rg_cli_usage_error("check", "give at least one --app NAME=PATH");
    return -1;
}

/* Loads the --app query sets (each distinct text parsed once by `parser`)
 * into *out, allocated in `arena`; prints diagnostics, returns an exit
 * code. */
static int load_apps(rg_parser *parser, rg_arena *arena, const char *const *names, const char *const *paths,
                     size_t n, rg_app **out)
{
    rg_app *apps = rg_arena_alloc(arena, (n + 1) * sizeof *apps);
    rg_diags d = {0};
    int code = RG_EXIT_OK;
    for (size_t i = 0; code == RG_EXIT_OK && i < n; i++) {
        int rc = rg_app_load(&apps[i], arena, parser, names[i], paths[i], &d);
        if (rc != RG_OK) code = rg_cli_exit_for(rc);
    }
    rg_diags_print(&d, stderr, RG_SEV_WARNING);
    rg_diags_free(&d);
    *out = code == RG_EXIT_OK ? apps : NULL;
    return code;
}

int rg_cli_check(int argc, char **argv)
{
    check_args a = {0};
    int code = parse_args(&a, argc, argv);
    if (code >= 0) return code;
    rg_cli_inputs in;
    const char *paths[1] = {a.schema};
    code = rg_cli_load(&in, paths, 1, false);
    rg_arena *arena = rg_arena_new();
    rg_app *apps = NULL;
    rg_buf out = {0};
    if (code == RG_EXIT_OK) code = load_apps(in.parser, arena, a.names, a.paths, a.napps, &apps);
    if (code == RG_EXIT_OK) {
        size_t errors = rg_check_apps_csv(in.cats[0], apps, a.napps, &out);
        code = rg_cli_write_stdout(&out);
        if (code == RG_EXIT_OK && errors) code = RG_EXIT_FOUND;
    }
    rg_buf_free(&out);
    rg_arena_free(arena);
    rg_cli_inputs_free(&in);
    return code;
}
