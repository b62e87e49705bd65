/*
 * emit.h — the plan's stages as another migration tool's files
 * (`plan --emit FORMAT`): golang-migrate, dbmate, Flyway, sqitch, Rails.
 * rollgate's own migrations/ folder is always written; a tool's files go
 * next to it, into OUT/<format>/, numbered after the project's existing
 * migrations (--after VERSION, or the highest version found in
 * --after-dir DIR), and are published with the rest of the run.
 */
#ifndef ROLLGATE_EMIT_H
#define ROLLGATE_EMIT_H

#include <stdint.h>

#include "rollgate/plan.h"

typedef struct rg_emit_opts {
    const char *format;     /* NULL or "rollgate": nothing besides migrations/ */
    const char *after;      /* the version the new files follow (digits) */
    const char *after_dir;  /* else: the highest version in this folder */
} rg_emit_opts;

/* What rg_emit_prepare resolved: the format and the first free version. */
typedef struct rg_emit_target {
    const struct rg_emit_format *format; /* NULL: rollgate's layout only */
    uint64_t after;         /* new versions are after+1, after+2, ... */
    int width;              /* digits of a version, zero-padded */
    char *existing_plan;    /* sqitch: the plan of after_dir, appended to */
} rg_emit_target;

/* What was written, for the summary: the folder under OUT and the last
 * version before the (first) deploy and overall ("" when none). */
typedef struct rg_emit_result {
    char folder[64];
    char before_deploy[64];
    char last[64];
    char tool_hint[200];    /* how to run only the pre-deploy part */
} rg_emit_result;

/* True when rel (a path under OUT) is a tool folder some run may write:
 * a run that does not write it removes it. */
int rg_emit_owns(const char *rel);

/* "rollgate|golang-migrate|dbmate|flyway|sqitch|rails" */
const char *rg_emit_format_list(void);
/* True when name is one of the list. */
int rg_emit_format_known(const char *name);

/*
 * Checks the format, the --after version and reads --after-dir. Called
 * before any work so bad values exit 2 with nothing written. RG_OK or
 * RG_EUSAGE / RG_EIO with an error in d.
 */
int rg_emit_prepare(rg_emit_target *t, const rg_emit_opts *o, rg_diags *d);
void rg_emit_target_free(rg_emit_target *t);

/*
 * Writes the tool's files for plan p under DIR/<folder>/ (DIR is a run's
 * private folder; nothing there is half-written when this fails: the run
 * publishes nothing then). No-op for rollgate's own layout.
 */
int rg_emit_tool(const rg_plan *p, const rg_emit_target *t, const char *dir, rg_emit_result *res, rg_diags *d);

#endif
