-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 18: public.orders_customer_id_placed_at_idx (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.orders_customer_id_placed_at_idx;

-- step 19: public.orders_customer_id_placed_at_idx (create_index_concurrently)
CREATE INDEX CONCURRENTLY orders_customer_id_placed_at_idx ON public.orders USING btree (customer_id, placed_at DESC);
