/*
 * pair.c — builds the old and the new catalog of a run side by side, one
 * per core. The two interpretations share nothing mutable: each catalog
 * owns its arena, the parse trees are read-only, and the process-wide
 * caches (builtin types, keywords) are initialised once or locked.
 */
#include "rollgate/catalog.h"

#include <pthread.h>
#include <stdlib.h>

typedef struct job {
    rg_catalog *cat;
    const rg_script *script;
    rg_diags diags;
    int rc;
} job;

static void *run_job(void *arg)
{
    job *j = arg;
    j->rc = rg_catalog_apply(j->cat, j->script, &j->diags);
    return NULL;
}

/* Appends src's diagnostics to dst (dst takes the messages). */
static void move_diags(rg_diags *dst, rg_diags *src)
{
    for (size_t i = 0; i < src->n; i++) {
        rg_diag *g = &src->v[i];
        rg_diag_add(dst, g->sev, g->code, g->src, g->offset, "%s", g->msg);
    }
    rg_diags_free(src);
}

int rg_catalog_apply_pair(rg_catalog *a, const rg_script *sa, rg_catalog *b,
                          const rg_script *sb, rg_diags *d)
{
    job ja = {a, sa, {0}, 0}, jb = {b, sb, {0}, 0};
    pthread_t th;
    int spawned = pthread_create(&th, NULL, run_job, &jb) == 0;
    run_job(&ja);
    if (spawned) pthread_join(th, NULL);
    else run_job(&jb);
    /* Diagnostics come out in input order whatever the thread timing. */
    move_diags(d, &ja.diags);
    move_diags(d, &jb.diags);
    return ja.rc ? ja.rc : jb.rc;
}
