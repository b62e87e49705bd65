CREATE TABLE hot (id bigint PRIMARY KEY, v text) WITH (fillfactor=70);
CREATE UNLOGGED TABLE scratch (id bigint PRIMARY KEY, v text);
CREATE TABLE cache (k text PRIMARY KEY, v text);
CREATE TABLE audit (id bigint PRIMARY KEY, v text) WITH (autovacuum_enabled=false, user_catalog_table=true);
ALTER TABLE audit REPLICA IDENTITY FULL;
ALTER TABLE scratch ALTER COLUMN v SET STATISTICS 200;
