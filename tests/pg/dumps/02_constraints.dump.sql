--
-- PostgreSQL database dump
--

\restrict i8CiRhOhmG52UAHKoIVAbm6lHqcFg68SJngYmPGJ6gkcd4n3RyK8w754B9HY8V2

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
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;


--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: a_table_with_a_really_quite_extraordinarily_long_name_for_tests; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.a_table_with_a_really_quite_extraordinarily_long_name_for_tests (
    a_column_with_an_equally_long_and_descriptive_name_number_one integer,
    a_column_with_an_equally_long_and_descriptive_name_number_two integer,
    short_col integer,
    other_short integer,
    id integer NOT NULL,
    ref_to_users_identifier_with_a_long_name_as_well bigint,
    CONSTRAINT a_table_with_a_really_quite_extraordinarily_l_other_short_check CHECK ((other_short > 0)),
    CONSTRAINT a_table_with_a_really_quite_extraordinarily_lon_short_col_check CHECK ((short_col > 0))
);


ALTER TABLE public.a_table_with_a_really_quite_extraordinarily_long_name_for_tests OWNER TO postgres;

--
-- Name: another_table_with_a_really_long_name_that_will_be_truncated_x; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.another_table_with_a_really_long_name_that_will_be_truncated_x (
    id integer NOT NULL,
    value integer,
    CONSTRAINT another_table_with_a_really_long_name_that_will_be__value_check CHECK ((value > 0)),
    CONSTRAINT another_table_with_a_really_long_name_that_will_be_value_check1 CHECK ((value < 1000))
);


ALTER TABLE public.another_table_with_a_really_long_name_that_will_be_truncated_x OWNER TO postgres;

--
-- Name: audit; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.audit (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    actor text
);


ALTER TABLE public.audit OWNER TO postgres;

--
-- Name: bookings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.bookings (
    id integer NOT NULL,
    room integer NOT NULL,
    during tstzrange NOT NULL
);


ALTER TABLE public.bookings OWNER TO postgres;

--
-- Name: memberships; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.memberships (
    user_id bigint NOT NULL,
    org_id integer NOT NULL,
    role text DEFAULT 'member'::text NOT NULL,
    invited_by bigint,
    CONSTRAINT memberships_role_check CHECK ((role = ANY (ARRAY['member'::text, 'admin'::text, 'owner'::text])))
);


ALTER TABLE public.memberships OWNER TO postgres;

--
-- Name: notes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notes (
    id integer NOT NULL,
    body text,
    CONSTRAINT notes_body_check CHECK ((length(body) < 10000)) NO INHERIT,
    CONSTRAINT notes_id_check CHECK ((id > 0))
);


ALTER TABLE public.notes OWNER TO postgres;

--
-- Name: org_units; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.org_units (
    org_id integer NOT NULL,
    unit_no integer NOT NULL,
    parent_unit integer,
    CONSTRAINT org_units_check CHECK ((parent_unit <> unit_no))
);


ALTER TABLE public.org_units OWNER TO postgres;

--
-- Name: orgs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orgs (
    id integer NOT NULL,
    name text NOT NULL
);


ALTER TABLE public.orgs OWNER TO postgres;

--
-- Name: products; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.products (
    id integer NOT NULL,
    sku text,
    org_id integer,
    price numeric(10,2),
    CONSTRAINT products_price_positive CHECK ((price > (0)::numeric))
);


ALTER TABLE public.products OWNER TO postgres;

--
-- Name: reservations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.reservations (
    id integer NOT NULL,
    spot box,
    cancelled boolean DEFAULT false
);


ALTER TABLE public.reservations OWNER TO postgres;

--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    id bigint NOT NULL,
    email text NOT NULL,
    handle text,
    age integer,
    score numeric,
    tenant integer NOT NULL,
    external_code text,
    CONSTRAINT users_age_check CHECK ((age >= 0)),
    CONSTRAINT users_check CHECK ((email <> handle)),
    CONSTRAINT users_score_check CHECK (((score >= (0)::numeric) AND (score <= (100)::numeric)))
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: a_table_with_a_really_quite_extraordinarily_long_name_for_tests a_table_with_a_really_quite_e_a_column_with_an_equally_lon_key1; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.a_table_with_a_really_quite_extraordinarily_long_name_for_tests
    ADD CONSTRAINT a_table_with_a_really_quite_e_a_column_with_an_equally_lon_key1 UNIQUE (a_column_with_an_equally_long_and_descriptive_name_number_two);


--
-- Name: a_table_with_a_really_quite_extraordinarily_long_name_for_tests a_table_with_a_really_quite_e_a_column_with_an_equally_long_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.a_table_with_a_really_quite_extraordinarily_long_name_for_tests
    ADD CONSTRAINT a_table_with_a_really_quite_e_a_column_with_an_equally_long_key UNIQUE (a_column_with_an_equally_long_and_descriptive_name_number_one);


--
-- Name: a_table_with_a_really_quite_extraordinarily_long_name_for_tests a_table_with_a_really_quite_extraordinarily_long_name_for__pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.a_table_with_a_really_quite_extraordinarily_long_name_for_tests
    ADD CONSTRAINT a_table_with_a_really_quite_extraordinarily_long_name_for__pkey PRIMARY KEY (id);


--
-- Name: another_table_with_a_really_long_name_that_will_be_truncated_x another_table_with_a_really_long_name_that_will_be_truncat_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.another_table_with_a_really_long_name_that_will_be_truncated_x
    ADD CONSTRAINT another_table_with_a_really_long_name_that_will_be_truncat_pkey PRIMARY KEY (id);


--
-- Name: audit audit_actor_at_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.audit
    ADD CONSTRAINT audit_actor_at_key UNIQUE (actor, at);


--
-- Name: audit audit_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.audit
    ADD CONSTRAINT audit_pkey PRIMARY KEY (id) INCLUDE (at) WITH (fillfactor='80');


--
-- Name: bookings bookings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_pkey PRIMARY KEY (id);


--
-- Name: bookings bookings_room_during_excl; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_room_during_excl EXCLUDE USING gist (room WITH =, during WITH &&);


--
-- Name: memberships memberships_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_pkey PRIMARY KEY (user_id, org_id);


--
-- Name: notes notes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);


--
-- Name: org_units org_units_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.org_units
    ADD CONSTRAINT org_units_pkey PRIMARY KEY (org_id, unit_no);


--
-- Name: org_units org_units_unit_positive; Type: CHECK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE public.org_units
    ADD CONSTRAINT org_units_unit_positive CHECK ((unit_no > 0)) NOT VALID;


--
-- Name: orgs orgs_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orgs
    ADD CONSTRAINT orgs_name_key UNIQUE NULLS NOT DISTINCT (name);


--
-- Name: orgs orgs_primary; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orgs
    ADD CONSTRAINT orgs_primary PRIMARY KEY (id);


--
-- Name: products products_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);


--
-- Name: products products_sku_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_sku_key UNIQUE (sku);


--
-- Name: products products_sku_org_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_sku_org_key UNIQUE (sku, org_id) DEFERRABLE;


--
-- Name: reservations reservations_no_overlap; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.reservations
    ADD CONSTRAINT reservations_no_overlap EXCLUDE USING gist (spot WITH &&) WHERE ((NOT cancelled));


--
-- Name: reservations reservations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.reservations
    ADD CONSTRAINT reservations_pkey PRIMARY KEY (id);


--
-- Name: another_table_with_a_really_long_name_that_will_be_truncated_x this_constraint_name_is_far_too_long_and_postgresql_will_cut_it; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.another_table_with_a_really_long_name_that_will_be_truncated_x
    ADD CONSTRAINT this_constraint_name_is_far_too_long_and_postgresql_will_cut_it UNIQUE (value);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_handle_unique; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_handle_unique UNIQUE (handle);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: users users_tenant_external_code_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_tenant_external_code_key UNIQUE (tenant, external_code);


--
-- Name: a_table_with_a_really_quite_extraordinarily_long_name_for_tests a_table_with_a_really_quite_e_ref_to_users_identifier_with_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.a_table_with_a_really_quite_extraordinarily_long_name_for_tests
    ADD CONSTRAINT a_table_with_a_really_quite_e_ref_to_users_identifier_with_fkey FOREIGN KEY (ref_to_users_identifier_with_a_long_name_as_well) REFERENCES public.users(id);


--
-- Name: memberships memberships_invited_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES public.users(id) MATCH FULL ON DELETE SET DEFAULT DEFERRABLE INITIALLY DEFERRED;


--
-- Name: memberships memberships_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id) ON UPDATE RESTRICT ON DELETE SET NULL;


--
-- Name: memberships memberships_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: org_units org_units_parent_fk; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.org_units
    ADD CONSTRAINT org_units_parent_fk FOREIGN KEY (org_id, parent_unit) REFERENCES public.org_units(org_id, unit_no) DEFERRABLE NOT VALID;


--
-- Name: products products_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);


--
-- PostgreSQL database dump complete
--

\unrestrict i8CiRhOhmG52UAHKoIVAbm6lHqcFg68SJngYmPGJ6gkcd4n3RyK8w754B9HY8V2

