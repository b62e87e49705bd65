-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 9: public.orders_us_region_placed_idx (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.orders_us_region_placed_idx;

-- step 10: public.orders_us_region_placed_idx (create_index_concurrently)
CREATE INDEX CONCURRENTLY orders_us_region_placed_idx ON public.orders_us USING btree (region, placed);
