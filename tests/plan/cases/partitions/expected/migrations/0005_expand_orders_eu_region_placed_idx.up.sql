-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 11: public.orders_eu_region_placed_idx (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.orders_eu_region_placed_idx;

-- step 12: public.orders_eu_region_placed_idx (create_index_concurrently)
CREATE INDEX CONCURRENTLY orders_eu_region_placed_idx ON public.orders_eu USING btree (region, placed);
