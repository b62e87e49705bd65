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
        if (rg_pg_is(p, T_IndexElem)) {
            const pg_IndexElem *ie = p->index_elem;
            const char *fig = NULL;
            if (*ie->indexcolname) orig = ie->indexcolname;
            else if (*ie->name) orig = ie->name;
            else if (rg_pg_figure_colname(ie->expr, &fig) > 0 && fig) orig = fig;
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

/* ---- the one column a CHECK references ---------------------------------- */

typedef struct colscan {
    const rg_table *t;
    const char *first;
    bool many;
} colscan;

static rg_pg_step colref_seen(const rg_pg_visit *v, void *ctx)
{
    colscan *cs = ctx;
    if (v->kind != T_ColumnRef) return RG_PG_NEXT;
    const pg_ColumnRef *cr = v->msg;
    if (!cr->n_fields || !rg_pg_is(cr->fields[cr->n_fields - 1], T_String)) return RG_PG_NEXT;
    const char *col = cr->fields[cr->n_fields - 1]->string->sval;
    if (cs->t && !rg_table_column(cs->t, col)) return RG_PG_NEXT;
    if (!cs->first) cs->first = col;
    else if (strcmp(cs->first, col) != 0) cs->many = true;
    return cs->many ? RG_PG_STOP : RG_PG_NEXT;
}

const char *check_single_column(const rg_table *t, const pg_node *expr)
{
    colscan cs = {t, NULL, false};
    rg_pg_walk(expr, colref_seen, &cs);
    return cs.many ? NULL : cs.first;
}
