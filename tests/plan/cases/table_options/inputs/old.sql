CREATE TABLE hot (id bigint PRIMARY KEY, v text) WITH (fillfactor=90, autovacuum_vacuum_scale_factor=0.2);
CREATE TABLE scratch (id bigint PRIMARY KEY, v text);
CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v text);
CREATE TABLE audit (id bigint PRIMARY KEY, v text) WITH (autovacuum_enabled=false);
ALTER TABLE hot ALTER COLUMN v SET STATISTICS 500;
