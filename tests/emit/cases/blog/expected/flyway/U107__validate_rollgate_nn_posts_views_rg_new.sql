-- rollgate: validate stage, from migrations/0007_validate_rollgate_nn_posts_views_rg_new
SET lock_timeout = '5s';

-- undo step 19: public.posts.views_rg_new: nothing to undo
