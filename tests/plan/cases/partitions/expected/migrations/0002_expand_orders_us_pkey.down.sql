-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 6: public.orders_us.orders_us_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.orders_us_pkey;

-- undo step 5: public.orders_us.orders_us_pkey: nothing to undo
