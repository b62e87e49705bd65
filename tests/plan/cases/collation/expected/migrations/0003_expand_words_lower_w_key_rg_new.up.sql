-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 8: public.words_lower_w_key_rg_new (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.words_lower_w_key_rg_new;

-- step 9: public.words_lower_w_key_rg_new (create_index_concurrently)
CREATE UNIQUE INDEX CONCURRENTLY words_lower_w_key_rg_new ON public.words USING btree ((lower(w_rg_new))) WHERE (w_rg_new <> '');
