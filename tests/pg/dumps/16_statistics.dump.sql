--
-- PostgreSQL database dump
--

\restrict aORs7iOvgRj2v6uTGpobE4iFmS6Shf6NNV3QrlJ6B0IAMfzdAPGa8dvq9yFdmtL

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
-- Name: sales; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA sales;


ALTER SCHEMA sales OWNER TO postgres;

--
-- Name: stats; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA stats;


ALTER SCHEMA stats OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: copied; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.copied (
    id bigint NOT NULL,
    customer_id integer NOT NULL,
    region text,
    town text,
    zip text,
    placed_at timestamp with time zone,
    amount numeric(12,2)
);


ALTER TABLE public.copied OWNER TO postgres;

--
-- Name: events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events (
    kind text NOT NULL,
    at date NOT NULL,
    source text
)
PARTITION BY RANGE (at);


ALTER TABLE public.events OWNER TO postgres;

--
-- Name: events_2024; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events_2024 (
    kind text NOT NULL,
    at date NOT NULL,
    source text
);


ALTER TABLE public.events_2024 OWNER TO postgres;

--
-- Name: orders2; Type: TABLE; Schema: sales; Owner: postgres
--

CREATE TABLE sales.orders2 (
    id bigint NOT NULL,
    customer_id integer NOT NULL,
    region text,
    town text,
    zip text,
    placed_at timestamp with time zone,
    amount numeric(12,2)
);


ALTER TABLE sales.orders2 OWNER TO postgres;

--
-- Name: events_2024; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');


--
-- Name: orders2 orders_pkey; Type: CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.orders2
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: copied_customer_id_expr_stat; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.copied_customer_id_expr_stat (mcv) ON customer_id, upper(region) FROM public.copied;


ALTER STATISTICS public.copied_customer_id_expr_stat OWNER TO postgres;

--
-- Name: copied_customer_id_region_stat; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.copied_customer_id_region_stat (ndistinct, mcv) ON customer_id, region FROM public.copied;


ALTER STATISTICS public.copied_customer_id_region_stat OWNER TO postgres;

--
-- Name: copied_expr_expr_stat; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.copied_expr_expr_stat ON lower(town), date_trunc('month'::text, placed_at) FROM public.copied;


ALTER STATISTICS public.copied_expr_expr_stat OWNER TO postgres;

--
-- Name: copied_expr_stat; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.copied_expr_stat ON (amount * 100::numeric) FROM public.copied;


ALTER STATISTICS public.copied_expr_stat OWNER TO postgres;

--
-- Name: copied_region_town_stat; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.copied_region_town_stat ON region, town FROM public.copied;


ALTER STATISTICS public.copied_region_town_stat OWNER TO postgres;

--
-- Name: copied_region_town_zip_stat; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.copied_region_town_zip_stat (dependencies) ON region, town, zip FROM public.copied;


ALTER STATISTICS public.copied_region_town_zip_stat OWNER TO postgres;

--
-- Name: copied_region_zip_stat; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.copied_region_zip_stat ON region, zip FROM public.copied;


ALTER STATISTICS public.copied_region_zip_stat OWNER TO postgres;

--
-- Name: events_2024_kind_source; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.events_2024_kind_source (ndistinct) ON kind, source FROM public.events_2024;


ALTER STATISTICS public.events_2024_kind_source OWNER TO postgres;

--
-- Name: events_kind_source; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.events_kind_source ON kind, source FROM public.events;


ALTER STATISTICS public.events_kind_source OWNER TO postgres;

--
-- Name: orders_dep; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.orders_dep (dependencies) ON region, town, zip FROM sales.orders2;
ALTER STATISTICS public.orders_dep SET STATISTICS 0;


ALTER STATISTICS public.orders_dep OWNER TO postgres;

--
-- Name: orders_mixed; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.orders_mixed (mcv) ON customer_id, upper(region) FROM sales.orders2;


ALTER STATISTICS public.orders_mixed OWNER TO postgres;

--
-- Name: orders_nd_mcv; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.orders_nd_mcv (ndistinct, mcv) ON customer_id, region FROM sales.orders2;


ALTER STATISTICS public.orders_nd_mcv OWNER TO postgres;

--
-- Name: STATISTICS orders_nd_mcv; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON STATISTICS public.orders_nd_mcv IS 'who buys where';


--
-- Name: orders_region_city; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.orders_region_city ON region, town FROM sales.orders2;
ALTER STATISTICS public.orders_region_city SET STATISTICS 500;


ALTER STATISTICS public.orders_region_city OWNER TO postgres;

--
-- Name: orders_region_zip; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.orders_region_zip ON region, zip FROM sales.orders2;


ALTER STATISTICS public.orders_region_zip OWNER TO postgres;

--
-- Name: orders_expr; Type: STATISTICS; Schema: stats; Owner: postgres
--

CREATE STATISTICS stats.orders_expr ON lower(town), date_trunc('month'::text, placed_at) FROM sales.orders2;


ALTER STATISTICS stats.orders_expr OWNER TO postgres;

--
-- Name: orders_one_expr; Type: STATISTICS; Schema: stats; Owner: postgres
--

CREATE STATISTICS stats.orders_one_expr ON (amount * 100::numeric) FROM sales.orders2;


ALTER STATISTICS stats.orders_one_expr OWNER TO postgres;

--
-- PostgreSQL database dump complete
--

\unrestrict aORs7iOvgRj2v6uTGpobE4iFmS6Shf6NNV3QrlJ6B0IAMfzdAPGa8dvq9yFdmtL

