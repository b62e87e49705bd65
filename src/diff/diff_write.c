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
        rg_buf_printf(out, "%d,", c->seq);
        rc = rg_csv_cell(out, c->kind);
        rg_buf_putc(out, ',');
        if (rc == RG_OK) rc = rg_csv_cell(out, c->object);
        rg_buf_putc(out, ',');
        if (rc == RG_OK) rc = rg_csv_cell(out, c->detail);
        rg_buf_puts(out, "\r\n");
    }
    return rc;
}

/* ---- JSON --------------------------------------------------------------- */

/* A JSON string. < and & are escaped too, so the output can be pasted
 * into HTML (even a <script> block) unchanged; U+2028/2029 because
 * JavaScript treats them as line breaks. Input is valid UTF-8 (the parse stage refuses anything else). */
static void put_json_str(rg_buf *out, const char *s)
{
    if (!s) {
        rg_buf_puts(out, "null");
        return;
    }
    rg_buf_putc(out, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': rg_buf_puts(out, "\\\""); break;
        case '\\': rg_buf_puts(out, "\\\\"); break;
        case '\n': rg_buf_puts(out, "\\n"); break;
        case '\r': rg_buf_puts(out, "\\r"); break;
        case '\t': rg_buf_puts(out, "\\t"); break;
        case '\b': rg_buf_puts(out, "\\b"); break;
        case '\f': rg_buf_puts(out, "\\f"); break;
        case '<': case '&': rg_buf_printf(out, "\\u%04x", *p); break;
        default:
            if (*p < 0x20 || *p == 0x7f) {
                rg_buf_printf(out, "\\u%04x", *p);
            } else if (p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9)) {
                rg_buf_printf(out, "\\u%04x", p[2] == 0xa8 ? 0x2028 : 0x2029);
                p += 2;
            } else {
                rg_buf_putc(out, (char)*p);
            }
        }
    }
    rg_buf_putc(out, '"');
}

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
        put_json_str(out, c->kind);
        rg_buf_puts(out, ", \"op\": ");
        put_json_str(out, op_name(c->op));
        rg_buf_puts(out, ", \"objkind\": ");
        put_json_str(out, rg_objkind_name(c->objkind));
        rg_buf_puts(out, ", \"object\": ");
        put_json_str(out, c->object);
        rg_buf_puts(out, ", \"detail\": ");
        put_json_str(out, c->detail);
        rg_buf_puts(out, ", \"rename_hint\": ");
        put_json_str(out, c->rename_hint);
        rg_buf_puts(out, i + 1 < d->n ? "},\n" : "}\n");
    }
    rg_buf_puts(out, "]\n");
}
