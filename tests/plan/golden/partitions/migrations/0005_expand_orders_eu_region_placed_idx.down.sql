-- rollgate:no-transaction

-- undo step 8: public.orders_eu_region_placed_idx
DROP INDEX CONCURRENTLY IF EXISTS public.orders_eu_region_placed_idx;
