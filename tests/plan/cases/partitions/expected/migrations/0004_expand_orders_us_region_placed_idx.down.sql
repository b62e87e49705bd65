-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 10: public.orders_us_region_placed_idx
DROP INDEX CONCURRENTLY IF EXISTS public.orders_us_region_placed_idx;

-- undo step 9: public.orders_us_region_placed_idx: nothing to undo
