-- rollgate:no-transaction

-- step 32: public.posts_author_id_idx (drop_index_concurrently)
DROP INDEX CONCURRENTLY public.posts_author_id_idx;
