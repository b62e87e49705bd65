-- rollgate:no-transaction

-- step 8: public.tickets.tickets_code_key (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY tickets_code_key_rg_new ON public.tickets USING btree (code_rg_new);
