-- rollgate:no-transaction

-- step 12: public.accounts_ext_expr_idx_rg_new (create_index_concurrently)
CREATE INDEX CONCURRENTLY accounts_ext_expr_idx_rg_new ON public.accounts USING btree ((ext_rg_new % 10)) WHERE (ext_rg_new > 0);
