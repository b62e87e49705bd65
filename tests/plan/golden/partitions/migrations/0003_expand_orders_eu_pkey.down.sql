-- rollgate:no-transaction

-- undo step 6: public.orders_eu.orders_eu_pkey
DROP INDEX CONCURRENTLY IF EXISTS public.orders_eu_pkey;
