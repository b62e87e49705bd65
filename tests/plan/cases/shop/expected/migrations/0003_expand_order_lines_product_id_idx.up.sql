-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 16: public.order_lines_product_id_idx (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.order_lines_product_id_idx;

-- step 17: public.order_lines_product_id_idx (create_index_concurrently)
CREATE INDEX CONCURRENTLY order_lines_product_id_idx ON public.order_lines USING btree (product_id);
