SET lock_timeout = '5s';

-- step 2: public.orders.status (drop_default)
ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;
