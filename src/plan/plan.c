/*
 * plan.c — stage 4's frame: the stages around the deploy, files inside
 * stages, steps inside files, the lock model's answer for every step, and
 * the text of each up and down file. The shapes themselves (which steps a
 * change becomes) live in plan_shapes.c and plan_columns.c; the
 * self-check in plan_verify.c.
 */
#include "plan/plan_int.h"

#include "catalog/sqlnames.h"

#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const char *const STAGE_NAMES[ST__COUNT] = {"expand", "backfill", "validate", "switch",
                                                   "contract"};

/* ---- files and steps ------------------------------------------------------ */

static rg_plan_file *new_file(planner *P, int stage, int phase, const char *slug, bool no_tx)
{
    rg_plan_file *f = rg_arena_alloc(P->a, sizeof *f);
    f->slug = slug;
    f->no_transaction = no_tx;
    f->phase = stage * 100 + phase;
    f->seq = P->seq++;
    *rg_vec_push(P->a, &P->files) = f;
    return f;
}

rg_plan_file *pl_main(planner *P, int stage, int phase, const char *slug)
{
    const char *key = rg_arena_printf(P->a, "%d/%d", stage, phase);
    rg_plan_file *f = rg_map_get(&P->main_files, key);
    if (!f) {
        f = new_file(P, stage, phase, slug, false);
        rg_map_put(&P->main_files, key, f);
    }
    return f;
}

rg_plan_file *pl_own(planner *P, int stage, int phase, const char *slug, bool no_tx)
{
    return new_file(P, stage, phase, slug, no_tx);
}

typedef struct step_x {
    rg_plan_step s;
    int prio, seq;
    bool existing;
    const char *table;
    rg_buf notes;
} step_x;

rg_plan_step *pl_step(planner *P, rg_plan_file *f, const char *op, const char *object,
                      const char *up, const char *down)
{
    step_x *x = rg_arena_alloc(P->a, sizeof *x);
    x->s.file = f;
    x->s.op = op;
    x->s.object = object;
    x->s.sql = up;
    x->s.down = down;
    x->s.lossless = true;
    x->prio = PRIO_NORMAL;
    x->seq = P->seq++;
    *rg_vec_push(P->a, &P->steps) = &x->s;
    /* f->steps, nsteps, steps_cap have an RG_VEC's layout. */
    *(rg_plan_step **)rg_vec_grow(P->a, &f->steps, sizeof *f->steps) = &x->s;
    return &x->s;
}

void pl_step_prio(rg_plan_step *s, int prio);
void pl_step_prio(rg_plan_step *s, int prio)
{
    ((step_x *)s)->prio = prio;
}

rg_plan_step *pl_down_only(planner *P, int stage, int phase, const char *slug, bool no_tx, const char *object,
                           const char *down)
{
    return pl_step(P, pl_own(P, stage, phase, slug, no_tx), "nothing", object, "", down);
}

void pl_revalidate_down(planner *P, int stage, int phase, const rg_table *t, const char *con)
{
    rg_plan_step *s = pl_down_only(P, stage, phase, pl_name(P, "revalidate_", con, NULL), false,
                                   pl_key(P, t->schema, t->name, con),
                                   rg_arena_printf(P->a, "ALTER TABLE %s VALIDATE CONSTRAINT %s",
                                                   pl_qn(P, t->schema, t->name), pl_q(P, con)));
    pl_note(P, s, "the down of a later file adds %s back NOT VALID; this down validates it in a transaction of its "
                  "own, scanning without blocking reads or writes", con);
}

void pl_note(planner *P, rg_plan_step *s, const char *fmt, ...)
{
    (void)P;
    step_x *x = (step_x *)s;
    if (x->notes.len) rg_buf_puts(&x->notes, "; ");
    va_list ap;
    va_start(ap, fmt);
    rg_buf_vprintf(&x->notes, fmt, ap);
    va_end(ap);
}

void pl_lossy(rg_plan_step *s, const char *why)
{
    s->lossless = false;
    s->lossy_why = why;
}

void pl_existing(planner *P, rg_plan_step *s, const char *schema, const char *table)
{
    step_x *x = (step_x *)s;
    if (rg_catalog_table(P->oldc, schema, table) && !pl_table_is_new(P, schema, table)) {
        x->existing = true;
        x->table = pl_qn(P, schema, table);
    }
}

bool pl_table_is_new(planner *P, const char *schema, const char *table)
{
    return rg_map_get(&P->new_tables, pl_key(P, schema, table, NULL)) != NULL;
}

/* ---- text helpers --------------------------------------------------------- */

const char *pl_q(planner *P, const char *ident)
{
    return rg_quote_ident_a(P->a, ident);
}

const char *pl_qn(planner *P, const char *schema, const char *name)
{
    return rg_qualified_a(P->a, schema, name);
}

const char *pl_key(planner *P, const char *a, const char *b, const char *c)
{
    const char *k = rg_arena_printf(P->a, "%s.%s", pl_q(P, a), pl_q(P, b));
    return c ? rg_arena_printf(P->a, "%s.%s", k, pl_q(P, c)) : k;
}

const char *pl_lit(planner *P, const char *s)
{
    rg_buf b = {0};
    rg_buf_putc(&b, '\'');
    for (; *s; s++) {
        if (*s == '\'') rg_buf_putc(&b, '\'');
        rg_buf_putc(&b, *s);
    }
    rg_buf_putc(&b, '\'');
    const char *r = rg_arena_strdup(P->a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return r;
}

const char *pl_take(planner *P, rg_buf *b)
{
    size_t n = b->len;
    while (n && (b->s[n - 1] == '\n' || b->s[n - 1] == ' ')) n--;
    if (n && b->s[n - 1] == ';') n--;
    const char *r = rg_arena_strndup(P->a, b->len ? b->s : "", n);
    rg_buf_free(b);
    return r;
}

const char *pl_name(planner *P, const char *prefix, const char *a, const char *b)
{
    char *s = b ? rg_arena_printf(P->a, "%s%s_%s", prefix, a, b) : rg_arena_printf(P->a, "%s%s", prefix, a);
    if (strlen(s) > 63) {
        /* Keep it unique-ish and stable: cut, then a hash of the whole. */
        uint64_t h = rg_hash(s, strlen(s));
        s = rg_arena_printf(P->a, "%.54s_%08x", s, (unsigned)(h & 0xffffffffu));
    }
    return s;
}

/* ---- findings -------------------------------------------------------------- */

rg_finding *rg_plan_add_finding(rg_plan *p, rg_severity sev, const char *code, const char *object,
                                const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rg_finding *f = rg_finding_addv(p->arena, &p->findings, &p->nfindings, &p->findings_cap, sev, code, object,
                                    fmt, ap);
    va_end(ap);
    return f;
}

/* ---- lock facts into notes -------------------------------------------------- */

static void lock_notes(planner *P, step_x *x)
{
    rg_plan_step *s = &x->s;
    s->rule = rg_lockmodel_lookup(P->model, s->op, P->o->pg_version);
    rg_buf b = {0};
    if (!s->rule) {
        rg_buf_printf(&b, "%s: %s", s->op,
                      rg_lockmodel_has_op(P->model, s->op) ? "not available on this server version"
                                                           : "not in the lock model");
    } else {
        if (x->existing && s->rule->table_mode == RG_LOCK_ACCESS_EXCLUSIVE)
            rg_buf_printf(&b, "ACCESS EXCLUSIVE on existing table %s: blocks its reads and writes until commit",
                          x->table);
        if (s->rule->other_mode != RG_LOCK_NONE) {
            if (b.len) rg_buf_puts(&b, "; ");
            rg_buf_printf(&b, "other tables: %s", s->rule->other_lock);
        }
    }
    if (x->notes.len) {
        if (b.len) rg_buf_puts(&b, "; ");
        rg_buf_puts(&b, rg_buf_cstr(&x->notes));
    }
    s->notes = rg_arena_strdup(P->a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    rg_buf_free(&x->notes);
}

/* ---- ordering into stages ------------------------------------------------- */

static int cmp_file(const void *a, const void *b)
{
    const rg_plan_file *x = *(rg_plan_file *const *)a, *y = *(rg_plan_file *const *)b;
    if (x->phase != y->phase) return x->phase < y->phase ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int cmp_step(const void *a, const void *b)
{
    const step_x *x = *(step_x *const *)a, *y = *(step_x *const *)b;
    if (x->prio != y->prio) return x->prio < y->prio ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* ---- dependency order inside a file ------------------------------------------- */

typedef RG_VEC(size_t) idx_vec;

static void add_idx(rg_arena *a, rg_map *m, const char *key, size_t i)
{
    idx_vec *v = rg_map_get(m, key);
    if (!v) {
        v = rg_arena_alloc(a, sizeof *v);
        rg_map_put(m, key, v);
    }
    *rg_vec_push(a, v) = i;
}

typedef struct step_names {
    rg_sqlnames up, down;
    RG_VEC(const char *) creates, frees; /* what the up makes; what it removes */
    idx_vec next;                       /* steps that must come after this one */
    size_t before;                      /* steps that must come before it, not yet placed */
} step_names;

typedef RG_VEC(const char *) name_vec;

static bool has_name(const void *vec, const char *name)
{
    const name_vec *v = vec;
    for (size_t i = 0; i < v->n; i++)
        if (!strcmp(v->v[i], name)) return true;
    return false;
}

static void edge(rg_arena *a, step_names *v, size_t from, size_t to)
{
    if (from == to) return;
    *rg_vec_push(a, &v[from].next) = to;
    v[to].before++;
}

/* A min-heap of step positions: among the steps that are free to go, the
 * one the shapes put first goes first, so the order changes only where a
 * dependency says so. */
typedef struct heap {
    size_t *v, n;
} heap;

static void heap_push(heap *h, size_t x)
{
    size_t i = h->n++;
    h->v[i] = x;
    while (i && h->v[(i - 1) / 2] > h->v[i]) {
        size_t p = (i - 1) / 2, t = h->v[p];
        h->v[p] = h->v[i];
        h->v[i] = t;
        i = p;
    }
}

static size_t heap_pop(heap *h)
{
    size_t top = h->v[0];
    h->v[0] = h->v[--h->n];
    for (size_t i = 0;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < h->n && h->v[l] < h->v[m]) m = l;
        if (r < h->n && h->v[r] < h->v[m]) m = r;
        if (m == i) break;
        size_t t = h->v[m];
        h->v[m] = h->v[i];
        h->v[i] = t;
        i = m;
    }
    return top;
}

/*
 * The steps of one file in an order PostgreSQL accepts, from the names
 * each step's SQL creates, drops and uses (its down tells what its up
 * removes and what the removed object used):
 *   - a step that uses a name after the step that creates it;
 *   - a step that frees a name and one that takes it stay in the order the
 *     shapes gave them (a replaced object's old version first; a
 *     temporary object made, then removed), and what depends on either
 *     follows;
 *   - a step that removes an object before the step that removes what the
 *     object used (dependants first: the view before its function).
 * Ties, and cycles, keep the shapes' order (priority, then creation).
 */
static void order_steps(rg_plan_file *f)
{
    size_t n = f->nsteps;
    qsort(f->steps, n, sizeof *f->steps, cmp_step);
    if (n < 2) return;
    rg_arena *a = rg_arena_new();
    step_names *v = rg_arena_alloc(a, n * sizeof *v);
    rg_map creators = {0}, freers = {0};
    for (size_t i = 0; i < n; i++) {
        step_names *x = &v[i];
        const rg_plan_step *s = f->steps[i];
        rg_sql_names(a, s->sql, &x->up);
        rg_sql_names(a, s->down, &x->down);
        for (size_t j = 0; j < x->up.creates.n; j++) *rg_vec_push(a, &x->creates) = x->up.creates.v[j];
        for (size_t j = 0; j < x->down.drops.n; j++) *rg_vec_push(a, &x->creates) = x->down.drops.v[j];
        for (size_t j = 0; j < x->up.drops.n; j++) *rg_vec_push(a, &x->frees) = x->up.drops.v[j];
        for (size_t j = 0; j < x->down.creates.n; j++) *rg_vec_push(a, &x->frees) = x->down.creates.v[j];
        for (size_t j = 0; j < x->creates.n; j++) add_idx(a, &creators, x->creates.v[j], i);
        for (size_t j = 0; j < x->frees.n; j++) add_idx(a, &freers, x->frees.v[j], i);
    }
    for (size_t b = 0; b < n; b++) {
        step_names *x = &v[b];
        for (size_t j = 0; j < x->up.uses.n; j++) {
            /* A step that frees the name it uses (a rename) uses the old
             * object: the creator of the new one comes after it. */
            if (has_name(&x->frees, x->up.uses.v[j])) continue;
            const idx_vec *cs = rg_map_get(&creators, x->up.uses.v[j]);
            for (size_t k = 0; cs && k < cs->n; k++) edge(a, v, cs->v[k], b);
        }
        for (size_t j = 0; j < x->creates.n; j++) {
            /* One step frees a name another takes: a replacement (the old
             * object goes first) or a temporary object (made, then
             * removed). Which one, the shapes' order says; the edge keeps
             * it, so the steps that depend on either follow suit. */
            const idx_vec *fs = rg_map_get(&freers, x->creates.v[j]);
            for (size_t k = 0; fs && k < fs->n; k++)
                if (fs->v[k] < b) edge(a, v, fs->v[k], b);
                else edge(a, v, b, fs->v[k]);
        }
        if (!x->frees.n) continue;
        for (size_t j = 0; j < x->down.uses.n; j++) {
            /* ... but not the name the down itself takes away again. */
            if (has_name(&x->creates, x->down.uses.v[j])) continue;
            const idx_vec *fs = rg_map_get(&freers, x->down.uses.v[j]);
            for (size_t k = 0; fs && k < fs->n; k++) edge(a, v, b, fs->v[k]);
        }
    }
    heap h = {rg_arena_alloc(a, n * sizeof *h.v), 0};
    bool *placed = rg_arena_alloc(a, n);
    rg_plan_step **out = rg_arena_alloc(a, n * sizeof *out);
    size_t nout = 0, lowest = 0;
    for (size_t i = 0; i < n; i++)
        if (!v[i].before) heap_push(&h, i);
    while (nout < n) {
        if (!h.n) {
            /* A cycle: the first step left goes next. */
            while (placed[lowest]) lowest++;
            v[lowest].before = 0;
            heap_push(&h, lowest);
        }
        size_t i = heap_pop(&h);
        if (placed[i]) continue;
        placed[i] = true;
        out[nout++] = f->steps[i];
        for (size_t k = 0; k < v[i].next.n; k++) {
            size_t j = v[i].next.v[k];
            if (!placed[j] && v[j].before && --v[j].before == 0) heap_push(&h, j);
        }
    }
    memcpy(f->steps, out, n * sizeof *out);
    rg_map_free(&creators);
    rg_map_free(&freers);
    rg_arena_free(a);
}

static void slugify(char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 'A' && c <= 'Z') *s = (char)(c - 'A' + 'a');
        else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) *s = '_';
    }
}

typedef RG_VEC(rg_plan_stage) stage_vec;
typedef RG_VEC(rg_plan_file *) file_vec;

static rg_plan_stage *add_stage(planner *P, stage_vec *v, const char *name,
                                rg_stagekind kind, const char *apps)
{
    rg_plan_stage *s = rg_vec_push(P->a, v);
    s->index = (int)v->n - 1;
    s->name = name;
    s->kind = kind;
    s->apps = apps;
    return s;
}

static const char *apps_list(planner *P, size_t from, size_t to)
{
    rg_buf b = {0};
    for (size_t i = from; i <= to; i++) {
        if (b.len) rg_buf_putc(&b, ';');
        rg_buf_puts(&b, P->o->apps[i]);
    }
    const char *r = rg_arena_strdup(P->a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return r;
}

/* Files of migration stage st in order, placed in a new plan stage. */
static void place_files(planner *P, stage_vec *stages, int st, const char *apps,
                        rg_plan_file **sorted, size_t nsorted, file_vec *order)
{
    size_t n = 0;
    for (size_t i = 0; i < nsorted; i++)
        if (sorted[i]->phase / 100 == st && sorted[i]->nsteps) n++;
    if (!n) return;
    rg_plan_stage *s = add_stage(P, stages, STAGE_NAMES[st], RG_STAGE_MIGRATION, apps);
    s->files = rg_arena_alloc(P->a, n * sizeof *s->files);
    for (size_t i = 0; i < nsorted; i++) {
        rg_plan_file *f = sorted[i];
        if (f->phase / 100 != st || !f->nsteps) continue;
        s->files[s->nfiles++] = f;
        *rg_vec_push(P->a, order) = f;
    }
}

/*
 * A CREATE INDEX CONCURRENTLY that fails (lock_timeout while it waits for
 * older transactions, a duplicate under a unique index) leaves an INVALID
 * index of that name behind, and running the file again would fail on the
 * name. Such a file drops its index first when it is there: at that point
 * of the plan the index does not exist, so whatever holds the name is a
 * leftover of a failed run. The drop is the build's own down (DROP INDEX
 * CONCURRENTLY IF EXISTS), run as a step of its own before it.
 */
static void rerunnable_builds(planner *P)
{
    static const char DROP[] = "DROP INDEX CONCURRENTLY IF EXISTS ";
    size_t n = P->files.n;
    for (size_t i = 0; i < n; i++) {
        rg_plan_file *f = P->files.v[i];
        if (!f->no_transaction || f->nsteps != 1) continue;
        rg_plan_step *b = f->steps[0];
        if (strcmp(b->op, "create_index_concurrently") != 0 || !b->down || strncmp(b->down, DROP, sizeof DROP - 1) != 0)
            continue;
        rg_plan_step *s = pl_step(P, f, "drop_index_concurrently", b->object, b->down, NULL);
        pl_step_prio(s, PRIO_FIRST);
        pl_note(P, s, "a build of this file that failed before left an INVALID index: dropped first, so the file "
                      "can be run again");
    }
}

static void finish(planner *P)
{
    rerunnable_builds(P);
    rg_plan *p = P->p;
    size_t nf = P->files.n;
    rg_plan_file **sorted = rg_arena_alloc(P->a, (nf ? nf : 1) * sizeof *sorted);
    if (nf) memcpy(sorted, P->files.v, nf * sizeof *sorted);
    qsort(sorted, nf, sizeof *sorted, cmp_file);

    stage_vec stages = {0};
    file_vec order = {0};
    size_t na = P->o->napps;
    add_stage(P, &stages, "baseline", RG_STAGE_BASELINE, apps_list(P, 0, 0));
    for (int st = ST_EXPAND; st <= ST_SWITCH; st++)
        place_files(P, &stages, st, apps_list(P, 0, 0), sorted, nf, &order);
    for (size_t i = 1; i < na; i++)
        add_stage(P, &stages, na == 2 ? "deploy" : rg_arena_printf(P->a, "deploy_%s", P->o->apps[i]),
                  RG_STAGE_DEPLOY, apps_list(P, i - 1, i));
    place_files(P, &stages, ST_CONTRACT, apps_list(P, na - 1, na - 1), sorted, nf, &order);
    /* Each stage's files point back at the stage (the vector settled). */
    for (size_t i = 0; i < stages.n; i++)
        for (size_t j = 0; j < stages.v[i].nfiles; j++) stages.v[i].files[j]->stage = &stages.v[i];

    p->stages = stages.v;
    p->nstages = stages.n;
    p->files = order.v;
    p->nfiles = order.n;
    p->steps = rg_arena_alloc(P->a, (P->steps.n ? P->steps.n : 1) * sizeof *p->steps);
    int number = 0;
    for (size_t i = 0; i < order.n; i++) {
        rg_plan_file *f = order.v[i];
        f->number = (int)i + 1;
        order_steps(f);
        const char *slug = f->slug ? f->slug : "steps";
        char *sl = rg_arena_printf(P->a, "%.40s", slug);
        slugify(sl);
        f->name = rg_arena_printf(P->a, "%04d_%s_%s", f->number, f->stage->name, sl);
        for (size_t j = 0; j < f->nsteps; j++) {
            rg_plan_step *s = f->steps[j];
            s->number = ++number;
            lock_notes(P, (step_x *)s);
            p->steps[p->nsteps++] = s;
        }
    }
}

/* ---- the build -------------------------------------------------------------- */

static void mark_pairs(planner *P)
{
    for (size_t i = 0; i < P->o->nrenames; i++) {
        const rg_rename_hint *h = &P->o->renames[i];
        rg_map_put(&P->pairs, pl_key(P, h->schema, h->table, h->to),
                   (void *)h->from);
    }
}

/* Checks each hint against the diff: a rename needs the drop of the old
 * column and the add of the new one. */
static int check_hints(planner *P, const char **err)
{
    rg_map drops = {0}, adds = {0};
    for (size_t i = 0; i < P->d->n; i++) {
        const rg_change *c = &P->d->v[i];
        if (c->ck == RG_CK_DROP_COLUMN) rg_map_put(&drops, c->object, (void *)c);
        if (c->ck == RG_CK_ADD_COLUMN) rg_map_put(&adds, c->object, (void *)c);
    }
    int rc = RG_OK;
    for (size_t i = 0; i < P->o->nrenames && rc == RG_OK; i++) {
        const rg_rename_hint *h = &P->o->renames[i];
        const char *from = pl_key(P, h->schema, h->table, h->from);
        const char *to = pl_key(P, h->schema, h->table, h->to);
        if (!rg_map_get(&drops, from) || !rg_map_get(&adds, to)) {
            *err = rg_arena_printf(P->a, "--rename %s.%s.%s=%s: the diff has no drop of %s and add of %s",
                                   h->schema, h->table, h->from, h->to, from, to);
            rc = RG_EUSAGE;
        }
        rg_map_put(&P->consumed, from, (void *)1);
    }
    rg_map_free(&drops);
    rg_map_free(&adds);
    return rc;
}

static int plan_build(rg_plan **out, const char **err, rg_catalog *old_cat, rg_catalog *new_cat,
                      const rg_diff *d, const rg_lockmodel *model, const rg_plan_opts *opts)
{
    rg_plan *p = rg_xcalloc(1, sizeof *p);
    p->arena = rg_arena_new();
    p->opts = opts;
    p->lock_timeout = opts->lock_timeout;
    p->old_cat = old_cat;
    p->new_cat = new_cat;
    planner P = {.p = p, .a = p->arena, .oldc = old_cat, .newc = new_cat, .d = d,
                 .model = model, .o = opts};
    *out = p;
    *err = NULL;
    int rc = opts->ntable_renames ? pl_table_renames(&P, err) : RG_OK;
    if (rc == RG_OK) rc = pl_table_rebuilds(&P, err);
    d = P.d; /* table renames and rebuilds diff again */
    for (size_t i = 0; rc == RG_OK && i < d->n; i++)
        if (d->v[i].ck == RG_CK_ADD_TABLE)
            rg_map_put(&P.new_tables, d->v[i].object, (void *)1);
        else if (d->v[i].ck == RG_CK_DROP_TABLE)
            rg_map_put(&P.dropped_tables, d->v[i].object, (void *)1);
        else if (strcmp(d->v[i].kind, "add_view") == 0)
            rg_map_put(&P.new_views, d->v[i].object, (void *)1);
    mark_pairs(&P);
    if (rc == RG_OK) pl_maps_build(&P);
    if (rc == RG_OK) rc = check_hints(&P, err);
    if (rc == RG_OK) rc = pl_data_prepass(&P, err);
    if (rc == RG_OK) {
        pl_moves_prepass(&P);
        pl_parts_prepass(&P);
        pl_views_prepass(&P);
        /* the registry's prepass column: steps other shapes make necessary */
#define PREPASS_COLUMN(KIND, name, interp, follow, diff, shape, prepass, ...) prepass,
        static void (*const prepass[RG_OBJ__COUNT])(planner *) = {RG_OBJKINDS(PREPASS_COLUMN)};
#undef PREPASS_COLUMN
        for (size_t k = 0; k < RG_OBJ__COUNT; k++)
            if (prepass[k]) prepass[k](&P);
        for (size_t i = 0; i < d->n; i++)
            if (!rg_map_get(&P.consumed, d->v[i].object) || d->v[i].ck != RG_CK_DROP_COLUMN)
                pl_shape_change(&P, &d->v[i]);
        finish(&P);
    } else {
        for (size_t i = 0; i < P.steps.n; i++) rg_buf_free(&((step_x *)P.steps.v[i])->notes);
    }
    rg_map_free(&P.main_files);
    rg_map_free(&P.consumed);
    rg_map_free(&P.new_tables);
    rg_map_free(&P.dropped_tables);
    rg_map_free(&P.new_views);
    rg_map_free(&P.pairs);
    rg_map_free(&P.rebuilt_views);
    rg_map_free(&P.stand_ins);
    rg_map_free(&P.stand_in_swapped);
    rg_map_free(&P.rebuilt_old);
    rg_map_free(&P.rebuilt_new);
    rg_map_free(&P.rebuild_refused);
    rg_map_free(&P.enum_added);
    rg_map_free(&P.enum_swapped);
    pl_maps_free(&P);
    return rc;
}

int rg_plan_build(rg_plan **out, rg_diags *diags, rg_catalog *old_cat, rg_catalog *new_cat,
                  const rg_diff *d, const rg_lockmodel *model, const rg_plan_opts *opts)
{
    const char *err = NULL;
    int rc = plan_build(out, &err, old_cat, new_cat, d, model, opts);
    if (rc == RG_OK) rg_plan_estimate(*out, new_cat);
    return rg_diags_fail(diags, rc, rc != RG_OK && err ? rg_xstrdup(err) : NULL);
}

void rg_plan_free(rg_plan *p)
{
    if (!p) return;
    rg_diff_free(p->owned_diff);
    rg_catalog_free(p->owned_cat);
    rg_parser_free(p->owned_parser);
    rg_arena_free(p->arena);
    free(p);
}

/* ---- file text -------------------------------------------------------------- */

static void put_timeout(const rg_plan *p, rg_buf *out)
{
    rg_buf_printf(out, "SET lock_timeout = '%s';\n", p->lock_timeout);
}

/* A no-transaction file sets both for its session: lock_timeout bounds
 * each wait for a lock (a concurrent build's wait for older transactions
 * too), statement_timeout replaces a role's default that would cancel a
 * long build or backfill halfway ('0': none). Each statement runs on its
 * own (psql -f does), so the SETs do not open a transaction block. */
static void put_notx_timeouts(const rg_plan *p, rg_buf *out)
{
    const char *st = p->opts && p->opts->statement_timeout ? p->opts->statement_timeout : "0";
    rg_buf_printf(out, "SET lock_timeout = '%s';\nSET statement_timeout = '%s';\n", p->lock_timeout, st);
}

/* Names from the input go into -- comments: a line break there would end
 * the comment and turn the rest of the name into SQL. */
static void put_comment_text(rg_buf *out, const char *s)
{
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        rg_buf_putc(out, c < 0x20 || c == 0x7f ? '?' : (char)c);
    }
}

void rg_plan_file_up(const rg_plan *p, const rg_plan_file *f, rg_buf *out)
{
    if (f->no_transaction) {
        rg_buf_puts(out, "-- rollgate:no-transaction\n");
        put_notx_timeouts(p, out);
    } else {
        put_timeout(p, out);
    }
    for (size_t i = 0; i < f->nsteps; i++) {
        const rg_plan_step *s = f->steps[i];
        rg_buf_printf(out, "\n-- step %d: ", s->number);
        put_comment_text(out, s->object);
        if (*s->sql) rg_buf_printf(out, " (%s)\n%s;\n", s->op, s->sql);
        else rg_buf_printf(out, " (%s): nothing to do on the way up; the down file does the work\n", s->op);
    }
}

void rg_plan_file_down(const rg_plan *p, const rg_plan_file *f, rg_buf *out)
{
    const char *why = NULL;
    for (size_t i = 0; i < f->nsteps && !why; i++)
        if (!f->steps[i]->lossless) why = f->steps[i]->lossy_why;
    /* The no-transaction marker must be the first line; the lossy one
     * comes first otherwise. */
    if (f->no_transaction) rg_buf_puts(out, "-- rollgate:no-transaction\n");
    if (why) {
        rg_buf_puts(out, "-- rollgate:lossy ");
        put_comment_text(out, why);
        rg_buf_putc(out, '\n');
    }
    if (f->no_transaction) put_notx_timeouts(p, out);
    else put_timeout(p, out);
    for (size_t i = f->nsteps; i-- > 0;) {
        const rg_plan_step *s = f->steps[i];
        rg_buf_printf(out, "\n-- undo step %d: ", s->number);
        put_comment_text(out, s->object);
        if (s->down && *s->down) rg_buf_printf(out, "\n%s;\n", s->down);
        else rg_buf_puts(out, ": nothing to undo\n");
    }
}

/* ---- planner feedback: deferring steps ------------------------------------ */

/* Index of the last deploy stage, or -1. */
static long last_deploy(const rg_plan *p)
{
    long d = -1;
    for (size_t i = 0; i < p->nstages; i++)
        if (p->stages[i].kind == RG_STAGE_DEPLOY) d = (long)i;
    return d;
}

bool rg_plan_step_deferrable(const rg_plan *p, int step_number)
{
    if (step_number < 1 || (size_t)step_number > p->nsteps) return false;
    const rg_plan_step *s = p->steps[step_number - 1];
    long dep = last_deploy(p);
    return dep >= 0 && s->file && s->file->stage && s->file->stage->kind == RG_STAGE_MIGRATION &&
           s->file->stage->index < dep;
}

/* Renumbers files and steps after a move and rebuilds the plan's file and
 * step lists (stages without files are dropped). */
static void renumber(rg_plan *p)
{
    size_t ns = 0, nf = 0, nst = 0;
    for (size_t i = 0; i < p->nstages; i++) {
        rg_plan_stage *s = &p->stages[i];
        if (s->kind == RG_STAGE_MIGRATION && !s->nfiles) continue;
        if (ns != i) p->stages[ns] = *s;
        p->stages[ns].index = (int)ns;
        ns++;
    }
    p->nstages = ns;
    for (size_t i = 0; i < ns; i++) {
        nf += p->stages[i].nfiles;
        for (size_t j = 0; j < p->stages[i].nfiles; j++) {
            p->stages[i].files[j]->stage = &p->stages[i];
            nst += p->stages[i].files[j]->nsteps;
        }
    }
    p->files = rg_arena_alloc(p->arena, (nf ? nf : 1) * sizeof *p->files);
    p->steps = rg_arena_alloc(p->arena, (nst ? nst : 1) * sizeof *p->steps);
    p->nfiles = p->nsteps = 0;
    int number = 0;
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < p->stages[i].nfiles; j++) {
            rg_plan_file *f = p->stages[i].files[j];
            p->files[p->nfiles++] = f;
            f->number = (int)p->nfiles;
            char *sl = rg_arena_printf(p->arena, "%.40s", f->slug ? f->slug : "steps");
            slugify(sl);
            f->name = rg_arena_printf(p->arena, "%04d_%s_%s", f->number, f->stage->name, sl);
            for (size_t k = 0; k < f->nsteps; k++) {
                f->steps[k]->number = ++number;
                f->steps[k]->file = f;
                p->steps[p->nsteps++] = f->steps[k];
            }
        }
    assert(p->nfiles == nf && p->nsteps == nst);
}

/* The migration stage after the last deploy (created when missing). */
static rg_plan_stage *contract_stage(rg_plan *p)
{
    long dep = last_deploy(p);
    for (size_t i = (size_t)dep + 1; i < p->nstages; i++)
        if (p->stages[i].kind == RG_STAGE_MIGRATION) return &p->stages[i];
    rg_plan_stage *v = rg_arena_alloc(p->arena, (p->nstages + 1) * sizeof *v);
    memcpy(v, p->stages, p->nstages * sizeof *v);
    const char *last = p->opts->apps[p->opts->napps - 1];
    v[p->nstages] = (rg_plan_stage){.index = (int)p->nstages, .name = STAGE_NAMES[ST_CONTRACT],
                                    .kind = RG_STAGE_MIGRATION,
                                    .apps = rg_arena_strdup(p->arena, last)};
    p->stages = v;
    p->nstages++;
    for (size_t i = 0; i < p->nstages; i++)
        for (size_t j = 0; j < p->stages[i].nfiles; j++) p->stages[i].files[j]->stage = &p->stages[i];
    return &p->stages[p->nstages - 1];
}

int rg_plan_defer_step(rg_plan *p, int step_number)
{
    if (!rg_plan_step_deferrable(p, step_number)) return RG_EUSAGE;
    rg_plan_step *s = p->steps[step_number - 1];
    assert(s->number == step_number);
    rg_plan_file *f = s->file;
    rg_plan_stage *from = f->stage;
    /* The steps that go with it: its whole file when the file is not a
     * transaction (one statement) or holds only its object, else the
     * steps of the same object. */
    size_t nmove = 0;
    for (size_t i = 0; i < f->nsteps; i++)
        if (f->no_transaction || !s->object || !f->steps[i]->object ||
            strcmp(f->steps[i]->object, s->object) == 0)
            nmove++;
    rg_plan_file *moved = f;
    if (nmove < f->nsteps) {
        moved = rg_arena_alloc(p->arena, sizeof *moved);
        *moved = (rg_plan_file){.slug = f->slug ? rg_arena_printf(p->arena, "%s_deferred", f->slug) : "deferred",
                                .no_transaction = false, .phase = f->phase, .seq = f->seq};
        moved->steps = rg_arena_alloc(p->arena, nmove * sizeof *moved->steps);
        moved->steps_cap = nmove;
        size_t keep = 0;
        for (size_t i = 0; i < f->nsteps; i++) {
            rg_plan_step *t = f->steps[i];
            if (!s->object || !t->object || strcmp(t->object, s->object) == 0) moved->steps[moved->nsteps++] = t;
            else f->steps[keep++] = t;
        }
        f->nsteps = keep;
    } else {
        /* the whole file leaves its stage */
        size_t keep = 0;
        for (size_t i = 0; i < from->nfiles; i++)
            if (from->files[i] != f) from->files[keep++] = from->files[i];
        from->nfiles = keep;
    }
    rg_plan_stage *to = contract_stage(p); /* may move the stages array */
    /* First in the contract stage: it ran before every contract step. */
    rg_plan_file **v = rg_arena_alloc(p->arena, (to->nfiles + 1) * sizeof *v);
    v[0] = moved;
    if (to->nfiles) memcpy(v + 1, to->files, to->nfiles * sizeof *v);
    to->files = v;
    to->nfiles++;
    moved->stage = to;
    renumber(p);
    return RG_OK;
}
