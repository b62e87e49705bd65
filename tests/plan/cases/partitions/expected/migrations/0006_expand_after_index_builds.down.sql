SET lock_timeout = '5s';

-- undo step 16: public.orders_sa_region_placed_idx: nothing to undo

-- undo step 15: public.orders_eu_region_placed_idx: nothing to undo

-- undo step 14: public.orders_us_region_placed_idx: nothing to undo

-- undo step 13: public.orders_region_placed_idx
DROP INDEX IF EXISTS public.orders_region_placed_idx;
