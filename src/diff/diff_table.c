/*
 * diff_table.c — the diff of tables and what hangs off them: columns (with
 * the drop+add → possible-rename hint), constraints, indexes, triggers and
 * policies. A new table is one add_table (columns and non-FK constraints
 * included) plus separate changes for its foreign keys, indexes, triggers,
 * policies and comments, so foreign keys between new tables can be
 * ordered after every table exists. A dropped table takes everything that
 * hangs off it along: no separate drops for those.
 */
#include "diffint.h"

#include <stdint.h>
#include <string.h>

/* ---- shared text of definitions ----------------------------------------- */

static const char *fk_action(char a)
{
    switch (a) {
    case 'r': return "RESTRICT";
    case 'c': return "CASCADE";
    case 'n': return "SET NULL";
    case 'd': return "SET DEFAULT";
    default: return "NO ACTION";
    }
}

static void put_idents(dctx *x, rg_buf *b, const char *const *v, size_t n)
{
    rg_buf_putc(b, '(');
    for (size_t i = 0; i < n; i++) {
        if (i) rg_buf_puts(b, ", ");
        rg_buf_puts(b, rg_quote_ident_a(x->a, v[i] ? v[i] : ""));
    }
    rg_buf_putc(b, ')');
}

/* Whether the whole of s is one parenthesised group, "(a + b)" but not
 * "(a) + (b)". */
static bool parenthesised(const char *s)
{
    if (*s != '(') return false;
    int depth = 0;
    bool quoted = false;
    for (const char *p = s; *p; p++) {
        if (*p == '\'') quoted = !quoted;
        if (quoted) continue;
        if (*p == '(') depth++;
        else if (*p == ')' && --depth == 0) return p[1] == 0;
    }
    return false;
}

/* An index expression is written in parentheses unless it is one
 * function call or already parenthesised, as pg_get_indexdef does. */
static bool needs_parens(const char *sql)
{
    const char *p = sql;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
           *p == '_' || *p == '.')
        p++;
    return !parenthesised(p);
}

static void put_elem(dctx *x, const rg_catalog *c, rg_buf *b, const rg_index_elem *e)
{
    const char *sql = e->column ? NULL : rg_diff_expr_sql(c, &e->expr);
    if (e->column) rg_buf_puts(b, rg_quote_ident_a(x->a, e->column));
    else rg_buf_printf(b, needs_parens(sql) ? "(%s)" : "%s", sql);
    if (e->collation) rg_buf_printf(b, " COLLATE %s", e->collation);
    if (e->opclass) rg_buf_printf(b, " %s%s", e->opclass, e->opclass_opts ? e->opclass_opts : "");
    if (e->desc) rg_buf_puts(b, " DESC");
    if (e->nulls_first != e->desc) rg_buf_puts(b, e->nulls_first ? " NULLS FIRST" : " NULLS LAST");
    if (e->exclusion_op) rg_buf_printf(b, " WITH %s", e->exclusion_op);
}

static void put_elems(dctx *x, const rg_catalog *c, rg_buf *b, const rg_index_elem *v, size_t n)
{
    rg_buf_putc(b, '(');
    for (size_t i = 0; i < n; i++) {
        if (i) rg_buf_puts(b, ", ");
        put_elem(x, c, b, &v[i]);
    }
    rg_buf_putc(b, ')');
}

static const char *buf_done(dctx *x, rg_buf *b)
{
    const char *r = rg_arena_strdup(x->a, rg_buf_cstr(b));
    rg_buf_free(b);
    return r;
}

static bool names_eq(const char *const *a, size_t na, const char *const *b, size_t nb)
{
    if (na != nb) return false;
    for (size_t i = 0; i < na; i++)
        if (!rg_diff_streq(a[i], b[i])) return false;
    return true;
}

static bool elems_eq(const rg_index_elem *a, size_t na, const rg_index_elem *b, size_t nb)
{
    if (na != nb) return false;
    for (size_t i = 0; i < na; i++) {
        const rg_index_elem *p = &a[i], *q = &b[i];
        if (!rg_diff_streq(p->column, q->column) || !rg_diff_expr_eq(&p->expr, &q->expr) ||
            !rg_diff_streq(p->collation, q->collation) || !rg_diff_streq(p->opclass, q->opclass) ||
            !rg_diff_streq(p->opclass_opts, q->opclass_opts) || p->desc != q->desc ||
            p->nulls_first != q->nulls_first || !rg_diff_streq(p->exclusion_op, q->exclusion_op))
            return false;
    }
    return true;
}

/* Lists hold names as PostgreSQL stores them; show them quoted. */
static const char *idents_text(dctx *x, const char *const *v, size_t n)
{
    rg_buf b = {0};
    put_idents(x, &b, v, n);
    return buf_done(x, &b);
}

static const char *elems_text(dctx *x, const rg_catalog *c, const rg_index_elem *v, size_t n)
{
    rg_buf b = {0};
    put_elems(x, c, &b, v, n);
    return buf_done(x, &b);
}

/* ---- constraints -------------------------------------------------------- */

static const char *con_def(dctx *x, const rg_catalog *c, const rg_constraint *k)
{
    rg_buf b = {0};
    switch (k->kind) {
    case RG_CON_PRIMARY:
    case RG_CON_UNIQUE:
        rg_buf_puts(&b, k->kind == RG_CON_PRIMARY ? "PRIMARY KEY " : "UNIQUE ");
        if (k->nulls_not_distinct) rg_buf_puts(&b, "NULLS NOT DISTINCT ");
        put_idents(x, &b, k->columns, k->ncolumns);
        break;
    case RG_CON_CHECK:
        rg_buf_printf(&b, "CHECK (%s)%s", rg_diff_expr_sql(c, &k->check),
                      k->no_inherit ? " NO INHERIT" : "");
        break;
    case RG_CON_FOREIGN:
        rg_buf_puts(&b, "FOREIGN KEY ");
        put_idents(x, &b, k->columns, k->ncolumns);
        rg_buf_printf(&b, " REFERENCES %s", rg_diff_qname(x, k->ref_schema, k->ref_table));
        put_idents(x, &b, k->ref_columns, k->nref_columns);
        if (k->fk_match == 'f') rg_buf_puts(&b, " MATCH FULL");
        if (k->on_update && k->on_update != 'a')
            rg_buf_printf(&b, " ON UPDATE %s", fk_action(k->on_update));
        if (k->on_delete && k->on_delete != 'a')
            rg_buf_printf(&b, " ON DELETE %s", fk_action(k->on_delete));
        break;
    case RG_CON_EXCLUSION:
        rg_buf_printf(&b, "EXCLUDE USING %s ", k->method ? k->method : "btree");
        put_elems(x, c, &b, k->elems, k->nelems);
        if (k->where.key) rg_buf_printf(&b, " WHERE (%s)", rg_diff_expr_sql(c, &k->where));
        break;
    }
    if (k->ninclude) {
        rg_buf_puts(&b, " INCLUDE ");
        put_idents(x, &b, k->include, k->ninclude);
    }
    if (k->deferrable) rg_buf_puts(&b, k->deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
    if (k->not_valid) rg_buf_puts(&b, " NOT VALID");
    return buf_done(x, &b);
}

static const char *conkind_name(rg_conkind k)
{
    static const char *const names[] = {"PRIMARY KEY", "UNIQUE", "CHECK", "FOREIGN KEY",
                                        "EXCLUDE"};
    return names[k];
}

/* Unset action / match codes mean PostgreSQL's defaults. */
static char fk_act(char a)
{
    return a ? a : 'a';
}

static char fk_match(char m)
{
    return m ? m : 's';
}

static void fk_changes(dctx *x, dparts *p, const rg_constraint *o, const rg_constraint *n)
{
    if (!rg_diff_streq(o->ref_schema, n->ref_schema) || !rg_diff_streq(o->ref_table, n->ref_table) ||
        !names_eq(o->ref_columns, o->nref_columns, n->ref_columns, n->nref_columns))
        rg_diff_part(p, "references %s%s -> %s%s", rg_diff_qname(x, o->ref_schema, o->ref_table),
                     idents_text(x, o->ref_columns, o->nref_columns),
                     rg_diff_qname(x, n->ref_schema, n->ref_table),
                     idents_text(x, n->ref_columns, n->nref_columns));
    if (fk_match(o->fk_match) != fk_match(n->fk_match)) rg_diff_part(p, "MATCH changed");
    if (fk_act(o->on_delete) != fk_act(n->on_delete) ||
        !names_eq(o->on_delete_cols, o->non_delete_cols, n->on_delete_cols, n->non_delete_cols))
        rg_diff_part(p, "ON DELETE %s -> %s", fk_action(o->on_delete), fk_action(n->on_delete));
    if (fk_act(o->on_update) != fk_act(n->on_update))
        rg_diff_part(p, "ON UPDATE %s -> %s", fk_action(o->on_update), fk_action(n->on_update));
}

/* Differences of definition (what only drop + add can change). */
static void con_changes(dctx *x, dparts *p, const rg_constraint *o, const rg_constraint *n)
{
    if (o->kind != n->kind) {
        rg_diff_part(p, "%s -> %s", conkind_name(o->kind), conkind_name(n->kind));
        return;
    }
    if (!names_eq(o->columns, o->ncolumns, n->columns, n->ncolumns))
        rg_diff_part(p, "columns %s -> %s", idents_text(x, o->columns, o->ncolumns),
                     idents_text(x, n->columns, n->ncolumns));
    if (!rg_diff_expr_eq(&o->check, &n->check))
        rg_diff_part(p, "CHECK (%s) -> (%s)", rg_diff_expr_sql(x->old, &o->check),
                     rg_diff_expr_sql(x->new, &n->check));
    if (o->no_inherit != n->no_inherit) rg_diff_part(p, "NO INHERIT changed");
    if (n->kind == RG_CON_FOREIGN) fk_changes(x, p, o, n);
    if (!elems_eq(o->elems, o->nelems, n->elems, n->nelems) || !rg_diff_streq(o->method, n->method) ||
        !rg_diff_expr_eq(&o->where, &n->where))
        rg_diff_part(p, "index elements %s -> %s", elems_text(x, x->old, o->elems, o->nelems),
                     elems_text(x, x->new, n->elems, n->nelems));
    if (!names_eq(o->include, o->ninclude, n->include, n->ninclude))
        rg_diff_part(p, "INCLUDE changed");
    if (!rg_diff_streq(o->index_options, n->index_options) ||
        !rg_diff_streq(o->index_tablespace, n->index_tablespace))
        rg_diff_part(p, "index options changed");
    if (o->nulls_not_distinct != n->nulls_not_distinct)
        rg_diff_part(p, "NULLS NOT DISTINCT %s", n->nulls_not_distinct ? "added" : "dropped");
}

static const char *deferral(const rg_constraint *k)
{
    return !k->deferrable ? "NOT DEFERRABLE"
           : k->deferred  ? "DEFERRABLE INITIALLY DEFERRED" : "DEFERRABLE INITIALLY IMMEDIATE";
}

/* Columns and constraints a child table only inherits change with its
 * parent: reporting them again per partition would be noise. */
static bool inherited_only(const rg_table *t, bool is_local, int inh_count)
{
    return !is_local && (inh_count > 0 || t->parent_table || t->ninherits);
}

static rg_change *emit_t(dctx *x, dgroup g, rg_change_op op, rg_objkind ok, rg_change_kind kind,
                         const char *obj, const char *detail, const void *o, const void *n,
                         const rg_table *ot, const rg_table *nt)
{
    rg_change *c = rg_diff_emit(x, g, op, ok, kind, obj, detail, o, n);
    c->old_table = ot;
    c->new_table = nt;
    return c;
}

static void con_alter(dctx *x, const char *obj, const rg_constraint *o, const rg_constraint *n,
                      const rg_table *ot, const rg_table *nt)
{
    dgroup g = n->kind == RG_CON_FOREIGN ? G_FK : G_CONSTRAINT;
    dparts p = {0};
    con_changes(x, &p, o, n);
    bool redefined = p.b.len > 0;
    if (o->deferrable != n->deferrable || o->deferred != n->deferred)
        rg_diff_part(&p, "%s -> %s", deferral(o), deferral(n));
    if (!o->not_valid && n->not_valid) rg_diff_part(&p, "now NOT VALID");
    if (redefined && o->not_valid && !n->not_valid) rg_diff_part(&p, "validated");
    if (!rg_diff_streq(o->index_attached_to, n->index_attached_to))
        rg_diff_part(&p, "index attached to %s -> %s", o->index_attached_to ? o->index_attached_to : "none",
                     n->index_attached_to ? n->index_attached_to : "none");
    const char *d = rg_diff_parts_done(x, &p);
    if (d)
        emit_t(x, g, RG_CHANGE_ALTER, RG_OBJ_CONSTRAINT, RG_CK_ALTER_CONSTRAINT, obj, d, o, n, ot, nt);
    if (!redefined && o->not_valid && !n->not_valid)
        emit_t(x, g, RG_CHANGE_ALTER, RG_OBJ_CONSTRAINT, RG_CK_VALIDATE_CONSTRAINT, obj,
               "NOT VALID -> valid", o, n, ot, nt);
}

/* Nothing con_alter or a comment change would report (con_changes
 * allocates only when it finds a difference). */
static bool con_same(dctx *x, const rg_constraint *o, const rg_constraint *n)
{
    dparts p = {0};
    con_changes(x, &p, o, n);
    bool same = p.b.len == 0;
    rg_buf_free(&p.b);
    return same && o->deferrable == n->deferrable && o->deferred == n->deferred &&
           o->not_valid == n->not_valid && rg_diff_comment_eq(o->comment, n->comment) &&
           rg_diff_streq(o->index_attached_to, n->index_attached_to);
}

static void add_constraint(dctx *x, const rg_table *nt, const rg_constraint *n, const char *obj)
{
    emit_t(x, n->kind == RG_CON_FOREIGN ? G_FK : G_CONSTRAINT, RG_CHANGE_ADD, RG_OBJ_CONSTRAINT,
           RG_CK_ADD_CONSTRAINT, obj, con_def(x, x->new, n), NULL, n, NULL, nt);
}

static void diff_constraints(dctx *x, const rg_table *ot, const rg_table *nt)
{
    for (size_t i = 0; i < ot->constraints.n; i++) {
        const rg_constraint *o = &ot->constraints.v[i];
        if (o->dropped || inherited_only(ot, o->is_local, 0)) continue;
        if (rg_map_get(&nt->constraint_map, o->name)) continue;
        emit_t(x, o->kind == RG_CON_FOREIGN ? G_DROP_FK : G_DROP_CONSTRAINT, RG_CHANGE_DROP,
               RG_OBJ_CONSTRAINT, RG_CK_DROP_CONSTRAINT, rg_diff_qname3(x, ot->schema, ot->name, o->name),
               con_def(x, x->old, o), o, NULL, ot, nt);
    }
    for (size_t i = 0; i < nt->constraints.n; i++) {
        const rg_constraint *n = &nt->constraints.v[i];
        if (n->dropped || inherited_only(nt, n->is_local, 0)) continue;
        const rg_constraint *o = rg_map_get(&ot->constraint_map, n->name);
        if (o && con_same(x, o, n)) continue;
        const char *obj = rg_diff_qname3(x, nt->schema, nt->name, n->name);
        if (!o) add_constraint(x, nt, n, obj);
        else con_alter(x, obj, o, n, ot, nt);
        rg_diff_comment(x, RG_OBJ_CONSTRAINT, obj, o ? o->comment : NULL, n->comment, o, n);
    }
}

/* ---- columns ------------------------------------------------------------ */

static const char *column_def(dctx *x, const rg_catalog *c, const rg_column *k)
{
    rg_buf b = {0};
    rg_buf_puts(&b, k->type ? k->type : "?");
    if (k->collation) rg_buf_printf(&b, " COLLATE %s", k->collation);
    if (k->identity) rg_buf_printf(&b, " GENERATED %s AS IDENTITY",
                                   k->identity == 'a' ? "ALWAYS" : "BY DEFAULT");
    if (k->generated)
        rg_buf_printf(&b, " GENERATED ALWAYS AS (%s) STORED", rg_diff_expr_sql(c, &k->gen_expr));
    if (k->has_default) rg_buf_printf(&b, " DEFAULT %s", rg_diff_expr_sql(c, &k->dflt));
    if (k->not_null) rg_buf_puts(&b, " NOT NULL");
    return buf_done(x, &b);
}

static const char *identity_name(char i)
{
    return i == 'a' ? "ALWAYS" : i == 'd' ? "BY DEFAULT" : "none";
}

static const rg_sequence *identity_seq(const rg_catalog *c, const rg_column *col)
{
    const rg_relref *r = col->identity && col->identity_seq ? rg_map_get(&c->relation_map, col->identity_seq) : NULL;
    return r && r->kind == RG_REL_SEQUENCE ? r->obj : NULL;
}

/* Bounds init_params() gives a sequence that names none: an ascending one
 * runs from 1 to its type's maximum, a descending one from its type's
 * minimum to -1. */
static long long seq_default_min(const rg_sequence *s)
{
    if (s->increment > 0) return 1;
    return s->type && !strcmp(s->type, "smallint") ? -32768
         : s->type && !strcmp(s->type, "integer") ? -2147483648LL : INT64_MIN;
}

static long long seq_default_max(const rg_sequence *s)
{
    if (s->increment < 0) return -1;
    return s->type && !strcmp(s->type, "smallint") ? 32767
         : s->type && !strcmp(s->type, "integer") ? 2147483647LL : INT64_MAX;
}

/* The options of an identity column's sequence (INCREMENT, START, CACHE,
 * CYCLE, bounds): they belong to the column, which ALTER COLUMN ... SET
 * changes. The sequence's type follows the column's type (reported as
 * alter_column_type), so a bound that is its type's default both sides is
 * no change; the sequence's name and owner are bookkeeping. */
static void identity_options(dparts *p, const rg_sequence *o, const rg_sequence *n)
{
    if (o->increment != n->increment)
        rg_diff_part(p, "increment %lld -> %lld", o->increment, n->increment);
    bool omin = o->min == seq_default_min(o), nmin = n->min == seq_default_min(n);
    bool omax = o->max == seq_default_max(o), nmax = n->max == seq_default_max(n);
    if (o->min != n->min && !(omin && nmin)) rg_diff_part(p, "minvalue %lld -> %lld", o->min, n->min);
    if (o->max != n->max && !(omax && nmax)) rg_diff_part(p, "maxvalue %lld -> %lld", o->max, n->max);
    if (o->start != n->start && !(o->start == o->min && n->start == n->min && omin && nmin))
        rg_diff_part(p, "start %lld -> %lld", o->start, n->start);
    if (o->cache != n->cache) rg_diff_part(p, "cache %lld -> %lld", o->cache, n->cache);
    if (o->cycle != n->cycle) rg_diff_part(p, "%s", n->cycle ? "CYCLE" : "NO CYCLE");
}

static void col_identity(dctx *x, const char *obj, const rg_column *o, const rg_column *n,
                         const rg_table *ot, const rg_table *nt)
{
    if (!o->identity && !n->identity) return;
    dparts p = {0};
    if (!o->identity) rg_diff_part(&p, "identity added (%s)", identity_name(n->identity));
    else if (!n->identity) rg_diff_part(&p, "identity dropped");
    else if (o->identity != n->identity)
        rg_diff_part(&p, "identity %s -> %s", identity_name(o->identity), identity_name(n->identity));
    const rg_sequence *os = identity_seq(x->old, o), *ns = identity_seq(x->new, n);
    if (o->identity && n->identity && os && ns) identity_options(&p, os, ns);
    const char *d = rg_diff_parts_done(x, &p);
    if (d) emit_t(x, G_COLUMN, RG_CHANGE_ALTER, RG_OBJ_COLUMN, RG_CK_ALTER_COLUMN_IDENTITY, obj, d, o, n, ot, nt);
}

static void col_default(dctx *x, const char *obj, const rg_column *o, const rg_column *n,
                        const rg_table *ot, const rg_table *nt)
{
    bool od = o->has_default, nd = n->has_default;
    if (od == nd && (!nd || rg_diff_expr_eq(&o->dflt, &n->dflt))) return;
    const char *os = od ? rg_diff_expr_sql(x->old, &o->dflt) : NULL;
    const char *ns = nd ? rg_diff_expr_sql(x->new, &n->dflt) : NULL;
    const char *d = !od ? rg_arena_printf(x->a, "default %s added", ns)
                  : !nd ? rg_arena_printf(x->a, "default %s dropped", os)
                        : rg_arena_printf(x->a, "default %s -> %s", os, ns);
    emit_t(x, G_COLUMN, RG_CHANGE_ALTER, RG_OBJ_COLUMN, RG_CK_ALTER_COLUMN_DEFAULT, obj, d, o, n, ot, nt);
}

static void col_generated(dctx *x, const char *obj, const rg_column *o, const rg_column *n,
                          const rg_table *ot, const rg_table *nt)
{
    if (o->generated == n->generated && (!n->generated || rg_diff_expr_eq(&o->gen_expr, &n->gen_expr)))
        return;
    const char *d = !o->generated ? "generated expression added"
                  : !n->generated ? "generated expression dropped"
                                  : rg_arena_printf(x->a, "generated (%s) -> (%s)",
                                                    rg_diff_expr_sql(x->old, &o->gen_expr),
                                                    rg_diff_expr_sql(x->new, &n->gen_expr));
    emit_t(x, G_COLUMN, RG_CHANGE_ALTER, RG_OBJ_COLUMN, RG_CK_ALTER_COLUMN_GENERATED, obj, d, o, n,
           ot, nt);
}

static void col_physical(dctx *x, const char *obj, const rg_column *o, const rg_column *n,
                         const rg_table *ot, const rg_table *nt)
{
    dparts p = {0};
    if (!rg_diff_streq(o->storage, n->storage))
        rg_diff_part(&p, "storage %s -> %s", o->storage ? o->storage : "default",
                     n->storage ? n->storage : "default");
    if (!rg_diff_streq(o->compression, n->compression))
        rg_diff_part(&p, "compression %s -> %s", o->compression ? o->compression : "default",
                     n->compression ? n->compression : "default");
    if (o->stats_target != n->stats_target)
        rg_diff_part(&p, "statistics %d -> %d", o->stats_target, n->stats_target);
    const char *d = rg_diff_parts_done(x, &p);
    if (d) emit_t(x, G_COLUMN, RG_CHANGE_ALTER, RG_OBJ_COLUMN, RG_CK_ALTER_COLUMN, obj, d, o, n, ot, nt);
}

/* Emission order within one column is the order PostgreSQL needs: type
 * (with its collation) before the default that must fit it, NOT NULL
 * last. */
static void col_alter(dctx *x, const rg_column *o, const rg_column *n, const rg_table *ot,
                      const rg_table *nt)
{
    const char *obj = rg_diff_qname3(x, nt->schema, nt->name, n->name);
    if (!rg_diff_streq(o->collation, n->collation))
        emit_t(x, G_COLUMN, RG_CHANGE_ALTER, RG_OBJ_COLUMN, RG_CK_ALTER_COLUMN_COLLATION, obj,
               rg_arena_printf(x->a, "%s -> %s", o->collation ? o->collation : "default",
                               n->collation ? n->collation : "default"), o, n, ot, nt);
    if (!rg_diff_streq(o->type, n->type))
        emit_t(x, G_COLUMN, RG_CHANGE_ALTER, RG_OBJ_COLUMN, RG_CK_ALTER_COLUMN_TYPE, obj,
               rg_arena_printf(x->a, "%s -> %s", o->type ? o->type : "?", n->type ? n->type : "?"),
               o, n, ot, nt);
    col_identity(x, obj, o, n, ot, nt);
    col_generated(x, obj, o, n, ot, nt);
    col_default(x, obj, o, n, ot, nt);
    if (o->not_null != n->not_null)
        emit_t(x, G_COLUMN, RG_CHANGE_ALTER, RG_OBJ_COLUMN, RG_CK_ALTER_COLUMN_NULLABILITY, obj,
               n->not_null ? "NOT NULL added" : "NOT NULL dropped", o, n, ot, nt);
    col_physical(x, obj, o, n, ot, nt);
    rg_diff_comment(x, RG_OBJ_COLUMN, obj, o->comment, n->comment, o, n);
}

/* Everything col_alter compares is equal: most columns of a release, so
 * this check comes before naming the column. */
static bool col_same(const rg_column *o, const rg_column *n)
{
    return rg_diff_streq(o->type, n->type) && rg_diff_streq(o->collation, n->collation) &&
           o->identity == n->identity && o->generated == n->generated &&
           (!n->generated || rg_diff_expr_eq(&o->gen_expr, &n->gen_expr)) &&
           o->has_default == n->has_default &&
           (!n->has_default || rg_diff_expr_eq(&o->dflt, &n->dflt)) && o->not_null == n->not_null &&
           rg_diff_streq(o->storage, n->storage) && rg_diff_streq(o->compression, n->compression) &&
           o->stats_target == n->stats_target && rg_diff_comment_eq(o->comment, n->comment);
}

/* The sequences of two identity columns carry the same options. */
static bool identity_seq_same(dctx *x, const rg_column *o, const rg_column *n)
{
    if (!o->identity || !n->identity) return true;
    const rg_sequence *os = identity_seq(x->old, o), *ns = identity_seq(x->new, n);
    if (!os || !ns) return true;
    dparts p = {0};
    identity_options(&p, os, ns);
    return rg_diff_parts_done(x, &p) == NULL;
}

typedef RG_VEC(const rg_column *) colvec;

/*
 * Pairs dropped and added columns of the same type: a rename cannot be
 * told from a drop and an add, so each pair becomes a hint. Greedy in
 * column order, through a type -> added-columns chain, so it stays linear.
 * dhint[i] receives the hint of drops[i], ahint[j] that of adds[j].
 */
static void rename_hints(dctx *x, const rg_table *t, const colvec *drops, const colvec *adds,
                         const char **dhint, const char **ahint)
{
    rg_map head = {0};
    size_t *next = rg_arena_alloc(x->a, (adds->n + 1) * sizeof *next);
    for (size_t j = adds->n; j-- > 0;) {
        const char *ty = adds->v[j]->type ? adds->v[j]->type : "";
        next[j] = (size_t)(uintptr_t)rg_map_get(&head, ty);
        rg_map_put(&head, ty, (void *)(uintptr_t)(j + 1));
    }
    for (size_t i = 0; i < drops->n; i++) {
        const char *ty = drops->v[i]->type ? drops->v[i]->type : "";
        size_t h = (size_t)(uintptr_t)rg_map_get(&head, ty);
        if (!h) continue;
        const char *hint = rg_arena_printf(x->a, "possible rename of %s to %s",
                                           rg_diff_qname3(x, t->schema, t->name, drops->v[i]->name),
                                           rg_quote_ident_a(x->a, adds->v[h - 1]->name));
        dhint[i] = ahint[h - 1] = hint;
        if (next[h - 1]) rg_map_put(&head, ty, (void *)(uintptr_t)next[h - 1]);
        else rg_map_del(&head, ty);
    }
    rg_map_free(&head);
}

static const char *with_hint(dctx *x, const char *detail, const char *hint)
{
    if (!hint) return detail;
    if (!detail) return rg_arena_printf(x->a, "(%s)", hint);
    return rg_arena_printf(x->a, "%s (%s)", detail, hint);
}

static void emit_columns(dctx *x, const rg_table *ot, const rg_table *nt, const colvec *drops,
                         const colvec *adds)
{
    const char **dh = rg_arena_alloc(x->a, (drops->n + 1) * sizeof *dh);
    const char **ah = rg_arena_alloc(x->a, (adds->n + 1) * sizeof *ah);
    rename_hints(x, nt, drops, adds, dh, ah);
    for (size_t i = 0; i < drops->n; i++) {
        const rg_column *o = drops->v[i];
        rg_map_put(&x->dropped_owner,
                   rg_arena_printf(x->a, "%s.%s.%s", ot->schema, ot->name, o->name), (void *)o);
        rg_change *c = emit_t(x, G_DROP_COLUMN, RG_CHANGE_DROP, RG_OBJ_COLUMN, RG_CK_DROP_COLUMN,
                              rg_diff_qname3(x, ot->schema, ot->name, o->name),
                              with_hint(x, o->type, dh[i]), o, NULL, ot, nt);
        c->rename_hint = dh[i];
    }
    for (size_t j = 0; j < adds->n; j++) {
        const rg_column *n = adds->v[j];
        const char *obj = rg_diff_qname3(x, nt->schema, nt->name, n->name);
        rg_change *c = emit_t(x, G_COLUMN, RG_CHANGE_ADD, RG_OBJ_COLUMN, RG_CK_ADD_COLUMN, obj,
                              with_hint(x, column_def(x, x->new, n), ah[j]), NULL, n, ot, nt);
        c->rename_hint = ah[j];
        rg_diff_comment(x, RG_OBJ_COLUMN, obj, NULL, n->comment, NULL, n);
    }
}

/* A partition's column may be NOT NULL where its parent's is not: its
 * own primary key made it so, and dropping the key leaves it (PostgreSQL
 * 15). Losing it is the partition's own change, unless the parent's
 * column changes alike; gaining it comes with the key that is added. */
static void partition_not_null(dctx *x, const rg_table *ot, const rg_table *nt, const rg_column *n)
{
    const rg_column *o = rg_map_get(&ot->column_map, n->name);
    if (!o || !o->not_null || n->not_null || !nt->parent_table) return;
    const rg_table *np = rg_catalog_table(x->new, nt->parent_schema, nt->parent_table);
    const rg_table *op = ot->parent_table ? rg_catalog_table(x->old, ot->parent_schema, ot->parent_table) : NULL;
    const rg_column *npc = np ? rg_table_column(np, n->name) : NULL;
    const rg_column *opc = op ? rg_table_column(op, n->name) : NULL;
    if (npc && npc->not_null == n->not_null && (!opc || opc->not_null != npc->not_null))
        return; /* it follows its parent's change */
    emit_t(x, G_COLUMN, RG_CHANGE_ALTER, RG_OBJ_COLUMN, RG_CK_ALTER_COLUMN_NULLABILITY,
           rg_diff_qname3(x, nt->schema, nt->name, n->name), n->not_null ? "NOT NULL added" : "NOT NULL dropped",
           o, n, ot, nt);
}

static void diff_columns(dctx *x, const rg_table *ot, const rg_table *nt)
{
    colvec drops = {0}, adds = {0};
    for (size_t i = 0; i < ot->columns.n; i++) {
        const rg_column *o = &ot->columns.v[i];
        if (o->dropped || inherited_only(ot, o->is_local, o->inh_count)) continue;
        if (!rg_map_get(&nt->column_map, o->name)) *rg_vec_push(x->a, &drops) = o;
    }
    for (size_t i = 0; i < nt->columns.n; i++) {
        const rg_column *n = &nt->columns.v[i];
        if (n->dropped) continue;
        if (inherited_only(nt, n->is_local, n->inh_count)) {
            partition_not_null(x, ot, nt, n);
            continue;
        }
        const rg_column *o = rg_map_get(&ot->column_map, n->name);
        if (!o) *rg_vec_push(x->a, &adds) = n;
        else if (!col_same(o, n) || !identity_seq_same(x, o, n)) col_alter(x, o, n, ot, nt);
    }
    emit_columns(x, ot, nt, &drops, &adds);
}

/* ---- triggers ----------------------------------------------------------- */

static const char *trig_def(dctx *x, const rg_catalog *c, const rg_trigger *t)
{
    rg_buf b = {0};
    if (t->constraint_trigger) rg_buf_puts(&b, "CONSTRAINT ");
    rg_buf_puts(&b, t->timing == 'b' ? "BEFORE" : t->timing == 'i' ? "INSTEAD OF" : "AFTER");
    static const struct { unsigned bit; const char *name; } ev[] = {
        {RG_TRIG_INSERT, "INSERT"}, {RG_TRIG_UPDATE, "UPDATE"},
        {RG_TRIG_DELETE, "DELETE"}, {RG_TRIG_TRUNCATE, "TRUNCATE"}};
    bool first = true;
    for (size_t i = 0; i < sizeof ev / sizeof *ev; i++) {
        if (!(t->events & ev[i].bit)) continue;
        rg_buf_printf(&b, "%s%s", first ? " " : " OR ", ev[i].name);
        first = false;
        if (ev[i].bit == RG_TRIG_UPDATE && t->nupdate_columns) {
            rg_buf_puts(&b, " OF ");
            put_idents(x, &b, t->update_columns, t->nupdate_columns);
        }
    }
    rg_buf_puts(&b, t->for_each_row ? " FOR EACH ROW" : " FOR EACH STATEMENT");
    if (t->when.key) rg_buf_printf(&b, " WHEN (%s)", rg_diff_expr_sql(c, &t->when));
    rg_buf_printf(&b, " EXECUTE FUNCTION %s(%s)", rg_diff_qname(x, t->func_schema, t->func_name),
                  t->args ? t->args : "");
    return buf_done(x, &b);
}

static bool trig_same(const rg_trigger *o, const rg_trigger *n)
{
    return o->timing == n->timing && o->events == n->events &&
           names_eq(o->update_columns, o->nupdate_columns, n->update_columns, n->nupdate_columns) &&
           o->for_each_row == n->for_each_row && rg_diff_expr_eq(&o->when, &n->when) &&
           rg_diff_streq(o->func_schema, n->func_schema) &&
           rg_diff_streq(o->func_name, n->func_name) && rg_diff_streq(o->args, n->args) &&
           o->constraint_trigger == n->constraint_trigger && o->deferrable == n->deferrable &&
           o->deferred == n->deferred && rg_diff_streq(o->ref_old_table, n->ref_old_table) &&
           rg_diff_streq(o->ref_new_table, n->ref_new_table);
}

static char trig_enabled(char e)
{
    return e ? e : 'O';
}

void rg_diff_triggers(dctx *x, const char *schema, const char *name,
                      const rg_trigger *ov, size_t on, const rg_map *omap,
                      const rg_trigger *nv, size_t nn, const rg_map *nmap,
                      const rg_table *ot, const rg_table *nt)
{
    for (size_t i = 0; i < on; i++) {
        const rg_trigger *o = &ov[i], *n = o->dropped ? NULL : rg_map_get(nmap, o->name);
        /* A constraint trigger cannot be replaced in place. */
        if (o->dropped || (n && (trig_same(o, n) || !n->constraint_trigger))) continue;
        emit_t(x, G_DROP_TRIGGER, RG_CHANGE_DROP, RG_OBJ_TRIGGER, RG_CK_DROP_TRIGGER,
               rg_diff_qname3(x, schema, name, o->name), n ? "definition changed" : NULL, o, NULL,
               ot, nt);
    }
    for (size_t i = 0; i < nn; i++) {
        const rg_trigger *n = &nv[i];
        if (n->dropped) continue;
        const rg_trigger *o = omap ? rg_map_get(omap, n->name) : NULL;
        const char *obj = rg_diff_qname3(x, schema, name, n->name);
        if (!o || (!trig_same(o, n) && n->constraint_trigger)) {
            emit_t(x, G_TRIGGER, RG_CHANGE_ADD, RG_OBJ_TRIGGER, RG_CK_ADD_TRIGGER, obj,
                   trig_def(x, x->new, n), NULL, n, ot, nt);
            o = NULL;
        } else {
            dparts p = {0};
            if (!trig_same(o, n))
                rg_diff_part(&p, "%s -> %s", trig_def(x, x->old, o), trig_def(x, x->new, n));
            if (trig_enabled(o->enabled) != trig_enabled(n->enabled))
                rg_diff_part(&p, "enabled %c -> %c", trig_enabled(o->enabled),
                             trig_enabled(n->enabled));
            const char *d = rg_diff_parts_done(x, &p);
            if (d)
                emit_t(x, G_TRIGGER, RG_CHANGE_ALTER, RG_OBJ_TRIGGER, RG_CK_ALTER_TRIGGER, obj, d, o,
                       n, ot, nt);
        }
        rg_diff_comment(x, RG_OBJ_TRIGGER, obj, o ? o->comment : NULL, n->comment, o, n);
    }
}

/* ---- policies ----------------------------------------------------------- */

static bool policy_replaced(const rg_policy *o, const rg_policy *n)
{
    return o->permissive != n->permissive || !rg_diff_streq(o->command, n->command);
}

static const char *policy_def(dctx *x, const rg_policy *p)
{
    rg_buf b = {0};
    rg_buf_printf(&b, "%s FOR %s TO ", p->permissive ? "PERMISSIVE" : "RESTRICTIVE",
                  p->command ? p->command : "all");
    for (size_t i = 0; i < p->nroles; i++) rg_buf_printf(&b, "%s%s", i ? ", " : "", p->roles[i]);
    if (p->using_expr.key) rg_buf_printf(&b, " USING (%s)", rg_diff_expr_sql(x->new, &p->using_expr));
    if (p->check_expr.key)
        rg_buf_printf(&b, " WITH CHECK (%s)", rg_diff_expr_sql(x->new, &p->check_expr));
    return buf_done(x, &b);
}

static void policy_alter(dctx *x, const char *obj, const rg_policy *o, const rg_policy *n,
                         const rg_table *ot, const rg_table *nt)
{
    dparts p = {0};
    if (!names_eq(o->roles, o->nroles, n->roles, n->nroles)) rg_diff_part(&p, "roles changed");
    if (!rg_diff_expr_eq(&o->using_expr, &n->using_expr)) rg_diff_part(&p, "USING changed");
    if (!rg_diff_expr_eq(&o->check_expr, &n->check_expr)) rg_diff_part(&p, "WITH CHECK changed");
    const char *d = rg_diff_parts_done(x, &p);
    if (d) emit_t(x, G_POLICY, RG_CHANGE_ALTER, RG_OBJ_POLICY, RG_CK_ALTER_POLICY, obj, d, o, n, ot, nt);
}

static void diff_policies(dctx *x, const rg_table *ot, const rg_table *nt)
{
    for (size_t i = 0; ot && i < ot->policies.n; i++) {
        const rg_policy *o = &ot->policies.v[i];
        const rg_policy *n = o->dropped ? NULL : rg_map_get(&nt->policy_map, o->name);
        if (o->dropped || (n && !policy_replaced(o, n))) continue;
        emit_t(x, G_DROP_POLICY, RG_CHANGE_DROP, RG_OBJ_POLICY, RG_CK_DROP_POLICY,
               rg_diff_qname3(x, ot->schema, ot->name, o->name),
               n ? "command or permissiveness changed" : NULL, o, NULL, ot, nt);
    }
    for (size_t i = 0; i < nt->policies.n; i++) {
        const rg_policy *n = &nt->policies.v[i];
        if (n->dropped) continue;
        const rg_policy *o = ot ? rg_map_get(&ot->policy_map, n->name) : NULL;
        const char *obj = rg_diff_qname3(x, nt->schema, nt->name, n->name);
        if (!o || policy_replaced(o, n)) {
            emit_t(x, G_POLICY, RG_CHANGE_ADD, RG_OBJ_POLICY, RG_CK_ADD_POLICY, obj, policy_def(x, n),
                   NULL, n, ot, nt);
            o = NULL;
        } else {
            policy_alter(x, obj, o, n, ot, nt);
        }
        rg_diff_comment(x, RG_OBJ_POLICY, obj, o ? o->comment : NULL, n->comment, o, n);
    }
}

/* ---- tables ------------------------------------------------------------- */

static const char *tablekind_name(rg_tablekind k)
{
    return k == RG_TABLE_PARTITIONED ? "partitioned" : k == RG_TABLE_FOREIGN ? "foreign" : "ordinary";
}

static int table_depth(const rg_table *t)
{
    return t->parent_table || t->ninherits ? 1 : 0;
}

/* Why the table must be dropped and created again, or NULL. */
static const char *table_replaced(dctx *x, const rg_table *o, const rg_table *n)
{
    if (o->kind != n->kind)
        return rg_arena_printf(x->a, "%s -> %s table", tablekind_name(o->kind),
                               tablekind_name(n->kind));
    if (!rg_diff_streq(o->partition_key, n->partition_key))
        return rg_arena_printf(x->a, "partition key %s -> %s",
                               o->partition_key ? o->partition_key : "none",
                               n->partition_key ? n->partition_key : "none");
    return NULL;
}

static const char *persistence_name(char p)
{
    return p == 'u' ? "unlogged" : p == 't' ? "temporary" : "permanent";
}

static void table_partition_parts(dctx *x, dparts *p, const rg_table *o, const rg_table *n)
{
    if (!rg_diff_streq(o->parent_schema, n->parent_schema) ||
        !rg_diff_streq(o->parent_table, n->parent_table))
        rg_diff_part(p, "partition of %s -> %s",
                     o->parent_table ? rg_diff_qname(x, o->parent_schema, o->parent_table) : "none",
                     n->parent_table ? rg_diff_qname(x, n->parent_schema, n->parent_table) : "none");
    else if (!rg_diff_expr_eq(&o->partition_bound, &n->partition_bound))
        rg_diff_part(p, "partition bound %s -> %s", rg_diff_expr_sql(x->old, &o->partition_bound),
                     rg_diff_expr_sql(x->new, &n->partition_bound));
    if (!names_eq(o->inherits, o->ninherits, n->inherits, n->ninherits))
        rg_diff_part(p, "inherits %s -> %s", idents_text(x, o->inherits, o->ninherits),
                     idents_text(x, n->inherits, n->ninherits));
}

static void table_alter(dctx *x, const char *obj, const rg_table *o, const rg_table *n)
{
    dparts p = {0};
    if ((o->persistence ? o->persistence : 'p') != (n->persistence ? n->persistence : 'p'))
        rg_diff_part(&p, "%s -> %s", persistence_name(o->persistence),
                     persistence_name(n->persistence));
    if (o->rls_enabled != n->rls_enabled)
        rg_diff_part(&p, "row level security %s", n->rls_enabled ? "enabled" : "disabled");
    if (o->rls_forced != n->rls_forced)
        rg_diff_part(&p, "row level security %s", n->rls_forced ? "forced" : "no longer forced");
    if (!rg_diff_streq(o->options, n->options))
        rg_diff_part(&p, "options %s -> %s", o->options ? o->options : "none",
                     n->options ? n->options : "none");
    table_partition_parts(x, &p, o, n);
    if (!rg_diff_streq(o->tablespace, n->tablespace)) rg_diff_part(&p, "tablespace changed");
    if (!rg_diff_streq(o->access_method, n->access_method)) rg_diff_part(&p, "access method changed");
    if ((o->replica_identity ? o->replica_identity : 'd') !=
            (n->replica_identity ? n->replica_identity : 'd') ||
        !rg_diff_streq(o->replica_index, n->replica_index))
        rg_diff_part(&p, "replica identity changed");
    if (!rg_diff_streq(o->foreign_server, n->foreign_server) ||
        !rg_diff_streq(o->foreign_options, n->foreign_options))
        rg_diff_part(&p, "foreign server or options changed");
    const char *d = rg_diff_parts_done(x, &p);
    if (!d) return;
    emit_t(x, G_TABLE, RG_CHANGE_ALTER, RG_OBJ_TABLE, RG_CK_ALTER_TABLE, obj, d, o, n, o, n);
    rg_diff_set_depth(x, table_depth(n));
}

/* What a new table brings besides its CREATE TABLE. */
static void new_table_members(dctx *x, const rg_table *nt, const char *obj)
{
    for (size_t i = 0; i < nt->constraints.n; i++) {
        const rg_constraint *k = &nt->constraints.v[i];
        if (k->dropped || inherited_only(nt, k->is_local, 0)) continue;
        const char *kobj = rg_diff_qname3(x, nt->schema, nt->name, k->name);
        if (k->kind == RG_CON_FOREIGN) add_constraint(x, nt, k, kobj);
        rg_diff_comment(x, RG_OBJ_CONSTRAINT, kobj, NULL, k->comment, NULL, k);
    }
    for (size_t i = 0; i < nt->columns.n; i++) {
        const rg_column *c = &nt->columns.v[i];
        if (c->dropped || !c->comment) continue;
        rg_diff_comment(x, RG_OBJ_COLUMN, rg_diff_qname3(x, nt->schema, nt->name, c->name), NULL,
                        c->comment, NULL, c);
    }
    rg_diff_triggers(x, nt->schema, nt->name, NULL, 0, NULL, nt->triggers.v, nt->triggers.n,
                     &nt->trigger_map, NULL, nt);
    diff_policies(x, NULL, nt);
    rg_diff_comment(x, RG_OBJ_TABLE, obj, NULL, nt->comment, NULL, nt);
}

static const char *table_summary(dctx *x, const rg_table *t, const char *why)
{
    size_t ncols = 0;
    for (size_t i = 0; i < t->columns.n; i++) ncols += !t->columns.v[i].dropped;
    if (why) return why;
    if (t->parent_table)
        return rg_arena_printf(x->a, "partition of %s", rg_diff_qname(x, t->parent_schema,
                                                                      t->parent_table));
    return rg_arena_printf(x->a, "%zu column%s%s%s", ncols, ncols == 1 ? "" : "s",
                           t->kind != RG_TABLE_ORDINARY ? ", " : "",
                           t->kind != RG_TABLE_ORDINARY ? tablekind_name(t->kind) : "");
}

static void drop_tables(dctx *x)
{
    for (size_t i = 0; i < x->old->tables.n; i++) {
        const rg_table *o = &x->old->tables.v[i];
        if (o->dropped) continue;
        const rg_table *n = rg_diff_relation(x, x->new, RG_REL_TABLE, o->schema, o->name);
        const char *why = n ? table_replaced(x, o, n) : NULL;
        if (n && !why) continue;
        /* Sequences it owns and indexes on it go with it. */
        rg_map_put(&x->dropped_owner, rg_arena_printf(x->a, "%s.%s", o->schema, o->name), (void *)o);
        emit_t(x, G_DROP_TABLE, RG_CHANGE_DROP, RG_OBJ_TABLE, RG_CK_DROP_TABLE,
               rg_diff_qname(x, o->schema, o->name), why, o, NULL, o, NULL);
        rg_diff_set_depth(x, table_depth(o));
    }
}

void rg_diff_tables(dctx *x)
{
    drop_tables(x);
    for (size_t i = 0; i < x->new->tables.n; i++) {
        const rg_table *n = &x->new->tables.v[i];
        if (n->dropped) continue;
        const rg_table *o = rg_diff_relation(x, x->old, RG_REL_TABLE, n->schema, n->name);
        const char *obj = rg_diff_qname(x, n->schema, n->name);
        const char *why = o ? table_replaced(x, o, n) : NULL;
        if (!o || why) {
            emit_t(x, G_TABLE, RG_CHANGE_ADD, RG_OBJ_TABLE, RG_CK_ADD_TABLE, obj,
                   table_summary(x, n, why), NULL, n, NULL, n);
            rg_diff_set_depth(x, table_depth(n));
            new_table_members(x, n, obj);
            continue;
        }
        table_alter(x, obj, o, n);
        diff_columns(x, o, n);
        diff_constraints(x, o, n);
        rg_diff_triggers(x, n->schema, n->name, o->triggers.v, o->triggers.n, &o->trigger_map,
                         n->triggers.v, n->triggers.n, &n->trigger_map, o, n);
        diff_policies(x, o, n);
        rg_diff_comment(x, RG_OBJ_TABLE, obj, o->comment, n->comment, o, n);
    }
}

/* ---- indexes ------------------------------------------------------------ */

static const char *index_def(dctx *x, const rg_catalog *c, const rg_index *ix)
{
    rg_buf b = {0};
    rg_buf_printf(&b, "%son %s%s using %s ", ix->unique ? "UNIQUE " : "", ix->only ? "ONLY " : "",
                  rg_diff_qname(x, ix->table_schema, ix->table_name),
                  ix->method ? ix->method : "btree");
    put_elems(x, c, &b, ix->elems, ix->nelems);
    if (ix->ninclude) {
        rg_buf_puts(&b, " INCLUDE ");
        put_idents(x, &b, ix->include, ix->ninclude);
    }
    if (ix->nulls_not_distinct) rg_buf_puts(&b, " NULLS NOT DISTINCT");
    if (ix->where.key) rg_buf_printf(&b, " WHERE (%s)", rg_diff_expr_sql(c, &ix->where));
    return buf_done(x, &b);
}

/* What changed in an index's definition (only a new index can change
 * it), or NULL. */
static const char *index_replaced(dctx *x, const rg_index *o, const rg_index *n)
{
    dparts p = {0};
    if (o->unique != n->unique) rg_diff_part(&p, n->unique ? "now UNIQUE" : "no longer UNIQUE");
    if (!rg_diff_streq(o->table_schema, n->table_schema) ||
        !rg_diff_streq(o->table_name, n->table_name))
        rg_diff_part(&p, "table %s -> %s", rg_diff_qname(x, o->table_schema, o->table_name),
                     rg_diff_qname(x, n->table_schema, n->table_name));
    if (!rg_diff_streq(o->method ? o->method : "btree", n->method ? n->method : "btree"))
        rg_diff_part(&p, "method %s -> %s", o->method ? o->method : "btree",
                     n->method ? n->method : "btree");
    if (!elems_eq(o->elems, o->nelems, n->elems, n->nelems))
        rg_diff_part(&p, "keys %s -> %s", elems_text(x, x->old, o->elems, o->nelems),
                     elems_text(x, x->new, n->elems, n->nelems));
    if (!names_eq(o->include, o->ninclude, n->include, n->ninclude))
        rg_diff_part(&p, "INCLUDE %s -> %s", idents_text(x, o->include, o->ninclude),
                     idents_text(x, n->include, n->ninclude));
    if (!rg_diff_expr_eq(&o->where, &n->where))
        rg_diff_part(&p, "predicate (%s) -> (%s)",
                     o->where.key ? rg_diff_expr_sql(x->old, &o->where) : "none",
                     n->where.key ? rg_diff_expr_sql(x->new, &n->where) : "none");
    if (o->nulls_not_distinct != n->nulls_not_distinct)
        rg_diff_part(&p, "NULLS NOT DISTINCT %s", n->nulls_not_distinct ? "added" : "dropped");
    if (o->only != n->only) rg_diff_part(&p, "ONLY changed");
    return rg_diff_parts_done(x, &p);
}

static void index_alter(dctx *x, const char *obj, const rg_index *o, const rg_index *n,
                        const rg_table *ot, const rg_table *nt)
{
    dparts p = {0};
    if (!rg_diff_streq(o->options, n->options))
        rg_diff_part(&p, "options %s -> %s", o->options ? o->options : "none",
                     n->options ? n->options : "none");
    if (!rg_diff_streq(o->tablespace, n->tablespace)) rg_diff_part(&p, "tablespace changed");
    if (!rg_diff_streq(o->attached_to, n->attached_to))
        rg_diff_part(&p, "attached to %s -> %s", o->attached_to ? o->attached_to : "none",
                     n->attached_to ? n->attached_to : "none");
    const char *d = rg_diff_parts_done(x, &p);
    if (d) emit_t(x, G_INDEX, RG_CHANGE_ALTER, RG_OBJ_INDEX, RG_CK_ALTER_INDEX, obj, d, o, n, ot, nt);
}

/* Nothing index_alter or a comment change would report. */
static bool index_attrs_same(const rg_index *o, const rg_index *n)
{
    return rg_diff_streq(o->options, n->options) && rg_diff_streq(o->tablespace, n->tablespace) &&
           rg_diff_streq(o->attached_to, n->attached_to) &&
           rg_diff_comment_eq(o->comment, n->comment);
}

/* The relation an index is on went away or was replaced in `new`. */
static bool owner_gone(dctx *x, const rg_index *ix)
{
    return rg_map_get(&x->dropped_owner, rg_diff_key2(x, ix->table_schema, ix->table_name)) != NULL;
}

void rg_diff_indexes(dctx *x)
{
    for (size_t i = 0; i < x->old->indexes.n; i++) {
        const rg_index *o = &x->old->indexes.v[i];
        if (o->dropped || owner_gone(x, o)) continue;
        const rg_index *n = rg_diff_relation(x, x->new, RG_REL_INDEX, o->schema, o->name);
        const char *why = n ? index_replaced(x, o, n) : NULL;
        if (n && !why) continue;
        const rg_table *ot = rg_diff_relation(x, x->old, RG_REL_TABLE, o->table_schema, o->table_name);
        emit_t(x, G_DROP_INDEX, RG_CHANGE_DROP, RG_OBJ_INDEX, RG_CK_DROP_INDEX,
               rg_diff_qname(x, o->schema, o->name),
               why ? rg_arena_printf(x->a, "replaced: %s", why) : index_def(x, x->old, o), o, NULL,
               ot, NULL);
    }
    for (size_t i = 0; i < x->new->indexes.n; i++) {
        const rg_index *n = &x->new->indexes.v[i];
        if (n->dropped) continue;
        const rg_index *o = owner_gone(x, n) ? NULL
                          : rg_diff_relation(x, x->old, RG_REL_INDEX, n->schema, n->name);
        const char *why = o ? index_replaced(x, o, n) : NULL;
        if (o && !why && index_attrs_same(o, n)) continue;
        const rg_table *nt = rg_diff_relation(x, x->new, RG_REL_TABLE, n->table_schema, n->table_name);
        const rg_table *ot = o ? rg_diff_relation(x, x->old, RG_REL_TABLE, o->table_schema,
                                                  o->table_name) : NULL;
        const char *obj = rg_diff_qname(x, n->schema, n->name);
        if (!o || why) {
            const char *def = index_def(x, x->new, n);
            bool on_view = rg_diff_relation(x, x->new, RG_REL_VIEW, n->table_schema, n->table_name);
            emit_t(x, on_view ? G_VIEW_INDEX : G_INDEX, RG_CHANGE_ADD, RG_OBJ_INDEX, RG_CK_ADD_INDEX, obj,
                   why ? rg_arena_printf(x->a, "%s (replaces old definition: %s)", def, why) : def,
                   NULL, n, ot, nt);
            o = NULL;
        } else {
            index_alter(x, obj, o, n, ot, nt);
        }
        rg_diff_comment(x, RG_OBJ_INDEX, obj, o ? o->comment : NULL, n->comment, o, n);
    }
}
