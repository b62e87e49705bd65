/*
 * plan_maps.c — the planner's lookups, built once per plan: indexes per
 * table (both sides), sequences owned by a table's columns, foreign keys
 * per referenced table, columns per type, the target's volatile
 * functions. Shapes ask these instead of scanning the catalogs per
 * change, so planning stays linear in the size of the schemas.
 */
#include "plan/plan_int.h"

#include <string.h>

static const pl_ptrs NONE;

void pl_add_to(planner *P, rg_map *m, const char *key, const void *v)
{
    pl_ptrs *l = rg_map_get(m, key);
    if (!l) {
        l = rg_arena_alloc(P->a, sizeof *l);
        rg_map_put(m, key, l);
    }
    *rg_vec_push(P->a, l) = v;
}

static void index_map(planner *P, rg_map *m, rg_map *kids, const rg_catalog *c)
{
    for (size_t i = 0; i < c->indexes.n; i++) {
        const rg_index *x = &c->indexes.v[i];
        if (x->dropped) continue;
        pl_add_to(P, m, pl_key(P, x->table_schema, x->table_name, NULL), x);
        if (x->attached_to) pl_add_to(P, kids, x->attached_to, x);
    }
}

static void partition_map(planner *P, rg_map *m, const rg_catalog *c)
{
    for (size_t i = 0; i < c->tables.n; i++) {
        const rg_table *t = &c->tables.v[i];
        if (!t->dropped && t->parent_table) pl_add_to(P, m, pl_key(P, t->parent_schema, t->parent_table, NULL), t);
    }
}

/* "schema.table.column" of an owned sequence: the table part. */
static const char *owner_table(planner *P, const char *owned_by)
{
    const char *p1 = strchr(owned_by, '.');
    const char *p2 = p1 ? strchr(p1 + 1, '.') : NULL;
    if (!p2) return NULL;
    return pl_key(P, rg_arena_strndup(P->a, owned_by, (size_t)(p1 - owned_by)),
                  rg_arena_strndup(P->a, p1 + 1, (size_t)(p2 - p1 - 1)), NULL);
}

/* "schema.name" or "schema.name[]" of a column type naming a user type. */
static const char *plain_type(planner *P, const char *type)
{
    size_t n = strlen(type);
    while (n >= 2 && type[n - 2] == '[' && type[n - 1] == ']') n -= 2;
    return strchr(type, '.') ? rg_arena_strndup(P->a, type, n) : NULL;
}

void pl_maps_build(planner *P)
{
    index_map(P, &P->idx_old, &P->kids_old, P->oldc);
    index_map(P, &P->idx_new, &P->kids_new, P->newc);
    partition_map(P, &P->parts_old, P->oldc);
    partition_map(P, &P->parts_new, P->newc);
    for (size_t i = 0; i < P->oldc->sequences.n; i++) {
        const rg_sequence *q = &P->oldc->sequences.v[i];
        if (q->dropped || q->identity || !q->owned_by) continue;
        const char *k = owner_table(P, q->owned_by);
        if (k) pl_add_to(P, &P->seq_owned, k, q);
    }
    for (size_t i = 0; i < P->oldc->tables.n; i++) {
        const rg_table *t = &P->oldc->tables.v[i];
        if (t->dropped) continue;
        for (size_t j = 0; j < t->constraints.n; j++) {
            const rg_constraint *k = &t->constraints.v[j];
            if (k->dropped || k->kind != RG_CON_FOREIGN || !k->ref_table) continue;
            pl_fkref *r = rg_arena_alloc(P->a, sizeof *r);
            r->t = t;
            r->k = k;
            pl_add_to(P, &P->fk_refs, pl_key(P, k->ref_schema ? k->ref_schema : t->schema, k->ref_table, NULL), r);
        }
        for (size_t j = 0; j < t->columns.n; j++) {
            const rg_column *c = &t->columns.v[j];
            const char *ty = c->dropped || !c->type ? NULL : plain_type(P, c->type);
            if (!ty) continue;
            pl_colref *r = rg_arena_alloc(P->a, sizeof *r);
            r->t = t;
            r->c = c;
            pl_add_to(P, &P->type_cols, ty, r);
        }
    }
    for (size_t i = 0; i < P->newc->functions.n; i++) {
        const rg_function *f = &P->newc->functions.v[i];
        if (!f->dropped && f->attributes && strncmp(f->attributes, "VOLATILE", 8) == 0)
            rg_map_put(&P->volatile_fns, f->name, (void *)1);
    }
}

void pl_maps_free(planner *P)
{
    rg_map_free(&P->idx_old);
    rg_map_free(&P->idx_new);
    rg_map_free(&P->seq_owned);
    rg_map_free(&P->fk_refs);
    rg_map_free(&P->type_cols);
    rg_map_free(&P->volatile_fns);
    rg_map_free(&P->moved_fks);
    rg_map_free(&P->skip_cols);
    rg_map_free(&P->moved_cols);
    rg_map_free(&P->parts_old);
    rg_map_free(&P->parts_new);
    rg_map_free(&P->kids_old);
    rg_map_free(&P->kids_new);
}

static const pl_ptrs *get(const rg_map *m, const char *key)
{
    const pl_ptrs *l = rg_map_get(m, key);
    return l ? l : &NONE;
}

const pl_ptrs *pl_indexes_of(planner *P, bool new_side, const char *schema, const char *table)
{
    return get(new_side ? &P->idx_new : &P->idx_old, pl_key(P, schema, table, NULL));
}

const pl_ptrs *pl_owned_seqs(planner *P, const char *schema, const char *table)
{
    return get(&P->seq_owned, pl_key(P, schema, table, NULL));
}

const pl_ptrs *pl_fks_to(planner *P, const char *schema, const char *table)
{
    return get(&P->fk_refs, pl_key(P, schema, table, NULL));
}

const pl_ptrs *pl_type_users(planner *P, const char *schema, const char *type)
{
    /* Keyed by the column type's canonical text, which quotes names. */
    return get(&P->type_cols, pl_qn(P, schema, type));
}

const pl_ptrs *pl_partitions_of(planner *P, bool new_side, const char *schema, const char *table)
{
    return get(new_side ? &P->parts_new : &P->parts_old, pl_key(P, schema, table, NULL));
}

/* Keys as the catalog writes attached_to: "schema.name", unquoted. */
const pl_ptrs *pl_index_kids(planner *P, bool new_side, const char *schema, const char *index)
{
    return get(new_side ? &P->kids_new : &P->kids_old, rg_arena_printf(P->a, "%s.%s", schema, index));
}

bool pl_volatile_fn(planner *P, const char *name)
{
    return rg_map_get(&P->volatile_fns, name) != NULL;
}

const pl_ptrs *pl_moved_columns(planner *P, const char *schema, const char *table)
{
    return get(&P->moved_cols, pl_key(P, schema, table, NULL));
}

void pl_skip(planner *P, const char *kind, const char *object)
{
    rg_map_put(&P->skip_cols, rg_arena_printf(P->a, "%s|%s", kind, object), (void *)1);
}

bool pl_skipped(planner *P, const char *kind, const char *object)
{
    return rg_map_get(&P->skip_cols, rg_arena_printf(P->a, "%s|%s", kind, object)) != NULL;
}

/* ---- identifiers inside expressions ------------------------------------------ */

static bool ident_char(char c)
{
    return c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || (unsigned char)c >= 0x80;
}

/* sql with every whole-word reference to column `from` (bare or quoted,
 * outside string literals) replaced by the quoted `to`. */
const char *pl_swap_expr(planner *P, const char *sql, const char *from, const char *to)
{
    rg_buf b = {0};
    const char *qfrom = pl_q(P, from), *qto = pl_q(P, to);
    size_t nf = strlen(from), nq = strlen(qfrom);
    for (const char *p = sql; *p;) {
        if (*p == '\'') { /* a literal: copy through its end */
            rg_buf_putc(&b, *p++);
            while (*p && !(*p == '\'' && p[1] != '\'')) {
                if (*p == '\'') rg_buf_putc(&b, *p++);
                rg_buf_putc(&b, *p++);
            }
            if (*p) rg_buf_putc(&b, *p++);
            continue;
        }
        bool left = p == sql || (!ident_char(p[-1]) && p[-1] != '"' && p[-1] != '.');
        if (left && *qfrom == '"' && strncmp(p, qfrom, nq) == 0) {
            rg_buf_puts(&b, qto);
            p += nq;
            continue;
        }
        if (left && strncmp(p, from, nf) == 0 && !ident_char(p[nf]) && p[nf] != '"' && p[nf] != '(') {
            rg_buf_puts(&b, qto);
            p += nf;
            continue;
        }
        if (*p == '"') { /* another quoted identifier: copy whole */
            rg_buf_putc(&b, *p++);
            while (*p && !(*p == '"' && p[1] != '"')) {
                if (*p == '"') rg_buf_putc(&b, *p++);
                rg_buf_putc(&b, *p++);
            }
            if (*p) rg_buf_putc(&b, *p++);
            continue;
        }
        if (ident_char(*p)) { /* the rest of another word */
            while (ident_char(*p)) rg_buf_putc(&b, *p++);
            continue;
        }
        rg_buf_putc(&b, *p++);
    }
    const char *r = rg_arena_strdup(P->a, rg_buf_cstr(&b));
    rg_buf_free(&b);
    return r;
}

bool pl_index_uses(const rg_index *x, const char *col)
{
    for (size_t e = 0; e < x->nelems; e++) {
        if (x->elems[e].column && strcmp(x->elems[e].column, col) == 0) return true;
        if (!x->elems[e].column && x->elems[e].expr.key && strstr(x->elems[e].expr.key, col)) return true;
    }
    for (size_t i = 0; i < x->ninclude; i++)
        if (strcmp(x->include[i], col) == 0) return true;
    return x->where.key && strstr(x->where.key, col);
}
