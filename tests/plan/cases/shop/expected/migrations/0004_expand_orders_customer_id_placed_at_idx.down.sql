-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 19: public.orders_customer_id_placed_at_idx
DROP INDEX CONCURRENTLY IF EXISTS public.orders_customer_id_placed_at_idx;

-- undo step 18: public.orders_customer_id_placed_at_idx: nothing to undo
