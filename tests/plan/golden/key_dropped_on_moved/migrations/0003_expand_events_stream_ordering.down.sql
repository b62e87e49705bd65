-- rollgate:no-transaction

-- undo step 5: public.events_stream_ordering
DROP INDEX CONCURRENTLY IF EXISTS public.events_stream_ordering;
