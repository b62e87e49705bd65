/*
 * main.c — the `rollgate` executable: dispatches to one subcommand per
 * file (catalog.c, diff.c, ...) and owns process-wide setup and teardown.
 * Exit codes are the contract's: 0 ok, 1 incompatibility (or changes with
 * diff --exit-code), 2 bad input or usage, 3 internal error.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "rollgate/parse.h"

#ifndef RG_VERSION
#define RG_VERSION "0.0.0"
#endif

static const char USAGE[] =
    "usage: rollgate <command> [arguments]\n"
    "\n"
    "Checks whether a PostgreSQL schema change can roll out while the old and the\n"
    "new application run side by side.\n"
    "\n"
    "commands:\n"
    "  diff OLD NEW [--format text|csv|json] [--exit-code]   changes between two schemas\n"
    "  catalog FILE [--format sql|json]                      a schema as canonical DDL\n"
    "  check SCHEMA --app NAME=PATH...                       every query against one schema\n"
    "  plan OLD NEW [--app NAME=PATH]... [options]           expand-contract migrations\n"
    "                                                        (--emit TOOL: as golang-migrate,\n"
    "                                                        dbmate, flyway, sqitch or rails files)\n"
    "  report --ledger FILE [--run N] --out DIR              re-render a past run's evidence\n"
    "  verify OLD NEW [plan options] [--pg-url URL]          replay the plan on a real PostgreSQL\n"
    "  review BASE MIGRATIONS --app NAME=PATH... [options]   check hand-written migrations\n"
    "  runs --ledger FILE                                    the runs recorded in a ledger\n"
    "\n"
    "OLD, NEW, FILE: a .sql file (pg_dump --schema-only, structure.sql, DDL) or a\n"
    "folder of migrations. 'rollgate <command> --help' shows a command's options.\n"
    "\n"
    "exit codes: 0 ok, 1 incompatibility found (diff --exit-code: changes found),\n"
    "2 bad input or usage, 3 internal error.\n"
    "  --help, -h     this help\n"
    "  --version      the version\n";

static const struct {
    const char *name;
    int (*run)(int argc, char **argv);
} COMMANDS[] = {
    {"diff", rg_cli_diff},
    {"catalog", rg_cli_catalog},
    {"plan", rg_cli_plan},
    {"check", rg_cli_check},
    {"report", rg_cli_report},
    {"runs", rg_cli_runs},
    {"verify", rg_cli_verify},
    {"review", rg_cli_review},
};

static int dispatch(int argc, char **argv)
{
    if (argc < 2) {
        fputs(USAGE, stderr);
        return RG_EXIT_INPUT;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(USAGE, stdout);
        return RG_EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("rollgate %s\n", RG_VERSION);
        return RG_EXIT_OK;
    }
    for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++)
        if (strcmp(cmd, COMMANDS[i].name) == 0) return COMMANDS[i].run(argc - 1, argv + 1);
    fprintf(stderr, "rollgate: unknown command '%s'\nTry 'rollgate --help'.\n", cmd);
    return RG_EXIT_INPUT;
}

typedef struct cmdline {
    int argc;
    char **argv;
} cmdline;

static int run(void *arg)
{
    cmdline *c = arg;
    return dispatch(c->argc, c->argv);
}

int main(int argc, char **argv)
{
    rg_cli_set_argv(argc, argv);
    /* On a stack sized for the nesting limit, not `ulimit -s`. */
    cmdline c = {argc, argv};
    int code = rg_run_with_stack(RG_STACK_BYTES, run, &c);
    /* libpg_query keeps per-thread memory: a thread's is freed at its exit;
     * this releases the main thread's if the command ran here after all
     * (pg_query_exit(), only if this thread ever parsed: libpg_query
     * crashes otherwise). */
    rg_parse_shutdown();
    return code;
}
