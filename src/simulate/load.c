/*
 * load.c — query sets of application versions (--app NAME=PATH): a .sql
 * file, a folder of them, or a CSV export of pg_stat_statements. Queries
 * are parsed through the shared rg_parser (each distinct text once); a
 * file is parsed whole first (split by the real grammar, two threads),
 * and only when some statement in it does not parse is it cut into
 * statements here, so one bad query is one syntax_error verdict and its
 * neighbours still get checked.
 */
#include "sim_int.h"

#include <csv.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef RG_VEC(rg_query) queryvec;

static bool ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int read_all(rg_arena *a, const char *path, rg_source **out, rg_diags *d)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        rg_diag_add(d, RG_SEV_ERROR, "io", NULL, 0, "%s: %s", path, strerror(errno));
        return RG_EIO;
    }
    rg_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len <= RG_MAX_INPUT_BYTES) rg_buf_put(&b, chunk, n);
    int err = ferror(f);
    fclose(f);
    if (err || b.len > RG_MAX_INPUT_BYTES) {
        rg_diag_add(d, RG_SEV_ERROR, err ? "io" : "too_large", NULL, 0, "%s:1:1: %s", path,
                    err ? "read error" : "file too large");
        rg_buf_free(&b);
        return err ? RG_EIO : RG_EINPUT;
    }
    rg_source *src = rg_arena_alloc(a, sizeof *src);
    src->path = rg_arena_strdup(a, path);
    src->text = rg_arena_strndup(a, b.s ? b.s : "", b.len);
    src->len = b.len;
    rg_source_index(src, a);
    rg_buf_free(&b);
    *out = src;
    return RG_OK;
}

/* The sqlc name of the statement at `off`: the last `-- name: X` in the
 * text between the previous statement and this one. */
static const char *query_name(rg_arena *a, const rg_source *src, size_t from, size_t off)
{
    const char *found = NULL;
    for (size_t i = from; i + 8 < off; i++) {
        if (src->text[i] != '-' || strncmp(src->text + i, "-- name:", 8) != 0) continue;
        const char *p = src->text + i + 8;
        while (*p == ' ' || *p == '\t') p++;
        size_t n = 0;
        while (p[n] && p[n] != ' ' && p[n] != '\t' && p[n] != '\n' && p[n] != '\r') n++;
        if (n) found = rg_arena_strndup(a, p, n);
    }
    if (found) return found;
    int line, col;
    rg_source_linecol(src, off, &line, &col);
    return rg_arena_printf(a, "%s:%d", src->path, line);
}

static void add_query(rg_arena *a, queryvec *v, const rg_source *src, size_t prev_end, size_t off,
                      const char *text, const void *tree, const char *err)
{
    rg_query *q = rg_vec_push(a, v);
    q->name = query_name(a, src, prev_end, off);
    q->src = src;
    q->offset = off;
    q->text = text;
    q->tree = tree;
    q->syntax_error = err;
}

/* ---- cutting a file into statements (only when the grammar refuses) --- */

static size_t skip_quote(const char *s, size_t len, size_t i, char q)
{
    for (i++; i < len; i++)
        if (s[i] == q) {
            if (i + 1 < len && s[i + 1] == q) i++;
            else return i + 1;
        }
    return len;
}

static size_t skip_dollar(const char *s, size_t len, size_t i)
{
    size_t j = i + 1;
    while (j < len && (s[j] == '_' || (s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') ||
                       (s[j] >= '0' && s[j] <= '9' && j > i + 1)))
        j++;
    if (j >= len || s[j] != '$' || (j == i + 1 && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9'))
        return i + 1;
    size_t t = j - i + 1;
    for (size_t k = j + 1; k + t <= len; k++)
        if (s[k] == '$' && memcmp(s + k, s + i, t) == 0) return k + t;
    return len;
}

/* Statement ends, in text the grammar refused: `;` outside quotes and
 * comments (parentheses are not trusted: an unbalanced one must not
 * swallow the queries after it), and an sqlc `-- name:` marker, which
 * always starts a new query. *next is where the next piece starts. */
static size_t next_end(const char *s, size_t len, size_t i, size_t *next)
{
    size_t start = i;
    bool content = false;
    while (i < len) {
        char c = s[i];
        if (c == '-' && i + 1 < len && s[i + 1] == '-') {
            if (content && !strncmp(s + i, "-- name:", 8) && (i == start || s[i - 1] == '\n')) {
                *next = i;
                return i;
            }
            while (i < len && s[i] != '\n') i++;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            i++;
            continue;
        }
        content = true;
        if (c == '/' && i + 1 < len && s[i + 1] == '*') {
            const char *e = strstr(s + i + 2, "*/");
            i = e ? (size_t)(e - s) + 2 : len;
        } else if (c == '\'' || c == '"') {
            i = skip_quote(s, len, i, c);
        } else if (c == '$') {
            i = skip_dollar(s, len, i);
        } else if (c == ';') {
            *next = i + 1;
            return i;
        } else {
            i++;
        }
    }
    *next = len;
    return len;
}

static bool blank_piece(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') i++;
        else if (s[i] == '-' && i + 1 < n && s[i + 1] == '-') while (i < n && s[i] != '\n') i++;
        else return false;
    }
    return true;
}

/* Where the sqlc section that holds `from` ends: the next line that
 * starts with `-- name:` (sections are cut there even if a quote is left
 * open, as sqlc itself does), else the end of the text. */
static size_t section_end(const rg_source *src, size_t from)
{
    for (const char *p = src->text + from; (p = strstr(p, "\n-- name:")); p++)
        if ((size_t)(p - src->text) + 1 > from) return (size_t)(p - src->text) + 1;
    return src->len;
}

/* A diagnostic that no query-by-query reading can turn into a verdict
 * (nesting over the limit): the whole input is refused. */
static const rg_diag *fatal_diag(const rg_diags *d)
{
    for (size_t i = 0; i < d->n; i++)
        if (d->v[i].sev == RG_SEV_ERROR && strcmp(d->v[i].code, "syntax_error") != 0) return &d->v[i];
    return NULL;
}

static int load_pieces(rg_arena *a, rg_parser *p, const rg_source *src, queryvec *v, rg_diags *out)
{
    size_t start = 0, prev_end = 0, limit = 0;
    while (start < src->len) {
        if (start >= limit) limit = section_end(src, start);
        size_t next;
        size_t end = next_end(src->text, limit, start, &next);
        if (!blank_piece(src->text + start, end - start)) {
            rg_script s = {0};
            rg_diags d = {0};
            int rc = rg_parse_text(p, &s, src->path, src->text + start, end - start, &d);
            const rg_diag *fatal = rc == RG_OK ? NULL : fatal_diag(&d);
            if (fatal) {
                rg_diag_add(out, RG_SEV_ERROR, fatal->code, src, start + fatal->offset, "%s", fatal->msg);
                rg_diags_free(&d);
                return RG_EINPUT;
            }
            if (rc == RG_OK && s.n >= 1) {
                add_query(a, v, src, prev_end, start + s.stmts[0].offset, s.stmts[0].text, s.stmts[0].tree, NULL);
            } else {
                size_t off = start, at = start;
                const char *msg = "syntax error";
                for (size_t i = 0; i < d.n; i++)
                    if (d.v[i].sev == RG_SEV_ERROR) {
                        off = start + d.v[i].offset;
                        msg = d.v[i].msg;
                        break;
                    }
                while (at < end && (src->text[at] == ' ' || src->text[at] == '\n' || src->text[at] == '\t' ||
                                    src->text[at] == '\r'))
                    at++;
                while (at + 1 < end && src->text[at] == '-' && src->text[at + 1] == '-') {
                    while (at < end && src->text[at] != '\n') at++;
                    while (at < end && (src->text[at] == ' ' || src->text[at] == '\n' || src->text[at] == '\t' ||
                                        src->text[at] == '\r'))
                        at++;
                }
                int line, col;
                rg_source_linecol(src, off, &line, &col);
                const char *err = rg_arena_printf(a, "%s:%d:%d: %s", src->path, line, col, msg);
                add_query(a, v, src, prev_end, at, rg_arena_strndup(a, src->text + at, end - at), NULL, err);
            }
            rg_diags_free(&d);
            prev_end = end;
        }
        start = next;
    }
    return RG_OK;
}

static int load_sql(rg_arena *a, rg_parser *p, const char *path, queryvec *v, rg_diags *d)
{
    rg_source *src;
    int rc = read_all(a, path, &src, d);
    if (rc) return rc;
    rg_script s = {0};
    rg_diags pd = {0};
    rc = rg_parse_text(p, &s, path, src->text, src->len, &pd);
    if (rc == RG_OK) {
        size_t prev_end = 0;
        for (size_t i = 0; i < s.n; i++) {
            add_query(a, v, src, prev_end, s.stmts[i].offset, s.stmts[i].text, s.stmts[i].tree, NULL);
            prev_end = s.stmts[i].offset + s.stmts[i].len;
        }
    } else {
        /* Binary or badly encoded input, or input nested too deeply, is a
         * load failure, not a verdict. */
        const rg_diag *fatal = fatal_diag(&pd);
        if (fatal) {
            rg_diag_add(d, RG_SEV_ERROR, fatal->code, src, fatal->offset, "%s", fatal->msg);
            rg_diags_free(&pd);
            return RG_EINPUT;
        }
        rc = load_pieces(a, p, src, v, d);
    }
    rg_diags_free(&pd);
    return rc;
}

/* ---- pg_stat_statements CSV --------------------------------------------- */

typedef struct csv_state {
    rg_arena *a;
    rg_parser *p;
    const rg_source *src;
    queryvec *v;
    rg_diags *d;
    int rc;
    size_t row, field, nheader;
    size_t row_start;   /* byte offset of the current record's first line */
    size_t chunk_end;   /* end of the line being fed to libcsv */
    long query_col, calls_col;
    const char *query;
    long calls;
} csv_state;

/* Byte offset in the file of byte `off` of field `col` of the record at
 * `at` (libcsv reports values, not positions): fields are skipped with the
 * CSV quoting rules, a doubled quote in the field is one byte of its value. */
static size_t field_offset(const char *s, size_t len, size_t at, long col, size_t off)
{
    size_t i = at;
    for (long f = 0; f < col; f++) {
        if (i < len && s[i] == '"') {
            for (i++; i < len; i++)
                if (s[i] == '"' && !(i + 1 < len && s[i + 1] == '"' && ++i)) break;
        }
        while (i < len && s[i] != ',' && s[i] != '\n' && s[i] != '\r') i++;
        if (i >= len || s[i] != ',') return at;
        i++;
    }
    if (i < len && s[i] == '"') {
        i++;
        for (size_t k = 0; i < len && k < off; k++) i += s[i] == '"' && i + 1 < len && s[i + 1] == '"' ? 2 : 1;
        return i;
    }
    return i + off;
}

static void csv_field(void *s, size_t len, void *data)
{
    csv_state *cs = data;
    const char *f = s ? s : "";
    if (cs->row == 0) {
        if (len == 5 && !strncmp(f, "query", 5)) cs->query_col = (long)cs->field;
        if (len == 5 && !strncmp(f, "calls", 5)) cs->calls_col = (long)cs->field;
    } else if ((long)cs->field == cs->query_col) {
        cs->query = rg_arena_strndup(cs->a, f, len);
    } else if ((long)cs->field == cs->calls_col) {
        cs->calls = strtol(rg_arena_strndup(cs->a, f, len), NULL, 10);
    }
    cs->field++;
}

static void csv_row(int c, void *data)
{
    (void)c;
    csv_state *cs = data;
    if (cs->row == 0) {
        cs->nheader = cs->field;
    } else if (cs->field != cs->nheader && cs->rc == RG_OK) {
        rg_diag_add(cs->d, RG_SEV_ERROR, "bad_csv", cs->src, cs->row_start,
                    "malformed CSV: this record has %zu fields, the header %zu", cs->field, cs->nheader);
        cs->rc = RG_EINPUT;
    }
    if (cs->row > 0 && cs->query && *cs->query && cs->rc == RG_OK) {
        const char *name = rg_arena_printf(cs->a, "%s:%zu", cs->src->path, cs->row + 1);
        rg_script s = {0};
        rg_diags d = {0};
        int rc = rg_parse_text(cs->p, &s, name, cs->query, strlen(cs->query), &d);
        const rg_diag *fatal = rc == RG_OK ? NULL : fatal_diag(&d);
        if (fatal) {
            size_t at = field_offset(cs->src->text, cs->src->len, cs->row_start, cs->query_col, fatal->offset);
            rg_diag_add(cs->d, RG_SEV_ERROR, fatal->code, cs->src, at, "%s", fatal->msg);
            cs->rc = RG_EINPUT;
            rg_diags_free(&d);
            goto next;
        }
        rg_query *q = rg_vec_push(cs->a, cs->v);
        q->name = name;
        q->src = cs->src;
        q->text = cs->query;
        q->calls = cs->calls;
        if (rc == RG_OK && s.n >= 1) {
            q->tree = s.stmts[0].tree;
            q->text = s.stmts[0].text;
        } else {
            const char *msg = d.n ? d.v[0].msg : "empty query";
            int line = 1, col = 1;
            if (d.n && d.v[0].src) rg_source_linecol(d.v[0].src, d.v[0].offset, &line, &col);
            q->syntax_error = rg_arena_printf(cs->a, "%s:%d:%d: %s", name, line, col, msg);
        }
        rg_diags_free(&d);
    }
next:
    cs->row_start = cs->chunk_end;
    cs->row++;
    cs->field = 0;
    cs->query = NULL;
    cs->calls = 0;
}

/*
 * Strict: a quote inside an unquoted field, text after a closing quote, a
 * quoted field that never ends, or a record with another number of fields
 * than the header is malformed, and the whole file is refused with the
 * line it happens on (exit 2): a half-read export would silently check
 * fewer queries than the application runs.
 */
static int load_csv(rg_arena *a, rg_parser *p, const char *path, queryvec *v, rg_diags *d)
{
    rg_source *src;
    int rc = read_all(a, path, &src, d);
    if (rc) return rc;
    struct csv_parser cp;
    if (csv_init(&cp, CSV_APPEND_NULL | CSV_STRICT | CSV_STRICT_FINI) != 0) return RG_EINTERNAL;
    csv_state cs = {.a = a, .p = p, .src = src, .v = v, .d = d, .query_col = -1, .calls_col = -1};
    /* Fed a line at a time, so errors and records have their line. */
    for (size_t at = 0; at < src->len && cs.rc == RG_OK;) {
        const char *nl = memchr(src->text + at, '\n', src->len - at);
        size_t end = nl ? (size_t)(nl - src->text) + 1 : src->len;
        if (cs.row_start == at && strspn(src->text + at, "\r\n") >= end - at) cs.row_start = end; /* blank */
        cs.chunk_end = end;
        size_t n = csv_parse(&cp, src->text + at, end - at, csv_field, csv_row, &cs);
        if (n != end - at && cs.rc == RG_OK) {
            int e = csv_error(&cp);
            rg_diag_add(d, RG_SEV_ERROR, "bad_csv", src, at + n, "malformed CSV: %s",
                        e == CSV_EPARSE ? "a quote inside an unquoted field, or text after a closing quote"
                                        : csv_strerror(e));
            cs.rc = RG_EINPUT;
        }
        at = end;
    }
    if (cs.rc == RG_OK && csv_fini(&cp, csv_field, csv_row, &cs) != 0 && cs.rc == RG_OK) {
        rg_diag_add(d, RG_SEV_ERROR, "bad_csv", src, cs.row_start,
                    "malformed CSV: a quoted field of the record starting here never ends");
        cs.rc = RG_EINPUT;
    }
    rc = cs.rc;
    csv_free(&cp);
    if (rc == RG_OK && cs.query_col < 0) {
        rg_diag_add(d, RG_SEV_ERROR, "bad_csv", src, 0, "no column named \"query\" in the header row");
        rc = RG_EINPUT;
    }
    return rc;
}

/* ---- entry point -------------------------------------------------------- */

static int cmp_str(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

static int load_dir(rg_arena *a, rg_parser *p, const char *path, queryvec *v, rg_diags *d)
{
    DIR *dh = opendir(path);
    if (!dh) {
        rg_diag_add(d, RG_SEV_ERROR, "io", NULL, 0, "%s: %s", path, strerror(errno));
        return RG_EIO;
    }
    RG_VEC(char *) names = {0};
    struct dirent *e;
    while ((e = readdir(dh)))
        if (e->d_name[0] != '.' && (ends_with(e->d_name, ".sql") || ends_with(e->d_name, ".csv")))
            *rg_vec_push(a, &names) = rg_arena_printf(a, "%s/%s", path, e->d_name);
    closedir(dh);
    if (names.n) qsort(names.v, names.n, sizeof *names.v, cmp_str);
    int rc = RG_OK;
    for (size_t i = 0; i < names.n && rc == RG_OK; i++)
        rc = ends_with(names.v[i], ".csv") ? load_csv(a, p, names.v[i], v, d) : load_sql(a, p, names.v[i], v, d);
    return rc;
}

int rg_app_load(rg_app *out, rg_arena *a, rg_parser *p, const char *name, const char *path, rg_diags *d)
{
    struct stat st;
    memset(out, 0, sizeof *out);
    out->name = rg_arena_strdup(a, name);
    out->path = rg_arena_strdup(a, path);
    if (stat(path, &st) != 0) {
        rg_diag_add(d, RG_SEV_ERROR, "io", NULL, 0, "%s: %s", path, strerror(errno));
        return RG_EIO;
    }
    queryvec v = {0};
    int rc;
    if (S_ISDIR(st.st_mode)) rc = load_dir(a, p, path, &v, d);
    else if (ends_with(path, ".csv")) rc = load_csv(a, p, path, &v, d);
    else rc = load_sql(a, p, path, &v, d);
    out->queries = v.v;
    out->nqueries = v.n;
    return rc;
}
