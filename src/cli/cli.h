/*
 * cli.h — what the subcommands of the `rollgate` executable share: the
 * documented exit codes, option parsing helpers, loading the input
 * snapshots into catalogs, and writing a finished output buffer. The CLI
 * is thin: each subcommand (one file each) maps library results to exit
 * codes and prints; the work happens in librollgate.
 */
#ifndef ROLLGATE_CLI_H
#define ROLLGATE_CLI_H

#include <stdbool.h>

#include "rollgate/catalog.h"

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

/* The data-safety and pacing options of plan and verify (plan_safety.c):
 * --allow-lossy, --allow-drop [SCHEMA.]TABLE[.COLUMN] (repeatable),
 * --batch-pause DURATION, --statement-timeout DURATION. */
#include "rollgate/plan.h"
#define RG_CLI_SAFETY_MAX 256
typedef struct rg_cli_safety {
    bool allow_lossy;
    rg_drop_hint drops[RG_CLI_SAFETY_MAX];
    size_t ndrops;
    long batch_pause_ms;          /* 5 */
    const char *statement_timeout;/* "0" */
} rg_cli_safety;
void rg_cli_safety_init(rg_cli_safety *s);
/* Takes argv[*i] when it is one of these options (*matched); returns -1 to
 * go on, else the exit code of a usage error. Strings go into arena a. */
int rg_cli_safety_opt(rg_cli_safety *s, rg_arena *a, const char *cmd, int argc, char **argv, int *i,
                      bool *matched);
void rg_cli_safety_apply(const rg_cli_safety *s, rg_plan_opts *o);

/* Subcommands: argv[0] is the subcommand name. */
int rg_cli_catalog(int argc, char **argv);
int rg_cli_diff(int argc, char **argv);
int rg_cli_plan(int argc, char **argv);

/* Evidence (report.c, runs.c): the ledger, report.html, JUnit, SARIF. */
struct rg_plan;
struct rg_diff;
struct rg_sim;
struct rg_app;
/* main() hands over argv: the ledger records the command line. */
void rg_cli_set_argv(int argc, char **argv);
/* plan's --ledger/--junit/--sarif/--format: -1 when taken, else an exit code. */
int rg_cli_evidence_opt(const char *name, const char *value);
/* True when plan's summary is to be JSON (--format json): plan's own text
 * summary is then left out of standard output. */
bool rg_cli_summary_json(void);
/* Records a finished plan run in the ledger and renders report.html, the
 * CSV files, --junit/--sarif and the summary from the recorded rows.
 * sim/apps may be NULL/0. Returns the run's exit code. */
int rg_cli_plan_evidence(const struct rg_plan *p, const struct rg_diff *d, const struct rg_sim *sim,
                         const struct rg_app *apps, size_t napps, const char *const paths[2],
                         const char *out, int code);
int rg_cli_report(int argc, char **argv);
int rg_cli_runs(int argc, char **argv);
int rg_cli_check(int argc, char **argv);  /* check.c */
/* check.c: loads the --app query sets (each distinct text parsed once by
 * `parser`) into *out, allocated in `arena`; prints diagnostics and
 * returns an exit code. */
struct rg_app;
int rg_cli_load_apps(rg_parser *parser, rg_arena *arena, const char *const *names, const char *const *paths,
                     size_t n, struct rg_app **out);

#endif
