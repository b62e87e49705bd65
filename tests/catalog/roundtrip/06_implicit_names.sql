-- 06_implicit_names: hand-written DDL checked against PostgreSQL 15.18 (pg_dump round trip,
-- rollgate diff sees no change either way). Run by tests/catalog/tests.cmake through
-- tests/pg/roundtrip.sh (which creates the roles app_user, app_admin, ...).
CREATE TABLE d (x int CHECK (x > 0) CHECK (x < 100), y int, CHECK (x < y), CHECK (y > 0));
CREATE DOMAIN dd AS int CHECK (VALUE > 0);
CREATE TABLE t_id_seq (z int);
CREATE TABLE t (id serial, other int GENERATED ALWAYS AS IDENTITY, a int, b int);
CREATE TABLE t_pkey (z int);
ALTER TABLE t ADD PRIMARY KEY (id);
ALTER TABLE t ADD UNIQUE (a, b), ADD UNIQUE (a, b);
CREATE TABLE u (a int, b int, FOREIGN KEY (a, b) REFERENCES t (a, b), FOREIGN KEY (a, b) REFERENCES t (a, b));
ALTER TABLE u ADD FOREIGN KEY (a, b) REFERENCES t (a, b);
CREATE INDEX ON u ((a + b), (a - b), a, a);
CREATE INDEX ON u (lower(a::text) DESC, upper(b::text) NULLS FIRST);
CREATE UNIQUE INDEX ON u (a) WHERE b > 0;
CREATE TABLE "Weird Name" ("Col A" int PRIMARY KEY, "ß" text UNIQUE);
CREATE TABLE v1 (c int); CREATE INDEX ON v1 (c); ALTER TABLE v1 RENAME TO v2; CREATE INDEX ON v2 (c);
