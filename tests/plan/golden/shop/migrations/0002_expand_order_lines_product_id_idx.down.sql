-- rollgate:no-transaction

-- undo step 15: public.order_lines_product_id_idx
DROP INDEX CONCURRENTLY IF EXISTS public.order_lines_product_id_idx;
