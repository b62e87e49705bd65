SET lock_timeout = '5s';

-- undo step 25: public.posts.views_rg_new
ALTER TABLE public.posts ADD CONSTRAINT rollgate_nn_posts_views_rg_new CHECK (views_rg_new IS NOT NULL) NOT VALID;

-- undo step 24: public.posts.views_rg_new
ALTER TABLE public.posts ALTER COLUMN views_rg_new DROP NOT NULL;

-- undo step 23: public.posts.content
ALTER TABLE public.posts ADD CONSTRAINT rollgate_nn_posts_content CHECK (content IS NOT NULL) NOT VALID;

-- undo step 22: public.posts.content
ALTER TABLE public.posts ALTER COLUMN content DROP NOT NULL;
