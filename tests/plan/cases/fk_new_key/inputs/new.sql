CREATE TABLE countries (code text NOT NULL, name text, CONSTRAINT countries_code_key UNIQUE (code));
CREATE TABLE addresses (id integer PRIMARY KEY, country text REFERENCES countries (code));
CREATE TABLE visits (id bigint NOT NULL, country text NOT NULL REFERENCES countries (code), day date NOT NULL) PARTITION BY RANGE (day);
CREATE TABLE visits_2024 PARTITION OF visits FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE visits_2025 PARTITION OF visits FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
