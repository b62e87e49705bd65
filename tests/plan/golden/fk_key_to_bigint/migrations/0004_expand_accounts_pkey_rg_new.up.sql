-- rollgate:no-transaction

-- step 13: public.accounts.accounts_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY accounts_pkey_rg_new ON public.accounts USING btree (id_rg_new);
