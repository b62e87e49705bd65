/*
 * escape.c — the escapers of escape.h. Bytes >= 0x80 pass through: input
 * files are UTF-8 and the documents declare it.
 */
#include "report/escape.h"

void rg_esc_html(rg_buf *out, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': rg_buf_puts(out, "&amp;"); break;
        case '<': rg_buf_puts(out, "&lt;"); break;
        case '>': rg_buf_puts(out, "&gt;"); break;
        case '"': rg_buf_puts(out, "&quot;"); break;
        case '\'': rg_buf_puts(out, "&#39;"); break;
        default: rg_buf_putc(out, *s);
        }
    }
}

void rg_esc_xml(rg_buf *out, const char *s)
{
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') rg_buf_puts(out, "\xef\xbf\xbd");
        else if (c == '\r') rg_buf_puts(out, "&#13;");
        else {
            char one[2] = {(char)c, 0};
            rg_esc_html(out, one);
        }
    }
}
