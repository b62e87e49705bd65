-- rollgate:no-transaction

-- undo step 16: public.items_code_idx_rg_new
DROP INDEX CONCURRENTLY IF EXISTS public.items_code_idx_rg_new;
