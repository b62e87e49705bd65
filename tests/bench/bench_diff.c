/*
 * bench_diff.c — how close `rollgate diff` gets to the cost of merely
 * parsing its two inputs, how much memory it needs, and whether the diff of
 * a generated schema pair finds exactly the changes the generator made.
 *
 *   bench_diff --gen GEN_PAIR.PY [--tables N] [--runs N] [--large FILE]...
 *
 * Floor: ONE thread runs pg_query_parse_protobuf + pg_query__parse_result__unpack
 * (+ both frees) over each whole input, the least any tool built on
 * libpg_query's protobuf API must pay. rollgate: rg_parse_paths on both
 * paths (its splitter, statement dedup and two threads), rg_catalog_apply
 * twice, rg_diff_catalogs, everything freed. Best of N runs each; the ratio
 * rollgate / floor should stay at or under 0.6. Peak RSS (VmHWM, what
 * getrusage's maxrss reports for a process of its own) is measured once per
 * side in a fresh process, against the input size.
 *
 * Pairs: (a) each --large FILE (a real schema) against a variant of itself
 * (a few columns, indexes, constraints and comments appended), and (b)
 * old.sql / new.sql of tests/bench/gen_pair.py (--tables N, default 2000),
 * generated into a temp dir; its changes.txt (`kind object` a line) is the
 * ground truth that rollgate's changes are matched against as a multiset
 * (matched / missed / extra).
 *
 * Not a test: it prints figures. tests/bench/run.sh runs it.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include "rollgate/catalog.h"
#include "rollgate/diff.h"
#include "rollgate/parse.h"

static int nruns = 5;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
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
    rg_buf_putc(&b, 0);
    *len = b.len - 1;
    return b.s;
}

static int spit(const char *path, const char *text, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    size_t w = fwrite(text, 1, len, f);
    return (fclose(f) == 0 && w == len) ? 0 : -1;
}

/* psql meta-command lines (\restrict, \connect) are not SQL: the floor
 * parser gets them blanked out, as rollgate's reader does. */
static void blank_meta_lines(char *s)
{
    int at_line_start = 1;
    for (char *p = s; *p; p++) {
        if (at_line_start && *p == '\\') {
            while (*p && *p != '\n') *p++ = ' ';
            if (!*p) break;
        }
        at_line_start = *p == '\n';
    }
}

/* ---- the two contenders ------------------------------------------------- */

typedef struct pair {
    const char *name;
    const char *old_path, *new_path;
    char *old_sql, *new_sql; /* meta lines blanked, for the floor */
    size_t old_len, new_len;
} pair;

static int floor_parse_one(const char *sql)
{
    PgQueryProtobufParseResult r = pg_query_parse_protobuf(sql);
    int ok = !r.error;
    if (ok) {
        PgQuery__ParseResult *pr = pg_query__parse_result__unpack(
            NULL, r.parse_tree.len, (const uint8_t *)r.parse_tree.data);
        ok = pr != NULL;
        pg_query__parse_result__free_unpacked(pr, NULL);
    } else {
        fprintf(stderr, "floor: %s at %d\n", r.error->message, r.error->cursorpos);
    }
    pg_query_free_protobuf_parse_result(r);
    return ok ? 0 : -1;
}

static int run_floor(const pair *pr)
{
    if (floor_parse_one(pr->old_sql) != 0) return -1;
    return floor_parse_one(pr->new_sql);
}

/* bench_diff --floor FILE...: the floor alone, over any number of files
 * (a plan's two schemas and two query sets), one after another in this
 * process, for tests/bench/scale.sh to time and measure from outside. */
static int floor_files(int n, char **paths)
{
    for (int i = 0; i < n; i++) {
        size_t len;
        char *sql = slurp(paths[i], &len);
        if (!sql) {
            fprintf(stderr, "bench_diff: cannot read %s\n", paths[i]);
            return 2;
        }
        blank_meta_lines(sql);
        int rc = floor_parse_one(sql);
        free(sql);
        if (rc != 0) return 1;
    }
    return 0;
}

/* The rollgate side; with keep != NULL the diff is handed back (and the
 * objects it points into are returned for the caller to free). */
typedef struct rg_run {
    rg_parser *p;
    rg_catalog *oldc, *newc;
    rg_diff *diff;
} rg_run;

static void rg_run_free(rg_run *r)
{
    rg_diff_free(r->diff);
    rg_catalog_free(r->oldc);
    rg_catalog_free(r->newc);
    rg_parser_free(r->p);
    memset(r, 0, sizeof *r);
}

static int run_rollgate(const pair *pr, rg_run *keep, size_t *nerrors)
{
    rg_run r = {0};
    rg_diags d = {0};
    rg_script s[2] = {{0}};
    const char *paths[2] = {pr->old_path, pr->new_path};
    int rc;
    r.p = rg_parser_new();
    rc = rg_parse_paths(r.p, s, paths, 2, &d);
    if (rc != RG_OK) goto done;
    r.oldc = rg_catalog_new();
    r.newc = rg_catalog_new();
    rg_catalog_apply_pair(r.oldc, &s[0], r.newc, &s[1], &d);
    rc = rg_diff_catalogs(&r.diff, r.oldc, r.newc);
done:
    if (nerrors) *nerrors = d.nerrors;
    if (rc != RG_OK) rg_diags_print(&d, stderr, RG_SEV_ERROR);
    rg_diags_free(&d);
    if (keep && rc == RG_OK) *keep = r;
    else rg_run_free(&r);
    return rc;
}

/* ---- timing and memory -------------------------------------------------- */

typedef int (*side_fn)(const pair *pr);

static int side_rollgate(const pair *pr) { return run_rollgate(pr, NULL, NULL); }



static double best_of(side_fn fn, const pair *pr, int *failed)
{
    double best = 1e30;
    for (int i = 0; i < nruns; i++) {
        double t0 = now_s();
        if (fn(pr) != 0) *failed = 1;
        double t = now_s() - t0;
        if (t < best) best = t;
    }
    return best;
}

/* Peak resident memory of one run of a side, in a fresh process (this
 * binary re-executed with --peak-child) that reports its own VmHWM through a
 * pipe. Not getrusage of the child: Linux folds the RSS a forked child
 * inherits from this process into its ru_maxrss, even across exec. "idle"
 * only reads the inputs: the baseline. Returns KiB, or -1. */
static long peak_kib(const char *side, const pair *pr)
{
    int fds[2];
    if (pipe(fds) != 0) return -1;
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return -1;
    }
    if (pid == 0) {
        close(fds[0]);
        if (dup2(fds[1], STDOUT_FILENO) < 0) _exit(127);
        execl("/proc/self/exe", "bench_diff", "--peak-child", side, pr->old_path, pr->new_path,
              (char *)NULL);
        _exit(127);
    }
    close(fds[1]);
    char buf[64] = {0};
    size_t n = 0;
    ssize_t got;
    while (n < sizeof buf - 1 && (got = read(fds[0], buf + n, sizeof buf - 1 - n)) != 0) {
        if (got < 0) {
            if (errno == EINTR) continue;
            break;
        }
        n += (size_t)got;
    }
    close(fds[0]);
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
    return strtol(buf, NULL, 10);
}

/* This process's peak resident set (VmHWM of /proc/self/status), KiB. */
static long own_hwm_kib(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f) return -1;
    char line[256];
    long kib = -1;
    while (fgets(line, sizeof line, f))
        if (!strncmp(line, "VmHWM:", 6)) kib = strtol(line + 6, NULL, 10);
    fclose(f);
    return kib;
}

static int load_pair(pair *pr);

static int peak_child(const char *side, const char *old_path, const char *new_path)
{
    pair pr = {.name = side, .old_path = old_path, .new_path = new_path};
    if (load_pair(&pr) != 0) return 1;
    int rc = 0;
    if (!strcmp(side, "floor")) rc = run_floor(&pr);
    else if (!strcmp(side, "rollgate")) rc = side_rollgate(&pr);
    free(pr.old_sql);
    free(pr.new_sql);
    printf("%ld\n", own_hwm_kib());
    /* pg_query_exit() crashes in a thread that never parsed: idle skips it. */
    if (strcmp(side, "idle") != 0) pg_query_exit();
    return rc == 0 ? 0 : 1;
}

/* ---- exactness against the generator's ground truth -------------------- */

static char *dupf(const char *fmt, const char *a, const char *b)
{
    size_t n = strlen(fmt) + strlen(a) + strlen(b) + 1;
    char *s = malloc(n);
    if (!s) rg_oom();
    snprintf(s, n, fmt, a, b);
    return s;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* changes.txt lists "kind object" per change; rollgate's diff must give the
 * same multiset. Both sides sorted, then merged. */
static void check_exactness(const rg_diff *df, const char *changes_path)
{
    size_t len;
    char *text = slurp(changes_path, &len);
    if (!text) {
        printf("  exactness: cannot read %s\n", changes_path);
        return;
    }
    size_t nexp = 0, cap = 1024;
    char **exp = malloc(cap * sizeof *exp);
    if (!exp) rg_oom();
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        if (!*line) continue;
        if (nexp == cap && !(exp = realloc(exp, (cap *= 2) * sizeof *exp))) rg_oom();
        exp[nexp++] = line;
    }
    char **got = malloc((df->n + 1) * sizeof *got);
    if (!got) rg_oom();
    for (size_t j = 0; j < df->n; j++)
        got[j] = dupf("%s %s", df->v[j].kind ? df->v[j].kind : "?", df->v[j].object ? df->v[j].object : "?");
    qsort(exp, nexp, sizeof *exp, cmp_str);
    qsort(got, df->n, sizeof *got, cmp_str);
    size_t i = 0, j = 0, matched = 0, missed = 0, extra = 0;
    while (i < nexp || j < df->n) {
        int c = i == nexp ? 1 : j == df->n ? -1 : strcmp(exp[i], got[j]);
        if (c == 0) {
            matched++, i++, j++;
        } else if (c < 0) {
            if (missed++ < 25) printf("    missed: %s\n", exp[i]);
            i++;
        } else {
            if (extra++ < 25) printf("    extra: %s\n", got[j]);
            j++;
        }
    }
    printf("  exactness vs changes.txt: %zu expected, %zu matched, %zu missed, %zu extra "
           "(rollgate listed %zu changes)%s\n", nexp, matched, missed, extra, df->n,
           missed || extra ? "" : ": exact");
    for (j = 0; j < df->n; j++) free(got[j]);
    free(got);
    free(exp);
    free(text);
}

/* ---- the pairs ---------------------------------------------------------- */

static int load_pair(pair *pr)
{
    pr->old_sql = slurp(pr->old_path, &pr->old_len);
    pr->new_sql = slurp(pr->new_path, &pr->new_len);
    if (!pr->old_sql || !pr->new_sql) {
        fprintf(stderr, "bench_diff: cannot read %s or %s\n", pr->old_path, pr->new_path);
        return -1;
    }
    blank_meta_lines(pr->old_sql);
    blank_meta_lines(pr->new_sql);
    return 0;
}

static void bench_pair(pair *pr, const char *changes_path)
{
    printf("== %s\n  old %s (%.1f KiB)\n  new %s (%.1f KiB)\n", pr->name, pr->old_path,
           pr->old_len / 1024.0, pr->new_path, pr->new_len / 1024.0);
    int floor_failed = 0, rg_failed = 0;
    double tf = best_of(run_floor, pr, &floor_failed);
    double tr = best_of(side_rollgate, pr, &rg_failed);
    printf("  floor (1 thread, pg_query_parse_protobuf + unpack, both files): %8.1f ms%s\n",
           tf * 1e3, floor_failed ? "  [PARSE FAILED]" : "");
    printf("  rollgate (parse + catalog x2 + diff):                          %8.1f ms%s\n",
           tr * 1e3, rg_failed ? "  [FAILED]" : "");
    double ratio = tr / tf;
    printf("  ratio rollgate/floor: %.2f (target <= 0.60: %s)\n", ratio,
           ratio <= 0.6 ? "met" : "NOT MET");

    double in_mib = (pr->old_len + pr->new_len) / (1024.0 * 1024.0);
    long k0 = peak_kib("idle", pr), kf = peak_kib("floor", pr), kr = peak_kib("rollgate", pr);
    printf("  peak RSS (fresh process each): floor %.1f MiB, rollgate %.1f MiB, input %.2f MiB "
           "(rollgate %.1fx input; a process that only reads the input: %.1f MiB)\n",
           kf / 1024.0, kr / 1024.0, in_mib, in_mib > 0 ? kr / 1024.0 / in_mib : 0.0,
           k0 / 1024.0);

    rg_run keep;
    size_t nerr = 0;
    if (run_rollgate(pr, &keep, &nerr) == RG_OK) {
        printf("  rollgate: %zu changes, %zu error diagnostics\n", keep.diff->n, nerr);
        if (changes_path) check_exactness(keep.diff, changes_path);
        rg_run_free(&keep);
    } else {
        printf("  rollgate: failed (see diagnostics above)\n");
    }
    free(pr->old_sql);
    free(pr->new_sql);
}

/* A real schema plus a release's worth of changes to its first tables. */
static int write_large_variant(const char *src, const char *dst)
{
    size_t len;
    char *text = slurp(src, &len);
    if (!text) return -1;
    rg_buf b = {0};
    rg_buf_put(&b, text, len);
    rg_buf_puts(&b, "\n-- bench_diff: a release's worth of changes\n");
    const char *p = text;
    int tables = 0;
    while ((p = strstr(p, "\nCREATE TABLE public.")) && tables < 4) {
        p += strlen("\nCREATE TABLE ");
        size_t n = strcspn(p, " (\n");
        char name[256];
        snprintf(name, sizeof name, "%.*s", (int)(n < 255 ? n : 255), p);
        rg_buf_printf(&b, "ALTER TABLE %s ADD COLUMN bench_note text;\n", name);
        rg_buf_printf(&b, "ALTER TABLE %s ADD COLUMN bench_rank integer DEFAULT 0 NOT NULL;\n", name);
        rg_buf_printf(&b, "ALTER TABLE %s ADD CONSTRAINT bench_rank_%d_check CHECK (bench_rank >= 0);\n",
                      name, tables);
        rg_buf_printf(&b, "CREATE INDEX bench_note_%d_idx ON %s USING btree (bench_note);\n", tables, name);
        rg_buf_printf(&b, "COMMENT ON TABLE %s IS 'changed by bench_diff';\n", name);
        tables++;
    }
    free(text);
    int rc = spit(dst, b.s, b.len);
    rg_buf_free(&b);
    return rc;
}

static void rm_rf_flat(const char *dir)
{
    DIR *d = opendir(dir);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d))) {
            if (e->d_name[0] == '.') continue;
            char *p = dupf("%s/%s", dir, e->d_name);
            unlink(p);
            free(p);
        }
        closedir(d);
    }
    rmdir(dir);
}

int main(int argc, char **argv)
{
    const char *gen = NULL, *tables = "2000";
    const char *large[8];
    int nlarge = 0;
    if (argc == 5 && !strcmp(argv[1], "--peak-child")) return peak_child(argv[2], argv[3], argv[4]);
    if (argc >= 3 && !strcmp(argv[1], "--floor")) return floor_files(argc - 2, argv + 2);
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--runs") && i + 1 < argc) nruns = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--gen") && i + 1 < argc) gen = argv[++i];
        else if (!strcmp(argv[i], "--tables") && i + 1 < argc) tables = argv[++i];
        else if (!strcmp(argv[i], "--large") && i + 1 < argc && nlarge < 8) large[nlarge++] = argv[++i];
        else {
            fprintf(stderr, "usage: bench_diff --gen GEN_PAIR.PY [--tables N] [--runs N] [--large FILE]...\n");
            return 2;
        }
    }
    if (nruns < 1) nruns = 1;
    if (!gen || strspn(tables, "0123456789") != strlen(tables) || strchr(gen, '\'')) {
        fprintf(stderr, "bench_diff: --gen names tests/bench/gen_pair.py; --tables is a number\n");
        return 2;
    }
    char tmp[] = "/tmp/rg-bench.XXXXXX";
    if (!mkdtemp(tmp)) {
        perror("mkdtemp");
        return 1;
    }
    printf("bench_diff: best of %d runs; %ld cores online\n", nruns, sysconf(_SC_NPROCESSORS_ONLN));

    for (int k = 0; k < nlarge; k++) {
        char *variant = dupf("%s/%s", tmp, "large-variant.sql");
        if (write_large_variant(large[k], variant) == 0) {
            const char *base = strrchr(large[k], '/');
            char *name = dupf("%s%s", base ? base + 1 : large[k], " vs itself + changes");
            pair pr = {.name = name, .old_path = large[k], .new_path = variant};
            if (load_pair(&pr) == 0) bench_pair(&pr, NULL);
            free(name);
        } else {
            printf("== %s: cannot read it\n", large[k]);
        }
        unlink(variant);
        free(variant);
    }

    char *out = dupf("%s/%s", tmp, "gen");
    char *cmd = dupf("python3 '%s' --out '%s'", gen, out);
    char *full = dupf("%s --tables %s >/dev/null", cmd, tables);
    int rc = system(full);
    free(cmd);
    free(full);
    if (rc == 0) {
        char *v1 = dupf("%s/%s", out, "old.sql"), *v2 = dupf("%s/%s", out, "new.sql");
        char *ch = dupf("%s/%s", out, "changes.txt");
        char *name = dupf("gen_pair.py --tables %s%s", tables, ": old vs new");
        pair pr = {.name = name, .old_path = v1, .new_path = v2};
        if (load_pair(&pr) == 0) bench_pair(&pr, ch);
        free(v1);
        free(v2);
        free(ch);
        free(name);
    } else {
        printf("== gen_pair.py: could not run python3 %s\n", gen);
    }
    rm_rf_flat(out);
    free(out);
    rm_rf_flat(tmp);
    pg_query_exit();
    return 0;
}
