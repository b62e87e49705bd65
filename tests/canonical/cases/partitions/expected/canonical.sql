-- canonical DDL written by rollgate
SET check_function_bodies = false;

-- tables
SELECT pg_catalog.set_config('search_path', 'public', false);
CREATE TABLE public.base (
    id integer NOT NULL,
    kind text DEFAULT 'base'
);
CREATE TABLE public.derived (
    extra text
)
INHERITS (public.base);
ALTER TABLE ONLY public.derived ALTER COLUMN kind SET DEFAULT 'derived';
CREATE TABLE public.events (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb,
    CONSTRAINT events_payload_check CHECK (payload IS NOT NULL)
)
PARTITION BY RANGE (created_at);
CREATE TABLE public.events_2024 (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb,
    CONSTRAINT events_payload_check CHECK (payload IS NOT NULL)
);
CREATE TABLE public.events_default (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb,
    CONSTRAINT events_payload_check CHECK (payload IS NOT NULL)
);
CREATE UNLOGGED TABLE public.scratch (
    k text,
    v text
)
WITH (fillfactor=70, autovacuum_enabled=false);
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_default DEFAULT;

-- keys and indexes
CREATE INDEX events_2024_created_at_idx ON public.events_2024 USING btree (created_at);
CREATE INDEX events_created_idx ON ONLY public.events USING btree (created_at);
ALTER INDEX public.events_created_idx ATTACH PARTITION public.events_2024_created_at_idx;
RESET search_path;
