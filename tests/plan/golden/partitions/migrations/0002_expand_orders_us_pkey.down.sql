-- rollgate:no-transaction

-- undo step 5: public.orders_us.orders_us_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.orders_us_pkey;
