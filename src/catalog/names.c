/*
 * names.c — implicit object names exactly as PostgreSQL 15 picks them:
 * makeObjectName, ChooseRelationName (indexcmds.c), ChooseConstraintName
 * (pg_constraint.c), ChooseIndexNameAddition / ChooseIndexColumnNames
 * (indexcmds.c) and FigureIndexColname (parse_target.c). A snapshot written
 * without names must get the names the server would have given, or every
 * diff against a pg_dump of it would report renames.
 */
#include "catalog/interp_int.h"

#include <stdio.h>

/* pg_mbcliplen for UTF-8: the longest prefix of at most `limit` bytes that
 * does not cut a character. */
static size_t mbcliplen(const char *s, size_t len, size_t limit)
{
    if (len <= limit) return len;
    size_t n = limit;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
    return n;
}

/* makeObjectName: name1_name2_label within NAMEDATALEN-1 bytes, shortening
 * the longer of name1/name2 first. */
const char *make_object_name(rg_arena *a, const char *name1, const char *name2, const char *label)
{
    size_t overhead = 0;
    size_t n1 = strlen(name1), n2 = name2 ? strlen(name2) : 0;
    if (name2) overhead++; /* the separating underscore */
    if (label) overhead += strlen(label) + 1;
    size_t avail = RG_NAMELEN > overhead ? RG_NAMELEN - overhead : 0;
    size_t c1 = n1, c2 = n2;
    while (c1 + c2 > avail) {
        if (c1 > c2) c1--;
        else c2--;
    }
    c1 = mbcliplen(name1, n1, c1);
    if (name2) c2 = mbcliplen(name2, n2, c2);
    rg_buf b = {0};
    rg_buf_put(&b, name1, c1);
    if (name2) {
        rg_buf_putc(&b, '_');
        rg_buf_put(&b, name2, c2);
    }
    if (label) {
        rg_buf_putc(&b, '_');
        rg_buf_puts(&b, label);
    }
    const char *s = rg_arena_strdup(a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return s;
}

/* ChooseRelationName: first free name in the schema's pg_class namespace
 * (and, for constraint indexes, among the schema's constraint names),
 * trying label, label1, label2, ... */
const char *choose_relation_name(rg_catalog *c, const char *schema, const char *name1,
                                 const char *name2, const char *label, bool isconstraint)
{
    char mod[64];
    snprintf(mod, sizeof mod, "%s", label);
    for (int pass = 1;; pass++) {
        const char *n = make_object_name(c->arena, name1, name2, mod);
        if (!rel_name_taken(c, schema, n) && !(isconstraint && conname_taken(c, schema, n)))
            return n;
        snprintf(mod, sizeof mod, "%s%d", label, pass);
    }
}

/* ChooseConstraintName: per-namespace uniqueness among pg_constraint. */
const char *choose_constraint_name(rg_catalog *c, const char *schema, const char *name1,
                                   const char *name2, const char *label)
{
    char mod[64];
    snprintf(mod, sizeof mod, "%s", label);
    for (int pass = 1;; pass++) {
        const char *n = make_object_name(c->arena, name1, name2, mod);
        if (!conname_taken(c, schema, n)) return n;
        snprintf(mod, sizeof mod, "%s%d", label, pass);
    }
}

/* ChooseIndexNameAddition: names joined by '_', stopping once the text
 * reaches NAMEDATALEN (strlcpy into a NAMEDATALEN buffer). */
const char *name_addition(rg_arena *a, const char *const *names, size_t n)
{
    char buf[RG_NAMELEN + 1];
    size_t len = 0;
    buf[0] = 0;
    for (size_t i = 0; i < n; i++) {
        if (len > 0) buf[len++] = '_';
        if (len >= sizeof buf) {
            len = sizeof buf - 1;
            break;
        }
        size_t room = sizeof buf - len;
        size_t k = strlen(names[i]);
        if (k >= room) k = room - 1;
        memcpy(buf + len, names[i], k);
        len += k;
        buf[len] = 0;
        if (len >= RG_NAMELEN) break;
    }
    buf[len < sizeof buf ? len : sizeof buf - 1] = 0;
    return rg_arena_strdup(a, buf);
}

/* FigureColnameInternal (parse_target.c): a name and its strength
 * (2 = good, 1 = fallback, 0 = none). */
static int figure_colname(const pg_node *n, const char **name)
{
    if (!n) return 0;
    switch (n->node_case) {
    case PG_QUERY__NODE__NODE_COLUMN_REF: {
        const PgQuery__ColumnRef *cr = n->column_ref;
        const char *s = NULL;
        for (size_t i = 0; i < cr->n_fields; i++)
            if (NCASE(cr->fields[i], STRING)) s = cr->fields[i]->string->sval;
        if (cr->n_fields && NCASE(cr->fields[cr->n_fields - 1], STRING) && s) {
            *name = s;
            return 2;
        }
        return 0;
    }
    case PG_QUERY__NODE__NODE_A_INDIRECTION: {
        const PgQuery__AIndirection *ind = n->a_indirection;
        const char *s = NULL;
        for (size_t i = 0; i < ind->n_indirection; i++)
            if (NCASE(ind->indirection[i], STRING)) s = ind->indirection[i]->string->sval;
        if (s) {
            *name = s;
            return 2;
        }
        return figure_colname(ind->arg, name);
    }
    case PG_QUERY__NODE__NODE_FUNC_CALL:
        if (n->func_call->n_funcname) {
            *name = rg_pg_str(n->func_call->funcname[n->func_call->n_funcname - 1]);
            return 2;
        }
        return 0;
    case PG_QUERY__NODE__NODE_A_EXPR:
        if (n->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NULLIF) {
            *name = "nullif";
            return 2;
        }
        return 0;
    case PG_QUERY__NODE__NODE_TYPE_CAST: {
        int st = figure_colname(n->type_cast->arg, name);
        if (st <= 1 && n->type_cast->type_name && n->type_cast->type_name->n_names) {
            const PgQuery__TypeName *tn = n->type_cast->type_name;
            *name = rg_pg_str(tn->names[tn->n_names - 1]);
            return 1;
        }
        return st;
    }
    case PG_QUERY__NODE__NODE_COLLATE_CLAUSE: return figure_colname(n->collate_clause->arg, name);
    case PG_QUERY__NODE__NODE_GROUPING_FUNC: *name = "grouping"; return 2;
    case PG_QUERY__NODE__NODE_SUB_LINK:
        switch (n->sub_link->sub_link_type) {
        case PG_QUERY__SUB_LINK_TYPE__EXISTS_SUBLINK: *name = "exists"; return 2;
        case PG_QUERY__SUB_LINK_TYPE__ARRAY_SUBLINK: *name = "array"; return 2;
        default: return 0;
        }
    case PG_QUERY__NODE__NODE_CASE_EXPR: {
        int st = figure_colname(n->case_expr->defresult, name);
        if (st <= 1) {
            *name = "case";
            return 1;
        }
        return st;
    }
    case PG_QUERY__NODE__NODE_A_ARRAY_EXPR: *name = "array"; return 2;
    case PG_QUERY__NODE__NODE_ROW_EXPR: *name = "row"; return 2;
    case PG_QUERY__NODE__NODE_COALESCE_EXPR: *name = "coalesce"; return 2;
    case PG_QUERY__NODE__NODE_MIN_MAX_EXPR:
        *name = n->min_max_expr->op == PG_QUERY__MIN_MAX_OP__IS_LEAST ? "least" : "greatest";
        return 2;
    case PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION: {
        static const char *const svf[] = {
            NULL, "current_date", "current_time", "current_time", "current_timestamp",
            "current_timestamp", "localtime", "localtime", "localtimestamp", "localtimestamp",
            "current_role", "current_user", "user", "session_user", "current_catalog",
            "current_schema"};
        unsigned op = (unsigned)n->sqlvalue_function->op;
        if (op < sizeof svf / sizeof *svf && svf[op]) {
            *name = svf[op];
            return 2;
        }
        return 0;
    }
    case PG_QUERY__NODE__NODE_XML_EXPR: {
        static const char *const xo[] = {NULL, "xmlconcat", "xmlelement", "xmlforest", "xmlparse",
                                         "xmlpi", "xmlroot", "xmlserialize", NULL};
        unsigned op = (unsigned)n->xml_expr->op;
        if (op < sizeof xo / sizeof *xo && xo[op]) {
            *name = xo[op];
            return 2;
        }
        return 0;
    }
    case PG_QUERY__NODE__NODE_XML_SERIALIZE: *name = "xmlserialize"; return 2;
    default: return 0;
    }
}

const char *figure_index_colname(const pg_node *expr)
{
    const char *n = NULL;
    return figure_colname(expr, &n) > 0 ? n : NULL;
}

/* ChooseIndexColumnNames: element names, "expr" for anonymous expressions,
 * duplicates numbered (name1, name2...) within NAMEDATALEN. */
const char **index_column_names(rg_arena *a, pg_node *const *params, size_t nparams,
                                pg_node *const *incl, size_t nincl)
{
    size_t n = nparams + nincl;
    const char **out = rg_arena_alloc(a, (n ? n : 1) * sizeof *out);
    rg_map seen = {0};
    for (size_t i = 0; i < n; i++) {
        const pg_node *p = i < nparams ? params[i] : incl[i - nparams];
        const char *orig = "expr";
        if (NCASE(p, INDEX_ELEM)) {
            const PgQuery__IndexElem *ie = p->index_elem;
            const char *fig = NULL;
            if (*ie->indexcolname) orig = ie->indexcolname;
            else if (*ie->name) orig = ie->name;
            else if (figure_colname(ie->expr, &fig) > 0 && fig) orig = fig;
        }
        const char *cur = orig;
        for (int k = 1; rg_map_get(&seen, cur); k++) {
            char num[16];
            snprintf(num, sizeof num, "%d", k);
            size_t nl = mbcliplen(orig, strlen(orig), RG_NAMELEN - strlen(num));
            cur = rg_arena_printf(a, "%.*s%s", (int)nl, orig, num);
        }
        out[i] = cur;
        rg_map_put(&seen, cur, (void *)cur);
    }
    rg_map_free(&seen);
    return out;
}

/* ---- generic tree walk ---------------------------------------------------- */

typedef struct walker {
    bool (*fn)(const pg_node *, void *);
    void *ctx;
    bool stop;
} walker;

static void walk_message(const ProtobufCMessage *m, walker *w);

static void walk_node(const pg_node *n, walker *w)
{
    if (!n || w->stop) return;
    if (w->fn(n, w->ctx)) {
        w->stop = true;
        return;
    }
    walk_message((const ProtobufCMessage *)n, w);
}

/* Follows every sub-message through the protobuf descriptors, so no node
 * kind is missed. */
static void walk_message(const ProtobufCMessage *m, walker *w)
{
    if (!m || w->stop) return;
    const ProtobufCMessageDescriptor *d = m->descriptor;
    const char *base = (const char *)m;
    for (unsigned i = 0; i < d->n_fields && !w->stop; i++) {
        const ProtobufCFieldDescriptor *f = &d->fields[i];
        if (f->type != PROTOBUF_C_TYPE_MESSAGE) continue;
        if ((f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) && *(const uint32_t *)(base + f->quantifier_offset) != f->id)
            continue;
        bool is_node = f->descriptor == &pg_query__node__descriptor;
        if (f->label == PROTOBUF_C_LABEL_REPEATED) {
            size_t cnt = *(const size_t *)(base + f->quantifier_offset);
            ProtobufCMessage *const *arr = *(ProtobufCMessage *const *const *)(base + f->offset);
            for (size_t k = 0; k < cnt && !w->stop; k++) {
                if (is_node) walk_node((const pg_node *)arr[k], w);
                else walk_message(arr[k], w);
            }
        } else {
            const ProtobufCMessage *sub = *(ProtobufCMessage *const *)(base + f->offset);
            if (!sub) continue;
            if (is_node) walk_node((const pg_node *)sub, w);
            else walk_message(sub, w);
        }
    }
}

void walk_tree(const pg_node *n, bool (*fn)(const pg_node *, void *), void *ctx)
{
    walker w = {fn, ctx, false};
    walk_node(n, &w);
}

/* ---- the one column a CHECK references ---------------------------------- */

typedef struct colscan {
    const rg_table *t;
    const char *first;
    bool many;
} colscan;

static bool colref_seen(const pg_node *n, void *ctx)
{
    colscan *cs = ctx;
    if (n->node_case != PG_QUERY__NODE__NODE_COLUMN_REF) return false;
    const PgQuery__ColumnRef *cr = n->column_ref;
    if (!cr->n_fields || !NCASE(cr->fields[cr->n_fields - 1], STRING)) return false;
    const char *col = cr->fields[cr->n_fields - 1]->string->sval;
    if (cs->t && !rg_table_column(cs->t, col)) return false;
    if (!cs->first) cs->first = col;
    else if (strcmp(cs->first, col) != 0) cs->many = true;
    return cs->many;
}

const char *check_single_column(const rg_table *t, const pg_node *expr)
{
    colscan cs = {t, NULL, false};
    walk_tree(expr, colref_seen, &cs);
    return cs.many ? NULL : cs.first;
}
