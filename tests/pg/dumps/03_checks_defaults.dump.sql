--
-- PostgreSQL database dump
--

\restrict bOwuyry9csSSSmbKsG1AWQXkNXDnTgcdS4jF2FqBUVmZ2WuYD7AOyg1EltEaxHO

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
-- Name: status; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.status AS ENUM (
    'draft',
    'live',
    'archived'
);


ALTER TYPE public.status OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: items; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.items (
    id integer NOT NULL,
    code character varying(12) NOT NULL,
    name text,
    kind text NOT NULL,
    kind2 character varying(10),
    qty integer DEFAULT 0,
    price numeric(10,2) DEFAULT 0.00,
    discount numeric,
    weight real DEFAULT '-1'::integer,
    ratio double precision DEFAULT 0.001,
    big bigint DEFAULT '-9223372036854775807'::bigint,
    flag boolean DEFAULT true NOT NULL,
    flag2 boolean DEFAULT false,
    st public.status DEFAULT 'draft'::public.status NOT NULL,
    st2 public.status DEFAULT 'live'::public.status,
    label character(3) DEFAULT 'abc'::bpchar,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_at2 timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    created_on date DEFAULT CURRENT_DATE,
    created_local timestamp without time zone DEFAULT LOCALTIMESTAMP,
    created_time time without time zone DEFAULT CURRENT_TIME,
    at_utc timestamp without time zone DEFAULT (now() AT TIME ZONE 'utc'::text),
    expires_at timestamp with time zone DEFAULT (now() + '30 days'::interval),
    span interval DEFAULT '01:00:00'::interval,
    doc jsonb DEFAULT '{}'::jsonb NOT NULL,
    doc2 json DEFAULT '[]'::json,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    tags2 text[] DEFAULT ARRAY[]::text[],
    nums integer[] DEFAULT ARRAY[1, 2, 3],
    matrix integer[] DEFAULT '{{1,2},{3,4}}'::integer[],
    uid uuid DEFAULT gen_random_uuid(),
    who text DEFAULT CURRENT_USER,
    who2 name DEFAULT SESSION_USER,
    rnd double precision DEFAULT random(),
    txt text DEFAULT 'it''s'::text,
    txt2 text DEFAULT 'tab	here'::text,
    empty text DEFAULT ''::text,
    nul text,
    bits bit(4) DEFAULT '1010'::"bit",
    bytes bytea DEFAULT '\x00ff'::bytea,
    yr integer DEFAULT EXTRACT(year FROM now()),
    lowered text DEFAULT lower('ABC'::text),
    coalesced text DEFAULT COALESCE(NULL::text, 'x'::text),
    cased integer DEFAULT 
CASE
    WHEN true THEN 1
    ELSE 2
END,
    CONSTRAINT items_bigcheck CHECK (((qty >= 0) AND (qty IS DISTINCT FROM 7))),
    CONSTRAINT items_check CHECK ((((qty)::numeric * price) < (1000000)::numeric)),
    CONSTRAINT items_check1 CHECK ((created_at <= expires_at)),
    CONSTRAINT items_check2 CHECK (((price IS NOT NULL) OR (qty IS NULL))),
    CONSTRAINT items_check3 CHECK ((NOT (flag AND (flag2 IS NULL)))),
    CONSTRAINT items_code_check CHECK (((code)::text ~~ 'IT-%'::text)),
    CONSTRAINT items_code_check1 CHECK (((char_length((code)::text) >= 4) AND (upper((code)::text) = (code)::text))),
    CONSTRAINT items_created_on_check CHECK ((created_on > '2000-01-01'::date)),
    CONSTRAINT items_created_on_check1 CHECK ((created_on > '2000-01-01'::date)),
    CONSTRAINT items_discount_check CHECK (((discount > 0.5) AND (discount <= 99.99))),
    CONSTRAINT items_discount_check1 CHECK ((COALESCE(discount, (0)::numeric) < (100)::numeric)),
    CONSTRAINT items_doc_check CHECK (((doc ? 'version'::text) OR (doc = '{}'::jsonb))),
    CONSTRAINT items_kind2_check CHECK (((kind2)::text <> ALL ((ARRAY['x'::character varying, 'y'::character varying])::text[]))),
    CONSTRAINT items_kind_check CHECK ((kind = ANY (ARRAY['a'::text, 'b'::text, 'c'::text]))),
    CONSTRAINT items_kind_check1 CHECK ((kind = ANY (ARRAY['a'::text, 'b'::text, 'c'::text]))),
    CONSTRAINT items_label_check CHECK ((label ~ '^[a-z]+$'::text)),
    CONSTRAINT items_label_check1 CHECK ((label ~ similar_to_escape('[a-z]{3}'::text))),
    CONSTRAINT items_name_check CHECK (((name !~~ '%--%'::text) AND (name ~~* '_%'::text))),
    CONSTRAINT items_price_check CHECK ((price >= (0)::numeric)),
    CONSTRAINT items_qty_check CHECK (((qty >= 0) AND (qty <= 1000))),
    CONSTRAINT items_ratio_check CHECK (((ratio)::numeric(5,3) <= 1.000)),
    CONSTRAINT items_span_check CHECK ((span < '1 year'::interval)),
    CONSTRAINT items_st2_check CHECK ((st2 <> 'archived'::public.status)),
    CONSTRAINT items_tags_check CHECK ((cardinality(tags) < 50)),
    CONSTRAINT items_weight_check CHECK ((weight <> ('-1.5'::numeric)::double precision))
);


ALTER TABLE public.items OWNER TO postgres;

--
-- Name: measurements; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurements (
    id integer NOT NULL,
    celsius numeric(5,2) NOT NULL,
    fahrenheit numeric GENERATED ALWAYS AS ((((celsius * (9)::numeric) / (5)::numeric) + (32)::numeric)) STORED,
    label text GENERATED ALWAYS AS (('id-'::text || (id)::text)) STORED
);


ALTER TABLE public.measurements OWNER TO postgres;

--
-- Name: settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.settings (
    key text NOT NULL,
    value text,
    version integer DEFAULT 1 NOT NULL,
    updated_at timestamp with time zone DEFAULT now(),
    CONSTRAINT settings_key_check CHECK (((key ~* '^[a-z_.]+$'::text) AND ((length(key) >= 1) AND (length(key) <= 64))))
);


ALTER TABLE public.settings OWNER TO postgres;

--
-- Name: items items_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (id);


--
-- Name: measurements measurements_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements
    ADD CONSTRAINT measurements_pkey PRIMARY KEY (id);


--
-- Name: settings settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.settings
    ADD CONSTRAINT settings_pkey PRIMARY KEY (key);


--
-- PostgreSQL database dump complete
--

\unrestrict bOwuyry9csSSSmbKsG1AWQXkNXDnTgcdS4jF2FqBUVmZ2WuYD7AOyg1EltEaxHO

