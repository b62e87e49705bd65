/*
 * write.c — puts a run's rendered files on disk: each is built in memory,
 * written under a temporary name in the same folder and renamed into
 * place, so a reader never sees half a report and a failure leaves the
 * previous files as they were.
 */
#define _XOPEN_SOURCE 700
#include "rollgate/report.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int io_error(char **err, const char *what, const char *path)
{
    if (!*err) {
        rg_buf b = {0};
        rg_buf_printf(&b, "cannot %s %s: %s", what, path, strerror(errno));
        *err = b.s;
    }
    return RG_EIO;
}

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

static int write_file(const char *path, const rg_buf *b, char **err)
{
    rg_buf tmp = {0};
    rg_buf_printf(&tmp, "%s.tmp.XXXXXX", path);
    int fd = mkstemp(tmp.s);
    int rc = RG_OK;
    if (fd < 0) {
        rc = io_error(err, "write", path);
        goto done;
    }
    FILE *f = fdopen(fd, "wb");
    if (!f) {
        close(fd);
        unlink(tmp.s);
        rc = io_error(err, "write", path);
        goto done;
    }
    fchmod(fd, rg_output_mode()); /* mkstemp made it 0600 */
    bool ok = b->len == 0 || fwrite(b->s, 1, b->len, f) == b->len;
    ok = fclose(f) == 0 && ok;
    if (!ok || rename(tmp.s, path) != 0) {
        rc = io_error(err, "write", path);
        unlink(tmp.s);
    }
done:
    rg_buf_free(&tmp);
    return rc;
}

int rg_report_write_file(const char *path, const rg_buf *b, rg_diags *diags)
{
    char *err = NULL;
    int rc = write_file(path, b, &err);
    return rg_diags_fail(diags, rc, err);
}

static int put(const char *dir, const char *rel, const rg_buf *b, char **err)
{
    rg_buf path = {0};
    rg_buf_printf(&path, "%s/%s", dir, rel);
    int rc = write_file(path.s, b, err);
    rg_buf_free(&path);
    return rc;
}

static int write_migrations(const rg_run *r, const char *dir, char **err)
{
    rg_buf sub = {0}, rel = {0}, body = {0};
    rg_buf_printf(&sub, "%s/migrations", dir);
    int rc = mkdirs(sub.s) == 0 ? RG_OK : io_error(err, "create", sub.s);
    for (size_t i = 0; i < r->nfiles && rc == RG_OK; i++) {
        const char *why = rg_file_name_problem(r->files[i].name);
        if (why) {
            /* rg_ledger_load refuses such runs; a run from elsewhere too. */
            rg_buf shown = {0};
            rg_buf_put_printable(&shown, r->files[i].name, strlen(r->files[i].name), 80);
            rg_buf_printf(&shown, "\" %s: not a plain file name under migrations/", why);
            *err = rg_xmalloc(shown.len + 32);
            snprintf(*err, shown.len + 32, "migration file name \"%s", rg_buf_cstr(&shown));
            rg_buf_free(&shown);
            rc = RG_EINPUT;
            break;
        }
        for (int down = 0; down < 2 && rc == RG_OK; down++) {
            rg_buf_reset(&rel);
            rg_buf_reset(&body);
            rg_buf_printf(&rel, "migrations/%s.%s.sql", r->files[i].name, down ? "down" : "up");
            rg_buf_puts(&body, down ? r->files[i].down_sql : r->files[i].up_sql);
            rc = put(dir, rel.s, &body, err);
        }
    }
    rg_buf_free(&sub);
    rg_buf_free(&rel);
    rg_buf_free(&body);
    return rc;
}

static int write_dir(const rg_run *r, const char *dir, bool with_files, char **err)
{
    *err = NULL;
    if (mkdirs(dir) != 0) return io_error(err, "create", dir);
    rg_buf b = {0};
    int rc = RG_OK;
    for (size_t i = 0; with_files && rg_report_csv_names[i] && rc == RG_OK; i++) {
        rg_buf_reset(&b);
        rc = rg_report_csv(r, rg_report_csv_names[i], &b);
        if (rc == RG_OK) rc = put(dir, rg_report_csv_names[i], &b, err);
    }
    /* a review's files are the user's own: recorded, never written back */
    if (rc == RG_OK && with_files && !rg_report_is_review(r)) rc = write_migrations(r, dir, err);
    if (rc == RG_OK) {
        rg_buf_reset(&b);
        rg_report_html(r, &b);
        rc = put(dir, "report.html", &b, err);
    }
    if (rc == RG_OK) {
        rg_buf_reset(&b);
        rg_report_markdown(r, "report.html", RG_MARKDOWN_LIMIT, &b);
        rc = put(dir, "summary.md", &b, err);
    }
    rg_buf_free(&b);
    if (rc != RG_OK && !*err) *err = rg_xstrdup("cannot render the report");
    return rc;
}

int rg_report_write_dir(const rg_run *r, const char *dir, bool with_files, rg_diags *diags)
{
    char *err = NULL;
    int rc = write_dir(r, dir, with_files, &err);
    return rg_diags_fail(diags, rc, err);
}
