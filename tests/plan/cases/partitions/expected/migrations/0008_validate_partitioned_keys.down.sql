SET lock_timeout = '5s';

-- undo step 22: public.orders_sa.orders_sa_pkey: nothing to undo

-- undo step 21: public.orders_eu.orders_eu_pkey: nothing to undo

-- undo step 20: public.orders_us.orders_us_pkey: nothing to undo

-- undo step 19: public.orders.orders_pkey
ALTER TABLE public.orders DROP CONSTRAINT orders_pkey;
