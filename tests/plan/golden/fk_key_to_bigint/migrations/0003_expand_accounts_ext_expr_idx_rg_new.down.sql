-- rollgate:no-transaction

-- undo step 12: public.accounts_ext_expr_idx_rg_new
DROP INDEX CONCURRENTLY IF EXISTS public.accounts_ext_expr_idx_rg_new;
