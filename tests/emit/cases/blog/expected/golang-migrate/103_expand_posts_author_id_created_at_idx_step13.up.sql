-- rollgate: expand stage, from migrations/0002_expand_posts_author_id_created_at_idx (step 13); runs outside a transaction
CREATE INDEX CONCURRENTLY posts_author_id_created_at_idx ON public.posts USING btree (author_id, created_at DESC);
