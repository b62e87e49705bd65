-- rollgate:no-transaction

-- step 9: public.item_list_idx (drop_index_concurrently)
DROP INDEX CONCURRENTLY public.item_list_idx;
