-- rollgate:no-transaction

-- step 16: public.items_code_idx_rg_new (create_index_concurrently)
CREATE INDEX CONCURRENTLY items_code_idx_rg_new ON public.items USING btree (code_rg_new);
