/*
 * replay.c — one plan step and one app query on the server, measured.
 *
 * Steps of a transactional file run inside the file's one transaction;
 * after each, pg_locks of our own backend (pid = pg_backend_pid()) on the
 * step's target relation is compared with what it held before the step:
 * the modes that appeared are the step's. A mode an earlier statement of
 * the same file already holds does not appear again (PostgreSQL keeps one
 * entry per mode), so a predicted mode already held counts as observed.
 * relfilenode before/after (visible inside our own transaction) tells a
 * rewrite. No-transaction steps (CONCURRENTLY, batched backfills) cannot
 * run in a transaction block we could inspect: a second session samples
 * pg_locks of our backend while they run; a sampled mode stronger than
 * the prediction disagrees, otherwise the documented lock is recorded.
 *
 * Queries are PREPAREd and EXPLAIN EXECUTEd with NULL parameters; writes
 * are also executed with generated values inside a transaction that is
 * rolled back. SQLSTATEs map to rollgate's verdict codes.
 */
#include "replay.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- locks ------------------------------------------------------------- */

static const char *const PG_MODES[] = {"", "AccessShareLock", "RowShareLock", "RowExclusiveLock",
                                       "ShareUpdateExclusiveLock", "ShareLock", "ShareRowExclusiveLock",
                                       "ExclusiveLock", "AccessExclusiveLock"};

/* Bitmask of the modes our backend holds on relation oid. */
static unsigned held_modes(PGconn *c, const char *oid, rg_arena *a)
{
    if (!oid) return 0;
    PGresult *r = vq_rows(c, rg_arena_printf(a, "SELECT mode FROM pg_locks WHERE pid = pg_backend_pid() "
                                                "AND locktype = 'relation' AND granted AND relation = %s",
                                             oid));
    unsigned m = 0;
    for (int i = 0; r && i < PQntuples(r); i++)
        for (int k = 1; k <= RG_LOCK_ACCESS_EXCLUSIVE; k++)
            if (strcmp(PQgetvalue(r, i, 0), PG_MODES[k]) == 0) m |= 1u << k;
    PQclear(r);
    return m;
}

/* Every relation lock our backend holds: oid -> mode bitmask (bit 31 set
 * so that no entry is NULL). Taken before a step, so a target that only
 * exists after the step still gets its "before" (a new table's index). */
static void snapshot_locks(PGconn *c, rg_map *out, rg_arena *a)
{
    PGresult *r = vq_rows(c, "SELECT relation::text, mode FROM pg_locks WHERE pid = pg_backend_pid() "
                             "AND locktype = 'relation' AND granted");
    for (int i = 0; r && i < PQntuples(r); i++)
        for (int k = 1; k <= RG_LOCK_ACCESS_EXCLUSIVE; k++)
            if (strcmp(PQgetvalue(r, i, 1), PG_MODES[k]) == 0) {
                const char *oid = rg_arena_strdup(a, PQgetvalue(r, i, 0));
                uintptr_t m = (uintptr_t)rg_map_get(out, oid) | (1u << 31) | (1u << k);
                rg_map_put(out, oid, (void *)m);
            }
    PQclear(r);
}

static unsigned snapshot_modes(const rg_map *snap, const char *oid)
{
    return oid ? (unsigned)((uintptr_t)rg_map_get(snap, oid) & 0x1ffu) : 0;
}

/* Statements whose lock is taken on the index, sequence or view they name
 * rather than on a table (as tests/data/pg15_locks.csv measures them). */
static bool acts_on_relation_itself(const char *sql)
{
    static const char *const PREFIX[] = {"ALTER INDEX", "ALTER SEQUENCE", "ALTER VIEW", "ALTER MATERIALIZED VIEW",
                                         "COMMENT ON INDEX", "COMMENT ON SEQUENCE", "COMMENT ON VIEW",
                                         "REINDEX INDEX", NULL};
    while (isspace((unsigned char)*sql)) sql++;
    for (int i = 0; PREFIX[i]; i++)
        if (strncasecmp(sql, PREFIX[i], strlen(PREFIX[i])) == 0) return true;
    return false;
}

static rg_lockmode strongest(unsigned m)
{
    for (int k = RG_LOCK_ACCESS_EXCLUSIVE; k > 0; k--)
        if (m & (1u << k)) return (rg_lockmode)k;
    return RG_LOCK_NONE;
}

/* The relation a step acts on: the first two dotted parts of its object
 * ("public.posts.content" -> public.posts); an index stands for its table
 * unless the statement acts on the index itself (ALTER INDEX ...). NULL
 * when that names no relation (functions, schemas; a composite type's
 * own pg_class row counts: ALTER TYPE locks it, as locks.csv says). */
/* Splits a step object ("public.\"We;ird \"\"T\"\"\".col") into its first two
 * identifiers, double quotes removed ("" -> "). Objects quote names the way
 * quote_ident does, so a '(' outside quotes starts a function's argument
 * list ("public.f(integer)": no relation) while `public."x(1)"` is a table.
 * False when it has fewer identifiers or names a function. */
static bool object_parts(rg_arena *a, const char *obj, const char **schema, const char **rel)
{
    const char *parts[2] = {NULL, NULL};
    const char *p = obj;
    for (int k = 0; k < 2; k++) {
        rg_buf b = {0};
        if (*p == '"') {
            for (p++; *p && !(p[0] == '"' && p[1] != '"'); p++) {
                if (*p == '"') p++; /* "" */
                rg_buf_putc(&b, *p);
            }
            if (*p == '"') p++;
        } else {
            for (; *p && *p != '.' && *p != '('; p++) rg_buf_putc(&b, *p);
        }
        parts[k] = rg_arena_strdup(a, rg_buf_cstr(&b));
        rg_buf_free(&b);
        if (k == 0 && *p++ != '.') return false;
        if (k == 1 && *p && *p != '.') return false; /* '(': a function */
    }
    *schema = parts[0];
    *rel = parts[1];
    return **schema && **rel;
}

static const char *resolve_target(PGconn *c, const rg_plan_step *s, rg_arena *a, const char **name)
{
    *name = "";
    const char *schema, *rel;
    const char *obj = s->lock_table ? s->lock_table : s->object;
    if (!obj || !object_parts(a, obj, &schema, &rel)) return NULL;
    bool self = acts_on_relation_itself(s->sql);
    char *sql = rg_arena_printf(a,
        "SELECT t.oid, format('%%I.%%I', n.nspname, t.relname) FROM pg_class c "
        "LEFT JOIN pg_index i ON i.indexrelid = c.oid AND NOT %s "
        "JOIN pg_class t ON t.oid = COALESCE(i.indrelid, c.oid) JOIN pg_namespace n ON n.oid = t.relnamespace "
        "WHERE c.oid = to_regclass(format('%%I.%%I', %s, %s))",
        self ? "true" : "false", vq_lit(a, c, schema), vq_lit(a, c, rel));
    PGresult *r = vq_rows(c, sql);
    const char *oid = NULL;
    if (r && PQntuples(r) == 1) {
        oid = rg_arena_strdup(a, PQgetvalue(r, 0, 0));
        *name = rg_arena_strdup(a, PQgetvalue(r, 0, 1));
    }
    PQclear(r);
    return oid;
}

static const char *relfilenode(PGconn *c, const char *oid, rg_arena *a)
{
    if (!oid) return NULL;
    PGresult *r = vq_rows(c, rg_arena_printf(a, "SELECT relfilenode FROM pg_class WHERE oid = %s", oid));
    const char *f = r && PQntuples(r) == 1 ? rg_arena_strdup(a, PQgetvalue(r, 0, 0)) : NULL;
    PQclear(r);
    return f;
}

/* Predicted vs observed for one measured step. */
static void judge_step(rg_verify_step *row, const rg_plan_step *s, unsigned before, unsigned after, rg_arena *a)
{
    unsigned fresh = after & ~before;
    rg_lockmode pred = RG_LOCK_NONE, obs = strongest(fresh);
    bool have_pred = s->rule && rg_lockmode_parse(s->rule->table_lock, &pred);
    bool held = pred != RG_LOCK_NONE && (before & (1u << pred));
    if (held && obs <= pred) {
        obs = pred;
        row->note = "mode already held by an earlier statement of the same file";
    } else if (!fresh && before) {
        row->note = rg_arena_printf(a, "no new mode; earlier statements of the same file hold %s",
                                    rg_lockmode_name(strongest(before)));
    }
    row->observed_lock = rg_lockmode_name(obs);
    if (!s->rule) {
        row->predicted_lock = "unknown";
        row->agree = true;
        row->note = rg_arena_printf(a, "no lock model row for op %s", s->op ? s->op : "?");
        return;
    }
    row->agree = have_pred && pred == obs && row->predicted_rewrite == row->observed_rewrite;
}

/*
 * Runs a no-transaction statement on R->c while the monitor connection
 * samples pg_locks of R->c's backend on relation oid, as often as the
 * round trips allow; *seen is the union of the modes sampled. A sample can
 * prove a mode was held, never that one was not.
 */
static bool run_sampled(replay *R, const char *sql, const char *oid, unsigned *seen, const char **state,
                        const char **msg)
{
    rg_arena *a = R->v->arena;
    PGconn *c = R->c;
    *seen = 0;
    if (!oid || !R->monitor || PQstatus(R->monitor) != CONNECTION_OK) return vq(c, sql, a, state, msg);
    *state = *msg = NULL;
    if (!PQsendQuery(c, sql)) {
        *state = "08006";
        *msg = rg_arena_strdup(a, PQerrorMessage(c));
        return false;
    }
    const char *probe = rg_arena_printf(a, "SELECT mode FROM pg_locks WHERE pid = %d AND locktype = 'relation' "
                                           "AND granted AND relation = %s", PQbackendPID(c), oid);
    while (PQconsumeInput(c) && PQisBusy(c)) {
        PGresult *r = vq_rows(R->monitor, probe);
        for (int i = 0; r && i < PQntuples(r); i++)
            for (int k = 1; k <= RG_LOCK_ACCESS_EXCLUSIVE; k++)
                if (strcmp(PQgetvalue(r, i, 0), PG_MODES[k]) == 0) *seen |= 1u << k;
        PQclear(r);
    }
    bool ok = true;
    PGresult *r;
    while ((r = PQgetResult(c)) != NULL) {
        ExecStatusType st = PQresultStatus(r);
        if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_EMPTY_QUERY && ok) {
            const char *ss = PQresultErrorField(r, PG_DIAG_SQLSTATE), *pm = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
            *state = rg_arena_strdup(a, ss ? ss : "XX000");
            *msg = rg_arena_strdup(a, pm ? pm : PQerrorMessage(c));
            ok = false;
        }
        PQclear(r);
    }
    return ok;
}

/* Predicted vs sampled for a no-transaction step: only a sampled mode
 * stronger than the prediction disagrees (sampling may miss the rest). */
static void judge_sampled(rg_verify_step *row, const rg_plan_step *s, unsigned seen, rg_arena *a)
{
    rg_lockmode pred = RG_LOCK_NONE, obs = strongest(seen);
    bool have_pred = s->rule && rg_lockmode_parse(s->rule->table_lock, &pred);
    row->agree = row->predicted_rewrite == row->observed_rewrite;
    row->measured = seen != 0;
    if (!seen || !have_pred || obs < pred) {
        row->observed_lock = row->predicted_lock;
        row->note = seen ? rg_arena_printf(a, "no-transaction statement sampled from a second session: only %s seen; "
                                              "the documented lock is recorded", rg_lockmode_name(obs))
                         : "no-transaction statement too short to sample: the documented lock is recorded";
        return;
    }
    row->observed_lock = rg_lockmode_name(obs);
    row->note = "no-transaction statement: sampled from a second session";
    row->agree = row->agree && obs == pred;
}

/* The strongest mode this step newly took on tables, views and sequences
 * other than its target (its own indexes and TOAST excluded by relkind).
 * *held_pred: some other relation already held `pred` before the step. */
static rg_lockmode other_fresh(PGconn *c, const rg_map *snap, const char *target, rg_lockmode pred, bool *held_pred,
                               rg_arena *a)
{
    PGresult *r = vq_rows(c, rg_arena_printf(a,
        "SELECT l.relation::text, l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
        "WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted "
        "AND c.relkind IN ('r','p','v','m','S','f') AND l.relation <> %s", target ? target : "0"));
    rg_lockmode best = RG_LOCK_NONE;
    *held_pred = false;
    for (int i = 0; r && i < PQntuples(r); i++) {
        unsigned before = snapshot_modes(snap, PQgetvalue(r, i, 0));
        if (pred != RG_LOCK_NONE && (before & (1u << pred))) *held_pred = true;
        for (int k = 1; k <= RG_LOCK_ACCESS_EXCLUSIVE; k++)
            if (strcmp(PQgetvalue(r, i, 1), PG_MODES[k]) == 0 && !(before & (1u << k)) && k > (int)best)
                best = (rg_lockmode)k;
    }
    PQclear(r);
    return best;
}

static void judge_other(rg_verify_step *row, const rg_plan_step *s, PGconn *c, const rg_map *snap,
                        const char *target, rg_arena *a)
{
    rg_lockmode pred = s->rule ? s->rule->other_mode : RG_LOCK_NONE;
    row->predicted_other = rg_lockmode_name(pred);
    row->observed_other = "none";
    if (pred == RG_LOCK_NONE) return;
    bool held;
    rg_lockmode obs = other_fresh(c, snap, target, pred, &held, a);
    if (held && obs <= pred) obs = pred;
    row->observed_other = rg_lockmode_name(obs);
    /* No other table locked at all: there may be none involved (a domain
     * no column uses); only a different mode taken disagrees. */
    if (obs == RG_LOCK_NONE) {
        row->note = "no other table was locked (none involved?)";
        return;
    }
    if (obs != pred) row->agree = false;
}

int vreplay_step(replay *R, const rg_plan_step *s, bool in_tx)
{
    rg_verify *v = R->v;
    rg_arena *a = v->arena;
    rg_verify_step *row = rg_vec_push(a, &R->steps);
    row->step = s->number;
    row->stage = s->file->stage->index;
    row->file = rg_arena_printf(a, "%s.up.sql", s->file->name);
    row->predicted_lock = s->rule ? s->rule->table_lock : "unknown";
    row->predicted_rewrite = s->rule && s->rule->rewrites_table;
    row->measured = in_tx;
    row->sampled = !in_tx;
    row->note = "";
    row->predicted_other = s->rule ? s->rule->other_lock : "none";
    row->observed_other = row->predicted_other; /* no-transaction steps: not sampled */
    const char *tname, *oid = resolve_target(R->c, s, a, &tname);
    const char *node0 = relfilenode(R->c, oid, a);
    rg_map snap = {0};
    if (in_tx) snapshot_locks(R->c, &snap, a);
    const char *state, *msg;
    double t0 = vq_now_ms();
    unsigned seen = 0;
    bool ok = in_tx ? vq(R->c, s->sql, a, &state, &msg) : run_sampled(R, s->sql, oid, &seen, &state, &msg);
    row->ms = vq_now_ms() - t0;
    if (!ok) {
        rg_map_free(&snap);
        row->observed_lock = "failed";
        row->agree = false;
        row->note = rg_arena_printf(a, "%s: %s", state, msg);
        vfinding(v, RG_SEV_ERROR, "verify_step_failed", s->object, "step %d (%s) failed on the server: %s (SQLSTATE %s)",
                 s->number, row->file, msg, state);
        return RG_EINPUT;
    }
    if (!oid) oid = resolve_target(R->c, s, a, &tname);
    row->target = tname;
    const char *node1 = relfilenode(R->c, oid, a);
    row->observed_rewrite = node0 && node1 && strcmp(node0, node1) != 0;
    if (in_tx) {
        judge_step(row, s, snapshot_modes(&snap, oid), held_modes(R->c, oid, a), a);
        judge_other(row, s, R->c, &snap, oid, a);
    } else {
        judge_sampled(row, s, seen, a);
    }
    rg_map_free(&snap);
    if (!row->agree)
        vfinding(v, RG_SEV_ERROR, "verify_lock_disagreement", s->object,
                 "step %d (%s) on %s: predicted lock %s%s%s%s, server took %s%s%s%s", s->number, row->file,
                 *tname ? tname : "(no relation)", row->predicted_lock, row->predicted_rewrite ? " with rewrite" : "",
                 strcmp(row->predicted_other, "none") ? " and on other tables " : "",
                 strcmp(row->predicted_other, "none") ? row->predicted_other : "",
                 row->observed_lock, row->observed_rewrite ? " with rewrite" : "",
                 strcmp(row->predicted_other, "none") ? " and on other tables " : "",
                 strcmp(row->predicted_other, "none") ? row->observed_other : "");
    return RG_OK;
}

/* ---- queries ----------------------------------------------------------- */

static const struct {
    const char *state, *code;
} CODES[] = {
    {"42P01", "missing_relation"}, {"42703", "missing_column"},   {"42702", "ambiguous_column"},
    {"3F000", "missing_schema"},   {"42883", "missing_function"}, {"42P10", "no_conflict_target"},
    {"42804", "type_mismatch"},    {"23502", "not_null_violation"}, {"42601", "syntax_error"},
};

/* rollgate's code for a SQLSTATE, or NULL when it has none. */
static const char *map_state(const char *state, const char *msg)
{
    /* 42883 is also "operator does not exist: integer = text": the
     * comparison's types do not match (rollgate's type_mismatch). */
    if (strcmp(state, "42883") == 0 && msg && strncmp(msg, "operator does not exist", 23) == 0)
        return "type_mismatch";
    for (size_t i = 0; i < sizeof CODES / sizeof *CODES; i++)
        if (strcmp(CODES[i].state, state) == 0) return CODES[i].code;
    return NULL;
}

static const char *error_verdict(rg_arena *a, const char *state, const char *msg)
{
    const char *code = map_state(state, msg);
    return code ? rg_arena_printf(a, "error:%s", code) : rg_arena_printf(a, "error:sqlstate_%s", state);
}

/* The query text without trailing blanks and semicolons. */
static const char *query_text(rg_arena *a, const char *t)
{
    size_t n = strlen(t);
    while (n && (isspace((unsigned char)t[n - 1]) || t[n - 1] == ';')) n--;
    return rg_arena_strndup(a, t, n);
}

/* Does the statement write (INSERT/UPDATE/DELETE/MERGE, also inside WITH)? */
static bool is_write(const char *t)
{
    static const char *const KW[] = {"insert", "update", "delete", "merge", NULL};
    for (const char *p = t; *p; p++) {
        if (p > t && (isalnum((unsigned char)p[-1]) || p[-1] == '_')) continue;
        for (int k = 0; KW[k]; k++) {
            size_t n = strlen(KW[k]);
            if (strncasecmp(p, KW[k], n) == 0 && !isalnum((unsigned char)p[n]) && p[n] != '_') return true;
        }
    }
    return false;
}

/* EXECUTE rg_verify_q(args) with NULLs or generated values per parameter. */
static const char *execute_sql(PGconn *c, rg_arena *a, const char *cmd, bool values)
{
    PGresult *r = vq_rows(c,
        "SELECT format_type(u.t, NULL), COALESCE(bt.typcategory, ty.typcategory), "
        "COALESCE(bt.typname, ty.typname), format_type(COALESCE(bt.oid, ty.oid), NULL) "
        "FROM pg_prepared_statements ps, unnest(ps.parameter_types::oid[]) WITH ORDINALITY AS u(t, n) "
        "JOIN pg_type ty ON ty.oid = u.t LEFT JOIN pg_type bt ON ty.typtype = 'd' AND bt.oid = ty.typbasetype "
        "WHERE ps.name = 'rg_verify_q' ORDER BY u.n");
    rg_buf b = {0};
    rg_buf_printf(&b, "%s rg_verify_q", cmd);
    for (int i = 0; r && i < PQntuples(r); i++) {
        const char *type = PQgetvalue(r, i, 0);
        const char *e = values ? vseed_type_expr(a, "1", PQgetvalue(r, i, 1)[0], PQgetvalue(r, i, 2),
                                                 PQgetvalue(r, i, 3), type)
                               : rg_arena_printf(a, "NULL::%s", type);
        rg_buf_printf(&b, "%s%s", i ? ", " : "(", e);
    }
    if (r && PQntuples(r)) rg_buf_putc(&b, ')');
    PQclear(r);
    const char *out = rg_arena_strdup(a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return out;
}

/* The server's verdict on one query: "ok" or "error:<code>"; *detail the
 * server's message. */
static const char *observe(replay *R, const rg_query *q, const char **detail)
{
    rg_arena *a = R->v->arena;
    PGconn *c = R->c;
    const char *state, *msg, *text = query_text(a, q->text);
    *detail = "";
    vq(c, "DEALLOCATE ALL", NULL, NULL, NULL);
    if (!vq(c, rg_arena_printf(a, "PREPARE rg_verify_q AS %s", text), a, &state, &msg)) {
        *detail = msg;
        return error_verdict(a, state, msg);
    }
    if (!vq(c, execute_sql(c, a, "EXPLAIN EXECUTE", false), a, &state, &msg)) {
        *detail = msg;
        return error_verdict(a, state, msg);
    }
    if (!is_write(text)) return "ok";
    const char *run = execute_sql(c, a, "EXECUTE", true);
    vq(c, "BEGIN", NULL, NULL, NULL);
    vq(c, "SET LOCAL lock_timeout = '2s'", NULL, NULL, NULL);
    bool ok = vq(c, run, a, &state, &msg);
    vq(c, "ROLLBACK", NULL, NULL, NULL);
    if (ok) return "ok";
    *detail = msg;
    /* Class 42 / 3F at execution: the schema, not the values. */
    if (strncmp(state, "42", 2) == 0 || strncmp(state, "3F", 2) == 0) return error_verdict(a, state, msg);
    if (strcmp(state, "23502") == 0) return "error:not_null_violation";
    /* A unique/FK/CHECK violation of the generated values says nothing
     * about the schema's compatibility: the query itself ran. */
    *detail = rg_arena_printf(a, "runs; with generated values: %s (SQLSTATE %s)", msg, state);
    return "ok";
}

static bool is_error(const char *verdict)
{
    return strncmp(verdict, "error", 5) == 0;
}

static bool verdicts_agree(const char *pred, const char *obs)
{
    if (is_error(pred) != is_error(obs)) return false;
    return !is_error(pred) || strcmp(pred, obs) == 0;
}

void vreplay_query(replay *R, int stage, const rg_app *app, const rg_query *q)
{
    rg_arena *a = R->v->arena;
    rg_verify_row *row = rg_vec_push(a, &R->rows);
    row->stage = stage;
    row->app = app->name;
    row->query = q->name;
    const rg_compat_row *pr = rg_map_get(&R->predicted, rg_arena_printf(a, "%d|%s|%s", stage, app->name, q->name));
    row->predicted = !pr || pr->verdict == RG_VERDICT_OK ? "ok"
                     : rg_arena_printf(a, "%s:%s", pr->verdict == RG_VERDICT_ERROR ? "error" : "warning", pr->code);
    row->observed = observe(R, q, &row->detail);
    row->agree = verdicts_agree(row->predicted, row->observed);
    if (!row->agree)
        vfinding(R->v, RG_SEV_ERROR, "verify_disagreement", q->name,
                 "stage %d, app %s, query %s: predicted %s, the server says %s%s%s", stage, app->name, q->name,
                 row->predicted, row->observed, *row->detail ? ": " : "", row->detail);
}
