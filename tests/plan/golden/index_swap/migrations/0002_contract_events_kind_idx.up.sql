-- rollgate:no-transaction

-- step 2: public.events_kind_idx (drop_index_concurrently)
DROP INDEX CONCURRENTLY public.events_kind_idx;
