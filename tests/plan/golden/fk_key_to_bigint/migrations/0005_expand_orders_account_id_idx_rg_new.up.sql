-- rollgate:no-transaction

-- step 14: public.orders_account_id_idx_rg_new (create_index_concurrently)
CREATE INDEX CONCURRENTLY orders_account_id_idx_rg_new ON public.orders USING btree (account_id_rg_new);
