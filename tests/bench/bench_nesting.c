/*
 * bench_nesting.c — what the nesting limit costs: the lexer-level measure
 * every statement goes through before libpg_query parses it, against the
 * parse itself (split, parse and unpack of every statement, one thread).
 * Prints figures, not a verdict.
 *
 *   bench_nesting FILE.sql...     (./build.sh bench-style: run it by hand)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rollgate/parse.h"

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    rg_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) rg_buf_put(&b, chunk, n);
    fclose(f);
    *len = b.len;
    return b.s ? b.s : rg_xstrdup("");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_nesting FILE.sql...\n");
        return 2;
    }
    for (int i = 1; i < argc; i++) {
        size_t len;
        char *text = slurp(argv[i], &len);
        if (!text) {
            fprintf(stderr, "bench_nesting: cannot read %s\n", argv[i]);
            return 2;
        }
        /* The measure over the whole file: the same bytes the parser
         * measures statement by statement. Best of 5. */
        double best = 1e18;
        size_t at;
        unsigned m = 0;
        for (int r = 0; r < 5; r++) {
            double t0 = now_ms();
            m = rg_parse_nesting(text, len, RG_MAX_NESTING_GENERATED, &at);
            double t = now_ms() - t0;
            if (t < best) best = t;
        }
        rg_parser *p = rg_parser_new();
        rg_parser_set_threads(p, 1);
        rg_script s = {0};
        rg_diags d = {0};
        double t0 = now_ms();
        int rc = rg_parse_text(p, &s, argv[i], text, len, &d);
        double parse = now_ms() - t0;
        printf("%s: %.1f MB, %zu statements (rc %d); nesting measure %.1f ms (%.0f MB/s, measure %u), "
               "parse %.1f ms: the measure is %.1f%% of it\n",
               argv[i], (double)len / 1e6, s.n, rc, best, (double)len / 1e3 / best, m, parse,
               100.0 * best / parse);
        rg_diags_free(&d);
        rg_parser_free(p);
        free(text);
    }
    rg_parse_shutdown();
    return 0;
}
