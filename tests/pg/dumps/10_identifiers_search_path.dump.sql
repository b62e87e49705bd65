--
-- PostgreSQL database dump
--

\restrict vf0L9dY0WJDbfJKDrxe88jY3ypqyXd7hmdYJMsqsTovnNgUcrhOG1rCcfXNNVW1

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
-- Name: Reporting; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA "Reporting";


ALTER SCHEMA "Reporting" OWNER TO postgres;

--
-- Name: SCHEMA "Reporting"; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA "Reporting" IS 'reports';


--
-- Name: app; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA app;


ALTER SCHEMA app OWNER TO postgres;

--
-- Name: we"ird schema; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA "we""ird schema";


ALTER SCHEMA "we""ird schema" OWNER TO postgres;

--
-- Name: Enum Type; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public."Enum Type" AS ENUM (
    'A',
    'b'
);


ALTER TYPE public."Enum Type" OWNER TO postgres;

--
-- Name: Add One(integer); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public."Add One"("X" integer) RETURNS integer
    LANGUAGE sql
    AS $$ SELECT "X" + 1 $$;


ALTER FUNCTION public."Add One"("X" integer) OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: daily; Type: TABLE; Schema: Reporting; Owner: postgres
--

CREATE TABLE "Reporting".daily (
    day date NOT NULL,
    n integer
);


ALTER TABLE "Reporting".daily OWNER TO postgres;

--
-- Name: users; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.users (
    id integer NOT NULL,
    name text,
    created_at timestamp with time zone
);


ALTER TABLE app.users OWNER TO postgres;

--
-- Name: daily_users; Type: VIEW; Schema: Reporting; Owner: postgres
--

CREATE VIEW "Reporting".daily_users AS
 SELECT d.day,
    u.name
   FROM ("Reporting".daily d
     JOIN app.users u ON ((u.id = d.n)));


ALTER TABLE "Reporting".daily_users OWNER TO postgres;

--
-- Name: Users2; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app."Users2" (
    "ID" integer NOT NULL,
    "Name" text
);


ALTER TABLE app."Users2" OWNER TO postgres;

--
-- Name: back_in_public; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.back_in_public (
    id integer
);


ALTER TABLE app.back_in_public OWNER TO postgres;

--
-- Name: counters; Type: SEQUENCE; Schema: app; Owner: postgres
--

CREATE SEQUENCE app.counters
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE app.counters OWNER TO postgres;

--
-- Name: posts; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.posts (
    id integer NOT NULL,
    author integer,
    "Title" text
);


ALTER TABLE app.posts OWNER TO postgres;

--
-- Name: $dollar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."$dollar" (
    "$1" integer,
    _under text,
    "trailing " text
);


ALTER TABLE public."$dollar" OWNER TO postgres;

--
-- Name: -- not a comment; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."-- not a comment" (
    "/* nor this */" text
);


ALTER TABLE public."-- not a comment" OWNER TO postgres;

--
-- Name: MixedCase; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."MixedCase" (
    "Id" integer NOT NULL,
    "camelColumn" text,
    "Lower Col" text,
    "UPPER" text,
    CONSTRAINT "Check Me" CHECK (("UPPER" = upper("UPPER")))
);


ALTER TABLE public."MixedCase" OWNER TO postgres;

--
-- Name: COLUMN "MixedCase"."camelColumn"; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public."MixedCase"."camelColumn" IS 'line one
line two';


--
-- Name: UPPER_TABLE; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."UPPER_TABLE" (
    id integer
);


ALTER TABLE public."UPPER_TABLE" OWNER TO postgres;

--
-- Name: select; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."select" (
    "from" integer,
    "where" text,
    "order" text,
    "user" text,
    "group" integer,
    enum public."Enum Type" DEFAULT 'A'::public."Enum Type"
);


ALTER TABLE public."select" OWNER TO postgres;

--
-- Name: View With Space; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public."View With Space" AS
 SELECT "select"."from" AS "From",
    "select"."where"
   FROM public."select"
  WHERE ("select"."order" = 'x'::text);


ALTER TABLE public."View With Space" OWNER TO postgres;

--
-- Name: a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk (
    id integer
);


ALTER TABLE public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk OWNER TO postgres;

--
-- Name: dotted.name; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."dotted.name" (
    "x.y" integer
);


ALTER TABLE public."dotted.name" OWNER TO postgres;

--
-- Name: naïve_ünïcode; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."naïve_ünïcode" (
    "größe" integer,
    "名前" text
);


ALTER TABLE public."naïve_ünïcode" OWNER TO postgres;

--
-- Name: upper_table; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.upper_table (
    id integer
);


ALTER TABLE public.upper_table OWNER TO postgres;

--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    id bigint NOT NULL,
    email text
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: with space; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."with space" (
    "a column" integer,
    "a""quote" text,
    "semi;colon" text,
    "dash-ed" text
);


ALTER TABLE public."with space" OWNER TO postgres;

--
-- Name: refs; Type: TABLE; Schema: we"ird schema; Owner: postgres
--

CREATE TABLE "we""ird schema".refs (
    id integer NOT NULL,
    uid bigint
);


ALTER TABLE "we""ird schema".refs OWNER TO postgres;

--
-- Name: we"ird table; Type: TABLE; Schema: we"ird schema; Owner: postgres
--

CREATE TABLE "we""ird schema"."we""ird table" (
    "we""ird col" integer,
    ref integer,
    CONSTRAINT "we""ird check" CHECK (("we""ird col" > 0))
);


ALTER TABLE "we""ird schema"."we""ird table" OWNER TO postgres;

--
-- Name: TABLE "we""ird table"; Type: COMMENT; Schema: we"ird schema; Owner: postgres
--

COMMENT ON TABLE "we""ird schema"."we""ird table" IS 'a table with a ''quoted'' comment; and -- dashes';


--
-- Name: daily daily_pkey; Type: CONSTRAINT; Schema: Reporting; Owner: postgres
--

ALTER TABLE ONLY "Reporting".daily
    ADD CONSTRAINT daily_pkey PRIMARY KEY (day);


--
-- Name: Users2 Users_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app."Users2"
    ADD CONSTRAINT "Users_pkey" PRIMARY KEY ("ID");


--
-- Name: posts posts_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.posts
    ADD CONSTRAINT posts_pkey PRIMARY KEY (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: MixedCase MixedCase_camel_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."MixedCase"
    ADD CONSTRAINT "MixedCase_camel_key" UNIQUE ("camelColumn");


--
-- Name: MixedCase MixedCase_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."MixedCase"
    ADD CONSTRAINT "MixedCase_pkey" PRIMARY KEY ("Id");


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: refs refs_pkey; Type: CONSTRAINT; Schema: we"ird schema; Owner: postgres
--

ALTER TABLE ONLY "we""ird schema".refs
    ADD CONSTRAINT refs_pkey PRIMARY KEY (id);


--
-- Name: daily_n; Type: INDEX; Schema: Reporting; Owner: postgres
--

CREATE INDEX daily_n ON "Reporting".daily USING btree (n);


--
-- Name: posts_title; Type: INDEX; Schema: app; Owner: postgres
--

CREATE INDEX posts_title ON app.posts USING btree ("Title");


--
-- Name: Mixed Index; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX "Mixed Index" ON public."MixedCase" USING btree ("camelColumn" DESC);


--
-- Name: select_from_where_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX select_from_where_idx ON public."select" USING btree ("from", "where");


--
-- Name: with space_a column_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX "with space_a column_idx" ON public."with space" USING btree ("a column");


--
-- Name: daily daily_n_fkey; Type: FK CONSTRAINT; Schema: Reporting; Owner: postgres
--

ALTER TABLE ONLY "Reporting".daily
    ADD CONSTRAINT daily_n_fkey FOREIGN KEY (n) REFERENCES app.users(id);


--
-- Name: posts posts_author_fkey; Type: FK CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.posts
    ADD CONSTRAINT posts_author_fkey FOREIGN KEY (author) REFERENCES app.users(id);


--
-- Name: select select_from_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."select"
    ADD CONSTRAINT select_from_fkey FOREIGN KEY ("from") REFERENCES public."MixedCase"("Id");


--
-- Name: refs refs_uid_fkey; Type: FK CONSTRAINT; Schema: we"ird schema; Owner: postgres
--

ALTER TABLE ONLY "we""ird schema".refs
    ADD CONSTRAINT refs_uid_fkey FOREIGN KEY (uid) REFERENCES public.users(id);


--
-- Name: we"ird table we"ird table_ref_fkey; Type: FK CONSTRAINT; Schema: we"ird schema; Owner: postgres
--

ALTER TABLE ONLY "we""ird schema"."we""ird table"
    ADD CONSTRAINT "we""ird table_ref_fkey" FOREIGN KEY (ref) REFERENCES "we""ird schema".refs(id);


--
-- PostgreSQL database dump complete
--

\unrestrict vf0L9dY0WJDbfJKDrxe88jY3ypqyXd7hmdYJMsqsTovnNgUcrhOG1rCcfXNNVW1

