-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 17: public.items_code_idx_rg_new
DROP INDEX CONCURRENTLY IF EXISTS public.items_code_idx_rg_new;

-- undo step 16: public.items_code_idx_rg_new: nothing to undo
