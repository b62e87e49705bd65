/*
 * plpgsql.c — the SQL a PL/pgSQL body runs, for the checks that resolve
 * it (the plan's self-check: DO blocks, trigger functions). libpg_query
 * parses PL/pgSQL with PostgreSQL's own grammar but hands the tree out only
 * as JSON; json-c reads it. We keep the declared variables and every
 * embedded statement or expression (PLpgSQL_expr.query), nothing else.
 */
#include <json-c/json.h>
#include <string.h>

#include <pg_query.h>

#include "parse/tree.h"

typedef struct collect {
    rg_arena *a;
    RG_VEC(rg_plpgsql_var) vars;
    RG_VEC(rg_plpgsql_sql) sql;
} collect;

static const char *str_at(json_object *o, const char *key)
{
    json_object *v;
    return json_object_object_get_ex(o, key, &v) && json_object_is_type(v, json_type_string)
               ? json_object_get_string(v)
               : NULL;
}

/* `query` of a PLpgSQL_expr: a statement when it stands for one (execsql,
 * FOR ... IN query, RETURN QUERY, OPEN ... FOR), else an expression; an
 * assignment's text is "target := value" and only the value is SQL. */
static void add_expr(collect *c, json_object *e, bool stmt, bool assign)
{
    const char *q = str_at(e, "query");
    if (!q) return;
    if (assign) {
        const char *eq = strstr(q, ":=");
        if (!eq) return;
        q = eq + 2;
    }
    *rg_vec_push(c->a, &c->sql) = (rg_plpgsql_sql){rg_arena_strdup(c->a, q), !stmt};
}

static void walk(collect *c, json_object *o, const char *key, const char *parent, int depth)
{
    if (!o || depth > 200) return;
    if (json_object_is_type(o, json_type_array)) {
        for (size_t i = 0; i < json_object_array_length(o); i++)
            walk(c, json_object_array_get_idx(o, i), key, parent, depth + 1);
        return;
    }
    if (!json_object_is_type(o, json_type_object)) return;
    json_object_object_foreach(o, k, v) {
        if (!strcmp(k, "PLpgSQL_expr")) {
            bool stmt = key && (!strcmp(key, "sqlstmt") || !strcmp(key, "query"));
            /* dynamic SQL is text built at run time: not resolvable here */
            if (parent && (!strcmp(parent, "PLpgSQL_stmt_dynexecute") || !strcmp(parent, "PLpgSQL_stmt_dynfors")) &&
                key && !strcmp(key, "query"))
                continue;
            add_expr(c, v, stmt, parent && !strcmp(parent, "PLpgSQL_stmt_assign"));
            continue;
        }
        if (!strcmp(k, "PLpgSQL_var") && key && !strcmp(key, "datums")) {
            const char *name = str_at(v, "refname");
            json_object *dt, *ty;
            const char *type = NULL;
            if (json_object_object_get_ex(v, "datatype", &dt) && json_object_object_get_ex(dt, "PLpgSQL_type", &ty))
                type = str_at(ty, "typname");
            if (name && type && strcmp(type, "UNKNOWN") != 0)
                *rg_vec_push(c->a, &c->vars) = (rg_plpgsql_var){rg_arena_strdup(c->a, name), rg_arena_strdup(c->a, type)};
            else if (name && !strcmp(name, "found"))
                *rg_vec_push(c->a, &c->vars) = (rg_plpgsql_var){"found", "boolean"};
            continue;
        }
        bool is_node = !strncmp(k, "PLpgSQL_", 8);
        walk(c, v, is_node ? key : k, is_node ? k : parent, depth + 1);
    }
}

bool rg_pg_plpgsql(rg_arena *a, const char *body, bool trigger, rg_plpgsql *out, const char **err)
{
    memset(out, 0, sizeof *out);
    *err = NULL;
    /* a dollar quote the body does not contain */
    char tag[32] = "$rg_body$";
    for (int i = 0; strstr(body, tag) && i < 1000; i++) snprintf(tag, sizeof tag, "$rg_body%d$", i);
    rg_buf b = {0};
    rg_buf_printf(&b, "CREATE FUNCTION rg_body() RETURNS %s LANGUAGE plpgsql AS %s%s%s", trigger ? "trigger" : "void",
                  tag, body, tag);
    rg_pg_mark_used();
    PgQueryPlpgsqlParseResult r = pg_query_parse_plpgsql(rg_buf_cstr(&b));
    rg_buf_free(&b);
    bool ok = !r.error;
    if (r.error) {
        *err = rg_arena_strdup(a, r.error->message);
    } else {
        json_object *root = json_tokener_parse(r.plpgsql_funcs);
        collect c = {.a = a};
        walk(&c, root, NULL, NULL, 0);
        json_object_put(root);
        out->vars = c.vars.v;
        out->nvars = c.vars.n;
        out->sql = c.sql.v;
        out->nsql = c.sql.n;
    }
    pg_query_free_plpgsql_parse_result(r);
    return ok;
}
