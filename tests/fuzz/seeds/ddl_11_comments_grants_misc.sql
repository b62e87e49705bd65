-- 11: comments on every kind of object, grants and revokes (table, column,
-- sequence, schema, function, type), and table-level odds and ends:
-- UNLOGGED, storage parameters, column STORAGE / STATISTICS / COMPRESSION,
-- collations, REPLICA IDENTITY, CLUSTER ON, ALTER COLUMN TYPE with USING,
-- column and table renames and drops.

CREATE SCHEMA shop;
COMMENT ON SCHEMA shop IS 'the shop';

CREATE TABLE shop.products (
    id integer PRIMARY KEY,
    name text COLLATE "C" NOT NULL,
    description text,
    price numeric(10,2),
    stock integer,
    legacy_code varchar(20),
    old_col text,
    code text
) WITH (fillfactor = 90, autovacuum_enabled = false);
CREATE UNLOGGED TABLE shop.cart_cache (session_id text PRIMARY KEY, payload jsonb);
CREATE SEQUENCE shop.product_seq;
CREATE TYPE shop.size AS ENUM ('s', 'm', 'l');
CREATE FUNCTION shop.price_with_tax(p numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT p * 1.2';
CREATE INDEX products_name ON shop.products (name);

ALTER TABLE shop.products ALTER COLUMN description SET STORAGE EXTERNAL;
ALTER TABLE shop.products ALTER COLUMN name SET STATISTICS 500;
ALTER TABLE shop.products ALTER COLUMN description SET COMPRESSION pglz;
ALTER TABLE shop.products ALTER COLUMN stock TYPE bigint;
ALTER TABLE shop.products ALTER COLUMN legacy_code TYPE integer USING legacy_code::integer;
ALTER TABLE shop.products ALTER COLUMN price SET DATA TYPE numeric(12,2);
ALTER TABLE shop.products DROP COLUMN old_col;
ALTER TABLE shop.products RENAME COLUMN code TO sku;
ALTER TABLE shop.products ADD COLUMN size shop.size;
ALTER TABLE shop.products ADD COLUMN IF NOT EXISTS size shop.size;
ALTER TABLE shop.products REPLICA IDENTITY FULL;
ALTER TABLE shop.products CLUSTER ON products_name;
ALTER TABLE shop.cart_cache SET (autovacuum_vacuum_scale_factor = 0.01);
ALTER TABLE shop.cart_cache RESET (autovacuum_vacuum_scale_factor);
CREATE VIEW shop.cheap AS SELECT id, name FROM shop.products WHERE price < 10;
CREATE TABLE shop.tmp (id integer);
ALTER TABLE shop.tmp RENAME TO staging;
CREATE TABLE shop.gone (id integer);
DROP TABLE shop.gone;
CREATE TABLE shop.uniq (id integer NOT NULL, alt integer NOT NULL);
CREATE UNIQUE INDEX uniq_alt ON shop.uniq (alt);
ALTER TABLE shop.uniq REPLICA IDENTITY USING INDEX uniq_alt;

COMMENT ON TABLE shop.products IS 'everything we sell';
COMMENT ON COLUMN shop.products.price IS 'in EUR, net';
COMMENT ON COLUMN shop.products.sku IS NULL;
COMMENT ON COLUMN shop.products.name IS 'display name';
COMMENT ON INDEX shop.products_name IS 'name lookups';
COMMENT ON CONSTRAINT products_pkey ON shop.products IS 'the key';
COMMENT ON SEQUENCE shop.product_seq IS 'spare ids';
COMMENT ON TYPE shop.size IS 'shirt sizes';
COMMENT ON FUNCTION shop.price_with_tax(numeric) IS 'gross price';
COMMENT ON VIEW shop.cheap IS 'under ten';
COMMENT ON COLUMN shop.cheap.name IS 'name of a cheap product';
COMMENT ON TABLE shop.staging IS 'first comment';
COMMENT ON TABLE shop.staging IS 'second comment wins';

GRANT USAGE ON SCHEMA shop TO app_user;
GRANT SELECT ON shop.products TO app_user, app_readonly;
GRANT INSERT, UPDATE ON TABLE shop.products TO app_user;
GRANT SELECT (id, name), UPDATE (price) ON shop.products TO app_readonly;
GRANT ALL ON shop.cart_cache TO app_admin;
GRANT USAGE, SELECT ON SEQUENCE shop.product_seq TO app_user;
GRANT EXECUTE ON FUNCTION shop.price_with_tax(numeric) TO app_user;
REVOKE EXECUTE ON FUNCTION shop.price_with_tax(numeric) FROM PUBLIC;
GRANT USAGE ON TYPE shop.size TO app_user;
GRANT SELECT ON shop.cheap TO PUBLIC;
GRANT SELECT ON shop.staging TO "Hostile ""Role"" x";
REVOKE UPDATE ON shop.products FROM app_user;
GRANT TRUNCATE ON shop.products TO app_admin WITH GRANT OPTION;
REVOKE ALL ON shop.cart_cache FROM app_admin;
GRANT SELECT, DELETE ON shop.cart_cache TO app_admin;
