-- rollgate:no-transaction

-- undo step 7: public.orders_us_region_placed_idx
DROP INDEX CONCURRENTLY IF EXISTS public.orders_us_region_placed_idx;
