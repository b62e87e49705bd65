-- Objects made again under the same name: a view losing a column, a
-- materialized view with a new query (its index built with it), an index
-- of a materialized view changing columns, a constraint trigger changing.
CREATE TABLE items (id integer PRIMARY KEY, name text, price integer, version integer NOT NULL DEFAULT 0);
CREATE VIEW item_names AS SELECT id, name, price FROM items;
CREATE MATERIALIZED VIEW item_prices AS SELECT id, price FROM items;
CREATE INDEX item_prices_price_idx ON item_prices (price);
CREATE MATERIALIZED VIEW item_list AS SELECT id, name, price FROM items;
CREATE INDEX item_list_idx ON item_list (name);
CREATE FUNCTION check_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE CONSTRAINT TRIGGER items_version AFTER UPDATE ON items DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_version();
