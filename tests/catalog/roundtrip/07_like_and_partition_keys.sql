-- 07_like_and_partition_keys: hand-written DDL checked against PostgreSQL 15.18 (pg_dump round trip,
-- rollgate diff sees no change either way). Run by tests/catalog/tests.cmake through
-- tests/pg/roundtrip.sh (which creates the roles app_user, app_admin, ...).
CREATE TABLE src (id int PRIMARY KEY, n int DEFAULT 7 CHECK (n > 0), g int GENERATED ALWAYS AS (n * 2) STORED, z int DEFAULT NULL, u text UNIQUE, i int GENERATED ALWAYS AS IDENTITY);
CREATE INDEX src_n ON src (n);
CREATE INDEX ON src (lower(u));
COMMENT ON COLUMN src.n IS 'n!';
CREATE TABLE l1 (LIKE src);
CREATE TABLE l2 (LIKE src INCLUDING ALL);
CREATE TABLE l3 (LIKE src INCLUDING DEFAULTS INCLUDING CONSTRAINTS, extra int);
CREATE TABLE logs (at timestamp NOT NULL) PARTITION BY RANGE (date_trunc('month'::text, at));
CREATE TABLE logs_1 PARTITION OF logs FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
