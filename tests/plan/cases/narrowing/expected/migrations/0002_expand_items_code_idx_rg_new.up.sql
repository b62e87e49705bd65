-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 16: public.items_code_idx_rg_new (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.items_code_idx_rg_new;

-- step 17: public.items_code_idx_rg_new (create_index_concurrently)
CREATE INDEX CONCURRENTLY items_code_idx_rg_new ON public.items USING btree (code_rg_new);
