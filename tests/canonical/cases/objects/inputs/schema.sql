-- Other object kinds: sequences, functions with arguments, materialized
-- views, search_path-dependent views, opaque statements.
SET search_path = app2, public;
CREATE SCHEMA app2;
CREATE SEQUENCE app2.counter AS integer START WITH 10 INCREMENT BY 5 CACHE 2 CYCLE;
CREATE TABLE items (id serial PRIMARY KEY, price numeric NOT NULL, tags text[]);
CREATE FUNCTION app2.add(a integer, b integer DEFAULT 1) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT a + b';
CREATE FUNCTION app2.items_over(p numeric) RETURNS SETOF app2.items
    LANGUAGE sql STABLE AS $$ SELECT * FROM app2.items WHERE price > p $$;
CREATE PROCEDURE app2.noop() LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE VIEW cheap_items AS SELECT id, price FROM items WHERE price < 10;
CREATE MATERIALIZED VIEW app2.item_count AS SELECT count(*) AS n FROM app2.items WITH NO DATA;
CREATE UNIQUE INDEX item_count_n_idx ON app2.item_count (n);
CREATE AGGREGATE app2.mysum(integer) (SFUNC = int4pl, STYPE = integer);
COMMENT ON FUNCTION app2.add(integer, integer) IS 'adds';
-- A view defined over itself (PostgREST's fixture does this).
CREATE VIEW app2.selfish AS SELECT id FROM app2.items;
CREATE OR REPLACE VIEW app2.selfish AS SELECT * FROM app2.selfish;
