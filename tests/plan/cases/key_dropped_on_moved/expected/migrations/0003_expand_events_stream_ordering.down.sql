-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 7: public.events_stream_ordering
DROP INDEX CONCURRENTLY IF EXISTS public.events_stream_ordering;

-- undo step 6: public.events_stream_ordering: nothing to undo
