-- rollgate: contract stage, from migrations/0012_contract_posts_author_id_idx; runs outside a transaction
-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 33: public.posts_author_id_idx (drop_index_concurrently)
DROP INDEX CONCURRENTLY public.posts_author_id_idx;
