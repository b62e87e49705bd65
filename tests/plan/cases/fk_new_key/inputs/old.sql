-- Foreign keys after the unique key they need, which the plan adds; a
-- foreign key of a partitioned table (no NOT VALID there in PostgreSQL 15).
CREATE TABLE countries (code text NOT NULL, name text);
CREATE TABLE addresses (id integer PRIMARY KEY, country text);
CREATE TABLE visits (id bigint NOT NULL, country text NOT NULL, day date NOT NULL) PARTITION BY RANGE (day);
CREATE TABLE visits_2024 PARTITION OF visits FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE visits_2025 PARTITION OF visits FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
