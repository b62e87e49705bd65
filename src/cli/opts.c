/*
 * opts.c — the one parser of the options `plan`, `verify` (and `plan
 * --verify`), `review` and `report` share: inputs, hints, settings, outputs, server.
 * Each command says which it takes; the values land in an rg_run_opts for
 * the library's pipeline, so every command reads an option the same way.
 */
#include "cli.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* Which commands take an option. */
enum { PLAN = 1, VERIFY = 2, REPORT = 4, SERVER = 8 /* plan --verify or verify */, REVIEW = 16 };

typedef enum {
    O_APP, O_RENAME, O_RENAME_TABLE, O_BACKFILL, O_PG_VERSION, O_LOCK_TIMEOUT, O_BATCH_SIZE, O_BATCH_PAUSE,
    O_STATEMENT_TIMEOUT, O_ALLOW_DROP, O_OUT, O_MODELS,
    O_LEDGER, O_JUNIT, O_SARIF, O_FORMAT, O_RUN, O_PG_URL, O_PG_BIN, O_SEED, O_POST_DEPLOY,
    O_STATS, O_STATS_FROM, O_SUMMARY_MD, O_REPORT_URL, O_EMIT, O_AFTER, O_AFTER_DIR
} valued_opt;

static const struct {
    const char *name;
    valued_opt id;
    unsigned cmds;
} VALUED[] = {
    {"--app", O_APP, PLAN | VERIFY | REVIEW},
    {"--rename", O_RENAME, PLAN | VERIFY},
    {"--rename-table", O_RENAME_TABLE, PLAN | VERIFY},
    {"--backfill", O_BACKFILL, PLAN | VERIFY},
    {"--pg-version", O_PG_VERSION, PLAN | VERIFY | REVIEW},
    {"--lock-timeout", O_LOCK_TIMEOUT, PLAN | VERIFY | REVIEW},
    {"--batch-size", O_BATCH_SIZE, PLAN | VERIFY | REVIEW},
    {"--batch-pause", O_BATCH_PAUSE, PLAN | VERIFY | REVIEW},
    {"--statement-timeout", O_STATEMENT_TIMEOUT, PLAN | VERIFY | REVIEW},
    {"--allow-drop", O_ALLOW_DROP, PLAN | VERIFY},
    {"--out", O_OUT, PLAN | VERIFY | REPORT | REVIEW},
    {"--models", O_MODELS, PLAN | VERIFY | REVIEW},
    {"--ledger", O_LEDGER, PLAN | VERIFY | REPORT | REVIEW},
    {"--junit", O_JUNIT, PLAN | VERIFY | REPORT | REVIEW},
    {"--sarif", O_SARIF, PLAN | VERIFY | REPORT | REVIEW},
    {"--format", O_FORMAT, PLAN | VERIFY | REPORT | REVIEW},
    {"--run", O_RUN, REPORT},
    {"--post-deploy", O_POST_DEPLOY, REVIEW},
    {"--emit", O_EMIT, PLAN | VERIFY},
    {"--after", O_AFTER, PLAN | VERIFY},
    {"--after-dir", O_AFTER_DIR, PLAN | VERIFY},
    {"--pg-url", O_PG_URL, SERVER},
    {"--pg-bin", O_PG_BIN, SERVER},
    {"--seed", O_SEED, SERVER},
    {"--stats", O_STATS, PLAN | VERIFY | REVIEW},
    {"--stats-from", O_STATS_FROM, PLAN | VERIFY},
    {"--summary-md", O_SUMMARY_MD, PLAN | VERIFY | REPORT},
    {"--report-url", O_REPORT_URL, PLAN | VERIFY | REPORT},
};

static char *own(rg_cli_opts *a, const char *s, size_t n)
{
    char *r = rg_arena_strndup(a->arena, s, n);
    return r;
}

static int bad(const rg_cli_opts *a, const char *fmt, const char *v)
{
    return rg_cli_usage_error(a->cmd, fmt, v);
}

/* Splits "a.b.c" into at most max dotted parts (none empty). */
static int split_dots(rg_cli_opts *a, const char *s, size_t n, const char **parts, int max)
{
    int k = 0;
    const char *p = s, *end = s + n;
    while (p <= end) {
        const char *dot = memchr(p, '.', (size_t)(end - p));
        const char *stop = dot ? dot : end;
        if (stop == p || k == max) return -1;
        parts[k++] = own(a, p, (size_t)(stop - p));
        if (!dot) break;
        p = dot + 1;
    }
    return k;
}

static int take_rename(rg_cli_opts *a, const char *v)
{
    const char *eq = strchr(v, '=');
    const char *parts[3];
    int k = eq ? split_dots(a, v, (size_t)(eq - v), parts, 3) : -1;
    if (k < 2 || !eq[1] || strchr(eq + 1, '.') || a->nrenames == RG_CLI_MAX)
        return bad(a, "bad --rename '%s' (want [SCHEMA.]TABLE.OLD=NEW)", v);
    rg_rename_hint *h = &a->renames[a->nrenames++];
    h->schema = k == 3 ? parts[0] : "public";
    h->table = parts[k - 2];
    h->from = parts[k - 1];
    h->to = eq + 1;
    return -1;
}

static int take_rename_table(rg_cli_opts *a, const char *v)
{
    const char *eq = strchr(v, '=');
    const char *parts[2];
    int k = eq ? split_dots(a, v, (size_t)(eq - v), parts, 2) : -1;
    if (k < 1 || !eq[1] || strchr(eq + 1, '.') || a->ntable_renames == RG_CLI_MAX)
        return bad(a, "bad --rename-table '%s' (want [SCHEMA.]OLD=NEW)", v);
    rg_rename_hint *h = &a->table_renames[a->ntable_renames++];
    h->schema = k == 2 ? parts[0] : "public";
    h->from = parts[k - 1];
    h->to = eq + 1;
    return -1;
}

static int take_backfill(rg_cli_opts *a, const char *v)
{
    const char *eq = strchr(v, '=');
    const char *parts[3];
    int k = eq ? split_dots(a, v, (size_t)(eq - v), parts, 3) : -1;
    const char *sql = eq ? eq + 1 : "";
    while (isspace((unsigned char)*sql)) sql++;
    if (k < 2 || !*sql || a->nbackfills == RG_CLI_MAX)
        return bad(a, "bad --backfill '%s' (want [SCHEMA.]TABLE.COLUMN=SQL)", v);
    rg_backfill_hint *h = &a->backfills[a->nbackfills++];
    h->schema = k == 3 ? parts[0] : "public";
    h->table = parts[k - 2];
    h->column = parts[k - 1];
    h->sql = sql;
    return -1;
}

static int take_app(rg_cli_opts *a, const char *v)
{
    const char *eq = strchr(v, '=');
    if (!eq || eq == v || !eq[1] || a->napps == RG_CLI_MAX) return bad(a, "bad --app '%s' (want NAME=PATH)", v);
    for (const char *p = v; p < eq; p++)
        if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-' && *p != '.')
            return bad(a, "bad --app '%s': NAME may hold letters, digits, '_', '-' and '.'", v);
    struct stat st;
    if (stat(eq + 1, &st) != 0) return bad(a, "--app: cannot read '%s'", eq + 1);
    const char *name = own(a, v, (size_t)(eq - v));
    for (size_t i = 0; i < a->napps; i++)
        if (strcmp(a->apps[i], name) == 0) return bad(a, "--app: '%s' named twice", name);
    a->app_paths[a->napps] = eq + 1;
    a->apps[a->napps++] = name;
    return -1;
}

/* --allow-drop "[SCHEMA.]TABLE[.COLUMN]": two parts are read both ways by
 * the planner (schema.table or table.column of public). */
static int take_drop(rg_cli_opts *a, const char *v)
{
    const char *parts[3];
    int k = split_dots(a, v, strlen(v), parts, 3);
    if (k < 1 || a->ndrops == RG_CLI_MAX)
        return bad(a, "bad --allow-drop '%s' (want [SCHEMA.]TABLE or SCHEMA.TABLE.COLUMN)", v);
    rg_drop_hint *h = &a->drops[a->ndrops++];
    if (k == 3) *h = (rg_drop_hint){parts[0], parts[1], parts[2]};
    else if (k == 2) *h = (rg_drop_hint){parts[0], parts[1], NULL};
    else *h = (rg_drop_hint){"public", parts[0], NULL};
    return -1;
}

/* --batch-pause: milliseconds, as N (ms), Nms, Ns or Nmin; at most an hour. */
static bool pause_ms(const char *s, long *out)
{
    size_t n = 0;
    while (isdigit((unsigned char)s[n])) n++;
    if (n == 0 || n > 7) return false;
    long v = strtol(s, NULL, 10), mult;
    const char *u = s + n;
    if (!*u || strcmp(u, "ms") == 0) mult = 1;
    else if (strcmp(u, "s") == 0) mult = 1000;
    else if (strcmp(u, "min") == 0) mult = 60000;
    else return false;
    if (v > 3600000 / mult) return false;
    *out = v * mult;
    return true;
}

static bool parse_long(const char *s, long lo, long hi, long *out)
{
    char *end;
    if (!isdigit((unsigned char)*s)) return false;
    long v = strtol(s, &end, 10);
    if (*end || v < lo || v > hi) return false;
    *out = v;
    return true;
}

/* PostgreSQL's time units for lock_timeout; the value goes inside quotes,
 * so only these characters are allowed. */
static bool good_duration(const char *s)
{
    static const char *const UNITS[] = {"", "us", "ms", "s", "min", "h", "d", NULL};
    size_t n = 0;
    while (isdigit((unsigned char)s[n])) n++;
    if (n == 0 || n > 9) return false;
    for (int i = 0; UNITS[i]; i++)
        if (strcmp(s + n, UNITS[i]) == 0) return true;
    return false;
}

static int take_value(rg_cli_opts *a, valued_opt id, const char *name, const char *v)
{
    long n;
    if (!*v) return bad(a, "%s needs a value", name);
    switch (id) {
    case O_APP: return take_app(a, v);
    case O_RENAME: return take_rename(a, v);
    case O_RENAME_TABLE: return take_rename_table(a, v);
    case O_BACKFILL: return take_backfill(a, v);
    case O_PG_VERSION:
        if (!parse_long(v, 11, 17, &n)) return bad(a, "bad --pg-version '%s' (11 to 17)", v);
        a->run.pg_version = (int)n;
        return -1;
    case O_LOCK_TIMEOUT:
        if (!good_duration(v)) return bad(a, "bad --lock-timeout '%s' (e.g. 5s, 500ms, 1min)", v);
        a->run.lock_timeout = v;
        return -1;
    case O_BATCH_SIZE:
        if (!parse_long(v, 1, 100000000, &n)) return bad(a, "bad --batch-size '%s' (1 to 100000000)", v);
        a->run.batch_size = n;
        return -1;
    case O_BATCH_PAUSE:
        if (!pause_ms(v, &a->run.batch_pause_ms))
            return bad(a, "bad --batch-pause '%s' (e.g. 5ms, 0, 1s; at most 1h)", v);
        return -1;
    case O_STATEMENT_TIMEOUT:
        if (!good_duration(v)) return bad(a, "bad --statement-timeout '%s' (e.g. 0, 30min, 2h)", v);
        a->run.statement_timeout = v;
        return -1;
    case O_ALLOW_DROP: return take_drop(a, v);
    case O_OUT: a->run.out = v; return -1;
    case O_MODELS: a->run.models_dir = v; return -1;
    case O_LEDGER: a->run.ledger = v; return -1;
    case O_JUNIT: a->run.junit = v; return -1;
    case O_SARIF: a->run.sarif = v; return -1;
    case O_FORMAT:
        if (strcmp(v, "json") != 0 && strcmp(v, "text") != 0 && strcmp(v, "markdown") != 0)
            return bad(a, "bad --format '%s' (text, json or markdown)", v);
        a->json = strcmp(v, "json") == 0;
        a->markdown = strcmp(v, "markdown") == 0;
        return -1;
    case O_STATS: a->run.stats_path = v; return -1;
    case O_STATS_FROM: a->run.stats_url = v; return -1;
    case O_SUMMARY_MD: {
        /* Its folder must exist before the run, so a bad path stops it
         * with nothing written. */
        const char *slash = strrchr(v, '/');
        char *dir = slash ? own(a, v, slash == v ? 1 : (size_t)(slash - v)) : ".";
        struct stat st;
        if (slash && !slash[1]) return bad(a, "bad --summary-md '%s' (a file name)", v);
        if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
            return bad(a, "--summary-md '%s': no such folder", v);
        a->summary_md = v;
        return -1;
    }
    case O_REPORT_URL: a->report_url = v; return -1;
    case O_RUN:
        if (!parse_long(v, 1, 0x7fffffffL, &n)) return bad(a, "bad --run '%s' (a run id)", v);
        a->run_id = n;
        return -1;
    case O_EMIT:
        if (!rg_emit_format_known(v)) return bad(a, "bad --emit '%s' (rollgate|golang-migrate|dbmate|flyway|sqitch|rails)", v);
        a->run.emit.format = v;
        return -1;
    case O_AFTER: a->run.emit.after = v; return -1;
    case O_AFTER_DIR: a->run.emit.after_dir = v; return -1;
    case O_PG_URL: a->verify.pg_url = v; return -1;
    case O_PG_BIN: a->verify.pg_bin = v; return -1;
    case O_SEED: a->verify.seed_path = v; return -1;
    case O_POST_DEPLOY: a->run.post_path = v; return -1;
    }
    return -1;
}

static void default_out(rg_cli_opts *a)
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(a->outbuf, sizeof a->outbuf, "reports/%Y%m%dT%H%M%SZ", &tm);
    a->run.out = a->outbuf;
}

int rg_cli_parse_opts(rg_cli_opts *a, const char *cmd, int argc, char **argv, const char *usage)
{
    bool report = strcmp(cmd, "report") == 0, review = strcmp(cmd, "review") == 0;
    a->cmd = cmd;
    a->arena = rg_arena_new();
    a->do_verify = strcmp(cmd, "verify") == 0;
    a->run.pg_version = 15;
    a->run.lock_timeout = "5s";
    a->run.batch_size = 1000;
    a->run.batch_pause_ms = 5;
    a->run.statement_timeout = "0";
    unsigned mine = report ? REPORT : review ? REVIEW : a->do_verify ? VERIFY : PLAN;
    for (int i = 1; i < argc && !report && !review; i++) /* plan --verify: the server options too */
        if (strcmp(argv[i], "--verify") == 0) a->do_verify = true;
    if (a->do_verify) mine |= SERVER;
    bool only_paths = false;
    int npaths = 0;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (only_paths || arg[0] != '-' || strcmp(arg, "-") == 0) {
            if (report || npaths == 2) return bad(a, "unexpected argument '%s'", arg);
            *(npaths++ ? &a->run.new_path : &a->run.old_path) = arg;
            continue;
        }
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            fputs(usage, stdout);
            return RG_EXIT_OK;
        }
        if (!report && strcmp(arg, "--") == 0) { only_paths = true; continue; }
        if (!report && (strcmp(arg, "--verbose") == 0 || strcmp(arg, "-v") == 0)) { a->verbose = true; continue; }
        if (!report && !review && strcmp(arg, "--verify") == 0) continue;
        if (!report && !review && strcmp(arg, "--allow-lossy") == 0) { a->run.allow_lossy = true; continue; }
        if (strcmp(arg, "--force") == 0 && (mine & SERVER)) { a->verify.force = true; continue; }
        size_t k, nv = sizeof VALUED / sizeof *VALUED;
        const char *v = NULL;
        int m = 0;
        for (k = 0; k < nv && (m = rg_cli_opt_value(argc, argv, &i, VALUED[k].name, &v)) == 0; k++) {}
        if (k == nv || !(VALUED[k].cmds & mine)) {
            if (k < nv && (VALUED[k].cmds & SERVER)) return bad(a, "%s needs --verify", VALUED[k].name);
            if (strcmp(arg, "--force") == 0 && !report) return bad(a, "%s needs --verify", arg);
            return bad(a, "unknown option '%s'", arg);
        }
        if (m < 0) return bad(a, "%s needs a value", VALUED[k].name);
        int code = take_value(a, VALUED[k].id, VALUED[k].name, v);
        if (code >= 0) return code;
    }
    if (report) {
        if (!a->run.ledger) return bad(a, "--ledger FILE is required%s", "");
        if (!a->run.out && !a->run.junit && !a->run.sarif) return bad(a, "--out DIR is required%s", "");
        return -1;
    }
    if (npaths < 2 && review) return bad(a, "missing %s", npaths ? "MIGRATIONS" : "BASE and MIGRATIONS");
    if (npaths < 2) return bad(a, "missing %s", npaths ? "NEW" : "OLD and NEW");
    if (a->napps == 1) return bad(a, "--app: give at least two versions (the running one and the next)%s", "");
    if (a->verify.pg_url && a->verify.pg_bin) return bad(a, "--pg-url and --pg-bin exclude each other%s", "");
    if (a->run.stats_path && a->run.stats_url) return bad(a, "--stats and --stats-from exclude each other%s", "");
    if (a->napps == 0) {
        a->apps[0] = "old";
        a->apps[1] = "new";
        a->napps = 2;
    }
    if (!a->run.out) default_out(a);
    a->run.apps = a->apps;
    a->run.app_paths = a->app_paths[0] ? a->app_paths : NULL;
    a->run.napps = a->napps;
    a->run.renames = a->renames;
    a->run.nrenames = a->nrenames;
    a->run.table_renames = a->table_renames;
    a->run.ntable_renames = a->ntable_renames;
    a->run.backfills = a->backfills;
    a->run.nbackfills = a->nbackfills;
    a->run.allow_drops = a->drops;
    a->run.nallow_drops = a->ndrops;
    if (a->do_verify) a->run.verify = &a->verify;
    return -1;
}

void rg_cli_opts_free(rg_cli_opts *a)
{
    rg_arena_free(a->arena);
    memset(a, 0, sizeof *a);
}
