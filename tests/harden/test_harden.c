/*
 * test_harden.c — the library's defences against hostile input: the
 * nesting measure that guards every recursive stage (its values, where it
 * refuses, and a property check that it bounds the real tree depth), a
 * command run on a stack of its own, password redaction and file names read
 * back from a ledger.
 */
#include "parse/tree.h"

#include <protobuf-c/protobuf-c.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../harness.h"

static unsigned nesting(const char *sql)
{
    size_t at;
    return rg_parse_nesting(sql, strlen(sql), RG_MAX_NESTING_GENERATED, &at);
}

/* ---- the nesting measure ------------------------------------------------ */

static void test_nesting_values(void)
{
    static const struct {
        const char *sql;
        unsigned want;
    } cases[] = {
        {"SELECT 1", 0},
        {"SELECT a + b", 1},
        {"SELECT a + b + c * d", 3},
        {"SELECT (a + b)", 2},
        {"SELECT f(g(h(x)))", 3},
        {"SELECT a, b, c FROM t", 0},
        {"SELECT 1 WHERE a = 1 AND b = 2 OR c = 3", 1},
        {"SELECT CASE WHEN a = 1 THEN b + 1 ELSE c END", 2},
        {"SELECT x::int::text", 2},
        {"SELECT 1+-1", 2},                 /* the scanner splits "+-" */
        {"SELECT a ->> 'k'", 1},
        {"SELECT a <= b", 1},
        {"SELECT 1e+5, 1.5e-3", 0},         /* signs of exponents */
        {"SELECT '(((((' || '+++'", 1},      /* quoted text is skipped */
        {"SELECT \"a(((\" + 1", 1},
        {"SELECT E'\\'(((' + 1", 1},        /* escaped quote in E'' */
        {"SELECT 'a\\' + 1", 1},            /* no escapes in plain strings */
        {"SELECT $f$ ((( $x$ $f$ + 1", 1},  /* dollar quotes, other tags inside */
        {"SELECT $1 + $2", 1},
        {"SELECT 1 /* ((( /* nested */ ((( */ + 1", 1},
        {"SELECT 1 -- (((\n + 1", 1},
        {"SELECT 1 -- (((\r + (1)", 2},     /* a -- comment also ends at CR */
        {"SELECT * FROM a JOIN b ON a.x = b.x JOIN c ON c.x = b.x", 5}, /* and the `*` */
        {"SELECT 1 UNION SELECT 2 UNION SELECT 3", 2},
        {"SELECT x BETWEEN 1 AND 2", 1},
        {"SELECT ARRAY[ARRAY[1]]", 2},
        {"SELECT a IS NOT NULL", 2},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        unsigned got = nesting(cases[i].sql);
        CHECK(got == cases[i].want, "nesting of %s: %u, want %u", cases[i].sql, got, cases[i].want);
    }
}

/* Appends `n` copies of `s`. */
static void repeat(rg_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) rg_buf_puts(b, s);
}

static void test_nesting_limit(void)
{
    /* 1,000 levels pass, 1,001 do not; the offset is the token that
     * crossed the limit. */
    rg_buf b = {0};
    rg_buf_puts(&b, "SELECT 1");
    repeat(&b, "+1", RG_MAX_NESTING);
    size_t at = 0;
    unsigned n = rg_parse_nesting(b.s, b.len, RG_MAX_NESTING, &at);
    CHECK(n == RG_MAX_NESTING, "1000 operators measure %u", n);
    rg_buf_puts(&b, "+1");
    n = rg_parse_nesting(b.s, b.len, RG_MAX_NESTING, &at);
    CHECK(n == RG_MAX_NESTING + 1 && at == b.len - 2, "1001 operators: %u at %zu (len %zu)", n, at, b.len);

    /* 100k parentheses stop at the first level over the limit, without
     * scanning (or allocating for) the rest. */
    rg_buf_reset(&b);
    rg_buf_puts(&b, "SELECT ");
    repeat(&b, "(", 100000);
    rg_buf_puts(&b, "1");
    repeat(&b, ")", 100000);
    n = rg_parse_nesting(b.s, b.len, RG_MAX_NESTING, &at);
    CHECK(n == RG_MAX_NESTING + 1 && at == 7 + RG_MAX_NESTING, "100k parentheses: %u at %zu", n, at);

    /* A left-deep chain: the depth comes from operators after the
     * parenthesis, so only the end of the operand shows it. */
    rg_buf_reset(&b);
    rg_buf_puts(&b, "SELECT ");
    repeat(&b, "(", 600);
    rg_buf_puts(&b, "1");
    repeat(&b, ")", 600);
    repeat(&b, "+1", 600);
    n = rg_parse_nesting(b.s, b.len, RG_MAX_NESTING_GENERATED, &at);
    CHECK(n == 1200, "600 parentheses then 600 operators: %u", n);
    rg_buf_free(&b);
}

/* ---- the measure bounds the real depth ---------------------------------- */

/* Depth of a protobuf message tree, counting every message. */
static unsigned tree_depth(const ProtobufCMessage *m)
{
    const ProtobufCMessageDescriptor *d = m->descriptor;
    unsigned best = 0;
    for (unsigned i = 0; i < d->n_fields; i++) {
        const ProtobufCFieldDescriptor *f = &d->fields[i];
        if (f->type != PROTOBUF_C_TYPE_MESSAGE) continue;
        const char *base = (const char *)m;
        if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) {
            if (*(const uint32_t *)(base + f->quantifier_offset) != f->id) continue;
        }
        if (f->label == PROTOBUF_C_LABEL_REPEATED) {
            size_t n = *(const size_t *)(base + f->quantifier_offset);
            ProtobufCMessage *const *v = *(ProtobufCMessage *const *const *)(base + f->offset);
            for (size_t k = 0; k < n; k++) {
                unsigned t = tree_depth(v[k]);
                if (t > best) best = t;
            }
        } else {
            const ProtobufCMessage *c = *(const ProtobufCMessage *const *)(base + f->offset);
            if (c) {
                unsigned t = tree_depth(c);
                if (t > best) best = t;
            }
        }
    }
    return best + 1;
}

static unsigned long rng = 88172645463325252ul;
static unsigned rnd(unsigned n)
{
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return (unsigned)(rng % n);
}

/* A random expression of nested constructs, `d` levels deep. */
static void gen_expr(rg_buf *b, int d)
{
    if (d <= 0) {
        static const char *const atoms[] = {"1", "x", "t.y", "'s'", "$1", "NULL", "true", "E'\\''"};
        rg_buf_puts(b, atoms[rnd(8)]);
        return;
    }
    switch (rnd(22)) {
    case 0: gen_expr(b, d - 1); rg_buf_puts(b, " + "); gen_expr(b, d - 1); break;
    case 1: rg_buf_puts(b, "("); gen_expr(b, d - 1); rg_buf_puts(b, ")"); break;
    case 2: rg_buf_puts(b, "f("); gen_expr(b, d - 1); rg_buf_puts(b, ", 2)"); break;
    case 3: gen_expr(b, d - 1); rg_buf_puts(b, "::int"); break;
    case 4: rg_buf_puts(b, "NOT "); gen_expr(b, d - 1); break;
    case 5: rg_buf_puts(b, "CASE WHEN "); gen_expr(b, d - 1); rg_buf_puts(b, " THEN 1 ELSE "); gen_expr(b, d - 1); rg_buf_puts(b, " END"); break;
    case 6: rg_buf_puts(b, "(SELECT "); gen_expr(b, d - 1); rg_buf_puts(b, " FROM t)"); break;
    case 7: rg_buf_puts(b, "EXISTS (SELECT 1 FROM t WHERE "); gen_expr(b, d - 1); rg_buf_puts(b, ")"); break;
    case 8: gen_expr(b, d - 1); rg_buf_puts(b, " IN (1, "); gen_expr(b, d - 1); rg_buf_puts(b, ")"); break;
    case 9: gen_expr(b, d - 1); rg_buf_puts(b, " BETWEEN 1 AND "); gen_expr(b, d - 1); break;
    case 10: gen_expr(b, d - 1); rg_buf_puts(b, " AND "); gen_expr(b, d - 1); break;
    case 11: gen_expr(b, d - 1); rg_buf_puts(b, " OR "); gen_expr(b, d - 1); break;
    case 12: rg_buf_puts(b, "ARRAY["); gen_expr(b, d - 1); rg_buf_puts(b, "]"); break;
    case 13: rg_buf_puts(b, "ROW("); gen_expr(b, d - 1); rg_buf_puts(b, ", 1)"); break;
    case 14: gen_expr(b, d - 1); rg_buf_puts(b, " IS NULL"); break;
    case 15: gen_expr(b, d - 1); rg_buf_puts(b, " COLLATE \"C\""); break;
    case 16: rg_buf_puts(b, "(SELECT 1 FROM t JOIN u ON "); gen_expr(b, d - 1); rg_buf_puts(b, ")"); break;
    case 17: rg_buf_puts(b, "(SELECT "); gen_expr(b, d - 1); rg_buf_puts(b, " UNION SELECT 1)"); break;
    case 18: rg_buf_puts(b, "- "); gen_expr(b, d - 1); break;
    case 19: rg_buf_puts(b, "(("); gen_expr(b, d - 1); rg_buf_puts(b, ").a)"); break;
    case 20: rg_buf_puts(b, "sum("); gen_expr(b, d - 1); rg_buf_puts(b, ") OVER (ORDER BY "); gen_expr(b, d - 1); rg_buf_puts(b, ")"); break;
    default: gen_expr(b, d - 1); rg_buf_puts(b, " || "); gen_expr(b, d - 1); break;
    }
}

static void test_nesting_bounds_depth(void)
{
    /* Every recursive stage's stack need is proportional to the tree depth;
     * the limit protects them only if the measure bounds it. The constant
     * is what the densest construct (a scalar subquery: SubLink,
     * SelectStmt, ResTarget and their Node wrappers) takes per level. */
    const unsigned per_level = 12, base = 16;
    unsigned worst_ratio_num = 0, worst_ratio_den = 1, tried = 0, bad = 0;
    rg_arena *a = rg_arena_new();
    for (int i = 0; i < 3000; i++) {
        rg_buf b = {0};
        rg_buf_puts(&b, "SELECT ");
        /* Mostly a single deep spine: both branches at full depth would
         * grow exponentially. */
        int d = 1 + (int)rnd(40);
        rg_buf c = {0};
        gen_expr(&c, d > 12 ? 12 : d);
        for (int k = 12; k < d; k++) {
            rg_buf w = {0};
            static const char *const wraps[][2] = {
                {"(", " + 1)"}, {"f(", ")"}, {"(SELECT ", ")"}, {"NOT (", ")"}, {"CASE WHEN true THEN ", " END"},
                {"", "::int"}, {"", " || 'x'"}, {"ARRAY[", "]"}, {"(SELECT 1 UNION SELECT ", ")"},
            };
            unsigned r = rnd(9);
            rg_buf_puts(&w, wraps[r][0]);
            rg_buf_puts(&w, rg_buf_cstr(&c));
            rg_buf_puts(&w, wraps[r][1]);
            rg_buf_free(&c);
            c = w;
        }
        rg_buf_puts(&b, rg_buf_cstr(&c));
        rg_buf_free(&c);
        const pg_node *n = rg_pg_parse_one(a, rg_buf_cstr(&b));
        if (n) {
            tried++;
            unsigned e = nesting(b.s), t = tree_depth(&n->base);
            if (t > per_level * e + base) {
                if (bad++ < 3) printf("depth %u > %u * %u + %u: %.300s\n", t, per_level, e, base, b.s);
            }
            if (e >= 10 && t * worst_ratio_den > worst_ratio_num * e) worst_ratio_num = t, worst_ratio_den = e;
        }
        rg_buf_free(&b);
    }
    CHECK(tried > 1000, "only %u of the random expressions parsed", tried);
    /* The tree walker stops descending at RG_PG_MAX_DEPTH: it must lie
     * beyond every tree the limit lets through. */
    CHECK(RG_PG_MAX_DEPTH >= per_level * RG_MAX_NESTING + base, "walker cap %d below the bound", RG_PG_MAX_DEPTH);
    CHECK(bad == 0, "%u expressions deeper than the measure allows", bad);
    printf("nesting property: %u expressions, worst depth/measure = %u/%u (measure >= 10)\n", tried, worst_ratio_num,
           worst_ratio_den);
    rg_arena_free(a);
}

static void test_parse_refuses(void)
{
    rg_parser *p = rg_parser_new();
    rg_buf b = {0};
    rg_buf_puts(&b, "CREATE TABLE t (id int);\nALTER TABLE t ADD CHECK (id");
    repeat(&b, " + id", 5000);
    rg_buf_puts(&b, " > 0);\n");
    rg_script s = {0};
    rg_diags d = {0};
    int rc = rg_parse_text(p, &s, "deep.sql", b.s, b.len, &d);
    int line = 0, col = 0;
    if (d.n && d.v[0].src) rg_source_linecol(d.v[0].src, d.v[0].offset, &line, &col);
    CHECK(rc == RG_EINPUT && d.n == 1 && strcmp(d.v[0].code, "too_deep") == 0 &&
              strcmp(d.v[0].msg, "expression nested too deeply (limit 1000)") == 0,
          "5000-term CHECK: rc %d, %zu diags, %s", rc, d.n, d.n ? d.v[0].msg : "");
    /* "ALTER TABLE t ADD CHECK (id" is 27 bytes; each " + id" is 5; the
     * 1000th "+" pushes the measure over (the parenthesis counts one). */
    CHECK(line == 2 && col == 28 + 5 * 999 + 1, "location %d:%d", line, col);
    rg_diags_free(&d);

    /* Between the limits: refused as the user's input, read as rollgate's own. */
    rg_buf_reset(&b);
    rg_buf_puts(&b, "SELECT 1");
    repeat(&b, " + 1", 2 * RG_MAX_NESTING);
    memset(&s, 0, sizeof s);
    rc = rg_parse_text(p, &s, "q.sql", b.s, b.len, &d);
    CHECK(rc == RG_EINPUT, "2000 operators refused as input: rc %d", rc);
    rg_diags_free(&d);
    memset(&s, 0, sizeof s);
    rc = rg_parse_generated(p, &s, "gen.sql", b.s, b.len, &d);
    CHECK(rc == RG_OK && s.n == 1 && s.stmts[0].tree, "2000 operators read as generated SQL: rc %d", rc);
    rg_diags_free(&d);
    rg_buf_free(&b);
    rg_parser_free(p);
}

/* ---- a stack of its own ------------------------------------------------- */

static int burn(int n)
{
    volatile char frame[1024];
    frame[0] = (char)n;
    return n == 0 ? frame[0] : burn(n - 1) + (frame[0] != (char)n);
}

static int deep_work(void *arg)
{
    return burn(*(int *)arg) == 0 ? 42 : 1;
}

static void test_run_with_stack(void)
{
    /* ~20 MB of frames: more than a default 8 MB main stack holds. */
    int n = 20000;
    int r = rg_run_with_stack(RG_STACK_BYTES, deep_work, &n);
    CHECK(r == 42, "deep recursion on a 64 MB stack returned %d", r);
}

/* ---- file names read back from input, and the output mode --------------- */

static void test_file_names(void)
{
    static const char *const good[] = {"0001_expand_users", "0012_deploy_v2.1_x", "a-b_c.d"};
    for (size_t i = 0; i < sizeof good / sizeof *good; i++)
        CHECK(rg_file_name_problem(good[i]) == NULL, "%s refused: %s", good[i], rg_file_name_problem(good[i]));
    static const char *const bad[] = {"", "../x", "a/b", "/etc/passwd", ".hidden", "a..b", "..", "x\ny",
                                      "sp ace", "caf\xc3\xa9", "back\\slash", "semi;colon"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        CHECK(rg_file_name_problem(bad[i]) != NULL, "%s accepted", bad[i]);
    char longname[RG_MAX_FILE_NAME + 2];
    memset(longname, 'a', sizeof longname - 1);
    longname[sizeof longname - 1] = 0;
    CHECK(rg_file_name_problem(longname) != NULL, "a %zu-byte name accepted", strlen(longname));
    longname[RG_MAX_FILE_NAME] = 0;
    CHECK(rg_file_name_problem(longname) == NULL, "a %d-byte name refused", RG_MAX_FILE_NAME);

    rg_buf b = {0};
    rg_buf_put_printable(&b, "a\x1b[31m\\/\xff", 9, 80);
    CHECK(strcmp(rg_buf_cstr(&b), "a\\x1b[31m\\x5c/\\xff") == 0, "printable: %s", rg_buf_cstr(&b));
    rg_buf_free(&b);
}

static void test_output_mode(void)
{
    /* main() set umask 027 before anything asked. */
    CHECK(rg_output_mode() == 0640, "output mode %o, want 640", rg_output_mode());
}

/* ---- passwords ------------------------------------------------------------ */

static void test_redaction(void)
{
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"postgresql://user:SECRET@host/db", "postgresql://user:***@host/db"},
        {"postgres://u:SE%40CRET@h:5432/db?sslmode=require", "postgres://u:***@h:5432/db?sslmode=require"},
        {"POSTGRESQL://U:SECRET@H", "POSTGRESQL://U:***@H"},
        {"postgresql://:SECRET@h/db", "postgresql://:***@h/db"},
        {"postgresql://u:SE@CRET@h/db", "postgresql://u:***@h/db"},
        {"postgresql://u:SE CRET@h/db", "postgresql://u:***@h/db"},
        {"postgresql://h/db?user=u&password=SECRET&sslmode=x", "postgresql://h/db?user=u&password=***&sslmode=x"},
        {"postgresql://h/db?pass%77ord=SECRET", "postgresql://h/db?pass%77ord=***"},
        {"postgresql://h/db?sslpassword=SECRET#frag", "postgresql://h/db?sslpassword=***#frag"},
        {"host=h password=SECRET dbname=x", "host=h password=*** dbname=x"},
        {"host=h password = 'SE CRET' dbname=x", "host=h password = *** dbname=x"},
        {"host=h password='SE\\'CRET' dbname=x", "host=h password=*** dbname=x"},
        {"sslpassword=SECRET", "sslpassword=***"},
        {"PGPASSWORD=SECRET rollgate verify", "PGPASSWORD=*** rollgate verify"},
        {"unexpected spaces found in \"postgresql://u:SE CRET@h/db\", use percent-encoded spaces (%20) instead",
         "unexpected spaces found in \"postgresql://u:***@h/db\", use percent-encoded spaces (%20) instead"},
        {"postgresql://u@h/db", "postgresql://u@h/db"},
        {"postgresql://h:5432/db --out x@y", "postgresql://h:5432/db --out x@y"},
        {"mypassword_file=x passwords", "mypassword_file=x passwords"},
        {"rollgate plan old.sql new.sql --out out", "rollgate plan old.sql new.sql --out out"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *got = rg_redact_secrets(cases[i].in);
        CHECK(strcmp(got, cases[i].want) == 0, "redact %s: %s", cases[i].in, got);
        free(got);
    }
    char *echo = rg_redact_echo("invalid percent-encoded token: \"SE%zzCRET\"", "postgresql://u:SE%zzCRET@h/db");
    CHECK(!strstr(echo, "CRET"), "libpq's echo of a password token: %s", echo);
    free(echo);

    char *argv[] = {"/usr/local/bin/rollgate", "verify", "--pg-url=postgresql://u:SECRET@h/db", "--pg-url",
                    "host=h password='SE CRET' dbname=x", "--out", "my out"};
    rg_buf b = {0};
    rg_command_line(&b, 7, argv);
    CHECK(strcmp(rg_buf_cstr(&b), "rollgate verify '--pg-url=postgresql://u:***@h/db' --pg-url "
                                  "'host=h password=*** dbname=x' --out 'my out'") == 0,
          "command line: %s", rg_buf_cstr(&b));
    rg_buf_free(&b);
}

int main(void)
{
    umask(027);
    test_nesting_values();
    test_nesting_limit();
    test_nesting_bounds_depth();
    test_parse_refuses();
    test_run_with_stack();
    test_file_names();
    test_output_mode();
    test_redaction();
    rg_parse_shutdown();
    return TEST_SUMMARY();
}
