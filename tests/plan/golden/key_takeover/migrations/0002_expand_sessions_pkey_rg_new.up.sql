-- rollgate:no-transaction

-- step 2: public.sessions.sessions_pkey (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY sessions_pkey_rg_new ON public.sessions USING btree (token);
