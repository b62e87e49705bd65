/*
 * strict_probe.c — the catalog interpreter as the plan's self-check runs
 * it, reduced to its verdict on one script: prints "ok", or the first
 * error as "LINE<TAB>SQLSTATE<TAB>message" (the line of the statement that
 * failed). tests/catalog/strict.sh compares that with what PostgreSQL 15
 * answers for the same script.
 */
#include <stdio.h>
#include <stdlib.h>

#include "rollgate/catalog.h"
#include "rollgate/parse.h"
#include "rollgate/simulate.h"

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: strict_probe FILE.sql\n");
        return 2;
    }
    rg_parser *p = rg_parser_new();
    rg_diags d = {0};
    rg_script s = {0};
    int rc = rg_parse_paths(p, &s, (const char *const *)&argv[1], 1, &d);
    rg_catalog *c = rg_catalog_new();
    rg_sim_strict_catalog(c);
    if (rc == RG_OK) rg_catalog_apply(c, &s, &d);
    int code = 0;
    for (size_t i = 0; i < d.n; i++) {
        const rg_diag *g = &d.v[i];
        if (g->sev != RG_SEV_ERROR) continue;
        int line = 0, col = 0;
        if (g->src) rg_source_linecol(g->src, g->offset, &line, &col);
        printf("%d\t%s\t%s\n", line, g->code, g->msg);
        code = 1;
        break;
    }
    if (!code) puts("ok");
    rg_catalog_free(c);
    rg_diags_free(&d);
    rg_parser_free(p);
    return 0;
}
