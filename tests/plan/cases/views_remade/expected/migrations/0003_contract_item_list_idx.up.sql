-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 10: public.item_list_idx (drop_index_concurrently)
DROP INDEX CONCURRENTLY public.item_list_idx;
