-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 6: public.events_stream_ordering (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.events_stream_ordering;

-- step 7: public.events_stream_ordering (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY events_stream_ordering ON public.events USING btree (stream_ordering_rg_new);
