/*
 * timing.c — per-stage figures for the benchmarks: with RG_TIMING=1 in
 * the environment, each stage boundary prints one line to standard error,
 *   rollgate: timing STAGE wall_ms=W cpu_ms=C
 * the wall-clock and process CPU time (every thread) since the previous
 * boundary. Without it a boundary costs one getenv, cached.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "rollgate/util.h"

static double seconds(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void rg_timing_mark(const char *stage)
{
    static int on = -1;
    static double wall0, cpu0;
    if (on < 0) {
        const char *e = getenv("RG_TIMING");
        on = e && *e && *e != '0';
        wall0 = seconds(CLOCK_MONOTONIC);
        cpu0 = seconds(CLOCK_PROCESS_CPUTIME_ID);
        if (!stage) return;
    }
    if (!on) return;
    double w = seconds(CLOCK_MONOTONIC), c = seconds(CLOCK_PROCESS_CPUTIME_ID);
    if (stage) fprintf(stderr, "rollgate: timing %s wall_ms=%.1f cpu_ms=%.1f\n", stage, (w - wall0) * 1e3, (c - cpu0) * 1e3);
    wall0 = w;
    cpu0 = c;
}
