/*
 * cli.h — what the subcommands of the `rollgate` executable share: the
 * documented exit codes, option parsing helpers, loading the input
 * snapshots into catalogs, and writing a finished output buffer. The CLI
 * is thin: each subcommand (one file each, named for its verb) maps library
 * results to exit codes and prints; the work happens in librollgate. The
 * CLI, not the library, owns the process: signals, stdout, stderr.
 */
#ifndef ROLLGATE_CLI_H
#define ROLLGATE_CLI_H

#include <stdbool.h>

#include "rollgate/catalog.h"
#include "rollgate/run.h"

/* Exit codes of every subcommand (docs/contract.md). */
enum {
    RG_EXIT_OK = 0,          /* done; for diff: also "changes" without --exit-code */
    RG_EXIT_FOUND = 1,       /* done, and an incompatibility (diff --exit-code: changes) */
    RG_EXIT_INPUT = 2,       /* bad input or usage */
    RG_EXIT_INTERNAL = 3     /* a bug */
};

/* Maps a library error code (RG_OK, RG_EINPUT, ...) to an exit code. */
int rg_cli_exit_for(int rc);

/* Prints "rollgate CMD: message" and a hint to stderr; returns RG_EXIT_INPUT. */
int rg_cli_usage_error(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/*
 * Matches argv[*i] against a valued option: "--name VALUE" (consumes the
 * next argument) or "--name=VALUE". Returns 1 and sets *value on a match,
 * 0 when argv[*i] is another argument, -1 when the value is missing.
 */
int rg_cli_opt_value(int argc, char **argv, int *i, const char *name, const char **value);

/* Loaded inputs: one parser for all snapshots, one catalog per path. */
typedef struct rg_cli_inputs {
    rg_parser *parser;
    rg_catalog **cats;
    size_t n;
} rg_cli_inputs;

/*
 * Parses every path with one rg_parser (statements shared between the
 * snapshots are parsed once, on two threads) and builds each catalog.
 * Prints diagnostics to stderr (notes only when verbose). Returns an exit
 * code: RG_EXIT_OK or the failure's code. Release with rg_cli_inputs_free
 * in every case.
 */
int rg_cli_load(rg_cli_inputs *in, const char *const *paths, size_t n, bool verbose);
void rg_cli_inputs_free(rg_cli_inputs *in);

/* Writes a finished output to stdout in one go; returns an exit code. */
int rg_cli_write_stdout(const rg_buf *out);

/* The shared options of plan, verify, review and report (opts.c). Hints
 * grow with the schema (a 16,000-table release drops ~500 columns and
 * tables by name); the options live on the heap. */
#define RG_CLI_MAX 8192

typedef struct rg_cli_opts {
    const char *cmd;              /* "plan", "verify", "review", "report" */
    rg_run_opts run;              /* what the pipeline gets */
    rg_verify_opts verify;        /* with --verify / verify */
    bool do_verify, verbose, json, markdown;
    const char *summary_md;       /* --summary-md FILE */
    const char *report_url;       /* --report-url URL: the Markdown's link */
    long run_id;                  /* report --run N (0: the latest) */
    const char *apps[RG_CLI_MAX], *app_paths[RG_CLI_MAX];
    size_t napps;
    rg_rename_hint renames[RG_CLI_MAX], table_renames[RG_CLI_MAX];
    size_t nrenames, ntable_renames;
    rg_backfill_hint backfills[RG_CLI_MAX];
    size_t nbackfills;
    rg_drop_hint drops[RG_CLI_MAX];
    size_t ndrops;
    char outbuf[64];              /* reports/<UTC timestamp> */
    rg_arena *arena;              /* strings split off argv */
} rg_cli_opts;

/* The closing summary of a recorded run on stdout as --format asks (text,
 * json or markdown), and --summary-md FILE; report_path names
 * OUT/report.html. Returns an exit code. */
int rg_cli_summaries(const rg_cli_opts *o, const rg_run *r, const char *report_path, rg_buf *out);

/* Parses argv (argv[0] is the command). Returns -1 to go on, else the exit
 * code to return now (--help, a usage error, printed). Release with
 * rg_cli_opts_free in every case. */
int rg_cli_parse_opts(rg_cli_opts *o, const char *cmd, int argc, char **argv, const char *usage);
void rg_cli_opts_free(rg_cli_opts *o);

/* Prints diagnostics to stderr: notes only when verbose. */
void rg_cli_print_diags(const rg_diags *d, bool verbose);

/* The library's notes while it works (rg_run_opts.notify): transient lines
 * only on a terminal, rewritten in place; ctx is an rg_cli_progress. */
typedef struct rg_cli_progress {
    const char *cmd;
    bool tty, dirty;
} rg_cli_progress;
void rg_cli_notify(void *ctx, bool transient, const char *line);

/* main() hands over argv: the ledger records the command line. */
void rg_cli_set_argv(int argc, char **argv);
/* The command line, shell-quoted: what to type to run it again. */
void rg_cli_command_line(rg_buf *out);

/*
 * Runs the library call `run` with SIGINT, SIGTERM and SIGHUP routed to
 * rg_run_interrupt (the library installs no handler); when one came, ends
 * the process as the signal would once `run` has unwound. Returns run's
 * result otherwise.
 */
int rg_cli_guarded(int (*run)(void *ctx), void *ctx);

/* Subcommands: argv[0] is the subcommand name. */
int rg_cli_catalog(int argc, char **argv);
int rg_cli_diff(int argc, char **argv);
int rg_cli_plan(int argc, char **argv);
int rg_cli_verify(int argc, char **argv);
int rg_cli_report(int argc, char **argv);
int rg_cli_runs(int argc, char **argv);
int rg_cli_check(int argc, char **argv);
int rg_cli_review(int argc, char **argv);
/* plan.c: what plan, verify and plan --verify run once their options are
 * parsed. */
int rg_cli_run_plan(rg_cli_opts *o);

#endif
