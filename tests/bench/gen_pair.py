#!/usr/bin/env python3
"""gen_pair.py — a large synthetic schema pair with the exact list of its changes, and the SQL two
application versions run against it. Python 3 standard library only; the same arguments give
byte-identical files.

    gen_pair.py --out DIR [--tables N] [--queries N] [--seed S]

  --out DIR     where the files go (created if missing)
  --tables N    tables in the old schema, 500..16000 (default 2000)
  --queries N   queries per application version (default 2.5 per table: 5000 at 2000 tables)
  --seed S      an integer (default 1)

Files written into DIR:

  old.sql, new.sql   the two snapshots, laid out like `pg_dump --schema-only` of PostgreSQL 15:
                     schemas, enums, functions, tables (identity, serial and plain keys, defaults,
                     NOT NULL, CHECKs), sequences, views, primary keys and UNIQUE constraints,
                     indexes (unique, partial, multi-column), triggers, foreign keys, comments
  changes.txt        what turns old into new, one change a line: `<kind> <object>`, with the
                     change kinds and object names of `rollgate diff --format csv` (columns `kind`,
                     `object`), so the list is the exact multiset a correct diff prints. About
                     N/6 changes (335 at 2000 tables) of every kind: tables added, dropped and
                     renamed; columns added (nullable, NOT NULL with a constant default, with a
                     foreign key), dropped, renamed and retyped (varchar widening, varchar to
                     text, integer to bigint, numeric precision, and primary keys from integer
                     to bigint together with every referencing column); NOT NULL set and
                     dropped; defaults changed; indexes added, dropped, changed and made unique;
                     CHECK, UNIQUE and foreign-key constraints added and dropped; views, functions,
                     enums (new types, new values), sequences and triggers added, dropped or
                     changed; comments changed; a new schema. A rename is two lines (the drop of
                     the old name, the add of the new one); a new or renamed table's indexes,
                     foreign keys, triggers and comment are changes of their own, its primary
                     key, UNIQUE and CHECK constraints are part of it
  hints.txt          the `rollgate plan` options these changes need, one a line: the rename
                     hints (`--rename SCHEMA.TABLE.OLD=NEW`, `--rename-table SCHEMA.OLD=NEW`)
                     and the intended drops (`--allow-drop SCHEMA.TABLE[.COLUMN]`)
  app_v1.sql,        the queries of the application version running on old.sql and of the one
  app_v2.sql         written for new.sql, sqlc style (`-- name: NAME :one`), every query valid
                     against its own schema (SELECTs by key, joins along foreign keys, INSERTs
                     giving every NOT NULL column without a default, UPDATEs, DELETEs, counts, view
                     and function calls); a query whose table and columns did not change has the
                     same name and text in both

tests/bench/bench_diff.c runs it (2,000 tables) for the diff figure and the exactness check;
tests/bench/check_gen.sh checks, on a real PostgreSQL 15, that both snapshots load, that every
query prepares on its schema, and that the output is deterministic.
"""
import argparse
import os
import random
import sys

SCHEMAS = ["public", "sales", "stock", "people", "ops"]
NOUNS = ["account", "address", "invoice", "payment", "shipment", "product", "customer", "supplier",
         "warehouse", "contract", "ticket", "project", "employee", "device", "voucher", "receipt",
         "refund", "coupon", "parcel", "carrier", "route", "vehicle", "station", "meter", "reading",
         "tariff", "budget", "expense", "ledger", "journal", "asset", "license", "survey", "answer",
         "lesson", "course", "booking", "venue", "artist", "album", "track", "playlist", "recipe",
         "ingredient", "garden", "plant", "harvest", "kennel", "patient", "doctor", "clinic",
         "dosage", "article", "author", "editor", "sponsor", "donation", "campaign", "badge",
         "mission"]
SUFFIXES = ["", "_item", "_note", "_event", "_link", "_version", "_stat", "_rule", "_audit",
            "_share", "_slot", "_batch", "_tag"]
ENUM_VALUES = {
    "state": ["draft", "active", "paused", "closed"],
    "level": ["low", "medium", "high"],
    "channel": ["web", "phone", "mail", "store"],
}
# (column name, type as pg_dump prints it, NOT NULL, default as pg_dump prints it)
PALETTE = [
    ("label", "character varying({n})", False, None),
    ("code", "character varying(16)", True, None),
    ("description", "text", False, None),
    ("amount", "numeric({p},2)", False, None),
    ("quantity", "integer", True, "0"),
    ("total", "bigint", False, None),
    ("is_open", "boolean", True, "true"),
    ("created_at", "timestamp with time zone", True, "now()"),
    ("updated_at", "timestamp with time zone", False, None),
    ("payload", "jsonb", False, None),
    ("external_ref", "uuid", False, None),
    ("{enum}", "{schema}.{enum}", False, None),
    ("ratio", "double precision", False, None),
    ("due_on", "date", False, None),
    ("title", "character varying({n})", False, None),
    ("rank", "integer", False, None),
]


class Col:
    def __init__(self, name, typ, notnull=False, default=None):
        self.name, self.type, self.notnull, self.default = name, typ, notnull, default

    def copy(self):
        return Col(self.name, self.type, self.notnull, self.default)


class Table:
    def __init__(self, schema, name, key):
        self.schema, self.name, self.key = schema, name, key  # key: identity|serial|int|bigint
        self.pkey = f"{name}_pkey"  # constraint names survive a table rename, as in PostgreSQL
        self.cols = []
        self.checks = []    # (name, expression)
        self.uniques = []   # (name, [columns])
        self.fks = []       # (name, column, referenced Table's qualified name)
        self.indexes = []   # (name, [columns], unique, where)
        self.comment = None
        self.col_comments = {}
        self.trigger = None
        self.pinned = set()  # columns a view, check, index or key relies on

    @property
    def q(self):
        return f"{self.schema}.{self.name}"

    def col(self, name):
        return next(c for c in self.cols if c.name == name)

    def key_type(self):
        return {"identity": "bigint", "serial": "integer", "int": "integer", "bigint": "bigint"}[self.key]

    def copy(self):
        t = Table(self.schema, self.name, self.key)
        t.pkey = self.pkey
        t.cols = [c.copy() for c in self.cols]
        t.checks, t.uniques = list(self.checks), [(n, list(c)) for n, c in self.uniques]
        t.fks = list(self.fks)
        t.indexes = [(n, list(c), u, w) for n, c, u, w in self.indexes]
        t.comment, t.col_comments, t.trigger = self.comment, dict(self.col_comments), self.trigger
        t.pinned = set(self.pinned)
        return t


class Model:
    def __init__(self):
        self.schemas = list(SCHEMAS)
        self.enums = {}      # qualified name -> [values]
        self.tables = []     # in creation order
        self.views = {}      # qualified name -> (table qname, [columns], where)
        self.functions = {}  # qualified name with args -> (table qname, arg type, body kind)
        self.sequences = {}  # qualified name -> increment

    def table(self, q):
        return next(t for t in self.tables if t.q == q)

    def copy(self):
        m = Model()
        m.schemas = list(self.schemas)
        m.enums = {k: list(v) for k, v in self.enums.items()}
        m.tables = [t.copy() for t in self.tables]
        m.views = {k: (a, list(b), c) for k, (a, b, c) in self.views.items()}
        m.functions = dict(self.functions)
        m.sequences = dict(self.sequences)
        return m


def table_names(n):
    names = []
    for i in range(n):
        noun = NOUNS[i % len(NOUNS)]
        suffix = SUFFIXES[(i // len(NOUNS)) % len(SUFFIXES)]
        gen = i // (len(NOUNS) * len(SUFFIXES))
        names.append(f"{noun}{suffix}" + (f"_{gen + 1}" if gen else ""))
    return names


def build_old(rng, n_tables):
    m = Model()
    for s in SCHEMAS:
        for e, vals in ENUM_VALUES.items():
            m.enums[f"{s}.{e}"] = list(vals)
    names = table_names(n_tables)
    for i, name in enumerate(names):
        schema = SCHEMAS[i % len(SCHEMAS)]
        key = ("identity", "serial", "int", "bigint")[rng.randrange(4)]
        t = Table(schema, name, key)
        t.cols.append(Col("id", t.key_type(), True))
        t.pinned.add("id")
        used = {"id"}
        for j in rng.sample(range(len(PALETTE)), rng.randint(4, 9)):
            cname, typ, nn, default = PALETTE[j]
            enum = list(ENUM_VALUES)[rng.randrange(len(ENUM_VALUES))]
            cname = cname.format(enum=enum)
            typ = typ.format(n=rng.choice((40, 80, 120, 255)), p=rng.choice((10, 12, 14)),
                             schema=schema, enum=enum)
            if cname in used:
                continue
            used.add(cname)
            if typ.endswith("." + enum) and rng.random() < 0.5:
                nn, default = True, f"'{ENUM_VALUES[enum][0]}'::{typ}"
            t.cols.append(Col(cname, typ, nn, default))
        # Foreign keys to earlier tables, on a column named after the target.
        for _ in range(rng.choice((0, 1, 1, 2))):
            if i == 0:
                break
            ref = m.tables[rng.randrange(max(0, i - 300), i)]
            cname = f"{ref.name}_id"
            if cname in used:
                continue
            used.add(cname)
            t.cols.append(Col(cname, ref.key_type(), rng.random() < 0.3))
            t.fks.append((f"{name}_{cname}_fkey", cname, ref.q))
            t.indexes.append((f"{name}_{cname}_idx", [cname], False, None))
            t.pinned.add(cname)
        if "code" in used and rng.random() < 0.6:
            t.uniques.append((f"{name}_code_key", ["code"]))
            t.pinned.add("code")
        if "quantity" in used and rng.random() < 0.5:
            t.checks.append((f"{name}_quantity_check", "(quantity >= 0)"))
            t.pinned.add("quantity")
        if "created_at" in used and rng.random() < 0.4:
            where = "is_open" if "is_open" in used and rng.random() < 0.5 else None
            t.indexes.append((f"{name}_created_at_idx", ["created_at"], False, where))
            t.pinned.add("created_at")
            if where:
                t.pinned.add(where)
        if "updated_at" in used and rng.random() < 0.5:
            t.trigger = f"{name}_touch"
            t.pinned.add("updated_at")
        if rng.random() < 0.15:
            t.comment = f"{name.replace('_', ' ')} records"
        m.tables.append(t)
        if i % 20 == 7:
            cols = ["id"] + [c.name for c in t.cols[1:3]]
            t.pinned.update(cols)
            m.views[f"{schema}.{name}_summary"] = (t.q, cols, None)
        if i % 30 == 11:
            m.functions[f"{schema}.{name}_exists({t.key_type()})"] = (t.q, t.key_type(), 1)
        if i % 40 == 13:
            m.sequences[f"{schema}.{name}_number_seq"] = 1
    return m


# ---- the release: old -> new, and the list of changes ------------------------------------------

class Release:
    def __init__(self, old, rng, per):
        self.m = old.copy()
        self.rng = rng
        self.per = per
        self.changes = []
        self.renames = []
        self.renamed_tables = {}  # old qualified name -> new
        self.busy = set()  # tables already changed, or referenced by a change
        incoming = {}
        for t in self.m.tables:
            for _, _, r in t.fks:
                incoming.setdefault(r, []).append(t.q)
        self.incoming = incoming
        self.viewed = {v[0] for v in self.m.views.values()}
        self.functioned = {f[0] for f in self.m.functions.values()}

    def note(self, kind, obj):
        self.changes.append(f"{kind} {obj}")

    def pick(self, pred=lambda t: True, free=True):
        cands = [t for t in self.m.tables if t.q not in self.busy and pred(t)
                 and (not free or (t.q not in self.incoming and t.q not in self.viewed
                                   and t.q not in self.functioned))]
        if not cands:
            return None
        t = cands[self.rng.randrange(len(cands))]
        self.busy.add(t.q)
        return t

    def free_col(self, t, pred):
        cols = [c for c in t.cols if c.name not in t.pinned and pred(c)]
        return cols[self.rng.randrange(len(cols))] if cols else None

    def run(self, n):
        per = self.per
        plan = [
            (per, self.add_table), (per, self.drop_table), (per // 4, self.rename_table),
            (per, self.add_column), (per // 2, self.add_column_not_null),
            (per // 2, self.add_column_fk), (per, self.drop_column), (per, self.rename_column),
            (per, self.widen_varchar), (per // 2, self.varchar_to_text),
            (per // 2, self.int_to_bigint), (per // 2, self.numeric_precision),
            (per // 4, self.key_to_bigint), (per, self.set_not_null), (per, self.drop_not_null),
            (per, self.change_default), (per, self.add_index), (per, self.drop_index),
            (per // 2, self.change_index), (per // 2, self.index_unique), (per, self.add_check),
            (per, self.drop_check), (per // 2, self.add_unique), (per // 2, self.add_fk),
            (per // 2, self.drop_fk), (per // 2, self.add_view), (per // 2, self.drop_view),
            (per // 2, self.alter_view), (per // 2, self.add_function),
            (per // 2, self.drop_function), (per // 2, self.alter_function),
            (per // 4, self.add_enum), (min(per // 4, len(SCHEMAS) * len(ENUM_VALUES)), self.add_enum_value),
            (per // 4, self.add_sequence), (per // 4, self.drop_sequence),
            (per // 4, self.alter_sequence), (per, self.change_comment),
            (per // 4, self.add_trigger), (per // 4, self.drop_trigger), (1, self.add_schema),
        ]
        self.n_old = n
        for count, fn in plan:
            for k in range(max(1, count)):
                fn(k)
        return self.m

    # -- tables
    def add_table(self, k):
        ref = self.pick(lambda t: True, free=False)
        s = SCHEMAS[k % len(SCHEMAS)]
        t = Table(s, f"release_{k + 1}_entry", "identity")
        t.cols = [Col("id", "bigint", True), Col("label", "character varying(80)", True),
                  Col("created_at", "timestamp with time zone", True, "now()"),
                  Col(f"{ref.name}_id", ref.key_type(), False)]
        t.pinned = {"id", "label", "created_at", f"{ref.name}_id"}
        t.fks.append((f"{t.name}_{ref.name}_id_fkey", f"{ref.name}_id", ref.q))
        t.indexes.append((f"{t.name}_{ref.name}_id_idx", [f"{ref.name}_id"], False, None))
        t.uniques.append((f"{t.name}_label_key", ["label"]))
        self.m.tables.append(t)
        self.busy.add(t.q)
        self.note("add_table", t.q)
        self.note("add_index", f"{s}.{t.name}_{ref.name}_id_idx")
        self.note("add_constraint", f"{t.q}.{t.name}_{ref.name}_id_fkey")

    def drop_table(self, k):
        t = self.pick()
        self.m.tables.remove(t)
        self.note("drop_table", t.q)
        self.renames.append(f"--allow-drop {t.q}")

    def rename_table(self, k):
        t = self.pick(lambda t: t.key in ("int", "bigint"))
        old = t.q
        t.name = f"{t.name}_renamed"
        self.busy.add(t.q)
        self.note("drop_table", old)
        self.note("add_table", t.q)
        for name, _, _, _ in t.indexes:
            self.note("add_index", f"{t.schema}.{name}")
        for name, _, _ in t.fks:  # a foreign key comes after the table it references
            self.note("add_constraint", f"{t.q}.{name}")
        if t.trigger:
            self.note("add_trigger", f"{t.q}.{t.trigger}")
        if t.comment:
            self.note("alter_comment", t.q)
        self.renames.append(f"--rename-table {old}={t.name}")
        self.renamed_tables[old] = t.q

    # -- columns
    def add_column(self, k):
        t = self.pick(free=False)
        t.cols.append(Col(f"extra_{k + 1}", "text"))
        self.note("add_column", f"{t.q}.extra_{k + 1}")

    def add_column_not_null(self, k):
        t = self.pick(free=False)
        t.cols.append(Col(f"flag_{k + 1}", "boolean", True, "false"))
        self.note("add_column", f"{t.q}.flag_{k + 1}")

    def add_column_fk(self, k):
        t = self.pick(free=False)
        ref = self.pick(free=False)
        c = f"{ref.name}_ref_id"
        t.cols.append(Col(c, ref.key_type()))
        t.fks.append((f"{t.name}_{c}_fkey", c, ref.q))
        t.pinned.add(c)
        self.note("add_column", f"{t.q}.{c}")
        self.note("add_constraint", f"{t.q}.{t.name}_{c}_fkey")

    def drop_column(self, k):
        t = self.pick(lambda t: self.free_col(t, lambda c: True), free=False)
        c = self.free_col(t, lambda c: True)
        t.cols.remove(c)
        t.col_comments.pop(c.name, None)
        self.note("drop_column", f"{t.q}.{c.name}")
        self.renames.append(f"--allow-drop {t.q}.{c.name}")

    def rename_column(self, k):
        t = self.pick(lambda t: self.free_col(t, lambda c: True), free=False)
        c = self.free_col(t, lambda c: True)
        old = c.name
        c.name = f"{old}_v2"
        self.note("drop_column", f"{t.q}.{old}")
        self.note("add_column", f"{t.q}.{c.name}")
        self.renames.append(f"--rename {t.q}.{old}={c.name}")

    def retype(self, pred, new_type):
        t = self.pick(lambda t: self.free_col(t, pred), free=False)
        c = self.free_col(t, pred)
        c.type = new_type(c.type)
        self.note("alter_column_type", f"{t.q}.{c.name}")

    def widen_varchar(self, k):
        self.retype(lambda c: c.type.startswith("character varying(") and c.type != "character varying(255)",
                    lambda ty: "character varying(255)")

    def varchar_to_text(self, k):
        self.retype(lambda c: c.type.startswith("character varying("), lambda ty: "text")

    def int_to_bigint(self, k):
        self.retype(lambda c: c.type == "integer" and c.default is None, lambda ty: "bigint")

    def numeric_precision(self, k):
        self.retype(lambda c: c.type.startswith("numeric("),
                    lambda ty: f"numeric({int(ty[8:ty.index(',')]) + 4},2)")

    def key_to_bigint(self, k):
        """An integer primary key becomes bigint, and so does every column referencing it."""
        def ok(t):
            refs = self.incoming.get(t.q, [])
            return (t.key == "int" and t.q not in self.viewed and t.q not in self.functioned
                    and refs and all(r not in self.busy for r in refs))
        t = self.pick(ok, free=False)
        t.key = "bigint"
        t.col("id").type = "bigint"
        self.note("alter_column_type", f"{t.q}.id")
        for rq in sorted(set(self.incoming[t.q])):
            r = self.m.table(rq)
            self.busy.add(rq)
            for _, col, target in r.fks:
                if target == t.q:
                    r.col(col).type = "bigint"
                    self.note("alter_column_type", f"{rq}.{col}")

    def set_not_null(self, k):
        t = self.pick(lambda t: self.free_col(t, lambda c: not c.notnull), free=False)
        c = self.free_col(t, lambda c: not c.notnull)
        c.notnull = True
        self.note("alter_column_nullability", f"{t.q}.{c.name}")

    def drop_not_null(self, k):
        t = self.pick(lambda t: self.free_col(t, lambda c: c.notnull), free=False)
        c = self.free_col(t, lambda c: c.notnull)
        c.notnull = False
        self.note("alter_column_nullability", f"{t.q}.{c.name}")

    def change_default(self, k):
        pred = lambda c: c.type == "integer" or c.type == "boolean"  # noqa: E731
        t = self.pick(lambda t: self.free_col(t, pred), free=False)
        c = self.free_col(t, pred)
        c.default = {"integer": {"0": "1"}.get(c.default, "0"),
                     "boolean": {"true": "false"}.get(c.default, "true")}[c.type]
        self.note("alter_column_default", f"{t.q}.{c.name}")

    # -- indexes and constraints
    def add_index(self, k):
        t = self.pick(lambda t: self.free_col(t, lambda c: c.type != "jsonb"), free=False)
        c = self.free_col(t, lambda c: c.type != "jsonb")
        t.indexes.append((f"{t.name}_{c.name}_idx", [c.name], False, None))
        t.pinned.add(c.name)
        self.note("add_index", f"{t.schema}.{t.name}_{c.name}_idx")

    def plain_index(self, t):
        return [x for x in t.indexes if not x[2] and len(x[1]) == 1 and x[3] is None
                and not x[0].endswith("_fkey") and x[1][0] != "created_at"]

    def drop_index(self, k):
        t = self.pick(lambda t: self.plain_index(t), free=False)
        x = self.plain_index(t)[0]
        t.indexes.remove(x)
        self.note("drop_index", f"{t.schema}.{x[0]}")

    def change_index(self, k):
        """A second key column: the same name, another definition."""
        t = self.pick(lambda t: self.plain_index(t) and "id" not in self.plain_index(t)[0][1], free=False)
        x = self.plain_index(t)[0]
        t.indexes[t.indexes.index(x)] = (x[0], x[1] + ["id"], False, None)
        self.note("drop_index", f"{t.schema}.{x[0]}")
        self.note("add_index", f"{t.schema}.{x[0]}")

    def index_unique(self, k):
        t = self.pick(lambda t: self.plain_index(t), free=False)
        x = self.plain_index(t)[0]
        t.indexes[t.indexes.index(x)] = (x[0], x[1] + ["id"], True, None)
        self.note("drop_index", f"{t.schema}.{x[0]}")
        self.note("add_index", f"{t.schema}.{x[0]}")

    def add_check(self, k):
        pred = lambda c: c.type in ("integer", "bigint", "double precision")  # noqa: E731
        t = self.pick(lambda t: self.free_col(t, pred), free=False)
        c = self.free_col(t, pred)
        t.checks.append((f"{t.name}_{c.name}_check", f"({c.name} >= 0)"))
        t.pinned.add(c.name)
        self.note("add_constraint", f"{t.q}.{t.name}_{c.name}_check")

    def drop_check(self, k):
        t = self.pick(lambda t: t.checks, free=False)
        name, _ = t.checks.pop()
        self.note("drop_constraint", f"{t.q}.{name}")

    def add_unique(self, k):
        pred = lambda c: c.type == "uuid"  # noqa: E731
        t = self.pick(lambda t: self.free_col(t, pred), free=False)
        c = self.free_col(t, pred)
        t.uniques.append((f"{t.name}_{c.name}_key", [c.name]))
        t.pinned.add(c.name)
        self.note("add_constraint", f"{t.q}.{t.name}_{c.name}_key")

    def add_fk(self, k):
        """A foreign key on an existing column of the right type."""
        t = self.pick(lambda t: any(c.type == "bigint" and c.name not in t.pinned for c in t.cols),
                      free=False)
        c = next(c for c in t.cols if c.type == "bigint" and c.name not in t.pinned)
        ref = self.pick(lambda r: r.key_type() == "bigint", free=False)
        t.fks.append((f"{t.name}_{c.name}_fkey", c.name, ref.q))
        t.pinned.add(c.name)
        self.note("add_constraint", f"{t.q}.{t.name}_{c.name}_fkey")

    def drop_fk(self, k):
        t = self.pick(lambda t: t.fks, free=False)
        name, _, _ = t.fks.pop()
        self.note("drop_constraint", f"{t.q}.{name}")

    # -- views, functions, types, sequences, comments, triggers, schemas
    def add_view(self, k):
        t = self.pick(free=False)
        cols = ["id"] + [c.name for c in t.cols[1:2]]
        t.pinned.update(cols)
        self.m.views[f"{t.schema}.{t.name}_recent"] = (t.q, cols, None)
        self.note("add_view", f"{t.schema}.{t.name}_recent")

    def some_view(self):
        names = sorted(v for v in self.m.views if self.m.views[v][0] not in self.busy)
        v = names[self.rng.randrange(len(names))]
        self.busy.add(self.m.views[v][0])
        return v

    def drop_view(self, k):
        v = self.some_view()
        del self.m.views[v]
        self.note("drop_view", v)

    def alter_view(self, k):
        v = self.some_view()
        tq, cols, _ = self.m.views[v]
        self.m.views[v] = (tq, cols, "id > 0")
        self.note("alter_view", v)

    def add_function(self, k):
        fname = lambda t: f"{t.schema}.{t.name}_exists({t.key_type()})"  # noqa: E731
        t = self.pick(lambda t: fname(t) not in self.m.functions, free=False)
        f = fname(t)
        self.m.functions[f] = (t.q, t.key_type(), 1)
        self.note("add_function", f)

    def some_function(self):
        names = sorted(f for f in self.m.functions if self.m.functions[f][0] not in self.busy)
        f = names[self.rng.randrange(len(names))]
        self.busy.add(self.m.functions[f][0])
        return f

    def drop_function(self, k):
        f = self.some_function()
        del self.m.functions[f]
        self.note("drop_function", f)

    def alter_function(self, k):
        f = self.some_function()
        tq, ty, _ = self.m.functions[f]
        self.m.functions[f] = (tq, ty, 2)
        self.note("alter_function", f)

    def add_enum(self, k):
        e = f"{SCHEMAS[k % len(SCHEMAS)]}.release_kind_{k + 1}"
        self.m.enums[e] = ["one", "two"]
        self.note("add_type", e)

    def add_enum_value(self, k):
        e = sorted(x for x in self.m.enums if not x.split(".")[1].startswith("release_"))[k]
        self.m.enums[e].append("archived")
        self.note("add_enum_value", e)

    def add_sequence(self, k):
        s = f"{SCHEMAS[k % len(SCHEMAS)]}.release_{k + 1}_seq"
        self.m.sequences[s] = 1
        self.note("add_sequence", s)

    def some_sequence(self):
        names = sorted(s for s in self.m.sequences if self.m.sequences[s] == 1
                       and not s.split(".")[1].startswith("release_"))
        return names[self.rng.randrange(len(names))]

    def drop_sequence(self, k):
        s = self.some_sequence()
        del self.m.sequences[s]
        self.note("drop_sequence", s)

    def alter_sequence(self, k):
        s = self.some_sequence()
        self.m.sequences[s] = 10
        self.note("alter_sequence", s)

    def change_comment(self, k):
        if k % 2:
            t = self.pick(lambda t: t.comment, free=False)
            t.comment += " (kept for audits)"
            self.note("alter_comment", t.q)
        else:
            t = self.pick(lambda t: self.free_col(t, lambda c: True), free=False)
            c = self.free_col(t, lambda c: True)
            t.col_comments[c.name] = f"what {c.name} means"
            self.note("alter_comment", f"{t.q}.{c.name}")

    def add_trigger(self, k):
        t = self.pick(lambda t: t.trigger is None and any(c.name == "updated_at" for c in t.cols),
                      free=False)
        t.trigger = f"{t.name}_touch"
        self.note("add_trigger", f"{t.q}.{t.trigger}")

    def drop_trigger(self, k):
        t = self.pick(lambda t: t.trigger, free=False)
        self.note("drop_trigger", f"{t.q}.{t.trigger}")
        t.trigger = None

    def add_schema(self, k):
        self.m.schemas.append("reporting")
        self.note("add_schema", "reporting")


# ---- rendering ---------------------------------------------------------------------------------

def hdr(out, name, typ, schema):
    out.append(f"--\n-- Name: {name}; Type: {typ}; Schema: {schema}; Owner: -\n--\n\n")


def render(m):
    out = ["--\n-- PostgreSQL database dump\n--\n\n",
           "SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET client_encoding = 'UTF8';\n",
           "SET standard_conforming_strings = on;\n",
           "SELECT pg_catalog.set_config('search_path', '', false);\n",
           "SET check_function_bodies = false;\nSET client_min_messages = warning;\n\n"]
    for s in m.schemas:
        if s != "public":
            hdr(out, s, "SCHEMA", "-")
            out.append(f"CREATE SCHEMA {s};\n\n\n")
    for e in sorted(m.enums):
        s, n = e.split(".")
        hdr(out, n, "TYPE", s)
        vals = ",\n".join(f"    '{v}'" for v in m.enums[e])
        out.append(f"CREATE TYPE {e} AS ENUM (\n{vals}\n);\n\n\n")
    hdr(out, "touch_updated_at()", "FUNCTION", "ops")
    out.append("CREATE FUNCTION ops.touch_updated_at() RETURNS trigger\n    LANGUAGE plpgsql\n"
               "    AS $$\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND\n$$;\n\n\n")
    for f in sorted(m.functions):
        tq, ty, body = m.functions[f]
        s, n = f.split(".", 1)
        hdr(out, n.replace(f"({ty})", f"(p_id {ty})"), "FUNCTION", s)
        cond = "id = p_id" if body == 1 else "id = p_id AND id > 0"
        out.append(f"CREATE FUNCTION {f.split('(')[0]}(p_id {ty}) RETURNS boolean\n"
                   f"    LANGUAGE sql STABLE\n    AS $$ SELECT EXISTS (SELECT 1 FROM {tq} WHERE {cond}) $$;\n\n\n")
    tail = {"defaults": [], "keys": [], "indexes": [], "triggers": [], "fks": [], "comments": []}
    for t in m.tables:
        hdr(out, t.name, "TABLE", t.schema)
        lines = []
        for c in t.cols:
            d = f" DEFAULT {c.default}" if c.default else ""
            lines.append(f"    {c.name} {c.type}{d}{' NOT NULL' if c.notnull else ''}")
        for name, expr in t.checks:
            lines.append(f"    CONSTRAINT {name} CHECK ({expr})")
        out.append(f"CREATE TABLE {t.q} (\n" + ",\n".join(lines) + "\n);\n\n\n")
        seq = f"{t.schema}.{t.name}_id_seq"
        if t.key == "identity":
            out.append(f"ALTER TABLE {t.q} ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (\n"
                       f"    SEQUENCE NAME {seq}\n    START WITH 1\n    INCREMENT BY 1\n"
                       f"    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1\n);\n\n\n")
        elif t.key == "serial":
            hdr(out, f"{t.name}_id_seq", "SEQUENCE", t.schema)
            out.append(f"CREATE SEQUENCE {seq}\n    AS integer\n    START WITH 1\n    INCREMENT BY 1\n"
                       f"    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n\n\n")
            out.append(f"ALTER SEQUENCE {seq} OWNED BY {t.q}.id;\n\n\n")
            tail["defaults"].append(f"ALTER TABLE ONLY {t.q} ALTER COLUMN id SET DEFAULT "
                                    f"nextval('{seq}'::regclass);\n\n\n")
        tail["keys"].append(f"ALTER TABLE ONLY {t.q}\n    ADD CONSTRAINT {t.pkey} PRIMARY KEY (id);\n\n\n")
        for name, cols in t.uniques:
            tail["keys"].append(f"ALTER TABLE ONLY {t.q}\n    ADD CONSTRAINT {name} UNIQUE ({', '.join(cols)});\n\n\n")
        for name, cols, unique, where in t.indexes:
            w = f" WHERE {where}" if where else ""
            tail["indexes"].append(f"CREATE {'UNIQUE ' if unique else ''}INDEX {name} ON {t.q} "
                                   f"USING btree ({', '.join(cols)}){w};\n\n\n")
        if t.trigger:
            tail["triggers"].append(f"CREATE TRIGGER {t.trigger} BEFORE UPDATE ON {t.q} FOR EACH ROW "
                                    f"EXECUTE FUNCTION ops.touch_updated_at();\n\n\n")
        for name, col, ref in t.fks:
            tail["fks"].append(f"ALTER TABLE ONLY {t.q}\n    ADD CONSTRAINT {name} FOREIGN KEY ({col}) "
                               f"REFERENCES {ref}(id);\n\n\n")
        if t.comment:
            tail["comments"].append(f"COMMENT ON TABLE {t.q} IS '{t.comment}';\n\n\n")
        for c in sorted(t.col_comments):
            tail["comments"].append(f"COMMENT ON COLUMN {t.q}.{c} IS '{t.col_comments[c]}';\n\n\n")
    for s in sorted(m.sequences):
        sch, n = s.split(".")
        hdr(out, n, "SEQUENCE", sch)
        out.append(f"CREATE SEQUENCE {s}\n    START WITH 1\n    INCREMENT BY {m.sequences[s]}\n"
                   f"    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n\n\n")
    for v in sorted(m.views):
        tq, cols, where = m.views[v]
        sch, n = v.split(".")
        hdr(out, n, "VIEW", sch)
        alias = tq.split(".")[1]
        sel = ",\n    ".join(f"{alias}.{c}" for c in cols)
        w = f"\n  WHERE ({alias}.{where})" if where else ""
        out.append(f"CREATE VIEW {v} AS\n SELECT {sel}\n   FROM {tq}{w};\n\n\n")
    for k in ("defaults", "keys", "indexes", "triggers", "fks", "comments"):
        out += tail[k]
    out.append("--\n-- PostgreSQL database dump complete\n--\n\n")
    return "".join(out)


# ---- application queries -----------------------------------------------------------------------

def table_queries(m, t, count):
    """count queries on table t, each valid on model m; the same table and columns give the same
    names and texts in either version."""
    tag = f"{t.schema}_{t.name}"
    plain = [c for c in t.cols if c.name != "id" and c.type != "jsonb"]
    c1 = plain[0] if plain else t.col("id")
    c2 = plain[1] if len(plain) > 1 else c1
    out = []
    for j in range(count):
        kind = j % 6
        if kind == 0:
            q = f"SELECT id, {c1.name}, {c2.name} FROM {t.q} WHERE id = $1"
            name = f"get_{tag}_{c1.name}_{c2.name}"
        elif kind == 1:
            q = f"UPDATE {t.q} SET {c1.name} = $2 WHERE id = $1"
            name = f"set_{tag}_{c1.name}"
        elif kind == 2:
            need = [c for c in t.cols if c.notnull and c.default is None
                    and not (c.name == "id" and t.key in ("identity", "serial"))]
            cols = need or [c1]
            vals = ", ".join(f"${i + 1}" for i in range(len(cols)))
            q = f"INSERT INTO {t.q} ({', '.join(c.name for c in cols)}) VALUES ({vals}) RETURNING id"
            name = f"add_{tag}_" + "_".join(c.name for c in cols)
        elif kind == 3 and t.fks:
            _, col, ref = t.fks[0]
            q = (f"SELECT a.id, b.id AS ref_id FROM {t.q} a JOIN {ref} b ON b.id = a.{col} "
                 f"WHERE a.id = $1")
            name = f"join_{tag}_{col}"
        elif kind == 3:
            q = f"SELECT count(*) FROM {t.q} WHERE {c1.name} IS NOT NULL"
            name = f"count_{tag}_{c1.name}"
        elif kind == 4:
            q = f"DELETE FROM {t.q} WHERE id = $1"
            name = f"del_{tag}"
        else:
            q = f"SELECT id FROM {t.q} WHERE id > $1 ORDER BY id LIMIT 100"
            name = f"page_{tag}"
        out.append((name, q))
    return out


def extra_queries(m):
    """Queries of views and functions, one each."""
    out = []
    for v in sorted(m.views):
        _, cols, _ = m.views[v]
        out.append((f"view_{v.replace('.', '_')}", f"SELECT {', '.join(cols)} FROM {v} WHERE id = $1"))
    for f in sorted(m.functions):
        fn = f.split("(")[0]
        out.append((f"call_{fn.replace('.', '_')}", f"SELECT {fn}($1)"))
    return out


def write_queries(path, m, counts, n_extra):
    """counts: table qname -> number of queries on it; then n_extra view and function calls."""
    qs = []
    for t in m.tables:
        qs += table_queries(m, t, counts.get(t.q, 0))
    qs += extra_queries(m)[:n_extra]
    seen = {}
    with open(path, "w", encoding="utf-8") as f:
        for name, q in qs:
            seen[name] = seen.get(name, 0) + 1
            if seen[name] > 1:
                name = f"{name}_{seen[name]}"
            f.write(f"-- name: {name} :many\n{q};\n\n")
    return len(qs)


def spread(keys, total):
    """total split over keys in order, as evenly as integers allow."""
    n = len(keys)
    return {k: (i + 1) * total // n - i * total // n for i, k in enumerate(keys)} if n else {}


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--tables", type=int, default=2000)
    ap.add_argument("--queries", type=int, default=None)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    if not 500 <= a.tables <= 16000:
        ap.error("--tables must be within 500..16000")
    nq = a.queries if a.queries is not None else a.tables * 5 // 2
    if nq < 1:
        ap.error("--queries must be positive")
    rng = random.Random(a.seed)
    old = build_old(rng, a.tables)
    rel = Release(old, random.Random(a.seed + 1), per=max(4, a.tables // 100))
    new = rel.run(a.tables)
    os.makedirs(a.out, exist_ok=True)

    def write(name, text):
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            f.write(text)

    write("old.sql", render(old))
    write("new.sql", render(new))
    write("changes.txt", "".join(c + "\n" for c in sorted(rel.changes)))
    write("hints.txt", "".join(r + "\n" for r in rel.renames))
    # The share of the queries of each table: old's tables in order; a table that survives (or is
    # renamed) keeps its count, the new tables share the rest; views and functions get up to a
    # tenth, one query each.
    extra_old = min(len(extra_queries(old)), nq // 10)
    extra_new = min(len(extra_queries(new)), nq // 10)
    counts_old = spread([t.q for t in old.tables], nq - extra_old)
    new_names = {t.q for t in new.tables}
    counts_new, kept = {}, 0
    for t in old.tables:
        q = rel.renamed_tables.get(t.q, t.q)
        if q in new_names and kept + counts_old[t.q] <= nq - extra_new:
            counts_new[q] = counts_old[t.q]
            kept += counts_old[t.q]
    added = [t.q for t in new.tables if t.q not in counts_new and t.q not in rel.renamed_tables.values()
             and t.q not in {x.q for x in old.tables}]
    counts_new.update(spread(added, nq - extra_new - kept))
    n1 = write_queries(os.path.join(a.out, "app_v1.sql"), old, counts_old, extra_old)
    n2 = write_queries(os.path.join(a.out, "app_v2.sql"), new, counts_new, extra_new)
    print(f"gen_pair: {a.tables} tables -> {len(new.tables)}; {len(rel.changes)} changes; "
          f"{n1} + {n2} queries; seed {a.seed} -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
