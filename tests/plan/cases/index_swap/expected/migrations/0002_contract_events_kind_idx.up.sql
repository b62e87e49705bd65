-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 3: public.events_kind_idx (drop_index_concurrently)
DROP INDEX CONCURRENTLY public.events_kind_idx;
