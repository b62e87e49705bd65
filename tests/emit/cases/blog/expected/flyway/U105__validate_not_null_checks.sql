-- rollgate: validate stage, from migrations/0005_validate_not_null_checks
SET lock_timeout = '5s';

-- undo step 17: public.posts.views_rg_new
ALTER TABLE public.posts DROP CONSTRAINT rollgate_nn_posts_views_rg_new;

-- undo step 16: public.posts.content
ALTER TABLE public.posts DROP CONSTRAINT rollgate_nn_posts_content;
