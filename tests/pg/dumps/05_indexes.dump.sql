--
-- PostgreSQL database dump
--

\restrict LRY7Mp0Uhk8KZRamYsAahWdLiOXhrExcpMFuCfUW6CegfJg9wsbcZImOsYZIVFV

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
-- Name: archive; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA archive;


ALTER SCHEMA archive OWNER TO postgres;

--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: old_docs; Type: TABLE; Schema: archive; Owner: postgres
--

CREATE TABLE archive.old_docs (
    id bigint,
    title text
);


ALTER TABLE archive.old_docs OWNER TO postgres;

--
-- Name: docs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.docs (
    id bigint NOT NULL,
    owner_id integer NOT NULL,
    title text NOT NULL,
    slug text,
    body text,
    meta jsonb DEFAULT '{}'::jsonb NOT NULL,
    tags text[],
    area box,
    during tsrange,
    search tsvector,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    score double precision
);


ALTER TABLE public.docs OWNER TO postgres;

--
-- Name: docs docs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.docs
    ADD CONSTRAINT docs_pkey PRIMARY KEY (id);


--
-- Name: old_docs_id_idx; Type: INDEX; Schema: archive; Owner: postgres
--

CREATE UNIQUE INDEX old_docs_id_idx ON archive.old_docs USING btree (id);


--
-- Name: old_docs_title; Type: INDEX; Schema: archive; Owner: postgres
--

CREATE INDEX old_docs_title ON archive.old_docs USING btree (title);


--
-- Name: docs_area_gist; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_area_gist ON public.docs USING gist (area);


--
-- Name: docs_body; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_body ON public.docs USING btree (body);


--
-- Name: docs_body_trgm_gist; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_body_trgm_gist ON public.docs USING gist (body public.gist_trgm_ops);


--
-- Name: docs_coalesce; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_coalesce ON public.docs USING btree (COALESCE(slug, title));


--
-- Name: docs_created_brin; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_created_brin ON public.docs USING brin (created_at) WITH (pages_per_range='32');


--
-- Name: docs_created_desc; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_created_desc ON public.docs USING btree (created_at DESC NULLS LAST, id);


--
-- Name: docs_day; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_day ON public.docs USING btree (date_trunc('day'::text, (created_at AT TIME ZONE 'UTC'::text)));


--
-- Name: docs_during_gist; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_during_gist ON public.docs USING gist (during) WHERE (during IS NOT NULL);


--
-- Name: docs_fill; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_fill ON public.docs USING btree (owner_id, score) WITH (fillfactor='60');


--
-- Name: docs_kind_in; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_kind_in ON public.docs USING btree (owner_id) WHERE ((meta ->> 'kind'::text) = ANY (ARRAY['a'::text, 'b'::text]));


--
-- Name: docs_live; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_live ON public.docs USING btree (id) WHERE ((deleted_at IS NULL) AND (score > (0.5)::double precision) AND (title <> ''::text));


--
-- Name: docs_lower_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_lower_idx ON public.docs USING btree (lower(slug));


--
-- Name: docs_lower_title; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_lower_title ON public.docs USING btree (lower(title) varchar_pattern_ops);


--
-- Name: docs_meta_gin; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_meta_gin ON public.docs USING gin (meta jsonb_path_ops);


--
-- Name: docs_meta_gin_default; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_meta_gin_default ON public.docs USING gin (meta);


--
-- Name: docs_meta_kind; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_meta_kind ON public.docs USING btree (((meta ->> 'kind'::text)), ((meta -> 'version'::text)));


--
-- Name: docs_nnd; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX docs_nnd ON public.docs USING btree (owner_id, slug) NULLS NOT DISTINCT;


--
-- Name: docs_owner_id_created_at_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_owner_id_created_at_idx ON public.docs USING btree (owner_id, created_at);


--
-- Name: docs_owner_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_owner_id_idx ON public.docs USING btree (owner_id);


--
-- Name: docs_owner_id_idx1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_owner_id_idx1 ON public.docs USING btree (owner_id);


--
-- Name: docs_owner_incl; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_owner_incl ON public.docs USING btree (owner_id) INCLUDE (title, created_at);


--
-- Name: docs_owner_title_live; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX docs_owner_title_live ON public.docs USING btree (owner_id, lower(title)) WHERE (deleted_at IS NULL);


--
-- Name: docs_score_desc; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_score_desc ON public.docs USING btree (score DESC);


--
-- Name: docs_score_nulls_first; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_score_nulls_first ON public.docs USING btree (score NULLS FIRST);


--
-- Name: docs_search; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_search ON public.docs USING gin (search);


--
-- Name: docs_slug_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_slug_hash ON public.docs USING hash (slug);


--
-- Name: docs_slug_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX docs_slug_key ON public.docs USING btree (slug);


--
-- Name: docs_tags_gin; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_tags_gin ON public.docs USING gin (tags);


--
-- Name: docs_title_c; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_title_c ON public.docs USING btree (title COLLATE "C" DESC);


--
-- Name: docs_title_owner_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX docs_title_owner_id_idx ON public.docs USING btree (title, owner_id);


--
-- Name: docs_title_pattern; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_title_pattern ON public.docs USING btree (title text_pattern_ops);


--
-- Name: docs_title_trgm; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_title_trgm ON public.docs USING gin (title public.gin_trgm_ops);


--
-- PostgreSQL database dump complete
--

\unrestrict LRY7Mp0Uhk8KZRamYsAahWdLiOXhrExcpMFuCfUW6CegfJg9wsbcZImOsYZIVFV

