/*
 * outdir.c — where a run's files go: the output folder, the ledger, the
 * JUnit and SARIF files.
 */
#include "run_int.h"

#include <stdlib.h>
#include <string.h>

#include "rollgate/report.h"

static char *path_in(const char *dir, const char *name)
{
    rg_buf b = {0};
    rg_buf_printf(&b, "%s/%s", dir, name);
    return b.s;
}

int rg_outdir_begin(rg_outdir *o, const char *out, const char *ledger, const char *junit, const char *sarif,
                    rg_diags *d)
{
    memset(o, 0, sizeof *o);
    o->out = rg_xstrdup(out);
    o->stage = rg_xstrdup(out);
    o->ledger = ledger ? rg_xstrdup(ledger) : path_in(out, "rollgate.db");
    o->junit = junit ? rg_xstrdup(junit) : NULL;
    o->sarif = sarif ? rg_xstrdup(sarif) : NULL;
    return RG_OK;
}

int rg_outdir_publish(rg_outdir *o, const rg_buf *junit, const rg_buf *sarif, rg_diags *d)
{
    int rc = RG_OK;
    if (junit && o->junit) rc = rg_report_write_file(o->junit, junit, d);
    if (rc == RG_OK && sarif && o->sarif) rc = rg_report_write_file(o->sarif, sarif, d);
    return rc;
}

void rg_outdir_end(rg_outdir *o)
{
    free(o->out);
    free(o->stage);
    free(o->ledger);
    free(o->junit);
    free(o->sarif);
    memset(o, 0, sizeof *o);
}
