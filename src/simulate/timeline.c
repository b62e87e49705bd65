/*
 * timeline.c — the rolling deploy, stage by stage. A fresh catalog of the
 * old schema takes the plan's steps through the same interpreter that
 * built it; after every statement every query of every app live in the
 * stage is checked. Others see a transactional file's statements only
 * when it commits, so a break counts when it is visible (after each
 * statement of a no-transaction file, at the end of a transactional one)
 * and names the first statement after which the query failed.
 *
 * Checks are cached per distinct query text: a result stays valid while
 * no relation it looked up (by bare name, so a relation created later is
 * covered too) got a new change stamp and no statement of a kind that
 * can change anything (functions, types, drops: the global epoch) ran.
 */
#include "sim_int.h"

#include "rollgate/models.h"

#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct cache_entry {
    bool valid;
    unsigned epoch;
    const char **deps;
    uintptr_t *stamps;
    size_t ndeps;
    rg_check result;
} cache_entry;

/* A point of the timeline: just after statement `stmtno` of a file, which
 * belongs to plan step `step`; `text` is how verdict details name it. */
typedef struct at_point {
    const char *text;        /* "after FILE statement K (step N: OP OBJECT)" */
    const char *file;        /* "migrations/0001_expand_schema.up.sql" */
    int stmtno;
    const rg_plan_step *step;
} at_point;

/* Per (app, query) state across the timeline. */
typedef struct qstate {
    size_t slot;             /* cache slot of its text */
    const char *star;        /* star shape at the previous stage */
    bool had_star;
    bool ok_now;             /* passes on the current catalog */
    const at_point *broke_at; /* where the ok -> error change happened */
    rg_check visible;        /* a visible break during the stage */
    bool has_visible;
    const at_point *visible_at;
} qstate;

typedef struct sim_run {
    rg_sim *sim;
    rg_arena *a;
    rg_catalog *cat;
    rg_checker *checker;
    const rg_plan *plan;
    const rg_app *apps;
    size_t napps;
    cache_entry *cache;
    size_t nslots;
    qstate **qs;             /* [app][query] */
    rg_map stamps;           /* dependency name -> stamp */
    uintptr_t next_stamp;
    unsigned epoch;
    unsigned checked_epoch;  /* epoch of the last full pass */
    rg_map users;            /* dependency name -> slot_list * */
    RG_VEC(const char *) bumped; /* since the last pass */
    size_t *slot_first;      /* slot -> first (app, query) + 1, 0 = none */
    size_t *next_user;       /* flat (app, query) index -> next + 1 */
    size_t *flat_base;       /* app -> its first flat index */
    unsigned *slot_mark;
    unsigned mark;
    RG_VEC(size_t) pending;  /* flat indexes broken but not yet visible */
    RG_VEC(rg_compat_row) rows;
    RG_VEC(rg_sim_break) breaks;
    rg_check **stage_checks; /* stage_rows' scratch, [app][query] */
    /* Where a query's check works (scopes, column lists, messages being
     * built); what the result keeps is copied to `a`, and the scratch is
     * renewed once it has grown, so the checks of a run cost what their
     * results hold. */
    rg_arena *check_scratch;
} sim_run;

/* ---- cache -------------------------------------------------------------- */

static uintptr_t stamp_of(sim_run *r, const char *name)
{
    return (uintptr_t)rg_map_get(&r->stamps, name);
}

typedef struct slot_list {
    RG_VEC(size_t) slots;
} slot_list;

static void bump(sim_run *r, const char *name)
{
    if (!name || !*name) return;
    const char *key = rg_arena_strdup(r->a, name);
    rg_map_put(&r->stamps, key, (void *)(r->next_stamp++));
    *rg_vec_push(r->a, &r->bumped) = key;
}

/* A statement on a user function or type: the bare name (the last of a
 * qualified name) that the checks which looked it up recorded. */
static void bump_function(sim_run *r, pg_node *const *names, size_t n)
{
    const char *name = n ? rg_pg_str(names[n - 1]) : NULL;
    if (!name || !*name) {
        r->epoch++;
        return;
    }
    size_t len = strlen(name);
    char *key = rg_arena_alloc(r->a, len + 2);
    key[0] = SIM_DEP_FN_MARK;
    memcpy(key + 1, name, len + 1);
    bump(r, key);
}

static void bump_type(sim_run *r, pg_node *const *names, size_t n)
{
    const char *name = n ? rg_pg_str(names[n - 1]) : NULL;
    if (!name || !*name) r->epoch++;
    else bump(r, name);
}

/* Remembers that `slot` depends on `name`, for incremental passes. */
static void add_user(sim_run *r, const char *name, size_t slot)
{
    slot_list *l = rg_map_get(&r->users, name);
    if (!l) {
        l = rg_arena_alloc(r->a, sizeof *l);
        rg_map_put(&r->users, rg_arena_strdup(r->a, name), l);
    }
    if (l->slots.n && l->slots.v[l->slots.n - 1] == slot) return;
    *rg_vec_push(r->a, &l->slots) = slot;
}

static bool entry_valid(sim_run *r, const cache_entry *e)
{
    if (!e->valid || e->epoch != r->epoch) return false;
    for (size_t i = 0; i < e->ndeps; i++)
        if (stamp_of(r, e->deps[i]) != e->stamps[i]) return false;
    return true;
}

enum { SCRATCH_RENEW = 256 << 10 };

static const char *keep_str(rg_arena *a, const char *s)
{
    return s ? rg_arena_strdup(a, s) : NULL;
}

static const char **keep_strs(rg_arena *a, const char **v, size_t n)
{
    if (!v) return NULL;
    const char **w = rg_arena_alloc(a, (n + 1) * sizeof *w);
    for (size_t i = 0; i < n; i++) w[i] = keep_str(a, v[i]);
    return w;
}

/* A check's result, moved out of the check's scratch into a (its code is
 * a literal). */
static rg_check keep_check(rg_arena *a, rg_check c)
{
    c.detail = keep_str(a, c.detail);
    c.star_shape = keep_str(a, c.star_shape);
    c.writes = keep_strs(a, c.writes, c.nwrites);
    c.reads = keep_strs(a, c.reads, c.nreads);
    return c;
}

static const rg_check *check_cached(sim_run *r, const rg_query *q, size_t slot)
{
    cache_entry *e = &r->cache[slot];
    if (entry_valid(r, e)) return &e->result;
    if (!r->checker) r->checker = rg_checker_new(r->cat);
    if (!r->check_scratch) r->check_scratch = rg_arena_new();
    e->result = keep_check(r->a, rg_check_query(r->checker, q, r->check_scratch));
    rg_checker *k = r->checker;
    /* A re-check keeps the users lists as they are for the names the
     * previous check of this slot recorded already: lists stay as long as
     * the distinct (name, query) pairs, not the number of re-checks. */
    const char **old = e->deps;
    size_t nold = e->ndeps;
    e->ndeps = k->deps.n;
    e->deps = rg_arena_alloc(r->a, (k->deps.n + 1) * sizeof *e->deps);
    e->stamps = rg_arena_alloc(r->a, (k->deps.n + 1) * sizeof *e->stamps);
    for (size_t i = 0; i < k->deps.n; i++) {
        e->deps[i] = rg_arena_strdup(r->a, k->deps.v[i]);
        e->stamps[i] = stamp_of(r, k->deps.v[i]);
        bool known = false;
        for (size_t j = 0; j < nold && !known; j++) known = old[j] == e->deps[i] || !strcmp(old[j], e->deps[i]);
        if (!known) add_user(r, e->deps[i], slot);
    }
    if (rg_arena_bytes(r->check_scratch) > SCRATCH_RENEW) {
        rg_arena_free(r->check_scratch);
        r->check_scratch = NULL;
    }
    e->epoch = r->epoch;
    e->valid = true;
    return &e->result;
}

/* Collects the relation names a DDL statement touches. */
static rg_pg_step touched_visit(const rg_pg_visit *v, void *ctx)
{
    if (v->kind != T_RangeVar) return RG_PG_NEXT;
    bump(ctx, ((const pg_RangeVar *)v->msg)->relname);
    return RG_PG_SKIP;
}

static void touched(sim_run *r, const pg_node *n)
{
    rg_pg_walk(n, touched_visit, r);
}

/* DROP: the names of what goes (a trigger or index: its table, looked up
 * before the drop so ON CONFLICT and NOT NULL checks of that table are
 * redone). CASCADE can reach anything: everything. */
static void invalidate_drop(sim_run *r, const pg_DropStmt *ds)
{
    if (ds->behavior == DROP_CASCADE) {
        r->epoch++;
        return;
    }
    switch (ds->remove_type) {
    case OBJECT_FUNCTION:
    case OBJECT_PROCEDURE:
    case OBJECT_ROUTINE:
    case OBJECT_AGGREGATE:
        for (size_t i = 0; i < ds->n_objects; i++) {
            const pg_node *o = ds->objects[i];
            if (o->node_case != T_ObjectWithArgs) r->epoch++;
            else bump_function(r, o->object_with_args->objname, o->object_with_args->n_objname);
        }
        return;
    case OBJECT_TYPE:
    case OBJECT_DOMAIN:
        for (size_t i = 0; i < ds->n_objects; i++) {
            const pg_node *o = ds->objects[i];
            if (o->node_case == T_TypeName) bump_type(r, o->type_name->names, o->type_name->n_names);
            else if (o->node_case == T_List) bump_type(r, o->list->items, o->list->n_items);
            else r->epoch++;
        }
        return;
    case OBJECT_TABLE:
    case OBJECT_VIEW:
    case OBJECT_MATVIEW:
    case OBJECT_SEQUENCE:
    case OBJECT_FOREIGN_TABLE:
    case OBJECT_INDEX:
    case OBJECT_TRIGGER:
    case OBJECT_POLICY:
    case OBJECT_RULE:
        break;
    default:
        r->epoch++;
        return;
    }
    for (size_t i = 0; i < ds->n_objects; i++) {
        const pg_node *o = ds->objects[i];
        if (o->node_case != T_List || !o->list->n_items) {
            r->epoch++;
            return;
        }
        const pg_List *l = o->list;
        const char *last = rg_pg_str(l->items[l->n_items - 1]);
        const char *schema = l->n_items >= 2 ? rg_pg_str(l->items[l->n_items - 2]) : NULL;
        if (ds->remove_type == OBJECT_TRIGGER ||
            ds->remove_type == OBJECT_POLICY ||
            ds->remove_type == OBJECT_RULE) {
            bump(r, l->n_items >= 2 ? rg_pg_str(l->items[l->n_items - 2]) : NULL);
        } else if (ds->remove_type == OBJECT_INDEX) {
            const rg_index *ix = rg_catalog_index(r->cat, schema, last);
            if (ix) bump(r, ix->table_name);
            else if (!ds->missing_ok) r->epoch++;
            /* else: IF EXISTS of no index changes nothing. The plan drops
             * every index it is about to build this way (a rerun after a
             * failed CONCURRENTLY), and a full pass for each made the
             * simulation quadratic in the number of changes. */
        } else {
            bump(r, last);
        }
    }
}

/* Before a statement runs: what it may change, by dependency name (a few
 * relations, functions, types), or (anything unclear) everything. */
static void invalidate(sim_run *r, const pg_node *n)
{
    switch (n->node_case) {
    case T_VariableSetStmt:
        if (!strcmp(n->variable_set_stmt->name, "search_path")) r->epoch++;
        return;
    case T_SelectStmt:
    case T_UpdateStmt:
    case T_InsertStmt:
    case T_DeleteStmt:
    case T_TransactionStmt:
    case T_DoStmt:
    case T_CommentStmt:
    case T_VacuumStmt:
    case T_GrantStmt:
    case T_VariableShowStmt:
        return; /* data, comments, privileges: nothing a check reads */
    case T_CreateFunctionStmt:
        bump_function(r, n->create_function_stmt->funcname, n->create_function_stmt->n_funcname);
        return;
    case T_AlterFunctionStmt:
        if (!n->alter_function_stmt->func) r->epoch++;
        else bump_function(r, n->alter_function_stmt->func->objname, n->alter_function_stmt->func->n_objname);
        return;
    case T_CreateEnumStmt:
        bump_type(r, n->create_enum_stmt->type_name, n->create_enum_stmt->n_type_name);
        return;
    case T_AlterEnumStmt:
        bump_type(r, n->alter_enum_stmt->type_name, n->alter_enum_stmt->n_type_name);
        return;
    case T_CreateDomainStmt:
        bump_type(r, n->create_domain_stmt->domainname, n->create_domain_stmt->n_domainname);
        return;
    case T_AlterDomainStmt:
        bump_type(r, n->alter_domain_stmt->type_name, n->alter_domain_stmt->n_type_name);
        return;
    case T_CreateRangeStmt:
        bump_type(r, n->create_range_stmt->type_name, n->create_range_stmt->n_type_name);
        return;
    case T_CompositeTypeStmt:
        if (!n->composite_type_stmt->typevar) r->epoch++;
        else bump(r, n->composite_type_stmt->typevar->relname);
        return;
    case T_DropStmt:
        invalidate_drop(r, n->drop_stmt);
        return;
    case T_RenameStmt:
        bump(r, n->rename_stmt->newname);
        if (!n->rename_stmt->relation) {
            r->epoch++;
            return;
        }
        touched(r, n);
        return;
    case T_AlterTableStmt:
    case T_IndexStmt:
    case T_CreateStmt:
    case T_CreateTrigStmt:
    case T_ViewStmt:
    case T_CreateTableAsStmt:
    case T_CreateSeqStmt:
    case T_AlterSeqStmt:
        touched(r, n);
        return;
    default:
        r->epoch++;
        return;
    }
}

/* ---- checking the live apps --------------------------------------------- */

static bool app_live(const char *apps, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = apps; p && *p;) {
        const char *e = strchr(p, ';');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == n && !strncmp(p, name, n)) return true;
        p = e ? e + 1 : NULL;
    }
    return false;
}

/* One (app, query) on the current catalog: its ok -> error change is
 * noted with the statement just applied. */
static void evaluate(sim_run *r, size_t app, size_t qi, const at_point *at)
{
    qstate *q = &r->qs[app][qi];
    const rg_check *c = check_cached(r, &r->apps[app].queries[qi], q->slot);
    bool ok = c->verdict != RG_VERDICT_ERROR;
    if (!ok && q->ok_now) {
        q->broke_at = at;
        if (at) *rg_vec_push(r->a, &r->pending) = r->flat_base[app] + qi;
    }
    q->ok_now = ok;
}

/* The breaks others can now see are recorded, with the step that caused
 * them, for the planner's feedback and as findings. */
static void publish(sim_run *r, const rg_plan_stage *st)
{
    for (size_t p = 0; p < r->pending.n; p++) {
        size_t flat = r->pending.v[p], app = 0;
        while (app + 1 < r->napps && r->flat_base[app + 1] <= flat) app++;
        size_t qi = flat - r->flat_base[app];
        qstate *q = &r->qs[app][qi];
        if (q->ok_now || q->has_visible) continue;
        const rg_check *c = check_cached(r, &r->apps[app].queries[qi], q->slot);
        q->has_visible = true;
        q->visible = *c;
        q->visible_at = q->broke_at;
        const at_point *at = q->broke_at;
        assert(at && at->step);
        rg_sim_break *b = rg_vec_push(r->a, &r->breaks);
        *b = (rg_sim_break){.stage = st->index, .stage_name = st->name, .step = at->step->number,
                            .file = at->file, .statement = at->stmtno, .op = at->step->op ? at->step->op : "",
                            .object = at->step->object ? at->step->object : "", .app = r->apps[app].name,
                            .query = r->apps[app].queries[qi].name, .code = c->code, .detail = c->detail};
        rg_finding_add(r->a, &r->sim->findings, &r->sim->nfindings, &r->sim->findings_cap, RG_SEV_ERROR,
                       "step_breaks_live_app", NULL, "stage %d (%s): %s breaks %s query %s: %s", b->stage,
                       b->stage_name, at->text, b->app, b->query, b->detail);
    }
    r->pending.n = 0;
}

/* Checks the live queries after a statement (`at`; NULL at the start of a
 * stage): all of them after a global change, else only those whose
 * dependencies the statement bumped. */
static void check_live(sim_run *r, const rg_plan_stage *st, const at_point *at, bool visible)
{
    bool all = !at || r->epoch != r->checked_epoch;
    r->checked_epoch = r->epoch;
    if (all) {
        for (size_t i = 0; i < r->napps; i++)
            if (app_live(st->apps, r->apps[i].name))
                for (size_t j = 0; j < r->apps[i].nqueries; j++) evaluate(r, i, j, at);
    } else {
        r->mark++;
        for (size_t b = 0; b < r->bumped.n; b++) {
            const slot_list *l = rg_map_get(&r->users, r->bumped.v[b]);
            for (size_t k = 0; l && k < l->slots.n; k++) {
                size_t slot = l->slots.v[k];
                if (r->slot_mark[slot] == r->mark) continue;
                r->slot_mark[slot] = r->mark;
                for (size_t u = r->slot_first[slot]; u; u = r->next_user[u - 1]) {
                    size_t flat = u - 1, app = 0;
                    while (app + 1 < r->napps && r->flat_base[app + 1] <= flat) app++;
                    if (app_live(st->apps, r->apps[app].name)) evaluate(r, app, flat - r->flat_base[app], at);
                }
            }
        }
    }
    r->bumped.n = 0;
    if (visible) publish(r, st);
}

static void apply_file(sim_run *r, const rg_plan_stage *st, const rg_plan_file *f, rg_parser *parser,
                       rg_diags *d, int *rc)
{
    /* A generated file starts with SET lock_timeout (statement 1); a
     * reviewed file (f->path) is counted as written. */
    int stmtno = f->no_transaction || f->path ? 0 : 1;
    size_t nsteps = f->nsteps;
    for (size_t i = 0; i < nsteps; i++) {
        const rg_plan_step *step = f->steps[i];
        rg_script s = {0};
        const char *name = f->path ? f->path : rg_arena_printf(r->a, "migrations/%s.up.sql", f->name);
        if (rg_parse_generated(parser, &s, name, step->sql, strlen(step->sql), d) != RG_OK) {
            *rc = RG_EINTERNAL;
            continue;
        }
        for (size_t k = 0; k < s.n; k++) {
            stmtno++;
            invalidate(r, rg_stmt_node(&s.stmts[k]));
            if (rg_catalog_apply_stmt(r->cat, &s.stmts[k], d) != RG_OK) *rc = RG_EINTERNAL;
            if (r->checker) {
                rg_checker_free(r->checker);
                r->checker = NULL;
            }
            at_point *at = rg_arena_alloc(r->a, sizeof *at);
            const char *text =
                step->line ? rg_arena_printf(r->a, "after %s:%d (step %d: %s %s)", name, step->line, step->number,
                                             step->op ? step->op : "", step->object ? step->object : "")
                           : rg_arena_printf(r->a, "after %s statement %d (step %d: %s %s)", name, stmtno,
                                             step->number, step->op ? step->op : "", step->object ? step->object : "");
            *at = (at_point){text,
                             name, stmtno, step};
            bool last = i + 1 == nsteps && k + 1 == s.n;
            check_live(r, st, at, f->no_transaction || last);
        }
    }
}

/* ---- data divergence ---------------------------------------------------- */

static bool has_sync_trigger(const rg_catalog *c, const char *schema, const char *table)
{
    const rg_table *t = rg_catalog_table(c, schema, table);
    if (!t) return false;
    for (size_t i = 0; i < t->triggers.n; i++) {
        const rg_trigger *tr = &t->triggers.v[i];
        if (!tr->dropped && tr->enabled != 'D' && tr->func_name && !strncmp(tr->func_name, "rollgate_sync_", 14) &&
            (tr->events & (RG_TRIG_INSERT | RG_TRIG_UPDATE)))
            return true;
    }
    return false;
}

static bool list_has(const char *const *v, size_t n, const char *key, bool prefix)
{
    size_t kl = strlen(key);
    for (size_t i = 0; i < n; i++)
        if (prefix ? (!strncmp(v[i], key, kl) && (v[i][kl] == '.' || !v[i][kl])) : !strcmp(v[i], key)) return true;
    return false;
}

typedef struct verdict_slot {
    rg_check c;
} verdict_slot;

/* One direction of one rename: writer app wi writes `wkey`, reader app ri
 * reads `rkey`; both queries get data_divergence. */
static void diverge_pair(sim_run *r, rg_check **res, size_t wi, size_t ri, const char *wkey, const char *rkey,
                         bool prefix, const char *table)
{
    for (size_t a = 0; a < r->apps[wi].nqueries; a++) {
        rg_check *w = &res[wi][a];
        if (w->verdict == RG_VERDICT_ERROR || !list_has(w->writes, w->nwrites, wkey, prefix)) continue;
        for (size_t b = 0; b < r->apps[ri].nqueries; b++) {
            rg_check *rd = &res[ri][b];
            if (rd->verdict == RG_VERDICT_ERROR || !list_has(rd->reads, rd->nreads, rkey, prefix)) continue;
            rd->verdict = RG_VERDICT_ERROR;
            rd->code = "data_divergence";
            rd->detail = rg_arena_printf(r->a,
                "reads %s, which %s writes as %s (query %s), and no sync trigger on %s carries the write across",
                rkey, r->apps[wi].name, wkey, r->apps[wi].queries[a].name, table);
            if (w->verdict != RG_VERDICT_ERROR || strcmp(w->code, "data_divergence") != 0) {
                w->verdict = RG_VERDICT_ERROR;
                w->code = "data_divergence";
                w->detail = rg_arena_printf(r->a,
                    "writes %s, which %s reads as %s (query %s), and no sync trigger on %s carries the write across",
                    wkey, r->apps[ri].name, rkey, r->apps[ri].queries[b].name, table);
            }
        }
    }
}

static void data_divergence(sim_run *r, const rg_plan_stage *st, rg_check **res)
{
    const rg_plan_opts *o = r->plan->opts;
    if (!o) return;
    for (size_t h = 0; h < o->nrenames + o->ntable_renames; h++) {
        bool table_rename = h >= o->nrenames;
        const rg_rename_hint *hint = table_rename ? &o->table_renames[h - o->nrenames] : &o->renames[h];
        const char *schema = hint->schema ? hint->schema : "public";
        const char *from, *to, *table;
        if (table_rename) {
            if (!rg_catalog_table(r->cat, schema, hint->from) || !rg_catalog_table(r->cat, schema, hint->to)) continue;
            from = rg_arena_printf(r->a, "%s.%s", schema, hint->from);
            to = rg_arena_printf(r->a, "%s.%s", schema, hint->to);
            table = from;
            if (has_sync_trigger(r->cat, schema, hint->from) || has_sync_trigger(r->cat, schema, hint->to)) continue;
        } else {
            const rg_table *t = rg_catalog_table(r->cat, schema, hint->table);
            if (!t || !rg_table_column(t, hint->from) || !rg_table_column(t, hint->to)) continue;
            if (has_sync_trigger(r->cat, schema, hint->table)) continue;
            from = rg_arena_printf(r->a, "%s.%s.%s", schema, hint->table, hint->from);
            to = rg_arena_printf(r->a, "%s.%s.%s", schema, hint->table, hint->to);
            table = rg_arena_printf(r->a, "%s.%s", schema, hint->table);
        }
        for (size_t i = 0; i < r->napps; i++)
            for (size_t j = 0; j < r->napps; j++) {
                if (i == j || !app_live(st->apps, r->apps[i].name) || !app_live(st->apps, r->apps[j].name)) continue;
                diverge_pair(r, res, i, j, from, to, table_rename, table);
                diverge_pair(r, res, i, j, to, from, table_rename, table);
            }
    }
}

/* ---- rows --------------------------------------------------------------- */

static void stage_rows(sim_run *r, const rg_plan_stage *st)
{
    /* The verdicts of the stage, [app][query]: scratch that every stage
     * reuses (only the rows are kept). */
    rg_check **res = r->stage_checks;
    for (size_t i = 0; i < r->napps; i++) {
        memset(res[i], 0, (r->apps[i].nqueries + 1) * sizeof **res);
        if (!app_live(st->apps, r->apps[i].name)) continue;
        for (size_t j = 0; j < r->apps[i].nqueries; j++) {
            qstate *q = &r->qs[i][j];
            rg_check c = *check_cached(r, &r->apps[i].queries[j], q->slot);
            if (c.verdict == RG_VERDICT_ERROR && q->broke_at && st->kind == RG_STAGE_MIGRATION)
                c.detail = rg_arena_printf(r->a, "%s (%s)", c.detail, q->broke_at->text);
            else if (c.verdict != RG_VERDICT_ERROR && q->has_visible) {
                /* Broken for a while inside the stage, fine after it: the
                 * row describes the state after the stage, so a warning. */
                c.verdict = RG_VERDICT_WARNING;
                c.detail = rg_arena_printf(r->a, "%s: %s (%s; fixed later in the stage)", q->visible.code,
                                           q->visible.detail, q->visible_at->text);
                c.code = "transient_break";
            }
            if (c.verdict == RG_VERDICT_OK && q->had_star && c.star_shape && q->star &&
                strcmp(c.star_shape, q->star) != 0) {
                c.verdict = RG_VERDICT_WARNING;
                c.code = "select_star_shape";
                c.detail = rg_arena_printf(r->a, "SELECT * now returns (%s); before this stage (%s)", c.star_shape,
                                           q->star);
            }
            if (c.star_shape) {
                q->star = c.star_shape;
                q->had_star = true;
            }
            res[i][j] = c;
        }
    }
    if (st->kind == RG_STAGE_DEPLOY) data_divergence(r, st, res);
    for (size_t i = 0; i < r->napps; i++) {
        if (!app_live(st->apps, r->apps[i].name)) continue;
        for (size_t j = 0; j < r->apps[i].nqueries; j++) {
            rg_compat_row *row = rg_vec_push(r->a, &r->rows);
            row->stage = st->index;
            row->app = r->apps[i].name;
            row->query = r->apps[i].queries[j].name;
            row->verdict = res[i][j].verdict;
            row->code = res[i][j].code;
            row->detail = res[i][j].detail;
            if (row->verdict == RG_VERDICT_ERROR) r->sim->nerrors++;
            if (row->verdict == RG_VERDICT_WARNING) r->sim->nwarnings++;
        }
    }
}

/* One row per live query per stage: the count is known, so the rows are
 * allocated once rather than doubled. */
static void init_rows(sim_run *r)
{
    size_t nrows = 0;
    for (size_t s = 0; s < r->plan->nstages; s++)
        for (size_t i = 0; i < r->napps; i++)
            if (app_live(r->plan->stages[s].apps, r->apps[i].name)) nrows += r->apps[i].nqueries;
    rg_vec_reserve_n(r->a, &r->rows, nrows);
    r->stage_checks = rg_arena_alloc(r->a, (r->napps + 1) * sizeof *r->stage_checks);
    for (size_t i = 0; i < r->napps; i++)
        r->stage_checks[i] = rg_arena_alloc(r->a, (r->apps[i].nqueries + 1) * sizeof **r->stage_checks);
}

static void reset_stage_state(sim_run *r)
{
    for (size_t i = 0; i < r->napps; i++)
        for (size_t j = 0; j < r->apps[i].nqueries; j++) {
            qstate *q = &r->qs[i][j];
            q->broke_at = NULL;
            q->has_visible = false;
            q->ok_now = true;
        }
}

static void init_slots(sim_run *r)
{
    rg_map texts = {0};
    r->qs = rg_arena_alloc(r->a, (r->napps + 1) * sizeof *r->qs);
    for (size_t i = 0; i < r->napps; i++) {
        r->qs[i] = rg_arena_alloc(r->a, (r->apps[i].nqueries + 1) * sizeof **r->qs);
        for (size_t j = 0; j < r->apps[i].nqueries; j++) {
            const rg_query *q = &r->apps[i].queries[j];
            const char *key = q->tree ? q->text : q->syntax_error;
            uintptr_t slot = key ? (uintptr_t)rg_map_get(&texts, key) : 0;
            if (!slot) {
                slot = ++r->nslots;
                if (key) rg_map_put(&texts, key, (void *)slot);
            }
            r->qs[i][j].slot = slot - 1;
        }
    }
    rg_map_free(&texts);
    r->cache = rg_arena_alloc(r->a, (r->nslots + 1) * sizeof *r->cache);
    r->slot_first = rg_arena_alloc(r->a, (r->nslots + 1) * sizeof *r->slot_first);
    r->slot_mark = rg_arena_alloc(r->a, (r->nslots + 1) * sizeof *r->slot_mark);
    r->flat_base = rg_arena_alloc(r->a, (r->napps + 1) * sizeof *r->flat_base);
    size_t total = 0;
    for (size_t i = 0; i < r->napps; i++) {
        r->flat_base[i] = total;
        total += r->apps[i].nqueries;
    }
    r->next_user = rg_arena_alloc(r->a, (total + 1) * sizeof *r->next_user);
    for (size_t i = r->napps; i-- > 0;)
        for (size_t j = r->apps[i].nqueries; j-- > 0;) {
            size_t flat = r->flat_base[i] + j, slot = r->qs[i][j].slot;
            r->next_user[flat] = r->slot_first[slot];
            r->slot_first[slot] = flat + 1;
        }
}

int rg_simulate_plan(rg_sim **out, const rg_plan *p, const rg_app *apps, size_t napps)
{
    rg_sim *sim = rg_xcalloc(1, sizeof *sim);
    sim->arena = rg_arena_new();
    *out = sim;
    sim_run r = {.sim = sim, .a = sim->arena, .plan = p, .apps = apps, .napps = napps, .next_stamp = 1};
    rg_diags d = {0};
    int rc = RG_OK;
    r.cat = rg_catalog_clone(p->old_cat);
    /* The plan's steps are parsed here; their trees live as long as r.cat. */
    rg_parser *parser = rg_parser_new();
    rg_parser_set_threads(parser, 1);
    init_slots(&r);
    init_rows(&r);
    for (size_t s = 0; s < p->nstages; s++) {
        const rg_plan_stage *st = &p->stages[s];
        reset_stage_state(&r);
        if (st->kind == RG_STAGE_MIGRATION) {
            check_live(&r, st, NULL, false);
            for (size_t f = 0; f < st->nfiles; f++) apply_file(&r, st, st->files[f], parser, &d, &rc);
        }
        stage_rows(&r, st);
    }
    sim->rows = r.rows.v;
    sim->nrows = r.rows.n;
    sim->breaks = r.breaks.v;
    sim->nbreaks = r.breaks.n;
    rg_checker_free(r.checker);
    rg_arena_free(r.check_scratch);
    rg_map_free(&r.stamps);
    rg_map_free(&r.users);
    rg_catalog_free(r.cat);
    rg_parser_free(parser);
    rg_diags_free(&d);
    return rc;
}

void rg_sim_free(rg_sim *s)
{
    if (!s) return;
    rg_arena_free(s->arena);
    free(s);
}

/* ---- CSV ---------------------------------------------------------------- */

int rg_sim_write_csv(const rg_sim *s, rg_buf *out)
{
    int rc = RG_OK;
    rg_buf_puts(out, "stage,app,query,verdict,code,detail\r\n");
    for (size_t i = 0; i < s->nrows && rc == RG_OK; i++) {
        const rg_compat_row *row = &s->rows[i];
        char stage[24];
        snprintf(stage, sizeof stage, "%d", row->stage);
        const char *cells[] = {stage, row->app, row->query, rg_verdict_name(row->verdict), row->code, row->detail};
        rc = rg_csv_row(out, cells, 6);
    }
    return rc;
}

size_t rg_check_apps_csv(rg_catalog *c, const rg_app *apps, size_t napps, rg_buf *out)
{
    rg_checker *k = rg_checker_new(c);
    rg_arena *a = rg_arena_new();
    size_t errors = 0;
    rg_buf_puts(out, "app,query,verdict,code,detail\r\n");
    for (size_t i = 0; i < napps; i++)
        for (size_t j = 0; j < apps[i].nqueries; j++) {
            rg_check r = rg_check_query(k, &apps[i].queries[j], a);
            if (r.verdict == RG_VERDICT_ERROR) errors++;
            const char *cells[] = {apps[i].name, apps[i].queries[j].name, rg_verdict_name(r.verdict), r.code, r.detail};
            rg_csv_row(out, cells, 5);
        }
    rg_arena_free(a);
    rg_checker_free(k);
    return errors;
}
