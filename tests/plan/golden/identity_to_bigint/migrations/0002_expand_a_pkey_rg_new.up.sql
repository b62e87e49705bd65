-- rollgate:no-transaction

-- step 10: public.a.a_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY a_pkey_rg_new ON public.a USING btree (id_rg_new);
