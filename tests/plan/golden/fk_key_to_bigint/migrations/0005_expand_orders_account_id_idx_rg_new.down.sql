-- rollgate:no-transaction

-- undo step 14: public.orders_account_id_idx_rg_new
DROP INDEX CONCURRENTLY IF EXISTS public.orders_account_id_idx_rg_new;
