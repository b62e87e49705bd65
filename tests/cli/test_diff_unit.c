/*
 * test_diff_unit.c — unit tests of the diff stage on hand-built catalogs
 * (no parser involved): apply-safe ordering, seq numbering, the rename
 * hint, and the escaping of the CSV (formula guard, RFC 4180 quoting) and
 * JSON writers. Prints "N passed, N failed".
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "rollgate/diff.h"

#include "../harness.h"

/* ---- a tiny catalog builder -------------------------------------------- */

typedef struct cat {
    rg_catalog c;
} cat;

static void cat_init(cat *k)
{
    memset(k, 0, sizeof *k);
    k->c.arena = rg_arena_new();
}

static void cat_free(cat *k)
{
    rg_catalog *c = &k->c;
    for (size_t i = 0; i < c->tables.n; i++) {
        rg_table *t = &c->tables.v[i];
        rg_map_free(&t->column_map);
        rg_map_free(&t->constraint_map);
        rg_map_free(&t->trigger_map);
        rg_map_free(&t->policy_map);
    }
    rg_map_free(&c->relation_map);
    rg_map_free(&c->schema_map);
    rg_arena_free(c->arena);
}

static void put_rel(rg_catalog *c, const char *schema, const char *name, rg_relkind k, void *obj)
{
    rg_relref *r = rg_arena_alloc(c->arena, sizeof *r);
    r->kind = k;
    r->obj = obj;
    rg_map_put(&c->relation_map, rg_arena_printf(c->arena, "%s.%s", schema, name), r);
}

/* Tables are registered in the relation map after all are added (the
 * vector may move while growing). */
static rg_table *add_table(rg_catalog *c, const char *name)
{
    rg_table *t = rg_vec_push(c->arena, &c->tables);
    t->schema = "public";
    t->name = name;
    t->persistence = 'p';
    return t;
}

static void add_col(rg_catalog *c, rg_table *t, const char *name, const char *type)
{
    rg_column *col = rg_vec_push(c->arena, &t->columns);
    col->name = name;
    col->type = type;
    col->is_local = true;
    col->stats_target = -1;
}

static void add_fk(rg_catalog *c, rg_table *t, const char *name, const char *col,
                   const char *ref)
{
    rg_constraint *k = rg_vec_push(c->arena, &t->constraints);
    k->name = name;
    k->kind = RG_CON_FOREIGN;
    k->columns = rg_arena_alloc(c->arena, sizeof *k->columns);
    k->columns[0] = col;
    k->ncolumns = 1;
    k->ref_schema = "public";
    k->ref_table = ref;
    k->is_local = true;
    k->fk_match = 's';
    k->on_delete = k->on_update = 'a';
}

static void add_index(rg_catalog *c, const char *name, const char *table, const char *col)
{
    rg_index *ix = rg_vec_push(c->arena, &c->indexes);
    ix->schema = "public";
    ix->name = name;
    ix->table_schema = "public";
    ix->table_name = table;
    ix->method = "btree";
    ix->elems = rg_arena_alloc(c->arena, sizeof *ix->elems);
    ix->elems[0].column = col;
    ix->nelems = 1;
}

static void finish(rg_catalog *c)
{
    for (size_t i = 0; i < c->tables.n; i++) {
        rg_table *t = &c->tables.v[i];
        put_rel(c, t->schema, t->name, RG_REL_TABLE, t);
        for (size_t j = 0; j < t->columns.n; j++)
            rg_map_put(&t->column_map, t->columns.v[j].name, &t->columns.v[j]);
        for (size_t j = 0; j < t->constraints.n; j++)
            rg_map_put(&t->constraint_map, t->constraints.v[j].name, &t->constraints.v[j]);
    }
    for (size_t i = 0; i < c->indexes.n; i++)
        put_rel(c, c->indexes.v[i].schema, c->indexes.v[i].name, RG_REL_INDEX, &c->indexes.v[i]);
}

/* ---- tests -------------------------------------------------------------- */

static void test_ordering(void)
{
    cat o, n;
    cat_init(&o);
    cat_init(&n);
    rg_table *t = add_table(&o.c, "t1");
    add_col(&o.c, t, "a", "integer");
    add_col(&o.c, t, "b", "integer");
    rg_table *t2 = add_table(&o.c, "t2");
    add_col(&o.c, t2, "x", "text");
    add_index(&o.c, "t2_x", "t2", "x"); /* goes with its table: no drop_index */
    finish(&o.c);

    t = add_table(&n.c, "t1");
    add_col(&n.c, t, "a", "bigint");
    add_col(&n.c, t, "c", "integer");
    rg_table *t0 = add_table(&n.c, "t0");
    add_col(&n.c, t0, "t1_id", "integer");
    add_fk(&n.c, t0, "t0_fk", "t1_id", "t1");
    add_index(&n.c, "t0_idx", "t0", "t1_id");
    finish(&n.c);

    rg_diff *d = NULL;
    CHECK(rg_diff_catalogs(&d, &o.c, &n.c) == RG_OK, "diff failed");
    const char *want[][2] = {
        {"drop_column", "public.t1.b"}, {"drop_table", "public.t2"},
        {"add_table", "public.t0"},     {"alter_column_type", "public.t1.a"},
        {"add_column", "public.t1.c"},  {"add_index", "public.t0_idx"},
        {"add_constraint", "public.t0.t0_fk"},
    };
    size_t nwant = sizeof want / sizeof *want;
    CHECK(d && d->n == nwant, "expected %zu changes, got %zu", nwant, d ? d->n : 0);
    for (size_t i = 0; d && i < d->n && i < nwant; i++) {
        CHECK(d->v[i].seq == (int)i + 1, "seq %d at %zu", d->v[i].seq, i);
        CHECK(strcmp(d->v[i].kind, want[i][0]) == 0 && strcmp(d->v[i].object, want[i][1]) == 0,
              "change %zu: got %s %s, want %s %s", i + 1, d->v[i].kind, d->v[i].object,
              want[i][0], want[i][1]);
    }
    if (d && d->n == nwant) {
        const char *hint = "possible rename of public.t1.b to c";
        CHECK(d->v[0].rename_hint && strcmp(d->v[0].rename_hint, hint) == 0, "drop hint");
        CHECK(d->v[4].rename_hint && strcmp(d->v[4].rename_hint, hint) == 0, "add hint");
        CHECK(strstr(d->v[0].detail, hint) != NULL, "hint in detail: %s", d->v[0].detail);
        CHECK(strcmp(d->v[3].detail, "integer -> bigint") == 0, "type detail %s", d->v[3].detail);
        CHECK(d->v[6].new_table != NULL && d->v[6].new_obj != NULL, "typed pointers");
    }
    rg_diff_free(d);

    /* Identical catalogs: no change. */
    CHECK(rg_diff_catalogs(&d, &n.c, &n.c) == RG_OK && d->n == 0, "self-diff not empty");
    rg_diff_free(d);
    cat_free(&o);
    cat_free(&n);
}

static void add_seq(rg_catalog *c, const char *name, const char *owned_by)
{
    rg_sequence *q = rg_vec_push(c->arena, &c->sequences);
    q->schema = "public";
    q->name = name;
    q->type = "bigint";
    q->owned_by = owned_by;
}

static void finish_seqs(rg_catalog *c)
{
    for (size_t i = 0; i < c->sequences.n; i++)
        put_rel(c, "public", c->sequences.v[i].name, RG_REL_SEQUENCE, &c->sequences.v[i]);
}

/* Partitions are created after their parent and dropped before it, even
 * when their names sort first; owned sequences go with their table. */
static void test_partitions(void)
{
    cat empty, full;
    cat_init(&empty);
    cat_init(&full);
    rg_table *parent = add_table(&full.c, "zz_events");
    parent->kind = RG_TABLE_PARTITIONED;
    parent->partition_key = "RANGE (id)";
    add_col(&full.c, parent, "id", "bigint");
    rg_table *part = add_table(&full.c, "aa_events_1");
    part->parent_schema = "public";
    part->parent_table = "zz_events";
    add_seq(&full.c, "zz_events_id_seq", "public.zz_events.id");
    finish(&full.c);
    finish_seqs(&full.c);
    finish(&empty.c);

    rg_diff *d = NULL;
    CHECK(rg_diff_catalogs(&d, &empty.c, &full.c) == RG_OK && d->n == 3, "create: %zu", d ? d->n : 0);
    if (d && d->n == 3) {
        CHECK(strcmp(d->v[0].kind, "add_sequence") == 0, "create 1: %s", d->v[0].kind);
        CHECK(strcmp(d->v[1].object, "public.zz_events") == 0, "parent first: %s", d->v[1].object);
        CHECK(strcmp(d->v[2].object, "public.aa_events_1") == 0, "then partition: %s", d->v[2].object);
    }
    rg_diff_free(d);
    CHECK(rg_diff_catalogs(&d, &full.c, &empty.c) == RG_OK && d->n == 2, "drop: %zu", d ? d->n : 0);
    if (d && d->n == 2) {
        CHECK(strcmp(d->v[0].object, "public.aa_events_1") == 0, "partition first: %s", d->v[0].object);
        CHECK(strcmp(d->v[1].object, "public.zz_events") == 0, "then parent: %s", d->v[1].object);
    }
    rg_diff_free(d);
    cat_free(&empty);
    cat_free(&full);
}

/* An identity column whose sequence options changed (INCREMENT BY 5 ->
 * 6): one alter_column_identity on the column, no alter_sequence; a
 * column type change that only moves the sequence's type and its
 * default bounds along is alter_column_type alone. */
static rg_table *identity_table(cat *k, const char *type, long long inc, long long max)
{
    rg_table *t = add_table(&k->c, "tickets");
    add_col(&k->c, t, "id", type);
    t->columns.v[0].identity = 'a';
    t->columns.v[0].identity_seq = "public.tickets_id_seq";
    t->columns.v[0].not_null = true;
    add_seq(&k->c, "tickets_id_seq", "public.tickets.id");
    rg_sequence *q = &k->c.sequences.v[0];
    q->identity = true;
    q->type = type;
    q->increment = inc;
    q->start = 1;
    q->min = 1;
    q->max = max;
    q->cache = 1;
    finish(&k->c);
    finish_seqs(&k->c);
    return t;
}

static void test_identity_sequence(void)
{
    cat a, b, c;
    cat_init(&a);
    cat_init(&b);
    cat_init(&c);
    identity_table(&a, "integer", 5, 2147483647LL);
    identity_table(&b, "integer", 6, 2147483647LL);
    identity_table(&c, "bigint", 5, INT64_MAX);
    rg_diff *d = NULL;
    CHECK(rg_diff_catalogs(&d, &a.c, &b.c) == RG_OK && d->n == 1, "increment: %zu changes", d ? d->n : 0);
    if (d && d->n == 1) {
        CHECK(strcmp(d->v[0].kind, "alter_column_identity") == 0, "kind %s", d->v[0].kind);
        CHECK(strcmp(d->v[0].object, "public.tickets.id") == 0, "object %s", d->v[0].object);
        CHECK(strcmp(d->v[0].detail, "increment 5 -> 6") == 0, "detail %s", d->v[0].detail);
    }
    rg_diff_free(d);
    CHECK(rg_diff_catalogs(&d, &a.c, &c.c) == RG_OK && d->n == 1, "type: %zu changes", d ? d->n : 0);
    if (d && d->n == 1) CHECK(strcmp(d->v[0].kind, "alter_column_type") == 0, "kind %s", d->v[0].kind);
    rg_diff_free(d);
    CHECK(rg_diff_catalogs(&d, &a.c, &a.c) == RG_OK && d->n == 0, "self-diff not empty");
    rg_diff_free(d);
    cat_free(&a);
    cat_free(&b);
    cat_free(&c);
}

static void test_writers(void)
{
    rg_change v[3] = {
        {.seq = 1, .op = RG_CHANGE_ADD, .objkind = RG_OBJ_OPAQUE, .kind = "add_opaque",
         .object = "=HYPERLINK(\"http://x\")", .detail = "-2+3"},
        {.seq = 2, .op = RG_CHANGE_DROP, .objkind = RG_OBJ_TABLE, .kind = "drop_table",
         .object = "public.\"a,b\"", .detail = "@sum\nline2"},
        {.seq = 3, .op = RG_CHANGE_ALTER, .objkind = RG_OBJ_COLUMN, .kind = "alter_column_type",
         .object = "public.\"<script>\".x", .detail = "integer -> bigint",
         .rename_hint = "it's \"quoted\" & \\"},
    };
    rg_diff d = {.v = v, .n = 3};
    rg_buf b = {0};
    CHECK(rg_diff_write_csv(&d, &b) == RG_OK, "csv failed");
    const char *csv =
        "change,kind,object,detail\r\n"
        "1,add_opaque,\"'=HYPERLINK(\"\"http://x\"\")\",'-2+3\r\n"
        "2,drop_table,\"public.\"\"a,b\"\"\",\"'@sum\nline2\"\r\n"
        "3,alter_column_type,\"public.\"\"<script>\"\".x\",integer -> bigint\r\n";
    CHECK(strcmp(rg_buf_cstr(&b), csv) == 0, "csv:\n%s", rg_buf_cstr(&b));
    rg_buf_reset(&b);
    rg_diff_write_text(&d, &b);
    CHECK(strstr(rg_buf_cstr(&b), "drop_table public.\"a,b\": @sum\\nline2\n") != NULL,
          "text:\n%s", rg_buf_cstr(&b));
    rg_buf_reset(&b);
    rg_diff_write_json(&d, &b);
    CHECK(strstr(rg_buf_cstr(&b), "\"object\": \"public.\\\"\\u003cscript>\\\".x\"") != NULL,
          "json object:\n%s", rg_buf_cstr(&b));
    CHECK(strstr(rg_buf_cstr(&b), "\"rename_hint\": \"it's \\\"quoted\\\" \\u0026 \\\\\"") != NULL,
          "json hint:\n%s", rg_buf_cstr(&b));
    CHECK(strstr(rg_buf_cstr(&b), "\"detail\": \"@sum\\nline2\"") != NULL, "json nl");
    rg_buf_reset(&b);
    rg_diff empty = {0};
    rg_diff_write_json(&empty, &b);
    CHECK(strcmp(rg_buf_cstr(&b), "[]\n") == 0, "empty json");
    rg_buf_free(&b);
}

int main(void)
{
    test_ordering();
    test_partitions();
    test_identity_sequence();
    test_writers();
    return TEST_SUMMARY();
}
