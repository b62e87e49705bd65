-- rollgate: contract stage, from migrations/0012_contract_posts_author_id_idx (step 33); runs outside a transaction
CREATE INDEX CONCURRENTLY posts_author_id_idx ON public.posts USING btree (author_id);
