/*
 * lockmodel.c — the planner's PostgreSQL lock model: reads and validates
 * models/pg/locks.csv and models/pg/type_changes.csv (embedded, or from a
 * --models DIR), and answers "what does this operation lock on version N"
 * and "does this type change rewrite". The data format and the type-rule
 * syntax are described in include/rollgate/lockmodel.h.
 *
 * Everything the model owns lives in one arena; lookups go through hash
 * maps (op → its version rows; "from head\x1fto head" → type rules), so a
 * plan's cost does not grow with the size of the model.
 */
#include "rollgate/lockmodel.h"
#include "rollgate/models.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define LOCKS_FILE "pg/locks.csv"
#define TYPES_FILE "pg/type_changes.csv"
#define LOCKS_HEADER "op,min_version,max_version,table_lock,other_lock,blocks_reads," \
                     "blocks_writes,rewrites_table,scans_table,in_transaction,notes"
#define TYPES_HEADER "from,to,min_version,max_version,rewrite,index_rebuild,notes"
#define LOCKS_NFIELDS 11
#define TYPES_NFIELDS 7
/* Server majors a model row may name: 10 is the first two-digit major. */
#define MIN_VERSION 10
#define MAX_VERSION 99
#define TC_MAXARGS 4   /* modifiers in one type: numeric(p,s) has two */
#define NPLACEHOLDERS 26

/* ---- lock modes ---------------------------------------------------------- */

static const char *const mode_names[] = {
    "none", "ACCESS SHARE", "ROW SHARE", "ROW EXCLUSIVE", "SHARE UPDATE EXCLUSIVE",
    "SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE",
};
#define NMODES (sizeof mode_names / sizeof *mode_names)

#define M(x) (1u << RG_LOCK_##x)
/* PostgreSQL's table-level lock conflict matrix (docs, "Table-level Lock
 * Modes"); symmetric, bit i set = conflicts with mode i. */
static const unsigned conflicts[NMODES] = {
    [RG_LOCK_NONE] = 0,
    [RG_LOCK_ACCESS_SHARE] = M(ACCESS_EXCLUSIVE),
    [RG_LOCK_ROW_SHARE] = M(EXCLUSIVE) | M(ACCESS_EXCLUSIVE),
    [RG_LOCK_ROW_EXCLUSIVE] = M(SHARE) | M(SHARE_ROW_EXCLUSIVE) | M(EXCLUSIVE) |
                              M(ACCESS_EXCLUSIVE),
    [RG_LOCK_SHARE_UPDATE_EXCLUSIVE] = M(SHARE_UPDATE_EXCLUSIVE) | M(SHARE) |
                                       M(SHARE_ROW_EXCLUSIVE) | M(EXCLUSIVE) |
                                       M(ACCESS_EXCLUSIVE),
    [RG_LOCK_SHARE] = M(ROW_EXCLUSIVE) | M(SHARE_UPDATE_EXCLUSIVE) |
                      M(SHARE_ROW_EXCLUSIVE) | M(EXCLUSIVE) | M(ACCESS_EXCLUSIVE),
    [RG_LOCK_SHARE_ROW_EXCLUSIVE] = M(ROW_EXCLUSIVE) | M(SHARE_UPDATE_EXCLUSIVE) |
                                    M(SHARE) | M(SHARE_ROW_EXCLUSIVE) | M(EXCLUSIVE) |
                                    M(ACCESS_EXCLUSIVE),
    [RG_LOCK_EXCLUSIVE] = M(ROW_SHARE) | M(ROW_EXCLUSIVE) | M(SHARE_UPDATE_EXCLUSIVE) |
                          M(SHARE) | M(SHARE_ROW_EXCLUSIVE) | M(EXCLUSIVE) |
                          M(ACCESS_EXCLUSIVE),
    [RG_LOCK_ACCESS_EXCLUSIVE] = M(ACCESS_SHARE) | M(ROW_SHARE) | M(ROW_EXCLUSIVE) |
                                 M(SHARE_UPDATE_EXCLUSIVE) | M(SHARE) |
                                 M(SHARE_ROW_EXCLUSIVE) | M(EXCLUSIVE) |
                                 M(ACCESS_EXCLUSIVE),
};
#undef M

const char *rg_lockmode_name(rg_lockmode mode)
{
    return (unsigned)mode < NMODES ? mode_names[mode] : "none";
}

bool rg_lockmode_parse(const char *name, rg_lockmode *out)
{
    for (size_t i = 0; name && i < NMODES; i++) {
        if (strcasecmp(name, mode_names[i]) == 0) {
            *out = (rg_lockmode)i;
            return true;
        }
    }
    return false;
}

bool rg_lockmode_conflicts(rg_lockmode a, rg_lockmode b)
{
    if ((unsigned)a >= NMODES || (unsigned)b >= NMODES) return false;
    return (conflicts[a] >> b) & 1u;
}

bool rg_lock_blocks_reads(const char *lockname)
{
    rg_lockmode m;
    return rg_lockmode_parse(lockname, &m) && rg_lockmode_conflicts(m, RG_LOCK_ACCESS_SHARE);
}

bool rg_lock_blocks_writes(const char *lockname)
{
    rg_lockmode m;
    return rg_lockmode_parse(lockname, &m) && rg_lockmode_conflicts(m, RG_LOCK_ROW_EXCLUSIVE);
}

/* ---- the model ----------------------------------------------------------- */

typedef struct oprules {          /* the version rows of one op */
    RG_VEC(rg_lockrule *) rows;
} oprules;

/* A type pattern: "numeric(p,s)" → head "numeric", args {"p","s"}.
 * nargs is -1 for a type written without parentheses. */
typedef struct tpat {
    const char *head;
    int nargs;
    const char *args[TC_MAXARGS];
} tpat;

enum { OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE };

typedef struct cterm {            /* one term of a rule's " when " condition */
    bool utc;                     /* "TimeZone = UTC" */
    int lph, rph;                 /* placeholder index, or -1 for a literal */
    long lval, rval;
    int op;
} cterm;

typedef struct tcrule {
    const char *from_raw, *to_raw;
    tpat from, to;
    RG_VEC(cterm) terms;
    int min_version, max_version;
    bool rewrite, index_rebuild;
    const char *notes, *file;
    int line;
} tcrule;

typedef struct tcrules {
    RG_VEC(tcrule *) rules;
} tcrules;

struct rg_lockmodel {
    rg_arena *arena;
    rg_map ops;     /* op → oprules */
    rg_map pairs;   /* "from head\x1fto head" → tcrules, in file order */
};

/* One file being loaded. */
typedef struct loader {
    rg_lockmodel *m;
    rg_diags *diags;
    const char *file;   /* as shown in messages */
    int *lines;         /* first line of every record, header included */
    size_t nlines;
    size_t row;         /* data rows seen so far */
    int line;           /* line of the current row, 0 if unknown */
    size_t nerrors;
} loader;

static void model_error(loader *ld, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void model_error(loader *ld, const char *fmt, ...)
{
    rg_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    rg_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    if (ld->line > 0)
        rg_diag_add(ld->diags, RG_SEV_ERROR, "bad_model", NULL, 0, "%s:%d: %s", ld->file,
                    ld->line, rg_buf_cstr(&b));
    else
        rg_diag_add(ld->diags, RG_SEV_ERROR, "bad_model", NULL, 0, "%s: row %zu: %s",
                    ld->file, ld->row + 1, rg_buf_cstr(&b));
    rg_buf_free(&b);
    ld->nerrors++;
}

/* ---- where each CSV record starts ----------------------------------------
 * rg_csv_parse hands over fields, not positions, so the lines for messages
 * come from this scan, which follows libcsv's rules: blank lines are no
 * records, a quote opens a quoted field only at the field's start, and a
 * quoted field ends at a quote followed (after blanks) by a delimiter or a
 * line end. */

static size_t quote_end(const char *s, size_t len, size_t i, bool *closes)
{
    /* s[i] is a quote inside a quoted field */
    if (i + 1 < len && s[i + 1] == '"') {
        *closes = false;
        return i + 1;               /* "" is an escaped quote */
    }
    size_t j = i + 1;
    while (j < len && (s[j] == ' ' || s[j] == '\t')) j++;
    *closes = j >= len || s[j] == ',' || s[j] == '\n' || s[j] == '\r';
    return i;
}

static void record_lines(loader *ld, const char *s, size_t len)
{
    size_t cap = 0;
    int line = 1;
    bool in_rec = false, in_quote = false, field_start = true;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '\n') line++;
        if (in_quote) {
            if (c == '"') {
                bool closes;
                i = quote_end(s, len, i, &closes);
                if (closes) in_quote = false;
            }
            continue;
        }
        if (!in_rec) {
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
            if (ld->nlines == cap) {
                cap = cap ? cap * 2 : 64;
                ld->lines = rg_xrealloc(ld->lines, cap * sizeof *ld->lines);
            }
            ld->lines[ld->nlines++] = line;
            in_rec = true;
            field_start = true;
        }
        if (c == '\r' || c == '\n') {
            in_rec = false;
        } else if (c == ',') {
            field_start = true;
        } else if (c == '"' && field_start) {
            in_quote = true;
            field_start = false;
        } else if (c != ' ' && c != '\t') {
            field_start = false;
        }
    }
}

/* ---- field parsers ------------------------------------------------------- */

static bool parse_bool(loader *ld, const char *col, const char *s, bool *out)
{
    if (strcmp(s, "true") == 0) *out = true;
    else if (strcmp(s, "false") == 0) *out = false;
    else {
        model_error(ld, "%s: '%s' is not a boolean (true or false)", col, s);
        return false;
    }
    return true;
}

static bool parse_version(loader *ld, const char *col, const char *s, int *out)
{
    size_t n = strlen(s);
    bool digits = n > 0 && n <= 3;
    for (size_t i = 0; digits && i < n; i++) digits = isdigit((unsigned char)s[i]);
    *out = digits ? atoi(s) : 0;
    if (!digits || *out < MIN_VERSION || *out > MAX_VERSION) {
        model_error(ld, "%s: '%s' is not a server major version (%d..%d)", col, s,
                    MIN_VERSION, MAX_VERSION);
        return false;
    }
    return true;
}

static bool parse_range(loader *ld, const char *lo, const char *hi, int *min, int *max)
{
    if (!parse_version(ld, "min_version", lo, min)) return false;
    if (!parse_version(ld, "max_version", hi, max)) return false;
    if (*min > *max) {
        model_error(ld, "version range %d..%d is empty", *min, *max);
        return false;
    }
    return true;
}

static bool parse_lock(loader *ld, const char *col, const char *s, rg_lockmode *out)
{
    if (rg_lockmode_parse(s, out)) return true;
    model_error(ld, "%s: unknown lock '%s' (PostgreSQL lock mode names, or none)", col, s);
    return false;
}

static bool valid_op(const char *s)
{
    if (!*s) return false;
    for (; *s; s++)
        if (!islower((unsigned char)*s) && !isdigit((unsigned char)*s) && *s != '_') return false;
    return true;
}

static bool ranges_overlap(int a_min, int a_max, int b_min, int b_max)
{
    return a_min <= b_max && b_min <= a_max;
}

/* ---- locks.csv rows ------------------------------------------------------ */

static bool add_lock_rule(loader *ld, rg_lockrule *r)
{
    rg_lockmodel *m = ld->m;
    oprules *o = rg_map_get(&m->ops, r->op);
    if (!o) {
        o = rg_arena_alloc(m->arena, sizeof *o);
        rg_map_put(&m->ops, r->op, o);
    }
    for (size_t i = 0; i < o->rows.n; i++) {
        const rg_lockrule *p = o->rows.v[i];
        if (ranges_overlap(r->min_version, r->max_version, p->min_version, p->max_version)) {
            model_error(ld, "%s: versions %d..%d overlap %d..%d of %s:%d", r->op,
                        r->min_version, r->max_version, p->min_version, p->max_version,
                        p->file, p->line);
            return false;
        }
    }
    *rg_vec_push(m->arena, &o->rows) = r;
    return true;
}

static bool fill_lock_rule(loader *ld, rg_lockrule *r, const char *const *f)
{
    rg_arena *a = ld->m->arena;
    if (!valid_op(f[0])) {
        model_error(ld, "op: '%s' is not an operation code ([a-z0-9_]+)", f[0]);
        return false;
    }
    r->op = rg_arena_strdup(a, f[0]);
    if (!parse_range(ld, f[1], f[2], &r->min_version, &r->max_version)) return false;
    if (!parse_lock(ld, "table_lock", f[3], &r->table_mode)) return false;
    if (!parse_lock(ld, "other_lock", f[4], &r->other_mode)) return false;
    r->table_lock = rg_lockmode_name(r->table_mode);
    r->other_lock = rg_lockmode_name(r->other_mode);
    return parse_bool(ld, "blocks_reads", f[5], &r->blocks_reads) &&
           parse_bool(ld, "blocks_writes", f[6], &r->blocks_writes) &&
           parse_bool(ld, "rewrites_table", f[7], &r->rewrites_table) &&
           parse_bool(ld, "scans_table", f[8], &r->scans_table) &&
           parse_bool(ld, "in_transaction", f[9], &r->in_transaction);
}

/* ---- type patterns --------------------------------------------------------- */

/* A type split into its head (the text around the modifier list) and its
 * modifiers; used for patterns and for the types asked about. */
typedef struct tsplit {
    rg_buf head;
    int nargs;                    /* -1: no parentheses */
    bool too_many;
    const char *arg[TC_MAXARGS];  /* into the split string */
    size_t arglen[TC_MAXARGS];
} tsplit;

static void trim_span(const char **s, size_t *n)
{
    while (*n && isspace((unsigned char)**s)) (*s)++, (*n)--;
    while (*n && isspace((unsigned char)(*s)[*n - 1])) (*n)--;
}

static void split_args(tsplit *t, const char *p, const char *end)
{
    t->nargs = 0;
    for (;;) {
        const char *comma = memchr(p, ',', (size_t)(end - p));
        const char *stop = comma ? comma : end;
        if (t->nargs == TC_MAXARGS) {
            t->too_many = true;
            return;
        }
        const char *s = p;
        size_t n = (size_t)(stop - p);
        trim_span(&s, &n);
        t->arg[t->nargs] = s;
        t->arglen[t->nargs++] = n;
        if (!comma) return;
        p = comma + 1;
    }
}

static void split_type(tsplit *t, const char *s)
{
    memset(t, 0, sizeof *t);
    t->nargs = -1;
    const char *open = strchr(s, '(');
    const char *close = open ? strchr(open, ')') : NULL;
    if (!close) {
        rg_buf_puts(&t->head, s);
        return;
    }
    rg_buf_put(&t->head, s, (size_t)(open - s));
    rg_buf_puts(&t->head, close + 1);
    split_args(t, open + 1, close);
}

static int placeholder(const char *s, size_t n)
{
    return n == 1 && *s >= 'a' && *s <= 'z' ? *s - 'a' : -1;
}

/* Parses one side of a rule; bound[] collects its placeholders. */
static bool parse_tpat(loader *ld, const char *col, const char *s, tpat *out, bool *bound)
{
    tsplit t;
    split_type(&t, s);
    bool ok = false;
    if (t.too_many) {
        model_error(ld, "%s: more than %d type modifiers in '%s'", col, TC_MAXARGS, s);
        goto done;
    }
    if (!*rg_buf_cstr(&t.head)) {
        model_error(ld, "%s: empty type", col);
        goto done;
    }
    out->head = rg_arena_strdup(ld->m->arena, rg_buf_cstr(&t.head));
    out->nargs = t.nargs;
    for (int i = 0; i < t.nargs; i++) {
        int ph = placeholder(t.arg[i], t.arglen[i]);
        if (t.arglen[i] == 0) {
            model_error(ld, "%s: empty type modifier in '%s'", col, s);
            goto done;
        }
        if (ph >= 0 && bound[ph]) {
            model_error(ld, "%s: placeholder %c is used twice", col, 'a' + ph);
            goto done;
        }
        if (ph >= 0) bound[ph] = true;
        out->args[i] = rg_arena_strndup(ld->m->arena, t.arg[i], t.arglen[i]);
    }
    ok = true;
done:
    rg_buf_free(&t.head);
    return ok;
}

/* ---- " when " conditions ----------------------------------------------- */

static bool parse_operand(const char *s, const bool *bound, int *ph, long *val)
{
    size_t n = strlen(s);
    *ph = placeholder(s, n);
    if (*ph >= 0) return bound[*ph];
    if (n == 0 || n > 9) return false;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return false;
    *val = atol(s);
    return true;
}

static int parse_cmp(const char *s)
{
    static const char *const ops[] = {"=", "<>", "<", "<=", ">", ">="};
    for (int i = 0; i < 6; i++)
        if (strcmp(s, ops[i]) == 0) return i;
    if (strcmp(s, "!=") == 0) return OP_NE;
    return -1;
}

/* One term: "X OP Y" or "TimeZone = UTC", as three space-separated words. */
static bool parse_term(loader *ld, tcrule *r, char *text, const bool *bound)
{
    char *w[4] = {0}, *save = NULL;
    int nw = 0;
    for (char *tok = strtok_r(text, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
        if (nw == 3) {
            nw = 4;
            break;
        }
        w[nw++] = tok;
    }
    cterm *t = rg_vec_push(ld->m->arena, &r->terms);
    if (nw == 3 && strcasecmp(w[0], "TimeZone") == 0 && strcmp(w[1], "=") == 0 &&
        strcasecmp(w[2], "UTC") == 0) {
        t->utc = true;
        return true;
    }
    if (nw == 3 && (t->op = parse_cmp(w[1])) >= 0 &&
        parse_operand(w[0], bound, &t->lph, &t->lval) &&
        parse_operand(w[2], bound, &t->rph, &t->rval))
        return true;
    for (int i = 0; i < nw && i < 3; i += 2) {
        int ph = placeholder(w[i], strlen(w[i]));
        if (ph >= 0 && !bound[ph]) {
            model_error(ld, "to: placeholder %c in the condition is bound by neither type",
                        'a' + ph);
            return false;
        }
    }
    model_error(ld, "to: bad condition term (want 'x >= y' over placeholders and "
                    "integers, or 'TimeZone = UTC')");
    return false;
}

static bool parse_cond(loader *ld, tcrule *r, const char *cond, const bool *bound)
{
    char *copy = rg_xstrdup(cond);
    bool ok = true;
    char *p = copy;
    while (ok) {
        char *and = strstr(p, " and ");
        if (and) *and = 0;
        ok = parse_term(ld, r, p, bound);
        if (!and) break;
        p = and + 5;
    }
    free(copy);
    return ok;
}

/* ---- type_changes.csv rows ----------------------------------------------- */

static bool parse_sides(loader *ld, tcrule *r, const char *from, const char *to)
{
    bool bound[NPLACEHOLDERS] = {false};
    const char *when = strstr(to, " when ");
    char *to_type = when ? rg_arena_strndup(ld->m->arena, to, (size_t)(when - to))
                         : rg_arena_strdup(ld->m->arena, to);
    if (!parse_tpat(ld, "from", from, &r->from, bound)) return false;
    if (!parse_tpat(ld, "to", to_type, &r->to, bound)) return false;
    return !when || parse_cond(ld, r, when + 6, bound);
}

static const char *pair_key(rg_buf *b, const char *from_head, const char *to_head)
{
    rg_buf_reset(b);
    rg_buf_printf(b, "%s\x1f%s", from_head, to_head);
    return rg_buf_cstr(b);
}

static bool add_type_rule(loader *ld, tcrule *r)
{
    rg_lockmodel *m = ld->m;
    rg_buf key = {0};
    pair_key(&key, r->from.head, r->to.head);
    tcrules *list = rg_map_get(&m->pairs, rg_buf_cstr(&key));
    if (!list) {
        list = rg_arena_alloc(m->arena, sizeof *list);
        rg_map_put(&m->pairs, rg_arena_strdup(m->arena, rg_buf_cstr(&key)), list);
    }
    rg_buf_free(&key);
    for (size_t i = 0; i < list->rules.n; i++) {
        const tcrule *p = list->rules.v[i];
        if (strcmp(p->from_raw, r->from_raw) == 0 && strcmp(p->to_raw, r->to_raw) == 0 &&
            ranges_overlap(r->min_version, r->max_version, p->min_version, p->max_version)) {
            model_error(ld, "%s -> %s: versions %d..%d overlap %d..%d of %s:%d", r->from_raw,
                        r->to_raw, r->min_version, r->max_version, p->min_version,
                        p->max_version, p->file, p->line);
            return false;
        }
    }
    *rg_vec_push(m->arena, &list->rules) = r;
    return true;
}

static bool fill_type_rule(loader *ld, tcrule *r, const char *const *f)
{
    r->from_raw = rg_arena_strdup(ld->m->arena, f[0]);
    r->to_raw = rg_arena_strdup(ld->m->arena, f[1]);
    if (!parse_sides(ld, r, f[0], f[1])) return false;
    if (!parse_range(ld, f[2], f[3], &r->min_version, &r->max_version)) return false;
    if (!parse_bool(ld, "rewrite", f[4], &r->rewrite)) return false;
    if (!parse_bool(ld, "index_rebuild", f[5], &r->index_rebuild)) return false;
    if (r->rewrite && !r->index_rebuild) {
        model_error(ld, "rewrite=true needs index_rebuild=true: a rewrite rebuilds every index");
        return false;
    }
    return true;
}

/* ---- rows and files ------------------------------------------------------ */

static void begin_row(loader *ld)
{
    /* record 0 is the header */
    ld->line = ld->row + 1 < ld->nlines ? ld->lines[ld->row + 1] : 0;
}

static void on_lock_row(void *ctx, const char *const *f, size_t n)
{
    loader *ld = ctx;
    begin_row(ld);
    if (n != LOCKS_NFIELDS) {
        model_error(ld, "%zu fields, want %d (%s)", n, LOCKS_NFIELDS, LOCKS_HEADER);
    } else {
        rg_lockrule *r = rg_arena_alloc(ld->m->arena, sizeof *r);
        r->file = ld->file;
        r->line = ld->line;
        r->notes = rg_arena_strdup(ld->m->arena, f[10]);
        if (fill_lock_rule(ld, r, f)) add_lock_rule(ld, r);
    }
    ld->row++;
}

static void on_type_row(void *ctx, const char *const *f, size_t n)
{
    loader *ld = ctx;
    begin_row(ld);
    if (n != TYPES_NFIELDS) {
        model_error(ld, "%zu fields, want %d (%s)", n, TYPES_NFIELDS, TYPES_HEADER);
    } else {
        tcrule *r = rg_arena_alloc(ld->m->arena, sizeof *r);
        r->file = ld->file;
        r->line = ld->line;
        r->notes = rg_arena_strdup(ld->m->arena, f[6]);
        if (fill_type_rule(ld, r, f)) add_type_rule(ld, r);
    }
    ld->row++;
}

/* The first line must be exactly the header (a UTF-8 BOM and a CR aside):
 * a renamed or reordered column would silently shift every value. */
static bool check_header(loader *ld, const char *data, size_t len, const char *header)
{
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) data += 3, len -= 3;
    const char *nl = memchr(data, '\n', len);
    size_t n = nl ? (size_t)(nl - data) : len;
    if (n && data[n - 1] == '\r') n--;
    if (n == strlen(header) && memcmp(data, header, n) == 0) return true;
    ld->line = 1;
    model_error(ld, "the header must be: %s", header);
    return false;
}

static int load_data(rg_lockmodel *m, rg_diags *diags, const char *file, const char *data,
                     size_t len, bool locks)
{
    loader ld = {m, diags, rg_arena_strdup(m->arena, file), NULL, 0, 0, 0, 0};
    const char *header = locks ? LOCKS_HEADER : TYPES_HEADER;
    int rc = RG_EINPUT;
    if (!check_header(&ld, data, len, header)) goto done;
    record_lines(&ld, data, len);
    if (rg_csv_parse(data, len, locks ? on_lock_row : on_type_row, &ld) != RG_OK) {
        ld.line = 0;
        model_error(&ld, "not a valid CSV file");
        goto done;
    }
    if (ld.nerrors == 0) rc = RG_OK;
done:
    free(ld.lines);
    return rc;
}

static int load_embedded(rg_lockmodel *m, rg_diags *diags, const char *relpath, bool locks)
{
    size_t len = 0;
    const char *data = rg_model_file(relpath, &len);
    if (!data) {
        rg_diag_add(diags, RG_SEV_ERROR, "bad_model", NULL, 0,
                    "models/%s is not embedded in this build", relpath);
        return RG_EINTERNAL;
    }
    char name[64];
    snprintf(name, sizeof name, "models/%s", relpath);
    return load_data(m, diags, name, data, len, locks);
}

/* Reads a whole file; *data is NULL (and RG_OK returned) when it is absent. */
static int read_file(const char *path, char **data, size_t *len, rg_diags *diags)
{
    *data = NULL;
    *len = 0;
    FILE *f = fopen(path, "rb");
    if (!f) {
        if (errno == ENOENT) return RG_OK;
        rg_diag_add(diags, RG_SEV_ERROR, "io_error", NULL, 0, "%s: %s", path, strerror(errno));
        return RG_EIO;
    }
    rg_buf b = {0};
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) rg_buf_put(&b, chunk, n);
    int rc = RG_OK;
    if (ferror(f)) {
        rg_diag_add(diags, RG_SEV_ERROR, "io_error", NULL, 0, "%s: read error", path);
        rg_buf_free(&b);
        rc = RG_EIO;
    } else {
        rg_buf_putc(&b, 0);     /* an empty file still yields a buffer */
        *data = b.s;
        *len = b.len - 1;
    }
    fclose(f);
    return rc;
}

static rg_lockmodel *model_new(void)
{
    rg_lockmodel *m = rg_xcalloc(1, sizeof *m);
    m->arena = rg_arena_new();
    return m;
}

static int finish(rg_lockmodel **out, rg_lockmodel *m, int rc)
{
    if (rc != RG_OK) {
        rg_lockmodel_free(m);
        m = NULL;
    }
    *out = m;
    return rc;
}

int rg_lockmodel_load(rg_lockmodel **out, rg_diags *diags)
{
    rg_lockmodel *m = model_new();
    int rc = load_embedded(m, diags, LOCKS_FILE, true);
    int rc2 = load_embedded(m, diags, TYPES_FILE, false);
    return finish(out, m, rc != RG_OK ? rc : rc2);
}

/* One model file from DIR, or the embedded copy when DIR lacks it. */
static int load_one(rg_lockmodel *m, rg_diags *diags, const char *dir, const char *relpath,
                    bool locks, bool *found)
{
    rg_buf path = {0};
    rg_buf_printf(&path, "%s/%s", dir, relpath);
    char *data;
    size_t len;
    int rc = read_file(rg_buf_cstr(&path), &data, &len, diags);
    if (rc == RG_OK && data) {
        *found = true;
        rc = load_data(m, diags, rg_buf_cstr(&path), data, len, locks);
    } else if (rc == RG_OK) {
        rc = load_embedded(m, diags, relpath, locks);
    }
    free(data);
    rg_buf_free(&path);
    return rc;
}

int rg_lockmodel_load_dir(rg_lockmodel **out, const char *dir, rg_diags *diags)
{
    if (!dir || !*dir) return finish(out, NULL, RG_EUSAGE);
    rg_lockmodel *m = model_new();
    bool found = false;
    int rc = load_one(m, diags, dir, LOCKS_FILE, true, &found);
    int rc2 = load_one(m, diags, dir, TYPES_FILE, false, &found);
    if (rc == RG_OK) rc = rc2;
    if (rc == RG_OK && !found) {
        rg_diag_add(diags, RG_SEV_ERROR, "io_error", NULL, 0,
                    "%s: neither %s nor %s found (--models names the folder holding pg/)",
                    dir, LOCKS_FILE, TYPES_FILE);
        rc = RG_EIO;
    }
    return finish(out, m, rc);
}

void rg_lockmodel_free(rg_lockmodel *m)
{
    if (!m) return;
    rg_map_free(&m->ops);
    rg_map_free(&m->pairs);
    rg_arena_free(m->arena);
    free(m);
}

/* ---- questions ----------------------------------------------------------- */

bool rg_lockmodel_has_op(const rg_lockmodel *m, const char *op)
{
    return m && op && rg_map_get(&m->ops, op) != NULL;
}

const rg_lockrule *rg_lockmodel_lookup(const rg_lockmodel *m, const char *op, int pg_version)
{
    const oprules *o = m && op ? rg_map_get(&m->ops, op) : NULL;
    for (size_t i = 0; o && i < o->rows.n; i++) {
        const rg_lockrule *r = o->rows.v[i];
        if (r->min_version <= pg_version && pg_version <= r->max_version) return r;
    }
    return NULL;
}

/* Binds the pattern's placeholders to the type's integer modifiers. */
static bool match_side(const tpat *p, const tsplit *t, long *val)
{
    if (p->nargs != t->nargs || t->too_many) return false;
    for (int i = 0; i < p->nargs; i++) {
        const char *a = t->arg[i];
        size_t n = t->arglen[i];
        int ph = placeholder(p->args[i], strlen(p->args[i]));
        if (ph < 0) {
            if (strlen(p->args[i]) != n || memcmp(p->args[i], a, n) != 0) return false;
            continue;
        }
        if (n == 0 || n > 9) return false;
        for (size_t k = 0; k < n; k++)
            if (!isdigit((unsigned char)a[k])) return false;
        val[ph] = strtol(a, NULL, 10);
    }
    return true;
}

static bool compare(long a, int op, long b)
{
    switch (op) {
    case OP_EQ: return a == b;
    case OP_NE: return a != b;
    case OP_LT: return a < b;
    case OP_LE: return a <= b;
    case OP_GT: return a > b;
    default: return a >= b;
    }
}

static bool rule_matches(const tcrule *r, const tsplit *from, const tsplit *to, bool *utc)
{
    long val[NPLACEHOLDERS] = {0};
    if (!match_side(&r->from, from, val) || !match_side(&r->to, to, val)) return false;
    *utc = false;
    for (size_t i = 0; i < r->terms.n; i++) {
        const cterm *t = &r->terms.v[i];
        if (t->utc) {
            *utc = true;
            continue;
        }
        long a = t->lph >= 0 ? val[t->lph] : t->lval;
        long b = t->rph >= 0 ? val[t->rph] : t->rval;
        if (!compare(a, t->op, b)) return false;
    }
    return true;
}

static void answer(rg_type_change *out, bool rewrite, bool index_rebuild, const char *notes)
{
    out->rewrite = rewrite;
    out->index_rebuild = rewrite || index_rebuild;
    out->op = rewrite ? "alter_type_rewrite"
              : out->index_rebuild ? "alter_type_index_rebuild"
                                   : "alter_type_binary_coercible";
    out->notes = notes;
}

static const tcrule *find_type_rule(const rg_lockmodel *m, const char *from_type,
                                    const char *to_type, int pg_version, bool *utc)
{
    tsplit from, to;
    split_type(&from, from_type);
    split_type(&to, to_type);
    rg_buf key = {0};
    const tcrules *list = rg_map_get(&m->pairs, pair_key(&key, rg_buf_cstr(&from.head),
                                                         rg_buf_cstr(&to.head)));
    const tcrule *found = NULL;
    for (size_t i = 0; list && !found && i < list->rules.n; i++) {
        const tcrule *r = list->rules.v[i];
        if (r->min_version <= pg_version && pg_version <= r->max_version &&
            rule_matches(r, &from, &to, utc))
            found = r;
    }
    rg_buf_free(&key);
    rg_buf_free(&from.head);
    rg_buf_free(&to.head);
    return found;
}

void rg_lockmodel_type_change(rg_type_change *out, const rg_lockmodel *m, const char *from_type,
                              const char *to_type, int pg_version)
{
    memset(out, 0, sizeof *out);
    if (from_type && to_type && strcmp(from_type, to_type) == 0) {
        answer(out, false, false, "same type: nothing changes");
        return;
    }
    bool utc = false;
    const tcrule *r = m && from_type && to_type
                          ? find_type_rule(m, from_type, to_type, pg_version, &utc)
                          : NULL;
    if (!r) {
        answer(out, true, true,
               "no binary-coercible rule for this change: PostgreSQL rewrites the table "
               "and rebuilds every index");
        return;
    }
    answer(out, r->rewrite, r->index_rebuild, r->notes);
    out->requires_utc = utc;
    out->file = r->file;
    out->line = r->line;
}
