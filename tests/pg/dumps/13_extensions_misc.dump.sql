--
-- PostgreSQL database dump
--

\restrict Ej1bYpzsd1nFHeLEw5zHividEBfOBbysGsT7ICDh8dMdIGxCMAfOZypUvjeNRvD

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
-- Name: ext; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA ext;


ALTER SCHEMA ext OWNER TO postgres;

--
-- Name: german; Type: COLLATION; Schema: public; Owner: postgres
--

CREATE COLLATION public.german (provider = libc, locale = 'C');


ALTER COLLATION public.german OWNER TO postgres;

--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA ext;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION citext IS 'case-insensitive text';


--
-- Name: hstore; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA ext;


--
-- Name: EXTENSION hstore; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';


--
-- Name: postgres_fdw; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS postgres_fdw WITH SCHEMA public;


--
-- Name: EXTENSION postgres_fdw; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION postgres_fdw IS 'foreign-data wrapper for remote PostgreSQL servers';


--
-- Name: uuid-ossp; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;


--
-- Name: EXTENSION "uuid-ossp"; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION "uuid-ossp" IS 'generate universally unique identifiers (UUIDs)';


--
-- Name: add_ints(integer, integer); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.add_ints(integer, integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $_$SELECT $1 + $2$_$;


ALTER FUNCTION public.add_ints(integer, integer) OWNER TO postgres;

--
-- Name: my_sum(integer); Type: AGGREGATE; Schema: public; Owner: postgres
--

CREATE AGGREGATE public.my_sum(integer) (
    SFUNC = public.add_ints,
    STYPE = integer,
    INITCOND = '0'
);


ALTER AGGREGATE public.my_sum(integer) OWNER TO postgres;

--
-- Name: AGGREGATE my_sum(integer); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON AGGREGATE public.my_sum(integer) IS 'sums';


--
-- Name: <+>; Type: OPERATOR; Schema: public; Owner: postgres
--

CREATE OPERATOR public.<+> (
    FUNCTION = public.add_ints,
    LEFTARG = integer,
    RIGHTARG = integer,
    COMMUTATOR = OPERATOR(public.<+>)
);


ALTER OPERATOR public.<+> (integer, integer) OWNER TO postgres;

--
-- Name: remote; Type: SERVER; Schema: -; Owner: postgres
--

CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (
    dbname 'other',
    host 'localhost'
);


ALTER SERVER remote OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.accounts (
    id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    email ext.citext NOT NULL,
    attrs ext.hstore DEFAULT ''::ext.hstore,
    nick ext.citext,
    CONSTRAINT accounts_email_check CHECK ((email OPERATOR(ext.<>) ''::ext.citext))
);


ALTER TABLE public.accounts OWNER TO postgres;

--
-- Name: audit_sink; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.audit_sink (
    id integer
);


ALTER TABLE public.audit_sink OWNER TO postgres;

--
-- Name: remote_items; Type: FOREIGN TABLE; Schema: public; Owner: postgres
--

CREATE FOREIGN TABLE public.remote_items (
    id integer NOT NULL,
    name text
)
SERVER remote
OPTIONS (
    schema_name 'public',
    table_name 'items'
);


ALTER FOREIGN TABLE public.remote_items OWNER TO postgres;

--
-- Name: words; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.words (
    w text COLLATE public.german,
    ts tsvector
);


ALTER TABLE public.words OWNER TO postgres;

--
-- Name: accounts accounts_email_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_email_key UNIQUE (email);


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);


--
-- Name: accounts_attrs; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX accounts_attrs ON public.accounts USING gin (attrs);


--
-- Name: accounts_attrs_gist; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX accounts_attrs_gist ON public.accounts USING gist (attrs);


--
-- Name: words_ts; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX words_ts ON public.words USING gin (ts);


--
-- Name: words_stats; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.words_stats (ndistinct) ON w, ts FROM public.words;


ALTER STATISTICS public.words_stats OWNER TO postgres;

--
-- Name: audit_sink audit_sink_ignore; Type: RULE; Schema: public; Owner: postgres
--

CREATE RULE audit_sink_ignore AS
    ON INSERT TO public.audit_sink DO INSTEAD NOTHING;


--
-- PostgreSQL database dump complete
--

\unrestrict Ej1bYpzsd1nFHeLEw5zHividEBfOBbysGsT7ICDh8dMdIGxCMAfOZypUvjeNRvD

