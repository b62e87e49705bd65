-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 6: public.words_w_idx_rg_new (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.words_w_idx_rg_new;

-- step 7: public.words_w_idx_rg_new (create_index_concurrently)
CREATE INDEX CONCURRENTLY words_w_idx_rg_new ON public.words USING btree (w_rg_new);
