/*
 * emit.c — the plan's files: DIR/migrations/NNNN_<stage>_<slug>.up.sql and
 * .down.sql, stages.csv, steps.csv and changes.csv (the contract's
 * columns, RFC 4180 through libcsv, spreadsheet formula guard). Every
 * byte is built in memory first and written under temporary names in a
 * private folder of DIR, then renamed into place, so a failure leaves
 * nothing half-written; the same plan gives the same bytes.
 */
#define _XOPEN_SOURCE 700
#include "rollgate/plan.h"
#include "rollgate/models.h"

#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- CSV --------------------------------------------------------------------- */


static const char *kind_name(rg_stagekind k)
{
    return k == RG_STAGE_BASELINE ? "baseline" : k == RG_STAGE_DEPLOY ? "deploy" : "migration";
}

static const char *file_path(rg_buf *tmp, const rg_plan_file *f)
{
    rg_buf_reset(tmp);
    if (f->path) rg_buf_puts(tmp, f->path); /* a reviewed file: as given */
    else rg_buf_printf(tmp, "migrations/%s.up.sql", f->name);
    return rg_buf_cstr(tmp);
}

int rg_emit_stages_csv(const rg_plan *p, rg_buf *out)
{
    int rc = RG_OK;
    rg_buf_puts(out, "stage,name,kind,apps,files\r\n");
    for (size_t i = 0; i < p->nstages && rc == RG_OK; i++) {
        const rg_plan_stage *s = &p->stages[i];
        rg_buf files = {0}, tmp = {0};
        for (size_t j = 0; j < s->nfiles; j++) {
            if (j) rg_buf_putc(&files, ';');
            rg_buf_puts(&files, file_path(&tmp, s->files[j]));
        }
        char num[32];
        snprintf(num, sizeof num, "%d", s->index);
        const char *cells[] = {num, s->name, kind_name(s->kind), s->apps, rg_buf_cstr(&files)};
        rc = rg_csv_row(out, cells, 5);
        rg_buf_free(&files);
        rg_buf_free(&tmp);
    }
    return rc;
}

static const char *tf(bool b)
{
    return b ? "true" : "false";
}

int rg_emit_steps_csv(const rg_plan *p, rg_buf *out)
{
    int rc = RG_OK;
    rg_buf_puts(out, "step,stage,file,statement,object,lock,blocks_reads,blocks_writes,"
                     "rewrites_table,scans_table,transactional,down,down_lossless,notes,"
                     "work,table_rows,table_bytes,est_seconds\r\n");
    for (size_t i = 0; i < p->nsteps && rc == RG_OK; i++) {
        const rg_plan_step *s = p->steps[i];
        const rg_lockrule *r = s->rule;
        char num[32], stage[32], rows[32], bytes[32], secs[32];
        snprintf(num, sizeof num, "%d", s->number);
        snprintf(stage, sizeof stage, "%d", s->file->stage->index);
        rg_estimate_cells(s->est.known, s->est.rows, s->est.bytes, s->est.seconds, rows, bytes, secs);
        rg_buf tmp = {0};
        const char *cells[] = {num, stage, file_path(&tmp, s->file), s->sql, s->object,
                               r ? r->table_lock : "none",
                               tf(r && r->blocks_reads), tf(r && r->blocks_writes),
                               tf(r && r->rewrites_table), tf(r && r->scans_table),
                               tf(!s->file->no_transaction), s->down ? s->down : "",
                               tf(s->lossless), s->notes, rg_work_name(s->est.work), rows, bytes, secs};
        rc = rg_csv_row(out, cells, 18);
        rg_buf_free(&tmp);
    }
    return rc;
}

/* ---- files ------------------------------------------------------------------ */

typedef struct out_file {
    char *rel;      /* path under DIR */
    rg_buf body;
} out_file;

static int mkdirs(const char *path)
{
    char *p = rg_xstrdup(path);
    int rc = 0;
    for (char *s = p + 1; *s && rc == 0; s++) {
        if (*s != '/') continue;
        *s = 0;
        if (mkdir(p, 0777) != 0 && errno != EEXIST) rc = -1;
        *s = '/';
    }
    if (rc == 0 && mkdir(p, 0777) != 0 && errno != EEXIST) rc = -1;
    free(p);
    return rc;
}

static int write_all(const char *path, const rg_buf *b)
{
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    int ok = (b->len == 0 || fwrite(b->s, 1, b->len, f) == b->len);
    ok = (fclose(f) == 0) && ok;
    return ok ? 0 : -1;
}

static int emit_plan(const rg_plan *p, const rg_diff *d, const char *dir, char **err)
{
    *err = NULL;
    size_t nout = 2 * p->nfiles + 3;
    out_file *v = rg_xcalloc(nout, sizeof *v);
    size_t n = 0;
    int rc = RG_OK;
    for (size_t i = 0; i < p->nfiles; i++) {
        char buf[600];
        snprintf(buf, sizeof buf, "migrations/%s.up.sql", p->files[i]->name);
        v[n].rel = rg_xstrdup(buf);
        rg_plan_file_up(p, p->files[i], &v[n++].body);
        snprintf(buf, sizeof buf, "migrations/%s.down.sql", p->files[i]->name);
        v[n].rel = rg_xstrdup(buf);
        rg_plan_file_down(p, p->files[i], &v[n++].body);
    }
    v[n].rel = rg_xstrdup("stages.csv");
    if (rg_emit_stages_csv(p, &v[n++].body) != RG_OK) rc = RG_EINTERNAL;
    v[n].rel = rg_xstrdup("steps.csv");
    if (rg_emit_steps_csv(p, &v[n++].body) != RG_OK) rc = RG_EINTERNAL;
    v[n].rel = rg_xstrdup("changes.csv");
    if (rg_diff_write_csv(d, &v[n++].body) != RG_OK) rc = RG_EINTERNAL;

    rg_buf tmpdir = {0}, path = {0}, dest = {0};
    bool made = false;
    size_t moved = 0; /* files renamed into place */
    if (rc != RG_OK) goto done;
    if (mkdirs(dir) != 0) {
        rc = RG_EIO;
        goto done;
    }
    rg_buf_printf(&tmpdir, "%s/.rollgate-tmp.XXXXXX", dir);
    if (!mkdtemp(tmpdir.s)) {
        rc = RG_EIO;
        goto done;
    }
    made = true;
    for (size_t i = 0; i < n && rc == RG_OK; i++) {
        rg_buf_reset(&path);
        rg_buf_printf(&path, "%s/%zu.tmp", tmpdir.s, i);
        if (write_all(path.s, &v[i].body) != 0) rc = RG_EIO;
    }
    if (rc != RG_OK) goto done;
    rg_buf_reset(&dest);
    rg_buf_printf(&dest, "%s/migrations", dir);
    if (mkdirs(dest.s) != 0) {
        rc = RG_EIO;
        goto done;
    }
    while (moved < n) {
        rg_buf_reset(&path);
        rg_buf_printf(&path, "%s/%zu.tmp", tmpdir.s, moved);
        rg_buf_reset(&dest);
        rg_buf_printf(&dest, "%s/%s", dir, v[moved].rel);
        if (rename(path.s, dest.s) != 0) {
            rc = RG_EIO;
            break;
        }
        moved++;
    }
done:
    if (rc == RG_EIO) {
        size_t need = strlen(dir) + 128;
        *err = rg_xmalloc(need);
        snprintf(*err, need, "cannot write the plan into %s: %s", dir, strerror(errno));
    }
    if (made) {
        /* what was renamed into place is gone from the folder already */
        for (size_t i = moved; i < n; i++) {
            rg_buf_reset(&path);
            rg_buf_printf(&path, "%s/%zu.tmp", tmpdir.s, i);
            unlink(path.s);
        }
        rmdir(tmpdir.s);
    }
    for (size_t i = 0; i < n; i++) {
        free(v[i].rel);
        rg_buf_free(&v[i].body);
    }
    free(v);
    rg_buf_free(&tmpdir);
    rg_buf_free(&path);
    rg_buf_free(&dest);
    return rc;
}

int rg_emit_plan(const rg_plan *p, const rg_diff *d, const char *dir, rg_diags *diags)
{
    char *err = NULL;
    int rc = emit_plan(p, d, dir, &err);
    return rg_diags_fail(diags, rc, err);
}
