/*
 * files.c — rules for the files rollgate writes: which names read back
 * from input (a ledger's rows) may become file names.
 */
#include "rollgate/util.h"

#include <stdlib.h>
#include <string.h>

const char *rg_file_name_problem(const char *name)
{
    size_t n = strlen(name);
    if (n == 0) return "is empty";
    if (n > RG_MAX_FILE_NAME) return "is too long";
    if (strchr(name, '/')) return "holds '/'";
    if (strstr(name, "..")) return "holds '..'";
    if (name[0] == '.') return "starts with '.'";
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '-' || c == '.'))
            return "holds a character other than letters, digits, '_', '-' and '.'";
    }
    return NULL;
}

void rg_buf_put_printable(rg_buf *b, const char *s, size_t n, size_t max)
{
    for (size_t i = 0; i < n && i < max; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '\\') rg_buf_putc(b, (char)c);
        else rg_buf_printf(b, "\\x%02x", c);
    }
    if (n > max) rg_buf_puts(b, "...");
}
