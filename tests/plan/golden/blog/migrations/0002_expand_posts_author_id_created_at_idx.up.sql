-- rollgate:no-transaction

-- step 12: public.posts_author_id_created_at_idx (create_index_concurrently)
CREATE INDEX CONCURRENTLY posts_author_id_created_at_idx ON public.posts USING btree (author_id, created_at DESC);
