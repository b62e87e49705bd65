-- rollgate:no-transaction

-- undo step 12: public.posts_author_id_created_at_idx
DROP INDEX CONCURRENTLY IF EXISTS public.posts_author_id_created_at_idx;
