/*
 * plan_verify.c — the plan's self-check. The interpreter that built the
 * catalogs applies the plan's own files: every up in order on a fresh
 * catalog of the old schema must give the new catalog exactly (no helper
 * column, trigger, function or check left, names as the target has
 * them); every down after that, in reverse, must give the old one back.
 * Each difference is an error-level finding; where a down is lossy by
 * design (a dropped NOT NULL column comes back nullable, an enum value
 * stays) the difference is a warning naming the lossy step.
 */
#include "rollgate/plan.h"

#include <string.h>

/* The step a byte offset of a file's text falls in: steps appear in the
 * file in order (downs in reverse), each statement after the previous. */
static const rg_plan_step *step_at(const rg_plan_file *f, const char *text, size_t offset, bool down)
{
    const rg_plan_step *hit = NULL;
    const char *from = text;
    for (size_t k = 0; k < f->nsteps; k++) {
        const rg_plan_step *s = f->steps[down ? f->nsteps - 1 - k : k];
        const char *sql = down ? s->down : s->sql;
        const char *at = sql ? strstr(from, sql) : NULL;
        if (!at) continue;
        if ((size_t)(at - text) > offset) break;
        hit = s;
        from = at + strlen(sql);
    }
    return hit;
}

static void diag_findings(rg_plan *p, const rg_diags *d, size_t from, const rg_plan_file *f, const char *file,
                          const char *text, bool down)
{
    for (size_t i = from; i < d->n; i++) {
        if (d->v[i].sev != RG_SEV_ERROR) continue;
        int line = 0, col = 0;
        if (d->v[i].src) rg_source_linecol(d->v[i].src, d->v[i].offset, &line, &col);
        const rg_plan_step *st = step_at(f, text, d->v[i].offset, down);
        const char *code = d->v[i].code && *d->v[i].code ? d->v[i].code : NULL;
        rg_finding *pf = rg_plan_add_finding(
            p, RG_SEV_ERROR, "internal_plan_error", st && st->object ? st->object : file,
            "%s:%d:%d: %sstep %d: the plan's own SQL does not apply: %s%s%s%s", file, line, col,
            down ? "down of " : "", st ? st->number : 0, d->v[i].msg, code ? " [SQLSTATE " : "", code ? code : "",
            code ? "]" : "");
        pf->step = st ? st->number : 0;
        pf->file = rg_arena_printf(p->arena, "migrations/%s", file);
        pf->line = line;
        pf->sqlstate = code ? rg_arena_strdup(p->arena, code) : NULL;
    }
}

static int apply_text(rg_plan *p, rg_parser *parser, rg_catalog *c, const rg_plan_file *f, bool down, rg_buf *text,
                      rg_diags *d)
{
    const char *name = rg_arena_printf(p->arena, "%s.%s.sql", f->name, down ? "down" : "up");
    size_t from = d->n;
    rg_script s = {0};
    /* each file runs in a session of its own */
    rg_catalog_reset_session(c);
    int rc = rg_parse_generated(parser, &s, name, rg_buf_cstr(text), text->len, d);
    if (rc == RG_OK) rc = rg_catalog_apply(c, &s, d);
    diag_findings(p, d, from, f, name, rg_buf_cstr(text), down);
    return rc;
}

/* A lossy step whose object covers the changed object explains it. */
static const rg_plan_step *lossy_cover(const rg_plan *p, const char *object)
{
    for (size_t i = 0; i < p->nsteps; i++) {
        const rg_plan_step *s = p->steps[i];
        if (s->lossless || !s->object) continue;
        size_t n = strlen(s->object);
        if (strncmp(object, s->object, n) == 0 && (object[n] == 0 || object[n] == '.')) return s;
    }
    return NULL;
}

/* The last step on the object, on its table or on one of its parts. */
static const rg_plan_step *step_on(const rg_plan *p, const char *object)
{
    for (size_t i = p->nsteps; object && i-- > 0;) {
        const rg_plan_step *s = p->steps[i];
        if (!s->object) continue;
        size_t n = strlen(s->object), m = strlen(object);
        if ((strncmp(object, s->object, n) == 0 && (object[n] == 0 || object[n] == '.')) ||
            (strncmp(s->object, object, m) == 0 && s->object[m] == '.'))
            return s;
    }
    return NULL;
}

/* The relation an object of a change belongs to ("schema.name"), or NULL. */
static const char *owner_of(rg_plan *p, const rg_change *c)
{
    const rg_table *t = c->new_table ? c->new_table : c->old_table;
    if (t) return rg_arena_printf(p->arena, "%s.%s", t->schema, t->name);
    const rg_index *ix = c->objkind == RG_OBJ_INDEX ? (c->new_obj ? c->new_obj : c->old_obj) : NULL;
    if (ix) return rg_arena_printf(p->arena, "%s.%s", ix->table_schema, ix->table_name);
    return NULL;
}

static bool streq0(const char *a, const char *b)
{
    return a == b || (a && b && !strcmp(a, b));
}

/* A lossy down loses data, never the table's place in a partition tree:
 * a partition that comes back standalone (or a table that comes back
 * partitioned differently) is not explained by it. */
static bool structural(const rg_change *c)
{
    const rg_table *a = c->old_table, *b = c->new_table;
    if (c->objkind != RG_OBJ_TABLE || !a || !b) return false;
    return !streq0(a->parent_schema, b->parent_schema) || !streq0(a->parent_table, b->parent_table) ||
           !streq0(a->partition_key, b->partition_key) || !streq0(a->partition_bound.key, b->partition_bound.key);
}

static void compare(rg_plan *p, const rg_catalog *got, const rg_catalog *want, bool downs)
{
    rg_diff *d = NULL;
    if (rg_diff_catalogs(&d, got, want) != RG_OK) {
        rg_plan_add_finding(p, RG_SEV_ERROR, "internal_plan_mismatch", NULL, "cannot diff the plan's result");
        return;
    }
    for (size_t i = 0; i < d->n; i++) {
        const rg_change *c = &d->v[i];
        const rg_plan_step *cover = downs && !structural(c) ? lossy_cover(p, c->object) : NULL;
        if (cover) {
            rg_plan_add_finding(p, RG_SEV_WARNING, "lossy_down", c->object,
                                "after every down file the schema still differs (%s %s: %s): step %d is lossy: %s",
                                c->kind, c->object, c->detail ? c->detail : "", cover->number,
                                cover->lossy_why ? cover->lossy_why : "");
            continue;
        }
        const rg_plan_step *st = step_on(p, c->object);
        if (!st) st = step_on(p, owner_of(p, c)); /* e.g. an index of a dropped materialized view */
        rg_finding *pf = rg_plan_add_finding(
            p, RG_SEV_ERROR, "internal_plan_mismatch", c->object,
            "after every %s file the schema differs from the %s one: %s %s: %s (%s)", downs ? "down" : "up",
            downs ? "old" : "new", c->kind, c->object, c->detail ? c->detail : "",
            st ? rg_arena_printf(p->arena, "step %d, migrations/%s.%s.sql", st->number, st->file->name,
                                 downs ? "down" : "up")
               : "no step of the plan changes it");
        if (st) {
            pf->step = st->number;
            pf->file = rg_arena_printf(p->arena, "migrations/%s.%s.sql", st->file->name, downs ? "down" : "up");
        }
    }
    rg_diff_free(d);
}

int rg_plan_verify(rg_plan *p)
{
    rg_diags d = {0};
    int rc = RG_OK;
    const rg_catalog *old_cat = p->old_cat, *new_cat = p->new_cat;
    rg_catalog *c = rg_catalog_clone(old_cat);
    /* The plan's SQL is parsed here; its trees live as long as `c`. */
    rg_parser *parser = rg_parser_new();
    rg_parser_set_threads(parser, 1);
    size_t before = p->nfindings;
    /* the plan's SQL is resolved as PostgreSQL will resolve it */
    if (p->opts && p->opts->strict_catalog) p->opts->strict_catalog(c);
    for (size_t i = 0; i < p->nfiles; i++) {
        rg_buf b = {0};
        rg_plan_file_up(p, p->files[i], &b);
        apply_text(p, parser, c, p->files[i], false, &b, &d);
        rg_buf_free(&b);
    }
    compare(p, c, new_cat, false);
    for (size_t i = p->nfiles; i-- > 0;) {
        rg_buf b = {0};
        rg_plan_file_down(p, p->files[i], &b);
        apply_text(p, parser, c, p->files[i], true, &b, &d);
        rg_buf_free(&b);
    }
    compare(p, c, old_cat, true);
    for (size_t i = before; i < p->nfindings; i++)
        if (p->findings[i].sev == RG_SEV_ERROR) rc = RG_EINTERNAL;
    rg_catalog_free(c);
    rg_parser_free(parser);
    rg_diags_free(&d);
    return rc;
}
