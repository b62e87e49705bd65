-- 05_partitions: hand-written DDL checked against PostgreSQL 15.18 (pg_dump round trip,
-- rollgate diff sees no change either way). Run by tests/catalog/tests.cmake through
-- tests/pg/roundtrip.sh (which creates the roles app_user, app_admin, ...).
CREATE TABLE ref (id int PRIMARY KEY);
CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL, r int REFERENCES ref, k text, PRIMARY KEY (id, at), UNIQUE (k, at)) PARTITION BY RANGE (at);
CREATE INDEX ON ev (r);
CREATE INDEX ev_lower ON ev (lower(k));
CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE ev_2025 (id bigint NOT NULL, at date NOT NULL, r int, k text);
ALTER TABLE ev ATTACH PARTITION ev_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE ev_def PARTITION OF ev DEFAULT;
CREATE INDEX ev_k ON ev (k);
ALTER TABLE ev ADD CONSTRAINT ev_k_check CHECK (k <> '');
