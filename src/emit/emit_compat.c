/*
 * emit_compat.c — writes the simulator's verdicts as DIR/compatibility.csv
 * (`stage,app,query,verdict,code,detail`, the contract's columns): to a
 * temporary file in DIR first, then renamed into place, so a failure never
 * leaves a half-written file. The bytes are those `rollgate report`
 * renders from the ledger for the same run.
 */
#include "rollgate/simulate.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int fail(char **err, const char *what, const char *path)
{
    rg_buf b = {0};
    rg_buf_printf(&b, "cannot %s %s: %s", what, path, strerror(errno));
    *err = rg_xstrdup(rg_buf_cstr(&b));
    rg_buf_free(&b);
    return RG_EIO;
}

static int emit_compat(const rg_sim *s, const char *dir, char **err)
{
    rg_buf csv = {0}, tmp = {0}, dest = {0};
    int rc = rg_sim_write_csv(s, &csv);
    rg_buf_printf(&tmp, "%s/.compatibility.csv.XXXXXX", dir);
    rg_buf_printf(&dest, "%s/compatibility.csv", dir);
    int fd = rc == RG_OK ? mkstemp(tmp.s) : -1;
    if (rc == RG_OK && fd < 0) rc = fail(err, "create a temporary file in", dir);
    if (fd >= 0) fchmod(fd, rg_output_mode()); /* mkstemp made it 0600 */
    FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
    if (fd >= 0 && !f) {
        rc = fail(err, "write", tmp.s);
        close(fd);
    }
    if (f) {
        bool ok = fwrite(csv.s ? csv.s : "", 1, csv.len, f) == csv.len;
        if (fclose(f) != 0 || !ok) rc = fail(err, "write", tmp.s);
        else if (rename(tmp.s, dest.s) != 0) rc = fail(err, "rename into", dest.s);
        if (rc != RG_OK) unlink(tmp.s);
    }
    rg_buf_free(&csv);
    rg_buf_free(&tmp);
    rg_buf_free(&dest);
    return rc;
}

int rg_emit_compat_csv(const rg_sim *s, const char *dir, rg_diags *diags)
{
    char *err = NULL;
    int rc = emit_compat(s, dir, &err);
    return rg_diags_fail(diags, rc, err);
}
