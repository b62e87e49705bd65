-- rollgate:no-transaction

-- step 11: public.b.b_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY b_pkey_rg_new ON public.b USING btree (id_rg_new);
