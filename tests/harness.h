/*
 * harness.h — the one check harness of the C tests.
 *
 *   CHECK(cond)                     counts a pass, or prints the failing
 *   CHECK(cond, "fmt", args...)     condition (and the message) with its
 *   CHECK_STR(got, want)            file:line on stderr
 *   return TEST_SUMMARY();          prints "N passed, N failed" on stdout;
 *                                   the exit status is 1 on a failure
 *
 * Header-only: each test binary is one translation unit with its own
 * counters. ctest runs every binary; a test that asserts nothing cannot
 * pass (TEST_SUMMARY fails when nothing was checked).
 */
#ifndef RG_TEST_HARNESS_H
#define RG_TEST_HARNESS_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int passed, failed;

__attribute__((format(printf, 4, 5), unused)) static void test_fail(const char *file, int line,
                                                                     const char *what, const char *fmt, ...)
{
    failed++;
    fprintf(stderr, "FAIL %s:%d: %s", file, line, what);
    if (fmt && *fmt) {
        va_list ap;
        va_start(ap, fmt);
        fputs(": ", stderr);
        vfprintf(stderr, fmt, ap);
        va_end(ap);
    }
    fputc('\n', stderr);
}

/* The message, when given, is a format string literal and its arguments;
 * without one the format is "" (which -Wformat-zero-length would flag). */
#pragma GCC diagnostic ignored "-Wformat-zero-length"
#define CHECK(cond, ...)                                                  \
    do {                                                                  \
        if (cond) passed++;                                               \
        else test_fail(__FILE__, __LINE__, #cond, "" __VA_ARGS__);        \
    } while (0)

#define CHECK_STR(got, want)                                                                        \
    do {                                                                                            \
        const char *got_ = (got), *want_ = (want);                                                  \
        if (got_ && want_ && strcmp(got_, want_) == 0) passed++;                                    \
        else test_fail(__FILE__, __LINE__, #got, "\"%s\", want \"%s\"", got_ ? got_ : "(null)",     \
                       want_ ? want_ : "(null)");                                                   \
    } while (0)

__attribute__((unused)) static int test_summary(void)
{
    printf("%d passed, %d failed\n", passed, failed);
    if (passed + failed == 0) fputs("no check ran\n", stderr);
    return failed || passed + failed == 0 ? 1 : 0;
}
#define TEST_SUMMARY() test_summary()

#endif
