-- Partitioning and inheritance.
CREATE TABLE public.events (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb,
    CONSTRAINT events_payload_check CHECK (payload IS NOT NULL)
) PARTITION BY RANGE (created_at);
CREATE TABLE public.events_2024 PARTITION OF public.events
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_default PARTITION OF public.events DEFAULT;
CREATE INDEX events_created_idx ON ONLY public.events (created_at);
CREATE INDEX events_2024_created_at_idx ON public.events_2024 (created_at);
ALTER INDEX public.events_created_idx ATTACH PARTITION public.events_2024_created_at_idx;

CREATE TABLE public.base (id integer NOT NULL, kind text DEFAULT 'base');
CREATE TABLE public.derived (extra text) INHERITS (public.base);
ALTER TABLE ONLY public.derived ALTER COLUMN kind SET DEFAULT 'derived';
CREATE UNLOGGED TABLE public.scratch (k text, v text) WITH (fillfactor=70, autovacuum_enabled=false);
