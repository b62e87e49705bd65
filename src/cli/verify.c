/*
 * verify.c — `rollgate verify OLD NEW [plan options] [server options]`:
 * the pipeline of `plan` (the same call, so the same plan byte for byte),
 * then a replay on a real PostgreSQL (librollgate's verify module);
 * verification.csv and verification_steps.csv are published with the
 * plan's files. Exit 0 when the server agrees with every prediction and
 * the plan is clean, 1 on any disagreement or error-level finding (the
 * replay still runs as far as it can), 2 on bad input or when no server
 * can be used (nothing written), 3 on an internal error.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>

static const char USAGE[] =
    "usage: rollgate verify OLD NEW [--app NAME=PATH]... [plan options] [server options]\n"
    "       rollgate plan OLD NEW ... --verify [server options]   (the same)\n"
    "\n"
    "Builds the plan like 'rollgate plan', then replays it on a real PostgreSQL:\n"
    "loads OLD and a few rows, applies every stage, measures each step's locks,\n"
    "rewrites and duration, prepares every live query after every stage, checks\n"
    "that the result equals NEW and that the downs give OLD back. Every\n"
    "disagreement with rollgate's prediction is an error (exit 1).\n"
    "plan options: --app, --rename, --rename-table, --backfill, --pg-version,\n"
    "  --lock-timeout, --batch-size, --batch-pause, --statement-timeout, --allow-lossy,\n"
    "  --allow-drop, --models DIR, --out DIR (see 'rollgate plan --help')\n"
    "server options:\n"
    "  --pg-url URL     an existing server: scratch databases rollgate_verify_* are\n"
    "                   created and dropped there; refused when URL's database holds\n"
    "                   tables, unless --force. Leave the password out of URL: libpq\n"
    "                   reads it from PGPASSWORD or ~/.pgpass (PGPASSFILE). One in URL\n"
    "                   is used but shows in ps; rollgate records and prints it as ***\n"
    "  --pg-bin DIR     PostgreSQL binaries for a throwaway cluster (default:\n"
    "                   pg_config --bindir); without --pg-url a cluster is initdb'd\n"
    "                   into a temp dir (unix socket only) and removed at exit\n"
    "  --seed FILE      SQL rows for the old schema (default: generated rows)\n"
    "  --force          use a --pg-url database that already holds tables\n"
    "  --verbose, -v    also print notes\n"
    "evidence: --ledger FILE (DIR/rollgate.db), --junit FILE, --sarif FILE,\n"
    "  --format text|json|markdown, --summary-md FILE, --report-url URL,\n"
    "  --stats FILE, --stats-from URL: as for plan\n"
    "writes into --out: what 'plan' writes, compatibility.csv (the predictions),\n"
    "report.html and the ledger, plus verification.csv\n"
    "(stage,app,query,predicted,observed,agree; step rows have app '-') and\n"
    "verification_steps.csv (each step's target, locks, rewrite; deterministic: the\n"
    "measured durations are kept in the ledger and report.html only).\n";

int rg_cli_verify(int argc, char **argv)
{
    rg_cli_opts *o = rg_xcalloc(1, sizeof *o);
    int code = rg_cli_parse_opts(o, "verify", argc, argv, USAGE);
    if (code < 0) code = rg_cli_run_plan(o);
    rg_cli_opts_free(o);
    free(o);
    return code;
}
