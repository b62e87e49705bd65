/*
 * interp.c — stage 2 entry point: applies parsed statements to an
 * rg_catalog the way PostgreSQL 15 would. This file owns the catalog's
 * lifetime, statement dispatch, session state (search_path), name
 * resolution, schemas, extensions and unmodelled (opaque) statements; the
 * object kinds live in interp_table.c (tables, columns, constraints,
 * indexes), interp_objects.c (sequences, views, functions, triggers,
 * policies, types, grants) and interp_ddl.c (DROP, RENAME, COMMENT, SET
 * SCHEMA); what partitions and children inherit in interp_part.c; how
 * dependants follow renames in interp_follow.c; implicit names in names.c.
 *
 * Not modelled on purpose: owners (ALTER ... OWNER TO is accepted and
 * ignored — a schema snapshot taken by another role must still compare
 * equal), data (INSERT/COPY/UPDATE/DELETE), and session settings other than
 * search_path.
 */
#include "catalog/interp_int.h"

#include <pthread.h>

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <strings.h>

#include "rollgate/models.h"

/* ---- diagnostics --------------------------------------------------------- */

static size_t stmt_offset(ictx *x, int loc)
{
    return x->st->offset + (loc > 0 && (size_t)loc < x->st->len ? (size_t)loc : 0);
}

void ierr(ictx *x, int loc, const char *sqlstate, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    rg_diag_add(x->d, RG_SEV_ERROR, sqlstate, x->st->src, stmt_offset(x, loc), "%s", msg);
    x->nerr++;
}

void inote(ictx *x, int loc, const char *code, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    rg_diag_add(x->d, RG_SEV_NOTE, code, x->st->src, stmt_offset(x, loc), "%s", msg);
}

/* ---- vectors whose elements the maps point at ---------------------------- */

typedef struct anyvec {
    void *v;
    size_t n, cap;
} anyvec;

static void rebase_map(rg_map *m, const char *old, size_t bytes, char *nw, bool relref)
{
    for (size_t i = 0; m && i < m->cap; i++) {
        void *v = m->e[i].val;
        if (!v) continue;
        if (relref) {
            rg_relref *r = v;
            const char *o = r->obj;
            if (o && o >= old && o < old + bytes) r->obj = nw + (o - old);
        } else if ((const char *)v >= old && (const char *)v < old + bytes) {
            m->e[i].val = nw + ((const char *)v - old);
        }
    }
}

void *push_rebase(rg_arena *a, void *vec, size_t elem, rg_map *m1, rg_map *m2, bool relref)
{
    anyvec *av = vec;
    char *old = av->v;
    size_t bytes = av->n * elem;
    void *slot = rg_vec_grow(a, vec, elem);
    if (old && (char *)av->v != old) {
        rebase_map(m1, old, bytes, av->v, relref);
        rebase_map(m2, old, bytes, av->v, false);
    }
    return slot;
}

/* ---- keys and names ------------------------------------------------------ */

/* "a.b" into out, which holds strlen(a) + strlen(b) + 2 bytes. Keys are
 * built for every name lookup of every statement: snprintf's format
 * interpretation was 4% of `diff`'s instructions. */
static char *join_dot(char *out, const char *a, size_t na, const char *b, size_t nb)
{
    memcpy(out, a, na);
    out[na] = '.';
    memcpy(out + na + 1, b, nb + 1);
    return out;
}

const char *ckey(rg_catalog *c, const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    return join_dot(rg_arena_alloc(c->arena, na + nb + 2), a, na, b, nb);
}

const char *tkey(char *buf, size_t cap, rg_catalog *c, const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    return na + nb + 2 <= cap ? join_dot(buf, a, na, b, nb) : ckey(c, a, b);
}

bool schema_exists(const rg_catalog *c, const char *name)
{
    return rg_map_get(&c->schema_map, name) != NULL;
}

const char *creation_schema(ictx *x, const char *schemaname)
{
    if (schemaname && *schemaname) return schemaname;
    rg_catalog *c = x->c;
    for (size_t i = 0; i < c->nsearch_path; i++)
        if (schema_exists(c, c->search_path[i])) return c->search_path[i];
    return "public";
}

rg_relref *rel_find(const rg_catalog *c, const char *schema, const char *name)
{
    char buf[300];
    if (schema && *schema)
        return rg_map_get(&c->relation_map, tkey(buf, sizeof buf, (rg_catalog *)c, schema, name));
    for (size_t i = 0; i < c->nsearch_path; i++) {
        rg_relref *r = rg_map_get(&c->relation_map,
                                  tkey(buf, sizeof buf, (rg_catalog *)c, c->search_path[i], name));
        if (r) return r;
    }
    /* Lenient: an empty search_path (pg_dump's set_config) still finds
     * public objects a hand-written script names unqualified. */
    if (c->nsearch_path == 0)
        return rg_map_get(&c->relation_map, tkey(buf, sizeof buf, (rg_catalog *)c, "public", name));
    return NULL;
}

static const char *rel_schema_of(const rg_relref *r)
{
    switch (r->kind) {
    case RG_REL_TABLE: return ((rg_table *)r->obj)->schema;
    case RG_REL_VIEW: return ((rg_view *)r->obj)->schema;
    case RG_REL_SEQUENCE: return ((rg_sequence *)r->obj)->schema;
    case RG_REL_INDEX: return r->obj ? ((rg_index *)r->obj)->schema : NULL;
    }
    return NULL;
}

rg_relref *rel_find_rv(const rg_catalog *c, const pg_RangeVar *rv, const char **schema_out)
{
    if (!rv) return NULL;
    rg_relref *r = rel_find(c, rv->schemaname, rv->relname);
    if (schema_out) {
        const char *s = r ? rel_schema_of(r) : NULL;
        if (!s && r && r->owner_table) {
            /* constraint index: same schema as its table */
            const char *dot = strchr(r->owner_table, '.');
            s = dot ? rg_arena_strndup(c->arena, r->owner_table, (size_t)(dot - r->owner_table)) : NULL;
        }
        if (!s) s = *rv->schemaname ? rv->schemaname : NULL;
        if (!s) {
            for (size_t i = 0; i < c->nsearch_path && !s; i++)
                if (schema_exists(c, c->search_path[i])) s = c->search_path[i];
            if (!s) s = "public";
        }
        *schema_out = s;
    }
    return r;
}

void rel_register(rg_catalog *c, const char *schema, const char *name, rg_relkind kind, void *obj,
                  const char *owner_table)
{
    rg_relref *r = rg_arena_alloc(c->arena, sizeof *r);
    r->kind = kind;
    r->obj = obj;
    r->owner_table = owner_table;
    rg_map_put(&c->relation_map, ckey(c, schema, name), r);
}

void rel_unregister(rg_catalog *c, const char *schema, const char *name)
{
    char buf[300];
    rg_map_del(&c->relation_map, tkey(buf, sizeof buf, c, schema, name));
}

bool rel_name_taken(const rg_catalog *c, const char *schema, const char *name)
{
    char buf[300];
    return rg_map_get(&c->relation_map, tkey(buf, sizeof buf, (rg_catalog *)c, schema, name)) != NULL;
}

/* Values are arena counters: several tables may carry constraints of the
 * same explicit name, and the name stays taken until the last one goes. */
void conname_add(rg_catalog *c, const char *schema, const char *name)
{
    char buf[300];
    size_t *n = rg_map_get(&c->constraint_names, tkey(buf, sizeof buf, c, schema, name));
    if (!n) {
        n = rg_arena_alloc(c->arena, sizeof *n);
        rg_map_put(&c->constraint_names, ckey(c, schema, name), n);
    }
    (*n)++;
}

void conname_del(rg_catalog *c, const char *schema, const char *name)
{
    char buf[300];
    const char *k = tkey(buf, sizeof buf, c, schema, name);
    size_t *n = rg_map_get(&c->constraint_names, k);
    if (n && --(*n) == 0) rg_map_del(&c->constraint_names, k);
}

bool conname_taken(const rg_catalog *c, const char *schema, const char *name)
{
    char buf[300];
    return rg_map_get(&c->constraint_names, tkey(buf, sizeof buf, (rg_catalog *)c, schema, name)) != NULL;
}

rg_normctx nctx(rg_catalog *c, const rg_table *t)
{
    rg_normctx n = {c, t};
    return n;
}

rg_normctx domain_nctx(rg_catalog *c, const rg_type *t, rg_table *scope)
{
    memset(scope, 0, sizeof *scope);
    scope->schema = t->schema;
    scope->name = t->name;
    rg_column *v = rg_vec_push(c->arena, &scope->columns);
    v->name = "value";
    v->type = t->base_type ? t->base_type : "unknown";
    v->is_local = true;
    v->stats_target = -1;
    rg_map_put(&scope->column_map, v->name, v);
    return nctx(c, scope);
}

void domain_scope_free(rg_table *scope)
{
    rg_map_free(&scope->column_map);
}

const char *search_path_text(rg_catalog *c)
{
    rg_buf b = {0};
    for (size_t i = 0; i < c->nsearch_path; i++) {
        if (i) rg_buf_puts(&b, ", ");
        rg_buf_puts(&b, c->search_path[i]);
    }
    const char *s = rg_arena_strdup(c->arena, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return s;
}

/* ---- option lists -------------------------------------------------------- */

/* The value of a DefElem as text (reloptions, definitions). */
const char *defelem_str(rg_arena *a, const pg_DefElem *de)
{
    const pg_node *v = de->arg;
    if (!v) return NULL;
    switch (v->node_case) {
    case T_String: return v->string->sval;
    case T_Integer: return rg_arena_printf(a, "%d", v->integer->ival);
    case T_Float: return v->float_->fval;
    case T_Boolean: return v->boolean->boolval ? "true" : "false";
    case T_TypeName: {
        const pg_TypeName *tn = v->type_name;
        rg_buf b = {0};
        for (size_t i = 0; i < tn->n_names; i++) {
            if (i) rg_buf_putc(&b, '.');
            rg_buf_puts(&b, rg_pg_str(tn->names[i]));
        }
        const char *s = rg_arena_strdup(a, rg_buf_cstr(&b));
        rg_buf_free(&b);
        return s;
    }
    case T_List: {
        rg_buf b = {0};
        for (size_t i = 0; i < v->list->n_items; i++) {
            if (i) rg_buf_putc(&b, '.');
            rg_buf_puts(&b, rg_pg_str(v->list->items[i]));
        }
        const char *s = rg_arena_strdup(a, rg_buf_cstr(&b));
        rg_buf_free(&b);
        return s;
    }
    case T_A_Star: return "*";
    default: return rg_pg_deparse_expr(a, v);
    }
}

bool defelem_int(const pg_DefElem *de, long long *out)
{
    const pg_node *v = de->arg;
    if (!v) return false;
    if (v->node_case == T_Integer) {
        *out = v->integer->ival;
        return true;
    }
    if (v->node_case == T_Float) {
        /* integers beyond int32 arrive as Float text */
        char *end;
        *out = strtoll(v->float_->fval, &end, 10);
        return *end == 0;
    }
    return false;
}

/* "k=v, k2=v2" in the order given, as pg_class.reloptions keeps them. */
const char *reloptions_text(rg_arena *a, pg_node *const *opts, size_t n)
{
    if (n == 0) return NULL;
    rg_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        if (!rg_pg_is(opts[i], T_DefElem)) continue;
        const pg_DefElem *de = opts[i]->def_elem;
        if (b.len) rg_buf_puts(&b, ", ");
        if (*de->defnamespace) rg_buf_printf(&b, "%s.", de->defnamespace);
        rg_buf_puts(&b, de->defname);
        const char *v = defelem_str(a, de);
        rg_buf_printf(&b, "=%s", v ? v : "true");
    }
    const char *s = b.len ? rg_arena_strdup(a, b.s) : NULL;
    rg_buf_free(&b);
    return s;
}

/* ---- catalog lifetime ---------------------------------------------------- */

static void add_schema(rg_catalog *c, const char *name, rg_origin o)
{
    rg_schema *s = PUSH(c->arena, &c->schemas, &c->schema_map, NULL, false);
    s->name = rg_arena_strdup(c->arena, name);
    s->origin = o;
    rg_map_put(&c->schema_map, s->name, s);
}

static void set_search_path(rg_catalog *c, const char **names, size_t n)
{
    c->search_path = rg_arena_alloc(c->arena, (n ? n : 1) * sizeof *c->search_path);
    c->nsearch_path = 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(names[i], "$user") != 0)
            c->search_path[c->nsearch_path++] = rg_arena_strdup(c->arena, names[i]);
}

rg_catalog *rg_catalog_new(void)
{
    rg_catalog *c = rg_xcalloc(1, sizeof *c);
    c->arena = rg_arena_new();
    c->server_version = 15;
    rg_origin none = {NULL, 0};
    add_schema(c, "public", none);
    /* initdb comments it; pg_dump omits the comment while it is this one */
    c->schemas.v[0].comment = "standard public schema";
    const char *def[] = {"public"};
    set_search_path(c, def, 1);
    return c;
}

void rg_catalog_free(rg_catalog *c)
{
    if (!c) return;
    catidx_free(c);
    for (size_t i = 0; i < c->tables.n; i++) {
        rg_table *t = &c->tables.v[i];
        rg_map_free(&t->column_map);
        rg_map_free(&t->constraint_map);
        rg_map_free(&t->trigger_map);
        rg_map_free(&t->policy_map);
    }
    for (size_t i = 0; i < c->views.n; i++) rg_map_free(&c->views.v[i].trigger_map);
    rg_map *maps[] = {&c->schema_map, &c->extension_map, &c->type_map, &c->relation_map,
                      &c->function_map, &c->function_name_map, &c->constraint_names,
                      &c->opaque_map, &c->grant_map, &c->statistics_map};
    for (size_t i = 0; i < sizeof maps / sizeof *maps; i++) rg_map_free(maps[i]);
    rg_arena_free(c->arena);
    free(c);
}

const char *rg_objkind_name(rg_objkind k)
{
#define NAME_COLUMN(KIND, name, ...) [RG_OBJ_##KIND] = name,
    static const char *const names[RG_OBJ__COUNT] = {RG_OBJKINDS(NAME_COLUMN)};
#undef NAME_COLUMN
    return (unsigned)k < RG_OBJ__COUNT ? names[k] : "unknown";
}

/* ---- lookups ------------------------------------------------------------- */

static void *rel_of_kind(const rg_catalog *c, const char *schema, const char *name, rg_relkind k)
{
    if (!name) return NULL;
    rg_relref *r = rel_find(c, schema, name);
    return r && r->kind == k ? r->obj : NULL;
}

rg_table *rg_catalog_table(const rg_catalog *c, const char *schema, const char *name)
{
    return rel_of_kind(c, schema, name, RG_REL_TABLE);
}

rg_view *rg_catalog_view(const rg_catalog *c, const char *schema, const char *name)
{
    return rel_of_kind(c, schema, name, RG_REL_VIEW);
}

rg_sequence *rg_catalog_sequence(const rg_catalog *c, const char *schema, const char *name)
{
    return rel_of_kind(c, schema, name, RG_REL_SEQUENCE);
}

rg_index *rg_catalog_index(const rg_catalog *c, const char *schema, const char *name)
{
    return rel_of_kind(c, schema, name, RG_REL_INDEX); /* NULL for constraint indexes */
}

rg_type *rg_catalog_type(const rg_catalog *c, const char *schema, const char *name)
{
    char buf[300];
    if (!name) return NULL;
    if (schema && *schema)
        return rg_map_get(&c->type_map, tkey(buf, sizeof buf, (rg_catalog *)c, schema, name));
    for (size_t i = 0; i < c->nsearch_path; i++) {
        rg_type *t = rg_map_get(&c->type_map, tkey(buf, sizeof buf, (rg_catalog *)c, c->search_path[i], name));
        if (t) return t;
    }
    if (c->nsearch_path == 0)
        return rg_map_get(&c->type_map, tkey(buf, sizeof buf, (rg_catalog *)c, "public", name));
    return NULL;
}

rg_column *rg_table_column(const rg_table *t, const char *name)
{
    return t && name ? rg_map_get(&t->column_map, name) : NULL;
}

rg_constraint *rg_table_constraint(const rg_table *t, const char *name)
{
    return t && name ? rg_map_get(&t->constraint_map, name) : NULL;
}

/* ---- search_path ---------------------------------------------------------- */

/* Splits a search_path setting the way SplitIdentifierString does:
 * comma-separated, unquoted names folded to lower case, quotes removed. */
static void search_path_from_string(rg_catalog *c, const char *s)
{
    const char *names[64];
    size_t n = 0;
    while (*s && n < 64) {
        while (*s == ' ' || *s == '\t' || *s == ',') s++;
        if (!*s) break;
        rg_buf b = {0};
        if (*s == '"') {
            s++;
            while (*s && !(*s == '"' && s[1] != '"')) {
                if (*s == '"') s++;
                rg_buf_putc(&b, *s++);
            }
            if (*s) s++;
        } else {
            while (*s && *s != ',' && *s != ' ' && *s != '\t')
                rg_buf_putc(&b, (char)tolower((unsigned char)*s++));
        }
        names[n++] = rg_arena_strdup(c->arena, rg_buf_cstr(&b));
        rg_buf_free(&b);
        while (*s && *s != ',') s++;
    }
    set_search_path(c, names, n);
}

void rg_catalog_set_sql_checker(rg_catalog *c, const rg_sql_checker *k)
{
    c->sql_checker = k;
}

void rg_catalog_reset_session(rg_catalog *c)
{
    const char *def[] = {"public"};
    set_search_path(c, def, 1);
    c->skip_function_bodies = false;
}

bool sql_rejects(ictx *x, const rg_sql_probe *pr, int loc)
{
    rg_catalog *c = x->c;
    if (!c->sql_checker) return false;
    rg_sql_probe p = *pr;
    if (!p.search_path) {
        p.search_path = c->search_path;
        p.nsearch_path = c->nsearch_path;
    }
    const char *state = NULL, *msg = NULL;
    if (!c->sql_checker->rejects(c, &p, c->arena, &state, &msg)) return false;
    ierr(x, loc, state ? state : "XX000", "%s", msg ? msg : "rejected");
    return true;
}

static bool setting_off(const pg_VariableSetStmt *vs)
{
    if (vs->n_args != 1) return false;
    const pg_node *a = vs->args[0];
    const char *v = NULL;
    if (rg_pg_is(a, T_A_Const) && a->a_const->val_case == A_CONST_SVAL) v = a->a_const->sval->sval;
    else if (rg_pg_is(a, T_A_Const) && a->a_const->val_case == A_CONST_BOOLVAL)
        return !a->a_const->boolval->boolval;
    else if (rg_pg_is(a, T_String)) v = a->string->sval;
    return v && (!strcasecmp(v, "off") || !strcasecmp(v, "false") || !strcmp(v, "0"));
}

static void apply_set(ictx *x, const pg_VariableSetStmt *vs)
{
    if (strcmp(vs->name, "check_function_bodies") == 0) {
        /* pg_dump turns it off: its functions may name what comes later */
        x->c->skip_function_bodies = vs->kind == VAR_SET_VALUE && setting_off(vs);
        return;
    }
    if (strcmp(vs->name, "search_path") != 0) return; /* other settings: session only */
    rg_catalog *c = x->c;
    if (vs->kind == VAR_SET_DEFAULT ||
        vs->kind == VAR_RESET ||
        vs->kind == VAR_RESET_ALL) {
        const char *def[] = {"public"};
        set_search_path(c, def, 1);
        return;
    }
    if (vs->kind != VAR_SET_VALUE) return;
    const char **names = rg_arena_alloc(c->arena, (vs->n_args + 1) * sizeof *names);
    size_t n = 0;
    for (size_t i = 0; i < vs->n_args; i++) {
        const pg_node *a = vs->args[i];
        if (rg_pg_is(a, T_A_Const) && a->a_const->val_case == A_CONST_SVAL)
            names[n++] = a->a_const->sval->sval;
        else if (rg_pg_is(a, T_String))
            names[n++] = a->string->sval;
    }
    /* SET search_path = '' : an empty string element means "no schema" */
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (*names[i]) names[k++] = names[i];
    set_search_path(c, names, k);
}

/* SELECT pg_catalog.set_config('search_path', '...', false): pg_dump's way
 * of clearing the path. Any other SELECT is data and is ignored. */
static void apply_select(ictx *x, const pg_SelectStmt *sel)
{
    if (sel->into_clause) {
        opaque_add(x, "SELECT INTO", NULL);
        return;
    }
    for (size_t i = 0; i < sel->n_target_list; i++) {
        const pg_node *t = sel->target_list[i];
        if (!rg_pg_is(t, T_ResTarget) || !rg_pg_is(t->res_target->val, T_FuncCall)) continue;
        const pg_FuncCall *fc = t->res_target->val->func_call;
        if (fc->n_funcname == 0 || strcmp(rg_pg_str(fc->funcname[fc->n_funcname - 1]), "set_config") != 0)
            continue;
        if (fc->n_args < 2) continue;
        const pg_node *a0 = fc->args[0], *a1 = fc->args[1];
        if (!rg_pg_is(a0, T_A_Const) || a0->a_const->val_case != A_CONST_SVAL) continue;
        if (!rg_pg_is(a1, T_A_Const) || a1->a_const->val_case != A_CONST_SVAL) continue;
        if (strcmp(a0->a_const->sval->sval, "search_path") == 0)
            search_path_from_string(x->c, a1->a_const->sval->sval);
    }
}

/* ---- schemas and extensions ---------------------------------------------- */

static rg_origin origin_of(ictx *x)
{
    rg_origin o = {x->st->src, x->st->offset};
    return o;
}

static void apply_stmt_node(ictx *x, const pg_node *n);

static void apply_create_schema(ictx *x, const pg_CreateSchemaStmt *cs)
{
    rg_catalog *c = x->c;
    const char *name = cs->schemaname;
    if (!*name && cs->authrole) name = cs->authrole->rolename; /* CREATE SCHEMA AUTHORIZATION r */
    if (!*name) return;
    rg_schema *s = rg_map_get(&c->schema_map, name);
    if (s && !s->origin.src && !strcmp(name, "public")) {
        /* The implicit public schema: scripts written for a database where
         * it was dropped and recreated (pg_dump emits CREATE SCHEMA public
         * then) create it explicitly. */
        s->origin = origin_of(x);
    } else if (s) {
        if (!cs->if_not_exists) ierr(x, 0, "42P06", "schema \"%s\" already exists", name);
    } else {
        add_schema(c, name, origin_of(x));
    }
    if (cs->n_schema_elts == 0) return;
    /* Elements are created in the new schema: PostgreSQL sets the path so. */
    const char **saved = c->search_path;
    size_t nsaved = c->nsearch_path;
    const char *one[] = {name};
    set_search_path(c, one, 1);
    for (size_t i = 0; i < cs->n_schema_elts; i++) apply_stmt_node(x, cs->schema_elts[i]);
    c->search_path = saved;
    c->nsearch_path = nsaved;
}

/* ---- extension defaults (models/pg/extensions.csv) ------------------------
 * An extension comments itself (its control file) and some have a fixed
 * schema: a hand-written CREATE EXTENSION must compare equal to a pg_dump
 * that spells both out. */

typedef struct ext_default {
    const char *comment, *schema;
} ext_default;

static rg_map ext_map;
static rg_arena *ext_arena;
static pthread_once_t ext_once = PTHREAD_ONCE_INIT;

static void on_ext_row(void *ctx, const char *const *f, size_t n)
{
    (void)ctx;
    if (n < 2 || !*f[0]) return;
    ext_default *e = rg_arena_alloc(ext_arena, sizeof *e);
    e->comment = *f[1] ? rg_arena_strdup(ext_arena, f[1]) : NULL;
    e->schema = n > 2 && *f[2] ? rg_arena_strdup(ext_arena, f[2]) : NULL;
    rg_map_put(&ext_map, rg_arena_strdup(ext_arena, f[0]), e);
}

static void load_ext_defaults(void)
{
    ext_arena = rg_arena_new();
    size_t len = 0;
    const char *data = rg_model_file("pg/extensions.csv", &len);
    if (data) rg_csv_parse(data, len, on_ext_row, NULL);
}

static const ext_default *ext_default_of(const char *name)
{
    pthread_once(&ext_once, load_ext_defaults);
    return rg_map_get(&ext_map, name);
}

/* ---- types of extensions (models/pg/extension_types.csv) -----------------
 * An unqualified extension type (citext) resolves through search_path to
 * the schema its extension was created in. */

static rg_map ext_type_map;       /* type name -> extension name */
static pthread_once_t ext_type_once = PTHREAD_ONCE_INIT;

static void on_ext_type_row(void *ctx, const char *const *f, size_t n)
{
    (void)ctx;
    if (n < 2 || !*f[0] || !*f[1]) return;
    rg_map_put(&ext_type_map, rg_arena_strdup(ext_arena, f[1]), rg_arena_strdup(ext_arena, f[0]));
}

static void load_ext_types(void)
{
    pthread_once(&ext_once, load_ext_defaults); /* shares its arena */
    size_t len = 0;
    const char *data = rg_model_file("pg/extension_types.csv", &len);
    if (data) rg_csv_parse(data, len, on_ext_type_row, NULL);
}

const char *itype(ictx *x, const rg_table *t, const pg_TypeName *tn)
{
    rg_catalog *c = x->c;
    rg_normctx nx = nctx(c, t);
    if (!tn) return "unknown";
    if (tn->n_names == 1 && !tn->pct_type) {
        const char *name = rg_pg_str(tn->names[0]);
        pthread_once(&ext_type_once, load_ext_types);
        const char *ext = rg_map_get(&ext_type_map, name);
        rg_extension *e = ext ? rg_map_get(&c->extension_map, ext) : NULL;
        if (e && e->schema && !rg_norm_builtin_type(name) && !rg_catalog_type(c, NULL, name)) {
            bool in_path = false;
            for (size_t i = 0; i < c->nsearch_path && !in_path; i++) in_path = !strcmp(c->search_path[i], e->schema);
            if (in_path) {
                /* the same TypeName, qualified: norm keeps typmods and bounds */
                pg_TypeName q = *tn;
                pg_node *names[2];
                pg_String s0 = PG_INIT_String;
                pg_node n0 = PG_INIT_Node;
                s0.sval = (char *)e->schema;
                n0.node_case = T_String;
                n0.string = &s0;
                names[0] = &n0;
                names[1] = tn->names[0];
                q.names = names;
                q.n_names = 2;
                const char *ty = rg_norm_typename(&nx, &q);
                return ty ? ty : "unknown";
            }
        }
    }
    const char *ty = rg_norm_typename(&nx, tn);
    return ty ? ty : "unknown";
}

/* plpgsql is installed in every database and pg_dump never emits it:
 * statements about it change nothing. */
static bool builtin_extension(const char *name)
{
    return !strcmp(name, "plpgsql");
}

static void apply_create_extension(ictx *x, const pg_CreateExtensionStmt *es)
{
    rg_catalog *c = x->c;
    if (builtin_extension(es->extname)) return;
    if (rg_map_get(&c->extension_map, es->extname)) {
        if (!es->if_not_exists) ierr(x, 0, "42710", "extension \"%s\" already exists", es->extname);
        return;
    }
    rg_extension *e = PUSH(c->arena, &c->extensions, &c->extension_map, NULL, false);
    e->name = es->extname;
    e->origin = origin_of(x);
    for (size_t i = 0; i < es->n_options; i++) {
        if (!rg_pg_is(es->options[i], T_DefElem)) continue;
        const pg_DefElem *de = es->options[i]->def_elem;
        if (strcmp(de->defname, "schema") == 0) e->schema = defelem_str(c->arena, de);
        else if (strcmp(de->defname, "new_version") == 0) e->version = defelem_str(c->arena, de);
    }
    const ext_default *def = ext_default_of(e->name);
    if (def && def->schema) e->schema = def->schema;
    if (!e->schema) e->schema = creation_schema(x, NULL);
    if (def) e->comment = def->comment;
    rg_map_put(&c->extension_map, e->name, e);
}

static void apply_alter_extension(ictx *x, const pg_AlterExtensionStmt *es)
{
    rg_extension *e = rg_map_get(&x->c->extension_map, es->extname);
    if (!e) {
        ierr(x, 0, "42704", "extension \"%s\" does not exist", es->extname);
        return;
    }
    /* UPDATE without TO goes to the default version: no version of its own */
    const char *version = NULL;
    for (size_t i = 0; i < es->n_options; i++)
        if (rg_pg_is(es->options[i], T_DefElem) && strcmp(es->options[i]->def_elem->defname, "new_version") == 0)
            version = defelem_str(x->c->arena, es->options[i]->def_elem);
    e->version = version;
}

/* ---- opaque statements --------------------------------------------------- */

void opaque_add(ictx *x, const char *kind, const char *identity)
{
    rg_catalog *c = x->c;
    rg_normctx nx = nctx(c, NULL);
    const pg_node *node = rg_stmt_node(x->st);
    const char *key = rg_norm_stmt_key(&nx, node);
    if (!key) key = x->st->text ? x->st->text : "";
    const char *id = identity ? rg_arena_printf(c->arena, "%s %s", kind, identity) : key;
    rg_opaque *o = rg_map_get(&c->opaque_map, id);
    if (!o) {
        o = PUSH(c->arena, &c->opaque, &c->opaque_map, NULL, false);
        rg_map_put(&c->opaque_map, id, o);
    }
    o->kind = kind;
    o->identity = id;
    o->stmt.key = key;
    o->stmt.sql = NULL;
    o->stmt.node = node;
    o->dropped = false;
    o->origin = origin_of(x);
    o->search_path = search_path_text(c);
    inote(x, 0, "unmodelled", "%s is kept as an opaque statement, not interpreted", kind);
}

static const char *define_kind(pg_ObjectType k)
{
    switch (k) {
    case OBJECT_AGGREGATE: return "CREATE AGGREGATE";
    case OBJECT_OPERATOR: return "CREATE OPERATOR";
    case OBJECT_COLLATION: return "CREATE COLLATION";
    case OBJECT_TSPARSER: return "CREATE TEXT SEARCH PARSER";
    case OBJECT_TSDICTIONARY: return "CREATE TEXT SEARCH DICTIONARY";
    case OBJECT_TSTEMPLATE: return "CREATE TEXT SEARCH TEMPLATE";
    case OBJECT_TSCONFIGURATION: return "CREATE TEXT SEARCH CONFIGURATION";
    default: return "DEFINE";
    }
}

static const char *names_text(rg_arena *a, pg_node *const *items, size_t n)
{
    rg_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        if (i) rg_buf_putc(&b, '.');
        rg_buf_puts(&b, rg_pg_str(items[i]));
    }
    const char *s = rg_arena_strdup(a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return s;
}

/* "schema.name(type, ...)": the identity of an aggregate or operator,
 * qualified the way an unqualified CREATE would place it. */
static const char *opaque_sig(ictx *x, pg_node *const *names, size_t nnames, const pg_TypeName *const *types,
                              size_t ntypes, bool star)
{
    rg_catalog *c = x->c;
    const char *schema, *name;
    rg_pg_qname((const pg_node *const *)names, nnames, &schema, &name);
    schema = creation_schema(x, schema);
    rg_buf b = {0};
    rg_buf_printf(&b, "%s.%s(", schema, name);
    if (star) rg_buf_putc(&b, '*');
    for (size_t i = 0; i < ntypes; i++) {
        const char *t = types[i] ? itype(x, NULL, types[i]) : "NONE";
        rg_buf_printf(&b, "%s%s", i ? ", " : "", t ? t : "?");
    }
    rg_buf_putc(&b, ')');
    const char *s = rg_arena_strdup(c->arena, b.s);
    rg_buf_free(&b);
    return s;
}

static const char *define_identity(ictx *x, const pg_DefineStmt *ds)
{
    const pg_TypeName *types[2] = {NULL, NULL};
    if (ds->kind == OBJECT_OPERATOR) {
        for (size_t i = 0; i < ds->n_definition; i++) {
            if (!rg_pg_is(ds->definition[i], T_DefElem)) continue;
            const pg_DefElem *de = ds->definition[i]->def_elem;
            if (!rg_pg_is(de->arg, T_TypeName)) continue;
            if (!strcasecmp(de->defname, "leftarg")) types[0] = de->arg->type_name;
            else if (!strcasecmp(de->defname, "rightarg")) types[1] = de->arg->type_name;
        }
        return opaque_sig(x, ds->defnames, ds->n_defnames, types, 2, false);
    }
    if (ds->kind == OBJECT_AGGREGATE) {
        /* args = [List of FunctionParameter (direct and ordered), Integer] */
        const pg_TypeName *at[64];
        size_t n = 0;
        if (ds->n_args > 0 && rg_pg_is(ds->args[0], T_List)) {
            const pg_List *l = ds->args[0]->list;
            for (size_t i = 0; i < l->n_items && n < 64; i++)
                if (rg_pg_is(l->items[i], T_FunctionParameter)) at[n++] = l->items[i]->function_parameter->arg_type;
        }
        return opaque_sig(x, ds->defnames, ds->n_defnames, at, n, ds->oldstyle ? false : n == 0);
    }
    return names_text(x->c->arena, ds->defnames, ds->n_defnames);
}

/* "CREATE EVENT TRIGGER" from the statement's first words: good enough
 * a label for statements nothing else looks into. */
static const char *kind_from_text(ictx *x)
{
    rg_buf b = {0};
    const char *s = x->st->text ? x->st->text : "";
    for (int w = 0; w < 3 && *s; w++) {
        while (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') s++;
        const char *e = s;
        while (isalpha((unsigned char)*e) || *e == '_') e++;
        if (e == s) break;
        if (b.len) rg_buf_putc(&b, ' ');
        for (const char *p = s; p < e; p++) rg_buf_putc(&b, (char)toupper((unsigned char)*p));
        s = e;
    }
    const char *k = rg_arena_strdup(x->c->arena, b.len ? b.s : "STATEMENT");
    rg_buf_free(&b);
    return k;
}

/* DROP of a kind kept opaque (AGGREGATE, OPERATOR, ...): the matching
 * opaque object goes; one we never saw (an extension's) is only noted. */
void opaque_drop(ictx *x, pg_ObjectType type, const pg_node *obj, bool missing_ok)
{
    rg_catalog *c = x->c;
    const char *kind = define_kind(type);
    const char *name = NULL;
    if (rg_pg_is(obj, T_ObjectWithArgs) && (type == OBJECT_AGGREGATE ||
                                         type == OBJECT_OPERATOR)) {
        const pg_ObjectWithArgs *owa = obj->object_with_args;
        const pg_TypeName *at[64];
        size_t n = 0;
        for (size_t i = 0; i < owa->n_objargs && n < 64; i++)
            at[n++] = rg_pg_is(owa->objargs[i], T_TypeName) ? owa->objargs[i]->type_name : NULL;
        bool star = type == OBJECT_AGGREGATE && n == 0;
        name = opaque_sig(x, owa->objname, owa->n_objname, at, n, star);
    } else if (rg_pg_is(obj, T_List)) {
        name = names_text(c->arena, obj->list->items, obj->list->n_items);
    } else if (rg_pg_is(obj, T_String)) {
        name = obj->string->sval;
    }
    rg_opaque *o = name && strcmp(kind, "DEFINE") ? rg_map_get(&c->opaque_map, rg_arena_printf(c->arena, "%s %s", kind, name)) : NULL;
    if (o) {
        o->dropped = true;
        rg_map_del(&c->opaque_map, o->identity);
        return;
    }
    if (missing_ok)
        inote(x, 0, "skipped", "%s does not exist, skipping", name ? name : "object");
    else
        inote(x, 0, "unmodelled", "DROP of %s: object not modelled here; ignored", name ? name : "an unmodelled object");
}

/* ---- dispatch ------------------------------------------------------------ */

static void apply_define_any(ictx *x, const pg_DefineStmt *ds)
{
    if (ds->kind == OBJECT_TYPE) {
        apply_define(x, ds);
        return;
    }
    opaque_add(x, define_kind(ds->kind), define_identity(x, ds));
}

static bool do_rejected(ictx *x, const pg_DoStmt *ds)
{
    if (!x->c->sql_checker) return false;
    const char *body = NULL, *language = "plpgsql";
    for (size_t i = 0; i < ds->n_args; i++) {
        if (!rg_pg_is(ds->args[i], T_DefElem)) continue;
        const pg_DefElem *de = ds->args[i]->def_elem;
        if (!strcmp(de->defname, "as")) body = rg_pg_str(de->arg);
        else if (!strcmp(de->defname, "language")) language = rg_pg_str(de->arg);
    }
    if (!body || strcmp(language, "plpgsql") != 0) return false;
    return sql_rejects(x, &(rg_sql_probe){.kind = RG_SQL_PLPGSQL, .text = body}, 0);
}

/* The registry's interp and follow columns. */
#define INTERP_COLUMN(KIND, name, interp, ...) interp,
static bool (*const kind_interp[RG_OBJ__COUNT])(ictx *, const pg_node *) = {RG_OBJKINDS(INTERP_COLUMN)};
#undef INTERP_COLUMN
#define FOLLOW_COLUMN(KIND, name, interp, follow, ...) follow,
static void (*const kind_follow[RG_OBJ__COUNT])(ictx *, const kind_event *) = {RG_OBJKINDS(FOLLOW_COLUMN)};
#undef FOLLOW_COLUMN

void kinds_follow(ictx *x, const kind_event *ev)
{
    for (size_t k = 0; k < RG_OBJ__COUNT; k++)
        if (kind_follow[k]) kind_follow[k](x, ev);
}

static void apply_stmt_node(ictx *x, const pg_node *n)
{
    if (!n) return;
    for (size_t k = 0; k < RG_OBJ__COUNT; k++)
        if (kind_interp[k] && kind_interp[k](x, n)) return;
    switch (n->node_case) {
    case T_VariableSetStmt: apply_set(x, n->variable_set_stmt); break;
    case T_SelectStmt: apply_select(x, n->select_stmt); break;
    /* data and session statements: not part of a schema */
    case T_InsertStmt:
    case T_UpdateStmt:
    case T_DeleteStmt:
    case T_CopyStmt:
    case T_TransactionStmt:
    case T_VariableShowStmt:
    case T_RefreshMatViewStmt:
    case T_AlterOwnerStmt: /* owners are not modelled */
    case T_LockStmt:
    case T_TruncateStmt:
    case T_DiscardStmt:
    case T_NotifyStmt:
    case T_ListenStmt:
    case T_UnlistenStmt:
    case T_CheckPointStmt:
    case T_ConstraintsSetStmt:
        break;
    case T_VacuumStmt:
    case T_ClusterStmt:
    case T_ReindexStmt:
    case T_ExplainStmt:
    case T_CreateRoleStmt:
    case T_AlterRoleStmt:
    case T_AlterRoleSetStmt:
    case T_DropRoleStmt:
    case T_GrantRoleStmt:
    case T_CreatedbStmt:
    case T_AlterDatabaseStmt:
    case T_AlterDatabaseSetStmt:
    case T_DropdbStmt:
    case T_AlterSystemStmt:
    case T_CreateTableSpaceStmt:
    case T_DropTableSpaceStmt:
    case T_PrepareStmt:
    case T_ExecuteStmt:
    case T_DeallocateStmt:
    case T_CallStmt:
    case T_LoadStmt:
    case T_DropOwnedStmt:
    case T_ReassignOwnedStmt:
    case T_SecLabelStmt:
        inote(x, 0, "ignored", "%s does not change a schema; ignored", kind_from_text(x));
        break;
    case T_DoStmt:
        /* procedural code run once (a backfill, a guarded DDL): not an
         * object to keep, and its effects cannot be interpreted; but it
         * runs right away, so the SQL it runs must resolve now */
        if (do_rejected(x, n->do_stmt)) break;
        inote(x, 0, "unmodelled", "DO block: its effects on the schema are not interpreted");
        break;
    case T_CreateSchemaStmt: apply_create_schema(x, n->create_schema_stmt); break;
    case T_CreateExtensionStmt: apply_create_extension(x, n->create_extension_stmt); break;
    case T_AlterExtensionStmt: apply_alter_extension(x, n->alter_extension_stmt); break;
    case T_CreateStmt: apply_create_table(x, n->create_stmt, NULL); break;
    case T_CreateForeignTableStmt:
        apply_create_table(x, n->create_foreign_table_stmt->base_stmt, n->create_foreign_table_stmt);
        break;
    case T_AlterTableStmt: apply_alter_table(x, n->alter_table_stmt); break;
    case T_IndexStmt: apply_create_index(x, n->index_stmt); break;
    case T_CreateSeqStmt: apply_create_seq(x, n->create_seq_stmt); break;
    case T_AlterSeqStmt: apply_alter_seq(x, n->alter_seq_stmt); break;
    case T_ViewStmt: apply_create_view(x, n->view_stmt); break;
    case T_CreateTableAsStmt:
        if (n->create_table_as_stmt->objtype == OBJECT_MATVIEW)
            apply_create_matview(x, n->create_table_as_stmt);
        else
            apply_create_table_as(x, n->create_table_as_stmt);
        break;
    case T_CreateFunctionStmt: apply_create_function(x, n->create_function_stmt); break;
    case T_AlterFunctionStmt: apply_alter_function(x, n->alter_function_stmt); break;
    case T_CreateTrigStmt: apply_create_trigger(x, n->create_trig_stmt); break;
    case T_CreatePolicyStmt: apply_create_policy(x, n->create_policy_stmt); break;
    case T_AlterPolicyStmt: apply_alter_policy(x, n->alter_policy_stmt); break;
    case T_CreateEnumStmt: apply_create_enum(x, n->create_enum_stmt); break;
    case T_AlterEnumStmt: apply_alter_enum(x, n->alter_enum_stmt); break;
    case T_CompositeTypeStmt: apply_create_composite(x, n->composite_type_stmt); break;
    case T_CreateRangeStmt: apply_create_range(x, n->create_range_stmt); break;
    case T_DefineStmt: apply_define_any(x, n->define_stmt); break;
    case T_CreateDomainStmt: apply_create_domain(x, n->create_domain_stmt); break;
    case T_AlterDomainStmt: apply_alter_domain(x, n->alter_domain_stmt); break;
    case T_GrantStmt: apply_grant(x, n->grant_stmt); break;
    case T_CommentStmt: apply_comment(x, n->comment_stmt); break;
    case T_DropStmt: apply_drop(x, n->drop_stmt); break;
    case T_RenameStmt: apply_rename(x, n->rename_stmt); break;
    case T_AlterObjectSchemaStmt: apply_set_schema(x, n->alter_object_schema_stmt); break;
    default: opaque_add(x, kind_from_text(x), NULL); break;
    }
}

int rg_catalog_apply_stmt(rg_catalog *c, const rg_stmt *st, rg_diags *d)
{
    if (!st || !st->tree) return RG_OK; /* nothing parsed: nothing to apply */
    ictx x = {c, st, d, 0};
    apply_stmt_node(&x, rg_stmt_node(st));
    return x.nerr ? RG_EINPUT : RG_OK;
}

int rg_catalog_apply(rg_catalog *c, const rg_script *s, rg_diags *d)
{
    int rc = RG_OK;
    for (size_t i = 0; i < s->n; i++)
        if (rg_catalog_apply_stmt(c, &s->stmts[i], d) != RG_OK) rc = RG_EINPUT;
    return rc;
}

int rg_catalog_from_path(rg_catalog **out, rg_parser *p, const char *path, rg_diags *d)
{
    *out = NULL;
    rg_script s = {0};
    const char *paths[1] = {path};
    int rc = rg_parse_paths(p, &s, paths, 1, d);
    if (rc != RG_OK) return rc;
    rg_catalog *c = rg_catalog_new();
    rc = rg_catalog_apply(c, &s, d);
    *out = c;
    return rc;
}
