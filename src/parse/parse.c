/*
 * parse.c — the libpg_query adapter: files → statements → parse trees.
 *
 * Why it is shaped this way: the old and new snapshots of a release share
 * almost all of their statements, and a full parse costs far more than
 * finding where statements end. So the files of two paths are read and
 * split on two threads (a lexer of our own; the grammar's split,
 * pg_query_split_with_parser, for a source whose pieces do not all parse),
 * every statement text is interned, and each *distinct* text is parsed
 * once, by two threads, into per-thread arenas owned by the parser. Trees
 * come from libpg_query's JSON output (json_tree.c), or from its protobuf
 * output for what the JSON leaves out.
 */
#include "parse/tree.h"
#include "parse/json_tree.h"

#include <pg_query.h>

#include <dirent.h>
#include <assert.h>
#include <stdbool.h>
#include <stdint.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Whether this thread has called into libpg_query: pg_query_exit() on a
 * thread that never did crashes inside libpg_query 15-4.0.0. */
static _Thread_local int pg_used;

void rg_pg_mark_used(void)
{
    pg_used = 1;
}

void rg_parse_shutdown(void)
{
    if (pg_used) pg_query_exit();
    pg_used = 0;
}

/* One distinct statement text and its tree. */
typedef struct unique_stmt {
    const char *text;
    size_t len;
    const pg_node *tree;
    PgQueryError *error; /* filled by the worker when the text does not parse */
    int err_pos;         /* 1-based character position, 0 if none */
    char *err_msg;
    unsigned nesting;    /* rg_parse_nesting, capped at RG_MAX_NESTING_GENERATED + 1; 0 for a text shorter than RG_MAX_NESTING */
} unique_stmt;

struct rg_parser {
    rg_arena *arena;          /* sources, statement texts, scripts */
    rg_arena *tree_arena[2];  /* unpacked trees, one per thread */
    rg_arena **extra;         /* sources read by the second thread */
    size_t nextra;
    rg_map seen;              /* statement text -> unique_stmt * */
    unique_stmt **uniq;
    size_t nuniq, capuniq;
    int nthreads;
};

rg_parser *rg_parser_new(void)
{
    rg_parser *p = rg_xcalloc(1, sizeof *p);
    p->arena = rg_arena_new();
    p->tree_arena[0] = rg_arena_new();
    p->tree_arena[1] = rg_arena_new();
    p->nthreads = 2;
    return p;
}

void rg_parser_free(rg_parser *p)
{
    if (!p) return;
    rg_map_free(&p->seen);
    free(p->uniq);
    rg_arena_free(p->arena);
    rg_arena_free(p->tree_arena[0]);
    rg_arena_free(p->tree_arena[1]);
    for (size_t i = 0; i < p->nextra; i++) rg_arena_free(p->extra[i]);
    free(p->extra);
    free(p);
}

void rg_parser_set_threads(rg_parser *p, int nthreads)
{
    p->nthreads = nthreads < 1 ? 1 : nthreads > 2 ? 2 : nthreads;
}

static rg_arena *parser_extra_arena(rg_parser *p)
{
    p->extra = rg_xrealloc(p->extra, (p->nextra + 1) * sizeof *p->extra);
    return p->extra[p->nextra++] = rg_arena_new();
}

rg_arena *rg_parser_arena(rg_parser *p)
{
    return p->arena;
}

/* ---- reading files ------------------------------------------------------ */

/* Byte offset of the first invalid UTF-8 sequence, or len if all valid. */
static size_t utf8_invalid_at(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        /* ASCII runs a word at a time: schema text is nearly all ASCII */
        if (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (!(w & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
        unsigned c = s[i];
        size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > len) return i;
        for (size_t k = 1; k < n; k++)
            if ((s[i + k] & 0xC0) != 0x80) return i;
        if (n == 2 && c < 0xC2) return i;
        i += n;
    }
    return len;
}

static rg_source *new_source(rg_arena *a, const char *path, char *text, size_t len)
{
    rg_source *src = rg_arena_alloc(a, sizeof *src);
    src->path = rg_arena_strdup(a, path);
    src->text = text;
    src->len = len;
    return src;
}

/* Checks what PostgreSQL's scanner would choke on before it sees it:
 * NUL bytes (binary garbage) and invalid UTF-8. */
static int check_text(const rg_source *src, rg_diags *d)
{
    const char *nul = memchr(src->text, 0, src->len);
    if (nul) {
        rg_diag_add(d, RG_SEV_ERROR, "binary_input", src, (size_t)(nul - src->text),
                    "NUL byte: this is not a SQL text file");
        return RG_EINPUT;
    }
    size_t bad = utf8_invalid_at((const unsigned char *)src->text, src->len);
    if (bad < src->len) {
        rg_diag_add(d, RG_SEV_ERROR, "bad_encoding", src, bad,
                    "invalid UTF-8 byte 0x%02x", (unsigned char)src->text[bad]);
        return RG_EINPUT;
    }
    return RG_OK;
}

static int too_large(const char *path, rg_diags *d)
{
    rg_diag_add(d, RG_SEV_ERROR, "too_large", NULL, 0,
                "%s:1:1: file larger than %zu MiB; rollgate reads schema files, not data", path,
                RG_MAX_INPUT_BYTES >> 20);
    return RG_EINPUT;
}

/* A regular file is read straight into the arena at its size; anything
 * else (a pipe, a file that grew while read) through a growing buffer. */
static int read_file(rg_arena *a, const char *path, rg_source **out, rg_diags *d)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        rg_diag_add(d, RG_SEV_ERROR, "io", NULL, 0, "%s: %s", path, strerror(errno));
        return RG_EIO;
    }
    int rc = RG_OK;
    char *text = NULL;
    size_t len = 0;
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && (uintmax_t)st.st_size <= RG_MAX_INPUT_BYTES) {
        size_t size = (size_t)st.st_size;
        char *buf = rg_arena_alloc(a, size + 1);
        len = size ? fread(buf, 1, size, f) : 0;
        if (!ferror(f) && fgetc(f) == EOF) text = buf; /* else: read again below */
        else rewind(f);
    }
    rg_buf b = {0};
    if (!text && !ferror(f)) {
        char chunk[65536];
        size_t n;
        while (rc == RG_OK && (n = fread(chunk, 1, sizeof chunk, f)) > 0) {
            rg_buf_put(&b, chunk, n);
            if (b.len > RG_MAX_INPUT_BYTES) rc = too_large(path, d);
        }
        if (rc == RG_OK && !ferror(f)) {
            text = rg_arena_alloc(a, b.len + 1);
            if (b.len) memcpy(text, b.s, b.len);
            len = b.len;
        }
    }
    if (rc == RG_OK && ferror(f)) {
        rg_diag_add(d, RG_SEV_ERROR, "io", NULL, 0, "%s: %s", path, strerror(errno));
        rc = RG_EIO;
    }
    fclose(f);
    rg_buf_free(&b);
    if (rc != RG_OK) return rc;
    text[len] = 0;
    *out = new_source(a, path, text, len);
    return check_text(*out, d);
}

/* ---- psql meta-commands and COPY data ----------------------------------
 * pg_dump output is a psql script: `\connect`, `\restrict KEY`,
 * `\unrestrict KEY` (pg_dump since 2025) and COPY ... FROM stdin data end
 * in `\.`. None of it is SQL. Blank it with spaces (newlines kept) so byte
 * offsets and line numbers stay those of the file. A small lexer keeps us
 * from touching backslashes inside literals and dollar-quoted bodies. */

static void blank(char *s, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (s[i] != '\n') s[i] = ' ';
}

static size_t line_end(const char *s, size_t len, size_t i)
{
    while (i < len && s[i] != '\n') i++;
    return i;
}

/* If s[i] opens a dollar quote ($tag$), returns the tag length incl. both $. */
static size_t dollar_tag(const char *s, size_t len, size_t i)
{
    size_t j = i + 1;
    if (j < len && (s[j] >= '0' && s[j] <= '9')) return 0; /* $1 parameter */
    while (j < len && (s[j] == '_' || (s[j] >= 'a' && s[j] <= 'z') ||
                       (s[j] >= 'A' && s[j] <= 'Z') || (s[j] >= '0' && s[j] <= '9') ||
                       (unsigned char)s[j] >= 0x80))
        j++;
    return (j < len && s[j] == '$') ? j - i + 1 : 0;
}

/* True if the statement that ends at `end` (exclusive) is COPY ... FROM stdin. */
static int is_copy_from_stdin(const char *s, size_t stmt_start, size_t end)
{
    size_t i = stmt_start;
    while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
    if (end - i < 4 || strncasecmp(s + i, "copy", 4) != 0) return 0;
    for (size_t k = i; k + 5 <= end; k++)
        if (strncasecmp(s + k, "stdin", 5) == 0) return 1;
    return 0;
}

/* Whether the text can hold anything blank_meta_commands blanks: a line
 * that starts with a backslash, or COPY data (after a COPY ... FROM stdin,
 * ended by `\.` or by the end of the text). Both are looked for a word at
 * a time, far faster than the lexer, and most schema files hold neither. */
static inline bool is_stdin_at(const char *s, size_t len, size_t k)
{
    /* c | 0x20 folds exactly these letters' upper case, and nothing else onto them */
    return k + 5 <= len && (s[k] | 0x20) == 's' && (s[k + 1] | 0x20) == 't' && (s[k + 2] | 0x20) == 'd' &&
           (s[k + 3] | 0x20) == 'i' && (s[k + 4] | 0x20) == 'n';
}

static bool may_hold_meta(const char *s, size_t len)
{
    for (const char *p = s, *end = s + len; (p = memchr(p, '\\', (size_t)(end - p))); p++)
        if (p == s || p[-1] == '\n') return true;
    /* "stdin" in any case: words with an s or S in them are looked at */
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t v = (w | 0x2020202020202020ULL) ^ 0x7373737373737373ULL; /* 0 where s/S */
        /* high bit set in each byte that is 0, and maybe in a byte after
         * one (a borrow): only those bytes are looked at */
        uint64_t m = (v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        for (; m; m &= m - 1)
            if (is_stdin_at(s, len, i + (size_t)__builtin_ctzll(m) / 8)) return true;
#else
        for (size_t k = i; m && k < i + 8; k++)
            if (is_stdin_at(s, len, k)) return true;
#endif
    }
    for (; i < len; i++)
        if (is_stdin_at(s, len, i)) return true;
    return false;
}

static void blank_meta_commands(char *s, size_t len)
{
    if (!may_hold_meta(s, len)) return;
    size_t i = 0, stmt_start = 0;
    int at_line_start = 1;
    while (i < len) {
        char c = s[i];
        if (at_line_start && c == '\\') {
            size_t e = line_end(s, len, i);
            blank(s, i, e);
            i = e;
            continue;
        }
        at_line_start = 0;
        if (c == '\n') {
            at_line_start = 1;
            i++;
        } else if (c == '-' && i + 1 < len && s[i + 1] == '-') {
            i = line_end(s, len, i);
        } else if (c == '/' && i + 1 < len && s[i + 1] == '*') {
            int depth = 1;
            i += 2;
            while (i < len && depth) {
                if (s[i] == '*' && i + 1 < len && s[i + 1] == '/') depth--, i += 2;
                else if (s[i] == '/' && i + 1 < len && s[i + 1] == '*') depth++, i += 2;
                else i++;
            }
        } else if (c == '\'' || c == '"') {
            i++;
            while (i < len && s[i] != c) i++;
            i++;
        } else if (c == '$' && dollar_tag(s, len, i)) {
            size_t t = dollar_tag(s, len, i);
            const char *close = NULL;
            for (size_t k = i + t; k + t <= len; k++)
                if (s[k] == '$' && memcmp(s + k, s + i, t) == 0) { close = s + k; break; }
            i = close ? (size_t)(close - s) + t : len;
        } else if (c == ';') {
            i++;
            if (is_copy_from_stdin(s, stmt_start, i - 1)) {
                /* Data rows follow on the next line until a line `\.`. */
                size_t k = line_end(s, len, i);
                size_t data = k < len ? k + 1 : len;
                size_t e = data;
                while (e < len) {
                    size_t le = line_end(s, len, e);
                    if (le - e >= 2 && s[e] == '\\' && s[e + 1] == '.') { e = le; break; }
                    e = le < len ? le + 1 : len;
                }
                blank(s, data, e);
                i = e;
            }
            stmt_start = i;
        } else {
            i++;
        }
    }
}

/* ---- migration folders -------------------------------------------------- */

typedef struct mig_file {
    char *name;
    char *path;
    int flyway;             /* V<version>__ file */
    int repeatable;         /* Flyway R__ file: applied after versioned ones */
    unsigned long ver[8];   /* Flyway version parts */
    int nver;
} mig_file;

static int parse_flyway(mig_file *m)
{
    const char *n = m->name;
    if (n[0] == 'R' && n[1] == '_' && n[2] == '_') {
        m->repeatable = 1;
        return 1;
    }
    if (n[0] != 'V' || !(n[1] >= '0' && n[1] <= '9')) return 0;
    const char *sep = strstr(n, "__");
    if (!sep) return 0;
    const char *q = n + 1;
    while (q < sep && m->nver < 8) {
        char *end;
        m->ver[m->nver++] = strtoul(q, &end, 10);
        q = end;
        if (*q == '.' || *q == '_') q++;
        else break;
    }
    m->flyway = 1;
    return 1;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int mig_cmp(const void *x, const void *y)
{
    const mig_file *a = x, *b = y;
    if (a->flyway && b->flyway) {
        for (int i = 0; i < 8; i++) {
            unsigned long va = i < a->nver ? a->ver[i] : 0, vb = i < b->nver ? b->ver[i] : 0;
            if (va != vb) return va < vb ? -1 : 1;
        }
    }
    if (a->repeatable != b->repeatable) return a->repeatable - b->repeatable;
    return strcmp(a->name, b->name);
}

/* Lists the migration files of a folder in the order they apply. Down
 * migrations (golang-migrate *.down.sql, Flyway U__) are skipped. */
static int list_migrations(const char *dir, mig_file **out, size_t *nout, rg_diags *d)
{
    DIR *dh = opendir(dir);
    if (!dh) {
        rg_diag_add(d, RG_SEV_ERROR, "io", NULL, 0, "%s: %s", dir, strerror(errno));
        return RG_EIO;
    }
    mig_file *v = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(dh))) {
        const char *nm = e->d_name;
        if (nm[0] == '.' || !ends_with(nm, ".sql") || ends_with(nm, ".down.sql")) continue;
        if (nm[0] == 'U' && strstr(nm, "__") && nm[1] >= '0' && nm[1] <= '9') continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            v = rg_xrealloc(v, cap * sizeof *v);
        }
        mig_file *m = &v[n++];
        memset(m, 0, sizeof *m);
        m->name = rg_xstrdup(nm);
        size_t pl = strlen(dir) + strlen(nm) + 2;
        m->path = rg_xmalloc(pl);
        snprintf(m->path, pl, "%s/%s", dir, nm);
        parse_flyway(m);
    }
    closedir(dh);
    if (n == 0) {
        free(v);
        rg_diag_add(d, RG_SEV_ERROR, "io", NULL, 0, "%s: folder holds no .sql migration files", dir);
        return RG_EINPUT;
    }
    qsort(v, n, sizeof *v, mig_cmp);
    *out = v;
    *nout = n;
    return RG_OK;
}

/* dbmate keeps up and down in one file: `-- migrate:up` ... `-- migrate:down`.
 * Only the up section is schema; blank the rest. */
static void keep_dbmate_up(char *s, size_t len)
{
    char *up = strstr(s, "-- migrate:up");
    if (!up) return;
    size_t u = (size_t)(up - s);
    blank(s, 0, u);
    char *down = strstr(up, "-- migrate:down");
    if (down) blank(s, (size_t)(down - s), len);
}

/* ---- splitting and deduplication ---------------------------------------- */

/* Skips whitespace and comments that the splitter leaves at a statement's
 * start, so identical statements hash identically whatever precedes them. */
static size_t skip_leading_noise(const char *s, size_t i, size_t end)
{
    for (;;) {
        while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f'))
            i++;
        if (i + 1 < end && s[i] == '-' && s[i + 1] == '-') {
            while (i < end && s[i] != '\n') i++;
        } else if (i + 1 < end && s[i] == '/' && s[i + 1] == '*') {
            int depth = 1;
            i += 2;
            while (i < end && depth) {
                if (i + 1 < end && s[i] == '*' && s[i + 1] == '/') depth--, i += 2;
                else if (i + 1 < end && s[i] == '/' && s[i + 1] == '*') depth++, i += 2;
                else i++;
            }
        } else {
            return i;
        }
    }
}

/* Character position (1-based) → byte offset in a UTF-8 text. */
static size_t char_to_byte(const char *s, size_t len, int cpos)
{
    size_t i = 0;
    int chars = 1;
    while (i < len && chars < cpos) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
        chars++;
    }
    return i;
}

/* h: rg_hash of the len bytes at s. */
static unique_stmt *intern_stmt(rg_parser *p, const char *s, size_t len, uint64_t h)
{
    /* Look the text up in place (NUL-terminated for the moment: the source
     * buffer is ours and nothing else reads it now); copy only new texts. */
    char *end = (char *)s + len, saved = *end;
    *end = 0;
    unique_stmt *u = rg_map_get_hashed(&p->seen, s, h);
    *end = saved;
    if (u) return u;
    char *tmp = rg_arena_strndup(p->arena, s, len);
    u = rg_arena_alloc(p->arena, sizeof *u);
    u->text = tmp;
    u->len = len;
    rg_map_put_hashed(&p->seen, tmp, h, u);
    if (p->nuniq == p->capuniq) {
        p->capuniq = p->capuniq ? p->capuniq * 2 : 256;
        p->uniq = rg_xrealloc(p->uniq, p->capuniq * sizeof *p->uniq);
    }
    p->uniq[p->nuniq++] = u;
    return u;
}

typedef struct pstmt {
    const rg_source *src;
    size_t off, len;
    uint64_t hash; /* rg_hash of the text, worked out by the thread that split it */
    unique_stmt *u;
} pstmt;

typedef struct pending {
    rg_script *script;
    RG_VEC(pstmt) items;
    unsigned nesting_limit; /* RG_MAX_NESTING, or _GENERATED for rollgate's own SQL */
} pending;

/*
 * PostgreSQL 18 added virtual generated columns (`GENERATED ALWAYS AS (...)
 * VIRTUAL`), which the PostgreSQL 15 grammar rejects. Rewriting the keyword
 * in place to `STORED ` (same length, so offsets hold) lets such schemas be
 * read; a warning says what was assumed. Returns 1 if it rewrote.
 */
static int rewrite_newer_syntax(rg_source *src, size_t off, rg_diags *d)
{
    static const char kw[] = "VIRTUAL";
    size_t n = sizeof kw - 1;
    if (off + n > src->len || strncasecmp(src->text + off, kw, n) != 0) return 0;
    size_t b = off;
    while (b > 0 && (src->text[b - 1] == ' ' || src->text[b - 1] == '\t' || src->text[b - 1] == '\n'))
        b--;
    if (b == 0 || src->text[b - 1] != ')') return 0;
    memcpy(src->text + off, "STORED ", n);
    rg_diag_add(d, RG_SEV_WARNING, "newer_syntax", src, off,
                "VIRTUAL generated column (PostgreSQL 18) read as STORED");
    return 1;
}

/* The piece [start, end) of a source, leading comments and blanks skipped;
 * NULL when nothing is left. Its text is interned later, on one thread
 * (intern_pending), unless the caller does it at once. */
static pstmt *push_piece(rg_arena *a, rg_source *src, pending *pend, size_t start, size_t end)
{
    start = skip_leading_noise(src->text, start, end);
    if (start >= end) return NULL;
    pstmt *ps = rg_vec_push(a, &pend->items);
    ps->src = src;
    ps->off = start;
    ps->len = end - start;
    ps->hash = rg_hash(src->text + start, end - start);
    return ps;
}

/* Statement boundaries by the real grammar: exact, and the one that reports
 * syntax errors, but costs a tenth of a full parse. Used when the fast
 * splitter's pieces do not all parse. */
static int split_source_exact(rg_parser *p, rg_source *src, pending *pend, rg_diags *d)
{
    rg_pg_mark_used();
    PgQuerySplitResult r = pg_query_split_with_parser(src->text);
    int rc = RG_OK;
    for (int tries = 0; r.error && tries < 10000; tries++) {
        size_t off = r.error->cursorpos > 0 ? char_to_byte(src->text, src->len, r.error->cursorpos) : 0;
        if (!rewrite_newer_syntax(src, off, d)) break;
        pg_query_free_split_result(r);
        r = pg_query_split_with_parser(src->text);
    }
    if (r.error) {
        size_t off = r.error->cursorpos > 0 ? char_to_byte(src->text, src->len, r.error->cursorpos) : 0;
        rg_diag_add(d, RG_SEV_ERROR, "syntax_error", src, off, "%s", r.error->message);
        rc = RG_EINPUT;
    } else {
        for (int i = 0; i < r.n_stmts; i++) {
            size_t start = (size_t)r.stmts[i]->stmt_location;
            size_t end = start + (size_t)r.stmts[i]->stmt_len;
            if (end > src->len) end = src->len;
            pstmt *ps = push_piece(p->arena, src, pend, start, end);
            if (ps) ps->u = intern_stmt(p, src->text + ps->off, ps->len, ps->hash);
        }
    }
    pg_query_free_split_result(r);
    return rc;
}

static void parse_all_unique(rg_parser *p, size_t first, unsigned nesting_limit);
static int finish_scripts(rg_parser *p, pending *pend, size_t npend, rg_diags *d);

/* ---- the fast splitter ---------------------------------------------------
 * Finds statement ends with a lexer that knows what can hide a semicolon in
 * PostgreSQL: quoted strings ('', E'' with backslash escapes, ""), dollar
 * quotes, comments (nested block comments), parentheses (CREATE RULE action lists)
 * and SQL-standard bodies (BEGIN ATOMIC ... END, with CASE ... END inside).
 * It never fails: if a piece does not parse, the whole source is split again
 * by the grammar (split_source_exact), which is exact and locates errors. */

/* Byte tables: the splitter asks about every byte of every word. T256(R)
 * lists R(0) .. R(255). */
#define T4(R, b) R(b), R(b + 1), R(b + 2), R(b + 3)
#define T16(R, b) T4(R, b), T4(R, b + 4), T4(R, b + 8), T4(R, b + 12)
#define T64(R, b) T16(R, b), T16(R, b + 16), T16(R, b + 32), T16(R, b + 48)
#define T256(R) T64(R, 0), T64(R, 64), T64(R, 128), T64(R, 192)

/* Bytes of an identifier or keyword: letters, digits, _ and $, and every
 * byte of a multi-byte UTF-8 character. */
#define IDENT_ROW(b)                                                                               \
    ((b) == '_' || (b) == '$' || ((b) >= 'a' && (b) <= 'z') || ((b) >= 'A' && (b) <= 'Z') ||       \
     ((b) >= '0' && (b) <= '9') || (b) >= 0x80)
static const bool IDENT[256] = {T256(IDENT_ROW)};

/* Bytes the splitter passes over whatever follows them: not the start of a
 * comment, string, quoted name, dollar quote or word, not a parenthesis or
 * a semicolon (white space, digits, most punctuation); never the NUL. */
#define PLAIN_ROW(b)                                                                               \
    (((b) != 0 && !IDENT_ROW(b) && (b) != '-' && (b) != '/' && (b) != '\'' && (b) != '"' &&          \
      (b) != '(' && (b) != ')' && (b) != ';') ||                                                   \
     ((b) >= '0' && (b) <= '9'))
static const bool PLAIN[256] = {T256(PLAIN_ROW)};
#undef PLAIN_ROW
#undef IDENT_ROW
#undef T256
#undef T64
#undef T16
#undef T4

static inline int ident_char(unsigned char c)
{
    return IDENT[c];
}

/* kw is a lower-case literal; its length is known at compile time. */
#define word_is(w, n, kw) ((n) == sizeof(kw) - 1 && strncasecmp((w), (kw), sizeof(kw) - 1) == 0)



static void intern_pending(rg_parser *p, pending *pend)
{
    for (size_t i = 0; i < pend->items.n; i++) {
        pstmt *ps = &pend->items.v[i];
        if (!ps->u) ps->u = intern_stmt(p, ps->src->text + ps->off, ps->len, ps->hash);
    }
}

static size_t skip_quoted(const char *s, size_t len, size_t i, char q, int backslash)
{
    i++;
    while (i < len) {
        if (backslash && s[i] == '\\' && i + 1 < len) {
            i += 2;
        } else if (s[i] == q) {
            if (i + 1 < len && s[i + 1] == q) i += 2;
            else return i + 1;
        } else {
            i++;
        }
    }
    return len;
}

static void split_source_fast(rg_arena *a, rg_source *src, pending *pend)
{
    /* Every caller has blanked what is not SQL: the text's lines are final
     * (the later VIRTUAL -> STORED rewrite keeps lengths and newlines). */
    rg_source_index(src, a);
    const char *s = src->text;
    size_t len = src->len, i = 0, start = 0;
    assert(s[len] == 0);
    int depth = 0, atomic = 0, atomic_depth = 0;
    const char *prev_word = NULL;
    size_t prev_len = 0;
    while (i < len) {
        while (PLAIN[(unsigned char)s[i]]) i++; /* stops at the NUL after the text at the latest */
        if (i >= len) break;
        unsigned char c = (unsigned char)s[i];
        if (c == '-' && i + 1 < len && s[i + 1] == '-') {
            i = line_end(s, len, i);
        } else if (c == '/' && i + 1 < len && s[i + 1] == '*') {
            i = skip_leading_noise(s, i, len);
        } else if (c == '\'') {
            int esc = i > 0 && (s[i - 1] == 'E' || s[i - 1] == 'e') && (i < 2 || !ident_char((unsigned char)s[i - 2]));
            i = skip_quoted(s, len, i, '\'', esc);
        } else if (c == '"') {
            i = skip_quoted(s, len, i, '"', 0);
        } else if (c == '$' && (i == 0 || !ident_char((unsigned char)s[i - 1])) && dollar_tag(s, len, i)) {
            size_t t = dollar_tag(s, len, i);
            const char *close = NULL;
            for (size_t k = i + t; k + t <= len; k++)
                if (s[k] == '$' && memcmp(s + k, s + i, t) == 0) { close = s + k; break; }
            i = close ? (size_t)(close - s) + t : len;
        } else if (c == '(') {
            depth++, i++;
        } else if (c == ')') {
            if (depth > 0) depth--;
            i++;
        } else if (c == ';') {
            i++;
            if (depth == 0 && !atomic) {
                push_piece(a, src, pend, start, i - 1);
                start = i;
                prev_word = NULL;
            }
        } else if (ident_char(c) && !(c >= '0' && c <= '9')) {
            size_t b = i;
            while (ident_char((unsigned char)s[i])) i++; /* the NUL after the text is not one */
            const char *w = s + b;
            size_t n = i - b;
            if (!atomic && n == 6 && (w[0] | 0x20) == 'a' && word_is(w, n, "atomic") && prev_word &&
                word_is(prev_word, prev_len, "begin")) {
                atomic = 1, atomic_depth = 0;
            } else if (atomic && word_is(w, n, "case")) {
                atomic_depth++;
            } else if (atomic && word_is(w, n, "end")) {
                if (atomic_depth == 0) atomic = 0;
                else atomic_depth--;
            }
            prev_word = w, prev_len = n;
        } else {
            i++;
        }
    }
    push_piece(a, src, pend, start, len);
}

/* A piece that did not parse, for a reason a better split could cure: a
 * statement nested too deeply stays so however the source is split (and
 * the grammar's split of it would only say "memory exhausted"). */
static int failed(const unique_stmt *u, unsigned nesting_limit)
{
    return u->tree == NULL && u->nesting <= nesting_limit;
}

/* Sources some of whose fast-split pieces did not parse are split again
 * by the grammar; their pieces are replaced in place, order kept. Returns
 * RG_EINPUT when the grammar reports a syntax error. */
static int repair_failed_sources(rg_parser *p, pending *pend, size_t npend, rg_diags *d)
{
    int rc = RG_OK;
    for (size_t k = 0; k < npend; k++) {
        pending *pe = &pend[k];
        int any = 0;
        for (size_t i = 0; i < pe->items.n && !any; i++) any = failed(pe->items.v[i].u, pe->nesting_limit);
        if (!any) continue;
        pending fixed = {.script = pe->script};
        const rg_source *last = NULL;
        for (size_t i = 0; i < pe->items.n; i++) {
            pstmt *ps = &pe->items.v[i];
            if (ps->src == last) continue;
            last = ps->src;
            int bad = 0;
            for (size_t j = i; j < pe->items.n && pe->items.v[j].src == last && !bad; j++)
                bad = failed(pe->items.v[j].u, pe->nesting_limit);
            if (!bad) {
                for (size_t j = i; j < pe->items.n && pe->items.v[j].src == last; j++)
                    *(pstmt *)rg_vec_push(p->arena, &fixed.items) = pe->items.v[j];
            } else if (split_source_exact(p, (rg_source *)last, &fixed, d) != RG_OK) {
                rc = RG_EINPUT;
            }
        }
        pe->items = fixed.items;
    }
    return rc;
}

/* Splits every source, parses each distinct statement once, and repairs
 * sources the fast splitter got wrong. */
static int parse_pending(rg_parser *p, pending *pend, size_t npend, size_t first, rg_diags *d)
{
    unsigned limit = npend ? pend[0].nesting_limit : RG_MAX_NESTING;
    parse_all_unique(p, first, limit);
    size_t before = p->nuniq;
    int rc = repair_failed_sources(p, pend, npend, d);
    if (p->nuniq > before) parse_all_unique(p, before, limit);
    if (rc == RG_OK) rc = finish_scripts(p, pend, npend, d);
    return rc;
}

/* ---- parsing distinct statements on two threads ------------------------- */

static void *arena_alloc_cb(void *data, size_t n)
{
    return rg_arena_alloc(data, n);
}

static void arena_free_cb(void *data, void *ptr)
{
    (void)data;
    (void)ptr; /* freed with the arena */
}

typedef struct work {
    rg_parser *p;
    atomic_size_t next;
    unsigned nesting_limit; /* texts nested deeper are measured, not parsed */
} work;

typedef struct worker_arg {
    work *w;
    rg_arena *arena;
} worker_arg;

/*
 * The tree of one text: libpg_query's JSON output read by json_tree.c (a
 * third of what the protobuf round trip costs), or, when that decoder does
 * not know something in it, the protobuf output unpacked as before. The
 * error, if the text does not parse, is the grammar's either way.
 */
static void take_error(const PgQueryError *e, rg_arena *arena, int *err_pos, char **err_msg)
{
    if (err_pos) *err_pos = e->cursorpos;
    if (err_msg) *err_msg = rg_arena_strdup(arena, e->message);
}

static pg_ParseResult *parse_tree_of(rg_arena *arena, const char *sql, int *err_pos, char **err_msg)
{
    rg_pg_mark_used();
    PgQueryParseResult j = pg_query_parse(sql);
    pg_ParseResult *pr = NULL;
    if (j.error) {
        take_error(j.error, arena, err_pos, err_msg);
        pg_query_free_parse_result(j);
        return NULL;
    }
    if (j.parse_tree) pr = rg_pg_json_decode(j.parse_tree, strlen(j.parse_tree), sql, strlen(sql), arena, NULL);
    pg_query_free_parse_result(j);
    if (pr) return pr;
    PgQueryProtobufParseResult r = pg_query_parse_protobuf(sql);
    if (r.error) {
        take_error(r.error, arena, err_pos, err_msg);
    } else {
        ProtobufCAllocator alloc = {arena_alloc_cb, arena_free_cb, arena};
        pr = pg_query__parse_result__unpack(&alloc, r.parse_tree.len, (const uint8_t *)r.parse_tree.data);
    }
    pg_query_free_protobuf_parse_result(r);
    return pr;
}

static void parse_unique(unique_stmt *u, rg_arena *arena, unsigned nesting_limit)
{
    size_t at;
    /* Every unit of the measure is at least a byte of the text, so a text
     * shorter than the smallest limit is within every limit unmeasured
     * (most statements: the scan was 3% of `diff`'s instructions). */
    u->nesting = u->len < RG_MAX_NESTING ? 0 : rg_parse_nesting(u->text, u->len, RG_MAX_NESTING_GENERATED, &at);
    if (u->nesting > nesting_limit) return; /* finish_scripts reports it */
    pg_ParseResult *pr = parse_tree_of(arena, u->text, &u->err_pos, &u->err_msg);
    if (pr && pr->n_stmts > 0) u->tree = pr->stmts[0]->stmt;
    else if (!u->err_msg) u->err_msg = rg_arena_strdup(arena, "statement could not be decoded");
}

static void *worker(void *arg)
{
    worker_arg *wa = arg;
    size_t i;
    while ((i = atomic_fetch_add(&wa->w->next, 1)) < wa->w->p->nuniq) {
        unique_stmt *u = wa->w->p->uniq[i];
        if (!u->tree && !u->err_msg) parse_unique(u, wa->arena, wa->w->nesting_limit);
    }
    /* No pg_query_exit() here: libpg_query registers a thread-specific
     * destructor that frees the thread's memory context at thread exit;
     * calling it as well is a double free (seen with ASan). */
    return NULL;
}

static void parse_all_unique(rg_parser *p, size_t first, unsigned nesting_limit)
{
    work w = {.p = p, .nesting_limit = nesting_limit};
    atomic_init(&w.next, first);
    worker_arg main_arg = {&w, p->tree_arena[0]};
    worker_arg bg_arg = {&w, p->tree_arena[1]};
    pthread_t th;
    /* A second thread pays off only when there is enough to share. Its
     * stack is sized for trees at the nesting limit, whatever the
     * process's default thread stack is. */
    pthread_attr_t attr;
    int spawn = 0;
    if (p->nthreads > 1 && p->nuniq - first > 64 && pthread_attr_init(&attr) == 0) {
        spawn = pthread_attr_setstacksize(&attr, RG_STACK_BYTES) == 0 &&
                pthread_create(&th, &attr, worker, &bg_arg) == 0;
        pthread_attr_destroy(&attr);
    }
    worker(&main_arg);
    if (spawn) {
        pthread_join(th, NULL);
    }
}

static int finish_scripts(rg_parser *p, pending *pend, size_t npend, rg_diags *d)
{
    int rc = RG_OK;
    for (size_t k = 0; k < npend; k++) {
        rg_script *s = pend[k].script;
        s->n = 0;
        s->stmts = rg_arena_alloc(p->arena, (pend[k].items.n + 1) * sizeof *s->stmts);
        for (size_t i = 0; i < pend[k].items.n; i++) {
            pstmt *ps = &pend[k].items.v[i];
            unsigned limit = pend[k].nesting_limit;
            if (ps->u->nesting > limit) {
                size_t at;
                rg_parse_nesting(ps->u->text, ps->u->len, limit, &at);
                rg_diag_add(d, RG_SEV_ERROR, "too_deep", ps->src, ps->off + at,
                            "expression nested too deeply (limit %u)", limit);
                rc = RG_EINPUT;
                continue;
            }
            if (!ps->u->tree && !ps->u->err_msg) {
                /* Measured too deep for an earlier caller's limit, within
                 * this one's (rollgate's own SQL repeating a user's text). */
                parse_unique(ps->u, p->tree_arena[0], limit);
            }
            if (!ps->u->tree) {
                size_t off = ps->off;
                if (ps->u->err_pos > 0)
                    off += char_to_byte(ps->u->text, ps->u->len, ps->u->err_pos);
                rg_diag_add(d, RG_SEV_ERROR, "syntax_error", ps->src, off, "%s",
                            ps->u->err_msg ? ps->u->err_msg : "syntax error");
                rc = RG_EINPUT;
                continue;
            }
            rg_stmt *st = &s->stmts[s->n++];
            st->src = ps->src;
            st->offset = ps->off;
            st->len = ps->len;
            st->text = ps->u->text;
            st->tree = ps->u->tree;
        }
    }
    return rc;
}

static int load_path(rg_arena *a, const char *path, pending *pend, rg_diags *d)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        rg_diag_add(d, RG_SEV_ERROR, "io", NULL, 0, "%s: %s", path, strerror(errno));
        return RG_EIO;
    }
    if (!S_ISDIR(st.st_mode)) {
        rg_source *src;
        int rc = read_file(a, path, &src, d);
        if (rc) return rc;
        blank_meta_commands(src->text, src->len);
        split_source_fast(a, src, pend);
        return RG_OK;
    }
    mig_file *files = NULL;
    size_t n = 0;
    int rc = list_migrations(path, &files, &n, d);
    for (size_t i = 0; rc == RG_OK && i < n; i++) {
        rg_source *src;
        rc = read_file(a, files[i].path, &src, d);
        if (rc) break;
        keep_dbmate_up(src->text, src->len);
        blank_meta_commands(src->text, src->len);
        split_source_fast(a, src, pend);
    }
    for (size_t i = 0; i < n; i++) {
        free(files[i].name);
        free(files[i].path);
    }
    free(files);
    return rc;
}

/* Reading, checking and splitting the files of one path is independent of
 * every other path, so a second thread takes every other path. */
typedef struct load_job {
    const char *path;
    pending *pend;
    rg_arena *arena;
    rg_diags d;
    int rc;
} load_job;

typedef struct load_share {
    load_job *jobs;
    size_t n;
} load_share;

static int load_odd_jobs(void *arg)
{
    load_share *sh = arg;
    for (size_t i = 1; i < sh->n; i += 2)
        sh->jobs[i].rc = load_path(sh->jobs[i].arena, sh->jobs[i].path, sh->jobs[i].pend, &sh->jobs[i].d);
    return 0;
}

int rg_parse_paths(rg_parser *p, rg_script *out, const char *const *paths,
                   size_t npaths, rg_diags *d)
{
    pending *pend = rg_xcalloc(npaths ? npaths : 1, sizeof *pend);
    load_job *jobs = rg_xcalloc(npaths ? npaths : 1, sizeof *jobs);
    size_t first = p->nuniq;
    for (size_t i = 0; i < npaths; i++) {
        pend[i].script = &out[i];
        pend[i].nesting_limit = RG_MAX_NESTING;
        jobs[i].path = paths[i];
        jobs[i].pend = &pend[i];
        /* Paths the second thread reads get an arena of their own, which
         * the parser keeps and frees with the others. */
        jobs[i].arena = i % 2 == 0 ? p->arena : parser_extra_arena(p);
    }
    load_share sh = {jobs, npaths};
    rg_task *t = p->nthreads > 1 && npaths > 1 ? rg_task_start((size_t)8 << 20, load_odd_jobs, &sh) : NULL;
    for (size_t i = 0; i < npaths; i++)
        if (!t || i % 2 == 0) jobs[i].rc = load_path(jobs[i].arena, paths[i], &pend[i], &jobs[i].d);
    if (t) rg_task_join(t);
    /* As if read one after another: each path's diagnostics in order, up
     * to the first path that failed. */
    int rc = RG_OK;
    for (size_t i = 0; i < npaths; i++) {
        if (rc == RG_OK) {
            rg_diags_append(d, &jobs[i].d);
            rc = jobs[i].rc;
            if (rc == RG_OK) intern_pending(p, &pend[i]);
        }
        rg_diags_free(&jobs[i].d);
    }
    if (rc == RG_OK) rc = parse_pending(p, pend, npaths, first, d);
    free(jobs);
    free(pend);
    return rc;
}

static int parse_text(rg_parser *p, rg_script *out, const char *name,
                      const char *text, size_t len, unsigned nesting_limit, rg_diags *d)
{
    if (len > RG_MAX_INPUT_BYTES) {
        rg_diag_add(d, RG_SEV_ERROR, "too_large", NULL, 0, "%s:1:1: input too large", name);
        return RG_EINPUT;
    }
    char *copy = rg_arena_strndup(p->arena, text, len);
    rg_source *src = new_source(p->arena, name, copy, len);
    int rc = check_text(src, d);
    if (rc) return rc;
    blank_meta_commands(src->text, src->len);
    pending pend = {.script = out, .nesting_limit = nesting_limit};
    size_t first = p->nuniq;
    split_source_fast(p->arena, src, &pend);
    intern_pending(p, &pend);
    return parse_pending(p, &pend, 1, first, d);
}

int rg_parse_text(rg_parser *p, rg_script *out, const char *name,
                  const char *text, size_t len, rg_diags *d)
{
    return parse_text(p, out, name, text, len, RG_MAX_NESTING, d);
}

int rg_parse_generated(rg_parser *p, rg_script *out, const char *name,
                       const char *text, size_t len, rg_diags *d)
{
    return parse_text(p, out, name, text, len, RG_MAX_NESTING_GENERATED, d);
}

/* ---- helpers for other stages ------------------------------------------- */

const pg_node *rg_pg_parse_one(rg_arena *a, const char *sql)
{
    size_t at;
    if (rg_parse_nesting(sql, strlen(sql), RG_MAX_NESTING_GENERATED, &at) > RG_MAX_NESTING_GENERATED)
        return NULL;
    pg_ParseResult *pr = parse_tree_of(a, sql, NULL, NULL);
    return pr && pr->n_stmts > 0 ? pr->stmts[0]->stmt : NULL;
}

const pg_node *const *rg_pg_parse_many(rg_arena *a, const char *sql, size_t *n)
{
    *n = 0;
    pg_ParseResult *pr = parse_tree_of(a, sql, NULL, NULL);
    const pg_node **v = NULL;
    if (pr) {
        v = rg_arena_alloc(a, (pr->n_stmts + 1) * sizeof *v);
        for (size_t i = 0; i < pr->n_stmts; i++)
            if (pr->stmts[i]->stmt) v[(*n)++] = pr->stmts[i]->stmt;
    }
    return v;
}

const pg_node *rg_pg_parse_expr(rg_arena *a, const char *expr_sql)
{
    rg_buf b = {0};
    rg_buf_printf(&b, "SELECT %s", expr_sql);
    const pg_node *n = rg_pg_parse_one(a, b.s);
    rg_buf_free(&b);
    if (!n || n->node_case != T_SelectStmt) return NULL;
    pg_SelectStmt *sel = n->select_stmt;
    if (sel->n_target_list != 1) return NULL;
    pg_node *t = sel->target_list[0];
    if (t->node_case != T_ResTarget) return NULL;
    return t->res_target->val;
}

static char *deparse_stmt_node(rg_arena *a, pg_node *stmt)
{
    pg_RawStmt raw = PG_INIT_RawStmt;
    raw.stmt = stmt;
    pg_RawStmt *stmts[1] = {&raw};
    pg_ParseResult pr = PG_INIT_ParseResult;
    pr.version = PG_VERSION_NUM;
    pr.n_stmts = 1;
    pr.stmts = stmts;
    size_t len = pg_query__parse_result__get_packed_size(&pr);
    uint8_t *buf = rg_xmalloc(len);
    pg_query__parse_result__pack(&pr, buf);
    PgQueryProtobuf pb = {len, (char *)buf};
    rg_pg_mark_used();
    PgQueryDeparseResult dr = pg_query_deparse_protobuf(pb);
    char *out = dr.error ? NULL : rg_arena_strdup(a, dr.query);
    pg_query_free_deparse_result(dr);
    free(buf);
    return out;
}

char *rg_pg_deparse_stmt(rg_arena *a, const pg_node *stmt)
{
    return deparse_stmt_node(a, (pg_node *)stmt);
}

char *rg_pg_deparse_expr(rg_arena *a, const pg_node *expr)
{
    /* The deparser works on statements: wrap the expression in
     * SELECT <expr> and cut the prefix off again. */
    pg_ResTarget rt = PG_INIT_ResTarget;
    rt.name = "";
    rt.val = (pg_node *)expr;
    pg_node rtn = PG_INIT_Node;
    rtn.node_case = T_ResTarget;
    rtn.res_target = &rt;
    pg_node *targets[1] = {&rtn};
    pg_SelectStmt sel = PG_INIT_SelectStmt;
    sel.n_target_list = 1;
    sel.target_list = targets;
    sel.limit_option = LIMIT_OPTION_DEFAULT;
    sel.op = SETOP_NONE;
    pg_node seln = PG_INIT_Node;
    seln.node_case = T_SelectStmt;
    seln.select_stmt = &sel;
    char *s = deparse_stmt_node(a, &seln);
    if (!s) return NULL;
    return strncmp(s, "SELECT ", 7) == 0 ? s + 7 : s;
}

/* A PartitionBoundSpec is printed by the deparser only inside a statement:
 * deparse a throwaway ALTER TABLE x ATTACH PARTITION y <bound> and keep
 * the tail. */
char *rg_pg_deparse_partition_bound(rg_arena *a, const pg_node *bound)
{
    if (!rg_pg_is(bound, T_PartitionBoundSpec)) return NULL;
    pg_RangeVar rv = PG_INIT_RangeVar;
    rv.relname = "y";
    rv.inh = true;
    rv.relpersistence = "p";
    pg_PartitionCmd pc = PG_INIT_PartitionCmd;
    pc.name = &rv;
    pc.bound = bound->partition_bound_spec;
    pg_node pcn = PG_INIT_Node;
    pcn.node_case = T_PartitionCmd;
    pcn.partition_cmd = &pc;
    pg_AlterTableCmd cmd = PG_INIT_AlterTableCmd;
    cmd.subtype = AT_AttachPartition;
    cmd.def = &pcn;
    cmd.behavior = DROP_RESTRICT;
    pg_node cmdn = PG_INIT_Node;
    cmdn.node_case = T_AlterTableCmd;
    cmdn.alter_table_cmd = &cmd;
    pg_node *cmds[1] = {&cmdn};
    pg_RangeVar tv = PG_INIT_RangeVar;
    tv.relname = "x";
    tv.inh = true;
    tv.relpersistence = "p";
    pg_AlterTableStmt at = PG_INIT_AlterTableStmt;
    at.relation = &tv;
    at.n_cmds = 1;
    at.cmds = cmds;
    at.objtype = OBJECT_TABLE;
    pg_node atn = PG_INIT_Node;
    atn.node_case = T_AlterTableStmt;
    atn.alter_table_stmt = &at;
    char *s = deparse_stmt_node(a, &atn);
    char *tail = s ? strstr(s, "ATTACH PARTITION y ") : NULL;
    return tail ? tail + strlen("ATTACH PARTITION y ") : NULL;
}
