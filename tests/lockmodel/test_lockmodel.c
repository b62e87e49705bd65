/*
 * test_lockmodel.c — the lock model against what PostgreSQL really does:
 * every measured row of tests/data/pg15_locks.csv is compared with the
 * model's answer for version 15; version facts for 11-17; the type-change
 * rules; the lock conflict matrix; and broken model files are rejected with
 * a file:line message.
 */
#include "rollgate/kinds.h"
#include "rollgate/lockmodel.h"
#include "rollgate/models.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../harness.h"

static rg_lockmodel *model;

/* ---- pg15_locks.csv -------------------------------------------------------
 * Measured ids that the model generalises into one op; every other id is an
 * op of its own. */
static const struct { const char *id, *op; } op_map[] = {
    {"add_column_default_now", "add_column_default_const"},
    {"add_column_default_clock_timestamp", "add_column_default_volatile"},
    {"add_column_default_random", "add_column_default_volatile"},
    {"add_column_default_gen_random_uuid", "add_column_default_volatile"},
    {"add_column_behind_open_reader", "add_column_nullable"},
    {"alter_type_int_to_bigint", "alter_type_rewrite"},
    {"alter_type_text_to_varchar10", "alter_type_rewrite"},
    {"alter_type_varchar100_to_varchar50", "alter_type_rewrite"},
    {"alter_type_int_to_text", "alter_type_rewrite"},
    {"alter_type_timestamp_to_timestamptz_non_utc", "alter_type_rewrite"},
    {"alter_type_numeric_10_2_to_12_4", "alter_type_rewrite"},
    {"alter_type_varchar50_to_varchar100", "alter_type_binary_coercible"},
    {"alter_type_varchar50_to_text", "alter_type_binary_coercible"},
    {"alter_type_text_to_varchar_unbounded", "alter_type_binary_coercible"},
    {"alter_type_numeric_10_2_to_12_2", "alter_type_binary_coercible"},
    {"alter_type_timestamp_to_timestamptz_utc", "alter_type_index_rebuild"},
};

/* The measured type changes, as the catalog spells the types, so the
 * type-change rules are checked against the same measurements. */
static const struct { const char *id, *from, *to; bool utc; } type_map[] = {
    {"alter_type_int_to_bigint", "integer", "bigint", true},
    {"alter_type_text_to_varchar10", "text", "character varying(10)", true},
    {"alter_type_varchar100_to_varchar50", "character varying(100)", "character varying(50)", true},
    {"alter_type_int_to_text", "integer", "text", true},
    {"alter_type_timestamp_to_timestamptz_non_utc", "timestamp without time zone",
     "timestamp with time zone", false},
    {"alter_type_numeric_10_2_to_12_4", "numeric(10,2)", "numeric(12,4)", true},
    {"alter_type_varchar50_to_varchar100", "character varying(50)", "character varying(100)", true},
    {"alter_type_varchar50_to_text", "character varying(50)", "text", true},
    {"alter_type_text_to_varchar_unbounded", "text", "character varying", true},
    {"alter_type_numeric_10_2_to_12_2", "numeric(10,2)", "numeric(12,2)", true},
    {"alter_type_timestamp_to_timestamptz_utc", "timestamp without time zone",
     "timestamp with time zone", true},
};

static const char *op_for(const char *id)
{
    for (size_t i = 0; i < sizeof op_map / sizeof *op_map; i++)
        if (strcmp(op_map[i].id, id) == 0) return op_map[i].op;
    return id;
}

/* "yes", "yes (as part of the rewrite)" → true; "no", "n/a (view)" → false. */
static bool measured_bool(const char *s)
{
    return strncmp(s, "yes", 3) == 0;
}

/* "ACCESS EXCLUSIVE (new object)" → "ACCESS EXCLUSIVE"; "none (no table
 * lock)" → "none". */
static void measured_lock(const char *s, char *out, size_t n)
{
    const char *paren = strstr(s, " (");
    size_t len = paren ? (size_t)(paren - s) : strlen(s);
    if (len >= n) len = n - 1;
    memcpy(out, s, len);
    out[len] = 0;
}

/* The strongest lock other_locks names on another table ("accounts
 * (table)=SHARE ROW EXCLUSIVE; ..."): indexes, sequences and new tables
 * are not what other_lock models. */
static rg_lockmode measured_other(const char *s)
{
    rg_lockmode best = RG_LOCK_NONE;
    char *copy = strdup(s), *save = NULL;
    for (char *item = strtok_r(copy, ";", &save); item; item = strtok_r(NULL, ";", &save)) {
        char *eq = strrchr(item, '=');
        if (!eq || (!strstr(item, "(table)") && !strstr(item, "(table, dropped)"))) continue;
        char mode[64];
        measured_lock(eq + 1, mode, sizeof mode);
        char *br = strstr(mode, " [");
        if (br) *br = 0;
        rg_lockmode m;
        if (rg_lockmode_parse(mode, &m) && m > best) best = m;
    }
    free(copy);
    return best;
}

static int pg15_rows;

static void check_type_measurement(const char *id, bool rewrites, bool scans)
{
    for (size_t i = 0; i < sizeof type_map / sizeof *type_map; i++) {
        if (strcmp(type_map[i].id, id) != 0) continue;
        rg_type_change tc;
        rg_lockmodel_type_change(&tc, model, type_map[i].from, type_map[i].to, 15);
        /* outside UTC a UTC-only rule does not apply: PostgreSQL rewrites */
        const char *op = tc.requires_utc && !type_map[i].utc ? "alter_type_rewrite" : tc.op;
        CHECK(strcmp(op, op_for(id)) == 0, "%s: type rule says %s, measured maps to %s", id,
              op, op_for(id));
        CHECK(tc.rewrite == rewrites || (tc.requires_utc && !type_map[i].utc),
              "%s: type rule rewrite=%d, measured %d", id, tc.rewrite, rewrites);
        CHECK(tc.rewrite || tc.index_rebuild == scans || (tc.requires_utc && !type_map[i].utc),
              "%s: index_rebuild=%d, measured scans=%d", id, tc.index_rebuild, scans);
    }
}

static void on_pg15_row(void *ctx, const char *const *f, size_t n)
{
    (void)ctx;
    if (n != 10) {
        CHECK(0, "pg15_locks.csv row with %zu fields", n);
        return;
    }
    pg15_rows++;
    const char *id = f[0], *op = op_for(id);
    const rg_lockrule *r = rg_lockmodel_lookup(model, op, 15);
    CHECK(r != NULL, "%s: no row for op %s on 15", id, op);
    if (!r) return;
    char lock[64];
    measured_lock(f[2], lock, sizeof lock);
    CHECK(strcmp(r->table_lock, lock) == 0, "%s: table_lock %s, measured %s", id,
          r->table_lock, lock);
    rg_lockmode other = measured_other(f[3]);
    CHECK(r->other_mode == other, "%s: other_lock %s, measured %s", id, r->other_lock,
          rg_lockmode_name(other));
    CHECK(r->rewrites_table == measured_bool(f[4]), "%s: rewrites_table %d, measured %s", id,
          r->rewrites_table, f[4]);
    CHECK(r->scans_table == measured_bool(f[5]), "%s: scans_table %d, measured %s", id,
          r->scans_table, f[5]);
    CHECK(r->blocks_reads == measured_bool(f[6]), "%s: blocks_reads %d, measured %s", id,
          r->blocks_reads, f[6]);
    CHECK(r->blocks_writes == measured_bool(f[7]), "%s: blocks_writes %d, measured %s", id,
          r->blocks_writes, f[7]);
    CHECK(r->in_transaction == measured_bool(f[8]), "%s: in_transaction %d, measured %s", id,
          r->in_transaction, f[8]);
    check_type_measurement(id, measured_bool(f[4]), measured_bool(f[5]));
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    rg_buf b = {0};
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) rg_buf_put(&b, chunk, n);
    fclose(f);
    rg_buf_putc(&b, 0);
    *len = b.len - 1;
    return b.s;
}

static void test_pg15_measurements(void)
{
    size_t len;
    char *data = slurp(RG_PG15_LOCKS, &len);
    if (!data) {
        CHECK(0, "%s not found: the PostgreSQL 15 measurements are test data of the tree", RG_PG15_LOCKS);
        return;
    }
    static const char header[] = "id,statement,table_lock,other_locks,rewrites_table,"
                                 "scans_table,blocks_reads,blocks_writes,in_transaction_ok,notes";
    CHECK(strncmp(data, header, sizeof header - 1) == 0, "pg15_locks.csv header changed");
    CHECK(rg_csv_parse(data, len, on_pg15_row, NULL) == RG_OK, "pg15_locks.csv parses");
    CHECK(pg15_rows >= 99, "pg15_locks.csv has %d rows, expected at least 99", pg15_rows);
    free(data);
}

/* ---- versions ------------------------------------------------------------ */

/* Every op measured on 15 exists on every version 11-17, except the
 * statements a version does not have. */
static void test_coverage(void)
{
    for (size_t i = 0; i < sizeof op_map / sizeof *op_map; i++)
        for (int v = 11; v <= 17; v++)
            CHECK(rg_lockmodel_lookup(model, op_map[i].op, v), "%s on %d", op_map[i].op, v);
    static const char *const ops[] = {
        "add_column_nullable", "add_column_references", "drop_column", "rename_column",
        "set_not_null", "set_not_null_with_valid_check", "add_check_not_valid", "validate_check",
        "add_foreign_key_not_valid", "validate_foreign_key", "add_unique_using_index",
        "create_index", "create_index_concurrently", "drop_index_concurrently", "drop_table",
        "create_table", "create_trigger", "drop_trigger", "create_view", "attach_partition",
        "detach_partition", "alter_enum_add_value", "set_fillfactor", "reset_fillfactor",
        "set_autovacuum_param", "reset_autovacuum_param", "comment_on_column", "update_rows",
        "create_function", "drop_function", "rename_view",
    };
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
        for (int v = 11; v <= 17; v++)
            CHECK(rg_lockmodel_lookup(model, ops[i], v), "%s on %d", ops[i], v);
    CHECK(!rg_lockmodel_lookup(model, "add_column_nullable", 10), "nothing below 11");
    CHECK(!rg_lockmodel_lookup(model, "add_column_nullable", 18), "nothing above 17");
    CHECK(!rg_lockmodel_lookup(model, "no_such_op", 15), "unknown op");
    CHECK(!rg_lockmodel_has_op(model, "no_such_op"), "unknown op is unknown");
    CHECK(!rg_lockmodel_lookup(model, NULL, 15), "NULL op");
}

/* Every lock-model operation the registry's shapes use exists on every
 * server version the planner targets. */
static void test_registry_ops(void)
{
#define OPS_COLUMN(KIND, name, interp, follow, diff, shape, prepass, create, drop, alter) {name, {create, drop, alter}},
    static const struct {
        const char *kind;
        const char *op[3];
    } rows[] = {RG_OBJKINDS(OPS_COLUMN)};
#undef OPS_COLUMN
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
        for (int k = 0; k < 3; k++)
            for (int v = 11; rows[i].op[k] && v <= 17; v++)
                CHECK(rg_lockmodel_lookup(model, rows[i].op[k], v), "%s: %s on %d", rows[i].kind, rows[i].op[k], v);
}

static void test_versions(void)
{
    const rg_lockrule *r;
    /* constant defaults are metadata-only since 11 */
    r = rg_lockmodel_lookup(model, "add_column_default_const", 11);
    CHECK(r && !r->rewrites_table && !r->scans_table, "11: constant default does not rewrite");
    r = rg_lockmodel_lookup(model, "add_column_not_null_default", 11);
    CHECK(r && !r->rewrites_table, "11: NOT NULL DEFAULT const does not rewrite");
    r = rg_lockmodel_lookup(model, "add_column_default_volatile", 17);
    CHECK(r && r->rewrites_table, "17: volatile default rewrites");
    /* SET NOT NULL behind a validated CHECK skips the scan since 12 */
    r = rg_lockmodel_lookup(model, "set_not_null_with_valid_check", 11);
    CHECK(r && r->scans_table, "11: SET NOT NULL always scans");
    for (int v = 12; v <= 17; v++) {
        r = rg_lockmodel_lookup(model, "set_not_null_with_valid_check", v);
        CHECK(r && !r->scans_table, "%d: SET NOT NULL behind a valid CHECK does not scan", v);
    }
    /* REINDEX CONCURRENTLY since 12 */
    CHECK(!rg_lockmodel_lookup(model, "reindex_index_concurrently", 11), "11: no REINDEX CONCURRENTLY");
    CHECK(!rg_lockmodel_lookup(model, "reindex_table_concurrently", 11), "11: no REINDEX TABLE CONCURRENTLY");
    CHECK(rg_lockmodel_has_op(model, "reindex_index_concurrently"), "op known though absent on 11");
    r = rg_lockmodel_lookup(model, "reindex_index_concurrently", 12);
    CHECK(r && r->table_mode == RG_LOCK_SHARE_UPDATE_EXCLUSIVE && !r->in_transaction,
          "12: REINDEX CONCURRENTLY, SHARE UPDATE EXCLUSIVE, no transaction");
    /* DETACH PARTITION CONCURRENTLY since 14 */
    for (int v = 11; v <= 13; v++)
        CHECK(!rg_lockmodel_lookup(model, "detach_partition_concurrently", v),
              "%d: no DETACH CONCURRENTLY", v);
    for (int v = 14; v <= 17; v++) {
        r = rg_lockmodel_lookup(model, "detach_partition_concurrently", v);
        CHECK(r && !r->blocks_reads && !r->in_transaction, "%d: DETACH CONCURRENTLY", v);
    }
    /* ATTACH PARTITION: ACCESS EXCLUSIVE on the parent until 11 */
    r = rg_lockmodel_lookup(model, "attach_partition", 11);
    CHECK(r && r->table_mode == RG_LOCK_ACCESS_EXCLUSIVE && r->blocks_reads,
          "11: ATTACH PARTITION locks the parent ACCESS EXCLUSIVE");
    for (int v = 12; v <= 17; v++) {
        r = rg_lockmodel_lookup(model, "attach_partition", v);
        CHECK(r && r->table_mode == RG_LOCK_SHARE_UPDATE_EXCLUSIVE && !r->blocks_writes,
              "%d: ATTACH PARTITION takes SHARE UPDATE EXCLUSIVE", v);
    }
    r = rg_lockmodel_lookup(model, "attach_partition_with_default", 16);
    CHECK(r && r->blocks_reads, "16: a DEFAULT partition still blocks reads");
    /* enum values inside a transaction block since 12 */
    r = rg_lockmodel_lookup(model, "alter_enum_add_value", 11);
    CHECK(r && !r->in_transaction, "11: ADD VALUE outside a transaction");
    r = rg_lockmodel_lookup(model, "alter_enum_add_value", 13);
    CHECK(r && r->in_transaction, "13: ADD VALUE in a transaction");
    /* reloptions with a reduced lock level, on every version */
    for (int v = 11; v <= 17; v++) {
        r = rg_lockmodel_lookup(model, "set_fillfactor", v);
        CHECK(r && r->table_mode == RG_LOCK_SHARE_UPDATE_EXCLUSIVE, "%d: SET (fillfactor)", v);
        r = rg_lockmodel_lookup(model, "reset_autovacuum_param", v);
        CHECK(r && r->table_mode == RG_LOCK_SHARE_UPDATE_EXCLUSIVE, "%d: RESET (autovacuum_*)", v);
    }
    /* renaming an index took ACCESS EXCLUSIVE until 11 */
    r = rg_lockmodel_lookup(model, "alter_index_rename", 11);
    CHECK(r && r->table_mode == RG_LOCK_ACCESS_EXCLUSIVE && r->blocks_reads, "11: index rename");
    r = rg_lockmodel_lookup(model, "alter_index_rename", 12);
    CHECK(r && r->table_mode == RG_LOCK_SHARE_UPDATE_EXCLUSIVE && !r->blocks_reads,
          "12: index rename");
    /* SET EXPRESSION is new in 17 */
    CHECK(!rg_lockmodel_lookup(model, "set_expression", 16), "16: no SET EXPRESSION");
    r = rg_lockmodel_lookup(model, "set_expression", 17);
    CHECK(r && r->rewrites_table, "17: SET EXPRESSION rewrites");
    r = rg_lockmodel_lookup(model, "add_foreign_key_not_valid", 14);
    CHECK(r && r->other_mode == RG_LOCK_SHARE_ROW_EXCLUSIVE && !strcmp(r->other_lock, "SHARE ROW EXCLUSIVE"),
          "14: FK NOT VALID locks the referenced table");
    CHECK(r && r->line > 1 && strstr(r->file, "locks.csv"), "rows know where they came from");
}

/* ---- type changes ------------------------------------------------------- */

static void expect_tc(const char *from, const char *to, int v, const char *op, bool utc,
                      int line)
{
    rg_type_change tc;
    rg_lockmodel_type_change(&tc, model, from, to, v);
    CHECK(tc.op && strcmp(tc.op, op) == 0 && tc.requires_utc == utc,
          "line %d: %s -> %s on %d: %s%s, want %s%s", line, from ? from : "NULL",
          to ? to : "NULL", v, tc.op, tc.requires_utc ? " (UTC)" : "", op, utc ? " (UTC)" : "");
    CHECK(tc.notes && *tc.notes, "line %d: the answer has notes", line);
    CHECK(!tc.rewrite || tc.index_rebuild, "line %d: a rewrite rebuilds indexes", line);
}

#define BIN "alter_type_binary_coercible"
#define IDX "alter_type_index_rebuild"
#define RW "alter_type_rewrite"
#define TC(from, to, v, op, utc) expect_tc(from, to, v, op, utc, __LINE__)

static void test_type_changes(void)
{
    /* varchar */
    TC("character varying(50)", "character varying(100)", 15, BIN, false);
    TC("character varying(50)", "character varying(50)", 15, BIN, false);
    TC("character varying(100)", "character varying(99)", 15, RW, false);
    TC("character varying(50)", "character varying", 11, BIN, false);
    TC("character varying", "character varying(10)", 15, RW, false);
    TC("character varying(50)", "text", 17, BIN, false);
    TC("character varying", "text", 15, BIN, false);
    TC("text", "character varying", 15, BIN, false);
    TC("text", "character varying(10)", 15, RW, false);
    TC("character(10)", "character(20)", 15, RW, false);
    TC("character(10)", "text", 15, RW, false);
    TC("character varying(10)[]", "character varying(20)[]", 15, RW, false);
    /* numeric */
    TC("numeric(10,2)", "numeric(12,2)", 15, BIN, false);
    TC("numeric(10,2)", "numeric(10,2)", 15, BIN, false);
    TC("numeric(10,2)", "numeric(9,2)", 15, RW, false);
    TC("numeric(10,2)", "numeric(12,4)", 15, RW, false);
    TC("numeric(10,2)", "numeric", 12, BIN, false);
    TC("numeric", "numeric(10,2)", 15, RW, false);
    TC("numeric(10,0)", "numeric(12,0)", 15, BIN, false);
    /* bit strings */
    TC("bit varying(5)", "bit varying(10)", 15, BIN, false);
    TC("bit varying(5)", "bit varying", 15, BIN, false);
    TC("bit varying(10)", "bit varying(5)", 15, RW, false);
    TC("bit(5)", "bit varying", 15, IDX, false);
    TC("bit(5)", "bit varying(5)", 15, RW, false);
    /* datetime precision */
    TC("timestamp(3) without time zone", "timestamp(6) without time zone", 15, BIN, false);
    TC("timestamp(3) without time zone", "timestamp without time zone", 15, BIN, false);
    TC("timestamp without time zone", "timestamp(6) without time zone", 15, BIN, false);
    TC("timestamp without time zone", "timestamp(3) without time zone", 15, RW, false);
    TC("timestamp(3) with time zone", "timestamp with time zone", 15, BIN, false);
    TC("time(3) without time zone", "time without time zone", 15, BIN, false);
    TC("time(3) without time zone", "time(2) without time zone", 15, RW, false);
    TC("time(3) with time zone", "time(5) with time zone", 15, BIN, false);
    TC("interval(3)", "interval", 15, BIN, false);
    TC("interval(5)", "interval(3)", 15, RW, false);
    TC("interval", "interval(6)", 15, BIN, false);
    /* timestamp <-> timestamptz: identity only in UTC, since 12 */
    TC("timestamp without time zone", "timestamp with time zone", 11, RW, false);
    TC("timestamp without time zone", "timestamp with time zone", 12, IDX, true);
    TC("timestamp without time zone", "timestamp with time zone", 17, IDX, true);
    TC("timestamp(3) without time zone", "timestamp with time zone", 15, IDX, true);
    TC("timestamp(3) without time zone", "timestamp(3) with time zone", 15, RW, false);
    TC("timestamp with time zone", "timestamp without time zone", 15, IDX, true);
    /* binary-coercible casts */
    TC("cidr", "inet", 15, BIN, false);
    TC("inet", "cidr", 15, RW, false);
    TC("integer", "oid", 15, IDX, false);
    TC("oid", "integer", 15, IDX, false);
    TC("xml", "text", 15, BIN, false);
    /* rewrites */
    TC("integer", "bigint", 15, RW, false);
    TC("smallint", "integer", 15, RW, false);
    TC("json", "jsonb", 15, RW, false);
    TC("public.mood", "text", 15, RW, false);
    /* nonsense never crashes and never claims a cheap change */
    TC(NULL, "text", 15, RW, false);
    TC("text", NULL, 15, RW, false);
    TC("", "text", 15, RW, false);
    TC("(", ")", 15, RW, false);
    TC("character varying(", "character varying(5)", 15, RW, false);
    TC("character varying(x)", "character varying(5)", 15, RW, false);
    TC("character varying(5)", "character varying(99999999999999999)", 15, RW, false);
    TC("numeric(1,2,3,4,5,6)", "numeric(1,2,3,4,5,7)", 15, RW, false);
    TC("character varying(50)", "character varying(100)", 99, RW, false);
    rg_type_change tc;
    rg_lockmodel_type_change(&tc, model, "character varying(5)", "text", 15);
    CHECK(tc.file && strstr(tc.file, "type_changes.csv") && tc.line > 1,
          "the answer names its rule");
    rg_lockmodel_type_change(&tc, NULL, "character varying(5)", "text", 15);
    CHECK(tc.rewrite, "no model: assume a rewrite");
}

/* ---- lock matrix --------------------------------------------------------- */

static void test_lock_matrix(void)
{
    CHECK(rg_lock_blocks_reads("ACCESS EXCLUSIVE"), "AE blocks reads");
    CHECK(!rg_lock_blocks_reads("EXCLUSIVE"), "EXCLUSIVE lets reads through");
    CHECK(rg_lock_blocks_writes("EXCLUSIVE"), "EXCLUSIVE blocks writes");
    CHECK(rg_lock_blocks_writes("SHARE"), "SHARE blocks writes");
    CHECK(rg_lock_blocks_writes("SHARE ROW EXCLUSIVE"), "SRX blocks writes");
    CHECK(!rg_lock_blocks_writes("SHARE UPDATE EXCLUSIVE"), "SUE lets writes through");
    CHECK(!rg_lock_blocks_reads("SHARE UPDATE EXCLUSIVE"), "SUE lets reads through");
    CHECK(!rg_lock_blocks_writes("ROW EXCLUSIVE"), "RX does not block RX");
    CHECK(!rg_lock_blocks_writes("ROW SHARE") && !rg_lock_blocks_reads("ACCESS SHARE"),
          "weak locks block nothing");
    CHECK(!rg_lock_blocks_reads("none") && !rg_lock_blocks_writes("none"), "none");
    CHECK(!rg_lock_blocks_reads("bogus") && !rg_lock_blocks_reads(NULL), "unknown");
    CHECK(rg_lock_blocks_reads("access exclusive"), "names are case-insensitive");
    int nconf = 0;
    for (int a = RG_LOCK_NONE; a <= RG_LOCK_ACCESS_EXCLUSIVE; a++)
        for (int b = RG_LOCK_NONE; b <= RG_LOCK_ACCESS_EXCLUSIVE; b++) {
            CHECK(rg_lockmode_conflicts(a, b) == rg_lockmode_conflicts(b, a),
                  "matrix symmetric at %d,%d", a, b);
            nconf += rg_lockmode_conflicts(a, b);
        }
    /* the docs' table has 38 X marks: 1+2+4+5+5+6+7+8 by requested mode */
    CHECK(nconf == 38, "%d conflicting pairs, want 38", nconf);
    CHECK(!rg_lockmode_conflicts(RG_LOCK_SHARE, RG_LOCK_SHARE), "SHARE is self-compatible");
    CHECK(rg_lockmode_conflicts(RG_LOCK_SHARE_UPDATE_EXCLUSIVE, RG_LOCK_SHARE_UPDATE_EXCLUSIVE),
          "SUE is self-conflicting");
    rg_lockmode m;
    for (int a = RG_LOCK_NONE; a <= RG_LOCK_ACCESS_EXCLUSIVE; a++)
        CHECK(rg_lockmode_parse(rg_lockmode_name(a), &m) && (int)m == a, "name round-trip %d", a);
}

/* ---- loading ------------------------------------------------------------- */

static char tmpdir[256];

static void write_model(const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/pg", tmpdir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/pg/%s", tmpdir, name);
    FILE *f = fopen(path, "wb");
    fputs(text, f);
    fclose(f);
}

static void remove_model(const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/pg/%s", tmpdir, name);
    unlink(path);
}

static bool diags_have(const rg_diags *d, const char *needle)
{
    for (size_t i = 0; i < d->n; i++)
        if (strstr(d->v[i].msg, needle)) return true;
    return false;
}

static void print_diags(const rg_diags *d)
{
    for (size_t i = 0; i < d->n; i++) printf("  | %s\n", d->v[i].msg);
}

#define LOCKS_HEADER "op,min_version,max_version,table_lock,other_lock,blocks_reads," \
                     "blocks_writes,rewrites_table,scans_table,in_transaction,notes\n"
#define TYPES_HEADER "from,to,min_version,max_version,rewrite,index_rebuild,notes\n"

/* Loads tmpdir, expects failure with every needle among the messages. */
static void expect_rejected(int want_rc, const char *const *needles, int line)
{
    rg_diags d = {0};
    rg_lockmodel *m = (rg_lockmodel *)&d; /* must be reset to NULL */
    int rc = rg_lockmodel_load_dir(&m, tmpdir, &d);
    CHECK(rc == want_rc && m == NULL, "line %d: rc %d, want %d", line, rc, want_rc);
    if (getenv("RG_TEST_VERBOSE")) rg_diags_print(&d, stdout, RG_SEV_NOTE);
    for (const char *const *n = needles; *n; n++) {
        bool found = diags_have(&d, *n);
        CHECK(found, "line %d: no message containing '%s'", line, *n);
        if (!found) print_diags(&d);
    }
    rg_diags_free(&d);
}

static void test_broken_locks(void)
{
    write_model("locks.csv", LOCKS_HEADER
        "add_column_nullable,11,17,ACCESS EXCLUSIVE,none,true,true,false,false,true,\"a note\n"
        "spanning two lines, with \"\"quotes\"\"\"\n"
        "drop_column,11,17,ACCESS EXKLUSIVE,none,true,true,false,false,true,typo in the lock\n"
        "\n"
        "rename_column,11,17,ACCESS EXCLUSIVE,none,yes,true,false,false,true,bad boolean\n"
        "set_default,11,14,ACCESS EXCLUSIVE,none,true,true,false,false,true,\n"
        "set_default,14,17,ACCESS EXCLUSIVE,none,true,true,false,false,true,overlaps\n"
        "drop_default,16,12,ACCESS EXCLUSIVE,none,true,true,false,false,true,empty range\n"
        "set_storage,11,17,ACCESS EXCLUSIVE,none,true,true\n"
        "Bad Op,11,17,none,none,false,false,false,false,true,\n"
        "grant,11,1x,none,none,false,false,false,false,true,\n"
        "revoke,11,17,none,SHARE LOCK,false,false,false,false,true,\n");
    remove_model("type_changes.csv");
    static const char *const needles[] = {
        "locks.csv:4: table_lock: unknown lock 'ACCESS EXKLUSIVE'",
        "locks.csv:6: blocks_reads: 'yes' is not a boolean",
        "locks.csv:8: set_default: versions 14..17 overlap 11..14 of ",
        "locks.csv:7",
        "locks.csv:9: version range 16..12 is empty",
        "locks.csv:10: 7 fields, want 11",
        "locks.csv:11: op: 'Bad Op'",
        "locks.csv:12: max_version: '1x'",
        "locks.csv:13: other_lock: unknown lock 'SHARE LOCK'",
        NULL,
    };
    expect_rejected(RG_EINPUT, needles, __LINE__);

    write_model("locks.csv", "op,min_version,max_version,table_lock\nx,11,17,none\n");
    static const char *const header[] = {"locks.csv:1: the header must be: op,", NULL};
    expect_rejected(RG_EINPUT, header, __LINE__);

    write_model("locks.csv", "");
    expect_rejected(RG_EINPUT, header, __LINE__);
    remove_model("locks.csv");
}

static void test_broken_types(void)
{
    write_model("type_changes.csv", TYPES_HEADER
        "character varying(n),character varying(m) when m >= n,11,17,false,false,fine\n"
        "character varying(n),character varying(m) when m >= k,11,17,false,false,unbound\n"
        "\"numeric(p,s)\",\"numeric(q,t) when t == s\",11,17,false,false,bad operator\n"
        "integer,bigint,11,17,true,false,rewrite without index rebuild\n"
        "\"numeric(p,p)\",numeric,11,17,false,false,placeholder twice\n"
        "character varying(n),character varying(m) when m >= n,15,17,false,false,overlap\n"
        "cidr,inet,11,17,maybe,false,bad boolean\n"
        ",text,11,17,false,false,empty type\n"
        "\"a(1,2,3,4,5)\",b,11,17,false,false,too many modifiers\n"
        "text,character varying when TimeZone = UTC and,11,17,false,false,dangling and\n");
    static const char *const needles[] = {
        "type_changes.csv:3: to: placeholder k in the condition is bound by neither type",
        "type_changes.csv:4: to: bad condition term",
        "type_changes.csv:5: rewrite=true needs index_rebuild=true",
        "type_changes.csv:6: from: placeholder p is used twice",
        "type_changes.csv:7: character varying(n) -> character varying(m) when m >= n: "
        "versions 15..17 overlap 11..17 of ",
        "type_changes.csv:2",
        "type_changes.csv:8: rewrite: 'maybe' is not a boolean",
        "type_changes.csv:9: from: empty type",
        "type_changes.csv:10: from: more than 4 type modifiers",
        "type_changes.csv:11: to: bad condition term",
        NULL,
    };
    expect_rejected(RG_EINPUT, needles, __LINE__);
    remove_model("type_changes.csv");
}

static void test_override_dir(void)
{
    rg_diags d = {0};
    rg_lockmodel *m = NULL;
    /* the source tree's models load the same as the embedded ones */
    CHECK(rg_lockmodel_load_dir(&m, RG_MODELS_DIR, &d) == RG_OK && m, "load %s", RG_MODELS_DIR);
    print_diags(&d);
    const rg_lockrule *a = rg_lockmodel_lookup(m, "create_index_concurrently", 15);
    const rg_lockrule *b = rg_lockmodel_lookup(model, "create_index_concurrently", 15);
    CHECK(a && b && a->line == b->line && a->table_mode == b->table_mode, "same row");
    CHECK(a && strstr(a->file, RG_MODELS_DIR), "override rows name the override file");
    rg_lockmodel_free(m);

    /* a folder with only one file: the other comes from the build */
    write_model("locks.csv", LOCKS_HEADER
                "add_column_nullable,11,18,ACCESS EXCLUSIVE,none,true,true,false,false,true,"
                "a future release is a data change\n");
    CHECK(rg_lockmodel_load_dir(&m, tmpdir, &d) == RG_OK && m, "partial override loads");
    print_diags(&d);
    CHECK(rg_lockmodel_lookup(m, "add_column_nullable", 18), "18 from the override");
    CHECK(!rg_lockmodel_lookup(m, "drop_column", 15), "only the override's ops");
    rg_type_change tc;
    rg_lockmodel_type_change(&tc, m, "character varying(5)", "text", 15);
    CHECK(!tc.rewrite && tc.file && strstr(tc.file, "models/pg/type_changes.csv"),
          "type rules fall back to the embedded file");
    rg_lockmodel_free(m);
    remove_model("locks.csv");

    /* CRLF line ends and a UTF-8 BOM, as a spreadsheet saves them */
    write_model("type_changes.csv", "\xEF\xBB\xBF" "from,to,min_version,max_version,rewrite,"
                "index_rebuild,notes\r\ntext,\"character varying\",11,17,false,false,x\r\n"
                "\r\ninteger,bigint,11,17,maybe,true,x\r\n");
    static const char *const crlf[] = {"type_changes.csv:4: rewrite: 'maybe'", NULL};
    expect_rejected(RG_EINPUT, crlf, __LINE__);
    remove_model("type_changes.csv");

    /* a folder with neither file, and a folder that does not exist */
    static const char *const none[] = {"neither pg/locks.csv nor pg/type_changes.csv", NULL};
    expect_rejected(RG_EIO, none, __LINE__);
    char missing[300];
    snprintf(missing, sizeof missing, "%s/nope", tmpdir);
    m = (rg_lockmodel *)&d;
    CHECK(rg_lockmodel_load_dir(&m, missing, &d) == RG_EIO && !m, "missing folder");
    CHECK(rg_lockmodel_load_dir(&m, NULL, &d) == RG_EUSAGE && !m, "NULL folder");
    rg_diags_free(&d);
}

int main(void)
{
    rg_diags d = {0};
    int rc = rg_lockmodel_load(&model, &d);
    CHECK(rc == RG_OK && model, "embedded model loads (rc %d)", rc);
    print_diags(&d);
    rg_diags_free(&d);
    if (!model) {
        printf("%d passed, %d failed\n", passed, failed);
        return 1;
    }
    snprintf(tmpdir, sizeof tmpdir, "%s/rg_lockmodel_XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    test_pg15_measurements();
    test_coverage();
    test_registry_ops();
    test_versions();
    test_type_changes();
    test_lock_matrix();
    test_broken_locks();
    test_broken_types();
    test_override_dir();
    char pgdir[300];
    snprintf(pgdir, sizeof pgdir, "%s/pg", tmpdir);
    rmdir(pgdir);
    rmdir(tmpdir);
    rg_lockmodel_free(model);
    return TEST_SUMMARY();
}
