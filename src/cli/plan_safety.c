/*
 * plan_safety.c — the options `plan` and `verify` share for data safety
 * and pacing: --allow-lossy, --allow-drop, --batch-pause and
 * --statement-timeout. One parser, so both commands read them the same way.
 */
#include "cli.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "rollgate/plan.h"

void rg_cli_safety_init(rg_cli_safety *s)
{
    memset(s, 0, sizeof *s);
    s->batch_pause_ms = 5;
    s->statement_timeout = "0";
}

/* A PostgreSQL duration: digits and one of its time units; it goes inside
 * quotes, so nothing else is allowed. "0" (no unit) is allowed. */
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

/* "[SCHEMA.]TABLE[.COLUMN]" split at dots into the arena; NULL when malformed. */
static bool take_drop(rg_cli_safety *s, rg_arena *a, const char *v)
{
    const char *parts[3];
    int k = 0;
    const char *p = v;
    for (;;) {
        const char *dot = strchr(p, '.');
        size_t len = dot ? (size_t)(dot - p) : strlen(p);
        if (len == 0 || k == 3) return false;
        parts[k++] = rg_arena_strndup(a, p, len);
        if (!dot) break;
        p = dot + 1;
    }
    if (s->ndrops == RG_CLI_SAFETY_MAX) return false;
    rg_drop_hint *h = &s->drops[s->ndrops++];
    if (k == 3) *h = (rg_drop_hint){parts[0], parts[1], parts[2]};
    else if (k == 2) *h = (rg_drop_hint){parts[0], parts[1], NULL}; /* read both ways by the planner */
    else *h = (rg_drop_hint){"public", parts[0], NULL};
    return true;
}

int rg_cli_safety_opt(rg_cli_safety *s, rg_arena *a, const char *cmd, int argc, char **argv, int *i,
                      bool *matched)
{
    *matched = true;
    if (strcmp(argv[*i], "--allow-lossy") == 0) {
        s->allow_lossy = true;
        return -1;
    }
    static const char *const NAMES[] = {"--allow-drop", "--batch-pause", "--statement-timeout", NULL};
    for (int k = 0; NAMES[k]; k++) {
        const char *v = NULL;
        int m = rg_cli_opt_value(argc, argv, i, NAMES[k], &v);
        if (m == 0) continue;
        if (m < 0 || !*v) return rg_cli_usage_error(cmd, "%s needs a value", NAMES[k]);
        switch (k) {
        case 0:
            if (!take_drop(s, a, v))
                return rg_cli_usage_error(cmd, "bad --allow-drop '%s' (want [SCHEMA.]TABLE or SCHEMA.TABLE.COLUMN)", v);
            return -1;
        case 1:
            if (!pause_ms(v, &s->batch_pause_ms))
                return rg_cli_usage_error(cmd, "bad --batch-pause '%s' (e.g. 5ms, 0, 1s; at most 1h)", v);
            return -1;
        default:
            if (!good_duration(v))
                return rg_cli_usage_error(cmd, "bad --statement-timeout '%s' (e.g. 0, 30min, 2h)", v);
            s->statement_timeout = v;
            return -1;
        }
    }
    *matched = false;
    return -1;
}

void rg_cli_safety_apply(const rg_cli_safety *s, rg_plan_opts *o)
{
    o->allow_lossy = s->allow_lossy;
    o->allow_drops = s->drops;
    o->nallow_drops = s->ndrops;
    o->batch_pause_ms = s->batch_pause_ms;
    o->statement_timeout = s->statement_timeout;
}
