-- rollgate: validate stage, from migrations/0007_validate_rollgate_nn_posts_views_rg_new
BEGIN;

SET lock_timeout = '5s';

-- step 19: public.posts.views_rg_new (validate_check)
ALTER TABLE public.posts VALIDATE CONSTRAINT rollgate_nn_posts_views_rg_new;

COMMIT;
