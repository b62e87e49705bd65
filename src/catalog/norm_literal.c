/*
 * norm_literal.c — string constants PostgreSQL stores by value. A default
 * or CHECK constant of a date/time type is converted by the type's input
 * function when the DDL runs, and pg_dump prints the type's output:
 *
 *   DEFAULT '1 hour'                 → '01:00:00'::interval
 *   CHECK (at > '2020-01-01')        → '2020-01-01 00:00:00+00'::timestamptz
 *   DEFAULT '2017-12-14 01:02:30'    → '2017-12-14 01:02:30+00'
 *
 * Keys do not know the constant's type (the hand-written side often has
 * no cast), so a literal that reads as a timestamp or an interval is keyed
 * by its value in the canonical spelling (PostgreSQL 15 output functions,
 * IntervalStyle postgres, server time zone UTC as in pg_dump's fixtures).
 * A text value that merely looks like one compares by value too; that is
 * the price of matching the common case.
 */
#include "catalog/norm_internal.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- timestamps --------------------------------------------------------- */

static bool digits(const char *p, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)p[i])) return false;
        v = v * 10 + (p[i] - '0');
    }
    *out = v;
    return true;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant). */
static long days_from_civil(long y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, long *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

/* Fractional seconds as PostgreSQL prints them: up to 6 digits, trailing
 * zeros dropped. */
static void put_frac(rg_buf *b, const char *frac, size_t n)
{
    if (n > 6) n = 6;
    while (n && frac[n - 1] == '0') n--;
    if (!n) return;
    rg_buf_putc(b, '.');
    rg_buf_put(b, frac, n);
}

/* YYYY-MM-DD[( |T)HH:MM[:SS[.f]]][zone], zone one of Z, UTC, +HH, +HH:MM,
 * +HHMM (optionally after a space). */
static bool timestamp_text(rg_buf *b, const char *t)
{
    int y, mo, d, h = 0, mi = 0, s = 0;
    if (strlen(t) < 10 || !digits(t, 4, &y) || t[4] != '-' || !digits(t + 5, 2, &mo) ||
        t[7] != '-' || !digits(t + 8, 2, &d) || mo < 1 || mo > 12 || d < 1 || d > 31)
        return false;
    const char *p = t + 10, *frac = "";
    size_t nfrac = 0;
    if ((*p == ' ' || *p == 'T') && isdigit((unsigned char)p[1])) {
        if (!digits(p + 1, 2, &h) || p[3] != ':' || !digits(p + 4, 2, &mi)) return false;
        p += 6;
        if (*p == ':') {
            if (!digits(p + 1, 2, &s)) return false;
            p += 3;
            if (*p == '.') {
                frac = ++p;
                while (isdigit((unsigned char)*p)) p++;
                nfrac = (size_t)(p - frac);
            }
        }
        if (h > 24 || mi > 59 || s > 60) return false;
    }
    if (*p == ' ') p++;
    int off = 0; /* minutes east of UTC */
    if (!*p || !strcmp(p, "Z") || !strcasecmp(p, "UTC") || !strcasecmp(p, "GMT")) {
        off = 0;
    } else if (*p == '+' || *p == '-') {
        int oh, om = 0;
        const char *q = p + 1;
        if (!digits(q, 2, &oh)) return false;
        q += 2;
        if (*q == ':') q++;
        if (*q && (!digits(q, 2, &om) || q[2])) return false;
        off = (oh * 60 + om) * (*p == '-' ? -1 : 1);
    } else {
        return false;
    }
    /* The instant in UTC, printed as a UTC server prints it. */
    long days = days_from_civil(y, mo, d);
    long secs = days * 86400L + h * 3600L + mi * 60L + s - off * 60L;
    long dd = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    long rem = secs - dd * 86400;
    long yy;
    int mm, day;
    civil_from_days(dd, &yy, &mm, &day);
    rg_buf_printf(b, "%04ld-%02d-%02d %02ld:%02ld:%02ld", yy, mm, day, rem / 3600, rem / 60 % 60, rem % 60);
    put_frac(b, frac, nfrac);
    return true;
}

/* ---- intervals ---------------------------------------------------------- */

typedef struct unit {
    const char *name;
    int months, days;
    int64_t usec;
} unit;

static const unit units[] = {
    {"microsecond", 0, 0, 1}, {"microseconds", 0, 0, 1}, {"usec", 0, 0, 1}, {"usecs", 0, 0, 1},
    {"us", 0, 0, 1}, {"millisecond", 0, 0, 1000}, {"milliseconds", 0, 0, 1000},
    {"msec", 0, 0, 1000}, {"msecs", 0, 0, 1000}, {"ms", 0, 0, 1000},
    {"second", 0, 0, 1000000}, {"seconds", 0, 0, 1000000}, {"sec", 0, 0, 1000000},
    {"secs", 0, 0, 1000000}, {"s", 0, 0, 1000000}, {"minute", 0, 0, 60000000},
    {"minutes", 0, 0, 60000000}, {"min", 0, 0, 60000000}, {"mins", 0, 0, 60000000},
    {"m", 0, 0, 60000000}, {"hour", 0, 0, 3600000000LL}, {"hours", 0, 0, 3600000000LL},
    {"hr", 0, 0, 3600000000LL}, {"hrs", 0, 0, 3600000000LL}, {"h", 0, 0, 3600000000LL},
    {"day", 0, 1, 0}, {"days", 0, 1, 0}, {"d", 0, 1, 0}, {"week", 0, 7, 0}, {"weeks", 0, 7, 0},
    {"w", 0, 7, 0}, {"month", 1, 0, 0}, {"months", 1, 0, 0}, {"mon", 1, 0, 0},
    {"mons", 1, 0, 0}, {"year", 12, 0, 0}, {"years", 12, 0, 0}, {"yr", 12, 0, 0},
    {"yrs", 12, 0, 0}, {"y", 12, 0, 0}, {"decade", 120, 0, 0}, {"decades", 120, 0, 0},
    {"century", 1200, 0, 0}, {"centuries", 1200, 0, 0}, {"millennium", 12000, 0, 0},
    {"millennia", 12000, 0, 0}, {"millenniums", 12000, 0, 0},
};

static const unit *find_unit(const char *w, size_t n)
{
    for (size_t i = 0; i < sizeof units / sizeof *units; i++)
        if (strlen(units[i].name) == n && strncasecmp(units[i].name, w, n) == 0) return &units[i];
    return NULL;
}

/* HH:MM[:SS[.f]] → microseconds. */
static bool clock_usec(const char *w, size_t n, int64_t *out)
{
    char tmp[64];
    if (n >= sizeof tmp) return false;
    memcpy(tmp, w, n);
    tmp[n] = 0;
    int h, m;
    double sec = 0;
    char *end;
    h = (int)strtol(tmp, &end, 10);
    if (end == tmp || *end != ':' || h < 0) return false;
    char *p = end + 1;
    m = (int)strtol(p, &end, 10);
    if (end == p || m < 0 || m > 59) return false;
    if (*end == ':') {
        p = end + 1;
        sec = strtod(p, &end);
        if (end == p || sec < 0 || sec >= 61) return false;
    }
    if (*end) return false;
    *out = (int64_t)h * 3600000000LL + (int64_t)m * 60000000LL + (int64_t)(sec * 1e6 + 0.5);
    return true;
}

/* interval_in for the plain forms ("1 day 02:00", "90 minutes", "@ 2
 * hours"), interval_out in the postgres style. Signs, "ago", ISO 8601 and
 * fractional days or months are left as written. */
static bool interval_text(rg_buf *b, const char *t)
{
    int64_t months = 0, days = 0, usec = 0;
    bool any = false;
    const char *p = t;
    while (*p == ' ') p++;
    if (*p == '@') p++;
    while (*p) {
        while (*p == ' ') p++;
        if (!*p) break;
        const char *w = p;
        while (*p && *p != ' ') p++;
        size_t n = (size_t)(p - w);
        if (memchr(w, ':', n)) {
            int64_t u;
            if (!clock_usec(w, n, &u)) return false;
            usec += u;
            any = true;
            continue;
        }
        char *end;
        char num[64];
        if (n >= sizeof num) return false;
        memcpy(num, w, n);
        num[n] = 0;
        double v = strtod(num, &end);
        if (end == num || !(v >= 0 && v <= 1e9)) return false; /* also NaN */
        const char *uw = end;
        size_t un = strlen(end);
        if (!un) { /* unit is the next word */
            while (*p == ' ') p++;
            uw = p;
            while (*p && *p != ' ') p++;
            un = (size_t)(p - uw);
        }
        const unit *u = find_unit(uw, un);
        if (!u) return false;
        bool whole = v == (double)(int64_t)v;
        if (!u->usec && !whole) return false;
        months += (int64_t)v * u->months;
        days += (int64_t)v * u->days;
        usec += (int64_t)(v * (double)u->usec + 0.5);
        any = true;
    }
    if (!any) return false;
    const char *sep = "";
    if (months / 12) {
        rg_buf_printf(b, "%lld year%s", (long long)(months / 12), months / 12 == 1 ? "" : "s");
        sep = " ";
    }
    if (months % 12) {
        rg_buf_printf(b, "%s%lld mon%s", sep, (long long)(months % 12), months % 12 == 1 ? "" : "s");
        sep = " ";
    }
    if (days) {
        rg_buf_printf(b, "%s%lld day%s", sep, (long long)days, days == 1 ? "" : "s");
        sep = " ";
    }
    if (usec || !*sep) {
        int64_t secs = usec / 1000000;
        rg_buf_printf(b, "%s%02lld:%02lld:%02lld", sep, (long long)(secs / 3600),
                      (long long)(secs / 60 % 60), (long long)(secs % 60));
        char frac[8];
        snprintf(frac, sizeof frac, "%06lld", (long long)(usec % 1000000));
        put_frac(b, frac, 6);
    }
    return true;
}

bool norm_value_literal(rg_buf *b, const char *text)
{
    if (!text || !*text || strlen(text) > 200) return false;
    /* Plain numbers are numbers, whatever their type. */
    const char *q = text;
    if (*q == '-' || *q == '+') q++;
    if (strspn(q, "0123456789.") == strlen(q)) return false;
    return timestamp_text(b, text) || interval_text(b, text);
}
