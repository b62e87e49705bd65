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

static void diag_findings(rg_plan *p, const rg_diags *d, size_t from, const char *file)
{
    for (size_t i = from; i < d->n; i++) {
        if (d->v[i].sev != RG_SEV_ERROR) continue;
        int line = 0, col = 0;
        if (d->v[i].src) rg_source_linecol(d->v[i].src, d->v[i].offset, &line, &col);
        rg_plan_add_finding(p, RG_SEV_ERROR, "internal_plan_error", file,
                            "%s:%d:%d: the plan's own SQL does not apply: %s", file, line, col, d->v[i].msg);
    }
}

static int apply_text(rg_plan *p, rg_parser *parser, rg_catalog *c, const char *name, rg_buf *text,
                      rg_diags *d)
{
    size_t from = d->n;
    rg_script s = {0};
    int rc = rg_parse_generated(parser, &s, name, rg_buf_cstr(text), text->len, d);
    if (rc == RG_OK) rc = rg_catalog_apply(c, &s, d);
    diag_findings(p, d, from, name);
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

static void compare(rg_plan *p, const rg_catalog *got, const rg_catalog *want, bool downs)
{
    rg_diff *d = NULL;
    if (rg_diff_catalogs(&d, got, want) != RG_OK) {
        rg_plan_add_finding(p, RG_SEV_ERROR, "internal_plan_mismatch", NULL, "cannot diff the plan's result");
        return;
    }
    for (size_t i = 0; i < d->n; i++) {
        const rg_change *c = &d->v[i];
        const rg_plan_step *cover = downs ? lossy_cover(p, c->object) : NULL;
        if (cover) {
            rg_plan_add_finding(p, RG_SEV_WARNING, "lossy_down", c->object,
                                "after every down file the schema still differs (%s %s: %s): step %d is lossy: %s",
                                c->kind, c->object, c->detail ? c->detail : "", cover->number,
                                cover->lossy_why ? cover->lossy_why : "");
            continue;
        }
        rg_plan_add_finding(p, RG_SEV_ERROR, "internal_plan_mismatch", c->object,
                            "after every %s file the schema differs from the %s one: %s %s: %s",
                            downs ? "down" : "up", downs ? "old" : "new", c->kind, c->object,
                            c->detail ? c->detail : "");
    }
    rg_diff_free(d);
}

int rg_plan_verify(rg_plan *p, rg_parser *parser, const char *old_path, const rg_catalog *old_cat,
                   const rg_catalog *new_cat)
{
    rg_diags d = {0};
    rg_catalog *c = NULL;
    int rc = rg_catalog_from_path(&c, parser, old_path, &d);
    if (rc != RG_OK || !c) {
        rg_plan_add_finding(p, RG_SEV_ERROR, "internal_plan_error", old_path, "cannot reload %s", old_path);
        goto done;
    }
    size_t before = p->nfindings;
    for (size_t i = 0; i < p->nfiles; i++) {
        rg_buf b = {0};
        rg_plan_file_up(p, p->files[i], &b);
        apply_text(p, parser, c, rg_arena_printf(p->arena, "%s.up.sql", p->files[i]->name), &b, &d);
        rg_buf_free(&b);
    }
    compare(p, c, new_cat, false);
    for (size_t i = p->nfiles; i-- > 0;) {
        rg_buf b = {0};
        rg_plan_file_down(p, p->files[i], &b);
        apply_text(p, parser, c, rg_arena_printf(p->arena, "%s.down.sql", p->files[i]->name), &b, &d);
        rg_buf_free(&b);
    }
    compare(p, c, old_cat, true);
    for (size_t i = before; i < p->nfindings; i++)
        if (p->findings[i].sev == RG_SEV_ERROR) rc = RG_EINTERNAL;
done:
    rg_catalog_free(c);
    rg_diags_free(&d);
    return rc;
}
