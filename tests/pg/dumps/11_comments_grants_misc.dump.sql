--
-- PostgreSQL database dump
--

\restrict Vz6ZPYXW05JWvipT58pqHdfWlSBNE1EdrMuEhpv30adbSOT6mZZHcNdqkekRpVz

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: shop; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA shop;


ALTER SCHEMA shop OWNER TO postgres;

--
-- Name: SCHEMA shop; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA shop IS 'the shop';


--
-- Name: size; Type: TYPE; Schema: shop; Owner: postgres
--

CREATE TYPE shop.size AS ENUM (
    's',
    'm',
    'l'
);


ALTER TYPE shop.size OWNER TO postgres;

--
-- Name: TYPE size; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON TYPE shop.size IS 'shirt sizes';


--
-- Name: price_with_tax(numeric); Type: FUNCTION; Schema: shop; Owner: postgres
--

CREATE FUNCTION shop.price_with_tax(p numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$SELECT p * 1.2$$;


ALTER FUNCTION shop.price_with_tax(p numeric) OWNER TO postgres;

--
-- Name: FUNCTION price_with_tax(p numeric); Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON FUNCTION shop.price_with_tax(p numeric) IS 'gross price';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: cart_cache; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE UNLOGGED TABLE shop.cart_cache (
    session_id text NOT NULL,
    payload jsonb
);


ALTER TABLE shop.cart_cache OWNER TO postgres;

--
-- Name: products; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.products (
    id integer NOT NULL,
    name text NOT NULL COLLATE pg_catalog."C",
    description text,
    price numeric(12,2),
    stock bigint,
    legacy_code integer,
    sku text,
    size shop.size
)
WITH (fillfactor='90', autovacuum_enabled='false');
ALTER TABLE ONLY shop.products ALTER COLUMN name SET STATISTICS 500;
ALTER TABLE ONLY shop.products ALTER COLUMN description SET STORAGE EXTERNAL;
ALTER TABLE ONLY shop.products ALTER COLUMN description SET COMPRESSION pglz;

ALTER TABLE ONLY shop.products REPLICA IDENTITY FULL;


ALTER TABLE shop.products OWNER TO postgres;

--
-- Name: TABLE products; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON TABLE shop.products IS 'everything we sell';


--
-- Name: COLUMN products.name; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON COLUMN shop.products.name IS 'display name';


--
-- Name: COLUMN products.price; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON COLUMN shop.products.price IS 'in EUR, net';


--
-- Name: cheap; Type: VIEW; Schema: shop; Owner: postgres
--

CREATE VIEW shop.cheap AS
 SELECT products.id,
    products.name
   FROM shop.products
  WHERE (products.price < (10)::numeric);


ALTER TABLE shop.cheap OWNER TO postgres;

--
-- Name: VIEW cheap; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON VIEW shop.cheap IS 'under ten';


--
-- Name: COLUMN cheap.name; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON COLUMN shop.cheap.name IS 'name of a cheap product';


--
-- Name: product_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

CREATE SEQUENCE shop.product_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE shop.product_seq OWNER TO postgres;

--
-- Name: SEQUENCE product_seq; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON SEQUENCE shop.product_seq IS 'spare ids';


--
-- Name: staging; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.staging (
    id integer
);


ALTER TABLE shop.staging OWNER TO postgres;

--
-- Name: TABLE staging; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON TABLE shop.staging IS 'second comment wins';


--
-- Name: uniq; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.uniq (
    id integer NOT NULL,
    alt integer NOT NULL
);


ALTER TABLE shop.uniq OWNER TO postgres;

--
-- Name: cart_cache cart_cache_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.cart_cache
    ADD CONSTRAINT cart_cache_pkey PRIMARY KEY (session_id);


--
-- Name: products products_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);


--
-- Name: CONSTRAINT products_pkey ON products; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON CONSTRAINT products_pkey ON shop.products IS 'the key';


--
-- Name: products_name; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX products_name ON shop.products USING btree (name);

ALTER TABLE shop.products CLUSTER ON products_name;


--
-- Name: INDEX products_name; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON INDEX shop.products_name IS 'name lookups';


--
-- Name: uniq_alt; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE UNIQUE INDEX uniq_alt ON shop.uniq USING btree (alt);

ALTER TABLE ONLY shop.uniq REPLICA IDENTITY USING INDEX uniq_alt;


--
-- Name: SCHEMA shop; Type: ACL; Schema: -; Owner: postgres
--

GRANT USAGE ON SCHEMA shop TO app_user;


--
-- Name: TYPE size; Type: ACL; Schema: shop; Owner: postgres
--

GRANT ALL ON TYPE shop.size TO app_user;


--
-- Name: FUNCTION price_with_tax(p numeric); Type: ACL; Schema: shop; Owner: postgres
--

REVOKE ALL ON FUNCTION shop.price_with_tax(p numeric) FROM PUBLIC;
GRANT ALL ON FUNCTION shop.price_with_tax(p numeric) TO app_user;


--
-- Name: TABLE cart_cache; Type: ACL; Schema: shop; Owner: postgres
--

GRANT SELECT,DELETE ON TABLE shop.cart_cache TO app_admin;


--
-- Name: TABLE products; Type: ACL; Schema: shop; Owner: postgres
--

GRANT SELECT,INSERT ON TABLE shop.products TO app_user;
GRANT SELECT ON TABLE shop.products TO app_readonly;
GRANT TRUNCATE ON TABLE shop.products TO app_admin WITH GRANT OPTION;


--
-- Name: COLUMN products.id; Type: ACL; Schema: shop; Owner: postgres
--

GRANT SELECT(id) ON TABLE shop.products TO app_readonly;


--
-- Name: COLUMN products.name; Type: ACL; Schema: shop; Owner: postgres
--

GRANT SELECT(name) ON TABLE shop.products TO app_readonly;


--
-- Name: COLUMN products.price; Type: ACL; Schema: shop; Owner: postgres
--

GRANT UPDATE(price) ON TABLE shop.products TO app_readonly;


--
-- Name: TABLE cheap; Type: ACL; Schema: shop; Owner: postgres
--

GRANT SELECT ON TABLE shop.cheap TO PUBLIC;


--
-- Name: SEQUENCE product_seq; Type: ACL; Schema: shop; Owner: postgres
--

GRANT SELECT,USAGE ON SEQUENCE shop.product_seq TO app_user;


--
-- Name: TABLE staging; Type: ACL; Schema: shop; Owner: postgres
--

GRANT SELECT ON TABLE shop.staging TO "Hostile ""Role"" x";


--
-- PostgreSQL database dump complete
--

\unrestrict Vz6ZPYXW05JWvipT58pqHdfWlSBNE1EdrMuEhpv30adbSOT6mZZHcNdqkekRpVz

