-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 7: public.orders_eu.orders_eu_pkey (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.orders_eu_pkey;

-- step 8: public.orders_eu.orders_eu_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY orders_eu_pkey ON public.orders_eu USING btree (id, region);
