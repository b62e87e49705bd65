-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 8: public.orders_eu.orders_eu_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.orders_eu_pkey;

-- undo step 7: public.orders_eu.orders_eu_pkey: nothing to undo
