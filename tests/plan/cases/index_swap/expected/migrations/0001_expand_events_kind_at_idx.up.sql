-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 1: public.events_kind_at_idx (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.events_kind_at_idx;

-- step 2: public.events_kind_at_idx (create_index_concurrently)
CREATE INDEX CONCURRENTLY events_kind_at_idx ON public.events USING btree (kind, at DESC) WHERE (kind <> 'noise');
