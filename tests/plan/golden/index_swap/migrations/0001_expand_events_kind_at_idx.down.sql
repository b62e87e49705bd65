-- rollgate:no-transaction

-- undo step 1: public.events_kind_at_idx
DROP INDEX CONCURRENTLY IF EXISTS public.events_kind_at_idx;
