SET lock_timeout = '5s';

-- undo step 4: public.orders_sa
ALTER TABLE public.orders DETACH PARTITION public.orders_sa;

-- undo step 3: public.orders_sa_region_placed_idx
DROP INDEX IF EXISTS public.orders_sa_region_placed_idx;

-- undo step 2: public.orders_sa.orders_sa_pkey
ALTER TABLE public.orders_sa DROP CONSTRAINT IF EXISTS orders_sa_pkey;

-- undo step 1: public.orders_sa
DROP TABLE public.orders_sa;
