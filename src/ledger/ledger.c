/*
 * ledger.c — the SQLite ledger: every `plan` run appended in one
 * transaction, read back into the same rg_run for `report`, listed for
 * `runs`. The schema is versioned with PRAGMA user_version; MIGRATIONS[i]
 * takes a ledger from version i to i + 1, each in its own transaction,
 * so an old ledger is brought forward and a new one starts at 0.
 * WAL journal: a reader (`runs`, `report`) never waits for a writer, and
 * a writer killed mid-run leaves only uncommitted WAL frames, which
 * SQLite discards on the next open.
 */
#define _XOPEN_SOURCE 700
#include "rollgate/ledger.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct rg_ledger {
    sqlite3 *db;
    char last_error[256];    /* of the failing insert: finalize clears it */
};

static const char *const MIGRATIONS[RG_LEDGER_VERSION] = {
    /* 0 -> 1: the run and its rows; `ord` keeps every list in report order. */
    "CREATE TABLE runs(id INTEGER PRIMARY KEY, tool_version TEXT NOT NULL, time_utc TEXT NOT NULL,"
    " command_line TEXT NOT NULL, apps TEXT NOT NULL, pg_version INTEGER NOT NULL,"
    " exit_code INTEGER NOT NULL, verdict TEXT NOT NULL);"
    "CREATE TABLE inputs(run_id INTEGER NOT NULL REFERENCES runs(id), ord INTEGER NOT NULL,"
    " role TEXT NOT NULL, path TEXT NOT NULL, sha256 TEXT NOT NULL, bytes INTEGER NOT NULL,"
    " PRIMARY KEY(run_id, ord));"
    "CREATE TABLE changes(run_id INTEGER NOT NULL REFERENCES runs(id), seq INTEGER NOT NULL,"
    " kind TEXT NOT NULL, object TEXT NOT NULL, detail TEXT NOT NULL, PRIMARY KEY(run_id, seq));"
    "CREATE TABLE stages(run_id INTEGER NOT NULL REFERENCES runs(id), stage INTEGER NOT NULL,"
    " name TEXT NOT NULL, kind TEXT NOT NULL, apps TEXT NOT NULL, files TEXT NOT NULL,"
    " PRIMARY KEY(run_id, stage));"
    "CREATE TABLE files(run_id INTEGER NOT NULL REFERENCES runs(id), number INTEGER NOT NULL,"
    " stage INTEGER NOT NULL, name TEXT NOT NULL, no_transaction INTEGER NOT NULL,"
    " up_sql TEXT NOT NULL, down_sql TEXT NOT NULL, PRIMARY KEY(run_id, number));"
    "CREATE TABLE steps(run_id INTEGER NOT NULL REFERENCES runs(id), step INTEGER NOT NULL,"
    " stage INTEGER NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, statement TEXT NOT NULL,"
    " object TEXT NOT NULL, lock TEXT NOT NULL, blocks_reads INTEGER NOT NULL,"
    " blocks_writes INTEGER NOT NULL, rewrites_table INTEGER NOT NULL, scans_table INTEGER NOT NULL,"
    " transactional INTEGER NOT NULL, down TEXT NOT NULL, down_lossless INTEGER NOT NULL,"
    " notes TEXT NOT NULL, PRIMARY KEY(run_id, step));"
    "CREATE TABLE verdicts(run_id INTEGER NOT NULL REFERENCES runs(id), ord INTEGER NOT NULL,"
    " stage INTEGER NOT NULL, app TEXT NOT NULL, query TEXT NOT NULL, verdict TEXT NOT NULL,"
    " code TEXT NOT NULL, detail TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL,"
    " PRIMARY KEY(run_id, ord));"
    "CREATE TABLE findings(run_id INTEGER NOT NULL REFERENCES runs(id), ord INTEGER NOT NULL,"
    " severity TEXT NOT NULL, code TEXT NOT NULL, object TEXT NOT NULL, message TEXT NOT NULL,"
    " file TEXT NOT NULL, line INTEGER NOT NULL, PRIMARY KEY(run_id, ord));",
    /* 1 -> 2: auditors ask "which runs failed on what"; index the bad verdicts. */
    "CREATE INDEX verdicts_failing ON verdicts(verdict, code) WHERE verdict <> 'ok';",
    /* 2 -> 3: `rollgate verify` runs keep what the server observed; a run
     * with a verify_runs row is a verify run. ms is measured, informational. */
    "CREATE TABLE verify_runs(run_id INTEGER PRIMARY KEY REFERENCES runs(id),"
    " server_version TEXT NOT NULL);"
    "CREATE TABLE verify_rows(run_id INTEGER NOT NULL REFERENCES runs(id), ord INTEGER NOT NULL,"
    " stage INTEGER NOT NULL, app TEXT NOT NULL, query TEXT NOT NULL, predicted TEXT NOT NULL,"
    " observed TEXT NOT NULL, agree INTEGER NOT NULL, PRIMARY KEY(run_id, ord));"
    "CREATE TABLE verify_steps(run_id INTEGER NOT NULL REFERENCES runs(id), ord INTEGER NOT NULL,"
    " step INTEGER NOT NULL, stage INTEGER NOT NULL, target TEXT NOT NULL,"
    " predicted_lock TEXT NOT NULL, observed_lock TEXT NOT NULL,"
    " predicted_rewrite INTEGER NOT NULL, observed_rewrite INTEGER NOT NULL,"
    " measured INTEGER NOT NULL, ms REAL NOT NULL, agree INTEGER NOT NULL, note TEXT NOT NULL,"
    " PRIMARY KEY(run_id, ord));",
    /* 3 -> 4: the work of each step on its table and its estimate (-1:
     * size unknown; no row: no work), and what a run could not prove. */
    "CREATE TABLE IF NOT EXISTS step_estimates(run_id INTEGER NOT NULL REFERENCES runs(id), step INTEGER NOT NULL,"
    " work TEXT NOT NULL, table_rows INTEGER NOT NULL, table_bytes INTEGER NOT NULL,"
    " est_seconds REAL NOT NULL, PRIMARY KEY(run_id, step));"
    "CREATE TABLE IF NOT EXISTS unproven(run_id INTEGER NOT NULL REFERENCES runs(id), ord INTEGER NOT NULL,"
    " kind TEXT NOT NULL, object TEXT NOT NULL, detail TEXT NOT NULL, file TEXT NOT NULL,"
    " line INTEGER NOT NULL, PRIMARY KEY(run_id, ord));",
};

static int fail(char **err, int rc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(char **err, int rc, const char *fmt, ...)
{
    if (err && !*err) {
        rg_buf b = {0};
        va_list ap;
        va_start(ap, fmt);
        rg_buf_vprintf(&b, fmt, ap);
        va_end(ap);
        *err = b.s ? b.s : rg_xstrdup("ledger error");
    }
    return rc;
}

static int exec(rg_ledger *l, const char *sql, char **err)
{
    char *msg = NULL;
    if (sqlite3_exec(l->db, sql, NULL, NULL, &msg) == SQLITE_OK) return RG_OK;
    int rc = fail(err, RG_EIO, "ledger %s: %s", sqlite3_db_filename(l->db, "main"), msg ? msg : "error");
    sqlite3_free(msg);
    return rc;
}

static int user_version(rg_ledger *l, int *v)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(l->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK) return RG_EIO;
    int rc = sqlite3_step(st) == SQLITE_ROW ? RG_OK : RG_EIO;
    if (rc == RG_OK) *v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return rc;
}

static int migrate(rg_ledger *l, const char *path, char **err)
{
    int v;
    if (user_version(l, &v) != RG_OK)
        return fail(err, RG_EINPUT, "%s: not a rollgate ledger (%s)", path, sqlite3_errmsg(l->db));
    if (v > RG_LEDGER_VERSION)
        return fail(err, RG_EINPUT, "%s: ledger schema version %d is newer than this rollgate (%d)", path, v,
                    RG_LEDGER_VERSION);
    for (; v < RG_LEDGER_VERSION; v++) {
        char bump[64];
        snprintf(bump, sizeof bump, "PRAGMA user_version = %d;", v + 1);
        int rc = exec(l, "BEGIN IMMEDIATE", err);
        if (rc == RG_OK) rc = exec(l, MIGRATIONS[v], err);
        if (rc == RG_OK) rc = exec(l, bump, err);
        if (rc == RG_OK) rc = exec(l, "COMMIT", err);
        if (rc != RG_OK) {
            sqlite3_exec(l->db, "ROLLBACK", NULL, NULL, NULL);
            return rc;
        }
    }
    return RG_OK;
}

static int open_ledger(rg_ledger **out, const char *path, bool create, char **err)
{
    *out = NULL;
    rg_ledger *l = rg_xcalloc(1, sizeof *l);
    /* NOMUTEX: a ledger handle is used by one thread at a time, and
     * SQLite's serialized mode cost 7% of recording a run. */
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    int rc = RG_OK;
    struct stat before;
    bool is_new = create && stat(path, &before) != 0 && errno == ENOENT;
    if (sqlite3_open_v2(path, &l->db, flags, NULL) != SQLITE_OK) {
        rc = fail(err, RG_EIO, "cannot open ledger %s: %s", path, l->db ? sqlite3_errmsg(l->db) : "out of memory");
        goto done;
    }
    /* SQLite creates 0644 whatever the umask says; its -wal and -shm files
     * copy the database's mode, so set it before WAL mode makes them. */
    if (is_new) chmod(path, rg_output_mode());
    sqlite3_busy_timeout(l->db, 10000);
    /* journal_mode answers with the mode; a file that is not a database
     * fails here first. */
    rc = exec(l, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;", err);
    if (rc != RG_OK) {
        free(*err);
        *err = NULL;
        rc = fail(err, RG_EINPUT, "%s: not a rollgate ledger (%s)", path, sqlite3_errmsg(l->db));
        goto done;
    }
    rc = migrate(l, path, err);
done:
    if (rc != RG_OK) {
        rg_ledger_close(l);
        return rc;
    }
    *out = l;
    return RG_OK;
}

int rg_ledger_open(rg_ledger **out, const char *path, bool create, rg_diags *d)
{
    char *err = NULL;
    int rc = open_ledger(out, path, create, &err);
    return rg_diags_fail(d, rc, err);
}

int rg_ledger_copy(const char *from, const char *to, rg_diags *d)
{
    sqlite3 *src = NULL, *dst = NULL;
    char *err = NULL;
    int rc = RG_OK;
    if (sqlite3_open_v2(from, &src, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
        rc = fail(&err, RG_EIO, "cannot open ledger %s: %s", from, src ? sqlite3_errmsg(src) : "out of memory");
    else if (sqlite3_open_v2(to, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
        rc = fail(&err, RG_EIO, "cannot create %s: %s", to, dst ? sqlite3_errmsg(dst) : "out of memory");
    if (rc == RG_OK) {
        sqlite3_busy_timeout(src, 10000);
        sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
        int s = b ? sqlite3_backup_step(b, -1) : SQLITE_ERROR;
        if (b) sqlite3_backup_finish(b);
        if (s != SQLITE_DONE)
            rc = fail(&err, RG_EIO, "cannot copy ledger %s: %s", from, sqlite3_errmsg(b ? dst : dst));
    }
    sqlite3_close(src);
    sqlite3_close(dst);
    return rg_diags_fail(d, rc, err);
}

int rg_ledger_check(const char *path, rg_diags *d)
{
    sqlite3 *db = NULL;
    int rc = RG_OK, v = 0;
    char *err = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        rc = fail(&err, RG_EIO, "cannot open ledger %s: %s", path, db ? sqlite3_errmsg(db) : "out of memory");
    } else {
        rg_ledger l = {.db = db};
        if (user_version(&l, &v) != RG_OK)
            rc = fail(&err, RG_EINPUT, "%s: not a rollgate ledger (%s)", path, sqlite3_errmsg(db));
        else if (v > RG_LEDGER_VERSION)
            rc = fail(&err, RG_EINPUT, "%s: ledger schema version %d is newer than this rollgate (%d)", path, v,
                      RG_LEDGER_VERSION);
    }
    sqlite3_close(db);
    return rg_diags_fail(d, rc, err);
}

void rg_ledger_close(rg_ledger *l)
{
    if (!l) return;
    sqlite3_close(l->db);
    free(l);
}

/* ---- writing ------------------------------------------------------------ */

/* Binds one row: the run id at parameter base+1, then one value per
 * letter of fmt (i int, I int64, b bool, d double, s text). */
static void bind_row(sqlite3_stmt *st, int base, int64_t run, const char *fmt, va_list ap)
{
    sqlite3_bind_int64(st, base + 1, run);
    for (int i = 0; fmt[i]; i++) {
        int col = base + i + 2;
        switch (fmt[i]) {
        case 'i': sqlite3_bind_int(st, col, va_arg(ap, int)); break;
        case 'I': sqlite3_bind_int64(st, col, va_arg(ap, int64_t)); break;
        case 'b': sqlite3_bind_int(st, col, va_arg(ap, int) ? 1 : 0); break;
        case 'd': sqlite3_bind_double(st, col, va_arg(ap, double)); break;
        default: {
            const char *s = va_arg(ap, const char *);
            sqlite3_bind_text(st, col, s ? s : "", -1, SQLITE_STATIC);
        }
        }
    }
}

static void bind_at(sqlite3_stmt *st, int base, int64_t run, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    bind_row(st, base, run, fmt, ap);
    va_end(ap);
}

static int step_done(rg_ledger *l, sqlite3_stmt *st)
{
    if (sqlite3_step(st) == SQLITE_DONE) return RG_OK;
    snprintf(l->last_error, sizeof l->last_error, "%s", sqlite3_errmsg(l->db));
    return RG_EIO;
}

static int insert(rg_ledger *l, sqlite3_stmt *st, int64_t run, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sqlite3_reset(st);
    bind_row(st, 0, run, fmt, ap);
    va_end(ap);
    return step_done(l, st);
}

static sqlite3_stmt *prep(rg_ledger *l, const char *sql)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(l->db, sql, -1, &st, NULL) == SQLITE_OK) return st;
    snprintf(l->last_error, sizeof l->last_error, "%s", sqlite3_errmsg(l->db));
    sqlite3_finalize(st);
    return NULL;
}

static int write_rows(rg_ledger *l, const rg_run *r, int64_t id)
{
    int rc = RG_OK;
    sqlite3_stmt *st = prep(l, "INSERT INTO inputs VALUES(?1,?2,?3,?4,?5,?6)");
    for (size_t i = 0; st && rc == RG_OK && i < r->ninputs; i++) {
        const rg_run_input *x = &r->inputs[i];
        rc = insert(l, st, id, "isssI", (int)i, x->role, x->path, x->sha256, x->bytes);
    }
    sqlite3_finalize(st);
    if (!st) return RG_EIO;
    st = prep(l, "INSERT INTO changes VALUES(?1,?2,?3,?4,?5)");
    for (size_t i = 0; st && rc == RG_OK && i < r->nchanges; i++) {
        const rg_run_change *x = &r->changes[i];
        rc = insert(l, st, id, "isss", x->seq, x->kind, x->object, x->detail);
    }
    sqlite3_finalize(st);
    if (!st) return RG_EIO;
    st = prep(l, "INSERT INTO stages VALUES(?1,?2,?3,?4,?5,?6)");
    for (size_t i = 0; st && rc == RG_OK && i < r->nstages; i++) {
        const rg_run_stage *x = &r->stages[i];
        rc = insert(l, st, id, "issss", x->index, x->name, x->kind, x->apps, x->files);
    }
    sqlite3_finalize(st);
    if (!st) return RG_EIO;
    st = prep(l, "INSERT INTO files VALUES(?1,?2,?3,?4,?5,?6,?7)");
    for (size_t i = 0; st && rc == RG_OK && i < r->nfiles; i++) {
        const rg_run_file *x = &r->files[i];
        rc = insert(l, st, id, "iisbss", x->number, x->stage, x->name, x->no_transaction, x->up_sql, x->down_sql);
    }
    sqlite3_finalize(st);
    if (!st) return RG_EIO;
    if (rc == RG_OK) rg_test_pause("ledger");
    st = prep(l, "INSERT INTO steps VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)");
    for (size_t i = 0; st && rc == RG_OK && i < r->nsteps; i++) {
        const rg_run_step *x = &r->steps[i];
        rc = insert(l, st, id, "iisisssbbbbbsbs", x->number, x->stage, x->file, x->line, x->statement, x->object,
                    x->lock, x->blocks_reads, x->blocks_writes, x->rewrites_table, x->scans_table,
                    x->transactional, x->down, x->down_lossless, x->notes);
    }
    sqlite3_finalize(st);
    if (!st) return RG_EIO;
    st = prep(l, "INSERT INTO step_estimates VALUES(?1,?2,?3,?4,?5,?6)");
    for (size_t i = 0; st && rc == RG_OK && i < r->nsteps; i++) {
        const rg_run_step *x = &r->steps[i];
        if (!x->work || !*x->work) continue;
        rc = insert(l, st, id, "isIId", x->number, x->work, (int64_t)(x->size_known ? x->table_rows : -1),
                    (int64_t)(x->size_known ? x->table_bytes : -1), x->size_known ? x->est_seconds : 0.0);
    }
    sqlite3_finalize(st);
    if (!st) return RG_EIO;
    st = prep(l, "INSERT INTO unproven VALUES(?1,?2,?3,?4,?5,?6,?7)");
    for (size_t i = 0; st && rc == RG_OK && i < r->nunproven; i++) {
        const rg_run_unproven *x = &r->unproven[i];
        rc = insert(l, st, id, "issssi", (int)i, x->kind, x->object, x->detail, x->file, x->line);
    }
    sqlite3_finalize(st);
    if (!st) return RG_EIO;
    /* Verdicts are most of a run's rows (one per query per stage): VBATCH
     * to a statement, which halves what SQLite spends per row. */
    enum { VCOLS = 10, VBATCH = 64 };
    rg_buf sql = {0};
    rg_buf_puts(&sql, "INSERT INTO verdicts VALUES");
    for (int k = 0; k < VBATCH; k++) rg_buf_puts(&sql, k ? ",(?,?,?,?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?,?,?,?)");
    st = r->nverdicts >= VBATCH ? prep(l, rg_buf_cstr(&sql)) : NULL;
    rg_buf_free(&sql);
    size_t i = 0;
    for (; st && rc == RG_OK && i + VBATCH <= r->nverdicts; i += VBATCH) {
        sqlite3_reset(st);
        for (int k = 0; k < VBATCH; k++) {
            const rg_run_verdict *x = &r->verdicts[i + (size_t)k];
            bind_at(st, k * VCOLS, id, "iissssssi", (int)(i + (size_t)k), x->stage, x->app, x->query, x->verdict,
                    x->code, x->detail, x->file, x->line);
        }
        rc = step_done(l, st);
    }
    sqlite3_finalize(st);
    if (r->nverdicts >= VBATCH && !st) return RG_EIO;
    st = prep(l, "INSERT INTO verdicts VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)");
    for (; st && rc == RG_OK && i < r->nverdicts; i++) {
        const rg_run_verdict *x = &r->verdicts[i];
        rc = insert(l, st, id, "iissssssi", (int)i, x->stage, x->app, x->query, x->verdict, x->code, x->detail,
                    x->file, x->line);
    }
    sqlite3_finalize(st);
    if (!st) return RG_EIO;
    st = prep(l, "INSERT INTO findings VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
    for (size_t i = 0; st && rc == RG_OK && i < r->nfindings; i++) {
        const rg_finding *x = &r->findings[i];
        rc = insert(l, st, id, "isssssi", (int)i, rg_severity_name(x->sev), x->code, x->object, x->msg, x->file,
                    x->line);
    }
    sqlite3_finalize(st);
    if (!st) return RG_EIO;
    if (rc != RG_OK || !r->verified) return rc;
    st = prep(l, "INSERT INTO verify_runs VALUES(?1,?2)");
    rc = st ? insert(l, st, id, "s", r->server_version) : RG_EIO;
    sqlite3_finalize(st);
    if (!st) return RG_EIO;
    st = prep(l, "INSERT INTO verify_rows VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
    for (size_t i = 0; st && rc == RG_OK && i < r->nvrows; i++) {
        const rg_run_vrow *x = &r->vrows[i];
        rc = insert(l, st, id, "iissssb", (int)i, x->stage, x->app, x->query, x->predicted, x->observed, x->agree);
    }
    sqlite3_finalize(st);
    if (!st) return RG_EIO;
    st = prep(l, "INSERT INTO verify_steps VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)");
    for (size_t i = 0; st && rc == RG_OK && i < r->nvsteps; i++) {
        const rg_run_vstep *x = &r->vsteps[i];
        rc = insert(l, st, id, "iiisssbbbdbs", (int)i, x->step, x->stage, x->target, x->predicted_lock,
                    x->observed_lock, x->predicted_rewrite, x->observed_rewrite, x->measured, x->ms, x->agree,
                    x->note);
    }
    sqlite3_finalize(st);
    return st ? rc : RG_EIO;
}

/* The run's transaction rolled back, and why. */
static int record_failed(rg_ledger *l, char **err)
{
    fail(err, RG_EIO, "cannot record the run in ledger %s: %s", sqlite3_db_filename(l->db, "main"),
         l->last_error[0] ? l->last_error : sqlite3_errmsg(l->db));
    sqlite3_exec(l->db, "ROLLBACK", NULL, NULL, NULL);
    return RG_EIO;
}

/* A run is recorded in one transaction: its `runs` row first, which gives
 * its id, then every other row. Split in two so a report can be made from
 * the run (it shows the id) while its rows are written. */
static int record_begin(rg_ledger *l, rg_run *r, char **err)
{
    int rc = exec(l, "BEGIN IMMEDIATE", err);
    if (rc != RG_OK) return rc;
    l->last_error[0] = 0;
    sqlite3_stmt *st = prep(l, "INSERT INTO runs(tool_version,time_utc,command_line,apps,pg_version,exit_code,verdict)"
                               " VALUES(?2,?3,?4,?5,?6,?7,?8)");
    rc = st ? insert(l, st, 0, "ssssiis", r->tool_version, r->time_utc, r->command_line, r->apps, r->pg_version,
                     r->exit_code, r->verdict)
            : RG_EIO;
    sqlite3_finalize(st);
    if (rc != RG_OK) return record_failed(l, err);
    r->id = sqlite3_last_insert_rowid(l->db);
    return RG_OK;
}

static int record_end(rg_ledger *l, const rg_run *r, char **err)
{
    int rc = write_rows(l, r, r->id);
    if (rc == RG_OK) rc = exec(l, "COMMIT", err);
    return rc == RG_OK ? RG_OK : record_failed(l, err);
}

int rg_ledger_record_begin(rg_ledger *l, rg_run *r, rg_diags *d)
{
    char *err = NULL;
    int rc = record_begin(l, r, &err);
    return rg_diags_fail(d, rc, err);
}

int rg_ledger_record_end(rg_ledger *l, rg_run *r, rg_diags *d)
{
    char *err = NULL;
    int rc = record_end(l, r, &err);
    if (rc != RG_OK) r->id = 0; /* rolled back: no such run */
    return rg_diags_fail(d, rc, err);
}

int rg_ledger_record(rg_ledger *l, rg_run *r, rg_diags *d)
{
    int rc = rg_ledger_record_begin(l, r, d);
    if (rc == RG_OK) rc = rg_ledger_record_end(l, r, d);
    return rc;
}

/* ---- reading ------------------------------------------------------------ */

static const char *col_text(rg_run *r, sqlite3_stmt *st, int i)
{
    const unsigned char *s = sqlite3_column_text(st, i);
    return rg_arena_strndup(r->arena, s ? (const char *)s : "", (size_t)sqlite3_column_bytes(st, i));
}

/* Runs `sql` (?1 = run id) and calls `row` for each result row into a
 * fresh slot of an array of `elem` bytes; returns the array and count. */
typedef void (*row_fn)(rg_run *r, sqlite3_stmt *st, void *slot);

static int load_rows(rg_ledger *l, rg_run *r, const char *sql, size_t elem, row_fn row, void **v, size_t *n)
{
    sqlite3_stmt *st = prep(l, sql);
    if (!st) return RG_EIO;
    sqlite3_bind_int64(st, 1, r->id);
    rg_buf rows = {0};
    size_t count = 0;
    int s;
    char *slot = rg_xcalloc(1, elem);
    while ((s = sqlite3_step(st)) == SQLITE_ROW) {
        memset(slot, 0, elem);
        row(r, st, slot);
        rg_buf_put(&rows, slot, elem);
        count++;
    }
    free(slot);
    sqlite3_finalize(st);
    *n = count;
    *v = rg_arena_alloc(r->arena, count ? count * elem : 1);
    if (count) memcpy(*v, rows.s, count * elem);
    rg_buf_free(&rows);
    return s == SQLITE_DONE ? RG_OK : RG_EIO;
}

static void input_row(rg_run *r, sqlite3_stmt *st, void *slot)
{
    rg_run_input *x = slot;
    *x = (rg_run_input){col_text(r, st, 0), col_text(r, st, 1), col_text(r, st, 2), sqlite3_column_int64(st, 3)};
}

static void change_row(rg_run *r, sqlite3_stmt *st, void *slot)
{
    rg_run_change *x = slot;
    *x = (rg_run_change){sqlite3_column_int(st, 0), col_text(r, st, 1), col_text(r, st, 2), col_text(r, st, 3)};
}

static void stage_row(rg_run *r, sqlite3_stmt *st, void *slot)
{
    rg_run_stage *x = slot;
    *x = (rg_run_stage){sqlite3_column_int(st, 0), col_text(r, st, 1), col_text(r, st, 2), col_text(r, st, 3),
                        col_text(r, st, 4)};
}

static void file_row(rg_run *r, sqlite3_stmt *st, void *slot)
{
    rg_run_file *x = slot;
    *x = (rg_run_file){sqlite3_column_int(st, 0), sqlite3_column_int(st, 1), col_text(r, st, 2),
                       sqlite3_column_int(st, 3) != 0, col_text(r, st, 4), col_text(r, st, 5)};
}

static void step_row(rg_run *r, sqlite3_stmt *st, void *slot)
{
    rg_run_step *x = slot;
    x->number = sqlite3_column_int(st, 0);
    x->stage = sqlite3_column_int(st, 1);
    x->file = col_text(r, st, 2);
    x->line = sqlite3_column_int(st, 3);
    x->statement = col_text(r, st, 4);
    x->object = col_text(r, st, 5);
    x->lock = col_text(r, st, 6);
    x->blocks_reads = sqlite3_column_int(st, 7) != 0;
    x->blocks_writes = sqlite3_column_int(st, 8) != 0;
    x->rewrites_table = sqlite3_column_int(st, 9) != 0;
    x->scans_table = sqlite3_column_int(st, 10) != 0;
    x->transactional = sqlite3_column_int(st, 11) != 0;
    x->down = col_text(r, st, 12);
    x->down_lossless = sqlite3_column_int(st, 13) != 0;
    x->notes = col_text(r, st, 14);
    x->work = col_text(r, st, 15);
    x->table_rows = sqlite3_column_int64(st, 16);
    x->table_bytes = sqlite3_column_int64(st, 17);
    x->size_known = x->table_rows >= 0 && x->table_bytes >= 0;
    if (!x->size_known) x->table_rows = x->table_bytes = 0;
    x->est_seconds = x->size_known ? sqlite3_column_double(st, 18) : 0;
}

static void unproven_row(rg_run *r, sqlite3_stmt *st, void *slot)
{
    rg_run_unproven *x = slot;
    x->kind = col_text(r, st, 0);
    x->object = col_text(r, st, 1);
    x->detail = col_text(r, st, 2);
    x->file = col_text(r, st, 3);
    x->line = sqlite3_column_int(st, 4);
}

static void verdict_row(rg_run *r, sqlite3_stmt *st, void *slot)
{
    rg_run_verdict *x = slot;
    *x = (rg_run_verdict){sqlite3_column_int(st, 0), col_text(r, st, 1), col_text(r, st, 2), col_text(r, st, 3),
                          col_text(r, st, 4), col_text(r, st, 5), col_text(r, st, 6), sqlite3_column_int(st, 7)};
}

static void finding_row(rg_run *r, sqlite3_stmt *st, void *slot)
{
    rg_finding *x = slot;
    rg_severity sev = RG_SEV_ERROR;
    /* An unknown severity leaves code NULL: the load refuses the run. */
    bool known = rg_severity_parse((const char *)sqlite3_column_text(st, 0), &sev) == 0;
    *x = (rg_finding){sev, known ? col_text(r, st, 1) : NULL, col_text(r, st, 2), col_text(r, st, 3),
                      col_text(r, st, 4), sqlite3_column_int(st, 5)};
}

static void vrow_row(rg_run *r, sqlite3_stmt *st, void *slot)
{
    rg_run_vrow *x = slot;
    *x = (rg_run_vrow){sqlite3_column_int(st, 0), col_text(r, st, 1), col_text(r, st, 2), col_text(r, st, 3),
                       col_text(r, st, 4), sqlite3_column_int(st, 5) != 0};
}

static void vstep_row(rg_run *r, sqlite3_stmt *st, void *slot)
{
    rg_run_vstep *x = slot;
    x->step = sqlite3_column_int(st, 0);
    x->stage = sqlite3_column_int(st, 1);
    x->target = col_text(r, st, 2);
    x->predicted_lock = col_text(r, st, 3);
    x->observed_lock = col_text(r, st, 4);
    x->predicted_rewrite = sqlite3_column_int(st, 5) != 0;
    x->observed_rewrite = sqlite3_column_int(st, 6) != 0;
    x->measured = sqlite3_column_int(st, 7) != 0;
    x->ms = sqlite3_column_double(st, 8);
    x->agree = sqlite3_column_int(st, 9) != 0;
    x->note = col_text(r, st, 10);
}

/* The verify part of a run: none unless a verify_runs row exists. */
static int load_verify(rg_ledger *l, rg_run *r)
{
    sqlite3_stmt *st = prep(l, "SELECT server_version FROM verify_runs WHERE run_id = ?1");
    if (!st) return RG_EIO;
    sqlite3_bind_int64(st, 1, r->id);
    int s = sqlite3_step(st);
    if (s == SQLITE_ROW) {
        r->verified = true;
        r->server_version = col_text(r, st, 0);
    }
    sqlite3_finalize(st);
    if (s != SQLITE_ROW) return s == SQLITE_DONE ? RG_OK : RG_EIO;
    void *v;
    int rc = load_rows(l, r,
                       "SELECT stage,app,query,predicted,observed,agree FROM verify_rows WHERE run_id=?1 ORDER BY ord",
                       sizeof(rg_run_vrow), vrow_row, &v, &r->nvrows);
    if (rc == RG_OK) r->vrows = v;
    if (rc == RG_OK)
        rc = load_rows(l, r,
                       "SELECT step,stage,target,predicted_lock,observed_lock,predicted_rewrite,observed_rewrite,"
                       "measured,ms,agree,note FROM verify_steps WHERE run_id=?1 ORDER BY ord",
                       sizeof(rg_run_vstep), vstep_row, &v, &r->nvsteps);
    if (rc == RG_OK) r->vsteps = v;
    return rc;
}

/* Migration file names become paths under DIR/migrations when a run is
 * re-created: a crafted ledger must not write elsewhere. Read as bytes, so
 * a NUL inside a name is seen rather than cut off. */
static int check_file_names(rg_ledger *l, const rg_run *r, char **err)
{
    sqlite3_stmt *st = prep(l, "SELECT CAST(name AS BLOB) FROM files WHERE run_id=?1 ORDER BY number");
    if (!st) return RG_EIO;
    sqlite3_bind_int64(st, 1, r->id);
    int rc = RG_OK, s;
    while (rc == RG_OK && (s = sqlite3_step(st)) == SQLITE_ROW) {
        const char *b = sqlite3_column_blob(st, 0);
        size_t n = (size_t)sqlite3_column_bytes(st, 0);
        char *name = rg_xmalloc(n + 1);
        if (n) memcpy(name, b, n);
        name[n] = 0;
        const char *why = memchr(name, 0, n) ? "holds a NUL byte" : rg_file_name_problem(name);
        if (why) {
            rg_buf shown = {0};
            rg_buf_put_printable(&shown, name, n, 80);
            rc = fail(err, RG_EINPUT, "ledger %s, run %lld: migration file name \"%s\" %s; refusing to write it "
                      "(a plain file name under migrations/ is expected)", sqlite3_db_filename(l->db, "main"),
                      (long long)r->id, rg_buf_cstr(&shown), why);
            rg_buf_free(&shown);
        }
        free(name);
    }
    if (rc == RG_OK && s != SQLITE_DONE) rc = RG_EIO;
    sqlite3_finalize(st);
    return rc;
}

static int load_header(rg_ledger *l, rg_run *r, int64_t id)
{
    sqlite3_stmt *st = prep(l, id ? "SELECT * FROM runs WHERE id = ?1" : "SELECT * FROM runs ORDER BY id DESC LIMIT 1");
    if (!st) return RG_EIO;
    if (id) sqlite3_bind_int64(st, 1, id);
    int s = sqlite3_step(st);
    if (s == SQLITE_ROW) {
        r->id = sqlite3_column_int64(st, 0);
        r->tool_version = col_text(r, st, 1);
        r->time_utc = col_text(r, st, 2);
        /* Ledgers written before redaction may hold a password. */
        char *shown = rg_redact_secrets(col_text(r, st, 3));
        r->command_line = rg_arena_strdup(r->arena, shown);
        free(shown);
        r->apps = col_text(r, st, 4);
        r->pg_version = sqlite3_column_int(st, 5);
        r->exit_code = sqlite3_column_int(st, 6);
        r->verdict = col_text(r, st, 7);
    }
    sqlite3_finalize(st);
    return s == SQLITE_ROW ? RG_OK : s == SQLITE_DONE ? RG_EINPUT : RG_EIO;
}

static int load_run(rg_ledger *l, int64_t id, rg_run **out, char **err)
{
    *out = NULL;
    rg_run *r = rg_run_new();
    /* One read transaction: every row comes from the same snapshot. */
    int rc = exec(l, "BEGIN", err);
    if (rc == RG_OK) rc = load_header(l, r, id);
    void *v;
    if (rc == RG_OK) rc = load_rows(l, r, "SELECT role,path,sha256,bytes FROM inputs WHERE run_id=?1 ORDER BY ord",
                                    sizeof(rg_run_input), input_row, &v, &r->ninputs);
    if (rc == RG_OK) r->inputs = v;
    if (rc == RG_OK) rc = load_rows(l, r, "SELECT seq,kind,object,detail FROM changes WHERE run_id=?1 ORDER BY seq",
                                    sizeof(rg_run_change), change_row, &v, &r->nchanges);
    if (rc == RG_OK) r->changes = v;
    if (rc == RG_OK) rc = load_rows(l, r, "SELECT stage,name,kind,apps,files FROM stages WHERE run_id=?1 ORDER BY stage",
                                    sizeof(rg_run_stage), stage_row, &v, &r->nstages);
    if (rc == RG_OK) r->stages = v;
    if (rc == RG_OK)
        rc = load_rows(l, r,
                       "SELECT number,stage,name,no_transaction,up_sql,down_sql FROM files WHERE run_id=?1 ORDER BY number",
                       sizeof(rg_run_file), file_row, &v, &r->nfiles);
    if (rc == RG_OK) r->files = v;
    /* A review's files are the user's, named by their paths; they are
     * recorded and shown, never written back (src/report/write.c). */
    bool review = false;
    for (size_t i = 0; rc == RG_OK && i < r->ninputs; i++) review |= !strcmp(r->inputs[i].role, "migrations");
    if (rc == RG_OK && !review) rc = check_file_names(l, r, err);
    if (rc == RG_OK)
        rc = load_rows(l, r,
                       "SELECT step,stage,file,line,statement,object,lock,blocks_reads,blocks_writes,rewrites_table,"
                       "scans_table,transactional,down,down_lossless,notes,coalesce(e.work,''),coalesce(e.table_rows,-1),"
                       "coalesce(e.table_bytes,-1),coalesce(e.est_seconds,0) FROM steps s LEFT JOIN step_estimates e "
                       "USING(run_id, step) WHERE run_id=?1 ORDER BY step",
                       sizeof(rg_run_step), step_row, &v, &r->nsteps);
    if (rc == RG_OK) r->steps = v;
    if (rc == RG_OK)
        rc = load_rows(l, r, "SELECT kind,object,detail,file,line FROM unproven WHERE run_id=?1 ORDER BY ord",
                       sizeof(rg_run_unproven), unproven_row, &v, &r->nunproven);
    if (rc == RG_OK) r->unproven = v;
    if (rc == RG_OK)
        rc = load_rows(l, r,
                       "SELECT stage,app,query,verdict,code,detail,file,line FROM verdicts WHERE run_id=?1 ORDER BY ord",
                       sizeof(rg_run_verdict), verdict_row, &v, &r->nverdicts);
    if (rc == RG_OK) r->verdicts = v;
    if (rc == RG_OK)
        rc = load_rows(l, r,
                       "SELECT severity,code,object,message,file,line FROM findings WHERE run_id=?1 ORDER BY ord",
                       sizeof(rg_finding), finding_row, &v, &r->nfindings);
    if (rc == RG_OK) r->findings = v;
    bool bad_severity = false;
    for (size_t i = 0; rc == RG_OK && i < r->nfindings; i++) bad_severity |= r->findings[i].code == NULL;
    if (rc == RG_OK) rc = load_verify(l, r);
    sqlite3_exec(l->db, "COMMIT", NULL, NULL, NULL);
    if (rc == RG_OK && bad_severity) {
        rc = fail(err, RG_EINPUT, "ledger %s: run %lld has a finding of unknown severity",
                  sqlite3_db_filename(l->db, "main"), (long long)r->id);
    } else if (rc == RG_EINPUT) {
        if (id) fail(err, rc, "ledger %s has no run %lld", sqlite3_db_filename(l->db, "main"), (long long)id);
        else fail(err, rc, "ledger %s has no runs yet", sqlite3_db_filename(l->db, "main"));
    } else if (rc != RG_OK) {
        fail(err, rc, "cannot read ledger %s: %s", sqlite3_db_filename(l->db, "main"), sqlite3_errmsg(l->db));
    }
    if (rc != RG_OK) {
        rg_run_free(r);
        return rc;
    }
    *out = r;
    return RG_OK;
}

int rg_ledger_load(rg_ledger *l, int64_t id, rg_run **out, rg_diags *d)
{
    char *err = NULL;
    int rc = load_run(l, id, out, &err);
    return rg_diags_fail(d, rc, err);
}

static int list_runs(rg_ledger *l, rg_buf *out, char **err)
{
    /* Inputs as "role=path@sha256[:12]" joined in input order. */
    sqlite3_stmt *st = prep(l,
        "SELECT r.id, r.time_utc, r.verdict, r.exit_code, r.apps,"
        " (SELECT group_concat(x, ' ') FROM (SELECT role || '=' || path || '@' || substr(sha256, 1, 12) AS x"
        "   FROM inputs WHERE run_id = r.id ORDER BY ord))"
        " FROM runs r ORDER BY r.id");
    if (!st) return fail(err, RG_EIO, "cannot read ledger: %s", sqlite3_errmsg(l->db));
    rg_buf_puts(out, "id\ttime\tverdict\texit\tapps\tinputs\n");
    int s;
    while ((s = sqlite3_step(st)) == SQLITE_ROW) {
        const char *inputs = (const char *)sqlite3_column_text(st, 5);
        rg_buf_printf(out, "%lld\t%s\t%s\t%d\t%s\t%s\n", (long long)sqlite3_column_int64(st, 0),
                      (const char *)sqlite3_column_text(st, 1), (const char *)sqlite3_column_text(st, 2),
                      sqlite3_column_int(st, 3), (const char *)sqlite3_column_text(st, 4), inputs ? inputs : "");
    }
    sqlite3_finalize(st);
    if (s != SQLITE_DONE) return fail(err, RG_EIO, "cannot read ledger: %s", sqlite3_errmsg(l->db));
    return RG_OK;
}

int rg_ledger_list(rg_ledger *l, rg_buf *out, rg_diags *d)
{
    char *err = NULL;
    int rc = list_runs(l, out, &err);
    return rg_diags_fail(d, rc, err);
}
