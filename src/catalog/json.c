/*
 * json.c — the catalog as JSON (`rollgate catalog FILE --format json`),
 * for scripts and other tools. Objects appear in the order of the
 * canonical SQL (catalog/emit.h); keys always in the order below; absent
 * values are null, flags true/false; expressions as their SQL text.
 *
 *   {"schemas":    [{"name","comment"}],
 *    "extensions": [{"name","schema","version","comment"}],
 *    "types":      [{"schema","name","kind":"enum|domain|composite|range|base",
 *                    "labels":[..],"base_type","collation","not_null","default",
 *                    "checks":[{"name","expression","not_valid"}],
 *                    "attributes":[{"name","type","collation"}],"definition","comment"}],
 *    "sequences":  [{"schema","name","type","start","increment","min","max",
 *                    "cache","cycle","owned_by","identity","persistence","comment"}],
 *    "functions":  [{"schema","name","signature","kind":"function|procedure",
 *                    "args":[{"name","type","mode":"in|out|inout|variadic|table","default"}],
 *                    "returns","language","body","link_symbol","sql_body",
 *                    "attributes","search_path","comment"}],
 *    "tables":     [{"schema","name","kind":"table|partitioned|foreign",
 *                    "persistence":"permanent|unlogged|temporary",
 *                    "columns":[{"name","type","not_null","default",
 *                                "identity":null|"always"|"by default","identity_sequence",
 *                                "generated":null|expression,"collation","comment",
 *                                "is_local","storage","statistics","compression"}],
 *                    "constraints":[{"name","kind":"primary_key|unique|check|foreign_key|exclusion",
 *                                "columns":[..],"expression","no_inherit",
 *                                "references":{"schema","table","columns":[..]}|null,
 *                                "match","on_update","on_delete","on_delete_columns",
 *                                "elements":[index elements],"method","where",
 *                                "include":[..],"index_options","index_tablespace",
 *                                "nulls_not_distinct","deferrable","deferred",
 *                                "not_valid","is_local","comment"}],
 *                    "indexes":[{"schema","name","unique","nulls_not_distinct","method",
 *                                "elements":[{"column","expression","collation","opclass",
 *                                             "opclass_options","desc","nulls_first","operator"}],
 *                                "include":[..],"where","options","tablespace","only",
 *                                "attached_to","comment"}],
 *                    "triggers":[{"name","timing":"before|after|instead of",
 *                                "events":["insert","delete","update","truncate"],
 *                                "update_columns":[..],"for_each_row","when",
 *                                "function":"schema.name","args","constraint_trigger",
 *                                "deferrable","deferred","old_table","new_table",
 *                                "enabled","comment"}],
 *                    "policies":[{"name","permissive","command","roles":[..],
 *                                "using","with_check","comment"}],
 *                    "partition_key","partition_of":{"schema","table"}|null,
 *                    "partition_bound","inherits":[..],"rls_enabled","rls_forced",
 *                    "options","tablespace","access_method","foreign_server",
 *                    "foreign_options","replica_identity","replica_index",
 *                    "search_path","comment"}],
 *    "views":      [{"schema","name","materialized","query","columns":[..],
 *                    "column_comments":[..],"options","check_option","with_no_data",
 *                    "search_path","indexes":[..],"triggers":[..],"comment"}],
 *    "statistics": [{"schema","name","table":{"schema","name"},"columns":[..],
 *                    "expressions":[..],"kinds":["ndistinct","dependencies","mcv"],
 *                    "target":null|n,"comment"}],
 *    "grants":     [{"object","grantee","privilege","columns","grant_option"}],
 *    "opaque":     [{"kind","identity","sql","search_path"}]}
 *
 * Strings are escaped as RFC 8259 requires (quote, backslash, control
 * characters as \uXXXX or their short forms); other bytes, UTF-8 included,
 * pass through unchanged.
 */
#include "catalog/emit.h"
#include "parse/tree.h"
#include "rollgate/catalog.h"

#include <string.h>

typedef struct jw {
    rg_buf *b;
    rg_emit_order *o;
    bool need_comma;           /* a value was written at this level */
    rg_map table_indexes;      /* "schema.table" -> index list (ixlist *) */
} jw;

typedef struct ixlist {
    RG_VEC(rg_index *) v;
} ixlist;

/* ---- primitives ---------------------------------------------------------- */

static void sep(jw *w)
{
    if (w->need_comma) rg_buf_putc(w->b, ',');
    w->need_comma = true;
}

static void key(jw *w, const char *k)
{
    sep(w);
    rg_json_str(w->b, k, 0);
    rg_buf_putc(w->b, ':');
    w->need_comma = false;
}

static void open_(jw *w, char c)
{
    rg_buf_putc(w->b, c);
    w->need_comma = false;
}

static void close_(jw *w, char c)
{
    rg_buf_putc(w->b, c);
    w->need_comma = true;
}

static void val_str(jw *w, const char *s)
{
    sep(w);
    rg_json_str(w->b, s, RG_JSON_NULL);
}

static void val_bool(jw *w, bool v)
{
    sep(w);
    rg_buf_puts(w->b, v ? "true" : "false");
}

static void val_int(jw *w, long long v)
{
    sep(w);
    rg_buf_printf(w->b, "%lld", v);
}

static void kstr(jw *w, const char *k, const char *s) { key(w, k); val_str(w, s); }
static void kbool(jw *w, const char *k, bool v) { key(w, k); val_bool(w, v); }
static void kint(jw *w, const char *k, long long v) { key(w, k); val_int(w, v); }

static void kstrs(jw *w, const char *k, const char *const *v, size_t n)
{
    key(w, k);
    open_(w, '[');
    for (size_t i = 0; i < n; i++) val_str(w, v[i]);
    close_(w, ']');
}

/* An expression as SQL text; null when absent. */
static void kexpr(jw *w, const char *k, const rg_expr *e)
{
    key(w, k);
    val_str(w, e->key || e->node ? rg_expr_sql(w->o->c, e) : NULL);
}

static const char *chr_str(jw *w, char c)
{
    if (!c) return NULL;
    char s[2] = {c, 0};
    return rg_arena_strdup(w->o->a, s);
}

/* ---- schemas, extensions, types, sequences -------------------------------- */

static void write_schemas(jw *w)
{
    key(w, "schemas");
    open_(w, '[');
    for (size_t i = 0; i < w->o->nschemas; i++) {
        const rg_schema *s = w->o->schemas[i];
        sep(w);
        open_(w, '{');
        kstr(w, "name", s->name);
        kstr(w, "comment", s->comment);
        close_(w, '}');
    }
    close_(w, ']');
}

static void write_extensions(jw *w)
{
    key(w, "extensions");
    open_(w, '[');
    for (size_t i = 0; i < w->o->nextensions; i++) {
        const rg_extension *x = w->o->extensions[i];
        sep(w);
        open_(w, '{');
        kstr(w, "name", x->name);
        kstr(w, "schema", x->schema);
        kstr(w, "version", x->version);
        kstr(w, "comment", x->comment);
        close_(w, '}');
    }
    close_(w, ']');
}

static const char *type_kind(rg_typekind k)
{
    switch (k) {
    case RG_TYPE_ENUM: return "enum";
    case RG_TYPE_DOMAIN: return "domain";
    case RG_TYPE_COMPOSITE: return "composite";
    case RG_TYPE_RANGE: return "range";
    default: return "base";
    }
}

static void write_type(jw *w, const rg_type *t)
{
    sep(w);
    open_(w, '{');
    kstr(w, "schema", t->schema);
    kstr(w, "name", t->name);
    kstr(w, "kind", type_kind(t->kind));
    kstrs(w, "labels", t->labels.v, t->labels.n);
    kstr(w, "base_type", t->base_type);
    kstr(w, "collation", t->collation);
    kbool(w, "not_null", t->not_null);
    key(w, "default");
    val_str(w, t->has_default ? rg_expr_sql(w->o->c, &t->dflt) : NULL);
    key(w, "checks");
    open_(w, '[');
    for (size_t i = 0; i < t->checks.n; i++) {
        sep(w);
        open_(w, '{');
        kstr(w, "name", t->checks.v[i].name);
        kexpr(w, "expression", &t->checks.v[i].expr);
        kbool(w, "not_valid", t->checks.v[i].not_valid);
        close_(w, '}');
    }
    close_(w, ']');
    key(w, "attributes");
    open_(w, '[');
    for (size_t i = 0; i < t->attrs.n; i++) {
        sep(w);
        open_(w, '{');
        kstr(w, "name", t->attrs.v[i].name);
        kstr(w, "type", t->attrs.v[i].type);
        kstr(w, "collation", t->attrs.v[i].collation);
        close_(w, '}');
    }
    close_(w, ']');
    kstr(w, "definition", t->definition);
    kstr(w, "comment", t->comment);
    close_(w, '}');
}

static void write_types(jw *w)
{
    key(w, "types");
    open_(w, '[');
    for (size_t i = 0; i < w->o->ntypes; i++) write_type(w, w->o->types[i]);
    close_(w, ']');
}

static const char *persistence_name(char p)
{
    return p == 'u' ? "unlogged" : p == 't' ? "temporary" : "permanent";
}

static void write_sequences(jw *w)
{
    key(w, "sequences");
    open_(w, '[');
    for (size_t i = 0; i < w->o->nsequences; i++) {
        const rg_sequence *s = w->o->sequences[i];
        sep(w);
        open_(w, '{');
        kstr(w, "schema", s->schema);
        kstr(w, "name", s->name);
        kstr(w, "type", s->type);
        kint(w, "start", s->start);
        kint(w, "increment", s->increment);
        kint(w, "min", s->min);
        kint(w, "max", s->max);
        kint(w, "cache", s->cache);
        kbool(w, "cycle", s->cycle);
        kstr(w, "owned_by", s->owned_by);
        kbool(w, "identity", s->identity);
        kstr(w, "persistence", persistence_name(s->persistence));
        kstr(w, "comment", s->comment);
        close_(w, '}');
    }
    close_(w, ']');
}

/* ---- functions ------------------------------------------------------------ */

static const char *arg_mode(char m)
{
    switch (m) {
    case 'o': return "out";
    case 'b': return "inout";
    case 'v': return "variadic";
    case 't': return "table";
    default: return "in";
    }
}

static void write_function(jw *w, const rg_function *f)
{
    sep(w);
    open_(w, '{');
    kstr(w, "schema", f->schema);
    kstr(w, "name", f->name);
    kstr(w, "signature", f->signature);
    kstr(w, "kind", f->procedure ? "procedure" : "function");
    key(w, "args");
    open_(w, '[');
    for (size_t i = 0; i < f->nargs; i++) {
        const rg_func_arg *a = &f->args[i];
        sep(w);
        open_(w, '{');
        kstr(w, "name", a->name);
        kstr(w, "type", a->type);
        kstr(w, "mode", arg_mode(a->mode));
        kexpr(w, "default", &a->dflt);
        close_(w, '}');
    }
    close_(w, ']');
    kstr(w, "returns", f->returns);
    kstr(w, "language", f->language);
    kstr(w, "body", f->body);
    kstr(w, "link_symbol", f->body2);
    kstr(w, "sql_body", f->sql_body);
    kstr(w, "attributes", f->attributes);
    kstr(w, "search_path", f->search_path);
    kstr(w, "comment", f->comment);
    close_(w, '}');
}

static void write_functions(jw *w)
{
    key(w, "functions");
    open_(w, '[');
    for (char stage = 0; stage < 3; stage++)
        for (size_t i = 0; i < w->o->nfuncs; i++)
            if (w->o->func_stage[i] == stage) write_function(w, w->o->funcs[i]);
    close_(w, ']');
}

/* ---- tables --------------------------------------------------------------- */

static void write_column(jw *w, const rg_column *c)
{
    sep(w);
    open_(w, '{');
    kstr(w, "name", c->name);
    kstr(w, "type", c->type);
    kbool(w, "not_null", c->not_null);
    key(w, "default");
    val_str(w, c->has_default ? rg_expr_sql(w->o->c, &c->dflt) : NULL);
    kstr(w, "identity", c->identity == 'a' ? "always" : c->identity == 'd' ? "by default" : NULL);
    kstr(w, "identity_sequence", c->identity_seq);
    key(w, "generated");
    val_str(w, c->generated ? rg_expr_sql(w->o->c, &c->gen_expr) : NULL);
    kstr(w, "collation", c->collation);
    kstr(w, "comment", c->comment);
    kbool(w, "is_local", c->is_local);
    kstr(w, "storage", c->storage);
    key(w, "statistics");
    if (c->stats_target >= 0) val_int(w, c->stats_target);
    else val_str(w, NULL);
    kstr(w, "compression", c->compression);
    close_(w, '}');
}

static void write_elem(jw *w, const rg_index_elem *el)
{
    sep(w);
    open_(w, '{');
    kstr(w, "column", el->column);
    key(w, "expression");
    val_str(w, el->column ? NULL : rg_expr_sql(w->o->c, &el->expr));
    kstr(w, "collation", el->collation);
    kstr(w, "opclass", el->opclass);
    kstr(w, "opclass_options", el->opclass_opts);
    kbool(w, "desc", el->desc);
    kbool(w, "nulls_first", el->nulls_first);
    kstr(w, "operator", el->exclusion_op);
    close_(w, '}');
}

static void kelems(jw *w, const rg_index_elem *v, size_t n)
{
    key(w, "elements");
    open_(w, '[');
    for (size_t i = 0; i < n; i++) write_elem(w, &v[i]);
    close_(w, ']');
}

static const char *con_kind(rg_conkind k)
{
    switch (k) {
    case RG_CON_PRIMARY: return "primary_key";
    case RG_CON_UNIQUE: return "unique";
    case RG_CON_CHECK: return "check";
    case RG_CON_FOREIGN: return "foreign_key";
    default: return "exclusion";
    }
}

static const char *fk_action(char a)
{
    switch (a) {
    case 'r': return "restrict";
    case 'c': return "cascade";
    case 'n': return "set null";
    case 'd': return "set default";
    default: return "no action";
    }
}

static void write_references(jw *w, const rg_constraint *k)
{
    key(w, "references");
    if (k->kind != RG_CON_FOREIGN) {
        val_str(w, NULL);
        return;
    }
    sep(w);
    open_(w, '{');
    kstr(w, "schema", k->ref_schema);
    kstr(w, "table", k->ref_table);
    kstrs(w, "columns", k->ref_columns, k->nref_columns);
    close_(w, '}');
}

static void write_constraint(jw *w, const rg_constraint *k)
{
    bool fk = k->kind == RG_CON_FOREIGN;
    sep(w);
    open_(w, '{');
    kstr(w, "name", k->name);
    kstr(w, "kind", con_kind(k->kind));
    kstrs(w, "columns", k->columns, k->ncolumns);
    key(w, "expression");
    val_str(w, k->kind == RG_CON_CHECK ? rg_expr_sql(w->o->c, &k->check) : NULL);
    kbool(w, "no_inherit", k->no_inherit);
    write_references(w, k);
    kstr(w, "match", !fk ? NULL : k->fk_match == 'f' ? "full" : k->fk_match == 'p' ? "partial" : "simple");
    kstr(w, "on_update", fk ? fk_action(k->on_update) : NULL);
    kstr(w, "on_delete", fk ? fk_action(k->on_delete) : NULL);
    kstrs(w, "on_delete_columns", k->on_delete_cols, k->non_delete_cols);
    kelems(w, k->elems, k->nelems);
    kstr(w, "method", k->method);
    kexpr(w, "where", &k->where);
    kstrs(w, "include", k->include, k->ninclude);
    kstr(w, "index_options", k->index_options);
    kstr(w, "index_tablespace", k->index_tablespace);
    kbool(w, "nulls_not_distinct", k->nulls_not_distinct);
    kbool(w, "deferrable", k->deferrable);
    kbool(w, "deferred", k->deferred);
    kbool(w, "not_valid", k->not_valid);
    kbool(w, "is_local", k->is_local);
    kstr(w, "comment", k->comment);
    if (k->index_attached_to) kstr(w, "index_attached_to", k->index_attached_to);
    close_(w, '}');
}

static void write_index(jw *w, const rg_index *x)
{
    sep(w);
    open_(w, '{');
    kstr(w, "schema", x->schema);
    kstr(w, "name", x->name);
    kbool(w, "unique", x->unique);
    kbool(w, "nulls_not_distinct", x->nulls_not_distinct);
    kstr(w, "method", x->method);
    kelems(w, x->elems, x->nelems);
    kstrs(w, "include", x->include, x->ninclude);
    kexpr(w, "where", &x->where);
    kstr(w, "options", x->options);
    kstr(w, "tablespace", x->tablespace);
    kbool(w, "only", x->only);
    kstr(w, "attached_to", x->attached_to);
    kstr(w, "comment", x->comment);
    close_(w, '}');
}

static void write_trigger(jw *w, const rg_trigger *g)
{
    static const struct { unsigned bit; const char *name; } ev[] = {
        {RG_TRIG_INSERT, "insert"}, {RG_TRIG_DELETE, "delete"},
        {RG_TRIG_UPDATE, "update"}, {RG_TRIG_TRUNCATE, "truncate"}};
    sep(w);
    open_(w, '{');
    kstr(w, "name", g->name);
    kstr(w, "timing", g->timing == 'b' ? "before" : g->timing == 'i' ? "instead of" : "after");
    key(w, "events");
    open_(w, '[');
    for (size_t i = 0; i < sizeof ev / sizeof *ev; i++)
        if (g->events & ev[i].bit) val_str(w, ev[i].name);
    close_(w, ']');
    kstrs(w, "update_columns", g->update_columns, g->nupdate_columns);
    kbool(w, "for_each_row", g->for_each_row);
    kexpr(w, "when", &g->when);
    key(w, "function");
    val_str(w, rg_qualified_a(w->o->a, g->func_schema, g->func_name));
    kstr(w, "args", g->args);
    kbool(w, "constraint_trigger", g->constraint_trigger);
    kbool(w, "deferrable", g->deferrable);
    kbool(w, "deferred", g->deferred);
    kstr(w, "old_table", g->ref_old_table);
    kstr(w, "new_table", g->ref_new_table);
    kstr(w, "enabled", chr_str(w, g->enabled ? g->enabled : 'O'));
    kstr(w, "comment", g->comment);
    close_(w, '}');
}

static void write_triggers(jw *w, rg_trigger *v, size_t n)
{
    rg_trigger **sorted;
    size_t k = rg_emit_triggers(w->o, v, n, &sorted);
    key(w, "triggers");
    open_(w, '[');
    for (size_t i = 0; i < k; i++) write_trigger(w, sorted[i]);
    close_(w, ']');
}

static void write_policy(jw *w, const rg_policy *p)
{
    sep(w);
    open_(w, '{');
    kstr(w, "name", p->name);
    kbool(w, "permissive", p->permissive);
    kstr(w, "command", p->command);
    kstrs(w, "roles", p->roles, p->nroles);
    kexpr(w, "using", &p->using_expr);
    kexpr(w, "with_check", &p->check_expr);
    kstr(w, "comment", p->comment);
    close_(w, '}');
}

static void write_relation_indexes(jw *w, const char *schema, const char *name)
{
    const char *k = rg_arena_printf(w->o->a, "%s.%s", schema, name);
    ixlist *l = rg_map_get(&w->table_indexes, k);
    key(w, "indexes");
    open_(w, '[');
    for (size_t i = 0; l && i < l->v.n; i++) write_index(w, l->v.v[i]);
    close_(w, ']');
}

static void write_table_parts(jw *w, rg_table *t)
{
    key(w, "columns");
    open_(w, '[');
    for (size_t i = 0; i < t->columns.n; i++)
        if (!t->columns.v[i].dropped) write_column(w, &t->columns.v[i]);
    close_(w, ']');
    rg_constraint **cons;
    size_t n = rg_emit_constraints(w->o, t, &cons);
    key(w, "constraints");
    open_(w, '[');
    for (size_t i = 0; i < n; i++) write_constraint(w, cons[i]);
    close_(w, ']');
    write_relation_indexes(w, t->schema, t->name);
    write_triggers(w, t->triggers.v, t->triggers.n);
    rg_policy **pols;
    n = rg_emit_policies(w->o, t, &pols);
    key(w, "policies");
    open_(w, '[');
    for (size_t i = 0; i < n; i++) write_policy(w, pols[i]);
    close_(w, ']');
}

static void write_table(jw *w, rg_table *t)
{
    sep(w);
    open_(w, '{');
    kstr(w, "schema", t->schema);
    kstr(w, "name", t->name);
    kstr(w, "kind", t->kind == RG_TABLE_PARTITIONED ? "partitioned" :
                    t->kind == RG_TABLE_FOREIGN ? "foreign" : "table");
    kstr(w, "persistence", persistence_name(t->persistence));
    write_table_parts(w, t);
    kstr(w, "partition_key", t->partition_key);
    key(w, "partition_of");
    if (t->parent_table) {
        sep(w);
        open_(w, '{');
        kstr(w, "schema", t->parent_schema);
        kstr(w, "table", t->parent_table);
        close_(w, '}');
    } else {
        val_str(w, NULL);
    }
    key(w, "partition_bound");
    val_str(w, rg_emit_partition_bound(w->o, t));
    kstrs(w, "inherits", t->inherits, t->ninherits);
    kbool(w, "rls_enabled", t->rls_enabled);
    kbool(w, "rls_forced", t->rls_forced);
    kstr(w, "options", t->options);
    kstr(w, "tablespace", t->tablespace);
    kstr(w, "access_method", t->access_method);
    kstr(w, "foreign_server", t->foreign_server);
    kstr(w, "foreign_options", t->foreign_options);
    kstr(w, "replica_identity", chr_str(w, t->replica_identity ? t->replica_identity : 'd'));
    kstr(w, "replica_index", t->replica_index);
    kstr(w, "search_path", t->search_path);
    kstr(w, "comment", t->comment);
    close_(w, '}');
}

static void write_tables(jw *w)
{
    key(w, "tables");
    open_(w, '[');
    for (size_t i = 0; i < w->o->ntables; i++) write_table(w, w->o->tables[i]);
    close_(w, ']');
}

/* ---- views, grants, opaque ------------------------------------------------ */

static void write_view(jw *w, rg_view *v)
{
    sep(w);
    open_(w, '{');
    kstr(w, "schema", v->schema);
    kstr(w, "name", v->name);
    kbool(w, "materialized", v->materialized);
    kexpr(w, "query", &v->query);
    kstrs(w, "columns", v->columns, v->ncolumns);
    key(w, "column_comments");
    open_(w, '[');
    for (size_t i = 0; i < v->ncolumns; i++)
        val_str(w, v->column_comments ? v->column_comments[i] : NULL);
    close_(w, ']');
    kstr(w, "options", v->options);
    kstr(w, "check_option", v->check_option);
    kbool(w, "with_no_data", v->with_no_data);
    kstr(w, "search_path", v->search_path);
    write_relation_indexes(w, v->schema, v->name);
    write_triggers(w, v->triggers.v, v->triggers.n);
    kstr(w, "comment", v->comment);
    close_(w, '}');
}

static void write_views(jw *w)
{
    key(w, "views");
    open_(w, '[');
    for (size_t i = 0; i < w->o->nviews; i++) write_view(w, w->o->views[i]);
    close_(w, ']');
}

static void write_statistics(jw *w)
{
    key(w, "statistics");
    open_(w, '[');
    for (size_t i = 0; i < w->o->nstatistics; i++) {
        const rg_statistics *s = w->o->statistics[i];
        sep(w);
        open_(w, '{');
        kstr(w, "schema", s->schema);
        kstr(w, "name", s->name);
        key(w, "table");
        open_(w, '{');
        kstr(w, "schema", s->table_schema);
        kstr(w, "name", s->table_name);
        close_(w, '}');
        kstrs(w, "columns", s->columns, s->ncolumns);
        key(w, "expressions");
        open_(w, '[');
        for (size_t k = 0; k < s->nexprs; k++) val_str(w, rg_expr_sql(w->o->c, &s->exprs[k]));
        close_(w, ']');
        const char *kinds[3];
        size_t nk = 0;
        if (s->ndistinct) kinds[nk++] = "ndistinct";
        if (s->dependencies) kinds[nk++] = "dependencies";
        if (s->mcv) kinds[nk++] = "mcv";
        kstrs(w, "kinds", kinds, nk);
        key(w, "target");
        if (s->target >= 0) val_int(w, s->target);
        else val_str(w, NULL);
        kstr(w, "comment", s->comment);
        close_(w, '}');
    }
    close_(w, ']');
}

static void write_grants(jw *w)
{
    key(w, "grants");
    open_(w, '[');
    for (size_t i = 0; i < w->o->ngrants; i++) {
        const rg_grant *g = w->o->grants[i];
        sep(w);
        open_(w, '{');
        kstr(w, "object", g->object);
        kstr(w, "grantee", g->grantee);
        kstr(w, "privilege", g->privilege);
        kstr(w, "columns", g->columns);
        kbool(w, "grant_option", g->grant_option);
        close_(w, '}');
    }
    close_(w, ']');
}

static void write_opaque(jw *w)
{
    rg_catalog *c = w->o->c;
    key(w, "opaque");
    open_(w, '[');
    for (size_t i = 0; i < c->opaque.n; i++) {
        rg_opaque *o = &c->opaque.v[i];
        if (o->dropped) continue;
        if (!o->stmt.sql && o->stmt.node) o->stmt.sql = rg_pg_deparse_stmt(c->arena, o->stmt.node);
        sep(w);
        open_(w, '{');
        kstr(w, "kind", o->kind);
        kstr(w, "identity", o->identity);
        kstr(w, "sql", o->stmt.sql);
        kstr(w, "search_path", o->search_path);
        close_(w, '}');
    }
    close_(w, ']');
}

/* Indexes grouped by the relation they belong to, in the order's sequence. */
static void group_indexes(jw *w)
{
    for (size_t i = 0; i < w->o->nindexes; i++) {
        rg_index *x = w->o->indexes[i];
        const char *k = rg_arena_printf(w->o->a, "%s.%s", x->table_schema, x->table_name);
        ixlist *l = rg_map_get(&w->table_indexes, k);
        if (!l) {
            l = rg_arena_alloc(w->o->a, sizeof *l);
            rg_map_put(&w->table_indexes, k, l);
        }
        *rg_vec_push(w->o->a, &l->v) = x;
    }
}

void rg_catalog_to_json(rg_catalog *c, rg_buf *out)
{
    rg_emit_order o;
    rg_emit_order_init(&o, c);
    jw w = {.b = out, .o = &o};
    group_indexes(&w);
    open_(&w, '{');
    write_schemas(&w);
    write_extensions(&w);
    write_types(&w);
    write_sequences(&w);
    write_functions(&w);
    write_tables(&w);
    write_views(&w);
    write_statistics(&w);
    write_grants(&w);
    write_opaque(&w);
    close_(&w, '}');
    rg_buf_putc(out, '\n');
    rg_map_free(&w.table_indexes);
    rg_emit_order_free(&o);
}
