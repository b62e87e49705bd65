/*
 * server.c — the PostgreSQL server `rollgate verify` talks to: either an
 * existing one (--pg-url; only scratch databases named rollgate_verify_*
 * are created there, and dropped again) or a throwaway cluster: initdb
 * into a fresh temp dir, unix socket in that dir, listen_addresses='' (no
 * TCP, so parallel runs never collide), fsync off. initdb refuses to run
 * as root, so as root the cluster is owned and run by `postgres`.
 *
 * The throwaway cluster is removed at the end, on error, and on Ctrl-C: its
 * dir and postmaster pid are kept in static storage that
 * rg_verify_interrupt (from the application's signal handler) and
 * rg_verify_cleanup (from its atexit hook) use (kill + rm -rf only). The
 * library installs no handler of its own.
 */
#define _GNU_SOURCE
#include "verify_int.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ---- emergency cleanup ------------------------------------------------- */

static char g_dir[PATH_MAX];
static volatile pid_t g_postmaster;

/* Keeps walking past an entry that cannot go yet (a server process may
 * still be writing while it dies): the walk is retried. */
static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    remove(path);
    return 0;
}

/* Stops the postmaster (SIGQUIT = immediate shutdown) and removes the
 * cluster dir. Used by atexit, the signal handler and vs_close. */
static volatile pid_t g_child;   /* initdb / pg_ctl while it runs */

/* The postmaster's pid from its pid file (read(2) only: signal-safe). */
static pid_t read_postmaster_pid(void)
{
    char path[PATH_MAX + 32], buf[32];
    size_t n = strlen(g_dir);
    if (n + 24 >= sizeof path) return 0;
    memcpy(path, g_dir, n);
    memcpy(path + n, "/data/postmaster.pid", 21);
    int fd = open(path, O_RDONLY);
    if (fd < 0) return 0;
    ssize_t k = read(fd, buf, sizeof buf - 1);
    close(fd);
    pid_t pid = 0;
    for (ssize_t i = 0; i < k && buf[i] >= '0' && buf[i] <= '9'; i++) pid = pid * 10 + (buf[i] - '0');
    return pid;
}

static void kill_cluster(void)
{
    if (g_child > 0) {
        kill(g_child, SIGKILL);
        waitpid(g_child, NULL, 0);
        g_child = 0;
    }
    if (g_dir[0] && g_postmaster <= 0) g_postmaster = read_postmaster_pid();
    if (g_postmaster > 0) {
        kill(g_postmaster, SIGQUIT);
        for (int i = 0; i < 500 && kill(g_postmaster, 0) == 0; i++) {
            struct timespec ts = {0, 10 * 1000 * 1000};
            nanosleep(&ts, NULL);
        }
        g_postmaster = 0;
    }
    for (int i = 0; g_dir[0] && i < 20 && access(g_dir, F_OK) == 0; i++) {
        if (i) {
            struct timespec ts = {0, 50 * 1000 * 1000};
            nanosleep(&ts, NULL);
        }
        nftw(g_dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    }
    g_dir[0] = 0;
}

/* The application's signal handler calls rg_verify_interrupt: a
 * throwaway cluster is stopped and removed at once (kill + rm only); with
 * --pg-url the running queries are cancelled (PQcancel is signal-safe).
 * Either way every later query fails at once, the run unwinds through its
 * normal error path and vs_close drops the scratch databases; the
 * application then ends the process as the signal would have. */
static volatile sig_atomic_t g_interrupted;
static PGcancel *volatile g_cancel[3];

void rg_verify_interrupt(int sig)
{
    g_interrupted = sig;
    char buf[256];
    for (int i = 0; i < 3; i++)
        if (g_cancel[i]) PQcancel(g_cancel[i], buf, sizeof buf);
    if (g_dir[0] || g_child || g_postmaster) kill_cluster();
}

int rg_verify_interrupted(void)
{
    return g_interrupted;
}

void rg_verify_cleanup(void)
{
    kill_cluster();
}

void vs_watch(PGconn *c)
{
    for (int i = 0; i < 3; i++)
        if (!g_cancel[i]) {
            g_cancel[i] = PQgetCancel(c);
            return;
        }
}

static void unwatch_all(void)
{
    for (int i = 0; i < 3; i++) {
        PGcancel *c = g_cancel[i];
        g_cancel[i] = NULL;
        PQfreeCancel(c);
    }
}

/* ---- running the server's binaries ------------------------------------- */

static char *errf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *errf(const char *fmt, ...)
{
    rg_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    rg_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    return b.s ? b.s : rg_xstrdup("error");
}

/* Runs argv with stdout/stderr to `log` (or to out_fd when >= 0 for
 * stdout), as `owner` when non-NULL. Returns the exit status or -1. */
static int run_as(char *const argv[], const struct passwd *owner, const char *log, int out_fd)
{
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        /* Drop privileges first: the log then belongs to the server's owner. */
        if (owner && (setgroups(0, NULL) != 0 || setgid(owner->pw_gid) != 0 || setuid(owner->pw_uid) != 0))
            _exit(126);
        int fd = log ? open(log, O_WRONLY | O_CREAT | O_APPEND, 0644) : open("/dev/null", O_WRONLY);
        if (fd >= 0) {
            dup2(out_fd >= 0 ? out_fd : fd, 1);
            dup2(fd, 2);
        }
        int devnull = open("/dev/null", O_RDONLY);
        if (devnull >= 0) dup2(devnull, 0);
        execv(argv[0], argv);
        _exit(127);
    }
    g_child = pid;
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) {
            g_child = 0;
            return -1;
        }
    g_child = 0;
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* The last lines of a log, for a message (the dir is removed at exit). */
static const char *tail_of(const char *path)
{
    static char buf[1024];
    buf[0] = 0;
    FILE *f = fopen(path, "r");
    if (!f) return "";
    long n = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : 0;
    fseek(f, n > 900 ? n - 900 : 0, SEEK_SET);
    size_t k = fread(buf + 2, 1, sizeof buf - 3, f);
    fclose(f);
    buf[0] = ':';
    buf[1] = '\n';
    buf[2 + k] = 0;
    return buf;
}

static char *find_bindir(const char *given)
{
    if (given) return rg_xstrdup(given);
    char line[PATH_MAX] = "";
    FILE *f = popen("pg_config --bindir 2>/dev/null", "r");
    if (f) {
        if (!fgets(line, sizeof line, f)) line[0] = 0;
        pclose(f);
    }
    line[strcspn(line, "\r\n")] = 0;
    char probe[PATH_MAX + 16];
    snprintf(probe, sizeof probe, "%s/initdb", line);
    if (line[0] && access(probe, X_OK) == 0) return rg_xstrdup(line);
    return rg_xstrdup("/usr/lib/postgresql/15/bin");
}

static char *binpath(const vserver *s, const char *prog)
{
    rg_buf b = {0};
    rg_buf_printf(&b, "%s/%s", s->bindir, prog);
    return b.s;
}

static void set_conninfo(vserver *s, const char *const *keys, const char *const *vals, size_t n)
{
    s->keys = rg_xcalloc(n + 1, sizeof *s->keys);
    s->vals = rg_xcalloc(n + 1, sizeof *s->vals);
    for (size_t i = 0; i < n; i++) {
        s->keys[i] = rg_xstrdup(keys[i]);
        s->vals[i] = rg_xstrdup(vals[i]);
    }
    s->nkv = n;
}

static void quiet_notice(void *arg, const char *message) {}

PGconn *vs_connect(vserver *s, const char *db)
{
    const char **k = rg_xcalloc(s->nkv + 2, sizeof *k), **v = rg_xcalloc(s->nkv + 2, sizeof *v);
    size_t n = 0;
    for (size_t i = 0; i < s->nkv; i++) {
        if (strcmp(s->keys[i], "dbname") == 0) continue;
        k[n] = s->keys[i];
        v[n++] = s->vals[i];
    }
    k[n] = "dbname";
    v[n++] = db;
    PGconn *c = PQconnectdbParams(k, v, 0);
    free(k);
    free(v);
    if (c && PQstatus(c) == CONNECTION_OK) PQsetNoticeProcessor(c, quiet_notice, NULL);
    return c;
}

static int start_cluster(vserver *s, char **err)
{
    struct passwd *owner = NULL;
    if (geteuid() == 0) {
        owner = getpwnam("postgres");
        if (!owner) {
            *err = errf("running as root and there is no 'postgres' user to run the server as");
            return RG_EIO;
        }
        if (s->o->notify)
            s->o->notify(s->o->notify_ctx, false, "running as root: the throwaway server runs as user 'postgres'");
    }
    char tmpl[] = "/tmp/rg-verify.XXXXXX";
    const char *tmp = getenv("TMPDIR");
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", tmp && *tmp && strlen(tmp) < 200 ? tmp : "/tmp", tmpl + 5);
    if (!mkdtemp(path)) {
        *err = errf("cannot create a temp dir: %s", strerror(errno));
        return RG_EIO;
    }
    snprintf(g_dir, sizeof g_dir, "%s", path);
    s->dir = rg_xstrdup(path);
    if (g_interrupted) { /* the signal came before g_dir named it */
        *err = errf("interrupted");
        return RG_EIO;
    }
    chmod(path, 0755);
    if (owner && chown(path, owner->pw_uid, owner->pw_gid) != 0) {
        *err = errf("cannot hand %s to postgres: %s", path, strerror(errno));
        return RG_EIO;
    }
    char data[PATH_MAX + 8], log[PATH_MAX + 16], ilog[PATH_MAX + 16], opts[PATH_MAX + 256];
    snprintf(data, sizeof data, "%s/data", path);
    snprintf(log, sizeof log, "%s/server.log", path);
    snprintf(ilog, sizeof ilog, "%s/initdb.log", path);
    char *initdb = binpath(s, "initdb"), *pgctl = binpath(s, "pg_ctl");
    int rc = RG_OK;
    char *ia[] = {initdb, "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", NULL};
    if (access(initdb, X_OK) != 0 || run_as(ia, owner, ilog, -1) != 0) {
        *err = errf("initdb failed (%s)%s", initdb, tail_of(ilog));
        rc = RG_EIO;
        goto done;
    }
    snprintf(opts, sizeof opts,
             "-c listen_addresses='' -c unix_socket_directories='%s' -p 5432 -c fsync=off "
             "-c synchronous_commit=off -c full_page_writes=off -c max_connections=20",
             path);
    char *pa[] = {pgctl, "-D", data, "-l", log, "-w", "-t", "60", "-o", opts, "start", NULL};
    if (run_as(pa, owner, NULL, -1) != 0) {
        *err = errf("the server did not start%s", tail_of(log));
        rc = RG_EIO;
        goto done;
    }
    char pidfile[PATH_MAX + 32];
    snprintf(pidfile, sizeof pidfile, "%s/postmaster.pid", data);
    FILE *pf = fopen(pidfile, "r");
    long pid = 0;
    if (pf) {
        if (fscanf(pf, "%ld", &pid) != 1) pid = 0;
        fclose(pf);
    }
    g_postmaster = (pid_t)pid;
    const char *keys[] = {"host", "port", "user"}, *vals[] = {path, "5432", "postgres"};
    set_conninfo(s, keys, vals, 3);
done:
    free(initdb);
    free(pgctl);
    return rc;
}

static int connect_url(vserver *s, const char *url, bool force, char **err)
{
    PGconn *c = PQconnectdb(url);
    if (!c || PQstatus(c) != CONNECTION_OK) {
        /* libpq may quote the URL, or a piece of it, back. */
        char *shown = rg_redact_echo(c ? PQerrorMessage(c) : "out of memory", url);
        *err = errf("cannot connect to --pg-url: %s", shown);
        free(shown);
        PQfinish(c);
        return RG_EIO;
    }
    PGresult *r = PQexec(c, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                            "WHERE c.relkind IN ('r','p','v','m','f') AND n.nspname NOT IN "
                            "('pg_catalog','information_schema') AND n.nspname NOT LIKE 'pg_toast%'");
    long ntables = PQresultStatus(r) == PGRES_TUPLES_OK ? atol(PQgetvalue(r, 0, 0)) : 0;
    PQclear(r);
    if (ntables > 0 && !force) {
        *err = errf("the --pg-url database '%s' already holds %ld tables or views: give a maintenance "
                    "database (postgres) or --force (rollgate only creates and drops rollgate_verify_* "
                    "databases)", PQdb(c), ntables);
        PQfinish(c);
        return RG_EUSAGE;
    }
    PQconninfoOption *opts = PQconninfo(c), *o;
    size_t n = 0;
    for (o = opts; o && o->keyword; o++) n++;
    const char **k = rg_xcalloc(n + 1, sizeof *k), **v = rg_xcalloc(n + 1, sizeof *v);
    size_t m = 0;
    for (o = opts; o && o->keyword; o++)
        if (o->val && *o->val) {
            k[m] = o->keyword;
            v[m++] = o->val;
        }
    set_conninfo(s, k, v, m);
    free(k);
    free(v);
    PQconninfoFree(opts);
    PQsetNoticeProcessor(c, quiet_notice, NULL);
    s->admin = c;
    vs_watch(c);
    return RG_OK;
}

int vs_open(vserver *s, const rg_verify_opts *o, char **err)
{
    memset(s, 0, sizeof *s);
    s->o = o;
    s->bindir = find_bindir(o->pg_bin);
    if (g_interrupted) {
        *err = errf("interrupted");
        return RG_EIO;
    }
    if (o->pg_url) return connect_url(s, o->pg_url, o->force, err);
    int rc = start_cluster(s, err);
    if (rc != RG_OK) return rc;
    s->admin = vs_connect(s, "postgres");
    if (!s->admin || PQstatus(s->admin) != CONNECTION_OK) {
        *err = errf("cannot connect to the throwaway server: %s", s->admin ? PQerrorMessage(s->admin) : "");
        return RG_EIO;
    }
    return RG_OK;
}

void vs_drop_db(vserver *s, const char *db)
{
    if (!s->admin) return;
    rg_buf b = {0};
    char *q = PQescapeIdentifier(s->admin, db, strlen(db));
    rg_buf_printf(&b, "DROP DATABASE IF EXISTS %s", q ? q : "\"\"");
    PQfreemem(q);
    /* WITH (FORCE) (PostgreSQL 13+) ends sessions still attached. */
    rg_buf c = {0};
    rg_buf_printf(&c, "%s WITH (FORCE)", b.s);
    PGresult *r = PQexec(s->admin, c.s);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) PQclear(PQexec(s->admin, b.s));
    PQclear(r);
    rg_buf_free(&b);
    rg_buf_free(&c);
}

int vs_create_db(vserver *s, const char *tag, PGconn **conn, char **err)
{
    static unsigned seq;
    char name[96];
    snprintf(name, sizeof name, "rollgate_verify_%ld_%u_%s", (long)getpid(), ++seq, tag);
    vs_drop_db(s, name);
    char sql[160];
    snprintf(sql, sizeof sql, "CREATE DATABASE %s TEMPLATE template0 ENCODING 'UTF8'", name);
    PGresult *r = PQexec(s->admin, sql);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok || s->ndbs == sizeof s->dbs / sizeof *s->dbs) {
        *err = errf("cannot create scratch database %s: %s", name, PQerrorMessage(s->admin));
        return RG_EIO;
    }
    s->dbs[s->ndbs++] = rg_xstrdup(name);
    *conn = vs_connect(s, name);
    if (!*conn || PQstatus(*conn) != CONNECTION_OK) {
        *err = errf("cannot connect to %s: %s", name, *conn ? PQerrorMessage(*conn) : "");
        PQfinish(*conn);
        *conn = NULL;
        return RG_EIO;
    }
    return RG_OK;
}

/* key='value' conninfo for pg_dump (the password goes through the
 * environment instead, so it never shows in ps). */
static char *dump_conninfo(const vserver *s, const char *db, const char **password)
{
    rg_buf b = {0};
    *password = NULL;
    for (size_t i = 0; i <= s->nkv; i++) {
        const char *k = i < s->nkv ? s->keys[i] : "dbname", *v = i < s->nkv ? s->vals[i] : db;
        if (i < s->nkv && strcmp(k, "dbname") == 0) continue;
        if (strcmp(k, "password") == 0) {
            *password = v;
            continue;
        }
        rg_buf_printf(&b, "%s%s='", b.len ? " " : "", k);
        for (const char *p = v; *p; p++) {
            if (*p == '\'' || *p == '\\') rg_buf_putc(&b, '\\');
            rg_buf_putc(&b, *p);
        }
        rg_buf_putc(&b, '\'');
    }
    return b.s;
}

int vs_dump(vserver *s, const char *db, rg_buf *out, char **err)
{
    const char *password;
    char *ci = dump_conninfo(s, db, &password), *bin = binpath(s, "pg_dump");
    int fds[2], rc = RG_OK;
    if (pipe(fds) != 0) {
        free(ci);
        free(bin);
        *err = errf("pipe: %s", strerror(errno));
        return RG_EIO;
    }
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 1);
        if (password) setenv("PGPASSWORD", password, 1);
        execl(bin, bin, "--schema-only", "--no-owner", "--no-privileges", "-d", ci, (char *)NULL);
        execlp("pg_dump", "pg_dump", "--schema-only", "--no-owner", "--no-privileges", "-d", ci, (char *)NULL);
        _exit(127);
    }
    close(fds[1]);
    char chunk[8192];
    ssize_t n;
    while ((n = read(fds[0], chunk, sizeof chunk)) != 0) {
        if (n < 0) {
            if (errno == EINTR) continue;
            break;
        }
        rg_buf_put(out, chunk, (size_t)n);
    }
    close(fds[0]);
    int st = 0;
    if (pid < 0 || waitpid(pid, &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
        *err = errf("pg_dump of %s failed (%s)", db, bin);
        rc = RG_EIO;
    }
    free(ci);
    free(bin);
    return rc;
}

void vs_close(vserver *s)
{
    for (size_t i = 0; i < s->ndbs; i++) {
        vs_drop_db(s, s->dbs[i]);
        free(s->dbs[i]);
    }
    PQfinish(s->admin);
    s->admin = NULL;
    if (s->dir) {
        char *pgctl = binpath(s, "pg_ctl"), data[PATH_MAX + 8];
        snprintf(data, sizeof data, "%s/data", s->dir);
        struct passwd *owner = geteuid() == 0 ? getpwnam("postgres") : NULL;
        char *pa[] = {pgctl, "-D", data, "-m", "immediate", "-w", "stop", NULL};
        /* `pg_ctl stop -w` returns 0 once the postmaster is gone: nothing
         * left to signal or wait for (polling for it cost about 1.4 s). */
        if (g_postmaster > 0 && run_as(pa, owner, NULL, -1) == 0) g_postmaster = 0;
        free(pgctl);
        kill_cluster();
        free(s->dir);
    }
    for (size_t i = 0; i < s->nkv; i++) {
        free(s->keys[i]);
        free(s->vals[i]);
    }
    free(s->keys);
    free(s->vals);
    free(s->bindir);
    memset(s, 0, sizeof *s);
    unwatch_all();
}

/* ---- libpq helpers ----------------------------------------------------- */

bool vq(PGconn *c, const char *sql, rg_arena *a, const char **state, const char **msg)
{
    if (g_interrupted) {
        if (state) *state = "57014";
        if (msg) *msg = "interrupted";
        return false;
    }
    PGresult *r = PQexec(c, sql);
    ExecStatusType st = PQresultStatus(r);
    bool ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY;
    if (state) *state = NULL;
    if (msg) *msg = NULL;
    if (!ok && a) {
        const char *sqlstate = PQresultErrorField(r, PG_DIAG_SQLSTATE);
        const char *primary = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
        if (state) *state = rg_arena_strdup(a, sqlstate ? sqlstate : "XX000");
        if (msg) *msg = rg_arena_strdup(a, primary ? primary : PQerrorMessage(c));
    }
    PQclear(r);
    return ok;
}

PGresult *vq_rows(PGconn *c, const char *sql)
{
    if (g_interrupted) return NULL;
    PGresult *r = PQexec(c, sql);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        PQclear(r);
        return NULL;
    }
    return r;
}

const char *vq_lit(rg_arena *a, PGconn *c, const char *s)
{
    char *e = PQescapeLiteral(c, s, strlen(s));
    const char *r = rg_arena_strdup(a, e ? e : "NULL");
    PQfreemem(e);
    return r;
}

double vq_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}
