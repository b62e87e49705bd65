-- rollgate:no-transaction

-- undo step 32: public.posts_author_id_idx
CREATE INDEX CONCURRENTLY posts_author_id_idx ON public.posts USING btree (author_id);
