/*
 * emit_tool.c — the plan's files in the layout of the migration tool a
 * team already runs (`plan --emit FORMAT`). The plan is first cut into
 * units (one versioned migration each), then one writer per format (the
 * FORMATS table) turns each unit into that tool's files under
 * DIR/<format>/. Everything lands in the run's private folder and is
 * published with the rest of the run.
 *
 * Why units differ per tool: PostgreSQL runs a query string of several
 * statements as one implicit transaction block (exec_simple_query, PG 15),
 * where CREATE INDEX CONCURRENTLY fails and a DO block's COMMIT is refused.
 * golang-migrate and dbmate send a whole file as one string, so a
 * no-transaction file becomes one migration per statement there; Rails
 * gets one `execute` per statement; Flyway (its own statement splitter)
 * and sqitch (psql -f) take the file as it is.
 */
#define _XOPEN_SOURCE 700
#include "rollgate/emit.h"
#include "rollgate/parse.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>
#include <sys/stat.h>

/* ---- units ---------------------------------------------------------------- */

typedef struct unit {
    char ver[32];                 /* zero-padded version */
    char *name;                   /* "expand_schema", "backfill_x_step20" */
    const rg_plan_file *file;
    const rg_plan_step *step;     /* the one step of a split unit, else NULL */
    bool post;                    /* after the (first) deploy */
    bool notx;
    rg_buf up, down;              /* psql-style bodies, with their SETs */
    char **ups, **downs;          /* single statements (no ';'), no SETs */
    size_t nups, ndowns;
    const char *lossy;            /* why the down loses data, or NULL */
} unit;

typedef struct out_file {
    char *rel;
    rg_buf body;
} out_file;

/* Each file its own allocation: a writer holds several bodies at once
 * while the list grows. */
typedef struct files {
    out_file **v;
    size_t n, cap;
} files;

static rg_buf *add_file(files *fs, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static rg_buf *add_file(files *fs, const char *fmt, ...)
{
    if (fs->n == fs->cap) {
        fs->cap = fs->cap ? 2 * fs->cap : 32;
        fs->v = realloc(fs->v, fs->cap * sizeof *fs->v);
        if (!fs->v) abort();
    }
    rg_buf rel = {0};
    va_list ap;
    va_start(ap, fmt);
    rg_buf_vprintf(&rel, fmt, ap);
    va_end(ap);
    out_file *f = rg_xcalloc(1, sizeof *f);
    fs->v[fs->n++] = f;
    f->rel = rel.s;
    return &f->body;
}

typedef struct rg_emit_format {
    const char *name;
    const char *folder;           /* under OUT */
    bool split_notx;              /* one migration per statement of a no-transaction file */
    char prefix;                  /* before the version in a file name ('V'), or 0 */
    int default_width;
    void (*write)(const rg_plan *p, const unit *u, files *out);
    void (*finish)(const rg_emit_target *t, const unit *us, size_t n, files *out);
    const char *hint;             /* how to stop before the deploy (BEFORE: the last version before it) */
} rg_emit_format;

/* ---- shared pieces ------------------------------------------------------------ */

static void put_stmts(rg_buf *b, char **v, size_t n, const char *none)
{
    for (size_t i = 0; i < n; i++) rg_buf_printf(b, "%s%s;\n", i ? "\n" : "", v[i]);
    if (!n) rg_buf_printf(b, "-- %s\n", none);
}

static void put_origin(rg_buf *b, const char *lead, const unit *u)
{
    rg_buf_printf(b, "%s rollgate: %s stage, from migrations/%s", lead, u->file->stage->name, u->file->name);
    if (u->step) rg_buf_printf(b, " (step %d)", u->step->number);
    rg_buf_puts(b, u->notx ? "; runs outside a transaction\n" : "\n");
}

static void put_lossy(rg_buf *b, const char *lead, const unit *u)
{
    if (!u->lossy) return;
    rg_buf_printf(b, "%s rollgate:lossy ", lead);
    for (const char *s = u->lossy; *s; s++) rg_buf_putc(b, (unsigned char)*s < 0x20 ? '?' : *s);
    rg_buf_putc(b, '\n');
}

/* A transactional body inside the file's own BEGIN/COMMIT (tools that
 * run a file as given). */
static void put_wrapped(rg_buf *b, const rg_buf *body)
{
    rg_buf_puts(b, "BEGIN;\n\n");
    rg_buf_put(b, body->s, body->len);
    rg_buf_puts(b, "\nCOMMIT;\n");
}

/* ---- golang-migrate: NNNN_name.up.sql / .down.sql ------------------------------ */

static void write_golang_migrate(const rg_plan *p, const unit *u, files *out)
{
    (void)p;
    rg_buf *up = add_file(out, "golang-migrate/%s_%s.up.sql", u->ver, u->name);
    rg_buf *down = add_file(out, "golang-migrate/%s_%s.down.sql", u->ver, u->name);
    put_origin(up, "--", u);
    put_origin(down, "--", u);
    put_lossy(down, "--", u);
    if (u->notx) {
        put_stmts(up, u->ups, u->nups, "nothing to do on the way up");
        put_stmts(down, u->downs, u->ndowns, "nothing to undo");
    } else {
        put_wrapped(up, &u->up);
        put_wrapped(down, &u->down);
    }
}

/* ---- dbmate: NNNN_name.sql with -- migrate:up / -- migrate:down -------------- */

static void write_dbmate(const rg_plan *p, const unit *u, files *out)
{
    (void)p;
    rg_buf *b = add_file(out, "dbmate/%s/%s_%s.sql", u->post ? "post_migrations" : "migrations", u->ver, u->name);
    const char *opt = u->notx ? " transaction:false" : "";
    rg_buf_printf(b, "-- migrate:up%s\n", opt);
    put_origin(b, "--", u);
    if (u->notx) put_stmts(b, u->ups, u->nups, "nothing to do on the way up");
    else rg_buf_put(b, u->up.s, u->up.len);
    rg_buf_printf(b, "\n-- migrate:down%s\n", opt);
    put_lossy(b, "--", u);
    if (u->notx) put_stmts(b, u->downs, u->ndowns, "nothing to undo");
    else rg_buf_put(b, u->down.s, u->down.len);
}

/* ---- Flyway: V<n>__name.sql, U<n>__name.sql, .sql.conf ------------------------- */

static void write_flyway(const rg_plan *p, const unit *u, files *out)
{
    (void)p;
    rg_buf *up = add_file(out, "flyway/V%s__%s.sql", u->ver, u->name);
    put_origin(up, "--", u);
    rg_buf_put(up, u->up.s, u->up.len);
    rg_buf *down = add_file(out, "flyway/U%s__%s.sql", u->ver, u->name);
    put_origin(down, "--", u);
    put_lossy(down, "--", u);
    rg_buf_put(down, u->down.s, u->down.len);
    if (u->notx) {
        rg_buf_puts(add_file(out, "flyway/V%s__%s.sql.conf", u->ver, u->name), "executeInTransaction=false\n");
        rg_buf_puts(add_file(out, "flyway/U%s__%s.sql.conf", u->ver, u->name), "executeInTransaction=false\n");
    }
}

/* ---- sqitch: deploy/, revert/, verify/ and sqitch.plan ------------------------- */

static void write_sqitch(const rg_plan *p, const unit *u, files *out)
{
    (void)p;
    rg_buf *dep = add_file(out, "sqitch/deploy/%s_%s.sql", u->ver, u->name);
    rg_buf *rev = add_file(out, "sqitch/revert/%s_%s.sql", u->ver, u->name);
    rg_buf *ver = add_file(out, "sqitch/verify/%s_%s.sql", u->ver, u->name);
    rg_buf_printf(dep, "-- Deploy %s_%s\n", u->ver, u->name);
    rg_buf_printf(rev, "-- Revert %s_%s\n", u->ver, u->name);
    put_origin(dep, "--", u);
    put_origin(rev, "--", u);
    put_lossy(rev, "--", u);
    if (u->notx) {
        rg_buf_put(dep, u->up.s, u->up.len);
        rg_buf_put(rev, u->down.s, u->down.len);
    } else {
        put_wrapped(dep, &u->up);
        put_wrapped(rev, &u->down);
    }
    rg_buf_printf(ver, "-- Verify %s_%s\n"
                       "-- rollgate proved this change before writing it: its ups give the target\n"
                       "-- catalog and its downs the old one (`rollgate verify` replays them on\n"
                       "-- PostgreSQL). Later changes may drop what this one adds, so there is no\n"
                       "-- lasting object to check here.\n",
                  u->ver, u->name);
}

/* Plan lines carry a timestamp; SOURCE_DATE_EPOCH fixes it so the same plan
 * gives the same bytes (the epoch itself without it). */
static void sqitch_time(char *buf, size_t n)
{
    const char *e = getenv("SOURCE_DATE_EPOCH");
    time_t t = 0;
    if (e && *e) {
        char *end;
        long long v = strtoll(e, &end, 10);
        if (!*end && v >= 0) t = (time_t)v;
    }
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void finish_sqitch(const rg_emit_target *t, const unit *us, size_t n, files *out)
{
    rg_buf *plan = add_file(out, "sqitch/sqitch.plan");
    if (t->existing_plan) {
        rg_buf_puts(plan, t->existing_plan);
        if (plan->len && plan->s[plan->len - 1] != '\n') rg_buf_putc(plan, '\n');
    } else {
        rg_buf_puts(plan, "%syntax-version=1.0.0\n%project=rollgate\n\n");
    }
    char ts[32];
    sqitch_time(ts, sizeof ts);
    for (size_t i = 0; i < n; i++)
        rg_buf_printf(plan, "%s_%s %s rollgate <rollgate@localhost> # %s stage%s\n", us[i].ver, us[i].name, ts,
                      us[i].file->stage->name, us[i].post ? ", after the deploy" : "");
}

/* ---- Rails: db/migrate and db/post_migrate classes ---------------------------- */

/* A heredoc terminator no line of the text equals: the SQL goes in
 * verbatim (<<-'X' reads no escapes and no interpolation). */
static void terminator(char *buf, size_t n, const rg_buf *text)
{
    for (int k = 0;; k++) {
        if (k) snprintf(buf, n, "SQL%d", k);
        else snprintf(buf, n, "SQL");
        size_t len = strlen(buf);
        bool clash = false;
        const char *s = rg_buf_cstr((rg_buf *)text);
        for (const char *line = s; *line && !clash; ) {
            const char *nl = strchr(line, '\n');
            size_t ll = nl ? (size_t)(nl - line) : strlen(line);
            const char *a = line;
            while (a < line + ll && (*a == ' ' || *a == '\t')) a++;
            size_t rest = (size_t)(line + ll - a);
            while (rest && (a[rest - 1] == ' ' || a[rest - 1] == '\t' || a[rest - 1] == '\r')) rest--;
            clash = rest == len && memcmp(a, buf, len) == 0;
            line = nl ? nl + 1 : line + ll;
        }
        if (!clash) return;
    }
}

static void put_execute(rg_buf *b, const char *sql, size_t len)
{
    rg_buf text = {0};
    rg_buf_put(&text, sql, len);
    char term[32];
    terminator(term, sizeof term, &text);
    rg_buf_printf(b, "    execute <<-'%s'\n", term);
    rg_buf_put(b, sql, len);
    if (len && sql[len - 1] != '\n') rg_buf_putc(b, '\n');
    rg_buf_printf(b, "    %s\n", term);
    rg_buf_free(&text);
}

static void put_executes(rg_buf *b, const rg_plan *p, const unit *u, bool up)
{
    if (!u->notx) {
        const rg_buf *body = up ? &u->up : &u->down;
        put_execute(b, body->s, body->len);
        return;
    }
    /* One statement per execute: a multi-statement string would be one
     * implicit transaction block. The session settings come first. */
    rg_buf set = {0};
    rg_buf_printf(&set, "SET lock_timeout = '%s'", p->lock_timeout);
    put_execute(b, set.s, set.len);
    rg_buf_reset(&set);
    rg_buf_printf(&set, "SET statement_timeout = '%s'",
                  p->opts && p->opts->statement_timeout ? p->opts->statement_timeout : "0");
    put_execute(b, set.s, set.len);
    rg_buf_free(&set);
    char **v = up ? u->ups : u->downs;
    size_t n = up ? u->nups : u->ndowns;
    for (size_t i = 0; i < n; i++) put_execute(b, v[i], strlen(v[i]));
}

static void write_rails(const rg_plan *p, const unit *u, files *out)
{
    rg_buf cls = {0};
    rg_buf_printf(&cls, "Rg%s", u->ver);
    bool cap = true;
    for (const char *s = u->name; *s; s++) {
        if (*s == '_') { cap = true; continue; }
        rg_buf_putc(&cls, cap ? (char)toupper((unsigned char)*s) : *s);
        cap = false;
    }
    rg_buf *b = add_file(out, "rails/db/%s/%s_rg%s_%s.rb", u->post ? "post_migrate" : "migrate", u->ver, u->ver,
                         u->name);
    put_origin(b, "#", u);
    rg_buf_printf(b, "class %s < ActiveRecord::Migration[6.1]\n", cls.s);
    if (u->notx) rg_buf_puts(b, "  disable_ddl_transaction!\n");
    rg_buf_puts(b, "\n  def up\n");
    put_executes(b, p, u, true);
    rg_buf_puts(b, "  end\n\n  def down\n");
    put_lossy(b, "   #", u);
    put_executes(b, p, u, false);
    rg_buf_puts(b, "  end\nend\n");
    rg_buf_free(&cls);
}

static const rg_emit_format FORMATS[] = {
    {"golang-migrate", "golang-migrate", true, 0, 4, write_golang_migrate, NULL,
     "migrate goto BEFORE before the deploy, migrate up after it"},
    {"dbmate", "dbmate", true, 0, 4, write_dbmate, NULL,
     "dbmate -d migrations migrate before the deploy, dbmate -d migrations -d post_migrations migrate after it"},
    {"flyway", "flyway", false, 'V', 4, write_flyway, NULL,
     "flyway migrate -target=BEFORE before the deploy, flyway migrate after it"},
    {"sqitch", "sqitch", false, 0, 4, write_sqitch, finish_sqitch,
     "sqitch deploy --to <the change numbered BEFORE> before the deploy, sqitch deploy after it"},
    {"rails", "rails", false, 0, 4, write_rails, NULL,
     "db/migrate before the deploy, db/post_migrate after it"},
};
#define NFORMATS (sizeof FORMATS / sizeof *FORMATS)

const char *rg_emit_format_list(void)
{
    return "rollgate|golang-migrate|dbmate|flyway|sqitch|rails";
}

static const rg_emit_format *find_format(const char *name)
{
    for (size_t i = 0; i < NFORMATS; i++)
        if (strcmp(FORMATS[i].name, name) == 0) return &FORMATS[i];
    return NULL;
}

int rg_emit_format_known(const char *name)
{
    return name && (strcmp(name, "rollgate") == 0 || find_format(name));
}

int rg_emit_owns(const char *rel)
{
    for (size_t i = 0; i < NFORMATS; i++) {
        size_t n = strlen(FORMATS[i].folder);
        if (strncmp(rel, FORMATS[i].folder, n) == 0 && (rel[n] == 0 || rel[n] == '/')) return 1;
    }
    return 0;
}

/* ---- the first free version -------------------------------------------------- */

static int usage(rg_diags *d, int rc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int usage(rg_diags *d, int rc, const char *fmt, ...)
{
    rg_buf m = {0};
    va_list ap;
    va_start(ap, fmt);
    rg_buf_vprintf(&m, fmt, ap);
    va_end(ap);
    return rg_diags_fail(d, rc, m.s);
}

/* Leading digits of s as a version: false when none or too many. */
static bool leading_version(const char *s, uint64_t *v, int *width)
{
    int n = 0;
    uint64_t x = 0;
    while (isdigit((unsigned char)s[n])) {
        if (n == 18) return false;
        x = x * 10 + (uint64_t)(s[n] - '0');
        n++;
    }
    if (!n) return false;
    *v = x;
    *width = n;
    return true;
}

static char *read_text(const char *path, size_t max)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    rg_buf b = {0};
    char chunk[8192];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len <= max) rg_buf_put(&b, chunk, got);
    bool err = ferror(f);
    fclose(f);
    if (err || b.len > max) {
        rg_buf_free(&b);
        errno = err ? EIO : EFBIG;
        return NULL;
    }
    if (!b.s) rg_buf_puts(&b, "");
    return b.s;
}

/* sqitch: the numbered changes of DIR/sqitch.plan (names "NNNN_..."). */
static int scan_sqitch(rg_emit_target *t, const char *dir, rg_diags *d)
{
    rg_buf path = {0};
    rg_buf_printf(&path, "%s/sqitch.plan", dir);
    t->existing_plan = read_text(path.s, RG_MAX_INPUT_BYTES);
    int rc = RG_OK;
    if (!t->existing_plan) {
        rc = usage(d, RG_EUSAGE, "--after-dir %s: cannot read sqitch.plan: %s", dir, strerror(errno));
    } else {
        for (const char *line = t->existing_plan; *line;) {
            uint64_t v;
            int w;
            if (leading_version(line, &v, &w) && v >= t->after) {
                t->after = v;
                t->width = w;
            }
            const char *nl = strchr(line, '\n');
            line = nl ? nl + 1 : line + strlen(line);
        }
    }
    rg_buf_free(&path);
    return rc;
}

static int scan_dir(rg_emit_target *t, const char *dir, rg_diags *d)
{
    DIR *dh = opendir(dir);
    if (!dh) return usage(d, RG_EUSAGE, "--after-dir %s: %s", dir, strerror(errno));
    struct dirent *e;
    char prefix = t->format->prefix;
    while ((e = readdir(dh))) {
        const char *s = e->d_name;
        if (prefix && *s++ != prefix) continue;
        uint64_t v;
        int w;
        if (leading_version(s, &v, &w) && (v > t->after || (v == t->after && w > t->width))) {
            t->after = v;
            t->width = w;
        }
    }
    closedir(dh);
    return RG_OK;
}

int rg_emit_prepare(rg_emit_target *t, const rg_emit_opts *o, rg_diags *d)
{
    memset(t, 0, sizeof *t);
    bool own = !o->format || strcmp(o->format, "rollgate") == 0;
    if (!own && !(t->format = find_format(o->format)))
        return usage(d, RG_EUSAGE, "bad --emit '%s' (%s)", o->format, rg_emit_format_list());
    if (own && (o->after || o->after_dir))
        return usage(d, RG_EUSAGE, "%s needs --emit FORMAT", o->after ? "--after" : "--after-dir");
    if (o->after && o->after_dir) return usage(d, RG_EUSAGE, "--after and --after-dir exclude each other");
    if (own) return RG_OK;
    t->width = 0;
    if (o->after) {
        int w;
        if (!leading_version(o->after, &t->after, &w) || o->after[w])
            return usage(d, RG_EUSAGE, "bad --after '%s' (a version: up to 18 digits)", o->after);
        t->width = w;
    } else if (o->after_dir) {
        int rc = strcmp(t->format->name, "sqitch") == 0 ? scan_sqitch(t, o->after_dir, d)
                                                          : scan_dir(t, o->after_dir, d);
        if (rc != RG_OK) return rc;
    }
    if (t->width == 0) t->width = t->format->default_width;
    return RG_OK;
}

void rg_emit_target_free(rg_emit_target *t)
{
    free(t->existing_plan);
    memset(t, 0, sizeof *t);
}

/* ---- cutting the plan into units --------------------------------------------- */

/* The statements of text, each without its ';' (the real grammar splits:
 * dollar quotes and DO bodies stay whole). */
static int split(rg_parser *ps, const char *text, char ***v, size_t *n, rg_diags *d)
{
    *v = NULL;
    *n = 0;
    if (!text || !*text) return RG_OK;
    rg_script sc = {0};
    rg_diags tmp = {0};
    int rc = rg_parse_text(ps, &sc, "plan step", text, strlen(text), &tmp);
    rg_diags_free(&tmp);
    if (rc != RG_OK) return usage(d, RG_EINTERNAL, "cannot split a planned statement for the tool's files");
    *v = rg_xcalloc(sc.n ? sc.n : 1, sizeof **v);
    for (size_t i = 0; i < sc.n; i++) (*v)[(*n)++] = rg_xstrdup(sc.stmts[i].text);
    return RG_OK;
}

static int append(char ***v, size_t *n, char **add, size_t nadd)
{
    if (!nadd) return RG_OK;
    *v = realloc(*v, (*n + nadd) * sizeof **v);
    if (!*v) abort();
    memcpy(*v + *n, add, nadd * sizeof *add);
    *n += nadd;
    return RG_OK;
}

static char *unit_name(const rg_plan_file *f, const rg_plan_step *s)
{
    const char *base = strchr(f->name, '_');
    rg_buf b = {0};
    rg_buf_puts(&b, base ? base + 1 : f->name);
    if (s) rg_buf_printf(&b, "_step%d", s->number);
    for (size_t i = 0; i < b.len; i++) {
        unsigned char c = (unsigned char)b.s[i];
        b.s[i] = (char)(isalnum(c) ? tolower(c) : '_');
    }
    return b.s;
}

static void free_units(unit *us, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(us[i].name);
        rg_buf_free(&us[i].up);
        rg_buf_free(&us[i].down);
        for (size_t k = 0; k < us[i].nups; k++) free(us[i].ups[k]);
        for (size_t k = 0; k < us[i].ndowns; k++) free(us[i].downs[k]);
        free(us[i].ups);
        free(us[i].downs);
    }
    free(us);
}

static int cut(const rg_plan *p, const rg_emit_target *t, unit **out, size_t *nout, rg_diags *d)
{
    int deploy = -1;
    for (size_t i = 0; i < p->nstages && deploy < 0; i++)
        if (p->stages[i].kind == RG_STAGE_DEPLOY) deploy = p->stages[i].index;
    size_t cap = p->nsteps + p->nfiles + 1, n = 0;
    unit *us = rg_xcalloc(cap, sizeof *us);
    rg_parser *ps = rg_parser_new();
    rg_parser_set_threads(ps, 1);
    int rc = RG_OK;
    uint64_t next = t->after;
    for (size_t i = 0; i < p->nfiles && rc == RG_OK; i++) {
        const rg_plan_file *f = p->files[i];
        bool each = f->no_transaction && t->format->split_notx;
        size_t parts = each ? f->nsteps : 1;
        for (size_t k = 0; k < parts && rc == RG_OK; k++) {
            unit *u = &us[n++];
            u->file = f;
            u->step = each ? f->steps[k] : NULL;
            u->post = deploy >= 0 && f->stage->index > deploy;
            u->notx = f->no_transaction;
            u->name = unit_name(f, u->step);
            snprintf(u->ver, sizeof u->ver, "%0*" PRIu64, t->width, ++next);
            rg_plan_file_up(p, f, &u->up);
            rg_plan_file_down(p, f, &u->down);
            size_t lo = each ? k : 0, hi = each ? k + 1 : f->nsteps;
            for (size_t s = lo; s < hi && !u->lossy; s++)
                if (!f->steps[s]->lossless) u->lossy = f->steps[s]->lossy_why ? f->steps[s]->lossy_why : "";
            if (!u->notx) continue;
            for (size_t s = lo; s < hi && rc == RG_OK; s++) {
                char **v;
                size_t nv;
                rc = split(ps, f->steps[s]->sql, &v, &nv, d);
                if (rc == RG_OK) append(&u->ups, &u->nups, v, nv);
                free(v);
            }
            for (size_t s = hi; s-- > lo && rc == RG_OK;) {
                char **v;
                size_t nv;
                rc = split(ps, f->steps[s]->down, &v, &nv, d);
                if (rc == RG_OK) append(&u->downs, &u->ndowns, v, nv);
                free(v);
            }
        }
    }
    rg_parser_free(ps);
    *out = us;
    *nout = n;
    return rc;
}

/* dbmate reads any line starting "-- migrate:" as a section marker. */
static bool has_dbmate_marker(const rg_buf *b)
{
    for (const char *s = rg_buf_cstr((rg_buf *)b); (s = strstr(s, "-- migrate:")); s++)
        if (s == b->s || s[-1] == '\n') return true;
    return false;
}

/* ---- writing ------------------------------------------------------------------ */

static int mkdirs_for(const char *path)
{
    char *p = rg_xstrdup(path);
    int rc = 0;
    for (char *s = p + 1; *s && rc == 0; s++) {
        if (*s != '/') continue;
        *s = 0;
        if (mkdir(p, 0777) != 0 && errno != EEXIST) rc = -1;
        *s = '/';
    }
    free(p);
    return rc;
}

static int write_files(const files *fs, const char *dir, rg_diags *d)
{
    int rc = RG_OK;
    rg_buf path = {0};
    for (size_t i = 0; i < fs->n && rc == RG_OK; i++) {
        rg_buf_reset(&path);
        const out_file *o = fs->v[i];
        rg_buf_printf(&path, "%s/%s", dir, o->rel);
        FILE *f = mkdirs_for(path.s) == 0 ? fopen(path.s, "wbx") : NULL;
        bool ok = f && (o->body.len == 0 || fwrite(o->body.s, 1, o->body.len, f) == o->body.len);
        if (f && fclose(f) != 0) ok = false;
        if (!ok) rc = usage(d, RG_EIO, "cannot write %s: %s", o->rel, strerror(errno));
    }
    rg_buf_free(&path);
    return rc;
}

int rg_emit_tool(const rg_plan *p, const rg_emit_target *t, const char *dir, rg_emit_result *res, rg_diags *d)
{
    memset(res, 0, sizeof *res);
    if (!t->format) return RG_OK;
    unit *us = NULL;
    size_t n = 0;
    files fs = {0};
    int rc = cut(p, t, &us, &n, d);
    for (size_t i = 0; i < n && rc == RG_OK; i++) {
        if (t->format->write == write_dbmate && (has_dbmate_marker(&us[i].up) || has_dbmate_marker(&us[i].down)))
            rc = usage(d, RG_EINPUT, "cannot emit %s for dbmate: a line of its SQL starts with '-- migrate:'",
                       us[i].name);
        else
            t->format->write(p, &us[i], &fs);
    }
    if (rc == RG_OK && t->format->finish) t->format->finish(t, us, n, &fs);
    if (rc == RG_OK) rc = write_files(&fs, dir, d);
    if (rc == RG_OK) {
        snprintf(res->folder, sizeof res->folder, "%s", t->format->folder);
        for (size_t i = 0; i < n; i++) {
            if (!us[i].post) snprintf(res->before_deploy, sizeof res->before_deploy, "%s", us[i].ver);
            snprintf(res->last, sizeof res->last, "%s", us[i].ver);
        }
        const char *h = t->format->hint, *at = strstr(h, "BEFORE");
        if (at)
            snprintf(res->tool_hint, sizeof res->tool_hint, "%.*s%s%s", (int)(at - h), h,
                     res->before_deploy[0] ? res->before_deploy : "0", at + 6);
        else
            snprintf(res->tool_hint, sizeof res->tool_hint, "%s", h);
    }
    for (size_t i = 0; i < fs.n; i++) {
        free(fs.v[i]->rel);
        rg_buf_free(&fs.v[i]->body);
        free(fs.v[i]);
    }
    free(fs.v);
    free_units(us, n);
    return rc;
}
