-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 10: public.item_list_idx
SELECT pg_catalog.set_config('search_path', 'public', false);
CREATE INDEX CONCURRENTLY item_list_idx ON public.item_list USING btree (name);
