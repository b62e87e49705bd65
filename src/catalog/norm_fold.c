/*
 * norm_fold.c — constants as the value PostgreSQL stores. A column or
 * domain default is coerced to the column's type when the DDL runs: a
 * string constant goes through the type's input function and pg_dump
 * prints the type's output function, so the text changes while the value
 * does not:
 *
 *   boolean  DEFAULT 'yes'     → true
 *   real     DEFAULT '1.5e3'   → '1500'::real
 *   numeric  DEFAULT ' 007.50' → 7.50
 *   integer  DEFAULT '0042'    → 42
 *
 * Only booleans, the integer types, numeric, real and double precision are
 * folded, following boolin, int2in/int4in/int8in, numeric_in, float4in and
 * float8in of PostgreSQL 15 (and their output functions with pg_dump's
 * extra_float_digits, which prints floats as the shortest text that reads
 * back as the same value). Text PostgreSQL would reject stays as written.
 */
#include "catalog/norm_internal.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The text between leading and trailing whitespace, as the input
 * functions skip it (isspace in the C locale). */
static void trimmed(const char *t, const char **start, size_t *len)
{
    while (*t && isspace((unsigned char)*t)) t++;
    size_t n = strlen(t);
    while (n && isspace((unsigned char)t[n - 1])) n--;
    *start = t;
    *len = n;
}

/* parse_bool_with_len: any prefix of true/false/yes/no, on/off with at
 * least two letters, 1 and 0; case-insensitive. */
static bool fold_bool(rg_buf *b, const char *text)
{
    const char *v;
    size_t n;
    trimmed(text, &v, &n);
    if (!n) return false;
    int r = -1;
    switch (tolower((unsigned char)*v)) {
    case 't': r = strncasecmp(v, "true", n) == 0 && n <= 4 ? 1 : -1; break;
    case 'f': r = strncasecmp(v, "false", n) == 0 && n <= 5 ? 0 : -1; break;
    case 'y': r = strncasecmp(v, "yes", n) == 0 && n <= 3 ? 1 : -1; break;
    case 'n': r = strncasecmp(v, "no", n) == 0 && n <= 2 ? 0 : -1; break;
    case 'o':
        if (n >= 2 && n <= 2 && strncasecmp(v, "on", n) == 0) r = 1;
        else if (n >= 2 && n <= 3 && strncasecmp(v, "off", n) == 0) r = 0;
        break;
    case '1': r = n == 1 ? 1 : -1; break;
    case '0': r = n == 1 ? 0 : -1; break;
    default: break;
    }
    if (r < 0) return false;
    rg_buf_puts(b, r ? "true" : "false");
    return true;
}

/* pg_strtoint16/32/64: optional sign, decimal digits, in range. */
static bool fold_int(rg_buf *b, const char *text, int64_t lo, int64_t hi)
{
    const char *v;
    size_t n;
    trimmed(text, &v, &n);
    size_t i = 0;
    bool neg = false;
    if (i < n && (v[i] == '+' || v[i] == '-')) neg = v[i++] == '-';
    if (i == n) return false;
    uint64_t mag = 0, limit = neg ? (uint64_t)(-(lo + 1)) + 1 : (uint64_t)hi;
    for (; i < n; i++) {
        if (!isdigit((unsigned char)v[i])) return false;
        unsigned d = (unsigned)(v[i] - '0');
        if (mag > (limit - d) / 10) return false;
        mag = mag * 10 + d;
    }
    if (neg && mag) rg_buf_putc(b, '-');
    rg_buf_printf(b, "%llu", (unsigned long long)mag);
    return true;
}

/* numeric_in then numeric_out: the digits keep their scale (1.50 stays
 * 1.50), an exponent moves the point (1.5e3 → 1500, dscale = fraction
 * digits - exponent, never below 0), leading zeros go, -0 is 0. */
static bool fold_numeric(rg_buf *b, const char *text)
{
    const char *v;
    size_t n;
    trimmed(text, &v, &n);
    if (!n || n > 1000) return false;
    char sgn = 0;
    size_t i = 0;
    if (v[i] == '+' || v[i] == '-') sgn = v[i++];
    const char *w = v + i;
    size_t wn = n - i;
    if (!sgn && wn == 3 && !strncasecmp(w, "nan", 3)) {
        rg_buf_puts(b, "NaN");
        return true;
    }
    if ((wn == 8 && !strncasecmp(w, "infinity", 8)) || (wn == 3 && !strncasecmp(w, "inf", 3))) {
        rg_buf_puts(b, sgn == '-' ? "-Infinity" : "Infinity");
        return true;
    }
    rg_buf digits = {0};
    long point = -1, exp = 0;
    bool any = false, ok = true;
    for (; i < n && v[i] != 'e' && v[i] != 'E'; i++) {
        if (v[i] == '.' && point < 0) point = (long)digits.len;
        else if (isdigit((unsigned char)v[i])) rg_buf_putc(&digits, v[i]), any = true;
        else ok = false;
    }
    if (i < n) { /* exponent */
        size_t j = i + 1;
        bool eneg = false;
        if (j < n && (v[j] == '+' || v[j] == '-')) eneg = v[j++] == '-';
        if (j == n) ok = false;
        for (; j < n && ok; j++) {
            if (!isdigit((unsigned char)v[j]) || exp > 10000) ok = false;
            else exp = exp * 10 + (v[j] - '0');
        }
        if (eneg) exp = -exp;
    }
    if (!ok || !any || exp > 1000 || exp < -1000) {
        rg_buf_free(&digits);
        return false;
    }
    long nd = (long)digits.len, ipos = (point < 0 ? nd : point) + exp; /* digits before the point */
    long fracd = (point < 0 ? 0 : nd - point) - exp;                     /* dscale */
    if (fracd < 0) fracd = 0;
    rg_buf out = {0};
    bool nonzero = strspn(digits.s, "0") != (size_t)nd;
    if (sgn == '-' && nonzero) rg_buf_putc(&out, '-');
    /* integer part: digits [0, ipos), zeros past the end, "0" if none */
    long k = 0;
    while (k < ipos && (k >= nd || digits.s[k] == '0')) k++; /* leading zeros */
    if (k >= ipos) rg_buf_putc(&out, '0');
    for (; k < ipos; k++) rg_buf_putc(&out, k >= 0 && k < nd ? digits.s[k] : '0');
    if (fracd) {
        rg_buf_putc(&out, '.');
        for (long f = 0; f < fracd; f++) {
            long d = ipos + f;
            rg_buf_putc(&out, d >= 0 && d < nd ? digits.s[d] : '0');
        }
    }
    rg_buf_puts(b, rg_buf_cstr(&out));
    rg_buf_free(&out);
    rg_buf_free(&digits);
    return true;
}

/* float4out / float8out with extra_float_digits > 0: the shortest digits
 * that read back as the same value, printed %g-style with FLT_DIG (6) or
 * DBL_DIG (15) as the exponent where scientific notation starts:
 * 1500, 1e+06, 1.234567e+06, 0.0001, 1e-05. */
static void float_out(rg_buf *b, double v, bool single)
{
    if (isnan(v)) {
        rg_buf_puts(b, "NaN");
        return;
    }
    if (isinf(v)) {
        rg_buf_puts(b, v < 0 ? "-Infinity" : "Infinity");
        return;
    }
    if (v == 0) {
        rg_buf_puts(b, signbit(v) ? "-0" : "0");
        return;
    }
    char sci[64];
    int maxp = single ? 9 : 17;
    for (int p = 1; p <= maxp; p++) {
        snprintf(sci, sizeof sci, "%.*e", p - 1, v);
        if (single ? strtof(sci, NULL) == (float)v : strtod(sci, NULL) == v) break;
    }
    /* sci is [-]d[.ddd]e[+-]xx */
    const char *p = sci;
    bool neg = *p == '-';
    if (neg) p++;
    char mant[32];
    size_t nm = 0;
    for (; *p && *p != 'e'; p++)
        if (isdigit((unsigned char)*p) && nm < sizeof mant - 1) mant[nm++] = *p;
    mant[nm] = 0;
    while (nm > 1 && mant[nm - 1] == '0') mant[--nm] = 0;
    int exp = *p == 'e' ? atoi(p + 1) : 0;
    if (neg) rg_buf_putc(b, '-');
    if (exp < -4 || exp >= (single ? 6 : 15)) {
        rg_buf_putc(b, mant[0]);
        if (nm > 1) {
            rg_buf_putc(b, '.');
            rg_buf_puts(b, mant + 1);
        }
        rg_buf_printf(b, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    } else if (exp < 0) {
        rg_buf_puts(b, "0.");
        for (int i = -1; i > exp; i--) rg_buf_putc(b, '0');
        rg_buf_puts(b, mant);
    } else {
        for (int i = 0; i <= exp || i < (int)nm; i++) {
            if (i == exp + 1) rg_buf_putc(b, '.');
            rg_buf_putc(b, i < (int)nm ? mant[i] : '0');
        }
    }
}

/* float4in / float8in: strtod's syntax plus NaN and [+-]Infinity/inf;
 * out of range is an error in PostgreSQL, so not folded. */
static bool fold_float(rg_buf *b, const char *text, bool single)
{
    const char *v;
    size_t n;
    trimmed(text, &v, &n);
    if (!n || n > 400) return false;
    char tmp[401];
    memcpy(tmp, v, n);
    tmp[n] = 0;
    const char *w = tmp + (tmp[0] == '+' || tmp[0] == '-');
    if (!strcasecmp(tmp, "nan")) {
        rg_buf_puts(b, "NaN");
        return true;
    }
    if (!strcasecmp(w, "infinity") || !strcasecmp(w, "inf")) {
        rg_buf_puts(b, tmp[0] == '-' ? "-Infinity" : "Infinity");
        return true;
    }
    /* strtod also reads hex floats and "nan(...)"; PostgreSQL's input
     * functions accept them too, but keep to plain decimal text. */
    if (strspn(w, "0123456789.eE+-") != strlen(w) || !*w) return false;
    char *end;
    errno = 0;
    double d;
    if (single) {
        float f = strtof(tmp, &end);
        d = f;
    } else {
        d = strtod(tmp, &end);
    }
    if (end == tmp || *end || errno == ERANGE) return false;
    float_out(b, d, single);
    return true;
}

bool norm_fold_value(rg_buf *b, const char *type, const char *text)
{
    if (!type || !text) return false;
    if (!strcmp(type, "boolean")) return fold_bool(b, text);
    if (!strcmp(type, "smallint")) return fold_int(b, text, INT16_MIN, INT16_MAX);
    if (!strcmp(type, "integer")) return fold_int(b, text, INT32_MIN, INT32_MAX);
    if (!strcmp(type, "bigint")) return fold_int(b, text, INT64_MIN, INT64_MAX);
    if (!strcmp(type, "numeric")) return fold_numeric(b, text);
    if (!strcmp(type, "real")) return fold_float(b, text, true);
    if (!strcmp(type, "double precision")) return fold_float(b, text, false);
    return false;
}
