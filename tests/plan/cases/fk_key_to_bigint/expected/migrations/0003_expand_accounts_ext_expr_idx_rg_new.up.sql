-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 13: public.accounts_ext_expr_idx_rg_new (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.accounts_ext_expr_idx_rg_new;

-- step 14: public.accounts_ext_expr_idx_rg_new (create_index_concurrently)
CREATE INDEX CONCURRENTLY accounts_ext_expr_idx_rg_new ON public.accounts USING btree ((ext_rg_new % 10)) WHERE (ext_rg_new > 0);
