-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- step 12: public.posts_author_id_created_at_idx (drop_index_concurrently)
DROP INDEX CONCURRENTLY IF EXISTS public.posts_author_id_created_at_idx;

-- step 13: public.posts_author_id_created_at_idx (create_index_concurrently)
CREATE INDEX CONCURRENTLY posts_author_id_created_at_idx ON public.posts USING btree (author_id, created_at DESC);
