/*
 * diff_write.c — the three output formats of a diff: text (one line per
 * change, for people), CSV (changes.csv of the contract: RFC 4180 through
 * libcsv, with the spreadsheet formula guard) and JSON (stable key order).
 * Names come from the user's input and may hold anything, so every format
 * escapes what would break its framing.
 */
#include "rollgate/diff.h"
#include "rollgate/models.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>

/* ---- text --------------------------------------------------------------- */

/* Control characters would split one change over several lines: show
 * them as C escapes instead. */
static void put_text(rg_buf *out, const char *s)
{
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\n') rg_buf_puts(out, "\\n");
        else if (c == '\r') rg_buf_puts(out, "\\r");
        else if (c == '\t') rg_buf_puts(out, "\\t");
        else if (c < 0x20 || c == 0x7f) rg_buf_printf(out, "\\x%02x", c);
        else rg_buf_putc(out, (char)c);
    }
}

void rg_diff_write_text(const rg_diff *d, rg_buf *out)
{
    for (size_t i = 0; i < d->n; i++) {
        const rg_change *c = &d->v[i];
        put_text(out, c->kind);
        rg_buf_putc(out, ' ');
        put_text(out, c->object);
        if (c->detail && *c->detail) {
            rg_buf_puts(out, ": ");
            put_text(out, c->detail);
        }
        rg_buf_putc(out, '\n');
    }
}

/* ---- CSV ---------------------------------------------------------------- */


int rg_diff_write_csv(const rg_diff *d, rg_buf *out)
{
    int rc = RG_OK;
    rg_buf_puts(out, "change,kind,object,detail\r\n");
    for (size_t i = 0; i < d->n && rc == RG_OK; i++) {
        const rg_change *c = &d->v[i];
        char seq[24];
        snprintf(seq, sizeof seq, "%d", c->seq);
        const char *cells[] = {seq, c->kind, c->object, c->detail};
        rc = rg_csv_row(out, cells, 4);
    }
    return rc;
}

/* ---- JSON --------------------------------------------------------------- */

static const char *op_name(rg_change_op op)
{
    return op == RG_CHANGE_ADD ? "add" : op == RG_CHANGE_DROP ? "drop" : "alter";
}

void rg_diff_write_json(const rg_diff *d, rg_buf *out)
{
    if (!d->n) {
        rg_buf_puts(out, "[]\n");
        return;
    }
    rg_buf_puts(out, "[\n");
    for (size_t i = 0; i < d->n; i++) {
        const rg_change *c = &d->v[i];
        rg_buf_printf(out, "  {\"change\": %d, \"kind\": ", c->seq);
        rg_json_str(out, c->kind, RG_JSON_HTML_SAFE | RG_JSON_NULL);
        rg_buf_puts(out, ", \"op\": ");
        rg_json_str(out, op_name(c->op), RG_JSON_HTML_SAFE | RG_JSON_NULL);
        rg_buf_puts(out, ", \"objkind\": ");
        rg_json_str(out, rg_objkind_name(c->objkind), RG_JSON_HTML_SAFE | RG_JSON_NULL);
        rg_buf_puts(out, ", \"object\": ");
        rg_json_str(out, c->object, RG_JSON_HTML_SAFE | RG_JSON_NULL);
        rg_buf_puts(out, ", \"detail\": ");
        rg_json_str(out, c->detail, RG_JSON_HTML_SAFE | RG_JSON_NULL);
        rg_buf_puts(out, ", \"rename_hint\": ");
        rg_json_str(out, c->rename_hint, RG_JSON_HTML_SAFE | RG_JSON_NULL);
        rg_buf_puts(out, i + 1 < d->n ? "},\n" : "}\n");
    }
    rg_buf_puts(out, "]\n");
}
