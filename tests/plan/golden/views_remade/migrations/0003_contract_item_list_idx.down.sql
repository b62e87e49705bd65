-- rollgate:no-transaction

-- undo step 9: public.item_list_idx
SELECT pg_catalog.set_config('search_path', 'public', false);
CREATE INDEX CONCURRENTLY item_list_idx ON public.item_list USING btree (name);
