/*
 * verify.c — drives `rollgate verify`: a scratch database gets OLD and a
 * few rows, then the plan's stages in run order (each file as the
 * contract says, every step measured), the live apps' queries after every
 * stage, and at the end two comparisons made with rollgate's own diff on
 * pg_dump output: the migrated database against NEW loaded fresh, and,
 * after every down in reverse, against OLD loaded fresh.
 *
 * Test hook: RG_VERIFY_FAULT=drop_before_deploy replays the files of the
 * stages after the last deploy (the contract: drops) just before the
 * first deploy, i.e. a deliberately wrong plan; the predictions still
 * describe the real plan, so the broken queries show up as disagreements.
 */
#include "replay.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rollgate/models.h"

typedef struct vimpl {
    rg_verify pub;
    size_t fcap;
} vimpl;

typedef struct vrun {
    replay R;
    vserver S;
    const rg_plan *p;
    rg_parser *parser;
    const rg_verify_opts *o;
    const char *db;               /* the replay database */
    rg_map apps;                  /* name -> const rg_app * */
} vrun;

void vfinding(rg_verify *v, rg_severity sev, const char *code, const char *object, const char *fmt, ...)
{
    vimpl *vi = (vimpl *)v;
    va_list ap;
    va_start(ap, fmt);
    rg_finding_addv(v->arena, &v->findings, &v->nfindings, &vi->fcap, sev, code, object, fmt, ap);
    va_end(ap);
    if (sev == RG_SEV_ERROR) v->nerrors++;
}

static void progress(vrun *X, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void progress(vrun *X, const char *fmt, ...)
{
    if (!X->o->notify) return;
    rg_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    rg_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    X->o->notify(X->o->notify_ctx, true, rg_buf_cstr(&b));
    rg_buf_free(&b);
}

/* ---- loading a schema -------------------------------------------------- */

/* A schema that grants to roles the throwaway cluster lacks: roles are
 * cluster-wide, so they are created (NOLOGIN) only on our own cluster,
 * never on a --pg-url server. True when one was created. */
static bool create_missing_role(vrun *X, PGconn *c, const char *state, const char *msg)
{
    static const char PREFIX[] = "role \"";
    if (X->o->pg_url || !state || strcmp(state, "42704") != 0 || !msg || strncmp(msg, PREFIX, 6) != 0) return false;
    const char *end = strstr(msg + 6, "\" does not exist");
    if (!end || end == msg + 6) return false;
    rg_arena *a = X->R.v->arena;
    const char *role = rg_arena_strndup(a, msg + 6, (size_t)(end - msg - 6));
    char *q = PQescapeIdentifier(c, role, strlen(role));
    bool ok = q && vq(c, rg_arena_printf(a, "CREATE ROLE %s NOLOGIN", q), NULL, NULL, NULL);
    PQfreemem(q);
    if (ok)
        vfinding(X->R.v, RG_SEV_NOTE, "verify_role_created", role,
                 "role %s created on the throwaway cluster (the schema refers to it)", role);
    return ok;
}

/* Runs every statement of `path` (a file or a migration folder, read by
 * rollgate's own parser, psql meta-commands stripped) in database db, on
 * a connection of its own: pg_dump output changes the session's
 * search_path. */
static bool load_schema(vrun *X, const char *db, const char *path)
{
    rg_verify *v = X->R.v;
    rg_script sc = {0};
    rg_diags d = {0};
    bool ok = rg_parse_paths(X->parser, &sc, &path, 1, &d) == RG_OK;
    if (!ok) vfinding(v, RG_SEV_ERROR, "verify_load_failed", path, "%s does not parse", path);
    PGconn *c = ok ? vs_connect(&X->S, db) : NULL;
    if (ok && PQstatus(c) != CONNECTION_OK) {
        vfinding(v, RG_SEV_ERROR, "verify_load_failed", path, "cannot connect to %s: %s", db, PQerrorMessage(c));
        ok = false;
    }
    for (size_t i = 0; ok && i < sc.n; i++) {
        const char *state, *msg;
        bool done = vq(c, sc.stmts[i].text, v->arena, &state, &msg);
        for (int t = 0; !done && t < 16 && create_missing_role(X, c, state, msg); t++)
            done = vq(c, sc.stmts[i].text, v->arena, &state, &msg);
        if (done) continue;
        int line = 0, col = 0;
        rg_source_linecol(sc.stmts[i].src, sc.stmts[i].offset, &line, &col);
        vfinding(v, RG_SEV_ERROR, "verify_load_failed", path, "%s:%d:%d: the server refused: %s (SQLSTATE %s)",
                 sc.stmts[i].src ? sc.stmts[i].src->path : path, line, col, msg, state);
        ok = false;
    }
    PQfinish(c);
    rg_diags_free(&d);
    return ok;
}

static bool load_seed(vrun *X, const char *path, char **err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        rg_buf b = {0};
        rg_buf_printf(&b, "cannot read --seed '%s'", path);
        *err = b.s;
        return false;
    }
    rg_buf text = {0};
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) rg_buf_put(&text, chunk, n);
    fclose(f);
    const char *state, *msg;
    if (!vq(X->R.c, rg_buf_cstr(&text), X->R.v->arena, &state, &msg))
        vfinding(X->R.v, RG_SEV_ERROR, "verify_seed_failed", path, "--seed %s: %s (SQLSTATE %s)", path, msg, state);
    rg_buf_free(&text);
    return true;
}

/* ---- stages ------------------------------------------------------------- */

static bool run_file(vrun *X, const rg_plan_file *f)
{
    replay *R = &X->R;
    bool ok = true;
    progress(X, "stage %d, %s", f->stage->index, f->name);
    if (f->no_transaction) {
        for (size_t i = 0; ok && i < f->nsteps; i++) ok = vreplay_step(R, f->steps[i], false) == RG_OK;
        return ok;
    }
    vq(R->c, "BEGIN", NULL, NULL, NULL);
    vq(R->c, rg_arena_printf(R->v->arena, "SET LOCAL lock_timeout = '%s'", X->p->lock_timeout ? X->p->lock_timeout : "5s"),
       NULL, NULL, NULL);
    for (size_t i = 0; ok && i < f->nsteps; i++) ok = vreplay_step(R, f->steps[i], true) == RG_OK;
    vq(R->c, ok ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);
    return ok;
}

static void check_queries(vrun *X, const rg_plan_stage *st)
{
    rg_arena *a = X->R.v->arena;
    const char *p = st->apps ? st->apps : "";
    while (*p) {
        size_t n = strcspn(p, ";");
        const rg_app *app = rg_map_get(&X->apps, rg_arena_strndup(a, p, n));
        for (size_t q = 0; app && q < app->nqueries; q++) {
            progress(X, "stage %d, app %s, query %zu/%zu", st->index, app->name, q + 1, app->nqueries);
            vreplay_query(&X->R, st->index, app, &app->queries[q]);
        }
        p += n + (p[n] == ';');
    }
}

/* Positions of the first and last deploy stage (-1 when none). */
static void deploy_span(const rg_plan *p, long *first, long *last)
{
    *first = *last = -1;
    for (size_t i = 0; i < p->nstages; i++)
        if (p->stages[i].kind == RG_STAGE_DEPLOY) {
            if (*first < 0) *first = (long)i;
            *last = (long)i;
        }
}

static bool run_stages(vrun *X)
{
    const rg_plan *p = X->p;
    const char *fault = getenv("RG_VERIFY_FAULT");
    long fd, ld;
    deploy_span(p, &fd, &ld);
    bool early = fault && strcmp(fault, "drop_before_deploy") == 0 && fd >= 1;
    if (early)
        vfinding(X->R.v, RG_SEV_WARNING, "verify_fault_injected", "",
                 "RG_VERIFY_FAULT=drop_before_deploy: the contract stages run before the first deploy");
    for (size_t i = 0; i < p->nstages; i++) {
        const rg_plan_stage *st = &p->stages[i];
        bool moved = early && (long)i > ld;
        for (size_t f = 0; !moved && f < st->nfiles; f++)
            if (!run_file(X, st->files[f])) return false;
        for (size_t j = (size_t)ld + 1; early && (long)i == fd - 1 && j < p->nstages; j++)
            for (size_t f = 0; f < p->stages[j].nfiles; f++)
                if (!run_file(X, p->stages[j].files[f])) return false;
        check_queries(X, st);
    }
    return true;
}

static bool run_downs(vrun *X)
{
    rg_verify *v = X->R.v;
    PGconn *c = X->R.c;
    for (size_t i = X->p->nfiles; i-- > 0;) {
        const rg_plan_file *f = X->p->files[i];
        progress(X, "down %s", f->name);
        rg_buf b = {0};
        rg_plan_file_down(X->p, f, &b);
        const char *name = rg_arena_printf(v->arena, "%s.down.sql", f->name);
        const char *text = rg_arena_strndup(v->arena, rg_buf_cstr(&b), b.len);
        rg_buf_free(&b);
        rg_script sc = {0};
        rg_diags d = {0};
        bool ok = rg_parse_generated(X->parser, &sc, name, text, strlen(text), &d) == RG_OK;
        rg_diags_free(&d);
        if (!f->no_transaction) vq(c, "BEGIN", NULL, NULL, NULL);
        const char *state = "", *msg = "does not parse";
        for (size_t k = 0; ok && k < sc.n; k++) ok = vq(c, sc.stmts[k].text, v->arena, &state, &msg);
        if (!f->no_transaction) vq(c, ok ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);
        if (!ok) {
            vfinding(v, RG_SEV_ERROR, "verify_down_failed", name, "%s failed on the server: %s (SQLSTATE %s)", name,
                     msg, state);
            return false;
        }
    }
    return true;
}

/* ---- comparing catalogs ------------------------------------------------- */

static rg_catalog *dump_catalog(vrun *X, const char *db, const char *label, rg_buf *dump)
{
    char *err = NULL;
    if (vs_dump(&X->S, db, dump, &err) != RG_OK) {
        vfinding(X->R.v, RG_SEV_ERROR, "verify_dump_failed", db, "%s", err);
        free(err);
        return NULL;
    }
    rg_script sc = {0};
    rg_diags d = {0};
    rg_catalog *c = rg_catalog_new();
    const char *text = rg_arena_strndup(X->R.v->arena, rg_buf_cstr(dump), dump->len);
    if (rg_parse_generated(X->parser, &sc, label, text, strlen(text), &d) == RG_OK) rg_catalog_apply(c, &sc, &d);
    rg_diags_free(&d);
    return c;
}

/* Does database db hold what `path` gives when loaded fresh? */
static bool same_as_fresh(vrun *X, const char *db, const char *path, const char *what)
{
    rg_verify *v = X->R.v;
    PGconn *fc = NULL;
    char *err = NULL;
    if (vs_create_db(&X->S, what, &fc, &err) != RG_OK) {
        vfinding(v, RG_SEV_ERROR, "verify_server_error", "", "%s", err);
        free(err);
        return false;
    }
    const char *fresh = X->S.dbs[X->S.ndbs - 1];
    PQfinish(fc);
    bool same = false;
    rg_buf d1 = {0}, d2 = {0};
    rg_catalog *got = NULL, *want = NULL;
    if (!load_schema(X, fresh, path)) goto done;
    got = dump_catalog(X, db, rg_arena_printf(v->arena, "pg_dump of the migrated database (%s)", what), &d1);
    want = dump_catalog(X, fresh, rg_arena_printf(v->arena, "pg_dump of %s loaded fresh", path), &d2);
    rg_diff *d = NULL;
    if (!got || !want || rg_diff_catalogs(&d, want, got) != RG_OK) goto done;
    same = d->n == 0;
    for (size_t i = 0; i < d->n; i++)
        vfinding(v, RG_SEV_ERROR, "verify_catalog_mismatch", d->v[i].object,
                 "%s: the migrated database differs from %s loaded fresh: %s %s%s%s", what, path, d->v[i].kind,
                 d->v[i].object, d->v[i].detail && *d->v[i].detail ? " " : "", d->v[i].detail ? d->v[i].detail : "");
    rg_diff_free(d);
done:
    rg_catalog_free(got);
    rg_catalog_free(want);
    rg_buf_free(&d1);
    rg_buf_free(&d2);
    vs_drop_db(&X->S, fresh);
    return same;
}

/* ---- the whole run ------------------------------------------------------ */

static void index_inputs(vrun *X, const rg_sim *sim, const rg_app *apps, size_t napps)
{
    rg_arena *a = X->R.v->arena;
    for (size_t i = 0; sim && i < sim->nrows; i++) {
        const rg_compat_row *r = &sim->rows[i];
        rg_map_put(&X->R.predicted, rg_arena_printf(a, "%d|%s|%s", r->stage, r->app, r->query), (void *)r);
    }
    for (size_t i = 0; i < napps; i++) rg_map_put(&X->apps, apps[i].name, (void *)&apps[i]);
}

static void replay_all(vrun *X, const char *old_path, const char *new_path, char **err)
{
    rg_verify *v = X->R.v;
    progress(X, "loading %s", old_path);
    if (!load_schema(X, X->db, old_path)) return;
    X->R.c = vs_connect(&X->S, X->db);
    if (PQstatus(X->R.c) != CONNECTION_OK) {
        vfinding(v, RG_SEV_ERROR, "verify_server_error", X->db, "cannot connect: %s", PQerrorMessage(X->R.c));
        return;
    }
    X->R.monitor = vs_connect(&X->S, X->db);
    vs_watch(X->R.c);
    vs_watch(X->R.monitor);
    progress(X, "seeding");
    if (X->o->seed_path) {
        if (!load_seed(X, X->o->seed_path, err)) return;
    } else {
        vseed_generate(v, X->R.c);
    }
    if (!run_stages(X)) return;
    progress(X, "comparing with %s", new_path);
    v->compared_new = true;
    v->final_matches_new = same_as_fresh(X, X->db, new_path, "new");
    if (!run_downs(X)) return;
    progress(X, "comparing with %s", old_path);
    v->compared_old = true;
    v->downs_give_old = same_as_fresh(X, X->db, old_path, "old");
}

static int verify_plan(rg_verify **out, const rg_plan *p, const rg_sim *sim, rg_parser *parser, const char *old_path,
                       const char *new_path, const rg_app *apps, size_t napps, const rg_verify_opts *o, char **err)
{
    *out = NULL;
    *err = NULL;
    vimpl *vi = rg_xcalloc(1, sizeof *vi);
    rg_verify *v = &vi->pub;
    v->arena = rg_arena_new();
    vrun X = {.p = p, .parser = parser, .o = o};
    X.R.v = v;
    int rc = vs_open(&X.S, o, err);
    PGconn *c = NULL;
    if (rc == RG_OK) rc = vs_create_db(&X.S, "replay", &c, err);
    if (rc != RG_OK) {
        vs_close(&X.S);
        rg_verify_free(v);
        return rc;
    }
    PQfinish(c);
    X.db = X.S.dbs[X.S.ndbs - 1];
    const char *ver = PQparameterStatus(X.S.admin, "server_version");
    v->server_version = rg_arena_strdup(v->arena, ver ? ver : "?");
    index_inputs(&X, sim, apps, napps);
    replay_all(&X, old_path, new_path, err);
    PQfinish(X.R.c);
    PQfinish(X.R.monitor);
    vs_close(&X.S);
    rg_map_free(&X.R.predicted);
    rg_map_free(&X.apps);
    v->rows = X.R.rows.v;
    v->nrows = X.R.rows.n;
    v->steps = X.R.steps.v;
    v->nsteps = X.R.steps.n;
    for (size_t i = 0; i < v->nrows; i++) v->ndisagree += !v->rows[i].agree;
    for (size_t i = 0; i < v->nsteps; i++) v->ndisagree += !v->steps[i].agree;
    if (*err) {
        rg_verify_free(v);
        return RG_EIO;
    }
    *out = v;
    return RG_OK;
}

int rg_verify_plan(rg_verify **out, const rg_plan *p, const rg_sim *sim, rg_parser *parser, const char *old_path,
                   const char *new_path, const rg_app *apps, size_t napps, const rg_verify_opts *o, rg_diags *diags)
{
    char *err = NULL;
    int rc = verify_plan(out, p, sim, parser, old_path, new_path, apps, napps, o, &err);
    return rg_diags_fail(diags, rc, err);
}

void rg_verify_free(rg_verify *v)
{
    if (!v) return;
    rg_arena_free(v->arena);
    free((vimpl *)v);
}

/* ---- CSV ---------------------------------------------------------------- */

static const char *tf(bool b)
{
    return b ? "true" : "false";
}

int rg_verify_write_csv(const rg_verify *v, rg_buf *out)
{
    static const char *const HDR[] = {"stage", "app", "query", "predicted", "observed", "agree"};
    int rc = rg_csv_row(out, HDR, 6);
    char stage[24], step[32], pred[128], obs[128];
    for (size_t i = 0; rc == RG_OK && i < v->nrows; i++) {
        const rg_verify_row *r = &v->rows[i];
        snprintf(stage, sizeof stage, "%d", r->stage);
        const char *cells[] = {stage, r->app, r->query, r->predicted, r->observed, tf(r->agree)};
        rc = rg_csv_row(out, cells, 6);
    }
    for (size_t i = 0; rc == RG_OK && i < v->nsteps; i++) {
        const rg_verify_step *s = &v->steps[i];
        snprintf(stage, sizeof stage, "%d", s->stage);
        snprintf(step, sizeof step, "step %d", s->step);
        bool other = s->predicted_other && strcmp(s->predicted_other, "none") != 0;
        snprintf(pred, sizeof pred, "lock=%s;rewrite=%s%s%s", s->predicted_lock, tf(s->predicted_rewrite),
                 other ? ";other=" : "", other ? s->predicted_other : "");
        snprintf(obs, sizeof obs, "lock=%s;rewrite=%s%s%s", s->observed_lock, tf(s->observed_rewrite),
                 other ? ";other=" : "", other ? s->observed_other : "");
        const char *cells[] = {stage, "-", step, pred, obs, tf(s->agree)};
        rc = rg_csv_row(out, cells, 6);
    }
    return rc;
}

int rg_verify_write_steps_csv(const rg_verify *v, rg_buf *out)
{
    /* No duration: the file is deterministic; ms stays in the ledger. */
    static const char *const HDR[] = {"step", "stage", "file", "target", "predicted_lock", "observed_lock",
                                      "predicted_rewrite", "observed_rewrite", "predicted_other", "observed_other",
                                      "measured", "agree", "note"};
    int rc = rg_csv_row(out, HDR, 13);
    char step[24], stage[24];
    for (size_t i = 0; rc == RG_OK && i < v->nsteps; i++) {
        const rg_verify_step *s = &v->steps[i];
        snprintf(step, sizeof step, "%d", s->step);
        snprintf(stage, sizeof stage, "%d", s->stage);
        /* A sample that caught the statement or not is timing: only a
         * disagreement (a stronger lock seen) makes it into the file. */
        bool timing = s->sampled && s->agree;
        const char *note = timing ? "no-transaction statement: sampled from a second session; the documented lock "
                                    "is recorded unless a stronger one is seen"
                                  : s->note ? s->note : "";
        const char *cells[] = {step, stage, s->file, s->target ? s->target : "", s->predicted_lock,
                               s->observed_lock, tf(s->predicted_rewrite), tf(s->observed_rewrite),
                               s->predicted_other ? s->predicted_other : "none",
                               s->observed_other ? s->observed_other : "none", tf(s->measured && !timing),
                               tf(s->agree), note};
        rc = rg_csv_row(out, cells, 13);
    }
    return rc;
}
