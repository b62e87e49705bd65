--
-- PostgreSQL database dump
--

\restrict snQKT9SGf3BhbZTz3VogLKiqtHYFJjCtkmvA5h6jUMAXwDWuHaXjJZcGND2gzQq

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

SET default_tablespace = '';

--
-- Name: events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text
)
PARTITION BY RANGE (at);


ALTER TABLE public.events OWNER TO postgres;

SET default_table_access_method = heap;

--
-- Name: events_2024; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events_2024 (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text
);


ALTER TABLE public.events_2024 OWNER TO postgres;

--
-- Name: events_2025; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events_2025 (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text
);


ALTER TABLE public.events_2025 OWNER TO postgres;

--
-- Name: exprs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.exprs (
    id integer NOT NULL,
    n integer DEFAULT 42,
    t text DEFAULT 42,
    v character varying(10) DEFAULT 'x'::character varying,
    b boolean DEFAULT true,
    b2 boolean DEFAULT false,
    d date DEFAULT '2024-01-31'::date,
    ts timestamp without time zone DEFAULT '2024-01-31 12:00:00'::timestamp without time zone,
    iv interval DEFAULT '1 day 02:00:00'::interval,
    amt numeric(10,2) DEFAULT 1.5,
    amt2 numeric DEFAULT '-0.25'::numeric,
    f real DEFAULT '1500'::real,
    arr integer[] DEFAULT '{1,2}'::integer[],
    arr2 text[] DEFAULT ARRAY['a'::text, 'b'::text],
    j jsonb DEFAULT '{"k": [1, 2]}'::jsonb,
    s smallint DEFAULT 7,
    big bigint DEFAULT '2147483648'::bigint,
    c character(2) DEFAULT 'ab'::bpchar,
    ip inet DEFAULT '10.0.0.1'::inet,
    u uuid DEFAULT '00000000-0000-0000-0000-000000000000'::uuid,
    starts timestamp with time zone,
    ends timestamp with time zone,
    CONSTRAINT exprs_arr_check CHECK (((arr @> ARRAY[1]) AND (NOT (arr && ARRAY[99])))),
    CONSTRAINT exprs_arr_check1 CHECK (((arr[1] > 0) AND (5 <> ALL (arr)))),
    CONSTRAINT exprs_check CHECK (((starts, ends) OVERLAPS ('2000-01-01 00:00:00+00'::timestamp with time zone, '2100-01-01 00:00:00+00'::timestamp with time zone))),
    CONSTRAINT exprs_check1 CHECK (((b IS TRUE) OR (b2 IS NOT FALSE))),
    CONSTRAINT exprs_check2 CHECK (((GREATEST(n, (s)::integer, 0) < 1000) AND (LEAST(n, 0) <= 0))),
    CONSTRAINT exprs_check3 CHECK (((((amt * (2)::numeric) + ((n / 3))::numeric) - (((s)::integer % 2))::numeric) <> ('-1'::integer)::numeric)),
    CONSTRAINT exprs_check4 CHECK (((iv < '2 days'::interval) AND (d > (CURRENT_DATE - 36500)))),
    CONSTRAINT exprs_check5 CHECK (
CASE n
    WHEN 1 THEN b
    ELSE true
END),
    CONSTRAINT exprs_check6 CHECK (((((n)::text)::integer = n) AND ((s)::bigint < big))),
    CONSTRAINT exprs_d_check CHECK (((EXTRACT(dow FROM d) >= (0)::numeric) AND (EXTRACT(dow FROM d) <= (6)::numeric))),
    CONSTRAINT exprs_ends_check CHECK (((ends AT TIME ZONE 'UTC'::text) > '2000-01-01 00:00:00'::timestamp without time zone)),
    CONSTRAINT exprs_ip_check CHECK ((ip << '10.0.0.0/8'::inet)),
    CONSTRAINT exprs_j_check CHECK ((j ?| ARRAY['k'::text, 'm'::text])),
    CONSTRAINT exprs_j_check1 CHECK (((((j -> 'k'::text) ->> 0))::integer >= 0)),
    CONSTRAINT exprs_n_check CHECK ((NULLIF(n, 0) IS NOT NULL)),
    CONSTRAINT exprs_n_check1 CHECK ((((n >= 100) AND (n <= 0)) OR ((n >= 0) AND (n <= 100)))),
    CONSTRAINT exprs_t_check CHECK (((t ~~* 'a%'::text) OR (t !~~ '%z'::text))),
    CONSTRAINT exprs_t_check1 CHECK ((SUBSTRING(t FROM 1 FOR 2) <> 'zz'::text)),
    CONSTRAINT exprs_t_check2 CHECK ((POSITION(('x'::text) IN (t)) < 10)),
    CONSTRAINT exprs_t_check3 CHECK ((TRIM(BOTH ' '::text FROM t) = t)),
    CONSTRAINT exprs_t_check4 CHECK (((t ~~ like_escape('a!%%'::text, '!'::text)) OR (t IS NULL))),
    CONSTRAINT exprs_v_check CHECK ((((v)::text COLLATE "C") > 'a'::text))
);


ALTER TABLE public.exprs OWNER TO postgres;

--
-- Name: events_2024; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');


--
-- Name: events_2025; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');


--
-- Name: exprs exprs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.exprs
    ADD CONSTRAINT exprs_pkey PRIMARY KEY (id);


--
-- Name: events_kind; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX events_kind ON ONLY public.events USING btree (kind);


--
-- Name: events_2024_kind; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX events_2024_kind ON public.events_2024 USING btree (kind);


--
-- Name: events_2025_kind; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX events_2025_kind ON public.events_2025 USING btree (kind);


--
-- Name: exprs_arr_ops; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX exprs_arr_ops ON public.exprs USING gin (arr);


--
-- Name: exprs_case; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX exprs_case ON public.exprs USING btree ((
CASE
    WHEN b THEN 1
    ELSE 0
END), lower(t) DESC NULLS LAST);


--
-- Name: exprs_coalesce_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX exprs_coalesce_key ON public.exprs USING btree (COALESCE(v, ''::character varying), ((j ->> 'k'::text)));


--
-- Name: exprs_dedup; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX exprs_dedup ON public.exprs USING btree (n) WITH (deduplicate_items=off);


--
-- Name: exprs_partial_in; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX exprs_partial_in ON public.exprs USING btree (d) WHERE ((n = ANY (ARRAY[1, 2, 3])) AND (t !~~ 'x%'::text));


--
-- Name: events_2024_kind; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.events_kind ATTACH PARTITION public.events_2024_kind;


--
-- Name: events_2025_kind; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.events_kind ATTACH PARTITION public.events_2025_kind;


--
-- PostgreSQL database dump complete
--

\unrestrict snQKT9SGf3BhbZTz3VogLKiqtHYFJjCtkmvA5h6jUMAXwDWuHaXjJZcGND2gzQq

