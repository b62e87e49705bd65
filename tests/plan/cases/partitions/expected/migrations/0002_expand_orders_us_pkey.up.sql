-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 5: public.orders_us.orders_us_pkey (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.orders_us_pkey;

-- step 6: public.orders_us.orders_us_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY orders_us_pkey ON public.orders_us USING btree (id, region);
