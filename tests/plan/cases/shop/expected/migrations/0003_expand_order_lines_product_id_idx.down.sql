-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 17: public.order_lines_product_id_idx
DROP INDEX CONCURRENTLY IF EXISTS public.order_lines_product_id_idx;

-- undo step 16: public.order_lines_product_id_idx: nothing to undo
