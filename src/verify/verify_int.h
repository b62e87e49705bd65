/*
 * verify_int.h — what the files of src/verify share: the server handle
 * (a throwaway cluster or an existing URL), libpq helpers, the seed
 * generator and the replay state.
 */
#ifndef ROLLGATE_VERIFY_INT_H
#define ROLLGATE_VERIFY_INT_H

#include <libpq-fe.h>

#include "rollgate/verify.h"

/* ---- server (server.c) ------------------------------------------------- */

typedef struct vserver {
    char *bindir;            /* pg_dump etc. */
    char *dir;               /* throwaway cluster dir, NULL with --pg-url */
    char **keys, **vals;     /* conninfo of the maintenance connection */
    size_t nkv;
    PGconn *admin;           /* maintenance connection (CREATE/DROP DATABASE) */
    char *dbs[8];            /* scratch databases created, dropped at the end */
    size_t ndbs;
    const rg_verify_opts *o;
} vserver;

/* Starts or connects; RG_EIO / RG_EUSAGE with *err (malloc'd). */
int vs_open(vserver *s, const rg_verify_opts *o, char **err);
/* Drops the scratch databases, stops and removes a throwaway cluster. */
void vs_close(vserver *s);
/* Creates a scratch database "rollgate_verify_<pid>_<tag>" and connects. */
int vs_create_db(vserver *s, const char *tag, PGconn **conn, char **err);
/* Ctrl-C with --pg-url cancels this connection's running query. */
void vs_watch(PGconn *c);
/* Connects to a scratch database already created. */
PGconn *vs_connect(vserver *s, const char *db);
/* Drops a scratch database (connections to it must be closed). */
void vs_drop_db(vserver *s, const char *db);
/* pg_dump --schema-only of a database into out. */
int vs_dump(vserver *s, const char *db, rg_buf *out, char **err);

/* ---- libpq helpers (server.c) ------------------------------------------ */

/* Runs sql; true when the command succeeded. On failure *state / *msg
 * (arena copies, may be NULL) are the SQLSTATE and primary message. */
bool vq(PGconn *c, const char *sql, rg_arena *a, const char **state, const char **msg);
/* Runs a query expected to return rows; NULL (and the error) on failure. */
PGresult *vq_rows(PGconn *c, const char *sql);
/* Escaped literal / identifier in the arena. */
const char *vq_lit(rg_arena *a, PGconn *c, const char *s);
double vq_now_ms(void);

/* ---- seed (seed.c) ------------------------------------------------------ */

/* Fills every user table with a few generated rows, FK order; tables that
 * cannot be filled are skipped with a note finding. */
void vseed_generate(rg_verify *v, PGconn *c);
/* A value of a type (category, typname, base type of a domain, full type)
 * from the integer SQL expression iv. */
const char *vseed_type_expr(rg_arena *a, const char *iv, char cat, const char *typname, const char *base,
                            const char *type);

/* ---- findings (verify.c) ------------------------------------------------ */

void vfinding(rg_verify *v, rg_severity sev, const char *code, const char *object, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

#endif
