-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 8: public.item_list_idx (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.item_list_idx_rg_new;

-- step 9: public.item_list_idx (create_index_concurrently)
SELECT pg_catalog.set_config('search_path', 'public', false);
CREATE INDEX CONCURRENTLY item_list_idx_rg_new ON public.item_list USING btree (price);
