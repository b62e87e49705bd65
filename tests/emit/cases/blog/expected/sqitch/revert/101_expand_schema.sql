-- Revert 101_expand_schema
-- rollgate: expand stage, from migrations/0001_expand_schema
BEGIN;

SET lock_timeout = '5s';

-- undo step 11: public.posts.views_rg_new
DROP TRIGGER rollgate_sync_posts_views_rg_new ON public.posts;

-- undo step 10: public.posts.views_rg_new
DROP FUNCTION public.rollgate_sync_posts_views_rg_new();

-- undo step 9: public.posts.content
DROP TRIGGER rollgate_sync_posts_content ON public.posts;

-- undo step 8: public.posts.content
DROP FUNCTION public.rollgate_sync_posts_content();

-- undo step 7: public.posts.posts_author_id_fkey
ALTER TABLE public.posts DROP CONSTRAINT posts_author_id_fkey;

-- undo step 6: public.posts.posts_title_length
ALTER TABLE public.posts DROP CONSTRAINT posts_title_length;

-- undo step 5: public.posts.views_rg_new
ALTER TABLE public.posts DROP COLUMN views_rg_new;

-- undo step 4: public.posts.state
ALTER TABLE public.posts DROP COLUMN state;

-- undo step 3: public.posts.content
ALTER TABLE public.posts DROP COLUMN content;

-- undo step 2: public.authors.handle
ALTER TABLE public.authors ADD CONSTRAINT rollgate_back_authors_handle CHECK (char_length(handle) <= 30);
ALTER TABLE public.authors ALTER COLUMN handle TYPE character varying(30) USING handle::character varying(30);
ALTER TABLE public.authors DROP CONSTRAINT rollgate_back_authors_handle;

-- undo step 1: public.post_state
DROP TYPE public.post_state;

COMMIT;
