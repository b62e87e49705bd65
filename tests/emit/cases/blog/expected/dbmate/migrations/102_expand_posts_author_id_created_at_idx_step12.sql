-- migrate:up transaction:false
-- rollgate: expand stage, from migrations/0002_expand_posts_author_id_created_at_idx (step 12); runs outside a transaction
DROP INDEX CONCURRENTLY IF EXISTS public.posts_author_id_created_at_idx;

-- migrate:down transaction:false
-- nothing to undo
