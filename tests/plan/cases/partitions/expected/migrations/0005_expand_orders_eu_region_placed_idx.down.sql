-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 12: public.orders_eu_region_placed_idx
DROP INDEX CONCURRENTLY IF EXISTS public.orders_eu_region_placed_idx;

-- undo step 11: public.orders_eu_region_placed_idx: nothing to undo
