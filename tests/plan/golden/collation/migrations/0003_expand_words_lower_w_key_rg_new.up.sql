-- rollgate:no-transaction

-- step 7: public.words_lower_w_key_rg_new (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY words_lower_w_key_rg_new ON public.words USING btree ((lower(w_rg_new))) WHERE (w_rg_new <> '');
