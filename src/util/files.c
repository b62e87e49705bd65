/*
 * files.c — rules for the files rollgate writes: the one mode every output
 * file gets, and which names read back from input (a ledger's rows) may
 * become file names.
 */
#include "rollgate/util.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static unsigned output_mode;
static pthread_once_t mode_once = PTHREAD_ONCE_INIT;

static void read_umask(void)
{
    /* /proc says the umask without changing it (Linux 4.7+); setting it to
     * read it back would briefly give other threads' files mode 0666. */
    unsigned mask = 0;
    int found = 0;
    FILE *f = fopen("/proc/self/status", "r");
    if (f) {
        char line[128];
        while (!found && fgets(line, sizeof line, f))
            found = strncmp(line, "Umask:", 6) == 0 && sscanf(line + 6, "%o", &mask) == 1;
        fclose(f);
    }
    if (!found) {
        mode_t m = umask(022);
        umask(m);
        mask = (unsigned)m;
    }
    output_mode = 0666u & ~mask;
}

unsigned rg_output_mode(void)
{
    pthread_once(&mode_once, read_umask);
    return output_mode;
}

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
