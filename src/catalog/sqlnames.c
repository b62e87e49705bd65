/*
 * sqlnames.c — the names a SQL text creates, drops and uses (sqlnames.h),
 * for the planner's dependency order. Uses come from a walk of the whole
 * tree (every RangeVar, function call, type name and 'name'::regclass
 * literal); creates and drops from the statement kinds that make or remove
 * a named object.
 */
#include "catalog/sqlnames.h"

#include <string.h>

#include "parse/tree.h"

typedef struct collect {
    rg_arena *a;
    rg_sqlnames *out;
    int depth; /* SQL function bodies inside bodies: bounded */
} collect;

static void put(collect *k, void *vec, const char *kind, const char *a, const char *b)
{
    if (!b || !*b) return;
    const char *key = a && *a ? rg_arena_printf(k->a, "%s:%s.%s", kind, a, b) : rg_arena_printf(k->a, "%s:%s", kind, b);
    RG_VEC(const char *) *v = vec;
    *rg_vec_push(k->a, v) = key;
}

#define CREATES(k, kind, a, b) put(k, &(k)->out->creates, kind, a, b)
#define DROPS(k, kind, a, b) put(k, &(k)->out->drops, kind, a, b)
#define USES(k, kind, a, b) put(k, &(k)->out->uses, kind, a, b)

/* The last String of a list of nodes: the object's own name. */
static const char *last_str(pg_node *const *v, size_t n)
{
    for (size_t i = n; i-- > 0;)
        if (rg_pg_is(v[i], T_String)) return v[i]->string->sval;
    return NULL;
}

/* The String before the last one (a trigger's or constraint's table). */
static const char *prev_str(pg_node *const *v, size_t n)
{
    bool seen = false;
    for (size_t i = n; i-- > 0;) {
        if (!rg_pg_is(v[i], T_String)) continue;
        if (seen) return v[i]->string->sval;
        seen = true;
    }
    return NULL;
}

/* The last part of a possibly qualified, possibly quoted name written as
 * a string ('public."my seq"'), unquoted. */
static const char *regclass_name(collect *k, const char *s)
{
    const char *start = s;
    bool q = false;
    for (const char *p = s; *p; p++) {
        if (*p == '"') q = !q;
        else if (*p == '.' && !q) start = p + 1;
    }
    if (*start != '"') return rg_arena_strdup(k->a, start);
    rg_buf b = {0};
    for (const char *p = start + 1; *p; p++) {
        if (*p == '"') {
            if (p[1] != '"') break;
            p++;
        }
        rg_buf_putc(&b, *p);
    }
    const char *r = rg_arena_strdup(k->a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return r;
}

static void stmt_names(collect *k, const pg_node *n);

/* A LANGUAGE sql body is parsed and checked when the function is created
 * (check_function_bodies): what it names must exist by then. */
static void sql_body_uses(collect *k, const pg_CreateFunctionStmt *f)
{
    const char *lang = NULL, *body = NULL;
    for (size_t i = 0; i < f->n_options; i++) {
        if (!rg_pg_is(f->options[i], T_DefElem)) continue;
        const pg_DefElem *d = f->options[i]->def_elem;
        if (!strcmp(d->defname, "language") && rg_pg_is(d->arg, T_String)) lang = d->arg->string->sval;
        if (!strcmp(d->defname, "as") && rg_pg_is(d->arg, T_List) && d->arg->list->n_items &&
            rg_pg_is(d->arg->list->items[0], T_String))
            body = d->arg->list->items[0]->string->sval;
    }
    if (!lang || strcmp(lang, "sql") || !body || k->depth > 4) return;
    size_t ns;
    const pg_node *const *stmts = rg_pg_parse_many(k->a, body, &ns);
    k->depth++;
    for (size_t i = 0; i < ns; i++) stmt_names(k, stmts[i]);
    k->depth--;
}

static rg_pg_step visit(const rg_pg_visit *v, void *ctx)
{
    collect *k = ctx;
    const void *m = v->msg;
    if (v->kind == T_RangeVar) {
        const pg_RangeVar *r = (const pg_RangeVar *)m;
        USES(k, "r", NULL, r->relname);
        USES(k, "s", NULL, r->schemaname); /* a qualified name needs its schema */
    } else if (v->kind == T_FuncCall) {
        const pg_FuncCall *f = (const pg_FuncCall *)m;
        const char *fn = last_str(f->funcname, f->n_funcname);
        USES(k, "f", NULL, fn);
        if (f->n_funcname > 1) USES(k, "s", NULL, prev_str(f->funcname, f->n_funcname));
        /* nextval('seq'): the text is resolved to the sequence when the
         * expression (or a SQL body) is analysed */
        if (fn && (!strcmp(fn, "nextval") || !strcmp(fn, "currval") || !strcmp(fn, "setval")) && f->n_args &&
            rg_pg_is(f->args[0], T_A_Const) && f->args[0]->a_const->val_case == A_CONST_SVAL)
            USES(k, "r", NULL, regclass_name(k, f->args[0]->a_const->sval->sval));
    } else if (v->kind == T_TypeName) {
        const pg_TypeName *t = (const pg_TypeName *)m;
        USES(k, "t", NULL, last_str(t->names, t->n_names));
        if (t->n_names > 1) USES(k, "s", NULL, prev_str(t->names, t->n_names));
    } else if (v->kind == T_TypeCast) {
        const pg_TypeCast *c = (const pg_TypeCast *)m;
        const char *ty = c->type_name ? last_str(c->type_name->names, c->type_name->n_names) : NULL;
        if (ty && !strcmp(ty, "regclass") && rg_pg_is(c->arg, T_A_Const) && c->arg->a_const->val_case ==
            A_CONST_SVAL)
            USES(k, "r", NULL, regclass_name(k, c->arg->a_const->sval->sval));
    } else if (v->kind == T_CreateFunctionStmt) {
        sql_body_uses(k, (const pg_CreateFunctionStmt *)m);
    } else if (v->kind == T_DefElem) {
        /* CREATE / ALTER SEQUENCE ... OWNED BY table.column */
        const pg_DefElem *e = (const pg_DefElem *)m;
        if (!strcmp(e->defname, "owned_by") && rg_pg_is(e->arg, T_List))
            USES(k, "r", NULL, prev_str(e->arg->list->items, e->arg->list->n_items));
    }
    return RG_PG_NEXT;
}

/* What one object of a DROP / COMMENT names, by object type. */
static void object_name(collect *k, void *vec, pg_ObjectType t, const pg_node *o)
{
    pg_node *const *items = rg_pg_is(o, T_List) ? o->list->items : NULL;
    size_t n = rg_pg_is(o, T_List) ? o->list->n_items : 0;
    switch (t) {
    case OBJECT_TABLE:
    case OBJECT_VIEW:
    case OBJECT_MATVIEW:
    case OBJECT_INDEX:
    case OBJECT_SEQUENCE:
    case OBJECT_FOREIGN_TABLE:
        put(k, vec, "r", NULL, last_str(items, n));
        break;
    case OBJECT_COLUMN:
        put(k, vec, "r", NULL, prev_str(items, n));
        break;
    case OBJECT_TABCONSTRAINT:
        put(k, vec, "c", prev_str(items, n), last_str(items, n));
        break;
    case OBJECT_TRIGGER:
        put(k, vec, "g", prev_str(items, n), last_str(items, n));
        break;
    case OBJECT_POLICY:
        put(k, vec, "p", prev_str(items, n), last_str(items, n));
        break;
    case OBJECT_FUNCTION:
    case OBJECT_PROCEDURE:
    case OBJECT_ROUTINE:
    case OBJECT_AGGREGATE:
        if (rg_pg_is(o, T_ObjectWithArgs))
            put(k, vec, "f", NULL, last_str(o->object_with_args->objname, o->object_with_args->n_objname));
        break;
    case OBJECT_TYPE:
    case OBJECT_DOMAIN:
        if (rg_pg_is(o, T_TypeName)) put(k, vec, "t", NULL, last_str(o->type_name->names, o->type_name->n_names));
        break;
    case OBJECT_SCHEMA:
        if (rg_pg_is(o, T_String)) put(k, vec, "s", NULL, o->string->sval);
        break;
    case OBJECT_EXTENSION:
        if (rg_pg_is(o, T_String)) put(k, vec, "e", NULL, o->string->sval);
        break;
    default: break;
    }
}

static bool index_backed(pg_ConstrType t)
{
    return t == CONSTR_PRIMARY || t == CONSTR_UNIQUE ||
           t == CONSTR_EXCLUSION;
}

/* A constraint named on a table: the constraint, and the index of a key. */
static void constraint_created(collect *k, const char *table, const pg_Constraint *c)
{
    /* "k:table": a unique key of the table, which a foreign key to it
     * needs (whatever its name) */
    if (index_backed(c->contype)) CREATES(k, "k", NULL, table);
    if (c->contype == CONSTR_FOREIGN && c->pktable) USES(k, "k", NULL, c->pktable->relname);
    if (!*c->conname) return;
    CREATES(k, "c", table, c->conname);
    if (!index_backed(c->contype)) return;
    CREATES(k, "r", NULL, c->conname);
    /* USING INDEX renames the index to the constraint's name. */
    if (*c->indexname && strcmp(c->indexname, c->conname)) DROPS(k, "r", NULL, c->indexname);
    if (*c->indexname) USES(k, "r", NULL, c->indexname);
}

static void alter_table(collect *k, const pg_AlterTableStmt *s)
{
    const char *rel = s->relation ? s->relation->relname : NULL;
    for (size_t i = 0; i < s->n_cmds; i++) {
        if (!rg_pg_is(s->cmds[i], T_AlterTableCmd)) continue;
        const pg_AlterTableCmd *c = s->cmds[i]->alter_table_cmd;
        switch (c->subtype) {
        case AT_AddConstraint:
        case AT_AddConstraintRecurse:
            if (rg_pg_is(c->def, T_Constraint)) constraint_created(k, rel, c->def->constraint);
            break;
        case AT_DropConstraint:
        case AT_DropConstraintRecurse:
            DROPS(k, "c", rel, c->name);
            break;
        case AT_ClusterOn:
            USES(k, "r", NULL, c->name);
            break;
        case AT_ReplicaIdentity:
            if (rg_pg_is(c->def, T_ReplicaIdentityStmt)) USES(k, "r", NULL, c->def->replica_identity_stmt->name);
            break;
        default: break;
        }
    }
}

static void rename_stmt(collect *k, const pg_RenameStmt *s)
{
    const char *rel = s->relation ? s->relation->relname : NULL;
    switch (s->rename_type) {
    case OBJECT_TABLE:
    case OBJECT_VIEW:
    case OBJECT_MATVIEW:
    case OBJECT_INDEX:
    case OBJECT_SEQUENCE:
    case OBJECT_FOREIGN_TABLE:
        DROPS(k, "r", NULL, rel);
        CREATES(k, "r", NULL, s->newname);
        break;
    case OBJECT_TABCONSTRAINT:
        /* a key's index takes the new name too */
        DROPS(k, "c", rel, s->subname);
        CREATES(k, "c", rel, s->newname);
        DROPS(k, "r", NULL, s->subname);
        CREATES(k, "r", NULL, s->newname);
        break;
    case OBJECT_TRIGGER:
        DROPS(k, "g", rel, s->subname);
        CREATES(k, "g", rel, s->newname);
        break;
    case OBJECT_TYPE:
    case OBJECT_DOMAIN:
        if (s->object) object_name(k, &k->out->drops, s->rename_type, s->object);
        CREATES(k, "t", NULL, s->newname);
        break;
    case OBJECT_FUNCTION:
    case OBJECT_PROCEDURE:
        if (s->object) object_name(k, &k->out->drops, s->rename_type, s->object);
        CREATES(k, "f", NULL, s->newname);
        break;
    default: break;
    }
}

static void stmt_names(collect *k, const pg_node *n)
{
    rg_pg_walk(n, visit, k);
    switch (n->node_case) {
    case T_CreateStmt: {
        const pg_CreateStmt *s = n->create_stmt;
        const char *rel = s->relation->relname;
        CREATES(k, "r", NULL, rel);
        for (size_t i = 0; i < s->n_table_elts; i++)
            if (rg_pg_is(s->table_elts[i], T_Constraint)) constraint_created(k, rel, s->table_elts[i]->constraint);
        for (size_t i = 0; i < s->n_constraints; i++)
            if (rg_pg_is(s->constraints[i], T_Constraint)) constraint_created(k, rel, s->constraints[i]->constraint);
        break;
    }
    case T_ViewStmt: CREATES(k, "r", NULL, n->view_stmt->view->relname); break;
    case T_CreateTableAsStmt:
        if (n->create_table_as_stmt->into && n->create_table_as_stmt->into->rel)
            CREATES(k, "r", NULL, n->create_table_as_stmt->into->rel->relname);
        break;
    case T_IndexStmt:
        CREATES(k, "r", NULL, n->index_stmt->idxname);
        if (n->index_stmt->unique && n->index_stmt->relation) CREATES(k, "k", NULL, n->index_stmt->relation->relname);
        break;
    case T_CreateSeqStmt: CREATES(k, "r", NULL, n->create_seq_stmt->sequence->relname); break;
    case T_CreateFunctionStmt:
        CREATES(k, "f", NULL, last_str(n->create_function_stmt->funcname, n->create_function_stmt->n_funcname));
        break;
    case T_CreateTrigStmt:
        CREATES(k, "g", n->create_trig_stmt->relation->relname, n->create_trig_stmt->trigname);
        break;
    case T_CreatePolicyStmt:
        CREATES(k, "p", n->create_policy_stmt->table->relname, n->create_policy_stmt->policy_name);
        break;
    case T_CreateEnumStmt:
        CREATES(k, "t", NULL, last_str(n->create_enum_stmt->type_name, n->create_enum_stmt->n_type_name));
        break;
    case T_CreateRangeStmt:
        CREATES(k, "t", NULL, last_str(n->create_range_stmt->type_name, n->create_range_stmt->n_type_name));
        break;
    case T_CompositeTypeStmt:
        CREATES(k, "t", NULL, n->composite_type_stmt->typevar->relname);
        break;
    case T_CreateDomainStmt:
        CREATES(k, "t", NULL, last_str(n->create_domain_stmt->domainname, n->create_domain_stmt->n_domainname));
        break;
    case T_CreateSchemaStmt: CREATES(k, "s", NULL, n->create_schema_stmt->schemaname); break;
    case T_CreateExtensionStmt: {
        const pg_CreateExtensionStmt *e = n->create_extension_stmt;
        CREATES(k, "e", NULL, e->extname);
        for (size_t i = 0; i < e->n_options; i++)
            if (rg_pg_is(e->options[i], T_DefElem) && !strcmp(e->options[i]->def_elem->defname, "schema") &&
                rg_pg_is(e->options[i]->def_elem->arg, T_String))
                USES(k, "s", NULL, e->options[i]->def_elem->arg->string->sval);
        break;
    }
    case T_DropStmt:
        for (size_t i = 0; i < n->drop_stmt->n_objects; i++)
            object_name(k, &k->out->drops, n->drop_stmt->remove_type, n->drop_stmt->objects[i]);
        break;
    case T_RenameStmt: rename_stmt(k, n->rename_stmt); break;
    case T_AlterTableStmt: alter_table(k, n->alter_table_stmt); break;
    case T_CommentStmt:
        if (n->comment_stmt->object) object_name(k, &k->out->uses, n->comment_stmt->objtype, n->comment_stmt->object);
        break;
    case T_AlterEnumStmt:
        USES(k, "t", NULL, last_str(n->alter_enum_stmt->type_name, n->alter_enum_stmt->n_type_name));
        break;
    default: break;
    }
}

bool rg_sql_names(rg_arena *a, const char *sql, rg_sqlnames *out)
{
    if (!sql || !*sql) return true;
    size_t n;
    const pg_node *const *v = rg_pg_parse_many(a, sql, &n);
    if (!v) return false;
    collect k = {a, out, 0};
    for (size_t i = 0; i < n; i++) stmt_names(&k, v[i]);
    return true;
}
