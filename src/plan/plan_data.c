/*
 * plan_data.c — data is never lost silently. Before any change is shaped:
 * a dropped table or column that holds data is an error-level finding
 * (data_drop) unless --allow-drop names it, and one that looks like a
 * rename (a dropped and an added column of the same type in one table; a
 * dropped and an added table with the same columns) says which hint to
 * pass (possible_rename). While shaping: whether a type change narrows
 * (some value of the old type has no equal in the new one), and the
 * CHECK expression that tells the rows that would not fit.
 */
#include "plan/plan_int.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>

/* ---- drops and possible renames ----------------------------------------------- */

/* A table's column names as one string, sorted, so two tables with the
 * same columns (in any order, of any types: a table may be renamed and
 * retyped in one release) have the same signature. */
static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const char *signature(planner *P, const rg_table *t)
{
    size_t n = 0;
    for (size_t i = 0; i < t->columns.n; i++) n += !t->columns.v[i].dropped;
    const char **v = rg_arena_alloc(P->a, (n ? n : 1) * sizeof *v);
    n = 0;
    for (size_t i = 0; i < t->columns.n; i++) {
        const rg_column *c = &t->columns.v[i];
        if (!c->dropped) v[n++] = c->name;
    }
    qsort(v, n, sizeof *v, cmp_str);
    rg_buf b = {0};
    rg_buf_printf(&b, "%s|", t->schema);
    for (size_t i = 0; i < n; i++) rg_buf_printf(&b, "%s,", v[i]);
    const char *r = rg_arena_strdup(P->a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return r;
}

/* The --allow-drop hints as object keys; each key maps to its hint's
 * index + 1, so a used hint can be ticked off. */
static void allowed_keys(planner *P, rg_map *keys)
{
    for (size_t i = 0; i < P->o->nallow_drops; i++) {
        const rg_drop_hint *h = &P->o->allow_drops[i];
        void *v = (void *)(uintptr_t)(i + 1);
        if (h->column) {
            rg_map_put(keys, pl_key(P, h->schema, h->table, h->column), v);
            continue;
        }
        rg_map_put(keys, pl_key(P, h->schema, h->table, NULL), v);
        /* "a.b" is also the column b of public.a */
        rg_map_put(keys, pl_key(P, "public", h->schema, h->table), v);
    }
}

static bool allowed(rg_map *keys, bool *used, const char *object)
{
    uintptr_t v = (uintptr_t)rg_map_get(keys, object);
    if (!v) return false;
    used[v - 1] = true;
    return true;
}

static bool parent_dropped(planner *P, const rg_table *t)
{
    return t->parent_table &&
           rg_map_get(&P->dropped_tables, pl_key(P, t->parent_schema ? t->parent_schema : t->schema,
                                                 t->parent_table, NULL));
}

static void table_drop(planner *P, const rg_change *c, rg_map *added_by_sig, rg_map *paired)
{
    const rg_table *t = c->old_obj;
    if (!t || t->kind == RG_TABLE_FOREIGN || parent_dropped(P, t)) return;
    const char *name = rg_arena_printf(P->a, "%s.%s", t->schema, t->name);
    pl_ptrs *cands = rg_map_get(added_by_sig, signature(P, t));
    const rg_table *to = NULL;
    for (size_t i = 0; cands && i < cands->n && !to; i++)
        if (!rg_map_get(paired, pl_key(P, ((const rg_table *)cands->v[i])->schema, ((const rg_table *)cands->v[i])->name, NULL)))
            to = cands->v[i];
    if (to) {
        rg_map_put(paired, pl_key(P, to->schema, to->name, NULL), (void *)1);
        rg_plan_add_finding(P->p, RG_SEV_ERROR, "possible_rename", c->object,
                            "%s is dropped and %s.%s added with the same column names: if the table was renamed, pass "
                            "--rename-table %s=%s (its rows are kept); to drop it with its rows, pass --allow-drop %s",
                            name, to->schema, to->name, name, to->name, name);
        return;
    }
    rg_plan_add_finding(P->p, RG_SEV_ERROR, "data_drop", c->object,
                        "dropping table %s deletes its rows, and its down brings it back empty: pass --allow-drop %s "
                        "to drop it (or --rename-table %s=NEW if it was renamed)", name, name, name);
}

static void column_drop(planner *P, const rg_change *c, rg_map *adds_by_hint)
{
    const rg_table *t = c->old_table;
    const rg_column *col = c->old_obj;
    if (!t || !col || col->generated) return;
    if (rg_map_get(&P->dropped_tables, pl_key(P, t->schema, t->name, NULL))) return;
    const char *name = rg_arena_printf(P->a, "%s.%s.%s", t->schema, t->name, col->name);
    const rg_change *add = c->rename_hint ? rg_map_get(adds_by_hint, c->rename_hint) : NULL;
    const rg_column *to = add ? add->new_obj : NULL;
    if (to) {
        rg_plan_add_finding(P->p, RG_SEV_ERROR, "possible_rename", c->object,
                            "column %s is dropped and %s added to %s.%s with the same type (%s): if it was renamed, "
                            "pass --rename %s=%s (its values are kept); to drop its values, pass --allow-drop %s",
                            name, to->name, t->schema, t->name, col->type, name, to->name, name);
        return;
    }
    rg_plan_add_finding(P->p, RG_SEV_ERROR, "data_drop", c->object,
                        "dropping column %s deletes its values, and its down brings it back empty: pass "
                        "--allow-drop %s to drop it (or --rename %s=NEW if it was renamed)", name, name, name);
}

int pl_data_prepass(planner *P, const char **err)
{
    rg_map keys = {0}, added_by_sig = {0}, paired = {0}, adds_by_hint = {0};
    bool *used = rg_arena_alloc(P->a, (P->o->nallow_drops + 1) * sizeof *used);
    memset(used, 0, (P->o->nallow_drops + 1) * sizeof *used);
    allowed_keys(P, &keys);
    for (size_t i = 0; i < P->d->n; i++) {
        const rg_change *c = &P->d->v[i];
        if (strcmp(c->kind, "add_table") == 0 && c->new_obj)
            pl_add_to(P, &added_by_sig, signature(P, c->new_obj), c->new_obj);
        else if (strcmp(c->kind, "add_column") == 0 && c->rename_hint)
            rg_map_put(&adds_by_hint, c->rename_hint, (void *)c);
    }
    for (size_t i = 0; i < P->d->n; i++) {
        const rg_change *c = &P->d->v[i];
        bool tab = strcmp(c->kind, "drop_table") == 0, col = strcmp(c->kind, "drop_column") == 0;
        if (!tab && !col) continue;
        if (allowed(&keys, used, c->object)) continue;
        if (col && rg_map_get(&P->consumed, c->object)) continue; /* --rename */
        if (tab && rg_map_get(&P->rebuilt_old, c->object)) continue; /* its rows were copied */
        if (tab) table_drop(P, c, &added_by_sig, &paired);
        else column_drop(P, c, &adds_by_hint);
    }
    int rc = RG_OK;
    for (size_t i = 0; i < P->o->nallow_drops && rc == RG_OK; i++) {
        if (used[i]) continue;
        const rg_drop_hint *h = &P->o->allow_drops[i];
        *err = rg_arena_printf(P->a, "--allow-drop %s.%s%s%s: the diff drops no such table or column", h->schema,
                               h->table, h->column ? "." : "", h->column ? h->column : "");
        rc = RG_EUSAGE;
    }
    rg_map_free(&keys);
    rg_map_free(&added_by_sig);
    rg_map_free(&paired);
    rg_map_free(&adds_by_hint);
    return rc;
}

/* ---- narrowing type changes --------------------------------------------------------- */

typedef enum { F_OTHER, F_STR, F_INT, F_NUM, F_FLT, F_TIME, F_BIT, F_DATE } family;

/* A column type as the catalog spells it, split into its base name (the
 * words around the parenthesis) and up to two typmod numbers. */
typedef struct ptype {
    family fam;
    char base[64];
    long arg[2];
    int nargs;
    int width;        /* integers: bytes; strings and bits: length limit or -1 */
} ptype;

static void parse_type(const char *s, ptype *t)
{
    memset(t, 0, sizeof *t);
    t->width = -1;
    size_t n = strlen(s);
    if (n >= sizeof t->base || (n >= 2 && s[n - 1] == ']')) return; /* arrays: not classified */
    const char *lp = strchr(s, '('), *rp = lp ? strchr(lp, ')') : NULL;
    if (lp && rp) {
        size_t a = (size_t)(lp - s);
        while (a && s[a - 1] == ' ') a--;
        memcpy(t->base, s, a);
        snprintf(t->base + a, sizeof t->base - a, "%s", rp + 1);
        for (const char *p = lp + 1; p < rp && t->nargs < 2;) {
            char *end;
            t->arg[t->nargs++] = strtol(p, &end, 10);
            p = *end == ',' ? end + 1 : rp;
        }
    } else {
        memcpy(t->base, s, n + 1);
    }
    const char *b = t->base;
    if (!strcmp(b, "text") || !strcmp(b, "character varying") || !strcmp(b, "character")) {
        t->fam = F_STR;
        if (t->nargs) t->width = (int)t->arg[0];
        else if (!strcmp(b, "character")) t->width = 1;
    } else if (!strcmp(b, "smallint") || !strcmp(b, "integer") || !strcmp(b, "bigint")) {
        t->fam = F_INT;
        t->width = b[0] == 's' ? 2 : b[0] == 'i' ? 4 : 8;
    } else if (!strcmp(b, "numeric")) {
        t->fam = F_NUM;
    } else if (!strcmp(b, "real") || !strcmp(b, "double precision")) {
        t->fam = F_FLT;
        t->width = b[0] == 'r' ? 4 : 8;
    } else if (!strncmp(b, "timestamp", 9) || !strncmp(b, "time ", 5) || !strcmp(b, "time") || !strcmp(b, "interval")) {
        t->fam = F_TIME;
    } else if (!strcmp(b, "date")) {
        t->fam = F_DATE;
    } else if (!strcmp(b, "bit") || !strcmp(b, "bit varying")) {
        t->fam = F_BIT;
        if (t->nargs) t->width = (int)t->arg[0];
        else if (!strcmp(b, "bit")) t->width = 1;
    }
}

static const char *int_min(int w) { return w == 2 ? "-32768" : w == 4 ? "-2147483648" : "-9223372036854775808"; }
static const char *int_max(int w) { return w == 2 ? "32767" : w == 4 ? "2147483647" : "9223372036854775807"; }
static int int_digits(int w) { return w == 2 ? 5 : w == 4 ? 10 : 19; }

bool pl_type_narrows(planner *P, const char *from, const char *to, const char *col, pl_fit *out)
{
    ptype f, t;
    parse_type(from, &f);
    parse_type(to, &t);
    memset(out, 0, sizeof *out);
    if (strcmp(from, to) == 0) return false;
    if (f.fam == F_STR && t.fam == F_STR) {
        if (t.width < 0 || (f.width >= 0 && f.width <= t.width)) return false;
        out->check = rg_arena_printf(P->a, "char_length(%s) <= %d", col, t.width);
        out->why = rg_arena_printf(P->a, "values longer than %d characters would be cut", t.width);
        return true;
    }
    if (f.fam == F_BIT && t.fam == F_BIT) {
        if (t.width < 0 || (f.width >= 0 && f.width <= t.width)) return false;
        out->check = rg_arena_printf(P->a, "length(%s) <= %d", col, t.width);
        out->why = rg_arena_printf(P->a, "bit strings longer than %d would be cut", t.width);
        return true;
    }
    if (t.fam == F_INT && (f.fam == F_INT || f.fam == F_NUM || f.fam == F_FLT)) {
        if (f.fam == F_INT && f.width <= t.width) return false;
        const char *range = rg_arena_printf(P->a, "%s BETWEEN %s AND %s", col, int_min(t.width), int_max(t.width));
        if (f.fam == F_INT) {
            out->cast_fails = true;
            out->check = range;
            out->why = rg_arena_printf(P->a, "values outside %s .. %s do not fit %s", int_min(t.width), int_max(t.width), to);
        } else {
            out->check = rg_arena_printf(P->a, "%s = trunc(%s) AND %s", col, col, range);
            out->why = rg_arena_printf(P->a, "fractions would be rounded away and values outside %s .. %s do not fit",
                                       int_min(t.width), int_max(t.width));
        }
        return true;
    }
    if (t.fam == F_NUM && t.nargs && (f.fam == F_INT || f.fam == F_NUM || f.fam == F_FLT)) {
        long q = t.arg[0], s = t.nargs > 1 ? t.arg[1] : 0;
        const char *v = f.fam == F_FLT ? rg_arena_printf(P->a, "(%s)::numeric", col) : col;
        bool scale = f.fam != F_INT && !(f.fam == F_NUM && f.nargs && (f.nargs > 1 ? f.arg[1] : 0) <= s);
        bool digits = f.fam == F_INT ? int_digits(f.width) > q - s
                                     : !(f.fam == F_NUM && f.nargs && f.arg[0] - (f.nargs > 1 ? f.arg[1] : 0) <= q - s);
        if (!scale && !digits) return false;
        rg_buf b = {0};
        if (scale) rg_buf_printf(&b, "round(%s, %ld) = %s", v, s, v);
        if (digits) rg_buf_printf(&b, "%sabs(%s) < 1e%ld", scale ? " AND " : "", v, q - s);
        out->check = pl_take(P, &b);
        const char *frac = s ? rg_arena_printf(P->a, "digits beyond %ld decimal places would be rounded away", s)
                             : "fractions would be rounded away";
        const char *big = rg_arena_printf(P->a, "values of %ld or more integer digits do not fit", q - s + 1);
        out->why = scale && digits ? rg_arena_printf(P->a, "%s and %s", frac, big) : scale ? frac : big;
        return true;
    }
    if (f.fam == F_FLT && t.fam == F_FLT) {
        if (f.width <= t.width) return false;
        out->cast_fails = out->rounds = true;
        out->check = rg_arena_printf(P->a, "abs(%s) <= 3.4028234663852886e38", col);
        out->why = "values beyond real's range do not fit, and real keeps about 6 significant digits";
        return true;
    }
    if (f.fam == F_TIME && t.fam == F_DATE && !strncmp(f.base, "timestamp", 9)) {
        out->check = rg_arena_printf(P->a, "%s = date_trunc('day', %s)", col, col);
        out->why = "the time of day would be cut";
        return true;
    }
    if (f.fam == F_TIME && t.fam == F_TIME && !strcmp(f.base, t.base) && t.nargs) {
        long fp = f.nargs ? f.arg[0] : 6;
        if (fp <= t.arg[0]) return false;
        out->check = rg_arena_printf(P->a, "(%s)::%s = %s", col, to, col);
        out->why = rg_arena_printf(P->a, "fractions of a second beyond %ld digits would be rounded", t.arg[0]);
        return true;
    }
    return false;
}
