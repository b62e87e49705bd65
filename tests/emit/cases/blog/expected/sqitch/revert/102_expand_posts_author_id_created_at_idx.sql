-- Revert 102_expand_posts_author_id_created_at_idx
-- rollgate: expand stage, from migrations/0002_expand_posts_author_id_created_at_idx; runs outside a transaction
-- rollgate:no-transaction
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- undo step 13: public.posts_author_id_created_at_idx
DROP INDEX CONCURRENTLY IF EXISTS public.posts_author_id_created_at_idx;

-- undo step 12: public.posts_author_id_created_at_idx: nothing to undo
