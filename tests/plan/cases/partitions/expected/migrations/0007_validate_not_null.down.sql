SET lock_timeout = '5s';

-- undo step 18: public.orders_eu.orders_eu_pkey
ALTER TABLE public.orders_eu DROP CONSTRAINT IF EXISTS orders_eu_pkey;

-- undo step 17: public.orders_us.orders_us_pkey
ALTER TABLE public.orders_us DROP CONSTRAINT IF EXISTS orders_us_pkey;
