-- rollgate:no-transaction

-- undo step 16: public.orders_customer_id_placed_at_idx
DROP INDEX CONCURRENTLY IF EXISTS public.orders_customer_id_placed_at_idx;
