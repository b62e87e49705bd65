/*
 * redact.c — passwords out of everything rollgate records or prints.
 *
 * A server is named on the command line as a libpq URL
 * (postgresql://user:PASSWORD@host/db?password=...) or a keyword/value
 * conninfo string (host=h password=PASSWORD), and command lines are kept in
 * the ledger and shown in report.html, SARIF and messages. Every such text
 * passes through here first; the password itself reaches libpq only (or
 * comes from PGPASSWORD / ~/.pgpass, which libpq reads).
 *
 * The scan errs on the side of hiding too much: a URL's user part runs to
 * the last '@' before its path, even across characters libpq would refuse.
 */
#include "rollgate/util.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define HIDDEN "***"

/* Where the output goes, and the spans of the input that were hidden
 * (the first few: rg_redact_echo looks for them in other texts). */
typedef struct redactor {
    rg_buf *b;
    size_t nspans;
    size_t span[4][2];
} redactor;

static void hide(redactor *r, size_t from, size_t to)
{
    rg_buf_puts(r->b, HIDDEN);
    if (r->nspans < 4 && to > from) {
        r->span[r->nspans][0] = from;
        r->span[r->nspans][1] = to;
        r->nspans++;
    }
}

static bool word_char(unsigned char c)
{
    return isalnum(c) || c == '_';
}

/* Whether key[0..n) names a secret: "password", "sslpassword", and any
 * other key ending in "password" (PGPASSWORD=...), whatever the case. */
static bool secret_key(const char *key, size_t n)
{
    return n >= 8 && strncasecmp(key + n - 8, "password", 8) == 0;
}

static int hex(int c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* A URL query key, percent-decoded (libpq decodes keys too). */
static bool secret_url_key(const char *s, size_t n)
{
    char key[64];
    size_t k = 0;
    for (size_t i = 0; i < n && k < sizeof key; i++) {
        if (s[i] == '%' && i + 2 < n && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            key[k++] = (char)(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        } else {
            key[k++] = s[i];
        }
    }
    return k < sizeof key && secret_key(key, k);
}

static size_t scheme_len(const char *s)
{
    if (strncasecmp(s, "postgresql://", 13) == 0) return 13;
    if (strncasecmp(s, "postgres://", 11) == 0) return 11;
    return 0;
}

/* End of a URL: whitespace, a quote or the end of the text. */
static size_t url_end(const char *s, size_t i)
{
    while (s[i] && !isspace((unsigned char)s[i]) && s[i] != '\'' && s[i] != '"') i++;
    return i;
}

/* Copies the URL starting at s[i] (after its scheme) with the password of
 * its user part and the values of secret query parameters hidden. */
static size_t put_url(redactor *r, const char *s, size_t i)
{
    rg_buf *b = r->b;
    /* The user part: up to the last '@' before the path, query or
     * fragment, or before the next option on a command line. */
    size_t stop = i;
    while (s[stop] && !strchr("/?#\n\r", s[stop]) && !(isspace((unsigned char)s[stop]) && s[stop + 1] == '-'))
        stop++;
    size_t at = 0;
    for (size_t k = i; k < stop; k++)
        if (s[k] == '@') at = k;
    if (at) {
        const char *colon = memchr(s + i, ':', at - i);
        if (colon) {
            rg_buf_put(b, s + i, (size_t)(colon - s) + 1 - i);
            hide(r, (size_t)(colon - s) + 1, at);
            i = at;
        }
    }
    size_t end = url_end(s, i);
    if (end < stop) end = stop; /* the user part was scanned across spaces */
    const char *q = memchr(s + i, '?', end - i);
    if (!q) {
        rg_buf_put(b, s + i, end - i);
        return end;
    }
    size_t qi = (size_t)(q - s) + 1;
    rg_buf_put(b, s + i, qi - i);
    while (qi < end) {
        size_t amp = qi;
        while (amp < end && s[amp] != '&' && s[amp] != '#') amp++;
        const char *eq = memchr(s + qi, '=', amp - qi);
        if (eq && secret_url_key(s + qi, (size_t)(eq - s) - qi)) {
            rg_buf_put(b, s + qi, (size_t)(eq - s) + 1 - qi);
            hide(r, (size_t)(eq - s) + 1, amp);
        } else {
            rg_buf_put(b, s + qi, amp - qi);
        }
        if (amp < end) rg_buf_putc(b, s[amp]);
        qi = amp + 1;
        if (amp < end && s[amp] == '#') {
            rg_buf_put(b, s + qi, end - qi);
            break;
        }
    }
    return end;
}

/* At s[i], a word; if it is `<secret key> = value`, copies it with the
 * value hidden and returns the index after the value, else returns 0. */
static size_t put_keyword(redactor *r, const char *s, size_t i)
{
    size_t w = i;
    while (word_char((unsigned char)s[w])) w++;
    if (!secret_key(s + i, w - i)) return 0;
    size_t k = w;
    while (s[k] == ' ' || s[k] == '\t') k++;
    if (s[k] != '=') return 0;
    k++;
    while (s[k] == ' ' || s[k] == '\t') k++;
    size_t v = k;
    if (s[v] == '\'' || s[v] == '"') {
        char q = s[v++];
        while (s[v] && s[v] != q) v += s[v] == '\\' && s[v + 1] ? 2 : 1;
        if (s[v]) v++;
    }
    /* Whatever is glued to the value belongs to it (a quoted value
     * re-quoted by a shell has pieces after its closing quote). */
    while (s[v] && !isspace((unsigned char)s[v]) && s[v] != '&') v++;
    rg_buf_put(r->b, s + i, k - i);
    hide(r, k, v);
    return v;
}

static void redact(redactor *r, const char *s)
{
    rg_buf *b = r->b;
    size_t i = 0;
    while (s[i]) {
        size_t n = scheme_len(s + i);
        if (n && (i == 0 || !word_char((unsigned char)s[i - 1]))) {
            rg_buf_put(b, s + i, n);
            i = put_url(r, s, i + n);
            continue;
        }
        if (word_char((unsigned char)s[i]) && (i == 0 || !word_char((unsigned char)s[i - 1]))) {
            size_t next = put_keyword(r, s, i);
            if (next) {
                i = next;
                continue;
            }
            size_t w = i;
            while (word_char((unsigned char)s[w])) w++;
            rg_buf_put(b, s + i, w - i);
            i = w;
            continue;
        }
        rg_buf_putc(b, s[i++]);
    }
}

void rg_buf_put_redacted(rg_buf *b, const char *s)
{
    redactor r = {.b = b};
    redact(&r, s ? s : "");
}

char *rg_redact_secrets(const char *s)
{
    rg_buf b = {0};
    rg_buf_put_redacted(&b, s);
    return b.s ? b.s : rg_xstrdup("");
}

/* Replaces every occurrence of secret[0..n) in *text with HIDDEN. */
static void hide_literal(char **text, const char *secret, size_t n)
{
    rg_buf b = {0};
    for (const char *p = *text; *p;) {
        const char *hit = strstr(p, secret);
        if (!hit) {
            rg_buf_puts(&b, p);
            break;
        }
        rg_buf_put(&b, p, (size_t)(hit - p));
        rg_buf_puts(&b, HIDDEN);
        p = hit + n;
    }
    free(*text);
    *text = b.s ? b.s : rg_xstrdup("");
}

char *rg_redact_echo(const char *text, const char *source)
{
    char *out = rg_redact_secrets(text);
    if (!source) return out;
    /* A message may quote the password alone (libpq: "invalid
     * percent-encoded token: ..."): each password spelled in the source
     * goes wherever it appears. */
    rg_buf scratch = {0};
    redactor r = {.b = &scratch};
    redact(&r, source);
    rg_buf_free(&scratch);
    for (size_t i = 0; i < r.nspans; i++) {
        size_t n = r.span[i][1] - r.span[i][0];
        char *secret = rg_xmalloc(n + 1);
        memcpy(secret, source + r.span[i][0], n);
        secret[n] = 0;
        hide_literal(&out, secret, n);
        free(secret);
    }
    return out;
}

void rg_command_line(rg_buf *b, int argc, char *const *argv)
{
    for (int i = 0; i < argc; i++) {
        /* argv[0] as its base name: where the binary sits is not part of
         * what was asked, and would make reports differ per build folder. */
        const char *arg = argv[i];
        if (i == 0 && strrchr(arg, '/')) arg = strrchr(arg, '/') + 1;
        char *s = rg_redact_secrets(arg);
        if (i) rg_buf_putc(b, ' ');
        if (*s && !s[strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=./:,@+%")]) {
            rg_buf_puts(b, s);
        } else {
            rg_buf_putc(b, '\'');
            for (const char *p = s; *p; p++) {
                if (*p == '\'') rg_buf_puts(b, "'\\''");
                else rg_buf_putc(b, *p);
            }
            rg_buf_putc(b, '\'');
        }
        free(s);
    }
}
