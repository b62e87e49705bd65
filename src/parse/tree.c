/*
 * tree.c — the declared parse-tree interface (tree.h): the generic walker,
 * field iteration and kind lookup driven by libpg_query's protobuf-c
 * descriptors, the accessors every reader of a tree needs, and
 * PostgreSQL's FigureColname. The descriptor arithmetic lives here and
 * nowhere else, so code outside src/parse/ never sees protobuf-c.
 */
#include "parse/tree.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- kinds ---------------------------------------------------------------- */

/* Message descriptor → node kind, sorted by address: built once from the
 * Node oneof, whose field numbers are the kinds. */
typedef struct kind_entry {
    const void *desc;
    pg_kind kind;
} kind_entry;

static kind_entry *kind_table;
static size_t nkind_table;
static pthread_once_t kind_once = PTHREAD_ONCE_INIT;

static int cmp_entry(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)((const kind_entry *)a)->desc, y = (uintptr_t)((const kind_entry *)b)->desc;
    return x < y ? -1 : x > y;
}

static void build_kind_table(void)
{
    const ProtobufCMessageDescriptor *nd = &pg_query__node__descriptor;
    kind_table = rg_xcalloc(nd->n_fields, sizeof *kind_table);
    for (unsigned i = 0; i < nd->n_fields; i++)
        kind_table[nkind_table++] = (kind_entry){nd->fields[i].descriptor, (pg_kind)nd->fields[i].id};
    qsort(kind_table, nkind_table, sizeof *kind_table, cmp_entry);
}

static pg_kind kind_of_desc(const ProtobufCMessageDescriptor *d)
{
    pthread_once(&kind_once, build_kind_table);
    kind_entry key = {d, T_Invalid};
    const kind_entry *e = bsearch(&key, kind_table, nkind_table, sizeof *kind_table, cmp_entry);
    return e ? e->kind : T_Invalid;
}

/* The message a Node wraps, or NULL. */
static const ProtobufCMessage *node_payload(const pg_node *n)
{
    if (!n || n->node_case == T_Invalid) return NULL;
    const ProtobufCFieldDescriptor *f =
        protobuf_c_message_descriptor_get_field(&pg_query__node__descriptor, (unsigned)n->node_case);
    return f ? *(ProtobufCMessage *const *)((const char *)n + f->offset) : NULL;
}

const void *rg_pg_node_msg(const pg_node *n)
{
    return node_payload(n);
}

bool rg_pg_msg_is_node(const void *msg)
{
    return msg && ((const ProtobufCMessage *)msg)->descriptor == &pg_query__node__descriptor;
}

pg_kind rg_pg_msg_kind(const void *msg)
{
    if (!msg) return T_Invalid;
    const ProtobufCMessage *m = msg;
    if (m->descriptor == &pg_query__node__descriptor) return ((const pg_node *)m)->node_case;
    return kind_of_desc(m->descriptor);
}

const char *rg_pg_msg_name(const void *msg)
{
    return ((const ProtobufCMessage *)msg)->descriptor->short_name;
}

const char *rg_pg_kind_name(pg_kind k)
{
    if (k == T_Invalid) return NULL;
    const ProtobufCFieldDescriptor *f =
        protobuf_c_message_descriptor_get_field(&pg_query__node__descriptor, (unsigned)k);
    return f && f->descriptor ? ((const ProtobufCMessageDescriptor *)f->descriptor)->short_name : NULL;
}

const char *rg_pg_enum_name(const void *pg_enum, int value)
{
    const ProtobufCEnumValue *ev = pg_enum ? protobuf_c_enum_descriptor_get_value(pg_enum, value) : NULL;
    return ev ? ev->name : NULL;
}

/* ---- accessors ------------------------------------------------------------ */

const char *rg_pg_str(const pg_node *n)
{
    if (n && n->node_case == T_String && n->string) return n->string->sval;
    return "";
}

const char *rg_pg_last_str(pg_node *const *items, size_t n)
{
    return n ? rg_pg_str(items[n - 1]) : "";
}

void rg_pg_qname(const pg_node *const *items, size_t n, const char **schema, const char **name)
{
    *schema = NULL;
    *name = n ? rg_pg_str(items[n - 1]) : "";
    if (n >= 2) *schema = rg_pg_str(items[n - 2]);
}

const char *rg_pg_const_text(const pg_A_Const *c, char *numbuf, size_t numsz)
{
    if (!c || c->isnull) return NULL;
    switch (c->val_case) {
    case A_CONST_IVAL: {
        /* by hand: every integer literal of every default and CHECK comes
         * here, and snprintf's format interpretation showed in profiles */
        int v = c->ival ? (int)c->ival->ival : 0;
        char tmp[16];
        size_t k = sizeof tmp;
        unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
        do tmp[--k] = (char)('0' + u % 10); while (u /= 10);
        if (v < 0) tmp[--k] = '-';
        size_t n = sizeof tmp - k;
        if (n >= numsz) return NULL;
        memcpy(numbuf, tmp + k, n);
        numbuf[n] = 0;
        return numbuf;
    }
    case A_CONST_FVAL: return c->fval && c->fval->fval ? c->fval->fval : "";
    case A_CONST_BOOLVAL: return c->boolval && c->boolval->boolval ? "true" : "false";
    case A_CONST_SVAL: return c->sval && c->sval->sval ? c->sval->sval : "";
    case A_CONST_BSVAL: return c->bsval && c->bsval->bsval ? c->bsval->bsval : "";
    default: return NULL;
    }
}

const pg_A_Const *rg_pg_const_under_casts(const pg_node *n)
{
    while (n && n->node_case == T_TypeCast && n->type_cast) n = n->type_cast->arg;
    return n && n->node_case == T_A_Const ? n->a_const : NULL;
}

/* ---- FigureColname --------------------------------------------------------- */

/* The last String of a list, ignoring '*' and subscripts. */
static const char *last_field_name(pg_node *const *v, size_t n)
{
    for (size_t i = n; i-- > 0;)
        if (rg_pg_is(v[i], T_String)) return v[i]->string->sval;
    return NULL;
}

int rg_pg_figure_colname(const pg_node *n, const char **name)
{
    if (!n) return 0;
    switch (n->node_case) {
    case T_ColumnRef: {
        const char *s = last_field_name(n->column_ref->fields, n->column_ref->n_fields);
        if (!s) return 0;
        *name = s;
        return 2;
    }
    case T_A_Indirection: {
        const pg_A_Indirection *ind = n->a_indirection;
        const char *s = last_field_name(ind->indirection, ind->n_indirection);
        if (s) {
            *name = s;
            return 2;
        }
        return rg_pg_figure_colname(ind->arg, name);
    }
    case T_FuncCall:
        if (!n->func_call->n_funcname) return 0;
        *name = rg_pg_last_str(n->func_call->funcname, n->func_call->n_funcname);
        return 2;
    case T_A_Expr:
        if (n->a_expr->kind != AEXPR_NULLIF) return 0;
        *name = "nullif";
        return 2;
    case T_TypeCast: {
        int st = rg_pg_figure_colname(n->type_cast->arg, name);
        const pg_TypeName *tn = n->type_cast->type_name;
        if (st <= 1 && tn && tn->n_names) {
            *name = rg_pg_last_str(tn->names, tn->n_names);
            return 1;
        }
        return st;
    }
    case T_CollateClause: return rg_pg_figure_colname(n->collate_clause->arg, name);
    case T_GroupingFunc: *name = "grouping"; return 2;
    case T_SubLink:
        switch (n->sub_link->sub_link_type) {
        case EXISTS_SUBLINK: *name = "exists"; return 2;
        case ARRAY_SUBLINK: *name = "array"; return 2;
        case EXPR_SUBLINK: {
            /* The subquery's first output column (of its leftmost arm). */
            const pg_node *q = n->sub_link->subselect;
            const pg_SelectStmt *sel = rg_pg_is(q, T_SelectStmt) ? q->select_stmt : NULL;
            while (sel && sel->op > SETOP_NONE) sel = sel->larg;
            if (!sel || !sel->n_target_list) return 0;
            const pg_node *t = sel->target_list[0];
            if (!rg_pg_is(t, T_ResTarget)) return 0;
            if (*t->res_target->name) *name = t->res_target->name;
            else if (rg_pg_figure_colname(t->res_target->val, name) == 0) *name = "?column?";
            return 2;
        }
        default: return 0;
        }
    case T_CaseExpr: {
        int st = rg_pg_figure_colname(n->case_expr->defresult, name);
        if (st <= 1) {
            *name = "case";
            return 1;
        }
        return st;
    }
    case T_A_ArrayExpr: *name = "array"; return 2;
    case T_RowExpr: *name = "row"; return 2;
    case T_CoalesceExpr: *name = "coalesce"; return 2;
    case T_MinMaxExpr: *name = n->min_max_expr->op == IS_LEAST ? "least" : "greatest"; return 2;
    case T_SQLValueFunction: {
        static const char *const svf[] = {
            NULL, "current_date", "current_time", "current_time", "current_timestamp",
            "current_timestamp", "localtime", "localtime", "localtimestamp", "localtimestamp",
            "current_role", "current_user", "user", "session_user", "current_catalog",
            "current_schema"};
        unsigned op = (unsigned)n->sqlvalue_function->op;
        if (op >= sizeof svf / sizeof *svf || !svf[op]) return 0;
        *name = svf[op];
        return 2;
    }
    case T_XmlExpr: {
        static const char *const xml[] = {NULL, "xmlconcat", "xmlelement", "xmlforest",
                                          "xmlparse", "xmlpi", "xmlroot", "xmlserialize", NULL};
        unsigned op = (unsigned)n->xml_expr->op;
        if (op >= sizeof xml / sizeof *xml || !xml[op]) return 0;
        *name = xml[op];
        return 2;
    }
    case T_XmlSerialize: *name = "xmlserialize"; return 2;
    default: return 0;
    }
}

/* ---- the walker --------------------------------------------------------------- */

typedef struct walker {
    rg_pg_visitor fn;
    void *ctx;
    bool stop;
} walker;

static void walk_fields(walker *w, const ProtobufCMessage *m, int depth);

static void walk_msg(walker *w, const ProtobufCMessage *m, const pg_node *node, pg_node **slot, int depth)
{
    if (!m || w->stop || depth > RG_PG_MAX_DEPTH) return;
    rg_pg_visit v = {node ? node->node_case : kind_of_desc(m->descriptor), m, node, slot, depth};
    switch (w->fn(&v, w->ctx)) {
    case RG_PG_STOP: w->stop = true; return;
    case RG_PG_SKIP: return;
    case RG_PG_NEXT: break;
    }
    walk_fields(w, m, depth + 1);
}

static void walk_node(walker *w, pg_node **slot, const pg_node *n, int depth)
{
    walk_msg(w, node_payload(n), n, slot, depth);
}

static void walk_fields(walker *w, const ProtobufCMessage *m, int depth)
{
    const ProtobufCMessageDescriptor *d = m->descriptor;
    const char *base = (const char *)m;
    for (unsigned i = 0; i < d->n_fields && !w->stop; i++) {
        const ProtobufCFieldDescriptor *f = &d->fields[i];
        if (f->type != PROTOBUF_C_TYPE_MESSAGE) continue;
        if ((f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) && *(const uint32_t *)(base + f->quantifier_offset) != f->id)
            continue;
        bool is_node = f->descriptor == &pg_query__node__descriptor;
        size_t cnt = 1;
        ProtobufCMessage **slots = (ProtobufCMessage **)(base + f->offset);
        if (f->label == PROTOBUF_C_LABEL_REPEATED) {
            cnt = *(const size_t *)(base + f->quantifier_offset);
            slots = *(ProtobufCMessage ***)(base + f->offset);
        }
        for (size_t k = 0; k < cnt && !w->stop; k++) {
            if (!slots[k]) continue;
            if (is_node) walk_node(w, (pg_node **)&slots[k], (const pg_node *)slots[k], depth);
            else walk_msg(w, slots[k], NULL, NULL, depth);
        }
    }
}

bool rg_pg_walk(const void *root, rg_pg_visitor fn, void *ctx)
{
    walker w = {fn, ctx, false};
    if (!root) return false;
    if (rg_pg_msg_is_node(root)) walk_node(&w, NULL, root, 0);
    else walk_msg(&w, root, NULL, NULL, 0);
    return w.stop;
}

/* ---- generic fields ------------------------------------------------------------ */

size_t rg_pg_elem_size(ProtobufCType t)
{
    switch (t) {
    case PROTOBUF_C_TYPE_INT64: case PROTOBUF_C_TYPE_SINT64: case PROTOBUF_C_TYPE_SFIXED64:
    case PROTOBUF_C_TYPE_UINT64: case PROTOBUF_C_TYPE_FIXED64: return 8;
    case PROTOBUF_C_TYPE_DOUBLE: return sizeof(double);
    case PROTOBUF_C_TYPE_BOOL: return sizeof(protobuf_c_boolean);
    case PROTOBUF_C_TYPE_STRING: return sizeof(char *);
    case PROTOBUF_C_TYPE_BYTES: return sizeof(ProtobufCBinaryData);
    case PROTOBUF_C_TYPE_MESSAGE: return sizeof(void *);
    default: return 4;
    }
}

/* ---- deep copy ------------------------------------------------------------------ */

/* Every member is copied as it is, then what it points to: sub-messages and
 * strings (the set member of a oneof only, as the walker reads them). */
static void *copy_msg(rg_arena *a, const ProtobufCMessage *m, int depth, bool *deep)
{
    if (!m) return NULL;
    if (depth > RG_PG_MAX_DEPTH) {
        *deep = true;
        return NULL;
    }
    const ProtobufCMessageDescriptor *d = m->descriptor;
    char *out = rg_arena_alloc(a, d->sizeof_message);
    memcpy(out, m, d->sizeof_message);
    for (unsigned i = 0; i < d->n_fields; i++) {
        const ProtobufCFieldDescriptor *f = &d->fields[i];
        if (f->type != PROTOBUF_C_TYPE_MESSAGE && f->type != PROTOBUF_C_TYPE_STRING &&
            f->label != PROTOBUF_C_LABEL_REPEATED)
            continue;
        if ((f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) && *(const uint32_t *)(out + f->quantifier_offset) != f->id)
            continue;
        void **member = (void **)(out + f->offset);
        if (f->label == PROTOBUF_C_LABEL_REPEATED) {
            size_t n = *(const size_t *)(out + f->quantifier_offset), es = rg_pg_elem_size(f->type);
            if (!n || !*member) continue;
            void *arr = rg_arena_alloc(a, n * es);
            memcpy(arr, *member, n * es);
            *member = arr;
            if (f->type == PROTOBUF_C_TYPE_MESSAGE) {
                void **v = arr;
                for (size_t k = 0; k < n; k++) v[k] = copy_msg(a, v[k], depth + 1, deep);
            } else if (f->type == PROTOBUF_C_TYPE_STRING) {
                char **v = arr;
                for (size_t k = 0; k < n; k++)
                    if (v[k] && v[k] != protobuf_c_empty_string) v[k] = rg_arena_strdup(a, v[k]);
            }
        } else if (f->type == PROTOBUF_C_TYPE_MESSAGE) {
            *member = copy_msg(a, *member, depth + 1, deep);
        } else if (*member && *member != (void *)protobuf_c_empty_string) {
            *member = rg_arena_strdup(a, *member);
        }
    }
    return out;
}

void *rg_pg_copy(rg_arena *a, const void *root)
{
    bool deep = false;
    void *out = copy_msg(a, root, 0, &deep);
    return deep ? NULL : out;
}

static rg_pg_ftype ftype(ProtobufCType t)
{
    switch (t) {
    case PROTOBUF_C_TYPE_INT32: case PROTOBUF_C_TYPE_SINT32: case PROTOBUF_C_TYPE_SFIXED32:
    case PROTOBUF_C_TYPE_INT64: case PROTOBUF_C_TYPE_SINT64: case PROTOBUF_C_TYPE_SFIXED64:
        return RG_PG_F_INT;
    case PROTOBUF_C_TYPE_UINT32: case PROTOBUF_C_TYPE_FIXED32:
    case PROTOBUF_C_TYPE_UINT64: case PROTOBUF_C_TYPE_FIXED64:
        return RG_PG_F_UINT;
    case PROTOBUF_C_TYPE_FLOAT: case PROTOBUF_C_TYPE_DOUBLE: return RG_PG_F_FLOAT;
    case PROTOBUF_C_TYPE_BOOL: return RG_PG_F_BOOL;
    case PROTOBUF_C_TYPE_ENUM: return RG_PG_F_ENUM;
    case PROTOBUF_C_TYPE_STRING: return RG_PG_F_STRING;
    case PROTOBUF_C_TYPE_BYTES: return RG_PG_F_BYTES;
    default: return RG_PG_F_MESSAGE;
    }
}

/* Address of element i of a field. */
static const void *elem_at(const rg_pg_field *f, size_t i)
{
    const ProtobufCFieldDescriptor *fd = f->desc;
    const char *base = (const char *)f->owner;
    if (fd->label == PROTOBUF_C_LABEL_REPEATED)
        return *(char *const *)(base + fd->offset) + i * rg_pg_elem_size(fd->type);
    return base + fd->offset;
}

rg_pg_value rg_pg_field_value(const rg_pg_field *f, size_t i)
{
    const ProtobufCFieldDescriptor *fd = f->desc;
    const void *p = elem_at(f, i);
    rg_pg_value v = {0};
    switch (fd->type) {
    case PROTOBUF_C_TYPE_INT32: case PROTOBUF_C_TYPE_SINT32: case PROTOBUF_C_TYPE_SFIXED32:
        v.i = *(const int32_t *)p;
        break;
    case PROTOBUF_C_TYPE_UINT32: case PROTOBUF_C_TYPE_FIXED32: v.u = *(const uint32_t *)p; break;
    case PROTOBUF_C_TYPE_INT64: case PROTOBUF_C_TYPE_SINT64: case PROTOBUF_C_TYPE_SFIXED64:
        v.i = *(const int64_t *)p;
        break;
    case PROTOBUF_C_TYPE_UINT64: case PROTOBUF_C_TYPE_FIXED64: v.u = *(const uint64_t *)p; break;
    case PROTOBUF_C_TYPE_FLOAT: v.d = *(const float *)p; break;
    case PROTOBUF_C_TYPE_DOUBLE: v.d = *(const double *)p; break;
    case PROTOBUF_C_TYPE_BOOL: v.i = *(const protobuf_c_boolean *)p ? 1 : 0; break;
    case PROTOBUF_C_TYPE_ENUM:
        v.i = *(const int *)p;
        v.enum_name = rg_pg_enum_name(fd->descriptor, (int)v.i);
        break;
    case PROTOBUF_C_TYPE_STRING: {
        const char *s = *(char *const *)p;
        v.s = s ? s : "";
        break;
    }
    case PROTOBUF_C_TYPE_BYTES: {
        const ProtobufCBinaryData *bd = p;
        v.bytes = bd->data;
        v.len = bd->len;
        break;
    }
    case PROTOBUF_C_TYPE_MESSAGE: v.msg = *(const void *const *)p; break;
    }
    return v;
}

pg_node *const *rg_pg_field_nodes(const rg_pg_field *f)
{
    if (!f->repeated || !f->is_node) return NULL;
    const ProtobufCFieldDescriptor *fd = f->desc;
    return *(pg_node *const *const *)((const char *)f->owner + fd->offset);
}

bool rg_pg_field_is_default(const rg_pg_field *f)
{
    const ProtobufCFieldDescriptor *fd = f->desc;
    const void *p = elem_at(f, 0);
    switch (fd->type) {
    case PROTOBUF_C_TYPE_STRING: {
        const char *v = *(char *const *)p;
        return !v || !*v;
    }
    case PROTOBUF_C_TYPE_MESSAGE: return *(void *const *)p == NULL;
    case PROTOBUF_C_TYPE_BYTES: return ((const ProtobufCBinaryData *)p)->len == 0;
    case PROTOBUF_C_TYPE_BOOL: return !*(const protobuf_c_boolean *)p;
    default: {
        size_t n = rg_pg_elem_size(fd->type);
        const unsigned char *c = p;
        for (size_t i = 0; i < n; i++)
            if (c[i]) return false;
        return true;
    }
    }
}

void rg_pg_fields(const void *msg, void (*fn)(const rg_pg_field *f, void *ctx), void *ctx)
{
    const ProtobufCMessage *m = msg;
    const ProtobufCMessageDescriptor *d = m->descriptor;
    const char *base = (const char *)m;
    for (unsigned i = 0; i < d->n_fields; i++) {
        const ProtobufCFieldDescriptor *fd = &d->fields[i];
        bool oneof = (fd->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) != 0;
        if (oneof && *(const uint32_t *)(base + fd->quantifier_offset) != fd->id) continue;
        rg_pg_field f = {
            .name = fd->name,
            .type = ftype(fd->type),
            .repeated = fd->label == PROTOBUF_C_LABEL_REPEATED,
            .in_oneof = oneof,
            .is_node = fd->type == PROTOBUF_C_TYPE_MESSAGE && fd->descriptor == &pg_query__node__descriptor,
            .is_float = fd->type == PROTOBUF_C_TYPE_FLOAT,
            .count = 1,
            .owner = m,
            .desc = fd,
        };
        if (f.repeated) f.count = *(const size_t *)(base + fd->quantifier_offset);
        fn(&f, ctx);
    }
}
