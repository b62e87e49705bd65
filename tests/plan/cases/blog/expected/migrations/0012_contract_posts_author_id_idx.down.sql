-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 33: public.posts_author_id_idx
CREATE INDEX CONCURRENTLY posts_author_id_idx ON public.posts USING btree (author_id);
