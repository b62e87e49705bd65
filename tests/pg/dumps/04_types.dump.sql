--
-- PostgreSQL database dump
--

\restrict Q8BistwBtXai6GTVGpzvGpA2VobqrCxodZjaQbG1pjB7DTR6CEt8uuVwINoRpwc

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
-- Name: kinds; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA kinds;


ALTER SCHEMA kinds OWNER TO postgres;

--
-- Name: Weird Enum; Type: TYPE; Schema: kinds; Owner: postgres
--

CREATE TYPE kinds."Weird Enum" AS ENUM (
    'with space',
    'with''quote',
    'UPPER',
    ''
);


ALTER TYPE kinds."Weird Enum" OWNER TO postgres;

--
-- Name: color; Type: TYPE; Schema: kinds; Owner: postgres
--

CREATE TYPE kinds.color AS ENUM (
    'red',
    'verde'
);


ALTER TYPE kinds.color OWNER TO postgres;

--
-- Name: money_amount; Type: TYPE; Schema: kinds; Owner: postgres
--

CREATE TYPE kinds.money_amount AS (
	amount numeric(12,2),
	currency character(3),
	note text
);


ALTER TYPE kinds.money_amount OWNER TO postgres;

--
-- Name: TYPE money_amount; Type: COMMENT; Schema: kinds; Owner: postgres
--

COMMENT ON TYPE kinds.money_amount IS 'amount + currency';


--
-- Name: percent; Type: DOMAIN; Schema: kinds; Owner: postgres
--

CREATE DOMAIN kinds.percent AS numeric(5,2) DEFAULT 0
	CONSTRAINT percent_check CHECK (((VALUE >= (0)::numeric) AND (VALUE <= (100)::numeric)));


ALTER DOMAIN kinds.percent OWNER TO postgres;

--
-- Name: short_code; Type: DOMAIN; Schema: kinds; Owner: postgres
--

CREATE DOMAIN kinds.short_code AS character varying(8) COLLATE pg_catalog."C" NOT NULL DEFAULT 'none'::character varying;


ALTER DOMAIN kinds.short_code OWNER TO postgres;

--
-- Name: address; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.address AS (
	street text,
	city character varying(80),
	zip character(5),
	location point
);


ALTER TYPE public.address OWNER TO postgres;

--
-- Name: email_address; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.email_address AS text NOT NULL
	CONSTRAINT email_has_at CHECK ((VALUE ~ '@'::text));


ALTER DOMAIN public.email_address OWNER TO postgres;

--
-- Name: floatrange; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.floatrange AS RANGE (
    subtype = double precision,
    multirange_type_name = public.floatmultirange,
    subtype_diff = float8mi
);


ALTER TYPE public.floatrange OWNER TO postgres;

--
-- Name: int_list; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.int_list AS integer[]
	CONSTRAINT int_list_check CHECK ((cardinality(VALUE) <= 10));


ALTER DOMAIN public.int_list OWNER TO postgres;

--
-- Name: mood; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.mood AS ENUM (
    'awful',
    'sad',
    'ok',
    'happy',
    'ecstatic'
);


ALTER TYPE public.mood OWNER TO postgres;

--
-- Name: TYPE mood; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TYPE public.mood IS 'how it feels';


--
-- Name: posint; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.posint AS integer
	CONSTRAINT posint_check CHECK ((VALUE > 0))
	CONSTRAINT posint_not_huge CHECK ((VALUE < 1000000000));


ALTER DOMAIN public.posint OWNER TO postgres;

--
-- Name: DOMAIN posint; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON DOMAIN public.posint IS 'strictly positive';


--
-- Name: small_posint; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.small_posint AS public.posint
	CONSTRAINT small_posint_check CHECK (((VALUE)::integer < 1000));


ALTER DOMAIN public.small_posint OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: palette; Type: TABLE; Schema: kinds; Owner: postgres
--

CREATE TABLE kinds.palette (
    id integer NOT NULL,
    colors kinds.color[] DEFAULT ARRAY['red'::kinds.color] NOT NULL,
    main kinds.color DEFAULT 'red'::kinds.color
);


ALTER TABLE kinds.palette OWNER TO postgres;

--
-- Name: people; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.people (
    id public.posint NOT NULL,
    feeling public.mood DEFAULT 'ok'::public.mood,
    feelings public.mood[] DEFAULT '{}'::public.mood[],
    email public.email_address,
    home public.address,
    homes public.address[],
    fav kinds.color,
    code kinds.short_code,
    pct kinds.percent DEFAULT 50,
    budget kinds.money_amount,
    weird kinds."Weird Enum" DEFAULT 'with''quote'::kinds."Weird Enum",
    tiny public.small_posint,
    favs public.int_list,
    span public.floatrange,
    nums int4range DEFAULT '[1,10)'::int4range,
    CONSTRAINT people_feeling_check CHECK ((feeling <> 'awful'::public.mood)),
    CONSTRAINT people_home_check CHECK (((home).city IS NOT NULL))
);


ALTER TABLE public.people OWNER TO postgres;

--
-- Name: palette palette_pkey; Type: CONSTRAINT; Schema: kinds; Owner: postgres
--

ALTER TABLE ONLY kinds.palette
    ADD CONSTRAINT palette_pkey PRIMARY KEY (id);


--
-- Name: people people_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict Q8BistwBtXai6GTVGpzvGpA2VobqrCxodZjaQbG1pjB7DTR6CEt8uuVwINoRpwc

