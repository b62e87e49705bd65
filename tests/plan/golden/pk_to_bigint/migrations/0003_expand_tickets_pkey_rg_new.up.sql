-- rollgate:no-transaction

-- step 9: public.tickets.tickets_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY tickets_pkey_rg_new ON public.tickets USING btree (id_rg_new);
