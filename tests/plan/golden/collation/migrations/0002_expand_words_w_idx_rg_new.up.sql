-- rollgate:no-transaction

-- step 6: public.words_w_idx_rg_new (create_index_concurrently)
CREATE INDEX CONCURRENTLY words_w_idx_rg_new ON public.words USING btree (w_rg_new);
