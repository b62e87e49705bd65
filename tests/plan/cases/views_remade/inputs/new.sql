CREATE TABLE items (id integer PRIMARY KEY, name text, price integer, version integer NOT NULL DEFAULT 0);
CREATE VIEW item_names AS SELECT id, name FROM items;
CREATE MATERIALIZED VIEW item_prices AS SELECT id, price FROM items WHERE price > 0;
CREATE INDEX item_prices_price_idx ON item_prices (price);
CREATE MATERIALIZED VIEW item_list AS SELECT id, name, price FROM items;
CREATE INDEX item_list_idx ON item_list (price);
CREATE FUNCTION check_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE CONSTRAINT TRIGGER items_version AFTER UPDATE ON items DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION check_version();
