/*
 * parse.h — stage 1 of the pipeline: SQL files → statements with parse
 * trees, through libpg_query (PostgreSQL 15's own grammar).
 *
 * One rg_parser serves a whole run: it reads every input, splits it into
 * statements with the real grammar, parses each *distinct* statement text
 * once (old and new snapshots share most of their text) on both cores, and
 * owns all trees until rg_parser_free. Trees are opaque here; the internal
 * header src/parse/pgnode.h gives the other stages typed access.
 */
#ifndef ROLLGATE_PARSE_H
#define ROLLGATE_PARSE_H

#include "rollgate/util.h"

typedef struct rg_stmt {
    const rg_source *src;
    size_t offset;     /* byte offset of the statement's first token in src */
    size_t len;        /* bytes, without the terminating semicolon */
    const char *text;  /* the statement text, NUL-terminated, shared */
    const void *tree;  /* PgQuery__Node * of the statement, shared by all
                        * statements with the same text; locations in it are
                        * relative to `offset` */
} rg_stmt;

typedef struct rg_script {
    rg_stmt *stmts;
    size_t n;
} rg_script;

typedef struct rg_parser rg_parser;

/* Largest input file accepted; bigger files are refused with exit 2. */
#define RG_MAX_INPUT_BYTES ((size_t)64 << 20)

rg_parser *rg_parser_new(void);
void rg_parser_free(rg_parser *p);
/* Threads used for parsing (default 2; 1 disables the worker thread). */
void rg_parser_set_threads(rg_parser *p, int nthreads);

/*
 * Reads each path (a .sql file, or a folder of migrations applied in name
 * order: plain *.sql, golang-migrate *.up.sql, dbmate `-- migrate:up`
 * sections, Flyway V<n>__*.sql) and fills out[i] for paths[i]. Returns 0,
 * or RG_EIO / RG_EINPUT with diagnostics (file:line:col) in d.
 */
int rg_parse_paths(rg_parser *p, rg_script *out, const char *const *paths,
                   size_t npaths, rg_diags *d);

/* Parses an in-memory text as if it were a file named `name`. */
int rg_parse_text(rg_parser *p, rg_script *out, const char *name,
                  const char *text, size_t len, rg_diags *d);

/*
 * Nesting limit. Each `(`, `[` and CASE opens a level, and each operator
 * within one operand (`+`, `||`, `::`, NOT, IS, LIKE, IN, JOIN, UNION, ...)
 * adds one; commas, AND and OR separate operands (src/parse/nesting.c says
 * why this bounds the tree's depth). A statement of the user's input deeper
 * than RG_MAX_NESTING is refused with "expression nested too deeply" before
 * it is parsed, so no stage ever recurses deeper. SQL that rollgate or a
 * server printed (migrations, pg_dump output) parenthesises every operator,
 * about doubling the measure of the same tree: it gets RG_MAX_NESTING_GENERATED.
 */
#define RG_MAX_NESTING 1000u
#define RG_MAX_NESTING_GENERATED (4 * RG_MAX_NESTING)

/*
 * Stack a thread needs to run every stage on a tree at the nesting limit,
 * with ample margin (protobuf-c's unpacking alone takes about 6 KB per
 * nested subquery). The parser's worker thread gets it; the CLI runs each
 * command on a thread of this size; other callers must provide it.
 */
#define RG_STACK_BYTES ((size_t)64 << 20)

/* The nesting measure of sql[0..len), or limit + 1 when it exceeds `limit`,
 * with *at set to the byte offset of the token where it did. */
unsigned rg_parse_nesting(const char *sql, size_t len, unsigned limit, size_t *at);

/* rg_parse_text for SQL rollgate generated itself or a server printed from
 * trees rollgate read (its own migrations, pg_dump of a scratch database):
 * the same, with RG_MAX_NESTING_GENERATED. */
int rg_parse_generated(rg_parser *p, rg_script *out, const char *name,
                       const char *text, size_t len, rg_diags *d);

/* Releases libpg_query's memory for the calling thread, if it used the
 * library (call once at the end of main; never call pg_query_exit()
 * directly: it crashes on a thread that never parsed). */
void rg_parse_shutdown(void);

/* The arena that owns the trees: later stages may allocate from it things
 * that must live as long as the trees. */
rg_arena *rg_parser_arena(rg_parser *p);

#endif
