/*
 * util.h — the small toolkit every pipeline stage shares: arenas (one per
 * stage lifetime, freed in one place), a growable byte buffer, a string-keyed
 * hash map, arena-backed dynamic arrays, and diagnostics.
 *
 * Out-of-memory policy, stated once: every allocator here aborts with a
 * message on failure, so callers never check for NULL.
 */
#ifndef ROLLGATE_UTIL_H
#define ROLLGATE_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Error codes returned by fallible library functions (0 = success). */
enum {
    RG_OK = 0,
    RG_EINPUT = -1,  /* the user's input is bad: diagnostics say why (exit 2) */
    RG_EIO = -2,     /* a file could not be read or written (exit 2) */
    RG_EUSAGE = -3,  /* bad arguments (exit 2) */
    RG_EINTERNAL = -4 /* a bug (exit 3) */
};

void rg_oom(void); /* prints and aborts: the one OOM policy */

/* Runs fn(arg) on a new thread with a stack of `bytes` (signals are taken
 * there while the caller waits) and returns its result; calls fn directly
 * if no such thread can be made. */
int rg_run_with_stack(size_t bytes, int (*fn)(void *), void *arg);

/* Independent work beside the calling thread: rg_task_start runs fn(arg)
 * on a new thread with a stack of `bytes` and every signal blocked (they
 * stay with the thread that runs the pipeline), or, if no thread can be
 * made, right there before returning. rg_task_join waits for it, returns
 * fn's result and frees the task. fn must touch nothing the caller writes
 * meanwhile: results that must come out in a fixed order (diagnostics,
 * findings) are kept apart and appended after the join. */
typedef struct rg_task rg_task;
rg_task *rg_task_start(size_t bytes, int (*fn)(void *), void *arg);
int rg_task_join(rg_task *t);

void *rg_xmalloc(size_t n);
void *rg_xcalloc(size_t n, size_t size);
void *rg_xrealloc(void *p, size_t n);
char *rg_xstrdup(const char *s);

/* ---- arena ---------------------------------------------------------------
 * Bump allocator. With -DRG_ARENA_MALLOC every allocation is its own malloc,
 * so AddressSanitizer and valgrind see overruns. Not thread-safe: one arena
 * per thread. */
typedef struct rg_arena rg_arena;
rg_arena *rg_arena_new(void);
void rg_arena_free(rg_arena *a);
void *rg_arena_alloc(rg_arena *a, size_t n);   /* zeroed, 8-byte aligned */
char *rg_arena_strdup(rg_arena *a, const char *s);
char *rg_arena_strndup(rg_arena *a, const char *s, size_t n);
char *rg_arena_printf(rg_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
size_t rg_arena_bytes(const rg_arena *a); /* bytes handed out, for benchmarks */

/* ---- dynamic array in an arena -------------------------------------------
 * RG_VEC(T) declares {T *v; size_t n, cap;}. rg_vec_push returns a zeroed
 * slot; growth doubles, so total cost stays linear. The storage a vector
 * leaves when it moves is reused by the arena's next growing vector (and
 * freed at once in RG_ARENA_MALLOC builds): never keep a pointer into a
 * vector across a push to it. */
#define RG_VEC(T) struct { T *v; size_t n, cap; }
void *rg_vec_grow(rg_arena *a, void *vec, size_t elem);
/* Room for at least cap elements (the count known up front), so pushes up
 * to it never move the vector. Elements past n are not zeroed. */
void rg_vec_reserve(rg_arena *a, void *vec, size_t elem, size_t cap);
#define rg_vec_reserve_n(a, vecp, cap) rg_vec_reserve((a), (vecp), sizeof(*(vecp)->v), (cap))
#define rg_vec_push(a, vecp) \
    ((__typeof__((vecp)->v))rg_vec_grow((a), (vecp), sizeof(*(vecp)->v)))

/* ---- growable buffer (malloc-backed) ----------------------------------- */
typedef struct rg_buf {
    char *s;      /* always NUL-terminated when len > 0 or after any put */
    size_t len, cap;
} rg_buf;
void rg_buf_put(rg_buf *b, const void *p, size_t n);
void rg_buf_puts(rg_buf *b, const char *s);
void rg_buf_putc(rg_buf *b, char c);
void rg_buf_printf(rg_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void rg_buf_vprintf(rg_buf *b, const char *fmt, va_list ap);
const char *rg_buf_cstr(rg_buf *b); /* "" for an empty buffer */
void rg_buf_reset(rg_buf *b);
void rg_buf_free(rg_buf *b);
/* Appends at most `max` bytes of s[0..n) with anything but printable ASCII
 * (and the backslash) as \xNN: hostile names in messages stay inert. */
void rg_buf_put_printable(rg_buf *b, const char *s, size_t n, size_t max);

/* ---- quoting (quote.c) ---------------------------------------------------- */
/* A SQL string literal: 'it''s'. standard_conforming_strings is on (the
 * default since PostgreSQL 9.1), so only the quote itself is doubled. */
void rg_sql_literal(rg_buf *out, const char *s);
/* A JSON string with its quotes (RFC 8259: " \ and control bytes escaped).
 * RG_JSON_HTML_SAFE also escapes < & U+2028 U+2029, so the text can be
 * pasted into HTML, even a <script> block; RG_JSON_NULL writes a NULL
 * string as null (otherwise ""). Input is valid UTF-8 (the parse stage
 * refuses anything else). */
enum { RG_JSON_HTML_SAFE = 1, RG_JSON_NULL = 2 };
void rg_json_str(rg_buf *out, const char *s, unsigned flags);

/* ---- string-keyed hash map ----------------------------------------------
 * Open addressing, keys are not copied (callers keep them alive, usually in
 * an arena). Values are pointers; NULL means absent. */
typedef struct rg_map_entry {
    uint64_t hash;
    const char *key; /* NULL: empty slot */
    void *val;
} rg_map_entry;
typedef struct rg_map {
    rg_map_entry *e; /* cap slots; a probe reads one entry, not three arrays */
    size_t n, cap;
} rg_map;
uint64_t rg_hash(const void *p, size_t n);
void *rg_map_get(const rg_map *m, const char *key);
void rg_map_put(rg_map *m, const char *key, void *val); /* insert or replace */
void *rg_map_del(rg_map *m, const char *key);           /* returns old value */
/* The same, with the key's rg_hash(key, strlen(key)) already known (worked
 * out where the work is shared between threads). */
void *rg_map_get_hashed(const rg_map *m, const char *key, uint64_t h);
void rg_map_put_hashed(rg_map *m, const char *key, uint64_t h, void *val);
/* dst becomes a copy of src (same keys and values, its own storage). */
void rg_map_copy(rg_map *dst, const rg_map *src);
void rg_map_free(rg_map *m);

/* ---- sources and diagnostics --------------------------------------------
 * A source is one input file held in memory. Diagnostics store a byte
 * offset; line and column are computed only when printing. */
typedef struct rg_source {
    const char *path;  /* as the user named it */
    char *text;        /* NUL-terminated; psql meta-commands blanked out */
    size_t len;
    /* Filled by rg_source_index once the text is final, so that line and
     * column cost a binary search, not a rescan from byte 0 (a report asks
     * for one per verdict row). NULL: not indexed, rg_source_linecol scans. */
    const uint32_t *line_start; /* byte offset of each line's first byte */
    size_t nlines;
    const uint32_t *chars_at;   /* characters before byte k * RG_SOURCE_STRIDE */
} rg_source;
#define RG_SOURCE_STRIDE 256

typedef enum { RG_SEV_NOTE, RG_SEV_WARNING, RG_SEV_ERROR } rg_severity;

typedef struct rg_diag {
    rg_severity sev;
    const char *code;          /* stable, e.g. "syntax_error", "unmodelled" */
    const rg_source *src;      /* may be NULL */
    size_t offset;             /* byte offset in src->text */
    char *msg;
} rg_diag;

typedef struct rg_diags {
    rg_diag *v;
    size_t n, cap;
    size_t nerrors;
} rg_diags;

void rg_diag_add(rg_diags *d, rg_severity sev, const char *code,
                 const rg_source *src, size_t offset, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
void rg_diags_free(rg_diags *d);
/* Moves every diagnostic of src to the end of dst, in order; src is left
 * empty. */
void rg_diags_append(rg_diags *dst, rg_diags *src);
/* file:line:col from a byte offset (line and column 1-based, column counts
 * characters, as editors and PostgreSQL do). */
void rg_source_linecol(const rg_source *src, size_t offset, int *line, int *col);
/* Builds src's line index in a (one pass; about 4 bytes per line plus 1.6%
 * of the text). Call after the last edit that could move a newline or a
 * multi-byte character; texts are below 4 GiB (RG_MAX_INPUT_BYTES). */
void rg_source_index(rg_source *src, rg_arena *a);
/* Prints diagnostics at or above min severity as `file:line:col: sev: msg`. */
void rg_diags_print(const rg_diags *d, FILE *f, rg_severity min);

/* The one error channel of the library: an API failure (I/O, bad
 * arguments, a bad ledger) is an error diagnostic without a source, next
 * to the diagnostics about the user's SQL. Adds msg (malloc'd; taken
 * over, may be NULL) as such a diagnostic when rc is not RG_OK, with a
 * code from rc ("io_error", "bad_input", "usage", "internal_error");
 * returns rc. */
int rg_diags_fail(rg_diags *d, int rc, char *msg);

/* Test instrumentation for crash tests: with RG_TEST_PAUSE="POINT:SECONDS:FILE"
 * in the environment, a run reaching POINT creates FILE (the test waits for
 * it, then kills the process) and sleeps SECONDS. Points: "ledger" (inside
 * the ledger transaction, half of the rows written), "publish" (the
 * outputs built and the ledger row committed, just before they are swapped
 * into place). Nothing happens without the variable. */
void rg_test_pause(const char *point);

/* "note", "warning", "error"; rg_severity_parse returns -1 for anything
 * else (a ledger is input too). */
const char *rg_severity_name(rg_severity s);
int rg_severity_parse(const char *s, rg_severity *out);

/* ---- findings ------------------------------------------------------------
 * What a run concludes about the plan, as opposed to what is wrong with
 * the input (diagnostics): the planner's, the simulator's and the
 * server's findings, stored in the ledger and shown by every report. One
 * type from the stage that finds it to the renderer. */
typedef struct rg_finding {
    rg_severity sev;
    const char *code;          /* stable: "missing_backfill", "verify_disagreement" */
    const char *object;        /* "public.t.c"; "" when none */
    const char *msg;
    const char *file;          /* where it points; "" when nowhere */
    int line;                  /* 1-based; 0 when unknown */
    /* A self-check finding: the plan step it arose at (0 none) and the
     * SQLSTATE PostgreSQL would raise there (NULL none). Not stored in the
     * ledger. */
    int step;
    const char *sqlstate;
} rg_finding;

/* Appends a finding to the array *v (count *n, capacity *cap, storage and
 * strings in arena a; growth doubles). object may be NULL. */
rg_finding *rg_finding_add(rg_arena *a, rg_finding **v, size_t *n, size_t *cap, rg_severity sev,
                           const char *code, const char *object, const char *fmt, ...)
    __attribute__((format(printf, 8, 9)));
rg_finding *rg_finding_addv(rg_arena *a, rg_finding **v, size_t *n, size_t *cap, rg_severity sev,
                            const char *code, const char *object, const char *fmt, va_list ap);

/* ---- files ---------------------------------------------------------------
 * Every file rollgate writes gets one mode, 0666 less the umask (what
 * fopen gives): files first made by mkstemp (0600) or SQLite (0644) are
 * set to it. */
unsigned rg_output_mode(void);

/* Longest name accepted for a file read back from input (room is left for
 * ".down.sql" and a temporary suffix within NAME_MAX). */
#define RG_MAX_FILE_NAME 200

/* Why `name` may not become a file name inside an output folder, or NULL
 * if it may: a plain name of letters, digits, '_', '-' and '.', not
 * starting with '.', without "..", at most RG_MAX_FILE_NAME bytes. */
const char *rg_file_name_problem(const char *name);

/* ---- secrets --------------------------------------------------------------
 * Passwords in libpq URLs (postgresql://user:PASSWORD@host/db, and
 * ?password= or ?sslpassword= parameters) and in keyword/value conninfo
 * strings (password=..., quoted or not) become "***". Everything rollgate
 * records or prints that may hold a command line or a server address goes
 * through these. */
void rg_buf_put_redacted(rg_buf *b, const char *s);
char *rg_redact_secrets(const char *s); /* malloc'd */
/* `text` redacted, and also every password spelled in `source` (the URL or
 * conninfo the text is about) wherever it appears in it. malloc'd. */
char *rg_redact_echo(const char *text, const char *source);
/* argv as a shell-quoted command line, argv[0] as its base name, each
 * argument redacted. */
void rg_command_line(rg_buf *b, int argc, char *const *argv);

#endif
