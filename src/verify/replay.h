/*
 * replay.h — the state of one replay (verify.c drives it, replay.c
 * measures one step or one query at a time).
 */
#ifndef ROLLGATE_VERIFY_REPLAY_H
#define ROLLGATE_VERIFY_REPLAY_H

#include "verify_int.h"

typedef struct replay {
    rg_verify *v;
    PGconn *c;                       /* the scratch database being migrated */
    PGconn *monitor;                 /* a second session on it: samples c's locks */
    rg_map predicted;                /* "stage|app|query" -> const rg_compat_row * */
    RG_VEC(rg_verify_row) rows;
    RG_VEC(rg_verify_step) steps;
} replay;

/* Runs one step (in the caller's transaction when in_tx) and records it.
 * RG_EINPUT when the server refused it (a finding is added). */
int vreplay_step(replay *R, const rg_plan_step *s, bool in_tx);
/* Checks one query of one live app after stage `stage`. */
void vreplay_query(replay *R, int stage, const rg_app *app, const rg_query *q);

#endif
