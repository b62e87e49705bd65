-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 14: public.accounts_ext_expr_idx_rg_new
DROP INDEX CONCURRENTLY IF EXISTS public.accounts_ext_expr_idx_rg_new;

-- undo step 13: public.accounts_ext_expr_idx_rg_new: nothing to undo
