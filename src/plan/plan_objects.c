/*
 * plan_objects.c — the shapes of the smaller change kinds: row level
 * security (policies and the table's RLS flags), grants, table options
 * (reloptions, persistence, replica identity), domains (checks, default,
 * NOT NULL), composite type attributes, and the column changes other
 * than type: identity, generated expression, collation.
 *
 * The rule of thumb: what widens what the running version may do goes in
 * expand (a new policy, a grant, a looser identity); what takes something
 * away that it may rely on waits for the contract (a dropped policy, a
 * revoke, RLS switched on, ALWAYS identity, NOT NULL on a domain).
 */
#include "plan/plan_int.h"

#include <string.h>

#include "catalog/ddl_api.h"

static const char *alter(planner *P, const rg_table *t)
{
    return rg_arena_printf(P->a, "ALTER TABLE %s", pl_qn(P, t->schema, t->name));
}

static rg_plan_file *expand_main(planner *P)
{
    return pl_main(P, ST_EXPAND, PH_MAIN, "schema");
}

static rg_plan_file *contract_main(planner *P)
{
    return pl_main(P, ST_CONTRACT, PH_DROP, "drop");
}

static rg_plan_step *step(planner *P, rg_plan_file *f, const char *op, const char *obj, const char *up,
                          const char *down, int prio)
{
    rg_plan_step *s = pl_step(P, f, op, obj, up, down);
    pl_step_prio(s, prio);
    return s;
}

static void unsupported(planner *P, const rg_change *c, const char *why)
{
    rg_plan_add_finding(P->p, RG_SEV_WARNING, "unsupported_change", c->object,
                        "no step for %s %s (%s): %s", c->kind, c->object, c->detail ? c->detail : "", why);
}

/* ---- policies ------------------------------------------------------------------ */

static const char *policy_sql(planner *P, rg_catalog *c, const rg_table *t, const rg_policy *p)
{
    rg_buf b = {0};
    rg_ddl_policy(c, t, p, &b);
    return pl_take(P, &b);
}

static const char *drop_policy_sql(planner *P, const rg_table *t, const rg_policy *p)
{
    return rg_arena_printf(P->a, "DROP POLICY %s ON %s", pl_q(P, p->name), pl_qn(P, t->schema, t->name));
}

/* "CREATE POLICY n ON t [AS RESTRICTIVE] [FOR C] [TO r] [USING] [WITH CHECK]"
 * as "ALTER POLICY n ON t TO r [USING] [WITH CHECK]": the same policy
 * (permissiveness and command cannot change in place). */
static const char *policy_alter_sql(planner *P, const char *create, const rg_table *t, const rg_policy *p)
{
    const char *head = rg_arena_printf(P->a, "CREATE POLICY %s ON %s", pl_q(P, p->name), pl_qn(P, t->schema, t->name));
    size_t hn = strlen(head);
    if (strncmp(create, head, hn) != 0) return NULL;
    const char *rest = create + hn;
    if (strncmp(rest, " AS RESTRICTIVE", 15) == 0) rest += 15;
    if (strncmp(rest, " FOR ", 5) == 0) {
        rest += 5;
        while (*rest >= 'A' && *rest <= 'Z') rest++;
    }
    return rg_arena_printf(P->a, "ALTER POLICY %s ON %s%s%s", pl_q(P, p->name), pl_qn(P, t->schema, t->name),
                           strncmp(rest, " TO ", 4) == 0 ? "" : " TO PUBLIC", rest);
}

static void policy_change(planner *P, const rg_change *c)
{
    const rg_table *nt = c->new_table, *ot = c->old_table;
    const rg_policy *np = c->new_obj, *op = c->old_obj;
    if (c->op == RG_CHANGE_ADD) {
        /* A policy widens (permissive) or narrows (restrictive) what rows a
         * role sees; either way the new version wants it before it runs. */
        rg_plan_step *s = step(P, expand_main(P), "create_policy", c->object, policy_sql(P, P->newc, nt, np),
                               drop_policy_sql(P, nt, np), PRIO_LATE);
        pl_existing(P, s, nt->schema, nt->name);
        return;
    }
    if (c->op == RG_CHANGE_DROP) {
        /* Replaced (command or permissiveness changed): dropped right
         * before its new form in expand; else when the old version is gone. */
        bool replaced = c->detail != NULL;
        rg_plan_step *s = step(P, replaced ? expand_main(P) : contract_main(P), "drop_policy", c->object,
                               drop_policy_sql(P, ot, op), policy_sql(P, P->oldc, ot, op),
                               replaced ? PRIO_LATE - 1 : PRIO_FIRST);
        pl_existing(P, s, ot->schema, ot->name);
        return;
    }
    const char *ncreate = policy_sql(P, P->newc, nt, np), *ocreate = policy_sql(P, P->oldc, ot, op);
    const char *up = policy_alter_sql(P, ncreate, nt, np), *down = policy_alter_sql(P, ocreate, ot, op);
    /* ALTER POLICY cannot remove a USING or WITH CHECK clause. */
    bool in_place = up && down && (np->using_expr.key || !op->using_expr.key) &&
                    (np->check_expr.key || !op->check_expr.key) && (op->using_expr.key || !np->using_expr.key) &&
                    (op->check_expr.key || !np->check_expr.key);
    rg_plan_step *s;
    if (in_place) {
        s = step(P, expand_main(P), "alter_policy", c->object, up, down, PRIO_LATE);
    } else {
        s = step(P, expand_main(P), "drop_policy", c->object, drop_policy_sql(P, ot, op), ocreate, PRIO_LATE);
        pl_existing(P, s, nt->schema, nt->name);
        s = step(P, expand_main(P), "create_policy", c->object, ncreate, drop_policy_sql(P, nt, np), PRIO_LATE);
    }
    pl_existing(P, s, nt->schema, nt->name);
    pl_note(P, s, "the running version sees the new rule at once");
}

/* ---- grants --------------------------------------------------------------------- */

static void grant_change(planner *P, const rg_change *c)
{
    bool add = c->op == RG_CHANGE_ADD;
    const rg_grant *g = add ? c->new_obj : c->old_obj;
    const rg_grant *o = c->old_obj, *n = c->new_obj;
    /* Only the grant option changes: the privilege itself stays. */
    bool option_only = o && n;
    /* The revoke takes away exactly what the grant adds: the option alone
     * when the privilege stays (REVOKE GRANT OPTION FOR), else the
     * privilege, option and all (a plain REVOKE; REVOKE GRANT OPTION FOR
     * would leave the privilege behind). */
    rg_grant revoked = *g;
    revoked.grant_option = option_only;
    rg_buf up = {0}, down = {0};
    bool ok;
    if (add) {
        ok = rg_ddl_grant(P->newc, g, false, &up);
        ok = ok && rg_ddl_grant(P->oldc, &revoked, true, &down);
    } else {
        ok = rg_ddl_grant(P->oldc, &revoked, true, &up);
        ok = ok && rg_ddl_grant(P->oldc, g, false, &down);
    }
    if (!ok) {
        rg_buf_free(&up);
        rg_buf_free(&down);
        unsupported(P, c, "the object of the grant cannot be named");
        return;
    }
    /* A grant widens access (expand, after the object exists); a revoke
     * takes it from a version that may still use it (contract, before
     * the object goes). */
    rg_plan_step *s = step(P, add ? expand_main(P) : contract_main(P), add ? "grant" : "revoke", c->object,
                           pl_take(P, &up), pl_take(P, &down), add ? PRIO_LATE + 1 : PRIO_FIRST);
    (void)s;
}

/* ---- table options ---------------------------------------------------------------- */

typedef RG_VEC(const char *) str_vec;

/* "k=v, k2=v2" as a map k -> "k=v". */
static void options_map(planner *P, const char *opts, rg_map *m, str_vec *order)
{
    for (const char *p = opts; p && *p;) {
        const char *e = strstr(p, ", ");
        size_t n = e ? (size_t)(e - p) : strlen(p);
        const char *kv = rg_arena_strndup(P->a, p, n);
        const char *eq = strchr(kv, '=');
        const char *k = eq ? rg_arena_strndup(P->a, kv, (size_t)(eq - kv)) : kv;
        rg_map_put(m, k, (void *)kv);
        if (order) *rg_vec_push(P->a, order) = k;
        p = e ? e + 2 : p + n;
    }
}

/* The lock model's op for setting or resetting these options: fillfactor
 * and autovacuum parameters take SHARE UPDATE EXCLUSIVE, the rest ACCESS
 * EXCLUSIVE (AlterTableGetRelOptionsLockLevel). */
static const char *options_op(const char *keys, bool reset)
{
    bool ff = false, av = false, other = false;
    for (const char *p = keys; *p;) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == 10 && strncmp(p, "fillfactor", 10) == 0) ff = true;
        else if (strncmp(p, "autovacuum_", 11) == 0 || strncmp(p, "toast.autovacuum_", 17) == 0) av = true;
        else other = true;
        p = e ? e + 1 : p + n;
    }
    if (other) return "set_reloption_other";
    if (av) return reset ? "reset_autovacuum_param" : "set_autovacuum_param";
    (void)ff;
    return reset ? "reset_fillfactor" : "set_fillfactor";
}

/* SET (...) for what `to` has and `from` lacks or differs in, RESET (...)
 * for what only `from` has. */
static void options_sql(planner *P, const char *from, const char *to, rg_buf *set, rg_buf *setkeys,
                        rg_buf *reset, rg_buf *resetkeys)
{
    rg_map fm = {0}, tm = {0};
    str_vec forder = {0}, torder = {0};
    options_map(P, from, &fm, &forder);
    options_map(P, to, &tm, &torder);
    for (size_t i = 0; i < torder.n; i++) {
        const char *kv = rg_map_get(&tm, torder.v[i]), *okv = rg_map_get(&fm, torder.v[i]);
        if (okv && strcmp(okv, kv) == 0) continue;
        rg_buf_printf(set, "%s%s", set->len ? ", " : "", kv);
        rg_buf_printf(setkeys, "%s%s", setkeys->len ? "," : "", torder.v[i]);
    }
    for (size_t i = 0; i < forder.n; i++) {
        if (rg_map_get(&tm, forder.v[i])) continue;
        rg_buf_printf(reset, "%s%s", reset->len ? ", " : "", forder.v[i]);
        rg_buf_printf(resetkeys, "%s%s", resetkeys->len ? "," : "", forder.v[i]);
    }
    rg_map_free(&fm);
    rg_map_free(&tm);
}

static void options_step(planner *P, const rg_table *t, const char *obj, const char *from, const char *to)
{
    const char *at = alter(P, t);
    rg_buf set = {0}, setk = {0}, reset = {0}, resetk = {0};
    rg_buf bset = {0}, bsetk = {0}, breset = {0}, bresetk = {0};
    options_sql(P, from, to, &set, &setk, &reset, &resetk);
    options_sql(P, to, from, &bset, &bsetk, &breset, &bresetk);
    rg_buf up = {0}, down = {0}, keys = {0};
    if (set.len) rg_buf_printf(&up, "%s SET (%s)", at, rg_buf_cstr(&set));
    if (reset.len) rg_buf_printf(&up, "%s%s RESET (%s)", up.len ? ";\n" : "", at, rg_buf_cstr(&reset));
    if (bset.len) rg_buf_printf(&down, "%s SET (%s)", at, rg_buf_cstr(&bset));
    if (breset.len) rg_buf_printf(&down, "%s%s RESET (%s)", down.len ? ";\n" : "", at, rg_buf_cstr(&breset));
    rg_buf_printf(&keys, "%s%s%s", rg_buf_cstr(&setk), setk.len && resetk.len ? "," : "", rg_buf_cstr(&resetk));
    const char *op = options_op(rg_buf_cstr(&keys), !set.len);
    if (up.len) {
        rg_plan_step *s = step(P, expand_main(P), op, obj, pl_take(P, &up), pl_take(P, &down), PRIO_NORMAL);
        pl_existing(P, s, t->schema, t->name);
        pl_note(P, s, "storage parameters: catalog only, no rewrite");
    }
    rg_buf_free(&up);
    rg_buf_free(&down);
    rg_buf *bufs[] = {&set, &setk, &reset, &resetk, &bset, &bsetk, &breset, &bresetk, &keys};
    for (size_t i = 0; i < sizeof bufs / sizeof *bufs; i++) rg_buf_free(bufs[i]);
}

static const char *replica_sql(planner *P, const rg_table *t)
{
    char r = t->replica_identity ? t->replica_identity : 'd';
    const char *what = r == 'f' ? "FULL" : r == 'n' ? "NOTHING"
                     : r == 'i' && t->replica_index ? rg_arena_printf(P->a, "USING INDEX %s", pl_q(P, t->replica_index))
                                                    : "DEFAULT";
    return rg_arena_printf(P->a, "%s REPLICA IDENTITY %s", alter(P, t), what);
}

static bool streq(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static bool has_parent(const rg_table *t, const char *key)
{
    for (size_t i = 0; i < t->ninherits; i++)
        if (!strcmp(t->inherits[i], key)) return true;
    return false;
}

/* "schema"."name" of an inherits entry ("schema.name"). */
static const char *inherit_ref(planner *P, const char *key)
{
    const char *dot = strchr(key, '.');
    if (!dot) return pl_q(P, key);
    return pl_qn(P, rg_arena_strndup(P->a, key, (size_t)(dot - key)), dot + 1);
}

/* INHERITS changes of an existing table: NO INHERIT for parents it leaves
 * (first), INHERIT for new ones, in expand (queries on a parent see or
 * stop seeing the child's rows: a change of the release itself). */
static bool inherits_change(planner *P, const rg_change *c)
{
    const rg_table *nt = c->new_obj, *ot = c->old_obj;
    bool changed = ot->ninherits != nt->ninherits;
    for (size_t i = 0; !changed && i < nt->ninherits; i++) changed = strcmp(ot->inherits[i], nt->inherits[i]) != 0;
    if (!changed) return false;
    const char *at = alter(P, nt);
    for (size_t i = 0; i < ot->ninherits; i++) {
        if (has_parent(nt, ot->inherits[i])) continue;
        const char *pq = inherit_ref(P, ot->inherits[i]);
        rg_plan_step *s = step(P, expand_main(P), "no_inherit", c->object, rg_arena_printf(P->a, "%s NO INHERIT %s", at, pq),
                               rg_arena_printf(P->a, "%s INHERIT %s", at, pq), PRIO_LATE);
        pl_existing(P, s, nt->schema, nt->name);
    }
    for (size_t i = 0; i < nt->ninherits; i++) {
        if (has_parent(ot, nt->inherits[i])) continue;
        const char *pq = inherit_ref(P, nt->inherits[i]);
        rg_plan_step *s = step(P, expand_main(P), "inherit", c->object, rg_arena_printf(P->a, "%s INHERIT %s", at, pq),
                               rg_arena_printf(P->a, "%s NO INHERIT %s", at, pq), PRIO_LATE + 1);
        pl_existing(P, s, nt->schema, nt->name);
        pl_note(P, s, "queries on the parent see this table's rows from now on");
    }
    return true;
}

static void table_change(planner *P, const rg_change *c)
{
    const rg_table *nt = c->new_obj, *ot = c->old_obj;
    const char *at = alter(P, nt);
    rg_plan_step *s;
    char op_ = ot->persistence ? ot->persistence : 'p', np_ = nt->persistence ? nt->persistence : 'p';
    if (op_ != np_ && np_ != 't' && op_ != 't') {
        /* SET LOGGED / UNLOGGED rewrite the table (and write it to WAL):
         * no concurrent form exists. */
        bool logged = np_ == 'p';
        s = step(P, expand_main(P), logged ? "set_logged" : "set_unlogged", c->object,
                 rg_arena_printf(P->a, "%s SET %s", at, logged ? "LOGGED" : "UNLOGGED"),
                 rg_arena_printf(P->a, "%s SET %s", at, logged ? "UNLOGGED" : "LOGGED"), PRIO_NORMAL);
        pl_existing(P, s, nt->schema, nt->name);
        rg_plan_add_finding(P->p, RG_SEV_WARNING, "rewrite", c->object,
                            "SET %s rewrites %s under ACCESS EXCLUSIVE: reads and writes wait for it",
                            logged ? "LOGGED" : "UNLOGGED", c->object);
    }
    if (!streq(ot->options, nt->options)) options_step(P, nt, c->object, ot->options, nt->options);
    /* Row level security on: the running version may not have the roles
     * or policies for it, so after it is gone; off: at once. */
    if (ot->rls_enabled != nt->rls_enabled) {
        bool on = nt->rls_enabled;
        s = step(P, on ? pl_main(P, ST_CONTRACT, PH_C_TIGHTEN, "not_null") : expand_main(P),
                 on ? "enable_row_security" : "disable_row_security", c->object,
                 rg_arena_printf(P->a, "%s %s ROW LEVEL SECURITY", at, on ? "ENABLE" : "DISABLE"),
                 rg_arena_printf(P->a, "%s %s ROW LEVEL SECURITY", at, on ? "DISABLE" : "ENABLE"), PRIO_NORMAL);
        pl_existing(P, s, nt->schema, nt->name);
        if (on) pl_note(P, s, "in the contract: policies limit what the old version sees");
    }
    if (ot->rls_forced != nt->rls_forced) {
        bool on = nt->rls_forced;
        s = step(P, on ? pl_main(P, ST_CONTRACT, PH_C_TIGHTEN, "not_null") : expand_main(P),
                 on ? "force_row_security" : "no_force_row_security", c->object,
                 rg_arena_printf(P->a, "%s %sFORCE ROW LEVEL SECURITY", at, on ? "" : "NO "),
                 rg_arena_printf(P->a, "%s %sFORCE ROW LEVEL SECURITY", at, on ? "NO " : ""), PRIO_NORMAL);
        pl_existing(P, s, nt->schema, nt->name);
    }
    if ((ot->replica_identity ? ot->replica_identity : 'd') != (nt->replica_identity ? nt->replica_identity : 'd') ||
        !streq(ot->replica_index, nt->replica_index)) {
        /* USING INDEX of an index the plan builds concurrently: after the
         * builds. */
        bool new_index = nt->replica_identity == 'i' && nt->replica_index &&
                         !rg_catalog_index(P->oldc, nt->schema, nt->replica_index);
        s = step(P, new_index ? pl_main(P, ST_EXPAND, PH_ATTACH, "after_index_builds") : expand_main(P), "replica_identity",
                 c->object, replica_sql(P, nt), replica_sql(P, ot), PRIO_LATE + 1);
        pl_existing(P, s, nt->schema, nt->name);
    }
    bool attach = pl_partition_change(P, c);
    bool inherit = inherits_change(P, c);
    if (!streq(ot->tablespace, nt->tablespace) || !streq(ot->access_method, nt->access_method) ||
        !streq(ot->foreign_server, nt->foreign_server) || !streq(ot->foreign_options, nt->foreign_options) ||
        !streq(ot->partition_key, nt->partition_key) ||
        (!attach && (!streq(ot->parent_table, nt->parent_table) || !streq(ot->parent_schema, nt->parent_schema) ||
                     !streq(ot->partition_bound.key, nt->partition_bound.key))) ||
        (!inherit && ot->ninherits != nt->ninherits) || op_ == 't' || np_ == 't')
        unsupported(P, c, "tablespace, access method, foreign options or partitioning: apply it by hand");
}

/* ---- domains ----------------------------------------------------------------------- */

static const rg_domain_check *domain_check(const rg_type *t, const char *object, planner *P)
{
    for (size_t i = 0; t && i < t->checks.n; i++)
        if (strcmp(pl_key(P, t->schema, t->name, t->checks.v[i].name), object) == 0) return &t->checks.v[i];
    return NULL;
}

static const char *domain_add_sql(planner *P, rg_catalog *c, const rg_type *t, const rg_domain_check *k,
                                  bool not_valid)
{
    return rg_arena_printf(P->a, "ALTER DOMAIN %s ADD CONSTRAINT %s CHECK (%s)%s", pl_qn(P, t->schema, t->name),
                           pl_q(P, k->name), rg_expr_sql(c, &k->expr), not_valid ? " NOT VALID" : "");
}

static void domain_change(planner *P, const rg_change *c)
{
    const rg_type *nt = c->new_obj, *ot = c->old_obj;
    const rg_type *t = nt ? nt : ot;
    const char *dq = pl_qn(P, t->schema, t->name);
    rg_plan_step *s;
    if (c->ck == RG_CK_ADD_DOMAIN_CONSTRAINT) {
        const rg_domain_check *k = domain_check(nt, c->object, P);
        if (!k) return;
        const char *drop = rg_arena_printf(P->a, "ALTER DOMAIN %s DROP CONSTRAINT %s", dq, pl_q(P, k->name));
        /* NOT VALID: new values are checked at once, columns of the
         * domain are checked by VALIDATE in a transaction of its own. */
        s = step(P, expand_main(P), "alter_domain_add_check_not_valid", c->object,
                 domain_add_sql(P, P->newc, nt, k, true), drop, PRIO_NORMAL + 1);
        if (k->not_valid) return;
        rg_plan_file *f = pl_own(P, ST_VALIDATE, PH_VALIDATE, k->name, false);
        s = pl_step(P, f, "alter_domain_validate", c->object,
                    rg_arena_printf(P->a, "ALTER DOMAIN %s VALIDATE CONSTRAINT %s", dq, pl_q(P, k->name)), NULL);
        pl_note(P, s, "scans every column of the domain under SHARE: writes to those tables wait");
    } else if (c->ck == RG_CK_DROP_DOMAIN_CONSTRAINT) {
        const rg_domain_check *k = domain_check(ot, c->object, P);
        if (!k) return;
        bool replaced = c->detail != NULL;
        s = step(P, replaced ? expand_main(P) : contract_main(P), "alter_domain_drop_constraint", c->object,
                 rg_arena_printf(P->a, "ALTER DOMAIN %s DROP CONSTRAINT %s", dq, pl_q(P, k->name)),
                 domain_add_sql(P, P->oldc, ot, k, k->not_valid), replaced ? PRIO_NORMAL : PRIO_FIRST);
        if (replaced) pl_note(P, s, "the check changes: its new form follows");
    } else if (c->ck == RG_CK_VALIDATE_DOMAIN_CONSTRAINT) {
        const rg_domain_check *k = domain_check(nt, c->object, P);
        if (!k) return;
        rg_plan_file *f = pl_own(P, ST_VALIDATE, PH_VALIDATE, k->name, false);
        s = pl_step(P, f, "alter_domain_validate", c->object,
                    rg_arena_printf(P->a, "ALTER DOMAIN %s VALIDATE CONSTRAINT %s", dq, pl_q(P, k->name)),
                    rg_arena_printf(P->a, "ALTER DOMAIN %s DROP CONSTRAINT %s;\n%s", dq, pl_q(P, k->name),
                                    domain_add_sql(P, P->oldc, ot, k, true)));
        pl_note(P, s, "scans every column of the domain under SHARE: writes to those tables wait");
    } else { /* alter_type on a domain: default, NOT NULL */
        if (nt->has_default != ot->has_default ||
            (nt->has_default && strcmp(nt->dflt.key ? nt->dflt.key : "", ot->dflt.key ? ot->dflt.key : ""))) {
            const char *set_n = nt->has_default ? rg_arena_printf(P->a, "ALTER DOMAIN %s SET DEFAULT %s", dq, rg_expr_sql(P->newc, &nt->dflt))
                                                : rg_arena_printf(P->a, "ALTER DOMAIN %s DROP DEFAULT", dq);
            const char *set_o = ot->has_default ? rg_arena_printf(P->a, "ALTER DOMAIN %s SET DEFAULT %s", dq, rg_expr_sql(P->oldc, &ot->dflt))
                                                : rg_arena_printf(P->a, "ALTER DOMAIN %s DROP DEFAULT", dq);
            step(P, expand_main(P), "alter_domain_default", c->object, set_n, set_o, PRIO_NORMAL + 1);
        }
        if (nt->not_null != ot->not_null) {
            const char *set = rg_arena_printf(P->a, "ALTER DOMAIN %s SET NOT NULL", dq);
            const char *drop = rg_arena_printf(P->a, "ALTER DOMAIN %s DROP NOT NULL", dq);
            if (nt->not_null) {
                /* Tightening: once the old version (which may write NULLs) is gone. */
                s = step(P, pl_main(P, ST_CONTRACT, PH_C_TIGHTEN, "not_null"), "alter_domain_set_not_null",
                         c->object, set, drop, PRIO_NORMAL);
                pl_note(P, s, "scans every column of the domain under SHARE: writes to those tables wait");
            } else {
                step(P, expand_main(P), "alter_domain_drop_not_null", c->object, drop, set, PRIO_NORMAL + 1);
            }
        }
    }
}

/* ---- composite type attributes ------------------------------------------------------ */

static const rg_type_attr *type_attr(planner *P, const rg_type *t, const char *object)
{
    for (size_t i = 0; t && i < t->attrs.n; i++)
        if (strcmp(pl_key(P, t->schema, t->name, t->attrs.v[i].name), object) == 0) return &t->attrs.v[i];
    return NULL;
}

static const char *attr_def(planner *P, const rg_type_attr *a)
{
    return a->collation ? rg_arena_printf(P->a, "%s %s COLLATE %s", pl_q(P, a->name), a->type, pl_q(P, a->collation))
                        : rg_arena_printf(P->a, "%s %s", pl_q(P, a->name), a->type);
}

static void attr_change(planner *P, const rg_change *c)
{
    const rg_type *nt = c->new_obj, *ot = c->old_obj;
    const rg_type *t = nt ? nt : ot;
    const char *tq = pl_qn(P, t->schema, t->name);
    const rg_type_attr *na = type_attr(P, nt, c->object), *oa = type_attr(P, ot, c->object);
    /* A table column of the type: ALTER TYPE needs CASCADE, and changing an
     * attribute's type then rewrites those tables. */
    const pl_ptrs *users = pl_type_users(P, t->schema, t->name);
    const char *cascade = users->n ? " CASCADE" : "";
    rg_plan_step *s;
    if (na && !oa) {
        s = step(P, expand_main(P), "alter_type_add_attribute", c->object,
                 rg_arena_printf(P->a, "ALTER TYPE %s ADD ATTRIBUTE %s%s", tq, attr_def(P, na), cascade),
                 rg_arena_printf(P->a, "ALTER TYPE %s DROP ATTRIBUTE %s%s", tq, pl_q(P, na->name), cascade), PRIO_NORMAL - 1);
    } else if (oa && !na) {
        s = step(P, contract_main(P), "alter_type_drop_attribute", c->object,
                 rg_arena_printf(P->a, "ALTER TYPE %s DROP ATTRIBUTE %s%s", tq, pl_q(P, oa->name), cascade),
                 rg_arena_printf(P->a, "ALTER TYPE %s ADD ATTRIBUTE %s%s", tq, attr_def(P, oa), cascade), PRIO_LATE);
        if (users->n) pl_lossy(s, "the attribute comes back empty in the columns of the type");
    } else if (na && oa) {
        const char *set_n = rg_arena_printf(P->a, "ALTER TYPE %s ALTER ATTRIBUTE %s SET DATA TYPE %s%s%s%s", tq,
                                            pl_q(P, na->name), na->type, na->collation ? " COLLATE " : "",
                                            na->collation ? pl_q(P, na->collation) : "", cascade);
        const char *set_o = rg_arena_printf(P->a, "ALTER TYPE %s ALTER ATTRIBUTE %s SET DATA TYPE %s%s%s%s", tq,
                                            pl_q(P, oa->name), oa->type, oa->collation ? " COLLATE " : "",
                                            oa->collation ? pl_q(P, oa->collation) : "", cascade);
        s = step(P, expand_main(P), "alter_type_alter_attribute", c->object, set_n, set_o, PRIO_NORMAL - 1);
        if (users->n) {
            const pl_colref *r = users->v[0];
            rg_plan_add_finding(P->p, RG_SEV_WARNING, "rewrite", c->object,
                                "changing %s rewrites every table with a column of type %s.%s (%s.%s, ...) under ACCESS EXCLUSIVE",
                                c->object, t->schema, t->name, r->t->name, r->c->name);
        }
    } else {
        return;
    }
    if (users->n) pl_note(P, s, "CASCADE: %zu table column(s) use the type", users->n);
}

/* ---- identity ------------------------------------------------------------------------ */

static const rg_sequence *ident_seq(rg_catalog *c, const rg_column *col)
{
    if (!col->identity_seq) return NULL;
    const char *dot = strchr(col->identity_seq, '.');
    if (!dot) return NULL;
    char schema[256];
    size_t n = (size_t)(dot - col->identity_seq);
    if (n >= sizeof schema) return NULL;
    memcpy(schema, col->identity_seq, n);
    schema[n] = 0;
    return rg_catalog_sequence(c, schema, dot + 1);
}

static const char *seq_opts(planner *P, const rg_sequence *q, const char *sep, const char *set)
{
    if (!q) return "";
    return rg_arena_printf(P->a, "%s%sINCREMENT BY %lld%s%sMINVALUE %lld%s%sMAXVALUE %lld%s%sSTART WITH %lld%s%sCACHE %lld%s%s%sCYCLE",
                           sep, set, q->increment, sep, set, q->min, sep, set, q->max, sep, set, q->start, sep, set,
                           q->cache, sep, set, q->cycle ? "" : "NO ");
}

static const char *ident_kind(char k)
{
    return k == 'a' ? "ALWAYS" : "BY DEFAULT";
}

/* Existing rows keep their values: the identity's sequence continues
 * after the largest one (ADD ... AS IDENTITY starts at START). */
const char *pl_identity_clause(planner *P, rg_catalog *c, const rg_column *col)
{
    const rg_sequence *q = ident_seq(c, col);
    if (!q) return rg_arena_printf(P->a, "GENERATED %s AS IDENTITY", ident_kind(col->identity));
    return rg_arena_printf(P->a, "GENERATED %s AS IDENTITY (SEQUENCE NAME %s%s)", ident_kind(col->identity),
                           pl_qn(P, q->schema, q->name), seq_opts(P, q, " ", ""));
}

static const char *ident_restart(planner *P, const rg_table *t, const rg_column *col)
{
    return rg_arena_printf(P->a,
        "DO $rollgate$\nBEGIN\n"
        "    -- rollgate: the identity continues after the values already in %s\n"
        "    PERFORM setval(pg_get_serial_sequence(%s, %s), max(%s)) FROM %s HAVING max(%s) IS NOT NULL;\n"
        "END\n$rollgate$",
        pl_q(P, col->name), pl_lit(P, pl_qn(P, t->schema, t->name)), pl_lit(P, col->name), pl_q(P, col->name),
        pl_qn(P, t->schema, t->name), pl_q(P, col->name));
}

/* The serial sequence a column's old default draws from, when it goes
 * with the change (owned by the column, absent from the target). */
static const rg_sequence *serial_seq(planner *P, const rg_table *t, const rg_column *oc)
{
    const char *owner = rg_arena_printf(P->a, "%s.%s.%s", t->schema, t->name, oc->name);
    const pl_ptrs *qs = pl_owned_seqs(P, t->schema, t->name);
    for (size_t i = 0; i < qs->n; i++) {
        const rg_sequence *q = qs->v[i];
        if (strcmp(q->owned_by, owner) != 0) continue;
        /* Gone from the target, or its name now taken by the identity's own. */
        const rg_sequence *nq = rg_catalog_sequence(P->newc, q->schema, q->name);
        if (!nq || nq->identity) return q;
    }
    return NULL;
}

static void identity_change(planner *P, const rg_change *c)
{
    const rg_table *t = c->new_table;
    const rg_column *nc = c->new_obj, *oc = c->old_obj;
    const char *ac = rg_arena_printf(P->a, "%s ALTER COLUMN %s", alter(P, t), pl_q(P, nc->name));
    const rg_sequence *nq = ident_seq(P->newc, nc), *oq = ident_seq(P->oldc, oc);
    rg_plan_step *s;
    if (!oc->identity && nc->identity) {
        /* ALWAYS refuses the values the old version may still send:
         * contract; BY DEFAULT keeps accepting them: expand. */
        rg_plan_file *f = nc->identity == 'a' ? pl_main(P, ST_CONTRACT, PH_C_TIGHTEN, "not_null") : expand_main(P);
        const rg_sequence *sq = oc->has_default ? serial_seq(P, t, oc) : NULL;
        if (oc->has_default) {
            /* serial -> identity: the default goes in the same transaction. */
            s = step(P, f, "drop_default", c->object, rg_arena_printf(P->a, "%s DROP DEFAULT", ac),
                     rg_arena_printf(P->a, "%s SET DEFAULT %s", ac, rg_expr_sql(P->oldc, &oc->dflt)), PRIO_NORMAL);
            pl_existing(P, s, t->schema, t->name);
            pl_skip(P, "alter_column_default", c->object);
        }
        /* PostgreSQL adds an identity only to a NOT NULL column: a nullable
         * one takes the NOT NULL path first (in the contract: the old
         * version may still write NULLs), the identity after it. */
        if (!oc->not_null) {
            pl_skip(P, "alter_column_nullability", c->object);
            pl_not_null_path(P, t, nc->name, true);
            f = pl_main(P, ST_CONTRACT, PH_C_TIGHTEN, "not_null");
        }
        if (sq) {
            /* Before the identity, which takes its name when it is free. */
            const char *sqn = pl_qn(P, sq->schema, sq->name);
            rg_buf seqdef = {0};
            rg_ddl_sequence(P->oldc, sq, &seqdef);
            const char *owned = rg_arena_printf(P->a, "ALTER SEQUENCE %s OWNED BY %s.%s", sqn, pl_qn(P, t->schema, t->name),
                                                pl_q(P, oc->name));
            const char *resume = rg_arena_printf(P->a,
                "DO $rollgate$\nBEGIN\n"
                "    -- rollgate: the serial continues after the values already in %s\n"
                "    PERFORM setval(%s, max(%s)) FROM %s HAVING max(%s) IS NOT NULL;\n"
                "END\n$rollgate$",
                pl_q(P, oc->name), pl_lit(P, sqn), pl_q(P, oc->name), pl_qn(P, t->schema, t->name), pl_q(P, oc->name));
            s = step(P, f, "drop_sequence", pl_key(P, sq->schema, sq->name, NULL),
                     rg_arena_printf(P->a, "DROP SEQUENCE %s", sqn),
                     rg_arena_printf(P->a, "%s;\n%s;\n%s", pl_take(P, &seqdef), owned, resume), PRIO_NORMAL);
            pl_note(P, s, "the serial's sequence, replaced by the identity (its down resumes after the largest value)");
            pl_skip(P, "drop_sequence", pl_key(P, sq->schema, sq->name, NULL));
            pl_skip(P, "alter_sequence", pl_key(P, sq->schema, sq->name, NULL));
        }
        s = step(P, f, "add_identity", c->object,
                 rg_arena_printf(P->a, "%s ADD %s", ac, pl_identity_clause(P, P->newc, nc)),
                 rg_arena_printf(P->a, "%s DROP IDENTITY", ac), PRIO_LATE);
        pl_existing(P, s, t->schema, t->name);
        s = step(P, f, "identity_restart", c->object, ident_restart(P, t, nc), NULL, PRIO_LATE);
        pl_note(P, s, "reads the largest value; no rows change");
        return;
    }
    if (oc->identity && !nc->identity) {
        /* The old version may insert without the column: contract. */
        rg_plan_file *f = contract_main(P);
        s = step(P, f, "drop_identity", c->object, rg_arena_printf(P->a, "%s DROP IDENTITY", ac),
                 rg_arena_printf(P->a, "%s ADD GENERATED %s AS IDENTITY (%s)", ac, ident_kind(oc->identity),
                                 oq ? seq_opts(P, oq, " ", "") + 1 : "START WITH 1"),
                 PRIO_NORMAL);
        pl_existing(P, s, t->schema, t->name);
        pl_lossy(s, "the identity's sequence restarts from its START value");
        /* What the target puts in its place comes after it. */
        if (!nc->not_null) {
            s = step(P, f, "drop_not_null", c->object, rg_arena_printf(P->a, "%s DROP NOT NULL", ac),
                     rg_arena_printf(P->a, "%s SET NOT NULL", ac), PRIO_NORMAL);
            pl_existing(P, s, t->schema, t->name);
            pl_skip(P, "alter_column_nullability", c->object);
        }
        if (nc->has_default) {
            s = step(P, f, "set_default", c->object,
                     rg_arena_printf(P->a, "%s SET DEFAULT %s", ac, rg_expr_sql(P->newc, &nc->dflt)),
                     rg_arena_printf(P->a, "%s DROP DEFAULT", ac), PRIO_NORMAL);
            pl_existing(P, s, t->schema, t->name);
            pl_skip(P, "alter_column_default", c->object);
        }
        return;
    }
    /* Both identity: kind and sequence options in place. */
    rg_buf up = {0}, down = {0};
    rg_buf_puts(&up, ac);
    rg_buf_puts(&down, ac);
    if (oc->identity != nc->identity) {
        rg_buf_printf(&up, " SET GENERATED %s", ident_kind(nc->identity));
        rg_buf_printf(&down, " SET GENERATED %s", ident_kind(oc->identity));
    }
    if (nq && oq && strcmp(seq_opts(P, nq, " ", "SET "), seq_opts(P, oq, " ", "SET ")) != 0) {
        rg_buf_puts(&up, seq_opts(P, nq, " ", "SET "));
        rg_buf_puts(&down, seq_opts(P, oq, " ", "SET "));
    }
    bool tighten = oc->identity != nc->identity && nc->identity == 'a';
    s = step(P, tighten ? pl_main(P, ST_CONTRACT, PH_C_TIGHTEN, "not_null") : expand_main(P), "set_identity",
             c->object, pl_take(P, &up), pl_take(P, &down), PRIO_NORMAL);
    pl_existing(P, s, t->schema, t->name);
    if (tighten) pl_note(P, s, "ALWAYS refuses explicit values the old version may send: after it is gone");
}

/* ---- generated columns -------------------------------------------------------------------- */

static const char *col_def(planner *P, rg_catalog *c, const rg_column *col)
{
    rg_buf b = {0};
    rg_ddl_column(c, col, &b);
    return pl_take(P, &b);
}

/* Indexes of side `c` on column col of t, as plain CREATE INDEX (the
 * column was just added back in the same transaction). */
static void indexes_on(planner *P, bool new_side, const rg_table *t, const char *col, rg_buf *out)
{
    const pl_ptrs *xs = pl_indexes_of(P, new_side, t->schema, t->name);
    rg_catalog *c = new_side ? P->newc : P->oldc;
    for (size_t i = 0; i < xs->n; i++) {
        const rg_index *x = xs->v[i];
        if (!pl_index_uses(x, col)) continue;
        rg_buf b = {0};
        rg_ddl_index(c, x, &b);
        rg_buf_printf(out, ";\n%s", pl_take(P, &b));
    }
}

static void generated_change(planner *P, const rg_change *c)
{
    const rg_table *t = c->new_table;
    const rg_column *nc = c->new_obj, *oc = c->old_obj;
    const char *at = alter(P, t), *q = pl_q(P, nc->name);
    rg_plan_step *s;
    if (oc->generated && !nc->generated) {
        /* DROP EXPRESSION (PG 13+): the values stay, the column becomes
         * writable. Before the deploy: the old version never writes it. */
        rg_buf down = {0};
        rg_buf_printf(&down, "%s DROP COLUMN %s;\n%s ADD COLUMN %s", at, q, at, col_def(P, P->oldc, oc));
        indexes_on(P, false, t, oc->name, &down);
        s = step(P, expand_main(P), "drop_expression", c->object,
                 rg_arena_printf(P->a, "%s ALTER COLUMN %s DROP EXPRESSION", at, q), pl_take(P, &down), PRIO_NORMAL);
        pl_existing(P, s, t->schema, t->name);
        pl_lossy(s, "the down computes the column again: values written since are replaced");
        return;
    }
    /* Before PostgreSQL 17 an expression cannot be set on a column (and
     * the parser rollgate checks its plans with is 15's, which lacks SET
     * EXPRESSION): the column is dropped and added again in one
     * transaction (a rewrite, as SET EXPRESSION is; its indexes come back
     * with it). A changed expression goes just
     * before the deploy (the new version wants its values); a column that
     * becomes generated waits for the contract (the old version writes it). */
    bool was_written = !oc->generated;
    rg_plan_file *f = was_written ? pl_main(P, ST_CONTRACT, PH_C_TIGHTEN, "not_null") : pl_main(P, ST_SWITCH, 0, "switch");
    rg_buf up = {0}, down = {0};
    rg_buf_printf(&up, "%s DROP COLUMN %s;\n%s ADD COLUMN %s", at, q, at, col_def(P, P->newc, nc));
    indexes_on(P, true, t, nc->name, &up);
    rg_column back = *oc;
    if (!oc->generated && !oc->has_default) back.not_null = false;
    rg_buf_printf(&down, "%s DROP COLUMN %s;\n%s ADD COLUMN %s", at, q, at, col_def(P, P->oldc, &back));
    indexes_on(P, false, t, oc->name, &down);
    s = step(P, f, "add_column_generated_stored", c->object, pl_take(P, &up), pl_take(P, &down), PRIO_NORMAL);
    pl_existing(P, s, t->schema, t->name);
    if (was_written) pl_lossy(s, "the column's own values were replaced by the expression: it comes back empty");
    pl_note(P, s, "the column is dropped and added again (SET EXPRESSION, PostgreSQL 17, rewrites as well)");
    rg_plan_add_finding(P->p, RG_SEV_WARNING, "rewrite", c->object,
                        "%s: the generated column is added again, which rewrites %s under ACCESS EXCLUSIVE",
                        c->object, pl_qn(P, t->schema, t->name));
}

/* ---- collation ------------------------------------------------------------------------------ */

bool pl_collation_moves(planner *P, const rg_change *c)
{
    const rg_table *t = c->old_table;
    const rg_column *oc = c->old_obj;
    if (!t || pl_table_is_new(P, t->schema, t->name)) return false;
    const pl_ptrs *xs = pl_indexes_of(P, false, t->schema, t->name);
    for (size_t i = 0; i < xs->n; i++)
        if (pl_index_uses(xs->v[i], oc->name)) return true;
    return false;
}

static void collation_change(planner *P, const rg_change *c)
{
    const rg_table *t = c->new_table;
    const rg_column *nc = c->new_obj, *oc = c->old_obj;
    if (strcmp(nc->type, oc->type) != 0) return; /* the type change carries it */
    if (pl_collation_moves(P, c)) {
        /* Indexed: the in-place change rebuilds every index on the column
         * under ACCESS EXCLUSIVE (a scan each). The new-column shape builds
         * them concurrently instead. */
        pl_shape_type_change(P, c);
        return;
    }
    const char *ac = rg_arena_printf(P->a, "%s ALTER COLUMN %s TYPE %s", alter(P, t), pl_q(P, nc->name), nc->type);
    /* Without COLLATE the column takes its type's default collation. */
    const char *up = nc->collation ? rg_arena_printf(P->a, "%s COLLATE %s", ac, pl_q(P, nc->collation)) : ac;
    const char *down = oc->collation ? rg_arena_printf(P->a, "%s COLLATE %s", ac, pl_q(P, oc->collation)) : ac;
    rg_plan_step *s = step(P, expand_main(P), "alter_type_binary_coercible", c->object, up, down, PRIO_NORMAL);
    pl_existing(P, s, t->schema, t->name);
    pl_note(P, s, "same type, other collation: no rewrite and no index on the column to rebuild");
}

/* ---- storage, statistics, compression ------------------------------------------------------ */

/* The clauses of `to` that differ from `from`. */
static const char *physical_sql(planner *P, const char *ac, const rg_column *from, const rg_column *to)
{
    rg_buf b = {0};
    if (from->stats_target != to->stats_target) rg_buf_printf(&b, "%s SET STATISTICS %d", ac, to->stats_target);
    if (!streq(from->storage, to->storage))
        rg_buf_printf(&b, "%s%s SET STORAGE %s", b.len ? ";\n" : "", ac, to->storage);
    if (!streq(from->compression, to->compression))
        rg_buf_printf(&b, "%s%s SET COMPRESSION %s", b.len ? ";\n" : "", ac, to->compression);
    return pl_take(P, &b);
}

static void physical_change(planner *P, const rg_change *c)
{
    const rg_table *t = c->new_table;
    const rg_column *nc = c->new_obj, *oc = c->old_obj;
    /* Back to the type's default storage or compression is spelled
     * differently per version (SET STORAGE DEFAULT since 16) and the
     * catalog records the default as no value: not shaped. */
    if ((!streq(oc->storage, nc->storage) && (!oc->storage || !nc->storage)) ||
        (!streq(oc->compression, nc->compression) && (!oc->compression || !nc->compression))) {
        unsupported(P, c, "a column's storage or compression to or from its type's default: apply it by hand");
        return;
    }
    const char *ac = rg_arena_printf(P->a, "%s ALTER COLUMN %s", alter(P, t), pl_q(P, nc->name));
    bool storage = !streq(oc->storage, nc->storage);
    /* SET STORAGE takes ACCESS EXCLUSIVE, SET STATISTICS less. */
    rg_plan_step *s = step(P, expand_main(P), storage ? "set_storage" : "set_statistics", c->object,
                           physical_sql(P, ac, oc, nc), physical_sql(P, ac, nc, oc), PRIO_NORMAL);
    pl_existing(P, s, t->schema, t->name);
    pl_note(P, s, "catalog only: existing rows keep their storage until rewritten");
}

/* ---- dispatch --------------------------------------------------------------------------------- */

bool pl_shape_object(planner *P, const rg_change *c)
{
    rg_change_kind k = c->ck;
    if (k == RG_CK_ADD_POLICY || k == RG_CK_DROP_POLICY || k == RG_CK_ALTER_POLICY)
        policy_change(P, c);
    else if (k == RG_CK_ADD_GRANT || k == RG_CK_DROP_GRANT)
        grant_change(P, c);
    else if (k == RG_CK_ALTER_TABLE)
        table_change(P, c);
    else if (k == RG_CK_ADD_DOMAIN_CONSTRAINT || k == RG_CK_DROP_DOMAIN_CONSTRAINT ||
             k == RG_CK_VALIDATE_DOMAIN_CONSTRAINT)
        domain_change(P, c);
    else if (k == RG_CK_ALTER_TYPE && c->new_obj && ((const rg_type *)c->new_obj)->kind == RG_TYPE_DOMAIN)
        domain_change(P, c);
    else if (k == RG_CK_ADD_TYPE_ATTRIBUTE || k == RG_CK_DROP_TYPE_ATTRIBUTE ||
             k == RG_CK_ALTER_TYPE_ATTRIBUTE)
        attr_change(P, c);
    else if (k == RG_CK_ALTER_COLUMN_IDENTITY)
        identity_change(P, c);
    else if (k == RG_CK_ALTER_COLUMN_GENERATED)
        generated_change(P, c);
    else if (k == RG_CK_ALTER_COLUMN_COLLATION)
        collation_change(P, c);
    else if (k == RG_CK_ALTER_COLUMN)
        physical_change(P, c);
    else
        return false;
    return true;
}
