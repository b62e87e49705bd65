/*
 * diff.c — stage 3: two catalogs → the ordered list of changes between
 * them. This file owns the driver, the ordering, and the catalog-level
 * objects (schemas, extensions, types, sequences, functions, views,
 * unmodelled statements, grants); diff_table.c owns tables and everything
 * that hangs off them.
 *
 * Objects are compared by identity (name, signature) through the catalogs'
 * hash maps, and by meaning — normalised expression keys, canonical type
 * spellings, flags — never by SQL text, so pg_dump and hand-written DDL of
 * the same schema give no changes.
 *
 * Change kinds (the `kind` codes; stable, used by CSV and JSON consumers):
 *   add_/drop_<objkind> for schema, extension, type, sequence, function,
 *     table, column, constraint, index, view, trigger, policy, statistics,
 *     opaque
 *   alter_extension      schema or version changed
 *   alter_type           domain default/NOT NULL, enum values reordered
 *   add_enum_value       drop_enum_value (PostgreSQL cannot drop one)
 *   add_type_attribute   drop_type_attribute  alter_type_attribute
 *   add_domain_constraint drop_domain_constraint validate_domain_constraint
 *   alter_sequence       options, type, OWNED BY, persistence
 *   alter_function       body, language, attributes, argument defaults
 *     (a return type, argument name or kind change is drop + add)
 *   alter_table          persistence, RLS, reloptions, partition/inherit,
 *     tablespace, access method, replica identity, foreign options
 *     (a change of table kind or partition key is drop + add)
 *   alter_column_type alter_column_default alter_column_nullability
 *   alter_column_identity alter_column_generated alter_column_collation
 *   alter_column         storage, compression, statistics target
 *   alter_constraint     definition, deferrability, NOT VALID again
 *   validate_constraint  NOT VALID → valid, definition unchanged
 *   alter_index          options, tablespace, partition attachment
 *     (any other index change is a drop_index + add_index pair: an index
 *     cannot be altered in place, and the pair orders correctly)
 *   alter_view           query (when CREATE OR REPLACE can do it), options
 *     (a change of the output columns or of a materialized view's query
 *     is drop + add)
 *   alter_trigger        definition (CREATE OR REPLACE TRIGGER), enabled
 *   alter_policy         roles, USING, WITH CHECK (command or
 *     permissiveness change is drop + add)
 *   alter_statistics     definition (table, columns, expressions, kinds):
 *     rebuilt, as no ALTER changes it
 *   alter_statistics_target  ALTER STATISTICS ... SET STATISTICS
 *   alter_opaque         an unmodelled statement with the same identity
 *   alter_comment        any object's comment set, changed or removed
 *   add_grant drop_grant one privilege of one grantee
 *
 * Objects are named "schema.table", "schema.table.column|constraint|
 * trigger|policy", "schema.index", "schema.func(args)", "schema.type
 * [.attribute|.domain_constraint]"; each identifier is quoted as
 * quote_ident would, so names holding dots or quotes stay unambiguous.
 * Grants are named by their object ("table public.t"), opaque statements
 * by their identity.
 *
 * Typed pointers: old_obj/new_obj point at the object the change names
 * (rg_column *, rg_constraint *, ...; rg_type * for enum values, domain
 * constraints and type attributes; rg_grant * for grants; the commented
 * object for alter_comment), old_table/new_table at the owning tables.
 *
 * Order (see dgroup in diffint.h): all drops first — grants, opaque,
 * policies, triggers, views, foreign keys, indexes, statistics, other
 * constraints, columns, tables, functions, sequences, types, extensions,
 * schemas — then creates and alters — schemas, extensions, types,
 * functions, sequences, tables, columns, constraints, indexes, foreign
 * keys, views, indexes on materialized views, statistics, triggers,
 * policies, opaque, comments,
 * grants. Within a group: partitions and inheritors after their parents
 * (before them on drop), then by object name, then in the order emitted
 * (for one column: collation, type, identity, generated, default, NOT
 * NULL). Views and types are the exception: a view may read another
 * view, a domain may be over another type, and the catalogs keep creation
 * order, which in a valid schema is dependency order. So they are created
 * in the new catalog's creation order and dropped in the reverse of the
 * old catalog's.
 *
 * A new table is add_table (its columns and non-FK constraints included)
 * plus separate foreign keys, indexes, statistics, triggers, policies and
 * comments; a dropped table takes its columns, constraints, indexes,
 * statistics, triggers, policies and owned sequences along, so those get
 * no changes of their own. A dropped column and an added column of the same type in one table
 * carry rename_hint on both changes (also appended to their detail).
 */
#include "diffint.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- shared helpers ----------------------------------------------------- */

const char *rg_change_kind_code(rg_change_kind k)
{
#define CODE_COLUMN(KIND, code) [RG_CK_##KIND] = code,
    static const char *const codes[RG_CK__COUNT] = {RG_CHANGE_KINDS(CODE_COLUMN)};
#undef CODE_COLUMN
    return (unsigned)k < RG_CK__COUNT ? codes[k] : "unknown";
}

rg_change *rg_diff_emit(dctx *x, dgroup g, rg_change_op op, rg_objkind ok,
                        rg_change_kind kind, const char *object, const char *detail,
                        const void *old_obj, const void *new_obj)
{
    pchange *p = rg_vec_push(x->a, &x->ch);
    p->group = g;
    if (g == G_TYPE || g == G_DROP_TYPE || g == G_VIEW || g == G_DROP_VIEW) p->rank = x->rank;
    p->idx = x->ch.n - 1;
    p->c.op = op;
    p->c.objkind = ok;
    p->c.ck = kind;
    p->c.kind = rg_change_kind_code(kind);
    p->c.object = object;
    p->c.detail = detail;
    p->c.old_obj = old_obj;
    p->c.new_obj = new_obj;
    return &p->c;
}

void rg_diff_set_depth(dctx *x, int depth)
{
    x->ch.v[x->ch.n - 1].depth = depth;
}

const char *rg_diff_key2(dctx *x, const char *schema, const char *name)
{
    /* Called for every object on both sides: no printf here. */
    rg_buf_reset(&x->key);
    rg_buf_puts(&x->key, schema ? schema : "");
    rg_buf_putc(&x->key, '.');
    rg_buf_puts(&x->key, name ? name : "");
    return rg_buf_cstr(&x->key);
}

void *rg_diff_relation(dctx *x, const rg_catalog *c, rg_relkind k,
                       const char *schema, const char *name)
{
    const rg_relref *r = rg_map_get(&c->relation_map, rg_diff_key2(x, schema, name));
    return r && r->kind == k ? r->obj : NULL;
}

const char *rg_diff_qname(dctx *x, const char *schema, const char *name)
{
    if (!schema || !*schema) return rg_quote_ident_a(x->a, name ? name : "");
    return rg_arena_printf(x->a, "%s.%s", rg_quote_ident_a(x->a, schema),
                           rg_quote_ident_a(x->a, name ? name : ""));
}

const char *rg_diff_qname3(dctx *x, const char *schema, const char *table,
                           const char *member)
{
    return rg_arena_printf(x->a, "%s.%s", rg_diff_qname(x, schema, table),
                           rg_quote_ident_a(x->a, member ? member : ""));
}

const char *rg_diff_literal(dctx *x, const char *s)
{
    rg_buf b = {0};
    rg_buf_putc(&b, '\'');
    for (; s && *s; s++) {
        if (*s == '\'') rg_buf_putc(&b, '\'');
        rg_buf_putc(&b, *s);
    }
    rg_buf_putc(&b, '\'');
    const char *r = rg_arena_strdup(x->a, b.s);
    rg_buf_free(&b);
    return r;
}

bool rg_diff_streq(const char *a, const char *b)
{
    if (!a || !b) return a == b;
    return strcmp(a, b) == 0;
}

bool rg_diff_expr_eq(const rg_expr *a, const rg_expr *b)
{
    return rg_diff_streq(a->key, b->key);
}

const char *rg_diff_expr_sql(const rg_catalog *c, const rg_expr *e)
{
    if (e->sql) return e->sql;
    if (!e->key && !e->node) return "";
    /* rg_expr_sql deparses lazily and caches in the catalog's arena; the
     * catalog is logically unchanged, hence the cast. */
    const char *s = rg_expr_sql((rg_catalog *)c, e);
    return s ? s : e->key ? e->key : "";
}

void rg_diff_part(dparts *p, const char *fmt, ...)
{
    if (p->b.len) rg_buf_puts(&p->b, "; ");
    va_list ap;
    va_start(ap, fmt);
    rg_buf_vprintf(&p->b, fmt, ap);
    va_end(ap);
}

const char *rg_diff_parts_done(dctx *x, dparts *p)
{
    const char *r = p->b.len ? rg_arena_strdup(x->a, p->b.s) : NULL;
    rg_buf_free(&p->b);
    return r;
}

bool rg_diff_comment_eq(const char *a, const char *b)
{
    if (a && !*a) a = NULL; /* COMMENT IS '' removes a comment */
    if (b && !*b) b = NULL;
    return rg_diff_streq(a, b);
}

void rg_diff_comment(dctx *x, rg_objkind ok, const char *object, const char *oldc,
                     const char *newc, const void *o, const void *n)
{
    if (rg_diff_comment_eq(oldc, newc)) return;
    if (oldc && !*oldc) oldc = NULL;
    if (newc && !*newc) newc = NULL;
    const char *d = !oldc ? "comment set" : !newc ? "comment removed" : "comment changed";
    rg_diff_emit(x, G_COMMENT, RG_CHANGE_ALTER, ok, RG_CK_ALTER_COMMENT, object, d, o, n);
}

/* ---- schemas and extensions --------------------------------------------- */

static void diff_schemas(dctx *x)
{
    for (size_t i = 0; i < x->old->schemas.n; i++) {
        const rg_schema *o = &x->old->schemas.v[i];
        if (o->dropped || rg_map_get(&x->new->schema_map, o->name)) continue;
        rg_diff_emit(x, G_DROP_SCHEMA, RG_CHANGE_DROP, RG_OBJ_SCHEMA, RG_CK_DROP_SCHEMA,
                     rg_quote_ident_a(x->a, o->name), NULL, o, NULL);
    }
    for (size_t i = 0; i < x->new->schemas.n; i++) {
        const rg_schema *n = &x->new->schemas.v[i];
        if (n->dropped) continue;
        const rg_schema *o = rg_map_get(&x->old->schema_map, n->name);
        const char *obj = rg_quote_ident_a(x->a, n->name);
        if (!o)
            rg_diff_emit(x, G_SCHEMA, RG_CHANGE_ADD, RG_OBJ_SCHEMA, RG_CK_ADD_SCHEMA, obj,
                         NULL, NULL, n);
        rg_diff_comment(x, RG_OBJ_SCHEMA, obj, o ? o->comment : NULL, n->comment, o, n);
    }
}

static void diff_extensions(dctx *x)
{
    for (size_t i = 0; i < x->old->extensions.n; i++) {
        const rg_extension *o = &x->old->extensions.v[i];
        if (o->dropped || rg_map_get(&x->new->extension_map, o->name)) continue;
        rg_diff_emit(x, G_DROP_EXTENSION, RG_CHANGE_DROP, RG_OBJ_EXTENSION,
                     RG_CK_DROP_EXTENSION, rg_quote_ident_a(x->a, o->name), NULL, o, NULL);
    }
    for (size_t i = 0; i < x->new->extensions.n; i++) {
        const rg_extension *n = &x->new->extensions.v[i];
        if (n->dropped) continue;
        const rg_extension *o = rg_map_get(&x->old->extension_map, n->name);
        const char *obj = rg_quote_ident_a(x->a, n->name);
        if (!o) {
            rg_diff_emit(x, G_EXTENSION, RG_CHANGE_ADD, RG_OBJ_EXTENSION, RG_CK_ADD_EXTENSION,
                         obj, n->schema ? rg_arena_printf(x->a, "in schema %s", n->schema)
                                        : NULL, NULL, n);
        } else {
            dparts p = {0};
            if (!rg_diff_streq(o->schema, n->schema))
                rg_diff_part(&p, "schema %s -> %s", o->schema ? o->schema : "default",
                             n->schema ? n->schema : "default");
            if (!rg_diff_streq(o->version, n->version))
                rg_diff_part(&p, "version %s -> %s", o->version ? o->version : "default",
                             n->version ? n->version : "default");
            const char *d = rg_diff_parts_done(x, &p);
            if (d)
                rg_diff_emit(x, G_EXTENSION, RG_CHANGE_ALTER, RG_OBJ_EXTENSION,
                             RG_CK_ALTER_EXTENSION, obj, d, o, n);
        }
        /* CREATE EXTENSION sets the comment from the extension's control
         * file (pg_dump repeats it): only a change on a kept one counts. */
        if (o) rg_diff_comment(x, RG_OBJ_EXTENSION, obj, o->comment, n->comment, o, n);
    }
}

/* ---- types -------------------------------------------------------------- */

static const char *typekind_name(rg_typekind k)
{
    switch (k) {
    case RG_TYPE_ENUM: return "enum";
    case RG_TYPE_DOMAIN: return "domain";
    case RG_TYPE_COMPOSITE: return "composite";
    case RG_TYPE_RANGE: return "range";
    case RG_TYPE_BASE: return "base";
    }
    return "type";
}

/* A map of the labels of an enum: label -> position + 1. */
static void label_map(rg_map *m, const rg_type *t)
{
    for (size_t i = 0; i < t->labels.n; i++)
        rg_map_put(m, t->labels.v[i], (void *)(uintptr_t)(i + 1));
}

static void diff_enum(dctx *x, const char *obj, const rg_type *o, const rg_type *n)
{
    rg_map om = {0}, nm = {0};
    label_map(&om, o);
    label_map(&nm, n);
    for (size_t i = 0; i < n->labels.n; i++) {
        if (rg_map_get(&om, n->labels.v[i])) continue;
        const char *where = i > 0
            ? rg_arena_printf(x->a, " after %s", rg_diff_literal(x, n->labels.v[i - 1]))
            : n->labels.n > 1
            ? rg_arena_printf(x->a, " before %s", rg_diff_literal(x, n->labels.v[1])) : "";
        rg_diff_emit(x, G_TYPE, RG_CHANGE_ALTER, RG_OBJ_TYPE, RG_CK_ADD_ENUM_VALUE, obj,
                     rg_arena_printf(x->a, "value %s added%s",
                                     rg_diff_literal(x, n->labels.v[i]), where), o, n);
    }
    for (size_t i = 0; i < o->labels.n; i++) {
        if (rg_map_get(&nm, o->labels.v[i])) continue;
        rg_diff_emit(x, G_TYPE, RG_CHANGE_ALTER, RG_OBJ_TYPE, RG_CK_DROP_ENUM_VALUE, obj,
                     rg_arena_printf(x->a, "value %s removed",
                                     rg_diff_literal(x, o->labels.v[i])), o, n);
    }
    /* Reordered: the labels both sides share, walked in each side's order. */
    size_t i = 0, j = 0;
    bool reordered = false;
    while (!reordered) {
        while (i < o->labels.n && !rg_map_get(&nm, o->labels.v[i])) i++;
        while (j < n->labels.n && !rg_map_get(&om, n->labels.v[j])) j++;
        if (i >= o->labels.n || j >= n->labels.n) break;
        reordered = strcmp(o->labels.v[i++], n->labels.v[j++]) != 0;
    }
    if (reordered)
        rg_diff_emit(x, G_TYPE, RG_CHANGE_ALTER, RG_OBJ_TYPE, RG_CK_ALTER_TYPE, obj,
                     "enum values reordered", o, n);
    rg_map_free(&om);
    rg_map_free(&nm);
}

static void diff_domain_checks(dctx *x, const char *schema, const rg_type *o,
                               const rg_type *n)
{
    rg_map om = {0}, nm = {0};
    for (size_t i = 0; i < o->checks.n; i++)
        rg_map_put(&om, o->checks.v[i].name, &o->checks.v[i]);
    for (size_t i = 0; i < n->checks.n; i++)
        rg_map_put(&nm, n->checks.v[i].name, &n->checks.v[i]);
    for (size_t i = 0; i < o->checks.n; i++) {
        const rg_domain_check *oc = &o->checks.v[i];
        const rg_domain_check *nc = rg_map_get(&nm, oc->name);
        if (nc && rg_diff_expr_eq(&oc->expr, &nc->expr)) continue;
        rg_diff_emit(x, G_TYPE, RG_CHANGE_DROP, RG_OBJ_TYPE, RG_CK_DROP_DOMAIN_CONSTRAINT,
                     rg_diff_qname3(x, schema, o->name, oc->name),
                     nc ? "definition changed" : NULL, o, n);
    }
    for (size_t i = 0; i < n->checks.n; i++) {
        const rg_domain_check *nc = &n->checks.v[i];
        const rg_domain_check *oc = rg_map_get(&om, nc->name);
        const char *obj = rg_diff_qname3(x, schema, n->name, nc->name);
        if (!oc || !rg_diff_expr_eq(&oc->expr, &nc->expr)) {
            rg_diff_emit(x, G_TYPE, RG_CHANGE_ADD, RG_OBJ_TYPE, RG_CK_ADD_DOMAIN_CONSTRAINT, obj,
                         rg_arena_printf(x->a, "CHECK (%s)%s",
                                         rg_diff_expr_sql(x->new, &nc->expr),
                                         nc->not_valid ? " NOT VALID" : ""), o, n);
        } else if (oc->not_valid && !nc->not_valid) {
            rg_diff_emit(x, G_TYPE, RG_CHANGE_ALTER, RG_OBJ_TYPE,
                         RG_CK_VALIDATE_DOMAIN_CONSTRAINT, obj, "validated", o, n);
        }
    }
    rg_map_free(&om);
    rg_map_free(&nm);
}

static void diff_domain(dctx *x, const char *obj, const rg_type *o, const rg_type *n)
{
    dparts p = {0};
    if (o->has_default != n->has_default || !rg_diff_expr_eq(&o->dflt, &n->dflt))
        rg_diff_part(&p, "default %s -> %s",
                     o->has_default ? rg_diff_expr_sql(x->old, &o->dflt) : "none",
                     n->has_default ? rg_diff_expr_sql(x->new, &n->dflt) : "none");
    if (o->not_null != n->not_null)
        rg_diff_part(&p, "NOT NULL %s", n->not_null ? "added" : "dropped");
    const char *d = rg_diff_parts_done(x, &p);
    if (d) rg_diff_emit(x, G_TYPE, RG_CHANGE_ALTER, RG_OBJ_TYPE, RG_CK_ALTER_TYPE, obj, d, o, n);
    diff_domain_checks(x, n->schema, o, n);
}

static void diff_composite(dctx *x, const rg_type *o, const rg_type *n)
{
    rg_map om = {0}, nm = {0};
    for (size_t i = 0; i < o->attrs.n; i++) rg_map_put(&om, o->attrs.v[i].name, &o->attrs.v[i]);
    for (size_t i = 0; i < n->attrs.n; i++) rg_map_put(&nm, n->attrs.v[i].name, &n->attrs.v[i]);
    for (size_t i = 0; i < o->attrs.n; i++) {
        if (rg_map_get(&nm, o->attrs.v[i].name)) continue;
        rg_diff_emit(x, G_TYPE, RG_CHANGE_ALTER, RG_OBJ_TYPE, RG_CK_DROP_TYPE_ATTRIBUTE,
                     rg_diff_qname3(x, o->schema, o->name, o->attrs.v[i].name), NULL, o, n);
    }
    for (size_t i = 0; i < n->attrs.n; i++) {
        const rg_type_attr *na = &n->attrs.v[i], *oa = rg_map_get(&om, na->name);
        const char *obj = rg_diff_qname3(x, n->schema, n->name, na->name);
        if (!oa)
            rg_diff_emit(x, G_TYPE, RG_CHANGE_ALTER, RG_OBJ_TYPE, RG_CK_ADD_TYPE_ATTRIBUTE, obj,
                         na->type, o, n);
        else if (!rg_diff_streq(oa->type, na->type) ||
                 !rg_diff_streq(oa->collation, na->collation))
            rg_diff_emit(x, G_TYPE, RG_CHANGE_ALTER, RG_OBJ_TYPE, RG_CK_ALTER_TYPE_ATTRIBUTE, obj,
                         rg_arena_printf(x->a, "%s -> %s", oa->type, na->type), o, n);
    }
    rg_map_free(&om);
    rg_map_free(&nm);
}

/* A change PostgreSQL cannot make in place: kind, domain base type or
 * collation, range/base definition. */
static const char *type_replaced(dctx *x, const rg_type *o, const rg_type *n)
{
    if (o->kind != n->kind)
        return rg_arena_printf(x->a, "%s -> %s", typekind_name(o->kind), typekind_name(n->kind));
    if (n->kind == RG_TYPE_DOMAIN && !rg_diff_streq(o->base_type, n->base_type))
        return rg_arena_printf(x->a, "base type %s -> %s", o->base_type ? o->base_type : "?",
                               n->base_type ? n->base_type : "?");
    if (n->kind == RG_TYPE_DOMAIN && !rg_diff_streq(o->collation, n->collation))
        return "collation changed";
    if ((n->kind == RG_TYPE_RANGE || n->kind == RG_TYPE_BASE) &&
        !rg_diff_streq(o->definition, n->definition))
        return "definition changed";
    return NULL;
}

static void diff_types(dctx *x)
{
    for (size_t i = 0; i < x->old->types.n; i++) {
        const rg_type *o = &x->old->types.v[i];
        if (o->dropped) continue;
        x->rank = x->old->types.n - i;
        const rg_type *n = rg_map_get(&x->new->type_map, rg_diff_key2(x, o->schema, o->name));
        const char *why = n ? type_replaced(x, o, n) : NULL;
        if (!n || why)
            rg_diff_emit(x, G_DROP_TYPE, RG_CHANGE_DROP, RG_OBJ_TYPE, RG_CK_DROP_TYPE,
                         rg_diff_qname(x, o->schema, o->name), why, o, NULL);
    }
    for (size_t i = 0; i < x->new->types.n; i++) {
        const rg_type *n = &x->new->types.v[i];
        if (n->dropped) continue;
        x->rank = i + 1;
        const rg_type *o = rg_map_get(&x->old->type_map, rg_diff_key2(x, n->schema, n->name));
        const char *obj = rg_diff_qname(x, n->schema, n->name);
        const char *why = o ? type_replaced(x, o, n) : NULL;
        if (!o || why) {
            rg_diff_emit(x, G_TYPE, RG_CHANGE_ADD, RG_OBJ_TYPE, RG_CK_ADD_TYPE, obj,
                         why ? why : typekind_name(n->kind), NULL, n);
            rg_diff_comment(x, RG_OBJ_TYPE, obj, NULL, n->comment, NULL, n);
            continue;
        }
        if (n->kind == RG_TYPE_ENUM) diff_enum(x, obj, o, n);
        else if (n->kind == RG_TYPE_DOMAIN) diff_domain(x, obj, o, n);
        else if (n->kind == RG_TYPE_COMPOSITE) diff_composite(x, o, n);
        rg_diff_comment(x, RG_OBJ_TYPE, obj, o->comment, n->comment, o, n);
    }
    x->rank = 0;
}

/* ---- sequences ---------------------------------------------------------- */

static void seq_options(dparts *p, const rg_sequence *o, const rg_sequence *n)
{
    if (!rg_diff_streq(o->type, n->type))
        rg_diff_part(p, "%s -> %s", o->type ? o->type : "bigint", n->type ? n->type : "bigint");
    if (o->start != n->start) rg_diff_part(p, "start %lld -> %lld", o->start, n->start);
    if (o->increment != n->increment)
        rg_diff_part(p, "increment %lld -> %lld", o->increment, n->increment);
    if (o->min != n->min) rg_diff_part(p, "minvalue %lld -> %lld", o->min, n->min);
    if (o->max != n->max) rg_diff_part(p, "maxvalue %lld -> %lld", o->max, n->max);
    if (o->cache != n->cache) rg_diff_part(p, "cache %lld -> %lld", o->cache, n->cache);
    if (o->cycle != n->cycle) rg_diff_part(p, "%s", n->cycle ? "CYCLE" : "NO CYCLE");
    if (!rg_diff_streq(o->owned_by, n->owned_by))
        rg_diff_part(p, "owned by %s -> %s", o->owned_by ? o->owned_by : "none",
                     n->owned_by ? n->owned_by : "none");
    if ((o->persistence ? o->persistence : 'p') != (n->persistence ? n->persistence : 'p'))
        rg_diff_part(p, "%s", n->persistence == 'u' ? "UNLOGGED" : "LOGGED");
}

/* Whether the "schema.table.column" owning a sequence, or its table, is
 * dropped: DROP TABLE / DROP COLUMN take owned sequences along. */
static bool owner_dropped(dctx *x, const char *owned_by)
{
    if (!owned_by) return false;
    if (rg_map_get(&x->dropped_owner, owned_by)) return true;
    const char *dot = strrchr(owned_by, '.');
    if (!dot) return false;
    rg_buf_reset(&x->key);
    rg_buf_put(&x->key, owned_by, (size_t)(dot - owned_by));
    return rg_map_get(&x->dropped_owner, rg_buf_cstr(&x->key)) != NULL;
}

static void diff_sequences(dctx *x)
{
    /* Identity sequences belong to their column (alter_column_identity);
     * a sequence owned by a dropped table or column goes with it. */
    for (size_t i = 0; i < x->old->sequences.n; i++) {
        const rg_sequence *o = &x->old->sequences.v[i];
        if (o->dropped || o->identity) continue;
        if (rg_diff_relation(x, x->new, RG_REL_SEQUENCE, o->schema, o->name)) continue;
        if (owner_dropped(x, o->owned_by)) continue;
        rg_diff_emit(x, G_DROP_SEQUENCE, RG_CHANGE_DROP, RG_OBJ_SEQUENCE, RG_CK_DROP_SEQUENCE,
                     rg_diff_qname(x, o->schema, o->name), NULL, o, NULL);
    }
    for (size_t i = 0; i < x->new->sequences.n; i++) {
        const rg_sequence *n = &x->new->sequences.v[i];
        if (n->dropped || n->identity) continue;
        const rg_sequence *o = rg_diff_relation(x, x->old, RG_REL_SEQUENCE, n->schema, n->name);
        const char *obj = rg_diff_qname(x, n->schema, n->name);
        if (o && o->identity) o = NULL;
        if (!o) {
            rg_diff_emit(x, G_SEQUENCE, RG_CHANGE_ADD, RG_OBJ_SEQUENCE, RG_CK_ADD_SEQUENCE, obj,
                         n->type, NULL, n);
        } else {
            dparts p = {0};
            seq_options(&p, o, n);
            const char *d = rg_diff_parts_done(x, &p);
            if (d)
                rg_diff_emit(x, G_SEQUENCE, RG_CHANGE_ALTER, RG_OBJ_SEQUENCE,
                             RG_CK_ALTER_SEQUENCE, obj, d, o, n);
        }
        rg_diff_comment(x, RG_OBJ_SEQUENCE, obj, o ? o->comment : NULL, n->comment, o, n);
    }
}

/* ---- functions ---------------------------------------------------------- */

/* Why a function with the same signature must be dropped and created
 * again (CREATE OR REPLACE refuses these), or NULL. */
static const char *func_replaced(dctx *x, const rg_function *o, const rg_function *n)
{
    if (o->procedure != n->procedure)
        return n->procedure ? "function -> procedure" : "procedure -> function";
    if (!rg_diff_streq(o->returns, n->returns))
        return rg_arena_printf(x->a, "return type %s -> %s", o->returns ? o->returns : "none",
                               n->returns ? n->returns : "none");
    if (o->nargs != n->nargs) return "arguments changed";
    for (size_t i = 0; i < n->nargs; i++) {
        if (!rg_diff_streq(o->args[i].name, n->args[i].name)) return "argument names changed";
        if (o->args[i].mode != n->args[i].mode) return "argument modes changed";
        if (!rg_diff_streq(o->args[i].type, n->args[i].type)) return "argument types changed";
    }
    return NULL;
}

typedef RG_VEC(const char *) wordvec;

static void split_words(dctx *x, wordvec *w, const char *s)
{
    while (s && *s) {
        while (*s == ' ') s++;
        const char *e = s;
        while (*e && *e != ' ') e++;
        if (e > s) *rg_vec_push(x->a, w) = rg_arena_strndup(x->a, s, (size_t)(e - s));
        s = e;
    }
}

static void join_words(rg_buf *b, const wordvec *w, size_t from, size_t to)
{
    if (from >= to) rg_buf_puts(b, "none");
    for (size_t i = from; i < to; i++) rg_buf_printf(b, "%s%s", i > from ? " " : "", w->v[i]);
}

static bool is_keyword(const char *w)
{
    return *w >= 'A' && *w <= 'Z';
}

/* "STABLE -> IMMUTABLE" out of two canonical attribute lists: the words
 * between their common prefix and suffix, widened to the keyword a
 * changed value belongs to ("COST 100 -> COST 200"). */
static const char *words_change(dctx *x, const char *a, const char *b)
{
    wordvec wa = {0}, wb = {0};
    split_words(x, &wa, a);
    split_words(x, &wb, b);
    size_t p = 0, s = 0;
    while (p < wa.n && p < wb.n && strcmp(wa.v[p], wb.v[p]) == 0) p++;
    while (s < wa.n - p && s < wb.n - p && strcmp(wa.v[wa.n - 1 - s], wb.v[wb.n - 1 - s]) == 0) s++;
    const char *first = p < wa.n - s ? wa.v[p] : p < wb.n - s ? wb.v[p] : "";
    if (p > 0 && *first && !is_keyword(first)) p--;
    rg_buf out = {0};
    join_words(&out, &wa, p, wa.n - s);
    rg_buf_puts(&out, " -> ");
    join_words(&out, &wb, p, wb.n - s);
    const char *r = rg_arena_strdup(x->a, out.s);
    rg_buf_free(&out);
    return r;
}

static void func_changes(dctx *x, dparts *p, const rg_function *o, const rg_function *n)
{
    if (!rg_diff_streq(o->language, n->language))
        rg_diff_part(p, "language %s -> %s", o->language ? o->language : "?",
                     n->language ? n->language : "?");
    if (!rg_diff_streq(o->body, n->body) || !rg_diff_streq(o->body2, n->body2) ||
        !rg_diff_streq(o->sql_body, n->sql_body))
        rg_diff_part(p, "body changed");
    if (!rg_diff_streq(o->attributes, n->attributes))
        rg_diff_part(p, "%s", words_change(x, o->attributes, n->attributes));
    if (!rg_diff_streq(o->search_path, n->search_path))
        rg_diff_part(p, "search_path %s -> %s", o->search_path ? o->search_path : "default",
                     n->search_path ? n->search_path : "default");
    for (size_t i = 0; i < n->nargs; i++) {
        if (rg_diff_expr_eq(&o->args[i].dflt, &n->args[i].dflt)) continue;
        rg_diff_part(p, "argument defaults changed");
        break;
    }
}

/* For an added (dropped) function: the function of the same name the
 * other side had under another signature — signature drift. */
static const char *func_drift(dctx *x, const rg_catalog *other, const rg_catalog *self,
                              const rg_function *f, const char *verb)
{
    const rg_function *g = rg_map_get(&other->function_name_map,
                                      rg_diff_key2(x, f->schema, f->name));
    if (!g || g->dropped || rg_map_get(&self->function_map, g->signature)) return NULL;
    return rg_arena_printf(x->a, "%s %s", verb, g->signature);
}

static void diff_functions(dctx *x)
{
    for (size_t i = 0; i < x->old->functions.n; i++) {
        const rg_function *o = &x->old->functions.v[i];
        if (o->dropped) continue;
        const rg_function *n = rg_map_get(&x->new->function_map, o->signature);
        const char *why = n ? func_replaced(x, o, n) : func_drift(x, x->new, x->old, o,
                                                                  "replaced by");
        if (n && !why) continue;
        rg_diff_emit(x, G_DROP_FUNCTION, RG_CHANGE_DROP, RG_OBJ_FUNCTION,
                     RG_CK_DROP_FUNCTION, o->signature, why, o, NULL);
    }
    for (size_t i = 0; i < x->new->functions.n; i++) {
        const rg_function *n = &x->new->functions.v[i];
        if (n->dropped) continue;
        const rg_function *o = rg_map_get(&x->old->function_map, n->signature);
        const char *why = o ? func_replaced(x, o, n) : func_drift(x, x->old, x->new, n,
                                                                  "replaces");
        if (!o || why) {
            rg_diff_emit(x, G_FUNCTION, RG_CHANGE_ADD, RG_OBJ_FUNCTION, RG_CK_ADD_FUNCTION,
                         n->signature, why, NULL, n);
            rg_diff_comment(x, RG_OBJ_FUNCTION, n->signature, NULL, n->comment, NULL, n);
            continue;
        }
        dparts p = {0};
        func_changes(x, &p, o, n);
        const char *d = rg_diff_parts_done(x, &p);
        if (d)
            rg_diff_emit(x, G_FUNCTION, RG_CHANGE_ALTER, RG_OBJ_FUNCTION, RG_CK_ALTER_FUNCTION,
                         n->signature, d, o, n);
        rg_diff_comment(x, RG_OBJ_FUNCTION, n->signature, o->comment, n->comment, o, n);
    }
}

/* ---- views -------------------------------------------------------------- */

static bool columns_prefix(const rg_view *o, const rg_view *n)
{
    if (o->ncolumns > n->ncolumns) return false;
    for (size_t i = 0; i < o->ncolumns; i++)
        if (!rg_diff_streq(o->columns[i], n->columns[i])) return false;
    return true;
}

/* Why the view must be dropped and created again, or NULL: CREATE OR
 * REPLACE VIEW may only append output columns (PostgreSQL 15), and a
 * materialized view cannot be replaced at all. */
static const char *view_replaced(const rg_view *o, const rg_view *n)
{
    if (o->materialized != n->materialized)
        return n->materialized ? "view -> materialized view" : "materialized view -> view";
    if (rg_diff_expr_eq(&o->query, &n->query)) return NULL;
    if (n->materialized) return "query changed";
    if (!columns_prefix(o, n)) return "query and output columns changed";
    return NULL;
}

static void view_comments(dctx *x, const rg_view *o, const rg_view *n, const char *obj)
{
    rg_diff_comment(x, RG_OBJ_VIEW, obj, o ? o->comment : NULL, n->comment, o, n);
    if (!n->column_comments) return;
    rg_map om = {0};
    for (size_t i = 0; o && o->column_comments && i < o->ncolumns; i++)
        if (o->column_comments[i]) rg_map_put(&om, o->columns[i], (void *)o->column_comments[i]);
    for (size_t i = 0; i < n->ncolumns; i++)
        rg_diff_comment(x, RG_OBJ_COLUMN, rg_diff_qname3(x, n->schema, n->name, n->columns[i]),
                        rg_map_get(&om, n->columns[i]), n->column_comments[i], o, n);
    rg_map_free(&om);
}

static void view_alter(dctx *x, const char *obj, const rg_view *o, const rg_view *n)
{
    dparts p = {0};
    if (!rg_diff_expr_eq(&o->query, &n->query)) rg_diff_part(&p, "query changed");
    if (!rg_diff_streq(o->options, n->options))
        rg_diff_part(&p, "options %s -> %s", o->options ? o->options : "none",
                     n->options ? n->options : "none");
    if (!rg_diff_streq(o->check_option, n->check_option))
        rg_diff_part(&p, "check option %s -> %s", o->check_option ? o->check_option : "none",
                     n->check_option ? n->check_option : "none");
    const char *d = rg_diff_parts_done(x, &p);
    if (d) rg_diff_emit(x, G_VIEW, RG_CHANGE_ALTER, RG_OBJ_VIEW, RG_CK_ALTER_VIEW, obj, d, o, n);
}

static void diff_views(dctx *x)
{
    for (size_t i = 0; i < x->old->views.n; i++) {
        const rg_view *o = &x->old->views.v[i];
        if (o->dropped) continue;
        x->rank = x->old->views.n - i;
        const rg_view *n = rg_diff_relation(x, x->new, RG_REL_VIEW, o->schema, o->name);
        const char *why = n ? view_replaced(o, n) : NULL;
        if (n && !why) continue;
        /* Indexes on a materialized view go with it. */
        rg_map_put(&x->dropped_owner, rg_arena_printf(x->a, "%s.%s", o->schema, o->name),
                   (void *)o);
        rg_diff_emit(x, G_DROP_VIEW, RG_CHANGE_DROP, RG_OBJ_VIEW, RG_CK_DROP_VIEW,
                     rg_diff_qname(x, o->schema, o->name), why, o, NULL);
    }
    for (size_t i = 0; i < x->new->views.n; i++) {
        const rg_view *n = &x->new->views.v[i];
        if (n->dropped) continue;
        x->rank = i + 1;
        const rg_view *o = rg_diff_relation(x, x->old, RG_REL_VIEW, n->schema, n->name);
        const char *obj = rg_diff_qname(x, n->schema, n->name);
        const char *why = o ? view_replaced(o, n) : NULL;
        if (!o || why) {
            rg_diff_emit(x, G_VIEW, RG_CHANGE_ADD, RG_OBJ_VIEW, RG_CK_ADD_VIEW, obj,
                         why ? why : n->materialized ? "materialized" : NULL, NULL, n);
            o = NULL; /* a replaced view starts over: triggers and comments too */
        } else {
            view_alter(x, obj, o, n);
        }
        rg_diff_triggers(x, n->schema, n->name, o ? o->triggers.v : NULL,
                         o ? o->triggers.n : 0, o ? &o->trigger_map : NULL, n->triggers.v,
                         n->triggers.n, &n->trigger_map, NULL, NULL);
        view_comments(x, o, n, obj);
    }
    x->rank = 0;
}

/* ---- extended statistics -------------------------------------------------- */

/* "(ndistinct) ON a, b, (lower(c)) FROM public.t", for details. */
static const char *statistics_def(dctx *x, const rg_catalog *c, const rg_statistics *s)
{
    rg_buf b = {0};
    if (!(s->ndistinct && s->dependencies && s->mcv) && s->ncolumns + s->nexprs > 1)
        rg_buf_printf(&b, "(%s%s%s%s%s) ", s->ndistinct ? "ndistinct" : "",
                      s->ndistinct && (s->dependencies || s->mcv) ? ", " : "", s->dependencies ? "dependencies" : "",
                      s->dependencies && s->mcv ? ", " : "", s->mcv ? "mcv" : "");
    rg_buf_puts(&b, "ON ");
    for (size_t i = 0; i < s->ncolumns; i++) {
        if (i) rg_buf_puts(&b, ", ");
        rg_quote_ident(&b, s->columns[i]);
    }
    for (size_t i = 0; i < s->nexprs; i++)
        rg_buf_printf(&b, "%s(%s)", i || s->ncolumns ? ", " : "", rg_diff_expr_sql(c, &s->exprs[i]));
    rg_buf_printf(&b, " FROM %s", rg_diff_qname(x, s->table_schema, s->table_name));
    const char *d = rg_arena_strdup(x->a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return d;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Whether o and n define the same statistics (else n replaces o: no ALTER
 * changes a definition). The columns are a set: their order follows the
 * table's column order, which is not part of a schema (a column added
 * later sits last). */
static bool statistics_same(dctx *x, const rg_statistics *o, const rg_statistics *n)
{
    if (strcmp(o->table_schema, n->table_schema) || strcmp(o->table_name, n->table_name) ||
        o->ncolumns != n->ncolumns || o->nexprs != n->nexprs || o->ndistinct != n->ndistinct ||
        o->dependencies != n->dependencies || o->mcv != n->mcv)
        return false;
    const char **a = rg_arena_alloc(x->a, 2 * (o->ncolumns + 1) * sizeof *a), **b = a + o->ncolumns + 1;
    memcpy(a, o->columns, o->ncolumns * sizeof *a);
    memcpy(b, n->columns, n->ncolumns * sizeof *b);
    qsort(a, o->ncolumns, sizeof *a, cmp_name);
    qsort(b, n->ncolumns, sizeof *b, cmp_name);
    for (size_t i = 0; i < o->ncolumns; i++)
        if (strcmp(a[i], b[i])) return false;
    for (size_t i = 0; i < o->nexprs; i++)
        if (!rg_diff_expr_eq(&o->exprs[i], &n->exprs[i])) return false;
    return true;
}

void rg_diff_statistics(dctx *x)
{
    for (size_t i = 0; i < x->old->statistics.n; i++) {
        const rg_statistics *o = &x->old->statistics.v[i];
        if (o->dropped || rg_catalog_statistics(x->new, o->schema, o->name)) continue;
        /* Statistics of a dropped table go with it. */
        if (rg_map_get(&x->dropped_owner, rg_diff_key2(x, o->table_schema, o->table_name))) continue;
        rg_diff_emit(x, G_DROP_STATISTICS, RG_CHANGE_DROP, RG_OBJ_STATISTICS, RG_CK_DROP_STATISTICS,
                     rg_diff_qname(x, o->schema, o->name), statistics_def(x, x->old, o), o, NULL);
    }
    for (size_t i = 0; i < x->new->statistics.n; i++) {
        const rg_statistics *n = &x->new->statistics.v[i];
        if (n->dropped) continue;
        const rg_statistics *o = rg_catalog_statistics(x->old, n->schema, n->name);
        if (o && rg_map_get(&x->dropped_owner, rg_diff_key2(x, o->table_schema, o->table_name))) o = NULL;
        const char *obj = rg_diff_qname(x, n->schema, n->name);
        if (!o) {
            rg_diff_emit(x, G_STATISTICS, RG_CHANGE_ADD, RG_OBJ_STATISTICS, RG_CK_ADD_STATISTICS, obj,
                         statistics_def(x, x->new, n), NULL, n);
        } else if (!statistics_same(x, o, n)) {
            rg_diff_emit(x, G_STATISTICS, RG_CHANGE_ALTER, RG_OBJ_STATISTICS, RG_CK_ALTER_STATISTICS, obj,
                         rg_arena_printf(x->a, "%s -> %s", statistics_def(x, x->old, o), statistics_def(x, x->new, n)),
                         o, n);
        } else if (o->target != n->target) {
            rg_diff_emit(x, G_STATISTICS, RG_CHANGE_ALTER, RG_OBJ_STATISTICS, RG_CK_ALTER_STATISTICS_TARGET, obj,
                         rg_arena_printf(x->a, "statistics target %d -> %d", o->target, n->target), o, n);
        }
        rg_diff_comment(x, RG_OBJ_STATISTICS, obj, o ? o->comment : NULL, n->comment, o, n);
    }
}

/* ---- unmodelled statements ---------------------------------------------- */

static void diff_opaque(dctx *x)
{
    for (size_t i = 0; i < x->old->opaque.n; i++) {
        const rg_opaque *o = &x->old->opaque.v[i];
        if (o->dropped || !o->identity || rg_map_get(&x->new->opaque_map, o->identity)) continue;
        rg_diff_emit(x, G_DROP_OPAQUE, RG_CHANGE_DROP, RG_OBJ_OPAQUE, RG_CK_DROP_OPAQUE,
                     o->identity, o->kind, o, NULL);
    }
    for (size_t i = 0; i < x->new->opaque.n; i++) {
        const rg_opaque *n = &x->new->opaque.v[i];
        if (n->dropped || !n->identity) continue;
        const rg_opaque *o = rg_map_get(&x->old->opaque_map, n->identity);
        if (!o)
            rg_diff_emit(x, G_OPAQUE, RG_CHANGE_ADD, RG_OBJ_OPAQUE, RG_CK_ADD_OPAQUE, n->identity,
                         n->kind, NULL, n);
        else if (!rg_diff_expr_eq(&o->stmt, &n->stmt))
            rg_diff_emit(x, G_OPAQUE, RG_CHANGE_ALTER, RG_OBJ_OPAQUE, RG_CK_ALTER_OPAQUE,
                         n->identity, rg_arena_printf(x->a, "%s changed", n->kind), o, n);
    }
}

/* ---- grants ------------------------------------------------------------- */

/* The kind of object a grant is on, from the first word of its object. */
static rg_objkind grant_objkind(const char *object)
{
    static const struct { const char *word; rg_objkind k; } words[] = {
        {"schema", RG_OBJ_SCHEMA}, {"table", RG_OBJ_TABLE}, {"view", RG_OBJ_VIEW},
        {"sequence", RG_OBJ_SEQUENCE}, {"function", RG_OBJ_FUNCTION},
        {"procedure", RG_OBJ_FUNCTION}, {"type", RG_OBJ_TYPE}, {"domain", RG_OBJ_TYPE},
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        size_t n = strlen(words[i].word);
        if (object && strncmp(object, words[i].word, n) == 0 && object[n] == ' ')
            return words[i].k;
    }
    return RG_OBJ_OPAQUE;
}

static const char *grant_key(rg_arena *a, const rg_grant *g)
{
    return rg_arena_printf(a, "%s|%s|%s|%s", g->object ? g->object : "",
                           g->grantee ? g->grantee : "", g->privilege ? g->privilege : "",
                           g->columns ? g->columns : "");
}

static const char *grant_text(dctx *x, const rg_grant *g, bool add, bool option_only)
{
    return rg_arena_printf(x->a, "%s%s%s%s %s %s%s", option_only ? "grant option for " : "",
                           g->privilege ? g->privilege : "?", g->columns ? " " : "",
                           g->columns ? g->columns : "", add ? "to" : "from",
                           g->grantee ? g->grantee : "?",
                           g->grant_option && add ? " with grant option" : "");
}

static void emit_grant(dctx *x, bool add, const rg_grant *g, const rg_grant *o,
                       const rg_grant *n, bool option_only)
{
    rg_diff_emit(x, add ? G_GRANT : G_DROP_GRANT, add ? RG_CHANGE_ADD : RG_CHANGE_DROP,
                 grant_objkind(g->object), add ? RG_CK_ADD_GRANT : RG_CK_DROP_GRANT,
                 g->object ? g->object : "", grant_text(x, g, add, option_only), o, n);
}

static void diff_grants(dctx *x)
{
    /* Keyed here rather than through the catalogs' grant maps so the key
     * format is this file's own business. */
    rg_map om = {0}, nm = {0};
    for (size_t i = 0; i < x->old->grants.n; i++)
        rg_map_put(&om, grant_key(x->a, &x->old->grants.v[i]), &x->old->grants.v[i]);
    for (size_t i = 0; i < x->new->grants.n; i++)
        rg_map_put(&nm, grant_key(x->a, &x->new->grants.v[i]), &x->new->grants.v[i]);
    for (size_t i = 0; i < x->old->grants.n; i++) {
        const rg_grant *o = &x->old->grants.v[i];
        const rg_grant *n = rg_map_get(&nm, grant_key(x->a, o));
        if (!n) emit_grant(x, false, o, o, NULL, false);
        else if (o->grant_option && !n->grant_option) emit_grant(x, false, o, o, n, true);
    }
    for (size_t i = 0; i < x->new->grants.n; i++) {
        const rg_grant *n = &x->new->grants.v[i];
        const rg_grant *o = rg_map_get(&om, grant_key(x->a, n));
        if (!o) emit_grant(x, true, n, NULL, n, false);
        else if (n->grant_option && !o->grant_option) emit_grant(x, true, n, o, n, false);
    }
    rg_map_free(&om);
    rg_map_free(&nm);
}

/* ---- ordering and the entry points -------------------------------------- */

static int pchange_cmp(const void *pa, const void *pb)
{
    const pchange *a = pa, *b = pb;
    if (a->group != b->group) return a->group < b->group ? -1 : 1;
    if (a->depth != b->depth) {
        /* Children (partitions, inheritors) after parents on create,
         * before them on drop. */
        bool drop = a->group <= G_DROP_SCHEMA;
        return (a->depth < b->depth) != drop ? -1 : 1;
    }
    if (a->rank != b->rank) return a->rank < b->rank ? -1 : 1;
    int c = strcmp(a->c.object, b->c.object);
    if (c) return c;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

int rg_diff_catalogs(rg_diff **out, const rg_catalog *old_cat, const rg_catalog *new_cat)
{
    *out = NULL;
    if (!old_cat || !new_cat) return RG_EUSAGE;
    rg_diff *d = rg_xcalloc(1, sizeof *d);
    d->arena = rg_arena_new();
    dctx x = {.a = d->arena, .old = old_cat, .new = new_cat};
    /* In registry order: tables and views fill dropped_owner, which
     * sequences, indexes and statistics read (what a dropped relation owns
     * goes with it). Privileges, not a kind, come last. */
#define DIFF_COLUMN(KIND, name, interp, follow, diff, ...) diff,
    static void (*const pass[RG_OBJ__COUNT])(dctx *) = {RG_OBJKINDS(DIFF_COLUMN)};
#undef DIFF_COLUMN
    for (size_t k = 0; k < RG_OBJ__COUNT; k++)
        if (pass[k]) pass[k](&x);
    diff_grants(&x);
    if (x.ch.n) qsort(x.ch.v, x.ch.n, sizeof *x.ch.v, pchange_cmp);
    d->n = x.ch.n;
    d->v = rg_arena_alloc(d->arena, (x.ch.n ? x.ch.n : 1) * sizeof *d->v);
    for (size_t i = 0; i < x.ch.n; i++) {
        d->v[i] = x.ch.v[i].c;
        d->v[i].seq = (int)i + 1;
    }
    rg_buf_free(&x.key);
    rg_map_free(&x.dropped_owner);
    *out = d;
    return RG_OK;
}

void rg_diff_free(rg_diff *d)
{
    if (!d) return;
    rg_arena_free(d->arena);
    free(d);
}
