SET lock_timeout = '5s';

-- undo step 12: public.orders_sa_region_placed_idx: nothing to undo

-- undo step 11: public.orders_eu_region_placed_idx: nothing to undo

-- undo step 10: public.orders_us_region_placed_idx: nothing to undo

-- undo step 9: public.orders_region_placed_idx
DROP INDEX IF EXISTS public.orders_region_placed_idx;
