--
-- PostgreSQL database dump
--

\restrict E8qRuevq4uhG5lscBAt33qajylV0ul9xQw3LRQcpFxlaoa883rbaVNusmULDy20

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
-- Name: core; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA core;


ALTER SCHEMA core OWNER TO postgres;

--
-- Name: support; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA support;


ALTER SCHEMA support OWNER TO postgres;

--
-- Name: ticket_state; Type: TYPE; Schema: support; Owner: postgres
--

CREATE TYPE support.ticket_state AS ENUM (
    'open',
    'blocked',
    'done'
);


ALTER TYPE support.ticket_state OWNER TO postgres;

--
-- Name: bump_counter(); Type: FUNCTION; Schema: core; Owner: postgres
--

CREATE FUNCTION core.bump_counter() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN NEW; END $$;


ALTER FUNCTION core.bump_counter() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: counters; Type: TABLE; Schema: core; Owner: postgres
--

CREATE TABLE core.counters (
    id integer NOT NULL,
    total integer DEFAULT 1 NOT NULL,
    what text
);


ALTER TABLE core.counters OWNER TO postgres;

--
-- Name: COLUMN counters.what; Type: COMMENT; Schema: core; Owner: postgres
--

COMMENT ON COLUMN core.counters.what IS 'what is counted';


--
-- Name: event_tags; Type: TABLE; Schema: core; Owner: postgres
--

CREATE TABLE core.event_tags (
    event_id integer,
    tag_id integer
);


ALTER TABLE core.event_tags OWNER TO postgres;

--
-- Name: events; Type: TABLE; Schema: core; Owner: postgres
--

CREATE TABLE core.events (
    id integer NOT NULL,
    ticket_id integer,
    at timestamp with time zone DEFAULT now(),
    note text
);


ALTER TABLE core.events OWNER TO postgres;

--
-- Name: events_id_seq; Type: SEQUENCE; Schema: core; Owner: postgres
--

CREATE SEQUENCE core.events_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE core.events_id_seq OWNER TO postgres;

--
-- Name: events_id_seq; Type: SEQUENCE OWNED BY; Schema: core; Owner: postgres
--

ALTER SEQUENCE core.events_id_seq OWNED BY core.events.id;


--
-- Name: ticket_numbers; Type: SEQUENCE; Schema: support; Owner: postgres
--

CREATE SEQUENCE support.ticket_numbers
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE support.ticket_numbers OWNER TO postgres;

--
-- Name: tickets; Type: TABLE; Schema: support; Owner: postgres
--

CREATE TABLE support.tickets (
    id integer DEFAULT nextval('support.ticket_numbers'::regclass) NOT NULL,
    subject text NOT NULL,
    body text,
    st support.ticket_state DEFAULT 'open'::support.ticket_state NOT NULL,
    priority smallint,
    owner_id integer,
    CONSTRAINT tickets_prio_check CHECK (((priority >= 1) AND (priority <= 5)))
);


ALTER TABLE support.tickets OWNER TO postgres;

--
-- Name: open_tickets; Type: VIEW; Schema: support; Owner: postgres
--

CREATE VIEW support.open_tickets AS
 SELECT tickets.id,
    tickets.subject AS title
   FROM support.tickets
  WHERE ((tickets.st = 'open'::support.ticket_state) AND (tickets.body IS NOT NULL));


ALTER TABLE support.open_tickets OWNER TO postgres;

--
-- Name: people; Type: TABLE; Schema: support; Owner: postgres
--

CREATE TABLE support.people (
    id integer NOT NULL,
    name text
);


ALTER TABLE support.people OWNER TO postgres;

--
-- Name: events id; Type: DEFAULT; Schema: core; Owner: postgres
--

ALTER TABLE ONLY core.events ALTER COLUMN id SET DEFAULT nextval('core.events_id_seq'::regclass);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: core; Owner: postgres
--

ALTER TABLE ONLY core.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id);


--
-- Name: people people_name_key; Type: CONSTRAINT; Schema: support; Owner: postgres
--

ALTER TABLE ONLY support.people
    ADD CONSTRAINT people_name_key UNIQUE (name);


--
-- Name: people people_pkey; Type: CONSTRAINT; Schema: support; Owner: postgres
--

ALTER TABLE ONLY support.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: support; Owner: postgres
--

ALTER TABLE ONLY support.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: events_at; Type: INDEX; Schema: core; Owner: postgres
--

CREATE INDEX events_at ON core.events USING btree (at);


--
-- Name: tickets_title; Type: INDEX; Schema: support; Owner: postgres
--

CREATE INDEX tickets_title ON support.tickets USING btree (lower(subject));


--
-- Name: counters counters_bump; Type: TRIGGER; Schema: core; Owner: postgres
--

CREATE TRIGGER counters_bump BEFORE UPDATE OF total ON core.counters FOR EACH ROW EXECUTE FUNCTION core.bump_counter();


--
-- Name: event_tags event_tags_event_id_fkey; Type: FK CONSTRAINT; Schema: core; Owner: postgres
--

ALTER TABLE ONLY core.event_tags
    ADD CONSTRAINT event_tags_event_id_fkey FOREIGN KEY (event_id) REFERENCES core.events(id);


--
-- Name: events events_ticket_id_fkey; Type: FK CONSTRAINT; Schema: core; Owner: postgres
--

ALTER TABLE ONLY core.events
    ADD CONSTRAINT events_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES support.tickets(id);


--
-- Name: tickets tickets_owner_fk; Type: FK CONSTRAINT; Schema: support; Owner: postgres
--

ALTER TABLE ONLY support.tickets
    ADD CONSTRAINT tickets_owner_fk FOREIGN KEY (owner_id) REFERENCES support.people(id);


--
-- Name: counters; Type: ROW SECURITY; Schema: core; Owner: postgres
--

ALTER TABLE core.counters ENABLE ROW LEVEL SECURITY;

--
-- Name: counters counters_positive; Type: POLICY; Schema: core; Owner: postgres
--

CREATE POLICY counters_positive ON core.counters USING ((total > 0));


--
-- PostgreSQL database dump complete
--

\unrestrict E8qRuevq4uhG5lscBAt33qajylV0ul9xQw3LRQcpFxlaoa883rbaVNusmULDy20

