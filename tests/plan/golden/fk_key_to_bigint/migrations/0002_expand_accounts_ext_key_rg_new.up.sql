-- rollgate:no-transaction

-- step 11: public.accounts_ext_key_rg_new (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY accounts_ext_key_rg_new ON public.accounts USING btree (ext_rg_new);
