-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 18: public.orders_account_id_idx_rg_new
DROP INDEX CONCURRENTLY IF EXISTS public.orders_account_id_idx_rg_new;

-- undo step 17: public.orders_account_id_idx_rg_new: nothing to undo
