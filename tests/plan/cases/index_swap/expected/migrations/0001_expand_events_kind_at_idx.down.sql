-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 2: public.events_kind_at_idx
DROP INDEX CONCURRENTLY IF EXISTS public.events_kind_at_idx;

-- undo step 1: public.events_kind_at_idx: nothing to undo
