/*
 * outdir.c — a run's outputs are published as one unit.
 *
 * Before any work: every output path is checked (exit 2 then means nothing
 * was written) and the output folder OUT is locked (flock on the folder;
 * a second run into the same OUT waits for the first). The run writes its
 * files into a private folder next to OUT (".OUT.rollgate-XXXXXX"), commits
 * its ledger row, and then the whole folder takes OUT's place in one
 * rename(2) (RENAME_EXCHANGE): a reader sees the previous run's outputs or
 * this run's, never a mix, and a run killed at any point leaves the
 * previous outputs whole. The ledger in OUT (OUT/rollgate.db by default) is
 * part of the unit: the run appends its row to a copy in its private
 * folder, so OUT's ledger always lists exactly the runs published there,
 * the last one being the one OUT shows. A ledger elsewhere is written in
 * place, under a lock on its folder, just before the swap. What OUT held
 * that is not rollgate's (another tool's files) is carried into the new
 * folder first by hard links, so it is never lost or changed; rollgate's
 * own names that this run does not write (a verification.csv of an earlier
 * verify run, ...) are simply not carried: every file a run may write is
 * rewritten or gone. A private folder left by a killed run is removed by
 * the next run.
 */
#define _GNU_SOURCE
#include "run_int.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rollgate/emit.h"
#include "rollgate/report.h"

/* rollgate's own names in OUT: written by some run, so a run that does not
 * write one removes it. Other names are never touched. */
static const char *const OWN_FILES[] = {"stages.csv", "steps.csv", "changes.csv", "compatibility.csv",
                                        "verification.csv", "verification_steps.csv", "report.html", "summary.md", NULL};

struct rg_outdir_state {
    char *real_out;               /* OUT, symlinks resolved */
    char *parent, *name;          /* real_out = parent/name */
    int lock_fd, stage_fd;        /* flocks on OUT and on the stage */
    char *created;                /* the topmost folder begin created (removed again if unused) */
    char *junit_rel, *sarif_rel;  /* under OUT, else NULL */
    const char *junit_final, *sarif_final;
    char *ledger_name;            /* the ledger's name in OUT when it lies there, else NULL */
    char *ledger_dir;             /* a ledger elsewhere: its folder, locked while it is written */
    int ledger_fd;
    void (*notify)(void *ctx, bool transient, const char *line);
    void *notify_ctx;
    bool writes_ledger;
    bool published;
};

static int fail(rg_diags *d, int rc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(rg_diags *d, int rc, const char *fmt, ...)
{
    rg_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    rg_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    return rg_diags_fail(d, rc, b.s);
}

static char *join(const char *dir, const char *name)
{
    rg_buf b = {0};
    rg_buf_printf(&b, "%s/%s", dir, name);
    return b.s;
}

static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) return rg_xstrdup(".");
    if (slash == path) return rg_xstrdup("/");
    char *s = rg_xstrdup(path);
    s[slash - path] = 0;
    return s;
}

static const char *base_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* ---- removing a tree ---------------------------------------------------- */

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    remove(path);
    return 0;
}

static void rm_tree(const char *path)
{
    nftw(path, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* ---- checking the paths ------------------------------------------------- */

/* The path as an absolute one with symlinks resolved as far as it exists;
 * the missing rest appended as given. NULL when an existing prefix is not a
 * folder. */
static char *resolve(const char *path)
{
    char *p = rg_xstrdup(path);
    size_t n = strlen(p);
    while (n > 1 && p[n - 1] == '/') p[--n] = 0;
    rg_buf rest = {0};
    char *real = NULL;
    for (;;) {
        real = realpath(p, NULL);
        if (real || errno != ENOENT) break;
        char *slash = strrchr(p, '/');
        rg_buf tail = {0};
        rg_buf_printf(&tail, "/%s%s", slash ? slash + 1 : p, rg_buf_cstr(&rest));
        rg_buf_free(&rest);
        rest = tail;
        if (!slash) {
            strcpy(p, ".");
        } else if (slash == p) {
            p[1] = 0;
        } else {
            *slash = 0;
        }
    }
    char *out = NULL;
    if (real) {
        struct stat st;
        if (!rest.len || (stat(real, &st) == 0 && S_ISDIR(st.st_mode))) {
            rg_buf b = {0};
            rg_buf_printf(&b, "%s%s", strcmp(real, "/") == 0 && rest.len ? "" : real, rg_buf_cstr(&rest));
            out = b.s;
        }
    }
    free(real);
    free(p);
    rg_buf_free(&rest);
    return out;
}

/* path relative to folder dir when it lies under it (both resolved). */
static const char *under(const char *path, const char *dir)
{
    size_t n = strlen(dir);
    return strncmp(path, dir, n) == 0 && path[n] == '/' ? path + n + 1 : NULL;
}

static bool own_name(const char *rel)
{
    for (int i = 0; OWN_FILES[i]; i++)
        if (strcmp(rel, OWN_FILES[i]) == 0) return true;
    return strcmp(rel, "migrations") == 0 || strncmp(rel, "migrations/", 11) == 0 ||
           strncmp(rel, ".rollgate-tmp.", 14) == 0 || rg_emit_owns(rel);
}

/* --junit / --sarif: a file whose folder exists (or is OUT); under OUT it
 * is written with the run's files. */
static int check_file_out(rg_diags *d, struct rg_outdir_state *s, const char *opt, const char *path, char **rel,
                          const char **final)
{
    *final = path;
    char *real = resolve(path);
    struct stat st;
    int rc = RG_OK;
    if (!real) rc = fail(d, RG_EUSAGE, "%s %s: a part of the path is not a folder", opt, path);
    else if (stat(real, &st) == 0 && S_ISDIR(st.st_mode)) rc = fail(d, RG_EUSAGE, "%s %s is a folder", opt, path);
    const char *r = real ? under(real, s->real_out) : NULL;
    if (rc == RG_OK && r) {
        if (own_name(r) || strcmp(r, "rollgate.db") == 0)
            rc = fail(d, RG_EUSAGE, "%s %s would overwrite rollgate's own %s", opt, path, r);
        *rel = rg_xstrdup(r);
    } else if (rc == RG_OK) {
        char *dir = dir_of(real);
        if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
            rc = fail(d, RG_EUSAGE, "%s %s: folder %s does not exist", opt, path, dir);
        else if (access(dir, W_OK | X_OK) != 0)
            rc = fail(d, RG_EIO, "%s %s: cannot write into %s: %s", opt, path, dir, strerror(errno));
        free(dir);
    }
    free(real);
    return rc;
}

/* The ledger exists and is a ledger this rollgate can take, or its folder
 * exists (or is OUT) and can be written. It lies directly in OUT or
 * outside it. */
static int check_ledger(rg_diags *d, struct rg_outdir_state *s, const char *path)
{
    char *real = resolve(path);
    struct stat st;
    int rc = RG_OK;
    if (!real) {
        rc = fail(d, RG_EUSAGE, "--ledger %s: a part of the path is not a folder", path);
    } else if (stat(real, &st) == 0) {
        if (!S_ISREG(st.st_mode)) rc = fail(d, RG_EUSAGE, "--ledger %s is not a file", path);
        else if (access(real, R_OK | W_OK) != 0)
            rc = fail(d, RG_EIO, "cannot write ledger %s: %s", path, strerror(errno));
        else rc = rg_ledger_check(path, d);
    }
    char *dir = real ? dir_of(real) : NULL;
    bool in_out = dir && strcmp(dir, s->real_out) == 0;
    if (rc == RG_OK && dir && under(dir, s->real_out))
        rc = fail(d, RG_EUSAGE, "--ledger %s: a ledger in the output folder lies directly in it", path);
    if (rc == RG_OK && in_out) s->ledger_name = rg_xstrdup(base_of(real));
    if (rc == RG_OK && !in_out) s->ledger_dir = rg_xstrdup(dir);
    if (rc == RG_OK && real && stat(real, &st) != 0) {
        if (!in_out && (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)))
            rc = fail(d, RG_EUSAGE, "--ledger %s: folder %s does not exist", path, dir);
        else if (!in_out && access(dir, W_OK | X_OK) != 0)
            rc = fail(d, RG_EIO, "--ledger %s: cannot write into %s: %s", path, dir, strerror(errno));
    }
    free(dir);
    free(real);
    return rc;
}

static int check_out(rg_diags *d, struct rg_outdir_state *s, const char *out)
{
    if (!*out) return fail(d, RG_EUSAGE, "--out needs a folder");
    s->real_out = resolve(out);
    struct stat st, pst;
    if (!s->real_out) return fail(d, RG_EUSAGE, "--out %s: a part of the path is not a folder", out);
    if (stat(s->real_out, &st) == 0 && !S_ISDIR(st.st_mode))
        return fail(d, RG_EUSAGE, "--out %s is not a folder", out);
    if (strcmp(s->real_out, "/") == 0) return fail(d, RG_EUSAGE, "--out cannot be /");
    s->parent = dir_of(s->real_out);
    s->name = rg_xstrdup(base_of(s->real_out));
    char *cwd = getcwd(NULL, 0);
    bool holds_cwd = cwd && (strcmp(cwd, s->real_out) == 0 || under(cwd, s->real_out));
    free(cwd);
    /* The folder is replaced as a whole: the shell's current folder would be
     * left pointing at the removed one. */
    if (holds_cwd)
        return fail(d, RG_EUSAGE, "--out %s holds the current folder; rollgate replaces the output folder as "
                                  "a whole: name a folder of its own", out);
    char *existing = rg_xstrdup(s->parent);
    while (stat(existing, &pst) != 0) {
        char *up = dir_of(existing);
        free(existing);
        existing = up;
    }
    int rc = RG_OK;
    if (!S_ISDIR(pst.st_mode)) rc = fail(d, RG_EUSAGE, "--out %s: %s is not a folder", out, existing);
    else if (access(existing, W_OK | X_OK) != 0)
        rc = fail(d, RG_EIO, "--out %s: cannot write into %s: %s", out, existing, strerror(errno));
    else if (stat(s->real_out, &st) == 0 && strcmp(existing, s->parent) == 0 && st.st_dev != pst.st_dev)
        rc = fail(d, RG_EUSAGE, "--out %s is a mount point; rollgate replaces the output folder as a whole: "
                                "name a folder inside it", out);
    free(existing);
    return rc;
}

/* ---- lock --------------------------------------------------------------- */

/* mkdir -p; remembers the topmost folder it made. */
static int make_dirs(struct rg_outdir_state *s, const char *path)
{
    char *p = rg_xstrdup(path);
    int rc = 0;
    for (char *c = p + 1;; c++) {
        if (*c != '/' && *c) continue;
        char saved = *c;
        *c = 0;
        if (mkdir(p, 0777) == 0) {
            if (!s->created) s->created = rg_xstrdup(p);
        } else if (errno != EEXIST) {
            rc = -1;
        }
        *c = saved;
        if (!saved || rc) break;
    }
    free(p);
    return rc;
}

/* flock on a folder itself (OUT, or the folder of a ledger elsewhere),
 * waiting for the run that holds it. An output folder is replaced by each
 * run, so a lock taken on a folder that is no longer at `path` is given up
 * and taken again. Returns the locked descriptor or -1 (error in d). */
static int lock_dir(struct rg_outdir_state *s, const char *path, const char *shown, rg_diags *d)
{
    bool told = false;
    for (;;) {
        int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0) return fail(d, RG_EIO, "cannot open %s: %s", shown, strerror(errno)), -1;
        if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
            if (errno != EWOULDBLOCK) {
                close(fd);
                return fail(d, RG_EIO, "cannot lock %s: %s", shown, strerror(errno)), -1;
            }
            if (s->notify && !told) {
                rg_buf b = {0};
                rg_buf_printf(&b, "waiting for another rollgate run to finish with %s", shown);
                s->notify(s->notify_ctx, false, rg_buf_cstr(&b));
                rg_buf_free(&b);
                told = true;
            }
            if (flock(fd, LOCK_EX) != 0) { /* EINTR: a signal, see rg_run_interrupt */
                close(fd);
                return fail(d, RG_EIO, "interrupted while waiting for %s", shown), -1;
            }
        }
        struct stat held, now;
        if (fstat(fd, &held) == 0 && stat(path, &now) == 0 && held.st_ino == now.st_ino &&
            held.st_dev == now.st_dev)
            return fd;
        close(fd);
        if (rg_run_interrupted()) return fail(d, RG_EIO, "interrupted while waiting for %s", shown), -1;
    }
}

/* Private folders of runs that died (any live run for OUT would hold the
 * lock we hold now). */
static void clean_stale(struct rg_outdir_state *s)
{
    DIR *dir = opendir(s->parent);
    if (!dir) return;
    rg_buf prefix = {0};
    rg_buf_printf(&prefix, ".%s.rollgate-", s->name);
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (strncmp(e->d_name, prefix.s, prefix.len) != 0 || strlen(e->d_name) != prefix.len + 6) continue;
        char *p = join(s->parent, e->d_name);
        rm_tree(p);
        free(p);
    }
    closedir(dir);
    rg_buf_free(&prefix);
}

int rg_outdir_begin(rg_outdir *o, const rg_run_opts *opts, bool writes_ledger, rg_diags *d)
{
    memset(o, 0, sizeof *o);
    struct rg_outdir_state *s = o->st = rg_xcalloc(1, sizeof *s);
    s->lock_fd = s->stage_fd = s->ledger_fd = -1;
    s->notify = opts->notify;
    s->writes_ledger = writes_ledger;
    s->notify_ctx = opts->notify_ctx;
    o->out = rg_xstrdup(opts->out);
    o->ledger = opts->ledger ? rg_xstrdup(opts->ledger) : join(opts->out, "rollgate.db");
    int rc = check_out(d, s, opts->out);
    if (rc == RG_OK && opts->junit) rc = check_file_out(d, s, "--junit", opts->junit, &s->junit_rel, &s->junit_final);
    if (rc == RG_OK && opts->sarif) rc = check_file_out(d, s, "--sarif", opts->sarif, &s->sarif_rel, &s->sarif_final);
    if (rc == RG_OK && opts->junit && opts->sarif && s->junit_final && s->sarif_final) {
        char *a = resolve(opts->junit), *b = resolve(opts->sarif);
        if (a && b && strcmp(a, b) == 0) rc = fail(d, RG_EUSAGE, "--junit and --sarif name the same file");
        free(a);
        free(b);
    }
    if (rc == RG_OK && writes_ledger) rc = check_ledger(d, s, o->ledger);
    if (rc == RG_OK && writes_ledger && (opts->junit || opts->sarif)) {
        char *l = resolve(o->ledger), *j = opts->junit ? resolve(opts->junit) : NULL,
             *f = opts->sarif ? resolve(opts->sarif) : NULL;
        if (l && ((j && strcmp(l, j) == 0) || (f && strcmp(l, f) == 0)))
            rc = fail(d, RG_EUSAGE, "--junit / --sarif name the ledger %s", o->ledger);
        free(l);
        free(j);
        free(f);
    }
    if (rc != RG_OK) return rc;
    /* From here on, whatever goes wrong is undone by rg_outdir_end. */
    if (make_dirs(s, s->real_out) != 0) return fail(d, RG_EIO, "cannot create %s: %s", o->out, strerror(errno));
    s->lock_fd = lock_dir(s, s->real_out, o->out, d);
    if (s->lock_fd < 0) return RG_EIO;
    clean_stale(s);
    rg_buf stage = {0};
    rg_buf_printf(&stage, "%s/.%s.rollgate-XXXXXX", s->parent, s->name);
    if (!mkdtemp(stage.s)) {
        rc = fail(d, RG_EIO, "cannot create a folder next to %s: %s", o->out, strerror(errno));
        rg_buf_free(&stage);
        return rc;
    }
    o->stage = stage.s;
    /* The new folder will be OUT: OUT's mode, not mkdtemp's 0700. */
    struct stat st;
    if (stat(s->real_out, &st) == 0) chmod(o->stage, st.st_mode & 07777);
    else chmod(o->stage, rg_output_mode() | ((rg_output_mode() & 0444) >> 2)); /* a folder: x where r */
    /* Locked before it takes OUT's place: a run that opens OUT after the
     * swap waits for this one to finish. */
    s->stage_fd = open(o->stage, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (s->stage_fd < 0 || flock(s->stage_fd, LOCK_EX | LOCK_NB) != 0)
        return fail(d, RG_EIO, "cannot lock %s: %s", o->stage, strerror(errno));
    if (s->junit_rel) o->junit = join(o->stage, s->junit_rel);
    if (s->sarif_rel) o->sarif = join(o->stage, s->sarif_rel);
    if (writes_ledger && s->ledger_name) {
        /* The run's row goes into a copy that is published with the rest. */
        char *in_out = join(s->real_out, s->ledger_name);
        free(o->ledger);
        o->ledger = join(o->stage, s->ledger_name);
        if (access(in_out, F_OK) == 0) rc = rg_ledger_copy(in_out, o->ledger, d);
        free(in_out);
    }
    return rc;
}

int rg_outdir_ledger_lock(rg_outdir *o, rg_diags *d)
{
    struct rg_outdir_state *s = o->st;
    if (!s->ledger_dir) return RG_OK;
    s->ledger_fd = lock_dir(s, s->ledger_dir, s->ledger_dir, d);
    return s->ledger_fd < 0 ? RG_EIO : RG_OK;
}

bool rg_outdir_ledger_staged(const rg_outdir *o)
{
    return o->st->ledger_name != NULL;
}

void rg_outdir_ledger_unlock(rg_outdir *o)
{
    struct rg_outdir_state *s = o->st;
    if (s->ledger_fd >= 0) close(s->ledger_fd);
    s->ledger_fd = -1;
}

/* ---- carrying what is not rollgate's ------------------------------------ */

static int carry(rg_diags *d, struct rg_outdir_state *s, const char *from, const char *to, const char *rel);

static int carry_file(rg_diags *d, const char *from, const char *to, const struct stat *st)
{
    if (link(from, to) == 0) return RG_OK;
    /* A file rollgate may not hard-link (another owner, protected_hardlinks)
     * is copied, mode kept. */
    int in = open(from, O_RDONLY | O_CLOEXEC), out = -1, rc = RG_OK;
    if (in >= 0) out = open(to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, st->st_mode & 07777);
    char buf[65536];
    ssize_t n = 0;
    while (in >= 0 && out >= 0 && (n = read(in, buf, sizeof buf)) > 0)
        if (write(out, buf, (size_t)n) != n) n = -1, errno = EIO;
    if (in < 0 || out < 0 || n < 0) rc = fail(d, RG_EIO, "cannot carry %s into the new output folder: %s", from,
                                              strerror(errno));
    if (in >= 0) close(in);
    if (out >= 0 && close(out) != 0 && rc == RG_OK)
        rc = fail(d, RG_EIO, "cannot carry %s into the new output folder: %s", from, strerror(errno));
    return rc;
}

static int carry_entry(rg_diags *d, struct rg_outdir_state *s, const char *from, const char *to, const char *rel)
{
    struct stat st;
    if (lstat(from, &st) != 0) return RG_OK; /* gone meanwhile */
    if (S_ISREG(st.st_mode)) return carry_file(d, from, to, &st);
    if (S_ISDIR(st.st_mode)) {
        if (mkdir(to, st.st_mode & 07777) != 0 && errno != EEXIST)
            return fail(d, RG_EIO, "cannot create %s: %s", to, strerror(errno));
        return carry(d, s, from, to, rel);
    }
    if (S_ISLNK(st.st_mode)) {
        char target[PATH_MAX];
        ssize_t n = readlink(from, target, sizeof target - 1);
        if (n < 0) return fail(d, RG_EIO, "cannot read link %s: %s", from, strerror(errno));
        target[n] = 0;
        if (symlink(target, to) != 0) return fail(d, RG_EIO, "cannot create link %s: %s", to, strerror(errno));
        return RG_OK;
    }
    return fail(d, RG_EIO, "%s is neither a file, a folder nor a link: rollgate cannot carry it into the new "
                           "output folder", from);
}

/* Copies the folder `from` (rel under OUT, "" for OUT) into `to` by hard
 * links, leaving out rollgate's own names and this run's outputs. */
static int carry(rg_diags *d, struct rg_outdir_state *s, const char *from, const char *to, const char *rel)
{
    DIR *dir = opendir(from);
    if (!dir) return fail(d, RG_EIO, "cannot read %s: %s", from, strerror(errno));
    int rc = RG_OK;
    struct dirent *e;
    while (rc == RG_OK && (e = readdir(dir)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        char *r = *rel ? join(rel, e->d_name) : rg_xstrdup(e->d_name);
        size_t n = strlen(e->d_name);
        /* In migrations/ only the migration files are rollgate's. */
        bool own = *rel ? strcmp(rel, "migrations") == 0 && n > 7 &&
                              (strcmp(e->d_name + n - 7, ".up.sql") == 0 ||
                               (n > 9 && strcmp(e->d_name + n - 9, ".down.sql") == 0))
                        : own_name(r) && strcmp(r, "migrations") != 0;
        bool mine = (s->junit_rel && strcmp(r, s->junit_rel) == 0) || (s->sarif_rel && strcmp(r, s->sarif_rel) == 0);
        /* The ledger this run wrote (a copy in the stage), and its SQLite
         * companions. */
        size_t ln = s->ledger_name ? strlen(s->ledger_name) : 0;
        if (!*rel && ln && strncmp(e->d_name, s->ledger_name, ln) == 0 && s->writes_ledger)
            mine |= !e->d_name[ln] || !strcmp(e->d_name + ln, "-wal") || !strcmp(e->d_name + ln, "-shm") ||
                    !strcmp(e->d_name + ln, "-journal");
        if (!own && !mine) {
            char *f = join(from, e->d_name), *t = join(to, e->d_name);
            rc = carry_entry(d, s, f, t, r);
            free(f);
            free(t);
        }
        free(r);
    }
    closedir(dir);
    return rc;
}

/* ---- publish ------------------------------------------------------------ */

static int make_parent_dirs(const char *path)
{
    char *p = rg_xstrdup(path);
    int rc = 0;
    for (char *c = p + 1; *c && rc == 0; c++) {
        if (*c != '/') continue;
        *c = 0;
        if (mkdir(p, 0777) != 0 && errno != EEXIST) rc = -1;
        *c = '/';
    }
    free(p);
    return rc;
}

int rg_outdir_publish(rg_outdir *o, const rg_buf *junit, const rg_buf *sarif, rg_diags *d)
{
    struct rg_outdir_state *s = o->st;
    int rc = RG_OK;
    if (junit && s->junit_rel) {
        rc = make_parent_dirs(o->junit) == 0 ? rg_report_write_file(o->junit, junit, d)
                                             : fail(d, RG_EIO, "cannot create the folder of %s", s->junit_final);
    }
    if (rc == RG_OK && sarif && s->sarif_rel) {
        rc = make_parent_dirs(o->sarif) == 0 ? rg_report_write_file(o->sarif, sarif, d)
                                             : fail(d, RG_EIO, "cannot create the folder of %s", s->sarif_final);
    }
    if (rc == RG_OK) rc = carry(d, s, s->real_out, o->stage, "");
    if (rc != RG_OK) return rc;
    /* The swap: one rename(2), the unit of publication. */
    if (renameat2(AT_FDCWD, o->stage, AT_FDCWD, s->real_out, RENAME_EXCHANGE) != 0) {
        if (errno != EINVAL && errno != ENOSYS)
            return fail(d, RG_EIO, "cannot put the new %s in place: %s", o->out, strerror(errno));
        /* A file system without RENAME_EXCHANGE: two renames; between them
         * OUT is missing for an instant, never mixed. */
        rg_buf b = {0};
        rg_buf_printf(&b, "%s.XXXXXX", o->stage);
        if (!mkdtemp(b.s) || rmdir(b.s) != 0 || rename(s->real_out, b.s) != 0) {
            rg_buf_free(&b);
            return fail(d, RG_EIO, "cannot put the new %s in place: %s", o->out, strerror(errno));
        }
        if (rename(o->stage, s->real_out) != 0) {
            rename(b.s, s->real_out);
            rg_buf_free(&b);
            return fail(d, RG_EIO, "cannot put the new %s in place: %s", o->out, strerror(errno));
        }
        rename(b.s, o->stage);
        rg_buf_free(&b);
    }
    s->published = true;
    /* The previous outputs now sit at the stage's name. */
    rm_tree(o->stage);
    if (junit && !s->junit_rel) rc = rg_report_write_file(s->junit_final, junit, d);
    if (rc == RG_OK && sarif && !s->sarif_rel) rc = rg_report_write_file(s->sarif_final, sarif, d);
    return rc;
}

void rg_outdir_end(rg_outdir *o)
{
    struct rg_outdir_state *s = o->st;
    if (s && !s->published) {
        if (o->stage) rm_tree(o->stage);
        /* A folder made only for this run goes again if the run left it
         * empty (a refused run writes nothing). */
        if (s->created && s->real_out) {
            char *p = rg_xstrdup(s->real_out);
            while (rmdir(p) == 0 && strcmp(p, s->created) != 0) {
                char *up = dir_of(p);
                free(p);
                p = up;
            }
            free(p);
        }
    }
    if (s) {
        if (s->stage_fd >= 0) close(s->stage_fd);
        if (s->ledger_fd >= 0) close(s->ledger_fd);
        free(s->ledger_dir);
        free(s->ledger_name);
        if (s->lock_fd >= 0) close(s->lock_fd);
        free(s->real_out);
        free(s->parent);
        free(s->name);
        free(s->created);
        free(s->junit_rel);
        free(s->sarif_rel);
        free(s);
    }
    free(o->out);
    free(o->stage);
    free(o->ledger);
    free(o->junit);
    free(o->sarif);
    memset(o, 0, sizeof *o);
}
