-- rollgate:no-transaction

-- step 12: public.c.c_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY c_pkey_rg_new ON public.c USING btree (id_rg_new);
