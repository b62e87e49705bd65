/*
 * run.c — the rg_run value the ledger stores and the reports render:
 * allocation, the run's timestamp (RG_FIXED_TIME for deterministic
 * tests), the inputs' SHA-256 digests, and the overall verdict.
 */
#define _XOPEN_SOURCE 700
#include "rollgate/ledger.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

rg_run *rg_run_new(void)
{
    rg_run *r = rg_xcalloc(1, sizeof *r);
    r->arena = rg_arena_new();
    r->tool_version = r->time_utc = r->command_line = r->apps = r->verdict = r->server_version = "";
    return r;
}

void rg_run_free(rg_run *r)
{
    if (!r) return;
    rg_arena_free(r->arena);
    free(r);
}

void rg_run_settle(rg_run *r)
{
    bool bad = false;
    for (size_t i = 0; i < r->nverdicts && !bad; i++) bad = strcmp(r->verdicts[i].verdict, "error") == 0;
    for (size_t i = 0; i < r->nfindings && !bad; i++) bad = r->findings[i].sev == RG_SEV_ERROR;
    if (r->exit_code < 2) r->exit_code = bad ? 1 : 0;
    r->verdict = r->exit_code >= 2 ? "error" : bad ? "incompatible" : "compatible";
}

const char *rg_run_now(rg_arena *a)
{
    const char *fixed = getenv("RG_FIXED_TIME");
    if (fixed && *fixed) return rg_arena_strdup(a, fixed);
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    char buf[32];
    strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return rg_arena_strdup(a, buf);
}

static int read_file(const char *path, rg_buf *out)
{
    FILE *f = fopen(path, "rb");
    if (!f) return RG_EIO;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) rg_buf_put(out, chunk, n);
    int rc = ferror(f) ? RG_EIO : RG_OK;
    fclose(f);
    return rc;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A folder is hashed as the concatenation "name\0bytes" of its regular
 * files in name order (non-recursive, like the loaders read it), so a
 * renamed or reordered migration changes the digest too. */
static int read_folder(const char *path, rg_buf *out)
{
    DIR *d = opendir(path);
    if (!d) return RG_EIO;
    RG_VEC(char *) names = {0};
    rg_arena *a = rg_arena_new();
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        *rg_vec_push(a, &names) = rg_arena_strdup(a, e->d_name);
    }
    closedir(d);
    if (names.n) qsort(names.v, names.n, sizeof *names.v, by_name);
    int rc = RG_OK;
    rg_buf file = {0};
    for (size_t i = 0; i < names.n && rc == RG_OK; i++) {
        char *full = rg_arena_printf(a, "%s/%s", path, names.v[i]);
        struct stat st;
        if (stat(full, &st) != 0 || !S_ISREG(st.st_mode)) continue;
        rg_buf_reset(&file);
        rc = read_file(full, &file);
        rg_buf_put(out, names.v[i], strlen(names.v[i]) + 1);
        rg_buf_put(out, file.s ? file.s : "", file.len);
    }
    rg_buf_free(&file);
    rg_arena_free(a);
    return rc;
}

int rg_run_add_input(rg_run *r, const char *role, const char *path)
{
    struct stat st;
    rg_buf b = {0};
    int rc = stat(path, &st) != 0 ? RG_EIO : S_ISDIR(st.st_mode) ? read_folder(path, &b) : read_file(path, &b);
    if (rc == RG_OK) {
        char hex[65];
        rg_sha256_hex(b.s ? b.s : "", b.len, hex);
        size_t n = r->ninputs;
        rg_run_input *v = rg_arena_alloc(r->arena, (n + 1) * sizeof *v);
        if (n) memcpy(v, r->inputs, n * sizeof *v);
        v[n] = (rg_run_input){rg_arena_strdup(r->arena, role), rg_arena_strdup(r->arena, path),
                              rg_arena_strdup(r->arena, hex), (int64_t)b.len};
        r->inputs = v;
        r->ninputs = n + 1;
    }
    rg_buf_free(&b);
    return rc;
}
