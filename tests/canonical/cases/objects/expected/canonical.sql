-- canonical DDL written by rollgate
SET check_function_bodies = false;

-- schemas
CREATE SCHEMA app2;

-- functions
CREATE FUNCTION app2.add(a integer, b integer DEFAULT 1) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT SECURITY INVOKER PARALLEL UNSAFE NOT LEAKPROOF COST 100
    AS $$SELECT a + b$$;
CREATE PROCEDURE app2.noop()
    LANGUAGE plpgsql SECURITY INVOKER
    AS $$BEGIN END$$;

-- sequences
CREATE SEQUENCE app2.counter
    AS integer
    START WITH 10
    INCREMENT BY 5
    MINVALUE 1
    MAXVALUE 2147483647
    CACHE 2
    CYCLE;
CREATE SEQUENCE app2.items_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    MINVALUE 1
    MAXVALUE 2147483647
    CACHE 1;

-- tables
SELECT pg_catalog.set_config('search_path', 'app2, public', false);
CREATE TABLE app2.items (
    id integer DEFAULT nextval('app2.items_id_seq'::regclass) NOT NULL,
    price numeric NOT NULL,
    tags text[]
);
CREATE FUNCTION app2.items_over(p numeric) RETURNS SETOF app2.items
    LANGUAGE sql STABLE CALLED ON NULL INPUT SECURITY INVOKER PARALLEL UNSAFE NOT LEAKPROOF COST 100 ROWS 1000
    AS $$ SELECT * FROM app2.items WHERE price > p $$;
CREATE AGGREGATE app2.mysum (int) (sfunc = int4pl, stype = int);
ALTER SEQUENCE app2.items_id_seq OWNED BY app2.items.id;

-- keys and indexes
ALTER TABLE ONLY app2.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (id);

-- views
CREATE VIEW app2.cheap_items AS
SELECT id, price FROM items WHERE price < 10;
CREATE MATERIALIZED VIEW app2.item_count AS
SELECT count(*) AS n FROM app2.items
  WITH NO DATA;
CREATE VIEW app2.selfish AS
SELECT NULL::text AS id;
CREATE OR REPLACE VIEW app2.selfish AS
SELECT * FROM app2.selfish;
CREATE UNIQUE INDEX item_count_n_idx ON app2.item_count USING btree (n);

-- comments and privileges
COMMENT ON FUNCTION app2.add(integer, integer) IS 'adds';
RESET search_path;
