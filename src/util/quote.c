/*
 * quote.c — text framings every output stage shares: SQL string literals
 * and JSON strings. (CSV cells go through libcsv, models/models.c;
 * identifiers through rg_quote_ident, which needs the server's keyword
 * list.) One writer each, so two outputs never disagree on an escape.
 */
#include "rollgate/util.h"

#include <stdbool.h>

void rg_sql_literal(rg_buf *out, const char *s)
{
    rg_buf_putc(out, '\'');
    for (const char *p = s ? s : ""; *p; p++) {
        if (*p == '\'') rg_buf_putc(out, '\'');
        rg_buf_putc(out, *p);
    }
    rg_buf_putc(out, '\'');
}

void rg_json_str(rg_buf *out, const char *s, unsigned flags)
{
    if (!s) {
        rg_buf_puts(out, flags & RG_JSON_NULL ? "null" : "\"\"");
        return;
    }
    bool html = flags & RG_JSON_HTML_SAFE;
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
        default:
            if (*p < 0x20 || *p == 0x7f || (html && (*p == '<' || *p == '&'))) {
                rg_buf_printf(out, "\\u%04x", *p);
            } else if (html && p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9)) {
                rg_buf_printf(out, "\\u%04x", p[2] == 0xa8 ? 0x2028 : 0x2029);
                p += 2;
            } else {
                rg_buf_putc(out, (char)*p);
            }
        }
    }
    rg_buf_putc(out, '"');
}
