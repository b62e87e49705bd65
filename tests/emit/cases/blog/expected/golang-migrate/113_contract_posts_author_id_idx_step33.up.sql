-- rollgate: contract stage, from migrations/0012_contract_posts_author_id_idx (step 33); runs outside a transaction
DROP INDEX CONCURRENTLY public.posts_author_id_idx;
